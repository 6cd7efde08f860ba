"""The audit hash chain, pure: each row's hash covers its content and the previous row's hash.

HMAC with a server key (LANTERN_AUDIT_KEY) rather than a bare hash, so that someone who can write to the database
but does not hold the key cannot forge a consistent chain after altering a row.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
CHAINED_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor_username",
    "action",
    "object_type",
    "object_id",
    "child_id",
    "reason",
    "request_id",
    "ip",
    "diff",
)


def canonical(row: Mapping[str, Any]) -> bytes:
    return json.dumps({f: row.get(f) for f in CHAINED_FIELDS}, sort_keys=True, default=str).encode()


def row_hash(key: bytes, prev_hash: str, row: Mapping[str, Any]) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(row), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def first_break(key: bytes, rows: Iterable[Mapping[str, Any]]) -> ChainBreak | None:
    """Walk rows in seq order; return the first row that was altered, or that follows a removed row."""
    prev_hash = GENESIS
    expected_seq = 1
    for row in rows:
        seq = int(row["seq"])
        if seq != expected_seq:
            return ChainBreak(expected_seq, f"row {expected_seq} is missing (next row found is {seq})")
        if row["prev_hash"] != prev_hash:
            return ChainBreak(seq, f"row {seq} does not follow row {seq - 1}: a row was removed or reordered")
        if row["hash"] != row_hash(key, prev_hash, row):
            return ChainBreak(seq, f"row {seq} was altered after it was written")
        prev_hash = row["hash"]
        expected_seq += 1
    return None
