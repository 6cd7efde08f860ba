"""A worker marks a placement at risk of breaking down (the network proposes a meeting when one is): the date is kept
and shown on the care record, and a date before the placement started is refused at the form."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from care.models import Placement


def _edit_data(placement: Placement, **changes: Any) -> dict[str, Any]:
    return {
        "place": placement.place,
        "provider": placement.provider,
        "carer": placement.carer,
        "address": placement.address,
        "postcode": placement.postcode,
        "in_authority": "on" if placement.in_authority else "",
        "start_date": f"{placement.start_date:%d/%m/%Y}",
        "end_date": "",
        "change_reason": "",
        "intended_until_18_from": "",
        "version": placement.version,
        **changes,
    }


def _edit_url(personas: Any, placement: Placement) -> str:
    return f"/children/{personas.child.pk}/care/placements/{placement.pk}/edit/"


@pytest.mark.django_db
def test_a_placement_at_risk_is_kept_and_shown(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    placement = personas.child.placements.get()
    response = client.post(_edit_url(personas, placement), _edit_data(placement, at_risk_since="2/11/2026"))
    assert response.status_code == 302
    placement.refresh_from_db()
    assert f"{placement.at_risk_since:%d/%m/%Y}" == "02/11/2026"
    page = client.get(f"/children/{personas.child.pk}/care/").content.decode()
    assert "At risk of breaking down since" in page and "2 Nov 2026" in page


@pytest.mark.django_db
def test_at_risk_before_the_placement_started_is_refused(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    placement = personas.child.placements.get()
    before = f"{placement.start_date.replace(year=placement.start_date.year - 1):%d/%m/%Y}"
    response = client.post(_edit_url(personas, placement), _edit_data(placement, at_risk_since=before))
    assert response.status_code == 200
    assert "A placement cannot be at risk before it started" in response.content.decode()
    placement.refresh_from_db()
    assert placement.at_risk_since is None
