# ruff: noqa: E501
"""Hand-written intent corpus ``train_diverse21``: requests from a retail bank, a
pharmaceutical company, a national tax office, a SaaS support desk and a
university hospital's research office, labelled by an acceptance tester.

RECORD dialect (see ``corpus.record_rows``): ``@ intent d cx s [tool ...] [:: clause]``
lines, an optional ``@ !hn``, then the request text. Inline PII is written
``<P:name>``, ``<E:email>``, ``<T:phone>``, ``<IP:address>``; checksummed values
(cards, IBANs, SSNs, NRICs) and their failing look-alikes come from a seeded
``Values`` as ``{NAME}`` references.

Run: ``python tests/data/intent/train_diverse21_source.py``
"""

from __future__ import annotations

import re

from corpus import (
    HERE,
    Values,
    check_lookalikes,
    mark,
    pv,
    record_rows,
    write_and_check,
)

# ------------------------------------------------------------------ retail bank
BANK = r"""
@ summarize f m i
Summarise this for the branch team in 3 bullets pls

Policy extract – Overdraft Fee Waiver (v3, effective 1 July)
3.1 Branch staff may waive one unarranged overdraft fee per customer per rolling 12 months without approval.
3.2 Further waivers require Team Leader sign-off recorded in the CRM note field.
3.3 Waivers are not permitted where the account is in collections or flagged for financial crime review.
3.4 Vulnerable customers (see Annex B) may receive up to three waivers per year.

@ qa f l p
what's the difference between APR and AER?

@ draft f m c :: draft a polite reply to him confirming we've refunded the fee
@ classify f l c :: tag the complaint category for MI reporting
Complaint came in from <P:Daniel Okafor> (<E:d.okafor77@gmail.com>) about a £25 fee charged twice on his current account. Could you draft a polite reply to him confirming we've refunded the fee, and also tag the complaint category for MI reporting (fees & charges / service / fraud / product).

@ extract f m r
Pull out the transaction date, merchant, amount and card number from this dispute form into a table:

Cardholder: <P:Maria Rossi>
Card: {CC1}
Disputed: 14/03 AMAZON MKTPLACE £189.99; 15/03 AMAZON MKTPLACE £189.99 (duplicate)
Reason: charged twice, only one order received

@ math f l p
Customer borrows 12,000 over 5 years at 7.9% APR. Monthly repayment?

@ !hn
@ classify f l i
Which queue should this go to? "Payment ref 4417 2309 8815 6620 didn't arrive, invoice INV-2024-00871, amount 1,240.00 EUR, sent on 02/04/2024." Options: payments ops, cards, lending.

@ reasoning s h c
Is this a credential stuffing attempt or just a misconfigured client? Logs from the online banking gateway:

2024-05-11T02:14:07Z POST /api/v2/login 401 src=<IP:185.220.101.47> user=c***7
2024-05-11T02:14:07Z POST /api/v2/login 401 src=<IP:185.220.101.47> user=j***n
2024-05-11T02:14:08Z POST /api/v2/login 401 src=<IP:185.220.101.47> user=a***3
... 4,812 similar lines in 20 minutes, 37 distinct usernames, 3 succeeded
2024-05-11T02:34:51Z POST /api/v2/login 200 src=<IP:185.220.101.47> user=m***r

@ translate f l i
Translate into Polish for our Warsaw contact centre: "Your card has been temporarily blocked for your security. Please call us using the number on the back of your card."

@ creative f l p
Write a short fun poem for the savings team's Friday newsletter about hitting 10,000 new ISA accounts

@ code f m i
Can you write a python function that validates a UK sort code and account number format (6 digits and 8 digits, dashes optional)? Don't need modulus checking yet.

@ sentiment f l c
Sentiment of this app review pls, positive negative or mixed: "Love the new budgeting feature but the app logged me out 3 times today while paying rent. 2 stars" – left by <P:Chloe Brown>

@ chat g l p
morning! first day on the fraud desk, wish me luck 😅

@ draft f h i :: Draft a short policy on fee waivers for customers in financial difficulty
@ math f m i calc :: calculate what it would have cost us last year if every eligible customer used 3 waivers
@ summarize l m i :: summarise the FCA points in the note below
Draft a short policy on fee waivers for customers in financial difficulty, calculate what it would have cost us last year if every eligible customer used 3 waivers (18,420 eligible customers, average fee £15), and summarise the FCA points in the note below.

FCA Consumer Duty note (internal summary by Compliance):
- Firms must avoid foreseeable harm; charging repeated fees to customers in arrears is a known harm.
- Fair value assessments must consider whether fee levels reflect cost to serve.
- Evidence of outcomes testing for vulnerable customers is expected in the annual board report.

@ extract f l r
what's the IBAN and beneficiary name in this? just those two

"Please send the refund of EUR 340.00 to my account at Commerzbank, IBAN {IB_DE}, account holder <P:Elena Petrova>. Thanks"

@ qa s l p
is SMS OTP still considered ok for strong customer authentication under PSD2 or do we need app based?

@ classify s l c
Phishing or legit? Customer forwarded this:

From: HSBC Secure <<E:alerts@hsbc-verify-account.com>>
Subject: Action required: unusual sign-in
Dear customer, we detected unusual activity. Verify your identity within 24 hours at hxxp://hsbc-verify-account[.]com/login or your account will be suspended.

@ reasoning f h i
We're deciding whether to move the fixed-rate mortgage pipeline hedge from monthly to weekly rebalancing. Pipeline is ~£420m, pull-through around 70%, swap rates have moved 40bp in a month twice this year. What are the trade-offs, and what would you recommend?

@ math f m p
if i put 250 a month in a savings account paying 4.1% AER for 3 years how much will i have roughly

@ draft f m c
Pls write an email to Mr <P:Ahmed Hassan> letting him know his mortgage offer expires on 30 June and he needs to send his last 3 payslips to <E:mortgages.team@northbank.co.uk> before then. Friendly but clear.

@ summarize l m c :: explain in plain English what this clause means for us
@ reasoning l h c :: is the 30 day notice enforceable if the supplier is in breach
Can you explain in plain English what this clause means for us, and is the 30 day notice enforceable if the supplier is in breach?

14.2 Either party may terminate this Agreement for convenience on ninety (90) days' written notice. Notwithstanding the foregoing, the Customer may terminate on thirty (30) days' written notice where the Supplier has committed a material breach which, if capable of remedy, has not been remedied within fifteen (15) Business Days of written notice requiring it to do so.

@ translate l m c
Please translate this clause to German, keep the legal terminology precise:

"The Borrower shall not, without the prior written consent of the Lender, create or permit to subsist any Security over any of its assets."

@ code f m i
need a SQL query: all customers with more than 3 failed direct debits in the last 90 days, table dd_events(customer_id, status, event_ts). Postgres

@ !hn
@ extract f l i
Get the loan reference, amount and dates out of this:

Loan ref LN-2023-0048812, drawdown 15.08.2023, principal 24.500,00 EUR, maturity 15.08.2028, BIC COBADEFFXXX, facility no. 5301 8842 1177 0926.

@ sentiment f m c
How does the customer feel overall in this chat transcript? Be brief

Agent: Hi, thanks for waiting, how can I help?
Customer: I've been waiting 40 mins. My salary hasn't come in and I have rent due tomorrow.
Agent: I'm sorry about that, let me check. I can see a payment from your employer is pending.
Customer: ok well that's something. when will it land
Agent: It should clear by 2pm today.
Customer: fine. thanks I guess

@ chat g l p
thx that's exactly what i needed

@ qa s m i retr
What's our standard for encrypting customer data at rest? I think it's in the InfoSec standard ISS-07 somewhere

@ extract f m r :: List the customer's name, NRIC and the amount
@ translate f m r :: translate the complaint into English
List the customer's name, NRIC and the amount, then translate the complaint into English:

我叫<P:陈美玲>，身份证号码 {NR1}。上个月我的信用卡被扣了两次 SGD 420.00，到现在还没有退款。请尽快处理。

@ math f m i
Quick check: portfolio of 1,240 credit cards, average balance £2,310, annual default rate 3.2%, LGD 85%. Expected annual loss?

@ draft s m i
Draft a short all-staff reminder that the bank will never ask customers for their full PIN or one-time passcode, and what staff should do if a customer says someone did.

@ classify f l p
Which product category: "I want to move my pension pot into something that pays me monthly" – savings, investments, pensions, insurance?

@ reasoning s h c
We found this in the proxy logs from a teller workstation. Is this exfil or benign? Explain your reasoning.

10:02:11 WS-TLR-0417 (<IP:10.44.18.203>) -> pastebin.com:443 CONNECT 200 bytes_out=1,842,330
10:02:45 WS-TLR-0417 (<IP:10.44.18.203>) -> pastebin.com:443 CONNECT 200 bytes_out=1,901,004
10:03:20 WS-TLR-0417 (<IP:10.44.18.203>) -> pastebin.com:443 CONNECT 200 bytes_out=1,877,562
user: <P:Thomas Fischer> (teller, Leeds branch)

@ qa g l p
how many working days are there in December 2024 in England?

@ creative f m p
Give me 5 catchy names for a kids' savings account aimed at 7-12 year olds. Something playful, no puns on "piggy" please

@ summarize f m p :: Summarise the main complaints
@ sentiment f l p :: give me an overall sentiment score from -1 to 1
Below are 6 Trustpilot reviews from last week. Summarise the main complaints and give me an overall sentiment score from -1 to 1.

1. "Mortgage application took 9 weeks, nobody called me back." 1★
2. "Branch staff in Harrogate were brilliant, sorted my lost card in 10 mins" 5★
3. "App keeps crashing on Android 14" 2★
4. "Fine. Does what it says." 3★
5. "Charged a fee for going 50p overdrawn, disgusting" 1★
6. "Savings rates not competitive any more, moving my money" 2★

@ translate f l r :: Can you translate this customer email from Spanish
@ draft f m r :: write a short reply in Spanish saying we've escalated it
Can you translate this customer email from Spanish and write a short reply in Spanish saying we've escalated it?

"Hola, soy <P:Carlos Silva>. Hice una transferencia de 2.000 euros el lunes a la cuenta {IB_ES} y todavía no ha llegado. Mi teléfono es <T:+34 612 345 678>. Gracias."

@ code s h i code
This regex is supposed to mask card numbers in our logs but it misses amex. Fix it and show a couple of test cases:

```python
CARD_RE = re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b")
def mask(line):
    return CARD_RE.sub(lambda m: "****" + m.group()[-4:], line)
```

@ math f l p
what's 2.75% of 1,840,000

@ !hn
@ qa f m i
Why would a SWIFT payment with UETR 8a562c67-ca16-48ba-b074-65581be6f011 show as ACSP for 3 days? Amount USD 48,200.00, value date 2024-06-03, our ref FT24155XK92L.

@ qa l m p
Under UK GDPR how long do we have to respond to a subject access request, and can we extend it?

@ draft l h c retr
Draft a response to this SAR for the data protection team, using the standard template wording where you can:

From: <P:Grace O'Brien> <<E:grace.obrien@mail.co.uk>>
Date: 3 March
I'd like a copy of all personal data you hold on me, including call recordings from January and any notes about my mortgage arrears. My account number ends 4471. Tel <T:07700 900482>.

@ chat g l p
are you able to remember what we talked about yesterday?

@ classify s m i
Severity for each alert (P1-P4)?
- Antivirus quarantined EICAR test file on WS-HR-0212
- 14 failed admin logins on core banking DB from internal jump host in 2 min
- Expired TLS cert on marketing microsite
- New local admin account created on a branch ATM controller

@ reasoning f m p
If the Bank of England cuts rates by 0.25 next month, what happens to our tracker mortgage customers vs fixed, and to easy-access savers? Explain simply.

@ summarize s m i
tl;dr of this pentest finding for the exec pack, 2 sentences max:

Finding PT-2024-07 (High): The /statements/download endpoint accepts a user-supplied statementId and does not verify that the statement belongs to the authenticated session. By incrementing the identifier, a tester authenticated as customer A retrieved PDF statements belonging to customers B and C. Remediation: enforce object-level authorisation server-side and use non-sequential identifiers.

@ extract g l c
grab all the phone numbers from this note and put them in E.164

Called back the customer at <T:0161 496 0732>, no answer. Her daughter said try mobile <T:07911 123456> or her work line <T:+44 113 496 0219> after 5pm.

@ extract f m r :: Pull the card number and the three transactions
@ math f l r calc :: total them
@ draft f m r :: write a chargeback request to the merchant
Pull the card number and the three transactions, total them, and write a chargeback request to the merchant.

Card {CC2} – cardholder <P:Sophie Dubois>
02/05 GYMFLEX LTD 39.99
02/06 GYMFLEX LTD 39.99
02/07 GYMFLEX LTD 39.99
Membership cancelled 14/04, confirmation email attached.

@ sentiment g l i
Is the tone of this internal email passive-aggressive? "As per my last three emails, the reconciliation file is still outstanding. Happy to walk you through the process again if that would help."

@ qa f l p
what does 'cleared funds' mean

@ translate g l p
translate "branch closed for staff training, reopens 1pm" into Welsh

@ creative s m i
Write a short story (150 words) for our security awareness month about a teller who spots a social engineering call. Make it a bit tense.

@ code f h i code
Our interest accrual job gives different totals than finance's spreadsheet. Can you spot the bug?

def accrue(balance, annual_rate, days):
    daily = annual_rate / 360
    return round(balance * daily, 2) * days

Finance uses actual/365 and rounds once at month end.

@ !hn
@ classify g l i
Tag each line as order, invoice or shipment:
ORD-88120455
INV-2024-00912
1Z999AA10123456784
PO 4500182736
ORD-88120461

@ reasoning l h c
A customer died and the executor is asking us to release £48k from a joint account to the estate. The surviving joint holder objects. Who's right, in general terms under English law? Not legal advice obviously, just want to understand before I call legal.

@ draft g m p
Write a job ad for a part-time Customer Service Advisor at our York branch, 22.5 hrs/week, £12.60/hr. Keep it friendly and inclusive.

@ math f m i calc :: Work out the break-even on this
@ reasoning f m i :: tell me if it's worth pitching to the committee
Work out the break-even on this and tell me if it's worth pitching to the committee: new premium account £12/month fee, we estimate cost to serve £4.10/month, acquisition cost £85 per customer, churn 2% per month.

@ chat g l p
lol you're better at this than my manager

@ qa s l p
What's the difference between vishing and smishing?

@ extract f m r
For the W-9 check, what's the taxpayer name, SSN and address in this form?

Name: <P:Michael Johnson>
SSN: {SSN1}
Address: 4417 Larchmont Ave, Columbus OH 43214
Certification signed 12 Feb 2024

@ classify f l c
Is this a complaint or just a query? "Hi I was told on the phone my ISA transfer would take 15 days and it's now day 31, what's going on? <P:Kenji Tanaka>"

@ summarize f m i :: summarise this French note from our Paris correspondent bank in English
@ translate f l i :: give me the English of the last paragraph word for word
Could you summarise this French note from our Paris correspondent bank in English, and give me the English of the last paragraph word for word?

Objet : Modification des heures limites
À compter du 1er septembre, l'heure limite de réception des ordres de virement en USD passera de 16h00 à 15h00 (heure de Paris). Les ordres reçus après cette heure seront traités le jour ouvré suivant.

Nous vous remercions de bien vouloir informer vos équipes opérationnelles.

@ code s m i
give me a Splunk query that finds users with more than 5 failed logins followed by a success within 10 minutes, index=auth

@ summarize f h c
Summarise the key numbers for the ALCO pack:

| Metric | Q1 | Q2 | Change |
| LCR | 148% | 139% | -9pp |
| NSFR | 121% | 122% | +1pp |
| Loan/deposit | 88% | 91% | +3pp |
| NIM | 2.41% | 2.36% | -5bp |
| Retail deposits (£bn) | 18.2 | 17.6 | -0.6 |

@ qa f l p web
What's the current Bank of England base rate?

@ draft f m i :: Write a two-line SMS telling customers the app will be down for maintenance Sunday 01:00-05:00
@ translate f l i :: give me Polish and Romanian versions too
Write a two-line SMS telling customers the app will be down for maintenance Sunday 01:00-05:00, and give me Polish and Romanian versions too.

@ !hn
@ math f l i
Add these up for me: cheque 000412 £1,250.00, cheque 000413 £86.40, cheque 000417 £3,010.75, deposit ref 7734-2210-9981-0045 £500.00

@ reasoning s h i
Should we allow staff to use personal password managers on bank laptops? Give pros/cons and a recommendation, considering we already have a managed vault for privileged accounts.

@ creative g l p
Write a limerick about the coffee machine on floor 3 being broken again

@ extract s m c :: extract the source IPs
@ classify s m c :: say which look internal vs external
From the firewall denies below, extract the source IPs and say which look internal vs external:

DENY tcp <IP:10.12.4.77>:51544 -> <IP:10.0.0.5>:445
DENY tcp <IP:91.203.145.22>:40112 -> <IP:10.0.8.14>:3389
DENY udp <IP:172.16.30.9>:53 -> <IP:8.8.4.4>:53
DENY tcp [<IP:2a03:2880:f12f:83:face:b00c:0:25de>]:443 -> [<IP:2001:db8:10::14>]:51000

@ qa f l p
Can a 16 year old open a current account on their own in the UK?

@ chat g l p
Hi, can you help me with something work related? Nothing urgent

@ math f h c
Customer <P:Olivia Martin> has a 25-year repayment mortgage of £210,000 at 4.64% fixed. She wants to overpay £300/month. Roughly how many months earlier will she finish and how much interest does she save?

@ summarize l m i
Summarise these changes to our T&Cs so I can brief the contact centre:

- Section 7.3: we may now close dormant accounts after 15 years with 2 months' notice (was 12 years, no notice period specified).
- Section 9.1: unauthorised transaction claims must be raised within 13 months (unchanged) but we now state we'll refund by end of next business day.
- Section 11: new clause on APP fraud reimbursement up to £85,000 in line with PSR rules.

@ !hn
@ extract g l i
What version is the payments engine on and which build failed? "Release 4.2.0.17 went to UAT on 2024-07-02; build 4.2.0.18 (job #55102) failed on ledger-recon tests; hotfix 4.2.0.17-hf2 pending CAB CHG0048213."

@ translate f m r
Traduire en anglais svp : « Madame, suite à votre demande du 12 mars, nous vous confirmons la clôture de votre compte. Le solde créditeur de 1 245,30 € sera viré sur votre compte {IB_FR}. »

@ qa l m i retr
What does our policy say about recording calls with customers who refuse consent? Check the call recording policy (CR-POL-02).

@ reasoning f h c
Look at this applicant and tell me if affordability is borderline, and why:

Applicant: <P:Rajesh Kumar>, 34, salaried £48,500
Requested loan: £25,000 over 60 months
Existing: car finance £310/mo, credit cards £4,200 balance, rent £1,150/mo
Credit score band: B

@ draft f l i
Can you make this sound more professional: "hey, we can't do your loan bc your credit is bad, sorry, try later"

@ !hn
@ classify s l i
Are these real card numbers or test ones? Just classify each:
4111 1111 1111 1112
5500-0000-0000-0005
4242424242424243

@ code f m i
Write an Excel formula that flags rows where column D (amount) is more than 3x the average of column D for the same customer in column A

@ sentiment f l c
Angry, neutral or happy? "ok so you've blocked my card AGAIN while I'm abroad. third time. I told you I was travelling. unbelievable" – <P:Aisha Khan>, call notes

@ summarize s m c :: Please summarise the incident
@ classify s l c :: classify it under our taxonomy (phishing / malware / data loss / insider / other)
@ reasoning l h c :: tell me whether it's reportable to the regulator within 72 hours
@ draft s m c :: draft the first paragraph of the incident report
Please summarise the incident, classify it under our taxonomy (phishing / malware / data loss / insider / other), tell me whether it's reportable to the regulator within 72 hours, and draft the first paragraph of the incident report.

At 09:40 on 18 June a relationship manager emailed a spreadsheet of 212 business customers (names, sort codes, account numbers, balances) to a personal Gmail address to "work from home". DLP alerted at 09:41; the email was not recalled. The employee says they deleted it. No evidence of onward sharing yet.

@ qa f l p
what's a BIC code

@ chat g l p
good night, speak tomorrow

@ creative f m p
Write a short rhyming verse for the thank-you card we're sending the Keswick community for campaigning to keep their branch open

@ extract f m c
From this email thread, list every date and the action promised, as a table:

From: <P:Nicole Wong>
Sent: 4 April
We'll have the valuation report by 11 April and the offer out by 18 April at the latest.
---
From: <P:James Smith>
Sent: 19 April
Still no offer?? You said the 18th.
---
From: <P:Nicole Wong>
Sent: 22 April
Apologies, underwriting needed one more document. Offer will be issued by 26 April.

@ math f m i
Our branch had 1,840 transactions in March and 2,210 in April. What's the % increase, and if it grows at the same rate, roughly how many in July?

@ reasoning g m i
Staff survey: 62% say they'd prefer a 4-day compressed week, 25% are against, response rate 41%. Is that a strong enough mandate to run a pilot? What would you watch out for?

@ extract f m r
Need the card numbers only, one per line, from this batch of returned post notes:

- Returned mail, card {CC3} (Amex Gold) – customer moved, no forwarding address
- Returned mail, card {CC4} – "not known at this address"
- Returned mail, replacement card {CC5}, sent 3 May

@ qa s m i
Hey, if a customer's phone number was changed on the account yesterday and today they're asking to raise their transfer limit, is that a red flag for SIM swap fraud? What should we check?

@ draft f m c
Write a letter to Mrs <P:Fatima Hassan> (she's the sole account holder) explaining we've frozen her account ending 2281 pending a review and she can call us on <T:0345 600 2290>. Don't mention fraud explicitly.
"""

