"""Writes of the health record that check more than lantern.child_records does: keyword-only, one transaction each,
audited in it (audit.recording through lantern.child_records)."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from health.models import SubstanceMisuse
from lantern.child_records import check_dated, child_record_save

MISUSE_DATES = ("intervention_offered_on", "intervention_received_on", "resolved_on")


@transaction.atomic
def substance_misuse_save(
    *, actor: Any, record: SubstanceMisuse, expected_version: int | None = None
) -> SubstanceMisuse:
    """Every date of the record is checked against the child's date of birth and today; their order is the model's
    (SubstanceMisuse.clean, run by save_audited)."""
    for name in MISUSE_DATES:
        check_dated(child=record.child, field=name, day=getattr(record, name))
    return child_record_save(
        actor=actor, instance=record, date_field="identified_on", expected_version=expected_version
    )
