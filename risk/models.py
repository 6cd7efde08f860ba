"""Exploitation and online-risk screenings, the child's risk plan, and strategy discussions and joint decisions with
the police (DESIGN.md learning points 10, 11 and 12; statutory-rules.md M8).

SSD data model: no table of its own for screenings or risk plans; strategy discussions map onto
ssd_s47_enquiry / ssd_strategy (the s47 outcome), with the participants and dissent held beyond it."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from lantern.owners import check_owner, owner_text
from risk import levels


class Grade(models.TextChoices):
    NONE = levels.NONE, "None"
    LOW = levels.LOW, "Low"
    MEDIUM = levels.MEDIUM, "Medium"
    HIGH = levels.HIGH, "High"


class Level(models.TextChoices):
    LOW = levels.LOW, "Low"
    MEDIUM = levels.MEDIUM, "Medium"
    HIGH = levels.HIGH, "High"


class IndicatorGroup(models.TextChoices):
    SIGNIFICANT = levels.SIGNIFICANT, "Significant"
    ADDITIONAL = levels.ADDITIONAL, "Additional"


class Screening(models.Model):
    """One screening of the child for exploitation and online risk: each indicator graded with its evidence
    (ScreeningGrade), the overall level the rule gives (risk/levels.py) or higher on professional judgement, and
    the date by which it is to be screened again."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="risk_screenings")
    screened_on = models.DateField("Date of the screening")
    review_on = models.DateField("Review by")
    indicated_level = models.CharField(
        "Level the indicators give", max_length=10, choices=Level.choices, editable=False
    )
    judged_level = models.CharField(
        "Level on professional judgement", max_length=10, choices=Level.choices, blank=True
    )
    judgement_reason = models.TextField("Why the level is raised", blank=True)
    level = models.CharField("Overall level", max_length=10, choices=Level.choices, editable=False)
    level_reasons = models.TextField("How the level was worked out", blank=True, editable=False)
    referral_required = models.BooleanField(
        "Referral needed: aged 13 or under with a high-risk factor", default=False, editable=False
    )
    analysis = models.TextField("Analysis, and what the child said", blank=True)
    screened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-screened_on", "-recorded_at"]
        indexes = [models.Index(fields=["child", "screened_on"], name="risk_screening_child_on")]

    def __str__(self) -> str:
        return f"Exploitation screening on {self.screened_on:%d %b %Y}"

    def clean(self) -> None:
        if self.screened_on and self.review_on and self.review_on <= self.screened_on:
            raise ValidationError({"review_on": "The review date must be after the date of the screening"})
        if self.judged_level and not self.judgement_reason.strip():
            raise ValidationError({"judgement_reason": "Give the reason for raising the level"})


