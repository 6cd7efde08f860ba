from __future__ import annotations

from typing import Any

from casework.models import Allocation
from people.models import Child, Person, PersonName, Relationship


def person_out(
    person: Person, *, names: list[PersonName] | None = None, restricted: bool = False
) -> dict[str, Any]:
    """A person; `names` when the caller already fetched their other names. A restricted person (a child in
    their own right whom the caller may not see) is given by name only."""
    if restricted:
        return {"id": person.pk, "forename": person.forename, "surname": person.surname, "restricted": True}
    names = list(person.other_names.all()) if names is None else names
    return {
        "id": person.pk,
        "restricted": False,
        "version": person.version,
        "forename": person.forename,
        "surname": person.surname,
        "other_names": [{"id": n.pk, "kind": n.kind, "name": n.name} for n in names],
        "date_of_birth": person.date_of_birth,
        "date_of_birth_estimated": person.date_of_birth_estimated,
        "date_of_death": person.date_of_death,
        "sex": person.sex,
        "gender_identity": person.gender_identity,
        "ethnicity": person.ethnicity,
        "nhs_number": person.nhs_number,
        "address": person.address,
        "postcode": person.postcode,
        "phone": person.phone,
    }


def child_out(child: Child) -> dict[str, Any]:
    return {
        "id": child.pk,
        "version": child.version,
        "local_id": child.local_id,
        "upn": child.upn,
        "upn_unknown": child.upn_unknown,
        "legal_status": child.legal_status,
        "legal_status_since": child.legal_status_since,
        "looked_after_since": child.looked_after_since,
        "uasc": child.uasc,
        "uasc_ceased_on": child.uasc_ceased_on,
        "person": person_out(child.person),
    }


def relationship_out(r: Relationship) -> dict[str, Any]:
    return {
        "id": r.pk,
        "version": r.version,
        "person_a_id": r.person_a_id,
        "person_b_id": r.person_b_id,
        "kind": r.kind,
        "parental_responsibility": r.parental_responsibility,
        "description": r.description,
        "start_date": r.start_date,
        "end_date": r.end_date,
        "quality": r.quality,
        "partnership_end": r.partnership_end,
    }


def allocation_out(a: Allocation) -> dict[str, Any]:
    w = a.worker
    return {
        "id": a.pk,
        "version": a.version,
        "worker": {
            "id": w.pk,
            "username": w.username,
            "name": w.display_name,
            "role": w.role,
            "team": w.team.name if w.team_id and w.team else None,
        },
        "role": a.role,
        "start_date": a.start_date,
        "end_date": a.end_date,
        "end_reason": a.end_reason,
    }


def worker_out(user: Any) -> dict[str, Any] | None:
    """A Lantern user named in a record (who recorded it, who owns an action, who raised an escalation)."""
    if user is None:
        return None
    return {
        "id": user.pk,
        "username": user.username,
        "name": user.display_name,
        "role": user.role,
        "team": user.team.name if user.team_id and user.team else None,
    }
