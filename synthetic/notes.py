"""Case notes over the last year of each child's history: the allocated social worker's visits every five to
eight weeks, and now and then an event worth the chronology (invented, generic wording only). Going missing is
not among them: it has its own records (care_missing.py)."""

from __future__ import annotations

from datetime import date, timedelta

from casework.models import AllocationRole
from synthetic.mint import Mint
from synthetic.spec import Authority, CaseNoteSpec, HistorySpec, WishesSpec

ROUTINE = (
    ("Statutory visit", "Saw the child at the placement, on their own for part of the visit."),
    ("Statutory visit", "Visited with the carer present; talked about school and contact."),
    ("Telephone call with carer", "Carer reports a settled fortnight; no concerns raised."),
    ("Contact arrangements", "Reviewed family time arrangements with the child and carer."),
)
SIGNIFICANT = (
    ("Family time missed", "Mother did not come to family time; the child was upset and the carer was told."),
    ("Placement at risk", "Carer asked for a meeting about the placement; support plan agreed."),
    ("School exclusion", "Fixed-term exclusion from school; meeting with the designated teacher booked."),
    (
        "Disclosure to worker",
        "The child shared a worry about an adult known to the family; strategy discussion asked for.",
    ),
    ("Family bereavement", "A grandparent died; the child was told with the carer present."),
)


def add_case_notes(mint: Mint, out: Authority) -> None:
    since = out.as_of - timedelta(days=365)
    for allocation in out.allocations:
        if allocation.role != AllocationRole.SOCIAL_WORKER:
            continue
        first = max(allocation.start_date, since)
        last = min(allocation.end_date or out.as_of, out.as_of)
        day = first + timedelta(days=mint.pick(range(3, 30)))
        while day <= last:
            significant = mint.chance(0.12)
            subject, body = mint.pick(SIGNIFICANT if significant else ROUTINE)
            out.case_notes.append(
                CaseNoteSpec(
                    mint.uuid(), allocation.child, allocation.worker, day, subject, body, significant
                )
            )
            day = _next(day, mint)


def _next(day: date, mint: Mint) -> date:
    return day + timedelta(days=mint.pick(range(35, 57)))


HISTORY = {
    "family_background": (
        "Lived with mother and younger siblings until coming into care; father's whereabouts not known.",
        "Brought up by grandparents for several years after parents separated.",
        "Family moved often between rented homes; periods of domestic abuse reported by neighbours.",
    ),
    "adverse_experiences": (
        "Neglect: long periods without adequate food or supervision before care.",
        "Witnessed domestic abuse at home; emotional harm recorded at the child protection conference.",
    ),
    "previous_care": (
        "A short period in care as a toddler under section 20, returned home after three months.",
        "No earlier periods of care.",
    ),
    "health": ("Asthma, managed with inhalers; dental treatment was overdue on entry to care.",),
    "education": ("Three primary schools; attendance improved after the move to the current placement.",),
    "identity": ("Keen to keep in touch with grandparents and to learn about family history.",),
    "own_story": ("Says that coming into care 'was the right thing but happened too late'.",),
}
WORDS = (
    ("I want to stay at my school with my friends.", "on the way back from school"),
    ("I like it here but I miss my little brother.", "at the placement, carer out of the room"),
    ("I don't want another new social worker.", "after the review meeting"),
    ("I want to see my nan more often.", "on a walk in the park"),
)


def add_story(mint: Mint, out: Authority) -> None:
    """History sections and wishes and feelings for each child, by the social worker allocated last."""
    last_worker: dict[object, tuple[str, date]] = {}
    for allocation in out.allocations:
        if allocation.role == AllocationRole.SOCIAL_WORKER:
            held = last_worker.get(allocation.child)
            if held is None or allocation.start_date > held[1]:
                last_worker[allocation.child] = (allocation.worker, allocation.start_date)
    for child in out.children:
        found = last_worker.get(child.person)
        if found is None:
            continue
        worker, since = found
        for kind, texts in HISTORY.items():
            if mint.chance(0.7):
                reviewed = mint.between(min(since, out.as_of - timedelta(days=500)), out.as_of)
                out.history.append(HistorySpec(child.person, kind, mint.pick(texts), reviewed, worker))
        for _ in range(mint.pick(range(0, 3))):
            words, context = mint.pick(WORDS)
            said = mint.between(max(since, out.as_of - timedelta(days=700)), out.as_of)
            out.wishes.append(WishesSpec(mint.uuid(), child.person, said, words, context, worker))
