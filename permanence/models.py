"""What a child had before coming into care (a previous permanence order) and the decisions that a child should be
placed for adoption, with the match and the adopters of a child adopted: the SSDA903 PrevPerm, PlacedAdoption and
AD1 tables (statutory-rules.md section 3). SSD data model: ssd_cla_previous_permanence, ssd_permanence."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from permanence.codes import (
    PERMANENCE_AUTHORITIES,
    Adopters,
    AdoptersLegalStatus,
    DatePrecision,
    PreviousPermanenceOption,
    ReasonDecisionCeased,
)
from permanence.rules import adopters_problem, date_perm_text, number_of_adopters

MATCH_FIELDS = ("matched_on", "by_foster_carer", "adopters", "adopters_legal_status")


class PreviousPermanence(models.Model):
    """The permanence order the child had before a period of care began (PREV_PERM, LA_PERM, DATE_PERM): asked of
    every period of care that starts (rule 630)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="previous_permanence")
    period = models.OneToOneField(
        "care.PeriodOfCare",
        on_delete=models.CASCADE,
        related_name="previous_permanence",
        verbose_name="Period of care",
    )
    option = models.CharField(
        "Permanence order before this period of care", max_length=2, choices=PreviousPermanenceOption.choices
    )
    authority = models.CharField("Authority that arranged it", max_length=3, blank=True)
    order_date = models.DateField("Date of the order", null=True, blank=True)
    order_date_precision = models.CharField(
        "How much of the date is known",
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "previous permanence"

    def __str__(self) -> str:
        return f"{self.get_option_display()} before the period of care"

    @property
    def date_perm(self) -> str:
        return date_perm_text(self.order_date, self.order_date_precision)

    def clean(self) -> None:
        """Z1 has no authority or date (rule 635); any other option has both (rule 630), the authority from the list
        of rule 633."""
        self.authority = self.authority.strip().upper()
        if self.option == PreviousPermanenceOption.Z1:
            if self.authority or self.order_date:
                raise ValidationError(
                    {"option": "Leave the authority and the date blank when there was no permanence order"}
                )
            self.order_date_precision = DatePrecision.DAY
            return
        errors = {}
        if not self.authority:
            errors["authority"] = "Enter the authority that arranged the order"
        elif self.authority not in PERMANENCE_AUTHORITIES:
            errors["authority"] = (
                "Enter the authority’s three-digit DfE number, or WAL, SCO, NIR or NUK for an order made in "
                "Wales, Scotland, Northern Ireland or outside the UK"
            )
        if self.order_date is None:
            errors["order_date"] = "Enter the date of the order, as much of it as is known"
        if errors:
            raise ValidationError(errors)


class AdoptionDecision(models.Model):
    """The agency decision maker's decision that the child should be placed for adoption (DATE_PLACED, and DATE_INT
    for a child adopted: rule 523 has them the same day), the day it ceased to be the plan and why
    (DATE_PLACED_CEASED, REASON_PLACED_CEASED), and, once the child is matched, the match and the adopters (AD1)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="adoption_decisions")
    decided_on = models.DateField("Date of the decision that the child should be placed for adoption")
    ceased_on = models.DateField("Date the decision ceased to be the plan", null=True, blank=True)
    ceased_reason = models.CharField(
        "Why the decision ceased", max_length=3, choices=ReasonDecisionCeased.choices, blank=True
    )
    matched_on = models.DateField("Date the child was matched with the adopters", null=True, blank=True)
    by_foster_carer = models.BooleanField("Adopted by their foster carer", null=True, blank=True)
    adopters = models.CharField("The adopters", max_length=2, choices=Adopters.choices, blank=True)
    adopters_legal_status = models.CharField(
        "The adopters’ legal status", max_length=3, choices=AdoptersLegalStatus.choices, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-decided_on"]
        indexes = [models.Index(fields=["child", "decided_on"], name="adoption_decision_child_on")]

    def __str__(self) -> str:
        return f"Decision to place for adoption on {self.decided_on:%d %b %Y}"

    @property
    def matched(self) -> bool:
        return self.matched_on is not None

    @property
    def number_of_adopters(self) -> int | None:
        return number_of_adopters(self.adopters) if self.adopters else None

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.ceased_on and self.decided_on and self.ceased_on < self.decided_on:
            errors["ceased_on"] = "The decision cannot cease before it was made"  # rule 522
        if self.ceased_reason and not self.ceased_on:
            errors["ceased_on"] = "Give the date the decision ceased with the reason"  # rule 119
        elif self.ceased_on and not self.ceased_reason:
            errors["ceased_reason"] = "Choose why the decision ceased"  # rule 119
        given = [name for name in MATCH_FIELDS if getattr(self, name) not in (None, "")]
        if given and self.ceased_on:
            # rule 525: a child whose decision was reversed is not adopted under it
            errors["matched_on"] = (
                "A decision that has ceased has no match: remove the match or the ceased date"
            )
        elif given and len(given) < len(MATCH_FIELDS):
            for name in MATCH_FIELDS:  # rule 151: all the adoption items, or none
                if name not in given:
                    errors[name] = _MATCH_MISSING[name]
        if self.matched_on and self.decided_on and self.matched_on < self.decided_on:
            errors["matched_on"] = (
                "The child cannot be matched before the decision to place for adoption"  # 333
            )
        problem = adopters_problem(self.adopters, self.adopters_legal_status)
        if problem:
            errors["adopters_legal_status"] = problem
        if errors:
            raise ValidationError(errors)


_MATCH_MISSING = {
    "matched_on": "Enter the date the child was matched with the adopters",
    "by_foster_carer": "Say whether the child is adopted by their foster carer",
    "adopters": "Choose who the adopters are",
    "adopters_legal_status": "Choose the adopters’ legal status",
}
