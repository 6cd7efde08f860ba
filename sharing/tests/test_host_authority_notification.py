"""An out-of-borough placement needs the host authority notified and acknowledging (CPPCR 2010 reg 13, SI
2013/3239): HOST_NOT_NOTIFIED to the worker and the manager after 5 working days. A PlacementNotification to the
area authority on the care record counts as the notification (not keyed twice); only a record of information
shared can carry the host's acknowledgement, which closes the alert."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from casework.statutory_records import NotificationRecipient, PlacementNotification
from lantern.child_records import child_record_save
from sharing.alerting import SHARING_KINDS
from sharing.checklist import State
from sharing.selectors import checklist_of
from sharing.tests.factories import placement, share

START = datetime.date(2026, 3, 2)
LATE = datetime.date(2026, 3, 16)


def _host_titles() -> dict[str, str]:
    found = Alert.objects.filter(kind=AlertKind.HOST_NOT_NOTIFIED, closed_on__isnull=True)
    return {a.recipient.username: a.title for a in found.select_related("recipient")}


@pytest.mark.django_db
def test_the_area_authority_notification_counts_and_the_acknowledgement_closes_it(personas: Any) -> None:
    away = placement(personas, start=START, in_authority=False, carer="Lee and Kim Invented")
    alerts_run(today=LATE, kinds=SHARING_KINDS)
    prefix = "Robin Fictional is placed out of borough with Lee and Kim Invented: the host authority"
    assert _host_titles() == {
        name: f"{prefix} has not been notified of the placement (due 9 Mar 2026)" for name in ("wendy", "mia")
    }
    notice = PlacementNotification(
        child=personas.child,
        placement=away,
        recipient=NotificationRecipient.AREA_AUTHORITY,
        sent_on=datetime.date(2026, 3, 3),
    )
    child_record_save(actor=personas.wendy, instance=notice, date_field="sent_on")
    host = checklist_of(away, today=LATE).for_host()
    assert host is not None and host.state == State.WAITING
    alerts_run(today=LATE, kinds=SHARING_KINDS)
    assert _host_titles()["wendy"] == (
        f"{prefix} has not acknowledged the notification of the placement (due 9 Mar 2026)"
    )
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(
        f"/children/{personas.child.pk}/information-shared/placements/{away.pk}/"
    ).content.decode()
    assert "The host authority" in page and "Shared, not acknowledged" in page
    share(
        personas,
        item="placement_notification",
        recipient="Example Borough Council",
        recipient_kind="host_authority",
        placement=away,
        shared_on=datetime.date(2026, 3, 3),
        acknowledged_on=datetime.date(2026, 3, 10),
    )
    alerts_run(today=LATE, kinds=SHARING_KINDS)
    assert _host_titles() == {}
    assert Alert.objects.filter(kind=AlertKind.HOST_NOT_NOTIFIED, closed_on=LATE).count() == 2


@pytest.mark.django_db
def test_an_in_borough_placement_needs_no_host_notification(personas: Any) -> None:
    placement(personas, start=START, in_authority=True)
    alerts_run(today=LATE, kinds=SHARING_KINDS)
    assert _host_titles() == {}
    assert Alert.objects.filter(kind=AlertKind.SHARING_INCOMPLETE).count() == 2
