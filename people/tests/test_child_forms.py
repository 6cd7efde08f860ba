from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from people.models import Child


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_add_a_child_allocates_the_chosen_worker(personas: Any) -> None:
    response = _signed_in(personas.wendy).post(
        "/children/new/",
        {
            "forename": "Kit",
            "surname": "Madeup",
            "date_of_birth": "14/2/2013",
            "sex": "M",
            "ethnicity": "WBRI",
            "nhs_number": "943 476 5919",
            "worker": personas.wendy.pk,
            "allocated_from": "1/11/2026",
            "legal_status": "V2",
            "legal_status_since": "1/11/2026",
        },
    )
    assert response.status_code == 302
    child = Child.objects.get(person__forename="Kit")
    assert child.person.nhs_number == "9434765919"
    assert child.allocations.get().worker == personas.wendy
    assert AuditEvent.objects.filter(child_id=child.pk, action="create").count() == 3


@pytest.mark.django_db
def test_invalid_identity_shows_gov_uk_errors_and_saves_nothing(personas: Any) -> None:
    before = Child.objects.count()
    response = _signed_in(personas.wendy).post(
        "/children/new/",
        {
            "forename": "",
            "surname": "Madeup",
            "date_of_birth": "31/2/2013",
            "sex": "M",
            "ethnicity": "WBRI",
            "nhs_number": "9434765918",
            "upn": "A12345678901B",
            "worker": personas.wendy.pk,
            "allocated_from": "1/11/2026",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "There is a problem" in content
    assert 'href="#id_forename"' in content
    assert "Enter a real date" in content
    assert "Enter a valid NHS number" in content
    assert "Enter a valid UPN" in content
    assert Child.objects.count() == before


@pytest.mark.django_db
def test_edit_child_records_the_change_with_its_diff(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/edit/")
    assert b'value="Robin"' in page.content
    data = {
        "forename": "Robin",
        "surname": "Fictional",
        "date_of_birth": "17/5/2011",
        "sex": "F",
        "ethnicity": "WBRI",
        "local_id": "900001",
        "legal_status": "C2",
        "upn": "",
        "nhs_number": "",
    }
    data["ethnicity"] = "MWBC"
    assert client.post(f"/children/{personas.child.pk}/edit/", data).status_code == 302
    change = AuditEvent.objects.filter(
        child_id=personas.child.pk, action="update", object_type="person"
    ).get()
    assert change.diff is not None and change.diff["ethnicity"] == ["WBRI", "MWBC"]
    assert personas.child.person.history.count() == 2


@pytest.mark.django_db
def test_upn_and_reason_unknown_together_are_refused(personas: Any) -> None:
    data = {
        "forename": "Robin",
        "surname": "Fictional",
        "sex": "F",
        "ethnicity": "WBRI",
        "local_id": "900001",
        "upn": "A12345678901B",
        "upn_unknown": "UN4",
    }
    from people.identifiers import upn_check_letter

    data["upn"] = upn_check_letter("123456789012") + "123456789012"
    response = _signed_in(personas.wendy).post(f"/children/{personas.child.pk}/edit/", data)
    assert b"Give either a UPN or the reason it is unknown" in response.content
