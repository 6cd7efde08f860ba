"""Reading the rows of an SSDA903 return for `lantern import-903`: each table recognised by its header (as
returns/validation.py recognises it), each row checked column by column against the DfE code lists (statutory-rules.md
section 3; DfE children looked after return guide), every problem kept with its file, table and line.

Lines count the header as line 1, as a spreadsheet shows them. Nothing here touches the database."""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from care.codes import CareEndReason, CategoryOfNeed, PlacementChangeReason, PlacementProvider, PlacementType
from casework.statutory_records import Participation
from missing.models import EpisodeKind
from people.codes import Ethnicity, LegalStatus, Sex, UpnUnknown
from people.identifiers import upn_is_valid
from returns.episodes import SAME_DAY
from returns.tables import COLUMNS
from returns.validation import RefusedInput, read_tables

LOADED_TABLES = ("Header", "Episodes", "Reviews", "Missing")
REQUIRED_TABLES = ("Header", "Episodes")
RNE_CODES = frozenset({"S", "L", "P", "T", "U", "B"})
OLD_SEX = {"1": Sex.MALE.value, "2": Sex.FEMALE.value}  # SEX before 2024/25 (rule 101)
_DMY = re.compile(r"\d{2}/\d{2}/\d{4}")
FIRST_YEAR, LAST_YEAR = (
    1900,
    2100,
)  # as missing/services.py check_years: no child's record holds a date outside
_POSTCODE_LENGTH = 10  # Person.postcode and Placement.postcode


@dataclass(frozen=True)
class Problem:
    """Why the return cannot be loaded: the file, its table, the line (0 for the file as a whole) and the reason."""

    file: str
    table: str
    line: int
    reason: str

    def __str__(self) -> str:
        if not self.file:
            return self.reason
        where = f"{self.file} line {self.line}" if self.line else self.file
        return f"{where} ({self.table}): {self.reason}" if self.table else f"{where}: {self.reason}"


@dataclass(frozen=True)
class Source:
    file: str
    table: str
    line: int

    def problem(self, reason: str) -> Problem:
        return Problem(self.file, self.table, self.line, reason)


@dataclass(frozen=True)
class HeaderRow:
    at: Source
    child: str
    sex: str
    dob: date
    ethnic: str
    upn: str
    upn_unknown: str
    mother: str
    mc_dob: date | None


@dataclass(frozen=True)
class EpisodeRow:
    at: Source
    child: str
    decom: date
    rne: str
    ls: str
    cin: str
    place: str
    provider: str
    dec: date | None
    rec: str
    reason_place_change: str
    home_post: str
    pl_post: str
    urn: str

    @property
    def placement(self) -> tuple[str, str, str, str]:
        """What the episode says of where the child lives: a change in any of these is a change of placement."""
        return (self.place, self.provider, self.pl_post, self.urn)


@dataclass(frozen=True)
class ReviewRow:
    at: Source
    child: str
    dob: date | None
    review: date
    code: str


@dataclass(frozen=True)
class MissingRow:
    at: Source
    child: str
    dob: date | None
    kind: str
    start: date
    end: date | None


@dataclass
class Rows:
    header: list[HeaderRow]
    episodes: list[EpisodeRow]
    reviews: list[ReviewRow]
    missing: list[MissingRow]
    files: dict[str, str]  # table -> file name, for every table recognised
    not_loaded: list[str]  # the tables recognised that the import does not load
    broken: set[str]  # children with a row that could not be read: their rows are not checked together


def _values(choices: type) -> frozenset[str]:
    return frozenset(str(v) for v in choices.values)  # type: ignore[attr-defined]


class _Fields:
    """One row's columns, each read once; a problem with any of them is added to `problems`."""

    def __init__(self, row: Mapping[str, str], at: Source, problems: list[Problem]) -> None:
        self.row, self.at, self.problems = row, at, problems
        self.ok = True

    def fail(self, reason: str) -> None:
        self.ok = False
        self.problems.append(self.at.problem(reason))

    def text(self, column: str, *, required: bool = False) -> str:
        value = self.row.get(column, "").strip()
        if required and not value:
            self.fail(f"{column} is blank: it is required")
        return value

    def code(self, column: str, codes: Collection[str], *, required: bool = True) -> str:
        value = self.text(column, required=required)
        if value and value not in codes:
            self.fail(f"{column} {value!r} is not one of the codes {', '.join(sorted(codes))}")
            return ""
        return value

    def day(self, column: str, *, required: bool = True) -> date | None:
        value = self.text(column, required=required)
        if not value:
            return None
        try:
            if not _DMY.fullmatch(value):
                raise ValueError
            day = datetime.strptime(value, "%d/%m/%Y").date()
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise ValueError
            return day
        except ValueError:
            self.fail(
                f"{column} {value!r} is not a date as dd/mm/YYYY (between {FIRST_YEAR} and {LAST_YEAR})"
            )
            return None

    def postcode(self, column: str) -> str:
        value = " ".join(self.text(column).upper().split())
        if len(value) > _POSTCODE_LENGTH:
            self.fail(f"{column} {value!r} is longer than a postcode ({_POSTCODE_LENGTH} characters at most)")
        return value


