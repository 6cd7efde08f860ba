"""The schools of the synthetic authority's towns name it as their local authority by the one name the seed gives it
(its local authority agency); a school out of the authority names the council of its own town."""

from __future__ import annotations

from accounts.models import Agency
from synthetic import places
from synthetic.care_carers import OUT_TOWNS
from synthetic.tests.missing_built import built


def test_schools_name_their_own_authority() -> None:
    out = built()
    (authority,) = [a.name for a in out.agencies if a.kind == Agency.Kind.LOCAL_AUTHORITY]
    schools = out.education.schools
    assert any(s.area in OUT_TOWNS for s in schools)
    for school in schools:
        if school.area in places.TOWNS:
            assert school.authority == authority and school.in_authority, school
        else:
            assert school.area in OUT_TOWNS and school.authority == f"{school.area} Council", school
