"""How missing episodes and return interviews appear in the child's chronology."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from missing.models import EpisodeKind, MissingEpisode, PoliceRisk, ReturnInterview


def _hours(hours: float) -> str:
    if hours < 48:
        return f"{round(hours)} hours"
    return f"{round(hours / 24)} days"


def episode_facts(episode: MissingEpisode) -> Facts:
    start = timezone.localtime(episode.started_at)
    word = "Missing" if episode.kind == EpisodeKind.MISSING else "Away without authorisation"
    text = f"{word} from {start:%H:%M}"
    if episode.ended_at is not None and episode.hours is not None:
        text += f", back after {_hours(episode.hours)}"
        if episode.found_where:
            text += f"; found at {episode.found_where}"
        if episode.found_with:
            text += f" with {episode.found_with}"
    else:
        text += ", not yet back"
    if episode.police_risk:
        text += f". Police risk grading {episode.get_police_risk_display().lower()}"
    if episode.harm_disclosed:
        text += ". Harm disclosed"
    critical = episode.police_risk == PoliceRisk.HIGH or bool(episode.harm_disclosed)
    return Facts(
        child_id=episode.child_id,
        occurred_on=timezone.localdate(episode.started_at),
        occurred_until=timezone.localdate(episode.ended_at) if episode.ended_at else None,
        category=Category.MISSING,
        what_happened=text,
        agency="Police" if episode.police_reference else "Children's social care",
        significance=Significance.CRITICAL if critical else Significance.SIGNIFICANT,
    )


def interview_facts(interview: ReturnInterview) -> Facts | None:
    if interview.done_on is not None:
        text = "Return interview done"
        if interview.done_by:
            text += f" by {interview.done_by}"
        day = interview.done_on
    elif interview.response == "declined" and interview.offered_at is not None:
        text, day = "Return interview offered and declined", timezone.localdate(interview.offered_at)
    elif interview.offered_at is not None:
        text, day = "Return interview offered", timezone.localdate(interview.offered_at)
    else:
        return None
    return Facts(
        child_id=interview.child_id,
        occurred_on=day,
        category=Category.MISSING,
        what_happened=text,
        agency="Return interview service",
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("missing:episodes", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(
        MissingEpisode,
        source_type="missingepisode",
        describe=episode_facts,
        link=_link,
        label="Missing episode",
    )
    register(
        ReturnInterview,
        source_type="returninterview",
        describe=interview_facts,
        link=lambda e: reverse("missing:episodes", args=[e.child_id]),
        label="Return interview",
    )