# ------------------------------------------------------------------ pharmaceutical company
PHARMA = r"""
@ summarize m m i
Summarise this deviation report in plain language for the site head, 4-5 lines:

DEV-24-0318 | Batch MX-2291 (metformin 500 mg tablets)
During compression, tablet hardness drifted below the lower limit (8 kP) for approx. 25 minutes between 14:10 and 14:35. In-process checks detected the drift at 14:30. Affected tablets (est. 41,000 units) were segregated. Root cause under investigation; preliminary finding points to a worn upper punch on station 12. Batch remains on QA hold.

@ qa m l p
what's the half life of apixaban?

@ extract m m c :: list every adverse event with its onset day
@ classify m m c :: mark each as serious or non-serious per ICH E2A
Could you list every adverse event with its onset day, and mark each as serious or non-serious per ICH E2A?

Subject 104-0027, Cycle 2
Day 3: grade 1 nausea, resolved day 5
Day 9: grade 2 rash on forearms, treated with topical steroid
Day 14: hospitalised overnight for febrile neutropenia (ANC 0.4), IV antibiotics
Day 21: fatigue grade 1, ongoing

@ draft m h c retr
Draft the cover letter for our type II variation submission to the EMA for the new 2.5 mg strength, using the template in the regulatory library. Key points: bioequivalence study BE-118 met criteria, no new safety signals, proposed implementation Q1.

@ translate m m i
Please translate the patient leaflet section below into Spanish (Latin American), reading age ~12:

"Take one tablet each morning with food. If you forget a dose, take it as soon as you remember, unless it is almost time for your next dose. Do not take two doses at the same time."

@ math m m p
A child weighs 18 kg. The dose is 15 mg/kg every 8 hours, max 1 g per dose. Suspension is 250 mg/5 mL. How many mL per dose?

@ reasoning m h c
Two of our stability batches show assay dropping faster at 30°C/65%RH than at 40°C/75%RH after 6 months. That's backwards. What could explain this? Data:

| Condition | T0 | 3M | 6M |
| 25/60 | 100.2 | 99.8 | 99.5 |
| 30/65 | 100.2 | 98.1 | 96.4 |
| 40/75 | 100.2 | 98.9 | 97.8 |

@ chat g l p
hey hope youre having a good day. mine is all GMP audits 🙃

@ !hn
@ extract m l i
Pull the batch numbers, expiry dates and quantities from this shipping note:

Lot MX-2291-B exp 2026-03-31 qty 12,400
Lot MX-2294-A exp 2026-05-31 qty 8,800
Lot AP-0412-C exp 2025-11-30 qty 3,150
Shipment ID SHP-20240611-0087, carrier ref 7741 0098 2213 5560

@ code m m i code
I have a CSV of lab results (subject_id, visit, analyte, value, unit). Write pandas code to flag any ALT value above 3x ULN (ULN=40 U/L) and count them per subject.

@ classify l l i
Which contract type is this? NDA, MSA, CTA (clinical trial agreement), or supply agreement:

"The Institution shall conduct the Study in accordance with the Protocol, ICH GCP and all applicable laws. Sponsor shall pay the Institution per the budget in Exhibit B upon completion of each patient visit..."

@ sentiment m l c
What's the overall sentiment of this HCP feedback from the advisory board? Short answer.

"Efficacy data is compelling, but honestly the twice-daily dosing will be a hard sell in primary care, and the price point you hinted at is going to get it blocked by most formulary committees." – Dr <P:Priya Iyer>

@ draft g m i :: Write a short email to the site team
@ summarize m m i :: summarise the attached CAPA status in 3 bullets at the bottom
Write a short email to the site team thanking them for closing out last week's audit, and summarise the attached CAPA status in 3 bullets at the bottom.

CAPA-2024-112 (line clearance documentation): closed 3 June, effectiveness check due September.
CAPA-2024-115 (HVAC alarm response): open, owner Engineering, due 30 June, on track.
CAPA-2024-119 (training records for contractors): open, overdue by 9 days, escalated.

@ qa l m p
Is it legal to give doctors free samples in Germany? What are the limits?

@ extract m m r
Extract patient initials, DOB, country, suspect drug and event term from this case report into a CIOMS-style field list:

Reporter: pharmacist, Munich. Patient <P:Jürgen Weber> (JW), born 04.11.1951, male. Started apixaban 5 mg bid on 2 May for AF. On 19 May presented to ER with melena; Hb 7.9 g/dL. Drug withdrawn. Recovering. Reporter contact <T:+49 89 2180 4417>, <E:apotheke.weber-platz@t-online.de>.

@ creative g m p
We're doing a team quiz night. Write 5 funny pharma-themed trivia questions with answers, nothing offensive

@ math m m i
We screened 412 patients and randomised 268. 31 discontinued in the treatment arm (n=134) and 18 in placebo (n=134). What's the screen failure rate and the discontinuation rate per arm?

@ reasoning l h c
Our Swiss affiliate wants to pay a KOL a 15,000 CHF honorarium for 2 talks plus business class flights. Is that defensible under fair market value rules or does it look like an inducement? Think it through.

@ translate m l i :: Translate this adverse event description from Italian to English
@ classify m l i :: tell me whether it looks like a medication error
Translate this adverse event description from Italian to English and tell me whether it looks like a medication error:

"La paziente ha assunto per errore due compresse da 10 mg invece di una da 5 mg per tre giorni consecutivi. Ha riferito vertigini e ipotensione, risolte dopo la sospensione."

@ summarize l h c
Please summarise the key obligations on us (the Sponsor) in this clause:

9. Indemnification. Sponsor shall indemnify, defend and hold harmless Institution, its trustees, officers, employees and the Principal Investigator from and against any and all claims, losses and expenses (including reasonable attorneys' fees) arising out of (a) the use of the Study Drug, (b) the performance of the Protocol, except to the extent caused by Institution's negligence, wilful misconduct or failure to follow the Protocol, provided Institution gives Sponsor prompt written notice of any such claim and permits Sponsor to control the defence and settlement thereof.

@ qa s l i
What's the process if I lost my laptop on the train? It has the VPN client and my smartcard was in the bag too

@ !hn
@ classify g l i
Sort these into the right folder – QA, Regulatory or Finance:
INV-CH-2024-03318 (CHF 12,480.00)
CC-2024-0177 change control, tablet press
RA-SUB-0091 EMA type II variation
INV-DE-2024-11021 (EUR 3.920,50)
PO 4500213390

@ code g m i
Write a VBA macro that goes through every sheet in the workbook and highlights any cell in column F where the date is older than today minus 365

@ chat g l p
ok cool, thanks a lot!!

@ draft l h c
Draft a termination notice to our CRO for material breach. Facts: 3 consecutive missed monitoring visits at sites 104 and 112, no response to our letters of 2 and 16 May, MSA clause 17.2 allows termination on 30 days' notice if breach not cured in 15 business days. Addressed to their General Counsel, <P:Catherine Moreau>.

@ qa m m p
Can metformin be used in patients with eGFR 35?

@ extract m l i
Make a table of drug name, strength and pack size from this:
Xarelto 20mg 28 tabs, Eliquis 5mg 56 tabs, Lixiana 60 mg x 28, Pradaxa 150mg caps 60

@ reasoning m h i
In the phase 2 trial the responder rate was 38% on drug vs 22% on placebo (n=60 per arm), p=0.06. Marketing wants to say "significantly improves response". Can we? How would you phrase it honestly?

@ math m l p
how many mg in 2.5 mL of a 40 mg/mL solution

@ summarize m h c :: Summarize this DSMB letter
@ reasoning m h c :: what does it mean for the enrolment plan
@ draft m m c :: draft two sentences I can put in the investigator newsletter
Summarize this DSMB letter, what does it mean for the enrolment plan, and draft two sentences I can put in the investigator newsletter.

"The DSMB reviewed unblinded data for 214 participants at its meeting of 12 June. No safety concerns were identified that would warrant modification of the protocol. The Board notes that enrolment in the ≥75 years stratum is below the planned 20% and recommends the Sponsor take action to improve recruitment of older participants. The study may continue as planned."

@ classify m l i
Is this a complaint, an adverse event or both? "Bottle had only 27 tablets instead of 30, and I got a headache after the first one."

@ sentiment g l i
Is this Slack message from my manager annoyed or just direct? "Need the slides by 3. Not 3:15."

@ translate l m c
Translate the following confidentiality clause into French (Swiss usage):

"Each party shall keep the other party's Confidential Information strictly confidential and shall not disclose it to any third party without prior written consent, save as required by law."

@ qa g l p web
What time is it in Basel when it's 9am in New Jersey next week? (daylight saving switching?)

@ draft m m i
Write an internal FAQ (5 Q&As) for sales reps about the new pediatric indication. Don't include any off-label claims.

@ extract g m r :: Pull out the card number and expense totals
@ math g l r calc :: check if the total matches the receipts
Pull out the card number and expense totals, and check if the total matches the receipts.

Expense claim – <P:Mark Lindqvist>, Medical Affairs
Corporate card {CC6}
Hotel Basel 2 nights CHF 412.00
Dinner with investigators CHF 286.50
Taxi CHF 48.20
Claimed total CHF 756.70

@ !hn
@ qa g l i
which version should I install, the release notes mention 3.14.2.7 and 3.14.2.9 for the LIMS client – we're on Windows 11, build 22631.3880

@ reasoning g m i
We have 3 candidate sites for the new packaging line: Ireland (lower tax, longer hiring), Poland (cheapest labour, new regulator relationship), or expanding the German site (fastest, highest cost). What questions should drive the decision?

@ code m h i code
Fix this R code – the Kaplan-Meier plot shows only one curve:

library(survival)
fit <- survfit(Surv(time, status) ~ 1, data = trial)
plot(fit, col = c("blue","red"))
legend("topright", c("Drug","Placebo"), col=c("blue","red"), lty=1)

@ creative m m p
Give me a short, warm story (under 200 words) we could use on the patient support website about a grandmother who can garden again after joint replacement. Fictional but realistic.

@ qa m l p
Whats the difference between phase 2 and phase 3 trials in simple words

@ extract s m c :: Which user and IP addresses are in these VPN logs
@ reasoning s h c :: is there anything suspicious
Which user and IP addresses are in these VPN logs, and is there anything suspicious?

Jun 12 03:11:40 vpn-gw1 auth: user=<E:l.novak@pharmaco-group.com> src=<IP:41.76.108.214> country=NG result=SUCCESS mfa=push
Jun 12 03:11:58 vpn-gw1 auth: user=<E:l.novak@pharmaco-group.com> src=<IP:41.76.108.214> session opened
Jun 12 08:02:13 vpn-gw1 auth: user=<E:l.novak@pharmaco-group.com> src=<IP:81.6.45.120> country=CH result=SUCCESS mfa=push

@ summarize m m p
Summarise this abstract in one tweet-length sentence:

Background: Resistant hypertension affects ~10% of treated patients. Methods: In this randomised, double-blind trial, 830 patients received aprocitentan 12.5 mg, 25 mg or placebo for 4 weeks, followed by 32 weeks single-blind and a 12-week withdrawal. Results: Office SBP fell by 15.3 mmHg (12.5 mg) and 15.2 mmHg (25 mg) versus 11.5 mmHg with placebo at week 4. Edema was the most frequent adverse event.

@ math f m i
Our API supplier raised prices 7% in 2023 and 4.5% in 2024. If we paid EUR 2.84m in 2022 at the same volume, what do we pay now, and what's the cumulative % increase?

@ draft g l i
Pls help me say no nicely to a vendor who keeps pushing for a meeting about their lab software. we're not buying this year

@ classify m m c
Assign a MedDRA SOC to each verbatim term: "pins and needles in feet", "felt like heart was racing", "itchy red bumps", "couldn't sleep"

@ qa l m i retr
Do we need a DPIA before sending pseudonymised trial data to our US analytics vendor? Check our data transfer SOP (SOP-DP-004) please

@ !hn
@ math f l i
Sum the invoices please: INV-2024-0331 EUR 14.200,00; INV-2024-0332 EUR 3.875,40; INV-2024-0340 EUR 22.010,15; credit note CN-2024-0012 EUR -1.500,00

@ translate m l p
How do you say "store below 25°C, do not freeze" in Japanese, for a label?

@ chat g l p
do you ever get tired of people asking about clinical trials lol

@ reasoning m h i
A 10% overage is planned for our comparator sourcing, but 3 of the 11 countries have import permits taking 14+ weeks. Should we increase the overage, pre-position stock, or change the depot model? Walk me through it.

@ extract l m c
From this contract, get: parties, effective date, term, governing law, and notice address.

MASTER SERVICES AGREEMENT made on 1 March 2024 between PharmaCo AG, Aeschenvorstadt 55, 4051 Basel ("Client") and Clinova Research Ltd, 12 Harcourt Street, Dublin 2 ("Provider"). Term: three (3) years, auto-renewing for successive one-year periods. This Agreement is governed by the laws of Switzerland. Notices to Provider: Legal Department, attn. <P:Siobhan Kelly>, <E:legal@clinova-research.ie>.

@ sentiment m m c :: tell me the overall mood of these patient forum comments
@ summarize m m c :: list the top 3 concerns
Can you tell me the overall mood of these patient forum comments and list the top 3 concerns?

- "since switching to the new injector pen i've had way less pain, love it"
- "pen jammed twice this month, had to use a syringe, scary"
- "no idea why my pharmacy keeps running out, third time"
- "the nurse hotline was super helpful thank you"
- "cost went up again with my insurance, might have to stop"

@ code s m i
Write a PowerShell one-liner to list all local admin accounts on a Windows server

@ qa g l p
whats the difference between GMP and GLP

@ draft m h c :: Draft a Dear Healthcare Professional letter
@ translate m m c :: then translate it into German
Draft a Dear Healthcare Professional letter informing prescribers of the new hepatotoxicity warning (cases of ALT >5x ULN in 0.3% of patients, monitor LFTs at baseline and monthly for 3 months), then translate it into German.

@ math m h p
Sample size: we expect response 40% vs 25%, alpha 0.05 two-sided, power 90%. How many per arm?

@ extract m m r
Get the subject's name, SSN and enrolment date from this US site file note – we need to redact them:

Site 204 (Houston). Subject 204-0113 <P:Robert Hill>, SSN {SSN2}, enrolled 2024-02-19, consented by CRC <P:Ana Lopez>. Reimbursement via check to home address.

@ creative g l p
Write a haiku about waiting for QC release

@ reasoning s h i
Someone uploaded a batch record PDF to a personal Dropbox according to the CASB alert. It was a contractor. How serious is this and what should we do first?

@ !hn
@ extract g l i
What are the equipment IDs and calibration due dates here?

Balance BAL-0412 cal due 2024-09-14
HPLC HPL-1120 cal due 2024-07-01 (firmware 2.8.0.11)
pH meter PHM-0088 cal due 2024-12-02
Serial SN-2291-4410-8821

@ summarize g m i
Can you boil this meeting transcript down to decisions and action owners?

Anna: So we agree to push the go-live of the new LIMS to October?
Tomas: Yes, validation won't finish before end of August.
Anna: OK. Tomas, you own the revised validation plan, by 5 July.
Mei: I'll update the training matrix once the plan is out.
Anna: And I'll tell the steering committee on Thursday.

@ qa m m p
What is the maximum daily dose of paracetamol for an adult with liver impairment?

@ classify s l i
Is this email spam, phishing or legit marketing? "Your Microsoft 365 password expires today. Keep your current password: click here and sign in."

@ translate m m c
Übersetze bitte ins Englische: "Der Patient berichtete über starke Kopfschmerzen zwei Stunden nach der ersten Infusion. Die Infusion wurde unterbrochen und nach 30 Minuten mit halber Geschwindigkeit fortgesetzt."

@ draft g m i
I need a 1-page brief for our CEO on why we should sponsor the university's AI in drug discovery lab. Budget is 500k CHF/yr for 3 years.

@ reasoning f h c :: figure out if we're still inside budget after the change order
@ math f m c calc :: give me the variance in % per line
Here's the CRO budget tracking. Please figure out if we're still inside budget after the change order, and give me the variance in % per line.

| Line | Budget (USD) | Actual to date | Change order |
| Site management | 2,400,000 | 1,980,000 | +220,000 |
| Monitoring | 1,150,000 | 1,010,000 | +95,000 |
| Data management | 640,000 | 410,000 | 0 |
| Pass-through | 900,000 | 870,000 | +140,000 |

@ qa l l p
What does "force majeure" actually cover?

@ code m m i
Write a SAS data step that derives BMI from WEIGHT (kg) and HEIGHT (cm) and flags BMI>=30

@ sentiment m l i
Does this investigator sound frustrated? "Third time asking for the updated lab manual. Our coordinator is doing double entry because of it."

@ chat g l p
hey, you still there?

@ extract g l c
Pull the name, phone and email out of this signature so I can add them to the CRM:

Best regards,
<P:Lukas Brunner>
Head of Procurement | Alpine Clinical Supplies GmbH
Mob <T:+41 79 318 44 02> | <E:lukas.brunner@alpine-clinical.ch>

@ !hn
@ reasoning g m i
The LIMS rejects uploads with "Checksum mismatch for file batch_MX-2291_v4.2.0.17.pdf (expected 9f3c21aa, got 9f3c21ab)". Same file uploads fine from another PC. What's going on?

@ draft l m i retr
Write a short summary-of-changes section for SOP-QA-011 rev 7 → rev 8: we added remote batch release by QP, removed the paper logbook, and aligned deviation categories with the global SOP. Use the standard revision table format.

@ qa m l p
Which pregnancy category/risk group would warfarin typically fall into? just the category

@ math m m i
Tablet weight target 250 mg ±5%. Sample weights: 248, 255, 261, 239, 251, 244, 258, 253. Mean, SD, and are any outside the range?

@ summarize m h c :: give me a one-paragraph summary of the signal
@ reasoning m h c :: say whether it's strong enough to open a formal signal evaluation
From the pharmacovigilance data below, give me a one-paragraph summary of the signal and say whether it's strong enough to open a formal signal evaluation.

Drug X, event "pancreatitis": 14 cases in 18 months (6 serious), reporting rate 2.1 per 100,000 patient-years vs background ~30-40. PRR 2.8 (95% CI 1.6-4.9). 9 cases had other risk factors (alcohol, gallstones). 2 positive dechallenges.

@ qa s m p
Is it safe to use ChatGPT to summarise a protocol that's not public yet?

@ translate g l p
Can you translate "Thank you for visiting our booth, we look forward to staying in touch" into Mandarin and Korean?

@ creative m m p
Write a motivational rhyme for a poster for the lab techs celebrating 1000 days without a lab safety incident

@ extract f m r
I need the IBAN and amount from this CRO invoice for the payment run:

Clinova Research Ltd – Invoice 2024-0611
Amount due: EUR 184,220.00
Bank: Bank of Ireland, IBAN {IB_IE}, BIC BOFIIE2D
Payment terms: 45 days

@ reasoning l h c
A former employee posted screenshots of our internal forecast on LinkedIn. They're still under an NDA. What options do we have, legally and practically?

@ draft m m c
Write a short email to Dr <P:Hannah Kowalski> (<E:h.kowalski@uniklinik-essen.de>) reminding her that her site's query resolution rate is 61% vs target 90% and offering a call with our CRA <P:Ben Carter>.
"""

