"""A register entry (care.CarerProvider) as the case bundle names it: by its register reference, with its name and
kind so that an authority without that entry still knows who it was, and its Ofsted URN (null when it has none),
which names a children's home or agency the same way in every authority. A placement's `carer_record` and a placement
match's `chosen` carer travel so. On import the entry with that reference is linked when this Lantern has it; when
it has none, the one entry of the same kind and name is linked (another authority's reference for the same carer,
with a note); otherwise the record is kept unlinked and a note (not an error) says so."""

from __future__ import annotations

from typing import Any

from care.models import CarerProvider


def register_entry(carer: CarerProvider | None) -> dict[str, Any] | None:
    if carer is None:
        return None
    return {
        "reference": carer.reference,
        "name": carer.name,
        "kind": carer.kind,
        "ofsted_urn": carer.ofsted_urn or None,
    }


def _same_kind_and_name(spec: dict[str, Any]) -> list[CarerProvider]:
    return list(CarerProvider.objects.filter(kind=spec["kind"], name=spec["name"]).order_by("reference")[:2])


def find_entry(spec: dict[str, Any] | None) -> CarerProvider | None:
    """The register entry with the bundle's reference; else the only entry of its kind and name; else None (also
    for a null). Two entries of that kind and name are not told apart: neither is linked."""
    if spec is None:
        return None
    entry = CarerProvider.objects.filter(reference=spec["reference"]).first()
    if entry is not None:
        return entry
    same = _same_kind_and_name(spec)
    return same[0] if len(same) == 1 else None


def linked_note(spec: dict[str, Any], entry: CarerProvider) -> str | None:
    """The note for an entry found by its kind and name rather than its reference (None when the reference
    matched)."""
    if entry.reference == spec["reference"]:
        return None
    return (
        f"no register entry with reference {spec['reference']!r} in this Lantern: linked to {entry.name} "
        f"({entry.reference}), the one entry of that kind and name"
    )


def unlinked_note(spec: dict[str, Any], kept: str) -> str:
    twice = len(_same_kind_and_name(spec)) > 1
    named = (
        f"several entries of that kind are named {spec['name']!r}"
        if twice
        else f"nor one of that kind named {spec['name']!r}"
    )
    return (
        f"no register entry with reference {spec['reference']!r} in this Lantern "
        f"({named}); {kept}, not linked to the register"
    )


def entry_and_note(spec: dict[str, Any], kept: str) -> tuple[CarerProvider | None, str | None]:
    """The entry to link (find_entry) and the note the import gives for it: linked by kind and name, or kept
    unlinked (`kept` says what is kept); None when it was linked by its reference."""
    entry = find_entry(spec)
    if entry is None:
        return None, unlinked_note(spec, kept)
    return entry, linked_note(spec, entry)
