"""Visits, looked-after reviews, plans and placement notifications through their pages: the visitor is the worker
signed in unless they say otherwise, a review is chaired by one of the IROs, a plan belongs only to one of this
child's placements; dates are checked against the child's birth and today; every change is audited; partners read
but do not write; the unrelated worker gets 404."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from care.codes import PlacementProvider, PlacementType
from care.models import Placement
from casework.statutory_records import LookedAfterReview, Plan, Visit
from chronology.models import ChronologyEntry
from people.tests.factories import ChildFactory


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str) -> str:
    return f"/children/{personas.child.pk}/{path}"


@pytest.mark.django_db
def test_the_visit_form_names_the_signed_in_worker_as_the_visitor(personas: Any) -> None:
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, "visits/new/")).content.decode()
    assert f'<option value="{personas.wendy.pk}" selected>Wendy Worker' in form
    mia_form = _client(personas.mia).get(_url(personas, "visits/new/")).content.decode()
    assert f'<option value="{personas.mia.pk}" selected>Mia Manager' in mia_form

    response = wendy.post(
        _url(personas, "visits/new/"),
        {
            "visited_on": "20/11/2026",
            "visitor": personas.wendy.pk,
            "where": "school",
            "seen": "on",
            "seen_alone": "on",
            "notes": "Robin showed me the new bike.\nHappy at school.",
        },
    )
    visit = Visit.objects.get(visited_on="2026-11-20")
    assert response["Location"] == _url(personas, f"visits/#record-{visit.pk}")
    assert visit.visitor == personas.wendy and visit.seen_alone
    assert AuditEvent.objects.filter(action="create", object_type="visit", object_id=str(visit.pk)).exists()
    page = wendy.get(_url(personas, "visits/")).content.decode()
    assert f'id="record-{visit.pk}"' in page
    assert "Visit on 20 Nov 2026" in page and "Yes, alone" in page and "School or college" in page
    assert "Robin showed me the new bike.<br>Happy at school." in page
    entry = ChronologyEntry.objects.get(source_type="visit", source_id=str(visit.pk))
    chronology = wendy.get(_url(personas, "chronology/")).content.decode()
    assert f"{_url(personas, 'visits/')}#record-{entry.source_id}" in chronology


@pytest.mark.django_db
def test_a_visit_in_the_future_or_before_birth_is_refused(personas: Any) -> None:
    wendy = _client(personas.wendy)
    data = {"visitor": personas.wendy.pk, "where": "placement", "seen": "on"}
    future = wendy.post(_url(personas, "visits/new/"), {**data, "visited_on": "1/1/2099"}).content.decode()
    assert '<a href="#id_visited_on">The date cannot be in the future</a>' in future
    before = wendy.post(_url(personas, "visits/new/"), {**data, "visited_on": "1/1/2014"}).content.decode()
    assert "The date cannot be before the child&#x27;s date of birth (01/09/2014)" in before
    unseen = wendy.post(
        _url(personas, "visits/new/"), {**data, "seen": "", "seen_alone": "on", "visited_on": "2/11/2026"}
    ).content.decode()
    assert "A child who was not seen cannot have been seen alone" in unseen
    assert Visit.objects.filter(child=personas.child).count() == 1


@pytest.mark.django_db
def test_the_review_form_offers_the_iros_only(personas: Any) -> None:
    iro: Any = UserFactory(username="ira", first_name="Ira", last_name="Reviewer", role=Role.IRO)
    left: Any = UserFactory(username="old", first_name="Old", last_name="Iro", role=Role.IRO, is_active=False)
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, "reviews/new/")).content.decode()
    assert f'<option value="{iro.pk}">Ira Reviewer' in form
    assert f'value="{personas.wendy.pk}"' not in form and f'value="{left.pk}"' not in form

    refused = wendy.post(
        _url(personas, "reviews/new/"),
        {"held_on": "5/11/2026", "iro": personas.wendy.pk, "participation": "PN1"},
    ).content.decode()
    assert "Select a valid choice" in refused
    response = wendy.post(
        _url(personas, "reviews/new/"), {"held_on": "5/11/2026", "iro": iro.pk, "participation": "PN1"}
    )
    review = LookedAfterReview.objects.get(held_on="2026-11-05")
    assert response["Location"] == _url(personas, f"reviews/#record-{review.pk}")
    assert review.iro == iro
    page = wendy.get(_url(personas, "reviews/")).content.decode()
    assert "Ira Reviewer" in page and "PN1: attended and spoke for themselves" in page


@pytest.mark.django_db
def test_a_review_is_changed_and_deleted_with_a_reason(personas: Any) -> None:
    wendy = _client(personas.wendy)
    review = personas.child.reviews.get()
    edit = _url(personas, f"reviews/{review.pk}/edit/")
    assert wendy.post(edit, {"held_on": "6/2/2024", "participation": "PN3", "version": 1}).status_code == 302
    review.refresh_from_db()
    assert review.participation == "PN3" and review.version == 2
    changed = AuditEvent.objects.get(
        action="update", object_type="lookedafterreview", object_id=str(review.pk)
    )
    assert changed.diff is not None and changed.diff["participation"] == ["PN1", "PN3"]

    delete = _url(personas, f"reviews/{review.pk}/delete/")
    assert "Delete this review?" in wendy.get(delete).content.decode()
    assert wendy.post(delete, {"reason": "Recorded twice"}).status_code == 302
    assert not LookedAfterReview.objects.filter(pk=review.pk).exists()
    deleted = AuditEvent.objects.get(
        action="delete", object_type="lookedafterreview", object_id=str(review.pk)
    )
    assert deleted.reason == "Recorded twice"


@pytest.mark.django_db
def test_a_plan_can_belong_only_to_this_childs_placement(personas: Any) -> None:
    other: Any = ChildFactory()
    elsewhere = Placement.objects.create(
        child=other,
        place=PlacementType.U6,
        provider=PlacementProvider.PR4,
        carer="Another Child's Carer",
        start_date="2025-01-01",
    )
    ours = personas.child.placements.get()
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, f"plans/new/?placement={ours.pk}&kind=placement_plan")).content.decode()
    assert f'<option value="{ours.pk}" selected>Sam and Alex Carer (U4), from 10 Jan 2024</option>' in form
    assert '<option value="placement_plan" selected>' in form
    assert "Another Child" not in form

    data = {"kind": "placement_plan", "made_on": "1/11/2026", "carer_signed_on": "2/11/2026"}
    refused = wendy.post(_url(personas, "plans/new/"), {**data, "placement": elsewhere.pk}).content.decode()
    assert "Select a valid choice" in refused
    missing = wendy.post(_url(personas, "plans/new/"), data).content.decode()
    assert "Choose the placement this plan is for" in missing
    early = wendy.post(
        _url(personas, "plans/new/"), {**data, "placement": ours.pk, "carer_signed_on": "31/10/2026"}
    ).content.decode()
    assert "The carer cannot sign the plan before it was made" in early
    assert Plan.objects.filter(made_on="2026-11-01").count() == 0

    assert wendy.post(_url(personas, "plans/new/"), {**data, "placement": ours.pk}).status_code == 302
    plan = Plan.objects.get(made_on="2026-11-01")
    assert plan.placement == ours
    care = wendy.get(_url(personas, "care/")).content.decode()
    assert "Placement plan of 1 Nov 2026</a>, signed by the carer on 2 Nov 2026" in care


@pytest.mark.django_db
def test_partners_with_a_grant_neither_read_nor_change_visit_notes(personas: Any) -> None:
    """Visit and review notes are the social worker's, like case notes: a partner sees the duties page instead."""
    pat = _client(personas.pat)
    for path in ("visits/", "reviews/"):
        page = pat.get(_url(personas, path))
        assert page.status_code == 404 and b"Visit on 1 Feb 2024" not in page.content
    assert pat.get(_url(personas, "duties/")).status_code == 200
    visit = personas.child.visits.get()
    assert pat.post(_url(personas, f"visits/{visit.pk}/delete/"), {"reason": "x"}).status_code == 404
    assert Visit.objects.filter(pk=visit.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["visits/", "reviews/", "plans/", "visits/new/", "plans/new/", "reviews/new/"]
)
def test_an_unrelated_worker_gets_404(personas: Any, path: str) -> None:
    response = _client(personas.uma).get(_url(personas, path))
    assert response.status_code == 404 and b"Robin" not in response.content
    assert AuditEvent.objects.filter(
        actor=personas.uma, action="refusal", child_id=personas.child.pk
    ).exists()


