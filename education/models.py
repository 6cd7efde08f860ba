"""The child's education record: schools (DfE URN), enrolments, attendance, exclusions, school moves with the
transfer of the child's records between schools, and personal education plans (statutory-rules.md R5, R22-R24).
Learning point 9 of the Child R review: information about a looked-after child who moves schools did not follow
her in a transparent and timely way."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords


def _ordered(start_field: str, start: object, end_field: str, end: object, message: str) -> None:
    if start and end and end < start:  # type: ignore[operator]
        raise ValidationError({end_field: message})


class Phase(models.TextChoices):
    PRIMARY = "primary", "Primary"
    SECONDARY = "secondary", "Secondary"
    ALL_THROUGH = "all_through", "All-through"
    SPECIAL = "special", "Special school"
    ALTERNATIVE = "alternative", "Alternative provision or pupil referral unit"
    COLLEGE = "college", "College (16 and over)"


class School(models.Model):
    """A school or college, by its DfE unique reference number (URN), with its designated teacher for looked-after
    children (Children and Young Persons Act 2008 s.20)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    urn = models.CharField("URN", max_length=8, unique=True, help_text="The DfE unique reference number")
    name = models.CharField(max_length=200)
    authority = models.CharField("Local authority", max_length=100)
    phase = models.CharField(max_length=12, choices=Phase.choices)
    postcode = models.CharField(max_length=10, blank=True)
    area = models.CharField("Town or district", max_length=100, blank=True)
    easting = models.PositiveIntegerField(null=True, blank=True)
    northing = models.PositiveIntegerField(null=True, blank=True)
    designated_teacher = models.CharField(max_length=200, blank=True)
    designated_teacher_contact = models.CharField(max_length=200, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} (URN {self.urn})"

    def clean(self) -> None:
        if self.urn and not self.urn.isdigit():
            raise ValidationError({"urn": "A URN is digits only"})
        if (self.easting is None) != (self.northing is None):
            raise ValidationError({"northing": "Give both the easting and the northing, or neither"})


