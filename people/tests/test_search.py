from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from casework.tests.factories import AllocationFactory
from lantern.api.auth import token_issue
from people.tests.factories import ChildFactory, PersonFactory


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typed", ["943 476 5919", "943-476-5919", "9434765919", "bobbie", "Robin Fictional", "900001"]
)
def test_search_finds_the_child_as_people_type_it(personas: Any, typed: str) -> None:
    page = _signed_in(personas.wendy).get("/search/", {"q": typed}).content.decode()
    assert "1 result" in page and "Robin Fictional" in page


@pytest.mark.django_db
def test_each_hit_is_audited_and_unrelated_users_find_nothing(personas: Any) -> None:
    assert "0 results" in _signed_in(personas.uma).get("/search/", {"q": "Fictional"}).content.decode()
    _signed_in(personas.wendy).get("/search/", {"q": "Fictional"})
    assert AuditEvent.objects.filter(
        action="search", child_id=personas.child.pk, actor=personas.wendy
    ).exists()
    assert not AuditEvent.objects.filter(action="search", actor=personas.uma).exists()


@pytest.mark.django_db
def test_api_search_counts_every_match_and_pages_through_them(personas: Any) -> None:
    for n in range(5):
        AllocationFactory(
            child=ChildFactory(person=PersonFactory(forename=f"Kit{n}", surname="Fictional")),
            worker=personas.wendy,
        )
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    first = api.get("/api/v1/children?q=Fictional&limit=2").json()
    last = api.get("/api/v1/children?q=Fictional&limit=2&offset=4").json()
    assert first["count"] == 6 and len(first["items"]) == 2
    assert len(last["items"]) == 2
    assert api.get("/api/v1/children", {"q": "Rob\x00in"}).status_code == 422


@pytest.mark.django_db
def test_lists_of_children_are_audited(personas: Any) -> None:
    _signed_in(personas.wendy).get("/children/")
    _signed_in(personas.mia).get("/team/")
    reasons = set(
        AuditEvent.objects.filter(child_id=personas.child.pk, action="search").values_list(
            "reason", flat=True
        )
    )
    assert {"listed in My children", "listed in the team view"} <= reasons
