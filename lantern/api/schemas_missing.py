"""The API's shapes for missing episodes, return interviews and the pattern Lantern sees."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from django.utils import timezone
from ninja import Schema
from pydantic import AfterValidator, BeforeValidator, Field

from lantern.api.schemas import IsoDate, RequestBody, Text, Version
from missing.models import EpisodeKind, InterviewResponse, PoliceRisk

_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")


def _iso_datetime(value: Any) -> Any:
    """Only an ISO 8601 date and time (not a number, which pydantic would read as Unix time)."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATETIME.fullmatch(value):
        raise ValueError("must be a date and time as YYYY-MM-DDTHH:MM, with an offset or in UK time")
    return value


def _aware(value: datetime) -> datetime:
    """A time given without an offset is UK time, as the pages take it. In the hour the clocks go back it happened
    twice, and in the hour they go forward never: both are refused, asking for an offset, as the page asks for BST
    or GMT. Years no record holds are refused by the services (400)."""
    if timezone.is_aware(value):
        return value
    london = timezone.get_current_timezone()
    earlier, later = value.replace(tzinfo=london, fold=0), value.replace(tzinfo=london, fold=1)
    if earlier.astimezone(UTC).astimezone(london).replace(tzinfo=None) != value:
        raise ValueError("that time did not happen in the UK: the clocks went forward an hour")
    if earlier.utcoffset() != later.utcoffset():
        raise ValueError(
            "that time happened twice in the UK, when the clocks went back: give the offset, +01:00 for the first "
            "(BST) or +00:00 for the second (GMT)"
        )
    return earlier


IsoDateTime = Annotated[datetime, BeforeValidator(_iso_datetime), AfterValidator(_aware)]


class EpisodeIn(RequestBody):
    kind: EpisodeKind = Field(description="M: missing (whereabouts unknown); A: away without authorisation")
    started_at: IsoDateTime
    ended_at: IsoDateTime | None = None
    reported_by: Text = Field(min_length=1, max_length=200)
    police_reference: Text = Field("", max_length=60)
    police_risk: PoliceRisk | None = None
    found_where: Text = Field("", max_length=300)
    found_with: Text = Field("", max_length=300)
    safe_and_well_on: IsoDate | None = None
    harm_disclosed: Text = Field("", max_length=5000)
    notes: Text = Field("", max_length=5000)


class EpisodePatch(RequestBody):
    version: Version | None = Field(
        None, description="The version you read; if the record has changed since, the change is refused (409)"
    )
    ended_at: IsoDateTime | None = None
    police_reference: Text | None = Field(None, max_length=60)
    police_risk: PoliceRisk | None = None
    found_where: Text | None = Field(None, max_length=300)
    found_with: Text | None = Field(None, max_length=300)
    safe_and_well_on: IsoDate | None = None
    harm_disclosed: Text | None = Field(None, max_length=5000)
    notes: Text | None = Field(None, max_length=5000)


class InterviewIn(RequestBody):
    version: Version | None = None
    offered_at: IsoDateTime | None = None
    offered_by: Text = Field("", max_length=200)
    response: InterviewResponse | None = None
    done_on: IsoDate | None = None
    done_by: Text = Field("", max_length=200)
    push_factors: Text = Field("", max_length=5000)
    pull_factors: Text = Field("", max_length=5000)
    places: Text = Field("", max_length=5000, description="One place per line")
    people: Text = Field("", max_length=5000, description="One person per line")
    no_interview_reason: Text = Field("", max_length=5000)
    notes: Text = Field("", max_length=5000)


class InterviewOut(Schema):
    offered_at: datetime | None
    offered_by: str
    response: str
    done_on: date | None
    done_by: str
    push_factors: str
    pull_factors: str
    places: str
    people: str
    no_interview_reason: str
    notes: str
    status: str
    late: bool
    version: int


class EpisodeOut(Schema):
    id: str
    kind: str
    started_at: datetime
    ended_at: datetime | None
    reported_by: str
    police_reference: str
    police_risk: str
    found_where: str
    found_with: str
    safe_and_well_on: date | None
    harm_disclosed: str
    notes: str
    version: int
    return_interview: InterviewOut | None


class FlagOut(Schema):
    code: str
    sentence: str
    episode_ids: list[str]


class PatternOut(Schema):
    as_of: date
    in_30_days: int
    in_90_days: int
    summary: str
    flags: list[FlagOut]
