"""Pattern detection over children's missing episodes, explained in words (issue 6). Pure Python: plain dataclasses
and the standard library, no Django, no database, so that it is fast and tested directly.

`child_pattern(history, today)` looks at one child's episodes as they stood on `today`: only episodes that started
on or before `today` (local date) count, and an episode that ended after `today` counts as still open, so replaying
the past never sees the future. Each flag says in one sentence why it was raised, with the figures, and names the
episodes behind it; `ChildPattern.summary` joins the sentences into one. `networks_of_concern(mentions)` works
across children: the same person or place named in the records of several children (contextual safeguarding),
for the missing and exploitation coordinator. Sources: ../shared/reference/statutory-rules.md, section 2 (M1-M8).

The flags (`Flag.code`), in this order, with the default thresholds; windows are local dates ending today:
- frequent: 3 or more episodes in the last 30 days, or 5 or more in the last 90.
- rising: 2 or more episodes in the last 30 days, and at least twice the child's own average per 30 days over
  the 180 days before.
- rising_duration: the median length of the last 3 finished episodes (the newest begun in the last 90 days) is
  12 hours or more and twice the median of the earlier ones (3 or more).
- night, weekend: of 3 or more episodes in the last 90 days, half or more began from 22:00 to 06:00 or ran
  overnight (back on a later day, or still out); 60% or more began from Friday 18:00 to the end of Sunday.
- repeated_place, repeated_person: one flag for each place or person (matched with `normalise`; "unknown" and
  the like ignored) named in 2 or more different episodes of the last year: where found, who with, and what
  the child said in the return interview.
- no_interview: an episode of the last 90 days that ended more than 72 hours before today began, with no return
  interview done; the sentence says how many were not even offered in time.
- after_move, after_worker_change: an episode of the last 90 days began 0 to 14 days after a placement began or
  a new allocated social worker started.

The thresholds (`Thresholds`) and why their defaults were chosen (guidance fixes only the 72 hours, M5; the
rest are judgements, each configurable):
- timezone "Europe/London": night and weekend are the child's local clock, and British Summer Time moves it.
- recent_days 30, wider_days 90: the month and the quarter the issue asks for.
- frequent_in_30 3: M6 asks for a "review trigger for repeats" and leaves the number to the authority; three in a
  month is the smallest count that is a run rather than a pair.
- frequent_in_90 5: a steady rate (more than one every three weeks) that never reaches three in one month.
- baseline_days 180, rising_ratio 2.0, rising_min_recent 2: the child is compared with their own past, not with
  other children; six months smooths out one bad month, doubling is a change a worker would call a change, and a
  single episode is never "rising".
- duration_recent 3, duration_min_earlier 3, duration_ratio 2.0, duration_min_hours 12: medians of three or more
  episodes on each side resist one long absence; twelve hours is out overnight or through a school day, and
  smaller changes (one hour to two) are noise.
- night_start 22, night_end 6, night_share 0.5: night is when the significant CSE indicators of M8 (cars with
  unknown adults, hotels, taxis, takeaways) are likeliest; "mostly at night" is half or more.
- weekend_start_day 4 (Friday), weekend_start_hour 18, weekend_share 0.6: the weekend starts when the school and
  working week ends; it is about a third of the week (54 of 168 hours), so 60% is well above chance.
- cluster_min 3: two night-time episodes can be chance; a cluster needs at least three episodes to look at.
- repeat_min 2, repeat_days 365: the same address or associate twice is already a pattern (M6, M7 put associates
  and addresses on the Philomena profile); a year keeps flags current, older names stay in the network of concern.
- interview_hours 72, no_interview_min 1: M5, every return is owed an independent interview offered within 72
  hours, and each one missing leaves where and with whom the child was unknown (only 63% are done in time).
- after_change_days 14: moves and changes of worker unsettle children (Child R had 7 placements and 10 workers);
  the first fortnight is when a new carer or worker knows the child least.
- ignored_names: answers such as "unknown" or "n/a" are not names, and would otherwise repeat across children.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from missing.names import NOT_NAMES, normalise

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Episode:
    id: str
    started_at: datetime  # timezone-aware
    ended_at: datetime | None  # None while the child is still missing
    places: tuple[str, ...] = ()  # where found and places named in the return interview (free text)
    people: tuple[str, ...] = ()  # who with and people named in the return interview (free text)
    interview_done: bool = False  # a return interview was done for this episode
    interview_offered_at: datetime | None = None


@dataclass(frozen=True)
class ChildHistory:
    child_id: str
    episodes: tuple[Episode, ...]
    placement_starts: tuple[date, ...] = ()  # days a placement began (a move)
    worker_starts: tuple[date, ...] = ()  # days a new allocated social worker began


@dataclass(frozen=True)
class Thresholds:
    """Every default and its reason is in the module docstring."""

    timezone: str = "Europe/London"  # the child's local clock, BST included
    recent_days: int = 30  # the short rolling window
    wider_days: int = 90  # the long rolling window; also the window for clusters and gaps
    frequent_in_30: int = 3  # the usual local repeat-missing trigger (M6 "review trigger for repeats")
    frequent_in_90: int = 5  # more than one every three weeks, even if never three in one month
    baseline_days: int = 180  # the child's own past that the last 30 days are compared with
    rising_ratio: float = 2.0  # doubling against the child's own average
    rising_min_recent: int = 2  # one episode is never "rising"
    duration_recent: int = 3  # the last three finished episodes...
    duration_min_earlier: int = 3  # ...against at least three earlier ones (medians resist one outlier)
    duration_ratio: float = 2.0  # twice as long as before
    duration_min_hours: float = 12.0  # overnight or a school day; shorter changes are noise
    night_start: int = 22  # local hour night begins (M8: cars, hotels, taxis, takeaways)
    night_end: int = 6  # local hour night ends
    night_share: float = 0.5  # "mostly at night"
    weekend_start_day: int = 4  # Friday (Monday is 0): the week ends...
    weekend_start_hour: int = 18  # ...at six in the evening
    weekend_share: float = 0.6  # the weekend is about a third of the week, so 60% is well above chance
    cluster_min: int = 3  # fewer episodes cannot show a night or weekend cluster
    repeat_min: int = 2  # the same place or person in two episodes is a pattern (M6, M7)
    repeat_days: int = 365  # how far back repeated names are looked for
    interview_hours: int = 72  # M5: an independent return interview offered within 72 hours
    no_interview_min: int = 1  # M5: every return is owed one
    after_change_days: int = 14  # the first fortnight after a move or a new worker
    ignored_names: tuple[str, ...] = NOT_NAMES  # answers that are not names

    def __post_init__(self) -> None:
        if not 0 < self.recent_days <= self.wider_days or self.baseline_days <= 0 or self.repeat_days <= 0:
            raise ValueError("Windows must be positive and the recent window no longer than the wider one")
        if self.duration_recent < 1 or self.duration_min_earlier < 1 or self.cluster_min < 1:
            raise ValueError("Episode counts must be at least 1")
        hours = (self.night_start, self.night_end, self.weekend_start_hour)
        if not all(0 <= hour < 24 for hour in hours) or not 0 <= self.weekend_start_day <= 6:
            raise ValueError("Hours run from 0 to 23, and weekdays from 0 (Monday) to 6 (Sunday)")


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Flag:
    code: str  # frequent, rising, rising_duration, night, weekend, repeated_place, repeated_person, ...
    sentence: str  # one plain English sentence saying why, with the figures
    episode_ids: tuple[str, ...]  # the episodes behind it, oldest first


@dataclass(frozen=True)
class ChildPattern:
    child_id: str
    in_30_days: int
    in_90_days: int
    flags: tuple[Flag, ...]

    @property
    def summary(self) -> str:
        """One sentence joining the flags' reasons; "" when there is no flag. A rise in frequency follows the count
        it qualifies ("4 episodes in the last 30 days, up from ...")."""
        parts: list[str] = []
        for index, flag in enumerate(self.flags):
            part = _fragment(flag.sentence)
            if flag.code == "rising" and index and self.flags[index - 1].code == "frequent" and _UP in part:
                parts[-1] += _UP + part.split(_UP, 1)[1]
            else:
                parts.append(part)
        return _sentence("; ".join(parts)) if parts else ""


_UP = ", up from "


@dataclass(frozen=True, slots=True)
class _Seen:
    """An episode as it stood on the day asked about: local start and end, `end` None while still open."""

    episode: Episode
    start: datetime
    end: datetime | None
    age: int  # days from the local start date to today (0: started today)

    @property
    def hours(self) -> float:
        """How long a finished episode lasted (an open one has lasted no time yet, as far as the day knows)."""
        end = self.end if self.end is not None else self.start
        return (end.astimezone(UTC) - self.start.astimezone(UTC)).total_seconds() / 3600


def child_pattern(
    history: ChildHistory, today: date, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> ChildPattern:
    t = thresholds
    zone = ZoneInfo(t.timezone)
    seen = _as_of(history.episodes, today, zone)
    recent = [s for s in seen if s.age < t.recent_days]
    wider = [s for s in seen if s.age < t.wider_days]
    night = [s for s in wider if _is_night(s, today, t)]
    weekend = [s for s in wider if _is_weekend(s, t)]
    hours = f"{t.night_start:02d}:00 to {t.night_end:02d}:00"
    weekend_from = f"{_WEEKDAYS[t.weekend_start_day]} {t.weekend_start_hour:02d}:00"
    flags = [
        *_frequent(recent, wider, t),
        *_rising(seen, recent, t),
        *_rising_duration(seen, t),
        *_cluster("night", wider, night, t.night_share, f"began at night ({hours}) or ran overnight", t),
        *_cluster(
            "weekend", wider, weekend, t.weekend_share, f"began at the weekend ({weekend_from} to Sunday)", t
        ),
        *_repeated("place", seen, t),
        *_repeated("person", seen, t),
        *_no_interview(wider, today, zone, t),
        *_after_change("after_move", wider, history.placement_starts, "a placement move", today, t),
        *_after_change(
            "after_worker_change", wider, history.worker_starts, "a new social worker starting", today, t
        ),
    ]
    return ChildPattern(history.child_id, len(recent), len(wider), tuple(flags))


def patterns(
    histories: Iterable[ChildHistory], today: date, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> dict[str, ChildPattern]:
    """Every child's pattern, flagged or not (the caller filters), keyed by child id."""
    return {h.child_id: child_pattern(h, today, thresholds) for h in histories}


