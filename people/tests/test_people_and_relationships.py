from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from people.models import Person, Relationship


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_add_a_grandparent_with_an_alias(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    response = client.post(
        f"/children/{personas.child.pk}/people/new/",
        {
            "forename": "Pat",
            "surname": "Elder",
            "sex": "F",
            "ethnicity": "WBRI",
            "date_of_birth": "3/3/1960",
            "kind": "grandparent",
            "direction": "to_child",
            "description": "Maternal grandmother, sees Robin weekly",
        },
    )
    assert response.status_code == 302
    grandmother = Person.objects.get(surname="Elder")
    relationship = Relationship.objects.get(person_a=grandmother)
    assert relationship.person_b == personas.child.person and relationship.kind == "grandparent"
    client.post(
        f"/children/{personas.child.pk}/people/{grandmother.pk}/names/new/",
        {"kind": "alias", "name": "Nana P"},
    )
    page = client.get(f"/children/{personas.child.pk}/").content.decode()
    assert "Pat Elder" in page and "also known as Nana P" in page and "Grandparent" in page


@pytest.mark.django_db
def test_empty_person_form_lists_every_error(personas: Any) -> None:
    response = _signed_in(personas.wendy).post(f"/children/{personas.child.pk}/people/new/", {})
    content = response.content.decode()
    assert "There is a problem" in content
    assert (
        'href="#id_forename"' in content and 'href="#id_surname"' in content and 'href="#id_kind"' in content
    )
    assert "Enter the first name" in content and "Select the relationship to the child" in content


@pytest.mark.django_db
def test_relationship_ending_before_it_starts_is_refused(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    r = personas.mother_relationship
    response = client.post(
        f"/children/{personas.child.pk}/relationships/{r.pk}/edit/",
        {
            "person_a": personas.mother.pk,
            "kind": "parent",
            "person_b": personas.child.pk,
            "start_date": "1/1/2020",
            "end_date": "1/1/2019",
        },
    )
    assert b"End date must be on or after the start date" in response.content
    r.refresh_from_db()
    assert r.end_date is None


@pytest.mark.django_db
def test_edit_relationship_is_audited_and_kept_in_history(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    r = personas.mother_relationship
    response = client.post(
        f"/children/{personas.child.pk}/relationships/{r.pk}/edit/",
        {
            "person_a": personas.mother.pk,
            "kind": "parent",
            "person_b": personas.child.pk,
            "parental_responsibility": "",
            "description": "PR removed by court order",
        },
    )
    assert response.status_code == 302
    r.refresh_from_db()
    assert not r.parental_responsibility
    event = AuditEvent.objects.get(action="update", object_type="relationship")
    assert event.diff is not None and event.diff["parental_responsibility"] == [True, False]
    assert r.history.count() == 2


@pytest.mark.django_db
def test_relationship_between_the_parents_for_the_genogram(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    client.post(
        f"/children/{personas.child.pk}/people/new/",
        {
            "forename": "Lee",
            "surname": "Fictional",
            "sex": "M",
            "ethnicity": "WBRI",
            "kind": "parent",
            "direction": "to_child",
            "parental_responsibility": "on",
        },
    )
    father = Person.objects.get(forename="Lee")
    response = client.post(
        f"/children/{personas.child.pk}/relationships/new/",
        {
            "person_a": father.pk,
            "kind": "former_partner",
            "person_b": personas.mother.pk,
            "end_date": "1/6/2018",
        },
    )
    assert response.status_code == 302
    assert Relationship.objects.filter(
        person_a=father, person_b=personas.mother, kind="former_partner"
    ).exists()


@pytest.mark.django_db
def test_removing_a_relationship_is_audited(personas: Any) -> None:
    client = _signed_in(personas.wendy)
    r = personas.mother_relationship
    assert client.post(f"/children/{personas.child.pk}/relationships/{r.pk}/delete/").status_code == 302
    assert not Relationship.objects.filter(pk=r.pk).exists()
    assert AuditEvent.objects.filter(
        action="delete", object_type="relationship", child_id=personas.child.pk
    ).exists()
