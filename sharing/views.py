"""The information-sharing pages of a child: the log (what was shared with whom, when, how, acknowledged or waiting),
the sharing checklist of each placement, the form to record that something was shared (lantern.record_pages), and
the one button with which a recipient acknowledges what was shared with them."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from access.guards import ChildAccess, Need, load_child
from care.models import Placement
from lantern.record_pages import RecordKind, Shown, day_text
from network.models import AgencyKind
from sharing import selectors
from sharing.checklist import CARER, HOST_AUTHORITY, Checklist, Line
from sharing.forms import SHARED_FIELDS, SharedForm
from sharing.models import SharedInformation
from sharing.services import refuse_acknowledgement, shared_acknowledge, shared_delete, shared_save


def _save(kind: RecordKind, *, actor: Any, record: SharedInformation, expected_version: int | None) -> Any:
    return shared_save(actor=actor, shared=record, expected_version=expected_version)


def _delete(kind: RecordKind, *, actor: Any, record: SharedInformation, reason: str) -> None:
    shared_delete(actor=actor, shared=record, reason=reason)


def _initial(request: HttpRequest) -> dict[str, Any]:
    """A "Record that it was shared" link's values (the form's choices keep only the child's own records)."""
    return {name: request.GET[name][:200] for name in SHARED_FIELDS if request.GET.get(name)}


def what(shared: SharedInformation) -> str:
    return shared.description if shared.item == "other" else shared.get_item_display()


def status_text(shared: SharedInformation, today: date) -> str:
    if shared.acknowledged_on is not None:
        by = f" by {shared.acknowledged_by}" if shared.acknowledged_by else ""
        return f"Acknowledged on {day_text(shared.acknowledged_on)}{by}"
    days = (today - shared.shared_on).days
    return f"Waiting for acknowledgement: {days} day{'' if days == 1 else 's'}"


ENTRIES = RecordKind(
    model=SharedInformation,
    form=SharedForm,
    namespace="sharing",
    prefix="entry",
    segment="information-shared",
    id_kwarg="shared_id",
    noun="record of information shared",
    plural="Information shared",
    list_name="sharing:log",
    list_label="information shared",
    title=lambda s: f"{what(s)} shared with {s.recipient} on {day_text(s.shared_on)}",
    shown=(
        Shown("What", value=what),
        Shown("Shared with", value=lambda s: f"{s.recipient} ({s.get_recipient_kind_display()})"),
        Shown("For the placement", value=lambda s: str(s.placement) if s.placement else ""),
        Shown("Shared on", "shared_on"),
        Shown("How", "method"),
        Shown("Acknowledged", value=lambda s: status_text(s, timezone.localdate())),
        Shown("Notes", "notes", long=True),
    ),
    save=_save,
    delete=_delete,
    initial=_initial,
    order_by=("-shared_on", "item"),
    related=("placement", "member"),
)


@dataclass
class ChecklistRow:
    line: Line
    record_url: (
        str  # "Record that it was shared" or, on a host line notified on the care record alone, "Record
    )
    # their acknowledgement": the add form prefilled


@dataclass
class PlacementChecklist:
    placement: Placement
    checklist: Checklist
    rows: list[ChecklistRow]
    url: str


def placement_checklist(placement: Placement, found: Checklist, *, today: date) -> PlacementChecklist:
    add = ENTRIES.url("add", placement.child_id)
    carer = selectors.member_for(placement, AgencyKind.CARER, today=today)
    host = (
        selectors.member_for(placement, AgencyKind.HOST_AUTHORITY, today=today)
        if not placement.in_authority
        else None
    )
    rows = []
    for line in found.lines:
        member = carer if line.recipient_kind == CARER else host
        values: dict[str, Any] = {
            "placement": placement.pk,
            "item": line.item,
            "recipient_kind": line.recipient_kind,
        }
        if member is not None:
            values |= {"member": member.pk, "recipient": member.name}
        elif line.recipient_kind == CARER:
            values["recipient"] = placement.carer
        if line.notified_only and line.shared_on is not None:  # only the acknowledgement is left to record
            values["shared_on"] = f"{line.shared_on.day}/{line.shared_on.month}/{line.shared_on.year}"
        rows.append(ChecklistRow(line, f"{add}?{urlencode(values)}"))
    url = reverse("sharing:checklist", args=[placement.child_id, placement.pk])
    return PlacementChecklist(placement, found, rows, url)


