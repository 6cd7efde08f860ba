"""Personal education plans (statutory-rules.md R22-R24). Schools, enrolments and record transfer come later."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class PersonalEducationPlan(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="peps")
    held_on = models.DateField("PEP meeting date")
    school = models.CharField(max_length=200, blank=True)
    designated_teacher = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on"]
        indexes = [models.Index(fields=["child", "held_on"], name="pep_child_held")]

    def __str__(self) -> str:
        return f"PEP on {self.held_on:%d %b %Y}"
