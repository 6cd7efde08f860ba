"""No placement search is dated before the child was born: a baby placed from hospital within days of birth is
searched for on the day of birth at the earliest, and still has its match."""

from __future__ import annotations

from datetime import timedelta

import pytest

from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF


# Seeds with a newborn placed with a carer on the register in the last two years.
@pytest.mark.parametrize("seed", [3, 8])
def test_searches_are_not_before_the_childs_birth(seed: int) -> None:
    out = build_authority(children=300, years=5, seed=seed, as_of=AS_OF)
    birth = {p.id: p.date_of_birth for p in out.people if p.date_of_birth is not None}
    placements = {p.id: p for p in out.placements}
    for match in out.education.matches:
        assert match.searched_on >= birth[match.child], match
        assert match.searched_on <= match.decided_on
    newborns = [
        m
        for m in out.education.matches
        if placements[m.placement].start_date - birth[m.child] < timedelta(days=7)
    ]
    assert newborns
