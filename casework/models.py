from __future__ import annotations

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


class AllocationRole(models.TextChoices):
    SOCIAL_WORKER = "social_worker", "Allocated social worker"
    PERSONAL_ADVISER = "personal_adviser", "Personal adviser"
    IRO = "iro", "Independent reviewing officer"
    SUPPORT_WORKER = "support_worker", "Family support worker"
    STUDENT = "student", "Student social worker"


class WorkerChangeReason(models.TextChoices):
    """SSDA903 SW_REASON codes, recorded on the allocation that ends."""

    MANAGE = "MANAGE", "Management decision"
    FCONTA = "FCONTA", "Fixed-term contract ended"
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
