"""A strategy discussion or joint decision with the police: who took part for each agency, what was decided, and
dissent in the dissenter's own words; a decision with dissent offers an escalation at once: the raise form of the
escalation procedure, prefilled from the decision, and raising it marks the decision (who asked, when)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from audit.models import AuditEvent
from risk.models import DiscussionParticipant, StrategyDiscussion


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(personas: Any, path: str = "") -> str:
    return f"/children/{personas.child.pk}/risk/strategy-discussions/{path}"


def _data(*people: dict[str, str], initial: int = 0, **fields: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "joint_decision",
        "held_on": "5/11/2026",
        "reason": "Robin was found in a car with two adult men",
        "decisions": "No police investigation for now; the risk plan continues",
        "outcome": "risk_plan",
        "people-TOTAL_FORMS": str(len(people)),
        "people-INITIAL_FORMS": str(initial),
        **fields,
    }
    for n, person in enumerate(people):
        data.update({f"people-{n}-{k}": v for k, v in person.items()})
    return data


WENDY = {"name": "Wendy Worker", "agency": "Children’s social care"}
PAT = {"name": "Pat Police", "agency": "Police"}
DISSENT = "I do not agree. She was in that car for three hours and nobody is asking who those men are."


@pytest.mark.django_db
def test_a_decision_with_dissent_offers_an_escalation_at_once(personas: Any) -> None:
    wendy = _client(personas.wendy)
    form = wendy.get(_url(personas, "new/")).content.decode()
    assert 'name="people-0-name" type="text" value="Wendy Worker"' in form
    response = wendy.post(_url(personas, "new/"), _data(WENDY, {**PAT, "dissent": DISSENT}, {}, initial=1))
    discussion = StrategyDiscussion.objects.get()
    assert response["Location"] == _url(personas, f"{discussion.pk}/")
    assert discussion.dissent_recorded and not discussion.escalation_requested
    assert discussion.recorded_by == personas.wendy
    assert [(p.name, p.dissent) for p in discussion.participants.all()] == [
        ("Wendy Worker", ""),
        ("Pat Police", DISSENT),
    ]

    page = wendy.get(response["Location"]).content.decode()
    assert (
        "Joint decision with the police saved. Dissent is recorded: you can raise an escalation now" in page
    )
    assert "Raise an escalation</a>" in page
    assert "“I do not agree. She was in that car for three hours" in page

    escalate = _url(personas, f"{discussion.pk}/escalate/")
    raise_form = f"/children/{personas.child.pk}/escalations/raise/?discussion={discussion.pk}"
    assert wendy.get(escalate).status_code == 405
    assert wendy.post(escalate)["Location"] == raise_form
    assert f'href="{raise_form}"' in page
    discussion.refresh_from_db()
    assert not discussion.escalation_requested  # nothing is marked until the escalation is raised
    form = wendy.get(raise_form).content.decode()
    assert f"Pat Police (Police): “{DISSENT}”" in form
    response = wendy.post(
        raise_form.split("?")[0],
        {
            "discussion": str(discussion.pk),
            "concerning_agency": "Police",
            "concern": DISSENT,
            "why_it_matters": "Robin may be being exploited",
            "wanted_outcome": "Agree a joint plan",
        },
    )
    assert response.status_code == 302
    discussion.refresh_from_db()
    assert discussion.escalation_requested and discussion.escalation_requested_by == personas.wendy
    assert discussion.escalation_requested_at is not None
    assert AuditEvent.objects.filter(
        object_type="strategydiscussion",
        action="update",
        reason="escalation raised through the escalation procedure",
    ).exists()
    page = wendy.get(_url(personas, f"{discussion.pk}/")).content.decode()
    assert "An escalation was raised from this decision by Wendy Worker on" in page
    assert "Raise an escalation</a>" not in page


@pytest.mark.django_db
def test_no_escalation_without_dissent(personas: Any) -> None:
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), _data(WENDY, PAT))
    discussion = StrategyDiscussion.objects.get()
    page = wendy.get(_url(personas, f"{discussion.pk}/")).content.decode()
    assert not discussion.dissent_recorded and "Raise an escalation" not in page
    page = wendy.post(_url(personas, f"{discussion.pk}/escalate/")).content.decode()
    assert "There is no dissent recorded on this decision to escalate" in page
    discussion.refresh_from_db()
    assert not discussion.escalation_requested


@pytest.mark.django_db
def test_who_took_part_is_needed_and_mistakes_are_shown(personas: Any) -> None:
    wendy = _client(personas.wendy)
    page = wendy.post(_url(personas, "new/"), _data({"DELETE": "on"}, {}, initial=1)).content.decode()
    assert '<a href="#id_people-0-name">Give who took part, and for which agency</a>' in page
    page = wendy.post(_url(personas, "new/"), _data({}, {}, initial=1)).content.decode()
    assert '<a href="#id_people-0-name">Enter the name of the person who took part</a>' in page
    page = wendy.post(_url(personas, "new/"), _data({"name": "Pat Police"})).content.decode()
    assert '<a href="#id_people-0-agency">Enter their agency</a>' in page
    page = wendy.post(
        _url(personas, "new/"), _data(WENDY, decisions="", review_on="1/11/2026")
    ).content.decode()
    assert '<a href="#id_decisions">Say what was decided</a>' in page
    assert '<a href="#id_review_on">The review date cannot be before the discussion</a>' in page
    assert not StrategyDiscussion.objects.exists()


@pytest.mark.django_db
def test_participants_are_changed_and_removed_under_the_version(personas: Any) -> None:
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), _data(WENDY, PAT))
    discussion = StrategyDiscussion.objects.get()
    wendy_row, pat_row = discussion.participants.all()
    edit = _data(
        {**WENDY, "participant_id": str(wendy_row.pk)},
        {**PAT, "participant_id": str(pat_row.pk), "DELETE": "on"},
        {"name": "Dr Nurse", "agency": "Health", "dissent": "Health were not asked before"},
        initial=2,
        version="1",
    )
    assert wendy.post(_url(personas, f"{discussion.pk}/edit/"), edit).status_code == 302
    discussion.refresh_from_db()
    assert [p.name for p in discussion.participants.all()] == ["Wendy Worker", "Dr Nurse"]
    assert discussion.dissent_recorded and discussion.version == 2
    assert AuditEvent.objects.filter(object_type="discussionparticipant", action="delete").count() == 1
    page = wendy.post(_url(personas, f"{discussion.pk}/edit/"), edit).content.decode()
    assert "Someone else changed" in page


@pytest.mark.django_db
def test_a_decision_with_dissent_cannot_be_deleted(personas: Any) -> None:
    wendy = _client(personas.wendy)
    wendy.post(_url(personas, "new/"), _data(WENDY, {**PAT, "dissent": DISSENT}))
    discussion = StrategyDiscussion.objects.get()
    page = wendy.get(_url(personas, f"{discussion.pk}/delete/")).content.decode()
    assert "has dissent recorded, so it cannot be deleted" in page
    wendy.post(_url(personas, f"{discussion.pk}/delete/"), {"reason": "tidying"})
    assert StrategyDiscussion.objects.filter(pk=discussion.pk).exists()

    wendy.post(_url(personas, "new/"), _data(WENDY, PAT, held_on="6/11/2026"))
    plain = StrategyDiscussion.objects.get(held_on__day=6)
    assert wendy.post(_url(personas, f"{plain.pk}/delete/"), {"reason": "Wrong child"}).status_code == 302
    assert not StrategyDiscussion.objects.filter(pk=plain.pk).exists()
    assert not DiscussionParticipant.objects.filter(discussion_id=plain.pk).exists()


@pytest.mark.django_db
def test_the_police_read_the_dissent_and_cannot_change_the_record(personas: Any) -> None:
    _client(personas.wendy).post(_url(personas, "new/"), _data(WENDY, {**PAT, "dissent": DISSENT}))
    discussion = StrategyDiscussion.objects.get()
    pat = _client(personas.pat)
    page = pat.get(_url(personas, f"{discussion.pk}/")).content.decode()
    assert "I do not agree" in page and "Dissent is recorded on this decision" in page
    # The police are in the child's network: they may raise an escalation, but not change the record.
    assert "Raise an escalation</a>" in page and "Change the record" not in page
    assert pat.get(_url(personas, "new/")).status_code == 404
    assert pat.post(_url(personas, f"{discussion.pk}/escalate/")).status_code == 404
    discussion.refresh_from_db()
    assert not discussion.escalation_requested
    cora = _client(personas.cora)  # the coordinator with a grant may use the discussion's own button
    assert cora.post(_url(personas, f"{discussion.pk}/escalate/")).status_code == 302
