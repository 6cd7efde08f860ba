from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings

from people.identifiers import nhs_number_is_valid, upn_is_valid
from people.models import Child, Person
from synthetic import places


@pytest.mark.django_db
def test_nhs_numbers_and_upns_validate_and_are_unique(seeded: dict[str, Any]) -> None:
    children = list(Child.objects.select_related("person"))
    nhs = [c.person.nhs_number for c in children if c.person.nhs_number]
    upns = [c.upn for c in children if c.upn]
    assert nhs and upns
    assert all(nhs_number_is_valid(n) and n.startswith("999") for n in nhs)
    assert all(upn_is_valid(u) for u in upns)
    assert len(set(nhs)) == len(nhs) and len(set(upns)) == len(upns)
    assert all(c.upn or c.upn_unknown for c in children)
    for child in children:
        child.full_clean()


@pytest.mark.django_db
def test_addresses_postcodes_and_phones_are_fictional(seeded: dict[str, Any]) -> None:
    people = Person.objects.exclude(postcode="", phone="")
    assert people.exists()
    seed_postcodes = places.book(settings.LANTERN_LA_CODE).every()
    for person in people:
        assert person.postcode == "" or person.postcode in seed_postcodes  # real units, invented streets
        assert person.phone == "" or person.phone.startswith("07700 900")
