"""Every risk page for every persona: the worker, the manager and the coordinator with a grant read and write; the
police officer and the carer with a grant read and get 404 on every page that writes; only the worker and the
manager delete; the return interview worker
(who sees only the missing record), the unrelated worker and the unrelated manager get 404 everywhere, for GET and
POST, with the refusal audited and nothing of the child shown."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern

from audit.models import AuditEvent
from risk.tests.factories import add_risk_records
from risk.urls import urlpatterns

READ = frozenset({"overview", "screenings", "screening", "plan", "discussions", "discussion"})
POST_ONLY = frozenset({"discussion-escalate"})
DELETE = frozenset({"screening-delete", "action-delete", "discussion-delete"})  # the responsible workers only
WRITERS = {"wendy", "mia", "cora"}
READERS = {"pat", "carl"}
NOBODY = {"rita", "uma", "max"}


def _routes(personas: Any) -> list[tuple[str, str]]:
    child = personas.child
    ids = {
        "child_id": str(child.pk),
        "screening_id": str(child.risk_screenings.get().pk),
        "action_id": str(child.risk_actions.get().pk),
        "discussion_id": str(child.strategy_discussions.get().pk),
    }
    found = []
    for pattern in urlpatterns:
        assert isinstance(pattern, URLPattern)
        route = str(pattern.pattern)
        assert route.startswith("children/<uuid:child_id>/"), route
        for name, value in ids.items():
            route = route.replace(f"<uuid:{name}>", value)
        assert "<" not in route, route
        found.append((str(pattern.name), "/" + route))
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(WRITERS | READERS | NOBODY))
def test_every_risk_page_for_every_persona(personas: Any, who: str) -> None:
    add_risk_records(child=personas.child, actor=personas.wendy)
    client = Client()
    client.force_login(getattr(personas, who))
    for name, path in _routes(personas):
        if name in DELETE:
            allowed = who in {"wendy", "mia"}
        else:
            allowed = who in WRITERS or (who in READERS and name in READ)
        before = AuditEvent.objects.filter(child_id=personas.child.pk).count()
        response = client.get(path)
        expected = (405 if name in POST_ONLY else 200) if allowed else 404
        assert response.status_code == expected, (
            f"{who} GET {name}: {response.status_code}, wanted {expected}"
        )
        assert AuditEvent.objects.filter(child_id=personas.child.pk).count() > before, (
            f"{who} {name} not audited"
        )
        if not allowed:
            assert b"Robin" not in response.content and b"Fictional" not in response.content
            assert client.post(path, {"reason": "x"}).status_code == 404, f"{who} POST {name}"


@pytest.mark.django_db
def test_the_unrelated_user_changes_nothing(personas: Any) -> None:
    add_risk_records(child=personas.child, actor=personas.wendy)
    client = Client()
    client.force_login(personas.uma)
    before = AuditEvent.objects.exclude(action="refusal").count()
    for _, path in _routes(personas):
        client.post(
            path, {"reason": "x", "agreed_on": "1/11/2026", "review_on": "1/12/2026", "concerns": "x"}
        )
    assert personas.child.risk_screenings.count() == 1 and personas.child.risk_actions.count() == 1
    assert not personas.child.strategy_discussions.get().escalation_requested
    assert AuditEvent.objects.exclude(action="refusal").count() == before
    assert AuditEvent.objects.filter(actor=personas.uma, action="refusal").count() == len(_routes(personas))
