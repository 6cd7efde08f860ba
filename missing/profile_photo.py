"""The photo on a missing person profile, made safe to keep: decoded by Pillow and re-encoded as a JPEG with no
metadata (no GPS position, no camera), turned upright first, and no larger than it needs to be."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from PIL import Image, ImageOps

from missing.models import MissingProfile

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000  # refused before it is decoded: a small file can claim a huge picture
PHOTO_LONGEST_SIDE = 1600  # enough to recognise a face in print; a phone's 12 megapixels are not needed
_PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG"})  # MPO: the JPEG that many phone cameras write

PHOTO_TOO_BIG = "The photo must be smaller than 5 MB"
PHOTO_EMPTY = "The selected photo is empty"
PHOTO_NOT_JPEG_OR_PNG = "The photo must be a JPG or PNG"
PHOTO_NOT_AN_IMAGE = "The selected file is not a photo that can be opened: choose a JPG or PNG"
PHOTO_TOO_MANY_PIXELS = "The photo is too large: choose one under 40 megapixels"


@dataclass(frozen=True)
class CleanPhoto:
    """A photo that Pillow has decoded and re-encoded as a plain JPEG (photo_clean): the only kind profile_save
    keeps."""

    jpeg: bytes


def _flattened(image: Image.Image) -> Image.Image:
    """The picture in RGB, any transparency laid on white (JPEG has none)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def photo_clean(upload: Any) -> CleanPhoto:
    """Check that an uploaded file is a JPEG or PNG photo of at most 5 MB, and re-encode it as a JPEG without its
    metadata (EXIF, GPS, XMP, colour profile), upright and at most PHOTO_LONGEST_SIDE pixels each way. Raises
    ValidationError with a message for the person who chose the file."""
    size = getattr(upload, "size", None)
    if size is not None and size > PHOTO_MAX_BYTES:
        raise ValidationError(PHOTO_TOO_BIG, code="too_big")
    data = upload.read(PHOTO_MAX_BYTES + 1)
    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError(PHOTO_TOO_BIG, code="too_big")
    if not data:
        raise ValidationError(PHOTO_EMPTY, code="empty")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in _PHOTO_FORMATS:
                raise ValidationError(PHOTO_NOT_JPEG_OR_PNG, code="format")
            width, height = probe.size
            if width * height > PHOTO_MAX_PIXELS:
                raise ValidationError(PHOTO_TOO_MANY_PIXELS, code="pixels")
            probe.verify()
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            upright = ImageOps.exif_transpose(opened) or opened
            image = _flattened(upright)
            image.thumbnail((PHOTO_LONGEST_SIDE, PHOTO_LONGEST_SIDE))
            out = io.BytesIO()
            # No exif=, icc_profile= or xmp=: Pillow writes none of the original's metadata.
            image.save(out, format="JPEG", quality=85, optimize=True)
    except ValidationError:
        raise
    except Exception as error:  # any failure to decode a hostile or broken file is the same answer
        raise ValidationError(PHOTO_NOT_AN_IMAGE, code="invalid") from error
    return CleanPhoto(out.getvalue())


def photo_bytes(profile: MissingProfile | None) -> bytes | None:
    """The stored photo's bytes, or None when there is none (or its file has gone)."""
    if profile is None or not profile.photo:
        return None
    try:
        with profile.photo.open("rb") as handle:
            data: bytes = handle.read()
    except OSError:
        return None
    return data
