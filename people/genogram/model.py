"""The genogram layout's input and output: plain frozen dataclasses, no Django.

Ids are strings (the selector passes UUIDs as text). The input says who is in the family and how they are linked;
the output says where each symbol and line goes, in SVG user units, with the y axis pointing down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    """McGoldrick: male a square, female a circle; other or not known a distinct symbol (here a diamond)."""

    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class UnionStatus(StrEnum):
    """A partnership line: solid when current; one slash for a separation (or an ending not described), two for a
    divorce; IMPLIED joins two parents of a child when no partnership between them is recorded."""

    CURRENT = "current"
    SEPARATED = "separated"
    DIVORCED = "divorced"
    ENDED = "ended"
    IMPLIED = "implied"


class ParentKind(StrEnum):
    BIRTH = "birth"
    ADOPTIVE = "adoptive"
    STEP = "step"


class Quality(StrEnum):
    """Relationship lines (McGoldrick's emotional relationships, reduced to what Lantern records)."""

    CLOSE = "close"
    DISTANT = "distant"
    CONFLICT = "conflict"
    ABUSE = "abuse"
    CUT_OFF = "cut_off"


# -- input ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonIn:
    """One person. `subject` is the index person (the child whose genogram it is); `restricted` someone shown by
    name only (a sibling in care whom the user may not see): nothing else of theirs is given."""

    id: str
    label: str
    sex: Sex = Sex.OTHER
    born: date | None = None
    deceased: bool = False
    subject: bool = False
    in_care: bool = False
    restricted: bool = False


@dataclass(frozen=True)
class UnionIn:
    a: str
    b: str
    status: UnionStatus = UnionStatus.CURRENT


@dataclass(frozen=True)
class ParentLink:
    parent: str
    child: str
    kind: ParentKind = ParentKind.BIRTH


@dataclass(frozen=True)
class SiblingLink:
    """Brothers and sisters: drawn in one row; joined by a bar when no shared parent is recorded."""

    a: str
    b: str
    half: bool = False


@dataclass(frozen=True)
class GenerationHint:
    """`lower` belongs at least `gap` generations below `upper` (a grandparent: 2; an aunt: 1; a friend: 0, the
    same row). A hint that contradicts the parent links is ignored, with a warning."""

    upper: str
    lower: str
    gap: int


@dataclass(frozen=True)
class Tie:
    """A relationship line between two people, styled by its quality."""

    a: str
    b: str
    quality: Quality


@dataclass(frozen=True)
class FamilyIn:
    persons: tuple[PersonIn, ...]
    unions: tuple[UnionIn, ...] = ()
    parents: tuple[ParentLink, ...] = ()
    siblings: tuple[SiblingLink, ...] = ()
    hints: tuple[GenerationHint, ...] = ()
    ties: tuple[Tie, ...] = ()
    households: tuple[frozenset[str], ...] = ()


# -- output ---------------------------------------------------------------------------------------------------

Point = tuple[float, float]


@dataclass(frozen=True)
class Symbol:
    """A person's symbol: (x, y) is its centre and `size` its width and height."""

    person: PersonIn
    x: float
    y: float
    size: float
    row: int

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def top(self) -> float:
        return self.y - self.size / 2

    @property
    def bottom(self) -> float:
        return self.y + self.size / 2


@dataclass(frozen=True)
class UnionLine:
    """A partnership line through `points`; `mid` is where the status marks go and the children's line starts."""

    a: str
    b: str
    status: UnionStatus
    points: tuple[Point, ...]
    mid: Point


@dataclass(frozen=True)
class ChildDrop:
    child: str
    kind: ParentKind
    x: float
    top: float  # the child's symbol top


@dataclass(frozen=True)
class Sibship:
    """Children of the same parents (one or two), hanging in birth order from `origin` (the middle of the parents'
    line, or a lone parent's symbol) by a vertical line down to a bar at `bar_y`, then one line to each child."""

    parents: tuple[str, ...]
    origin: Point
    bar_y: float
    children: tuple[ChildDrop, ...]


@dataclass(frozen=True)
class SiblingBar:
    """Brothers and sisters with no recorded parent in common, joined by a bar above them."""

    members: tuple[str, ...]
    xs: tuple[float, ...]
    y: float
    top: float


@dataclass(frozen=True)
class ExtraParentLine:
    """A parent link not drawn by a sibship (a step-parent who is not a partner of a parent, a third parent)."""

    parent: str
    child: str
    kind: ParentKind
    start: Point
    end: Point


@dataclass(frozen=True)
class TieLine:
    """A relationship line from `start` to `end`, a quadratic curve through `control` (the midpoint when
    straight), bent aside when a straight line would cross another symbol."""

    a: str
    b: str
    quality: Quality
    start: Point
    control: Point
    end: Point


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class HouseholdOutline:
    """A household's members encircled: one rounded box per run of neighbouring members in a row."""

    number: int
    members: tuple[str, ...]
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class Layout:
    symbols: tuple[Symbol, ...]
    unions: tuple[UnionLine, ...]
    sibships: tuple[Sibship, ...]
    sibling_bars: tuple[SiblingBar, ...]
    extra_parents: tuple[ExtraParentLine, ...]
    ties: tuple[TieLine, ...]
    households: tuple[HouseholdOutline, ...]
    width: float
    height: float
    rows: int
    warnings: tuple[str, ...] = field(default=())
    dropped_parent_links: tuple[ParentLink, ...] = field(default=())

    def symbol(self, person_id: str) -> Symbol:
        for symbol in self.symbols:
            if symbol.id == person_id:
                return symbol
        raise KeyError(person_id)