def _local(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"Episode times must be timezone-aware, not {moment.isoformat()}")
    return moment.astimezone(zone)


def _as_of(episodes: Iterable[Episode], today: date, zone: tzinfo) -> list[_Seen]:
    seen: list[_Seen] = []
    for episode in episodes:
        start = _local(episode.started_at, zone)
        age = (today - start.date()).days
        if age < 0:
            continue
        end = None if episode.ended_at is None else _local(episode.ended_at, zone)
        seen.append(_Seen(episode, start, end if end is not None and end.date() <= today else None, age))
    seen.sort(key=lambda s: (s.start.astimezone(UTC), s.episode.id))
    return seen


def _frequent(recent: list[_Seen], wider: list[_Seen], t: Thresholds) -> list[Flag]:
    n30, n90 = len(recent), len(wider)
    if n30 < t.frequent_in_30 and n90 < t.frequent_in_90:
        return []
    if n90 == n30:
        text = f"{_n(n30, 'episode')} in the last {t.recent_days} days"
    else:
        text = f"{_n(n90, 'episode')} in the last {t.wider_days} days"
        text += f", {n30} of them in the last {t.recent_days}" if n30 else ""
    return [_flag("frequent", text, wider)]


def _rising(seen: list[_Seen], recent: list[_Seen], t: Thresholds) -> list[Flag]:
    before = [s for s in seen if t.recent_days <= s.age < t.recent_days + t.baseline_days]
    rate = len(before) * t.recent_days / t.baseline_days
    if len(recent) < t.rising_min_recent or len(recent) < t.rising_ratio * rate or len(recent) <= rate:
        return []
    per = "a month" if t.recent_days == 30 else f"every {t.recent_days} days"
    past = f"an average of {_number(rate)} {per}" if before else "none"
    text = f"{_n(len(recent), 'episode')} in the last {t.recent_days} days{_UP}{past}"
    return [_flag("rising", f"{text} over the previous {_span(t.baseline_days)}", recent)]


