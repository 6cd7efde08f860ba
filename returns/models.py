"""A check of an SSDA903 return run in the background: who asked for it, how far it has got, and its report."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class CheckStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to start"
    RUNNING = "running", "Running"
    DONE = "done", "Finished"
    FAILED = "failed", "Could not be completed"


class ReturnCheck(models.Model):
    """One export of a collection year checked against the DfE rules, run by the task worker (returns/tasks.py).

    `progress` runs from 0 to 100: the export is the first tenth, each rule of the year's rule set an equal share of
    the rest. `report` is the validation report (ValidationReport.as_dict) once done; only the user who asked for the
    check sees it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="return_checks"
    )
    end_year = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=CheckStatus.choices, default=CheckStatus.QUEUED)
    stage = models.CharField(max_length=200, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    children = models.PositiveIntegerField(null=True, blank=True)
    counts = models.JSONField(default=dict, blank=True)
    report = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    export_seconds = models.FloatField(null=True, blank=True)
    requested_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"SSDA903 check {self.end_year - 1}/{self.end_year % 100:02d} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in {CheckStatus.DONE, CheckStatus.FAILED}
