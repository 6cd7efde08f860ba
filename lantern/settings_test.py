"""Settings for the test suite: the same as production code paths, with a fast password hasher."""

import os

os.environ.setdefault("LANTERN_TESTING", "1")

from lantern.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = True
