"""Reading one child's whole record into a case bundle (a plain dict, ready for JSON).

No access check and no audit here: exporting is an administrative operation, and the caller (the export-bundle
command) audits it. Every list is in a fixed order so that the same record always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from bundles.care import care_export
from bundles.education import education_export
from bundles.escalation import escalation_export
from bundles.matching import matching_export
from bundles.missing_profile import profile_export
from bundles.network import network_export
from bundles.plain import plain, worker
from bundles.risk import risk_export
from bundles.sharing import sharing_export
from bundles.story import story_export
from bundles.validation import FORMAT, VERSION
from casework.models import Allocation
from people.circle import related_ids
from people.models import Child, Person, Relationship
from people.services import CHILD_FIELDS, PERSON_FIELDS, RELATIONSHIP_FIELDS


def _person(person: Person) -> dict[str, Any]:
    data: dict[str, Any] = {"id": str(person.pk)}
    data.update({name: plain(getattr(person, name)) for name in PERSON_FIELDS})
    names = sorted(person.other_names.all(), key=lambda n: (n.kind, n.name))
    data["other_names"] = [{"kind": n.kind, "name": n.name} for n in names]
    return data


def _relationship(relationship: Relationship) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(relationship.pk),
        "person_a": str(relationship.person_a_id),
        "person_b": str(relationship.person_b_id),
    }
    data.update({name: plain(getattr(relationship, name)) for name in RELATIONSHIP_FIELDS})
    return data


def _allocation(allocation: Allocation) -> dict[str, Any]:
    return {
        "id": str(allocation.pk),
        "worker": worker(allocation.worker),
        "role": allocation.role,
        "start_date": plain(allocation.start_date),
        "end_date": plain(allocation.end_date),
        "end_reason": allocation.end_reason,
    }


def bundle_people(child: Child) -> list[Person]:
    """The child and everyone with a recorded relationship to the child (the same circle as the access rule's)."""
    people = Person.objects.filter(pk__in={child.pk, *related_ids(child)}).prefetch_related("other_names")
    return sorted(people, key=lambda p: str(p.pk))


def bundle_export(*, child: Child) -> dict[str, Any]:
    """The case bundle for `child`: identity, people, relationships among them, allocations, the care records
    (with the missing episodes, return interviews and profiles sent), the missing person profile, the risk records
    (screenings, the risk plan and its actions, strategy discussions), the network (members, meetings, concerns),
    what was shared, the escalations with their steps, the education record (schools, enrolments, attendance,
    exclusions, school moves), the placement matches, and the story."""
    people = bundle_people(child)
    ids = [p.pk for p in people]
    relationships = Relationship.objects.filter(person_a__in=ids, person_b__in=ids)
    allocations = Allocation.objects.filter(child=child).select_related("worker__team", "worker__agency")
    identity: dict[str, Any] = {"person": str(child.pk)}
    identity.update({name: plain(getattr(child, name)) for name in CHILD_FIELDS})
    return {
        "format": FORMAT,
        "version": VERSION,
        "child": identity,
        "people": [_person(p) for p in people],
        "relationships": [_relationship(r) for r in sorted(relationships, key=lambda r: str(r.pk))],
        "allocations": [_allocation(a) for a in sorted(allocations, key=lambda a: (a.start_date, str(a.pk)))],
        **care_export(child),
        "missing_profile": profile_export(child),
        **risk_export(child),
        **network_export(child),
        **sharing_export(child),
        **escalation_export(child),
        **education_export(child),
        **matching_export(child),
        **story_export(child),
    }


def bundle_dumps(bundle: dict[str, Any]) -> str:
    """The bundle as text: sorted keys, two-space indent, UTF-8 characters kept, a final newline."""
    return json.dumps(bundle, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
