"""Not every placement is chased: a temporary placement (SSDA903 codes T0 to T4) and a placement that started before
the authority began the checklist (LANTERN_SHARING_CHECKLIST_FROM) raise no alert and are never "overdue"; their
checklist still shows, marked. Unset, every current placement is chased; a bad value is a configuration error."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings

from alerts.models import Alert, AlertKind
from alerts.services import alerts_run
from care.codes import PlacementType
from care.services import care_record_save
from sharing.alerting import SHARING_KINDS
from sharing.config import checklist_from
from sharing.selectors import checklist_of
from sharing.tests.factories import placement

START = datetime.date(2026, 3, 2)
LATE = datetime.date(2026, 3, 16)


def _alerts() -> int:
    return Alert.objects.filter(kind__in=SHARING_KINDS, closed_on__isnull=True).count()


@pytest.mark.django_db
def test_a_temporary_placement_is_not_chased(personas: Any) -> None:
    respite = placement(personas, start=START, in_authority=False)
    respite.place = PlacementType.T4
    care_record_save(actor=personas.wendy, record=respite)
    alerts_run(today=LATE, kinds=SHARING_KINDS)
    assert _alerts() == 0
    found = checklist_of(respite, today=LATE)
    assert not found.overdue and found.not_chased == "a temporary placement"
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/information-shared/placements/{respite.pk}/")
    assert "Not chased: a temporary placement" in page.content.decode()
    assert ">Overdue<" not in page.content.decode()


@pytest.mark.django_db
def test_placements_before_the_checklist_began_are_not_chased(personas: Any) -> None:
    new = placement(personas, start=START)
    with override_settings(LANTERN_SHARING_CHECKLIST_FROM="2026-04-01"):
        alerts_run(today=LATE, kinds=SHARING_KINDS)
        assert _alerts() == 0
        found = checklist_of(new, today=LATE)
        assert not found.overdue and found.not_chased == "before the checklist began"
        client = Client()
        client.force_login(personas.wendy)
        page = client.get(f"/children/{personas.child.pk}/information-shared/").content.decode()
        assert "Not chased: before the checklist began" in page
    with override_settings(LANTERN_SHARING_CHECKLIST_FROM="2026-03-02"):
        alerts_run(today=LATE, kinds=SHARING_KINDS)
        assert Alert.objects.filter(kind=AlertKind.SHARING_INCOMPLETE, closed_on__isnull=True).count() == 2


@pytest.mark.django_db
def test_unset_every_current_placement_is_chased(personas: Any) -> None:
    placement(personas, start=START)
    with override_settings(LANTERN_SHARING_CHECKLIST_FROM=None):
        assert checklist_from() is None
        alerts_run(today=LATE, kinds=SHARING_KINDS)
    assert _alerts() == 2


def test_the_setting_is_read_and_checked() -> None:
    with override_settings(LANTERN_SHARING_CHECKLIST_FROM="2026-04-01"):
        assert checklist_from() == datetime.date(2026, 4, 1)
    with override_settings(LANTERN_SHARING_CHECKLIST_FROM=""):
        assert checklist_from() is None
    with (
        override_settings(LANTERN_SHARING_CHECKLIST_FROM="1 April 2026"),
        pytest.raises(ImproperlyConfigured),
    ):
        checklist_from()
