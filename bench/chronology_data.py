"""Chronology entries for `make bench`: 5,000 for one of demo.social_worker's children (the first page is
measured) and 1,000 for another (its PDF is timed). Run by bench/run.py with the bench database's environment;
prints the two children's ids as JSON. Invented, generic wording only."""

from __future__ import annotations

import datetime
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")

import django

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from casework.selectors import caseload  # noqa: E402
from chronology.models import Category, ChronologyEntry, Significance  # noqa: E402

AGENCIES = ("Example Council", "Example Health Trust", "Example Constabulary", "Example Academy")
EVENTS = (
    "Statutory visit; seen alone",
    "Telephone call with carer",
    "School reports poor attendance this week",
    "Reported missing overnight; returned next morning",
    "Health assessment completed",
    "Strategy discussion held",
)


def add_entries(child: Any, count: int, rng: random.Random) -> None:
    today = timezone.localdate()
    entries = [
        ChronologyEntry(
            child=child,
            occurred_on=today - datetime.timedelta(days=rng.randrange(0, 15 * 365)),
            agency=rng.choice(AGENCIES),
            category=rng.choice(Category.values),
            what_happened=rng.choice(EVENTS),
            significance=rng.choices(Significance.values, weights=(85, 12, 3))[0],
            impact="" if rng.random() < 0.7 else "Adds to the pattern seen since the placement move.",
        )
        for _ in range(count)
    ]
    ChronologyEntry.objects.bulk_create(entries, batch_size=1000)


def main() -> None:
    worker = User.objects.get(username="demo.social_worker")
    children = list(caseload(user=worker)[:2])
    if len(children) < 2:
        raise SystemExit("demo.social_worker needs two children on the caseload")
    rng = random.Random(1)  # noqa: S311 - bench data, not security
    with transaction.atomic():
        add_entries(children[0], 5000, rng)
        add_entries(children[1], 1000, rng)
    print(json.dumps({"page_child": str(children[0].pk), "pdf_child": str(children[1].pk)}))


if __name__ == "__main__":
    main()
