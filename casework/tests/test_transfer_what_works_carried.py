"""What works for the child is carried from one transfer summary to the next: a second change of worker starts
from what the last outgoing worker signed off, and the page says where it came from."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.tests.factories import UserFactory
from casework import services
from casework.models import AllocationRole, TransferSummary


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _reallocate(personas: Any, username: str, first_name: str) -> tuple[Any, TransferSummary]:
    worker = UserFactory(
        username=username,
        first_name=first_name,
        last_name="Worker",
        agency=personas.wendy.agency,
        team=personas.wendy.team,
    )
    allocation = services.allocation_create(
        actor=personas.mia,
        child=personas.child,
        worker=worker,
        role=AllocationRole.SOCIAL_WORKER,
        start_date=timezone.localdate(),
    )
    return worker, TransferSummary.objects.get(allocation=allocation)


@pytest.mark.django_db
def test_a_second_reallocation_carries_what_works_forward(personas: Any) -> None:
    nia, first = _reallocate(personas, "nia", "Nia")
    assert first.what_works == ""  # nothing signed off yet says what works
    url = f"/children/{personas.child.pk}/transfers/{first.pk}/"
    response = _client(personas.wendy).post(
        url,
        {
            "action": "sign_off",
            "not_in_record": "",
            "what_works": "Meet after school, walk and talk; never in front of the carers",
            "version": first.version,
        },
    )
    assert response.status_code == 302

    oli, second = _reallocate(personas, "oli", "Oli")
    assert (second.outgoing, second.incoming) == (nia, oli)
    assert second.what_works == "Meet after school, walk and talk; never in front of the carers"

    changed = f"{first.changed_on:%-d %b %Y}"
    page = _client(nia).get(f"/children/{personas.child.pk}/transfers/{second.pk}/").content.decode()
    assert "Meet after school, walk and talk" in page  # in the form the outgoing worker signs off
    assert (
        f"is carried forward from the transfer summary of {changed}, when Wendy Worker handed over: keep it, "
        "change it or clear it before you sign off." in page
    )
    read_only = _client(personas.mia).get(f"/children/{personas.child.pk}/transfers/{second.pk}/")
    assert f"carried forward from the transfer summary of {changed}" in read_only.content.decode()


@pytest.mark.django_db
def test_a_summary_not_signed_off_carries_nothing(personas: Any) -> None:
    _, first = _reallocate(personas, "nia", "Nia")
    TransferSummary.objects.filter(pk=first.pk).update(what_works="Draft, never signed off")
    _, second = _reallocate(personas, "oli", "Oli")
    assert second.what_works == ""
    assert "what_works_from" not in second.content
