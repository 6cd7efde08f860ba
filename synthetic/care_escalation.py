"""Escalations between agencies (the escalation app), pure and deterministic, built last.

- Every strategy discussion on which an escalation was asked for (care_risk.py: dissent, and the worker or their
  manager asked) has its escalation, raised that day by whoever asked, about the dissenting agency, linked to the
  discussion.
- A few other children in care (about three in a hundred) have one: the allocated worker about the police, health
  or the school, or a police officer with a grant about children's social care.
- Each runs through the stages of escalation/stages.py with their default time limits in working days: a response,
  then resolved (most) or moved to the next stage; a few withdrawn. Those raised in the last months may still be
  open, some past their stage's limit. Every step is kept, in order; the escalation's stage is its last step's."""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from datetime import date, timedelta

from accounts.roles import Role
from escalation.models import Stage, Status, StepKind
from escalation.stages import DEFAULT_STAGE_DAYS, LAST_STAGE, stage_due_on
from synthetic import network_texts as words
from synthetic.network_context import AGENCY, CHILDRENS, Context, at, day_of
from synthetic.spec import DiscussionSpec, ParticipantSpec
from synthetic.spec_network import EscalationSpec, StepSpec
from synthetic.workforce import EDUCATION, HEALTH, POLICE

PER_CHILD = 0.04
ASKED = 0.4  # of the decisions with dissent the risk stage left without an escalation
DEMO_WORKER = "demo.social_worker"
RECENT = 120  # days: an escalation raised earlier than this before as_of has been closed
FATES = (("resolve", 50), ("next", 32), ("wait", 18))
WITHDRAWN = 0.05
ABOUT = ((POLICE, Role.POLICE, 0), (HEALTH, Role.HEALTH, 2), (EDUCATION, Role.EDUCATION, 3))


