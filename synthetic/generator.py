"""Build a whole synthetic authority in memory, without the ORM: the same arguments always give the same result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from accounts.roles import Role
from synthetic import demographics
from synthetic.allocations import Allocator
from synthetic.care_escalation import EscalationBuilder
from synthetic.care_history import add_care_history
from synthetic.care_issue8 import add_register_and_education
from synthetic.care_missing import add_missing
from synthetic.care_network import NetworkBuilder
from synthetic.care_placements import keep_supported_accommodation_inside
from synthetic.care_risk import add_risk
from synthetic.care_sharing import SharingBuilder, mark_at_risk
from synthetic.care_step_down import keep_social_worker_after_going_home
from synthetic.families import Family, FamilyBuilder
from synthetic.grants import Granter
from synthetic.kin import KinBuilder
from synthetic.mint import Mint, years_before
from synthetic.network_context import Context
from synthetic.notes import add_case_notes, add_story
from synthetic.spec import Authority, ChildSpec
from synthetic.workforce import CHILDREN_PER_TEAM, Staff, Workforce

# Sizes of sibling groups coming into care together (most children come in alone).
GROUP_SIZES: tuple[tuple[int, float], ...] = ((1, 58), (2, 24), (3, 11), (4, 5), (5, 2))


def _families(mint: Mint, out: Authority, window_start: date, tick: Callable[[int], object]) -> list[Family]:
    builder = FamilyBuilder(mint, out, window_start)
    kin = KinBuilder(mint, builder.rec)
    families: list[Family] = []
    remaining = out.children_wanted
    while remaining > 0:
        uasc = mint.chance(demographics.UASC_SHARE * 1.6)
        size = 1 if uasc else min(remaining, mint.weighted(GROUP_SIZES))
        family = builder.build(size, uasc=uasc)
        kin.add(family)
        out.children.extend(family.children)
        families.append(family)
        remaining -= size
        tick(size)
    return families


def _assign_teams(families: list[Family], team_count: int) -> tuple[list[int], list[int]]:
    """Each sibling group to the team with the fewest children so far (teams stay about the same size)."""
    sizes = [0] * team_count
    teams: list[int] = []
    for family in families:
        team = min(range(team_count), key=lambda t: (sizes[t], t))
        sizes[team] += len(family.children)
        teams.append(team)
    return teams, sizes


def build_authority(
    *, children: int, years: int, seed: int, as_of: date, tick: Callable[[int], object] | None = None
) -> Authority:
    """tick(n) is called as each sibling group of n children is built (for a progress bar)."""
    mint = Mint(seed)
    out = Authority(children_wanted=children, years=years, seed=seed, as_of=as_of)
    window_start = years_before(as_of, years)
    families = _families(mint, out, window_start, tick or (lambda n: None))
    team_of, team_sizes = _assign_teams(families, max(1, round(children / CHILDREN_PER_TEAM)))
    staff = Workforce(mint, out, window_start).build(team_sizes)
    allocator = Allocator(mint, out, social_worker=staff.demo[Role.SOCIAL_WORKER], iro=staff.demo[Role.IRO])
    granter = Granter(mint, out, staff.partners)
    everyone = staff.all_social_workers()
    demo_worker = staff.demo[Role.SOCIAL_WORKER].username
    demo_children: list[ChildSpec] = []
    for family, team in zip(families, team_of, strict=True):
        key = f"cic{team}"
        segments = allocator.allocate(
            family, workers=staff.social_workers[key], everyone=everyone, iros=staff.iros
        )
        for member, child in zip(family.in_care, family.children, strict=True):
            own = segments[child.local_id]
            granter.for_child(child, age=member.age, segments=own, manager=staff.managers[key].username)
            if own and own[-1].end is None and own[-1].worker.username == demo_worker:
                demo_children.append(child)
    granter.for_demo(demo_children, staff.demo)
    add_care_history(mint, out, staff)
    escalating = add_missing(mint, out, staff, demo_children)
    granter.for_missing(out.missing_episodes)
    add_case_notes(mint, out)
    add_story(mint, out)
    add_risk(mint, out, staff, escalating)  # after the rest, so that the records before it are as they were
    add_network(mint, out, staff)
    keep_supported_accommodation_inside(out)
    add_register_and_education(out)  # issue 8: its own random streams, so the records above are unchanged
    keep_social_worker_after_going_home(out)  # no draws: nothing above moves
    return out


def add_network(mint: Mint, out: Authority, staff: Staff) -> None:
    """Placements at risk, the network, the sharing log and the escalations, after every other record (they read
    them all)."""
    ctx = Context(mint, out, staff)
    mark_at_risk(ctx)
    network = NetworkBuilder(ctx)
    network.build()
    SharingBuilder(ctx, network).build()
    EscalationBuilder(ctx).build()
