"""The education API: the whole record as the page shows it, enrolments, attendance, exclusions and school moves
added (dates out of order refused with the message), the records marked received, a KS4 placement move refused
without its approval, and the schools register searched by URN."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from education.models import SchoolMove
from education.tests.factories import approval, make_ks4, make_school, virtual_school_teacher
from lantern.api.auth import token_issue

pytestmark = pytest.mark.usefixtures(
    "fixed_today"
)  # the year group and this school year's attendance are dated


def _client(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='partner')}"})


def _post(client: Client, path: str, body: dict[str, Any]) -> Any:
    return client.post(path, json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_records_written_through_the_api_come_back_in_the_education_record(personas: Any) -> None:
    api = _client(personas.wendy)
    base = f"/api/v1/children/{personas.child.pk}"
    school = str(make_school(name="Example Academy", urn="999555").pk)
    assert (
        _post(api, f"{base}/enrolments", {"school_id": school, "start_date": "2025-09-03"}).status_code == 201
    )
    refused = _post(
        api,
        f"{base}/attendance",
        {
            "period_start": "2026-09-02",
            "period_end": "2026-10-23",
            "sessions_possible": 60,
            "sessions_attended": 61,
        },
    )
    assert refused.status_code == 400
    assert refused.json()["errors"] == {
        "sessions_attended": ["Sessions attended cannot be more than sessions possible"]
    }
    body = {
        "period_start": "2026-09-02",
        "period_end": "2026-10-23",
        "sessions_possible": 60,
        "sessions_attended": 51,
    }
    assert _post(api, f"{base}/attendance", body).json()["persistently_absent"] is True
    assert (
        _post(
            api,
            f"{base}/exclusions",
            {
                "school_id": school,
                "kind": "permanent",
                "start_date": "2026-10-05",
                "reason": "Serious assault",
            },
        ).status_code
        == 201
    )
    backwards = _post(
        api,
        f"{base}/school-moves",
        {"reason": "exclusion", "left_on": "2026-10-06", "joined_on": "2026-10-01"},
    )
    assert backwards.status_code == 400
    assert "The child cannot join before leaving the old school" in backwards.json()["detail"]
    move = _post(
        api,
        f"{base}/school-moves",
        {"reason": "exclusion", "left_on": "2026-10-06", "from_school_id": school},
    )
    assert move.status_code == 201 and move.json()["records_due_on"] == "2026-10-27"
    record = api.get(f"{base}/education").json()
    assert record["current_schools"][0]["urn"] == "999555"
    assert record["year_group_text"] == "Year 7" and record["key_stage"] == "Key Stage 3"
    assert record["attendance_this_school_year"] == 85.0 and record["persistently_absent"] is True
    assert record["exclusions"][0]["kind"] == "permanent"
    assert record["school_moves"][0]["records_status"].startswith("Not sent: late by")
    assert record["virtual_school"]["name"] == "Lantern Virtual School"


@pytest.mark.django_db
def test_the_virtual_school_marks_records_received_but_cannot_approve(personas: Any) -> None:
    base = f"/api/v1/children/{personas.child.pk}"
    move = _post(
        _client(personas.wendy), f"{base}/school-moves", {"reason": "choice", "left_on": "2026-06-01"}
    ).json()
    vera = _client(virtual_school_teacher(personas.child))
    path = f"{base}/school-moves/{move['id']}"
    patch = vera.patch(
        path,
        json.dumps({"records_sent_on": "2026-06-03", "records_received_on": "2026-06-04"}),
        content_type="application/json",
    )
    assert patch.status_code == 200
    assert patch.json()["records_status"] == "Received on 4 Jun 2026"
    approve = vera.patch(path, json.dumps({"ks4_approved_by": "Someone"}), content_type="application/json")
    assert approve.status_code == 404
    assert (
        vera.post(
            f"{base}/school-moves",
            json.dumps({"reason": "choice", "left_on": "2026-06-01"}),
            content_type="application/json",
        ).status_code
        == 404
    )


@pytest.mark.django_db
def test_a_ks4_placement_move_is_refused_without_approval_and_taken_with_it(personas: Any) -> None:
    make_ks4(personas.child)
    api = _client(personas.wendy)
    base = f"/api/v1/children/{personas.child.pk}"
    placement = str(personas.child.placements.get().pk)
    body = {"reason": "placement_move", "placement_id": placement, "left_on": "2026-06-01"}
    refused = _post(api, f"{base}/school-moves", body)
    assert refused.status_code == 400 and "ks4_approved_by" in refused.json()["errors"]
    assert not SchoolMove.objects.exists()
    dates = {k: str(v) for k, v in approval().items()}
    taken = _post(api, f"{base}/school-moves", {**body, **dates})
    assert taken.status_code == 201
    assert taken.json()["needs_ks4_approval"] is True and taken.json()["ks4_approval_missing"] is False


@pytest.mark.django_db
def test_the_schools_register_is_searched_by_urn_and_closed_to_carers(personas: Any) -> None:
    make_school(name="Fictional Grammar", urn="999777")
    found = _client(personas.wendy).get("/api/v1/schools?q=999777").json()
    assert [s["name"] for s in found] == ["Fictional Grammar"]
    assert _client(personas.carl).get("/api/v1/schools").status_code == 404
    added = _post(
        _client(personas.mia),
        "/api/v1/schools",
        {
            "urn": "999778",
            "name": "Example College",
            "authority": "Lantern Borough Council",
            "phase": "college",
        },
    )
    assert added.status_code == 201
    assert (
        _post(
            _client(personas.wendy),
            "/api/v1/schools",
            {"urn": "999779", "name": "X", "authority": "Y", "phase": "college"},
        ).status_code
        == 404
    )
