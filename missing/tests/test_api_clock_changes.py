"""A time sent to the API without an offset is UK time; in the hour the clocks go back it happened twice, and in
the hour they go forward never, so the API refuses it and asks for the offset (as the page asks for BST or GMT)
instead of guessing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from lantern.api.auth import token_issue


def _report(personas: Any, started_at: str, ended_at: str) -> Any:
    client = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.carl, name='test')}"})
    return client.post(
        f"/api/v1/children/{personas.child.pk}/missing-episodes",
        {"kind": "M", "started_at": started_at, "ended_at": ended_at, "reported_by": "Carl Carer"},
        content_type="application/json",
    )


@pytest.mark.django_db
def test_a_time_from_the_hour_the_clocks_went_back_needs_its_offset(personas: Any) -> None:
    response = _report(personas, "2025-10-26T01:30", "2025-10-26T06:00")
    assert response.status_code == 422
    assert "happened twice" in response.json()["detail"] and "+01:00" in response.json()["detail"]
    response = _report(personas, "2025-10-26T01:30+00:00", "2025-10-26T06:00")
    assert response.status_code == 201, response.json()
    assert response.json()["started_at"] == "2025-10-26T01:30:00Z"  # the second 01:30, GMT


@pytest.mark.django_db
def test_a_time_in_the_hour_the_clocks_went_forward_never_happened(personas: Any) -> None:
    response = _report(personas, "2026-03-29T01:30", "2026-03-29T06:00")
    assert response.status_code == 422 and "did not happen" in response.json()["detail"]
