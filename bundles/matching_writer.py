"""Writing `placement_matches` (bundles/matching.py). The snapshots (needs, ranking, weights) are kept as they are:
the ranking is not worked out again, so the explanation the worker saw travels with the decision. They must still
be readable as Lantern reads them (the match's page and its decision): the needs as matching/needs.py
needs_from_json reads them (an age, known wish flags and risk levels...), the ranking a list of rows with a rank (a
ranked row with its carer's id, reference, name and score), the weights numbers
(`$.placement_matches[0].needs: cannot be read as the needs of a search: no age`). The chosen carer is linked to the
register entry with the bundle's reference when this Lantern has it, else to the one entry of its kind and name
(bundles/register.py); otherwise the decision is kept unlinked (its rank, score, reasons and dates; the ranking kept
still names the carer) and a note, not an error, says so. A match is checked as the model checks it (decided not
before the search, an outcome not before the decision), its dates neither before the child's birth nor after today,
reasons given with a chosen carer, and its placement must be an id in `placements`
(`$.placement_matches[0].placement: names no placement in placements`) and follow match_link_placement's rules (a
carer chosen; the placement with that carer, begun on or after the search). Whether the placement is with the
carer chosen is also checked in the bundle itself, by register reference, so that it holds when the carer is not
on this register: a placement with no register entry, or another one, is refused; one with the same entry, also
unlinked, is kept linked with a note.

The matching services do not fit an import: match_search ranks the register again, and match_decide finds the
carer in the ranking by this Lantern's id for it. So each match is saved and audited by
audit.recording.save_audited (one audit row per match, the importing user as actor)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError

from audit.recording import save_audited
from bundles.errors import model_errors
from bundles.matching import DATES, MATCH_FIELDS, MATCHES, SECTIONS
from bundles.register import entry_and_note
from bundles.service_writer import ServiceWriter
from bundles.validation import Problem
from care.models import Placement
from lantern.child_records import check_dated
from matching.models import PlacementMatch
from matching.needs import needs_from_json

REASON = "case bundle import"
SNAPSHOTS = ["needs", "ranking", "weights"]  # kept as they are, once snapshot_problems finds them readable
NOT_WITH_CHOSEN = "That placement is not with the carer chosen"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _needs_problem(needs: Any) -> str:
    """Why needs_from_json cannot read the needs ("" when it can)."""
    if not isinstance(needs, dict):
        return "cannot be read as the needs of a search: not an object"
    try:
        needs_from_json(needs)
    except KeyError as missing:
        return f"cannot be read as the needs of a search: no {missing.args[0]}"
    except (TypeError, ValueError, AttributeError) as error:
        return f"cannot be read as the needs of a search: {error}"
    return ""


def _row_problems(path: str, row: Any) -> list[Problem]:
    """What a ranked or excluded row lacks for the match's page and its decision (matching/snapshot.py)."""
    if not isinstance(row, dict):
        return [(path, "is not a row of a ranking (an object)")]
    rank = row.get("rank")
    if rank is None:
        excluded = row.get("excluded", [])
        if not isinstance(excluded, list) or not all(isinstance(x, str) for x in excluded):
            return [(f"{path}.excluded", "is not a list of the hard limits failed (texts)")]
        return []
    if not isinstance(rank, int) or isinstance(rank, bool) or rank < 1:
        return [(f"{path}.rank", f"{rank!r} is not valid: a rank is 1 or more, or null for a carer excluded")]
    problems = [
        (f"{path}.{key}", "is required in a ranked row: a text")
        for key in ("id", "reference", "name")
        if not isinstance(row.get(key), str) or not row[key]
    ]
    if not _number(row.get("score")):
        problems.append((f"{path}.score", "is required in a ranked row: a number"))
    parts = row.get("parts", [])
    if not isinstance(parts, list) or not all(
        isinstance(p, dict) and _number(p.get("points")) and isinstance(p.get("words"), str) for p in parts
    ):
        problems.append((f"{path}.parts", "is not a list of the parts of the score (points and words)"))
    return problems


