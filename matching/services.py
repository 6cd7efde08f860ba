"""Writes of placement matching: keyword-only, one transaction each, audited in it (audit.recording).

A search ranks the register for the child's needs and keeps the needs, the ranking and the weights as they were; a
decision names the carer chosen and why (once); the placement the match led to is linked when it is recorded; the
outcome is then worked out from that placement (matching/outcome.py), by `match_refresh_outcomes` and the
`lantern match-outcomes` command. A linked placement deleted from the record leaves the match open again, saying
what was removed (`match_placement_removed`), so the authority's outcomes never count a placement that is gone."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit.recording import save_audited
from care.codes import UNPLANNED_ENDINGS, PlacementChangeReason
from care.models import CarerProvider, Placement, RegisterStatus
from care.register_selectors import free_places
from lantern.child_records import check_dated
from matching.loading import placed_with, register_facts
from matching.models import Outcome, PlacementMatch
from matching.needs import Needs, needs_from_json, needs_to_json
from matching.outcome import outcome_of, stable_days
from matching.rank import rank
from matching.snapshot import ranking_to_json, row_for
from matching.weights import weights_from_settings, weights_to_json
from people.models import Child

REASON_LABELS = dict(PlacementChangeReason.choices)
NO_BIRTH_DATE = (
    "Record the child's date of birth before searching: every carer's approval range is by age, and matching "
    "will not guess it"
)


def check_born(child: Child) -> None:
    """A search needs the child's age: refused for a child with no date of birth on the record."""
    if child.person.date_of_birth is None:
        raise ValidationError({"age": NO_BIRTH_DATE})


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@transaction.atomic
def match_search(
    *, actor: Any, child: Child, needs: Needs, worker_notes: str = "", on: date | None = None
) -> PlacementMatch:
    """Rank the register for the child's needs on the day and keep the snapshot."""
    day = on or timezone.localdate()
    check_born(child)
    check_dated(child=child, field="searched_on", day=day)
    weights = weights_from_settings()
    ranking = rank(needs, register_facts(day), weights, placed_with=placed_with(child.pk, day))
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
    """Record the carer chosen and why. A carer the search excluded, or one it did not rank, cannot be chosen; nor one
    that is no longer taking placements, or has no vacancy left for the children to place, on the day of the
    decision (the register may have changed since the search)."""
    day = on or timezone.localdate()
    current = PlacementMatch.objects.select_for_update().select_related("child__person").get(pk=match.pk)
    if current.decided:
        raise ValidationError(
            "A carer has already been chosen for this search: start a new search to choose again"
        )
    check_dated(child=current.child, field="decided_on", day=day)
    if day < current.searched_on:
        raise ValidationError({"decided_on": "The decision cannot come before the search"})
    if not reasons.strip():
        raise ValidationError({"reasons": "Say why this carer was chosen"})
    row = row_for(current.ranking, carer.pk)
    if row is None:
        raise ValidationError({"carer": "That carer was not in this search"})
    if row["rank"] is None:
        raise ValidationError({"carer": f"{carer.name} failed a hard limit: {'; '.join(row['excluded'])}"})
    carer = CarerProvider.objects.select_for_update().get(pk=carer.pk)
    if carer.status != RegisterStatus.ACTIVE:
        raise ValidationError(
            {
                "carer": f"{carer.name} is {carer.get_status_display().lower()} since the search: start a new "
                "search"
            }
        )
    children = needs_from_json(current.needs).children_to_place
    free = free_places(carer.pk, carer.places, day)
    if free < children:
        raise ValidationError(
            {
                "carer": f"{carer.name} has no vacancy for {'the child' if children == 1 else f'{children} children'} "
                f"on {_day(day)}: {free} of {carer.places} place{'' if carer.places == 1 else 's'} free (it has "
                "filled up since the search). Start a new search"
            }
        )
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
    carer = CarerProvider.objects.select_for_update().get(pk=current.chosen_id)
    if free_places(carer.pk, carer.places, placement.start_date, excluding=placement.pk) < 1:
        raise ValidationError(
            {
                "placement": f"{carer.name} had no vacancy on {_day(placement.start_date)}: all "
                f"{carer.places} place{'' if carer.places == 1 else 's'} were taken by other placements (it "
                "filled up after the search). Check the placement's start date and carer"
            }
        )
    current.placement = placement
    _apply_outcome(current, placement, as_of or timezone.localdate())
    saved = save_audited(actor=actor, instance=current, child_id=current.child_id, reason="placement linked")
    match.__dict__.update(saved.__dict__)
    return saved


@transaction.atomic
def match_record_notes(*, actor: Any, match: PlacementMatch, notes: str) -> PlacementMatch:
    """The worker's notes on how the placement turned out, and why: only once a carer has been chosen."""
    current = PlacementMatch.objects.select_for_update().get(pk=match.pk)
    if not current.decided:
        raise ValidationError(
            {"outcome_notes": "No carer has been chosen in this search: there is no outcome to note yet"}
        )
    if not notes.strip():
        raise ValidationError({"outcome_notes": "Say how the placement turned out"})
    current.outcome_notes = notes.strip()
    saved = save_audited(actor=actor, instance=current, child_id=current.child_id, reason="outcome notes")
    match.__dict__.update(saved.__dict__)
    return saved


def match_placement_removed(placement: Placement, *, actor: Any = None) -> None:
    """The placement a match led to is being deleted from the record: the match keeps what it was linked to, in
    words, and is open again (no outcome from a placement that is gone), so another placement can be linked."""
    match = PlacementMatch.objects.select_for_update().filter(placement_id=placement.pk).first()
    if match is None:
        return
    ended = f" to {_day(placement.end_date)}" if placement.end_date else ""
    match.placement_removed = (
        f"The placement it was linked to ({placement.carer}, from {_day(placement.start_date)}{ended}; outcome "
        f"then: {match.get_outcome_display().lower()}) was deleted from the record on {_day(timezone.localdate())}"
    )
    match.placement = None
    match.outcome, match.outcome_on = Outcome.OPEN, None
    save_audited(actor=actor, instance=match, child_id=match.child_id, reason="linked placement deleted")


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


def on_placement_delete(sender: Any, instance: Placement, origin: Any = None, **_: Any) -> None:
    """pre_delete of care.Placement (connected in matching/apps.py). Only when the placement itself is deleted: when
    the whole child goes (a cascade from the child), the matches go with it."""
    deleted_itself = isinstance(origin, Placement) or getattr(origin, "model", None) is Placement
    if deleted_itself:
        match_placement_removed(instance)
