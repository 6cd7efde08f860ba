"""The pages of the Philomena Protocol profile (M7): the profile, keeping it up to date, its photo, the PDF to print,
and sending it to the police in one step. Every page loads the child through access.guards.load_child, so that who
may not see the child (or may not do what the page does) gets 404 and the refusal is audited."""

from __future__ import annotations

from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone

from access.guards import Need, load_child
from audit.actions import AuditAction
from audit.recording import EditConflict
from audit.services import audit_record
from lantern.form_errors import add_service_errors, refuse_conflict
from lantern.forms import posted
from lantern.pdf import pdf_response
from missing.models import MissingProfile
from missing.profile_forms import ProfileForm, SendForm
from missing.profile_photo import photo_bytes
from missing.profile_services import (
    PROFILE_FIELDS,
    ProfileNotSent,
    pdf_filename,
    profile_pdf,
    profile_save,
    profile_send,
)
from missing.profile_sheet import profile_sheet

_READ = ("GET", "HEAD")
NOT_SENT = (
    "The profile could not be emailed to the police. Nothing was sent. If the child is in danger now, call 999; "
    "otherwise call 101. Download the PDF to give to the police."
)


@login_required
def profile(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    if request.method not in _READ:
        return HttpResponseNotAllowed(_READ)
    return render(
        request,
        "missing/profile.html",
        {
            "access": access,
            "child": access.child,
            "sheet": profile_sheet(child=access.child),
            "police_email": settings.LANTERN_POLICE_MISSING_EMAIL,
        },
    )


@login_required
def profile_edit(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.REPORT_MISSING)
    child = access.child
    instance = MissingProfile.objects.filter(child=child).first() or MissingProfile(child=child)
    form = ProfileForm(
        posted(request), request.FILES if request.method == "POST" else None, instance=instance, child=child
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            profile_save(
                actor=request.user,
                child=child,
                data={name: data.get(name) for name in PROFILE_FIELDS},
                photo=data.get("photo"),
                remove_photo=bool(data.get("remove_photo")),
                expected_version=data.get("version"),
            )
        except EditConflict as conflict:
            refuse_conflict(request, form, conflict)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Missing person profile saved")
            return redirect("missing:profile", child_id=child.pk)
    return render(
        request,
        "missing/profile_form.html",
        {
            "access": access,
            "child": child,
            "form": form,
            "profile": None if instance._state.adding else instance,
        },
    )


@login_required
def profile_photo(request: HttpRequest, child_id: UUID) -> HttpResponse:
    """The photo, served only through the access rule (uploads are never served as files) and never cached."""
    access = load_child(request, child_id, need=Need.VIEW)
    if request.method not in _READ:
        return HttpResponseNotAllowed(_READ)
    data = photo_bytes(MissingProfile.objects.filter(child=access.child).first())
    if data is None:
        raise Http404("No photo")
    response = HttpResponse(data, content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = f'inline; filename="photo-{access.child.local_id}.jpg"'
    return response


@login_required
def profile_pdf_download(request: HttpRequest, child_id: UUID) -> HttpResponse:
    """The profile as a PDF to print and keep ready, Part 2 left blank to fill in by hand. A copy leaves Lantern,
    so it needs what keeping the profile needs, and is audited as an export."""
    access = load_child(request, child_id, need=Need.REPORT_MISSING)
    if request.method not in _READ:
        return HttpResponseNotAllowed(_READ)
    child = access.child
    now = timezone.now()
    document = profile_pdf(
        sheet=profile_sheet(child=child, now=now),
        produced_by=request.user.display_name,  # type: ignore[union-attr]
        produced_at=now,
        part_two=None,
    )
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        request=request,
        object_type="missingprofile",
        object_id=child.pk,
        child_id=child.pk,
        reason="missing person profile PDF downloaded",
    )
    response = pdf_response(pdf_filename(child), document)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def profile_send_page(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.REPORT_MISSING)
    child = access.child
    form = SendForm(posted(request), child=child)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sent = profile_send(
                actor=request.user,
                child=child,
                episode=data.get("episode"),
                last_seen_wearing=data.get("last_seen_wearing") or "",
                last_seen=data.get("last_seen") or "",
                request=request,
            )
        except ValidationError as error:
            add_service_errors(form, error)
        except ProfileNotSent:
            form.add_error(None, NOT_SENT)
        else:
            messages.success(
                request,
                f"Profile sent to the police at {sent.sent_to} at {timezone.localtime(sent.sent_at):%H:%M}",
            )
            return redirect("missing:profile", child_id=child.pk)
    return render(
        request,
        "missing/profile_send.html",
        {
            "access": access,
            "child": child,
            "form": form,
            "sheet": profile_sheet(child=child),
            "police_email": settings.LANTERN_POLICE_MISSING_EMAIL,
        },
    )
