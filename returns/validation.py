"""Validation of an SSDA903 return (the CSV tables) against the DfE rules, through `lac_validator`.

The DfE publishes the validation rules of the children looked after return each collection year ("CLA SSDA903
validation rules"); `csc-validator-be-903` (import name `lac_validator`, Data to Insight) implements them, one
registry per year: collection year 2026 (1 April 2025 to 31 March 2026) is `lac2025_26`.

Each failing row is reported with its rule code, the rule's message, the table, the row number and the child's local
ID as written in the file. A rule that raises inside the validator is reported as crashed with its exception text,
and is never counted as passed; a rule that needs a table the return does not hold is counted as skipped.
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import io
import logging
import os
import re
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

from returns.tables import COLUMNS

# A public key, published in the validator's own repository (.qlacref/id_rsa.pub of
# data-to-insight/csc-validator-be-903): the postcode reference data it loads is verified against it. Bundled here
# so that no one has to fetch it; not a secret.
PUBLIC_KEY_PATH = Path(__file__).resolve().parent / "qlacref_id_rsa.pub"

# The authority's ONS code, settings.LANTERN_LA_CODE (by default E09000012, Hackney): an English authority whose
# code must be in the validator's 2021 authority list (see `validate_return`).
DEFAULT_LOCAL_AUTHORITY: str = settings.LANTERN_LA_CODE

# The 903 tables and their exact column sets (returns/tables.py). A CSV is recognised by its header alone, in any
# column order, as the validator itself does.
TABLE_COLUMNS: dict[str, frozenset[str]] = {name: frozenset(columns) for name, columns in COLUMNS.items()}

_CRASH_MESSAGE = re.compile(r"^Rule code (?P<code>\S+) failed to run!")


class RefusedInput(Exception):
    """The return cannot be validated as given: the message names the file and the reason."""


@dataclass(frozen=True)
class Failure:
    """One row that one rule rejects."""

    rule: str
    message: str
    table: str
    row: int  # the data row in the table's CSV, from 1 (the header is not counted)
    child: str  # the child's local ID, as written in the file
    columns: tuple[str, ...]
    file: str

    @property
    def line(self) -> int:
        """The line of the CSV file, counting the header as line 1."""
        return self.row + 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "message": self.message,
            "table": self.table,
            "row": self.row,
            "line": self.line,
            "child": self.child,
            "columns": list(self.columns),
            "file": self.file,
        }


@dataclass(frozen=True)
class CrashedRule:
    """A rule that raised inside the validator: its verdict on the return is unknown."""

    rule: str
    message: str
    error: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message, "error": self.error}


@dataclass
class ValidationReport:
    year: int
    ruleset: str
    local_authority: str
    tables: dict[str, str]  # table name -> file name
    rows: dict[str, int]  # table name -> data rows
    failures: list[Failure] = field(default_factory=list)
    crashed: list[CrashedRule] = field(default_factory=list)
    passed_rules: list[str] = field(default_factory=list)
    failed_rules: list[str] = field(default_factory=list)
    skipped_rules: list[str] = field(default_factory=list)
    validator_seconds: float = 0.0

    @property
    def rules_run(self) -> int:
        """Every rule of the year's rule set that the validator was asked to run."""
        return len(self.passed_rules) + len(self.failed_rules) + len(self.crashed) + len(self.skipped_rules)

    @property
    def passed(self) -> int:
        return len(self.passed_rules)

    @property
    def failed(self) -> int:
        return len(self.failed_rules)

    @property
    def crashed_count(self) -> int:
        return len(self.crashed)

    @property
    def skipped(self) -> int:
        return len(self.skipped_rules)

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "ruleset": self.ruleset,
            "local_authority": self.local_authority,
            "tables": {name: {"file": self.tables[name], "rows": self.rows[name]} for name in self.tables},
            "rules": {
                "run": self.rules_run,
                "passed": self.passed,
                "failed": self.failed,
                "crashed": self.crashed_count,
                "skipped": self.skipped,
            },
            "failed_rules": self.failed_rules,
            "skipped_rules": self.skipped_rules,
            "crashed": [c.as_dict() for c in self.crashed],
            "failures": [f.as_dict() for f in self.failures],
            "validator_seconds": round(self.validator_seconds, 3),
        }


def ruleset_name(year: int) -> str:
    """The validator's registry for a collection year named by its END year: 2026 -> "lac2025_26"."""
    return f"lac{year - 1}_{year % 100:02d}"


@dataclass(frozen=True)
class _Table:
    name: str
    path: Path
    children: list[str]  # CHILD of each data row, as written


def read_tables(directory: Path) -> dict[str, _Table]:
    if not directory.is_dir():
        raise RefusedInput(f"{directory}: not a directory")
    paths = sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() == ".csv")
    if not paths:
        raise RefusedInput(f"{directory}: no CSV file to validate")
    tables: dict[str, _Table] = {}
    for path in paths:
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                rows = list(csv.reader(handle))
        except UnicodeDecodeError as exc:
            raise RefusedInput(f"{path.name}: not UTF-8 text ({exc.reason})") from exc
        if not rows:
            raise RefusedInput(f"{path.name}: empty file, no header")
        header = [column.strip() for column in rows[0]]
        name = next((t for t, columns in TABLE_COLUMNS.items() if set(header) == columns), None)
        if name is None:
            raise RefusedInput(
                f"{path.name}: its header ({', '.join(header)}) matches no SSDA903 table; "
                f"expected the exact columns of one of {', '.join(TABLE_COLUMNS)}"
            )
        if name in tables:
            raise RefusedInput(f"{path.name}: a second {name} table (the first is {tables[name].path.name})")
        child_at = header.index("CHILD")
        children = [row[child_at] if child_at < len(row) else "" for row in rows[1:] if row]
        tables[name] = _Table(name=name, path=path, children=children)
    return tables


