"""Records as Lantern held them at the end of a past day, for replaying the alerts that stood then (`lantern alerts
--as-of`): what a worker would have seen that day, no later.

Every model read here keeps its history (django-simple-history). For a past day, a record that Lantern held by the
end of that day is read from its history as it stood then, so that a later change (a reason for no interview
recorded the week after, an episode deleted, a screening edited) does not leak into the replay. A record with no
history by then (written later, or written in bulk by the seed or a bundle import, which keep no history until the
record is first changed in Lantern) is read as it stands now, or as it was when deleted: whether it counts on the
day is for the caller's own filter on its dates (when the episode was reported, the action created, the screening
made), or, for a record with no such date, `held_only` leaves out what was first written in Lantern after the day.
Today is read from the records themselves."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Model
from django.utils import timezone


def end_of(day: date) -> datetime:
    """The end of `day`, or now when `day` is today: what had been recorded by then counts."""
    end = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
    return min(end, timezone.now())


def is_past(day: date) -> bool:
    return day < timezone.localdate()


def rows_on(
    model: type[Model], day: date, fields: Sequence[str], *, held_only: bool = False, **filters: Any
) -> list[dict[str, Any]]:
    """The rows of `model` matching `filters` as recorded at the end of `day`, each a dict of `fields`."""
    live = model._default_manager.filter(**filters)
    if not is_past(day):
        return list(live.values(*fields))
    at = end_of(day)
    history = model.history  # type: ignore[attr-defined]
    versioned_by_then = history.filter(history_date__lte=at).values("id")
    as_of = history.as_of(at).filter(**filters).values(*fields)
    unversioned = live.exclude(pk__in=versioned_by_then)
    deleted_later = history.filter(history_type="-", history_date__gt=at, **filters).exclude(
        id__in=versioned_by_then
    )
    if held_only:
        written_in_lantern = history.filter(history_type="+").values("id")
        unversioned = unversioned.exclude(pk__in=written_in_lantern)
        deleted_later = deleted_later.exclude(id__in=written_in_lantern)
    return [*as_of, *unversioned.values(*fields), *deleted_later.values(*fields)]
