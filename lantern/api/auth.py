"""API authentication: a bearer token for partner systems (only its SHA-256 is stored), or the signed-in session."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from accounts.models import ApiToken, User


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_issue(*, user: Any, name: str, expires_at: Any = None) -> str:
    """Create a token and return it once; it cannot be read back."""
    token = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, name=name, token_hash=token_digest(token), expires_at=expires_at)
    return token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        now = timezone.now()
        found = (
            ApiToken.objects.select_related("user")
            .filter(token_hash=token_digest(token), revoked_at__isnull=True, user__is_active=True)
            .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
            .first()
        )
        if found is None:
            return None
        request.user = found.user
        return found.user


class ActiveSessionAuth(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = super().authenticate(request, key)
        return user if user is not None and user.is_active else None


def signed_in_user(request: HttpRequest) -> User:
    """The user making the request (the API's authentication lets no anonymous request through)."""
    user = request.user
    if not isinstance(user, User):
        raise Http404
    return user
