"""A child's edit page (and the API) records whether the child is (or was) an unaccompanied asylum-seeking child and the date
that status ceased; a date before birth, after the 18th birthday (903 rule 304) or without UASC is refused."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from people.models import Child


def _edit(personas: Any, **changes: str) -> Any:
    client = Client()
    client.force_login(personas.wendy)
    data = {
        "forename": "Robin",
        "surname": "Fictional",
        "date_of_birth": "17/5/2011",
        "sex": "F",
        "ethnicity": "WBRI",
        "local_id": "900001",
        "legal_status": "C2",
        **changes,
    }
    return client, client.post(f"/children/{personas.child.pk}/edit/", data)


@pytest.mark.django_db
def test_uasc_and_the_date_it_ceased_are_recorded_and_shown(personas: Any) -> None:
    client, response = _edit(personas, uasc="on", uasc_ceased_on="17/5/2029")
    assert response.status_code == 302
    child = Child.objects.get(pk=personas.child.pk)
    assert child.uasc is True
    assert child.uasc_ceased_on == datetime.date(2029, 5, 17)
    page = client.get(f"/children/{child.pk}/").content.decode()
    assert "UASC status ceased on 17 May 2029" in page


@pytest.mark.django_db
def test_a_ceased_date_before_birth_is_refused(personas: Any) -> None:
    _, response = _edit(personas, uasc="on", uasc_ceased_on="1/1/2010")
    assert response.status_code == 200
    assert "Date UASC status ceased must be on or after the date of birth" in response.content.decode()
    assert Child.objects.get(pk=personas.child.pk).uasc_ceased_on is None


@pytest.mark.django_db
def test_a_ceased_date_after_the_18th_birthday_is_refused(personas: Any) -> None:
    _, response = _edit(personas, uasc="on", uasc_ceased_on="18/5/2029")
    assert response.status_code == 200
    assert "on or before the child’s 18th birthday" in response.content.decode()


@pytest.mark.django_db
def test_a_ceased_date_without_uasc_is_refused(personas: Any) -> None:
    _, response = _edit(personas, uasc_ceased_on="1/1/2025")
    assert response.status_code == 200
    assert "Only give the date UASC status ceased for a child who is or was" in response.content.decode()
    assert Child.objects.get(pk=personas.child.pk).uasc_ceased_on is None


@pytest.mark.django_db
def test_the_api_writes_and_reads_back_the_uasc_status(personas: Any) -> None:
    from lantern.api.auth import token_issue

    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    url = f"/api/v1/children/{personas.child.pk}"
    child = client.get(url).json()
    assert child["uasc"] is False and child["uasc_ceased_on"] is None
    changed = client.patch(
        url,
        {"version": child["version"], "uasc": True},
        content_type="application/json",
    )
    assert changed.status_code == 200, changed.content
    assert client.get(url).json()["uasc"] is True
