"""The matching pages of a child: the searches and decisions with their outcomes (Need.STAFF), a new search from the
needs drawn from the record (Need.EDIT), and one search's ranking as it was, with the choice of a carer, the
placement it led to and the notes on how it turned out (Need.EDIT to write). Writes go through matching/services.py."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from audit.actions import AuditAction
from audit.services import audit_record
from care.models import CarerProvider
from lantern.form_errors import written
from lantern.forms import posted
from matching import selectors, services
from matching.drawn import draw_needs
from matching.forms import DecideForm, LinkForm, NeedsForm, NotesForm
from matching.models import PlacementMatch
from matching.needs import WishFlag, needs_from_json
from matching.snapshot import excluded_rows, ranked_rows


def _context(access: ChildAccess, **more: Any) -> dict[str, Any]:
    return {"access": access, "child": access.child, **more}


@login_required
def child_matches(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.STAFF)
    return render(
        request, "matching/child.html", _context(access, matches=list(selectors.matches_of(access.child)))
    )


def _search_shown_again(request: HttpRequest, access: ChildAccess, what: str) -> None:
    audit_record(  # the needs are shown again with the errors: a read of the record, as a GET would be
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        object_type="child",
        object_id=access.child.pk,
        child_id=access.child.pk,
        reason=f"placement search form shown again: {what}",
    )


@login_required
def new_search(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if access.child.person.date_of_birth is None:
        if request.method == "POST":
            _search_shown_again(request, access, "the search was refused: no date of birth")
        return render(request, "matching/new.html", _context(access, no_birth_date=services.NO_BIRTH_DATE))
    drawn = draw_needs(access.child, timezone.localdate(), request.user)
    form = NeedsForm(posted(request), drawn=drawn)
    found: list[PlacementMatch] = []
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: found.append(
                services.match_search(
                    actor=request.user,
                    child=access.child,
                    needs=form.needs(),
                    worker_notes=form.cleaned_data["worker_added"],
                )
            ),
        )
    ):
        match = found[0]
        messages.success(
            request, f"{len(ranked_rows(match.ranking))} carers ranked for {access.child.person.forename}"
        )
        return redirect("matching:detail", child_id=access.child.pk, match_id=match.pk)
    if request.method == "POST":
        _search_shown_again(request, access, "the search was refused")
    return render(request, "matching/new.html", _context(access, form=form))


def _match(access: ChildAccess, match_id: UUID) -> PlacementMatch:
    found = selectors.match_of(access.child, match_id)
    if found is None:
        raise Http404
    return found


def _detail(request: HttpRequest, access: ChildAccess, match: PlacementMatch, **forms: Any) -> HttpResponse:
    ranked = ranked_rows(match.ranking)
    needs = needs_from_json(match.needs)
    placements = services.placements_to_link(match) if match.placement_id is None else []
    failed = next((f for f in forms.values() if f.errors), None)
    return render(
        request,
        "matching/detail.html",
        _context(
            access,
            match=match,
            needs=needs,
            wish_labels=[WishFlag.LABELS[f] for f in needs.wish_flags],
            ranked=ranked,
            excluded=excluded_rows(match.ranking),
            decide_form=forms.get("decide") or DecideForm(rows=ranked),
            link_form=forms.get("link") or LinkForm(placements=placements),
            notes_form=forms.get("notes") or NotesForm(initial={"outcome_notes": match.outcome_notes}),
            placements=placements,
            failed=failed,
            may_edit=access.may_edit,
        ),
    )


@login_required
def detail(request: HttpRequest, child_id: UUID, match_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.STAFF)
    return _detail(request, access, _match(access, match_id))


def _shown_again(request: HttpRequest, access: ChildAccess, match: PlacementMatch, what: str) -> None:
    audit_record(  # the detail is shown again with the errors: a read of the record, as a GET would be
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        object_type="placementmatch",
        object_id=match.pk,
        child_id=access.child.pk,
        reason=f"placement search shown again: {what} was refused",
    )


@login_required
def decide(request: HttpRequest, child_id: UUID, match_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    match = _match(access, match_id)
    form = DecideForm(request.POST, rows=ranked_rows(match.ranking))
    if form.is_valid():
        carer = CarerProvider.objects.filter(pk=form.cleaned_data["carer"]).first()
        if carer is None:
            form.add_error("carer", "That carer is no longer on the register")
        elif written(
            request,
            form,
            lambda: services.match_decide(
                actor=request.user, match=match, carer=carer, reasons=form.cleaned_data["reasons"]
            ),
        ):
            messages.success(request, f"{carer.name} chosen: now record the placement")
            return redirect("matching:detail", child_id=access.child.pk, match_id=match.pk)
    _shown_again(request, access, match, "the choice of a carer")
    return _detail(request, access, _match(access, match_id), decide=form)


@login_required
def link(request: HttpRequest, child_id: UUID, match_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    match = _match(access, match_id)
    placements = services.placements_to_link(match)
    form = LinkForm(request.POST, placements=placements)
    if form.is_valid():
        placement = next(p for p in placements if str(p.pk) == form.cleaned_data["placement"])
        if written(
            request,
            form,
            lambda: services.match_link_placement(actor=request.user, match=match, placement=placement),
        ):
            messages.success(request, "Placement linked to this match")
            return redirect("matching:detail", child_id=access.child.pk, match_id=match.pk)
    _shown_again(request, access, match, "linking the placement")
    return _detail(request, access, _match(access, match_id), link=form)


@login_required
def notes(request: HttpRequest, child_id: UUID, match_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    match = _match(access, match_id)
    form = NotesForm(request.POST)
    if form.is_valid() and written(
        request,
        form,
        lambda: services.match_record_notes(
            actor=request.user, match=match, notes=form.cleaned_data["outcome_notes"]
        ),
    ):
        messages.success(request, "Notes on the outcome saved")
        return redirect("matching:detail", child_id=access.child.pk, match_id=match.pk)
    _shown_again(request, access, match, "the outcome notes")
    return _detail(request, access, _match(access, match_id), notes=form)


@login_required
def outcomes(request: HttpRequest) -> HttpResponse:
    """The authority's outcomes in counts, for the roles in selectors.OUTCOME_READERS; anyone else gets 404, and the
    refusal is audited (as the register's pages do, care/register_views.py)."""
    if not selectors.may_read_outcomes(request.user):
        audit_record(
            actor=request.user,
            action=AuditAction.REFUSAL,
            request=request,
            object_type="placementmatch",
            reason="matching:outcomes needs the role of a team manager, analyst or administrator",
        )
        raise Http404
    audit_record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        object_type="placementmatch",
        reason="matching:outcomes (counts only, naming no child)",
    )
    return render(request, "matching/outcomes.html", {"counts": selectors.outcome_counts()})
