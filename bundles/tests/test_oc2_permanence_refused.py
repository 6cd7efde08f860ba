"""A bundle whose substance misuse, youth justice outcome, previous permanence or decision to place for adoption
breaks the schema, the model's checks or the checks of its service (health/services.py substance_misuse_save,
casework/youth_justice_services.py outcome_save, permanence/services.py previous_permanence_save and
adoption_decision_save) is refused whole, the problem at the JSON path of the field, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bundles.importer import BundleError, bundle_import
from bundles.tests.oc2_permanence_bundle import PERIOD_ID, oc2_permanence_counts, with_oc2_and_permanence

Change = Callable[[dict[str, Any]], None]


def _set(section: str, index: int, **values: Any) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        bundle[section][index].update(values)

    return change


def _drop(section: str, index: int, name: str) -> Change:
    def change(bundle: dict[str, Any]) -> None:
        del bundle[section][index][name]

    return change


def _placed_for_adoption_with_the_foster_carer(bundle: dict[str, Any]) -> None:
    bundle["placements"] = [
        {
            "id": "e0000000-0000-4000-8000-000000000051",
            "place": "A3",
            "provider": "PR1",
            "carer": "Pat Carer",
            "start_date": "2024-09-10",
        }
    ]


REFUSED: dict[str, tuple[Change, str, str]] = {
    "an intervention received before it was offered": (
        _set("substance_misuse", 0, intervention_received_on="2024-03-10"),
        "$.substance_misuse[0].intervention_received_on",
        "'2024-03-10' is not valid: An intervention cannot be received before it was offered",
    ),
    "a substance misuse problem ending in the future": (
        _set("substance_misuse", 0, resolved_on="2999-01-01"),
        "$.substance_misuse[0].resolved_on",
        "'2999-01-01' is not valid: The date cannot be in the future",
    ),
    "a substance misuse problem identified before the child's birth": (
        _set("substance_misuse", 0, identified_on="2012-01-01"),
        "$.substance_misuse[0].identified_on",
        "The date cannot be before the child's date of birth (14/09/2012)",
    ),
    "a substance misuse date that does not exist": (
        _set("substance_misuse", 0, identified_on="2024-02-30"),
        "$.substance_misuse[0].identified_on",
        "'2024-02-30' is not valid",
    ),
    "a caution before the age of criminal responsibility": (
        _set("youth_justice_outcomes", 0, outcome_on="2022-09-13"),
        "$.youth_justice_outcomes[0].outcome_on",
        "A child under 10 cannot be convicted or cautioned: check the date and the outcome",
    ),
    "an unknown youth justice outcome": (
        _set("youth_justice_outcomes", 0, kind="acquitted"),
        "$.youth_justice_outcomes[0].kind",
        "'acquitted' is not one of",
    ),
    "a youth justice outcome in the future": (
        _set("youth_justice_outcomes", 0, outcome_on="2999-01-01"),
        "$.youth_justice_outcomes[0].outcome_on",
        "The date cannot be in the future",
    ),
    "an order made after the period of care began": (
        _set("previous_permanence", 0, order_date="2024-01-01"),
        "$.previous_permanence[0].order_date",
        "The order must be before the child became looked after on 10/01/2024",
    ),
    "no permanence order, but an authority": (
        _set("previous_permanence", 0, option="Z1", order_date=None),
        "$.previous_permanence[0].option",
        "Leave the authority and the date blank when there was no permanence order",
    ),
    "an authority not on the list": (
        _set("previous_permanence", 0, authority="ABC"),
        "$.previous_permanence[0].authority",
        "'ABC' is not valid: Enter the authority’s three-digit DfE number",
    ),
    "an unknown previous permanence option": (
        _set("previous_permanence", 0, option="P9"),
        "$.previous_permanence[0].option",
        "'P9' is not one of",
    ),
    "previous permanence naming no period of care": (
        _set("previous_permanence", 0, period="e0000000-0000-4000-8000-0000000000ff"),
        "$.previous_permanence[0].period",
        "names no period in periods_of_care",
    ),
    "previous permanence without its period of care": (
        _drop("previous_permanence", 0, "period"),
        "$.previous_permanence[0].period",
        "is required but missing",
    ),
    "two previous permanence orders for one period of care": (
        lambda b: b["previous_permanence"].append(
            {"id": "e0000000-0000-4000-8000-000000000032", "period": PERIOD_ID, "option": "Z1"}
        ),
        "$.previous_permanence[1].period",
        "already exists",
    ),
    "a decision before the child was looked after": (
        _set("adoption_decisions", 0, decided_on="2024-01-05"),
        "$.adoption_decisions[0].decided_on",
        "The decision is made while the child is looked after: record the period of care it falls in first",
    ),
    "a decision while the one before is still the plan": (
        _set("adoption_decisions", 1, decided_on="2024-04-01"),
        "$.adoption_decisions[1].decided_on",
        "The decision of 01/02/2024 was the plan until 30/04/2024: decisions cannot overlap",
    ),
    "a reason without the day the decision ceased": (
        _set("adoption_decisions", 0, ceased_on=None),
        "$.adoption_decisions[0].ceased_on",
        "Give the date the decision ceased with the reason",
    ),
    "a match without the adopters": (
        _drop("adoption_decisions", 1, "adopters"),
        "$.adoption_decisions[1].adopters",
        "Choose who the adopters are",
    ),
    "adopters their legal status does not allow": (
        _set("adoption_decisions", 1, adopters="MF"),
        "$.adoption_decisions[1].adopters_legal_status",
        "'L12' is not valid: Married couple of the same sex means the adopters are",
    ),
    "not adopted by the foster carer the child was placed with for adoption": (
        _placed_for_adoption_with_the_foster_carer,
        "$.adoption_decisions[1].by_foster_carer",
        "The child was placed for adoption with their foster carer (A3): answer Yes",
    ),
    "an unknown reason the decision ceased": (
        _set("adoption_decisions", 0, ceased_reason="RD9"),
        "$.adoption_decisions[0].ceased_reason",
        "'RD9' is not one of",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_broken_oc2_or_permanence_record_is_refused_by_path_and_nothing_is_written(
    case: str, bundle: dict[str, Any]
) -> None:
    change, path, reason = REFUSED[case]
    bundle = with_oc2_and_permanence(bundle)
    change(bundle)
    before = oc2_permanence_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(p == path and reason in message for p, message in refused.value.errors), refused.value.errors
    assert oc2_permanence_counts() == before
