"""The one source of randomness for a build, and the identifiers it mints (all unique within the build).

Everything random comes from one random.Random(seed), never the global generator, so a seed always gives the same
authority. NHS numbers use the 999 prefix (the NHS test range); UPNs use the invented local authority code 999.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from people.identifiers import nhs_check_digit, upn_check_letter

T = TypeVar("T")
LONDON = ZoneInfo("Europe/London")


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def at_nine(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=LONDON)


class Mint:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not security  # nosec B311
        self._nhs: set[str] = set()
        self._upn: set[str] = set()
        self._local = 0

    # -- randomness helpers --------------------------------------------------------------------------------
    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def weighted(self, table: Sequence[tuple[T, float]]) -> T:
        return self.rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]

    def between(self, first: date, last: date) -> date:
        """A day from first to last inclusive (first when last is earlier)."""
        span = (last - first).days
        return first if span <= 0 else first + timedelta(days=self.rng.randint(0, span))

    def poisson(self, mean: float) -> int:
        if mean <= 0:
            return 0
        if mean > 30:  # normal approximation keeps the loop short
            return max(0, round(self.rng.gauss(mean, math.sqrt(mean))))
        limit, k, product = math.exp(-mean), 0, self.rng.random()
        while product > limit:
            k += 1
            product *= self.rng.random()
        return k

    # -- identifiers ---------------------------------------------------------------------------------------
    def nhs_number(self) -> str:
        while True:
            first_nine = "999" + f"{self.rng.randrange(1_000_000):06d}"
            check = nhs_check_digit(first_nine)
            number = f"{first_nine}{check}"
            if check is not None and number not in self._nhs:
                self._nhs.add(number)
                return number

    def upn(self, allocated_year: int) -> str:
        """Check letter, LA code 999 (invented), a school number, the two-digit year, a serial."""
        while True:
            body = f"999{self.rng.randrange(2000, 8000):04d}{allocated_year % 100:02d}{self.rng.randrange(1000):03d}"
            upn = upn_check_letter(body) + body
            if upn not in self._upn:
                self._upn.add(upn)
                return upn

    def local_id(self) -> str:
        self._local += 1
        return f"L{self._local:06d}"
