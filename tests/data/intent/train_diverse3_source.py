"""Third independent hand-written TRAIN corpus (writes ``train_diverse3.jsonl``).

Why: the hand-written held-out sets are far below the template split on
intent and domain. This corpus is written in the voice of an enterprise
workplace -- finance ops, HR, legal, a hospital ward, a SOC/IT team,
marketing, engineering and sales -- and concentrates on what those people
actually paste into a work assistant: emails, Slack threads, tickets, log
excerpts, contract clauses, clinical letters, spreadsheets as text, code,
policy excerpts and meeting notes. Many asks carry a neutral verb
("summarise this", "pull out the dates", "tone?") so the domain has to come
from the material; many are multi-task asks over one shared document; about a
quarter are the short follow-ups a work assistant gets ("now shorter",
"why?", "same for Q3"). Hard negatives put order/invoice/ticket ids, version
strings, Luhn-failing 16-digit numbers and IBAN-shaped strings with a wrong
checksum into otherwise ordinary asks. Written without looking at any model
output; it never reads fresh*.jsonl or test.jsonl.

Label guide (kept consistent with train_diverse2 / fresh3): domain is whose
expert you would ask -- personal money, tax, insurance cover, prices,
budgets, accounting -> finance; rights, disputes, contracts, compliance,
employment law -> legal; symptoms, drugs, care, clinical notes -> medical;
accounts, attacks, phishing, malware, access, vulnerabilities -> security;
office/social/technical-not-security asks that only mention such words ->
general. A neutral task takes the domain of the material it acts on.
Sensitivity is the highest of the spec, the pasted material's level and the
PII in the request (names/emails/phones/IPs -> confidential; cards, IBANs,
SSNs, NRICs -> restricted). Math tasks always need the calculator.

Row format, one per line: ``[!]spec [=> clause] [;; spec => clause ...] | text``
where spec is ``intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r). A leading ``!`` marks a hard-negative row (PII-shaped
ids, no PII). ``{NAME}`` pastes material (after a blank line) or inserts a
marked PII value / a generated hard-negative string; ``\\n`` is a newline.
Usage: ``python tests/data/intent/train_diverse3_source.py``.
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
    pv,
    write_and_check,
)

_v = Values(20241103)
_rng = _v.rng
_card, _bad_card = _v.card, _v.bad16


def _iban(country: str, spaced: bool, valid: bool = True) -> str:
    return _v.iban(country, spaced) if valid else _v.bad_iban(country, spaced, shift=7)


def M(kind: str, value: str) -> str:
    return mark(kind, value)


def P(name: str) -> str:
    return mark("PERSON", name)


# inline PII values
_PII = {
    "CARD_VISA_SP": M("CREDIT_CARD", _card("4", 16, " ")),
    "CARD_VISA_NONE": M("CREDIT_CARD", _card("4", 16, "")),
    "CARD_MC_DASH": M("CREDIT_CARD", _card("53", 16, "-")),
    "CARD_MC2_SP": M("CREDIT_CARD", _card("2221", 16, " ")),
    "CARD_AMEX_SP": M("CREDIT_CARD", _card("37", 15, " ")),
    "CARD_AMEX_NONE": M("CREDIT_CARD", _card("34", 15, "")),
    "CARD_DISC_DASH": M("CREDIT_CARD", _card("6011", 16, "-")),
    "CARD_VISA_DASH": M("CREDIT_CARD", _card("4", 16, "-")),
    "IBAN_GB": M("IBAN", "GB82 WEST 1234 5698 7654 32"),
    "IBAN_DE": M("IBAN", "DE89370400440532013000"),
    "IBAN_DE_SP": M("IBAN", "DE89 3704 0044 0532 0130 00"),
    "IBAN_FR": M("IBAN", "FR14 2004 1010 0505 0001 3M02 606"),
    "IBAN_NL": M("IBAN", "NL91ABNA0417164300"),
    "IBAN_ES": M("IBAN", _iban("ES", True)),
    "IBAN_IT": M("IBAN", _iban("IT", False)),
    "IBAN_CH": M("IBAN", "CH9300762011623852957"),
    "IBAN_PL": M("IBAN", _iban("PL", True)),
    "IBAN_IE": M("IBAN", _iban("IE", False)),
    "IBAN_SE": M("IBAN", _iban("SE", True)),
    "IBAN_AT": M("IBAN", _iban("AT", False)),
    "SSN1": M("US_SSN", pv.ssn(_rng)),
    "SSN2": M("US_SSN", pv.ssn(_rng)),
    "SSN3": M("US_SSN", pv.ssn(_rng)),
    "NRIC1": M("SG_NRIC", pv.nric(_rng)),
    "NRIC2": M("SG_NRIC", pv.nric(_rng)),
    "NRIC3": M("SG_NRIC", pv.nric(_rng)),
    "EM_HR": M("EMAIL", "people-ops@larkspur-health.org"),
    "EM_AP": M("EMAIL", "ap.invoices@orbitaltextiles.com"),
    "EM_JM": M("EMAIL", "j.morales@acme-corp.io"),
    "EM_SV": M("EMAIL", "svetlana.ivic@kestrelpartners.eu"),
    "EM_TM": M("EMAIL", "tmcallister+billing@gmail.com"),
    "EM_DR": M("EMAIL", "r.achebe@stbarnabas.nhs.uk"),
    "PH_US1": M("PHONE", "(415) 555-0132"),
    "PH_US2": M("PHONE", "+1-646-555-0199"),
    "PH_US3": M("PHONE", "312.555.0148"),
    "PH_UK1": M("PHONE", "+44 20 7946 0958"),
    "PH_UK2": M("PHONE", "07700 900461"),
    "PH_SG1": M("PHONE", "+65 9123 4567"),
    "PH_SG2": M("PHONE", "8234 5521"),
    "PH_DE": M("PHONE", "+49 30 1234 5678"),
    "PH_FR": M("PHONE", "+33 1 42 68 53 07"),
    "PH_IN": M("PHONE", "+91 98765 43210"),
    "PH_AU": M("PHONE", "+61 412 345 678"),
    "IP4_EXT1": M("IP_ADDRESS", "45.83.64.19"),
    "IP4_EXT2": M("IP_ADDRESS", "103.151.22.8"),
    "IP4_INT": M("IP_ADDRESS", "10.20.4.77"),
    "IP4_HOME": M("IP_ADDRESS", "192.168.1.54"),
    "IP6_1": M("IP_ADDRESS", "2001:db8:4f2a::1c"),
    "IP6_2": M("IP_ADDRESS", "fe80::1ff:fe23:4567:890a"),
    "IP6_3": M("IP_ADDRESS", "2a01:4f8:c17:9a3::1"),
    "P_HK": P("Hannah Kowalski"),
    "P_LO": P("Luis Ortega"),
    "P_MT": P("Mei Lin Tan"),
    "P_GL": P("Greta Lindqvist"),
    "P_SH": P("Samira Haddad"),
    "P_CW": P("Connor Walsh"),
    "P_TW": P("Tan Wei Ming"),
    "P_RA": P("Rosa Achebe"),
    "P_DM": P("Declan Murphy"),
    "P_AN": P("Anjali Nair"),
    "P_BF": P("Bruno Ferreira"),
    "P_YS": P("Yuki Sato"),
    "P_OE": P("Oluwaseun Eze"),
    "P_ML": P("Marta Lopez"),
    "P_TM": P("Tom McAllister"),
}

# hard-negative strings (PII-shaped, not PII): generated so the checksum fails
_NEG = {
    "BADCARD_SP": _bad_card(" "),
    "BADCARD_DASH": _bad_card("-"),
    "BADCARD_NONE": _bad_card(""),
    "BADCARD_NONE2": _bad_card(""),
    "BADIBAN_DE": _iban("DE", True, valid=False),
    "BADIBAN_GB": _iban("GB", False, valid=False),
    "BADIBAN_FR": _iban("FR", True, valid=False),
    "BADIBAN_NL": _iban("NL", False, valid=False),
    "BADNRIC": pv.bad_nric(_rng),
}

# pasted material: name -> (text, sensitivity it implies)
_MAT: dict[str, tuple[str, str]] = {
    # ---- finance ops
    "AP_AGING": (
        "AP ageing as at 30 Sep (EUR)\nsupplier, current, 31-60, 61-90, 90+\nNordfreight GmbH, 12,400, 3,150, 0, 0\nBrightPaper Ltd, 0, 0, 1,870, 4,220\nCloudnine Hosting, 8,990, 8,990, 0, 0\nKarsten Facilities, 2,310, 0, 0, 0\nTotal, 23,700, 12,140, 1,870, 4,220",
        "internal",
    ),
    "VARIANCE": (
        "P&L vs budget - August (k USD)\nline | budget | actual | var\nRevenue | 1,240 | 1,187 | -53\nCOGS | 496 | 512 | -16\nPayroll | 410 | 402 | +8\nMarketing | 95 | 131 | -36\nCloud | 62 | 71 | -9\nEBITDA | 177 | 71 | -106\nFP&A note: marketing overspend is the trade show deposit pulled forward from October.",
        "internal",
    ),
    "BANKCHG": (
        "From: Accounts Receivable <"
        + M("EMAIL", "accounts@nordfreight-gmbh.co")
        + ">\nSubject: URGENT - updated remittance details\nDear Accounts Payable team,\nfollowing an internal audit our banking details have changed with immediate effect. Please make all future payments, including the overdue invoice NF-24-3381, to the account below and confirm by reply once your supplier master data is updated.\nIBAN: "
        + M("IBAN", "GB29 NWBK 6016 1331 9268 19")
        + "\nBeneficiary: Nordfreight Holdings Ltd\nKind regards,\n"
        + P("Markus Lehner")
        + "\nFinance Director",
        "restricted",
    ),
    "EXP_SLACK": (
        "#finance-ops\nTom: anyone know if we reimburse airport lounge passes? sales keep claiming them\nAmara: policy says no unless the flight is over 6h\nTom: one of them is 5h50 lol\nAmara: then no. also 4 claims this month have no receipts attached\nTom: I'll bounce them. can someone write a reminder for #sales?",
        "internal",
    ),
    "PAYRUN": (
        "Payroll exceptions - October run\n1. "
        + P("Hannah Kowalski")
        + " - new joiner 14 Oct, pro-rata salary 3,870.97, bank "
        + M("IBAN", "DE75512108001245126199")
        + "\n2. "
        + P("Luis Ortega")
        + " - 22.5h overtime at 1.5x of 24.10/h, not yet approved by manager\n3. "
        + P("Mei Lin Tan")
        + " - leaver 31 Oct, 6 days untaken holiday to pay out, day rate 212.40\n4. Sales bonus file is missing employee IDs on 3 rows",
        "restricted",
    ),
    "FXNOTE": (
        "Treasury note: we expect USD 2.4m of customer receipts in Q1 against a mostly EUR cost base. Spot EUR/USD 1.085. The bank offers a 3-month forward at 1.092, or a zero-cost collar 1.070-1.110. Board risk appetite: hedge at least 70% of Q1 exposure.",
        "internal",
    ),
    "CARD_DISPUTE": (
        "Hi, my name is "
        + P("Greta Lindqvist")
        + ". There are two charges of 149.00 from your web shop on 02/11 on my card "
        + M("CREDIT_CARD", _card("4", 16, " "))
        + " but I only placed one order. Please refund one of them. You can call me on "
        + M("PHONE", "+46 70 123 45 67")
        + ".",
        "restricted",
    ),
    "PRICING": (
        "Discount guardrails FY25\ndeal size | max discount without approval | approver above that\n< 25k | 10% | sales manager\n25k-100k | 15% | regional VP\n> 100k | 20% | CFO\n3-year prepay: extra 5% allowed\nNo discounts on professional services.",
        "internal",
    ),
    "MKT_SPEND": (
        "Q3 marketing spend (GBP)\nchannel, budget, spent, leads\nLinkedIn ads, 18000, 21400, 312\nGoogle search, 25000, 23950, 645\nWebinars, 6000, 4100, 188\nEvents, 30000, 29200, 97\nContent agency, 9000, 9000, 41",
        "internal",
    ),
    "INS_EMAIL": (
        "From our broker: renewal for the company's property and business interruption cover. Premium up from 18,200 to 23,900. Excess rises from 2,500 to 5,000 per claim. Flood cover now excluded for the Riverside warehouse unless we install flood barriers (est. 14,000). Cyber extension available for an extra 3,100.",
        "internal",
    ),
    "RATES_NEWS": (
        "The central bank held its main rate at 4.5% for a third meeting, but two of nine committee members voted for a cut. Markets now price a first reduction in March. Mortgage lenders have already trimmed two-year fixed deals by around 0.3 points, while savings rates are starting to drift lower.",
        "public",
    ),
    # ---- HR / legal
    "NONCOMP": (
        "14.2 For eighteen (18) months after the Termination Date the Employee shall not, directly or indirectly, be engaged in any business which competes with the Company anywhere in Europe. 14.3 The Employee shall not solicit any client with whom they dealt in the twelve (12) months before the Termination Date. 14.4 Each restriction is separate and severable.",
        "confidential",
    ),
    "GRIEVANCE": (
        "From: "
        + P("Samira Haddad")
        + " <"
        + M("EMAIL", "samira.haddad@larkspur-health.org")
        + ">\nTo: HR\nSubject: formal grievance\nI want to raise a formal grievance about my line manager. Since I came back from maternity leave in June my key accounts have been reassigned, I was left out of the promotion round, and in my review he wrote that I 'no longer seem committed'. I have asked twice for flexible hours and had no written answer. I would like this investigated.",
        "confidential",
    ),
    "DPA": (
        "7.1 The Processor shall notify the Controller without undue delay, and in any event within 48 hours, after becoming aware of a Personal Data Breach. 7.2 The Processor shall not engage a sub-processor without the prior specific written authorisation of the Controller. 9.1 On termination the Processor shall, at the Controller's choice, delete or return all personal data within 30 days.",
        "internal",
    ),
    "LIAB": (
        "11.1 Neither party's aggregate liability arising out of or in connection with this Agreement shall exceed 100% of the Fees paid in the twelve (12) months preceding the event giving rise to the claim. 11.2 Nothing limits liability for death or personal injury caused by negligence, for fraud, or for breach of clause 9 (Confidentiality). 11.3 Neither party is liable for loss of profits, revenue or goodwill.",
        "confidential",
    ),
    "REDLINE": (
        "Customer redline, MSA v4 -> v5:\n- cl. 5.2 payment terms: 30 days -> 60 days\n- cl. 11.1 cap: 100% of 12 months' fees -> 200%\n- new cl. 11.4: uncapped liability for data protection breaches\n- cl. 16 governing law: England and Wales -> State of New York\n- cl. 18.3 auto-renewal deleted",
        "confidential",
    ),
    "HOLD": (
        "LEGAL HOLD NOTICE - Matter 2024-LIT-0193 (Brennan Logistics v. the Company). You have been identified as a custodian. Effective immediately, do not delete, alter or discard any documents, emails, chat messages or files relating to the Brennan warehouse contract from January 2022 onward. This overrides normal retention schedules. Direct questions to the Legal team.",
        "internal",
    ),
    "ART33": (
        "In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority, unless the personal data breach is unlikely to result in a risk to the rights and freedoms of natural persons. Where the notification is not made within 72 hours, it shall be accompanied by reasons for the delay.",
        "public",
    ),
    "DISMISSAL": (
        "Dear "
        + P("Connor Walsh")
        + ",\nFollowing the disciplinary hearing on 3 October, I am writing to confirm the decision to dismiss you with notice for repeated unauthorised absence. Your last working day will be 31 October. You have the right to appeal this decision in writing to the HR Director within 5 working days of receiving this letter.",
        "confidential",
    ),
    "LEAVE_POL": (
        "Parental leave policy (excerpt): employees with 26 weeks' continuous service by the 15th week before the due date receive 16 weeks at full pay, then statutory pay. Partners receive 4 weeks at full pay, to be taken within 8 weeks of the birth. Keeping-in-touch days: up to 10, paid at the daily rate. Requests for flexible working on return must be answered in writing within 2 months.",
        "internal",
    ),
    # ---- hospital
    "ICU_HO": (
        "ICU handover bed 7: 67M, day 3 post open AAA repair. Intubated, FiO2 0.45, PEEP 8. Noradrenaline 0.12 mcg/kg/min, weaning. Urine output 20-25 ml/h for the last 4h, creatinine 142 -> 198. Lactate 2.8. Temp 38.4 overnight, cultures sent. Plan: fluid challenge, renal review, CT abdomen if lactate keeps rising.",
        "confidential",
    ),
    "REFERRAL": (
        "Referral to Gastroenterology\nPatient: "
        + P("Tan Wei Ming")
        + ", NRIC "
        + M("SG_NRIC", pv.nric(_rng))
        + ", DOB 12/05/1961\nDear colleague, thank you for seeing this 63-year-old man with 3 months of intermittent dysphagia to solids, 6 kg weight loss and iron-deficiency anaemia (Hb 102, ferritin 9). No NSAID use. Father had gastric cancer. I would be grateful for an urgent OGD.\nBukit Merah Family Clinic, tel "
        + M("PHONE", "6271 3344"),
        "restricted",
    ),
    "DATIX": (
        "Incident report 14/10 22:10, Ward 9. Patient in bed 12 was given enoxaparin 40 mg at 18:00 and again at 22:00 by a different nurse; the first dose had been signed on the paper chart, not on the eMAR. No bleeding seen; platelets and Hb requested; on-call doctor informed. Contributing factors: partial switch to eMAR, agency staff unfamiliar with the system.",
        "confidential",
    ),
    "LABS_FE": (
        "FBC: Hb 84 (L), MCV 71 (L), WBC 6.2, Plt 455 (H). Ferritin 6 (L). B12 310, folate 5.1. LFTs normal. CRP 3. eGFR >90. TSH 2.1.",
        "confidential",
    ),
    "HF_LETTER": (
        "Heart failure clinic. 71F, HFrEF (EF 30%), NYHA II. Weight up 2.5 kg in a week, ankles more swollen. On bisoprolol 5 mg, ramipril 5 mg, furosemide 40 mg od, dapagliflozin 10 mg. K 4.8, creatinine 121. Plan: furosemide 40 mg bd for 5 days then back to od, U&E in 1 week, titrate bisoprolol to 7.5 mg at next visit.",
        "confidential",
    ),
    "PT_COMPLAINT": (
        "I am writing about my mother's stay on Ward 5 last week. She waited 9 hours in A&E on a trolley, her hearing aids were lost, and on two nights nobody helped her to the toilet. When she was discharged nobody explained her new tablets. The doctors were kind but clearly overstretched. I want to know what will be done about this.",
        "confidential",
    ),
    "ROTA": (
        "Ward 6 Christmas rota (draft)\n24 Dec early: Aoife, Ben, Chidi | late: Dora, Emil | night: Farah, Greg\n25 Dec early: Aoife, Hana | late: Ben, Ivo, Jess | night: Farah, Kim\n26 Dec: 2 gaps on nights\nRequests: Ben asked for the 25th off (not granted yet); Jess swapped with Dora.",
        "internal",
    ),
    "TRIAL": (
        "In this randomised trial of 4,212 adults with type 2 diabetes and chronic kidney disease, the study drug reduced the composite of kidney failure, sustained eGFR decline of 50% or more, or renal death by 32% versus placebo over a median 2.4 years (HR 0.68, 95% CI 0.57-0.81). Genital mycotic infections were more common (3.1% vs 0.9%).",
        "public",
    ),
    # ---- SOC / IT
    "AUTHLOG": (
        "Oct 12 03:14:07 vpn-gw01 auth: FAIL user=jmorales src="
        + M("IP_ADDRESS", "45.83.64.19")
        + "\nOct 12 03:14:09 vpn-gw01 auth: FAIL user=jmorales src="
        + M("IP_ADDRESS", "45.83.64.19")
        + "\nOct 12 03:14:12 vpn-gw01 auth: FAIL user=akim src="
        + M("IP_ADDRESS", "45.83.64.19")
        + "\nOct 12 03:15:40 vpn-gw01 auth: OK user=akim src="
        + M("IP_ADDRESS", "45.83.64.19")
        + " mfa=push_approved\nOct 12 03:17:02 fs01 smb: user=akim src="
        + M("IP_ADDRESS", "10.20.4.77")
        + " read share=finance path=/payroll/2024/*",
        "confidential",
    ),
    "EDR": (
        "EDR alert HIGH - host MKT-LT-042 (user lpereira)\nwinword.exe -> cmd.exe /c powershell -w hidden -enc JABjAD0ATgBlAHcA...\npowershell.exe connected to ["
        + M("IP_ADDRESS", "2a01:4f8:c17:9a3::1")
        + "]:443\nscheduled task 'OneDriveUpdaterCore' created\nfile dropped: C:/Users/Public/svch0st.exe (unsigned)",
        "confidential",
    ),
    "PHISH_BEN": (
        "From: HR Benefits <"
        + M("EMAIL", "benefits@hr-portal-acme.net")
        + ">\nSubject: Open enrolment closes TODAY - confirm your 2025 benefits\nDear employee, our records show you have not confirmed your health plan. Failure to confirm will cancel your dependants' coverage. Log in with your company credentials here: hxxps://acme-benefits-login[.]net/sso\nHR Benefits Team",
        "internal",
    ),
    "VULNSCAN": (
        "External scan 2024-11-04\nvpn.acme.example - FortiOS 7.2.4 - CVE-2024-21762 (CVSS 9.8) out-of-bounds write, known exploited\nmail.acme.example - Exchange 15.2.1118.7 - CVE-2024-21410 (CVSS 9.8)\nwww.acme.example - nginx 1.18.0 - TLS 1.0 still enabled (medium)\nftp.acme.example - vsftpd 3.0.3 - anonymous login allowed (high)",
        "internal",
    ),
    "IAM_REQ": (
        "REQ-48213 Access request\nRequester: contractor (Bluefin Analytics), 1 Nov - 31 Jan\nRequested: read/write on prod customer DB; VPN; local admin on the analytics jump box; the shared 'svc_reporting' account password\nBusiness reason: 'build churn dashboard'\nManager approval: pending",
        "internal",
    ),
    "MFA_SLACK": (
        "#it-help\nPriya: got 6 MFA pushes in 2 minutes at 3am?? I denied them all\nMarc: same here last night, 3 of them\nPriya: do I need to change my password\nSecOps bot: ticket SEC-2291 opened\nMarc: also someone rang me pretending to be the helpdesk and asked me to read out the code",
        "internal",
    ),
    "CLOUDTRAIL": (
        '{"eventTime": "2024-11-02T02:41:19Z", "eventName": "ConsoleLogin", "userIdentity": {"userName": "backup-admin"}, "sourceIPAddress": "'
        + M("IP_ADDRESS", "2001:db8:4f2a::1c")
        + '", "responseElements": {"ConsoleLogin": "Success"}, "additionalEventData": {"MFAUsed": "No"}}\n{"eventTime": "2024-11-02T02:43:05Z", "eventName": "CreateAccessKey", "userIdentity": {"userName": "backup-admin"}, "sourceIPAddress": "'
        + M("IP_ADDRESS", "2001:db8:4f2a::1c")
        + '"}\n{"eventTime": "2024-11-02T02:44:51Z", "eventName": "PutBucketPolicy", "requestParameters": {"bucketName": "acme-hr-exports", "policy": "Principal: *"}}',
        "confidential",
    ),
    "PW_POLICY": (
        "Password & MFA standard v2.1: minimum 14 characters; no forced periodic rotation unless compromise is suspected; passwords checked against breached-password lists; MFA required for email, VPN and all admin consoles; SMS codes allowed only where an authenticator app is not possible; lockout after 10 failed attempts for 15 minutes.",
        "internal",
    ),
    "SQLI_CODE": (
        "```python\n@app.route('/invoices')\ndef invoices():\n    cust = request.args.get('customer')\n    rows = db.execute(f\"SELECT * FROM invoices WHERE customer = '{cust}'\")\n    return render_template('inv.html', rows=rows, debug=request.args.get('debug'))\n```",
        "internal",
    ),
    # ---- engineering / general office
    "POSTMORTEM": (
        "Postmortem: checkout outage 21 Oct, 14:02-14:49 UTC. A config change raised the DB connection pool from 50 to 500 per pod; with 12 pods the primary hit max_connections and refused new connections. Detection took 11 minutes because the alert went to a muted channel. Rollback at 14:41, recovery 14:49. About 3,100 orders failed.",
        "internal",
    ),
    "PY_BUG": (
        "```python\ndef add_tag(item, tags=[]):\n    tags.append(item)\n    return tags\n\nprint(add_tag('a'))\nprint(add_tag('b'))  # expected ['b']\n```",
        "internal",
    ),
    "SQL_SLOW": (
        "```sql\nSELECT c.name, SUM(o.total)\nFROM customers c, orders o\nWHERE c.id = o.customer_id\n  AND YEAR(o.created_at) = 2024\nGROUP BY c.name\nORDER BY 2 DESC;\n```\n-- takes 40s on 9M orders, there's an index on created_at",
        "internal",
    ),
    "CI_LOG": (
        "Step 'test' failed (runner ubuntu-22.04, node 18.19.0)\nFAIL src/cart/total.test.ts\n  expected 19.99, received 19.990000000000002\n    at Object.<anonymous> (src/cart/total.test.ts:42:27)\nTests: 1 failed, 211 passed\nnpm ERR! code ELIFECYCLE",
        "internal",
    ),
    "SURVEY": (
        "Pulse survey, engineering (free text):\n- 'On-call is brutal since the reorg, three pages a night some weeks.'\n- 'Love the new team, finally shipping things.'\n- 'Nobody explained why the roadmap changed. Found out on Slack.'\n- 'Hybrid setup works well for me.'\n- 'Promotion criteria are a mystery.'",
        "internal",
    ),
    "CAMPAIGN": (
        "Email A/B test, 'winter webinar' invite, 48k sends each\nVariant A (subject: 'Your seat is waiting'): open 21.4%, click 2.9%, registrations 612\nVariant B (subject: 'Cut reporting time in half - live demo'): open 24.8%, click 3.6%, registrations 801\nUnsubscribes: A 0.21%, B 0.34%",
        "internal",
    ),
    "LAUNCH_BRIEF": (
        "Launch brief - Atlas mobile app v2\nAudience: field technicians at mid-size utilities\nKey message: offline job sheets and photo capture that sync when signal returns\nProof points: pilot with 3 customers, 28% fewer return visits\nLaunch date: 12 March; channels: webinar, LinkedIn, partner newsletter\nOpen question: do we lead with offline or with photos?",
        "internal",
    ),
    "OFFSITE": (
        "Leadership offsite notes, 7 Nov\n- agreed: hiring freeze except 2 SRE roles\n- Lena to draft the 2025 OKRs by 20 Nov\n- debate on moving HQ to the smaller floor, no decision, CFO to model costs\n- customer advisory board: first meeting in Feb, Omar owns\n- next offsite: May, somewhere with fewer stairs",
        "internal",
    ),
    "DEAL_NOTES": (
        "CRM - Halvard Shipping, opp 'fleet telematics' (est. 240k ARR)\nChampion: "
        + P("Svetlana Ivic")
        + ", head of ops, "
        + M("EMAIL", "svetlana.ivic@kestrelpartners.eu")
        + ", mobile "
        + M("PHONE", "+49 151 2345 6789")
        + "\nLast call 4 Nov: likes the product, CFO worried about 3-year lock-in, competitor quoted 18% cheaper. Procurement wants our security questionnaire and a reference customer in shipping. Next step: pricing call 12 Nov.",
        "confidential",
    ),
    "RFP": (
        "RFP section 4 - vendor questions\n4.1 Describe your implementation methodology and typical timeline.\n4.2 Do you hold ISO 27001 or SOC 2 Type II? Provide the latest report.\n4.3 Where is customer data stored and who can access it?\n4.4 Provide pricing for 500 and 2,000 users, including support tiers.\n4.5 List three reference customers in logistics.",
        "internal",
    ),
    "IT_TICKET": (
        "INC0098812 - 'Teams keeps freezing during screen share'\nUser on Win 11, laptop 14 months old, external 4K monitor via USB-C dock. Freezes only when sharing the 4K screen. Already tried: reinstalling Teams, clearing cache. Works fine on the laptop screen.",
        "internal",
    ),
    "CHURN_CALL": (
        "Call notes, renewal at risk: customer says the product is fine but the new pricing is 'a slap in the face after five years'. Support tickets take days. They have a demo with a competitor on Friday. They'd stay for a 2-year lock at last year's price.",
        "internal",
    ),
}

_MAT.update(
    {
        "SETTLEMENT": (
            "Heads of terms - settlement: (1) Company pays 28,500 as compensation for loss of office within 14 days of signature, of which the first 30,000 is intended to be tax-free; (2) agreed reference in the attached form; (3) employee waives all claims including unfair dismissal and discrimination; (4) mutual non-disparagement; (5) Company contributes 750 + VAT towards independent legal advice; (6) confidentiality of terms, except to spouse and professional advisers.",
            "confidential",
        ),
        "AUTORENEW": (
            "18.1 This Agreement renews automatically for successive 12-month terms unless either party gives written notice of non-renewal at least 90 days before the end of the then-current term. 18.2 On each renewal the Supplier may increase the Fees by up to the greater of 5% or CPI + 2%. 18.3 Notices must be sent by recorded delivery to the registered office.",
            "confidential",
        ),
        "FITNOTE": (
            "Occupational health report: employee seen 6 Nov following 5 weeks' absence with low back pain and sciatica. Now improving with physiotherapy; sitting tolerance about 40 minutes. Fit for phased return over 4 weeks starting at 4-hour days, with a sit-stand desk and no lifting over 10 kg. Review in 6 weeks. Likely to be covered by disability provisions: unlikely at this stage.",
            "confidential",
        ),
        "MEDREC": (
            "Medicines reconciliation, admission 02/11: GP list - amlodipine 10 mg OD, atorvastatin 40 mg ON, metformin 1 g BD, aspirin 75 mg OD. Patient's own bag - amlodipine 5 mg, metformin 500 mg BD (says she halved it herself because of stomach upset), naproxen 500 mg BD bought over the counter, no aspirin. eGFR 38.",
            "confidential",
        ),
        "CONSENT": (
            "Consent form 1 - laparoscopic cholecystectomy. Intended benefits: relief of biliary pain, prevention of further pancreatitis. Serious or frequent risks: bleeding, infection, bile leak (1 in 100), bile duct injury (1 in 300), conversion to open operation (5 in 100), shoulder tip pain. Any extra procedures: intra-operative cholangiogram if needed.",
            "confidential",
        ),
        "BREACH_NOTE": (
            "Security incident SEC-2307: on 5 Nov a misconfigured export job wrote a CSV of 12,400 customer records (name, email, postcode, last 4 card digits) to a storage bucket that was publicly readable for about 31 hours. Access logs show 3 downloads from unknown IPs. Bucket locked on 6 Nov 14:10. Customers are in the UK, Ireland and Germany.",
            "internal",
        ),
        "SUPPLIER_DISPUTE": (
            "Email from Orbital Textiles: 'We delivered 4,000 units on 2 Sept per PO 88123. Your rejection of 1,150 units for colour variance is not accepted - the spec allowed ±5% and our lab report shows 3.2%. Invoice 2024-511 for 46,000 remains due. If not paid within 14 days we will start proceedings and suspend further deliveries.'",
            "internal",
        ),
    }
)

_MAT.update(
    {
        "LONG_THREAD": (
            "From: Finance Business Partner\nTo: Head of Customer Success\nSubject: RE: RE: headcount vs budget\n\nHi both, picking this up again. The CS budget for FY25 assumed 14 FTE from January, but we're already at 15 after the Manila hire, and the two open reqs in Dublin would take us to 17. At the fully loaded average of 68k that's roughly 204k over plan for a full year, before the 3% pay round. I know the churn numbers justify more coverage - renewals for the top 40 accounts went from 91% to 86% - but I can't sign off the Dublin reqs without an offset. Options I can see: (a) delay one Dublin req to Q3, (b) move the onboarding specialist role into Professional Services, which is billable, (c) cut the tooling line (currently 48k for the new CS platform) by going with the cheaper tier. Happy to model any of these. Can we decide before Thursday's budget review? The CFO will ask why we're over on people cost in a hiring freeze, and I'd rather we walk in with an answer.\n\nThanks,\nNadia",
            "internal",
        ),
        "LONG_DISCHARGE": (
            "Discharge letter - Respiratory ward\nDiagnosis: infective exacerbation of COPD with type 2 respiratory failure.\nHistory: 69-year-old man, ex-smoker (45 pack-years), known severe COPD (FEV1 34% predicted), admitted with 4 days of increased breathlessness and green sputum. On arrival pH 7.29, pCO2 8.9 kPa, sats 81% on air.\nManagement: controlled oxygen (target 88-92%), nebulised salbutamol and ipratropium, prednisolone 30 mg for 5 days, doxycycline 200 mg then 100 mg daily for 5 days. Required NIV for 36 hours with good response. Chest X-ray: hyperinflation, no consolidation. Seen by the COPD nurse: inhaler technique reviewed, rescue pack discussed, referred to pulmonary rehab.\nMedications on discharge: Trimbow 2 puffs BD (new, replaces Fostair and tiotropium), salbutamol PRN, prednisolone to complete course (2 more days), doxycycline (1 more day).\nFollow-up: GP review in 2 weeks; respiratory clinic 6 weeks; consider home oxygen assessment once stable. Patient and wife aware of warning signs and when to call 999.",
            "confidential",
        ),
        "LONG_SOC": (
            "#soc-incident-2291\n02:10 Ravi: EDR flagged rundll32 loading a DLL from a temp folder on FIN-WS-07, auto-contained\n02:14 Ravi: same user's mailbox got a 'Voicemail from +44...' html attachment at 01:52, opened at 02:05\n02:20 Jo: checked the html, it's a credential harvesting page styled as the M365 login, posts to a workers.dev domain\n02:31 Ravi: sign-in logs show a successful login for the same user at 02:09 from a hosting provider ASN, MFA satisfied by token, not a push - looks like AiTM\n02:40 Jo: inbox rule created at 02:12 moving anything with 'invoice' or 'payment' to RSS Feeds\n02:45 Ravi: revoked sessions, reset password, removed the rule, blocked the domain at the proxy\n03:05 Jo: 37 other users got the same email, 4 opened it, no other successful logins so far\n03:20 Ravi: handing over to the day shift, need someone to check whether any payment emails were sent from the mailbox between 02:09 and 02:45",
            "internal",
        ),
        "LONG_MSA": (
            "9. Service Levels and Credits. 9.1 The Supplier shall make the Platform available 99.9% of the time in each calendar month, excluding Scheduled Maintenance notified at least 5 Business Days in advance and not exceeding 8 hours per month. 9.2 If availability falls below 99.9%, the Customer shall be entitled to a credit of 5% of the monthly Fees for each 0.1% (or part) below the target, up to a maximum of 30% of the monthly Fees. 9.3 If availability falls below 98% in any two consecutive months, the Customer may terminate this Agreement on 30 days' written notice without liability. 9.4 Service credits are the Customer's sole and exclusive remedy for failure to meet the availability target, save for the termination right in 9.3. 9.5 The Customer must claim a credit in writing within 30 days after the end of the relevant month, failing which the credit is forfeited.",
            "confidential",
        ),
    }
)


FINANCE_OPS = """
summarize f l i | Can you give me the headline from this ageing report for the CFO? Two sentences max.{AP_AGING}
extract f l i | which suppliers have anything over 60 days? just names and amounts{AP_AGING}
math f l i | what % of the total payables is over 90 days?{AP_AGING}
reasoning f m i | We can only pay 20k this week. Which of these suppliers should we prioritise and why?{AP_AGING}
draft f l i | write a short email to BrightPaper apologising for the late payment and committing to clear the 90+ balance by the 15th{AP_AGING}
classify f l i | tag each supplier as on track / watch / escalate{AP_AGING}
extract f l i => list the suppliers with overdue balances ;; math f l i => total the overdue amount ;; draft f l i => draft a note to the AP team asking for a payment plan | list the suppliers with overdue balances, total the overdue amount, then draft a note to the AP team asking for a payment plan{AP_AGING}
summarize f l i | summarise the August variance for the exec team, plain english, no more than 4 bullets{VARIANCE}
reasoning f m i | EBITDA came in 106k under budget. Walk me through what drove it and which bits are timing vs real problems{VARIANCE}
math f l i | check the EBITDA line adds up from the lines above it{VARIANCE}
extract f l i | Pull every line with a negative variance into a small table: line, variance, % of budget{VARIANCE}
math f l i => work out each variance as a % of budget ;; reasoning f m i => tell me which two lines the CFO will ask about | work out each variance as a % of budget and tell me which two lines the CFO will ask about{VARIANCE}
summarize f l i => summarise this ;; draft f l i => draft the paragraph for the board pack | summarise this and draft the paragraph for the board pack explaining the marketing overspend{VARIANCE}
qa f l p | what's the difference between a forward and a collar, quickly?{FXNOTE}
reasoning f m i | forward or collar? we need to hedge at least 70% and the CFO hates paying for options{FXNOTE}
math f l i | if we hedge 70% of the 2.4m with the forward, how many euros do we lock in?{FXNOTE}
summarize f l i => summarise the options ;; reasoning f m i => recommend one ;; draft f l i => draft a 3-line email to the CFO | summarise the options, recommend one, and draft a 3-line email to the CFO with the recommendation{FXNOTE}
reasoning f h i | Build a proper hedging recommendation from this: scenarios for EUR/USD at 1.05, 1.09 and 1.13, the outcome of forward vs collar vs no hedge in each, and which one fits the board's appetite. Table plus a short narrative.{FXNOTE}
draft f l i | write the reminder for #sales about expense receipts and the lounge rule, friendly not naggy{EXP_SLACK}
summarize f l i | what did they decide here? one line{EXP_SLACK}
classify f l i | Is the 5h50 lounge claim compliant or not compliant according to this thread?{EXP_SLACK}
extract f l r | list each payroll exception with the person and the amount involved{PAYRUN}
math f l r | work out the overtime pay for the second one and the holiday payout for the third{PAYRUN}
classify f l r | Which of these exceptions block the payroll run and which can wait until next month?{PAYRUN}
math f l r => calculate the holiday payout for the leaver ;; draft f l r => write a note to her manager confirming the final pay | calculate the holiday payout for the leaver and write a note to her manager confirming the final pay{PAYRUN}
summarize f l r => summarise the exceptions for the payroll manager ;; classify f l r => flag which need approval | summarise the exceptions for the payroll manager and flag which need approval{PAYRUN}
draft f l r | Draft a reply to this customer confirming we'll refund the duplicate 149.00 within 5 working days{CARD_DISPUTE}
extract f l r | get me the amount, date and last 4 digits of the card from this{CARD_DISPUTE}
classify f l r | chargeback risk: low / medium / high?{CARD_DISPUTE}
sentiment f l r => how upset is she ;; draft f l r => write a reply ;; extract f l r => log the amount and date for the refunds team | how upset is she, write a reply, and log the amount and date for the refunds team{CARD_DISPUTE}
qa f l i | Can a sales manager approve 12% on a 40k deal under these rules?{PRICING}
math f l i | customer wants 3-year prepay on a 120k deal with max discount. what's the final price?{PRICING}
reasoning f m i | Rep wants 22% off a 90k deal to beat a competitor. Should we allow it? who would need to sign off and what would you ask for in return?{PRICING}
summarize f l i | turn these discount rules into a 3-line cheat sheet for new reps{PRICING}
classify f l i | classify these deals by who must approve: 18k at 8%, 60k at 14%, 60k at 18%, 300k at 19%, 75k services at 5%{PRICING}
math f l i | cost per lead for each channel please{MKT_SPEND}
reasoning f m i | if you had to move 10k out of one channel next quarter, which and where to? argue it{MKT_SPEND}
extract f l i | which channels went over budget and by how much{MKT_SPEND}
math f l i => cost per lead per channel ;; classify f l i => rank the channels keep/trim/cut | cost per lead per channel, then rank the channels keep/trim/cut{MKT_SPEND}
summarize f l i | summarise the broker's renewal email for the ops director{INS_EMAIL}
math f l i | how much more are we paying in total this year if we take the cyber extension and the flood barriers?{INS_EMAIL}
reasoning f m i | are the flood barriers worth it, or do we accept the exclusion? Riverside floods maybe once a decade{INS_EMAIL}
extract f l i => list every cost change ;; reasoning f m i => tell me which one to push back on | list every cost change and tell me which one to push back on with the broker{INS_EMAIL}
summarize f l p | what does this mean for someone with a mortgage ending next year? short{RATES_NEWS}
reasoning f m p | given this, fix for 2 years or 5 years on our remortgage? talk it through{RATES_NEWS}
sentiment f l p | is the tone of this piece hawkish or dovish?{RATES_NEWS}
translate f l p | Translate this into German for the Frankfurt office newsletter.{RATES_NEWS}
summarize f l p => summarise it ;; qa f l p => explain what 'price a first reduction' means | summarise it and explain what 'price a first reduction' means{RATES_NEWS}
"""

FINANCE_PLAIN = """
qa f l p | what's the difference between accounts payable and accrued expenses? our new AP clerk asked and I fumbled it
qa f l p | How does deferred revenue work for an annual SaaS contract paid upfront?
qa f l p | why does the cash flow statement start with net income?
qa f l i retr | what's our per diem for Germany? I'm going to Munich next week
qa f l i retr | Do we still need two approvals for POs over 10k or did that change?
reasoning f m p | Our largest customer pays in 75 days on average but we pay suppliers in 30. How would you fix the gap without upsetting anyone?
reasoning f m p | Should we capitalise the new CRM implementation costs or expense them? reasoning please, we're on IFRS
math f l p | 84,000 invoice, 2/10 net 30. how much do we save paying on day 10?
math f l p | we bought a van for 36k, straight-line over 5 years with 6k residual. annual depreciation?
math f l p | gross margin if revenue is 2.35m and COGS 1.41m?
math f l p | what's 4.75% of 318,420, rounded to the nearest pound
code f l p | excel formula to flag invoices where due date is before today and status isn't 'paid'
code f l i | SQL: sum of unpaid invoices per customer from invoices(id, customer_id, amount, status, due_date), only those over 90 days late
code f l p | python function that calculates VAT at 20% and returns net, vat, gross
draft f l p | write a short note to all staff: expense claims for November close on 28 Nov because of the year-end
draft f m i | Write the email to department heads asking them to submit their 2025 budgets by 6 Dec, with the template attached and the three assumptions (3% pay rise, no new headcount, cloud +10%)
classify f l p | capex or opex? laptops for new hires, annual software licence, office fit-out, cleaning contract, server rack
classify f l p | tag these bank lines: 'STRIPE PAYOUT', 'HMRC VAT', 'AWS EMEA', 'PAYROLL OCT', 'AMEX DD'
sentiment f l p | analyst comment tone, 1 word: 'Guidance looks conservative; we'd be buyers on any weakness.'
extract f l p | pull the amounts, currencies and dates: 'Received USD 12,500 on 3 Oct, EUR 8,200 on 9 Oct and GBP 4,050 on 17 Oct.'
translate f l p | translate to French: 'Please find attached our invoice. Payment is due within 30 days.'
translate f l p | can you put this in Spanish for our supplier in Valencia: 'We have paid the outstanding balance and attach the remittance advice.'
creative f l p | a rhyme to remind people to submit receipts, for the finance team's christmas card
creative f l p | name ideas for our new internal spend-tracking dashboard
reasoning f h p | Put together a full proposal for moving our month-end close from 10 working days to 5: current bottlenecks, which reconciliations to automate, owner per step, a week-by-week plan and the risks.
qa f l p web | What's the current base rate in the UK?
qa f l p web | what's the EUR to GBP rate right now roughly
"""

LEGAL_ROWS = """
summarize l l c | in plain english, what does this non-compete stop me doing?{NONCOMP}
reasoning l m c | I'm moving to a competitor in Canada in 6 months. Is 14.2 likely to be enforceable against me? Explain.{NONCOMP}
extract l l c | list each restriction with its duration and geographic scope{NONCOMP}
summarize l l c => summarise each restriction ;; reasoning l m c => tell me which one HR is most likely to rely on | summarise each restriction and tell me which one HR is most likely to rely on{NONCOMP}
summarize l l c | summarise this grievance for the HR case file, neutral tone{GRIEVANCE}
reasoning l m c | Does this grievance raise a potential discrimination claim? What should HR do first?{GRIEVANCE}
extract l l c | list each allegation separately{GRIEVANCE}
sentiment l l c | how would you read the tone of this, angry, upset, measured?{GRIEVANCE}
draft l l c | draft an acknowledgement to her: received, who will investigate, and that we'll invite her to a meeting within 10 working days{GRIEVANCE}
extract l l c => list the allegations ;; classify l l c => label each as pregnancy/maternity, flexible working, or performance management ;; draft l l c => draft the invitation to the grievance meeting | list the allegations, label each as pregnancy/maternity, flexible working, or performance management, and draft the invitation to the grievance meeting{GRIEVANCE}
summarize l l i | what do these DPA clauses require from us as processor?{DPA}
reasoning l m i | We found out about a breach at our sub-processor on Friday evening, today is Monday 9am. Are we already in breach of 7.1? Reason it out.{DPA}
extract l l i | pull the deadlines out of this{DPA}
classify l l i | for each clause, is this standard for a DPA or unusually strict?{DPA}
summarize l l c | explain this liability clause to the sales team in 3 lines{LIAB}
reasoning l m c | if the customer's data leaks because of our bug, what can they actually claim under this? think it through{LIAB}
qa l l c | does 11.3 exclude the customer's cost of notifying its own users?{LIAB}
draft l m c | Draft a fallback clause we could offer if they reject the 100% cap - something like 150% with a separate data breach cap{LIAB}
summarize l l c | summarise the redlines for the deal desk, one line each{REDLINE}
reasoning l m c | Which of these redlines should we accept, which push back on, and which are walk-away issues? Rank and justify{REDLINE}
classify l l c | tag each change as commercial, legal risk or admin{REDLINE}
draft l m c | write the response email to their counsel accepting 60-day terms but rejecting uncapped data liability and the change of governing law{REDLINE}
extract l l c => list the changes ;; classify l l c => rate each low/medium/high risk ;; draft l m c => draft our counter-proposal on the cap | list the changes, rate each low/medium/high risk, and draft our counter-proposal on the cap{REDLINE}
summarize l l i | what am I actually supposed to do after getting this?{HOLD}
qa l l i | Does this mean I can't clear my inbox at all? It's full{HOLD}
draft l l i | write a short Slack message to my team explaining the legal hold in normal words{HOLD}
summarize l l i => tell me what this means ;; draft l l i => draft the confirmation I need to send back to Legal | tell me what this means and draft the confirmation I need to send back to Legal{HOLD}
summarize l l p | sum up Article 33 in one sentence{ART33}
reasoning l m p | we discovered a misdirected email with 40 customers' addresses on Thursday. Do we have to notify under this? talk me through it{ART33}
qa l l p | when does the 72 hours start - when the breach happened or when we found out?{ART33}
translate l l p | translate this article into Dutch for our Amsterdam DPO{ART33}
reasoning l m c | Was this dismissal procedurally fair based on the letter? What's missing?{DISMISSAL}
extract l l c | what's the appeal deadline and who does he send it to?{DISMISSAL}
draft l l c | draft his appeal letter saying the absences were due to his father's hospital stays and he'd told his supervisor{DISMISSAL}
sentiment l l c | is the tone of this letter appropriate for a dismissal? too harsh?{DISMISSAL}
summarize l l i | Summarise the parental leave policy for a manager who has a pregnant team member{LEAVE_POL}
qa l l i | I joined 20 weeks ago and the baby is due in 22 weeks. Do I qualify for the full-pay period?{LEAVE_POL}
math l l i | how many weeks of full pay in total for a couple where both work here?{LEAVE_POL}
extract l l i => list every time limit ;; summarize l l i => summarise the partner entitlement | list every time limit in this and summarise the partner entitlement{LEAVE_POL}
"""

LEGAL_PLAIN = """
qa l l p | can we legally ask candidates about their current salary in interviews? we hire in NY and London
qa l l p | What's the difference between a warranty and an indemnity in a supply contract?
qa l l p | do we need consent to put staff photos on the website?
qa l l i retr | which template do we use for a mutual NDA with a university? is it on the legal SharePoint?
reasoning l m p | A customer missed two payments and we want to suspend service. Can we, and what risks do we run if the contract doesn't say so explicitly?
reasoning l m p | Employee on long-term sick leave for 8 months, role needs filling. What are our options that don't get us sued?
reasoning l m p | We want to use customer logos in a pitch deck. Need permission or is fair use enough?
draft l l p | write a letter to a supplier terminating the cleaning contract with 30 days' notice under clause 12
draft l m p | Draft a short clause saying the customer owns its data and we'll return it in CSV within 30 days of termination
draft l h p | Draft a complete whistleblowing policy for a 300-person company: scope, who can report, channels, anonymity, protection from retaliation, investigation steps, record keeping
classify l l p | Which of these would count as personal data under GDPR: IP address, company registration number, a customer's job title, a hashed email, aggregated sales by region
classify l l p | label each request as DSAR, deletion request, or general complaint: 'send me everything you hold on me', 'remove my account', 'your agent was rude'
extract l l p | pull the parties, effective date and term: 'This Agreement is entered into on 1 March 2024 between Northwind Ltd and Halvard Shipping AS and shall continue for 36 months.'
translate l l p | translate 'This agreement may be terminated by either party on 90 days' written notice' into Portuguese
translate l l p | wie sagt man auf Englisch 'Kündigungsfrist von drei Monaten zum Monatsende'?
creative l l p | give me 3 names for our contract management workshop that don't sound boring
creative l l p | write a limerick about reading terms and conditions, for the legal team's newsletter
sentiment l l p | how aggressive is this from their lawyer: 'Absent a satisfactory response by Friday, our client reserves all rights.'
code l l p | regex to find clause numbers like 11.2 or 14.3(b) in a contract text
code l l p | python to scan a folder of docx contracts and list the ones that mention 'exclusivity'
math l l p | statutory late payment interest is 8% over a 5.25% base rate. on 18,400 owed for 65 days, how much?
qa l l p web | has the EU AI Act started applying to general-purpose models yet? what's the latest
"""

MEDICAL_ROWS = """
summarize m l c | SBAR this for the outreach team, keep it tight{ICU_HO}
reasoning m m c | what's the most likely reason for the falling urine output and rising creatinine here? differentials in order{ICU_HO}
extract m l c | pull out the vitals, drugs and labs as a list{ICU_HO}
classify m l c | is this patient improving, stable or deteriorating?{ICU_HO}
summarize m l c => handover in 3 lines ;; reasoning m m c => what would you do first on the night shift | handover in 3 lines, and what would you do first on the night shift?{ICU_HO}
extract m l c => list the abnormal values ;; reasoning m m c => which one worries you most and why | list the abnormal values; which one worries you most and why{ICU_HO}
summarize m l r | one-paragraph summary of this referral for the endoscopy triage nurse{REFERRAL}
classify m l r | Urgent 2-week-wait or routine? just the category{REFERRAL}
extract m l r | pull the red flag symptoms and the bloods{REFERRAL}
reasoning m m r | what's the differential for this man and why is urgent OGD appropriate?{REFERRAL}
draft m l r | write the appointment letter to the patient for an OGD on 19 Nov, 8:30, nil by mouth from midnight{REFERRAL}
extract m l r => list the red flags ;; classify m l r => triage category ;; draft m l r => draft the reply to the referring clinic | list the red flags, give the triage category, and draft the reply to the referring clinic{REFERRAL}
summarize m l c | summarise this incident for the ward huddle, no blame{DATIX}
reasoning m m c | what were the root causes here and what would stop it happening again?{DATIX}
classify m l c | harm level: no harm, low, moderate or severe?{DATIX}
draft m m c | Draft the duty of candour letter to the patient apologising for the double dose of enoxaparin and explaining what we're doing{DATIX}
summarize m l c => summarise the incident ;; reasoning m m c => list three system fixes ;; draft m l c => write a reminder for agency staff on eMAR sign-off | summarise the incident, list three system fixes, and write a reminder for agency staff on eMAR sign-off{DATIX}
reasoning m m c | interpret these bloods please - what's the likely picture and what would you look for next?{LABS_FE}
extract m l c | which of these are out of range?{LABS_FE}
summarize m l c | summarise for the patient in one paragraph, no jargon{LABS_FE}
draft m l c | write a short message to the patient asking her to book a GP appointment to discuss her iron levels, don't alarm her{LABS_FE}
summarize m l c | Turn this clinic note into a short letter summary for the GP{HF_LETTER}
extract m l c | list her current meds with doses, and the changes made today{HF_LETTER}
reasoning m m c | with weight up 2.5kg and K 4.8, is it safe to double the furosemide? what should we monitor?{HF_LETTER}
translate m l c | translate the plan section into Polish for her daughter{HF_LETTER}
math m l c | what's her total daily furosemide dose during the 5 days, and total over the course?{HF_LETTER}
extract m l c => list the medication changes ;; draft m l c => write patient-friendly instructions for the next 5 days | list the medication changes and write patient-friendly instructions for the next 5 days{HF_LETTER}
sentiment m l c | How upset is this family member, and what are they most upset about?{PT_COMPLAINT}
summarize m l c | summarise the complaint for the patient experience lead{PT_COMPLAINT}
classify m l c | categorise each issue: communication, fundamental care, property, waiting times{PT_COMPLAINT}
draft m m c | write a compassionate holding response to this complaint, acknowledging each point and saying the ward manager will call{PT_COMPLAINT}
extract m l c => list each issue raised ;; classify m l c => assign each to the right team ;; draft m m c => draft the reply | list each issue raised, assign each to the right team, and draft the reply{PT_COMPLAINT}
sentiment m l c => what's the tone ;; summarize m l c => summarise it for the matron | what's the tone and can you summarise it for the matron{PT_COMPLAINT}
summarize m l p | summarise this trial for our renal MDT in 3 bullet points{TRIAL}
qa m l p | what does HR 0.68 mean in plain English?{TRIAL}
reasoning m m p | would you start this drug in a 58-year-old with eGFR 40 who gets recurrent thrush? weigh it up{TRIAL}
math m l p | what's the number needed to harm for genital infections from these figures?{TRIAL}
summarize g l i | summarise who's on when over Christmas{ROTA}
extract g l i | which shifts still have gaps?{ROTA}
draft g l i | write a message to the ward WhatsApp asking for volunteers for the 26th nights{ROTA}
"""

MEDICAL_PLAIN = """
qa m l p | what's the usual maintenance fluid rate for an adult, roughly?
qa m l p | can you explain what a troponin test actually measures
qa m l p | why do we hold metformin before contrast scans?
qa m l i retr | what does our trust's sepsis pathway say about antibiotics timing?
qa m l i retr | where's the latest version of the falls risk assessment, is it in the policy library?
reasoning m m p | 82-year-old on apixaban had a fall, no head injury, walking fine. Does she need a CT head? reason it through
reasoning m m p | A nurse asks whether to give the 22:00 insulin when the patient hasn't eaten dinner and BM is 6.1. What would you think about?
reasoning m h p | Plan a 6-week education programme for new HCAs on the medical wards: topics per week, how we'd assess competence, and who teaches what.
math m l p | adult 72 kg, gentamicin 5 mg/kg once daily. what's the dose?
math m l p | infusion of 500 ml over 4 hours - what rate in ml/h, and drops/min with a 20 drop/ml set?
math m l p | paracetamol 1g QDS for 3 days, how many 500mg tablets do we need to dispense?
draft m l p | write a poster text for the ward: visiting hours 2-8pm, 2 visitors per bed, no visiting during protected mealtimes
draft m l p | draft a short patient leaflet section on what to expect after a knee replacement, first two weeks
draft m m i | Email to the ward team: from Monday all controlled drug checks must be done by two registered nurses, explain why in 2 lines
classify m l p | triage these: 'chest pain at rest for 20 mins', 'sprained ankle', 'fever 38.2 in a 30-year-old', 'sudden weakness on one side'
classify m l p | which of these drugs are anticoagulants: apixaban, clopidogrel, warfarin, atorvastatin, enoxaparin
extract m l p | pull the drug, dose and frequency out of: 'amoxicillin 500 mg TDS for 7 days, then review; omeprazole 20 mg OD'
sentiment m l p | patient feedback, positive or negative: 'Nurses were angels but I waited 6 hours for pain relief.'
translate m l p | translate into Arabic for a patient: 'Do not eat or drink anything after midnight before your operation.'
translate m l p | Mandarin please: 'Take one tablet twice a day with food.'
creative m l p | a short funny poem for the night shift about the vending machine being the only thing that works
creative m l p | slogan for our hand hygiene week, something catchy
code m l p | python: read a CSV of patient obs and flag any row where NEWS2 >= 5
code m l i | SQL to count admissions per ward per month from admissions(id, ward, admitted_at)
qa m l p web | any new NICE guidance on hypertension this year?
reasoning m m p | my colleague has had a headache for three days and light hurts her eyes. should she see someone?
"""

SECURITY_ROWS = """
summarize s l c | summarise what happened here for the incident channel{AUTHLOG}
reasoning s m c | Does this look like password spraying that succeeded? What does the MFA approval tell you, and what would you do in the first 30 minutes?{AUTHLOG}
extract s l c | list the source IPs, usernames and outcomes{AUTHLOG}
classify s l c | severity P1 to P4?{AUTHLOG}
code s l c | write a Splunk query to find every successful VPN login from this IP in the last 30 days{AUTHLOG}
extract s l c => list the accounts involved ;; classify s l c => rate the severity ;; draft s m c => draft the containment steps for the on-call engineer | list the accounts involved, rate the severity, and draft the containment steps for the on-call engineer{AUTHLOG}
summarize s l c => explain this to the finance director ;; draft s l c => write the message asking akim to call us | explain this to the finance director without jargon, and write the message asking akim to call us{AUTHLOG}
reasoning s m c | what does this chain tell you? is this a macro-based initial access? what would you check next?{EDR}
extract s l c | extract the IOCs: hashes, IPs, file paths, task names{EDR}
classify s l c | true positive or false positive?{EDR}
draft s l c | write the ticket to isolate the laptop and reimage it, include why{EDR}
extract s l c => pull the IOCs ;; code s l c => write a KQL hunt for the scheduled task name across all hosts | pull the IOCs and write a KQL hunt for the scheduled task name across all hosts{EDR}
classify s l i | phishing or legit? staff keep forwarding it to us{PHISH_BEN}
extract s l i | list the red flags in this email{PHISH_BEN}
draft s l i | draft an all-staff warning about this email, short, with what to do if you clicked{PHISH_BEN}
classify s l i => is it phishing ;; extract s l i => pull the sender domain and the URL for blocking ;; draft s l i => write the reply to staff who reported it | is it phishing? pull the sender domain and the URL for blocking, and write the reply to staff who reported it{PHISH_BEN}
creative s l i | turn this into a 'spot the 5 red flags' quiz for the awareness newsletter{PHISH_BEN}
summarize s l i | summarise the scan results for the CIO, worst first{VULNSCAN}
classify s l i | rank these findings by patch priority{VULNSCAN}
reasoning s m i | We can only take one outage window this week - FortiOS or Exchange? Justify{VULNSCAN}
draft s m i | write the emergency change request for patching the VPN appliance tonight{VULNSCAN}
qa s l i web | is there a fixed FortiOS version for CVE-2024-21762 and is there public exploit code?{VULNSCAN}
extract s l i => list host, software and CVE ;; classify s l i => mark each critical/high/medium ;; draft s l i => draft the Jira tickets | list host, software and CVE, mark each critical/high/medium, and draft the Jira tickets{VULNSCAN}
reasoning s m i | approve, approve with changes, or reject? explain what's wrong with this request{IAM_REQ}
draft s l i | write the reply to the requester explaining what we can grant and what we can't{IAM_REQ}
classify s l i | for each requested permission, least-privilege compliant or not?{IAM_REQ}
classify s l i => for each item say grant or deny ;; draft s l i => write the reply to the manager | for each item say grant or deny, then write the reply to the manager{IAM_REQ}
summarize s l i | what's going on in this thread? one line for the SOC lead{MFA_SLACK}
reasoning s m i | MFA fatigue attack? What should we do for Priya and Marc right now, and more widely?{MFA_SLACK}
draft s l i | write the reply to Priya and Marc: what to do now, and never share codes by phone{MFA_SLACK}
sentiment s l i | how worried do these two sound?{MFA_SLACK}
summarize s l i => summarise the thread ;; qa s l i => explain what MFA fatigue is ;; draft s l i => draft a short all-staff alert | summarise the thread, explain what MFA fatigue is, and draft a short all-staff alert{MFA_SLACK}
reasoning s m c | read these CloudTrail events and tell me if this is a compromise. what's the attacker doing step by step?{CLOUDTRAIL}
extract s l c | pull the event names, times and source IP{CLOUDTRAIL}
code s l c | write the AWS CLI commands to deactivate the new access key and remove the public bucket policy{CLOUDTRAIL}
classify s l c => severity ;; reasoning s m c => explain why ;; draft s h c => write the incident report for the CISO | severity? explain why, then write the incident report for the CISO with timeline, impact, containment and next steps{CLOUDTRAIL}
summarize s l i | make this password standard readable for non-technical staff, 4 bullets{PW_POLICY}
qa s l i | under this standard do I have to change my password every 90 days?{PW_POLICY}
classify s l i | compliant or not: 'Winter2024!' (11 chars), SMS codes for VPN when the app is available, lockout after 5 attempts{PW_POLICY}
draft s l i | draft the intranet announcement for this new standard{PW_POLICY}
code s l i | review this endpoint for security issues and rewrite it safely{SQLI_CODE}
qa s l i | why is the f-string in this query dangerous?{SQLI_CODE}
classify s l i | which OWASP category does the main bug fall under?{SQLI_CODE}
code s l i => fix the injection ;; qa s l i => explain what the debug parameter could expose | fix the injection and explain what the debug parameter could expose{SQLI_CODE}
"""

SECURITY_PLAIN = """
qa s l p | what's the difference between an EDR and an antivirus? manager asked and I want to sound smart
qa s l p | how does pass-the-hash actually work
qa s l p | what is a SIEM and do small companies need one?
qa s l i retr | what's our process if someone loses a company laptop? is it in the IT runbook?
qa s l p web | what are the latest ransomware groups targeting hospitals this month?
reasoning s m p | Should we block personal Gmail on company laptops? Weigh up data loss risk vs staff annoyance
reasoning s m p | We have 40 admin accounts for 300 staff. How would you approach cutting that down without breaking things?
reasoning s h p | Design a phishing simulation programme for the next 12 months: cadence, difficulty levels, training follow-up for clickers, metrics, how to avoid it feeling like a trap
draft s l p | write a message to staff: we're switching on number matching for MFA next Tuesday, here's what changes
draft s m p | draft a short policy section on acceptable use of generative AI tools with company data
draft s l p | write an email to a vendor asking for their latest pen test summary and SOC 2 report
classify s l p | which of these are social engineering: tailgating, SQL injection, pretexting call to the helpdesk, brute force, USB drop
classify s l p | sort these alerts into noise vs investigate: 'impossible travel, same user, VPN exit node', 'admin login from new country', 'AV signature update failed', '200 failed logins in 1 min on one account'
extract s l p | pull the domains from: 'seen beacons to cdn-update[.]info and login-m365[.]top, plus one to sharepoint.com'
sentiment s l p | how does the team feel about the new VPN: 'it's secure I guess but it drops every hour and I've stopped using it'
translate s l p | translate into Spanish: 'Never share your one-time code with anyone, including IT.'
creative s l p | give me 5 funny but useful security awareness poster slogans about locking your screen
creative s l p | a short story (200 words) for the newsletter about a helpdesk agent who gets a very convincing call from the 'CEO'
code s l p | python script that checks a list of passwords against the HaveIBeenPwned k-anonymity API
code s l p | bash: show the top 10 IPs hitting /wp-login.php in access.log
code s l p code | run this and tell me what it prints: import hashlib; print(hashlib.sha256(b'test').hexdigest()[:8])
math s l p | 1,800 staff, 7% clicked the last phishing test and 40% of those entered credentials. how many gave away passwords?
math s l p | if an 8-char password from 95 printable chars is guessed at 10 billion per second, worst case how many days?
qa s l p | someone from 'Microsoft support' called my colleague and wants remote access to fix a virus. is that a scam?
"""

GENERAL_ROWS = """
summarize g l i | tl;dr of this postmortem for the all-hands{POSTMORTEM}
reasoning g m i | What were the contributing factors here and which fix gives us the most protection? Be honest if the alerting is the real problem{POSTMORTEM}
extract g l i | build a timeline table from this: time, event{POSTMORTEM}
math g l i | how long was the outage in minutes and roughly how many failed orders per minute?{POSTMORTEM}
draft g l i | draft the customer status page update for this, apologetic, no internal details{POSTMORTEM}
summarize g l i => summarise it ;; extract g l i => list the action items you'd expect ;; draft g l i => write the Slack post for #engineering | summarise it, list the action items you'd expect, and write the Slack post for #engineering{POSTMORTEM}
code g l i | why does the second call print ['a', 'b']? fix it{PY_BUG}
qa g l i | explain what's going on with the default argument here, I don't need the fix{PY_BUG}
code g l i => fix this ;; code g l i => add a pytest test that would have caught it | fix this and add a pytest test that would have caught it{PY_BUG}
code g l i | make this query faster, it's not using the index{SQL_SLOW}
qa g l i | why doesn't YEAR(created_at) use the index?{SQL_SLOW}
code g l i => rewrite it with explicit joins ;; qa g l i => explain why the original was slow | rewrite it with explicit joins and explain why the original was slow{SQL_SLOW}
code g l i | fix the failing test, it's a floating point thing I think{CI_LOG}
summarize g l i | what failed? one line for the PR{CI_LOG}
code g l i => explain the failure ;; code g l i => suggest a fix in total.ts using integer cents | explain the failure and suggest a fix in total.ts using integer cents{CI_LOG}
summarize g l i | main themes from these survey comments, 3 bullets{SURVEY}
sentiment g l i | overall sentiment of the engineering pulse? and which comment is most negative{SURVEY}
classify g l i | tag each comment: workload, communication, career, ways of working{SURVEY}
reasoning g m i | If you were the VP Eng, what would you act on first from these and why?{SURVEY}
sentiment g l i => score each comment -2 to +2 ;; classify g l i => tag each with a theme ;; summarize g l i => write a 2-line summary for the VP | score each comment -2 to +2, tag each with a theme, and write a 2-line summary for the VP{SURVEY}
reasoning g m i | which variant won and is it really better given the unsubscribe rate? reason it out{CAMPAIGN}
math g l i | registration rate per send for each variant, and the % uplift of B over A{CAMPAIGN}
creative g l i | give me 5 more subject lines in the style of variant B{CAMPAIGN}
summarize g l i => summarise the test ;; creative g l i => suggest three new subject lines to test next | summarise the test and suggest three new subject lines to test next{CAMPAIGN}
creative g l i | write three headline options for the launch, one leading with offline, one with photos, one with both{LAUNCH_BRIEF}
draft g m i | write the LinkedIn launch post for this, 120 words, no emojis{LAUNCH_BRIEF}
reasoning g m i | Offline or photos - which should we lead with for this audience? argue it{LAUNCH_BRIEF}
translate g l i | translate the key message and proof points into Spanish for the LATAM partners{LAUNCH_BRIEF}
extract g l i | pull out audience, message, date and channels as JSON{LAUNCH_BRIEF}
creative g l i => write a tagline ;; draft g l i => write the partner newsletter blurb ;; translate g l i => translate the blurb into German | write a tagline, write the partner newsletter blurb, and translate the blurb into German{LAUNCH_BRIEF}
summarize g l i | summarise the offsite notes for people who weren't there{OFFSITE}
extract g l i | who owns what and by when?{OFFSITE}
creative g l i | suggest a fun location theme for the May offsite given the last line, lol{OFFSITE}
extract g l i => pull the decisions ;; draft g l i => draft the follow-up email to the leadership team | pull the decisions and draft the follow-up email to the leadership team{OFFSITE}
summarize g l c | summarise where this deal is for the forecast call{DEAL_NOTES}
reasoning g m c | what's our best move before the pricing call? how do we handle the 18% gap and the lock-in worry?{DEAL_NOTES}
draft g l c | write a follow-up email to Svetlana after the call, offer the reference and the security questionnaire{DEAL_NOTES}
extract g l c | pull contact name, email, phone and next step into a CRM-ready format{DEAL_NOTES}
extract g l c => list the open objections ;; reasoning g m c => suggest how to handle each ;; draft g l c => draft the agenda for the pricing call | list the open objections, suggest how to handle each, and draft the agenda for the pricing call{DEAL_NOTES}
classify g l i | which of these RFP questions should go to security, which to finance, which to delivery?{RFP}
draft g m i retr | draft our answer to 4.1 using our standard implementation approach from the bid library{RFP}
summarize g l i | summarise what they're asking for in 5 bullets{RFP}
qa s l i retr => answer 4.2 from our compliance docs ;; draft g l i => draft the covering email | answer 4.2 from our compliance docs and draft the covering email to their procurement team{RFP}
reasoning g m i | what's the most likely cause? only happens on the 4K screen{IT_TICKET}
draft g l i | reply to the user with 3 things to try, simple steps{IT_TICKET}
classify g l i | priority P1-P4 and which queue: hardware, software or network?{IT_TICKET}
sentiment g l i | how angry is this customer really?{CHURN_CALL}
reasoning g m i | should we give them the 2-year lock at last year's price? what do we lose if we don't?{CHURN_CALL}
draft g l i | write the email to their champion before Friday's competitor demo{CHURN_CALL}
sentiment g l i => how likely are they to churn ;; draft g l i => draft the note to the account director | how likely are they to churn, and draft the note to the account director{CHURN_CALL}
"""

GENERAL_PLAIN = """
draft g l p | write my out of office: at the sales kickoff in Lisbon until Thursday, urgent deals to the duty manager
draft g l p | can you write a welcome message for a new starter on the marketing team, she starts monday, casual tone
draft g m p | Write an email to the whole office about the kitchen: dishes piling up, fridge clear-out every Friday at 4, be nice about it
draft g l p | rewrite this so it sounds less defensive: 'As I already said in the meeting, the delay was not caused by my team.'
draft g l p | write a 2-line Slack message moving the sprint review to Thursday 3pm
creative g l p | team name ideas for the customer success squad, something space themed
creative g l p | write a short poem for Maria's farewell card, she's been in accounts receivable for 12 years and loves gardening
creative g l p | 3 jokes for the opening of my quarterly all-hands, nothing cringe
creative g l p | tagline for our internal hackathon, theme is 'fix the boring stuff'
reasoning g m p | Two candidates for the junior designer role: one has a great portfolio but was late and vague in interview, the other is solid and very keen. Help me think it through
reasoning g m p | Our weekly team meeting is 90 minutes and everyone hates it. How would you restructure it?
reasoning g m p | should we move our standup to async Slack updates? team of 9, two time zones
reasoning g h p | Plan the migration of our marketing site from WordPress to a headless CMS: phases, SEO risks, content freeze, who does what, and a rough 10-week timeline
code g l p | javascript to debounce a search input by 300ms
code g l p | write a GitHub Actions workflow that runs pytest on every pull request
code g l p | regex that matches our ticket ids like OPS-1234 or SALES-56
code g l p | bash loop to rename all .jpeg files in a folder to .jpg
code g l p | pandas: group a dataframe by region and month and sum revenue
code g m p | write a small Python CLI that reads a CSV of leads, dedupes by email, and writes the cleaned file
qa g l p | what's the difference between a rebase and a merge in git
qa g l p | how does a CDN make a website faster
qa g l p | what does 'north star metric' mean
qa g l i retr | where do I find the brand guidelines and the approved logo files?
qa g l i retr | how many days of annual leave can I carry over into next year? check the handbook
qa g l p web | what time does the London Stock Exchange... actually no, what time is sunset in Oslo today
qa g l p web | who won the match last night, Arsenal or City?
math g l p | we have 3 meeting rooms with 8, 12 and 20 seats. 55 people for the workshop, how many sessions do we need if we use all rooms at once
math g l p | survey: 342 responses out of 1,150 invites. response rate?
math g l p | if the CI run takes 14 minutes and we run it 60 times a day, how many hours a week is that (5 days)?
classify g l p | label these support tickets as bug, how-to or feature request: 'export crashes on Safari', 'how do I add a user?', 'please support SSO with Okta', 'dashboard shows yesterday's data'
classify g l p | put these tasks in priority order for today: fix broken signup link, reply to partner email, update slide deck for Friday, clean up Jira backlog
classify g l p | which of these leads are hot, warm or cold: 'asked for pricing twice this week', 'downloaded a whitepaper in March', 'booked a demo for tomorrow'
extract g l p | pull all the dates and owners out of: 'Design sign-off 14 Nov (Kai), copy final 18 Nov (Rita), QA 20-22 Nov (Sam), go-live 25 Nov'
extract g l p | get me the product names and prices from this: 'Starter 19/mo, Team 49/mo per seat, Enterprise - talk to sales'
sentiment g l p | tone of this review: 'Setup was painless and support actually answered. Pricier than I'd like.'
sentiment g l p | Our CEO wrote 'Fine. Ship it.' in reply to my proposal. Is that positive??
translate g l p | Japanese please: 'Thank you for visiting our booth. We will send the slides next week.'
translate g l p | translate to Italian: 'The office will be closed on Friday for the team event.'
translate g l p | How would you say 'let's circle back on this next week' in French without sounding weird
translate g l p | traduis en anglais : « La réunion de lancement est décalée à mardi prochain. »
summarize g l p | sum up this article in two lines: 'Four-day week trials in 61 companies found most kept the policy after six months. Revenue was broadly flat, sick days fell 65%, and staff reported less burnout, though some managers said coordinating across teams got harder.'
chat g l p | morning! another day another spreadsheet
chat g l p | are you able to see my previous chats or do you start fresh each time?
chat g l p | what can you actually help me with at work?
chat g l p | it's my last day here, just wanted to say you saved me a lot of time this year
"""

PII_ROWS = """
draft f l r | Customer {P_GL} wants her refund to a different account: {IBAN_SE}. write the confirmation email, and say refunds take 3-5 working days
extract f l r | pull the IBAN and name out of this so I can paste it into the payment run: 'Please pay the deposit refund to {P_BF}, IBAN {IBAN_FR}, ref FLAT 3B'
classify s l r | Vendor emailed asking us to switch payments from {IBAN_DE} to {IBAN_PL}, reason 'new bank'. Is this a likely payment diversion fraud? yes or no
reasoning s m r | our AP clerk changed the bank details for a supplier to {IBAN_ES} after a phone call from someone claiming to be their CFO. Money went out yesterday. what now, in order?
summarize f l r | summarise for the chargeback team: customer {P_TM}, {EM_TM}, disputes two charges on {CARD_AMEX_SP}, says the second was after he cancelled
draft f l r | draft a note to card ops to block {CARD_MC_DASH} and reissue, customer reported it lost at the airport
extract f l r | what card number and expiry are in this chat log? 'cust: its {CARD_VISA_NONE} exp 09/27 pls hurry'
classify s l r | A customer pasted their full card number {CARD_DISC_DASH} into a support chat. Which data handling category is this, PCI in-scope or not?
draft s l r | write a message to the agent who copied {CARD_MC2_SP} into a Jira ticket: remove it now, here's why
reasoning f m r | Can we refund to {CARD_VISA_DASH} when the original payment came from {IBAN_NL}? explain the options
extract l l r | extract applicant name, SSN and start date: 'New hire {P_DM}, SSN {SSN1}, starts 2 Dec, I-9 pending'
draft l l r | Write an email to {P_AN} asking her to re-submit her W-4 because the SSN on it ({SSN2}) doesn't match our records
classify l l r | which retention rule applies to this file: 'benefits enrolment form - {P_LO}, SSN {SSN3}, dependants 2'? choose: 1 year, 3 years, 7 years
summarize m l r | summarise the admission for the discharge team: patient {P_TW} (NRIC {NRIC1}), 63M, admitted with upper GI bleed, scoped day 2, Hb stable, home tomorrow with PPI
draft m l r | Draft an SMS reminder for {P_YS}, NRIC {NRIC2}, dental check-up 3 Dec 10:15, clinic number {PH_SG1}
extract m l r | list the patient identifiers in this: 'Pt {P_OE}, NRIC {NRIC3}, mobile {PH_SG2}, allergy penicillin'
qa m l c | {P_RA} on ward 4 is asking if she can take her own thyroxine from home while she's admitted - is that allowed normally?
draft m l c | email {EM_DR} to say the MDT moved to Thursday 2pm and the radiology slides for {P_DM} are ready
draft l l c | reply to {P_SH} at {EM_HR}... sorry, wrong address - reply to her personal email saying her grievance meeting is on 18 Nov at 10:00, she may bring a companion
reasoning s m c | {IP4_EXT1} logged into the VPN as a finance user, then {IP4_INT} started pulling payroll files. Same session? what do we check
code s l c | write an iptables rule to drop everything from {IP4_EXT2} and log it
code s l c | nginx deny rule for {IP6_1} and the whole /64 it sits in
classify s l c | is {IP6_2} a public or link-local address? it's showing up in the alert
extract s l c | pull out just the IPs from this: 'blocked {IP4_EXT2}, allowed {IP4_HOME}, unknown {IP6_3}'
draft g l c | let {P_MT} know her laptop is ready to collect from IT on level 3, her desk phone is {PH_UK1} if she wants to call first
draft g l c | write a message to {P_BF} on {PH_FR} confirming the Paris supplier visit on the 4th
draft g l c | confirm the interview with {P_AN} ({PH_IN}) for Tuesday 11am IST, video link to follow
draft g l c | text {P_YS} at {PH_AU} that the Sydney workshop starts at 9 not 8.30
draft g l c | ask {P_ML} ({PH_US1}) to send her updated bio for the conference programme
summarize g l c | summarise this voicemail: 'hi it's {P_OE} from Kestrel, call me back on {PH_UK2} about the Q1 order, thanks'
extract g l c | pull names, emails and phones into a table: '{P_DM} {EM_JM} {PH_US2}; {P_ML} {EM_SV} {PH_DE}'
classify s l c | is this a sign of account compromise: login for {EM_JM} from {IP4_EXT1} at 03:00, user is based in Chicago, phone on file {PH_US3}
draft f l r => draft the payment confirmation ;; math f l r => work out the amount after the 2% early payment discount | draft the payment confirmation to {P_HK} for invoice 7719 paid to {IBAN_GB}, and work out the amount after the 2% early payment discount on 8,450
extract l l r => extract the employee details ;; classify l l r => say which ones must be redacted before sending to the tribunal | extract the employee details and say which ones must be redacted before sending to the tribunal: '{P_CW}, SSN {SSN1}, home phone {PH_US3}, role: warehouse lead'
summarize f l r => summarise the complaint ;; draft f l r => draft the reply | summarise the complaint and draft the reply: '{P_ML} here, my {CARD_AMEX_NONE} was charged 3 times for one hotel night, account {IBAN_IE} was also debited, sort it out'
classify s l r => is this a scam ;; draft s l r => write a warning for the customer | is this a scam? write a warning for the customer too: 'Your account {IBAN_AT} will be frozen. Call {PH_UK1} with your card {CARD_VISA_SP} to verify'
extract m l r => extract the patient details ;; translate m l r => translate the allergy note into Malay | extract the patient details and translate the allergy note into Malay: '{P_TW}, NRIC {NRIC1}, allergic to penicillin - causes rash and swelling'
extract s l c => list the IPs ;; classify s l c => mark each as internal or external ;; code s l c => give me the firewall rule to block the external ones | list the IPs, mark each as internal or external, and give me the firewall rule to block the external ones: {IP4_EXT1}, {IP4_INT}, {IP6_3}, {IP4_HOME}
"""

HARD_NEG = """
!extract f l i | pull the PO number, invoice number and total from: 'PO 4500187732, invoice INV-2024-08812, total EUR 14,320.50, due 2024-12-15'
!math f l i | three invoices: INV-2024-00412 for 2,310.00, INV-2024-00413 for 845.50 and INV-2024-00419 for 12,004.75. total?
!classify f l i | is {BADCARD_SP} a valid card number or just an internal reference? it came in the 'ref' field of a remittance
!qa f l p | the finance system rejected {BADIBAN_DE} as an IBAN. what usually makes the checksum fail?
!reasoning f m i | Supplier sent bank details {BADIBAN_GB} on their letterhead but our system says the check digits are wrong. Typo or red flag? what would you do
!extract f l i | get me the order numbers only: 'orders 7700-1234-5566-0981, 7700-1234-5566-0982 and 7700-1234-5566-0990 shipped on 04/11'
!summarize g l i | one line for the changelog: 'v4.2.0.17 fixes the export crash; v4.2.0.18 adds SSO; build 20241105.2 is the release candidate'
!classify g l i | ticket priority for INC0042281, INC0042290 and INC0042307? they're all 'VPN slow' from the Leeds office
!extract g l p | pull the tracking numbers: 'parcel 1Z 999 AA1 01 2345 6784 and parcel 1Z 999 AA1 01 2345 6791 left the depot'
!qa g l p | our serial numbers look like SN-4821-0093-7716-2205. how many digits is that and is there a standard for them?
!math g l p | release 3.14.2 went out on 2024-03-14 and 3.15.0 on 2024-05-02. how many days between them?
!draft g l i | write the release note for version 10.4.1.2203, build number 88231, ticket JIRA-4471 fixed
!extract s l i | list the affected versions: 'FortiOS 7.4.0 through 7.4.2, 7.2.0 through 7.2.6, and 7.0.0 through 7.0.13'
!qa s l i | our firewall is on 7.0.14.0592. the advisory says 7.0.0-7.0.13 affected. are we fine?
!code g l p | regex to match order ids like ORD-2024-000123 but not phone numbers
!code f l p | python to validate a 16-digit number with Luhn. test it on {BADCARD_NONE} which should fail
!classify f l p | which of these strings could be real IBANs and which fail the checksum: {BADIBAN_FR}, {BADIBAN_NL}
!extract f l i | pull the amounts and dates: 'paid 1,204,550.00 on 31/10/2024; 88,120.45 on 01/11/2024; refund of 4,410.00 on 05/11/2024'
!summarize f l i | summarise these bank lines: '2024-11-01 DD 0000418822 ENERGY 1,240.00 / 2024-11-03 FPS 77120019 PAYROLL 214,880.12 / 2024-11-04 CHQ 004412 RENT 18,500.00'
!reasoning m m i | bed 14 and bed 22 both have hospital number 7712044, one of them must be wrong. what do we do before the drug round?
!extract m l i | list the batch numbers and expiry dates: 'Batch 23K114-07 exp 03/2026; batch 23K118-02 exp 06/2026; batch 24A002-11 exp 01/2027'
!classify l l i | matter numbers 2024-LIT-0193, 2024-EMP-0077 and 2023-COM-1204 - which area of law is each, judging by the code?
!math f l p | a 16-digit reference {BADCARD_NONE2} was entered instead of the invoice amount 1,650.00. by how much does 1,650 x 12 months exceed 18,000?
!extract g l i | pull the SKUs and quantities: 'SKU 4400-1123-9981-07 x 12, SKU 4400-1123-9981-15 x 4, SKU 4410-0021-0031-02 x 40'
!sentiment g l p | customer wrote about order #88412201: 'third time I chase order 88412201, honestly unbelievable'. how annoyed?
!draft f l i | remind the customer that invoice 2024-11-0091 for 3,480.00 was due on 15.11.2024
!classify s l i | is case ref {BADNRIC} a Singapore NRIC or just our case code? it failed our NRIC check
!qa g l p | what's the MAC address 00:1A:2B:3C:4D:5E telling me about the manufacturer?
!extract g l i | pull the employee IDs out of this rota export: 'E104882 early, E104901 late, E105117 night, E104882 night'
!math g l p | we shipped 12,480 units in Q1, 14,022 in Q2 and 13,517 in Q3. average per quarter?
"""

FOLLOWUPS = """
draft g l p | now make it shorter
draft g l p | shorter. half the length
draft g l p | can you make that sound less stiff
draft g l p | more formal pls, it's going to the board
draft g l p | ok but lose the exclamation marks
draft g l p | turn that into bullet points
draft g l p | can you redo it as an email instead of a slack message
draft g l p | too long, nobody will read that. 3 lines max
draft g l p | make it friendlier, she's new
draft g l p | add a line at the end asking them to reply by friday
draft f l p | put the numbers from your answer into a short note for the finance director
draft f l p | now write it as the email to the supplier asking for the credit note
draft l l p | put that into a clause we could actually paste into the contract
draft l l p | can you turn your answer into a letter to the landlord?
draft m l p | rewrite that for the patient, no medical jargon
draft m l p | make the discharge advice shorter, she's 88 and tired
draft s l p | turn that into a one-paragraph phishing warning for staff
draft s l p | write it as the ticket for the SOC queue
summarize g l p | tl;dr?
summarize g l p | can you summarise what you just said in one sentence
summarize g l p | give me the 3 key points from that
summarize f l p | summarise your answer on the hedging options for my boss in 2 lines
summarize l l p | so what's the short version of that contract advice?
summarize m l p | sum up the plan for the nurse in charge
summarize s l p | shorter version of the incident summary for the exec update
reasoning g m p | why?
reasoning g m p | why that one and not the other?
reasoning g m p | ok but what are the downsides of doing it that way
reasoning g m p | are you sure? walk me through it again
reasoning g m p | what would you do if you were me
reasoning f m p | and if rates go up instead, does your advice change?
reasoning f m p | what if the customer pays 90 days late, is it still worth it?
reasoning l m p | would that still apply if he's on a fixed-term contract?
reasoning l m p | what if they never signed the updated terms?
reasoning m m p | and if her potassium was 5.8 instead, would you still give it?
reasoning m m p | what if the patient is also on warfarin?
reasoning s m p | why would an attacker bother with that account specifically?
reasoning s m p | and if the MFA push was approved from a different country, does that change your view?
math g l p | what's that as a percentage?
math g l p | and per person?
math f l p | same for the Q3 numbers: revenue 1.42m, costs 1.19m
math f l p | redo that with 20% VAT added
math f l p | and in euros at 1.17?
math f l p | what if the rate is 6.5% instead of 5?
math m l p | and for a 54 kg patient?
math s l p | what if only 3% clicked?
math g l p | how many is that per week then
extract g l p | just give me the dates from that
extract g l p | put the names and owners from your summary into a table
extract f l p | pull just the totals out of that into a list
extract l l p | list only the deadlines you mentioned
extract m l p | just the drug names and doses please
extract s l p | give me only the IPs and hashes from your answer as plain text so I can paste them into the blocklist
classify g l p | and which of them is highest priority?
classify g l p | which of those would you call urgent vs can wait?
classify f l p | and which of those are capex?
classify l l p | are any of those clauses non-standard?
classify s l p | ok and which of those alerts are false positives?
classify m l p | which of them count as red flags?
sentiment g l p | and the second email, positive or negative?
sentiment g l p | what about the reply from the client, how does that read?
sentiment f l p | and how does the CFO's reply come across?
sentiment m l p | how did the patient's daughter sound in the second message?
sentiment l l p | is their latest letter more or less hostile than the first?
sentiment s l p | how is the team taking the new MFA rollout based on those replies?
translate g l p | same in french
translate g l p | and in Portuguese?
translate g l p | now do german too
translate f l p | can you translate that payment reminder into Spanish
translate l l p | translate the clause you just drafted into German
translate m l p | translate those instructions into Polish for the family
translate s l p | put the phishing warning into Italian for the Milan office
code g l p | can you add error handling to that
code g l p | now in typescript
code g l p | add type hints and a docstring
code g l p | that throws KeyError on the second line, fix it
code g l p code | run it on the sample and show me the output
code f l p | make the loan formula handle a zero interest rate
code s l p | add a check so the script skips service accounts
qa g l p | what does 'idempotent' mean in your answer
qa g l p | sorry what's a webhook again
qa f l p | what do you mean by 'accrual' there
qa f l p | what's EBITDA short for again?
qa l l p | what's a 'companion' in that context?
qa m l p | what's eGFR, you mentioned it
qa s l p | what's a C2 server, you used that term
qa g l p | is that the same as what Google Docs calls suggestion mode?
creative g l p | give me 3 more options
creative g l p | funnier
creative g l p | can you make the poem rhyme this time
creative g l p | another slogan, less corporate
creative f l p | try a version of that budget-day limerick for the finance team
creative s l p | can you do a version of the security poster slogan about tailgating
creative m l p | make the hand hygiene slogan work as a song chorus
chat g l p | perfect thanks
chat g l p | hmm not quite what I meant
chat g l p | nope, still wrong
chat g l p | ok cool
chat g l p | brilliant, that's exactly it
chat g l p | thx!!
chat g l p | sorry, I pasted the wrong thing
chat g l p | hold on, let me find the file
chat g l p | you're a lifesaver
chat g l p | never mind, my manager already sorted it
chat g l p | hi again
chat g l p | lol fair
chat g l p | are you still there?
chat g l p | I'll come back to this after lunch
chat g l p | ty, that's all for today
draft g l p => make it shorter ;; translate g l p => give me a Spanish version too | make it shorter and give me a Spanish version too
summarize g l p => summarise that ;; draft g l p => turn it into an email to the team | summarise that and turn it into an email to the team
math f l p => recalculate with the new rate of 4.2% ;; draft f l p => update the note to the CFO | recalculate with the new rate of 4.2% and update the note to the CFO
extract s l p => list the IOCs from your answer ;; draft s l p => write the block request for the firewall team | list the IOCs from your answer and write the block request for the firewall team
reasoning l m p => why is that clause risky ;; draft l l p => suggest safer wording | why is that clause risky? suggest safer wording
chat g l p => thanks ;; draft g l p => one more thing, write the calendar invite text for it | thanks! one more thing, write the calendar invite text for it
translate m l p => translate it to Tagalog ;; summarize m l p => add a one-line summary in English for the chart | translate it to Tagalog and add a one-line summary in English for the chart
"""

MORE_MULTI = """
summarize l l c => summarise the heads of terms ;; reasoning l m c => tell me whether the waiver is likely to be valid ;; math l l c => how much of the payment is taxable | summarise the heads of terms, tell me whether the waiver is likely to be valid, and how much of the payment is taxable?{SETTLEMENT}
extract l l c => list what each side gets ;; draft l m c => draft the covering letter to the employee's solicitor | list what each side gets, then draft the covering letter to the employee's solicitor{SETTLEMENT}
qa l l c => what does 'without prejudice' mean for these heads ;; classify l l c => which terms are standard and which are unusual | what does 'without prejudice' mean for these heads, and which terms are standard vs unusual?{SETTLEMENT}
summarize l l c => what does this renewal clause mean ;; math l l c => calculate the notice deadline if the term ends 31 March ;; draft l l c => draft the non-renewal notice | what does this renewal clause mean, when is the notice deadline if the term ends 31 March, and draft the non-renewal notice{AUTORENEW}
reasoning l m c => should we let it renew or renegotiate ;; math l l c => what's the max fee increase on a 60k contract with CPI at 4.1% | should we let it renew or renegotiate? and what's the max fee increase on a 60k contract with CPI at 4.1%{AUTORENEW}
extract l l c => pull every deadline and notice requirement ;; draft l l i => write a reminder for the contracts calendar | pull every deadline and notice requirement and write a reminder for the contracts calendar{AUTORENEW}
summarize m l c => summarise the OH report for the line manager ;; draft l m c => draft the phased return plan letter | summarise the OH report for the line manager (no clinical detail) and draft the phased return plan letter to the employee{FITNOTE}
reasoning l m c => are we obliged to provide the sit-stand desk ;; qa m l p => what is sciatica exactly | are we obliged to provide the sit-stand desk? also what is sciatica exactly{FITNOTE}
extract m l c => list the adjustments recommended ;; classify l l c => say which are legally required vs good practice | list the adjustments recommended and say which are legally required vs good practice{FITNOTE}
extract m l c => list the discrepancies ;; reasoning m m c => tell me which ones matter most with an eGFR of 38 ;; draft m l c => write the note to the ward pharmacist | list the discrepancies, tell me which ones matter most with an eGFR of 38, and write the note to the ward pharmacist{MEDREC}
classify m l c => flag each med as continue, hold or query ;; summarize m l c => summarise for the admitting doctor | flag each med as continue, hold or query, then summarise for the admitting doctor{MEDREC}
reasoning m m c => is the naproxen a problem here ;; draft m l c => write what I should say to the patient about it | is the naproxen a problem here? and write what I should say to the patient about it{MEDREC}
summarize m l c => explain the risks in plain language ;; translate m l c => translate that explanation into Urdu | explain the risks in plain language and translate that explanation into Urdu for the patient's husband{CONSENT}
math m l c => if 200 patients have this operation how many bile leaks and conversions would you expect ;; qa m l c => what is an intra-operative cholangiogram | if 200 patients have this operation how many bile leaks and conversions would you expect? and what is an intra-operative cholangiogram{CONSENT}
extract m l c => list the risks with their frequencies ;; draft m l c => draft a patient information sheet section | list the risks with their frequencies and draft a patient information sheet section from them{CONSENT}
reasoning l m i => do we need to notify the regulator ;; reasoning l m i => do we need to tell the customers ;; draft l m i => draft the regulator notification | do we need to notify the regulator? do we need to tell the customers? draft the regulator notification{BREACH_NOTE}
summarize s l i => summarise the incident ;; classify s l i => rate the severity ;; draft l m i => draft the customer notice | summarise the incident, rate the severity, and draft the customer notice{BREACH_NOTE}
math l l i => how many hours since we became aware ;; qa l l p => which authorities do we deal with for UK, Ireland and Germany | it's 7 Nov 09:00 - how many hours since we became aware? and which authorities do we deal with for UK, Ireland and Germany{BREACH_NOTE}
reasoning l h i => build the full notification decision and plan ;; draft s l i => write the internal comms for staff | Build the full notification decision and plan (per country: whether to notify, deadline, content, who signs off, customer messaging, regulator Q&A), then write the internal comms for staff{BREACH_NOTE}
summarize l l i => summarise their position ;; reasoning l m i => assess who's right on the colour variance ;; draft l m i => draft our response | summarise their position, assess who's right on the colour variance, and draft our response{SUPPLIER_DISPUTE}
sentiment l l i => how hostile is this ;; extract l l i => pull the deadline and amounts | how hostile is this, and pull the deadline and amounts{SUPPLIER_DISPUTE}
math f l i => what's the value of the rejected units if the invoice covers all 4,000 ;; reasoning l m i => should we pay the undisputed part now | what's the value of the rejected units if the invoice covers all 4,000? should we pay the undisputed part now to keep deliveries going?{SUPPLIER_DISPUTE}
translate l l c => translate the key clauses into German ;; summarize l l c => summarise the rest in English | translate the key clauses into German and summarise the rest in English{NONCOMP}
qa l l p => what is constructive dismissal ;; reasoning l m c => could this situation become one | what is constructive dismissal, and could this situation become one?{GRIEVANCE}
classify l l c => which party does each clause favour ;; draft l m c => redraft 11.3 to be more balanced | which party does each clause favour? redraft 11.3 to be more balanced{LIAB}
qa l l i => what's a sub-processor ;; extract l l i => list our obligations ;; draft l l i => draft the email to our vendor asking for their sub-processor list | what's a sub-processor, list our obligations here, and draft the email to our vendor asking for their sub-processor list{DPA}
draft l m c => draft the appeal outcome letter ;; summarize l l c => summarise the grounds for the file | draft the appeal outcome letter upholding the dismissal and summarise the grounds for the file{DISMISSAL}
reasoning l m p => can we refuse a flexible working request for a receptionist ;; draft l l p => draft the refusal letter with business reasons | can we refuse a flexible working request for a receptionist? if yes draft the refusal letter with business reasons
qa l l p => what's the difference between a contractor and an employee ;; classify l l p => which is this | what's the difference between a contractor and an employee, and which is this: 'works only for us, 5 days a week, our laptop, our hours, invoices monthly'
summarize m l c => summarise the overnight events ;; classify m l c => give a NEWS2 band ;; draft m l c => write the escalation message to the registrar | summarise the overnight events, give a NEWS2 band, and write the escalation message to the registrar{ICU_HO}
qa m l p => what's a normal ferritin ;; reasoning m m c => what should the GP do next ;; draft m l c => draft the letter | what's a normal ferritin? what should the GP do next, and draft the letter{LABS_FE}
summarize m l c => summarise the complaint ;; reasoning m m c => identify the care failures ;; draft m h c => draft the full formal response | summarise the complaint, identify the care failures, and draft the full formal response with an apology, findings for each issue, actions and who to contact{PT_COMPLAINT}
math m l c => calculate her total daily diuretic dose ;; qa m l p => explain what dapagliflozin does | calculate her total daily diuretic dose during the change and explain what dapagliflozin does{HF_LETTER}
reasoning s m c => is this credential stuffing or a targeted attack ;; code s l c => write a sigma rule ;; draft s l c => write the summary for the CISO | is this credential stuffing or a targeted attack? write a sigma rule for it and the summary for the CISO{AUTHLOG}
classify s l i => is this request risky ;; reasoning s m i => what would least privilege look like here | is this request risky? what would least privilege look like here{IAM_REQ}
summarize s l i => explain the standard ;; creative s l i => write a catchy one-liner for the intranet banner | explain the standard in 3 bullets and write a catchy one-liner for the intranet banner{PW_POLICY}
qa s l p => what's a zero-day ;; reasoning s m i => which of these findings should we treat like one | what's a zero-day, and which of these findings should we treat like one?{VULNSCAN}
summarize f l i => summarise the renewal ;; math f l i => total extra cost ;; reasoning f m i => advise whether to shop around | summarise the renewal, total the extra cost, and advise whether we should shop around{INS_EMAIL}
extract f l r => pull the payment details ;; classify s l r => tell me if it's a fraud attempt ;; draft s l r => draft a warning to AP | pull the payment details, tell me if it's a fraud attempt, and draft a warning to AP{BANKCHG}
reasoning s m r => what should AP do now ;; draft f l r => write the call-back script to verify with the supplier | what should AP do now? also write the call-back script to verify with the supplier on the number we already have{BANKCHG}
creative f l i => a funny subject line for the expenses reminder ;; draft f l i => the reminder itself | a funny subject line for the expenses reminder, and the reminder itself{EXP_SLACK}
qa f l p => what is a cost per lead ;; math f l i => work it out for events ;; creative g l p => suggest a punchy title for my slide | what is a cost per lead, work it out for events, and suggest a punchy title for my slide{MKT_SPEND}
reasoning f h i => write the full pricing exception memo ;; summarize f l i => add a 2-line summary for Slack | write the full pricing exception memo for a 250k 3-year deal at 27% (rationale, margin impact, risks, approvals needed), then add a 2-line summary for Slack{PRICING}
translate m l p => translate the leaflet into Romanian ;; translate m l p => and into Bengali | translate the leaflet into Romanian and into Bengali: 'Your wound should be kept dry for 48 hours. Remove the dressing after 5 days.'
"""

LONG_ROWS = """
summarize f l i => summarise this thread for me ;; reasoning f m i => tell me which of Nadia's three options is least painful ;; math f l i => check her 204k figure | I've been copied in on this and I'm walking into the budget review blind. summarise this thread for me, tell me which of Nadia's three options is least painful for CS, and check her 204k figure{LONG_THREAD}
draft f m i | write my reply to Nadia: we'll take option (a) and partly (c), and I'll bring the renewal data to Thursday's review{LONG_THREAD}
summarize m l c | can you turn this into a one-paragraph summary for the community respiratory team?{LONG_DISCHARGE}
extract m l c => list the discharge meds and what changed ;; draft m l c => write a plain-English medicines sheet for the patient and his wife ;; classify m l c => flag which follow-up actions belong to the GP | list the discharge meds and what changed, write a plain-English medicines sheet for the patient and his wife, and flag which follow-up actions belong to the GP{LONG_DISCHARGE}
summarize s l i => write the overnight summary for the day shift ;; extract s l i => build a timeline ;; reasoning s m i => say what's still open and what to do first | write the overnight summary for the day shift, build a timeline, and say what's still open and what to do first{LONG_SOC}
draft s h i | From this channel, write the full incident report: executive summary, timeline, attack technique, impact, containment, open actions with owners, and recommendations (including phishing-resistant MFA).{LONG_SOC}
reasoning l m c | We had 99.5% availability in October and 97.8% in both Sept and Aug. What can the customer actually claim or do under this, and what should we say before they ask?{LONG_MSA}
math l l c => calculate the October credit on monthly fees of 42,000 ;; summarize l l c => summarise the SLA regime for the account team | calculate the October credit at 99.5% on monthly fees of 42,000, and summarise the SLA regime for the account team{LONG_MSA}
"""


_BLOCKS = (FINANCE_OPS, FINANCE_PLAIN, LEGAL_ROWS, LEGAL_PLAIN, MEDICAL_ROWS, MEDICAL_PLAIN,
           SECURITY_ROWS, SECURITY_PLAIN, GENERAL_ROWS, GENERAL_PLAIN, PII_ROWS, HARD_NEG,
           MORE_MULTI, LONG_ROWS, FOLLOWUPS)  # fmt: skip


def rows() -> list[Row]:
    """Materials and PII raise every task of a row to their sensitivity."""
    expand = Placeholders(_MAT, {**_PII, **_NEG})
    return line_rows(_BLOCKS, prefix="diverse3", expand=expand, floor=True)


def main() -> None:
    check_lookalikes(_NEG)
    # clauses here are labels for each ask, not always verbatim spans of the text
    write_and_check(
        HERE / "train_diverse3.jsonl", rows(), verbatim=False, pii_floor="task"
    )


if __name__ == "__main__":
    main()
