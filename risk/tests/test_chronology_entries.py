"""Screenings and strategy discussions make their own chronology entries (learning point 8): a screening under
"Other", as significant as its level; a discussion under "Strategy discussion", naming the agencies and any dissent,
critical when there is dissent; each linked back to its page, and gone when the record is deleted."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import rebuild
from risk import services
from risk.models import Grade, Screening, StrategyDiscussion
from risk.services import ParticipantInput
from risk.tests.factories import grades_all


def _screen(personas: Any, **grades: str) -> Screening:
    screening = Screening(
        child=personas.child, screened_on=datetime.date(2026, 11, 3), review_on=datetime.date(2027, 2, 3)
    )
    return services.screening_save(actor=personas.wendy, screening=screening, grades=grades_all(**grades))


@pytest.mark.django_db
def test_a_screening_makes_an_entry_as_significant_as_its_level(personas: Any) -> None:
    high = _screen(personas, online_contact=Grade.HIGH)
    entry = ChronologyEntry.objects.get(source_type="riskscreening", source_id=str(high.pk))
    assert (entry.category, entry.significance, entry.occurred_on) == (
        Category.OTHER,
        Significance.CRITICAL,
        datetime.date(2026, 11, 3),
    )
    assert entry.what_happened.startswith(
        "Exploitation and online-risk screening: high risk; aged 13 or under with a high-risk factor, "
        "so a referral is needed. Aged 12"
    )
    assert entry.what_happened.endswith("Review by 3 Feb 2027")
    low = _screen(personas)
    assert ChronologyEntry.objects.get(source_id=str(low.pk)).significance == Significance.ROUTINE
    page = Client()
    page.force_login(personas.wendy)
    chronology = page.get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert f"/children/{personas.child.pk}/risk/screenings/{high.pk}/" in chronology
    services.screening_delete(actor=personas.wendy, screening=high, reason="Wrong child")
    assert not ChronologyEntry.objects.filter(source_id=str(high.pk)).exists()


@pytest.mark.django_db
def test_a_discussion_makes_an_entry_with_the_agencies_and_dissent(personas: Any) -> None:
    discussion = StrategyDiscussion(
        child=personas.child,
        held_on=datetime.date(2026, 11, 5),
        reason="Found in a car with adults",
        decisions="Joint visit tomorrow.",
    )
    services.strategy_discussion_save(
        actor=personas.wendy,
        discussion=discussion,
        participants=[
            ParticipantInput(name="Wendy Worker", agency="Children’s social care"),
            ParticipantInput(name="Pat Police", agency="Police", dissent="We should arrest the driver now"),
        ],
    )
    entry = ChronologyEntry.objects.get(source_type="strategydiscussion", source_id=str(discussion.pk))
    assert entry.category == Category.STRATEGY and entry.significance == Significance.CRITICAL
    assert entry.agency == "Children’s social care, Police"
    assert entry.what_happened == (
        "Strategy discussion (Children’s social care, Police): Joint visit tomorrow. Dissent recorded (Police)."
    )
    services.strategy_discussion_escalate(actor=personas.wendy, discussion=discussion)
    entry.refresh_from_db()
    assert entry.what_happened.endswith("Escalation asked for.")
    ChronologyEntry.objects.filter(pk=entry.pk).delete()
    rebuild([personas.child.pk])
    assert ChronologyEntry.objects.get(source_id=str(discussion.pk)).what_happened.endswith(
        "Escalation asked for."
    )
