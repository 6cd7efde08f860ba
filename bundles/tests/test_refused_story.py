"""A bundle whose story parts name records that are not in it is refused whole, each problem by its JSON path."""

from __future__ import annotations

from typing import Any

import pytest

from bundles.importer import bundle_import
from bundles.validation import BundleError
from casework.models import CaseNote
from people.models import Child

WORKER = {"username": "newworker", "first_name": "Nia", "last_name": "New", "role": "social_worker"}


@pytest.mark.django_db
def test_story_parts_that_name_nothing_are_refused(bundle: dict[str, Any]) -> None:
    bundle["case_notes"] = [
        {
            "id": "1d2e3f40-5a6b-4c7d-8e9f-000000000001",
            "occurred_on": "2024-05-01",
            "subject": "Visit",
            "body": "Seen alone.",
            "author": WORKER,
        }
    ]
    bundle["chronology"] = [
        {
            "id": "1d2e3f40-5a6b-4c7d-8e9f-000000000002",
            "occurred_on": "2024-05-02",
            "agency": "Example Health Trust",
            "category": "health",
            "what_happened": "Dental check",
            "import": "1d2e3f40-5a6b-4c7d-8e9f-000000000099",
        }
    ]
    bundle["chronology_analysis"] = [
        {
            "source_type": "casenote",
            "source_id": "1d2e3f40-5a6b-4c7d-8e9f-000000000098",
            "significance": "critical",
        }
    ]
    bundle["transfer_summaries"] = [
        {
            "id": "1d2e3f40-5a6b-4c7d-8e9f-000000000003",
            "allocation": "1d2e3f40-5a6b-4c7d-8e9f-000000000097",
            "outgoing": WORKER,
            "incoming": WORKER,
            "changed_on": "2024-04-01",
            "due_on": "2024-04-08",
            "content": {"sections": []},
        }
    ]
    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)
    assert refused.value.errors == [
        ("$.chronology[0].import", "names no import in chronology_imports"),
        ("$.chronology_analysis[0]", "names no record of this child that makes a chronology entry"),
        ("$.transfer_summaries[0].allocation", "names no allocation in allocations"),
    ]
    assert not Child.objects.exists() and not CaseNote.objects.exists()
