from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from ninja import Schema
from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    StrictBool,
    ValidationInfo,
    model_validator,
)
from pydantic.functional_validators import ModelWrapValidatorHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from casework.models import AllocationRole, WorkerChangeReason
from people.codes import Ethnicity, LegalStatus, NameKind, Sex, UpnUnknown
from people.models import PartnershipEnd, RelationshipQuality, RelationshipType


def _printable(value: str) -> str:
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise ValueError("must not contain control characters")
    return value


# What _printable refuses, as the OpenAPI document states it (ECMA-262 regex): no control character but tab, line
# feed and carriage return. Without it the document allowed strings the API answers 422 to.
PRINTABLE_PATTERN = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$"


class _DocumentedAsPrintable:
    """Adds PRINTABLE_PATTERN to the JSON schema of a Text field; _printable does the refusing, with a message a
    person can act on."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(core_schema)
        json_schema["pattern"] = PRINTABLE_PATTERN
        return json_schema


Text = Annotated[str, AfterValidator(_printable), _DocumentedAsPrintable()]


def _iso_date(value: Any) -> Any:
    """Pydantic's lax date also takes a number, or a string of one, as Unix time: `0` and `"0"` became
    1 January 1970. Only an ISO 8601 date (YYYY-MM-DD), as the document says, is taken."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("must be a date as YYYY-MM-DD")
    return value


def _json_integer(value: Any) -> Any:
    """Pydantic's lax int also takes `true` and `"3"`; a JSON number is required, as the document says."""
    if isinstance(value, bool | str):
        raise ValueError("must be a whole number")
    return value


# The types of request fields: each refuses what the OpenAPI document does not allow (a JSON object's values), where
# pydantic's lax mode would coerce it. Query parameters arrive as text and keep the lax types, but for dates.
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
json_integer = _json_integer
JsonInt = Annotated[int, BeforeValidator(_json_integer)]
JsonBool = StrictBool
Version = Annotated[int, Field(ge=1), BeforeValidator(_json_integer)]

# Bounded JSON integers. The bounds come inside the type and before the validator, so that the OpenAPI document states
# them (for a nullable field too); after the validator pydantic cannot, and a client is refused a value the document
# allows.
GridMetres = Annotated[
    int, Field(ge=0, le=1_500_000), BeforeValidator(_json_integer)
]  # the OS grid of Great Britain
Age = Annotated[int, Field(ge=0, le=25), BeforeValidator(_json_integer)]


class RequestBody(Schema):
    """A request body, which must be a JSON object. Ninja's Schema reads fields as attributes of whatever it is
    given (its root validator wraps the input before any other validator sees it), so a PATCH whose body was
    `null`, `[]`, `1` or `"x"` read as an empty change and answered 200. The validator below takes the place of
    ninja's (pydantic keeps one validator per name), refuses anything but an object, then runs ninja's."""

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(
        cls, values: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo
    ) -> Any:
        if not isinstance(values, dict | cls):
            raise ValueError("the request body must be a JSON object")
        # Ninja's own root validator, which pydantic's decorator hides from mypy.
        return super()._run_root_validator(values, handler, info)  # type: ignore[operator]


class Message(Schema):
    detail: str


class FieldErrors(Schema):
    detail: str
    errors: dict[str, list[str]]


class OtherNameOut(Schema):
    id: UUID
    kind: NameKind
    name: str


class PersonOut(Schema):
    """A person. When `restricted` (a child in their own right whom the caller may not see) only the name is
    given and every other field is null."""

    id: UUID
    restricted: bool
    version: int | None = None
    forename: str
    surname: str
    other_names: list[OtherNameOut] | None = None
    date_of_birth: date | None = None
    date_of_birth_estimated: bool | None = None
    date_of_death: date | None = None
    sex: Sex | None = None
    gender_identity: str | None = None
    ethnicity: Ethnicity | None = None
    nhs_number: str | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None


class PersonIn(RequestBody):
    forename: Text = Field(min_length=1, max_length=100)
    surname: Text = Field(min_length=1, max_length=255)
    date_of_birth: IsoDate | None = None
    date_of_birth_estimated: JsonBool = False
    date_of_death: IsoDate | None = None
    sex: Sex = Sex.UNKNOWN
    gender_identity: Text = Field("", max_length=100)
    ethnicity: Ethnicity = Ethnicity.NOBT
    nhs_number: Text = Field("", max_length=12)
    address: Text = Field("", max_length=2000)
    postcode: Text = Field("", max_length=10)
    phone: Text = Field("", max_length=30)