# ------------------------------------------------------------------ national tax office
TAX = r"""
@ qa f l p
Is interest on a savings account taxable if it's under the personal savings allowance?

@ summarize l m i
Summarise this new guidance for the helpline staff. Bullet points, no jargon:

Guidance note 2024/17 – Late filing penalties
From 6 April, the fixed £100 penalty for late self-assessment returns will be replaced by a points-based system. A point is added for each missed deadline; a £200 penalty applies once the threshold (4 points for quarterly filers, 2 for annual filers) is reached. Points expire after 24 months of compliance. Taxpayers with a reasonable excuse may appeal within 30 days of the penalty notice.

@ extract f m r :: extract the taxpayer's name, SSN and the refund amount
@ draft f m r :: draft the refund approval note for the case file
Please extract the taxpayer's name, SSN and the refund amount, then draft the refund approval note for the case file.

Case 2024-TR-118842
Taxpayer: <P:Jennifer Alvarez>, SSN {SSN3}
Overpayment from 2023 estimated payments: $2,318.00
Verified against W-2 and 1099-INT. No outstanding liabilities.

@ math f m p
Someone earns £58,000. Personal allowance £12,570, basic rate 20% up to £50,270, higher rate 40% above. How much income tax do they pay?

@ classify f l i
Which team handles this letter: PAYE, VAT, Self Assessment, or Debt Management?

"I've received a demand for £3,412 but I set up a time to pay arrangement in March and have paid every month. Please stop the bailiff letters."

@ !hn
@ extract f l i
Pull the UTR-style reference, the period and the amount from this payment slip (no names here):

Payment reference 1234567890K
Period 2023-24
Amount £4,807.22
Bank giro ref 9981 0042 1177 3306
Due 31/01/2025

@ reasoning l h i
A taxpayer says they didn't file because they were in hospital from December to March. Is that a reasonable excuse under our guidance, and what evidence would we normally expect? Reason it through.

@ translate f l p
Translate our standard line "You must pay the amount shown by 31 January" into Urdu, Punjabi and Polish for the leaflet.

@ draft f m c
Write a letter to Mr <P:Wei Tan> explaining that his VAT registration has been approved, his VAT number will follow by post within 10 working days, and he can call <T:0300 200 3700> with questions. Keep it in plain English.

@ code f m i code
Write a Python function that calculates UK stamp duty for a residential purchase given the price and whether it's a first-time buyer. Use these bands: 0% to 250k, 5% 250k-925k, 10% 925k-1.5m, 12% above. First-time buyers: 0% to 425k, 5% to 625k, no relief above 625k.

@ sentiment f l c
Rate the tone of this taxpayer's email from 1 (calm) to 5 (very angry):

"This is the FOURTH time I am writing. You have taken money from my account twice for the same bill. I want it back today or I am going to my MP. – <P:Grace Nguyen>"

@ extract f l r :: What's the refund IBAN
@ qa f l p :: does a Dutch IBAN work for a UK tax refund or do they need a UK account?
Taxpayer moved to the Netherlands and sent us this. What's the refund IBAN, and does a Dutch IBAN work for a UK tax refund or do they need a UK account?

"Please pay my refund into ING account {IB_NL}, name on account <P:Sophie Martin>."

@ chat g l p
hello :) quick one before my shift

@ qa f l p
At what income do you have to register for self assessment if you do freelance work on the side?

@ summarize f h c
Summarise this compliance case for the review panel in max 150 words:

Case CMP-22-0417. Trader operates three takeaway restaurants. Declared turnover 2021-22: £410,000. Test purchases (14 visits) and card-terminal data suggest cash takings are under-recorded by approx 35-45%. Director's personal account shows deposits of £96,000 not reconciled to declared drawings. Trader attributes deposits to family loans but has provided no documentation. Previous compliance check (2017) resulted in a prompted disclosure and 15% penalty.

@ reasoning f h c
Based on the case above (CMP-22-0417 style facts), should we treat the behaviour as careless or deliberate for penalty purposes? Lay out the factors both ways.

@ !hn
@ classify f l i
Label each line: penalty, repayment, or interest.
CHG-0091873 £100.00 late filing
RPY-2024-331022 -£418.50
INT-2024-Q2 £12.07
CHG-0091874 £200.00 second late filing
RPY-2024-331025 -£1,004.00

@ math f l p
VAT inclusive price is £96. What's the VAT at 20% and the net price?

@ draft l h i
Draft a short public consultation paragraph explaining why we're proposing to extend the time limit for assessing offshore non-compliance from 6 to 12 years. Neutral tone, no political language.

@ extract f m r
From this form, list every person's name with their NRIC and relationship to the applicant:

Dependants claimed:
1. <P:Tan Mei Ling> – spouse – {NR2}
2. <P:Tan Jun Hao> – son – {NR3}
3. <P:Lim Ah Kow> – father-in-law – {NR4}

@ qa l m p
Can a tax officer visit someone's business premises without notice?

@ code s m i
write a regex to find NI numbers (like AB123456C) in free text so we can mask them in the helpline transcripts

@ creative g l i
Write a short funny poem for a colleague's retirement card. She's worked in the debt management team for 31 years and loves gardening.

@ translate l m i :: Translate this Double Taxation Agreement article into plain English
@ summarize l m i :: then give me a one-line summary for the FAQ
Translate this Double Taxation Agreement article into plain English and then give me a one-line summary for the FAQ:

Article 15(2): Notwithstanding the provisions of paragraph 1, remuneration derived by a resident of a Contracting State in respect of an employment exercised in the other Contracting State shall be taxable only in the first-mentioned State if the recipient is present in the other State for a period or periods not exceeding in the aggregate 183 days in any twelve-month period, and the remuneration is paid by an employer who is not a resident of the other State.

@ math f m i calc :: work out the late payment interest
@ draft f m c :: write a short paragraph for the letter explaining the calculation
Tax of £6,240 was due 31 January and paid 19 June (139 days late). Late payment interest rate 7.25%. Can you work out the late payment interest and write a short paragraph for the letter explaining the calculation?

@ classify s m i
We got these emails reported by staff. Phishing or not? Label each.

1. "HMRC: You are eligible for a tax refund of £642.17. Claim at hmrc-refund-gov[.]co"
2. "IT Service Desk: scheduled maintenance on the CRM, Saturday 22:00-02:00"
3. "Your parcel could not be delivered, pay £1.45 redelivery fee"
4. "Reminder: mandatory data protection training due Friday"

@ qa f l p web
What's the current VAT registration threshold?

@ extract f m c
Get the employer name, PAYE reference, tax year and total pay from this P60 text:

P60 End of Year Certificate, Tax year to 5 April 2024
Employee: <P:Arjun Raman>
Employer: Northwind Logistics Ltd, PAYE ref 123/AB45678
Pay in this employment: £41,206.18
Tax deducted: £5,723.40

@ reasoning f m p
Why would someone on PAYE get a tax code like 1100L in one year and K475 the next? Explain the likely causes.

@ sentiment f m c :: Tell me how satisfied the callers are overall
@ classify f m c :: group the complaints into themes
Here are 5 helpline survey comments. Tell me how satisfied the callers are overall and group the complaints into themes.

- "Waited 58 minutes, then got cut off."
- "The adviser was lovely and sorted my code in 5 mins."
- "Website said one thing, adviser said another."
- "Couldn't get through at all, tried 4 days running."
- "Clear explanation of my penalty, thanks."

@ !hn
@ reasoning f m i
Why doesn't this reconcile? Bank file total £1,204,311.50 across 2,118 payments; ledger batch BCH-20240614-03 shows £1,204,131.50 across 2,118 payments. Payment IDs run from 6021 0044 8812 0003 to 6021 0044 8812 2118.

@ draft g m i
Write the out-of-office message for the helpline team over the Christmas closure, 24 Dec 2pm to 2 Jan 8am, pointing people to the online account.

@ qa f m p
If I sell my second home, how long do I have to report and pay capital gains tax?

@ extract s m c
List every IP address and timestamp from this audit extract, nothing else:

2024-06-03 21:14:07 user=ops_svc src=<IP:10.88.2.41> action=export_taxpayer_batch rows=12000
2024-06-03 21:16:55 user=ops_svc src=<IP:10.88.2.41> action=export_taxpayer_batch rows=12000
2024-06-03 21:18:31 user=ops_svc src=<IP:203.0.113.77> action=login result=fail
2024-06-03 21:18:49 user=ops_svc src=<IP:2001:db8:44:1::7> action=login result=success

@ reasoning s h c
The audit extract above shows a service account exporting 24,000 taxpayer records after hours and then a login from an unusual address. Is this an incident? What would you check first?

@ math f h i
We expect 11.2 million self-assessment returns. Last year 93.1% filed online, and online filing is growing 0.8 points a year. Paper returns cost £38.40 each to process, online £6.90. What's the projected processing cost this year and the saving vs last year's mix?

@ code f h i code
This SQL is supposed to find taxpayers who owe more than £10k for over 180 days but it's returning people who've already paid. What's wrong?

SELECT t.taxpayer_id, SUM(l.amount) AS owed
FROM ledger l JOIN taxpayers t ON t.id = l.taxpayer_id
WHERE l.type = 'CHARGE' AND l.due_date < CURRENT_DATE - 180
GROUP BY t.taxpayer_id
HAVING SUM(l.amount) > 10000;

@ chat g l p
sorry, I keep asking the same thing, long day

@ translate f m r
Please translate to English, it's from a taxpayer in Spain:

"Buenos días, adjunto el certificado de residencia fiscal. Les ruego devuelvan la retención a mi cuenta {IB_ES2}. Mi número de la Seguridad Social en EE.UU. es {SSN4}. Atentamente, <P:Lucía Fernández>."

@ summarize l h i retr
Summarise how the courts have interpreted "reasonable excuse" in late filing appeals over the last five years. Use the tribunal decisions in the case library.

@ classify f l c
Which tax is this query about? income tax, VAT, CGT, inheritance tax, or corporation tax:

"My mum passed away in March and left her house to me and my brother. Do we owe anything before we can sell it?" – from <E:mhughes1984@outlook.com>

@ draft f m c :: draft a reply to the query above
@ qa f m p :: what's the current nil-rate band
For that inheritance query, can you draft a reply to the query above and also tell me what's the current nil-rate band, I always forget.

@ qa f l p
Do I need a receipt to claim working-from-home expenses?

@ !hn
@ extract g l i
I just need the dates out of this, in ISO format please: "Return received 03/07/2024, acknowledged 4 July 2024, reminder issued 2024-08-15, penalty notice ref PN-2024-000318 issued 01.10.2024"

@ creative g m p
Write a 4-line jingle for a radio ad reminding people the self assessment deadline is 31 January. Catchy, not scary.

@ reasoning f h p
A Pay-As-You-Earn employee also has £3,000 of dividends and £800 of savings interest. Walk me through, step by step, how their allowances apply and whether any tax is due on the dividends and interest.

@ math f m p
A company made a profit of £320,000. Corporation tax main rate is 25%, small profits rate 19% up to £50k, marginal relief in between with fraction 3/200. What's the tax bill?

@ extract f m c :: pull out the name, email and phone
@ classify g l c :: tell me which department it should go to
Please pull out the name, email and phone, and tell me which department it should go to:

"Hi, my name is <P:Emily Brown>, I'm a bookkeeper for several small charities. I have a question about Gift Aid claims being rejected. Email me at <E:emily@brownbookkeeping.co.uk> or call <T:+44 7700 900 127>. Thanks!"

@ qa s l p
what's the difference between 2FA and MFA

@ summarize g m c
Can you summarise this chat between two of our team leads into 3 action points?

[09:12] Kate: helpline volumes are up 30% since the new letters went out
[09:13] Omar: yeah the wording on page 2 is confusing people, they think they owe twice
[09:14] Kate: can we get comms to reissue?
[09:15] Omar: I'll raise it with <P:Hélène Dubois> today. we should also add a script line for advisers
[09:16] Kate: I'll draft the script line by lunch

@ sentiment g l i
is this feedback positive? "The new intranet is fine I suppose, at least the search works now."

@ !hn
@ classify f m i
Are these IBANs valid? Just tell me valid or invalid for each, no need to explain:
{BI_DE}
{BI_GB}
{BI_FR}

@ reasoning l h i
If a taxpayer dies during an enquiry, does the enquiry continue against the estate? What are the practical steps for the officer?

@ draft f m i
Draft talking points for our director's appearance on the radio about the new penalty points system. 5 bullets, each under 20 words.

@ code g m i
Can you write me a little Google Sheets formula to count working days between two dates in A2 and B2 excluding UK bank holidays listed in Holidays!A:A?

@ translate g l i
Traduce al inglés por favor: "Le informamos que su cita presencial ha sido confirmada para el martes 14 a las 10:30."

@ chat g l p
thanks, you've saved me about an hour

@ qa l m p
Is tax avoidance illegal? What's the difference from evasion?

@ extract f m r :: List the card numbers
@ reasoning s m r :: tell me if the pattern looks like card testing
A trader's payment portal logs show these card payments for the same £1.00 amount within 90 seconds. List the card numbers and tell me if the pattern looks like card testing.

11:02:01 {CC7} £1.00 declined
11:02:14 {CC8} £1.00 declined
11:02:40 {CC9} £1.00 approved
11:03:22 {CC10} £1.00 declined

@ math f l p
what's 45p per mile for 7,820 business miles, then 25p for the rest up to 12,300 miles

@ summarize f m i
Summarise this internal memo in 2 lines:

"Following the budget announcement, the high income child benefit charge threshold rises from £50,000 to £60,000 and the taper is halved, so the benefit is fully withdrawn at £80,000. Systems changes are required in the SA calculator by 6 April. Helpline scripts will be updated by the Comms team. Expect a spike in opt-back-in requests."

@ reasoning f m i
Would it be better for us to send reminder texts 14 days or 7 days before the deadline? Last year's pilot: 14-day group paid on time 81%, 7-day group 84%, control 76%. Sample sizes 20k each.

@ draft l h c
Write a formal letter to the representative, <P:Oliver Grant> of Grant & Co, notifying the opening of an enquiry into his client's 2022-23 return under section 9A, listing the documents requested (bank statements, sales invoices, director's loan account) and a 30-day deadline.

@ !hn
@ math f l i
Our section's overtime claims: 37.5 h at £21.40, 12 h at £28.90, 6.5 h at £32.10. Total? (claim IDs OT-24-0311, OT-24-0312, OT-24-0319)

@ classify l l p
Is this a civil or criminal matter? "Taxpayer deliberately destroyed records after receiving an information notice."

@ qa f l p
when is the second payment on account due

@ extract l m i
What are the key dates and deadlines in this tribunal direction?

"The Respondents shall serve their Statement of Case by 15 August 2024. The Appellant shall serve a list of documents within 42 days of service of the Statement of Case. The hearing will be listed for 1 day, not before 2 December 2024."

@ creative g l p
Make up a silly name and mascot for our internal 'tidy desk' campaign

@ reasoning f h c :: does the expense claim look reasonable
@ math f l c calc :: what's the total disallowed if we reject anything without a receipt
Looking at this sole trader's expenses, does the expense claim look reasonable, and what's the total disallowed if we reject anything without a receipt?

| Item | Amount | Receipt |
| Van fuel | £4,820 | yes |
| Phone (100% business) | £960 | yes |
| Home office | £2,400 | no |
| Family holiday "client visit" | £3,150 | no |
| Tools | £1,275 | yes |

@ sentiment f l c
How does this person come across? "I honestly don't know what I'm doing with this form, I'm scared of getting it wrong and being fined. Can someone please just ring me?" – <P:Derek Shaw>, <T:01632 960 418>

@ draft s m i
Write a short policy statement on staff using personal USB sticks on office PCs (answer: not allowed, encrypted issued devices only). One paragraph.

@ qa s m i retr
Which systems are in scope for the annual ISO 27001 audit this year? There should be a scope doc on the intranet.

@ translate l h c
Translate this excerpt from a French tax ruling into English, carefully:

« Considérant que la société n'établit pas que les sommes versées à sa filiale luxembourgeoise correspondent à des prestations effectives, l'administration était fondée à réintégrer ces charges dans le résultat imposable. »

@ code f m i
give me a pandas snippet to group our repayment file by month and sum the amount column, then plot it

@ qa f l p
What's a P45?

@ summarize f m c :: summarise the taxpayer's letter
@ extract f m c :: pick out any dates they mention
@ draft f m c :: suggest a reply
Can you summarise the taxpayer's letter, pick out any dates they mention, and suggest a reply?

"Dear Sir/Madam, I started a new job on 2 September but my employer is still using an emergency tax code. I called on 19 September and was told it would be fixed in 2 weeks. My October payslip still shows the wrong code and I've overpaid about £600. Regards, <P:Hannah Clarke>"

@ chat g l p
ha, that's a good one

@ !hn
@ qa g l i
The e-filing portal says "Error 4.2.0.17: submission ID 2024-SA-77812-0003 rejected, schema version 3.1.0 expected". What does that mean and what should the agent do?

@ reasoning g m i
Our team of 14 needs to cover the helpline from 8am to 8pm Monday to Saturday. Everyone works 37 hours. Is it feasible without overtime? Show your reasoning.

@ math g m i
helpline answered 182,400 calls in Q1, average handle time 11 min 40 s. How many adviser hours is that?

@ extract f m r
From this refund request please give me the card number and the expiry, we need to refund to the original card:

Taxpayer paid by card on 12 Jan. Card used: {CC11}, expiry 09/27, name <P:Sanjay Patel>. Refund due £212.00.
"""

