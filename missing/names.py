"""How people and places named in the missing record are matched: the same name however it is written."""

from __future__ import annotations

import re
import unicodedata

# Answers that are not names, which would otherwise repeat across episodes and children.
NOT_NAMES = (
    "unknown",
    "not known",
    "n/a",
    "none",
    "nobody",
    "no one",
    "alone",
    "not said",
    "would not say",
    "not disclosed",
)

_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_NOT_WORD = re.compile(r"[^\w\s]|_")


def normalise(text: str) -> str:
    """A name or place as it is matched: casefolded, accents stripped, a possessive "'s" dropped from the end of
    each word ("Jay's flat" matches "Jay flat", "McDonald's" matches "McDonald"), other apostrophes removed
    ("O'Neil" matches "ONeil"), other punctuation made a space, whitespace collapsed, a leading "the " dropped.
    Idempotent: normalise(normalise(x)) == normalise(x). Remembered, as the same names recur across episodes."""
    known = _NORMALISED.get(text)
    if known is None:
        if len(_NORMALISED) >= 100_000:
            _NORMALISED.clear()
        known = _NORMALISED[text] = _normalise(text)
    return known


_NORMALISED: dict[str, str] = {}


def _normalise(text: str) -> str:
    if text.isascii():
        text = text.lower()
    else:
        for _ in range(3):  # casefolding and decomposing can each expose more for the other; settle quickly
            folded = unicodedata.normalize("NFKD", text.casefold())
            folded = "".join(c for c in folded if not unicodedata.combining(c))
            if folded == text:
                break
            text = folded
    text = _POSSESSIVE.sub("", text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'"))
    text = " ".join(_NOT_WORD.sub(" ", text.replace("'", "")).split())
    while text.startswith("the "):
        text = text[4:]
    return text
