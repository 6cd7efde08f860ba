"""An analyst opens the SSDA903 page from the navigation, asks for the return of 2025-26 to be exported and checked, is
taken to the check's page, and (the task having run) sees the counts per table, the rules run and each failure with
its rule, table and row; the child's local ID links to the child's page only when the analyst may see that child."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from access.tests.factories import AccessGrantFactory
from accounts.roles import Role
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent
from returns.models import ReturnCheck
from returns.tests.factories import looked_after


@pytest.mark.django_db
def test_the_analyst_sees_a_planted_failure_linked_only_to_a_child_she_may_see() -> None:
    analyst: Any = UserFactory(username="ana", role=Role.ANALYST)
    granted = looked_after(local_id="SEEN01", person__ethnicity="XXXX")
    hidden = looked_after(local_id="HIDDEN01", person__ethnicity="XXXX")
    AccessGrantFactory(child=granted, user=analyst)
    client = Client()
    client.force_login(analyst)

    form = client.get("/returns/903/").content.decode()
    assert 'href="/returns/903/"' in form  # the navigation link
    assert "Export and check" in form
    assert '<option value="2026" selected>' in form

    asked = client.post("/returns/903/", {"year": "2026"})
    check = ReturnCheck.objects.get(requested_by=analyst)
    assert asked.status_code == 302 and asked["Location"] == f"/returns/903/checks/{check.pk}/"
    page = client.get(asked["Location"]).content.decode()
    assert "Return for 2025/26" in page
    assert "2 children looked after in the year" in page
    assert "lac2025_26" in page and "Rules run" in page
    assert '<td class="govuk-table__cell">103</td>' in page
    assert f'<a class="govuk-link" href="/children/{granted.pk}/">SEEN01</a>' in page
    assert "HIDDEN01" in page and f"/children/{hidden.pk}/" not in page
    assert "Download the CSVs as a zip" in page

    exported = AuditEvent.objects.filter(action="export", actor=analyst)
    assert set(exported.values_list("child_id", flat=True)) == {granted.pk, hidden.pk}
    assert AuditEvent.objects.filter(
        action="view", actor=analyst, object_type="ssda903", reason__startswith="returns:903 check of 2025/26"
    ).exists()