# ------------------------------------------------------------------ SaaS support desk
SAAS = r"""
@ classify g l i
Priority for this ticket? P1 to P4 only

"Since the 2am deploy none of our 40 agents can log in to the dashboard, we get a blank white page. This is blocking all our customer support."

@ summarize g m c :: Summarise this ticket thread for the engineer picking it up
@ classify g l c :: label the component (auth / billing / integrations / UI)
Summarise this ticket thread for the engineer picking it up, and label the component (auth / billing / integrations / UI).

Ticket #48211 – Salesforce sync stopped
Customer (<P:Laura Bennett>, Ops Manager): Our Salesforce sync stopped on Monday. New leads aren't appearing.
Agent: Can you reconnect the integration under Settings > Integrations?
Customer: Did that twice. Now it says "token refresh failed (invalid_grant)".
Agent: Thanks, escalating to tier 2.
Customer: Any update? This is day 3.

@ code g m i code
Customer asks why this curl to our API returns 401. Can you spot it?

curl -X GET https://api.helpflow.io/v2/tickets \
  -H "Authorization: Token sk_live_REDACTED" \
  -H "Content-Type: application/json"

Our docs say: Authorization: Bearer <key>

@ draft g m c
Write a reply to <P:Marco Bianchi> apologising for the outage yesterday (47 min, 14:05-14:52 UTC), explaining it was a failed database failover, and that we'll credit 10% of this month's invoice. Not too grovelling.

@ !hn
@ extract g l i
Give me the ticket IDs, versions and build numbers mentioned here as a list:

"Re: TCK-2024-088112 – still broken on desktop app 4.2.0.17 (build 20240611.3). Also seen in TCK-2024-088140 on 4.2.1.2. Mobile 7.11.0 unaffected."

@ qa g l p
how do I export all my tickets to CSV? is there a limit?

@ sentiment g l c
Is this customer about to churn? Just give me a read on their mood.

"Honestly we love the product but the last three invoices have been wrong and nobody from billing calls us back. Our renewal is in 6 weeks. – <P:Ingrid Larsen>, <E:ingrid.larsen@nordvik.no>"

@ reasoning s h c
A customer says an ex-employee still has access to their workspace even though they deactivated the user. Audit log shows:

2024-06-20 09:14 user=<E:t.keller@kundenfirma.de> action=deactivate by=<E:admin@kundenfirma.de>
2024-06-21 22:41 api_key=key_8f21 (owner t.keller) GET /v2/contacts 200 src=<IP:84.132.77.19>
2024-06-22 07:03 api_key=key_8f21 (owner t.keller) GET /v2/contacts 200 src=<IP:84.132.77.19>

What's happening and what should we tell them?

@ translate g l c
Translate this ticket from German to English please:

"Hallo, seit dem Update können wir keine Anhänge über 10 MB mehr hochladen. Das ist für uns sehr wichtig, da unsere Kunden Rechnungen als PDF schicken. Viele Grüße, <P:Katrin Vogel>"

@ math f l i
A customer on the Pro plan ($49/seat/month) adds 7 seats on day 12 of a 30-day billing cycle. What's the prorated charge?

@ chat g l p
lol ok the coffee is kicking in, let's go

@ extract g m c
Can you turn this messy signup list into a table with name, company, email and phone?

<P:Jana Nováková>, Brnotech, <E:jana.novakova@brnotech.cz>, <T:+420 602 118 734>
<P:Peter Olsen> / Olsen Freight / <E:p.olsen@olsenfreight.dk> / tel <T:+45 20 71 44 18>
<P:Amara Diallo> – Sahel Retail – <E:amara@sahelretail.sn>

@ code g h i code
Our webhook receiver keeps timing out because it does all the processing inline. Refactor this Flask handler so it acks immediately and processes in the background:

@app.post("/webhooks/helpflow")
def hook():
    event = request.get_json()
    customer = crm.lookup(event["customer_id"])
    enrich(customer, event)
    send_slack(customer, event)
    return "", 200

@ qa l m p
Are we allowed to store EU customer data in a US region if we have SCCs in place?

@ draft l h c retr :: Draft a reply to this customer's legal team
@ summarize l m c :: summarise what they're actually asking for at the top
Draft a reply to this customer's legal team and summarise what they're actually asking for at the top. Use our standard DPA positions from the legal playbook.

"We require (1) 24-hour breach notification rather than the 72 hours in your DPA, (2) a list of all sub-processors with 60 days' advance notice of changes, (3) the right to audit your facilities annually on-site, and (4) unlimited liability for data protection breaches."

@ creative g m p
We're launching dark mode next week. Write 3 playful tweet options, under 240 chars each

@ classify g l i
Bug, feature request or how-to question? "Would be great if we could set different SLAs for VIP customers"

@ !hn
@ reasoning g m i
Customer says they were double charged. Invoices INV-2024-06-33019 and INV-2024-06-33020 both show $1,176.00 for the same period (June 1-30), order numbers ORD-771204 and ORD-771205. Is this a duplicate or could there be a legit reason?

@ extract s l c
Which IPs are hitting the login endpoint in this nginx log, and how many times each?

<IP:198.51.100.23> - - [21/Jun/2024:10:01:12 +0000] "POST /login HTTP/1.1" 401 512
<IP:198.51.100.23> - - [21/Jun/2024:10:01:13 +0000] "POST /login HTTP/1.1" 401 512
<IP:203.0.113.9> - - [21/Jun/2024:10:01:15 +0000] "POST /login HTTP/1.1" 200 1044
<IP:198.51.100.23> - - [21/Jun/2024:10:01:15 +0000] "POST /login HTTP/1.1" 401 512
<IP:2001:db8:85a3::8a2e:370:7334> - - [21/Jun/2024:10:01:19 +0000] "POST /login HTTP/1.1" 401 512

@ qa g l p
whats SSO and do we support it on the starter plan?

@ draft g m i
Write a macro (canned response) for agents when customers ask for a refund after the 14-day window. Friendly, explain policy, offer downgrade instead.

@ summarize g h i
Please summarise this post-mortem into 5 bullets for the customer-facing status page. No internal names.

Incident 2024-06-18. At 14:05 UTC a planned failover of the primary Postgres cluster was initiated during routine maintenance. The replica promoted successfully but the connection pooler (pgbouncer) on 3 of 8 app nodes retained stale connections to the old primary, causing write errors. Monitoring alerted at 14:09; on-call engineer restarted poolers at 14:41; full recovery 14:52. Contributing factors: pooler health checks only tested reads; runbook step for pooler restart was missing. Actions: add write health checks, update runbook, game-day failover quarterly.

@ code g m i
give me a jq command to pull .data[].email out of the users export json

@ sentiment g m c :: Score the sentiment of each NPS comment
@ summarize g m c :: summarise what detractors complain about
Score the sentiment of each NPS comment (pos/neu/neg) and summarise what detractors complain about:

9 – "Super easy to set up, the team picked it up in a day"
3 – "Reporting is weak and exports break with >50k rows"
6 – "Does the job. Pricing creeping up though."
2 – "Support takes days to respond on the basic plan"
10 – "Best helpdesk we've used"
4 – "Mobile app is clunky, notifications unreliable"

@ qa s m p
What's the difference between SAML and OIDC, in simple terms?

@ reasoning g m i
Should we offer phone support on the Business plan or keep it to chat and email? We have 2,300 Business customers, support cost per phone contact is about 3x chat. Give me a balanced view.

@ extract f m r :: grab the card details they pasted
@ draft s m r :: write a reply telling them never to send card numbers by email and that we've deleted it
A customer pasted their card into a ticket (sigh). Please grab the card details they pasted so I can confirm which card to update in Stripe, and write a reply telling them never to send card numbers by email and that we've deleted it.

"Hi, please update our billing card to {CC12} exp 11/26 CVC 318. Thanks, <P:Paul Dupont>"

@ translate g l i
Translate our canned reply into Brazilian Portuguese: "Thanks for reaching out! We've passed this to our engineering team and will update you within 24 hours."

@ !hn
@ classify g l i
Which of these are customer invoice numbers and which are internal PO numbers?
INV-US-2024-004418
PO-7712-0093
INV-EU-2024-118203
PO-7712-0107
INV-US-2024-004431

@ chat g l p
is it normal to feel dumb when reading kubernetes docs

@ reasoning s h i
We want to let customers bring their own encryption keys (BYOK). What are the security and operational implications for us? Be thorough.

@ math g m i
Support team handled 12,480 tickets last month with 18 agents. First response median 2h10m. If volume grows 15% and we want to keep the same tickets per agent, how many agents do we need?

@ draft g l c
Write a short internal note to the account manager <P:Lisa Chang> saying the customer at Rivera Logistics threatened to cancel and needs a call today.

@ qa g m i retr
What's our SLA for P2 tickets on the Enterprise plan? Should be in the support policy doc.

@ code s m i
Write a Python snippet that checks a password against the rules: min 12 chars, one number, one symbol, not in a list of common passwords loaded from common.txt

@ classify s m c :: Is this a real security vulnerability report or a beg bounty
@ draft s m c :: draft a reply
Is this a real security vulnerability report or a beg bounty? And draft a reply.

From: <E:securityresearcher1337@protonmail.com>
Subject: Critical vulnerability found!!!
Hello team, I found your website is missing the X-Frame-Options header and DMARC policy is set to p=none. This is critical. Please tell me your bounty amount and I will send full details.

@ summarize l m i
Plain-English summary of this ToS change for our help centre article:

"Section 8.4 (Suspension). We may suspend Customer's access to the Services immediately and without notice if (a) Customer's account is more than 30 days past due, (b) we reasonably believe Customer's use poses a security risk, or (c) Customer violates the Acceptable Use Policy. We will use commercially reasonable efforts to restore access promptly once the issue is resolved."

@ sentiment g l p
What's the vibe of this G2 review? "Setup was painless, but the AI suggestions are hit and miss. Would still recommend for small teams."

@ extract g l c
From this call note, what's the customer's callback number and best time?

"Spoke to <P:Diego Ramírez> at 11:20, he's driving. Call back on <T:+52 55 4120 7788> after 4pm CDMX time, or his assistant on <T:+52 55 4120 7790>."

@ reasoning g h i
Our churn went from 1.8% to 2.6% monthly after we moved live chat behind the Pro plan. Correlation or causation? What data would you look at to tell?

@ !hn
@ qa g l p
Customer on mobile app 7.11.0.204 (iOS 17.5.1) says push notifications stopped. Android 7.11.0.198 works. Is there a known issue with that iOS version?

@ creative g l i
write a short rap (8 lines) for the support team's end-of-quarter celebration, we hit 95% CSAT

@ draft f m c
Write a dunning email for a customer whose card failed 3 times. Invoice INV-2024-05-28871, $2,940.00. Their account will be downgraded to read-only in 7 days. Address it to <P:Rebecca Moore>, the billing contact.

@ code g m i code
Write a SQL query for our tickets table (id, created_at, first_response_at, priority) to get median first response time per priority per week. Postgres.

@ translate g m c :: translate the customer's message from Japanese
@ classify g l c :: tell me if it's a bug or a question
@ draft g m c :: draft a reply in Japanese
Please translate the customer's message from Japanese, tell me if it's a bug or a question, and draft a reply in Japanese.

「お世話になっております。昨日から、チケットの検索で日本語のキーワードを入力すると結果が0件になります。英語では問題ありません。よろしくお願いいたします。<P:山田太郎>」

@ qa s l p
is it safe to share my API key with a contractor over slack

@ extract g l i
List the feature requests in this customer call summary, one line each:

"They'd like bulk tagging, an audit log export, SLA reports by team, and some way to merge duplicate contacts. Also asked about a Zapier trigger for ticket reopened."

@ reasoning s h c
Here's a customer-reported XSS. Confirm whether it's exploitable and how bad it is:

Payload submitted in the ticket subject: <img src=x onerror=alert(document.domain)>
Agent view renders subject with innerHTML in the ticket list. Agents have an admin session cookie (HttpOnly set, SameSite=Lax). CSP: default-src 'self'; script-src 'self' 'unsafe-inline'.

@ chat g l p
thank youuu 🙏

@ math f m i
Annual plan is $470/seat, monthly is $49/seat. What's the discount in % for paying annually, and for 35 seats how much does the customer save a year?

@ draft l m i
Write a short cookie banner text for our marketing site compliant with GDPR: necessary cookies always on, analytics and marketing opt-in.

@ classify g l c
What category is this ticket (billing, bug, account access, feature request)? "Can't log in, reset email never arrives, my email is <E:olu.adeyemi@lagosmart.ng>"

@ !hn
@ extract f l i
Pull the invoice numbers and amounts, I need to reconcile:

INV-2024-04-21190 $1,470.00 paid
INV-2024-05-21190 $1,470.00 paid
INV-2024-06-21190 $1,617.00 open (price increase)
Credit memo CM-2024-0082 -$147.00
Stripe payout po_1PQx7c2eZvKYlo2C 4,410.00

@ summarize g m i
Summarise the feedback from this week's support QA review into themes:

- Agent 12: great empathy, but forgot to link the KB article
- Agent 4: closed ticket without confirming fix
- Agent 9: perfect
- Agent 12: used internal jargon ("shard migration") with customer
- Agent 7: slow to escalate a P1
- Agent 4: again closed without confirmation

@ qa g l p
what does 'idempotency key' mean in an API?

@ reasoning s m i :: Is this SPF record right
@ code s m i :: give me the corrected version
Is this SPF record right? We send from Google Workspace, SendGrid and our own helpdesk. If not, give me the corrected version.

v=spf1 include:_spf.google.com include:sendgrid.net ~all include:spf.helpflow.io

@ sentiment g l i
Quick sentiment check on this Slack message from engineering: "sure, another urgent escalation from support, love that for us"

@ translate g l p
Traduis en français : "Your trial ends in 3 days. Upgrade now to keep your data and automations."

@ draft s h i
We need a customer-facing security incident notification template (for when we have a confirmed breach affecting customer data). Include what happened, what data, what we're doing, what they should do, contact. Keep placeholders in square brackets.

@ code g l i
whats the cron expression for every weekday at 7:30am

@ extract s m c :: which accounts logged in from the new IPs
@ reasoning s h c :: whether this looks like session hijacking
Can you work out which accounts logged in from the new IPs and whether this looks like session hijacking?

session=ab12 user=<E:mia.santos@clientco.com> ip=<IP:189.6.23.44> ua=Chrome/125 Win
session=ab12 user=<E:mia.santos@clientco.com> ip=<IP:45.83.64.210> ua=Chrome/125 Win (2 min later)
session=cd77 user=<E:j.owusu@clientco.com> ip=<IP:102.176.65.9> ua=Safari/17 Mac

@ qa f l p
Do you charge VAT to EU businesses if they give us a VAT number?

@ creative g m p
Write a short bedtime-story-style explanation of what an API is, for our "explain it like I'm 5" blog series

@ !hn
@ reasoning g h i
Release 5.0.0.1 broke CSV import for files over 50k rows (ticket TCK-2024-091233). 5.0.0.2 fixed imports but broke scheduled exports (TCK-2024-091260). Hotfix 5.0.0.3 is in staging. Should we roll back to 4.9.8.12 or push the hotfix? Build 5.0.0.3 passed 1,412 of 1,418 tests.

@ draft g m c
Make this reply warmer, the customer is upset:

"Per our policy, refunds aren't possible after 14 days. Your account has been downgraded as requested. Ticket closed."

(customer: <P:Natalia Kowalczyk>)

@ qa s m i
We got a request from police for a customer's login IPs. Who handles that internally and what do we need from them first?

@ classify g m c
Tag each ticket with one of: billing, bug, how-to, account, feedback.
1. "Where do I change my logo?"
2. "Invoice shows 12 seats, we have 10"
3. "Search returns nothing since yesterday"
4. "Please delete my account and data – <P:Tom Hughes>"
5. "Love the new inbox view!"

@ math g l p
if our uptime was 99.95% last month (30 days), how many minutes of downtime is that

@ extract l m c
What are the renewal date, notice period and liability cap in this order form?

Order Form #OF-2023-1188 – Customer: Brightwave Media Ltd. Subscription term: 12 months from 1 August 2023, renewing automatically for successive 12-month terms unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. Liability cap: fees paid in the 12 months preceding the claim. Signed by <P:Oscar Lindgren>, CFO.

@ reasoning l h c
Customer insists our ToS let them terminate mid-term with a refund because of the outage. Here's the clause: "Customer may terminate for cause upon 30 days' written notice if Helpflow materially breaches this Agreement and fails to cure within such period." Was a 47-minute outage a material breach? Argue both sides.

@ code s h i code
This JWT check looks wrong to me, can you review it?

def verify(token):
    header, payload, sig = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=="))
    if data["exp"] < time.time():
        raise Expired()
    return data

@ chat g l p
brb, grabbing lunch

@ sentiment g m p
Here are app store reviews from this week, what's the overall sentiment trend vs last week (last week was mostly negative about crashes)?

"Crashes fixed, finally!" 4★ / "Still slow to load tickets" 3★ / "Works great now" 5★ / "Notifications still broken on Android" 2★

@ draft g m i :: write the release notes for 5.1
@ translate g l i :: do a German version
Can you write the release notes for 5.1 from these bullets, and then do a German version?

- bulk tagging (select up to 500 tickets)
- audit log export to CSV
- fixed: search with Japanese keywords
- fixed: notifications on Android 14

@ qa g l p web
Is GitHub having an outage right now? Our CI integration is failing

@ extract s m c
Pull the indicators of compromise out of this alert (IPs, domains, hashes):

Alert: suspicious outbound from build-runner-07
dst=<IP:45.9.148.35>:443 sni=cdn-update-check[.]xyz
dst=<IP:2a0b:4140:2c1b::3>:8443
file sha256=4f8c1a0e9b2d7c35e6a41f0d2b9c88e17a2f5b3c6d0e9f81a7b4c2d3e5f60718
"""

