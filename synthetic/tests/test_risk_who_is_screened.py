"""Most children who go missing three times or more are screened, and a few others of 10 or over; a small share of
the screened children's latest screening is high (a few per cent), more medium."""

from __future__ import annotations

from collections import Counter

from risk.levels import age_on
from synthetic.tests.missing_built import built, episodes_by_child
from synthetic.tests.risk_built import latest_screenings, screenings_by_child


def test_screened_children_are_mostly_those_going_missing_and_few_are_high() -> None:
    a = built()
    episodes = episodes_by_child(a)
    screened = screenings_by_child(a)
    born = {p.id: p.date_of_birth for p in a.people}
    repeated = {child for child, own in episodes.items() if len(own) >= 3}
    assert len(repeated & set(screened)) >= 0.7 * len(repeated)
    assert set(screened) - set(episodes)  # some who never went missing
    assert len(set(screened) - set(episodes)) <= 0.2 * len(screened)
    for child, own in screened.items():
        assert all((age_on(born[child], s.screened_on) or 0) >= 10 for s in own)
    levels = Counter(s.level for s in latest_screenings(a).values())
    assert 1 <= levels["high"] <= 0.12 * len(screened)
    assert levels["medium"] > levels["high"]
