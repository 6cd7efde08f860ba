"""The SSDA903 UASC table of one collection year: a row for each child of the return whom the record shows as an
unaccompanied asylum-seeking child, now or in the past, read in one query (statutory-rules.md section 3).

DfE children looked after return guide (UASC: CHILD, SEX, DOB, DUC) and the 903 validation rules:
- a child in the UASC table counts as UASC or formerly UASC, so rules 392a, 392b, 164 and 406 do not ask for the
  postcodes or the placement distance of their episodes;
- SEX and DOB are the Header's (INT18, INT21), one row a child (INT36), only for children in the Header (INT09);
- DUC, the date UASC status ceased, is on or before the 18th birthday (304; checked when it is recorded) and not
  before the collection year starts (104): a status that ceased in an earlier year leaves DUC blank."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from people.models import Child

Row = dict[str, str]


class ReturnChild(Protocol):
    @property
    def pk(self) -> Any: ...
    @property
    def local_id(self) -> str: ...


def uasc_rows(children: Sequence[ReturnChild], header: Iterable[Row], start: date) -> list[Row]:
    """The UASC rows of `children`, who have the `header` rows, in a year that starts on `start`."""
    ceased = dict(
        Child.objects.filter(pk__in=[c.pk for c in children], uasc=True).values_list("pk", "uasc_ceased_on")
    )
    headers = {row["CHILD"]: row for row in header}
    rows = []
    for child in children:
        if child.pk not in ceased:
            continue
        duc = ceased[child.pk]
        row = headers[child.local_id]
        rows.append(
            {
                "CHILD": child.local_id,
                "SEX": row["SEX"],
                "DOB": row["DOB"],
                "DUC": f"{duc:%d/%m/%Y}" if duc is not None and duc >= start else "",
            }
        )
    return rows
