"""Seeing a child is the access rule's; changing needs the role too. A partner with a grant reads but cannot change."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["pat", "carl"])
def test_partner_with_a_grant_sees_the_child_but_cannot_change_it(personas: Any, who: str) -> None:
    client = _signed_in(getattr(personas, who))
    child = personas.child.pk
    page = client.get(f"/children/{child}/")
    assert page.status_code == 200
    assert b"time-limited access grant" in page.content
    assert b"Change Robin" not in page.content
    for path in (
        f"/children/{child}/edit/",
        f"/children/{child}/allocations/new/",
        f"/children/{child}/people/new/",
        f"/children/{child}/relationships/{personas.mother_relationship.pk}/edit/",
    ):
        assert client.get(path).status_code == 404, path
        assert client.post(path, {"forename": "Changed"}).status_code == 404, path
    personas.child.person.refresh_from_db()
    assert personas.child.person.forename == "Robin"


@pytest.mark.django_db
def test_expired_or_revoked_grant_gives_no_access(personas: Any) -> None:
    from django.utils import timezone

    grant = personas.pat.access_grants.get()
    grant.revoked_at = timezone.now()
    grant.save()
    assert _signed_in(personas.pat).get(f"/children/{personas.child.pk}/").status_code == 404


@pytest.mark.django_db
def test_ended_allocation_ends_the_workers_access(personas: Any) -> None:
    import datetime

    personas.allocation.end_date = datetime.date(2025, 6, 30)
    personas.allocation.save()
    assert _signed_in(personas.wendy).get(f"/children/{personas.child.pk}/").status_code == 404
    assert _signed_in(personas.mia).get(f"/children/{personas.child.pk}/").status_code == 404
