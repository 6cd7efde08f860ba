"""Recording a network meeting: who was invited (prefilled from the current network, with rows for others) and
whether they came, what was shared and decided, the actions with owners and due dates; the form's errors; an action
marked done by its owner; changing and deleting a meeting."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from access.models import AccessGrant
from audit.actions import AuditAction
from audit.models import AuditEvent
from network.models import Attendance, MeetingAction, NetworkMeeting
from network.tests.factories import NetworkMemberFactory, ago


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _day(days: int) -> str:
    return ago(days).strftime("%d/%m/%Y")


def _post(member: Any, owner: Any, **more: str) -> dict[str, Any]:
    return {
        "held_on": _day(2),
        "chair": "Wendy Worker",
        "reason": "High screening",
        "information_shared": "School attendance has fallen to 60%",
        "decisions": "Weekly check-ins; a strategy discussion if it falls further",
        "next_meeting_on": _day(-40),
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "1",
        "people-0-member_id": str(member.pk),
        "people-0-name": member.name,
        "people-0-agency": member.agency,
        "people-0-attendance": "attended",
        "people-1-name": "Pat Police",
        "people-1-agency": "Example Constabulary",
        "people-1-attendance": "apologies",
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "0",
        "actions-0-action": "Share attendance figures each Friday",
        "actions-0-owner": str(owner.pk),
        "actions-0-due_on": _day(-7),
    } | more


@pytest.mark.django_db
def test_a_meeting_with_who_came_decisions_and_actions(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child, name="Dana Teacher")
    wendy = _client(personas.wendy)
    form = wendy.get(f"/children/{child.pk}/network/meetings/new/").content.decode()
    assert 'value="Dana Teacher"' in form
    response = wendy.post(f"/children/{child.pk}/network/meetings/new/", _post(member, personas.pat))
    assert response.status_code == 302
    meeting = NetworkMeeting.objects.get(child=child)
    assert [(r.name, r.attendance, r.member_id) for r in meeting.attendance.all()] == [
        ("Dana Teacher", Attendance.ATTENDED, member.pk),
        ("Pat Police", Attendance.APOLOGIES, None),
    ]
    action = meeting.actions.get()
    assert action.owner == personas.pat and action.due_on == ago(-7) and action.child == child
    page = wendy.get(response["Location"]).content.decode()
    assert "School attendance has fallen to 60%" in page
    assert "Sent apologies" in page and "Pat Police" in page
    assert "Share attendance figures each Friday" in page


@pytest.mark.django_db
def test_the_form_says_what_is_missing(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    data = _post(member, personas.pat, decisions="", **{"actions-0-owner": "", "actions-0-due_on": ""})
    response = _client(personas.wendy).post(f"/children/{child.pk}/network/meetings/new/", data)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Say what was decided" in text
    assert "Choose who will do it, or give the name of someone in the network" in text
    assert "Enter the date it is due by" in text
    assert not NetworkMeeting.objects.exists()


@pytest.mark.django_db
def test_a_meeting_cannot_be_in_the_future(personas: Any) -> None:
    member: Any = NetworkMemberFactory(child=personas.child)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/meetings/new/",
        _post(member, personas.pat, held_on=_day(-1)),
    )
    assert "The date cannot be in the future" in response.content.decode()
    assert not NetworkMeeting.objects.exists()


@pytest.mark.django_db
def test_the_owner_marks_their_action_done(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    _client(personas.wendy).post(f"/children/{child.pk}/network/meetings/new/", _post(member, personas.pat))
    action = MeetingAction.objects.get()
    url = f"/children/{child.pk}/network/actions/{action.pk}/done/"
    assert _client(personas.carl).post(url, {"done_on": _day(0)}).status_code == 404
    response = _client(personas.pat).post(url, {"done_on": _day(0), "notes": "Sent", "version": "1"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.done_on == ago(0) and action.notes == "Sent"


@pytest.mark.django_db
def test_changing_a_meeting_removes_an_emptied_row(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    wendy = _client(personas.wendy)
    wendy.post(f"/children/{child.pk}/network/meetings/new/", _post(member, personas.pat))
    meeting = NetworkMeeting.objects.get()
    rows = list(meeting.attendance.all())
    action = meeting.actions.get()
    data = {
        "held_on": _day(2),
        "information_shared": "School attendance has fallen to 60%",
        "decisions": "Weekly check-ins",
        "version": str(meeting.version),
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "2",
        "people-0-row_id": str(rows[0].pk),
        "people-0-name": rows[0].name,
        "people-0-agency": rows[0].agency,
        "people-0-attendance": "attended",
        "people-1-row_id": str(rows[1].pk),
        "people-1-name": "",
        "people-1-agency": "",
        "people-1-attendance": "apologies",
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "1",
        "actions-0-row_id": str(action.pk),
        "actions-0-action": action.action,
        "actions-0-owner": str(personas.pat.pk),
        "actions-0-due_on": _day(-7),
    }
    response = wendy.post(f"/children/{child.pk}/network/meetings/{meeting.pk}/edit/", data)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert [r.name for r in meeting.attendance.all()] == [rows[0].name]
    assert meeting.decisions == "Weekly check-ins"
    assert meeting.version == 2


@pytest.mark.django_db
def test_deleting_a_meeting_needs_a_reason(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    wendy = _client(personas.wendy)
    wendy.post(f"/children/{child.pk}/network/meetings/new/", _post(member, personas.pat))
    meeting = NetworkMeeting.objects.get()
    url = f"/children/{child.pk}/network/meetings/{meeting.pk}/delete/"
    assert "Give the reason for deleting it" in wendy.post(url, {"reason": ""}).content.decode()
    assert _client(personas.pat).post(url, {"reason": "Wrong child"}).status_code == 404
    assert wendy.post(url, {"reason": "Recorded on the wrong child"}).status_code == 302
    assert not NetworkMeeting.objects.exists() and not MeetingAction.objects.exists()
    deleted = AuditEvent.objects.get(action=AuditAction.DELETE, object_id=str(meeting.pk))
    assert deleted.reason == "Recorded on the wrong child"


@pytest.mark.django_db
def test_a_member_of_another_childs_network_is_refused(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    elsewhere: Any = NetworkMemberFactory(name="Elsewhere Person")
    response = _client(personas.wendy).post(
        f"/children/{child.pk}/network/meetings/new/",
        _post(member, personas.pat, **{"people-0-member_id": str(elsewhere.pk)}),
    )
    assert response.status_code == 200
    assert "This person is not in this child’s network" in response.content.decode()
    assert not NetworkMeeting.objects.exists()


@pytest.mark.django_db
def test_a_meeting_is_saved_again_after_an_owner_has_left(personas: Any) -> None:
    child = personas.child
    member: Any = NetworkMemberFactory(child=child)
    wendy = _client(personas.wendy)
    wendy.post(f"/children/{child.pk}/network/meetings/new/", _post(member, personas.pat))
    meeting = NetworkMeeting.objects.get()
    rows = list(meeting.attendance.all())
    action = meeting.actions.get()
    AccessGrant.objects.filter(user=personas.pat, child=child).update(revoked_at=timezone.now())
    data = {
        "held_on": _day(2),
        "information_shared": "School attendance has fallen to 60%",
        "decisions": "Weekly check-ins, and a call to the police",
        "version": str(meeting.version),
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "2",
        "actions-TOTAL_FORMS": "1",
        "actions-INITIAL_FORMS": "1",
        "actions-0-row_id": str(action.pk),
        "actions-0-action": action.action,
        "actions-0-owner": str(personas.pat.pk),
        "actions-0-due_on": _day(-7),
    }
    for index, row in enumerate(rows):
        data |= {
            f"people-{index}-row_id": str(row.pk),
            f"people-{index}-member_id": str(row.member_id or ""),
            f"people-{index}-name": row.name,
            f"people-{index}-agency": row.agency,
            f"people-{index}-attendance": row.attendance,
        }
    response = wendy.post(f"/children/{child.pk}/network/meetings/{meeting.pk}/edit/", data)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.decisions == "Weekly check-ins, and a call to the police"
    assert meeting.actions.get().owner == personas.pat
