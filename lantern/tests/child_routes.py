"""Every web route and API operation that names a child, found from the URL configuration and the OpenAPI
document, each with what it needs beyond seeing the child (declared below), and with the persona child's real
ids filled in. The access tests walk these lists: a route added without a declaration fails them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

from access.guards import Need
from lantern.api import api
from lantern.tests import (
    child_routes_care_records,
    child_routes_education,
    child_routes_escalation,
    child_routes_matching,
    child_routes_network,
    child_routes_oc2,
    child_routes_permanence,
    child_routes_sharing,
)
from risk.indicators import indicators

_PARTS = (
    child_routes_network,
    child_routes_sharing,
    child_routes_escalation,
    child_routes_matching,
    child_routes_education,
    child_routes_permanence,
    child_routes_oc2,
    child_routes_care_records,
)

WEB_NEEDS: dict[str, Need] = {
    "people:child": Need.VIEW,
    "people:child-edit": Need.EDIT,
    "people:genogram": Need.VIEW,
    "people:genogram-image": Need.VIEW,
    "people:person-create": Need.EDIT,
    "people:person-edit": Need.EDIT,
    "people:name-add": Need.EDIT,
    "people:name-delete": Need.EDIT,
    "people:relationship-create": Need.EDIT,
    "people:relationship-edit": Need.EDIT,
    "people:relationship-delete": Need.EDIT,
    "casework:allocation-create": Need.ALLOCATE,
    "casework:allocation-edit": Need.ALLOCATE,
    "audit:who-has-seen": Need.AUDIT,
    "access:grants": Need.EDIT,
    "access:grant-revoke": Need.EDIT,
    "chronology:page": Need.VIEW,
    "chronology:export-csv": Need.STAFF,
    "chronology:export-pdf": Need.STAFF,
    "chronology:entry-create": Need.CONTRIBUTE,
    "chronology:entry-edit": Need.EDIT,
    "chronology:entry-delete": Need.EDIT,
    "chronology:import": Need.EDIT,
    "chronology:imports": Need.EDIT,
    "chronology:import-undo": Need.EDIT,
    "casework:notes": Need.STAFF,
    "casework:note-create": Need.EDIT,
    "casework:note-edit": Need.EDIT,
    "casework:history": Need.VIEW,
    "casework:history-edit": Need.EDIT,
    "casework:wishes": Need.VIEW,
    "casework:wishes-add": Need.EDIT,
    "casework:transfers": Need.VIEW,
    "casework:transfer": Need.VIEW,
    "care:record": Need.VIEW,
    "care:period-add": Need.EDIT,
    "care:period-edit": Need.EDIT,
    "care:period-delete": Need.EDIT,
    "care:legal-status-add": Need.EDIT,
    "care:legal-status-edit": Need.EDIT,
    "care:legal-status-delete": Need.EDIT,
    "care:placement-add": Need.EDIT,
    "care:placement-edit": Need.EDIT,
    "care:placement-delete": Need.EDIT,
    "casework:visits": Need.STAFF,
    "casework:visit-add": Need.EDIT,
    "casework:visit-edit": Need.EDIT,
    "casework:visit-delete": Need.EDIT,
    "casework:reviews": Need.STAFF,
    "casework:review-add": Need.EDIT,
    "casework:review-edit": Need.EDIT,
    "casework:review-delete": Need.EDIT,
    "casework:plans": Need.VIEW,
    "casework:plan-add": Need.EDIT,
    "casework:plan-edit": Need.EDIT,
    "casework:plan-delete": Need.EDIT,
    "casework:notification-add": Need.EDIT,
    "casework:notification-edit": Need.EDIT,
    "casework:notification-delete": Need.EDIT,
    "health:checks": Need.VIEW,
    "health:check-add": Need.EDIT,
    "health:check-edit": Need.EDIT,
    "health:check-delete": Need.EDIT,
    "education:peps": Need.VIEW,
    "education:pep-add": Need.EDIT,
    "education:pep-edit": Need.EDIT,
    "education:pep-delete": Need.EDIT,
    "missing:episodes": Need.MISSING,
    "missing:episode-add": Need.REPORT_MISSING,
    "missing:episode-edit": Need.REPORT_MISSING,
    "missing:episode-delete": Need.EDIT,
    "missing:interview": Need.RETURN_INTERVIEW,
    "missing:profile": Need.VIEW,
    "missing:profile-edit": Need.REPORT_MISSING,
    "missing:profile-photo": Need.VIEW,
    "missing:profile-pdf": Need.REPORT_MISSING,
    "missing:profile-send": Need.REPORT_MISSING,
    "risk:overview": Need.VIEW,
    "risk:screenings": Need.VIEW,
    "risk:screening": Need.VIEW,
    "risk:plan": Need.VIEW,
    "risk:discussions": Need.VIEW,
    "risk:discussion": Need.VIEW,
    "risk:screening-add": Need.SAFEGUARD,
    "risk:screening-edit": Need.SAFEGUARD,
    "risk:screening-delete": Need.EDIT,
    "risk:plan-edit": Need.SAFEGUARD,
    "risk:action-add": Need.SAFEGUARD,
    "risk:action-edit": Need.SAFEGUARD,
    "risk:action-delete": Need.EDIT,
    "risk:discussion-add": Need.SAFEGUARD,
    "risk:discussion-edit": Need.SAFEGUARD,
    "risk:discussion-delete": Need.EDIT,
    "risk:discussion-escalate": Need.SAFEGUARD,
    "duties:child": Need.VIEW,  # duties/views.py (another engineer's page), declared here so the matrix covers it
}
for _part in _PARTS:
    WEB_NEEDS.update(_part.WEB)
POST_ONLY = frozenset(
    {"people:name-delete", "access:grant-revoke", "risk:discussion-escalate"}.union(
        *(p.POST_ONLY for p in _PARTS)
    )
)
API_NEEDS: dict[tuple[str, str], Need] = {
    ("GET", "/api/v1/children/{child_id}/duties"): Need.VIEW,
    ("GET", "/api/v1/children/{child_id}/missing-episodes"): Need.MISSING,
    ("POST", "/api/v1/children/{child_id}/missing-episodes"): Need.REPORT_MISSING,
    ("PATCH", "/api/v1/children/{child_id}/missing-episodes/{episode_id}"): Need.REPORT_MISSING,
    (
        "PUT",
        "/api/v1/children/{child_id}/missing-episodes/{episode_id}/return-interview",
    ): Need.RETURN_INTERVIEW,
    ("GET", "/api/v1/children/{child_id}/missing-pattern"): Need.MISSING,
    ("GET", "/api/v1/children/{child_id}"): Need.VIEW,
    ("PATCH", "/api/v1/children/{child_id}"): Need.EDIT,
    ("GET", "/api/v1/children/{child_id}/people"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/people"): Need.EDIT,
    ("GET", "/api/v1/children/{child_id}/people/{person_id}"): Need.VIEW,
    ("PATCH", "/api/v1/children/{child_id}/people/{person_id}"): Need.EDIT,
    ("GET", "/api/v1/children/{child_id}/relationships"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/relationships"): Need.EDIT,
    ("PATCH", "/api/v1/children/{child_id}/relationships/{relationship_id}"): Need.EDIT,
    ("DELETE", "/api/v1/children/{child_id}/relationships/{relationship_id}"): Need.EDIT,
    ("GET", "/api/v1/children/{child_id}/allocations"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/allocations"): Need.ALLOCATE,
    ("PATCH", "/api/v1/children/{child_id}/allocations/{allocation_id}"): Need.ALLOCATE,
    ("GET", "/api/v1/children/{child_id}/risk"): Need.VIEW,
    ("GET", "/api/v1/children/{child_id}/risk-screenings"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/risk-screenings"): Need.SAFEGUARD,
    ("GET", "/api/v1/children/{child_id}/strategy-discussions"): Need.VIEW,
    ("POST", "/api/v1/children/{child_id}/strategy-discussions"): Need.SAFEGUARD,
    ("GET", "/api/v1/children/{child_id}/risk-plan"): Need.VIEW,
    ("PUT", "/api/v1/children/{child_id}/risk-plan"): Need.SAFEGUARD,
    ("GET", "/api/v1/children/{child_id}/risk-plan-actions"): Need.SAFEGUARD,
    ("POST", "/api/v1/children/{child_id}/risk-plan-actions"): Need.SAFEGUARD,
    ("PATCH", "/api/v1/children/{child_id}/risk-plan-actions/{action_id}"): Need.SAFEGUARD,
}
for _part in _PARTS:
    API_NEEDS.update(_part.API)


@dataclass(frozen=True)
class Route:
    name: str  # the URL name, or "METHOD template" for the API
    method: str
    path: str
    need: Need


def _walk(patterns: list[Any], prefix: str = "", namespace: str = "") -> Iterator[tuple[str, str]]:
    for p in patterns:
        if isinstance(p, URLResolver):
            inner = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), inner)
        elif isinstance(p, URLPattern):
            yield f"{namespace}{p.name}", prefix + str(p.pattern)


def _ids(personas: Any) -> dict[str, str]:
    return {
        "child_id": str(personas.child.pk),
        "person_id": str(personas.mother.pk),
        "relationship_id": str(personas.mother_relationship.pk),
        "allocation_id": str(personas.allocation.pk),
        "name_id": str(personas.child.person.other_names.get().pk),
        "grant_id": str(personas.pat.access_grants.get().pk),
        "entry_id": str(personas.entry.pk),
        "note_id": str(personas.note.pk),
        "import_id": str(personas.chronology_import.pk),
        "summary_id": str(personas.transfer.pk),
        "kind": "family_background",
        # The care records added to the persona child by the `personas` fixture (conftest.py).
        "period_id": str(personas.child.periods_of_care.get().pk),
        "legal_status_id": str(personas.child.legal_statuses.get().pk),
        "placement_id": str(personas.child.placements.get().pk),
        "notification_id": str(personas.child.placement_notifications.get().pk),
        "visit_id": str(personas.child.visits.get().pk),
        "review_id": str(personas.child.reviews.get().pk),
        "plan_id": str(personas.child.plans.get().pk),
        "check_id": str(personas.child.health_checks.get().pk),
        "pep_id": str(personas.child.peps.get().pk),
        "episode_id": str(personas.child.missing_episodes.get().pk),
        "screening_id": str(personas.child.risk_screenings.get().pk),
        "action_id": str(personas.child.risk_actions.get().pk),
        "discussion_id": str(personas.child.strategy_discussions.get().pk),
    } | {key: value for part in _PARTS for key, value in part.ids(personas).items()}


def web_child_routes(personas: Any) -> list[Route]:
    ids = _ids(personas)
    routes = []
    for name, route in _walk(get_resolver().url_patterns):
        if "<uuid:child_id>" not in route:
            continue
        path = "/" + re.sub(r"<\w+:(\w+)>", lambda m: ids[str(m.group(1))], route)
        if name == "people:name-delete":  # the name belongs to the child's own person
            path = path.replace(f"/people/{ids['person_id']}/", f"/people/{ids['child_id']}/")
        assert name in WEB_NEEDS, f"declare what {name} ({route}) needs in WEB_NEEDS"
        routes.append(Route(name, "POST" if name in POST_ONLY else "GET", path, WEB_NEEDS[name]))
    return sorted(routes, key=lambda r: r.path)


def api_child_operations(personas: Any) -> list[Route]:
    ids = _ids(personas)
    operations = []
    for template, methods in api.get_openapi_schema()["paths"].items():
        if "{child_id}" not in template:
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: ids[str(m.group(1))], template)
        for method in methods:
            key = (method.upper(), template)
            assert key in API_NEEDS, f"declare what {key} needs in API_NEEDS"
            operations.append(Route(f"{key[0]} {template}", key[0], path, API_NEEDS[key]))
    return sorted(operations, key=lambda r: (r.path, r.method))


def valid_bodies(personas: Any) -> dict[str, dict[str, Any]]:
    """Well-formed POST and PUT bodies by the last segment of the path, so that a 404 cannot be a validation error in
    disguise."""
    found: dict[str, dict[str, Any]] = {
        "allocations": {"worker_id": personas.uma.pk, "start_date": "2026-01-05"},
        "people": {"forename": "Ash", "surname": "Invented", "kind": "aunt_uncle"},
        "relationships": {
            "person_a_id": str(personas.mother.pk),
            "person_b_id": str(personas.child.pk),
            "kind": "carer",
        },
        "missing-episodes": {"kind": "M", "started_at": "2026-01-05T21:00", "reported_by": "The carer"},
        "risk-screenings": {
            "screened_on": "2026-01-05",
            "review_on": "2026-04-05",
            "grades": [{"indicator": i.code, "grade": "none"} for i in indicators()],
        },
        "strategy-discussions": {
            "held_on": "2026-01-05",
            "reason": "Screening found high risk",
            "decisions": "Joint visit",
            "participants": [{"name": "Pat Police", "agency": "Police"}],
        },
        "risk-plan-actions": {"action": "Weekly check-in", "owner_name": "The carer", "due_on": "2026-02-05"},
        "risk-plan": {"agreed_on": "2026-01-05", "review_on": "2026-04-05", "concerns": "Exploitation"},
    }
    for part in _PARTS:
        found.update(part.bodies(personas))
    return found


def with_every_record(personas: Any) -> Any:
    """The personas, with the records of the persona child that only the route tests need: one of each risk record
    and a missing person profile with a photo (so that its photo route has something to serve)."""
    from risk.tests.factories import add_risk_records

    add_risk_records(child=personas.child, actor=personas.wendy)
    _give_profile_photo(personas)
    for part in _PARTS:
        part.add_records(personas)
    return personas


def _give_profile_photo(personas: Any) -> None:
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from missing.profile_photo import photo_clean
    from missing.profile_services import profile_save

    buffer = BytesIO()
    Image.new("RGB", (30, 40), (120, 90, 60)).save(buffer, "JPEG")
    upload = SimpleUploadedFile("robin.jpg", buffer.getvalue(), content_type="image/jpeg")
    profile_save(
        actor=personas.carl,
        child=personas.child,
        data={"description": "Slim, short brown hair"},
        photo=photo_clean(upload),
        expected_version=None,
    )
