from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.conf import settings

from audit.chain import ChainBreak, first_break
from audit.models import AuditEvent


def _rows() -> Iterator[dict[str, Any]]:
    fields = ("seq", "at", "actor_id", "actor_username", "action", "object_type", "object_id", "child_id")
    more = ("reason", "request_id", "ip", "diff", "prev_hash", "hash")
    for row in AuditEvent.objects.order_by("seq").values(*fields, *more).iterator(chunk_size=5000):
        row["at"] = row["at"].isoformat()
        row["child_id"] = str(row["child_id"]) if row["child_id"] else None
        yield row


def audit_chain_verify() -> tuple[int, ChainBreak | None]:
    """Return how many rows were checked and the first break in the chain, if any."""
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for row in _rows():
            count += 1
            yield row

    found = first_break(str(settings.AUDIT_CHAIN_KEY).encode(), counted())
    return count, found
