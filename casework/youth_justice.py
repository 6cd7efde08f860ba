"""Youth justice outcomes of the child: convictions, youth cautions, youth conditional cautions and the outcomes that
are neither. Imported by casework.models.

The SSDA903 OC2 item CONVICTED asks whether the child was convicted or subject to a youth caution or youth
conditional caution during the year (DfE children looked after return guide); OC2_OUTCOMES are those kinds."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

# The age of criminal responsibility in England (Children and Young Persons Act 1933, s50): no child under 10 can be
# convicted or cautioned.
CRIMINAL_RESPONSIBILITY_AGE = 10


class OutcomeKind(models.TextChoices):
    CONVICTION = "conviction", "Convicted of an offence"
    YOUTH_CAUTION = "youth_caution", "Youth caution"
    YOUTH_CONDITIONAL_CAUTION = "youth_conditional_caution", "Youth conditional caution"
    COMMUNITY_RESOLUTION = "community_resolution", "Community resolution"
    NOT_GUILTY = "not_guilty", "Found not guilty, or the case was dismissed"
    NO_FURTHER_ACTION = "no_further_action", "No further action"


OC2_OUTCOMES = frozenset(
    {OutcomeKind.CONVICTION, OutcomeKind.YOUTH_CAUTION, OutcomeKind.YOUTH_CONDITIONAL_CAUTION}
)


class YouthJusticeOutcome(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="youth_justice_outcomes")
    outcome_on = models.DateField("Date of the outcome")
    kind = models.CharField("Outcome", max_length=30, choices=OutcomeKind.choices)
    offence = models.CharField("Offence", max_length=200, blank=True)
    given_by = models.CharField("Court or police force", max_length=200, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-outcome_on"]
        indexes = [models.Index(fields=["child", "outcome_on"], name="youth_justice_child_on")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.outcome_on:%d %b %Y}"
