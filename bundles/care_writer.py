"""Writing the care records of a bundle (bundles/care.py lists them) for a child whose own record is saved.

Each record is checked as the services check it: the model's own checks (full_clean), a date neither before the
child's birth nor after today (lantern.child_records.check_dated), and for periods of care, legal statuses and
placements the rules of care/services.py: no two records of one kind overlap, and a legal status or placement
falls within a period of care. Records are saved one by one (so the chronology entries they make for themselves are
made by the same signals as in use) inside the importer's transaction; every problem is collected, by the JSON
path of the record and field, e.g. $.placements[2].start_date. A plan or notification must name a placement in
the bundle's "placements"."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from bundles.care import DATES, PARTS, Part
from bundles.errors import model_errors
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from care.models import PeriodOfCare, Placement
from care.services import check_no_overlap, check_within_care, sync_child_summary
from lantern.child_records import check_dated
from people.models import Child


def _value(name: str, value: Any) -> Any:
    return date.fromisoformat(value) if name in DATES and isinstance(value, str) else value


def _service_checks(part: Part, instance: Any, child: Child, *, within_care: bool) -> None:
    """What care_record_save and child_record_save refuse beyond the model's own checks. `within_care` is false
    when a period of care of the bundle failed: its own problem is listed, not one for each record in it."""
    if not part.care:
        check_dated(child=child, field=part.dated_by, day=getattr(instance, part.dated_by))
        return
    check_dated(child=child, field="start_date", day=instance.start_date)
    check_dated(child=child, field="end_date", day=instance.end_date)
    check_no_overlap(instance)
    if within_care and not isinstance(instance, PeriodOfCare):
        check_within_care(instance)


class CareWriter:
    """Writes the care parts of a bundle in the order of PARTS (periods of care before what must fall within
    them, placements before their plans and notifications); collects every problem instead of stopping."""

    def __init__(self, data: dict[str, Any], child: Child | None, workers: WorkerResolver) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self.errors: list[Problem] = []
        self.counts: dict[str, int] = {part.section: 0 for part in PARTS}
        self.placements: dict[str, Placement] = {}
        self.saved: set[str] = set()
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
                setattr(instance, name, _value(name, record[name]))
        if part.user:
            spec = record.get(part.user)
            user = (
                None if spec is None else self.workers.resolve(spec, f"{path}.{part.user}", allocatable=False)
            )
            if spec is not None and user is None:
                waiting.append(part.user)
            setattr(instance, part.user, user)
        if part.placement and record.get("placement") is not None:
            placement = self.placements.get(record["placement"])
            if placement is None:
                self.errors.append((f"{path}.placement", "names no placement in placements"))
                return
            instance.placement = placement
            if record["placement"] not in self.saved:
                waiting.append("placement")
        if isinstance(instance, Placement):
            self.placements.setdefault(record["id"], instance)  # a second use of the id fails as a duplicate
        if self._save(part, instance, path, record, waiting):
            self.saved.add(record["id"])
            self.counts[part.section] += 1
        elif isinstance(instance, PeriodOfCare):
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
