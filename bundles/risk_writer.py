"""Writing the risk records of a bundle (bundles/risk.py lists them) for a child whose own record is saved.

Each record is checked as risk/services.py checks it, with the same messages, and saved directly, as CareWriter
saves the care records: the services also audit each record one by one, which an import does not (its one audit row
is the importer's), and nothing here raises an alert (alerts are raised by `lantern alerts` from the records).

- a screening (screening_save): its date neither before the child's birth nor after today; evidence for every grade
  above none (services._grade_errors); the model's own checks (a review date after the screening; a reason for a
  level raised on professional judgement). Beyond the service: every indicator is one of the screening's
  (risk/indicators.py) and graded once; the levels it gives are worked out by the service's rule (risk/levels.py)
  and, where the bundle states them, must agree. A grade's label and group are kept as they were on the day (taken
  from the indicators file when the bundle leaves them out);
- the risk plan (risk_plan_save): agreed neither before the child's birth nor after today; reviewed after agreed;
- an action (risk_action_save): done neither before the child's birth nor after today; an owner, a worker or a
  person named, not both;
- a strategy discussion (strategy_discussion_save): held neither before the child's birth nor after today; someone
  took part (services._participant_errors); a review date not before it; an escalation asked for only with dissent
  (strategy_discussion_escalate). Its chronology entry is brought up to date once its participants are saved, as
  the service does (the entry names the agencies and the dissent).

Every problem is collected, by the JSON path of the record and field (e.g. $.risk_screenings[0].review_on)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from bundles.errors import model_errors
from bundles.plain import model_value
from bundles.risk import (
    ACTION_FIELDS,
    ACTIONS,
    DATES,
    DISCUSSION_FIELDS,
    DISCUSSIONS,
    MOMENTS,
    PARTICIPANT_FIELDS,
    PLAN,
    PLAN_FIELDS,
    SCREENING_FIELDS,
    SCREENINGS,
    SECTIONS,
)
from bundles.validation import Problem
from bundles.workers import WorkerResolver
from chronology.sources import sync
from lantern.child_records import check_dated
from people.models import Child
from risk import services
from risk.indicators import Indicator, indicators
from risk.levels import Graded, age_on, overall_level
from risk.models import (
    DiscussionParticipant,
    RiskPlan,
    RiskPlanAction,
    Screening,
    ScreeningGrade,
    StrategyDiscussion,
)
from risk.services import GradeInput, ParticipantInput

NO_DISSENT = (
    "There is no dissent recorded on this decision to escalate"  # strategy_discussion_escalate's refusal
)


def _value(name: str, value: Any) -> Any:
    return model_value(value, dates=DATES, moments=MOMENTS, name=name)


def _shown(value: Any) -> str:
    """A bundle value as it is written in JSON (true, not True), quoted as the other messages quote it."""
    return _plain(value) if isinstance(value, bool) else repr(value)


def _plain(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


class RiskWriter:
    """Writes the risk parts of a bundle: screenings, the plan, actions, discussions; collects every problem
    instead of stopping. A record is saved only when it and all its rows pass."""

    def __init__(self, data: dict[str, Any], child: Child | None, workers: WorkerResolver) -> None:
        self.data = data
        self.child = child
        self.workers = workers
        self.errors: list[Problem] = []
        self.counts: dict[str, int] = {section: 0 for section in SECTIONS}
        self.indicators = {i.code: i for i in indicators()}

    def write(self) -> None:
        for index, record in enumerate(self.data.get(SCREENINGS, [])):
            self._screening(f"$.{SCREENINGS}[{index}]", record)
        if (plan := self.data.get(PLAN)) is not None:
            self._plan(f"$.{PLAN}", plan)
        for index, record in enumerate(self.data.get(ACTIONS, [])):
            self._action(f"$.{ACTIONS}[{index}]", record)
        for index, record in enumerate(self.data.get(DISCUSSIONS, [])):
            self._discussion(f"$.{DISCUSSIONS}[{index}]", record)

    # Building and checking one record

    def _build(
        self, model: type[models.Model], path: str, record: dict[str, Any], names: tuple[str, ...]
    ) -> tuple[Any, list[str]] | None:
        """The record with its fields and its child, and the fields waiting on a record that failed; None (with
        the problem listed) when a date or time cannot be read."""
        instance: Any = model(id=uuid.UUID(record["id"]))
        waiting: list[str] = []
        if self.child is None:
            waiting.append("child")
        else:
            instance.child = self.child
        for name in names:
            if name in record:
                try:
                    setattr(instance, name, _value(name, record[name]))
                except ValueError:
                    self.errors.append(
                        (f"{path}.{name}", f"{record[name]!r} is not valid: no such date and time")
                    )
                    return None
        return instance, waiting

    def _worker(
        self, instance: Any, field: str, path: str, record: dict[str, Any], waiting: list[str]
    ) -> None:
        spec = record.get(field)
        user = None if spec is None else self.workers.resolve(spec, f"{path}.{field}", allocatable=False)
        if spec is not None and user is None:
            waiting.append(field)  # the worker's own problem is listed by the resolver
        setattr(instance, field, user)

    @staticmethod
    def _clean(
        instance: models.Model, path: str, record: dict[str, Any], waiting: list[str]
    ) -> list[Problem]:
        """The model's own checks, leaving out what a record it waits on decides (an owner who could not be
        found is not also "no owner")."""
        try:
            instance.full_clean(exclude=waiting)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                error = ValidationError({k: v for k, v in error.error_dict.items() if k not in waiting})
            return model_errors(error, path=path, record=record)
        return []

    @staticmethod
    def _check(path: str, record: dict[str, Any], check: Callable[[], Any]) -> list[Problem]:
        """A service's check, its ValidationError as problems at the record's path."""
        try:
            check()
        except ValidationError as error:
            return model_errors(error, path=path, record=record)
        return []

    def _dated(self, path: str, record: dict[str, Any], field: str, day: date | None) -> list[Problem]:
        child = self.child
        if child is None:
            return []
        return self._check(path, record, lambda: check_dated(child=child, field=field, day=day))

    # Screenings

    def _screening(self, path: str, record: dict[str, Any]) -> None:
        built = self._build(Screening, path, record, SCREENING_FIELDS)
        if built is None:
            return
        screening, waiting = built
        self._worker(screening, "screened_by", path, record, waiting)
        problems: list[Problem] = []
        rows: list[tuple[ScreeningGrade, str, dict[str, Any]]] = []  # each with its path and its record
        inputs: list[GradeInput] = []
        where: dict[str, str] = {}  # indicator code -> the path of its grade
        for index, grade in enumerate(record["grades"]):
            at = f"{path}.grades[{index}]"
            code = grade["indicator"]
            known = self.indicators.get(code)
            if known is None:
                codes = ", ".join(self.indicators)
                problems.append(
                    (f"{at}.indicator", f"{code!r} is not valid: not an indicator of the screening ({codes})")
                )
                continue
            if code in where:
                problems.append(
                    (f"{at}.indicator", f"{code!r} is not valid: the same indicator as {where[code]}")
                )
                continue
            where[code] = at
            row = ScreeningGrade(
                id=uuid.UUID(grade["id"]),
                screening=screening,
                indicator=code,
                label=grade.get("label", known.label),
                group=grade.get("group", known.group),
                position=index,
                grade=grade["grade"],
                evidence=grade.get("evidence", ""),
            )
            rows.append((row, at, grade))
            as_graded = Indicator(code=code, label=row.label, group=row.group, hint="", position=index)
            inputs.append(GradeInput(indicator=as_graded, grade=row.grade, evidence=row.evidence))
        # screening_save's checks, with its messages (the grade's own check of its evidence is the same one).
        problems += self._dated(path, record, "screened_on", screening.screened_on)
        unproven = {key.removeprefix("evidence_"): m for key, m in services._grade_errors(inputs).items()}
        problems += [(f"{where[code]}.evidence", message) for code, message in unproven.items()]
        for row, at, grade in rows:
            decided = ["screening", "evidence"] if row.indicator in unproven else ["screening"]
            problems += self._clean(row, at, grade, decided)
        problems += self._levels(screening, inputs, path, record)
        problems += self._clean(screening, path, record, waiting)
        self.errors += problems
        if problems or waiting:
            return
        screening.save()  # its chronology entry is made by its signal, as in use
        for row, _, _ in rows:
            row.save()
        self.counts[SCREENINGS] += 1

    def _levels(
        self, screening: Screening, inputs: list[GradeInput], path: str, record: dict[str, Any]
    ) -> list[Problem]:
        """Work out the levels as screening_save does; the bundle's, where given, must be the same. Not when a
        grade could not be read (its problem is listed), since the levels would be worked out without it."""
        if self.child is None or screening.screened_on is None or len(inputs) != len(record["grades"]):
            return []
        outcome = overall_level(
            (Graded(g.indicator.label, g.indicator.group, g.grade) for g in inputs),
            age=age_on(self.child.person.date_of_birth, screening.screened_on),
            judged=screening.judged_level,
        )
        screening.indicated_level = outcome.indicated
        screening.level = outcome.level
        screening.level_reasons = "\n".join(outcome.reasons)
        screening.referral_required = outcome.referral
        worked_out = {
            "indicated_level": (outcome.indicated, "the grades give"),
            "level": (outcome.level, "the grades and any level raised on professional judgement give"),
            "referral_required": (outcome.referral, "the grades and the child's age on the day give"),
        }
        return [
            (f"{path}.{name}", f"{_shown(record[name])} is not valid: {why} {_plain(value)}")
            for name, (value, why) in worked_out.items()
            if name in record and record[name] != value
        ]

    # The plan and its actions

    def _plan(self, path: str, record: dict[str, Any]) -> None:
        built = self._build(RiskPlan, path, record, PLAN_FIELDS)
        if built is None:
            return
        plan, waiting = built
        self._worker(plan, "recorded_by", path, record, waiting)
        problems = self._dated(path, record, "agreed_on", plan.agreed_on) + self._clean(
            plan, path, record, waiting
        )
        self.errors += problems
        if not problems and not waiting:
            plan.save()
            self.counts[PLAN] = 1

    def _action(self, path: str, record: dict[str, Any]) -> None:
        built = self._build(RiskPlanAction, path, record, ACTION_FIELDS)
        if built is None:
            return
        action, waiting = built
        self._worker(action, "owner", path, record, waiting)
        self._worker(action, "recorded_by", path, record, waiting)
        problems = self._dated(path, record, "done_on", action.done_on) + self._clean(
            action, path, record, waiting
        )
        self.errors += problems
        if not problems and not waiting:
            action.save()
            self.counts[ACTIONS] += 1

    # Strategy discussions

    def _discussion(self, path: str, record: dict[str, Any]) -> None:
        built = self._build(StrategyDiscussion, path, record, DISCUSSION_FIELDS)
        if built is None:
            return
        discussion, waiting = built
        self._worker(discussion, "recorded_by", path, record, waiting)
        self._worker(discussion, "escalation_requested_by", path, record, waiting)
        problems: list[Problem] = []
        rows: list[DiscussionParticipant] = []
        for index, person in enumerate(record["participants"]):
            row = DiscussionParticipant(id=uuid.UUID(person["id"]), discussion=discussion, position=index)
            for name in PARTICIPANT_FIELDS:
                if name in person:
                    setattr(row, name, person[name])
            rows.append(row)
            problems += self._clean(row, f"{path}.participants[{index}]", person, ["discussion"])
        # strategy_discussion_save's checks, with its messages.
        problems += self._dated(path, record, "held_on", discussion.held_on)
        people = [
            ParticipantInput(name=r.name, agency=r.agency, role=r.role, dissent=r.dissent) for r in rows
        ]
        problems += self._check(path, record, lambda: services._participant_errors(people, {}))
        discussion.dissent_recorded = any(r.dissent.strip() for r in rows)
        problems += self._escalation(discussion, path, record)
        problems += self._clean(discussion, path, record, waiting)
        self.errors += problems
        if problems or waiting:
            return
        discussion.save()
        for row in rows:
            row.save()
        # As the service: the entry names the agencies and the dissent, known once the rows are saved.
        sync(discussion)
        self.counts[DISCUSSIONS] += 1

    @staticmethod
    def _escalation(discussion: StrategyDiscussion, path: str, record: dict[str, Any]) -> list[Problem]:
        """An escalation is asked for only on a decision with dissent (strategy_discussion_escalate); who asked
        and when are given only with it (when is the time of the import if the bundle leaves it out)."""
        if discussion.escalation_requested:
            if not discussion.dissent_recorded:
                return [(f"{path}.escalation_requested", NO_DISSENT)]
            if discussion.escalation_requested_at is None:
                discussion.escalation_requested_at = timezone.now()
            return []
        return [
            (f"{path}.{name}", "is given only when escalation_requested is true")
            for name in ("escalation_requested_by", "escalation_requested_at")
            if record.get(name) is not None
        ]
