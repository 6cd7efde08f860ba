"""What the seed gives the SSDA903 SWEpisodes table: an invented Social Work England registration number for every
registered social worker, and social worker allocations made by the allocator that each last at least three days
(validator rule SW09STG2) and end with a reason."""

from __future__ import annotations

from datetime import date

from accounts.registration import is_swe_registration
from accounts.roles import Role
from casework.models import AllocationRole
from synthetic.generator import build_authority
from synthetic.workforce import INVENTED_REGISTRATION_PREFIX, REGISTERED_ROLES, swe_registrations

AS_OF = date(2026, 3, 31)


def test_every_registered_social_worker_has_an_invented_number_of_their_own() -> None:
    authority = build_authority(children=60, years=4, seed=11, as_of=AS_OF)
    numbers = swe_registrations(authority.users)
    registered = {u.username for u in authority.users if u.role in REGISTERED_ROLES}
    assert set(numbers) == registered
    assert {Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.IRO} <= {
        u.role for u in authority.users if u.username in numbers
    }
    assert all(
        is_swe_registration(n) and n.startswith(INVENTED_REGISTRATION_PREFIX) for n in numbers.values()
    )
    assert len(set(numbers.values())) == len(numbers)
    assert swe_registrations(build_authority(children=60, years=4, seed=11, as_of=AS_OF).users) == numbers


def test_social_worker_allocations_that_end_last_three_days_and_give_a_reason() -> None:
    authority = build_authority(children=60, years=4, seed=11, as_of=AS_OF)
    ended = [
        (a.start_date, a.end_date, a.end_reason)
        for a in authority.allocations
        if a.role == AllocationRole.SOCIAL_WORKER and a.end_date is not None and a.end_date < AS_OF
    ]
    assert ended
    assert [(start, end) for start, end, _ in ended if (end - start).days < 3] == []
    assert all(reason for _, _, reason in ended)
