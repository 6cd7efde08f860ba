"""How screenings and strategy discussions appear in the child's chronology (learning points 8, 10 and 11)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.dateformat import format as date_format

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from risk.models import Level, Screening, StrategyDiscussion

_SIGNIFICANCE: dict[str, str] = {Level.HIGH: Significance.CRITICAL, Level.MEDIUM: Significance.SIGNIFICANT}
_CHILDRENS_SERVICES = "Children’s social care"


def screening_facts(screening: Screening) -> Facts:
    text = f"Exploitation and online-risk screening: {screening.get_level_display().lower()} risk"
    if screening.referral_required:
        text += "; aged 13 or under with a high-risk factor, so a referral is needed"
    reasons = [r for r in screening.level_reasons.splitlines() if r.strip()]
    if reasons:
        text += f". {reasons[0]}"
    text += f". Review by {date_format(screening.review_on, 'j M Y')}"
    return Facts(
        child_id=screening.child_id,
        occurred_on=screening.screened_on,
        category=Category.OTHER,
        what_happened=text,
        agency=_CHILDRENS_SERVICES,
        significance=_SIGNIFICANCE.get(screening.level, Significance.ROUTINE),
    )


def _agencies(discussion: StrategyDiscussion) -> list[str]:
    found: list[str] = []
    for participant in discussion.participants.all():
        if participant.agency not in found:
            found.append(participant.agency)
    return found


def discussion_facts(discussion: StrategyDiscussion) -> Facts:
    agencies = _agencies(discussion)
    text = discussion.get_kind_display()
    if agencies:
        text += f" ({', '.join(agencies)})"
    text += f": {discussion.decisions}"
    if discussion.outcome:
        text += f" Outcome: {discussion.get_outcome_display().lower()}."
    dissenting = [p.agency for p in discussion.participants.all() if p.dissent.strip()]
    if dissenting:
        text += f" Dissent recorded ({', '.join(dict.fromkeys(dissenting))})."
    if discussion.escalation_requested:
        text += " Escalation asked for."
    return Facts(
        child_id=discussion.child_id,
        occurred_on=discussion.held_on,
        category=Category.STRATEGY,
        what_happened=text,
        agency=(", ".join(agencies) or _CHILDRENS_SERVICES)[:200],
        significance=Significance.CRITICAL if discussion.dissent_recorded else Significance.SIGNIFICANT,
    )


def _screening_link(entry: ChronologyEntry) -> str:
    return reverse("risk:screening", args=[entry.child_id, entry.source_id])


def _discussion_link(entry: ChronologyEntry) -> str:
    return reverse("risk:discussion", args=[entry.child_id, entry.source_id])


def register_sources() -> None:
    register(
        Screening,
        source_type="riskscreening",
        describe=screening_facts,
        link=_screening_link,
        label="Exploitation screening",
    )
    register(
        StrategyDiscussion,
        source_type="strategydiscussion",
        describe=discussion_facts,
        queryset=lambda: StrategyDiscussion.objects.prefetch_related("participants"),
        link=_discussion_link,
        label="Strategy discussion",
    )
