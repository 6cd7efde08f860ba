"""The RNE, REC and REASON_PLACE_CHANGE an analyst expects for the usual histories of a period of care: the reason
a placement ended is on the episode that ends with the move (DfE rule 225), not on the one the move starts."""

from __future__ import annotations

from datetime import date

from returns.episodes import Period, Status, Stay, carer_key, period_episodes

AS_OF = date(2026, 3, 31)


def _stay(
    key: str, start: date, end: date | None, *, carer: str, place: str = "U6", reason: str = ""
) -> Stay:
    return Stay(key, place, "PR1", carer_key(None, carer), f"ZZ{key} 1AA", start, end, reason)


def _rows(period: Period, statuses: list[Status], stays: list[Stay]) -> list[tuple[str, ...]]:
    return [
        (
            e.decom.isoformat(),
            e.rne,
            e.ls,
            e.place,
            e.dec.isoformat() if e.dec else "",
            e.rec,
            e.reason_place_change,
        )
        for e in period_episodes(period, statuses, stays, as_of=AS_OF)
    ]


def test_a_move_to_another_carer_is_p_and_the_first_episode_ends_x1() -> None:
    period = Period(date(2025, 5, 1), date(2026, 1, 10), "N1", "E4A")
    statuses = [Status("V2", date(2025, 5, 1), None)]
    stays = [
        _stay("1", date(2025, 5, 1), date(2025, 9, 1), carer="Ash", reason="CREQB"),
        _stay("2", date(2025, 9, 1), date(2026, 1, 10), carer="Birch"),
    ]
    assert _rows(period, statuses, stays) == [
        ("2025-05-01", "S", "V2", "U6", "2025-09-01", "X1", "CREQB"),
        ("2025-09-01", "P", "V2", "U6", "2026-01-10", "E4A", ""),
    ]


def test_a_new_legal_status_alone_is_l_and_a_new_placement_type_with_the_same_carer_is_t() -> None:
    period = Period(date(2025, 5, 1), None, "N2", "")
    statuses = [Status("C1", date(2025, 5, 1), date(2025, 11, 30)), Status("C2", date(2025, 12, 1), None)]
    stays = [
        _stay("1", date(2025, 5, 1), date(2026, 2, 1), carer="Ash", reason="CARPL"),
        _stay("2", date(2026, 2, 1), None, carer=" ash ", place="U4"),
    ]
    assert _rows(period, statuses, stays) == [
        ("2025-05-01", "S", "C1", "U6", "2025-12-01", "X1", ""),
        ("2025-12-01", "L", "C2", "U6", "2026-02-01", "X1", "CARPL"),
        ("2026-02-01", "T", "C2", "U4", "", "", ""),
    ]


def test_status_and_placement_changing_the_same_day_is_u_with_the_same_carer_and_b_with_another() -> None:
    period = Period(date(2025, 5, 1), None, "N1", "")
    statuses = [
        Status("C1", date(2025, 5, 1), date(2025, 8, 31)),
        Status("C2", date(2025, 9, 1), date(2025, 12, 31)),
        Status("E1", date(2026, 1, 1), None),
    ]
    stays = [
        _stay("1", date(2025, 5, 1), date(2025, 9, 1), carer="Ash", reason="CARPL"),
        _stay("2", date(2025, 9, 1), date(2026, 1, 1), carer="Ash", place="U4", reason="CARPL"),
        _stay("3", date(2026, 1, 1), None, carer="Adopters", place="A6"),
    ]
    assert [row[1] for row in _rows(period, statuses, stays)] == ["S", "U", "B"]


def test_a_period_still_open_on_the_day_of_the_return_has_no_dec_or_rec() -> None:
    period = Period(date(2025, 5, 1), date(2026, 6, 1), "N1", "E8")
    rows = _rows(
        period, [Status("V2", date(2025, 5, 1), None)], [_stay("1", date(2025, 5, 1), None, carer="Ash")]
    )
    assert rows == [("2025-05-01", "S", "V2", "U6", "", "", "")]


def test_a_placement_on_the_register_is_the_same_carer_whatever_the_name_typed() -> None:
    period = Period(date(2025, 5, 1), None, "N1", "")
    first = Stay(
        "1", "U6", "PR1", carer_key(7, "Ash Family"), "", date(2025, 5, 1), date(2025, 7, 1), "CARPL"
    )
    second = Stay("2", "U4", "PR1", carer_key(7, "The Ash household"), "", date(2025, 7, 1), None, "")
    assert [row[1] for row in _rows(period, [Status("C2", date(2025, 5, 1), None)], [first, second])] == [
        "S",
        "T",
    ]
