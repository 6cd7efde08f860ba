"""Network meetings are held for children with risk: a meeting after a high screening follows it within three
weeks, and some children with a high screening have not met since (so Lantern proposes one). Everyone who attended
from the network is in the child's network on the day; actions have one owner each, most done, a few overdue."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from synthetic.network_texts import MEETING_REASONS
from synthetic.tests.missing_built import AS_OF, built


def test_meetings_follow_high_risk_with_their_people_and_actions() -> None:
    a = built()
    members = {m.id: m for m in a.members}
    meetings = {m.id: m for m in a.meetings}
    assert meetings
    met: dict[object, list[date]] = defaultdict(list)
    for meeting in a.meetings:
        met[meeting.child].append(meeting.held_on)
        assert meeting.held_on < AS_OF
        assert meeting.next_meeting_on is None or meeting.next_meeting_on > meeting.held_on
    high_days: dict[object, list[date]] = defaultdict(list)
    for s in a.screenings:
        if s.level == "high":
            high_days[s.child].append(s.screened_on)
    after_high = [m for m in a.meetings if m.reason == MEETING_REASONS[0]]
    assert after_high
    for meeting in after_high:
        assert any(
            timedelta(days=3) <= meeting.held_on - day <= timedelta(days=21)
            for day in high_days[meeting.child]
        )
    followed = {c for c, days in high_days.items() if any(held >= max(days) for held in met.get(c, []))}
    assert followed  # some met after their latest high screening ...
    assert followed < set(high_days)  # ... and some have not met since, so the proposal shows
    for row in a.attendance:
        if row.member is not None:
            member, meeting = members[row.member], meetings[row.meeting]
            assert member.child == meeting.child
            assert member.from_date <= meeting.held_on and (
                member.to_date is None or member.to_date >= meeting.held_on
            )
    done = overdue = 0
    for action in a.meeting_actions:
        assert bool(action.owner) != bool(action.owner_name.strip())
        assert action.child == meetings[action.meeting].child
        done += action.done_on is not None
        overdue += action.done_on is None and action.due_on < AS_OF
    assert done > len(a.meeting_actions) / 2
    assert overdue >= 1
