"""Every seeded placement with a foster carer, a connected carer, a children's home or supported accommodation has
a register entry of the right kind, where the placement is, approved for the child's age; the others (with parents,
adopters, family centres) have none. The register has vacancies for every age band."""

from __future__ import annotations

from care.codes import PlacementProvider as PR
from care.register_models import CarerKind, RegisterStatus
from synthetic.care_register import ON_REGISTER, age_on
from synthetic.tests.missing_built import built

BANDS = ((0, 4), (5, 10), (11, 15), (16, 17))


def test_every_placement_with_a_carer_has_a_register_entry() -> None:
    out = built()
    e = out.education
    carers = {c.id: c for c in e.carers}
    birth = {p.id: p.date_of_birth for p in out.people if p.date_of_birth is not None}
    for placement in out.placements:
        if placement.place not in ON_REGISTER:
            assert placement.id not in e.carer_of
            continue
        entry = carers[e.carer_of[placement.id]]
        assert entry.address == placement.address and entry.postcode == placement.postcode
        assert entry.in_authority == placement.in_authority
        assert placement.address.endswith(entry.area)
        assert entry.min_age <= age_on(birth[placement.child], placement.start_date) <= entry.max_age
        assert entry.approved_on <= placement.start_date
        if entry.kind == CarerKind.AGENCY_FOSTER:
            assert placement.provider in (PR.PR4, PR.PR5) and entry.agency
        if placement.end_date is None:
            assert entry.status == RegisterStatus.ACTIVE


def test_the_register_has_vacancies_for_every_age_band_and_some_entries_not_active() -> None:
    e = built().education
    open_now = {e.carer_of[p.id] for p in built().placements if p.end_date is None and p.id in e.carer_of}
    spare = [c for c in e.carers if c.status == RegisterStatus.ACTIVE and c.id not in open_now]
    for youngest, oldest in BANDS:
        assert any(c.min_age <= youngest and oldest <= c.max_age for c in spare), (youngest, oldest)
    statuses = {c.status for c in e.carers}
    assert {RegisterStatus.ON_HOLD, RegisterStatus.CLOSED} <= statuses
    assert len({c.reference for c in e.carers}) == len(e.carers)
