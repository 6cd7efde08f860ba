"""The UASC table lists the children of the return recorded as unaccompanied asylum-seeking children, now or in
the past, with the Header's SEX and DOB and the recorded date UASC status ceased; DUC is blank while the child is
still UASC or when the status ceased before the year (rule 104). A child not UASC has no row."""

from __future__ import annotations

import datetime

import pytest

from returns.tables import build_return
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_uasc_rows_come_from_the_record() -> None:
    born = datetime.date(2007, 6, 10)
    looked_after(local_id="U1", person__sex="M", person__date_of_birth=born, uasc=True)
    looked_after(
        local_id="U2",
        person__sex="F",
        person__date_of_birth=born,
        uasc=True,
        uasc_ceased_on=datetime.date(2025, 6, 10),
    )
    looked_after(
        local_id="U3",
        person__sex="M",
        person__date_of_birth=born,
        uasc=True,
        uasc_ceased_on=datetime.date(2024, 9, 1),
    )
    looked_after(local_id="N1", person__sex="M", person__date_of_birth=born)
    rows = build_return(2026, as_of=datetime.date(2026, 3, 31)).rows["UASC"]
    assert rows == [
        {"CHILD": "U1", "SEX": "M", "DOB": "10/06/2007", "DUC": ""},
        {"CHILD": "U2", "SEX": "F", "DOB": "10/06/2007", "DUC": "10/06/2025"},
        {"CHILD": "U3", "SEX": "M", "DOB": "10/06/2007", "DUC": ""},
    ]


@pytest.mark.django_db
def test_a_uasc_child_not_looked_after_in_the_year_has_no_row() -> None:
    looked_after(
        local_id="U9",
        uasc=True,
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2025, 3, 1),
        end_reason="E8",
    )
    assert build_return(2026, as_of=datetime.date(2026, 3, 31)).rows["UASC"] == []
