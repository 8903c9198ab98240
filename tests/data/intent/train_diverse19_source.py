"""Diverse training requests, set 19: staff of a mid-size insurer, its clinic, IT and legal.

Hand-written requests to an internal assistant, labelled as an independent acceptance
tester would label them: half quick chat-box asks, half longer work requests with the
material pasted in. RECORD dialect of ``corpus.py``; inside a request,
``[[TYPE:value]]`` marks a PII value that has no checksum (names, emails, phones, IPs)
and ``<<NAME>>`` inserts a seeded checksum-valid value or an unmarked look-alike.

Run: ``python tests/data/intent/train_diverse19_source.py``.
"""

# ruff: noqa: E501  (request texts are data and read better unwrapped)

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

V = Values(19_2025)

# Checksum-valid PII, marked.
VALUES = {
    "VISA1": mark("CREDIT_CARD", V.card("4", 16, " ")),
    "VISA2": mark("CREDIT_CARD", V.card("4", 16, "")),
    "VISA3": mark("CREDIT_CARD", V.card("4", 16, "-")),
    "MC1": mark("CREDIT_CARD", V.card("53", 16, "-")),
    "MC2": mark("CREDIT_CARD", V.card("2221", 16, " ")),
    "MC3": mark("CREDIT_CARD", V.card("51", 16, "")),
    "AMEX1": mark("CREDIT_CARD", V.card("37", 15, " ")),
    "AMEX2": mark("CREDIT_CARD", V.card("34", 15, "-")),
    "DISC1": mark("CREDIT_CARD", V.card("6011", 16, " ")),
    "IBAN_DE": mark("IBAN", V.iban("DE", True)),
    "IBAN_DE2": mark("IBAN", V.iban("DE", False)),
    "IBAN_GB": mark("IBAN", V.iban("GB", True)),
    "IBAN_GB2": mark("IBAN", V.iban("GB", False)),
    "IBAN_FR": mark("IBAN", V.iban("FR", True)),
    "IBAN_NL": mark("IBAN", V.iban("NL", False)),
    "IBAN_ES": mark("IBAN", V.iban("ES", True)),
    "IBAN_IT": mark("IBAN", V.iban("IT", False)),
    "IBAN_CH": mark("IBAN", V.iban("CH", True)),
    "IBAN_BE": mark("IBAN", V.iban("BE", False)),
    "IBAN_IE": mark("IBAN", V.iban("IE", True)),
    "IBAN_AT": mark("IBAN", V.iban("AT", False)),
    "IBAN_PL": mark("IBAN", V.iban("PL", True)),
    "IBAN_NO": mark("IBAN", V.iban("NO", False)),
    "SSN1": mark("US_SSN", V.ssn()),
    "SSN2": mark("US_SSN", V.ssn()),
    "SSN3": mark("US_SSN", V.ssn()),
    "SSN4": mark("US_SSN", V.ssn(" ")),
    "SSN5": mark("US_SSN", V.ssn()),
    "SSN6": mark("US_SSN", V.ssn()),
    "NRIC_S": mark("SG_NRIC", V.nric("S")),
    "NRIC_T": mark("SG_NRIC", V.nric("T")),
    "NRIC_F": mark("SG_NRIC", V.nric("F")),
    "NRIC_G": mark("SG_NRIC", V.nric("G")),
    "NRIC_M": mark("SG_NRIC", V.nric("M")),
    "NRIC_S2": mark("SG_NRIC", V.nric("S")),
    "NRIC_T2": mark("SG_NRIC", V.nric("T")),
}

# Unmarked look-alikes for the hard negatives: each fails the check it imitates.
LOOKALIKES = {
    "BADCARD1": V.bad_card("4", " "),
    "BADCARD2": V.bad_card("5", "", shift=5),
    "BADCARD3": V.bad_card("4", "-", shift=7),
    "BAD16_1": V.bad16(""),
    "BAD16_2": V.bad16(" "),
    "BAD16_3": V.bad16("-"),
    "BADIBAN_DE": V.bad_iban("DE", True),
    "BADIBAN_GB": V.bad_iban("GB", False),
    "BADIBAN_FR": V.bad_iban("FR", True, shift=23),
    "BADIBAN_NL": V.bad_iban("NL", False, shift=5),
    "BADIBAN_ES": V.bad_iban("ES", True, shift=40),
    "BADIBAN_IT": V.bad_iban("IT", True),
    "BADNRIC1": pv.bad_nric(V.rng),
    "BADNRIC2": pv.bad_nric(V.rng),
}
check_lookalikes(LOOKALIKES)

INLINE = re.compile(r"\[\[(EMAIL|PHONE|PERSON|IP_ADDRESS|US_SSN|SG_NRIC):(.+?)\]\]")
SLOT = re.compile(r"<<([A-Z][A-Z0-9_]*)>>")
SLOTS = {**VALUES, **LOOKALIKES}


def expand(raw: str) -> str:
    """Inline marks become PII marks; ``<<NAME>>`` slots become their values."""
    text = INLINE.sub(lambda m: mark(m.group(1), m.group(2)), raw)
    return SLOT.sub(lambda m: SLOTS[m.group(1)], text)


