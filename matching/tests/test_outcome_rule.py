"""How a matched placement turned out: open while it has run under the stable days, stable once it ran that long,
disrupted when it ended for an unplanned reason (the reason's label says why), ended as planned otherwise."""

from __future__ import annotations

from datetime import date

from care.codes import UNPLANNED_ENDINGS, PlacementChangeReason
from matching.outcome import DISRUPTED, ENDED_PLANNED, OPEN, STABLE, OutcomeFound, outcome_of

LABELS = dict(PlacementChangeReason.choices)
START = date(2026, 1, 5)


def _outcome(end: date | None, reason: str, as_of: date) -> OutcomeFound:
    return outcome_of(
        start=START,
        end=end,
        reason=reason,
        as_of=as_of,
        stable_after=182,
        unplanned=UNPLANNED_ENDINGS,
        reason_labels=LABELS,
    )


def test_open_then_stable_while_it_runs() -> None:
    assert _outcome(None, "", date(2026, 7, 5)).outcome == OPEN
    found = _outcome(None, "", date(2026, 7, 6))
    assert (found.outcome, found.on) == (STABLE, date(2026, 7, 6))


def test_disrupted_when_it_ended_for_an_unplanned_reason() -> None:
    reason = next(iter(sorted(UNPLANNED_ENDINGS)))
    found = _outcome(date(2026, 3, 1), reason, date(2026, 4, 1))
    assert (found.outcome, found.on, found.why) == (DISRUPTED, date(2026, 3, 1), LABELS[reason])


def test_a_planned_ending_before_or_after_the_stable_days() -> None:
    planned = next(r for r in PlacementChangeReason.values if r not in UNPLANNED_ENDINGS)
    assert _outcome(date(2026, 3, 1), planned, date(2026, 4, 1)).outcome == ENDED_PLANNED
    assert _outcome(date(2026, 9, 1), planned, date(2026, 10, 1)).outcome == STABLE


def test_an_ending_after_the_day_asked_about_is_not_known_yet() -> None:
    reason = next(iter(sorted(UNPLANNED_ENDINGS)))
    assert _outcome(date(2026, 3, 1), reason, date(2026, 2, 1)).outcome == OPEN
