"""The schools each school-age child of the synthetic authority went to (issue 8), pure and deterministic:
enrolments and school moves, following the child's placements.

- A child is followed from the later of coming into care (or the start of the seed's window) and starting
  Reception, to the earlier of the end of Year 13 and the seed's day (education/key_stage.py's year groups).
- The first school is the one the child's PEPs name for that phase when there is one, else a school of the phase
  near the placement. It joined at the start of the phase (Reception, Year 7, Year 12).
- A placement move to another town changes school about 60% of the time, a move within the town about 15%: a
  SchoolMove with reason placement_move and the placement linked. In Key Stage 4 the move has the nominated
  officer's approval, the Director of children's services' for a placement more than 20 miles from the old school
  (education/ks4.py, as Lantern measures it: to the placement's register entry, else to the centre of its town),
  the designated teacher and the IRO consulted first (CPPCR 2010 regs 10 and 11, statutory-rules.md R5).
- Year 6 to Year 7 is a move with reason transition, and so is Year 11 to a college for some.
- A permanent exclusion (rare: about one secondary-age child in seventy) moves the child to alternative
  provision.
- The records follow within 15 school days (Education (Pupil Information) (England) Regulations 2005 reg 9(3)) for
  most moves; about 15% late; about half of the moves of the last two months still not received."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from casework.models import AllocationRole
from education.key_stage import in_key_stage_4, year_group
from education.ks4 import is_distant, miles_between
from education.models import ApproverLevel, ExclusionKind, MoveReason, Phase
from education.school_days import add_school_days
from synthetic import places
from synthetic.care_schools import distance
from synthetic.mint import Mint, years_before
from synthetic.names import given_name, surname
from synthetic.spec import AllocationSpec, Authority, PlacementSpec
from synthetic.spec_education import EnrolmentSpec, ExclusionSpec, SchoolMoveSpec, SchoolSpec
from synthetic.workforce import STAFF_POOLS

ONE_DAY = timedelta(days=1)
RECORDS_SCHOOL_DAYS = 15
CHANGE_SCHOOL = {True: 0.6, False: 0.15}  # another town or not
LATE_RECORDS = 0.15
RECENT = timedelta(days=60)
STILL_AWAITED = 0.5
TO_COLLEGE = 0.45
PERMANENT_EXCLUSION = 1 / 70
PERMANENT_REASONS = (
    "Persistent disruptive behaviour, after suspensions and a pastoral support plan.",
    "Physical assault against a pupil.",
    "Brought a bladed article into school.",
)
PHASES_FOR: dict[str, tuple[str, ...]] = {
    "primary": (Phase.PRIMARY, Phase.ALL_THROUGH),
    "secondary": (Phase.SECONDARY, Phase.ALL_THROUGH),
    "sixth": (Phase.COLLEGE, Phase.SECONDARY, Phase.ALL_THROUGH),
    "college": (Phase.COLLEGE,),
    "alternative": (Phase.ALTERNATIVE,),
}


def stage_of(group: int) -> str:
    return "primary" if group <= 6 else "secondary" if group <= 11 else "sixth"


def reception_start(birth: date) -> date:
    """The 1 September the child starts Reception."""
    start = date(birth.year + 4, 9, 1)
    return start if year_group(birth, start) == 0 else date(birth.year + 5, 9, 1)


def weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += ONE_DAY
    return day


def weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= ONE_DAY
    return day


@dataclass
class Stint:
    school: SchoolSpec
    start: date
    end: date | None = None


@dataclass(frozen=True)
class Followed:
    """One child's schooling as built: stints oldest first, and the span followed."""

    child: uuid.UUID
    birth: date
    first: date
    last: date
    stints: list[Stint]


