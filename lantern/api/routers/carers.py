"""The carers API (filled in by issue 8's work)."""

from __future__ import annotations

from ninja import Router

router = Router(tags=["carers"])
