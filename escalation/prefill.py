"""A raise form prefilled from a joint decision recorded with dissent (learning point 11): the concern is the dissent
in the dissenters' own words, and the escalation is about the agency on the other side of the disagreement."""

from __future__ import annotations

from typing import Any


def from_discussion(discussion: Any) -> dict[str, str]:
    people = list(discussion.participants.all())
    dissenting = [p for p in people if p.dissent.strip()]
    dissent_agencies = {p.agency for p in dissenting}
    others = [p.agency for p in people if p.agency not in dissent_agencies]
    words = "\n".join(f"{p.name} ({p.agency}): “{p.dissent.strip()}”" for p in dissenting)
    decided = f"{discussion.get_kind_display()} on {discussion.held_on.day} {discussion.held_on:%b %Y}"
    return {
        "concerning_agency": others[0] if others else "",
        "concern": f"Dissent from the {decided}, which decided: {discussion.decisions}\n{words}",
    }
