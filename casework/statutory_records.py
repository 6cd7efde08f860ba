"""Casework records that statutory duties turn on: visits, looked-after reviews, plans and placement notifications
(CPPCR 2010 regs 4, 9, 13, 28, 33; Care Leavers (England) Regulations 2010). Imported by casework.models."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


class VisitPlace(models.TextChoices):
    PLACEMENT = "placement", "Where the child lives"
    SCHOOL = "school", "School or college"
    FAMILY = "family", "Family home"
    OFFICE = "office", "Council office"
    COMMUNITY = "community", "In the community"
    OTHER = "other", "Somewhere else"


class Visit(models.Model):
    """A statutory visit to the child (CPPCR 2010 reg 28). Only a visit where the child was seen counts for the
    visit duty."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="visits")
    visited_on = models.DateField("Date of the visit")
    seen = models.BooleanField("The child was seen", default=True)
    seen_alone = models.BooleanField("The child was seen alone", default=False)
    visitor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="visits_made"
    )
    where = models.CharField(max_length=20, choices=VisitPlace.choices, default=VisitPlace.PLACEMENT)
    notes = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-visited_on"]
        indexes = [models.Index(fields=["child", "visited_on"], name="visit_child_on")]

    def __str__(self) -> str:
        return f"Visit on {self.visited_on:%d %b %Y}"

    def clean(self) -> None:
        if self.seen_alone and not self.seen:
            raise ValidationError({"seen_alone": "A child who was not seen cannot have been seen alone"})


class Participation(models.TextChoices):
    """SSDA903 REVIEW_CODE: how the child took part in the review."""

    PN0 = "PN0", "PN0: child aged under 4 at the time of the review"
    PN1 = "PN1", "PN1: attended and spoke for themselves"
    PN2 = "PN2", "PN2: attended and an advocate spoke for them"
    PN3 = "PN3", "PN3: attended and conveyed their views without words"
    PN4 = "PN4", "PN4: attended but did not convey their views"
    PN5 = "PN5", "PN5: did not attend; an advocate gave their views"
    PN6 = "PN6", "PN6: did not attend; sent their views another way"
    PN7 = "PN7", "PN7: did not attend and did not convey their views"


class LookedAfterReview(models.Model):
    """A looked-after review chaired by the IRO (CPPCR 2010 Part 6)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="reviews")
    held_on = models.DateField("Date of the review")
    iro = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews_chaired",
    )
    participation = models.CharField("How the child took part", max_length=3, choices=Participation.choices)
    notes = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on"]
        indexes = [models.Index(fields=["child", "held_on"], name="review_child_held")]

    def __str__(self) -> str:
        return f"Looked-after review on {self.held_on:%d %b %Y}"


class PlanKind(models.TextChoices):
    CARE_PLAN = "care_plan", "Care plan"
    PLACEMENT_PLAN = "placement_plan", "Placement plan"
    NEEDS_ASSESSMENT = "needs_assessment", "Needs assessment (16 and over)"
    PATHWAY_PLAN = "pathway_plan", "Pathway plan"


class Plan(models.Model):
    """A care plan, placement plan, needs assessment or pathway plan, made or reviewed on a date. A placement plan
    belongs to its placement and counts only once the carer has signed it (CPPCR 2010 reg 9)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="plans")
    kind = models.CharField(max_length=20, choices=PlanKind.choices)
    made_on = models.DateField("Date made or reviewed")
    placement = models.ForeignKey(
        "care.Placement", on_delete=models.CASCADE, null=True, blank=True, related_name="plans"
    )
    carer_signed_on = models.DateField("Signed by the carer on", null=True, blank=True)
    summary = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-made_on"]
        indexes = [models.Index(fields=["child", "kind", "made_on"], name="plan_child_kind_on")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.made_on:%d %b %Y}"

    def clean(self) -> None:
        if self.kind == PlanKind.PLACEMENT_PLAN and self.placement_id is None:
            raise ValidationError({"placement": "Choose the placement this plan is for"})
        if self.kind != PlanKind.PLACEMENT_PLAN and (self.placement_id or self.carer_signed_on):
            raise ValidationError(
                {"placement": "Only a placement plan belongs to a placement and a carer's signature"}
            )
        if self.placement is not None and self.placement.child_id != self.child_id:
            raise ValidationError({"placement": "Choose one of this child's placements"})
        if self.carer_signed_on and self.made_on and self.carer_signed_on < self.made_on:
            raise ValidationError({"carer_signed_on": "The carer cannot sign the plan before it was made"})


class NotificationRecipient(models.TextChoices):
    """Who must be told of a placement (CPPCR 2010 reg 13; the area authority added by SI 2013/3239)."""

    CHILD = "child", "The child"
    PARENT = "parent", "Parent or person with parental responsibility"
    CONTACT = "contact", "Person with a contact order"
    PREVIOUS_CARER = "previous_carer", "Previous carer"
    HEALTH_BODY = "health_body", "Health body (ICB)"
    GP = "gp", "GP"
    SCHOOL = "school", "School"
    IRO = "iro", "Independent reviewing officer"
    AREA_AUTHORITY = "area_authority", "Area authority (out of area)"


class PlacementNotification(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey(
        "people.Child", on_delete=models.CASCADE, related_name="placement_notifications"
    )
    placement = models.ForeignKey("care.Placement", on_delete=models.CASCADE, related_name="notifications")
    recipient = models.CharField(max_length=20, choices=NotificationRecipient.choices)
    sent_on = models.DateField("Sent on")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-sent_on"]
        indexes = [models.Index(fields=["placement", "sent_on"], name="notification_placement_on")]

    def __str__(self) -> str:
        return f"{self.get_recipient_display()} told on {self.sent_on:%d %b %Y}"

    def clean(self) -> None:
        if self.placement_id and self.placement.child_id != self.child_id:
            raise ValidationError({"placement": "Choose one of this child's placements"})
