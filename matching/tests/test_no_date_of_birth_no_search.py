"""A child with no date of birth is not searched as age 0: the page says to record the date of birth and offers no
search, and the API's needs and search answer 400 with the same message."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from lantern.api.auth import token_issue
from matching.models import PlacementMatch


@pytest.mark.django_db
def test_the_page_and_the_api_ask_for_the_date_of_birth(personas: Any) -> None:
    person = personas.child.person
    person.date_of_birth = None
    person.save()
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/matching/new/").content.decode()
    assert "date of birth before searching" in page and "Rank the carers" not in page
    assert client.post(f"/children/{personas.child.pk}/matching/new/", {"age": "9"}).status_code == 200

    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='partner')}"})
    base = f"/api/v1/children/{personas.child.pk}/matching"
    drawn = api.get(f"{base}/needs")
    assert drawn.status_code == 400 and "date of birth before searching" in drawn.json()["errors"]["age"][0]
    search = api.post(base, json.dumps({"age": 9}), content_type="application/json")
    assert search.status_code == 400 and "date of birth" in search.json()["detail"]
    assert not PlacementMatch.objects.exists()
