"""Writing to the audit log. Every write goes through audit_record / audit_record_many, inside the caller's
transaction when there is one, so that a change and its audit row commit or fail together."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.ipv6 import clean_ipv6_address

from audit import context
from audit.actions import AuditAction
from audit.chain import GENESIS, row_hash
from audit.models import AuditEvent

_PG_CHAIN_LOCK = 7_452_001


def _chain_key() -> bytes:
    return str(settings.AUDIT_CHAIN_KEY).encode()


def client_ip(raw: str | None) -> str | None:
    """The address as the database will store it (so the chained hash matches what is read back), or None
    when the server saw no IP address (a Unix socket, say)."""
    text = (raw or "").strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    # Django's address field keeps IPv6 in its own form (an IPv4-mapped address as ::ffff:10.1.2.3).
    return clean_ipv6_address(text) if address.version == 6 else str(address)


def request_context(request: HttpRequest | None) -> dict[str, Any]:
    if request is None:
        ctx = context.current.get()
        return {"request_id": ctx.request_id, "ip": ctx.ip}
    return {
        "request_id": getattr(request, "request_id", ""),
        "ip": client_ip(request.META.get("REMOTE_ADDR")),
    }


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_CHAIN_LOCK])
    # SQLite: transactions are BEGIN IMMEDIATE (settings), so the writer already holds the database lock.


def audit_record_many(
    *, actor: Any, action: str, request: HttpRequest | None, entries: Iterable[dict[str, Any]]
) -> None:
    """Append one chained row per entry (object_type, object_id, child_id, reason, diff)."""
    entries = list(entries)
    if not entries:
        return
    ctx = request_context(request)
    actor_id = actor.pk if actor is not None and getattr(actor, "is_authenticated", False) else None
    actor_username = actor.get_username() if actor_id is not None else ""
    key = _chain_key()
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-seq").values("seq", "hash").first()
        seq, prev = (last["seq"], last["hash"]) if last else (0, GENESIS)
        now = timezone.now()
        rows = []
        for entry in entries:
            seq += 1
            child_id = entry.get("child_id")
            row: dict[str, Any] = {
                "seq": seq,
                "at": now.isoformat(),
                "actor_id": actor_id,
                "actor_username": actor_username,
                "action": str(action),
                "object_type": entry.get("object_type", ""),
                "object_id": str(entry.get("object_id") or ""),
                "child_id": str(child_id) if child_id else None,
                "reason": entry.get("reason", "") or "",
                "request_id": ctx["request_id"],
                "ip": ctx["ip"],
                "diff": entry.get("diff"),
            }
            digest = row_hash(key, prev, row)
            rows.append(
                AuditEvent(
                    seq=seq,
                    at=now,
                    actor_id=actor_id,
                    actor_username=actor_username,
                    action=row["action"],
                    object_type=row["object_type"],
                    object_id=row["object_id"],
                    child_id=uuid.UUID(row["child_id"]) if row["child_id"] else None,
                    reason=row["reason"],
                    request_id=row["request_id"],
                    ip=row["ip"],
                    diff=row["diff"],
                    prev_hash=prev,
                    hash=digest,
                )
            )
            prev = digest
        AuditEvent.objects.bulk_create(rows)


def audit_record(
    *,
    actor: Any,
    action: str,
    request: HttpRequest | None = None,
    object_type: str = "",
    object_id: Any = "",
    child_id: Any = None,
    reason: str = "",
    diff: dict[str, Any] | None = None,
) -> None:
    audit_record_many(
        actor=actor,
        action=action,
        request=request,
        entries=[
            {
                "object_type": object_type,
                "object_id": object_id,
                "child_id": child_id,
                "reason": reason,
                "diff": diff,
            }
        ],
    )


__all__ = ["AuditAction", "audit_record", "audit_record_many", "audit_search_hits", "request_context"]


def audit_search_hits(
    *, actor: Any, request: HttpRequest | None, children: Iterable[Any], reason: str
) -> None:
    """One "search" row per child a search or list returned, so each child's record shows who found it."""
    audit_record_many(
        actor=actor,
        action=AuditAction.SEARCH,
        request=request,
        entries=[
            {"object_type": "child", "object_id": c.pk, "child_id": c.pk, "reason": reason} for c in children
        ],
    )
