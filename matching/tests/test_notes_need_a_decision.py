"""Notes on how a placement turned out can only be recorded once a carer has been chosen."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from care.tests.factories import CarerProviderFactory
from matching.services import match_record_notes, match_search
from matching.tests.factories import needs


@pytest.mark.django_db
def test_notes_on_an_undecided_search_are_refused(personas: Any) -> None:
    CarerProviderFactory()
    match = match_search(actor=personas.wendy, child=personas.child, needs=needs(age=12))
    with pytest.raises(ValidationError) as refused:
        match_record_notes(actor=personas.wendy, match=match, notes="Settled")
    assert "No carer has been chosen in this search" in str(refused.value)
    match.refresh_from_db()
    assert match.outcome_notes == ""
