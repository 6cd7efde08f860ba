"""MOTHER and MC_DOB come from the genogram: a girl recorded as the parent of a baby is 1 with the baby's birth date,
another girl is 0, and a boy is left blank (DfE rules 393 and 607 want MOTHER for every girl looked after)."""

from __future__ import annotations

import datetime

import pytest

from people.tests.factories import PersonFactory, RelationshipFactory
from returns.tables import build_return
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_mother_is_read_from_the_genogram() -> None:
    mother = looked_after(local_id="G1", person__sex="F", person__date_of_birth=datetime.date(2009, 1, 1))
    RelationshipFactory(
        person_a=mother.person, person_b=PersonFactory(date_of_birth=datetime.date(2025, 8, 9))
    )
    looked_after(local_id="G2", person__sex="F")
    looked_after(local_id="B1", person__sex="M")
    rows = build_return(2026).rows["Header"]
    assert [(r["CHILD"], r["MOTHER"], r["MC_DOB"]) for r in rows] == [
        ("B1", "", ""),
        ("G1", "1", "09/08/2025"),
        ("G2", "0", ""),
    ]
