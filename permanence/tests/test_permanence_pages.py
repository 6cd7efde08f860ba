"""A child's permanence and adoption page: the previous permanence order of each period of care and the decisions to
place for adoption are shown to those who may see the child and 404 to an unrelated user, their changes are audited,
and what the SSDA903 rules reject is refused at entry with a message at the field."""

from __future__ import annotations

import datetime
import html
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import LegalStatusRecord
from care.services import care_record_save
from permanence.models import AdoptionDecision, PreviousPermanence


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/permanence/{path}"


def _post(personas: Any, path: str, data: dict[str, str]) -> str:
    return html.unescape(_client(personas.wendy).post(_url(personas, path), data).content.decode())


def _period(personas: Any) -> str:
    return str(personas.child.periods_of_care.get().pk)


@pytest.mark.django_db
def test_the_page_is_linked_from_the_child_and_asks_for_each_period(personas: Any) -> None:
    child_page = _client(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    assert f'href="{_url(personas)}"' in child_page
    page = _client(personas.wendy).get(_url(personas)).content.decode()
    assert "Looked after from 10 Jan 2024" in page
    assert f"previous/new/?period={_period(personas)}" in page
    assert AuditEvent.objects.filter(action="view", child_id=personas.child.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_an_unrelated_user_gets_404(personas: Any, who: str) -> None:
    client = _client(getattr(personas, who))
    assert client.get(_url(personas)).status_code == 404
    assert client.post(_url(personas, "previous/new/"), {"period": _period(personas)}).status_code == 404
    assert not PreviousPermanence.objects.exists()


@pytest.mark.django_db
def test_a_special_guardianship_order_before_care_is_recorded_and_audited(personas: Any) -> None:
    data = {
        "period": _period(personas),
        "option": "P2",
        "authority": "wal",
        "order_date": "1/6/2021",
        "order_date_precision": "month",
    }
    response = _client(personas.wendy).post(_url(personas, "previous/new/"), data)
    record = PreviousPermanence.objects.get()
    assert response["Location"] == _url(personas, f"#record-{record.pk}")
    assert (record.option, record.authority, record.date_perm) == ("P2", "WAL", "ZZ/06/2021")
    assert AuditEvent.objects.filter(
        action="create", object_id=str(record.pk), child_id=personas.child.pk
    ).exists()
    page = _client(personas.wendy).get(_url(personas)).content.decode()
    assert "Special guardianship order" in page and "June 2021 (the month only)" in page


@pytest.mark.django_db
def test_previous_permanence_refusals(personas: Any) -> None:
    base = {"period": _period(personas), "order_date_precision": "day"}
    none_with_authority = _post(personas, "previous/new/", {**base, "option": "Z1", "authority": "886"})
    assert "Leave the authority and the date blank when there was no permanence order" in none_with_authority
    no_date = _post(personas, "previous/new/", {**base, "option": "P3", "authority": "886"})
    assert "Enter the date of the order, as much of it as is known" in no_date
    unknown = _post(
        personas, "previous/new/", {**base, "option": "P1", "authority": "123", "order_date": "1/6/2020"}
    )
    assert "Enter the authority’s three-digit DfE number" in unknown
    after = _post(
        personas, "previous/new/", {**base, "option": "P1", "authority": "886", "order_date": "10/1/2024"}
    )
    assert "The order must be before the child became looked after on 10/01/2024" in after
    month = {
        **base,
        "option": "P1",
        "authority": "886",
        "order_date": "1/1/2024",
        "order_date_precision": "month",
    }
    assert "The order must be before the child became looked after" in _post(personas, "previous/new/", month)
    born = _post(
        personas, "previous/new/", {**base, "option": "P1", "authority": "886", "order_date": "1/1/2014"}
    )
    assert "The date cannot be before the child's date of birth (01/09/2014)" in born
    assert not PreviousPermanence.objects.exists()


@pytest.mark.django_db
def test_a_decision_is_recorded_then_matched_with_the_adopters(personas: Any) -> None:
    _client(personas.wendy).post(_url(personas, "adoption-decisions/new/"), {"decided_on": "4/3/2024"})
    decision = AdoptionDecision.objects.get()
    assert decision.recorded_by == personas.wendy
    match = {
        "version": str(decision.version),
        "decided_on": "4/3/2024",
        "matched_on": "2/9/2024",
        "by_foster_carer": "False",
        "adopters": "MF",
        "adopters_legal_status": "L11",
    }
    _client(personas.wendy).post(_url(personas, f"adoption-decisions/{decision.pk}/edit/"), match)
    decision.refresh_from_db()
    assert (decision.matched_on, decision.number_of_adopters) == (datetime.date(2024, 9, 2), 2)
    assert AuditEvent.objects.filter(action="update", object_id=str(decision.pk)).exists()
    page = _client(personas.wendy).get(_url(personas)).content.decode()
    assert "A couple: a man and a woman, married couple of different sexes" in page


@pytest.mark.django_db
def test_decision_refusals(personas: Any) -> None:
    new = "adoption-decisions/new/"
    assert "The date cannot be before the child's date of birth" in _post(
        personas, new, {"decided_on": "1/1/2014"}
    )
    outside = _post(personas, new, {"decided_on": "1/1/2023"})
    assert "The decision is made while the child is looked after" in outside
    ceased = _post(personas, new, {"decided_on": "4/3/2024", "ceased_on": "1/3/2024", "ceased_reason": "RD1"})
    assert "The decision cannot cease before it was made" in ceased
    reason = _post(personas, new, {"decided_on": "4/3/2024", "ceased_reason": "RD1"})
    assert "Give the date the decision ceased with the reason" in reason
    half = _post(personas, new, {"decided_on": "4/3/2024", "matched_on": "2/9/2024"})
    assert "Choose who the adopters are" in half
    matched = {
        "decided_on": "4/3/2024",
        "matched_on": "2/9/2024",
        "by_foster_carer": "True",
        "adopters": "M1",
    }
    single = _post(personas, new, {**matched, "adopters_legal_status": "L11"})
    assert "Married couple of different sexes means the adopters are a couple: a man and a woman" in single
    assert not AdoptionDecision.objects.exists()


@pytest.mark.django_db
def test_a_decision_comes_before_the_placement_order_and_does_not_overlap_another(personas: Any) -> None:
    child, wendy = personas.child, personas.wendy
    status = child.legal_statuses.get()
    status.end_date = datetime.date(2024, 6, 2)
    care_record_save(actor=wendy, record=status)
    care_record_save(
        actor=wendy, record=LegalStatusRecord(child=child, code="E1", start_date=datetime.date(2024, 6, 2))
    )
    late = _post(personas, "adoption-decisions/new/", {"decided_on": "3/6/2024"})
    assert "The decision is made on or before the placement order was granted (02/06/2024)" in late
    _client(wendy).post(_url(personas, "adoption-decisions/new/"), {"decided_on": "4/3/2024"})
    second = _post(personas, "adoption-decisions/new/", {"decided_on": "1/4/2024"})
    assert "The decision of 04/03/2024 is still the plan" in second
    assert AdoptionDecision.objects.count() == 1
