"""Periods of care, legal statuses and placements: the facts from which SSDA903 episodes and the duty rules are
worked out (statutory-rules.md section 3: a new episode whenever legal status or placement changes).
SSD data model: ssd_cla_episodes, ssd_legal_status, ssd_cla_placement."""

from __future__ import annotations

import uuid
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from care.codes import CareEndReason, CategoryOfNeed, PlacementChangeReason, PlacementProvider, PlacementType
from care.register_models import CarerKind, CarerProvider, RegisterStatus, SexLimit, Skill, Support
from people.codes import LegalStatus

__all__ = [
    "CarerKind",
    "CarerProvider",
    "LegalStatusRecord",
    "PeriodOfCare",
    "Placement",
    "RegisterStatus",
    "SexLimit",
    "Skill",
    "Support",
]


def _check_dates(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError({"end_date": "The end date must be the same as or after the start date"})


class PeriodOfCare(models.Model):
    """From the day the child became looked after to the day they ceased to be (None: still looked after)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="periods_of_care")
    start_date = models.DateField("Became looked after on")
    end_date = models.DateField("Ceased to be looked after on", null=True, blank=True)
    category_of_need = models.CharField(
        max_length=2, choices=CategoryOfNeed.choices, default=CategoryOfNeed.N1
    )
    end_reason = models.CharField(
        "Reason care ended", max_length=3, choices=CareEndReason.choices, blank=True
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        indexes = [models.Index(fields=["child", "start_date"], name="period_child_start")]

    def __str__(self) -> str:
        return f"Period of care from {self.start_date:%d %b %Y}"

    def clean(self) -> None:
        _check_dates(self.start_date, self.end_date)
        if self.end_reason and not self.end_date:
            raise ValidationError({"end_reason": "Give the date care ended with the reason it ended"})
        if self.end_date and not self.end_reason:
            raise ValidationError({"end_reason": "Choose the reason care ended"})


class LegalStatusRecord(models.Model):
    """A legal status (SSDA903 LS) held from start to end, both inclusive."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="legal_statuses")
    code = models.CharField("Legal status", max_length=2, choices=LegalStatus.choices)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        indexes = [models.Index(fields=["child", "start_date"], name="legal_status_child_start")]

    def __str__(self) -> str:
        return f"{self.code} from {self.start_date:%d %b %Y}"

    def clean(self) -> None:
        _check_dates(self.start_date, self.end_date)


PLACEMENT_FIELDS = (
    "place",
    "provider",
    "carer",
    "address",
    "postcode",
    "in_authority",
    "start_date",
    "end_date",
    "change_reason",
    "intended_until_18_from",
    "before_assessment",
    "temporary_approval",
    "at_risk_since",
)  # what a worker records about a placement: its form and the case bundle carry these


class Placement(models.Model):
    """Where the child lives while looked after (SSDA903 PLACE, PLACE_PROVIDER, PL_POST, REASON_PLACE_CHANGE)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="placements")
    place = models.CharField("Placement type", max_length=3, choices=PlacementType.choices)
    provider = models.CharField(max_length=3, choices=PlacementProvider.choices)
    carer = models.CharField("Carer or provider", max_length=200)
    carer_record = models.ForeignKey(
        CarerProvider,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="placements",
        verbose_name="On the register as",
    )
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    in_authority = models.BooleanField("Inside the authority's area", default=True)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    change_reason = models.CharField(
        "Reason the placement ended", max_length=6, choices=PlacementChangeReason.choices, blank=True
    )
    intended_until_18_from = models.DateField(
        "Intended to last until the child is 18 from", null=True, blank=True
    )
    before_assessment = models.BooleanField(
        "Placed with a parent before the assessment was complete (regulation 19)", default=False
    )
    temporary_approval = models.BooleanField(
        "Connected person with temporary approval (regulation 24)", default=False
    )
    at_risk_since = models.DateField(
        "At risk of breaking down since",
        null=True,
        blank=True,
        help_text="Leave empty while the placement is stable. Lantern proposes a network meeting when it is at risk.",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        indexes = [models.Index(fields=["child", "start_date"], name="placement_child_start")]

    def __str__(self) -> str:
        return f"{self.carer} ({self.place}) from {self.start_date:%d %b %Y}"

    def is_current_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def clean(self) -> None:
        _check_dates(self.start_date, self.end_date)
        if self.change_reason and not self.end_date:
            raise ValidationError({"change_reason": "Give the end date with the reason the placement ended"})
        if self.intended_until_18_from and self.start_date and self.intended_until_18_from < self.start_date:
            raise ValidationError(
                {"intended_until_18_from": "The placement cannot be long-term before it started"}
            )
        if self.at_risk_since and self.start_date and self.at_risk_since < self.start_date:
            raise ValidationError({"at_risk_since": "A placement cannot be at risk before it started"})
        if self.before_assessment and self.place != PlacementType.P1:
            raise ValidationError(
                {"before_assessment": "Regulation 19 applies only to a placement with a parent (P1)"}
            )
