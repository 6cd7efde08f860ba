"""Concerns raised by partners from their own view (a police officer, a carer), read and answered by the allocated
social worker; a concern never changes once raised, and the return interview service cannot raise one."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from network import services
from network.models import Concern
from network.tests.factories import ago


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form(**more: str) -> dict[str, str]:
    return {
        "noticed_on": ago(1).strftime("%d/%m/%Y"),
        "concern": "Robin was picked up by an older man",
    } | more


@pytest.mark.django_db
def test_a_police_officer_raises_a_concern_in_their_agencys_name(personas: Any) -> None:
    child = personas.child
    pat = _client(personas.pat)
    form = pat.get(f"/children/{child.pk}/network/concerns/new/").content.decode()
    assert 'name="agency"' not in form and "raised as from Example Constabulary" in form
    response = pat.post(
        f"/children/{child.pk}/network/concerns/new/", _form(agency="Example Academy", urgent="on")
    )
    assert response.status_code == 302
    concern = Concern.objects.get(child=child)
    assert concern.raised_by == personas.pat and concern.urgent and concern.read_at is None
    assert concern.agency == "Example Constabulary"
    page = pat.get(response["Location"]).content.decode()
    assert "Robin was picked up by an older man" in page and "Not read yet" in page
    assert "Mark as read" not in page


@pytest.mark.django_db
def test_the_worker_reads_and_answers_a_carers_concern(personas: Any) -> None:
    child = personas.child
    _client(personas.carl).post(f"/children/{child.pk}/network/concerns/new/", _form(agency="Foster carer"))
    concern = Concern.objects.get(child=child)
    url = f"/children/{child.pk}/network/concerns/{concern.pk}/read/"
    assert _client(personas.carl).post(url, {"response": "Mine"}).status_code == 404
    wendy = _client(personas.wendy)
    assert "Say what you did about it" in wendy.post(url, {"response": ""}).content.decode()
    response = wendy.post(url, {"response": "Visited Robin the same day", "version": str(concern.version)})
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.read_by == personas.wendy and concern.read_at is not None
    assert concern.response == "Visited Robin the same day"
    listing = _client(personas.carl).get(f"/children/{child.pk}/network/concerns/").content.decode()
    assert "Read by Wendy Worker" in listing


@pytest.mark.django_db
def test_a_concern_cannot_be_changed_once_raised(personas: Any) -> None:
    concern = services.concern_raise(
        actor=personas.pat,
        concern=Concern(child=personas.child, noticed_on=ago(1), concern="First words", agency="Police"),
    )
    concern.concern = "Other words"
    with pytest.raises(ValidationError):
        services.concern_raise(actor=personas.pat, concern=concern)
    assert Concern.objects.get(pk=concern.pk).concern == "First words"


@pytest.mark.django_db
def test_the_return_interview_service_cannot_raise_a_concern(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/network/concerns/new/"
    assert _client(personas.rita).post(url, _form(agency="Return service")).status_code == 404
    assert _client(personas.uma).post(url, _form(agency="Council")).status_code == 404
    assert not Concern.objects.exists()


@pytest.mark.django_db
def test_a_concern_cannot_be_dated_in_the_future(personas: Any) -> None:
    response = _client(personas.pat).post(
        f"/children/{personas.child.pk}/network/concerns/new/",
        _form(agency="Police", noticed_on=ago(-2).strftime("%d/%m/%Y")),
    )
    assert "The date cannot be in the future" in response.content.decode()
    assert not Concern.objects.exists()
