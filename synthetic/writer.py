"""Write a built authority to the database: bulk inserts in batches, one transaction, one audit row."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, TypeVar

from django.contrib.auth.hashers import make_password
from django.db import models, transaction
from simple_history.utils import bulk_create_with_history
from tqdm import tqdm

from access.models import AccessGrant
from accounts.models import Agency, Team, User
from audit.actions import AuditAction
from audit.services import audit_record
from care.models import LegalStatusRecord, PeriodOfCare, Placement
from casework.models import (
    Allocation,
    AllocationRole,
    CaseNote,
    HistorySection,
    LookedAfterReview,
    PlacementNotification,
    Plan,
    Visit,
    WishesAndFeelings,
)
from casework.services import transfer_summary_create
from chronology.sources import rebuild
from education.models import PersonalEducationPlan
from health.models import HealthCheck
from missing.models import MissingEpisode, MissingProfile, ReturnInterview
from people.models import Child, Person, PersonName, Relationship
from people.uasc import ceased_at_eighteen
from risk.models import (
    DiscussionParticipant,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)
from synthetic.care_history import UASC_NOTE
from synthetic.care_leaver_outcomes import CARE_LEAVER_LABELS, care_leaver_steps
from synthetic.care_permanence import PERMANENCE_LABELS, permanence_steps
from synthetic.care_youth_justice import YOUTH_JUSTICE_LABELS, youth_justice_steps
from synthetic.mint import at_nine
from synthetic.spec import Authority, PersonSpec, PlacementSpec
from synthetic.workforce import swe_registrations
from synthetic.writer_education import EDUCATION_LABELS, education_steps, register_steps
from synthetic.writer_network import NETWORK_LABELS, network_steps

BATCH = 1000
M = TypeVar("M", bound=models.Model)


LABELS: dict[type[models.Model], str] = {
    Person: "people",
    PersonName: "other names",
    Child: "children",
    Relationship: "relationships",
    Allocation: "allocations",
    AccessGrant: "access grants",
    CaseNote: "case notes",
    HistorySection: "history sections",
    WishesAndFeelings: "wishes and feelings",
    PeriodOfCare: "periods of care",
    LegalStatusRecord: "legal statuses",
    Placement: "placements",
    Visit: "visits",
    LookedAfterReview: "looked-after reviews",
    Plan: "plans",
    PlacementNotification: "placement notifications",
    HealthCheck: "health records",
    PersonalEducationPlan: "personal education plans",
    MissingEpisode: "missing episodes",
    ReturnInterview: "return interviews",
    MissingProfile: "missing person profiles",
    Screening: "exploitation screenings",
    ScreeningGrade: "screening grades",
    RiskPlan: "risk plans",
    RiskPlanAction: "risk plan actions",
    StrategyDiscussion: "strategy discussions",
    DiscussionParticipant: "discussion participants",
    **NETWORK_LABELS,
    **YOUTH_JUSTICE_LABELS,
    **CARE_LEAVER_LABELS,
    **EDUCATION_LABELS,
    **PERMANENCE_LABELS,
}


class SeedConflict(Exception):
    """The database already holds something the seed would create."""


def _create(model: type[M], batch: list[M], *, history: bool) -> None:
    if history:
        bulk_create_with_history(batch, model, batch_size=BATCH, default_change_reason="lantern seed")
    else:
        model._default_manager.bulk_create(batch, batch_size=BATCH)


def _insert(model: type[M], objs: Sequence[M], bar: tqdm[Any], *, history: bool) -> None:
    bar.set_description(f"Writing {LABELS[model]}")
    for start in range(0, len(objs), BATCH):
        batch = list(objs[start : start + BATCH])
        _create(model, batch, history=history)
        bar.update(len(batch))


def _users(authority: Authority, agencies: dict[str, Agency], bar: tqdm[Any]) -> dict[str, User]:
    usernames = [u.username for u in authority.users]
    clash = User.objects.filter(username__in=usernames).values_list("username", flat=True).first()
    if clash:
        raise SeedConflict(f"User {clash!r} already exists: seed an empty database")
    teams = {t.key: Team(name=t.name, agency=agencies[t.agency]) for t in authority.teams}
    Team.objects.bulk_create(list(teams.values()))
    numbers = swe_registrations(authority.users)
    users = [
        User(
            username=u.username,
            first_name=u.first_name,
            last_name=u.last_name,
            email=u.email,
            role=u.role,
            agency=agencies[u.agency],
            team=teams[u.team] if u.team else None,
            job_title=u.job_title,
            swe_registration=numbers.get(u.username, ""),
            is_active=u.left is None,
            date_joined=at_nine(u.joined),
            password=make_password(None),
        )
        for u in authority.users
    ]
    bar.set_description("Writing users")
    User.objects.bulk_create(users, batch_size=BATCH)
    by_name = {u.username: u for u in users}
    if any(u.pk is None for u in users):  # a backend that cannot return ids from a bulk insert
        by_name = User.objects.in_bulk(usernames, field_name="username")
    for spec in authority.teams:
        teams[spec.key].manager = by_name[spec.manager] if spec.manager else None
    Team.objects.bulk_update(list(teams.values()), ["manager"])
    bar.update(len(authority.teams) + len(users))
    return by_name


def _recent_transfer_summaries(authority: Authority) -> int:
    """Summaries for the changes of social worker in the last 30 days, as the record would have made them when the
    incoming worker's manager allocated them."""
    recent = Allocation.objects.filter(
        role=AllocationRole.SOCIAL_WORKER, start_date__gte=authority.as_of - timedelta(days=30)
    ).select_related("child__person", "worker__team__manager")
    made = 0
    for allocation in recent:
        manager = allocation.worker.team.manager if allocation.worker.team else None
        if manager is not None and transfer_summary_create(actor=manager, allocation=allocation):
            made += 1
    return made


