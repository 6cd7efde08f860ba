"""Settings for the test suite: the same as production code paths, with a fast password hasher."""

import os

os.environ.setdefault("LANTERN_TESTING", "1")

from lantern.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = True
# Queued tasks run inside the request, so that a test sees what the worker would have done.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that tests can open a second real connection (test_concurrent_edits.py).
    # LANTERN_TEST_SQLITE_PATH lets two suites run side by side without sharing a file.
    test_name = os.environ.get("LANTERN_TEST_SQLITE_PATH") or str(BASE_DIR / "test-lantern.sqlite3")  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": test_name}  # noqa: F405

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="lantern-test-media-"))
