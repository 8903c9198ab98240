"""Eighth hand-written TRAIN corpus (writes ``train_diverse8.jsonl``).

Why: the intent model is near-perfect on its own template split but loses
accuracy on sets written by other people. This corpus was written by another
independent author, without running the classifier on it or looking at its
errors, as if sampling the real traffic of a company assistant that every
department uses: HR, IT helpdesk, facilities, procurement, sales, marketing,
finance, legal, engineering, the security team, occupational health. So it
is a long tail of everyday asks -- many terse ones (two to ten words), many
plain questions, follow-ups ("and in French?", "ok now shorter"), a share in
other languages, customers' messages pasted in for tone or for routing,
spreadsheets pasted as text for arithmetic, logs, code, contracts, clinical
letters -- plus 70+ multi-task requests, PII of every type in several
formats, and hard negatives (order / invoice / ticket ids, version strings,
16-digit numbers failing Luhn, IBAN-shaped strings with a wrong checksum,
dates, amounts) that carry no PII. It never reads fresh*.jsonl or test.jsonl.

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting,
markets -> finance; rights, disputes, appeals, contracts, compliance and
regulation, employment law -> legal; symptoms, drugs, care, clinical notes,
health records -> medical; accounts, attacks, phishing, malware, access
control, vulnerabilities -> security; an office, social, technical-but-not-
security or creative ask that merely mentions such words -> general. A task
whose own words are neutral takes the domain of the material it acts on.
Complexity is low unless the task weighs options / needs a multi-step
argument (medium) or a long structured deliverable (high). Sensitivity:
public by default, internal for internal business material, confidential for
personal data, restricted for cards / IBANs / SSNs / NRICs / credentials.
Tools: calculator when a number must be computed, retrieval for the company's
own documents, browsing for live web information, code_execution when code
must be run.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|run]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: ids,
versions, failing checksums, dates, amounts, and no PII). ``{NAME}`` pastes
material after a blank line, ``{{NAME}}`` pastes it inline (no blank line),
``<NAME>`` inserts a marked PII value or an unmarked look-alike; ``\\n`` is a
newline. Multi-task rows name each clause verbatim from the text.
Usage: ``python tests/data/intent/train_diverse8_source.py`` (rewrites the
jsonl, validates it, prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    positional,
    pv,
    write_and_check,
)

_v = Values(80808)
_rng = _v.rng
_iban, _bad_iban, _card, _bad_card, _nric = (
    _v.iban,
    _v.bad_iban,
    _v.card,
    _v.bad_card,
    _v.nric,
)
# this corpus writes the code_execution tool as "run"
_SPEC = positional({"calc": "calculator", "retr": "retrieval", "web": "browsing",
                    "run": "code_execution"})  # fmt: skip


# marked PII values (the gold spans come from the marks)
_P = {
    # people
    "N1": mark("PERSON", "Oluwaseun Adebayo"),
    "N2": mark("PERSON", "Margaret Chua"),
    "N3": mark("PERSON", "Tobias Brandt"),
    "N4": mark("PERSON", "Rosa Delgado"),
    "N5": mark("PERSON", "Kwame Mensah"),
    "N6": mark("PERSON", "Ingrid Halvorsen"),
    "N7": mark("PERSON", "Declan Murphy"),
    "N8": mark("PERSON", "Anjali Deshmukh"),
    "N9": mark("PERSON", "Pierre-Louis Girard"),
    "N10": mark("PERSON", "Hana Kobayashi"),
    "N11": mark("PERSON", "Zainab Yusuf"),
    "N12": mark("PERSON", "Callum Reid"),
    "N13": mark("PERSON", "Sofia Marchetti"),
    "N14": mark("PERSON", "Benjamin Osei"),
    "N15": mark("PERSON", "Lea Vogel"),
    "N16": mark("PERSON", "Tan Wei Ming"),
    # e-mail
    "E1": mark("EMAIL", "o.adebayo@harbourline.co.uk"),
    "E2": mark("EMAIL", "margaret.chua@stratoslogistics.sg"),
    "E3": mark("EMAIL", "tbrandt@brandt-elektro.de"),
    "E4": mark("EMAIL", "rosa.delgado84@gmail.com"),
    "E5": mark("EMAIL", "accounts.payable@quillfield.com"),
    "E6": mark("EMAIL", "kmensah+invoices@outlook.com"),
    "E7": mark("EMAIL", "security-alerts@paypa1-support.com"),
    "E8": mark("EMAIL", "hr-benefits@quillfield-portal.net"),
    "E9": mark("EMAIL", "d.murphy@murphyandcole.ie"),
    "E10": mark("EMAIL", "hana_k@kobayashi-design.jp"),
    "E11": mark("EMAIL", "lockforge-support@onionmail.org"),
    # phones
    "T1": mark("PHONE", "+1 (312) 555-0187"),
    "T2": mark("PHONE", "617-555-0142"),
    "T3": mark("PHONE", "+44 7911 123456"),
    "T4": mark("PHONE", "+44 20 7946 0958"),
    "T5": mark("PHONE", "0161 496 0732"),
    "T6": mark("PHONE", "+65 8123 4567"),
    "T7": mark("PHONE", "+65 6734 2210"),
    "T8": mark("PHONE", "+49 89 2419 7731"),
    "T9": mark("PHONE", "+49 171 2345678"),
    "T10": mark("PHONE", "+33 6 45 12 87 90"),
    "T11": mark("PHONE", "+91 99876 54321"),
    "T12": mark("PHONE", "+61 2 9876 5432"),
    "T13": mark("PHONE", "(415) 555-0119"),
    "T14": mark("PHONE", "+353 87 123 4567"),
    "T15": mark("PHONE", "+81 90 1234 5678"),
    # IP addresses
    "IP1": mark("IP_ADDRESS", "91.240.118.172"),
    "IP2": mark("IP_ADDRESS", "10.14.2.33"),
    "IP3": mark("IP_ADDRESS", "192.168.50.12"),
    "IP4": mark("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    "IP5": mark("IP_ADDRESS", "fe80::1c3d:5eff:fe2a:9b01"),
    "IP6": mark("IP_ADDRESS", "198.51.100.23"),
    "IP7": mark("IP_ADDRESS", "2606:4700:3031::ac43:b21f"),
    "IP8": mark("IP_ADDRESS", "172.20.8.140"),
    "IP9": mark("IP_ADDRESS", "185.234.219.6"),
    # cards (Luhn-valid)
    "C1": mark("CREDIT_CARD", _card("4", 16, " ")),
    "C2": mark("CREDIT_CARD", _card("51", 16, "-")),
    "C3": mark("CREDIT_CARD", _card("4", 16, "")),
    "C4": mark("CREDIT_CARD", _card("34", 15, " ")),
    "C5": mark("CREDIT_CARD", _card("6011", 16, "")),
    "C6": mark("CREDIT_CARD", _card("2720", 16, " ")),
    "C7": mark("CREDIT_CARD", _card("55", 16, "")),
    "C8": mark("CREDIT_CARD", _card("4", 16, "-")),
    # IBANs (mod-97-valid)
    "I1": mark("IBAN", _iban("DE", True)),
    "I2": mark("IBAN", _iban("GB", False)),
    "I3": mark("IBAN", _iban("FR", True)),
    "I4": mark("IBAN", _iban("NL", False)),
    "I5": mark("IBAN", _iban("ES", False)),
    "I6": mark("IBAN", _iban("IT", True)),
    "I7": mark("IBAN", _iban("BE", False)),
    "I8": mark("IBAN", _iban("AT", True)),
    "I9": mark("IBAN", _iban("IE", True)),
    "I10": mark("IBAN", _iban("SE", False)),
    "I11": mark("IBAN", _iban("NO", True)),
    "I12": mark("IBAN", _iban("LU", False)),
    "I13": mark("IBAN", _iban("CH", True)),
    "I14": mark("IBAN", _iban("PL", False)),
    # SSNs and NRICs
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "SSN2": mark("US_SSN", pv.ssn(_rng)),
    "SSN3": mark("US_SSN", pv.ssn(_rng)),
    "SSN4": mark("US_SSN", pv.ssn(_rng).replace("-", " ")),
    "NR1": mark("SG_NRIC", _nric("S")),
    "NR2": mark("SG_NRIC", _nric("T")),
    "NR3": mark("SG_NRIC", _nric("G")),
    "NR4": mark("SG_NRIC", _nric("F")),
    "NR5": mark("SG_NRIC", _nric("M")),
}

# unmarked look-alikes for hard-negative rows (each fails its checksum)
_HN = {
    "BC1": _bad_card("4", " "),
    "BC2": _bad_card("53", "-"),
    "BC3": _bad_card("4", ""),
    "BC4": _bad_card("6011", " "),
    "BI1": _bad_iban("DE", True),
    "BI2": _bad_iban("GB", False),
    "BI3": _bad_iban("FR", True),
    "BI4": _bad_iban("NL", False),
    "BN1": pv.bad_nric(_rng),
}

# pasted material: name -> text (PII written as <NAME>, expanded after pasting)
_MAT = {
    # customers' messages
    "CUSTMAIL": "From: <N4> <<E4>>\nSubject: third time asking!!\n\nI ordered the standing desk on the 2nd, paid for express delivery, and it still hasn't arrived. Your chat bot keeps telling me it's 'in transit'. I've taken two days off work waiting in for a courier who never came. If this isn't sorted by Friday I want a full refund including the delivery charge. Call me on <T2> - I'm done with email.\nRosa",
    "CUSTBATCH": "1. 'Love the new app update, checkout is so much quicker now'\n2. 'I was charged twice for my March subscription, please refund one'\n3. 'How do I change the email address on my account?'\n4. 'Your driver left the parcel in the rain. Box soaked, contents ruined.'\n5. 'Any chance you'll stock the blue version again?'\n6. 'Someone logged into my account from another country and changed my password'",
    "REVIEWS": "★★★★★ 'Does exactly what it says, setup took 5 minutes.'\n★★☆☆☆ 'Battery died after three weeks. Support were polite but useless.'\n★★★☆☆ 'Fine for the price I guess. The app is clunky.'\n★☆☆☆☆ 'Stopped syncing after the update. Want my money back.'\n★★★★☆ 'Great, but the manual is only in German??'",
    "SUPPORTCHAT": "Customer: hi my invoice shows 3 licences but we only have 2 users\nAgent: Hi! Let me check that for you.\nCustomer: its been like this for 3 months, so you owe us for 3 licences\nAgent: I can see a third seat was added on 14 Jan by your admin.\nCustomer: nobody here added anything. honestly this is the last straw, we're looking at other vendors",
    "NPS": "Score 9: 'Onboarding was smooth and the account manager actually listens.'\nScore 3: 'Price went up 18% with no warning.'\nScore 7: 'Product is good, reporting is weak.'\nScore 0: 'Cancelled. Nobody replied to three tickets.'\nScore 10: 'Best tool we've bought this year.'",
    "GERMANMAIL": "Sehr geehrte Damen und Herren,\n\nleider müssen wir Ihnen mitteilen, dass sich die Lieferung der bestellten Ersatzteile um etwa drei Wochen verzögert. Grund sind Engpässe bei unserem Zulieferer. Wir bitten um Ihr Verständnis und melden uns, sobald ein verbindlicher Liefertermin feststeht.\n\nMit freundlichen Grüßen\n<N3>\nBrandt Elektro GmbH",
    "SPANISHNOTE": "Hola equipo, os recuerdo que el viernes la oficina de Valencia cierra a las 14:00 por la fiesta local. Si tenéis visitas de clientes, por favor movedlas al lunes. Gracias!",
    # spreadsheets pasted as text
    "SALES": "Region | Q1 | Q2 | Q3 | Q4\nNorth | 412,300 | 398,750 | 455,100 | 501,900\nSouth | 289,000 | 301,450 | 276,800 | 330,200\nEast | 150,600 | 162,300 | 171,950 | 168,400\nWest | 377,250 | 365,000 | 402,700 | 449,650",
    "TRAVEL": "date,category,amount_eur\n2024-09-02,flight,412.60\n2024-09-02,hotel,318.00\n2024-09-03,meals,74.25\n2024-09-03,taxi,38.90\n2024-09-04,meals,51.10\n2024-09-04,train,96.00",
    "BUDGET": "Marketing budget FY25 (k)\nline | budget | actual YTD\nPaid search | 240 | 198\nEvents | 180 | 211\nContent | 90 | 64\nSponsorships | 120 | 120\nTools | 45 | 51",
    "TIMESHEET": "Mon 8.5\nTue 9\nWed 7.75\nThu 10.25\nFri 6\nSat 3.5",
    "TICKETSTATS": "week | opened | closed | breached SLA\nW36 | 412 | 398 | 17\nW37 | 455 | 430 | 22\nW38 | 390 | 415 | 9\nW39 | 508 | 471 | 31",
    "QUOTES": "Supplier A: 250 chairs @ 189.00, delivery 1,200, 5-yr warranty, 6 weeks\nSupplier B: 250 chairs @ 172.50, delivery free, 2-yr warranty, 10 weeks\nSupplier C: 250 chairs @ 201.00, delivery 600, 10-yr warranty, 4 weeks, takes old chairs away",
    "PAYROLL": "Name | Role | Base | Bonus %\n<N12> | Sales lead | 68,000 | 15\n<N8> | Account exec | 52,500 | 10\n<N14> | Account exec | 49,000 | 10\n<N13> | SDR | 36,000 | 8",
    # HR, legal, facilities
    "WARNING": "Dear <N7>,\n\nThis letter confirms the outcome of the disciplinary hearing held on 12 September. You were found to have breached the attendance policy on seven occasions between June and August. You are issued with a first written warning, which will remain on your file for 6 months. You have the right to appeal within 5 working days by writing to HR.\n\nPeople Team",
    "NDA": "3. Obligations. The Recipient shall (a) keep the Confidential Information strictly confidential, (b) use it solely for the Purpose, and (c) not disclose it to any third party other than its employees and advisers who need to know it. 4. Term. The obligations in clause 3 continue for three (3) years from the date of disclosure. 5. Return. On request, the Recipient shall return or destroy all Confidential Information within ten (10) days.",
    "RENEWAL": "14.2 This Agreement shall renew automatically for successive twelve (12) month periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term. 14.3 Upon each renewal, Supplier may increase the Fees by up to seven percent (7%) or CPI, whichever is greater.",
    "LEASE": "7.4 The Tenant shall not make any structural alterations to the Premises without the Landlord's prior written consent. 7.5 The Tenant may install internal partitioning, cabling and signage, provided these are removed and any damage made good at the end of the Term. 9.1 The Tenant may terminate this Lease on the fifth anniversary of the Term Commencement Date by giving not less than six months' written notice.",
    "LEAVEPOL": "Parental leave (UK): employees with 26 weeks' service receive 16 weeks at full pay followed by 23 weeks at statutory rate. Partners receive 4 weeks at full pay, to be taken within 12 months of the birth or placement. Requests must be made at least 15 weeks before the due date. Keeping-in-touch days (up to 10) are paid at the normal daily rate.",
    "DSAR": "From: <N11> <<E8>>\n\nUnder Article 15 GDPR I am requesting a copy of all personal data you hold about me, including interview notes and any emails in which I am mentioned, from my employment between 2019 and 2023. Please confirm receipt. My phone is <T3> if you need to verify my identity.",
    "FACILITIES": "Hi Facilities, the air con on level 4 (east side, near the kitchen) has been blowing warm air since Monday. It's 28 degrees by lunch and two people have gone home with headaches. Also the blind in meeting room 4.07 is stuck half down. Thanks, Ops",
    # medical
    "FITNOTE": "Statement of fitness for work\nPatient: <N5>\nCondition: lower back pain (lumbar strain)\nAssessment: may be fit for work taking into account the following advice: amended duties, no lifting over 10 kg, altered hours (mornings only) for 4 weeks.\nReview: 21 October",
    "DISCHARGE": "Discharge summary - <N2>, 71F\nAdmitted with community-acquired pneumonia, CURB-65 2. Treated with IV co-amoxiclav then oral, 7 days total. Background: COPD, hypertension, type 2 diabetes. New: started on inhaled tiotropium. Stopped: amlodipine (ankle swelling). Follow-up: chest X-ray in 6 weeks, GP to review BP in 2 weeks.",
    "OHREF": "Occupational health referral\nEmployee: <N6>, warehouse operative, night shift\nReason: recurrent migraines (approx. 3 per month), two falls from steps in the last quarter, currently taking sumatriptan. Manager asks: is she fit for night work and for working at height? What adjustments would help?",
    "INCIDENTFORM": "Accident report - Goods-in, 09:40\nInjured person: <N14>\nWhat happened: cut to left palm from a box cutter while opening a delivery. Bleeding controlled with pressure, wound cleaned, dressing applied by first aider. Approx. 3 cm, edges gaping slightly. Tetanus status unknown. Sent to urgent care.",
    "MEDLIST": "Current meds: warfarin 5 mg daily, bisoprolol 2.5 mg, atorvastatin 40 mg at night, omeprazole 20 mg. Patient asking whether he can take ibuprofen for a sprained ankle and whether cranberry juice is ok.",
    "TRIALPR": "The phase 3 study enrolled 1,240 adults with moderate-to-severe plaque psoriasis. At week 16, 74% of patients on the twice-monthly injection achieved 75% skin clearance versus 9% on placebo. The most common side effects were upper respiratory infections and injection-site reactions. Two cases of serious infection were reported in the treatment arm.",
    # security
    "PHISH": "From: PayPal Security <<E7>>\nSubject: Action required: unusual sign-in detected\n\nWe noticed a login to your account from a new device. If this wasn't you, your account will be limited within 24 hours. Verify your identity now: hxxps://paypa1-support[.]com/secure-login\n\nPayPal Security Team",
    "FWLOG": "2024-10-07T03:12:44Z DENY TCP <IP1>:51877 -> <IP8>:3389\n2024-10-07T03:12:45Z DENY TCP <IP1>:51879 -> <IP8>:3389\n2024-10-07T03:13:02Z ALLOW TCP <IP1>:52011 -> <IP8>:443\n2024-10-07T03:13:05Z ALLOW TCP <IP8>:49822 -> <IP9>:8080 bytes=48213990",
    "SIGNIN": "User: c.reid | 06:02 login OK from <IP3> (office) | 06:47 login OK from <IP4> (Lagos, NG) | 06:48 MFA method added: new phone | 06:51 mailbox rule created: move 'invoice' to RSS Feeds",
    "VULNSCAN": "Host <IP2>\n  22/tcp  open  OpenSSH 7.4 (CVE-2018-15473 user enumeration)\n  80/tcp  open  Apache httpd 2.4.29 (multiple CVEs)\n  443/tcp open  nginx 1.25.3\n  3306/tcp open MySQL 5.7.33 (exposed to LAN)",
    "SECCODE": "```python\nDB_USER = 'admin'\nDB_PASS = 'Summer2024!'\n\ndef get_user(name):\n    q = \"SELECT * FROM users WHERE name = '\" + name + \"'\"\n    return db.execute(q)\n```",
    # engineering / internal
    "PYBUG": "```python\ndef average_order_value(orders):\n    total = 0\n    for o in orders:\n        total += o['amount']\n    return total / len(orders)\n\nprint(average_order_value([]))\n```\nZeroDivisionError: division by zero",
    "SQLSLOW": "```sql\nSELECT c.name, COUNT(*)\nFROM orders o, customers c\nWHERE o.customer_id = c.id\n  AND YEAR(o.created_at) = 2024\nGROUP BY c.name\nORDER BY 2 DESC;\n```\ntakes 40s on 12M rows",
    "STACK": 'java.lang.NullPointerException: Cannot invoke "String.trim()" because "address.line2" is null\n    at com.quillfield.shipping.LabelFormatter.format(LabelFormatter.java:88)\n    at com.quillfield.shipping.LabelService.print(LabelService.java:41)\n    at com.quillfield.api.ShipmentController.create(ShipmentController.java:127)',
    "POSTMORTEM": "Incident 2024-10-03 checkout outage (47 min)\nTimeline: 14:02 deploy of pricing service; 14:05 error rate 38%; 14:20 rollback attempted, failed (migration not reversible); 14:49 hotfix deployed. Root cause: new column NOT NULL without default. Contributing: canary skipped because of Friday freeze exception. Actions: reversible migrations only, canary mandatory, on-call runbook update.",
    "MEETING": "Notes - website relaunch sync\n- design signed off hero + nav, footer still open\n- Priya: copy for pricing page due Wed\n- Dev: staging ready Thu, need content freeze Fri\n- legal review of cookie banner pending\n- launch moved from 4 Nov to 11 Nov\n- budget for stock photos: 1.5k approved",
    "SLACK": "jo: anyone know why the build is red?\nsam: the integration tests time out on the new runner\njo: again?? since when\nsam: since they bumped the runner image yesterday, node 18 -> 20\nmaya: i pinned it back to 18 on my branch and it passes\njo: ok can someone open a ticket so infra fixes the image properly",
    "JOBAD": "We're hiring a Facilities Coordinator for our Leeds office. You'll look after building maintenance, manage contractors, organise desk moves and keep our health and safety paperwork up to date. You'll need 2+ years in a similar role and a calm head when the lift breaks down on a Monday.",
    "PRESS": "Quillfield today announced the opening of its new distribution centre in Rotterdam, adding 32,000 square metres of capacity and 180 jobs. The site runs on rooftop solar and will serve customers across the Benelux with next-day delivery from January.",
    "SURVEY": "What would make the office better?\n- 'more quiet booths, I can't take calls at my desk'\n- 'the coffee is honestly fine, stop asking'\n- 'bike storage is full by 8:30'\n- 'love the new plants!'\n- 'the lunch and learn sessions are always at the worst time for the Singapore team'",
    # finance documents
    "INVOICE": "INVOICE INV-2024-7731\nFrom: Brandt Elektro GmbH, Munich\nTo: Quillfield Ltd\nItems: cable trays x40 @ 23.50; installation 2 days @ 680.00\nSubtotal: 2,300.00  VAT 19%: 437.00  Total: EUR 2,737.00\nPay to: <I1>, BIC DEUTDEMMXXX\nDue: 30 days net",
    "PAYSLIP": "Payslip Oct 2024 - <N16>, NRIC <NR1>\nBasic 5,800.00 | Allowance 300.00 | CPF employee (20%) -1,220.00 | Net 4,880.00\nBank: DBS ****2231",
    "STATEMENT": "02 Oct  SPOTIFY           -10.99\n03 Oct  SALARY QUILLFIELD +3,412.50\n05 Oct  RENT OCT          -1,350.00\n07 Oct  TESCO             -84.23\n11 Oct  CLAIM REFUND AXA  +220.00\n15 Oct  CAR INSURANCE     -61.40\n21 Oct  AMAZON MKTPLACE   -39.99",
    "GPNOTE": "GP consultation 08/10 - <N10>, 39F\nPC: 3 weeks of fatigue, low mood, poor sleep, headaches most afternoons. No weight loss. Works night shifts at a logistics depot. PMH: asthma. Meds: salbutamol PRN, sertraline 50 mg started in August. Allergies: penicillin (rash). Plan: bloods (FBC, TFTs, ferritin), sleep hygiene advice, review sertraline in 4 weeks, fit note for 1 week.",
    "PATFEED": "1) 'The receptionist was lovely but I waited 50 minutes past my slot.'\n2) 'Dr Khan explained everything and didn't rush me.'\n3) 'Nobody told me the blood results, I had to chase three times.'\n4) 'Parking is a nightmare, I nearly missed my scan.'\n5) 'The nurse who did my dressing was gentle and funny, thank you.'",
    "HEATGUIDE": "During hot weather, drink plenty of water, avoid strenuous activity between 11am and 3pm, and check on people who are older or live alone. Signs of heat exhaustion include headache, dizziness, heavy sweating and cramps; cool the person down and give water. If they are not better within 30 minutes, or have a temperature of 40C or above, call 999 - this may be heatstroke.",
    "SOLICITOR": "Letter before action\n\nWe act for <N5>, who was employed by your company as a delivery driver until 30 June. Our client was dismissed without any warning or hearing after reporting that van 14 had faulty brakes. We consider this an automatically unfair dismissal for making a protected disclosure. Unless you confirm within 14 days that you will pay compensation of 38,000 GBP, we are instructed to issue a claim in the Employment Tribunal without further notice.",
    "RANSOM": "!!! YOUR NETWORK HAS BEEN ENCRYPTED !!!\nAll files on your servers and backups are encrypted with military grade encryption by LockForge. We also copied 180 GB of your data (HR, finance, customers). To get the decryptor and stop publication, pay 14 BTC within 72 hours. Contact: <E11>. Do not contact police or recovery companies, or the price doubles.",
    "CLAIM": "Travel insurance claim: flight cancelled due to strike, 2 extra hotel nights (2 x 145 EUR), rebooking fee 90 EUR, meals 62 EUR. Policy excess 100 EUR. Policy covers 'reasonable additional accommodation and travel costs' up to 1,000 EUR.",
}

# two-to-ten-word asks, the bulk of real traffic
TERSE = r"""
chat g l p | hi
chat g l p | thx!!
chat g l p | you there?
chat g l p | good morning :)
chat g l p | ok cool
chat g l p | lol fair enough
chat g l p | who built you?
chat g l p | are you ChatGPT?
chat g l p | can you remember our last chat?
chat g l p | ty, that's everything for today
qa s l p | what is MFA
qa f l p | what's accrued revenue?
qa l l p | what does 'indemnify' mean
qa m l p | normal resting heart rate?
qa s l p | what's a zero-day
qa l l p | what is a DPA
qa m l p | is ibuprofen an anti-inflammatory
qa f l p | gross vs net salary?
qa g l i retr | whats the wifi password for guests
qa f l p web | EUR to GBP today?
qa g l p web | weather in Leeds tomorrow
math g l p calc | 15% of 2,340
math f l p calc | 4,800 + 20% VAT
math m l p calc | BMI for 82kg and 1.78m
translate g l p | 'out of office' in german
translate g l p | "thank you for your patience" -> japanese
translate m l p | 'fasting blood test' in French?
translate g l p | Übersetze bitte: 'see you at the offsite'
summarize g l i | tl;dr this pls{SLACK}
summarize l l i | short version?{NDA}
code g l p | regex for a UK postcode
code g l p | excel formula to count blanks in column C
code s l p | regex to spot AWS access keys in logs
creative g l p | 5 names for our new intranet
creative g l p | slogan for bike-to-work week
creative g l p | a limerick about the broken printer
creative g l p | fun team name for the hackathon?
draft g l p | write an out of office message
draft g l p | decline meeting politely
draft s l p | reminder to lock screens, 2 lines
classify g l p | bug or feature request? "Add dark mode to the dashboard"
classify s l p | spam or phishing? 'Your parcel is held, pay 1.99 customs here'
classify g l p | priority P1-P4: "homepage returns 500 for all users"
sentiment g l p | is this rude? "per my last email, please action"
sentiment g l p | tone check: 'Fine. Do whatever you want.'
sentiment f l p | happy or annoyed? "third invoice error this quarter, impressive"
extract g l p | get the dates out: "kickoff 3 March, review 17 April, go-live 2 June"
extract g l c | just the emails from this thread pls: <E5>, <E6>
extract l l p | parties in this clause? 'between Quillfield Ltd and Harbourline Shipping plc'
reasoning f m p | lease or buy the new forklift?
reasoning s m p | password manager or SSO first?
"""

# HR / people team traffic
HR = r"""
qa l l p | can my manager refuse my holiday request if I booked flights already?
qa l l p | is my employer allowed to change my shift pattern without asking me
qa l l p | how much notice do I have to give if I quit during probation
qa l l p | Do I have a legal right to work from home two days a week?
qa f l p retr | when is payday this month? the 25th falls on a saturday
qa f l p | how is the salary sacrifice for the cycle scheme taken from my pay?
qa m l p retr | what does the employee assistance programme actually cover, like counselling?
reasoning l m p | One of my team keeps calling in sick on Mondays. How should I handle it without it turning into a grievance?
reasoning l m c | I've been offered a settlement agreement with 3 months' pay to leave quietly. What should I weigh up before signing?
reasoning g m p | We have 3 good candidates and 1 role. One is strongest technically, one is the best culture add, one can start tomorrow. Help me think it through.
draft g l p | Write a welcome email for a new starter joining the finance team on Monday; tell them where to go at 9am and who their buddy is.
draft l m p | draft a letter inviting an employee to a disciplinary hearing about repeated lateness, include their right to be accompanied
draft l l c | Reply to this on behalf of HR confirming we received the request and will respond within one month.{DSAR}
draft g h p | Write our first hybrid working policy: who it applies to, office days, equipment, expenses, how requests are approved. Around 800 words, with headings.
summarize l l i | Summarise the parental leave rules for a manager who has 2 minutes.{LEAVEPOL}
summarize l l c | what's this letter actually saying?{WARNING}
extract l l i | pull the numbers out: weeks of pay, service needed, notice period{LEAVEPOL}
extract l l c | when does the warning expire and what's the appeal deadline?{WARNING}
classify g l p | Sort these exit interview reasons into pay, manager, growth, or other: 'better salary elsewhere', 'no promotion path', 'my line manager micromanaged', 'relocating abroad', 'offered 20% more'
sentiment g l p | What's the general mood in these comments?{SURVEY}
sentiment l l c | Read this grievance email and tell me how angry she is, scale 1-5: 'I have raised the issue of my hours three times. Each time I am told it will be looked at. I am now considering my options.'
math f l c calc | If my salary is 54,000 and I take 10 days unpaid leave, how much do I lose? Assume 260 working days.
math l l p calc | I started on 14 March 2022 and handed in notice today with a 3-month notice period. What's my last day?
math g l p calc | pro-rata holiday: 25 days a year, part-time 3 days a week, joined 1 July. how many days this year?
translate l l i | Translate the parental leave summary into Polish for the warehouse staff.{LEAVEPOL}
creative g l p | We're doing a summer party with a retro arcade theme, give me 8 fun names for it
chat g l p | first week here, everyone's really nice so far
"""

# IT helpdesk and accounts
IT = r"""
qa g l p | my laptop won't connect to the office wifi but my phone does
qa g l p | outlook keeps asking for my password every 10 minutes, why
qa s l p | locked out of my account after too many attempts, what now
qa s l p | Why does IT insist on MFA when I already have a strong password?
qa s l p | is it safe to use the hotel wifi for work if I'm on the VPN?
qa g l p retr | how do I request a second monitor
qa s l p | What should I do if I clicked a link in a dodgy email?
qa s l p retr | who do I report a lost laptop to out of hours?
reasoning s m i | Half the company still uses SMS for MFA. Should we force everyone to the authenticator app before the audit, or phase it?
classify s l c | Is this a real sign-in or someone else? Answer with 'expected' or 'suspicious' for each line.{SIGNIN}
classify g l p | Route each ticket to Hardware, Software, Access or Network: 'monitor flickers', 'need access to the finance share', 'VPN drops every hour', 'Excel crashes on open', 'new starter needs a laptop'
summarize s l c | summarise what happened to this account in plain words{SIGNIN}
draft s l p | Write the IT notice: we're turning off legacy email protocols (IMAP/POP) on 1 December, what users need to do.
draft s m p | Draft a one-page acceptable use policy for personal devices that access company email.
extract s l c | list every IP and what country or place it came from{SIGNIN}
code s l p | PowerShell to list all users whose password never expires in AD
code g l p | write a script that checks free disk space on a list of servers and emails if under 10%
code s l p | Give me a KQL query for failed sign-ins from more than 5 countries in a day
chat g l p | the printer on 3 is jammed again, I've accepted my fate
"""

# facilities, procurement, sales, marketing
OFFICE = r"""
qa g l p retr | what time does the building close on Fridays
qa l l p | do we legally need a first aider on every floor?
draft g l p | Turn this into a ticket for the building manager, polite but firm.{FACILITIES}
draft g l p | email everyone that the car park will be resurfaced next weekend and to park at the leisure centre instead
creative g l p | write a funny sign for the office fridge about labelling your food
math g l p calc | We have 140 staff and 96 desks. If everyone comes in 3 days out of 5, how many desks are short on an average day?
reasoning f m p | which supplier would you pick and why? we need the chairs before the office opens in 7 weeks{QUOTES}
extract f l p | table of supplier, unit price, warranty, lead time{QUOTES}
draft f l p | Write to Supplier B asking if they can match a 6-week lead time at the same price.
qa l l p | Do we need a tender process for purchases over 50k if we're a private company?
reasoning l m p | a supplier sent their own T&Cs with the order confirmation. whose terms apply, ours or theirs?
summarize f l i | Give me a 3-bullet summary of the year for the sales kickoff.{SALES}
math f l i calc | total annual revenue per region, and which region grew most from Q1 to Q4 in %{SALES}
draft g l p | write a follow-up email to a prospect who went quiet after the demo two weeks ago
draft f l p | write a reply to a customer asking for a 25% discount: we can do 10% on a 2-year contract
reasoning g m p | the prospect wants a pilot for free, 3 months. should we agree? they're a big logo
qa f l p | what's ARR vs MRR
sentiment g l p | how interested does this lead sound? 'Thanks for the deck. We're reviewing a few options this quarter, will circle back.'
classify g l p | tag each lead hot, warm or cold: 'send me a quote for 200 seats asap' / 'just browsing' / 'can we book a demo next month' / 'unsubscribe'
creative g l p | Give me 10 subject lines for the Black Friday email, no clickbait
creative g l p | Write a 30-second radio spot for our Rotterdam opening{PRESS}
creative g l p | tagline ideas for a reusable coffee cup campaign, playful
math f l i calc | what % of the marketing budget have we used so far, overall and per line?{BUDGET}
classify f l i | flag each line as under, on or over budget{BUDGET}
reasoning f m i | Events are over budget and content is under. Should we move money across or ask for more? Argue it.{BUDGET}
qa g l p web | what are the new Google rules for bulk email senders
"""

# engineering and data
ENG = r"""
code g l i | why does this crash and how do I fix it{PYBUG}
code g l i | make this faster{SQLSLOW}
code g l i | fix the NPE, line2 is optional{STACK}
code g l p | write a GitHub Actions workflow that runs pytest on every PR
code g l p | how do I undo my last git commit but keep the changes
code g m p | Write a Python script that reads a folder of CSVs with the same columns, merges them, drops duplicate order_ids and writes one parquet file.
code g l p | what does this regex do: ^(?=.*\d)(?=.*[A-Z]).{12,}$
code g l p run | run this and tell me what it prints: print(sorted({3, 1, 2}, reverse=True)[1:])
code g l p | SQL: monthly revenue per customer from orders(customer_id, amount, created_at), last 12 months only
code s m r | review this before I merge it{SECCODE}
code s l p | how do I hash passwords properly in Node, bcrypt or argon2 example
reasoning g m i | was the rollback failure the real root cause here or just bad luck? explain{POSTMORTEM}
qa g l p | how does Kubernetes decide which node a pod goes on?
classify g l p | label each log line INFO/WARN/ERROR-worthy: 'cache miss for key user:42', 'retrying payment webhook (attempt 5/5)', 'disk 91% full on /var', 'request served in 38ms'
chat g l p | ugh, Friday deploys. never again
"""

FINANCE = r"""
qa f l p | how does tax relief on pension contributions work?
qa f l p | what's the difference between a credit note and a refund
qa f l p | if I work from home can I claim anything back on tax
qa f l p | why would our auditors care about cut-off dates
qa f l p retr | what's the per diem for a trip to Singapore under our travel policy?
qa f l p retr | who signs off invoices over 10k?
qa f l p web | what's the current ECB deposit rate
qa f l p | is health insurance through work a taxable benefit?
qa f l p | Does my travel insurance cover me if the airline goes bust?
reasoning f m p | we can pay the supplier in USD or EUR, the quote is the same. what should we consider?
reasoning f m p | Should I max out my company share plan or pay down my mortgage faster? 4.1% fixed, 3 years left on the deal.
reasoning f m c | This claim got partly rejected. Was the insurer right to deduct the meals? Explain.{CLAIM}
reasoning f h i | Our gross margin fell from 44% to 39% over the year while revenue grew 12%. Walk me through the likely causes and what data I'd need to confirm each one, as a structured analysis.
math f l p calc | how much should the insurer pay out?{CLAIM}
math f l p calc | 18,000 loan, 6.9% APR, 4 years. monthly payment?
math f l p calc | If I put 300 a month into an ISA at 5% for 10 years, roughly what do I end up with?
math f l p calc | a 2,400 laptop depreciated straight-line over 3 years, book value after 14 months?
math f l p calc | our invoice was 12,600 ex VAT and they paid 14,700. did they over- or underpay and by how much, VAT 20%?
math f l i calc | what's the total claim, and which items are over the 50/day meal cap?{TRAVEL}
extract f l r | get me supplier name, invoice number, total, due terms and bank details{INVOICE}
extract f l c | list the outgoings over 50{STATEMENT}
classify f l p | capex or opex? 'new forklift', 'annual software licence', 'office repainting', 'server rack', 'consultant for tax return'
summarize f l r | summarise this invoice in a sentence for the approver{INVOICE}
draft f l p | Write a polite payment reminder for an invoice that's 30 days overdue, second reminder.
draft f l i | Draft the email to department heads asking for their FY26 budget requests by 20 January, template attached.
sentiment f l p | how worried does the CFO sound here? 'Cash is tighter than I'd like going into Q4, but we have options.'
translate f l r | translate the invoice into French for the Lyon accounts team{INVOICE}
code f l p | Excel: formula for compound interest with monthly contributions
chat g l p | finally got my tax refund, drinks on me
"""

LEGAL = r"""
qa l l p | what's the difference between a warranty and an indemnity in a contract?
qa l l p | can a company enforce a non-compete in California?
qa l l p | how long do we have to keep employee records after they leave?
qa l l p | What counts as personal data under GDPR? Is a work email personal data?
qa l l p | who owns the copyright in code written by a contractor?
qa l l p | is a signature on a PDF legally binding
qa l l p web | has the EU AI Act started applying yet, which parts
qa l l p retr | which law firm do we use for employment matters?
qa l l p | what does 'without prejudice' at the top of an email mean
reasoning l m i | The renewal notice window closed last week and we forgot. What are our options now?{RENEWAL}
reasoning l m p | is it risky to use customer logos on our website without asking them?
reasoning l m i | Can we lawfully monitor staff keystrokes if they work from home? Give me the arguments both ways.
reasoning l h i | Compare these NDA terms with what's market standard and tell me which clauses I should push back on and why, clause by clause.{NDA}
summarize l l i | explain the renewal clause like I'm not a lawyer{RENEWAL}
summarize l l i | in 2 lines, what can we do to the office under this lease?{LEASE}
extract l l i | what's the break date notice and which alterations need consent{LEASE}
extract l l i | list every time period in the NDA and what it applies to{NDA}
classify l l p | Which of these are personal data? 'customer postcode', 'aggregated sales by region', 'IP address of a website visitor', 'employee ID number', 'company VAT number'
classify l l p | tag each clause as obligation, right or definition: 'The Tenant shall keep the premises clean', 'The Landlord may inspect on 24 hours' notice', ''Premises' means the 3rd floor'
draft l l i | Write the non-renewal notice to the supplier under 14.2.{RENEWAL}
draft l m p | draft a cookie banner text and a short cookie policy paragraph for a UK website
draft l l c | reply to the DSAR asking her for ID before we release the data{DSAR}
draft l l p | Write a one-paragraph confidentiality clause for freelance designers.
sentiment l l p | Is the other side's tone here hostile or just firm? 'We note your continued failure to respond and reserve all our rights.'
translate l l i | can you translate clause 3 into French{NDA}
translate l l p | put this into plain Spanish for the Madrid team: 'Either party may terminate for material breach not remedied within 30 days of notice.'
math l l i calc | Contract started 1 Feb 2023, 12-month terms, 90 days' notice. What's the last date we can give notice this year?{RENEWAL}
code g l p | Python script to find contract PDFs in a folder whose text mentions 'automatic renewal'
chat g l p | haha I'm not suing anyone, just curious
"""

MEDICAL = r"""
qa m l p | how long should a cold last before I see a doctor?
qa m l p | can you take antihistamines with the covid vaccine
qa m l p | what's the difference between a migraine and a tension headache?
qa m l p | is it bad to sit all day even if I go to the gym after work
qa m l p | what should be in a first aid kit for an office of 50 people
qa m l p | how do I know if a cut needs stitches
qa m l p | what is sumatriptan and how fast does it work?
qa m l p | Why do night shifts mess with your health so much?
qa m l p web | is there a flu vaccine clinic near our Leeds office this month
reasoning m m p | I keep getting headaches by 3pm every work day. Screen, water, posture, coffee? how do I work out which it is
reasoning m m c | Is she fit for night shifts and ladders based on this? What adjustments would you suggest?{OHREF}
reasoning m m c | any interaction worries with his meds? what would you tell him about the ibuprofen and the juice?{MEDLIST}
reasoning m m p | my dad is 68 and gets breathless on stairs lately but says it's just age. should he get checked?
summarize m l c | summarise the discharge for her daughter in plain English{DISCHARGE}
summarize m l c | what does the fit note mean for his manager, in two lines{FITNOTE}
summarize m l p | Sum up the trial result for our investor newsletter, 50 words.{TRIALPR}
extract m l c | list the meds: started, stopped, continued{DISCHARGE}
extract m l c | get the restrictions and the review date{FITNOTE}
extract m l p | pull the key numbers into a table: patients, response rates, side effects{TRIALPR}
classify m l c | triage the injury: first aid only, urgent care, or A&E?{INCIDENTFORM}
classify m l p | which of these symptoms need a same-day GP appointment: 'mild sore throat 2 days', 'chest pain when walking', 'rash that doesn't fade under a glass', 'sneezing in spring'
draft m l c | Write the note to the manager about his amended duties, without medical details beyond what's needed.{FITNOTE}
draft m l p | draft a short message for staff about free flu jabs on 14 November in the canteen
draft m l c | write a short handover note for the urgent care nurse: what the wound looks like and what was done{INCIDENTFORM}
sentiment m l p | how do patients feel about the new booking app overall? 'took ages to find a slot', 'so much easier than calling at 8am!', 'it logged me out mid-booking'
translate m l p | translate 'take one tablet twice daily after food, do not drive if drowsy' into Portuguese
translate m l c | translate the discharge summary into Mandarin for the family{DISCHARGE}
math m l p calc | child weighs 18 kg, dose is 15 mg/kg every 6 hours. how many mg per dose and per day?
code m l p | SQL to count patients per diagnosis code from visits(patient_id, icd10, visit_date) for 2024
creative m l p | write a short upbeat poem for Mental Health Awareness Week posters
chat g l p | feeling much better today thanks for asking
"""

SECURITY = r"""
qa s l p | what's the difference between phishing and spear phishing?
qa s l p | how does a password manager keep my passwords safe if it gets hacked?
qa s l p | what is a brute force attack
qa s l p | Why is reusing passwords dangerous if each site is secure?
qa s l p | what's SIM swapping and how would I know it's happening to me
qa s l p web | any known exploits for Citrix NetScaler this week?
qa s l p retr | where's the incident response runbook?
reasoning s m c | Is this just a bot scanning us or should I be worried? The last line bothers me.{FWLOG}
reasoning s m c | has this account been compromised? walk me through the evidence{SIGNIN}
reasoning s m c | Which of these should we patch first and why?{VULNSCAN}
reasoning s h i | We're a 200-person company with no SOC. Lay out a 12-month plan to get to a reasonable security baseline, by quarter, with costs in rough terms.
classify s l c | Phishing or legit?{PHISH}
classify s l c | label each line: blocked scan, allowed normal, or suspicious exfiltration{FWLOG}
classify s l c | rate each finding critical/high/medium/low{VULNSCAN}
summarize s l c | summarise the log for the incident channel, 2 lines{FWLOG}
summarize s l c | summary of the scan for the infra lead{VULNSCAN}
extract s l c | pull out the sender, the link and the deadline they give{PHISH}
extract s l c | give me source IP, destination IP, port and action as a table{FWLOG}
draft s l c | Write a warning to all staff about this email - don't click, report it with the button.{PHISH}
draft s m p | draft a password policy for a small firm, short and human, no jargon
draft s l c | Write the message to Callum telling him his account was taken over and what we've done.{SIGNIN}
sentiment s l c | what emotional buttons is this email pushing?{PHISH}
translate s l p | translate the phishing warning into Spanish and Italian: 'Never share your MFA code with anyone, including IT.'
code s l p | Write a Python script that checks a list of URLs against a blocklist of domains, including subdomains.
code s m r | fix the security problems in this{SECCODE}
math s l p calc | how many combinations does a 6-digit PIN have vs an 8-character lowercase password?
creative s l p | cybersecurity awareness month: 5 catchy poster slogans
chat g l p | I passed the phishing test this time :D
"""

# other languages (the intent is what is asked, not the language)
LANG = r"""
translate g l c | please translate to English{GERMANMAIL}
summarize g l c | kurz zusammenfassen bitte, auf Deutsch{GERMANMAIL}
translate g l i | what does this say?{SPANISHNOTE}
draft f l p | Rédige un courriel à un client pour lui rappeler que sa facture est en retard de 15 jours.
qa m l p | Est-ce que je peux prendre du paracétamol avec de l'alcool ?
qa l l p | Wie lange ist die Probezeit in Deutschland maximal?
reasoning f m p | Devo scegliere tra un mutuo a tasso fisso o variabile, cosa mi consigli con i tassi di adesso?
summarize g l p | Resuma em duas frases: 'A reunião de hoje foi adiada para quinta-feira às 10h porque metade da equipe está no treinamento. A pauta continua a mesma.'
classify g l p | Clasifica estos comentarios como queja, sugerencia o elogio: 'el envío tardó 3 semanas', 'podrían añadir pago con Bizum', 'atención al cliente de diez'
sentiment g l p | Hoe negatief is deze review? 'Niet slecht, maar voor deze prijs verwacht je meer.'
translate l l p | Traduza para inglês: 'O contrato pode ser rescindido por qualquer das partes mediante aviso prévio de 30 dias.'
qa s l p | 什么是钓鱼邮件？怎么识别？
translate g l p | 请把这句话翻译成英文：'会议改到下午三点，请大家准时参加。'
qa g l p | 会議室の予約方法を教えてください
chat g l p | merci beaucoup, très utile !
chat g l p | danke dir, schönes Wochenende
chat g l p | terima kasih banyak!
math f l p calc | Berapa 12% dari 3.450.000 rupiah?
draft g l p | Schreib eine kurze Absage für das Teammeeting am Freitag, ich bin krank.
extract g l p | Wyciągnij daty i godziny z tej wiadomości: 'Szkolenie BHP odbędzie się 12 listopada o 9:00, a egzamin 19 listopada o 13:30.'
creative g l p | Écris un petit poème pour le départ à la retraite de notre comptable, trente ans de maison.
translate m l p | how do I say 'I'm allergic to penicillin' in Japanese
translate s l p | Put this in French for the Paris office: 'Badge access to the server room is now restricted to the infrastructure team.'
qa f l p | ¿Qué es el IVA soportado y cómo se deduce?
"""

# follow-ups as they arrive, with no context
FOLLOWUP = r"""
draft g l p | shorter pls
draft g l p | ok now more formal, it's going to the CEO
translate g l p | and in French?
math f l p calc | what if the rate is 6% instead?
creative g l p | more ideas, less cheesy
chat g l p | perfect, that's exactly it
chat g l p | no that's wrong lol
chat g l p | hmm not quite what I meant
chat g l p | can you do that again
code g l p | can you add error handling to that
"""

# customers' messages pasted in for tone, routing, replies
CUSTOMER = r"""
sentiment g l c | how upset is this customer, 1 to 10?{CUSTMAIL}
classify g l c | which queue: delivery, billing, product fault or account?{CUSTMAIL}
draft g l c | write an apology that offers the refund of the delivery charge and a call back today{CUSTMAIL}
extract g l c | customer name, contact details, what they ordered and what they want{CUSTMAIL}
classify g l p | route each message: billing, delivery, account security, product, or general question{CUSTBATCH}
classify s l p | which of these needs to go to the security team today?{CUSTBATCH}
sentiment f l i | Is this customer about to churn? How annoyed are they?{SUPPORTCHAT}
summarize f l i | summarise the chat for the account manager{SUPPORTCHAT}
reasoning f m i | Should we just credit them the third licence or investigate first? what's the risk either way{SUPPORTCHAT}
sentiment g l p | split the NPS comments into promoters, passives and detractors and tell me the main complaint{NPS}
sentiment g l p | Customer wrote: 'Well, that was a quick fix. Only took you a month.' Sarcastic?
sentiment f l p | tone of this one? 'I've cancelled the direct debit. Don't bother calling.'
sentiment m l p | patient message: 'Thank you all on ward 12 for looking after my mum, you were wonderful.' positive?
classify g l p | complaint or compliment: 'The courier was so friendly, but the box was crushed'
classify f l p | is this a refund request, a billing question or a cancellation? 'Can you tell me why my bill went up 12 euros this month?'
classify l l p | does this need legal to look at? 'If you don't fix this by Monday my solicitor will be in touch.'
draft g l p | Reply to: 'Your app keeps crashing on my iPhone, fix it!!' - calm, ask for their iOS version.
draft f l p | write a reply to a customer who says they were charged after cancelling; say we'll refund within 5 working days
"""

# spreadsheets and lists pasted as text for arithmetic
SHEETS = r"""
math g l i calc | total hours this week and overtime over 40?{TIMESHEET}
math g l i calc | average tickets opened per week, and the SLA breach rate per week{TICKETSTATS}
math f l c calc | total base payroll for the team, and the max bonus cost if everyone hits target{PAYROLL}
math f l i calc | sum the meals, and the whole trip total{TRAVEL}
math f l p calc | item | qty | price\npens | 200 | 0.45\nnotebooks | 80 | 2.10\nstaplers | 12 | 6.75\nwhat's the order total?
math g l p calc | Jan 1,204 visitors, Feb 1,388, Mar 1,150, Apr 1,610. Month-on-month % change?
math f l p calc | conversion: 12,400 site visits, 310 trials, 62 paid. trial rate and paid conversion %?
math f l p calc | Price list went up 7%. Old prices: 19.99, 49.00, 129.50. New ones rounded to 2 decimals?
math f l i calc | Commission is 4% up to 100k then 6% above. Rep sold 162,500. Commission?
math g l p calc | half of 3/8 plus a quarter?
math f l p calc | what's the payback period if the solar panels cost 38,000 and save 6,100 a year
"""

# PII in the ask itself, in varied formats
PII_ROWS = r"""
draft g l c | Email <N9> (<E3>) to confirm the site visit is moved to Thursday 10am.
extract g l c | pull name + phone from this signature: '<N10> | Art Director | <E10> | m. <T15>' - actually just the name and email
draft g l c | text for a voicemail to <N1>, his number is <T3>, about the contract renewal meeting
classify g l c | Is <T4> a UK landline or mobile?
draft f l r | Ask the bank to update our supplier Harbourline's account to <I2> from next month, dual sign-off by <N2> and <N12>.
reasoning f m r | Vendor emailed saying their bank changed to <I3>. The old one was <I7>. Legit or fraud? How should AP check?
extract f l r | which IBANs are in this email and which countries are they? 'Pay the Dublin office at <I9> and the Oslo office at <I11>; Stockholm stays on <I10>.'
summarize f l r | Summarise this for the finance controller: customer <N4> says her card <C1> was charged 3 times for order 5512, total 387.00, wants two charges reversed.
classify f l r | which network are these? <C4>, <C5>, <C6>
draft f l r | customer gave her card over the phone: <C2>. write the note telling the agent we can't store it in the CRM and what to do instead
qa s l r | I accidentally pasted a customer card number <C3> into the team Slack channel. What do I do now?
reasoning s m r | Someone emailed a spreadsheet with <C7> and <C8> in it to the wrong distribution list. Is this a reportable breach? what next?
extract f l r | fill this payment form from the text: name <N15>, IBAN <I8>, amount 1,240.00 EUR, reference 'Oct fees'
draft f l r | Write the remittance advice: 4,750.00 paid to Marchetti Studio, IBAN <I6>, for invoice 2024-118.
math f l r calc | We owe <N6> 3 instalments of 1,180 to <I4> and one of 640 to <I5>. Total?
classify f l r | Is <I12> a Luxembourg IBAN? and what about <I13>?
extract l l r | pull the applicant's details into JSON (name, SSN, phone, email): 'Applicant <N7>, SSN <SSN1>, reachable at <T14> or <E9>.'
summarize l l r | summarise the background check consent for the file: <N5> consents to a criminal record check; SSN <SSN2>; signed 3 Oct.
reasoning l m r | an employee emailed their SSN <SSN3> to the whole HR list by mistake. do we have to notify anyone?
draft f l r | write to the payroll provider: employee <N8>'s SSN on file is wrong, correct one is <SSN4>.
extract f l r | pull name, NRIC and net pay from this payslip{PAYSLIP}
math f l r calc | check the CPF line: is 20% of basic plus allowance right?{PAYSLIP}
draft g l r | Reply to <N16>: we received his NRIC <NR2> for the visitor pass and will delete it after the event.
classify g l r | which of these are NRIC vs FIN numbers: <NR3>, <NR4>, <NR5>?
qa l l r | We collected NRIC numbers like <NR1> at reception. Is that allowed under PDPA now?
summarize s l c | summarise: 'Between 02:10 and 02:40 host <IP2> made 3,400 DNS queries to random subdomains; <IP6> then received 1.2 GB.'
classify s l c | internal or external? <IP2>, <IP3>, <IP7>, <IP8>, <IP5>
reasoning s m c | Our web server logs show <IP4> hitting /wp-login.php 900 times in an hour. Block the address, rate-limit, or ignore? We don't run WordPress.
extract s l c | list the IPv6 addresses only: 'peers: <IP5>, <IP3>, <IP7>, <IP1>'
draft s l c | write the firewall change request to block <IP9> and <IP1> inbound and outbound, reason: C2 traffic
qa g l c | is <IP3> a public address? can people reach my laptop on it?
draft g l c | write a LinkedIn recommendation for <N13>, she was my best hire at the agency
sentiment g l c | How does <N11> come across in this message to the team: 'Great work everyone, though I expected the report yesterday.'
translate g l c | translate into French: 'Please contact <N3> on <T8> or <T9> for delivery questions.'
extract g l c | all phone numbers please: office <T7>, <N16> mobile <T6>, Paris <T10>, Bangalore <T11>, Sydney <T12>, Boston <T13>
draft g l c | text to <N14>: 'your parcel is at reception', his number is <T5>
extract g l c | contact card in vCard format for <N2>, <E2>, <T6>
chat g l c | my name's <N1> by the way, I'm new in accounts
"""

# look-alikes with no PII: ids, versions, failing checksums, dates, amounts
HARDNEG = r"""
!qa g l p | where's my order #40817723? it said 3-5 days and it's day 9
!extract g l p | pull the order number and the tracking ref: 'Order 302-5518842-9910457 dispatched 04/11/2024, tracking JD014600003889211034'
!summarize g l p | one line: 'ticket INC0091827 reopened, linked to PRB0004412, laptop on build 22631.4317'
!classify g l p | is 4.2.0.17 a version number or an IP address?
!qa g l p retr | what changed between 4.2.0.17 and 4.2.1.3 of the client? link me the release notes
!code g l p | regex that matches version strings like 4.2.0.17 or 10.0.19045.3803 but not dates
!draft g l p | tell users the desktop app 5.14.2.1108 is mandatory from Monday 2 December
!math f l p calc | invoices INV-2024-0412 (1,280.00), INV-2024-0417 (3,905.50) and INV-2024-0431 (412.75): total outstanding?
!extract f l i | list invoice number, date and amount: 'INV-88213 dated 2024-08-30 for EUR 14,300.00; INV-88240 dated 2024-09-14 for EUR 2,115.60'
!classify f l p | Our ERP exported '<BC1>' in the card column. Valid card or junk? It fails the checksum I think
!qa f l p | why would a 16-digit number like <BC3> be rejected by the payment page?
!reasoning f m p | Supplier gave us <BI1> as their IBAN but the bank portal says the check digits are wrong. Typo on their side or ours? What do we do?
!extract f l p | pull the reference numbers: 'PO 4500921177, GRN 5000338812, invoice 9004417623, amount 18,240.00'
!classify s l p | is this a real IBAN or a test value? <BI2> - our validator rejected it
!qa g l p retr | our asset tags look like QF-LT-000482 - what does the LT part mean?
!math g l p calc | ticket JIRA-4821 was opened 2024-10-01 09:15 and closed 2024-10-04 16:40. how many hours open?
!sentiment g l p | how annoyed is this: 'Case 00481122 is now 19 days old. Nineteen.'
!translate g l p | translate to Spanish: 'Your order 77310-A will ship on 14/11. Reference: RMA-2024-00918.'
!summarize f l i | in a line: 'Q3 close: accruals 1,204,500.00, reversals 88,120.40, FX loss 12,318.77, see journal JE-2024-09-331'
!code g l p | Python: validate a 16-digit card number with Luhn, test it on <BC2> (should fail)
!qa s l p | the SIEM flagged <BC4> in an outbound email as a card number. it's our shipment reference. why the false positive?
!classify g l p | which of these is a date and which is a version: 2024.10.2, 10.2.2024, v2.10.24
!extract g l p | SKU and lot from the label: 'SKU 4006-3811-2290-7715 LOT 24/0913 EXP 2026-03'
!draft f l p | write to the customer: their IBAN <BI3> failed validation, please double-check and resend
!reasoning f m p | The dashboard says revenue 1,004,220.18 but the ledger says 1,004,202.18. Transposition error? how would you check?
!math f l p calc | 3 instalments of 1,166.67 - does that add up to 3,500.00 or are we a cent out?
!chat g l p | happy Friday, ticket count is down to 12!
!classify l l p | Is case number <BN1> a Singapore NRIC or just our internal case ref? It fails the check letter.
!extract g l p | dates only please: 'Kick-off 2024-11-04, UAT 18.11.2024, go-live 2 Dec, hypercare to 12/20/2024'
!classify s l p | false positive? DLP blocked an email with 'Reference: <BI4>' as an IBAN, but it's a made-up value from our test fixtures
!qa f l p | the bank statement shows 'ref 5012 8830 1277 4419' on a transfer - is that a card number or a bank ref?
"""

# longer asks, written out in full
LONG = r"""
reasoning g h i | Context: we're a 60-person logistics software company. Our office lease in Manchester ends in June and the landlord wants 22% more. Options on the table: (1) renew and eat the increase, (2) move to a smaller serviced office and go properly hybrid, (3) go fully remote and do quarterly meetups. About 40% of staff come in more than twice a week, mostly the support team and the juniors, who say they learn a lot from sitting near seniors. Leadership is split. I need a recommendation I can take to the exec meeting on Thursday, with the trade-offs for culture, cost, hiring and the support team's workflow laid out clearly, plus what we'd need to find out before committing.
draft l h i | I need a data retention policy for our HR records. We're UK-based, about 300 staff, with some contractors in Poland and Portugal. It should cover recruitment files for unsuccessful candidates, personnel files, payroll, sickness records, disciplinary records and CCTV. For each, give a retention period and the reason, who owns deletion, and how we handle requests to delete early. Format it as a proper policy document with sections, a table and a review date. Tone: plain, not legalese.
summarize m m c | My mum had her hospital appointment today and they gave her this letter, but none of us really understand it. Could you go through it and explain what it says in normal language - what happened to her in hospital, what medicines changed and why, and what we're supposed to do next? She gets confused with lots of tablets so anything that's changed is the important bit.{DISCHARGE}
code g h i | We have a nightly job that exports orders from Postgres to a CSV on an SFTP server for the warehouse. It's a 400-line bash script nobody understands and it silently fails maybe once a week. I want to rewrite it in Python: connect to Postgres with psycopg, export yesterday's orders in batches of 10k, write a CSV with a fixed column order, upload over SFTP with paramiko, retry the upload 3 times with backoff, log to stdout in JSON, and exit non-zero on any failure so our scheduler alerts. Please write the whole script with a main function and config from environment variables.
draft s h p | We've had three incidents in two months where people approved MFA prompts they didn't start. I want a short awareness campaign: a launch email from the CISO, three follow-up Teams posts spaced a week apart, a one-page FAQ (what is MFA fatigue, what to do if you get an unexpected prompt, how to report it), and a two-question quiz. Keep it friendly and practical; no scare tactics.
reasoning f h p | I'm 34, earn about 65k, have 20k in savings, a workplace pension with 5% matched contributions, and no debt except a 190k mortgage at 4.4% fixed for 2 more years. I'm deciding between overpaying the mortgage by 500 a month, upping my pension to 10%, or investing in a stocks and shares ISA. I'd like a proper comparison: tax effects, flexibility, risk, what happens when my fix ends, and which order makes sense. I know you're not a financial adviser.
classify g m p | Below are 12 feature requests from our last customer advisory board. Put each into one of: reporting, integrations, permissions, mobile, performance; then mark each as quick win or big bet. 1) export dashboards to PDF 2) Salesforce sync 3) read-only role for auditors 4) offline mode on Android 5) faster search on large accounts 6) scheduled email reports 7) SSO with Okta 8) custom fields in reports 9) push notifications 10) page load under 2s 11) Slack alerts 12) field-level permissions
translate l m i | We're opening a small office in Lisbon and the landlord's lawyer sent the key lease terms in Portuguese. Please translate them into English carefully, keeping the legal meaning, and flag any term where the English word could be misleading: 'O arrendatário obriga-se a pagar a renda até ao dia 8 de cada mês. A caução corresponde a dois meses de renda. Qualquer obra no locado carece de autorização prévia e escrita do senhorio. O contrato renova-se automaticamente por períodos de um ano.'
creative g m p | It's our company's 25th anniversary in March. We started as three people in a garage in Leeds fixing forklifts and now we're 400 people across four countries. I'd like a short story, maybe 400 words, told from the point of view of the very first forklift we repaired, which still sits in reception. Warm, a bit funny, a nod to the founders without naming them, and it should end looking forward.
extract g m i | Go through these meeting notes and give me a table with every decision, every action (with owner and due date if stated) and every open question. If a due date isn't stated write 'none'. After the table, list anything that looks like it might block the launch.{MEETING}
"""

MULTI = r"""
summarize g l i => summarise the thread ;; draft g l i => write the ticket for infra | summarise the thread and write the ticket for infra{SLACK}
sentiment g l c => how angry is she ;; draft g l c => draft a reply offering a refund | how angry is she? then draft a reply offering a refund{CUSTMAIL}
classify g l c => tag the ticket ;; extract g l c => pull her contact details ;; summarize g l c => give me a one-line summary | tag the ticket, pull her contact details, and give me a one-line summary{CUSTMAIL}
math f l i calc => total the year for each region ;; summarize f l i => summarise the trend in two sentences | total the year for each region and summarise the trend in two sentences{SALES}
math f l i calc => work out Q4 vs Q1 growth per region ;; draft f l i => write a short note congratulating the North team ;; creative g l p => suggest a fun name for the sales awards night | work out Q4 vs Q1 growth per region, write a short note congratulating the North team, and suggest a fun name for the sales awards night{SALES}
qa l l p => what does auto-renewal mean here ;; math l l i calc => when's the latest we can give notice if the term ends 31 March ;; draft l l i => draft the notice | what does auto-renewal mean here, when's the latest we can give notice if the term ends 31 March, and draft the notice{RENEWAL}
summarize l l i => Summarise the NDA ;; reasoning l m i => tell me if 3 years is normal | Summarise the NDA and tell me if 3 years is normal.{NDA}
translate l l i => translate clauses 3-5 into German ;; summarize l l i => add a one-line English summary for each | translate clauses 3-5 into German and add a one-line English summary for each{NDA}
classify s l c => is this phishing ;; extract s l c => list the red flags ;; draft s l c => write a 3-line alert for staff | is this phishing? list the red flags and write a 3-line alert for staff{PHISH}
summarize s l c => Summarise the firewall log ;; reasoning s m c => say whether we need to escalate | Summarise the firewall log and say whether we need to escalate.{FWLOG}
extract s l c => pull the IPs ;; classify s l c => mark each internal or external ;; draft s l c => draft the block request | pull the IPs, mark each internal or external, and draft the block request{FWLOG}
reasoning s m c => Was this account compromised? ;; draft s l c => Write the incident note ;; translate s l c => put it in French for the Paris IT team | Was this account compromised? Write the incident note and put it in French for the Paris IT team.{SIGNIN}
classify s l c => rank the findings by risk ;; code s l c => give me the commands to fix the SSH one | rank the findings by risk and give me the commands to fix the SSH one{VULNSCAN}
code s m r => fix the SQL injection ;; qa s l p => explain why the hardcoded password is a problem | fix the SQL injection and explain why the hardcoded password is a problem{SECCODE}
code g l i => fix the bug ;; code g l i => add a unit test for the empty list | fix the bug and add a unit test for the empty list{PYBUG}
code g l i => rewrite the query ;; qa g l p => explain why YEAR() on the column kills the index | rewrite the query and explain why YEAR() on the column kills the index{SQLSLOW}
summarize g l i => Summarise the postmortem ;; extract g l i => list the actions ;; draft g l i => draft the customer-facing status update | Summarise the postmortem, list the actions, draft the customer-facing status update.{POSTMORTEM}
summarize m l c => summarise the discharge ;; extract m l c => list what changed in her medication ;; translate m l c => translate both into Spanish for her son | summarise the discharge, list what changed in her medication, and translate both into Spanish for her son{DISCHARGE}
extract m l c => what are his restrictions ;; draft m l c => draft the return-to-work plan for his manager | what are his restrictions, and draft the return-to-work plan for his manager{FITNOTE}
reasoning m m c => is she safe on nights ;; draft m m c => write the OH response to the manager | is she safe on nights? write the OH response to the manager too{OHREF}
classify m l c => How serious is this ;; draft m l c => write the first aid log entry | How serious is this, and write the first aid log entry{INCIDENTFORM}
qa m l p => what's warfarin for ;; reasoning m m c => can he take ibuprofen with it | what's warfarin for, and can he take ibuprofen with it?{MEDLIST}
summarize m l p => summarise the trial ;; sentiment m l p => tell me if the press release oversells it ;; creative g l p => write a catchy headline | summarise the trial, tell me if the press release oversells it, and write a catchy headline{TRIALPR}
math f l c calc => how much did I spend ;; classify f l c => categorise the spending ;; reasoning f m c => where could I save | how much did I spend, categorise the spending, and where could I save?{STATEMENT}
math f l p calc => work out what the insurer owes ;; draft f l p => write the claim cover letter | work out what the insurer owes and write the claim cover letter{CLAIM}
extract f l r => pull the invoice details into JSON ;; math f l r calc => check the VAT is right | pull the invoice details into JSON and check the VAT is right{INVOICE}
extract f l r => get the bank details ;; draft f l r => draft the payment approval request | get the bank details and draft the payment approval request{INVOICE}
math f l i calc => total claim ;; classify f l i => flag anything outside policy | total claim, flag anything outside policy{TRAVEL}
math f l c calc => total bonus pot at target ;; draft f l c => write the note to finance asking for sign-off | total bonus pot at target, then write the note to finance asking for sign-off{PAYROLL}
math f l p calc => total each quote ;; reasoning f m p => pick one ;; draft f l p => draft the PO email | total each quote, pick one, draft the PO email{QUOTES}
math f l i calc => percent used per line ;; draft f l i => draft a heads-up to the CMO about events | percent used per line, draft a heads-up to the CMO about events{BUDGET}
sentiment f l i => how likely are they to leave ;; draft f l i => write the account manager's reply ;; classify f l i => tag the root cause | how likely are they to leave, write the account manager's reply, and tag the root cause{SUPPORTCHAT}
sentiment g l p => sentiment per review ;; classify g l p => group them by issue ;; draft g l p => draft a reply to the 1-star one | sentiment per review, group them by issue, draft a reply to the 1-star one{REVIEWS}
classify g l p => classify each message ;; sentiment g l p => rate the mood of each | classify each message and rate the mood of each{CUSTBATCH}
sentiment g l p => what's the overall feeling ;; extract g l p => list the concrete complaints | what's the overall feeling, and list the concrete complaints{NPS}
math g l i calc => compute the weekly close rate ;; reasoning g m i => explain W39 | compute the weekly close rate and explain W39{TICKETSTATS}
math g l i calc => total hours ;; draft g l i => write the overtime request to my manager | total hours, and write the overtime request to my manager{TIMESHEET}
translate g l c => translate into English ;; draft g l c => draft a reply in German asking for a new date ;; summarize g l c => give my boss the gist in one line | translate into English, draft a reply in German asking for a new date, and give my boss the gist in one line{GERMANMAIL}
translate g l i => traduce al inglés ;; draft g l i => escribe una respuesta confirmando | traduce al inglés y escribe una respuesta confirmando{SPANISHNOTE}
summarize g l p => summarise the press release ;; translate g l p => translate it into Dutch ;; creative g l p => give me 3 social posts | summarise the press release, translate it into Dutch, give me 3 social posts{PRESS}
summarize g l p => shorten the job ad ;; creative g l p => suggest a catchy title | shorten the job ad and suggest a catchy title{JOBAD}
extract g l i => pull out the action items ;; draft g l i => write the recap email | pull out the action items then write the recap email{MEETING}
summarize l l i => summarise the leave policy ;; qa l l p => is 16 weeks full pay generous compared to the legal minimum | summarise the leave policy and is 16 weeks full pay generous compared to the legal minimum?{LEAVEPOL}
summarize l l c => summarise the letter ;; qa l l p => tell me how an appeal works ;; draft l l c => draft my appeal | summarise the letter, tell me how an appeal works, and draft my appeal{WARNING}
classify l l c => what kind of request is this ;; qa l l p => how long do we have to respond ;; draft l l c => draft the acknowledgement | what kind of request is this, how long do we have to respond, and draft the acknowledgement{DSAR}
extract l l i => list what we can and can't do ;; draft l l i => email the landlord asking for consent to move two walls | list what we can and can't do, then email the landlord asking for consent to move two walls{LEASE}
classify g l p => Sort the facilities issues by urgency ;; draft g l p => write the email to the building manager | Sort the facilities issues by urgency and write the email to the building manager{FACILITIES}
qa s l p => What is MFA fatigue ;; draft s l p => write a Teams post warning people ;; creative s l p => give it a catchy title | What is MFA fatigue? write a Teams post warning people, give it a catchy title
qa s l p => what's smishing ;; draft s l p => write a two-line warning for the drivers' WhatsApp group | what's smishing, and write a two-line warning for the drivers' WhatsApp group
qa f l p => explain what a P60 is ;; math f l p calc => work out my effective tax rate if I earned 48,200 and paid 7,486 | explain what a P60 is and work out my effective tax rate if I earned 48,200 and paid 7,486
qa f l p => what's a pro forma invoice ;; draft f l p => write one for 12 hours of consulting at 95 an hour | what's a pro forma invoice? write one for 12 hours of consulting at 95 an hour
math f l p calc => what's the monthly payment on 25k over 5 years at 7.5% ;; reasoning f m p => is that better than the 0% card with a 3% fee | what's the monthly payment on 25k over 5 years at 7.5%, and is that better than the 0% card with a 3% fee?
reasoning f m p => should we offer annual billing at 2 months free ;; math f l p calc => what does it do to year-one cash on 400 customers at 49 a month | should we offer annual billing at 2 months free? what does it do to year-one cash on 400 customers at 49 a month
qa l l p => can we record customer calls ;; draft l l p => write the line agents say at the start | can we record customer calls? write the line agents say at the start
qa l l p => What's the statutory minimum notice after 4 years' service in the UK ;; draft l l p => draft the termination letter | What's the statutory minimum notice after 4 years' service in the UK? Also draft the termination letter.
qa m l p => what are the symptoms of heat exhaustion ;; draft m l p => write a notice for the warehouse about working in the heatwave | what are the symptoms of heat exhaustion, and write a notice for the warehouse about working in the heatwave
qa m l p => how much caffeine is too much in a day ;; creative g l p => write a funny sign for the coffee machine about it | how much caffeine is too much in a day? and write a funny sign for the coffee machine about it
code g l p => write a Python function that splits a bill ;; math g l p calc => tell me what each person pays on 187.40 between 6 with a 12% tip | write a Python function that splits a bill, and tell me what each person pays on 187.40 between 6 with a 12% tip
code g l p => write the SQL for top 10 customers by revenue ;; qa g l p => explain what a LEFT JOIN does | write the SQL for top 10 customers by revenue and explain what a LEFT JOIN does
code g l p run => run this ;; qa g l p => explain why the output isn't 0.3 | run this and explain why the output isn't 0.3: print(0.1 + 0.2)
creative g l p => write a haiku about Monday standups ;; translate g l p => translate it into Japanese | write a haiku about Monday standups and translate it into Japanese
creative g l p => give me 5 names for the new meeting rooms, all islands ;; draft g l p => write the announcement | give me 5 names for the new meeting rooms, all islands, then write the announcement
draft g l p => Write the invite for the quiz night ;; creative g l p => 10 quiz questions about our industry | Write the invite for the quiz night + 10 quiz questions about our industry
chat g l p => Morning! ;; qa g l p => quick one: what's the difference between cc and bcc | Morning! quick one: what's the difference between cc and bcc
chat g l p => thanks for earlier ;; draft g l p => can you now write the follow-up email to the client | thanks for earlier, can you now write the follow-up email to the client
chat g l p => hey ;; math f l p calc => what's 17.5% of 8,240 | hey, what's 17.5% of 8,240
sentiment g l p => how does this message come across ;; draft g l p => rewrite it so it's friendlier | how does this message come across? 'Not sure why this wasn't done yesterday. Get it done today.' rewrite it so it's friendlier
sentiment l l p => is the supplier's tone threatening ;; reasoning l m p => should we involve legal now | is the supplier's tone threatening, and should we involve legal now? 'Unless payment is received in 7 days we will suspend service and pursue recovery costs.'
classify s l p => which of these passwords are weak ;; qa s l p => what makes a passphrase stronger | which of these passwords are weak: 'Password1!', 'correct-horse-battery-staple', 'Quillfield2024', 'x9#Lq!2'? and what makes a passphrase stronger
extract s l p => extract the CVE ;; qa s l p => explain user enumeration simply | extract the CVE and explain user enumeration simply: 'OpenSSH 7.4 (CVE-2018-15473 user enumeration)'
classify f l p => put these into cost centres ;; math f l p calc => total each one | put these into cost centres and total each one: 'Zoom 140 (IT)', 'team lunch 220 (Sales)', 'Figma 95 (Design)', 'Slack 310 (IT)', 'trade show stand 4,800 (Sales)'
extract g l c => Pull names and emails ;; draft g l c => write a thank-you to each | Pull names and emails: '<N3> <E3>, <N10> <E10>' and write a thank-you to each
extract f l r => get the IBAN and the name ;; classify f l r => tell me which country the account is in | get the IBAN and the name, tell me which country the account is in: 'Beneficiary <N9>, IBAN <I3>'
summarize f l r => Summarise this dispute ;; draft f l r => draft the chargeback response | Summarise this dispute and draft the chargeback response: 'Cardholder <N4> disputes 2 charges of 129.00 on card <C2>, says the subscription was cancelled on 3 Sept.'
classify s l c => tell me if these sign-ins look risky ;; draft s l c => write the message to the user | tell me if these sign-ins look risky and write the message to the user: <N12> logged in from <IP3> at 09:01 and <IP7> at 09:04.
draft g l r => write to the visitor confirming the pass ;; qa l l p => do we even need to keep the NRIC | write to the visitor confirming the pass - NRIC <NR2> - and do we even need to keep the NRIC?
extract l l r => extract the SSNs ;; classify l l r => say which rows are duplicates | extract the SSNs and say which rows are duplicates: row 1 <SSN1>, row 2 <SSN2>, row 3 <SSN1>
!extract f l i => pull the invoice numbers and amounts ;; math f l i calc => total them | pull the invoice numbers and amounts, total them: 'INV-2024-1102 3,400.00 / INV-2024-1108 1,275.50 / INV-2024-1115 980.25'
!classify f l p => is this a valid card ;; code f l p => write the Luhn check in JavaScript | is this a valid card: <BC3>? and write the Luhn check in JavaScript
!summarize g l p => summarise the release notes ;; draft g l p => write the upgrade email | summarise the release notes and write the upgrade email: 'v4.2.0.17 fixes login timeouts; v4.2.0.18 adds SSO; v4.2.1.0 drops Windows 8 support.'
!qa f l p => why does the bank reject this IBAN ;; draft f l p => write to the supplier asking them to check it | why does the bank reject this IBAN, <BI1>? write to the supplier asking them to check it
!extract g l p => pull the ticket ids ;; classify g l p => mark which are incidents and which are changes | pull the ticket ids and mark which are incidents and which are changes: INC0048122, CHG0031190, INC0048130, CHG0031201
"""

# second pass: occupational health, clinic and wellbeing traffic
MEDICAL2 = r"""
qa m l p | roughly how long is recovery after a knee arthroscopy? trying to plan my leave
qa m l p | Can stress actually cause chest pain?
qa m l p | type 1 vs type 2 diabetes, what's the actual difference
qa m l p | is it normal to feel dizzy after giving blood
qa m l p | what does 'contraindicated' mean on a medicine leaflet
qa m l p | How long does norovirus survive on surfaces?
qa m l p web | what vaccinations do I need for a work trip to Kenya next month?
reasoning m m p | Two people on the team had norovirus this week. Close the kitchen, send people home, or just deep clean? What would you do?
reasoning m m p | I've had a dry cough for five weeks, no fever, worse at night. Allergy, reflux, or something I should get checked?
reasoning m m c | <N8> has type 1 diabetes and is coming on the 3-day hiking offsite. What should we plan for?
reasoning m m p | my colleague fainted in the meeting, she says she's fine now. should she still see someone today?
sentiment m l p | how do patients feel about the clinic, overall and by comment?{PATFEED}
sentiment m l c | How distressed does she sound in this note? 'I can't keep doing nights. I'm exhausted, I cry in the car before shifts and I don't know who to talk to.'
sentiment m l p | wellbeing survey comment: 'the EAP counsellor was fine but 6 sessions isn't enough for anything real' - positive or negative about the service?
translate m l p | Translate the hand-washing poster into Tagalog and Hindi: 'Wash your hands for 20 seconds with soap, especially before eating and after using the toilet.'
translate m l p | Traduis en anglais : « Le patient présente une toux sèche depuis dix jours, sans fièvre, avec une gêne respiratoire à l'effort. »
translate m l p | 'severe nut allergy, carries an EpiPen' - in Spanish for the event badge please
translate m l p | Put the heat guidance into Urdu for the depot noticeboard.{HEATGUIDE}
creative m l p | Write a short, gentle story for the clinic waiting room about a boy who is scared of his first vaccine.
creative m l p | write a kids' rhyme explaining how an asthma inhaler helps your lungs
code m l p | Python function: BMI from kg and cm, and return the WHO category
code m l i | SQL to flag patients on warfarin whose last INR test is older than 8 weeks. tables: meds(patient_id, drug), labs(patient_id, test, taken_at)
code m l p | what does a minimal FHIR Patient resource look like in JSON? made-up example please
extract m l c | allergies and current meds only{GPNOTE}
summarize m l c | 3-line summary of the GP note for the OH file{GPNOTE}
summarize m l p | tl;dr of the heatwave guidance for the warehouse WhatsApp{HEATGUIDE}
classify m l p | sort these nurse-line calls into self-care, GP this week, or urgent today: 'hay fever', 'sudden weakness on one side of the face', 'sprained ankle, can walk on it', 'chest tightness and sweating'
classify m l c | is this a work-related injury for our records, yes or no, and why?{INCIDENTFORM}
math m l p calc | 1,000 ml drip over 8 hours - ml per hour, and drops per minute at 20 drops/ml?
math m l p calc | 500 mg amoxicillin three times a day for 7 days, how many capsules is that
extract m l p | what's the dose and the max per day? 'Adults: 1-2 tablets every 4-6 hours. Do not take more than 8 tablets in 24 hours. Not for children under 12.'
draft m l p | Write a note to staff: confirmed chickenpox case on floor 2; anyone pregnant or never had it should call their GP or midwife.
draft m l c | return-to-work interview questions for <N6> after her knee surgery, supportive, nothing intrusive
draft m m p | draft a simple first-aid procedure for the office: who to call, where the kits are, what to write down afterwards
summarize m l c => summarise the note ;; extract m l c => list the medicines ;; translate m l c => translate the summary into Polish | summarise the note, list the medicines, and translate the summary into Polish{GPNOTE}
sentiment m l p => how do patients feel overall ;; classify m l p => group the comments by theme ;; draft m l p => write a reply to comment 3 | how do patients feel overall? group the comments by theme and write a reply to comment 3{PATFEED}
qa m l p => What's an EpiPen for ;; draft m l p => write a note telling the team how to help a colleague with a severe nut allergy | What's an EpiPen for, and write a note telling the team how to help a colleague with a severe nut allergy
translate m l p => translate the aftercare into Arabic ;; summarize m l p => give me a one-line version for the SMS | translate the aftercare into Arabic and give me a one-line version for the SMS: 'Keep the dressing dry for 48 hours. Take paracetamol for pain. Come back if the wound becomes red, hot or smells.'
math m l p calc => how many mg of paracetamol is that per day ;; qa m l p => is that under the adult maximum | '2 x 500 mg tablets four times a day' - how many mg of paracetamol is that per day, and is that under the adult maximum?
code m l p => write a Python function converting glucose mg/dL to mmol/L ;; math m l p calc => convert 126 mg/dL | write a Python function converting glucose mg/dL to mmol/L, then convert 126 mg/dL
creative m l p => write a short story for children explaining what an inhaler does ;; translate m l p => translate it into Welsh | write a short story for children explaining what an inhaler does and translate it into Welsh
reasoning m m p => should we buy a defibrillator for the office ;; qa m l p => how does an AED know when to shock | should we buy a defibrillator for the office? and how does an AED know when to shock?
sentiment m l p => how worried does this message sound ;; draft m l p => reply suggesting she calls 111 | how worried does this message sound, and reply suggesting she calls 111: 'my chest has felt tight since this morning, probably nothing, I'll see how it goes'
extract m l c => pull out her symptoms ;; reasoning m m c => tell me if night shifts could be behind them ;; draft m l c => write the OH referral | pull out her symptoms, tell me if night shifts could be behind them, and write the OH referral{GPNOTE}
classify m l p => which of these need a doctor ;; creative g l p => then a silly poster line about washing your hands | which of these need a doctor: 'paper cut', 'burn the size of a palm', 'mild headache', 'cut that won't stop bleeding'? then a silly poster line about washing your hands
summarize m l p => Summarise the guidance ;; draft m l p => turn it into a heatwave notice for the drivers | Summarise the guidance and turn it into a heatwave notice for the drivers.{HEATGUIDE}
"""

LEGAL2 = r"""
qa l l p | can I be fired for posting about work on TikTok?
qa l l p | Do we need consent to email marketing to people at other companies?
qa l l p | how long does a customer legally have to pay an invoice in the UK if the contract says nothing?
summarize l l c | what do they actually want from us?{SOLICITOR}
classify l l c | formal legal claim or just a complaint letter?{SOLICITOR}
extract l l c | deadline, amount demanded and the legal basis they cite{SOLICITOR}
sentiment l l c | how aggressive is this letter, honestly?{SOLICITOR}
translate l l p | translate the cookie consent line into Italian: 'We use cookies to measure how you use our site. You can accept, reject or choose which ones to allow.'
code g l p | regex to find clause references like 14.2(b) or 9.1 in contract text
reasoning l m p | Our freelancer works set hours, uses our laptop and has a company email address. Is she really self-employed, or are we taking a risk?
math l l p calc | statutory redundancy pay: 9 years' service, aged 45 throughout, weekly pay 640. how much?
qa l l p | can the company hold back my final pay if I haven't returned my laptop yet?
classify l l p | which of these need a DPIA: 'new CCTV in the warehouse', 'moving the intranet to a new host', 'AI tool that scores job applicants', 'changing the canteen menu'
draft l l p | write a short clause for our T&Cs saying refunds are only available within 14 days of delivery
summarize l l c => summarise the letter ;; reasoning l m c => tell me how strong their claim looks ;; draft l l c => draft a holding reply | summarise the letter, tell me how strong their claim looks, and draft a holding reply{SOLICITOR}
qa l l p => what's the difference between GDPR and the ePrivacy rules ;; classify l l p => which one covers our newsletter sign-up checkbox | what's the difference between GDPR and the ePrivacy rules, and which one covers our newsletter sign-up checkbox?
sentiment l l p => tone of this email from the landlord ;; draft l l i => draft a firm reply citing clause 7.5 | tone of this email from the landlord? and draft a firm reply citing clause 7.5: 'You have installed partitions without permission. Remove them within 7 days or we will treat it as a breach.'{LEASE}
extract l l i => list the tenant's obligations ;; translate l l i => translate them into German for the Berlin facilities manager | list the tenant's obligations and translate them into German for the Berlin facilities manager{LEASE}
"""

SECURITY2 = r"""
qa s l p | what's a passkey and should I switch to one?
qa s l p | how do attackers get around MFA?
summarize s l c | summarise this for the exec team, no drama{RANSOM}
extract s l c | contact address, deadline and ransom amount{RANSOM}
classify s l p | which of these are social engineering? 'caller from "IT" asks for your MFA code', 'visitor asks for the guest wifi at reception', 'email asks you to change the payroll bank details', 'manager asks for the Q3 sales report'
translate s l p | Translate the MFA setup steps into Portuguese: 'Open the authenticator app, tap +, scan the QR code on your screen, then enter the 6-digit code to confirm.'
creative s l p | write a short comic scene where a phishing email tries to fool a very suspicious new intern
code s l p | bash script that lists listening ports on a Linux box and flags any not on an allowlist
math s l p calc | at 10 billion guesses a second, how long to brute-force a 10-character password of lowercase letters and digits?
draft s l p | message to staff: from Monday only the infrastructure team can badge into the server room
reasoning s m p | Someone is selling 'our customer database' on a forum. The 20-row sample matches our CRM. What do we do in the first hour?
classify s l c => is this ransomware or a bluff ;; reasoning s m c => should we even consider paying ;; draft s l c => draft the first message to all staff | is this ransomware or a bluff, should we even consider paying, and draft the first message to all staff{RANSOM}
sentiment s l c => how threatening is the tone ;; translate s l c => translate it into German for our Munich lawyers | how threatening is the tone? and translate it into German for our Munich lawyers{RANSOM}
qa s l p => what's a supply-chain attack ;; reasoning s m p => are we exposed if our build installs npm packages without a lockfile | what's a supply-chain attack, and are we exposed if our build installs npm packages without a lockfile?
sentiment s l p => does this text sound like a scam ;; draft s l p => write a reply to the colleague who forwarded it | does this text sound like a scam? 'Hi it's Mark (CEO), in a meeting, need you to buy 5 gift cards urgently, will pay back today' - write a reply to the colleague who forwarded it
"""

# long threads and four-part asks
EXTRA = r"""
summarize f l c => Summarise where we are with Harbourline ;; extract f l c => list every amount and date mentioned ;; math f l c calc => work out how much we'd save over the 3 years if we accept their offer ;; draft f l c => draft my reply accepting the 3-year deal but asking for the 60-day payment terms | Summarise where we are with Harbourline, list every amount and date mentioned, work out how much we'd save over the 3 years if we accept their offer, and draft my reply accepting the 3-year deal but asking for the 60-day payment terms.\n\n--- forwarded thread ---\nFrom: <N1> <<E1>>\nSent: 4 November\nThanks for the call on Friday. As discussed, our standard rate for the Rotterdam-Felixstowe lane goes up from 1,840 to 1,990 per container from 1 January. If you commit to a 3-year agreement at a minimum of 220 containers a year, we can hold the rate at 1,880 for the full term. Payment terms would stay at 30 days. I'll need a decision by 22 November to reserve the capacity. Call me on <T1> if it's easier.\n\n> From: Procurement\n> Sent: 31 October\n> We're reviewing freight for next year and expect around 240 containers. Could you send your best offer for a multi-year commitment? We'd also like to move to 60-day payment terms in line with our other carriers.
extract s l c => Pull out the IOCs ;; classify s l c => rate the severity ;; draft s l c => write the ticket for the SOC ;; translate s l c => give me a Spanish version of the ticket for the Madrid on-call | Pull out the IOCs, rate the severity, write the ticket for the SOC, and give me a Spanish version of the ticket for the Madrid on-call.{FWLOG}
summarize l l c => summarise his situation ;; qa l l p => explain what 'protected disclosure' means ;; reasoning l m c => tell me what our risk is ;; draft l l c => draft the email to our employment lawyer | 1) summarise his situation 2) explain what 'protected disclosure' means 3) tell me what our risk is 4) draft the email to our employment lawyer{SOLICITOR}
reasoning l h c | Long one, sorry. I've worked in the Leeds warehouse for six years. In March I was diagnosed with Crohn's disease and I've had eleven sick days since then, all with fit notes. My manager has now put me on a 'stage 2 attendance review' and told me that if I have two more absences in the next three months I could be dismissed. He also said I can't have the later start time I asked for because 'it wouldn't be fair on the others'. I haven't been late once in six years and I was a team lead until last year. HR say they are just following the policy. I'm worried about losing my job but also about my health getting worse from the stress and the early starts. Is this treatment legal, given that Crohn's is a long-term condition? Do they have to make adjustments for me, and is refusing the later start reasonable? What should I put in writing, to whom, and in what order? I'd like a clear step-by-step plan, and any deadlines I need to watch for if this goes to a grievance or a tribunal.
draft f l r | set up the new supplier: Kowalski Budownictwo, IBAN <I14>, contact <N15> on <T9>. write the vendor form notes for AP.
code g l p run | execute this and tell me whether the assertion passes: assert sum(range(1, 101)) == 5050
code g l i run | Run the query against the sample table and show me the rows it returns:\nCREATE TABLE t(id int, dept text, salary int);\nINSERT INTO t VALUES (1,'ops',41000),(2,'ops',39500),(3,'it',52000);\nSELECT dept, AVG(salary) FROM t GROUP BY dept;
chat g l p => hello again ;; summarize g l i => Can you condense these notes ;; extract g l i => pull out who owns what ;; creative g l p => suggest a name for the relaunch party | hello again! Can you condense these notes, pull out who owns what, and suggest a name for the relaunch party?{MEETING}
"""

_BLOCKS = (TERSE, HR, IT, OFFICE, ENG, FINANCE, LEGAL, MEDICAL, SECURITY, LANG, FOLLOWUP,
           CUSTOMER, SHEETS, PII_ROWS, HARDNEG, LONG, MEDICAL2, LEGAL2, SECURITY2, EXTRA, MULTI)  # fmt: skip


def rows() -> list[Row]:
    expand = Placeholders(_MAT, {**_P, **_HN}, brackets=("<", ">"))
    return line_rows(_BLOCKS, prefix="diverse8", expand=expand, spec=_SPEC)


def main() -> None:
    check_lookalikes(_HN)
    leftover = re.compile(r"\{\{?[A-Z]+\}|<[A-Z]+\d*>")
    write_and_check(
        HERE / "train_diverse8.jsonl", rows(), scan_unmarked=True, leftover=leftover
    )


if __name__ == "__main__":
    main()
