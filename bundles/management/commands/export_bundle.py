from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from audit.actions import AuditAction
from audit.services import audit_record
from bundles.export import bundle_dumps, bundle_export
from people.models import Child


def find_child(key: str) -> Child:
    """The child with this local ID, or with this UUID."""
    child = Child.objects.select_related("person").filter(local_id=key).first()
    if child is None:
        try:
            child = Child.objects.select_related("person").filter(pk=uuid.UUID(key)).first()
        except ValueError:
            child = None
    if child is None:
        raise CommandError(f"No child with local ID or id {key!r}")
    return child


class Command(BaseCommand):
    help = "Write one child's whole record as a case bundle (JSON). The export is audited."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("child", help="the child's local ID or UUID")
        parser.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")

    def handle(self, *args: Any, **options: Any) -> None:
        child = find_child(options["child"])
        with transaction.atomic():
            text = bundle_dumps(bundle_export(child=child))
            audit_record(
                actor=None,
                action=AuditAction.EXPORT,
                object_type="child",
                object_id=child.pk,
                child_id=child.pk,
                reason="case bundle export",
            )
        if options["out"]:
            Path(options["out"]).write_text(text, encoding="utf-8")
            self.stdout.write(f"Wrote the case bundle for child {child.local_id} to {options['out']}")
        else:
            self.stdout.write(text, ending="")
