"""The "distant placement" tick of a school move is kept with the move (the form, the API and the page show it),
and a stored tick keeps asking for the Director's approval when the move is changed later (Key Stage 4: CPPCR 2010
regs 10 and 11)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from care.models import Placement
from education.models import SchoolMove
from education.tests.factories import approval, make_ks4
from lantern.api.auth import token_issue

pytestmark = pytest.mark.usefixtures("fixed_today")


def _page(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _api(user: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=user, name='t')}"})


def _form(personas: Any, **more: str) -> dict[str, str]:
    return {
        "reason": "placement_move",
        "placement": str(Placement.objects.get(child=personas.child).pk),
        "left_on": "1/6/2026",
        "ks4_approved_by": "Dee Director",
        "ks4_approver_level": "director",
        "ks4_approved_on": "20/5/2026",
        "designated_teacher_consulted_on": "18/5/2026",
        "iro_consulted_on": "19/5/2026",
        **more,
    }


@pytest.mark.django_db
def test_the_form_keeps_the_tick_and_the_page_shows_it(personas: Any) -> None:
    make_ks4(personas.child)
    wendy = _page(personas.wendy)
    base = f"/children/{personas.child.pk}/education/"
    assert wendy.post(base + "moves/new/", _form(personas, distant="on")).status_code == 302
    move = SchoolMove.objects.get()
    assert move.distant is True
    assert "Distant placement" in wendy.get(base).content.decode()
    assert wendy.get(base + f"moves/{move.pk}/edit/").context["form"]["distant"].value() is True
    changed = wendy.post(
        base + f"moves/{move.pk}/edit/",
        _form(personas, distant="on", ks4_approver_level="nominated_officer", version=str(move.version)),
    )
    assert "Director" in changed.content.decode()  # the stored tick still asks for the Director
    move.refresh_from_db()
    assert move.ks4_approver_level == "director"


@pytest.mark.django_db
def test_the_api_keeps_the_tick_and_returns_it(personas: Any) -> None:
    make_ks4(personas.child)
    base = f"/api/v1/children/{personas.child.pk}"
    dates = {k: str(v) for k, v in approval(ks4_approver_level="director").items()}
    body = {
        "reason": "placement_move",
        "placement_id": str(Placement.objects.get(child=personas.child).pk),
        "left_on": "2026-06-01",
        "distant": True,
        **dates,
    }
    created = _api(personas.wendy).post(
        f"{base}/school-moves", json.dumps(body), content_type="application/json"
    )
    assert created.status_code == 201 and created.json()["distant"] is True
    path = f"{base}/school-moves/{created.json()['id']}"
    refused = _api(personas.wendy).patch(
        path, json.dumps({"ks4_approver_level": "nominated_officer"}), content_type="application/json"
    )
    assert refused.status_code == 400 and "ks4_approver_level" in refused.json()["errors"]
    untick = _api(personas.wendy).patch(
        path,
        json.dumps({"distant": False, "ks4_approver_level": "nominated_officer"}),
        content_type="application/json",
    )
    assert untick.status_code == 200 and untick.json()["distant"] is False
    record = _api(personas.wendy).get(f"{base}/education").json()
    assert record["school_moves"][0]["distant"] is False
