from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.chain import ChainBreak
from audit.models import AuditEvent
from audit.verify import audit_chain_verify


def _head_break(expected: str) -> ChainBreak | None:
    """A head recorded earlier (SEQ:HASH) must still be in the chain: rows cut from the end would otherwise
    leave a shorter chain that is still internally consistent."""
    seq_text, _, digest = expected.partition(":")
    if not seq_text.isdigit() or not digest:
        raise CommandError("--expect-head takes SEQ:HASH, as printed by an earlier `audit-verify`")
    row = AuditEvent.objects.filter(seq=int(seq_text)).values("hash").first()
    if row is None:
        return ChainBreak(
            int(seq_text), f"row {seq_text}, recorded earlier as the head, is gone: rows were removed"
        )
    if row["hash"] != digest:
        return ChainBreak(int(seq_text), f"row {seq_text} no longer has the hash recorded earlier")
    return None


class Command(BaseCommand):
    help = (
        "Walk the audit hash chain and name the first row that was altered or removed. Prints the head (SEQ:HASH); "
        "keep it outside the database and pass it back with --expect-head to detect rows cut from the end."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--json", action="store_true", help="machine-readable output")
        parser.add_argument("--expect-head", metavar="SEQ:HASH", help="a head printed by an earlier run")

    def handle(self, *args: Any, **options: Any) -> None:
        checked, found = audit_chain_verify()
        if found is None and options["expect_head"]:
            found = _head_break(options["expect_head"])
        head = AuditEvent.objects.order_by("-seq").values("seq", "hash").first()
        head_text = f"{head['seq']}:{head['hash']}" if head else ""
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "checked": checked,
                        "ok": found is None,
                        "head": head_text,
                        "first_bad_row": found.seq if found else None,
                        "reason": found.reason if found else None,
                    }
                )
            )
        elif found is None:
            self.stdout.write(f"Audit chain intact: {checked} rows checked. Head: {head_text}")
        if found is not None:
            raise CommandError(f"Audit chain broken at row {found.seq}: {found.reason}")
