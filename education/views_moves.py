"""The school move pages: recording or changing a move (the responsible workers: Need.EDIT), with the Key Stage 4
approval fields shown once the child has reached Year 10, and the actions "Records sent" and "Records received"
(Need.EDUCATION: the responsible workers and the virtual school or designated teacher with a grant)."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.guards import ChildAccess, Need, load_child
from education import services
from education.forms_moves import RecordsForm, SchoolMoveForm
from education.key_stage import key_stage_4_starts
from education.models import SchoolMove
from lantern.form_errors import written
from lantern.forms import posted


def _move_of(access: ChildAccess, move_id: UUID) -> SchoolMove:
    move = (
        SchoolMove.objects.filter(child=access.child, pk=move_id)
        .select_related("child__person", "from_school", "to_school", "placement__carer_record")
        .first()
    )
    if move is None:
        raise Http404
    return move


def _record_url(child_id: UUID, move: SchoolMove | None = None) -> str:
    anchor = f"#move-{move.pk}" if move is not None else "#school-moves"
    return reverse("education:record", args=[child_id]) + anchor


def _show_ks4(access: ChildAccess) -> bool:
    """No move before Year 10 can need the approval, and a move cannot be dated in the future."""
    birth = access.child.person.date_of_birth
    return birth is not None and timezone.localdate() >= key_stage_4_starts(birth)


@login_required
def move_edit(request: HttpRequest, child_id: UUID, move_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDIT)
    move = _move_of(access, move_id) if move_id else SchoolMove(child=access.child)
    form = SchoolMoveForm(posted(request), instance=move, child=access.child, show_ks4=_show_ks4(access))
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: services.school_move_record(
                actor=request.user,
                move=move,
                move_enrolments=form.cleaned_data.get("move_enrolments", False),
                expected_version=form.cleaned_data["version"],
            ),
        )
    ):
        due = move.records_due_on
        messages.success(
            request, f"School move saved: the records are due by {due.day} {due:%b %Y}" if due else "Saved"
        )
        return redirect(_record_url(access.child.pk, move))
    return render(
        request,
        "education/move_form.html",
        {
            "access": access,
            "child": access.child,
            "form": form,
            "move": None if move_id is None else move,
            "back_url": _record_url(access.child.pk, None if move_id is None else move),
        },
    )


def _records_step(request: HttpRequest, child_id: UUID, move_id: UUID, *, received: bool) -> HttpResponse:
    access = load_child(request, child_id, need=Need.EDUCATION)
    move = _move_of(access, move_id)
    label = "Date the new school received the records" if received else "Date the old school sent the records"
    form = RecordsForm(posted(request), instance=move, label=label, initial={"on": timezone.localdate()})
    step = services.school_move_records_received if received else services.school_move_records_sent
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: step(
                actor=request.user,
                move=move,
                on=form.cleaned_data["on"],
                expected_version=form.cleaned_data["version"],
            ),
        )
    ):
        messages.success(request, "Records received" if received else "Records sent")
        return redirect(_record_url(access.child.pk, move))
    return render(
        request,
        "education/records_form.html",
        {
            "access": access,
            "child": access.child,
            "form": form,
            "move": move,
            "heading": "Records received" if received else "Records sent",
            "back_url": _record_url(access.child.pk, move),
        },
    )


@login_required
def records_sent(request: HttpRequest, child_id: UUID, move_id: UUID) -> HttpResponse:
    return _records_step(request, child_id, move_id, received=False)


@login_required
def records_received(request: HttpRequest, child_id: UUID, move_id: UUID) -> HttpResponse:
    return _records_step(request, child_id, move_id, received=True)
