"""A foster carer with a grant reports a missing episode from their own view, and records the return later; the
episode makes its chronology entry, and the coordinator and the return interview service are given grants."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from access.models import AccessGrant
from chronology.models import ChronologyEntry
from missing.models import MissingEpisode
from missing.tests.helpers import client_for, hours_ago


def _local(moment: Any) -> str:
    return f"{timezone.localtime(moment):%d/%m/%Y %H:%M}"


@pytest.mark.django_db
def test_the_carer_reports_an_episode_then_records_the_return(personas: Any) -> None:
    carl = client_for(personas.carl)
    base = f"/children/{personas.child.pk}/missing/"
    page = carl.get(base).content.decode()
    assert "Report a missing episode" in page
    assert "Delete" not in page  # only the responsible workers delete
    started = hours_ago(20)
    response = carl.post(
        base + "new/",
        {"kind": "M", "started_at": _local(started), "reported_by": "Carl Carer, foster carer"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    episode = MissingEpisode.objects.filter(child=personas.child, ended_at__isnull=True).get()
    assert episode.recorded_by == personas.carl
    assert (
        personas.child.person.forename
        in client_for(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    )
    assert (
        "is missing now" in client_for(personas.wendy).get(f"/children/{personas.child.pk}/").content.decode()
    )
    entry = ChronologyEntry.objects.get(source_id=str(episode.pk))
    assert "not yet back" in entry.what_happened

    back = hours_ago(2)
    response = carl.post(
        f"{base}{episode.pk}/edit/",
        {
            "version": episode.version,
            "kind": "M",
            "started_at": _local(started),
            "ended_at": _local(back),
            "reported_by": "Carl Carer, foster carer",
            "found_where": "Northgate retail park car park",
            "found_with": "Big J",
        },
    )
    assert response.status_code == 302
    episode.refresh_from_db()
    assert episode.ended_at is not None
    entry.refresh_from_db()
    assert "back after 18 hours" in entry.what_happened and "Northgate retail park" in entry.what_happened
    # The return interview service now has the grant it needs to offer the interview within 72 hours.
    assert AccessGrant.objects.filter(child=personas.child, user__role="return_interviewer").count() >= 1
    page = carl.get(base).content.decode()
    assert "To be offered within" in page


@pytest.mark.django_db
def test_a_coordinator_with_no_grant_gets_one_when_an_episode_is_recorded(personas: Any) -> None:
    from accounts.roles import Role
    from accounts.tests.factories import UserFactory

    newcomer: Any = UserFactory(username="nico", role=Role.MISSING_COORDINATOR, agency=personas.cora.agency)
    client_for(personas.carl).post(
        f"/children/{personas.child.pk}/missing/new/",
        {"kind": "A", "started_at": _local(hours_ago(5)), "reported_by": "Carl Carer"},
    )
    grant = AccessGrant.objects.get(child=personas.child, user=newcomer)
    assert grant.granted_by == personas.carl and "coordinator follows up" in grant.reason
    assert client_for(newcomer).get(f"/children/{personas.child.pk}/").status_code == 200
