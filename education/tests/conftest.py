"""Fixtures of the education tests: `fixed_today` holds the clock on a day in the 2026-27 school year, so that a test
whose facts are dated (the year group, this school year's attendance, records due and late) does not depend on the
day it runs. Ask for it before `personas` (or with pytest.mark.usefixtures), so that the personas' grants are
made on the same day."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
import time_machine

FIXED_NOW = datetime.datetime(2026, 11, 16, 12, 0, tzinfo=datetime.UTC)  # a Monday in the autumn term
FIXED_TODAY = FIXED_NOW.date()


@pytest.fixture
def fixed_today() -> Iterator[datetime.date]:
    with time_machine.travel(FIXED_NOW, tick=False):
        yield FIXED_TODAY