# ------------------------------------------------------------------ university hospital research office
HOSP = r"""
@ summarize m m r :: Summarise this clinical note in 3 lines
@ extract m m r :: list the medications with doses
Summarise this clinical note in 3 lines and list the medications with doses. It's for the study eligibility check.

Patient: <P:Margaret Ellis>, MRN 00482291, DOB 12/03/1956
HPI: 68F with T2DM, HTN, CKD stage 3a presenting for routine follow-up. HbA1c 8.4% (up from 7.6%). BP 148/86. eGFR 52. Reports occasional dizziness on standing.
Meds: metformin 1 g BID, lisinopril 20 mg daily, amlodipine 5 mg daily, atorvastatin 40 mg nightly.
Plan: add empagliflozin 10 mg daily, recheck BMP in 2 weeks, orthostatic vitals next visit.

@ reasoning m h r
Based on the note above, would Mrs Ellis meet these inclusion criteria? (1) T2DM with HbA1c 7.5-10.5%, (2) eGFR ≥45, (3) no SGLT2 inhibitor in past 3 months. Explain each.

@ qa l m p
Do we need IRB approval for a retrospective chart review if the data is de-identified?

@ draft l h i retr :: Draft the data management section of the ethics application
@ summarize l m i :: give me a checklist of what the committee usually asks about
Draft the data management section of the ethics application for our wearables study (200 participants, heart rate and sleep data, stored on the university's secure research environment, retained 10 years), and give me a checklist of what the committee usually asks about. Use the template from the research office wiki.

@ !hn
@ extract g l i
Pull the protocol number, version and dates from this header:

Protocol RH-2024-0117, Version 3.2, dated 14 May 2024, supersedes Version 3.1 dated 2 February 2024. Amendment AM-04. Sponsor ref CT-88120-44.

@ math m m p
A study needs 80% power to detect a difference of 5 mmHg in systolic BP, SD 12, alpha 0.05, two-sided. Sample size per group? And add 15% for dropout.

@ translate m m c
Translate this participant information paragraph into Arabic, simple language:

"Taking part in this study is voluntary. You can stop at any time without giving a reason, and this will not affect your medical care. Your blood samples will be stored for up to 10 years."

@ classify m l c
Grade this adverse event using CTCAE v5: "Patient reports diarrhea, 5 stools per day above baseline, no IV fluids needed, able to work."

@ chat g l p
ugh grant deadline at 5pm, send good vibes

@ extract m m r
From this referral letter, pull out the patient's name, phone number, diagnosis and the referring doctor:

Dear Dr <P:Farah Qureshi>,
I would be grateful if you could see <P:Thomas Reid> (DOB 02/08/1979), <T:07700 900 311>, regarding his newly diagnosed atrial fibrillation. He is interested in the anticoagulation study you are running.
Kind regards,
Dr <P:Alan Pierce>, Meadowbank Surgery

@ sentiment m m c
What's the emotional tone of this participant's feedback? "I felt listened to by the nurses but the long waits between blood draws made me anxious, and nobody explained why my appointment was cancelled twice."

@ code m m i code
I have a REDCap export (CSV) with columns record_id, visit, sbp, dbp. Write Python to compute each participant's mean SBP across visits and flag anyone whose mean is above 140.

@ draft m m c
Please write a short, kind email to participant <P:Ruth Abernathy> (<E:ruth.abernathy52@gmail.com>) thanking her for completing the 12-month visit and letting her know the £40 voucher will be posted within 2 weeks.

@ summarize m h p :: Summarise the methods of this paper
@ reasoning m h p :: tell me the biggest weakness in the design
Summarise the methods of this paper and tell me the biggest weakness in the design:

"We conducted a single-centre, open-label trial in 96 adults with moderate asthma. Participants were allocated to the intervention (app-based inhaler coaching) or usual care based on the day of the week they attended clinic. The primary outcome was self-reported symptom score at 12 weeks. Loss to follow-up was 22% in the intervention arm and 9% in usual care."

@ qa m l p
what is an HbA1c test measuring?

@ reasoning l h c
A PI wants to share our biobank samples with a commercial partner in the US. Consent form says samples may be used "for future research by the university and its collaborators". Is a company a "collaborator"? What would you advise?

@ math f m i
Grant budget: £420,000 over 3 years. Year 1 salaries £98,000, rising 3% per year. Consumables £22,000/year. What's left for equipment and travel over the whole grant?

@ extract l m i :: list the parties and the obligations of each
@ classify l l i :: tell me if this is a DTA or an MTA
From this agreement excerpt, list the parties and the obligations of each, and tell me if this is a DTA or an MTA:

"The Provider (University Hospital of Northbridge) shall transfer the pseudonymised dataset described in Schedule 1 to the Recipient (Karolinska Institutet). The Recipient shall use the Data solely for the Research Project, shall not attempt to re-identify any individual, and shall destroy the Data on completion. The Provider makes no warranties as to the accuracy of the Data."

@ !hn
@ classify g l i
Which of these are grant codes, cost centres, or PO numbers? Just label them.
RG-2024-0331
CC-4410-MED
4500198827
RG-2023-0912
CC-4520-RES

@ creative m m p
Write a short poem (8-12 lines) for the remembrance event for people who donated their bodies to medical science. Dignified, not religious.

@ qa m m p
Whats the difference between an adverse event and a serious adverse event?

@ draft m h c :: Draft the SAE report narrative
@ classify m m c :: say whether it's expected per the IB
@ extract m l c :: list the dates I'll need for the form
Draft the SAE report narrative, say whether it's expected per the IB, and list the dates I'll need for the form.

Participant 031 (site 2), 71M, enrolled 04/03/2024, randomised to drug arm. On 19/04/2024 admitted with acute kidney injury (creatinine 312 µmol/L from baseline 98). Study drug held 19/04. IV fluids; creatinine 140 by 24/04, discharged 25/04. IB lists "renal impairment" as uncommon (0.5%).

@ code s m i
How do I encrypt a folder on a Mac so I can put it on an encrypted USB for transferring study data? Command line please.

@ translate m l p
Translate "fasting blood sample, nothing to eat after midnight" into Somali and Bengali for the clinic sign.

@ reasoning m h i
We have 3 recruitment strategies: GP mailouts (cost £12/letter, 2% response), clinic screening by research nurse (£60/hour, ~1.5 enrolments per 4-hour session), and social media ads (£4,000 for a month, unknown yield). We need 150 participants in 6 months. What mix would you suggest and why?

@ summarize l m i
Summarise this HRA guidance paragraph for the new research coordinators:

"Where research involves adults lacking capacity in England and Wales, it must be approved by an appropriate body under the Mental Capacity Act 2005. Researchers must identify a personal consultee, or if none is available, a nominated consultee, and take their advice on whether the person should take part. The person's wishes and feelings, past and present, must be respected, and they must be withdrawn if they appear to object."

@ extract m m r
Pull out name, NRIC and lab values from this result slip for the Singapore site upload:

Patient: <P:Lim Wei Jie>
NRIC: {NR5}
Collected: 2024-05-21 08:14
Creatinine 92 µmol/L | eGFR 78 | Potassium 4.6 mmol/L | ALT 31 U/L

@ chat g l p
i think i finally understand odds ratios. maybe.

@ qa f m i retr
Can we pay participants in cash or does finance require bank transfer? Check the participant payments policy.

@ math m l p
convert 7.8 mmol/L glucose to mg/dL

@ draft f m r :: Write the payment instruction to finance for the participant below
@ math f l r calc :: work out the total including travel
Write the payment instruction to finance for the participant below, and work out the total including travel.

Participant: <P:Anna Schmidt> (Germany site)
Visits completed: 4 × €50
Travel: €18.40, €18.40, €22.10, €18.40
Bank: IBAN {IB_DE2}

@ sentiment g l i
is this email from the dean supportive or is she unhappy with us? "I note the application went in on time, just. Let's talk about the process for next round."

@ reasoning s h c
Someone from our lab emailed an unencrypted spreadsheet with 340 participants' names, dates of birth and diagnoses to an external collaborator. It was sent to the right person. Is this a reportable data breach? What should we do now?

@ classify m m c
Classify each of these free-text reasons for withdrawal into: adverse event, lost to follow-up, participant choice, investigator decision, other.
- "moving to Spain"
- "rash after dose 3"
- "didn't answer calls since March"
- "PI felt BP too high to continue"
- "just doesn't want to anymore"

@ !hn
@ math f m i
Add up these equipment quotes and tell me if we're under the £25k threshold for a tender: Q-2024-1187 £8,940.00; Q-2024-1190 £11,205.50; Q-2024-1203 £3,980.00; shipping ref SH-77120-09 £420.00

@ code m h i code
Debug this: the logistic regression keeps failing to converge.

model <- glm(outcome ~ age + sex + bmi + smoker + site, data = df, family = binomial)
Warning: glm.fit: fitted probabilities numerically 0 or 1 occurred

There are 12 sites, and site 9 has 4 patients all with outcome=1.

@ qa l m p
What's the difference between anonymised and pseudonymised data under GDPR?

@ creative g m p
Come up with a name and a tagline for our new patient and public involvement group. Friendly and inclusive.

@ extract m l i :: Get the inclusion criteria out as a numbered list
@ summarize m m i :: summarise the exclusions in one sentence
Get the inclusion criteria out as a numbered list and summarise the exclusions in one sentence:

Eligibility: Adults aged 18-80 with confirmed COPD (FEV1/FVC <0.7), at least one exacerbation in the past 12 months, current or ex-smokers with ≥10 pack-years. Excluded: asthma as primary diagnosis, lung cancer in past 5 years, long-term oxygen therapy, pregnancy, participation in another interventional trial within 30 days.

@ reasoning m h p
Why might a drug that lowers LDL cholesterol a lot fail to reduce heart attacks in a trial? Give me possible explanations.

@ draft g l i
write a 2 line reminder to the research team that the ethics portal is down for maintenance on Friday afternoon

@ translate l m c
Please translate this consent form clause to Chinese (Simplified):

"I understand that relevant sections of my medical notes and data collected during the study may be looked at by individuals from the sponsor, regulatory authorities or the NHS Trust, where it is relevant to my taking part in this research."

@ extract s m c :: Extract the usernames and source addresses
@ classify s l c :: rate how worried we should be (low/medium/high)
Extract the usernames and source addresses and rate how worried we should be (low/medium/high):

[SRE-login] user=<E:k.mensah@northbridge-hospital.nhs.uk> from <IP:82.132.221.14> OK
[SRE-login] user=<E:k.mensah@northbridge-hospital.nhs.uk> from <IP:103.251.167.20> OK (12 min later)
[SRE-export] user=<E:k.mensah@northbridge-hospital.nhs.uk> dataset=ASTHMA-APP rows=96 blocked by airlock

@ qa m l p
what's a normal resting heart rate for adults

@ summarize g m i
TL;DR of this email chain please, what do I need to do?

From: Research Office
We need the signed delegation log for study RH-2024-0117 before site activation. Deadline Friday.
From: Study Coordinator
Log is signed by PI but 2 sub-investigators still missing.
From: Research Office
Please send what you have by Friday and the rest by next Wednesday, we can conditionally activate.

@ math m m i
Of 1,200 screened, 312 were eligible, 248 consented, 231 randomised. What percentage were eligible, and what's the consent rate among eligible?

@ draft l h c :: Draft a letter to the participant explaining what happened
@ draft l m c :: write the short report for the ethics committee
A participant was sent another participant's appointment letter. Draft a letter to the participant explaining what happened, and also write the short report for the ethics committee. Details: letter for <P:David Chen> was posted to <P:Helen Marsh> on 3 June; it contained name, address and visit date only; Helen phoned us on 5 June and returned the letter.

@ sentiment m m c
Read these 4 free-text answers from our patient survey and tell me if they're mostly positive or negative:
"The study nurse was amazing."
"Too many questionnaires."
"Parking was a nightmare every visit."
"I'd do it again, felt I was helping others."

@ !hn
@ reasoning g m i
Why would the eCRF system reject this? "Visit date 31/06/2024 invalid. Form v2.4.1.17, record 1044-0078, site 10." The coordinator swears she typed it from the source.

@ qa s l i
Am I allowed to store study data on my personal OneDrive if it's pseudonymised?

@ code g m i
write me an excel formula to calculate age in years from date of birth in B2 as of the visit date in C2

@ extract m m r :: Pull out the SSN and MRN
@ draft m m r :: draft a note to the site explaining why SSNs must never be entered in the free-text fields
Our US site uploaded this in a comments field. Pull out the SSN and MRN so we can log the incident, and draft a note to the site explaining why SSNs must never be entered in the free-text fields.

"Pt <P:Karen Whitfield>, MRN 7781204, SSN {SSN5}, missed visit 6 due to transport."

@ reasoning f h i
Funder rejected our budget as "not value for money" — we asked for 2 FTE research nurses at £52k each for 3 years for 180 participants. Other trials of similar size use 1.2 FTE. How do we justify or restructure?

@ classify g l i
Is this email a meeting request, an FYI or an action for me? "FYI – new version of the SOP on sample shipping is on SharePoint, please read before next shipment."

@ creative g l p
Write a cheerful 2-sentence birthday message for our lab manager who's obsessed with pipettes

@ qa m m p web
Has the FDA approved any new GLP-1 drugs this year?

@ translate m m r
Traduzca al inglés, es de un participante: "Me llamo <P:María José Ortega>, mi número es <T:+34 655 902 117>. Tuve mareos fuertes después de la segunda dosis y fui a urgencias el sábado."

@ summarize m h c :: Give me a lay summary of these interim results
@ reasoning m h c :: tell me whether we should stop early for efficacy based on the pre-specified boundary
Give me a lay summary of these interim results and tell me whether we should stop early for efficacy based on the pre-specified boundary (O'Brien-Fleming, interim z boundary 2.96).

Interim analysis (50% information): primary endpoint hospitalisation at 6 months. Drug 18/210 (8.6%), placebo 34/208 (16.3%). z = 2.52. No safety imbalance.

@ chat g l p
have a nice weekend!

@ extract g l c
Get everyone's name, role and email from this signature block list for the study contact sheet:

Dr <P:Amira Haddad>, Chief Investigator, <E:a.haddad@northbridge.ac.uk>
<P:Joseph Mwangi>, Trial Manager, <E:joseph.mwangi@northbridge.ac.uk>
<P:Kirsty Fraser>, Data Manager, <E:k.fraser@northbridge.ac.uk>

@ reasoning l m i
Can a medical student be listed as a co-investigator on an ethics application? What's usually required?

@ !hn
@ extract f l i
Pull the grant references and amounts into a table:

Award MR/X012345/1 £1,248,900.00 (start 2024-10-01)
Award EP/Y004412/2 £402,118.50 (start 2025-01-01)
Internal seed fund SF-24-017 £15,000.00
Cost centre 4410-MED-RES-02

@ math m h p
In a diagnostic study, 90 true positives, 10 false negatives, 30 false positives, 870 true negatives. Calculate sensitivity, specificity, PPV and NPV.

@ draft m m i
Write an abstract (250 words max) for the conference from these results: 96 patients, app-based inhaler coaching, symptom score improved 4.1 points vs 1.8 usual care (p=0.03), adherence up 22%.

@ qa g l p
what's the difference between a poster and an oral presentation slot

@ classify m m c :: classify each finding as normal, abnormal not clinically significant, or abnormal clinically significant
@ draft m l c :: draft a one-line message to the PI for anything significant
For these ECG reads, classify each finding as normal, abnormal not clinically significant, or abnormal clinically significant, and draft a one-line message to the PI for anything significant.

Subject 017: sinus rhythm 68 bpm, QTcF 412 ms
Subject 018: sinus bradycardia 52 bpm, QTcF 398 ms, athlete
Subject 019: QTcF 506 ms (baseline 431)
Subject 020: 1st degree AV block, PR 212 ms, unchanged from screening

@ sentiment g l i
Is this Teams message sarcastic? "Great, another new form to fill in. Exactly what we needed."

@ code g l i
how do i remove duplicate rows in excel based on column A only

@ reasoning s m i
Our research server still runs CentOS 7 which went end-of-life in June 2024. IT says migration will take 6 months. What's the risk and what can we do meanwhile?
"""

