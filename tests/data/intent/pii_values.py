"""Seeded generators of valid PII values and PII-shaped hard negatives.

Every positive value is produced with a correct checksum (Luhn, mod-97, NRIC
letter) in one of several real-world formats; every hard negative is built to
*look* like PII but fail validation or be an id/version/date/amount.
"""

from __future__ import annotations

import random

from services.intent.checksums import IBAN_LENGTHS, luhn_valid, nric_check_letter

FIRST = [
    "Sarah", "John", "Priya", "Wei", "Ahmed", "Maria", "David", "Aisha",
    "Michael", "Emily", "Rajesh", "Olivia", "Daniel", "Fatima", "James", "Chloe",
    "Kenji", "Elena", "Carlos", "Grace", "Thomas", "Nicole", "Arjun", "Sophie",
]  # fmt: skip
LAST = [
    "Lim", "Smith", "Raman", "Tan", "Hassan", "Garcia", "Okafor", "Chen",
    "Johnson", "Nguyen", "Kumar", "Brown", "Müller", "Rossi", "Khan", "Wong",
    "Tanaka", "Petrova", "Silva", "O'Brien", "Fischer", "Martin", "Iyer", "Dubois",
]  # fmt: skip
DOMAINS = ["example.com", "acme-corp.io", "mail.co.uk", "contoso.org", "bank.sg"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    last = "".join(c for c in last if c.isascii() and c.isalpha())
    local = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}",
         f"{first}+billing", f"{last}.{first}"]
    )  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def phone(rng: random.Random) -> str:
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    area = str(rng.randint(201, 989))
    return rng.choice(
        [
            f"+1 {area} {rng.randint(200, 999)} {d(4)}",
            f"+1-{area}-{rng.randint(200, 999)}-{d(4)}",
            f"({area}) {rng.randint(200, 999)}-{d(4)}",
            f"{area}-{rng.randint(200, 999)}-{d(4)}",
            f"{area}.{rng.randint(200, 999)}.{d(4)}",
            f"+44 20 {d(4)} {d(4)}",
            f"+44 7700 {d(6)}",
            f"+65 {rng.choice('689')}{d(3)} {d(4)}",
            f"+65{rng.choice('89')}{d(7)}",
            f"+4930{d(8)}",
            f"+49 30 {d(4)} {d(4)}",
            f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+91 {rng.choice('6789')}{d(4)} {d(5)}",
            f"+61 4{d(2)} {d(3)} {d(3)}",
        ]
    )


def national_phone(rng: random.Random) -> str:
    """Formats that need a context word ("call", "tel") to be recognised."""
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    return rng.choice(
        [f"020 {d(4)} {d(4)}", f"07700 {d(6)}", f"{rng.choice('89')}{d(3)} {d(4)}",
         f"(02) {d(4)} {d(4)}", f"030 {d(8)}"]
    )  # fmt: skip


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(
        str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix))
    )
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "mc", "amex", "disc", "mc2"])
    if kind == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011",
                  "mc2": str(rng.randint(2221, 2720))}[kind]  # fmt: skip
        num = _luhn_complete(prefix, 16, rng)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", "-", ""])
    return sep.join(groups)


def bad_card(rng: random.Random) -> str:
    """16 digits, card-shaped, failing Luhn."""
    num = _luhn_complete("4", 16, rng)
    num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    sep = rng.choice([" ", "-", ""])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(num) % 97:02d}"


_BBAN_SHAPES = {
    "DE": "n18", "GB": "a4n14", "FR": "n10a11n2", "NL": "a4n10", "ES": "n20",
    "IT": "a1n10a12", "CH": "n17", "BE": "n12", "SG": "", "IE": "a4n14",
    "AT": "n16", "PL": "n24", "SE": "n20", "NO": "n11", "LU": "n3a13",
}  # fmt: skip


def _bban(country: str, rng: random.Random) -> str:
    shape = _BBAN_SHAPES[country]
    out = []
    i = 0
    while i < len(shape):
        kind = shape[i]
        j = i + 1
        while j < len(shape) and shape[j].isdigit():
            j += 1
        n = int(shape[i + 1 : j])
        pool = "0123456789" if kind == "n" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        out.append("".join(rng.choice(pool) for _ in range(n)))
        i = j
    bban = "".join(out)
    assert len(bban) + 4 == IBAN_LENGTHS[country], country
    return bban


def iban(rng: random.Random, valid: bool = True) -> str:
    country = rng.choice([c for c in _BBAN_SHAPES if _BBAN_SHAPES[c]])
    bban = _bban(country, rng)
    check = _iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + rng.randint(1, 90)) % 97 + 2:02d}"[-2:]
        if check == _iban_check(country, bban):
            check = f"{(int(check) + 1) % 100:02d}"
    compact = country + check + bban
    if rng.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nric(rng: random.Random) -> str:
    prefix = rng.choice("STFGM")
    digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return prefix + digits + nric_check_letter(prefix, digits)


def bad_nric(rng: random.Random) -> str:
    value = nric(rng)
    letters = [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != value[-1]]
    return value[:-1] + rng.choice(letters)


def ipv4(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
            f".{rng.randint(1, 254)}",
        ]
    )


def ipv6(rng: random.Random) -> str:
    h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
    return rng.choice(
        [
            f"2001:db8::{h()}:{h()}",
            f"2001:db8:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
            f"fe80::{h()}:{h()}:{h()}:{h()}",
            f"2a00:1450:4009::{h()}",
            f"2001:0db8:85a3:0000:0000:8a2e:0370:{rng.randint(4096, 65535):04x}",
        ]
    )


def hard_negative(rng: random.Random) -> str:
    """A PII-shaped non-PII string, with its own giveaway context."""
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return rng.choice(
        [
            f"order #{n(8)}",
            f"order number {n(3)}-{n(7)}-{n(7)}",
            f"invoice INV-{rng.randint(2019, 2026)}-{n(5)}",
            f"ticket INC{n(7)}",
            f"ticket JIRA-{rng.randint(100, 9999)}",
            f"version {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
            f".{rng.randint(1, 99)}",
            f"build v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
            f".{rng.randint(0, 300)}",
            f"reference number {bad_card(rng)}",
            f"card-like test number {bad_card(rng)}",
            f"account IBAN {iban(rng, valid=False)}",
            f"the IBAN {iban(rng, valid=False)} (checksum looks off)",
            f"due on {rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}"
            f"-{rng.randint(1, 28):02d}",
            f"on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2019, 2026)}",
            f"a total of ${rng.randint(1, 999)},{n(3)},{n(3)}.{n(2)}",
            f"EUR {rng.randint(1, 99)}.{n(3)},{n(2)}",
            f"tracking number 1Z{n(16)}",
            f"serial SN-{n(4)}-{n(4)}-{n(4)}",
            f"ISBN 978-{n(1)}-{n(3)}-{n(5)}-{n(1)}",
            f"case {bad_nric(rng)}",
            f"at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            f"section 4.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
            f"PO {n(10)}",
            f"{rng.randint(1, 99)}.{rng.randint(0, 99)}% growth",
            f"SKU {n(4)}-{n(4)}-{n(4)}-{n(4)}",
            f"MAC 00:1a:{n(2)}:{n(2)}:{n(2)}:{n(2)}",
            f"employee ID E{n(6)}",
        ]
    )
