"""Tenth hand-written TRAIN corpus (writes ``train_diverse10.jsonl``).

Why: the intent model scores ~0.96 on its own template split but only
0.84-0.90 intent / 0.78-0.90 domain on hand-written sets by other authors.
This corpus was written by another independent author, in the manner of an
acceptance-set author, without running the classifier on it or looking at its
errors. Its slant is the intent boundaries annotators most often confuse,
written as near-minimal pairs across rows (same topic, different ask):

* qa (what/how/why something is or works) vs reasoning (weigh options,
  decide, advise in *this* situation, diagnose a cause from given facts, plan);
* chat (greetings, thanks, meta questions to the assistant) vs qa;
* extract vs classify vs summarize vs sentiment over the *same* material;
* draft (functional document) vs creative (story, poem, slogan, names);
* math (give me the number) vs code (write/fix the program that computes it);
* translate (between human languages) vs draft (plainer / more formal English).

plus pasted emails, logs, code, contracts and clinical notes, 2-4 task
requests, PII of every type in several formats, and hard negatives (order,
invoice and ticket ids, version strings, Luhn-failing 16-digit numbers,
IBAN-shaped strings with a wrong checksum, dates, amounts). It never reads
fresh*.jsonl or test.jsonl (held out).

Label guide (consistent with the other sets): domain is whose expert you
would ask -- personal money, tax, insurance cover, prices, budgets,
accounting, markets -> finance; rights, disputes, appeals, contracts,
compliance/regulation, employment law -> legal; symptoms, drugs, care,
clinical notes, health records -> medical; accounts, attacks, phishing,
malware, access control, vulnerabilities -> security; an office, social,
technical-but-not-security or creative ask that only mentions such words ->
general. A task whose own words are neutral takes the domain of the material
it acts on. Complexity: low unless the task weighs options / needs a
multi-step argument (medium) or a long structured deliverable / deep analysis
(high). Sensitivity: public by default; internal for internal business
material; confidential for personal data; restricted for cards, IBANs, SSNs,
NRICs and credentials. Tools: calculator when a number must be computed,
retrieval for the company's own documents, browsing for live web
information, code_execution when code must be run.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row with no PII).
``{NAME}`` pastes material (after a blank line) or inserts a marked PII value /
an unmarked look-alike; ``\\n`` is a newline. Multi-task rows name each
clause verbatim from the text.
Usage: ``python tests/data/intent/train_diverse10_source.py`` (rewrites the
jsonl, validates it and prints per-intent / per-domain counts).
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

_v = Values(1010)
_rng = _v.rng
_iban, _bad_iban, _card = _v.iban, _v.bad_iban, _v.card


def _bad_card(sep: str) -> str:
    return _v.bad_card("4", sep)


# inline PII values (marked so the gold spans are exact)
_PII = {
    "EM1": mark("EMAIL", "hannah.obi@greenfield-dental.co.uk"),
    "EM2": mark("EMAIL", "r.delacroix@maisonlegal.fr"),
    "EM3": mark("EMAIL", "billing-support@quillpay.com"),
    "EM4": mark("EMAIL", "kwame.asante83@gmail.com"),
    "EM5": mark("EMAIL", "it-helpdesk@northbridge-logistics.com"),
    "EM6": mark("EMAIL", "wen.li@harbourview.sg"),
    "EM7": mark("EMAIL", "payroll@tidewater.io"),
    "EM8": mark("EMAIL", "dr.s.mwangi@eastlake-clinic.org"),
    "PH1": mark("PHONE", "+44 7911 204318"),
    "PH2": mark("PHONE", "(312) 555-0176"),
    "PH3": mark("PHONE", "+65 9734 2281"),
    "PH4": mark("PHONE", "+49 89 4412 7730"),
    "PH5": mark("PHONE", "+33 6 71 42 09 55"),
    "PH6": mark("PHONE", "+91 99870 31245"),
    "PH7": mark("PHONE", "+61 3 9021 7744"),
    "PH8": mark("PHONE", "646-555-0112"),
    "PH9": mark("PHONE", "0161 496 0732"),
    "PH10": mark("PHONE", "+1 415 555 0148"),
    "PH11": mark("PHONE", "6123 4471"),
    "IP1": mark("IP_ADDRESS", "91.219.236.174"),
    "IP2": mark("IP_ADDRESS", "10.14.2.88"),
    "IP3": mark("IP_ADDRESS", "2001:db8:7c2::4f"),
    "IP4": mark("IP_ADDRESS", "fe80::1c4e:9aff:fe21:7b0d"),
    "IP5": mark("IP_ADDRESS", "192.168.40.12"),
    "IP6": mark("IP_ADDRESS", "2a02:c7f:8e31:4d00::1a"),
    "IP7": mark("IP_ADDRESS", "198.51.100.23"),
    "IP8": mark("IP_ADDRESS", "8.8.8.8"),
    "CARD1": mark("CREDIT_CARD", _card("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _card("52", 16, "-")),
    "CARD3": mark("CREDIT_CARD", _card("4", 16, "")),
    "CARD4": mark("CREDIT_CARD", _card("34", 15, " ")),
    "CARD5": mark("CREDIT_CARD", _card("6011", 16, "")),
    "CARD6": mark("CREDIT_CARD", _card("2720", 16, "-")),
    "CARD7": mark("CREDIT_CARD", _card("37", 15, "")),
    "IBAN1": mark("IBAN", _iban("DE", True)),
    "IBAN2": mark("IBAN", _iban("GB", False)),
    "IBAN3": mark("IBAN", _iban("FR", True)),
    "IBAN4": mark("IBAN", _iban("NL", False)),
    "IBAN5": mark("IBAN", _iban("ES", True)),
    "IBAN6": mark("IBAN", _iban("IT", False)),
    "IBAN7": mark("IBAN", _iban("CH", True)),
    "IBAN8": mark("IBAN", _iban("BE", False)),
    "IBAN9": mark("IBAN", _iban("AT", True)),
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "SSN2": mark("US_SSN", pv.ssn(_rng)),
    "SSN3": mark("US_SSN", pv.ssn(_rng)),
    "SSN4": mark("US_SSN", pv.ssn(_rng)),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC2": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC3": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC4": mark("SG_NRIC", pv.nric(_rng)),
    "P1": mark("PERSON", "Hannah Obi"),
    "P2": mark("PERSON", "Rémi Delacroix"),
    "P3": mark("PERSON", "Kwame Asante"),
    "P4": mark("PERSON", "Wen Li"),
    "P5": mark("PERSON", "Samuel Mwangi"),
    "P6": mark("PERSON", "Agnieszka Nowak"),
    "P7": mark("PERSON", "Diego Ferreira"),
    "P8": mark("PERSON", "Ruth Abernathy"),
    "P9": mark("PERSON", "Tariq Mahmood"),
    "P10": mark("PERSON", "Ingrid Solberg"),
    "P11": mark("PERSON", "Nurul Aisyah"),
    "P12": mark("PERSON", "Colm Fitzgerald"),
}

# unmarked look-alikes for hard-negative rows (fail their checksums)
_HN = {
    "BADCARD1": _bad_card(" "),
    "BADCARD2": _bad_card(""),
    "BADCARD3": _bad_card("-"),
    "BADCARD4": _bad_card(" "),
    "BADIBAN1": _bad_iban("DE", True),
    "BADIBAN2": _bad_iban("GB", False),
    "BADIBAN3": _bad_iban("FR", True),
    "BADIBAN4": _bad_iban("NL", False),
    "BADNRIC1": pv.bad_nric(_rng),
}

_P = _PII  # short alias for the material below

# pasted material: name -> text (PII marked inline)
_MAT = {
    # general
    "REVIEWS": "★★★★★ 'Boils in about a minute, looks great on the counter.'\n★★☆☆☆ 'Lid hinge snapped after 3 weeks. Replacement took a fortnight to arrive.'\n★★★☆☆ 'Does the job. A bit loud. Overpriced for what it is.'\n★☆☆☆☆ 'Limescale warning light never turns off, support just sent me a FAQ link.'\n★★★★☆ 'Love the temperature settings for green tea, wish the cable was longer.'",
    "STANDUP": "standup notes tue\n- mobile: login screen redesign in QA, 2 bugs left (keyboard overlap on small phones, wrong font on android 12)\n- web: search autocomplete shipped behind flag, 5% rollout\n- data: nightly export failed twice (disk full on worker-3), re-ran manually\n- blocked: design review for onboarding moved to thu, nobody owns the analytics dashboard since the PM left the team",
    "OUTAGE": "Postmortem draft - checkout latency, 12 Mar\nTimeline: 09:02 deploy of pricing-svc 2.14; 09:10 p95 latency on /checkout rises from 300ms to 4.8s; 09:25 on-call paged; 09:41 rollback; 09:48 latency normal.\nCause: new pricing call made one DB query per basket line instead of one per basket (N+1).\nImpact: ~38 min degraded checkout, est. 1,900 abandoned baskets.\nFollow-ups: add query-count test, load test pricing-svc before deploy, alert on p95 > 1s.",
    "PYAVG": "```python\ndef average(values):\n    return sum(values) / len(values)\n\nprint(average([]))\n```",
    "JSBUG": "```js\nfor (var i = 0; i < buttons.length; i++) {\n  buttons[i].addEventListener('click', function () {\n    console.log('clicked button ' + i);\n  });\n}\n```",
    "SQLQ": "```sql\nSELECT c.name, COUNT(o.id)\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2024-01-01'\nGROUP BY c.name;\n```",
    "TRACE": 'Traceback (most recent call last):\n  File "report.py", line 41, in <module>\n    rows = load_rows(path)\n  File "report.py", line 17, in load_rows\n    with open(path, encoding="utf-8") as fh:\nFileNotFoundError: [Errno 2] No such file or directory: \'exports/2024-06/sales.csv\'',
    "SUPPORTCHAT": "Customer: hi my order still hasnt arrived its been 9 days\nAgent: Sorry to hear that! Can I have your order number?\nCustomer: 4471-22\nAgent: Thanks. It looks like the courier tried to deliver on Monday and left a card.\nCustomer: there was no card. this is the second time this happens. honestly about to give up on you guys\nAgent: I understand. I've booked a redelivery for tomorrow and added a 10% voucher.",
    "SURVEY": "Team offsite feedback (anonymous):\n1. 'Best offsite in years, the hike was a great idea.'\n2. 'Too many sessions, no time to actually talk to people.'\n3. 'Food was good. Venue was freezing.'\n4. 'The strategy session felt like a lecture, not a discussion.'\n5. 'Loved meeting the Lisbon team in person!'",
    # finance
    "REFUNDMAIL": "From: "
    + _P["P1"]
    + " <"
    + _P["EM1"]
    + ">\nSubject: charged twice??\n\nHello, I was billed 89.00 twice on 3 June for the annual plan (card ending 4417). I only have one account. I've tried calling "
    + _P["PH9"]
    + " but no one picks up. I'd like the duplicate refunded within the week please, otherwise I'll raise it with my bank.\nThanks",
    "BUDGET": "Marketing budget H1 (EUR k)\nchannel | planned | actual\npaid search | 120 | 141\nsocial | 80 | 64\nevents | 150 | 172\ncontent | 40 | 38\nagency fees | 60 | 60",
    "EXPENSES": "Expenses - March\n02/03 Train London-Leeds 84.20\n05/03 Client lunch, Dishoom (3 people) 112.50\n09/03 Laptop stand 39.99\n14/03 Hotel Leeds 2 nights 238.00\n14/03 Room service 27.40\n21/03 Taxi to airport 55.00\n28/03 Team drinks 140.00",
    "INVOICE": "INVOICE 2024-0193\nFrom: Nordlicht Design GmbH\nTo: Tidewater Ltd, accounts payable\nServices: brand refresh phase 2 - 18 days @ 720.00 = 12,960.00\nVAT 19%: 2,462.40\nTotal due: 15,422.40 EUR, payment within 30 days\nBank: "
    + _P["IBAN1"]
    + " / BIC NLDEDEFFXXX\nContact: "
    + _P["P6"]
    + ", "
    + _P["PH4"],
    "TAXLETTER": "Dear "
    + _P["P3"]
    + ",\nOur records show an underpayment of 1,842.00 for the 2022 tax year relating to untaxed interest of 4,605.00. Taxpayer ID "
    + _P["SSN1"]
    + ". If you disagree you may request a review within 30 days of the date of this letter. Interest will continue to accrue at 7% per year on the unpaid amount.",
    "EARNINGS": "Q2 update: revenue 84.1m (+11% y/y), gross margin 47.2% (from 49.0%) on higher freight costs. Opex up 6%. Net income 6.3m vs 7.9m a year ago. Cash 41m, no debt. We reaffirm full-year revenue guidance of 330-340m but now expect margins at the low end of the range. Management: 'We are confident the freight headwind is temporary.'",
    "CLAIMFORM": "Outpatient claim - Harbourview Insurance\nPolicyholder: "
    + _P["P4"]
    + " (NRIC "
    + _P["NRIC1"]
    + ")\nContact: "
    + _P["PH3"]
    + " / "
    + _P["EM6"]
    + "\nClinic visit 14 May, consult 65.00, X-ray 120.00, medication 38.40\nDiagnosis code: S93.4 (ankle sprain)\nRefund to: DBS account ending 2291",
    # legal
    "NDA": "4. Confidentiality. The Recipient shall keep the Confidential Information secret for a period of five (5) years from the Effective Date and shall not disclose it to any third party except its employees and professional advisers who need to know it. 5. Return. On request, the Recipient shall return or destroy all Confidential Information within ten (10) business days. 6. No licence. Nothing in this Agreement grants the Recipient any right in the Discloser's intellectual property.",
    "LEASE": "Clause 7.2: The Tenant may terminate this lease on the third anniversary of the Term Commencement Date by giving the Landlord not less than six months' prior written notice, provided that the Tenant has paid all rent due and gives vacant possession. Clause 9.1: The rent shall be reviewed on each fifth anniversary on an upwards-only basis to open market rent.",
    "DISMISSAL": "Dear "
    + _P["P7"]
    + ",\nFurther to the disciplinary hearing on 2 April, I write to confirm that your employment is terminated with immediate effect for gross misconduct, namely the repeated falsification of timesheets. You will be paid up to today's date and any accrued holiday. You have the right to appeal this decision in writing to HR within 5 working days.\nRegards,\n"
    + _P["P8"]
    + ", Operations Director",
    "PRIVACY": "We collect your name, email address, device identifiers and approximate location. We use this data to provide the service, for analytics, and - where you consent - to send marketing. We share data with payment processors and hosting providers. We keep account data for 6 years after you close your account. You can ask us to access, correct or delete your data by emailing our DPO.",
    "SUPPLIER": "12.1 Either party may terminate this Agreement for material breach if the breach is not remedied within 30 days of written notice. 12.2 The Customer may terminate for convenience on 90 days' notice, subject to payment of a termination fee equal to three months' fees. 14.1 The Supplier's total liability shall not exceed 100% of the fees paid in the preceding 12 months. 15. This Agreement is governed by the laws of Ireland.",
    "COMPLAINT": "I bought a washing machine from your store on 1 February. It leaked on the third use and flooded my kitchen floor. Your engineer visited and said it was 'installation error' even though your own team installed it. I want a full refund and the cost of the damaged flooring (about 600). I believe I am entitled to this under consumer law.",
    # medical
    "DISCHARGE": "Discharge summary\nPatient: "
    + _P["P9"]
    + ", 71M\nAdmitted 3/9 with community-acquired pneumonia, CURB-65 score 2. Treated with IV co-amoxiclav then oral doxycycline. Also new AF noted, rate controlled with bisoprolol 2.5 mg OD; started apixaban 5 mg BD. Discharged 9/9.\nGP actions: repeat CXR in 6 weeks, check U&E in 1 week, review anticoagulation.\nNext of kin: daughter, "
    + _P["PH1"],
    "LEAFLET": "Take one tablet every morning with a glass of water. Do not take with grapefruit juice. Common side effects: headache, ankle swelling, flushing. Stop taking and see a doctor immediately if you notice swelling of the face, lips or tongue. Do not stop suddenly without talking to your doctor.",
    "PTFEEDBACK": "1) 'Receptionist was rude on the phone but the doctor was lovely.'\n2) 'Waited 50 minutes past my appointment time with no explanation.'\n3) 'The physio actually listened. My back is so much better.'\n4) 'Got my blood results by text the same day - brilliant.'\n5) 'Prescription was sent to the wrong pharmacy again.'",
    "CLINICNOTE": "S: 29F, 2 days burning on urination, frequency, no fever, no flank pain, not pregnant (LMP 10 days ago). No allergies.\nO: T 36.9, urine dip nitrites +, leucocytes ++.\nA: uncomplicated lower UTI.\nP: nitrofurantoin 100 mg MR BD for 3 days, safety-netting advice given, return if fever or loin pain.",
    "TRIAL": "In this randomised trial, 1,204 adults with moderate knee osteoarthritis were assigned to a 12-week supervised exercise programme or to usual care. At 12 months, pain scores fell by 2.1 points in the exercise group versus 0.9 points with usual care (on a 0-10 scale). Adherence was 68%. There were no serious adverse events. The authors note that participants were not blinded.",
    # security
    "SSHLOG": "Jun 03 01:44:12 web-02 sshd[8812]: Failed password for root from "
    + _P["IP1"]
    + " port 40112 ssh2\nJun 03 01:44:15 web-02 sshd[8812]: Failed password for root from "
    + _P["IP1"]
    + " port 40118 ssh2\nJun 03 01:44:19 web-02 sshd[8815]: Failed password for invalid user test from "
    + _P["IP1"]
    + " port 40131 ssh2\nJun 03 01:52:40 web-02 sshd[8901]: Accepted password for backup from "
    + _P["IP3"]
    + " port 52210 ssh2\nJun 03 01:53:02 web-02 sudo: backup : TTY=pts/1 ; COMMAND=/usr/bin/crontab -e",
    "PHISH": "From: Micros0ft 365 Account Team (sent via bulk-mailer)\nSubject: Action required: your mailbox will be deleted\n\nDear user, we detected unusual sign-in activity on your account. To avoid permanent deletion, verify your password within 24 hours: hxxps://m365-verify[.]help/login\nIf you do not verify, all emails will be lost.\nMicrosoft Security Team",
    "VULNSCAN": "scan 2024-06-10 (internal)\nhost "
    + _P["IP2"]
    + " - OpenSSH 7.4 - CVE-2018-15473 user enumeration - medium\nhost "
    + mark("IP_ADDRESS", "10.14.2.91")
    + " - Apache 2.4.49 - CVE-2021-41773 path traversal - critical\nhost "
    + mark("IP_ADDRESS", "10.14.2.95")
    + " - SMBv1 enabled - high\nhost "
    + mark("IP_ADDRESS", "10.14.2.97")
    + " - TLS cert expired 2024-05-30 - low\nhost "
    + mark("IP_ADDRESS", "10.14.2.99")
    + " - Jenkins 2.263 - unauthenticated script console - critical",
    "FWLOG": "2024-06-11T22:41:09Z DENY tcp src="
    + _P["IP6"]
    + " dst="
    + _P["IP4"]
    + " dport=3389\n2024-06-11T22:41:10Z DENY tcp src="
    + _P["IP6"]
    + " dst="
    + _P["IP4"]
    + " dport=445\n2024-06-11T22:41:12Z ALLOW tcp src="
    + _P["IP6"]
    + " dst="
    + _P["IP4"]
    + " dport=443\n2024-06-11T22:43:55Z ALLOW tcp src="
    + _P["IP4"]
    + " dst="
    + _P["IP7"]
    + " dport=4444 bytes=18.2MB",
    "LOGINPHP": "```php\n$user = $_POST['user'];\n$pass = $_POST['pass'];\n$q = \"SELECT * FROM users WHERE name='$user' AND password='\" . md5($pass) . \"'\";\n$res = mysqli_query($conn, $q);\nif (mysqli_num_rows($res) > 0) { $_SESSION['admin'] = true; }\n```",
    "ACCESSREQ": "Access requests this week:\n- contractor wants prod DB read access for 'debugging' - no end date\n- new finance hire needs SAP + shared drive 'Finance'\n- intern asks for local admin on laptop to install Spotify\n- SRE lead wants break-glass root for on-call rota\n- marketing wants API key for CRM export",
}


FINANCE = r"""
qa f l p | How does a 0% balance transfer card make any money for the bank?
reasoning f m p | I owe 4,200 on a card at 24%. Take a 0% transfer with a 3% fee, or just throw 600 a month at the current card? Which would you do and why
math f l p calc | 4,200 at 24% APR, paying 600 a month - how many months to clear it and roughly how much interest in total?
code f l p | write me a python script that takes a balance, APR and monthly payment and prints the payoff schedule month by month
qa f l p | what is an index fund
reasoning f m p | 31, no debt besides the mortgage, 20k sitting in savings. Index fund or overpay the mortgage (3.9% fixed)? Help me think it through.
qa f l p | why do bond prices fall when interest rates go up?
reasoning f m p | Rates look like they're peaking. Should our treasury lock 2m into a 3-year bond now or keep it in a 6-month deposit and roll it? Argue both sides then pick one.
qa f l p | What's the difference between gross margin and net margin?
math f l p calc | revenue 84.1m, gross margin 47.2% - what's gross profit in money?
qa f l p | what is a P60
qa f l p | whats the point of an emergency fund if I already have a credit card
reasoning f m p | Emergency fund of 3 months vs 6 months - I'm a contractor with lumpy income and a kid. Which makes more sense for me?
qa f l p | How is capital gains tax different from income tax?
reasoning f m p | I'm selling shares with a 9k gain this year. Sell all now or split across two tax years? I'm near the allowance. What would you do?
math f l p calc | Gain of 9,000, annual exempt amount 3,000, CGT rate 20%. Tax due?
qa f l p | what does 'excess' mean on car insurance
reasoning f m p | My car insurer quotes 540 with a 250 excess or 460 with a 750 excess. I've never claimed in 8 years. Which one?
draft f l p | write to my car insurer asking why the renewal jumped from 460 to 690 when nothing changed
creative g l p | write a funny limerick about my car insurance renewal going up again
sentiment f l p | How does the CEO sound in this - confident, defensive, worried?{EARNINGS}
summarize f l p | Give me this results update in 3 bullet points for someone who doesn't follow the company.{EARNINGS}
extract f l p | Pull revenue, gross margin, net income, cash and guidance into a small table.{EARNINGS}
classify f l p | Label each figure in here as improving, worsening or flat versus last year.{EARNINGS}
reasoning f m p | Gross margin fell 1.8 points and they blame freight. Given the other numbers here, is that explanation believable, or is something else going on?{EARNINGS}
summarize f l i | tl;dr of the budget vs actual please{BUDGET}
math f l i calc | total overspend across the channels that went over, and the overall variance in %{BUDGET}
classify f l i | mark each line: over budget / under budget / on budget{BUDGET}
reasoning f m i | Paid search and events both overspent. If we have to claw back 30k in H2, where should it come from and why?{BUDGET}
code f l i | Write a pandas snippet that reads this table and adds a variance and variance_pct column.{BUDGET}
classify f l i | Sort my March expenses into travel, meals, equipment and entertainment{EXPENSES}
extract f l i | just the dates and amounts of anything hotel or transport related{EXPENSES}
math f l i calc | what's the total for March, and how much is left if my monthly limit is 650?{EXPENSES}
qa f l i retr | Does our expenses policy let me claim room service? Check the travel policy on the intranet.
reasoning f m i | Finance rejected my team drinks (140) as 'not business'. It was a farewell for a colleague leaving after 10 years. Worth pushing back, or let it go?
draft f l i | Draft a short note to finance appealing the rejected 140 team-drinks claim, politely.
math f l p calc | what's 17.5% of 2,340
math f l p calc | If I invest 300 a month for 20 years at 6% a year, compounded monthly, what do I end up with?
code f l p | Excel formula to calculate the future value of 300 a month for 20 years at 6%, monthly compounding?
math f l p calc | I paid 1.2m for the flat in 2015 and sold for 1.74m. Annualised return over 9 years?
qa f l p | what is annualised return and why is it lower than the total return divided by years
qa f l p web | What's the Bank of England base rate right now?
reasoning f m p web | given where mortgage rates are this week, is it better to fix for 2 or 5 years? I'm remortgaging in August
qa f l p | How do fixed and tracker mortgages differ
draft f l p | Email to our mortgage broker: we want to compare 2- and 5-year fixes, 280k loan, 60% LTV, can she send options by Friday.
qa f l p | Why do companies report EBITDA?
translate f l p | Translate into Portuguese for our Lisbon client: 'Payment is due within 30 days of the invoice date. Late payments incur interest at 1% per month.'
draft f l p | Make this invoice reminder less aggressive: 'You have STILL not paid. Pay now or we stop all work.'
translate f l p | en español por favor: "Your refund has been processed and should appear on your statement within 5-7 business days."
qa f l p | whats the diff between a debit card and a credit card for buyer protection
classify f l p | Which of these are fixed costs and which are variable for a bakery: flour, rent, delivery fuel, insurance, packaging, salaried manager
extract f l p | From this text get the loan amount, rate, term and monthly payment: 'We approved your loan of 18,500 at 6.9% APR over 48 months; your monthly repayment will be 441.72.'
math f l p calc | Check their number: 18,500 at 6.9% APR over 48 months - is 441.72 a month right?
sentiment f l p | is this landlord reply friendly or hostile? 'As per the tenancy, rent increases are at my discretion. I trust this won't be a problem.'
chat g l p | ok thanks, that's way clearer than my bank's website lol
qa f l p | How does a pension annuity work?
reasoning f h p | I'm 58, pension pot 310k, no other savings apart from the house, wife has a small state pension. Annuity, drawdown, or a mix? Walk me through the trade-offs properly and give me a recommendation.
summarize f l r | This came in from a supplier today - sum it up in one line.{INVOICE}
extract f l r | Pull supplier name, invoice number, amount due, due terms and bank details from this.{INVOICE}
math f l r calc | Check the VAT and total on this invoice are right.{INVOICE}
qa f l p | what is a BIC and why does a supplier give you one with an IBAN?
summarize f l r | what is this letter saying in plain terms?{TAXLETTER}
reasoning f m r | I think the interest on the letter was already taxed at source by the bank. Should I ask for a review or just pay? What are the risks of each?{TAXLETTER}
math f l r calc | if I pay it 4 months late, how much extra interest at 7% a year?{TAXLETTER}
draft f l r | Write the review request letter back to them, saying the interest was taxed at source and attaching the bank certificate.{TAXLETTER}
qa f l p | why would a tax office charge interest on an underpayment
classify f l r | Is this claim outpatient, inpatient or dental? And which benefit line does each item fall under?{CLAIMFORM}
extract f l r | Give me the policyholder, the visit date and each billed item with its amount as JSON.{CLAIMFORM}
math f l r calc | Total of the claim, and what comes back if the plan pays 80% after a 30 excess?{CLAIMFORM}
qa f l p | does travel insurance usually cover a sprained ankle from a hike
reasoning f m p | Twisted my ankle hiking in Bali; the clinic bill was 220. My travel insurance has a 150 excess and my credit card has its own travel cover with no excess. Which one should I claim on?
"""

LEGAL = r"""
qa l l p | what is a non-compete clause and are they usually enforceable?
reasoning l m p | My contract has a 12 month non-compete covering 'the whole of the UK'. I've been offered a role at a competitor 200 miles away in a different product line. Take it, or get advice first? What are my real risks?
qa l l p | What does "without prejudice" mean at the top of a letter?
reasoning l m p | The other side's 'without prejudice' letter admits they delivered 3 weeks late. Can we use that admission later in court? And should our reply also be WP?
qa l l p | How long do I have to bring a small claim for a faulty product?
reasoning l m p | Bought a washing machine 14 months ago, it's just died. Retailer says warranty was 12 months so tough luck. Do I have any comeback, and who should I go after - the shop or the manufacturer?
summarize l l p | summarise this complaint for the legal team, 2 lines max{COMPLAINT}
sentiment l l p | How angry is this customer on a scale of 1-5?{COMPLAINT}
classify l l p | Is this a product liability claim, a consumer rights refund claim, or a negligence claim? Pick the main one.{COMPLAINT}
extract l l p | list the dates, amounts and what the customer is demanding{COMPLAINT}
reasoning l m p | Is the customer right that consumer law entitles them to a refund AND the flooring cost here? How strong is their case?{COMPLAINT}
draft l m p | Draft our response: we'll refund the machine, but ask for photos and an invoice before we consider the flooring.{COMPLAINT}
summarize l l i | plain-English summary of these NDA clauses for the sales guys{NDA}
extract l l i | What's the confidentiality period and the deadline for returning info? just those two{NDA}
reasoning l m i | We want to share our roadmap with a potential partner under this NDA. Is five years enough protection, and is anything missing that should worry us?{NDA}
draft l l i | rewrite clause 5 so it also covers copies held in backups{NDA}
translate l l i | Translate clause 4 into French for the Lyon subsidiary.{NDA}
draft l l i | Put clause 4 into everyday English that a non-lawyer gets in one read.{NDA}
qa l l p | What is a break clause in a commercial lease?
extract l l i | When's the earliest we can get out of this lease and how much notice do we need to give?{LEASE}
reasoning l m i | We might halve our headcount in 2 years. Given clause 7.2 and the upwards-only review, should we sign this lease as is or negotiate? What would you push for?{LEASE}
qa l l p | what does upwards-only rent review mean
summarize l l c | Summarise the letter: what happened, what's decided, what are his options.{DISMISSAL}
reasoning l m c | He was dismissed with no warnings before, on the first offence. Was that fair, and does the 5-day appeal window look reasonable?{DISMISSAL}
extract l l c | Extract: employee name, hearing date, reason, appeal deadline, signatory.{DISMISSAL}
sentiment l l c | Is the tone of this letter neutral and professional or does it read as hostile?{DISMISSAL}
draft l l c | Draft his appeal letter for him - he says the timesheet errors were a system fault, not deliberate.{DISMISSAL}
qa l l p | What counts as gross misconduct at work?
classify l l p | Classify each clause as GDPR-required disclosure or optional: retention period, marketing consent, sharing with processors, approximate location, right to delete{PRIVACY}
extract l l p | list every category of personal data this policy says they collect{PRIVACY}
reasoning l m p | Does this privacy notice look GDPR compliant to you? What's missing?{PRIVACY}
summarize l l p | Explain this privacy policy to me like I'm 12, in 3 sentences.{PRIVACY}
qa l l p | What's a DPO and does every company need one?
extract l l i | notice periods, liability cap and governing law from this please{SUPPLIER}
reasoning l m i | We want out of this supplier contract in 2 months. Termination for breach (they've missed SLAs 3 months in a row) or for convenience with the fee? Which route is safer?{SUPPLIER}
classify l l i | tag each clause: termination / liability / governing law / payment{SUPPLIER}
summarize l l i | Two-sentence summary of the exit terms{SUPPLIER}
qa l l p | How does a liability cap in a contract work?
qa l l p | what is the statute of limitations for breach of contract in England?
reasoning l m p | Our client signed a contract in 2018, breach happened in 2019, they only found out last month. Are they out of time? Walk through it.
qa l l p | Can my employer read my work emails?
reasoning l m c | My manager quoted a private Teams message of mine in my performance review. I'd sent it to a colleague, not to her. Is that allowed and is it worth raising a grievance?
draft l l c | Write a formal grievance to HR about my manager using my private Teams messages in my review. My name is {P10}.
qa l l p | What is the difference between a patent and a trademark
reasoning l m p | A startup is using a logo very similar to ours, different industry. Send a cease and desist, or let it go? Consider cost and the chance of winning.
draft l m p | Cease and desist letter to a company using a logo confusingly similar to ours - firm but not threatening. Keep it to one page.
creative g l p | write a short courtroom drama scene where a cat is on trial for knocking a vase over
qa l l p | what rights do I have if my flight is cancelled in the EU
reasoning l m p | Flight cancelled 10 days before departure, airline offered a voucher. I want cash. Do I push for a refund or accept the voucher plus extras they're dangling?
translate l l p | traduce al inglés: "El arrendatario deberá notificar por escrito con dos meses de antelación su intención de no renovar el contrato."
translate l l p | Could you translate this into German? 'The parties agree that any dispute shall be settled by arbitration in Zurich.'
draft l l p | Say this in plain English: 'Notwithstanding the foregoing, the Licensee shall indemnify and hold harmless the Licensor from any and all claims arising hereunder.'
qa l l p | is a verbal contract legally binding
classify l l p | For each, is it a criminal or civil matter: unpaid invoice, shoplifting, breach of a lease, drink driving, defamation
reasoning l m i retr | Based on our data retention policy in the wiki, can we keep CVs of rejected candidates for 3 years? Check the policy and tell me if 3 years is defensible.
qa l l p | What is the GDPR 72-hour rule?
reasoning l m c | We discovered last Friday that a recruiter emailed a spreadsheet of 40 candidates' names and phone numbers to the wrong client. Do we have to report this to the regulator? The 72 hours are nearly up.
"""

MEDICAL = r"""
qa m l p | why don't antibiotics work on colds?
reasoning m m p | My 4 year old has had 38.5 fever for 3 days, eating ok but coughing a lot at night. Wait it out over the weekend or get her seen today?
qa m l p | What does an HbA1c test actually measure?
reasoning m m p | HbA1c went from 44 to 49 in a year, I've put on 6kg and my dad had type 2. How worried should I be and what would you change first?
math m l p calc | Convert an HbA1c of 49 mmol/mol to a percentage.
qa m l p | how does ibuprofen reduce swelling
reasoning m m p | Ibuprofen or paracetamol for a sprained ankle, given I also have mild asthma? Which and why?
qa m l p | what is atrial fibrillation
summarize m l c | Summarise this discharge letter for the GP in 3 lines.{DISCHARGE}
extract m l c | list all meds with dose and frequency from the discharge summary{DISCHARGE}
extract m l c | What follow-up actions does the GP have to do, and by when?{DISCHARGE}
classify m l c | Classify each GP action as urgent (within 1 week) or routine.{DISCHARGE}
reasoning m m c | He's 71, has new AF and just had pneumonia. Is apixaban 5 mg BD the right dose for him, or would you expect it reduced? What else would you want to know?{DISCHARGE}
draft m l c | Write a short letter to his daughter explaining what happened in hospital and what happens next, no jargon.{DISCHARGE}
qa m l p | Why do people with AF need blood thinners?
summarize m l p | Sum up this leaflet in one sentence{LEAFLET}
translate m l p | Translate the leaflet text into Polish for a patient who doesn't read English.{LEAFLET}
draft m l p | rewrite the leaflet for someone with low literacy - short sentences, simple words{LEAFLET}
extract m l p | What are the warning signs that mean stop the tablets now?{LEAFLET}
qa m l p | why can't you take some medicines with grapefruit juice
sentiment m l i | Rate each patient comment positive, negative or mixed{PTFEEDBACK}
classify m l i | Group these comments by area: front desk, waiting times, clinical care, pharmacy/admin{PTFEEDBACK}
summarize m l i | Give the practice manager a 2-line summary of what patients are saying.{PTFEEDBACK}
reasoning m m i | If we can only fix one thing from this feedback this quarter, which one should it be? Justify it.{PTFEEDBACK}
summarize m l c | one-liner of this consult for the handover sheet{CLINICNOTE}
extract m l c | SOAP note -> JSON with symptoms, obs, diagnosis, drug, dose, duration{CLINICNOTE}
reasoning m m c | Was nitrofurantoin a sensible choice here, versus trimethoprim? Explain the thinking.{CLINICNOTE}
qa m l p | what is a UTI and how do you catch one
summarize m l p | Summarise this trial for our physio team newsletter, 60 words.{TRIAL}
reasoning m m p | Unblinded, 68% adherence, 1.2 point difference. Should our clinic change practice based on this trial? Give me the case for and against.{TRIAL}
extract m l p | Pull sample size, intervention, comparator, follow-up and main result.{TRIAL}
math m l p calc | What's the difference in pain reduction between the two groups as a percentage of the usual-care reduction?{TRIAL}
qa m l p | what does it mean when a trial isn't blinded
qa m l p | what's the normal resting heart rate for adults?
reasoning m m p | Resting heart rate 48, I cycle 200km a week, no dizziness, no chest pain. Should I be worried or is this just fitness?
qa m l p | How does the MMR vaccine work?
reasoning m m p | My son missed his second MMR dose, he's 6 now and we're travelling to a country with a measles outbreak in 3 weeks. Is there time to get it done and is it worth it?
draft m l p | Message to the school nurse asking whether my son can do PE with a healing wrist fracture, cast comes off next week.
creative g l p | write a cheesy get-well-soon poem for a colleague who broke her wrist skiing
qa m l p | How long does a broken wrist take to heal?
classify m l p | Triage each: A&E, GP within 48h, pharmacy, or self-care. a) sore throat 2 days b) crushing chest pain c) mild sunburn d) ear pain in a toddler with fever e) sudden slurred speech
qa m l p | What are the signs of a stroke?
translate m l p | How do I say "are you allergic to any medicine?" in Mandarin and Arabic?
translate m l p | Patient only speaks Italian. Translate: 'You need to fast from midnight. Take your blood pressure tablet with a sip of water in the morning.'
draft m l p | Make this appointment letter friendlier but keep all the facts: 'Attendance is mandatory. Failure to attend will result in discharge from the service.'
math m l p calc | child weighs 18 kg, dose is 15 mg/kg paracetamol, suspension is 120 mg/5 ml. how many ml per dose?
code m l p | Write a function that takes weight in kg and a mg/kg dose and returns the ml of a 120mg/5ml suspension, rounded to 0.5 ml.
qa m l p | what does mg/kg dosing mean and why do children get doses by weight
summarize m l c | Summarise my mum's situation for the care home: {P8}, 84, moderate dementia, type 2 diabetes on metformin, falls twice last month, needs help with washing and meds, wanders at night.
reasoning m h c | {P12}'s mother (84, dementia, two falls last month) is living alone. Home care 4x a day or move to a care home? Lay out the trade-offs for her safety, independence and the family, then recommend.
qa m l p | What's the difference between a care home and a nursing home?
chat g l p | thank you, that honestly calmed me down a lot
sentiment m l p | How is this patient feeling about surgery? 'Honestly I just want it done. Scared of the anaesthetic but I can't keep living with this hip.'
extract m l c | From this referral pull patient name, DOB, NHS no. and reason: 'Referral for {P5}, DOB 12/04/1961, NHS 943 476 5919, persistent haematuria x2, smoker 30 pack-years.'
classify m l c | What urgency category does this referral fall in - 2-week-wait cancer, urgent, or routine? 'Referral for {P5}, 63, persistent visible haematuria, smoker.'
qa m l p | what is the two week wait pathway
"""

SECURITY = r"""
qa s l p | how does an MFA fatigue attack work?
reasoning s m i | Our CFO got 14 MFA pushes overnight and approved one at 06:10. Reset password, revoke sessions, check mailbox rules - what order, and why that order?
qa s l p | what's the difference between a vulnerability scan and a pen test
reasoning s m p | Budget for either one annual pentest or a year of continuous vuln scanning. 40-person SaaS, SOC 2 audit next spring. Which would you buy?
summarize s l c | what happened here, in two sentences{SSHLOG}
extract s l c | pull every source IP, username and outcome into a table{SSHLOG}
classify s l c | Label each log line: brute force attempt, successful login, privilege use{SSHLOG}
reasoning s m c | The backup user logged in by password from an IPv6 address minutes after the brute force and then edited crontab. Compromise or coincidence? What would you check to be sure?{SSHLOG}
code s l i | Write a fail2ban filter + jail that bans an IP after 3 failed sshd passwords in 5 minutes.
qa s l p | How does fail2ban work?
classify s l i | phishing or legit? {PHISH}
extract s l i | Extract the indicators I can block: sender, URLs, domains.{PHISH}
reasoning s m i | Which red flags in this email give it away? I want to use it in training, so explain why each one matters.{PHISH}
draft s l i | Write a short all-staff warning about this phishing email, what to do if they clicked.{PHISH}
creative g l p | Write a rhyming poster slogan reminding people not to click dodgy links.
qa s l p | what is typosquatting
summarize s l c | summarise the scan for the CTO, worst first{VULNSCAN}
classify s l c | Re-rate each finding as P1/P2/P3 for patching, given these are internal hosts only.{VULNSCAN}
reasoning s h c | We can patch two hosts this week. Which two and why? Then give me a plan for the rest over the next month.{VULNSCAN}
extract s l c | Just the CVE IDs and the software versions, one per line.{VULNSCAN}
qa s l p | What is CVE-2021-41773?
qa s l p web | Is there a public exploit for CVE-2021-41773 being used in the wild right now?
summarize s l c | what does this firewall log show?{FWLOG}
reasoning s m c | Traffic out to port 4444 after blocked RDP and SMB attempts. What's the most likely story here and how urgent is it?{FWLOG}
extract s l c | list src, dst, port and action for every ALLOW line{FWLOG}
code s l c | Write a jq or Python one-off that pulls the ALLOW lines with bytes over 10MB from logs in this format.{FWLOG}
code s l i | Review this login code for security issues and rewrite it properly.{LOGINPHP}
qa s l p | why is md5 bad for storing passwords?
reasoning s m i | This PHP login is in production on a legacy admin panel nobody uses much. Hotfix it today, or take the panel offline until a rewrite? Argue it.{LOGINPHP}
classify s l i | For each access request, approve, approve with conditions, or deny?{ACCESSREQ}
reasoning s m i | Which of these access requests is the riskiest and what would you ask the requester before deciding?{ACCESSREQ}
draft s l i | reply to the contractor explaining we can't give open-ended prod DB access, and offer a time-boxed read replica instead{ACCESSREQ}
qa s l p | What is least privilege?
qa s l p | How do passkeys work, and why are they phishing-resistant?
reasoning s m p | Should we roll out passkeys to all 900 staff now or start with admins? Some people still use shared desktops in the warehouse.
chat g l p | haha ok, I'll stop clicking links in emails from 'the CEO'
qa s l p | what is ransomware
reasoning s h i | We're a 60-bed hospital IT team with no offline backups. Lay out a 90-day plan to get ransomware-resilient, with priorities per month.
draft s l i | Policy paragraph: all admin accounts must use hardware keys from 1 July, no exceptions without CISO sign-off.
classify s l p | Which are strong passwords and which are weak: 'Summer2024!', 'correct horse battery staple', 'P@ssw0rd', 'x9$Lq!2vR#', 'admin123'
qa s l p | how do password managers keep my passwords safe
sentiment s l i | how frustrated are people with the new MFA rollout, judging by these Slack messages? 'another code?? every 2 hours??' / 'fine by me tbh' / 'I literally can't log in from the warehouse'
extract s l c | get the IPs out of this alert: 'Impossible travel: login from {IP7} (Lagos) 09:02 then {IP6} (Oslo) 09:19 for user {EM5}'
reasoning s m c | Impossible travel alert: {EM5} logged in from {IP7} then from {IP6} 17 minutes later. VPN, or a stolen session? How would you tell?
qa s l p | What is an impossible travel alert?
translate s l i | Translate this security notice into Japanese for the Osaka office: 'From Monday, USB storage devices will be blocked on all company laptops.'
draft s l i | Make this IT notice sound less robotic: 'USB STORAGE IS DISABLED. REQUESTS FOR EXCEPTIONS WILL BE DENIED.'
code s l p | write a regex that flags anything that looks like an AWS access key id in our repo scans
qa s l p | What happens if an AWS access key gets pushed to a public GitHub repo?
reasoning s m r | dev just pushed AKIAIOSFODNN7EXAMPLE with its secret to a public repo 20 min ago. it's been reverted. are we fine or do we still need to rotate? walk me through what to do
math s l p calc | A password of 12 characters from a 94-character set: how many possible combinations, and how long to brute force at 10 billion guesses/sec?
code s l p | Python: function to calculate password entropy in bits from its length and character set size.
qa s l p | what is password entropy
"""

GENERAL = r"""
chat g l p | hey, are you a real person?
qa g l p | how do large language models actually generate text?
chat g l p | what kind of stuff can you help me with?
qa g l p | What is retrieval-augmented generation?
chat g l p | morning! long day ahead 😩
chat g l p | thanks, that fixed it 🙏
chat g l p | do you remember what I asked you yesterday?
qa g l p | how does computer memory work, RAM vs SSD?
chat g l p | you're getting better at this lol
chat g l p | ok
chat g l p | sorry for the typos, on my phone
chat g l p | Hi! First time using this thing. Do I just type a question?
chat g l p | gn, talk tomorrow
chat g l p | is what I type here private?
chat g l p | how's your day going?
chat g l p | no that's not what I meant, never mind
chat g l p | bonjour ! ça va ?
chat g l p | Merci beaucoup, c'était parfait.
chat g l p | what should I call you?
chat g l p | brb, meeting
chat g l p | Happy Friday!!!
chat g l p | can you be a bit less formal with me?
chat g l p | you there?
qa g l p | Why is the sky blue?
qa g l p | what's the difference between a virus and a bacterium
qa g l p | How do noise-cancelling headphones work
reasoning g m p | My noise-cancelling headphones hiss only in the left ear and only on planes, not at home or on trains. What's likely going on?
qa g l p | why does my laptop fan get loud on video calls
reasoning g m p | Fan goes crazy only on Teams with my external monitor plugged in. Zoom is fine, Teams without the monitor is fine. What's the most likely cause?
qa g l p | What's the difference between Agile and Waterfall?
reasoning g m i | 6-person team, fixed-scope government contract, fixed deadline, client wants monthly demos. Scrum, Kanban or a waterfall plan with milestones? Pick one and defend it.
draft g l i | Email to the team: office closed Friday for plumbing works, work from home, the Monday standup moves to 10:00.
creative g l p | write a haiku about the office being shut on Friday for plumbing
creative g l p | give me 10 names for our new internal parking app
creative g l p | slogan for the parking app, something a bit cheeky
draft g l i | intranet announcement: new parking rules from 1 March, permit holders only in bays 1-40, visitors use level -2
creative g l p | Write a short bedtime story about a tiny robot who's scared of the dark.
draft g l p | Write a note to my kid's teacher saying he'll miss Thursday for a dentist appointment.
creative g l p | Toast for my sister's wedding, funny but not embarrassing, about 2 minutes
draft g l p | Write a speech outline for my sister's wedding - I just need the structure, bullet points.
creative g l p | make up a rap about spreadsheets
creative g l p | Invent three fantasy creature names and one-line descriptions for a board game
draft g l i | Job ad for a junior data analyst, hybrid, Manchester. Keep it under 200 words.
creative g l p | Write a six-word story about Monday mornings.
draft g l p | polite message declining a wedding invitation, I'll be abroad
translate g l p | how do you say "the meeting has moved to Thursday" in Japanese?
draft g l p | make this more professional: "hey guys meeting moved to thurs dont forget ur slides"
translate g l p | Übersetze bitte ins Englische: "Wir freuen uns auf die Zusammenarbeit und melden uns nächste Woche."
translate g l p | what does 'ojalá' mean and how would I translate 'ojalá que llueva mañana'?
translate g l p | en français stp : "Lunch is on us tomorrow, see you at 12:30 in the big meeting room."
draft g l p | shorten this to one tweet: "We're thrilled to announce that after months of hard work our brand new mobile app is finally available to download on both iOS and Android."
translate g l p | Put this tweet into Korean: "Our new app is live on iOS and Android!"
math g l p calc | average of 14, 22, 9, 31 and 17?
code g l p | my average function crashes, fix it{PYAVG}
qa g l p | why does dividing by zero throw an error in Python but give inf in numpy?
code g l p | Why does every button log the same number? Fix it.{JSBUG}
qa g l p | What's the difference between var, let and const in JavaScript?
code g l i | this query drops customers with no orders even though it's a LEFT JOIN. why, and what's the fix?{SQLQ}
code g l p | SQL to get the top 5 customers by total order value in 2024 from tables customers(id,name) and orders(id,customer_id,total,created_at)
qa g l p | What's the difference between an INNER JOIN and a LEFT JOIN?
code g l i | what's wrong here and how do I make the script create the folder if it doesn't exist?{TRACE}
reasoning g m i | The report job worked in May and fails in June with this trace. Nobody changed report.py. What are the likely causes, most likely first?{TRACE}
code g l i code | Run this and tell me what it prints: print(sorted({3: 'c', 1: 'a', 2: 'b'}.items(), key=lambda kv: kv[1], reverse=True))
code g l p | regex for UK postcodes
math g l p calc | a train leaves at 14:35 and arrives at 18:10, how long is the trip in minutes?
code g l p | bash one-liner to count lines in all .csv files in a folder
math g l p calc | 3 pizzas at 14.50, 2 salads at 7.25 and a 12% service charge. total?
math g l p calc | If a room is 4.2m by 3.6m, how many 60x60cm tiles do I need, plus 10% for breakage?
code g l p | write a python script that asks for room length and width and tells me how many 60x60 tiles I need
math g l p calc | what's 15% of 86
math g l p calc | We had 1,240 signups in May and 1,580 in June. Percentage growth?
summarize g l p | give me the overall picture from these reviews in two sentences{REVIEWS}
sentiment g l p | are people basically happy with this kettle or not?{REVIEWS}
classify g l p | Put each review under: build quality, features, price, customer service.{REVIEWS}
extract g l p | list every concrete defect people mention, one per line{REVIEWS}
math g l p calc | what's the average star rating here?{REVIEWS}
creative g l p | Write a playful product description for this kettle based on what people love about it.{REVIEWS}
summarize g l i | Summarise standup for my manager who missed it{STANDUP}
extract g l i | Just the blockers and who/what they're waiting on.{STANDUP}
classify g l i | tag each item: on track / at risk / blocked{STANDUP}
reasoning g m i | Which of these items should I escalate today, and why that one?{STANDUP}
summarize g l i | exec summary of this postmortem, 50 words{OUTAGE}
extract g l i | Give me the timeline as a table: time, event.{OUTAGE}
reasoning g m i | Are the follow-ups enough to stop this happening again? What's missing?{OUTAGE}
math g l i calc | If the average basket is 64, what's the revenue impact of the abandoned baskets?{OUTAGE}
draft g l i | Turn the postmortem into a short, blameless note for the #engineering channel.{OUTAGE}
code g l i | Write the query-count test they mention, in pytest, for a function get_prices(basket) that should make one DB call.{OUTAGE}
sentiment g l i | how's the customer feeling by the end of this chat?{SUPPORTCHAT}
summarize g l i | Summarise this support chat for the ticket notes{SUPPORTCHAT}
classify g l i | Category for this ticket: delivery, billing, product fault or account?{SUPPORTCHAT}
reasoning g m i | Did the agent handle this well? What would you have done differently?{SUPPORTCHAT}
sentiment g l i | For each comment: positive, negative or mixed? Then the overall mood.{SURVEY}
classify g l i | Group the comments into agenda, venue, social, food.{SURVEY}
summarize g l i | Summarise the offsite feedback in 3 bullets for the organisers.{SURVEY}
creative g l p | Write a silly award certificate for 'Most Frozen Attendee' at our offsite.
qa g l p | what's the capital of Australia?
qa f l p | How does compound interest differ from simple interest? in one paragraph pls
qa g l p | what is a Gantt chart?
qa g l p | when did the Berlin Wall fall?
qa g l p web | what's the weather going to be like in Lisbon this weekend?
qa g l p web | Latest stable version of Python?
reasoning g m p | Should I learn Python or JavaScript first if I want to do data analysis but might build websites later?
qa g l p | Is Python compiled or interpreted?
"""

PII_ROWS = r"""
draft f l r | Customer {P2} wants a refund to his IBAN {IBAN3}. Draft the confirmation email to {EM2} saying it'll land within 5 working days.
classify f l r | Which payment method is this - card or bank transfer? 'Paid with {CARD1}, exp 09/27'
extract f l r | pull the card number and the phone number out of this note so I can update the CRM: 'customer {P3} called from {PH2}, wants to change default card to {CARD2}'
summarize f l r | Summarise this call note: {P6} rang ({PH4}) about a failed payment on card {CARD6}; the bank declined it for suspected fraud; she's asked us to retry tomorrow and to email {EM7} the receipt.
reasoning f m r | Someone emailed asking us to change their payout IBAN from {IBAN4} to {IBAN8} "urgently, before Friday's run". The request came from a gmail address, not their usual domain. Pay to the new one or not? What checks?
qa f l r | Is it safe to send my IBAN {IBAN2} to a landlord by WhatsApp?
draft f l r | Write a payment instruction to our bank: pay 2,300.00 to {P7}, IBAN {IBAN5}, reference 'consulting May'.
extract f l r | Get me the amounts and the IBAN from this: 'Please transfer the deposit of 1,200 and first month 950 to {IBAN7} (account holder {P10}).'
math f l r calc | Card {CARD4} was charged 4 x 37.50 and refunded 12.00. What's the net?
classify s l r | Our DLP flagged this chat message. Is it a true positive? 'here's the corporate card for the AWS bill: {CARD3} cvv on the back'
reasoning s m r | A support agent pasted a customer's full card number {CARD5} into a Jira comment. What do we have to do now, step by step?
draft s l r | Write a Slack message to the support team reminding them never to paste card numbers like {CARD7} into tickets.
extract f l r | W-2 details I need for my return: employee {P3}, SSN {SSN2}, wages 68,400, federal tax withheld 7,950. Put them in a table.
qa f l p | why does my employer need my social security number for payroll
reasoning f m r | The tax prep site wants my SSN ({SSN3}) and my bank login to 'import' my data. Is that normal, or should I do it by hand?
draft l l r | Write a short letter to the credit bureau saying my SSN {SSN4} was used to open an account I never applied for and I'm disputing it.
extract g l r | Onboarding form for Singapore: name {P11}, NRIC {NRIC2}, mobile {PH3}. Extract name and NRIC only.
classify g l r | Is {NRIC3} an NRIC (citizen/PR) or a FIN (foreigner)? Just the category.
qa l l p | Can a Singapore company still ask for my full NRIC number when I visit the office?
draft l l r | Reply to {P4} ({EM6}) telling her we've deleted the copy of NRIC {NRIC4} we collected at reception, per the PDPA guidance.
translate m l r | Translate to Malay for the patient: 'Dear {P11} (NRIC {NRIC2}), your follow-up at the eye clinic is on 14 August at 9:30am.'
summarize m l c | summarise this voicemail transcript: 'hi it's {P5} from Eastlake, calling about your scan results, they're normal, no need to come in, any questions ring {PH8} or email {EM8}'
extract g l c | grab all phone numbers and emails from this signature block: '{P1} | Practice Manager | {PH1} | {EM1}'
draft g l c | Write an out-of-office: I'm away 5-19 Aug, for anything urgent call {P9} on {PH6}.
draft g l c | intro email connecting {P2} ({EM2}) and {P3} ({EM4}), they're both into urban gardening
extract g l c | Turn this into a contact card (name, phone, email): 'Call {P12} on {PH10} or mail {EM5}'
classify g l c | Which of these phone numbers are mobiles? {PH5}, {PH7}, {PH11} (Singapore), {PH9}
chat g l c | hi, {P7} here from the Lisbon office, nice to meet you!
sentiment g l c | How does {P8} come across in this email to {P10}? 'Per my last three emails, I still need the figures. Today, please.'
extract s l c | Which hosts talked to the C2 server? '{IP5} -> {IP1}:443 (beacon), {IP2} -> {IP1}:443 (beacon), {IP3} -> {IP8}:53'
qa g l c | Is {IP5} a public or private IP address?
classify s l c | Tag each address as internal, external, or link-local: {IP2}, {IP7}, {IP4}, {IP3}
reasoning s m c | {IP6} hit our login page 900 times in 4 minutes but only from one user-agent, and all for the username of {P9}. Targeted attack or a misconfigured integration? What makes you lean one way?
code s l c | write an nginx deny rule for {IP1} and the whole {IP3}/64 range
summarize s l c | TL;DR of this ticket: 'User {P6} ({EM5}) reports her laptop ({IP5}) pops up a fake antivirus window demanding payment. She hasn't entered any details.'
draft s l c | Write a response to {P6} telling her to disconnect the laptop from wifi and wait for the desk to call her on {PH4}.
"""

HARD_NEGATIVES = r"""
!qa g l p | Our app says version 4.2.0.17 but the store shows 4.2.1. Which one is newer?
!extract g l p | pull out the order numbers: 'Order #30018842 shipped, order #30018857 on hold, order #30018860 cancelled'
!classify f l p | Is {BADCARD1} a valid card number or just a reference? It's printed on our purchase order.
!reasoning f m p | The supplier's new IBAN {BADIBAN1} fails validation in our payment system. Typo, or a sign of invoice fraud? How should AP handle it?
!math f l p calc | Invoice INV-2024-07731 is 3,480.00 and INV-2024-07732 is 1,215.50. Total, and the difference?
!summarize g l p | Sum up in one line: ticket INC0091342 reopened, linked to PRB0004411, fix planned in release 2.3.0.9 on 18/07/2024.
!code g l p | Regex that matches 4-part version strings like 4.2.0.17 but not IP-looking things in a URL host.
!qa f l p | My bank app shows reference {BADCARD2} next to a refund. Is that my card number?
!extract f l p | From the remittance: 'Paid EUR 12.480,00 on 2024-05-31 against invoices 88120 and 88121, remittance ref RA-2024-0531-07.' Get amount, date and invoice numbers.
!classify g l p | which of these are tracking numbers and which are order ids: 1Z4E07W20397766210, ORD-2024-11-00432, 9400 1000 0000 0000 0000 00
!qa s l p | Firmware 10.2.9.1-h3, build 88412 - is that before or after the 10.2.9-h1 hotfix?
!draft g l p | Email to the vendor: please ship the replacement for serial SN-8841-2210-0937 under RMA 55120 by 30 June.
!extract l l p | Case numbers and hearing dates please: 'Claim CV-2024-004411 listed 14.10.2024; appeal A2/2024/0913 listed 02.12.2024.'
!reasoning g m p | Tickets JIRA-4410 and JIRA-4477 look like the same bug but on different versions (3.8.0.112 vs 3.8.1.4). Merge them or keep separate?
!math g l p calc | Build 20240611.3 took 41m 20s, build 20240611.4 took 29m 05s. How much faster in percent?
!qa f l p | Why does {BADIBAN2} get rejected as an IBAN when it looks the right length?
!classify f l p | Sort these into PO numbers, invoice numbers and credit notes: PO 4500112873, INV-0098812, CN-2024-0041, PO 4500112901
!extract f l p | amounts and due dates only: 'Instalment 1: 2,500.00 due 01/08/2024; instalment 2: 2,500.00 due 01/11/2024; final: 5,000.00 due 01/02/2025'
!summarize m l p | One line: lot 24C091-07 recalled, expiry 2025-09-30, affects packs with batch codes ending -07 and -08.
!qa m l p | The vaccine box says LOT 3341A2 EXP 03/2025. Can I still use it on 15 March 2025?
!math m l p calc | Batch 2207-4419-0081-3352 had 2,400 tablets; 1.25% failed inspection. How many passed?
!extract s l p | CVEs and fixed versions: 'CVE-2024-6387 fixed in OpenSSH 9.8p1; CVE-2023-48795 fixed in 9.6; our hosts run 9.3p2 and 9.7p1.'
!classify s l p | Is this a hash, an API key or a UUID? 3f2b8c1e-7d4a-4e29-9b61-0c5f8a2d7e13
!qa g l p | ISBN 978-0-306-40615-7 - is that a valid ISBN-13?
!reasoning f m p | Our DLP blocked an email because of '{BADCARD3}' - it's actually a gift card serial. Should we whitelist the pattern or fix the rule? Think it through.
!code f l p | Write a Python check that rejects 16-digit numbers failing Luhn so strings like {BADCARD4} stop triggering our card detector.
!extract f l p | The form has IBAN {BADIBAN3} and the check digits are wrong. Extract the country code and the bank code part anyway.
!classify g l p | Is {BADNRIC1} an NRIC? The check letter doesn't match, it might be our case reference.
!draft f l p | Note to AP: the IBAN on invoice 2024/0877, {BADIBAN4}, failed validation, so hold payment of 7,940.00 until the vendor confirms by phone.
!summarize l l p | Summarise the change: contract v3.2.1 replaces v3.1.4 from 01.01.2025; section 4.1.2.3 deleted; fee goes from 1,200 to 1,350 per month.
!translate g l p | Translate into Spanish: 'Order 7712-0045-3321 will be delivered on 12/09 between 08:00 and 12:00.'
!sentiment g l p | Tone check on this reply to ticket #884213: 'As mentioned, build 5.0.2.11 fixes it. Please update before contacting us again.'
!math f l p calc | We paid 1,204,330.17 USD on 2024-10-31 and 88,400.00 EUR on 2024-11-04. At 1.08 USD per EUR, total in USD?
!chat g l p | lol my ticket number is INC0000001, I feel famous
!extract g l p | MAC addresses only: 'AP-3 00:1a:2b:3c:4d:5e, AP-7 00:1a:2b:3c:9f:01, switch port 4/0/17'
"""

LONG = r"""
reasoning l m c | Bit of a long one, sorry. I've worked days at the distribution centre for six years. Last Monday my team leader {P9} told me that from next month I'm moving to permanent nights because "the business needs it". My contract says my place of work is the site and my hours are "as required by the Company", but it never says nights, and I've only ever done days. I'm a single dad, my son is 7, and I have no one to watch him overnight. Two other people on my team were asked if they wanted to move and said no, and they're staying on days. I raised it informally and was told I can "take it or leave it". I don't want to quit, I like the job. I'm not in a union. What are my options here, and what would you do first if you were me? Is this something they're actually allowed to do?
reasoning m m p | My daughter is 9. For about three weeks she's been complaining of tummy aches, mostly in the morning before school, sometimes she's sick after breakfast. At weekends she seems fine and eats normally. No fever, no diarrhoea, she's not lost weight as far as I can tell, and she's sleeping ok but takes ages to fall asleep. She started at a new school in September and says she hasn't really made friends yet. My mum thinks it's a food intolerance and wants us to cut out dairy. My husband thinks it's anxiety. I don't want to miss something physical. What do you think is most likely, what should we try first, and at what point should we take her to the GP?
draft s h c | Can you turn these scrappy notes into a proper incident report (summary, timeline, impact, root cause, actions)? Notes: Thu 08:50 finance clerk {P6} gets an email that looks like it's from our CEO asking for an urgent supplier payment; 09:05 she replies, attacker sends new bank details; 09:30 she raises the payment of 48,000 but the second approver is on leave so it sits; 11:15 the CEO walks past her desk, she mentions it, he says he never sent it; 11:20 IT told; 11:40 we find the mail came from a lookalike domain registered 3 days ago; the attacker had also emailed two other people in AP, neither replied; no money left the account; mailbox audit shows no sign our accounts were compromised; 14:00 lookalike domain reported to the registrar; 15:00 all-staff warning sent. Root cause probably no external-sender banner plus urgency. Actions we discussed: external banner, call-back rule for bank detail changes, training for AP.
reasoning f h p | I run a small café (6 staff). Sales last year were about 410k and we made roughly 22k profit after paying myself a modest salary. Our lease is up in March. The landlord is offering a new 10-year lease at 38k a year (currently 31k), or we could move to a unit two streets away at 29k but it needs a 60k fit-out, which I'd have to borrow at around 9% over 5 years, and we'd probably lose some passing trade for the first year. Footfall on our current street has been dropping since the office block opposite went half empty. I also wonder whether we should just downsize to a takeaway-only kiosk. Can you lay out the three options with rough numbers and the main risks of each, and tell me which you'd lean towards and why?
draft g h i | Please turn these kickoff notes into proper meeting minutes with decisions, owners and dates. Notes: project Atlas (new customer portal) kickoff, 6 May, attendees product, design, 2 devs, QA, support lead. Agreed MVP = login, view invoices, raise support ticket; payments NOT in MVP. Design to deliver wireframes by 17 May. Devs to spike the SSO integration this sprint, decide by 20 May whether to use the existing identity service. Support lead worried about ticket volume at launch, wants a FAQ page in scope - agreed to add it. QA wants a staging env that mirrors prod; ops to be asked. Launch target 30 Aug, soft launch to 50 friendly customers two weeks before. Open question: who signs off accessibility? Next check-in every Tuesday 10:00.
summarize l l c => summarise what he's saying ;; draft l l c => draft a reply offering to return the deposit in full by Wednesday | sorry this is long. From my tenant {P3}: 'Hi, I moved out on 31 May and left the flat spotless, I have photos. It's now 5 weeks and I still haven't had my 1,400 deposit back. When I asked, you said there's "some damage" but you haven't told me what. I checked and the deposit isn't in a protection scheme either. I need this money for my new place. If I don't hear back by Friday I'll go to the small claims court and I've read I could claim up to three times the deposit because it wasn't protected. Please reply by email.' -- summarise what he's saying and draft a reply offering to return the deposit in full by Wednesday.
translate m l p | Translate all of this into Arabic for a patient's family, keep the meaning exact: After the operation your father will stay in the recovery room for about two hours. He will then go to ward 12. He may feel sleepy and sick; this is normal. He can drink water after four hours and eat light food the next morning. Please do not bring flowers to the ward. Visiting hours are 2pm to 8pm, two visitors at a time. If you have any questions, ask the nurse in charge. We will call you if anything changes.
code g m p | Can you refactor this to be less repetitive and add type hints? It works but it's ugly.\n```python\ndef report(orders):\n    total_uk = 0\n    total_de = 0\n    total_fr = 0\n    for o in orders:\n        if o['country'] == 'UK':\n            total_uk = total_uk + o['amount']\n        if o['country'] == 'DE':\n            total_de = total_de + o['amount']\n        if o['country'] == 'FR':\n            total_fr = total_fr + o['amount']\n    print('UK: ' + str(total_uk))\n    print('DE: ' + str(total_de))\n    print('FR: ' + str(total_fr))\n```\nIdeally it should handle any country without me adding another if.
creative g m p | I need a best man's speech, about 3 minutes. The groom is my best mate from uni. Things to work in: we met in halls when he set off the fire alarm making toast at 3am; he once drove to the wrong Cambridge (the one in New Zealand, not really, it was the one in Gloucestershire); he's obsessed with crosswords; the bride is a paramedic who he met when he twisted his ankle at a parkrun. Keep it warm, a few laughs, nothing about exes, and end with a toast.
sentiment g l i | Here are this quarter's engagement survey comments from the warehouse team. Give me the overall mood and the 2-3 feelings that come up most. 'Managers actually listen now, big change from last year.' / 'Pay hasn't kept up with anything. Everyone's looking around.' / 'New scanners are great.' / 'Still no proper break room, we eat in the car park.' / 'I like my team, that's why I stay.' / 'The overtime rota is unfair and nobody explains how it works.' / 'Training for the new system was rushed, two days and good luck.' / 'Feels more like a family than my last job.'
extract g l c | Can you pull every date, time, place and cost out of this into a list? 'Hi all - for the Lisbon trip: flights on 14 Oct at 07:35 from Gatwick, about 180 each return. Hotel is the Almirante, 3 nights, 95 a night, breakfast included. Workshop day 15 Oct 09:00-17:00 at the client office on Avenida da Liberdade. Team dinner 15 Oct 20:00, budget 45 per head. Free day 16 Oct. Return flight 17 Oct 18:10. Taxis will be expensed up to 30 a day. Any questions, ask {P10} on {PH5}.'
classify g l i | Route each ticket to the right team (Billing, Tech, Accounts, Shipping): 1) 'card declined but money left my account' 2) 'can't reset password, email never arrives' 3) 'parcel says delivered, it wasn't' 4) 'app crashes when I open settings' 5) 'please close my account' 6) 'invoice shows wrong VAT number' 7) 'tracking hasn't updated in 6 days' 8) 'dark mode makes text invisible' 9) 'charged after cancelling' 10) 'how do I change my username'
"""

EXTRA = r"""
creative g l p | write a limerick about a printer that only jams on Mondays
draft g l i | write a ticket for facilities: printer on floor 3 jams every day, model HP M404, needs a service
creative g l p | Give me 8 punny names for a bakery
draft g l p | Write the 'About us' paragraph for our bakery website - family-run since 1987, sourdough, open 7am
creative g l p | Short story, 200 words: a lighthouse keeper finds a message in a bottle from herself
creative g l p | a couple of dad jokes about accountants, please
creative g l p | Write a motivational quote for the sales team's kickoff, not cringe
draft g l i | Draft the sales kickoff agenda email: 9:00 welcome, 9:30 Q3 results, 11:00 breakouts, 13:00 lunch, 14:00 awards
creative g l p | Write a villanelle about waiting for a bus in the rain
creative g l p | Brainstorm taglines for a podcast about burnout at work
creative g l p | poem for a retirement card, nurse, 40 years on the children's ward
draft g l p | Write the retirement announcement for a nurse who spent 40 years on the children's ward, for the hospital newsletter.
sentiment g l p | Is this review sarcastic? 'Oh great, another update that moves every button. Just what I needed.'
classify g l p | Is this a bug report, a feature request or a question? 'Another update that moves every button. Can you add an option to keep the old layout?'
sentiment f l p | what's the mood on this thread about the price rise? 'fair enough, still cheaper than the rest' / 'that's the third rise this year, I'm out' / 'meh, whatever'
sentiment l l p | Is opposing counsel's tone here conciliatory or combative? 'Our client remains willing to discuss a sensible settlement, though patience is finite.'
sentiment s l i | How worried does the CISO sound? 'We're probably fine, but I'd like eyes on the VPN logs tonight rather than Monday.'
sentiment m l p | how does this patient seem to feel about her treatment? 'The new inhaler is a game changer. I walked up the hill without stopping!'
sentiment g l p | positive or negative: 'not bad at all'
sentiment g l i | Read the vibe of this Slack message from my manager: 'Can we talk tomorrow? Nothing urgent.'
sentiment f l p | Score from -1 to 1 how bullish this is: 'Margins stabilising, order book strongest in three years, but China remains a question mark.'
sentiment l l c | How emotional is this witness statement? 'I still can't sleep. Every time I see a white van I'm back on that pavement.' - statement of {P8}
extract l l c | From the witness statement, get the date, location and vehicle description: '{P8}: on 3 March around 6pm on Kingsway a white Transit van mounted the pavement and clipped me.'
summarize l l p | summarise the judgment in 3 lines: The court found the employer had failed to make reasonable adjustments for the claimant's dyslexia by refusing extra time in a written assessment used to decide redundancies. The claimant was awarded 18,500 for injury to feelings and loss of earnings. The employer's argument that the assessment was applied equally to all staff was rejected.
qa l l p | What are reasonable adjustments under the Equality Act?
reasoning l m p | An employee with dyslexia asked for extra time in our promotion test. Managers say it's unfair on others. Do we have to give it, and what are the risks if we don't?
qa l l p | what is a settlement agreement
reasoning l m c | I've been offered a settlement agreement of 3 months' pay to leave. I've been there 7 years and I think they're trying to avoid a redundancy process. Sign it, negotiate, or refuse?
qa l l p | What does GDPR say about how long you can keep data?
classify l l p | For each contract type, is a signature legally required for it to be valid in England: house sale, employment contract, tenancy under 3 years, guarantee, sale of a car
qa m l p | what is sepsis?
reasoning m m p | Dad had a UTI, now he's confused, shivering and breathing fast, temp 38.9. Ring 111 or go straight to A&E?
qa m l p | how do statins lower cholesterol
reasoning m m p | GP wants me on statins, 10-year risk 12%, I'd rather try diet first for 6 months. Is that reasonable? Pros and cons.
summarize m l p | Make this shorter for a patient leaflet: Statins reduce the liver's production of LDL cholesterol by blocking an enzyme called HMG-CoA reductase. Most people tolerate them well; the most common side effect is muscle aches, which often resolve. Rarely, statins can cause serious muscle damage. Grapefruit juice should be avoided with some statins.
extract m l p | List each side effect in this text and how common it is: 'Very common: nausea. Common: headache, dizziness, dry mouth. Uncommon: rash, blurred vision. Rare: liver problems.'
classify m l p | Which of these are antibiotics, which are painkillers and which are antihistamines: amoxicillin, codeine, cetirizine, naproxen, doxycycline, loratadine
qa m l p | Can I drink alcohol while on antibiotics?
chat g l p | thanks doc 😂 jk I know you're not a doctor
translate m l p | translate 'take with food, twice daily, for 7 days' into Hindi
draft m l c | Write a sick note style letter for {P11} to give her employer confirming she attended the clinic on 3 June.
qa g l p | what's a VPN
reasoning s m p | Working from cafés a lot. Is a paid VPN worth it for me or is HTTPS enough these days?
creative g l p | write a spooky two-sentence story about a server room at night
code g l p | fizzbuzz in rust
math g l p calc | 7 x 8 x 9
chat g l p | cheers
translate g l p | 'thank you' in Welsh?
summarize g l p | tl;dr pls: Remote work has shifted from emergency measure to permanent policy at many firms. Studies find productivity roughly unchanged on average, but junior staff report weaker mentoring and slower promotion, while parents value the flexibility most. Many companies are settling on two or three office days.
extract g l p | dates only: 'kickoff 4 Sep, design review 18 Sep, beta 2 Oct, launch 30 Oct'
classify g l p | fruit or vegetable: tomato, carrot, apple, cucumber, pepper
qa g l p | How does a heat pump work?
reasoning g m p | Heat pump or new gas boiler for a 1930s semi with no cavity wall insulation? Which would you put in?
math f l p calc | heat pump 11k minus 7.5k grant, saves 320 a year - payback in years?
qa f l p | what's the difference between a mortgage broker and a financial adviser?
qa l l p | whats the difference between a warranty and a guarantee, legally?
reasoning l m p | Our freelancer's contract doesn't mention who owns the designs. She's now asking for extra money to 'transfer the rights'. Do we already own them? Should we pay?
draft l l p | Write a one-paragraph IP assignment clause for our freelance design contracts, plain but watertight.
classify l l i | Label each of these HR requests as needs legal review or HR can handle: reference for a dismissed employee, changing someone's shift pattern, maternity cover contract, a subject access request, a payslip correction
sentiment l l p | how hostile is this letter from the other side's solicitors? 'We note your client's continued failure to engage. Absent a substantive response within 7 days, we are instructed to issue proceedings without further notice.'
qa m l p | What's the difference between a sprain and a fracture?
reasoning m m p | Ankle swollen and purple after a fall 2 days ago, I can walk 4 steps but it hurts on the bony bit. X-ray or rest it?
extract m l c | List the obs with values from this nursing note: 'Bed 6, {P7}: BP 92/58, HR 118, RR 24, SpO2 93% on air, temp 38.6, new confusion.'
classify m l c | What NEWS2 risk band is this: 'BP 92/58, HR 118, RR 24, SpO2 93% on air, temp 38.6, new confusion' - low, medium or high?
qa s l p | what is a zero-day?
reasoning s m i | Vendor says a zero-day in our VPN appliance is being exploited, no patch until Friday. Take the VPN down for 3 days or keep it up with extra monitoring? 400 remote staff.
summarize s l i | Summarise this advisory in one line for the IT channel: 'A flaw in the print spooler service allows a local user to gain SYSTEM privileges. Microsoft has released an update; as a workaround, disable the spooler on servers that don't print.'
classify s l p | Rate each as malware type: file encrypts everything and demands bitcoin / hides in a legit-looking app and steals logins / records keystrokes / spreads by itself across the network
draft f l r | Set up the standing order letter: 450 a month to my daughter {P6}, IBAN {IBAN6}, from 1 September, reference 'uni rent'.
extract f l r | Which IBAN is the Austrian one? 'old: {IBAN9} (Vienna), new: {IBAN8} (Brussels)'
qa f l i retr | What's our approval limit for purchases without a second signature? It's in the finance handbook somewhere.
qa l l i retr | Find in our contracts database whether the Nordlicht agreement auto-renews.
reasoning g m i retr | Check the onboarding wiki and tell me whether new starters should get laptops before or after their IT induction - the pages contradict each other.
qa s l p web | Has the vendor released a patch for the Ivanti VPN flaw yet? Need today's status.
summarize f l p web | Summarise today's headlines on the ECB rate decision in 3 bullets.
qa m l p web | are there current measles outbreak warnings for Romania?
reasoning f h i | Right, so here's the situation and I'd really like a structured answer. We're a 35-person design agency. Revenue this year about 3.1m, but 40% of it comes from one client, a retailer, whose contract is up for renewal in January and who has just brought in a new marketing director. Our margins are thin (about 8%) because we've been carrying two senior hires we made for a pitch we lost. Cash is fine for now - roughly 4 months of costs in the bank - and we have an unused 250k overdraft facility. Options on the table from the partners: (a) cut the two senior roles now and ride out the renewal; (b) keep everyone and invest in business development to win two mid-sized clients by spring, funded from cash; (c) approach a bigger agency that has sounded us out about an acquisition; (d) some mix. The partners disagree and I have to present a recommendation on Thursday. Could you set out each option with the financial risk, the people risk and what has to be true for it to work, then give me a recommendation with the reasoning and the two or three numbers I should watch monthly? Doesn't need to be long-winded, but it does need to hold up when the partners push back on it.
"""

MULTI = r"""
summarize f l p => Summarise the update in two lines ;; sentiment f l p => tell me whether management sounds worried ;; extract f l p => list the guidance numbers | Summarise the update in two lines, tell me whether management sounds worried, and list the guidance numbers.{EARNINGS}
math f l i calc => work out the total variance ;; reasoning f m i => suggest where to cut 30k ;; draft f l i => draft a two-line note to the CMO | For the H1 review: work out the total variance, suggest where to cut 30k, and draft a two-line note to the CMO.{BUDGET}
classify f l i => categorise these expenses ;; math f l i calc => total each category | categorise these expenses and total each category{EXPENSES}
extract f l r => extract the payee and bank details ;; math f l r calc => check the VAT maths ;; draft f l r => write a payment approval request to the finance director | Can you extract the payee and bank details, check the VAT maths, and write a payment approval request to the finance director?{INVOICE}
summarize f l r => What does this letter want from me ;; reasoning f m r => should I challenge it | What does this letter want from me, and should I challenge it?{TAXLETTER}
qa f l p => what's the difference between an annuity and drawdown ;; reasoning f m p => which fits someone who wants guaranteed income | what's the difference between an annuity and drawdown, and which fits someone who wants guaranteed income but has a small pot?
qa f l p => How does a credit score work? ;; reasoning f m p => Given I've missed one phone bill payment last year, should I apply for a mortgage now or wait six months? | How does a credit score work? Given I've missed one phone bill payment last year, should I apply for a mortgage now or wait six months?
code f l p => write a python function for compound interest ;; math f l p calc => use it in your head for 5,000 at 4% for 10 years | write a python function for compound interest, then use it in your head for 5,000 at 4% for 10 years - what's the answer?
math f l p calc => What's 2,450 minus 18% ;; translate f l p => say the final price in French for the quote | What's 2,450 minus 18%? and say the final price in French for the quote: "The final price after discount is ..."
translate f l p => translate this into German ;; draft f l p => write a friendlier English version for our UK customers | translate this into German and write a friendlier English version for our UK customers: 'Failure to pay by the due date will result in suspension of service.'
extract f l r => pull the policyholder and the billed items ;; classify f l r => say which items are usually covered by outpatient plans | pull the policyholder and the billed items, then say which items are usually covered by outpatient plans{CLAIMFORM}
sentiment f l c => How upset is she ;; draft f l c => draft a reply that refunds the duplicate today | How upset is she, and draft a reply that refunds the duplicate today.{REFUNDMAIL}
extract f l c => Get the amount, date and contact details ;; classify f l c => tag it billing/technical/account ;; summarize f l c => give a one-line summary for the queue | Get the amount, date and contact details, tag it billing/technical/account, and give a one-line summary for the queue.{REFUNDMAIL}
chat g l p => Hi! ;; qa f l p => quick one - what's a stop-loss order? | Hi! quick one - what's a stop-loss order?
reasoning f m p => Should I pay off my 7% car loan early or invest ;; math f l p calc => how much interest do I save paying off 6,000 now instead of over 24 months | Should I pay off my 7% car loan early or invest? Also, how much interest do I save paying off 6,000 now instead of over 24 months?
creative g l p => write a fun slogan for our savings app ;; draft f l p => a short App Store description explaining the 4.1% rate | write a fun slogan for our savings app and a short App Store description explaining the 4.1% rate and no fees
summarize l l i => Summarise the NDA ;; reasoning l m i => flag anything one-sided ;; translate l l i => give me clause 6 in Italian | Summarise the NDA, flag anything one-sided, and give me clause 6 in Italian.{NDA}
extract l l i => what's the break date ;; draft l l i => draft the break notice | what's the break date and draft the break notice{LEASE}
qa l l p => What is constructive dismissal? ;; reasoning l m p => Would cutting my hours from 5 days to 3 without asking count? | What is constructive dismissal? Would cutting my hours from 5 days to 3 without asking count?
summarize l l c => sum up what he's accused of ;; reasoning l m c => assess his chances on appeal ;; draft l l c => draft the appeal | sum up what he's accused of, assess his chances on appeal, and draft the appeal letter in a calm tone{DISMISSAL}
classify l l p => Which of these are personal data under GDPR ;; qa l l p => explain what makes something personal data | Which of these are personal data under GDPR: IP address, company registration number, employee ID, a blurry CCTV image? And explain what makes something personal data.
extract l l i => list the termination rights ;; math l l i calc => what would the convenience fee be if we pay 8,400 a month ;; reasoning l m i => which exit route do you recommend | From the clauses below: list the termination rights, what would the convenience fee be if we pay 8,400 a month, and which exit route do you recommend?{SUPPLIER}
summarize l l p => summarise the privacy notice ;; classify l l p => rate it compliant / partly / not compliant against GDPR Art. 13 | summarise the privacy notice and rate it compliant / partly / not compliant against GDPR Art. 13{PRIVACY}
sentiment l l p => is this customer threatening legal action or just venting ;; draft l m p => write a holding reply | is this customer threatening legal action or just venting? then write a holding reply{COMPLAINT}
translate l l p => Translate the arbitration clause to English ;; draft l l p => rewrite it in plain English for the client | Translate the arbitration clause to English and then rewrite it in plain English for the client: "Tout litige sera soumis à l'arbitrage de la CCI, à Paris, en langue française."
qa l l p => how does probate work ;; reasoning l m p => do we need a lawyer | how does probate work? my dad left a house and some savings, no will... do we need a lawyer or can we do it ourselves?
chat g l p => thanks for earlier! ;; qa l l p => one more: what's the difference between a will and a trust? | thanks for earlier! one more: what's the difference between a will and a trust?
summarize m l c => summarise ;; extract m l c => then list his medication changes ;; draft m l c => draft the GP task list | summarise, then list his medication changes, then draft the GP task list{DISCHARGE}
translate m l p => translate this into Turkish ;; summarize m l p => give me a one-line English summary for the notes | Can you translate this into Turkish and give me a one-line English summary for the notes?{LEAFLET}
sentiment m l i => score the sentiment of each comment ;; classify m l i => tag the service area ;; reasoning m m i => tell me what to fix first | score the sentiment of each comment, tag the service area, and tell me what to fix first{PTFEEDBACK}
qa m l p => What is a CURB-65 score ;; math m l p calc => what would it be for a 71-year-old with urea 8 and normal BP, RR and confusion | What is a CURB-65 score, and what would it be for a 71-year-old with urea 8 and normal BP, RR and confusion?
extract m l c => Pull the diagnosis and the antibiotic ;; reasoning m m c => is 3 days long enough | Pull the diagnosis and the antibiotic. is 3 days long enough?{CLINICNOTE}
math m l p calc => dose for a 22 kg child at 10 mg/kg ;; code m l p => a small JS function that does the same for any weight | dose for a 22 kg child at 10 mg/kg please, plus a small JS function that does the same for any weight
qa m l p => why does exercise help knee arthritis ;; summarize m l p => summarise this trial in 2 lines | why does exercise help knee arthritis? and summarise this trial in 2 lines{TRIAL}
reasoning m m p => is it worth seeing a doctor ;; draft m l p => write my boss a message saying I'm off sick today | Throat's been sore for 6 days, now white spots and a temperature. is it worth seeing a doctor? and write my boss a message saying I'm off sick today
creative g l p => a short poem for my nan's 90th ;; draft g l p => a message to the care home asking if we can bring a cake on Sunday | Need two things: a short poem for my nan's 90th, and a message to the care home asking if we can bring a cake on Sunday.
qa m l p => what's the difference between type 1 and type 2 diabetes ;; translate m l p => how do I say 'I have type 1 diabetes' in Thai | what's the difference between type 1 and type 2 diabetes, and how do I say 'I have type 1 diabetes' in Thai for my trip?
extract m l c => extract the referral details ;; classify m l c => pick the urgency ;; draft m l c => write the booking letter to the patient | extract the referral details, pick the urgency, and write the booking letter to the patient: 'Referral for {P5}, 63, new breast lump 2 cm, no family history, contact {PH8}.'
summarize s l c => Summarise the log ;; classify s l c => classify the activity ;; reasoning s m c => tell me if we need to isolate web-02 | Summarise the log, classify the activity, and tell me if we need to isolate web-02.{SSHLOG}
extract s l c => Extract the IPs ;; code s l c => write iptables rules to block the external ones | Extract the IPs and write iptables rules to block the external ones.{SSHLOG}
classify s l i => Is this phishing? ;; extract s l i => If so, pull the URL ;; draft s l i => draft the report to the SOC | Is this phishing? If so, pull the URL and draft the report to the SOC.{PHISH}
qa s l p => what's SMBv1 and why is it dangerous ;; reasoning s m c => should we disable it on .95 today or wait for the change window | what's SMBv1 and why is it dangerous? should we disable it on .95 today or wait for the change window?{VULNSCAN}
summarize s l c => summarise the scan for non-technical managers ;; classify s l c => rank the findings by urgency ;; draft s h c => write the remediation plan with owners and dates | summarise the scan for non-technical managers, rank the findings by urgency, and write the remediation plan with owners and dates{VULNSCAN}
extract s l c => list the external IPs ;; reasoning s m c => explain what the 4444 traffic probably is ;; draft s l c => draft an incident ticket | list the external IPs, explain what the 4444 traffic probably is, and draft an incident ticket{FWLOG}
code s l i => Fix the SQL injection ;; qa s l p => explain how parameterised queries prevent it | Fix the SQL injection and explain how parameterised queries prevent it.{LOGINPHP}
qa s l p => How do attackers use stolen session cookies ;; reasoning s m p => would shortening our session lifetime from 30 days to 8 hours actually help | How do attackers use stolen session cookies, and would shortening our session lifetime from 30 days to 8 hours actually help?
draft s l i => Write the announcement for mandatory MFA ;; translate s l i => give me the same text in Spanish and Portuguese | Write the announcement for mandatory MFA from 1 September, then give me the same text in Spanish and Portuguese.
creative g l p => Come up with a mascot name for our security awareness month ;; draft s l i => a 3-line intro email for it | Come up with a mascot name for our security awareness month and a 3-line intro email for it.
classify s l i => approve or deny each request ;; draft s l i => write the reply to the intern | approve or deny each request, and write the reply to the intern{ACCESSREQ}
math s l p calc => how many combinations does a 6-digit PIN have ;; reasoning s m p => is that enough for a phone with a 10-attempt wipe | how many combinations does a 6-digit PIN have, and is that enough for a phone with a 10-attempt wipe?
chat g l p => good morning! ;; reasoning s m p => we got hit by a phishing wave overnight, where do I start? | good morning! we got hit by a phishing wave overnight, where do I start?
summarize g l i => Summarise the standup ;; extract g l i => list the blockers ;; draft g l i => write a message asking who will own the analytics dashboard | Summarise the standup, list the blockers, and write a message asking who will own the analytics dashboard.{STANDUP}
summarize g l i => summary for leadership ;; math g l i calc => revenue lost at an average basket of 58 ;; reasoning g m i => are the follow-ups enough | summary for leadership + revenue lost at an average basket of 58 + are the follow-ups enough?{OUTAGE}
code g l p => fix the bug ;; qa g l p => explain closures in one paragraph | fix the bug and explain closures in one paragraph{JSBUG}
code g l i => rewrite the query so customers with no orders still appear ;; qa g l p => explain the difference between WHERE and ON in a join | rewrite the query so customers with no orders still appear, and explain the difference between WHERE and ON in a join{SQLQ}
sentiment g l i => what's the customer's mood ;; draft g l i => write a follow-up email apologising | what's the customer's mood, and write a follow-up email apologising{SUPPORTCHAT}
sentiment g l p => Overall sentiment? ;; extract g l p => List the complaints ;; creative g l p => write a jokey reply to the limescale review | Overall sentiment? List the complaints. Then write a jokey reply to the limescale review.{REVIEWS}
classify g l i => group the feedback ;; draft g l i => write a thank-you email to attendees mentioning we heard them about the venue | group the feedback, then write a thank-you email to attendees mentioning we heard them about the venue{SURVEY}
creative g l p => give me 5 team name ideas for the hackathon ;; draft g l i => write the sign-up email | give me 5 team name ideas for the hackathon and write the sign-up email (deadline 3 May)
translate g l p => translate 'see you at the kickoff' into Dutch, Swedish and Polish ;; chat g l p => thanks a lot | translate 'see you at the kickoff' into Dutch, Swedish and Polish - thanks a lot
qa g l p => What is Kanban ;; reasoning g m i => would it work for a 3-person support team with constant interruptions | What is Kanban, and would it work for a 3-person support team with constant interruptions?
math g l p calc => Split 1,260 across 7 people ;; draft g l p => write the group message asking everyone to pay me back by Friday | Split 1,260 across 7 people and write the group message asking everyone to pay me back by Friday
code g l i code => Run this snippet ;; qa g l p => tell me why the output differs from what I expected | Run this snippet and tell me why the output differs from what I expected: print(0.1 + 0.2 == 0.3)
chat g l p => hey ;; code g l p => can you write a bash loop that renames all .jpeg files to .jpg | hey :) can you write a bash loop that renames all .jpeg files to .jpg
draft g l p => Make this paragraph more formal ;; translate g l p => then translate it to Italian | Make this paragraph more formal, then translate it to Italian: "hi all, quick heads up, the kitchen's getting cleaned thurs so pls take your stuff out of the fridge"
reasoning g m p => Remote or office job offer ;; math g l p calc => what's the yearly commute cost at 11.40 a day, 3 days a week, 46 weeks | Remote or office job offer? The office one pays 4k more. Also what's the yearly commute cost at 11.40 a day, 3 days a week, 46 weeks
extract f l c => pull the names and amounts ;; classify f l c => mark who has paid and who hasn't | from this thread, pull the names and amounts, and mark who has paid and who hasn't: '{P1} sent 45, {P3} owes 45, {P6} sent 30 of 45, {P9} paid by card'
summarize g l c => Summarise this email thread ;; draft g l c => draft a reply agreeing to Tuesday | Summarise this email thread and draft a reply agreeing to Tuesday: '{P1} ({EM1}): can we move the review to Tuesday? {P12}: fine by me if the room is free. {P1}: booked room 4.'
reasoning s m c => Is this login suspicious ;; draft s l c => draft a message to the user | Is this login suspicious, and draft a message to the user: '{EM4} signed in from {IP6} at 03:12 local time; usual location Leeds; device new.'
extract l l r => extract the claimant details ;; summarize l l r => summarise the dispute in one line | extract the claimant details and summarise the dispute in one line: 'Claimant {P3}, SSN {SSN1}, {PH2}, alleges the landlord kept his 2,400 deposit without giving reasons.'
summarize f l r => summarise the invoice ;; extract f l r => pull the IBAN and BIC ;; math f l r calc => work out what we owe if we take the 2% early-payment discount ;; draft f l r => write the payment run note for AP | For the invoice below: summarise the invoice, pull the IBAN and BIC, work out what we owe if we take the 2% early-payment discount, and write the payment run note for AP.{INVOICE}
extract s l c => 1) list the hosts ;; classify s l c => 2) severity-rank them ;; reasoning s m c => 3) say which to patch first ;; draft s l c => 4) write the change request | 1) list the hosts 2) severity-rank them 3) say which to patch first 4) write the change request{VULNSCAN}
sentiment g l p => How do reviewers feel about it ;; summarize g l p => summarise the main complaints ;; classify g l p => tag each review by topic ;; creative g l p => come up with a new tagline that answers the criticism | How do reviewers feel about it? Then summarise the main complaints, tag each review by topic, and come up with a new tagline that answers the criticism.{REVIEWS}
qa m l p => What is warfarin for? ;; qa m l p => why does it need INR checks ;; reasoning m m p => my mum's INR is 4.2 today, what should she do ;; translate m l p => say it in Polish for her | What is warfarin for? why does it need INR checks, and my mum's INR is 4.2 today, what should she do? say it in Polish for her too
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, PII_ROWS, HARD_NEGATIVES, LONG,
           EXTRA, MULTI)  # fmt: skip


def rows() -> list[Row]:
    expand = Placeholders(_MAT, {**_PII, **_HN})
    return line_rows(_BLOCKS, prefix="diverse10", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    write_and_check(HERE / "train_diverse10.jsonl", rows(), scan_unmarked=True)


if __name__ == "__main__":
    main()