class EducationBuilder:
    def __init__(self, mint: Mint, out: Authority, schools: list[SchoolSpec]) -> None:
        self.mint = mint
        self.out = out
        self.schools = schools
        self.as_of = out.as_of
        self.last_day = out.as_of - ONE_DAY
        self.window_start = years_before(out.as_of, out.years)
        self.birth = {p.id: p.date_of_birth for p in out.people}
        self.pep_school: dict[tuple[uuid.UUID, str], str] = {}
        for pep in sorted(out.peps, key=lambda p: p.held_on):
            birth = self.birth.get(pep.child)
            if birth is not None:
                self.pep_school.setdefault((pep.child, stage_of(year_group(birth, pep.held_on))), pep.school)
        self.by_name = {s.name: s for s in schools}
        self.carers = {c.id: c for c in out.education.carers}  # the register, built before the schooling
        self.placements: dict[uuid.UUID, list[PlacementSpec]] = {}
        for placement in out.placements:
            self.placements.setdefault(placement.child, []).append(placement)
        self.workers: dict[uuid.UUID, list[AllocationSpec]] = {}
        for allocation in out.allocations:
            if allocation.role == AllocationRole.SOCIAL_WORKER:
                self.workers.setdefault(allocation.child, []).append(allocation)
        pool = mint.weighted(STAFF_POOLS)
        self.officer = f"{given_name(mint, pool, 'U', 'adult')} {surname(mint, pool)} (nominated officer)"
        pool = mint.weighted(STAFF_POOLS)
        self.director = (
            f"{given_name(mint, pool, 'U', 'adult')} {surname(mint, pool)} (Director of Children's Services)"
        )
        self.followed: list[Followed] = []

    def build(self) -> list[Followed]:
        for child in self.out.children:
            birth = self.birth.get(child.person)
            stays = sorted(self.placements.get(child.person, []), key=lambda p: p.start_date)
            if birth is None or not stays:
                continue
            followed = self._child(child.person, birth, stays)
            if followed is not None:
                self.followed.append(followed)
        return self.followed

    # -- choosing a school ---------------------------------------------------------------------------------
    def school_near(self, stage: str, town: str, avoid: SchoolSpec | None = None) -> SchoolSpec | None:
        """A school of the stage in the town, else one of the two nearest to it (None when there is no other)."""
        fits = [s for s in self.schools if s.phase in PHASES_FOR[stage] and s is not avoid]
        if not fits:
            return None
        here = [s for s in fits if s.area == town]
        if here:
            return self.mint.pick(here)
        centre = places.GRID.get(town, places.GRID["Lanternton"])
        fits.sort(key=lambda s: distance((s.easting, s.northing), centre))
        return self.mint.pick(fits[:2])

    def distant(self, school: SchoolSpec, placement: PlacementSpec) -> bool:
        """Whether the placement is more than 20 miles from the school (education/ks4.py is_distant): measured to
        its register entry, as Lantern measures it, else to the centre of its town; a placement in no known town
        is taken as distant when it is out of the authority."""
        entry_id = self.out.education.carer_of.get(placement.id)
        entry = self.carers.get(entry_id) if entry_id is not None else None
        where = (entry.easting, entry.northing) if entry is not None else None
        if where is None:
            where = places.GRID.get(places.town_of(placement.address))
        miles = miles_between((school.easting, school.northing), where)
        return not placement.in_authority if miles is None else is_distant(ticked=False, miles=miles)

    def worker_on(self, child: uuid.UUID, day: date) -> str:
        for allocation in self.workers.get(child, ()):
            if allocation.start_date <= day and (allocation.end_date is None or allocation.end_date >= day):
                return allocation.worker
        return ""

    # -- one child -----------------------------------------------------------------------------------------
    def _child(self, child: uuid.UUID, birth: date, stays: list[PlacementSpec]) -> Followed | None:
        reception = reception_start(birth)
        end_of_13 = date(reception.year + 14, 7, 22)
        first = max(stays[0].start_date, reception, self.window_start)
        last = min(self.last_day, end_of_13)
        if first > last:
            return None
        current = max(
            (p for p in stays if p.start_date <= first), key=lambda p: p.start_date, default=stays[0]
        )
        stage = stage_of(year_group(birth, first))
        named = self.by_name.get(self.pep_school.get((child, stage), ""))
        school = named or self.school_near(stage, places.town_of(current.address))
        if school is None:
            return None
        phase_start = {"primary": reception, "secondary": date(reception.year + 7, 9, 1)}
        stints = [Stint(school, phase_start.get(stage, date(reception.year + 12, 9, 1)))]
        events: list[tuple[date, int, PlacementSpec | None]] = [
            (p.start_date, 1, p) for p in stays if first < p.start_date <= last and p is not current
        ]
        events += [(date(reception.year + n, 9, 1), 0, None) for n in (7, 12)]
        secondary = (max(first, date(reception.year + 7, 9, 1)), min(last, date(reception.year + 12, 7, 1)))
        if secondary[0] < secondary[1] and self.mint.chance(PERMANENT_EXCLUSION):
            events.append((weekday_on_or_after(self.mint.between(*secondary)), 2, None))
        town = places.town_of(current.address)
        for day, what, placement in sorted(events, key=lambda e: (e[0], e[1])):
            if not first < day <= last:
                continue
            if placement is not None:
                moved_town = places.town_of(placement.address)
                if self.mint.chance(CHANGE_SCHOOL[moved_town != town]):
                    self._placement_move(child, birth, stints, placement, day)
                town = moved_town
            elif what == 0:
                self._transition(child, birth, stints, day, town)
            else:
                self._excluded(child, stints, day, town)
        end = stints[-1]
        end.end = end_of_13 if end_of_13 < self.as_of else None
        for stint in stints:
            self.out.education.enrolments.append(
                EnrolmentSpec(self.mint.uuid(), child, stint.school.id, stint.start, stint.end)
            )
        return Followed(child, birth, first, last, stints)

    def _placement_move(
        self, child: uuid.UUID, birth: date, stints: list[Stint], placement: PlacementSpec, day: date
    ) -> None:
        old = stints[-1].school
        stage = stage_of(year_group(birth, day))
        if old.phase == Phase.ALTERNATIVE or (stage == "sixth" and old.phase == Phase.COLLEGE):
            stage = "college" if old.phase == Phase.COLLEGE else stage
        new = self.school_near(stage, places.town_of(placement.address), avoid=old)
        left = weekday_on_or_before(day - timedelta(days=self.mint.rng.randint(0, 3)))
        left = max(left, stints[-1].start + ONE_DAY)
        joined = weekday_on_or_after(day + timedelta(days=self.mint.rng.randint(1, 10)))
        if date(day.year, 7, 23) <= joined <= date(day.year, 9, 2):
            joined = weekday_on_or_after(date(day.year, 9, 3))
        far = self.distant(old, placement)
        approval: dict[str, object] = {"distant": far}
        if in_key_stage_4(birth, left):
            approved = left - timedelta(days=self.mint.rng.randint(1, 10))
            approval = {
                "ks4_approved_by": self.director if far else self.officer,
                "ks4_approver_level": ApproverLevel.DIRECTOR if far else ApproverLevel.NOMINATED_OFFICER,
                "ks4_approved_on": approved,
                "designated_teacher_consulted_on": approved - timedelta(days=self.mint.rng.randint(1, 5)),
                "iro_consulted_on": approved - timedelta(days=self.mint.rng.randint(0, 5)),
            }
        self._move(child, stints, new, MoveReason.PLACEMENT_MOVE, left, joined, placement.id, **approval)

    def _transition(self, child: uuid.UUID, birth: date, stints: list[Stint], day: date, town: str) -> None:
        old = stints[-1].school
        group = year_group(birth, day)
        if group == 7 and old.phase == Phase.PRIMARY:
            new = self.school_near("secondary", town)
        elif group == 12 and old.phase != Phase.COLLEGE and self.mint.chance(TO_COLLEGE):
            new = self.school_near("college", town)
        else:
            return
        left = weekday_on_or_before(date(day.year, 7, 22))
        self._move(
            child, stints, new, MoveReason.TRANSITION, left, weekday_on_or_after(day + 2 * ONE_DAY), None
        )

    def _excluded(self, child: uuid.UUID, stints: list[Stint], day: date, town: str) -> None:
        self.out.education.exclusions.append(
            ExclusionSpec(
                self.mint.uuid(), child, stints[-1].school.id, ExclusionKind.PERMANENT, day, None,
                self.mint.pick(PERMANENT_REASONS),
            )
        )  # fmt: skip
        left = weekday_on_or_after(day + timedelta(days=self.mint.rng.randint(10, 20)))
        if left > self.last_day:
            return
        new = self.school_near("alternative", town, avoid=stints[-1].school)
        joined = weekday_on_or_after(left + timedelta(days=self.mint.rng.randint(1, 6)))
        self._move(child, stints, new, MoveReason.EXCLUSION, left, joined, None)

    def _move(
        self, child: uuid.UUID, stints: list[Stint], new: SchoolSpec | None, reason: str, left: date, joined: date,
        placement: uuid.UUID | None, **approval: object,
    ) -> None:  # fmt: skip
        old = stints[-1]
        if new is None or new is old.school or left <= old.start:
            return
        joined = max(min(joined, self.last_day), left)
        old.end = left
        stints.append(Stint(new, joined))
        due = add_school_days(left, RECORDS_SCHOOL_DAYS)
        sent, received = self._records(left, due)
        self.out.education.moves.append(
            SchoolMoveSpec(
                id=self.mint.uuid(),
                child=child,
                from_school=old.school.id,
                to_school=new.id,
                reason=reason,
                placement=placement,
                left_on=left,
                joined_on=joined,
                records_due_on=due,
                records_sent_on=sent,
                records_received_on=received,
                recorded_by=self.worker_on(child, left),
                **approval,  # type: ignore[arg-type]
            )
        )

    def _records(self, left: date, due: date) -> tuple[date | None, date | None]:
        """When the old school sent the records and the new one received them (None: not yet)."""
        rng = self.mint.rng
        if self.as_of - left <= RECENT and self.mint.chance(STILL_AWAITED):
            sent = left + timedelta(days=rng.randint(2, 30)) if self.mint.chance(0.4) else None
            return (sent if sent and sent <= self.last_day else None), None
        if self.mint.chance(LATE_RECORDS):
            sent = due + timedelta(days=rng.randint(1, 25))
            received = sent + timedelta(days=rng.randint(0, 3))
        else:
            sent = left + timedelta(days=rng.randint(0, max((due - left).days - 4, 0)))
            received = min(sent + timedelta(days=rng.randint(0, 3)), due)
        if sent > self.last_day:
            return None, None
        return sent, (received if received <= self.last_day else None)
