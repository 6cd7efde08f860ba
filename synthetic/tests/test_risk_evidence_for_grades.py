"""Every grade above none has its evidence, and a grade of none has none; the "missing" indicator is graded from the
child's episodes begun in the 12 months up to the screening (none, then low from 1, medium from 3, high from 15)."""

from __future__ import annotations

from datetime import timedelta

from synthetic.tests.missing_built import built, episodes_by_child, local
from synthetic.tests.risk_built import grades_by_screening


def test_grades_have_evidence_and_missing_follows_the_episodes() -> None:
    a = built()
    episodes = episodes_by_child(a)
    grades = grades_by_screening(a)
    for screening in a.screenings:
        for grade in grades[screening.id]:
            assert bool(grade.evidence.strip()) == (grade.grade != "none"), grade
        missing = next(g for g in grades[screening.id] if g.indicator == "missing")
        day = screening.screened_on
        count = sum(
            1
            for e in episodes.get(screening.child, [])
            if day - timedelta(days=365) <= local(e.started_at).date() <= day
        )
        expected = "high" if count >= 15 else "medium" if count >= 3 else "low" if count else "none"
        assert missing.grade == expected
        if count:
            assert missing.evidence.startswith(f"{count} missing episode")
