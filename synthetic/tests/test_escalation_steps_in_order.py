"""Every seeded escalation's steps are in order (raised first, a closing step last when closed), its stage is its
last step's, its time limit is the stage's (escalation/stages.py); one raised from a joint decision is raised by
whoever asked on a decision with dissent, that day."""

from __future__ import annotations

from collections import defaultdict

from escalation.stages import DEFAULT_STAGE_DAYS, stage_due_on
from synthetic.mint import LONDON
from synthetic.tests.missing_built import AS_OF, built


def test_escalations_run_through_their_stages_in_order() -> None:
    a = built()
    steps = defaultdict(list)
    for step in a.escalation_steps:
        steps[step.escalation].append(step)
    discussions = {d.id: d for d in a.discussions}
    assert a.escalations
    assert {e.status for e in a.escalations} >= {"open", "resolved"}
    for escalation in a.escalations:
        own = steps[escalation.id]
        assert [(s.taken_on, s.recorded_at) for s in own] == sorted((s.taken_on, s.recorded_at) for s in own)
        assert own[0].kind == "raised" and own[0].taken_on == escalation.raised_on and own[0].stage == 1
        assert [s.stage for s in own] == sorted(s.stage for s in own)
        assert escalation.stage == own[-1].stage
        moves = [s for s in own if s.kind in ("raised", "next_stage")]
        assert (
            moves[-1].taken_on == escalation.stage_started_on and moves[-1].due_on == escalation.stage_due_on
        )
        assert escalation.stage_due_on == stage_due_on(
            escalation.stage_started_on, escalation.stage, DEFAULT_STAGE_DAYS
        )
        closing = [s for s in own if s.kind in ("resolved", "withdrawn")]
        if escalation.status == "open":
            assert not closing and escalation.closed_on is None
        else:
            assert closing == own[-1:] and escalation.closed_on == own[-1].taken_on
        assert own[-1].taken_on < AS_OF
        if escalation.discussion is not None:
            discussion = discussions[escalation.discussion]
            assert discussion.dissent_recorded and discussion.escalation_requested
            assert discussion.escalation_requested_by == escalation.raised_by
            assert discussion.escalation_requested_at is not None
            assert discussion.escalation_requested_at.astimezone(LONDON).date() == escalation.raised_on
    asked = {d.id for d in a.discussions if d.escalation_requested}
    assert asked == {e.discussion for e in a.escalations if e.discussion is not None}
