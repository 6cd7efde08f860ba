"""The register page's filters and its vacancy count (places minus the children placed there now)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from care.models import CarerKind, RegisterStatus, Skill
from care.tests.factories import CarerProviderFactory, PlacementFactory
from people.tests.factories import ChildFactory


def _names(client: Client, **query: Any) -> list[str]:
    response = client.get("/carers/", query)
    assert response.status_code == 200
    return [row.carer.name for row in response.context["rows"]]


@pytest.fixture
def register(db: Any) -> dict[str, Any]:
    full: Any = CarerProviderFactory(
        name="Example Full Household", places=1, skills=[Skill.EXPLOITATION], area="Fictionalton"
    )
    PlacementFactory(child=ChildFactory(), carer_record=full, start_date=date(2025, 1, 1))
    return {
        "full": full,
        "free": CarerProviderFactory(
            name="Example Free Household",
            places=2,
            min_age=11,
            max_age=17,
            skills=[Skill.EXPLOITATION, Skill.MISSING],
            area="Exampleby",
        ),
        "home": CarerProviderFactory(
            name="Example Children's Home", kind=CarerKind.CHILDRENS_HOME, places=4, min_age=8, max_age=12
        ),
        "held": CarerProviderFactory(name="Example Held Household", status=RegisterStatus.ON_HOLD, places=2),
    }


@pytest.mark.django_db
def test_the_list_shows_vacancies_as_places_minus_current_placements(personas: Any, register: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = client.get("/carers/")
    vacancies = {row.carer.name: row.vacancies for row in response.context["rows"]}
    assert vacancies["Example Full Household"] == 0
    assert vacancies["Example Free Household"] == 2
    assert "Example Free Household" in response.content.decode()


@pytest.mark.django_db
def test_each_filter_narrows_the_list(personas: Any, register: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    assert _names(client, kind=CarerKind.CHILDRENS_HOME) == ["Example Children's Home"]
    assert _names(client, status=RegisterStatus.ON_HOLD) == ["Example Held Household"]
    assert _names(client, skill=Skill.MISSING) == ["Example Free Household"]
    assert _names(client, area="exampleBY") == ["Example Free Household"]
    assert set(_names(client, age="9")) == {
        "Example Children's Home",
        "Example Full Household",
        "Example Held Household",
    }
    # On hold takes no placement and a full household has no place: neither has a vacancy.
    assert _names(client, vacancy="on") == ["Example Children's Home", "Example Free Household"]
    assert _names(client, skill=Skill.EXPLOITATION, vacancy="on") == ["Example Free Household"]


@pytest.mark.django_db
def test_an_age_that_is_not_a_number_is_an_error_not_a_filter(personas: Any, register: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = client.get("/carers/", {"age": "fourteen"})
    assert response.status_code == 200
    assert "Enter the age as a whole number, like 14" in response.content.decode()
    assert len(response.context["rows"]) == 4
