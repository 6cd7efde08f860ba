"""Writes of a care leaver's birthday records: one transaction each, audited in it (lantern.child_records)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from care.models import PeriodOfCare
from casework.care_leaver import CareLeaverOutcome
from casework.care_leaver_rules import (
    accommodation_at_17_problem,
    age_at,
    answers_problem,
    birthday_problem,
)
from lantern.child_records import child_record_save


def _looked_after_on(child: Any, day: Any) -> bool:
    return (
        PeriodOfCare.objects.filter(child=child, start_date__lte=day)
        .exclude(end_date__lt=day)
        .exclude(end_date=day)
        .exists()
    )


def check_care_leaver_outcome(outcome: CareLeaverOutcome) -> None:
    """Refused: a day that is not the 17th to 21st birthday (DfE rule 391); answers the return does not take with
    the contact status (344, 345); former foster carers at 17 (3001); a 17th or 18th birthday on which the young
    person was still looked after, since they were not yet a care leaver (rule 1007)."""
    born = outcome.child.person.date_of_birth
    problems = birthday_problem(born, outcome.birthday)
    problems |= answers_problem(outcome.in_touch, outcome.activity, outcome.accommodation)
    age = age_at(born, outcome.birthday) if born is not None and outcome.birthday is not None else None
    problems |= accommodation_at_17_problem(age, outcome.accommodation)
    if age in (17, 18) and "birthday" not in problems and _looked_after_on(outcome.child, outcome.birthday):
        problems["birthday"] = (
            "They were looked after on that birthday, so they were not yet a care leaver: nothing is recorded "
            "for it"
        )
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def care_leaver_outcome_save(
    *, actor: Any, outcome: CareLeaverOutcome, expected_version: int | None = None
) -> CareLeaverOutcome:
    check_care_leaver_outcome(outcome)
    return child_record_save(
        actor=actor, instance=outcome, date_field="birthday", expected_version=expected_version
    )
