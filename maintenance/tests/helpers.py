"""Running Lantern in processes of its own against a scratch database (lantern/tests/scratch.py) with a media
directory of its own, for the backup tests: its commands, a snapshot of every table, and a profile photo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lantern.tests.scratch import run_python

SNAPSHOT = """
import json, django
django.setup()
from django.apps import apps
tables = {}
for model in apps.get_models(include_auto_created=True):
    if model._meta.db_table == "django_session":
        continue
    rows = model._base_manager.order_by("pk").values_list()
    tables[model._meta.db_table] = [[str(v) for v in row] for row in rows]
print(json.dumps(tables, sort_keys=True))
"""

# The first child's Philomena profile photo, through the service (re-encoded by photo_clean), as an upload would be.
PHOTO = """
import io, django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from missing.models import MissingProfile
from missing.profile_photo import photo_clean
from missing.profile_services import profile_save
from people.models import Child
child = Child.objects.order_by("local_id").first()
picture = io.BytesIO()
Image.new("RGB", (90, 120), (30, 120, 200)).save(picture, format="PNG")
existing = MissingProfile.objects.filter(child=child).first()
profile = profile_save(
    actor=None, child=child, data={}, photo=photo_clean(SimpleUploadedFile("photo.png", picture.getvalue())),
    expected_version=existing.version if existing else None,
)
print(profile.photo.name)
"""


def with_media(env: dict[str, str], media: Path) -> dict[str, str]:
    """The scratch environment with its uploaded files in `media`."""
    return {**env, "LANTERN_MEDIA_ROOT": str(media)}


def lantern(env: dict[str, str], *args: str) -> str:
    result = run_python(env, "manage.py", *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def snapshot(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(env, "-c", SNAPSHOT)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def add_photo(env: dict[str, str]) -> str:
    """Give the first child's profile a photo; its name under the media directory."""
    result = run_python(env, "-c", PHOTO)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
