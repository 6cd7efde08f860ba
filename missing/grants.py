"""Who comes to see a child when the child goes missing.

The missing and exploitation coordinator follows up every child who goes missing, and the commissioned return
interview service must offer each returning child an independent interview within 72 hours (statutory guidance on
children who run away or go missing, DfE 2014: M5). Neither is allocated to the child, so recording an episode gives
them a time-limited grant, audited like any other, that ends on its own: the coordinator for a year after the
episode began, the return interview service for four weeks after the child came back. On an instance shared by
several authorities, LANTERN_MISSING_GRANT_AGENCIES names the agency of each (missing/config.py); else every active
user of the role is granted."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from access.models import AccessGrant
from access.services import grant_create
from accounts.models import User
from accounts.roles import Role
from missing.config import grant_agency
from missing.models import MissingEpisode

COORDINATOR_DAYS = 365
RETURN_INTERVIEW_DAYS = 28


def _holds_until(user: User, child_id: Any, until: datetime) -> bool:
    return AccessGrant.objects.filter(
        user=user, child_id=child_id, revoked_at__isnull=True, expires_at__gte=until
    ).exists()


def _grant_each(actor: Any, episode: MissingEpisode, role: str, until: datetime, reason: str) -> None:
    if until <= timezone.now():
        return
    users = User.objects.filter(role=role, is_active=True)
    agency = grant_agency(role)
    if agency is not None:
        users = users.filter(agency=agency)
    for user in users:
        if user.pk == actor.pk or _holds_until(user, episode.child_id, until):
            continue
        grant_create(actor=actor, child=episode.child, user=user, reason=reason, expires_at=until)


def grants_for_episode(*, actor: Any, episode: MissingEpisode) -> None:
    started = f"{timezone.localtime(episode.started_at):%d %b %Y}"
    _grant_each(
        actor,
        episode,
        Role.MISSING_COORDINATOR,
        episode.started_at + timedelta(days=COORDINATOR_DAYS),
        f"Missing episode from {started}: the coordinator follows up every child who goes missing",
    )
    if episode.ended_at is not None:
        _grant_each(
            actor,
            episode,
            Role.RETURN_INTERVIEWER,
            episode.ended_at + timedelta(days=RETURN_INTERVIEW_DAYS),
            f"Missing episode from {started}: an independent return interview is offered within 72 hours",
        )
