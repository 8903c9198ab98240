"""Seventh hand-written TRAIN corpus (writes ``train_diverse7.jsonl``).

Why: the intent model does well on its own template split but drops on
hand-written sets by other authors. This corpus was written by another author
in the role of an acceptance-test writer from regulated enterprises -- a
retail bank, an insurer, a hospital group, a law firm and a B2B SaaS vendor.
About half of the rows carry pasted working material (emails with headers and
signatures, log excerpts, contract clauses, clinical notes, CSV snippets,
code, policies, chat transcripts) and ask something of it with neutral verbs
("go through this", "what's in here", "tidy this up"), so the domain has to
come from the material, and realistic PII sits inside that material. The
other half are free-standing asks of every length, from three-word terse
commands to long multi-part requests, plus hard negatives (order / invoice /
ticket ids, version strings, Luhn-failing 16-digit numbers, IBAN-shaped
strings with a wrong checksum, dates, amounts). It was written without running
the classifier on it or looking at its errors, and without reading any
fresh*.jsonl / test.jsonl (held out).

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting,
markets -> finance; rights, disputes, appeals, contracts, compliance and
regulation, employment law -> legal; symptoms, drugs, care, clinical notes,
health records -> medical; accounts, attacks, phishing, malware, access
control, vulnerabilities -> security; office, social, technical-but-not-
security or creative asks that merely mention such words -> general. A task
whose own words are neutral takes the domain of the material it acts on.
Complexity is low unless the task weighs options or needs a multi-step
argument (medium) or a long structured deliverable / deep analysis (high).
Sensitivity: public by default, internal for internal business material,
confidential for personal data, restricted for cards / IBANs / SSNs / NRICs /
credentials. Tools: calc when a number must be computed, retr for the
company's own documents, web for live information, code when code must run.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: PII-shaped
ids / versions / failing checksums and no PII at all). In the text ``{NAME}``
pastes a material (after a blank line) or inserts a generated checksum-valid
PII value (marked) or an unmarked look-alike; ``[[T|value]]`` marks a
hand-written PII value (T in P/E/PH/IP/SSN); ``\\n`` is a newline.
Multi-task clauses are verbatim substrings of the final text.
Usage: ``python tests/data/intent/train_diverse7_source.py`` (rewrites the
jsonl, validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re

from corpus import (
    CARD_TOKEN,
    HERE,
    Placeholders,
    Row,
    Values,
    line_rows,
    mark,
    pv,
    write_and_check,
)

_v = Values(7_700_707)
_rng = _v.rng
_iban, _card, _bad16 = _v.iban, _v.card, _v.bad16
# ``[[T|value]]`` marks a hand-written PII value of type T
_INLINE = {
    "P": "PERSON",
    "E": "EMAIL",
    "PH": "PHONE",
    "IP": "IP_ADDRESS",
    "SSN": "US_SSN",
}
_INLINE_RE = re.compile(r"\[\[([A-Z]+)\|(.*?)\]\]")


def _bad_iban(country: str, spaced: bool) -> str:
    return _v.bad_iban(country, spaced, shift=3)


# generated checksum-valid PII (marked) and look-alikes (unmarked)
_GEN = {
    "VISA_SP": mark("CREDIT_CARD", _card("4", 16, " ")),
    "VISA_NONE": mark("CREDIT_CARD", _card("4", 16, "")),
    "VISA_DASH": mark("CREDIT_CARD", _card("4", 16, "-")),
    "MC_DASH": mark("CREDIT_CARD", _card("54", 16, "-")),
    "MC_SP": mark("CREDIT_CARD", _card("51", 16, " ")),
    "MC2_NONE": mark("CREDIT_CARD", _card("2223", 16, "")),
    "AMEX_SP": mark("CREDIT_CARD", _card("37", 15, " ")),
    "AMEX_NONE": mark("CREDIT_CARD", _card("34", 15, "")),
    "DISC_DASH": mark("CREDIT_CARD", _card("6011", 16, "-")),
    "IBAN_DE_SP": mark("IBAN", _iban("DE", True)),
    "IBAN_DE": mark("IBAN", _iban("DE", False)),
    "IBAN_GB_SP": mark("IBAN", _iban("GB", True)),
    "IBAN_GB": mark("IBAN", _iban("GB", False)),
    "IBAN_FR_SP": mark("IBAN", _iban("FR", True)),
    "IBAN_NL": mark("IBAN", _iban("NL", False)),
    "IBAN_ES_SP": mark("IBAN", _iban("ES", True)),
    "IBAN_IT": mark("IBAN", _iban("IT", False)),
    "IBAN_CH_SP": mark("IBAN", _iban("CH", True)),
    "IBAN_BE": mark("IBAN", _iban("BE", False)),
    "IBAN_IE_SP": mark("IBAN", _iban("IE", True)),
    "IBAN_PL": mark("IBAN", _iban("PL", False)),
    "IBAN_AT_SP": mark("IBAN", _iban("AT", True)),
    "IBAN_SE": mark("IBAN", _iban("SE", False)),
    "IBAN_NO": mark("IBAN", _iban("NO", False)),
    "IBAN_LU_SP": mark("IBAN", _iban("LU", True)),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC2": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC3": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC4": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC5": mark("SG_NRIC", pv.nric(_rng)),
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "SSN2": mark("US_SSN", pv.ssn(_rng)),
    "SSN3": mark("US_SSN", pv.ssn(_rng)),
    "SSN4": mark("US_SSN", pv.ssn(_rng)),
    # look-alikes: no marks
    "BAD16_SP": _bad16(" "),
    "BAD16_DASH": _bad16("-"),
    "BAD16_NONE": _bad16(""),
    "BAD16_B": _bad16(""),
    "BAD16_C": _bad16(" "),
    "BADIBAN_DE_SP": _bad_iban("DE", True),
    "BADIBAN_GB": _bad_iban("GB", False),
    "BADIBAN_FR_SP": _bad_iban("FR", True),
    "BADIBAN_NL": _bad_iban("NL", False),
    "BADIBAN_ES": _bad_iban("ES", False),
    "BADIBAN_IT_SP": _bad_iban("IT", True),
    "BADNRIC": pv.bad_nric(_rng),
}

# pasted material: name -> text (PII inline, marked on expansion)
_MAT: dict[str, str] = {}

# ---- finance: bank, insurer, accounts payable ---------------------------------
_MAT["VENDORBANK"] = """From: Accounts Receivable <[[E|ar@nordlicht-logistik.de]]>
To: [[E|payables@harbourbank.co.uk]]
Date: Tue, 4 Mar 2025 09:12
Subject: UPDATED remittance details - please action before next run

Dear colleagues,

Please note that with immediate effect our bank account has changed. All open invoices (incl. NL-2025-0419 and NL-2025-0433, total EUR 48,270.00) should be paid to:

Beneficiary: Nordlicht Logistik GmbH
IBAN: {IBAN_DE_SP}
BIC: COBADEFFXXX

Kind regards,
[[P|Katrin Vogel]]
Accounts Receivable | Nordlicht Logistik GmbH
Tel. [[PH|+49 40 3861 2290]]"""

_MAT["MOTORCLAIM"] = """FIRST NOTIFICATION OF LOSS - MOTOR
Policyholder: [[P|Daniel Whitcombe]]    Policy no: MTR-88120457
Contact: [[PH|07700 914 552]] / [[E|dan.whitcombe@btinternet.com]]
Date of loss: 17/02/2025, approx 08:40, Hagley Road roundabout
Description: Third party vehicle (white van, reg partly seen "KX19") entered roundabout without giving way and struck nearside rear door. No injuries. Third party did not stop. Policyholder has dashcam footage.
Damage estimate (garage): GBP 2,940 incl. VAT. Excess on policy: GBP 350. Courtesy car requested."""

_MAT[
    "LOANBOOK"
] = """loan_id,borrower,product,balance_gbp,rate_pct,days_past_due,ltv_pct
LN-40211,[[P|Harriet Osei]],mortgage,212400,4.89,0,71
LN-40287,[[P|Tomasz Wójcik]],personal,8150,11.9,34,
LN-40302,[[P|Grace Adeyemi]],mortgage,389000,5.24,92,88
LN-40355,[[P|Liam Fitzgerald]],car,14320,7.4,0,
LN-40391,[[P|Noor Rahimi]],personal,3200,13.5,61,"""

_MAT[
    "CARDCHAT"
] = """[14:02] Customer: hi theres a payment on my card i dont recognise, 389.99 to "SP * GLOWSTORE" on the 9th
[14:02] Agent (Priya): I'm sorry to hear that. Can you confirm the long card number please?
[14:03] Customer: {VISA_SP}
[14:03] Customer: name is [[P|Marcus Bellamy]] if that helps
[14:04] Agent (Priya): Thanks Marcus. I can see the transaction, it was an online purchase authenticated with 3-D Secure on your phone.
[14:05] Customer: well it wasnt me!! i was at work all day. i want my money back
[14:06] Agent (Priya): I understand. I'll block the card and raise a dispute, a replacement will arrive in 3-5 working days."""

_MAT[
    "SUPPLIERINV"
] = """INVOICE INV-2025-03318            Date: 28/02/2025   Due: 30/03/2025
Bill to: Meridian Health Partners LLP, Accounts Payable
From: Castellan Facilities Ltd, Unit 4, Riverside Trading Estate

Description                          Qty   Unit      Total
Quarterly HVAC maintenance (3 sites)   3   1,150.00  3,450.00
Emergency call-out 12/02 (Ward B)      1     420.00    420.00
Filter replacement, HEPA               14     38.50    539.00
                                            Subtotal  4,409.00
                                            VAT 20%     881.80
                                            TOTAL     5,290.80
Pay to: Castellan Facilities Ltd, IBAN {IBAN_GB_SP}, reference INV-2025-03318"""

_MAT["BUDGETVAR"] = """Operations cost centre 4410 - Feb YTD (GBP k)
line            budget   actual   var
staff costs      1,820    1,904   -84
contractors        240      391  -151
software           310      296    14
travel              45       61   -16
training            60       22    38
total            2,475    2,674  -199"""

_MAT["HOMEPOLICY"] = """Section 3 - Escape of water
We will cover sudden and accidental escape of water from any fixed water or heating installation. We will not cover: (a) the first GBP 500 of any claim (escape of water excess); (b) damage caused by gradual leaks or seepage that has happened over a period of time; (c) loss or damage while the home is unoccupied for more than 60 consecutive days; (d) the cost of repairing the installation itself, unless the damage is caused by freezing."""

_MAT["PAYROLLMAIL"] = """From: [[P|Sunita Rao]] <[[E|sunita.rao@calderwealth.com]]>
To: [[E|payroll@calderwealth.com]]
Subject: Salary change + new bank account - [[P|Owen Marsh]]

Hi payroll team,
From the April run, Owen's base goes from GBP 58,000 to GBP 63,500 (promotion to Senior Analyst, approved by ExCo 12 March). He has also asked for his salary to be paid into a new account: {IBAN_GB}. His NI number is unchanged.
Thanks, Sunita
HR Business Partner, Calder Wealth Management"""

_MAT[
    "STATEMENT"
] = """Date       Description                       Out       In       Balance
02/03/25   DD BRITISH GAS                    96.40              2,341.18
03/03/25   CARD TESCO EXTRA                  71.25              2,269.93
05/03/25   FPS SALARY ACME LTD                        2,985.00  5,254.93
06/03/25   SO RENT - HOLLAND PROPS         1,150.00             4,104.93
08/03/25   CARD AMAZON MKTPLACE              43.99              4,060.94
11/03/25   CARD UBER TRIP                    18.70              4,042.24
14/03/25   DD VIRGIN MEDIA                   52.00              3,990.24
15/03/25   CARD ODEON CINEMAS                27.80              3,962.44"""

_MAT["EXPENSEPOL"] = """Travel & Expenses Policy v6 (extract)
4.1 Economy class for all flights under 6 hours; premium economy above 6 hours with line-manager approval.
4.2 Hotel caps per night: London GBP 220, other UK GBP 140, EU EUR 180, rest of world USD 250.
4.3 Client entertainment must be pre-approved above GBP 75 per head and recorded in the gifts & hospitality register.
4.4 Claims must be submitted within 30 days with itemised receipts; claims over 90 days old will not be reimbursed."""

_MAT["QREPORT"] = (
    """Q4 FY24 trading update (unaudited): Net interest income GBP 412m (+3% q/q) as deposit pass-through eased. Cost:income ratio improved to 54.1% from 57.8%. Impairment charge rose to GBP 38m (Q3: GBP 21m), driven by higher arrears in unsecured lending. CET1 ratio 14.2%. Mortgage completions GBP 1.9bn; market share of new lending 3.4%. Guidance: NIM of 2.75-2.85% for FY25."""
)

