"""Emptying the record tables for the issue 8 bundle tests, the schools and the register of carers too, so that an
import creates the schools from the bundle; and the bundle of the conftest family with its issue 8 history."""

from __future__ import annotations

from typing import Any

from bundles.export import bundle_dumps, bundle_export
from bundles.tests.conftest import Family, wipe_records
from bundles.tests.issue8_history import issue8_history
from care.models import CarerProvider
from education.models import School
from people.models import Child


def exported(family: Family) -> tuple[str, dict[str, Any]]:
    """The family's bundle text with its issue 8 history, and what the history made."""
    made = issue8_history(family.child)
    return bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk))), made


def wipe_all(*, register: bool = True) -> None:
    """wipe_records(), then the schools, and the register entries unless `register` is false."""
    wipe_records()
    School.objects.all().delete()
    if register:
        CarerProvider.objects.all().delete()
