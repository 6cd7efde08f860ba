"""The API's shapes for the log of information shared with carers and partners, and the sharing checklist of a
placement."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from ninja import Schema
from pydantic import Field

from lantern.api.schemas import IsoDate, RequestBody, Text, Version, WorkerOut
from network.models import AgencyKind
from sharing.checklist import State
from sharing.models import Item, Method


class SharedIn(RequestBody):
    placement_id: UUID | None = Field(
        None, description="The placement it was shared for (counts towards its sharing checklist)"
    )
    item: Item = Field(description="What was shared")
    description: Text = Field("", max_length=300, description="What it was; needed when item is other")
    member_id: UUID | None = Field(
        None,
        description="The recipient in the child's network: recipient and recipient_kind are then the member's",
    )
    recipient: Text = Field(
        "", max_length=200, description="Who it was shared with (needed without member_id)"
    )
    recipient_kind: AgencyKind | None = Field(None, description="Needed without member_id")
    shared_on: IsoDate
    method: Method
    acknowledged_on: IsoDate | None = Field(None, description="When the recipient confirmed they had it")
    acknowledged_by: Text = Field("", max_length=200)
    notes: Text = Field("", max_length=5000)


class SharedPatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    placement_id: UUID | None = None
    item: Item | None = None
    description: Text | None = Field(None, max_length=300)
    member_id: UUID | None = None
    recipient: Text | None = Field(None, max_length=200)
    recipient_kind: AgencyKind | None = None
    shared_on: IsoDate | None = None
    method: Method | None = None
    acknowledged_on: IsoDate | None = Field(
        None, description="null to clear the acknowledgement (and acknowledged_by with it)"
    )
    acknowledged_by: Text | None = Field(None, max_length=200)
    notes: Text | None = Field(None, max_length=5000)


class SharedOut(Schema):
    id: UUID
    version: int
    placement_id: UUID | None
    item: Item
    item_label: str = Field(description="What was shared, in words (the description for something else)")
    description: str
    member_id: UUID | None
    recipient: str
    recipient_kind: AgencyKind
    shared_on: date
    method: Method
    shared_by: WorkerOut | None
    acknowledged_on: date | None
    acknowledged_by: str
    waiting_days: int | None = Field(description="Days since it was shared while not acknowledged; else null")
    notes: str


class ChecklistItemOut(Schema):
    item: str = Field(
        description="The item (history_summary, care_plan, ...; placement_notification to the host)"
    )
    label: str
    recipient_kind: AgencyKind = Field(description="carer, or host_authority for an out-of-borough placement")
    state: State = Field(description="done (shared and acknowledged), waiting (not acknowledged) or missing")
    shared_on: date | None
    acknowledged_on: date | None
    due_on: date = Field(
        description="5 working days after the placement started (after the later of the start and the risk plan's "
        "agreement for the risk plan)"
    )


class ChecklistOut(Schema):
    placement_id: UUID
    start_date: date
    due_on: date = Field(description="5 working days after the placement started")
    complete: bool
    overdue: bool = Field(description="An item is not done after its own due date (never when not_chased)")
    not_chased: str = Field(
        description="Why the placement is not chased (a temporary placement, before the checklist began), or empty"
    )
    items: list[ChecklistItemOut]
