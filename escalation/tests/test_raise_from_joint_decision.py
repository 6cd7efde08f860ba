"""A joint decision recorded with dissent raises an escalation in one step: the discussion page's button opens the
raise form prefilled with the dissent in the dissenters' own words, about the other agency; raising it marks the
decision (who asked, when) in the same transaction, and the discussion page links to the escalation."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from escalation.models import Escalation
from risk import services as risk_services
from risk.models import StrategyDiscussion
from risk.services import ParticipantInput

DISSENT = "She was in that car for three hours and nobody is asking who those men are."


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _decision(personas: Any) -> StrategyDiscussion:
    discussion = StrategyDiscussion(
        child=personas.child,
        kind="joint_decision",
        held_on=datetime.date(2026, 11, 5),
        reason="Robin was found in a car with two adult men",
        decisions="No police investigation for now",
        recorded_by=personas.wendy,
    )
    return risk_services.strategy_discussion_save(
        actor=personas.wendy,
        discussion=discussion,
        participants=[
            ParticipantInput(name="Wendy Worker", agency="Children’s social care", dissent=DISSENT),
            ParticipantInput(name="Pat Police", agency="Example Constabulary"),
        ],
    )


@pytest.mark.django_db
def test_a_decision_with_dissent_raises_an_escalation_in_one_step(personas: Any) -> None:
    discussion = _decision(personas)
    wendy = _client(personas.wendy)
    discussion_url = f"/children/{personas.child.pk}/risk/strategy-discussions/{discussion.pk}/"
    raise_url = f"/children/{personas.child.pk}/escalations/raise/?discussion={discussion.pk}"
    page = wendy.get(discussion_url).content.decode()
    assert f'href="{raise_url}">Raise an escalation</a>' in page
    form = wendy.get(raise_url).content.decode()
    assert 'name="concerning_agency" type="text" value="Example Constabulary"' in form
    assert f"Wendy Worker (Children’s social care): “{DISSENT}”" in form
    assert "No police investigation for now" in form
    assert f'name="discussion" value="{discussion.pk}"' in form

    response = wendy.post(
        f"/children/{personas.child.pk}/escalations/raise/",
        {
            "discussion": str(discussion.pk),
            "concerning_agency": "Example Constabulary",
            "concern": f"Wendy Worker: {DISSENT}",
            "why_it_matters": "Robin is at risk of sexual exploitation",
            "wanted_outcome": "A police investigation of the two men",
        },
    )
    escalation = Escalation.objects.get()
    assert response.status_code == 302 and escalation.discussion == discussion
    discussion.refresh_from_db()
    assert discussion.escalation_requested and discussion.escalation_requested_by == personas.wendy
    assert discussion.escalation_requested_at is not None
    page = wendy.get(discussion_url).content.decode()
    assert "An escalation was raised from this decision by Wendy Worker" in page
    assert f'href="/children/{personas.child.pk}/escalations/{escalation.pk}/"' in page
    assert "Raise an escalation</a>" not in page


@pytest.mark.django_db
def test_a_refused_escalation_leaves_the_decision_unmarked(personas: Any) -> None:
    discussion = _decision(personas)
    page = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/escalations/raise/",
        {"discussion": str(discussion.pk), "concerning_agency": "Example Constabulary", "concern": DISSENT},
    )
    assert "Say why it matters for the child" in page.content.decode()
    discussion.refresh_from_db()
    assert not discussion.escalation_requested and not Escalation.objects.exists()


@pytest.mark.django_db
def test_a_decision_of_another_child_cannot_be_named(personas: Any) -> None:
    from people.tests.factories import ChildFactory

    other: Any = ChildFactory()
    discussion = _decision(personas)
    discussion.child = other
    discussion.save()
    response = _client(personas.wendy).get(
        f"/children/{personas.child.pk}/escalations/raise/?discussion={discussion.pk}"
    )
    assert response.status_code == 404
