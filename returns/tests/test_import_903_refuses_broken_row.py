"""A return with a broken row is refused whole: every problem is named by its file, table, line and reason, and
nothing is written, not even the children whose rows are all right."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.models import AuditEvent
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.statutory_records import LookedAfterReview
from missing.models import MissingEpisode
from people.models import Child, Person
from returns.import_rows import Problem
from returns.importing import ImportRefused, import_903
from returns.tests.import_903_sample import EPISODE_ROWS, MISSING_ROWS, SAMPLE, table
from returns.tests.sample_return import write_files

MODELS = (
    Person,
    Child,
    PeriodOfCare,
    LegalStatusRecord,
    Placement,
    LookedAfterReview,
    MissingEpisode,
    AuditEvent,
)


def _counts() -> dict[str, int]:
    return {model.__name__: model._default_manager.count() for model in MODELS}


@pytest.mark.django_db
def test_a_bad_date_refuses_the_whole_return_naming_file_line_and_reason(tmp_path: Path) -> None:
    episodes = list(EPISODE_ROWS)
    episodes[1] = episodes[1].replace("Lc0001,01/09/2025,P", "Lc0001,31/09/2025,P")  # line 3 of Episodes.csv
    missing = list(MISSING_ROWS)
    missing[2] = missing[2].replace(",M,", ",X,")  # line 4 of Missing.csv
    write_files(
        tmp_path,
        {**SAMPLE, "Episodes.csv": table("Episodes", episodes), "Missing.csv": table("Missing", missing)},
    )
    before = _counts()

    with pytest.raises(ImportRefused) as refused:
        import_903(tmp_path)

    assert refused.value.problems == [
        Problem(
            "Episodes.csv",
            "Episodes",
            3,
            "DECOM '31/09/2025' is not a date as dd/mm/YYYY (between 1900 and 2100)",
        ),
        Problem("Missing.csv", "Missing", 4, "MISSING 'X' is not one of the codes A, M"),
    ]
    assert str(refused.value.problems[0]) == (
        "Episodes.csv line 3 (Episodes): DECOM '31/09/2025' is not a date as dd/mm/YYYY (between 1900 and 2100)"
    )
    assert _counts() == before
