"""The child's history in sections with review dates (stale after 12 months), and the child's own words, shown at
a glance on the child's page."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client

from casework.models import HistorySection


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_saving_a_section_records_the_review_and_old_ones_are_flagged(personas: Any) -> None:
    url = f"/children/{personas.child.pk}/history/identity/"
    assert _client(personas.wendy).post(url, {"text": "Proud of a Welsh grandmother."}).status_code == 302
    section = HistorySection.objects.get(child=personas.child, kind="identity")
    assert (section.reviewed_by, section.text) == (personas.wendy, "Proud of a Welsh grandmother.")
    HistorySection.objects.filter(pk=section.pk).update(reviewed_on=datetime.date(2024, 1, 1))
    history = _client(personas.pat).get(f"/children/{personas.child.pk}/history/").content.decode()
    assert "Not reviewed for over 12 months" in history
    child_page = _client(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    assert "1 of 7 sections written; not reviewed for over 12 months: Identity" in child_page
    assert _client(personas.pat).post(url, {"text": "x"}).status_code == 404
    assert _client(personas.wendy).get(f"/children/{personas.child.pk}/history/astrology/").status_code == 404


@pytest.mark.django_db
def test_the_childs_words_are_kept_as_said_and_shown_at_a_glance(personas: Any) -> None:
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/wishes/new/",
        {"said_on": "20/11/2026", "words": "I don't want to move again.", "context": "after football"},
    )
    assert response.status_code == 302
    page = _client(personas.mia).get(f"/children/{personas.child.pk}/").content.decode()
    assert "“I don&#x27;t want to move again.”" in page
    assert "to Wendy Worker" in page


@pytest.mark.django_db
def test_the_child_page_counts_social_workers(personas: Any) -> None:
    page = _client(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    assert "1 in the last 12 months, 1 in the last 24 months" in page


@pytest.mark.django_db
def test_the_date_box_starts_with_today_as_a_user_types_it(personas: Any) -> None:
    today = datetime.date.today()
    page = _client(personas.wendy).get(f"/children/{personas.child.pk}/wishes/new/").content.decode()
    assert f'value="{today.day}/{today.month}/{today.year}"' in page
