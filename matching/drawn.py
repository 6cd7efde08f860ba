"""A child's placement needs drawn from the record on a day, each with where it came from, for the worker to check,
change and add to before the search (matching/needs.py holds the needs themselves)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from django.db.models import Q

from access.selectors import visible_children
from care.models import CarerProvider, PeriodOfCare, Placement
from casework.models import WishesAndFeelings
from education.key_stage import age_on, in_key_stage_4
from education.models import Enrolment
from health.models import HealthCheck, SdqReason
from matching.needs import Area, Needs, SchoolToKeep, SiblingToPlace
from missing.config import thresholds
from missing.loading import histories, lines
from missing.models import MissingEpisode, MissingProfile, ReturnInterview
from missing.patterns import ChildHistory, child_pattern
from people.codes import Sex
from people.models import Child, Person, Relationship, RelationshipType
from risk.models import Screening

SIBLING_KINDS = (RelationshipType.SIBLING, RelationshipType.HALF_SIBLING)
NOT_RECORDED = "Not on the record: the worker says"
SEX_OF: dict[str, str] = {Sex.FEMALE.value: "female", Sex.MALE.value: "male"}


@dataclass(frozen=True)
class Drawn:
    """The needs as the record has them, and for each field of Needs where it came from (in words)."""

    needs: Needs
    sources: dict[str, str]


def _fmt(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _current_carer(child_id: UUID, today: date) -> tuple[UUID | None, str] | None:
    placement = (
        Placement.objects.filter(child_id=child_id, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("-start_date")
        .values_list("carer_record_id", "carer")
        .first()
    )
    return None if placement is None else (placement[0], placement[1].strip().casefold())


def siblings_to_place(child: Child, today: date, user: Any) -> list[SiblingToPlace]:
    """Brothers and sisters (full or half) who are looked after today and are not living with the child, as far as
    `user` may see them (access.selectors.visible_children): a sibling the user may not see is not counted, so the
    needs reveal nothing of a child outside the user's access. A relationship that ended before `today` is left out."""
    person_id = child.pk
    related = (
        Relationship.objects.filter(kind__in=SIBLING_KINDS)
        .filter(Q(person_a_id=person_id) | Q(person_b_id=person_id))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
    )
    ids = {a if a != person_id else b for a, b in related.values_list("person_a_id", "person_b_id")} - {
        person_id
    }
    in_care = set(
        PeriodOfCare.objects.filter(child_id__in=ids, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .filter(child_id__in=visible_children(user).values("pk"))
        .values_list("child_id", flat=True)
    )
    mine = _current_carer(person_id, today)
    found: list[SiblingToPlace] = []
    people = {p.pk: p for p in Person.objects.filter(pk__in=in_care).only("pk", "date_of_birth", "sex")}
    for sibling in sorted(in_care, key=lambda pk: (people[pk].date_of_birth or date.max, str(pk))):
        theirs = _current_carer(sibling, today)
        together = (
            mine is not None
            and theirs is not None
            and ((mine[0] is not None and mine[0] == theirs[0]) or (mine[0] is None and mine[1] == theirs[1]))
        )
        if not together:
            person = people[sibling]
            birth = person.date_of_birth
            found.append(
                SiblingToPlace(age_on(birth, today) if birth else None, SEX_OF.get(person.sex, "unknown"))
            )
    return found


def _area_mentions(child: Child, today: date) -> list[Area]:
    """Known areas of the register named where the child went missing to, in return interviews or the profile."""
    names = sorted(
        {a for a in CarerProvider.objects.exclude(area="").values_list("area", flat=True) if a.strip()}
    )
    if not names:
        return []
    texts: list[tuple[str, str]] = []
    for where in MissingEpisode.objects.filter(child=child, started_at__date__lte=today).values_list(
        "found_where", flat=True
    ):
        texts.append(("missing episode", where))
    for places in ReturnInterview.objects.filter(child=child, done_on__lte=today).values_list(
        "places", flat=True
    ):
        texts.extend(("return interview", line) for line in lines(places))
    profile = MissingProfile.objects.filter(child=child).values_list("places", flat=True).first()
    texts.extend(("missing profile", line) for line in lines(profile or ""))
    found: list[Area] = []
    for name in names:
        pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        counts = Counter(source for source, text in texts if pattern.search(text))
        if counts:
            said = ", ".join(
                f"{n} {source}{'s' if n > 1 and source != 'missing profile' else ''}"
                for source, n in sorted(counts.items())
            )
            found.append(Area(name, f"the child went missing there or named it ({said})"))
    return found


def draw_needs(child: Child, today: date, user: Any) -> Drawn:
    """The needs on `today` as the record has them, for `user` (who sees only the siblings they may see). A child with
    no date of birth is drawn as age 0 with the source saying so; matching.services refuses to search for them."""
    person = child.person
    sources: dict[str, str] = {}
    birth = person.date_of_birth
    age = age_on(birth, today) if birth else 0
    sources["age"] = (
        f"Date of birth {_fmt(birth)}"
        if birth
        else "No date of birth on the record: record it before searching for a placement"
    )
    sex = SEX_OF.get(person.sex, "unknown")
    sources["sex"] = "The child's record" if sex != "unknown" else "Not known on the record"

    group = siblings_to_place(child, today, user)
    siblings = len(group)
    sources["siblings"] = (
        f"{siblings} brother or sister{'s' if siblings != 1 else ''} in care and not living with the child "
        "(family relationships): the worker says how many to place together"
        if siblings
        else "No brother or sister in care apart from the child (family relationships)"
    )
    sources["sibling_group"] = (
        "Their ages and sex from their records" if group else "No brother or sister to place on the record"
    )

    screening = (
        Screening.objects.filter(child=child, screened_on__lte=today)
        .order_by("-screened_on", "-recorded_at")
        .first()
    )
    risk = screening.level if screening is not None and screening.level else "none"
    sources["exploitation_risk"] = (
        f"Exploitation screening of {_fmt(screening.screened_on)}: {screening.get_level_display().lower()}"
        if screening is not None
        else "No exploitation screening on the record"
    )

    history = histories(today, [child.pk], with_changes=True).get(str(child.pk))
    pattern = child_pattern(history or ChildHistory(str(child.pk), ()), today, thresholds())
    missing_pattern = bool(pattern.flags)
    sources["missing_pattern"] = pattern.summary or (
        f"{pattern.in_90_days} missing episode{'s' if pattern.in_90_days != 1 else ''} in 90 days, no pattern"
    )
    sources["missing_episodes_90_days"] = "Missing episodes on the record"

    disability_check = (
        HealthCheck.objects.filter(child=child, sdq_reason=SdqReason.SDQ3)
        .order_by("-pk")
        .values("pk")
        .first()
    )
    disability = disability_check is not None
    sources["disability"] = (
        "Health record: no SDQ because of the severity of the child's disability"
        if disability
        else NOT_RECORDED
    )
    sources["trauma"] = NOT_RECORDED
    sources["parent_and_child"] = NOT_RECORDED

    enrolment = (
        Enrolment.objects.filter(child=child, dual=False, start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .select_related("school")
        .order_by("-start_date")
        .first()
    )
    school = (
        None
        if enrolment is None
        else SchoolToKeep(enrolment.school.name, enrolment.school.easting, enrolment.school.northing)
    )
    sources["school"] = (
        f"Enrolled since {_fmt(enrolment.start_date)}"
        + ("" if school is not None and school.located else " (the school's place is not known)")
        if enrolment is not None
        else "No current school on the record"
    )
    ks4 = bool(birth and in_key_stage_4(birth, today))
    sources["key_stage_4"] = "Year group from the date of birth" if birth else NOT_RECORDED

    avoid = tuple(_area_mentions(child, today))
    sources["avoid_areas"] = (
        "Missing episodes, return interviews and the missing profile"
        if avoid
        else "None found in the missing record"
    )
    sources["near_areas"] = NOT_RECORDED

    wishes = WishesAndFeelings.objects.filter(child=child, said_on__lte=today).order_by("-said_on").first()
    sources["wishes"] = (
        f"Wishes and feelings of {_fmt(wishes.said_on)}" if wishes else "No wishes and feelings recorded"
    )

    needs = Needs(
        age=age,
        sex=sex,
        siblings=siblings,
        sibling_group=tuple(group),
        exploitation_risk=risk,
        missing_pattern=missing_pattern,
        missing_episodes_90_days=pattern.in_90_days,
        disability=disability,
        school=school,
        key_stage_4=ks4,
        avoid_areas=avoid,
        wishes=wishes.words if wishes else "",
    )
    return Drawn(needs=needs, sources=sources)
