"""`lantern alerts [--child ID] [--as-of YYYY-MM-DD] [--json]`.

For today (the default) it raises the alerts the record calls for and closes those it no longer does; idempotent, a
second run changes nothing. For a day in the past it replays: it works out, from the record as it was known on that
day, the alerts that stood then, and changes nothing. Either way it lists them, with rule and reason, for one child
with --child."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from alerts.raising import Wanted, wanted_alerts
from alerts.services import alerts_run
from people.models import Child


def _row(wanted: Wanted, names: dict[int, str]) -> dict[str, Any]:
    return {
        "kind": wanted.kind,
        "rule": wanted.rule,
        "child": str(wanted.child_id) if wanted.child_id else None,
        "recipient": names.get(wanted.recipient_id, str(wanted.recipient_id)),
        "reason": wanted.title,
        "action_by": wanted.action_by,
        "link": wanted.link,
    }


class Command(BaseCommand):
    help = "Raise and close alerts for today, or replay the alerts that stood on a past day; list them."
    kinds: frozenset[str] | None = None  # every kind of alert; `lantern duties-run` narrows it
    label = "Alerts"
    replays_past = True  # a day before today is replayed, read-only, never raised again

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=date.fromisoformat, help="the day, YYYY-MM-DD (default today)")
        parser.add_argument("--child", help="list only this child's alerts (the child's id)")
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        from accounts.models import User

        today = timezone.localdate()
        day = options["as_of"] or today
        child = options["child"]
        if child and not Child.objects.filter(pk=child).exists():
            raise CommandError(f"No child with the id {child}")
        replay = self.replays_past and day < today
        report = None if replay else alerts_run(today=day, kinds=self.kinds)
        found = wanted_alerts(day, self.kinds).values() if report is None else report.standing
        standing = sorted(found, key=lambda w: (str(w.child_id), w.kind, w.recipient_id))
        if child:
            standing = [w for w in standing if str(w.child_id) == str(child)]
        names = {
            u.pk: u.get_username() for u in User.objects.filter(pk__in={w.recipient_id for w in standing})
        }
        if options["json"]:
            document: dict[str, Any] = {"as_of": day.isoformat(), "replayed": replay}
            if report is not None:
                document |= {"raised": report.raised, "closed": report.closed, "open": report.open}
            document["alerts"] = [_row(w, names) for w in standing]
            self.stdout.write(json.dumps(document))
            return
        if report is not None:
            self.stdout.write(
                f"{self.label} for {day:%d %B %Y}: {report.raised} raised, {report.closed} closed, {report.open} open."
            )
        else:
            self.stdout.write(f"{self.label} that stood on {day:%d %B %Y} (replayed; nothing changed):")
        for wanted in standing:
            self.stdout.write(
                f"- [{wanted.rule or wanted.kind}] to {names.get(wanted.recipient_id)}: {wanted.title}"
            )
