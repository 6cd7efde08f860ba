"""The weights are configuration: LANTERN_MATCHING_WEIGHTS overrides the documented defaults and changes the order;
an unknown weight or one that is not a number is refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from matching.needs import Area
from matching.rank import rank
from matching.tests.factories import facts, needs
from matching.weights import Weights, weights_from_settings

CHILD = needs(age=14, exploitation_risk="medium", near_areas=(Area("Southby", "grandmother lives there"),))
TRAINED_FAR = facts("FC-0001", skills={"exploitation", "adolescents"}, area="Northtown")
NEAR_UNTRAINED = facts("FC-0002", skills=set(), area="Southby")


def _order() -> list[str]:
    return [
        r.carer.reference for r in rank(CHILD, [NEAR_UNTRAINED, TRAINED_FAR], weights_from_settings()).ranked
    ]


def test_the_defaults_put_the_trained_carer_first() -> None:
    assert weights_from_settings() == Weights()
    assert _order() == ["FC-0001", "FC-0002"]


@override_settings(LANTERN_MATCHING_WEIGHTS={"near_area": 60})
def test_a_heavier_weight_for_being_near_changes_the_order() -> None:
    assert weights_from_settings().near_area == 60.0
    assert _order() == ["FC-0002", "FC-0001"]


@override_settings(LANTERN_MATCHING_WEIGHTS={"nearness": 60})
def test_an_unknown_weight_is_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match="Unknown matching weights: nearness"):
        weights_from_settings()


@override_settings(LANTERN_MATCHING_WEIGHTS={"near_area": "a lot"})
def test_a_weight_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match="near_area must be a number"):
        weights_from_settings()
