"""Missing episodes, their return interviews and the pattern Lantern sees, for partner systems (the police's own
missing persons system, the return interview service). The same access rule and needs as the pages."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from lantern.api.auth import signed_in_user
from lantern.api.schemas import ERRORS, WRITE_ERRORS, FieldErrors, IsoDate
from lantern.api.schemas_missing import EpisodeIn, EpisodeOut, EpisodePatch, InterviewIn, PatternOut
from missing.models import EPISODE_FIELDS, INTERVIEW_FIELDS, MissingEpisode, ReturnInterview
from missing.rules import interview_status
from missing.selectors import pattern_of
from missing.services import episode_save, return_interview_save

router = Router(tags=["missing"])


_EPISODE_FIELDS = tuple(f for f in EPISODE_FIELDS if f not in ("started_at", "ended_at"))
_INTERVIEW_TEXT = tuple(f for f in INTERVIEW_FIELDS if f not in ("offered_at", "response", "done_on"))


def _interview_out(episode: MissingEpisode, interview: ReturnInterview | None) -> dict[str, Any] | None:
    if interview is None:
        return None
    status = interview_status(
        ended_at=episode.ended_at,
        offered_at=interview.offered_at,
        response=interview.response,
        done=interview.done_on is not None,
        no_interview_reason=interview.no_interview_reason,
        now=timezone.now(),
    )
    return {
        **{name: getattr(interview, name) for name in _INTERVIEW_TEXT},
        "offered_at": interview.offered_at,
        "response": interview.response,
        "done_on": interview.done_on,
        "status": status.code,
        "late": status.late,
        "version": interview.version,
    }


def _episode_out(episode: MissingEpisode) -> dict[str, Any]:
    return {
        **{name: getattr(episode, name) for name in _EPISODE_FIELDS},
        "id": str(episode.pk),
        "started_at": episode.started_at,
        "ended_at": episode.ended_at,
        "version": episode.version,
        "return_interview": _interview_out(episode, getattr(episode, "return_interview", None)),
    }


def _episode_of(child: Any, episode_id: UUID) -> MissingEpisode:
    episode = (
        MissingEpisode.objects.filter(child=child, pk=episode_id).select_related("return_interview").first()
    )
    if episode is None:
        raise Http404
    return episode


@router.get(
    "/{child_id}/missing-episodes",
    response={200: list[EpisodeOut], **ERRORS},
    summary="The child's missing episodes with their return interviews, latest first",
)
def list_episodes(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.MISSING)
    found = MissingEpisode.objects.filter(child=access.child).select_related("return_interview")
    return [_episode_out(e) for e in found.order_by("-started_at")]


@router.post(
    "/{child_id}/missing-episodes",
    response={201: EpisodeOut, **WRITE_ERRORS},
    summary="Report a missing episode (the end may be recorded later)",
)
def create_episode(request: HttpRequest, child_id: UUID, payload: EpisodeIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.REPORT_MISSING)
    data = payload.dict()
    data["police_risk"] = data["police_risk"] or ""
    episode = MissingEpisode(child=access.child, recorded_by=signed_in_user(request), **data)
    episode_save(actor=request.user, episode=episode)
    return Status(201, _episode_out(episode))


@router.patch(
    "/{child_id}/missing-episodes/{episode_id}",
    response={200: EpisodeOut, **WRITE_ERRORS},
    summary="Record the return, the police safe and well check, or correct an episode",
)
def update_episode(
    request: HttpRequest, child_id: UUID, episode_id: UUID, payload: EpisodePatch
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.REPORT_MISSING)
    episode = _episode_of(access.child, episode_id)
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version", None)
    for name, value in changes.items():
        setattr(episode, name, "" if value is None and name == "police_risk" else value)
    episode_save(actor=request.user, episode=episode, expected_version=version)
    return _episode_out(episode)


@router.put(
    "/{child_id}/missing-episodes/{episode_id}/return-interview",
    response={200: EpisodeOut, **WRITE_ERRORS},
    summary="Record the return interview of an episode: the offer, the answer, what the child said",
)
def put_interview(
    request: HttpRequest, child_id: UUID, episode_id: UUID, payload: InterviewIn
) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.RETURN_INTERVIEW)
    episode = _episode_of(access.child, episode_id)
    interview = getattr(episode, "return_interview", None) or ReturnInterview(
        child=access.child, episode=episode, recorded_by=signed_in_user(request)
    )
    data = payload.dict()
    version = data.pop("version")
    data["response"] = data["response"] or ""
    for name, value in data.items():
        setattr(interview, name, value)
    return_interview_save(actor=request.user, interview=interview, expected_version=version)
    episode.return_interview = interview
    return _episode_out(episode)


@router.get(
    "/{child_id}/missing-pattern",
    response={200: PatternOut, 400: FieldErrors, **ERRORS},
    summary="The pattern Lantern sees in the child's episodes on a day (default today), each flag with its reason",
)
def missing_pattern(
    request: HttpRequest, child_id: UUID, as_of: IsoDate | None = None
) -> dict[str, Any] | Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.MISSING)
    day = as_of or timezone.localdate()
    if not 1900 <= day.year <= 2100:
        message = "Enter a date between the years 1900 and 2100"
        return Status(400, {"detail": f"as_of: {message}", "errors": {"as_of": [message]}})
    pattern = pattern_of(access.child, day, with_changes=access.allows(Need.VIEW))
    return {
        "as_of": day,
        "in_30_days": pattern.in_30_days,
        "in_90_days": pattern.in_90_days,
        "summary": pattern.summary,
        "flags": [
            {"code": f.code, "sentence": f.sentence, "episode_ids": list(f.episode_ids)}
            for f in pattern.flags
        ],
    }
