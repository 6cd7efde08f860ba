"""The SSDA903 checks the care record's pages make at entry beyond overlaps and dates (test_care_entry_rules.py):
a retired placement type, a placement type or legal status the child is too young for, a provider that cannot
provide the placement, a short legal status kept too long, care starting at 18, and a period of care shortened so
that its placement falls outside. Each refusal is shown at its field and saves nothing.

The persona child, Robin (born 1 September 2014), is looked after from 10 January 2024 on a C2 order with foster
carers, U4 provided by the authority (conftest.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import PeriodOfCare
from casework.tests.factories import AllocationFactory
from people.tests.factories import ChildFactory, PersonFactory


def _post(personas: Any, path: str, data: dict[str, Any], child: Any = None) -> str:
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(f"/children/{(child or personas.child).pk}/care/{path}", data)
    assert response.status_code == 200, "refused: the form is shown again"
    page = response.content.decode()
    assert "There is a problem" in page
    return page


def _at_field(page: str, field: str, message: str) -> None:
    assert f'<a href="#id_{field}">{message}</a>' in page
    assert f'<p id="id_{field}-error" class="govuk-error-message">' in page


def _placement_changed(personas: Any, **changes: Any) -> str:
    placement = personas.child.placements.get()
    data = {
        "place": "U4",
        "provider": "PR1",
        "carer": "Sam and Alex Carer",
        "in_authority": "on",
        "start_date": "10/1/2024",
        "version": placement.version,
        **changes,
    }
    return _post(personas, f"placements/{placement.pk}/edit/", data)


def _unchanged(personas: Any) -> None:
    placement = personas.child.placements.get()
    status = personas.child.legal_statuses.get()
    period = personas.child.periods_of_care.get()
    assert (placement.place, placement.provider, placement.end_date, placement.version) == (
        "U4",
        "PR1",
        None,
        1,
    )
    assert (status.code, status.end_date, status.version) == ("C2", None, 1)
    assert (period.end_date, period.version) == (None, 1)
    assert not AuditEvent.objects.filter(child_id=personas.child.pk, action="update").exists()


@pytest.mark.django_db
def test_z1_is_refused_for_a_placement_going_on_after_march_2025(personas: Any) -> None:
    page = _placement_changed(personas, place="Z1")
    _at_field(
        page,
        "place",
        "Z1 is not a placement type from 1 Apr 2025 and this placement goes on after then: end it by 31 Mar 2025 "
        "and record the placement that follows, as one of Z11 to Z14",
    )
    _unchanged(personas)


@pytest.mark.django_db
def test_k3_is_refused_for_a_child_under_sixteen(personas: Any) -> None:
    page = _placement_changed(personas, place="K3", provider="PR4")
    _at_field(
        page,
        "place",
        "This placement starts on 10 Jan 2024, before Robin’s 16th birthday (1 Sep 2030): a child placed in "
        "supported accommodation (K3) must be 16 or over",
    )
    _unchanged(personas)


@pytest.mark.django_db
def test_a_provider_that_cannot_provide_the_placement_is_refused(personas: Any) -> None:
    page = _placement_changed(personas, provider="PR0")
    _at_field(page, "provider", "PR0 (a parent) provides only P1 placements, not U4: choose the provider")
    page = _placement_changed(personas, place="P1")
    _at_field(page, "provider", "A placement with parents (P1) is provided by PR0 (the parent)")
    _unchanged(personas)


@pytest.mark.django_db
def test_a_youth_justice_status_before_ten_and_a_long_epo_are_refused(personas: Any) -> None:
    status = personas.child.legal_statuses.get()
    edit = f"legal-statuses/{status.pk}/edit/"
    page = _post(personas, edit, {"code": "J1", "start_date": "10/1/2024", "version": 1})
    _at_field(
        page,
        "code",
        "J1 starts on 10 Jan 2024, when Robin was not yet over 10 (10 on 1 Sep 2024): a child under 10 cannot be "
        "remanded, detained under PACE or sentenced",
    )
    page = _post(
        personas, edit, {"code": "L2", "start_date": "10/1/2024", "end_date": "1/3/2024", "version": 1}
    )
    _at_field(
        page,
        "end_date",
        "An emergency protection order lasts at most 21 days: this L2 runs 51 days, from 10 Jan 2024 to 1 Mar 2024",
    )
    _unchanged(personas)


@pytest.mark.django_db
def test_a_period_ended_before_its_placement_is_refused(personas: Any) -> None:
    period = personas.child.periods_of_care.get()
    page = _post(
        personas,
        f"periods/{period.pk}/edit/",
        {
            "start_date": "10/1/2024",
            "category_of_need": "N1",
            "end_date": "1/6/2024",
            "end_reason": "E4A",
            "version": 1,
        },
    )
    _at_field(
        page,
        "end_date",
        "The legal status from 10 Jan 2024 would then fall outside the period of care: change or remove that legal "
        "status first",
    )
    _unchanged(personas)


@pytest.mark.django_db
def test_care_cannot_start_at_eighteen(personas: Any) -> None:
    adult: Any = ChildFactory(
        person=PersonFactory(forename="Jo", surname="Example", date_of_birth=date(2005, 3, 2))
    )
    AllocationFactory(child=adult, worker=personas.wendy)
    page = _post(personas, "periods/new/", {"start_date": "2/3/2023", "category_of_need": "N4"}, child=adult)
    _at_field(
        page,
        "start_date",
        "This period of care starts on 2 Mar 2023, on or after Jo’s 18th birthday (2 Mar 2023): an adult cannot "
        "start to be looked after",
    )
    assert not PeriodOfCare.objects.filter(child=adult).exists()


@pytest.mark.django_db
def test_section_20_is_refused_while_placed_with_parents(personas: Any) -> None:
    """Rule 378: the persona's foster placement is changed to a placement with parents (P1, PR0) while the legal
    status becomes V2 in the same months: the second change is refused."""
    placement = personas.child.placements.get()
    client = Client()
    client.force_login(personas.wendy)
    home = {"place": "P1", "provider": "PR0", "carer": "Parents", "start_date": "10/1/2024", "version": 1}
    assert (
        client.post(f"/children/{personas.child.pk}/care/placements/{placement.pk}/edit/", home).status_code
        == 302
    )
    status = personas.child.legal_statuses.get()
    page = _post(
        personas, f"legal-statuses/{status.pk}/edit/", {"code": "V2", "start_date": "10/1/2024", "version": 1}
    )
    _at_field(
        page,
        "code",
        "The child is placed with parents (P1 from 10 Jan 2024): they cannot be accommodated under section 20 (V2) "
        "at the same time. Choose the legal status",
    )
    status.refresh_from_db()
    assert (status.code, status.version) == ("C2", 1)
