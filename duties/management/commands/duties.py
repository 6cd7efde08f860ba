"""`lantern duties [--child ID] --as-of DATE [--open] [--json]`: every statutory duty of one child or of all,
with its rule code, due date, status and the record that satisfied it. The same duties the pages show."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from audit.actions import AuditAction
from audit.services import audit_record
from duties.compute import duties_by_child, rule_name
from duties.duty import OPEN, Duty
from people.models import Child


def _child(reference: str) -> Child:
    child = Child.objects.filter(local_id=reference).first()
    if child is None:
        try:
            child = Child.objects.filter(pk=uuid.UUID(reference)).first()
        except ValueError:
            child = None
    if child is None:
        raise CommandError(f"No child has the local ID or id {reference!r}")
    return child


def duty_json(duty: Duty, local_id: str) -> dict[str, Any]:
    return {
        "child": duty.child_id,
        "local_id": local_id,
        "rule": duty.rule,
        "name": rule_name(duty.rule),
        "about": duty.about,
        "due_on": duty.due_on.isoformat(),
        "status": str(duty.status),
        "done_on": duty.done_on.isoformat() if duty.done_on else None,
        "satisfied_by": (
            {"kind": duty.satisfied_by.kind, "id": duty.satisfied_by.id} if duty.satisfied_by else None
        ),
    }


class Command(BaseCommand):
    help = "List the statutory duties of one child or all on a day, with status and the record that met each."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--child", help="the child's local ID (or Lantern id)")
        parser.add_argument("--as-of", type=date.fromisoformat, help="the day, YYYY-MM-DD (default today)")
        parser.add_argument("--open", action="store_true", help="only duties due or overdue")
        parser.add_argument("--json", action="store_true", help="machine-readable output")

    def handle(self, *args: Any, **options: Any) -> None:
        day = options["as_of"] or timezone.localdate()
        child = _child(options["child"]) if options["child"] else None
        found = duties_by_child(as_of=day, child_ids=[child.pk] if child else None)
        people = Child.objects.filter(pk=child.pk) if child else Child.objects.all()
        local_ids = {str(pk): local_id for pk, local_id in people.values_list("person_id", "local_id")}
        rows = [
            duty_json(d, local_ids.get(d.child_id, ""))
            for duties in found.values()
            for d in duties
            if not options["open"] or d.status in OPEN
        ]
        rows.sort(key=lambda r: (r["local_id"], r["due_on"], r["rule"]))
        audit_record(
            actor=None,
            action=AuditAction.EXPORT,
            object_type="duties",
            child_id=child.pk if child else None,
            reason=f"lantern duties as of {day.isoformat()}: {len(rows)} duties of {len(found)} children",
        )
        if options["json"]:
            self.stdout.write(json.dumps({"as_of": day.isoformat(), "duties": rows}, indent=1))
            return
        for r in rows:
            done = f" done {r['done_on']}" if r["done_on"] else ""
            self.stdout.write(
                f"{r['local_id']}\t{r['rule']}\t{r['due_on']}\t{r['status']}{done}\t{r['about']}"
            )
        self.stdout.write(f"{len(rows)} duties of {len(found)} children as of {day:%d %B %Y}.")
