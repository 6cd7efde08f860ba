from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest

from access.guards import ChildAccess, load_child


def child_access(request: HttpRequest, child_id: Any) -> ChildAccess:
    return load_child(request, child_id)


def refuse_unless(condition: bool) -> None:
    """A change the user's role does not allow gets 404, like a record they cannot see."""
    if not condition:
        raise Http404
