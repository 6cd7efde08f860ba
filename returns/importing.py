"""`lantern import-903 DIR`: an authority's earlier SSDA903 return (its CSV tables) loaded into Lantern, all or
nothing, to migrate the history of the children in it.

1. Each table is recognised by its exact header (returns/validation.py); Header, Episodes, Reviews and Missing are
   loaded, any other table is named as not loaded. Every row is checked (returns/import_rows.py: dates dd/mm/YYYY,
   codes from the DfE code lists Lantern's models use), and the episodes of each child are worked back into periods
   of care, legal statuses and placements (returns/import_plan.py: RNE S starts a period, REC X1 a new episode the
   same day, any other REC ends the period). A child whose local ID is already in Lantern is refused: a return is
   not merged into an existing record.
2. In one transaction each child is created with its records, straight through the models (a bulk migration:
   care/services.py and missing/services.py would audit and grant record by record), each record passing its
   model's checks (full_clean) and the checks those services make at entry: not before the child's birth nor in
   the future, no overlapping records of one kind, a legal status, placement or missing episode within a period
   of care. A record that fails is reported on the line of the row it came from.
3. Every problem of every step is collected as (file, table, line, reason): the children whose rows are sound
   are written even when another child's rows have problems, to find what the record refuses of theirs, then
   rolled back. If there is any problem, ImportRefused is raised and nothing is written. Otherwise each child
   created is audited once ("create" of a "child", with what was loaded for it). `dry_run` does all of it, then
   rolls back and audits nothing.
   An episode, review or missing episode of the return is not checked against the collection year: a directory
   holds one return, whatever its year.

What the return does not hold, Lantern records as not known:
- Names: the 903 has none. The child (and the first child of a girl with MOTHER 1) is named "Name not recorded",
  with a note on the person saying where they came from, for the worker to complete.
- MOTHER 1 is recorded as the genogram records it: a person, born on MC_DOB (blank if not given), of whom the girl
  is the parent. MOTHER 0 records nothing: it is what an export says of a girl with no child in her record.
- Carers: the 903 does not name them. A placement's carer is "Carer not recorded (SSDA903 <CHILD> carer <n>)", n
  counting the child's carers, the same for the placements RNE T and U say are with the same carer. A URN that is
  the Ofsted URN or the reference of an entry on the register links the placement to it (whatever its status now:
  this is history); "XXXXXXX" or an unknown URN leaves the placement unlinked, with a note for the latter.
- Times of missing episodes: the 903 gives days. An episode starts and ends at 12:00 UK time (MISSING_AT) on
  MIS_START and MIS_END; one that ended the day it started ends one minute after it began.
- A placement's address and whether it is inside the authority's area are not in the return (left blank/default).
- The children are allocated to no worker: a manager allocates them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from audit.actions import AuditAction
from audit.services import audit_record_many
from care.models import CarerProvider, LegalStatusRecord, PeriodOfCare, Placement
from care.services import check_no_overlap, check_within_care, sync_child_summary
from casework.statutory_records import LookedAfterReview
from lantern.child_records import check_dated
from missing.models import MissingEpisode
from missing.services import check_episode_in_care, check_episode_no_overlap
from people.models import Child, Person, Relationship, RelationshipType
from returns.import_plan import ChildPlan, PlannedPlacement, plan_children
from returns.import_rows import Problem, Source, read_rows
from returns.tables import COLUMNS, NO_URN_OF_ITS_OWN, episode_urn

FORENAME, SURNAME = "Name", "not recorded"
MISSING_AT = time(12, 0)
REPORTED_BY = "SSDA903 return (migrated)"
SECTIONS = (
    "children",
    "periods_of_care",
    "legal_statuses",
    "placements",
    "reviews",
    "missing_episodes",
    "first_children",
)

__all__ = ["ImportRefused", "ImportReport", "Problem", "import_903"]


class ImportRefused(Exception):
    """Nothing was loaded: every problem found, in the order of the tables and their lines."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=_order)
        super().__init__(f"{len(self.problems)} problem(s): nothing was loaded")


@dataclass
class ImportReport:
    directory: str
    dry_run: bool
    children: list[str] = field(default_factory=list)  # local IDs, as in the return
    counts: dict[str, int] = field(default_factory=dict)  # SECTIONS -> records created
    notes: list[Problem] = field(default_factory=list)  # loaded, but not as the return had it
    not_loaded: list[str] = field(default_factory=list)  # files of tables the import does not load


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def _order(problem: Problem) -> tuple[int, str, int]:
    tables = list(COLUMNS)
    return (tables.index(problem.table) if problem.table in tables else -1, problem.file, problem.line)


