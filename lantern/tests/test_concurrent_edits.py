"""Two workers saving the same record at the same moment, on two real database connections: exactly one save
wins, the other is refused with EditConflict, and the record holds the winner's change (no lost update).

The data must be committed for the second connection to see it, so this test runs outside pytest-django's
per-test transaction and removes what it wrote afterwards (the audit rows with the triggers briefly lifted,
which only a test may do)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection, connections

from access.models import AccessGrant
from accounts.models import Agency, Team, User
from audit.models import AuditEvent
from audit.recording import EditConflict
from audit.triggers import statements
from casework.models import Allocation
from lantern.tests.personas import Personas, make_personas
from people.models import Child, Person, PersonName, Relationship
from people.services import relationship_update


def _remove_everything_since(seq: int) -> None:
    with connection.cursor() as cursor:
        for sql in statements(connection.vendor, create=False):
            cursor.execute(sql)
        cursor.execute("DELETE FROM audit_auditevent WHERE seq > %s", [seq])
        for sql in statements(connection.vendor, create=True):
            cursor.execute(sql)


def _in_own_connection(work: Any) -> Any:
    """Run work() on a thread of its own, so on a connection of its own that commits as it goes."""
    result: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    if errors:
        raise errors[0]
    return result[0] if result else None


def _clean_up(last_seq: int) -> None:
    for model in (AccessGrant, Allocation, Relationship, PersonName, Child, Person):
        model.history.all().delete()
        model.objects.all().delete()
    Team.objects.update(manager=None)
    User.objects.all().delete()
    Team.objects.all().delete()
    Agency.objects.all().delete()
    _remove_everything_since(last_seq)


@pytest.fixture
def committed_personas(django_db_setup: Any, django_db_blocker: Any) -> Iterator[Personas]:
    assert "test" in str(connection.settings_dict["NAME"]), "the test database is not set up: run the module"
    with django_db_blocker.unblock():
        last = _in_own_connection(
            lambda: AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
        )
        personas = _in_own_connection(make_personas)
        try:
            yield personas
        finally:
            _in_own_connection(lambda: _clean_up(last))


def test_two_connections_saving_at_once_cannot_lose_an_update(committed_personas: Personas) -> None:
    personas = committed_personas
    pk = personas.mother_relationship.pk
    both_read = threading.Barrier(2, timeout=10)
    outcomes: dict[str, str] = {}

    def save(who: Any, description: str) -> None:
        try:
            relationship = Relationship.objects.get(pk=pk)  # both read version 1
            both_read.wait()
            relationship_update(
                actor=who,
                child=personas.child,
                relationship=relationship,
                data={"description": description, "version": relationship.version},
            )
            outcomes[description] = "saved"
        except EditConflict:
            outcomes[description] = "refused"
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=(personas.wendy, "by Wendy")),
        threading.Thread(target=save, args=(personas.mia, "by Mia")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == ["refused", "saved"], outcomes
    winner = next(d for d, outcome in outcomes.items() if outcome == "saved")
    relationship = _in_own_connection(lambda: Relationship.objects.get(pk=pk))
    assert relationship.description == winner and relationship.version == 2


@pytest.mark.django_db
def test_every_saved_change_moves_the_version_on_by_one(personas: Personas) -> None:
    """(Also makes pytest-django set up the test database when this module runs on its own.)"""
    relationship = personas.mother_relationship
    for n, text in enumerate(("first", "second"), start=2):
        relationship_update(
            actor=personas.wendy,
            child=personas.child,
            relationship=relationship,
            data={"description": text, "version": relationship.version},
        )
        assert Relationship.objects.get(pk=relationship.pk).version == n
