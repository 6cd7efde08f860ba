"""Finding the worker named in a bundle's allocation, or creating an inactive stand-in account.

A worker is matched by username and agency (a username alone is refused). When there is none (a record arriving from another authority, or a replay into
an empty database), an inactive user with an unusable password is created, in a team and agency found or created
by name, so that the allocation history is kept. Such an account cannot sign in until an administrator activates
it and sets a password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError

from accounts.models import Agency, Team, User
from accounts.roles import ALLOCATABLE_ROLES, Role
from bundles.errors import model_errors
from bundles.validation import Problem


@dataclass
class WorkerResolver:
    created_users: list[str] = field(default_factory=list)
    created_teams: list[str] = field(default_factory=list)
    created_agencies: list[str] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    _found: dict[tuple[str, str | None, bool], User | None] = field(default_factory=dict)

    def resolve(self, spec: dict[str, Any], path: str, *, allocatable: bool = True) -> User | None:
        """The user for `spec` (a bundle "worker"), or None with the reason added to `errors`. An author (of a
        note, an entry, a review) need not be someone who can be allocated: `allocatable=False`."""
        key = (spec["username"], spec.get("agency"), allocatable)
        if key not in self._found:
            if allocatable and spec.get("role", Role.SOCIAL_WORKER) not in ALLOCATABLE_ROLES:
                self.errors.append(
                    (f"{path}.role", "only social workers, managers and IROs can be allocated")
                )
                self._found[key] = None
                return None
            existing = User.objects.select_related("agency").filter(username=key[0]).first()
            self._found[key] = (
                self._create(spec, path)
                if existing is None
                else self._same(existing, spec, path, allocatable=allocatable)
            )
        return self._found[key]

    def _same(self, user: User, spec: dict[str, Any], path: str, *, allocatable: bool = True) -> User | None:
        """An existing account is the bundle's worker only when its agency is the one the bundle names: a
        username alone could hand another authority's record to a stranger who happens to share it."""
        here = user.agency.name if user.agency else None
        if allocatable and user.role not in ALLOCATABLE_ROLES:
            self.errors.append(
                (f"{path}.username", f"user {user.username!r} here is not a worker who can be allocated")
            )
            return None
        if here != spec.get("agency"):
            self.errors.append(
                (
                    f"{path}.username",
                    f"user {user.username!r} here belongs to {here or 'no agency'}, not to "
                    f"{spec.get('agency') or 'no agency'}; rename the worker in the bundle or correct the account",
                )
            )
            return None
        return user

    def _create(self, spec: dict[str, Any], path: str) -> User | None:
        agency = self._agency(spec, path)
        if spec.get("agency") and agency is None:
            return None
        team = self._team(spec, agency, path)
        if spec.get("team") and team is None:
            return None
        user = User(
            username=spec["username"],
            first_name=spec.get("first_name", ""),
            last_name=spec.get("last_name", ""),
            agency=agency,
            team=team,
            is_active=False,
        )
        if "role" in spec:
            user.role = spec["role"]
        user.set_unusable_password()
        if not self._valid(user, path, spec):
            return None
        user.save()
        self.created_users.append(user.username)
        return user

    def _agency(self, spec: dict[str, Any], path: str) -> Agency | None:
        name = spec.get("agency")
        if not name:
            return None
        agency = Agency.objects.filter(name=name).first()
        if agency is None:
            agency = Agency(name=name, kind=Agency.Kind.LOCAL_AUTHORITY)
            if not self._valid(agency, path, spec, {"name": "agency"}):
                return None
            agency.save()
            self.created_agencies.append(name)
        return agency

    def _team(self, spec: dict[str, Any], agency: Agency | None, path: str) -> Team | None:
        name = spec.get("team")
        if not name:
            return None
        if agency is None:
            teams = list(Team.objects.filter(name=name)[:2])
            if len(teams) != 1:
                problem = "no team of this name exists" if not teams else "several teams have this name"
                self.errors.append((f"{path}.agency", f"{problem}; give the agency of team {name!r}"))
                return None
            return teams[0]
        team = Team.objects.filter(agency=agency, name=name).first()
        if team is None:
            team = Team(name=name, agency=agency)
            if not self._valid(team, path, spec, {"name": "team"}):
                return None
            team.save()
            self.created_teams.append(f"{name} ({agency.name})")
        return team

    def _valid(
        self, instance: Any, path: str, record: dict[str, Any], fields: dict[str, str] | None = None
    ) -> bool:
        try:
            instance.full_clean()
        except ValidationError as error:
            self.errors += model_errors(error, path=path, record=record, fields=fields)
            return False
        return True
