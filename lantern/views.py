from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.roles import Role


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("accounts:sign-in")
    if getattr(request.user, "role", "") == Role.RETURN_INTERVIEWER:
        return redirect("missing:overview")
    return redirect("casework:my-children")


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def bare(request: HttpRequest) -> HttpResponse:
    """An empty template, no database: the framework's own ceiling, measured beside real pages in `make bench`."""
    return render(request, "bare.html")
