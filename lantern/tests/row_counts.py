"""How many rows every table holds, in one query: a refused request must leave them as they were."""

from __future__ import annotations

from django.apps import apps
from django.db import connection


def row_counts(*, leave_out: tuple[str, ...] = ()) -> dict[str, int]:
    """Rows per table (by model label), less the models named in `leave_out` (e.g. "audit.AuditEvent")."""
    models = [
        m
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy and m._meta.label not in leave_out
    ]
    quote = connection.ops.quote_name
    # the table names come from the models, never from input
    counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(m._meta.db_table)})" for m in models)  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        row = cursor.fetchone()
    return {m._meta.label: int(n) for m, n in zip(models, row, strict=True)}
