"""The escalation pages: the police partner raises one from the child's page (mistakes shown in an error summary),
the detail page shows every step and the stage's time limit, the social worker moves it on and resolves it, (a refused
step shows the record again, audited as a view), and a stage past its limit shows a warning and offers the next stage. A closed escalation offers no more steps."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.actions import AuditAction
from audit.models import AuditEvent
from escalation.models import Escalation, Status, StepKind
from escalation.services import escalation_resolve
from escalation.tests.factories import days_ago, raised


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _base(personas: Any) -> str:
    return f"/children/{personas.child.pk}/escalations/"


@pytest.mark.django_db
def test_raise_move_on_and_resolve_through_the_pages(personas: Any) -> None:
    pat = _client(personas.pat)
    child_page = pat.get(f"/children/{personas.child.pk}/").content.decode()
    assert f'href="{_base(personas)}raise/"' in child_page
    page = pat.post(
        f"{_base(personas)}raise/", {"concerning_agency": "Children’s social care"}
    ).content.decode()
    assert "There is a problem" in page
    assert '<a href="#id_concern">Say what the concern is</a>' in page
    assert '<a href="#id_why_it_matters">Say why it matters for the child</a>' in page
    response = pat.post(
        f"{_base(personas)}raise/",
        {
            "concerning_agency": "Children’s social care",
            "concerning_user": str(personas.wendy.pk),
            "concern": "No strategy discussion after the third missing episode",
            "why_it_matters": "Robin was found with adults not known to the family",
            "wanted_outcome": "A strategy discussion this week",
        },
    )
    escalation = Escalation.objects.get()
    assert response["Location"] == f"{_base(personas)}{escalation.pk}/"
    assert escalation.raised_by == personas.pat and escalation.concerning_user == personas.wendy
    page = pat.get(response["Location"]).content.decode()
    assert "Escalation raised with Children’s social care: stage 1 is due by" in page
    assert "Stage 1: practitioner to practitioner: due by" in page
    assert "No strategy discussion after the third missing episode" in page

    wendy = _client(personas.wendy)
    detail = f"{_base(personas)}{escalation.pk}/"
    page = wendy.post(f"{detail}next-stage/", {"why_next": ""}).content.decode()
    assert '<a href="#id_why_next">Say why it moves to the next stage</a>' in page
    assert AuditEvent.objects.filter(
        actor=personas.wendy,
        action=AuditAction.VIEW,
        child_id=personas.child.pk,
        object_id=str(escalation.pk),
        reason="escalation shown again: the next stage step was refused",
    ).exists()
    assert wendy.post(f"{detail}next-stage/", {"why_next": "Managers need to agree"}).status_code == 302
    assert wendy.post(f"{detail}resolve/", {"resolution": "Discussion held on Friday"}).status_code == 302
    escalation.refresh_from_db()
    assert (escalation.stage, escalation.status) == (2, Status.RESOLVED)
    page = pat.get(detail).content.decode()
    assert "Resolved on" in page and "Discussion held on Friday" in page
    assert "Managers need to agree" in page and "Moved to the next stage (stage 2)" in page
    assert "Record the response" not in page
    assert [s.kind for s in escalation.steps.all()] == [
        StepKind.RAISED,
        StepKind.NEXT_STAGE,
        StepKind.RESOLVED,
    ]
    assert pat.get(f"{detail}resolve/").status_code == 405


@pytest.mark.django_db
def test_a_stage_past_its_limit_warns_and_offers_the_next_stage(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child, on=days_ago(20))
    page = _client(personas.wendy).get(f"{_base(personas)}{escalation.pk}/").content.decode()
    due = escalation.stage_due_on
    assert f"is past its time limit: overdue since {due.day} {due:%b %Y}" in page
    assert "It can move to the next stage" in page and "Move to the next stage" in page
    listing = _client(personas.wendy).get(_base(personas)).content.decode()
    assert f"Stage overdue since {due.day} {due:%b %Y}" in listing


@pytest.mark.django_db
def test_withdraw_is_offered_only_to_the_one_who_raised_it_and_their_manager(personas: Any) -> None:
    escalation = raised(personas.wendy, personas.child, concerning_agency="Example Constabulary")
    detail = f"{_base(personas)}{escalation.pk}/"
    assert "Withdraw the escalation" in _client(personas.mia).get(detail).content.decode()
    pat = _client(personas.pat)
    assert "Withdraw the escalation" not in pat.get(detail).content.decode()
    page = pat.post(f"{detail}withdraw/", {"why_withdrawn": "Not needed"}).content.decode()
    assert "Only the person who raised this escalation, or their manager, can withdraw it" in page
    escalation.refresh_from_db()
    assert escalation.status == Status.OPEN


@pytest.mark.django_db
def test_the_child_page_shows_open_escalations(personas: Any) -> None:
    escalation = raised(
        personas.wendy, personas.child, on=days_ago(20), concerning_agency="Example Constabulary"
    )
    closed = raised(personas.wendy, personas.child, concerning_agency="Closed Health Trust")
    escalation_resolve(actor=personas.wendy, escalation=closed, resolution="Agreed")
    page = _client(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    due = escalation.stage_due_on
    assert "1 open escalation</a>" in page
    assert f"to Example Constabulary, stage 1, overdue since {due.day} {due:%b %Y}" in page
    assert f'href="{_base(personas)}{escalation.pk}/"' in page
    assert "to Closed Health Trust, stage" not in page
