"""An OC2 and permanence history for the family of bundles/tests/conftest.py (Robin, born 17/05/2011), written
through the services: two periods of care with the previous permanence order of each, two decisions to place for
adoption (the first ceased, the second matched), two substance misuse problems and three youth justice outcomes."""

from __future__ import annotations

import datetime
from typing import Any

from accounts.models import User
from care.models import PeriodOfCare
from care.services import care_record_save
from casework.tests.factories_youth_justice import YouthJusticeOutcomeFactory
from casework.youth_justice import OutcomeKind
from casework.youth_justice_services import outcome_save
from health.services import substance_misuse_save
from health.tests.factories import SubstanceMisuseFactory
from permanence.codes import DatePrecision, PreviousPermanenceOption
from permanence.services import adoption_decision_save, previous_permanence_save
from permanence.tests.factories import AdoptionDecisionFactory, PreviousPermanenceFactory

D = datetime.date


def oc2_permanence_history(child: Any) -> None:
    wendy = User.objects.get(username="wendy")
    ira = User.objects.get(username="ira")
    earlier: Any = care_record_save(
        actor=wendy,
        record=PeriodOfCare(child=child, start_date=D(2019, 3, 1), end_date=D(2020, 6, 30), end_reason="E4A"),
    )
    now: Any = care_record_save(
        actor=wendy, record=PeriodOfCare(child=child, start_date=D(2023, 11, 20), category_of_need="N4")
    )
    previous_permanence_save(actor=wendy, record=PreviousPermanenceFactory.build(period=earlier))
    previous_permanence_save(
        actor=wendy,
        record=PreviousPermanenceFactory.build(
            period=now,
            option=PreviousPermanenceOption.P3,
            authority="801",
            order_date=D(2021, 6, 1),
            order_date_precision=DatePrecision.MONTH,
        ),
    )
    adoption_decision_save(
        actor=wendy,
        record=AdoptionDecisionFactory.build(
            child=child,
            decided_on=D(2024, 2, 1),
            ceased_on=D(2024, 4, 30),
            ceased_reason="RD3",
            recorded_by=wendy,
        ),
    )
    adoption_decision_save(
        actor=wendy,
        record=AdoptionDecisionFactory.build(
            child=child,
            decided_on=D(2024, 6, 3),
            matched_on=D(2024, 9, 2),
            by_foster_carer=False,
            adopters="FF",
            adopters_legal_status="L12",
            recorded_by=ira,
        ),
    )
    substance_misuse_save(
        actor=wendy,
        record=SubstanceMisuseFactory.build(
            child=child,
            identified_on=D(2024, 3, 5),
            intervention_offered_on=D(2024, 3, 12),
            intervention_received_on=D(2024, 4, 1),
            intervention_by="Young people's drug and alcohol service",
            resolved_on=D(2024, 10, 1),
            notes="Cannabis, most weekends.\nEngaged well.",
            recorded_by=wendy,
        ),
    )
    substance_misuse_save(
        actor=wendy,
        record=SubstanceMisuseFactory.build(child=child, identified_on=D(2025, 1, 10), identified_by=""),
    )
    outcome_save(
        actor=wendy,
        outcome=YouthJusticeOutcomeFactory.build(
            child=child, outcome_on=D(2024, 7, 15), given_by="Example Police"
        ),
    )
    outcome_save(
        actor=wendy,
        outcome=YouthJusticeOutcomeFactory.build(
            child=child,
            outcome_on=D(2025, 2, 3),
            kind=OutcomeKind.CONVICTION,
            offence="Theft",
            given_by="Example Youth Court",
            notes="Referral order, six months.",
            recorded_by=wendy,
        ),
    )
    outcome_save(
        actor=wendy,
        outcome=YouthJusticeOutcomeFactory.build(
            child=child, outcome_on=D(2025, 2, 3), kind=OutcomeKind.NO_FURTHER_ACTION, offence="Assault"
        ),
    )
