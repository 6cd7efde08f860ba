"""The seeded register's invented Ofsted URNs: every children's home and supported accommodation provider its own,
each fostering agency one shared by its carers, all SC and six digits in SC900000-SC999999 (no real provider's), and
none for the authority's own and connected carers."""

from __future__ import annotations

import re
from collections import defaultdict

from care.register_models import CarerKind
from synthetic.care_register import ofsted_urn_of
from synthetic.tests.missing_built import built


def test_homes_and_agencies_have_invented_urns() -> None:
    carers = built().education.carers
    urns = {c.id: ofsted_urn_of(c) for c in carers}
    homes = [urns[c.id] for c in carers if c.kind in (CarerKind.CHILDRENS_HOME, CarerKind.SUPPORTED)]
    assert homes and len(set(homes)) == len(homes)
    by_agency: dict[str, set[str]] = defaultdict(set)
    for c in carers:
        if c.kind == CarerKind.AGENCY_FOSTER and c.agency:
            by_agency[c.agency].add(urns[c.id])
    assert by_agency and all(len(found) == 1 for found in by_agency.values())
    assert len({next(iter(found)) for found in by_agency.values()}) == len(by_agency)
    given = [u for u in urns.values() if u]
    assert all(re.fullmatch(r"SC9\d{5}", u) for u in given)
    others = (CarerKind.OWN_FOSTER, CarerKind.CONNECTED)
    assert all(urns[c.id] == "" for c in carers if c.kind in others)
