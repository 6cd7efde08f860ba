"""The agency chronology CSV format, read without the database.

Columns (a header row first; names in any case and order; unknown columns are refused so that a misspelt column
is not silently dropped):

  date              required  27/03/2024 or 2024-03-27; 03/2024 when only the month is known; 2024 when only the
                              year is; "about 27/03/2024" (or "c. 27/03/2024") when the date is approximate
  end_date          optional  the end of a period, in the same forms
  agency            required  unless the file is imported for one agency (then it may be left blank); a row left
                              blank takes the agency named on the import page
  category          optional  a category code or label (see chronology.models.Category); Other when blank
  event             required  what happened, as the agency recorded it
  significance      optional  routine, significant or critical; routine when blank
  source_reference  optional  the agency's own reference for the record
  impact            optional  the agency's analysis of the impact on the child
  date_accuracy     optional  exact, month, year or approximate: how well the date is known; when given it is taken
                              as it is, when blank it is read from the date as above
  source            optional  ignored: Lantern's own export says there where each entry came from, and an entry
                              imported comes from the import

Lantern's own CSV export (chronology/views.py, export_csv) writes these columns, so that a chronology exported from
one child's record can be imported on another's with the same entries. The export puts a single quote before a cell
that a spreadsheet would read as a formula (lantern/csv_export.py); the import takes that quote off again.

A row with a problem is reported with its line number in the file and the reason; parse() returns every problem at
once, and the caller imports nothing unless there are none.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime

from chronology.models import Category, DateAccuracy, Significance
from lantern.csv_export import FORMULA_PREFIXES

COLUMNS = (
    "date",
    "end_date",
    "agency",
    "category",
    "event",
    "significance",
    "source_reference",
    "impact",
    "date_accuracy",
    "source",
)
REQUIRED = ("date", "event")
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_EVENT = 10_000
EARLIEST = date(1900, 1, 1)
_APPROXIMATE = re.compile(r"^(about|approx\.?|approximately|circa|c\.|c)\s+", re.IGNORECASE)
_CATEGORIES = {c.value: c.value for c in Category} | {c.label.lower(): c.value for c in Category}
_ACCURACIES = {a.value: a.value for a in DateAccuracy} | {a.label.lower(): a.value for a in DateAccuracy}


@dataclass(frozen=True)
class Row:
    line: int
    occurred_on: date
    occurred_until: date | None
    date_accuracy: str
    agency: str
    category: str
    what_happened: str
    significance: str
    source_reference: str
    impact: str


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.reason}" if self.line else self.reason


class DateProblem(ValueError):
    pass


def read_date(text: str) -> tuple[date, str]:
    """A date in one of the accepted forms, and how accurate it is."""
    value = " ".join(text.split())
    accuracy = DateAccuracy.EXACT.value
    approximate = _APPROXIMATE.match(value)
    if approximate:
        value = value[approximate.end() :]
        accuracy = DateAccuracy.APPROXIMATE.value
    for pattern, known in (("%d/%m/%Y", None), ("%Y-%m-%d", None), ("%m/%Y", "month"), ("%Y", "year")):
        try:
            parsed = datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        if known and accuracy == DateAccuracy.EXACT:
            accuracy = known
        return parsed, accuracy
    raise DateProblem(f'"{text}" is not a date: write it like 27/03/2024, 03/2024 or 2024')


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError("The file is not UTF-8 text: save it from the spreadsheet as CSV UTF-8") from error


def parse(data: bytes, *, today: date, default_agency: str = "") -> tuple[list[Row], list[Problem]]:
    if len(data) > MAX_BYTES:
        return [], [Problem(0, f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB: split it")]
    try:
        text = _decode(data)
    except ValueError as error:
        return [], [Problem(0, str(error))]
    if "\x00" in text:
        return [], [Problem(0, "The file holds binary data, not CSV text")]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem(0, "The file is empty: it needs a header row and at least one entry")]
    except csv.Error as error:
        return [], [Problem(1, f"the header row cannot be read ({error})")]
    names = [h.strip().lower().replace(" ", "_") for h in header]
    problems = _header_problems(names, default_agency)
    if problems:
        return [], problems
    rows: list[Row] = []
    line = 2
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) + len(problems) >= MAX_ROWS:
                problems.append(Problem(start, f"more than {MAX_ROWS} entries: split the file"))
                break
            if len(record) != len(names):
                problems.append(Problem(start, f"has {len(record)} cells where the header has {len(names)}"))
                continue
            row = _row(start, dict(zip(names, record, strict=True)), today, default_agency)
            if isinstance(row, Problem):
                problems.append(row)
            else:
                rows.append(row)
    except csv.Error as error:
        problems.append(Problem(line, f"cannot be read as CSV ({error})"))
    if not rows and not problems:
        problems.append(Problem(0, "The file has a header row but no entries"))
    return rows, problems


def _header_problems(names: list[str], default_agency: str) -> list[Problem]:
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        listed = ", ".join(f'"{n}"' for n in unknown)
        return [Problem(1, f"unknown column {listed}: the columns are {', '.join(COLUMNS)}")]
    if len(set(names)) != len(names):
        return [Problem(1, "a column is named twice")]
    needed = [*REQUIRED, *([] if default_agency else ["agency"])]
    missing = [n for n in needed if n not in names]
    if missing:
        return [Problem(1, f"the column {', '.join(missing)} is missing")]
    return []


def _row(line: int, cells: dict[str, str], today: date, default_agency: str) -> Row | Problem:
    def cell(name: str) -> str:
        value = cells.get(name, "").strip()
        if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
            return value[1:]  # neutralised by an export (lantern/csv_export.py): the text as it was written
        return value

    try:
        occurred_on, accuracy = read_date(cell("date")) if cell("date") else (None, "")
        until = read_date(cell("end_date"))[0] if cell("end_date") else None
    except DateProblem as error:
        return Problem(line, str(error))
    if occurred_on is None:
        return Problem(line, "the date is blank")
    if cell("date_accuracy"):
        stated = _ACCURACIES.get(cell("date_accuracy").lower())
        if stated is None:
            return Problem(
                line,
                f'"{cell("date_accuracy")}" is not a date accuracy: use one of {", ".join(DateAccuracy.values)}',
            )
        accuracy = stated
    for label, day in (("date", occurred_on), ("end date", until)):
        if day is not None and day > today:
            return Problem(line, f"the {label} {day:%d/%m/%Y} is in the future")
        if day is not None and day < EARLIEST:
            return Problem(line, f"the {label} {day:%d/%m/%Y} is before 1900")
    if until is not None and until < occurred_on:
        return Problem(line, "the end date is before the date")
    agency = cell("agency") or default_agency
    if not agency:
        if "source" in cells:
            return Problem(
                line,
                "the agency is blank (Lantern's export leaves it blank for an entry recorded with no agency): "
                "name the agency on this page for such rows",
            )
        return Problem(line, "the agency is blank")
    if len(agency) > 200:
        return Problem(line, "the agency is longer than 200 characters")
    event = cell("event")
    if not event:
        return Problem(line, "the event is blank: say what happened")
    if len(event) > MAX_EVENT:
        return Problem(line, f"the event is longer than {MAX_EVENT} characters")
    category = _CATEGORIES.get(cell("category").lower() or "other")
    if category is None:
        return Problem(
            line, f'"{cell("category")}" is not a category: use one of {", ".join(Category.values)}'
        )
    significance = cell("significance").lower() or Significance.ROUTINE.value
    if significance not in Significance.values:
        return Problem(
            line, f'"{cell("significance")}" is not a significance: use routine, significant or critical'
        )
    reference = cell("source_reference")
    if len(reference) > 100:
        return Problem(line, "the source reference is longer than 100 characters")
    return Row(
        line, occurred_on, until, accuracy, agency, category, event, significance, reference, cell("impact")
    )
