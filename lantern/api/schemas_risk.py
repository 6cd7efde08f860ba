"""The API's shapes for the child's exploitation risk: the summary, screenings with the grade of each indicator,
strategy discussions with who took part and their dissent, and the actions of the risk plan."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from ninja import Schema
from pydantic import Field

from lantern.api.schemas import IsoDate, JsonBool, JsonInt, RequestBody, Text, Version, WorkerOut
from risk.models import DiscussionKind, DiscussionOutcome, Grade, IndicatorGroup, Level


class RiskSummaryOut(Schema):
    """What the child's page shows of the child's exploitation risk."""

    level: Level | None = Field(description="The latest screening's overall level; null when not screened")
    label: str = Field(description="The level in words, or 'Not screened'")
    screened_on: date | None
    review_on: date | None = Field(description="The date by which the child is to be screened again")
    review_overdue: bool
    referral_required: bool = Field(description="Aged 13 or under with a high-risk factor (M8)")
    open_actions: int
    overdue_actions: int
    screening_id: UUID | None = Field(description="The latest screening, or null")


class GradeIn(RequestBody):
    indicator: Text = Field(
        min_length=1, max_length=40, description="The code of an indicator of the screening, e.g. missing"
    )
    grade: Grade
    evidence: Text = Field(
        "", max_length=5000, description="What was seen or said, by whom and when; needed above none"
    )


class ScreeningIn(RequestBody):
    screened_on: IsoDate
    review_on: IsoDate = Field(description="The date to screen again, after screened_on")
    grades: list[GradeIn] = Field(
        description="Every indicator of the screening, each once (a screening's grades in GET risk-screenings "
        "name them; an incomplete list is refused with the codes left out)"
    )
    judged_level: Level | None = Field(
        None, description="Raise the level the indicators give on professional judgement (never lower it)"
    )
    judgement_reason: Text = Field("", max_length=5000, description="Why the level is raised")
    analysis: Text = Field(
        "", max_length=20000, description="What the grades mean together; what the child said"
    )


class GradeOut(Schema):
    indicator: str
    label: str = Field(description="The indicator as it was worded on the day of the screening")
    group: IndicatorGroup
    grade: Grade
    evidence: str


class ScreeningOut(Schema):
    id: UUID
    version: int
    screened_on: date
    review_on: date
    indicated_level: Level = Field(description="The level the grades give (risk/levels.py)")
    judged_level: str = Field(description="The level raised on professional judgement, or empty")
    judgement_reason: str
    level: Level
    level_reasons: list[str] = Field(description="How the level was worked out")
    referral_required: bool
    analysis: str
    screened_by: WorkerOut | None
    recorded_at: datetime
    grades: list[GradeOut]


class ParticipantIn(RequestBody):
    name: Text = Field(min_length=1, max_length=200)
    agency: Text = Field(min_length=1, max_length=200)
    role: Text = Field("", max_length=200)
    dissent: Text = Field(
        "", max_length=5000, description="Their disagreement with the decision, in their own words"
    )


class DiscussionIn(RequestBody):
    kind: DiscussionKind = DiscussionKind.STRATEGY_DISCUSSION
    held_on: IsoDate
    reason: Text = Field(min_length=1, max_length=5000, description="Why it was held")
    decisions: Text = Field(min_length=1, max_length=5000, description="What was decided")
    outcome: DiscussionOutcome | None = None
    review_on: IsoDate | None = Field(None, description="The date to review the decision, not before held_on")
    participants: list[ParticipantIn] = Field(description="Who took part (at least one), for which agency")
    escalation_requested: JsonBool = Field(
        False,
        description="Record that an escalation of the decision is asked for (only with dissent recorded); the "
        "escalation itself is raised with POST /children/{child_id}/escalations and its discussion_id",
    )


class ParticipantOut(Schema):
    name: str
    agency: str
    role: str
    dissent: str


class DiscussionOut(Schema):
    id: UUID
    version: int
    kind: DiscussionKind
    held_on: date
    reason: str
    decisions: str
    outcome: str = Field(description="The outcome, or empty")
    review_on: date | None
    dissent_recorded: bool
    escalation_requested: bool
    escalation_requested_by: WorkerOut | None
    escalation_requested_at: datetime | None
    participants: list[ParticipantOut]


class RiskActionIn(RequestBody):
    action: Text = Field(min_length=1, max_length=5000, description="What will be done")
    owner_id: JsonInt | None = Field(
        None,
        description="Who will do it: a worker allocated to the child, their manager or a partner with access "
        "to the child; or leave it out and give owner_name",
    )
    owner_name: Text = Field(
        "", max_length=200, description="Or the name of someone without a Lantern account"
    )
    owner_agency: Text = Field("", max_length=200, description="Their agency or role, e.g. foster carer")
    due_on: IsoDate
    done_on: IsoDate | None = None
    notes: Text = Field("", max_length=5000)


class ActionPatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    done_on: IsoDate | None = Field(None, description="The date it was done; null to reopen it")
    notes: Text | None = Field(None, max_length=5000, description="What was done, or progress")


class RiskActionOut(Schema):
    id: UUID
    version: int
    action: str
    owner: WorkerOut | None
    owner_name: str
    owner_agency: str
    owner_text: str = Field(description="Who will do it, in words")
    due_on: date
    done_on: date | None
    notes: str
    status: str = Field(description="Done, overdue or due, in words")
    overdue: bool
    created_at: datetime


class RiskPlanIn(RequestBody):
    version: Version | None = Field(
        None,
        description="To change the plan: the version you read (if it has changed since, the change is refused, 409); "
        "leave it out to write the first plan",
    )
    agreed_on: IsoDate = Field(description="The date the plan was agreed or last reviewed")
    review_on: IsoDate = Field(description="Review by; after the date agreed")
    concerns: Text = Field(
        min_length=1, max_length=20000, description="What the plan is to keep the child safe from"
    )
    child_view: Text = Field("", max_length=20000, description="What the child says about the plan")


class RiskPlanOut(Schema):
    id: UUID
    version: int
    agreed_on: date
    review_on: date
    concerns: str
    child_view: str
    recorded_by: WorkerOut | None
    actions: list[RiskActionOut] = Field(description="Open actions first, by due date; then those done")
