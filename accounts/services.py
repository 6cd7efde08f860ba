"""Changes to user accounts made by an administrator, audited."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from accounts.forms import SweRegistrationForm
from accounts.models import User
from audit.actions import AuditAction
from audit.services import audit_record


def set_swe_registration(user: User, number: str, *, actor: Any) -> bool:
    """Record `user`'s Social Work England registration number (blank clears it). Refuses a number that is not "SW"
    and digits with the form's message. Returns whether anything changed; an unchanged number is not audited."""
    form = SweRegistrationForm({"swe_registration": number}, instance=User.objects.get(pk=user.pk))
    if not form.is_valid():
        raise ValidationError(list(form.errors["swe_registration"]))
    new = form.cleaned_data["swe_registration"]
    old = user.swe_registration
    if new == old:
        return False
    User.objects.filter(pk=user.pk).update(swe_registration=new)
    user.swe_registration = new
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        object_type="user",
        object_id=user.pk,
        reason="Social Work England registration number recorded" if new else "Registration number cleared",
        diff={"swe_registration": [old, new]},
    )
    return True
