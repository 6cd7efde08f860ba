"""Writing `escalations` (bundles/escalation.py) by replaying their steps through escalation/services.py:
escalation_raise (the first step, by who raised it, on the day raised; a joint decision named in `discussion`
records that an escalation was asked for, and must have dissent), then for each later step escalation_respond,
escalation_next_stage, escalation_resolve or escalation_withdraw, by the worker who took it on its day. The services'
checks apply, with their messages (a step before the last, a closed escalation taking another step, a next stage
after the last, a withdrawal by someone other than who raised it or their manager...).

The stage, its start and time limit, the status, the day closed and the resolution are worked out by the services
and must agree with the bundle's, as must each step's stage and time limit (`$.escalations[0].stage: 2 is not
valid: its steps give 3`). What the services take from the user rather than the bundle is put back as the bundle
has it: the agency each acted for, and the person the escalation was about (their access to the child is the
receiving authority's decision, as for grants). A step keeps its id: the services give each new step an id, which
is changed to the bundle's (with its history and chronology entry) so that a round trip is exact."""

from __future__ import annotations

from datetime import date
from typing import Any

from bundles.escalation import DATES, ESCALATION_FIELDS, ESCALATIONS, STATE_FIELDS
from bundles.network import fields
from bundles.service_writer import ServiceWriter
from chronology.models import ChronologyEntry
from chronology.sources import sync
from escalation import services
from escalation.models import Escalation, EscalationStep, StepKind
from risk.models import StrategyDiscussion

SOURCE_TYPE = "escalationstep"


class EscalationWriter(ServiceWriter):
    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.counts = {ESCALATIONS: 0}

    def write(self) -> None:
        discussions = {d["id"] for d in self.data.get("strategy_discussions", [])}
        for index, record in enumerate(self.data.get(ESCALATIONS, [])):
            self._escalation(f"$.{ESCALATIONS}[{index}]", record, discussions)

    def _escalation(self, path: str, record: dict[str, Any], discussions: set[str]) -> None:
        escalation = self.build(Escalation, path, record, ESCALATION_FIELDS, dates=DATES)
        if escalation is None:
            return
        waiting: list[str] = []
        raiser = self.worker(record, "raised_by", path, waiting)
        concerning = self.worker(record, "concerning_user", path, waiting)
        steps = record["steps"]
        bys = [self.worker(step, "by", f"{path}.steps[{i}]", waiting) for i, step in enumerate(steps)]
        first = steps[0]
        if first["kind"] != StepKind.RAISED or first["taken_on"] != record["raised_on"]:
            self.errors.append((f"{path}.steps[0]", "the first step is the escalation raised, on raised_on"))
            return
        if first["text"] != record["concern"]:
            self.errors.append(
                (f"{path}.steps[0].text", "is not valid: the first step's text is the concern")
            )
            return
        ref = record.get("discussion")
        if ref is not None:
            if ref not in discussions:
                self.errors.append((f"{path}.discussion", "names no discussion in strategy_discussions"))
                return
            escalation.discussion = StrategyDiscussion.objects.filter(pk=ref).first()
            if escalation.discussion is None:
                waiting.append("discussion")  # the discussion's own problems are listed
        if self.child is None or waiting:
            return
        escalation.child = self.child
        raised = escalation.raised_on
        if not self.call(
            path,
            record,
            lambda: services.escalation_raise(actor=raiser, escalation=escalation, on=raised),
            field="discussion",
        ):
            return
        for index, (step, by) in enumerate(zip(steps[1:], bys[1:], strict=True), start=1):
            if not self._step(f"{path}.steps[{index}]", step, by, escalation):
                return
        self._settle(path, record, escalation, concerning)

    def _step(self, path: str, record: dict[str, Any], by: Any, escalation: Escalation) -> bool:
        day = date.fromisoformat(record["taken_on"])
        text = record["text"]
        kind = record["kind"]
        calls = {
            StepKind.RESPONSE: lambda: services.escalation_respond(
                actor=by, escalation=escalation, text=text, on=day
            ),
            StepKind.NEXT_STAGE: lambda: services.escalation_next_stage(
                actor=by, escalation=escalation, why=text, on=day
            ),
            StepKind.RESOLVED: lambda: services.escalation_resolve(
                actor=by, escalation=escalation, resolution=text, on=day
            ),
            StepKind.WITHDRAWN: lambda: services.escalation_withdraw(
                actor=by, escalation=escalation, why=text, on=day
            ),
        }
        if kind not in calls:
            self.errors.append((f"{path}.kind", f"{kind!r} is not valid: only the first step is raised"))
            return False
        return self.call(path, record, calls[kind], field="taken_on")

    def _settle(self, path: str, record: dict[str, Any], escalation: Escalation, concerning: Any) -> None:
        """Check what the services worked out against the bundle, then keep the bundle's ids and agencies."""
        escalation.refresh_from_db()
        made = list(EscalationStep.objects.filter(escalation=escalation).order_by("taken_on", "recorded_at"))
        worked = fields(escalation, STATE_FIELDS)
        problems = [
            (f"{path}.{name}", f"{record[name]!r} is not valid: its steps give {worked[name]!r}")
            for name in STATE_FIELDS
            if name in record and record[name] != worked[name]
        ]
        for index, (step, given) in enumerate(zip(made, record["steps"], strict=True)):
            for name in ("stage", "due_on"):
                value = fields(step, (name,))[name]
                if name in given and given[name] != value:
                    problems.append(
                        (
                            f"{path}.steps[{index}].{name}",
                            f"{given[name]!r} is not valid: the steps give {value!r}",
                        )
                    )
        self.errors += problems
        if problems:
            return
        Escalation.objects.filter(pk=escalation.pk).update(
            concerning_user=concerning,
            raised_by_agency=record.get("raised_by_agency", escalation.raised_by_agency),
        )
        for step, given in zip(made, record["steps"], strict=True):
            _rekey(step, given)
        self.counts[ESCALATIONS] += 1


def _rekey(step: EscalationStep, given: dict[str, Any]) -> None:
    """The step as the bundle has it: its id (with its history and chronology entry) and agency."""
    old, new = step.pk, given["id"]
    changes = {"agency": given["agency"]} if "agency" in given else {}
    EscalationStep.objects.filter(pk=old).update(**changes)
    if str(old) != new:
        EscalationStep.objects.filter(pk=old).update(id=new)
        EscalationStep.history.model.objects.filter(id=old).update(id=new)
        ChronologyEntry.objects.filter(source_type=SOURCE_TYPE, source_id=str(old)).update(source_id=new)
    sync(EscalationStep.objects.select_related("escalation").get(pk=new))  # its entry names the agency
