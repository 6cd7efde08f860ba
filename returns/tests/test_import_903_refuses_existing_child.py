"""A child of the return who is already in Lantern (the same local ID) is not merged: the whole return is refused,
naming the child's Header line, and the child's record is left as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from care.models import PeriodOfCare
from people.models import Child
from returns.import_rows import Problem
from returns.importing import ImportRefused, import_903
from returns.tests.factories import looked_after
from returns.tests.import_903_sample import SAMPLE
from returns.tests.sample_return import write_files


@pytest.mark.django_db
def test_a_child_already_in_lantern_refuses_the_return(tmp_path: Path) -> None:
    known = looked_after(local_id="Lc0002")
    write_files(tmp_path, SAMPLE)

    with pytest.raises(ImportRefused) as refused:
        import_903(tmp_path)

    assert refused.value.problems == [
        Problem(
            "Header.csv",
            "Header",
            3,
            "CHILD Lc0002 is already in Lantern: an import does not merge a return into a child's record; none "
            "of this child's rows can be loaded",
        )
    ]
    assert list(Child.objects.values_list("local_id", flat=True)) == ["Lc0002"]
    assert list(PeriodOfCare.objects.values_list("child_id", "start_date")) == [(known.pk, date(2025, 5, 1))]
