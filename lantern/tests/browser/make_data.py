"""Create the browser tests' personas in the database named by the environment, and print their ids as JSON.

Run as `python -m lantern.tests.browser.make_data` with LANTERN_SQLITE_PATH pointing at a migrated database:
the browser tests cannot use pytest-django's flushing databases, because the audit table refuses DELETE.
The personas follow /work/main/conftest.py: wendy is allocated to Robin Fictional, mia manages wendy's team,
uma works in another team and has nothing to do with Robin, and Jo Fictional is Robin's mother.
"""

from __future__ import annotations

import datetime
import json
import os
from typing import Any


def make_data() -> dict[str, str]:
    from accounts.roles import Role
    from accounts.tests.factories import AgencyFactory, TeamFactory, UserFactory
    from casework.tests.factories import AllocationFactory
    from people.tests.factories import ChildFactory, PersonFactory, RelationshipFactory

    council = AgencyFactory()
    # factory-boy's factories are typed as returning themselves; these are model instances.
    mia: Any = UserFactory(
        username="mia", first_name="Mia", last_name="Manager", role=Role.TEAM_MANAGER, agency=council
    )
    team = TeamFactory(name="Children in Care North", agency=council, manager=mia)
    mia.team = team
    mia.save()
    wendy = UserFactory(username="wendy", first_name="Wendy", last_name="Worker", agency=council, team=team)
    max_ = UserFactory(
        username="max", first_name="Max", last_name="Other", role=Role.TEAM_MANAGER, agency=council
    )
    other_team = TeamFactory(name="Children in Care South", agency=council, manager=max_)
    UserFactory(username="uma", first_name="Uma", last_name="Unrelated", agency=council, team=other_team)

    child: Any = ChildFactory(
        person=PersonFactory(
            forename="Robin",
            surname="Fictional",
            nhs_number="9434765919",
            date_of_birth=datetime.date(2014, 9, 1),
        ),
        local_id="900001",
    )
    mother: Any = PersonFactory(forename="Jo", surname="Fictional", date_of_birth=datetime.date(1990, 3, 4))
    relationship: Any = RelationshipFactory(
        person_a=mother, person_b=child.person, description="Birth mother"
    )
    AllocationFactory(child=child, worker=wendy)
    return {"child_id": str(child.pk), "mother_id": str(mother.pk), "relationship_id": str(relationship.pk)}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    import django

    django.setup()
    print(json.dumps(make_data()))


if __name__ == "__main__":
    main()
