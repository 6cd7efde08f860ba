"""Factories and files for the missing person profile's tests: episodes and profiles written straight to the
database (the services are what the tests exercise), and photos made by Pillow, one with a GPS position in it."""

from __future__ import annotations

import datetime
import io
from typing import Any

import factory
from django.utils import timezone
from PIL import Image

from missing.models import EpisodeKind, MissingEpisode, MissingProfile
from people.tests.factories import ChildFactory

GPS_IFD = 0x8825


class ProfileEpisodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MissingEpisode

    child = factory.SubFactory(ChildFactory)
    kind = EpisodeKind.MISSING
    started_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    ended_at = factory.LazyAttribute(lambda o: o.started_at + datetime.timedelta(hours=6))
    reported_by = "Sam Carer, foster carer"


class MissingProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MissingProfile

    child = factory.SubFactory(ChildFactory)
    description = "About 1.4 m tall, slim, short brown hair, a scar above the left eyebrow"
    associates = "Jay Example, friend from school\nCasey Sample, older boy from the park"
    places = "Example Park\nLincoln bus station"
    phones_and_social_media = "07700 900123\nSnapchat: robin_example"
    medical_needs = "Asthma: blue inhaler"
    vulnerabilities = "Goes with older young people; risk of exploitation"


def jpeg_with_gps(size: tuple[int, int] = (120, 160)) -> bytes:
    """A JPEG photo carrying EXIF metadata with a GPS position, as phones write them."""
    image = Image.new("RGB", size, (180, 120, 90))
    exif = Image.Exif()
    exif[0x010F] = "ExamplePhone"  # Make
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (53.0, 14.0, 0.0)
    gps[3] = "W"
    gps[4] = (0.0, 32.0, 0.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png_with_transparency(size: tuple[int, int] = (80, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (10, 120, 200, 128)).save(out, format="PNG")
    return out.getvalue()


def gif_image() -> bytes:
    out = io.BytesIO()
    Image.new("P", (20, 20)).save(out, format="GIF")
    return out.getvalue()


def profile_form_data(**changes: Any) -> dict[str, Any]:
    """A filled-in profile form, as a carer would send it."""
    data: dict[str, Any] = {
        "description": "About 1.4 m tall, slim, short brown hair",
        "photo_taken_on": "",
        "associates": "Jay Example, friend from school\nCasey Sample",
        "places": "Example Park\nLincoln bus station",
        "phones_and_social_media": "07700 900123\nSnapchat: robin_example",
        "medical_needs": "Asthma: blue inhaler",
        "vulnerabilities": "Goes with older young people",
        "version": "",
    }
    data.update(changes)
    return data
