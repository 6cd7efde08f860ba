"""Persistent absence is the DfE's measure, worked out unrounded: a pupil who missed 10% or more of the possible
sessions. Exactly 10% missed is persistent absence; 9.99% is not; 89.96% attendance (shown rounded as 90.0%) is."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from education.models import Attendance
from education.selectors import education_record, persistently_absent
from education.services import attendance_save

pytestmark = pytest.mark.usefixtures("fixed_today")


def test_exactly_ten_percent_missed_is_persistent_absence() -> None:
    assert persistently_absent(100, 90) is True  # 10% missed
    assert persistently_absent(1001, 901) is False  # 100 of 1001: 9.99% missed
    assert persistently_absent(2500, 2249) is True  # 10.04% missed: 89.96% attended, 90.0% when rounded
    assert persistently_absent(0, 0) is False  # no sessions possible: nothing to measure


@pytest.mark.django_db
def test_the_record_flags_the_boundary_unrounded(personas: Any, fixed_today: datetime.date) -> None:
    attendance = Attendance(
        child=personas.child,
        period_start=datetime.date(2026, 9, 2),
        period_end=datetime.date(2026, 10, 23),
        sessions_possible=2500,
        sessions_attended=2249,
    )
    attendance_save(actor=personas.wendy, attendance=attendance)
    found = education_record(user=personas.wendy, child=personas.child, today=fixed_today)
    assert found.overall_attendance == 90.0  # as shown
    assert found.persistently_absent is True
    assert found.attendance[0].persistently_absent is True
    attendance.sessions_possible, attendance.sessions_attended = 1001, 901
    attendance_save(actor=personas.wendy, attendance=attendance, expected_version=attendance.version)
    found = education_record(user=personas.wendy, child=personas.child, today=fixed_today)
    assert found.persistently_absent is False and found.attendance[0].persistently_absent is False
