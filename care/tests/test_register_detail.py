"""An entry's page: its record of placements (unplanned endings counted from care.codes.UNPLANNED_ENDINGS, with the
reasons in words), and the children living there now, named only when the user may see them, each named child
audited; the view itself is audited too."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from care.codes import PlacementChangeReason
from care.models import Placement, Skill, Support
from care.tests.factories import CarerProviderFactory, PlacementFactory
from people.tests.factories import ChildFactory


@pytest.fixture
def carer(personas: Any) -> Any:
    carer: Any = CarerProviderFactory(
        name="Example Hearth Household",
        places=4,
        skills=[Skill.TRAUMA, Skill.MISSING],
        support=[Support.RESPITE],
    )
    Placement.objects.filter(child=personas.child).update(carer_record=carer)  # Robin lives there now
    for _ in range(2):
        PlacementFactory(child=ChildFactory(), carer_record=carer, start_date=date(2025, 2, 1))
    ended = {"start_date": date(2023, 1, 1), "end_date": date(2023, 6, 1)}
    PlacementFactory(
        child=ChildFactory(), carer_record=carer, change_reason=PlacementChangeReason.CREQB, **ended
    )
    PlacementFactory(
        child=ChildFactory(), carer_record=carer, change_reason=PlacementChangeReason.CHILD, **ended
    )
    PlacementFactory(
        child=ChildFactory(), carer_record=carer, change_reason=PlacementChangeReason.CARPL, **ended
    )
    return carer


def _page(user: Any, carer: Any) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(f"/carers/{carer.pk}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_the_record_counts_unplanned_endings_and_names_their_reasons(personas: Any, carer: Any) -> None:
    page = _page(personas.wendy, carer)
    assert (
        '<dt class="govuk-summary-list__key">Placements</dt><dd class="govuk-summary-list__value">6</dd>'
        in page
    )
    assert (
        '<dt class="govuk-summary-list__key">Ended</dt><dd class="govuk-summary-list__value">3</dd>' in page
    )
    assert "Carer asked for the child to move (behaviour): 1" in page
    assert "The child asked to move: 1" in page
    assert "Change to the care plan" not in page  # a planned ending
    assert "4 approved, 3 placed now, 1 vacancy" in page
    assert "Trauma-informed care" in page and "Children who go missing" in page and "Respite" in page


@pytest.mark.django_db
def test_only_children_the_user_may_see_are_named(personas: Any, carer: Any) -> None:
    page = _page(personas.wendy, carer)
    assert "Robin Fictional" in page
    assert "and 2 other children you are not working with" in page
    stranger = _page(personas.uma, carer)
    assert "Robin" not in stranger
    assert "3 other children you are not working with" in stranger


@pytest.mark.django_db
def test_the_view_and_each_named_child_are_audited(personas: Any, carer: Any) -> None:
    _page(personas.wendy, carer)
    viewed = AuditEvent.objects.filter(actor=personas.wendy, action="view", object_type="carer")
    assert list(viewed.values_list("object_id", flat=True)) == [str(carer.pk)]
    found = AuditEvent.objects.filter(actor=personas.wendy, action="search")
    assert list(found.values_list("child_id", flat=True)) == [personas.child.pk]


@pytest.mark.django_db
def test_an_analyst_sees_the_counts_but_no_child(personas: Any, carer: Any) -> None:
    analyst: Any = UserFactory(role=Role.ANALYST)
    page = _page(analyst, carer)
    assert "Robin" not in page
    assert not AuditEvent.objects.filter(actor=analyst, action="search").exists()
