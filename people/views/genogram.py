"""The child's genogram: the drawing, and the same relationships in tables for those who cannot see it."""

from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from access.guards import load_child
from people.genogram.selectors import genogram_of


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