@pytest.mark.django_db
def test_visit_notes_are_kept_exactly_and_shown_as_text(personas: Any) -> None:
    hostile = "<script>alert('x')</script>\u202e & \"quoted\""
    visit = personas.child.visits.get()
    wendy = _client(personas.wendy)
    response = wendy.post(
        _url(personas, f"visits/{visit.pk}/edit/"),
        {
            "visited_on": "1/2/2024",
            "visitor": personas.wendy.pk,
            "where": "placement",
            "seen": "on",
            "notes": hostile,
        },
    )
    assert response.status_code == 302
    visit.refresh_from_db()
    assert visit.notes == hostile
    page = wendy.get(_url(personas, "visits/")).content.decode()
    assert html.escape(hostile) in page and "<script>alert" not in page


@pytest.mark.django_db
def test_another_childs_visit_cannot_be_reached_through_this_childs_pages(personas: Any) -> None:
    other: Any = ChildFactory()
    theirs = Visit.objects.create(child=other, visited_on="2025-05-05", notes="Another child's visit")
    wendy = _client(personas.wendy)
    for action in ("edit", "delete"):
        response = wendy.get(_url(personas, f"visits/{theirs.pk}/{action}/"))
        assert response.status_code == 404 and b"Another child" not in response.content
    wendy.post(_url(personas, f"visits/{theirs.pk}/delete/"), {"reason": "x"})
    assert Visit.objects.filter(pk=theirs.pk).exists()
