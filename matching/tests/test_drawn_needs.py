"""The needs drawn from the record, each with where it came from: age and sex, brothers and sisters in care not
living with the child, the latest exploitation screening, the missing pattern, the current school with its place,
the register's areas named where the child went missing, and the latest wishes and feelings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from care.models import PeriodOfCare
from care.tests.factories import CarerProviderFactory, PlacementFactory
from casework.models import WishesAndFeelings
from casework.tests.factories import AllocationFactory
from education.models import Enrolment
from education.tests.factories import SchoolFactory
from matching.drawn import draw_needs
from matching.needs import Area, SchoolToKeep
from missing.tests.helpers import episode, hours_ago
from people.models import RelationshipType
from people.tests.factories import ChildFactory, RelationshipFactory
from risk.models import Level
from risk.tests.factories import ScreeningFactory


def _sibling(
    personas: Any, today: date, *, in_care: bool = True, kind: str = RelationshipType.SIBLING
) -> Any:
    sibling: Any = ChildFactory()
    AllocationFactory(child=sibling, worker=personas.wendy)  # Wendy may see the sibling (matching/drawn.py)
    RelationshipFactory(person_a=personas.child.person, person_b=sibling.person, kind=kind)
    if in_care:
        PeriodOfCare.objects.create(child=sibling, start_date=today - timedelta(days=100))
    return sibling


@pytest.mark.django_db
def test_every_need_drawn_says_where_it_came_from(personas: Any) -> None:
    today = timezone.localdate()
    carer: Any = CarerProviderFactory(area="Fictionalton")
    CarerProviderFactory(area="Northtown")
    PlacementFactory(child=personas.child, carer_record=carer, start_date=today - timedelta(days=60))
    _sibling(personas, today, kind=RelationshipType.HALF_SIBLING)  # in care elsewhere: to place together
    together = _sibling(personas, today)
    PlacementFactory(child=together, carer_record=carer, start_date=today - timedelta(days=60))
    _sibling(personas, today, in_care=False)  # at home: not to place
    ScreeningFactory(child=personas.child, screened_on=today - timedelta(days=10), level=Level.HIGH)
    for hours in (30, 200, 400):
        episode(personas, started=hours_ago(hours), where="Northtown bus station")
    school: Any = SchoolFactory(name="Example Academy", easting=452000, northing=351000)
    Enrolment.objects.create(child=personas.child, school=school, start_date=today - timedelta(days=300))
    WishesAndFeelings.objects.create(
        child=personas.child,
        said_on=today - timedelta(days=3),
        words="I want to stay at my school",
        heard_by=personas.wendy,
    )

    drawn = draw_needs(personas.child, today, personas.wendy)
    needs, sources = drawn.needs, drawn.sources
    assert needs.age == 12 and sources["age"] == "Date of birth 1 Sep 2014"
    assert needs.siblings == 1
    assert sources["siblings"].startswith("1 brother or sister in care and not living with the child")
    assert needs.exploitation_risk == "high"
    assert sources["exploitation_risk"].endswith(": high")
    assert needs.missing_pattern and needs.missing_episodes_90_days == 3
    assert "3 episodes in the last 30 days" in sources["missing_pattern"]
    assert needs.school == SchoolToKeep("Example Academy", 452000, 351000)
    assert sources["school"].startswith("Enrolled since")
    assert needs.avoid_areas == (
        Area("Northtown", "the child went missing there or named it (3 missing episodes)"),
    )
    assert needs.wishes == "I want to stay at my school"
    assert sources["wishes"].startswith("Wishes and feelings of")
    assert sources["trauma"] == "Not on the record: the worker says"


@pytest.mark.django_db
def test_a_child_with_little_on_the_record(personas: Any) -> None:
    drawn = draw_needs(personas.child, timezone.localdate(), personas.wendy)
    assert drawn.needs.siblings == 0 and drawn.needs.school is None and drawn.needs.avoid_areas == ()
    assert drawn.needs.exploitation_risk == "none" and not drawn.needs.missing_pattern
    assert drawn.sources["exploitation_risk"] == "No exploitation screening on the record"
    assert drawn.sources["school"] == "No current school on the record"
