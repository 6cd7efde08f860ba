"""Agency chronologies from CSV: a broken file is refused with line numbers and nothing imported; a clean file is
imported whole and can be undone whole."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from audit.models import AuditEvent
from chronology.csv_format import parse
from chronology.models import ChronologyEntry, ChronologyImport

TODAY = datetime.date(2026, 11, 27)
GOOD = (
    "date,agency,category,event,significance,source_reference\n"
    "12/01/2024,Example Health Trust,health,Review health assessment,routine,H-1\n"
    'about 03/2024,Example Health Trust,Health,"Missed dental check, second time",significant,H-2\n'
    '2023,Example Health Trust,,"Moved GP practice\nafter placement move",,H-3\n'
)


def test_every_problem_is_reported_with_its_line() -> None:
    data = (
        b"date,agency,category,event,significance\n"
        b"31/02/2024,Health,health,Not a real date,\n"
        b"01/01/2030,Health,health,In the future,\n"
        b"01/01/2024,Health,astrology,Unknown category,\n"
        b"01/01/2024,Health,health,,\n"
        b'01/01/2024,Health,health,"spans\ntwo lines",urgent\n'
        b"01/01/2024,Health\n"
        b"01/01/2024,Health,health,Fine,routine\n"
    )
    rows, problems = parse(data, today=TODAY)
    assert [str(p) for p in problems] == [
        'Line 2: "31/02/2024" is not a date: write it like 27/03/2024, 03/2024 or 2024',
        "Line 3: the date 01/01/2030 is in the future",
        'Line 4: "astrology" is not a category: use one of ' + problems[2].reason.split("use one of ")[1],
        "Line 5: the event is blank: say what happened",
        'Line 6: "urgent" is not a significance: use routine, significant or critical',
        "Line 8: has 2 cells where the header has 5",
    ]
    assert [r.line for r in rows] == [9]


def test_the_header_is_checked_first() -> None:
    _, problems = parse(b"when,event\n01/01/2024,x\n", today=TODAY)
    assert str(problems[0]).startswith('Line 1: unknown column "when"')
    _, problems = parse(b"date,event\n01/01/2024,x\n", today=TODAY)
    assert str(problems[0]) == "Line 1: the column agency is missing"
    assert parse(b"date,event\n01/01/2024,x\n", today=TODAY, default_agency="School")[1] == []
    assert str(parse("date,event\n".encode("utf-16"), today=TODAY)[1][0]).startswith("The file is not UTF-8")


def test_dates_keep_their_accuracy() -> None:
    rows, problems = parse(GOOD.encode(), today=TODAY)
    assert problems == []
    assert [(r.occurred_on, r.date_accuracy) for r in rows] == [
        (datetime.date(2024, 1, 12), "exact"),
        (datetime.date(2024, 3, 1), "approximate"),
        (datetime.date(2023, 1, 1), "year"),
    ]
    assert rows[2].what_happened == "Moved GP practice\nafter placement move"


def _upload(client: Client, child: Any, content: str, name: str = "health.csv") -> Any:
    return client.post(
        f"/children/{child.pk}/chronology/import/",
        {"file": SimpleUploadedFile(name, content.encode(), content_type="text/csv"), "agency": ""},
    )


@pytest.mark.django_db
def test_a_broken_file_imports_nothing_and_says_where(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    before = ChronologyEntry.objects.count()
    response = _upload(client, personas.child, GOOD + "not a date,Example Health Trust,health,x,,\n")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Line 6: &quot;not a date&quot; is not a date" in html
    assert "nothing was imported" in html
    assert ChronologyEntry.objects.count() == before
    assert not ChronologyImport.objects.filter(filename="health.csv").exists()


@pytest.mark.django_db
def test_a_clean_file_is_imported_whole_and_undone_whole(personas: Any) -> None:
    client = Client()
    client.force_login(personas.wendy)
    response = _upload(client, personas.child, GOOD)
    assert response.status_code == 302
    batch = ChronologyImport.objects.get(filename="health.csv", rows=3)
    assert batch.entries.count() == 3
    assert AuditEvent.objects.filter(
        object_type="chronologyimport", object_id=str(batch.pk), action="create"
    ).exists()
    page = client.get(f"/children/{personas.child.pk}/chronology/").content.decode()
    assert "Missed dental check, second time" in page

    response = client.post(f"/children/{personas.child.pk}/chronology/imports/{batch.pk}/undo/")
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.undone_at is not None and batch.undone_by == personas.wendy
    assert not ChronologyEntry.objects.filter(imported=batch).exists()
    assert AuditEvent.objects.filter(
        object_type="chronologyimport", object_id=str(batch.pk), action="delete"
    ).exists()
    assert "Undone" in client.get(f"/children/{personas.child.pk}/chronology/imports/").content.decode()
