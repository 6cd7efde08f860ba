"""The hand-written bundle of bundles/tests/conftest.py (Ash, born 14/09/2012) with a period of care from 10/01/2024,
a substance misuse problem with its intervention, a youth caution, the previous permanence order of the period (a
special guardianship order of June 2021) and two decisions to place for adoption (the first ceased, the second
matched); and how many records of each kind an import writes."""

from __future__ import annotations

from typing import Any

from accounts.models import User
from audit.models import AuditEvent
from care.models import PeriodOfCare, Placement
from casework.youth_justice import YouthJusticeOutcome
from health.models import SubstanceMisuse
from people.models import Child, Person
from permanence.models import AdoptionDecision, PreviousPermanence

PERIOD_ID = "e0000000-0000-4000-8000-000000000001"
MISUSE_ID = "e0000000-0000-4000-8000-000000000011"
OUTCOME_ID = "e0000000-0000-4000-8000-000000000021"
PREVIOUS_ID = "e0000000-0000-4000-8000-000000000031"
DECISION_IDS = ("e0000000-0000-4000-8000-000000000041", "e0000000-0000-4000-8000-000000000042")


def with_oc2_and_permanence(bundle: dict[str, Any]) -> dict[str, Any]:
    worker = bundle["allocations"][0]["worker"]
    bundle["periods_of_care"] = [{"id": PERIOD_ID, "start_date": "2024-01-10"}]
    bundle["substance_misuse"] = [
        {
            "id": MISUSE_ID,
            "identified_on": "2024-03-05",
            "identified_by": "School nurse",
            "intervention_offered_on": "2024-03-12",
            "intervention_received_on": "2024-04-01",
            "intervention_by": "Young people's drug and alcohol service",
            "recorded_by": worker,
        }
    ]
    bundle["youth_justice_outcomes"] = [
        {"id": OUTCOME_ID, "outcome_on": "2024-07-15", "kind": "youth_caution", "offence": "Criminal damage"}
    ]
    bundle["previous_permanence"] = [
        {
            "id": PREVIOUS_ID,
            "period": PERIOD_ID,
            "option": "P2",
            "authority": "801",
            "order_date": "2021-06-01",
            "order_date_precision": "month",
        }
    ]
    bundle["adoption_decisions"] = [
        {
            "id": DECISION_IDS[0],
            "decided_on": "2024-02-01",
            "ceased_on": "2024-04-30",
            "ceased_reason": "RD3",
        },
        {
            "id": DECISION_IDS[1],
            "decided_on": "2024-06-03",
            "matched_on": "2024-09-02",
            "by_foster_carer": False,
            "adopters": "FF",
            "adopters_legal_status": "L12",
            "recorded_by": worker,
        },
    ]
    return bundle


def oc2_permanence_counts() -> list[int]:
    counted = (
        Person,
        Child,
        User,
        AuditEvent,
        PeriodOfCare,
        Placement,
        SubstanceMisuse,
        YouthJusticeOutcome,
        PreviousPermanence,
        AdoptionDecision,
    )
    return [model._default_manager.count() for model in counted]
