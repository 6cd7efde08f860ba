"""Building a child's network: a partner added with access to the child's record (an audited grant kept on the
member), a social worker refused a grant with a clear message, the grant revoked when the member's involvement
ends, and the members a worker expects to see (the host authority when placed out of the area)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from access.models import AccessGrant
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.actions import AuditAction
from audit.models import AuditEvent
from care.models import Placement
from network import services
from network.forms import default_grant_until
from network.models import AgencyKind, NetworkMember
from network.tests.factories import NetworkMemberFactory, ago


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form(user: Any = None, **more: Any) -> dict[str, Any]:
    data = {
        "agency_kind": AgencyKind.HEALTH,
        "agency": "Example NHS Trust",
        "role": "Looked-after children’s nurse",
        "name": "Nia Nurse",
        "user": user.pk if user is not None else "",
        "from_date": ago(3).strftime("%d/%m/%Y"),
    }
    return data | more


@pytest.mark.django_db
def test_a_partner_added_with_access_can_then_see_the_child(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", first_name="Nia", last_name="Nurse", role=Role.HEALTH)
    child = personas.child
    assert _client(nurse).get(f"/children/{child.pk}/network/").status_code == 404
    until = ago(-60)
    response = _client(personas.wendy).post(
        f"/children/{child.pk}/network/members/new/",
        _form(
            nurse,
            give_access="on",
            grant_until=until.strftime("%d/%m/%Y"),
            grant_reason="Health assessment",
        ),
    )
    assert response.status_code == 302
    member = NetworkMember.objects.get(child=child, name="Nia Nurse")
    assert member.grant is not None and member.grant.user == nurse
    assert timezone.localtime(member.grant.expires_at).date() == until + datetime.timedelta(days=1)
    assert AuditEvent.objects.filter(action=AuditAction.GRANT, object_id=str(member.grant.pk)).exists()
    page = _client(nurse).get(f"/children/{child.pk}/network/")
    assert page.status_code == 200
    assert "Has access" in page.content.decode()


@pytest.mark.django_db
def test_a_social_worker_is_refused_a_grant_with_a_reason(personas: Any) -> None:
    colleague: Any = UserFactory(
        username="sol", first_name="Sol", last_name="Worker", role=Role.SOCIAL_WORKER
    )
    member = NetworkMember(
        child=personas.child,
        agency_kind=AgencyKind.OTHER,
        agency="Example Council",
        role="Social worker",
        name="Sol Worker",
        user=colleague,
        from_date=ago(3),
    )
    with pytest.raises(ValidationError) as refused:
        services.member_save(actor=personas.wendy, member=member, grant_until=ago(-30), grant_reason="Cover")
    assert "Sol Worker is a social worker: social workers, managers and IROs are allocated" in str(
        refused.value
    )
    assert not NetworkMember.objects.filter(name="Sol Worker").exists()
    assert not AccessGrant.objects.filter(user=colleague).exists()


@pytest.mark.django_db
def test_the_account_list_offers_partners_only(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", first_name="Nia", last_name="Nurse", role=Role.HEALTH)
    colleague: Any = UserFactory(
        username="sol", first_name="Sol", last_name="Worker", role=Role.SOCIAL_WORKER
    )
    wendy = _client(personas.wendy)
    form = wendy.get(f"/children/{personas.child.pk}/network/members/new/").content.decode()
    assert f'value="{nurse.pk}"' in form and "Nia Nurse" in form
    assert f'value="{colleague.pk}"' not in form and "Sol Worker" not in form
    response = wendy.post(f"/children/{personas.child.pk}/network/members/new/", _form(colleague))
    assert response.status_code == 200
    assert not NetworkMember.objects.filter(name="Nia Nurse").exists()


@pytest.mark.django_db
def test_access_lasts_at_most_a_year(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/members/new/",
        _form(
            nurse,
            give_access="on",
            grant_until=ago(-367).strftime("%d/%m/%Y"),
            grant_reason="Health assessment",
        ),
    )
    assert response.status_code == 200
    assert "Access can last at most a year; renew it when it ends" in response.content.decode()
    assert not AccessGrant.objects.filter(user=nurse).exists()


@pytest.mark.django_db
def test_a_long_involvement_gets_six_months_of_access(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/members/new/",
        _form(
            nurse,
            to_date=ago(-3650).strftime("%d/%m/%Y"),
            give_access="on",
            grant_reason="Health assessment",
        ),
    )
    assert response.status_code == 302
    grant = NetworkMember.objects.get(name="Nia Nurse").grant
    assert grant is not None
    assert timezone.localtime(grant.expires_at).date() == ago(-183) + datetime.timedelta(days=1)


def _granted(personas: Any, nurse: Any) -> NetworkMember:
    member = NetworkMember(
        child=personas.child,
        agency_kind=AgencyKind.HEALTH,
        agency="Example NHS Trust",
        role="Nurse",
        name="Nia Nurse",
        user=nurse,
        from_date=ago(3),
    )
    return services.member_save(
        actor=personas.wendy, member=member, grant_until=ago(-30), grant_reason="Health assessment"
    )


@pytest.mark.django_db
def test_the_account_cannot_change_while_they_have_access(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    other: Any = UserFactory(username="noa", first_name="Noa", last_name="Nurse", role=Role.HEALTH)
    member = _granted(personas, nurse)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/members/{member.pk}/edit/",
        _form(other, version=str(member.version)),
    )
    assert response.status_code == 200
    assert "end their involvement first" in response.content.decode()
    member.refresh_from_db()
    assert member.user == nurse


@pytest.mark.django_db
def test_ending_involvement_in_the_edit_form_revokes_the_grant(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    member = _granted(personas, nurse)
    child = personas.child
    assert _client(nurse).get(f"/children/{child.pk}/network/").status_code == 200
    response = _client(personas.wendy).post(
        f"/children/{child.pk}/network/members/{member.pk}/edit/",
        _form(nurse, to_date=ago(0).strftime("%d/%m/%Y"), version=str(member.version)),
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.to_date == ago(0)
    assert member.grant is not None and member.grant.revoked_at is not None
    assert _client(nurse).get(f"/children/{child.pk}/network/").status_code == 404


@pytest.mark.django_db
def test_access_needs_a_reason(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/members/new/", _form(nurse, give_access="on")
    )
    assert "Give the reason they need access" in response.content.decode()
    assert not AccessGrant.objects.filter(user=nurse).exists()


def test_access_lasts_until_the_end_of_involvement_or_six_months() -> None:
    today = datetime.date(2026, 3, 1)
    assert default_grant_until(datetime.date(2026, 5, 1), today) == datetime.date(2026, 5, 1)
    assert default_grant_until(None, today) == datetime.date(2026, 8, 31)
    assert default_grant_until(datetime.date(2040, 1, 1), today) == datetime.date(2026, 8, 31)


@pytest.mark.django_db
def test_ending_involvement_revokes_the_grant(personas: Any) -> None:
    nurse: Any = UserFactory(username="nia", role=Role.HEALTH)
    wendy = _client(personas.wendy)
    child = personas.child
    wendy.post(
        f"/children/{child.pk}/network/members/new/",
        _form(nurse, give_access="on", grant_reason="Health assessment"),
    )
    member = NetworkMember.objects.get(child=child, name="Nia Nurse")
    assert _client(nurse).get(f"/children/{child.pk}/network/").status_code == 200
    response = wendy.post(
        f"/children/{child.pk}/network/members/{member.pk}/end/",
        {"to_date": ago(1).strftime("%d/%m/%Y"), "revoke_grant": "on"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.to_date == ago(1)
    assert member.grant is not None and member.grant.revoked_at is not None
    assert _client(nurse).get(f"/children/{child.pk}/network/").status_code == 404
    page = wendy.get(f"/children/{child.pk}/network/").content.decode()
    assert "No longer involved" in page and "Access taken away" in page


@pytest.mark.django_db
def test_involvement_cannot_be_ended_in_the_future(personas: Any) -> None:
    member: Any = NetworkMemberFactory(child=personas.child)
    response = _client(personas.wendy).post(
        f"/children/{personas.child.pk}/network/members/{member.pk}/end/",
        {"to_date": ago(-3).strftime("%d/%m/%Y")},
    )
    assert "Their involvement can be ended today or on a past day" in response.content.decode()
    member.refresh_from_db()
    assert member.to_date is None


@pytest.mark.django_db
def test_the_page_says_who_is_expected_and_missing(personas: Any) -> None:
    child = personas.child
    Placement.objects.filter(child=child).update(in_authority=False)
    wendy = _client(personas.wendy)
    page = wendy.get(f"/children/{child.pk}/network/").content.decode()
    assert "No host authority in the network: Robin is placed out of the authority&#x27;s area" in page
    assert "No carer in the network: Robin lives with Sam and Alex Carer" in page
    assert "No school in the network: Robin is of school age" in page
    NetworkMemberFactory(child=child, agency_kind=AgencyKind.HOST_AUTHORITY, agency="Example Borough")
    NetworkMemberFactory(child=child, agency_kind=AgencyKind.CARER, agency="Sam and Alex Carer")
    NetworkMemberFactory(child=child, agency_kind=AgencyKind.SCHOOL)
    page = wendy.get(f"/children/{child.pk}/network/").content.decode()
    assert "No host authority" not in page and "No carer" not in page and "No school" not in page


@pytest.mark.django_db
def test_current_members_come_before_past_ones(personas: Any) -> None:
    child = personas.child
    NetworkMemberFactory(child=child, name="Ola Former", to_date=ago(30))
    NetworkMemberFactory(child=child, name="Ivy Current")
    page = _client(personas.pat).get(f"/children/{child.pk}/network/").content.decode()
    assert page.index("Ivy Current") < page.index("No longer involved") < page.index("Ola Former")


@pytest.mark.django_db
def test_a_partner_reads_the_network_but_cannot_change_it(personas: Any) -> None:
    pat = _client(personas.pat)
    assert pat.get(f"/children/{personas.child.pk}/network/").status_code == 200
    assert pat.post(f"/children/{personas.child.pk}/network/members/new/", _form()).status_code == 404
    assert not NetworkMember.objects.exists()
