"""The child's care record page: periods of care, legal statuses and placements (each placement with who was told
of it and its placement plans), read by anyone who may see the child, changed only by those who may edit the
record, every change and deletion audited, free text shown exactly and never run."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import LegalStatusRecord, Placement
from casework.statutory_records import PlacementNotification
from chronology.models import ChronologyEntry


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _care(personas: Any) -> str:
    return f"/children/{personas.child.pk}/care/"


def _placement_data(**changes: Any) -> dict[str, Any]:
    return {
        "place": "U6",
        "provider": "PR4",
        "carer": "Oak House Fostering",
        "address": "1 Example Road\nExampletown",
        "postcode": "LN2 2BB",
        "in_authority": "on",
        "start_date": "3/6/2026",
        "end_date": "",
        "change_reason": "",
        "intended_until_18_from": "",
        **changes,
    }


@pytest.mark.django_db
def test_the_care_record_shows_the_period_legal_status_and_placement(personas: Any) -> None:
    page = _client(personas.wendy).get(_care(personas)).content.decode()
    placement = personas.child.placements.get()
    status = personas.child.legal_statuses.get()
    period = personas.child.periods_of_care.get()
    for record in (placement, status, period):
        assert f'id="record-{record.pk}"' in page
    assert "Sam and Alex Carer" in page
    assert "U4: foster with other foster carer, long-term" in page
    assert "C2: Full care order" in page
    assert "Still looked after" in page
    assert "GP told on 12 Jan 2024" in page
    assert "Placement plan of 10 Jan 2024" in page
    assert f"/placements/{placement.pk}/edit/" in page and f"/placements/{placement.pk}/delete/" in page
    assert f"/placement-notifications/new/?placement={placement.pk}" in page
    assert f"/plans/new/?placement={placement.pk}&amp;kind=placement_plan" in page


@pytest.mark.django_db
def test_the_childs_page_links_to_the_record_pages(personas: Any) -> None:
    page = _client(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    for label, path in [
        ("Care record", "care/"),
        ("Visits", "visits/"),
        ("Reviews", "reviews/"),
        ("Plans", "plans/"),
        ("Health", "health/"),
        ("Education (PEPs)", "peps/"),
    ]:
        assert f'href="/children/{personas.child.pk}/{path}">{label}</a>' in page


@pytest.mark.django_db
def test_the_chronology_links_to_the_placement_row(personas: Any) -> None:
    placement = personas.child.placements.get()
    entry = ChronologyEntry.objects.get(source_type="placement", source_id=str(placement.pk))
    page = _client(personas.wendy).get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert f'{_care(personas)}#record-{entry.source_id}"' in page


@pytest.mark.django_db
def test_a_partner_reads_the_care_record_but_cannot_change_it(personas: Any) -> None:
    carl = _client(personas.carl)
    page = carl.get(_care(personas))
    assert page.status_code == 200 and b"Sam and Alex Carer" in page.content
    assert b"/placements/new/" not in page.content and b"Delete" not in page.content
    assert carl.get(f"{_care(personas)}placements/new/").status_code == 404
    assert carl.post(f"{_care(personas)}placements/new/", _placement_data()).status_code == 404
    assert not Placement.objects.filter(carer="Oak House Fostering").exists()
    assert AuditEvent.objects.filter(
        actor=personas.carl, action="refusal", reason="care:placement-add needs edit"
    ).exists()


@pytest.mark.django_db
def test_an_unrelated_worker_gets_404_and_nothing_about_the_child(personas: Any) -> None:
    uma = _client(personas.uma)
    placement = personas.child.placements.get()
    for path in (
        "",
        "placements/new/",
        f"placements/{placement.pk}/edit/",
        f"placements/{placement.pk}/delete/",
    ):
        response = uma.get(_care(personas) + path)
        assert response.status_code == 404 and b"Sam and Alex Carer" not in response.content
    uma.post(f"{_care(personas)}placements/{placement.pk}/delete/", {"reason": "tidying"})
    assert Placement.objects.filter(pk=placement.pk).exists()


@pytest.mark.django_db
def test_a_worker_ends_one_placement_and_records_the_next(personas: Any) -> None:
    wendy = _client(personas.wendy)
    first = personas.child.placements.get()
    response = wendy.post(
        f"{_care(personas)}placements/{first.pk}/edit/",
        _placement_data(
            place="U4",
            provider="PR1",
            carer="Sam and Alex Carer",
            address="",
            postcode="LN1 1AA",
            start_date="10/1/2024",
            end_date="2/6/2026",
            change_reason="CARPL",
            version=first.version,
        ),
    )
    assert response.status_code == 302 and response["Location"] == f"{_care(personas)}#record-{first.pk}"
    response = wendy.post(f"{_care(personas)}placements/new/", _placement_data())
    assert response.status_code == 302
    second = Placement.objects.get(carer="Oak House Fostering")
    assert response["Location"] == f"{_care(personas)}#record-{second.pk}"
    page = wendy.get(_care(personas)).content.decode()
    assert "Oak House Fostering, from 3 Jun 2026" in page
    assert "Sam and Alex Carer, from 10 Jan 2024 to 2 Jun 2026" in page
    assert "1 Example Road<br>Exampletown" in page
    assert "Change to the care plan" in page
    assert AuditEvent.objects.filter(
        action="create", object_type="placement", object_id=str(second.pk), actor=personas.wendy
    ).exists()
    update = AuditEvent.objects.get(action="update", object_type="placement", object_id=str(first.pk))
    assert update.diff is not None and update.diff["end_date"][1] == "2026-06-02"


@pytest.mark.django_db
def test_who_was_told_is_recorded_from_the_placement_row(personas: Any) -> None:
    wendy = _client(personas.wendy)
    placement = personas.child.placements.get()
    url = f"/children/{personas.child.pk}/placement-notifications/new/?placement={placement.pk}"
    form = wendy.get(url).content.decode()
    assert f'<option value="{placement.pk}" selected>' in form
    response = wendy.post(url, {"placement": placement.pk, "recipient": "school", "sent_on": "13/1/2024"})
    notification = PlacementNotification.objects.get(recipient="school")
    assert response["Location"] == f"{_care(personas)}#record-{notification.pk}"
    page = wendy.get(_care(personas)).content.decode()
    assert f'id="record-{notification.pk}">School told on 13 Jan 2024' in page


@pytest.mark.django_db
def test_a_legal_status_is_deleted_with_a_reason_that_is_audited(personas: Any) -> None:
    wendy = _client(personas.wendy)
    status = personas.child.legal_statuses.get()
    url = f"{_care(personas)}legal-statuses/{status.pk}/delete/"
    confirm = wendy.get(url).content.decode()
    assert "Delete this legal status?" in confirm and "C2: Full care order" in confirm

    refused = wendy.post(url, {"reason": ""}).content.decode()
    assert "Give the reason for deleting it" in refused
    assert LegalStatusRecord.objects.filter(pk=status.pk).exists()

    response = wendy.post(url, {"reason": "Entered against the wrong child"})
    assert response.status_code == 302
    assert not LegalStatusRecord.objects.filter(pk=status.pk).exists()
    deleted = AuditEvent.objects.get(
        action="delete", object_type="legalstatusrecord", object_id=str(status.pk)
    )
    assert deleted.reason == "Entered against the wrong child" and deleted.actor == personas.wendy
    personas.child.refresh_from_db()
    assert personas.child.legal_status == ""  # the child's summary follows the records


@pytest.mark.django_db
def test_a_placement_with_notifications_is_not_deleted_until_they_are(personas: Any) -> None:
    wendy = _client(personas.wendy)
    placement = personas.child.placements.get()
    url = f"{_care(personas)}placements/{placement.pk}/delete/"
    response = wendy.post(url, {"reason": "Duplicate"})
    assert response.status_code == 200
    assert "Delete this placement’s notifications and placement plans first" in response.content.decode()
    assert Placement.objects.filter(pk=placement.pk).exists()
    assert not AuditEvent.objects.filter(action="delete", object_type="placement").exists()


@pytest.mark.django_db
def test_a_period_with_a_placement_in_it_is_not_deleted(personas: Any) -> None:
    period = personas.child.periods_of_care.get()
    response = _client(personas.wendy).post(
        f"{_care(personas)}periods/{period.pk}/delete/", {"reason": "Wrong dates"}
    )
    assert response.status_code == 200
    assert (
        "Remove the legal statuses and placements in this period of care first" in response.content.decode()
    )
    assert personas.child.periods_of_care.filter(pk=period.pk).exists()


@pytest.mark.django_db
def test_the_second_of_two_edits_of_a_placement_is_refused(personas: Any) -> None:
    placement = personas.child.placements.get()
    url = f"{_care(personas)}placements/{placement.pk}/edit/"
    wendy, mia = _client(personas.wendy), _client(personas.mia)
    assert b'name="version" value="1"' in wendy.get(url).content
    base = {"place": "U4", "provider": "PR1", "start_date": "10/1/2024", "postcode": "LN1 1AA", "version": 1}
    assert mia.post(url, _placement_data(**base, carer="Sam Carer")).status_code == 302
    refused = wendy.post(url, _placement_data(**base, carer="Alex Carer"))
    assert refused.status_code == 200
    assert b"Someone else changed this placement after you opened it" in refused.content
    placement.refresh_from_db()
    assert placement.carer == "Sam Carer" and placement.version == 2
    kept = AuditEvent.objects.get(action="refusal", object_type="placement", actor=personas.wendy)
    assert kept.diff is not None and kept.diff["carer"] == ["Sam Carer", "Alex Carer"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hostile", ["<script>alert('x')</script>", '"><img src=x onerror=alert(1)>', "Jo \u202eCarer\u200b"]
)
def test_hostile_text_is_kept_exactly_and_shown_as_text(personas: Any, hostile: str) -> None:
    wendy = _client(personas.wendy)
    placement = personas.child.placements.get()
    data = _placement_data(
        place="U4",
        provider="PR1",
        carer=hostile,
        address=hostile,
        start_date="10/1/2024",
        postcode="LN1 1AA",
        version=placement.version,
    )
    assert wendy.post(f"{_care(personas)}placements/{placement.pk}/edit/", data).status_code == 302
    placement.refresh_from_db()
    assert placement.carer == hostile and placement.address == hostile
    page = wendy.get(_care(personas)).content.decode()
    assert html.escape(hostile) in page
    if "<" in hostile:
        assert hostile not in page
