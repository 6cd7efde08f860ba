"""A looked-after review is refused, through its page and through the API, when the SSDA903 return would reject it:
dated when the child was not looked after, before their birth, or with a participation code that does not fit
their age (PN0 only under 4, rules 440/441). A period of care holding a review cannot be deleted from under it.
Nothing refused is saved.

The persona child, Robin (born 1 September 2014), is looked after from 10 January 2024, with one review on
5 February 2024 (conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.statutory_records import LookedAfterReview
from lantern.api.auth import token_issue

BEFORE_CARE = (
    "This review is dated 5 Jan 2024, when Robin was not looked after: check the date, or record the period of "
    "care first"
)
PN0_TOO_OLD = (
    "PN0 is for a child under 4: Robin turned 4 on 1 Sep 2018, before this review on 5 Mar 2024. Choose how they "
    "took part"
)


def _page(personas: Any, data: dict[str, Any], path: str = "reviews/new/") -> str:
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(f"/children/{personas.child.pk}/{path}", data)
    assert response.status_code == 200, "refused: the form is shown again"
    page = response.content.decode()
    assert "There is a problem" in page
    return page


def _api(personas: Any) -> Client:
    return Client(headers={"Authorization": f"Bearer {token_issue(user=personas.wendy, name='test system')}"})


def _only_the_persona_review(personas: Any) -> None:
    review = LookedAfterReview.objects.get(child=personas.child)
    assert (str(review.held_on), review.participation, review.version) == ("2024-02-05", "PN1", 1)
    assert not AuditEvent.objects.filter(child_id=personas.child.pk, action__in=["update", "delete"]).exists()


@pytest.mark.django_db
def test_the_review_page_refuses_a_review_outside_care_or_with_the_wrong_participation(personas: Any) -> None:
    page = _page(personas, {"held_on": "5/1/2024", "participation": "PN1"})
    assert f'<a href="#id_held_on">{BEFORE_CARE}</a>' in page
    page = _page(personas, {"held_on": "5/3/2024", "participation": "PN0"})
    assert f'<a href="#id_participation">{PN0_TOO_OLD}</a>' in page
    page = _page(personas, {"held_on": "31/8/2014", "participation": "PN0"})
    assert "The date cannot be before the child&#x27;s date of birth (01/09/2014)" in page
    review = LookedAfterReview.objects.get(child=personas.child)
    page = _page(
        personas, {"held_on": "5/1/2024", "participation": "PN1", "version": 1}, f"reviews/{review.pk}/edit/"
    )
    assert f'<a href="#id_held_on">{BEFORE_CARE}</a>' in page
    _only_the_persona_review(personas)


@pytest.mark.django_db
def test_the_api_refuses_the_same_reviews_and_saves_a_right_one(personas: Any) -> None:
    client = _api(personas)
    url = f"/api/v1/children/{personas.child.pk}/reviews"
    refused = client.post(
        url, {"held_on": "2024-01-05", "participation": "PN1"}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert refused.json()["errors"] == {"held_on": [BEFORE_CARE]}
    refused = client.post(
        url, {"held_on": "2024-03-05", "participation": "PN0"}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert refused.json()["detail"] == f"The record was not saved: {PN0_TOO_OLD}"
    review = LookedAfterReview.objects.get(child=personas.child)
    refused = client.patch(f"{url}/{review.pk}", {"held_on": "2024-01-05"}, content_type="application/json")
    assert refused.json()["errors"] == {"held_on": [BEFORE_CARE]}
    _only_the_persona_review(personas)
    saved = client.post(
        url, {"held_on": "2024-08-05", "participation": "PN6"}, content_type="application/json"
    )
    assert saved.status_code == 201, saved.content
    assert [r["held_on"] for r in client.get(url).json()] == ["2024-08-05", "2024-02-05"]


@pytest.mark.django_db
def test_a_period_of_care_holding_a_review_is_not_deleted(personas: Any) -> None:
    child = personas.child
    Placement.objects.filter(child=child).delete()  # leave the period holding only its review
    LegalStatusRecord.objects.filter(child=child).delete()
    period = PeriodOfCare.objects.get(child=child)
    client = Client()
    client.force_login(personas.wendy)
    response = client.post(
        f"/children/{child.pk}/care/periods/{period.pk}/delete/", {"reason": "entered twice"}
    )
    assert response.status_code == 200
    assert (
        "This period of care holds the looked-after review of 5 Feb 2024: correct or remove that review first"
        in (response.content.decode())
    )
    assert PeriodOfCare.objects.filter(pk=period.pk).exists()
