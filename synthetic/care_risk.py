"""Exploitation and online-risk records (the risk app; statutory-rules.md M8), built after the missing episodes and
the grants, pure and deterministic from the build's Mint. The words are invented (risk_texts.py).

- Who is screened: most children who go missing three times or more (first shortly after the third episode), some
  who go once or twice, and a few others of 11 or over (concerns online or about a partner). A screening grades
  every indicator of the configuration (risk/indicators.py), the label, group and position copied as the service
  copies them: "missing" from the child's episodes in the 12 months before the day, the others from a small spread
  around the child's own few concerns, strong while the child is going missing and fading after. Every grade above
  none has its evidence. The level, its reasons and the referral are risk/levels.py's, with the child's age on the
  day; a few low screenings are raised to medium on professional judgement, with the reason.
- Screened again every three to six months while in care, each review due three months on; a few children's latest
  review is overdue at as_of.
- A risk plan for each child whose latest screening is medium or high: two to five actions, owned by the allocated
  social worker, a coordinator or police officer holding a grant for the child that day, or a named teacher; most
  done, a few overdue at as_of.
- Strategy discussions after most high screenings (the first of a run of them, some later ones again), with social
  care, the police, health and education; on some, dissent in the dissenter's own words, and on some of those an
  escalation asked for.
- The demo social worker's escalating child: screened high about a fortnight before as_of, a strategy discussion
  since with police dissent (no escalation asked for yet, for the demo to ask), and a risk plan with one action
  overdue, owned by the demo social worker; the demo police officer holds a grant for the child.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from accounts.roles import Role
from casework.models import AllocationRole
from duties.rules.calendar import birthday, fmt, months_after, months_before
from risk import levels
from risk.indicators import Indicator, indicators
from risk.models import DiscussionOutcome
from synthetic import risk_texts as words
from synthetic.care_context import Rota
from synthetic.care_health import SECONDARY
from synthetic.care_missing import CIRCLES, Circle
from synthetic.mint import LONDON, Mint, years_before
from synthetic.names import given_name, surname
from synthetic.spec import (
    Authority,
    ChildSpec,
    DiscussionSpec,
    GrantSpec,
    ParticipantSpec,
    PersonSpec,
    RiskActionSpec,
    RiskPlanSpec,
    ScreeningGradeSpec,
    ScreeningSpec,
)
from synthetic.workforce import AGENCIES, HEALTH, POLICE, STAFF_POOLS, Staff

NONE, LOW, MEDIUM, HIGH = levels.NONE, levels.LOW, levels.MEDIUM, levels.HIGH
ONE_DAY = timedelta(days=1)
MISSING = "missing"  # the indicator graded from the child's episodes
SCREEN_FROM_AGE = 10
OTHER_FROM_AGE = 11
REPEATED, OCCASIONAL, OTHER = "repeated", "occasional", "other"
SCREENED = {REPEATED: 0.92, OCCASIONAL: 0.35, OTHER: 0.04}  # the share of each kind of child screened
REVIEW_MONTHS = 3
GAP_OFTEN = (84, 182)  # days to the next screening: children going missing repeatedly or with concerns
GAP_ROUTINE = (85, 125)
OVERDUE_REVIEW = 0.07  # children in care whose latest review has passed at as_of
JUDGED = 0.05  # low screenings with something found, raised to medium on professional judgement
# Episodes in the 12 months before the screening: at least so many give this grade of the "missing" indicator.
MISSING_GRADES = ((15, HIGH), (3, MEDIUM), (1, LOW))
# How strong the child's concerns are at their worst (0 low, 1 medium, 2 high), by kind of child.
BASE: dict[str, tuple[tuple[int, float], ...]] = {
    "circle": ((0, 22), (1, 72), (2, 6)),
    REPEATED: ((0, 50), (1, 48), (2, 2)),
    OCCASIONAL: ((0, 70), (1, 29), (2, 1)),
    OTHER: ((0, 60), (1, 38), (2, 2)),
}
DIP = 0.15  # a screening in a better spell, one step lower
# Grades, by strength: the child's main significant concern, the other significant ones, the additional ones, and
# the chance of a low grade for any other indicator.
MAIN: dict[int, tuple[tuple[str, float], ...]] = {
    0: ((NONE, 50), (LOW, 50)),
    1: ((MEDIUM, 1),),
    2: ((HIGH, 1),),
}
EXTRA: dict[int, tuple[tuple[str, float], ...]] = {
    0: ((NONE, 85), (LOW, 15)),
    1: ((NONE, 55), (LOW, 44), (MEDIUM, 1)),
    2: ((NONE, 20), (LOW, 30), (MEDIUM, 50)),
}
ADDITIONAL: dict[int, tuple[tuple[str, float], ...]] = {
    0: ((NONE, 50), (LOW, 44), (MEDIUM, 6)),
    1: ((NONE, 25), (LOW, 43), (MEDIUM, 31), (HIGH, 1)),
    2: ((NONE, 10), (LOW, 30), (MEDIUM, 45), (HIGH, 15)),
}
BACKGROUND = {0: 0.02, 1: 0.04, 2: 0.07}
CIRCLE_MAIN = ("unknown_adults_cars", "money_gifts", "hotels_taxis", "taken_elsewhere")
MISSING_MAIN = ("older_partner", "money_gifts", "unknown_adults_cars", "online_contact", "taken_elsewhere")
OTHER_MAIN = ("online_contact", "older_partner", "disclosure_withdrawn")
MISSING_ADDITIONAL = (
    "school_absence", "substance_use", "offending", "peers_exploited", "phone_internet", "unknown_callers",
)  # fmt: skip
OTHER_ADDITIONAL = ("phone_internet", "self_harm", "school_absence", "sexual_health", "substance_use")
DEMO_MAIN = "unknown_adults_cars"
# Strategy discussions: after the first high screening of a run, after a later one, dissent, escalation.
DISCUSSED_FIRST, DISCUSSED_AGAIN, DISSENT, ESCALATED = 0.85, 0.5, 0.18, 0.5
ACTION_OWNERS = (
    (words.SOCIAL_WORKER, 35), (words.COORDINATOR, 20), (words.POLICE, 20), (words.SCHOOL, 25),
)  # fmt: skip
ACTION_OVERDUE = 0.08  # of the actions due in the OVERDUE_WITHIN days before as_of; older ones were all done
OVERDUE_WITHIN = 90
DONE_EARLY = 0.35  # of the actions due after as_of
CHILDRENS = "Children’s social care"
AGENCY = {a.key: a.name for a in AGENCIES}


@dataclass
class _Case:
    """One child who is screened: when they could be (in care and old enough) and what the concerns are."""

    child: ChildSpec
    person: PersonSpec
    dob: date
    windows: list[tuple[date, date]]
    starts: list[date]  # the days the child's missing episodes began, in order
    circle: Circle | None
    base: int
    main: str  # the main significant concern ("" when the configuration has none)
    extras: list[str]
    additional: list[str]
    active_for: (
        int  # a child who does not go missing: for how many screenings the concerns stay at their worst
    )
    demo: bool


@dataclass
class _Screened:
    spec: ScreeningSpec
    grades: list[tuple[Indicator, str]]


@dataclass
class _Person:
    name: str
    agency: str
    role: str
    kind: str  # who they are for dissent: risk_texts.POLICE, SOCIAL_WORKER, "health", "education", ...
    dissent: str = ""


class RiskBuilder:
    def __init__(self, mint: Mint, out: Authority, staff: Staff) -> None:
        self.mint = mint
        self.out = out
        self.as_of = out.as_of
        self.last_day = out.as_of - ONE_DAY
        self.cutoff = _at(out.as_of, 0, 0)
        self.window_start = years_before(out.as_of, out.years)
        self.indicators = indicators()
        self.significant = [
            i.code for i in self.indicators if i.group == levels.SIGNIFICANT and i.code != MISSING
        ]
        self.additional = [i.code for i in self.indicators if i.group == levels.ADDITIONAL]
        self.people = {p.id: p for p in out.people}
        self.users = {u.username: u for u in out.users}
        self.managers = {t.key: t.manager or "" for t in out.teams}
        self.rota = Rota(mint, out, iros=staff.iros, everyone=staff.all_social_workers())
        self.demo_worker = staff.demo[Role.SOCIAL_WORKER].username
        self.demo_police = staff.demo[Role.POLICE].username
        self.periods: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
        for period in out.periods_of_care:
            self.periods[period.child].append((period.start_date, period.end_date))
        self.starts: dict[uuid.UUID, list[date]] = defaultdict(list)
        for episode in out.missing_episodes:
            self.starts[episode.child].append(_day_of(episode.started_at))
        for days in self.starts.values():
            days.sort()
        self.circles = _circles(out)
        self.grants: dict[uuid.UUID, list[GrantSpec]] = defaultdict(list)
        for grant in out.grants:
            self.grants[grant.child].append(grant)
        self.schools: dict[uuid.UUID, list[tuple[date, str, str]]] = defaultdict(list)
        for pep in out.peps:
            self.schools[pep.child].append((pep.held_on, pep.school, pep.designated_teacher))
        for held in self.schools.values():
            held.sort()

    def build(self, demo_child: ChildSpec | None) -> None:
        for child in self.out.children:
            case = self._case(child, demo=child is demo_child)
            if case is None:
                continue
            screened = self._screenings(case)
            if not screened:
                continue
            for discussion_of in self._discussed(case, screened):
                self._discussion(case, discussion_of, demo=case.demo and discussion_of is screened[-1])
            if screened[-1].spec.level in (MEDIUM, HIGH):
                self._plan(case, screened)

    # -- who is screened, and when ------------------------------------------------------------------------
    def _case(self, child: ChildSpec, *, demo: bool) -> _Case | None:
        mint = self.mint
        person = self.people[child.person]
        dob = person.date_of_birth
        if dob is None:
            return None
        windows = self._windows(child, dob)
        if not windows:
            return None
        starts = self.starts.get(child.person, [])
        kind = REPEATED if len(starts) >= 3 or demo else OCCASIONAL if starts else OTHER
        if kind == OTHER and (levels.age_on(dob, self.last_day) or 0) < OTHER_FROM_AGE:
            return None
        if not demo and not mint.chance(SCREENED[kind]):
            return None
        circle = self.circles.get(child.person)
        base = 1 if demo else mint.weighted(BASE["circle" if circle else kind])  # the demo's last is high
        main_prefer = CIRCLE_MAIN if circle else MISSING_MAIN if starts else OTHER_MAIN
        main = _choose(mint, main_prefer, self.significant)
        if demo and DEMO_MAIN in self.significant:
            main = DEMO_MAIN
        rest = [c for c in self.significant if c != main]
        extras = mint.rng.sample(rest, min(len(rest), mint.rng.randint(1, 2)))
        additional_prefer = MISSING_ADDITIONAL if starts else OTHER_ADDITIONAL
        additional: list[str] = []
        for _ in range(mint.rng.randint(2, 3)):
            code = _choose(mint, additional_prefer, self.additional)
            if code and code not in additional:
                additional.append(code)
        return _Case(
            child, person, dob, windows, starts, circle, base, main, extras, additional,
            active_for=mint.rng.randint(2, 6), demo=demo,
        )  # fmt: skip

    def _windows(self, child: ChildSpec, dob: date) -> list[tuple[date, date]]:
        """The days the child was in care and old enough to be screened, within the seeded years."""
        old_enough = birthday(dob, SCREEN_FROM_AGE)
        found = []
        for start, end in sorted(self.periods[child.person]):
            lo = max(start, self.window_start, old_enough)
            hi = min(end or self.last_day, self.last_day)
            if lo <= hi:
                found.append((lo, hi))
        return found

    def _in_care(self, windows: list[tuple[date, date]], day: date) -> date | None:
        """The day when the child is in care then, else a few weeks into the next period of care, else None."""
        for lo, hi in windows:
            if day < lo:
                return min(hi, lo + timedelta(days=self.mint.rng.randint(7, 30)))
            if day <= hi:
                return day
        return None

    def _days(self, case: _Case) -> list[date]:
        mint, starts = self.mint, case.starts
        if starts:
            after = starts[2] if len(starts) >= 3 else starts[0]
            first = after + timedelta(
                days=mint.rng.randint(2, 28) if len(starts) >= 3 else mint.rng.randint(3, 42)
            )
            if first > self.last_day and after < self.last_day:
                first = mint.between(after + ONE_DAY, self.last_day)  # lately: screened in the days since
        else:
            first = self._any_day(case)
        day = self._in_care(case.windows, first)
        if day is None or day > self.last_day:
            return self._demo_end([], case) if case.demo else []
        gap = GAP_OFTEN if len(starts) >= 3 or case.base else GAP_ROUTINE
        days = [day]
        while True:
            then = self._in_care(case.windows, days[-1] + timedelta(days=mint.rng.randint(*gap)))
            if then is None or then > self.last_day:
                break
            days.append(then)
        if case.demo:
            return self._demo_end(days, case)
        if case.windows[-1][1] != self.last_day:
            return days  # no longer in care: the screenings stopped
        return self._overdue_end(days, case) if mint.chance(OVERDUE_REVIEW) else self._current_end(days, case)

    def _any_day(self, case: _Case) -> date:
        """A day in care at 11 or over (the windows start at 10)."""
        eleven = birthday(case.dob, OTHER_FROM_AGE)
        spans = [(max(lo, eleven), hi) for lo, hi in case.windows if hi >= eleven]
        total = sum((hi - lo).days + 1 for lo, hi in spans)
        index = self.mint.rng.randrange(max(1, total))
        for lo, hi in spans:
            if index <= (hi - lo).days:
                return lo + timedelta(days=index)
            index -= (hi - lo).days + 1
        return self.last_day

    def _current_end(self, days: list[date], case: _Case) -> list[date]:
        """Screened again lately enough that the latest review is not yet due at as_of."""
        if months_after(days[-1], REVIEW_MONTHS) >= self.as_of:
            return days
        soon_enough = months_before(self.as_of, REVIEW_MONTHS) + timedelta(days=3)  # clear of short months
        low = max(days[-1] + timedelta(days=21), soon_enough, case.windows[-1][0])
        if low <= self.last_day:
            days.append(self.mint.between(low, self.last_day))
        return days

    def _overdue_end(self, days: list[date], case: _Case) -> list[date]:
        """The latest screening's review fell due in the six weeks before as_of and has not happened."""
        high = months_before(self.as_of - ONE_DAY, REVIEW_MONTHS)
        low = months_before(self.as_of - timedelta(days=45), REVIEW_MONTHS)
        kept = [d for d in days if d <= high]
        if not kept:
            return self._current_end(days, case)
        start = max(kept[-1] + timedelta(days=21), low, case.windows[-1][0])
        if kept[-1] < low and start <= high:
            kept.append(self.mint.between(start, high))
        return kept

    def _demo_end(self, days: list[date], case: _Case) -> list[date]:
        """The demo child: screened about a fortnight before as_of."""
        final = max(self.as_of - timedelta(days=self.mint.rng.randint(10, 14)), case.windows[-1][0])
        return [d for d in days if d <= final - timedelta(days=45)] + [final]

    # -- the screenings -----------------------------------------------------------------------------------
    def _screenings(self, case: _Case) -> list[_Screened]:
        mint = self.mint
        screened: list[_Screened] = []
        days = self._days(case)
        for index, day in enumerate(days):
            strength = 2 if case.demo and index == len(days) - 1 else self._strength(case, day, index)
            grades = [(i, self._grade(case, i, day, strength)) for i in self.indicators]
            graded = [levels.Graded(i.label, i.group, grade) for i, grade in grades]
            age = levels.age_on(case.dob, day)
            outcome = levels.overall_level(graded, age=age)
            judged = reason = ""
            found = any(grade != NONE for _, grade in grades)
            if outcome.indicated == LOW and found and not case.demo and mint.chance(JUDGED):
                judged, reason = MEDIUM, mint.pick(words.JUDGEMENT_REASONS)
                outcome = levels.overall_level(graded, age=age, judged=judged)
            analysis = mint.pick(words.ANALYSIS)
            if mint.chance(0.6):
                analysis += " " + mint.pick(words.CHILD_SAID)
            spec = ScreeningSpec(
                id=mint.uuid(),
                child=case.child.person,
                screened_on=day,
                review_on=months_after(day, REVIEW_MONTHS),
                indicated_level=outcome.indicated,
                level=outcome.level,
                level_reasons="\n".join(outcome.reasons),
                referral_required=outcome.referral,
                screened_by=self._screener(case, day),
                recorded_at=_at(day, mint.rng.randint(9, 17), mint.rng.randrange(60)),
                judged_level=judged,
                judgement_reason=reason,
                analysis=analysis,
            )
            self.out.screenings.append(spec)
            for indicator, grade in grades:
                self.out.screening_grades.append(
                    ScreeningGradeSpec(
                        id=mint.uuid(),
                        screening=spec.id,
                        indicator=indicator.code,
                        label=indicator.label,
                        group=indicator.group,
                        position=indicator.position,
                        grade=grade,
                        evidence=self._evidence(case, indicator, grade, day),
                    )
                )
            screened.append(_Screened(spec, grades))
        return screened

    def _count(self, case: _Case, day: date, days: int) -> int:
        """Episodes begun in the `days` days up to and including the day (as the screening form counts them)."""
        return bisect_right(case.starts, day) - bisect_left(case.starts, day - timedelta(days=days))

    def _strength(self, case: _Case, day: date, index: int) -> int:
        if case.starts:
            drop = 0 if self._count(case, day, 180) else 1 if self._count(case, day, 365) else 2
        else:
            drop = 0 if index < case.active_for else 1
        strength = max(0, case.base - drop)
        if strength and self.mint.chance(DIP):
            strength -= 1
        return strength

    def _grade(self, case: _Case, indicator: Indicator, day: date, strength: int) -> str:
        mint, code = self.mint, indicator.code
        if code == MISSING:
            count = self._count(case, day, 365)
            return next((grade for least, grade in MISSING_GRADES if count >= least), NONE)
        if code == case.main:
            return mint.weighted(MAIN[strength])
        if code in case.extras:
            return mint.weighted(EXTRA[strength])
        if code in case.additional:
            return mint.weighted(ADDITIONAL[strength])
        return LOW if mint.chance(BACKGROUND[strength]) else NONE

    def _evidence(self, case: _Case, indicator: Indicator, grade: str, day: date) -> str:
        mint, code = self.mint, indicator.code
        if grade == NONE:
            return ""
        if code == MISSING:
            count = self._count(case, day, 365)
            latest = case.starts[bisect_right(case.starts, day) - 1]
            return (
                f"{count} missing episode{'' if count == 1 else 's'} in the 12 months before the screening; "
                f"the latest began on {fmt(latest)}."
            )
        mild, serious = words.EVIDENCE.get(code, words.GENERIC_EVIDENCE)
        if grade == LOW:
            return mint.pick(mild)
        if case.circle is not None and code in words.CIRCLE_EVIDENCE and mint.chance(0.6):
            circle = case.circle
            return words.CIRCLE_EVIDENCE[code].format(
                person=mint.pick(circle.people), place=mint.pick(circle.places)
            )
        return mint.pick(serious)

    def _screener(self, case: _Case, day: date) -> str:
        """The social worker allocated that day, or a coordinator holding a grant for a child who went missing."""
        worker = self.rota.on(case.child.person, AllocationRole.SOCIAL_WORKER, day)
        coordinators = self._holders(case.child.person, Role.MISSING_COORDINATOR, day) if case.starts else []
        if coordinators and (not worker or self.mint.chance(0.3)):
            return self.mint.pick(coordinators)
        return worker

    # -- strategy discussions ------------------------------------------------------------------------------
    def _discussed(self, case: _Case, screened: list[_Screened]) -> list[_Screened]:
        """The high screenings followed by a strategy discussion: most firsts of a run, some later ones."""
        found = []
        for index, item in enumerate(screened):
            if item.spec.level != HIGH:
                continue
            first = index == 0 or screened[index - 1].spec.level != HIGH
            last = index == len(screened) - 1
            if (case.demo and last) or self.mint.chance(DISCUSSED_FIRST if first else DISCUSSED_AGAIN):
                found.append(item)
        return found

    def _discussion(self, case: _Case, screened: _Screened, *, demo: bool) -> None:
        mint, spec = self.mint, screened.spec
        child = case.child.person
        held = spec.screened_on + timedelta(days=mint.rng.randint(2, 4) if demo else mint.rng.randint(1, 10))
        if held > self.last_day:
            if not demo:
                return  # not held yet
            held = self.last_day
        outcome = DiscussionOutcome.RISK_PLAN if demo else mint.weighted(words.OUTCOME_WEIGHTS)
        people = self._participants(case, held, demo=demo)
        worker = self.rota.on(child, AllocationRole.SOCIAL_WORKER, held)
        escalated_by, escalated_at = "", None
        if demo or mint.chance(DISSENT):
            table = words.DISSENT_MORE if outcome in words.WANTS_MORE else words.DISSENT_LESS
            able = [p for p in people if p.kind in table]
            police = [p for p in able if p.kind == words.POLICE]
            dissenter = police[0] if demo and police else mint.pick(able) if able else None
            if dissenter is not None:
                dissenter.dissent = mint.pick(table[dissenter.kind])
                manager = self.managers.get(self.users[worker].team or "", "") if worker else ""
                asker = worker or manager
                if not demo and asker and mint.chance(ESCALATED):
                    moment = _at(held + timedelta(days=mint.rng.randint(0, 3)), mint.rng.randint(9, 17), 0)
                    if moment < self.cutoff:
                        escalated_by, escalated_at = asker, moment
        reasons = spec.level_reasons.splitlines()
        reason = f"The exploitation screening of {fmt(spec.screened_on)} found high risk"
        reason += f": {reasons[0]}." if reasons else "."
        discussion = DiscussionSpec(
            id=mint.uuid(),
            child=child,
            kind=mint.weighted(words.KIND_WEIGHTS),
            held_on=held,
            reason=reason,
            decisions=words.DECISIONS[outcome],
            outcome=outcome,
            review_on=held + timedelta(days=mint.rng.randint(28, 84)) if mint.chance(0.8) else None,
            recorded_by=worker,
            dissent_recorded=any(p.dissent for p in people),
            escalation_requested_by=escalated_by,
            escalation_requested_at=escalated_at,
        )
        self.out.discussions.append(discussion)
        for position, person in enumerate(people):
            self.out.participants.append(
                ParticipantSpec(
                    id=mint.uuid(),
                    discussion=discussion.id,
                    name=person.name,
                    agency=person.agency,
                    role=person.role,
                    position=position,
                    dissent=person.dissent,
                )
            )

    def _participants(self, case: _Case, day: date, *, demo: bool) -> list[_Person]:
        mint, child = self.mint, case.child.person
        people: list[_Person] = []
        worker = self.rota.on(child, AllocationRole.SOCIAL_WORKER, day)
        if worker:
            manager = self.managers.get(self.users[worker].team or "", "")
            if manager and mint.chance(0.7):
                people.append(_Person(self._name(manager), CHILDRENS, "Team manager (chair)", "manager"))
            people.append(_Person(self._name(worker), CHILDRENS, "Social worker", words.SOCIAL_WORKER))
        else:
            people.append(_Person(self._invented(), CHILDRENS, "Duty social worker", words.SOCIAL_WORKER))
        if demo:
            self._demo_grant(case, day)
        officers = self._holders(child, Role.POLICE, day)
        if demo:
            officers = [self.demo_police]
        if officers:
            officer = self.users[mint.pick(officers)]
            people.append(
                _Person(self._name(officer.username), AGENCY[POLICE], officer.job_title, words.POLICE)
            )
        else:
            role = "Detective constable, child exploitation team"
            people.append(_Person(f"DC {self._invented()}", AGENCY[POLICE], role, words.POLICE))
        if mint.chance(0.7):
            nurses = self._holders(child, Role.HEALTH, day)
            name = self._name(mint.pick(nurses)) if nurses else self._invented()
            people.append(_Person(name, AGENCY[HEALTH], "Looked-after children's nurse", "health"))
        if mint.chance(0.75):
            school, teacher = self._school(child, day)
            people.append(_Person(teacher, school, "Designated teacher", "education"))
        if case.starts and mint.chance(0.6):
            coordinators = self._holders(child, Role.MISSING_COORDINATOR, day)
            if coordinators:
                name = self._name(mint.pick(coordinators))
                people.append(_Person(name, CHILDRENS, "Missing and exploitation coordinator", "coordinator"))
        return people

    def _demo_grant(self, case: _Case, day: date) -> None:
        """The demo police officer holds a grant for the demo child from before the discussion."""
        child = case.child.person
        if all(self.demo_police in self._holders(child, Role.POLICE, d) for d in (day, self.last_day)):
            return
        start = max(case.child.looked_after_since, day - timedelta(days=3))
        grant = GrantSpec(
            id=self.mint.uuid(),
            child=child,
            user=self.demo_police,
            reason="Child exploitation strategy meeting",
            granted_by=self.demo_worker,
            starts_at=_at(start, 9, 0),
            expires_at=_at(self.as_of + timedelta(days=self.mint.rng.randint(90, 150)), 9, 0),
        )
        self.out.grants.append(grant)
        self.grants[child].append(grant)

    # -- the risk plan -------------------------------------------------------------------------------------
    def _plan(self, case: _Case, screened: list[_Screened]) -> None:
        mint, child = self.mint, case.child.person
        latest = screened[-1]
        run = len(screened) - 1
        while run > 0 and screened[run - 1].spec.level in (MEDIUM, HIGH):
            run -= 1
        since = screened[run].spec.screened_on
        agreed = min(self.last_day, latest.spec.screened_on + timedelta(days=mint.rng.randint(0, 10)))
        codes = [i.code for i, grade in latest.grades if levels.rank(grade) >= levels.rank(MEDIUM)]
        phrases = list(dict.fromkeys(words.PLAN_PHRASES.get(c, words.GENERIC_PHRASE) for c in codes))[:3]
        if not phrases:
            phrases = [words.PLAN_PHRASES.get(case.main, words.GENERIC_PHRASE)]
        concerns = phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} and {phrases[-1]}"
        self.out.risk_plans.append(
            RiskPlanSpec(
                id=mint.uuid(),
                child=child,
                agreed_on=agreed,
                review_on=months_after(agreed, REVIEW_MONTHS),
                concerns=(
                    f"Keeping {case.person.forename} safe from {concerns}. Everyone in the network tells the social "
                    "worker the same day of anything new."
                ),
                recorded_by=self.rota.on(child, AllocationRole.SOCIAL_WORKER, agreed),
                child_view=mint.pick(words.CHILD_VIEWS) if mint.chance(0.7) else "",
            )
        )
        if case.demo:
            self._demo_action(case)
        for _ in range(mint.rng.randint(1 if case.demo else 2, 4 if case.demo else 5)):
            self._action(case, since, overdue_allowed=not case.demo)

    def _action(self, case: _Case, since: date, *, overdue_allowed: bool) -> None:
        mint, child = self.mint, case.child.person
        created = mint.between(since, self.last_day)
        due = created + timedelta(days=mint.rng.randint(7, 56))
        done: date | None = None
        if due < self.as_of - timedelta(days=OVERDUE_WITHIN):
            done = mint.between(created + ONE_DAY, due + timedelta(days=mint.pick((0, 0, 0, 7, 21))))
        elif due < self.as_of:
            if not overdue_allowed or not mint.chance(ACTION_OVERDUE):
                done = mint.between(created + ONE_DAY, min(due + timedelta(days=7), self.last_day))
        elif mint.chance(DONE_EARLY):
            done = mint.between(created, self.last_day)
        kind = mint.weighted(ACTION_OWNERS)
        owner, name, agency = self._owner(kind, child, created)
        if not owner and not name:
            kind = words.SCHOOL
            owner, name, agency = self._owner(kind, child, created)
        notes = words.DONE_NOTES if done else words.OPEN_NOTES if due >= self.as_of else words.OVERDUE_NOTES
        self._add_action(case, kind, created, due, done, owner, name, agency, mint.pick(notes))

    def _demo_action(self, case: _Case) -> None:
        """The demo child's one overdue action, owned by the demo social worker."""
        mint = self.mint
        created = max(self.as_of - timedelta(days=mint.rng.randint(25, 35)), case.windows[-1][0])
        due = min(created + timedelta(days=14), self.as_of - timedelta(days=mint.rng.randint(2, 5)))
        due = max(due, created)
        self._add_action(
            case,
            words.SOCIAL_WORKER,
            created,
            due,
            None,
            self.demo_worker,
            "",
            "",
            mint.pick(words.OVERDUE_NOTES),
        )

    def _add_action(
        self,
        case: _Case,
        kind: str,
        created: date,
        due: date,
        done: date | None,
        owner: str,
        name: str,
        agency: str,
        notes: str,
    ) -> None:
        mint, child = self.mint, case.child.person
        self.out.risk_actions.append(
            RiskActionSpec(
                id=mint.uuid(),
                child=child,
                action=mint.pick(words.ACTIONS[kind]).format(name=case.person.forename),
                due_on=due,
                created_at=_at(created, mint.rng.randint(9, 17), mint.rng.randrange(60)),
                recorded_by=self.rota.on(child, AllocationRole.SOCIAL_WORKER, created),
                owner=owner,
                owner_name=name,
                owner_agency=agency,
                done_on=done,
                notes=notes,
            )
        )

    def _owner(self, kind: str, child: uuid.UUID, day: date) -> tuple[str, str, str]:
        """(username, or name and agency of someone without an account) of the owner of an action."""
        if kind == words.SCHOOL:
            school, teacher = self._school(child, day)
            return "", teacher, f"Designated teacher, {school}"
        role = {words.COORDINATOR: Role.MISSING_COORDINATOR, words.POLICE: Role.POLICE}.get(kind)
        holders = self._holders(child, role, day) if role else []
        if holders:
            return self.mint.pick(holders), "", ""
        return self.rota.on(child, AllocationRole.SOCIAL_WORKER, day), "", ""

    # -- who's who ----------------------------------------------------------------------------------------
    def _holders(self, child: uuid.UUID, role: str, day: date) -> list[str]:
        """Active users of the role holding a grant for the child in force on the day (risk.selectors.grants_on)."""
        start, end = _at(day, 0, 0), _at(day + ONE_DAY, 0, 0)
        found: list[str] = []
        for grant in self.grants.get(child, ()):
            user = self.users[grant.user]
            if user.role != role or user.left is not None or grant.user in found:
                continue
            revoked = grant.revoked_at
            if grant.starts_at < end and grant.expires_at > start and (revoked is None or revoked >= end):
                found.append(grant.user)
        return found

    def _name(self, username: str) -> str:
        user = self.users[username]
        return f"{user.first_name} {user.last_name}"

    def _invented(self) -> str:
        pool = self.mint.weighted(STAFF_POOLS)
        return f"{given_name(self.mint, pool, 'U', 'adult')} {surname(self.mint, pool)}"

    def _school(self, child: uuid.UUID, day: date) -> tuple[str, str]:
        """The school and designated teacher of the child's latest PEP by the day (the first after, else one
        invented)."""
        held = self.schools.get(child, [])
        before = [h for h in held if h[0] <= day]
        if before:
            return before[-1][1], before[-1][2]
        if held:
            return held[0][1], held[0][2]
        woman = self.mint.chance(0.75)
        pool = self.mint.weighted(STAFF_POOLS)
        teacher = f"{'Ms' if woman else 'Mr'} {given_name(self.mint, pool, 'F' if woman else 'M', 'adult')}"
        return self.mint.pick(SECONDARY), f"{teacher} {surname(self.mint, pool)}"


