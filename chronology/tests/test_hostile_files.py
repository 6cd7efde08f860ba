"""Hostile and broken agency files: whatever the bytes, the parser answers with rows or reasons (each on a line of
the file), never an exception; formula cells, right-to-left marks and markup are kept as text."""

from __future__ import annotations

import csv
import datetime
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.csv_format import parse
from lantern.csv_export import FORMULA_PREFIXES, safe_cell

TODAY = datetime.date(2026, 11, 27)
HEADER = b"date,agency,category,event,significance\n"
HOSTILE = st.sampled_from(
    [
        "=cmd|' /C calc'!A0",
        "+SUM(A1)",
        "-2+3",
        "@HYPERLINK(x)",
        "\u202egnp.exe",
        "<script>x</script>",
        "\x07bell",
        "",
    ]
)


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_any_bytes_give_rows_or_reasons(data: bytes) -> None:
    rows, problems = parse(HEADER + data, today=TODAY)
    lines = (HEADER + data).count(b"\n") + (HEADER + data).count(b"\r") + 2
    assert rows or problems
    for problem in problems:
        assert 0 <= problem.line <= lines
        assert str(problem)


@given(st.lists(st.tuples(HOSTILE, st.text(max_size=40)), min_size=1, max_size=20))
def test_hostile_text_is_kept_exactly_as_text(cells: list[tuple[str, str]]) -> None:
    events = [f"{hostile}{other}".replace("\x00", "") for hostile, other in cells]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "agency", "event"])
    writer.writerows(["01/02/2024", "Example Health Trust", event] for event in events)
    rows, problems = parse(out.getvalue().encode(), today=TODAY)
    assert [r.what_happened for r in rows] == [e.strip() for e in events if e.strip()]
    assert len(problems) == sum(1 for e in events if not e.strip())
    assert all(p.reason == "the event is blank: say what happened" for p in problems)


@given(st.text(max_size=60))
def test_no_exported_cell_can_start_a_formula(text: str) -> None:
    cell = safe_cell(text)
    assert not str(cell).startswith(FORMULA_PREFIXES)
    assert str(cell).removeprefix("'") == text or cell == text
