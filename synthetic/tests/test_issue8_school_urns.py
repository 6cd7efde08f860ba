"""The seeded schools have URNs only from the invented range 900000 to 999999 (no real school's), each once, and
every town of the authority has a primary and a secondary school; some schools are outside the authority."""

from __future__ import annotations

from education.models import Phase
from synthetic import places
from synthetic.care_schools import AUTHORITY
from synthetic.tests.missing_built import built


def test_schools_have_invented_urns_and_cover_the_towns() -> None:
    schools = built().education.schools
    urns = [s.urn for s in schools]
    assert len(set(urns)) == len(urns)
    assert all(u.isdigit() and 900_000 <= int(u) <= 999_999 for u in urns)
    assert len({s.name for s in schools}) == len(schools)
    for town in places.TOWNS:
        for phase in (Phase.PRIMARY, Phase.SECONDARY):
            assert any(s.area == town and s.phase == phase for s in schools), (town, phase)
    outside = [s for s in schools if not s.in_authority]
    assert outside and all(s.authority != AUTHORITY for s in outside)
    assert all(s.designated_teacher for s in schools)
