"""Issue 8's register, schools and matches draw from random streams of their own: the records the seed built before
them (people, placements, visits, missing episodes, the network...) are exactly as they were without them."""

from __future__ import annotations

import dataclasses

import pytest

from synthetic import generator
from synthetic.tests.missing_built import AS_OF

EARLIER = (
    "people",
    "children",
    "placements",
    "visits",
    "peps",
    "missing_episodes",
    "screenings",
    "members",
    "shared",
)


def test_the_records_built_before_the_register_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    with_issue_8 = generator.build_authority(children=80, years=3, seed=12, as_of=AS_OF)
    monkeypatch.setattr(generator, "add_register_and_education", lambda out: None)
    without = generator.build_authority(children=80, years=3, seed=12, as_of=AS_OF)
    assert with_issue_8.education.carers and not without.education.carers
    for name in EARLIER:
        assert [dataclasses.asdict(r) for r in getattr(with_issue_8, name)] == [
            dataclasses.asdict(r) for r in getattr(without, name)
        ], name
