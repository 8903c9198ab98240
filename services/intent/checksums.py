"""Checksum validators for identifier-shaped PII.

A regex alone cannot tell a card number from a 16-digit order id; the issuers'
own check digits can. Keeping the arithmetic here (pure, tiny, fully tested)
lets :mod:`services.intent.pii` stay about *where* to look, not *how* to verify.
"""

from __future__ import annotations

# ISO 13616 lengths per country (subset covering SEPA + common non-SEPA IBANs).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16,
    "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27,
    "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """Return True when ``digits`` (only 0-9) passes the Luhn mod-10 check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_prefix_plausible(digits: str) -> bool:
    """Check the issuer prefix and length (Visa, Mastercard, Amex, Discover, JCB,
    Diners, UnionPay); random Luhn-valid numbers mostly fail this."""
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    two = int(digits[:2])
    four = int(digits[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305:
        return 14 <= n <= 19
    if four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= four <= 3589:
        return 16 <= n <= 19
    if two == 62:
        return 16 <= n <= 19
    return False


def iban_valid(compact: str) -> bool:
    """Validate an IBAN without spaces: country length and ISO 7064 mod-97."""
    country = compact[:2]
    if IBAN_LENGTHS.get(country) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    remainder = 0
    for ch in rearranged:
        if ch.isdigit():
            remainder = (remainder * 10 + ord(ch) - 48) % 97
        elif "A" <= ch <= "Z":
            remainder = (remainder * 100 + ord(ch) - 55) % 97
        else:
            return False
    return remainder == 1


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_TABLES = {
    "S": (0, "JZIHGFEDCBA"),
    "T": (4, "JZIHGFEDCBA"),
    "F": (0, "XWUTRQPNMLK"),
    "G": (4, "XWUTRQPNMLK"),
    "M": (3, "XWUTRQPNJLK"),
}


def nric_check_letter(prefix: str, digits: str) -> str:
    """Compute the Singapore NRIC/FIN check letter for ``prefix`` + 7 digits."""
    offset, table = _NRIC_TABLES[prefix]
    total = offset + sum(
        w * (ord(c) - 48) for w, c in zip(_NRIC_WEIGHTS, digits, strict=True)
    )
    return table[total % 11]


def nric_valid(value: str) -> bool:
    """Validate a 9-char NRIC/FIN such as ``S1234567D``."""
    if len(value) != 9 or value[0] not in _NRIC_TABLES or not value[1:8].isdigit():
        return False
    return nric_check_letter(value[0], value[1:8]) == value[8]


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: no 000/666/9xx area, no 00 group, no 0000 serial."""
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"
