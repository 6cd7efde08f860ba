"""`lantern seed` writes the network, sharing and escalation records it builds, and they pass the models' own
checks; the placements at risk are written with their date; the chronology has an entry for every meeting, concern,
thing shared and escalation step (rebuild derives them for the bulk-written rows)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from care.models import Placement
from chronology.models import ChronologyEntry
from escalation.models import Escalation, EscalationStep
from network.models import Concern, MeetingAction, MeetingAttendance, NetworkMeeting, NetworkMember
from sharing.models import SharedInformation
from synthetic.generator import build_authority
from synthetic.tests.missing_built import AS_OF

CHILDREN, YEARS, SEED = 200, 4, 5


@pytest.fixture
def written(db: Any) -> Any:
    call_command(
        "seed", f"--children={CHILDREN}", f"--years={YEARS}", f"--seed={SEED}", f"--as-of={AS_OF}",
        "--no-progress", stdout=None,
    )  # fmt: skip
    return build_authority(children=CHILDREN, years=YEARS, seed=SEED, as_of=AS_OF)


@pytest.mark.django_db
def test_the_seed_writes_the_network_sharing_and_escalations(written: Any) -> None:
    for model, rows in (
        (NetworkMember, written.members),
        (NetworkMeeting, written.meetings),
        (MeetingAttendance, written.attendance),
        (MeetingAction, written.meeting_actions),
        (Concern, written.concerns),
        (SharedInformation, written.shared),
        (Escalation, written.escalations),
        (EscalationStep, written.escalation_steps),
    ):
        assert rows, model
        assert set(model._default_manager.values_list("pk", flat=True)) == {r.id for r in rows}, model
        for record in model._default_manager.all():
            record.clean()
    at_risk = {p.id: p.at_risk_since for p in written.placements if p.at_risk_since}
    assert at_risk
    assert (
        dict(Placement.objects.filter(at_risk_since__isnull=False).values_list("pk", "at_risk_since"))
        == at_risk
    )
    for source_type, rows in (
        ("networkmeeting", written.meetings),
        ("networkconcern", written.concerns),
        ("sharedinformation", written.shared),
        ("escalationstep", written.escalation_steps),
    ):
        entries = ChronologyEntry.objects.filter(source_type=source_type)
        assert set(entries.values_list("source_id", flat=True)) == {str(r.id) for r in rows}, source_type