_MAT["CLAIMLETTER"] = """Dear Mrs [[P|Evelyn Tran]],
Claim reference HC-2291-0087 - Travel insurance
Thank you for your claim for cancellation costs of GBP 2,180 for your trip to Lisbon. We are unable to accept the claim. Your policy excludes cancellation arising from a pre-existing medical condition that was not declared at the time of purchase. Our records show your mother's heart condition was diagnosed in 2022 and was not declared. If you disagree with our decision you may ask for a review within 8 weeks, and after that you can refer your complaint to the Financial Ombudsman Service.
Yours sincerely, Claims Team"""

# ---- legal: law firm, contracts, employment, regulation ------------------------
_MAT["NDA"] = """4. Term and Return of Information
4.1 The obligations in clause 3 continue for three (3) years from the Effective Date, save that obligations in respect of Trade Secrets continue for so long as the information remains a trade secret under applicable law.
4.2 On written request the Recipient shall promptly return or destroy all Confidential Information, provided that the Recipient may retain one archival copy for legal compliance purposes and copies held in automatic electronic back-up systems.
5. Remedies
5.1 Each party acknowledges that damages alone may not be an adequate remedy and the Discloser shall be entitled to seek injunctive relief."""

_MAT["DPA"] = """7. Sub-processors
7.1 Customer provides general authorisation for Processor to engage the sub-processors listed at Annex 3.
7.2 Processor shall notify Customer of any intended addition or replacement of a sub-processor at least 10 days in advance by email. Customer may object on reasonable data protection grounds within that period; if the parties cannot resolve the objection, Customer's sole remedy is to terminate the affected Services.
7.3 Processor remains fully liable to Customer for the performance of each sub-processor's obligations."""

_MAT["LEASE"] = (
    """11. BREAK CLAUSE. The Tenant may terminate this Lease on the fifth anniversary of the Term Commencement Date by giving the Landlord not less than six months' prior written notice, provided that (i) the Tenant has paid all Rent due up to the Break Date, and (ii) the Tenant gives vacant possession on the Break Date. 12. RENT REVIEW. The Rent shall be reviewed upwards only on each third anniversary to the open market rent or the Rent increased by RPI, whichever is higher."""
)

_MAT["LBA"] = """WITHOUT PREJUDICE SAVE AS TO COSTS
Our client: [[P|Rebecca Lindström]]
Your ref: CS-55102

Dear Sirs,
We act for the above-named in relation to the termination of her SaaS subscription on 3 January. Our client paid the annual fee of GBP 14,400 in advance on 1 October. Your company suspended her account without notice, citing an unpaid invoice that had in fact been settled. Our client has lost access to her data for 6 weeks.
We require (a) restoration of access within 7 days, (b) a pro-rata refund of GBP 10,800, and (c) confirmation that her data has not been deleted. Failing this, we are instructed to issue proceedings without further notice.
Yours faithfully,
Harlow Pryce LLP
[[E|litigation@harlowpryce.co.uk]]"""

_MAT["PROBATION"] = """From: [[P|Gareth Mills]] (Head of Ops)
To: HR Advisory
Subject: want to let [[P|Kelsey Dunn]] go

She's 5 months into her 6-month probation. Performance is ok-ish but she has had 9 sick days, mostly Mondays, and last week told her team lead she is pregnant. Honestly the sickness is the main issue. Can we just end probation early this week with a week's notice? Don't want this to drag on."""

_MAT["SLA"] = """Schedule 2 - Service Levels
2.1 Availability target: 99.9% per calendar month, excluding Scheduled Maintenance notified 5 Business Days in advance.
2.2 Service Credits: 99.0% - <99.9%: 5% of monthly fees; 95.0% - <99.0%: 15%; below 95.0%: 30%.
2.3 Service Credits are Customer's sole and exclusive remedy for failure to meet the Availability target and are capped at 30% of the monthly fees.
2.4 Customer must claim Service Credits in writing within 30 days of the end of the affected month."""

_MAT["DORA"] = (
    """Art. 19(4) (summary): Financial entities shall submit to the competent authority (a) an initial notification, within 4 hours of classifying an ICT-related incident as major and no later than 24 hours after becoming aware of it; (b) an intermediate report within 72 hours of the initial notification; and (c) a final report no later than one month after the latest updated intermediate report."""
)

_MAT["HOLD"] = """PRIVILEGED & CONFIDENTIAL - LEGAL HOLD NOTICE
Matter: Atlas Re v. Harbour Mutual (claim no. CL-2025-000412)
You have been identified as a custodian of documents relevant to the above dispute. Effective immediately, you must preserve all documents and data, paper or electronic, relating to the 2019-2023 reinsurance treaty, including emails, Teams chats, spreadsheets and personal notes. Do not delete, alter or overwrite any such material, even if a retention policy would otherwise allow it. Questions: [[P|Imogen Clarke]], Senior Counsel, [[E|imogen.clarke@harbourmutual.com]]."""

_MAT["JUDGMENT"] = (
    """[41] The claimant contends that the limitation clause is unenforceable because it was buried in standard terms and never drawn to its attention. We do not accept that submission. The clause appeared under a bold heading, the parties were commercial entities of comparable bargaining power, and the claimant had negotiated other terms in the same document. [42] The clause is therefore incorporated and, applying the reasonableness test, it is reasonable. The appeal is dismissed."""
)

_MAT[
    "CONSUMERCHAT"
] = """Customer: My flight, booking ref ZX8Q4T was cancelled 2 days before departure and all you offer is a voucher. I want cash.
Agent: I understand your frustration. Under our conditions of carriage, we offer a travel voucher valid for 12 months.
Customer: That's not what the regulation says. I'm entitled to a refund and maybe compensation.
Agent: I'll need to check with my supervisor.
Customer: If I don't hear back by Friday I'm going to the small claims court."""

_MAT["AIPOLICY"] = """Acceptable Use of Generative AI - draft v0.3 (internal)
1. Staff may use approved AI tools for drafting and summarising internal, non-client material.
2. Client-identifying information, privileged material and personal data must not be entered into any AI tool unless the tool is listed as "approved for confidential data" by Risk.
3. All AI-assisted work product sent to clients must be reviewed by a qualified lawyer, who remains responsible for it.
4. Breaches will be handled under the disciplinary policy."""

# ---- medical: hospital group ----------------------------------------------------
_MAT["DISCHARGE"] = """DISCHARGE SUMMARY - St Aidan's Hospital, Ward 6 (Respiratory)
Patient: [[P|Alan Pritchard]]   DOB: 14/06/1951   MRN: 00471932
Admitted: 02/03/2025   Discharged: 09/03/2025
Diagnosis: Community-acquired pneumonia (right lower lobe), CURB-65 = 2. Background COPD, AF, T2DM.
Treatment: IV co-amoxiclav + clarithromycin 48h, stepped down to oral doxycycline. O2 weaned day 4.
Medication changes: STARTED doxycycline 100 mg OD to complete 7 days. STOPPED ibuprofen (AKI on admission, creatinine 162 -> 98). Apixaban 5 mg BD continued.
Follow-up: GP to repeat U&E in 1 week; CXR in 6 weeks to confirm resolution. Contact ward on [[PH|0161 496 0732]] with concerns."""

_MAT["TRIAGECALL"] = """Call transcript - nurse advice line, 22:47
Caller: It's my son, he's 3, he's had a temperature since this afternoon, 39.4 just now, and there's a rash on his tummy.
Nurse: Okay. When you press a glass against the rash, does it fade?
Caller: Um... no, it doesn't seem to. And he's really sleepy, he won't drink.
Nurse: Is he responding to you when you talk to him?
Caller: Sort of, he's just floppy."""

_MAT["MEDREC"] = """patient_id,drug,dose,route,frequency,indication,source
P-2231,metformin,500 mg,PO,BD,T2DM,GP list
P-2231,ramipril,5 mg,PO,OD,hypertension,GP list
P-2231,ramipril,10 mg,PO,OD,hypertension,patient's own supply
P-2231,atorvastatin,40 mg,PO,ON,,GP list
P-2231,naproxen,500 mg,PO,BD PRN,knee pain,OTC per patient
P-2231,omeprazole,20 mg,PO,OD,,patient's own supply"""

_MAT["REFERRAL"] = """Dear Colleague,
Re: [[P|Farah Qureshi]], 34, [[PH|+44 7911 204 683]]
I'd be grateful if you could see this lady urgently under the 2-week-wait pathway. She has noticed a 2 cm firm, non-tender lump in the upper outer quadrant of the left breast for 3 weeks. No nipple discharge. Mother had breast cancer at 48. She is not on hormonal contraception.
Many thanks,
Dr [[P|Owen Hartley]], The Elms Surgery"""

_MAT["MEDINCIDENT"] = """Datix incident IR-2025-1184 (Ward 3, night shift)
At 02:10 patient in bay 2 bed 4 was given enoxaparin 80 mg SC instead of the prescribed 40 mg. Error noticed at 06:00 drug round by day staff. Patient weight 61 kg, eGFR 38. No bleeding observed. Registrar informed 06:15, anti-Xa level requested, patient and family informed under duty of candour. Contributing factors: two similar-looking pre-filled syringes stored together; agency nurse unfamiliar with ward stock layout."""

_MAT["LABS"] = """RESULTS  collected 11-Mar-2025 08:05
Haemoglobin     94 g/L     (130-170)  L
MCV             104 fL     (80-100)   H
Vitamin B12     118 ng/L   (197-771)  L
Folate          6.2 ug/L   (>3.9)
TSH             2.4 mU/L   (0.3-4.2)
ALT             31 U/L     (<41)"""

_MAT["PATIENTMAIL"] = """From: [[E|kwame.asante64@gmail.com]]
Subject: question about new tablets

Hello, I was started on amlodipine 5mg last Tuesday by my GP for my blood pressure. Since then my ankles have swollen quite a lot by evening and I get a bit of a flushed face. Is this normal? Should I stop taking it? My next appointment isn't until the 28th.
Thank you, [[P|Kwame Asante]] (DOB 02/11/1964)"""

_MAT["SEPSIS"] = """Adult Sepsis Pathway (ED) - v3.2, Clinical Governance approved
Screen any adult with suspected infection AND NEWS2 >= 5. Red flag sepsis if ANY of: systolic BP <= 90, HR > 130, RR >= 25, needs O2 to keep SpO2 >= 92%, non-blanching rash, lactate >= 2, new confusion. Within 1 hour: blood cultures, IV antibiotics per microguide, lactate, IV fluids if hypotensive or lactate >= 2, urine output monitoring, senior review."""

_MAT["WARDHANDOVER"] = """Handover 19:30 - Bay B
B1 [[P|Margaret Doyle]] 88F #NOF day 2 post-op, confused overnight, on 1:1, Hb 89 recheck am
B2 [[P|Tom Haskins]] 54M DKA resolving, VRIII stopped 16:00, on SC insulin, eating
B3 empty - cleaning
B4 [[P|Josephine Achterberg]] 71F CAP, NEWS 6 at 18:00 (RR 24, SpO2 91% on 2L), reg aware, for review"""

_MAT["PREAUTH"] = """Prior authorisation request - Summit Health Plan
Member: [[P|Carla Jimenez]]   Member ID: SHP-4471-092   SSN on file: {SSN1}
Requested: MRI lumbar spine without contrast (CPT 72148)
Clinical: 7 weeks low back pain radiating to left leg, failed 6 weeks of physiotherapy and NSAIDs, new numbness in left foot.
Plan tier: Silver PPO. Imaging requires pre-authorisation; member coinsurance 20% after deductible (USD 2,500, met to date USD 1,730)."""

_MAT["CLINTRIAL"] = (
    """Abstract. In this multicentre RCT, 1,204 adults with heart failure with preserved ejection fraction were randomised to drug X 10 mg daily or placebo. After a median 22 months, the primary endpoint (CV death or HF hospitalisation) occurred in 18.3% vs 22.9% (HR 0.77, 95% CI 0.63-0.95). There was no significant difference in all-cause mortality. Genital mycotic infections were more common with drug X (2.1% vs 0.4%)."""
)

# ---- security: SOC, IAM, AppSec -----------------------------------------------------
_MAT["SIGNINS"] = """timestamp_utc,user,app,ip,country,result,mfa
2025-03-12T01:14:55Z,[[E|j.okafor@harbourbank.co.uk]],Office 365,[[IP|185.220.101.47]],DE,failure,-
2025-03-12T01:15:02Z,[[E|j.okafor@harbourbank.co.uk]],Office 365,[[IP|185.220.101.47]],DE,failure,-
2025-03-12T01:15:40Z,[[E|j.okafor@harbourbank.co.uk]],Office 365,[[IP|185.220.101.47]],DE,success,push approved
2025-03-12T01:17:03Z,[[E|j.okafor@harbourbank.co.uk]],Exchange Online,[[IP|2a02:c207:2051:8944::1]],NL,success,token
2025-03-12T08:02:11Z,[[E|j.okafor@harbourbank.co.uk]],Office 365,[[IP|81.2.69.160]],GB,success,push approved"""

