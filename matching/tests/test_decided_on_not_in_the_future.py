"""A decision dated in the future is refused, as every dated record is (lantern.child_records.check_dated)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from care.tests.factories import CarerProviderFactory
from matching.services import match_decide, match_search
from matching.tests.factories import needs


@pytest.mark.django_db
def test_a_decision_tomorrow_is_refused(personas: Any) -> None:
    carer: Any = CarerProviderFactory()
    match = match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    with pytest.raises(ValidationError) as refused:
        match_decide(
            actor=personas.wendy,
            match=match,
            carer=carer,
            reasons="Near the school",
            on=timezone.localdate() + timedelta(days=1),
        )
    assert refused.value.message_dict == {"decided_on": ["The date cannot be in the future"]}
