"""The authority's own provision (PR1) is inside its area for every placement type DfE rule 1015 checks: all but
foster, adoption and supported accommodation placements."""

from __future__ import annotations

from care.codes import PlacementProvider as PR
from synthetic.care_carers import PR1_ANYWHERE
from synthetic.tests.missing_built import built


def test_own_provision_is_inside_the_authority() -> None:
    placements = built().placements
    own = [p for p in placements if p.provider == PR.PR1 and p.place not in PR1_ANYWHERE]
    assert own
    assert all(p.in_authority for p in own)
