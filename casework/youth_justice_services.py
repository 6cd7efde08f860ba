"""Writes of the child's youth justice outcomes: one transaction each, audited in it (lantern.child_records)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from casework.youth_justice import CRIMINAL_RESPONSIBILITY_AGE, OC2_OUTCOMES, YouthJusticeOutcome
from duties.rules.calendar import birthday
from lantern.child_records import child_record_save


def check_outcome(outcome: YouthJusticeOutcome) -> None:
    """A conviction or a caution is refused before the child's 10th birthday, the age of criminal responsibility
    (Children and Young Persons Act 1933, s50)."""
    born = outcome.child.person.date_of_birth
    if (
        born is not None
        and outcome.outcome_on is not None
        and outcome.kind in OC2_OUTCOMES
        and outcome.outcome_on < birthday(born, CRIMINAL_RESPONSIBILITY_AGE)
    ):
        raise ValidationError(
            {
                "outcome_on": "A child under 10 cannot be convicted or cautioned: check the date and the outcome"
            }
        )


@transaction.atomic
def outcome_save(
    *, actor: Any, outcome: YouthJusticeOutcome, expected_version: int | None = None
) -> YouthJusticeOutcome:
    check_outcome(outcome)
    return child_record_save(
        actor=actor, instance=outcome, date_field="outcome_on", expected_version=expected_version
    )
