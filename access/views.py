from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from access import services
from access.forms import BreakGlassForm, BreakGlassReviewForm
from access.selectors import break_glass_for_review
from accounts.roles import Role, can_break_glass
from lantern.form_errors import add_service_errors
from lantern.forms import posted
from people.models import Child


@login_required
def break_glass(request: HttpRequest) -> HttpResponse:
    if not can_break_glass(request.user.role):  # type: ignore[union-attr]
        raise Http404
    form = BreakGlassForm(posted(request))
    if request.method == "POST" and form.is_valid():
        child = Child.objects.filter(local_id=form.cleaned_data["local_id"].strip()).first()
        if child is None:
            form.add_error(
                "local_id", "No child has this local ID. Check it with the person who gave it to you."
            )
        else:
            try:
                services.break_glass_start(
                    actor=request.user, child=child, reason=form.cleaned_data["reason"]
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                return redirect("people:child", child_id=child.pk)
    return render(request, "access/break_glass.html", {"form": form})


@login_required
def break_glass_reviews(request: HttpRequest) -> HttpResponse:
    if request.user.role != Role.TEAM_MANAGER:  # type: ignore[union-attr]
        raise Http404
    uses = list(break_glass_for_review(user=request.user))
    return render(
        request,
        "access/break_glass_reviews.html",
        {
            "unreviewed": [u for u in uses if u.reviewed_at is None],
            "reviewed": [u for u in uses if u.reviewed_at is not None][:50],
        },
    )


@login_required
def break_glass_review(request: HttpRequest, use_id: UUID) -> HttpResponse:
    if request.user.role != Role.TEAM_MANAGER:  # type: ignore[union-attr]
        raise Http404
    use = break_glass_for_review(user=request.user).filter(pk=use_id, reviewed_at__isnull=True).first()
    if use is None:
        raise Http404
    form = BreakGlassReviewForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.break_glass_review(actor=request.user, use=use, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Review recorded")
            return redirect("access:break-glass-reviews")
    return render(request, "access/break_glass_review.html", {"form": form, "use": use})
