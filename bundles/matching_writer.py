"""Writing `placement_matches` (bundles/matching.py). The snapshots (needs, ranking, weights) are kept as they are:
the ranking is not worked out again, so the explanation the worker saw travels with the decision. The chosen carer
is linked to the register entry with the bundle's reference when this Lantern has it; otherwise the decision is
kept unlinked (its rank, score, reasons and dates; the ranking kept still names the carer) and a note, not an
error, says so. A match is checked as the model checks it (decided not before the search, an outcome not before
the decision), its dates neither before the child's birth nor after today, reasons given with a chosen carer, and
its placement must be an id in `placements` (`$.placement_matches[0].placement: names no placement in
placements`) and follow match_link_placement's rules (a carer chosen; the placement with that carer, begun on or
after the search).

The matching services do not fit an import: match_search ranks the register again, and match_decide finds the
carer in the ranking by this Lantern's id for it. So each match is saved and audited by
audit.recording.save_audited (one audit row per match, the importing user as actor)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from audit.recording import save_audited
from bundles.errors import model_errors
from bundles.matching import DATES, MATCH_FIELDS, MATCHES, SECTIONS
from bundles.register import find_entry, unlinked_note
from bundles.service_writer import ServiceWriter
from bundles.validation import Problem
from care.models import Placement
from lantern.child_records import check_dated
from matching.models import PlacementMatch

REASON = "case bundle import"
SNAPSHOTS = ["needs", "ranking", "weights"]  # kept as they are: the schema checks their types, nothing more


def _link_problem(match: PlacementMatch, record: dict[str, Any]) -> str:
    """match_link_placement's rules for the placement a match led to ("" when they hold)."""
    placement = match.placement
    if placement is None:
        return ""
    if record.get("chosen") is None:
        return "Choose a carer before linking the placement"
    if match.chosen is not None and placement.carer_record_id != match.chosen.pk:
        return "That placement is not with the carer chosen"
    if match.searched_on and placement.start_date < match.searched_on:
        return "That placement began before the search"
    return ""


class MatchingWriter(ServiceWriter):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.counts: dict[str, int] = {section: 0 for section in SECTIONS}
        self.notes: list[Problem] = []
        self.unlinked: set[str] = set()  # decided matches whose chosen carer is not on this register

    def write(self) -> None:
        placements = {p["id"] for p in self.data.get("placements", [])}
        saved: dict[str, Placement] = {}
        if self.child is not None:
            saved = {str(p.pk): p for p in Placement.objects.filter(child=self.child)}
        for index, record in enumerate(self.data.get(MATCHES, [])):
            self._match(f"$.{MATCHES}[{index}]", record, placements, saved)

    def _match(
        self, path: str, record: dict[str, Any], placements: set[str], saved: dict[str, Placement]
    ) -> None:
        match = self.build(PlacementMatch, path, record, MATCH_FIELDS, dates=DATES)
        if match is None:
            return
        problems = len(self.errors)
        waiting: list[str] = []
        match.searched_by = self.worker(record, "searched_by", path, waiting)
        match.decided_by = self.worker(record, "decided_by", path, waiting)
        ref = record.get("placement")
        if ref is not None:
            if ref not in placements:
                self.errors.append((f"{path}.placement", "names no placement in placements"))
                return
            if ref in saved:
                match.placement = saved[ref]
            else:
                waiting.append("placement")
        chosen = record.get("chosen")
        if chosen is not None:
            match.chosen = find_entry(chosen)
            if match.chosen is None:
                kept = "the decision is kept (the ranking kept names the carer)"
                self.notes.append((f"{path}.chosen", unlinked_note(chosen, kept)))
                self.unlinked.add(record["id"])
            if not str(record.get("reasons", "")).strip():
                self.errors.append((f"{path}.reasons", "Say why this carer was chosen"))
        problem = _link_problem(match, record)
        if problem:
            self.errors.append((f"{path}.placement", problem))
        self.errors += self.clean(match, path, record, ["child", *SNAPSHOTS, *waiting])
        if self.child is not None:
            for field in ("searched_on", "decided_on", "outcome_on"):
                try:
                    check_dated(child=self.child, field=field, day=getattr(match, field))
                except ValidationError as error:
                    self.errors += model_errors(error, path=path, record=record)
        if self.child is None or waiting or len(self.errors) > problems:
            return
        match.child = self.child
        try:
            save_audited(
                actor=self.actor, instance=match, child_id=self.child.pk, reason=REASON, exclude=SNAPSHOTS
            )
        except ValidationError as error:
            self.errors += model_errors(error, path=path, record=record)
            return
        self.counts[MATCHES] += 1
