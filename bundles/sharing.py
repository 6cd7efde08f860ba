"""What was shared with whom about the child, in a case bundle (sharing/models.py): `information_shared`, each
linked to its placement (an id in `placements`) and to the member of the network it was shared with (an id in
`network_members`) by the bundle's ids. Export here; import by SharingWriter (bundles/sharing_writer.py), through
sharing/services.py."""

from __future__ import annotations

from typing import Any

from bundles.network import fields
from bundles.plain import worker
from people.models import Child
from sharing.models import SharedInformation

SHARED = "information_shared"
SHARED_FIELDS = (
    "item",
    "description",
    "recipient_kind",
    "recipient",
    "shared_on",
    "method",
    "acknowledged_on",
    "acknowledged_by",
    "notes",
)
DATES = frozenset({"shared_on", "acknowledged_on"})


def _shared(shared: SharedInformation) -> dict[str, Any]:
    return {
        "id": str(shared.pk),
        "placement": str(shared.placement_id) if shared.placement_id else None,
        "member": str(shared.member_id) if shared.member_id else None,
        **fields(shared, SHARED_FIELDS),
        "shared_by": worker(shared.shared_by),
    }


def sharing_export(child: Child) -> dict[str, Any]:
    """What was shared, by the day shared, then what, then id."""
    rows = SharedInformation.objects.filter(child=child).select_related(
        "shared_by__team", "shared_by__agency"
    )
    return {SHARED: [_shared(s) for s in sorted(rows, key=lambda s: (s.shared_on, s.item, str(s.pk)))]}