def _insert_specs(
    model: type[M], specs: Sequence[Any], convert: Callable[[Any], M], bar: tqdm[Any], *, history: bool
) -> None:
    """Like _insert, converting the specs to model instances one batch at a time (these lists are the seed's
    longest: a national-scale seed holds over a million visits)."""
    bar.set_description(f"Writing {LABELS[model]}")
    for start in range(0, len(specs), BATCH):
        batch = [convert(spec) for spec in specs[start : start + BATCH]]
        _create(model, batch, history=history)
        bar.update(len(batch))


def _care_steps(
    a: Authority, users: dict[str, User]
) -> list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]:
    """The care history, as (model, specs, spec to instance): periods, statuses and placements, then the records
    that refer to them. A username of "" (no worker allocated that day) is written as no user."""

    def user(name: str) -> User | None:
        return users[name] if name else None

    placement_fields = [f.name for f in dataclasses.fields(PlacementSpec) if f.name != "child"]
    return [
        (
            PeriodOfCare,
            a.periods_of_care,
            lambda p: PeriodOfCare(
                id=p.id,
                child_id=p.child,
                start_date=p.start_date,
                end_date=p.end_date,
                category_of_need=p.category_of_need,
                end_reason=p.end_reason,
            ),
        ),
        (
            LegalStatusRecord,
            a.legal_statuses,
            lambda s: LegalStatusRecord(
                id=s.id, child_id=s.child, code=s.code, start_date=s.start_date, end_date=s.end_date
            ),
        ),
        (
            Placement,
            a.placements,
            lambda p: Placement(
                child_id=p.child,
                carer_record_id=a.education.carer_of.get(p.id),
                **{f: getattr(p, f) for f in placement_fields},
            ),
        ),
        (
            Visit,
            a.visits,
            lambda v: Visit(
                id=v.id,
                child_id=v.child,
                visited_on=v.visited_on,
                seen=v.seen,
                seen_alone=v.seen_alone,
                visitor=user(v.visitor),
                where=v.where,
                notes=v.notes,
            ),
        ),
        (
            LookedAfterReview,
            a.reviews,
            lambda r: LookedAfterReview(
                id=r.id,
                child_id=r.child,
                held_on=r.held_on,
                iro=user(r.iro),
                participation=r.participation,
                notes=r.notes,
            ),
        ),
        (
            Plan,
            a.plans,
            lambda p: Plan(
                id=p.id,
                child_id=p.child,
                kind=p.kind,
                made_on=p.made_on,
                placement_id=p.placement,
                carer_signed_on=p.carer_signed_on,
                summary=p.summary,
            ),
        ),
        (
            PlacementNotification,
            a.notifications,
            lambda n: PlacementNotification(
                id=n.id, child_id=n.child, placement_id=n.placement, recipient=n.recipient, sent_on=n.sent_on
            ),
        ),
        (
            HealthCheck,
            a.health_checks,
            lambda h: HealthCheck(
                id=h.id,
                child_id=h.child,
                kind=h.kind,
                done_on=h.done_on,
                practitioner=h.practitioner,
                sdq_score=h.sdq_score,
                sdq_reason=h.sdq_reason,
                immunisations_up_to_date=h.immunisations_up_to_date,
            ),
        ),
        (
            PersonalEducationPlan,
            a.peps,
            lambda p: PersonalEducationPlan(
                id=p.id,
                child_id=p.child,
                held_on=p.held_on,
                school=p.school,
                designated_teacher=p.designated_teacher,
            ),
        ),
    ]


