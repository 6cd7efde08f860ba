"""The statutory duty rules engine: what is owed to one looked-after child, by when, and how each duty stands on a
given day. Pure functions over duties.facts (no ORM, no Django), so any past day can be replayed.

`duties_for(facts, as_of)` lists every occurrence up to `as_of` with its status plus, for each duty, the next
occurrence not yet due; occurrence.py states the status contract. `RULES` describes each rule code a Duty can carry
(name, statutory source as statutory-rules.md gives it, who acts).

Only periods of care carry duties, and short-break periods (every legal status V3 or V4) carry none of these: short
breaks have their own regime (CPPCR Part 8), which is not built. Not built either: R2, R5, R12, R15-R17 (R17 is the
working-day calendar itself), R24 is DutyConfig, R25 is `eligible_from`, R28, R30, R31.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from duties.duty import Duty, DutyConfig, Rule
from duties.facts import ChildFacts
from duties.rules import education, health, leaving_care, plans, reviews, visits
from duties.rules.known import known_on
from duties.rules.leaving_care import eligible_from

__all__ = ["DEFAULT_CONFIG", "RULES", "duties_for", "eligible_from", "rule"]

Family = Callable[[ChildFacts, date, DutyConfig], list[Duty]]

DEFAULT_CONFIG = DutyConfig()

# Each family computes one or more rule codes from a child's facts as known on the day asked about (known_on).
FAMILIES: tuple[Family, ...] = (
    plans.care_plan,
    plans.placement_plan,
    plans.notification,
    visits.visits,
    reviews.reviews,
    reviews.iro_appointed,
    health.health_assessments,
    health.sdq,
    education.pep_start,
    education.pep_reviews,
    leaving_care.leaving_care,
)

SOCIAL_WORKER = "allocated social worker"
HEALTH = "looked-after children's health service"
VISIT_SOURCE = "CPPCR reg 28"
HEALTH_GUIDANCE = (
    "statutory guidance, Promoting the health and well-being of looked-after children (DfE/DH, March 2015)"
)
EDUCATION_GUIDANCE = "statutory guidance, Promoting the education of looked-after children (DfE 2018)"
LEAVING_CARE_SOURCE = "CPPCR regs 41–44"


def _rule(code: str, name: str, source: str, actor: str, family: Family) -> Rule:
    def duties(facts: ChildFacts, as_of: date, config: DutyConfig = DEFAULT_CONFIG) -> list[Duty]:
        return [d for d in family(known_on(facts, as_of), as_of, config) if d.rule == code]

    return Rule(code, name, source, actor, duties)


RULES: tuple[Rule, ...] = (
    _rule("R1", "Care plan", "CPPCR reg 4(2)", SOCIAL_WORKER, plans.care_plan),
    _rule("R3", "Placement plan signed by the carer", "CPPCR reg 9", SOCIAL_WORKER, plans.placement_plan),
    _rule("R4", "Notification of placement", "CPPCR reg 13", SOCIAL_WORKER, plans.notification),
    _rule(
        "R6",
        "Visit within one week of a placement starting",
        f"{VISIT_SOURCE}(2)(a)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R7",
        "Visits every 6 weeks in the first year of a placement",
        f"{VISIT_SOURCE}(2)(b)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R8",
        "Visits after the first year of a placement: 3-monthly if it is intended to last until 18, else 6-weekly",
        f"{VISIT_SOURCE}(2)(c)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R9",
        "Weekly visits until the first review when placed with a parent before the assessment is complete",
        f"{VISIT_SOURCE}(3)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R10",
        "Weekly visits until the first review, then 4-weekly (temporary approval, or interim care order at home)",
        f"{VISIT_SOURCE}(4)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R11",
        "Visit within one week of a care order with the child living with a parent, then 6-weekly",
        f"{VISIT_SOURCE}(5)",
        SOCIAL_WORKER,
        visits.visits,
    ),
    _rule(
        "R13",
        "First looked-after review",
        "CPPCR reg 33(1)",
        "IRO and allocated social worker",
        reviews.reviews,
    ),
    _rule(
        "R14",
        "Second and later looked-after reviews",
        "CPPCR reg 33(2)",
        "IRO and allocated social worker",
        reviews.reviews,
    ),
    _rule(
        "R19",
        "Initial health assessment (R18 CPPCR reg 7; R19 within 20 working days)",
        f"CPPCR reg 7; {HEALTH_GUIDANCE}",
        HEALTH,
        health.health_assessments,
    ),
    _rule("R20", "Review health assessments", "CPPCR reg 7", HEALTH, health.health_assessments),
    _rule(
        "R21",
        "Strengths and difficulties questionnaire",
        f"{HEALTH_GUIDANCE}; reported in the 903 OC2 table",
        SOCIAL_WORKER,
        health.sdq,
    ),
    _rule(
        "R22",
        "Personal education plan started",
        f"CPPCR reg 5(b)(ii) and Sch 1 para 2; {EDUCATION_GUIDANCE}",
        "allocated social worker and designated teacher",
        education.pep_start,
    ),
    _rule(
        "R23",
        "Personal education plan reviewed each school term",
        EDUCATION_GUIDANCE,
        "allocated social worker and designated teacher",
        education.pep_reviews,
    ),
    _rule(
        "R26",
        "Needs assessment (eligible child)",
        LEAVING_CARE_SOURCE,
        SOCIAL_WORKER,
        leaving_care.leaving_care,
    ),
    _rule(
        "R26-plan",
        "Pathway plan (eligible child)",
        LEAVING_CARE_SOURCE,
        SOCIAL_WORKER,
        leaving_care.leaving_care,
    ),
    _rule(
        "R26-PA",
        "Personal adviser appointed (eligible child)",
        LEAVING_CARE_SOURCE,
        "responsible authority (leaving care service)",
        leaving_care.leaving_care,
    ),
    _rule(
        "R27",
        "Pathway plan reviews",
        "Care Leavers (England) Regs 2010 (SI 2010/2571, reg 7)",
        "allocated social worker and personal adviser",
        leaving_care.leaving_care,
    ),
    _rule(
        "R29",
        "Independent reviewing officer appointed before the first review",
        "Children Act 1989 s25A",
        "responsible authority (IRO service)",
        reviews.iro_appointed,
    ),
)

_BY_CODE = {r.code: r for r in RULES}


def rule(code: str) -> Rule:
    """The rule a duty's code names."""
    return _BY_CODE[code]


def _code_order(code: str) -> tuple[int, str]:
    match = re.match(r"R(\d+)(.*)", code)
    return (int(match.group(1)), match.group(2)) if match else (0, code)


_ORDER = {r.code: _code_order(r.code) for r in RULES}


def duties_for(facts: ChildFacts, as_of: date, config: DutyConfig = DEFAULT_CONFIG) -> list[Duty]:
    """Every duty owed to the child up to `as_of`, with its status, and the next occurrence of each not yet due;
    sorted by due date, then rule (R6 before R10)."""
    known = known_on(facts, as_of)
    found = [duty for family in FAMILIES for duty in family(known, as_of, config)]
    found.sort(key=lambda d: (d.due_on, _ORDER[d.rule], d.about))
    return found
