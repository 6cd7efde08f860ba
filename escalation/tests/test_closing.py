"""Closing an escalation: either side resolves it; only the one who raised it, or their manager, withdraws it; a
closed escalation takes no more steps, and its steps stay as they were."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from escalation import services
from escalation.models import Status, StepKind
from escalation.tests.factories import raised


@pytest.mark.django_db
def test_the_other_side_resolves_it_and_then_it_takes_no_more_steps(personas: Any) -> None:
    escalation = raised(personas.pat, personas.child)
    services.escalation_resolve(actor=personas.wendy, escalation=escalation, resolution="Joint visit agreed")
    escalation.refresh_from_db()
    assert (escalation.status, escalation.resolution) == (Status.RESOLVED, "Joint visit agreed")
    assert escalation.closed_on is not None
    assert escalation.steps.last().kind == StepKind.RESOLVED  # type: ignore[union-attr]
    for write in (
        lambda: services.escalation_respond(actor=personas.pat, escalation=escalation, text="Thank you"),
        lambda: services.escalation_next_stage(actor=personas.pat, escalation=escalation, why="Again"),
        lambda: services.escalation_resolve(actor=personas.pat, escalation=escalation, resolution="Again"),
        lambda: services.escalation_withdraw(actor=personas.pat, escalation=escalation, why="Again"),
    ):
        with pytest.raises(ValidationError, match=r"was resolved on .* it takes no more steps"):
            write()
    assert escalation.steps.count() == 2


@pytest.mark.django_db
def test_only_the_one_who_raised_it_or_their_manager_withdraws_it(personas: Any) -> None:
    escalation = raised(personas.wendy, personas.child, concerning_agency="Example Constabulary")
    for other in (personas.pat, personas.carl, personas.cora):
        with pytest.raises(ValidationError, match="Only the person who raised this escalation"):
            services.escalation_withdraw(actor=other, escalation=escalation, why="Not needed")
    services.escalation_withdraw(actor=personas.mia, escalation=escalation, why="Resolved in supervision")
    escalation.refresh_from_db()
    assert escalation.status == Status.WITHDRAWN
    assert escalation.steps.last().by == personas.mia  # type: ignore[union-attr]

    own = raised(personas.pat, personas.child)
    services.escalation_withdraw(actor=personas.pat, escalation=own, why="Raised in error")
    own.refresh_from_db()
    assert own.status == Status.WITHDRAWN and own.resolution == "Raised in error"
