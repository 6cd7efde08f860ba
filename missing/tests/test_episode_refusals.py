"""An episode that could not have happened is refused at the form with a clear message, and nothing is saved: a
return before the child went missing, a time in the future, two episodes at once, an episode before the child was
looked after."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from missing.models import MissingEpisode
from missing.tests.helpers import client_for, episode, hours_ago


def _post(personas: Any, **fields: str) -> str:
    data = {"kind": "M", "reported_by": "Carl Carer", **fields}
    response = client_for(personas.carl).post(f"/children/{personas.child.pk}/missing/new/", data)
    assert response.status_code == 200
    return response.content.decode()


def _at(moment: datetime.datetime) -> str:
    return f"{timezone.localtime(moment):%d/%m/%Y %H:%M}"


@pytest.mark.django_db
def test_refusals(personas: Any) -> None:
    before = MissingEpisode.objects.count()
    page = _post(personas, started_at=_at(hours_ago(5)), ended_at=_at(hours_ago(6)))
    assert "The return must be after the child went missing" in page and "govuk-error-summary" in page
    page = _post(personas, started_at=_at(hours_ago(-5)))
    assert "cannot be in the future" in page
    page = _post(personas, started_at="31/02/2026 10:00")
    assert "Enter a real date and time" in page
    page = _post(personas, started_at=_at(datetime.datetime(2023, 12, 1, 20, 0, tzinfo=datetime.UTC)))
    assert "not looked after then" in page
    assert MissingEpisode.objects.count() == before

    episode(personas, started=hours_ago(10), hours=None)
    page = _post(personas, started_at=_at(hours_ago(3)))
    assert "still open: record when the child came back from it first" in page
    assert MissingEpisode.objects.count() == before + 1


@pytest.mark.django_db
def test_an_episode_overlapping_an_earlier_one_is_refused(personas: Any) -> None:
    episode(personas, started=hours_ago(48), hours=10)
    page = _post(personas, started_at=_at(hours_ago(45)), ended_at=_at(hours_ago(30)))
    assert "This overlaps the episode from" in page


@pytest.mark.django_db
def test_a_year_at_the_end_of_the_calendar_is_refused(personas: Any) -> None:
    assert "between the years 1900 and 2100" in _post(personas, started_at="1/1/0001 00:30")
