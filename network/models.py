"""The child's professional network (learning point 4 of the Child R review: looked-after reviews are not a forum for
the full network): everyone involved, network meetings apart from the reviews, what they decided and who does what,
and the concerns partners raise from their own view.

SSD has no network table; a member maps onto SSD's "involvements" where the member is a worker of the authority."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from lantern.owners import check_owner, owner_text


class AgencyKind(models.TextChoices):
    SOCIAL_CARE = "social_care", "Children’s social care"
    CARER = "carer", "Carer or children’s home"
    SCHOOL = "school", "School or college"
    VIRTUAL_SCHOOL = "virtual_school", "Virtual school"
    HEALTH = "health", "Health"
    POLICE = "police", "Police"
    HOST_AUTHORITY = "host_authority", "Host authority (child placed out of borough)"
    COMMISSIONED = "commissioned", "Commissioned service"
    YOUTH_JUSTICE = "youth_justice", "Youth justice"
    IRO = "iro", "Independent reviewing officer"
    OTHER = "other", "Other"


class NetworkMember(models.Model):
    """A professional or carer involved with the child, from a date and (once they stop) to a date. A member who is a
    Lantern user can be given a time-limited access grant when added (`grant`)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="network_members")
    agency_kind = models.CharField("Kind of agency", max_length=20, choices=AgencyKind.choices)
    agency = models.CharField("Agency", max_length=200)
    role = models.CharField("Job or role", max_length=200)
    name = models.CharField("Name", max_length=200)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="network_memberships",
        verbose_name="Their Lantern account",
    )
    email = models.EmailField("Email", blank=True)
    phone = models.CharField("Phone", max_length=40, blank=True)
    from_date = models.DateField("Involved from")
    to_date = models.DateField("Involved until", null=True, blank=True)
    grant = models.ForeignKey(
        "access.AccessGrant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["agency_kind", "name"]
        indexes = [models.Index(fields=["child", "to_date"], name="network_member_child_to")]

    def __str__(self) -> str:
        return f"{self.name}, {self.role} ({self.agency})"

    def clean(self) -> None:
        if self.from_date and self.to_date and self.to_date < self.from_date:
            raise ValidationError({"to_date": "The end of their involvement cannot be before its start"})


class NetworkMeeting(models.Model):
    """A meeting of the child's network, separate from the looked-after review: who came, who sent apologies
    (MeetingAttendance), what was shared, what was decided, and the actions (MeetingAction)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="network_meetings")
    held_on = models.DateField("Date held")
    chair = models.CharField("Chaired by", max_length=200, blank=True)
    reason = models.TextField("Why it was held", blank=True)
    information_shared = models.TextField("Information shared")
    decisions = models.TextField("What was decided")
    next_meeting_on = models.DateField("Next meeting", null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on"]
        indexes = [models.Index(fields=["child", "held_on"], name="network_meeting_child_on")]

    def __str__(self) -> str:
        return f"Network meeting on {self.held_on:%d %b %Y}"

    def clean(self) -> None:
        if self.held_on and self.next_meeting_on and self.next_meeting_on <= self.held_on:
            raise ValidationError({"next_meeting_on": "The next meeting must be after this one"})


class Attendance(models.TextChoices):
    ATTENDED = "attended", "Attended"
    APOLOGIES = "apologies", "Sent apologies"
    ABSENT = "absent", "Did not attend"


class MeetingAttendance(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(
        NetworkMember, on_delete=models.SET_NULL, null=True, blank=True, related_name="attendance"
    )
    name = models.CharField("Name", max_length=200)
    agency = models.CharField("Agency", max_length=200)
    attendance = models.CharField(max_length=12, choices=Attendance.choices, default=Attendance.ATTENDED)
    position = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position"]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency}): {self.get_attendance_display()}"


class MeetingAction(models.Model):
    """An action decided at a network meeting, with its owner and due date; chased when overdue."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    meeting = models.ForeignKey(NetworkMeeting, on_delete=models.CASCADE, related_name="actions")
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="network_actions")
    action = models.TextField("What will be done")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="network_actions_owned",
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
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "due_on"]
        indexes = [models.Index(fields=["child", "due_on"], name="network_action_child_due")]

    def __str__(self) -> str:
        return self.action[:80]

    @property
    def owner_text(self) -> str:
        return owner_text(self)

    def clean(self) -> None:
        check_owner(self)


class Concern(models.Model):
    """A worry about the child raised by someone in the network from their own view (a carer, the school, the
    police...): it goes into the chronology and alerts the allocated worker until they have read it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="network_concerns")
    noticed_on = models.DateField("When it happened or was noticed")
    concern = models.TextField("What worries you")
    agency = models.CharField("Agency", max_length=200)
    urgent = models.BooleanField("The child may be at risk of harm now", default=False)
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    raised_at = models.DateTimeField(default=timezone.now, editable=False)
    read_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    read_at = models.DateTimeField(null=True, blank=True)
    response = models.TextField("What the worker did about it", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-noticed_on", "-raised_at"]
        indexes = [models.Index(fields=["child", "read_at"], name="network_concern_child_read")]

    def __str__(self) -> str:
        return f"Concern from {self.agency} on {self.noticed_on:%d %b %Y}"
