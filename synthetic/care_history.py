"""Each child's care history: periods of care, legal statuses and placements (care_periods, care_placements), then
the records the statutory duties turn on, made mostly on time, some late, a few never (care_records, care_health),
and personal advisers for eligible young people of 16 and 17. Pure and deterministic, from the build's Mint.

The demo social worker's children keep to time lately, except one overdue visit and one other overdue duty, and
have a few visits falling due in the week after as_of (care_context.Clock)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

from accounts.roles import Role
from casework.models import AllocationRole
from people.models import RelationshipType as Rel
from synthetic.care_context import CareChild, Clock, Rota
from synthetic.care_health import add_health
from synthetic.care_leaving import add_leaving_care
from synthetic.care_periods import add_periods
from synthetic.care_placements import CarerLink, add_placements, move_rate
from synthetic.care_records import add_casework
from synthetic.mint import Mint, years_before
from synthetic.spec import Authority, PersonSpec
from synthetic.workforce import Staff, demo_username

UASC_NOTE = "Unaccompanied asylum-seeking child"


def add_care_history(mint: Mint, out: Authority, staff: Staff) -> None:
    as_of = out.as_of
    window_start = years_before(as_of, out.years)
    people = {p.id: p for p in out.people}
    carers, parents = _links(out, people)
    for i, person in enumerate(out.people):
        # a child with no address of their own came into care from their parent's home: the 903's HOME_POST
        parent = parents.get(person.id)
        if parent is not None and not person.postcode:
            out.people[i] = people[person.id] = replace(person, postcode=parent.postcode)
    rota = Rota(mint, out, iros=staff.iros, everyone=staff.all_social_workers())
    clock = Clock(mint, as_of)
    demo = demo_username(Role.SOCIAL_WORKER)
    advisers = [w for w in staff.all_social_workers() if not w.username.startswith("demo.")]
    for spec in out.children:
        person = people[spec.person]
        if person.date_of_birth is None:
            raise ValueError(
                f"child {spec.local_id} has no date of birth: every seeded child in care has one"
            )
        strict = rota.on(spec.person, AllocationRole.SOCIAL_WORKER, as_of) == demo
        child = CareChild(spec, person, person.date_of_birth, person.notes.startswith(UASC_NOTE), strict)
        clock.strict = strict
        add_periods(mint, out, child, window_start)
        for earlier in child.periods[:-1]:
            ended = earlier.end_date or as_of  # an earlier period always ended
            rota.cover(spec.person, AllocationRole.SOCIAL_WORKER, earlier.start_date, ended)
            iro_from = min(earlier.start_date + timedelta(days=mint.rng.randint(0, 15)), ended)
            rota.cover(spec.person, AllocationRole.IRO, iro_from, ended)
        rate = move_rate(mint)
        for period in child.periods:
            carer = carers.get(spec.person) if period.end_date is None else None
            add_placements(
                mint, child, period, as_of, rate=rate, carer=carer, parent=parents.get(spec.person)
            )
        out.placements.extend(child.placements)
        add_casework(clock, rota, out, child)
        add_health(clock, out, child)
        add_leaving_care(clock, rota, out, child, advisers)


def _links(
    out: Authority, people: dict[uuid.UUID, PersonSpec]
) -> tuple[dict[uuid.UUID, CarerLink], dict[uuid.UUID, PersonSpec]]:
    """Each child's current carer (kin.py) and a living parent with parental responsibility and an address (a
    mother before a father), for a placement with a parent."""
    carers: dict[uuid.UUID, CarerLink] = {}
    parents: dict[uuid.UUID, PersonSpec] = {}
    for r in out.relationships:
        if r.kind == Rel.CARER and r.start_date is not None:
            carers[r.person_b] = CarerLink(people[r.person_a], r.description, r.start_date)
        elif r.kind == Rel.PARENT and r.parental_responsibility:
            parent = people[r.person_a]
            if (
                parent.address
                and not parent.date_of_death
                and (r.person_b not in parents or parent.sex == "F")
            ):
                parents[r.person_b] = parent
    return carers, parents
