"""When an unaccompanied asylum-seeking child's (UASC) status ceased, as the SSDA903 UASC table's DUC wants it.

DfE children looked after return, UASC table (statutory-rules.md section 3) and the 903 validation rules: DUC is on
or before the child's 18th birthday (rule 304), and only for a child who is or was UASC (rules 303 and 205C)."""

from __future__ import annotations

from datetime import date


def eighteenth_birthday(born: date) -> date:
    """A child born on 29 February turns 18 on 28 February, as pandas' DateOffset counts it in the validator."""
    try:
        return born.replace(year=born.year + 18)
    except ValueError:
        return born.replace(year=born.year + 18, day=28)


def uasc_ceased_problem(uasc: bool, ceased_on: date | None, born: date | None) -> str | None:
    """Why the date UASC status ceased cannot stand, or None when it can."""
    if ceased_on is None:
        return None
    if not uasc:
        return "Only give the date UASC status ceased for a child who is or was an unaccompanied asylum-seeking child"
    if born is not None and ceased_on < born:
        return "Date UASC status ceased must be on or after the date of birth"
    if born is not None and ceased_on > eighteenth_birthday(born):
        return "Date UASC status ceased must be on or before the child’s 18th birthday"
    return None


def ceased_at_eighteen(born: date | None, as_of: date) -> date | None:
    """The date UASC status ceased for a child who stayed UASC until 18: the 18th birthday once it has passed."""
    if born is None:
        return None
    turned = eighteenth_birthday(born)
    return turned if turned <= as_of else None