@dataclass
class Row:
    shared: SharedInformation
    what: str
    status: str
    may_acknowledge: bool


def _rows(access: ChildAccess, request: HttpRequest, records: Any, today: date) -> list[Row]:
    may_contribute = access.allows(Need.CONTRIBUTE)
    return [
        Row(
            shared,
            what(shared),
            status_text(shared, today),
            may_contribute
            and shared.acknowledged_on is None
            and selectors.may_acknowledge(request.user, shared, responsible=access.may_edit),
        )
        for shared in records
    ]


def _placement_filter(request: HttpRequest, placements: list[Placement]) -> Placement | None:
    wanted = request.GET.get("placement", "")
    return next((p for p in placements if str(p.pk) == wanted), None)


@login_required
def log(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    child, today = access.child, timezone.localdate()
    placements = list(Placement.objects.filter(child=child).order_by("-start_date"))
    chosen = _placement_filter(request, placements)
    found = selectors.checklists(placements, today=today)
    shown = [chosen] if chosen else [p for p in placements if p.end_date is None or p.end_date >= today]
    return render(
        request,
        "sharing/log.html",
        {
            "access": access,
            "child": child,
            "kind": ENTRIES,
            "placements": [(p, found[p.pk]) for p in placements],
            "chosen": chosen,
            "checklists": [placement_checklist(p, found[p.pk], today=today) for p in shown],
            "mine": _rows(access, request, selectors.shared_with(request.user, child), today),
            "rows": _rows(access, request, selectors.log_of(child, placement_id=chosen and chosen.pk), today),
            "add_url": ENTRIES.url("add", child.pk),
        },
    )


@login_required
def checklist(request: HttpRequest, child_id: UUID, placement_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    placement = Placement.objects.filter(child=access.child, pk=placement_id).first()
    if placement is None:
        raise Http404
    today = timezone.localdate()
    records = selectors.log_of(access.child, placement_id=placement.pk)
    return render(
        request,
        "sharing/checklist.html",
        {
            "access": access,
            "child": access.child,
            "kind": ENTRIES,
            "item": placement_checklist(
                placement, selectors.checklist_of(placement, today=today), today=today
            ),
            "rows": _rows(access, request, records, today),
            "host_kind": HOST_AUTHORITY,
        },
    )


def _not_allowed(request: HttpRequest, child_id: UUID) -> HttpResponse:
    """Any method but POST, checked before the child is read: 405 without the audited view load_child writes for a
    GET (nothing is shown). Whoever may not acknowledge here still gets 404 and an audited refusal, as on every
    route of a child (lantern/tests/test_access_matrix.py): the access check runs as it would for the POST."""
    as_posted = copy.copy(request)
    as_posted.method = "POST"
    load_child(as_posted, child_id, need=Need.CONTRIBUTE)
    return HttpResponseNotAllowed(["POST"])


@login_required
def acknowledge(request: HttpRequest, child_id: UUID, shared_id: UUID) -> HttpResponse:
    if request.method != "POST":
        return _not_allowed(request, child_id)
    access = load_child(request, child_id, need=Need.CONTRIBUTE)
    shared = selectors.log_of(access.child).filter(pk=shared_id).first()
    if shared is None:
        raise Http404
    if not selectors.may_acknowledge(request.user, shared, responsible=access.may_edit):
        refuse_acknowledgement(request=request, child_id=access.child.pk, shared_id=shared_id)
    own = shared.member is not None and shared.member.user_id == request.user.pk
    by_name = "" if own else f"{shared.recipient} (recorded by {request.user.display_name})"  # type: ignore[union-attr]
    try:
        shared_acknowledge(actor=request.user, shared=shared, by_name=by_name)
    except ValidationError as error:
        context = {"access": access, "child": access.child, "errors": error.messages}
        return render(request, "sharing/refused.html", context, status=400)
    messages.success(request, f"{what(shared)} acknowledged")
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect(ENTRIES.list_url(access.child.pk, shared))
