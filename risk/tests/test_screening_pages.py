"""A screening through its pages: the worker grades every indicator with its evidence and Lantern works out the
overall level (Robin is 12, so a high-risk factor means referral and a high level); partners with a grant read it;
the carer cannot add one; the changes are audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from risk.models import Grade, Level, Screening
from risk.tests.factories import screening_form_data


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/risk/screenings/{path}"


@pytest.mark.django_db
def test_the_worker_screens_and_lantern_works_out_the_level(personas: Any) -> None:
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, "new/")).content.decode()
    assert "Screen for exploitation and online risk" in form
    assert "Significant indicators" in form and "Additional indicators" in form
    assert "Lantern has 0 missing episodes for the child in the last 12 months" in form
    data = screening_form_data(school_absence=Grade.MEDIUM, self_harm=Grade.HIGH)
    response = wendy.post(_url(personas, "new/"), data)
    screening = Screening.objects.get(child=personas.child)
    assert response.status_code == 302
    assert response["Location"] == _url(personas, f"{screening.pk}/")
    assert (screening.level, screening.indicated_level, screening.referral_required) == (
        Level.HIGH,
        Level.HIGH,
        True,
    )
    assert screening.screened_by == personas.wendy
    grades = {g.indicator: g for g in screening.grades.all()}
    assert grades["self_harm"].grade == Grade.HIGH and "self-harm" in grades["self_harm"].evidence
    assert grades["missing"].grade == Grade.NONE and len(grades) == 17
    assert AuditEvent.objects.filter(
        action="create", object_type="screening", object_id=str(screening.pk)
    ).exists()
    assert AuditEvent.objects.filter(action="create", object_type="screeninggrade").count() == 17

    page = wendy.get(response["Location"]).content.decode()
    assert (
        "Screening saved: the overall level is high. Arrange a strategy discussion or network meeting" in page
    )
    assert "aged 13 or under with a high-risk factor, so a referral is needed" in page
    assert "Aged 12, 13 or under, with “Self-harm or thoughts of suicide” graded high" in page
    assert '<strong class="govuk-tag govuk-tag--red">High</strong>' in page


@pytest.mark.django_db
def test_a_level_can_be_raised_on_judgement_with_a_reason(personas: Any) -> None:
    wendy = _client(personas.wendy)
    data = screening_form_data(school_absence=Grade.LOW, judged_level="medium", judgement_reason="")
    page = wendy.post(_url(personas, "new/"), data).content.decode()
    assert "Give the reason for raising the level" in page
    data["judgement_reason"] = "She has stopped talking about where she goes"
    assert wendy.post(_url(personas, "new/"), data).status_code == 302
    screening = Screening.objects.get()
    assert (screening.indicated_level, screening.level) == (Level.LOW, Level.MEDIUM)


@pytest.mark.django_db
def test_mistakes_are_shown_at_their_fields_and_nothing_is_saved(personas: Any) -> None:
    wendy = _client(personas.wendy)
    before_screening = screening_form_data("3/11/2026", "2/11/2026")
    page = wendy.post(_url(personas, "new/"), before_screening).content.decode()
    assert '<a href="#id_review_on">The review date must be after the date of the screening</a>' in page

    no_evidence = screening_form_data(online_contact=Grade.HIGH)
    no_evidence["evidence_online_contact"] = "  "
    page = wendy.post(_url(personas, "new/"), no_evidence).content.decode()
    assert (
        '<a href="#id_evidence_online_contact">Give the evidence for grading '
        "“Online contact with unknown adults” as high</a>"
    ) in page

    ungraded = screening_form_data()
    del ungraded["grade_missing"]
    page = wendy.post(_url(personas, "new/"), ungraded).content.decode()
    assert '<a href="#id_grade_missing">Select a grade for “Going missing or away from placement”</a>' in page

    lowered = screening_form_data(missing=Grade.HIGH, judged_level="low", judgement_reason="She is fine")
    page = wendy.post(_url(personas, "new/"), lowered).content.decode()
    assert "Professional judgement can raise the level, not lower it: the indicators give high" in page

    future = screening_form_data("3/11/2099", "3/12/2099")
    page = wendy.post(_url(personas, "new/"), future).content.decode()
    assert "The date cannot be in the future" in page
    assert page.count("govuk-error-summary__title") == 1
    assert not Screening.objects.exists()


@pytest.mark.django_db
def test_a_screening_is_changed_under_its_version_and_deleted_with_a_reason(personas: Any) -> None:
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), screening_form_data(money_gifts=Grade.MEDIUM))
    screening = Screening.objects.get()
    assert screening.level == Level.MEDIUM and screening.version == 1
    edit = wendy.get(_url(personas, f"{screening.pk}/edit/")).content.decode()
    assert 'value="medium" checked' in edit
    changed = {**screening_form_data(money_gifts=Grade.LOW), "version": "1"}
    assert wendy.post(_url(personas, f"{screening.pk}/edit/"), changed).status_code == 302
    screening.refresh_from_db()
    assert screening.level == Level.LOW and screening.version == 2
    stale = {**screening_form_data(money_gifts=Grade.HIGH), "version": "1"}
    page = wendy.post(_url(personas, f"{screening.pk}/edit/"), stale).content.decode()
    assert "Someone else changed this screening after you opened it" in page
    assert screening.grades.get(indicator="money_gifts").grade == Grade.LOW

    assert wendy.post(_url(personas, f"{screening.pk}/delete/"), {"reason": ""}).status_code == 200
    assert wendy.post(_url(personas, f"{screening.pk}/delete/"), {"reason": "Wrong child"}).status_code == 302
    assert not Screening.objects.exists()
    assert AuditEvent.objects.get(action="delete", object_type="screening").reason == "Wrong child"


@pytest.mark.django_db
def test_a_change_to_grades_alone_makes_a_new_version(personas: Any) -> None:
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), screening_form_data(money_gifts=Grade.MEDIUM))
    screening = Screening.objects.get()
    evidence = {**screening_form_data(money_gifts=Grade.MEDIUM), "version": "1"}
    evidence["evidence_money_gifts"] = "New trainers and a phone, seen by the carer on 2 November"
    assert wendy.post(_url(personas, f"{screening.pk}/edit/"), evidence).status_code == 302
    screening.refresh_from_db()
    assert screening.version == 2 and screening.level == Level.MEDIUM
    page = wendy.post(_url(personas, f"{screening.pk}/edit/"), evidence).content.decode()
    assert "Someone else changed this screening after you opened it" in page


@pytest.mark.django_db
def test_partners_with_a_grant_read_screenings_and_the_carer_cannot_add_one(personas: Any) -> None:
    _client(personas.wendy).post(_url(personas, "new/"), screening_form_data(missing=Grade.HIGH))
    screening = Screening.objects.get()
    for who in (personas.pat, personas.carl):
        client = _client(who)
        listing = client.get(_url(personas)).content.decode()
        assert f'id="record-{screening.pk}"' in listing and "Screen for exploitation" not in listing
        detail = client.get(_url(personas, f"{screening.pk}/")).content.decode()
        assert "Going missing or away from placement" in detail and "Change the screening" not in detail
    carl = _client(personas.carl)
    assert carl.get(_url(personas, "new/")).status_code == 404
    assert carl.post(_url(personas, "new/"), screening_form_data()).status_code == 404
    assert carl.get(_url(personas, f"{screening.pk}/edit/")).status_code == 404
    assert Screening.objects.count() == 1
    assert AuditEvent.objects.filter(actor=personas.carl, action="refusal").count() == 3
