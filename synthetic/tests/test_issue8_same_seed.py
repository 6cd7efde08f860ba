"""The same seed gives the same register, schools, schooling and placement matches; another seed gives others."""

from __future__ import annotations

import dataclasses

from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

LISTS = ("carers", "schools", "enrolments", "attendance", "exclusions", "moves", "matches")


def test_the_same_seed_gives_the_same_register_schools_and_moves() -> None:
    first = build_authority(children=120, years=4, seed=31, as_of=AS_OF).education
    second = build_authority(children=120, years=4, seed=31, as_of=AS_OF).education
    other = build_authority(children=120, years=4, seed=32, as_of=AS_OF).education
    for name in LISTS:
        rows = [dataclasses.asdict(r) for r in getattr(first, name)]
        assert rows, name
        assert rows == [dataclasses.asdict(r) for r in getattr(second, name)], name
    assert first.carer_of == second.carer_of
    assert [c.name for c in first.carers] != [c.name for c in other.carers]
    assert [s.urn for s in first.schools] != [s.urn for s in other.schools]
