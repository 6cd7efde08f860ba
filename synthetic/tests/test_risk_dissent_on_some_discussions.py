"""Strategy discussions follow high screenings, with social care and the police taking part; some record dissent in
a participant's own words (and say so), not all; an escalation is asked for only where there is dissent."""

from __future__ import annotations

import uuid
from collections import defaultdict

from synthetic.spec import ParticipantSpec
from synthetic.tests.missing_built import built
from synthetic.tests.risk_built import screenings_by_child


def test_some_discussions_record_dissent_and_some_of_those_ask_to_escalate() -> None:
    a = built()
    screenings = screenings_by_child(a)
    people: dict[uuid.UUID, list[ParticipantSpec]] = defaultdict(list)
    for participant in a.participants:
        people[participant.discussion].append(participant)
    high_children = {c for c, own in screenings.items() if any(s.level == "high" for s in own)}
    assert a.discussions
    assert {d.child for d in a.discussions} <= high_children
    assert len({d.child for d in a.discussions}) >= len(high_children) / 2
    for discussion in a.discussions:
        highs = [s.screened_on for s in screenings[discussion.child] if s.level == "high"]
        assert any(day <= discussion.held_on for day in highs)
        own = people[discussion.id]
        assert [p.position for p in own] == list(range(len(own)))
        agencies = {p.agency for p in own}
        assert "Children’s social care" in agencies and "Lanternshire Constabulary" in agencies
        assert discussion.dissent_recorded == any(p.dissent.strip() for p in own)
        if discussion.escalation_requested:
            assert discussion.dissent_recorded and discussion.escalation_requested_at is not None
    with_dissent = [d for d in a.discussions if d.dissent_recorded]
    assert with_dissent and len(with_dissent) < len(a.discussions)
