"""Placement matches of the synthetic authority (issue 8), pure and deterministic: for each placement with a register
entry that started in the last two years of the seed, a search a few days before it started, ranked by matching's
own rank() and kept as matching's snapshot, the placement's carer chosen (with its rank and the reasons in words)
and the placement linked, and the outcome as matching/outcome.py works it out on the seed's day.

- The search is a few days before the placement, never before the child's birth (a baby placed from hospital is
  searched for on the day of birth at the earliest).
- The needs come simply from the seed's facts on the search day: age and sex, brothers and sisters placed with the
  same carer that day, the latest exploitation screening, missing episodes in the 90 days before, the school the
  child was at (Key Stage 4 or not), some wishes, trauma for about half and a disability for a few.
- The register is searched as it stood: entries approved by then, children placed with each on the day and its
  record of placements ended before it. An entry with a child placed within the year after is taken as approved
  then (today's on hold and closed entries were not all so then). To keep the seed quick and its snapshots short
  (a whole-register snapshot is about 60 kB), a seeded search looks at a shortlist: the SHORTLIST entries of the
  setting the placement is in (a family, a children's home or supported accommodation) nearest the child's school
  (the middle of the authority when there is none), with the carer chosen among them; a connected carer is searched
  only for their own child.
- A placement whose carer failed a hard limit at the search (an emergency placement, which happens) gets no
  match: every seeded match chose a carer its ranking ranked."""

from __future__ import annotations

import heapq
import uuid
from collections import defaultdict
from datetime import date, timedelta

from care.codes import UNPLANNED_ENDINGS, PlacementChangeReason
from care.register_models import CarerKind, RegisterStatus
from education.key_stage import in_key_stage_4
from matching.needs import Needs, SchoolToKeep, WishFlag, needs_to_json
from matching.outcome import DEFAULT_STABLE_DAYS, outcome_of
from matching.rank import CarerFacts, rank
from matching.snapshot import ranking_to_json
from matching.weights import Weights, weights_to_json
from synthetic import places
from synthetic.care_education import EducationBuilder, Followed
from synthetic.care_register import age_on
from synthetic.mint import Mint, years_before
from synthetic.spec import Authority, PlacementSpec
from synthetic.spec_education import CarerSpec, MatchSpec

YEARS_OF_MATCHES = 2
SHORTLIST = 20
CENTRE = places.GRID["Lanternton"]
SEX_OF = {"F": "female", "M": "male"}
SETTING: dict[str, str] = {
    CarerKind.OWN_FOSTER: "family",
    CarerKind.AGENCY_FOSTER: "family",
    CarerKind.CONNECTED: "connected",
    CarerKind.CHILDRENS_HOME: "home",
    CarerKind.SUPPORTED: "supported",
}
NOTES = (
    "",
    "Needs a carer who will keep the school run going.",
    "The child has asked to live near their brother.",
    "Contact with mum twice a week must be kept up.",
    "Emergency search after the last placement ended.",
    "",
)
REASON_LABELS = dict(PlacementChangeReason.choices)


