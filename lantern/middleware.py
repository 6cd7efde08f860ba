from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from audit import context
from audit.services import client_ip

_LAST_SEEN = "lantern_last_seen"
_STARTED = "lantern_started"
_TOUCH_EVERY = 60


class RequestIdMiddleware:
    """Give every request an id (or keep a well-formed X-Request-ID) and expose it to the audit log."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        try:
            request_id = str(uuid.UUID(incoming))
        except ValueError:
            request_id = str(uuid.uuid4())
        request.request_id = request_id  # type: ignore[attr-defined]
        token = context.current.set(
            context.RequestContext(request_id, client_ip(request.META.get("REMOTE_ADDR")))
        )
        try:
            response = self.get_response(request)
        finally:
            context.current.reset(token)
        response["X-Request-ID"] = request_id
        return response


class IdleTimeoutMiddleware:
    """Sign out a session left idle for SESSION_IDLE_SECONDS, and any session SESSION_COOKIE_AGE after it began
    however busy it is. The idle timestamp is refreshed at most once a minute so that reading pages does not
    write the session on every request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and hasattr(request, "session"):
            now = int(time.time())
            last = int(request.session.get(_LAST_SEEN, now))
            started = int(request.session.setdefault(_STARTED, now))
            if now - last > settings.SESSION_IDLE_SECONDS or now - started > settings.SESSION_COOKIE_AGE:
                logout(request)
                if request.path.startswith("/api/"):
                    return self.get_response(request)
                return redirect(reverse(settings.LOGIN_URL) + "?timeout=1")
            if now - last >= _TOUCH_EVERY or _LAST_SEEN not in request.session:
                request.session[_LAST_SEEN] = now
        return self.get_response(request)
