"""A ranking as kept with the search (PlacementMatch.ranking): a list of rows, the ranked carers first (best first,
with `rank` 1, 2, ...) then the excluded ones (`rank` None, with the hard limits they failed). Pure: no ORM."""

from __future__ import annotations

from typing import Any

from matching.rank import CarerFacts, Ranking


def _carer(carer: CarerFacts) -> dict[str, Any]:
    return {
        "id": str(carer.id),
        "reference": carer.reference,
        "name": carer.name,
        "kind": carer.kind,
        "area": carer.area,
        "vacancies": carer.vacancies,
    }


def ranking_to_json(ranking: Ranking) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for position, ranked in enumerate(ranking.ranked, start=1):
        rows.append(
            {
                **_carer(ranked.carer),
                "rank": position,
                "score": round(ranked.score, 1),
                "parts": [{"points": round(p.points, 1), "words": p.words} for p in ranked.parts],
                "excluded": [],
            }
        )
    for excluded in ranking.excluded:
        rows.append(
            {**_carer(excluded.carer), "rank": None, "score": None, "parts": [], "excluded": excluded.reasons}
        )
    return rows


def ranked_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if row.get("rank") is not None]


def excluded_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if row.get("rank") is None]


def row_for(rows: list[dict[str, Any]], carer_id: Any) -> dict[str, Any] | None:
    wanted = str(carer_id)
    return next((row for row in rows if row.get("id") == wanted), None)
