"""A record of information shared names only this child's placement and network members: another child's
placement or member, posted to the form or the API, is refused (a form error, 400) and nothing is written."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from django.test import Client

from lantern.api.auth import token_issue
from network.models import AgencyKind, NetworkMember
from sharing.models import SharedInformation
from sharing.tests.factories import another_child_placed


def _others(personas: Any) -> tuple[Any, Any]:
    other = another_child_placed(worker=personas.wendy, start=datetime.date(2026, 3, 2), forename="Dana")
    member = NetworkMember.objects.create(
        child=other,
        agency_kind=AgencyKind.CARER,
        agency="Other Fostering",
        role="Foster carer",
        name="Jo Invented",
        from_date=datetime.date(2026, 3, 2),
    )
    return other.placements.get(), member


@pytest.mark.django_db
def test_the_form_refuses_another_childs_placement_or_member(personas: Any) -> None:
    their_placement, their_member = _others(personas)
    client = Client()
    client.force_login(personas.wendy)
    add = f"/children/{personas.child.pk}/information-shared/new/"
    data = {
        "item": "care_plan",
        "recipient": "Sam and Alex Carer",
        "recipient_kind": "carer",
        "shared_on": "5/3/2026",
        "method": "secure_email",
    }
    for wrong in ({"placement": str(their_placement.pk)}, {"member": str(their_member.pk)}):
        response = client.post(add, {**data, **wrong})
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert not SharedInformation.objects.exists()


@pytest.mark.django_db
def test_the_api_refuses_another_childs_placement_or_member(personas: Any) -> None:
    their_placement, their_member = _others(personas)
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='partner')}"})
    body = {
        "item": "care_plan",
        "recipient": "Sam and Alex Carer",
        "recipient_kind": "carer",
        "shared_on": "2026-03-05",
        "method": "secure_email",
    }
    path = f"/api/v1/children/{personas.child.pk}/information-shared"
    placed = client.post(
        path, json.dumps({**body, "placement_id": str(their_placement.pk)}), content_type="application/json"
    )
    assert placed.status_code == 400
    assert placed.json()["errors"] == {"placement_id": ["Choose one of this child's placements"]}
    chosen = client.post(
        path, json.dumps({**body, "member_id": str(their_member.pk)}), content_type="application/json"
    )
    assert chosen.status_code == 400
    assert chosen.json()["errors"] == {"member_id": ["Choose someone in this child's network"]}
    assert not SharedInformation.objects.exists()
