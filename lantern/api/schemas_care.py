"""The API's shapes for the care record (periods of care, legal statuses, placements) and looked-after reviews."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from ninja import Schema
from pydantic import BeforeValidator, Field

from care.codes import CareEndReason, CategoryOfNeed, PlacementChangeReason, PlacementProvider, PlacementType
from casework.statutory_records import Participation
from lantern.api.schemas import IsoDate, JsonBool, RequestBody, Text, Version, json_integer
from people.codes import LegalStatus

_VERSION = Field(
    None, description="The version you read; if the record has changed since, the change is refused (409)"
)
_KEEP = "Leave out to keep; null clears it"
UserId = Annotated[int, Field(ge=1, le=2_147_483_647), BeforeValidator(json_integer)]


class PeriodOfCareOut(Schema):
    id: UUID
    version: int
    start_date: date
    end_date: date | None
    category_of_need: str
    end_reason: str


class PeriodOfCareIn(RequestBody):
    start_date: IsoDate = Field(description="The day the child became looked after")
    category_of_need: CategoryOfNeed = CategoryOfNeed.N1
    end_date: IsoDate | None = Field(None, description="The day the child ceased to be looked after")
    end_reason: CareEndReason | None = None


class PeriodOfCarePatch(RequestBody):
    version: Version | None = _VERSION
    start_date: IsoDate | None = Field(None, description="Leave out to keep")
    category_of_need: CategoryOfNeed | None = Field(None, description="Leave out to keep")
    end_date: IsoDate | None = Field(None, description=_KEEP)
    end_reason: CareEndReason | None = Field(None, description=_KEEP)


class LegalStatusOut(Schema):
    id: UUID
    version: int
    code: str
    start_date: date
    end_date: date | None


class LegalStatusIn(RequestBody):
    code: LegalStatus
    start_date: IsoDate
    end_date: IsoDate | None = None


class LegalStatusPatch(RequestBody):
    version: Version | None = _VERSION
    code: LegalStatus | None = Field(None, description="Leave out to keep")
    start_date: IsoDate | None = Field(None, description="Leave out to keep")
    end_date: IsoDate | None = Field(None, description=_KEEP)


class PlacementOut(Schema):
    id: UUID
    version: int
    place: str
    provider: str
    carer: str
    carer_id: UUID | None
    address: str
    postcode: str
    in_authority: bool
    start_date: date
    end_date: date | None
    change_reason: str
    intended_until_18_from: date | None
    before_assessment: bool
    temporary_approval: bool
    at_risk_since: date | None


class PlacementIn(RequestBody):
    place: PlacementType
    provider: PlacementProvider
    carer: Text = Field(
        "", max_length=200, description="The carers' or provider's name; empty: the name on the register"
    )
    carer_id: UUID | None = Field(None, description="The carer or provider on the register (GET /carers)")
    address: Text = Field("", max_length=2000)
    postcode: Text = Field("", max_length=10)
    in_authority: JsonBool = True
    start_date: IsoDate
    end_date: IsoDate | None = None
    change_reason: PlacementChangeReason | None = None
    intended_until_18_from: IsoDate | None = None
    before_assessment: JsonBool = False
    temporary_approval: JsonBool = False
    at_risk_since: IsoDate | None = None


class PlacementPatch(RequestBody):
    version: Version | None = _VERSION
    place: PlacementType | None = Field(None, description="Leave out to keep")
    provider: PlacementProvider | None = Field(None, description="Leave out to keep")
    carer: Text | None = Field(None, max_length=200, description="Leave out to keep")
    carer_id: UUID | None = Field(None, description=_KEEP)
    address: Text | None = Field(None, max_length=2000, description=_KEEP)
    postcode: Text | None = Field(None, max_length=10, description=_KEEP)
    in_authority: JsonBool | None = Field(None, description="Leave out to keep")
    start_date: IsoDate | None = Field(None, description="Leave out to keep")
    end_date: IsoDate | None = Field(None, description=_KEEP)
    change_reason: PlacementChangeReason | None = Field(None, description=_KEEP)
    intended_until_18_from: IsoDate | None = Field(None, description=_KEEP)
    before_assessment: JsonBool | None = Field(None, description="Leave out to keep")
    temporary_approval: JsonBool | None = Field(None, description="Leave out to keep")
    at_risk_since: IsoDate | None = Field(None, description=_KEEP)


class ReviewOut(Schema):
    id: UUID
    version: int
    held_on: date
    iro_id: int | None
    participation: str
    notes: str


class ReviewIn(RequestBody):
    held_on: IsoDate
    iro_id: UserId | None = Field(None, description="The independent reviewing officer who chaired it")
    participation: Participation
    notes: Text = Field("", max_length=20000)


class ReviewPatch(RequestBody):
    version: Version | None = _VERSION
    held_on: IsoDate | None = Field(None, description="Leave out to keep")
    iro_id: UserId | None = Field(None, description=_KEEP)
    participation: Participation | None = Field(None, description="Leave out to keep")
    notes: Text | None = Field(None, max_length=20000, description=_KEEP)
