"""Fifth hand-written TRAIN corpus (writes ``train_diverse5.jsonl``).

Why: the intent model scores well on its own template split but drops on
hand-written sets by other authors, mostly at intent boundaries that look
alike on the surface. This corpus was written by yet another author, without
running the classifier on it or looking at its errors, in the voice of
specialists and power users -- analysts, lawyers, clinicians, security
engineers, developers, data scientists, translators, writers -- who use the
precise vocabulary of their field, and who also ask ordinary things in their
field's style. It concentrates on explicit contrast pairs across rows:

* extract vs classify vs summarize vs sentiment on the *same* pasted material;
* reasoning (weigh, decide, explain why in this case) vs qa (how does X work);
* math (compute the number) vs code (write a program that computes it);
* draft vs creative vs translate (and "plainer English" rewrites are draft);
* code review of security-relevant code (code, security) vs security policy
  questions (qa / reasoning, security);

in varied request formats: bullet lists, numbered steps, ``Task:`` /
``Context:`` headers, JSON-ish inputs, markdown, and system-prompt-like
preambles ("You are a compliance assistant. ..."). It never reads fresh*.jsonl
or test.jsonl (held out).

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
l/m/h, s in p/i/c/r; a leading ``!`` marks a hard-negative row: PII-shaped
ids, versions, failing checksums, with no PII). ``{NAME}`` pastes material
(after a blank line) or inserts a marked PII value / an unmarked look-alike;
``\\n`` is a newline. Multi-task rows name each clause, verbatim from the text.
Usage: ``python tests/data/intent/train_diverse5_source.py`` (rewrites the
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

_v = Values(505005)
_rng = _v.rng
_iban_of, _card_of = _v.iban, _v.card


def _bad_iban_of(country: str, spaced: bool) -> str:
    return _v.bad_iban(country, spaced, shift=7)


# inline PII values (marked so the gold spans are exact)
_PII = {
    "EM1": mark("EMAIL", "m.castellano@brightwater-capital.com"),
    "EM2": mark("EMAIL", "legal-intake@orsonhale.law"),
    "EM3": mark("EMAIL", "t.nakamura@kestrel-clinic.jp"),
    "EM4": mark("EMAIL", "soc-escalations@vantage-it.net"),
    "EM5": mark("EMAIL", "priya.venkat+ap@northwind.io"),
    "EM6": mark("EMAIL", "j_okoro77@fastmail.com"),
    "PH1": mark("PHONE", "+44 7700 900631"),
    "PH2": mark("PHONE", "(646) 555-0143"),
    "PH3": mark("PHONE", "+65 9123 4476"),
    "PH4": mark("PHONE", "+49 30 2219 4410"),
    "PH5": mark("PHONE", "+33 1 42 68 53 07"),
    "PH6": mark("PHONE", "+91 98201 44739"),
    "PH7": mark("PHONE", "+61 412 338 905"),
    "PH8": mark("PHONE", "415.555.0199"),
    "PH9": mark("PHONE", "020 7946 0321"),
    "IP1": mark("IP_ADDRESS", "45.155.205.99"),
    "IP2": mark("IP_ADDRESS", "10.20.4.17"),
    "IP3": mark("IP_ADDRESS", "2001:db8:4a1f::1c2"),
    "IP4": mark("IP_ADDRESS", "fe80::a00:27ff:fe4e:66a1"),
    "IP5": mark("IP_ADDRESS", "172.16.9.201"),
    "IP6": mark("IP_ADDRESS", "2a00:1450:4009:81b::200e"),
    "IP7": mark("IP_ADDRESS", "203.0.113.58"),
    "CARD1": mark("CREDIT_CARD", _card_of("4", 16, " ")),
    "CARD2": mark("CREDIT_CARD", _card_of("53", 16, "-")),
    "CARD3": mark("CREDIT_CARD", _card_of("4", 16, "")),
    "CARD4": mark("CREDIT_CARD", _card_of("37", 15, " ")),
    "CARD5": mark("CREDIT_CARD", _card_of("6011", 16, "-")),
    "CARD6": mark("CREDIT_CARD", _card_of("2221", 16, "")),
    "IBAN1": mark("IBAN", _iban_of("DE", True)),
    "IBAN2": mark("IBAN", _iban_of("GB", False)),
    "IBAN3": mark("IBAN", _iban_of("FR", True)),
    "IBAN4": mark("IBAN", _iban_of("NL", False)),
    "IBAN5": mark("IBAN", _iban_of("ES", True)),
    "IBAN6": mark("IBAN", _iban_of("CH", False)),
    "IBAN7": mark("IBAN", _iban_of("IT", True)),
    "IBAN8": mark("IBAN", _iban_of("PL", False)),
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "SSN2": mark("US_SSN", pv.ssn(_rng)),
    "SSN3": mark("US_SSN", pv.ssn(_rng)),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC2": mark("SG_NRIC", pv.nric(_rng)),
    "NRIC3": mark("SG_NRIC", pv.nric(_rng)),
    "P1": mark("PERSON", "Marta Castellano"),
    "P2": mark("PERSON", "Tomoko Nakamura"),
    "P3": mark("PERSON", "Jide Okoro"),
    "P4": mark("PERSON", "Priya Venkataraman"),
    "P5": mark("PERSON", "Henrik Lindqvist"),
    "P6": mark("PERSON", "Aaliyah Brooks"),
    "P7": mark("PERSON", "Luca Ferraro"),
    "P8": mark("PERSON", "Siew Ling Goh"),
}

# unmarked look-alikes for hard-negative rows (fail their checksums)
_HN = {
    "BADCARD1": pv.bad_card(_rng),
    "BADCARD2": pv.bad_card(_rng),
    "BADCARD3": pv.bad_card(_rng),
    "BADIBAN1": _bad_iban_of("DE", True),
    "BADIBAN2": _bad_iban_of("NL", False),
    "BADIBAN3": _bad_iban_of("GB", True),
    "BADNRIC1": pv.bad_nric(_rng),
}

_AUTHLOG = (
    "Oct 14 02:11:07 bastion sshd[2231]: Failed password for invalid user admin from "
    + mark("IP_ADDRESS", "45.155.205.99")
    + " port 51122 ssh2\n"
    "Oct 14 02:11:09 bastion sshd[2231]: Failed password for invalid user oracle from "
    + mark("IP_ADDRESS", "45.155.205.99")
    + " port 51130 ssh2\n"
    "Oct 14 02:14:52 bastion sshd[2290]: Accepted publickey for deploy from "
    + mark("IP_ADDRESS", "45.155.205.99")
    + " port 51877 ssh2\n"
    "Oct 14 02:15:03 bastion sudo: deploy : TTY=pts/0 ; COMMAND=/bin/bash"
)

_ALERT = (
    '{"alert_id": "EDR-88412", "severity": "high", "host": "FIN-LT-0427", "user": "ap_clerk3",\n'
    ' "process": "rundll32.exe", "cmdline": "rundll32.exe C:\\\\Users\\\\Public\\\\upd.dll,Start",\n'
    ' "parent": "WINWORD.EXE", "network": {"dst": "'
    + mark("IP_ADDRESS", "203.0.113.58")
    + '", "port": 8443},\n "mitre": ["T1218.011"], "first_seen": "2024-11-02T09:41:17Z"}'
)

_TAXMAIL = (
    "From: "
    + mark("PERSON", "Jide Okoro")
    + " <"
    + mark("EMAIL", "j_okoro77@fastmail.com")
    + ">\nHi, I moved from Lagos to Manchester in July and started a UK job in August. I still get rental income from a flat in Lagos (about NGN 4.2m a year). Do I need to declare it here, and will I be taxed twice? My UTR came through last week. Best, Jide"
)

# pasted material: name -> text
_MAT = {
    "EARN": "Q3 FY24 highlights: revenue 1.42bn (+6% y/y, +9% cc); gross margin 61.8% (-140bps, mix shift to hardware); opex flat; adj. EBITDA 318m; FCF 97m after a 60m working-capital build. FY guide trimmed to +5-6% from +7-8%. Buyback of 150m completed; net debt/EBITDA 1.9x.",
    "AGING": "AP aging as at 30 Sep (EUR)\nvendor | current | 31-60 | 61-90 | >90\nNordfreight | 42,100 | 8,400 | 0 | 0\nCalder Print | 3,250 | 3,250 | 3,250 | 6,500\nOmnia Cloud | 18,900 | 0 | 0 | 0\nHexa Staffing | 0 | 22,700 | 11,000 | 0",
    "PORT": '{"client_segment": "HNW", "risk_profile": "balanced", "holdings": [\n  {"ticker": "VWRL", "weight": 0.38}, {"ticker": "IGLT", "weight": 0.22},\n  {"ticker": "NVDA", "weight": 0.14}, {"ticker": "TSLA", "weight": 0.09},\n  {"ticker": "CASH", "weight": 0.17}], "target": {"equity": 0.55, "bonds": 0.35, "cash": 0.10}}',
    "FXMEMO": "Treasury memo: 64% of our COGS is USD-denominated while 80% of revenue is in EUR. We currently hedge 50% of the next 6 months' USD exposure with forwards. Proposal: extend to a layered programme (75% / 50% / 25% for months 1-3 / 4-6 / 7-12) and add collars for months 7-12.",
    "TAXMAIL": _TAXMAIL,
    "MSA": "9.1 Neither party's aggregate liability under this Agreement shall exceed the fees paid in the twelve (12) months preceding the claim. 9.2 Clause 9.1 shall not apply to (a) breach of Clause 12 (Confidentiality), (b) a party's indemnity obligations under Clause 10, or (c) death or personal injury caused by negligence. 10.1 Supplier shall indemnify Customer against third-party claims that the Services infringe any intellectual property right.",
    "JUDG": "The appellant contended that the restrictive covenant, which prohibited her from working for any competitor anywhere in Europe for 24 months, was an unreasonable restraint of trade. The court agreed: the employer's legitimate interest in protecting client connections could have been met by a 6-month non-solicitation clause limited to clients she dealt with. The covenant was therefore unenforceable in its entirety; the court declined to blue-pencil it.",
    "GRIEV": "Formal grievance - submitted by "
    + mark("PERSON", "Aaliyah Brooks")
    + ", warehouse team lead\nSince raising safety concerns about the forklift rota in March, I have been removed from the overtime list, moved to night shifts without consultation, and my manager has twice commented on my 'attitude' in front of the team. I believe this is retaliation for a protected disclosure. I request a meeting and for my previous shift pattern to be restored.",
    "DPAREG": "Art. 33(1): In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority, unless the personal data breach is unlikely to result in a risk to the rights and freedoms of natural persons.",
    "CLAUSES": "A) Either party may terminate for convenience on 90 days' notice.\nB) Customer shall pay all invoices within 45 days of receipt.\nC) This Agreement is governed by the laws of England and Wales.\nD) Supplier shall maintain ISO 27001 certification throughout the Term.\nE) Neither party shall solicit the other's employees during the Term and for 12 months after.",
    "CLINIC": "Clinic letter, cardiology: 67M, known AF on apixaban 5 mg BD, T2DM on metformin 1 g BD, eGFR 41 (down from 58 in March). Reports exertional breathlessness NYHA II, ankle oedema. Echo: LVEF 38%. Plan: start bisoprolol 1.25 mg OD, uptitrate; consider dapagliflozin; repeat U&E in 2 weeks; review apixaban dose against renal function.",
    "LABS": '{"panel": "routine", "collected": "2024-09-18", "results": [\n {"test": "Hb", "value": 102, "unit": "g/L", "ref": "130-170"},\n {"test": "MCV", "value": 71, "unit": "fL", "ref": "80-100"},\n {"test": "Ferritin", "value": 6, "unit": "ug/L", "ref": "30-400"},\n {"test": "CRP", "value": 3, "unit": "mg/L", "ref": "<5"},\n {"test": "TSH", "value": 2.1, "unit": "mU/L", "ref": "0.4-4.0"}]}',
    "TRIAL": "Background: Whether early rhythm control improves outcomes in recently diagnosed AF is uncertain. Methods: 2,789 patients with AF diagnosed within 12 months were randomised to early rhythm control (antiarrhythmics or ablation) or usual care. Results: Over a median 5.1 years, the primary composite outcome (CV death, stroke, HF or ACS hospitalisation) occurred in 249 vs 316 patients (HR 0.79; 96% CI 0.66-0.94). Serious adverse events related to rhythm control were 4.9% vs 1.4%.",
    "PTFEED": "1) 'The nurses on ward 7 were kind but nobody told me when the consultant was coming.'\n2) 'Waited 5 hours in A&E with a broken wrist. Unacceptable.'\n3) 'Physio was brilliant, I'm walking again without the frame.'\n4) 'Discharge letter had the wrong medication on it, my GP had to sort it out.'",
    "ADR": "Suspected adverse reaction report: 58F started on clarithromycin 500 mg BD for CAP while on simvastatin 40 mg. Day 4: diffuse myalgia, dark urine, CK 14,200 U/L. Simvastatin and clarithromycin stopped, IV fluids started. CK trending down at 48h. Outcome: recovering.",
    "FLASK": '```python\n@app.route("/invoice")\ndef invoice():\n    inv_id = request.args.get("id")\n    row = db.execute(f"SELECT * FROM invoices WHERE id = {inv_id}").fetchone()\n    return render_template_string("<h1>Invoice " + inv_id + "</h1>" + str(row))\n```',
    "AUTHSNIP": "```go\nfunc checkToken(got, want string) bool {\n    if len(got) != len(want) { return false }\n    for i := range got {\n        if got[i] != want[i] { return false }\n    }\n    return true\n}\n```",
    "AUTHLOG": _AUTHLOG,
    "ALERT": _ALERT,
    "PENTEST": "Findings (external test, Oct):\nF-01 Default credentials on printer web UI (admin/admin)\nF-02 TLS 1.0 enabled on legacy VPN concentrator\nF-03 Stored XSS in support portal comment field\nF-04 S3 bucket 'mkt-assets-prod' allows public listing\nF-05 Verbose stack traces returned on 500 errors",
    "ADVISORY": "CVE-2024-3400: A command injection vulnerability in the GlobalProtect feature of PAN-OS may enable an unauthenticated attacker to execute arbitrary code with root privileges on the firewall. Fixed in 10.2.9-h1, 11.0.4-h1 and 11.1.2-h3. Exploitation in the wild has been observed. Mitigation: apply the hotfix; disabling device telemetry is no longer considered an effective mitigation.",
    "SOCNOTE": "Analyst notes, INC-20931: user reported MFA push at 07:12 she didn't initiate; approved it by mistake 'thinking it was Outlook'. 07:14 new inbox rule created forwarding *invoice* mails to external address. 07:20 rule deleted by SOC, session revoked, password reset forced. No evidence of data exfil beyond 3 forwarded mails.",
    "RETRO": "Sprint 41 retro\n+ demo went well, stakeholders happy with the new filters\n+ pairing on the migration script saved days\n- flaky e2e tests ate ~6h of CI time\n- scope crept mid-sprint (two 'tiny' asks from sales)\n- on-call was noisy, 14 pages, 11 non-actionable\nactions: quarantine flaky tests (Ana), agree intake rule with sales (PM), tune alert thresholds (SRE)",
    "PANDAS": '```python\ndf = pd.read_csv("events.csv")\nfor i in range(len(df)):\n    if df.loc[i, "country"] == "DE":\n        df.loc[i, "vat"] = df.loc[i, "amount"] * 0.19\n    else:\n        df.loc[i, "vat"] = 0\nweekly = df.groupby(df["ts"].str[:10]).sum()\n```',
    "COPY": "Meet Lumen: the desk lamp that learns your day. Warm light when you wind down, crisp light when you focus, and it switches itself off when you leave the room.",
    "SURVEY": "Q: How do you feel about the new hybrid policy?\n- 'Finally some flexibility, thank you.'\n- 'Three fixed office days kills my commute budget.'\n- 'Fine, but the office has no quiet rooms for calls.'\n- 'Honestly don't care as long as the coffee machine works.'",
    "ABSTRACT": "We propose a retrieval-augmented method for long-document question answering that caches intermediate passage embeddings across queries. On three benchmarks it matches the accuracy of full re-encoding while cutting latency by 41%. Limitations: the cache grows linearly with corpus size and degrades when documents change frequently.",
    "TICKETS": "#1 'Can't export the report to PDF since the update'\n#2 'Please add SSO with Okta'\n#3 'Billing page shows last month's price'\n#4 'The dashboard is so much faster now, great job'\n#5 'App logs me out every 10 minutes'",
}

FINANCE = r"""
qa f l p | How does a forward contract differ from a currency option for hedging an FX exposure?
reasoning f m p | We're 80% EUR revenue, 64% USD costs. Forwards or collars for the back half of the year, given vol is elevated? Make the case for one.
math f l p calc | Notional 2.4m USD, forward rate 1.0875, spot at maturity 1.1210. What's the P&L on the hedge in EUR?
code f l p | Write a Python function that prices a European call with Black-Scholes given S, K, r, sigma and T.
math f l p calc | Black-Scholes: S=100, K=105, r=3%, sigma=22%, T=0.5. Price of the call?
qa f l p | what's the intuition behind duration and why does a 30y bond lose more than a 2y when rates rise
reasoning f m p | Analyst here. A company with 1.9x net debt/EBITDA is buying back stock while trimming guidance. Is that capital allocation defensible? Argue both sides, then land somewhere.
summarize f l p | Condense this into three bullets for the morning note.{EARN}
extract f l p | Pull revenue, gross margin, adj. EBITDA, FCF and the new FY guide into JSON.{EARN}
classify f l p | For each line item, tag it beat / miss / in-line vs consensus (revenue cons 1.40bn, GM cons 62.5%, EBITDA cons 320m).{EARN}
sentiment f l p | Read the tone here - is management sounding confident or defensive?{EARN}
reasoning f m p | Given these numbers, would you be adding or trimming? One paragraph, reasoned.{EARN}
math f l p calc | From this, what was revenue in Q3 last year? (back out the 6%){EARN}
math f l i calc | Sum the >60 day balances per vendor and as a share of total AP.{AGING}
classify f l i | Bucket each vendor as: pay now / pay on terms / escalate to procurement.{AGING}
extract f l i | List the vendors with anything past 60 days and the amounts.{AGING}
summarize f l i | two-line summary of this aging for the controller{AGING}
reasoning f m i | Calder Print has balances in every bucket. What's the likely story and what would you check before paying?{AGING}
code f l i | Write the SQL to produce this aging table from an ap_invoices(vendor, invoice_date, due_date, open_amount) table, as at a parameter date.
draft f l i | Draft a note to Hexa Staffing saying we're holding the 61-90 invoice pending timesheet approval.{AGING}
qa f l p | What is the difference between accrual and cash accounting, in one paragraph?
qa f l p | Under IFRS 16, why does a lease end up on the balance sheet now?
reasoning f m p | Should we capitalise the internal dev time on the new billing platform or expense it? We're a SaaS on IFRS; dev is ~40% maintenance.
math f l p calc | straight-line depreciation: asset 84,000, residual 6,000, 6 years. annual charge?
code f l p | excel: formula for straight-line depreciation per year with cost in B2, residual in C2 and life in D2
math f l p calc | WACC with E=600m, D=400m, Re=11%, Rd=6%, tax 25%?
qa f l p | why do people say WACC is a 'hurdle rate'? what's it for
reasoning f h p | Build a full DCF framework for valuing a mid-cap logistics company: revenue drivers, margin assumptions, capex and working capital, terminal value method, WACC build-up, and sensitivity tables. Explain the judgement calls at each step.
math f l i calc | Portfolio drift check: target equity 55%. Current equity weights are in here - how far over are we, in percentage points?{PORT}
classify f l c | Classify each holding as equity, fixed income or cash.{PORT}
reasoning f m c | Is this portfolio still consistent with a 'balanced' mandate? What would you rebalance first, and why?{PORT}
code f l p | pandas: given a DataFrame of holdings with ticker and weight, and a dict of asset classes, compute the weight per asset class and the gap to target
extract f l c | Give me just the tickers with weight above 10%.{PORT}
summarize f l i | TL;DR of the treasury proposal for the CFO, 40 words max.{FXMEMO}
reasoning f m i | Does the layered programme actually reduce earnings volatility versus the current flat 50%? Walk it through.{FXMEMO}
qa f l p | what's a collar in fx hedging?
draft f m i | Write the one-page board paper recommending the layered hedge, with rationale, cost and risks.{FXMEMO}
qa f l p | Can you explain the wash-sale rule like I'm a smart 15-year-old?
reasoning f m p | I'm 34, 60k in a taxable brokerage, employer 401k match 4%. Max the 401k first or pay down my 5.9% student loan? Reason it out.
math f l p calc | 350k mortgage, 30y, 6.4% fixed. monthly payment and total interest?
code f l p | write a js function that returns an amortisation schedule (month, interest, principal, balance) for a fixed-rate loan
qa f l p | What do underwriters actually look at when they price a term life policy?
qa f l p | does home insurance usually cover water damage from a burst pipe or is that separate?
reasoning f m p | Excess of 250 with a premium of 610, or excess of 1,000 with a premium of 455? I claim maybe once every 5 years. Which makes more sense?
math f l p calc | Annual premium 455 vs 610, claim once every 5 years, excess 1,000 vs 250. Expected annual cost of each?
qa f l p | Ist eine Kapitalertragsteuer auf ETF-Ausschüttungen in Deutschland fällig?
translate f l p | Translate into Spanish for our LatAm clients: 'Past performance is not a reliable indicator of future results. The value of investments can go down as well as up.'
translate f l p | 把这句话翻译成英文：本基金的管理费为每年1.2%。
draft f l p | Plain-English rewrite for retail investors: 'The Fund may employ derivatives for efficient portfolio management purposes, which may increase the Fund's risk profile.'
creative f l p | A limerick about a CFO who hates spreadsheets, for the finance offsite.
creative f l p | write a short, punchy tagline for our new high-yield savings account (no 'unlock', no 'journey')
sentiment f l p | Bull or bear? 'Valuation already discounts a recovery that the order book does not yet support.'
sentiment f l p | How would you describe the market's mood in this headline: 'Stocks claw back losses as bond yields ease, but breadth stays thin'
qa f l p web | what's the ECB deposit rate right now?
qa f l p web | Current 10-year Treasury yield and how it moved this week?
qa f l p retr | What's our policy on per-diem rates for trips to Singapore? check the travel & expense handbook
extract f l i retr | From the FY23 audit management letter in the shared drive, pull every recommendation still marked 'open'.
classify f l p | Which of these are operating, investing or financing cash flows: dividends paid, capex, interest received, proceeds from bond issue, change in receivables
math f l p calc | Receivables 1.8m, revenue 14.6m for the year. DSO?
code f l p | regex to pull amounts like 'EUR 1.234,56' or '€1,234.56' out of invoice text
qa f l p | How does revenue recognition work for a multi-year SaaS contract paid upfront?
reasoning f m p | Our auditors want us to reclassify a 2m customer deposit from revenue to deferred income. They're right, aren't they? Explain.
math f l p calc | If 12% of 8,400 invoices are paid late and each late one costs us 14 in collection effort, what's the annual cost?
draft f l p | Draft a polite dunning email, second reminder, invoice 60 days overdue, mention late-payment interest per the contract.
classify f l p | Tag these expenses as capex or opex: 14 laptops, annual Figma licence, office refit, server rack, cloud hosting bill
qa f l p | what does 'EBITDA add-back' mean in a due diligence report?
reasoning f m p | Two offers for our startup: 20m at 8x ARR with a 2-year earn-out, or 16m all cash at close. Which would you take and why?
summarize f l p | Summarise in plain words what a 'going concern' emphasis of matter means for a small supplier we rely on.
extract f l c | Extract the currency, amount and income type from this email as key: value pairs.{TAXMAIL}
reasoning f m c | Is he likely to be taxed twice on the Lagos rent? Work through residence and the treaty position.{TAXMAIL}
summarize f l c | one-sentence summary of the client's question for the tax team queue{TAXMAIL}
"""

LEGAL = r"""
qa l l p | In English contract law, what's the difference between a condition and a warranty?
reasoning l m c | Does 9.2 carve the IP indemnity out of the liability cap? Give me your reading and the counter-argument.{MSA}
summarize l l c | Summarise the liability position in this MSA for a non-lawyer PM.{MSA}
extract l l c | List each carve-out from the cap with its clause reference.{MSA}
classify l l c | Is this clause set supplier-friendly, customer-friendly or balanced? One word and one line why.{MSA}
draft l m c | Redraft 9.1 so the cap is the greater of 12 months' fees or EUR 2m, and keep the carve-outs intact.{MSA}
sentiment l l c | How aggressive does this liability drafting feel from the customer's side?{MSA}
translate l l c | Translate clause 10.1 into German, legal register please.{MSA}
summarize l l p | Headnote-style summary of this passage, 3 sentences.{JUDG}
extract l l p | Pull out: the covenant's duration, geography, the employer's interest and the outcome.{JUDG}
reasoning l m p | Our standard covenant is 12 months, UK-wide, no competitor. In light of this reasoning, would ours survive? Argue it.{JUDG}
qa l l p | What does 'blue-pencilling' mean when a court looks at a restrictive covenant?
classify l l p | Label each clause by type (termination, payment, governing law, security, non-solicit).{CLAUSES}
extract l l p | Give me every time period in these clauses with the clause letter, as a table.{CLAUSES}
reasoning l m p | Which of these would you push back on first if you were the customer's counsel, and why?{CLAUSES}
summarize l l p | Summarise these clauses in one short paragraph.{CLAUSES}
qa l l p | Under GDPR, who is the controller and who is the processor when we use a payroll provider?
reasoning l m p | We found out on Friday evening that an S3 bucket with 3,000 customer emails was public for 9 days. No evidence anyone downloaded it. Do we have to notify the regulator under Art. 33? Reason it through.
summarize l l p | Explain this article in two plain sentences for the engineering team.{DPAREG}
extract l l p | What is the deadline and what's the exception? Just those two, bullet points.{DPAREG}
qa l l p | what counts as 'becoming aware' of a breach for the 72-hour clock
draft l m p | Draft an internal procedure step list for breach notification that follows Art. 33, with owners and timings.
summarize l l c | Neutral summary of this grievance for the HR case file, under 80 words.{GRIEV}
extract l l c | Extract each alleged act of retaliation and when it happened.{GRIEV}
classify l l c | Classify the complaint: discrimination, whistleblowing retaliation, bullying, or pay dispute?{GRIEV}
sentiment l l c | What's the emotional tone of this grievance? Calm, frustrated, distressed?{GRIEV}
reasoning l m c | If she has made a protected disclosure, what's our exposure here, and what should the investigation look at first?{GRIEV}
draft l l c | Draft an acknowledgement letter inviting her to a grievance meeting, with the right to be accompanied.{GRIEV}
qa l l p | Is a 'without prejudice' email admissible in court?
qa l l p | What's the difference between arbitration and mediation?
reasoning l m p | Our supplier keeps missing SLAs but the contract only gives service credits. Do we have any route to terminate? Think through material breach.
qa l l p | Can a non-compete be enforced against a contractor in California?
reasoning l m p | A client wants us to sign their DPA that makes us liable for unlimited fines. Sign, negotiate, or walk? Weigh it.
draft l l p | Draft a cease-and-desist letter to a website copying our product photos, firm but not threatening litigation yet.
draft l m p | Write a clause for our SaaS terms letting us change prices with 60 days' notice and letting customers cancel without penalty if they object.
creative l l p | Write a mock-heroic poem about the last-minute signing of a share purchase agreement at 3am.
creative l l p | Funny names for our legal team's five-a-side football team, 8 options.
translate l l p | Traduis en anglais : « Le présent contrat est régi par le droit français et tout litige relèvera de la compétence exclusive des tribunaux de Paris. »
translate l l p | Put into Japanese: 'This letter is sent without prejudice and subject to contract.'
translate l l p | Translate to English, keep the legal meaning exact: 'Der Arbeitnehmer ist verpflichtet, über alle Betriebsgeheimnisse Stillschweigen zu bewahren.'
qa l l p | what does 'subject to contract' actually do in an email chain
math l l p calc | Claim of 48,000 with statutory interest at 8% p.a. simple from 3 March to 20 November. How much interest?
code l l p | Write a Python script that flags any contract clause containing 'indemnif' or 'hold harmless' in a folder of .docx files and prints file and paragraph.
code l l p | regex that matches UK case citations like [2019] UKSC 12 or [2021] EWCA Civ 345
qa l l p retr | What is our standard position on governing law in vendor contracts? check the contracting playbook
qa l l p web | Has the EU AI Act's ban on prohibited practices started applying yet, and from what date?
reasoning l m p | We want to scrape publicly available LinkedIn profiles for sales leads. Legally, how risky is that in the EU vs the US? Argue it.
qa l l p | How long do we have to keep payroll records in the UK?
classify l l p | For each, say which area of law: 'tenant won't leave after notice', 'patent troll letter', 'staff member dismissed while pregnant', 'supplier sued us for unpaid invoices'
sentiment l l p | How conciliatory is this opposing counsel letter? 'Our client remains willing to explore a resolution, but will not hesitate to issue proceedings should your client fail to respond by 14 days.'
summarize l l p | plain summary please: 'The Licensee shall not, and shall not permit any third party to, reverse engineer, decompile or disassemble the Software, except to the extent expressly permitted by applicable law notwithstanding this limitation.'
draft l l p | Rewrite this in plain English for the customer FAQ: 'Notwithstanding the foregoing, Licensor shall have no obligation to provide Support for modified versions of the Software.'
reasoning l h p | Prepare a full compliance gap analysis framework for a fintech entering the EU: licensing, AML/KYC, PSD2 strong customer authentication, GDPR, outsourcing rules, with a prioritised roadmap and owners.
qa l l p | whats a SAR in the AML sense vs a DSAR under GDPR - people keep mixing them up
reasoning l m p | An ex-employee is asking for all emails that mention him under a DSAR. Some include other staff's personal opinions. What do we disclose and what do we redact? Reason through it.
extract l l p | List the parties, effective date and term: 'This Services Agreement is made on 1 April 2024 between Quire Analytics Ltd and Halden Foods plc and continues for 36 months.'
"""
MEDICAL = r"""
summarize m l c | Summarise this letter for the GP in 4 bullets.{CLINIC}
extract m l c | Make a medication list: drug, dose, frequency. Include the planned starts.{CLINIC}
reasoning m m c | With eGFR 41, is apixaban 5 mg BD still right for him? Go through the dose-reduction criteria.{CLINIC}
classify m l c | Classify his heart failure: HFrEF, HFmrEF or HFpEF?{CLINIC}
draft m l c | Write a patient-friendly letter explaining the new tablet and why his kidney blood test is being repeated.{CLINIC}
translate m l c | Translate the plan section into Portuguese for the patient's daughter.{CLINIC}
math m l c calc | eGFR went from 58 to 41. What's the percentage fall?{CLINIC}
extract m l c | Pull out every abnormal result with value and reference range.{LABS}
classify m l c | Flag each result as low, normal or high.{LABS}
reasoning m m c | Interpret this panel: what's the most likely picture and what would you do next?{LABS}
summarize m l c | One-line summary of these bloods for the ward round.{LABS}
code m l p | Write a Python function that takes a lab panel in this JSON shape and returns only results outside their reference range (handle '<5' style ranges).
qa m l p | Why does iron deficiency make red cells microcytic?
qa m l p | What's the mechanism of SGLT2 inhibitors in heart failure, briefly?
summarize m l p | Summarise this trial abstract for a journal club slide: question, design, result, caveat.{TRIAL}
extract m l p | Extract N, follow-up, hazard ratio with CI, and the adverse event rates.{TRIAL}
math m l p calc | From the abstract, what's the absolute risk reduction and NNT for the primary outcome? Assume equal arms.{TRIAL}
code m l p | R code to compute ARR, RRR and NNT from two event counts and two group sizes.
reasoning m m p | Should this change practice for a 72-year-old with newly diagnosed paroxysmal AF and no symptoms? Weigh benefit against the SAE rate.{TRIAL}
sentiment m l p | Is the authors' framing here cautious or enthusiastic?{TRIAL}
classify m l p | Tag each comment: communication, waiting times, clinical care, or admin error.{PTFEED}
sentiment m l p | Score each comment's sentiment from -2 to +2.{PTFEED}
summarize m l p | Summarise the feedback for the patient experience committee in 2 lines.{PTFEED}
extract m l p | Which wards or departments are mentioned? List them with the comment number.{PTFEED}
draft m l p | Write a response to comment 4 on behalf of the pharmacy team, apologetic and specific.{PTFEED}
summarize m l c | Summarise this ADR report for the MHRA yellow card free-text field.{ADR}
reasoning m m c | What's the mechanism here and was it predictable? Explain.{ADR}
extract m l c | Extract suspected drug(s), reaction, onset, action taken and outcome as JSON.{ADR}
classify m l c | Severity per CTCAE-ish bands: mild, moderate, severe, life-threatening?{ADR}
qa m l p | Which statins interact with macrolides and which don't?
qa m l p | What's the difference between sensitivity and specificity, with a clinical example?
reasoning m m p | 45-year-old, BMI 31, fasting glucose 6.4 twice, HbA1c 44. Metformin now or lifestyle first? Reason it out.
math m l p calc | Creatinine clearance, Cockcroft-Gault: 78 years, 64 kg, female, creatinine 118 umol/L.
code m l p | Write a function that computes Cockcroft-Gault creatinine clearance from age, weight, sex and serum creatinine in umol/L, with a docstring.
math m l p calc | Gentamicin 5 mg/kg, patient 82 kg, vial 80 mg/2 mL. What volume?
math m l p calc | infusion: 1 g vancomycin in 250 mL over 2 hours, what's the rate in mL/h
qa m l p | How long should someone wait between a live vaccine and a TB skin test?
reasoning m m p | Post-op day 2, temp 38.4, HR 112, wound looks clean, new productive cough. What are the differential sources and what do you check first?
qa m l p | What's the evidence behind giving aspirin in suspected MI before hospital?
draft m l p | Draft a short SBAR handover template nurses can fill in for deteriorating patients.
draft m h p | Write a full sepsis pathway document for a district general hospital ED: screening triggers, time-critical actions, escalation, antibiotic choice by source, audit measures.
creative m l p | Write a short, warm poem for the ICU team's retirement card for a charge nurse of 30 years.
creative m l p | Give me 6 catchy names for a hospital staff wellbeing app.
translate m l p | Translate into Arabic for a patient leaflet: 'Do not eat or drink anything for 6 hours before your procedure.'
translate m l p | Übersetze ins Englische: 'Bitte nehmen Sie die Tabletten morgens nüchtern mit einem Glas Wasser ein.'
translate m l p | Translate to Spanish: 'Call 911 if you have chest pain, trouble breathing or sudden weakness on one side.'
qa m l p | is it safe to take melatonin every night long term?
qa m l p | my 4 year old has had a temp of 39 for two days but is eating ok. when should i worry?
reasoning m m p | I've had heartburn nearly every day for three months and omeprazole only half works. Is it worth pushing for a scope? What could be going on?
qa m l p web | What are the current CDC recommendations for RSV vaccination in adults over 60?
qa m l p retr | What does our trust's anticoagulation guideline say about bridging for warfarin patients before surgery? It's on the intranet.
sentiment m l p | How is this patient feeling about her diagnosis? 'Everyone keeps saying it's treatable, which I know, but I can't stop thinking about my kids.'
classify m l p | Triage category for each (immediate / urgent / standard): 'crushing chest pain 20 mins', 'sprained ankle yesterday', 'child with stiff neck and rash'
extract m l p | From this referral, pull the age, symptoms and duration: '59-year-old man, 8 weeks of change in bowel habit and 6 kg weight loss, no PR bleeding.'
summarize m l p | Shorten this for a discharge sheet: 'The patient was advised to continue with the current dose of ramipril and to attend for a repeat renal profile in one week's time, at which point the dose may be uptitrated according to blood pressure and renal function.'
qa m l p | Why are fluoroquinolones discouraged for uncomplicated UTIs now?
reasoning m h p | Put together a detailed antimicrobial stewardship plan for a 400-bed hospital: governance, audit, IV-to-oral switch, restricted agents, education, KPIs and a 12-month rollout.
classify m l p | ICD-10 chapter for each: type 2 diabetes, community-acquired pneumonia, hip fracture, major depressive episode
"""
SECURITY = r"""
code s l i | Review this endpoint for security issues and give me a fixed version.{FLASK}
code s l i | Fix the SQL injection only, parameterised query, keep everything else.{FLASK}
qa s l p | What's the difference between SQL injection and server-side template injection?
reasoning s m i | Which of the two bugs in this handler would you fix first if you only had an hour, and why?{FLASK}
classify s l i | Map each issue in this code to its OWASP Top 10 category.{FLASK}
code s l p | Is this token comparison timing-safe? If not, rewrite it in Go using crypto/subtle.{AUTHSNIP}
qa s l p | Why do timing attacks on string comparison work at all over a network?
reasoning s m p | Our team says constant-time comparison is overkill for an internal API behind the VPN. Are they right? Argue it.
summarize s l c | Summarise what happened on the bastion in 2 sentences.{AUTHLOG}
extract s l c | Extract timestamp, username, source IP and result for each line as CSV.{AUTHLOG}
classify s l c | Label each log line: brute-force attempt, successful auth, privilege escalation.{AUTHLOG}
reasoning s m c | The same IP failed twice then got in with a key. What does that suggest and what do you do in the next 30 minutes?{AUTHLOG}
code s l p | Write a fail2ban filter and jail for sshd that bans after 5 failures in 10 minutes.
code s l p | Python script that parses auth.log and prints the top 10 source IPs by failed attempts.
summarize s l c | Explain this alert to the duty manager in plain English, 3 lines.{ALERT}
extract s l c | Pull the IOCs (host, user, process, destination, port) into a list.{ALERT}
classify s l c | True positive, benign true positive or false positive? Pick one, justify in a sentence.{ALERT}
reasoning s m c | Walk through the likely kill chain from this alert and tell me the containment steps in order.{ALERT}
qa s l p | What is T1218.011 and why do attackers like rundll32?
code s l p | KQL for Defender: all rundll32.exe executions with a parent of WINWORD.EXE or EXCEL.EXE in the last 7 days.
classify s l i | Rate each finding critical/high/medium/low with a CVSS-ish justification.{PENTEST}
summarize s l i | Executive summary of these pentest findings, no jargon, 5 lines.{PENTEST}
extract s l i | Which findings relate to encryption or transport? Just the IDs.{PENTEST}
reasoning s m i | Order the remediation: we have one engineer for two weeks. Explain the sequencing.{PENTEST}
draft s m i | Draft the remediation tickets for F-03 and F-04 with acceptance criteria.{PENTEST}
summarize s l p | Summarise this advisory for the change advisory board.{ADVISORY}
reasoning s m p | We run 11.0.3 on two edge firewalls and patching needs a maintenance window on Saturday. Is waiting four days acceptable? Reason it.{ADVISORY}
extract s l p | Fixed versions only, one per line.{ADVISORY}
classify s l p | Severity per our scheme (P1 patch within 24h, P2 within 7 days, P3 next cycle)?{ADVISORY}
qa s l p | what does 'unauthenticated RCE' mean and why is it the worst kind?
summarize s l c | Summarise INC-20931 for the weekly SOC report.{SOCNOTE}
extract s l c | Give me a timeline table from these notes: time, event, actor.{SOCNOTE}
reasoning s m c | Was the containment enough? What else should we check before closing?{SOCNOTE}
classify s l c | Incident category: account compromise, phishing, malware, data exfiltration or insider? Just one.{SOCNOTE}
draft s l c | Write the note to the affected user explaining what happened and what she should do differently, kind tone.{SOCNOTE}
qa s l p | What is MFA fatigue and how does number matching stop it?
reasoning s m p | Passkeys for all 1,200 staff vs hardware keys for admins only. Budget for one this year. Which and why?
qa s l p | How does Kerberoasting work?
qa s l p | What's the difference between EDR, XDR and a SIEM, in plain terms?
reasoning s m p | Should our S3 buckets default to SSE-KMS with customer-managed keys, or is SSE-S3 enough for marketing assets? Make a call.
qa s l p retr | What's our password rotation policy for service accounts? Check the IAM standard on Confluence.
qa s l p web | Any new actively exploited Chrome zero-days this month?
qa s l p | What does the principle of least privilege mean in practice for a dev team?
reasoning s m p | A developer wants permanent prod DB read access for debugging. Approve, deny or offer something else? Reason it.
draft s h p | Write a complete access control policy: scope, roles, joiner-mover-leaver, privileged access, reviews, break-glass, exceptions and enforcement.
draft s l p | Draft a two-paragraph all-staff email about a fake invoice scam going round, what it looks like and where to report it.
creative s l p | Write a short cyber-noir story (200 words) where the detective is a SOC analyst chasing a beacon at 3am.
creative s l p | 10 taglines for phishing-awareness posters, a bit cheeky, not scary.
translate s l p | Translate into French: 'Never approve a sign-in request you did not start. Report it to the security team immediately.'
translate s l p | Tradúceme al inglés: 'Se ha detectado un acceso no autorizado a su cuenta. Cambie su contraseña ahora.'
sentiment s l p | How frustrated is this engineer? 'Third time this quarter the vuln scanner has flagged our base image for a CVE that doesn't apply. I'm muting it.'
classify s l p | Phishing or legitimate? 'Your DocuSign envelope is waiting. Review now: hxxp://docu-sign-review[.]xyz/env?id=8812'
math s l p calc | 1,840 endpoints, patch compliance went from 71% to 93%. How many machines got patched?
code s l p | Write a Python function that computes the entropy of a string so I can flag likely-random DGA domains.
math s l p calc | Password of 12 random characters from a 72-character set: how many bits of entropy?
code s l p | Write a Semgrep rule that flags Python subprocess calls with shell=True.
code s m p | Terraform for an S3 bucket with public access blocked, versioning, SSE-KMS and a bucket policy denying non-TLS requests.
qa s l p | Why is storing passwords with SHA-256 alone a bad idea?
code s l p | Review: is bcrypt with cost 8 in this Node snippet OK? `const hash = await bcrypt.hash(pw, 8);` Suggest a fix if not.
reasoning s h p | Produce a threat model for our new mobile banking app using STRIDE: assets, trust boundaries, threats per component, mitigations and residual risk.
qa s l p | wtf is a 'golden ticket' attack
"""
GENERAL = r"""
summarize g l i | Retro summary for the eng manager, 3 bullets.{RETRO}
extract g l i | Action items with owners as a markdown checklist.{RETRO}
classify g l i | Sort each point into: process, tooling, people, scope.{RETRO}
sentiment g l i | Overall mood of the team in this retro? One word plus a sentence.{RETRO}
reasoning g m i | What's the root cause pattern behind the flaky tests and noisy on-call, and what would you change next sprint?{RETRO}
math g l i calc | If 11 of 14 pages were non-actionable, what fraction of on-call noise would we cut by fixing those?{RETRO}
code g l i | Vectorise this, it's slow on 5M rows, and fix the weekly grouping (it's grouping by day).{PANDAS}
qa g l p | Why is iterating over a DataFrame with .loc in a Python loop so slow compared to vectorised ops?
reasoning g m p | Polars or pandas for a new ETL pipeline at ~50GB/day on one box? Recommend and justify.
code g l p | Write a SQL window function query that gives each user's 7-day rolling average of sessions.
math g l p calc | A/B test: control 4.1% conversion on 12,000 users, variant 4.6% on 11,800. Relative lift?
code g l p | Python: two-proportion z-test for an A/B test from counts, return z and p-value.
reasoning g m p | Our A/B test hit p=0.04 on day 3 of a planned 14-day run and product wants to ship. Ship or wait? Explain the statistics.
qa g l p | What's the difference between precision and recall and when should I optimise for each?
qa g l p | how does a transformer's attention actually pick what to attend to?
summarize g l p | Summarise this abstract in one sentence a PM would understand.{ABSTRACT}
extract g l p | What's the claimed latency improvement and the main limitation? Just those.{ABSTRACT}
reasoning g m p | Is this caching approach a fit for our support knowledge base that changes daily? Argue it.{ABSTRACT}
sentiment g l p | Is the abstract overclaiming, or is the tone measured?{ABSTRACT}
classify g l p | Which ML subfield does this paper belong to: CV, NLP/IR, RL or tabular?{ABSTRACT}
translate g l p | Translate this product copy into German, natural marketing tone, keep the rhythm.{COPY}
translate g l p | Japanese version of this copy please, for the Tokyo launch page.{COPY}
creative g l p | Write a 4-line jingle for this lamp, playful.{COPY}
draft g l p | Tighten this copy to under 20 words for a banner ad.{COPY}
sentiment g l p | What feeling does this copy try to evoke?{COPY}
classify g l p | Tag each ticket: bug, feature request, billing, praise.{TICKETS}
sentiment g l p | Which tickets are positive, which negative? Quick list.{TICKETS}
summarize g l p | Summarise the tickets into one line for standup.{TICKETS}
extract g l p | Pull the feature names mentioned across the tickets (PDF export, SSO, etc.).{TICKETS}
draft g l p | Reply to ticket #5 as support, acknowledge and ask for browser version.{TICKETS}
sentiment g l i | How do staff feel about the hybrid policy overall? Break it down.{SURVEY}
classify g l i | Tag each comment as positive, negative or neutral - and theme (cost, space, flexibility, other).{SURVEY}
summarize g l i | Condense the survey answers into two sentences for the leadership update.{SURVEY}
extract g l i | List the concrete complaints only.{SURVEY}
translate g l p | Translator's question: how would you render 'stakeholder' in French business writing - partie prenante or something else?
translate g l p | Back-translate this to English so I can check my Italian: 'Vi preghiamo di confermare la vostra partecipazione entro venerdì.'
translate g l p | Localise for Brazil, not Portugal: 'Book your table online and skip the queue.'
draft g l p | Rewrite more formally for a client: 'we can't do the thing by tuesday, sorry, maybe thursday?'
creative g l p | A sonnet about merge conflicts, iambic pentameter if you can.
creative g l p | Write a 100-word flash fiction that starts with 'The build was green, which was the first lie.'
creative g l p | Ten names for an internal data catalogue tool. Puns welcome.
draft g l p | Write a README intro paragraph for an internal CLI that syncs feature flags between environments.
draft g m p | Write an RFC outline for moving our monorepo CI from Jenkins to GitHub Actions: motivation, options, migration plan.
code g l p | Bash: find all files over 100MB under /data modified in the last 7 days and print sizes, sorted.
code g l p | What does this do? `awk -F, 'NR>1 {s[$2]+=$4} END {for (k in s) print k, s[k]}' sales.csv`
code g l p code | Run this and tell me the output: `print(sorted({3: 'c', 1: 'a', 2: 'b'}.items(), key=lambda kv: kv[1], reverse=True))`
math g l p calc | Our p95 latency went 420 ms -> 310 ms. What % improvement is that?
math g l p calc | 3 engineers at 6 story points/day each for a 10-day sprint with 15% meeting overhead. Capacity?
code g l p | Write a Python function that returns sprint capacity given engineers, points per day, days and an overhead fraction.
qa g l p | What's the CAP theorem in practice - what do I actually give up with Postgres vs Cassandra?
reasoning g m p | Microservices or a modular monolith for a 6-person team building a B2B scheduling app? Make the call with reasons.
qa g l p | what's the difference between a process and a thread
qa g l p web | What's the latest stable Kubernetes release and when does 1.29 go end-of-life?
qa g l p retr | Where's our onboarding checklist for new data engineers? Look in the team wiki.
reasoning g m p | I'm a senior analyst offered a team lead role. I love hands-on modelling. Take it or not? Help me think.
draft g l p | Draft a LinkedIn post about our team open-sourcing our schema-diff tool, technical audience, no emojis.
qa g l p | What's a good structure for a 30-minute technical talk?
classify g l p | Sort these tasks into Eisenhower quadrants: fix prod alert, plan Q1 OKRs, reply to recruiter, update slides font
extract g l p | Pull all dates and owners from: 'Design freeze 12 Nov (Mei), beta 2 Dec (Omar), GA 20 Jan (Mei)'
summarize g l p | TL;DR this Slack thread: 'we should move standup to 10 - no, 9:30 works for EU - 9:30 then? - ok 9:30 from Monday - 👍'
chat g l p | thanks, that regex worked first time 🙌
chat g l p | you're faster than my junior associate, no offence to him
chat g l p | hi! first time using this at work, what can you help with?
chat g l p | ok that's enough code for today, my brain is fried
chat g l p | good evening. long day in clinic.
chat g l p | lol the SOC channel is on fire today
chat g l p | can you remember what we talked about yesterday?
chat g l p | appreciate it, the board pack is finally done
chat g l p | what model are you, btw?
chat g l p | Morning! Coffee first, then contracts.
chat g l p | brilliant, cheers
chat g l p | sorry, ignore my last message, wrong window
chat g l p | do you ever get bored of spreadsheets?
chat g l p | that's not what I asked but ok haha
chat g l p | Friday!! 🎉
chat g l p | you there?
chat g l p | Thank you - that translation was spot on, the client loved it.
chat g l p | I'm a night-shift nurse and it's 4am, just need a minute of small talk honestly
chat g l p | how do I give feedback on your answers?
"""
PII_ROWS = r"""
draft f l c | Reply to {P1} ({EM1}) confirming the portfolio review moved to Thursday; her direct line is {PH1}.
summarize f l r | Chargeback case: cardholder {P6}, card {CARD1}, disputes 3 charges from a merchant in Porto she says she never visited. Summarise for the disputes analyst.
classify f l r | Which of these is the card on file: {CARD2} or {CARD3}? Which network is each?
extract f l r | Pull the IBAN and beneficiary from this payment instruction: 'Pay EUR 18,400 to Lindqvist Konsult AB, IBAN {IBAN1}, ref Q3 retainer.'
reasoning f m r | The vendor changed their bank details by email to {IBAN4} from the old {IBAN2}. Legit change or BEC? How do we verify before paying?
draft f l r | Tell the treasury desk to add {IBAN3} as a new beneficiary for the Paris office rent, dual approval.
qa f l r | Customer {NRIC1} wants to know if her fixed deposit can be broken early without penalty. Can it?
math f l r calc | Client SSN {SSN1}: W-2 wages 86,400, 401k deferral 9,000, HSA 3,850. Taxable wages for box 1?
extract f l r | Extract holder, card number and expiry: 'Holder: {P5} / {CARD4} / exp 09/27'
draft l l c | Email {EM2} with the signed engagement letter for {P3}; cc me; mention the conflict check cleared.
extract l l r | From the intake form, list the applicant's name, SSN and phone: '{P6}, SSN {SSN2}, tel {PH2}'
summarize l l c | Summarise the call note: {P5} ({PH4}) says his Berlin landlord is withholding the Kaution over 'wear and tear'.
reasoning l m r | Can we lawfully keep the NRIC {NRIC2} on file after the tenancy ends? Think through PDPA retention.
draft m l c | Email {EM3} to confirm {P2}'s echo is booked for 3 Dec at 09:30; phone {PH3} if she can't make it.
summarize m l c | Handover: {P7}, 71, on ward 9, call daughter on {PH5} if any change. Day 3 post hip replacement, mobilising with frame, pain controlled. Summarise in one line.
extract m l r | Pull name, NRIC and allergy from: 'Pt {P8} ({NRIC3}), allergic to penicillin (rash), due for MRI Fri.'
classify m l c | Triage this voicemail: '{P4} here, my mum has had diarrhoea since yesterday and now she's confused, call me on {PH6}.' urgent or routine?
draft m l c | Text {P6} at {PH8} reminding her to fast from midnight before her colonoscopy.
reasoning s m c | Logins for {EM5} from {IP1} and {IP3} within 4 minutes. Impossible travel, or a VPN? How would you tell?
code s l c | iptables rules to drop everything from {IP1} and allow SSH only from {IP5}.
extract s l c | List every IP in this firewall excerpt and say v4 or v6: 'deny {IP6} -> {IP2}:445; allow {IP4} -> {IP2}:22'
classify s l c | Internal or external address: {IP2}, {IP7}, {IP5}, {IP6}?
summarize s l c | Summarise for the ticket: user {P3} ({EM6}) reported an SMS from {PH7} asking for his MFA code.
draft s l r | Tell the fraud team that card {CARD5} showed up in a paste dump this morning; block and reissue.
reasoning s m r | A spreadsheet with {SSN3} and {CARD6} was emailed to an external address by mistake. Breach? Who do we tell and how fast?
draft g l c | Let {P7} know the offsite moved to Lisbon; his mobile is {PH7} and email {EM6}.
extract g l c | Pull names and numbers into a contact table: '{P1} {PH9}, {P4} {PH6}, {P2} {PH3}'
translate g l c | Translate to Italian: 'Dear {P7}, please confirm your arrival time to {EM1}.'
draft f l r | Write the payment confirmation: EUR 2,300 to {IBAN5} for the Madrid conference venue.
extract f l r | Which country is each account in? {IBAN6}, {IBAN7}, {IBAN8}
"""

HARD_NEGATIVES = r"""
!qa g l p | Ticket INC0048812 and change CHG0031177 - which one is the incident?
!extract g l p | Get the SKU, lot and PO from: 'SKU 7710-2245-0913-4408, lot 2024/117, PO 4500938821'
!summarize g l p | Release notes in one line: 4.2.0.17 ships the exporter, 4.2.0.18 fixes the timezone bug, build 20241105.2 rolled back.
!qa s l p | Appliance reports firmware 10.2.9.1-h3 build 88412 - is that before or after 10.2.9-h1?
!classify f l p | Is {BADCARD1} a valid card number or just a reference? It's from a purchase order.
!reasoning f m p | The vendor sent IBAN {BADIBAN1} but our system rejects it. Typo or fraud signal? How would you check?
!extract f l i | Invoice INV-2024-00931, due 2024-12-15, amount EUR 14.870,50, PO 4500221937. Pull due date and amount.
!math f l p calc | Order #55820193 was 1,284.60 and order #55820194 was 973.15. Total and difference?
!qa f l p | Why does {BADIBAN2} fail validation? Is the check digit wrong?
!code g l p | Regex to match version strings like 4.2.0.17 or 11.0.4-h1 in release notes.
!classify g l p | Which of these are tracking numbers vs order ids: 1Z999AA10123456784, 7731-0042-8812, ORD-20241104-0042
!extract l l p | Pull the case numbers and hearing dates: 'Claim 2024-CV-118833 listed 12.11.2024; appeal A3/2023/1427 listed 03.02.2025'
!qa m l p | Lot 24B117-03 of the vaccine expires 2025-03-31. Is it still usable on 28/02/2025?
!summarize m l p | One-line summary: bed 14 moved to ward 7B at 14:05; chart ref 2024/11/0788; obs 4-hourly.
!math m l p calc | Batch 8812-4471-0093-2210 has 1,200 vials, 3.5% failed QC. How many passed?
!classify s l p | Hash or key? 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
!extract s l p | List the CVEs and versions: 'CVE-2024-3400 affects 10.2.0-10.2.9, fixed 10.2.9-h1; CVE-2023-4966 fixed in 14.1-8.50'
!qa s l p | MAC 00:1a:2b:3c:4d:5e showed up on guest Wi-Fi. Does a MAC address identify a person?
!reasoning g m p | Two Jira tickets, PROJ-4412 and PROJ-4471, describe the same bug. Merge or keep separate? Why?
!qa f l p | My statement shows reference {BADCARD2} next to a refund - is that my card number?
!extract f l p | Pull amounts and dates: 'USD 1,204,330.17 settled 2024-10-31; EUR 88.400,00 settled 04/11/2024'
!classify l l p | Which of these is a company number and which is a VAT number: 09876543, GB 123 4567 89, SC612345
!qa g l p | ISBN 978-0-262-04630-5 - which edition is that?
!draft g l p | Write a note: server rack SN-4471-0029-1183 goes back to the vendor on 2024-11-29, RMA 88231.
!classify s l p | Is case id {BADNRIC1} an NRIC or an internal reference? It fails the check letter.
!math g l p calc | Build 20241107.4 took 38m 12s and build 20241107.5 took 31m 50s. Percentage faster?
!qa f l p | Is {BADCARD3} a real Visa number? It was printed on a gift voucher as the serial.
!extract f l p | The IBAN field says {BADIBAN3} and the checksum is off - extract the country code and bank code anyway.
!summarize l l p | Summarise: contract v3.1.4 supersedes v3.1.2 from 01/01/2025; schedule 4.2.1.3 deleted.
!code s l p | Write a Python check that rejects 16-digit strings failing Luhn, so order ids like 4000 1234 5678 9011 stop triggering our DLP.
"""

FORMATS = r"""
classify l l p | You are a compliance assistant. For each activity below, answer 'regulated' or 'not regulated' under MiFID II.\n- giving a personal recommendation on shares\n- publishing a general market commentary\n- executing client orders in bonds
qa l l p | You are a contracts paralegal bot. Context: we are the customer. Question: what does a 'most favoured nation' clause do?
reasoning s m p | System: you are a senior security architect. Be concise.\nUser: Zero-trust network access vs our current VPN for 300 remote staff - which and why?
extract m l c | Task: extract medications.\nContext: 'Continue levothyroxine 75 mcg OD, stop naproxen, start omeprazole 20 mg OD while on prednisolone 30 mg.'\nOutput: JSON list with drug, dose, action.
summarize f l i | Task: summarise\nAudience: board\nLength: 50 words\nContext: Q3 opex came in 4% under budget because two hires slipped to Q4 and travel was frozen; we expect Q4 to land on budget as the hires start.
code g l p | ## Task\nWrite a Python function `slugify(title)`\n## Constraints\n- lowercase\n- hyphens instead of spaces\n- strip accents\n## Tests\n- 'Café Menu' -> 'cafe-menu'
classify g l p | {"task": "classify", "labels": ["bug", "question", "feature"], "items": ["How do I reset my API key?", "Crash when uploading HEIC", "Please support webhooks"]}
sentiment f l p | {"instruction": "rate sentiment -1..1", "text": "Guidance cut again. Patience is running out."}
translate m l p | {"source_lang": "en", "target_lang": "fr", "text": "Take one tablet twice a day with food."}
extract l l p | Input (JSON): {"doc": "Lease dated 5 May 2023, term 10 years, break at year 5 on 6 months' notice, rent review every 5 years."}\nReturn: term, break date, notice period, review frequency.
math f l p calc | Steps:\n1. Revenue 2.4m, COGS 1.5m\n2. Opex 0.6m\n3. Compute gross margin % and operating margin %
reasoning m m p | You are a clinical decision support assistant. Do not give definitive diagnoses.\nCase: 34F, sudden severe headache 'worst ever', onset during exercise, normal neuro exam.\nQuestion: what must be ruled out and why?
draft s l p | Role: security awareness lead.\nGoal: a Slack post.\nTopic: QR-code phishing in car parks.\nTone: friendly, under 80 words.
qa s l p | > what's the difference between authentication and authorisation?\nasking for a junior dev on my team
creative g l p | Prompt: write a haiku\nSubject: the last commit before a holiday freeze\nTone: wistful
summarize l l p | **Summarise** the following in plain English, max 2 sentences:\n> The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.
qa f l p | Q: What's the difference between a bid-ask spread and slippage?\nA:
reasoning g m p | Context: 12-person data team, half on dashboards, half on ML. Problem: stakeholders complain dashboards are stale. Question: reorganise into pods or keep functional teams? Recommend.
extract s l i | Extract from the YAML below every container image that is not pinned to a digest:\n```yaml\nservices:\n  api: {image: 'registry.local/api:latest'}\n  db: {image: 'postgres@sha256:4c1d...'}\n  worker: {image: 'registry.local/worker:1.8'}\n```
code s l i | Review this Dockerfile for security problems:\n```\nFROM node:latest\nUSER root\nCOPY . .\nRUN npm install\nENV API_KEY=changeme\nCMD node server.js\n```
"""
MULTI = r"""
summarize f l i => summarise the aging ;; classify f l i => rate each vendor's payment risk ;; math f l i calc => compute the share of AP over 60 days ;; draft f l i => draft a note to procurement about Calder Print | For month-end: summarise the aging, rate each vendor's payment risk, compute the share of AP over 60 days, and draft a note to procurement about Calder Print.{AGING}
extract s l c => Pull the IOCs ;; classify s l c => map them to MITRE techniques ;; reasoning s m c => decide whether to isolate the host ;; translate s l c => translate your verdict into Spanish for the Madrid SOC | Pull the IOCs, map them to MITRE techniques, decide whether to isolate the host, and translate your verdict into Spanish for the Madrid SOC.{ALERT}
qa m l p => what is the CHA2DS2-VASc score for ;; math m l p calc => compute it for a 76-year-old woman with hypertension and diabetes ;; reasoning m m p => say whether she should be anticoagulated ;; draft m l p => draft two lines I can say to her in clinic | what is the CHA2DS2-VASc score for, compute it for a 76-year-old woman with hypertension and diabetes, say whether she should be anticoagulated, and draft two lines I can say to her in clinic
summarize f l p => Summarise the quarter in two lines ;; extract f l p => pull revenue and FCF into a table ;; sentiment f l p => tell me if the tone is confident | Summarise the quarter in two lines, pull revenue and FCF into a table, and tell me if the tone is confident.{EARN}
math f l p calc => what's the EBITDA margin ;; reasoning f m p => is the buyback sensible at 1.9x leverage | From this: what's the EBITDA margin, and is the buyback sensible at 1.9x leverage?{EARN}
extract f l i => list vendors over 60 days ;; draft f l i => draft a chase email to the biggest one | 1. list vendors over 60 days\n2. draft a chase email to the biggest one{AGING}
classify f l i => tag each vendor low/med/high risk ;; math f l i calc => total the >90 bucket | tag each vendor low/med/high risk and total the >90 bucket{AGING}
code f l p => Write a Python function for the monthly payment on an annuity loan ;; math f l p calc => then tell me the payment for 220k over 25 years at 5.1% | Write a Python function for the monthly payment on an annuity loan, then tell me the payment for 220k over 25 years at 5.1%.
qa f l p => How does a layered hedge work ;; reasoning f m i => would it suit us given this memo | How does a layered hedge work, and would it suit us given this memo?{FXMEMO}
summarize f l i => Summarise the memo for treasury ops ;; translate f l i => translate the summary into French for the Lyon team | Summarise the memo for treasury ops and translate the summary into French for the Lyon team.{FXMEMO}
classify f l c => classify the holdings by asset class ;; math f l c calc => compute how far equity is from target ;; draft f m c => write the rebalancing note to the client | - classify the holdings by asset class\n- compute how far equity is from target\n- write the rebalancing note to the client{PORT}
qa f l p => what's the difference between a Roth IRA and a traditional IRA ;; math f l p calc => if I put 7,000 a year in for 25 years at 6%, what do I end up with | what's the difference between a Roth IRA and a traditional IRA? and if I put 7,000 a year in for 25 years at 6%, what do I end up with
reasoning f m p => Lease vs buy the delivery vans ;; draft f l p => draft the decision email to the ops director | Lease vs buy the delivery vans: 6 vans, 38k each or 690/month each over 4 years, we have cash but want runway. Decide, and draft the decision email to the ops director.
extract f l c => Extract the income details ;; qa f l p => explain how the UK remittance basis works in general | Extract the income details, then explain how the UK remittance basis works in general.{TAXMAIL}
draft f l c => Draft a reply to him ;; classify f l c => tag the enquiry for routing (residency, income tax, VAT, payroll) | Draft a reply to him saying we'll need his P45 and tag the enquiry for routing (residency, income tax, VAT, payroll).{TAXMAIL}
sentiment f l p => Tone of this analyst note? ;; creative f l p => Then write a cheeky one-line headline for our internal newsletter about it | Tone of this analyst note? 'Another quarter, another excuse - the turnaround story is wearing thin.' Then write a cheeky one-line headline for our internal newsletter about it.
math f l p calc => compute DSO ;; reasoning f m p => say whether 68 days is a problem for a B2B SaaS | receivables 2.3m, annual revenue 12.4m: compute DSO and say whether 68 days is a problem for a B2B SaaS
translate f l p => Translate the risk warning into German ;; draft f l p => write a plain-English version for the app | Translate the risk warning into German and write a plain-English version for the app: 'Capital at risk. CFDs are complex instruments and come with a high risk of losing money rapidly due to leverage.'
summarize l l c => summarise the liability clause ;; reasoning l m c => tell me if the IP indemnity is capped ;; draft l m c => propose a redline | Three things: summarise the liability clause, tell me if the IP indemnity is capped, and propose a redline that caps it at 3x fees.{MSA}
extract l l c => list the carve-outs ;; translate l l c => translate them into Spanish for the Madrid counsel | list the carve-outs and translate them into Spanish for the Madrid counsel{MSA}
classify l l p => Classify each clause by type ;; reasoning l m p => flag the two a customer should negotiate hardest | Classify each clause by type and flag the two a customer should negotiate hardest.{CLAUSES}
extract l l p => extract all notice periods ;; math l l p calc => how many days in total if we serve termination notice on 1 March | extract all notice periods; how many days in total if we serve termination notice on 1 March and the 45-day payment runs after?{CLAUSES}
summarize l l p => Summarise the judgment ;; qa l l p => explain what 'restraint of trade' means | Summarise the judgment and explain what 'restraint of trade' means for a trainee.{JUDG}
reasoning l m p => would our 12-month covenant survive ;; draft l m p => draft a narrower version | Based on this, would our 12-month covenant survive? If not, draft a narrower version.{JUDG}
summarize l l c => summarise the grievance ;; classify l l c => classify it ;; draft l l c => draft the invite to a hearing | summarise the grievance, classify it, draft the invite to a hearing{GRIEV}
sentiment l l c => How upset does she sound ;; reasoning l m c => what's the risk if we handle this badly | How upset does she sound, and what's the risk if we handle this badly?{GRIEV}
qa l l p => What's Art. 33 about ;; reasoning l m p => does our incident hit the threshold | What's Art. 33 about, and does our incident hit the threshold? 200 employee payslips emailed to the wrong team, recalled within an hour.{DPAREG}
extract l l p => pull the deadline ;; draft l l p => draft the notification cover email to the regulator | pull the deadline from this and draft the notification cover email to the regulator{DPAREG}
qa l l p => Is a verbal contract binding in the UK ;; draft l l p => write a short email to confirm what we agreed on the phone | Is a verbal contract binding in the UK? Also write a short email to confirm what we agreed on the phone with the caterer (120 covers, 18 Dec, 45/head).
translate l l p => translate into English ;; summarize l l p => summarise the obligation in one line | translate into English and summarise the obligation in one line: 'Il conduttore è tenuto a restituire l'immobile nello stato in cui lo ha ricevuto, salvo il deterioramento d'uso.'
code l l p => write a script that extracts every defined term (quoted, capitalised, in brackets) from a contract ;; qa l l p => what makes a defined term valid in drafting | write a script that extracts every defined term (quoted, capitalised, in brackets) from a contract, and btw what makes a defined term valid in drafting?
creative l l p => write a funny toast for the partner retiring after 40 years in litigation ;; draft l l p => write the formal announcement to clients | Two asks: write a funny toast for the partner retiring after 40 years in litigation, and write the formal announcement to clients.
reasoning l m p => should we register the trademark in the EU or just the UK first ;; math l l p calc => add up the fees for 3 classes at 850 + 150 per extra class | Startup, 40k budget: should we register the trademark in the EU or just the UK first? Also add up the fees for 3 classes at 850 + 150 per extra class.
summarize m l c => summarise the letter ;; extract m l c => list the meds ;; reasoning m m c => check the apixaban dose | summarise the letter, list the meds, check the apixaban dose{CLINIC}
extract m l c => pull the abnormal results ;; reasoning m m c => suggest the most likely cause ;; draft m l c => write the GP a short note | Please: pull the abnormal results, suggest the most likely cause, and write the GP a short note.{LABS}
classify m l c => flag low/normal/high ;; code m l p => write pandas code that does the same for a CSV of panels | flag low/normal/high for each and write pandas code that does the same for a CSV of panels{LABS}
summarize m l p => summarise the abstract ;; math m l p calc => compute the NNT ;; sentiment m l p => say whether the conclusion is overstated | summarise the abstract, compute the NNT, and say whether the conclusion is overstated{TRIAL}
classify m l p => categorise each comment ;; sentiment m l p => give an overall sentiment ;; draft m l p => draft a thank-you for comment 3 | categorise each comment, give an overall sentiment, and draft a thank-you for comment 3{PTFEED}
extract m l c => extract the reaction details ;; qa m l p => explain why clarithromycin raises simvastatin levels | extract the reaction details and explain why clarithromycin raises simvastatin levels{ADR}
qa m l p => What's the max paracetamol dose for an adult ;; math m l p calc => how many 500 mg tablets is that in a day | What's the max paracetamol dose for an adult, and how many 500 mg tablets is that in a day?
math m l p calc => work out the dose for a 14 kg child at 15 mg/kg ;; code m l p => write a function that does it with a max-dose cap | work out the dose for a 14 kg child at 15 mg/kg, then write a function that does it with a max-dose cap
translate m l p => Translate the discharge advice into Polish ;; draft m l p => a simpler English version for low literacy | Translate the discharge advice into Polish and give me a simpler English version for low literacy: 'Mobilise as tolerated, keep the wound dry for 10 days, and seek review if you develop fever or increasing redness.'
qa m l p => what's the difference between a stroke and a TIA ;; creative m l p => a memorable rhyme for FAST for our stroke awareness poster | what's the difference between a stroke and a TIA? and a memorable rhyme for FAST for our stroke awareness poster
reasoning m m p => Is it safe to restart his anticoagulant 48 h after the GI bleed ;; draft m l p => draft the MDT question | Is it safe to restart his anticoagulant 48 h after the GI bleed? Reason it and draft the MDT question.
chat g l p => Morning team-bot! ;; summarize m l c => summarise the overnight notes for bed 12 | Morning team-bot! Can you summarise the overnight notes for bed 12? 'Temp spiked 38.6 at 02:00, blood cultures sent, started co-amoxiclav, settled by 05:00, eating breakfast.'
code s l i => Fix the injection ;; qa s l p => explain why f-strings in SQL are dangerous | Fix the injection in this handler and explain why f-strings in SQL are dangerous.{FLASK}
code s l i => Review this code ;; draft s l i => write the finding up for the pentest report | Review this code, then write the finding up for the pentest report (title, severity, impact, fix).{FLASK}
summarize s l c => summarise the auth log ;; extract s l c => list the source IPs ;; reasoning s m c => tell me whether we're compromised | summarise the auth log, list the source IPs, tell me whether we're compromised{AUTHLOG}
classify s l c => Is this alert a true positive? ;; draft s l c => draft the escalation to the IR lead | Is this alert a true positive? If so draft the escalation to the IR lead.{ALERT}
extract s l c => Extract the IOCs ;; code s l p => write a KQL hunt for them across the estate | Extract the IOCs and write a KQL hunt for them across the estate.{ALERT}
classify s l i => prioritise the findings ;; draft s m i => draft a remediation plan ;; math s l p calc => if each fix takes 1.5 days, how many engineer-days in total | 1) prioritise the findings 2) draft a remediation plan 3) if each fix takes 1.5 days, how many engineer-days in total{PENTEST}
summarize s l p => summarise this advisory ;; qa s l p => explain what command injection means ;; translate s l p => give me the summary in German too | summarise this advisory, explain what command injection means, and give me the summary in German too{ADVISORY}
extract s l c => timeline from the SOC notes ;; sentiment s l c => how does the user seem to feel about it | timeline from the SOC notes, and how does the user seem to feel about it?{SOCNOTE}
qa s l p => What's a passkey ;; reasoning s m p => should we roll them out before hardware keys | What's a passkey, and should we roll them out before hardware keys for our 900 staff?
code s l p => write a Python password strength checker ;; math s l p calc => how many bits of entropy does a 4-word diceware passphrase have | write a Python password strength checker, and how many bits of entropy does a 4-word diceware passphrase have?
draft s l p => draft a phishing simulation email about a fake parcel delivery ;; creative s l p => a catchy title for the training module | draft a phishing simulation email about a fake parcel delivery and a catchy title for the training module
reasoning s m p => Is it OK to let contractors use personal laptops ;; draft s h p => write the BYOD standard | Is it OK to let contractors use personal laptops if they go through VDI? If yes, write the BYOD standard with scope, controls and exceptions.
classify s l p => Phishing or not ;; extract s l p => pull the sender domain and the link | Phishing or not? And pull the sender domain and the link. 'From: payroll@c0mpany-hr.com - Your November payslip is ready: hxxps://c0mpany-hr[.]com/view'
chat g l p => Hey, thanks for earlier ;; code s l p => can you write a YARA rule for files containing the string 'upd.dll,Start' | Hey, thanks for earlier. Next: can you write a YARA rule for files containing the string 'upd.dll,Start'?
summarize g l i => summarise the retro ;; draft g l i => write the Slack message to sales about the intake rule | summarise the retro and write the Slack message to sales about the intake rule{RETRO}
sentiment g l i => team mood ;; reasoning g m i => what would you do about the on-call noise first | team mood? and what would you do about the on-call noise first?{RETRO}
code g l i => rewrite this with vectorised pandas ;; qa g l p => explain what groupby with a string slice is doing here | rewrite this with vectorised pandas, and explain what groupby with a string slice is doing here{PANDAS}
math g l p calc => Compute the lift ;; code g l p => give me the Python to do the significance test ;; reasoning g m p => tell me if we should ship | Control 2.9% (n=20,400), variant 3.3% (n=20,100). Compute the lift, give me the Python to do the significance test, and tell me if we should ship.
translate g l p => translate the copy into Spanish ;; creative g l p => write a Spanish tagline for it | translate the copy into Spanish and write a Spanish tagline for it{COPY}
classify g l p => tag the tickets ;; summarize g l p => summarise the top theme ;; draft g l p => draft a reply to #3 | tag the tickets, summarise the top theme, draft a reply to #3{TICKETS}
sentiment g l i => What's the mood ;; classify g l i => group the comments by theme ;; draft g l i => write a 3-line response from HR | What's the mood, group the comments by theme, and write a 3-line response from HR.{SURVEY}
summarize g l p => Summarise the paper ;; creative g l p => write a limerick about it for the reading group | Summarise the paper and write a limerick about it for the reading group.{ABSTRACT}
qa g l p => What's a vector database ;; reasoning g m p => do we need one for 20k documents | What's a vector database, and do we need one for 20k documents or is Postgres with pgvector fine?
draft g l p => Write the meeting invite for the architecture review ;; chat g l p => thanks! | Write the meeting invite for the architecture review on Tuesday 14:00, 60 min. thanks!
translate g l p => Translate this into Korean ;; translate g l p => and into Vietnamese | Translate this into Korean, and into Vietnamese: 'The office will be closed on Monday for the public holiday.'
extract g l p => extract every date ;; math g l p calc => how many working days between kickoff and launch | extract every date and tell me how many working days between kickoff and launch: 'kickoff 4 Nov, design sign-off 15 Nov, launch 13 Dec'
creative g l p => a short story opening for our writers' group about a translator who finds a hidden message ;; translate g l p => the first line in French too | a short story opening for our writers' group about a translator who finds a hidden message, and the first line in French too
draft g l p => Draft a polite decline to a conference invitation ;; creative g l p => then a funny version just for my team | Draft a polite decline to a conference invitation, then a funny version just for my team.
qa g l p => How does git rebase differ from merge ;; code g l p => give me the commands to squash my last 4 commits | How does git rebase differ from merge? Then give me the commands to squash my last 4 commits.
summarize f l i => summarise the opex note ;; draft f l i => draft the two-line board comment | Task list:\n* summarise the opex note\n* draft the two-line board comment\nNote: opex 4% under budget on hiring delays; marketing overspent 60k on the trade show; expect full-year on plan.
extract f l r => Extract the payment details ;; reasoning f m r => tell me whether this looks like invoice fraud | Extract the payment details and tell me whether this looks like invoice fraud: 'URGENT - please pay the attached today to our new account {IBAN7}, our old bank {IBAN1} is under audit. Regards, {P5}'
draft f l r => Draft the card block request ;; qa f l p => explain how chargebacks work for the customer | Draft the card block request for {CARD3} and explain how chargebacks work for the customer.
summarize l l c => summarise the intake call ;; classify l l c => classify the matter type | summarise the intake call and classify the matter type: '{P1}, {PH1}, says her employer cut her hours after she announced her pregnancy.'
extract m l r => extract the patient identifiers ;; draft m l r => draft the referral | extract the patient identifiers and draft the referral: '{P8}, NRIC {NRIC1}, 63F, 2 episodes of haematuria, smoker, no anticoagulants.'
extract s l c => list the IPs ;; code s l c => write the firewall rule blocking the external one | list the IPs and write the firewall rule blocking the external one: 'session from {IP7} to {IP5} on 3389, 40 failed then success'
reasoning s m r => Is this a reportable breach ;; draft s l r => draft the internal incident note | Payroll export with {SSN2} and bank {IBAN2} sent to {EM6} by mistake. Is this a reportable breach? Also draft the internal incident note.
summarize s l c => summarise ;; translate s l c => translate into Japanese for the Tokyo SOC | summarise and translate into Japanese for the Tokyo SOC: 'User {P2} ({EM3}) saw logins from {IP3} and {IP6} overnight; MFA was not challenged.'
!extract g l p => pull the ticket ids ;; classify g l p => classify them as bug or task | pull the ticket ids and classify them as bug or task: 'PROJ-1182 crash on save; PROJ-1190 update copyright year; OPS-77 disk at 91% on node 4.2.0.17'
!summarize f l p => summarise ;; extract f l p => list the invoice numbers and amounts | summarise and list the invoice numbers and amounts: 'INV-2024-00412 EUR 3,400.00 paid 2024-10-02; INV-2024-00418 EUR 12,075.50 overdue since 2024-11-01'
!qa s l p => is build 7.4.2.1 vulnerable ;; draft s l p => draft the patch notice | is build 7.4.2.1 vulnerable if the advisory covers 7.4.0 to 7.4.3, and draft the patch notice for Saturday 02:00
chat g l p => hi again ;; qa g l p => quick one - what's the difference between UTF-8 and UTF-16 | hi again :) quick one - what's the difference between UTF-8 and UTF-16?
reasoning g m p => Which of the three vendors should we shortlist ;; math g l p calc => what's the 3-year total for each | Quotes: A 42k/yr flat, B 30k + 1.2k/month support, C 95k one-off + 8k/yr. Which of the three vendors should we shortlist, and what's the 3-year total for each?
sentiment f l p => Read the client's mood ;; draft f l p => draft a reply that keeps them | Read the client's mood and draft a reply that keeps them: 'Your fees went up 18% and our returns went down. Give me one reason not to move to a robo-adviser.'
code m l p => SQL to count admissions per ward per week ;; reasoning m m p => which wards would you expect to peak in winter and why | SQL to count admissions per ward per week from admissions(ward, admitted_at) - and which wards would you expect to peak in winter and why?
"""

EXTRA = r"""
reasoning l h c | Context: I'm in-house counsel at a 600-person logistics company. We acquired a smaller courier business last year and inherited their driver contracts, which call the drivers 'independent contractors' but in practice they wear our uniform, use our scanners, are scheduled by our dispatchers, can't send substitutes, and have worked only for us for an average of four years. Two drivers have now filed claims saying they are workers entitled to holiday pay and the minimum wage, and a union is asking about recognition. The board wants to know: (1) how exposed are we on status across the whole driver pool of about 210 people, (2) what the back-pay exposure looks like in broad terms, (3) whether we should settle the two claims quietly or fight them as test cases, and (4) what a restructure of the model would look like if we want to keep some flexibility. Please set out a structured analysis with the relevant tests for employment status, the factors that cut each way on these facts, the strategic options with pros and cons, and a recommendation I can take to the board next week. Keep it practical; the board is not legally trained.
reasoning s h i | Task: post-incident review, write-up for the security steering group.\nBackground: On Monday at 09:10 our helpdesk reset the MFA for a 'finance director' who called from an unknown number claiming a lost phone. The caller knew the employee ID and manager's name (both on LinkedIn or in old org charts). By 09:40 the attacker had registered a new authenticator, logged into the mail tenant, searched for 'invoice' and 'bank details', and created a forwarding rule. At 11:05 a supplier flagged an odd request to change bank details and the SOC revoked sessions at 11:20. No payments left, but 1,400 mails were readable for two hours.\nWhat I need: root causes (people, process, technology), why the helpdesk verification failed, what detection should have fired earlier and why it didn't, a prioritised list of fixes with owners and timelines, and metrics we can report monthly so this doesn't recur. Be blunt where the process was weak.
summarize m l c | Can you turn this into a 5-line handover for the night registrar? Keep the drug doses exact.\n\nAdmitted via ED yesterday evening, 79F, from a care home, with a 3-day history of reduced oral intake, new confusion and a fall without head injury. PMH: vascular dementia, CKD 3b, AF on edoxaban 30 mg OD, hypertension on amlodipine 10 mg OD, previous C. diff infection 2022. On arrival: temp 38.1, HR 108 irregular, BP 96/58, RR 22, sats 94% on air. Bloods: WCC 15.8, CRP 182, urea 16.4, creatinine 198 (baseline 130), Na 148. Urine dip positive for nitrites and leucocytes; CXR clear. Working diagnosis: urosepsis with AKI and hypernatraemic dehydration. Given 1 L Hartmann's in ED with BP improving to 112/64, started IV gentamicin per renal-adjusted protocol after discussion with micro (co-amoxiclav avoided given C. diff history), amlodipine held, edoxaban held pending renal function. Family aware, DNACPR in place from care home, ceiling of care ward-based. Plan overnight: fluid balance chart, repeat U&E and gentamicin level in the morning, review if NEWS2 rises above 5.
creative f l p | Write a villanelle about compound interest for the finance team's poetry slam (yes, really).
creative s l p | Short bedtime story for my kid where a friendly firewall stops a sneaky virus - no jargon.
creative m l p | A light-hearted poem from the perspective of a stethoscope on its first day in A&E.
creative l l p | Write a parody of 'The Raven' about a contract redline that never ends.
creative g l p | Give me 5 opening lines for a thriller novel whose narrator is a court interpreter.
creative g l p | Brainstorm 8 playful names for our Kaggle team, we're all epidemiologists.
sentiment l l p | Read this judge's remark and tell me how sympathetic it is to the claimant: 'While the court has some sympathy for the claimant's position, sympathy is not a cause of action.'
sentiment m l p | How anxious does this sound? 'I keep checking my pulse every few minutes since the palpitations started, I can't focus on anything.'
sentiment s l p | Rate the urgency and emotion in this user report, 1-5: 'SOMEONE IS IN MY ACCOUNT RIGHT NOW, my password changed and I can't get back in!!!'
sentiment g l p | Reviewer 2's comments on our paper - hostile or just blunt? 'The contribution is incremental and the baselines are, frankly, weak.'
translate l l p | As a sworn translator I need a clean English draft of this before I certify it: 'Certifico que la presente es copia fiel del original que he tenido a la vista.'
translate s l p | Render in Simplified Chinese for our Shanghai office: 'Lock your screen whenever you leave your desk.'
translate f l p | Dutch please: 'Your direct debit will be collected on the first working day of each month.'
chat g l p | sorry for the all-caps earlier, rough night on call
chat g l p | ha, you sound like my old statistics professor
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, PII_ROWS, HARD_NEGATIVES, FORMATS,
           EXTRA, MULTI)  # fmt: skip


def rows() -> list[Row]:
    expand = Placeholders(_MAT, {**_PII, **_HN})
    return line_rows(_BLOCKS, prefix="diverse5", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    write_and_check(HERE / "train_diverse5.jsonl", rows())


if __name__ == "__main__":
    main()
