"""Writes to the chronology: manual entries, the worker's analysis, agency imports and their undoing. Each runs
in one transaction with its audit rows. Derived entries are written by chronology/sources.py as their records
change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.roles import is_partner_role
from audit.actions import AuditAction
from audit.recording import delete_audited, save_audited
from audit.services import audit_record
from chronology.csv_format import Row
from chronology.models import ChronologyEntry, ChronologyImport
from lantern.assign import assign_fields
from people.models import Child

FACT_FIELDS = ("occurred_on", "occurred_until", "date_accuracy", "agency", "category", "what_happened")
ANALYSIS_FIELDS = ("significance", "impact")
PARTNER_FIELDS = (*FACT_FIELDS, "source_reference")  # the analysis is the worker's, never the partner's
MANUAL_FIELDS = (*PARTNER_FIELDS, *ANALYSIS_FIELDS)


def editable_fields(entry: ChronologyEntry) -> tuple[str, ...]:
    """A derived or imported entry's facts belong to its record or its agency; the worker adds the analysis."""
    return ANALYSIS_FIELDS if entry.is_derived or entry.imported_id else MANUAL_FIELDS


def partner_agency(actor: Any) -> str | None:
    """A partner's entries are in their own agency's name (a police officer writes for the police); None for the
    authority's staff, who name the source agency."""
    if not is_partner_role(getattr(actor, "role", "")):
        return None
    return str(actor.agency) if getattr(actor, "agency_id", None) else str(actor.get_role_display())


def may_change(actor: Any, entry: ChronologyEntry, *, responsible: bool) -> bool:
    """The responsible workers change any entry; a partner in the network only a manual entry they recorded."""
    if responsible:
        return True
    return entry.recorded_by_id == actor.pk and not entry.is_derived and not entry.imported_id


def _check_own(actor: Any, entry: ChronologyEntry) -> None:
    if partner_agency(actor) is not None and not may_change(actor, entry, responsible=False):
        raise ValidationError("Partners change only the entries they recorded themselves")


@transaction.atomic
def entry_create(*, actor: Any, child: Child, data: dict[str, Any]) -> ChronologyEntry:
    """A manual entry. A partner's (police, health, school, carer...) is in their own agency's name."""
    entry = ChronologyEntry(child=child, recorded_by=actor)
    agency = partner_agency(actor)
    assign_fields(entry, data, MANUAL_FIELDS if agency is None else PARTNER_FIELDS)
    if agency is not None:
        entry.agency = agency[:200]
    return save_audited(actor=actor, instance=entry, child_id=child.pk)


@transaction.atomic
def entry_update(*, actor: Any, entry: ChronologyEntry, data: dict[str, Any]) -> ChronologyEntry:
    _check_own(actor, entry)
    agency = partner_agency(actor)
    assign_fields(entry, data, editable_fields(entry) if agency is None else PARTNER_FIELDS)
    if (
        agency is not None
    ):  # a partner re-saving their entry leaves the worker's significance and impact alone
        entry.agency = agency[:200]
    return save_audited(
        actor=actor, instance=entry, child_id=entry.child_id, expected_version=data.get("version")
    )


@transaction.atomic
def entry_delete(*, actor: Any, entry: ChronologyEntry) -> None:
    if entry.is_derived or entry.imported_id:
        raise ValidationError("Only an entry added by hand can be deleted here")
    _check_own(actor, entry)
    delete_audited(actor=actor, instance=entry, child_id=entry.child_id)


@transaction.atomic
def import_create(
    *, actor: Any, child: Child, filename: str, agency: str, rows: Sequence[Row]
) -> ChronologyImport:
    """All rows or none: the caller passes rows only from a file parse() found no problem in."""
    if not rows:
        raise ValidationError("There are no entries to import")
    batch = ChronologyImport.objects.create(
        child=child, filename=filename[:255], agency=agency, rows=len(rows), imported_by=actor
    )
    entries = [
        ChronologyEntry(
            child=child,
            imported=batch,
            recorded_by=actor,
            occurred_on=row.occurred_on,
            occurred_until=row.occurred_until,
            date_accuracy=row.date_accuracy,
            agency=row.agency,
            category=row.category,
            what_happened=row.what_happened,
            significance=row.significance,
            source_reference=row.source_reference,
            impact=row.impact,
        )
        for row in rows
    ]
    for entry in entries:
        entry.full_clean(exclude=["child", "imported", "recorded_by"])
    ChronologyEntry.objects.bulk_create(entries, batch_size=1000)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        object_type="chronologyimport",
        object_id=batch.pk,
        child_id=child.pk,
        reason=f"imported {len(rows)} chronology entries from {batch.filename}",
        diff={"filename": [None, batch.filename], "agency": [None, agency], "rows": [None, len(rows)]},
    )
    return batch


@transaction.atomic
def import_undo(*, actor: Any, batch: ChronologyImport) -> int:
    locked = ChronologyImport.objects.select_for_update().get(pk=batch.pk)
    if locked.undone_at is not None:
        raise ValidationError("This import has already been undone")
    removed, _ = ChronologyEntry.objects.filter(imported=locked).delete()
    locked.undone_at = timezone.now()
    locked.undone_by = actor
    locked.save(update_fields=["undone_at", "undone_by"])
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        object_type="chronologyimport",
        object_id=locked.pk,
        child_id=locked.child_id,
        reason=f"undid the import of {locked.filename}: {removed} entries removed",
        diff={"undone_at": [None, locked.undone_at.isoformat()]},
    )
    return removed
