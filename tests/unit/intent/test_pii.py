"""PII recognizers: formats, spans, precision on hard negatives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.intent.checksums import luhn_valid, nric_check_letter
from services.intent.pii import PiiFinding, detect_pii


def _types(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in detect_pii(text)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mail jane.doe@example.co.uk today", "EMAIL", "jane.doe@example.co.uk"),
        ("card 4111 1111 1111 1111 expired", "CREDIT_CARD", "4111 1111 1111 1111"),
        ("card 4111-1111-1111-1111 expired", "CREDIT_CARD", "4111-1111-1111-1111"),
        ("amex 3782 822463 10005 on file", "CREDIT_CARD", "3782 822463 10005"),
        ("pay DE89 3704 0044 0532 0130 00 now", "IBAN", "DE89 3704 0044 0532 0130 00"),
        ("pay GB29NWBK60161331926819 now", "IBAN", "GB29NWBK60161331926819"),
        ("IBAN NL91 ABNA 0417 1643 00.", "IBAN", "NL91 ABNA 0417 1643 00"),
        ("SSN 123-45-6789 on the form", "US_SSN", "123-45-6789"),
        ("NRIC S1234567D attached", "SG_NRIC", "S1234567D"),
        ("from 10.0.0.12 at noon", "IP_ADDRESS", "10.0.0.12"),
        ("host 2001:db8::8a2e:370:7334 down", "IP_ADDRESS", "2001:db8::8a2e:370:7334"),
        ("call +1 (415) 555-0132 now", "PHONE", "+1 (415) 555-0132"),
        ("call 415-555-0132 now", "PHONE", "415-555-0132"),
        ("whatsapp +6591234567 anytime", "PHONE", "+6591234567"),
        ("call me on 020 7946 0958 tomorrow", "PHONE", "020 7946 0958"),
        ("Dear Sarah Lim, thanks", "PERSON", "Sarah Lim"),
        ("Dr. Tan Wei Ming will call", "PERSON", "Tan Wei Ming"),
    ],
)
def test_detects_formats(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order #12345678 shipped; invoice INV-2024-00981 for $1,249.00",
        "We upgraded to version 4.2.0.17 and build v10.3.1.244",
        "Reference number 4111 1111 1111 1112 looks wrong",
        "The IBAN GB82 WEST 1234 5698 7654 33 failed validation",
        "Due on 2024-03-15 at 10:30:00, total EUR 53.573,75",
        "Ticket JIRA-4411 and SKU 1234-5678-9012-3456",
        "order number 415-555-0132 is delayed",
        "MAC 00:1a:2b:3c:4d:5e and slice x[1::2]",
        "see section 4.2.1.7 of the contract",
        "case S1234567E was closed",
        "Ian volunteered to eat Dennis's menudo because _ despised it.",
    ],
)
def test_hard_negatives_have_no_pii(text: str) -> None:
    assert detect_pii(text) == []


def test_spans_index_the_original_text() -> None:
    text = "Hi — email a.b@x.org or call +44 20 7946 0958; card 5500 0055 5555 5559."
    for f in detect_pii(text):
        assert isinstance(f, PiiFinding)
        assert text[f.start : f.end] == f.text


def test_iban_wins_over_phone_and_card() -> None:
    found = detect_pii("send to DE89 3704 0044 0532 0130 00 please")
    assert [f.type for f in found] == ["IBAN"]


def _luhn_card(body: str) -> str:
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=14, max_size=14),
    st.sampled_from([" ", "-", ""]),
)
def test_any_valid_visa_is_found(digits: str, sep: str) -> None:
    number = _luhn_card("4" + digits)
    shown = sep.join(number[i : i + 4] for i in range(0, 16, 4))
    found = detect_pii(f"paid with card {shown}.")
    assert [(f.type, f.text) for f in found] == [("CREDIT_CARD", shown)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_luhn_failures_are_never_cards(digits: str) -> None:
    number = "4" + digits
    if luhn_valid(number):
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    found = detect_pii(f"reference {number} attached")
    assert all(f.type != "CREDIT_CARD" for f in found)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from("STFGM"), st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_nric_roundtrip(prefix: str, digits: str) -> None:
    value = prefix + digits + nric_check_letter(prefix, digits)
    assert _types(f"ID {value} on file") == [("SG_NRIC", value)]


def test_generated_values_have_exact_spans() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "data" / "intent"))
    import pii_values as pv

    rng = random.Random(5)
    makers = {"EMAIL": pv.email, "PHONE": pv.phone, "CREDIT_CARD": pv.card,
              "IBAN": pv.iban, "US_SSN": pv.ssn, "SG_NRIC": pv.nric,
              "IP_ADDRESS": pv.ipv4}  # fmt: skip
    for _ in range(200):
        for kind, make in makers.items():
            value = make(rng)
            assert _types(f"Please check {value} today.") == [(kind, value)]
        negative = pv.hard_negative(rng)
        assert detect_pii(f"Note: {negative} was logged.") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("i can be reached on 07700 900227", "PHONE", "07700 900227"),
        ("dass er mich unter 0151 23456789 erreichen kann", "PHONE", "0151 23456789"),
        (
            "a contact table: 'Marta Castellano 020 7946 0321, ...'",
            "PHONE",
            "020 7946 0321",
        ),
        (
            "my ssn was typed wrong on my return, the right one is 219 09 4471",
            "US_SSN",
            "219 09 4471",
        ),
    ],
)
def test_context_reaches_far_enough(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _types(text)


def test_company_and_vat_numbers_are_not_phones() -> None:
    text = (
        "Which is a company number and which is a VAT number: 09876543, GB 123 4567 89"
    )
    assert detect_pii(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (  # numbers listed with a phone need no phone word of their own
            "Which are mobiles? +61 3 9021 7744, 6123 4471 (Singapore), 0161 496 0732",
            ["+61 3 9021 7744", "6123 4471", "0161 496 0732"],
        ),
        ("I've tried calling 0161 496 0732 but no one picks up", ["0161 496 0732"]),
        ("Daughter Ruth (mob 07823 119402) is aware", ["07823 119402"]),
        (  # the 00 prefix in a signature block, after an email
            "Ingrid | Payroll | payroll@halvorsen-group.no | 0049 89 4412 7730",
            ["0049 89 4412 7730"],
        ),
    ],
)
def test_phones_in_lists_and_signatures(text: str, found: list[str]) -> None:
    assert [v for k, v in _types(text) if k == "PHONE"] == found


def test_numbers_near_ids_are_not_phones() -> None:
    assert detect_pii("orders 8812 3344, 9912 4455 shipped") == []
    assert _types("Referral, NHS 943 476 5919, haematuria") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DENY udp 2001:db8:0:0:1:0:0:1:5353 -> x", "2001:db8:0:0:1:0:0:1"),
        ("from 2001:db8:77::1f:443 to the proxy", "2001:db8:77::1f"),
        ("peer 2001:db8::8a2e:370:7334 dropped", "2001:db8::8a2e:370:7334"),
    ],
)
def test_ipv6_port_is_not_part_of_the_address(text: str, value: str) -> None:
    assert _types(text) == [("IP_ADDRESS", value)]


def test_multicast_groups_are_not_personal_addresses() -> None:
    assert detect_pii("mDNS goes to ff02::fb port 5353") == []


def test_a_comma_ends_an_id_phrase() -> None:
    text = "cards: 4807-3176-3464-4475 for the first order, 4914636669347492 next"
    assert ("CREDIT_CARD", "4914636669347492") in _types(text)
    assert _types("Taxpayer ID 691-71-8729.") == [("US_SSN", "691-71-8729")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He can be contacted on 07700 900481.", ["07700 900481"]),
        (
            "if anything changes he can reach me at 0049 30 901820 47.",
            ["0049 30 901820 47"],
        ),
        ("merci de rappeler le cabinet au 01 42 68 53 00", ["01 42 68 53 00"]),
        (
            "mobile 07700 900456, Paris 06 12 34 56 78",
            ["07700 900456", "06 12 34 56 78"],
        ),
        ('"order 112-4738291-5530126", "(646) 555-0173"', ["(646) 555-0173"]),
        ("Call 1-800-555-0131 to appeal.", ["1-800-555-0131"]),
        ("Maureen Lyle (01632 960 771) says the light is out", ["01632 960 771"]),
        ("Invoice (0300 123 7740) attached", []),
        ("Gemma Roberts – 07700 900417", ["07700 900417"]),
        ("Please refund one. Patrick Doyle, 0161 496 0372", ["0161 496 0372"]),
        ("田中さんに03-5555-0123まで電話してください", ["03-5555-0123"]),
        ("RSVP to Jenna on 0433 555 210", ["0433 555 210"]),
        ("Callback 0161 496 0732.", ["0161 496 0732"]),
        ("NOK daughter 8234 5561.", ["8234 5561"]),
        ("배송이 늦었어요. 연락처 010-3348-7712로 연락 주세요.", ["010-3348-7712"]),
        ("Tan Liting,LiTing.Tan@yahoo.com.sg,91234567", ["91234567"]),
        (
            "Reception +49 30 12345678; Paris office 06 12 34 56 78; SG desk 9123 8876",
            ["+49 30 12345678", "06 12 34 56 78", "9123 8876"],
        ),
        ("my ext is 6512 3390 lol", ["6512 3390"]),
        ("merci de nous prévenir au 01 42 68 53 00 ou par mail", ["01 42 68 53 00"]),
        ("Is a 9-digit number like 021000021 on my cheque my account?", []),
        ("Routing 026009593, DUNS 150483782", []),
        ("see Thomas Reid (DOB 02/08/1979), 07700 900 311, about", ["07700 900 311"]),
        ("Line 10: part 8847-2210-A qty 40", []),
        ("order 07700 900311 shipped", []),
    ],
)
def test_phones_by_contact_words_and_formats(text: str, found: list[str]) -> None:
    assert [v for k, v in _types(text) if k == "PHONE"] == found


def test_a_card_word_vouches_for_an_unlisted_prefix() -> None:
    assert _types("Cardholder Lee Hyun-woo, card 3599 7160 7557 5953.") == [
        ("CREDIT_CARD", "3599 7160 7557 5953")
    ]
    assert _types("Parcel 3599 7160 7557 5953 arrived.") == []


def test_cards_after_a_time_of_day() -> None:
    log = "11:02:01 5165674172519607 £1.00 declined\n11:02:14 3446-840824-07566 £1.00"
    assert _types(log) == [
        ("CREDIT_CARD", "5165674172519607"),
        ("CREDIT_CARD", "3446-840824-07566"),
    ]


def test_spaced_ssn_in_a_table_with_an_ssn_column() -> None:
    table = (
        "Scope the breach from this export:\n\nemployee,ssn,email\n"
        "Derek Alvarez,244-10-3580,d.alvarez@example.com\n"
        "Priya Natarajan,302 19 0912,p.natarajan@example.com"
    )
    ssns = [v for k, v in _types(table) if k == "US_SSN"]
    assert ssns == ["244-10-3580", "302 19 0912"]
    assert _types("lot,302 19 0912,shipped") == []  # no SSN column: a lot number


def test_a_company_number_is_not_a_phone() -> None:
    assert _types("ACME SOFTWARE LIMITED (company number 08812345)") == []


def test_maestro_cards_need_card_words() -> None:
    assert _types("My card 5602-7308-4192-5079 was charged twice") == [
        ("CREDIT_CARD", "5602-7308-4192-5079")
    ]
    assert _types("Hugo | 5602-7308-4192-5079 | exp 04/26") == [
        ("CREDIT_CARD", "5602-7308-4192-5079")
    ]
    assert _types("shipment 5602730841925079 left the depot") == []
