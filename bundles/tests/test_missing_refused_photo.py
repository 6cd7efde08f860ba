"""A profile whose photo is not a JPEG photo (not base64, not a picture, a PNG, cut short) is refused whole at
$.missing_profile.photo_jpeg_base64, nothing is written, and no photo file is left in storage (nor when a good
photo was stored and a later part of the bundle is refused)."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bundles.importer import BundleError, bundle_import
from bundles.tests.conftest import missing_counts, with_missing
from missing.models import MissingProfile

PATH = "$.missing_profile.photo_jpeg_base64"


def _picture(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 48), (10, 200, 90)).save(out, format=kind)
    return out.getvalue()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.fixture
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


def _files(media: Path) -> list[Path]:
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


BAD = {
    "not base64": ("this is not base64!", "is not base64"),
    "base64 of text": (_b64(b"hello, not a photo"), "is not a JPEG photo that can be opened"),
    "a PNG": (_b64(_picture("PNG")), "is not a JPEG photo that can be opened (it is PNG)"),
    "a JPEG cut short": (_b64(_picture("JPEG")[:200]), "is not a JPEG photo that can be opened"),
    "empty": ("", "The selected photo is empty"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_photo_is_refused_at_its_path(case: str, bundle: dict[str, Any], media: Path) -> None:
    text, reason = BAD[case]
    bundle = with_missing(bundle)
    bundle["missing_profile"]["photo_jpeg_base64"] = text
    before = missing_counts()

    with pytest.raises(BundleError) as refused:
        bundle_import(data=bundle)

    assert any(p == PATH and reason in message for p, message in refused.value.errors), refused.value.errors
    assert missing_counts() == before
    assert _files(media) == []


@pytest.mark.django_db
def test_a_photo_stored_before_a_later_problem_is_removed(bundle: dict[str, Any], media: Path) -> None:
    bundle = with_missing(bundle)
    bundle["missing_profile"]["photo_jpeg_base64"] = _b64(_picture("JPEG"))
    bundle["chronology_analysis"] = [
        {
            "source_type": "visit",
            "source_id": "c0000000-0000-4000-8000-0000000000fe",
            "significance": "critical",
        }
    ]  # refused by the story, written after the profile

    with pytest.raises(BundleError):
        bundle_import(data=bundle)

    assert _files(media) == [] and not MissingProfile.objects.exists()
