"""The child's missing person profile (the Philomena Protocol's Part 1, missing/models.py MissingProfile) in a case
bundle: `missing_profile`, an object or null, with the photo as base64 JPEG in `photo_jpeg_base64` (or null).

Export here; import by ProfileWriter, called by bundles/importer.py after the care records. The photo is checked as
it is decoded: base64, a JPEG of at most 5 MB and 40 megapixels that Pillow can open and read to the end. It is kept
byte for byte (not re-encoded, so that a round trip gives the same bundle): a photo in an exported bundle was already
made safe by missing/profile_services.py photo_clean when it was uploaded. It is stored through the ImageField's
storage; when the import is refused after that, `discard` removes the file, so nothing is left behind."""

from __future__ import annotations

import base64
import binascii
import io
import uuid
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image

from bundles.errors import model_errors
from bundles.plain import moment_of, plain, worker
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from lantern.child_records import check_dated
from missing.models import MissingProfile
from missing.profile_photo import (
    PHOTO_EMPTY,
    PHOTO_MAX_BYTES,
    PHOTO_MAX_PIXELS,
    PHOTO_TOO_BIG,
    PHOTO_TOO_MANY_PIXELS,
    photo_bytes,
)
from missing.profile_services import PROFILE_FIELDS
from people.models import Child

SECTION = "missing_profile"
PHOTO = "photo_jpeg_base64"
PATH = f"$.{SECTION}"
_JPEG_FORMATS = frozenset({"JPEG", "MPO"})  # MPO: the JPEG that many phone cameras write

PHOTO_NOT_BASE64 = "is not base64 (the characters A-Z, a-z, 0-9, + and /, padded with =)"
PHOTO_NOT_JPEG = "is not a JPEG photo that can be opened"


def profile_export(child: Child) -> dict[str, Any] | None:
    """The child's profile, or None when the child has none."""
    profile = (
        MissingProfile.objects.filter(child=child)
        .select_related("updated_by__team", "updated_by__agency")
        .first()
    )
    if profile is None:
        return None
    photo = photo_bytes(profile)
    return {
        "id": str(profile.pk),
        **{name: plain(getattr(profile, name)) for name in PROFILE_FIELDS},
        PHOTO: base64.b64encode(photo).decode("ascii") if photo else None,
        "updated_at": plain(profile.updated_at),
        "updated_by": worker(profile.updated_by),
    }


def photo_from_base64(text: str) -> bytes:
    """The photo's bytes, or ValidationError saying why they are not a JPEG photo to keep."""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValidationError(PHOTO_NOT_BASE64) from error
    if not data:
        raise ValidationError(PHOTO_EMPTY)
    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError(PHOTO_TOO_BIG)
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in _JPEG_FORMATS:
                raise ValidationError(f"{PHOTO_NOT_JPEG} (it is {probe.format or 'of an unknown kind'})")
            width, height = probe.size
            if width * height > PHOTO_MAX_PIXELS:
                raise ValidationError(PHOTO_TOO_MANY_PIXELS)
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # verify() does not decode the picture; a truncated one fails here
    except ValidationError:
        raise
    except Exception as error:  # any failure to decode a broken or hostile file is the same answer
        raise ValidationError(PHOTO_NOT_JPEG) from error
    return data


class ProfileWriter:
    """Writes the bundle's missing person profile, if any, for a child whose own record is saved (checked as
    profile_save checks it: the model's own checks, and the photo's date neither before the child's birth nor after
    today); collects every problem instead of stopping."""

    def __init__(self, data: dict[str, Any], child: Child | None, workers: WorkerResolver) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self.errors: list[Problem] = []
        self.count = 0
        self._stored: list[str] = []

    def write(self) -> None:
        record: dict[str, Any] | None = self.data.get(SECTION)
        if record is None:
            return
        profile = MissingProfile(id=uuid.UUID(record["id"]))
        waiting: list[str] = []
        if self.child is None:
            waiting.append("child")
        else:
            profile.child = self.child
        for name in PROFILE_FIELDS:
            if name in record:
                value = record[name]
                setattr(
                    profile, name, date.fromisoformat(value) if name == "photo_taken_on" and value else value
                )
        if "updated_at" in record:
            try:
                profile.updated_at = moment_of(record["updated_at"])
            except ValueError:
                self.errors.append(
                    (f"{PATH}.updated_at", f"{record['updated_at']!r} is not valid: no such date and time")
                )
                return
        spec = record.get("updated_by")
        profile.updated_by = (
            None if spec is None else self.workers.resolve(spec, f"{PATH}.updated_by", allocatable=False)
        )
        if spec is not None and profile.updated_by is None:
            waiting.append("updated_by")
        problems = len(self.errors)
        photo = self._photo(record)
        try:
            profile.full_clean(exclude=[*waiting, "photo"])
            if self.child is not None:
                check_dated(child=self.child, field="photo_taken_on", day=profile.photo_taken_on)
        except ValidationError as error:
            self.errors += model_errors(error, path=PATH, record=record)
            return
        if waiting or len(self.errors) > problems:
            return
        if photo is not None:
            profile.photo.save("photo.jpg", ContentFile(photo), save=False)
            self._stored.append(profile.photo.name or "")
        profile.save()
        self.count = 1

    def _photo(self, record: dict[str, Any]) -> bytes | None:
        """The photo's bytes, or None when there is none or it is invalid (its problem is listed)."""
        text = record.get(PHOTO)
        if text is None:
            return None
        try:
            return photo_from_base64(text)
        except ValidationError as error:
            self.errors += [(f"{PATH}.{PHOTO}", message) for message in error.messages]
            return None

    def discard(self) -> None:
        """Remove the photo files stored by `write`: the import was refused, so no record points to them."""
        storage = MissingProfile._meta.get_field("photo").storage
        for name in self._stored:
            storage.delete(name)
        self._stored = []
