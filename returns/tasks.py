"""The SSDA903 check as queued work: the page asks for it, the task worker (`manage.py db_worker`) runs it."""

from __future__ import annotations

from django_tasks import task

from returns import checks


@task()
def check_return(check_id: str) -> None:
    checks.run_check(check_id)
