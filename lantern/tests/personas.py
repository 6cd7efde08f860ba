"""The personas every access test uses (after HealthChecks' Alice, Bob and Charlie), built in one place for the
pytest fixture (conftest.py) and for the browser tests' server (lantern/tests/browser/make_data.py):

- wendy: social worker allocated to the child, Robin Fictional, now;
- mia: manager of Wendy's team;
- pat: police officer with an active, time-limited grant for the child;
- carl: foster carer with a grant for the child;
- uma: social worker in another team, unrelated to the child, who must get 404 everywhere;
- max: manager of Uma's team, equally unrelated;
- rita: return interview worker (a commissioned service) with a grant, who sees the missing record and nothing else;
- cora: missing and exploitation coordinator with a grant;
- tess: the child's designated teacher at the virtual school (Role.EDUCATION) with a grant, who keeps the school's
  part of the education record (attendance, exclusions, school records sent and received) and reads the rest.

And, for the access matrix only (add_matrix_personas: an allocation and a grant more would change what the shared
personas' child shows every other test):
- ivy: the child's independent reviewing officer, allocated to the child in that role;
- hana: looked-after children's nurse (Role.HEALTH) with a grant;
- ada: an administrator with no basis for the child, who must get 404 everywhere.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from access.tests.factories import AccessGrantFactory
from accounts.models import Agency
from accounts.roles import Role
from accounts.tests.factories import AgencyFactory, TeamFactory, UserFactory
from casework.tests.factories import AllocationFactory, CaseNoteFactory, TransferSummaryFactory
from chronology.tests.factories import ChronologyEntryFactory, ChronologyImportFactory
from people.tests.factories import ChildFactory, PersonFactory, PersonNameFactory, RelationshipFactory


@dataclass
class Personas:
    child: Any
    mother: Any
    mother_relationship: Any
    wendy: Any
    mia: Any
    pat: Any
    carl: Any
    uma: Any
    max: Any
    allocation: Any
    entry: Any
    note: Any
    chronology_import: Any
    transfer: Any
    rita: Any
    cora: Any
    tess: Any = None
    ivy: Any = None
    hana: Any = None
    ada: Any = None


def make_personas() -> Personas:
    council = AgencyFactory()
    police = AgencyFactory(name="Example Constabulary", kind=Agency.Kind.POLICE)
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
    uma = UserFactory(
        username="uma", first_name="Uma", last_name="Unrelated", agency=council, team=other_team
    )
    pat = UserFactory(username="pat", first_name="Pat", last_name="Police", role=Role.POLICE, agency=police)
    carl = UserFactory(username="carl", first_name="Carl", last_name="Carer", role=Role.CARER, agency=council)

    child: Any = ChildFactory(
        person=PersonFactory(
            forename="Robin",
            surname="Fictional",
            nhs_number="9434765919",
            date_of_birth=datetime.date(2014, 9, 1),
        ),
        local_id="900001",
    )
    PersonNameFactory(person=child.person, kind="nickname", name="Bobbie")
    mother = PersonFactory(forename="Jo", surname="Fictional", date_of_birth=datetime.date(1990, 3, 4))
    relationship = RelationshipFactory(person_a=mother, person_b=child.person, description="Birth mother")
    allocation = AllocationFactory(child=child, worker=wendy)
    AccessGrantFactory(child=child, user=pat, reason="Missing-person investigation")
    AccessGrantFactory(child=child, user=carl, reason="Current foster carer")
    entry = ChronologyEntryFactory(child=child, recorded_by=wendy)
    note = CaseNoteFactory(child=child, author=wendy, significant=True)
    chronology_import = ChronologyImportFactory(child=child, imported_by=wendy)
    rita = UserFactory(
        username="rita", first_name="Rita", last_name="Return", role=Role.RETURN_INTERVIEWER, agency=council
    )
    cora = UserFactory(
        username="cora",
        first_name="Cora",
        last_name="Coordinator",
        role=Role.MISSING_COORDINATOR,
        agency=council,
    )
    AccessGrantFactory(child=child, user=rita, reason="Return interview after a missing episode")
    AccessGrantFactory(child=child, user=cora, reason="Missing and exploitation coordinator")
    tess = UserFactory(
        username="tess",
        first_name="Tess",
        last_name="Teacher",
        role=Role.EDUCATION,
        agency=AgencyFactory(name="Lantern Virtual School", kind=Agency.Kind.EDUCATION),
    )
    AccessGrantFactory(child=child, user=tess, reason="Designated teacher and virtual school")
    former = UserFactory(username="fay", first_name="Fay", last_name="Former", agency=council, team=team)
    transfer = TransferSummaryFactory(allocation=allocation, outgoing=former)
    return Personas(
        child,
        mother,
        relationship,
        wendy,
        mia,
        pat,
        carl,
        uma,
        max_,
        allocation,
        entry,
        note,
        chronology_import,
        transfer,
        rita,
        cora,
        tess,
    )


def add_matrix_personas(personas: Personas) -> Personas:
    """Ivy (allocated IRO), Hana (health partner with a grant) and Ada (administrator, no basis): see above."""
    from casework.models import AllocationRole

    council = personas.wendy.agency
    personas.ivy = UserFactory(
        username="ivy", first_name="Ivy", last_name="Reviewer", role=Role.IRO, agency=council
    )
    AllocationFactory(child=personas.child, worker=personas.ivy, role=AllocationRole.IRO)
    personas.hana = UserFactory(
        username="hana",
        first_name="Hana",
        last_name="Nurse",
        role=Role.HEALTH,
        agency=AgencyFactory(name="Example NHS Trust", kind=Agency.Kind.HEALTH),
    )
    AccessGrantFactory(child=personas.child, user=personas.hana, reason="Looked-after children's nurse")
    personas.ada = UserFactory(
        username="ada", first_name="Ada", last_name="Admin", role=Role.ADMIN, agency=council
    )
    return personas