def _rising_duration(seen: list[_Seen], t: Thresholds) -> list[Flag]:
    ended = [s for s in seen if s.end is not None]
    if len(ended) < t.duration_recent + t.duration_min_earlier:
        return []
    last, earlier = ended[-t.duration_recent :], ended[: -t.duration_recent]
    if last[-1].age >= t.wider_days:
        return []
    now, before = _median([s.hours for s in last]), _median([s.hours for s in earlier])
    if now < t.duration_min_hours or now < t.duration_ratio * before:
        return []
    text = f"the last {len(last)} episodes lasted a median of {_hours(now)}"
    return [_flag("rising_duration", f"{text}, against {_hours(before)} for the {len(earlier)} before", last)]


def _is_night(s: _Seen, today: date, t: Thresholds) -> bool:
    hour = s.start.hour
    if t.night_start > t.night_end:
        at_night = hour >= t.night_start or hour < t.night_end
    else:
        at_night = t.night_start <= hour < t.night_end
    back_on = s.end.date() if s.end is not None else today  # still open: missing at least until today
    return at_night or back_on > s.start.date()


def _is_weekend(s: _Seen, t: Thresholds) -> bool:
    day = s.start.weekday()
    return day > t.weekend_start_day or (day == t.weekend_start_day and s.start.hour >= t.weekend_start_hour)


