"""Return interviews are offered after the child came back, about 63% within 72 hours, some later, some never; a
declined offer has no interview date and a done one is dated after the offer, before as_of."""

from __future__ import annotations

from datetime import timedelta

from synthetic.tests.missing_built import AS_OF, built, local


def test_offers_follow_the_return_mostly_within_72_hours() -> None:
    a = built()
    episodes = {e.id: e for e in a.missing_episodes}
    ended = [e for e in a.missing_episodes if e.ended_at is not None]
    in_time = late = 0
    for interview in a.return_interviews:
        episode = episodes[interview.episode]
        assert interview.child == episode.child and episode.ended_at is not None
        if interview.offered_at is None:
            assert interview.no_interview_reason and not interview.response and interview.done_on is None
            continue
        assert interview.offered_at >= episode.ended_at
        in_time += interview.offered_at <= episode.ended_at + timedelta(hours=72)
        late += interview.offered_at > episode.ended_at + timedelta(hours=72)
        if interview.response == "declined":
            assert interview.done_on is None
        if interview.done_on is not None:
            assert local(interview.offered_at).date() <= interview.done_on < AS_OF
            assert interview.push_factors and interview.pull_factors and interview.done_by
    assert len({i.episode for i in a.return_interviews}) == len(a.return_interviews)
    assert 0.55 <= in_time / len(ended) <= 0.72
    assert 0.15 <= late / len(ended) <= 0.38
    offered = [i for i in a.return_interviews if i.offered_at is not None]
    assert 0.1 <= sum(i.response == "declined" for i in offered) / len(offered) <= 0.3
