"""Reads of placement matching: a child's searches (the caller has loaded the child through the access rule), and
the authority's outcomes in counts that name no child."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.db.models import QuerySet

from accounts.roles import Role
from care.codes import PlacementChangeReason
from care.register_models import CarerKind
from matching.models import Outcome, PlacementMatch
from people.models import Child

OUTCOME_READERS = frozenset({Role.TEAM_MANAGER, Role.ANALYST, Role.ADMIN})


def matches_of(child: Child) -> QuerySet[PlacementMatch]:
    return (
        PlacementMatch.objects.filter(child=child)
        .select_related("chosen", "placement", "searched_by", "decided_by")
        .order_by("-searched_on", "-pk")
    )


def match_of(child: Child, match_id: UUID) -> PlacementMatch | None:
    return matches_of(child).filter(pk=match_id).first()


def may_read_outcomes(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and getattr(user, "role", "") in OUTCOME_READERS


def rank_band(rank: int | None) -> str:
    if rank == 1:
        return "First"
    if rank == 2:
        return "Second"
    if rank == 3:
        return "Third"
    return "Lower"


@dataclass(frozen=True)
class OutcomeCounts:
    searches: int
    decided: int
    by_outcome: list[tuple[str, int]]
    by_rank: list[tuple[str, list[int]]]
    by_kind: list[tuple[str, list[int]]]
    disruption_reasons: list[tuple[str, int]]
    outcomes: list[tuple[str, str]]


def outcome_counts() -> OutcomeCounts:
    """How the authority's matches turned out: counts only, naming no child."""
    rows = list(
        PlacementMatch.objects.values(
            "chosen_id", "chosen_rank", "chosen__kind", "outcome", "placement__change_reason"
        )
    )
    decided = [r for r in rows if r["chosen_id"] is not None]
    outcomes = list(Outcome.choices)
    by_outcome = Counter(r["outcome"] for r in decided)
    ranks: dict[str, Counter[str]] = {band: Counter() for band in ("First", "Second", "Third", "Lower")}
    kinds: dict[str, Counter[str]] = {label: Counter() for _, label in CarerKind.choices}
    kind_label = dict(CarerKind.choices)
    reasons: Counter[str] = Counter()
    reason_label = dict(PlacementChangeReason.choices)
    for row in decided:
        ranks[rank_band(row["chosen_rank"])][row["outcome"]] += 1
        kinds[kind_label.get(row["chosen__kind"], "Other")][row["outcome"]] += 1
        if row["outcome"] == Outcome.DISRUPTED and row["placement__change_reason"]:
            reasons[reason_label.get(row["placement__change_reason"], row["placement__change_reason"])] += 1
    return OutcomeCounts(
        searches=len(rows),
        decided=len(decided),
        by_outcome=[(label, by_outcome.get(value, 0)) for value, label in outcomes],
        by_rank=[(band, [counts.get(value, 0) for value, _ in outcomes]) for band, counts in ranks.items()],
        by_kind=[
            (kind, [counts.get(value, 0) for value, _ in outcomes])
            for kind, counts in kinds.items()
            if counts
        ],
        disruption_reasons=sorted(reasons.items(), key=lambda item: (-item[1], item[0])),
        outcomes=[(str(value), str(label)) for value, label in outcomes],
    )
