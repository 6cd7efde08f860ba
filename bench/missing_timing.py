"""Time missing-pattern detection over a whole authority: every child's episodes, return interviews, placement
moves and worker changes read in bulk (missing/loading.py) and every flag worked out (missing/patterns.py), as
`lantern alerts` does; then the cross-child matching of people and places (networks of concern) over every child's
records. Run by bench/run.py with the bench database's environment; prints JSON with medians of RUNS runs."""

from __future__ import annotations

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

from missing.config import thresholds  # noqa: E402
from missing.loading import histories, mentions  # noqa: E402
from missing.networks import networks_of_concern  # noqa: E402
from missing.patterns import patterns  # noqa: E402
from people.models import Child  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    today = timezone.localdate()
    every_child = Child.objects.values("pk")
    totals, reads, networks_s = [], [], []
    children = episodes = flagged = flags = networks = 0
    for _ in range(runs):
        started = time.perf_counter()
        found = histories(today)
        read = time.perf_counter() - started
        result = patterns(found.values(), today, thresholds())
        totals.append(time.perf_counter() - started)
        reads.append(read)
        started = time.perf_counter()
        networks = len(networks_of_concern(mentions(today, every_child)))
        networks_s.append(time.perf_counter() - started)
        children = len(found)
        episodes = sum(len(h.episodes) for h in found.values())
        flagged = sum(1 for p in result.values() if p.flags)
        flags = sum(len(p.flags) for p in result.values())
    print(
        json.dumps(
            {
                "authority_children": every_child.count(),
                "children_with_episodes": children,
                "episodes": episodes,
                "children_flagged": flagged,
                "flags": flags,
                "runs": runs,
                "median_s": round(statistics.median(totals), 3),
                "median_reading_s": round(statistics.median(reads), 3),
                "networks_of_concern": networks,
                "networks_median_s": round(statistics.median(networks_s), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
