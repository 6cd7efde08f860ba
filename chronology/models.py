"""The child's chronology: one entry per event in the child's life.

An entry is either derived from a record of its own (an allocation, a significant case note; later a placement, a
visit, a missing episode...: chronology/sources.py keeps it in step with that record), imported with an agency's
chronology (ChronologyImport), or entered by hand for an event that has no record of its own. The facts (date,
agency, category, what happened) are kept apart from the worker's analysis (significance, impact on the child).
SSD has no chronology table; this follows the SCR practice of a multi-agency chronology (date, agency, event,
source, analysis).
"""

from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


class Category(models.TextChoices):
    LEGAL_STATUS = "legal_status", "Legal status"
    PLACEMENT = "placement", "Placement"
    WORKER_CHANGE = "worker_change", "Change of worker"
    VISIT = "visit", "Visit"
    REVIEW = "review", "Review"
    MISSING = "missing", "Missing episode"
    EDUCATION = "education", "Education and school"
    HEALTH = "health", "Health"
    STRATEGY = "strategy", "Strategy discussion"
    ESCALATION = "escalation", "Escalation"
    NETWORK_MEETING = "network_meeting", "Network meeting"
    CONCERN = "concern", "Concern from the network"
    INFORMATION_SHARED = "information_shared", "Information shared"
    CASE_NOTE = "case_note", "Case note"
    POLICE = "police", "Police"
    FAMILY = "family", "Family event"
    OTHER = "other", "Other"


class Significance(models.TextChoices):
    ROUTINE = "routine", "Routine"
    SIGNIFICANT = "significant", "Significant"
    CRITICAL = "critical", "Critical"


KEY_SIGNIFICANCE = (Significance.SIGNIFICANT, Significance.CRITICAL)


class DateAccuracy(models.TextChoices):
    EXACT = "exact", "Exact date"
    MONTH = "month", "Month known"
    YEAR = "year", "Year known"
    APPROXIMATE = "approximate", "Approximate"


class ChronologyImport(models.Model):
    """One agency chronology file imported for a child; undone as a whole."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="chronology_imports")
    filename = models.CharField(max_length=255)
    agency = models.CharField(max_length=200, blank=True)
    rows = models.PositiveIntegerField()
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.rows} entries)"


class ChronologyEntry(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="chronology")
    occurred_on = models.DateField("Date")
    occurred_until = models.DateField("End of period", null=True, blank=True)
    date_accuracy = models.CharField(max_length=12, choices=DateAccuracy.choices, default=DateAccuracy.EXACT)
    agency = models.CharField("Source agency", max_length=200)
    category = models.CharField(max_length=20, choices=Category.choices)
    what_happened = models.TextField("What happened")
    significance = models.CharField(max_length=12, choices=Significance.choices, default=Significance.ROUTINE)
    impact = models.TextField("Impact on the child", blank=True)
    source_type = models.CharField(max_length=40, blank=True)
    source_id = models.CharField(max_length=64, blank=True)
    source_reference = models.CharField("Agency's reference", max_length=100, blank=True)
    imported = models.ForeignKey(
        ChronologyImport, on_delete=models.CASCADE, null=True, blank=True, related_name="entries"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["occurred_on", "created_at"]
        verbose_name_plural = "chronology entries"
        indexes = [models.Index(fields=["child", "occurred_on"], name="chronology_child_date")]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id"],
                condition=~models.Q(source_id=""),
                name="chronology_one_entry_per_source",
            )
        ]

    def __str__(self) -> str:
        return f"{self.occurred_on}: {self.what_happened[:60]}"

    @property
    def is_derived(self) -> bool:
        """Kept in step with a record of its own: its facts are changed on that record, not here."""
        return bool(self.source_id)

    @property
    def when(self) -> str:
        """The date as exactly as it is known: "27 Mar 2024", "Mar 2024", "2024", "about 27 Mar 2024"."""
        formats: dict[str, str] = {DateAccuracy.MONTH: "%b %Y", DateAccuracy.YEAR: "%Y"}
        text = _day(self.occurred_on, formats.get(self.date_accuracy))
        if self.date_accuracy == DateAccuracy.APPROXIMATE:
            text = f"about {text}"
        if self.occurred_until:
            text = f"{text} to {_day(self.occurred_until, formats.get(self.date_accuracy))}"
        return text

    @property
    def is_key(self) -> bool:
        return self.significance in KEY_SIGNIFICANCE

    def clean(self) -> None:
        if self.occurred_until and self.occurred_on and self.occurred_until < self.occurred_on:
            raise ValidationError({"occurred_until": "The end of the period must be on or after its start"})


def _day(day: date, pattern: str | None) -> str:
    return day.strftime(pattern) if pattern else f"{day.day} {day:%b %Y}"
