"""Reads for the SSDA903 page: a user sees only the checks they asked for."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from returns.models import ReturnCheck

RECENT_CHECKS = 10


def recent_checks(user: Any) -> QuerySet[ReturnCheck]:
    return ReturnCheck.objects.filter(requested_by=user).defer("report", "counts")[:RECENT_CHECKS]


def check_for(user: Any, check_id: Any) -> ReturnCheck | None:
    """The check, if `user` asked for it; None otherwise (someone else's check is not found)."""
    return ReturnCheck.objects.filter(pk=check_id, requested_by=user).first()
