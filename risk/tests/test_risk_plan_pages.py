"""The risk plan through its pages: the worker writes the plan and its actions, each owned by someone in the network
(a Lantern user in the child's network, or someone named); an action past its due date shows as overdue; the carer
reads the plan and cannot change it."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import AuditEvent
from risk.models import RiskPlan, RiskPlanAction
from risk.tests.factories import RiskPlanActionFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/risk/plan/{path}"


@pytest.mark.django_db
def test_the_worker_writes_the_plan(personas: Any) -> None:
    wendy = _client(personas.wendy)
    assert "The risk plan has not been written yet" in wendy.get(_url(personas)).content.decode()
    early = {"agreed_on": "3/11/2026", "review_on": "3/11/2026", "concerns": "Older men at the takeaway"}
    page = wendy.post(_url(personas, "edit/"), early).content.decode()
    assert '<a href="#id_review_on">The review date must be after the date the plan was agreed</a>' in page
    data = {**early, "review_on": "3/2/2027", "child_view": "I just want my phone back"}
    assert wendy.post(_url(personas, "edit/"), data).status_code == 302
    plan = RiskPlan.objects.get(child=personas.child)
    assert plan.recorded_by == personas.wendy and plan.version == 1
    assert (
        wendy.post(_url(personas, "edit/"), {**data, "concerns": "Changed", "version": "1"}).status_code
        == 302
    )
    plan.refresh_from_db()
    assert plan.concerns == "Changed" and plan.version == 2
    assert AuditEvent.objects.filter(object_type="riskplan", action="update").exists()


@pytest.mark.django_db
def test_an_action_is_owned_by_someone_in_the_network(personas: Any) -> None:
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, "actions/new/")).content.decode()
    for who in ("Wendy Worker", "Mia Manager", "Pat Police", "Carl Carer", "Cora Coordinator"):
        assert who in form, who
    assert "Uma" not in form and "Rita Return" not in form  # not in the network; sees no risk page
    nobody = {"action": "Visit the takeaway with the police", "due_on": "1/12/2026"}
    page = wendy.post(_url(personas, "actions/new/"), nobody).content.decode()
    assert "Choose who will do it, or give the name of someone in the network" in page
    both = {**nobody, "owner": personas.pat.pk, "owner_name": "Sam"}
    page = wendy.post(_url(personas, "actions/new/"), both).content.decode()
    assert "Choose a Lantern user or give a name, not both" in page
    stranger = {**nobody, "owner": personas.uma.pk}
    page = wendy.post(_url(personas, "actions/new/"), stranger).content.decode()
    assert "Select a valid choice" in page
    assert not RiskPlanAction.objects.exists()

    response = wendy.post(_url(personas, "actions/new/"), {**nobody, "owner": personas.pat.pk})
    action = RiskPlanAction.objects.get()
    assert response["Location"] == _url(personas, f"#action-{action.pk}")
    assert action.owner == personas.pat and action.recorded_by == personas.wendy
    named = {
        **nobody,
        "action": "Keep the phone overnight",
        "owner_name": "Sam Carer",
        "owner_agency": "Carer",
    }
    assert wendy.post(_url(personas, "actions/new/"), named).status_code == 302
    page = wendy.get(_url(personas)).content.decode()
    assert "Pat Police" in page and "Sam Carer (Carer)" in page


@pytest.mark.django_db
def test_overdue_and_done_actions_are_shown_so(personas: Any) -> None:
    today = timezone.localdate()
    late: Any = RiskPlanActionFactory(child=personas.child, due_on=today - datetime.timedelta(days=3))
    done: Any = RiskPlanActionFactory(
        child=personas.child, action="Done already", due_on=today - datetime.timedelta(days=9), done_on=today
    )
    page = _client(personas.wendy).get(_url(personas)).content.decode()
    assert f'id="action-{late.pk}"' in page and "Overdue: due by" in page
    assert f'id="action-{done.pk}"' in page and "Done on" in page
    assert page.index(f"action-{late.pk}") < page.index(f"action-{done.pk}")  # open ones first


@pytest.mark.django_db
def test_an_action_is_marked_done_and_deleted_with_a_reason(personas: Any) -> None:
    action: Any = RiskPlanActionFactory(child=personas.child)
    wendy = _client(personas.wendy)
    data = {
        "action": action.action,
        "owner_name": action.owner_name,
        "due_on": "1/12/2026",
        "done_on": "3/12/2099",
        "version": "1",
    }
    page = wendy.post(_url(personas, f"actions/{action.pk}/edit/"), data).content.decode()
    assert "The date cannot be in the future" in page
    data["done_on"] = "20/11/2026"
    assert wendy.post(_url(personas, f"actions/{action.pk}/edit/"), data).status_code == 302
    action.refresh_from_db()
    assert action.done_on == datetime.date(2026, 11, 20) and action.version == 2
    assert (
        wendy.post(_url(personas, f"actions/{action.pk}/delete/"), {"reason": "Duplicate"}).status_code == 302
    )
    assert not RiskPlanAction.objects.exists()
    assert AuditEvent.objects.get(object_type="riskplanaction", action="delete").reason == "Duplicate"


@pytest.mark.django_db
def test_the_carer_reads_the_plan_and_cannot_change_it(personas: Any) -> None:
    action: Any = RiskPlanActionFactory(child=personas.child)
    carl = _client(personas.carl)
    page = carl.get(_url(personas)).content.decode()
    assert action.action in page and "Add an action" not in page and "Change" not in page
    for path in ("edit/", "actions/new/", f"actions/{action.pk}/edit/", f"actions/{action.pk}/delete/"):
        assert carl.get(_url(personas, path)).status_code == 404, path
    assert carl.post(_url(personas, f"actions/{action.pk}/delete/"), {"reason": "x"}).status_code == 404
    assert RiskPlanAction.objects.filter(pk=action.pk).exists()
