"""The Episodes URN comes from the register entry the child is placed with: its Ofsted URN when it has one,
"XXXXXXX" for foster carers without one, blank for a children's home not yet given one (so that rule 218 points at
it), and never one for a placement type the DfE gives none (rule 222)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from care.models import CarerKind, Placement
from care.tests.factories import CarerProviderFactory
from returns.tables import build_return
from returns.tests.factories import looked_after


def _urns(**placement: Any) -> list[str]:
    child = looked_after(local_id="C0001")
    Placement.objects.filter(child=child).update(**placement)
    return [row["URN"] for row in build_return(2026).rows["Episodes"]]


@pytest.mark.django_db
def test_a_childrens_home_with_an_ofsted_urn_gives_it() -> None:
    home = CarerProviderFactory(kind=CarerKind.CHILDRENS_HOME, ofsted_urn="SC912345")
    assert _urns(place="K2", provider="PR4", carer_record=home) == ["SC912345"]


@pytest.mark.django_db
def test_an_agency_foster_placement_gives_the_agency_urn() -> None:
    carer = CarerProviderFactory(kind=CarerKind.AGENCY_FOSTER, ofsted_urn="SC900001")
    assert _urns(place="U6", provider="PR4", carer_record=carer) == ["SC900001"]


@pytest.mark.django_db
def test_the_authoritys_own_foster_carer_gives_xxxxxxx() -> None:
    carer = CarerProviderFactory(kind=CarerKind.OWN_FOSTER, ofsted_urn="")
    assert _urns(place="U4", provider="PR1", carer_record=carer) == ["XXXXXXX"]


@pytest.mark.django_db
def test_a_foster_placement_not_on_the_register_gives_xxxxxxx() -> None:
    assert _urns(place="U3", provider="PR1", carer_record=None) == ["XXXXXXX"]


@pytest.mark.django_db
def test_a_childrens_home_without_a_urn_is_left_blank_for_rule_218() -> None:
    home = CarerProviderFactory(kind=CarerKind.CHILDRENS_HOME, ofsted_urn="")
    assert _urns(place="K2", provider="PR4", carer_record=home) == [""]


@pytest.mark.django_db
def test_a_placement_with_parents_gives_none_even_when_the_entry_has_one() -> None:
    entry = CarerProviderFactory(kind=CarerKind.CHILDRENS_HOME, ofsted_urn="SC912345")
    assert _urns(place="P1", provider="PR0", carer_record=entry) == [""]


@pytest.mark.django_db
def test_an_ofsted_reference_stands_in_for_an_entry_without_the_urn() -> None:
    home = CarerProviderFactory(kind=CarerKind.CHILDRENS_HOME, reference="SC954321", ofsted_urn="")
    assert _urns(place="K2", provider="PR4", carer_record=home, start_date=datetime.date(2025, 5, 1)) == [
        "SC954321"
    ]