class PersonPatch(RequestBody):
    version: Version | None = Field(
        None,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    forename: Text | None = Field(None, min_length=1, max_length=100)
    surname: Text | None = Field(None, min_length=1, max_length=255)
    date_of_birth: IsoDate | None = None
    date_of_birth_estimated: JsonBool | None = None
    date_of_death: IsoDate | None = None
    sex: Sex | None = None
    gender_identity: Text | None = Field(None, max_length=100)
    ethnicity: Ethnicity | None = None
    nhs_number: Text | None = Field(None, max_length=12)
    address: Text | None = Field(None, max_length=2000)
    postcode: Text | None = Field(None, max_length=10)
    phone: Text | None = Field(None, max_length=30)


class ChildOut(Schema):
    id: UUID
    version: int
    local_id: str
    upn: str
    upn_unknown: str
    legal_status: str
    legal_status_since: date | None
    looked_after_since: date | None
    uasc: bool
    uasc_ceased_on: date | None
    person: PersonOut


class ChildIn(PersonIn):
    local_id: Text = Field("", max_length=20)
    upn: Text = Field("", max_length=13)
    upn_unknown: UpnUnknown | None = None
    legal_status: LegalStatus | None = None
    legal_status_since: IsoDate | None = None
    looked_after_since: IsoDate | None = None
    uasc: JsonBool = False
    uasc_ceased_on: IsoDate | None = None
    worker_id: JsonInt | None = Field(None, description="The allocated social worker; the caller if omitted")


class ChildPatch(PersonPatch):
    """`version` is the child record's version and `person_version` the identity's, both as read."""

    person_version: Version | None = None
    upn: Text | None = Field(None, max_length=13)
    upn_unknown: UpnUnknown | None = None
    legal_status: LegalStatus | None = None
    legal_status_since: IsoDate | None = None
    looked_after_since: IsoDate | None = None
    uasc: JsonBool | None = None
    uasc_ceased_on: IsoDate | None = None


class RelationshipOut(Schema):
    id: UUID
    version: int
    person_a_id: UUID
    person_b_id: UUID
    kind: RelationshipType
    parental_responsibility: bool
    description: str
    start_date: date | None
    end_date: date | None
    quality: RelationshipQuality = Field(description="How the relationship is; empty when not recorded")
    partnership_end: PartnershipEnd = Field(
        description="How a former partnership ended (separated or divorced); empty otherwise"
    )


class RelationshipIn(RequestBody):
    person_a_id: UUID
    person_b_id: UUID
    kind: RelationshipType
    parental_responsibility: JsonBool = False
    description: Text = Field("", max_length=2000)
    start_date: IsoDate | None = None
    end_date: IsoDate | None = None
    quality: RelationshipQuality = RelationshipQuality.NOT_RECORDED
    partnership_end: PartnershipEnd = Field(
        PartnershipEnd.NOT_RECORDED, description="Only for kind former_partner: separated or divorced"
    )


class RelationshipPatch(RequestBody):
    version: Version | None = Field(
        None,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    kind: RelationshipType | None = None
    parental_responsibility: JsonBool | None = None
    description: Text | None = Field(None, max_length=2000)
    start_date: IsoDate | None = None
    end_date: IsoDate | None = None
    quality: RelationshipQuality | None = None
    partnership_end: PartnershipEnd | None = None


class RelatedPersonIn(PersonIn):
    kind: RelationshipType = Field(
        description="How this person is related: 'this person is the child's <kind>'"
    )
    parental_responsibility: JsonBool = False
    description: Text = Field("", max_length=2000)


class PersonWithRelationship(Schema):
    person: PersonOut
    relationship: RelationshipOut


class WorkerOut(Schema):
    id: int
    username: str
    name: str
    role: str
    team: str | None


class AllocationOut(Schema):
    id: UUID
    version: int
    worker: WorkerOut
    role: AllocationRole
    start_date: date
    end_date: date | None
    end_reason: str


class AllocationIn(RequestBody):
    worker_id: JsonInt
    role: AllocationRole = AllocationRole.SOCIAL_WORKER
    start_date: IsoDate
    end_date: IsoDate | None = None
    end_reason: WorkerChangeReason | None = None


class AllocationPatch(RequestBody):
    version: Version | None = Field(
        None,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    end_date: IsoDate | None = None
    end_reason: WorkerChangeReason | None = None
    role: AllocationRole | None = None


class AuditEventOut(Schema):
    seq: int
    at: datetime
    actor_username: str
    action: str
    object_type: str
    object_id: str
    reason: str
    ip: str | None
    request_id: str


# Every operation can answer these (403: a session request without its CSRF token); merged into each operation.
ERRORS: dict[int, Any] = {401: Message, 403: Message, 404: Message, 422: FieldErrors}
WRITE_ERRORS: dict[int, Any] = {400: FieldErrors, 409: Message, **ERRORS}
