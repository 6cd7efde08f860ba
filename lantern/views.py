from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return redirect("casework:my-children" if request.user.is_authenticated else "accounts:sign-in")


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def bare(request: HttpRequest) -> HttpResponse:
    """An empty template, no database: the framework's own ceiling, measured beside real pages in `make bench`."""
    return render(request, "bare.html")
