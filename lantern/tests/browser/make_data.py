"""Create the browser tests' personas in the database named by the environment, and print their ids as JSON.

Run as `python -m lantern.tests.browser.make_data` with LANTERN_SQLITE_PATH pointing at a migrated database:
the browser tests cannot use pytest-django's flushing databases, because the audit table refuses DELETE.
The personas are those of every other test (lantern/tests/personas.py).
"""

from __future__ import annotations

import json
import os


def make_data() -> dict[str, str]:
    from lantern.tests.personas import make_personas
    from returns.tests.factories import looked_after

    personas = make_personas()
    looked_after(local_id="B903")  # a child looked after in 2025/26, for the SSDA903 check
    return {
        "child_id": str(personas.child.pk),
        "mother_id": str(personas.mother.pk),
        "relationship_id": str(personas.mother_relationship.pk),
    }


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    import django

    django.setup()
    print(json.dumps(make_data()))


if __name__ == "__main__":
    main()
