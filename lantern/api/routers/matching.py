"""Placement matching for partner systems. The same access rule and needs as the pages (matching/views.py): reading
needs Need.STAFF; a search, a decision, linking the placement and the outcome notes need Need.EDIT. Every write goes
through matching/services.py, which checks and audits it. A child with no date of birth cannot be searched for: the
needs and the search answer 400 asking for it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Status

from access.guards import Need, load_child
from care.models import CarerProvider, Placement
from lantern.api.schemas import ERRORS, WRITE_ERRORS, FieldErrors
from lantern.api.schemas_matching import (
    DecisionIn,
    DrawnNeedsOut,
    LinkIn,
    MatchOut,
    NeedsIn,
    OutcomeNotesIn,
)
from lantern.api.serialise import worker_out
from matching import selectors, services
from matching.drawn import draw_needs
from matching.models import PlacementMatch
from matching.needs import TOO_MANY_SIBLINGS, Area, Needs, SchoolToKeep, SiblingToPlace, needs_to_json

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
        "placement_removed": match.placement_removed,
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
    if payload.sibling_group is not None:
        changes["sibling_group"] = tuple(SiblingToPlace(s.age, s.sex) for s in payload.sibling_group)
    siblings = changes.get("siblings", drawn.siblings)
    if len(changes.get("sibling_group", drawn.sibling_group)) > siblings:
        raise ValidationError(
            {
                "sibling_group": TOO_MANY_SIBLINGS
                if payload.sibling_group is not None
                else "Say which brothers and sisters are placed together: send sibling_group with their ages "
                "and sex"
            }
        )
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
    response={200: DrawnNeedsOut, 400: FieldErrors, **ERRORS},
    summary="The child's placement needs as drawn from the record today, each with where it came from (400 for a "
    "child with no date of birth)",
)
def drawn_needs(request: HttpRequest, child_id: UUID) -> dict[str, Any]:
    access = load_child(request, child_id, need=Need.STAFF)
    services.check_born(access.child)
    drawn = draw_needs(access.child, timezone.localdate(), request.user)
    return {"needs": needs_to_json(drawn.needs), "sources": drawn.sources}


@router.post(
    "/{child_id}/matching",
    response={201: MatchOut, **WRITE_ERRORS},
    summary="Search the register: the needs drawn from the record with the worker's changes and additions, ranked "
    "and explained, kept as they were",
)
def search(request: HttpRequest, child_id: UUID, payload: NeedsIn) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    services.check_born(access.child)
    needs = with_additions(draw_needs(access.child, timezone.localdate(), request.user).needs, payload)
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


@router.post(
    "/{child_id}/matching/{match_id}/placement",
    response={201: MatchOut, **WRITE_ERRORS},
    summary="Link the placement the match led to: the child's, with the carer chosen, begun on or after the search, "
    "when the carer still had a vacancy; the outcome is then worked out from it",
)
def link_placement(
    request: HttpRequest, child_id: UUID, match_id: UUID, payload: LinkIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    match = _one(access.child, match_id)
    placement = Placement.objects.filter(pk=payload.placement_id, child=access.child).first()
    if placement is None:
        raise ValidationError({"placement_id": "The child has no placement with that id"})
    services.match_link_placement(actor=request.user, match=match, placement=placement)
    return Status(201, _out(_one(access.child, match_id)))


@router.post(
    "/{child_id}/matching/{match_id}/outcome-notes",
    response={201: MatchOut, **WRITE_ERRORS},
    summary="Record how the placement turned out, and why (replacing the notes before; only once a carer is chosen)",
)
def outcome_notes(
    request: HttpRequest, child_id: UUID, match_id: UUID, payload: OutcomeNotesIn
) -> Status[dict[str, Any]]:
    access = load_child(request, child_id, need=Need.EDIT)
    match = _one(access.child, match_id)
    services.match_record_notes(actor=request.user, match=match, notes=payload.outcome_notes)
    return Status(201, _out(_one(access.child, match_id)))
