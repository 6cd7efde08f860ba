"""The same seed gives the same network, sharing and escalation records; another seed gives others."""

from __future__ import annotations

import dataclasses

from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

LISTS = (
    "members",
    "meetings",
    "attendance",
    "meeting_actions",
    "concerns",
    "shared",
    "escalations",
    "escalation_steps",
)


def test_the_same_seed_gives_the_same_network_records() -> None:
    first = build_authority(children=150, years=4, seed=21, as_of=AS_OF)
    second = build_authority(children=150, years=4, seed=21, as_of=AS_OF)
    other = build_authority(children=150, years=4, seed=22, as_of=AS_OF)
    for name in LISTS:
        rows = [dataclasses.asdict(r) for r in getattr(first, name)]
        assert rows, name
        assert rows == [dataclasses.asdict(r) for r in getattr(second, name)], name
    assert [m.name for m in first.members] != [m.name for m in other.members]
