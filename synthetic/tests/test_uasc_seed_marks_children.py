"""`lantern seed` records as UASC exactly the children its history marks as unaccompanied asylum-seeking children,
with the date UASC status ceased on the 18th birthday once that has passed (903 rules 304 and 392a/392b)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from people.models import Child
from people.uasc import eighteenth_birthday
from synthetic.care_history import UASC_NOTE
from synthetic.tests.missing_built import AS_OF


@pytest.mark.django_db
def test_the_children_marked_uasc_are_recorded_as_uasc(db: Any) -> None:
    call_command(
        "seed", "--children=80", "--years=4", "--seed=3", f"--as-of={AS_OF}", "--no-progress", stdout=None
    )
    children = list(Child.objects.select_related("person"))
    marked = {c.pk for c in children if c.person.notes.startswith(UASC_NOTE)}
    assert marked
    assert {c.pk for c in children if c.uasc} == marked
    for child in children:
        turned = eighteenth_birthday(child.person.date_of_birth) if child.person.date_of_birth else None
        passed = child.uasc and turned is not None and turned <= AS_OF
        assert child.uasc_ceased_on == (turned if passed else None)
