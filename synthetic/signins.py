"""Passwords for the demo users (demo.<role>), so that whoever runs `make demo` can sign in as each role."""

from __future__ import annotations

import os
import secrets

from django.contrib.auth.hashers import make_password
from django.db import transaction

from accounts.models import User
from accounts.roles import Role
from audit.actions import AuditAction
from audit.services import audit_record_many

DEMO_PREFIX = "demo."
PASSWORD_ENV = "LANTERN_DEMO_PASSWORD"  # noqa: S105 - the name of the variable, not a password  # nosec B105
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (i, l, o, 0, 1)


def demo_password() -> str:
    """LANTERN_DEMO_PASSWORD when set, else four random groups of four, like 'k7pq-m2xz-4tbw-r9hn'."""
    from_env = os.environ.get(PASSWORD_ENV, "")
    if from_env:
        return from_env
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))


def passwords_set(users: list[User], *, password: str, reason: str, activate: bool = False) -> None:
    """Give these synthetic accounts one password (one hash for all: hashing per user would take minutes for a
    load test), activate them if asked, and audit each change, in one transaction."""
    hashed = make_password(password)
    fields = ["password", "is_active"] if activate else ["password"]
    with transaction.atomic():
        for user in users:
            user.password = hashed
            if activate:
                user.is_active = True
            user.save(update_fields=fields)
        audit_record_many(
            actor=None,
            action=AuditAction.UPDATE,
            request=None,
            entries=[{"object_type": "user", "object_id": u.pk, "reason": reason} for u in users],
        )


def demo_signins_set(*, password: str) -> list[tuple[str, str]]:
    """Give every demo user this password (and make sure they are active). Returns (role label, username)
    in the order of the roles."""
    order = {role.value: n for n, role in enumerate(Role)}
    users = sorted(
        User.objects.filter(username__startswith=DEMO_PREFIX),
        key=lambda u: (order.get(u.role, 99), u.username),
    )
    passwords_set(
        users, password=password, reason="demo sign-in password set by lantern demo-signins", activate=True
    )
    return [(Role(u.role).label if u.role in order else u.role, u.username) for u in users]
