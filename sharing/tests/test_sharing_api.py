"""The sharing API: the log (GET, POST, PATCH), the acknowledgement by the recipient (and 404 for anyone else who
may see the child), and the checklist of a placement; with the same needs and checks as the pages."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from duties.working_days import add_working_days
from lantern.api.auth import token_issue
from sharing.models import SharedInformation
from sharing.tests.factories import carl_in_network, placement, share


def _client(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='partner')}"})


def _base(personas: Any) -> str:
    return f"/api/v1/children/{personas.child.pk}"


def _send(client: Client, method: str, path: str, body: Any = None) -> Any:
    return client.generic(method, path, json.dumps(body or {}), content_type="application/json")


@pytest.mark.django_db
def test_recording_and_listing_what_was_shared(personas: Any) -> None:
    carl = carl_in_network(personas)
    client = _client(personas.wendy)
    first = personas.child.placements.get()
    body = {
        "placement_id": str(first.pk),
        "item": "placement_plan",
        "member_id": str(carl.pk),
        "shared_on": "2024-01-11",
        "method": "secure_email",
    }
    created = _send(client, "POST", f"{_base(personas)}/information-shared", body)
    assert created.status_code == 201
    found = created.json()
    assert (found["recipient"], found["recipient_kind"], found["item_label"]) == (
        "Carl Carer",
        "carer",
        "Placement plan",
    )
    assert found["waiting_days"] == (timezone.localdate() - datetime.date(2024, 1, 11)).days
    assert found["shared_by"]["username"] == "wendy"
    listed = _client(personas.pat).get(f"{_base(personas)}/information-shared").json()
    assert [s["id"] for s in listed] == [found["id"]]


@pytest.mark.django_db
def test_the_same_checks_as_the_form(personas: Any) -> None:
    client = _client(personas.wendy)
    body = {
        "item": "other",
        "recipient": "Sam and Alex Carer",
        "recipient_kind": "carer",
        "shared_on": "2026-01-05",
        "method": "email",
        "acknowledged_on": "2026-01-04",
    }
    refused = _send(client, "POST", f"{_base(personas)}/information-shared", body)
    assert refused.status_code == 400
    assert refused.json()["errors"] == {"description": ["Describe what was shared"]}
    early = _send(client, "POST", f"{_base(personas)}/information-shared", {**body, "description": "Reports"})
    assert early.json()["errors"] == {"acknowledged_on": ["It cannot be acknowledged before it was shared"]}
    wrong = _send(
        client,
        "POST",
        f"{_base(personas)}/information-shared",
        {
            **body,
            "item": "care_plan",
            "acknowledged_on": None,
            "member_id": "00000000-0000-0000-0000-000000000001",
        },
    )
    assert wrong.status_code == 400
    assert wrong.json()["errors"] == {"member_id": ["Choose someone in this child's network"]}
    assert not SharedInformation.objects.exists()


@pytest.mark.django_db
def test_correcting_with_the_version_read(personas: Any) -> None:
    shared = share(personas, item="care_plan", shared_on=datetime.date(2024, 1, 11))
    client = _client(personas.mia)
    path = f"{_base(personas)}/information-shared/{shared.pk}"
    changed = _send(
        client, "PATCH", path, {"version": 1, "acknowledged_on": "2024-01-15", "acknowledged_by": "Sam"}
    )
    assert changed.status_code == 200
    assert (changed.json()["acknowledged_on"], changed.json()["version"], changed.json()["waiting_days"]) == (
        "2024-01-15",
        2,
        None,
    )
    assert _send(client, "PATCH", path, {"version": 1, "notes": "Again"}).status_code == 409
    assert _send(_client(personas.pat), "PATCH", path, {"notes": "Police"}).status_code == 404


@pytest.mark.django_db
def test_the_recipient_acknowledges_and_nobody_else_but_the_workers(personas: Any) -> None:
    shared = share(
        personas,
        item="placement_plan",
        shared_on=datetime.date(2024, 1, 11),
        member=carl_in_network(personas),
    )
    path = f"{_base(personas)}/information-shared/{shared.pk}/acknowledgement"
    assert _send(_client(personas.pat), "POST", path).status_code == 404
    assert _send(_client(personas.uma), "POST", path).status_code == 404
    done = _send(_client(personas.carl), "POST", path)
    assert done.status_code == 200
    assert (done.json()["acknowledged_on"], done.json()["acknowledged_by"]) == (
        timezone.localdate().isoformat(),
        "Carl Carer",
    )
    assert _send(_client(personas.carl), "POST", path).status_code == 400


@pytest.mark.django_db
def test_the_checklist_of_a_placement(personas: Any) -> None:
    start = timezone.localdate() - datetime.timedelta(
        days=30
    )  # 30 days: past its 5 working days, whatever today
    away = placement(personas, start=start, in_authority=False)
    share(
        personas,
        item="care_plan",
        shared_on=start + datetime.timedelta(days=1),
        placement=away,
        acknowledged_on=start + datetime.timedelta(days=2),
    )
    found = _client(personas.carl).get(f"{_base(personas)}/placements/{away.pk}/sharing-checklist").json()
    due = add_working_days(start, 5).isoformat()
    assert (found["due_on"], found["complete"], found["overdue"], found["not_chased"]) == (
        due,
        False,
        True,
        "",
    )
    assert {i["item"]: (i["state"], i["due_on"]) for i in found["items"]} == {
        "history_summary": ("missing", due),
        "care_plan": ("done", due),
        "placement_plan": ("missing", due),
        "placement_notification": ("missing", due),
    }
    assert (
        _client(personas.uma).get(f"{_base(personas)}/placements/{away.pk}/sharing-checklist").status_code
        == 404
    )


@pytest.mark.django_db
def test_clearing_the_acknowledgement_clears_who_made_it(personas: Any) -> None:
    shared = share(
        personas,
        item="care_plan",
        shared_on=datetime.date(2024, 1, 11),
        acknowledged_on=datetime.date(2024, 1, 15),
        acknowledged_by="Sam Carer",
    )
    path = f"{_base(personas)}/information-shared/{shared.pk}"
    cleared = _send(_client(personas.wendy), "PATCH", path, {"acknowledged_on": None})
    assert cleared.status_code == 200
    assert (cleared.json()["acknowledged_on"], cleared.json()["acknowledged_by"]) == (None, "")
    shared.refresh_from_db()
    assert (shared.acknowledged_on, shared.acknowledged_by) == (None, "")
