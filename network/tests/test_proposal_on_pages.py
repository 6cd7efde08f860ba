"""The proposed network meeting on the network pages: the reasons (here a placement at risk) for everyone who sees
the child, and for the responsible worker a button to arrange one, which opens the form with the reason filled in."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client

from care.models import Placement
from network.tests.factories import NetworkMeetingFactory, ago


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_placement_at_risk_proposes_a_meeting_with_a_button_to_arrange_it(personas: Any) -> None:
    child = personas.child
    NetworkMeetingFactory(child=child, held_on=ago(20))
    assert (
        "Network meeting proposed"
        not in _client(personas.wendy).get(f"/children/{child.pk}/network/").content.decode()
    )
    at_risk = ago(5)
    Placement.objects.filter(child=child).update(at_risk_since=at_risk)
    reason = (
        f"The placement with Sam and Alex Carer has been at risk of breaking down since {at_risk.day} "
        f"{at_risk:%b %Y}; no network meeting since {ago(20).day} {ago(20):%b %Y}."
    )
    page = html.unescape(
        _client(personas.wendy).get(f"/children/{child.pk}/network/meetings/").content.decode()
    )
    assert reason in page and "Arrange a network meeting" in page
    partner = html.unescape(_client(personas.pat).get(f"/children/{child.pk}/network/").content.decode())
    assert reason in partner and "Arrange a network meeting" not in partner
    start = page.index('href="', page.index("Arrange a network meeting") - 300) + 6
    link = page[start : page.index('"', start)]
    form = html.unescape(_client(personas.wendy).get(link).content.decode())
    assert f">{reason}</textarea>" in form
