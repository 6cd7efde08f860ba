"""Writing the care records of a bundle (bundles/care.py lists them) for a child whose own record is saved.

Each record is checked as the services check it: the model's own checks (full_clean), a date neither before the
child's birth nor after today (lantern.child_records.check_dated), and for periods of care, legal statuses and
placements the rules of care/services.py: no two records of one kind overlap, and a legal status or placement
falls within a period of care. A missing episode passes the checks of missing/services.py episode_save (its start,
as a local date, neither before the child's birth nor after today; within a period of care; not overlapping
another episode of the child), and a return interview those of return_interview_save (the episode has ended; the
interview was offered after the child came back). A substance misuse record, a youth justice outcome, a previous
permanence order and a decision to place for adoption pass the checks of substance_misuse_save, outcome_save,
previous_permanence_save and adoption_decision_save (every date neither before the child's birth nor after today; no
conviction or caution before the age of criminal responsibility; an order before its period of care began; a
decision within a period of care, by the placement order and the placement for adoption, not overlapping another).
The services themselves are not called: episode_save also gives the coordinator and the return interview service
access grants, which an import must not do, and the services audit each record, where an import has its one audit
row.

Records are saved one by one (so the chronology entries they make for themselves are made by the same signals as in
use) inside the importer's transaction; every problem is collected, by the JSON path of the record and field, e.g.
$.placements[2].start_date. A record that names a record of an earlier list (a plan or notification its placement,
a return interview or a profile sent its missing episode, a previous permanence order its period of care) must
name one in that list of the bundle."""

from __future__ import annotations

import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from bundles.care import DATES, MOMENTS, PARTS, Part
from bundles.errors import model_errors
from bundles.plain import model_value
from bundles.register import entry_and_note
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from care.models import PeriodOfCare
from care.services import check_no_overlap, check_record, check_within_care, sync_child_summary
from casework.care_leaver_services import check_care_leaver_outcome
from casework.services import check_review
from casework.youth_justice_services import check_outcome
from health.services import MISUSE_DATES
from lantern.child_records import check_dated
from missing.models import MissingEpisode, ReturnInterview
from missing.services import check_episode_in_care, check_episode_no_overlap
from people.models import Child
from permanence.services import check_adoption_decision, check_previous_permanence


def _value(name: str, value: Any) -> Any:
    return model_value(value, dates=DATES, moments=MOMENTS, name=name)


def _episode_checks(episode: MissingEpisode, child: Child, *, within_care: bool) -> None:
    """episode_save's checks beyond the model's own."""
    check_dated(child=child, field="started_at", day=timezone.localdate(episode.started_at))
    if within_care:
        check_episode_in_care(episode)
    check_episode_no_overlap(episode)


def _interview_checks(interview: ReturnInterview) -> None:
    """return_interview_save's checks beyond the model's own (with the same messages)."""
    episode = interview.episode
    if episode.ended_at is None:
        raise ValidationError({"offered_at": "Record when the child came back before the return interview"})
    if interview.offered_at is not None and interview.offered_at < episode.ended_at:
        raise ValidationError({"offered_at": "The interview is offered after the child came back"})


def _service_checks(part: Part, instance: Any, child: Child, *, within_care: bool) -> None:
    """What the record's service refuses beyond the model's own checks. `within_care` is false when a period of
    care of the bundle failed: its own problem is listed, not one for each record in it."""
    if part.checks == "dated":
        check_dated(child=child, field=part.dated_by, day=getattr(instance, part.dated_by))
    elif part.checks == "care":
        check_dated(child=child, field="start_date", day=instance.start_date)
        check_dated(child=child, field="end_date", day=instance.end_date)
        check_no_overlap(instance)
        check_record(instance, child)
        if within_care and not isinstance(instance, PeriodOfCare):
            check_within_care(instance)
    elif part.checks == "review":
        check_dated(child=child, field=part.dated_by, day=getattr(instance, part.dated_by))
        if within_care:
            check_review(instance, child)
    elif part.checks == "episode":
        _episode_checks(instance, child, within_care=within_care)
    elif part.checks == "interview":
        _interview_checks(instance)
    elif part.checks == "misuse":
        for name in (*MISUSE_DATES, "identified_on"):  # substance_misuse_save's, then child_record_save's
            check_dated(child=child, field=name, day=getattr(instance, name))
    elif part.checks == "youth_justice":
        check_outcome(instance)
        check_dated(child=child, field="outcome_on", day=instance.outcome_on)
    elif part.checks == "previous":
        check_previous_permanence(instance, child, instance.period if within_care else None)
    elif part.checks == "adoption":
        check_adoption_decision(instance, child, within_care=within_care)
    elif part.checks == "leaver":
        check_dated(child=child, field="birthday", day=instance.birthday)
        check_care_leaver_outcome(instance)


