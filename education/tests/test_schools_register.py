"""The schools register: staff and the virtual school search it by name or URN; team managers, administrators and
the virtual school add and change schools (a URN is digits only); carers and the police do not see it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from education.models import School
from education.tests.factories import make_school, virtual_school_teacher


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_staff_search_the_register_by_name_or_urn(personas: Any) -> None:
    make_school(name="Fictional Grammar School", urn="999321")
    make_school(name="Example Infant School")
    wendy = _client(personas.wendy)
    by_name = wendy.get("/schools/?q=grammar").content.decode()
    assert "Fictional Grammar School" in by_name and "Example Infant School" not in by_name
    assert "Fictional Grammar School" in wendy.get("/schools/?q=999321").content.decode()
    assert "Add a school" not in by_name  # a social worker reads it
    assert _client(personas.carl).get("/schools/").status_code == 404
    assert _client(personas.pat).get("/schools/").status_code == 404


@pytest.mark.django_db
def test_the_virtual_school_adds_a_school_and_a_bad_urn_is_refused(personas: Any) -> None:
    vera = _client(virtual_school_teacher(personas.child))
    fields = {"name": "Example Studio School", "authority": "Lantern Borough Council", "phase": "secondary"}
    refused = vera.post("/schools/new/", {**fields, "urn": "12AB"}).content.decode()
    assert "There is a problem" in refused and "A URN is digits only" in refused
    assert vera.post("/schools/new/", {**fields, "urn": "999654"}).status_code == 302
    school = School.objects.get(urn="999654")
    assert _client(personas.wendy).get(f"/schools/{school.pk}/edit/").status_code == 404
    changed = _client(personas.mia).post(
        f"/schools/{school.pk}/edit/",
        {**fields, "urn": "999654", "designated_teacher": "Dana Example", "version": school.version},
    )
    assert changed.status_code == 302
    school.refresh_from_db()
    assert school.designated_teacher == "Dana Example"
