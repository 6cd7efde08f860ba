"""Who does an action (a risk plan's, a network meeting's): a Lantern user, or the name of someone without an
account with their agency — one of the two, never both."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError


def owner_text(action: Any) -> str:
    if action.owner_id is not None:
        return str(action.owner.display_name)
    return f"{action.owner_name} ({action.owner_agency})" if action.owner_agency else str(action.owner_name)


def check_owner(action: Any) -> None:
    if action.owner_id is None and not action.owner_name.strip():
        raise ValidationError({"owner": "Choose who will do it, or give the name of someone in the network"})
    if action.owner_id is not None and action.owner_name.strip():
        raise ValidationError({"owner_name": "Choose a Lantern user or give a name, not both"})