def _missing_steps(
    a: Authority, users: dict[str, User]
) -> list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]:
    """Missing episodes, then their return interviews, and the Philomena profiles (no photo)."""

    def user(name: str) -> User | None:
        return users[name] if name else None

    return [
        (
            MissingEpisode,
            a.missing_episodes,
            lambda e: MissingEpisode(
                id=e.id,
                child_id=e.child,
                kind=e.kind,
                started_at=e.started_at,
                ended_at=e.ended_at,
                reported_by=e.reported_by,
                reported_at=e.reported_at,
                police_reference=e.police_reference,
                police_risk=e.police_risk,
                found_where=e.found_where,
                found_with=e.found_with,
                safe_and_well_on=e.safe_and_well_on,
                harm_disclosed=e.harm_disclosed,
                notes=e.notes,
                recorded_by=user(e.recorded_by),
            ),
        ),
        (
            ReturnInterview,
            a.return_interviews,
            lambda i: ReturnInterview(
                id=i.id,
                child_id=i.child,
                episode_id=i.episode,
                offered_at=i.offered_at,
                offered_by=i.offered_by,
                response=i.response,
                done_on=i.done_on,
                done_by=i.done_by,
                push_factors=i.push_factors,
                pull_factors=i.pull_factors,
                places=i.places,
                people=i.people,
                no_interview_reason=i.no_interview_reason,
                notes=i.notes,
                recorded_by=user(i.recorded_by),
            ),
        ),
        (
            MissingProfile,
            a.missing_profiles,
            lambda p: MissingProfile(
                id=p.id,
                child_id=p.child,
                description=p.description,
                associates=p.associates,
                places=p.places,
                phones_and_social_media=p.phones_and_social_media,
                medical_needs=p.medical_needs,
                vulnerabilities=p.vulnerabilities,
                updated_at=p.updated_at,
                updated_by=user(p.updated_by),
            ),
        ),
    ]


