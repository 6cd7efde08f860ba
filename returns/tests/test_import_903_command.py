"""`lantern import-903 DIR [--dry-run]`: what it loaded (or would load) and its notes; the numbered problems on
standard error and exit status 1 when the return is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from people.models import Child
from returns.tests.import_903_sample import EPISODE_ROWS, SAMPLE, table
from returns.tests.sample_return import header_line, write_files

LOADED = "3 children, 4 periods of care, 7 legal statuses, 7 placements, 5 reviews, 3 missing episodes, 1 first children of mothers (MOTHER 1, MC_DOB)"


@pytest.mark.django_db
def test_a_dry_run_says_what_it_would_load_and_writes_nothing(tmp_path: Path, capsys) -> None:
    write_files(tmp_path, {**SAMPLE, "OC3.csv": header_line("OC3")})

    call_command("import_903", str(tmp_path), "--dry-run")

    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Would load from {tmp_path} (dry run, nothing written): {LOADED}"
    assert out[1] == "Children: Lc0001, Lc0002, Lc0003"
    assert out[2] == "Not loaded (Lantern does not import these tables): OC3.csv"
    assert "note(s)" in out[3] and "URN SC123456 is not on the register" in out[4]
    assert not Child.objects.exists() and not AuditEvent.objects.exists()


@pytest.mark.django_db
def test_an_import_loads_and_audits_each_child(tmp_path: Path, capsys) -> None:
    write_files(tmp_path, SAMPLE)

    call_command("import_903", str(tmp_path))

    assert capsys.readouterr().out.startswith(f"Loaded from {tmp_path}: {LOADED}\n")
    assert sorted(Child.objects.values_list("local_id", flat=True)) == ["Lc0001", "Lc0002", "Lc0003"]
    audited = AuditEvent.objects.filter(action="create", object_type="child")
    assert set(audited.values_list("child_id", flat=True)) == set(Child.objects.values_list("pk", flat=True))
    assert audited.count() == 3


@pytest.mark.django_db
def test_a_refused_return_lists_the_problems_and_exits_1(tmp_path: Path, capsys) -> None:
    episodes = list(EPISODE_ROWS)
    episodes[0] += ",extra"  # line 2: one value too many
    episodes[3] = episodes[3].replace(",L,", ",Q,")  # line 5: no such RNE
    write_files(tmp_path, {**SAMPLE, "Episodes.csv": table("Episodes", episodes)})

    with pytest.raises(SystemExit) as exited:
        call_command("import_903", str(tmp_path))

    assert exited.value.code == 1
    assert capsys.readouterr().err.splitlines() == [
        f"Refused: nothing was loaded from {tmp_path}. 2 problem(s):",
        "1. Episodes.csv line 2 (Episodes): has 14 values; the header has 13 columns",
        "2. Episodes.csv line 5 (Episodes): RNE 'Q' is not one of the codes B, L, P, S, T, U",
    ]
    assert not Child.objects.exists()
