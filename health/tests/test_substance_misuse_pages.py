"""A child's substance misuse problems through their pages: the worker records the problem and the intervention
offered and received, dates out of order or outside the child's life are refused, changes and deletions are audited,
the carer reads without writing, and the unrelated worker gets 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from health.models import SubstanceMisuse
from health.tests.factories import SubstanceMisuseFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/health/substance-misuse/{path}"


@pytest.mark.django_db
def test_the_worker_records_a_problem_and_the_intervention_received(personas: Any) -> None:
    wendy = _client(personas.wendy)
    response = wendy.post(
        _url(personas, "new/"),
        {
            "identified_on": "2/6/2026",
            "identified_by": "Looked-after children's nurse",
            "intervention_offered_on": "9/6/2026",
            "intervention_received_on": "23/6/2026",
            "intervention_by": "Young people's substance misuse service",
        },
    )
    record = SubstanceMisuse.objects.get(child=personas.child)
    assert response["Location"] == _url(personas, f"#record-{record.pk}")
    assert record.recorded_by == personas.wendy
    assert AuditEvent.objects.filter(
        action="create", object_type="substancemisuse", object_id=str(record.pk)
    ).exists()
    page = wendy.get(_url(personas)).content.decode()
    assert "Substance misuse problem identified on 2 Jun 2026" in page
    assert "Received from 23 Jun 2026" in page and "Still identified" in page


@pytest.mark.django_db
def test_dates_out_of_order_or_outside_the_childs_life_are_refused(personas: Any) -> None:
    wendy = _client(personas.wendy)
    received_first = wendy.post(
        _url(personas, "new/"),
        {
            "identified_on": "2/6/2026",
            "intervention_offered_on": "9/6/2026",
            "intervention_received_on": "1/6/2026",
        },
    ).content.decode()
    assert "An intervention cannot be received before the problem was identified" in received_first
    before_offer = wendy.post(
        _url(personas, "new/"),
        {
            "identified_on": "2/6/2026",
            "intervention_offered_on": "9/6/2026",
            "intervention_received_on": "5/6/2026",
        },
    ).content.decode()
    assert "An intervention cannot be received before it was offered" in before_offer
    future = wendy.post(
        _url(personas, "new/"), {"identified_on": "2/6/2026", "resolved_on": "2/6/2099"}
    ).content.decode()
    assert "The date cannot be in the future" in future
    unborn = wendy.post(_url(personas, "new/"), {"identified_on": "2/6/2013"}).content.decode()
    assert "The date cannot be before the child&#x27;s date of birth (01/09/2014)" in unborn
    missing = wendy.post(_url(personas, "new/"), {"identified_by": "Carer"}).content.decode()
    assert "Enter the date the problem was identified" in missing
    assert not SubstanceMisuse.objects.filter(child=personas.child).exists()


@pytest.mark.django_db
def test_a_record_is_changed_and_deleted_with_a_reason(personas: Any) -> None:
    record: Any = SubstanceMisuseFactory(child=personas.child, identified_on="2026-06-02")
    wendy = _client(personas.wendy)
    data = {"identified_on": "2/6/2026", "intervention_offered_on": "9/6/2026", "version": 1}
    assert wendy.post(_url(personas, f"{record.pk}/edit/"), data).status_code == 302
    record.refresh_from_db()
    assert str(record.intervention_offered_on) == "2026-06-09"
    assert AuditEvent.objects.filter(action="update", object_type="substancemisuse").exists()
    assert "Offered on 9 Jun 2026, not received" in wendy.get(_url(personas)).content.decode()
    assert wendy.post(_url(personas, f"{record.pk}/delete/"), {"reason": ""}).status_code == 200
    assert wendy.post(_url(personas, f"{record.pk}/delete/"), {"reason": "Wrong child"}).status_code == 302
    assert not SubstanceMisuse.objects.filter(pk=record.pk).exists()
    assert AuditEvent.objects.get(action="delete", object_type="substancemisuse").reason == "Wrong child"


@pytest.mark.django_db
def test_the_carer_reads_the_records_but_does_not_write(personas: Any) -> None:
    SubstanceMisuseFactory(child=personas.child, identified_on="2026-06-02")
    carl = _client(personas.carl)
    page = carl.get(_url(personas)).content.decode()
    assert "Substance misuse problem identified on 2 Jun 2026" in page
    assert "Add a substance misuse record" not in page
    assert carl.get(_url(personas, "new/")).status_code == 404
    assert AuditEvent.objects.filter(action="view", actor=personas.carl, child_id=personas.child.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["uma", "max"])
def test_an_unrelated_user_gets_404(personas: Any, who: str) -> None:
    record: Any = SubstanceMisuseFactory(child=personas.child, identified_by="Nurse Example")
    client = _client(getattr(personas, who))
    for path in ("", "new/", f"{record.pk}/edit/", f"{record.pk}/delete/"):
        response = client.get(_url(personas, path))
        assert response.status_code == 404 and b"Nurse Example" not in response.content
    client.post(_url(personas, f"{record.pk}/delete/"), {"reason": "x"})
    assert SubstanceMisuse.objects.filter(pk=record.pk).exists()
