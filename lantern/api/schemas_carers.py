"""The API's shapes for the carer and provider register: an entry as added or changed, and an entry with its
vacancies and record of placements."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from ninja import Schema
from pydantic import BeforeValidator, Field

from care.models import CarerKind, RegisterStatus, SexLimit, Skill, Support
from lantern.api.schemas import Age, GridMetres, IsoDate, JsonBool, RequestBody, Text, Version, json_integer

Places = Annotated[int, Field(ge=0, le=100), BeforeValidator(json_integer)]
OfstedUrn = Annotated[
    Text, Field(max_length=8)
]  # SC and six digits, or empty: care.register_models checks it
OFSTED_URN_HELP = "Ofsted's unique reference number for the provider: SC and six digits, like SC123456"


class CarerIn(RequestBody):
    reference: Text = Field(min_length=1, max_length=40, description="The authority's or Ofsted's reference")
    ofsted_urn: OfstedUrn = Field(
        "", description=OFSTED_URN_HELP + "; empty when it has none (the authority's own carers)"
    )
    name: Text = Field(min_length=1, max_length=200, description="The carers' names, or the home's")
    kind: CarerKind
    agency: Text = Field(
        "", max_length=200, description="The fostering agency or provider, if not the authority"
    )
    status: RegisterStatus = RegisterStatus.ACTIVE
    address: Text = Field("", max_length=2000)
    postcode: Text = Field("", max_length=10)
    area: Text = Field("", max_length=100, description="The town or district")
    in_authority: JsonBool = True
    easting: GridMetres | None = Field(None, description="OS grid easting in metres, with northing")
    northing: GridMetres | None = Field(None, description="OS grid northing in metres, with easting")
    min_age: Age = Field(0, description="The youngest age approved")
    max_age: Age = Field(17, description="The oldest age approved, not below min_age")
    places: Places = Field(1, description="The number of children approved")
    sex_limit: SexLimit = SexLimit.ANY
    skills: list[Skill] = Field(default_factory=list, max_length=len(Skill.values))
    support: list[Support] = Field(default_factory=list, max_length=len(Support.values))
    notes: Text = Field("", max_length=20000)
    approved_on: IsoDate | None = None


class CarerPatch(RequestBody):
    """Only the fields sent change; null leaves a required field as it is and clears an optional one."""

    version: Version | None = Field(
        None,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    reference: Text | None = Field(None, min_length=1, max_length=40)
    ofsted_urn: OfstedUrn | None = Field(None, description=OFSTED_URN_HELP + "; null or empty clears it")
    name: Text | None = Field(None, min_length=1, max_length=200)
    kind: CarerKind | None = None
    agency: Text | None = Field(None, max_length=200)
    status: RegisterStatus | None = None
    address: Text | None = Field(None, max_length=2000)
    postcode: Text | None = Field(None, max_length=10)
    area: Text | None = Field(None, max_length=100)
    in_authority: JsonBool | None = None
    easting: GridMetres | None = None
    northing: GridMetres | None = None
    min_age: Age | None = None
    max_age: Age | None = None
    places: Places | None = None
    sex_limit: SexLimit | None = None
    skills: list[Skill] | None = Field(None, max_length=len(Skill.values))
    support: list[Support] | None = Field(None, max_length=len(Support.values))
    notes: Text | None = Field(None, max_length=20000)
    approved_on: IsoDate | None = None


class PlacementRecordOut(Schema):
    total: int = Field(description="Placements with this carer or provider, ever")
    ended: int
    unplanned: int = Field(description="Ended for a reason Lantern counts as unplanned (a disruption)")
    unplanned_share: float | None = Field(description="unplanned / ended, or null when none has ended")


class CarerOut(Schema):
    id: UUID
    version: int
    reference: str
    ofsted_urn: str = Field(description=OFSTED_URN_HELP + "; empty when it has none")
    name: str
    kind: CarerKind
    agency: str
    status: RegisterStatus
    address: str
    postcode: str
    area: str
    in_authority: bool
    easting: int | None
    northing: int | None
    min_age: int
    max_age: int
    places: int
    sex_limit: SexLimit
    skills: list[str]
    support: list[str]
    notes: str
    approved_on: date | None
    current: int = Field(description="Children placed there today")
    vacancies: int = Field(description="Places minus the children placed there today")
    record: PlacementRecordOut


class CarerPage(Schema):
    count: int
    items: list[CarerOut]
