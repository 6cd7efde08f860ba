"""The SSDA903 tables of one collection year, read from the record in one query per source (statutory-rules.md
section 3: the exact column sets, dates as dd/mm/YYYY; DfE children looked after return guide).

The collection year is named by its END year: 2026 is 1 April 2025 to 31 March 2026. The return is as at 31 March,
so what happens after it (or after an earlier `as_of`, by default today) is left out: an episode that ends later is still open."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils import timezone

from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.models import LookedAfterReview
from missing.models import MissingEpisode
from people.models import Child, Relationship, RelationshipType
from returns.episodes import Episode, Period, Status, Stay, carer_key, child_episodes
from returns.oc2 import oc2_rows
from returns.oc3 import care_leaver_ids, oc3_rows
from returns.permanence_tables import permanence_tables
from returns.return_child import dmy
from returns.sw_episodes import sw_episode_rows
from returns.uasc_table import uasc_rows

COLUMNS: dict[str, tuple[str, ...]] = {
    "Header": ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    "Episodes": (
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
    ),
    "Reviews": ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    "UASC": ("CHILD", "SEX", "DOB", "DUC"),
    "OC2": (
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
    "OC3": ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    "AD1": ("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    "PlacedAdoption": ("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    "PrevPerm": ("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    "Missing": ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    "SWEpisodes": ("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    "DoLo": ("CHILD", "DOB", "DOLO_START", "DOLO_END"),
}
FIRST_YEAR_OF = {"SWEpisodes": 2024, "DoLo": 2027}  # SWEpisodes from 2023/24, DoLo from 2026/27

# Ofsted's unique reference numbers for social care providers: SC and six digits.
OFSTED_URN = re.compile(r"SC\d{6}")
# Placement types that take no URN (rules 218 and 222), and foster and adoption placements, which take "XXXXXXX"
# when the provider's URN is not recorded.
NO_URN_PLACES = frozenset(
    {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14"}
)
NO_URN_OF_ITS_OWN = "XXXXXXX"
FOSTER_OR_ADOPTION_PLACES = frozenset({"U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5", "A6"})
SHORT_BREAKS = frozenset({"V3", "V4"})
FIRST_MF_SEX_YEAR = 2025  # M/F/U from 2024/25 (rule 101); 1 and 2 before
OLD_SEX = {"M": "1", "F": "2"}

Row = dict[str, str]


def collection_year(end_year: int) -> tuple[date, date]:
    return date(end_year - 1, 4, 1), date(end_year, 3, 31)


def tables_for(end_year: int) -> tuple[str, ...]:
    """The tables of a collection year."""
    return tuple(name for name in COLUMNS if end_year >= FIRST_YEAR_OF.get(name, 0))


def episode_urn(place: str, ofsted_urn: str, reference: str = "") -> str:
    """The Episodes URN of a placement of type `place` with a register entry whose Ofsted URN is `ofsted_urn`
    (`reference` stands in for it when the entry's register reference is itself an Ofsted URN).

    Source: DfE, children looked after return guide (Episodes, URN) and the 2025-26 validation rules: rule 218 asks
    for a URN unless the placement type is P1, P3, R1, R2, R5, T0-T4 or Z11-Z14, rule 222 refuses one for those
    types other than "XXXXXXX", and "XXXXXXX" is what a placement with foster carers (U1-U6) or for adoption
    (A3-A6) gives when the provider's URN is not recorded. A children's home or other placement with no URN
    recorded is left blank, so that the validator's rule 218 points at the register entry to complete."""
    if place in NO_URN_PLACES:
        return ""
    urn = ofsted_urn or (reference if OFSTED_URN.fullmatch(reference) else "")
    if urn:
        return urn
    return NO_URN_OF_ITS_OWN if place in FOSTER_OR_ADOPTION_PLACES else ""


def _age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass
class Return:
    """The rows of every table, and the children the return names."""

    end_year: int
    rows: dict[str, list[Row]] = field(default_factory=dict)
    children: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class _Child:
    pk: Any
    local_id: str
    sex: str
    dob: date | None
    ethnic: str
    upn: str
    postcode: str


def _by_child(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for child_id, item in pairs:
        grouped[child_id].append(item)
    return grouped


def _periods(start: date, cut: date) -> dict[Any, list[Period]]:
    rows = (
        PeriodOfCare.objects.filter(start_date__lte=cut)
        .exclude(end_date__lt=start)
        .values_list("child_id", "start_date", "end_date", "category_of_need", "end_reason")
    )
    return _by_child((c, Period(s, e, cin, rec)) for c, s, e, cin, rec in rows)


def _statuses(ids: list[Any], cut: date) -> dict[Any, list[Status]]:
    rows = LegalStatusRecord.objects.filter(child_id__in=ids, start_date__lte=cut).values_list(
        "child_id", "code", "start_date", "end_date"
    )
    return _by_child((c, Status(code, s, e)) for c, code, s, e in rows)


def _stays(ids: list[Any], cut: date) -> dict[Any, list[Stay]]:
    rows = Placement.objects.filter(child_id__in=ids, start_date__lte=cut).values_list(
        "child_id",
        "pk",
        "place",
        "provider",
        "carer",
        "carer_record_id",
        "carer_record__reference",
        "carer_record__ofsted_urn",
        "carer_record__postcode",
        "postcode",
        "start_date",
        "end_date",
        "change_reason",
    )
    return _by_child(
        (
            child_id,
            Stay(
                key=str(pk),
                place=place,
                provider=provider,
                carer_key=carer_key(record_id, carer),
                postcode=(postcode or record_postcode or "").upper(),
                start=start,
                end=end,
                change_reason=reason,
                urn=episode_urn(place, ofsted_urn or "", reference or ""),
            ),
        )
        for (
            child_id,
            pk,
            place,
            provider,
            carer,
            record_id,
            reference,
            ofsted_urn,
            record_postcode,
            postcode,
            start,
            end,
            reason,
        ) in rows
    )


def _children(ids: list[Any]) -> list[_Child]:
    rows = Child.objects.filter(pk__in=ids).values_list(
        "pk",
        "local_id",
        "person__sex",
        "person__date_of_birth",
        "person__ethnicity",
        "upn",
        "upn_unknown",
        "person__postcode",
    )
    found = [
        _Child(pk, local, sex, dob, eth, upn or unknown, (post or "").upper())
        for pk, local, sex, dob, eth, upn, unknown, post in rows
    ]
    return sorted(found, key=lambda c: c.local_id)


def _mothers(children: list[_Child]) -> dict[Any, date | None]:
    """Girls the record shows as a parent (the genogram's "A is the parent of B"), with their first child's birth
    date. DfE rules 393 and 607 want MOTHER for every girl looked after: one the record shows no child of is 0."""
    girls = {c.pk for c in children if c.sex == "F"}
    rows = Relationship.objects.filter(kind=RelationshipType.PARENT, person_a_id__in=list(girls)).values_list(
        "person_a_id", "person_b__date_of_birth"
    )
    births: dict[Any, date | None] = {}
    for mother, born in rows:
        earlier = births.get(mother)
        births[mother] = born if earlier is None or (born is not None and born < earlier) else earlier
    return births


def _header(children: list[_Child], end_year: int, looked_after: Collection[Any]) -> list[Row]:
    """MOTHER and MC_DOB only for girls looked after in the year: not for a care leaver who was not (rule 628)."""
    mothers = _mothers(children)
    return [
        {
            "CHILD": c.local_id,
            "SEX": c.sex if end_year >= FIRST_MF_SEX_YEAR else OLD_SEX.get(c.sex, ""),
            "DOB": dmy(c.dob),
            "ETHNIC": c.ethnic,
            "UPN": c.upn,
            "MOTHER": ("1" if c.pk in mothers else "0") if c.sex == "F" and c.pk in looked_after else "",
            "MC_DOB": dmy(mothers.get(c.pk)) if c.pk in looked_after else "",
        }
        for c in children
    ]


def _episode_row(child: _Child, episode: Episode) -> Row:
    return {
        "CHILD": child.local_id,
        "DECOM": dmy(episode.decom),
        "RNE": episode.rne,
        "LS": episode.ls,
        "CIN": episode.cin,
        "PLACE": episode.place,
        "PLACE_PROVIDER": episode.provider,
        "DEC": dmy(episode.dec),
        "REC": episode.rec,
        "REASON_PLACE_CHANGE": episode.reason_place_change,
        "HOME_POST": episode.home_post,
        "PL_POST": episode.pl_post,
        "URN": episode.urn,
    }


def _in_care(periods: list[Period], day: date, cut: date) -> bool:
    return any(p.start <= day and (p.end is None or p.end >= day) for p in periods if p.start <= cut)


def _reviews(children: list[_Child], periods: dict[Any, list[Period]], start: date, cut: date) -> list[Row]:
    rows = LookedAfterReview.objects.filter(
        child_id__in=[c.pk for c in children], held_on__gte=start, held_on__lte=cut
    ).values_list("child_id", "held_on", "participation")
    held = _by_child((c, (day, code)) for c, day, code in rows)
    out = []
    for child in children:
        for day, code in sorted(set(held.get(child.pk, []))):
            if not _in_care(periods[child.pk], day, cut):
                continue
            age = _age_on(child.dob, day)
            out.append(
                {
                    "CHILD": child.local_id,
                    "DOB": dmy(child.dob),
                    "REVIEW": dmy(day),
                    "REVIEW_CODE": "PN0" if age is not None and age < 4 else code,
                }
            )
    return out


def _missing(children: list[_Child], start: date, cut: date) -> list[Row]:
    rows = MissingEpisode.objects.filter(child_id__in=[c.pk for c in children]).values_list(
        "child_id", "kind", "started_at", "ended_at"
    )
    spells = _by_child(
        (
            c,
            (
                timezone.localdate(began),
                kind,
                timezone.localdate(ended) if ended is not None else None,
            ),
        )
        for c, kind, began, ended in rows
    )
    out = []
    for child in children:
        for began, kind, ended in sorted(spells.get(child.pk, [])):
            if began > cut or (ended is not None and ended < start):
                continue
            out.append(
                {
                    "CHILD": child.local_id,
                    "DOB": dmy(child.dob),
                    "MISSING": kind,
                    "MIS_START": dmy(began),
                    "MIS_END": dmy(ended if ended is not None and ended <= cut else None),
                }
            )
    return out


def build_return(end_year: int, as_of: date | None = None) -> Return:
    """Every table of the collection year ending 31 March `end_year`, for the children looked after in it, as the
    record stood on `as_of` (today unless given; never later than 31 March)."""
    start, end = collection_year(end_year)
    cut = min(end, as_of if as_of is not None else timezone.localdate())
    result = Return(end_year, {name: [] for name in tables_for(end_year)})
    if cut < start:
        return result
    periods = _periods(start, cut)
    ids = list(periods)
    statuses, stays = _statuses(ids, cut), _stays(ids, cut)
    children = _children(ids)
    leavers = [pk for pk in care_leaver_ids(start, cut) if pk not in periods] if "OC3" in result.rows else []
    everyone = sorted([*children, *_children(leavers)], key=lambda c: c.local_id)
    episodes: dict[Any, list[Episode]] = {}
    for child in children:
        mine = child_episodes(
            periods[child.pk],
            statuses.get(child.pk, []),
            stays.get(child.pk, []),
            home_post=child.postcode,
            as_of=cut,
        )
        episodes[child.pk] = [
            e for _, rows in mine for e in rows if e.decom <= cut and (e.dec is None or e.dec >= start)
        ]
        result.rows["Episodes"].extend(_episode_row(child, e) for e in episodes[child.pk])
    result.children = [c.pk for c in everyone]
    result.rows["Header"] = _header(everyone, end_year, looked_after=periods.keys())
    result.rows["UASC"] = uasc_rows(children, result.rows["Header"], start)
    result.rows["Reviews"] = _reviews(children, periods, start, cut)
    result.rows["Missing"] = _missing(children, start, cut)
    result.rows["OC2"] = oc2_rows(children, periods, episodes, start, end, cut)
    result.rows.update(permanence_tables(children, episodes, start, cut))  # PrevPerm, PlacedAdoption, AD1
    if "OC3" in result.rows:
        result.rows["OC3"] = oc3_rows(everyone, episodes, start, cut)
    if "SWEpisodes" in result.rows:
        result.rows["SWEpisodes"] = sw_episode_rows(children, episodes, start, cut)
    return result