_MAT["PHISH"] = """From: "Microsoft 365 Admin" <[[E|no-reply@rnicrosoft-secure.com]]>
To: [[E|claire.benson@meridianhealth.org]]
Subject: [Action Required] Mailbox storage 99% full - messages will be held

Your mailbox has exceeded its storage limit. Incoming messages for claire.benson will be suspended in 24 hours.
To keep receiving mail, re-validate your account here: hxxps://m365-storage-upgrade[.]com/login?u=claire.benson
Microsoft Corporation | One Microsoft Way"""

_MAT[
    "WAFLOG"
] = """[[IP|198.51.100.23]] - - [12/Mar/2025:10:41:07 +0000] "GET /api/v2/accounts?id=1%27%20OR%20%271%27=%271 HTTP/1.1" 403 112 "-" "sqlmap/1.7.2#stable"
[[IP|198.51.100.23]] - - [12/Mar/2025:10:41:09 +0000] "GET /api/v2/accounts?id=1;WAITFOR%20DELAY%20%270:0:5%27-- HTTP/1.1" 403 112 "-" "sqlmap/1.7.2#stable"
[[IP|203.0.113.77]] - - [12/Mar/2025:10:42:30 +0000] "POST /login HTTP/1.1" 200 5120 "https://portal.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP|198.51.100.23]] - - [12/Mar/2025:10:43:51 +0000] "GET /../../etc/passwd HTTP/1.1" 400 0 "-" "curl/8.4.0\""""

_MAT["VULNSCAN"] = """host,ip,cve,cvss,title,exposed
web-prod-01,[[IP|10.40.2.11]],CVE-2024-6387,8.1,OpenSSH regreSSHion RCE,internet
hr-app-02,[[IP|10.40.7.23]],CVE-2023-44487,7.5,HTTP/2 Rapid Reset,internal
build-03,[[IP|10.40.9.5]],CVE-2024-3094,10.0,xz-utils backdoor,internal
print-07,[[IP|10.41.0.87]],CVE-2022-26923,8.8,AD CS privilege escalation,internal
vpn-edge,[[IP|2001:db8:ac10:fe01::14]],CVE-2024-21762,9.6,FortiOS out-of-bounds write,internet"""

_MAT["IRCHAT"] = """#inc-2025-031 (Slack)
09:02 dmitri: EDR flagged FIN-LT-0112, rundll32 spawning from excel, user is [[P|Hana Sato]] in AP
09:04 dmitri: outbound to [[IP|91.215.85.142]]:443 every 60s since 08:51
09:05 lucia: isolating the host now. Hana says she opened "Remittance_Q1.xlsm" from a supplier email
09:11 lucia: host isolated. pulling the mail, 3 other recipients in AP got the same one
09:15 dmitri: no other hosts beaconing to that IP so far. resetting Hana's creds + revoking sessions"""

_MAT["IAMPOLICY"] = """{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "DataTeam", "Effect": "Allow", "Action": "s3:*", "Resource": "*"},
    {"Sid": "Ci", "Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"},
    {"Sid": "Logs", "Effect": "Allow", "Action": ["logs:GetLogEvents"], "Resource": "arn:aws:logs:eu-west-2:111122223333:log-group:/app/*"}
  ]
}"""

_MAT[
    "DLPALERT"
] = """DLP ALERT #DLP-77812  Severity: High  Policy: PCI - card data to external recipient
Sender: [[E|r.naidoo@harbourbank.co.uk]] ([[P|Ravi Naidoo]], Collections)
Recipient: [[E|ravi.naidoo.home@outlook.com]]
Attachment: arrears_followup_march.xlsx (rows matched: 212)
Sample match: {MC_SP}
Action taken: delivered (policy in audit mode)"""

_MAT["CHANGEREQ"] = """CHG-0048817  Firewall rule change (standard)
Requester: network-team   Window: Sat 22:00-23:00
Add rule: allow ANY -> [[IP|10.20.5.40]] tcp/3389  (jump host for vendor support)
Justification: vendor needs RDP to patch the PACS imaging server this weekend.
Rollback: remove rule.  Approver: (pending)"""

_MAT["SECPOLICY"] = """Information Security Standard IS-07: Privileged Access (internal)
7.1 Privileged accounts are separate from day-to-day accounts and are not mail-enabled.
7.2 Privileged access is granted just-in-time via PAM for a maximum of 4 hours.
7.3 All privileged sessions are recorded; recordings are kept for 12 months.
7.4 Break-glass accounts are vaulted, alerted on use and reviewed within 24 hours of use.
7.5 Exceptions require CISO approval and expire after 90 days."""

_MAT["PENTEST"] = """External penetration test - summary of findings
H-1 Login endpoint does not rate-limit; 10,000 attempts in 5 minutes accepted.
H-2 Password reset token is a 6-digit number valid for 24 hours.
M-1 Session cookie lacks Secure and HttpOnly flags.
M-2 Verbose error pages disclose Spring Boot version 2.6.3.
L-1 Missing security.txt."""

_MAT["AUTHCODE"] = """```python
def login(request):
    user = User.objects.filter(email=request.POST["email"]).first()
    if user and user.password == hashlib.md5(request.POST["password"].encode()).hexdigest():
        request.session["uid"] = user.id
        return redirect("/dashboard")
    return render(request, "login.html", {"error": "Wrong password for " + request.POST["email"]})
```"""

# ---- general: SaaS company, offices ----------------------------------------------------
_MAT["RETRO"] = """Retro - Billing squad, sprint 58
Went well: invoice PDF rewrite shipped on time; new on-call runbook actually used twice
Didn't: staging was down 2 days (shared DB migration); 3 late scope changes from Sales; nobody owned the flaky Cypress suite
Try next: staging owner rota; scope freeze after day 2; timebox flaky test fixes to 1 day per sprint"""

_MAT["RELNOTES"] = """Release 4.2.0 (build 4.2.0.17) - 11 March
- New: bulk export of dashboards to PDF and PNG
- Improved: search results load ~40% faster on workspaces with >10k documents
- Fixed: timezone drift in scheduled reports (ticket SUP-20931)
- Fixed: CSV import failing on files with a BOM
- Deprecated: API v1 /reports endpoint, removal planned for 5.0"""

_MAT["PYBUG"] = """```python
def chunk(items, size):
    out = []
    for i in range(0, len(items) - size, size):
        out.append(items[i:i + size])
    return out

print(chunk([1, 2, 3, 4, 5, 6, 7], 3))  # expected [[1,2,3],[4,5,6],[7]]
```"""

_MAT["SLOWSQL"] = """```sql
SELECT c.name, COUNT(*) AS tickets
FROM tickets t
JOIN customers c ON c.id = t.customer_id
WHERE DATE(t.created_at) >= '2025-01-01'
  AND LOWER(t.status) = 'open'
GROUP BY c.name
ORDER BY tickets DESC;
-- takes 40s on 12M rows, index exists on tickets(created_at)
```"""

_MAT["REVIEWS"] = """App Store reviews - week 10
★★★★★ "Finally an expense app my team actually uses. Receipt scan is magic."
★★☆☆☆ "Since the last update it logs me out every single day. Fix it pls"
★★★☆☆ "Does the job. Reports are ugly tho."
★☆☆☆☆ "Charged me after I cancelled the trial. Support took 9 days to answer."
★★★★☆ "Great on iPhone, iPad version feels like an afterthought.\""""

_MAT["OFFICEMOVE"] = """From: Workplace Team
Subject: Level 3 move - what you need to know

From Monday 24 March the Product and Design teams move from Level 5 to Level 3 (east wing). Desks are unassigned; book via the Spaces app. Lockers will be allocated on the day - bring your own padlock. The Level 5 kitchen closes on Friday 21st at 3pm for refurbishment. Parking is unchanged. Questions to the #workplace channel."""

_MAT["ATTENDEES"] = """name,email,company,dietary,session
[[P|Ingrid Halvorsen]],[[E|ingrid.h@fjordsoft.no]],Fjordsoft,vegetarian,AM workshop
[[P|Mateo Ruiz]],[[E|mruiz@cobaltdata.es]],Cobalt Data,,PM panel
[[P|Aiko Fujimoto]],[[E|aiko.fujimoto@kumo.jp]],Kumo,gluten-free,AM workshop
[[P|Bartholomew Greene]],[[E|bart@greeneandco.com]],Greene & Co,vegan,both"""

_MAT["JSBUG"] = """```javascript
async function loadUsers(ids) {
  const users = [];
  ids.forEach(async (id) => {
    const res = await fetch(`/api/users/${id}`);
    users.push(await res.json());
  });
  return users; // always empty??
}
```"""

_MAT["STANDUP"] = """Teams transcript - Platform standup
Ana: yesterday finished the k8s upgrade on staging, today prod canary. blocked on the change approval.
Rui: still chasing the memory leak in the worker, heap dumps point at the PDF renderer.
Mei: on leave Thursday and Friday, handing the SSO ticket to Rui.
Ana: also reminder the offsite is on the 3rd, please fill the form."""

_MAT[
    "TICKETS"
] = """SUP-21004 | "Can't invite new users, button greyed out" | plan: Team
SUP-21007 | "How do I change the invoice currency?" | plan: Business
SUP-21011 | "Your API returned 502 for 20 min this morning" | plan: Enterprise
SUP-21013 | "Love the new dashboards!!" | plan: Team
SUP-21019 | "Need a copy of your SOC 2 report for our vendor review" | plan: Enterprise"""

_MAT["SPEC"] = """PRD: Scheduled exports (draft)
Problem: Customers screenshot dashboards weekly to send to execs.
Proposal: let users schedule a dashboard export (PDF/PNG) by email, daily/weekly/monthly, to up to 20 recipients.
Out of scope: exports to Slack, CSV of underlying data.
Open questions: do recipients need an account? how do we handle dashboards with row-level permissions? rate limits?
Success metric: 15% of active workspaces use a schedule within 60 days."""

_MAT[
    "SURVEY"
] = """Engagement pulse - free-text answers (Customer Success, n=14, anonymised)
- "Workload is brutal since two people left and weren't replaced."
- "My manager is great, really supportive."
- "The new CRM is a step back, everything takes 3 clicks more."
- "Love the hybrid setup, please don't change it."
- "I don't see a career path here beyond senior CSM.\""""

