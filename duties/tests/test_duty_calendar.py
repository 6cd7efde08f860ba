"""The duties calendar marks each day a duty falls due with its rule codes and shows the overdue ones above."""

from __future__ import annotations

from datetime import date

from duties.duty import Duty, Status
from duties.duty_calendar import duty_calendar

TODAY = date(2026, 11, 25)  # a Wednesday


def _duty(rule: str, due_on: date, status: Status) -> Duty:
    return Duty(rule=rule, child_id="c", due_on=due_on, status=status, about="x")


def test_the_overdue_band_and_the_days_that_fall_due() -> None:
    calendar = duty_calendar(
        [
            _duty("R7", date(2026, 11, 20), Status.OVERDUE),
            _duty("R14", date(2026, 12, 3), Status.DUE),
            _duty("R20", date(2026, 12, 3), Status.DUE),
            _duty("R6", date(2026, 10, 1), Status.ON_TIME),
        ],
        today=TODAY,
    )
    assert calendar.band == "1 overdue: R7" and calendar.overdue
    marked = [c for c in calendar.cells if c.rules]
    assert [(c.label, c.rules) for c in marked] == [("3", "R14, R20")]  # done duties are not drawn
    assert calendar.cells[0].label == "23 Nov"  # the grid starts on the Monday of this week
    assert [c.today for c in calendar.cells].index(True) == 2
    assert len(calendar.cells) == 42


def test_nothing_overdue_says_so() -> None:
    calendar = duty_calendar([], today=TODAY)
    assert calendar.band == "Nothing overdue" and not calendar.overdue
    assert calendar.summary.startswith("0 overdue; 0 falling due")
