"""photo_clean turns an accepted photo into a plain JPEG: transparency laid on white, turned upright as the camera
meant it, no larger than it needs to be, and with no metadata."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from missing.profile_photo import PHOTO_LONGEST_SIDE, photo_clean
from missing.tests.factories_profile import png_with_transparency


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_a_png_with_transparency_becomes_a_jpeg_on_white() -> None:
    cleaned = _open(photo_clean(SimpleUploadedFile("p.png", png_with_transparency())).jpeg)
    assert cleaned.format == "JPEG"
    assert cleaned.mode == "RGB"
    red, _green, blue = cleaned.convert("RGB").getpixel((40, 40))  # type: ignore[misc]
    assert red > 100 and blue > 200  # half-transparent blue over white, not over black


def test_a_photo_taken_sideways_is_turned_upright_and_made_smaller() -> None:
    image = Image.new("RGB", (4000, 3000), (90, 90, 90))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned a quarter
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)

    cleaned = _open(photo_clean(SimpleUploadedFile("p.jpg", out.getvalue())).jpeg)

    assert cleaned.size == (PHOTO_LONGEST_SIDE * 3 // 4, PHOTO_LONGEST_SIDE)
    assert len(cleaned.getexif()) == 0


def test_a_picture_claiming_too_many_pixels_is_refused_before_it_is_decoded() -> None:
    out = io.BytesIO()
    Image.new("1", (7000, 7000)).save(out, format="PNG")  # 49 megapixels in a few kilobytes
    with pytest.raises(ValidationError, match="too large"):
        photo_clean(SimpleUploadedFile("p.png", out.getvalue()))