FINANCE = r"""
extract f l r | {VENDORBANK}\n\npull the new bank details and the invoice numbers out of this so I can update the vendor master
reasoning s m r | Is this legit? Something feels off about it - talk me through the warning signs.{VENDORBANK}
draft f l r => draft a reply asking them to confirm the change by phone on the number we already hold ;; classify s l r => tell me whether it should go to the fraud team | {VENDORBANK}\n\ndraft a reply asking them to confirm the change by phone on the number we already hold, and tell me whether it should go to the fraud team
summarize f l c | condense this FNOL for the claims handler, 3 bullets max{MOTORCLAIM}
math f l c calc | {MOTORCLAIM}\n\nwhat will we actually pay out on this once the excess comes off?
reasoning f m c | Third party looks liable but drove off. How should we approach recovery, and does the policyholder lose their no-claims discount? Reason it through.{MOTORCLAIM}
extract f l c => Fill these fields from the notification: policy number, date of loss, estimate, excess ;; draft f l c => write the acknowledgement email to the customer | {MOTORCLAIM}\n\nFill these fields from the notification: policy number, date of loss, estimate, excess. Then write the acknowledgement email to the customer.
classify f l c | bucket each loan: performing, 30+ DPD, 60+ DPD, 90+ (default){LOANBOOK}
math f l c calc | {LOANBOOK}\n\ntotal balance more than 30 days past due?
code f l c => write pandas that flags any loan over 80 LTV that is also in arrears ;; summarize f l c => give me a one-line status of the book | {LOANBOOK}\n\n1) write pandas that flags any loan over 80 LTV that is also in arrears\n2) give me a one-line status of the book
sentiment f l r | how angry is this customer, 1-5, and did the agent calm things down?{CARDCHAT}
extract f l r | list: amount, merchant, date of the transaction, and what the agent promised{CARDCHAT}
summarize f l r => Write a case note summarising the chat ;; classify f l r => label the dispute type (fraud, merchant dispute, duplicate, other) | {CARDCHAT}\n\nWrite a case note summarising the chat and label the dispute type (fraud, merchant dispute, duplicate, other).
extract f l r | {SUPPLIERINV}\n\ninvoice as JSON pls - number, dates, line items, subtotal, VAT, total, IBAN
math f l r calc | Check the arithmetic on this: do the line totals and the VAT add up?{SUPPLIERINV}
classify f l r | which GL category does each line go under: maintenance, repairs, consumables{SUPPLIERINV}
summarize f l i | {BUDGETVAR}\n\nexplain this variance table to a non-finance manager in two sentences
reasoning f m i | contractors are way over. what are the likely reasons and what should I ask the ops director before the forecast meeting?{BUDGETVAR}
math f l i calc => work out the total overspend as a % of budget ;; draft f l i => draft a short note to the ops director flagging contractors and staff costs | {BUDGETVAR}\n\nwork out the total overspend as a % of budget, and draft a short note to the ops director flagging contractors and staff costs
reasoning f m p | My kitchen ceiling came down after a pipe had been leaking slowly for months. Would this section cover me? Explain.{HOMEPOLICY}
summarize f l p | {HOMEPOLICY}\n\nWhat does this section boil down to? 3 bullets.
draft f l p | rewrite the exclusions in plain English for our customer FAQ page{HOMEPOLICY}
translate f l p | Translate section 3 into Polish - customer asked for it in their language{HOMEPOLICY}
extract f l r | {PAYROLLMAIL}\n\nwhat does payroll need to key in? list the changes
reasoning s m r | before we change anyone's bank account off an email, what checks should happen here?{PAYROLLMAIL}
math f l r calc | % raise?{PAYROLLMAIL}
classify f l c | {STATEMENT}\n\ncategorise each line: bills, groceries, transport, leisure, income, housing
math f l c calc | how much went out in total, not counting rent?{STATEMENT}
extract f l c => list the direct debits ;; reasoning f m c => say which ones I could realistically cut | {STATEMENT}\n\nlist the direct debits and say which ones I could realistically cut
qa f l i | I'm flying Singapore to London for the client audit, about 13 hours. Am I allowed premium economy?{EXPENSEPOL}
summarize f l i | {EXPENSEPOL}\n\ntl;dr
translate f l i | Translate 4.2 into German and French for the Frankfurt and Paris offices.{EXPENSEPOL}
creative g l i | write a funny limerick reminding people about the 30 day rule{EXPENSEPOL}
summarize f l p | {QREPORT}\n\nthree bullets for the morning note
extract f l p | table of every metric, its value and whether it went up or down{QREPORT}
sentiment f l p | Is the tone of this update upbeat or cautious? Quote the words that tell you.{QREPORT}
summarize f l c => summarise why they said no ;; draft l m c => draft my request for a review, arguing I didn't know I had to declare mum's condition | {CLAIMLETTER}\n\nCan you summarise why they said no, and draft my request for a review, arguing I didn't know I had to declare mum's condition?
qa f l c | {CLAIMLETTER}\n\ndoes "pre-existing medical condition" here mean my mother's or mine??
qa f l p | APR vs AER - what's the actual difference
qa f l p | how does a stocks and shares ISA work
qa f l p | What is a cost:income ratio and why do banks obsess over it?
qa f l p | how does the excess work on car insurance if the accident wasn't my fault?
qa f l p web | what's the Bank of England base rate today?
qa f l p | explain IFRS 9 stage 2 to me like I'm a new grad on the credit risk team
qa f l p | what's an escrow account
reasoning f m p | Fixed for 5 years at 4.6% or a tracker at base + 0.9%? We'll probably move in about 3 years.
reasoning f m p | I'm 28 with 12k in savings. Overpay the mortgage or put it into an index fund? Think it through for me.
reasoning f h i retr | Build the case for and against consolidating our operating deposits from three banks into one, using our counterparty limits policy. I need a recommendation paper for ALCO.
reasoning f m p | why would an insurer charge a 25-year-old more than a 45-year-old for the same car? is that just profiteering
math f l p calc | 250,000 mortgage over 25 years at 4.5%, monthly repayment?
math f l p calc | premium was 612 last year and the renewal quote is 749. what % increase is that
math f l p calc | 5,000 at 3.8% AER for 4 years, compounding annually, what do I end up with
math f l p calc | If it's 1.17 euros to the pound and my bank adds 2.75% on top, what does a 300 euro hotel cost me in pounds?
math f l i calc | Loss ratio please: claims paid 18.4m, earned premium 26.1m. Combined ratio too if expenses were 7.9m.
draft f l p | write to my insurer asking why my premium jumped 22% when I've made no claims
draft f l i | Memo to branch managers: overdraft fees change on 1 June. Give them talking points for customers who complain.
draft f l c | letter telling a customer we're closing their account in 60 days. neutral tone, no reason given
classify f l p | sort by risk, lowest first: government bonds, global index fund, a single tech stock, bitcoin, cash ISA
extract f l p | pull the rates into a table: "Easy Access 4.10% AER variable; 1-Year Fixed 4.55% AER; 2-Year Fixed 4.30% AER; 95 Day Notice 4.75% AER"
sentiment f l p | tone of this analyst line: 'We remain unconvinced that management can deliver the margin targets it set out in March.'
translate f l p | Spanish please: "Your direct debit has failed. Please make the payment within 5 days to avoid a late fee."
code f l p | python function that returns a full amortisation schedule (list of dicts) for a fixed-rate loan
code f l i | SQL: total paid claims per policy year and product line. table claims(claim_id, policy_id, product, paid_amount, paid_date)
qa f l p | ISA allowance?
math f l p calc | VAT on 1,240 at 20%
reasoning f m p | my employer matches pension contributions up to 6%. I'm paying 3%. worth upping it even though money's tight?
draft f l r | Customer [[P|Wendy Albright]] wants her refund of 310.00 sent to {AMEX_SP} instead of the original card. Draft the note to the payments team.
extract f l r | Pull cardholder, card number, amount and reason code: "Chargeback request - cardholder [[P|Li Na Zhou]], card {DISC_DASH}, amount USD 1,249.00, reason code 10.4 (card-absent fraud)"
extract f l r | W-9 came in for contractor [[P|Jordan Pierce]], SSN {SSN2}, 1099 amount USD 38,400. get me the fields as JSON for the vendor record
extract f l r | KYC onboarding - name [[P|Tan Mei Ling]], NRIC {NRIC1}, mobile [[PH|+65 9172 4408]], account opened 03/02/2025. Map these into the template fields: full_name, id_type, id_number, phone, open_date.
extract f l r | remittance advice: 'Paid CHF 8,450.00 to {IBAN_CH_SP} on 12.03.2025, ref Q1 rent.' Need payee IBAN, amount, date.
draft f l r | Write the standing order instruction to our bank: pay EUR 2,150 monthly from {IBAN_IE_SP} to {IBAN_BE}, starting 1 May, reference OFFICE RENT.
classify f l r | Which of these payments need a second approver (over EUR 10k)?\nbeneficiary;iban;amount\nHotel Adler;{IBAN_AT_SP};4,280.00\nStudio Nord;{IBAN_SE};12,900.00\nMilano Eventi;{IBAN_IT};9,999.00\nFjord Catering;{IBAN_NO};15,300.00
translate f l r | into polish: "Please transfer the deposit to {IBAN_PL} by Friday, quoting your booking number."
math f l r calc | Split EUR 12,600 evenly between these three payees and tell me each amount: {IBAN_FR_SP}, {IBAN_NL}, {IBAN_ES_SP}
"""

LEGAL = r"""
summarize l l i | what does this say in plain terms? two sentences{NDA}
reasoning l m i | We're the recipient. Is the backups carve-out enough for us, and what would you push back on?{NDA}
extract l l i | {NDA}\n\nlist each obligation, who owes it and for how long
reasoning l m i | 10 days' notice and terminate-only as the remedy - acceptable for a hospital customer? argue both sides{DPA}
draft l m i | redraft 7.2 in the customer's favour: 30 days' notice and an objection right that actually means something{DPA}
summarize l l i | {DPA}\n\ngist?
qa l l i | When's the earliest we can get out of this lease, and what do we have to do?{LEASE}
reasoning l m i | The rent review is upwards only, market or RPI whichever's higher. How bad is that for us if inflation spikes? Talk me through it.{LEASE}
translate l l i | {LEASE}\n\ntranslate clause 11 into Simplified Chinese for the HK parent company
summarize l l c | summarise the demands and the deadline{LBA}
sentiment l l c | how aggressive is the tone of this letter?{LBA}
draft l h c => Draft a holding response that admits nothing ;; extract l l c => list every date and amount mentioned ;; math l l c calc => check whether the pro-rata refund they ask for is right | {LBA}\n\nDraft a holding response that admits nothing. Also list every date and amount mentioned, and check whether the pro-rata refund they ask for is right.
reasoning l h c | {PROBATION}\n\nwhat are the legal risks if we do this? be blunt
draft l m c | write HR's reply to Gareth advising him not to go ahead like this, and what to do instead{PROBATION}
classify l l c | low / medium / high risk request? one line why{PROBATION}
math l l i calc | {SLA}\n\nFebruary availability was 98.7% and our fees are 42,000 a month. What credit are we owed?
extract l l i | thresholds and credit percentages as a table{SLA}
reasoning l m i | is "sole and exclusive remedy" a problem for us as the customer? what do we give up by accepting it{SLA}
qa l l p | {DORA}\n\nIf we classify an incident as major at 15:00 on Tuesday, when is the initial notification due at the latest?
summarize l l p | condense this into a 3-line checklist for incident managers{DORA}
translate l l p | put this into French for the Paris branch{DORA}
summarize l l c | {HOLD}\n\nwhat do I actually have to do? 2 lines
qa l l c | does this mean I can't clear out my inbox at all??{HOLD}
extract l l c => get the matter name, claim number and contact ;; draft l l c => write a short acknowledgement to the contact | {HOLD}\n\nget the matter name, claim number and contact, then write a short acknowledgement to the contact
summarize l l p | summarise the court's reasoning{JUDGMENT}
reasoning l m p | {JUDGMENT}\n\nWhy did the court reject the "buried in standard terms" argument, and would the outcome differ if the claimant were a consumer?
classify l l p | who won, claimant or defendant?{JUDGMENT}
sentiment l l p | rate the customer's frustration and say whether the agent is handling it well{CONSUMERCHAT}
qa l l p | {CONSUMERCHAT}\n\nIs the customer right that they're owed cash and not a voucher?
draft l l p | draft the supervisor's reply confirming a full refund within 7 days{CONSUMERCHAT}
reasoning l m i | gaps? what would a regulator expect in this policy that isn't there{AIPOLICY}
draft l h i | {AIPOLICY}\n\nExpand this into a full policy with definitions, roles, an approval process for new tools, and training requirements.
classify l l i | Allowed or not under this policy: (1) pasting a client's merger agreement into ChatGPT to summarise it, (2) drafting a blog post on AI regulation, (3) translating a published court judgment.{AIPOLICY}
qa l l p | warranty vs indemnity - what's the difference?
qa l l p | can my employer read my work emails without telling me
qa l l p | how long does a landlord have to give back a deposit in England
qa l l p | what does "consideration" mean in contract law
qa l l p | Does GDPR apply to a US company that has EU customers but no EU office?
qa l l p web | Have the EU AI Act's obligations for general-purpose AI models started applying yet? Check the latest.
qa l l p | what's a section 21 notice
reasoning l m p | I'm a contractor. The client wants me to sign an IP assignment covering "all works created during the term", even stuff outside the project. Sign, negotiate, or walk away?
reasoning l m i | Employee off long-term with stress has run out of company sick pay. Options: keep on unpaid leave, start a capability process, or offer a settlement. Risks of each?
draft l l p | write a subject access request to my old employer, I want everything they hold on me
draft l m i | Make this clause mutual: "Customer shall indemnify Supplier against all claims arising from Customer's use of the Services."
draft l l p | polite but firm letter to my landlord - boiler's been broken 3 weeks and I know my rights
extract l l i | parties, effective date, term and governing law from: "This Master Services Agreement is entered into on 1 April 2025 between Quill Analytics Ltd and Harbour Mutual Insurance plc for an initial term of 36 months and is governed by the laws of Scotland."
classify l l p | criminal or civil: unpaid invoice, shoplifting, breach of lease, drink driving, defamation
translate l l p | German: "This offer is subject to contract and is not legally binding."
code l l p | regex to pull clause references like 12.3(b) or 4.1(a)(ii) out of contract text
math l l p calc | statutory redundancy pay: 9 years' service, age 47, weekly pay capped at 700. how much?
sentiment l l p | tone of this from opposing counsel: "We note with some surprise that your client has yet to comply with the order of 14 February."
draft l m r | Former employee [[P|Dana Whitfield]] (SSN {SSN3}) has asked for all the personal information we hold on her. Draft our response under the CCPA, including what we'll provide and the timeline.
qa l l r | Are we still allowed to collect full NRIC numbers like {NRIC2} at visitor sign-in in our Singapore office?
reasoning l m p | A customer's review calls our product "a scam". Can we make them take it down, or would that backfire?
qa l l p | difference between a deed and a contract?
draft l l i | reply to the supplier: we're not signing their T&Cs, our MSA governs. keep it short
reasoning l m p | can my manager refuse my holiday request after already approving it? I've booked flights
qa l l p | what's the limitation period for breach of contract in England
extract l l c | from this tribunal claim form, get claimant, respondent, claim types and dates: "Claimant: [[P|Oluwaseun Adebayo]]. Respondent: Brightline Logistics Ltd. Claims: unfair dismissal; failure to pay holiday pay. Employment 06/2019 - 11/2024. ACAS certificate issued 20/01/2025."
summarize l l p | summarise for the board: "The FCA's Consumer Duty requires firms to act to deliver good outcomes for retail customers across four outcomes: products and services, price and value, consumer understanding, and consumer support. Boards must approve an annual report assessing whether the firm is delivering good outcomes."
qa l l p | data controller vs data processor - which are we if we host a client's HR system?
translate l l c | translate the demands paragraph into German for our Berlin GC{LBA}
extract l l i | {LEASE}\n\nkey dates: break date, review dates, and the last day we could serve a break notice
sentiment l l p | settle or fight - how does this read? "Our client remains confident in its position but, purely to avoid the cost of litigation, is prepared to consider a modest contribution."
reasoning l m i | A US customer wants us to sign a BAA. We don't knowingly process health data. Do we sign? Think it through.
draft l l i | cover email sending the countersigned NDA back to Fjordsoft's legal team
classify l l p | which of these would need a DPIA: CCTV in the car park, a new payroll provider, a wellbeing app that tracks employee mood, the staff birthday list
code l l i | python to scan a folder of .docx contracts and list any that mention "auto-renew" or "automatic renewal"
classify l l i | tag each contract by type: "Mutual NDA - Fjordsoft", "MSA + Order Form 3 - Cobalt Data", "Office Lease Level 3", "DPA - Kumo", "SOW 7 - Greene & Co"
"""

