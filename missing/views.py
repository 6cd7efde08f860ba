"""The child's missing page (episodes, their return interviews, the pattern Lantern sees), and the forms to report
an episode, record the return and record the return interview. Everyone who sees the child reads it; a carer,
police officer or coordinator with a grant may report; the return interview service sees this page and nothing else
of the record (access.guards.ROLE_ONLY)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from access.guards import Need, load_child
from lantern.form_errors import written
from lantern.forms import posted
from lantern.record_pages import Card, RecordKind, Shown
from missing.forms import EpisodeForm, ReturnInterviewForm
from missing.models import MissingEpisode, ReturnInterview
from missing.rules import InterviewStatus, interview_status
from missing.selectors import pattern_of
from missing.services import episode_delete, episode_save, return_interview_save


def _when(value: Any) -> str:
    return f"{timezone.localtime(value):%-d %b %Y %H:%M}" if value else ""


def _duration(episode: MissingEpisode) -> str:
    hours = episode.hours
    if hours is None:
        return "Not back yet"
    if hours < 48:
        return f"{hours:.0f} hours" if hours >= 1 else "Under an hour"
    return f"{hours / 24:.0f} days"


def _save(kind: RecordKind, *, actor: Any, record: MissingEpisode, expected_version: int | None) -> Any:
    return episode_save(actor=actor, episode=record, expected_version=expected_version)


def _delete(kind: RecordKind, *, actor: Any, record: MissingEpisode, reason: str) -> None:
    episode_delete(actor=actor, episode=record, reason=reason)


def _initial(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {"reported_by": f"{user.get_full_name()} ({user.get_role_display()})"}  # type: ignore[union-attr]


EPISODES = RecordKind(
    model=MissingEpisode,
    form=EpisodeForm,
    namespace="missing",
    prefix="episode",
    segment="missing",
    id_kwarg="episode_id",
    noun="missing episode",
    plural="Missing episodes",
    list_name="missing:episodes",
    list_need=Need.MISSING,
    edit_need=Need.REPORT_MISSING,
    delete_need=Need.EDIT,
    title=lambda e: f"{'Missing' if e.kind == 'M' else 'Away'} from {_when(e.started_at)}",
    shown=(
        Shown("Missing or away", "kind"),
        Shown("Went missing", value=lambda e: _when(e.started_at)),
        Shown("Came back", value=lambda e: _when(e.ended_at), empty="Not back yet"),
        Shown("How long", value=_duration),
        Shown("Reported by", "reported_by"),
        Shown("Police reference", "police_reference"),
        Shown("Police risk grading", "police_risk", empty="Not graded"),
        Shown("Found at", "found_where"),
        Shown("With", "found_with"),
        Shown("Police safe and well check", "safe_and_well_on"),
        Shown("Harm disclosed", "harm_disclosed", long=True),
        Shown("Notes", "notes", long=True),
    ),
    save=_save,
    delete=_delete,
    initial=_initial,
    recorded_by="recorded_by",
    order_by=("-started_at",),
    related=("return_interview",),
    intro="",
    empty="No missing episode recorded.",
)


@dataclass
class EpisodeRow:
    card: Card
    interview: ReturnInterview | None
    status: InterviewStatus
    interview_url: str


def _status(episode: MissingEpisode, interview: ReturnInterview | None) -> InterviewStatus:
    return interview_status(
        ended_at=episode.ended_at,
        offered_at=interview.offered_at if interview else None,
        response=interview.response if interview else "",
        done=bool(interview and interview.done_on),
        no_interview_reason=interview.no_interview_reason if interview else "",
        now=timezone.now(),
    )


@login_required
def episodes(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.MISSING)
    rows = []
    for episode in EPISODES.records(access.child):
        interview = getattr(episode, "return_interview", None)
        rows.append(
            EpisodeRow(
                EPISODES.card(episode),
                interview,
                _status(episode, interview),
                reverse("missing:interview", args=[access.child.pk, episode.pk]),
            )
        )
    return render(
        request,
        "missing/episodes.html",
        {
            "kind": EPISODES,
            "access": access,
            "child": access.child,
            "rows": rows,
            "pattern": pattern_of(access.child, timezone.localdate(), with_changes=access.allows(Need.VIEW)),
            "may_report": access.allows(Need.REPORT_MISSING),
            "may_delete": access.allows(Need.EDIT),
            "may_interview": access.allows(Need.RETURN_INTERVIEW),
            "may_view_child": access.allows(Need.VIEW),
            "add_url": EPISODES.url("add", access.child.pk),
        },
    )


@login_required
def interview(request: HttpRequest, child_id: UUID, episode_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.RETURN_INTERVIEW)
    episode = MissingEpisode.objects.filter(child=access.child, pk=episode_id).first()
    if episode is None:
        raise Http404
    record = ReturnInterview.objects.filter(episode=episode).first() or ReturnInterview(
        child=access.child, episode=episode
    )
    adding = record._state.adding
    form = ReturnInterviewForm(posted(request), instance=record)
    back = EPISODES.list_url(access.child.pk, episode)
    if request.method == "POST" and form.is_valid():
        if adding:
            record.recorded_by = request.user  # type: ignore[assignment]
        if written(
            request,
            form,
            lambda: return_interview_save(
                actor=request.user, interview=record, expected_version=form.cleaned_data["version"]
            ),
        ):
            messages.success(request, "Return interview saved")
            return redirect(back)
    return render(
        request,
        "missing/interview_form.html",
        {
            "access": access,
            "child": access.child,
            "episode": episode,
            "card": EPISODES.card(episode),
            "form": form,
            "back_url": back,
            "status": _status(episode, None if adding else record),
        },
    )
