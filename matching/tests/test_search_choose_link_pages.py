"""Through the pages: the worker opens "Find a placement" from the care record, sees the needs drawn from the record
with their sources, runs the search, reads every part of the ranking in words (and why others were excluded), chooses
a carer with reasons (refused without), records the placement, links it, and writes how it turned out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from care.tests.factories import CarerProviderFactory, PlacementFactory
from matching.models import Outcome, PlacementMatch
from people.tests.factories import ChildFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


NEEDS = {
    "age": "12",
    "sex": "unknown",
    "siblings": "0",
    "exploitation_risk": "medium",
    "missing_episodes_90_days": "0",
    "avoid_areas": "Northtown: went missing there",
    "near_areas": "",
    "wishes": "",
    "worker_added": "Robin is settled at the football club",
}


@pytest.mark.django_db
def test_search_choose_link_and_outcome(personas: Any) -> None:
    trained: Any = CarerProviderFactory(
        reference="FC-0001", name="Example Household One", skills=["exploitation", "adolescents"]
    )
    CarerProviderFactory(reference="FC-0002", name="Example Household Two", area="Northtown")
    full: Any = CarerProviderFactory(reference="FC-0003", name="Example Full House", places=1)
    PlacementFactory(
        child=ChildFactory(), carer_record=full, start_date=timezone.localdate() - timedelta(days=400)
    )
    wendy = _client(personas.wendy)
    base = f"/children/{personas.child.pk}/matching/"
    assert f'href="{base}"' in wendy.get(f"/children/{personas.child.pk}/care/").content.decode()
    page = wendy.get(f"{base}new/").content.decode()
    assert "From the record: Date of birth 1 Sep 2014" in page

    response = wendy.post(f"{base}new/", NEEDS)
    match = PlacementMatch.objects.get()
    assert response["Location"] == f"{base}{match.pk}/"
    page = wendy.get(response["Location"]).content.decode()
    assert "1. Example Household One (FC-0001)" in page
    assert "Trained in exploitation risk" in page
    assert "In Northtown, an area the child should stay away from: went missing there" in page
    assert "Not trained in exploitation risk" in page
    assert "Carers excluded by a hard limit (1)" in page
    assert "Example Full House (FC-0003)</strong>: No vacancy (all 1 place taken)" in page

    page = wendy.post(f"{base}{match.pk}/decide/", {"carer": str(trained.pk), "reasons": ""}).content.decode()
    assert "There is a problem" in page and "Say why this carer was chosen" in page
    response = wendy.post(
        f"{base}{match.pk}/decide/", {"carer": str(trained.pk), "reasons": "Trained, and near the school"}
    )
    assert response.status_code == 302
    match.refresh_from_db()
    assert (match.chosen, match.chosen_rank, match.reasons) == (trained, 1, "Trained, and near the school")
    page = wendy.get(f"{base}{match.pk}/").content.decode()
    assert (
        f'/children/{personas.child.pk}/care/placements/new/?carer_record={trained.pk}">Record the placement'
        in page
    )

    placement: Any = PlacementFactory(
        child=personas.child, carer_record=trained, start_date=timezone.localdate()
    )
    page = wendy.get(f"{base}{match.pk}/").content.decode()
    assert "This match led to the placement" in page
    wendy.post(f"{base}{match.pk}/link/", {"placement": str(placement.pk)})
    match.refresh_from_db()
    assert match.placement == placement and match.outcome == Outcome.OPEN

    wendy.post(f"{base}{match.pk}/notes/", {"outcome_notes": "Settled well in the first month"})
    page = wendy.get(base).content.decode()
    assert "Example Household One (ranked 1)" in page and "Not known yet" in page
    assert "Settled well in the first month" in wendy.get(f"{base}{match.pk}/").content.decode()


@pytest.mark.django_db
def test_an_excluded_carer_cannot_be_chosen(personas: Any) -> None:
    full: Any = CarerProviderFactory(reference="FC-0009", places=1, status="closed")
    CarerProviderFactory(reference="FC-0001")
    wendy = _client(personas.wendy)
    base = f"/children/{personas.child.pk}/matching/"
    wendy.post(f"{base}new/", NEEDS)
    match = PlacementMatch.objects.get()
    page = wendy.post(
        f"{base}{match.pk}/decide/", {"carer": str(full.pk), "reasons": "Because"}
    ).content.decode()
    assert "There is a problem" in page
    match.refresh_from_db()
    assert match.chosen is None
