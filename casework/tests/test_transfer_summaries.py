"""A change of social worker makes a transfer summary at once, filled from the record; the outgoing worker signs it
off, the incoming worker acknowledges it, and one left undone for 5 working days shows on the manager's page."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from access.models import BreakGlass
from accounts.tests.factories import UserFactory
from alerts.models import Alert, AlertKind
from casework import services
from casework.models import AllocationRole, TransferSummary
from chronology.tests.factories import ChronologyEntryFactory
from duties.working_days import add_working_days
from risk.models import Level
from risk.tests.factories import ScreeningFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def handover(personas: Any) -> Any:
    today = timezone.localdate()
    ChronologyEntryFactory(
        child=personas.child,
        occurred_on=today - datetime.timedelta(days=20),
        what_happened="Missing overnight, found in another town",
        significance="critical",
    )
    services.wishes_create(
        actor=personas.wendy,
        child=personas.child,
        data={"said_on": today, "words": "I want to stay at my school", "context": "in the car"},
    )
    services.history_section_save(
        actor=personas.wendy,
        child=personas.child,
        kind="family_background",
        text="Lived with mother until 2019.",
        version=None,
    )
    ScreeningFactory(
        child=personas.child,
        screened_on=today - datetime.timedelta(days=5),
        review_on=today + datetime.timedelta(days=30),
        level=Level.HIGH,
    )
    Alert.objects.create(
        key=f"story-test-{personas.child.pk}",
        kind=AlertKind.DUTY_OVERDUE,
        recipient=personas.wendy,
        child=personas.child,
        title="Statutory visit overdue",
        raised_on=today,
    )
    newcomer = UserFactory(
        username="nia",
        first_name="Nia",
        last_name="New",
        agency=personas.wendy.agency,
        team=personas.wendy.team,
    )
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=newcomer,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=today,
    )
    personas.newcomer = newcomer
    personas.summary = TransferSummary.objects.get(allocation=allocation)
    return personas


@pytest.mark.django_db
def test_the_summary_is_filled_from_the_record(handover: Any) -> None:
    summary = handover.summary
    assert (summary.outgoing, summary.incoming) == (handover.wendy, handover.newcomer)
    sections = {s["title"]: s for s in summary.content["sections"]}
    assert "Lived with mother until 2019." in sections["History at a glance"]["lines"][0]
    assert any(
        "Jo Fictional: Parent" in line
        for line in sections["Family and relationships (the genogram's data)"]["lines"]
    )
    assert any("Missing overnight" in line for line in sections["Key events in the last 12 months"]["lines"])
    assert any(
        "I want to stay at my school" in line for line in sections["The child's wishes and feelings"]["lines"]
    )
    assert any("Pat Police" in line for line in sections["The network"]["lines"])
    assert sections["Placement"]["lines"][0].startswith("Now with Sam and Alex Carer")
    assert sections["Legal status"]["lines"] == [
        f"C2: {handover.child.get_legal_status_display()}, since 10 Jan 2024"
    ]
    risks = sections["Current risks and open alerts"]["lines"]
    screened = handover.summary.changed_on - datetime.timedelta(days=5)
    review = handover.summary.changed_on + datetime.timedelta(days=30)
    assert (
        f"Exploitation screening on {screened:%d %b %Y}: High risk, to be screened again by {review:%d %b %Y}"
        in risks
    )
    assert (
        "Last missing episode: Missing (whereabouts unknown) from 08 Mar 2024 22:30, back 09 Mar 2024 07:30"
        in risks
    )
    assert "Open alert: Statutory visit overdue" in risks
    assert sections["Continuity"]["lines"] == ["2 social workers in the last 12 months, 2 in 24 months."]
    # 5 working days after the change, weekends and bank holidays skipped (duties/working_days.py)
    assert summary.due_on == add_working_days(summary.changed_on, 5)


@pytest.mark.django_db
def test_outgoing_signs_off_then_incoming_acknowledges(handover: Any) -> None:
    url = f"/children/{handover.child.pk}/transfers/{handover.summary.pk}/"
    assert (
        _client(handover.newcomer).post(url, {"action": "acknowledge"}).status_code == 404
    )  # not signed off yet
    response = _client(handover.wendy).post(
        url,
        {
            "action": "sign_off",
            "not_in_record": "Robin is scared of dogs",
            "what_works": "Meet after school, walk and talk",
            "version": handover.summary.version,
        },
    )
    assert response.status_code == 302
    handover.summary.refresh_from_db()
    assert handover.summary.signed_off_at is not None
    assert handover.summary.not_in_record == "Robin is scared of dogs"
    assert (
        _client(handover.wendy).post(url, {"action": "sign_off", "not_in_record": "changed"}).status_code
        == 404
    )
    assert _client(handover.newcomer).post(url, {"action": "acknowledge"}).status_code == 302
    handover.summary.refresh_from_db()
    assert handover.summary.complete
    assert "Signed off and acknowledged" in _client(handover.mia).get(url).content.decode()


@pytest.mark.django_db
def test_an_overdue_summary_shows_on_the_managers_page(handover: Any) -> None:
    TransferSummary.objects.filter(pk=handover.summary.pk).update(
        due_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    page = _client(handover.mia).get("/team/").content.decode()
    assert "Transfer summaries overdue" in page
    assert "Robin Fictional" in page.split("Transfer summaries overdue")[1]
    other = _client(handover.max).get("/team/").content.decode()
    assert "Transfer summaries overdue" not in other


@pytest.mark.django_db
def test_a_first_allocation_or_another_role_makes_no_summary(personas: Any) -> None:
    before = TransferSummary.objects.count()
    services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=personas.uma,
        role=AllocationRole.IRO,
        start_date=timezone.localdate(),
    )
    assert TransferSummary.objects.count() == before


def _wendy_left_yesterday(personas: Any) -> TransferSummary:
    """Wendy's allocation ended yesterday (she left the role) and a new worker starts today."""
    today = timezone.localdate()
    services.allocation_update(
        actor=personas.mia,
        allocation=personas.allocation,
        data={
            "end_date": today - datetime.timedelta(days=1),
            "end_reason": "LEFTRL",
            "version": personas.allocation.version,
        },
    )
    newcomer = UserFactory(username="nia", agency=personas.wendy.agency, team=personas.wendy.team)
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=newcomer,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=today,
    )
    return TransferSummary.objects.get(allocation=allocation)


