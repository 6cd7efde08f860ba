"""`lantern seed` writes the register, the schools, the schooling and the matches it builds, passing the models' own
checks; every placement with a carer on the register is written with its carer_record."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from care.models import CarerProvider, Placement
from education.models import Attendance, Enrolment, Exclusion, School, SchoolMove
from matching.models import PlacementMatch
from synthetic.care_register import ofsted_urn_of
from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

CHILDREN, YEARS, SEED = 120, 4, 5


@pytest.fixture
def written(db: Any) -> Any:
    call_command(
        "seed", f"--children={CHILDREN}", f"--years={YEARS}", f"--seed={SEED}", f"--as-of={AS_OF}",
        "--no-progress", stdout=None,
    )  # fmt: skip
    return build_authority(children=CHILDREN, years=YEARS, seed=SEED, as_of=AS_OF).education


@pytest.mark.django_db
def test_the_seed_writes_the_register_schools_and_matches(written: Any) -> None:
    for model, rows in (
        (CarerProvider, written.carers),
        (School, written.schools),
        (Enrolment, written.enrolments),
        (Attendance, written.attendance),
        (Exclusion, written.exclusions),
        (SchoolMove, written.moves),
        (PlacementMatch, written.matches),
    ):
        assert rows, model
        assert set(model._default_manager.values_list("pk", flat=True)) == {r.id for r in rows}, model
        for record in model._default_manager.all():
            record.full_clean()
    linked = dict(Placement.objects.filter(carer_record__isnull=False).values_list("pk", "carer_record_id"))
    assert linked == written.carer_of


@pytest.mark.django_db
def test_homes_and_agencies_are_written_with_their_ofsted_urns(written: Any) -> None:
    stored = dict(CarerProvider.objects.values_list("pk", "ofsted_urn"))
    assert stored == {c.id: ofsted_urn_of(c) for c in written.carers}
    assert any(urn.startswith("SC9") for urn in stored.values())
