"""A second child for the browser tests of the permanence, substance misuse and youth justice pages, added to the
browser tests' database (conftest.py runs it beside make_data.py), and the worker printed as JSON.

The permanence page needs a period of care, and the other browser tests read that the shared persona child has
none, so this child is looked after (from April 2026, after the 2025/26 return the return check test reads) and
allocated to a social worker of a team of their own, Nora, who sees nobody else's children.

"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import Any

BASE_DIR = Path(__file__).resolve().parents[3]
LOOKED_AFTER_FROM = datetime.date(2026, 4, 14)


def make_data() -> dict[str, str]:
    from accounts.models import User
    from accounts.tests.factories import TeamFactory, UserFactory
    from care.tests.factories import PlacementFactory
    from casework.tests.factories import AllocationFactory
    from people.tests.factories import ChildFactory, PersonFactory
    from returns.tests.factories import LegalStatusFactory, PeriodOfCareFactory

    council = User.objects.get(username="wendy").agency
    team = TeamFactory(name="Children in Care West", agency=council)
    nora = UserFactory(username="nora", first_name="Nora", last_name="Allocated", agency=council, team=team)
    # factory-boy's factories are typed as returning themselves; this is a model instance.
    child: Any = ChildFactory(
        person=PersonFactory(forename="Sky", surname="Invented", date_of_birth=datetime.date(2013, 2, 11)),
        local_id="900002",
    )
    PeriodOfCareFactory(child=child, start_date=LOOKED_AFTER_FROM)
    LegalStatusFactory(child=child, code="C2", start_date=LOOKED_AFTER_FROM)
    PlacementFactory(
        child=child, carer="Example Foster Home", start_date=LOOKED_AFTER_FROM, postcode="ZZ1 1AA"
    )
    AllocationFactory(child=child, worker=nora, start_date=LOOKED_AFTER_FROM)
    return {"child_id": str(child.pk), "worker": str(nora.username)}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    import django

    django.setup()
    print(json.dumps(make_data()))


if __name__ == "__main__":
    main()
