"""What a user who may see a child may also change. Seeing is the access rule's; changing also needs the role."""

from __future__ import annotations

from typing import Any

from access.selectors import Basis
from accounts.roles import (
    MISSING_REPORTERS,
    RETURN_INTERVIEWERS,
    SAFEGUARDING_PARTNERS,
    Role,
    can_edit_allocations,
    can_edit_care_record,
    is_partner_role,
)

_RESPONSIBLE = frozenset({Basis.ALLOCATED, Basis.MANAGER})


def may_edit_record(user: Any, basis: set[Basis]) -> bool:
    """Allocated workers and their managers edit the care record; partners with grants and break-glass only read."""
    return can_edit_care_record(user.role) and bool(basis & _RESPONSIBLE)


def may_edit_allocations(user: Any, basis: set[Basis]) -> bool:
    return can_edit_allocations(user.role) and bool(basis & _RESPONSIBLE)


def may_read_audit(user: Any, basis: set[Basis]) -> bool:
    """The manager of the allocated worker's team opens "Who has seen this record"."""
    return user.role == Role.TEAM_MANAGER and Basis.MANAGER in basis


def may_create_child(user: Any) -> bool:
    return user.role in (Role.SOCIAL_WORKER, Role.TEAM_MANAGER)


def may_report_missing(user: Any, basis: set[Basis]) -> bool:
    """Whoever edits the record, and the carer, police officer or coordinator with a grant for the child."""
    return may_edit_record(user, basis) or (user.role in MISSING_REPORTERS and Basis.GRANT in basis)


def may_record_return_interview(user: Any, basis: set[Basis]) -> bool:
    """The independent return interview service (M5) with a grant, the coordinator, and the responsible workers."""
    return may_edit_record(user, basis) or (user.role in RETURN_INTERVIEWERS and Basis.GRANT in basis)


def may_safeguard(user: Any, basis: set[Basis]) -> bool:
    """Screenings, risk plans and strategy discussions: the responsible workers and the coordinator with a grant."""
    return may_edit_record(user, basis) or (user.role in SAFEGUARDING_PARTNERS and Basis.GRANT in basis)


def may_contribute(user: Any, basis: set[Basis]) -> bool:
    """What the network adds from its own view (learning points 4 and 6): chronology entries and concerns, and
    escalations about another agency. The responsible workers, and every partner in the network with a grant."""
    return may_edit_record(user, basis) or (is_partner_role(user.role) and Basis.GRANT in basis)


def may_educate(user: Any, basis: set[Basis]) -> bool:
    """The school's part of the education record (attendance, exclusions, the records sent and received on a school
    move): the responsible workers, and the virtual school or designated teacher (Role.EDUCATION) with a grant."""
    return may_edit_record(user, basis) or (user.role == Role.EDUCATION and Basis.GRANT in basis)
