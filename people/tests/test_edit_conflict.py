"""Two people editing the same record: the second save is refused with a clear message, nothing is lost (the
record keeps the first change, the audit log keeps the refused one), and nobody silently overwrites anybody."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from lantern.api.auth import token_issue


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _relationship_form(personas: Any, version: int, description: str) -> dict[str, Any]:
    return {
        "person_a": personas.mother.pk,
        "kind": "parent",
        "person_b": personas.child.pk,
        "parental_responsibility": "on",
        "description": description,
        "version": version,
    }


@pytest.mark.django_db
def test_the_second_of_two_edits_is_refused_and_kept(personas: Any) -> None:
    r = personas.mother_relationship
    url = f"/children/{personas.child.pk}/relationships/{r.pk}/edit/"
    wendy, mia = _signed_in(personas.wendy), _signed_in(personas.mia)
    assert b'name="version" value="1"' in wendy.get(url).content  # both open version 1
    assert mia.post(url, _relationship_form(personas, 1, "Mia: contact supervised")).status_code == 302

    refused = wendy.post(url, _relationship_form(personas, 1, "Wendy: contact weekly"))

    assert refused.status_code == 200
    assert b"Someone else changed this relationship after you opened it" in refused.content
    r.refresh_from_db()
    assert r.description == "Mia: contact supervised" and r.version == 2
    kept = AuditEvent.objects.get(action="refusal", object_type="relationship", actor=personas.wendy)
    assert kept.diff is not None
    assert kept.diff["description"] == ["Mia: contact supervised", "Wendy: contact weekly"]


@pytest.mark.django_db
def test_api_answers_409_to_a_stale_version(personas: Any) -> None:
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    url = f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}"
    assert api.get(url).json()["version"] == 1
    assert (
        api.patch(url, {"phone": "07700 900001", "version": 1}, content_type="application/json").status_code
        == 200
    )
    stale = api.patch(url, {"phone": "07700 900002", "version": 1}, content_type="application/json")
    assert stale.status_code == 409 and "Someone else changed this person" in stale.json()["detail"]
    personas.mother.refresh_from_db()
    assert personas.mother.phone == "07700 900001"


@pytest.mark.django_db
def test_an_edit_that_changes_nothing_does_not_move_the_version(personas: Any) -> None:
    from people.services import relationship_update

    r = personas.mother_relationship
    relationship_update(actor=personas.wendy, child=personas.child, relationship=r, data={"version": 1})
    r.refresh_from_db()
    assert r.version == 1


@pytest.mark.django_db
def test_a_save_without_a_version_still_cannot_overwrite_a_newer_change(personas: Any) -> None:
    from audit.recording import EditConflict
    from people.models import Person
    from people.services import person_update

    first, second = Person.objects.get(pk=personas.mother.pk), Person.objects.get(pk=personas.mother.pk)
    person_update(actor=personas.wendy, child=personas.child, person=first, data={"phone": "07700 900003"})
    with pytest.raises(EditConflict):
        person_update(
            actor=personas.mia, child=personas.child, person=second, data={"address": "2 Example Row"}
        )
    personas.mother.refresh_from_db()
    assert personas.mother.phone == "07700 900003" and personas.mother.address == ""


@pytest.mark.django_db
def test_a_refused_child_edit_keeps_every_change_asked_for(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/edit/"
    data = {
        "forename": "Robyn",
        "surname": "Fictional",
        "sex": "F",
        "ethnicity": "WBRI",
        "local_id": "900001",
        "legal_status": "C2",
        "version": 1,
        "child_version": 1,
    }
    _signed_in(personas.mia).post(url, {**data, "forename": "Robin", "legal_status": "C1"})
    refused = _signed_in(personas.wendy).post(url, data)
    assert b"Someone else changed this" in refused.content
    kept = AuditEvent.objects.get(action="refusal", actor=personas.wendy)
    assert kept.diff is not None and kept.diff["forename"][1] == "Robyn"
    personas.child.person.refresh_from_db()
    assert personas.child.person.forename == "Robin"