def _header(fields: _Fields, child: str) -> HeaderRow | None:
    sex_code = fields.code("SEX", _values(Sex) | set(OLD_SEX))
    dob = fields.day("DOB")
    ethnic = fields.code("ETHNIC", _values(Ethnicity))
    upn = fields.text("UPN").upper()
    unknown = ""
    if upn in _values(UpnUnknown):
        upn, unknown = "", upn
    elif upn and not upn_is_valid(upn):
        fields.fail(f"UPN {upn!r} is neither a valid UPN (a check letter then 12 characters) nor UN1-UN5")
    mother = fields.code("MOTHER", {"0", "1"}, required=False)
    mc_dob = fields.day("MC_DOB", required=False)
    sex = OLD_SEX.get(sex_code, sex_code)
    if mother == "1" and sex != Sex.FEMALE:
        fields.fail("MOTHER is 1 for a child whose SEX is not female")
    if mc_dob is not None and mother != "1":
        fields.fail("MC_DOB is given but MOTHER is not 1")
    if mc_dob is not None and dob is not None and mc_dob <= dob:
        fields.fail("MC_DOB is not after the child's own DOB")
    if not fields.ok or dob is None:
        return None
    return HeaderRow(fields.at, child, sex, dob, ethnic, upn, unknown, mother, mc_dob)


def _episode(fields: _Fields, child: str) -> EpisodeRow | None:
    decom = fields.day("DECOM")
    rne = fields.code("RNE", RNE_CODES)
    ls = fields.code("LS", _values(LegalStatus))
    cin = fields.code("CIN", _values(CategoryOfNeed))
    place = fields.code("PLACE", _values(PlacementType))
    provider = fields.code("PLACE_PROVIDER", _values(PlacementProvider))
    dec = fields.day("DEC", required=False)
    rec = fields.code("REC", _values(CareEndReason) | {SAME_DAY}, required=False)
    reason = fields.code("REASON_PLACE_CHANGE", _values(PlacementChangeReason), required=False)
    home_post, pl_post = fields.postcode("HOME_POST"), fields.postcode("PL_POST")
    urn = fields.text("URN").upper()
    if dec is not None and not rec and fields.ok:
        fields.fail("DEC is given without REC: say why the episode ceased")
    if rec and dec is None and fields.ok:
        fields.fail("REC is given without DEC: give the date the episode ceased")
    if decom is not None and dec is not None and dec < decom:
        fields.fail(f"DEC {dec:%d/%m/%Y} is before DECOM {decom:%d/%m/%Y}")
    if not fields.ok or decom is None:
        return None
    return EpisodeRow(
        fields.at, child, decom, rne, ls, cin, place, provider, dec, rec, reason, home_post, pl_post, urn
    )


def _review(fields: _Fields, child: str) -> ReviewRow | None:
    dob = fields.day("DOB", required=False)
    review = fields.day("REVIEW")
    code = fields.code("REVIEW_CODE", _values(Participation))
    if not fields.ok or review is None:
        return None
    return ReviewRow(fields.at, child, dob, review, code)


def _missing(fields: _Fields, child: str) -> MissingRow | None:
    dob = fields.day("DOB", required=False)
    kind = fields.code("MISSING", _values(EpisodeKind))
    start = fields.day("MIS_START")
    end = fields.day("MIS_END", required=False)
    if start is not None and end is not None and end < start:
        fields.fail(f"MIS_END {end:%d/%m/%Y} is before MIS_START {start:%d/%m/%Y}")
    if not fields.ok or start is None:
        return None
    return MissingRow(fields.at, child, dob, kind, start, end)


_READERS = {"Header": _header, "Episodes": _episode, "Reviews": _review, "Missing": _missing}


def _table_rows(path: Path, table: str, problems: list[Problem], broken: set[str]) -> list[object]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    header = [column.strip() for column in lines[0]]
    found: list[object] = []
    for number, values in enumerate(lines[1:], start=2):
        if not any(value.strip() for value in values):
            continue
        at = Source(path.name, table, number)
        if len(values) != len(header):
            problems.append(at.problem(f"has {len(values)} values; the header has {len(header)} columns"))
            child_at = header.index("CHILD")
            broken.add(values[child_at].strip() if child_at < len(values) else "")
            continue
        fields = _Fields(dict(zip(header, values, strict=True)), at, problems)
        child = fields.text("CHILD", required=True)
        row = _READERS[table](fields, child)
        if row is not None and child:
            found.append(row)
        else:
            broken.add(child)
    return found


def read_rows(directory: Path) -> tuple[Rows | None, list[Problem]]:
    """Every row of the tables the import loads, and every problem found in them. A directory or file that is not
    an SSDA903 return at all (no CSV, a header of no table, a table twice) is one problem, and no rows."""
    try:
        tables = read_tables(directory)
    except RefusedInput as refused:
        return None, [Problem("", "", 0, str(refused))]  # the message names the directory or file
    problems = [
        Problem(str(directory), table, 0, f"no {table} table: an SSDA903 return has one ({table}.csv)")
        for table in REQUIRED_TABLES
        if table not in tables
    ]
    if problems:
        return None, problems
    read: dict[str, list[object]] = {name: [] for name in LOADED_TABLES}
    broken: set[str] = set()
    for name in LOADED_TABLES:
        if name in tables:
            read[name] = _table_rows(tables[name].path, name, problems, broken)
    rows = Rows(
        header=[r for r in read["Header"] if isinstance(r, HeaderRow)],
        episodes=[r for r in read["Episodes"] if isinstance(r, EpisodeRow)],
        reviews=[r for r in read["Reviews"] if isinstance(r, ReviewRow)],
        missing=[r for r in read["Missing"] if isinstance(r, MissingRow)],
        files={name: table.path.name for name, table in tables.items()},
        not_loaded=[name for name in COLUMNS if name in tables and name not in LOADED_TABLES],
        broken=broken,
    )
    return rows, problems
