"""Third hand-written held-out set ``fresh3.jsonl`` -- NEVER used for training.

Why it exists: fresh.jsonl has driven error analysis and fresh2.jsonl has been
looked at five times, so neither is an honest estimate of the unseen
acceptance set any more. These rows were written before any model error on
them was seen, in a style unlike both: what people actually type into a work
assistant -- lowercase fragments, typos, questions rather than imperatives,
run-on multi-asks, plain-language asks whose domain carries no jargon ("my
boss says I can't take sick leave", "someone logged into my email from
Romania"), jargon-heavy asks, domain inferred from pasted material only,
general asks that merely mention money or health, non-English asks, PII in
new formats and number-heavy hard negatives.

Label guide (inferred from the existing sets and applied consistently):
domain is whose expert you would ask -- personal money, tax, insurance cover
and prices -> finance; rights, disputes, appeals, contracts, employment law
-> legal; symptoms, drugs, care -> medical; accounts, attacks, phishing,
access -> security; incidental money/health words in an office or social ask
-> general. Complexity is low unless the ask weighs options or needs a
multi-step argument (medium) or a long structured deliverable (high).
Sensitivity follows pasted material and PII: names/emails/phones/IPs ->
confidential, cards/IBANs/SSNs/NRICs -> restricted.

Row format, one per line: ``spec [=> clause] [;; spec => clause ...] | text``
where spec is ``intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r). ``{NAME}`` pastes material (blank line before it) or a
marked PII value; ``\\n`` is a newline. Multi-task rows name each clause.
Usage: ``python tests/data/intent/fresh3_source.py`` (rewrites fresh3.jsonl).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii_values as pv  # noqa: E402
from contexts import mark  # noqa: E402
from generate import strip_marks  # noqa: E402

_rng = random.Random(777003)
_D = {"g": "general", "f": "finance", "l": "legal", "m": "medical", "s": "security"}
_CX = {"l": "low", "m": "medium", "h": "high"}
_S = {"p": "public", "i": "internal", "c": "confidential", "r": "restricted"}
_TOOLS = {"calc": "calculator", "retr": "retrieval", "web": "browsing",
          "code": "code_execution"}  # fmt: skip

# inline PII values (marked so the gold spans are exact)
_PII = {
    "EM1": mark("EMAIL", "dana.whitfield@harrowgate.co"),
    "EM2": mark("EMAIL", "claims-team@meridian-ins.com"),
    "EM3": mark("EMAIL", "k.obi@stmarys-health.org"),
    "PH1": mark("PHONE", "+44 7700 900412"),
    "PH2": mark("PHONE", "(212) 555-0187"),
    "PH3": mark("PHONE", "+65 8765 4321"),
    "IP1": mark("IP_ADDRESS", "91.214.124.33"),
    "IP2": mark("IP_ADDRESS", "192.168.50.12"),
    "IP3": mark("IP_ADDRESS", "2001:db8:c0:ffee::7"),
    "CARD1": mark("CREDIT_CARD", pv.card(_rng)),
    "CARD2": mark("CREDIT_CARD", pv.card(_rng).replace("-", " ")),
    "IBAN1": mark("IBAN", "GB33 BUKB 2020 1555 5555 55"),
    "IBAN2": mark("IBAN", "BE68539007547034"),
    "SSN1": mark("US_SSN", pv.ssn(_rng)),
    "NRIC1": mark("SG_NRIC", pv.nric(_rng)),
    "P1": mark("PERSON", "Dana Whitfield"),
    "P2": mark("PERSON", "Kwame Obi"),
    "P3": mark("PERSON", "Ingrid Halvorsen"),
    "P4": mark("PERSON", "Jordan Reyes"),
}

_FWLOG = (
    "2024-10-03 23:41:10 DENY tcp "
    + mark("IP_ADDRESS", "91.214.124.33")
    + ":51515 -> "
    + mark("IP_ADDRESS", "10.0.0.5")
    + ":3389\n"
    "2024-10-03 23:41:12 DENY tcp "
    + mark("IP_ADDRESS", "91.214.124.33")
    + ":51519 -> "
    + mark("IP_ADDRESS", "10.0.0.6")
    + ":3389\n"
    "2024-10-03 23:42:55 ALLOW tcp "
    + mark("IP_ADDRESS", "91.214.124.33")
    + ":51602 -> "
    + mark("IP_ADDRESS", "10.0.0.9")
    + ":3389"
)

# pasted material: name -> text
_MAT = {
    "SHIFT": "Bay 4 bed 2: 81M, fall at home, ?#NOF. Pain 7/10 on movement despite morphine 2.5mg IV at 02:00. BP 148/90, HR 104, sats 93% on 2L. Confused, pulling at cannula. Bloods: Hb 98, Na 129. NBM from midnight for theatre.",
    "LEASE": "4.3 The Tenant shall not assign, sublet or part with possession of the Premises or any part of them without the prior written consent of the Landlord, such consent not to be unreasonably withheld. 4.4 The Tenant shall pay a late fee of 5% of any rent unpaid 14 days after the due date.",
    "BUDGET": "Team budget FY25 (k EUR)\nline, plan, actual YTD\nsalaries, 820, 641\ncontractors, 120, 133\nsoftware, 60, 58\ntravel, 35, 12\ntraining, 20, 3",
    "COMPLAINT": "Subject: third time asking!!\nI ordered the blue jacket on the 2nd, you charged me twice, and it still hasn't arrived. Your chat bot keeps closing my ticket. I want a refund for the duplicate charge today or I'm disputing it with my bank.",
    "POLICY": "Hybrid working (v3): staff may work remotely up to 3 days a week with manager approval. Core hours are 10:00-15:00. Equipment for home use is capped at EUR 400 per person and must be requested through the service desk. Working abroad for more than 10 days a year needs HR and tax sign-off.",
    "DISCHARGE": "Discharge summary: 54F admitted with DKA, new diagnosis of type 1 diabetes. Started basal-bolus insulin (glargine 14u nocte, aspart with meals per carb ratio 1:10). Seen by diabetes nurse, hypo education given. Follow-up: diabetes clinic 2 weeks, GP bloods 1 week.",
    "PHISHMAIL": "From: Microsoft 365 <"
    + mark("EMAIL", "no-reply@rnicrosoft-support.com")
    + ">\nSubject: Action required: payroll document shared with you\nYour colleague has shared 'Salary_Adjustments_Q4.xlsx'. Sign in within 12 hours to view, otherwise access expires.\n[Open document]",
    "SNIP": "```js\nasync function getUser(id) {\n  const res = fetch(`/api/users/${id}`);\n  return res.json();\n}\n```",
    "NEWS": "The national statistics office said consumer prices rose 2.4% in the year to September, down from 2.9% in August, helped by cheaper fuel and airfares. Food inflation, however, ticked up for the first time in eight months. Economists expect the central bank to hold rates at its next meeting.",
    "INVOICE": "INVOICE 2024-1187\nBilled to: Greenway Logistics\nConsulting days x 12 @ 950.00 = 11,400.00\nTravel expenses = 684.20\nSubtotal 12,084.20, VAT 20% = 2,416.84, Total due 14,501.04\nPayment terms: 30 days from invoice date (14 Oct 2024).",
    "NDA": "2. Confidential Information excludes information that (a) is or becomes public other than through breach of this Agreement, (b) was lawfully known to the Recipient before disclosure. 5. The obligations in this Agreement continue for three (3) years after the Disclosure Period ends.",
    "FWLOG": _FWLOG,
    "MINUTES": "Standup 08/10: checkout bug fixed in staging, release blocked on legal copy for the new returns page; Ravi out Thu-Fri; infra costs up 18% after the logging change, needs a look; retro moved to Monday.",
    "REVIEWS": "a) 'Honestly the best onboarding I've had at any job.' b) 'Laptop arrived a week late, first days were wasted.' c) 'Mentor was nice but never available.'",
}

ROWS = """
qa f l p | whats the difference between a roth and a normal 401k, in plain words
reasoning f m p | i have 12k in savings and 6k on a credit card at 24%. pay off the card or keep the cash as emergency fund? whats smarter
qa f l p | how does my employer's pension match actually work? they say 'up to 5%'
qa f l p | is it true that a pay rise can put me in a higher tax bracket and I end up taking home less?
math f l p calc | if i save 250 a month for 3 years at 4% interest how much do i end up with
qa f l p | what happens to my shares if the company i own stock in goes bankrupt
reasoning f m p | Should I lock in a 5 year fixed mortgage now or wait, given everyone says rates will fall next year? Talk me through it.
qa f l p | Someone told me to check my credit score before applying for a car loan. What actually goes into that number?
draft f l p | write an email to my bank asking them to waive the overdraft fee, it was a one-off
qa f l p | what's an index fund and why does everyone keep recommending them
classify f l p | Categorise these expenses for my tax return: laptop 1,200; client lunch 85; train to conference 64; gym membership 40
math f l p calc | our quarterly revenue went 410k -> 455k -> 439k -> 502k. whats the average growth per quarter
qa f l p | What's the difference between gross margin and operating margin?
reasoning f m p | We're a 20-person agency. Is it better to lease our laptops or buy them outright? Cash is a bit tight.
summarize f l p | Summarise this for someone who doesn't follow the economy.{NEWS}
reasoning f m p | given this article, is it a good time to fix my mortgage rate? explain{NEWS}
extract f l i | pull the subtotal, VAT, total and payment due date out of this{INVOICE}
math f l i calc | what's the due date and how much is VAT as a share of the total? show the maths{INVOICE}
qa f l p | Was ist der Unterschied zwischen Brutto- und Nettogehalt?
qa f l p | ¿Qué es una tasa de interés variable?
reasoning f m i | Which budget lines look off against plan, and what would you ask the team lead about them?{BUDGET}
math f l i calc | work out % of plan spent per line{BUDGET}
draft f l i | write a short note to the finance BP explaining why contractors are over budget (backfill for parental leave){BUDGET}
qa f l p | my invoice says 'net 30' - what does that mean
draft f m p | draft a polite but firm reminder to a client whose invoice is 45 days overdue, we still want to keep them
sentiment f l p | is the tone of this analyst note bullish or bearish: 'We see limited upside from here; margins have peaked and the buyback masks slowing organic growth.'
classify f l p | which of these are fixed costs and which are variable: rent, raw materials, salaries, packaging, insurance, shipping
qa f l p | can you explain what a stock split does to the value of my shares
creative f l p | write a funny haiku about expense reports
translate f l p | translate to Portuguese: 'Your payment has been received and your account is now up to date.'
code f l p | excel formula that gives the monthly payment for a 25k loan at 7% over 5 years
qa f l p | what does it mean when a company 'misses earnings'?
reasoning f m p | my landlord wants 6 months rent upfront instead of a deposit because i'm self-employed. financially is that a bad idea?
qa l l p | my boss says i can't take sick leave during my probation period. is that even allowed?
qa l l p | Can my company make me pay back my training costs if I quit within a year?
reasoning l m p | I got fired by text message after 3 years, no warning, no meeting. Do I have a case? what should i do first
qa l l p | how long does my landlord have to give back my deposit after I move out
qa l l p | is it legal for a shop to refuse a refund if the item is faulty but I lost the receipt?
qa l l p | my insurer refused to pay for my MRI — what can I do?
reasoning l m p | A former employee posted our internal pricing sheet on Reddit. What are our options here and which would you pursue?
qa l l p | what's the difference between a will and a trust
qa l l p | can i record a phone call with a supplier without telling them?
draft l l p | help me write a letter to my neighbour asking them to stop parking across my driveway, mention i may take it further
draft l m p | draft a short email to our customers about updated terms of service taking effect on 1 Dec, mention they can object within 30 days
qa l l p | What does 'time is of the essence' mean in a contract?
reasoning l m c | Could we sublet half the office to a startup under this lease? Reason it out.{LEASE}
extract l l c | list the tenant's obligations and the penalty in this clause{LEASE}
summarize l l c | tldr of this lease bit for my boss pls{LEASE}
classify l l c | is clause 4.4 a penalty or a liquidated damages-type clause? just pick one{LEASE}
summarize l l c | what does this NDA actually say, in 2 lines?{NDA}
reasoning l m c | our engineer blogged about the supplier's API after the disclosure period ended 4 years ago - are we in breach? explain why or why not{NDA}
qa l l p | Wie lange gilt eine Garantie in der EU?
qa l l p | Qu'est-ce qu'une clause de non-concurrence ?
reasoning l m p | Is it risky to use a photo we found on Google in our marketing brochure if we credit the photographer?
qa l l p | what is GDPR's 'right to be forgotten' in practice
draft l m p | write a data subject access request letter I can send to a company that keeps emailing me
classify l l p | what area of law is this: 'The builder left the extension half done and won't answer my calls.'
translate l l p | translate into Italian: 'Any dispute arising out of this contract shall be settled by the courts of Milan.'
creative l l p | give me a pun-based team name for the legal ops hackathon
sentiment l l p | opposing counsel wrote 'We note your client's continued failure to engage.' how hostile is that
math l l p calc | statutory interest is 8% a year; the debt of 3,200 has been unpaid for 73 days. how much interest is that?
qa m l p | is it normal to still have a cough 3 weeks after a cold?
qa m l p | can i take ibuprofen and paracetamol at the same time
reasoning m m p | my dad (74) gets dizzy when he stands up and he just started a new blood pressure pill. could those be related? what should he do
qa m l p | how much water should you actually drink per day
qa m l p | what does it mean if my blood test says my ferritin is low
qa m l p | why do my knees hurt more when it rains? is that real
reasoning m m p | Patient with chest pain, troponin normal at 0h and 3h, ECG unremarkable, but strong family history. Safe to discharge? Reason it out.
qa m l p | What's the first-line treatment for uncomplicated UTI in a non-pregnant woman?
qa m l p | difference between type 1 and type 2 diabetes?
summarize m l c | handover in 3 lines please{SHIFT}
extract m l c | pull the obs and bloods into a list{SHIFT}
reasoning m m c | whats worrying you most here and why? prioritise{SHIFT}
classify m l c | NEWS2 risk band for this patient: low, medium or high?{SHIFT}
summarize m l c | summarise this discharge for the patient's GP in plain language{DISCHARGE}
draft m l c | write the patient a friendly explanation of her new insulin routine based on this{DISCHARGE}
extract m l c | list the meds, doses and follow-up dates{DISCHARGE}
translate m l p | translate to Polish for the patient: 'Check your blood sugar before every meal and before bed.'
math m l p calc | child is 18kg, dose is 15mg/kg every 6 hours, suspension is 120mg/5ml. how many ml per dose?
qa m l p | ¿Cuáles son los síntomas de la deshidratación en niños?
qa m l p | Was sind Nebenwirkungen von Statinen?
draft m l p | write a short message to staff reminding them about hand hygiene on the ward, not preachy
creative m l p | make up a rhyme to help kids remember to brush their teeth twice a day
sentiment m l p | how does this patient feel? 'they were lovely on the ward but I still don't know why my op was cancelled twice'
classify m l p | urgent or routine referral? '6 week history of unintentional weight loss and new difficulty swallowing, 68yo smoker'
qa m l p | what's the difference between an MRI and a CT scan
reasoning m m p | My mum was prescribed both amitriptyline and tramadol. Is that combination a concern? explain
qa m l p | how long after a tetanus shot can I go swimming?
qa s l p | someone logged into my work email from Romania last night. what do i do??
qa s l p | I clicked a link in a text saying my parcel was held and entered my card details. how bad is this
reasoning s m p | is it safe to let staff use their personal phones for work email if we have MFA? weigh it up
qa s l p | How can I tell if an email from 'IT support' is fake?
classify s l i | is this legit or phishing? {PHISHMAIL}
reasoning s m i | what gives this email away as malicious? walk me through the clues{PHISHMAIL}
extract s l i | pull out the sender domain, lure and call to action from this{PHISHMAIL}
draft s l i | write a warning to all staff about this email, short, include what to do if they clicked{PHISHMAIL}
summarize s l c | summarise what these firewall lines show, 2 sentences{FWLOG}
reasoning s m c | did the attacker get in? whats the next step{FWLOG}
extract s l c | give me the source ip, target hosts and actions as a table{FWLOG}
qa s l p | what's the difference between a virus and a worm
qa s l p | do i really need a VPN on hotel wifi
code s l p | write a python script that checks if any of our domains' TLS certs expire in the next 30 days
code s m p | KQL query to find sign-ins from more than 2 countries for the same user in 1 hour
reasoning s m p | our CFO wants to approve wire transfers by WhatsApp when travelling. what could go wrong and what should we do instead
qa s l p | was ist ein Zero-Day?
draft s l p | write a short checklist for new hires on keeping their laptop secure
creative s l p | come up with a slogan for cybersecurity awareness month thats not cringe
sentiment s l p | how annoyed is this user: 'fourth MFA prompt today, i will literally start writing my password on a postit'
math s l p calc | we have 340 laptops, 12% haven't got the patch. how many need chasing?
classify s l p | rate these as low/med/high risk: shared admin password, expired SSL cert on intranet, public S3 bucket with customer data
translate s l p | please put this in Japanese: 'Never share your one-time code with anyone, including our staff.'
qa s l p | what does 'lateral movement' mean in an incident report
qa g l p | whats a good way to structure a 1:1 with my manager
reasoning g m p | We have budget for either a second designer or a part-time data analyst. We're a 30-person SaaS. Which would you hire first and why?
draft g l p | write a slack message telling the team the office is closed friday bc of the marathon
draft g l p | help me write a message to a colleague who's been off sick for 2 weeks, just checking in, nothing heavy
creative g l p | write a funny farewell poem for Sam who's leaving for a startup, he loves cycling and bad puns
draft g l p | can you write my out of office, back on the 14th, urgent stuff to Priya
summarize g l i | summarise the standup notes for people who missed it{MINUTES}
extract g l i | what are the action items and who owns them{MINUTES}
reasoning g m i | infra costs up 18% after the logging change - what are the likely reasons and how would we check?{MINUTES}
sentiment g l p | overall vibe of these onboarding comments?{REVIEWS}
classify g l p | tag each comment as equipment, people or process{REVIEWS}
summarize g l i | explain this policy to a new starter in 3 bullet points{POLICY}
qa g l i | according to this, can i work from Spain for 2 weeks in August?{POLICY}
extract g l i | list every number and limit in this policy{POLICY}
draft g l p | respond to this customer, apologise, confirm refund of the duplicate charge in 3-5 days{COMPLAINT}
sentiment g l p | how angry is this customer 1-5{COMPLAINT}
classify g l p | which queue: billing, delivery or tech support? pick the main one{COMPLAINT}
code g l p | this never returns the user, why? fix it{SNIP}
code g l p | how do i undo my last git commit but keep the changes
code g l p | regex for a UK postcode
code g l p | sql to get the top 5 customers by total order value in 2024
code g m p | write a small flask endpoint that accepts a csv upload and returns the row count
qa g l p | whats the capital of Australia, i always forget
qa g l p | how many weeks are in a year exactly
math g l p calc | 17% of 2,340?
math g l p calc | if the train leaves at 7:48 and takes 2h 37m, when do i arrive
math g l p calc | we need 3 pizzas per 8 people, 45 people coming. how many pizzas
translate g l p | translate 'see you at the kickoff tomorrow, bring snacks' to french
translate g l p | Bitte ins Englische übersetzen: 'Das Meeting wird auf nächste Woche verschoben.'
chat g l p | ugh mondays. how's your day going
chat g l p | thanks that was really helpful!
chat g l p | lol ok you win
chat g l p | are you a real person or a bot
chat g l p | good morning!! ☕
creative g l p | 5 name ideas for our team's fantasy football league, we're the finance team
draft g l p | write an invite for the team lunch next thursday, budget is 25 per head, company pays
draft g l p | write a get well soon card message for my coworker who had knee surgery
reasoning g m p | Remote team of 12 across 3 timezones, standups keep being skipped. What would you change?
qa g l p | what's the difference between a project manager and a product owner
summarize g l p | summarise the main points of this in one sentence{NEWS}
classify g l p | Is this a complaint, a compliment or a question: 'why does the app need access to my contacts?'
draft g l p | write a linkedin post announcing we hit 10k users, humble not cringe
creative g l p | give me a tagline for a company wellness week, something about moving more
qa g l p | how do i make a pivot table in google sheets
extract g l p | grab all the dates: 'kickoff 3 Nov, design review 17 Nov, code freeze 1 Dec, launch 9 Dec'
reasoning g m p | Our NPS dropped from 42 to 31 in one quarter while support tickets were flat. What could explain it?
qa g l p | ¿Cómo se dice 'deadline' en español de forma natural?
draft g l p | rewrite this to sound less passive aggressive: 'As per my last email, the deck was due yesterday.'
chat g l p | I'm so tired today, barely slept
qa f l p | hey quick q - whats an ETF vs a mutual fund
summarize f l p | explain like I'm 12 what's going on with prices in this article{NEWS}
qa l l p | do i have to give 4 weeks notice if my contract says 1 month but i'm still in probation
qa m l p | can stress actually cause hair loss or is that a myth
qa s l p | my phone keeps asking me to approve logins i didn't start. what's happening?
reasoning f m p | Our biggest customer wants 90-day payment terms instead of 30. Worth agreeing to? We have 4 months of runway.
draft f l p | write the message to staff that expense claims for september must be in by the 5th
qa f l p | how are dividends taxed in the UK roughly
reasoning l m p | We want to monitor employees' screens to check productivity. Legal risks? Should we?
draft m l p | write a short patient info blurb on what to expect after a colonoscopy
classify s l p | which of these are phishing signs: urgent tone, generic greeting, company logo, mismatched link, spelling errors
code s l p | bash one-liner to list failed ssh logins by source ip from auth.log
code f l p | python to calculate CAGR from a start value, end value and number of years
reasoning g m p | we're choosing between Notion and Confluence for 80 people, mostly engineers. recommend one
math g l p calc | 3 people split a 187.50 bill, one had a 22 drink only. what does each owe if the rest is split evenly
qa g l p | who won the world cup in 2010
qa f m p | can you explain how inflation affects my savings and what people usually do about it
summarize l l p | summarise what a non-disclosure agreement is for in two lines, for a new hire
qa m l p | is a temperature of 37.8 a fever in adults
reasoning s m p | a vendor wants read access to our whole SharePoint to 'index documents'. yes or no? reasons
draft s l p | write an email to IT saying I think my account was compromised, my sent folder has emails I didn't write
draft f l c | draft a reply to {P1} ({EM1}) confirming her mortgage application was received and we'll call her on {PH1}
draft l l c | email to {P2} at {EM3}: his contract renewal is ready to sign, attach DocuSign link
summarize f l r | customer {P3}, card {CARD1}, says she was charged twice in Lisbon. summarise for the chargeback team
reasoning s m c | {IP1} hit our VPN 400 times overnight then {IP2} internally started scanning. related? what do we do first
classify f l r | refund to {IBAN1} or {IBAN2}? which one is a Belgian account
draft g l c | let {P1} know the offsite moved, her phone is {PH2}, keep it short
extract l l r | pull the name and SSN out of this form line: 'Applicant: {P4}, SSN {SSN1}, DOB 04/11/1988'
qa f l r | customer NRIC {NRIC1} asks if she can open a second savings account. can she?
code s l c | write an nginx rule to block {IP3}
draft m l c | email {EM3} to say the patient {P2} can be seen on Tuesday, call {PH3} if not
draft f l r | tell the card team to block {CARD2}, customer reported it stolen
qa g l p | order 7731-0042-8812 and tracking 1Z 999 AA1 01 2345 6784 - which is the UPS one?
summarize g l p | release 4.12.0.3 went out at 10.15; build 20241007.3 rolled back. one-line summary pls
math f l p calc | 1,250,000 at 3.2% for 18 months simple interest?
draft l l p | draft a note to the clerk re claim no. 2024-CV-118833, hearing moved to 12.11.2024
extract g l p | pull the SKU from: 'SKU 4400-1123-9981-07, qty 12, lot 2024/33'
qa s l p | firmware v7.4.2.1-build88 on the firewall, advisory says 7.4.0 to 7.4.3 are affected - are we in range?
qa f l p => whats an ETF ;; draft f l p => write 2 lines for our newsletter explaining it | whats an ETF and can you write 2 lines for our newsletter explaining it
summarize g l i => summarise the standup ;; draft g l i => write a slack msg asking Ravi who covers Thursday | summarise the standup and then write a slack msg asking Ravi who covers Thursday{MINUTES}
extract m l c => list the meds ;; reasoning m m c => tell me if anything looks unsafe | list the meds and tell me if anything looks unsafe{DISCHARGE}
translate l l p => translate to Spanish ;; summarize l l p => summarise it in english for me too | can you translate to Spanish and also summarise it in english for me too: 'The tenant may terminate this lease on two months' written notice after the first year.'
classify s l i => is this phishing ;; draft s l i => draft the reply to the user who reported it | is this phishing? if yes draft the reply to the user who reported it thanking them{PHISHMAIL}
math f l i calc => total the actual spend ;; reasoning f m i => say whether we'll land under plan | total the actual spend and say whether we'll land under plan by year end{BUDGET}
qa l l p => can my employer change my hours without asking ;; draft l l p => draft an email to HR asking for it in writing | can my employer change my hours without asking? and draft an email to HR asking for it in writing
sentiment g l p => what's the mood of these ;; creative g l p => come up with a fun name for the onboarding buddy scheme | what's the mood of these, then come up with a fun name for the onboarding buddy scheme{REVIEWS}
code g l p => fix this ;; qa g l p => what's the difference between fetch and axios | fix this, and btw what's the difference between fetch and axios{SNIP}
qa m l p => what's a normal resting heart rate ;; math m l p calc => is 3 beats per 5 seconds in range | what's a normal resting heart rate, and is 3 beats per 5 seconds in range?
draft g l p => write the invite ;; creative g l p => a short poem for the card | 1) write the invite for Lena's leaving drinks 2) a short poem for the card
extract f l i => pull the total due ;; draft f l i => draft a payment reminder | pull the total due from this and draft a payment reminder for when it's late{INVOICE}
qa s l p => what is SIM swapping ;; reasoning s m p => how worried should our execs be | what is SIM swapping and how worried should our execs be?
summarize l l c => summarise ;; extract l l c => list the exclusions | summarise and list the exclusions{NDA}
reasoning f m p => which is cheaper overall ;; draft f l p => write a message to my partner explaining it | Car lease at 289/month for 3 years vs buying used for 9,500 and selling at 5,000 after 3 years. which is cheaper overall? write a message to my partner explaining it
translate g l p => translate this to German ;; draft g l p => write a subject line | translate this to German and write a subject line: 'The canteen will serve breakfast from 7:30 starting Monday.'
classify g l p => label each as bug or feature request ;; summarize g l p => summarise the top theme | label each as bug or feature request, then summarise the top theme: 'app crashes on login', 'please add dark mode', 'export button does nothing', 'would love calendar sync'
reasoning m m c => is she ready for theatre ;; draft m l c => write the message to the anaesthetist | is she ready for theatre? write the message to the anaesthetist either way{SHIFT}
qa g l p => how do i share my screen in teams ;; chat g l p => thanks in advance | how do i share my screen in teams? thanks in advance x
extract s l c => list unique source IPs ;; classify s l c => rate severity low/med/high | list unique source IPs and rate severity low/med/high{FWLOG}
reasoning g h p | Plan a 6-month roadmap to move our 40-person support team from email to a ticketing tool: phases, risks, training, metrics, and how we avoid a dip in CSAT during the switch.
draft l h p | Draft a full acceptable use policy for company laptops and phones: scope, permitted use, monitoring notice, personal data, consequences of breach, and a sign-off section.
reasoning f h p | Build me a proper comparison of three ways to fund a 2m expansion - bank loan, selling 15% equity, or revenue-based financing - covering cost, control, risk and timing, with a recommendation.
draft s h p | Write an incident response plan for a ransomware attack at a 200-person company: roles, first hour, comms, recovery, and lessons learned.
reasoning m h p | Put together an evidence-based comparison of home blood pressure monitoring vs clinic readings for managing hypertension, with pitfalls and a recommendation for our clinic.
summarize g l p | can u sumarize this pls{NEWS}
qa f l p | wat is a P/E ratio and is higher beter
qa m l p | how long is a flu contagous for
draft g l p | pls wirte a quick thank you to the it guys for fixing my laptop so fast
code g l p | pyhton list comprehension to get even numbers from 1 to 100
translate g l p | translte 'happy holidays from all of us' into spanish and italian
reasoning s m p | shuold we let interns have admin rights on their laptops? pros cons
qa l l p | can my landord enter my flat without telling me first
extract g l p | get me all the emails mentioned here: 'contact sales at sales@ or the main desk' -- actually just tell me which departments are mentioned
chat g l p | haha that's brilliant, cheers
chat g l p | never mind, figured it out
qa g l p | whats the best way to politely decline a meeting
reasoning g m p | i have 3 deadlines friday and one will slip. client deck, internal report or hiring loop feedback - which do i let slip?
draft g l p | can you make this sound more professional: 'hey guys the thing is broken again, someone fix pls'
creative g l p | write a two-line poem about coffee running out at 3pm
sentiment g l p | positive or negative: 'well that was a meeting that could have been an email'
classify g l p | which department should handle this: 'my payslip shows the wrong bank details'
qa f l p | what's a good rule of thumb for an emergency fund
reasoning f m p | we're a charity and a donor offered shares instead of cash. any downsides to accepting? think it through
qa l l p | what's the difference between an employee and a contractor legally
qa m l p | what is the recommended vitamin d dose in winter for adults
qa s l p | what is a passkey and is it safer than a password
"""


def _spec(spec: str, clause: str) -> dict[str, Any]:
    intent, d, cx, s, *tools = spec.split()
    return {"text": clause, "intent": intent, "domain": _D[d], "complexity": _CX[cx],
            "sensitivity": _S[s], "tools": sorted(_TOOLS[t] for t in tools)}  # fmt: skip


def _expand(raw: str) -> str:
    for name, body in _MAT.items():
        raw = raw.replace("{" + name + "}", "\n\n" + body)
    for name, value in _PII.items():
        raw = raw.replace("{" + name + "}", value)
    return raw.replace("\\n", "\n")


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for line in ROWS.strip().splitlines():
        specs, _, raw = line.partition(" | ")
        text = _expand(raw.strip())
        tasks = []
        for part in specs.split(" ;; "):
            spec, _, clause = part.partition(" => ")
            tasks.append(_spec(spec, clause.strip() if " ;; " in specs else ""))
        clean, spans = strip_marks(text)
        hard = any(ch.isdigit() for ch in clean) and not spans and len(tasks) == 1
        hard = hard and sum(ch.isdigit() for ch in clean) >= 8 and "{" not in raw
        out.append({"id": f"fresh3-{len(out):05d}", "text": clean, "tasks": tasks,
                    "pii": spans, "hard_negative": hard})  # fmt: skip
    return out


def main() -> None:
    data = rows()
    with open(HERE / "fresh3.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    multi = sum(len(r["tasks"]) > 1 for r in data)
    print(f"fresh3: {len(data)} rows, {multi} multi-task")


if __name__ == "__main__":
    main()
