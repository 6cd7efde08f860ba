from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from ninja import Schema
from pydantic import AfterValidator, Field

from casework.models import AllocationRole, WorkerChangeReason
from people.codes import Ethnicity, LegalStatus, NameKind, Sex, UpnUnknown
from people.models import PartnershipEnd, RelationshipQuality, RelationshipType


def _printable(value: str) -> str:
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise ValueError("must not contain control characters")
    return value


Text = Annotated[str, AfterValidator(_printable)]


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


class PersonIn(Schema):
    forename: Text = Field(min_length=1, max_length=100)
    surname: Text = Field(min_length=1, max_length=255)
    date_of_birth: date | None = None
    date_of_birth_estimated: bool = False
    date_of_death: date | None = None
    sex: Sex = Sex.UNKNOWN
    gender_identity: Text = Field("", max_length=100)
    ethnicity: Ethnicity = Ethnicity.NOBT
    nhs_number: Text = Field("", max_length=12)
    address: Text = Field("", max_length=2000)
    postcode: Text = Field("", max_length=10)
    phone: Text = Field("", max_length=30)


class PersonPatch(Schema):
    version: int | None = Field(
        None,
        ge=1,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    forename: Text | None = Field(None, min_length=1, max_length=100)
    surname: Text | None = Field(None, min_length=1, max_length=255)
    date_of_birth: date | None = None
    date_of_birth_estimated: bool | None = None
    date_of_death: date | None = None
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
    person: PersonOut


class ChildIn(PersonIn):
    local_id: Text = Field("", max_length=20)
    upn: Text = Field("", max_length=13)
    upn_unknown: UpnUnknown | None = None
    legal_status: LegalStatus | None = None
    legal_status_since: date | None = None
    looked_after_since: date | None = None
    worker_id: int | None = Field(None, description="The allocated social worker; the caller if omitted")


class ChildPatch(PersonPatch):
    """`version` is the child record's version and `person_version` the identity's, both as read."""

    person_version: int | None = Field(None, ge=1)
    upn: Text | None = Field(None, max_length=13)
    upn_unknown: UpnUnknown | None = None
    legal_status: LegalStatus | None = None
    legal_status_since: date | None = None
    looked_after_since: date | None = None


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


class RelationshipIn(Schema):
    person_a_id: UUID
    person_b_id: UUID
    kind: RelationshipType
    parental_responsibility: bool = False
    description: Text = Field("", max_length=2000)
    start_date: date | None = None
    end_date: date | None = None
    quality: RelationshipQuality = RelationshipQuality.NOT_RECORDED
    partnership_end: PartnershipEnd = Field(
        PartnershipEnd.NOT_RECORDED, description="Only for kind former_partner: separated or divorced"
    )


class RelationshipPatch(Schema):
    version: int | None = Field(
        None,
        ge=1,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    kind: RelationshipType | None = None
    parental_responsibility: bool | None = None
    description: Text | None = Field(None, max_length=2000)
    start_date: date | None = None
    end_date: date | None = None
    quality: RelationshipQuality | None = None
    partnership_end: PartnershipEnd | None = None


class RelatedPersonIn(PersonIn):
    kind: RelationshipType = Field(
        description="How this person is related: 'this person is the child's <kind>'"
    )
    parental_responsibility: bool = False
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


class AllocationIn(Schema):
    worker_id: int
    role: AllocationRole = AllocationRole.SOCIAL_WORKER
    start_date: date
    end_date: date | None = None
    end_reason: WorkerChangeReason | None = None


class AllocationPatch(Schema):
    version: int | None = Field(
        None,
        ge=1,
        description="The version you read; if the record has changed since, the change is refused (409)",
    )
    end_date: date | None = None
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
