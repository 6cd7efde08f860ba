"""The roles a Lantern user can hold, and what each role may change.

Seeing a child is decided by the access rule (access.selectors); a role only narrows what a user who can see the
child may change.
"""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    SOCIAL_WORKER = "social_worker", "Social worker"
    TEAM_MANAGER = "team_manager", "Team manager"
    IRO = "iro", "Independent reviewing officer"
    MISSING_COORDINATOR = "missing_coordinator", "Missing and exploitation coordinator"
    RETURN_INTERVIEWER = "return_interviewer", "Return interview worker"
    POLICE = "police", "Police liaison officer"
    HEALTH = "health", "Looked-after children's nurse"
    EDUCATION = "education", "Virtual school or designated teacher"
    CARER = "carer", "Foster carer or key worker"
    ANALYST = "analyst", "Performance analyst"
    REVIEWER = "reviewer", "Safeguarding partnership reviewer"
    ADMIN = "admin", "Administrator"


PARTNER_ROLES = frozenset(
    {Role.POLICE, Role.HEALTH, Role.EDUCATION, Role.CARER, Role.RETURN_INTERVIEWER, Role.MISSING_COORDINATOR}
)
ALLOCATABLE_ROLES = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.IRO})
CARE_RECORD_EDITORS = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.ADMIN})
ALLOCATION_EDITORS = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
# Partners who, with a grant for the child, may report a missing episode and record its end (statutory guidance
# 2014, M2 and M7: the carer reports to the police and the authority; the police record their reference and grading).
MISSING_REPORTERS = frozenset({Role.CARER, Role.POLICE, Role.MISSING_COORDINATOR})
# Partners who record the independent return interview (M5), and who take part in safeguarding records (screening,
# risk plans, strategy discussions) beside the allocated worker and manager.
RETURN_INTERVIEWERS = frozenset({Role.RETURN_INTERVIEWER, Role.MISSING_COORDINATOR})
SAFEGUARDING_PARTNERS = frozenset({Role.MISSING_COORDINATOR})
BREAK_GLASS_ROLES = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.IRO, Role.MISSING_COORDINATOR})
# The carer and provider register (care/register_*) is the authority's own list of where it can place a child: its
# staff who choose placements, review them or report on them read it; partners never do (it names carers and, on an
# entry's page, the children living there). Team managers and administrators keep it, as they approve placements.
REGISTER_USERS = frozenset({Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.IRO, Role.ADMIN, Role.ANALYST})
REGISTER_EDITORS = frozenset({Role.TEAM_MANAGER, Role.ADMIN})


def is_partner_role(role: str) -> bool:
    """Partners see a child through a time-limited grant, never through an allocation."""
    return role in PARTNER_ROLES


def can_edit_care_record(role: str) -> bool:
    return role in CARE_RECORD_EDITORS


def can_edit_allocations(role: str) -> bool:
    return role in ALLOCATION_EDITORS


def can_break_glass(role: str) -> bool:
    return role in BREAK_GLASS_ROLES


def may_use_register(role: str) -> bool:
    return role in REGISTER_USERS


def may_edit_register(role: str) -> bool:
    return role in REGISTER_EDITORS