class CareWriter:
    """Writes the care parts of a bundle in the order of PARTS (periods of care before what must fall within
    them, placements before their plans and notifications, missing episodes before their return interviews, the
    periods of care, legal statuses and placements before the decisions to place for adoption checked against
    them);
    collects every problem instead of stopping."""

    def __init__(self, data: dict[str, Any], child: Child | None, workers: WorkerResolver) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self.errors: list[Problem] = []
        self.notes: list[Problem] = []  # not errors: a register entry this Lantern does not have
        self.counts: dict[str, int] = {part.section: 0 for part in PARTS}
        self.records: dict[str, dict[str, models.Model]] = {part.section: {} for part in PARTS}
        self.saved: set[str] = set()
        self.unreadable: set[str] = set()
        self.periods_failed = False

    def write(self) -> None:
        for part in PARTS:
            for index, record in enumerate(self.data.get(part.section, [])):
                self._write(part, f"$.{part.section}[{index}]", record)
        if self.child is not None and (self.counts["periods_of_care"] or self.counts["legal_statuses"]):
            # As in care/services.py: the child's legal status summary follows the records.
            sync_child_summary(self.child)

    def _write(self, part: Part, path: str, record: dict[str, Any]) -> None:
        instance: Any = part.model(id=uuid.UUID(record["id"]))
        waiting: list[str] = []
        if self.child is None:
            waiting.append("child")
        else:
            instance.child = self.child
        for name in part.fields:
            if name in record:
                try:
                    setattr(instance, name, _value(name, record[name]))
                except ValueError:
                    self.errors.append(
                        (f"{path}.{name}", f"{record[name]!r} is not valid: no such date and time")
                    )
                    self.unreadable.add(record["id"])
                    return
        if part.user:
            spec = record.get(part.user)
            user = (
                None if spec is None else self.workers.resolve(spec, f"{path}.{part.user}", allocatable=False)
            )
            if spec is not None and user is None:
                waiting.append(part.user)
            setattr(instance, part.user, user)
        if part.register and record.get(part.register) is not None:
            entry, note = entry_and_note(record[part.register], "the placement is kept with its carer's name")
            setattr(instance, part.register, entry)
            if note:
                self.notes.append((f"{path}.{part.register}", note))
        link = part.link
        if link is not None and record.get(link.field) is not None:
            linked = self.records[link.section].get(record[link.field])
            if linked is None and record[link.field] in self.unreadable:
                return  # the record it names could not be read: that problem is listed
            if linked is None:
                self.errors.append((f"{path}.{link.field}", f"names no {link.field} in {link.section}"))
                return
            setattr(instance, link.field, linked)
            if record[link.field] not in self.saved:
                waiting.append(link.field)
        elif link is not None and link.required:
            self.errors.append((f"{path}.{link.field}", f"is required: the id of a record in {link.section}"))
            return
        self.records[part.section].setdefault(
            record["id"], instance
        )  # a second use of the id fails as a duplicate
        if self._save(part, instance, path, record, waiting):
            self.saved.add(record["id"])
            self.counts[part.section] += 1
        elif part.section == "periods_of_care":
            self.periods_failed = True

    def _save(
        self, part: Part, instance: models.Model, path: str, record: dict[str, Any], waiting: list[str]
    ) -> bool:
        """Validate `instance` as the services would and save it, unless a record it needs (in `waiting`) failed."""
        try:
            instance.full_clean(exclude=waiting)
            if self.child is not None:
                _service_checks(part, instance, self.child, within_care=not self.periods_failed)
        except ValidationError as error:
            self.errors += model_errors(error, path=path, record=record)
            return False
        if waiting:
            return False
        instance.save()
        return True
