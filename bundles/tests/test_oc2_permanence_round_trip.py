"""Substance misuse, youth justice outcomes, previous permanence and decisions to place for adoption travel in the
bundle: export, import into an empty database, export again gives the same bytes, each previous permanence order
still on its period of care and each record with the worker who recorded it."""

from __future__ import annotations

import json

import pytest

from audit.models import AuditEvent
from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from bundles.tests.oc2_permanence_history import oc2_permanence_history
from casework.youth_justice import YouthJusticeOutcome
from health.models import SubstanceMisuse
from people.models import Child
from permanence.models import AdoptionDecision, PreviousPermanence

SECTIONS = ("substance_misuse", "youth_justice_outcomes", "previous_permanence", "adoption_decisions")


@pytest.mark.django_db
def test_oc2_and_permanence_records_round_trip(family: Family) -> None:
    oc2_permanence_history(family.child)
    first = bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk)))
    wipe_records()
    models = (SubstanceMisuse, YouthJusticeOutcome, PreviousPermanence, AdoptionDecision)
    assert not any(model._default_manager.exists() for model in models)

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    bundle = json.loads(first)
    assert [len(bundle[section]) for section in SECTIONS] == [2, 3, 2, 2]
    assert [report.care_records[section] for section in SECTIONS] == [2, 3, 2, 2]
    periods = [p["id"] for p in bundle["periods_of_care"]]
    # By the order's date, the order without one (Z1, of the earlier period) last.
    assert [p["period"] for p in bundle["previous_permanence"]] == list(reversed(periods))
    ordered = PreviousPermanence.objects.order_by("period__start_date")
    assert [(p.option, p.authority, p.date_perm) for p in ordered] == [
        ("Z1", "", ""),
        ("P3", "801", "ZZ/06/2021"),
    ]
    matched = AdoptionDecision.objects.get(matched_on__isnull=False)
    assert (matched.adopters, matched.number_of_adopters) == ("FF", 2)
    assert matched.recorded_by is not None and matched.recorded_by.username == "ira"
    assert bundle["substance_misuse"][0]["notes"] == "Cannabis, most weekends.\nEngaged well."
    outcomes = [(o["outcome_on"], o["kind"]) for o in bundle["youth_justice_outcomes"]]  # same day: by id
    assert outcomes[0] == ("2024-07-15", "youth_caution")
    assert sorted(outcomes[1:]) == [("2025-02-03", "conviction"), ("2025-02-03", "no_further_action")]
    audit = AuditEvent.objects.filter(object_type="bundle").get()
    assert (audit.diff or {}).get("adoption_decisions") == [None, 2]
