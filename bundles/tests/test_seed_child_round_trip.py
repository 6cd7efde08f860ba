"""A child of the seeded authority travels in a bundle: the child with the most issue 8 records (placements on the
register, education, placement matches) is exported, removed with the people of the bundle (and a sibling in care
among them), imported again and exported again; the whole record comes back the same, the placements, the education record
and the matches among it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models import Count, Q

from bundles.export import bundle_export
from bundles.importer import bundle_import
from people.models import Child, Person

ISSUE_8 = (
    "placements",
    "schools",
    "enrolments",
    "attendance",
    "exclusions",
    "school_moves",
    "placement_matches",
)


@pytest.mark.django_db
def test_a_seeded_child_exports_and_imports_again(db: Any) -> None:
    call_command("seed", "--children=12", "--years=3", "--seed=8", "--no-progress", stdout=None)
    child = (
        Child.objects.annotate(
            score=Count("placements", filter=Q(placements__carer_record__isnull=False), distinct=True)
            + Count("enrolments", distinct=True)
            + Count("school_moves", distinct=True)
            + Count("placement_matches", distinct=True)
        )
        .order_by("-score", "local_id")
        .first()
    )
    assert child is not None
    first = json.loads(json.dumps(bundle_export(child=child)))
    assert first["placement_matches"] and first["enrolments"]
    assert any(p["carer_record"] is not None for p in first["placements"])
    people = [p["id"] for p in first["people"]]
    Child.objects.filter(person_id__in=people).delete()  # the child, and any sibling in care in the bundle
    Person.objects.filter(pk__in=people).delete()

    imported = bundle_import(data=json.loads(json.dumps(first)))

    again = json.loads(json.dumps(bundle_export(child=imported)))
    assert {k: again[k] for k in ISSUE_8} == {k: first[k] for k in ISSUE_8}
    assert again == first  # and the whole record, not only issue 8's part
