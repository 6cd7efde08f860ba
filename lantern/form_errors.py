"""Service errors shown on forms: validation errors on their fields, and edit conflicts kept in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from audit.recording import EditConflict, audit_edit_conflict


def refuse_conflict(request: HttpRequest, form: forms.BaseForm, conflict: EditConflict) -> None:
    """Keep the refused change in the audit log (the other version is the record itself) and tell the user."""
    audit_edit_conflict(actor=request.user, request=request, conflict=conflict)
    form.add_error(None, str(conflict))


def add_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's validation errors on the form: on their field where the form has it, else at the top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def written(request: HttpRequest, form: forms.BaseForm, write: Callable[[], Any]) -> bool:
    """Run a service's write for a valid form: True when it was written; otherwise its refusals are on the form (an
    edit conflict kept in the audit log, validation errors at their fields) and False."""
    try:
        write()
    except EditConflict as conflict:
        refuse_conflict(request, form, conflict)
    except ValidationError as error:
        add_service_errors(form, error)
    else:
        return True
    return False
