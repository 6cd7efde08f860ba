"""Adding and changing a register entry: skills and support as checkboxes, errors summarised at the top (an oldest
age under the youngest refused), every change audited, and a change someone else made first refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import CarerProvider, Skill, Support
from care.tests.factories import CarerProviderFactory

_VALID = {
    "reference": "FC-EX-77",
    "name": "Example Willow Household",
    "kind": "own_foster",
    "status": "active",
    "min_age": "10",
    "max_age": "17",
    "places": "2",
    "sex_limit": "any",
    "skills": [Skill.ADOLESCENTS, Skill.EXPLOITATION],
    "support": [Support.OUT_OF_HOURS],
    "area": "Fictionalton",
    "in_authority": "on",
    "easting": "451000",
    "northing": "351000",
}


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_manager_adds_an_entry_with_its_skills(personas: Any) -> None:
    form = _client(personas.mia).get("/carers/new/").content.decode()
    assert 'type="checkbox" value="exploitation"' in form
    response = _client(personas.mia).post("/carers/new/", _VALID)
    carer = CarerProvider.objects.get(reference="FC-EX-77")
    assert response.status_code == 302 and response["Location"] == f"/carers/{carer.pk}/"
    assert carer.skills == ["adolescents", "exploitation"]
    assert carer.support == ["out_of_hours"]
    assert AuditEvent.objects.filter(actor=personas.mia, action="create", object_id=str(carer.pk)).exists()


@pytest.mark.django_db
def test_an_oldest_age_under_the_youngest_is_refused(personas: Any) -> None:
    response = _client(personas.mia).post("/carers/new/", {**_VALID, "min_age": "12", "max_age": "8"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert page.count("The oldest age must be the same as or above the youngest") == 2  # summary and field
    assert not CarerProvider.objects.exists()


@pytest.mark.django_db
def test_missing_answers_say_what_to_do(personas: Any) -> None:
    page = _client(personas.mia).post("/carers/new/", {"status": "active"}).content.decode()
    assert "Enter the register reference" in page
    assert "Enter the name of the carer or home" in page
    assert "Select the kind of carer or provider" in page


@pytest.mark.django_db
def test_a_change_is_audited_and_a_stale_version_refused(personas: Any) -> None:
    carer: Any = CarerProviderFactory(reference="FC-EX-78", name="Example Oak Household")
    client = _client(personas.mia)
    changed = {
        **_VALID,
        "reference": "FC-EX-78",
        "name": "Example Oak Household",
        "places": "3",
        "version": "1",
    }
    assert client.post(f"/carers/{carer.pk}/edit/", changed).status_code == 302
    carer.refresh_from_db()
    assert (carer.places, carer.version) == (3, 2)
    update = AuditEvent.objects.get(actor=personas.mia, action="update", object_id=str(carer.pk))
    assert (update.diff or {})["places"] == [2, 3]
    stale = client.post(f"/carers/{carer.pk}/edit/", {**changed, "places": "4", "version": "1"})
    assert "Someone else changed this" in stale.content.decode()
    carer.refresh_from_db()
    assert carer.places == 3
