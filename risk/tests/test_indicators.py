"""The screening's indicators are configuration: risk/indicators.json by default, another JSON or TOML file named by
the setting LANTERN_RISK_INDICATORS, checked when read so that a mistake stops with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from risk.indicators import DEFAULT_PATH, indicators, indicators_path, load_indicators


def test_the_default_file_has_the_common_indicators_in_both_groups() -> None:
    found = {i.code: i for i in load_indicators(DEFAULT_PATH)}
    for code in ("missing", "older_partner", "money_gifts", "unknown_adults_cars", "online_contact"):
        assert found[code].group == "significant", code
    for code in ("sexual_health", "substance_use", "school_absence", "phone_internet"):
        assert found[code].group == "additional", code
    assert all(i.label and i.hint for i in found.values())
    assert [i.position for i in load_indicators(DEFAULT_PATH)] == list(range(len(found)))


def test_a_setting_names_another_file(tmp_path: Path) -> None:
    own = tmp_path / "ours.toml"
    own.write_text(
        '[[indicators]]\ncode = "county_lines"\nlabel = "Carrying drugs for others"\n'
        'group = "significant"\nhint = "Trap houses, travel by train"\n',
        encoding="utf-8",
    )
    with override_settings(LANTERN_RISK_INDICATORS=str(own)):
        assert indicators_path() == own
        assert [(i.code, i.group, i.position) for i in indicators()] == [("county_lines", "significant", 0)]
    assert indicators_path() == DEFAULT_PATH


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"indicators": []}, "has no list of indicators"),
        ({"indicators": [{"code": "Bad Code", "label": "x", "group": "significant"}]}, "lower case"),
        ({"indicators": [{"code": "x", "label": " ", "group": "significant"}]}, "give the label"),
        ({"indicators": [{"code": "x", "label": "X", "group": "other"}]}, "the group must be one of"),
        (
            {"indicators": [{"code": "x", "label": "X", "group": "additional"}] * 2},
            "repeats x",
        ),
    ],
)
def test_a_mistake_in_the_file_is_refused(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ImproperlyConfigured, match=message):
        load_indicators(path)


def test_a_missing_or_broken_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImproperlyConfigured, match="Cannot read"):
        load_indicators(tmp_path / "nowhere.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ImproperlyConfigured, match="is not valid"):
        load_indicators(broken)
