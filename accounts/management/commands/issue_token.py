from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from accounts.models import User
from audit.actions import AuditAction
from audit.services import audit_record
from lantern.api.auth import token_issue


class Command(BaseCommand):
    help = "Issue an API token for a partner system acting as USERNAME. The token is shown once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="what the token is for, e.g. 'Police case system'")
        parser.add_argument("--days", type=int, default=90, help="days until the token expires (default 90)")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active user {options['username']!r}")
        if options["days"] < 1:
            raise CommandError("--days must be at least 1")
        expires = timezone.now() + timedelta(days=options["days"])
        token = token_issue(user=user, name=options["name"], expires_at=expires)
        audit_record(
            actor=user,
            action=AuditAction.GRANT,
            object_type="apitoken",
            object_id=user.pk,
            reason=f"API token '{options['name']}' issued, expires {expires:%d/%m/%Y}",
        )
        if options["json"]:
            self.stdout.write(
                json.dumps({"username": user.username, "token": token, "expires": expires.isoformat()})
            )
        else:
            self.stdout.write(f"Token for {user.username} (expires {expires:%d/%m/%Y}), shown once:\n{token}")
