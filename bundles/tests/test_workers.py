"""Workers are matched by username and agency; an unknown worker becomes an inactive account that cannot sign in."""

from __future__ import annotations

from typing import Any

import pytest

from accounts.models import Agency, Team, User
from accounts.tests.factories import UserFactory
from bundles.importer import bundle_import_report


@pytest.mark.django_db
def test_unknown_worker_is_created_inactive_in_a_team_found_or_created_by_name(
    bundle: dict[str, Any],
) -> None:
    bundle["allocations"][0]["worker"].update({"team": "Leaving Care", "agency": "Far Borough Council"})

    report = bundle_import_report(data=bundle)

    user = User.objects.get(username="newworker")
    assert not user.is_active and not user.has_usable_password()
    assert (user.first_name, user.last_name, user.role) == ("Nia", "New", "social_worker")
    assert user.team == Team.objects.get(name="Leaving Care", agency__name="Far Borough Council")
    assert user.agency == Agency.objects.get(name="Far Borough Council")
    assert report.created_users == ["newworker"]
    assert report.created_agencies == ["Far Borough Council"]
    assert report.created_teams == ["Leaving Care (Far Borough Council)"]


@pytest.mark.django_db
def test_existing_worker_of_the_same_agency_is_used_as_is(bundle: dict[str, Any]) -> None:
    existing: Any = UserFactory(username="newworker", first_name="Already", last_name="Here")
    bundle["allocations"][0]["worker"]["agency"] = existing.agency.name

    report = bundle_import_report(data=bundle)

    assert report.created_users == []
    assert report.child.allocations.get().worker == existing
    assert User.objects.get(username="newworker").first_name == "Already"


@pytest.mark.django_db
def test_a_username_from_another_agency_is_refused_not_matched(bundle: dict[str, Any]) -> None:
    from bundles.validation import BundleError
    from people.models import Child

    UserFactory(
        username="newworker", agency=Agency.objects.create(name="Elsewhere Council", kind="local_authority")
    )
    bundle["allocations"][0]["worker"]["agency"] = "Far Borough Council"

    with pytest.raises(BundleError) as refused:
        bundle_import_report(data=bundle)

    assert "belongs to Elsewhere Council" in str(refused.value)
    assert not Child.objects.exists()


@pytest.mark.django_db
def test_a_partner_cannot_be_allocated_through_a_bundle(bundle: dict[str, Any]) -> None:
    from bundles.validation import BundleError

    bundle["allocations"][0]["worker"]["role"] = "police"
    with pytest.raises(BundleError) as refused:
        bundle_import_report(data=bundle)
    assert "only social workers, managers and IROs can be allocated" in str(refused.value)
