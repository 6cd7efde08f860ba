"""Most children never go missing; those who do are mostly teenagers; a few go missing many times."""

from __future__ import annotations

import statistics
from datetime import date

from duties.rules.calendar import birthday
from synthetic.tests.missing_built import CHILDREN, built, episodes_by_child, local


def _age(born: date, day: date) -> int:
    years = day.year - born.year
    return years if birthday(born, years) <= day else years - 1


def test_most_children_never_go_missing_and_a_few_go_many_times() -> None:
    a = built()
    per_child = episodes_by_child(a)
    counts = [len(own) for own in per_child.values()]
    assert 0.70 <= 1 - len(per_child) / CHILDREN <= 0.92  # about four in five: none
    assert statistics.median(counts) <= 3  # most who go missing go once to three times
    many = [n for n in counts if n >= 10]
    assert 1 <= len(many) <= 0.05 * CHILDREN and max(counts) <= 41  # a few: ten to forty
    people = {p.id: p for p in a.people}
    ages = []
    for child, own in per_child.items():
        born = people[child].date_of_birth
        assert born is not None
        ages.append(_age(born, local(own[0].started_at).date()))
    assert sum(age >= 12 for age in ages) >= 0.8 * len(ages)  # mostly teenagers
