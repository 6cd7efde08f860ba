"""The same seed gives the same missing episodes, interviews and profiles; another seed gives others."""

from __future__ import annotations

import dataclasses

from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

LISTS = ("missing_episodes", "return_interviews", "missing_profiles")


def test_the_same_seed_gives_the_same_missing_records() -> None:
    first = build_authority(children=120, years=4, seed=21, as_of=AS_OF)
    second = build_authority(children=120, years=4, seed=21, as_of=AS_OF)
    other = build_authority(children=120, years=4, seed=22, as_of=AS_OF)
    for name in LISTS:
        rows = [dataclasses.asdict(r) for r in getattr(first, name)]
        assert rows, name
        assert rows == [dataclasses.asdict(r) for r in getattr(second, name)], name
    assert [e.started_at for e in first.missing_episodes] != [e.started_at for e in other.missing_episodes]
