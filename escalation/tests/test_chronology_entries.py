"""Each step of an escalation is an entry of the child's chronology (Category.ESCALATION, significant): raised, the
stage moves and the resolution, each linked to the escalation."""

from __future__ import annotations

from typing import Any

import pytest

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import rebuild, source_of
from escalation import services
from escalation.tests.factories import days_ago, raised


@pytest.mark.django_db
def test_raised_moved_on_and_resolved_are_in_the_chronology(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child, on=days_ago(9))
    services.escalation_next_stage(actor=personas.pat, escalation=escalation, why="No answer", on=days_ago(4))
    services.escalation_resolve(actor=personas.wendy, escalation=escalation, resolution="Joint visit held")
    entries = list(
        ChronologyEntry.objects.filter(child=personas.child, category=Category.ESCALATION).order_by(
            "occurred_on"
        )
    )
    assert [e.occurred_on for e in entries] == [days_ago(9), days_ago(4), days_ago(0)]
    assert entries[0].what_happened.startswith(
        "Escalation raised (Example Constabulary to Children’s social care), stage 1: No strategy discussion"
    )
    assert entries[1].what_happened.startswith(
        "Escalation (Example Constabulary to Children’s social care) moved to stage 2: No answer"
    )
    assert "resolved at stage 2: Joint visit held" in entries[2].what_happened
    assert [e.agency for e in entries] == [
        "Example Constabulary",
        "Example Constabulary",
        "Lantern Borough Council",
    ]
    assert {e.significance for e in entries} == {Significance.SIGNIFICANT}
    assert source_of(entries[0]) == (
        "Escalation",
        f"/children/{personas.child.pk}/escalations/{escalation.pk}/",
    )


@pytest.mark.django_db
def test_the_entries_are_rebuilt_from_the_steps(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child)
    services.escalation_respond(actor=personas.wendy, escalation=escalation, text="Agreed")
    ChronologyEntry.objects.filter(category=Category.ESCALATION).delete()
    rebuild([personas.child.pk])
    assert ChronologyEntry.objects.filter(child=personas.child, category=Category.ESCALATION).count() == 2
