"""A recipient who is a Lantern user acknowledges, from their own view, what was shared with them: Carl the carer
sees it "Shared with you" at the top of the log and acknowledges it with one button. Pat, the police officer, may
see the child but was not the recipient: refused with 404 (and the page itself is POST only)."""

from __future__ import annotations

import datetime
import html
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from sharing.tests.factories import carl_in_network, share


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_carl_acknowledges_what_was_shared_with_him(personas: Any) -> None:
    shared = share(
        personas,
        item="placement_plan",
        shared_on=datetime.date(2024, 1, 11),
        member=carl_in_network(personas),
    )
    client = _client(personas.carl)
    log = f"/children/{personas.child.pk}/information-shared/"
    page = html.unescape(client.get(log).content.decode())
    assert "Shared with you" in page
    assert page.index("Shared with you") < page.index("Everything shared")
    acknowledge = f"{log}{shared.pk}/acknowledge/"
    assert acknowledge in page
    assert client.get(acknowledge).status_code == 405
    response = client.post(acknowledge, {"next": log})
    assert response.status_code == 302 and response["Location"] == log
    shared.refresh_from_db()
    assert shared.acknowledged_on == timezone.localdate()
    assert shared.acknowledged_by == "Carl Carer"
    after = html.unescape(client.get(log).content.decode())
    assert "Placement plan acknowledged" in after
    assert f"Acknowledged on {timezone.localdate():%-d %b %Y} by Carl Carer" in after
    assert acknowledge not in after
    again = client.post(acknowledge)
    assert again.status_code == 400 and "It was already acknowledged" in again.content.decode()


@pytest.mark.django_db
def test_pat_who_was_not_the_recipient_is_refused(personas: Any) -> None:
    shared = share(
        personas,
        item="placement_plan",
        shared_on=datetime.date(2024, 1, 11),
        member=carl_in_network(personas),
    )
    client = _client(personas.pat)
    log = f"/children/{personas.child.pk}/information-shared/"
    page = client.get(log).content.decode()
    assert "Shared with you" not in page and f"{shared.pk}/acknowledge/" not in page
    assert client.post(f"{log}{shared.pk}/acknowledge/").status_code == 404
    shared.refresh_from_db()
    assert shared.acknowledged_on is None


@pytest.mark.django_db
def test_the_worker_records_the_acknowledgement_for_a_carer_without_an_account(personas: Any) -> None:
    shared = share(personas, item="care_plan", shared_on=datetime.date(2024, 1, 11))
    client = _client(personas.wendy)
    log = f"/children/{personas.child.pk}/information-shared/"
    assert "Record their acknowledgement" in client.get(log).content.decode()
    assert client.post(f"{log}{shared.pk}/acknowledge/").status_code == 302
    shared.refresh_from_db()
    assert shared.acknowledged_by == "Sam and Alex Carer (recorded by Wendy Worker)"
