"""`lantern load-signins`: give N seeded social workers (and a few team managers) one known password for the load
test (`make load`), and write their usernames as JSON.

The social workers are chosen so that no two of them are allocated to the same child now: each simulated worker
edits only their own caseload, so an edit conflict can only mean a bug. Refused when LANTERN_ENV=production.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from accounts.roles import Role
from audit.models import AuditEvent
from casework.selectors import current_allocations
from synthetic.signins import passwords_set

PASSWORD_ENV = "LANTERN_LOAD_PASSWORD"  # noqa: S105 - the name of the variable, not a password  # nosec B105
MIN_CASELOAD = 2


def workers_with_own_caseloads(count: int) -> tuple[list[User], dict[str, list[str]]]:
    """Up to `count` active social workers (not demo users), in username order, each with at least MIN_CASELOAD
    children allocated now, and no child allocated now to two of them. Returns them and their children's ids."""
    allocations = current_allocations().filter(worker__role=Role.SOCIAL_WORKER, worker__is_active=True)
    caseloads: dict[int, set[str]] = {}
    for worker_id, child_id in allocations.values_list("worker_id", "child_id"):
        caseloads.setdefault(worker_id, set()).add(str(child_id))
    chosen: list[User] = []
    children: dict[str, list[str]] = {}
    taken: set[str] = set()
    candidates = User.objects.filter(pk__in=caseloads, is_active=True).exclude(username__startswith="demo.")
    for user in candidates.order_by("username"):
        if len(chosen) == count:
            break
        own = caseloads[user.pk]
        if len(own) < MIN_CASELOAD or own & taken:
            continue
        chosen.append(user)
        children[user.username] = sorted(own)
        taken |= own
    return chosen, children


def managers_of(workers: list[User], count: int) -> list[User]:
    """Up to `count` active managers of the chosen workers' teams (they read only in the load test)."""
    managers = User.objects.filter(
        role=Role.TEAM_MANAGER,
        is_active=True,
        managed_teams__members__in=workers,
    ).exclude(username__startswith="demo.")
    return list(managers.distinct().order_by("username")[:count])


class Command(BaseCommand):
    help = (
        f"Give N seeded social workers with separate caseloads (and M team managers) the password in "
        f"{PASSWORD_ENV}, for the load test. Refused when LANTERN_ENV=production."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--workers", type=int, default=50, help="social workers (default 50)")
        parser.add_argument("--managers", type=int, default=0, help="team managers (default 0)")
        parser.add_argument("--out", type=Path, help="write the JSON here instead of to standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION or os.environ.get("LANTERN_ENV") == "production":
            raise CommandError(
                "load-signins sets known passwords: it never runs with LANTERN_ENV=production."
            )
        password = os.environ.get(PASSWORD_ENV, "")
        if not password:
            raise CommandError(f"Set {PASSWORD_ENV} to the password the load test will use.")
        try:
            validate_password(password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        wanted_workers, wanted_managers = options["workers"], options["managers"]
        if wanted_workers < 1 or wanted_managers < 0:
            raise CommandError("--workers must be at least 1 and --managers at least 0")
        workers, children = workers_with_own_caseloads(wanted_workers)
        if len(workers) < wanted_workers:
            raise CommandError(
                f"Only {len(workers)} social workers have caseloads of their own: seed more children."
            )
        managers = managers_of(workers, wanted_managers)
        if len(managers) < wanted_managers:
            raise CommandError(f"Only {len(managers)} team managers manage the chosen workers.")
        users = [*workers, *managers]
        passwords_set(
            users, password=password, reason="load-test sign-in password set by lantern load-signins"
        )
        document = {
            "social_workers": [u.username for u in workers],
            "team_managers": [u.username for u in managers],
            "caseloads": children,
            # The audit log's last row before the load test: what the load users do comes after it.
            "audit_seq": AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0,
        }
        text = json.dumps(document, indent=2) + "\n"
        if options["out"]:
            options["out"].write_text(text)
            self.stdout.write(
                f"{len(workers)} social workers and {len(managers)} team managers can sign in; "
                f"usernames in {options['out']}"
            )
        else:
            self.stdout.write(text, ending="")
