"""At a glance on the child's page: the legal status and placement now, and the key events of the last 90 days
(an entry 10 days old is there, a routine one and one older than 90 days are not)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from chronology.tests.factories import ChronologyEntryFactory


@pytest.mark.django_db
def test_legal_status_placement_and_recent_key_events(personas: Any) -> None:
    today = timezone.localdate()
    for days, what, significance in (
        (10, "Strategy discussion held after an online contact", "significant"),
        (12, "Routine visit, all well", "routine"),
        (120, "Moved school in the spring", "critical"),
    ):
        ChronologyEntryFactory(
            child=personas.child,
            occurred_on=today - datetime.timedelta(days=days),
            what_happened=what,
            significance=significance,
        )
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/").content.decode()
    glance = page.split("At a glance")[1]
    legal = glance.split("Legal status now</dt>")[1].split("</dd>")[0]
    assert f"{personas.child.get_legal_status_display()}, since 10 Jan 2024" in legal
    placement = glance.split("Placement now</dt>")[1].split("</dd>")[0]
    assert "Sam and Alex Carer" in placement and "since 10 Jan 2024" in placement
    key = glance.split("Key events in the last 90 days</h3>")[1].split("All key events")[0]
    ten_days_ago = today - datetime.timedelta(days=10)
    assert f"{ten_days_ago.day} {ten_days_ago:%b %Y}: Strategy discussion held after an online contact" in key
    assert "Routine visit" not in key
    assert "Moved school" not in key
