"""The sharing checklist of a placement (sharing/checklist.py), tested directly: each item for the carers, the risk
plan only when the child has one, the host authority out of borough, and the due date 5 working days after the
start, counted over bank holidays."""

from __future__ import annotations

from datetime import date

from sharing.checklist import (
    Shared,
    State,
    carers_outstanding,
    checklist,
    host_outstanding,
)

START = date(2026, 3, 2)  # a Monday
TODAY = date(2026, 3, 20)
CARER_ITEMS = ["history_summary", "care_plan", "placement_plan", "risk_plan"]


def _states(found: object) -> dict[str, str]:
    return {line.item: line.state for line in found.lines}  # type: ignore[attr-defined]


def test_each_carer_item_is_missing_waiting_or_done() -> None:
    shared = [
        Shared("history_summary", "carer", date(2026, 3, 2), date(2026, 3, 3)),
        Shared("care_plan", "carer", date(2026, 3, 4)),
    ]
    found = checklist(start=START, out_of_borough=False, has_risk_plan=True, shared=shared, today=TODAY)
    assert _states(found) == {
        "history_summary": State.DONE,
        "care_plan": State.WAITING,
        "placement_plan": State.MISSING,
        "risk_plan": State.MISSING,
    }
    assert not found.complete and found.overdue
    assert carers_outstanding(found) == (
        "have not been given the placement plan and the risk plan and have not acknowledged the care plan"
    )


def test_all_four_acknowledged_is_complete() -> None:
    shared = [Shared(item, "carer", date(2026, 3, 2), date(2026, 3, 5)) for item in CARER_ITEMS]
    found = checklist(start=START, out_of_borough=False, has_risk_plan=True, shared=shared, today=TODAY)
    assert found.complete and not found.overdue
    assert carers_outstanding(found) == ""


def test_the_risk_plan_is_needed_only_when_the_child_has_one() -> None:
    shared = [Shared(item, "carer", date(2026, 3, 2), date(2026, 3, 5)) for item in CARER_ITEMS[:3]]
    without = checklist(start=START, out_of_borough=False, has_risk_plan=False, shared=shared, today=TODAY)
    assert [line.item for line in without.lines] == CARER_ITEMS[:3]
    assert without.complete
    with_plan = checklist(start=START, out_of_borough=False, has_risk_plan=True, shared=shared, today=TODAY)
    assert not with_plan.complete
    assert carers_outstanding(with_plan) == "have not been given the risk plan"


def test_something_shared_with_someone_else_does_not_count_for_the_carers() -> None:
    shared = [Shared("care_plan", "school", date(2026, 3, 2), date(2026, 3, 3))]
    found = checklist(start=START, out_of_borough=False, has_risk_plan=False, shared=shared, today=TODAY)
    assert _states(found)["care_plan"] == State.MISSING


def test_out_of_borough_needs_the_host_authority_notified_and_acknowledging() -> None:
    carers = [Shared(item, "carer", date(2026, 3, 2), date(2026, 3, 5)) for item in CARER_ITEMS[:3]]
    found = checklist(start=START, out_of_borough=True, has_risk_plan=False, shared=carers, today=TODAY)
    assert _states(found)["placement_notification"] == State.MISSING
    assert host_outstanding(found) == "has not been notified of the placement"
    notified = [*carers, Shared("placement_notification", "host_authority", date(2026, 3, 3))]
    found = checklist(start=START, out_of_borough=True, has_risk_plan=False, shared=notified, today=TODAY)
    assert host_outstanding(found) == "has not acknowledged the notification of the placement"
    acknowledged = [
        *carers,
        Shared("placement_notification", "host_authority", date(2026, 3, 3), date(2026, 3, 6)),
    ]
    found = checklist(start=START, out_of_borough=True, has_risk_plan=False, shared=acknowledged, today=TODAY)
    assert found.complete and host_outstanding(found) == ""


def test_an_in_borough_placement_has_no_host_line() -> None:
    found = checklist(start=START, out_of_borough=False, has_risk_plan=False, shared=[], today=TODAY)
    assert found.for_host() is None and host_outstanding(found) == ""


def test_the_area_authority_notification_counts_as_sent_but_not_acknowledged() -> None:
    found = checklist(
        start=START,
        out_of_borough=True,
        has_risk_plan=False,
        shared=[],
        area_authority_notified_on=date(2026, 3, 4),
        today=TODAY,
    )
    host = found.for_host()
    assert host is not None and host.state == State.WAITING and host.shared_on == date(2026, 3, 4)


def test_due_five_working_days_after_the_start() -> None:
    found = checklist(start=START, out_of_borough=False, has_risk_plan=False, shared=[], today=TODAY)
    assert found.due_on == date(2026, 3, 9)
    on_due_day = checklist(
        start=START, out_of_borough=False, has_risk_plan=False, shared=[], today=date(2026, 3, 9)
    )
    assert not on_due_day.overdue
    day_after = checklist(
        start=START, out_of_borough=False, has_risk_plan=False, shared=[], today=date(2026, 3, 10)
    )
    assert day_after.overdue


def test_the_due_date_skips_the_easter_and_christmas_bank_holidays() -> None:
    easter = checklist(
        start=date(2026, 4, 1), out_of_borough=False, has_risk_plan=False, shared=[], today=TODAY
    )
    assert easter.due_on == date(2026, 4, 10)  # Good Friday 3 April and Easter Monday 6 April are not counted
    christmas = checklist(
        start=date(2025, 12, 23), out_of_borough=False, has_risk_plan=False, shared=[], today=TODAY
    )
    assert christmas.due_on == date(2026, 1, 2)  # 25, 26 December and 1 January are not counted


def test_only_what_was_known_on_the_day_counts() -> None:
    shared = [Shared("care_plan", "carer", date(2026, 3, 4), date(2026, 3, 12))]
    before_ack = checklist(
        start=START, out_of_borough=False, has_risk_plan=False, shared=shared, today=date(2026, 3, 10)
    )
    assert _states(before_ack)["care_plan"] == State.WAITING
    before_shared = checklist(
        start=START, out_of_borough=False, has_risk_plan=False, shared=shared, today=date(2026, 3, 3)
    )
    assert _states(before_shared)["care_plan"] == State.MISSING
