from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from access.models import BreakGlass
from audit.models import AuditEvent


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_break_glass_needs_a_reason_and_opens_the_record_read_only(personas: Any) -> None:
    uma = _signed_in(personas.uma)
    refused = uma.post("/break-glass/", {"local_id": "900001", "reason": "need"})
    assert refused.status_code == 200 and b"There is a problem" in refused.content
    assert not BreakGlass.objects.exists()

    opened = uma.post("/break-glass/", {"local_id": "900001", "reason": "Police called about Robin at 02:00"})
    assert opened.status_code == 302 and opened["Location"] == f"/children/{personas.child.pk}/"
    page = uma.get(opened["Location"])
    assert b"You are using break-glass access" in page.content
    assert uma.get(f"/children/{personas.child.pk}/edit/").status_code == 404
    assert AuditEvent.objects.filter(
        child_id=personas.child.pk, action="break_glass", actor=personas.uma
    ).exists()


@pytest.mark.django_db
def test_the_childs_manager_reviews_a_break_glass_use(personas: Any) -> None:
    _signed_in(personas.uma).post(
        "/break-glass/", {"local_id": "900001", "reason": "Police called about Robin"}
    )
    use = BreakGlass.objects.get()
    mia = _signed_in(personas.mia)
    assert b"Police called about Robin" in mia.get("/break-glass/reviews/").content
    done = mia.post(f"/break-glass/{use.pk}/review/", {"outcome": "justified", "note": "Out-of-hours call"})
    assert done.status_code == 302
    use.refresh_from_db()
    assert use.reviewed_by == personas.mia and use.outcome == "justified"
    assert _signed_in(personas.max).get(f"/break-glass/{use.pk}/review/").status_code == 404


@pytest.mark.django_db
def test_unknown_local_id_is_explained(personas: Any) -> None:
    response = _signed_in(personas.uma).post(
        "/break-glass/", {"local_id": "000000", "reason": "Police called tonight"}
    )
    assert b"No child has this local ID" in response.content


@pytest.mark.django_db
def test_a_manager_who_broke_glass_cannot_review_anothers_use(personas: Any) -> None:
    for who in ("max", "uma"):
        _signed_in(getattr(personas, who)).post(
            "/break-glass/", {"local_id": "900001", "reason": "Out-of-hours police call"}
        )
    uma_use = BreakGlass.objects.get(user=personas.uma)
    max_client = _signed_in(personas.max)
    assert b"Uma Unrelated" not in max_client.get("/break-glass/reviews/").content
    assert max_client.get(f"/break-glass/{uma_use.pk}/review/").status_code == 404
    assert b"Uma Unrelated" in _signed_in(personas.mia).get("/break-glass/reviews/").content


@pytest.mark.django_db
def test_a_use_stays_reviewable_after_the_allocation_ends(personas: Any) -> None:
    import datetime

    from django.utils import timezone

    _signed_in(personas.uma).post(
        "/break-glass/", {"local_id": "900001", "reason": "Out-of-hours police call"}
    )
    BreakGlass.objects.update(started_at=timezone.now() - datetime.timedelta(days=3))
    personas.allocation.end_date = timezone.localdate() - datetime.timedelta(
        days=1
    )  # Wendy's allocation ended
    personas.allocation.save()
    assert b"Uma Unrelated" in _signed_in(personas.mia).get("/break-glass/reviews/").content


@pytest.mark.django_db
def test_waiting_reviews_show_on_the_managers_team_page(personas: Any) -> None:
    assert b"waiting for your review" not in _signed_in(personas.mia).get("/team/").content
    _signed_in(personas.uma).post(
        "/break-glass/", {"local_id": "900001", "reason": "Out-of-hours police call"}
    )
    assert b"1 break-glass use waiting for your review" in _signed_in(personas.mia).get("/team/").content
