"""The missing-from-care records travel in the bundle: episodes, return interviews, the missing person profile with
its photo, and the copies of the profile sent to the police. Export, import into an empty database, export again
gives the same bytes; the dates and times are the same instants; the chronology entries the episodes make for
themselves are made again (by their signals), with the worker's analysis on them; the import gives no access grants."""

from __future__ import annotations

import base64
import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from access.models import AccessGrant
from accounts.models import User
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from bundles.export import bundle_dumps, bundle_export
from bundles.importer import bundle_import_report
from bundles.tests.conftest import Family, wipe_records
from care.models import PeriodOfCare
from care.services import care_record_save
from chronology.models import ChronologyEntry
from missing.models import MissingEpisode, MissingProfile, ProfileSent, ReturnInterview
from missing.profile_photo import photo_clean
from missing.profile_services import profile_save
from missing.services import episode_save, return_interview_save
from people.models import Child

UTC = datetime.UTC
AT = datetime.datetime(2024, 3, 8, 22, 30, 15, 123456, tzinfo=UTC)


def _missing_history(family: Family) -> bytes:
    """A period of care, two episodes through the missing service (one with its return interview), a profile with
    a photo through the profile service, and a copy sent to the police."""
    child = family.child
    wendy = User.objects.get(username="wendy")
    cora: Any = UserFactory(username="cora", role=Role.MISSING_COORDINATOR, agency=wendy.agency)
    care_record_save(actor=wendy, record=PeriodOfCare(child=child, start_date=datetime.date(2023, 11, 20)))
    recent = timezone.now().replace(second=0, microsecond=0) - datetime.timedelta(days=10)  # grants still due
    first = episode_save(
        actor=wendy,
        episode=MissingEpisode(
            child=child,
            kind="M",
            started_at=AT,
            ended_at=AT + datetime.timedelta(hours=9),
            reported_by="Pat Carer, foster carer",
            police_reference="LP-2024-0308",
            police_risk="high",
            found_where="Bus station",
            found_with="Two older men",
            safe_and_well_on=datetime.date(2024, 3, 9),
            harm_disclosed="Offered alcohol.",
            recorded_by=wendy,
        ),
    )
    episode_save(
        actor=wendy,
        episode=MissingEpisode(
            child=child,
            kind="A",
            started_at=recent.astimezone(datetime.timezone(datetime.timedelta(hours=1))),
            ended_at=recent + datetime.timedelta(hours=6),
            reported_by="Pat Carer",
        ),
    )
    # The service gives grants (an import does not).
    assert AccessGrant.objects.filter(user=cora, child=child).exists()
    return_interview_save(
        actor=wendy,
        interview=ReturnInterview(
            child=child,
            episode=first,
            offered_at=AT + datetime.timedelta(hours=30),
            offered_by="Rita Return",
            response="accepted",
            done_on=datetime.date(2024, 3, 11),
            done_by="Rita Return",
            push_factors="Arguments at home.",
            pull_factors="Friends in town.",
            places="Bus station",
            people="Two older men",
            recorded_by=wendy,
        ),
    )
    profile_save(
        actor=wendy,
        child=child,
        data={
            "description": "Tall, dark hair.",
            "photo_taken_on": datetime.date(2024, 2, 1),
            "places": "Town",
        },
        photo=photo_clean(SimpleUploadedFile("robin.png", _png(), content_type="image/png")),
        expected_version=None,
    )
    ProfileSent.objects.create(
        child=child,
        episode=first,
        sent_to="missing@police.example",
        sent_at=AT + datetime.timedelta(minutes=20),
        sent_by=wendy,
        last_seen_wearing="Red coat",
        last_seen="Home, 22:30",
    )
    ChronologyEntry.objects.filter(source_type="missingepisode", source_id=str(first.pk)).update(
        impact="First time found with adults not known to us"
    )
    stored = MissingProfile.objects.get().photo
    with stored.open("rb") as handle:
        return handle.read()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 60), (200, 120, 40)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


@pytest.mark.django_db
def test_missing_records_round_trip(family: Family, media: Path) -> None:
    photo = _missing_history(family)
    episodes_before = list(
        MissingEpisode.objects.order_by("started_at").values_list("started_at", "ended_at")
    )
    first = bundle_dumps(bundle_export(child=Child.objects.get(pk=family.child.pk)))
    wipe_records()
    assert not MissingEpisode.objects.exists() and not AccessGrant.objects.exists()

    report = bundle_import_report(data=json.loads(first))

    child = Child.objects.get(pk=report.child.pk)
    assert bundle_dumps(bundle_export(child=child)) == first
    bundle = json.loads(first)
    assert [e["kind"] for e in bundle["missing_episodes"]] == ["M", "A"]
    assert bundle["missing_episodes"][0]["started_at"] == "2024-03-08T22:30:15.123456+00:00"
    assert bundle["return_interviews"][0]["episode"] == bundle["missing_episodes"][0]["id"]
    assert bundle["profiles_sent"][0]["episode"] == bundle["missing_episodes"][0]["id"]
    assert base64.b64decode(bundle["missing_profile"]["photo_jpeg_base64"]) == photo
    # The same instants, timezone-aware, whatever offset they were written with.
    after = list(MissingEpisode.objects.order_by("started_at").values_list("started_at", "ended_at"))
    assert after == episodes_before and all(m is not None and m.tzinfo is not None for m in after[1])
    # The photo was stored again through the ImageField's storage, byte for byte.
    profile = MissingProfile.objects.get(child=child)
    with profile.photo.open("rb") as handle:
        assert handle.read() == photo
    assert profile.photo.name.startswith(f"profiles/{child.pk}/")
    # The episodes and the interview made their chronology entries again; the analysis came back with the story.
    derived = ChronologyEntry.objects.filter(child=child, source_type="missingepisode").order_by(
        "occurred_on"
    )
    assert [e.significance for e in derived] == ["critical", "significant"]
    assert derived[0].impact == "First time found with adults not known to us"
    assert ChronologyEntry.objects.filter(child=child, source_type="returninterview").count() == 1
    # An import is not a report of a missing episode: no grants for the coordinator or the interview service.
    assert not AccessGrant.objects.exists()
    assert {
        k: report.care_records[k] for k in ("missing_episodes", "return_interviews", "profiles_sent")
    } == {
        "missing_episodes": 2,
        "return_interviews": 1,
        "profiles_sent": 1,
    }
    assert report.care_records["missing_profile"] == 1
