"""Reads of a child's risk records, for the pages (the child is already loaded through access.guards, which applies
the access rule and audits the view) and for the risk banner of the child's page (risk_summary_of)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.dateformat import format as date_format

from access.guards import ROLE_ONLY, Need
from access.models import AccessGrant
from casework.selectors import current_allocations
from risk.models import Level, RiskPlan, RiskPlanAction, Screening, StrategyDiscussion


def _day(day: date) -> str:
    return date_format(day, "j M Y")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The first moment of the day and of the next, in the authority's time zone."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def grants_on(day: date) -> QuerySet[AccessGrant]:
    """Grants in force at some time on the day and not revoked by its end, held by active users."""
    start, end = day_bounds(day)
    return AccessGrant.objects.filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gte=end),
        starts_at__lt=end,
        expires_at__gt=start,
        user__is_active=True,
    )


def screenings_of(child: Any) -> QuerySet[Screening]:
    return Screening.objects.filter(child=child).select_related("screened_by")


def screening_of(child: Any, screening_id: Any) -> Screening | None:
    return screenings_of(child).filter(pk=screening_id).prefetch_related("grades").first()


def latest_screening(child: Any, *, on: date | None = None) -> Screening | None:
    """The child's latest screening made on or before the day (today unless given)."""
    day = on or timezone.localdate()
    return screenings_of(child).filter(screened_on__lte=day).order_by("-screened_on", "-recorded_at").first()


def plan_of(child: Any) -> RiskPlan | None:
    return RiskPlan.objects.filter(child=child).select_related("recorded_by").first()


def actions_of(child: Any) -> QuerySet[RiskPlanAction]:
    """Open actions first, by due date; then those done."""
    return (
        RiskPlanAction.objects.filter(child=child)
        .select_related("owner")
        .order_by(F("done_on").asc(nulls_first=True), "due_on", "created_at")
    )


def roles_without_risk_pages() -> list[str]:
    """Roles that see only some of a child's record whatever their basis (access.guards.ROLE_ONLY), without the
    risk pages: they own no risk plan action and get no risk alert."""
    return [role for role, needs in ROLE_ONLY.items() if Need.VIEW not in needs]


def discussions_of(child: Any) -> QuerySet[StrategyDiscussion]:
    return StrategyDiscussion.objects.filter(child=child).prefetch_related("participants")


def network_users(child: Any, *, on: date | None = None) -> QuerySet[Any]:
    """The Lantern users in the child's network on the day, who may own a risk plan action: the workers allocated
    to the child, their team managers, and the partners holding a grant for the child."""
    day = on or timezone.localdate()
    allocated = current_allocations(day).filter(child=child)
    return (
        get_user_model()
        .objects.filter(
            Q(pk__in=allocated.values("worker"))
            | Q(pk__in=allocated.filter(worker__team__manager__isnull=False).values("worker__team__manager"))
            | Q(pk__in=grants_on(day).filter(child=child).values("user")),
            is_active=True,
        )
        .exclude(role__in=roles_without_risk_pages())
        .select_related("agency")
        .order_by("first_name", "last_name", "username")
    )


@dataclass(frozen=True)
class RiskSummary:
    """What the child's page shows of the child's exploitation risk."""

    level: str | None  # of the latest screening; None when there is none
    level_label: str
    screened_on: date | None
    review_on: date | None
    review_overdue: bool
    referral_required: bool
    open_actions: int
    overdue_actions: int
    screening_id: UUID | None

    @property
    def high(self) -> bool:
        return self.level == Level.HIGH


def risk_summary_of(child: Any, *, today: date | None = None) -> RiskSummary | None:
    """The latest screening's level, date and review date, and the open and overdue actions of the risk plan;
    None when the child has neither a screening nor an open action."""
    day = today or timezone.localdate()
    screening = latest_screening(child, on=day)
    open_actions = RiskPlanAction.objects.filter(child=child).filter(
        Q(done_on__isnull=True) | Q(done_on__gt=day)
    )
    open_count = open_actions.count()
    if screening is None and not open_count:
        return None
    return RiskSummary(
        level=screening.level if screening else None,
        level_label=screening.get_level_display() if screening else "Not screened",
        screened_on=screening.screened_on if screening else None,
        review_on=screening.review_on if screening else None,
        review_overdue=bool(screening and screening.review_on < day),
        referral_required=bool(screening and screening.referral_required),
        open_actions=open_count,
        overdue_actions=open_actions.filter(due_on__lt=day).count() if open_count else 0,
        screening_id=screening.pk if screening else None,
    )


def indicator_facts(child: Any, *, on: date | None = None) -> dict[str, str]:
    """What Lantern already knows that bears on an indicator, shown beside it on the screening form: the child's
    missing episodes in the last 12 months (learning point 10: the pattern of going missing was not seen)."""
    from missing.models import MissingEpisode

    day = on or timezone.localdate()
    start, _ = day_bounds(day - timedelta(days=365))
    _, end = day_bounds(day)
    count = MissingEpisode.objects.filter(child=child, started_at__gte=start, started_at__lt=end).count()
    episodes = f"{count} missing episode{'' if count == 1 else 's'}"
    return {"missing": f"Lantern has {episodes} for the child in the last 12 months"}


@dataclass(frozen=True)
class ActionStatus:
    text: str
    tag: str  # the GOV.UK tag colour
    overdue: bool


def action_status(action: RiskPlanAction, *, today: date | None = None) -> ActionStatus:
    day = today or timezone.localdate()
    if action.done_on is not None and action.done_on <= day:
        return ActionStatus(f"Done on {_day(action.done_on)}", "green", False)
    if action.due_on < day:
        return ActionStatus(f"Overdue: due by {_day(action.due_on)}", "red", True)
    return ActionStatus(f"Due by {_day(action.due_on)}", "blue", False)
