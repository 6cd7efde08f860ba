"""The child's story in a case bundle: case notes, the history sections, the child's words, the chronology (entries
by hand and from agency imports, and the worker's analysis on the entries records make for themselves) and the
transfer summaries. Export here; import by StoryWriter, called by bundles/importer.py after the allocations."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from django.db import models

from bundles.plain import plain, worker
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from casework.models import Allocation, CaseNote, HistorySection, TransferSummary, WishesAndFeelings
from chronology.models import ChronologyEntry, ChronologyImport
from chronology.sources import registered
from people.models import Child

ENTRY_FIELDS = (
    "occurred_on",
    "occurred_until",
    "date_accuracy",
    "agency",
    "category",
    "what_happened",
    "significance",
    "impact",
    "source_reference",
)
TRANSFER_FIELDS = (
    "changed_on",
    "due_on",
    "content",
    "not_in_record",
    "what_works",
    "signed_off_at",
    "acknowledged_at",
)
DATES = frozenset({"occurred_on", "occurred_until", "reviewed_on", "said_on", "changed_on", "due_on"})
MOMENTS = frozenset({"signed_off_at", "acknowledged_at", "imported_at", "undone_at", "created_at"})


def _fields(instance: models.Model, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: plain(getattr(instance, name)) for name in names}


def story_export(child: Child) -> dict[str, list[dict[str, Any]]]:
    by = ("team", "agency")
    notes = CaseNote.objects.filter(child=child).select_related(*(f"author__{x}" for x in by))
    history = HistorySection.objects.filter(child=child).select_related(*(f"reviewed_by__{x}" for x in by))
    words = WishesAndFeelings.objects.filter(child=child).select_related(*(f"heard_by__{x}" for x in by))
    entries = ChronologyEntry.objects.filter(child=child).select_related(*(f"recorded_by__{x}" for x in by))
    imports = ChronologyImport.objects.filter(child=child).select_related("imported_by", "undone_by")
    transfers = TransferSummary.objects.filter(child=child).select_related("outgoing", "incoming")
    return {
        "case_notes": [
            {
                "id": str(n.pk),
                **_fields(n, ("occurred_on", "subject", "body", "significant", "created_at")),
                "author": worker(n.author),
            }
            for n in sorted(notes, key=lambda n: (n.occurred_on, str(n.pk)))
        ],
        "history_sections": [
            {**_fields(h, ("kind", "text", "reviewed_on")), "reviewed_by": worker(h.reviewed_by)}
            for h in sorted(history, key=lambda h: h.kind)
        ],
        "wishes_and_feelings": [
            {
                "id": str(w.pk),
                **_fields(w, ("said_on", "words", "context", "created_at")),
                "heard_by": worker(w.heard_by),
            }
            for w in sorted(words, key=lambda w: (w.said_on, str(w.pk)))
        ],
        "chronology": [
            {
                "id": str(e.pk),
                **_fields(e, (*ENTRY_FIELDS, "created_at")),
                "import": str(e.imported_id) if e.imported_id else None,
                "recorded_by": worker(e.recorded_by),
            }
            for e in sorted(entries, key=lambda e: (e.occurred_on, str(e.pk)))
            if not e.is_derived
        ],
        "chronology_analysis": [
            {
                "source_type": e.source_type,
                "source_id": e.source_id,
                "significance": e.significance,
                "impact": e.impact,
            }
            for e in sorted(entries, key=lambda e: (e.source_type, e.source_id))
            if e.is_derived
        ],
        "chronology_imports": [
            {
                "id": str(i.pk),
                **_fields(i, ("filename", "agency", "rows", "imported_at", "undone_at")),
                "imported_by": worker(i.imported_by),
                "undone_by": worker(i.undone_by),
            }
            for i in sorted(imports, key=lambda i: str(i.pk))
        ],
        "transfer_summaries": [
            {
                "id": str(t.pk),
                "allocation": str(t.allocation_id),
                **_fields(t, TRANSFER_FIELDS),
                "outgoing": worker(t.outgoing),
                "incoming": worker(t.incoming),
            }
            for t in sorted(transfers, key=lambda t: (t.changed_on, str(t.pk)))
        ],
    }


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in DATES:
        return date.fromisoformat(value)
    if name in MOMENTS:
        return datetime.fromisoformat(value)
    return value


def _keep_created(instance: models.Model, record: dict[str, Any]) -> None:
    """The record's own creation time (it orders entries of the same day), not the time of the import."""
    if record.get("created_at"):
        type(instance)._default_manager.filter(pk=instance.pk).update(
            created_at=_value("created_at", record["created_at"])
        )


