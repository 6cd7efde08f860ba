from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from access.models import AccessGrant
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_worker_grants_a_nurse_time_limited_access_and_ends_it(personas: Any) -> None:
    nurse: Any = UserFactory(username="nina", first_name="Nina", last_name="Nurse", role=Role.HEALTH)
    wendy = _signed_in(personas.wendy)
    ends = (timezone.localdate() + datetime.timedelta(days=30)).strftime("%d/%m/%Y")
    response = wendy.post(
        f"/children/{personas.child.pk}/access/",
        {
            "user": nurse.pk,
            "scope": "view",
            "reason": "Review health assessment due",
            "expires_on": ends,
        },
    )
    assert response.status_code == 302
    assert _signed_in(nurse).get(f"/children/{personas.child.pk}/").status_code == 200
    assert AuditEvent.objects.filter(action="grant", child_id=personas.child.pk).exists()
    grant = AccessGrant.objects.get(user=nurse)
    wendy.post(f"/children/{personas.child.pk}/access/{grant.pk}/end/")
    assert _signed_in(nurse).get(f"/children/{personas.child.pk}/").status_code == 404


@pytest.mark.django_db
def test_grant_ending_in_the_past_or_too_far_ahead_is_refused(personas: Any) -> None:
    wendy = _signed_in(personas.wendy)
    for ends, message in (("1/1/2020", b"Access must end after today"), ("1/1/2099", b"at most a year")):
        response = wendy.post(
            f"/children/{personas.child.pk}/access/",
            {
                "user": personas.uma.pk,
                "scope": "view",
                "reason": "Covering a colleague",
                "expires_on": ends,
            },
        )
        assert message in response.content
    assert not AccessGrant.objects.filter(user=personas.uma).exists()


@pytest.mark.django_db
def test_grants_are_for_partners_only_and_never_to_oneself(personas: Any) -> None:
    from django.core.exceptions import ValidationError

    from access.services import grant_create

    ends = timezone.now() + datetime.timedelta(days=30)
    for user in (personas.wendy, personas.uma):
        with pytest.raises(ValidationError):
            grant_create(
                actor=personas.wendy, child=personas.child, user=user, reason="Cover", expires_at=ends
            )
    page = _signed_in(personas.wendy).get(f"/children/{personas.child.pk}/access/").content.decode()
    assert "Pat Police" in page and "Uma Unrelated (Social worker" not in page
