"""The API's shapes for escalations between agencies: raising one, its steps, and an escalation with every step."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from ninja import Schema
from pydantic import Field

from escalation.models import Stage, Status, StepKind
from lantern.api.schemas import IsoDate, JsonInt, RequestBody, Text, WorkerOut


class EscalationIn(RequestBody):
    concerning_agency: Text = Field(
        min_length=1, max_length=200, description="The agency whose action or inaction the concern is about"
    )
    concerning_user_id: JsonInt | None = Field(
        None, description="The person at that agency, if they use Lantern and may see the child"
    )
    concern: Text = Field(min_length=1, max_length=20000, description="What the concern is")
    why_it_matters: Text = Field(min_length=1, max_length=20000, description="Why it matters for the child")
    wanted_outcome: Text = Field(min_length=1, max_length=20000, description="What you want to happen")
    discussion_id: UUID | None = Field(
        None,
        description="The child's joint decision with dissent this is raised from; the decision is marked",
    )
    raised_on: IsoDate | None = Field(None, description="The day it was raised; today when left out")


class StepIn(RequestBody):
    kind: Literal["response", "next_stage", "resolved", "withdrawn"] = Field(
        description="A response; a move to the next stage (not past stage 4); the resolution; or the withdrawal "
        "(only by the one who raised it or their manager)"
    )
    text: Text = Field(
        min_length=1,
        max_length=20000,
        description="The response, why it moves on, how it was resolved, or why",
    )
    taken_on: IsoDate | None = Field(None, description="The day of the step; today when left out")


class StepOut(Schema):
    id: UUID
    kind: StepKind
    stage: Stage
    taken_on: date
    by: WorkerOut
    agency: str
    text: str
    due_on: date | None = Field(description="The time limit of the stage this step started, or null")


class EscalationOut(Schema):
    id: UUID
    version: int
    raised_on: date
    raised_by: WorkerOut
    raised_by_agency: str
    concerning_agency: str
    concerning_user: WorkerOut | None
    concern: str
    why_it_matters: str
    wanted_outcome: str
    discussion_id: UUID | None
    stage: Stage
    stage_started_on: date
    stage_due_on: date = Field(description="The last day of the current stage's time limit, in working days")
    overdue: bool = Field(description="Open and past the current stage's time limit")
    status: Status
    closed_on: date | None
    resolution: str
    steps: list[StepOut]
