"""Strategy discussions and joint decisions with the police (learning point 11): who took part for each agency,
what was decided and any dissent in the dissenter's own words. A decision with dissent offers an escalation at
once: the raise form of escalation/views.py, prefilled from the decision; raising it marks the decision."""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from access.guards import ChildAccess, Need, load_child
from lantern.form_errors import add_service_errors, written
from lantern.forms import posted
from lantern.record_pages import DeleteForm
from risk import selectors, services
from risk.forms import DiscussionForm, participant_formset
from risk.models import StrategyDiscussion
from risk.views import context_of


@login_required
def discussions(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    rows = list(selectors.discussions_of(access.child))
    return render(request, "risk/discussions.html", context_of(access, discussions=rows))


def _discussion(access: ChildAccess, discussion_id: UUID) -> StrategyDiscussion:
    found = (
        selectors.discussions_of(access.child)
        .select_related("escalation_requested_by", "recorded_by")
        .filter(pk=discussion_id)
        .first()
    )
    if found is None:
        raise Http404
    return found


@login_required
def discussion_detail(request: HttpRequest, child_id: UUID, discussion_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    discussion = _discussion(access, discussion_id)
    return render(request, "risk/discussion.html", context_of(access, discussion=discussion))


@login_required
def discussion_edit(request: HttpRequest, child_id: UUID, discussion_id: UUID | None = None) -> HttpResponse:
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    adding = discussion_id is None
    discussion = (
        _discussion(access, discussion_id)
        if discussion_id is not None
        else StrategyDiscussion(child=access.child)
    )
    form = DiscussionForm(posted(request), instance=discussion, child=access.child)
    people = participant_formset(
        posted(request), discussion=None if adding else discussion, actor=request.user
    )
    if request.method == "POST" and all([form.is_valid(), people.is_valid()]):
        if adding:
            discussion.recorded_by = request.user  # type: ignore[assignment]
        if written(
            request,
            form,
            lambda: services.strategy_discussion_save(
                actor=request.user,
                discussion=discussion,
                participants=people.participants(),
                expected_version=form.cleaned_data["version"],
            ),
        ):
            text = f"{discussion.get_kind_display()} saved"
            if discussion.dissent_recorded and not discussion.escalation_requested:
                text += ". Dissent is recorded: you can raise an escalation now"
            messages.success(request, text)
            return redirect("risk:discussion", child_id=access.child.pk, discussion_id=discussion.pk)
    back_url = (
        reverse("risk:discussions", args=[access.child.pk])
        if adding
        else reverse("risk:discussion", args=[access.child.pk, discussion.pk])
    )
    return render(
        request,
        "risk/discussion_form.html",
        context_of(
            access,
            form=form,
            people=people,
            discussion=None if adding else discussion,
            back_url=back_url,
            forms=[form, *people.forms],
        ),
    )


@login_required
def discussion_escalate(request: HttpRequest, child_id: UUID, discussion_id: UUID) -> HttpResponse:
    """The older button of the discussion page: opens the raise form prefilled from the decision (the page now
    links to it directly, for everyone in the network who may raise one)."""
    access = load_child(request, child_id, need=Need.SAFEGUARD)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    discussion = _discussion(access, discussion_id)
    if not discussion.dissent_recorded:
        error = "There is no dissent recorded on this decision to escalate"
        return render(
            request, "risk/discussion.html", context_of(access, discussion=discussion, escalation_error=error)
        )
    return redirect(f"{reverse('escalation:raise', args=[access.child.pk])}?discussion={discussion.pk}")


@login_required
def discussion_delete(request: HttpRequest, child_id: UUID, discussion_id: UUID) -> HttpResponse:
    access = load_child(
        request, child_id, need=Need.EDIT
    )  # deleting is for the responsible workers, as for every record
    discussion = _discussion(access, discussion_id)
    refusal = services.discussion_delete_refusal(discussion)
    form = None if refusal else DeleteForm(posted(request))
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            services.strategy_discussion_delete(
                actor=request.user, discussion=discussion, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{discussion.get_kind_display()} deleted")
            return redirect("risk:discussions", child_id=access.child.pk)
    return render(
        request,
        "risk/delete.html",
        context_of(
            access,
            form=form,
            refusal=refusal,
            noun=discussion.get_kind_display().lower(),
            title=str(discussion),
            summary=[("What was decided", discussion.decisions)],
            back_url=reverse("risk:discussion", args=[access.child.pk, discussion.pk]),
        ),
    )