MEDICAL = r"""
summarize m l c | GP-friendly summary of this, 4 lines{DISCHARGE}
extract m l c | med changes only, as a table: drug / change / reason{DISCHARGE}
draft m l c => write a plain-language letter to Mr Pritchard explaining why his ibuprofen was stopped ;; translate m l c => translate it into Welsh | {DISCHARGE}\n\nPlease write a plain-language letter to Mr Pritchard explaining why his ibuprofen was stopped, then translate it into Welsh.
classify m l c | {DISCHARGE}\n\nwhich follow-up actions belong to the GP and which to the hospital?
classify m l c | 999, urgent GP or self-care - which disposition?{TRIAGECALL}
reasoning m m c | What in this call worries you most, and why?{TRIAGECALL}
sentiment m l c | {TRIAGECALL}\n\nhow is the caller coping emotionally?
extract m l c => list the discrepancies between sources ;; reasoning m m c => flag any interaction risks you see | {MEDREC}\n\nlist the discrepancies between sources and flag any interaction risks you see
code m l c | pandas: group by drug and show the rows where the dose differs between sources{MEDREC}
classify m l c | tag each row as regular, PRN, or unclear{MEDREC}
extract m l c | {REFERRAL}\n\npull out the red-flag features
summarize m l c | one line for the breast clinic triage list{REFERRAL}
draft m l c | write the text message to Ms Qureshi confirming her appointment on 21 March at 10:40, clinic 2{REFERRAL}
summarize m l i | {MEDINCIDENT}\n\nsummary for the patient safety huddle
reasoning m h i | Do a root cause analysis (5 whys) and propose actions with owners.{MEDINCIDENT}
math m l i calc | what's the mg/kg dose given versus prescribed?{MEDINCIDENT}
classify m l i | {MEDINCIDENT}\n\nharm level: no harm, low, moderate, severe, death?
reasoning m m c | what's the likely picture here, and what would you do next?{LABS}
extract m l c | abnormal values only{LABS}
qa m l p => what does MCV measure ;; summarize m l c => summarise these results for the patient in plain words | {LABS}\n\nwhat does MCV measure? and summarise these results for the patient in plain words
draft m l c | {PATIENTMAIL}\n\nReply to this from the practice nurse. Reassure, tell him not to stop, offer an earlier review.
classify m l c | urgent, routine or admin?{PATIENTMAIL}
classify m l i | HR 124, BP 95/60, lactate 2.4 - red flag sepsis or not?{SEPSIS}
summarize m l i | {SEPSIS}\n\nmake this into a pocket card, 5 bullets
translate m l i | Portuguese version for our agency nurses please{SEPSIS}
code m l i | python function that returns True if a set of obs meets the red flag criteria here{SEPSIS}
classify m l c | {WARDHANDOVER}\n\nrank bay B by who needs seeing first
extract m l c | list pending tasks with bed numbers{WARDHANDOVER}
summarize m l c => one line per patient for the night reg ;; reasoning m m c => say who you'd escalate and why | {WARDHANDOVER}\n\none line per patient for the night reg, and say who you'd escalate and why
math f l r calc | If the MRI is billed at USD 1,400, what does the member pay out of pocket?{PREAUTH}
reasoning m m r | {PREAUTH}\n\nDoes the clinical information justify imaging now rather than more conservative treatment?
summarize m l p | 2 sentences for a journal club slide{CLINTRIAL}
math m l p calc | NNT from these numbers?{CLINTRIAL}
reasoning m m p | {CLINTRIAL}\n\nshould this change practice for HFpEF? be critical
extract m l p | primary endpoint, HR, CI and adverse events as JSON{CLINTRIAL}
qa m l p | type 1 vs type 2 diabetes, what's the actual difference?
qa m l p | how long is someone with norovirus contagious for
qa m l p | why shouldn't you take ibuprofen with blood thinners
qa m l p | what does a NEWS2 score of 5 mean
qa m l p | can I drink on metronidazole
qa m l p | is ankle swelling a common side effect of amlodipine?
qa m l p | what's the difference between a CT and an MRI
reasoning m m p | I'm 45, get a tight feeling in my chest climbing stairs for the last two weeks, goes when I rest. Urgent appointment or can it wait till my routine one next month?
reasoning m m c | my dad's 81 and keeps falling at night. he takes tamsulosin and amitriptyline. what could be behind it?
draft m l i | Email to all ward managers: staff flu vaccine clinic, Tuesdays and Thursdays in the atrium, 8-10am.
draft m m p | patient leaflet: what to expect after a colonoscopy, plain English
classify m l p | triage category for each: "sprained ankle", "crushing chest pain for 20 mins", "sore throat 3 days", "sudden slurred speech"
math m l p calc | paracetamol 15 mg/kg for a 22 kg child. how many mg, and how many ml of 120mg/5ml suspension?
math m l p calc | 1 litre bag over 8 hours - rate in ml/hr?
translate m l p | Arabic: "Do not eat or drink anything after midnight before your operation."
extract m l p | list drugs and doses: "continue bisoprolol 2.5mg od, increase furosemide to 80mg mane, stop amlodipine, start dapagliflozin 10mg od"
sentiment m l p | how does this patient feel about her care: "the nurses were angels but I never knew what was happening from one day to the next"
sentiment m l c | how worried does he sound?{PATIENTMAIL}
translate m l c | {DISCHARGE}\n\nPolish translation of the follow-up section for his daughter
extract m l c | pull name, DOB, MRN, admission and discharge dates{DISCHARGE}
draft m m i | write the duty of candour letter to the patient's family{MEDINCIDENT}
qa m l p | HFpEF vs HFrEF?
classify m l p | which of these should go to the pharmacist rather than the GP: repeat prescription query, new breast lump, mild hay fever, muscle aches since starting a statin
reasoning m m p | a colleague swears by taking vitamin D all winter. worth it for office workers in the UK, or a waste of money?
code m l i | regex to find NHS numbers (10 digits, spaced 3-3-4) in free-text notes
sentiment m l p | what's the feeling in this carer's message: "Mum's been so much brighter since the new tablets, I actually got a full night's sleep."
code m l p | FHIR search to get all Observations with LOINC 4548-4 (HbA1c) for one patient, sorted newest first
draft m l r | Appointment letter for patient [[P|Muhammad Faizal bin Rahman]], NRIC {NRIC3}, at the Novena clinic on 2 April, 9:15am - fasting bloods, so nothing to eat after 10pm.
summarize m l c | summarise this for the MDT: "[[P|Rosa Delgado]], 72, admitted with a fall, found to have a new AF with rapid ventricular response. CT head normal. Rate controlled with bisoprolol. CHA2DS2-VASc 5, HAS-BLED 2. Started apixaban after discussion. Physio: mobile with frame. Lives alone, daughter nearby."
classify m l c | Clinic letter for [[P|Hugo Brennan]] (NHS no. 943 476 5919): new diagnosis of type 2 diabetes, HbA1c 68. Which coding category: endocrine, cardiovascular, renal, other?
reasoning m m p | Should we keep offering the over-65s the high-dose flu vaccine or switch to the adjuvanted one? weigh it up for our practice
draft m l p | write a short notice for the waiting room: masks recommended if you have a cough or cold
qa m l p | how does metformin lower blood sugar
extract m l c | From the referral, get name, age and contact number: "Please see [[P|Yusuf Demir]], 58, tel [[PH|020 7946 0958]], with 6 weeks of hoarse voice, ex-smoker 40 pack-years."
"""

SECURITY = r"""
reasoning s m c | {SIGNINS}\n\nwhat happened here? walk me through it step by step
extract s l c | unique IPs with country and outcome{SIGNINS}
draft s m c => write the containment steps for the on-call analyst ;; draft s l c => a short heads-up message to the user | {SIGNINS}\n\nwrite the containment steps for the on-call analyst + a short heads-up message to the user
classify s l c | true positive or false positive?{SIGNINS}
classify s l c | {PHISH}\n\nphish or legit?
extract s l c | IOCs please (sender domain, URL, anything else useful){PHISH}
draft s l c => write a warning for the intranet banner ;; creative g l p => a catchy one-liner for the screensavers | {PHISH}\n\nThis hit 40 inboxes. Can you write a warning for the intranet banner, and a catchy one-liner for the screensavers?
translate s l c | Translate this into Spanish, I want to use it as an example in the Madrid training session.{PHISH}
summarize s l c | {WAFLOG}\n\nwhat's going on in these logs, briefly
classify s l c | label each line: sqli, path traversal, or benign{WAFLOG}
code s l c code | write a quick python script that counts requests per IP and run it on these lines{WAFLOG}
classify s l c | {VULNSCAN}\n\nprioritise: patch tonight, this week, next cycle
reasoning s m c | We only get one change window tonight. Which of these do you fix first and why?{VULNSCAN}
extract s l c | just the internet-facing rows{VULNSCAN}
draft s l c | {VULNSCAN}\n\nticket text for the Linux team about the build-03 finding
summarize s l c | timeline for the incident report{IRCHAT}
extract s l c => Pull the IOCs ;; reasoning s m c => tell me what we still need to check ;; draft s m c => draft the 10am update to the CISO | {IRCHAT}\n\nPull the IOCs, tell me what we still need to check, and draft the 10am update to the CISO.
code s l i | review this IAM policy{IAMPOLICY}
reasoning s m i | {IAMPOLICY}\n\nwhat's the blast radius if the CI role gets compromised?
code s m i => rewrite it with least privilege for a bucket called analytics-raw ;; qa s l p => what does iam:PassRole actually let someone do? | {IAMPOLICY}\n\nrewrite it with least privilege for a bucket called analytics-raw. also, what does iam:PassRole actually let someone do?
classify s l r | genuine breach, policy violation, or business as usual?{DLPALERT}
draft s m r | draft the note to Ravi's line manager{DLPALERT}
reasoning s m r | {DLPALERT}\n\nShould we flip this policy from audit to block? Think about what it does to the collections team.
reasoning s m c | approve or reject? give reasons{CHANGEREQ}
draft s l c | write my CAB rejection comment and what they need to resubmit{CHANGEREQ}
qa s l i | {SECPOLICY}\n\ncan I keep my admin account signed into Outlook?
summarize s l i | summarise for new joiners{SECPOLICY}
translate s l i | into Japanese for the Tokyo team{SECPOLICY}
classify s l i | {SECPOLICY}\n\nWhich of these break IS-07? (a) DBA kept a PAM session open for 6 hours, (b) break-glass used on Saturday, reviewed Monday, (c) admin account has a mailbox
classify s l i | re-rate each finding and say whether you agree with the tester{PENTEST}
draft s h i | write the remediation plan: owner, fix, deadline for each finding{PENTEST}
reasoning s m i | {PENTEST}\n\nwhich two of these chained together are the worst case?
code s l i | what's wrong with this login view? fix it{AUTHCODE}
code s m i => rewrite the password check with argon2 ;; code s l i => add a unit test for the wrong-password path | {AUTHCODE}\n\nrewrite the password check with argon2 and add a unit test for the wrong-password path
qa s l p | vuln scan vs pentest?
qa s l p | how does pass-the-hash work
qa s l p | SPF, DKIM, DMARC - explain like I'm not technical
qa s l p web | is there a patch out yet for the latest Ivanti Connect Secure zero-day?
qa s l p | why is md5 bad for storing passwords
reasoning s m i | We have about 40 shared service accounts in AD. Vault them, move to gMSA, or just rotate the passwords? Which first, and why?
reasoning s m p | my mum got a text from "her bank" telling her to move her savings to a safe account. help me explain to her why it's a scam
draft s l i | all-staff email: passkeys are replacing passwords for Office 365 next month - what changes for them
draft s m i | board notification: ransomware on two file servers, contained, no evidence of exfiltration so far
classify s l p | severity for each: "encrypted laptop stolen from car", "admin password posted in a Teams channel", "user clicked phish link, didn't enter creds"
extract s l c | IPs and hashes from this: "C2 at [[IP|45.137.21.9]] and [[IP|2a0e:1d80:3:1::5]]; dropper sha256 9f2b41c0e71c; second stage at [[IP|45.137.21.10]]"
code s l p | Sigma rule for powershell -enc launched by Office apps
code s l p | KQL: users with more than 5 MFA denials in 10 minutes
math s l p calc | 8 characters from 94 printable symbols, attacker does 10 billion guesses a second. worst case how long?
translate s l p | Korean: "Never share your one-time code with anyone, including bank staff."
sentiment s l p | how frustrated does this user sound: "third time this week MFA has locked me out, I literally cannot do my job"
classify s l r | someone pasted {VISA_DASH} into the public #general channel. severity?
reasoning s m r | An intern emailed a spreadsheet of new-hire SSNs (e.g. {SSN4}) to their personal gmail. What do we do first, and do we have to notify anyone?
reasoning s m r | Our CFO got a WhatsApp from "the CEO" asking for an urgent, confidential transfer to {IBAN_LU_SP} for an acquisition. What are the red flags and what's our playbook?
extract s l c | list user, source IP and time for each failure: "Mar 12 03:14:07 vpn01 auth: FAIL user=[[E|k.lindqvist@harbourbank.co.uk]] src=[[IP|2001:db8:7f3e:11::a4]] reason=bad_otp\nMar 12 03:14:39 vpn01 auth: FAIL user=[[E|k.lindqvist@harbourbank.co.uk]] src=[[IP|2001:db8:7f3e:11::a4]] reason=bad_otp\nMar 12 03:15:02 vpn01 auth: FAIL user=svc_backup src=[[IP|192.168.44.19]] reason=locked"
summarize s l c | short summary for the ticket: "User [[P|Ayesha Karim]] ([[E|a.karim@meridianhealth.org]], ext. 4471) reported a USB stick found in the car park labelled 'Payroll 2025'. She plugged it into her workstation HOSP-WS-2231 before reporting. EDR shows an autorun attempt blocked at 11:02."
qa s l p | what's an evil twin wifi attack
reasoning s m i | SOC wants EDR in block mode on the radiology workstations, imaging team says it'll slow scans. how do we decide?
draft s l i | Slack reminder: lock your screen when you leave your desk, and yes, that includes "just getting coffee"
classify s l p | which of these are strong: "Winter2025!", "correct-horse-battery-staple", "Pa$$w0rd", "q7#Rt!9vLm2@"
code s m i | write a Python script that lists IAM users with console access and no MFA
"""

