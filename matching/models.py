"""Placement matching: the child's needs as worked out from the record plus what the worker added, the register
ranked and explained at that moment (kept as it was shown), the decision with its reasons, the placement it led to,
and how that placement turned out (learning point 7 of the Child R review)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


class Outcome(models.TextChoices):
    OPEN = "open", "Not known yet"
    STABLE = "stable", "Stable"
    ENDED_PLANNED = "ended_planned", "Ended as planned"
    DISRUPTED = "disrupted", "Disrupted (ended unplanned)"


class PlacementMatch(models.Model):
    """One search of the register for a child, and (once chosen) the decision. `needs` is the needs snapshot the
    ranking used (drawn from the record and added by the worker); `ranking` the carers as ranked and explained then
    (reference, name, score, each part in words, hard limits failed), so the explanation is kept even when the
    register or the weights change later."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="placement_matches")
    searched_on = models.DateField("Searched on")
    searched_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    needs = models.JSONField(default=dict)
    worker_notes = models.TextField("What the worker added about the child's needs", blank=True)
    ranking = models.JSONField(default=list)
    weights = models.JSONField("The weights used", default=dict)
    chosen = models.ForeignKey(
        "care.CarerProvider",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="matches",
        verbose_name="Carer chosen",
    )
    chosen_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    chosen_score = models.FloatField(null=True, blank=True)
    reasons = models.TextField("Why this carer", blank=True)
    decided_on = models.DateField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # A placement deleted from the record is unlinked by matching.services.match_placement_removed, which says so in
    # `placement_removed` and opens the outcome again; SET_NULL is only the database's fallback.
    placement = models.OneToOneField(
        "care.Placement", on_delete=models.SET_NULL, null=True, blank=True, related_name="match"
    )
    placement_removed = models.TextField(
        "What became of the placement it was linked to",
        blank=True,
        help_text="Filled when the linked placement is deleted from the record",
    )
    outcome = models.CharField(max_length=14, choices=Outcome.choices, default=Outcome.OPEN)
    outcome_on = models.DateField(null=True, blank=True)
    outcome_notes = models.TextField("How it turned out, and why", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-searched_on"]
        indexes = [models.Index(fields=["child", "searched_on"], name="match_child_searched")]

    def __str__(self) -> str:
        return f"Placement search on {self.searched_on:%d %b %Y}"

    @property
    def decided(self) -> bool:
        return self.chosen_id is not None

    def clean(self) -> None:
        if self.decided_on and self.searched_on and self.decided_on < self.searched_on:
            raise ValidationError({"decided_on": "The decision cannot come before the search"})
        if self.chosen_id and not self.reasons.strip():
            raise ValidationError({"reasons": "Say why this carer was chosen"})
        if self.outcome_on and self.decided_on and self.outcome_on < self.decided_on:
            raise ValidationError({"outcome_on": "The outcome cannot come before the decision"})
