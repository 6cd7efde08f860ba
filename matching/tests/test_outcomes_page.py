"""/matching/outcomes/ shows team managers, analysts and administrators how matches turned out (by outcome, by the
chosen carer's rank, by kind of carer, and why placements were disrupted) and names no child; anyone else gets 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from care.codes import PlacementChangeReason
from care.tests.factories import PlacementFactory
from matching.services import match_link_placement
from matching.tests.factories import decided_match


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_outcomes_name_no_child(personas: Any) -> None:
    today = timezone.localdate()
    match = decided_match(personas)
    placement: Any = PlacementFactory(
        child=personas.child,
        carer_record=match.chosen,
        start_date=today,
        end_date=today,
        change_reason=PlacementChangeReason.CREQB,
    )
    match_link_placement(actor=personas.wendy, match=match, placement=placement)
    analyst = UserFactory(username="ana", role=Role.ANALYST)
    for user in (personas.mia, analyst):
        page = _client(user).get("/matching/outcomes/").content.decode()
        assert "1 placement search, 1 with a carer chosen" in page
        assert "Disrupted (ended unplanned)" in page
        assert PlacementChangeReason.CREQB.label in page
        assert "Robin" not in page and "Fictional" not in page and "900001" not in page


@pytest.mark.django_db
def test_partners_and_workers_get_404(personas: Any) -> None:
    for user in (personas.pat, personas.carl, personas.wendy):
        assert _client(user).get("/matching/outcomes/").status_code == 404
