"""A family to export, a hand-written bundle to import, and a way to empty the record tables between the two."""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass
from typing import Any

import pytest

from accounts.models import Agency, Team, User
from accounts.roles import Role
from accounts.tests.factories import AgencyFactory, TeamFactory, UserFactory
from alerts.models import Alert
from audit.models import AuditEvent
from care.models import PeriodOfCare
from casework.models import (
    Allocation,
    AllocationRole,
    CaseNote,
    HistorySection,
    TransferSummary,
    WishesAndFeelings,
    WorkerChangeReason,
)
from casework.tests.factories import AllocationFactory, CaseNoteFactory, TransferSummaryFactory
from chronology.models import ChronologyEntry, ChronologyImport
from chronology.tests.factories import ChronologyEntryFactory, ChronologyImportFactory
from missing.models import MissingEpisode, MissingProfile, ProfileSent, ReturnInterview
from people.identifiers import nhs_check_digit, upn_check_letter
from people.models import Child, Person, PersonName, Relationship, RelationshipType
from people.tests.factories import ChildFactory, PersonFactory, PersonNameFactory, RelationshipFactory
from risk.models import (
    DiscussionParticipant,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)


def valid_nhs_number(first_nine: str) -> str:
    check = nhs_check_digit(first_nine)
    assert check is not None
    return f"{first_nine}{check}"


def valid_upn(body: str) -> str:
    return upn_check_letter(body) + body


@dataclass
class Family:
    child: Any
    mother: Any
    father: Any
    aunt: Any


@pytest.fixture
def family(db: Any) -> Family:
    """Robin, with a mother, a father and the mother's partner; allocations current and ended; an aunt related
    only to the mother (outside the bundle)."""
    council = AgencyFactory(name="Lantern Borough Council")
    team = TeamFactory(name="Children in Care North", agency=council)
    iro_service = AgencyFactory(name="Independent Reviewing Service", kind=Agency.Kind.COMMISSIONED)
    wendy = UserFactory(username="wendy", first_name="Wendy", last_name="Worker", agency=council, team=team)
    sam = UserFactory(username="sam", first_name="Sam", last_name="Left", agency=council, team=team)
    ira = UserFactory(
        username="ira", first_name="Ira", last_name="Reviewer", role=Role.IRO, agency=iro_service
    )

    child = ChildFactory(
        person=PersonFactory(
            forename="Robin",
            surname="Fictional",
            nhs_number=valid_nhs_number("943476591"),
            postcode="SE1 7PB",
            notes="Likes drawing.\nSecond line.",
        ),
        local_id="900001",
        upn=valid_upn("820200101001"),
        legal_status="C2",
        legal_status_since=datetime.date(2024, 2, 1),
        looked_after_since=datetime.date(2023, 11, 20),
    )
    PersonNameFactory(person=child.person, kind="nickname", name="Bobbie")
    PersonNameFactory(person=child.person, kind="alias", name="Zoë")
    mother = PersonFactory(forename="Jo", surname="Fictional", date_of_birth=datetime.date(1990, 3, 4))
    PersonNameFactory(person=mother, kind="previous", name="Jo Smith")
    father = PersonFactory(forename="Chris", surname="Absent", date_of_birth=None, sex="M")
    partner = PersonFactory(forename="Lee", surname="Partner", date_of_birth_estimated=True)
    aunt = PersonFactory(forename="Kim", surname="Smith")

    RelationshipFactory(person_a=mother, person_b=child.person)
    RelationshipFactory(person_a=father, person_b=child.person, parental_responsibility=False)
    RelationshipFactory(
        person_a=partner,
        person_b=child.person,
        kind=RelationshipType.STEP_PARENT,
        parental_responsibility=False,
    )
    RelationshipFactory(
        person_a=mother,
        person_b=father,
        kind=RelationshipType.FORMER_PARTNER,
        parental_responsibility=False,
        start_date=datetime.date(2008, 1, 1),
        end_date=datetime.date(2015, 6, 30),
    )
    RelationshipFactory(
        person_a=aunt, person_b=mother, kind=RelationshipType.SIBLING, parental_responsibility=False
    )

    AllocationFactory(
        child=child,
        worker=sam,
        start_date=datetime.date(2023, 11, 20),
        end_date=datetime.date(2025, 1, 5),
        end_reason=WorkerChangeReason.LEFTRL,
    )
    wendys = AllocationFactory(child=child, worker=wendy, start_date=datetime.date(2025, 1, 6))
    AllocationFactory(
        child=child, worker=ira, role=AllocationRole.IRO, start_date=datetime.date(2023, 11, 20)
    )
    _story(child, sam, wendy, wendys)
    return Family(child, mother, father, aunt)


