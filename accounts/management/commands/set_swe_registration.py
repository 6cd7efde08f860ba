from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from accounts.services import set_swe_registration


class Command(BaseCommand):
    help = (
        "Record a worker's Social Work England registration number (SW and its digits), reported as SW_ID in the "
        "SSDA903 return. An empty NUMBER clears it. Running it again with the same number changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("number", help='e.g. "SW" followed by its digits; "" to clear')

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No user {options['username']!r}")
        try:
            changed = set_swe_registration(user, options["number"], actor=None)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        number = user.swe_registration or "no registration number"
        self.stdout.write(f"{user.username}: {number}" + ("" if changed else " (unchanged)"))
