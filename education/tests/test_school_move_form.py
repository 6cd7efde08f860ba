"""The school move form: a worker records a move (the records' due date is shown, the enrolments end and start),
the Key Stage 4 approval fields are shown and required for a placement move of a pupil in Year 10 or 11, and the
virtual school marks the records sent and received."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from care.models import Placement
from education.models import Enrolment, SchoolMove
from education.tests.factories import make_ks4, make_school, virtual_school_teacher


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _base(personas: Any) -> str:
    return f"/children/{personas.child.pk}/education/"


@pytest.mark.django_db
def test_a_worker_records_a_move_and_the_enrolments_follow(personas: Any) -> None:
    old, new = make_school(name="Example Primary"), make_school(name="Example Secondary")
    Enrolment.objects.create(child=personas.child, school=old, start_date="2020-09-02")
    wendy = _client(personas.wendy)
    form = wendy.get(_base(personas) + "moves/new/").content.decode()
    assert "Key Stage 4 approval" not in form  # Year 7
    response = wendy.post(
        _base(personas) + "moves/new/",
        {
            "from_school": str(old.pk),
            "to_school": str(new.pk),
            "reason": "transition",
            "left_on": "17/7/2026",
            "joined_on": "2/9/2026",
            "move_enrolments": "on",
        },
        follow=True,
    )
    move = SchoolMove.objects.get()
    assert "School move saved: the records are due by 7 Aug 2026" in response.content.decode()
    assert move.recorded_by == personas.wendy
    ended, started = Enrolment.objects.order_by("start_date")
    assert (
        str(ended.end_date) == "2026-07-17"
        and started.school == new
        and str(started.start_date) == "2026-09-02"
    )


@pytest.mark.django_db
def test_ks4_placement_move_needs_the_approval_fields(personas: Any) -> None:
    make_ks4(personas.child)
    wendy = _client(personas.wendy)
    assert "Key Stage 4 approval" in wendy.get(_base(personas) + "moves/new/").content.decode()
    placement = Placement.objects.get(child=personas.child)
    response = wendy.post(
        _base(personas) + "moves/new/",
        {
            "reason": "placement_move",
            "placement": str(placement.pk),
            "left_on": "1/6/2026",
            "joined_on": "1/5/2026",
        },
    )
    page = response.content.decode()
    assert "There is a problem" in page
    assert "The child cannot join before leaving the old school" in page
    assert "Enter who approved the move" in page and "Enter the date the IRO was consulted" in page
    assert not SchoolMove.objects.exists()
    response = wendy.post(
        _base(personas) + "moves/new/",
        {
            "reason": "placement_move",
            "placement": str(placement.pk),
            "left_on": "1/6/2026",
            "ks4_approved_by": "Nora Nominated",
            "ks4_approver_level": "nominated_officer",
            "ks4_approved_on": "20/5/2026",
            "designated_teacher_consulted_on": "18/5/2026",
            "iro_consulted_on": "19/5/2026",
        },
    )
    assert response.status_code == 302
    assert SchoolMove.objects.get().ks4_approved_by == "Nora Nominated"


@pytest.mark.django_db
def test_the_virtual_school_marks_the_records_sent_and_received(personas: Any) -> None:
    from education.tests.factories import record_move

    move = record_move(personas.wendy, personas.child)
    vera = _client(virtual_school_teacher(personas.child))
    assert vera.get(_base(personas) + "moves/new/").status_code == 404
    sent = vera.post(
        _base(personas) + f"moves/{move.pk}/records-sent/", {"on": "5/6/2026", "version": move.version}
    )
    assert sent.status_code == 302
    early = vera.post(
        _base(personas) + f"moves/{move.pk}/records-received/",
        {"on": "4/6/2026", "version": move.version + 1},
    )
    assert "Records cannot be received before they were sent" in early.content.decode()
    vera.post(
        _base(personas) + f"moves/{move.pk}/records-received/",
        {"on": "8/6/2026", "version": move.version + 1},
    )
    move.refresh_from_db()
    assert str(move.records_sent_on) == "2026-06-05" and str(move.records_received_on) == "2026-06-08"
    page = vera.get(_base(personas)).content.decode()
    assert "Received on 8 Jun 2026" in page
