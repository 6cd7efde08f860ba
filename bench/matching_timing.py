"""Time placement matching (issue 8): rank() over a register of 500 deterministic carers for a demanding child (15,
high exploitation risk, a missing pattern, trauma, a sibling to place with, a Key Stage 4 school to keep, an area to
stay away from and one to be near), many runs, median and p95; then, when the database has a register (run by
bench/run.py with the bench database's environment), the full path: register_facts() from the database and rank().
Prints JSON on its last line. `python bench/matching_timing.py [RUNS]` (default 200)."""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")

import django

django.setup()

from django.db import DatabaseError  # noqa: E402
from django.utils import timezone  # noqa: E402

from matching.loading import register_facts  # noqa: E402
from matching.needs import Area, Needs, SchoolToKeep  # noqa: E402
from matching.rank import SKILL_WORDS, CarerFacts, rank  # noqa: E402
from matching.weights import weights_from_settings  # noqa: E402

CARERS, GOAL_MS = 500, 100.0
KINDS = ["own_foster", "agency_foster", "connected", "childrens_home", "supported"]
AREAS = ["Northtown", "Southby", "Fictionalton", "Eastmere", "Westholm"]
SUPPORT = ["out_of_hours", "supervising_worker", "therapeutic", "education", "respite", "waking_night"]


def register(n: int = CARERS, seed: int = 8) -> list[CarerFacts]:
    pick = random.Random(seed)  # noqa: S311 - invented data, not a secret
    carers = []
    for i in range(n):
        kind = pick.choice(KINDS)
        low = 16 if kind == "supported" else pick.choice([0, 0, 5, 11])
        places = pick.randint(1, 6 if kind == "childrens_home" else 3)
        ended = pick.randint(0, 12)
        carers.append(
            CarerFacts(
                id=uuid.UUID(int=i + 1),
                reference=f"BENCH-{i:04d}",
                name=f"Example Carer {i}",
                kind=kind,
                status=pick.choices(["active", "on_hold", "closed"], [8, 1, 1])[0],
                area=pick.choice(AREAS),
                in_authority=pick.random() < 0.7,
                easting=430000 + pick.randint(0, 40000),
                northing=330000 + pick.randint(0, 40000),
                min_age=low,
                max_age=pick.choice([17, 17, 12, 18]),
                places=places,
                sex_limit=pick.choices(["any", "female", "male"], [8, 1, 1])[0],
                skills=frozenset(pick.sample(sorted(SKILL_WORDS), pick.randint(0, 5))),
                support=frozenset(pick.sample(SUPPORT, pick.randint(0, 4))),
                occupied=pick.randint(0, places),
                placements_ended=ended,
                placements_unplanned=pick.randint(0, ended),
            )
        )
    return carers


DEMANDING = Needs(
    age=15,
    sex="female",
    siblings=1,
    exploitation_risk="high",
    missing_pattern=True,
    missing_episodes_90_days=6,
    trauma=True,
    school=SchoolToKeep("Example Academy", 450000, 350000),
    key_stage_4=True,
    avoid_areas=(Area("Northtown", "went missing there 4 times"),),
    near_areas=(Area("Southby", "grandmother lives there"),),
    wish_flags=("family_setting",),
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    weights = weights_from_settings()
    carers = register()
    seconds = []
    ranked = 0
    for _ in range(runs):
        started = time.perf_counter()
        result = rank(DEMANDING, carers, weights)
        seconds.append(time.perf_counter() - started)
        ranked = len(result.ranked)
    figures: dict[str, object] = {
        "carers": len(carers),
        "ranked": ranked,
        "runs": runs,
        "rank_median_ms": round(statistics.median(seconds) * 1000, 2),
        "rank_p95_ms": round(percentile(seconds, 0.95) * 1000, 2),
        "goal_ms": GOAL_MS,
    }
    try:
        today = timezone.localdate()
        full = []
        entries = 0
        for _ in range(min(runs, 20)):
            started = time.perf_counter()
            facts = register_facts(today)
            rank(DEMANDING, facts, weights)
            full.append(time.perf_counter() - started)
            entries = len(facts)
        if entries:
            figures.update(
                register_entries=entries,
                full_path_median_ms=round(statistics.median(full) * 1000, 2),
                full_path_p95_ms=round(percentile(full, 0.95) * 1000, 2),
            )
    except DatabaseError:
        pass  # no migrated database here: the pure figure stands alone
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
