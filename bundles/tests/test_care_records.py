"""The care records travel in the bundle: periods of care, legal statuses, placements with their plans and
notifications, visits, looked-after reviews, health checks and PEPs. A round trip gives the same records; a bundle
whose care records break the rules of the care services is refused whole, each problem by its JSON path."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import models

from accounts.models import User
from audit.models import AuditEvent
from bundles.care import PARTS, care_export
from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import, bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from bundles.validation import BundleError
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from care.services import care_record_save
from casework.statutory_records import LookedAfterReview, PlacementNotification, Plan, Visit
from chronology.models import ChronologyEntry
from education.models import PersonalEducationPlan
from health.models import HealthCheck
from people.models import Child, Person

D = datetime.date
CARE_MODELS: tuple[type[models.Model], ...] = tuple(part.model for part in PARTS)


def _care_history(family: Family) -> dict[str, Any]:
    """Two periods of care, the legal statuses and placements in them, written through the care service; plans,
    notifications, visits, reviews, health checks and PEPs as the other services write them."""
    child = family.child
    wendy = User.objects.get(username="wendy")
    ira = User.objects.get(username="ira")

    def care(record: Any) -> Any:
        return care_record_save(actor=wendy, record=record)

    care(PeriodOfCare(child=child, start_date=D(2019, 3, 1), end_date=D(2020, 6, 30), end_reason="E4A"))
    care(PeriodOfCare(child=child, start_date=D(2023, 11, 20), category_of_need="N4"))
    care(LegalStatusRecord(child=child, code="V2", start_date=D(2019, 3, 1), end_date=D(2020, 6, 30)))
    care(LegalStatusRecord(child=child, code="C1", start_date=D(2023, 11, 20), end_date=D(2024, 1, 31)))
    care(LegalStatusRecord(child=child, code="C2", start_date=D(2024, 2, 1)))
    first = care(
        Placement(
            child=child,
            place="U6",
            provider="PR1",
            carer="The Example family",
            start_date=D(2019, 3, 1),
            end_date=D(2020, 6, 30),
            change_reason="CARPL",
        )
    )
    care(
        Placement(
            child=child,
            place="K2",
            provider="PR4",
            carer="Hilltop House",
            address="1 Hill Road\nElsewhere",
            postcode="EX1 1AA",
            in_authority=False,
            start_date=D(2023, 11, 20),
            end_date=D(2024, 8, 31),
            change_reason="CHILD",
        )
    )
    now = care(
        Placement(
            child=child,
            place="U4",
            provider="PR1",
            carer="Pat Carer",
            start_date=D(2024, 9, 1),
            intended_until_18_from=D(2025, 1, 1),
        )
    )
    Plan.objects.create(child=child, kind="care_plan", made_on=D(2023, 12, 1), summary="Stay in care.")
    Plan.objects.create(child=child, kind="placement_plan", made_on=D(2019, 3, 2), placement=first)
    Plan.objects.create(
        child=child,
        kind="placement_plan",
        made_on=D(2024, 9, 1),
        placement=now,
        carer_signed_on=D(2024, 9, 3),
    )
    PlacementNotification.objects.create(child=child, placement=now, recipient="iro", sent_on=D(2024, 9, 1))
    PlacementNotification.objects.create(
        child=child, placement=now, recipient="school", sent_on=D(2024, 9, 2)
    )
    Visit.objects.create(
        child=child, visited_on=D(2024, 10, 1), seen_alone=True, visitor=wendy, notes="Happy."
    )
    Visit.objects.create(child=child, visited_on=D(2024, 11, 15), seen=False, where="school")
    LookedAfterReview.objects.create(child=child, held_on=D(2024, 2, 15), iro=ira, participation="PN1")
    HealthCheck.objects.create(
        child=child, kind="initial", done_on=D(2023, 12, 10), practitioner="Dr Example"
    )
    HealthCheck.objects.create(
        child=child, kind="sdq", done_on=D(2024, 6, 1), sdq_score=14, recorded_by=wendy
    )
    HealthCheck.objects.create(child=child, kind="sdq", done_on=D(2025, 6, 1), sdq_reason="SDQ5")
    HealthCheck.objects.create(
        child=child, kind="immunisations", done_on=D(2024, 7, 1), immunisations_up_to_date=False
    )
    PersonalEducationPlan.objects.create(
        child=child,
        held_on=D(2024, 10, 10),
        school="Example Academy",
        designated_teacher="Ms Teach",
        recorded_by=wendy,
    )
    ChronologyEntry.objects.filter(source_type="placement", source_id=str(now.pk)).update(
        significance="critical", impact="Third home in a year"
    )
    return care_export(child)


@pytest.mark.django_db
def test_care_records_round_trip(family: Family) -> None:
    before = _care_history(family)
    summary = Child.objects.values_list("legal_status", "legal_status_since", "looked_after_since").get()
    first = bundle_dumps(bundle_export(child=family.child))
    for model in CARE_MODELS:
        model._default_manager.all().delete()
    wipe_records()
    assert not Person.objects.exists() and not Placement.objects.exists()

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    assert care_export(child) == before
    assert [len(before[part.section]) for part in PARTS] == [
        2,
        3,
        3,
        3,
        2,
        2,
        1,
        4,
        1,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ]
    counts = {part.section: len(before[part.section]) for part in PARTS}
    no_risk = dict.fromkeys(("risk_screenings", "risk_plan", "risk_actions", "strategy_discussions"), 0)
    no_network = dict.fromkeys(
        ("network_members", "network_meetings", "network_concerns", "information_shared", "escalations"), 0
    )
    no_issue8 = dict.fromkeys(
        ("schools", "enrolments", "attendance", "exclusions", "school_moves", "placement_matches"), 0
    )
    assert report.care_records == {**counts, "missing_profile": 0, **no_risk, **no_network, **no_issue8}
    assert (child.legal_status, child.legal_status_since, child.looked_after_since) == summary
    placed = Placement.objects.get(carer="Pat Carer")
    assert placed.plans.get().carer_signed_on == D(2024, 9, 3) and placed.notifications.count() == 2
    # The records made their own chronology entries again; the worker's analysis on them came with the story.
    derived = ChronologyEntry.objects.filter(
        child=child, source_type="placement", source_id=str(placed.pk)
    ).get()
    assert (derived.significance, derived.impact) == ("critical", "Third home in a year")
    assert ChronologyEntry.objects.filter(child=child, source_type="healthcheck").count() == 4
    audit = AuditEvent.objects.filter(object_type="bundle").get()
    assert (audit.diff or {}).get("placements") == [None, 3]


PERIOD = {"id": "a0000000-0000-4000-8000-000000000001", "start_date": "2024-01-10"}
PLACEMENT = {
    "id": "a0000000-0000-4000-8000-000000000011",
    "place": "U6",
    "provider": "PR1",
    "carer": "Pat Carer",
    "start_date": "2024-01-10",
    "end_date": "2024-05-31",
    "change_reason": "CARPL",
}


def _care(bundle: dict[str, Any]) -> dict[str, Any]:
    """The hand-written bundle with a period of care, a legal status, two placements, a placement plan and
    notification, a visit by the allocated worker, a review, an SDQ and a PEP."""
    worker = bundle["allocations"][0]["worker"]
    bundle["periods_of_care"] = [dict(PERIOD)]
    bundle["legal_statuses"] = [
        {"id": "a0000000-0000-4000-8000-000000000021", "code": "V2", "start_date": "2024-01-10"}
    ]
    bundle["placements"] = [
        dict(PLACEMENT),
        {
            **PLACEMENT,
            "id": "a0000000-0000-4000-8000-000000000012",
            "start_date": "2024-06-01",
            "end_date": None,
        },
    ]
    del bundle["placements"][1]["change_reason"]
    bundle["plans"] = [
        {
            "id": "a0000000-0000-4000-8000-000000000031",
            "kind": "placement_plan",
            "made_on": "2024-06-01",
            "placement": "a0000000-0000-4000-8000-000000000012",
        }
    ]
    bundle["placement_notifications"] = [
        {
            "id": "a0000000-0000-4000-8000-000000000041",
            "placement": "a0000000-0000-4000-8000-000000000012",
            "recipient": "gp",
            "sent_on": "2024-06-02",
        }
    ]
    bundle["visits"] = [
        {"id": "a0000000-0000-4000-8000-000000000051", "visited_on": "2024-06-10", "visitor": worker}
    ]
    bundle["looked_after_reviews"] = [
        {
            "id": "a0000000-0000-4000-8000-000000000061",
            "held_on": "2024-02-05",
            "participation": "PN6",
            "iro": None,
        }
    ]
    bundle["health_checks"] = [
        {"id": "a0000000-0000-4000-8000-000000000071", "kind": "sdq", "done_on": "2024-03-01", "sdq_score": 9}
    ]
    bundle["personal_education_plans"] = [
        {"id": "a0000000-0000-4000-8000-000000000081", "held_on": "2024-04-01"}
    ]
    return bundle


@pytest.mark.django_db
def test_a_hand_written_bundle_with_care_records_imports(bundle: dict[str, Any]) -> None:
    child = bundle_import(data=_care(bundle))

    assert [p.carer for p in Placement.objects.filter(child=child)] == ["Pat Carer", "Pat Carer"]
    assert Visit.objects.get(child=child).visitor == User.objects.get(username="newworker")
    # The child's legal status summary follows the records, as when they are recorded in Lantern.
    child.refresh_from_db()
    assert (child.legal_status, child.legal_status_since, child.looked_after_since) == (
        "V2",
        D(2024, 1, 10),
        D(2024, 1, 10),
    )


Change = Callable[[dict[str, Any]], None]


def _set(section: str, index: int, **values: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        bundle[section][index].update(values)

    return change


REFUSED: dict[str, tuple[Change, str, str]] = {
    "overlapping placements": (
        _set("placements", 1, start_date="2024-05-01"),
        "$.placements[1].start_date",
        "'2024-05-01' is not valid: This placement overlaps the placement from 10/01/2024: end that one first",
    ),
    "a placement outside any period of care": (
        _set("placements", 0, start_date="2023-12-01"),
        "$.placements[0].start_date",
        "'2023-12-01' is not valid: A placement must fall within a period of care",
    ),
    "a placement plan naming an unknown placement": (
        _set("plans", 0, placement="a0000000-0000-4000-8000-0000000000ff"),
        "$.plans[0].placement",
        "names no placement in placements",
    ),
    "a notification naming a plan's id as a placement": (
        _set("placement_notifications", 0, placement="a0000000-0000-4000-8000-000000000031"),
        "$.placement_notifications[0].placement",
        "names no placement in placements",
    ),
    "an unknown placement type": (
        _set("placements", 0, place="Q9"),
        "$.placements[0].place",
        "'Q9' is not one of",
    ),
    "an unknown participation code": (
        _set("looked_after_reviews", 0, participation="PN9"),
        "$.looked_after_reviews[0].participation",
        "'PN9' is not one of",
    ),
    "an unknown category of need": (
        _set("periods_of_care", 0, category_of_need="N9"),
        "$.periods_of_care[0].category_of_need",
        "'N9' is not one of",
    ),
    "a period of care before the child's birth": (
        _set("periods_of_care", 0, start_date="2010-01-01"),
        "$.periods_of_care[0].start_date",
        "'2010-01-01' is not valid: The date cannot be before the child's date of birth (14/09/2012)",
    ),
    "a legal status overlapping another": (
        lambda b: b["legal_statuses"].append(
            {"id": "a0000000-0000-4000-8000-000000000022", "code": "C1", "start_date": "2024-03-01"}
        ),
        "$.legal_statuses[1].start_date",
        "This legal status overlaps",
    ),
    "a placement ending after its period of care": (
        lambda b: b["periods_of_care"][0].update(end_date="2024-05-31", end_reason="E4A"),
        "$.placements[1].start_date",
        "A placement must fall within a period of care",
    ),
    "an SDQ with a score and a reason": (
        _set("health_checks", 0, sdq_reason="SDQ4"),
        "$.health_checks[0].sdq_score",
        "Give either the SDQ score or the reason there is none",
    ),
    "a care plan naming a placement": (
        _set("plans", 0, kind="care_plan"),
        "$.plans[0].placement",
        "Only a placement plan belongs to a placement",
    ),
    "a visit in the future": (
        _set("visits", 0, visited_on="2999-01-01"),
        "$.visits[0].visited_on",
        "The date cannot be in the future",
    ),
    "the same placement id twice": (
        _set("placements", 1, id=PLACEMENT["id"]),
        "$.placements[1].id",
        "already exists",
    ),
    "analysis naming no care record": (
        lambda b: b.update(
            chronology_analysis=[
                {
                    "source_type": "placement",
                    "source_id": "a0000000-0000-4000-8000-0000000000fe",
                    "significance": "critical",
                }
            ]
        ),
        "$.chronology_analysis[0]",
        "names no record of this child that makes a chronology entry",
    ),
}


def _counts() -> list[int]:
    counted: tuple[type[models.Model], ...] = (Person, Child, User, AuditEvent, ChronologyEntry, *CARE_MODELS)
    return [model._default_manager.count() for model in counted]


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_broken_care_records_are_refused_by_path_and_nothing_is_written(
    case: str, bundle: dict[str, Any]
) -> None:
    change, path, reason = REFUSED[case]
    bundle = _care(bundle)
    change(bundle)
    before = _counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(p == path and reason in message for p, message in refused.value.errors), refused.value.errors
    assert _counts() == before


@pytest.mark.django_db
def test_a_failed_period_of_care_is_one_problem_not_one_for_each_record_in_it(bundle: dict[str, Any]) -> None:
    bundle = _care(bundle)
    bundle["periods_of_care"][0]["end_reason"] = "E4A"  # without an end date

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert refused.value.errors == [
        (
            "$.periods_of_care[0].end_reason",
            "'E4A' is not valid: Give the date care ended with the reason it ended",
        )
    ]
