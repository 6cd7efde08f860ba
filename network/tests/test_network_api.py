"""The network through the API: members added (a partner given access, staff refused) and ended (access revoked),
meetings with attendance and actions, concerns raised by a partner, and the meeting Lantern proposes; with the
same needs as the pages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from lantern.api.auth import token_issue
from network.models import NetworkMeeting, NetworkMember
from network.tests.factories import NetworkMeetingFactory, NetworkMemberFactory, ago

BASE = "/api/v1/children/{}"


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='test')}"})


def _send(client: Client, method: str, url: str, body: dict[str, Any]) -> Any:
    return client.generic(method, url, json.dumps(body), content_type="application/json")


def _member(**more: Any) -> dict[str, Any]:
    return {
        "agency_kind": "health",
        "agency": "Example NHS Trust",
        "role": "Looked-after children's nurse",
        "name": "Nia Nurse",
        "from_date": ago(5).isoformat(),
    } | more


@pytest.mark.django_db
def test_a_member_given_access_and_then_ended(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    url = BASE.format(personas.child.pk) + "/network-members"
    wendy = _api(personas.wendy)
    body = _member(user_id=nurse.pk, grant_until=ago(-30).isoformat(), grant_reason="Health assessment")
    created = _send(wendy, "POST", url, body)
    assert created.status_code == 201, created.content
    member = created.json()
    assert member["grant"]["active"] is True and member["current"] is True
    assert _api(nurse).get(url).status_code == 200
    ended = _send(wendy, "PATCH", f"{url}/{member['id']}", {"to_date": ago(1).isoformat()})
    assert ended.status_code == 200
    assert ended.json()["grant"]["active"] is False and ended.json()["current"] is False
    assert _api(nurse).get(url).status_code == 404


@pytest.mark.django_db
def test_a_change_and_an_end_are_saved_together_or_not_at_all(personas: Any) -> None:
    member: Any = NetworkMemberFactory(child=personas.child, name="Dana Teacher")
    url = BASE.format(personas.child.pk) + f"/network-members/{member.pk}"
    wendy = _api(personas.wendy)
    refused = _send(wendy, "PATCH", url, {"name": "Dana Head", "to_date": ago(-5).isoformat()})
    assert refused.status_code == 400
    member.refresh_from_db()
    assert member.name == "Dana Teacher" and member.to_date is None and member.version == 1
    stale = _send(wendy, "PATCH", url, {"version": 7, "to_date": ago(1).isoformat()})
    assert stale.status_code == 409
    member.refresh_from_db()
    assert member.to_date is None
    done = _send(wendy, "PATCH", url, {"version": 1, "name": "Dana Head", "to_date": ago(1).isoformat()})
    assert done.status_code == 200, done.content
    member.refresh_from_db()
    assert member.name == "Dana Head" and member.to_date == ago(1)


@pytest.mark.django_db
def test_staff_are_refused_a_grant(personas: Any) -> None:
    url = BASE.format(personas.child.pk) + "/network-members"
    body = _member(user_id=personas.mia.pk, grant_reason="Cover")
    response = _send(_api(personas.wendy), "POST", url, body | {"grant_until": ago(-30).isoformat()})
    assert response.status_code == 400
    assert "Mia Manager is a team manager" in response.json()["errors"]["grant_until"][0]
    assert not NetworkMember.objects.exists()


@pytest.mark.django_db
def test_a_partner_cannot_add_a_member(personas: Any) -> None:
    url = BASE.format(personas.child.pk) + "/network-members"
    assert _send(_api(personas.pat), "POST", url, _member()).status_code == 404


@pytest.mark.django_db
def test_a_meeting_with_attendance_and_actions(personas: Any) -> None:
    url = BASE.format(personas.child.pk) + "/network-meetings"
    body = {
        "held_on": ago(2).isoformat(),
        "information_shared": "Attendance is falling",
        "decisions": "Weekly check-ins",
        "attendance": [{"name": "Pat Police", "agency": "Police", "attendance": "apologies"}],
        "actions": [
            {"action": "Check in", "owner_id": personas.pat.pk, "due_on": ago(-7).isoformat()},
            {"action": "Call school", "owner_name": "Dana Teacher", "due_on": ago(-3).isoformat()},
        ],
    }
    created = _send(_api(personas.wendy), "POST", url, body)
    assert created.status_code == 201, created.content
    listed = _api(personas.carl).get(url).json()
    assert listed[0]["attendance"] == [
        {"name": "Pat Police", "agency": "Police", "attendance": "apologies", "member_id": None}
    ]
    assert [a["owner_text"] for a in listed[0]["actions"]] == ["Pat Police", "Dana Teacher"]
    no_owner = body | {"actions": [{"action": "Check in", "due_on": ago(-7).isoformat()}]}
    refused = _send(_api(personas.wendy), "POST", url, no_owner)
    assert refused.status_code == 400
    assert NetworkMeeting.objects.count() == 1


@pytest.mark.django_db
def test_a_carer_raises_a_concern(personas: Any) -> None:
    url = BASE.format(personas.child.pk) + "/concerns"
    response = _send(
        _api(personas.carl), "POST", url, {"noticed_on": ago(1).isoformat(), "concern": "Came home at 2am"}
    )
    assert response.status_code == 201
    assert response.json()["agency"] == str(personas.carl.agency)
    assert response.json()["read_at"] is None
    spoofed = {"noticed_on": ago(1).isoformat(), "concern": "Seen with adults", "agency": "Example Academy"}
    response = _send(_api(personas.carl), "POST", url, spoofed)
    assert response.status_code == 201 and response.json()["agency"] == str(personas.carl.agency)
    assert (
        _send(
            _api(personas.rita), "POST", url, {"noticed_on": ago(1).isoformat(), "concern": "x"}
        ).status_code
        == 404
    )
    assert sorted(c["concern"] for c in _api(personas.wendy).get(url).json()) == [
        "Came home at 2am",
        "Seen with adults",
    ]


@pytest.mark.django_db
def test_the_proposal_says_why(personas: Any) -> None:
    url = BASE.format(personas.child.pk) + "/network-meeting-proposal"
    proposal = _api(personas.pat).get(url).json()
    assert proposal["proposed"] is True
    assert proposal["reasons"][0].startswith("No network meeting has been held in the")
    NetworkMeetingFactory(child=personas.child, held_on=ago(1))
    proposal = _api(personas.pat).get(url).json()
    assert proposal == {"proposed": False, "reasons": [], "last_meeting_on": ago(1).isoformat()}
