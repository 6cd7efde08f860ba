"""The 72-hour rule for the return interview (statutory guidance 2014, M5), as a pure function of the times."""

from __future__ import annotations

import datetime

from missing.rules import interview_status, offer_overdue

BACK = datetime.datetime(2026, 3, 2, 6, 0, tzinfo=datetime.UTC)


def _h(hours: float) -> datetime.datetime:
    return BACK + datetime.timedelta(hours=hours)


def test_an_offer_within_72_hours_is_on_time() -> None:
    status = interview_status(
        ended_at=BACK, offered_at=_h(71), response="", done=False, no_interview_reason="", now=_h(80)
    )
    assert status.code == "offered" and not status.late


def test_an_offer_after_72_hours_is_late() -> None:
    status = interview_status(
        ended_at=BACK, offered_at=_h(73), response="", done=False, no_interview_reason="", now=_h(80)
    )
    assert status.code == "offered_late" and status.late


def test_no_offer_is_due_then_overdue() -> None:
    due = interview_status(
        ended_at=BACK, offered_at=None, response="", done=False, no_interview_reason="", now=_h(10)
    )
    assert due.code == "due" and due.text == "To be offered within 62 hours"
    late = interview_status(
        ended_at=BACK, offered_at=None, response="", done=False, no_interview_reason="", now=_h(80)
    )
    assert late.code == "overdue" and late.late


def test_overdue_until_the_offer_or_a_reason() -> None:
    assert not offer_overdue(ended_at=BACK, offered_at=None, reason_given=False, at=_h(72))
    assert offer_overdue(ended_at=BACK, offered_at=None, reason_given=False, at=_h(72.5))
    assert offer_overdue(
        ended_at=BACK, offered_at=_h(90), reason_given=False, at=_h(80)
    )  # not offered yet then
    assert not offer_overdue(ended_at=BACK, offered_at=_h(90), reason_given=False, at=_h(91))
    assert not offer_overdue(ended_at=BACK, offered_at=None, reason_given=True, at=_h(100))
    assert not offer_overdue(ended_at=None, offered_at=None, reason_given=False, at=_h(100))