def _cluster(
    code: str, wider: list[_Seen], hits: list[_Seen], share: float, what: str, t: Thresholds
) -> list[Flag]:
    if len(wider) < t.cluster_min or not hits or len(hits) < share * len(wider):
        return []
    count = f"all {len(wider)}" if len(hits) == len(wider) else f"{len(hits)} of the {len(wider)}"
    return [_flag(code, f"{count} episodes in the last {t.wider_days} days {what}", hits)]


def _repeated(kind: str, seen: list[_Seen], t: Thresholds) -> list[Flag]:
    ignored = {normalise(name) for name in t.ignored_names}
    named_in: dict[str, list[_Seen]] = defaultdict(list)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for s in seen:
        if s.age >= t.repeat_days:
            continue
        for text in s.episode.places if kind == "place" else s.episode.people:
            key = normalise(text)
            if not key or key in ignored:
                continue
            forms[key][" ".join(text.split())] += 1
            if not named_in[key] or named_in[key][-1] is not s:
                named_in[key].append(s)
    flags: list[Flag] = []
    for key, episodes in sorted(named_in.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(episodes) < t.repeat_min:
            break
        name = forms[key].most_common(1)[0][0]
        text = f'the same {kind}, "{name}", named in {len(episodes)} episodes'
        text += f" in the last {_span(t.repeat_days)}"
        flags.append(_flag(f"repeated_{kind}", text, episodes))
    return flags


def _no_interview(wider: list[_Seen], today: date, zone: tzinfo, t: Thresholds) -> list[Flag]:
    window = timedelta(hours=t.interview_hours)
    deadline_before = datetime.combine(today, time(), tzinfo=zone).astimezone(UTC) - window
    due = [s for s in wider if s.end is not None and s.end.astimezone(UTC) < deadline_before]
    gaps = [s for s in due if not s.episode.interview_done]
    if len(gaps) < max(t.no_interview_min, 1):
        return []
    late = [s for s in gaps if not _offered_in_time(s, window)]
    count = _n(len(gaps), "episode") if len(gaps) == len(due) else f"{len(gaps)} of the {len(due)} episodes"
    text = f"no return interview for {count} in the last {t.wider_days} days"
    text += f" that ended over {t.interview_hours} hours ago"
    text += f" ({len(late)} not offered within {t.interview_hours} hours)" if late else ""
    return [_flag("no_interview", text, gaps)]


def _offered_in_time(s: _Seen, window: timedelta) -> bool:
    offered = s.episode.interview_offered_at
    if offered is None or s.end is None:
        return False
    return _local(offered, UTC) <= s.end.astimezone(UTC) + window


def _after_change(
    code: str, wider: list[_Seen], changes: Sequence[date], what: str, today: date, t: Thresholds
) -> list[Flag]:
    days = sorted({day for day in changes if day <= today})
    hits: list[_Seen] = []
    used: set[date] = set()
    for s in wider:
        near = [day for day in days if 0 <= (s.start.date() - day).days <= t.after_change_days]
        if near:
            hits.append(s)
            used.add(near[-1])
    if not hits:
        return []
    on = " and ".join(f"{day.day} {day:%b %Y}" for day in sorted(used))
    text = f"{_n(len(hits), 'episode')} began within {t.after_change_days} days of {what} ({on})"
    return [_flag(code, text, hits)]


def _flag(code: str, fragment: str, episodes: Iterable[_Seen]) -> Flag:
    return Flag(code, _sentence(fragment), tuple(s.episode.id for s in episodes))


def _sentence(fragment: str) -> str:
    return fragment[:1].upper() + fragment[1:] + "."


def _fragment(sentence: str) -> str:
    text = sentence[:-1] if sentence.endswith(".") else sentence
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _number(value: float) -> str:
    shown = f"{value:.1f}".removesuffix(".0")
    return "less than 0.1" if shown == "0" else shown


def _span(days: int) -> str:
    if days % 365 == 0:
        return "year" if days == 365 else f"{days // 365} years"
    if days % 30 == 0:
        return "month" if days == 30 else f"{days // 30} months"
    return _n(days, "day")


def _hours(hours: float) -> str:
    if hours < 1:
        return "under an hour"
    if hours < 48:
        return _n(round(hours), "hour")
    return f"{_number(hours / 24)} days"


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
