"""Fixtures shared by every app's tests. The personas are described in lantern/tests/personas.py."""

from __future__ import annotations

from typing import Any

import pytest

from lantern.tests.personas import Personas, make_personas


@pytest.fixture
def personas(db: Any) -> Personas:
    return make_personas()
