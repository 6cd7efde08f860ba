"""The child's education record page, and its records declared once for lantern.record_pages: PEPs (their own
list), enrolments (the responsible workers: Need.EDIT), attendance and exclusions (added and changed by the
responsible workers and the virtual school or designated teacher with a grant: Need.EDUCATION; deleted only by the
responsible workers, Need.EDIT, as every other record of the child), all listed on the education record."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from access.guards import Need, load_child
from education import services
from education.forms import AttendanceForm, EnrolmentForm, ExclusionForm, PepForm
from education.models import Attendance, Enrolment, Exclusion, PersonalEducationPlan
from education.selectors import education_record
from lantern.record_pages import RecordKind, Shown, day_text

PEPS = RecordKind(
    model=PersonalEducationPlan,
    form=PepForm,
    namespace="education",
    prefix="pep",
    segment="peps",
    id_kwarg="pep_id",
    noun="PEP",
    plural="Personal education plans (PEPs)",
    list_name="education:peps",
    date_field="held_on",
    title=lambda p: f"PEP meeting on {day_text(p.held_on)}",
    shown=(
        Shown("PEP meeting date", "held_on"),
        Shown("School", "school"),
        Shown("Designated teacher", "designated_teacher"),
        Shown("Notes", "notes", long=True),
        Shown("Recorded by", "recorded_by"),
    ),
    recorded_by="recorded_by",
    related=("recorded_by",),
    list_label="the PEPs",
    empty="No PEP recorded yet.",
)


def _save_enrolment(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return services.enrolment_save(actor=actor, enrolment=record, expected_version=expected_version)


def _save_attendance(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return services.attendance_save(actor=actor, attendance=record, expected_version=expected_version)


def _save_exclusion(kind: RecordKind, *, actor: Any, record: Any, expected_version: int | None) -> Any:
    return services.exclusion_save(actor=actor, exclusion=record, expected_version=expected_version)


ENROLMENTS = RecordKind(
    model=Enrolment,
    form=EnrolmentForm,
    namespace="education",
    prefix="enrolment",
    segment="education/enrolments",
    id_kwarg="enrolment_id",
    noun="enrolment",
    article="an",
    plural="Enrolments",
    list_name="education:record",
    list_label="the education record",
    date_field="start_date",
    title=lambda e: f"{e.school.name} from {day_text(e.start_date)}",
    shown=(
        Shown("School", "school"),
        Shown("Joined on", "start_date"),
        Shown("Left on", "end_date", empty="Still on roll"),
        Shown("Dual registration", "dual"),
    ),
    save=_save_enrolment,
    related=("school",),
)

ATTENDANCE = RecordKind(
    model=Attendance,
    form=AttendanceForm,
    namespace="education",
    prefix="attendance",
    segment="education/attendance",
    id_kwarg="attendance_id",
    noun="attendance record",
    article="an",
    plural="Attendance",
    list_name="education:record",
    list_label="the education record",
    date_field="period_start",
    title=lambda a: f"Attendance {day_text(a.period_start)} to {day_text(a.period_end)}",
    shown=(
        Shown("School", "school"),
        Shown("Sessions possible", "sessions_possible"),
        Shown("Sessions attended", "sessions_attended"),
        Shown("Sessions of unauthorised absence", "unauthorised_absences"),
    ),
    save=_save_attendance,
    related=("school",),
    edit_need=Need.EDUCATION,
    delete_need=Need.EDIT,  # the school's partners add and correct; only the responsible workers delete
)

EXCLUSIONS = RecordKind(
    model=Exclusion,
    form=ExclusionForm,
    namespace="education",
    prefix="exclusion",
    segment="education/exclusions",
    id_kwarg="exclusion_id",
    noun="exclusion",
    article="an",
    plural="Exclusions",
    list_name="education:record",
    list_label="the education record",
    date_field="start_date",
    title=lambda e: f"{e.get_kind_display()} from {day_text(e.start_date)}",
    shown=(
        Shown("School", "school"),
        Shown("Kind", "kind"),
        Shown("First day", "start_date"),
        Shown("Days", "days"),
        Shown("Reason", "reason", long=True),
    ),
    save=_save_exclusion,
    related=("school",),
    edit_need=Need.EDUCATION,
    delete_need=Need.EDIT,  # the school's partners add and correct; only the responsible workers delete
)


@login_required
def record(request: HttpRequest, child_id: UUID) -> HttpResponse:
    access = load_child(request, child_id, need=Need.VIEW)
    found = education_record(user=request.user, child=access.child, today=timezone.localdate())
    return render(
        request,
        "education/record.html",
        {
            "access": access,
            "child": access.child,
            "record": found,
            "may_edit": access.allows(Need.EDIT),
            "may_educate": access.allows(Need.EDUCATION),
            "enrolments": ENROLMENTS,
            "attendance": ATTENDANCE,
            "exclusions": EXCLUSIONS,
        },
    )
