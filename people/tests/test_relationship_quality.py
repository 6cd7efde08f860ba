"""A relationship records its quality (close, distant, conflict, abuse, cut off) and, for a former partner, how
the partnership ended (separated or divorced): on the form, through the API and in the case bundle. How it ended
is refused, with a clear message, for any other kind of relationship."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import
from bundles.tests.conftest import wipe_records
from bundles.validation import BundleError, schema_errors
from lantern.api.auth import token_issue
from people.models import Relationship
from people.tests.factories import ChildFactory, PersonFactory, RelationshipFactory


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _post(personas: Any, relationship: Relationship, **fields: str) -> Any:
    data = {
        "person_a": relationship.person_a_id,
        "kind": relationship.kind,
        "person_b": relationship.person_b_id,
        "parental_responsibility": "on" if relationship.parental_responsibility else "",
        "version": relationship.version,
        **fields,
    }
    return _signed_in(personas.wendy).post(
        f"/children/{personas.child.pk}/relationships/{relationship.pk}/edit/", data
    )


@pytest.mark.django_db
def test_the_form_offers_quality_and_how_a_partnership_ended(personas: Any) -> None:
    page = (
        _signed_in(personas.wendy).get(f"/children/{personas.child.pk}/relationships/new/").content.decode()
    )
    assert '<select class="govuk-select" id="id_quality" name="quality"' in page
    assert (
        '<option value="" selected>Not recorded</option>' in page and ">Cut off (no contact)</option>" in page
    )
    assert 'id="id_partnership_end"' in page and ">Divorced, or civil partnership dissolved</option>" in page
    assert "Only for a former partner" in page


@pytest.mark.django_db
def test_a_quality_is_saved_and_audited(personas: Any) -> None:
    response = _post(personas, personas.mother_relationship, quality="conflict")
    assert response.status_code == 302
    relationship = Relationship.objects.get(pk=personas.mother_relationship.pk)
    assert relationship.quality == "conflict" and relationship.get_quality_display() == "Conflict"
    assert relationship.history.first().quality == "conflict"


@pytest.mark.django_db
def test_an_unknown_quality_is_refused(personas: Any) -> None:
    response = _post(personas, personas.mother_relationship, quality="hostile")
    assert b"There is a problem" in response.content and b"Select a valid choice" in response.content
    assert Relationship.objects.get(pk=personas.mother_relationship.pk).quality == ""


@pytest.mark.django_db
def test_how_a_partnership_ended_is_refused_unless_a_former_partner(personas: Any) -> None:
    response = _post(personas, personas.mother_relationship, partnership_end="divorced")
    content = response.content.decode()
    assert "There is a problem" in content
    assert 'href="#id_partnership_end">Say how a partnership ended only for a former partner' in content
    assert Relationship.objects.get(pk=personas.mother_relationship.pk).partnership_end == ""


@pytest.mark.django_db
def test_a_divorce_is_saved_for_former_partners(personas: Any) -> None:
    father = PersonFactory(forename="Lee", surname="Fictional", sex="M")
    RelationshipFactory(person_a=father, person_b=personas.child.person)
    former: Any = RelationshipFactory(person_a=father, person_b=personas.mother, kind="former_partner")
    assert _post(personas, former, partnership_end="divorced", quality="cut_off").status_code == 302
    former.refresh_from_db()
    assert (former.partnership_end, former.quality) == ("divorced", "cut_off")


@pytest.mark.django_db
def test_the_api_reads_and_writes_both(personas: Any) -> None:
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    base = f"/api/v1/children/{personas.child.pk}/relationships"
    r = personas.mother_relationship
    patch = api.patch(f"{base}/{r.pk}", {"quality": "close"}, content_type="application/json")
    assert patch.status_code == 200 and patch.json()["quality"] == "close"
    assert patch.json()["partnership_end"] == ""
    refused = api.patch(f"{base}/{r.pk}", {"partnership_end": "separated"}, content_type="application/json")
    assert refused.status_code == 400
    assert "partnership_end" in refused.json()["errors"]
    wrong = api.patch(f"{base}/{r.pk}", {"quality": "hostile"}, content_type="application/json")
    assert wrong.status_code == 422
    listed = {row["id"]: row for row in api.get(base).json()}
    assert listed[str(r.pk)]["quality"] == "close"


@pytest.mark.django_db
def test_both_travel_in_the_case_bundle() -> None:
    child: Any = ChildFactory(person=PersonFactory(forename="Robin", surname="Invented"), local_id="900009")
    mother = PersonFactory(forename="Jo", surname="Invented")
    father = PersonFactory(forename="Lee", surname="Invented", sex="M")
    RelationshipFactory(person_a=mother, person_b=child.person, quality="close")
    RelationshipFactory(person_a=father, person_b=child.person, quality="cut_off")
    former: Any = RelationshipFactory(
        person_a=father, person_b=mother, kind="former_partner", partnership_end="separated", quality="abuse"
    )
    text = bundle_dumps(bundle_export(child=child))
    exported = {r["id"]: r for r in json.loads(text)["relationships"]}
    assert exported[str(former.pk)]["partnership_end"] == "separated"
    assert schema_errors(json.loads(text)) == []

    wipe_records()
    imported = bundle_import(data=json.loads(text))

    assert bundle_dumps(bundle_export(child=imported)) == text
    assert sorted(Relationship.objects.values_list("quality", flat=True)) == ["abuse", "close", "cut_off"]
    assert Relationship.objects.get(pk=former.pk).partnership_end == "separated"


@pytest.mark.django_db
def test_a_bundle_with_an_ending_for_a_parent_is_refused() -> None:
    child_id, mother_id = "6f1c2a4e-0d3b-4c55-9a61-1b2c3d4e5f61", "7a2d3b5f-1e4c-4d66-8b72-2c3d4e5f6072"
    bundle = {
        "format": "lantern-case-bundle",
        "version": 1,
        "child": {"person": child_id, "local_id": "B00009"},
        "people": [
            {"id": child_id, "forename": "Robin", "surname": "Invented"},
            {"id": mother_id, "forename": "Jo", "surname": "Invented"},
        ],
        "relationships": [
            {
                "id": "8b3e4c6a-2f5d-4e77-9c83-3d4e5f607182",
                "person_a": mother_id,
                "person_b": child_id,
                "kind": "parent",
                "partnership_end": "divorced",
                "quality": "close",
            }
        ],
        "allocations": [],
    }
    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)
    assert any(path == "$.relationships[0].partnership_end" for path, _ in refused.value.errors)
