"""The child's genogram: the drawing, and the same relationships in tables for those who cannot see it."""

from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.guards import load_child
from people.genogram.selectors import genogram_of
from people.genogram.svg import genogram_svg


@login_required
def genogram(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id)
    return render(
        request,
        "people/genogram.html",
        {
            "access": access,
            "child": access.child,
            "genogram": genogram_of(user=request.user, child=access.child),
        },
    )


@login_required
def genogram_image(request: HttpRequest, child_id: UUID) -> HttpResponse:
    """The drawing alone, for pages that show it as an image (the child's page), fetched and audited on its own.
    The SVG holds no script (people/genogram.svg escapes every name); it is never cached."""
    access = load_child(request, child_id)
    drawing = genogram_of(user=request.user, child=access.child).drawing
    response = HttpResponse(genogram_svg(drawing, svg_id="genogram-image"), content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-store"
    return response
