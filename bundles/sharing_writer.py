"""Writing `information_shared` (bundles/sharing.py) through sharing/services.py: shared_save checks the dates
(neither before the child's birth nor after today) and the model's rules (a description for "other", acknowledged
not before shared, a date with the name of who acknowledged, the placement and the member the child's own); an
acknowledgement with a name is then recorded by shared_acknowledge, as the recipient records it in use.

`placement` must be an id in `placements` and `member` an id in `network_members`
(`$.information_shared[0].placement: names no placement in placements`)."""

from __future__ import annotations

from typing import Any

from bundles.service_writer import ServiceWriter
from bundles.sharing import DATES, SHARED, SHARED_FIELDS
from care.models import Placement
from network.models import NetworkMember
from sharing import services
from sharing.models import SharedInformation


class SharingWriter(ServiceWriter):
    def __init__(self, *args: Any, members: dict[str, NetworkMember | None]) -> None:
        super().__init__(*args)
        self.members = members
        self.counts = {SHARED: 0}

    def write(self) -> None:
        placements = {p["id"] for p in self.data.get("placements", [])}
        saved = {}
        if self.child is not None:
            saved = {str(p.pk): p for p in Placement.objects.filter(child=self.child)}
        for index, record in enumerate(self.data.get(SHARED, [])):
            self._shared(f"$.{SHARED}[{index}]", record, placements, saved)

    def _shared(
        self, path: str, record: dict[str, Any], placements: set[str], saved: dict[str, Placement]
    ) -> None:
        shared = self.build(SharedInformation, path, record, SHARED_FIELDS, dates=DATES)
        if shared is None:
            return
        waiting: list[str] = []
        shared.shared_by = self.worker(record, "shared_by", path, waiting)
        place, ref = record.get("placement"), record.get("member")
        if place is not None:
            if place not in placements:
                self.errors.append((f"{path}.placement", "names no placement in placements"))
                return
            if place not in saved:
                waiting.append("placement")
            else:
                shared.placement = saved[place]
        if ref is not None:
            if ref not in self.members:
                self.errors.append((f"{path}.member", "names no member in network_members"))
                return
            if self.members[ref] is None:
                waiting.append("member")
            else:
                shared.member = self.members[ref]
        if self.child is None or waiting:
            return
        shared.child = self.child
        on, by = shared.acknowledged_on, shared.acknowledged_by
        later = on is not None and by.strip() != ""
        if later:
            shared.acknowledged_on, shared.acknowledged_by = None, ""
            if on < shared.shared_on:  # the model's own check, before it is split in two writes
                self.errors.append(
                    (
                        f"{path}.acknowledged_on",
                        f"{record['acknowledged_on']!r} is not valid: It cannot be acknowledged before it was shared",
                    )
                )
                return
        if not self.call(path, record, lambda: services.shared_save(actor=self.actor, shared=shared)):
            return
        if later and not self.call(
            path,
            record,
            lambda: services.shared_acknowledge(actor=self.actor, shared=shared, on=on, by_name=by),
        ):
            return
        self.counts[SHARED] += 1
