"""One alert model and one inbox for every rule that raises one (DESIGN.md).

A rule raises an alert for a person under a key that names the condition (`kind:object:recipient`), so running
the rules again raises nothing twice; when the condition no longer holds the alert is closed, not deleted.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class AlertKind(models.TextChoices):
    BREAK_GLASS_UNREVIEWED = "break_glass_unreviewed", "Break-glass use waiting for review"
    TRANSFER_SUMMARY_OVERDUE = "transfer_summary_overdue", "Transfer summary overdue"
    THIRD_SOCIAL_WORKER = "third_social_worker", "Third social worker within 12 months"
    DUTY_OVERDUE = "duty_overdue", "Statutory duty overdue"
    RETURN_INTERVIEW_NOT_OFFERED = (
        "return_interview_not_offered",
        "Return interview not offered within 72 hours",
    )
    MISSING_PATTERN = "missing_pattern", "Pattern of going missing"
    RISK_HIGH = "risk_high", "High exploitation risk"
    RISK_ACTION_OVERDUE = "risk_action_overdue", "Risk plan action overdue"
    SCREENING_REVIEW_DUE = "screening_review_due", "Exploitation screening review overdue"
    NETWORK_MEETING_PROPOSED = "network_meeting_proposed", "Network meeting proposed"
    NETWORK_ACTION_OVERDUE = "network_action_overdue", "Network meeting action overdue"
    CONCERN_RAISED = "concern_raised", "Concern raised by the network"
    SHARING_INCOMPLETE = "sharing_incomplete", "Carers not yet given or not acknowledged information"
    HOST_NOT_NOTIFIED = "host_not_notified", "Host authority not notified or not acknowledged"
    ESCALATION_RAISED = "escalation_raised", "Escalation raised"
    ESCALATION_STAGE_OVERDUE = "escalation_stage_overdue", "Escalation stage past its time limit"
    SCHOOL_RECORDS_LATE = "school_records_late", "School records not transferred within 15 school days"
    KS4_MOVE_NOT_APPROVED = "ks4_move_not_approved", "Key Stage 4 school move without the approval it needs"


class Alert(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=40, choices=AlertKind.choices)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alerts")
    child = models.ForeignKey(
        "people.Child", on_delete=models.CASCADE, null=True, blank=True, related_name="alerts"
    )
    title = models.CharField(max_length=300)
    rule = models.CharField(max_length=20, blank=True)
    action_by = models.CharField("Who must act", max_length=200, blank=True)
    link = models.CharField(max_length=300, blank=True)
    raised_on = models.DateField()
    raised_at = models.DateTimeField(auto_now_add=True)
    closed_on = models.DateField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_on", "kind"]
        indexes = [models.Index(fields=["recipient", "closed_on"], name="alert_recipient_open")]

    def __str__(self) -> str:
        return self.title
