"""A bundle whose missing episode breaks the rules of episode_save is refused whole, the problem at the JSON path of
the field, and nothing is written: the model's checks (the return after the start, nothing in the future), a start
neither before the child's birth nor outside every period of care, no overlap with another episode of the child."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import missing_counts, with_missing

Change = Callable[[dict[str, Any]], None]


def _episode(index: int, **values: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        bundle["missing_episodes"][index].update(values)

    return change


REFUSED: dict[str, tuple[Change, str, str]] = {
    "an episode that ends before it starts": (
        _episode(0, ended_at="2024-03-08T21:00:00+00:00"),
        "$.missing_episodes[0].ended_at",
        "'2024-03-08T21:00:00+00:00' is not valid: The return must be after the child went missing",
    ),
    "an episode that ends as it starts": (
        _episode(0, ended_at="2024-03-08T23:30:00+01:00"),
        "$.missing_episodes[0].ended_at",
        "The return must be after the child went missing",
    ),
    "an episode starting outside every period of care": (
        _episode(0, started_at="2024-01-09T22:30:00+00:00", ended_at="2024-01-10T07:30:00+00:00"),
        "$.missing_episodes[0].started_at",
        "The child was not looked after then: record the period of care first",
    ),
    "an episode starting before the child's birth": (
        _episode(0, started_at="2012-01-01T10:00:00+00:00", ended_at="2012-01-01T12:00:00+00:00"),
        "$.missing_episodes[0].started_at",
        "The date cannot be before the child's date of birth (14/09/2012)",
    ),
    "an episode starting in the future": (
        _episode(1, started_at="2099-01-01T10:00:00+00:00"),
        "$.missing_episodes[1].started_at",
        "When the child went missing cannot be in the future",
    ),
    "an episode overlapping the one before": (
        _episode(1, started_at="2024-03-09T06:00:00+00:00"),
        "$.missing_episodes[1].started_at",
        "This overlaps the episode from 08/03/2024 22:30",
    ),
    "an episode while another is still open": (
        lambda b: b["missing_episodes"].append(
            {
                "id": "c0000000-0000-4000-8000-000000000013",
                "kind": "M",
                "started_at": "2024-05-01T10:00:00+01:00",
                "reported_by": "Pat Carer",
            }
        ),
        "$.missing_episodes[2].started_at",
        "The episode from 20/04/2024 18:00 is still open",
    ),
    "a safe and well check before the episode": (
        _episode(0, safe_and_well_on="2024-03-07"),
        "$.missing_episodes[0].safe_and_well_on",
        "The safe and well check cannot be before the episode",
    ),
    "a time without its offset": (
        _episode(0, started_at="2024-03-08T22:30:00"),
        "$.missing_episodes[0].started_at",
        "'2024-03-08T22:30:00' is not valid: a date and time in ISO 8601 with its offset",
    ),
    "a time that does not exist": (
        _episode(0, started_at="2024-02-30T22:30:00+00:00"),
        "$.missing_episodes[0].started_at",
        "'2024-02-30T22:30:00+00:00' is not valid",
    ),
    "an unknown kind": (_episode(0, kind="X"), "$.missing_episodes[0].kind", "'X' is not one of ['M', 'A']"),
    "an unknown police risk grading": (
        _episode(0, police_risk="severe"),
        "$.missing_episodes[0].police_risk",
        "'severe' is not one of",
    ),
    "the same episode id twice": (
        _episode(1, id="c0000000-0000-4000-8000-000000000011"),
        "$.missing_episodes[1].id",
        "already exists",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_broken_episode_is_refused_by_path_and_nothing_is_written(
    case: str, bundle: dict[str, Any]
) -> None:
    change, path, reason = REFUSED[case]
    bundle = with_missing(bundle)
    change(bundle)
    before = missing_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(p == path and reason in message for p, message in refused.value.errors), refused.value.errors
    assert missing_counts() == before