class ScreeningGrade(models.Model):
    """One indicator of a screening, graded none, low, medium or high, with the evidence for the grade. The label
    and group are kept as they were in the indicators file (risk/indicators.py) on the day."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    screening = models.ForeignKey(Screening, on_delete=models.CASCADE, related_name="grades")
    indicator = models.CharField(max_length=40)
    label = models.CharField(max_length=200)
    group = models.CharField(max_length=20, choices=IndicatorGroup.choices)
    position = models.PositiveSmallIntegerField(default=0)
    grade = models.CharField(max_length=10, choices=Grade.choices)
    evidence = models.TextField(blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["screening", "indicator"], name="risk_one_grade_per_indicator")
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.get_grade_display()}"

    def clean(self) -> None:
        if self.grade and self.grade != Grade.NONE and not self.evidence.strip():
            raise ValidationError(
                {
                    "evidence": f"Give the evidence for grading “{self.label}” as {self.get_grade_display().lower()}"
                }
            )


class RiskPlan(models.Model):
    """The child's risk plan: what it is to keep the child safe from, agreed with the network and the child.
    Its actions (RiskPlanAction) hang from the child, so that an action can be written before the plan's words."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.OneToOneField("people.Child", on_delete=models.CASCADE, related_name="risk_plan")
    agreed_on = models.DateField("Date agreed or last reviewed")
    review_on = models.DateField("Review by")
    concerns = models.TextField("What the plan is to keep the child safe from")
    child_view = models.TextField("What the child says about the plan", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return f"Risk plan agreed on {self.agreed_on:%d %b %Y}"

    def clean(self) -> None:
        if self.agreed_on and self.review_on and self.review_on <= self.agreed_on:
            raise ValidationError({"review_on": "The review date must be after the date the plan was agreed"})


class RiskPlanAction(models.Model):
    """One action of the child's risk plan, owned by someone in the network: a Lantern user, or someone named
    who has no account (the carer, a youth worker). An action not done by its due date raises an alert."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="risk_actions")
    action = models.TextField("What will be done")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_actions_owned",
        verbose_name="Who will do it",
    )
    owner_name = models.CharField(
        "Or the name of someone without a Lantern account", max_length=200, blank=True
    )
    owner_agency = models.CharField("Their agency or role", max_length=200, blank=True)
    due_on = models.DateField("Due by")
    done_on = models.DateField("Done on", null=True, blank=True)
    notes = models.TextField("What was done, or progress", blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["done_on", "due_on", "created_at"]
        indexes = [models.Index(fields=["child", "due_on"], name="risk_action_child_due")]

    def __str__(self) -> str:
        return self.action[:80]

    @property
    def owner_text(self) -> str:
        return owner_text(self)

    def clean(self) -> None:
        check_owner(self)


class DiscussionKind(models.TextChoices):
    STRATEGY_DISCUSSION = "strategy_discussion", "Strategy discussion"
    STRATEGY_MEETING = "strategy_meeting", "Strategy meeting"
    JOINT_DECISION = "joint_decision", "Joint decision with the police"


class DiscussionOutcome(models.TextChoices):
    S47 = "s47", "Section 47 enquiries to start"
    JOINT_INVESTIGATION = (
        "joint_investigation",
        "Joint investigation by the police and children’s social care",
    )
    POLICE_INVESTIGATION = "police_investigation", "Police investigation"
    RISK_PLAN = "risk_plan", "Support under the risk plan, with a network meeting"
    NO_FURTHER_ACTION = "no_further_action", "No further action"


class StrategyDiscussion(models.Model):
    """A strategy discussion or joint decision of the police and children's social care (learning point 11): who
    took part for each agency (DiscussionParticipant), what was decided, and any dissent in the dissenter's own
    words. A decision with dissent offers an escalation at once (escalation.models.Escalation, `discussion`); who
    raised it and when is kept here too."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="strategy_discussions")
    kind = models.CharField(
        "Kind of discussion",
        max_length=30,
        choices=DiscussionKind.choices,
        default=DiscussionKind.STRATEGY_DISCUSSION,
    )
    held_on = models.DateField("Date held")
    reason = models.TextField("Why it was held")
    decisions = models.TextField("What was decided")
    outcome = models.CharField("Outcome", max_length=30, choices=DiscussionOutcome.choices, blank=True)
    review_on = models.DateField("Review the decision by", null=True, blank=True)
    dissent_recorded = models.BooleanField(default=False, editable=False)
    escalation_requested = models.BooleanField("Escalation asked for", default=False, editable=False)
    escalation_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    escalation_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on"]
        indexes = [models.Index(fields=["child", "held_on"], name="risk_discussion_child_on")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.held_on:%d %b %Y}"

    def clean(self) -> None:
        if self.held_on and self.review_on and self.review_on < self.held_on:
            raise ValidationError({"review_on": "The review date cannot be before the discussion"})


class DiscussionParticipant(models.Model):
    """Who took part in a strategy discussion, for which agency, and their dissent from what was decided, in their
    own words (kept as written)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    discussion = models.ForeignKey(StrategyDiscussion, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField("Name", max_length=200)
    agency = models.CharField("Agency", max_length=200)
    role = models.CharField("Job or role", max_length=200, blank=True)
    dissent = models.TextField("Disagreement with the decision, in their own words", blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency})"
