"""risk_alerts: a high level on the latest screening alerts the allocated worker, her manager, the coordinator and
the police officer with a grant (and nobody else: not the carer, not the unrelated worker); an overdue action
alerts its owner (or the worker) and the manager; a screening past its review date alerts the worker, the manager
and the coordinator. Only what was known on the day counts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone
from django.utils.dateformat import format as date_format

from access.tests.factories import AccessGrantFactory
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from alerts.models import AlertKind
from risk.alerting import risk_alerts
from risk.models import Level
from risk.tests.factories import RiskPlanActionFactory, ScreeningFactory, StrategyDiscussionFactory


def ago(days: int) -> datetime.date:
    """A day relative to today: the personas' grants run from yesterday for 30 days."""
    return timezone.localdate() - datetime.timedelta(days=days)


def _text(day: datetime.date) -> str:
    return date_format(day, "j M Y")


def _at(day: datetime.date, hour: int = 12) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _by_kind(today: datetime.date) -> dict[str, dict[int, Any]]:
    found: dict[str, dict[int, Any]] = {}
    for want in risk_alerts(today):
        found.setdefault(want.kind, {})[want.recipient_id] = want
    return found


def _overdue(today: datetime.date) -> set[tuple[str, int]]:
    return {
        (w.key.split(":")[1], w.recipient_id)
        for w in risk_alerts(today)
        if w.kind == AlertKind.RISK_ACTION_OVERDUE
    }


@pytest.mark.django_db
def test_a_high_level_alerts_the_worker_manager_coordinator_and_police(personas: Any) -> None:
    p = personas
    screening: Any = ScreeningFactory(
        child=p.child, screened_on=ago(3), level=Level.HIGH, referral_required=True
    )
    alerts = _by_kind(ago(0))
    high = alerts[AlertKind.RISK_HIGH]
    assert set(high) == {p.wendy.pk, p.mia.pk, p.cora.pk, p.pat.pk}
    assert not {p.uma.pk, p.carl.pk, p.max.pk, p.rita.pk} & set(high)
    want = high[p.pat.pk]
    assert want.key == f"{AlertKind.RISK_HIGH}:{screening.pk}:{p.pat.pk}"
    assert want.child_id == p.child.pk and want.rule == "M8"
    assert want.title == (
        f"Robin Fictional: the exploitation screening of {_text(ago(3))} found high risk (aged 13 or under: a "
        "referral is needed). Arrange a strategy discussion or network meeting"
    )
    assert want.link == f"/children/{p.child.pk}/risk/screenings/{screening.pk}/"
    assert want.action_by.startswith("Allocated social worker (Wendy Worker)")
    assert AlertKind.SCREENING_REVIEW_DUE not in alerts

    StrategyDiscussionFactory(child=p.child, held_on=ago(4))  # before the screening: it does not count
    assert _by_kind(ago(0))[AlertKind.RISK_HIGH][p.wendy.pk].title == want.title
    StrategyDiscussionFactory(child=p.child, held_on=ago(1))
    again = _by_kind(ago(0))[AlertKind.RISK_HIGH][p.wendy.pk]
    assert again.key == high[p.wendy.pk].key  # the same alert, reworded
    assert again.title.endswith(
        f"A strategy discussion was held on {_text(ago(1))}; keep the risk plan under review"
    )
    assert _by_kind(ago(2))[AlertKind.RISK_HIGH][p.wendy.pk].title == want.title  # replayed: not yet held


@pytest.mark.django_db
def test_only_the_latest_screening_known_on_the_day_counts(personas: Any) -> None:
    ScreeningFactory(child=personas.child, screened_on=ago(20), level=Level.HIGH)
    ScreeningFactory(child=personas.child, screened_on=ago(1), level=Level.LOW)
    assert AlertKind.RISK_HIGH not in _by_kind(ago(0))
    assert AlertKind.RISK_HIGH in _by_kind(ago(2))  # replaying a day before the newer screening
    assert _by_kind(ago(21)) == {}