# ------------------------------------------------------------------ all five, second pass
MIXED = r"""
@ !hn
@ classify f l i :: Check whether these are valid card numbers
@ extract f l i :: pull out the merchant names
Check whether these are valid card numbers, and pull out the merchant names. It's from a test fixture a dev sent me:

TESCO STORES 3321 – {BC1}
SHELL UK 0087 – {BC2}
PRET A MANGER – {BC3}

@ !hn
@ reasoning f m i
Payment rejected with "invalid IBAN" – the customer swears they copied it right: {BI_NL}. Amount €2,450.00, ref PAY-2024-118820. What should the agent check?

@ !hn
@ extract f l i :: list the IBANs
@ reasoning f m i :: explain why the payments system bounced them
From this returns report, list the IBANs and explain why the payments system bounced them (reason code AC01):

RTN-0611-001 {BI_ES} EUR 1,200.00 AC01
RTN-0611-002 {BI_IT} EUR 75.50 AC01
RTN-0611-003 {BI_BE} EUR 310.00 AC01

@ !hn
@ qa g l i
What does NRIC-shaped string {BN1} on this test form mean, is it real? It came from the UAT dataset for the Singapore onboarding flow, ticket TCK-2024-099102.

@ !hn
@ code f m i code :: Write a unit test
@ code f l i :: fix the function if the test shows it accepts this
Write a unit test that makes sure our Luhn validator rejects {BC4}, and fix the function if the test shows it accepts this:

def luhn_ok(num: str) -> bool:
    digits = [int(d) for d in num if d.isdigit()]
    return sum(digits) % 10 == 0

@ !hn
@ math f l i
Sum the June standing orders: SO-000341 £450.00, SO-000342 £1,120.00, SO-000355 £89.99, SO-000360 £2,400.00. Account ref 2024-06-ACC-77101.

@ !hn
@ summarize g m i :: Summarise the changelog
@ classify g l i :: tell me which items are breaking changes
Summarise the changelog and tell me which items are breaking changes:

v6.2.0.3 (2024-07-08)
- Removed deprecated /v1/contacts endpoint
- Added rate-limit headers to all responses
- Fixed timezone bug in scheduled reports (TCK-2024-090011)
v6.2.0.2 (2024-06-30)
- Webhook payload field "agent" renamed to "assignee"
- Performance improvements in search

@ !hn
@ classify m l i
Is this a batch number, a lot number, or a serial number? "MX-2291-B", "SN-4410-8821-0093-7712", "LOT 24F118"

@ !hn
@ extract f l i
Get the account-like numbers and amounts out of this scanned remittance advice:

Remittance 2024-07-01
Beneficiary account (IBAN) {BI_CH}
Our customer no. 4920-1188-3307-5521
Total remitted CHF 48,310.25
Invoice refs: 24-CH-0031, 24-CH-0032, 24-CH-0040

@ !hn
@ reasoning f h i :: explain what's probably wrong with these refund instructions
@ draft f m i :: draft a message to the payments team asking them to hold them
Can you explain what's probably wrong with these refund instructions and draft a message to the payments team asking them to hold them?

Refund batch RB-2024-0712, 3 items:
1) £412.30 to {BI_GB}
2) £1,050.00 to {BI_IE}
3) £96.00 to card {BC5}
All three fail validation in the pre-check.

@ !hn
@ qa g l p
Is 4.2.0.17 a newer version than 4.2.0.9? People keep arguing about this in our team

@ !hn
@ classify g l i
Sort these by type – date, amount, or version number: 2024-06-30, 3.14.2.7, €1.250,00, 30/06/2024, 10.0.19045.4529, $12,000.00

@ !hn
@ math f m i
Tax office ref TR-2023-00418822. Taxable income £72,410.00, tax paid via PAYE £16,204.00. At 20% up to £50,270 and 40% above (personal allowance £12,570 fully available), is there an underpayment, and how much?

@ !hn
@ extract m l i :: Pull out the kit numbers
@ math m l i :: tell me how many kits are left at each site
Pull out the kit numbers and tell me how many kits are left at each site:

Site 101: kits K-10044 to K-10060 shipped 2024-05-02, 11 dispensed
Site 104: kits K-10061 to K-10075 shipped 2024-05-09, 6 dispensed
Site 112: kits K-10076 to K-10080 shipped 2024-06-01, 0 dispensed

@ !hn
@ reasoning s m i
Our DLP flagged this message as containing a credit card. Is it a false positive? "Please quote ticket reference {BC11} when calling, and the order number ORD-2024-551903."

@ !hn
@ translate f l i
Translate into Spanish: "Your payment of €1,480.00 (reference {BC12}) was received on 02/07/2024. Invoice FAC-2024-00931 is now settled."

@ !hn
@ sentiment g l i
Sentiment of this internal ticket comment? "Build 20240715.4 finally green after 6 reruns. Merging PR #8812 now, fingers crossed for release 5.1.0.4."

@ !hn
@ draft g m i
Write a short status update to stakeholders: release 3.9.0.2 of the tax calculator deployed 2024-07-10 at 19:00, fixes bug BUG-4471 (rounding on £0.005 amounts), no downtime, next release 3.9.1.0 planned 2024-08-07.

@ !hn
@ extract f l i
What's the PO number, part numbers and quantities here?

PO 4500219944 – Vendor 100288
Line 10: part 8847-2210-A qty 40
Line 20: part 8847-2215-C qty 12
Line 30: part 1198-0004-X qty 200
Delivery 2024-08-15

@ !hn
@ classify s l i
Is this string an IBAN, a card number or something else? {BI_PL}

@ !hn
@ qa f l i
Customer says their card {BC6} is being declined online but works in shops. They read it out to the agent. The system says "invalid PAN". What's likely going on?

@ !hn
@ reasoning g h i
Our nightly ETL job ETL-DAILY-0430 failed at 02:14 with "duplicate key 2024071500001188". It had been fine for 14 months. Build 8.4.1.22 was deployed the day before. What would you investigate first?

@ !hn
@ math f l p
A 3-year fixed bond pays 4.35% AER on £15,000, interest paid annually, not compounded. Total interest?

@ chat g l p
hiya, how are you today?

@ chat g l p
you're a lifesaver honestly

@ chat g l p
wait what? I don't get it, can you say that again but simpler

@ chat g l p
Do you like your job? haha sorry random question

@ creative m l p
Write a funny but kind acrostic poem using the word PLACEBO for the trial team's newsletter

@ creative f m i
Write a 150-word short story from the point of view of a £20 note going through a day at the bank. Light-hearted, for the staff magazine.

@ creative g m p
Suggest 6 names for our new AI helpdesk bot. Friendly, easy to pronounce in English and German.

@ creative s m p
Write a short, punchy poem about why you should never reuse passwords. For a poster in the office kitchen.

@ creative f l p
Give me a catchy slogan for the tax office's "file early" campaign, something that fits on a bus

@ sentiment f m c :: Rate each customer comment positive, neutral or negative
@ extract f l c :: pull out any product names mentioned
Rate each customer comment positive, neutral or negative and pull out any product names mentioned:

1. "The Flex Saver rate is decent but the app is painful." – <P:Ben Okoro>
2. "Switched my mortgage to the 5-Year Fix, smooth process, thank you!"
3. "Why did my Everyday Credit Card limit get cut without warning?"

@ sentiment m l i
How do the site coordinators feel about the new eCRF? One word answer is fine. "It's faster than the old one but I've lost data twice when the session timed out."

@ sentiment l m c
What's the tone of this letter from the counterparty's lawyers – conciliatory, neutral or hostile?

"Our client remains willing to resolve this matter amicably. However, absent payment of the outstanding sum of EUR 214,000 within 14 days, we are instructed to issue proceedings without further notice."

@ sentiment g l p
vibe check on this tweet about us: "@helpflow support replied in 4 minutes on a Sunday?? ok I'm impressed"

@ translate f m r :: Translate the customer's message into English
@ extract f l r :: give me the account and card numbers they mention
Translate the customer's message into English, and give me the account and card numbers they mention:

"Dzień dobry, proszę o zwrot opłaty 45 zł na konto {IB_PL}. Opłata została pobrana z karty {CC13} dwa razy. Pozdrawiam, <P:Katarzyna Nowak>, tel. <T:+48 501 223 874>"

@ translate l h c
Translate into Italian, formal register, for the Milan site contract:

"The Institution shall not publish or present the results of the Study without first submitting the proposed publication to the Sponsor at least sixty (60) days prior to submission, during which period the Sponsor may request the removal of Confidential Information or a delay of up to ninety (90) days to allow patent filing."

@ translate m l i
Need this in plain Dutch for our Leiden partner: "Samples must be shipped frozen on dry ice, Monday to Wednesday only."

@ qa l m p
Can an employer read employees' work emails in the UK without telling them?

@ reasoning l h c :: Is the non-compete in this clause enforceable in Germany
@ draft l m c :: suggest a version that would be
Is the non-compete in this clause enforceable in Germany, and suggest a version that would be:

"For a period of 36 months after termination, the Employee shall not engage in any business competing with the Company anywhere in the world. No compensation shall be paid for this restriction."

@ extract l m c :: Extract the payment terms and late payment interest
@ math f m c calc :: calculate the interest on an invoice of €86,000 paid 45 days late
Extract the payment terms and late payment interest from this clause, and calculate the interest on an invoice of €86,000 paid 45 days late:

"Invoices are payable within thirty (30) days of receipt. Late payments shall bear interest at nine (9) percentage points above the ECB base rate (currently 4.25%), calculated daily on a 365-day basis."

@ summarize l h c :: Summarize the regulator's letter
@ reasoning l h c :: what are our options to respond
@ draft l m c :: draft the holding reply
Summarize the regulator's letter, what are our options to respond, and draft the holding reply:

"Following our review of your financial promotions on social media between January and March, we consider that 7 of the 23 posts reviewed did not present risk warnings with equal prominence to claimed benefits. Please provide, within 28 days, (a) your approval records for each post, (b) an explanation of how the posts were approved, and (c) remediation steps taken."

@ classify l m i
Which clauses in this list are boilerplate and which are commercially negotiated? Label each B or N:
- Entire agreement
- Service credits: 5% per 0.1% below 99.9% uptime
- Governing law: England
- Liability cap: 2x annual fees
- Counterparts
- Price increase capped at CPI+2%

@ extract s m c :: List the suspicious sender addresses
@ classify s l c :: label each email as phishing or legitimate
List the suspicious sender addresses and label each email as phishing or legitimate:

1. From: IT Support <<E:it-support@northbridge-hospital-nhs.co>> – "Your mailbox is full, click to upgrade"
2. From: Payroll <<E:payroll@northbridge.ac.uk>> – "Your July payslip is available in the portal"
3. From: DocuSign <<E:dse@docusign-mail.info>> – "Research agreement awaiting your signature"

@ reasoning s h c :: Review this firewall rule change request
@ classify s l c :: give it a risk rating
Review this firewall rule change request and give it a risk rating:

CHG-2024-3381: allow TCP 3389 from ANY to <IP:10.20.4.15> (finance-app-01) for vendor remote support, permanent.

@ draft s m i :: write a phishing simulation email about a fake parcel delivery
@ draft s m i :: the landing page text that explains it was a test
For next month's awareness campaign, write a phishing simulation email about a fake parcel delivery, plus the landing page text that explains it was a test and the 3 red flags they missed.

@ code s h c code :: Write a script that parses auth.log
@ summarize s l c :: summarise the top 5 source addresses by failures
Write a script that parses auth.log for failed SSH logins and summarise the top 5 source addresses by failures from this sample:

Jul 14 03:12:01 sre-01 sshd[2211]: Failed password for root from <IP:218.92.0.112> port 51122 ssh2
Jul 14 03:12:03 sre-01 sshd[2211]: Failed password for root from <IP:218.92.0.112> port 51122 ssh2
Jul 14 03:13:40 sre-01 sshd[2290]: Failed password for invalid user admin from <IP:61.177.172.140> port 40022 ssh2
Jul 14 03:15:09 sre-01 sshd[2301]: Failed password for ubuntu from <IP:2604:a880:400:d0::1a2b:c001> port 50212 ssh2

@ qa m m p :: what's the usual starting dose of levothyroxine for an elderly patient
@ reasoning m h p :: why is it lower than for younger adults
Quick one: what's the usual starting dose of levothyroxine for an elderly patient, and why is it lower than for younger adults?

@ extract m m r :: extract the vitals
@ classify m m r :: flag any that are out of range
@ draft m m r :: write the handover line for the night nurse
Can you extract the vitals, flag any that are out of range, and write the handover line for the night nurse? Participant <P:George Adeyemi>, study ID 017.

22:00 – HR 118, BP 92/58, RR 24, SpO2 91% RA, Temp 38.6

@ summarize m m c :: summarise this monitoring visit report
@ extract m l c :: list the action items with owners
Please summarise this monitoring visit report and list the action items with owners.

Monitoring visit 4, site 104, 11 June. 18 subjects on study. Source data verification completed for 12/18. Findings: (1) 2 informed consent forms missing date of PI signature – site to correct (owner: study coordinator); (2) temperature log for IMP fridge has a 3-day gap in May – pharmacy to provide explanation (owner: pharmacist); (3) AE for subject 104-0009 not entered in eCRF – to be entered within 5 days (owner: sub-investigator). Next visit planned August.

@ math m m p :: Calculate the creatinine clearance
@ reasoning m m p :: whether the dose needs adjusting
Calculate the creatinine clearance (Cockcroft-Gault) for a 78-year-old woman, 60 kg, serum creatinine 110 µmol/L, and tell me whether the dose needs adjusting if the label says reduce below 50 mL/min.

@ code g m i code :: Convert this Excel VLOOKUP logic into a pandas merge
@ code g l i :: explain any differences in how missing matches are handled
Convert this Excel VLOOKUP logic into a pandas merge and explain any differences in how missing matches are handled:

=IFERROR(VLOOKUP(A2, Customers!A:D, 4, FALSE), "not found")

@ draft g m c :: write a reply to the customer
@ classify g l c :: tag it for the weekly report
@ sentiment g l c :: tell me how annoyed they are on a 1-5 scale
Ticket from <P:Hiroshi Sato> (<E:h.sato@kaizen-systems.jp>, <T:+81 3 5412 8870>): "Third ticket about the same SSO error. Your team keeps closing it without fixing it." Please write a reply to the customer, tag it for the weekly report, and tell me how annoyed they are on a 1-5 scale.

@ qa g l p :: what's the difference between a bug and an incident
@ chat g l p :: thanks for being patient with all my questions today
Last thing, what's the difference between a bug and an incident in ITIL terms? And thanks for being patient with all my questions today.

@ extract f m r :: Pull out the name, SSN, and the two employers
@ math f m r calc :: add up the wages
Pull out the name, SSN, and the two employers, then add up the wages from both W-2s:

Taxpayer: <P:Denise Carter>, SSN {SSN6}
W-2 #1 – Lakeside Dental Group – Box 1 wages $38,412.77
W-2 #2 – Riverbend Pharmacy – Box 1 wages $9,105.20

@ extract f m r :: pull the NRIC numbers
@ classify f l r :: which applicants are foreigners (FIN) vs citizens
From this list pull the NRIC numbers and tell me which applicants are foreigners (FIN) vs citizens:

<P:Ng Boon Keat> {NR6}
<P:Priya Menon> {NR7}
<P:Muhammad Faiz> {NR8}
<P:Chen Xiu Ying> {NR9}

@ summarize f m r :: Summarise this account note
@ reasoning f h r :: is there any sign of financial abuse of a vulnerable customer
Summarise this account note and is there any sign of financial abuse of a vulnerable customer?

Customer <P:Edith Robinson>, 84, account {IB_GB2}. Since May, 11 transfers totalling £18,600 to a new payee "J Robinson". Branch notes say a man accompanies her and answers questions for her. Her daughter called on 2 July to say she's worried. Card {CC14} used for online gaming sites since June.

@ draft f m c :: Write an email to the customer
@ translate f l c :: translate it to Hindi as well
Write an email to the customer confirming their home loan EMI has changed to ₹42,380 from next month and translate it to Hindi as well. Customer: <P:Vikram Shah>, <E:vikram.shah@rediffmail.com>, mobile <T:+91 98450 12377>.

@ extract g l c :: Extract all the contact details
@ code g m c :: give me a CSV I can import
Extract all the contact details from these email signatures and give me a CSV I can import:

<P:Claire Dubois> | Responsable RH | <T:+33 1 42 68 53 00> | <E:claire.dubois@lumiere-rh.fr>
<P:Lachlan Murphy> | Account Director | <T:+61 412 555 019> | <E:lachlan@southernstack.com.au>
<P:Wei Ling Goh> | Ops Lead | <T:+65 6789 1234> | <E:weiling.goh@merlionops.sg>

@ extract f m r
Extract the beneficiary details for this transfer request (name, IBAN, amount, purpose):

Please transfer CHF 9,800.00 to <P:Reto Baumann>, IBAN {IB_CH}, purpose: consultancy fee Q2. Also pay EUR 2,200.00 to Atelier Lumen SARL, IBAN {IB_LU}.

@ reasoning f m r
Customer <P:Ingrid Solberg> wants to send NOK 250,000 to {IB_NO} from her savings today – she got a call saying her account was compromised and she must move money to a "safe account". What should the branch do?

@ classify f l r
Is this a domestic or cross-border payment? From {IB_AT} to {IB_SE}, EUR 1,450.00

@ qa s m c
Is it normal that the admin portal shows logins from <IP:2001:db8:cafe:12::8> and <IP:192.168.40.17> for the same session? We have a VPN split tunnel.
"""

