"""Creating a child's whole record from a case bundle, all or nothing.

1. The bundle is checked against the JSON Schema; every error is collected and named by its JSON path.
2. Cross-record checks: ids unique, every reference names someone in "people", the child's local ID is new.
3. In one transaction every record is built, full_clean()ed (NHS check digits, UPN check letters, date ranges,
   uniqueness) and saved; the care records (bundles/care_writer.py) also pass the checks of their services
   (no overlapping placements, a placement within a period of care, no date before the child's birth, a missing
   episode within a period of care...), and the risk records (bundles/risk_writer.py) those of risk/services.py
   (a screening's review after it, evidence for every grade above none, an owner for every action...); the
   network, sharing and escalation records are written through their services (bundles/service_writer.py), the
   education records and placement matches audited one by one (bundles/education_writer.py, matching_writer.py).
   Model errors are mapped back to the JSON path of the record and field.
   If anything failed, BundleError is raised inside the transaction, so nothing is written; the photo of a
   missing person profile (bundles/missing_profile.py), a file outside the database, is removed again.

One audit row records the import ("create" of a "bundle"); the records it wrote are not audited one by one, but for
those written through their services or save_audited (network, sharing, escalations, education, placement matches).
A placement's register entry or a match's chosen carer that this Lantern does not have is left unlinked, with a
note in ImportReport.notes (not an error).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from audit.actions import AuditAction
from audit.services import audit_record
from bundles.care_writer import CareWriter
from bundles.education_writer import EducationWriter
from bundles.errors import model_errors
from bundles.escalation_writer import EscalationWriter
from bundles.matching_writer import MatchingWriter
from bundles.missing_profile import SECTION as PROFILE_SECTION
from bundles.missing_profile import ProfileWriter
from bundles.network_writer import NetworkWriter
from bundles.references import reference_errors
from bundles.risk_writer import RiskWriter
from bundles.sharing_writer import SharingWriter
from bundles.story import StoryWriter
from bundles.validation import BundleError, Problem, schema_errors, sort_problems
from bundles.workers import WorkerResolver
from casework.models import Allocation
from people.models import Child, Person, PersonName, Relationship
from people.services import CHILD_FIELDS, PERSON_FIELDS, RELATIONSHIP_FIELDS

DATE_FIELDS = frozenset(
    {"date_of_birth", "date_of_death", "legal_status_since", "looked_after_since", "uasc_ceased_on"}
    | {"start_date", "end_date"}
)

__all__ = ["BundleError", "ImportReport", "bundle_import", "bundle_import_report"]


@dataclass
class ImportReport:
    child: Child
    people: int = 0
    other_names: int = 0
    relationships: int = 0
    allocations: int = 0
    care_records: dict[str, int] = field(default_factory=dict)
    created_users: list[str] = field(default_factory=list)
    created_teams: list[str] = field(default_factory=list)
    created_agencies: list[str] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # imported, but not as the bundle had it (not errors)


def _assign(instance: models.Model, record: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        if name in record:
            value = record[name]
            if name in DATE_FIELDS and isinstance(value, str):
                value = date.fromisoformat(value)
            setattr(instance, name, value)


class _Writer:
    """Builds, validates and saves each record, collecting every problem instead of stopping at the first.

    A record whose parent failed (a name of a person who failed, say) is still checked, without the link to the
    parent, so that its own problems are listed too; it is not saved.
    """

    def __init__(self, data: dict[str, Any], actor: Any = None) -> None:
        self.data = data
        self.actor = actor
        self.errors: list[Problem] = []
        self.people: dict[str, Person] = {}
        self.saved: set[str] = set()
        self.workers = WorkerResolver()
        self.counts = {"people": 0, "other_names": 0, "relationships": 0, "allocations": 0}
        self.care_counts: dict[str, int] = {}
        self.profile: ProfileWriter | None = None
        self.notes: list[Problem] = []

    def _save(self, instance: models.Model, path: str, record: dict[str, Any], waiting_on: list[str]) -> bool:
        """Validate `instance` and save it, unless a parent it needs (a field in `waiting_on`) failed."""
        try:
            instance.full_clean(exclude=waiting_on)
        except ValidationError as error:
            self.errors += model_errors(error, path=path, record=record)
            return False
        if waiting_on:
            return False
        instance.save()
        return True

    def _unsaved(self, **links: str) -> list[str]:
        return [name for name, person_id in links.items() if person_id not in self.saved]

    def write(self) -> Child | None:
        for index, record in enumerate(self.data["people"]):
            self._person(index, record)
        child = self._child()
        for index, record in enumerate(self.data["relationships"]):
            self._relationship(index, record)
        for index, record in enumerate(self.data["allocations"]):
            self._allocation(child, index, record)
        # Care records before the story: its chronology analysis names the entries they make for themselves.
        care = CareWriter(self.data, child, self.workers)
        care.write()
        self.errors += care.errors
        self.profile = ProfileWriter(self.data, child, self.workers)
        self.profile.write()
        self.errors += self.profile.errors
        # The risk records too, before the story: the screenings and discussions make chronology entries.
        risk = RiskWriter(self.data, child, self.workers)
        risk.write()
        self.errors += risk.errors
        # The network, what was shared (for the placements and members above) and the escalations (from the
        # discussions above), through their services.
        network = NetworkWriter(self.data, child, self.workers, self.actor)
        network.write()
        sharing = SharingWriter(self.data, child, self.workers, self.actor, members=network.members)
        sharing.write()
        escalations = EscalationWriter(self.data, child, self.workers, self.actor)
        escalations.write()
        self.errors += network.errors + sharing.errors + escalations.errors
        # The education record and the placement matches (both may name a placement above), before the story.
        education = EducationWriter(self.data, child, self.workers, self.actor)
        education.write()
        matching = MatchingWriter(self.data, child, self.workers, self.actor)
        matching.write()
        self.errors += education.errors + matching.errors
        self.care_counts = {
            **care.counts,
            PROFILE_SECTION: self.profile.count,
            **risk.counts,
            **network.counts,
            **sharing.counts,
            **escalations.counts,
            **education.counts,
            **matching.counts,
        }
        story = StoryWriter(self.data, child, self.workers, self._save)
        story.not_made = {("placementmatch", match_id) for match_id in matching.unlinked}
        story.write()
        self.errors += story.errors
        self.notes = sort_problems(care.notes + education.notes + matching.notes + story.notes)
        self.errors += self.workers.errors
        return child

    def _person(self, index: int, record: dict[str, Any]) -> None:
        path = f"$.people[{index}]"
        person = Person(id=uuid.UUID(record["id"]))
        _assign(person, record, PERSON_FIELDS)
        self.people[record["id"]] = person
        if self._save(person, path, record, []):
            self.saved.add(record["id"])
            self.counts["people"] += 1
        for n, name in enumerate(record.get("other_names", [])):
            other = PersonName(person=person, kind=name["kind"], name=name["name"])
            if self._save(other, f"{path}.other_names[{n}]", name, self._unsaved(person=record["id"])):
                self.counts["other_names"] += 1

    def _child(self) -> Child | None:
        record = self.data["child"]
        child = Child(person=self.people[record["person"]])
        _assign(child, record, CHILD_FIELDS)
        return child if self._save(child, "$.child", record, self._unsaved(person=record["person"])) else None

    def _relationship(self, index: int, record: dict[str, Any]) -> None:
        a, b = record["person_a"], record["person_b"]
        relationship = Relationship(
            id=uuid.UUID(record["id"]), person_a=self.people[a], person_b=self.people[b]
        )
        _assign(relationship, record, RELATIONSHIP_FIELDS)
        waiting_on = self._unsaved(person_a=a, person_b=b)
        if self._save(relationship, f"$.relationships[{index}]", record, waiting_on):
            self.counts["relationships"] += 1

    def _allocation(self, child: Child | None, index: int, record: dict[str, Any]) -> None:
        path = f"$.allocations[{index}]"
        worker = self.workers.resolve(record["worker"], f"{path}.worker")
        allocation = Allocation(id=uuid.UUID(record["id"]))
        _assign(allocation, record, ("role", "start_date", "end_date", "end_reason"))
        waiting_on = []
        if child is None:
            waiting_on.append("child")
        else:
            allocation.child = child
        if worker is None:
            waiting_on.append("worker")
        else:
            allocation.worker = worker
        if self._save(allocation, path, record, waiting_on):
            self.counts["allocations"] += 1


def bundle_import_report(*, data: Any, actor: Any = None, source: str = "") -> ImportReport:
    """Import a bundle and say what was created. Raises BundleError, having written nothing, on any problem."""
    problems = schema_errors(data)
    if problems:
        raise BundleError(problems)
    problems = reference_errors(data)
    if problems:
        raise BundleError(sort_problems(problems))
    writer = _Writer(data, actor)
    try:
        with transaction.atomic():
            child = writer.write()
            if writer.errors or child is None:
                raise BundleError(sort_problems(writer.errors) or [("$", "the bundle could not be imported")])
            counts = writer.counts
            report = ImportReport(
                child=child,
                people=counts["people"],
                other_names=counts["other_names"],
                relationships=counts["relationships"],
                allocations=counts["allocations"],
                care_records=writer.care_counts,
                created_users=writer.workers.created_users,
                created_teams=writer.workers.created_teams,
                created_agencies=writer.workers.created_agencies,
                notes=writer.notes,
            )
            _audit(report, actor, source)
    except BaseException as error:
        if writer.profile is not None:
            writer.profile.discard()  # the transaction was rolled back: keep no photo that nothing points to
        if isinstance(error, IntegrityError):
            raise BundleError([("$", f"the database refused the bundle: {error}")]) from error
        raise
    return report


def _audit(report: ImportReport, actor: Any, source: str) -> None:
    summary: dict[str, Any] = {
        "people": [None, report.people],
        "relationships": [None, report.relationships],
        "allocations": [None, report.allocations],
    }
    summary.update({section: [None, n] for section, n in report.care_records.items() if n})
    if report.notes:
        summary["notes"] = [None, [f"{path}: {message}" for path, message in report.notes]]
    if report.created_users:
        summary["inactive users created"] = [None, ", ".join(report.created_users)]
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        object_type="bundle",
        object_id=report.child.pk,
        child_id=report.child.pk,
        reason=f"case bundle import from {source}" if source else "case bundle import",
        diff=summary,
    )


def bundle_import(*, data: Any, actor: Any = None, source: str = "") -> Child:
    """Create the child and everything in the bundle in one transaction; BundleError lists every problem."""
    return bundle_import_report(data=data, actor=actor, source=source).child
