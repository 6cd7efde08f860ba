"""A worker's Social Work England registration number (the SSDA903 SW_ID) is "SW" and its digits: the form refuses
anything else with a message saying so, tidies spaces and small letters, and the administrator's command records it
once, audited."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accounts.forms import SweRegistrationForm
from accounts.registration import INVALID_MESSAGE
from accounts.tests.factories import UserFactory
from audit.models import AuditEvent


@pytest.mark.parametrize(
    "typed", ["12345", "SW", "SW1", "SW12A45", "XX1234", "SW-1234", "S W 1 2 3 X", "SW12345678901"]
)
@pytest.mark.django_db
def test_the_form_refuses_a_number_that_is_not_sw_and_digits(typed: str) -> None:
    form = SweRegistrationForm({"swe_registration": typed}, instance=UserFactory())
    assert not form.is_valid()
    assert form.errors["swe_registration"] == [INVALID_MESSAGE]
    assert "SW followed by its digits" in INVALID_MESSAGE


@pytest.mark.django_db
def test_the_form_takes_a_number_typed_with_spaces_or_small_letters_and_a_blank_one() -> None:
    form = SweRegistrationForm({"swe_registration": " sw 00 123 456 78 "}, instance=UserFactory())
    assert form.is_valid()
    assert form.save().swe_registration == "SW0012345678"
    blank = SweRegistrationForm({"swe_registration": ""}, instance=UserFactory(swe_registration="SW0012"))
    assert blank.is_valid()
    assert blank.save().swe_registration == ""


@pytest.mark.django_db
def test_the_command_records_the_number_once_and_audits_the_change() -> None:
    worker: Any = UserFactory(username="ash.worker")
    out = StringIO()
    call_command("set_swe_registration", "ash.worker", "sw0098765", stdout=out)
    call_command("set_swe_registration", "ash.worker", "SW0098765", stdout=out)
    worker.refresh_from_db()
    assert worker.swe_registration == "SW0098765"
    assert out.getvalue().splitlines() == ["ash.worker: SW0098765", "ash.worker: SW0098765 (unchanged)"]
    changes = AuditEvent.objects.filter(object_type="user", object_id=str(worker.pk), action="update")
    assert changes.count() == 1


@pytest.mark.django_db
def test_the_command_refuses_a_bad_number_with_the_forms_message() -> None:
    worker: Any = UserFactory(username="ash.worker", swe_registration="SW0098765")
    with pytest.raises(CommandError, match="SW followed by its digits"):
        call_command("set_swe_registration", "ash.worker", "HCPC12345")
    worker.refresh_from_db()
    assert worker.swe_registration == "SW0098765"
