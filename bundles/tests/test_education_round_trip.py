"""The education record travels in the bundle: the schools the records name, enrolments, attendance, exclusions
and school moves (with the placement that caused the move, the Key Stage 4 approval and the records transfer).
Export, import into an empty database (the schools created with the bundle's ids) and export again gives the same
bytes; the records due date is worked out again on import; a school this Lantern has is used as it is."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from audit.models import AuditEvent
from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family
from bundles.tests.issue8_wipe import exported, wipe_all
from education.models import Enrolment, School, SchoolMove
from education.tests.factories import SchoolFactory
from people.models import Child


@pytest.mark.django_db
def test_education_round_trip(family: Family) -> None:
    first, made = exported(family)
    data = json.loads(first)
    assert [s["urn"] for s in data["schools"]] == ["990801", "990802"]
    assert [len(data[k]) for k in ("enrolments", "attendance", "exclusions", "school_moves")] == [2, 1, 2, 1]
    move = data["school_moves"][0]
    assert (move["from_school"], move["to_school"]) == ("990801", "990802")
    assert move["placement"] == str(made["second"].pk)
    assert [e["days"] for e in data["exclusions"]] == [2.5, 3]
    wipe_all(register=False)

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    assert School.objects.get(urn="990802").designated_teacher_contact == "01234 000000"
    assert report.care_records["schools"] == 2 and report.care_records["school_moves"] == 1
    assert report.notes == []
    audited = AuditEvent.objects.filter(object_type="schoolmove", child_id=child.pk, action="create")
    assert audited.count() == 1


@pytest.mark.django_db
def test_records_due_date_is_worked_out_again(family: Family) -> None:
    first, _ = exported(family)
    data = json.loads(first)
    data["school_moves"][0]["records_due_on"] = "2030-01-01"
    wipe_all(register=False)

    bundle_import_report(data=data)

    # 15 school days after Friday 3 October 2025 (no school holidays set: working days)
    assert SchoolMove.objects.get().records_due_on == datetime.date(2025, 10, 24)


@pytest.mark.django_db
def test_a_school_already_here_is_used_as_it_is(family: Family) -> None:
    first, _ = exported(family)
    wipe_all(register=False)
    here: Any = SchoolFactory(urn="990801", name="Example Academy North (renamed)")

    report = bundle_import_report(data=json.loads(first))

    assert Enrolment.objects.filter(school=here).count() == 1
    assert School.objects.filter(urn="990801").count() == 1
    assert [path for path, _ in report.notes] == ["$.schools[0]"]
    assert "used as this Lantern has it" in report.notes[0][1]
