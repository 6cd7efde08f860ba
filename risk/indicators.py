"""The indicators of the exploitation and online-risk screening are configuration, not code: a JSON (or TOML) file
read here, risk/indicators.json unless the setting LANTERN_RISK_INDICATORS names another file.

The file holds {"indicators": [{"code", "label", "group", "hint"}, ...]} (in TOML, an [[indicators]] table per
indicator); `group` is "significant" or "additional" (statutory-rules.md M8). Each screening keeps the label and
group of every indicator as it was graded, so a later change to the file does not change old screenings."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from risk.levels import ADDITIONAL, GROUPS, SIGNIFICANT

DEFAULT_PATH = Path(__file__).with_name("indicators.json")
GROUP_LABELS = {SIGNIFICANT: "Significant indicators", ADDITIONAL: "Additional indicators"}
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    group: str
    hint: str
    position: int

    @property
    def group_label(self) -> str:
        return GROUP_LABELS[self.group]


def indicators_path() -> Path:
    named = getattr(settings, "LANTERN_RISK_INDICATORS", None)
    return Path(named) if named else DEFAULT_PATH


def indicators() -> tuple[Indicator, ...]:
    """The indicators in use, in the order the screening asks about them."""
    return load_indicators(indicators_path())


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ImproperlyConfigured(f"Cannot read the risk indicators file {path}: {error}") from error
    try:
        return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise ImproperlyConfigured(f"The risk indicators file {path} is not valid: {error}") from error


def _indicator(raw: Any, position: int, path: Path) -> Indicator:
    where = f"{path}, indicator {position + 1}"
    if not isinstance(raw, dict):
        raise ImproperlyConfigured(f"{where}: each indicator must be a table of code, label, group and hint")
    code, label, group, hint = (raw.get(k, "") for k in ("code", "label", "group", "hint"))
    if not isinstance(code, str) or not _CODE.match(code):
        raise ImproperlyConfigured(f"{where}: the code must be lower case letters, digits and underscores")
    if not isinstance(label, str) or not label.strip():
        raise ImproperlyConfigured(f"{where} ({code}): give the label")
    if group not in GROUPS:
        raise ImproperlyConfigured(f"{where} ({code}): the group must be one of {', '.join(GROUPS)}")
    if not isinstance(hint, str):
        raise ImproperlyConfigured(f"{where} ({code}): the hint must be text")
    return Indicator(code=code, label=label.strip(), group=group, hint=hint.strip(), position=position)


@lru_cache(maxsize=8)
def load_indicators(path: Path) -> tuple[Indicator, ...]:
    """The indicators of one file, checked: a mistake in the file stops the service with a clear message rather
    than letting a screening go without an indicator."""
    data = _read(path)
    raw = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise ImproperlyConfigured(f"The risk indicators file {path} has no list of indicators")
    found = tuple(_indicator(item, position, path) for position, item in enumerate(raw))
    codes = [i.code for i in found]
    if repeated := sorted({c for c in codes if codes.count(c) > 1}):
        raise ImproperlyConfigured(f"The risk indicators file {path} repeats {', '.join(repeated)}")
    return found