class MatchBuilder:
    def __init__(
        self, mint: Mint, out: Authority, schooling: EducationBuilder, followed: list[Followed]
    ) -> None:
        self.mint = mint
        self.out = out
        self.as_of = out.as_of
        self.schooling = schooling
        self.people = {p.id: p for p in out.people}
        self.carers = {c.id: c for c in out.education.carers}
        self.by_setting: dict[str, list[CarerSpec]] = defaultdict(list)
        for entry in out.education.carers:
            self.by_setting[SETTING[entry.kind]].append(entry)
        self.stays: dict[uuid.UUID, list[PlacementSpec]] = defaultdict(list)
        for placement in out.placements:
            carer = out.education.carer_of.get(placement.id)
            if carer is not None:
                self.stays[carer].append(placement)
        self.schools = {s.id: s for s in out.education.schools}
        self.followed = {f.child: f for f in followed}
        self.screenings: dict[uuid.UUID, list[tuple[date, str]]] = defaultdict(list)
        for screening in out.screenings:
            self.screenings[screening.child].append((screening.screened_on, screening.level))
        self.missing: dict[uuid.UUID, list[date]] = defaultdict(list)
        for episode in out.missing_episodes:
            self.missing[episode.child].append(episode.started_at.date())
        self.weights = Weights()

    def build(self) -> None:
        since = years_before(self.as_of, YEARS_OF_MATCHES)
        for placement in self.out.placements:
            carer = self.out.education.carer_of.get(placement.id)
            if carer is not None and since <= placement.start_date < self.as_of:
                self._match(placement, self.carers[carer])

    # -- the register on the search day --------------------------------------------------------------------
    def _facts(self, carer: CarerSpec, day: date) -> CarerFacts:
        stays = self.stays.get(carer.id, [])
        occupied = sum(1 for s in stays if s.start_date <= day and (s.end_date is None or s.end_date >= day))
        ended = [s for s in stays if s.end_date is not None and s.end_date < day]
        soon = day + timedelta(days=365)
        status = carer.status
        if any(s.start_date <= soon and (s.end_date is None or s.end_date >= day) for s in stays):
            status = RegisterStatus.ACTIVE
        return CarerFacts(
            id=carer.id,
            reference=carer.reference,
            name=carer.name,
            kind=carer.kind,
            status=status,
            area=carer.area,
            in_authority=carer.in_authority,
            easting=carer.easting,
            northing=carer.northing,
            min_age=carer.min_age,
            max_age=carer.max_age,
            places=carer.places,
            sex_limit=carer.sex_limit,
            skills=frozenset(carer.skills),
            support=frozenset(carer.support),
            occupied=occupied,
            placements_ended=len(ended),
            placements_unplanned=sum(1 for s in ended if s.change_reason in UNPLANNED_ENDINGS),
        )

    def _register(self, chosen: CarerSpec, day: date, near: tuple[int, int]) -> list[CarerFacts]:
        setting = SETTING[chosen.kind]
        looked_at = [chosen]
        if setting != "connected":
            others = (c for c in self.by_setting[setting] if c.approved_on <= day and c is not chosen)
            east, north = near
            looked_at += heapq.nsmallest(
                SHORTLIST - 1,
                others,
                key=lambda c: ((c.easting - east) ** 2 + (c.northing - north) ** 2, c.reference),
            )
        return [self._facts(c, day) for c in sorted(looked_at, key=lambda c: c.reference)]

    # -- the needs -----------------------------------------------------------------------------------------
    def _needs(self, placement: PlacementSpec, day: date) -> Needs:
        mint, child = self.mint, placement.child
        person = self.people[child]
        birth = person.date_of_birth or placement.start_date
        age = age_on(birth, placement.start_date)
        carer = self.out.education.carer_of[placement.id]
        siblings = sum(
            1 for s in self.stays[carer] if s.start_date == placement.start_date and s.child != child
        )
        screened = [level for on, level in sorted(self.screenings[child]) if on <= day]
        episodes = sum(1 for d in self.missing[child] if day - timedelta(days=90) <= d <= day)
        school = None
        followed = self.followed.get(child)
        if followed is not None:
            at = next(
                (s.school for s in followed.stints if s.start <= day and (s.end is None or s.end > day)), None
            )
            if at is not None:
                school = SchoolToKeep(at.name, at.easting, at.northing)
        flags = []
        if age < 15 and mint.chance(0.3):
            flags.append(WishFlag.FAMILY_SETTING)
        if mint.chance(0.2):
            flags.append(WishFlag.STAY_IN_AREA)
        if school is not None and mint.chance(0.25):
            flags.append(WishFlag.SAME_SCHOOL)
        return Needs(
            age=age,
            sex=SEX_OF.get(person.sex, "unknown"),
            siblings=siblings,
            exploitation_risk=screened[-1] if screened and screened[-1] else "none",
            missing_pattern=episodes >= 2,
            missing_episodes_90_days=episodes,
            disability=mint.chance(0.04),
            trauma=mint.chance(0.5),
            school=school,
            key_stage_4=school is not None and in_key_stage_4(birth, day),
            wish_flags=tuple(flags),
        )

    # -- one match -----------------------------------------------------------------------------------------
    def _match(self, placement: PlacementSpec, chosen: CarerSpec) -> None:
        mint = self.mint
        searched = placement.start_date - timedelta(days=mint.rng.randint(0, 6))
        birth = self.people[placement.child].date_of_birth
        if birth is not None:
            searched = max(searched, birth)  # a newborn placed from hospital is searched for once born
        worker = self.schooling.worker_on(placement.child, searched) or self.schooling.worker_on(
            placement.child, placement.start_date
        )
        if not worker:
            return
        needs = self._needs(placement, searched)
        school = needs.school
        near = (school.easting, school.northing) if school and school.located else CENTRE
        ranking = rank(needs, self._register(chosen, searched, near), self.weights)  # type: ignore[arg-type]
        position = next((n for n, r in enumerate(ranking.ranked, start=1) if r.carer.id == chosen.id), None)
        if position is None:
            return
        best = ranking.ranked[position - 1]
        good = [p.words for p in best.parts if p.points > 0][:3]
        reasons = f"Ranked {position} of {len(ranking.ranked)}" + (f": {'; '.join(good)}." if good else ".")
        if position > 1:
            reasons += " " + mint.pick(
                (
                    "The carers ranked higher could not take the child on the day.",
                    "Chosen to keep the child near their family and friends.",
                    "The child met the carers and wanted to live with them.",
                )
            )
        found = outcome_of(
            start=placement.start_date,
            end=placement.end_date,
            reason=placement.change_reason,
            as_of=self.as_of,
            stable_after=DEFAULT_STABLE_DAYS,
            unplanned=UNPLANNED_ENDINGS,
            reason_labels=REASON_LABELS,
        )
        self.out.education.matches.append(
            MatchSpec(
                id=mint.uuid(),
                child=placement.child,
                searched_on=searched,
                searched_by=worker,
                needs=needs_to_json(needs),
                worker_notes=mint.pick(NOTES),
                ranking=ranking_to_json(ranking),
                weights=weights_to_json(self.weights),
                chosen=chosen.id,
                chosen_rank=position,
                chosen_score=round(best.score, 1),
                reasons=reasons,
                decided_on=min(searched + timedelta(days=mint.rng.randint(0, 2)), placement.start_date),
                decided_by=worker,
                placement=placement.id,
                outcome=found.outcome,
                outcome_on=found.on,
                outcome_notes=found.why,
            )
        )
