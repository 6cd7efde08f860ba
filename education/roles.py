"""Who reads and who changes the schools register (it names no child, so the per-child access rule does not
apply): the authority's staff and the virtual school read it; team managers, administrators and the virtual school
(Role.EDUCATION) change it."""

from __future__ import annotations

from typing import Any

from accounts.roles import Role, is_partner_role

SCHOOL_EDITORS = frozenset({Role.TEAM_MANAGER, Role.ADMIN, Role.EDUCATION})


def may_read_schools(user: Any) -> bool:
    role = getattr(user, "role", "")
    return not is_partner_role(role) or role == Role.EDUCATION


def may_edit_schools(user: Any) -> bool:
    return getattr(user, "role", "") in SCHOOL_EDITORS
