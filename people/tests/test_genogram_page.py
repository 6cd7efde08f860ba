"""The genogram page draws the child's recorded family as SVG, with the same relationships in tables; a sibling in
care whom the user may not see appears by name only; hostile names are shown as text, never run."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client

from casework.tests.factories import AllocationFactory
from people.tests.factories import ChildFactory, PersonFactory, RelationshipFactory


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _page(personas: Any, user: Any = None) -> str:
    response = _signed_in(user or personas.wendy).get(f"/children/{personas.child.pk}/genogram/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def family(personas: Any) -> dict[str, Any]:
    """Robin's father, divorced from Jo, in conflict with Robin; Jo's partner, Robin's step-father; their son,
    Robin's half-brother."""
    father = PersonFactory(
        forename="Lee", surname="Fictional", sex="M", date_of_birth=datetime.date(1988, 2, 2)
    )
    partner = PersonFactory(
        forename="Kai", surname="Madeup", sex="M", date_of_birth=datetime.date(1989, 1, 1)
    )
    brother = PersonFactory(
        forename="Ash", surname="Madeup", sex="M", date_of_birth=datetime.date(2019, 6, 1)
    )
    RelationshipFactory(person_a=father, person_b=personas.child.person, quality="conflict")
    RelationshipFactory(
        person_a=father, person_b=personas.mother, kind="former_partner", partnership_end="divorced"
    )
    RelationshipFactory(person_a=partner, person_b=personas.mother, kind="partner")
    RelationshipFactory(person_a=partner, person_b=personas.child.person, kind="step_parent")
    RelationshipFactory(
        person_a=brother, person_b=personas.child.person, kind="half_sibling", quality="close"
    )
    RelationshipFactory(person_a=personas.mother, person_b=brother)
    RelationshipFactory(person_a=partner, person_b=brother)
    return {"father": father, "partner": partner, "brother": brother}


@pytest.mark.django_db
def test_the_page_draws_the_family_and_lists_the_same_relationships(personas: Any, family: Any) -> None:
    page = _page(personas)

    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="genogram-title genogram-desc"' in svg
    assert '<title id="genogram-title">Genogram of Robin Fictional</title>' in svg
    for name in ("Robin Fictional", "Jo Fictional", "Lee Fictional", "Kai Madeup", "Ash Madeup"):
        assert name in svg
    assert "Divorced" in svg and "Conflict: " in svg and "Close: " in svg  # the key and the line titles
    assert "style=" not in page.split("<body", 1)[1] and "<script>" not in svg

    table = page[page.index("Relationships in the genogram") :]
    assert re.search(
        r"Lee Fictional.*?Former partner of Jo Fictional \(divorced, or civil partnership", table, re.S
    )
    assert re.search(r"Lee Fictional.*?Parent of Robin Fictional.*?Conflict", table, re.S)
    assert re.search(r"Ash Madeup.*?Half-sibling of Robin Fictional.*?Close", table, re.S)


@pytest.mark.django_db
def test_the_child_page_links_to_the_genogram(personas: Any) -> None:
    page = _signed_in(personas.carl).get(f"/children/{personas.child.pk}/").content.decode()
    assert f'href="/children/{personas.child.pk}/genogram/">Genogram</a>' in page


@pytest.mark.django_db
def test_a_sibling_the_user_may_not_see_appears_by_name_only(personas: Any) -> None:
    sky: Any = ChildFactory(
        person=PersonFactory(
            forename="Sky",
            surname="Fictional",
            sex="F",
            date_of_birth=datetime.date(2012, 12, 12),
            address="1 Secret Lane",
            postcode="SE1 7PH",
        ),
        local_id="900002",
    )
    AllocationFactory(child=sky, worker=personas.uma)
    RelationshipFactory(person_a=personas.mother, person_b=sky.person)  # not shown: a relationship of Sky's
    RelationshipFactory(person_a=sky.person, person_b=personas.child.person, kind="sibling", quality="close")

    page = _page(personas)

    assert "Sky Fictional" in page and "which you cannot open" in page
    assert f"/children/{sky.pk}/" not in page  # not linked
    assert "2012" not in page and "Secret Lane" not in page and "SE1 7PH" not in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    sky_title = re.search(r"<title>Sky Fictional[^<]*</title>(.*?)</g>", svg, re.S)
    assert sky_title is not None and "born" not in sky_title.group(0)
    assert "Parent of Sky Fictional" not in page


@pytest.mark.django_db
def test_a_sibling_the_user_may_see_is_linked_to_their_record(personas: Any) -> None:
    sam: Any = ChildFactory(person=PersonFactory(forename="Sam", surname="Fictional"), local_id="900003")
    AllocationFactory(child=sam, worker=personas.wendy)
    RelationshipFactory(person_a=sam.person, person_b=personas.child.person, kind="sibling")
    page = _page(personas)
    assert f'<a class="govuk-link" href="/children/{sam.pk}/">Sam Fictional</a>' in page


@pytest.mark.django_db
def test_a_hostile_name_is_shown_as_text_in_the_drawing_and_the_tables(personas: Any) -> None:
    hostile = PersonFactory(forename="<script>alert('x')</script>", surname='"><img src=x onerror=alert(1)>')
    RelationshipFactory(person_a=hostile, person_b=personas.child.person, kind="friend", quality="abuse")

    page = _page(personas)

    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "&lt;script&gt;" in svg  # in the label and the title


@pytest.mark.django_db
def test_contradictory_records_are_drawn_with_a_warning(personas: Any) -> None:
    RelationshipFactory(person_a=personas.child.person, person_b=personas.mother)  # Robin "parent" of Jo
    page = _page(personas)
    assert "Some recorded relationships contradict each other" in page
    assert "also recorded as their ancestor" in page