def _risk_steps(
    a: Authority, users: dict[str, User]
) -> list[tuple[type[Any], Sequence[Any], Callable[[Any], Any]]]:
    """Screenings with their grades, risk plans and their actions, strategy discussions with who took part. The
    derived fields the services fill (level, reasons, referral, dissent recorded) come worked out in the specs."""

    def user(name: str) -> User | None:
        return users[name] if name else None

    return [
        (
            Screening,
            a.screenings,
            lambda s: Screening(
                id=s.id,
                child_id=s.child,
                screened_on=s.screened_on,
                review_on=s.review_on,
                indicated_level=s.indicated_level,
                judged_level=s.judged_level,
                judgement_reason=s.judgement_reason,
                level=s.level,
                level_reasons=s.level_reasons,
                referral_required=s.referral_required,
                analysis=s.analysis,
                screened_by=user(s.screened_by),
                recorded_at=s.recorded_at,
            ),
        ),
        (
            ScreeningGrade,
            a.screening_grades,
            lambda g: ScreeningGrade(
                id=g.id,
                screening_id=g.screening,
                indicator=g.indicator,
                label=g.label,
                group=g.group,
                position=g.position,
                grade=g.grade,
                evidence=g.evidence,
            ),
        ),
        (
            RiskPlan,
            a.risk_plans,
            lambda p: RiskPlan(
                id=p.id,
                child_id=p.child,
                agreed_on=p.agreed_on,
                review_on=p.review_on,
                concerns=p.concerns,
                child_view=p.child_view,
                recorded_by=user(p.recorded_by),
            ),
        ),
        (
            RiskPlanAction,
            a.risk_actions,
            lambda x: RiskPlanAction(
                id=x.id,
                child_id=x.child,
                action=x.action,
                owner=user(x.owner),
                owner_name=x.owner_name,
                owner_agency=x.owner_agency,
                due_on=x.due_on,
                done_on=x.done_on,
                notes=x.notes,
                created_at=x.created_at,
                recorded_by=user(x.recorded_by),
            ),
        ),
        (
            StrategyDiscussion,
            a.discussions,
            lambda d: StrategyDiscussion(
                id=d.id,
                child_id=d.child,
                kind=d.kind,
                held_on=d.held_on,
                reason=d.reason,
                decisions=d.decisions,
                outcome=d.outcome,
                review_on=d.review_on,
                dissent_recorded=d.dissent_recorded,
                escalation_requested=d.escalation_requested,
                escalation_requested_by=user(d.escalation_requested_by),
                escalation_requested_at=d.escalation_requested_at,
                recorded_by=user(d.recorded_by),
            ),
        ),
        (
            DiscussionParticipant,
            a.participants,
            lambda p: DiscussionParticipant(
                id=p.id,
                discussion_id=p.discussion,
                name=p.name,
                agency=p.agency,
                role=p.role,
                dissent=p.dissent,
                position=p.position,
            ),
        ),
    ]


