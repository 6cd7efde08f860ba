from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

SMALL = {"children": 30, "years": 3, "seed": 4}


@pytest.fixture
def seeded(db: Any) -> dict[str, int]:
    """A small synthetic authority, as of today, written through `lantern seed`."""
    call_command(
        "seed",
        f"--children={SMALL['children']}",
        f"--years={SMALL['years']}",
        f"--seed={SMALL['seed']}",
        "--no-progress",
        stdout=None,
    )
    return SMALL
