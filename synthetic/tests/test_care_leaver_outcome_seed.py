"""The seed's care leavers' birthday records (OC3): each is on a 17th to 21st birthday of a young person who became
eligible for leaving-care support and whose care had ended by then, passes the DfE checks Lantern makes at entry,
is recorded by the personal adviser or social worker allocated that day, if any; the same seed gives the same
records."""

from __future__ import annotations

import dataclasses
from datetime import date

from casework.care_leaver_rules import accommodation_at_17_problem, age_at, answers_problem, birthday_problem
from casework.models import AllocationRole
from synthetic.care_context import CareChild
from synthetic.care_leaver_outcomes import care_leaver_outcomes
from synthetic.care_leaving import eligible_from
from synthetic.generator import build_authority
from synthetic.spec import Authority
from synthetic.tests.missing_built import AS_OF, CHILDREN, built


def _looked_after(a: Authority, child: object, day: date) -> bool:
    """As the service counts it (rule 1007): the day care ends is not a day looked after."""
    return any(
        p.child == child and p.start_date <= day and (p.end_date is None or p.end_date > day)
        for p in a.periods_of_care
    )


def test_care_leavers_have_a_record_on_their_birthdays_after_care_ended() -> None:
    a = built()
    people = {p.id: p for p in a.people}
    children = {c.person: c for c in a.children}
    found = care_leaver_outcomes(a)
    assert found
    for o in found:
        person = people[o.child]
        born = person.date_of_birth
        assert born is not None and o.birthday <= AS_OF
        age = age_at(born, o.birthday)
        assert age is not None and not _looked_after(a, o.child, o.birthday)
        periods = sorted((p for p in a.periods_of_care if p.child == o.child), key=lambda p: p.start_date)
        eligible = eligible_from(CareChild(children[o.child], person, born, False, False, periods), AS_OF)
        assert eligible is not None
        assert any(p.end_date is not None and eligible <= p.end_date <= o.birthday for p in periods)
        problems = birthday_problem(born, o.birthday) | answers_problem(
            o.in_touch, o.activity, o.accommodation
        )
        assert problems | accommodation_at_17_problem(age, o.accommodation) == {}
        allocated = {
            x.worker
            for x in a.allocations
            if x.child == o.child
            and x.role in (AllocationRole.PERSONAL_ADVISER, AllocationRole.SOCIAL_WORKER)
            and x.start_date <= o.birthday
            and (x.end_date is None or x.end_date >= o.birthday)
        }
        assert o.recorded_by in allocated if allocated else o.recorded_by == ""
    again = build_authority(children=CHILDREN, years=5, seed=7, as_of=AS_OF)
    assert [dataclasses.asdict(o) for o in care_leaver_outcomes(again)] == [
        dataclasses.asdict(o) for o in found
    ]
