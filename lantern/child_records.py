"""Saving and deleting the dated records of a child's care (visits, reviews, plans, health checks, PEPs...):
audited, checked against the child's date of birth and today, with the edit-conflict check of save_audited."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from audit.recording import delete_audited, save_audited

M = TypeVar("M", bound=models.Model)


def check_dated(*, child: Any, field: str, day: date | None, allow_future: bool = False) -> None:
    """A record cannot be dated before the child was born, nor (unless planned) after today."""
    if day is None:
        return
    born = child.person.date_of_birth
    if born is not None and day < born:
        raise ValidationError(
            {field: f"The date cannot be before the child's date of birth ({born:%d/%m/%Y})"}
        )
    if not allow_future and day > timezone.localdate():
        raise ValidationError({field: "The date cannot be in the future"})


@transaction.atomic
def child_record_save(*, actor: Any, instance: M, date_field: str, expected_version: int | None = None) -> M:
    child = instance.child  # type: ignore[attr-defined]
    check_dated(child=child, field=date_field, day=getattr(instance, date_field))
    return save_audited(actor=actor, instance=instance, child_id=child.pk, expected_version=expected_version)


@transaction.atomic
def child_record_delete(*, actor: Any, instance: models.Model, reason: str) -> None:
    delete_audited(actor=actor, instance=instance, child_id=instance.child_id, reason=reason)  # type: ignore[attr-defined]
