"""The Social Work England registration number of a social worker: "SW" and its digits.

It is the SW_ID of the SSDA903 SWEpisodes table. The validator's rule SW02STG1 (lac_validator 2025-26) refuses an
SW_ID that does not begin "SW" or "XX" or is shorter than four characters; Social Work England's numbers are "SW"
followed by digits, so that is the only form Lantern accepts (no "XX" stand-in is recorded for a worker)."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

SWE_REGISTRATION = re.compile(r"SW\d{2,10}")
MAX_LENGTH = 12
INVALID_MESSAGE = (
    "Enter the Social Work England registration number as SW followed by its digits, with no other characters"
)


def normalise_swe_registration(text: str) -> str:
    """As typed, without spaces and in capitals ("sw 0123" is "SW0123")."""
    return re.sub(r"\s+", "", text or "").upper()


def is_swe_registration(text: str) -> bool:
    return SWE_REGISTRATION.fullmatch(text) is not None


def validate_swe_registration(value: str) -> None:
    """Blank is allowed (not every user is a social worker, and a number may not be recorded yet)."""
    if value and not is_swe_registration(value):
        raise ValidationError(INVALID_MESSAGE, code="invalid")
