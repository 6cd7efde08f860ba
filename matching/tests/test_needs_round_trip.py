"""Needs kept as JSON with the search read back as they were; impossible needs are refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.needs import RISK_LEVELS, Area, Needs, SchoolToKeep, WishFlag, needs_from_json, needs_to_json

areas = st.lists(st.builds(Area, st.text(min_size=1, max_size=20), st.text(max_size=40)), max_size=3).map(
    tuple
)
schools = st.none() | st.builds(
    SchoolToKeep,
    st.text(min_size=1, max_size=30),
    st.none() | st.integers(0, 700000),
    st.none() | st.integers(0, 1300000),
)
every_needs = st.builds(
    Needs,
    age=st.integers(0, 25),
    sex=st.sampled_from(["female", "male", "unknown"]),
    siblings=st.integers(0, 5),
    exploitation_risk=st.sampled_from(RISK_LEVELS),
    missing_pattern=st.booleans(),
    missing_episodes_90_days=st.integers(0, 30),
    disability=st.booleans(),
    trauma=st.booleans(),
    parent_and_child=st.booleans(),
    school=schools,
    key_stage_4=st.booleans(),
    avoid_areas=areas,
    near_areas=areas,
    wishes=st.text(max_size=80),
    wish_flags=st.lists(st.sampled_from(sorted(WishFlag.LABELS)), unique=True).map(tuple),
    worker_added=st.text(max_size=80),
)


@given(every_needs)
def test_needs_survive_json(needs: Needs) -> None:
    assert needs_from_json(json.loads(json.dumps(needs_to_json(needs)))) == needs


def test_impossible_needs_are_refused() -> None:
    with pytest.raises(ValueError, match="Unknown exploitation risk level"):
        Needs(age=10, exploitation_risk="extreme")
    with pytest.raises(ValueError, match="cannot be negative"):
        Needs(age=10, siblings=-1)
