"""The child's personal education plans, declared once for lantern.record_pages and written through
lantern.child_records."""

from __future__ import annotations

from education.forms import PepForm
from education.models import PersonalEducationPlan
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
