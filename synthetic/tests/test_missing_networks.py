"""The same invented associates and places are named in the records of several children: networks of concern."""

from __future__ import annotations

from synthetic.care_missing import CIRCLES
from synthetic.tests.missing_built import built, named


def test_a_network_is_named_across_three_or_more_children() -> None:
    a = built()
    children_by_name = named(a)
    circle_names = {n.casefold().removeprefix("the ") for c in CIRCLES for n in (*c.people, *c.places)}
    networks = {key: kids for key, kids in children_by_name.items() if len(kids) >= 3}
    assert any(name in circle_names for _, name in networks)
    people = [kids for (kind, name), kids in networks.items() if kind == "person" and name in circle_names]
    assert people and max(len(kids) for kids in people) <= 8
    for _, name in networks:  # otherwise only brothers and sisters going home to the same parent
        assert name in circle_names or name.startswith(("mother's home, ", "father's home, ")), name
