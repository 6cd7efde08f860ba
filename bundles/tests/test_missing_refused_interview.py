"""A bundle whose return interview breaks the rules of return_interview_save (the episode has ended; the interview
is offered after the child came back) or of the model is refused whole, by path, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import SECOND_EPISODE_ID, missing_counts, with_missing

Change = Callable[[dict[str, Any]], None]


def _interview(**values: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        bundle["return_interviews"][0].update(values)

    return change


def _second_interview(bundle: dict[str, Any]) -> None:
    bundle["return_interviews"].append(
        {**bundle["return_interviews"][0], "id": "c0000000-0000-4000-8000-000000000022"}
    )


REFUSED: dict[str, tuple[Change, str, str]] = {
    "offered before the child came back": (
        _interview(offered_at="2024-03-09T07:00:00+00:00"),
        "$.return_interviews[0].offered_at",
        "The interview is offered after the child came back",
    ),
    "for an episode the child has not come back from": (
        _interview(episode=SECOND_EPISODE_ID, offered_at="2024-04-21T10:00:00+01:00", done_on="2024-04-22"),
        "$.return_interviews[0].offered_at",
        "Record when the child came back before the return interview",
    ),
    "done before it was offered": (
        _interview(done_on="2024-03-09"),
        "$.return_interviews[0].done_on",
        "The interview cannot be done before it was offered",
    ),
    "declined but done": (
        _interview(response="declined"),
        "$.return_interviews[0].done_on",
        "An interview the child declined has no date it was done",
    ),
    "an unknown response": (
        _interview(response="maybe"),
        "$.return_interviews[0].response",
        "'maybe' is not one of ['accepted', 'declined', '']",
    ),
    "a second interview for the same episode": (
        _second_interview,
        "$.return_interviews[1].episode",
        "already exists",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_broken_interview_is_refused_by_path_and_nothing_is_written(
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
