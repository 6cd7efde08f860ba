"""Missing episodes, return interviews and the Philomena profile kept ready for each child.

Sources (../shared/reference/statutory-rules.md, section 2): *Statutory guidance on children who run away or go
missing from home or care* (DfE 2014, M1, M2, M5, M6); the police definitions and risk grading (M3); the police safe
and well check, which is not the return interview (M4); the Philomena Protocol (M7)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords


class EpisodeKind(models.TextChoices):
    """SSDA903 MISSING: M missing (whereabouts unknown), A away from placement without authorisation (known)."""

    MISSING = "M", "Missing (whereabouts unknown)"
    AWAY = "A", "Away without authorisation (whereabouts known)"


class PoliceRisk(models.TextChoices):
    """The police risk grading (College of Policing APP), kept apart from the authority's own assessment (M3)."""

    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


class MissingEpisode(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="missing_episodes")
    kind = models.CharField("Missing or away", max_length=1, choices=EpisodeKind.choices)
    started_at = models.DateTimeField("When the child went missing")
    ended_at = models.DateTimeField("When the child came back", null=True, blank=True)
    reported_by = models.CharField("Who reported it", max_length=200)
    reported_at = models.DateTimeField("When it was recorded in Lantern", default=timezone.now)
    police_reference = models.CharField("Police reference", max_length=60, blank=True)
    police_risk = models.CharField(
        "Police risk grading", max_length=10, choices=PoliceRisk.choices, blank=True
    )
    found_where = models.CharField("Where the child was found", max_length=300, blank=True)
    found_with = models.CharField("Who the child was with", max_length=300, blank=True)
    safe_and_well_on = models.DateField("Police safe and well check", null=True, blank=True)
    harm_disclosed = models.TextField("Harm disclosed", blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["child", "started_at"], name="missing_child_start")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} from {timezone.localtime(self.started_at):%d %b %Y %H:%M}"

    @property
    def hours(self) -> float | None:
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds() / 3600

    def clean(self) -> None:
        if self.started_at and self.ended_at and self.ended_at <= self.started_at:
            raise ValidationError({"ended_at": "The return must be after the child went missing"})
        if self.started_at and self.started_at > timezone.now():
            raise ValidationError({"started_at": "When the child went missing cannot be in the future"})
        if self.ended_at and self.ended_at > timezone.now():
            raise ValidationError({"ended_at": "When the child came back cannot be in the future"})
        if (
            self.safe_and_well_on
            and self.started_at
            and self.safe_and_well_on < timezone.localdate(self.started_at)
        ):
            raise ValidationError(
                {"safe_and_well_on": "The safe and well check cannot be before the episode"}
            )


# What a person records of an episode (its form, the API and the case bundle name these once).
EPISODE_FIELDS = (
    "kind",
    "started_at",
    "ended_at",
    "reported_by",
    "police_reference",
    "police_risk",
    "found_where",
    "found_with",
    "safe_and_well_on",
    "harm_disclosed",
    "notes",
)


class InterviewResponse(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class ReturnInterview(models.Model):
    """The independent return interview offered within 72 hours of the child's return (M5), what the child said
    (push and pull factors, places, people: M6), and the reason when none was done."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="return_interviews")
    episode = models.OneToOneField(MissingEpisode, on_delete=models.CASCADE, related_name="return_interview")
    offered_at = models.DateTimeField("When the interview was offered", null=True, blank=True)
    offered_by = models.CharField("Offered by", max_length=200, blank=True)
    response = models.CharField(
        "The child's answer", max_length=10, choices=InterviewResponse.choices, blank=True
    )
    done_on = models.DateField("Date of the interview", null=True, blank=True)
    done_by = models.CharField("Interview done by", max_length=200, blank=True)
    push_factors = models.TextField("What pushed the child away", blank=True)
    pull_factors = models.TextField("What drew the child away", blank=True)
    places = models.TextField("Places the child named", blank=True)
    people = models.TextField("People the child named", blank=True)
    no_interview_reason = models.TextField("Why no interview was done", blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-offered_at"]

    def __str__(self) -> str:
        return f"Return interview for the episode of {timezone.localtime(self.episode.started_at):%d %b %Y}"

    def clean(self) -> None:
        if self.done_on and self.response == InterviewResponse.DECLINED:
            raise ValidationError({"done_on": "An interview the child declined has no date it was done"})
        if self.done_on and not self.offered_at:
            raise ValidationError({"offered_at": "Give when the interview was offered"})
        if self.response and not self.offered_at:
            raise ValidationError({"offered_at": "Give when the interview was offered"})
        if self.offered_at and self.offered_at > timezone.now():
            raise ValidationError({"offered_at": "When the interview was offered cannot be in the future"})
        episode = self.episode if self.episode_id else None
        if episode is not None and self.offered_at and self.offered_at < episode.started_at:
            raise ValidationError({"offered_at": "The interview cannot be offered before the episode began"})
        if self.done_on and self.done_on > timezone.localdate():
            raise ValidationError({"done_on": "The date of the interview cannot be in the future"})
        if self.done_on and self.offered_at and self.done_on < timezone.localdate(self.offered_at):
            raise ValidationError({"done_on": "The interview cannot be done before it was offered"})


# What a person records of a return interview (its form, the API and the case bundle).
INTERVIEW_FIELDS = (
    "offered_at",
    "offered_by",
    "response",
    "done_on",
    "done_by",
    "push_factors",
    "pull_factors",
    "places",
    "people",
    "no_interview_reason",
    "notes",
)


def profile_photo_path(profile: MissingProfile, filename: str) -> str:
    return f"profiles/{profile.child_id}/{uuid.uuid4()}.jpg"


class MissingProfile(models.Model):
    """The Philomena Protocol's Part 1, kept ready by the carer and the worker so that it can be given to the police
    the moment the child goes missing (M7). The child's missing history is drawn from the episodes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.OneToOneField("people.Child", on_delete=models.CASCADE, related_name="missing_profile")
    description = models.TextField(
        "Description", blank=True, help_text="Height, build, hair, eyes, marks, how the child usually dresses"
    )
    photo = models.ImageField(upload_to=profile_photo_path, blank=True)
    photo_taken_on = models.DateField("Date of the photo", null=True, blank=True)
    associates = models.TextField("Friends and associates", blank=True, help_text="One per line")
    places = models.TextField("Places the child may go", blank=True, help_text="One per line")
    phones_and_social_media = models.TextField(
        "Phones and social media", blank=True, help_text="One per line"
    )
    medical_needs = models.TextField("Medical needs and medication", blank=True)
    vulnerabilities = models.TextField("Vulnerabilities and risks", blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return "Missing person profile"


class ProfileSent(models.Model):
    """A copy of the profile given to the police: when, by whom, to which address, for which episode."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="profiles_sent")
    episode = models.ForeignKey(
        MissingEpisode, on_delete=models.SET_NULL, null=True, blank=True, related_name="profiles_sent"
    )
    sent_to = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    last_seen_wearing = models.TextField("Clothing when last seen", blank=True)
    last_seen = models.TextField("Where and when last seen", blank=True)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"Profile sent to {self.sent_to} at {timezone.localtime(self.sent_at):%d %b %Y %H:%M}"
