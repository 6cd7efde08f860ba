"""Validation of national identifiers. Pure functions, no ORM."""

from __future__ import annotations

import re

_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # I, O and S are never used in a UPN
_UPN_RE = re.compile(rf"^[{_UPN_LETTERS}][0-9]{{11}}[0-9{_UPN_LETTERS}]$")


def normalise_nhs_number(value: str) -> str:
    return re.sub(r"[\s-]", "", value)


def nhs_number_is_valid(value: str) -> bool:
    """NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary, "NHS Number")."""
    digits = normalise_nhs_number(value)
    if not re.fullmatch(r"[0-9]{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit that completes nine digits, or None when no valid number starts with them."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def upn_check_letter(body: str) -> str:
    """DfE UPN check letter for the 12 characters after it (DfE 'Unique pupil numbers' guidance, annex)."""
    total = 0
    for position, char in enumerate(body, start=2):
        value = int(char) if char.isdigit() else _UPN_LETTERS.index(char)
        total += value * position
    return _UPN_LETTERS[total % 23]


def upn_is_valid(value: str) -> bool:
    """A UPN: check letter, then 11 digits, then a digit or (for a temporary UPN) a letter; the check letter
    must match (DfE 'Unique pupil numbers (UPN): guidance for schools and local authorities')."""
    value = value.strip().upper()
    if not _UPN_RE.fullmatch(value):
        return False
    return upn_check_letter(value[1:]) == value[0]
