"""The PrevPerm, PlacedAdoption and AD1 tables come from the permanence records: a child who started to be looked
after in the year has their previous permanence returned (a month-only date as ZZ/MM/YYYY), one who started before
it has none; a decision to place for adoption still the plan, or ceased in the year, is returned, one that ceased
before the year is not, one that ceased after the cut-off is returned as still the plan; a child adopted in the year
has the match and the adopters returned, with DATE_INT the day of the decision."""

from __future__ import annotations

import datetime

import pytest

from care.tests.factories import PlacementFactory
from permanence.tests.factories import AdoptionDecisionFactory, PreviousPermanenceFactory
from returns.tables import build_return
from returns.tests.factories import looked_after

DOB = datetime.date(2020, 2, 3)


def _rows(table: str, as_of: datetime.date | None = None) -> list[dict[str, str]]:
    return build_return(2026, as_of=as_of or datetime.date(2026, 3, 31)).rows[table]


@pytest.mark.django_db
def test_a_child_who_started_in_the_year_has_their_previous_permanence() -> None:
    child = looked_after(local_id="P0001", person__date_of_birth=DOB, start=datetime.date(2025, 5, 1))
    PreviousPermanenceFactory(
        period=child.periods_of_care.get(),
        option="P2",
        authority="886",
        order_date=datetime.date(2022, 7, 1),
        order_date_precision="month",
    )
    earlier = looked_after(local_id="P0002", person__date_of_birth=DOB, start=datetime.date(2024, 5, 1))
    PreviousPermanenceFactory(period=earlier.periods_of_care.get())  # started before the year: not returned
    looked_after(local_id="P0003", person__date_of_birth=DOB, start=datetime.date(2025, 6, 1))  # not recorded
    assert _rows("PrevPerm") == [
        {
            "CHILD": "P0001",
            "DOB": "03/02/2020",
            "PREV_PERM": "P2",
            "LA_PERM": "886",
            "DATE_PERM": "ZZ/07/2022",
        }
    ]


@pytest.mark.django_db
def test_none_is_returned_as_z1_with_no_authority_or_date() -> None:
    child = looked_after(local_id="P0004", person__date_of_birth=DOB, start=datetime.date(2025, 5, 1))
    PreviousPermanenceFactory(period=child.periods_of_care.get())
    assert _rows("PrevPerm") == [
        {"CHILD": "P0004", "DOB": "03/02/2020", "PREV_PERM": "Z1", "LA_PERM": "", "DATE_PERM": ""}
    ]


@pytest.mark.django_db
def test_decisions_to_place_for_adoption_in_the_year() -> None:
    child = looked_after(local_id="P0005", person__date_of_birth=DOB, start=datetime.date(2024, 1, 10))
    AdoptionDecisionFactory(
        child=child,
        decided_on=datetime.date(2024, 2, 1),
        ceased_on=datetime.date(2024, 12, 1),
        ceased_reason="RD2",
    )  # ceased before the year: not returned
    AdoptionDecisionFactory(
        child=child,
        decided_on=datetime.date(2025, 1, 6),
        ceased_on=datetime.date(2025, 9, 1),
        ceased_reason="RD3",
    )
    AdoptionDecisionFactory(child=child, decided_on=datetime.date(2025, 11, 3))
    AdoptionDecisionFactory(
        child=child, decided_on=datetime.date(2026, 4, 20)
    )  # after the year: not returned
    assert _rows("PlacedAdoption") == [
        {
            "CHILD": "P0005",
            "DOB": "03/02/2020",
            "DATE_PLACED": "06/01/2025",
            "DATE_PLACED_CEASED": "01/09/2025",
            "REASON_PLACED_CEASED": "RD3",
        },
        {
            "CHILD": "P0005",
            "DOB": "03/02/2020",
            "DATE_PLACED": "03/11/2025",
            "DATE_PLACED_CEASED": "",
            "REASON_PLACED_CEASED": "",
        },
    ]


@pytest.mark.django_db
def test_a_decision_that_ceased_after_the_cut_off_is_still_the_plan() -> None:
    child = looked_after(local_id="P0006", person__date_of_birth=DOB, start=datetime.date(2025, 5, 1))
    AdoptionDecisionFactory(
        child=child,
        decided_on=datetime.date(2025, 6, 2),
        ceased_on=datetime.date(2026, 2, 1),
        ceased_reason="RD1",
    )
    row = _rows("PlacedAdoption", as_of=datetime.date(2026, 1, 15))[0]
    assert (row["DATE_PLACED"], row["DATE_PLACED_CEASED"], row["REASON_PLACED_CEASED"]) == (
        "02/06/2025",
        "",
        "",
    )


@pytest.mark.django_db
def test_a_child_adopted_in_the_year_has_the_match_and_the_adopters() -> None:
    start, placed, adopted = datetime.date(2024, 3, 1), datetime.date(2025, 6, 2), datetime.date(2025, 12, 1)
    child = looked_after(
        local_id="P0007", person__date_of_birth=DOB, start=start, end=adopted, end_reason="E11", status="E1"
    )
    placement = child.placements.get()
    placement.end_date, placement.change_reason = placed, "CARPL"
    placement.save()
    PlacementFactory(child=child, place="A6", start_date=placed, end_date=adopted, postcode="ZZ1 1AA")
    AdoptionDecisionFactory(
        child=child,
        decided_on=datetime.date(2024, 2, 20),
        matched_on=datetime.date(2025, 5, 12),
        by_foster_carer=False,
        adopters="FF",
        adopters_legal_status="L12",
    )
    looked_after(local_id="P0008", person__date_of_birth=DOB, start=start)  # not adopted: no AD1 row
    assert _rows("AD1") == [
        {
            "CHILD": "P0007",
            "DOB": "03/02/2020",
            "DATE_INT": "20/02/2024",
            "DATE_MATCH": "12/05/2025",
            "FOSTER_CARE": "0",
            "NB_ADOPTR": "2",
            "SEX_ADOPTR": "FF",
            "LS_ADOPTR": "L12",
        }
    ]


@pytest.mark.django_db
def test_an_adopted_child_with_no_match_recorded_has_no_ad1_row() -> None:
    child = looked_after(
        local_id="P0009",
        person__date_of_birth=DOB,
        start=datetime.date(2024, 3, 1),
        end=datetime.date(2025, 12, 1),
        end_reason="E12",
        status="E1",
    )
    AdoptionDecisionFactory(child=child, decided_on=datetime.date(2024, 2, 20))
    assert _rows("AD1") == []
    assert [r["DATE_PLACED"] for r in _rows("PlacedAdoption")] == ["20/02/2024"]
