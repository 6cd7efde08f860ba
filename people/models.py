from __future__ import annotations

import uuid
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from people.codes import Ethnicity, LegalStatus, NameKind, Sex, UpnUnknown
from people.identifiers import nhs_number_is_valid, normalise_nhs_number, upn_is_valid
from people.uasc import uasc_ceased_problem


def validate_nhs_number(value: str) -> None:
    if value and not nhs_number_is_valid(value):
        raise ValidationError("Enter a valid NHS number: 10 digits with a correct check digit")


def validate_upn(value: str) -> None:
    if value and not upn_is_valid(value):
        raise ValidationError("Enter a valid UPN: a check letter then 12 characters, like A12345678901B")


class Person(models.Model):
    """Anyone in a child's life, and every child: identity only (SSD ssd_person)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    forename = models.CharField("First name", max_length=100)
    surname = models.CharField("Last name", max_length=255)
    date_of_birth = models.DateField(null=True, blank=True)
    date_of_birth_estimated = models.BooleanField(default=False)
    date_of_death = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    gender_identity = models.CharField(max_length=100, blank=True)
    ethnicity = models.CharField(max_length=4, choices=Ethnicity.choices, default=Ethnicity.NOBT)
    nhs_number = models.CharField("NHS number", max_length=12, blank=True, validators=[validate_nhs_number])
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    notes = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["surname", "forename"]
        indexes = [models.Index(fields=["surname", "forename"], name="person_name")]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.forename} {self.surname}".strip()

    @property
    def nhs_number_display(self) -> str:
        """The NHS number as people read it: 943 476 5919."""
        n = self.nhs_number
        return f"{n[:3]} {n[3:6]} {n[6:]}" if len(n) == 10 else n

    def clean(self) -> None:
        if self.nhs_number:
            self.nhs_number = normalise_nhs_number(self.nhs_number)
        if self.postcode:
            self.postcode = " ".join(self.postcode.upper().split())
        if self.date_of_birth and self.date_of_death and self.date_of_death < self.date_of_birth:
            raise ValidationError({"date_of_death": "Date of death must be on or after the date of birth"})
        if self.date_of_birth and self.date_of_birth > date.today():
            raise ValidationError({"date_of_birth": "Date of birth must be today or in the past"})


class PersonName(models.Model):
    """Other names, aliases and nicknames: the names people actually use, which search and anonymisation need."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="other_names")
    kind = models.CharField(max_length=20, choices=NameKind.choices, default=NameKind.OTHER)
    name = models.CharField(max_length=255)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["person", "kind", "name"], name="person_name_unique")]

    def __str__(self) -> str:
        return self.name


class Child(models.Model):
    """A child known to children's social care. Shares its primary key with its Person."""

    person = models.OneToOneField(Person, primary_key=True, on_delete=models.PROTECT, related_name="child")
    local_id = models.CharField("Local child ID", max_length=20, unique=True)
    upn = models.CharField("UPN", max_length=13, blank=True, validators=[validate_upn])
    upn_unknown = models.CharField(
        "Reason UPN is unknown", max_length=3, choices=UpnUnknown.choices, blank=True
    )
    legal_status = models.CharField(max_length=2, choices=LegalStatus.choices, blank=True)
    legal_status_since = models.DateField(null=True, blank=True)
    looked_after_since = models.DateField(null=True, blank=True)
    uasc = models.BooleanField("Unaccompanied asylum-seeking child", default=False)
    uasc_ceased_on = models.DateField("Date UASC status ceased", null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["person__surname", "person__forename"]

    def __str__(self) -> str:
        return f"{self.person.full_name} ({self.local_id})"

    @property
    def id(self) -> uuid.UUID:
        return self.person_id

    def clean(self) -> None:
        if self.upn:
            self.upn = self.upn.strip().upper()
        if self.upn and self.upn_unknown:
            raise ValidationError({"upn_unknown": "Give either a UPN or the reason it is unknown, not both"})
        if self.legal_status_since and not self.legal_status:
            raise ValidationError({"legal_status": "Choose the legal status that started on this date"})
        born = self.person.date_of_birth if self.person_id is not None else None
        problem = uasc_ceased_problem(self.uasc, self.uasc_ceased_on, born)
        if problem:
            raise ValidationError({"uasc_ceased_on": problem})


class RelationshipType(models.TextChoices):
    """Directed from person_a to person_b: 'A is the <type> of B'."""

    PARENT = "parent", "Parent"
    STEP_PARENT = "step_parent", "Step-parent"
    SIBLING = "sibling", "Sibling"
    HALF_SIBLING = "half_sibling", "Half-sibling"
    PARTNER = "partner", "Partner"
    FORMER_PARTNER = "former_partner", "Former partner"
    GRANDPARENT = "grandparent", "Grandparent"
    AUNT_UNCLE = "aunt_uncle", "Aunt or uncle"
    CARER = "carer", "Carer"
    FRIEND = "friend", "Friend or associate"


SYMMETRIC_TYPES = frozenset(
    {
        RelationshipType.SIBLING,
        RelationshipType.HALF_SIBLING,
        RelationshipType.PARTNER,
        RelationshipType.FORMER_PARTNER,
        RelationshipType.FRIEND,
    }
)


class RelationshipQuality(models.TextChoices):
    """How the relationship is, as a genogram's relationship lines show it (McGoldrick, Gerson and Petry,
    "Genograms: Assessment and Treatment"): blank when no one has recorded it."""

    NOT_RECORDED = "", "Not recorded"
    CLOSE = "close", "Close"
    DISTANT = "distant", "Distant"
    CONFLICT = "conflict", "Conflict"
    ABUSE = "abuse", "Abuse"
    CUT_OFF = "cut_off", "Cut off (no contact)"


class PartnershipEnd(models.TextChoices):
    """How a former partnership ended, for the genogram's one slash (separated) or two (divorced)."""

    NOT_RECORDED = "", "Not recorded"
    SEPARATED = "separated", "Separated"
    DIVORCED = "divorced", "Divorced, or civil partnership dissolved"


class Relationship(models.Model):
    """person_a is the <kind> of person_b (a parent of the child, a partner of the mother...).

    `quality` and `partnership_end` are what the genogram draws beyond the kind: it is drawn from these records,
    never keyed again."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person_a = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships_from")
    person_b = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships_to")
    kind = models.CharField(max_length=20, choices=RelationshipType.choices)
    parental_responsibility = models.BooleanField(default=False)
    description = models.TextField(blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    quality = models.CharField(
        max_length=10,
        choices=RelationshipQuality.choices,
        blank=True,
        default=RelationshipQuality.NOT_RECORDED,
    )
    partnership_end = models.CharField(
        max_length=10, choices=PartnershipEnd.choices, blank=True, default=PartnershipEnd.NOT_RECORDED
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person_a", "person_b", "kind"], name="relationship_unique"),
            models.CheckConstraint(
                condition=~models.Q(person_a=models.F("person_b")), name="relationship_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_a} is {self.get_kind_display().lower()} of {self.person_b}"

    def clean(self) -> None:
        if self.person_a_id and self.person_a_id == self.person_b_id:
            raise ValidationError({"person_a": "A person cannot have a relationship with themselves"})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "End date must be on or after the start date"})
        if self.partnership_end and self.kind != RelationshipType.FORMER_PARTNER:
            raise ValidationError(
                {"partnership_end": "Say how a partnership ended only for a former partner"}
            )
