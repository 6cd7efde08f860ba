"""What an export holds: the child, everyone related to the child and the relationships among them, in order."""

from __future__ import annotations

import pytest

from bundles.export import bundle_export
from bundles.tests.conftest import Family


@pytest.mark.django_db
def test_export_holds_the_childs_circle_in_a_fixed_order(family: Family) -> None:
    bundle = bundle_export(child=family.child)

    ids = [p["id"] for p in bundle["people"]]
    assert ids == sorted(ids)
    assert str(family.child.pk) in ids and str(family.mother.pk) in ids and str(family.father.pk) in ids
    assert str(family.aunt.pk) not in ids  # related to the mother only
    assert len(bundle["relationships"]) == 4  # three to the child, one between the parents
    assert all(r["person_a"] in ids and r["person_b"] in ids for r in bundle["relationships"])
    starts = [(a["start_date"], a["id"]) for a in bundle["allocations"]]
    assert starts == sorted(starts)
    child_person = next(p for p in bundle["people"] if p["id"] == str(family.child.pk))
    assert child_person["other_names"] == [
        {"kind": "alias", "name": "Zoë"},
        {"kind": "nickname", "name": "Bobbie"},
    ]
    assert bundle["child"]["person"] == str(family.child.pk)