@pytest.mark.django_db
def test_grants_in_force_on_the_day_and_roles_decide_the_partners(personas: Any) -> None:
    ScreeningFactory(child=personas.child, screened_on=ago(15), level=Level.HIGH)
    expired: Any = UserFactory(role=Role.POLICE)
    AccessGrantFactory(child=personas.child, user=expired, starts_at=_at(ago(40)), expires_at=_at(ago(10)))
    revoked: Any = UserFactory(role=Role.MISSING_COORDINATOR)
    AccessGrantFactory(child=personas.child, user=revoked, revoked_at=_at(ago(1)))
    inactive: Any = UserFactory(role=Role.POLICE, is_active=False)
    AccessGrantFactory(child=personas.child, user=inactive)
    recipients = set(_by_kind(ago(0))[AlertKind.RISK_HIGH])
    assert {personas.pat.pk, personas.cora.pk} <= recipients
    assert not {expired.pk, revoked.pk, inactive.pk} & recipients
    assert expired.pk in set(_by_kind(ago(11))[AlertKind.RISK_HIGH]) - {
        personas.pat.pk
    }  # then, it was in force


@pytest.mark.django_db
def test_an_overdue_action_alerts_its_owner_and_the_manager(personas: Any) -> None:
    p = personas
    owned: Any = RiskPlanActionFactory(
        child=p.child, owner=p.pat, owner_name="", due_on=ago(1), created_at=_at(ago(9))
    )
    named: Any = RiskPlanActionFactory(child=p.child, due_on=ago(2), created_at=_at(ago(9)))
    RiskPlanActionFactory(child=p.child, due_on=ago(0), created_at=_at(ago(9)))  # due today: not yet overdue
    RiskPlanActionFactory(child=p.child, due_on=ago(8), done_on=ago(3), created_at=_at(ago(9)))
    stranger: Any = RiskPlanActionFactory(
        child=p.child, owner=p.uma, owner_name="", due_on=ago(8), created_at=_at(ago(9))
    )
    assert _overdue(ago(0)) == {
        (str(owned.pk), p.pat.pk),
        (str(owned.pk), p.mia.pk),
        (str(named.pk), p.wendy.pk),  # named, without an account: the allocated worker
        (str(named.pk), p.mia.pk),
        (str(stranger.pk), p.wendy.pk),  # an owner who may not see the child is not told of it
        (str(stranger.pk), p.mia.pk),
    }
    alerts = [w for w in risk_alerts(ago(0)) if w.kind == AlertKind.RISK_ACTION_OVERDUE]
    to_pat = next(w for w in alerts if w.recipient_id == p.pat.pk)
    assert to_pat.title.startswith(f"Robin Fictional: a risk plan action was due by {_text(ago(1))}")
    assert to_pat.action_by == "Pat Police" and to_pat.link.endswith(f"/risk/plan/#action-{owned.pk}")
    assert to_pat.key == f"{AlertKind.RISK_ACTION_OVERDUE}:{owned.pk}:{p.pat.pk}"
    assert next(w for w in alerts if str(named.pk) in w.key).action_by == "Sam Carer (Foster carer)"
    assert not {p.carl.pk, p.uma.pk, p.max.pk} & {w.recipient_id for w in alerts}


@pytest.mark.django_db
def test_an_action_done_or_written_after_the_day_is_judged_as_it_was(personas: Any) -> None:
    done_later: Any = RiskPlanActionFactory(
        child=personas.child, due_on=ago(10), done_on=ago(5), created_at=_at(ago(20))
    )
    RiskPlanActionFactory(child=personas.child, due_on=ago(10), created_at=timezone.now())  # written just now
    assert {key for key, _ in _overdue(ago(7))} == {str(done_later.pk)}  # the other was not yet written
    assert not _overdue(ago(4))
    assert len({key for key, _ in _overdue(ago(-1))}) == 1


@pytest.mark.django_db
def test_a_screening_past_its_review_date_alerts_until_a_newer_one(personas: Any) -> None:
    p = personas
    old: Any = ScreeningFactory(child=p.child, screened_on=ago(100), review_on=ago(10))
    due = _by_kind(ago(0))[AlertKind.SCREENING_REVIEW_DUE]
    assert set(due) == {p.wendy.pk, p.mia.pk, p.cora.pk}
    assert due[p.wendy.pk].key == f"{AlertKind.SCREENING_REVIEW_DUE}:{old.pk}:{p.wendy.pk}"
    assert f"was due for review by {_text(ago(10))}" in due[p.wendy.pk].title
    assert AlertKind.SCREENING_REVIEW_DUE not in _by_kind(ago(10))  # due on the day itself
    ScreeningFactory(child=p.child, screened_on=ago(5), review_on=ago(-85))
    assert AlertKind.SCREENING_REVIEW_DUE not in _by_kind(ago(0))
