"""The sharing log pages: what was shared with whom, when, how, acknowledged or waiting (for how many days),
filtered by placement; recording it (a network member fills the recipient), its form errors (acknowledged before
shared, "something else" without a description), changing and deleting it with a reason; the checklist page of a
placement with its "Record that it was shared" link, prefilled."""

from __future__ import annotations

import datetime
import html
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import AuditEvent
from sharing.models import SharedInformation
from sharing.tests.factories import carl_in_network, placement, share


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _log(personas: Any) -> str:
    return f"/children/{personas.child.pk}/information-shared/"


def _form(**changes: str) -> dict[str, str]:
    return {
        "item": "care_plan",
        "recipient": "Sam and Alex Carer",
        "recipient_kind": "carer",
        "shared_on": "5/1/2026",
        "method": "secure_email",
        **changes,
    }


@pytest.mark.django_db
def test_the_log_shows_what_was_shared_and_how_long_it_has_waited(personas: Any) -> None:
    today = timezone.localdate()
    share(personas, item="care_plan", shared_on=today - datetime.timedelta(days=4))
    share(
        personas,
        item="history_summary",
        shared_on=datetime.date(2024, 1, 11),
        acknowledged_on=datetime.date(2024, 1, 12),
        acknowledged_by="Sam Carer",
    )
    page = html.unescape(_client(personas.wendy).get(_log(personas)).content.decode())
    assert "Care plan" in page and "Waiting for acknowledgement: 4 days" in page
    assert "Acknowledged on 12 Jan 2024 by Sam Carer" in page
    assert "Sam and Alex Carer" in page and "Secure email" in page
    assert "Record information shared" in page


@pytest.mark.django_db
def test_the_log_is_filtered_by_placement(personas: Any) -> None:
    old = share(personas, item="care_plan", shared_on=datetime.date(2024, 1, 11))
    new = placement(personas, start=datetime.date(2026, 3, 2), carer="Lee and Kim Invented")
    latest = share(personas, item="risk_plan", shared_on=datetime.date(2026, 3, 3), placement=new)
    client = _client(personas.wendy)
    everything = client.get(_log(personas)).content.decode()
    assert f'id="record-{old.pk}"' in everything and f'id="record-{latest.pk}"' in everything
    only_new = client.get(_log(personas), {"placement": str(new.pk)}).content.decode()
    assert "Shared for the placement with Lee and Kim Invented" in only_new
    assert f'id="record-{latest.pk}"' in only_new
    assert f'id="record-{old.pk}"' not in only_new


@pytest.mark.django_db
def test_recording_it_with_a_network_member_fills_the_name_and_kind(personas: Any) -> None:
    carl = carl_in_network(personas)
    data = _form(member=str(carl.pk), recipient="", recipient_kind="", item="placement_plan")
    response = _client(personas.wendy).post(f"{_log(personas)}new/", data)
    assert response.status_code == 302
    saved = SharedInformation.objects.get(child=personas.child)
    assert (saved.recipient, saved.recipient_kind, saved.shared_by) == ("Carl Carer", "carer", personas.wendy)
    assert AuditEvent.objects.filter(object_id=str(saved.pk), action="create").exists()


@pytest.mark.django_db
def test_acknowledged_before_it_was_shared_is_refused(personas: Any) -> None:
    data = _form(acknowledged_on="4/1/2026", acknowledged_by="Sam Carer")
    response = _client(personas.wendy).post(f"{_log(personas)}new/", data)
    assert response.status_code == 200
    assert "It cannot be acknowledged before it was shared" in html.unescape(response.content.decode())
    assert not SharedInformation.objects.exists()


@pytest.mark.django_db
def test_something_else_needs_a_description(personas: Any) -> None:
    response = _client(personas.wendy).post(f"{_log(personas)}new/", _form(item="other"))
    assert "Describe what was shared" in response.content.decode()
    assert not SharedInformation.objects.exists()
    response = _client(personas.wendy).post(
        f"{_log(personas)}new/", _form(item="other", description="School reports")
    )
    assert response.status_code == 302
    assert SharedInformation.objects.get().description == "School reports"


@pytest.mark.django_db
def test_without_a_recipient_it_says_who_to_enter(personas: Any) -> None:
    response = _client(personas.wendy).post(f"{_log(personas)}new/", _form(recipient="", recipient_kind=""))
    page = response.content.decode()
    assert "Enter who it was shared with, or choose them from the network" in page
    assert not SharedInformation.objects.exists()


@pytest.mark.django_db
def test_changing_and_deleting_with_a_reason(personas: Any) -> None:
    shared = share(personas, item="care_plan", shared_on=datetime.date(2024, 1, 11))
    client = _client(personas.wendy)
    edit = f"{_log(personas)}{shared.pk}/edit/"
    data = _form(shared_on="11/1/2024", acknowledged_on="15/1/2024", acknowledged_by="Sam Carer", version="1")
    assert client.post(edit, data).status_code == 302
    shared.refresh_from_db()
    assert shared.acknowledged_on == datetime.date(2024, 1, 15)
    delete = f"{_log(personas)}{shared.pk}/delete/"
    assert "Give the reason for deleting it" in client.post(delete, {"reason": ""}).content.decode()
    assert client.post(delete, {"reason": "Recorded on the wrong child"}).status_code == 302
    assert not SharedInformation.objects.exists()
    assert AuditEvent.objects.filter(
        object_id=str(shared.pk), action="delete", reason="Recorded on the wrong child"
    ).exists()


@pytest.mark.django_db
def test_the_checklist_page_links_to_a_prefilled_form(personas: Any) -> None:
    new = placement(personas, start=datetime.date(2026, 3, 2), carer="Lee and Kim Invented")
    carl = carl_in_network(personas)
    share(
        personas,
        item="history_summary",
        shared_on=datetime.date(2026, 3, 2),
        placement=new,
        member=carl,
        acknowledged_on=datetime.date(2026, 3, 3),
    )
    client = _client(personas.wendy)
    page = html.unescape(client.get(f"{_log(personas)}placements/{new.pk}/").content.decode())
    assert "Sharing checklist of the placement with Lee and Kim Invented" in page
    assert "due by 9 Mar 2026" in page and "Overdue" in page
    assert "Shared and acknowledged" in page and page.count("Not shared") == 2  # care and placement plans
    link = f"{_log(personas)}new/?placement={new.pk}&item=care_plan&recipient_kind=carer&member={carl.pk}"
    assert link in page
    form = client.get(link.split("&recipient=")[0]).content.decode()
    assert f'<option value="{new.pk}" selected>' in form
    assert f'<option value="{carl.pk}" selected>' in form
    assert '<option value="care_plan" selected>' in form
    log = client.get(_log(personas)).content.decode()
    assert "Sharing checklist of the current placement" in log and f"placements/{new.pk}/" in log
    first = personas.child.placements.get(start_date=datetime.date(2024, 1, 10))
    assert f"placements/{first.pk}/" in log and "Overdue since 17 Jan 2024" in log
