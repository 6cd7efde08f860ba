"""Escalations between agencies about a child (learning points 6 and 11 of the Child R review: partners "struggle
about the timing and appropriate use of escalation procedures, often leaving unsatisfactory situations going on for
too long"; the police and social care reached an impasse). An escalation runs through stages, each with a time limit
in working days that Lantern keeps (escalation/stages.py); every step is kept (EscalationStep), and the resolution."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class Stage(models.IntegerChoices):
    PRACTITIONERS = 1, "Stage 1: practitioner to practitioner"
    MANAGERS = 2, "Stage 2: managers"
    HEADS_OF_SERVICE = 3, "Stage 3: heads of service"
    DIRECTORS = 4, "Stage 4: director or the safeguarding partnership"


class Status(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Escalation(models.Model):
    """A concern raised by someone in the child's network about another agency's action or inaction: what, why it
    matters for the child, and what they want to happen. `stage` and `stage_due_on` are the current stage and its
    time limit, fixed when the stage started (a later change of the configured limits does not move them)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="escalations")
    raised_on = models.DateField("Raised on")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    raised_by_agency = models.CharField("Raised by the agency", max_length=200)
    concerning_agency = models.CharField("About the agency", max_length=200)
    concerning_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="escalations_concerning",
        verbose_name="The person at that agency, if they use Lantern",
    )
    concern = models.TextField("What the concern is")
    why_it_matters = models.TextField("Why it matters for the child")
    wanted_outcome = models.TextField("What you want to happen")
    discussion = models.ForeignKey(
        "risk.StrategyDiscussion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="escalations",
        verbose_name="Raised from the joint decision",
    )
    stage = models.PositiveSmallIntegerField(choices=Stage.choices, default=Stage.PRACTITIONERS)
    stage_started_on = models.DateField()
    stage_due_on = models.DateField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN)
    closed_on = models.DateField("Closed on", null=True, blank=True)
    resolution = models.TextField("How it was resolved", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-raised_on"]
        indexes = [
            models.Index(fields=["child", "status"], name="escalation_child_status"),
            models.Index(fields=["status", "stage_due_on"], name="escalation_open_due"),
        ]

    def __str__(self) -> str:
        return f"Escalation to {self.concerning_agency} raised on {self.raised_on:%d %b %Y}"

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    def clean(self) -> None:
        if self.closed_on and self.raised_on and self.closed_on < self.raised_on:
            raise ValidationError({"closed_on": "An escalation cannot close before it was raised"})


class StepKind(models.TextChoices):
    RAISED = "raised", "Raised"
    RESPONSE = "response", "Response"
    NEXT_STAGE = "next_stage", "Moved to the next stage"
    RESOLVED = "resolved", "Resolved"
    WITHDRAWN = "withdrawn", "Withdrawn"


class EscalationStep(models.Model):
    """One step of an escalation, kept as written: raised, a response, a move to the next stage (with why), resolved
    or withdrawn. Steps are never changed or deleted."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(max_length=12, choices=StepKind.choices)
    stage = models.PositiveSmallIntegerField(choices=Stage.choices)
    taken_on = models.DateField("Date")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    agency = models.CharField("For the agency", max_length=200)
    text = models.TextField("What was said or done")
    due_on = models.DateField("The stage's time limit", null=True, blank=True)
    recorded_at = models.DateTimeField(default=timezone.now, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["taken_on", "recorded_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.taken_on:%d %b %Y}"