def _story(child: Any, sam: Any, wendy: Any, wendys: Any) -> None:
    """Case notes, history, the child's words, chronology entries by hand, from an import and from records with
    the worker's analysis, and a signed-off transfer summary."""
    CaseNoteFactory(child=child, author=wendy, subject="Went missing overnight", significant=True)
    CaseNoteFactory(child=child, author=sam, occurred_on=datetime.date(2024, 6, 1), subject="Visit")
    HistorySection.objects.create(
        child=child,
        kind="identity",
        text="Proud of a Welsh grandmother.",
        reviewed_on=datetime.date(2025, 2, 1),
        reviewed_by=wendy,
    )
    WishesAndFeelings.objects.create(
        child=child, said_on=datetime.date(2025, 3, 1), words="I want to stay at my school", heard_by=wendy
    )
    ChronologyEntryFactory(
        child=child, recorded_by=wendy, date_accuracy="month", impact="Lost weekly contact"
    )
    batch = ChronologyImportFactory(child=child, imported_by=wendy, filename="health.csv", rows=1)
    ChronologyEntryFactory(
        child=child,
        imported=batch,
        agency="Example Health Trust",
        category="health",
        what_happened="Dental check",
        source_reference="H-7",
    )
    ChronologyEntry.objects.filter(source_id=str(wendys.pk)).update(impact="Fourth worker in three years")
    TransferSummaryFactory(
        allocation=wendys,
        outgoing=sam,
        not_in_record="Scared of dogs",
        signed_off_at=datetime.datetime(2025, 1, 8, 10, 30, tzinfo=datetime.UTC),
    )


def wipe_records() -> None:
    """Empty the record tables (not the audit log, which refuses DELETE) and the users, teams and agencies."""
    for model in (
        TransferSummary,
        HistorySection,
        WishesAndFeelings,
        CaseNote,
        ChronologyEntry,
        ChronologyImport,
    ):
        model._default_manager.all().delete()
    Allocation.objects.all().delete()
    Relationship.objects.all().delete()
    PersonName.objects.all().delete()
    Child.objects.all().delete()
    Person.objects.all().delete()
    Team.objects.update(manager=None)
    User.objects.all().delete()
    Team.objects.all().delete()
    Agency.objects.all().delete()


CHILD_ID = "6f1c2a4e-0d3b-4c55-9a61-1b2c3d4e5f60"
MOTHER_ID = "7a2d3b5f-1e4c-4d66-8b72-2c3d4e5f6071"

_BUNDLE: dict[str, Any] = {
    "format": "lantern-case-bundle",
    "version": 1,
    "child": {"person": CHILD_ID, "local_id": "B00001", "legal_status": "V2", "upn_unknown": "UN4"},
    "people": [
        {
            "id": CHILD_ID,
            "forename": "Ash",
            "surname": "Example",
            "date_of_birth": "2012-09-14",
            "sex": "M",
            "ethnicity": "MWBC",
            "nhs_number": valid_nhs_number("401023213"),
            "other_names": [{"kind": "nickname", "name": "Ashy"}],
        },
        {"id": MOTHER_ID, "forename": "Dee", "surname": "Example", "date_of_birth": "1989-01-31"},
    ],
    "relationships": [
        {
            "id": "8b3e4c60-2f5d-4e77-9c83-3d4e5f607182",
            "person_a": MOTHER_ID,
            "person_b": CHILD_ID,
            "kind": "parent",
            "parental_responsibility": True,
        }
    ],
    "allocations": [
        {
            "id": "9c4f5d71-3a6e-4f88-8d94-4e5f60718293",
            "worker": {
                "username": "newworker",
                "first_name": "Nia",
                "last_name": "New",
                "role": "social_worker",
            },
            "role": "social_worker",
            "start_date": "2024-04-01",
            "end_date": "2024-10-31",
            "end_reason": "MANAGE",
        }
    ],
}


@pytest.fixture
def bundle() -> dict[str, Any]:
    """A small valid bundle written by hand, as a test or another authority would write one."""
    return copy.deepcopy(_BUNDLE)


PERIOD_ID = "c0000000-0000-4000-8000-000000000001"
EPISODE_ID = "c0000000-0000-4000-8000-000000000011"
SECOND_EPISODE_ID = "c0000000-0000-4000-8000-000000000012"
INTERVIEW_ID = "c0000000-0000-4000-8000-000000000021"
PROFILE_ID = "c0000000-0000-4000-8000-000000000031"
SENT_ID = "c0000000-0000-4000-8000-000000000041"


