"""The schools register (/schools/): the authority's staff and education partners list and search it by name or
URN; team managers, administrators and the virtual school (Role.EDUCATION) add and change schools. It names no
child, so nothing of a child is audited here; every change is (services.school_save)."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from education import services
from education.forms_schools import SchoolForm
from education.models import School
from education.roles import may_edit_schools, may_read_schools
from education.selectors import schools_search
from lantern.form_errors import written
from lantern.forms import posted

PAGE_SIZE = 50


@login_required
def schools(request: HttpRequest) -> HttpResponse:
    if not may_read_schools(request.user):
        raise Http404
    query = request.GET.get("q", "")[:200]
    page = Paginator(schools_search(query), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "education/schools.html",
        {"page": page, "query": query, "may_edit": may_edit_schools(request.user)},
    )


@login_required
def school_edit(request: HttpRequest, school_id: UUID | None = None) -> HttpResponse:
    if not may_edit_schools(request.user):
        raise Http404
    school = get_object_or_404(School, pk=school_id) if school_id else School()
    form = SchoolForm(posted(request), instance=school)
    if (
        request.method == "POST"
        and form.is_valid()
        and written(
            request,
            form,
            lambda: services.school_save(
                actor=request.user, school=school, expected_version=form.cleaned_data["version"]
            ),
        )
    ):
        messages.success(request, f"{school.name} saved")
        return redirect(reverse("education:schools") + f"?q={school.urn}")
    return render(
        request, "education/school_form.html", {"form": form, "school": None if school_id is None else school}
    )
