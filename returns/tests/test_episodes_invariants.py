"""Whatever the record of a period of care, its SSDA903 episodes are contiguous, never overlap, begin with RNE S,
end with the period's own REC (X1 on every earlier one), and every change of legal status or placement starts one."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from returns.episodes import Episode, Period, Status, Stay, carer_key, period_episodes

START = date(2023, 4, 1)
CODES = ("C1", "C2", "V2", "E1")
PLACES = ("U4", "U6", "K2", "R1")
CARERS = ("Ash", "Birch", "Cedar")


@st.composite
def records(draw: st.DrawFn) -> tuple[Period, list[Status], list[Stay], date]:
    length = draw(st.integers(min_value=0, max_value=900))
    ended = draw(st.booleans())
    end = START + timedelta(days=length) if ended else None
    last = START + timedelta(days=length)
    status_days = sorted(
        draw(st.sets(st.integers(min_value=1, max_value=length), max_size=5)) if length else []
    )
    codes = draw(
        st.lists(st.sampled_from(CODES), min_size=len(status_days) + 1, max_size=len(status_days) + 1)
    )
    status_starts = [START, *(START + timedelta(days=d) for d in status_days)]
    statuses = [
        Status(code, begin, (status_starts[i + 1] - timedelta(days=1)) if i + 1 < len(status_starts) else end)
        for i, (code, begin) in enumerate(zip(codes, status_starts, strict=True))
    ]
    move_days = sorted(
        draw(st.sets(st.integers(min_value=1, max_value=length), max_size=5)) if length else []
    )
    move_starts = [START, *(START + timedelta(days=d) for d in move_days)]
    stays = []
    for i, begin in enumerate(move_starts):
        carer = draw(st.sampled_from(CARERS))
        stays.append(
            Stay(
                key=f"p{i}",
                place=draw(st.sampled_from(PLACES)),
                provider="PR1",
                carer_key=carer_key(None, carer),
                postcode=f"ZZ{i} 1AA",
                start=begin,
                end=move_starts[i + 1] if i + 1 < len(move_starts) else end,
                change_reason="CARPL" if i + 1 < len(move_starts) else "",
            )
        )
    as_of = draw(st.sampled_from([last, last + timedelta(days=30), START + timedelta(days=length // 2)]))
    return Period(START, end, "N1", "E4A" if ended else ""), statuses, stays, as_of


def _episodes(record: tuple[Period, list[Status], list[Stay], date]) -> list[Episode]:
    period, statuses, stays, as_of = record
    return period_episodes(period, statuses, stays, home_post="ZZ9 9ZZ", as_of=as_of)


@settings(max_examples=300, deadline=None)
@given(records())
def test_episodes_are_contiguous_and_never_overlap(
    record: tuple[Period, list[Status], list[Stay], date],
) -> None:
    episodes = _episodes(record)
    assert episodes and episodes[0].decom == record[0].start
    for before, after in itertools.pairwise(episodes):
        assert before.dec == after.decom
        assert before.decom < after.decom
    for episode in episodes:
        assert episode.dec is None or episode.dec >= episode.decom


@settings(max_examples=300, deadline=None)
@given(records())
def test_only_the_first_starts_with_s_and_only_the_last_ends_other_than_x1(
    record: tuple[Period, list[Status], list[Stay], date],
) -> None:
    episodes = _episodes(record)
    assert episodes[0].rne == "S"
    assert all(e.rne in {"L", "P", "T", "U", "B"} for e in episodes[1:])
    assert all(e.rec == "X1" for e in episodes[:-1])
    period, _, _, as_of = record
    closed = period.end is not None and period.end <= as_of
    assert episodes[-1].rec == ("E4A" if closed else "")
    assert episodes[-1].dec == (period.end if closed else None)


@settings(max_examples=300, deadline=None)
@given(records())
def test_every_change_of_status_or_placement_starts_a_row(
    record: tuple[Period, list[Status], list[Stay], date],
) -> None:
    _period, statuses, stays, as_of = record
    episodes = _episodes(record)
    starts = {e.decom: e for e in episodes}
    for before, after in itertools.pairwise(statuses):
        if after.start <= as_of and before.code != after.code:
            assert starts[after.start].ls == after.code
            assert starts[after.start].rne in {"L", "U", "B"}
    for left, right in itertools.pairwise(stays):
        if right.start <= as_of:
            row = starts[right.start]
            assert row.pl_post == right.postcode
            assert row.rne in {"P", "T", "U", "B"}
            assert row.rne in ({"T", "U"} if left.carer_key == right.carer_key else {"P", "B"})
            assert episodes[episodes.index(row) - 1].reason_place_change == "CARPL"
    assert all(e.reason_place_change == "" for e in episodes if e.dec is None)
    for episode in episodes:
        assert episode.decom in {s.start for s in statuses} | {s.start for s in stays}