GENERAL = r"""
summarize g l i | tl;dr for my manager{RETRO}
draft g l i | {RETRO}\n\nwrite up the "try next" items as Jira tickets (title + description)
sentiment g l i | overall mood of the team, going by this?{RETRO}
code g l p | why's the 7 missing? fix it{PYBUG}
code g l p code | {PYBUG}\n\nrun this and show me what it actually prints
code g m i | why is this slow even with the index? rewrite it{SLOWSQL}
qa g l p => what does "sargable" mean ;; code g l i => then fix the query | {SLOWSQL}\n\nwhat does "sargable" mean? then fix the query
sentiment g l p | score each review from -1 to 1{REVIEWS}
classify g l p | {REVIEWS}\n\nbucket these: bug, billing, feature request, praise, other
summarize g l p => summarise the main complaints ;; draft g l p => draft a public reply to the one-star review | {REVIEWS}\n\nsummarise the main complaints and draft a public reply to the one-star review
summarize g l i | 3 bullets{OFFICEMOVE}
extract g l i | dates and times only{OFFICEMOVE}
translate g l i | {OFFICEMOVE}\n\nSpanish version please
creative g l i | turn this into a silly haiku for the channel{OFFICEMOVE}
extract g l c | emails of everyone in the AM workshop, comma separated{ATTENDEES}
classify g l c | {ATTENDEES}\n\ngroup people by dietary need for the caterer
code g l c | python to split this CSV into one file per session{ATTENDEES}
draft g l c | welcome email to the PM panel attendees{ATTENDEES}
code g l i | {JSBUG}\n\nwhy is users always empty?
extract g l i | blockers and who owns them{STANDUP}
summarize g l i | standup summary for the Slack channel{STANDUP}
reasoning g m i | {SPEC}\n\npoke holes in this PRD
draft g h i | expand into a full PRD: user stories, acceptance criteria, rollout plan, metrics{SPEC}
creative g l p | 5 name ideas for the feature{SPEC}
sentiment g l i | {SURVEY}\n\noverall sentiment and the main themes
classify g l i | tag each comment: workload, management, tools, flexibility, career{SURVEY}
summarize g l i => summarise it for the leadership team ;; reasoning g m i => suggest the two things to fix first | {SURVEY}\n\nsummarise it for the leadership team and suggest the two things to fix first, with reasons
chat g l p | morning!
chat g l p | thanks, that's perfect
chat g l p | you're a lifesaver honestly
chat g l p | can you remember what we talked about yesterday?
chat g l p | are you able to open attachments?
chat g l p | which model are you?
chat g l p | lol ok
chat g l p | sorry, wrong chat
chat g l p | right, that's me done for today. night!
chat g l p | how's your day going
chat g l p | never mind, sorted it myself
chat g l p | what languages can you speak?
chat g l p | Is this conversation private? Does anyone at my company see it?
chat g l p | you got that last one wrong btw
chat g l p | ok next question
chat g l p | ty
chat g l p | are you better than ChatGPT?
chat g l p | Hi there, first time using this. What sort of things can you help with?
chat g l p | 👍
creative g l p | limerick about the printer on floor 2 that only works when nobody needs it
creative g l p | name ideas for our internal hackathon, something not cringe
creative g l p | Four lines for Joan's retirement card. She's been in claims for 31 years and knows everyone's coffee order.
creative g l p | slogan for cyber awareness month
creative g l p | Write a bedtime story for my 5 year old about a teddy bear who has to stay in hospital overnight.
creative g l p | best man speech opener, funny but not cringe. groom is an actuary
creative g l p | quiz team names with a compliance theme
creative g l p | rap verse about quarter-end close, for the finance team party
creative g l p | tagline for a budgeting app aimed at students
creative g l p | Short sci-fi story (300 words) where an AI submits a GDPR request to find out what humans know about it.
creative g l p | a haiku about on-call at 3am
creative g l p | two-line rhyme for the sinks reminding staff to wash their hands
creative g l p | invent a name for the hospital's volunteer driver scheme
creative g l p | Write a short funny story about the fax machine in medical records that refuses to retire.
chat g l p | brb
chat g l p | hello? are you still there
qa g l p | how does DNS actually work
qa g l p | RAM vs storage?
qa g l p | how do I share just one window in Teams instead of my whole screen
qa g l p | what's kubernetes, short version
qa g l p | What's the difference between a data lake and a data warehouse?
qa g l p | why do meetings always overrun
qa g l p | how does a CRDT work, in practice
reasoning g m i | Jira or Linear for a 15-person product team? we're on Jira now and everyone hates it
reasoning g m p | offsite in Lisbon or Porto for 40 people in June - weigh it up
reasoning g m i | We can hire one senior engineer or two juniors with the same budget. Team of 6, lots of legacy code. Which, and why?
reasoning g m p | my team keeps missing sprint goals. what are the likely causes and how would I figure out which one it is?
math g l p calc | the big meeting room fits 14 and there are 61 of us. how many sessions do we need for the training?
math g l p calc | average response time: 4.2, 3.8, 5.1 and 6.0 hours
math g l p calc | 3.5 TB at 80 MB/s - how long to copy?
math g l p calc | if 18% of 2,350 survey respondents said "very likely", how many people is that?
code g l p | regex for UK postcodes
code g l p | bash one-liner to rename every .jpeg in a folder to .jpg
code g l p | git: undo my last commit but keep the changes
code g l p | excel formula to get the month name from a date in A2
code g l p | Dockerfile for a FastAPI app, slim image, non-root user
code g m p | write a python CLI that takes a folder of markdown files and builds a single HTML page with a table of contents
translate g l p | how do you say "see you at the offsite" in Italian
translate g l p | Japanese: "Thank you for your patience while we fix this."
translate g l p | hindi: "The office will be closed on Friday."
translate g l p | Bitte bringen Sie Ihren Laptop zum Workshop mit. -> English?
translate g l p | translate to Brazilian Portuguese: "Your workspace has been upgraded to the Business plan."
draft g l p | out of office: back 14 April, anything urgent to Sam
draft g l p | decline this meeting politely, I'm double booked and the notes would be enough for me
draft g l p | LinkedIn post: we're hiring 3 backend engineers, remote-friendly, EU time zones
draft g l p | make this more formal: "hey guys, the thing is delayed again, sorry, will update when i know more"
draft g m i | Write the announcement that we're moving from 2-week sprints to a 6-week cycle with a 2-week cooldown. Explain the why, what changes day to day, and when it starts.
extract g l p | pull out every date: "Kickoff 3 March, design review 17/03, beta on the 1st of April, GA sometime in May"
classify g l p | priority for each (P1-P3): "homepage down", "typo on pricing page", "export slow for one customer", "SSO broken for all Enterprise tenants"
sentiment g l p | is this feedback positive or negative: "the workshop was fine I guess, bit long"
summarize g l i | Summarise this thread: "Ana: can we push the demo to Thursday? Rui: Thursday I'm out, Friday? Ana: Friday works but only after 2. Mei: Friday 3pm then, I'll book the room. Rui: 👍"
extract g l c | names and phone numbers from this voicemail transcript: "Hi it's [[P|Colm Gallagher]] from the print shop, your banners are ready, call me back on [[PH|+353 87 412 6650]] or ask for [[P|Siobhán Murray]] on [[PH|+353 1 677 0943]]"
draft g l c | reply to [[P|Helena Sørensen]] ([[E|helena.sorensen@fjordsoft.no]]) - yes we can move the demo to 14:00 CET, send her a new invite text
classify g l c | which team should each go to: "[[P|Brian Kowalczyk]] asked for a new monitor", "Finance need the Q1 headcount", "[[P|Leah Abramson]] can't log in to Figma"
translate g l r | Malay please: "Please bring your NRIC ({NRIC4}) when collecting your parcel from reception."
"""

