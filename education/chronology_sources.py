"""How personal education plans appear in the child's chronology."""

from __future__ import annotations

from django.urls import reverse

from chronology.models import Category, ChronologyEntry
from chronology.sources import Facts, register
from education.models import PersonalEducationPlan


def pep_facts(pep: PersonalEducationPlan) -> Facts:
    text = "Personal education plan meeting"
    if pep.school:
        text += f" at {pep.school}"
    return Facts(
        child_id=pep.child_id,
        occurred_on=pep.held_on,
        category=Category.EDUCATION,
        what_happened=text,
        agency="Virtual school",
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("education:peps", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(PersonalEducationPlan, source_type="pep", describe=pep_facts, link=_link, label="PEP")
