"""What a transfer summary holds, composed from the record as it stands on the day the social worker changes.

Every part is filled from what Lantern holds; a part whose records Lantern does not hold yet says so plainly
("Lantern holds no care plan yet") rather than looking empty, so that the incoming worker knows to ask.
The content is stored with the summary: what was signed off is what the record said then, the genogram drawing
included (`genogram_svg`), so that a summary read a year later shows the family as it was known at the change.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q
from django.utils import timezone

from access.models import AccessGrant
from casework.continuity import Spell, continuity, months_before
from casework.models import Allocation, AllocationRole, HistorySection, HistorySectionKind, WishesAndFeelings
from casework.transfer_care import duty_lines, placement_lines, plan_lines, risk_lines
from chronology.models import KEY_SIGNIFICANCE, ChronologyEntry
from people.genogram.selectors import genogram_of
from people.genogram.svg import genogram_svg
from people.models import Child, Relationship

KEY_EVENT_MONTHS = 12
NOT_HELD = "Lantern holds no {what} yet: ask the outgoing worker and record it."


def _section(title: str, lines: list[str], empty: str) -> dict[str, Any]:
    return {"title": title, "lines": lines, "empty": empty}


def _history(child: Child, on: date) -> list[str]:
    sections = {s.kind: s for s in HistorySection.objects.filter(child=child).select_related("reviewed_by")}
    lines = []
    for kind in HistorySectionKind:
        section = sections.get(kind)
        if section and section.text:
            stale = " (not reviewed for over 12 months)" if section.is_stale_on(on) else ""
            lines.append(
                f"{kind.label}: {section.text} [reviewed {section.reviewed_on:%d %b %Y} by "
                f"{section.reviewed_by.display_name}{stale}]"
            )
    return lines


def _family(child: Child) -> list[str]:
    relationships = Relationship.objects.filter(Q(person_a=child.pk) | Q(person_b=child.pk)).select_related(
        "person_a", "person_b", "person_a__child", "person_b__child"
    )
    lines = []
    for r in sorted(relationships, key=lambda r: (r.kind, str(r.pk))):
        other = r.person_a if r.person_b_id == child.pk else r.person_b
        kind = r.get_kind_display()
        label = kind if r.person_a_id == other.pk else f"{child.person.forename} is {kind.lower()} of"
        pr = ", parental responsibility" if r.parental_responsibility else ""
        ended = f", ended {r.end_date:%d %b %Y}" if r.end_date else ""
        lines.append(f"{other.full_name}: {label}{pr}{ended}")
    return lines


def _legal_status(child: Child) -> list[str]:
    if not child.legal_status:
        return ["Not looked after"]
    since = f", since {child.legal_status_since:%d %b %Y}" if child.legal_status_since else ""
    return [f"{child.legal_status}: {child.get_legal_status_display()}{since}"]


def _network(child: Child, on: date) -> list[str]:
    moment = timezone.now()
    grants = AccessGrant.objects.filter(
        child=child, starts_at__lte=moment, expires_at__gt=moment, revoked_at__isnull=True
    ).select_related("user__agency")
    allocations = Allocation.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=on), child=child, start_date__lte=on
    ).select_related("worker__agency")
    lines = [f"{a.worker.display_name}: {a.get_role_display()}" for a in allocations]
    for grant in grants:
        agency = grant.user.agency.name if grant.user.agency else ""
        lines.append(f"{grant.user.display_name}: {grant.user.get_role_display()}, {agency} ({grant.reason})")
    return lines


def _key_events(child: Child, on: date) -> list[str]:
    since = months_before(on, KEY_EVENT_MONTHS)
    entries = ChronologyEntry.objects.filter(
        child=child, significance__in=KEY_SIGNIFICANCE, occurred_on__gte=since, occurred_on__lte=on
    ).order_by("occurred_on", "created_at")
    return [
        f"{e.when}: {e.what_happened} ({e.get_significance_display().lower()}, {e.agency})" for e in entries
    ]


def _wishes(child: Child) -> list[str]:
    said = WishesAndFeelings.objects.filter(child=child).select_related("heard_by")[:20]
    return [f"{w.said_on:%d %b %Y}, to {w.heard_by.display_name}: “{w.words}”" for w in said]


def _continuity(child: Child, on: date) -> list[str]:
    spells = [
        Spell(a.worker_id, a.start_date, a.end_date)
        for a in Allocation.objects.filter(child=child, role=AllocationRole.SOCIAL_WORKER, start_date__lte=on)
    ]
    found = continuity(spells, as_of=on)
    flag = " This is a third social worker or more within 12 months." if found.flagged else ""
    return [
        f"{found.last_12_months} social workers in the last 12 months, {found.last_24_months} in 24 months.{flag}"
    ]


def _genogram(child: Child) -> str:
    """The genogram as SVG text, drawn as any reader of the child's record may see it: with no user, every other
    child in the family (a sibling in care) is drawn by name only, since the summary is read by whoever may see
    this child, not only by the worker who made it. The drawing's template escapes every name and label."""
    return str(genogram_svg(genogram_of(user=None, child=child).drawing, svg_id="transfer-genogram"))


def compose(*, child: Child, on: date) -> dict[str, Any]:
    return {
        "composed_for": on.isoformat(),
        "genogram_svg": _genogram(child),
        "sections": [
            _section("History at a glance", _history(child, on), "No history sections are written yet."),
            _section("Family and relationships (the genogram's data)", _family(child), "No one is recorded."),
            _section("Legal status", _legal_status(child), ""),
            _section("Placement", placement_lines(child, on), NOT_HELD.format(what="placement record")),
            _section("Care plan", plan_lines(child, on), NOT_HELD.format(what="care plan")),
            _section(
                "Current risks and open alerts",
                risk_lines(child, on),
                "No exploitation screening, missing episode or open alert is recorded.",
            ),
            _section("The network", _network(child, on), "No one else is recorded as involved."),
            _section("Duties due", duty_lines(child, on), "Nothing is overdue or due in the next 30 days."),
            _section("Key events in the last 12 months", _key_events(child, on), "No key events recorded."),
            _section("The child's wishes and feelings", _wishes(child), "No wishes and feelings recorded."),
            _section("Continuity", _continuity(child, on), ""),
        ],
    }
