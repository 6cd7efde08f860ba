"""Time the statutory duties of a whole authority: every child's facts read in bulk and every rule applied, as
`lantern duties-run` and the pages do. Run by bench/run.py (SQLite, 2,000 children) and bench/national.py
(PostgreSQL, 80,000) with the bench database's environment; prints JSON with the median of RUNS runs."""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")

import django

django.setup()

from django.utils import timezone  # noqa: E402

from duties.compute import duties_by_child, gc_paused  # noqa: E402
from duties.duty import Status  # noqa: E402
from duties.loading import facts_for  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    today = timezone.localdate()
    totals, loads = [], []
    children = duties = overdue = 0
    for _ in range(runs):
        started = time.perf_counter()
        by_child = duties_by_child(as_of=today)  # what `lantern duties-run` and the pages call
        totals.append(time.perf_counter() - started)
        started = time.perf_counter()
        with gc_paused():
            facts_for(None)
        loads.append(time.perf_counter() - started)
        found = [d for duties in by_child.values() for d in duties]
        children, duties = len(by_child), len(found)
        overdue = sum(d.status == Status.OVERDUE for d in found)
        del by_child, found
        gc.collect()
    print(
        json.dumps(
            {
                "children": children,
                "duties": duties,
                "overdue": overdue,
                "runs": runs,
                "median_s": round(statistics.median(totals), 3),
                "slowest_s": round(max(totals), 3),
                "median_reading_s": round(
                    statistics.median(loads), 3
                ),  # timed apart, as the share of the total
            }
        )
    )


if __name__ == "__main__":
    main()