HARD_NEGATIVES = r"""
!summarize g l p | one tweet-length summary{RELNOTES}
!translate g l p | {RELNOTES}\n\ntranslate these release notes into Brazilian Portuguese
!creative g l p | write a cheeky launch post for LinkedIn based on this{RELNOTES}
!extract g l p | extract version, build number, release date and any ticket ids{RELNOTES}
!classify g l p | {TICKETS}\n\nroute each: support, billing, SRE, sales, security/compliance
!sentiment g l p | which of these customers are unhappy?{TICKETS}
!qa g l p | order 114-7729301-5540218 says delivered but nothing came. what do I do?
!math f l p calc | INV-88213 was 4,350.00 and INV-88240 was 1,212.50. total incl 20% VAT?
!extract g l p | pull the ticket ids: INC0093311 reopened, INC0093402 dup of INC0093311, CHG0012004 closed
!qa g l p | is 4.2.0.17 newer than 4.2.1?
!classify f l p | Is {BAD16_SP} a valid card number? It was handwritten on a returned delivery note.
!qa f l p | The vendor form has IBAN {BADIBAN_DE_SP} and our system rejects it. Why would it do that?
!code g l p | regex for order ids like ORD-2025-000481
!summarize f l i | summarise: "PO 4500987123 raised 03/03, goods received 12/03 against GRN 77120, invoice 90044817 matched, payment run 28/03."
!draft f l p | reminder email for invoice INV-2025-00917 (EUR 3,420.00), due 15/02/2025, now 30 days overdue
!reasoning g m i | build 7.14.2.1003 crashes on start but 7.14.1.998 doesn't. what should we check first?
!translate g l p | French: "Your order #40519932 has shipped and should arrive on 18 March."
!sentiment g l p | how does this read: "Ticket #58812 closed AGAIN without a fix. Third time."
!extract f l p | amounts and due dates: "Instalment 1: USD 12,500.00 due 01/04/2025; Instalment 2: USD 12,500.00 due 01/07/2025; 5% retention released 31/12/2025."
!classify g l p | tracking number or order number? 1Z999AA10123456784, 112-3345567-8890123, 9400111899223857264810
!classify s l p | Our DLP scanner flagged {BAD16_NONE} in an app log as a credit card. False positive?
!extract f l p | get the account references from this remittance: "Paid from acct 40-11-62 71239904 to IBAN {BADIBAN_GB}, ref 2025/0331, amount GBP 7,800.00"
!code f l p | why does my iban check return False for '{BADIBAN_NL}'? here's the code: `return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1`
!qa g l p | which is newer, v2.10.3 or v2.9.12?
!chat g l p | thanks, ticket CS-40021 can be closed now
!summarize m l i | summarise: "Flu vaccine batch 24B117 recalled on 2025-02-11. Lots 24B117-03 and 24B117-04 affected. Return all stock by 28/02."
!qa s l p | CVE-2024-21762, CVE-2023-4966, CVE-2021-44228: which one is Log4Shell?
!draft l l p | letter quoting claim no. CL-2025-000188 and our ref LIT/4471/RB asking the court for a 14-day extension to file our defence
!math f l p calc | fee at 0.35% on 1,250,000.00, and at 0.2% on EUR 98.450,75 - total fees?
!extract g l p | serials and MACs from the asset list: SN-4471-2290-1183, SN-4471-2290-1190, MAC 00:1a:2b:3c:4d:5e, MAC 00:1a:2b:3c:4d:7f
!translate f l p | Dutch: "The IBAN {BADIBAN_IT_SP} you gave us failed validation. Please check it and send it again."
!math g l p calc | version 4.2.0.17 took 312 s to build, 4.2.0.18 took 287 s. how much faster in %?
!extract m l i | lot numbers and expiry dates: "Amoxicillin 500mg lot AX2291 exp 2026-08; lot AX2307 exp 2026-11"
!qa g l p | the form rejected {BADNRIC} as an NRIC - does that mean it's been mistyped?
!classify f l p | These two numbers are on the same receipt: {BAD16_DASH} and {BAD16_C}. Card numbers or transaction references?
!reasoning f m p | Bank says the transfer to {BADIBAN_ES} bounced on 14/03/2025. What could have gone wrong?
!extract g l p | from "Purchase order PO-77120 dated 2025-03-04, SKU 4410-2231-0098-7765 x 12, unit 18.40, delivery 2025-03-21" give me PO, date, SKU, qty, price
!qa g l p | what's the difference between build 2025.03.11.4 and 2025.3.11-rc4 in our naming? (they look the same to me)
!summarize g l i | status please: "JIRA-4471 done, JIRA-4480 in review, JIRA-4492 blocked by JIRA-4471 (reopened 12/03), JIRA-4503 not started"
!extract f l p | Statement reference {BAD16_B} appears on page 2 - pull it and the statement date 31/03/2025 into two fields
"""

PII_MIX = r"""
draft f l r | Hi, can you write a short email to [[P|Marisol Ortega]] ([[E|m.ortega@lumenre.com]]) confirming we've received the claim payment into {IBAN_FR_SP}? Amount EUR 18,200.
summarize s l r | summarise this for the fraud file: "Caller claimed to be [[P|George Haddad]], DOB 12/08/1979, wanted to add a new payee and raise the daily limit. Could not answer security questions. Card on file {MC_DASH}. Number called from: [[PH|+1 (312) 555-0178]]. Flagged and call ended."
extract f l r | from this booking confirmation, give me name, card, amount: "Guest: [[P|Anika Sharma]] | Card: {VISA_NONE} | Total charged: INR 48,600 | Contact: [[PH|+91 98450 22317]]"
classify f l r | Which of these three payment records have the card number unmasked and need to be purged?\n1. **** **** **** 4471, [[P|S. Okonkwo]]\n2. {MC2_NONE}, [[P|Pedro Alves]]\n3. {AMEX_NONE}, [[P|Ellen Marsh]]
draft s m r | a customer emailed their full card number ({VISA_SP}) and CVV to support@. write the reply telling them we've deleted it and they should cancel the card
reasoning s m c | is it safe that our CRM shows full phone numbers like [[PH|+61 412 883 190]] to every sales rep, or should they be masked?
extract g l c | contact card from this signature: "[[P|Laurent Dubois]] | Head of Partnerships | [[E|laurent.dubois@orbicloud.fr]] | [[PH|+33 6 12 45 78 90]]"
draft g l c | write a message to [[P|Kenji Watanabe]] ([[PH|+81 90-4412-7735]]) saying his replacement laptop arrives Thursday
reasoning s m c | the IP [[IP|2a01:4f8:c17:3b9a::1]] keeps showing up in our auth logs from different user accounts. what could explain it and what should we look at?
summarize l l r | summarise this for the case file: "[[P|Marcus Webb]], SSN {SSN1}, claims his former employer misclassified him as a contractor from 2021 to 2024 and seeks back overtime and benefits. Contact: [[E|mwebb.1984@yahoo.com]], [[PH|(415) 555-0162]]."
extract g l r | new starter form - pull into JSON: "Name: [[P|Kelvin Ong]] / NRIC: {NRIC5} / Start date: 1 April 2025 / Mobile: [[PH|8123 4567]] / Email: [[E|kelvin.ong@gmail.com]]"
draft m l c | text reminder to [[P|Olga Petrenko]], [[PH|+49 151 2345 6789]], about her physio appointment tomorrow at 8:30, bring shorts
extract s l c | from this abuse report, list the IPs and the account: "Account [[E|shop-admin@brightkart.co]] was accessed from [[IP|103.74.19.212]] and [[IP|fe80::1c2a:9ff:fe33:7d10]] (internal), then API keys were rotated."
reasoning s m r | [[P|Thomas Reilly]] wants us to pay his overdue invoice to a different IBAN, {IBAN_DE}, than the one on file. He called from [[PH|+353 86 771 2290]]. Do we pay?
"""

