"""A seeded authority exports a return whose tables hang together: every row's child is in Header, every child's
episodes are contiguous with RNE S at the start of each period and X1 on every episode a same-day one follows."""

from __future__ import annotations

import datetime
import itertools
from collections import defaultdict

import pytest
from django.core.management import call_command

from returns.tables import build_return


def _day(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


@pytest.mark.django_db
def test_the_seeded_authority_exports_consistent_tables() -> None:
    call_command("seed", "--children=30", "--years=3", "--seed=4", "--no-progress", stdout=None)
    year = datetime.date.today().year + (datetime.date.today().month > 3)
    result = build_return(year, as_of=datetime.date.today())
    header = {row["CHILD"] for row in result.rows["Header"]}
    assert header and len(header) == len(result.children)
    by_child = defaultdict(list)
    for row in result.rows["Episodes"]:
        by_child[row["CHILD"]].append(row)
    assert set(by_child) == header
    for name in ("Reviews", "Missing", "OC2"):
        assert {row["CHILD"] for row in result.rows[name]} <= header
    for rows in by_child.values():
        for before, after in itertools.pairwise(rows):
            if before["REC"] == "X1":
                assert before["DEC"] == after["DECOM"] and after["RNE"] in {"L", "P", "T", "U", "B"}
            else:
                assert before["DEC"] and _day(before["DEC"]) <= _day(after["DECOM"]) and after["RNE"] == "S"
        assert all(row["LS"] and row["PLACE"] and row["CIN"] for row in rows)
