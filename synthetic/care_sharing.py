"""Placements at risk and the information sharing log (the sharing app), pure and deterministic.

- Some current placements (about 6 %) have been at risk of breaking down since a day in the last four months.
- For each placement in the seeded years, its carers (their network member) are given the history summary, the care
  plan and the placement plan in the first days, and the risk plan where the child has one by then; each is
  acknowledged a few days later. About 10 % of current placements that began more than a fortnight ago have a gap
  (one item not shared, or not acknowledged), so that the sharing alerts have something to show (the issue: what is
  missing after 5 working days is chased); a few past placements too.
- A placement out of the authority's area is notified to the host authority (Care Planning, Placement and Case
  Review (England) Regulations 2010, regulation 11), usually acknowledged; a few are not notified."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from network.models import AgencyKind
from sharing.models import Item, Method
from synthetic.care_network import NetworkBuilder
from synthetic.network_context import ONE_DAY, Context
from synthetic.spec import PlacementSpec
from synthetic.spec_network import MemberSpec, SharedSpec

AT_RISK = 0.06
GAP_CURRENT, GAP_PAST = 0.10, 0.03
HOST_NOTIFIED = 0.88
CARER_ITEMS = (Item.HISTORY_SUMMARY, Item.CARE_PLAN, Item.PLACEMENT_PLAN)
METHODS = ((Method.IN_PERSON, 40), (Method.SECURE_EMAIL, 45), (Method.LANTERN, 10), (Method.POST, 5))


def mark_at_risk(ctx: Context) -> None:
    """Set at_risk_since on some current placements (before the network is built, so meetings can follow)."""
    mint, out = ctx.mint, ctx.out
    for index, placement in enumerate(out.placements):
        if placement.end_date is None and placement.start_date < ctx.last_day and mint.chance(AT_RISK):
            low = max(placement.start_date + ONE_DAY, ctx.as_of - timedelta(days=120))
            marked = dataclasses.replace(placement, at_risk_since=mint.between(low, ctx.last_day))
            out.placements[index] = marked
    ctx.placements.clear()
    for placement in out.placements:
        ctx.placements[placement.child].append(placement)
    for own in ctx.placements.values():
        own.sort(key=lambda p: p.start_date)


class SharingBuilder:
    def __init__(self, ctx: Context, network: NetworkBuilder) -> None:
        self.ctx = ctx
        self.mint = ctx.mint
        self.network = network

    def build(self) -> None:
        ctx = self.ctx
        for placement in ctx.out.placements:
            if (placement.end_date or ctx.as_of) < ctx.window_start or placement.start_date > ctx.last_day:
                continue
            carer = self.network.carer_of.get(placement.id)
            if carer is not None:
                self._carers(placement, carer)
            host = self.network.host_of.get(placement.id)
            if host is not None and self.mint.chance(HOST_NOTIFIED):
                self._share(placement, host, Item.PLACEMENT_NOTIFICATION, 0, 5, ack=0.85)

    def _carers(self, placement: PlacementSpec, carer: MemberSpec) -> None:
        ctx, mint = self.ctx, self.mint
        items: list[tuple[str, date]] = [(item, placement.start_date) for item in CARER_ITEMS]
        plan = ctx.risk_plans.get(placement.child)
        end = placement.end_date or ctx.last_day
        if plan is not None and plan.agreed_on <= end:
            items.append((Item.RISK_PLAN, max(plan.agreed_on, placement.start_date)))
        gap, unacknowledged = -1, -1
        old_enough = placement.start_date <= ctx.as_of - timedelta(days=14)
        if old_enough and mint.chance(GAP_CURRENT if placement.end_date is None else GAP_PAST):
            if mint.chance(0.5):
                gap = mint.rng.randrange(len(items))
            else:
                unacknowledged = mint.rng.randrange(len(items))
        for index, (item, since) in enumerate(items):
            if index == gap:
                continue
            self._share(
                placement, carer, item, 0, 3, ack=0.0 if index == unacknowledged else 1.0, since=since
            )

    def _share(
        self, placement: PlacementSpec, member: MemberSpec, item: str, low: int, high: int, *, ack: float,
        since: date | None = None,
    ) -> None:  # fmt: skip
        ctx, mint = self.ctx, self.mint
        shared = (since or placement.start_date) + timedelta(days=mint.rng.randint(low, high))
        if shared > ctx.last_day:
            return  # not shared yet
        acknowledged: date | None = shared + timedelta(days=mint.rng.randint(0, 5))
        if acknowledged is not None and (acknowledged > ctx.last_day or not mint.chance(ack)):
            acknowledged = None
        host = member.agency_kind == AgencyKind.HOST_AUTHORITY
        ctx.out.shared.append(
            SharedSpec(
                id=mint.uuid(),
                child=placement.child,
                placement=placement.id,
                item=item,
                recipient_kind=member.agency_kind,
                member=member.id,
                recipient=member.name,
                shared_on=shared,
                method=Method.SECURE_EMAIL if host else mint.weighted(METHODS),
                shared_by=ctx.worker(placement.child, shared),
                acknowledged_on=acknowledged,
                acknowledged_by=member.name if acknowledged else "",
            )
        )
