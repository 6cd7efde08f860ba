"""A placement linked to its register entry: chosen on the placement form ("On the register as", which fills a
blank carer name), preselected by ?carer_record=, shown with a link on the care record; an entry on hold or closed
cannot be chosen for a new placement."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from care.codes import PlacementProvider, PlacementType
from care.models import Placement, RegisterStatus
from care.services import care_record_save
from care.tests.factories import CarerProviderFactory


def _new_placement(carer: Any, **more: Any) -> dict[str, Any]:
    return {
        "place": PlacementType.U4,
        "provider": PlacementProvider.PR1,
        "carer_record": str(carer.pk),
        "carer": "",
        "start_date": "1/2/2025",
        **more,
    }


@pytest.fixture
def moved_on(personas: Any) -> Any:
    """Robin's first placement ended on 1 February 2025, so that a new one can start that day."""
    Placement.objects.filter(child=personas.child).update(end_date=date(2025, 2, 1), change_reason="CARPL")
    return personas


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_choosing_the_register_entry_fills_the_carer_name(moved_on: Any) -> None:
    carer: Any = CarerProviderFactory(name="Example Rowan Household", reference="FC-EX-31")
    url = f"/children/{moved_on.child.pk}/care/placements/new/"
    response = _client(moved_on.wendy).post(url, _new_placement(carer))
    assert response.status_code == 302
    placement = Placement.objects.get(child=moved_on.child, start_date=date(2025, 2, 1))
    assert (placement.carer, placement.carer_record_id) == ("Example Rowan Household", carer.pk)


@pytest.mark.django_db
def test_the_add_page_preselects_the_entry_named_in_the_link(moved_on: Any) -> None:
    carer: Any = CarerProviderFactory(name="Example Rowan Household", reference="FC-EX-31")
    url = f"/children/{moved_on.child.pk}/care/placements/new/?carer_record={carer.pk}"
    page = _client(moved_on.wendy).get(url).content.decode()
    assert f'<option value="{carer.pk}" selected>Example Rowan Household (FC-EX-31)</option>' in page


@pytest.mark.django_db
def test_without_an_entry_or_a_name_the_form_asks_for_one(moved_on: Any) -> None:
    url = f"/children/{moved_on.child.pk}/care/placements/new/"
    page = _client(moved_on.wendy).post(url, {**_new_placement(CarerProviderFactory()), "carer_record": ""})
    assert "Enter the carer or provider" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("status", [RegisterStatus.ON_HOLD, RegisterStatus.CLOSED])
def test_an_entry_on_hold_or_closed_cannot_be_chosen(moved_on: Any, status: str) -> None:
    carer: Any = CarerProviderFactory(name="Example Shut Household", status=status)
    url = f"/children/{moved_on.child.pk}/care/placements/new/"
    client = _client(moved_on.wendy)
    assert "Example Shut Household" not in client.get(url).content.decode()
    page = client.post(url, _new_placement(carer)).content.decode()
    assert "Choose a carer or provider that is approved and taking placements" in page
    assert not Placement.objects.filter(carer_record=carer).exists()
    placement = Placement(
        child=moved_on.child,
        place=PlacementType.U4,
        provider=PlacementProvider.PR1,
        carer="",
        carer_record=carer,
        start_date=date(2025, 2, 1),
    )
    with pytest.raises(ValidationError, match="approved and taking placements"):
        care_record_save(actor=moved_on.wendy, record=placement)


@pytest.mark.django_db
def test_a_placement_keeps_its_entry_after_the_entry_closes(moved_on: Any) -> None:
    carer: Any = CarerProviderFactory(name="Example Rowan Household")
    placement = Placement.objects.get(child=moved_on.child)
    placement.carer_record = carer
    care_record_save(actor=moved_on.wendy, record=placement)
    type(carer).objects.filter(pk=carer.pk).update(status=RegisterStatus.CLOSED)
    placement.at_risk_since = date(2024, 6, 1)
    care_record_save(actor=moved_on.wendy, record=placement)  # not refused
    page = _client(moved_on.wendy).get(f"/children/{moved_on.child.pk}/care/").content.decode()
    assert f'href="/carers/{carer.pk}/">Example Rowan Household' in page
    partner_page = _client(moved_on.pat).get(f"/children/{moved_on.child.pk}/care/").content.decode()
    assert "On the register as Example Rowan Household" in partner_page
    assert f'href="/carers/{carer.pk}/"' not in partner_page
