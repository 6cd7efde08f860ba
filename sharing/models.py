"""What was shared with whom about the child, when, how, and whether they acknowledged it (learning point 5 of the
Child R review: carers and the network must be "given full and good information about the determined needs of the
child and the current plans, as well as relevant history", harder out of borough)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from network.models import AgencyKind


class Item(models.TextChoices):
    HISTORY_SUMMARY = "history_summary", "History summary"
    CARE_PLAN = "care_plan", "Care plan"
    PLACEMENT_PLAN = "placement_plan", "Placement plan"
    RISK_PLAN = "risk_plan", "Risk plan"
    DELEGATED_AUTHORITY = "delegated_authority", "Delegated authority"
    MISSING_PROFILE = "missing_profile", "Missing person profile"
    PLACEMENT_NOTIFICATION = "placement_notification", "Notification of the placement"
    HEALTH_PLAN = "health_plan", "Health plan"
    PEP = "pep", "Personal education plan"
    OTHER = "other", "Something else"


class Method(models.TextChoices):
    SECURE_EMAIL = "secure_email", "Secure email"
    EMAIL = "email", "Email"
    IN_PERSON = "in_person", "Handed over in person"
    POST = "post", "Post"
    MEETING = "meeting", "At a meeting"
    PHONE = "phone", "Told by phone"
    LANTERN = "lantern", "Through Lantern"


class SharedInformation(models.Model):
    """One thing shared with one recipient: the carers of a placement, the host authority, the school... A recipient in
    the child's network is linked (`member`); one who is a Lantern user acknowledges it from their own view."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="information_shared")
    placement = models.ForeignKey(
        "care.Placement",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="information_shared",
        verbose_name="For the placement",
    )
    item = models.CharField("What was shared", max_length=30, choices=Item.choices)
    description = models.CharField("Describe it", max_length=300, blank=True)
    recipient_kind = models.CharField("Kind of recipient", max_length=20, choices=AgencyKind.choices)
    member = models.ForeignKey(
        "network.NetworkMember",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="information_received",
        verbose_name="Who in the network",
    )
    recipient = models.CharField("Shared with", max_length=200)
    shared_on = models.DateField("Shared on")
    method = models.CharField("How", max_length=20, choices=Method.choices)
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_on = models.DateField("Acknowledged on", null=True, blank=True)
    acknowledged_by = models.CharField("Acknowledged by", max_length=200, blank=True)
    notes = models.TextField("Notes", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-shared_on", "item"]
        indexes = [
            models.Index(fields=["child", "shared_on"], name="shared_child_on"),
            models.Index(fields=["placement", "item"], name="shared_placement_item"),
        ]

    def __str__(self) -> str:
        return f"{self.get_item_display()} to {self.recipient} on {self.shared_on:%d %b %Y}"

    def clean(self) -> None:
        if self.item == Item.OTHER and not self.description.strip():
            raise ValidationError({"description": "Describe what was shared"})
        if self.acknowledged_on and self.shared_on and self.acknowledged_on < self.shared_on:
            raise ValidationError({"acknowledged_on": "It cannot be acknowledged before it was shared"})
        if self.acknowledged_by.strip() and not self.acknowledged_on:
            raise ValidationError({"acknowledged_on": "Enter the date it was acknowledged"})
        if self.placement is not None and self.placement.child_id != self.child_id:
            raise ValidationError({"placement": "Choose one of this child's placements"})
        if self.member is not None and self.member.child_id != self.child_id:
            raise ValidationError({"member": "Choose someone in this child's network"})