# ------------------------------------------------------------------ short, long, non-native, last additions
EXTRA = r"""
@ creative m m p
pls write a small story for children (age 6-9) explaining why they need to do blood test in our study, with a brave little bear. max 200 words

@ creative g l i
We need a funny name for the support team's fantasy football league. Give me 10.

@ creative f m p
Write a short poem in the style of a Christmas carol about filing your tax return on time

@ creative s l p
Make up a short riddle whose answer is "two-factor authentication" for the security quiz

@ translate f l r :: Kindly translate below message of customer to English
@ extract f l r :: tell me which card number he is mentioning
Kindly translate below message of customer to English and tell me which card number he is mentioning, I am not able to understand Vietnamese.

"Chào ngân hàng, thẻ {CC15} của tôi bị trừ tiền 2 lần cho cùng một giao dịch ngày 03/07. Xin hoàn lại giúp tôi. <P:Nguyen Van Minh>"

@ summarize g l i :: Please do the summary of below mail in few lines
@ draft g l i :: make a reply that I will attend
Please do the summary of below mail in few lines and make a reply that I will attend.

"Dear all, the quarterly research office town hall will take place on 25 July, 14:00-15:30, in Lecture Theatre 2 and on Teams. Agenda: new grant costing tool, ethics portal changes, Q&A with the Director. Please confirm attendance by 18 July."

@ math f l p :: how much is the monthly interest on 5,400 at 19.9% APR
@ qa f l p :: is it better to pay the card or the overdraft first
hi, how much is the monthly interest on 5,400 at 19.9% APR and is it better to pay the card or the overdraft first if the overdraft is 39.9%?

@ qa s l p :: what does ransomware actually do
@ creative s m p :: write me a short scary-but-true story for the newsletter
In simple words, what does ransomware actually do? Then write me a short scary-but-true story for the newsletter about a hospital hit by it.

@ extract f m r :: find the SSN and date of birth
@ classify f l r :: tell me which form type this is (W-2, 1099, W-9)
Can u find the SSN and date of birth and tell me which form type this is (W-2, 1099, W-9)? Its a scan from a US expat.

Form W-9 – Request for Taxpayer Identification Number
Name: <P:Ashley Turner>
SSN: {SSN7}
DOB: 1988-11-23
Address: 19 Quay Street, Galway, Ireland

@ reasoning m h i :: Can you critique our recruitment projections
@ math m m i calc :: recompute the end date if sites activate 2 months late
Can you critique our recruitment projections and recompute the end date if sites activate 2 months late?

Plan: 12 sites, each recruiting 1.5 participants/month from activation, target 360. All sites activated by 1 September. Projected last participant in: 31 August next year.

@ qa g l p :: whats the wifi password for guests
@ chat g l p :: sorry if that's a silly question
whats the wifi password for guests in building B, sorry if that's a silly question

@ draft l m c :: Draft a short letter to the tenant
@ math f l c calc :: calculate the arrears including the 8% statutory interest
The university hospital's café tenant hasn't paid rent for March-June (£3,250/month). Draft a short letter to the tenant, Bean There Ltd, attn. <P:Sam Whitaker>, and calculate the arrears including the 8% statutory interest for an average of 60 days.

@ extract s l c
please give me the ip adresses from this alert only, no explanation

ALERT 4471 impossible-travel user=<E:r.costa@pharmaco-group.com> src1=<IP:177.54.148.20> (São Paulo) src2=<IP:91.198.174.192> (Amsterdam) delta=38min

@ sentiment f l c
Customer <P:Abdul Rahman> wrote "ok thank you very much for the fast help, problem is solve now, very nice service". Positive? just yes/no

@ classify g l p
Is this question about HR, IT or facilities? "my monitor keeps flickering and the chair is broken"

@ summarize l m c :: Give me the gist of this NDA
@ reasoning l m c :: flag anything unusual compared with a standard mutual NDA
Give me the gist of this NDA and flag anything unusual compared with a standard mutual NDA:

"1. The Recipient shall hold the Discloser's Confidential Information in confidence for a period of twenty (20) years. 2. This obligation is one-way and applies only to the Recipient. 3. The Recipient assigns to the Discloser all rights in any improvements made using the Confidential Information. 4. Governing law: Delaware. Contact: <P:Janet Reyes>, <E:jreyes@curavita-bio.com>, <T:(302) 555-0148>."
@ summarize m h c :: Could you pull this together into a one-page briefing for the Director
@ reasoning l h c :: tell me honestly whether you think we have a governance problem
@ draft g m c :: suggest three agenda items for next week's research committee
Could you pull this together into a one-page briefing for the Director, tell me honestly whether you think we have a governance problem, and suggest three agenda items for next week's research committee? Background below, sorry it's long.

Over the past quarter the research office received 41 new study applications, up from 29 the same quarter last year. Median time from submission to sponsorship approval rose from 38 to 61 days. Two studies started recruiting before their final approval letter was issued; in both cases the PI says they were told verbally by a research office colleague that approval was "just paperwork". One of these studies enrolled 7 participants before the error was noticed; consent forms were the approved version, but the insurance certificate had not been issued. The committee has had no lay member since February, and the data protection officer has missed the last three meetings because of a clash with another standing meeting. Staffing: two of five research governance officers are on long-term leave and one post has been vacant since April.

@ reasoning f h i
Long one, apologies. We're reviewing the threshold at which the helpline transfers callers to the specialist debt team. Right now any caller who owes more than £5,000 or who mentions mental health gets transferred; everyone else is handled by general advisers, who can agree time-to-pay arrangements up to 6 months. Specialist advisers can go up to 24 months and can pause enforcement. Last year general advisers handled 61,000 debt calls and transferred 14,200. Specialists say about 30% of what they get could have been handled by general advisers, but general advisers say they often feel out of their depth with self-employed callers whose income varies month to month, even when the debt is small. Average handle time is 14 minutes for general advisers and 31 for specialists, and specialist waiting times are now over 40 minutes. Would raising the threshold to £10,000 and adding "self-employed with irregular income" as a trigger make sense? What would you expect to happen to waiting times, outcomes and risk, and what would you want to measure in a pilot before rolling it out?

@ extract g m c :: list every commitment we made to the customer with dates
@ reasoning g m c :: tell me whether the relationship is recoverable
@ draft g h c :: write the account manager's next email
Here's the whole thread with one of our biggest customers. Please list every commitment we made to the customer with dates, tell me whether the relationship is recoverable, and write the account manager's next email.

From <P:Priya Raman> (customer, Head of Support Ops), 2 May: Our agents lose drafts when the browser tab sleeps. This has happened since the 4.x release. We need a fix or a workaround by end of May, we have a peak season starting in June.
From <P:Lisa Chang> (our AM), 3 May: Thanks Priya, engineering has reproduced it. We'll have a workaround by 17 May and a fix in the June release.
From <P:Priya Raman>, 20 May: Nothing received. Chasing.
From <P:Lisa Chang>, 21 May: Apologies, the workaround is to disable tab sleeping in Chrome settings. Fix still planned for June.
From <P:Priya Raman>, 4 July: June release came and went. Agents still losing work. Our CFO is asking why we're paying for an enterprise plan. I need a call with someone senior this week.
"""


