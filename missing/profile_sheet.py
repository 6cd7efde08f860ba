"""The missing person profile as the page and the PDF show it: the child, the placement and worker now, the
profile's Part 1, and the missing history drawn from the episodes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

from care.models import Placement
from care.selectors import placement_on
from casework.models import Allocation
from casework.selectors import current_allocations
from missing.models import EpisodeKind, MissingEpisode, MissingProfile, ProfileSent
from people.models import Child, PersonName

PHOTO_OLD_AFTER = timedelta(days=365)
RECENT_EPISODES = 5


def lines_of(text: str) -> list[str]:
    """A "one per line" field as its lines, blank ones left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def duration_text(hours: float | None) -> str:
    if hours is None:
        return "Not back yet"
    if hours < 1:
        return "Under an hour"
    if hours < 48:
        whole = round(hours)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    return f"{round(hours / 24)} days"


def age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _tally(values: list[str]) -> list[tuple[str, int]]:
    """Each distinct value (the same words in any case are one) with how often it occurs, the most often first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for value in values:
        text = " ".join(value.split())
        if not text:
            continue
        key = text.casefold()
        shown.setdefault(key, text)
        counts[key] += 1
    return [(shown[key], n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], shown[kv[0]]))]


@dataclass(frozen=True)
class EpisodeLine:
    """An episode as the profile shows it: the template reads its times and places from `episode`."""

    episode: MissingEpisode
    kind: str
    duration: str
    police_risk: str


def _line(episode: MissingEpisode) -> EpisodeLine:
    kind = "Missing" if episode.kind == EpisodeKind.MISSING else "Away without authorisation"
    risk = episode.get_police_risk_display() if episode.police_risk else ""
    return EpisodeLine(episode, kind, duration_text(episode.hours), risk)


@dataclass(frozen=True)
class MissingHistory:
    count: int
    missing_count: int
    away_count: int
    last_12_months: int
    last: EpisodeLine | None
    open: list[EpisodeLine]
    places_found: list[tuple[str, int]]
    found_with: list[tuple[str, int]]
    recent: list[EpisodeLine]


def missing_history(*, child: Child, now: datetime) -> MissingHistory:
    episodes = list(child.missing_episodes.order_by("-started_at"))
    year_ago = now - timedelta(days=365)
    lines = [_line(e) for e in episodes]
    return MissingHistory(
        count=len(episodes),
        missing_count=sum(1 for e in episodes if e.kind == EpisodeKind.MISSING),
        away_count=sum(1 for e in episodes if e.kind == EpisodeKind.AWAY),
        last_12_months=sum(1 for e in episodes if e.started_at >= year_ago),
        last=lines[0] if lines else None,
        open=[line for line in lines if line.episode.ended_at is None],
        places_found=_tally([e.found_where for e in episodes]),
        found_with=_tally([e.found_with for e in episodes]),
        recent=lines[:RECENT_EPISODES],
    )


@dataclass(frozen=True)
class ProfileSheet:
    """Everything the profile page and the PDF show about one child."""

    child: Child
    profile: MissingProfile | None
    other_names: list[PersonName]
    age: int | None
    placement: Placement | None
    allocations: list[Allocation]
    history: MissingHistory
    associates: list[str]
    places: list[str]
    phones: list[str]
    photo_is_old: bool
    sent: list[ProfileSent]


def profile_sheet(*, child: Child, now: datetime | None = None) -> ProfileSheet:
    """The child's profile as it stands, for a child the access rule has already cleared (access.guards)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    profile = MissingProfile.objects.filter(child=child).select_related("updated_by").first()
    allocations = list(
        current_allocations(today)
        .filter(child=child)
        .select_related("worker", "worker__team")
        .order_by("role", "start_date")
    )
    taken = profile.photo_taken_on if profile is not None else None
    return ProfileSheet(
        child=child,
        profile=profile,
        other_names=list(child.person.other_names.all()),
        age=age_on(child.person.date_of_birth, today),
        placement=placement_on(child=child, day=today),
        allocations=allocations,
        history=missing_history(child=child, now=now),
        associates=lines_of(profile.associates) if profile else [],
        places=lines_of(profile.places) if profile else [],
        phones=lines_of(profile.phones_and_social_media) if profile else [],
        photo_is_old=bool(profile and profile.photo and taken and today - taken > PHOTO_OLD_AFTER),
        sent=list(child.profiles_sent.select_related("sent_by", "episode").order_by("-sent_at")[:10]),
    )
