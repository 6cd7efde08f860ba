"""At a glance on the child's page shows each written history section by its label with its text cut to about 40
words, a link to the section, and the flag on a section not reviewed for over 12 months."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from casework import services
from casework.models import HistorySection


def _page(personas: Any) -> str:
    client = Client()
    client.force_login(personas.wendy)
    return client.get(f"/children/{personas.child.pk}/").content.decode()


@pytest.mark.django_db
def test_each_written_section_shows_its_label_and_its_opening_words(personas: Any) -> None:
    long_text = " ".join(f"word{n}" for n in range(1, 61))
    for kind, text in (("family_background", "Lived with mother until 2019."), ("identity", long_text)):
        services.history_section_save(
            actor=personas.wendy, child=personas.child, kind=kind, text=text, version=None
        )
    HistorySection.objects.filter(child=personas.child, kind="identity").update(
        reviewed_on=datetime.date(2024, 1, 1)
    )
    page = _page(personas)
    glance = page.split("At a glance")[1].split("Identity</h2>")[0]
    assert "2 of 7 sections written; not reviewed for over 12 months: Identity" in glance
    assert "Family background" in glance and "Lived with mother until 2019." in glance
    assert "word40 …" in glance and "word41" not in glance  # cut at about 40 words
    assert "Not reviewed since 1 Jan 2024" in glance
    assert f'href="/children/{personas.child.pk}/history/#section-identity"' in glance
    assert "Previous periods of care" not in glance  # not written, so not shown
