from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from audit.actions import AuditAction
from audit.services import audit_record
from bundles.export import bundle_dumps, bundle_export
from lantern.atomic_file import written_atomically
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
        if not options["out"]:
            self.stdout.write(self._exported(child, None), ending="")
            return
        out = Path(options["out"])
        # The file is written whole beside FILE and moved into place only after the audit row is committed: a run
        # killed part way leaves neither a truncated file at FILE nor an audit row for an export that never was.
        with written_atomically(out) as path:
            self._exported(child, path)
        self.stdout.write(f"Wrote the case bundle for child {child.local_id} to {out}")

    def _exported(self, child: Child, path: Path | None) -> str:
        """The child's bundle, audited as an export (and written to `path`) in one transaction."""
        with transaction.atomic():
            text = bundle_dumps(bundle_export(child=child))
            if path is not None:
                path.write_text(text, encoding="utf-8")
            audit_record(
                actor=None,
                action=AuditAction.EXPORT,
                object_type="child",
                object_id=child.pk,
                child_id=child.pk,
                reason="case bundle export",
            )
        return text