MULTI = r"""
draft s m i => Draft a policy on using personal phones for work email ;; math f l i calc => work out what it would cost to give all 120 staff a company phone at 28 a month for two years ;; creative g l p => write a catchy line for the launch poster | Draft a policy on using personal phones for work email, work out what it would cost to give all 120 staff a company phone at 28 a month for two years, and write a catchy line for the launch poster.
qa f l p => What's a reverse mortgage ;; reasoning f m p => is it a sensible option for my parents, who are 74, own their house outright but have almost no income | What's a reverse mortgage, and is it a sensible option for my parents, who are 74, own their house outright but have almost no income?
summarize l l p => summarise the citations below ;; extract l l p => list the case names with years | Please summarise the citations below and list the case names with years:\n- Donoghue v Stevenson [1932] UKHL 100: manufacturer owes a duty of care to the ultimate consumer.\n- Hadley v Baxendale (1854) 9 Exch 341: damages limited to losses that were reasonably foreseeable.\n- Photo Production v Securicor [1980] AC 827: exclusion clauses can cover fundamental breach if clearly worded.
chat g l p => hey, hope you had a good weekend ;; qa g l p => how do I set up a recurring meeting in Outlook that skips bank holidays? | hey, hope you had a good weekend! quick one: how do I set up a recurring meeting in Outlook that skips bank holidays?
math f l p calc => how much interest will I pay on a 15k car loan at 6.9% over 4 years ;; reasoning f m p => is it better to just use my savings instead | how much interest will I pay on a 15k car loan at 6.9% over 4 years, and is it better to just use my savings instead? I have 22k saved, earning 4%.
translate m l p => translate this into Ukrainian ;; draft m l p => write a short cover note for the patient's family | Two things. 1) translate this into Ukrainian: "Your father is stable and comfortable. Visiting hours are 2pm to 8pm. Please speak to the nurse in charge if you have questions." 2) write a short cover note for the patient's family to go with it.
code g l p => write a python script that renames our invoice PDFs to YYYY-MM-DD_vendor.pdf ;; qa g l p => how do I schedule it to run every night on Windows | write a python script that renames our invoice PDFs to YYYY-MM-DD_vendor.pdf using the date and vendor in the filename, and how do I schedule it to run every night on Windows?
classify s l i => Classify these alerts by severity ;; draft s l i => draft the shift handover note | Classify these alerts by severity and draft the shift handover note:\n- 02:10 impossible travel, user in London then Lagos 20 min apart\n- 03:45 AV quarantined adware on a kiosk PC\n- 04:30 new global admin added in Entra ID outside change window
qa m l p => what are the early signs of a stroke ;; creative g l p => make up an easy way for my kids to remember them | what are the early signs of a stroke, and make up an easy way for my kids to remember them
extract l l i => pull the notice periods from these clauses ;; reasoning l m i => tell me which one is most restrictive for us | pull the notice periods from these clauses and tell me which one is most restrictive for us: "A. Either party may terminate on 3 months' written notice. B. Customer may terminate for convenience on 6 months' notice expiring on an anniversary of the Effective Date. C. Supplier may terminate on 30 days' notice if Customer fails to pay."
sentiment g l p => How do people feel about the four-day week trial ;; summarize g l p => what are the main concerns | How do people feel about the four-day week trial, and what are the main concerns?\n"Best thing we've ever done, I'm so much less tired." / "Fridays are now chaos because clients still call." / "Love it but I'm working longer days to fit everything in." / "Honestly no difference for me."
draft f l i => write the email to the team about the new expense tool ;; translate f l i => do a German version too | write the email to the team about the new expense tool (go-live 1 May, old forms accepted until 15 May, receipts by photo) and do a German version too
math m l p calc => how many tablets do I need for a 10 day course at 500mg three times a day if each tablet is 250mg ;; qa m l p => should I finish the course even if I feel better | how many tablets do I need for a 10 day course at 500mg three times a day if each tablet is 250mg? also should I finish the course even if I feel better
qa s l p => What's the difference between MFA and 2FA ;; draft s l i => draft a two-line FAQ answer for the intranet | What's the difference between MFA and 2FA? Then draft a two-line FAQ answer for the intranet.
reasoning g m i => weigh up whether to move our status page to a hosted service ;; math g l i calc => what would 3 years cost at 79/month vs the 2 days a quarter we spend maintaining ours at 600/day | weigh up whether to move our status page to a hosted service, and what would 3 years cost at 79/month vs the 2 days a quarter we spend maintaining ours at 600/day
extract f l c => Pull the amounts owed ;; draft f l c => write a friendly payment reminder to each | Pull the amounts owed and write a friendly payment reminder to each:\n[[P|Declan Byrne]] - 420.00 - 45 days overdue\n[[P|Amara Nwosu]] - 1,180.00 - 12 days overdue
code s l p => Write a regex that catches AWS access keys in commits ;; qa s l p => explain why committing them is such a big deal | Write a regex that catches AWS access keys in commits, and explain why committing them is such a big deal.
summarize m l p => Summarise the NICE guidance on this in 5 bullets ;; draft m l i => draft an email to the practice team about what changes for us | Summarise the NICE guidance on this in 5 bullets and draft an email to the practice team about what changes for us:\n"Offer a statin to people aged 85 or over if they would benefit; consider comorbidities, frailty and life expectancy. Do not rule out statins on the basis of a 10-year risk score alone."
classify f l p => put these expenses into categories ;; math f l p calc => total per category | put these expenses into categories and total per category: taxi 24.50, hotel 189.00, train 62.40, dinner 48.00, taxi 17.80, lunch 12.95
chat g l p => Thanks for the help earlier ;; translate g l p => can you translate the final version into Dutch? | Thanks for the help earlier! can you translate the final version into Dutch? "We'll be closed on 27 April for King's Day. Orders placed that day will ship on the 28th."
reasoning l m p => Can my landlord keep my deposit for repainting after a 4-year tenancy ;; draft l l p => draft an email disputing it | Can my landlord keep my deposit for repainting after a 4-year tenancy? If not, draft an email disputing it.
qa g l p => What's the difference between a VLOOKUP and an XLOOKUP ;; code g l p => write me the XLOOKUP for pulling price from Sheet2 by SKU | What's the difference between a VLOOKUP and an XLOOKUP? Also write me the XLOOKUP for pulling price from Sheet2 by SKU.
summarize s l i => summarise the advisory ;; reasoning s l i => tell me if we're affected ;; draft s l i => write the ticket for the infra team | We run FortiOS 7.2.6 on both edge firewalls. summarise the advisory, tell me if we're affected, and write the ticket for the infra team:\n"FG-IR-24-015: An out-of-bounds write in sslvpnd may allow a remote unauthenticated attacker to execute arbitrary code. Affected: FortiOS 7.4.0-7.4.2, 7.2.0-7.2.6, 7.0.0-7.0.13. Workaround: disable SSL VPN. Exploited in the wild."
creative g l p => write a short poem for the nurses' appreciation board ;; translate g l p => then translate it into Tagalog | write a short poem for the nurses' appreciation board, then translate it into Tagalog for our Filipino colleagues
extract m l c => list the symptoms and their durations ;; classify m l c => urgent or routine? | list the symptoms and their durations, then urgent or routine?\n"Patient [[P|Deborah Lane]] reports headaches for 3 weeks, worse in the morning, vomiting for 2 days, and blurred vision since yesterday."
draft g l i => Write the agenda for Thursday's planning ;; math g l p calc => how long will it run if each of 7 teams gets 12 minutes plus 10 minutes of Q&A each | Write the agenda for Thursday's planning, and how long will it run if each of 7 teams gets 12 minutes plus 10 minutes of Q&A each?
qa l l p => What is a DPIA ;; reasoning l m i => do we need one for rolling out call recording in the contact centre | What is a DPIA, and do we need one for rolling out call recording in the contact centre?
sentiment f l p => What's the mood in these comments about the rate cut ;; summarize f l p => sum up what people expect next | What's the mood in these comments about the rate cut, and sum up what people expect next?\n- "About time, mortgages have been crushing people."\n- "Savers get punished again."\n- "Too little too late, one cut won't fix anything."\n- "Markets had priced this in weeks ago."
code g m i code => Write a script that checks all our internal links in the docs folder ;; summarize g l i => summarise the broken ones by page | Write a script that checks all our internal links in the docs folder, run it, and summarise the broken ones by page.
qa f l p web => what's today's EUR/USD rate ;; math f l p calc => how much is 48,000 euros in dollars at that rate | what's today's EUR/USD rate and how much is 48,000 euros in dollars at that rate
reasoning s m i => Should we block personal webmail on corporate laptops ;; draft s l i => write the announcement if we do | Should we block personal webmail on corporate laptops? Think about the trade-offs. And write the announcement if we do.
extract g l p => get the action items ;; classify g l p => mark each one as this week or later | get the action items and mark each one as this week or later: "Sara to send the deck by Wed. Leo to book the venue for June. Everyone to review the budget before Friday's call. Dev team to look at the login bug next sprint."
qa m l p => What's the normal range for blood pressure ;; math m l p calc => what's my average from these readings: 142/91, 138/88, 135/86, 147/93 | What's the normal range for blood pressure, and what's my average from these readings: 142/91, 138/88, 135/86, 147/93?
draft l m i => Draft a clause saying the customer owns all outputs generated by our AI features ;; reasoning l m i => explain what risk that creates for us | Draft a clause saying the customer owns all outputs generated by our AI features, and explain what risk that creates for us.
translate g l p => translate into Spanish and French ;; creative g l p => suggest a shorter catchier version in English | translate into Spanish and French, and suggest a shorter catchier version in English: "Join us for the summer party on the roof terrace, 5pm Friday, food and drinks provided."
summarize f l i => condense the board pack section on liquidity ;; extract f l i => list any covenant figures ;; reasoning f m i => flag anything that looks tight | condense the board pack section on liquidity, list any covenant figures, and flag anything that looks tight:\n"Liquidity: cash and undrawn RCF of GBP 86m (Dec: GBP 112m). Net debt/EBITDA 2.8x against a covenant of 3.25x. Interest cover 4.1x (covenant 3.0x). RCF of GBP 150m matures Sept 2026; refinancing discussions have started with two lenders."
chat g l p => good morning ;; classify g l p => can you sort these emails into reply today / this week / FYI | good morning :) can you sort these emails into reply today / this week / FYI?\n1. "Contract renewal - need signature by 5pm"\n2. "Newsletter: March product updates"\n3. "Can we chat about Q3 hiring sometime next week?"\n4. "Server maintenance tonight 11pm-1am"
qa s l p => what is a SIM swap attack ;; reasoning s m p => how do I protect my bank account from one | what is a SIM swap attack and how do I protect my bank account from one
code m m i => write SQL that finds patients discharged in the last 30 days without a follow-up appointment ;; qa m l p => why does 30-day follow-up matter for readmissions | write SQL that finds patients discharged in the last 30 days without a follow-up appointment. why does 30-day follow-up matter for readmissions anyway?
math f l p calc => work out my take-home on 62k ;; qa f l p => explain what the student loan plan 2 deduction is | work out my take-home on 62k (England, plan 2 student loan, 5% pension) and explain what the student loan plan 2 deduction is
draft g l p => write a thank-you note to the caterers ;; creative g l p => add a fun PS about the brownies | write a thank-you note to the caterers and add a fun PS about the brownies
sentiment l l c => how does the employee feel ;; classify l l c => is this a formal grievance or an informal complaint ;; draft l m c => draft HR's acknowledgement | how does the employee feel, is this a formal grievance or an informal complaint, and draft HR's acknowledgement:\n"From [[P|Jasmine Cole]]: I have raised twice now that my manager schedules me for every weekend shift while others get none. I feel singled out and I am exhausted. I want this formally looked at."
extract s l i => list the ports and services ;; reasoning s m i => tell me which ones shouldn't be open to the internet | nmap says this, list the ports and services and tell me which ones shouldn't be open to the internet:\n22/tcp open ssh OpenSSH 8.2\n80/tcp open http nginx\n443/tcp open https nginx\n3306/tcp open mysql MySQL 5.7\n6379/tcp open redis\n9200/tcp open http Elasticsearch
classify m l p => which of these need a prescription in the UK ;; qa m l p => why is codeine behind the pharmacy counter | which of these need a prescription in the UK: amoxicillin, ibuprofen 200mg, sertraline, co-codamol 8/500? and why is codeine behind the pharmacy counter?
math g l p calc => if we print 850 brochures at 0.42 each plus 60 setup, what's the total ;; draft g l p => write the PO request to the print shop | if we print 850 brochures at 0.42 each plus 60 setup, what's the total? then write the PO request to the print shop
reasoning f m i => Should we offer annual prepay at a 15% discount ;; math f l i calc => what does it do to cash in year one if 30% of our 400 customers at 99/month take it | Should we offer annual prepay at a 15% discount? And what does it do to cash in year one if 30% of our 400 customers at 99/month take it?
translate l l p => translate this clause into English ;; summarize l l p => tell me in one line what it means | translate this clause into English and tell me in one line what it means: "Le présent contrat est conclu pour une durée d'un an, renouvelable par tacite reconduction, sauf dénonciation par l'une des parties avec un préavis de trois mois."
qa g l p => how do I export a Teams chat ;; chat g l p => thanks in advance | how do I export a Teams chat? thanks in advance
draft m l i => Write the message to theatre staff about the new WHO checklist ;; creative g l p => give it a memorable title | Write the message to theatre staff about the new WHO checklist roll-out on 1 May, and give it a memorable title.
extract s l c => get the usernames and source IPs ;; summarize s l c => summarise what the attacker tried | get the usernames and source IPs, and summarise what the attacker tried:\nFailed password for root from [[IP|61.177.172.140]] port 44121\nFailed password for admin from [[IP|61.177.172.140]] port 44139\nInvalid user ubnt from [[IP|218.92.0.31]] port 51022\nFailed password for pi from [[IP|218.92.0.31]] port 51050
math l l p calc => how many working days do I have to appeal if the decision letter is dated 3 March and the deadline is 28 days ;; draft l m p => draft the appeal letter for the parking fine | how many working days do I have to appeal if the decision letter is dated 3 March and the deadline is 28 days? also draft the appeal letter for the parking fine - the signs were covered by scaffolding
qa f l p => what's a credit default swap ;; qa f l p => why did they matter in 2008 | what's a credit default swap and why did they matter in 2008
code g l p => write a SQL query to get monthly active users from the events table ;; code g l p => add a test | - write a SQL query to get monthly active users from the events table (user_id, event_ts)\n- add a test with a few fake rows
sentiment m l c => read these ward comments and tell me the overall mood ;; extract m l c => list any specific staff praised by name | read these ward comments and tell me the overall mood, and list any specific staff praised by name:\n"Nurse [[P|Abi Mensah]] was wonderful at night." / "Food was cold every day." / "Dr [[P|Callum Reid]] explained everything so clearly." / "Too noisy to sleep."
reasoning g m p => Help me decide between two job offers ;; math f l p calc => what's the difference in total comp over 3 years | Help me decide between two job offers: A is 68k + 10% bonus, fully remote; B is 75k, no bonus, 3 days in office, 1h commute each way. what's the difference in total comp over 3 years, assuming the bonus pays out in full?
draft s l i => write a phishing simulation email for our next test ;; classify s l i => list which departments should get the hardest version | write a phishing simulation email for our next test (fake parcel delivery theme) and list which departments should get the hardest version: Finance, HR, Engineering, Reception
qa g l p => what time zone is Singapore ;; math g l p calc => if it's 9:30 in London what time is it there | what time zone is Singapore, and if it's 9:30 in London what time is it there
extract l l p => extract the deadlines ;; draft l l i => put them into a calendar-ready list with reminders a week before | extract the deadlines and put them into a calendar-ready list with reminders a week before: "Defence due 28 days after service (served 6 March). Disclosure by 30 June. Witness statements exchanged by 15 August. Trial window opens 1 December."
"""

EXTRA = r"""
summarize g l p | summarise in two lines: "The library will move to reduced hours from 1 April: Monday to Thursday 9 to 7, Friday 9 to 5, closed weekends. Self-service returns stay open 24/7."
qa g l p | what's a good way to structure a one-to-one with a new report?
summarize f l p | short version: "From 1 July, the monthly account fee rises from 3 to 4.50. Customers who pay in at least 1,000 a month will have the fee waived. Overdraft rates are unchanged."
summarize s l p | sum up: "Attackers increasingly use QR codes in phishing emails because many mail filters don't scan images. Victims scan with their phone, which is often outside corporate protection."
summarize m l p | summarise for a patient newsletter: "A new walk-in phlebotomy service opens at the Parkside site on 7 April. No appointment needed Monday to Friday 7:30-11:00. Fasting tests still require booking."
summarize l l p | Summarise: "The Act introduces a 'failure to prevent fraud' offence. Large organisations will be liable if an employee commits fraud intending to benefit the organisation, unless it had reasonable prevention procedures in place."
sentiment f l p | happy or annoyed? "Switched my mortgage over and the whole thing took 10 minutes. Wish everything was this easy."
sentiment s l p | how's the team taking the new password rules: "another 16 characters?? fine. whatever. I'll just write it down"
sentiment m l p | Tone of this review of the clinic: "Reception were rude but the doctor was lovely and really took her time."
sentiment l l p | is the other side being cooperative: "Our client is open to a without-prejudice discussion and proposes a call next week."
translate s l p | French: "Report suspicious emails with the Phish Alert button."
translate f l p | Italian: "Your claim has been approved and payment will be made within 5 working days."
translate m l p | to Romanian: "Take one tablet twice a day with food."
translate l l p | Turkish: "You have the right to appeal this decision within 30 days."
classify g l p | meeting, deadline or FYI: "timesheets due by 5pm Friday"
extract g l p | get the URLs: "docs at wiki.internal/onboarding, status page status.example.com, form at forms.example.com/join"
qa l l p | can I record a Teams call without telling people?
draft s l p | Text for a poster: don't hold the door for people you don't know
creative g l p | Make up a superhero whose power is finding bugs in other people's code
reasoning g m p | Standing desks for everyone or a better coffee machine - we have budget for one. Convince me either way.
math g l p calc | 12 people, pizza 14.99 each, one pizza feeds 3. cost?
qa g l p | why does my laptop fan go crazy on video calls
qa f l i retr | per the travel policy on our wiki, what's the daily allowance for Singapore?
summarize s l i retr | summarise what our incident response runbook in Confluence says to do in the first hour of a ransomware attack
qa l l i retr | do we have a signed DPA with Kumo? check the contract repository
qa m l i retr | what does the trust's antimicrobial guideline say is first-line for CAP with a penicillin allergy?
reasoning g m i retr | Go through last quarter's churn interview notes in the shared drive and tell me why SMB customers are leaving.
draft g l c | text to [[P|Rob Castillo]] at [[PH|415.555.0199]]: the van's running 20 min late, should be there by 11
code g l p | convert this curl to python requests: curl -X POST https://api.example.com/v1/jobs -H "Authorization: Bearer TOKEN" -d '{"name":"nightly"}'
"""

_BLOCKS = (
    FINANCE,
    LEGAL,
    MEDICAL,
    SECURITY,
    GENERAL,
    HARD_NEGATIVES,
    PII_MIX,
    MULTI,
    EXTRA,
)


def rows() -> list[Row]:
    placeholders = Placeholders(_MAT, _GEN)

    def expand(raw: str) -> tuple[str, str]:
        text, level = placeholders(raw)
        inline = _INLINE_RE.sub(lambda m: mark(_INLINE[m.group(1)], m.group(2)), text)
        return inline.strip(), level

    return line_rows(_BLOCKS, prefix="diverse7", expand=expand)


def main() -> None:
    write_and_check(
        HERE / "train_diverse7.jsonl",
        rows(),
        scan_unmarked=True,
        card=CARD_TOKEN,
        leftover=re.compile(r"\[\[[A-Z]+\|"),
    )


if __name__ == "__main__":
    main()
