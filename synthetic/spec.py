"""The synthetic authority as plain data: built by the generator without the ORM, written by the writer.

Users are referred to by username and people by their UUID, so a build can be compared, dumped and written as is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from synthetic.spec_education import Education
from synthetic.spec_network import (
    AttendanceSpec,
    ConcernSpec,
    EscalationSpec,
    MeetingActionSpec,
    MeetingSpec,
    MemberSpec,
    SharedSpec,
    StepSpec,
)


@dataclass(frozen=True, slots=True)
class AgencySpec:
    key: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class TeamSpec:
    key: str
    name: str
    agency: str
    manager: str | None


@dataclass(frozen=True, slots=True)
class UserSpec:
    username: str
    first_name: str
    last_name: str
    role: str
    agency: str
    team: str | None
    job_title: str
    joined: date
    left: date | None = None
    agency_worker: bool = False

    @property
    def email(self) -> str:
        return f"{self.username}@lantern.example"

    def employed_on(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or self.left >= day)


@dataclass(frozen=True, slots=True)
class PersonSpec:
    id: uuid.UUID
    forename: str
    surname: str
    date_of_birth: date | None
    sex: str
    ethnicity: str
    date_of_birth_estimated: bool = False
    date_of_death: date | None = None
    nhs_number: str = ""
    address: str = ""
    postcode: str = ""
    phone: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}"


@dataclass(frozen=True, slots=True)
class ChildSpec:
    person: uuid.UUID
    local_id: str
    upn: str
    upn_unknown: str
    legal_status: str
    legal_status_since: date | None
    looked_after_since: date


@dataclass(frozen=True, slots=True)
class NameSpec:
    id: uuid.UUID
    person: uuid.UUID
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class RelationshipSpec:
    id: uuid.UUID
    person_a: uuid.UUID
    person_b: uuid.UUID
    kind: str
    parental_responsibility: bool = False
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    quality: str = ""
    partnership_end: str = ""


@dataclass(frozen=True, slots=True)
class AllocationSpec:
    id: uuid.UUID
    child: uuid.UUID
    worker: str
    role: str
    start_date: date
    end_date: date | None
    end_reason: str


@dataclass(frozen=True, slots=True)
class GrantSpec:
    id: uuid.UUID
    child: uuid.UUID
    user: str
    reason: str
    granted_by: str | None
    starts_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseNoteSpec:
    id: uuid.UUID
    child: uuid.UUID
    author: str
    occurred_on: date
    subject: str
    body: str
    significant: bool


@dataclass(frozen=True, slots=True)
class HistorySpec:
    child: uuid.UUID
    kind: str
    text: str
    reviewed_on: date
    reviewed_by: str


@dataclass(frozen=True, slots=True)
class WishesSpec:
    id: uuid.UUID
    child: uuid.UUID
    said_on: date
    words: str
    context: str
    heard_by: str


@dataclass(frozen=True, slots=True)
class PeriodOfCareSpec:
    id: uuid.UUID
    child: uuid.UUID
    start_date: date
    end_date: date | None
    category_of_need: str
    end_reason: str = ""


@dataclass(frozen=True, slots=True)
class LegalStatusSpec:
    id: uuid.UUID
    child: uuid.UUID
    code: str
    start_date: date
    end_date: date | None


@dataclass(frozen=True, slots=True)
class PlacementSpec:
    id: uuid.UUID
    child: uuid.UUID
    place: str
    provider: str
    carer: str
    address: str
    postcode: str
    in_authority: bool
    start_date: date
    end_date: date | None
    change_reason: str = ""
    intended_until_18_from: date | None = None
    before_assessment: bool = False
    temporary_approval: bool = False
    at_risk_since: date | None = None


@dataclass(frozen=True, slots=True)
class VisitSpec:
    id: uuid.UUID
    child: uuid.UUID
    visited_on: date
    seen: bool
    seen_alone: bool
    visitor: str  # username, "" for none
    where: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ReviewSpec:
    id: uuid.UUID
    child: uuid.UUID
    held_on: date
    iro: str  # username, "" for none
    participation: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PlanSpec:
    id: uuid.UUID
    child: uuid.UUID
    kind: str
    made_on: date
    placement: uuid.UUID | None = None
    carer_signed_on: date | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class NotificationSpec:
    id: uuid.UUID
    child: uuid.UUID
    placement: uuid.UUID
    recipient: str
    sent_on: date


@dataclass(frozen=True, slots=True)
class HealthCheckSpec:
    id: uuid.UUID
    child: uuid.UUID
    kind: str
    done_on: date
    practitioner: str = ""
    sdq_score: int | None = None
    sdq_reason: str = ""
    immunisations_up_to_date: bool | None = None


@dataclass(frozen=True, slots=True)
class PepSpec:
    id: uuid.UUID
    child: uuid.UUID
    held_on: date
    school: str
    designated_teacher: str


@dataclass(frozen=True, slots=True)
class MissingEpisodeSpec:
    id: uuid.UUID
    child: uuid.UUID
    kind: str
    started_at: datetime
    ended_at: datetime | None
    reported_by: str
    reported_at: datetime
    recorded_by: str  # username, "" for none
    police_reference: str = ""
    police_risk: str = ""
    found_where: str = ""
    found_with: str = ""
    safe_and_well_on: date | None = None
    harm_disclosed: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ReturnInterviewSpec:
    id: uuid.UUID
    child: uuid.UUID
    episode: uuid.UUID
    offered_at: datetime | None
    offered_by: str
    response: str
    done_on: date | None
    done_by: str
    recorded_by: str  # username
    push_factors: str = ""
    pull_factors: str = ""
    places: str = ""  # one per line
    people: str = ""  # one per line
    no_interview_reason: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class MissingProfileSpec:
    id: uuid.UUID
    child: uuid.UUID
    description: str
    associates: str  # one per line
    places: str  # one per line
    phones_and_social_media: str  # one per line
    medical_needs: str
    vulnerabilities: str
    updated_at: datetime
    updated_by: str  # username


@dataclass(frozen=True, slots=True)
class ScreeningSpec:
    id: uuid.UUID
    child: uuid.UUID
    screened_on: date
    review_on: date
    indicated_level: str
    level: str
    level_reasons: str
    referral_required: bool
    screened_by: str  # username, "" for none
    recorded_at: datetime
    judged_level: str = ""
    judgement_reason: str = ""
    analysis: str = ""


@dataclass(frozen=True, slots=True)
class ScreeningGradeSpec:
    id: uuid.UUID
    screening: uuid.UUID
    indicator: str
    label: str
    group: str
    position: int
    grade: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class RiskPlanSpec:
    id: uuid.UUID
    child: uuid.UUID
    agreed_on: date
    review_on: date
    concerns: str
    recorded_by: str  # username, "" for none
    child_view: str = ""


@dataclass(frozen=True, slots=True)
class RiskActionSpec:
    id: uuid.UUID
    child: uuid.UUID
    action: str
    due_on: date
    created_at: datetime
    recorded_by: str  # username, "" for none
    owner: str = ""  # username of a Lantern user, or "" with owner_name
    owner_name: str = ""
    owner_agency: str = ""
    done_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class DiscussionSpec:
    id: uuid.UUID
    child: uuid.UUID
    kind: str
    held_on: date
    reason: str
    decisions: str
    outcome: str
    review_on: date | None
    recorded_by: str  # username, "" for none
    dissent_recorded: bool = False
    escalation_requested_by: str = ""  # username, "" when no escalation was asked for
    escalation_requested_at: datetime | None = None

    @property
    def escalation_requested(self) -> bool:
        return bool(self.escalation_requested_by)


@dataclass(frozen=True, slots=True)
class ParticipantSpec:
    id: uuid.UUID
    discussion: uuid.UUID
    name: str
    agency: str
    role: str
    position: int
    dissent: str = ""


@dataclass
class Authority:
    """Everything one `lantern seed` run writes."""

    children_wanted: int
    years: int
    seed: int
    as_of: date
    agencies: list[AgencySpec] = field(default_factory=list)
    teams: list[TeamSpec] = field(default_factory=list)
    users: list[UserSpec] = field(default_factory=list)
    people: list[PersonSpec] = field(default_factory=list)
    children: list[ChildSpec] = field(default_factory=list)
    names: list[NameSpec] = field(default_factory=list)
    relationships: list[RelationshipSpec] = field(default_factory=list)
    allocations: list[AllocationSpec] = field(default_factory=list)
    grants: list[GrantSpec] = field(default_factory=list)
    case_notes: list[CaseNoteSpec] = field(default_factory=list)
    history: list[HistorySpec] = field(default_factory=list)
    wishes: list[WishesSpec] = field(default_factory=list)
    periods_of_care: list[PeriodOfCareSpec] = field(default_factory=list)
    legal_statuses: list[LegalStatusSpec] = field(default_factory=list)
    placements: list[PlacementSpec] = field(default_factory=list)
    visits: list[VisitSpec] = field(default_factory=list)
    reviews: list[ReviewSpec] = field(default_factory=list)
    plans: list[PlanSpec] = field(default_factory=list)
    notifications: list[NotificationSpec] = field(default_factory=list)
    health_checks: list[HealthCheckSpec] = field(default_factory=list)
    peps: list[PepSpec] = field(default_factory=list)
    missing_episodes: list[MissingEpisodeSpec] = field(default_factory=list)
    return_interviews: list[ReturnInterviewSpec] = field(default_factory=list)
    missing_profiles: list[MissingProfileSpec] = field(default_factory=list)
    screenings: list[ScreeningSpec] = field(default_factory=list)
    screening_grades: list[ScreeningGradeSpec] = field(default_factory=list)
    risk_plans: list[RiskPlanSpec] = field(default_factory=list)
    risk_actions: list[RiskActionSpec] = field(default_factory=list)
    discussions: list[DiscussionSpec] = field(default_factory=list)
    participants: list[ParticipantSpec] = field(default_factory=list)
    members: list[MemberSpec] = field(default_factory=list)
    meetings: list[MeetingSpec] = field(default_factory=list)
    attendance: list[AttendanceSpec] = field(default_factory=list)
    meeting_actions: list[MeetingActionSpec] = field(default_factory=list)
    concerns: list[ConcernSpec] = field(default_factory=list)
    shared: list[SharedSpec] = field(default_factory=list)
    escalations: list[EscalationSpec] = field(default_factory=list)
    escalation_steps: list[StepSpec] = field(default_factory=list)
    education: Education = field(default_factory=Education)  # issue 8: register, schools, schooling, matches

    def row_count(self) -> int:
        return self.education.row_count() + sum(
            len(rows)
            for rows in (
                self.agencies,
                self.teams,
                self.users,
                self.people,
                self.children,
                self.names,
                self.relationships,
                self.allocations,
                self.grants,
                self.case_notes,
                self.history,
                self.wishes,
                self.periods_of_care,
                self.legal_statuses,
                self.placements,
                self.visits,
                self.reviews,
                self.plans,
                self.notifications,
                self.health_checks,
                self.peps,
                self.missing_episodes,
                self.return_interviews,
                self.missing_profiles,
                self.screenings,
                self.screening_grades,
                self.risk_plans,
                self.risk_actions,
                self.discussions,
                self.participants,
                self.members,
                self.meetings,
                self.attendance,
                self.meeting_actions,
                self.concerns,
                self.shared,
                self.escalations,
                self.escalation_steps,
            )
        )