class EscalationBuilder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.mint = ctx.mint
        self.participants: dict[uuid.UUID, list[ParticipantSpec]] = defaultdict(list)
        for participant in ctx.out.participants:
            self.participants[participant.discussion].append(participant)

    def build(self) -> None:
        ctx, mint = self.ctx, self.mint
        for index, discussion in enumerate(ctx.out.discussions):
            if not discussion.escalation_requested and discussion.dissent_recorded:
                discussion = self._ask(discussion)
                ctx.out.discussions[index] = discussion
            if discussion.escalation_requested and discussion.escalation_requested_at is not None:
                self._from_discussion(discussion)
        for child in ctx.out.children:
            placements = ctx.placements[child.person]
            if not placements or not mint.chance(PER_CHILD):
                continue
            low = max(placements[0].start_date, ctx.window_start)
            day = mint.between(low, min(placements[-1].end_date or ctx.last_day, ctx.last_day))
            worker = ctx.worker(child.person, day)
            if worker and ctx.in_care_on(child.person, day):
                self._other(child.person, day, worker)

    def _ask(self, discussion: DiscussionSpec) -> DiscussionSpec:
        """Some decisions with dissent are escalated by their worker (or the worker's manager) in the days after;
        not the demo child's latest, which is left for the demo to escalate."""
        ctx, mint = self.ctx, self.mint
        asker = discussion.recorded_by or ctx.manager_of(discussion.recorded_by)
        demo = discussion.recorded_by == DEMO_WORKER and discussion.held_on >= ctx.as_of - timedelta(days=30)
        if demo or not asker or not mint.chance(ASKED):
            return discussion
        moment = at(discussion.held_on + timedelta(days=mint.rng.randint(0, 3)), mint.rng.randint(9, 17))
        if moment >= ctx.cutoff:
            return discussion
        return dataclasses.replace(discussion, escalation_requested_by=asker, escalation_requested_at=moment)

    def _from_discussion(self, discussion: DiscussionSpec) -> None:
        ctx = self.ctx
        if discussion.escalation_requested_at is None:
            return
        day = day_of(discussion.escalation_requested_at)
        dissent = next((p for p in self.participants[discussion.id] if p.dissent.strip()), None)
        about = dissent.agency if dissent and dissent.agency != CHILDRENS else AGENCY[POLICE]
        raiser = discussion.escalation_requested_by
        name = ctx.people[discussion.child].forename
        concern = (
            f"At the joint decision of {discussion.held_on:%d %B %Y} {about} disagreed with the decision"
            + (f": “{dissent.dissent}”" if dissent else ".")
        )
        role = {AGENCY[POLICE]: Role.POLICE, AGENCY[HEALTH]: Role.HEALTH}.get(about, Role.EDUCATION)
        self._run(
            discussion.child,
            day,
            raiser,
            ctx.agency_of(raiser),
            about,
            role,
            (
                concern,
                f"{name} is at high risk of exploitation and the agencies do not agree how to keep {name} "
                "safe.",
                "A decision both agencies can act on, agreed by their managers.",
            ),
            discussion=discussion.id,
        )

    def _other(self, child: uuid.UUID, day: date, worker: str) -> None:
        ctx, mint = self.ctx, self.mint
        name = ctx.people[child].forename
        police = ctx.holders(child, frozenset({Role.POLICE}), day)
        if police and mint.chance(0.3):
            texts = words.ESCALATIONS[1]
            raiser, raised_by, about, role = police[0], AGENCY[POLICE], AGENCY["la"], Role.SOCIAL_WORKER
            concerning = worker
        else:
            key, role, text = mint.pick(ABOUT)
            texts = words.ESCALATIONS[text]
            raiser, raised_by, about = worker, ctx.agency_of(worker), AGENCY[key]
            concerning = ""
        filled = (texts[0].format(name=name), texts[1].format(name=name), texts[2].format(name=name))
        self._run(child, day, raiser, raised_by, about, role, filled, concerning=concerning)

    def _responder(self, child: uuid.UUID, role: str, stage: int, day: date, concerning: str) -> str:
        ctx = self.ctx
        if role == Role.SOCIAL_WORKER:
            worker = concerning or ctx.worker(child, day)
            return (ctx.manager_of(worker) if stage > 1 else worker) or worker
        holders = ctx.holders(child, frozenset({role}), day)
        return holders[0] if holders else ctx.partners[role][-1].username

    def _run(
        self, child: uuid.UUID, raised: date, raiser: str, raised_by: str, about: str, role: str,
        texts: tuple[str, str, str], *, discussion: uuid.UUID | None = None, concerning: str = "",
    ) -> None:  # fmt: skip
        ctx, mint = self.ctx, self.mint
        escalation_id = mint.uuid()
        steps: list[StepSpec] = []

        def step(
            kind: str, stage: int, day: date, by: str, agency: str, text: str, due: date | None = None
        ) -> None:
            moment = at(day, 10 + min(len(steps), 7), len(steps))
            steps.append(
                StepSpec(mint.uuid(), escalation_id, kind, stage, day, by, agency, text, moment, due)
            )

        stage, started = int(Stage.PRACTITIONERS), raised
        due = stage_due_on(started, stage, DEFAULT_STAGE_DAYS)
        step(StepKind.RAISED, stage, raised, raiser, raised_by, texts[0], due)
        status, closed, resolution = Status.OPEN, None, ""
        if mint.chance(WITHDRAWN):
            day = raised + timedelta(days=mint.rng.randint(1, 5))
            if day <= ctx.last_day:
                text = mint.pick(words.WITHDRAWN_TEXTS)
                step(StepKind.WITHDRAWN, stage, day, raiser, raised_by, text)
                status, closed, resolution = Status.WITHDRAWN, day, text
        while status == Status.OPEN:
            recent = raised >= ctx.as_of - timedelta(days=RECENT)
            fate = mint.weighted(FATES if recent else FATES[:2])
            if fate == "next" and stage == LAST_STAGE:
                fate = "resolve"
            if fate == "wait":
                break
            answered = mint.between(started + timedelta(days=1), due + timedelta(days=2))
            if answered > ctx.last_day:
                break
            responder = self._responder(child, role, stage, answered, concerning)
            text = mint.pick(words.RESPONSE_TEXTS)
            step(StepKind.RESPONSE, stage, answered, responder, ctx.agency_of(responder), text)
            then = answered + timedelta(days=mint.rng.randint(0, 4))
            if then > ctx.last_day:
                break
            if fate == "resolve":
                resolution = mint.pick(words.RESOLUTIONS)
                step(StepKind.RESOLVED, stage, then, raiser, raised_by, resolution)
                status, closed = Status.RESOLVED, then
                break
            stage, started = stage + 1, then
            due = stage_due_on(started, stage, DEFAULT_STAGE_DAYS)
            step(StepKind.NEXT_STAGE, stage, then, raiser, raised_by, mint.pick(words.NEXT_STAGE_TEXTS), due)
        ctx.out.escalations.append(
            EscalationSpec(
                id=escalation_id,
                child=child,
                raised_on=raised,
                raised_by=raiser,
                raised_by_agency=raised_by,
                concerning_agency=about,
                concern=texts[0],
                why_it_matters=texts[1],
                wanted_outcome=texts[2],
                stage=stage,
                stage_started_on=started,
                stage_due_on=due,
                status=status,
                concerning_user=concerning,
                discussion=discussion,
                closed_on=closed,
                resolution=resolution,
            )
        )
        ctx.out.escalation_steps.extend(steps)
