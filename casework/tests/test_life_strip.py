"""The life-story strip: every placement and social worker as a band across the years, narrow bands without text
(the table beside it names them), and the child's page shows it with the table."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.test import Client

from casework.life_strip import Spell, life_strip

TODAY = date(2026, 11, 27)


def test_seven_placements_and_ten_workers_in_two_years_are_all_drawn() -> None:
    placements = [Spell(date(2024, 12, 1 + 3 * i), None if i == 6 else date(2024, 12, 4 + 3 * i), f"Carer {i}")
                  for i in range(7)]  # fmt: skip
    placements[-1] = Spell(date(2024, 12, 19), None, "Carer 6")
    workers = [Spell(date(2024, 12, 1).replace(month=1 + i), None, f"Worker {i}") for i in range(10)]
    strip = life_strip(placements=placements, workers=workers, today=TODAY, since=date(2024, 11, 1))
    assert strip is not None
    assert len(strip.bands) == 17
    assert strip.summary.startswith("7 placements and 10 social workers from 01 January 2024")
    assert [t.label for t in strip.ticks] == ["2025", "2026"]
    narrow = [b for b in strip.bands if b.width < 70]
    assert narrow and all(b.shown_label == "" for b in narrow)
    assert all(b.x >= 120 and b.x + b.width <= 640.5 for b in strip.bands)


def test_a_long_name_is_shortened_in_the_band_but_kept_whole_in_its_tooltip() -> None:
    strip = life_strip(
        placements=[Spell(date(2025, 10, 1), date(2026, 3, 1), "Ash and Rowan Example-Longname")],
        workers=[Spell(date(2025, 1, 1), None, "Wendy Worker")],
        today=TODAY,
    )
    assert strip is not None
    band = strip.bands[0]
    assert band.label == "Ash and Rowan Example-Longname"
    assert band.shown_label.endswith("…") and len(band.shown_label) < len(band.label)


def test_nothing_to_draw_without_placements_or_workers() -> None:
    assert life_strip(placements=[], workers=[], today=TODAY) is None


@pytest.mark.django_db
def test_the_childs_page_draws_the_strip_with_its_table(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    page = client.get(f"/children/{personas.child.pk}/").content.decode()
    assert "Placements and social workers over time" in page
    assert 'class="lantern-life-strip"' in page
    assert "Sam and Alex Carer" in page and "Wendy Worker" in page