@contextlib.contextmanager
def _quiet_validator(crash_errors: dict[str, str]) -> Iterator[None]:
    """Keeps the validator's INFO logging and stray prints out of our output, and collects the exception of each
    rule that crashes (the validator only logs it)."""

    class _Crashes(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            match = _CRASH_MESSAGE.match(record.getMessage())
            if match is None:
                return
            exc = record.exc_info[1] if record.exc_info else None
            crash_errors[match["code"]] = (
                f"{type(exc).__name__}: {exc}" if exc is not None else "exception not recorded"
            )

    logger = logging.getLogger("lac_validator")
    handler = _Crashes(level=logging.ERROR)
    saved = (logger.level, logger.propagate)
    logger.setLevel(logging.ERROR)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


# Called with (rules started, rules in the rule set) as the validator goes through the rules.
Progress = Callable[[int, int], None]


class _CountingRules(dict[str, Any]):
    """The year's rule registry, telling `progress` as the validator takes each rule in turn (LacValidator.validate
    goes through `registry.items()` once, in order)."""

    def __init__(self, registry: dict[str, Any], progress: Progress) -> None:
        super().__init__(registry)
        self._progress = progress

    def items(self) -> Any:
        total = len(self)
        for started, pair in enumerate(super().items()):
            self._progress(started, total)
            yield pair
        self._progress(total, total)


def _import_validator() -> tuple[Any, Any, type[Exception]]:
    """Imports lac_validator, with the bundled public key, and undoes the root-logger set-up it does on import."""
    os.environ.setdefault("QLACREF_PC_KEY", str(PUBLIC_KEY_PATH))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from lac_validator import lac_validator as engine
        from lac_validator.types import UploadError
        from lac_validator.utils import process_uploaded_files
    finally:
        # lac_validator.lac_validator calls logging.basicConfig(level=INFO) when imported.
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return engine, process_uploaded_files, UploadError


def validate_return(
    directory: Path | str,
    year: int,
    local_authority: str = DEFAULT_LOCAL_AUTHORITY,
    progress: Progress | None = None,
) -> ValidationReport:
    """Runs every DfE rule of the collection year `year` (its END year) on the CSV tables in `directory`.

    Source: DfE, "Children looked after return: validation rules" for the year, as implemented by
    csc-validator-be-903 0.1.17. `local_authority` is the submitting authority's ONS code: the placement's
    authority is derived from PL_POST and compared with it (rule 169 misfires for codes that are not in the
    validator's 2021 authority list).
    `progress`, if given, is told how many of the rules have been started, as they are.
    Raises RefusedInput for a directory or file that cannot be validated.
    """
    directory = Path(directory)
    ruleset = ruleset_name(year)
    tables = read_tables(directory)
    if "Header" in tables and not tables["Header"].children:
        # the validator itself fails on a return with no child in it
        raise RefusedInput(
            f"{tables['Header'].path.name}: no child in the return, so there is nothing to check "
            "(no child was looked after in the year)"
        )
    engine, process_uploaded_files, upload_error = _import_validator()
    try:
        registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    except ModuleNotFoundError as exc:
        raise RefusedInput(f"no DfE rule set for collection year {year} ({ruleset})") from exc

    files = process_uploaded_files({"This year": [str(t.path) for t in tables.values()], "Prev year": []})
    crash_errors: dict[str, str] = {}
    with _quiet_validator(crash_errors):
        started = time.perf_counter()
        try:
            run = engine.LacValidator(
                metadata={"collectionYear": str(year), "localAuthority": local_authority},
                files=files,
                registry=registry if progress is None else _CountingRules(registry, progress),
                selected_rules=None,
            )
        except upload_error as exc:
            raise RefusedInput(f"{directory}: the validator refused the files: {exc}") from exc
        seconds = time.perf_counter() - started

    report = ValidationReport(
        year=year,
        ruleset=ruleset,
        local_authority=local_authority,
        tables={name: t.path.name for name, t in tables.items()},
        rows={name: len(t.children) for name, t in tables.items()},
        validator_seconds=seconds,
    )
    failing: set[str] = set()
    for name, frame in run.ds_results.items():
        if name == "metadata" or name not in tables:
            continue
        for column in (c for c in frame.columns if str(c).startswith("ERR_")):
            code = str(column)[4:]
            rule = registry[code]
            fields = tuple(dict.fromkeys(rule.affected_fields or ()))
            for label in frame.index[frame[column] == True]:  # noqa: E712 (the column holds True or NaN)
                position = int(label)
                children = tables[name].children
                report.failures.append(
                    Failure(
                        rule=code,
                        message=rule.message or "",
                        table=name,
                        row=position + 1,
                        child=children[position] if 0 <= position < len(children) else "",
                        columns=fields,
                        file=tables[name].path.name,
                    )
                )
                failing.add(code)
    report.failures.sort(key=lambda f: (f.table, f.row, f.rule))

    crashed = {str(code) for code in run.fails}
    skipped = {str(code) for code in run.skips}
    for code, rule in registry.items():
        code = str(code)
        if code in crashed:
            report.crashed.append(
                CrashedRule(
                    rule=code,
                    message=rule.message or "",
                    error=crash_errors.get(code, "exception not recorded"),
                )
            )
        elif code in failing:
            report.failed_rules.append(code)
        elif code in skipped:
            report.skipped_rules.append(code)
        else:
            report.passed_rules.append(code)
    return report