class StoryWriter:
    """Writes the story parts of a bundle for a child whose records are already saved; collects every problem."""

    def __init__(self, data: dict[str, Any], child: Child | None, workers: WorkerResolver, save: Any) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self._save = save
        self.errors: list[Problem] = []
        self.imports: dict[str, ChronologyImport] = {}
        # Entries a record of the bundle makes only with a link this Lantern could not make (a placement match
        # whose chosen carer is not on this register): their analysis is left out with a note, not refused.
        self.not_made: set[tuple[str, str]] = set()
        self.notes: list[Problem] = []

    def _set(self, instance: models.Model, record: dict[str, Any], names: tuple[str, ...]) -> None:
        for name in names:
            if name in record:
                setattr(instance, name, _value(name, record[name]))

    def _person(self, spec: dict[str, Any] | None, path: str) -> Any:
        return None if spec is None else self.workers.resolve(spec, path, allocatable=False)

    def _waiting(self, **links: Any) -> list[str]:
        return [name for name, value in links.items() if value is None] + ([] if self.child else ["child"])

    def write(self) -> None:
        for i, r in enumerate(self.data.get("case_notes", [])):
            note = CaseNote(id=uuid.UUID(r["id"]), child=self.child)
            self._set(note, r, ("occurred_on", "subject", "body", "significant"))
            note.author = self._person(r["author"], f"$.case_notes[{i}].author")
            if self._save(note, f"$.case_notes[{i}]", r, self._waiting(author=note.author_id)):
                _keep_created(note, r)
        for i, r in enumerate(self.data.get("history_sections", [])):
            section = HistorySection(child=self.child)
            self._set(section, r, ("kind", "text", "reviewed_on"))
            section.reviewed_by = self._person(r["reviewed_by"], f"$.history_sections[{i}].reviewed_by")
            self._save(
                section, f"$.history_sections[{i}]", r, self._waiting(reviewed_by=section.reviewed_by_id)
            )
        for i, r in enumerate(self.data.get("wishes_and_feelings", [])):
            said = WishesAndFeelings(id=uuid.UUID(r["id"]), child=self.child)
            self._set(said, r, ("said_on", "words", "context"))
            said.heard_by = self._person(r["heard_by"], f"$.wishes_and_feelings[{i}].heard_by")
            if self._save(said, f"$.wishes_and_feelings[{i}]", r, self._waiting(heard_by=said.heard_by_id)):
                _keep_created(said, r)
        self._chronology()
        self._transfers()

    def _chronology(self) -> None:
        for i, r in enumerate(self.data.get("chronology_imports", [])):
            path = f"$.chronology_imports[{i}]"
            batch = ChronologyImport(id=uuid.UUID(r["id"]), child=self.child)
            self._set(batch, r, ("filename", "agency", "rows", "undone_at"))
            batch.imported_by = self._person(r["imported_by"], f"{path}.imported_by")
            batch.undone_by = self._person(r.get("undone_by"), f"{path}.undone_by")
            if self._save(batch, path, r, self._waiting(imported_by=batch.imported_by_id)):
                ChronologyImport.objects.filter(pk=batch.pk).update(
                    imported_at=_value("imported_at", r["imported_at"])
                )
                self.imports[r["id"]] = batch
        for i, r in enumerate(self.data.get("chronology", [])):
            path = f"$.chronology[{i}]"
            entry = ChronologyEntry(id=uuid.UUID(r["id"]), child=self.child)
            self._set(entry, r, ENTRY_FIELDS)
            entry.recorded_by = self._person(r.get("recorded_by"), f"{path}.recorded_by")
            if r.get("import"):
                came_with = self.imports.get(r["import"])
                if came_with is None:
                    self.errors.append((f"{path}.import", "names no import in chronology_imports"))
                    continue
                entry.imported = came_with
            if self._save(entry, path, r, self._waiting()):
                _keep_created(entry, r)
        known = {s.source_type for s in registered()}
        for i, r in enumerate(self.data.get("chronology_analysis", [])):
            path = f"$.chronology_analysis[{i}]"
            derived = ChronologyEntry.objects.filter(
                source_type=r["source_type"], source_id=r["source_id"]
            ).first()
            if derived is None and (r["source_type"], r["source_id"]) in self.not_made:
                self.notes.append(
                    (path, "left out: the record was imported without the link its entry needs")
                )
                continue
            if (
                r["source_type"] not in known
                or derived is None
                or derived.child_id != getattr(self.child, "pk", None)
            ):
                self.errors.append((path, "names no record of this child that makes a chronology entry"))
                continue
            ChronologyEntry.objects.filter(pk=derived.pk).update(
                significance=r["significance"], impact=r.get("impact", "")
            )

    def _transfers(self) -> None:
        for i, r in enumerate(self.data.get("transfer_summaries", [])):
            path = f"$.transfer_summaries[{i}]"
            allocation = (
                Allocation.objects.filter(pk=r["allocation"], child=self.child).first()
                if self.child
                else None
            )
            if allocation is None and self.child is not None:
                self.errors.append((f"{path}.allocation", "names no allocation in allocations"))
                continue
            summary = TransferSummary(id=uuid.UUID(r["id"]), child=self.child, allocation=allocation)
            self._set(summary, r, TRANSFER_FIELDS)
            summary.outgoing = self._person(r["outgoing"], f"{path}.outgoing")
            summary.incoming = self._person(r["incoming"], f"{path}.incoming")
            self._save(
                summary, path, r, self._waiting(outgoing=summary.outgoing_id, incoming=summary.incoming_id)
            )
