"""The access rule for one user and one child, as one hand-written statement.

This is the rule of access.selectors._basis_queries, written out because every child page and API call checks
it and the ORM takes several milliseconds to build the same statement. access/tests/test_basis_sql_agrees.py
checks, over generated allocations, grants and break-glass uses, that both forms always agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import connection
from django.utils import timezone

from people.models import Child

STATEMENT = (
    "SELECT "
    "EXISTS (SELECT 1 FROM casework_allocation a WHERE a.child_id = %s AND a.worker_id = %s"
    " AND a.start_date <= %s AND (a.end_date IS NULL OR a.end_date >= %s)), "
    "EXISTS (SELECT 1 FROM casework_allocation a JOIN accounts_user w ON w.id = a.worker_id"
    " JOIN accounts_team t ON t.id = w.team_id WHERE a.child_id = %s AND t.manager_id = %s"
    " AND a.start_date <= %s AND (a.end_date IS NULL OR a.end_date >= %s)), "
    "EXISTS (SELECT 1 FROM access_accessgrant g WHERE g.child_id = %s AND g.user_id = %s"
    " AND g.starts_at <= %s AND g.expires_at > %s AND g.revoked_at IS NULL), "
    "EXISTS (SELECT 1 FROM access_breakglass b WHERE b.child_id = %s AND b.user_id = %s"
    " AND b.started_at <= %s AND b.expires_at > %s)"
)


def basis_flags(user_id: int, child_id: Any, now: datetime) -> tuple[bool, bool, bool, bool]:
    """(allocated, manager, grant, break_glass) for this user and child at this moment."""
    ops = connection.ops
    child = Child._meta.pk.get_db_prep_value(child_id, connection)
    today = ops.adapt_datefield_value(timezone.localdate(now))
    moment = ops.adapt_datetimefield_value(now)
    params = [
        *(child, user_id, today, today),
        *(child, user_id, today, today),
        *(child, user_id, moment, moment),
        *(child, user_id, moment, moment),
    ]
    with connection.cursor() as cursor:
        cursor.execute(STATEMENT, params)
        row = cursor.fetchone()
    allocated, manager, grant, glass = (bool(v) for v in row)
    return allocated, manager, grant, glass
