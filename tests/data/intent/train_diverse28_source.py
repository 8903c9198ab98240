# ruff: noqa: E501
"""Hand-written split-focused intent rows (diverse28): multi-task vs. look-alike single asks.

Run: python tests/data/intent/train_diverse28_source.py
"""

from __future__ import annotations

from corpus import HERE, Values, check_lookalikes, mark, record_rows, write_and_check

V = Values(282828)

VALUES = {
    "E1": mark("EMAIL", "priya.raman@northwind-logistics.com"),
    "E2": mark("EMAIL", "j.okafor@halvorsen-law.co.uk"),
    "E3": mark("EMAIL", "billing+apac@tessaro.io"),
    "E4": mark("EMAIL", "m.lindqvist@stgoran-klinik.se"),
    "E5": mark("EMAIL", "derek_wu77@gmail.com"),
    "P1": mark("PHONE", "+44 20 7946 0852"),
    "P2": mark("PHONE", "(415) 555-0132"),
    "P3": mark("PHONE", "+65 6123 4567"),
    "P4": mark("PHONE", "+49 30 12345678"),
    "P5": mark("PHONE", "06 12 34 56 78"),
    "P6": mark("PHONE", "+1-212-555-0178"),
    "P7": mark("PHONE", "9123 8876"),
    "C1": mark("CREDIT_CARD", V.card("4", 16, " ")),
    "C2": mark("CREDIT_CARD", V.card("5", 16, "-")),
    "C3": mark("CREDIT_CARD", V.card("37", 15, " ")),
    "C4": mark("CREDIT_CARD", V.card("6011", 16, "")),
    "I1": mark("IBAN", V.iban("DE", True)),
    "I2": mark("IBAN", V.iban("GB", False)),
    "I3": mark("IBAN", V.iban("FR", True)),
    "I4": mark("IBAN", V.iban("NL", False)),
    "I5": mark("IBAN", V.iban("ES", True)),
    "S1": mark("US_SSN", V.ssn()),
    "S2": mark("US_SSN", V.ssn()),
    "S3": mark("US_SSN", V.ssn(" ")),
    "N1": mark("SG_NRIC", V.nric("S")),
    "N2": mark("SG_NRIC", V.nric("T")),
    "N3": mark("SG_NRIC", V.nric("G")),
    "IP1": mark("IP_ADDRESS", "10.24.8.113"),
    "IP2": mark("IP_ADDRESS", "203.0.113.45"),
    "IP3": mark("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    "IP4": mark("IP_ADDRESS", "192.168.40.7"),
    "IP5": mark("IP_ADDRESS", "fe80::1c2b:3aff:fe4d:9e01"),
    "N_A": mark("PERSON", "Priya Raman"),
    "N_B": mark("PERSON", "Jonah Okafor"),
    "N_C": mark("PERSON", "Maria Lindqvist"),
    "N_D": mark("PERSON", "Derek Wu"),
    "N_E": mark("PERSON", "Tan Wei Ling"),
    "N_F": mark("PERSON", "Rosa Delgado"),
    "N_G": mark("PERSON", "Hamid Farouk"),
    "N_H": mark("PERSON", "Claire Beaumont"),
}

_good_nric = V.nric("S")
LOOK = {
    "BC1": V.bad_card("4", " "),
    "BC2": V.bad16("-"),
    "BC3": V.bad_card("5", ""),
    "BI1": V.bad_iban("DE", True),
    "BI2": V.bad_iban("GB", False),
    "BI3": V.bad_iban("NL", True),
    "BN1": _good_nric[:-1] + ("A" if _good_nric[-1] != "A" else "B"),
}
check_lookalikes(LOOK)
ALL = {**VALUES, **LOOK}


def expand(raw: str) -> str:
    for name, value in ALL.items():
        raw = raw.replace("{" + name + "}", value)
    return raw


SOURCE = r"""
@ draft l m i retr :: Draft a policy on remote access for contractors
@ math f m i :: calculate the impact on our Q3 licensing spend if we move 140 contractors from VPN seats at $18/month to ZTNA seats at $11/month
@ summarize l m i :: summarise the citations below
Draft a policy on remote access for contractors, calculate the impact on our Q3 licensing spend if we move 140 contractors from VPN seats at $18/month to ZTNA seats at $11/month, and summarise the citations below:

1. NIST SP 800-46 Rev. 2, Guide to Enterprise Telework, Remote Access, and BYOD Security
2. ISO/IEC 27001:2022 Annex A 6.7 Remote working
3. Internal audit finding IA-2024-031: contractor accounts retained VPN access 45 days after offboarding

@ translate g l p :: Translate "please restart the router before calling support" into Spanish
@ translate g l p :: and German
Translate "please restart the router before calling support" into Spanish and German.

@ summarize f m c :: Summarize this email thread in three bullets
@ draft f m c :: then draft a reply to Jonah confirming we accept the revised payment schedule
Summarize this email thread in three bullets, then draft a reply to Jonah confirming we accept the revised payment schedule.

From: {N_B} <{E2}>
Subject: RE: Milestone payments
We can't make the 30 June milestone payment in full. Proposal: 60% on 30 June, 40% on 31 July, no change to the total fee of GBP 84,000. Please confirm by Friday.

@ qa s l p :: What's the difference between SAST and DAST?
@ draft s m i :: Also, write a two-paragraph intro for our AppSec onboarding wiki page that mentions both
What's the difference between SAST and DAST? Also, write a two-paragraph intro for our AppSec onboarding wiki page that mentions both.

@ extract m m r :: 1. Pull out every medication with dose and frequency
@ summarize m m r :: 2. Summarize the discharge plan for the GP
@ translate m m r :: 3. Translate the patient instructions into Portuguese
1. Pull out every medication with dose and frequency
2. Summarize the discharge plan for the GP
3. Translate the patient instructions into Portuguese

Discharge note - {N_F}, DOB 14/02/1961
Dx: community-acquired pneumonia, resolved. Meds on discharge: amoxicillin 500 mg TDS x 5 days, paracetamol 1 g QDS PRN, ramipril 5 mg OD (unchanged).
Plan: GP review in 7 days, repeat CXR at 6 weeks. Patient instructions: finish the antibiotic course, drink plenty of fluids, return if breathless or fever returns.

@ code g m i :: Write a Python function that deduplicates a list of dicts by the "sku" key keeping the last occurrence
@ code g l i :: then add pytest cases for it
Write a Python function that deduplicates a list of dicts by the "sku" key keeping the last occurrence, then add pytest cases for it.

@ sentiment g l i :: Is this review positive or negative overall?
@ draft g l i :: And give me a short public reply we can post.
Is this review positive or negative overall? And give me a short public reply we can post.

"Delivery was two days late and the box was dented, but the chair itself is excellent and support sorted out a partial refund quickly. Would buy again."

@ classify s m i :: First, classify each of these alerts as true positive, false positive or needs triage
@ draft s m i :: then write the handover note for the night shift
First, classify each of these alerts as true positive, false positive or needs triage, then write the handover note for the night shift.

- 21:04 Impossible travel: svc-backup logged in from Frankfurt and Singapore 6 minutes apart
- 21:17 EDR: powershell.exe -enc spawned by winword.exe on FIN-LT-0412
- 21:40 DLP: 1 file with "confidential" tag uploaded to corporate SharePoint
- 22:02 Brute force: 3,400 failed SSH logins against bastion-02, no success

@ math f l p :: what's 7.5% VAT on 12,480 EUR
@ draft f l i :: oh and can you word a one-line note to accounts saying the invoice needs correcting
what's 7.5% VAT on 12,480 EUR? oh and can you word a one-line note to accounts saying the invoice needs correcting

@ extract l m c :: Can you list the parties, the effective date and the governing law from this NDA?
@ reasoning l h c :: Then tell me whether clause 7 would stop us from hiring their staff.
Can you list the parties, the effective date and the governing law from this NDA? Then tell me whether clause 7 would stop us from hiring their staff.

MUTUAL NON-DISCLOSURE AGREEMENT dated 3 March 2025 between Halvorsen Components AS ("Halvorsen") and Brightline Analytics Ltd ("Brightline").
7. Non-solicitation. For 12 months after the Term, neither party shall solicit for employment any employee of the other party with whom it had material contact under this Agreement. General advertisements shall not count as solicitation.
12. This Agreement is governed by the laws of England and Wales.

@ creative g m p :: Write a short poem for the retirement card of our warehouse manager (30 years, loves fishing)
@ translate g l p :: plus a French version for the Lyon team
Write a short poem for the retirement card of our warehouse manager (30 years, loves fishing), plus a French version for the Lyon team.

@ chat g l p :: Morning! Hope your week is going ok.
@ summarize g l i :: Could you boil this meeting transcript down to decisions and owners?
Morning! Hope your week is going ok. Could you boil this meeting transcript down to decisions and owners?

Ana: let's freeze the Q4 roadmap on Thursday.
Ben: fine, I'll send the final list Wednesday night.
Ana: and marketing needs the launch date by the 15th - Chloe can you own that?
Chloe: yes.

@ reasoning f h i :: Should we lease or buy the two forklifts? Lay out the trade-offs
@ math f m i :: and compute the 5-year total cost of each option at 6% discount rate
Should we lease or buy the two forklifts? Lay out the trade-offs and compute the 5-year total cost of each option at 6% discount rate. Buy: 38,000 each upfront, 1,200/yr maintenance. Lease: 9,400 per forklift per year, maintenance included.

@ summarize s m i :: Summarize what happened in this auth log
@ extract s m c :: then give me every source IP that failed more than 3 times
Summarize what happened in this auth log, then give me every source IP that failed more than 3 times.

Jun 12 03:14:07 bastion sshd[2211]: Failed password for root from {IP2} port 51122
Jun 12 03:14:09 bastion sshd[2211]: Failed password for root from {IP2} port 51130
Jun 12 03:14:12 bastion sshd[2211]: Failed password for admin from {IP2} port 51141
Jun 12 03:14:15 bastion sshd[2211]: Failed password for admin from {IP2} port 51150
Jun 12 03:20:44 bastion sshd[2290]: Accepted publickey for deploy from {IP1} port 40022

@ classify g l i :: Tag each ticket below with billing, technical or account
@ sentiment g l i :: and flag any where the customer sounds angry
Tag each ticket below with billing, technical or account, and flag any where the customer sounds angry:
#5521 "I was charged twice this month, fix it NOW"
#5522 "How do I change the email on my profile?"
#5523 "App crashes when I open the reports tab on Android 14"

@ code s h i :: - review this Terraform for security issues
@ draft s m i :: - write the PR comment explaining what to change
Two things:
- review this Terraform for security issues
- write the PR comment explaining what to change

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = false
  restrict_public_buckets = false
}
resource "aws_security_group_rule" "ssh" {
  type        = "ingress"
  from_port   = 22
  to_port     = 22
  cidr_blocks = ["::/0"]
}

@ qa m l p :: How long should someone wait after a tetanus booster before another one?
@ draft m m i :: Also draft an FAQ entry on tetanus boosters for our occupational health intranet.
How long should someone wait after a tetanus booster before another one? Also draft an FAQ entry on tetanus boosters for our occupational health intranet.

@ translate l m c :: Translate clause 4 into German
@ qa l m c :: explain in plain English what "time is of the essence" means here
Translate clause 4 into German and explain in plain English what "time is of the essence" means here.

4. Delivery. The Supplier shall deliver the Goods no later than 30 September 2025. Time is of the essence for delivery, and any delay shall entitle the Buyer to terminate this Agreement by written notice.

@ extract f m r :: Get the cardholder name, card number and amount out of this dispute form
@ classify f m r :: and tell me which chargeback reason code category it falls under (fraud, authorisation, processing error, consumer dispute)
Get the cardholder name, card number and amount out of this dispute form and tell me which chargeback reason code category it falls under (fraud, authorisation, processing error, consumer dispute).

Cardholder: {N_D}
Card: {C1}
Amount disputed: USD 412.90
Statement: "I never received the item, merchant stopped answering emails."

@ math g l p :: convert 72 °F to Celsius
@ math g l p :: and 15 miles to km
convert 72 °F to Celsius and 15 miles to km

@ summarize f h c :: Read the 10-Q excerpt and summarize liquidity risk
@ reasoning f h c :: then argue whether the covenant headroom is adequate
@ draft f m c :: then write two questions for the earnings call
Read the 10-Q excerpt and summarize liquidity risk, then argue whether the covenant headroom is adequate, then write two questions for the earnings call.

"As of June 30, cash and equivalents were $212 million, down from $340 million. Our revolving facility requires a net leverage ratio below 3.5x; at quarter end the ratio was 3.2x. We expect working-capital outflows to continue through Q3 as inventory builds ahead of the holiday season."

@ code g m i :: Convert this bash loop to PowerShell
@ qa g l p :: what does the -print0 flag do
Convert this bash loop to PowerShell, and what does the -print0 flag do?

find ./logs -name "*.gz" -mtime +30 -print0 | xargs -0 rm -f

@ draft g m i :: Write a job ad for a senior data engineer (hybrid, Rotterdam)
@ creative g l p :: Then give me five catchy subject lines for the LinkedIn post.
Write a job ad for a senior data engineer (hybrid, Rotterdam). Then give me five catchy subject lines for the LinkedIn post.

@ extract g l c :: pull the email and phone from this signature
@ draft g l c :: then write a short intro email to her about the vendor day
pull the email and phone from this signature then write a short intro email to her about the vendor day

--
{N_A} | Procurement Lead
Northwind Logistics
{E1} | {P1}

@ qa s m p web :: Is TLS 1.1 still acceptable for PCI DSS?
@ code s m i :: If not, give me the nginx config lines to disable it.
Is TLS 1.1 still acceptable for PCI DSS? If not, give me the nginx config lines to disable it.

@ sentiment g m i :: How do employees feel about the new hot-desking policy based on these survey comments?
@ classify g m i :: Group the comments into themes too.
How do employees feel about the new hot-desking policy based on these survey comments? Group the comments into themes too.
- "Never find a desk near my team after 9:30"
- "Actually like meeting people from other departments"
- "Lockers are too small for a laptop bag"
- "Noise on floor 3 is unbearable on Tuesdays"

@ summarize m h r :: Give me a one-paragraph summary of this case for the MDT
@ reasoning m h r :: and list the differential you'd consider given the labs
Give me a one-paragraph summary of this case for the MDT and list the differential you'd consider given the labs.

Patient: {N_G}, 58M, MRN 7734120
Presenting: 3 weeks fatigue, 4 kg weight loss, night sweats.
Labs: Hb 10.2 g/dL, WCC 14.8, LDH 412 U/L, Ca 2.71 mmol/L.
CT: mediastinal lymphadenopathy, largest node 3.4 cm.

@ chat g l p :: thanks, that worked!!
@ code g l p :: quick one though - how do I make the same regex case-insensitive in JavaScript?
thanks, that worked!! quick one though - how do I make the same regex case-insensitive in JavaScript?

@ draft f m c :: Please prepare a payment reminder to the client below
@ math f l c :: and work out the late fee at 1.5% per month for 47 days overdue on 23,600 SGD
Please prepare a payment reminder to the client below and work out the late fee at 1.5% per month for 47 days overdue on 23,600 SGD.
Client contact: {N_E}, {P3}

@ extract l m c :: Step 1: extract all obligations of the Licensee.
@ classify l m c :: Step 2: label each one as financial, operational or reporting.
@ summarize l m c :: Step 3: give me a three-line summary for the deal sheet.
Step 1: extract all obligations of the Licensee.
Step 2: label each one as financial, operational or reporting.
Step 3: give me a three-line summary for the deal sheet.

3.1 Licensee shall pay a royalty of 6% of Net Sales within 30 days after each calendar quarter.
3.2 Licensee shall maintain product liability insurance of at least EUR 5,000,000.
3.3 Licensee shall deliver an annual sales report by 31 January each year.
3.4 Licensee shall not sublicense without prior written consent.

@ translate g l p :: Can you put this out-of-office into Japanese?
@ draft g l i :: Also a shorter English version for internal senders.
Can you put this out-of-office into Japanese? Also a shorter English version for internal senders.

"I am out of the office from 4 to 15 August with limited access to email. For urgent matters please contact the operations desk."

@ math g m p :: If a train leaves at 07:40 and averages 96 km/h over 412 km, when does it arrive?
@ creative g l p :: Now write a limerick about the trip.
If a train leaves at 07:40 and averages 96 km/h over 412 km, when does it arrive? Now write a limerick about the trip.

@ code s h c :: Write a Sigma rule for this pattern
@ qa s m i :: and tell me which MITRE ATT&CK technique it maps to
Write a Sigma rule for this pattern and tell me which MITRE ATT&CK technique it maps to: rundll32.exe launched with a comsvcs.dll MiniDump argument targeting the lsass process.

@ summarize g m i :: tl;dr this doc please
@ extract g l i :: and pull out any deadlines
tl;dr this doc please, and pull out any deadlines

Facilities update: the Building B cafeteria closes for renovation from 2 September. Temporary food trucks will be on the east lot. Parking permits must be renewed via the portal by 20 August. Bike storage moves to level -1 on 26 August.

@ qa f l p :: what's an IBAN used for exactly
@ extract f l r :: and is the one in this message German or Dutch
what's an IBAN used for exactly, and is the one in this message German or Dutch?

"Please wire the deposit to {I4}, reference BOOKING-2291."

@ draft l h c :: Draft a cease-and-desist letter to the company using our logo on their site
@ summarize l m i :: and summarise the trademark registration details below so I can check them
Draft a cease-and-desist letter to the company using our logo on their site and summarise the trademark registration details below so I can check them.

EUTM No. 018234117, word and figurative mark "LUMENRA", classes 9 and 42, filed 11 May 2020, registered 2 October 2020, owner Lumenra BV.

@ reasoning g h i :: Figure out which of the three vendors best fits our requirements
@ draft g m i :: then write a recommendation memo to the CIO
Figure out which of the three vendors best fits our requirements, then write a recommendation memo to the CIO.

Requirements: SSO via SAML, EU data residency, < EUR 40k/yr, API rate limit >= 1000 req/min.
Vendor A: SAML yes, EU yes, EUR 46k, 2000 req/min
Vendor B: SAML yes, EU no (US only), EUR 31k, 1500 req/min
Vendor C: SAML via add-on (+EUR 4k), EU yes, EUR 33k, 800 req/min

@ sentiment f m i :: What's the tone of the CEO's letter - confident or defensive?
@ extract f m i :: List every forward-looking number he mentions.
What's the tone of the CEO's letter - confident or defensive? List every forward-looking number he mentions.

"2024 tested us. Revenue declined 4%, but we exited the year with a leaner cost base and a pipeline 20% larger than a year ago. We expect margins to recover to 18% by 2026 and will invest EUR 60 million in automation over the next two years."

@ code g m p code :: Fix the bug in this function
@ code g l p :: Separately, how would you write the same thing in Go?
Fix the bug in this function. Separately, how would you write the same thing in Go?

def median(xs):
    xs.sort()
    n = len(xs)
    return xs[n // 2] if n % 2 else xs[n // 2]

@ classify m m c :: Triage these messages from the patient portal: urgent, routine or admin
@ draft m m c :: Then draft the reply to the admin ones.
Triage these messages from the patient portal: urgent, routine or admin. Then draft the reply to the admin ones.
1) "Can I move my appointment on Thursday to next week?"
2) "Chest pain since this morning, getting worse"
3) "Need a copy of my vaccination record for work"

@ draft g l i :: Write a Slack message telling the team the deploy is postponed
@ translate g l i :: and give me the same in Hindi for the Pune channel
Write a Slack message telling the team the deploy is postponed and give me the same in Hindi for the Pune channel.

@ extract s m c :: From this phishing email, extract the sender, the link domain and any phone numbers
@ classify s l c :: then rate it low/medium/high risk
From this phishing email, extract the sender, the link domain and any phone numbers, then rate it low/medium/high risk.

From: "IT Helpdesk" <{E5}>
Your mailbox is 98% full. Verify your account at hxxp://m365-verify-login[.]top/reset within 24 hours or call {P6} to avoid suspension.

@ math f m i :: Compute the YoY growth for each region
@ draft f m i :: then a two-sentence comment for the board pack
Compute the YoY growth for each region, then a two-sentence comment for the board pack.

| Region | 2023 | 2024 |
| EMEA | 14.2m | 15.9m |
| APAC | 9.8m | 12.1m |
| AMER | 21.4m | 20.7m |

@ qa l m p :: Under GDPR, how long do we have to answer a subject access request?
@ draft l m i :: And please write the acknowledgement template we send when one arrives.
Under GDPR, how long do we have to answer a subject access request? And please write the acknowledgement template we send when one arrives.

@ creative g m p :: Come up with a name and tagline for our internal hackathon
@ draft g m i :: and write the announcement email
Come up with a name and tagline for our internal hackathon and write the announcement email. Theme is sustainability, 48 hours, 10-12 October.

@ summarize s h c :: Summarize the pentest report findings by severity
@ math s l c :: count how many are critical or high
@ draft s m c :: and draft the remediation plan with owners
Summarize the pentest report findings by severity, count how many are critical or high, and draft the remediation plan with owners.

F1 Critical - SQL injection in /api/v2/orders?sort= (owner: Payments)
F2 High - Stored XSS in ticket comments (owner: Support tools)
F3 Medium - Missing HSTS on marketing site (owner: Web)
F4 High - Default credentials on Jenkins agent {IP4} (owner: Platform)
F5 Low - Verbose error messages on login (owner: Identity)

@ chat g l p :: ugh long day
@ qa g l p :: anyway, what time zone is Auckland in right now, NZST or NZDT?
ugh long day. anyway, what time zone is Auckland in right now, NZST or NZDT?

@ extract f m r :: Pull the IBAN and beneficiary from this supplier change request
@ reasoning f h r :: and tell me if anything about it looks like invoice fraud
Pull the IBAN and beneficiary from this supplier change request and tell me if anything about it looks like invoice fraud.

"Dear AP team, due to an audit our bank details have changed with immediate effect. Please update and pay all open invoices to: Beneficiary: Tessaro Industrial Ltd, IBAN {I2}. Do not call our office, the lines are being upgraded. Regards, {N_H}"

@ code g m i :: write a SQL query for monthly active users from the events table
@ qa g l i :: what index would speed it up?
write a SQL query for monthly active users from the events table
what index would speed it up?
events(user_id bigint, event_type text, created_at timestamptz)

@ summarize l h c :: Summarize the judgment in plain language
@ reasoning l h c :: then assess how it affects our pending claim against the landlord
Summarize the judgment in plain language, then assess how it affects our pending claim against the landlord.

"The Court held that a break clause requiring the tenant to give 'vacant possession' is not satisfied where the tenant leaves behind partitioning and ceiling tiles that it installed, since these constitute chattels that substantially interfere with the landlord's use. The break was therefore ineffective and the lease continues."

@ translate m m r :: Translate the consent form into Malay
@ qa m l p :: what reading level is recommended for consent forms
Translate the consent form into Malay, and what reading level is recommended for consent forms?

Participant: {N_E}  NRIC: {N1}
I agree to take part in the study of a new asthma inhaler. I understand I can withdraw at any time without affecting my care.

@ classify f l i :: Categorize these expenses for the reimbursement system
@ math f l i :: and total them
Categorize these expenses for the reimbursement system and total them:
Taxi airport 38.50, Hotel 2 nights 284.00, Team dinner 146.20, Train ticket 62.00, Printer toner 41.99

@ draft g m i :: Rewrite this paragraph so it's friendlier
@ translate g l i :: and then translate the result into Italian
Rewrite this paragraph so it's friendlier and then translate the result into Italian.

"Your request has been rejected. Submissions must use the current template. Resubmit within 5 working days."


@ qa s l p :: what does a CVSS score of 9.8 mean in practice?
@ reasoning s m i :: would you patch it before or after the quarter-end freeze?
what does a CVSS score of 9.8 mean in practice? would you patch it before or after the quarter-end freeze? it's in our internet-facing VPN appliance.

@ extract g l c :: Find the phone numbers in this list
@ code g m i :: and write a regex that would have matched all of them
Find the phone numbers in this list and write a regex that would have matched all of them.
Reception {P4}; Paris office {P5}; SG desk {P7}

@ sentiment m l c :: How satisfied does this patient sound?
@ draft m m c :: Draft the practice manager's reply.
How satisfied does this patient sound? Draft the practice manager's reply.

"Dr Beaumont was lovely but I waited 70 minutes past my slot and nobody told me why. Third time this year."

@ math f h i :: Work out the break-even volume
@ draft f m i :: put it in a short email to Rosa
Work out the break-even volume: fixed costs 480,000, price 39, variable cost 23.50 per unit. Then put it in a short email to Rosa.

@ translate g l p :: 1) Korean
@ translate g l p :: 2) Vietnamese
Translate "Your parcel is ready for pickup at the front desk" into:
1) Korean
2) Vietnamese

@ summarize g m i :: Summarize the chat below
@ classify g l i :: and tell me if it's a bug report or a feature request
Summarize the chat below and tell me if it's a bug report or a feature request.

[10:02] customer: when I export to CSV the dates come out as numbers
[10:03] agent: which locale are you on?
[10:03] customer: de-DE, Excel 365
[10:05] agent: reproduced, the export ignores locale for date columns

@ code s m i code :: Write a script to check which of our domains lack a DMARC record
@ summarize s l i :: then summarize what p=quarantine does
Write a script to check which of our domains lack a DMARC record, then summarize what p=quarantine does.

@ reasoning l h c :: Is this non-compete enforceable in California?
@ draft l m c :: If not, redraft it as a confidentiality clause.
Is this non-compete enforceable in California? If not, redraft it as a confidentiality clause.

"Employee shall not, for 24 months after termination, engage in any business that competes with the Company anywhere in North America."

@ extract f l i :: Get me the invoice number, due date and total from this PDF text
@ math f l i :: and how many days until it's due from today, 3 June?
Get me the invoice number, due date and total from this PDF text, and how many days until it's due from today, 3 June?

INVOICE INV-2025-00481  Date: 28 May 2025  Due: 27 June 2025
Consulting services May 2025 ......... 9,250.00
VAT 20% .............................. 1,850.00
TOTAL GBP ............................ 11,100.00

@ chat g l p :: Hi there, first time using this assistant
@ qa g l p :: can you read Excel files?
Hi there, first time using this assistant :) can you read Excel files?

@ summarize m m p :: Summarize this abstract
@ qa m m p :: what does "number needed to treat" mean in it?
Summarize this abstract and what does "number needed to treat" mean in it?

"In 4,812 adults with hypertension, intensive BP targeting (<120 mmHg) reduced major cardiovascular events vs standard targeting (<140 mmHg) (HR 0.75). Number needed to treat over 3.3 years was 61. Serious adverse events were more frequent with intensive treatment."


@ draft s m i
Write an incident notification to customers about yesterday's 40-minute login outage: cause was an expired certificate on the identity provider, no data was exposed, and we've added expiry monitoring. Keep it under 150 words, apologetic but not grovelling, and include a link placeholder for the status page.

@ summarize l m c
Summarize this lease, covering rent, term, break options and repair obligations, in a table.

Lease dated 1 April 2023, term 10 years, rent GBP 145,000 p.a. reviewed upwards only every 5 years, tenant break at year 5 on 6 months' notice, tenant full repairing obligations save for structural roof.

@ translate g l p
Translate into French, keeping the tone formal, the bullet format, and the product names in English:
- Sign in to Dashboard Pro
- Open Settings > Billing
- Click Update payment method

@ code g m i
Write a Python script that reads orders.csv, drops rows with an empty customer_id, converts amount to Decimal, groups by country, and writes totals.csv sorted by total descending.

@ extract f m i
Extract the vendor, amount and date for each of these lines:
2025-05-02 ACME OFFICE SUPPLIES 142.30
2025-05-03 AWS EMEA 2,918.44
2025-05-05 DELTA AIR 611.00
2025-05-09 WEWORK LONDON 1,200.00

@ qa m l p
What is the maximum daily dose of paracetamol for an adult under 50 kg, and does that change if they drink alcohol regularly?

@ qa s l p
What's the difference between an IDS and an IPS - and by "difference" I mean in how they're deployed, not just the definitions.

@ classify g l i
Classify each of these 6 feature requests as must-have, nice-to-have or won't-do for the Q3 release:
1. Dark mode
2. SSO with Okta
3. Export to PDF
4. Animated onboarding mascot
5. Audit log
6. Custom fonts in reports

@ sentiment f m i
Rate the sentiment of each analyst comment from -2 to +2:
"Guidance raise looks conservative."
"Margin compression is worse than we modelled."
"Buyback is a nice signal but doesn't change the thesis."

@ math f m i
Calculate the monthly repayment on a 250,000 loan over 20 years at 4.9% annual interest, compounding monthly - and show the formula you used, then the interest paid in year one.

@ reasoning g h i
We have 3 data centres and 5 services, each service needs 2 replicas in different DCs, DC-East has capacity for only 3 replicas. Work out a placement that survives the loss of any one DC, step by step.

@ draft l h c
Draft a data processing agreement schedule for our payroll vendor. It needs: subject matter and duration, nature and purpose, types of personal data, categories of data subjects, and the sub-processor list with a 30-day objection window.

@ creative g m p
Write a 200-word short story for the company newsletter about a delivery van that becomes self-aware on its last route before retirement. Light, funny, no brand names.

@ chat g l p
Haha no worries, I figured it out myself in the end. Have a good weekend!

@ summarize s m i
Summarize this vulnerability advisory for the CAB. What's affected? What's the fix? Is there a workaround? Answer those three inside the summary, not as separate sections.

Advisory: A path traversal in FileGate Server versions before 8.3 allows unauthenticated attackers to read arbitrary files via crafted URLs. Fixed in 8.3. Workaround: block requests containing "..%2f" at the WAF.

@ code s h i
Here's the checklist for the new log-parser: parse each line, skip comments starting with #, extract timestamp, host and status code, count 5xx per host, and print hosts over 100 errors. Implement it as one Go program.

@ extract l m c
Find every date in this contract excerpt and tell me what each one triggers.

"The Effective Date is 1 July 2025. The Supplier shall deliver the Pilot by 15 September 2025. Either party may terminate on 90 days' notice after 1 January 2026. Renewal occurs automatically on 30 June 2026 unless notice is given by 31 March 2026."

@ translate m m r
Translate this lab result letter into Spanish for the patient's family:

Dear {N_F}, your blood test from 12 May shows an HbA1c of 8.1%, which is higher than your target of 7%. Please book an appointment with the diabetes nurse at {P2}.

@ qa g l p
Which one is correct: "data is" or "data are"? Asking for our style guide, so tell me what most tech publications use.

@ draft f m c
Write to {N_H} at {E3} declining the refund request for order 88213 politely. Mention the 30-day window, offer store credit instead, and sign off as the billing team.

@ classify s m c
Classify this email as phishing, spam, or legitimate:

"Hi, this is {N_D} from Finance. Can you buy 5 gift cards of $200 each for a client and send me the codes? I'm in a meeting, can't call. Thanks."

@ reasoning f h c
Given the cash flows below, is it better to accept the early-payment discount of 2/10 net 60 or keep the cash in the money market fund at 4.1%? Walk me through the reasoning.

@ math g l p
What's 18% of 2,340?

@ code g l p
How do I reverse a string in Rust? Does it handle emoji properly, or do I need something else for that?

@ summarize m m r
Summarize the nursing handover below into SBAR.

Bed 12 - {N_C}, 74F, post-op day 2 right hip hemiarthroplasty. Obs stable, pain 3/10 on oral morphine PRN. Catheter removed 06:00, not yet voided. Mobilised with frame x2. Family asking about discharge to rehab.

@ extract s m c
List all IP addresses and usernames in this firewall log, as a two-column table:

DENY tcp src={IP2} dst={IP4}:3389 user=unknown
ALLOW tcp src={IP1} dst={IP4}:443 user=kmatsuda
DENY udp src={IP3} dst=ff02::1:3 user=unknown

@ draft g m i
Please write our quarterly engineering newsletter intro: mention the migration to Kubernetes, welcome the 4 new hires, thank the on-call team for the Black Friday weekend, and tease the hackathon. Friendly tone, 120 words max.

@ creative g l p
Give me 10 name ideas for a Slack bot that reminds people to submit timesheets.

@ qa l m p
Can a company in the EU transfer employee data to a US parent under the Data Privacy Framework, or does it still need SCCs? Assume the parent is self-certified.

@ sentiment g l p
Is this tweet sarcastic? "Love how my flight got delayed for the third time today, amazing service as always @SkyJetAir"

@ translate l h c
Translate the attached arbitration clause into Chinese (Simplified). Keep the defined terms capitalised, keep clause numbering, and add translator's notes where the legal concept has no direct equivalent.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre.

@ math f m p
A bond with face value 1,000 pays a 5% annual coupon and matures in 4 years. If the yield is 6%, what's its price? Round to 2 decimals.

@ code g m i
Refactor this so it doesn't hit the database inside the loop:

for user in users:
    orders = db.query("SELECT * FROM orders WHERE user_id = %s", user.id)
    user.order_count = len(orders)

@ reasoning s h c
Our SIEM shows svc-backup authenticating from two countries within 6 minutes, but the account uses a cloud NAT that egresses in both. Is this a real impossible-travel event or not? Reason it out and say what evidence would settle it.

@ extract m m r
From this referral letter, extract: patient name, NHS-style ID, referring clinician, reason for referral, urgency.

Re: {N_G}, ID 943 476 5919. Dear colleague, I'd be grateful if you could see this gentleman urgently regarding a 2-week history of painless jaundice. Kind regards, Dr {N_H}

@ classify l m c
Which type of contract is this: NDA, MSA, SOW, or DPA?

"This Statement of Work is entered into under the Master Services Agreement dated 2 February 2024 and describes the data migration services to be provided by the Contractor during Phase 2."

@ draft m m i
Draft a one-page patient leaflet on preparing for a colonoscopy: diet 3 days before, bowel prep timing, what to bring, when to call us. Plain English, reading age 11.

@ qa g l p
Does the "Reply all" button in Outlook include BCC recipients?

@ summarize f m i
Summarize these quarterly results in a tweet-length sentence:
Revenue 412m (+9% YoY), EBITDA 88m (margin 21.4%), net debt 1.2x, FY guidance raised to 1.65-1.70bn.

@ chat g l p
Good morning! How are you doing today?

@ code s m i
What's wrong with this code, and can you show me the fixed version? It's vulnerable to something, I just can't see what.

$query = "SELECT * FROM users WHERE email = '" . $_GET['email'] . "'";
$result = mysqli_query($conn, $query);

@ math g m p
A recipe for 4 uses 300 g flour, 2 eggs and 250 ml milk. Scale it to 10 people.

@ draft f h r
Write the letter to the customer confirming we have refunded the duplicate charge on card {C2} and that the card has been reissued. Customer is {N_A}, SSN on file {S1} - do NOT include the SSN in the letter, just last 4 of the card.

@ translate g l p
How do you say "meeting postponed until further notice" in Dutch? Formal, please.

@ extract g l c
What's {N_B}'s email in this thread? I need it for the distro list.

> On Tue, {N_B} <{E2}> wrote:
> Happy to join the steering group.

@ reasoning m h c
A 67-year-old on warfarin needs a dental extraction next week. INR last week was 2.8. Should we stop the warfarin? Reason through bleeding vs thrombosis risk.

@ sentiment l m c
Read this letter from opposing counsel and tell me how hostile it is, on a 1-5 scale, with the phrases that drive the score.

"Your client's continued failure to respond is, frankly, astonishing. Absent full payment within 7 days we will issue proceedings without further notice and seek indemnity costs."

@ creative f m p
Write a fun, two-verse jingle for our budgeting app's radio ad. Mention saving, no hidden fees, and the app name "PennyWise Pro".

@ classify m m c
Code this diagnosis into the right ICD-10 category: "Type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3".

@ qa f l p
What's the difference between EBITDA and operating cash flow? A short answer, please, and an example would help.

@ summarize g m p
Summarize this article in 5 bullets for a non-technical audience. Keep the numbers. Skip the history section.

"The grid operator said peak demand hit 58.2 GW on Tuesday, a record. Batteries supplied 3.1 GW at the evening peak, up from 1.2 GW last year. Officials credited new solar farms and a demand-response scheme that paid 140,000 households to delay appliance use. The history of the grid dates back to 1926..."

@ code f h i code
Build a pandas function that takes a DataFrame of transactions (date, account, amount), resamples to month end per account, fills missing months with 0, and returns a 12-month rolling sum. Include a docstring and a small example at the bottom that runs.

@ draft s m i
Draft the password policy section for our ISMS: minimum length 14, no forced rotation unless compromise is suspected, check against breached-password lists, MFA required for all remote access, and lockout after 10 failed attempts.

@ !hn
@ qa g l i
Where is order #PO-4471-2209? It shipped on 2025-06-02 according to the portal.

@ !hn
@ summarize s m i
Summarize the changes in release 4.2.0.17 vs 4.2.0.15 for the CAB: patched OpenSSL, fixed the login timeout, new audit export.

@ !hn
@ extract f l i :: Extract the invoice number and amount
@ math f l i :: and add 19% VAT
Extract the invoice number and amount and add 19% VAT: "Invoice INV-88120-B, net amount EUR 3,450.00, due 2025-07-31".

@ !hn
@ qa f l i
The payment reference 4532 7781 0094 2216 was rejected by the bank portal - is that a card number or an internal reference? It came from our ERP.

@ !hn
@ reasoning f m i
Why would the bank bounce a transfer to {BI1}? The supplier insists it's correct.

@ !hn
@ classify g l i
Classify ticket INC-0049921 (printer on floor 4 offline since 08:15) as P1, P2 or P3.

@ !hn
@ code g m i
Write a regex that matches our part numbers like PN-7731-A04 and PN-0012-C11 but not serial numbers like SN20250611-0043.

@ !hn
@ math f l p
Add up: 1,249.99 + 389.50 + 12,004.10 + 77.25

@ !hn
@ draft g l i :: Draft a note to the warehouse that shipment SHP-2025-118842 is delayed to 14 July
@ translate g l i :: then translate it into Polish
Draft a note to the warehouse that shipment SHP-2025-118842 is delayed to 14 July, then translate it into Polish.

@ !hn
@ extract f m i
Pull the account-like strings from this note so I can check them: "Old account {BI2}, card ref {BC1}, batch 20250611."

@ !hn
@ qa s l i
Is build 2025.06.11.3 the one with the CVE-2024-3094 fix or do we need 2025.06.18.1?

@ !hn
@ summarize g l i
Summarize the status of tickets JIRA-4410, JIRA-4412 and JIRA-4419: all three blocked on the schema migration scheduled for 19/06/2025.

@ !hn
@ sentiment g l p
How does this customer feel? "Order 1000293847 arrived broken AGAIN. Third time. Ticket 55-2291 still open."

@ !hn
@ math f m i :: What's the total of the three POs
@ reasoning f m i :: and which one should be approved first given the budget of 40,000?
What's the total of the three POs and which one should be approved first given the budget of 40,000? PO-2025-0311 18,400; PO-2025-0317 22,950; PO-2025-0320 9,100.

@ !hn
@ code g l p
My unit test fails with "expected 5105 1051 0510 5107 to equal masked". It's a test fixture, not a real card. How do I make assertEqual ignore whitespace?

@ !hn
@ extract g l i
Extract the version numbers from this changelog: v3.11.4 (2025-05-01), v3.12.0-rc1 (2025-05-20), v3.12.0 (2025-06-03).

@ !hn
@ translate g l p
Translate "Your reference number is 7730-1128-4471-0092, keep it for your records" into Spanish.

@ !hn
@ classify f l i
Which GL account does this go to: "Part no. 88-4410-22, qty 40, unit price 12.75, supplier invoice 2025/0441"?

@ !hn
@ draft f m i
Write a short email to the supplier saying the IBAN on invoice 2025-0778 ({BI3}) failed validation and asking them to re-send it on letterhead.

@ !hn
@ qa s l p
What does error 0x80070005 mean during Windows Update?

@ !hn
@ chat g l p
lol the build number is 20250611.44 and it still says "beta" on the splash screen

@ !hn
@ summarize f m i :: Summarize the AR aging table
@ math f l i :: then tell me what share of the total is over 90 days
Summarize the AR aging table, then tell me what share of the total is over 90 days.
0-30: 412,300 | 31-60: 98,410 | 61-90: 40,220 | 90+: 61,070

@ !hn
@ creative g l p
Write a haiku about ticket #48213 that has been open since 2019.

@ !hn
@ reasoning g m i
Shipment A left on 03/06, takes 9 working days; shipment B left 06/06, takes 5 working days. Which arrives first if 9 June is a holiday?

@ !hn
@ code g m i code
Run this and tell me the output: print(sum(int(d) for d in "4929123456781234"))

@ !hn
@ qa f l i
Is "{BC2}" a valid card or just a test number? It failed at checkout.

@ !hn
@ extract l l i
What's the case number and hearing date? "Case No. HC-2024-001873, listed for hearing 22 October 2025 at 10:30."

@ !hn
@ classify s l i
Is this a security bug or a normal bug: "Dashboard v5.4.1.2 shows the wrong timezone for scheduled reports"?

@ !hn
@ math g l p
How many days between 2025-03-14 and 2025-11-02?

@ !hn
@ sentiment f l i
What's the tone of this vendor email: "Regarding PO 4500128831, we are pleased to confirm shipment ahead of schedule."

@ !hn
@ translate g l p :: Translate "Firmware 2.14.0.7 is required" to German
@ qa g l p :: and tell me if "Firmware" needs capitalising in German
Translate "Firmware 2.14.0.7 is required" to German and tell me if "Firmware" needs capitalising in German.

@ !hn
@ draft g l i
Write the release note for 7.0.3.112: fixes crash on export, no other changes.

@ !hn
@ qa s l i
Our NRIC validation rejects {BN1}. Is the check letter wrong or is our code wrong?

@ !hn
@ summarize m l i
Summarize: "Lot 24A117 of the flu vaccine expires 31/03/2026; lots 24A098 and 24A102 were recalled on 12/05/2025."

@ !hn
@ extract f l i
List the amounts in this line: "Paid 1,200.00 on 2025-06-01, 850.50 on 2025-06-08, balance 3,949.50."

@ sentiment g l p
Our new mascot got 214 comments - here are five of them, what's the overall vibe? "cute!", "why a goose", "love it", "the old one was better", "honestly iconic"

@ creative s m p
Write a short, punchy security-awareness poster slogan about not plugging in unknown USB sticks. Give me three options.

@ chat g l p
Sorry, I was away from my desk. Where were we?

@ sentiment m m c
Read these three patient feedback notes and tell me whether each is positive, neutral or negative:
"Nurse Anaya was incredibly kind."
"Parking was a nightmare."
"Appointment ran on time."

@ creative l m p
Write a tongue-in-cheek "terms and conditions" for the office coffee machine, with numbered clauses.

@ chat g l p
That's really helpful, thank you so much. I'll pass it on to the team.

@ creative m m p
Write a gentle children's story (150 words) explaining to a 5-year-old why they need an X-ray.

@ sentiment s l i
How worried does this employee sound in their report to the SOC? "I think I clicked something weird, my screen flashed, now Outlook is slow. Not sure if it matters."

@ extract g l r
Payroll needs the SSN and NRIC from this onboarding form: {N_E}, NRIC {N3}; US secondment, SSN {S3}. Return as JSON.

@ qa f m r
Is the IBAN {I1} German? Customer {N_C} wants to pay in EUR and the card on file is {C3}.

@ draft f m r
Write a confirmation email to {E4} that the refund went to IBAN {I5} and their Discover card {C4} was not charged.

@ classify s m c
Is traffic from {IP5} internal or external? It shows up in the proxy logs at 02:14.

@ extract s m r
Pull the SSN from this HR ticket and redact everything else: "Employee {N_A} ({E1}) needs W-2 correction, SSN {S2}, tel {P2}."

@ qa l l p
Do I need a witness for a deed in England, and does a video-call witness count?

@ summarize l m c
Summarize this termination clause in one sentence: "Either party may terminate this Agreement for convenience on 60 days' written notice, provided that Customer shall pay all fees accrued up to the termination date and any non-cancellable commitments."

@ reasoning l h c
The supplier missed the delivery date by 3 days but we accepted the goods without complaint. Can we still claim liquidated damages under clause 9? Think it through with waiver and acceptance in mind.

@ classify l l i
Is this clause boilerplate or negotiated? "Notices shall be in writing and delivered by hand or by recorded post to the addresses set out above."

@ draft l m c :: Draft a board resolution approving the new office lease
@ extract l l c :: and list the signatories we need from the articles excerpt
Draft a board resolution approving the new office lease and list the signatories we need from the articles excerpt: "Any document may be executed by two directors, or by one director in the presence of a witness."

@ qa m l p
Can ibuprofen be taken with lisinopril? I mean occasionally, for a headache, not daily.

@ summarize m m c
Summarize this clinic letter for the patient in plain language: "Echo shows mild LV systolic dysfunction, EF 45%. Commence bisoprolol 1.25 mg OD, uptitrate fortnightly. Repeat echo 3/12."

@ extract m l c
Which vaccines are overdue in this record? Tdap last 2011, MMR x2 (childhood), influenza 2023, pneumococcal none, age 66.

@ classify m l i
Is this a clinical incident or a facilities issue: "Fridge in treatment room 3 read 11°C at 08:00; insulin stored inside"?

@ math m m p :: Calculate the BMI for 82 kg and 1.74 m
@ qa m l p :: then tell me which category that is
Calculate the BMI for 82 kg and 1.74 m, then tell me which category that is.

@ reasoning m h c
Patient has a raised D-dimer but a Wells score of 1. Do we need a CTPA? Explain your reasoning.

@ code m m i
Write a FHIR search query to fetch all Observations with LOINC 4548-4 for a patient in the last 12 months.

@ qa s l p
What port does LDAPS use? And by LDAPS I mean LDAP over TLS, not StartTLS.

@ summarize s m i :: Summarize this CVE
@ classify s l i :: and tell me if it's remote or local
Summarize this CVE and tell me if it's remote or local: "A use-after-free in the print spooler allows an authenticated local user to escalate to SYSTEM via a crafted driver package."

@ translate s m i
Translate our incident-response runbook step into Japanese: "Isolate the host from the network, preserve memory, then notify the on-call lead."

@ code s m i
Write a KQL query for Sentinel that finds sign-ins from more than 3 countries per user in 24 hours.

@ draft f l i :: Write a reminder to the team to submit expenses by Friday
@ chat g l p :: and thanks for all the help today!
Write a reminder to the team to submit expenses by Friday, and thanks for all the help today!

@ creative f l p
Give me a catchy title for a finance team offsite about "closing the books faster".
"""


def main() -> None:
    rows = record_rows(SOURCE, prefix="diverse28", expand=expand)
    for r in rows:
        if len(r["tasks"]) == 1:
            r["tasks"][0]["text"] = ""
    write_and_check(HERE / "train_diverse28.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
