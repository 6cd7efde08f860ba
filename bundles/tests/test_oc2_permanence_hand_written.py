"""A hand-written bundle with substance misuse, a youth justice outcome, previous permanence and decisions to place
for adoption imports: the order is on the period of care it names, and the workers named are those who recorded."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from bundles.importer import bundle_import
from bundles.tests.oc2_permanence_bundle import (
    DECISION_IDS,
    MISUSE_ID,
    OUTCOME_ID,
    PERIOD_ID,
    PREVIOUS_ID,
    with_oc2_and_permanence,
)
from casework.youth_justice import YouthJusticeOutcome
from health.models import SubstanceMisuse
from permanence.models import AdoptionDecision, PreviousPermanence


@pytest.mark.django_db
def test_a_hand_written_bundle_with_oc2_and_permanence_records_imports(bundle: dict[str, Any]) -> None:
    child = bundle_import(data=with_oc2_and_permanence(bundle))

    previous = PreviousPermanence.objects.get(pk=PREVIOUS_ID)
    assert (previous.child, str(previous.period_id), previous.date_perm) == (child, PERIOD_ID, "ZZ/06/2021")
    misuse = SubstanceMisuse.objects.get(pk=MISUSE_ID)
    assert misuse.intervention_received_on == datetime.date(2024, 4, 1)
    assert misuse.recorded_by is not None and misuse.recorded_by.username == "newworker"
    assert YouthJusticeOutcome.objects.get(pk=OUTCOME_ID).get_kind_display() == "Youth caution"
    ceased, matched = (AdoptionDecision.objects.get(pk=pk) for pk in DECISION_IDS)
    assert (ceased.ceased_reason, ceased.matched, ceased.recorded_by) == ("RD3", False, None)
    assert (matched.matched, matched.number_of_adopters, matched.child) == (True, 2, child)