def write_authority(authority: Authority, *, progress: bool = False, history: bool = True) -> dict[str, int]:
    """Insert everything in one transaction and record the seeding in the audit log. Returns counts by kind."""
    a = authority
    disable = not progress or not sys.stderr.isatty()
    with transaction.atomic(), tqdm(total=a.row_count(), unit="row", file=sys.stderr, disable=disable) as bar:
        agencies = {
            s.key: Agency.objects.get_or_create(name=s.name, defaults={"kind": s.kind})[0] for s in a.agencies
        }
        bar.update(len(a.agencies))
        users = _users(a, agencies, bar)
        person_fields = [f.name for f in dataclasses.fields(PersonSpec)]
        people = [Person(**{f: getattr(p, f) for f in person_fields}) for p in a.people]
        by_id = {p.id: p for p in people}
        steps: list[tuple[type[Any], Callable[[], list[Any]]]] = [
            (Person, lambda: people),
            (
                PersonName,
                lambda: [
                    PersonName(id=n.id, person=by_id[n.person], kind=n.kind, name=n.name) for n in a.names
                ],
            ),
            (
                Child,
                lambda: [
                    Child(
                        person=by_id[c.person],
                        local_id=c.local_id,
                        upn=c.upn,
                        upn_unknown=c.upn_unknown,
                        legal_status=c.legal_status,
                        legal_status_since=c.legal_status_since,
                        looked_after_since=c.looked_after_since,
                        uasc=by_id[c.person].notes.startswith(UASC_NOTE),
                        uasc_ceased_on=(
                            ceased_at_eighteen(by_id[c.person].date_of_birth, a.as_of)
                            if by_id[c.person].notes.startswith(UASC_NOTE)
                            else None
                        ),
                    )
                    for c in a.children
                ],
            ),
            (
                Relationship,
                lambda: [
                    Relationship(
                        id=r.id,
                        person_a=by_id[r.person_a],
                        person_b=by_id[r.person_b],
                        kind=r.kind,
                        parental_responsibility=r.parental_responsibility,
                        description=r.description,
                        start_date=r.start_date,
                        end_date=r.end_date,
                        quality=r.quality,
                        partnership_end=r.partnership_end,
                    )
                    for r in a.relationships
                ],
            ),
            (
                Allocation,
                lambda: [
                    Allocation(
                        id=x.id,
                        child_id=x.child,
                        worker=users[x.worker],
                        role=x.role,
                        start_date=x.start_date,
                        end_date=x.end_date,
                        end_reason=x.end_reason,
                    )
                    for x in a.allocations
                ],
            ),
            (
                AccessGrant,
                lambda: [
                    AccessGrant(
                        id=g.id,
                        child_id=g.child,
                        user=users[g.user],
                        reason=g.reason,
                        granted_by=users[g.granted_by] if g.granted_by else None,
                        starts_at=g.starts_at,
                        expires_at=g.expires_at,
                        revoked_at=g.revoked_at,
                    )
                    for g in a.grants
                ],
            ),
            (
                CaseNote,
                lambda: [
                    CaseNote(
                        id=n.id,
                        child_id=n.child,
                        author=users[n.author],
                        occurred_on=n.occurred_on,
                        subject=n.subject,
                        body=n.body,
                        significant=n.significant,
                    )
                    for n in a.case_notes
                ],
            ),
            (
                HistorySection,
                lambda: [
                    HistorySection(
                        child_id=h.child,
                        kind=h.kind,
                        text=h.text,
                        reviewed_on=h.reviewed_on,
                        reviewed_by=users[h.reviewed_by],
                    )
                    for h in a.history
                ],
            ),
            (
                WishesAndFeelings,
                lambda: [
                    WishesAndFeelings(
                        id=w.id,
                        child_id=w.child,
                        said_on=w.said_on,
                        words=w.words,
                        context=w.context,
                        heard_by=users[w.heard_by],
                    )
                    for w in a.wishes
                ],
            ),
        ]
        counts = {"agencies": len(a.agencies), "teams": len(a.teams), "users": len(a.users)}
        for model, make in steps:
            objs = make()
            _insert(model, objs, bar, history=history)
            counts[LABELS[model]] = len(objs)
        for model, specs, convert in [
            *register_steps(a),
            *_care_steps(a, users),
            *permanence_steps(a),
            *_missing_steps(a, users),
            *_risk_steps(a, users),
            *network_steps(a, users),
            *education_steps(a, users),
            *youth_justice_steps(a),  # OC2: substance misuse and youth justice outcomes
            *care_leaver_steps(a, users),  # OC3: care leavers' birthdays
        ]:
            _insert_specs(model, specs, convert, bar, history=history)
            counts[LABELS[model]] = len(specs)
        bar.set_description("Deriving chronology entries")
        counts["chronology entries"] = rebuild()
        bar.set_description("Writing transfer summaries")
        counts["transfer summaries"] = _recent_transfer_summaries(a)
        audit_record(
            actor=None,
            action=AuditAction.CREATE,
            object_type="seed",
            reason=(
                f"Synthetic authority: lantern seed --children {a.children_wanted} --years {a.years} "
                f"--seed {a.seed} --as-of {a.as_of.isoformat()}"
            ),
            diff={"counts": counts},
        )
    return counts
