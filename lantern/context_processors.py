from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from accounts.roles import Role, may_use_register


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    if (
        user.role == Role.RETURN_INTERVIEWER
    ):  # sees the missing record and nothing else (access.guards.ROLE_ONLY)
        return {"nav_items": [("Missing", "missing:overview"), ("Alerts", "alerts:inbox")]}
    items = [
        ("My children", "casework:my-children"),
        ("Search", "people:search"),
        ("Missing", "missing:overview"),
    ]
    if user.role == Role.TEAM_MANAGER:
        items.insert(1, ("My team", "casework:team"))
        items.append(("Break-glass reviews", "access:break-glass-reviews"))
    if user.role in (Role.TEAM_MANAGER, Role.ANALYST, Role.ADMIN):
        items.append(("Stability", "duties:stability"))
        items.append(("SSDA903 return", "returns:903"))
    items.append(
        ("Escalations", "escalation:partnership" if user.role == Role.REVIEWER else "escalation:dashboard")
    )
    if may_use_register(user.role):  # the authority's staff only: partners never see the register
        items.append(("Carers", "care:register"))
    items.append(("Alerts", "alerts:inbox"))
    items.append(("Break glass", "access:break-glass"))
    return {"nav_items": items}