RECORDS = [
    r"""
@ qa m l p
whats the max daily dose of paracetamol for an adult under 50kg

@ code g l i
regex to match our policy numbers, format HB- then 2 letters then 6 digits, e.g. HB-MO-204118

@ summarize l m c
Can you summarise this indemnity clause for the claims team in plain English? They keep asking what we actually owe the vendor if the platform goes down. Keep it to 4-5 bullet points.

14.2 Indemnification. The Supplier shall indemnify, defend and hold harmless the Customer, its affiliates and their respective officers, directors and employees from and against any and all losses, damages, liabilities and costs (including reasonable legal fees) arising out of or in connection with (a) any breach by the Supplier of its obligations under Clause 9 (Data Protection); (b) any claim that the Services infringe the intellectual property rights of a third party; or (c) the gross negligence or wilful misconduct of the Supplier or its personnel. The Customer shall indemnify the Supplier against losses arising from Customer Data supplied in breach of applicable law. Neither party's aggregate liability under this Clause 14.2 shall exceed two times (2x) the Fees paid in the twelve (12) months preceding the event giving rise to the claim, save that no cap shall apply to claims under (a).

@ chat g l p
thanks that worked, you're a lifesaver

@ translate m l i
translate to spanish for a patient leaflet: take one tablet twice a day with food, do not drink alcohol while on this medicine

@ summarize f l c :: summarise what she's actually complaining about
@ draft f m c :: draft a reply that apologises for the delay
Got this from a customer this morning, can you summarise what she's actually complaining about and then draft a reply that apologises for the delay and tells her the adjuster will call by Friday? Keep the reply under 150 words, no promises on the amount.

---
From: [[PERSON:Margaret Oyelaran]] <[[EMAIL:m.oyelaran@btinternet.com]]>
Subject: Claim CLM-2291-4478 STILL not resolved

I reported water damage to my kitchen on 3 February. Since then I have been passed between three different people, nobody returns my calls and the last email I got said my file was "under review" with no date. I have paid my premium every month for eleven years. I have had to pay a plumber £1,840 out of my own pocket and I am now being chased by the flooring company. If I don't hear something concrete this week I will go to the Financial Ombudsman. My number is [[PHONE:07700 914362]] if anyone actually wants to call.

[[PERSON:Margaret]]

@ math f l i calc
if the premium is 1,240 a year and we give 12.5% no-claims discount and then 5% multi-policy on top, what do they pay

@ sentiment g l i
is this review positive or negative: "app is fine i guess but took 3 weeks to get my windscreen sorted"

@ code s m c
Need a python script that reads our nginx access logs and flags any IP with more than 50 failed logins (status 401 on /api/auth/login) within any 5 minute window. Output should be a CSV with ip, first_seen, last_seen, count. Sample lines below. The log is about 2GB so please don't load it all into memory, stream it.

[[IP_ADDRESS:203.0.113.45]] - - [12/Mar/2025:08:14:02 +0000] "POST /api/auth/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
[[IP_ADDRESS:203.0.113.45]] - - [12/Mar/2025:08:14:03 +0000] "POST /api/auth/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
[[IP_ADDRESS:10.20.4.17]] - - [12/Mar/2025:08:14:05 +0000] "GET /portal/claims HTTP/1.1" 200 5321 "-" "Mozilla/5.0"

@ extract f l i
@ !hn
pull the invoice numbers and totals out of this into a table: INV-2025-00412 €3,420.00, INV-2025-00419 €615.50, INV-2025-00433 €12,880.00, INV-2025-00440 €97.20

@ classify s l i
is this phishing or legit? "Your Microsoft 365 password expires today. Click here to keep your current password" sent from a gmail address

@ draft l h c
Please draft a data processing agreement addendum for our new claims triage vendor. Background: they will receive policyholder names, addresses, claim descriptions and, for injury claims, limited health information. Processing happens in their Dublin data centre, with support staff in Manila who can view records remotely. We need: Article 28 GDPR terms, a clause on sub-processors with 30 days' prior notice and a right to object, breach notification within 24 hours (not the usual 72), audit rights once a year plus after any breach, deletion or return of data within 30 days of termination, and the 2021 SCCs module 3 for the Manila access. Use UK English and number the clauses. Leave placeholders in square brackets for party names and dates.

@ creative g l p
write a short funny haiku about the printer on the 4th floor that never works

@ reasoning f h i calc
Our motor book loss ratio went from 68% to 81% in a year. Frequency is flat, average claim cost is up about 19%. Which of these is the most likely driver and what should we check first: (1) repair cost inflation from parts and labour, (2) a change in our mix towards younger drivers, (3) reserving changes by the new claims manager, (4) fraud? Walk through your reasoning and tell me which data would confirm or rule out each one.

@ qa l l p
does the uk consumer duty apply to insurance products sold to small businesses

@ translate g l i
can you put this into german: "The office will be closed on Monday for the bank holiday. Urgent claims can still be reported through the portal."

@ extract m m r
Please extract the following into JSON: patient name, date of birth, NHS number, medications (name, dose, frequency) and allergies. This is from the clinic intake form that came through as a scanned PDF and the OCR is messy.

PATIENT: [[PERSON:Tomasz Wieczorek]]   DOB 14/07/1968   NHS No 485 777 3456
Address: 12 Larch Close, Reading
Current meds: Metformin 500mg BD, Ramipril 5 mg OD, atorvastatin 20mg nocte
Allergies: Penicillin (rash), ?latex
GP: Dr [[PERSON:Helen Achebe]], Whitley Surgery
Contact: [[PHONE:0118 496 0721]]

@ chat g l p
morning! how's it going

@ code g m i
Our Excel export of the broker commission table has merged cells and the finance team wants it in a flat CSV. Can you write a pandas snippet that reads 'commissions_q1.xlsx', forward-fills the broker name column where cells are merged, drops the subtotal rows (they have "Subtotal" in column B), and writes commissions_q1_flat.csv with columns broker, product, month, gross_premium, commission_rate, commission? The commission column should be recomputed as gross_premium * commission_rate rounded to 2 decimals, not taken from the sheet, because the sheet has rounding errors.

@ qa s l p
what port does rdp use by default and should it ever be exposed to the internet

@ sentiment f m c
Can you go through these five NPS comments from the renewals survey and tell me for each one whether it's positive, negative or mixed, with one line on why?

1. "Renewal price went up 34% with no claims. Shopping around."
2. "Agent [[PERSON:Devika]] was brilliant, explained everything."
3. "Fine. Website still clunky."
4. "Happy enough, but why do I have to ring to change my address??"
5. "Paid out in 4 days after my bike was stolen, can't fault it."

@ math g l p calc
whats 17% of 46,250

@ draft g l i
write a two line teams message telling the claims team the system is back up after the outage

@ classify f m i
Please sort these expense lines into travel, meals, software, training or other. Return a table with the line and the category.

- Uber to Heathrow 14 Mar £46.20
- Pret lunch client meeting £23.10
- JetBrains licence annual £249.00
- ACII exam fee £310.00
- Premier Inn Leeds 2 nights £198.00
- Office plant (reception) £35.00
- Team dinner Dishoom £412.80

@ reasoning l h c retr
Legal question for you. A policyholder's solicitor says our exclusion for "gradual deterioration" can't apply because the leak was sudden, even though our surveyor found corrosion on the pipe that had been there for months. Our wording is "We will not pay for loss or damage caused by wear and tear, gradual deterioration, rust or corrosion". Do we have a good argument to decline, or does the proximate cause rule help them? Check against our claims guidance on escape of water and give me the strongest arguments on both sides before a view.

@ translate f m c
Bitte ins Englische übersetzen, ist für die Schadenabteilung in London:

"Sehr geehrte Damen und Herren, wir haben die Schadenmeldung vom 12.03. erhalten. Leider fehlen noch die Kostenvoranschläge der Werkstatt sowie Fotos vom Fahrzeug. Bitte senden Sie diese Unterlagen bis spätestens 31.03. an [[EMAIL:schaden@harbourline-versicherung.de]], sonst können wir den Vorgang nicht weiter bearbeiten. Mit freundlichen Grüßen, [[PERSON:Jürgen Kessler]], Sachbearbeiter"

@ qa g l p
@ !hn
what changed between version 4.2.0.17 and 4.3.0.2 of the broker portal? is there a changelog somewhere

@ chat g l p
lol ok you win

@ extract s m c :: pull out every source ip and the usernames tried
@ classify s m c :: tell me if this looks like password spraying or a single brute force
Below is an excerpt from the VPN auth log. First pull out every source ip and the usernames tried, as a table. Then tell me if this looks like password spraying or a single brute force against one account.

Mar 18 02:11:04 vpn-gw1 auth: FAIL user=j.mendes src=[[IP_ADDRESS:185.220.101.34]]
Mar 18 02:11:09 vpn-gw1 auth: FAIL user=a.kowalski src=[[IP_ADDRESS:185.220.101.34]]
Mar 18 02:11:13 vpn-gw1 auth: FAIL user=r.singh src=[[IP_ADDRESS:185.220.101.34]]
Mar 18 02:12:40 vpn-gw1 auth: FAIL user=j.mendes src=[[IP_ADDRESS:45.155.205.233]]
Mar 18 02:12:44 vpn-gw1 auth: FAIL user=t.obi src=[[IP_ADDRESS:45.155.205.233]]
Mar 18 02:13:01 vpn-gw1 auth: FAIL user=helpdesk src=[[IP_ADDRESS:2a0d:5600:24:a1::3f]]

@ math f m c calc
Quick one: a claimant's income protection benefit is 65% of pre-disability earnings, capped at £4,500 a month, less any state benefit. Earnings were £88,400 a year and she gets £442 a month state benefit. What's the monthly benefit, and what do we pay over a 26-week deferred-then-paid period of 9 months after the deferral?

@ creative g m i
We're doing a quiz night for the clinic and IT teams. Write 8 insurance-themed trivia questions with answers, light and a bit silly, nothing too technical.

@ summarize s m i
tl;dr this for me pls, 3 bullets max:

Post-incident review INC-4471. On 2 April at 09:40 the document management service became unavailable for 3h12m. Root cause was certificate expiry on the internal load balancer; the renewal job had failed silently since January because the service account password had been rotated and the job's credential store wasn't updated. Impact: claims handlers could not open attachments; 214 calls were logged. Actions: move certs to automated ACME renewal, add expiry monitoring at 30/14/7 days, document the service account dependencies.

@ qa f l p
difference between incurred but not reported reserves and case reserves, one paragraph

@ code s h i
Can you review this Flask endpoint for security problems and rewrite it properly? It's from an old internal tool that lets adjusters look up claims.

```python
@app.route("/claim")
def claim():
    cid = request.args.get("id")
    q = "SELECT * FROM claims WHERE claim_id = '" + cid + "'"
    rows = db.engine.execute(q).fetchall()
    return render_template_string("<h1>Claim " + cid + "</h1>" + str(rows))
```

It doesn't have any login check either, people just use the link from the intranet.

@ translate g l p
comment dit-on "escalation matrix" en français dans un contexte professionnel ?

@ classify g l i
@ !hn
which of these are duplicates? ticket INC0045512, INC0045521, INC0045512, REQ0019930, INC0045521

@ draft m m c
Draft a letter from the clinic to a patient's employer confirming that the patient attended an occupational health assessment on 21 March and is fit to return to work on reduced hours (4 hours a day) for two weeks, then full duties. Do not include any diagnosis. The patient is [[PERSON:Adebayo Ilori]], employer contact is [[PERSON:Sandra Whitlock]], HR Business Partner. Sign off from Dr [[PERSON:Meera Pillai]], Occupational Physician.

@ sentiment s l i
how annoyed does this sound on a scale of 1-5: "as I said in my last three emails, the firewall change is still not done"

@ extract l m c
Pull out the parties, effective date, term, renewal mechanism, notice period and governing law from this contract opening, as a bullet list.

THIS AGREEMENT is made on 1 May 2024 BETWEEN (1) Harbourline Insurance plc, a company registered in England (company no. 03318841) whose registered office is at 40 Aldgate High Street, London ("Customer") and (2) Claimwise Solutions Ltd, registered in Ireland, of Block C, Sandyford Business Park, Dublin 18 ("Supplier"). The Agreement shall commence on the Effective Date of 1 June 2024 and continue for an Initial Term of thirty-six (36) months, after which it shall renew automatically for successive periods of twelve (12) months unless either party gives not less than six (6) months' written notice before the end of the then-current term. This Agreement is governed by the laws of England and Wales.

@ reasoning g m p
if a meeting room holds 8 and we have 3 teams of 5 who each need it 2 hours a week but can't overlap with each other's standups at 9:30, is one room enough for a 40 hour week? talk me through it

@ chat g l p
can you speak malay?

@ qa m m p
My mum has just been started on apixaban after an AF diagnosis and she's also on aspirin from years ago after a minor stroke. Is it normal to be on both? I work in the clinic admin team so I'm not clinical, I just want to understand what questions to ask her GP. Please keep it general and not as medical advice.

@ math f m i calc
We have 3,200 travel policies sold in Q1 at an average premium of £38.50. Commission to the aggregator is 22% of gross premium, IPT is 12% on top of the premium (customer pays it), and claims so far are £41,300. What's gross written premium excluding IPT, the commission amount, and the claims ratio on net premium after commission?

@ draft g l i
two sentence out of office, back on the 14th, urgent stuff to the claims inbox

@ classify f m c
Can you classify each of these incoming claims as motor, home, travel, pet or liability? Just the reference and the class.

CLM-77120: "Dog ate a sock, vet did surgery, invoice attached"
CLM-77121: "Rear-ended at lights on the A40, other driver admitted fault"
CLM-77122: "Customer slipped on wet floor in our shop, solicitor letter received"
CLM-77123: "Lost luggage Lisbon airport, airline gave PIR form"
CLM-77124: "Ceiling collapsed after bath overflowed upstairs"
CLM-77125: "Windscreen chip, requesting repair"

@ summarize m h r :: summarise the attached discharge summary for the GP letter
@ extract m m r :: list the follow-up actions with owners and dates
Two things please: summarise the attached discharge summary for the GP letter (one paragraph), and list the follow-up actions with owners and dates as a table.

DISCHARGE SUMMARY
Patient: [[PERSON:Eleanor Fairweather]], 71F. Admitted 02/03 with community-acquired pneumonia, right lower lobe. CURB-65 score 2. Treated with IV co-amoxiclav then oral doxycycline. Background: COPD (FEV1 54%), T2DM, hypertension. Inpatient course complicated by AKI (creatinine peak 168, baseline 92), resolved with IV fluids; ramipril held. Discharged 09/03.
Follow-up: GP to repeat U&Es within 1 week and restart ramipril if creatinine < 110. Respiratory nurse to review inhaler technique within 4 weeks. Repeat CXR at 6 weeks (hospital to book). Patient to complete doxycycline course until 12/03.

@ creative f m p
Need 5 tagline options for a new pet insurance product aimed at first-time dog owners. Playful, max 8 words each, no puns on "paw-some" please, everyone does that.

@ qa s m p web
is there a patch yet for the fortinet ssl vpn bug that was in the news this week

@ sentiment g m i
Here is a Teams thread from the claims team after the new workflow tool went live. What's the overall mood, and is anyone actually angry or just venting?

[09:12] K: new tool is so slow to load attachments
[09:14] R: yeah but the auto-assign is nice ngl
[09:20] K: nice until it assigns me 40 files lol
[09:31] S: honestly I like it more than the old one, just needs a bit of tuning
[10:02] K: ok the filters are actually good. still slow tho

@ code f m i
sql to get total paid claims by product by month for 2024 from claims_payments(payment_id, claim_id, product_code, paid_amount, paid_date), only payments with status 'CLEARED'

@ translate l m c
Please translate this clause into plain Dutch for our Amsterdam branch, keep the legal meaning exact:

"The Insurer shall not be liable for any claim arising from an act of war, invasion, act of foreign enemy, hostilities (whether war be declared or not), civil war, rebellion, revolution, insurrection or military or usurped power."
""",
    r"""
@ extract f m r :: extract the payee details into the payment template
@ reasoning f m r :: check whether the bank details match what we have on file
A claimant sent new bank details by email. Please extract the payee details into the payment template (name, IBAN, BIC, amount, claim ref) and then check whether the bank details match what we have on file, which is below the email. If they don't match, say so clearly, because a changed IBAN on a large payment is exactly what the fraud team told us to watch for.

Email:
"Hello, please pay the settlement for claim CLM-60331 (€18,250.00) to my new account: [[PERSON:Lucía Ferrer Montoya]], IBAN <<IBAN_ES>>, BIC CAIXESBBXXX. My old account is closed. Thanks."

On file: [[PERSON:Lucía Ferrer Montoya]], IBAN <<IBAN_IT>>, BIC UNCRITMMXXX, last verified 2023.

@ qa f l p
what's a no-claims bonus protection and is it worth it

@ draft f m r
Write a short internal note to the payments team asking them to refund the duplicate premium charge on card <<VISA1>> for policy HB-HO-553201. The customer, [[PERSON:Gareth Pugh]], was charged £312.40 twice on 4 April. Ask them to confirm when done and to reply to [[EMAIL:gareth.pugh74@gmail.com]] directly, copying me.

@ classify s l r
is this number a real card or a test one? <<MC1>> — found it in a dev database dump

@ summarize g m i :: sum up the main decisions
@ draft g m i :: write the follow-up email to attendees
@ extract g l i :: list the open action items with names
Here are my raw notes from today's office move planning meeting. Can you sum up the main decisions, then write the follow-up email to attendees, and finally list the open action items with names in a little table?

notes:
- move to 3rd floor confirmed for 2 june, weekend move
- IT needs 2 weeks for network, cabling quote 14k approved
- clinic stays on ground floor (patient access), only admin desks move
- hot desking 1.3 ratio for claims, fixed desks for legal because of confidential files
- kitchen budget not agreed, revisit next meeting
- facilities to send floor plan by friday, IT to confirm printer locations, HR to do comms to staff

@ math f l i calc
compound 2.5m at 4.1% for 7 years, annual compounding

@ translate g l p
what's "please find attached" in spanish, formal

@ extract s l r
get the ssn out of this so I can mask it in the ticket: "employee [[PERSON:Darnell Whitfield]] ssn <<SSN1>> locked out of workday"

@ code s m i
Write a bash one-liner or small script that goes through /var/log/auth.log* (including the gzipped rotated ones) and prints the top 20 source IPs for "Failed password" lines with counts, sorted descending. Needs to work on Ubuntu 22.04 with no extra packages.

@ chat g l p
what can you actually do? like what kind of stuff should i ask you

@ reasoning s h c
We got an alert from the EDR: powershell.exe spawned by winword.exe on a claims handler's laptop (host CLM-LT-0442), with an encoded command that downloads from hxxp://cdn-update[.]net/a.ps1. The user says she opened an attachment "Claim_Photos_March.docm" from someone claiming to be a loss adjuster. The laptop has been on the network for about 40 minutes since. Given what we know, should we isolate the machine now, reset her credentials, or wait for more telemetry? Reason through the risks of each and give me an order of actions for the next hour. Her IP was [[IP_ADDRESS:10.12.40.88]] and she was logged into the claims system and Outlook.

@ sentiment f l c
tone check, does this sound too harsh to send to a broker? "We note that for the third consecutive month your submissions have been incomplete. Further incomplete submissions will result in a review of your agency agreement."

@ qa l m p
In the UK, how long do we need to keep claims files after a claim is closed? I've heard 6 years, 7 years and "indefinitely for injury claims involving children". Which is right, and why does the children one exist?

@ math m l p calc
bmi for 82kg and 1.74m

@ extract f m r
Pull out the card details and amounts from this call transcript so the payments team can process the refund, and give it back as key: value lines.

Agent: Can I take the long card number please?
Customer: Yes it's <<AMEX1>>.
Agent: And the expiry?
Customer: 09/27.
Agent: Thank you. So that's a refund of £86.00 for the cancelled gadget cover, policy HB-GD-110293, in the name of [[PERSON:Priyanka Deshmukh]]?
Customer: Yes that's right.

@ creative g l p
give me a fun name for our team's slack channel, we're the fraud analytics team

@ classify l m c
Here are six clauses from a reinsurance treaty. Label each one as one of: definitions, coverage, exclusions, claims procedure, termination, dispute resolution.

(a) "Loss Occurrence" shall mean all individual losses arising out of and directly occasioned by one catastrophe.
(b) The Reinsurer shall not be liable for losses arising from nuclear reaction or radioactive contamination.
(c) The Reinsured shall advise the Reinsurer promptly of any loss which may give rise to a claim hereunder.
(d) Either party may terminate this Agreement at 31 December of any year by giving 90 days' notice.
(e) Any dispute shall be referred to arbitration in London under ARIAS rules.
(f) The Reinsurer shall indemnify the Reinsured for Ultimate Net Loss in excess of £5,000,000 each Loss Occurrence.

@ summarize m m c
Summarise this for a non-clinical manager. It's the clinic's monthly infection control report; she only needs the key points and anything she has to act on.

Hand hygiene audit compliance 91% (target 95%), lowest in the phlebotomy room (84%). Two sharps injuries reported, both staff, both low risk, both followed up by occupational health within 24h. Clinical waste collection missed twice in March due to contractor issues; waste stored securely but bin capacity exceeded on 14/03. Fridge temperature log gaps on 3 days for vaccine fridge 2; no excursions recorded on the data logger. Actions: retraining for phlebotomy staff, formal complaint to waste contractor, second data logger for fridge 2 (cost approx £180, needs manager approval).

@ code g l i
excel formula: if column C is "closed" and D is more than 30 days before today, show "archive", else blank

@ translate f m r
Tolong terjemahkan ke bahasa Inggeris, ini daripada pelanggan di Kuala Lumpur:

"Saya ingin membuat tuntutan untuk kerosakan kereta saya. Nombor polisi saya HB-MY-208841. Sila pindahkan bayaran ke akaun saya. Kad pengenalan Singapura isteri saya ialah <<NRIC_S>> kerana kereta didaftarkan atas namanya, [[PERSON:Nurul Aisyah binti Hamzah]]. Telefon saya [[PHONE:+60 12-338 4471]]."

@ qa g l p
@ !hn
our order #40018832 from the stationery supplier hasn't arrived, who do i chase, facilities or procurement?

@ draft l m c :: Draft a response to the data subject
@ reasoning l m c :: tell me whether we can withhold the adjuster's internal notes
Legal team request. Draft a response to the data subject access request below, acknowledging receipt and confirming the one-month deadline. Separately, tell me whether we can withhold the adjuster's internal notes that speculate about fraud, and on what basis under the UK GDPR / DPA 2018.

"To whom it may concern, under Article 15 GDPR I request a copy of all personal data you hold about me, including all notes, recordings and emails relating to my claim CLM-58120. [[PERSON:Oluwaseun Adeyemi]], 22 Finch Road, Croydon, [[EMAIL:seun.adeyemi@outlook.com]]"

@ chat g l p
haha fair enough. ok next question

@ math f m i calc
We're comparing two deductible options for a fleet policy. Option A: £500 deductible, premium £86,000. Option B: £2,500 deductible, premium £71,500. Last 3 years the fleet had 41, 37 and 44 claims a year, and nearly all of them were over £2,500. Based on the average claim count, what's the expected annual cost difference between A and B, including the extra deductible we'd pay under B?

@ extract g m i
@ !hn
From this purchase order confirmation, extract supplier, PO number, line items (part number, description, qty, unit price) and delivery date, and output as JSON.

PURCHASE ORDER PO 4500128834
Supplier: Dataline Office Systems Ltd
Delivery: 22/05/2025, Harbourline House, goods-in
Line 1: P/N 7781-004-22B  Docking station USB-C   qty 40  £129.00
Line 2: P/N 7781-010-03A  24" monitor             qty 40  £148.50
Line 3: P/N CBL-HDMI-2M   HDMI cable 2m           qty 80  £4.20
Total ex VAT: £11,466.00

@ sentiment m m c
The clinic got these three comments on the patient feedback form this week. Give me the sentiment of each and flag any that sound like a formal complaint we have to log under the complaints procedure.

1. "Nurse was lovely but I waited 50 minutes past my appointment time and nobody told me why."
2. "Very efficient flu jab, in and out in 10 minutes."
3. "The doctor dismissed my concerns about my knee and I want this looked at by someone else. I am not happy with how I was spoken to."

@ qa s l p
is sha1 still ok for signing internal documents?

@ draft s m i
Write the phishing simulation debrief email for staff. Last week 18% of staff clicked the fake "parcel delivery" link and 6% entered credentials. Tone: supportive, not shaming. Include 3 tips for spotting this kind of message, and remind them to use the Report Phish button in Outlook. Keep it under 200 words.

@ reasoning g m p
which is cheaper over 3 years, leasing 60 laptops at £38 a month each or buying at £1,050 each with a £150 resale value at the end? ignore tax

@ classify m l c
triage level for this: 54M, central chest pain radiating to left arm for 20 min, sweaty — routine, urgent, or emergency?

@ translate m m r
Please translate this referral letter into English. It came from a clinic in Lyon for one of our expat policyholders.

"Cher confrère, je vous adresse Mme [[PERSON:Camille Roux]], née le 03/11/1979, pour avis concernant des céphalées chroniques évoluant depuis six mois, résistantes au paracétamol et à l'ibuprofène. L'IRM cérébrale du 12 février est normale. Je vous remercie de bien vouloir la recevoir. Bien confraternellement, Dr [[PERSON:Antoine Mercier]]."

@ code f h i code
I need a Python function that computes earned premium for a list of policies as of a valuation date, using the 365ths method. Each policy has inception_date, expiry_date, written_premium and possibly a cancellation_date (in which case earning stops there and the unearned part is refunded pro rata). Write it with type hints, handle leap years properly, and include a few pytest cases I can run, including a policy cancelled mid-term and one that hasn't started yet.

@ chat g l p
sorry, wrong window, ignore that

@ summarize l h c
Could you summarise the key points of this court judgment extract for our claims managers? Focus on what it means for how we handle late notification of claims.

"The insurer contended that the insured's failure to notify the loss 'as soon as possible', as required by condition 7, entitled it to decline the claim. The condition was not expressed to be a condition precedent. The court held that, in the absence of clear words making notification a condition precedent, breach of the notification clause gave rise only to a claim in damages, and the insurer was required to show prejudice resulting from the delay. On the evidence, the four-month delay had not prevented the insurer from investigating the cause of the fire, since the site had been preserved and the fire brigade report was available. The insurer's declinature was therefore not justified and the claim succeeded in full, subject to the policy excess."

@ extract s m c :: list every IP address and hostname mentioned
@ summarize s m c :: give me a two line summary of what happened
@ draft s l i :: a one line status update for the #incident channel
Firewall and proxy notes from last night below. Please list every IP address and hostname mentioned, give me a two line summary of what happened, and draft a one line status update for the #incident channel.

23:02 proxy blocked outbound to [[IP_ADDRESS:91.219.236.18]] (known C2, threat feed match) from host fin-ws-113 / [[IP_ADDRESS:10.30.2.113]]
23:05 same host attempted DNS over HTTPS to [[IP_ADDRESS:2606:4700:4700::1111]], allowed by policy
23:20 EDR quarantined file invoice_0423.js on fin-ws-113
23:41 SOC isolated fin-ws-113, user notified
00:15 no further outbound attempts seen

@ qa f m p
For a general insurer in the UK, what is the Solvency II SCR roughly trying to measure, and what does a solvency ratio of 160% mean in plain terms? I need to explain it to new graduates in the finance team.

@ math g l p calc
how many working days between 3 march and 28 april 2025 if easter monday and good friday are off

@ creative m m p
Write a short, warm poem (8-12 lines) for the clinic's retirement card for our senior nurse who has worked here 27 years. She loves gardening and is famous for her terrible coffee.

@ classify g l i
@ !hn
sort these by priority P1-P4 based on the description only: JIRA-2231 login page down for all users, JIRA-2240 typo on FAQ page, JIRA-2244 export to csv slow, JIRA-2251 payments failing for amex

@ extract f m r
Pull the SSN, name, date of loss and claim amount out of this US workers' comp first report, as JSON please.

EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Raymond K. Delacroix]]   SSN: <<SSN2>>
Employer: Harbourline Specialty Inc., Chicago IL
Date of injury: 02/11/2025   Time: 14:30
Description: slipped on ice in loading dock, right wrist fracture
Estimated claim amount: $14,800
Reported by: [[PERSON:Tanya Brooks]], HR, [[PHONE:(312) 555-0148]]
""",
    r"""
@ summarize g l i :: summarise this
@ translate g l i :: put it in french for the paris office
summarise this and then put it in french for the paris office: from monday all visitors must sign in at reception and wear a badge, contractors need a permit from facilities, and the side door will be locked after 6pm

@ extract f l i :: what's the policy number
@ qa f l i :: is it still active
@ !hn
what's the policy number here and is it still active? "Policy HB-TR-880214, issued 2024-06-01, annual multi-trip, expires 2025-05-31"

@ code g l i :: fix this
@ code g l i :: explain why it only matched the first one
fix this and explain why it only matched the first one: re.match(r"CLM-\d+", text) on "see CLM-1002, CLM-1003 and CLM-1010"

@ classify f m i
@ !hn
Can you flag which of these payment references look like they could be card numbers that someone pasted by mistake, and which are just our internal refs? Finance wants to know before they export the file to the auditors.

REF-2025-000418
<<BADCARD1>>
PAY-7731-2209-4418
<<BAD16_1>>
CLM-60331-SETTLE
0000 0000 0000 0001
SO-18820931

@ reasoning f m i calc
@ !hn
Our reinsurance broker quoted two programmes. Programme 1: £10m xs £5m at a rate on line of 7.5%. Programme 2: £15m xs £5m at a rate on line of 6.2%. Is the extra £5m of cover in programme 2 cheap or expensive compared with the first £10m? Work out the premium for each, the marginal cost of the extra layer, and the implied rate on line of that marginal £5m, then give me your view.

@ qa m l p
can you take ibuprofen with sertraline

@ draft m m c
Write a short, kind text message (under 300 characters) reminding a clinic patient of their appointment tomorrow at 10:20 with the physiotherapist, asking them to bring trainers and a list of medications, and giving the clinic number [[PHONE:+44 20 7946 0381]] to rebook. Do not include the patient's name in the message.

@ extract m m r :: pull out the vitals
@ classify m m r :: tell me if the news2 score means we need to escalate
pull out the vitals and tell me if the news2 score means we need to escalate: Mr [[PERSON:Idris Balogun]], RR 23, SpO2 93% on air, BP 104/68, HR 112, temp 38.4, alert

@ qa l m p
What's the difference between a warranty and a condition in an insurance contract after the Insurance Act 2015? Short answer with an example of each, please, this is for a training slide.

@ math f l i calc
@ !hn
add these up: 1,204.50 + 388.20 + 12,900.00 + 45.75 + 3,310.10, and what's that minus the 2.5% early payment discount

@ chat g l p
good morning, it's my first day in the claims team, be gentle with me

@ sentiment g m i :: what's the overall sentiment
@ summarize g m i :: pull out the three most common complaints
@ draft g m i :: suggest a reply we can post on the intranet
We ran a pulse survey on the new hybrid working policy. Below is a sample of the free-text answers. Please tell me what's the overall sentiment, then pull out the three most common complaints, and finally suggest a reply we can post on the intranet acknowledging them.

- "Two days in the office is fine but why are they fixed days? I have childcare on Tuesdays."
- "Love the flexibility, honestly."
- "Office is half empty on Fridays so what is the point of going in."
- "Desk booking system is a nightmare, there are never any desks near my team."
- "Generally positive, but fixed days are a problem for parents."
- "Travel costs went up and there's no support for that."
- "It works for me."

@ code s m i
@ !hn
write a python check that tells me whether a server's openssl version is older than 3.0.13. version strings look like "OpenSSL 3.0.2 15 Mar 2022" or "OpenSSL 1.1.1w  11 Sep 2023"

@ translate l h c
I need this arbitration clause translated from English to Mandarin (simplified) for our Shanghai reinsurance partner. Please keep the legal terms precise and, where there's no direct equivalent, keep the English term in brackets after the Chinese.

"Any dispute arising out of or in connection with this contract, including any question regarding its existence, validity or termination, shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre in accordance with the Arbitration Rules of the Singapore International Arbitration Centre for the time being in force. The seat of the arbitration shall be Singapore. The tribunal shall consist of three arbitrators. The language of the arbitration shall be English."

@ qa s l p
what's the difference between a vulnerability scan and a pen test

@ extract g l i
@ !hn
get the dates out of this and put them in iso format: "kick-off 3/4/2025, design sign-off 17 April, UAT 12-05-2025 to 23-05-2025, go live Mon 2nd June"

@ reasoning l h c retr
We've received a pre-action letter from a claimant's solicitor for a public liability claim against one of our policyholders, a small café. The incident happened 2 years and 10 months ago. The claimant slipped on a wet floor, there was a "wet floor" sign but the claimant says it was behind the counter. Our policyholder only told us about it last week, when the letter arrived. Please think through (1) whether limitation is an issue, (2) whether late notification lets us decline or reduce cover under our standard commercial combined wording, and (3) what we should do in the next 14 days. Refer to our claims manual where you can.

@ classify s l i
@ !hn
severity for this: CVE score 9.8, affects build 2.14.1 of the logging library, we run 2.17.0 everywhere except the legacy reporting box which is on 2.12.4

@ summarize f h c :: Summarise the board paper
@ math f m c :: recalculate the combined ratio for both years
@ reasoning f h c :: whether the explanation for the deterioration holds up
Three things on the board paper below. Summarise the board paper in five bullets for the exec team, recalculate the combined ratio for both years from the figures in the table (I think there's an error), and give me your view on whether the explanation for the deterioration holds up.

Extract: "Home underwriting result 2024. The combined ratio deteriorated from 94.1% to 99.8%, driven primarily by weather events in Q4 (storms Darragh and Bert) and claims inflation in building materials. Expense ratio improved due to the claims system migration."

| | 2023 | 2024 |
| Net earned premium (£m) | 212.4 | 228.9 |
| Net incurred claims (£m) | 138.7 | 165.2 |
| Expenses (£m) | 61.2 | 62.6 |

@ qa g l p
is it "practise" or "practice" as a verb in british english

@ creative g m i
Write a short story (around 150 words) for the internal newsletter about a claims handler who discovers the office coffee machine is secretly filing its own warranty claim. Light, silly, office-friendly.

@ translate g l p
"no worries, take your time" in japanese, polite

@ draft l m c retr
Please draft a reservation of rights letter to our policyholder, Greenway Logistics Ltd, regarding the warehouse fire claim. We are investigating whether the sprinkler system was maintained as required by the policy's protection warranty, and we want to keep our position open while we investigate without declining cover. Use our usual reservation of rights template from the legal library if you can find it, and keep it firm but not hostile. Address it to the finance director, [[PERSON:Colm Brennan]].

@ extract s m i
@ !hn
Pull the software name, installed version and latest version out of this patch report into a table, and add a column saying whether it's behind:

Host: app-prd-07
- Apache Tomcat  installed 9.0.82  latest 9.0.98
- OpenJDK        installed 17.0.9  latest 17.0.14
- PostgreSQL client installed 15.4  latest 15.10
- agent-collector installed 4.2.0.17  latest 4.2.0.17
- nginx          installed 1.24.0  latest 1.26.2

@ math m l p calc
child weighs 18kg, dose is 15mg/kg, suspension is 120mg per 5ml, how many ml

@ sentiment l m c
Reading this email from opposing counsel, is the tone signalling they want to settle, or are they digging in? Just your read on the tone, I'll decide the strategy.

"We note your client's continued refusal to engage with our proposals. Our client remains willing to explore a resolution without the cost of proceedings, but that willingness is not unlimited. We invite your client to reconsider its position within 14 days, failing which we are instructed to issue without further notice."

@ chat g l p
you there?

@ code s h i
We want to detect impossible travel in our Entra ID sign-in logs. Write a KQL query for Sentinel that flags a user who signs in successfully from two locations more than 500 km apart within 60 minutes. Use the SigninLogs table, LocationDetails for geo coordinates, and exclude our corporate VPN egress ranges (we'll keep them in a watchlist called CorpEgress). Please explain each step in a comment because our junior analysts will maintain it.

@ classify g l p
is this a question or a complaint: "why does the portal log me out every 5 minutes"

@ qa f l p web
what's the current bank of england base rate
""",
    r"""
@ draft g l i :: write a polite email declining the vendor's lunch invite
@ qa l l i retr :: remind me what our gifts and hospitality limit is
write a polite email declining the vendor's lunch invite, and remind me what our gifts and hospitality limit is

@ math f l i calc :: calculate the monthly instalment
@ draft f l i :: write one sentence I can put in the customer letter
calculate the monthly instalment on a £1,380 annual premium paid monthly with a 6.9% flat interest charge, then write one sentence I can put in the customer letter explaining it

@ translate m l i :: translate this discharge advice into polish
@ summarize m l i :: shorten it to 3 lines
translate this discharge advice into polish and shorten it to 3 lines: rest for 48 hours, keep the wound dry for 5 days, take painkillers as needed, come back if you get a fever or the redness spreads

@ classify s l i :: classify these alerts as true positive or false positive
@ reasoning s m i :: explain your call for the last one
@ !hn
classify these alerts as true positive or false positive and explain your call for the last one: (1) 400 failed logins for svc_backup in 2 min after password rotation at 02:00, (2) new admin account created 03:14 by unknown process, (3) AV update 8.4.17.302 flagged as unsigned

@ extract l l c :: who are the parties
@ qa l l c :: when can we terminate
who are the parties in this and when can we terminate? "This Services Agreement between Harbourline Insurance plc and Brightcall Contact Centres Ltd... Either party may terminate for convenience on 90 days' written notice after the first anniversary of the Effective Date (1 September 2024)."

@ code g m i :: Write a python function that validates a UK postcode
@ code g l i :: give me 5 test cases
Write a python function that validates a UK postcode (including the weird ones like GIR 0AA and BFPO) and give me 5 test cases.

@ chat g l p
ok thanks, that's all for now. have a good weekend

@ sentiment g l i
sentiment of "oh GREAT another mandatory training module, exactly what i needed this week"

@ qa m l p
how long after a tetanus booster is it still valid

@ reasoning g l p
@ !hn
if ticket INC0099812 was opened at 14:50 on friday and the sla is 16 business hours (9-5, mon-fri), when does it breach

@ extract f l r
card number from this chat please, i need to void it: "hi yes can you charge my other card <<VISA2>> exp 11/26 thanks"

@ translate f m c :: Translate the customer's message below into English
@ sentiment f l c :: tell me how upset they are
@ draft f m c :: draft a reply in Portuguese
Translate the customer's message below into English, tell me how upset they are on a 1-5 scale, and draft a reply in Portuguese saying we have escalated it to the claims manager.

"Boa tarde. Já é a terceira vez que envio os documentos do sinistro do meu carro e ninguém me responde. Paguei o seguro durante oito anos sem nunca ter um sinistro e agora que preciso sou tratado assim. Se não tiver resposta até sexta-feira vou apresentar reclamação ao regulador. [[PERSON:João Carvalho Neves]], [[PHONE:+351 912 447 038]]"

@ creative g l p
a limerick about monday morning standups

@ classify f l i
@ !hn
which budget line does this go to: "renewal of firewall support contract, PO 4500133107, £18,400, 12 months from 01/07/2025" — IT opex, IT capex, security opex or facilities?

@ math f m i calc
@ !hn
We paid out the following on the storm event: 412 claims at an average of £3,850, 37 large claims totalling £2.96m, and loss adjuster fees of £214,000. Our cat reinsurance attaches at £3.5m with 95% recovery above that. How much do we recover from reinsurers and what's our net retained loss?

@ draft s m i retr
Draft a short acceptable use reminder for staff about using public AI chatbots at work. Key points: never paste customer data, claims files, clinical notes or source code into public tools; use the internal assistant instead; report accidental disclosures to the DPO within 24 hours. Check it lines up with our Information Security Policy section on data handling, which you should be able to find, and keep it to about 150 words.

@ summarize l l i
@ !hn
summarise changes between contract version 3.1 and 3.2: clause 4.2 payment terms 30 days -> 45 days, clause 9.1 liability cap £1m -> £2.5m, schedule 2 service credits added, effective 01/10/2025

@ qa s m p
We're thinking of enforcing FIDO2 security keys for admins but allowing authenticator app push for everyone else. Is push MFA still considered reasonably safe given MFA fatigue attacks, and what's the usual mitigation? Short answer is fine.

@ extract m m r :: extract the diagnoses and medications
@ translate m m r :: give me the same list in german
extract the diagnoses and medications from this note and give me the same list in german for the patient's doctor in munich:

Pt [[PERSON:Klaus Brandt]], 58. Dx: hypertension, hyperlipidaemia, gout. Meds: amlodipine 10mg OD, atorvastatin 40mg ON, allopurinol 300mg OD, colchicine 500mcg PRN for flares.

@ reasoning f h i calc
Our pricing team wants to drop the youngest driver loading from 85% to 60% to win market share in the 17-21 segment. Currently we write about 4,000 such policies at an average base premium of £1,100 before loading, and the segment's loss ratio is 92%. Competitors' equivalent loading is around 65%. Think through what happens to premium income and to the loss ratio if volumes go up 30% but claims per policy stay the same, and tell me whether this looks like a good idea. Show the calculations.

@ chat g l p
what's your favourite colour

@ code g l i
@ !hn
regex for build numbers like 2025.04.1187 or 2024.12.0042, year dot month dot 4 digits

@ classify l m c
For each email subject below, tell me which legal workstream it belongs to: litigation, regulatory, employment, commercial contracts, data protection.

1. "FCA Dear CEO letter - claims handling - response due"
2. "Tribunal claim - ex-employee unfair dismissal"
3. "Subject access request - CLM-58120"
4. "Renewal of SaaS agreement - redlines from vendor"
5. "Defence due - Greenway Logistics v Harbourline"
6. "Breach log entry - misdirected email"

@ draft f m c :: Draft a renewal letter
@ math f l c calc :: work out the new premium
Draft a renewal letter for a small business customer and work out the new premium: last year £2,640, rate increase 8.5%, plus an extra £120 for the new employers' liability extension, then IPT at 12% on the total. The customer is [[PERSON:Helen Marchetti]] of Marchetti's Deli, and the letter should be friendly and explain the increase is due to claims inflation across the market.

@ qa g l p
what does "per my last email" actually mean lol

@ sentiment m l c
is this patient happy or not: "the new physio is much better than the last one, finally making progress with my shoulder"

@ summarize s h c
Summarise this pen test report executive summary for the board risk committee in plain English, no jargon, max 120 words.

"The external assessment identified 2 critical, 5 high and 11 medium findings. Critical findings: (1) an unauthenticated SQL injection in the legacy broker quote API permitting extraction of policy data; (2) default credentials on an internet-facing HVAC management interface at the Chicago office. High findings include missing HTTP security headers on the customer portal, outdated TLS configuration on the SFTP gateway, user enumeration on the password reset page, and excessive permissions on a cloud storage bucket containing marketing assets. The testers did not obtain access to claims or clinical systems. Remediation of critical findings is recommended within 7 days."

@ translate g l p
how do you say "your claim has been approved" in italian and spanish

@ extract f m i
@ !hn
Please turn this bank statement excerpt into a CSV with columns date, description, amount, balance. Amounts in brackets are debits.

02-04-2025  BACS HARBOURLINE PREM COLL 0425        12,408.22     1,204,118.40
03-04-2025  FPS OUT CLM SETTLE BATCH 1187         (88,410.00)    1,115,708.40
03-04-2025  CHAPS REINSURANCE RECOVERY Q1         402,000.00     1,517,708.40
04-04-2025  DD OFFICE LEASE ALDGATE               (61,250.00)    1,456,458.40
07-04-2025  CARD SETTLEMENT MERCHANT 7720119       3,117.65      1,459,576.05

@ qa l l p
what's the limitation period for a contract claim in scotland

@ code f m i code :: Write me a quick Python script
@ math f l i calc :: what the answer should be for the sample
Write me a quick Python script to compute the IRR of these cash flows for a claims system investment, and tell me what the answer should be for the sample: year 0 -£1.2m, years 1-5 savings of £310k, £340k, £340k, £360k, £360k.

@ classify m m c
Code each of these GP consultation reasons to one of: respiratory, musculoskeletal, mental health, cardiovascular, dermatology, other.

- "low mood for 2 months, not sleeping"
- "persistent cough, 3 weeks, no fever"
- "itchy rash on forearms after new washing powder"
- "knee pain after running"
- "palpitations when climbing stairs"
- "travel vaccinations for Thailand"

@ reasoning s m i
@ !hn
Two of our servers show different hash values for the same release package, build 7.3.1.2208. One was deployed from the CI pipeline, the other was copied manually by a contractor from a USB stick last month. What are the possible explanations, which is most likely, and what should we do before treating it as a compromise?

@ draft g l p
write a thank you note to the volunteers who ran the charity bake sale, raised £1,432

@ extract s l c
grab the ip addresses from this: blocked [[IP_ADDRESS:198.51.100.23]] and [[IP_ADDRESS:198.51.100.77]] at the waf, also [[IP_ADDRESS:2001:db8:ac10:fe01::42]] hitting /wp-login.php

@ qa f l p
why do insurers care so much about the combined ratio

@ math g l p calc
convert 37.5 degrees celsius to fahrenheit and 101.3 f to c

@ sentiment f m c :: Give me the sentiment of each broker comment
@ classify f m c :: group them into themes
Give me the sentiment of each broker comment and then group them into themes (pricing, service, systems, product):

- "Your rates for commercial property are no longer competitive in the Midlands."
- "Underwriter turnaround has really improved this year, thanks."
- "Portal still crashes when I upload schedules over 5MB."
- "Would love a cyber product for micro businesses."
- "Claims team in Leeds are a pleasure to deal with."

@ chat g l p
do you remember what we talked about yesterday

@ creative l m p
Write a short, clever opening line for a talk to the legal team about contract automation. Give me three options: one funny, one serious, one with a literary reference.
""",
    r"""
@ extract f m r :: extract the beneficiary details for each supplier
@ classify f l r :: mark any where the IBAN country doesn't match the supplier's country
Finance ops request: extract the beneficiary details for each supplier below into a table (supplier, country, IBAN, amount) and mark any where the IBAN country doesn't match the supplier's country, because those need a second approver.

1. Meyer Gebäudetechnik GmbH (Germany) — <<IBAN_DE>> — €14,220.00
2. Atelier Lumière SARL (France) — <<IBAN_FR>> — €3,980.50
3. Van Dijk Schadeherstel BV (Netherlands) — <<IBAN_NL>> — €7,115.00
4. Hollis Surveyors Ltd (UK) — <<IBAN_CH>> — £22,400.00
5. Kowalski Transport Sp. z o.o. (Poland) — <<IBAN_PL>> — PLN 18,900.00

@ qa s l p
whats the difference between ipv4 private ranges 10/8 and 172.16/12, which one should we use for the new clinic vlan

@ draft m h r retr
The clinic needs a template for a letter to patients whose test results were sent to the wrong address by the lab courier. This is a data breach that we have logged with the DPO. The letter should explain what happened in plain language, which information was involved (name, date of birth, blood test results), what we have done (recovered the letter unopened from the other address, retrained the courier firm), what the patient can do, and who to contact: the Data Protection Officer at [[EMAIL:dpo@harbourline-ins.com]] or [[PHONE:+44 20 7946 0199]]. Check the wording against our breach notification procedure in the policy library. Tone: honest, apologetic, not alarming. About 250 words.

@ math f l i calc
what's 3.2 million sterling in euros at 1.1842

@ classify g l p
@ !hn
is "2024-11-05" a date in may or november? our system exported dates inconsistently and i can't tell which format

@ translate g l i
translate "please do not reply to this automated message" into german, french, dutch and polish

@ code s m i :: write a powershell script that lists all local admin accounts on a list of servers
@ code s l i :: explain how to run it with least privilege
write a powershell script that lists all local admin accounts on a list of servers from servers.txt and exports to csv, then explain how to run it with least privilege

@ sentiment g l i
how does this come across: "per the attached, which I already sent twice, please action asap"

@ extract l m c
From this witness statement extract: date, time, location, what the witness saw, and whether they were an employee. Return as a short table.

"I, [[PERSON:Paul Stenning]], am a warehouse supervisor employed by Greenway Logistics. On 11 January 2025 at about 06:40 I was in bay 4 of the Hemel Hempstead warehouse. I saw smoke coming from the battery charging area near the forklift bays. I activated the fire alarm and called the fire brigade. I did not see anyone in the charging area at the time."

@ reasoning m h c
A 67-year-old policyholder with private medical cover has asked whether her hip replacement is covered. She had hip pain documented by her GP 8 months before the policy started, but no diagnosis or treatment at the time, and the policy has a 5-year moratorium for pre-existing conditions with a 2-year symptom-free rule. The GP letter from before inception says "intermittent right hip ache, advised analgesia and exercise, review if worse". Talk through how the moratorium applies here and whether this is likely to be excluded, flagging where a clinician's view is needed.

@ chat g l p
hey, quick one, are you the same as chatgpt?

@ qa g l p
@ !hn
what's the difference between version 2.3.0.12 and 2.3.0.12-rc1, is rc a release candidate

@ summarize g m i :: Summarise this thread
@ extract g l i :: list the decisions that were actually made
@ draft g l i :: a reply from me saying I agree with the claims lead
Summarise this thread, list the decisions that were actually made, and write a reply from me saying I agree with the claims lead about the timing.

From: Facilities — We need to close the 2nd floor kitchen for a week for repairs. Proposing w/c 9 June.
From: Claims team lead — 9 June is quarter-end for us, can it be w/c 16 June?
From: Facilities — 16 June is possible but the contractor charges £400 more.
From: Finance — £400 is fine, approved.
From: Facilities — OK, moving to 16 June pending contractor confirmation.

@ math f m r calc
Customer overpaid by card. Policy HB-PT-301177, annual pet premium £324.60, she paid £432.80 in total across two transactions on card <<MC2>>. How much do we refund, and if we refund to the card and the merchant fee of 1.4% isn't recoverable on the original charges, how much does the overpayment cost us in fees?

@ extract s m r
Please extract the user, SSN and the systems they had access to from this offboarding ticket so I can confirm deprovisioning. Return a checklist.

OFFBOARDING - Chicago office
Name: [[PERSON:Marcus Oyelowo]]
SSN (last payroll): <<SSN3>>
Last day: 28 March 2025
Access: Guidewire ClaimCenter, Workday, Okta, Salesforce (read only), VPN, shared drive \\chi-fs01\underwriting

@ creative f m p
Write a 30-second radio ad script for our home insurance that mentions the 24/7 claims line and the fact that we fix leaks fast. Friendly, slightly funny, no scary flood imagery.

@ classify s m i
@ !hn
For each of these firewall change requests, classify the risk as low, medium or high and say why in a few words.

CHG0031172: open TCP 443 from internet to new customer portal load balancer
CHG0031175: open TCP 3389 from internet to jump host for contractor, 2 weeks
CHG0031180: allow UDP 123 outbound from all servers to ntp pool
CHG0031184: open TCP 1433 between app-prd-02 and db-prd-01 (same VLAN)

@ qa l m p
Can an insurer in the UK refuse to pay a claim because the customer didn't disclose something they weren't asked about at application? I think the old rule was different but CIDRA changed it. Explain briefly.

@ translate m l r
translate into simplified chinese for the patient's family: Mr [[PERSON:Lee Wen Hao]] is stable and comfortable, the doctor will call you at [[PHONE:+65 9124 5583]] tomorrow morning

@ sentiment s l i
is this user being sarcastic? "love how the vpn drops every time i open outlook, really great work team"

@ code f m i
@ !hn
I need a SQL query for our Postgres claims warehouse that returns, for each product and month in 2024, the number of claims opened, the number closed and the average days to close. Tables: claims(claim_id, product_code, opened_at, closed_at). Closed claims have closed_at not null. Months should be from opened_at. Sample product codes are HOME-STD-v3.1, MOTOR-PRIV-v2.0.4 and TRAVEL-AMT-v1.9. Return the query only, with a short comment per CTE.

@ reasoning g m p
should i use a pie chart or a bar chart for showing claims volume by 9 product lines to the board

@ summarize m m r
summarise this consult note for the handover, 3 lines: [[PERSON:Sunita Rao]] 44F, 2/7 hx of dysuria, frequency, no fever or loin pain, urine dip nitrites+ leucocytes+, not pregnant, no allergies. Dx uncomplicated UTI. Rx nitrofurantoin 100mg MR BD 3 days. Safety-netted re fever/flank pain.

@ extract f l r
need the iban from this, just the iban: "Please send my reimbursement to <<IBAN_GB>>, sort code 20-41-56, [[PERSON:Tom Ashworth]]"

@ draft s h i :: Draft an incident response runbook section for ransomware
@ classify s m i :: rank the systems below by restoration priority
Draft an incident response runbook section for ransomware (detection, containment, eradication, recovery, communications; bullet points are fine), and then rank the systems below by restoration priority with a sentence of justification each.

Systems: claims platform (Guidewire), clinic patient records (EMIS), email (M365), payroll (Workday, SaaS), broker portal, data warehouse, intranet, telephony (cloud contact centre).

@ qa m l p
is shingles contagious to people who've never had chickenpox

@ math g l p calc
if 12 people split a £284 restaurant bill and 3 of them only had starters at £9 each, what do the other 9 pay

@ chat g l p
why are you so slow today

@ classify l l c
privileged or not: an email from our in-house lawyer to the claims director giving advice on whether to deny a claim, cc'd to the broker

@ translate l m c
Traduce al inglés por favor, es de un abogado en Madrid sobre un siniestro de responsabilidad civil:

"Estimados señores: en relación con el siniestro de referencia, les informamos que nuestro cliente ha presentado demanda ante el Juzgado de Primera Instancia n.º 14 de Madrid. Les rogamos que nos confirmen, en el plazo de diez días, si la compañía asumirá la defensa del asegurado conforme a lo previsto en la póliza. Atentamente, [[PERSON:Ignacio Beltrán Ruiz]], [[EMAIL:ibeltran@beltran-abogados.es]]"

@ extract g m i
@ !hn
Can you pull the shipment details into a table? Columns: tracking number, carrier, sent date, expected date, status.

1Z999AA10123456784 UPS sent 14/04 expected 16/04 delivered
JD014600006281390402 DHL sent 15/04 expected 18/04 in transit
RM 4418 2209 1GB Royal Mail sent 15/04 expected 17/04 exception - address
FX 7790 3312 0048 FedEx sent 16/04 expected 17/04 out for delivery

@ reasoning f h c
We have a large commercial property claim for a factory fire where the sum insured was £4.2m but our surveyor values the reinstatement cost at £6.0m. The policy has an average (underinsurance) condition. The adjusted loss is £1.5m. Explain how average applies, calculate what we would pay, and then reason through whether the broker's argument that "the sum insured was set on our surveyor's own valuation from 2021" changes anything, either contractually or as a matter of fairness and complaint risk.

@ code g l i
bash: find all files over 500MB under /data/exports modified more than 90 days ago and list them with sizes

@ sentiment m m c
The patient experience team wants the sentiment of each of these 4 comments and, separately, which ones mention waiting times.

1. "Dr [[PERSON:Patel]] was thorough and kind."
2. "Had to wait 3 weeks for a blood test, unacceptable."
3. "Receptionist was rude on the phone but the nurse was great."
4. "Quick, clean, no complaints."

@ qa f l p
what's a loss ratio vs an expense ratio, simple please
""",
    r"""
@ creative g l p
write a 4 line rhyme to put on the fridge reminding people to wash their mugs

@ creative m m p
We're launching a "Know your numbers" health check week at the clinic (blood pressure, cholesterol, BMI). Write three short, upbeat poster headlines and a 40-word blurb to go under them. Avoid anything that could make people feel judged about their weight.

@ creative s m p
Write a short story, about 200 words, for our security awareness newsletter: a receptionist gets a call from someone pretending to be from IT who needs her password "to fix the email", and she handles it perfectly. Make it engaging, give her a name, and end with a one-line takeaway.

@ creative f l p
give me 5 names for an internal app that tracks claims payouts, something catchy but not cringe

@ creative l m i
Our legal team's annual away day has the theme "Plain English". Write a mock "terms and conditions" for the away day itself, in deliberately over-the-top legalese, about 120 words, that we'll then rewrite in plain English as an exercise. Make it funny: include the buffet, the karaoke and the mandatory team photo.

@ creative g l p
write a birthday message for a colleague turning 50 who loves cycling, cheeky but kind

@ qa l m p :: Is a verbal agreement over the phone binding
@ reasoning l h c :: would our broker's phone call telling the customer "you're covered from today" count
Is a verbal agreement over the phone binding on an insurer in England? And specifically, would our broker's phone call telling the customer "you're covered from today" count, when our underwriter hadn't actually accepted the risk yet? The customer had a fire two days later and is now claiming. I'd like the general rule first and then your reasoning on the broker's authority (actual vs ostensible) and what facts we'd need to check.

@ extract l m c :: extract all the obligations on the supplier
@ classify l m c :: tag each one as operational, financial or compliance
@ summarize l l c :: one-sentence summary of the whole schedule
For the SLA schedule below, please extract all the obligations on the supplier, tag each one as operational, financial or compliance, and then give a one-sentence summary of the whole schedule.

Schedule 3 — Service Levels
3.1 The Supplier shall ensure the Platform is Available 99.9% of each calendar month, excluding Planned Maintenance notified 5 Business Days in advance.
3.2 The Supplier shall respond to Priority 1 incidents within 30 minutes and resolve within 4 hours.
3.3 Where Availability falls below 99.9%, the Supplier shall credit 5% of the monthly Fees for each 0.1% shortfall, up to 25%.
3.4 The Supplier shall provide a monthly service report by the 10th Business Day of the following month.
3.5 The Supplier shall maintain ISO 27001 certification throughout the Term and provide the certificate on request.

@ draft l m c
draft a short without-prejudice email offering £7,500 in full and final settlement of the slip claim, no admission of liability, open for 21 days

@ qa l l p
what does "without prejudice save as to costs" mean

@ summarize l h c retr
Can you summarise the FCA's expectations on fair value for insurance products, based on what's in our regulatory library (the PROD 4 guidance and the product governance policy we wrote last year), into one page for the new head of pricing? He's joining from banking so he knows Consumer Duty in general but not the insurance-specific bits like GIPP and the annual fair value assessment.

@ translate l m c
Please translate into English, it's a notice from the Italian court about one of our liability claims:

"Si comunica che l'udienza di prima comparizione nella causa civile iscritta al n. 4471/2024 R.G. è stata rinviata al giorno 18 settembre 2025, ore 10:30, per impedimento del giudice. Le parti sono invitate a depositare eventuali memorie entro il 30 luglio 2025."

@ sentiment l l c
does this letter from the claimant's lawyer sound aggressive or just firm?: "Please confirm your client's position by return. Absent a substantive response we will proceed as we see fit."

@ classify l m i
@ !hn
Please tag each line of our legal matters tracker with a status: open, closed, on hold.

MAT-2023-0147 | Motor TP claim | settled 14/02/2025, costs paid
MAT-2024-0031 | Employment tribunal | hearing listed 07/10/2025
MAT-2024-0088 | Vendor dispute | parties negotiating, stayed until 30/06/2025
MAT-2024-0102 | Regulatory query | response sent 02/05/2025, FCA closed file
MAT-2025-0009 | Property subrogation | letter before action sent 11/04/2025

@ math l m i calc
Our outside counsel bills £420/hour for the partner, £260 for the senior associate and £145 for the trainee. Last month's invoice has 11.5 partner hours, 38 associate hours and 52.25 trainee hours, plus £1,180 disbursements and VAT at 20% on everything. What's the total, and what would it be if we'd negotiated the 12% panel discount on fees only?

@ code l m i
Write a small Python script that goes through a folder of .docx contracts and lists which ones contain a limitation of liability clause with no cap — search for "unlimited liability" or "shall not be limited" near the word "liability". Output: filename, the matching paragraph. Use python-docx.

@ reasoning l m c
A former employee of the claims team has set up a competing claims management company and has emailed three of our commercial brokers. His contract has a 6-month non-solicitation clause covering "clients with whom the Employee had material dealings in the 12 months before termination". Two of the brokers he worked with directly, one he never dealt with. Which contacts might breach the clause, and what would you want to know before writing to him?

@ extract m m r :: pull out the medications and doses
@ reasoning m h r :: flag any interactions or dose problems
@ draft m m r :: a note to the pharmacist
Clinic pharmacist review. Please pull out the medications and doses, then flag any interactions or dose problems you'd want a clinician to look at, and draft a note to the pharmacist asking them to check.

Patient: [[PERSON:Dorothy Aldridge]], 82F, eGFR 28, weight 51kg.
Meds: warfarin 3mg OD (INR target 2-3), clarithromycin 500mg BD started yesterday for chest infection, metformin 1g BD, omeprazole 20mg OD, amitriptyline 25mg ON, simvastatin 40mg ON.

@ qa m l p
whats the normal range for hba1c in mmol/mol

@ summarize m h r
Summarise the radiology report below in lay terms for the patient's follow-up letter, two short paragraphs, no alarming language but accurate.

Patient: [[PERSON:Ahmed Karimi]], DOB 02/09/1975
MRI LUMBAR SPINE: Loss of normal lumbar lordosis. Disc desiccation at L4/5 and L5/S1. At L4/5 there is a broad-based disc bulge with a superimposed right paracentral protrusion causing moderate narrowing of the right lateral recess and contact with the traversing right L5 nerve root. At L5/S1 minor disc bulge without neural compromise. No spinal canal stenosis. Conus normal. Impression: L4/5 right paracentral protrusion contacting the right L5 nerve root, correlating with the reported right leg symptoms.

@ classify m l c
which specialty should this referral go to: "recurrent kidney stones, 3 episodes this year, wants to discuss prevention"

@ translate m l i
traduire en anglais : "Le patient doit rester à jeun à partir de minuit la veille de l'examen."

@ math m m p calc
An IV infusion of 1 litre of saline is prescribed over 8 hours. The giving set delivers 20 drops per ml. What's the flow rate in ml/hour and in drops per minute? Also, if it's started at 09:15, when will it finish?

@ draft m m c
Write a short email to the clinic team announcing that from 1 July flu vaccination clinics will run on Tuesday and Thursday mornings, bookings via the intranet only, and staff with egg allergy concerns should speak to the nurse lead [[PERSON:Bridget Kavanagh]] first ([[EMAIL:b.kavanagh@harbourline-ins.com]], ext 4410).

@ sentiment m l c
is this patient complaint angry or just disappointed: "I expected better after being a member for 15 years. The appointment was cancelled with two hours' notice."

@ chat m l p
bit of a rough day in clinic today tbh

@ qa m m p
For a staff member who's been exposed to a needlestick injury from a patient of unknown HIV and hepatitis status, what's the general first aid and timeline for post-exposure prophylaxis? I'm updating our occupational health poster and want the general steps right before the nurse lead reviews it.

@ extract m l i
@ !hn
from this stock sheet get the batch numbers and expiry dates for the vaccines: Fluenz batch FL4471B exp 2025-06-30, Qivalent batch QV-20931 exp 2025-09-15, Engerix B lot EB77120 exp 31/01/2026

@ code m m i
We export appointment data from the clinic system as a CSV (appointment_id, clinician, date, start, end, status). Write a Python script that reports, per clinician per week, the number of booked, attended and DNA (did not attend) appointments and the DNA rate as a percentage. Use pandas. Treat status values "Attended", "DNA", "Cancelled" and "Booked".

@ summarize s m i :: Summarise the advisory
@ reasoning s m i :: whether we're affected given our versions below
@ !hn
Summarise the advisory below in 3 bullets, then tell me whether we're affected given our versions below.

Advisory: "A heap-based buffer overflow in the SSL VPN daemon of versions 7.0.0 through 7.0.13, 7.2.0 through 7.2.6 and 7.4.0 through 7.4.2 may allow a remote unauthenticated attacker to execute arbitrary code via crafted HTTP requests. Fixed in 7.0.14, 7.2.7, 7.4.3. Workaround: disable SSL VPN web mode."

Our estate: London FW cluster 7.2.6 build 1575, Chicago 7.4.3 build 2573, Singapore 7.0.15 build 0632, DR site 7.2.8 build 1639.

@ translate s l i
translate to german for the frankfurt it team: "the backup job failed again last night, please check the storage quota on the nas before 10am"

@ draft s m i
Please write the text for a security alert banner on the intranet: there's an active phishing campaign pretending to be from our CEO, asking staff to buy gift cards. Keep it short, clear, and tell people to report via the Report Phish button and never buy gift cards on request.

@ qa s l p
what is a zero day exactly

@ extract s m c
Pull the sender, reply-to, originating IP and any links out of these email headers. I think it's a spoof.

Return-Path: <[[EMAIL:bounce@mailer-ops.top]]>
From: "Harbourline Payroll" <[[EMAIL:payroll@harbourline-ins.com]]>
Reply-To: [[EMAIL:payroll.update@harbourline-hr.net]]
Received: from mx3.mailer-ops.top ([[IP_ADDRESS:194.26.29.113]]) by mx.harbourline-ins.com
Subject: Action required: confirm your bank details for April payroll
Body link: hxxps://harbourline-hr[.]net/confirm?uid=88213

@ reasoning s h i
@ !hn
Our vulnerability scanner reports 1,842 findings across 310 servers; 60 are critical. Patching capacity is about 40 servers a week. Some of the criticals are on servers scheduled for decommission in Q3, some are internet-facing, some are on the clinic network. Propose a prioritisation approach and reason about the tradeoffs: would you patch by CVSS score, by exposure, or by business criticality, and how would you handle the decommission servers?

@ chat s l p
is it just me or is the wifi awful today

@ classify s l i
@ !hn
which of these are private ip ranges: 10.0.0.0/8, 172.32.0.0/16, 192.168.0.0/16, 100.64.0.0/10

@ sentiment s m i
Here are some comments from the IT satisfaction survey about the new password policy (16 characters, no forced rotation). Overall positive or negative? Give me a quick breakdown.

- "Finally no more changing it every 60 days!"
- "16 characters is a lot to type on my phone."
- "Passphrases are actually easier to remember, good change."
- "Why do I still need MFA on top of a long password?"
- "Fine by me."
""",
    r"""
@ extract f m r :: extract name, NRIC, policy number and claim amount
@ classify f l r :: say which claim type it is
From the Singapore team: please extract name, NRIC, policy number and claim amount from this hospitalisation claim form, and say which claim type it is (inpatient, outpatient, day surgery).

Claimant: [[PERSON:Tan Wei Ming]]
NRIC: <<NRIC_S>>
Policy: HB-SG-HS-40217
Admission: Mount Elizabeth Hospital, 03/03/2025 - 06/03/2025, appendicectomy
Amount claimed: SGD 18,420.60
Contact: [[PHONE:+65 8123 4471]], [[EMAIL:weiming.tan@singnet.com.sg]]

@ draft g m r
Write a polite email to [[PERSON:Siti Rahmah]] ([[EMAIL:siti.rahmah88@gmail.com]]) explaining that the NRIC she gave on the travel insurance form, <<NRIC_T>>, doesn't match the one on her passport scan and asking her to confirm which is correct. Don't repeat the full NRIC in the email, just the last 4 characters.

@ qa g l p
in singapore can companies still collect full nric numbers from customers or did pdpc stop that

@ translate g l r
translate to english: "Nama saya [[PERSON:Lim Mei Ling]], nombor IC saya <<NRIC_F>>, tolong hubungi saya di [[PHONE:+6591237788]]"

@ extract s m r :: extract every SSN and name
@ draft s m i :: write the incident note
Someone in Chicago HR saved a spreadsheet of new hires to a public Teams channel. Here's what was visible. Please extract every SSN and name so we can notify the individuals, and write the incident note for the DPO log (what happened, data involved, number of people, containment).

Name, Start date, SSN, Salary
[[PERSON:Keisha Montgomery]], 03/03/2025, <<SSN4>>, $68,000
[[PERSON:Brian Kowalczyk]], 03/10/2025, <<SSN5>>, $72,500
[[PERSON:Ana Lucia Reyes]], 03/17/2025, <<SSN6>>, $61,000

@ classify s l r
is <<SSN1>> in this ticket a real ssn format or a placeholder like 000-00-0000? need to know if we have to redact

@ math f l i calc
@ !hn
average of these claim settlement times in days: 14, 22, 9, 41, 18, 30, 27, 12

@ summarize f m c :: Summarise the key terms
@ math f m c calc :: calculate the total annual fee
@ reasoning f h c :: whether the 3-year term makes sense
Procurement have sent the term sheet below. Summarise the key terms, calculate the total annual fee for 450 users in year 1, and give me your view on whether the 3-year term makes sense given we might move to a new claims platform in 2027.

Vendor: DocuFlow
Licence: £14.50 per user per month, min 300 users
Implementation: £38,000 one-off
Support: 18% of annual licence
Term: 3 years, no break clause, 5% annual uplift
Termination for convenience: not permitted

@ qa f l p
whats the difference between an excess and a deductible, or are they the same

@ code f l i
python: round currency amounts correctly, i keep getting 2.675 rounding to 2.67

@ extract f m r
Please extract the payment details from this chargeback notice into a table: card number, transaction date, amount, reason code, deadline to respond.

CHARGEBACK NOTIFICATION
Card: <<VISA3>>
Transaction: 14/02/2025, £1,120.00, "HARBOURLINE INS ANNUAL"
Reason code: 13.2 Cancelled Recurring Transaction
Cardholder: [[PERSON:Oliver Fenwick]]
Respond by: 22/04/2025

@ reasoning f m r
the customer says she cancelled her policy in december but the renewal was still charged to <<DISC1>> in january, chargeback just came in. should we fight it or refund? the cancellation email is on file dated 18 dec

@ draft f m r
Please write a short confirmation email to a customer who paid an overdue premium over the phone. Details: [[PERSON:Rhys Llewellyn]], policy HB-MO-448120, £214.70 paid on card ending in the last 4 digits of <<MC3>>, paid today. Don't include the full card number, only the last four. Email goes to [[EMAIL:rhys.llewellyn@hotmail.co.uk]].

@ chat g l p
can you be a bit less formal with me, you sound like a letter from the bank

@ translate f l i
@ !hn
translate this to english: "Rechnung Nr. 2025-04417 über 3.480,00 EUR, zahlbar bis 15.05.2025, Bestellnummer 4500129981"

@ extract f l r
what's the account holder and iban in this: "Kontoinhaber: [[PERSON:Sabine Hoffmann]], IBAN: <<IBAN_DE2>>, Verwendungszweck: Schaden 2025-0417"

@ qa f m p
@ !hn
Our finance system shows an IBAN for a supplier as <<BADIBAN_DE>> but the bank rejected the payment with "invalid account". What's the usual reason a German IBAN gets rejected like that, and how do I check the IBAN itself without calling the supplier?

@ classify f l i
@ !hn
valid or not? <<BADIBAN_GB>>, someone typed it into the supplier form

@ code f m i
@ !hn
Write a Python function is_valid_iban(s) that strips spaces, checks the country length table for at least DE, GB, FR, NL, ES and IT, and does the mod-97 check. Then show it returns False for these two strings we got from the supplier portal: "<<BADIBAN_FR>>" and "<<BADIBAN_NL>>".

@ reasoning f m i
@ !hn
Accounts payable flagged three supplier invoices: INV-88120 for £9,950.00, INV-88121 for £9,950.00 and INV-88127 for £9,960.00, all from the same facilities contractor, all dated within 5 days, and our approval threshold for a single manager is £10,000. Is this likely invoice splitting to avoid the approval limit, or could there be an innocent explanation? What would you check?

@ summarize g l i
@ !hn
sum up this release note in 2 lines: "Broker Portal 5.8.0.214: new quote comparison screen, bulk upload limit raised to 20MB, fixed timeout on renewals page, deprecated IE11 support, build date 2025-04-02"

@ draft g l i
@ !hn
write the teams announcement for the release of broker portal version 5.8.0.214 going live saturday 12 april 06:00-08:00, expect 2h downtime

@ extract g l i
@ !hn
from this delivery note get part numbers and quantities: HX-4471-22 x12, HX-4471-30 x4, CAB-CAT6-3M x60, PSU-65W-USBC x15

@ classify g m i
@ !hn
The facilities helpdesk export below is a mess. Classify each ticket into one of: heating/cooling, cleaning, furniture, access/security, other.

FAC-20931 "3rd floor meeting room 3.14 too hot, 27C"
FAC-20934 "spilled coffee on carpet near desk 2.088"
FAC-20940 "chair broken, gas lift gone, desk 4.012"
FAC-20941 "badge reader on side door flashing red"
FAC-20950 "can we get a second microwave on 2nd floor"

@ sentiment g l i
@ !hn
sentiment of this app store review: "v3.4.1 finally fixed the crash on login, 4 stars, would be 5 if dark mode worked"

@ math f l i calc
@ !hn
what's the vat on £18,450 at 20%, and the gross

@ extract s l i
@ !hn
extract the cve ids and cvss scores from this: CVE-2024-3400 (10.0), CVE-2024-21762 (9.6), CVE-2023-4966 (9.4), CVE-2024-1709 (10.0)

@ qa s l i
@ !hn
is agent build 10.3.2.1145 the one with the memory leak fix or was that 10.3.2.1187

@ code s m c
Write a Splunk query that shows failed Windows logons (event 4625) for the account "svc_claims_etl" in the last 24 hours grouped by source IP and workstation, and tell me how to turn it into an alert when there are more than 20 in 10 minutes. For context we saw failures from [[IP_ADDRESS:10.40.7.21]] and [[IP_ADDRESS:fe80::1c4e:9a2b:77d0:3e11]] this morning.

@ summarize s m c :: summarise the timeline below
@ classify s l c :: classify the incident severity using our 1-4 scale
@ draft s m c :: draft the notification to the ICO
Can you summarise the timeline below, classify the incident severity using our 1-4 scale (1 = critical), and then draft the notification to the ICO? Keep the ICO draft factual.

Tue 08:55 — claims handler [[PERSON:Joanne Pryce]] emailed a spreadsheet of 312 motor claimants (names, addresses, claim amounts, no bank details) to an external recipient at a similarly named broker domain by mistake.
Tue 09:30 — she realised and reported it to the service desk.
Tue 10:10 — the recipient confirmed by phone they had deleted it; written confirmation requested.
Tue 14:00 — written confirmation received.

@ qa l m p
if we fire someone for gross misconduct do we still have to pay their accrued holiday in the uk

@ reasoning l h c
We're being asked to agree a mutual unlimited liability clause for data protection breaches in a contract with a small call-centre vendor. They handle 40,000 customer records a year for us. Their annual contract value is £180,000 and their total turnover is about £3m. Our legal position is normally capped at 2x annual fees, uncapped only for their breach of data protection. Talk through the pros and cons of accepting mutual unlimited liability here, including whether their liability is actually worth anything if uncapped, and what alternatives we could propose (insurance requirements, super-cap, etc.).

@ draft l h c
Please draft a short settlement agreement clause for an employee exit: payment of £24,000 as compensation for loss of office, the first £30,000 tax-free rule applies, employee waives all claims listed in Schedule 1, confidentiality both ways, an agreed reference, and the employee's adviser's fees up to £750 + VAT paid by us. UK English, numbered sub-clauses.

@ extract l l c
who signed this and when? "Signed for and on behalf of Harbourline Insurance plc by [[PERSON:Victoria Ansell]], General Counsel, on 14 March 2025, in the presence of [[PERSON:Daniel Osei]]"

@ qa m l p
what vaccines do adults need before travelling to kenya, roughly

@ math m l p calc
what's the ideal body weight for a 178cm man using the devine formula

@ translate m m r
Can you translate this note into Arabic for the patient's family? They've asked for it in writing.

"Mr [[PERSON:Khalid Al-Mansouri]] had his procedure this morning and it went well. He will stay overnight for observation. Visiting hours are 2pm to 8pm. Please call the ward on [[PHONE:+44 20 7946 0722]] with any questions."

@ extract m m r
From these clinic notes, extract for each patient: name, reason for visit, and any referral made. JSON list please.

09:10 [[PERSON:Harriet Cole]] — sore throat 5 days, tonsillar exudate, no cough, FeverPAIN 4, penicillin V prescribed, no referral.
09:30 [[PERSON:Yusuf Demir]] — lump left breast noticed 2 weeks, 2cm mobile, referred 2WW breast clinic.
09:50 [[PERSON:Eilidh Fraser]] — medication review, BP 128/80, continue current meds.

@ chat g l p
ok now do it again but shorter

@ creative g l p
come up with a pun for a sign on the broken lift

@ sentiment f l c
how would you read this broker email, positive or negative? "Thanks for turning that round so quickly. Shame the price wasn't where we needed it but appreciated."

@ qa g l p
how do i share my screen in teams without showing my notifications
""",
    r"""
@ chat g l p :: hi
@ qa g l i retr :: where do i find the expenses form
hi! where do i find the expenses form on the intranet

@ translate g l p :: translate "thank you for your patience" into spanish
@ creative g l p :: write a cheerful sign-off to go with it
translate "thank you for your patience" into spanish and write a cheerful sign-off to go with it

@ sentiment f l c :: is this customer angry
@ draft f l c :: draft a two line reply
is this customer angry, and draft a two line reply: "Third time asking. Where is my refund for the cancelled policy??"

@ qa s l p :: what is dmarc
@ draft s l i :: write one line i can send to marketing explaining why their newsletter tool needs to be added to our spf record
what is dmarc in simple words, and write one line i can send to marketing explaining why their newsletter tool needs to be added to our spf record

@ summarize l l c :: summarise this clause
@ reasoning l m c :: is it normal for a vendor to ask for this
summarise this clause and is it normal for a vendor to ask for this? "Customer shall not, during the Term and for 24 months thereafter, solicit or employ any employee of Supplier engaged in the provision of the Services."

@ math f l i calc :: work out 4.75% of 86,200
@ draft f l i :: put it in a sentence for the commission statement
work out 4.75% of 86,200 and put it in a sentence for the commission statement

@ code g l i :: why does this return none
@ code g l i :: fix it
why does this return none and fix it: def total(xs): for x in xs: s = s + x

@ classify m l c :: classify these as urgent or routine
@ draft m l c :: draft the callback list
classify these as urgent or routine and draft the callback list for the duty nurse: 1) chest tightness since this morning 2) repeat prescription request 3) child 39.5 fever, drowsy 4) asking about travel jabs

@ extract s l c :: which users are in this log
@ summarize s l c :: what were they doing
which users are in this log and what were they doing? 10:02 a.khan exported 4,200 rows from claims_reporting; 10:05 a.khan emailed file to [[EMAIL:akhan.personal@yahoo.com]]; 10:09 j.lowe logged in from [[IP_ADDRESS:81.2.69.142]]

@ translate l m c :: podéis traducirlo al inglés
@ summarize l l c :: decirme en una línea qué quieren
Hola, ¿podéis traducirlo al inglés y decirme en una línea qué quieren? Es del abogado del asegurado: "Por medio del presente, requerimos a la aseguradora para que en el plazo de quince días hábiles proceda al pago de la indemnización de 42.300 euros, más intereses del artículo 20 de la Ley de Contrato de Seguro, bajo apercibimiento de acciones judiciales."

@ summarize f h c :: Summarise what the actuaries are saying
@ extract f m c :: pull out every number they quote
@ reasoning f h c :: whether the reserve increase they recommend is justified
I need three things from the reserving memo below: Summarise what the actuaries are saying for the CFO (half a page), pull out every number they quote into a small table with what it refers to, and tell me whether the reserve increase they recommend is justified by the evidence in the memo or whether it's more of a judgement call.

"Reserving memo, Q1 2025, Liability. Paid claims development on accident years 2021-2023 has exceeded the expected pattern by 11% on average, driven by bodily injury claims settling later and larger than assumed. Large loss frequency (claims > £250k) rose from 14 in AY2021 to 22 in AY2023. We observe a change in claims handling practice from Q3 2023, when the new claims system introduced earlier case reserving. This may partly explain faster incurred development. Accordingly we recommend strengthening IBNR by £8.4m (range £5.9m to £11.2m), equivalent to 6.1% of held liability reserves. We note judicial inflation in PI awards (Ogden discount rate change to +0.5%) as a further upside risk."

@ draft g m i :: Draft the agenda for Thursday's team offsite
@ creative g l i :: an icebreaker question that isn't awful
@ math g l i calc :: the per-head budget
Draft the agenda for Thursday's team offsite (10:00 to 16:00, includes lunch, a strategy session, a session on the new claims tool and some team time), come up with an icebreaker question that isn't awful, and work out the per-head budget if we have £1,650 for 22 people after the £380 room hire.

@ qa m m p :: What's the current UK guidance
@ draft m m i :: rewrite our clinic's poster text
What's the current UK guidance on how long someone should stay off work with diarrhoea and vomiting, and then rewrite our clinic's poster text below to match it (friendly, under 60 words)?

Current poster: "STOMACH BUG? Don't come in until you feel better. Wash your hands."

@ extract f m r :: extract the payee and bank details
@ math f l r calc :: work out the net amount after the excess
@ draft f m r :: write the payment confirmation to the customer
Claim settlement request: extract the payee and bank details, work out the net amount after the excess, and write the payment confirmation to the customer.

Claim CLM-77310, storm damage to roof. Agreed loss £6,840.00, policy excess £350, voluntary excess £250.
Payee: [[PERSON:Bernadette Quinlan]]
IBAN: <<IBAN_IE>>
Email: [[EMAIL:bquinlan@eircom.net]]

@ classify s m i :: Classify each of these alerts by MITRE ATT&CK tactic
@ summarize s m i :: summarise what the attacker was probably trying to do
@ !hn
Classify each of these alerts by MITRE ATT&CK tactic and then summarise what the attacker was probably trying to do overall.

ALR-5531 scheduled task created "UpdaterSvc" running from C:\Users\Public\upd.exe
ALR-5532 LSASS memory access by unsigned process
ALR-5533 SMB connections to 14 hosts within 2 minutes
ALR-5534 7z.exe compressing \\fs02\finance\ into archive_0425.7z
ALR-5535 outbound HTTPS 2.4 GB to a cloud storage domain

@ code f m i code :: write a function that calculates the pro-rata refund
@ code f l i code :: add tests
For the mid-term cancellation logic, write a function that calculates the pro-rata refund given annual premium, start date, cancellation date and a £25 admin fee (never refund less than zero), and add tests for a cancellation in the cooling-off period (full refund, no fee) and one at month 7.

@ sentiment g m i :: what's the mood of the team
@ reasoning g m i :: whether I should push the deadline
From the standup notes below, tell me what's the mood of the team, and whether I should push the deadline for the migration by a week, given what they're saying.

- "Blocked on the test data again, third day."
- "Tired but we'll get there."
- "Honestly I think we're a week behind and pretending we're not."
- "The vendor fix landed, that helps a lot."
- "Can't do weekend work again this month, sorry."

@ translate m m c :: translate the instructions into Hindi
@ draft m l c :: a short covering SMS in English
Please translate the instructions into Hindi for the patient's mother and write a short covering SMS in English telling her the leaflet is attached.

Instructions: "Give 5 ml of the antibiotic three times a day for 7 days, even if your child feels better. Keep the bottle in the fridge. If there is a rash or swelling of the face, stop the medicine and call us straight away."

@ extract l m c :: list the key dates
@ draft l m c :: draft calendar reminders
@ !hn
From the court order below, list the key dates and draft calendar reminders (title plus date plus one line) for each one, seven days before.

"ORDER: 1. The Defendant shall file and serve its Defence by 4pm on 16 May 2025. 2. Disclosure by list by 4pm on 27 June 2025. 3. Witness statements to be exchanged by 4pm on 5 September 2025. 4. Expert reports by 4pm on 3 October 2025. 5. Pre-trial review on the first available date after 1 December 2025, time estimate 1 hour. Claim No. KB-2025-000417."

@ reasoning s m i :: is this actually a problem
@ code s m i :: give me the config to fix it
is this actually a problem and if so give me the config to fix it: our nginx sends "Server: nginx/1.24.0" and there's no Strict-Transport-Security header on the customer portal

@ classify g l i
@ !hn
categorise these purchase requests by approval route (manager, finance, procurement tender): PR-44812 £640 stationery; PR-44817 £12,400 furniture; PR-44820 £96,000 telephony renewal; PR-44823 £2,150 training

@ creative s l p
write a security awareness haiku about reusing passwords

@ creative g m i
We're celebrating our 50th anniversary as a company this autumn. Write a short speech opening (about 120 words) for the CEO: warm, a little humorous, mentioning that we started in 1975 with four people insuring fishing boats in Hull and now have 1,900 staff across London, Chicago, Frankfurt and Singapore.

@ creative f m p
Write a short, friendly explainer in the style of a children's story (about 150 words) about how insurance works: lots of people put a little money in a pot, and when something bad happens to one of them the pot helps. It's for our financial education outreach day at a primary school.

@ chat g l p
nice one, cheers

@ chat g l p
can you write in british english from now on please

@ sentiment l m c
Please look at these three replies from policyholders to our letter about the policy wording change and tell me the sentiment of each, and whether any of them reads as a threat of legal action.

1. "I do not accept this change and I will be taking advice."
2. "Thanks for letting me know, makes sense."
3. "Frankly this looks like a way to avoid paying claims. I'll be cancelling at renewal."

@ summarize m m c
Could you summarise this month's clinic activity report into 4 bullet points for the leadership meeting?

March 2025: 1,284 appointments booked (+6% vs Feb), DNA rate 7.8% (target <6%), average wait for routine GP appointment 9.2 days (Feb 11.4). Physio: 312 sessions, waiting list 48 down from 71. Occupational health: 96 referrals, 88% seen within 10 working days. Two complaints received (appointment cancellation, communication). New phlebotomy slots added Tuesday and Thursday afternoons. Locum spend £18,400, 23% over budget due to sickness absence.

@ summarize s l i
@ !hn
tl;dr of the patch notes please: "Endpoint agent 8.2.1.4410 fixes high cpu on idle, adds usb device control policy, resolves crash on win11 24h2; requires console 8.2.0.900 or later"

@ qa s m p web
Has there been any news in the last few days about attacks on insurance companies using the new MOVEit-style file transfer bugs? I want to know if we should brief the exec team this week.

@ qa f m i retr
what's our current delegated authority limit for claims handlers at grade 3 on motor, and who signs off above it

@ math f h i calc
A reinsurance quota share cedes 40% of premium and losses with a 32% ceding commission. Gross written premium for the book is £48m, gross losses £29.5m, and our own acquisition costs are 24% of gross premium. What's our net underwriting result with and without the quota share? Show the working.

@ summarize g l i
can you shorten this to one line for a teams status: "I'm currently working from the Leeds office until Wednesday and will be in back-to-back workshops most of Tuesday, so expect slower replies."

@ translate g l p
translate "happy new year, and thank you for a great year of working together" into mandarin, japanese and korean

@ qa g l p
what time is it in singapore when it's 9am in chicago

@ classify f l c
fraud indicator or not: customer took out the policy 9 days before reporting a £4,000 laptop stolen from a car, no police report yet
""",
    r"""
@ chat g l p
tell me a joke, it's been a long week

@ chat g l p
are you able to see my screen

@ chat g l p
you got that wrong earlier, the deadline is the 30th not the 13th

@ chat g l p
bonjour, tu parles français ?

@ chat g l p
thank you so much for the help with the board pack yesterday, it went down really well

@ creative g l p
write a short toast for my team's christmas lunch, 4 sentences, a bit cheeky

@ creative l l p
make up a catchy acronym for our contract review checklist

@ creative m l p
write a gentle, encouraging message for the clinic's "thought of the week" board about self-care during busy season

@ sentiment g l i
@ !hn
is this feedback positive: "ticket REQ0044187 closed in 20 min, impressive"

@ sentiment f m c
Can you rate the sentiment of this complaint from 1 (very negative) to 5 (very positive) and say which parts drive the score? I need it for the complaints MI.

"I want to say that [[PERSON:Callum]] in your claims team was exceptional, patient and clear. However the overall process was far too slow, it took 11 weeks to settle a simple theft claim and I had to chase four times. I will probably renew because of Callum, but only just."

@ sentiment s l i
how frustrated is this ticket: "3rd time reporting. mfa prompts keep coming at 3am. not me. please help"

@ classify s m c :: tell me whether this is an MFA fatigue attack
@ draft s m c :: write the message to the user
Following on from that ticket: the user is [[PERSON:Hannah Sørensen]] in underwriting, the prompts come from sign-ins at [[IP_ADDRESS:103.152.220.44]], which geolocates to a country she's never been to. Please tell me whether this is an MFA fatigue attack or something benign, and write the message to the user telling her what to do now (don't approve, we're resetting her password, we'll call her on her desk line).

@ summarize l m c :: summarise our position
@ draft l h c :: draft the defence's opening paragraph
@ extract l l c :: list the documents we'll need
In the matter below, summarise our position in five bullets, then draft the defence's opening paragraph (formal pleading style), and list the documents we'll need to support it.

Facts: Claimant (a landlord) alleges we wrongly declined his claim for malicious damage by a tenant. We declined because the policy excludes "malicious damage caused by tenants or their guests" unless the property was let through a professional letting agent and references were obtained. The claimant let the property privately to a friend's cousin and obtained no references. The damage was £31,200. He argues the exclusion is unfair and was not brought to his attention. The exclusion is in the policy summary (IPID) and in bold in the wording.

@ qa l m p
does the unfair contract terms regime in the consumer rights act apply to insurance exclusions, or are core terms exempt

@ translate l m c
traduza para português, por favor: "The policyholder must notify the insurer of any change in the use of the vehicle within 14 days. Failure to do so may invalidate cover."

@ extract l m i
@ !hn
Pull the clause references and the change made in each from this redline summary into a table:

cl. 2.1 — definition of "Services" expanded to include data migration
cl. 7.4 — payment terms changed from 30 to 45 days from invoice
cl. 11.2(b) — liability cap increased from £500,000 to £1,250,000
cl. 15.1 — notice period for termination for convenience reduced from 6 to 3 months
Sch. 4 para 3 — service credit cap raised from 10% to 15%

@ math l l i calc
@ !hn
court fee is 5% of claim value for claims between £10,000 and £200,000 — what's the fee on £48,725.50

@ reasoning l m c
we got a subpoena-style request from a US lawyer for a UK policyholder's claim file, do we have to hand it over? what should legal check first

@ draft l m i retr
Please draft the legal hold notice to send to the claims and underwriting teams for the Greenway Logistics litigation. They must preserve all emails, claim notes, call recordings, underwriting files and Teams messages relating to Greenway from 1 January 2023 onwards, not delete anything, and acknowledge receipt within 3 working days. Use our standard legal hold template from the legal knowledge base as the base and adjust it for this matter.

@ classify m l c
is this an emergency: "patient on reception says her 2 year old swallowed a button battery 20 min ago"

@ qa m m p
What's the difference between type 1 and type 2 diabetes in terms of how they're treated, in simple language? It's for our admin staff training on the clinic's diabetic review clinic, so they can answer basic patient questions on the phone without giving advice.

@ draft m m r :: Write a referral letter to cardiology
@ extract m l r :: a list of the key results in a table
Write a referral letter to cardiology for the patient below, and give me a list of the key results in a table for the attachment.

[[PERSON:George Whitaker]], 63M, DOB 19/06/1961. Exertional chest tightness for 6 weeks, relieved by rest within 5 min. Ex-smoker (30 pack years), T2DM, hypercholesterolaemia. ECG: sinus rhythm, 1mm ST depression V4-V6. Troponin <5 ng/L. Total cholesterol 6.2, LDL 4.1, HbA1c 58. BP 148/92. Started aspirin 75mg, atorvastatin 80mg, GTN spray. Please see in rapid access chest pain clinic.

@ math m m p calc
A patient's creatinine is 132 µmol/L, age 74, weight 68 kg, female. Calculate creatinine clearance using the Cockcroft-Gault equation and show the working (use 1.04 as the constant for women with µmol/L).

@ sentiment m m c
These are written comments from staff after the clinic's new rota was introduced. Give me the overall sentiment and the main worries, briefly.

- "At least we know our shifts six weeks in advance now."
- "Weekend cover is still falling on the same four people."
- "The new rota means I can finally do school pick-up twice a week."
- "Nobody asked the nurses before they made this."

@ extract s m c :: pull out the indicators of compromise
@ classify s l c :: tag each one as network, host or email
pull out the indicators of compromise from this threat intel email and tag each one as network, host or email:

"Observed in the campaign: sender [[EMAIL:invoices@secure-docs-portal.com]], C2 [[IP_ADDRESS:193.142.146.35]], secondary C2 [[IP_ADDRESS:2a03:b0c0:3:d0::1a51:c001]], dropped file C:\ProgramData\msupd\svc.dll (SHA256 9f2c…e41a), scheduled task 'MicrosoftEdgeUpdateCore2', domain secure-docs-portal[.]com"

@ draft s m i
Write a short email to all staff explaining that from next month, USB storage devices will be blocked on all company laptops except for an approved list of encrypted drives. Explain why (data loss and malware), how to request an exception via the service desk, and that the clinic's medical device laptops are exempt. Friendly, under 180 words.

@ qa s m p
Is it safe to let staff use personal phones for the authenticator app, or should we buy company phones? What are the main arguments both ways, briefly? We're about 600 people.

@ code s m i code
@ !hn
I have a CSV of our software inventory (hostname, package, version) and a CSV of vulnerable ranges (package, min_version, fixed_version). Write a Python script that outputs all hosts with a vulnerable package, comparing versions properly (so 4.10.2 > 4.9.11 and 4.2.0.17 < 4.2.0.100). Use packaging.version where possible and fall back to a tuple compare for 4-part versions.

@ reasoning s h c
We found that a former contractor's account (left in January) was used to log in to the claims system last week from [[IP_ADDRESS:86.153.44.201]], a UK residential ISP. The account should have been disabled but wasn't, because the leaver process for contractors goes through procurement, not HR. The logs show 3 sessions, each under 10 minutes, viewing 27 claim files. Reason through whether this is likely the contractor themselves, a third party with stolen credentials, or something else, what the regulatory notification implications might be, and what we should fix in the process.

@ summarize f m i
Summarise this for a busy CFO in three bullets, no more:

"Q1 cash flow: operating cash flow £14.2m vs plan £16.0m, shortfall due to slower premium collection from two large brokers (£3.1m overdue > 60 days). Claims payments in line with plan. Investment income £2.3m, ahead of plan by £0.4m due to higher gilt yields. Capex £1.1m (claims system phase 2), on budget. Cash balance at quarter end £48.7m. Recommend credit control escalation with the two brokers and reviewing terms of business at renewal."

@ classify f l i
@ !hn
Tag each of these ledger entries as premium, claim, expense or reinsurance:

JE-2025-04-0112 £412,300.00 CR broker remittance Q1
JE-2025-04-0118 £88,410.00 DR claim settlement batch 1187
JE-2025-04-0121 £61,250.00 DR office lease Aldgate
JE-2025-04-0130 £402,000.00 CR cat XL recovery
JE-2025-04-0133 £4,980.00 DR legal panel fees

@ reasoning f m i calc
our commission to brokers is 15% and we're being asked for 17.5% on a £2m book. at a 62% loss ratio and 21% other expenses, does the extra 2.5% take us over a 100% combined ratio?

@ translate f m c
Could you translate this message from our Frankfurt colleague into English? He's asking about the quarter-end numbers.

"Hallo zusammen, könnt ihr mir bis Donnerstag die vorläufigen Schadenzahlen für Q1 schicken? Die Rückstellungen für die Sturmschäden aus Februar fehlen noch in der Übersicht. Danke und Gruß, [[PERSON:Matthias]]"

@ qa f l p
whats the difference between gross written premium and net earned premium

@ extract f m r
Can you pull out card number, expiry, cardholder and amount from this voicemail transcript so we can process the payment? It's for a policy reinstatement.

"Hi, it's [[PERSON:Fiona McAllister]], policy HB-HO-992014, I want to pay the £96.40 arrears. My card is <<AMEX2>>, expiry oh-eight twenty-six. Call me back on [[PHONE:+44 131 496 0457]] if there's a problem, thanks."

@ code g l i
vba to delete every row in the active sheet where column A is blank

@ qa g l p
what's the difference between bcc and cc, when should i use bcc

@ extract g l i
@ !hn
get the meeting room, date and time from this: "Room 4.12 booked 2025-05-14 14:00-15:30, booking ref MR-77120"

@ math g l p calc
@ !hn
a 2.4TB backup grows 3.5% a month, how big is it in 12 months

@ reasoning g m p
If a survey of 400 employees shows 62% satisfaction with a margin of error of about ±4.8%, and last year it was 58% from 350 people, can we actually say satisfaction went up? Explain in plain English.

@ draft g m i
Can you rewrite this announcement so it sounds less corporate and more human? "Please be advised that with effect from 1 June 2025 the staff canteen will operate revised hours of 08:00 to 14:30 in order to optimise resource utilisation. We thank you for your cooperation."

@ summarize g m i
Summarise this survey comment dump into the top 3 themes with a count for each:

"more parking" / "parking is a nightmare" / "better coffee" / "quiet rooms for calls please" / "parking!!" / "need more quiet spaces" / "bike storage is full" / "coffee machine broken again" / "phone booths would help" / "EV chargers"

@ translate g l p
how do you say "out of office" in dutch and swedish
""",
    r"""
@ summarize f m c
Kannst du mir diese E-Mail vom Makler kurz auf Deutsch zusammenfassen? Drei Stichpunkte reichen.

"Dear underwriting team, following our call, the client has confirmed they will not accept the proposed 12% rate increase on the fleet policy. They have received an alternative quote at a 4% increase with a higher excess of £1,000. They would consider staying with you at 7% if the excess stays at £500 and the windscreen cover is retained. We need your answer by 28 April as renewal is 1 May. Kind regards, [[PERSON:Nadia Haddad]], Account Executive"

@ code g m i
Bonjour, j'ai besoin d'une macro Excel (VBA) qui parcourt toutes les feuilles du classeur, et pour chaque feuille copie la ligne des totaux (la ligne où la colonne A contient "TOTAL") dans une feuille de synthèse appelée "Synthese", avec le nom de la feuille dans la première colonne. Merci !

@ qa m l p
¿cuánto tiempo hay que esperar después de comer para hacerse un análisis de glucosa en ayunas?

@ reasoning g m i
Ik moet kiezen tussen twee leveranciers voor de nieuwe printers op het kantoor in Amsterdam. Leverancier A is €4.200 goedkoper over drie jaar maar heeft een reactietijd van 2 werkdagen bij storingen. Leverancier B is duurder maar komt binnen 4 uur. We hebben 3 printers voor 80 mensen, en de schadeafdeling print veel. Wat zou jij kiezen en waarom?

@ chat g l p
terima kasih, sangat membantu!

@ creative g m p
Write a short, upbeat welcome message for new graduates joining the insurer this September, to go on the first page of their induction booklet. About 100 words. Mention that nobody understands reinsurance in their first month and that's fine.

@ creative l m p
Write a sonnet (14 lines, loosely iambic is fine) about the struggle of reading a 90-page reinsurance treaty on a Friday afternoon. It's for the legal team's leaving card for our head of reinsurance contracts.

@ creative s m p
Give me three short scenario scripts (3-4 lines of dialogue each) for a tabletop exercise where a caller tries to social-engineer the service desk into resetting an executive's MFA. Vary the pretext: urgency, authority, and sympathy.

@ creative f l p
slogan for the finance team's charity fun run t-shirts, something about balancing the books

@ creative m l p
write a funny but kind caption for a photo of the clinic team in their halloween costumes (skeleton, nurse zombie, a very tired doctor)

@ creative g m p
I'm MCing the office quiz. Write a short, witty introduction (about 80 words) for each of the four rounds: general knowledge, music, "name that claim" (weird real insurance claims), and picture round.

@ sentiment f l c
@ !hn
what's the tone of this: "Following the review of invoice INV-2025-00433 we consider the amount of €12,880.00 to be unjustified and will not pay it."

@ sentiment g m i
Overall how do people feel about the new intranet, based on these comments? Positive, negative, mixed, and a one line reason.

- "Search actually finds things now."
- "Looks nice, but I can't find the HR forms anymore."
- "The mobile version is great."
- "Why did the phone directory disappear??"

@ summarize s m c :: summarise this
@ extract s l c :: extract the affected hosts
summarise this and extract the affected hosts: "EDR detected Cobalt Strike beacon on fin-ws-221 ([[IP_ADDRESS:10.30.2.221]]) and fin-ws-230 ([[IP_ADDRESS:10.30.2.230]]) at 03:12, both isolated at 03:18; lateral movement attempt to file server fs02 blocked."

@ classify g l i :: classify this email
@ draft g l i :: suggest a one-line reply
classify this email as meeting request, information or action needed, and suggest a one-line reply: "Can you send me the Q2 headcount numbers by Thursday for the budget pack?"

@ qa m l p :: what's the difference between a cold and flu
@ draft m l p :: write 3 tips for the staff newsletter
what's the difference between a cold and flu, and write 3 tips for the staff newsletter on when to stay home

@ math f l i calc :: how much is 18 months of £2,340 monthly rent
@ math f l i calc :: what if it goes up 3% after month 12
how much is 18 months of £2,340 monthly rent, and what if it goes up 3% after month 12

@ extract f l r :: extract the card
@ classify f l r :: tell me if it's visa, mastercard or amex
extract the card and tell me if it's visa, mastercard or amex: "pls use <<MC1>> for the excess payment"

@ translate g l i :: translate this to german
@ draft g l i :: make it more polite
translate this to german and make it more polite: "send me the report now, it's late"

@ reasoning l m c :: is this clause enforceable
@ draft l m c :: suggest a fairer version
is this clause enforceable in the uk, and suggest a fairer version: "The Employee shall not work for any insurer anywhere in the world for 3 years after leaving."

@ code s l i :: write an nmap command to scan our dmz range for open ports
@ qa s l i :: what flags stop it being too noisy
@ !hn
write an nmap command to scan our dmz range for open ports, and what flags stop it being too noisy for the ids? range is in ticket CHG0031301

@ summarize m m c :: Summarise these nursing notes
@ classify m l c :: say whether the patient is improving, stable or deteriorating
Summarise these nursing notes for handover and say whether the patient is improving, stable or deteriorating.

06:00 — Obs: HR 96, BP 118/74, RR 18, SpO2 96% RA, temp 37.6. Pain 3/10.
10:00 — HR 88, BP 122/76, RR 16, SpO2 97%, temp 37.2. Eating breakfast, mobilised to chair.
14:00 — HR 84, BP 120/78, RR 16, SpO2 98%, temp 36.9. Pain 2/10. Drain output 40 ml since morning.

@ extract f m c :: Extract the premium, excess and limits for each option
@ reasoning f h c :: recommend which option suits a small café
@ draft f m c :: write the recommendation paragraph for the broker
Three quotes for a café's commercial combined policy below. Extract the premium, excess and limits for each option into a table, recommend which option suits a small café with two staff and a £60k turnover best, and write the recommendation paragraph for the broker.

Option 1: premium £1,140, excess £250, public liability £2m, employers' liability £10m, contents £25k, business interruption 12 months.
Option 2: premium £890, excess £500, public liability £1m, employers' liability £10m, contents £20k, business interruption 6 months.
Option 3: premium £1,380, excess £100, public liability £5m, employers' liability £10m, contents £30k, business interruption 12 months, includes equipment breakdown.

@ code g m i :: Write a Python function
@ code g l i :: explain the regex you used
@ !hn
Write a Python function that parses our ticket ids out of free text (formats INC0012345, REQ0012345, CHG0012345, and JIRA-123 up to JIRA-99999) and returns them deduplicated in order of first appearance, then explain the regex you used. Example input: "see INC0045512 and INC0045512, also JIRA-2231 / CHG0031172".

@ sentiment l m c :: Read the reply from the broker
@ draft l m c :: draft our response
Read the reply from the broker below and tell me how they're feeling about our decline, then draft our response, sticking to our position but keeping the relationship.

"We are frankly astonished by the decision to decline. The client has been with Harbourline for 14 years and this is their first claim. We will be reviewing the placement of the entire account at renewal. We would ask you to reconsider urgently."

@ extract g m i :: list all the action items
@ classify g l i :: mark each as this week or later
@ !hn
From my inbox summary, list all the action items with deadlines and mark each as this week or later. Today is Monday 12 May.

- budget template v2.3 to finance by Wed 14 May
- review slides for board on 30 May
- approve PO 4500131177 by Tue 13 May
- appraisal forms due 6 June
- reply to audit query AQ-2025-017 by Fri 16 May

@ translate s m i :: Translate the following error messages into plain English
@ classify s l i :: say which ones need escalating to security
@ !hn
Translate the following error messages into plain English for the service desk team and say which ones need escalating to security.

ERR_CERT_DATE_INVALID on portal.harbourline-ins.com (cert expired 2025-04-30)
AADSTS50053: account locked due to too many sign-in attempts with an incorrect password
0x80070005 access denied writing to C:\Program Files\ClaimsClient\4.2.0.17\config
SMTP 550 5.7.1 message rejected by DMARC policy

@ summarize f m i :: Summarise this budget variance
@ reasoning f m i :: explain which variances the team can still influence
Summarise this budget variance in three bullets for the IT director, and explain which variances the team can still influence this year.

Line | Budget | Forecast | Variance
Software licences | £1.84m | £2.02m | +£180k (new SIEM, FX on USD contracts)
Contractors | £0.96m | £1.21m | +£250k (claims migration delay)
Hardware | £0.42m | £0.31m | -£110k (laptop refresh deferred)
Training | £0.08m | £0.05m | -£30k
Cloud hosting | £1.10m | £1.26m | +£160k (storage growth, no reserved instances)

@ draft m m c :: Draft a short reply to the patient
@ qa m l p :: what's the usual waiting time for a hearing test
Draft a short reply to the patient below, and tell me what's the usual waiting time for a hearing test on the NHS, roughly, so I can mention it.

"Hello, I've had ringing in my left ear for about a month and my hearing seems worse on that side. Can your clinic refer me for a hearing test or should I go to my own GP? Thank you, [[PERSON:Rosalind Meyer]]"

@ math g l p calc :: what's 15% of 340
@ math g l p calc :: and 7.5% of the result
what's 15% of 340, and 7.5% of the result

@ qa l l p :: whats the difference between a deed and a contract
@ qa l l p :: does a deed need a witness
whats the difference between a deed and a contract, and does a deed need a witness

@ chat g l p :: morning
@ qa g l i retr :: what's on the canteen menu today
morning! what's on the canteen menu today
""",
    r"""
@ extract g m c
Please turn this email signature block mess into a clean contact list (name, role, email, phone) for our supplier contacts sheet.

[[PERSON:Pierre Lefebvre]] | Directeur Commercial | Assurimmo Services | [[EMAIL:p.lefebvre@assurimmo.fr]] | [[PHONE:+33 1 44 52 87 19]]
[[PERSON:Katharina Vogel]], Key Account Manager, DataSecure GmbH, Tel. [[PHONE:+49 30 2589 4471]], Mail: [[EMAIL:k.vogel@datasecure.de]]
[[PERSON:Rahul Menon]] – Delivery Lead – Infosphere Ltd – [[PHONE:+91 98450 22713]] – [[EMAIL:rahul.menon@infosphere.co.in]]
[[PERSON:Chloe Barnes]] (Account Manager, Sydney) [[PHONE:+61 412 338 906]] [[EMAIL:chloe.barnes@claimpartners.com.au]]

@ draft g l c
reply to [[PERSON:Priya Natarajan]] saying yes to the 3pm call on thursday and that i'll dial in on [[PHONE:+1 312-555-0176]]

@ qa s m c
A user forwarded a suspicious email from [[EMAIL:no-reply@docusign-secure-review.com]] with a link to a "contract for signature". How do I check if this is really DocuSign without clicking the link, and what should I tell the user to do?

@ classify s l c
is this login suspicious: user t.obrien, from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] at 04:12, normally logs in from the london office 9-5

@ reasoning f m r
the customer wants us to refund her premium to a different card than she paid with, old card ended in the last four of <<VISA1>>, new one is <<VISA2>>. card scheme rules say refund to original card — what do we do if the original is closed?

@ draft f h r retr
Draft a letter to a US policyholder confirming the outcome of our investigation into a suspected identity fraud on his account. Someone used his details, including his Social Security number <<SSN5>>, to take out a life policy in his name in January. We have cancelled the fraudulent policy, refunded no money because none was paid out, reported it to the relevant state insurance fraud bureau, and flagged his file. The letter should tell him what we did, what he should do next (credit freeze, FTC identity theft report), and who to contact, and must not repeat the full SSN. Check our US complaint letter template in the knowledge base for the required state disclosures. Address: [[PERSON:Curtis Lamont Hale]], Springfield, IL.

@ extract s m r
Pull the employee names and SSNs out of this payroll exception report so I can check them against Workday. Table please.

EXCEPTION REPORT — US PAYROLL — PERIOD 07
[[PERSON:Jasmine Ortega]]  SSN <<SSN2>>  exception: duplicate direct deposit
[[PERSON:Trevor Mills]]  SSN <<SSN6>>  exception: missing W-4
[[PERSON:Lakshmi Venkataraman]]  SSN <<SSN3>>  exception: state tax mismatch (IL/IN)

@ extract g m r
Singapore HR sent this, please extract name, NRIC/FIN and start date into a table for the onboarding tracker.

1. [[PERSON:Goh Jia Hui]], NRIC <<NRIC_T2>>, start 2 June 2025
2. [[PERSON:Rajesh Pillai]], FIN <<NRIC_G>>, start 9 June 2025
3. [[PERSON:Nguyen Thi Lan]], FIN <<NRIC_M>>, start 16 June 2025
4. [[PERSON:Wong Kai Xiang]], NRIC <<NRIC_S2>>, start 16 June 2025

@ qa g l r
is <<NRIC_F>> an nric or a fin? the prefix letter confuses me

@ translate f m r
Please translate into English, it's a request from a Swiss policyholder about his refund:

"Guten Tag, bitte überweisen Sie die Rückerstattung der Prämie von CHF 1'240.00 auf mein Konto bei der Zürcher Kantonalbank, IBAN <<IBAN_CH>>, lautend auf [[PERSON:Beat Zimmermann]]. Bei Fragen erreichen Sie mich unter [[PHONE:+41 44 512 78 30]]. Freundliche Grüsse"

@ extract f m r
From this remittance advice, extract payer, IBAN, amount, value date and the references listed, as JSON.

REMITTANCE ADVICE
Payer: Vlaamse Transport Groep NV
Account: <<IBAN_BE>>
Amount: EUR 56,210.00
Value date: 17/04/2025
References: HB-BE-CP-20017 (Q2 premium), HB-BE-CP-20018 (adjustment)
Contact: [[PERSON:Els Peeters]], [[EMAIL:e.peeters@vtg-transport.be]]

@ classify f m r
For each of the payment instructions below, classify it as domestic SEPA, cross-border SEPA or non-SEPA based on the IBAN country, given we pay from our Dublin account.

1. <<IBAN_AT>>
2. <<IBAN_NO>>
3. <<IBAN_GB2>>
4. <<IBAN_IE>>

@ extract f l r
grab the iban and name: payee [[PERSON:Henrik Solberg]], konto <<IBAN_NO>>

@ summarize s h c
Summarise this red team report into a one-page brief for the CISO: what they got, how, and the three fixes that would have stopped them.

"Objective: access clinical records from an external position. Day 1: OSINT identified 41 staff email addresses and the naming convention. A credential-harvesting page mimicking the M365 login captured valid credentials for 3 users; MFA was bypassed via an adversary-in-the-middle proxy that relayed session cookies. Day 2: using the session of a clinic administrator, the team enumerated SharePoint and found a spreadsheet of service account passwords in a 'handover' folder. One account had local admin on the EMIS integration server. Day 3: from that server, the team queried the clinical database read replica and exfiltrated 50 synthetic test records placed as flags. Detection: the SOC raised an alert on day 3 for unusual database queries but it was closed as a false positive."

@ code s h i code
Write a Python script using the Microsoft Graph API that finds all mailbox inbox rules across the tenant that forward or redirect mail to external domains, and outputs user, rule name, destination and whether the rule is enabled. Use app-only auth with a certificate, handle paging and throttling (429 with Retry-After), and include a dry-run mode. We need this after the BEC incident last month.

@ reasoning s h i
We're deciding whether to move the clinic's patient records system from an on-premises server to the vendor's hosted cloud offering. Considerations: the on-prem server is 7 years old, patching is done manually by one person, the vendor cloud is ISO 27001 certified and hosted in the UK, but we'd lose direct database access used by two reporting scripts, and our internet link is a single 500 Mbps line. Reason through the security and resilience tradeoffs and give a recommendation with conditions.

@ qa s l p
what's the difference between encryption at rest and in transit, one line each

@ math s l p calc
if a password has 12 random characters from a 72-character set, how many possible combinations is that, roughly as a power of 10

@ summarize l m c
summarise this clause in one sentence: "Notwithstanding any other provision of this Agreement, neither party shall be liable to the other for any indirect, special or consequential loss, or for any loss of profits, revenue, goodwill or anticipated savings, whether arising in contract, tort (including negligence), breach of statutory duty or otherwise."

@ qa l m p retr
Under our own delegated authority framework, can a claims manager approve a settlement on a litigated claim without legal sign-off if the amount is within their authority? I've heard conflicting things from two team leads. Please check the framework document and the litigation handling guidelines.

@ classify l m c
Please tell me which of these requests from the business need legal review before they go ahead, and which can proceed. One line each.

1. Marketing wants to run a prize draw on social media for policyholders.
2. Claims wants to record all calls and keep them for 7 years.
3. HR wants to monitor staff Teams messages for "negative sentiment".
4. IT wants to renew the existing printer lease on the same terms.
5. The clinic wants to share anonymised appointment statistics with a university.

@ extract l m c
From this tenancy clause dispute email, extract: property address, tenant name, landlord name, rent, the disputed clause number and the amount in dispute.

"Re: 14 Marlowe Gardens, Bristol. Our client, the landlord [[PERSON:Simon Prendergast]], relies on clause 5.3 of the tenancy agreement to deduct £2,340 from the tenant's deposit for redecoration. The tenant, [[PERSON:Amara Nwosu]], paid rent of £1,450 per month and disputes the deduction."

@ draft l m c
short email to outside counsel asking for a fee estimate to defend the greenway claim up to disclosure, deadline for estimate friday

@ draft m h r
Please write a clinical summary letter to the patient's insurer supporting her claim for physiotherapy beyond the standard 10 sessions. The patient is [[PERSON:Imogen Harcourt]], 39, with a complex ACL reconstruction (surgery 14/01/2025) complicated by arthrofibrosis; she has had 10 sessions, range of motion improved from 0-70° to 0-105° but target is 0-130°, and she cannot yet return to her job as a paramedic. Request 12 further sessions over 8 weeks, with measurable goals. Formal, factual, from the clinic's lead physiotherapist.

@ classify m m c
For each symptom description from the clinic's online triage form, classify urgency as same-day, within a week, or routine, and say why briefly.

1. "Painful swollen calf since yesterday after a long flight"
2. "Mole that has changed colour over 2 months"
3. "Mild hay fever, need a repeat of my antihistamines"
4. "Feeling very low, had thoughts of not wanting to be here"
5. "Heel pain in the mornings for 3 months"

@ extract m l r
need dob and nhs number from this referral: "[[PERSON:Maureen Tierney]], born 08/05/1951, NHS 943 476 5919, referred for cataract assessment"

@ qa m m p
What's the recommended adult dose interval for a COVID-19 booster if someone had a confirmed infection recently? I know it changes so just tell me the general principle and where to check the current guidance.

@ sentiment m l c
is this patient feedback a complaint or a compliment, honestly can't tell: "well that was certainly an experience, the doctor was very... thorough"

@ translate m m c
Please translate this appointment reminder into Urdu and Bengali for the clinic's SMS system. Keep it short.

"Reminder: you have an appointment at the Harbourline Clinic on [date] at [time]. Please arrive 10 minutes early. To cancel, call [[PHONE:020 7946 0381]]."

@ code m m i
@ !hn
Write a SQL query for the clinic appointments database that finds patients with 3 or more DNAs (did not attend) in the last 12 months. Tables: appointments(appt_id, patient_id, appt_date, status), patients(patient_id, registered_date). Only include patients registered before 2024-05-01. Return patient_id and the DNA count, highest first.

@ chat g l p
can i ask you something personal? do you get bored

@ chat g l p
sorry for all the questions today haha

@ reasoning g m p
@ !hn
We have 3 standups at 9:15, 9:30 and 9:45, each 15 minutes, and 2 rooms. Room A is free from 9:00, room B from 9:20. Can all three happen without moving times, and which room should each use?

@ reasoning f m c calc
A customer paid £1,096 for an annual home policy and claimed £3,900 for a stolen bike in month 5. She now wants to cancel. Under our terms, if a claim has been paid no refund is due on cancellation. She argues she should get a pro-rata refund for the 7 months left. Calculate what the pro-rata refund would have been and reason through whether our term is fair and likely to be upheld by the ombudsman.
""",
    r"""
@ qa s l p web :: check if there's a known issue with outlook crashing after this week's update
@ draft s l i :: a two-line note for the service desk
check if there's a known issue with outlook crashing after this week's update and write a two-line note for the service desk

@ qa f l p web :: what's the current eur/gbp rate
@ math f l i calc :: how much is our €2.4m frankfurt reserve in sterling
what's the current eur/gbp rate, and how much is our €2.4m frankfurt reserve in sterling at that rate

@ code g m i code :: run this and tell me what it prints
@ code g l i :: fix the off-by-one
run this and tell me what it prints, then fix the off-by-one: for i in range(1, len(claims)): print(claims[i]["id"])

@ extract f m i :: pull the totals per broker out of this csv
@ math f l i calc :: tell me the grand total
@ !hn
pull the totals per broker out of this csv and tell me the grand total:
broker,invoice,amount
Marsh,INV-77120,12400.00
Marsh,INV-77131,3150.50
Howden,INV-77144,8820.00
Gallagher,INV-77150,15075.25
Howden,INV-77158,940.00

@ summarize g l i :: summarise this in 2 lines
@ translate g l i :: give me a spanish version too
summarise this in 2 lines and give me a spanish version too: "The car park will be resurfaced on 24 and 25 May. No vehicles can be left overnight on the 23rd. Staff can use the public car park on Dock Street and claim the cost back through expenses."

@ sentiment g l i :: what do people think of the new expenses app
@ summarize g l i :: top 2 issues
what do people think of the new expenses app, and top 2 issues? "receipt scan is magic" / "keeps logging me out" / "approval flow is confusing" / "so much better than the spreadsheet" / "logs out every time i switch apps"

@ classify l l c :: is this personal data under gdpr
@ qa l l p :: does pseudonymised data still count
is this personal data under gdpr, and does pseudonymised data still count: a spreadsheet of claim ids, postcodes and claim amounts, no names

@ extract m l r :: get the allergies
@ draft m l r :: write the alert text for the record banner
get the allergies and write the alert text for the record banner: [[PERSON:Vivienne Ashby]], allergies: penicillin (anaphylaxis 2019), elastoplast (skin reaction), codeine (vomiting)

@ reasoning s m i :: what's the likely cause
@ code s m i :: give me the commands to check
@ !hn
what's the likely cause and give me the commands to check: after the upgrade to 2.9.4.1102 the syslog forwarder on log-col-02 stopped sending to the siem, service shows running, port 6514

@ creative g l p :: write a haiku about the quarter-end close
@ translate g l p :: translate it into japanese
write a haiku about the quarter-end close and translate it into japanese

@ draft l m c :: Draft a short note to the claims team
@ extract l l c :: list the three key changes from the judgment
Draft a short note to the claims team on the new case law below, and list the three key changes from the judgment as bullets at the end.

"The Court of Appeal confirmed that where an insurer relies on a fraud exclusion it bears the burden of proving fraud on the balance of probabilities, that the standard is not raised merely because the allegation is serious, and that an insurer who declines on grounds of fraud without a proper investigation may be liable for the insured's costs on an indemnity basis."

@ math m l p calc :: work out the BMI
@ classify m l p :: which category it falls into
work out the BMI for 95 kg and 1.68 m and which category it falls into

@ qa g l p :: what's the best way to learn sql
@ creative g l p :: make me a 4-week study plan that's not boring
what's the best way to learn sql as a complete beginner, and make me a 4-week study plan that's not boring

@ reasoning f h c calc :: is it cheaper to settle now or go to trial
@ draft f m c :: draft the recommendation to the claims committee
Motor bodily injury claim, is it cheaper to settle now or go to trial? Claimant offers to settle at £185,000. Our lawyers estimate a 60% chance of a trial award of £220,000, a 30% chance of £140,000 and 10% chance of £60,000. Defence costs to trial £45,000 more than settling now, and if we lose we pay about £70,000 of the claimant's costs (assume we pay those in the first two scenarios only). After that, draft the recommendation to the claims committee in 150 words.

@ summarize s m i :: Summarise what changed
@ classify s l i :: tell me if any of it is high risk
@ !hn
Summarise what changed in last night's change window and tell me if any of it is high risk.

CHG0031402 firewall rule clean-up, 214 unused rules removed (no hits 180 days)
CHG0031405 SIEM parser update 3.2.0.14 -> 3.2.1.2
CHG0031411 domain controller patching DC01-DC04, rolling
CHG0031417 certificate renewal for sftp.harbourline-ins.com, expiry 2026-05-02

@ extract s m c :: Extract the attacker IPs
@ draft s m c :: write the block request for the network team
Extract the attacker IPs from the WAF summary below and write the block request for the network team (include a justification and a 30-day expiry).

Top blocked sources (24h):
[[IP_ADDRESS:45.95.147.229]] — 8,214 requests, SQLi signatures
[[IP_ADDRESS:80.94.95.115]] — 3,377 requests, path traversal
[[IP_ADDRESS:2a0b:4140:d3b1::2]] — 1,902 requests, credential stuffing on /login
[[IP_ADDRESS:167.94.138.62]] — 640 requests, scanner (Censys)

@ translate f m c :: Translate this Italian letter to English
@ extract f l c :: pull out the amount and payment deadline
Translate this Italian letter to English and pull out the amount and payment deadline.

"Gentili Signori, con la presente vi comunichiamo che il premio di rinnovo per la polizza n. HB-IT-PR-30412 ammonta a € 8.940,00 e dovrà essere corrisposto entro il 15 giugno 2025. Distinti saluti, [[PERSON:Giulia Benedetti]], Ufficio Amministrazione"

@ qa m l p
is it safe to give a flu jab to someone on warfarin

@ qa l l p
what's an ombudsman award limit for complaints referred this year

@ qa s l p
should we block .zip top level domain links in email

@ qa f l p
what's IPT and who pays it

@ chat g l p
nope, that's not what i meant. let me explain again

@ chat g l p
you've been really helpful this week, thanks

@ creative f l p
write a funny out-of-office for the finance team during year-end close

@ creative g m p
Write a short fable (about 120 words) about an ant who insures the other ants' food stores against the winter, and learns why you shouldn't insure the grasshopper's violin. It's for a presentation opener on moral hazard.

@ sentiment s l i
is the tone of this helpdesk reply ok or is it rude: "As previously stated, this is not a fault. Please read the KB article."

@ sentiment f m c
Give me the sentiment of this email from a long-standing broker, and whether you'd escalate it to the head of distribution.

"I've placed business with Harbourline for 20 years. Over the last 18 months service has fallen off a cliff: slow referrals, underwriters who don't return calls, and now a renewal quote 40% up with no explanation. I don't want to move the book but I am being left with no choice. [[PERSON:Gordon McInnes]], Director"

@ classify g l i
@ !hn
which of these are working days in the uk: 2025-05-05, 2025-05-06, 2025-05-26, 2025-05-27

@ extract g l i
@ !hn
pull out the amounts and work out which one is biggest: £1,204.50, €1.350,00, $1,299.99, CHF 1'180.00

@ math f l i calc
@ !hn
total of PO 4500128834 (£11,466.00) plus PO 4500129981 (£3,480.00) plus 20% vat

@ code s l i
@ !hn
regex that matches semantic versions with an optional 4th build part, like 1.2.3 or 4.2.0.17 but not 1.2

@ extract s l i
@ !hn
list the serial numbers from this asset list: SN-4471-2209-8813 laptop, SN-4471-2209-8820 laptop, SN-9910-0042-1177 docking station

@ qa f l i
@ !hn
is <<BAD16_2>> a valid card number? it's on a test invoice from the payment provider sandbox

@ classify f l i
@ !hn
is this a real card or junk data: <<BADCARD2>> from the old crm export

@ reasoning f m i
@ !hn
The bank returned a SEPA payment with reason code AC01 (incorrect account number). The IBAN in our system is <<BADIBAN_ES>>. The supplier insists it's right. What's the most likely explanation and how do I resolve it without delaying the payment another week?

@ extract f m i
@ !hn
Please pull the dates, amounts and references from this supplier statement into a table and flag anything overdue as of 30 April 2025.

Statement — Hollis Surveyors Ltd
14/02/2025  INV-HS-2210  £4,200.00  paid 10/03/2025
03/03/2025  INV-HS-2241  £2,880.00  due 02/04/2025
21/03/2025  INV-HS-2263  £6,150.00  due 20/04/2025
11/04/2025  INV-HS-2290  £1,940.00  due 11/05/2025

@ summarize g l i
@ !hn
one line summary: "Build 2025.04.1187 deployed to UAT on 22/04, smoke tests passed 47/48, failing test RNW-221 is known, prod release planned 29/04"

@ draft g l i
@ !hn
write a quick note to the team that order #40018832 arrived and the new headsets are in the cupboard on the 3rd floor

@ translate g l i
@ !hn
translate into french: "Your reference is CLM-2291-4478. Please quote it in all correspondence."

@ qa l l i
@ !hn
is section 4.3.2.1 of the master services agreement the one about audit rights or data return?

@ code f m i
@ !hn
Write a python function that checks whether a 16-digit number passes the Luhn check, and show it on these two test numbers from our payments sandbox: <<BAD16_3>> and <<BADCARD3>>. I expect both to fail.

@ classify g m i
Label each of these service desk tickets with the team that should own it: IT service desk, facilities, HR, finance, security. One word per line.

1. "Laptop won't boot after update"
2. "Payslip shows wrong tax code"
3. "Suspicious USB stick found in car park"
4. "Radiator leaking in meeting room 2.04"
5. "Expense claim rejected, don't know why"
6. "Need access to the claims reporting share"

@ reasoning g h i
We need to decide whether to keep the staff canteen in-house or outsource it. In-house costs £410k a year, with 6 staff and a subsidy that keeps meal prices low. An outsourced provider quotes £290k a year but would raise meal prices about 25% and won't guarantee the same staff jobs. Staff survey rates the canteen 4.2/5, and it's one of the top-cited reasons people come into the office. Reason through the financial and non-financial factors and give a recommendation with the conditions under which you'd change your mind.

@ summarize l h c
Summarise the key obligations and risks in this outsourcing clause for the exec sponsor, in under 120 words:

"The Supplier shall not subcontract any part of the Services without the prior written consent of the Customer, such consent not to be unreasonably withheld. The Supplier remains fully liable for the acts and omissions of its subcontractors. Any subcontractor processing Customer Personal Data shall be bound by written terms no less protective than Clause 9. On termination or expiry, the Supplier shall provide exit assistance for up to 6 months at the then-current rates, including transfer of data in a commonly used machine-readable format and knowledge transfer to any replacement supplier. The Customer may audit the Supplier's compliance with this Clause on 30 days' notice, no more than once per year save following a security incident."
""",
    r"""
@ reasoning m h r
Could you help me think through this occupational health case? [[PERSON:Declan Furlong]], 46, a claims team leader, has returned after 10 weeks off with depression. His GP fit note says "may be fit for work with amended duties: phased return, no team leadership responsibilities for 4 weeks". His manager says the team can't function without a leader for a month and wants to appoint an acting lead, which Declan sees as a demotion. Reason through the options (phased return plan, temporary acting lead, redeployment), the Equality Act reasonable adjustments angle, and how to handle the conversation so it doesn't set his recovery back. I'm the OH nurse, not HR, so flag where HR or legal need to come in.

@ summarize m m r
Summarise the key points of this pathology report for the patient's GP letter, one short paragraph:

Patient [[PERSON:Grace Adeyinka]], 52F. FBC: Hb 104 g/L (L), MCV 74 fL (L), ferritin 6 µg/L (L), platelets 410 (H-normal). U&E normal. TSH 2.1. Coeliac serology negative. Comment: picture consistent with iron deficiency anaemia. In a postmenopausal woman, lower and upper GI investigation should be considered per guidelines.

@ draft m m c
Write a friendly email to all clinic patients registered for the travel clinic, explaining that the yellow fever vaccine is temporarily out of stock nationally, when we expect it back (late June), and that they should contact the clinic at [[EMAIL:travelclinic@harbourline-ins.com]] if they're travelling before then so we can find an alternative centre.

@ draft l h c
Draft the key terms of a non-disclosure agreement for discussions with a potential acquisition target, a small claims software company. Mutual, 2-year term, confidentiality to survive 3 years after, carve-outs for info already public or independently developed, non-solicitation of each other's staff for 12 months, no obligation to proceed, English law, and return or destroy on request with a certificate. Numbered clauses, plain English where possible.

@ reasoning l h c retr
A policyholder's estranged wife has called asking for details of his life policy, saying she's a beneficiary under the trust. He died last month. We have the trust deed on file naming her and the two children as beneficiaries, and his brother as sole trustee. The brother hasn't contacted us yet. Think through what we can tell her now under data protection rules and trust law, who we actually owe duties to, and what our next steps should be. Check our bereavement and trust claims procedure in the knowledge base.

@ extract l m c
From this employment tribunal claim form summary, extract claimant name, respondent, claims brought, dates of employment and the remedy sought, as a bullet list.

"Claimant: [[PERSON:Leona Baptiste]]. Respondent: Harbourline Insurance plc. Employment: 3 September 2018 to 14 February 2025, Senior Underwriter. Claims: unfair dismissal, disability discrimination (failure to make reasonable adjustments), unlawful deduction from wages (unpaid bonus 2024). Remedy sought: compensation, including £18,500 bonus, and a recommendation."

@ classify l l c
would this count as a complaint under disp rules: "i'm not happy that my claim took so long but i understand it was complicated, just wanted to mention it"

@ qa l m p
In a subrogation claim against a negligent contractor who caused a fire at our policyholder's premises, can the contractor argue our policyholder's own negligence reduces what we recover? Briefly explain contributory negligence in that context.

@ code l m i
Write a regex (Python flavour) that finds UK court claim numbers in text, in formats like KB-2025-000417, H40YX123, and F00LS456, and a short explanation of each part. We'll use it to auto-link documents in the legal case system.

@ sentiment l m c
Have a read of this email chain between our claims manager and the claimant's solicitor and tell me whether the relationship is getting more hostile or calming down, message by message.

1 (solicitor): "We are disappointed that your client has not responded to our letter of 3 March."
2 (us): "Apologies for the delay, we now have the engineer's report and will respond by 25 March."
3 (solicitor): "Noted. We look forward to receiving your response by that date."
4 (us): "Please find our response attached. We are prepared to discuss settlement."
5 (solicitor): "Thank you. Our client will consider your proposal and revert within 14 days."

@ extract s m c
From this DLP alert, pull out the user, destination, file names and the policy that fired, so I can open an investigation.

DLP ALERT #88213 — Policy: "Clinical data to personal email" — user: [[EMAIL:l.farrow@harbourline-ins.com]] — destination: [[EMAIL:lucyfarrow1987@icloud.com]] — files: clinic_rota_june.xlsx, patient_list_physio_Q2.xlsx — action: blocked — time 2025-05-06 17:42

@ classify s m i
@ !hn
Please classify these vulnerabilities by remediation SLA according to our standard (critical 7 days, high 30 days, medium 90 days, low next cycle):

VULN-2025-0411 CVSS 9.8 on internet-facing VPN appliance, firmware 7.2.6 build 1575
VULN-2025-0418 CVSS 7.5 on internal wiki, version 8.5.4
VULN-2025-0420 CVSS 5.3 on print server, driver 3.1.0.22
VULN-2025-0427 CVSS 3.1 TLS weak cipher on test server

@ qa g l p
why is my excel vlookup returning #n/a when the value is clearly there

@ math g m i calc
We have 1,920 staff and the pulse survey got 1,104 responses. If 38% of respondents are in claims, and claims is 44% of total headcount, what's the claims response rate compared with everyone else's? Show the working.

@ translate g m p
Could you translate this short welcome speech into Spanish for our Madrid colleagues' town hall? Keep it warm and not too formal.

"Good morning everyone, and thank you for joining. It's been a great year for the Madrid office: we've grown from twelve to thirty people, launched two new products, and, most importantly, kept our customers happy. Let's take a moment to celebrate that, and then look at what's ahead."
""",
]


def main() -> None:
    rows = record_rows("\n\n".join(RECORDS), prefix="diverse19", expand=expand)
    for row in rows:
        if len(row["tasks"]) == 1:
            row["tasks"][0]["text"] = ""
    write_and_check(HERE / "train_diverse19.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
