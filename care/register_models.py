"""The register of carers and providers a child can be placed with: the authority's own foster carers, agency
(independent fostering) carers, connected carers, children's homes and supported accommodation. Each has an approval
range, places, skills and support; its record of placements is worked out from the placements linked to it
(care.Placement.carer_record). Learning point 7 of the Child R review: placements that match the child's needs to
the carers' abilities. SSD data model: Lantern holds more than ssd_cla_placement's provider fields."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords


class CarerKind(models.TextChoices):
    OWN_FOSTER = "own_foster", "Foster carer (the authority's own)"
    AGENCY_FOSTER = "agency_foster", "Foster carer (independent fostering agency)"
    CONNECTED = "connected", "Connected carer (family or friend)"
    CHILDRENS_HOME = "childrens_home", "Children’s home"
    SUPPORTED = "supported", "Supported accommodation (16 and over)"


class Skill(models.TextChoices):
    ADOLESCENTS = "adolescents", "Caring for adolescents"
    EXPLOITATION = "exploitation", "Exploitation risk"
    MISSING = "missing", "Children who go missing"
    TRAUMA = "trauma", "Trauma-informed care"
    DISABILITY = "disability", "Disability"
    SIBLINGS = "siblings", "Sibling groups"
    PARENT_AND_CHILD = "parent_and_child", "Parent and child"


class Support(models.TextChoices):
    OUT_OF_HOURS = "out_of_hours", "Out-of-hours support line"
    SUPERVISING_WORKER = "supervising_worker", "Supervising social worker"
    THERAPEUTIC = "therapeutic", "Therapeutic support"
    EDUCATION = "education", "Education support"
    RESPITE = "respite", "Respite"
    WAKING_NIGHT = "waking_night", "Waking night staff"


class SexLimit(models.TextChoices):
    ANY = "any", "Any"
    FEMALE = "female", "Girls only"
    MALE = "male", "Boys only"


class RegisterStatus(models.TextChoices):
    ACTIVE = "active", "Approved and taking placements"
    ON_HOLD = "on_hold", "On hold (not taking placements)"
    CLOSED = "closed", "No longer approved or closed"


ofsted_urn_validator = RegexValidator(
    r"\ASC\d{6}\Z", "Enter the Ofsted URN as SC and six digits, like SC123456", code="invalid_urn"
)


class CarerProvider(models.Model):
    """A carer or provider on the register. `easting` and `northing` (OS grid, metres) place it for matching's
    distances; `area` is the town or district it is in, for the places a child should stay away from or near.
    `ofsted_urn` is the provider's Ofsted unique reference number (SC and six digits), which the SSDA903 return
    gives for a placement with the provider (DfE children looked after return guide, Episodes.URN; rule 218)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(
        "Register reference", max_length=40, unique=True, help_text="The authority's or Ofsted's reference"
    )
    ofsted_urn = models.CharField(
        "Ofsted URN",
        max_length=8,
        blank=True,
        validators=[ofsted_urn_validator],
        help_text="Ofsted's unique reference number for the provider: SC and six digits, like SC123456",
    )
    name = models.CharField("Carer or home", max_length=200)
    kind = models.CharField(max_length=20, choices=CarerKind.choices)
    agency = models.CharField("Agency or provider", max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=RegisterStatus.choices, default=RegisterStatus.ACTIVE)
    address = models.TextField(blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    area = models.CharField("Town or district", max_length=100, blank=True)
    in_authority = models.BooleanField("Inside the authority's area", default=True)
    easting = models.PositiveIntegerField(null=True, blank=True)
    northing = models.PositiveIntegerField(null=True, blank=True)
    min_age = models.PositiveSmallIntegerField("Youngest age approved", default=0)
    max_age = models.PositiveSmallIntegerField("Oldest age approved", default=17)
    places = models.PositiveSmallIntegerField("Number of children approved", default=1)
    sex_limit = models.CharField("Approved for", max_length=6, choices=SexLimit.choices, default=SexLimit.ANY)
    skills = models.JSONField("Skills and training", default=list, blank=True)
    support = models.JSONField("Support available", default=list, blank=True)
    notes = models.TextField(blank=True)
    approved_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["status", "kind"], name="carer_status_kind")]

    def __str__(self) -> str:
        return f"{self.name} ({self.reference})"

    def clean(self) -> None:
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise ValidationError({"max_age": "The oldest age must be the same as or above the youngest"})
        if self.max_age is not None and self.max_age > 25:
            raise ValidationError({"max_age": "Enter an age of 25 or under"})
        for field, choices in (("skills", Skill), ("support", Support)):
            unknown = set(getattr(self, field) or []) - set(choices.values)
            if unknown:
                raise ValidationError({field: f"Unknown choices: {', '.join(sorted(unknown))}"})
        if (self.easting is None) != (self.northing is None):
            raise ValidationError({"northing": "Give both the easting and the northing, or neither"})
