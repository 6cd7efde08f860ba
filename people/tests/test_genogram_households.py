"""Households are derived, not keyed: people in the child's circle who are alive and have the same postcode and
address (once spacing, case and punctuation are set aside) form one household, encircled on the genogram."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from people.genogram.households import Residence, home_key, households
from people.genogram.selectors import genogram_of
from people.tests.factories import PersonFactory, RelationshipFactory


def test_spacing_case_and_punctuation_do_not_matter() -> None:
    assert home_key("12 Invented Road,\nSouthwark", "se1 7ph") == home_key(
        "12 invented road southwark", "SE17PH"
    )
    assert home_key("12 Invented Road", "SE1 7PH") != home_key("14 Invented Road", "SE1 7PH")


def test_a_postcode_or_an_address_alone_is_not_a_home() -> None:
    assert home_key("", "SE1 7PH") is None
    assert home_key("12 Invented Road", "  ") is None


def test_people_who_share_a_home_form_one_household_and_the_dead_none() -> None:
    found = households(
        [
            Residence("mum", "12 Invented Road", "SE1 7PH"),
            Residence("son", "12 invented road", "se1 7ph"),
            Residence("gran", "12 Invented Road", "SE1 7PH", deceased=True),
            Residence("dad", "3 Madeup Close", "SE1 7PH"),
            Residence("aunt", "3 Madeup Close", ""),
            Residence("alone", "9 Other Street", "SE2 1AA"),
        ]
    )
    assert found == (frozenset({"mum", "son"}),)


@pytest.mark.django_db
def test_the_genogram_encircles_a_shared_address(personas: Any) -> None:
    mother = personas.mother
    mother.address, mother.postcode = "12 Invented Road", "SE1 7PH"
    mother.save()
    brother: Any = PersonFactory(
        forename="Ash",
        surname="Fictional",
        address="12 invented road.",
        postcode="se17ph",
        date_of_birth=datetime.date(2016, 1, 1),
    )
    father = PersonFactory(forename="Lee", surname="Fictional", address="3 Madeup Close", postcode="SE1 7PH")
    RelationshipFactory(person_a=brother, person_b=personas.child.person, kind="sibling")
    RelationshipFactory(person_a=father, person_b=personas.child.person)

    genogram = genogram_of(user=personas.wendy, child=personas.child)

    (outline,) = genogram.layout.households
    assert set(outline.members) == {str(mother.pk), str(brother.pk)} and outline.boxes
    assert genogram.households == ((1, ("Jo Fictional", "Ash Fictional")),)
    rows = {row.person.forename: row.household for row in genogram.people}
    assert rows == {"Robin": None, "Jo": 1, "Ash": 1, "Lee": None}
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/genogram/").content.decode()
    assert "Household H1: Jo Fictional, Ash Fictional" in page