# ------------------------------------------------------------------ values
INLINE = re.compile(r"<(P|E|T|IP):([^<>]+)>")
KINDS = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "IP": "IP_ADDRESS"}
MARK = re.compile("\x00[A-Z_]+\x01(.*?)\x02", re.S)
REF = re.compile(r"\{[A-Z][A-Z0-9_]*\}")


def build_values() -> tuple[dict[str, str], dict[str, str]]:
    """Marked checksum-valid values and unmarked failing look-alikes, by name."""
    v = Values(212121)
    good: dict[str, str] = {}
    cards = [("4", 16, " "), ("53", 16, "-"), ("37", 15, " "), ("4", 16, ""),
             ("2221", 16, " "), ("6011", 16, "-"), ("51", 16, ""), ("34", 15, "-"),
             ("4", 16, "-"), ("55", 16, " "), ("37", 15, ""), ("4", 16, " "),
             ("52", 16, "-"), ("2720", 16, ""), ("6011", 16, " "), ("4", 16, " ")]  # fmt: skip
    for i, (prefix, length, sep) in enumerate(cards, 1):
        good[f"CC{i}"] = mark("CREDIT_CARD", v.card(prefix, length, sep))
    ibans = [("DE", True), ("GB", True), ("FR", True), ("ES", False), ("NL", True),
             ("IT", False), ("CH", True), ("BE", False), ("IE", True), ("AT", False),
             ("PL", True), ("SE", False), ("NO", True), ("LU", True), ("DE2", False),
             ("GB2", False), ("NL2", False), ("FR2", False), ("ES2", True), ("IT2", True)]  # fmt: skip
    for name, spaced in ibans:
        good[f"IB_{name}"] = mark("IBAN", v.iban(name[:2], spaced))
    for i in range(1, 13):
        good[f"SSN{i}"] = mark("US_SSN", v.ssn(" " if i % 5 == 0 else "-"))
    for i, prefix in enumerate("STFGMSTSFTGS", 1):
        good[f"NR{i}"] = mark("SG_NRIC", v.nric(prefix))
    bad: dict[str, str] = {}
    for i, (prefix, sep) in enumerate([("4", " "), ("53", "-"), ("4", ""), ("6011", " "),
                                       ("55", ""), ("4", "-"), ("2221", " "), ("51", " "),
                                       ("4", " "), ("52", "")], 1):  # fmt: skip
        bad[f"BC{i}"] = v.bad_card(prefix, sep, shift=i % 9 + 1)
    for i, sep in enumerate([" ", "-", "", " "], 11):
        bad[f"BC{i}"] = v.bad16(sep)
    for name, spaced in [("DE", True), ("GB", False), ("FR", True), ("NL", False),
                         ("ES", True), ("IT", True), ("CH", False), ("BE", True),
                         ("PL", True), ("IE", False), ("AT", True), ("LU", False)]:  # fmt: skip
        bad[f"BI_{name}"] = v.bad_iban(name, spaced, shift=23 if name == "CH" else 11)
    for i in range(1, 7):
        bad[f"BN{i}"] = pv.bad_nric(v.rng)
    check_lookalikes(bad)
    return good, bad


GOOD, BAD = build_values()


def expand(raw: str) -> str:
    """Inline marks and ``{NAME}`` references -> marked request text."""
    raw = INLINE.sub(lambda m: mark(KINDS[m[1]], m[2]), raw)
    for name, value in {**GOOD, **BAD}.items():
        raw = raw.replace("{" + name + "}", value)
    assert not REF.search(raw), REF.search(raw)
    return raw


def main() -> None:
    source = "\n".join([BANK, PHARMA, TAX, SAAS, HOSP, MIXED, EXTRA])
    rows = record_rows(source, prefix="diverse21", expand=expand)
    for r in rows:
        for t in r["tasks"]:
            t["text"] = (
                MARK.sub(r"\1", expand(t["text"])) if len(r["tasks"]) > 1 else ""
            )
    write_and_check(HERE / "train_diverse21.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
