"""A return interview or a profile sent must name an episode of the bundle's missing_episodes: one naming an
unknown episode (or another list's record) is refused whole, at the path of its `episode`, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import PERIOD_ID, missing_counts, with_missing

UNKNOWN = "c0000000-0000-4000-8000-0000000000ff"
Change = Callable[[dict[str, Any]], None]


def _set(section: str, **values: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        bundle[section][0].update(values)

    return change


REFUSED: dict[str, tuple[Change, str, str]] = {
    "an interview naming an unknown episode": (
        _set("return_interviews", episode=UNKNOWN),
        "$.return_interviews[0].episode",
        "names no episode in missing_episodes",
    ),
    "an interview naming a period of care as its episode": (
        _set("return_interviews", episode=PERIOD_ID),
        "$.return_interviews[0].episode",
        "names no episode in missing_episodes",
    ),
    "an interview naming no episode": (
        _set("return_interviews", episode=None),
        "$.return_interviews[0].episode",
        "None is not of type 'string'",
    ),
    "a profile sent naming an unknown episode": (
        _set("profiles_sent", episode=UNKNOWN),
        "$.profiles_sent[0].episode",
        "names no episode in missing_episodes",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_record_naming_an_unknown_episode_is_refused(case: str, bundle: dict[str, Any]) -> None:
    change, path, reason = REFUSED[case]
    bundle = with_missing(bundle)
    change(bundle)
    before = missing_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(p == path and reason in message for p, message in refused.value.errors), refused.value.errors
    assert missing_counts() == before
