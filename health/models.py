"""Health records that the duty rules and the SSDA903 OC2 table read: health assessments, dental checks,
immunisations and SDQ scores. SSD data model: ssd_health_assessments (partly)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from simple_history.models import HistoricalRecords


class HealthCheckKind(models.TextChoices):
    INITIAL = "initial", "Initial health assessment"
    REVIEW = "review", "Review health assessment"
    DENTAL = "dental", "Dental check"
    IMMUNISATIONS = "immunisations", "Immunisations"
    SDQ = "sdq", "Strengths and difficulties questionnaire (SDQ)"


class SdqReason(models.TextChoices):
    """SSDA903 SDQ_REASON."""

    SDQ1 = "SDQ1", "No form returned: the child was under 4 or over 16"
    SDQ2 = "SDQ2", "The carer refused to complete and return the questionnaire"
    SDQ3 = "SDQ3", "Not possible because of the severity of the child's disability"
    SDQ4 = "SDQ4", "Other"
    SDQ5 = "SDQ5", "The child or young person refused to allow an SDQ"


class HealthCheck(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="health_checks")
    kind = models.CharField(max_length=20, choices=HealthCheckKind.choices)
    done_on = models.DateField("Date")
    practitioner = models.CharField("Carried out by", max_length=200, blank=True)
    sdq_score = models.PositiveSmallIntegerField(
        "SDQ total score", null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(40)]
    )
    sdq_reason = models.CharField(
        "Reason there is no SDQ score", max_length=4, choices=SdqReason.choices, blank=True
    )
    immunisations_up_to_date = models.BooleanField(null=True, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-done_on"]
        indexes = [models.Index(fields=["child", "kind", "done_on"], name="health_child_kind_on")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.done_on:%d %b %Y}"

    def clean(self) -> None:
        if self.kind != HealthCheckKind.SDQ and (self.sdq_score is not None or self.sdq_reason):
            raise ValidationError({"sdq_score": "Only an SDQ has a score or a reason for no score"})
        if self.kind == HealthCheckKind.SDQ and (self.sdq_score is None) == (not self.sdq_reason):
            raise ValidationError({"sdq_score": "Give either the SDQ score or the reason there is none"})


class SubstanceMisuse(models.Model):
    """A substance misuse problem identified for the child, and the intervention offered and received for it.

    It feeds the SSDA903 OC2 items SUBSTANCE_MISUSE, INTERVENTION_OFFERED and INTERVENTION_RECEIVED (DfE children
    looked after return guide: "intoxication by, or regular excessive consumption of and/or dependence on,
    psychoactive substances, leading to social, psychological, physical or legal problems")."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="substance_misuse")
    identified_on = models.DateField("Date the problem was identified")
    identified_by = models.CharField("Identified by", max_length=200, blank=True)
    intervention_offered_on = models.DateField("Date an intervention was offered", null=True, blank=True)
    intervention_received_on = models.DateField(
        "Date the child started to receive an intervention", null=True, blank=True
    )
    intervention_by = models.CharField("Service giving the intervention", max_length=200, blank=True)
    resolved_on = models.DateField("Date the problem was no longer identified", null=True, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-identified_on"]
        verbose_name_plural = "substance misuse records"
        indexes = [models.Index(fields=["child", "identified_on"], name="health_misuse_child_on")]

    def __str__(self) -> str:
        return f"Substance misuse identified on {self.identified_on:%d %b %Y}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.identified_on is not None:
            for name, words in (
                ("intervention_offered_on", "An intervention cannot be offered"),
                ("intervention_received_on", "An intervention cannot be received"),
                ("resolved_on", "The problem cannot end"),
            ):
                day = getattr(self, name)
                if day is not None and day < self.identified_on:
                    errors[name] = f"{words} before the problem was identified"
        offered, received = self.intervention_offered_on, self.intervention_received_on
        if offered is not None and received is not None and received < offered and not errors:
            errors["intervention_received_on"] = "An intervention cannot be received before it was offered"
        if errors:
            raise ValidationError(errors)
