"""Hostile and broken text in the forms and the API: HTML and script are shown as text, never run; control
characters, right-to-left marks and over-long strings get a clear error or are kept exactly; nothing fails."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lantern.api.auth import token_issue
from people.models import Relationship

HOSTILE = st.one_of(
    st.sampled_from(
        [
            "<script>alert('x')</script>",
            '"><img src=x onerror=alert(1)>',
            "=cmd|' /C calc'!A0",
            "\u202egnp.exe",  # right-to-left override
            "Robin\u200b Fictional",  # zero-width space
            "x" * 5000,
        ]
    ),
    st.text(min_size=1, max_size=300),
)


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=HOSTILE)
def test_relationship_description_is_kept_or_refused_and_always_escaped(personas: Any, text: str) -> None:
    wendy = _signed_in(personas.wendy)
    r = Relationship.objects.get(pk=personas.mother_relationship.pk)
    response = wendy.post(
        f"/children/{personas.child.pk}/relationships/{r.pk}/edit/",
        {
            "person_a": personas.mother.pk,
            "kind": "parent",
            "person_b": personas.child.pk,
            "parental_responsibility": "on",
            "description": text,
            "version": r.version,
        },
    )
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert b"There is a problem" in response.content  # refused with a message, nothing saved
        assert Relationship.objects.get(pk=r.pk).description == r.description
        return
    saved = Relationship.objects.get(pk=r.pk).description
    assert saved == text.strip() or saved == text.replace("\r\n", "\n").strip()
    page = wendy.get(f"/children/{personas.child.pk}/").content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    if saved:
        assert html.escape(saved, quote=False)[:50] in page.replace("&#x27;", "'").replace("&quot;", '"')


@pytest.mark.django_db
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=HOSTILE)
def test_api_answers_every_name_with_a_save_or_a_clear_refusal(personas: Any, text: str) -> None:
    api = Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='t')}"})
    url = f"/api/v1/children/{personas.child.pk}/people/{personas.mother.pk}"
    response = api.patch(url, {"forename": text}, content_type="application/json")
    assert response.status_code in (200, 400, 409, 422), response.content
    if response.status_code != 200:
        assert response.json()["detail"]
