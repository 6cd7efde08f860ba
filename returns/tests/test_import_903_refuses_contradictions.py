"""Rows that each read well but contradict each other or what the record can hold are refused by line: an RNE that
does not say what changed, and two missing episodes at once (which the record refuses as it refuses them at
entry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from people.models import Child
from returns.import_rows import Problem
from returns.importing import ImportRefused, import_903
from returns.tests.import_903_sample import EPISODE_ROWS, MISSING_ROWS, SAMPLE, table
from returns.tests.sample_return import write_files


@pytest.mark.django_db
def test_rows_that_contradict_are_refused_by_line(tmp_path: Path) -> None:
    episodes = list(EPISODE_ROWS)
    # line 3 of Episodes.csv: RNE L (legal status only), though the placement changed
    episodes[1] = episodes[1].replace(",P,C2,", ",L,C2,")
    missing = [*MISSING_ROWS, "Lc0003,05/09/2008,M,21/01/2026,23/01/2026"]  # line 5: overlaps line 4
    write_files(
        tmp_path,
        {**SAMPLE, "Episodes.csv": table("Episodes", episodes), "Missing.csv": table("Missing", missing)},
    )

    with pytest.raises(ImportRefused) as refused:
        import_903(tmp_path)

    assert [(p.file, p.line) for p in refused.value.problems] == [
        ("Episodes.csv", 2),
        ("Episodes.csv", 3),
        ("Episodes.csv", 3),
        ("Missing.csv", 5),
    ]
    assert refused.value.problems[2] == Problem(
        "Episodes.csv",
        "Episodes",
        3,
        "RNE L says only the legal status changed, but PLACE, PLACE_PROVIDER, PL_POST or URN changed",
    )
    assert refused.value.problems[3].reason.startswith(
        "the missing episode from 21/01/2026: This overlaps the episode from 20/01/2026"
    )
    assert not Child.objects.exists()
