"""Audit rows as a person reads them: the page or API operation behind a view, in words."""

from __future__ import annotations

from django import template

register = template.Library()

PAGES = {
    "people:child": "the child's page",
    "people:child-edit": "the form to change the child's details",
    "people:person-create": "the form to add a person",
    "people:person-edit": "the form to change a person",
    "people:name-add": "the form to add a name",
    "people:relationship-create": "the form to add a relationship",
    "people:relationship-edit": "the form to change a relationship",
    "people:relationship-delete": "the page to remove a relationship",
    "casework:allocation-create": "the form to allocate a worker",
    "casework:allocation-edit": "the form to change an allocation",
    "audit:who-has-seen": "who has seen this record",
    "access:grants": "the access grants page",
}


@register.filter
def audit_reason(reason: str) -> str:
    if reason in PAGES:
        return f"Opened {PAGES[reason]}"
    if reason.startswith("api-1:") or reason.startswith("api:"):
        return f"Through the API ({reason.split(':', 1)[1].replace('_', ' ')})"
    return reason
