"""A register entry (care.CarerProvider) as the case bundle names it: by its register reference, with its name and
kind so that an authority without that entry still knows who it was. A placement's `carer_record` and a placement
match's `chosen` carer travel so; on import the entry with that reference is linked when this Lantern has it, and
otherwise the record is kept unlinked and a note (not an error) says so."""

from __future__ import annotations

from typing import Any

from care.models import CarerProvider


def register_entry(carer: CarerProvider | None) -> dict[str, Any] | None:
    if carer is None:
        return None
    return {"reference": carer.reference, "name": carer.name, "kind": carer.kind}


def find_entry(spec: dict[str, Any] | None) -> CarerProvider | None:
    """The register entry with the bundle's reference, or None (also for a null)."""
    if spec is None:
        return None
    return CarerProvider.objects.filter(reference=spec["reference"]).first()


def unlinked_note(spec: dict[str, Any], kept: str) -> str:
    return (
        f"no register entry with reference {spec['reference']!r} in this Lantern "
        f"({spec['name']}); {kept}, not linked to the register"
    )
