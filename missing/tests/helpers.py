"""What the missing tests share: a signed-in client, and episodes written through the service as a carer would."""

from __future__ import annotations

import datetime
from typing import Any

from django.test import Client
from django.utils import timezone

from missing.models import EpisodeKind, MissingEpisode, ReturnInterview
from missing.services import episode_save, return_interview_save


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def hours_ago(hours: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(hours=hours)


def episode(
    personas: Any,
    *,
    started: datetime.datetime,
    hours: float | None = 6,
    where: str = "",
    with_: str = "",
    by: Any = None,
    reported_at: datetime.datetime | None = None,
) -> MissingEpisode:
    record = MissingEpisode(
        child=personas.child,
        kind=EpisodeKind.MISSING,
        started_at=started,
        ended_at=None if hours is None else started + datetime.timedelta(hours=hours),
        reported_by="Sam Carer, foster carer",
        found_where=where,
        found_with=with_,
        recorded_by=by or personas.carl,
    )
    if reported_at is not None:
        record.reported_at = reported_at
    return episode_save(actor=by or personas.carl, episode=record)


def interview(
    personas: Any, of: MissingEpisode, *, offered: datetime.datetime, done: bool = True
) -> ReturnInterview:
    return return_interview_save(
        actor=personas.rita,
        interview=ReturnInterview(
            child=personas.child,
            episode=of,
            offered_at=offered,
            response="accepted" if done else "",
            done_on=timezone.localdate(offered) if done else None,
            done_by="Rita Return" if done else "",
            recorded_by=personas.rita,
        ),
    )
