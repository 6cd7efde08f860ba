"""What the seed records for the genogram beyond a relationship's kind: its quality and, for former partners, how
the partnership ended.

Both are chosen from the relationship's own id (itself drawn from the seed), not from the seed's random stream: the
same seed gives the same qualities, and every other seeded record is exactly what it was before these fields
existed. Households need nothing here: they are derived from shared addresses (people/genogram/households.py), and
families.py gives a current partner and the children living with their mother her address.
"""

from __future__ import annotations

import uuid

from people.models import PartnershipEnd as End
from people.models import RelationshipQuality as Q
from people.models import RelationshipType as Rel

Table = tuple[tuple[str, int], ...]

FAMILY: Table = (
    (Q.NOT_RECORDED, 50),
    (Q.CLOSE, 15),
    (Q.DISTANT, 10),
    (Q.CONFLICT, 12),
    (Q.ABUSE, 5),
    (Q.CUT_OFF, 8),
)
SIBLINGS: Table = ((Q.NOT_RECORDED, 70), (Q.CLOSE, 22), (Q.CONFLICT, 6), (Q.DISTANT, 2))
QUALITIES: dict[str, Table] = {
    Rel.PARENT: FAMILY,
    Rel.STEP_PARENT: FAMILY,
    Rel.SIBLING: SIBLINGS,
    Rel.HALF_SIBLING: SIBLINGS,
    Rel.PARTNER: ((Q.NOT_RECORDED, 60), (Q.CLOSE, 20), (Q.CONFLICT, 15), (Q.ABUSE, 5)),
    Rel.FORMER_PARTNER: (
        (Q.NOT_RECORDED, 40),
        (Q.CONFLICT, 25),
        (Q.CUT_OFF, 20),
        (Q.ABUSE, 10),
        (Q.DISTANT, 5),
    ),
    Rel.GRANDPARENT: ((Q.NOT_RECORDED, 85), (Q.CLOSE, 12), (Q.DISTANT, 3)),
    Rel.AUNT_UNCLE: ((Q.NOT_RECORDED, 90), (Q.CLOSE, 7), (Q.DISTANT, 3)),
    Rel.CARER: ((Q.NOT_RECORDED, 75), (Q.CLOSE, 22), (Q.CONFLICT, 3)),
    Rel.FRIEND: ((Q.NOT_RECORDED, 90), (Q.CLOSE, 10)),
}
WORRYING: Table = ((Q.NOT_RECORDED, 50), (Q.ABUSE, 30), (Q.CONFLICT, 20))  # older associates of concern
ENDINGS: Table = ((End.NOT_RECORDED, 30), (End.SEPARATED, 45), (End.DIVORCED, 25))


def _pick(table: Table, value: int) -> str:
    value %= sum(weight for _, weight in table)
    for code, weight in table:
        if value < weight:
            return str(code)
        value -= weight
    return str(table[-1][0])  # pragma: no cover - the loop always returns


def genogram_fields(relationship_id: uuid.UUID, kind: str, description: str = "") -> dict[str, str]:
    """quality and partnership_end for a seeded relationship."""
    bits = relationship_id.int
    worrying = kind == Rel.FRIEND and ("concern" in description or "police" in description)
    table = WORRYING if worrying else QUALITIES.get(kind, ((Q.NOT_RECORDED, 1),))
    quality = _pick(table, bits & 0xFFFFF)
    ending = _pick(ENDINGS, (bits >> 20) & 0xFFFFF) if kind == Rel.FORMER_PARTNER else ""
    return {"quality": quality, "partnership_end": ending}
