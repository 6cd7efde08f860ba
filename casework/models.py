from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from casework.continuity import months_before


class AllocationRole(models.TextChoices):
    SOCIAL_WORKER = "social_worker", "Allocated social worker"
    PERSONAL_ADVISER = "personal_adviser", "Personal adviser"
    IRO = "iro", "Independent reviewing officer"
    SUPPORT_WORKER = "support_worker", "Family support worker"
    STUDENT = "student", "Student social worker"


class WorkerChangeReason(models.TextChoices):
    """SSDA903 SW_REASON codes: why the child's social worker changed. Recorded on the allocation that ends; the
    return gives it on the next worker's episode (returns/sw_episodes.py), and FCONTA on a child's first worker or
    one allocated after a gap of more than 7 days (rules SW10aSTG2 and SW10bSTG2)."""

    MANAGE = "MANAGE", "Management decision"
    FCONTA = "FCONTA", "First contact or re-referral"
    LEFTRL = "LEFTRL", "Worker left the role"
    ORGRST = "ORGRST", "Organisational restructure"
    TSPROC = "TSPROC", "Transfer between teams in a process"
    ABSENC = "ABSENC", "Worker absence"
    CHCHAN = "CHCHAN", "Change in the child's circumstances"
    PCCHAN = "PCCHAN", "Child or parent asked for a change"
    SWDIED = "SWDIED", "Worker died"
    OTHERS = "OTHERS", "Other"


class Allocation(models.Model):
    """A worker allocated to a child in a role, from start to end (both inclusive). SSD ssd_involvements."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="allocations")
    worker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="allocations")
    role = models.CharField(
        max_length=30, choices=AllocationRole.choices, default=AllocationRole.SOCIAL_WORKER
    )
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=6, choices=WorkerChangeReason.choices, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_date"]
        indexes = [
            models.Index(fields=["worker", "end_date"], name="allocation_worker_end"),
            models.Index(fields=["child", "start_date"], name="allocation_child_start"),
        ]

    def __str__(self) -> str:
        return f"{self.worker} ({self.get_role_display()}) for {self.child_id}"

    def is_current_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "End date must be on or after the start date"})
        if self.end_reason and not self.end_date:
            raise ValidationError({"end_reason": "Give an end date with the reason the allocation ended"})


class CaseNote(models.Model):
    """A note of contact or work on the child's case. One marked significant goes into the chronology by itself.
    SSD ssd_contacts / case notes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="case_notes")
    occurred_on = models.DateField("Date")
    subject = models.CharField(max_length=200)
    body = models.TextField("Note")
    significant = models.BooleanField("Significant: add it to the chronology", default=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="case_notes")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_on", "-created_at"]
        indexes = [models.Index(fields=["child", "occurred_on"], name="casenote_child_date")]

    def __str__(self) -> str:
        return f"{self.occurred_on}: {self.subject}"


class WishesAndFeelings(models.Model):
    """What the child said, in the child's own words, when and to whom. Shown on the child's page and carried into
    every transfer summary (Children Act 1989 s.22(4)-(5): ascertain and give due consideration to the child's
    wishes and feelings)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="wishes_and_feelings")
    said_on = models.DateField("Date")
    words = models.TextField("What the child said, in their words")
    context = models.CharField("Where and how", max_length=300, blank=True)
    heard_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-said_on", "-created_at"]
        verbose_name = "wishes and feelings"
        verbose_name_plural = "wishes and feelings"

    def __str__(self) -> str:
        return f"{self.said_on}: {self.words[:60]}"


class HistorySectionKind(models.TextChoices):
    FAMILY_BACKGROUND = "family_background", "Family background"
    ADVERSE_EXPERIENCES = "adverse_experiences", "Adverse experiences (neglect and abuse)"
    PREVIOUS_CARE = "previous_care", "Previous periods of care"
    HEALTH = "health", "Health and development"
    EDUCATION = "education", "Education history"
    IDENTITY = "identity", "Identity"
    OWN_STORY = "own_story", "What the child says about their own story"


class HistorySection(models.Model):
    """One section of the child's psycho-social history, with when it was last reviewed and by whom; a section
    not reviewed for 12 months is flagged on the child's page."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="history_sections")
    kind = models.CharField(max_length=30, choices=HistorySectionKind.choices)
    text = models.TextField(blank=True)
    reviewed_on = models.DateField()
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["child", "kind"], name="history_section_once")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.child_id}"

    def is_stale_on(self, day: date) -> bool:
        """Not reviewed in the 12 months up to `day`."""
        return self.reviewed_on < months_before(day, 12)


class TransferSummary(models.Model):
    """Made from the record the moment the allocated social worker changes: the outgoing worker adds what the
    record does not know and signs it off; the incoming worker acknowledges it; both within 5 working days of
    the change, or it shows on the manager's team page. `content` keeps the record as it stood then."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="transfer_summaries")
    allocation = models.OneToOneField(Allocation, on_delete=models.CASCADE, related_name="transfer_summary")
    outgoing = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    incoming = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    changed_on = models.DateField()
    due_on = models.DateField()
    content = models.JSONField()
    not_in_record = models.TextField("What the record does not know", blank=True)
    what_works = models.TextField("What works for the child", blank=True)
    signed_off_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-changed_on"]
        verbose_name_plural = "transfer summaries"

    def __str__(self) -> str:
        return f"Transfer summary for {self.child_id} on {self.changed_on}"

    @property
    def complete(self) -> bool:
        return self.signed_off_at is not None and self.acknowledged_at is not None

    def is_overdue_on(self, day: date) -> bool:
        return not self.complete and day > self.due_on


from casework.care_leaver import CareLeaverOutcome  # noqa: E402, F401  in its own module
from casework.statutory_records import (  # noqa: E402, F401  the statutory records live in their own module
    LookedAfterReview,
    PlacementNotification,
    Plan,
    Visit,
)
from casework.youth_justice import YouthJusticeOutcome  # noqa: E402, F401  in its own module
