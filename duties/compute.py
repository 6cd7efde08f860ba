"""The duties of many children on a day: their facts read in bulk (duties/loading.py) and the pure rules applied
(duties/rules). Callers have already decided which children the user may see."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from django.conf import settings

from duties.duty import Duty, DutyConfig
from duties.loading import facts_for
from duties.rules import RULES, duties_for

RULE_BY_CODE = {rule.code: rule for rule in RULES}


def config() -> DutyConfig:
    return DutyConfig(pep_start_working_days=settings.LANTERN_PEP_START_WORKING_DAYS)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused while a whole authority's facts and duties are made: they are hundreds of
    thousands of small immutable objects with no cycles, and the collector walking them again and again doubled the
    time (make bench). It runs again afterwards as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def duties_by_child(*, as_of: date, child_ids: Iterable[Any] | None = None) -> dict[str, list[Duty]]:
    """Every duty of these children (or of every child ever in care) up to `as_of`, keyed by child id (str)."""
    settings_now = config()
    with gc_paused():
        return {facts.child_id: duties_for(facts, as_of, settings_now) for facts in facts_for(child_ids)}


def rule_name(code: str) -> str:
    rule = RULE_BY_CODE.get(code)
    return rule.name if rule else code
