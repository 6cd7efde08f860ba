"""The network routes and API operations for the access tests (lantern/tests/child_routes.py): what each needs, the
ids of the persona child's records in their paths, well-formed POST bodies, and the records the routes need."""

from __future__ import annotations

from typing import Any

from access.guards import Need

WEB: dict[str, Need] = {
    "network:members": Need.VIEW,
    "network:member-add": Need.EDIT,
    "network:member-edit": Need.EDIT,
    "network:member-end": Need.EDIT,
    "network:meetings": Need.VIEW,
    "network:meeting-add": Need.EDIT,
    "network:meeting": Need.VIEW,
    "network:meeting-edit": Need.EDIT,
    "network:meeting-delete": Need.EDIT,
    # The persona action is owned by the allocated worker: its owner or Need.EDIT marks it done.
    "network:action-done": Need.EDIT,
    "network:concerns": Need.VIEW,
    "network:concern-add": Need.CONTRIBUTE,
    "network:concern": Need.VIEW,
    "network:concern-read": Need.EDIT,
}
POST_ONLY: frozenset[str] = frozenset()
_CHILD = "/api/v1/children/{child_id}"
API: dict[tuple[str, str], Need] = {
    ("GET", f"{_CHILD}/network-members"): Need.VIEW,
    ("POST", f"{_CHILD}/network-members"): Need.EDIT,
    ("PATCH", f"{_CHILD}/network-members/{{member_id}}"): Need.EDIT,
    ("GET", f"{_CHILD}/network-meetings"): Need.VIEW,
    ("POST", f"{_CHILD}/network-meetings"): Need.EDIT,
    ("GET", f"{_CHILD}/concerns"): Need.VIEW,
    ("POST", f"{_CHILD}/concerns"): Need.CONTRIBUTE,
    ("GET", f"{_CHILD}/network-meeting-proposal"): Need.VIEW,
}


def _records(personas: Any) -> dict[str, Any]:
    from network.models import Concern, MeetingAction, NetworkMeeting, NetworkMember

    child = personas.child
    return {
        "member": NetworkMember.objects.filter(child=child).first(),
        "meeting": NetworkMeeting.objects.filter(child=child).first(),
        "action": MeetingAction.objects.filter(child=child).first(),
        "concern": Concern.objects.filter(child=child).first(),
    }


def ids(personas: Any) -> dict[str, str]:
    found = _records(personas)
    return {
        key: str(found[name].pk)
        for key, name in (
            ("member_id", "member"),
            ("meeting_id", "meeting"),
            ("network_action_id", "action"),
            ("concern_id", "concern"),
        )
        if found[name] is not None
    }


def bodies(personas: Any) -> dict[str, dict[str, Any]]:
    return {
        "network-members": {
            "agency_kind": "health",
            "agency": "Example NHS Trust",
            "role": "Looked-after children's nurse",
            "name": "Nia Nurse",
            "from_date": "2026-01-05",
        },
        "network-meetings": {
            "held_on": "2026-01-05",
            "information_shared": "Attendance is falling",
            "decisions": "Weekly check-ins",
            "attendance": [{"name": "Pat Police", "agency": "Police"}],
            "actions": [{"action": "Check-in", "owner_name": "The carer", "due_on": "2026-02-05"}],
        },
        "concerns": {"noticed_on": "2026-01-05", "concern": "Seen with older youths", "agency": "Police"},
    }


def add_records(personas: Any) -> None:
    from network.tests.factories import add_network_records

    add_network_records(child=personas.child, actor=personas.wendy, partner=personas.pat)
