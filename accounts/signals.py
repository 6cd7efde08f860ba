"""Sign-in and failed sign-in go to the audit log."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from audit.actions import AuditAction
from audit.services import audit_record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_record(
        actor=user, action=AuditAction.SIGN_IN, request=request, object_type="user", object_id=user.pk
    )


@receiver(user_logged_out)
def _signed_out(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_record(
            actor=user, action=AuditAction.SIGN_OUT, request=request, object_type="user", object_id=user.pk
        )


@receiver(user_login_failed)
def _sign_in_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    username = str(credentials.get("username", ""))[:150]
    audit_record(
        actor=None,
        action=AuditAction.SIGN_IN_FAILED,
        request=request,
        object_type="user",
        reason=f"username {username!r}",
    )
