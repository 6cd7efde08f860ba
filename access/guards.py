"""Loading a child for a page: the access rule, the reasons the user may see it, and what they may change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.http import Http404, HttpRequest

from access.permissions import (
    may_contribute,
    may_edit_allocations,
    may_edit_record,
    may_educate,
    may_read_audit,
    may_record_return_interview,
    may_report_missing,
    may_safeguard,
)
from access.selectors import Basis
from accounts.roles import Role, is_partner_role
from audit.actions import AuditAction
from audit.services import audit_record
from people.models import Child
from people.selectors import NotVisible, child_get


@dataclass(frozen=True)
class ChildAccess:
    child: Child
    basis: frozenset[Basis]
    may_edit: bool
    may_allocate: bool
    may_read_audit: bool
    staff: bool = False  # the authority's own staff (not a partner): case notes and exports
    may_report_missing: bool = False
    may_record_return_interview: bool = False
    may_safeguard: bool = False
    may_contribute: bool = False
    may_educate: bool = False

    role: str = ""

    def allows(self, need: Need) -> bool:
        """Whether the user may do what `need` names for this child (the role narrowing of ROLE_ONLY included)."""
        only = ROLE_ONLY.get(self.role)
        if only is not None and need not in only:
            return False
        return {
            Need.VIEW: True,
            Need.EDIT: self.may_edit,
            Need.ALLOCATE: self.may_allocate,
            Need.AUDIT: self.may_read_audit,
            Need.STAFF: self.staff,
            Need.MISSING: True,
            Need.REPORT_MISSING: self.may_report_missing,
            Need.RETURN_INTERVIEW: self.may_record_return_interview,
            Need.SAFEGUARD: self.may_safeguard,
            Need.CONTRIBUTE: self.may_contribute,
            Need.EDUCATION: self.may_educate,
        }[need]

    @property
    def by_break_glass_only(self) -> bool:
        return self.basis == frozenset({Basis.BREAK_GLASS})

    @property
    def by_grant(self) -> bool:
        return Basis.GRANT in self.basis


def _page_name(request: HttpRequest) -> str:
    match = request.resolver_match
    return match.view_name if match is not None else request.path


class Need(StrEnum):
    """What the page or API operation needs beyond seeing the child."""

    VIEW = "view"
    EDIT = "edit"
    ALLOCATE = "allocate"
    AUDIT = "audit"
    STAFF = "staff"  # the authority's own staff, not partners: case notes and exports of the record
    MISSING = "missing"  # the child's missing episodes and return interviews: everyone who sees the child
    REPORT_MISSING = "report_missing"  # report a missing episode, record the return, keep the profile
    RETURN_INTERVIEW = "return_interview"  # record the independent return interview
    SAFEGUARD = "safeguard"  # screenings, risk plans, strategy discussions
    CONTRIBUTE = "contribute"  # the network's own part: chronology entries, concerns, escalations
    EDUCATION = "education"  # attendance, exclusions, school records sent and received


# A role that sees only what its work needs, whatever its basis: the commissioned return interview service sees the
# child's missing episodes and return interviews, and nothing else of the record (M5).
ROLE_ONLY: dict[str, frozenset[Need]] = {
    Role.RETURN_INTERVIEWER: frozenset({Need.MISSING, Need.RETURN_INTERVIEW}),
}


def load_child(request: HttpRequest, child_id: Any, *, need: Need = Need.VIEW) -> ChildAccess:
    """The child for this request, or 404. A user who cannot see the child, or whose role does not allow what the
    page needs, gets 404 (it reveals nothing) and the refusal is audited. A read (GET or HEAD) that is allowed is
    written to the audit log as a view, named by the page or API operation; changes audit themselves."""
    user = request.user
    try:
        child, found_basis = child_get(user=user, child_id=child_id)
    except NotVisible as error:
        raise Http404("No child found") from error
    basis = frozenset(found_basis)
    access = ChildAccess(
        child=child,
        basis=basis,
        may_edit=may_edit_record(user, set(basis)),
        may_allocate=may_edit_allocations(user, set(basis)),
        may_read_audit=may_read_audit(user, set(basis)),
        staff=not is_partner_role(getattr(user, "role", "")),
        may_report_missing=may_report_missing(user, set(basis)),
        may_record_return_interview=may_record_return_interview(user, set(basis)),
        may_safeguard=may_safeguard(user, set(basis)),
        may_contribute=may_contribute(user, set(basis)),
        may_educate=may_educate(user, set(basis)),
        role=getattr(user, "role", ""),
    )
    allowed = access.allows(need)
    if not allowed:
        audit_record(
            actor=user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type="child",
            object_id=child.pk,
            child_id=child.pk,
            reason=f"{_page_name(request)} needs {need.value}",
        )
        raise Http404("Not allowed")
    if request.method in ("GET", "HEAD"):
        audit_record(
            actor=user,
            action=AuditAction.VIEW,
            request=request,
            object_type="child",
            object_id=child.pk,
            child_id=child.pk,
            reason=_page_name(request),
        )
    return access


def may_list_children(user: Any) -> bool:
    """Whether search and the lists of children are for this user: not for a role that sees only part of a record
    (ROLE_ONLY without Need.VIEW), which reaches its children through its own worklist."""
    only = ROLE_ONLY.get(getattr(user, "role", ""))
    return only is None or Need.VIEW in only
