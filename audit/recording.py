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


@transaction.atomic
def save_audited(
    *, actor: Any, instance: M, child_id: Any, reason: str = "", exclude: list[str] | None = None
) -> M:
    """Validate and save a new or changed record, auditing a create or an update with its field changes."""
    model = type(instance)
    before = snapshot(model._default_manager.get(pk=instance.pk)) if not instance._state.adding else {}
    instance.full_clean(exclude=exclude)
    creating = instance._state.adding
    instance.save()
    after = snapshot(instance)
    diff = changes(before, after)
    if not creating and not diff:
        return instance
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
