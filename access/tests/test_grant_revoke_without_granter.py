"""A grant whose granter's account has since been deleted can still be revoked (it used to fail validation with a
server error, leaving the partner's access in force)."""

from __future__ import annotations

from typing import Any

import pytest

from access.models import AccessGrant
from access.services import grant_revoke


@pytest.mark.django_db
def test_a_grant_with_no_granter_is_revoked(personas: Any) -> None:
    grant = AccessGrant.objects.get(user=personas.pat, child=personas.child)
    AccessGrant.objects.filter(pk=grant.pk).update(granted_by=None)
    grant.refresh_from_db()
    grant_revoke(actor=personas.mia, grant=grant)
    grant.refresh_from_db()
    assert grant.revoked_at is not None
