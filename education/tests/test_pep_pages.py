"""A child's personal education plans through their pages: added, changed and deleted by the worker (audited,
with the reason for a deletion), read by partners, refused before the child's birth or in the future, and 404 for
the unrelated worker."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from chronology.models import ChronologyEntry
from education.models import PersonalEducationPlan


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/peps/{path}"


@pytest.mark.django_db
def test_a_worker_records_a_pep_that_the_page_and_the_chronology_show(personas: Any) -> None:
    wendy = _client(personas.wendy)
    response = wendy.post(
        _url(personas, "new/"),
        {
            "held_on": "12/11/2026",
            "school": "Example Academy",
            "designated_teacher": "Ms Teacher",
            "notes": "Targets: reading\nmaths",
        },
    )
    pep = PersonalEducationPlan.objects.get(school="Example Academy")
    assert response["Location"] == _url(personas, f"#record-{pep.pk}")
    assert pep.recorded_by == personas.wendy
    assert AuditEvent.objects.filter(
        action="create", object_type="personaleducationplan", object_id=str(pep.pk)
    ).exists()
    page = _client(personas.pat).get(_url(personas)).content.decode()
    assert f'id="record-{pep.pk}"' in page and "PEP meeting on 12 Nov 2026" in page
    assert "Targets: reading<br>maths" in page and "Add a PEP" not in page
    assert ChronologyEntry.objects.filter(source_type="pep", source_id=str(pep.pk)).exists()
    chronology = wendy.get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert f"{_url(personas)}#record-{pep.pk}" in chronology


@pytest.mark.django_db
def test_a_pep_date_must_be_real_after_birth_and_not_in_the_future(personas: Any) -> None:
    wendy = _client(personas.wendy)
    empty = wendy.post(_url(personas, "new/"), {"held_on": ""}).content.decode()
    assert '<a href="#id_held_on">Enter the date of the PEP meeting</a>' in empty
    future = wendy.post(_url(personas, "new/"), {"held_on": "1/1/2099"}).content.decode()
    assert "The date cannot be in the future" in future
    before = wendy.post(_url(personas, "new/"), {"held_on": "1/8/2014"}).content.decode()
    assert "The date cannot be before the child&#x27;s date of birth (01/09/2014)" in before
    assert PersonalEducationPlan.objects.filter(child=personas.child).count() == 1


@pytest.mark.django_db
def test_a_pep_is_changed_then_deleted_with_a_reason(personas: Any) -> None:
    wendy = _client(personas.wendy)
    pep = personas.child.peps.get()
    form = wendy.get(_url(personas, f"{pep.pk}/edit/")).content.decode()
    assert 'value="1/3/2024"' in form  # the date as the worker types it
    hostile = "<b>St Example's</b> & \u202eAcademy"
    data = {"held_on": "1/3/2024", "school": hostile, "version": 1}
    assert wendy.post(_url(personas, f"{pep.pk}/edit/"), data).status_code == 302
    pep.refresh_from_db()
    assert pep.school == hostile and pep.version == 2
    page = wendy.get(_url(personas)).content.decode()
    assert html.escape(hostile) in page and "<b>St" not in page

    assert (
        wendy.post(
            _url(personas, f"{pep.pk}/delete/"), {"reason": "Duplicate of the school's copy"}
        ).status_code
        == 302
    )
    assert not PersonalEducationPlan.objects.filter(pk=pep.pk).exists()
    deleted = AuditEvent.objects.get(action="delete", object_type="personaleducationplan")
    assert deleted.reason == "Duplicate of the school's copy" and deleted.actor == personas.wendy


@pytest.mark.django_db
def test_an_unrelated_worker_gets_404_and_a_carer_cannot_write(personas: Any) -> None:
    pep = personas.child.peps.get()
    uma = _client(personas.uma)
    for path in ("", "new/", f"{pep.pk}/edit/", f"{pep.pk}/delete/"):
        response = uma.get(_url(personas, path))
        assert response.status_code == 404 and b"Example Primary" not in response.content
    carl = _client(personas.carl)
    assert carl.post(_url(personas, "new/"), {"held_on": "1/11/2026", "school": "X"}).status_code == 404
    assert not PersonalEducationPlan.objects.filter(school="X").exists()
