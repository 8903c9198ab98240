"""Checksum validators: known-good and known-bad identifiers."""

from __future__ import annotations

import pytest

from services.intent.checksums import (
    card_prefix_plausible,
    iban_valid,
    luhn_valid,
    nric_check_letter,
    nric_valid,
    ssn_valid,
)


@pytest.mark.parametrize(
    "number", ["4111111111111111", "5500005555555559", "378282246310005"]
)
def test_luhn_accepts_test_cards(number: str) -> None:
    assert luhn_valid(number)
    assert card_prefix_plausible(number)


def test_luhn_rejects_off_by_one() -> None:
    assert not luhn_valid("4111111111111112")


@pytest.mark.parametrize(
    "iban", ["DE89370400440532013000", "GB29NWBK60161331926819", "NL91ABNA0417164300"]
)
def test_iban_mod97(iban: str) -> None:
    assert iban_valid(iban)
    assert not iban_valid(iban[:2] + "00" + iban[4:])


def test_iban_wrong_length_for_country() -> None:
    assert not iban_valid("DE8937040044053201300")


def test_nric_check_letters() -> None:
    assert nric_check_letter("S", "1234567") == "D"
    assert nric_valid("S1234567D")
    assert not nric_valid("S1234567E")
    # every prefix family produces a letter from its own table
    for prefix in "STFGM":
        letter = nric_check_letter(prefix, "7654321")
        assert nric_valid(f"{prefix}7654321{letter}")


def test_ssn_ranges() -> None:
    assert ssn_valid("123", "45", "6789")
    assert not ssn_valid("000", "45", "6789")
    assert not ssn_valid("666", "45", "6789")
    assert not ssn_valid("912", "45", "6789")
    assert not ssn_valid("123", "00", "6789")
    assert not ssn_valid("123", "45", "0000")
