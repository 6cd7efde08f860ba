"""How what was shared appears in the child's chronology (learning points 5 and 8): each record of information
shared, acknowledged or not, is a routine entry under "Information shared", linked back to the log."""

from __future__ import annotations

from django.urls import reverse
from django.utils.dateformat import format as date_format

from chronology.models import Category, ChronologyEntry, Significance
from chronology.sources import Facts, register
from sharing.models import Item, SharedInformation

_CHILDRENS_SERVICES = "Children’s social care"
_KIND = {
    "carer": "carer",
    "host_authority": "host authority",
    "social_care": "children’s social care",
    "virtual_school": "virtual school",
    "commissioned": "commissioned service",
    "youth_justice": "youth justice",
    "iro": "IRO",
}
_HOW = {
    "secure_email": "by secure email",
    "email": "by email",
    "in_person": "in person",
    "post": "by post",
    "meeting": "at a meeting",
    "phone": "by phone",
    "lantern": "through Lantern",
}


def shared_facts(shared: SharedInformation) -> Facts:
    """ "Placement plan shared with Carl Carer (carer) by secure email; acknowledged 3 Mar 2026"."""
    what = shared.description if shared.item == Item.OTHER else shared.get_item_display()
    kind = _KIND.get(shared.recipient_kind, shared.recipient_kind.replace("_", " "))
    how = _HOW.get(shared.method, shared.get_method_display().lower())
    text = f"{what} shared with {shared.recipient} ({kind}) {how}"
    if shared.acknowledged_on is not None:
        text += f"; acknowledged {date_format(shared.acknowledged_on, 'j M Y')}"
    else:
        text += "; not acknowledged yet"
    return Facts(
        child_id=shared.child_id,
        occurred_on=shared.shared_on,
        category=Category.INFORMATION_SHARED,
        what_happened=text,
        agency=_CHILDRENS_SERVICES,
        significance=Significance.ROUTINE,
    )


def _link(entry: ChronologyEntry) -> str:
    return reverse("sharing:log", args=[entry.child_id]) + f"#record-{entry.source_id}"


def register_sources() -> None:
    register(
        SharedInformation,
        source_type="sharedinformation",
        describe=shared_facts,
        link=_link,
        label="Information shared",
    )
