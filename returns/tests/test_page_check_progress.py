"""A check asked for on the SSDA903 page runs in the background: while it waits or runs, its page shows a progress
bar with the stage reached and a link to refresh, its status (for the page's script) says how far it has got, and
once done the page shows the report; the validator reports each rule as it starts, so the bar moves rule by rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from accounts.roles import Role
from accounts.tests.factories import UserFactory
from returns import checks
from returns.models import CheckStatus, ReturnCheck
from returns.tests.factories import looked_after
from returns.tests.sample_return import ONE_CHILD, write_files
from returns.validation import validate_return


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_waiting_check_shows_a_progress_bar_and_its_status() -> None:
    looked_after(local_id="C0001")
    analyst: Any = UserFactory(role=Role.ANALYST)
    check = ReturnCheck.objects.create(
        requested_by=analyst, end_year=2026, stage="Waiting for the task worker"
    )
    client = _client(analyst)

    page = client.get(f"/returns/903/checks/{check.pk}/").content.decode()
    assert '<progress id="check-progress"' in page and 'value="0"' in page
    assert "Waiting for the task worker" in page and "Refresh this page" in page
    assert "return-progress.mjs" in page
    status = client.get(f"/returns/903/checks/{check.pk}/status/").json()
    assert status == {
        "status": "queued",
        "progress": 0,
        "stage": "Waiting for the task worker",
        "finished": False,
    }

    checks.run_check(str(check.pk))
    check.refresh_from_db()
    assert check.status == CheckStatus.DONE and check.progress == 100 and check.report is not None
    status = client.get(f"/returns/903/checks/{check.pk}/status/").json()
    assert status["finished"] is True and status["progress"] == 100
    page = client.get(f"/returns/903/checks/{check.pk}/").content.decode()
    assert "<progress" not in page and "Rules run" in page and "lac2025_26" in page


@pytest.mark.django_db
def test_the_bar_moves_with_each_rule_and_is_written_once_per_percent(tmp_path: Path) -> None:
    analyst: Any = UserFactory(role=Role.ANALYST)
    check = ReturnCheck.objects.create(requested_by=analyst, end_year=2026)
    seen: list[tuple[int, str]] = []
    bar = checks._Bar(check.pk)

    def watch(started: int, total: int) -> None:
        bar.rules(started, total)
        row = ReturnCheck.objects.get(pk=check.pk)
        seen.append((row.progress, row.stage))

    ReturnCheck.objects.filter(pk=check.pk).update(progress=checks.EXPORT_SHARE)
    report = validate_return(write_files(tmp_path, ONE_CHILD), 2026, progress=watch)
    percents = [p for p, _ in seen]
    assert len(seen) == report.rules_run + 1  # told as each rule starts, and at the end
    assert percents == sorted(percents) and percents[0] == checks.EXPORT_SHARE and percents[-1] == 99
    assert len(set(percents)) > 50  # the bar moves along, not in one jump
    assert (
        seen[-1][1]
        == f"Checking the return against the DfE rules: {report.rules_run} of {report.rules_run} rules"
    )


@pytest.mark.django_db
def test_a_check_delivered_twice_runs_once() -> None:
    analyst: Any = UserFactory(role=Role.ANALYST)
    check = ReturnCheck.objects.create(
        requested_by=analyst, end_year=2026, status=CheckStatus.DONE, progress=100
    )
    checks.run_check(str(check.pk))
    check.refresh_from_db()
    assert check.status == CheckStatus.DONE and check.report is None  # left alone


@pytest.mark.django_db
def test_a_year_with_no_child_looked_after_ends_with_the_reason() -> None:
    analyst: Any = UserFactory(role=Role.ANALYST)
    client = _client(analyst)
    page = client.post("/returns/903/", {"year": "2026"}, follow=True).content.decode()
    check = ReturnCheck.objects.get(requested_by=analyst)
    assert check.status == CheckStatus.FAILED
    assert "The check could not be completed" in page
    assert "no child in the return, so there is nothing to check" in page
