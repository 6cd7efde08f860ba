"""`lantern demo-signins`: set a fresh password on every demo user and print how to sign in as each role."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from synthetic.signins import PASSWORD_ENV, demo_password, demo_signins_set


class Command(BaseCommand):
    help = f"Set a password on every demo.* user ({PASSWORD_ENV} or a random one) and print the sign-ins."

    def handle(self, *args: Any, **options: Any) -> None:
        password = demo_password()
        rows = demo_signins_set(password=password)
        if not rows:
            raise CommandError("There are no demo users: run `lantern seed` first.")
        width_role = max(len("Role"), *(len(role) for role, _ in rows))
        width_user = max(len("Username"), *(len(user) for _, user in rows))
        self.stdout.write("Demo sign-ins (synthetic data only):")
        self.stdout.write(f"  {'Role':<{width_role}}  {'Username':<{width_user}}  Password")
        for role, username in rows:
            self.stdout.write(f"  {role:<{width_role}}  {username:<{width_user}}  {password}")
        self.stdout.write(f"Every demo user has the password: {password}")