@pytest.mark.django_db
def test_an_outgoing_worker_whose_allocation_ended_can_still_sign_off(personas: Any) -> None:
    summary = _wendy_left_yesterday(personas)
    grant = personas.wendy.access_grants.get(child=personas.child)
    assert grant.reason.startswith("Handover")
    assert grant.expires_at.date() > summary.due_on
    url = f"/children/{personas.child.pk}/transfers/{summary.pk}/"
    response = _client(personas.wendy).post(
        url, {"action": "sign_off", "not_in_record": "Likes football", "what_works": ""}
    )
    assert response.status_code == 302
    assert _client(personas.wendy).post(f"/children/{personas.child.pk}/notes/new/", {}).status_code == 404


@pytest.mark.django_db
def test_signing_off_ends_the_handover_grant_and_break_glass_cannot_sign(personas: Any) -> None:
    summary = _wendy_left_yesterday(personas)
    url = f"/children/{personas.child.pk}/transfers/{summary.pk}/"
    grant = personas.wendy.access_grants.get(child=personas.child)
    grant.revoked_at = timezone.now()
    grant.save()
    BreakGlass.objects.create(
        child=personas.child,
        user=personas.wendy,
        reason="Checking the handover",
        started_at=timezone.now(),
        expires_at=timezone.now() + datetime.timedelta(hours=1),
    )
    assert _client(personas.wendy).post(url, {"action": "sign_off"}).status_code == 404
    grant.revoked_at = None
    grant.save()
    assert _client(personas.wendy).post(url, {"action": "sign_off"}).status_code == 302
    grant.refresh_from_db()
    assert grant.revoked_at is not None


@pytest.mark.django_db
def test_history_recorded_after_the_fact_makes_no_summary_and_a_corrected_worker_follows(
    personas: Any,
) -> None:
    earlier: Any = UserFactory(username="ed", agency=personas.wendy.agency, team=personas.wendy.team)
    services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=earlier,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    assert not TransferSummary.objects.filter(allocation__worker=earlier).exists()
    today = timezone.localdate()
    wrong = UserFactory(username="wrong", agency=personas.wendy.agency, team=personas.wendy.team)
    right = UserFactory(username="right", agency=personas.wendy.agency, team=personas.wendy.team)
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=wrong,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=today,
    )
    services.allocation_update(
        actor=personas.mia, allocation=allocation, data={"worker": right, "version": allocation.version}
    )
    assert TransferSummary.objects.get(allocation=allocation).incoming == right
