"""What the duty rules read: one child's records as plain values, with no ORM.

duties/loading.py builds these from the database in a few bulk queries; tests build them by hand. Every record that
can satisfy a duty carries its kind and id, so a duty can name the record that satisfied it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Ref:
    """The record that satisfied a duty: its kind (visit, review, care_plan...) and id."""

    kind: str
    id: str


@dataclass(frozen=True)
class CarePeriod:
    """A period of care: from the day the child became looked after to the day they ceased (None: still)."""

    start: date
    end: date | None = None


@dataclass(frozen=True)
class LegalStatusFact:
    """A legal status (SSDA903 LS code) held from start to end (both inclusive; None: still held)."""

    code: str
    start: date
    end: date | None = None


@dataclass(frozen=True)
class PlacementFact:
    """A placement (SSDA903 PLACE code). `intended_until_18_from`: the day it became a placement intended to last
    until the child is 18 (CPPCR reg 28(2)(c)(i)); `before_assessment`: placed with a parent under reg 19 before
    the assessment was complete; `temporary_approval`: a connected person with temporary approval under reg 24."""

    id: str
    place: str
    start: date
    end: date | None = None
    intended_until_18_from: date | None = None
    before_assessment: bool = False
    temporary_approval: bool = False
    out_of_area: bool = False


@dataclass(frozen=True)
class Dated:
    """A record that counts by its date alone (a review, a care plan, a PEP, a needs assessment...)."""

    ref: Ref
    on: date


@dataclass(frozen=True)
class VisitFact:
    ref: Ref
    on: date
    seen: bool = True


@dataclass(frozen=True)
class PlacementPlanFact:
    ref: Ref
    placement_id: str
    on: date
    carer_signed_on: date | None = None


@dataclass(frozen=True)
class NotificationFact:
    ref: Ref
    placement_id: str
    on: date


@dataclass(frozen=True)
class HealthFact:
    """kind: initial (initial health assessment), review (review health assessment), dental, immunisations, sdq."""

    ref: Ref
    kind: str
    on: date


@dataclass(frozen=True)
class ChildFacts:
    child_id: str
    date_of_birth: date | None
    periods: tuple[CarePeriod, ...] = ()
    legal_statuses: tuple[LegalStatusFact, ...] = ()
    placements: tuple[PlacementFact, ...] = ()
    visits: tuple[VisitFact, ...] = ()
    reviews: tuple[Dated, ...] = ()
    care_plans: tuple[Dated, ...] = ()
    placement_plans: tuple[PlacementPlanFact, ...] = ()
    notifications: tuple[NotificationFact, ...] = ()
    iro_appointments: tuple[Dated, ...] = ()
    health: tuple[HealthFact, ...] = ()
    peps: tuple[Dated, ...] = ()
    needs_assessments: tuple[Dated, ...] = ()
    pathway_plans: tuple[Dated, ...] = ()
    personal_advisers: tuple[Dated, ...] = field(default=())
