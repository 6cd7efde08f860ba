"""The care record through the API (/api/v1/children/<id>/periods-of-care, legal-statuses, placements) refuses what
the pages refuse, with 400 and the same message at the same field, and saves nothing; what is right is saved.

The persona child, Robin (born 1 September 2014), is looked after from 10 January 2024 on a C2 order with foster
carers, U4 provided by the authority (conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import Placement
from lantern.api.auth import token_issue


def _client(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test system')}"})


def _url(personas: Any, path: str) -> str:
    return f"/api/v1/children/{personas.child.pk}/{path}"


def _refused(response: Any, field: str, message: str) -> None:
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["errors"][field] == [message]
    assert body["detail"] == f"The record was not saved: {message}"


def _nothing_changed(personas: Any) -> None:
    child = personas.child
    assert (child.periods_of_care.count(), child.legal_statuses.count(), child.placements.count()) == (
        1,
        1,
        1,
    )
    assert not AuditEvent.objects.filter(child_id=child.pk, action__in=["update", "delete"]).exists()
    placement = child.placements.get()
    assert (placement.place, placement.provider, placement.end_date, placement.version) == (
        "U4",
        "PR1",
        None,
        1,
    )


def _new_placement(**changes: Any) -> dict[str, Any]:
    return {
        "place": "U6",
        "provider": "PR4",
        "carer": "Oak House Fostering",
        "start_date": "2026-06-03",
        **changes,
    }


@pytest.mark.django_db
def test_overlap_birth_and_period_of_care_checks_hold_in_the_api(personas: Any) -> None:
    wendy = _client(personas.wendy)
    post = lambda path, body: wendy.post(_url(personas, path), body, content_type="application/json")  # noqa: E731
    _refused(
        post("placements", _new_placement()),
        "start_date",
        "This placement overlaps the placement from 10/01/2024: end that one first",
    )
    _refused(
        post("legal-statuses", {"code": "C1", "start_date": "2025-02-01"}),
        "start_date",
        "This legal status overlaps the legal status from 10/01/2024: end that one first",
    )
    _refused(
        post("periods-of-care", {"start_date": "2025-02-01"}),
        "start_date",
        "This period of care overlaps the period of care from 10/01/2024: end that one first",
    )
    _refused(
        post("periods-of-care", {"start_date": "2014-08-31", "end_date": "2015-01-01", "end_reason": "E4A"}),
        "start_date",
        "The date cannot be before the child's date of birth (01/09/2014)",
    )
    _refused(
        post("placements", _new_placement(start_date="2023-03-01", end_date="2023-06-30")),
        "start_date",
        "A placement must fall within a period of care: record when the child became looked after first",
    )
    assert not Placement.objects.filter(carer="Oak House Fostering").exists()
    _nothing_changed(personas)


@pytest.mark.django_db
def test_single_record_checks_hold_in_the_api(personas: Any) -> None:
    wendy = _client(personas.wendy)
    placement = personas.child.placements.get()
    status = personas.child.legal_statuses.get()

    def patch(path: str, body: dict[str, Any]) -> Any:
        return wendy.patch(_url(personas, path), body, content_type="application/json")

    _refused(
        patch(f"placements/{placement.pk}", {"end_date": "2024-01-09", "version": 1}),
        "end_date",
        "The end date must be the same as or after the start date",
    )
    _refused(
        patch(f"placements/{placement.pk}", {"place": "Z1"}),
        "place",
        "Z1 is not a placement type from 1 Apr 2025 and this placement goes on after then: end it by 31 Mar 2025 "
        "and record the placement that follows, as one of Z11 to Z14",
    )
    _refused(
        patch(f"placements/{placement.pk}", {"place": "K3", "provider": "PR4"}),
        "place",
        "This placement starts on 10 Jan 2024, before Robin’s 16th birthday (1 Sep 2030): a child placed in "
        "supported accommodation (K3) must be 16 or over",
    )
    _refused(
        patch(f"placements/{placement.pk}", {"provider": "PR0"}),
        "provider",
        "PR0 (a parent) provides only P1 placements, not U4: choose the provider",
    )
    _refused(
        patch(f"legal-statuses/{status.pk}", {"code": "J3"}),
        "code",
        "J3 starts on 10 Jan 2024, when Robin was not yet over 10 (10 on 1 Sep 2024): a child under 10 cannot be "
        "remanded, detained under PACE or sentenced",
    )
    period = personas.child.periods_of_care.get()
    _refused(
        patch(f"periods-of-care/{period.pk}", {"end_date": "2024-06-01", "end_reason": "E4A"}),
        "end_date",
        "The legal status from 10 Jan 2024 would then fall outside the period of care: change or remove that legal "
        "status first",
    )
    _nothing_changed(personas)
    assert personas.child.legal_statuses.get().code == "C2"


@pytest.mark.django_db
def test_what_is_right_is_saved_through_the_api(personas: Any) -> None:
    """An ended Z1 placement before April 2025 and a move to it are accepted; the records read back."""
    wendy = _client(personas.wendy)
    placement = personas.child.placements.get()
    ended = wendy.patch(
        _url(personas, f"placements/{placement.pk}"),
        {"end_date": "2024-06-03", "change_reason": "CARPL", "version": 1},
        content_type="application/json",
    )
    assert ended.status_code == 200, ended.content
    assert ended.json()["version"] == 2
    created = wendy.post(
        _url(personas, "placements"),
        _new_placement(place="Z1", provider="PR5", start_date="2024-06-03", end_date="2025-03-31"),
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    listed = wendy.get(_url(personas, "placements")).json()
    assert [(p["place"], p["start_date"], p["end_date"]) for p in listed] == [
        ("Z1", "2024-06-03", "2025-03-31"),
        ("U4", "2024-01-10", "2024-06-03"),
    ]
    statuses = wendy.get(_url(personas, "legal-statuses")).json()
    assert [(s["code"], s["end_date"]) for s in statuses] == [("C2", None)]
    assert [p["start_date"] for p in wendy.get(_url(personas, "periods-of-care")).json()] == ["2024-01-10"]


@pytest.mark.django_db
def test_an_unrelated_worker_gets_404(personas: Any) -> None:
    uma = _client(personas.uma)
    assert uma.get(_url(personas, "placements")).status_code == 404
    response = uma.post(
        _url(personas, "periods-of-care"), {"start_date": "2025-02-01"}, content_type="application/json"
    )
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_placement_with_parents_under_section_20_is_refused_in_the_api(personas: Any) -> None:
    """Rule 378: the legal status becomes V2 (accepted), then the placement P1 over the same months (refused)."""
    wendy = _client(personas.wendy)
    status = personas.child.legal_statuses.get()
    placement = personas.child.placements.get()
    changed = wendy.patch(
        _url(personas, f"legal-statuses/{status.pk}"), {"code": "V2"}, content_type="application/json"
    )
    assert changed.status_code == 200, changed.content
    _refused(
        wendy.patch(
            _url(personas, f"placements/{placement.pk}"),
            {"place": "P1", "provider": "PR0"},
            content_type="application/json",
        ),
        "place",
        "The child is accommodated under section 20 (V2 from 10 Jan 2024): a placement with parents (P1) at the "
        "same time cannot be recorded. End the V2 status or choose the placement type",
    )
    placement.refresh_from_db()
    assert (placement.place, placement.version) == ("U4", 1)