def snapshot_problems(path: str, record: dict[str, Any]) -> list[Problem]:
    """Whether the snapshots can be read as Lantern reads a match it made (the schema checks only their types)."""
    problems: list[Problem] = []
    needs = _needs_problem(record.get("needs", {}))
    if needs:
        problems.append((f"{path}.needs", needs))
    ranking = record.get("ranking", [])
    for index, row in enumerate(ranking if isinstance(ranking, list) else []):
        problems += _row_problems(f"{path}.ranking[{index}]", row)
    weights = record.get("weights", {})
    for name, value in (weights if isinstance(weights, dict) else {}).items():
        if not _number(value):
            problems.append((f"{path}.weights.{name}", f"{value!r} is not valid: a weight is a number"))
    return problems


def _link_problem(
    match: PlacementMatch, record: dict[str, Any], placement_record: dict[str, Any] | None
) -> str:
    """match_link_placement's rules for the placement a match led to ("" when they hold). The bundle's own
    register references are compared too, for a carer this register does not have."""
    placement = match.placement
    if placement is None and placement_record is None:
        return ""
    chosen = record.get("chosen")
    if chosen is None:
        return "Choose a carer before linking the placement"
    if placement_record is not None:
        entry = placement_record.get("carer_record")
        if entry is None:
            return f"{NOT_WITH_CHOSEN}: it has no register entry"
        if entry.get("reference") != chosen.get("reference"):
            return f"{NOT_WITH_CHOSEN}: it is with {entry.get('reference')}, not {chosen.get('reference')}"
    if placement is None:
        return ""
    if match.chosen is not None and placement.carer_record_id != match.chosen.pk:
        return NOT_WITH_CHOSEN
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
        placements = {p["id"]: p for p in self.data.get("placements", [])}
        saved: dict[str, Placement] = {}
        if self.child is not None:
            saved = {str(p.pk): p for p in Placement.objects.filter(child=self.child)}
        for index, record in enumerate(self.data.get(MATCHES, [])):
            self._match(f"$.{MATCHES}[{index}]", record, placements, saved)

    def _match(
        self,
        path: str,
        record: dict[str, Any],
        placements: dict[str, dict[str, Any]],
        saved: dict[str, Placement],
    ) -> None:
        match = self.build(PlacementMatch, path, record, MATCH_FIELDS, dates=DATES)
        if match is None:
            return
        problems = len(self.errors)
        self.errors += snapshot_problems(path, record)
        waiting: list[str] = []
        match.searched_by = self.worker(record, "searched_by", path, waiting)
        match.decided_by = self.worker(record, "decided_by", path, waiting)
        ref = record.get("placement")
        placement_record: dict[str, Any] | None = None
        if ref is not None:
            if ref not in placements:
                self.errors.append((f"{path}.placement", "names no placement in placements"))
                return
            placement_record = placements[ref]
            if ref in saved:
                match.placement = saved[ref]
            else:
                waiting.append("placement")
        chosen = record.get("chosen")
        if chosen is not None:
            kept = "the decision is kept (the ranking kept names the carer)"
            match.chosen, note = entry_and_note(chosen, kept)
            if note:
                self.notes.append((f"{path}.chosen", note))
            if match.chosen is None:
                self.unlinked.add(record["id"])
            if not str(record.get("reasons", "")).strip():
                self.errors.append((f"{path}.reasons", "Say why this carer was chosen"))
        problem = _link_problem(match, record, placement_record)
        if problem:
            self.errors.append((f"{path}.placement", problem))
        elif placement_record is not None and match.chosen is None:
            self.notes.append(
                (
                    f"{path}.placement",
                    "linked to the placement as the bundle has it, with the same register entry as the carer "
                    "chosen, which this Lantern does not have: the match has no carer chosen here",
                )
            )
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
