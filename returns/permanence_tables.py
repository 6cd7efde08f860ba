"""The SSDA903 PrevPerm, PlacedAdoption and AD1 tables of one collection year, for the children of the return, read
from the permanence app in one query per table (statutory-rules.md section 3; csc-validator-be-903 rules named).

- PrevPerm: one row for each child who started to be looked after in the year (an Episodes row with RNE S and DECOM
  in the year: rule 630), from the previous permanence recorded for the latest such period of care; none for a
  child who did not (rule 634), and one at most (INT35).
- PlacedAdoption: each decision that the child should be placed for adoption made by the cut-off that was still the
  plan at the start of the year or ceased in it (rules 118 and 553); a decision that ceased after the cut-off is
  returned as still the plan (rule 117).
- AD1: for a child whose care ended in adoption in the year (REC E11 or E12: rules 601 and 602), the match and the
  adopters of the latest decision that has them, with DATE_INT the day of that decision (rule 523). A child with no
  match recorded gets no row rather than a half-filled one (rule 151)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from permanence.codes import ADOPTED
from permanence.models import AdoptionDecision, PreviousPermanence
from permanence.rules import date_perm_text, number_of_adopters
from returns.episodes import Episode
from returns.return_child import ReturnChild, dmy

Row = dict[str, str]


def _started_in_year(episodes: list[Episode], start: date) -> bool:
    return any(e.rne == "S" and e.decom >= start for e in episodes)


def _adopted_on(episodes: list[Episode], start: date, cut: date) -> date | None:
    days = [e.dec for e in episodes if e.rec in ADOPTED and e.dec is not None and start <= e.dec <= cut]
    return max(days) if days else None


def prev_perm(
    children: Sequence[ReturnChild], episodes: Mapping[Any, list[Episode]], start: date, cut: date
) -> list[Row]:
    starters = {c.pk for c in children if _started_in_year(episodes.get(c.pk, []), start)}
    rows = PreviousPermanence.objects.filter(
        child_id__in=list(starters), period__start_date__gte=start, period__start_date__lte=cut
    ).values_list(
        "child_id", "period__start_date", "option", "authority", "order_date", "order_date_precision"
    )
    latest: dict[Any, tuple[Any, ...]] = {}
    for child_id, began, *rest in rows:
        if child_id not in latest or began > latest[child_id][0]:
            latest[child_id] = (began, *rest)
    out = []
    for child in children:
        found = latest.get(child.pk)
        if found is None:
            continue
        _, option, authority, order_date, precision = found
        out.append(
            {
                "CHILD": child.local_id,
                "DOB": dmy(child.dob),
                "PREV_PERM": option,
                "LA_PERM": authority,
                "DATE_PERM": date_perm_text(order_date, precision),
            }
        )
    return out


def placed_adoption(
    children: Sequence[ReturnChild], episodes: Mapping[Any, list[Episode]], start: date, cut: date
) -> list[Row]:
    named = [c for c in children if episodes.get(c.pk)]
    rows = (
        AdoptionDecision.objects.filter(child_id__in=[c.pk for c in named], decided_on__lte=cut)
        .exclude(ceased_on__lt=start)
        .values_list("child_id", "decided_on", "ceased_on", "ceased_reason")
    )
    decisions: dict[Any, list[tuple[date, date | None, str]]] = {}
    for child_id, decided, ceased, reason in rows:
        decisions.setdefault(child_id, []).append((decided, ceased, reason))
    out = []
    for child in named:
        for decided, ceased, reason in sorted(decisions.get(child.pk, [])):
            ceased_by_cut = ceased is not None and ceased <= cut
            out.append(
                {
                    "CHILD": child.local_id,
                    "DOB": dmy(child.dob),
                    "DATE_PLACED": dmy(decided),
                    "DATE_PLACED_CEASED": dmy(ceased) if ceased_by_cut else "",
                    "REASON_PLACED_CEASED": reason if ceased_by_cut else "",
                }
            )
    return out


def ad1(
    children: Sequence[ReturnChild], episodes: Mapping[Any, list[Episode]], start: date, cut: date
) -> list[Row]:
    adopted = {c.pk: day for c in children if (day := _adopted_on(episodes.get(c.pk, []), start, cut))}
    rows = AdoptionDecision.objects.filter(
        child_id__in=list(adopted), matched_on__isnull=False, ceased_on__isnull=True
    ).values_list(
        "child_id", "decided_on", "matched_on", "by_foster_carer", "adopters", "adopters_legal_status"
    )
    latest: dict[Any, tuple[Any, ...]] = {}
    for child_id, decided, *rest in rows:
        if decided <= adopted[child_id] and (child_id not in latest or decided > latest[child_id][0]):
            latest[child_id] = (decided, *rest)
    out = []
    for child in children:
        found = latest.get(child.pk)
        if found is None:
            continue
        decided, matched, by_foster_carer, adopters, legal_status = found
        out.append(
            {
                "CHILD": child.local_id,
                "DOB": dmy(child.dob),
                "DATE_INT": dmy(decided),
                "DATE_MATCH": dmy(matched),
                "FOSTER_CARE": "1" if by_foster_carer else "0",
                "NB_ADOPTR": str(number_of_adopters(adopters)),
                "SEX_ADOPTR": adopters,
                "LS_ADOPTR": legal_status,
            }
        )
    return out


def permanence_tables(
    children: Sequence[ReturnChild], episodes: Mapping[Any, list[Episode]], start: date, cut: date
) -> dict[str, list[Row]]:
    """The three tables, by name, for the children of the return and their episodes in the year."""
    return {
        "PrevPerm": prev_perm(children, episodes, start, cut),
        "PlacedAdoption": placed_adoption(children, episodes, start, cut),
        "AD1": ad1(children, episodes, start, cut),
    }
