"""Recording an episode grants the child to the coordinator and the return interview service for a time; on an
instance shared by several authorities, LANTERN_MISSING_GRANT_AGENCIES names whose coordinators and interviewers
they are, and nobody else's are granted."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from access.models import AccessGrant
from accounts.models import Agency
from accounts.roles import Role
from accounts.tests.factories import AgencyFactory, UserFactory
from missing.tests.helpers import episode, hours_ago


def _granted(personas: Any) -> set[str]:
    return set(
        AccessGrant.objects.filter(
            child=personas.child, revoked_at__isnull=True, user__username__in=OTHERS
        ).values_list("user__username", flat=True)
    )


OTHERS = {"coord_west", "coord_home", "rif_service", "rif_west"}


def _others() -> None:
    neighbour = AgencyFactory(name="Westmere Council", kind=Agency.Kind.LOCAL_AUTHORITY)
    service = AgencyFactory(name="Safe Return Service", kind=Agency.Kind.COMMISSIONED)
    UserFactory(username="coord_west", role=Role.MISSING_COORDINATOR, agency=neighbour)
    UserFactory(username="coord_home", role=Role.MISSING_COORDINATOR, agency=AgencyFactory())
    UserFactory(username="rif_service", role=Role.RETURN_INTERVIEWER, agency=service)
    UserFactory(username="rif_west", role=Role.RETURN_INTERVIEWER, agency=neighbour)


@pytest.mark.django_db
def test_by_default_every_coordinator_and_interviewer_is_granted(personas: Any) -> None:
    _others()
    episode(personas, started=hours_ago(10), hours=4)
    assert _granted(personas) == OTHERS


@pytest.mark.django_db
@override_settings(
    LANTERN_MISSING_GRANT_AGENCIES={
        "missing_coordinator": "Lantern Borough Council",
        "return_interviewer": "Safe Return Service",
    }
)
def test_named_agencies_narrow_the_grants(personas: Any) -> None:
    _others()
    episode(personas, started=hours_ago(10), hours=4)
    assert _granted(personas) == {"coord_home", "rif_service"}


@pytest.mark.django_db
@override_settings(LANTERN_MISSING_GRANT_AGENCIES={"return_interviewer": "No Such Service"})
def test_an_agency_that_does_not_exist_is_a_clear_configuration_error(personas: Any) -> None:
    with pytest.raises(ImproperlyConfigured, match="no agency is called 'No Such Service'"):
        episode(personas, started=hours_ago(10), hours=4)
