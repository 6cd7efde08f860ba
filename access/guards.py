"""Loading a child for a page: the access rule, the reasons the user may see it, and what they may change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.http import Http404, HttpRequest

from access.permissions import may_edit_allocations, may_edit_record, may_read_audit
from access.selectors import Basis
from accounts.roles import is_partner_role
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
    )
    allowed = {
        Need.VIEW: True,
        Need.EDIT: access.may_edit,
        Need.ALLOCATE: access.may_allocate,
        Need.AUDIT: access.may_read_audit,
        Need.STAFF: access.staff,
    }[need]
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
