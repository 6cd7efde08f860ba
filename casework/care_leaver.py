"""What the authority knows of a care leaver around their 17th to 21st birthdays: whether it is in touch with them,
their main activity and their accommodation. Imported by casework.models.

Source: the SSDA903 OC3 table (care leavers), items IN_TOUCH, ACTIV and ACCOM, and their code lists as the DfE
rules accept them (rules 131, 132, 133; statutory-rules.md section 3). An accommodation code ends in 1 when the
accommodation is judged suitable and 2 when it is not."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

FIRST_AGE, LAST_AGE = 17, 21  # OC3 asks about the 17th to the 21st birthday (rule 391)


class InTouch(models.TextChoices):
    YES = "YES", "Yes, in touch"
    NO = "NO", "No, not in touch"
    DIED = "DIED", "The young person has died"
    REFU = "REFU", "The young person refuses contact"
    NREQ = "NREQ", "The young person no longer needs services"
    RHOM = "RHOM", "Returned home to parents or others with parental responsibility for 6 months or more"


class Activity(models.TextChoices):
    F1 = "F1", "Full-time higher education"
    P1 = "P1", "Part-time higher education"
    F2 = "F2", "Full-time education other than higher education"
    P2 = "P2", "Part-time education other than higher education"
    F4 = "F4", "Full-time training or employment"
    P4 = "P4", "Part-time training or employment"
    F5 = "F5", "F5 (full-time, DfE code)"
    P5 = "P5", "P5 (part-time, DfE code)"
    G4 = "G4", "Not in education, training or employment: illness or disability"
    G5 = "G5", "Not in education, training or employment: other reasons"
    G6 = "G6", "Not in education, training or employment: pregnancy or parenting"


class Accommodation(models.TextChoices):
    """The place, then 1 when the accommodation is judged suitable and 2 when not (S and X only 2)."""

    B1 = "B1", "With parents or relatives, suitable"
    B2 = "B2", "With parents or relatives, not suitable"
    C1 = "C1", "Community home or other residential care, suitable"
    C2 = "C2", "Community home or other residential care, not suitable"
    D1 = "D1", "Semi-independent, transitional or self-contained accommodation, suitable"
    D2 = "D2", "Semi-independent, transitional or self-contained accommodation, not suitable"
    E1 = "E1", "Supported lodgings, suitable"
    E2 = "E2", "Supported lodgings, not suitable"
    G1 = "G1", "Gone abroad, suitable"
    G2 = "G2", "Gone abroad, not suitable"
    H1 = "H1", "Deported, suitable"
    H2 = "H2", "Deported, not suitable"
    K1 = "K1", "Ordinary lodgings, without formal support, suitable"
    K2 = "K2", "Ordinary lodgings, without formal support, not suitable"
    R1 = "R1", "Residence not known, suitable"
    R2 = "R2", "Residence not known, not suitable"
    S2 = "S2", "No fixed abode or homeless, not suitable"
    T1 = "T1", "Foyer or similar supported accommodation, suitable"
    T2 = "T2", "Foyer or similar supported accommodation, not suitable"
    U1 = "U1", "Independent living, suitable"
    U2 = "U2", "Independent living, not suitable"
    V1 = "V1", "Emergency accommodation, suitable"
    V2 = "V2", "Emergency accommodation, not suitable"
    W1 = "W1", "Bed and breakfast, suitable"
    W2 = "W2", "Bed and breakfast, not suitable"
    X2 = "X2", "In custody, not suitable"
    Y1 = "Y1", "Other accommodation, suitable"
    Y2 = "Y2", "Other accommodation, not suitable"
    Z1 = "Z1", "With former foster carers, suitable"
    Z2 = "Z2", "With former foster carers, not suitable"


class CareLeaverOutcome(models.Model):
    """The care leaver's circumstances around one birthday (from 3 months before it to 1 month after, as the DfE
    guide asks): `birthday` is the 17th to 21st birthday they are about."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    child = models.ForeignKey("people.Child", on_delete=models.CASCADE, related_name="care_leaver_outcomes")
    birthday = models.DateField("Birthday")
    in_touch = models.CharField("Is the authority in touch with them?", max_length=4, choices=InTouch.choices)
    activity = models.CharField("Main activity", max_length=2, choices=Activity.choices, blank=True)
    accommodation = models.CharField("Accommodation", max_length=2, choices=Accommodation.choices, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-birthday"]
        constraints = [
            models.UniqueConstraint(fields=["child", "birthday"], name="care_leaver_outcome_one_per_birthday")
        ]

    def __str__(self) -> str:
        return f"Care leaver's circumstances at the birthday on {self.birthday:%d %b %Y}"
