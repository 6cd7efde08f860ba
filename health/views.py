"""The child's health checks, declared once for lantern.record_pages and written through lantern.child_records."""

from __future__ import annotations

from health.forms import HealthCheckForm
from health.models import HealthCheck
from lantern.record_pages import RecordKind, Shown, day_text

CHECKS = RecordKind(
    model=HealthCheck,
    form=HealthCheckForm,
    namespace="health",
    prefix="check",
    segment="health",
    id_kwarg="check_id",
    noun="health check",
    plural="Health checks",
    list_name="health:checks",
    date_field="done_on",
    title=lambda c: f"{c.get_kind_display()} on {day_text(c.done_on)}",
    shown=(
        Shown("Kind of check", "kind"),
        Shown("Date", "done_on"),
        Shown("Carried out by", "practitioner"),
        Shown("SDQ total score", "sdq_score"),
        Shown("Reason there is no SDQ score", "sdq_reason"),
        Shown("Immunisations up to date", "immunisations_up_to_date"),
        Shown("Notes", "notes", long=True),
        Shown("Recorded by", "recorded_by"),
    ),
    recorded_by="recorded_by",
    related=("recorded_by",),
    intro="Health assessments, dental checks, immunisations and strengths and difficulties questionnaires.",
    empty="No health check recorded yet.",
)
