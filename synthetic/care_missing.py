"""Going missing from care: episodes, return interviews and Philomena profiles, built after the care history (the
periods of care and placements), pure and deterministic from the build's Mint. Names, places and handles are
invented; the one kind of phone number used is Ofcom's drama range (places.phone).

- A heavy tail: about four children in five never go missing. Those who do are mostly 12 or over; most go once to
  three times, some four to nine times within a spell of months, and about 2% of all children ten to forty times,
  some of those escalating: more often, for longer and mostly at night in the last 90 days.
- An episode starts within a period of care, after the child's eleventh to thirteenth birthday (younger children
  rarely), and ends before as_of, except that one or two children are still missing (gone in the last two days);
  one child's episodes never overlap. About one in five is in the fortnight after a placement move.
- Return interviews: offered within 72 hours of the return for about 63% (Missing People's 2023-24 figure), later
  for about 27% and never for about 10% (a reason recorded for half of those); about a fifth of offers are
  declined. A done interview has push and pull factors and the places and people the child named.
- Networks: a few invented circles (a nickname, a man known by one name, a flat above a takeaway, a car park), each
  named in the episodes, return interviews and profiles of three to eight children who go missing repeatedly: the
  networks of concern that missing/patterns.py finds across children.
- A Philomena profile (MissingProfile) for each child with two or more episodes.
- The demo social worker's caseload: one child escalating now, in a network, and another back four days before
  as_of with no return interview offered yet.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from accounts.roles import Role
from care.codes import CONNECTED_PLACEMENTS, FOSTER_PLACEMENTS
from care.codes import PlacementType as PT
from casework.models import AllocationRole
from duties.rules.calendar import birthday
from missing.models import EpisodeKind, InterviewResponse, PoliceRisk
from people.models import RelationshipType as Rel
from synthetic import places
from synthetic.care_context import Rota
from synthetic.mint import LONDON, Mint, years_before
from synthetic.names import given_name, pool_for, surname
from synthetic.spec import (
    Authority,
    ChildSpec,
    MissingEpisodeSpec,
    MissingProfileSpec,
    PersonSpec,
    PlacementSpec,
    ReturnInterviewSpec,
    UserSpec,
)
from synthetic.workforce import AGENCIES, COMMISSIONED, Staff

ONE_DAY = timedelta(days=1)
GAP = timedelta(hours=4)  # at least this long between one return and the next episode
LAST_90 = 90
OCCASIONAL, REPEAT, FREQUENT = "occasional", "repeat", "frequent"

# The chance that a child of this age (on the last day) has gone missing in the seeded years.
ANY_BY_AGE = ((16, 0.45), (14, 0.48), (12, 0.34), (10, 0.08), (8, 0.02))
# From which birthday episodes begin, for a child of 12 or more.
FROM_AGE: tuple[tuple[int, float], ...] = ((11, 20), (12, 40), (13, 40))
TIERS: dict[int, tuple[tuple[str, float], ...]] = {
    13: ((OCCASIONAL, 60), (REPEAT, 27), (FREQUENT, 13)),
    12: ((OCCASIONAL, 70), (REPEAT, 24), (FREQUENT, 6)),
    0: ((OCCASIONAL, 90), (REPEAT, 10)),
}
OCCASIONAL_COUNT: tuple[tuple[int, float], ...] = ((1, 60), (2, 25), (3, 15))
ESCALATING = 0.45  # of the frequent children whose current period has run long enough
AFTER_MOVE = 0.2  # an episode anchored in the fortnight after a placement move
MOVE_DAYS = 13
IN_TIME, LATE = 0.63, 0.27  # return interviews offered within 72 hours, later; the rest never
DECLINED = 0.2
HOURS = (2, 1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 2, 2, 2, 3, 3, 4, 8, 9, 9, 9, 9, 9, 8, 6, 4)  # start, by hour
NIGHT_HOURS: tuple[tuple[int, float], ...] = (
    (22, 6), (23, 6), (0, 5), (1, 4), (2, 3), (3, 2), (4, 1), (5, 1),
)  # fmt: skip


@dataclass(frozen=True)
class Circle:
    """People and places around an exploitation network, named by several children (all invented)."""

    people: tuple[str, ...]
    places: tuple[str, ...]


CIRCLES = (
    Circle(("Big J", "a man called Dee"), ("the flat above the takeaway on Mill Lane",)),
    Circle(("Tash", "Kenzo"), ("Northgate retail park car park",)),
    Circle(("Uncle K",), ("the budget hotel off the ring road", "Lanternmouth bus station")),
    Circle(("a man called Smokey", "Lil T"), ("the garages behind Wick Street",)),
    Circle(("Mo from the phone shop",), ("the chicken shop on Station Parade",)),
    Circle(("Jordy", "a woman called Sam"), ("the house with the blue door on Candle Court",)),
    Circle(("Ace", "Dreads"), ("the skate park in Lantern Heath",)),
    Circle(("Kez", "Big Man T"), ("the car wash on Lamplight Drive",)),
    Circle(("Zee", "a man with a white car"), ("the underpass by Lanternbury station",)),
    Circle(("Shorty", "Bliss"), ("the old tyre yard on Tallow Lane",)),
    Circle(("a lad called Rocco",), ("Flat 12, Kiln House",)),
    Circle(("P-Money", "Nia"), ("the all-night garage on Beacon Road",)),
)
PUSH = (
    "Arguments with the carer about coming in on time",
    "Unhappy about the recent move of placement",
    "Family time with mum was cancelled that week",
    "Being picked on at school",
    "Feels nobody at the placement listens",
    "Rows with another young person where they live",
    "Upset after the review meeting",
    "Does not like the new school",
)
PULL = (
    "Wanted to see friends from the old area",
    "Wanted to see mum",
    "Wanted to be back where they grew up",
    "Went to a party",
    "Wanted to spend time with a boyfriend or girlfriend",
    "Older friends have cigarettes and cannabis",
)
PULL_CIRCLE = (
    "Was given money and food by older people",
    "Was asked to hold a bag for someone",
    "Was promised a new phone",
    "Gets lifts in cars from older people",
)
NO_INTERVIEW = (
    "Went missing again before the interview could be offered.",
    "Moved to a placement out of the area the next day; the host authority was asked to offer one.",
    "In hospital after the return; the ward was told and the offer will follow discharge.",
    "The service had nobody free that week; the social worker talked with the child instead.",
)
HARMS = (
    "Said an older male gave them cannabis and alcohol.",
    "Said they were asked to carry a package to another town.",
    "A cut to the hand; said it happened in a fight.",
    "Had a new phone and would not say who gave it to them.",
    "Said they were touched by an adult at a party; police informed.",
)
NOTES_MISSING = (
    "Not back by the agreed time; calls to the child's phone went unanswered.",
    "Left after an argument at the placement; police informed.",
    "Did not come home from school.",
    "Left through a window during the night.",
    "Went out to the shop and did not come back.",
)
NOTES_AWAY = (
    "Stayed at a friend's without permission; the carer knew where.",
    "Late back; the carer spoke with the friend's parent.",
    "Went to see family without permission; the carer knew where.",
)
CAME_BACK = "Came back on their own."
INTERVIEW_NOTES = (
    "Talked in the car on the way to school.",
    "Seen at the placement, carer not present.",
    "Seen at the office; the child chose where.",
    "Talked over hot chocolate at a cafe in town.",
)
DECLINED_NOTES = (
    "Said they were fine and did not want to talk.",
    "Did not want to talk to someone new.",
    "Said they had already told their social worker.",
)
BUILD = ("slim", "medium", "stocky", "tall and thin")
HAIR = ("dark brown", "black", "light brown", "blonde", "red", "dyed pink")
EYES = ("brown", "blue", "green", "hazel")
MARKS = (
    "No marks.",
    "Small scar above the left eyebrow.",
    "Pierced ears.",
    "Freckles across the nose.",
    "A small tattoo of a star on the right wrist.",
)
CLOTHES = (
    "a black puffer jacket and grey joggers",
    "a hoodie with the hood up and black trainers",
    "a school blazer, often with the tie off",
    "a tracksuit and a small cross-body bag",
)
MEDICAL = (
    ("None known.", 70),
    ("Asthma: carries a blue reliever inhaler.", 12),
    ("ADHD: takes medication each morning; restless and impulsive without it.", 10),
    ("Type 1 diabetes: needs insulin several times a day; seriously unwell within a day without it.", 3),
    ("Epilepsy: takes medication twice a day; seizures are more likely if doses are missed.", 5),
)
VULNERABLE = (
    "Trusts older people quickly and wants to be liked.",
    "Self-harms when distressed.",
    "Uses cannabis; has been drunk when found.",
    "Goes back to the area they grew up in.",
)
VULNERABLE_CIRCLE = (
    "Thought to be at risk of criminal exploitation: seen with older males and has unexplained money.",
    "Thought to be at risk of sexual exploitation: picked up in cars by adults not known to the carer.",
)
APPS = ("Snapchat", "Instagram", "TikTok")
HANDLE_ENDS = ("_x", "x", "123", "_07", "_2k", "__")


@dataclass
class _Plan:
    """One child who goes missing: when they could (in care and old enough), how often and how."""

    child: ChildSpec
    person: PersonSpec
    windows: list[tuple[date, date]]
    tier: str
    count: int
    escalating: bool = False
    night: float = 0.15  # chance an episode starts at night
    weekend: float = 0.1  # chance an episode is moved to the weekend
    overdue: bool = False  # demo: the last episode ended four days ago, no interview offered yet
    times: list[tuple[datetime, datetime | None, str]] = field(default_factory=list)
    circle: Circle | None = None


class MissingBuilder:
    def __init__(self, mint: Mint, out: Authority, staff: Staff) -> None:
        self.mint = mint
        self.out = out
        self.as_of = out.as_of
        self.last_day = out.as_of - ONE_DAY
        self.cutoff = _at(out.as_of, 0, 0)  # everything happens before as_of
        self.window_start = years_before(out.as_of, out.years)
        self.people = {p.id: p for p in out.people}
        self.periods: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
        for period in out.periods_of_care:
            self.periods[period.child].append((period.start_date, period.end_date))
        self.placements: dict[uuid.UUID, list[PlacementSpec]] = defaultdict(list)
        for placement in out.placements:
            self.placements[placement.child].append(placement)
        self.parents: dict[uuid.UUID, PersonSpec] = {}
        for r in out.relationships:
            parent = self.people[r.person_a]
            if r.kind == Rel.PARENT and parent.address and not parent.date_of_death:
                self.parents.setdefault(r.person_b, parent)
        self.rota = Rota(mint, out, iros=staff.iros, everyone=staff.all_social_workers())
        self.coordinators = [u for u in staff.partners[Role.MISSING_COORDINATOR] if u.left is None]
        self.interviewers = [u for u in staff.partners[Role.RETURN_INTERVIEWER] if u.left is None]
        self.demo_interviewer = staff.demo[Role.RETURN_INTERVIEWER]
        self.service = next(a.name for a in AGENCIES if a.key == COMMISSIONED)
        self.taken: set[str] = set()  # friends' names and addresses: each belongs to one child
        self.serial = mint.rng.randrange(10_000, 90_000)

    # -- who goes missing, and when -------------------------------------------------------------------------
    def build(self, demo_children: list[ChildSpec]) -> ChildSpec | None:
        """Returns the demo social worker's child who is escalating now (None when the caseload has no child)."""
        escalating, overdue = self._demo_pair(demo_children)
        plans: list[_Plan] = []
        for child in self.out.children:
            force = FREQUENT if child is escalating else REPEAT if child is overdue else ""
            plan = self._plan(child, force)
            if plan is None:
                continue
            plan.overdue = child is overdue
            self._times(plan)
            if plan.times:
                plans.append(plan)
        others = [p for p in plans if p.tier == FREQUENT and p.child not in (escalating, overdue)]
        self._still_missing(sorted(others, key=lambda p: not p.escalating))  # escalating first
        self._circles(plans, escalating)
        for plan in plans:
            self._records(plan)
        return escalating

    def _age(self, person: PersonSpec) -> int:
        dob = person.date_of_birth
        if dob is None:
            raise ValueError(f"person {person.id} has no date of birth: every seeded child in care has one")
        years = self.last_day.year - dob.year
        return years if birthday(dob, years) <= self.last_day else years - 1

    def _demo_pair(self, children: list[ChildSpec]) -> tuple[ChildSpec | None, ChildSpec | None]:
        """Two of the demo social worker's children, the oldest first (8 or over): one escalating now, in care
        long enough for it to show, and one whose last return has had no interview offered."""
        aged = [(self._age(self.people[c.person]), c) for c in children]
        aged = [(age, c) for age, c in aged if age >= 8]
        aged.sort(key=lambda pair: (-pair[0], pair[1].local_id))
        settled = [c for age, c in aged if (self.last_day - c.looked_after_since).days >= 200 and age >= 11]
        escalating = settled[0] if settled else aged[0][1] if aged else None
        overdue = next((c for _, c in aged if c is not escalating), None)
        return escalating, overdue

    def _plan(self, child: ChildSpec, force: str) -> _Plan | None:
        mint = self.mint
        person = self.people[child.person]
        age = self._age(person)
        chance = next((p for low, p in ANY_BY_AGE if age >= low), 0.0)
        if not force and not mint.chance(chance):
            return None
        from_age = min(age, mint.weighted(FROM_AGE)) if age >= 12 else age
        if force:
            from_age = min(from_age, max(7, age - 2))
        windows = self._windows(child, person, from_age)
        total = sum((hi - lo).days + 1 for lo, hi in windows)
        if total < 1:
            return None
        tier = force or mint.weighted(TIERS[13 if age >= 13 else 12 if age >= 12 else 0])
        if tier == OCCASIONAL:
            count = mint.weighted(OCCASIONAL_COUNT)
        elif tier == REPEAT:
            count = mint.rng.randint(3, 5) if force else mint.rng.randint(4, 9)
        else:
            count = min(40, 10 + int(mint.rng.expovariate(1 / 9)))
        count = min(count, max(1, total // 7))
        plan = _Plan(child, person, windows, tier, count)
        current = windows[-1]
        long_enough = current[1] == self.last_day and (current[1] - current[0]).days >= 150
        if tier == FREQUENT:
            plan.escalating = long_enough and (force == FREQUENT or mint.chance(ESCALATING))
            plan.night = mint.rng.uniform(0.7, 0.9) if force else mint.rng.uniform(0.3, 0.8)
            plan.weekend = mint.rng.uniform(0.2, 0.6)
        elif tier == REPEAT:
            plan.night = mint.rng.uniform(0.15, 0.4)
        return plan

    def _windows(self, child: ChildSpec, person: PersonSpec, from_age: int) -> list[tuple[date, date]]:
        """The days the child was in care and old enough, within the seeded years, up to the day before as_of."""
        old_enough = birthday(person.date_of_birth, from_age) if person.date_of_birth else self.last_day
        found = []
        for start, end in sorted(self.periods[child.person]):
            lo = max(start, self.window_start, old_enough)
            hi = min(end or self.last_day, self.last_day)
            if lo <= hi:
                found.append((lo, hi))
        return found

    def _day(self, windows: list[tuple[date, date]], index: int) -> date:
        """The index-th eligible day, counting across the windows."""
        for lo, hi in windows:
            span = (hi - lo).days + 1
            if index < span:
                return lo + timedelta(days=index)
            index -= span
        return windows[-1][1]

    def _times(self, plan: _Plan) -> None:
        mint = self.mint
        total = sum((hi - lo).days + 1 for lo, hi in plan.windows)
        days: list[tuple[date, bool]] = []  # (day, in the escalation of the last 90 days)
        if plan.escalating:
            recent90 = max(4, round(plan.count * mint.rng.uniform(0.35, 0.5)))
            recent30 = max(4, round(recent90 * mint.rng.uniform(0.5, 0.6)))
            recent90 = max(recent90, recent30 + 1)
            before = total - LAST_90
            span = min(before, mint.rng.randint(365, 900))
            earlier = min(max(0, plan.count - recent90), span // 30)  # about one a month at most, before
            days += [(self.last_day - timedelta(days=back), True) for back in self._spread(recent30, 0, 28)]
            days += [
                (self.last_day - timedelta(days=back), True)
                for back in self._spread(recent90 - recent30, 29, 88)
            ]
            days += [
                (self._day(plan.windows, before - 1 - mint.rng.randrange(span)), False)
                for _ in range(earlier)
            ]
        else:
            span = total
            if plan.tier == REPEAT:
                span = min(total, mint.rng.randint(90, 540))
            elif plan.tier == FREQUENT:
                span = min(total, mint.rng.randint(180, 1000))
            first = mint.rng.randint(0, total - span)
            if plan.overdue:  # demo: the spell ends a week before as_of, then one more episode
                first = max(0, total - span - 7)
            spell = (self._day(plan.windows, first), self._day(plan.windows, first + span - 1))
            moves = [
                p.start_date
                for p in self.placements[plan.child.person]
                if spell[0] <= p.start_date <= spell[1]
            ]
            for _ in range(plan.count):
                day = self._day(plan.windows, first + mint.rng.randrange(span))
                if moves and mint.chance(AFTER_MOVE):
                    moved = mint.pick(moves) + timedelta(days=mint.rng.randint(0, MOVE_DAYS))
                    day = moved if self._window_of(plan, moved) is not None else day
                days.append((day, False))
        candidates = sorted(self._start(plan, day, recent) for day, recent in days)
        plan.times = self._lay_out(plan, candidates)
        if plan.overdue:
            self._overdue_last(plan)

    def _spread(self, count: int, low: int, high: int) -> list[int]:
        """count numbers from low to high, one in each of count equal slots (so that they seldom collide)."""
        width = (high - low + 1) / max(count, 1)
        return [low + int(n * width) + self.mint.rng.randrange(max(1, int(width))) for n in range(count)]

    def _start(self, plan: _Plan, day: date, recent: bool) -> tuple[datetime, float, str, bool]:
        """A start on this day (moved to the weekend for some), how many hours it lasts, and the kind."""
        mint = self.mint
        if mint.chance(plan.weekend) and day.weekday() < 4:
            weekend = day + timedelta(days=(mint.pick((4, 5, 5, 6)) - day.weekday()) % 7)
            day = weekend if self._window_of(plan, weekend) == self._window_of(plan, day) else day
        hour = (
            mint.weighted(NIGHT_HOURS) if mint.chance(plan.night) else mint.rng.choices(range(24), HOURS)[0]
        )
        start = _at(day, hour, mint.rng.randrange(60))
        away = mint.chance(0.3 if plan.tier != FREQUENT else 0.25)
        median = 5.0 if away else 14.0
        if plan.escalating:
            median *= mint.rng.uniform(2.5, 4.0) if recent else 0.6
        longest = 96 if recent else 24 * 14  # the escalation's episodes fit in the last 90 days
        hours = min(longest, max(0.75, mint.rng.lognormvariate(math.log(median), 0.9)))
        return start, hours, EpisodeKind.AWAY if away else EpisodeKind.MISSING, recent

    def _window_of(self, plan: _Plan, day: date) -> tuple[date, date] | None:
        return next(((lo, hi) for lo, hi in plan.windows if lo <= day <= hi), None)

    def _limit(self, window: tuple[date, date]) -> datetime:
        """The latest an episode in this window may end: the end of its last day (never after as_of begins)."""
        return min(_at(window[1] + ONE_DAY, 0, 0), self.cutoff)

    def _lay_out(
        self, plan: _Plan, candidates: list[tuple[datetime, float, str, bool]]
    ) -> list[tuple[datetime, datetime | None, str]]:
        """The episodes in order, none overlapping (a start too soon after the last return moves on), each ending
        within its period of care and before as_of."""
        mint = self.mint
        laid: list[tuple[datetime, datetime | None, str]] = []
        for start, hours, kind, _ in candidates:
            if laid:
                previous = laid[-1][1] or self.cutoff
                if start < previous + GAP:
                    start = previous + _minutes(mint.rng.uniform(8, 40))
            window = self._window_of(plan, _day_of(start))
            if window is None:
                continue
            limit = self._limit(window)
            end = start + _minutes(hours)
            if end > limit:
                end = limit - timedelta(minutes=mint.rng.randint(10, 120))
            if end - start < timedelta(minutes=45):
                continue
            laid.append((start, end, kind))
        return laid

    def _overdue_last(self, plan: _Plan) -> None:
        """Demo: back four days before as_of, after a night away; no interview offered since."""
        mint = self.mint
        start = _at(self.as_of - timedelta(days=5), 21, mint.rng.randrange(60))
        end = start + _minutes(mint.rng.uniform(14, 20))
        plan.times = [t for t in plan.times if (t[1] or self.cutoff) + GAP < start]
        if self._window_of(plan, _day_of(start)) is not None:
            plan.times.append((start, end, EpisodeKind.MISSING))
        else:
            plan.overdue = False

    def _still_missing(self, plans: list[_Plan]) -> None:
        """One child (two in a large authority) missing now, the first of these (going missing often, escalating
        first): gone in the evening of one of the last two days."""
        mint = self.mint
        wanted = 2 if len(self.out.children) >= 1000 else 1
        for plan in plans:
            if wanted <= 0:
                return
            day = self.last_day - timedelta(days=mint.rng.randint(0, 1))
            start = _at(day, mint.rng.randint(19, 23), mint.rng.randrange(60))
            times = plan.times
            while times and (times[-1][1] or self.cutoff) + GAP >= start:
                times.pop()  # an episode of the last day or two gives way to the one still open
            if self._window_of(plan, day) is not None:
                times.append((start, None, EpisodeKind.MISSING))
                wanted -= 1

    def _circles(self, plans: list[_Plan], first: ChildSpec | None) -> None:
        """Children who go missing repeatedly join the circles, three to eight each (the demo child first)."""
        mint = self.mint
        members = [p for p in plans if len(p.times) >= 2]
        mint.rng.shuffle(members)
        members.sort(key=lambda p: p.child is not first)  # stable: the demo child first, the rest shuffled
        count = min(len(CIRCLES), max(1, len(members) // 10))
        at = 0
        for circle in CIRCLES[:count]:
            size = mint.rng.randint(3, 8)
            for plan in members[at : at + size]:
                plan.circle = circle
            at += size

    # -- what was written about them ------------------------------------------------------------------------
    def _records(self, plan: _Plan) -> None:
        mint = self.mint
        pool = pool_for(plan.person.ethnicity)
        friends = [
            self._unique(lambda: f"{given_name(mint, pool, mint.pick('MF'), 'child')} {surname(mint, pool)}")
            for _ in range(mint.rng.randint(2, 4))
        ]
        own_places = [f"{friend}'s house" for friend in friends[:2]]
        own_places.append(self._unique(lambda: places.address(mint)))
        parent = self.parents.get(plan.child.person)
        if parent is not None:
            own_places.append(f"{'mother' if parent.sex == 'F' else 'father'}'s home, {parent.address}")
        ended = [n for n, t in enumerate(plan.times) if t[1] is not None]
        forced = mint.pick(ended) if ended and plan.circle else -1
        named_people: list[str] = []
        named_places: list[str] = []
        episodes: list[MissingEpisodeSpec] = []
        for index, (start, end, kind) in enumerate(plan.times):
            episode = self._episode(plan, start, end, kind, friends, own_places, forced=index == forced)
            episodes.append(episode)
            self.out.missing_episodes.append(episode)
            last = plan.overdue and index == len(plan.times) - 1
            if end is not None and not last:
                interview = self._interview(plan, episode, friends, own_places)
                if interview is not None:
                    self.out.return_interviews.append(interview)
                    named_people += interview.people.splitlines()
                    named_places += interview.places.splitlines()
            if end is not None:
                named_people += [n for n in _names(episode.found_with) if n != "alone"]
                named_places += [episode.found_where] if episode.found_where else []
        if len(episodes) >= 2:
            self.out.missing_profiles.append(
                self._profile(
                    plan, episodes, friends, named_people, [*named_places, own_places[0], own_places[-1]]
                )
            )

    def _unique(self, make: Callable[[], str]) -> str:
        """A name or address no other child's records use (a few tries, then it is shared)."""
        text = make()
        for _ in range(20):
            if text not in self.taken:
                break
            text = make()
        self.taken.add(text)
        return text

    def _episode(
        self,
        plan: _Plan,
        start: datetime,
        end: datetime | None,
        kind: str,
        friends: list[str],
        own_places: list[str],
        *,
        forced: bool,
    ) -> MissingEpisodeSpec:
        mint = self.mint
        circle = plan.circle
        where = with_ = ""
        notes = mint.pick(NOTES_AWAY if kind == EpisodeKind.AWAY else NOTES_MISSING)
        in_circle = circle is not None and (forced or mint.chance(0.5))
        if end is not None:
            if kind == EpisodeKind.MISSING and not in_circle and mint.chance(0.3):
                notes += " " + CAME_BACK
            else:
                people: list[str] = []
                if circle is not None and in_circle:
                    people.append(mint.pick(circle.people))
                    where = mint.pick(circle.places) if mint.chance(0.45) else mint.pick(own_places)
                else:
                    where = mint.pick(own_places)
                if mint.chance(0.6):
                    people.append(mint.pick(friends))
                with_ = ", ".join(dict.fromkeys(people)) if people else mint.pick(("alone", ""))
        reported = start + timedelta(
            minutes=mint.rng.randint(30, 360 if kind == EpisodeKind.MISSING else 720)
        )
        reported = max(start, min(reported, self.cutoff - timedelta(minutes=5)))
        police = kind == EpisodeKind.MISSING or mint.chance(0.2)
        reference = ""
        risk = ""
        if police:
            self.serial += 1
            reference = f"LC-{_day_of(start).year}-{self.serial:06d}"
            risky = in_circle or (plan.escalating and start > self.cutoff - timedelta(days=LAST_90))
            table = (
                ((PoliceRisk.LOW, 10), (PoliceRisk.MEDIUM, 50), (PoliceRisk.HIGH, 40))
                if risky
                else ((PoliceRisk.LOW, 35), (PoliceRisk.MEDIUM, 52), (PoliceRisk.HIGH, 13))
            )
            risk = mint.weighted(table) if kind == EpisodeKind.MISSING else PoliceRisk.LOW
        safe_and_well = None
        if end is not None and reference and kind == EpisodeKind.MISSING:
            day = _day_of(end) + (ONE_DAY if mint.chance(0.3) else timedelta(0))
            safe_and_well = day if day <= self.last_day else None
        harm = ""
        if end is not None and mint.chance(0.15 if in_circle else 0.03):
            harm = mint.pick(HARMS)
        return MissingEpisodeSpec(
            id=mint.uuid(),
            child=plan.child.person,
            kind=kind,
            started_at=start,
            ended_at=end,
            reported_by=self._reporter(plan, _day_of(start))[:200],
            reported_at=reported,
            recorded_by=self._recorder(plan, _day_of(reported)),
            police_reference=reference,
            police_risk=risk,
            found_where=where[:300],
            found_with=with_[:300],
            safe_and_well_on=safe_and_well,
            harm_disclosed=harm,
            notes=notes,
        )

    def _reporter(self, plan: _Plan, day: date) -> str:
        held = [
            p
            for p in self.placements[plan.child.person]
            if p.start_date <= day and (p.end_date is None or p.end_date >= day)
        ]
        if not held:
            return "Police"
        placement = held[-1]
        if placement.place in CONNECTED_PLACEMENTS:
            return f"Kinship carer, {placement.carer}"
        if placement.place in FOSTER_PLACEMENTS:
            return f"Foster carer, {placement.carer}"
        if placement.place == PT.P1:
            return f"Parent, {placement.carer}"
        if placement.place in (PT.A5, PT.A6):
            return f"Prospective adopters, {placement.carer}"
        return f"Staff at {placement.carer}"

    def _recorder(self, plan: _Plan, day: date) -> str:
        """The social worker allocated that day, or the coordinator."""
        worker = self.rota.on(plan.child.person, AllocationRole.SOCIAL_WORKER, day)
        if worker and self.mint.chance(0.7):
            return worker
        return self.mint.pick(self.coordinators).username if self.coordinators else worker

    def _interview(
        self, plan: _Plan, episode: MissingEpisodeSpec, friends: list[str], own_places: list[str]
    ) -> ReturnInterviewSpec | None:
        mint = self.mint
        if episode.ended_at is None:
            return None
        by = self._interviewer(plan)
        name = f"{by.first_name} {by.last_name}"
        roll = mint.rng.random()
        if (
            roll >= IN_TIME + LATE
        ):  # never offered: lately often nothing recorded yet, earlier mostly the reason
            recent = episode.ended_at >= self.cutoff - timedelta(days=LAST_90)
            if mint.chance(0.6 if recent else 0.25):
                return None
            return ReturnInterviewSpec(
                mint.uuid(), plan.child.person, episode.id, None, "", "", None, "", by.username,
                no_interview_reason=mint.pick(NO_INTERVIEW),
            )  # fmt: skip
        if roll < IN_TIME:
            delay = mint.rng.triangular(2, 72, 30)
        else:
            delay = min(24 * 21, 72 + 0.5 + mint.rng.expovariate(1 / 60))
        offered = episode.ended_at + _minutes(delay)
        if offered >= self.cutoff:
            return None  # not offered yet
        offered_by = f"{name}, {self.service}"
        if mint.chance(DECLINED):
            return ReturnInterviewSpec(
                mint.uuid(), plan.child.person, episode.id, offered, offered_by, InterviewResponse.DECLINED,
                None, "", by.username, notes=mint.pick(DECLINED_NOTES),
            )  # fmt: skip
        done = _day_of(offered) + timedelta(days=mint.rng.choice((0, 0, 1, 1, 2, 3, 5, 7)))
        if done > self.last_day:
            return ReturnInterviewSpec(
                mint.uuid(), plan.child.person, episode.id, offered, offered_by, InterviewResponse.ACCEPTED,
                None, "", by.username, notes="Accepted; the interview is booked.",
            )  # fmt: skip
        people = [n for n in _names(episode.found_with) if n != "alone"]
        named = [episode.found_where] if episode.found_where else []
        circle = plan.circle
        if circle is not None and mint.chance(0.6):
            people.append(mint.pick(circle.people))
            if mint.chance(0.5):
                named.append(mint.pick(circle.places))
        if mint.chance(0.4):
            people.append(mint.pick(friends))
        if mint.chance(0.3):
            named.append(mint.pick(own_places))
        pulls = PULL + (PULL_CIRCLE * 2 if circle is not None else ())
        return ReturnInterviewSpec(
            id=mint.uuid(),
            child=plan.child.person,
            episode=episode.id,
            offered_at=offered,
            offered_by=offered_by,
            response=InterviewResponse.ACCEPTED,
            done_on=done,
            done_by=name,
            recorded_by=by.username,
            push_factors="\n".join(dict.fromkeys(mint.pick(PUSH) for _ in range(mint.rng.randint(1, 2)))),
            pull_factors="\n".join(dict.fromkeys(mint.pick(pulls) for _ in range(mint.rng.randint(1, 2)))),
            places="\n".join(dict.fromkeys(named)),
            people="\n".join(dict.fromkeys(people)),
            notes=mint.pick(INTERVIEW_NOTES),
        )

    def _interviewer(self, plan: _Plan) -> UserSpec:
        if plan.escalating or plan.overdue or not self.interviewers:
            return self.demo_interviewer
        return self.mint.pick(self.interviewers)

    def _profile(
        self,
        plan: _Plan,
        episodes: list[MissingEpisodeSpec],
        friends: list[str],
        named_people: list[str],
        named_places: list[str],
    ) -> MissingProfileSpec:
        mint = self.mint
        age = self._age(plan.person)
        height = max(120, min(190, 140 + 5 * (age - 10) + mint.rng.randint(-8, 8)))
        description = (
            f"About {height} cm, {mint.pick(BUILD)} build, {mint.pick(HAIR)} hair, {mint.pick(EYES)} eyes. "
            f"{mint.pick(MARKS)} Usually wears {mint.pick(CLOTHES)}."
        )
        stem = plan.person.forename.lower().replace(" ", "").replace("-", "")
        handles = [places.phone(mint)] if mint.chance(0.8) else []
        for app in mint.rng.sample(APPS, mint.rng.randint(1, 2)):
            handles.append(f"{app}: {stem}{mint.pick(HANDLE_ENDS)}{mint.rng.randint(1, 99)}")
        associates = list(dict.fromkeys([*friends[:2], *named_people]))
        where = list(dict.fromkeys(named_places))[:6]
        vulnerable = [mint.pick(VULNERABLE)]
        if plan.circle is not None:
            vulnerable.insert(0, mint.pick(VULNERABLE_CIRCLE))
        latest = max((e.ended_at or e.reported_at) for e in episodes)
        updated = latest + timedelta(days=mint.rng.randint(1, 10), hours=mint.rng.randint(1, 6))
        if updated >= self.cutoff:
            updated = latest + _minutes((self.cutoff - latest).total_seconds() / 7200)
        return MissingProfileSpec(
            id=mint.uuid(),
            child=plan.child.person,
            description=description,
            associates="\n".join(associates[:8]),
            places="\n".join(where),
            phones_and_social_media="\n".join(handles),
            medical_needs=mint.weighted(MEDICAL),
            vulnerabilities=" ".join(vulnerable),
            updated_at=updated,
            updated_by=self._recorder(plan, _day_of(updated)),
        )


def _at(day: date, hour: int, minute: int) -> datetime:
    """A time on the London clock, kept in UTC so that sums and comparisons are exact across the clock changes."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)


def _day_of(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()


def _minutes(hours: float) -> timedelta:
    """So many hours, to the whole minute (records are kept to the minute)."""
    return timedelta(minutes=round(hours * 60))


def _names(found_with: str) -> list[str]:
    return [part.strip() for part in found_with.split(",") if part.strip()]


def add_missing(mint: Mint, out: Authority, staff: Staff, demo_children: list[ChildSpec]) -> ChildSpec | None:
    """Returns the demo social worker's child who is escalating now, for the risk records (care_risk.py)."""
    return MissingBuilder(mint, out, staff).build(demo_children)
