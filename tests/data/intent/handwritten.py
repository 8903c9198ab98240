"""Hand-written requests (test split only): realistic phrasing no template
produces, labelled by hand. PII values come from a seeded generator so their
checksums are valid; spans are recorded through ``contexts.mark``.
"""

from __future__ import annotations

import random
from typing import Any

import pii_values as pv
from contexts import mark

_rng = random.Random(7)


def _t(intent: str, domain: str, complexity: str = "low", sensitivity: str = "public",
       tools: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    return {"intent": intent, "domain": domain, "complexity": complexity,
            "sensitivity": sensitivity, "tools": sorted(tools), "text": ""}  # fmt: skip


def _rows() -> list[tuple[str, list[dict[str, Any]], bool]]:
    card = mark("CREDIT_CARD", "4539 1488 0343 6467")
    iban_de = mark("IBAN", "DE89 3704 0044 0532 0130 00")
    iban_gb = mark("IBAN", "GB29NWBK60161331926819")
    nric = mark("SG_NRIC", pv.nric(_rng))
    ssn = mark("US_SSN", pv.ssn(_rng))
    em = mark("EMAIL", "j.tan@contoso.org")
    ph = mark("PHONE", "+65 9123 4567")
    ph_us = mark("PHONE", "(212) 555-0187")
    ip4 = mark("IP_ADDRESS", "203.0.113.45")
    ip6 = mark("IP_ADDRESS", "2001:db8::8a2e:370:7334")
    return [
        (
            "Draft a policy on remote access for contractors, calculate the impact on our IT "
            "budget if licences cost $12 per seat for 340 seats, and summarise the citations "
            "below:\n\n[1] NIST SP 800-46 recommends strong authentication for telework. "
            "[2] ISO 27001 A.6.2 covers mobile devices and teleworking.",
            [
                _t("draft", "security", "medium"),
                _t("math", "finance", "low", "public", ("calculator",)),
                _t("summarize", "security", "low"),
            ],
            False,
        ),
        (
            "hey can u summarise this thread for me\n\nFrom: "
            + mark("PERSON", "Jane Tan")
            + " <"
            + em
            + ">\n"
            "Subject: vendor renewal\nWe need sign-off by Thursday or the price goes up 8%. "
            "Call me on " + ph + " if anything is unclear.",
            [_t("summarize", "general", "low", "confidential")],
            False,
        ),
        (
            "My card "
            + card
            + " got charged twice for the same order. Write a complaint email "
            "to the merchant asking for a refund.",
            [_t("draft", "finance", "low", "restricted")],
            False,
        ),
        (
            "Write a short confirmation note to the landlord saying the deposit was sent to "
            + iban_de
            + ".",
            [_t("draft", "finance", "low", "restricted")],
            False,
        ),
        (
            "what's 17.5% of 2,340?",
            [_t("math", "general", "low", "public", ("calculator",))],
            False,
        ),
        (
            "Translate to German: 'Our office will be closed on Friday for maintenance.'",
            [_t("translate", "general")],
            False,
        ),
        (
            "Is this review positive or negative? 'Battery died after two days, support never "
            "answered. Never again.'",
            [_t("sentiment", "general")],
            False,
        ),
        (
            "Classify each ticket as billing, bug or feature request:\n1. I was charged twice\n"
            "2. The export button crashes the app\n3. Please add dark mode",
            [_t("classify", "general")],
            False,
        ),
        (
            "From the discharge note below, extract the medications and doses.\n\n"
            "Pt " + mark("PERSON", "Rahul Iyer") + ", NRIC " + nric + ". Discharged on "
            "atorvastatin 40 mg nightly, bisoprolol 2.5 mg daily and aspirin 75 mg.",
            [_t("extract", "medical", "low", "restricted")],
            False,
        ),
        (
            "Write a Python function that returns the n-th prime, then write pytest tests for it "
            "and run them.",
            [
                _t("code", "general", "medium"),
                _t("code", "general", "medium", "public", ("code_execution",)),
            ],
            False,
        ),
        (
            "Why does my Postgres query do a sequential scan even though there's an index on "
            "created_at?",
            [_t("code", "general", "medium")],
            False,
        ),
        (
            "These auth logs show repeated failures from "
            + ip4
            + " and "
            + ip6
            + ". Is this a "
            "brute-force attempt? Explain your reasoning.",
            [_t("reasoning", "security", "medium", "confidential")],
            False,
        ),
        (
            "What's the latest guidance from the FDA on GLP-1 compounding?",
            [_t("qa", "medical", "low", "public", ("browsing",))],
            False,
        ),
        (
            "According to our travel policy, can I expense a hotel minibar?",
            [_t("qa", "finance", "low", "internal", ("retrieval",))],
            False,
        ),
        ("Write a haiku about autumn in Kyoto", [_t("creative", "general")], False),
        ("thanks!! you're a lifesaver", [_t("chat", "general")], False),
        (
            "Employee "
            + mark("PERSON", "Maria Garcia")
            + " (SSN "
            + ssn
            + ") is leaving. Draft "
            "the exit checklist for HR and list what access must be revoked.",
            [
                _t("draft", "general", "medium", "restricted"),
                _t("extract", "security", "low", "restricted"),
            ],
            False,
        ),
        (
            "1) Summarize the contract below in plain English\n2) Flag any unusual clauses\n"
            "3) Translate the summary into Spanish\n\nThis Services Agreement is entered into by "
            "Northwind Ltd and Contoso LLC. Either party may terminate with 90 days' notice. "
            "Liability is unlimited for data breaches.",
            [
                _t("summarize", "legal", "medium", "internal"),
                _t("classify", "legal", "medium", "internal"),
                _t("translate", "legal", "low", "internal"),
            ],
            False,
        ),
        (
            "Order #4471920 was delivered on 2024-03-15 with invoice INV-2024-00981 for $1,249.00. "
            "Ticket SR-20931 is still open. Summarize the status for the customer.",
            [_t("summarize", "general")],
            True,
        ),
        (
            "We upgraded the gateway to version 4.2.0.17 last night and build 10.3.1.244 is "
            "queued. Write release notes for the change.",
            [_t("draft", "general")],
            True,
        ),
        (
            "The reference 4111 1111 1111 1112 on the remittance looks wrong and the IBAN "
            "GB82 WEST 1234 5698 7654 33 failed validation. Explain what probably happened.",
            [_t("reasoning", "finance", "medium")],
            True,
        ),
        (
            "Compute the monthly instalment on a SGD 450,000 mortgage at 3.1% over 25 years, and "
            "tell me how much interest I pay in total.",
            [
                _t("math", "finance", "medium", "public", ("calculator",)),
                _t("math", "finance", "medium", "public", ("calculator",)),
            ],
            False,
        ),
        (
            "Can you look up the current price of Brent crude and compare it with last year's "
            "average?",
            [_t("qa", "finance", "low", "public", ("browsing",))],
            False,
        ),
        (
            "Rewrite this clause so a non-lawyer can understand it: 'Notwithstanding the "
            "foregoing, the Licensor shall not be liable for consequential damages.'",
            [_t("draft", "legal", "low")],
            False,
        ),
        (
            "A patient weighs 72 kg and needs gentamicin at 5 mg/kg once daily. What dose do I "
            "give?",
            [_t("math", "medical", "low", "public", ("calculator",))],
            False,
        ),
        (
            "Send the onboarding pack to "
            + mark("PERSON", "David Okafor")
            + " at "
            + mark("EMAIL", "d.okafor@acme-corp.io")
            + " or "
            + ph_us
            + ", and draft a welcome "
            "message from the team.",
            [
                _t("draft", "general", "low", "confidential"),
                _t("draft", "general", "low"),
            ],
            False,
        ),
        (
            "The refund should go to "
            + iban_gb
            + ". What's the processing time for SEPA "
            "transfers?",
            [_t("qa", "finance", "low", "restricted")],
            False,
        ),
        (
            "Come up with 5 names for our new fraud-detection product",
            [_t("creative", "finance")],
            False,
        ),
        (
            "If a server handles 1,200 requests per second and each takes 35 ms of CPU, how many "
            "cores do I need at 70% utilisation?",
            [_t("math", "general", "medium", "public", ("calculator",))],
            False,
        ),
        (
            "Read this NDA and tell me whether the non-solicitation clause is enforceable in "
            "California. Think it through.\n\nThe Recipient shall not solicit any employee of "
            "the Discloser for 24 months following termination.",
            [_t("reasoning", "legal", "high")],
            False,
        ),
        ("Good morning! Hope you're well.", [_t("chat", "general")], False),
        (
            "Summarize the attached pen-test findings for the board and then draft an email to "
            "the CISO with the top three remediation priorities.",
            [
                _t("summarize", "security", "medium", "internal", ("retrieval",)),
                _t("draft", "security", "medium"),
            ],
            False,
        ),
        (
            "Extract the sender, date and amount from each line:\n2024-02-01 ACME Corp $1,200.00\n"
            "2024-02-03 Globex EUR 880.50\n2024-02-09 Initech $72.10",
            [_t("extract", "finance")],
            True,
        ),
        (
            "Write a SQL query that lists customers who haven't ordered in 90 days, explain how "
            "it works, and suggest an index to speed it up.",
            [
                _t("code", "general", "medium"),
                _t("code", "general", "low"),
                _t("code", "general", "medium"),
            ],
            False,
        ),
        (
            "What is the difference between a bond's coupon rate and its yield to maturity?",
            [_t("qa", "finance")],
            False,
        ),
        (
            "Patient called from "
            + ph
            + " complaining of dizziness after starting amlodipine. "
            "What could be causing it?",
            [_t("reasoning", "medical", "high", "confidential")],
            False,
        ),
        (
            "Tag these headlines by sector (tech, energy, health):\n- Oil prices slip as supply "
            "rises\n- New chip doubles AI throughput\n- Hospital chain expands telehealth",
            [_t("classify", "general")],
            False,
        ),
        (
            'Build v2.14.0.3 fails on ARM. Here is the stack trace:\n  File "app.py", line 42, '
            "in load\n    cfg = yaml.load(f)\nTypeError: load() missing 1 required positional "
            "argument: 'Loader'\nFix it.",
            [_t("code", "general", "low")],
            True,
        ),
        (
            "Translate the following into French and Japanese: 'Thank you for your patience "
            "while we resolve the outage.'",
            [_t("translate", "general")],
            False,
        ),
        (
            "I got the job offer but the pay is lower than I hoped. "
            "Help me reason through whether to accept.",
            [_t("reasoning", "general", "medium")],
            False,
        ),
    ]


def rows() -> list[dict[str, Any]]:
    from generate import row

    out = []
    for text, tasks, hard in _rows():
        out.append(row(text, tasks, hard))
    return out
