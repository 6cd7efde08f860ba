"""Writes of placement matching: keyword-only, one transaction each, audited in it (audit.recording).

A search ranks the register for the child's needs and keeps the needs, the ranking and the weights as they were; a
decision names the carer chosen and why (once); the placement the match led to is linked when it is recorded; the
outcome is then worked out from that placement (matching/outcome.py), by `match_refresh_outcomes` and the
`lantern match-outcomes` command."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit.recording import save_audited
from care.codes import UNPLANNED_ENDINGS, PlacementChangeReason
from care.models import CarerProvider, Placement
from lantern.child_records import check_dated
from matching.loading import register_facts
from matching.models import PlacementMatch
from matching.needs import Needs, needs_to_json
from matching.outcome import outcome_of, stable_days
from matching.rank import rank
from matching.snapshot import ranking_to_json, row_for
from matching.weights import weights_from_settings, weights_to_json
from people.models import Child

REASON_LABELS = dict(PlacementChangeReason.choices)


@transaction.atomic
def match_search(
    *, actor: Any, child: Child, needs: Needs, worker_notes: str = "", on: date | None = None
) -> PlacementMatch:
    """Rank the register for the child's needs on the day and keep the snapshot."""
    day = on or timezone.localdate()
    check_dated(child=child, field="searched_on", day=day)
    weights = weights_from_settings()
    ranking = rank(needs, register_facts(day), weights)
    match = PlacementMatch(
        child=child,
        searched_on=day,
        searched_by=actor,
        needs=needs_to_json(needs),
        worker_notes=worker_notes,
        ranking=ranking_to_json(ranking),
        weights=weights_to_json(weights),
    )
    return save_audited(actor=actor, instance=match, child_id=child.pk, reason="placement search")


@transaction.atomic
def match_decide(
    *, actor: Any, match: PlacementMatch, carer: CarerProvider, reasons: str, on: date | None = None
) -> PlacementMatch:
    """Record the carer chosen and why. A carer the search excluded, or one it did not rank, cannot be chosen."""
    day = on or timezone.localdate()
    current = PlacementMatch.objects.select_for_update().get(pk=match.pk)
    if current.decided:
        raise ValidationError(
            "A carer has already been chosen for this search: start a new search to choose again"
        )
    if day < current.searched_on:
        raise ValidationError({"decided_on": "The decision cannot come before the search"})
    if not reasons.strip():
        raise ValidationError({"reasons": "Say why this carer was chosen"})
    row = row_for(current.ranking, carer.pk)
    if row is None:
        raise ValidationError({"carer": "That carer was not in this search"})
    if row["rank"] is None:
        raise ValidationError({"carer": f"{carer.name} failed a hard limit: {'; '.join(row['excluded'])}"})
    current.chosen = carer
    current.chosen_rank = row["rank"]
    current.chosen_score = row["score"]
    current.reasons = reasons.strip()
    current.decided_on = day
    current.decided_by = actor
    saved = save_audited(actor=actor, instance=current, child_id=current.child_id, reason="carer chosen")
    match.__dict__.update(saved.__dict__)
    return saved


def placements_to_link(match: PlacementMatch) -> list[Placement]:
    """The child's placements with the chosen register entry that started on or after the search."""
    if match.chosen_id is None:
        return []
    return list(
        Placement.objects.filter(
            child_id=match.child_id, carer_record_id=match.chosen_id, start_date__gte=match.searched_on
        )
        .filter(match__isnull=True)
        .order_by("start_date")
    )


def _apply_outcome(match: PlacementMatch, placement: Placement, as_of: date) -> bool:
    found = outcome_of(
        start=placement.start_date,
        end=placement.end_date,
        reason=placement.change_reason,
        as_of=as_of,
        stable_after=stable_days(),
        unplanned=UNPLANNED_ENDINGS,
        reason_labels=REASON_LABELS,
    )
    outcome_on = found.on if found.on is None or match.decided_on is None else max(found.on, match.decided_on)
    changed = (match.outcome, match.outcome_on) != (found.outcome, outcome_on)
    match.outcome, match.outcome_on = found.outcome, outcome_on
    return changed


@transaction.atomic
def match_link_placement(
    *, actor: Any, match: PlacementMatch, placement: Placement, as_of: date | None = None
) -> PlacementMatch:
    """Say which placement the match led to: the child's, with the chosen carer, started on or after the search."""
    current = PlacementMatch.objects.select_for_update().get(pk=match.pk)
    if current.chosen_id is None:
        raise ValidationError({"placement": "Choose a carer before linking the placement"})
    if placement.child_id != current.child_id:
        raise ValidationError({"placement": "That placement is another child's"})
    if placement.carer_record_id != current.chosen_id:
        raise ValidationError({"placement": "That placement is not with the carer chosen"})
    if placement.start_date < current.searched_on:
        raise ValidationError({"placement": "That placement began before the search"})
    if PlacementMatch.objects.filter(placement=placement).exclude(pk=current.pk).exists():
        raise ValidationError({"placement": "That placement is already linked to another search"})
    current.placement = placement
    _apply_outcome(current, placement, as_of or timezone.localdate())
    saved = save_audited(actor=actor, instance=current, child_id=current.child_id, reason="placement linked")
    match.__dict__.update(saved.__dict__)
    return saved


@transaction.atomic
def match_record_notes(*, actor: Any, match: PlacementMatch, notes: str) -> PlacementMatch:
    """The worker's notes on how the placement turned out, and why."""
    match.outcome_notes = notes.strip()
    return save_audited(actor=actor, instance=match, child_id=match.child_id, reason="outcome notes")


def match_refresh_outcomes(as_of: date, *, actor: Any = None) -> int:
    """Work out again the outcome of every linked match on `as_of`; returns how many changed. Idempotent."""
    changed = 0
    linked = PlacementMatch.objects.filter(placement__isnull=False).select_related("placement")
    for match in linked.iterator():
        placement = match.placement
        if placement is None:
            continue
        if _apply_outcome(match, placement, as_of):
            with transaction.atomic():
                save_audited(
                    actor=actor, instance=match, child_id=match.child_id, reason="outcome worked out"
                )
            changed += 1
    return changed