def with_missing(bundle: dict[str, Any]) -> dict[str, Any]:
    """The hand-written bundle with a period of care, two missing episodes in it (one overnight, with its return
    interview; one the next month, still open), a profile without a photo and a copy of it sent to the police."""
    worker = bundle["allocations"][0]["worker"]
    bundle["periods_of_care"] = [{"id": PERIOD_ID, "start_date": "2024-01-10"}]
    bundle["missing_episodes"] = [
        {
            "id": EPISODE_ID,
            "kind": "M",
            "started_at": "2024-03-08T22:30:00+00:00",
            "ended_at": "2024-03-09T07:30:00+00:00",
            "reported_by": "Pat Carer, foster carer",
            "police_risk": "medium",
            "found_where": "Bus station",
            "recorded_by": worker,
        },
        {
            "id": SECOND_EPISODE_ID,
            "kind": "A",
            "started_at": "2024-04-20T18:00:00+01:00",
            "reported_by": "Pat Carer, foster carer",
        },
    ]
    bundle["return_interviews"] = [
        {
            "id": INTERVIEW_ID,
            "episode": EPISODE_ID,
            "offered_at": "2024-03-10T09:00:00+00:00",
            "response": "accepted",
            "done_on": "2024-03-11",
            "done_by": "Return interview service",
        }
    ]
    bundle["missing_profile"] = {
        "id": PROFILE_ID,
        "description": "Tall, dark hair.",
        "photo_jpeg_base64": None,
    }
    bundle["profiles_sent"] = [
        {
            "id": SENT_ID,
            "episode": SECOND_EPISODE_ID,
            "sent_to": "missing@police.example",
            "sent_at": "2024-04-20T19:00:00+01:00",
            "sent_by": worker,
            "last_seen_wearing": "Red coat",
        }
    ]
    return bundle


def missing_counts() -> list[int]:
    """How many records of each kind a bundle with missing records writes (and the audit rows and users)."""
    counted = (
        Person,
        Child,
        User,
        AuditEvent,
        ChronologyEntry,
        PeriodOfCare,
        MissingEpisode,
        ReturnInterview,
        MissingProfile,
        ProfileSent,
    )
    return [model._default_manager.count() for model in counted]


SCREENING_ID = "d0000000-0000-4000-8000-000000000001"
GRADE_IDS = ("d0000000-0000-4000-8000-000000000011", "d0000000-0000-4000-8000-000000000012")
RISK_PLAN_ID = "d0000000-0000-4000-8000-000000000021"
ACTION_IDS = ("d0000000-0000-4000-8000-000000000031", "d0000000-0000-4000-8000-000000000032")
DISCUSSION_ID = "d0000000-0000-4000-8000-000000000041"
PARTICIPANT_IDS = ("d0000000-0000-4000-8000-000000000051", "d0000000-0000-4000-8000-000000000052")


def with_risk(bundle: dict[str, Any]) -> dict[str, Any]:
    """The hand-written bundle with a screening (going missing graded medium, school absence none: medium risk,
    the child aged 11), the risk plan, an action for the allocated worker and one for the carer, and a strategy
    discussion at which the police dissented and an escalation was asked for."""
    worker = bundle["allocations"][0]["worker"]
    bundle["risk_screenings"] = [
        {
            "id": SCREENING_ID,
            "screened_on": "2024-05-01",
            "review_on": "2024-08-01",
            "screened_by": worker,
            "grades": [
                {
                    "id": GRADE_IDS[0],
                    "indicator": "missing",
                    "grade": "medium",
                    "evidence": "Missing twice in April, found in town late at night",
                },
                {"id": GRADE_IDS[1], "indicator": "school_absence", "grade": "none"},
            ],
        }
    ]
    bundle["risk_plan"] = {
        "id": RISK_PLAN_ID,
        "agreed_on": "2024-05-02",
        "review_on": "2024-08-02",
        "concerns": "Going missing to meet older peers in town",
    }
    bundle["risk_actions"] = [
        {"id": ACTION_IDS[0], "action": "Weekly visit", "owner": worker, "due_on": "2024-06-01"},
        {
            "id": ACTION_IDS[1],
            "action": "Collect from school on Fridays",
            "owner_name": "Pat Carer",
            "owner_agency": "Foster carer",
            "due_on": "2024-05-10",
            "done_on": "2024-05-10",
        },
    ]
    bundle["strategy_discussions"] = [
        {
            "id": DISCUSSION_ID,
            "held_on": "2024-05-03",
            "reason": "Medium risk found by the screening",
            "decisions": "Support under the risk plan",
            "outcome": "risk_plan",
            "escalation_requested": True,
            "escalation_requested_by": worker,
            "escalation_requested_at": "2024-05-03T16:00:00+01:00",
            "participants": [
                {"id": PARTICIPANT_IDS[0], "name": "Nia New", "agency": "Children's social care"},
                {
                    "id": PARTICIPANT_IDS[1],
                    "name": "Pat Police",
                    "agency": "Police",
                    "dissent": "I think this needs a joint investigation, not a plan.",
                },
            ],
        }
    ]
    return bundle


def risk_counts() -> list[int]:
    """How many records of each kind a bundle with risk records writes (and the chronology, alerts, audit rows and
    users)."""
    counted = (
        Person,
        Child,
        User,
        AuditEvent,
        ChronologyEntry,
        Alert,
        Screening,
        ScreeningGrade,
        RiskPlan,
        RiskPlanAction,
        StrategyDiscussion,
        DiscussionParticipant,
    )
    return [model._default_manager.count() for model in counted]
