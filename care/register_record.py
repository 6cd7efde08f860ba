"""A register entry's record of placements (how many, how many ended, how many ended in an unplanned way), as a
plain value with no ORM so that matching and the pages can both read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlacementRecord:
    """Counts of the placements linked to one register entry. `unplanned` counts the ended placements whose reason
    is in care.codes.UNPLANNED_ENDINGS (a disruption)."""

    total: int
    ended: int
    unplanned: int

    @property
    def unplanned_share(self) -> float | None:
        """The share of ended placements that ended unplanned, or None when none has ended yet."""
        if self.ended == 0:
            return None
        return self.unplanned / self.ended


NO_PLACEMENTS = PlacementRecord(total=0, ended=0, unplanned=0)
