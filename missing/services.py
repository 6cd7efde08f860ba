"""Writing missing episodes and return interviews: checked, audited, and followed by the grants the coordinator and
the return interview service need (missing/grants.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit.recording import delete_audited, save_audited
from care.models import PeriodOfCare
from lantern.child_records import check_dated
from missing.grants import grants_for_episode
from missing.models import MissingEpisode, ReturnInterview


def check_years(instance: Any, *names: str) -> None:
    """A time no child's record holds (before 1900 or after 2100) is refused before anything works with it: at the
    ends of the calendar, moving it to UK time would fall off the calendar."""
    for name in names:
        value = getattr(instance, name)
        if value is not None and not 1900 <= value.year <= 2100:
            raise ValidationError({name: "Enter a date and time between the years 1900 and 2100"})


def check_episode_in_care(episode: MissingEpisode) -> None:
    """An episode of going missing from care starts while the child is looked after (SSDA903 Missing table)."""
    day = timezone.localdate(episode.started_at)
    in_care = PeriodOfCare.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day), child_id=episode.child_id, start_date__lte=day
    ).exists()
    if not in_care:
        raise ValidationError(
            {"started_at": "The child was not looked after then: record the period of care first"}
        )


def check_episode_no_overlap(episode: MissingEpisode) -> None:
    others = MissingEpisode.objects.filter(child_id=episode.child_id).exclude(pk=episode.pk)
    end: datetime | None = episode.ended_at
    overlapping = others.filter(Q(ended_at__isnull=True) | Q(ended_at__gt=episode.started_at))
    if end is not None:
        overlapping = overlapping.filter(started_at__lt=end)
    clash = overlapping.order_by("started_at").first()
    if clash is not None:
        when = f"{timezone.localtime(clash.started_at):%d/%m/%Y %H:%M}"
        if clash.ended_at is None:
            message = f"The episode from {when} is still open: record when the child came back from it first"
        else:
            message = f"This overlaps the episode from {when}"
        raise ValidationError({"started_at": message})


@transaction.atomic
def episode_save(
    *, actor: Any, episode: MissingEpisode, expected_version: int | None = None
) -> MissingEpisode:
    child = episode.child
    check_years(episode, "started_at", "ended_at", "reported_at", "safe_and_well_on")
    check_dated(child=child, field="started_at", day=timezone.localdate(episode.started_at))
    episode.full_clean(exclude=["child", "recorded_by"])
    check_episode_in_care(episode)
    check_episode_no_overlap(episode)
    saved = save_audited(actor=actor, instance=episode, child_id=child.pk, expected_version=expected_version)
    grants_for_episode(actor=actor, episode=saved)
    return saved


@transaction.atomic
def episode_delete(*, actor: Any, episode: MissingEpisode, reason: str) -> None:
    delete_audited(actor=actor, instance=episode, child_id=episode.child_id, reason=reason)


@transaction.atomic
def return_interview_save(
    *, actor: Any, interview: ReturnInterview, expected_version: int | None = None
) -> ReturnInterview:
    episode = interview.episode
    check_years(interview, "offered_at", "done_on")
    if episode.ended_at is None:
        raise ValidationError({"offered_at": "Record when the child came back before the return interview"})
    if interview.offered_at is not None and interview.offered_at < episode.ended_at:
        raise ValidationError({"offered_at": "The interview is offered after the child came back"})
    interview.child_id = episode.child_id
    return save_audited(
        actor=actor, instance=interview, child_id=episode.child_id, expected_version=expected_version
    )
