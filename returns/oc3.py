"""The SSDA903 OC3 table (care leavers): for each young person whose 17th to 21st birthday falls in the collection
year and whose record holds what the authority knew of them then (casework.care_leaver.CareLeaverOutcome), whether
it was in touch (IN_TOUCH), their main activity (ACTIV) and their accommodation (ACCOM). Sources: DfE children looked
after return guide (statutory-rules.md section 3) and the validator rules named below.

- One row a young person (INT34), who is in the Header too (INT06, INT15): a care leaver not looked after in the
  year is in the Header and OC3 only (rule 1012 keeps them out of the other tables).
- An activity or accommodation not reported is "0", the code the rules take for "none" (132, 133, 344).
- A 17- or 18-year-old whose care ended in the year on or after that birthday is not reported: the information is
  not required for them (rule 1016); nor one still looked after on it (1007, refused when recorded)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from casework.care_leaver import CareLeaverOutcome
from casework.care_leaver_rules import age_at
from returns.episodes import Episode
from returns.return_child import ReturnChild, dmy

NOT_REPORTED = "0"


def care_leaver_ids(start: date, cut: date) -> list[Any]:
    """The young people with a birthday record for a birthday in the year (up to `cut`)."""
    return list(
        CareLeaverOutcome.objects.filter(birthday__gte=start, birthday__lte=cut)
        .values_list("child_id", flat=True)
        .distinct()
    )


def _left_on_or_after(episodes: Sequence[Episode], day: date) -> bool:
    return any(e.dec is not None and e.dec >= day for e in episodes)


def oc3_rows(
    children: Sequence[ReturnChild], episodes: Mapping[Any, Sequence[Episode]], start: date, cut: date
) -> list[dict[str, str]]:
    """The OC3 rows of `children` (the Header's), in one query."""
    by_pk = {c.pk: c for c in children}
    records = CareLeaverOutcome.objects.filter(
        child_id__in=list(by_pk), birthday__gte=start, birthday__lte=cut
    ).values_list("child_id", "birthday", "in_touch", "activity", "accommodation")
    rows = []
    for child_id, birthday, in_touch, activity, accommodation in records:
        child = by_pk[child_id]
        age = age_at(child.dob, birthday) if child.dob is not None else None
        if age is None or (age <= 18 and _left_on_or_after(episodes.get(child_id, ()), birthday)):
            continue
        rows.append(
            {
                "CHILD": child.local_id,
                "DOB": dmy(child.dob),
                "IN_TOUCH": in_touch,
                "ACTIV": activity or NOT_REPORTED,
                "ACCOM": accommodation or NOT_REPORTED,
            }
        )
    return sorted(rows, key=lambda r: r["CHILD"])
