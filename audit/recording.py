"""Save a record and its audit row in one step: full_clean, save, audit with the diff."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models, transaction

from audit.actions import AuditAction
from audit.diff import changes, snapshot
from audit.services import audit_record

M = TypeVar("M", bound=models.Model)


def object_type_of(instance: models.Model) -> str:
    return instance._meta.model_name or instance.__class__.__name__.lower()


class EditConflict(Exception):
    """The record changed after the user opened it. Nothing was saved; the refused values travel with the error
    so that the caller can show them again and keep them in the audit log (both versions are kept)."""

    def __init__(self, *, instance: models.Model, child_id: Any, attempted: dict[str, list[Any]]) -> None:
        self.instance = instance
        self.child_id = child_id
        self.attempted = attempted
        super().__init__(
            f"Someone else changed this {instance._meta.verbose_name} after you opened it. "
            "Your changes were not saved: check the record as it is now and make them again."
        )


def audit_edit_conflict(*, actor: Any, request: Any, conflict: EditConflict) -> None:
    """Keep the refused change in the audit log, after the refused transaction has rolled back: the record holds
    one version and this row the other."""
    audit_record(
        actor=actor,
        action=AuditAction.REFUSAL,
        request=request,
        object_type=object_type_of(conflict.instance),
        object_id=conflict.instance.pk,
        child_id=conflict.child_id,
        reason="edit conflict: the record changed after it was opened; these changes were not saved",
        diff=conflict.attempted,
    )


_NOT_COMPARED = frozenset({"version", "updated_at"})


@transaction.atomic
def save_audited(
    *,
    actor: Any,
    instance: M,
    child_id: Any,
    reason: str = "",
    exclude: list[str] | None = None,
    expected_version: int | None = None,
) -> M:
    """Validate and save a new or changed record, auditing a create or an update with its field changes.

    A versioned record (with a `version` field) is locked while it is compared; when `expected_version` (the
    version the user opened; else the version this request loaded) differs from the stored one, EditConflict is
    raised and nothing is written, so that no one silently overwrites another's change."""
    model = type(instance)
    creating = instance._state.adding
    before: dict[str, Any] = {}
    if not creating:
        current = model._default_manager.select_for_update().get(pk=instance.pk)
        before = snapshot(current)
        wanted = {k: v for k, v in changes(before, snapshot(instance)).items() if k not in _NOT_COMPARED}
        if not wanted:
            # Nothing changed, yet the caller is shown the record: audited as the read it is.
            audit_record(
                actor=actor,
                action=AuditAction.VIEW,
                object_type=object_type_of(instance),
                object_id=instance.pk,
                child_id=child_id,
                reason=f"{reason}: saved unchanged" if reason else "saved unchanged",
            )
            return instance
        if hasattr(current, "version"):
            # Without a version from the user, the version this request loaded is the one it read.
            expected = (
                expected_version if expected_version is not None else getattr(instance, "version", None)
            )
            if current.version != expected:
                raise EditConflict(instance=current, child_id=child_id, attempted=wanted)
            instance.version = current.version + 1  # type: ignore[attr-defined]
    instance.full_clean(exclude=exclude)
    instance.save()
    diff = changes(before, snapshot(instance))
    if not creating:
        diff = {k: v for k, v in diff.items() if k not in _NOT_COMPARED}
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if creating else AuditAction.UPDATE,
        object_type=object_type_of(instance),
        object_id=instance.pk,
        child_id=child_id,
        reason=reason,
        diff=diff,
    )
    return instance


@transaction.atomic
def delete_audited(*, actor: Any, instance: models.Model, child_id: Any, reason: str = "") -> None:
    before = snapshot(instance)
    object_id = instance.pk
    instance.delete()
    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        object_type=object_type_of(instance),
        object_id=object_id,
        child_id=child_id,
        reason=reason,
        diff={k: [v, None] for k, v in before.items()},
    )
