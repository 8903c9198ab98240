"""Pasted material (emails, logs, contracts, clinical notes, code) for the
dataset generator, with PII embedded through markers.

A marker ``\\x00TYPE\\x01value\\x02`` is stripped by ``generate.py``, which
records the span; this keeps the labels exact however the text is assembled.
Each builder returns ``(text, sensitivity_from_content, has_hard_negative)``.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import random
from collections.abc import Callable

import pii_values as pv

Built = tuple[str, str, bool]


def mark(kind: str, value: str) -> str:
    return f"\x00{kind}\x01{value}\x02"


class Ctx:
    """Random helpers bound to one RNG and one PII budget."""

    def __init__(self, rng: random.Random, pii_rate: float) -> None:
        self.rng = rng
        self.pii_rate = pii_rate
        self.hard = False

    def maybe(self, p: float = 1.0) -> bool:
        return self.rng.random() < p * self.pii_rate

    def name(self) -> str:
        return mark("PERSON", pv.person(self.rng))

    def plain_name(self) -> str:
        return pv.person(self.rng)

    def email(self) -> str:
        return mark("EMAIL", pv.email(self.rng))

    def phone(self) -> str:
        if self.rng.random() < 0.25:
            return "tel " + mark("PHONE", pv.national_phone(self.rng))
        return mark("PHONE", pv.phone(self.rng))

    def neg(self) -> str:
        self.hard = True
        return pv.hard_negative(self.rng)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def _email(c: Ctx) -> Built:
    who = c.name() if c.maybe(0.8) else "Alex"
    lines = [
        c.pick("Hi team,", "Hello all,", f"Dear {c.name()},", "Hi,"),
        c.pick(
            "Quick update on the project: the vendor slipped the delivery by two weeks.",
            "I'm writing to follow up on last week's discussion about the rollout.",
            "Thanks for joining the call yesterday. Below are my notes.",
            "I wanted to flag a problem with the shipment we received on Monday.",
        ),
        c.pick(
            "We agreed to push the launch to next month and re-plan the testing.",
            "The client was unhappy with the response time and asked for a discount.",
            "Please review the attached plan and send comments by Friday.",
            "The team did a great job, although two items remain open.",
        ),
    ]
    if c.maybe(0.6):
        lines.append(f"You can reach me at {c.email()} or {c.phone()}.")
    if c.rng.random() < 0.3:
        lines.append(f"This relates to {c.neg()}.")
    lines.append(c.pick("Best regards,", "Thanks,", "Cheers,", "Kind regards,"))
    lines.append(who)
    sens = c.pick("internal", "internal", "public", "confidential")
    return "\n".join(lines), sens, c.hard


def _finance(c: Ctx) -> Built:
    parts = [
        c.pick(
            "Q3 revenue was $4.2M, up 12% year over year, while operating costs rose 7%.",
            "The expense report lists travel of $3,480 and client dinners of $920.",
            "Net cash from operations fell to $1.1M due to slower collections.",
            "Budget line 4 (marketing) is 18% over plan; line 7 (hiring) is under.",
        ),
        c.pick(
            "Accounts receivable over 90 days grew to $640k across 14 customers.",
            "The board approved a dividend of $0.45 per share payable next quarter.",
            "Gross margin dipped to 41% after the supplier price increase.",
            "Capex for the new warehouse is estimated at $2.3M over two years.",
        ),
    ]
    if c.maybe(0.7):
        parts.append(
            c.pick(
                f"Please wire the refund to IBAN {mark('IBAN', pv.iban(c.rng))}.",
                f"The corporate card {mark('CREDIT_CARD', pv.card(c.rng))} was charged twice.",
                f"Payment was made from card {mark('CREDIT_CARD', pv.card(c.rng))}.",
                f"Beneficiary account: {mark('IBAN', pv.iban(c.rng))}, ref Q3-SETTLE.",
            )
        )
    if c.rng.random() < 0.4:
        parts.append(f"See {c.neg()} for details.")
    header = c.pick("", "", "CONFIDENTIAL - FINANCE\n", "Internal only.\n")
    sens = (
        "confidential"
        if "CONFIDENTIAL" in header or "board" in parts[1]
        else "internal"
    )
    return header + " ".join(parts), sens, c.hard


def _legal(c: Ctx) -> Built:
    party = c.name() if c.maybe(0.7) else "the Supplier"
    parts = [
        c.pick(
            f"This Agreement is made between Acme Holdings Ltd and {party}.",
            f"The Tenant, {party}, agrees to pay rent monthly in advance.",
            f"The Employee ({party}) shall not disclose Confidential Information.",
            "The Licensee may not sublicense the Software without prior written consent.",
        ),
        c.pick(
            "Either party may terminate this Agreement with 30 days' written notice.",
            "Liability under this Agreement is capped at the fees paid in the prior 12 months.",
            "This Agreement is governed by the laws of England and Wales.",
            "Any dispute shall be resolved by arbitration in Singapore.",
            "The Supplier shall indemnify the Customer against third-party IP claims.",
        ),
        c.pick(
            "Confidentiality obligations survive termination for five years.",
            "Payment is due within 45 days of the invoice date.",
            "Neither party is liable for delays caused by force majeure events.",
            "The non-compete applies for 12 months within the same industry.",
        ),
    ]
    if c.maybe(0.4):
        parts.append(f"Notices go to {c.email()}.")
    if c.rng.random() < 0.3:
        parts.append(f"Refer to {c.neg()}.")
    sens = c.pick("confidential", "internal", "public")
    return " ".join(parts), sens, c.hard


def _medical(c: Ctx) -> Built:
    parts = [
        c.pick(
            f"Patient: {c.name()}, 67M, admitted with shortness of breath.",
            f"Patient {c.name()} (54F) presented with chest pain radiating to the left arm.",
            "58-year-old female with poorly controlled type 2 diabetes, HbA1c 9.1%.",
            "Child aged 6 with fever 39.2C for three days and a new rash.",
        ),
        c.pick(
            "Started on metformin 500 mg twice daily; advised diet changes.",
            "ECG showed ST depression; troponin 0.08 ng/mL; started aspirin and heparin.",
            "Chest X-ray: right lower lobe consolidation. Started amoxicillin.",
            "BP 162/98 despite amlodipine 10 mg; plan to add an ACE inhibitor.",
        ),
        c.pick(
            "Follow up in clinic in two weeks with repeat bloods.",
            "Discharged home with community nursing support.",
            "Referred to cardiology for an outpatient echo.",
        ),
    ]
    if c.maybe(0.6):
        parts.append(
            c.pick(
                f"NRIC {mark('SG_NRIC', pv.nric(c.rng))}.",
                f"SSN {mark('US_SSN', pv.ssn(c.rng))}.",
                f"Next of kin contact: {c.phone()}.",
                f"Patient ID {mark('SG_NRIC', pv.nric(c.rng))}, email {c.email()}.",
            )
        )
    if c.rng.random() < 0.25:
        parts.append(f"Billing: {c.neg()}.")
    return " ".join(parts), "confidential", c.hard


def _security(c: Ctx) -> Built:
    lines = []
    for _ in range(c.rng.randint(2, 6)):
        v4 = c.rng.random() < 0.75
        ip = mark("IP_ADDRESS", pv.ipv4(c.rng) if v4 else pv.ipv6(c.rng))
        ip_port = f"{ip}:44321" if v4 else f"[{ip}]:44321"
        ts = f"2024-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}T0{c.rng.randint(0, 9)}:1{c.rng.randint(0, 9)}:22Z"
        lines.append(
            c.pick(
                f"{ts} sshd[2211]: Failed password for root from {ip} port 22",
                f"{ts} WARN auth: 5 failed logins for user admin from {ip}",
                f"{ts} fw DROP TCP {ip_port} -> {mark('IP_ADDRESS', '10.0.0.5')}:3389",
                f"{ts} INFO nginx: GET /wp-login.php 404 from {ip}",
                f"{ts} ALERT EDR: suspicious powershell spawned by winword.exe on host FIN-WS-22",
            )
        )
    if c.maybe(0.4):
        lines.append(f"Reported by {c.email()}")
    if c.rng.random() < 0.35:
        lines.append(f"Agent {c.neg()}")
    sens = c.pick("internal", "confidential")
    return "\n".join(lines), sens, c.hard


def _phish(c: Ctx) -> Built:
    text = c.pick(
        "Your mailbox is full. Click here to verify your password within 24 hours or your "
        "account will be suspended.",
        "Dear customer, unusual activity was detected on your bank account. Confirm your "
        "card details at the link below to avoid closure.",
        "Hi, this is the CEO. I need you to buy six gift cards urgently and send me the codes.",
    )
    if c.maybe(0.5):
        text += f" Reply to {c.email()}."
    return text, "internal", c.hard


def _general(c: Ctx) -> Built:
    text = c.pick(
        "The new café on Main Street opened last week. Reviewers praised the pastries but "
        "complained about slow service and high prices.",
        "Remote work has changed how teams collaborate. Surveys show most employees prefer a "
        "hybrid model, although managers worry about culture and onboarding.",
        "I bought these headphones a month ago. The sound is great and the battery lasts "
        "forever, but the ear cushions started peeling after two weeks. Disappointed.",
        "The city council voted to expand bike lanes downtown. Local shops are split: some "
        "expect more foot traffic, others fear losing parking.",
        "Attendees loved the keynote and the hands-on workshops, but the venue was too small "
        "and lunch ran out early.",
        "Action items: Dana to update the roadmap by Tuesday; Lee to book the venue; "
        "everyone to review the onboarding checklist before the 14th.",
    )
    sens = "internal" if text.startswith("Action") else "public"
    if c.maybe(0.35):
        text += f" Contact: {c.name()} at {c.email()}."
    if c.rng.random() < 0.2:
        text += f" Ref {c.neg()}."
    return text, sens, c.hard


def _code(c: Ctx) -> Built:
    text = c.pick(
        "def average(xs):\n    total = 0\n    for x in xs:\n        total += x\n"
        "    return total / len(xs)",
        "function getUser(id) {\n  const user = users.find(u => u.id = id);\n"
        "  return user.name;\n}",
        'query = "SELECT * FROM users WHERE name = \'" + name + "\'"\ncursor.execute(query)',
        "for i in range(len(items)):\n    if items[i] not in seen:\n"
        "        seen.append(items[i])\nprint(seen)",
        "public int sum(int[] a) {\n  int s = 0;\n  for (int i = 0; i <= a.length; i++) s += a[i];\n"
        "  return s;\n}",
    )
    return text, "internal", c.hard


def _record(c: Ctx) -> Built:
    """A pasted customer/KYC/CRM record: many PII types in varied formats."""
    rng = c.rng
    fields = [
        ("Name", lambda: mark("PERSON", pv.person(rng))),
        ("Email", lambda: mark("EMAIL", pv.email(rng))),
        ("Phone", lambda: mark("PHONE", pv.phone(rng))),
        ("Mobile", lambda: mark("PHONE", pv.national_phone(rng))),
        ("Card", lambda: mark("CREDIT_CARD", pv.card(rng))),
        ("IBAN", lambda: mark("IBAN", pv.iban(rng))),
        ("SSN", lambda: mark("US_SSN", pv.ssn(rng))),
        ("NRIC", lambda: mark("SG_NRIC", pv.nric(rng))),
        (
            "Last login IP",
            lambda: mark("IP_ADDRESS", rng.choice([pv.ipv4, pv.ipv6])(rng)),
        ),
        ("Order", lambda: c.neg()),
    ]
    chosen = rng.sample(fields, rng.randint(2, 6))
    style = rng.choice(["lines", "inline", "csv"])
    if style == "lines":
        return "\n".join(f"{k}: {v()}" for k, v in chosen), "confidential", c.hard
    if style == "csv":
        chosen = [f for f in chosen if f[0] != "Mobile"] or chosen[:1]
        header = ",".join(k.lower().replace(" ", "_") for k, _ in chosen)
        return header + "\n" + ",".join(v() for _, v in chosen), "confidential", c.hard
    sentence = "; ".join(f"{k.lower()} {v()}" for k, v in chosen)
    return f"Customer details - {sentence}.", "confidential", c.hard


BUILDERS: dict[str, list[Callable[[Ctx], Built]]] = {
    "general": [_email, _general, _general],
    "finance": [_finance],
    "legal": [_legal],
    "medical": [_medical],
    "security": [_security, _security, _phish],
}


def build(
    domain: str, rng: random.Random, pii_rate: float, code: bool = False
) -> Built:
    c = Ctx(rng, pii_rate)
    if code:
        return _code(c)
    use_record = domain in ("finance", "general") and rng.random() < 0.3 * pii_rate
    builder = _record if use_record else rng.choice(BUILDERS[domain])
    text, sens, hard = builder(c)
    if rng.random() < 0.25:  # long pasted material
        more, _, hard2 = rng.choice(BUILDERS[domain])(Ctx(rng, pii_rate * 0.5))
        text = text + "\n\n" + more
        hard = hard or hard2
    return text, sens, hard