class Enrolment(models.Model):
    """The child on a school's roll from start to end (None: still on roll). `dual` marks a dual registration
    (alternative provision beside the main school)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="enrolments")
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="enrolments")
    start_date = models.DateField("Joined on")
    end_date = models.DateField("Left on", null=True, blank=True)
    dual = models.BooleanField("Dual registration (not the main school)", default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        indexes = [models.Index(fields=["child", "start_date"], name="enrolment_child_start")]

    def __str__(self) -> str:
        return f"{self.school.name} from {self.start_date:%d %b %Y}"

    def clean(self) -> None:
        _ordered(
            "start_date", self.start_date, "end_date", self.end_date, "The child cannot leave before joining"
        )


class Attendance(models.Model):
    """Attendance over a period (usually a half-term or term), in sessions (a day is two sessions)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="attendance")
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="+", null=True, blank=True)
    period_start = models.DateField("From")
    period_end = models.DateField("To")
    sessions_possible = models.PositiveIntegerField()
    sessions_attended = models.PositiveIntegerField()
    unauthorised_absences = models.PositiveIntegerField("Sessions of unauthorised absence", default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["period_start"]
        indexes = [models.Index(fields=["child", "period_start"], name="attendance_child_start")]

    def __str__(self) -> str:
        return f"Attendance {self.period_start:%d %b %Y} to {self.period_end:%d %b %Y}"

    @property
    def percentage(self) -> float | None:
        if not self.sessions_possible:
            return None
        return round(100 * self.sessions_attended / self.sessions_possible, 1)

    def clean(self) -> None:
        _ordered(
            "period_start",
            self.period_start,
            "period_end",
            self.period_end,
            "The period cannot end before it starts",
        )
        if (
            self.sessions_possible is not None
            and self.sessions_attended is not None
            and self.sessions_attended > self.sessions_possible
        ):
            raise ValidationError(
                {"sessions_attended": "Sessions attended cannot be more than sessions possible"}
            )
        if (
            self.sessions_possible is not None
            and self.sessions_attended is not None
            and self.unauthorised_absences is not None
            and self.unauthorised_absences > self.sessions_possible - self.sessions_attended
        ):
            raise ValidationError(
                {"unauthorised_absences": "Unauthorised absences cannot be more than the sessions missed"}
            )


class ExclusionKind(models.TextChoices):
    SUSPENSION = "suspension", "Suspension (fixed period)"
    PERMANENT = "permanent", "Permanent exclusion"


class Exclusion(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="exclusions")
    school = models.ForeignKey(School, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=ExclusionKind.choices)
    start_date = models.DateField("First day")
    days = models.DecimalField("Days (suspension)", max_digits=4, decimal_places=1, null=True, blank=True)
    reason = models.TextField()
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        indexes = [models.Index(fields=["child", "start_date"], name="exclusion_child_start")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} from {self.start_date:%d %b %Y}"

    def clean(self) -> None:
        if self.kind == ExclusionKind.SUSPENSION and not self.days:
            raise ValidationError({"days": "Give the number of days of the suspension"})
        if self.kind == ExclusionKind.SUSPENSION and self.days and self.days > 45:
            raise ValidationError(
                {"days": "A pupil cannot be suspended for more than 45 days in a school year"}
            )
        if self.days is not None and (self.days * 2) % 1:
            raise ValidationError({"days": "Give the days in half days: a suspension is counted in sessions"})


class MoveReason(models.TextChoices):
    PLACEMENT_MOVE = "placement_move", "The child's placement moved"
    EXCLUSION = "exclusion", "Permanent exclusion"
    TRANSITION = "transition", "Moving up (primary to secondary, or to college)"
    NEEDS = "needs", "To meet the child's needs (a special or alternative school)"
    CHOICE = "choice", "The child's or family's choice"
    OTHER = "other", "Other"


class ApproverLevel(models.TextChoices):
    NOMINATED_OFFICER = "nominated_officer", "Nominated officer"
    DIRECTOR = "director", "Director of children's services (distant placement)"


class SchoolMove(models.Model):
    """A change of school, with the transfer of the child's records: the common transfer file (CTF) and the
    educational record go from the old school to the new one within 15 school days of the child leaving (The
    Education (Pupil Information) (England) Regulations 2005, reg 9(3)). A placement move that changes the school of
    a pupil in Key Stage 4 needs the nominated officer's approval, with the designated teacher and the IRO consulted
    (the Director for a distant placement): CPPCR 2010 regs 10 and 11 as amended 2013 (statutory-rules.md R5)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="school_moves")
    from_school = models.ForeignKey(
        School, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="Old school"
    )
    to_school = models.ForeignKey(
        School, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="New school"
    )
    reason = models.CharField(max_length=16, choices=MoveReason.choices)
    reason_detail = models.TextField("More about the reason", blank=True)
    placement = models.ForeignKey(
        "care.Placement",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="school_moves",
        verbose_name="The placement that caused it",
    )
    left_on = models.DateField("Left the old school on")
    joined_on = models.DateField("Joined the new school on", null=True, blank=True)
    records_due_on = models.DateField("Records due by", editable=False, null=True)
    records_sent_on = models.DateField("Old school sent the records on", null=True, blank=True)
    records_received_on = models.DateField("New school received the records on", null=True, blank=True)
    distant = models.BooleanField(
        "Distant placement",
        default=False,
        help_text="The worker says the placement is distant (outside the authority and its neighbours, or more than "
        "20 miles from the old school): in Key Stage 4 the Director must approve the move",
    )
    ks4_approved_by = models.CharField("Approved by", max_length=200, blank=True)
    ks4_approver_level = models.CharField(
        "Approver", max_length=20, choices=ApproverLevel.choices, blank=True
    )
    ks4_approved_on = models.DateField("Approved on", null=True, blank=True)
    designated_teacher_consulted_on = models.DateField(null=True, blank=True)
    iro_consulted_on = models.DateField("IRO consulted on", null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["left_on"]
        indexes = [
            models.Index(fields=["child", "left_on"], name="school_move_child_left"),
            models.Index(fields=["records_received_on", "records_due_on"], name="school_move_records"),
        ]

    def __str__(self) -> str:
        return f"School move on {self.left_on:%d %b %Y}"

    def clean(self) -> None:
        _ordered(
            "left_on",
            self.left_on,
            "joined_on",
            self.joined_on,
            "The child cannot join before leaving the old school",
        )
        _ordered(
            "left_on",
            self.left_on,
            "records_sent_on",
            self.records_sent_on,
            "Records cannot be sent before the child left",
        )
        _ordered(
            "records_sent_on",
            self.records_sent_on,
            "records_received_on",
            self.records_received_on,
            "Records cannot be received before they were sent",
        )
        if self.from_school_id and self.from_school_id == self.to_school_id:
            raise ValidationError({"to_school": "The new school must differ from the old one"})


# A school move's own facts (what a worker records; the schools and the placement are references beside them), and
# those of them that are dates the child's birth and today bound.
MOVE_DATED_FIELDS = (
    "left_on",
    "joined_on",
    "records_sent_on",
    "records_received_on",
    "ks4_approved_on",
    "designated_teacher_consulted_on",
    "iro_consulted_on",
)
MOVE_FIELDS = (
    "reason",
    "reason_detail",
    "left_on",
    "joined_on",
    "records_due_on",
    "records_sent_on",
    "records_received_on",
    "distant",
    "ks4_approved_by",
    "ks4_approver_level",
    "ks4_approved_on",
    "designated_teacher_consulted_on",
    "iro_consulted_on",
)


class PersonalEducationPlan(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="peps")
    held_on = models.DateField("PEP meeting date")
    school = models.CharField(max_length=200, blank=True)
    designated_teacher = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on"]
        indexes = [models.Index(fields=["child", "held_on"], name="pep_child_held")]

    def __str__(self) -> str:
        return f"PEP on {self.held_on:%d %b %Y}"
