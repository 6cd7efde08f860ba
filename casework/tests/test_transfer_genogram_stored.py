"""The transfer summary keeps the genogram as it was drawn when the summary was made, and shows that one, not
today's; a name typed with markup is escaped in the stored drawing."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.tests.factories import UserFactory
from casework import services
from casework.models import AllocationRole, TransferSummary
from people.tests.factories import PersonFactory, RelationshipFactory


def _summary(personas: Any) -> TransferSummary:
    newcomer = UserFactory(username="nia", agency=personas.wendy.agency, team=personas.wendy.team)
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=newcomer,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=timezone.localdate(),
    )
    return TransferSummary.objects.get(allocation=allocation)


def _shown(personas: Any, summary: TransferSummary) -> str:
    client = Client()
    client.force_login(personas.mia)
    page = client.get(f"/children/{personas.child.pk}/transfers/{summary.pk}/").content.decode()
    found = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)
    assert found is not None, "the page shows the stored genogram as an image"
    return base64.b64decode(found.group(1)).decode()


@pytest.mark.django_db
def test_the_summary_shows_the_genogram_of_the_day_it_was_made(personas: Any) -> None:
    summary = _summary(personas)
    stored = summary.content["genogram_svg"]
    assert stored.startswith("<svg") and "Jo Fictional" in stored
    later = PersonFactory(forename="Lee", surname="Later")
    RelationshipFactory(person_a=later, person_b=personas.child.person, kind="aunt_uncle")
    shown = _shown(personas, summary)
    assert "Jo Fictional" in shown
    assert "Lee Later" not in shown  # recorded after the change: not in the summary's drawing


@pytest.mark.django_db
def test_a_name_with_markup_is_escaped_in_the_stored_drawing(personas: Any) -> None:
    uncle = PersonFactory(forename="<script>alert(1)</script>", surname="Uncle")
    RelationshipFactory(person_a=uncle, person_b=personas.child.person, kind="aunt_uncle")
    stored = _summary(personas).content["genogram_svg"]
    assert "<script>" not in stored
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in stored
