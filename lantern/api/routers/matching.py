"""Placement matching for partner systems. The same access rule and needs as the pages (matching/views.py): reading
needs Need.STAFF; a search and a decision need Need.EDIT. Every write goes through matching/services.py, which checks
and audits it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from care.models import CarerProvider
from lantern.api.schemas import ERRORS, WRITE_ERRORS
from lantern.api.schemas_matching import DecisionIn, DrawnNeedsOut, MatchOut, NeedsIn
from lantern.api.serialise import worker_out
from matching import selectors, services
from matching.drawn import draw_needs
from matching.models import PlacementMatch
from matching.needs import Area, Needs, SchoolToKeep, needs_to_json

router = Router(tags=["matching"])

_SIMPLE = (
    "age",
    "sex",
    "siblings",
    "exploitation_risk",
    "missing_pattern",
    "missing_episodes_90_days",
    "disability",
    "trauma",
    "parent_and_child",
    "key_stage_4",
    "wishes",
)


def _out(match: PlacementMatch) -> dict[str, Any]:
    return {
        "id": match.pk,
        "version": match.version,
        "searched_on": match.searched_on,
        "searched_by": worker_out(match.searched_by),
        "needs": match.needs,
        "worker_notes": match.worker_notes,
        "weights": match.weights,
        "ranking": match.ranking,
        "chosen_id": match.chosen_id,
        "chosen_rank": match.chosen_rank,
        "chosen_score": match.chosen_score,
        "reasons": match.reasons,
        "decided_on": match.decided_on,
        "decided_by": worker_out(match.decided_by),
        "placement_id": match.placement_id,
        "outcome": match.outcome,
        "outcome_on": match.outcome_on,
        "outcome_notes": match.outcome_notes,
    }


def _one(child: Any, match_id: UUID) -> PlacementMatch:
    found = selectors.match_of(child, match_id)
    if found is None:
        raise Http404
    return found


def with_additions(drawn: Needs, payload: NeedsIn) -> Needs:
    """The drawn needs with every field the worker sent in their place."""
    changes: dict[str, Any] = {
        name: getattr(payload, name) for name in _SIMPLE if getattr(payload, name) is not None
    }
    if payload.no_school:
        changes["school"] = None
    elif payload.school is not None:
        changes["school"] = SchoolToKeep(payload.school.name, payload.school.easting, payload.school.northing)
    for name in ("avoid_areas", "near_areas"):
        areas = getattr(payload, name)
        if areas is not None:
            changes[name] = tuple(Area(a.name, a.why) for a in areas)
    if payload.wish_flags is not None:
        changes["wish_flags"] = tuple(dict.fromkeys(payload.wish_flags))
    changes["worker_added"] = payload.worker_added
    if (payload.school is not None) and (
        (payload.school.easting is None) != (payload.school.northing is None)
    ):
        raise ValidationError({"school": "Give both the easting and the northing, or neither"})
    return replace(drawn, **changes)


@router.get(
    "/{child_id}/matching/needs",
    response={200: DrawnNeedsOut, **ERRORS},
    summary="The child's placement needs as drawn from the record today, each with where it came from",
)
def drawn_needs(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.STAFF)
    drawn = draw_needs(access.child, timezone.localdate())
    return {"needs": needs_to_json(drawn.needs), "sources": drawn.sources}


@router.post(
    "/{child_id}/matching",
    response={201: MatchOut, **WRITE_ERRORS},
    summary="Search the register: the needs drawn from the record with the worker's changes and additions, ranked "
    "and explained, kept as they were",
)
def search(request: HttpRequest, child_id: UUID, payload: NeedsIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    needs = with_additions(draw_needs(access.child, timezone.localdate()).needs, payload)
    match = services.match_search(
        actor=request.user, child=access.child, needs=needs, worker_notes=payload.worker_added
    )
    return Status(201, _out(_one(access.child, match.pk)))


@router.get(
    "/{child_id}/matching",
    response={200: list[MatchOut], **ERRORS},
    summary="The child's placement searches, latest first, each with its ranking, decision and outcome",
)
def list_matches(request: HttpRequest, child_id: UUID) -> list[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.STAFF)
    return [_out(m) for m in selectors.matches_of(access.child)]


@router.get(
    "/{child_id}/matching/{match_id}",
    response={200: MatchOut, **ERRORS},
    summary="One placement search: the needs and the ranking as they were, the decision and the outcome",
)
def get_match(request: HttpRequest, child_id: UUID, match_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.STAFF)
    return _out(_one(access.child, match_id))


@router.post(
    "/{child_id}/matching/{match_id}/decision",
    response={201: MatchOut, **WRITE_ERRORS},
    summary="Choose a carer the search ranked, with the reasons (once per search)",
)
def decide(
    request: HttpRequest, child_id: UUID, match_id: UUID, payload: DecisionIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    match = _one(access.child, match_id)
    carer = CarerProvider.objects.filter(pk=payload.carer_id).first()
    if carer is None:
        raise ValidationError({"carer_id": "No carer on the register has that id"})
    services.match_decide(
        actor=request.user, match=match, carer=carer, reasons=payload.reasons, on=payload.decided_on
    )
    return Status(201, _out(_one(access.child, match_id)))
