"""The register page's and API's list of carers and providers: the filters a worker uses (kind, status, "has a
vacancy", skill, area, the age of the child to place) and each entry's vacancies and record of placements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import models

from care.models import CarerProvider, RegisterStatus, Skill, Support
from care.register_record import NO_PLACEMENTS, PlacementRecord
from care.register_selectors import occupancy, placement_records


@dataclass(frozen=True)
class RegisterFilter:
    kind: str = ""
    status: str = ""
    vacancy: bool = False  # only entries taking placements with a place free
    skill: str = ""
    area: str = ""  # part of the town or district, any case
    age: int | None = None  # the age of the child: only entries approved for it


@dataclass(frozen=True)
class RegisterRow:
    carer: CarerProvider
    current: int  # children placed there now
    record: PlacementRecord

    @property
    def vacancies(self) -> int:
        """Places minus current placements (never below nought, should an entry be over its approval)."""
        return max(self.carer.places - self.current, 0)

    @property
    def skill_labels(self) -> list[str]:
        return labels(self.carer.skills, Skill)

    @property
    def support_labels(self) -> list[str]:
        return labels(self.carer.support, Support)

    @property
    def has_vacancy(self) -> bool:
        return self.carer.status == RegisterStatus.ACTIVE and self.vacancies > 0


def labels(values: list[str] | None, choices: type[models.TextChoices]) -> list[str]:
    """Stored choice values in words, in the order of the choices."""
    chosen = set(values or [])
    return [str(label) for value, label in choices.choices if value in chosen]


def register_rows(wanted: RegisterFilter, today: date) -> list[RegisterRow]:
    """The entries that pass the filter, by name, in three queries whatever the register's size."""
    carers = CarerProvider.objects.all()
    if wanted.kind:
        carers = carers.filter(kind=wanted.kind)
    if wanted.status:
        carers = carers.filter(status=wanted.status)
    if wanted.area.strip():
        carers = carers.filter(area__icontains=wanted.area.strip())
    if wanted.age is not None:
        carers = carers.filter(min_age__lte=wanted.age, max_age__gte=wanted.age)
    current, records = occupancy(today), placement_records()
    rows = [
        RegisterRow(carer, current.get(carer.pk, 0), records.get(carer.pk, NO_PLACEMENTS))
        for carer in carers.order_by("name", "reference")
        # A JSON list's "contains" is not portable to SQLite; the register is small enough to filter here.
        if not wanted.skill or wanted.skill in (carer.skills or [])
    ]
    return [row for row in rows if row.has_vacancy] if wanted.vacancy else rows
