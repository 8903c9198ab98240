"""Second hand-written held-out set ``fresh2.jsonl`` -- NEVER used for training.

Why it exists: ``fresh.jsonl`` has been looked at while the training corpus
grew, so it is no longer a clean estimate of the unseen acceptance set. These
rows were written before any model error on them was inspected, by role
(bank analyst, nurse, lawyer, SOC analyst, developer, HR, support agent,
student, marketer, ops) in styles different again from fresh.jsonl: workplace
asks with pasted tickets/notes/tables, questions embedded in context, polite
long-winded requests, numbered multi-asks, Slack-style fragments. Measure on
it at most a couple of times; never fit to it.

Usage: ``python tests/data/intent/fresh2_source.py`` (rewrites fresh2.jsonl).
Task spec format is the one of ``fresh_source.py``.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_values as pv  # noqa: E402
from contexts import mark  # noqa: E402
from fresh_source import R, Row  # noqa: E402
from generate import strip_marks  # noqa: E402

_rng = random.Random(20240611)

CARD = mark("CREDIT_CARD", pv.card(_rng))
CARD_B = mark("CREDIT_CARD", pv.card(_rng).replace("-", " "))
IBAN_DE = mark("IBAN", "DE89 3704 0044 0532 0130 00")
IBAN_ES = mark("IBAN", "ES9121000418450200051332")
SSN = mark("US_SSN", pv.ssn(_rng))
NRIC = mark("SG_NRIC", pv.nric(_rng))
EM_A = mark("EMAIL", "priya.nair@contoso-bank.com")
EM_B = mark("EMAIL", "j.alvarez@clinicare.org")
EM_C = mark("EMAIL", "soc-escalations@tailspin.io")
PH_A = mark("PHONE", "+1 646 555 0199")
PH_B = mark("PHONE", "+65 9123 4567")
IP_A = mark("IP_ADDRESS", "203.0.113.77")
IP_B = mark("IP_ADDRESS", "10.4.12.9")
IP_C = mark("IP_ADDRESS", "2001:db8:aa::42")
P_A = mark("PERSON", "Margaret Okafor")
P_B = mark("PERSON", "Tomas Lindqvist")
P_C = mark("PERSON", "Aisha Rahman")

TICKET = "Ticket #88213 - Customer says the mobile app logs her out every time she switches to another app. Reinstalled twice. iPhone 13, iOS 17.4. Very frustrated, threatening to close the account."
NOTE = "Pt 67F, adm for CAP. Day 3 IV ceftriaxone, afebrile 24h, SpO2 95% RA, RR 18. Tolerating diet. WBC 11.2 -> 8.4. Plan: step down to oral, ?discharge tomorrow if stable."
CLAUSE = "14.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid in the twelve (12) months preceding the claim. 14.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud."
_ATK = mark("IP_ADDRESS", "45.133.1.20")
LOG = (
    "Mar 12 02:14:07 bastion sshd[3121]: Failed password for invalid user admin from "
    + _ATK
    + " port 51622 ssh2\nMar 12 02:14:09 bastion sshd[3121]: Failed password for invalid user admin from "
    + _ATK
    + " port 51622 ssh2\nMar 12 02:14:12 bastion sshd[3124]: Accepted password for deploy from "
    + _ATK
    + " port 51630 ssh2"
)
PNL = "| Region | Q1 rev | Q2 rev | Q1 cost | Q2 cost |\n|---|---|---|---|---|\n| EMEA | 4.2m | 4.6m | 3.1m | 3.3m |\n| APAC | 2.8m | 2.5m | 2.0m | 2.1m |\n| NA | 6.0m | 6.4m | 4.4m | 4.5m |"
SNIPPET = "def avg(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)"
MEMO = "From next month all travel above EUR 500 needs director approval before booking. Receipts must be uploaded within 10 days. Team offsites need a cost centre and a named budget owner. Exceptions go to the CFO office."
REVIEWS = "1) 'Setup took five minutes, love it.' 2) 'Battery died after two days, returned it.' 3) 'It's fine I guess, does what it says.'"
ABSTRACT = "We study whether retrieval-augmented generation reduces hallucination in clinical question answering. Across 1,200 questions, grounding answers in guideline excerpts cut unsupported claims from 19% to 7%, but increased latency by 40% and sometimes copied outdated dosing tables verbatim. We recommend source freshness checks before deployment."


def _bank() -> list[Row]:
    return [
        R(
            "Quick one - what's the difference between a bid and an ask price?",
            "qa finance low pub",
        ),
        R(
            "Here's our regional P&L. Which region's margin deteriorated most quarter on quarter, and is that a worry?\n\n"
            + PNL,
            "reasoning finance medium int",
        ),
        R(
            "Work out the gross margin for each region in Q2 from this table.\n\n"
            + PNL,
            "math finance low int calc",
        ),
        R(
            "Can you put together a short note to the credit committee recommending we extend the facility for Harbour Logistics by 6 months?",
            "draft finance medium int",
        ),
        R(
            "Pull every amount and date out of this: 'Wire of USD 12,500 sent 03/04, reversal of USD 2,100 on 05/04, fee USD 35 charged 06/04.'",
            "extract finance low int",
        ),
        R(
            "If I put 800 a month into an account paying 4.5% compounded monthly, how much will I have after 10 years?",
            "math finance low pub calc",
        ),
        R(
            "Is a rising yield curve generally good or bad news for regional banks? Argue both sides briefly.",
            "reasoning finance medium pub",
        ),
        R("what does tier 1 capital mean", "qa finance low pub"),
        R(
            "We have to choose between hedging our EUR receivables with forwards or options for next year. Volumes are uncertain. Which would you pick and why?",
            "reasoning finance medium pub",
        ),
        R(
            "Sort these transactions into groceries, travel, utilities or other: Tesco 43.20, Ryanair 129.99, Thames Water 38.00, Steam 19.99",
            "classify finance low pub",
        ),
        R(
            "Summarise the key points of this policy for the team in 3 bullets.\n\n"
            + MEMO,
            "summarize finance low int",
        ),
        R(
            "Client "
            + P_A
            + " ("
            + EM_A
            + ") wants to move her ISA. Draft a reply explaining the transfer takes up to 30 days.",
            "draft finance low conf",
        ),
        R(
            "Customer disputes a charge on card "
            + CARD
            + ". Classify the dispute reason: 'I cancelled the gym membership in January but I'm still being billed.'",
            "classify finance low res",
        ),
        R(
            "How's the tone of this investor email - confident, defensive or neutral? 'We remain fully committed to our guidance despite short-term headwinds that are largely outside our control.'",
            "sentiment finance low pub",
        ),
        R(
            "Translate into French for our Paris branch: 'Your loan application has been approved subject to valuation.'",
            "translate finance low pub",
        ),
        R(
            "Write me a fun, rhyming poem for the finance team's year-end party about closing the books",
            "creative finance low pub",
        ),
    ]


def _clinical() -> list[Row]:
    return [
        R(
            "Handover summary please, SBAR style:\n\n" + NOTE,
            "summarize medical low conf",
        ),
        R(
            "Is this patient ready for oral step-down? Reason it through from the numbers.\n\n"
            + NOTE,
            "reasoning medical medium conf",
        ),
        R(
            "What's the usual adult dose range of paracetamol per 24 hours?",
            "qa medical low pub",
        ),
        R(
            "Pull out the vitals and lab values from this note as a list.\n\n" + NOTE,
            "extract medical low conf",
        ),
        R(
            "Patient weighs 68 kg, order is 15 mg/kg of vancomycin. How many mg is that, and how many mL if the vial is 50 mg/mL?",
            "math medical low pub calc",
        ),
        R(
            "Write a leaflet paragraph explaining to parents what to do if their child has a fever after vaccination. Plain English, reading age 10.",
            "draft medical low pub",
        ),
        R(
            "Triage category for this call: 'My dad is confused, slurring his words and his face looks droopy on one side, started 30 min ago.'",
            "classify medical low conf",
        ),
        R(
            "Translate for a Spanish-speaking patient: 'Take one tablet twice a day with food and do not drink alcohol.'",
            "translate medical low pub",
        ),
        R("why do we give potassium with furosemide?", "qa medical low pub"),
        R(
            "Nurse rota drama again. Honestly just need to vent for a sec",
            "chat general low pub",
        ),
        R(
            "How does the patient feel about her care, based on this feedback? 'The night staff were kind but nobody explained my medication changes and I felt ignored.'",
            "sentiment medical low pub",
        ),
        R(
            "Compare SSRIs and SNRIs for a patient with depression and chronic pain - which would be the more sensible first line and why?",
            "reasoning medical medium pub",
        ),
        R(
            "Make up a short encouraging story for a 7-year-old about to have her tonsils out",
            "creative medical low pub",
        ),
        R(
            "Discharge letter to the GP for "
            + P_B
            + ", NHS follow-up in 2 weeks, contact "
            + EM_B
            + ". Keep it brief.",
            "draft medical low conf",
        ),
        R(
            "Summarise this abstract in two sentences for the journal club.\n\n"
            + ABSTRACT,
            "summarize medical low pub",
        ),
    ]


def _legal() -> list[Row]:
    return [
        R(
            "Does clause 14.2 mean we're still exposed for negligence causing injury even above the cap? Explain your reasoning.\n\n"
            + CLAUSE,
            "reasoning legal medium conf",
        ),
        R(
            "Plain-English summary of this limitation of liability clause for the sales team.\n\n"
            + CLAUSE,
            "summarize legal low conf",
        ),
        R(
            "List the liability cap and the carve-outs in this clause.\n\n" + CLAUSE,
            "extract legal low conf",
        ),
        R("What is consideration in contract law?", "qa legal low pub"),
        R(
            "Draft a cease-and-desist letter to a former contractor who is using our logo on his website.",
            "draft legal medium pub",
        ),
        R(
            "Is this NDA clause mutual or one-way? 'The Recipient shall keep confidential all information disclosed by the Discloser.'",
            "classify legal low pub",
        ),
        R(
            "We're deciding whether to settle a £40k claim now or go to trial where we think we've a 60% chance of winning but costs of £25k. Walk through the expected values and tell me what you'd do.",
            "reasoning legal medium pub",
        ),
        R(
            "Translate this clause into German for the Munich counterparty: 'This Agreement shall be governed by the laws of England and Wales.'",
            "translate legal low pub",
        ),
        R("when does a trademark registration expire in the US?", "qa legal low pub"),
        R(
            "Come up with a catchy title for our internal newsletter on legal updates",
            "creative legal low pub",
        ),
        R(
            "Tag each sentence as obligation, right or definition: 'Customer means the entity signing below. Customer shall pay within 30 days. Customer may audit once per year.'",
            "classify legal low pub",
        ),
        R(
            "Extract the names of the parties and the effective date from this intro: 'This Services Agreement is made on 1 February 2024 between Northwind Traders Ltd and Fabrikam Consulting LLP.'",
            "extract legal low pub",
        ),
        R(
            "How angry is the client in this email? 'Frankly we are astonished that the filing deadline was missed and we expect a full explanation by Friday.'",
            "sentiment legal low pub",
        ),
        R(
            "Late payment interest is 8% above a 5.25% base rate on an invoice of 14,000 that is 45 days late. How much interest is owed? Use a 365-day year.",
            "math legal low pub calc",
        ),
    ]


def _soc() -> list[Row]:
    return [
        R(
            "Triage these auth logs. Is this a brute force that succeeded? What's the first containment step?\n\n"
            + LOG,
            "reasoning security medium conf",
        ),
        R(
            "Pull the source IP, usernames and outcomes from these lines into a table.\n\n"
            + LOG,
            "extract security low conf",
        ),
        R(
            "Give me a one-paragraph summary of this for the incident channel.\n\n"
            + LOG,
            "summarize security low conf",
        ),
        R(
            "Severity for this alert - low, medium, high or critical? 'EDR detected mimikatz.exe executed by a domain admin account on DC01.'",
            "classify security low int",
        ),
        R(
            "What's the difference between a vulnerability scan and a penetration test?",
            "qa security low pub",
        ),
        R(
            "Write a phishing awareness email to all staff about fake invoice attachments, friendly but firm.",
            "draft security low pub",
        ),
        R(
            "Host "
            + IP_A
            + " keeps beaconing to "
            + IP_B
            + " every 60 seconds. Should we isolate it now or keep watching to learn more? Weigh it up.",
            "reasoning security medium conf",
        ),
        R(
            "Write a Sigma rule that flags more than 10 failed logins from one source in 5 minutes",
            "code security medium pub",
        ),
        R("what port does LDAPS use", "qa security low pub"),
        R(
            "Is this message spam, phishing or legitimate? 'Your mailbox is 99% full. Click here within 24h to keep receiving mail.'",
            "classify security low pub",
        ),
        R(
            "If 3% of 12,000 staff click a phishing link and 1 in 40 of those enter credentials, how many compromised accounts do we expect?",
            "math security low pub calc",
        ),
        R(
            "Slogan ideas for a password manager rollout poster? something memorable",
            "creative security low pub",
        ),
        R(
            "Translate the breach notice into Japanese: 'We detected unauthorised access to a limited set of systems and have reset affected credentials.'",
            "translate security low pub",
        ),
        R(
            "Our CISO wants to know why MFA fatigue attacks work and whether number matching actually stops them. Explain the reasoning.",
            "reasoning security medium pub",
        ),
        R(
            "Escalate to "
            + EM_C
            + ": suspicious login for "
            + P_C
            + " from "
            + IP_C
            + ". Draft the escalation email.",
            "draft security low conf",
        ),
        R(
            "How does the reporter feel in this incident ticket? 'Third time this month the VPN has dropped me mid-call. I'm done with this.'",
            "sentiment security low pub",
        ),
    ]


def _dev() -> list[Row]:
    return [
        R(
            "This returns ZeroDivisionError on an empty list. Fix it and add type hints.\n\n```python\n"
            + SNIPPET
            + "\n```",
            "code general low int",
        ),
        R(
            "How do I read a CSV in pandas and drop rows where the email column is empty?",
            "code general low pub",
        ),
        R("What does this do? `git rebase -i HEAD~3`", "code general low pub"),
        R(
            "write a GitHub Actions workflow that runs pytest on every PR",
            "code general low pub",
        ),
        R(
            "Postgres or DynamoDB for an order history service with lots of ad-hoc reporting? Give me the trade-offs and a recommendation.",
            "reasoning general medium pub",
        ),
        R(
            "Summarise this PR description for the release notes in one line: 'Refactors the retry layer to use exponential backoff with jitter, removes the legacy sleep-based loop, and adds metrics for retry counts per endpoint.'",
            "summarize general low pub",
        ),
        R(
            "Write a TypeScript function that deep-merges two objects",
            "code general low pub",
        ),
        R(
            "Is this a bug report, a feature request or a question? 'It would be great if the export supported Parquet as well as CSV.'",
            "classify general low pub",
        ),
        R("What is idempotency in REST APIs?", "qa general low pub"),
        R(
            "Our API p95 went from 180ms to 420ms after the deploy. CPU is flat, DB connections maxed out. What's the most likely cause and how would you confirm it?",
            "reasoning general medium pub",
        ),
        R(
            "Write a README intro for an internal CLI tool that rotates service credentials",
            "draft general low int",
        ),
        R(
            "Grab all the endpoint paths and HTTP methods from this: 'GET /v1/users, POST /v1/users, DELETE /v1/users/{id}, PATCH /v1/orders/{id}'",
            "extract general low pub",
        ),
        R(
            'Convert this bash loop to PowerShell: for f in *.log; do gzip "$f"; done',
            "code general low pub",
        ),
        R(
            "Dockerfile for a FastAPI app with uvicorn, slim image please",
            "code general low pub",
        ),
        R(
            "sanity check my maths: 3 replicas x 2 vCPU x 730 h x $0.034 per vCPU-hour = ?",
            "math general low pub calc",
        ),
        R(
            "Write a SQL query that returns the monthly revenue per product from an orders table with columns product_id, amount, created_at",
            "code finance low pub",
        ),
        R(
            "Review this Flask route for SQL injection: `cur.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)`",
            "code security low pub",
        ),
    ]


def _hr() -> list[Row]:
    return [
        R(
            "Write a job ad for a senior data engineer, hybrid, London, 2 days in office",
            "draft general low pub",
        ),
        R(
            "Can you help me word a difficult message telling my team the bonus pool is smaller this year?",
            "draft general medium int",
        ),
        R(
            "Categorise these exit interview comments by theme (pay, manager, growth, workload): 'No clear promotion path', 'My lead micromanaged everything', 'I was doing two jobs'",
            "classify general low int",
        ),
        R(
            "Overall, how do employees feel based on these pulse survey comments? 'Love my team', 'Too many meetings', 'Leadership doesn't listen', 'Flexible hours are great'",
            "sentiment general low int",
        ),
        R(
            "What's the statutory minimum notice period in the UK after 5 years of employment?",
            "qa legal low pub",
        ),
        R(
            "Employee "
            + P_A
            + ", SSN "
            + SSN
            + ", needs a corrected W-2. Write the note to payroll.",
            "draft finance low res",
        ),
        R(
            "Should we offer a 4-day week trial to the support team or the engineering team first? Think through the risks for each.",
            "reasoning general medium pub",
        ),
        R(
            "Summarise the candidate feedback from the three interviewers into a hiring recommendation paragraph:\n\nInterviewer 1: strong SQL, weak on system design.\nInterviewer 2: great communicator, would grow fast.\nInterviewer 3: solid, not exceptional; concerns about leadership experience.",
            "summarize general low conf",
        ),
        R(
            "Ideas for a team-building activity name that's not cringe?",
            "creative general low pub",
        ),
        R(
            "Pull the start date, salary and notice period out of this offer letter: 'Your employment will begin on 2 September 2024 at an annual salary of GBP 62,000. Either party may terminate with one month's notice.'",
            "extract general low conf",
        ),
        R(
            "If someone works 37.5 hours a week and we pay 6 weeks of parental leave at 90% of a 48k salary, what's the cost?",
            "math finance low pub calc",
        ),
        R(
            "Translate the welcome email for new hires into Polish: 'Welcome aboard! Your laptop will be ready at reception on your first day.'",
            "translate general low pub",
        ),
    ]


def _support() -> list[Row]:
    return [
        R(
            "Which queue should this go to - billing, technical or account security?\n\n"
            + TICKET,
            "classify general low int",
        ),
        R(
            "Write a reply to the customer in this ticket, apologetic, with two troubleshooting steps.\n\n"
            + TICKET,
            "draft general low int",
        ),
        R("How upset is this customer?\n\n" + TICKET, "sentiment general low int"),
        R(
            "Condense this ticket to one line for the handover sheet\n\n" + TICKET,
            "summarize general low int",
        ),
        R(
            "Customer "
            + P_B
            + " called from "
            + PH_A
            + " about a double charge. Log a summary of the call for the CRM: he was charged twice for order 7781 and wants one refunded.",
            "summarize finance low conf",
        ),
        R(
            "Extract the device, OS version and the problem from the ticket.\n\n"
            + TICKET,
            "extract general low int",
        ),
        R(
            "Rate the sentiment of each review as positive, negative or mixed: "
            + REVIEWS,
            "sentiment general low pub",
        ),
        R(
            "Refund policy says 30 days but the customer is on day 34 with a faulty item. Should we make an exception? Reason it out.",
            "reasoning general medium pub",
        ),
        R(
            "Card number "
            + CARD_B
            + " shows twice on the statement. Draft the reply confirming we'll reverse the duplicate.",
            "draft finance low res",
        ),
        R(
            "Translate this reply into Italian: 'We're sorry for the delay. Your replacement has shipped and should arrive by Thursday.'",
            "translate general low pub",
        ),
        R("hey there :) hope you're having a good one", "chat general low pub"),
        R(
            "Macro for when customers ask about password reset - short and friendly",
            "draft general low pub",
        ),
    ]


def _student() -> list[Row]:
    return [
        R("Solve for x: 3x - 7 = 2x + 5", "math general low pub calc"),
        R("what year did the french revolution start", "qa general low pub"),
        R("Explain photosynthesis like I'm 10", "qa general low pub"),
        R(
            "Can you check my reasoning? If all squares are rectangles and some rectangles are blue, does it follow that some squares are blue?",
            "reasoning general low pub",
        ),
        R(
            "Help me write the intro paragraph for my essay on the causes of the First World War",
            "draft general low pub",
        ),
        R(
            "Write a sonnet about procrastinating before an exam",
            "creative general low pub",
        ),
        R("What's the derivative of x^3 * sin(x)?", "math general low pub calc"),
        R(
            "Summarise chapter 3 of my notes into flashcard-sized points:\n\nThe mitochondrion produces ATP through oxidative phosphorylation. The electron transport chain sits in the inner membrane. Oxygen is the final electron acceptor. Without oxygen, cells fall back on glycolysis and fermentation, producing far less ATP.",
            "summarize general low pub",
        ),
        R(
            "Translate into Mandarin: 'Where is the library and what time does it close?'",
            "translate general low pub",
        ),
        R(
            "Why did the Roman Empire split into east and west? Walk me through the main factors step by step.",
            "reasoning general medium pub",
        ),
        R(
            "Probability of getting at least one six in four rolls of a fair die?",
            "math general low pub calc",
        ),
        R(
            "Which is the odd one out and why: cat, dog, eagle, whale?",
            "reasoning general low pub",
        ),
        R("thanks!! that actually made sense for once", "chat general low pub"),
        R(
            "What is the boiling point of water at the top of Everest?",
            "qa general low pub",
        ),
    ]


def _marketing_ops() -> list[Row]:
    return [
        R(
            "Five subject lines for our spring sale email, playful",
            "creative general low pub",
        ),
        R(
            "Write a short story opening set in a data centre during a blackout",
            "creative general low pub",
        ),
        R(
            "Give me a product description for a noise-cancelling headset aimed at call centres, 80 words",
            "draft general low pub",
        ),
        R(
            "Is our brand voice in this paragraph too formal? 'We hereby inform valued customers of the forthcoming enhancements to the service offering.' Classify as formal, neutral or casual.",
            "classify general low pub",
        ),
        R(
            "What did people think of the launch? Tweets: 'obsessed with the new colours', 'site crashed at checkout lol', 'price hike is wild'",
            "sentiment general low pub",
        ),
        R(
            "Rewrite this so it sounds less corporate: 'We are leveraging synergies to deliver best-in-class outcomes.'",
            "draft general low pub",
        ),
        R(
            "Invent a mascot for a cloud backup company and describe its personality",
            "creative general low pub",
        ),
        R(
            "We have budget for either a trade show booth or a three-month LinkedIn campaign. Which gives better pipeline for a B2B security product? Think it through.",
            "reasoning security medium pub",
        ),
        R(
            "Shipping 2,400 units at 3.15 per unit plus a flat 180 fee, then 20% VAT. Total?",
            "math finance low pub calc",
        ),
        R(
            "Pull the company names and deal sizes from this: 'Closed: Acme Corp ($120k), Globex ($45k), Initech ($310k).'",
            "extract finance low int",
        ),
        R(
            "Translate our tagline into Brazilian Portuguese: 'Backups you never have to think about.'",
            "translate general low pub",
        ),
        R(
            "Summarise this customer call transcript into action items:\n\nAgent: so you want the seats increased?\nCustomer: yes, from 40 to 65, and we need SSO before the end of the quarter.\nAgent: I'll ask solutions to schedule the SSO setup and send a revised quote.",
            "summarize general low int",
        ),
    ]


def _chatty() -> list[Row]:
    return [
        R("morning! coffee hasn't kicked in yet", "chat general low pub"),
        R("are you a real person?", "chat general low pub"),
        R("what can you help me with?", "chat general low pub"),
        R("cheers, that's exactly what I needed", "chat general low pub"),
        R("ugh Mondays", "chat general low pub"),
        R("ok cool. talk later", "chat general low pub"),
        R("do you remember what we talked about yesterday?", "chat general low pub"),
        R("tell me a joke about accountants", "creative finance low pub"),
    ]


def _multi() -> list[Row]:
    return [
        R(
            "Summarise the ticket below and then classify it as bug, billing or how-to.\n\n"
            + TICKET,
            "summarize general low int|Summarise the ticket below",
            "classify general low int|classify it as bug, billing or how-to",
        ),
        R(
            "1. Pull out the liability cap from this clause\n2. Explain in plain English whether it protects us\n\n"
            + CLAUSE,
            "extract legal low conf|Pull out the liability cap from this clause",
            "reasoning legal medium conf|Explain in plain English whether it protects us",
        ),
        R(
            "Translate this into German and then draft a short cover email to the Berlin office: 'Quarterly figures will be published on 15 July.'",
            "translate general low pub|Translate this into German",
            "draft general low pub|draft a short cover email to the Berlin office",
        ),
        R(
            "Calculate the total Q2 revenue across regions, and write two sentences commenting on the trend for the board pack.\n\n"
            + PNL,
            "math finance low int calc|Calculate the total Q2 revenue across regions",
            "draft finance low int|write two sentences commenting on the trend for the board pack",
        ),
        R(
            "Can you extract the IPs from these logs and also tell me whether the last login looks legitimate?\n\n"
            + LOG,
            "extract security low conf|extract the IPs from these logs",
            "reasoning security medium conf|tell me whether the last login looks legitimate",
        ),
        R(
            "What's the sentiment of these reviews? After that, write a short response we can post to the negative one.\n\n"
            + REVIEWS,
            "sentiment general low pub|What's the sentiment of these reviews?",
            "draft general low pub|write a short response we can post to the negative one",
        ),
        R(
            "Explain what a stop-loss order is, then give me a formula in Excel to compute a 7% stop below the buy price in cell B2.",
            "qa finance low pub|Explain what a stop-loss order is",
            "code finance low pub|give me a formula in Excel to compute a 7% stop below the buy price in cell B2",
        ),
        R(
            "Give me a 3-bullet summary of the nursing note and flag anything that needs a doctor's review.\n\n"
            + NOTE,
            "summarize medical low conf|Give me a 3-bullet summary of the nursing note",
            "reasoning medical medium conf|flag anything that needs a doctor's review",
        ),
        R(
            "Write a Python function that validates an IBAN checksum. Also, what's the maximum length of an IBAN?",
            "code finance low pub|Write a Python function that validates an IBAN checksum",
            "qa finance low pub|what's the maximum length of an IBAN?",
        ),
        R(
            "Write a limerick about our office printer and then translate it into French.",
            "creative general low pub|Write a limerick about our office printer",
            "translate general low pub|translate it into French",
        ),
        R(
            "Hi! First, what does KYC stand for? Second, draft a two-line reminder to clients to update their ID documents.",
            "qa finance low pub|what does KYC stand for?",
            "draft finance low pub|draft a two-line reminder to clients to update their ID documents",
        ),
        R(
            "Classify this alert by MITRE tactic and write a one-paragraph summary for the shift report: 'PowerShell spawned by winword.exe downloading a payload from a paste site.'",
            "classify security low int|Classify this alert by MITRE tactic",
            "summarize security low int|write a one-paragraph summary for the shift report",
        ),
        R(
            "Read the policy below. Summarise it in two lines, then list the approval thresholds it mentions.\n\n"
            + MEMO,
            "summarize finance low int|Summarise it in two lines",
            "extract finance low int|list the approval thresholds it mentions",
        ),
        R(
            "Convert 5 mg/kg for a 22 kg child into mg, and draft a note to the parents explaining the dosing schedule.",
            "math medical low pub calc|Convert 5 mg/kg for a 22 kg child into mg",
            "draft medical low pub|draft a note to the parents explaining the dosing schedule",
        ),
        R(
            "What's the tone of the customer's email, and what should we reply? 'I've asked three times for my invoice. Is anyone there?'",
            "sentiment general low pub|What's the tone of the customer's email",
            "draft general low pub|what should we reply?",
        ),
        R(
            "Write a bash script that backs up /etc nightly, then explain why we should encrypt the backup.",
            "code security low pub|Write a bash script that backs up /etc nightly",
            "reasoning security low pub|explain why we should encrypt the backup",
        ),
        R(
            "Three things: summarise the abstract, translate the summary into Spanish, and suggest a catchy title for the talk.\n\n"
            + ABSTRACT,
            "summarize medical low pub|summarise the abstract",
            "translate medical low pub|translate the summary into Spanish",
            "creative medical low pub|suggest a catchy title for the talk",
        ),
        R(
            "Is Kubernetes overkill for a team of 3 running 4 services? And write a docker-compose file for the services api, worker, redis, postgres.",
            "reasoning general medium pub|Is Kubernetes overkill for a team of 3 running 4 services?",
            "code general low pub|write a docker-compose file for the services api, worker, redis, postgres",
        ),
    ]


def _pii_and_hard() -> list[Row]:
    return [
        R(
            "Please refund to "
            + IBAN_DE
            + " - the customer "
            + P_C
            + " asked by phone ("
            + PH_B
            + "). Write the instruction to the payments team.",
            "draft finance low res",
        ),
        R(
            "Supplier asks to update their bank details to "
            + IBAN_ES
            + ". Is this a likely invoice fraud attempt? Explain.",
            "reasoning security medium res",
        ),
        R(
            "Applicant NRIC "
            + NRIC
            + " - summarise the attached eligibility notes: 'Income below threshold, resident 6 years, no prior claims.'",
            "summarize finance low res",
        ),
        R(
            "Block " + IP_A + " at the firewall. Write the iptables rule.",
            "code security low conf",
        ),
        R(
            "PO 4500018832, SKU 7730-2291-0045, batch 24-118. Which of these is the purchase order number?",
            "qa general low pub",
            hard=True,
        ),
        R(
            "Build 5.14.2-rc.3 failed on runner 12; artifact hash 9f3a2c1e. Summarise what we know in one line.",
            "summarize general low pub",
            hard=True,
        ),
        R(
            "Ref 2024/0915/77 and case no. 1-23-cv-04512: draft a covering note to the court clerk.",
            "draft legal low pub",
            hard=True,
        ),
        R(
            "Total is 1,234,567.89 across 4111 accounts at 3.75% - what's the annual interest?",
            "math finance low pub calc",
            hard=True,
        ),
        R(
            "The router firmware is 10.2.3.4-b and the model number is 4512-8890-1123. Is it affected by the advisory?",
            "reasoning security low pub",
            hard=True,
        ),
        R(
            "ISBN 978-0-306-40615-7 and DOI 10.1000/182 - extract the publisher code from the ISBN.",
            "extract general low pub",
            hard=True,
        ),
        R(
            "Patient "
            + P_B
            + ", DOB 04/07/1951, phone "
            + PH_A
            + ". Extract the contact details into JSON.",
            "extract medical low conf",
        ),
        R(
            "Email "
            + EM_A
            + " bounced. What does 'mailbox unavailable 550 5.1.1' mean?",
            "qa general low conf",
        ),
    ]


def _buried_and_misc() -> list[Row]:
    return [
        R(
            "Hi team,\n\nHope the quarter-end rush isn't too painful. Finance has asked us to tidy up the vendor list before the audit. When you get a minute, could you go through the contracts folder and tell me which of our SaaS vendors auto-renew in the next 60 days? Just the names and renewal dates is fine.\n\nThanks,\nDana",
            "extract finance low int retr",
        ),
        R(
            "Hello,\n\nFollowing yesterday's outage, leadership wants to understand whether moving the payments database to a second region is worth the extra cost (roughly 30% more infra spend). Could you lay out the pros and cons and give a recommendation?\n\nBest, Rob",
            "reasoning general medium int",
        ),
        R(
            "Hey - so the auditors are coming Thursday and I still need the user access review signed off. Could you write a short email to the department heads asking them to confirm their team's access list by Wednesday noon?",
            "draft security low int",
        ),
        R(
            "Dear assistant, I am a first-year law student and I am confused. What exactly is the difference between a misdemeanour and a felony?",
            "qa legal low pub",
        ),
        R(
            "The ward manager asked me to calculate our nurse-to-patient ratio: 9 nurses on shift, 41 patients. Also is that within the 1:5 guideline?",
            "math medical low pub calc",
        ),
        R("Can u tell me what HbA1c measures", "qa medical low pub"),
        R(
            "Which of these symptoms are red flags for sepsis: fever, mottled skin, mild headache, confusion, runny nose?",
            "classify medical low pub",
        ),
        R(
            "Write a regex that matches UK National Insurance numbers",
            "code general low pub",
        ),
        R(
            "Kotlin: how do I make a data class immutable and still copy it with one field changed?",
            "code general low pub",
        ),
        R(
            "Unit tests for this please:\n\n```python\ndef slugify(s):\n    return '-'.join(s.lower().split())\n```",
            "code general low pub",
        ),
        R(
            "Write a YARA rule to detect a PE file containing the string 'invoice_loader'",
            "code security medium pub",
        ),
        R(
            "Explain what CVE-2021-44228 (Log4Shell) is and why it was so serious",
            "qa security low pub",
        ),
        R("What is a zero-day?", "qa security low pub"),
        R(
            "Label each email subject as internal, marketing or phishing: 'Q3 all-hands agenda', '50% off ends tonight', 'Urgent: verify your payroll account now'",
            "classify security low pub",
        ),
        R(
            "What's the IRR of a project that costs 100k and returns 30k a year for 5 years?",
            "math finance low pub calc",
        ),
        R("What is a 10-K filing?", "qa finance low pub"),
        R(
            "Why would a company buy back its own shares instead of paying a dividend? Weigh up the main reasons.",
            "reasoning finance medium pub",
        ),
        R(
            "Classify the risk level of this loan application: income 38k, requested 25k, existing debt 18k, two missed payments last year.",
            "classify finance low conf",
        ),
        R(
            "Sentiment of this earnings call line: 'We're cautiously optimistic, though margins will stay under pressure through the first half.'",
            "sentiment finance low pub",
        ),
        R(
            "Render this in Arabic: 'Your account statement is attached. Please contact us with any questions.'",
            "translate finance low pub",
        ),
        R(
            "Put this in simple Korean for a patient: 'Do not eat or drink anything after midnight before your surgery.'",
            "translate medical low pub",
        ),
        R(
            "Translate to English: 'Le contrat est résilié de plein droit en cas de non-paiement.'",
            "translate legal low pub",
        ),
        R(
            "What's the tone of this opposing counsel letter - aggressive, conciliatory or neutral? 'Our client remains open to discussing a sensible resolution without prejudice.'",
            "sentiment legal low pub",
        ),
        R(
            "Write a short bedtime story about a brave little firewall that protects a village of computers",
            "creative security low pub",
        ),
        R("Pun-based names for a legal-tech podcast, go", "creative legal low pub"),
        R("A haiku for night-shift nurses", "creative medical low pub"),
        R(
            "Give me the gist of this in one sentence: 'The board approved the merger subject to regulatory clearance, expected in Q1. Integration planning starts immediately and no redundancies are planned in the first year.'",
            "summarize finance low pub",
        ),
        R(
            "TL;DR of the contract amendment: 'The Parties agree to extend the Term by twelve months, increase the annual fee by 4%, and add a mutual termination right on 60 days' notice.'",
            "summarize legal low conf",
        ),
        R(
            "Pull the medication names and doses out: 'Continue metformin 500 mg BD, start ramipril 2.5 mg OD, stop amlodipine.'",
            "extract medical low conf",
        ),
        R(
            "From this alert, list the hostnames and usernames: 'User jdoe logged in to WS-044 and FS-02 within 30s; user svc_sql accessed DB-07.'",
            "extract security low int",
        ),
        R("how's it going?", "chat general low pub"),
        R("You've been super helpful today, appreciate it", "chat general low pub"),
        R("Is it okay if I ask you a few random questions?", "chat general low pub"),
        R(
            "Compare Python and Go for writing a high-throughput log shipper and recommend one",
            "reasoning general medium pub",
        ),
        R(
            "If a train leaves at 14:35 and the trip takes 2 h 50 min, when does it arrive?",
            "math general low pub calc",
        ),
        R("Who wrote 'Pride and Prejudice'?", "qa general low pub"),
        R("What's the capital of Australia?", "qa general low pub"),
        R(
            "Draft talking points for my 1:1 with a direct report who keeps missing deadlines",
            "draft general low pub",
        ),
        R(
            "Please compose a formal letter to the landlord requesting repair of the heating, which has been broken for two weeks",
            "draft legal low pub",
        ),
        R(
            "Write a patient-friendly explanation of what an MRI involves for the clinic website",
            "draft medical low pub",
        ),
        R(
            "Should a 30-year-old with no pension put spare cash into overpaying the mortgage or into a pension first? Give the argument step by step.",
            "reasoning finance medium pub",
        ),
        R(
            "Does this clause create a non-compete or only a non-solicit? 'For 12 months after termination the Employee shall not solicit any client of the Company.' Explain why.",
            "reasoning legal low pub",
        ),
        R(
            "Why might a patient on warfarin have a raised INR after starting antibiotics? Reason through the mechanism.",
            "reasoning medical medium pub",
        ),
        R(
            "Give the mean and median of: 12, 15, 15, 18, 40",
            "math general low pub calc",
        ),
        R(
            "Sort these into fruit or vegetable: tomato, carrot, apple, cucumber, spinach",
            "classify general low pub",
        ),
    ]


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in (_bank, _clinical, _legal, _soc, _dev, _hr, _support, _student,
                  _marketing_ops, _chatty, _buried_and_misc, _multi, _pii_and_hard):  # fmt: skip
        for text, tasks, hard in group():
            clean, spans = strip_marks(text)
            out.append({"id": f"fresh2-{len(out):05d}", "text": clean, "tasks": tasks,
                        "pii": spans, "hard_negative": hard and not spans})  # fmt: skip
    return out


def main() -> None:
    data = rows()
    with open(HERE / "fresh2.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    multi = sum(len(r["tasks"]) > 1 for r in data)
    print(f"fresh2: {len(data)} rows, {multi} multi-task")


if __name__ == "__main__":
    main()
