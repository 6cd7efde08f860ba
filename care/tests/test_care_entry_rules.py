"""What the care record refuses at entry, through its pages: a date before the child's birth or in the future, an
end before the start, two placements (or legal statuses, or periods) at once, and a legal status or placement
outside any period of care. Each refusal says why at the field, in the GOV.UK error summary, and saves nothing.

The persona child (born 1 September 2014) is looked after from 10 January 2024, on a C2 order, with foster carers
(conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import LegalStatusRecord, PeriodOfCare, Placement


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _post(personas: Any, path: str, data: dict[str, Any]) -> str:
    response = _client(personas.wendy).post(f"/children/{personas.child.pk}/care/{path}", data)
    assert response.status_code == 200, "refused: the form is shown again"
    page = response.content.decode()
    assert "There is a problem" in page and "<title>Error: " in page
    return page


_CARE_TYPES = ["periodofcare", "legalstatusrecord", "placement"]


def _placement(**changes: Any) -> dict[str, Any]:
    return {
        "place": "U6",
        "provider": "PR4",
        "carer": "Oak House Fostering",
        "in_authority": "on",
        "start_date": "3/6/2026",
        **changes,
    }


def _nothing_saved(personas: Any) -> None:
    """The records are the persona's, unchanged, and the audit log has no change since the fixture wrote them."""
    child = personas.child
    assert (child.periods_of_care.count(), child.legal_statuses.count(), child.placements.count()) == (
        1,
        1,
        1,
    )
    assert not Placement.objects.filter(carer="Oak House Fostering").exists()
    assert not AuditEvent.objects.filter(child_id=child.pk, action__in=["update", "delete"]).exists()
    assert (
        AuditEvent.objects.filter(child_id=child.pk, action="create", object_type__in=_CARE_TYPES).count()
        == 3
    )


def _field_error(page: str, field: str, message: str) -> None:
    """The message is at the field and in the summary, which links to the field."""
    assert f'<a href="#id_{field}">{message}</a>' in page
    assert (
        f'<p id="id_{field}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> {message}</p>'
        in page
    )


@pytest.mark.django_db
def test_an_overlapping_placement_is_refused_with_the_reason(personas: Any) -> None:
    page = _post(personas, "placements/new/", _placement())
    _field_error(
        page, "start_date", "This placement overlaps the placement from 10/01/2024: end that one first"
    )
    assert page.count("Oak House Fostering") >= 1  # what the worker typed is kept in the form
    _nothing_saved(personas)


@pytest.mark.django_db
def test_an_overlapping_legal_status_and_period_are_refused(personas: Any) -> None:
    page = _post(personas, "legal-statuses/new/", {"code": "C1", "start_date": "1/2/2025"})
    _field_error(
        page, "start_date", "This legal status overlaps the legal status from 10/01/2024: end that one first"
    )
    page = _post(personas, "periods/new/", {"start_date": "1/2/2025", "category_of_need": "N4"})
    _field_error(
        page,
        "start_date",
        "This period of care overlaps the period of care from 10/01/2024: end that one first",
    )
    _nothing_saved(personas)


@pytest.mark.django_db
def test_a_date_before_the_childs_birth_is_refused(personas: Any) -> None:
    page = _post(personas, "periods/new/", {"start_date": "31/8/2014", "category_of_need": "N1"})
    _field_error(page, "start_date", "The date cannot be before the child&#x27;s date of birth (01/09/2014)")
    _nothing_saved(personas)


@pytest.mark.django_db
def test_a_date_in_the_future_is_refused(personas: Any) -> None:
    period = personas.child.periods_of_care.get()
    page = _post(
        personas,
        f"periods/{period.pk}/edit/",
        {"start_date": "10/1/2024", "category_of_need": "N1", "end_date": "1/1/2099", "end_reason": "E4A"},
    )
    _field_error(page, "end_date", "The date cannot be in the future")
    period.refresh_from_db()
    assert period.end_date is None and period.version == 1
    _nothing_saved(personas)


@pytest.mark.django_db
def test_a_placement_outside_any_period_of_care_is_refused(personas: Any) -> None:
    page = _post(personas, "placements/new/", _placement(start_date="1/3/2023", end_date="30/6/2023"))
    _field_error(
        page,
        "start_date",
        "A placement must fall within a period of care: record when the child became looked after first",
    )
    page = _post(
        personas, "legal-statuses/new/", {"code": "V2", "start_date": "1/3/2023", "end_date": "1/4/2023"}
    )
    _field_error(
        page,
        "start_date",
        "A legal status must fall within a period of care: record when the child became looked after first",
    )
    _nothing_saved(personas)


@pytest.mark.django_db
def test_an_end_before_the_start_is_refused(personas: Any) -> None:
    placement = personas.child.placements.get()
    page = _post(
        personas,
        f"placements/{placement.pk}/edit/",
        _placement(
            carer="Sam and Alex Carer",
            start_date="10/1/2024",
            end_date="9/1/2024",
            change_reason="CARPL",
            version=placement.version,
        ),
    )
    _field_error(page, "end_date", "The end date must be the same as or after the start date")
    placement.refresh_from_db()
    assert placement.end_date is None and placement.place == "U4" and placement.version == 1
    _nothing_saved(personas)


@pytest.mark.django_db
def test_a_missing_or_impossible_date_is_refused(personas: Any) -> None:
    page = _post(personas, "periods/new/", {"start_date": "31/2/2025", "category_of_need": "N1"})
    _field_error(page, "start_date", "Enter a real date, like 27/3/2007")
    page = _post(personas, "placements/new/", {"start_date": ""})
    _field_error(page, "start_date", "Enter the start date")
    _field_error(page, "place", "Select the placement type")
    _field_error(page, "carer", "Enter the carer or provider")
    _nothing_saved(personas)


@pytest.mark.django_db
def test_the_period_ends_with_a_reason_and_a_new_one_follows(personas: Any) -> None:
    """The rules let through what is right: care ends (with its reason), the placement and status having ended."""
    wendy = _client(personas.wendy)
    base = f"/children/{personas.child.pk}/care/"
    status = personas.child.legal_statuses.get()
    placement = personas.child.placements.get()
    period = personas.child.periods_of_care.get()
    page = _post(
        personas,
        f"periods/{period.pk}/edit/",
        {"start_date": "10/1/2024", "category_of_need": "N1", "end_date": "1/9/2026", "end_reason": ""},
    )
    _field_error(page, "end_reason", "Choose the reason care ended")
    ended = {"end_date": "1/9/2026"}
    assert (
        wendy.post(
            f"{base}legal-statuses/{status.pk}/edit/", {"code": "C2", "start_date": "10/1/2024", **ended}
        ).status_code
        == 302
    )
    assert (
        wendy.post(
            f"{base}placements/{placement.pk}/edit/",
            _placement(
                place="U4", provider="PR1", carer="Sam and Alex Carer", start_date="10/1/2024", **ended
            ),
        ).status_code
        == 302
    )
    assert (
        wendy.post(
            f"{base}periods/{period.pk}/edit/",
            {"start_date": "10/1/2024", "category_of_need": "N1", "end_reason": "E4A", **ended},
        ).status_code
        == 302
    )
    assert (
        wendy.post(f"{base}periods/new/", {"start_date": "2/11/2026", "category_of_need": "N4"}).status_code
        == 302
    )
    assert PeriodOfCare.objects.filter(child=personas.child).count() == 2
    assert LegalStatusRecord.objects.get(pk=status.pk).end_date is not None
    personas.child.refresh_from_db()
    assert personas.child.legal_status == "" and personas.child.looked_after_since is not None
