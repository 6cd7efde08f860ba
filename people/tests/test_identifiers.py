from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from people.identifiers import nhs_check_digit, nhs_number_is_valid, upn_check_letter, upn_is_valid


def test_known_nhs_numbers() -> None:
    assert nhs_number_is_valid("943 476 5919")
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("94347659")
    assert not nhs_number_is_valid("943476591X")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_completed_nhs_number_validates_and_any_other_last_digit_fails(first_nine: str) -> None:
    check = nhs_check_digit(first_nine)
    if check is None:
        assert not any(nhs_number_is_valid(first_nine + str(d)) for d in range(10))
        return
    assert nhs_number_is_valid(first_nine + str(check))
    assert not any(nhs_number_is_valid(first_nine + str(d)) for d in range(10) if d != check)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_upn_with_its_check_letter_validates(body: str) -> None:
    upn = upn_check_letter(body) + body
    assert upn_is_valid(upn)
    assert upn_is_valid(upn.lower())
    wrong = "A" if upn[0] != "A" else "B"
    assert not upn_is_valid(wrong + body)


def test_upn_letters_i_o_s_are_never_valid() -> None:
    assert not upn_is_valid("I12345678901B")
    assert not upn_is_valid("A1234567890")