def _reason(what: str, error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        messages = [message for messages in error.message_dict.values() for message in messages]
    else:
        messages = list(error.messages)
    return f"{what}: {' '.join(messages)}"


def missing_moment(day: date, *, after: datetime | None = None) -> datetime:
    """The time Lantern gives a missing episode's start or end, which the 903 gives as a day."""
    moment = timezone.make_aware(datetime.combine(day, MISSING_AT))
    if after is not None and moment <= after:
        return after + timedelta(minutes=1)
    return moment


class _Writer:
    """Creates each child's records, collecting every problem by the line of the row it came from."""

    def __init__(self, source: str, urns: set[str]) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.counts: Counter[str] = Counter()
        self.created: list[tuple[Child, dict[str, int]]] = []
        self.register = self._register(urns)

    @staticmethod
    def _register(urns: set[str]) -> dict[str, CarerProvider]:
        found: dict[str, CarerProvider] = {}
        wanted = urns - {"", NO_URN_OF_ITS_OWN}
        entries = CarerProvider.objects.filter(Q(ofsted_urn__in=wanted) | Q(reference__in=wanted))
        for entry in entries.order_by("reference"):
            for key in (entry.ofsted_urn, entry.reference):
                if key in wanted:
                    found.setdefault(key, entry)
        return found

    def _save(
        self, instance: Any, at: Source, what: str, checks: Callable[[Any], None] | None = None
    ) -> bool:
        try:
            instance.full_clean()
            if checks is not None:
                checks(instance)
        except ValidationError as error:
            self.problems.append(at.problem(_reason(what, error)))
            return False
        instance.save()
        return True

    def write(self, plans: list[ChildPlan]) -> None:
        for plan in plans:
            self._child(plan)

    def _child(self, plan: ChildPlan) -> None:
        header = plan.header
        person = Person(
            forename=FORENAME,
            surname=SURNAME,
            date_of_birth=header.dob,
            sex=header.sex,
            ethnicity=header.ethnic,
            postcode=plan.home_post,
            notes=f"Migrated from the SSDA903 return ({self.source}), which holds no names: complete the name.",
        )
        if not self._save(person, header.at, "the child"):
            return
        child = Child(person=person, local_id=header.child, upn=header.upn, upn_unknown=header.upn_unknown)
        if not self._save(child, header.at, "the child"):
            return
        counts: Counter[str] = Counter(children=1)
        if header.mother == "1":
            counts["first_children"] += self._first_child(person, header.child, header.mc_dob, header.at)
        for period in plan.periods:
            record = PeriodOfCare(
                child=child,
                start_date=period.start,
                end_date=period.end,
                category_of_need=period.cin,
                end_reason=period.rec,
            )
            what = f"the period of care from {period.start:%d/%m/%Y}"
            counts["periods_of_care"] += self._save(record, period.at, what, _care_checks)
        for status in plan.statuses:
            legal = LegalStatusRecord(
                child=child, code=status.code, start_date=status.start, end_date=status.end
            )
            what = f"the legal status {status.code} from {status.start:%d/%m/%Y}"
            counts["legal_statuses"] += self._save(legal, status.at, what, _care_checks)
        for stay in plan.placements:
            placement = self._placement(child, stay)
            what = f"the placement from {stay.start:%d/%m/%Y}"
            counts["placements"] += self._save(placement, stay.at, what, _care_checks)
        for row in plan.reviews:
            review = LookedAfterReview(child=child, held_on=row.review, participation=row.code)
            what = f"the review on {row.review:%d/%m/%Y}"
            counts["reviews"] += self._save(review, row.at, what, _review_checks)
        for spell in plan.missing:
            began = missing_moment(spell.start)
            episode = MissingEpisode(
                child=child,
                kind=spell.kind,
                started_at=began,
                ended_at=missing_moment(spell.end, after=began) if spell.end is not None else None,
                reported_by=REPORTED_BY,
            )
            what = f"the missing episode from {spell.start:%d/%m/%Y}"
            counts["missing_episodes"] += self._save(episode, spell.at, what, _episode_checks)
        sync_child_summary(child)
        self.counts.update(counts)
        self.created.append((child, dict(counts)))

    def _first_child(self, mother: Person, local_id: str, born: date | None, at: Source) -> bool:
        baby = Person(
            forename=FORENAME,
            surname=SURNAME,
            date_of_birth=born,
            notes=f"The first child of {local_id}, as the SSDA903 return ({self.source}) gave: MOTHER 1 and MC_DOB.",
        )
        if self._save(baby, at, "the child's own child (MC_DOB)"):
            link = Relationship(person_a=mother, person_b=baby, kind=RelationshipType.PARENT)
            return self._save(link, at, "the child's own child (MOTHER)")
        return False

    def _placement(self, child: Child, stay: PlannedPlacement) -> Placement:
        entry = self.register.get(stay.urn)
        if stay.urn and stay.urn != NO_URN_OF_ITS_OWN and entry is None:
            given = episode_urn(stay.place, "")
            self.notes.append(
                stay.at.problem(
                    f"URN {stay.urn} is not on the register: the placement is kept without a register entry, and an "
                    f"export gives URN {given or 'blank'} until one is linked"
                )
            )
        return Placement(
            child=child,
            place=stay.place,
            provider=stay.provider,
            carer=entry.name
            if entry is not None
            else f"Carer not recorded (SSDA903 {child.local_id} carer {stay.carer})",
            carer_record=entry,
            postcode=stay.postcode,
            start_date=stay.start,
            end_date=stay.end,
            change_reason=stay.change_reason,
        )


def _care_checks(record: PeriodOfCare | LegalStatusRecord | Placement) -> None:
    """care_record_save's checks: not before birth nor in the future, no overlap, within a period of care."""
    check_dated(child=record.child, field="start_date", day=record.start_date)
    check_dated(child=record.child, field="end_date", day=record.end_date)
    check_no_overlap(record)
    if not isinstance(record, PeriodOfCare):
        check_within_care(record)


def _review_checks(review: LookedAfterReview) -> None:
    """child_record_save's check: not before birth nor in the future."""
    check_dated(child=review.child, field="held_on", day=review.held_on)


def _episode_checks(episode: MissingEpisode) -> None:
    """episode_save's checks: not before birth nor in the future, within a period of care, no overlap."""
    check_dated(child=episode.child, field="started_at", day=timezone.localdate(episode.started_at))
    check_episode_in_care(episode)
    check_episode_no_overlap(episode)


def _already_in_lantern(plans: list[ChildPlan]) -> set[str]:
    return set(
        Child.objects.filter(local_id__in=[p.header.child for p in plans]).values_list("local_id", flat=True)
    )


def _not_merged(plan: ChildPlan) -> Problem:
    return plan.header.at.problem(
        f"CHILD {plan.header.child} is already in Lantern: an import does not merge a return into a child's "
        "record; none of this child's rows can be loaded"
    )


def _audit(writer: _Writer, actor: Any, source: str) -> None:
    audit_record_many(
        actor=actor,
        action=AuditAction.CREATE,
        request=None,
        entries=(
            {
                "object_type": "child",
                "object_id": child.pk,
                "child_id": child.pk,
                "reason": f"SSDA903 import from {source}",
                "diff": {section: [None, n] for section, n in counts.items()},
            }
            for child, counts in writer.created
        ),
    )


def import_903(directory: Path | str, *, actor: Any = None, dry_run: bool = False) -> ImportReport:
    """Load the SSDA903 return in `directory`; ImportRefused lists every problem, having written nothing."""
    directory = Path(directory)
    rows, problems = read_rows(directory)
    if rows is None:
        raise ImportRefused(problems)
    plan = plan_children(rows)
    known = _already_in_lantern(plan.children)
    problems += plan.problems + [_not_merged(child) for child in plan.children if child.header.child in known]
    writable = [child for child in plan.sound if child.header.child not in known]
    source = directory.name or str(directory)
    urns = {stay.urn for child in writable for stay in child.placements}
    try:
        with transaction.atomic():
            # Written even when a problem is already known, to find the problems the record itself refuses too;
            # rolled back then.
            writer = _Writer(source, urns)
            writer.write(writable)
            if problems or writer.problems:
                raise ImportRefused(problems + writer.problems)
            report = ImportReport(
                directory=str(directory),
                dry_run=dry_run,
                children=[child.local_id for child, _ in writer.created],
                counts={section: writer.counts[section] for section in SECTIONS},
                notes=sorted(plan.notes + writer.notes, key=_order),
                not_loaded=[rows.files[name] for name in rows.not_loaded],
            )
            if dry_run:
                raise _DryRun(report)
            _audit(writer, actor, source)
    except _DryRun as rolled_back:
        return rolled_back.report
    except IntegrityError as error:  # a child with one of these local IDs added meanwhile, say
        raise ImportRefused(
            [Problem(str(directory), "", 0, f"the database refused the return: {error}")]
        ) from error
    return report