def _choose(mint: Mint, prefer: Sequence[str], codes: Sequence[str]) -> str:
    """One of the preferred codes that the configuration has, else any of its codes, else ""."""
    present = [c for c in prefer if c in codes] or list(codes)
    return mint.pick(present) if present else ""


def _circles(out: Authority) -> dict[uuid.UUID, Circle]:
    """The circle (care_missing.CIRCLES) whose people or places the child's episodes or return interviews name."""
    named: dict[uuid.UUID, set[str]] = defaultdict(set)
    for episode in out.missing_episodes:
        named[episode.child].update(part.strip() for part in episode.found_with.split(","))
        named[episode.child].add(episode.found_where)
    for interview in out.return_interviews:
        named[interview.child].update(interview.people.splitlines())
        named[interview.child].update(interview.places.splitlines())
    found: dict[uuid.UUID, Circle] = {}
    for child, names in named.items():
        circle = next((c for c in CIRCLES if names & {*c.people, *c.places}), None)
        if circle is not None:
            found[child] = circle
    return found


def _at(day: date, hour: int, minute: int) -> datetime:
    """A time on the London clock, kept in UTC (as care_missing keeps its times)."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)


def _day_of(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()


def add_risk(mint: Mint, out: Authority, staff: Staff, demo_child: ChildSpec | None) -> None:
    RiskBuilder(mint, out, staff).build(demo_child)
