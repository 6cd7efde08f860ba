"""SWEpisodes comes from the social worker allocations of the children looked after on 31 March (and of those who left
care in the year and still have a social worker then): every episode open
in the collection year, while looked after or not, the reason for each change taken from the allocation before it,
the worker's Social Work England registration number as SW_ID; and the exported return passes the SW rules."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from care.tests.factories import PlacementFactory
from casework.models import AllocationRole
from casework.tests.factories import AllocationFactory
from returns.export import export_903
from returns.tables import build_return
from returns.tests.factories import LegalStatusFactory, PeriodOfCareFactory, looked_after
from returns.validation import validate_return

D = datetime.date
Rows = list[tuple[str, str, str, str]]


def _worker(number: str = "SW99000001", **kwargs: Any) -> Any:
    return UserFactory(swe_registration=number, **kwargs)


def _rows(child: str | None = None) -> Rows:
    return [
        (r["SW_ID"], r["SW_DECOM"], r["SW_DEC"], r["SW_REASON"])
        for r in build_return(2026).rows["SWEpisodes"]
        if child is None or r["CHILD"] == child
    ]


@pytest.mark.django_db
def test_each_allocation_is_an_episode_whose_reason_is_the_one_recorded_when_the_last_one_ended() -> None:
    child = looked_after(local_id="A1", start=D(2025, 5, 1), person__date_of_birth=D(2012, 3, 4))
    first, second, third = _worker("SW99000001"), _worker("SW99000002"), _worker("SW99000003")
    AllocationFactory(
        child=child, worker=first, start_date=D(2025, 5, 1), end_date=D(2025, 9, 30), end_reason="LEFTRL"
    )
    AllocationFactory(
        child=child, worker=second, start_date=D(2025, 10, 1), end_date=D(2026, 1, 11), end_reason="PCCHAN"
    )
    AllocationFactory(child=child, worker=third, start_date=D(2026, 1, 12))
    rows = build_return(2026).rows["SWEpisodes"]
    assert {(r["CHILD"], r["DOB"]) for r in rows} == {("A1", "04/03/2012")}
    assert _rows() == [
        ("SW99000001", "01/05/2025", "30/09/2025", "FCONTA"),  # the child's first social worker
        ("SW99000002", "01/10/2025", "11/01/2026", "LEFTRL"),
        ("SW99000003", "12/01/2026", "", "PCCHAN"),  # still allocated on 31 March
    ]


@pytest.mark.django_db
def test_the_year_runs_from_1_april_and_an_episode_ending_after_31_march_is_open() -> None:
    child = looked_after(local_id="Y1", start=D(2023, 6, 1))
    AllocationFactory(
        child=child,
        worker=_worker("SW99000011"),
        start_date=D(2023, 6, 1),
        end_date=D(2024, 7, 1),
        end_reason="MANAGE",
    )
    AllocationFactory(
        child=child,
        worker=_worker("SW99000012"),
        start_date=D(2024, 7, 2),
        end_date=D(2025, 3, 31),
        end_reason="ORGRST",
    )
    AllocationFactory(
        child=child,
        worker=_worker("SW99000013"),
        start_date=D(2025, 4, 1),
        end_date=D(2026, 5, 4),
        end_reason="ABSENC",
    )
    AllocationFactory(child=child, worker=_worker("SW99000014"), start_date=D(2026, 5, 5))
    assert _rows() == [("SW99000013", "01/04/2025", "", "ORGRST")]


@pytest.mark.django_db
def test_an_episode_open_on_1_april_keeps_the_day_it_began() -> None:
    child = looked_after(local_id="Y2", start=D(2024, 1, 10))
    AllocationFactory(
        child=child,
        worker=_worker("SW99000021"),
        start_date=D(2024, 1, 10),
        end_date=D(2025, 8, 1),
        end_reason="TSPROC",
    )
    AllocationFactory(child=child, worker=_worker("SW99000022"), start_date=D(2025, 8, 2))
    assert _rows() == [
        ("SW99000021", "10/01/2024", "01/08/2025", "FCONTA"),
        ("SW99000022", "02/08/2025", "", "TSPROC"),
    ]


@pytest.mark.django_db
def test_iros_personal_advisers_support_workers_and_students_are_not_social_worker_episodes() -> None:
    child = looked_after(local_id="N1", start=D(2025, 5, 1))
    AllocationFactory(child=child, worker=_worker("SW99000031"), start_date=D(2025, 5, 1))
    for role in (
        AllocationRole.IRO,
        AllocationRole.PERSONAL_ADVISER,
        AllocationRole.SUPPORT_WORKER,
        AllocationRole.STUDENT,
    ):
        AllocationFactory(
            child=child, worker=_worker("SW99000032", role=Role.IRO), role=role, start_date=D(2025, 6, 1)
        )
    assert _rows() == [("SW99000031", "01/05/2025", "", "FCONTA")]


@pytest.mark.django_db
def test_episodes_while_the_child_was_not_looked_after_are_included() -> None:
    child = looked_after(local_id="B1", start=D(2024, 9, 1), end=D(2025, 6, 30), end_reason="E4A")
    PeriodOfCareFactory(child=child, start_date=D(2025, 11, 3))
    LegalStatusFactory(child=child, code="C1", start_date=D(2025, 11, 3))
    PlacementFactory(child=child, carer="Birch Carer", start_date=D(2025, 11, 3), postcode="ZZ1 1AA")
    AllocationFactory(
        child=child,
        worker=_worker("SW99000041"),
        start_date=D(2024, 9, 1),
        end_date=D(2025, 8, 14),
        end_reason="CHCHAN",
    )
    AllocationFactory(child=child, worker=_worker("SW99000042"), start_date=D(2025, 8, 15))
    assert _rows("B1") == [
        ("SW99000041", "01/09/2024", "14/08/2025", "FCONTA"),  # looked after until 30 June, then at home
        ("SW99000042", "15/08/2025", "", "CHCHAN"),  # allocated before the child came back into care
    ]


@pytest.mark.django_db
def test_a_social_worker_allocated_more_than_7_days_after_the_last_one_is_a_first_contact() -> None:
    child = looked_after(local_id="R1", start=D(2025, 4, 20))
    AllocationFactory(
        child=child,
        worker=_worker("SW99000051"),
        start_date=D(2025, 4, 20),
        end_date=D(2025, 6, 1),
        end_reason="CHCHAN",
    )
    AllocationFactory(
        child=child,
        worker=_worker("SW99000052"),
        start_date=D(2025, 6, 20),
        end_date=D(2025, 9, 1),
        end_reason="",
    )
    AllocationFactory(child=child, worker=_worker("SW99000053"), start_date=D(2025, 9, 2))
    assert _rows() == [
        ("SW99000051", "20/04/2025", "01/06/2025", "FCONTA"),
        ("SW99000052", "20/06/2025", "01/09/2025", "FCONTA"),  # re-referral after a gap
        ("SW99000053", "02/09/2025", "", ""),  # the change's reason was not recorded: left for SW13STG1
    ]


@pytest.mark.django_db
def test_children_looked_after_on_31_march_or_still_with_a_social_worker_have_social_worker_episodes() -> (
    None
):
    closed = looked_after(local_id="C1", start=D(2025, 5, 1), end=D(2026, 1, 31), end_reason="E4A")
    AllocationFactory(
        child=closed, worker=_worker("SW99000060"), start_date=D(2025, 5, 1), end_date=D(2026, 1, 31)
    )
    left = looked_after(local_id="L1", start=D(2025, 5, 1), end=D(2026, 1, 31), end_reason="E4A")
    AllocationFactory(child=left, worker=_worker("SW99000061"), start_date=D(2025, 5, 1))  # home, still open
    breaks = looked_after(local_id="V1", start=D(2025, 5, 1), status="V3")
    AllocationFactory(child=breaks, worker=_worker("SW99000062"), start_date=D(2025, 5, 1))
    stays = looked_after(local_id="S1", start=D(2025, 5, 1))
    AllocationFactory(child=stays, worker=_worker("SW99000063"), start_date=D(2025, 5, 1))
    assert {r["CHILD"] for r in build_return(2026).rows["SWEpisodes"]} == {"S1", "L1"}


@pytest.mark.django_db
def test_a_worker_with_no_registration_number_is_left_blank_for_the_validator_to_show(tmp_path: Path) -> None:
    child = looked_after(local_id="U1", start=D(2025, 5, 1))
    AllocationFactory(child=child, worker=_worker(""), start_date=D(2025, 5, 1))
    assert _rows() == [("", "01/05/2025", "", "FCONTA")]
    export_903(out=tmp_path / "r2026", end_year=2026)
    report = validate_return(tmp_path / "r2026", 2026)
    assert ("SW02STG1", "U1") in {(f.rule, f.child) for f in report.failures}


@pytest.mark.django_db
def test_the_exported_social_worker_episodes_pass_every_sw_rule(tmp_path: Path) -> None:
    for n in range(3):
        child = looked_after(local_id=f"W{n}", start=D(2024, 10, 1 + n))
        AllocationFactory(
            child=child,
            worker=_worker(f"SW9900007{n}"),
            start_date=D(2024, 10, 1 + n),
            end_date=D(2025, 7, 9),
            end_reason="MANAGE",
        )
        AllocationFactory(child=child, worker=_worker(f"SW9900008{n}"), start_date=D(2025, 7, 10))
    export_903(out=tmp_path / "r2026", end_year=2026)
    report = validate_return(tmp_path / "r2026", 2026)
    assert report.rows["SWEpisodes"] == 6
    assert [(f.rule, f.child) for f in report.failures if f.rule.startswith("SW")] == []
