"""A sibling in care, allocated to another team, appears in the child's circle by name only: nothing of theirs
can be read or changed from the child's record, on the pages or through the API."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from casework.tests.factories import AllocationFactory
from lantern.api.auth import token_issue
from people.models import Relationship
from people.tests.factories import ChildFactory, PersonFactory, RelationshipFactory


@pytest.fixture
def sky(personas: Any) -> Any:
    sky: Any = ChildFactory(
        person=PersonFactory(
            forename="Sky", surname="Fictional", nhs_number="9434765870", address="1 Secret Lane"
        ),
        local_id="900002",
    )
    AllocationFactory(child=sky, worker=personas.uma)
    RelationshipFactory(person_a=personas.mother, person_b=sky.person)
    RelationshipFactory(
        person_a=sky.person, person_b=personas.child.person, kind="sibling", parental_responsibility=False
    )
    return sky


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_page_shows_the_sibling_by_name_only(personas: Any, sky: Any) -> None:
    page = _signed_in(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    assert "Sky Fictional" in page and "which you cannot open" in page
    assert f"/people/{sky.pk}/edit/" not in page


@pytest.mark.django_db
def test_sibling_cannot_be_opened_or_changed_through_the_childs_pages(personas: Any, sky: Any) -> None:
    wendy = _signed_in(personas.wendy)
    base = f"/children/{personas.child.pk}"
    assert wendy.get(f"{base}/people/{sky.pk}/edit/").status_code == 404
    assert wendy.post(f"{base}/people/{sky.pk}/edit/", {"forename": "X", "surname": "Y"}).status_code == 404
    mother_sky = Relationship.objects.get(person_b=sky.person)
    assert wendy.post(f"{base}/relationships/{mother_sky.pk}/delete/").status_code == 404
    form = wendy.get(f"{base}/relationships/new/").content.decode()
    assert "Sky Fictional" not in form
    assert Relationship.objects.filter(pk=mother_sky.pk).exists()


@pytest.mark.django_db
def test_api_gives_the_sibling_by_name_only(personas: Any, sky: Any) -> None:
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    base = f"/api/v1/children/{personas.child.pk}"
    people = {row["person"]["forename"]: row["person"] for row in api.get(f"{base}/people").json()}
    assert people["Sky"]["restricted"] is True
    assert people["Sky"]["nhs_number"] is None and people["Sky"]["address"] is None
    assert people["Jo"]["restricted"] is False
    assert api.get(f"{base}/people/{sky.pk}").status_code == 404
    patch = api.patch(f"{base}/people/{sky.pk}", {"address": "x"}, content_type="application/json")
    assert patch.status_code == 404
    ids = {r["id"] for r in api.get(f"{base}/relationships").json()}
    assert str(Relationship.objects.get(person_b=sky.person).pk) not in ids
    sky.person.refresh_from_db()
    assert sky.person.address == "1 Secret Lane"


@pytest.mark.django_db
def test_a_sibling_opened_by_break_glass_is_changed_only_on_their_own_record(personas: Any, sky: Any) -> None:
    wendy = _signed_in(personas.wendy)
    wendy.post("/break-glass/", {"local_id": "900002", "reason": "Police call about both siblings"})
    page = wendy.get(f"/children/{personas.child.pk}/").content.decode()
    assert "Open Sky’s record" in page and f"/people/{sky.pk}/edit/" not in page
    assert wendy.get(f"/children/{personas.child.pk}/people/{sky.pk}/edit/").status_code == 404
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    patch = api.patch(
        f"/api/v1/children/{personas.child.pk}/people/{sky.pk}",
        {"surname": "X"},
        content_type="application/json",
    )
    assert patch.status_code == 404
    assert wendy.get(f"/children/{sky.pk}/edit/").status_code == 404  # break-glass reads only
