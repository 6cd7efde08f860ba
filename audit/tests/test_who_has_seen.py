from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_manager_sees_every_view_search_hit_and_change(personas: Any) -> None:
    wendy = _signed_in(personas.wendy)
    wendy.get(f"/children/{personas.child.pk}/", REMOTE_ADDR="10.1.2.3")
    wendy.get("/search/?q=Bobbie")
    _signed_in(personas.pat).get(f"/children/{personas.child.pk}/")
    _signed_in(personas.uma).get(f"/children/{personas.child.pk}/")
    page = _signed_in(personas.mia).get(f"/children/{personas.child.pk}/audit/").content.decode()
    assert "Wendy Worker (Social worker)" in page and "10.1.2.3" in page
    assert "Found in a search" in page and "search: Bobbie" in page
    assert "Pat Police (Police liaison officer)" in page
    assert "Refused access" in page and "Uma Unrelated" in page


@pytest.mark.django_db
def test_only_the_manager_opens_who_has_seen(personas: Any) -> None:
    for who in ("wendy", "pat", "uma", "max"):
        assert (
            _signed_in(getattr(personas, who)).get(f"/children/{personas.child.pk}/audit/").status_code == 404
        )


@pytest.mark.django_db
def test_every_page_that_shows_the_child_is_a_view(personas: Any) -> None:
    from audit.models import AuditEvent

    wendy = _signed_in(personas.wendy)
    wendy.get(f"/children/{personas.child.pk}/edit/")
    wendy.get(f"/children/{personas.child.pk}/people/{personas.mother.pk}/edit/")
    reasons = set(
        AuditEvent.objects.filter(child_id=personas.child.pk, action="view").values_list("reason", flat=True)
    )
    assert {"people:child-edit", "people:person-edit"} <= reasons


@pytest.mark.django_db
def test_views_are_described_in_words(personas: Any) -> None:
    _signed_in(personas.wendy).get(f"/children/{personas.child.pk}/edit/")
    page = _signed_in(personas.mia).get(f"/children/{personas.child.pk}/audit/").content.decode()
    assert (
        "Opened the form to change the child&#x27;s details" in page
        or "Opened the form to change the child's details" in page
    )
