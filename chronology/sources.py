"""The one mechanism by which records make their own chronology entries, with no double keying.

An app registers each model whose records belong in the child's chronology with a `describe` function that turns a
record into the entry's facts (or None when the record does not belong there, like a case note not marked
significant). Saving the record, by whatever path, creates or updates its entry in the same transaction; deleting
it deletes the entry. The worker's analysis on the entry (significance once set, impact) is theirs and is kept when
the record changes. `rebuild` derives the entries of records written in bulk (the synthetic seed) and repairs any
drift; it is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models
from django.db.models.signals import post_delete, post_save

from chronology.models import ChronologyEntry, Significance


@dataclass(frozen=True)
class Facts:
    child_id: Any
    occurred_on: date
    category: str
    what_happened: str
    agency: str = ""
    significance: str = Significance.ROUTINE
    occurred_until: date | None = None


@dataclass(frozen=True)
class Source:
    model: type[models.Model]
    source_type: str
    describe: Callable[[Any], Facts | None]
    queryset: Callable[[], models.QuerySet[Any]]
    link: Callable[[ChronologyEntry], str] | None
    label: str


_SOURCES: dict[type[models.Model], Source] = {}
FACT_FIELDS = ("child_id", "occurred_on", "occurred_until", "category", "what_happened", "agency")


def register(
    model: type[models.Model],
    *,
    source_type: str,
    describe: Callable[[Any], Facts | None],
    queryset: Callable[[], models.QuerySet[Any]] | None = None,
    link: Callable[[ChronologyEntry], str] | None = None,
    label: str = "",
) -> None:
    """`link` gives the address of the source record's page for an entry; `label` names the kind of record."""
    _SOURCES[model] = Source(
        model,
        source_type,
        describe,
        queryset or model._default_manager.all,
        link,
        label or str(model._meta.verbose_name).capitalize(),
    )
    post_save.connect(_saved, sender=model, weak=False, dispatch_uid=f"chronology-save-{source_type}")
    post_delete.connect(_deleted, sender=model, weak=False, dispatch_uid=f"chronology-delete-{source_type}")


def registered() -> list[Source]:
    return list(_SOURCES.values())


def source_of(entry: ChronologyEntry) -> tuple[str, str] | None:
    """(label, address) of the record an entry comes from, or None for a manual or imported entry."""
    for source in _SOURCES.values():
        if source.source_type == entry.source_type and entry.source_id:
            return source.label, source.link(entry) if source.link else ""
    return None


def source_type_of(instance: models.Model) -> str | None:
    source = _SOURCES.get(type(instance))
    return source.source_type if source else None


def _saved(sender: type[models.Model], instance: models.Model, raw: bool = False, **_: Any) -> None:
    if not raw:
        sync(instance)


def _deleted(sender: type[models.Model], instance: models.Model, **_: Any) -> None:
    source = _SOURCES[type(instance)]
    ChronologyEntry.objects.filter(source_type=source.source_type, source_id=str(instance.pk)).delete()


def _apply(entry: ChronologyEntry, facts: Facts) -> bool:
    changed = False
    for field in FACT_FIELDS:
        value = getattr(facts, field)
        if getattr(entry, field) != value:
            setattr(entry, field, value)
            changed = True
    return changed


def sync(instance: models.Model) -> ChronologyEntry | None:
    """Create, update or delete the entry of one record, as the record now is."""
    source = _SOURCES[type(instance)]
    facts = source.describe(instance)
    existing = ChronologyEntry.objects.filter(
        source_type=source.source_type, source_id=str(instance.pk)
    ).first()
    if facts is None:
        if existing is not None:
            existing.delete()
        return None
    if existing is None:
        entry = ChronologyEntry(source_type=source.source_type, source_id=str(instance.pk))
        entry.significance = facts.significance
        _apply(entry, facts)
        entry.save()
        return entry
    if _apply(existing, facts):
        existing.version += 1
        existing.save()
    return existing


def rebuild(child_ids: Iterable[Any] | None = None) -> int:
    """Derive the entries of every registered record (of these children, or all), creating the missing ones,
    correcting changed facts and removing those whose record no longer belongs. Returns the entries written."""
    ids = list(child_ids) if child_ids is not None else None
    written = 0
    for source in _SOURCES.values():
        records = source.queryset()
        entries = ChronologyEntry.objects.filter(source_type=source.source_type)
        if ids is not None:
            records = records.filter(child_id__in=ids)
            entries = entries.filter(child_id__in=ids)
        existing = {e.source_id: e for e in entries}
        create: list[ChronologyEntry] = []
        update: list[ChronologyEntry] = []
        seen: set[str] = set()
        for record in records.iterator(chunk_size=2000):
            facts = source.describe(record)
            if facts is None:
                continue
            key = str(record.pk)
            seen.add(key)
            entry = existing.get(key)
            if entry is None:
                entry = ChronologyEntry(
                    source_type=source.source_type, source_id=key, significance=facts.significance
                )
                _apply(entry, facts)
                create.append(entry)
            elif _apply(entry, facts):
                entry.version += 1
                update.append(entry)
        ChronologyEntry.objects.bulk_create(create, batch_size=1000)
        ChronologyEntry.objects.bulk_update(update, [*FACT_FIELDS, "version"], batch_size=1000)
        stale = [e.pk for key, e in existing.items() if key not in seen]
        ChronologyEntry.objects.filter(pk__in=stale).delete()
        written += len(create) + len(update) + len(stale)
    return written
