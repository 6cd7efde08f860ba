"""When a network member is chosen, the recipient's name and kind are always the member's: changing the member (by
the API's PATCH or the form) never keeps the old recipient, so a carer's item moved to the police officer no longer
counts as the carers' acknowledgement."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from django.test import Client

from lantern.api.auth import token_issue
from network.models import AgencyKind
from sharing.tests.factories import carl_in_network, member, share


@pytest.mark.django_db
def test_a_patch_changing_the_member_takes_their_name_and_kind(personas: Any) -> None:
    shared = share(
        personas, item="care_plan", shared_on=datetime.date(2024, 1, 11), member=carl_in_network(personas)
    )
    officer = member(personas, kind=AgencyKind.POLICE, name="Pat Police", user=personas.pat)
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='partner')}"})
    changed = client.patch(
        f"/api/v1/children/{personas.child.pk}/information-shared/{shared.pk}",
        json.dumps({"member_id": str(officer.pk)}),
        content_type="application/json",
    )
    assert changed.status_code == 200
    assert (changed.json()["recipient"], changed.json()["recipient_kind"]) == ("Pat Police", "police")
    shared.refresh_from_db()
    assert (shared.member_id, shared.recipient, shared.recipient_kind) == (officer.pk, "Pat Police", "police")


@pytest.mark.django_db
def test_the_form_takes_the_members_name_and_kind_whatever_was_typed(personas: Any) -> None:
    shared = share(
        personas, item="care_plan", shared_on=datetime.date(2024, 1, 11), member=carl_in_network(personas)
    )
    officer = member(personas, kind=AgencyKind.POLICE, name="Pat Police", user=personas.pat)
    client = Client()
    client.force_login(personas.wendy)
    data = {
        "item": "care_plan",
        "member": str(officer.pk),
        "recipient": "Carl Carer",  # the old name, left in the box
        "recipient_kind": "carer",
        "shared_on": "11/1/2024",
        "method": "secure_email",
        "version": "1",
    }
    edit = f"/children/{personas.child.pk}/information-shared/{shared.pk}/edit/"
    assert client.post(edit, data).status_code == 302
    shared.refresh_from_db()
    assert (shared.recipient, shared.recipient_kind) == ("Pat Police", "police")
