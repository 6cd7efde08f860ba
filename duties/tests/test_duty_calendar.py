"""The duties calendar marks each day a duty falls due with its rule code and shows the overdue ones above."""

from __future__ import annotations

from datetime import date

from duties.calendar_svg import calendar_svg
from duties.duty import Duty, Status

TODAY = date(2026, 11, 25)  # a Wednesday


def _duty(rule: str, due_on: date, status: Status) -> Duty:
    return Duty(rule=rule, child_id="c", due_on=due_on, status=status, about="x")


def test_the_overdue_band_and_the_days_that_fall_due() -> None:
    svg = calendar_svg(
        [
            _duty("R7", date(2026, 11, 20), Status.OVERDUE),
            _duty("R14", date(2026, 12, 3), Status.DUE),
            _duty("R20", date(2026, 12, 3), Status.DUE),
            _duty("R6", date(2026, 10, 1), Status.ON_TIME),
        ],
        today=TODAY,
    )
    assert "1 overdue: R7" in svg
    assert ">R14, R20<" in svg
    assert "R6" not in svg  # done duties are not drawn
    assert "23 November" in svg  # the grid starts on the Monday of this week
    assert svg.count("<rect") == 1 + 42  # the band and six weeks of days


def test_nothing_overdue_says_so() -> None:
    svg = calendar_svg([], today=TODAY)
    assert "Nothing overdue" in svg and "0 overdue" in svg
