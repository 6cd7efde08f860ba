"""The API's shapes for placement matching: the needs drawn from the record (with where each came from), the
worker's additions that start a search, the ranking as kept, the decision, the placement it led to and the notes on
how it turned out."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from ninja import Schema
from pydantic import BeforeValidator, Field

from lantern.api.schemas import (
    Age,
    GridMetres,
    IsoDate,
    JsonBool,
    RequestBody,
    Text,
    WorkerOut,
    json_integer,
)

Siblings = Annotated[int, Field(ge=0, le=8), BeforeValidator(json_integer)]
Episodes = Annotated[int, Field(ge=0, le=1000), BeforeValidator(json_integer)]

Risk = Literal["none", "low", "medium", "high"]
SexOut = Literal["female", "male", "unknown"]
WishFlagIn = Literal["family_setting", "stay_in_area", "same_school"]


class AreaIn(RequestBody):
    name: Text = Field(
        min_length=1, max_length=100, description="The town or district, as the register names it"
    )
    why: Text = Field("", max_length=500, description="Why the child should stay away from it or be near it")


class SiblingIn(RequestBody):
    age: Age | None = Field(None, description="Age in years; null when not known")
    sex: SexOut = "unknown"


class SchoolToKeepIn(RequestBody):
    name: Text = Field(min_length=1, max_length=200)
    easting: GridMetres | None = Field(None, description="OS grid easting in metres")
    northing: GridMetres | None = Field(None, description="OS grid northing in metres")


class NeedsIn(RequestBody):
    """What the worker changes or adds: every field left out keeps what the record says (GET .../matching/needs)."""

    age: Age | None = None
    sex: SexOut | None = None
    siblings: Siblings | None = Field(None, description="Brothers and sisters to place with the child")
    sibling_group: list[SiblingIn] | None = Field(
        None,
        max_length=8,
        description="The ages and sex of those brothers and sisters, as far as known (at most `siblings`); the "
        "record's when left out. Each must fall within a carer's approval range and sex limit",
    )
    exploitation_risk: Risk | None = None
    missing_pattern: JsonBool | None = None
    missing_episodes_90_days: Episodes | None = None
    disability: JsonBool | None = None
    trauma: JsonBool | None = None
    parent_and_child: JsonBool | None = None
    school: SchoolToKeepIn | None = Field(
        None, description="The school to keep; the record's current school when left out"
    )
    no_school: JsonBool = Field(False, description="True: no school to keep, whatever the record says")
    key_stage_4: JsonBool | None = None
    avoid_areas: list[AreaIn] | None = Field(None, max_length=50)
    near_areas: list[AreaIn] | None = Field(None, max_length=50)
    wishes: Text | None = Field(None, max_length=20000)
    wish_flags: list[WishFlagIn] | None = None
    worker_added: Text = Field(
        "", max_length=20000, description="What the worker adds about the child's needs"
    )


class AreaOut(Schema):
    name: str
    why: str


class SiblingOut(Schema):
    age: int | None
    sex: str


class SchoolToKeepOut(Schema):
    name: str
    easting: int | None
    northing: int | None


class NeedsOut(Schema):
    age: int
    sex: str
    siblings: int
    sibling_group: list[SiblingOut] = []
    exploitation_risk: str
    missing_pattern: bool
    missing_episodes_90_days: int
    disability: bool
    trauma: bool
    parent_and_child: bool
    school: SchoolToKeepOut | None
    key_stage_4: bool
    avoid_areas: list[AreaOut]
    near_areas: list[AreaOut]
    wishes: str
    wish_flags: list[str]
    worker_added: str


class DrawnNeedsOut(Schema):
    needs: NeedsOut
    sources: dict[str, str] = Field(description="For each need, where on the record it came from")


class PartOut(Schema):
    points: float
    words: str


class RankedOut(Schema):
    id: UUID
    reference: str
    name: str
    kind: str
    area: str
    vacancies: int
    rank: int | None = Field(description="1 for the best; null for a carer excluded by a hard limit")
    score: float | None
    parts: list[PartOut]
    excluded: list[str] = Field(description="The hard limits failed, in words")


class MatchOut(Schema):
    id: UUID
    version: int
    searched_on: date
    searched_by: WorkerOut | None
    needs: NeedsOut
    worker_notes: str
    weights: dict[str, float]
    ranking: list[RankedOut]
    chosen_id: UUID | None
    chosen_rank: int | None
    chosen_score: float | None
    reasons: str
    decided_on: date | None
    decided_by: WorkerOut | None
    placement_id: UUID | None
    outcome: str
    outcome_on: date | None
    outcome_notes: str
    placement_removed: str = Field(
        "",
        description="When the placement it was linked to was deleted from the record: what it was, in words",
    )


class DecisionIn(RequestBody):
    carer_id: UUID = Field(description="The register entry chosen, one the search ranked")
    reasons: Text = Field(min_length=1, max_length=20000, description="Why this carer")
    decided_on: IsoDate | None = Field(None, description="The day of the decision; today when left out")


class LinkIn(RequestBody):
    placement_id: UUID = Field(
        description="The child's placement the match led to: with the carer chosen, begun on or after the search"
    )


class OutcomeNotesIn(RequestBody):
    outcome_notes: Text = Field(min_length=1, max_length=20000, description="How it turned out, and why")
