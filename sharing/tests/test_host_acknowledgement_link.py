"""When a casework notification to the area authority counts as the host notification, the host line waits with no
record of information shared to acknowledge: it offers "Record their acknowledgement", the add form prefilled with
the notification (item, the host authority from the network, the day it was sent), so the worker records only the
acknowledgement and the line closes."""

from __future__ import annotations

import datetime
import html
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from casework.statutory_records import NotificationRecipient, PlacementNotification
from lantern.child_records import child_record_save
from network.models import AgencyKind
from sharing.checklist import State
from sharing.selectors import checklist_of
from sharing.tests.factories import member, placement

START = datetime.date(2026, 3, 2)
SENT = datetime.date(2026, 3, 3)


@pytest.mark.django_db
def test_the_waiting_host_line_links_to_a_prefilled_acknowledgement(personas: Any) -> None:
    away = placement(personas, start=START, in_authority=False)
    host = member(personas, kind=AgencyKind.HOST_AUTHORITY, name="Example Borough Council")
    notice = PlacementNotification(
        child=personas.child, placement=away, recipient=NotificationRecipient.AREA_AUTHORITY, sent_on=SENT
    )
    child_record_save(actor=personas.wendy, instance=notice, date_field="sent_on")
    client = Client()
    client.force_login(personas.wendy)
    page = html.unescape(
        client.get(f"/children/{personas.child.pk}/information-shared/placements/{away.pk}/").content.decode()
    )
    assert page.count("Record their acknowledgement") == 1
    start = page.index('href="', page.rindex("<a", 0, page.index("Record their acknowledgement"))) + 6
    link = page[start : page.index('"', start)]
    query = {name: values[0] for name, values in parse_qs(urlsplit(link).query).items()}
    assert query == {
        "placement": str(away.pk),
        "item": "placement_notification",
        "recipient_kind": "host_authority",
        "member": str(host.pk),
        "recipient": "Example Borough Council",
        "shared_on": "3/3/2026",
    }
    form = html.unescape(client.get(link).content.decode())
    assert 'value="3/3/2026"' in form and f'<option value="{host.pk}" selected>' in form
    posted = {**query, "method": "post", "acknowledged_on": "10/3/2026", "acknowledged_by": "Jo Invented"}
    assert client.post(link.split("?")[0], posted).status_code == 302
    line = checklist_of(away, today=datetime.date(2026, 3, 16)).for_host()
    assert line is not None and line.state == State.DONE and not line.notified_only
