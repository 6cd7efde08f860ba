"""Writing the carer and provider register: an entry added or changed, validated and audited in one transaction.
Who may do it (accounts.roles.REGISTER_EDITORS) is checked by the page or API before calling."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from audit.recording import save_audited
from care.models import CarerProvider


@transaction.atomic
def carer_save(*, actor: Any, carer: CarerProvider, expected_version: int | None = None) -> CarerProvider:
    """Add or change an entry; the entry names no child, so its audit row has none. A change made by someone else
    after `expected_version` was read is refused (audit.recording.EditConflict)."""
    carer.skills = sorted(set(carer.skills or []))
    carer.support = sorted(set(carer.support or []))
    return save_audited(actor=actor, instance=carer, child_id=None, expected_version=expected_version)
