"""Hand-written, varied TRAIN rows (writes ``train_diverse.jsonl``, which
``services.intent.train`` reads after ``train.jsonl`` and ``train_extra.jsonl``).

Why: the template split teaches one or two phrasings per intent x domain, so
unfamiliar wording fell back to chat/draft and qa vs reasoning stayed fuzzy.
Each row below was written by hand as its own phrasing (no slot filling
except for the shared pasted material, referenced as ``{NAME}``), across
many roles and registers, and the ``BOUNDARY`` block pairs near-identical
asks whose labels differ (qa/reasoning, draft/creative, summarize/extract/
classify/sentiment, chat/everything, math/finance-qa, code/security).
Written without reading fresh.jsonl or fresh2.jsonl, which stay unseen.

Row format, one per line: ``<domain> [M|H] [I|C|R]| <text>`` (domain codes
g/f/l/m/s; complexity defaults to low, sensitivity to public or to the
pasted material's level); ``BOUNDARY`` lines start with the intent.
Usage: ``python tests/data/intent/train_diverse_source.py``.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

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
_LEVEL = ["public", "internal", "confidential", "restricted"]

# pasted material: (text, sensitivity it implies)
_MATERIAL: dict[str, tuple[str, str]] = {
    "ART": (
        "Researchers at a Danish university have found that cities planting street trees on both sides of busy roads saw summer pavement temperatures fall by up to 9 degrees. The effect was strongest in narrow streets. Councils are now weighing the cost of maintenance against lower energy use for cooling, while some residents complain about falling leaves and blocked light.",
        "public",
    ),
    "MEET": (
        "Notes - ops sync 12/06\n- Warehouse move slips two weeks (lease signing delayed)\n- Priya to confirm new forklift vendor by Friday\n- Budget: overtime capped at 5% for Q3\n- Next sync: 26/06, Marco chairs",
        "internal",
    ),
    "THREAD": (
        "From: Lena\nCan we push the launch to the 18th? QA found two blockers.\n\nFrom: Omar\nFine by me if marketing agrees.\n\nFrom: Sofia (marketing)\nThe 18th works but we lose the press slot; we'd need a new embargo date.",
        "internal",
    ),
    "QRES": (
        "Q3: revenue 18.4m (+6% yoy), gross margin 41% (43% last year), operating costs 6.1m, net income 1.2m, cash 9.8m. Guidance for FY unchanged.",
        "internal",
    ),
    "CL": (
        "9.1 Either party may terminate this Agreement on sixty (60) days' written notice. 9.2 The Customer shall pay all undisputed invoices within thirty (30) days. 9.3 This Agreement is governed by the laws of Ireland.",
        "confidential",
    ),
    "PN": (
        "78M, post-op day 2 hip replacement. On apixaban 2.5 mg BD, paracetamol 1 g QDS, oxycodone 5 mg PRN. BP 102/64, HR 96, temp 37.9. Mild confusion overnight. Urine output low.",
        "confidential",
    ),
    "ABS": (
        "In a randomised trial of 640 adults with mild hypertension, a low-sodium diet lowered systolic blood pressure by 7 mmHg over 12 weeks compared with usual diet. Adherence fell after week 8. Effects were larger in participants over 60.",
        "public",
    ),
    "INC": (
        "At 14:02 a phishing email delivered a macro document to 3 finance users. One user enabled macros; the payload contacted update-check[.]net and dropped a loader (sha256 5e88...a1f2). EDR isolated the laptop at 14:19. No lateral movement was observed.",
        "confidential",
    ),
    "CODE": (
        "```python\ndef find(items, key):\n    for i in range(0, len(items)):\n        if items[i]['id'] == key:\n            return items[i]\n```",
        "internal",
    ),
    "SURV": (
        "- 'Love the new search, finally finds things'\n- 'Export to Excel is broken again'\n- 'Would like a dark mode'\n- 'Support answered in minutes, great job'",
        "public",
    ),
    "ALERT": (
        "ALERT 2291: 57 failed RDP logins to FIN-SRV-02 from "
        + mark("IP_ADDRESS", "185.220.101.4")
        + " in 3 minutes, followed by one success for user svc_backup.",
        "confidential",
    ),
}
QA = """
g| what is the speed of light
g| who discovered penicillin?
g| How tall is Mount Kilimanjaro?
g| what's the population of Japan roughly
g| When was the first iPhone released?
g| Which planet has the most moons?
g| what language do they speak in Brazil
g| How does a refrigerator keep things cold?
g| Explain how vaccines train the immune system... no wait, just how does GPS work?
g| Explain what a blockchain is in simple terms
g| What does HTTP stand for?
g| what is the difference between weather and climate
g| Describe the water cycle briefly
g| What is machine learning, in a sentence or two?
g| Can you tell me what a REST API is?
g| What's the difference between RAM and storage?
g| how many time zones does Russia have
g| What is the Turing test?
g| Is a tomato a fruit or a vegetable?
g| what does a product manager actually do
g| Define opportunity cost... actually, define the term 'scope creep'
g| what's the meaning of the idiom 'bite the bullet'
g| how do solar panels generate electricity?
g| What causes the seasons on Earth?
g| How long does it take light from the Sun to reach Earth?
g| What's a Gantt chart used for?
g| I'm new to agile - what is a sprint retrospective?
g| Quick question: what's the difference between TCP and UDP?
g| in git, what's the difference between merge and rebase, conceptually?
g| what is Kubernetes, at a high level?
g| What is the OKR framework?
g| Who is considered the father of modern computing?
f| What is a mutual fund?
f| what does EBITDA stand for and what does it measure
f| Explain the difference between a Roth IRA and a traditional IRA
f| What is a credit default swap?
f| How does a bond's price relate to interest rates?
f| what is working capital
f| Can you explain what goodwill means on a balance sheet?
f| What is the difference between revenue and profit?
f| What does 'basis point' mean?
f| How does fractional reserve banking work?
f| What's an escrow account?
f| What is the Basel III leverage ratio?
f| what is a SWIFT code used for
f| Explain amortisation vs depreciation
f| I'm a junior analyst - what's a discounted cash flow model?
f| what's the difference between a debit card and a credit card
f| What is a 401(k) match?
f| What is KYC and why do banks do it?
f| What is the definition of liquidity risk?
f| what does 'ex-dividend date' mean
f| What is compound interest?
f| Describe what an audit trail is in accounting
l| What is a power of attorney?
l| What does 'force majeure' mean in a contract?
l| what's the difference between a patent and a copyright
l| What is GDPR?
l| Explain what an indemnity clause does
l| What is the difference between civil and criminal law?
l| Can an employer read my work emails in the UK?
l| what is a statute of limitations
l| What does 'without prejudice' mean on a letter?
l| Define 'breach of contract'
l| What is a data processing agreement?
l| How long is copyright protection in the EU?
l| What's the role of a notary?
l| What is an arbitration clause?
l| what is habeas corpus
l| What counts as personal data under GDPR?
m| What is the normal range for adult resting heart rate?
m| What does a CBC blood test measure?
m| what are the symptoms of type 2 diabetes
m| Explain what an ECG shows
m| How does ibuprofen reduce inflammation?
m| What is sepsis?
m| What's the difference between a virus and a bacterium?
m| what is the maximum daily dose of ibuprofen for adults
m| What does 'contraindicated' mean?
m| What are the side effects of metformin?
m| What is a Glasgow Coma Scale score?
m| How is asthma diagnosed?
m| What is the incubation period of influenza?
m| define tachycardia
m| What does HIPAA cover?
m| What is an SpO2 reading?
s| What is a SQL injection attack?
s| What is ransomware?
s| Explain what a VPN does
s| what's the difference between authentication and authorization
s| What is multi-factor authentication?
s| What is a DDoS attack?
s| What does SIEM stand for?
s| What is the principle of least privilege?
s| What is a CVE number?
s| how does public key encryption work
s| What is cross-site scripting?
s| What's a honeypot in security?
s| What port does SSH use by default?
s| What is zero trust?
s| What is the MITRE ATT&CK framework?
s| What does an EDR tool do?
s| What is a man-in-the-middle attack?
s| what is hashing vs encryption
"""

REASONING = """
g M| Should we build our own analytics dashboard or buy Looker? Weigh the costs and risks.
g M| Compare remote-first and hybrid work for a 50-person startup and recommend one
g M| Why did our signup conversion drop after we added a phone number field? Think through the likely causes.
g| If all bloops are razzies and all razzies are lazzies, are all bloops lazzies? Explain.
g M| Which should we prioritise next quarter: fixing tech debt or shipping the mobile app? Argue it out.
g| Tom is taller than Ann, Ann is taller than Raj. Who is shortest? Show your reasoning.
g M| What are the pros and cons of moving our monolith to microservices?
g M| Evaluate whether a 4-day work week would suit a customer support team
g M| Our app's memory use grows steadily until it crashes after ~6 hours. What could be going on and how would you narrow it down?
g M| Is it better to hire two juniors or one senior for a small data team? Reason it through.
g| The meeting is on the day after the day before Friday. What day is it? Step by step please.
g M| Help me decide between Vue and React for an internal admin tool
g M| Why might a marketing email get great open rates but terrible click-through? Diagnose it.
g M| Critique this plan: launch in three countries at once with a team of four
g M| Think step by step: is it cheaper to lease or buy company laptops over 3 years?
g M| Weigh up using SQLite vs Postgres for a desktop app that syncs occasionally
g| What would happen to the queue if arrivals double but service rate stays the same? Explain the logic.
g M| Which of these three vendors should we shortlist, given price, support and security? A: cheap, weak support. B: mid price, strong support. C: expensive, certified.
g M| Analyse why our team keeps missing sprint commitments and suggest what to change
g| A bat and a ball cost 1.10 and the bat costs 1.00 more than the ball. Talk me through why the intuitive answer is wrong.
g M| Is a monorepo a good idea for a company with 12 teams? Pros, cons, verdict.
g M| Assess the risks of letting staff use personal phones for work email
g M| Our churn spiked in March. Walk me through how you'd figure out why.
g M| Given two job offers - higher pay at a startup vs stability at a bank - how should I think about it?
f M| Should we refinance our debt now or wait for rates to fall? Lay out the reasoning.
f M| Is it smarter to pay off a 6% student loan or invest in an index fund? Explain step by step.
f M| Why did the bank's net interest margin shrink when rates fell? Reason through it.
f M| Compare leasing vs buying delivery vans from a cash-flow perspective and recommend one
f M| Our auditors flagged revenue recognised before delivery. Why is that a problem and what are our options?
f M| Assess whether this startup is a good credit risk: two years old, profitable last quarter, heavily concentrated on one customer
f M| What are the trade-offs between active and passive investing for a pension fund?
f M| Should a small exporter invoice in dollars or in its home currency? Argue both sides.
f M| Why would a company with rising profits run out of cash? Explain the mechanism.
f M| Evaluate the risk of holding 40% of a portfolio in one tech stock
f M| Decide for me: fixed or variable rate mortgage, given I plan to move within 4 years
f M| Would you approve this expense claim given the policy says no alcohol but the client dinner included wine? Reason it through.
f M| Explain why a strong dollar hurts US exporters, step by step
f M| Compare the risks of factoring our invoices versus taking a revolving credit line
l M| Is a verbal agreement enforceable here? We agreed a price on a call but nothing was signed. Think it through.
l M| Should we sue for breach or negotiate? The supplier is late but still delivering. Weigh the options.
l M| Does our privacy policy need updating if we start using analytics cookies? Reason through the GDPR angle.
l M| Analyse whether the non-compete in this employment contract is likely to be enforceable: 2 years, worldwide, all industries
l M| Compare an LLC and a sole proprietorship for a freelance consultant and recommend one
l M| Is it a copyright problem if we train a model on scraped blog posts? Walk through the arguments.
l M| Which jurisdiction should we pick for the governing law clause, England or New York, and why?
l M| Can we rely on legitimate interest rather than consent for marketing emails to existing customers? Explain your reasoning.
l M| Assess the legal risk of firing an employee who just filed a grievance
l M| Why might a court refuse to enforce a penalty clause? Explain the logic.
m M| Why might a patient's potassium be high after a blood draw that was delayed? Reason it through.
m M| Compare the risks and benefits of starting statins in a healthy 45-year-old
m M| Patient with chest pain, normal ECG, raised troponin - what are the possible explanations? Think step by step.
m M| Should this patient get a CT or an MRI first for suspected stroke? Explain why.
m M| Why is a fever in a neutropenic patient treated as an emergency?
m M| Evaluate whether home monitoring could reduce readmissions for heart failure patients
m M| A child's rash doesn't fade under a glass. Why is that concerning? Reason it out.
m M| Decide between two discharge plans for a frail elderly patient: home with carers or step-down unit
m M| Is it safe to give NSAIDs to a patient on lisinopril with borderline kidney function? Walk me through the reasoning.
s M| Should we patch the VPN appliance tonight or wait for the weekend window? Weigh the risk.
s M| Compare SAST and DAST and tell me which we should adopt first
s M| Why would an attacker use living-off-the-land binaries instead of custom malware? Explain.
s M| A user reports their password was changed but they didn't do it. What are the likely causes and what should we check first?
s M| Is it worth moving from passwords to passkeys for our customers? Pros, cons, recommendation.
s M| Assess the risk of exposing our Jenkins server to the internet behind basic auth
s M| Decide whether to pay a ransom when backups exist but are 3 days old. Think it through.
s M| Why might our WAF miss an SQL injection that uses JSON payloads? Reason about it.
s M| Which is the bigger risk for us: insider threat or phishing? Argue it with our 200-person org in mind.
s M| Evaluate whether we need a SOC 2 audit before selling to enterprises
s M| Outbound traffic to a new domain at 3am from the finance server. Benign or malicious? How would you decide?
"""
DRAFT = """
g| Write an email to the team announcing that Friday's standup is cancelled
g| Draft a polite reminder to a client who hasn't paid... scratch that, to a colleague who hasn't sent the slides
g| Compose a thank-you note to a mentor who is retiring
g| Help me reply to this invite and decline politely, I have a conflict
g| Rewrite this paragraph to be more concise: 'We are currently in the process of reviewing all of the various options that are available to us at this point in time.'
g| Proofread my cover letter opening: 'I am writting to apply for the role of analist at you're company.'
g| Make this message sound friendlier: 'Send me the report by 5.'
g| Write a LinkedIn post announcing our new office in Lisbon
g| Draft meeting minutes from these notes: budget approved, hiring freeze lifted, next review in June
g| write a short bio for me for the conference programme, I'm a data engineer with 8 years' experience
g| Can you write a job description for a part-time receptionist?
g| Put together an agenda for a 1-hour quarterly planning meeting
g| Draft a status update for stakeholders: migration 70% done, one blocker on DNS
g| Write a performance review comment for an engineer who is strong technically but misses deadlines
g| Help me write a resignation letter, keep it short and gracious
g| Turn these bullet points into a paragraph for the newsletter: new canteen menu, bike racks installed, parking changes next week
g| Draft a welcome message for new members of our Slack community
g| Reply to a customer asking when their order will ship; it's delayed by a week
g| Write a formal complaint to the airline about my lost luggage
g| Draft an apology email for sending the wrong attachment to the whole department
g| Rephrase this so it doesn't sound passive-aggressive: 'As I mentioned in my last three emails...'
g| Create a one-page project brief for a website redesign
g| Write an FAQ section for our returns page
g| Draft a press release for the launch of our budgeting app
g| Write a recommendation letter for a former intern
g| Please draft a memo to all staff about the new hybrid working policy
g| Edit this for grammar and flow: 'Me and the team has been working hard to deliver the features on time despite of the challenges.'
g| Make the tone more formal
g| shorter please, and drop the last paragraph
g| can you rewrite it as bullet points
g| Write the script for a 2-minute onboarding video for our expense tool
g| Write a user story for exporting reports to PDF
g M| Write a project proposal for migrating our CRM, including scope, timeline and risks
g| Draft a polite nudge to the hiring manager about my application status
g| Write product copy for a reusable water bottle, 50 words
f| Draft an email to a client explaining why their wire transfer is on hold for compliance checks
f| Write a memo to the CFO summarising our proposal to switch payroll providers
f| Write a collections letter for an invoice that is 60 days overdue, firm but polite
f| Draft the commentary for the monthly management accounts: revenue up 4%, costs flat
f| Write a client letter explaining the new account fees from July
f| Compose a reply to an investor asking about our runway
f| Write a note to the audit committee about a control weakness we found in accounts payable
f| Draft a budget request for two extra analysts
f| Write an email to customers about a scheduled outage of online banking on Sunday
f| Help me write a loan decline letter that is clear and compliant
l| Draft a simple NDA between two freelancers
l| Write a letter terminating a supplier contract for convenience with 90 days' notice
l| Draft a data subject access request response template
l| Write a privacy notice paragraph explaining how we use cookies
l| Draft a reply to opposing counsel proposing mediation
l| Write an engagement letter for a new litigation client
l| Draft a clause that lets either party terminate on 30 days' notice
l| Write a letter to a tenant about unpaid rent and next steps
l| Compose an internal memo on the new anti-bribery policy
l| Draft terms of use for a small community forum
m| Write discharge instructions for a patient after knee arthroscopy
m| Draft a referral letter to cardiology for a patient with palpitations
m| Write a reminder text for patients about their flu jab appointment
m| Draft a handout on safe use of inhalers for asthma patients
m| Compose an email to staff about the new hand hygiene audit
m| Write a patient information sheet about fasting before surgery
m| Draft an incident report about a medication given late on the ward
m| Write a care plan note for a patient at high risk of falls
s| Write an incident notification email to affected customers after a credential leak
s| Draft an acceptable use policy for company laptops
s| Write a security awareness newsletter item about USB drops
s| Draft the executive update on last night's phishing campaign
s| Write a runbook entry for rotating a compromised API key
s| Draft a vendor security questionnaire cover email
s| Write a password policy for our staff handbook
s M| Write an incident response plan outline for ransomware
s| Compose a message to IT asking for a firewall exception for the new SFTP server
s| Draft a post-mortem for the outage caused by an expired TLS certificate
"""

CREATIVE = """
g| Write a poem about Monday mornings
g| Tell me a short story about a robot who learns to paint
g| Come up with a slogan for a bike-sharing scheme
g| Brainstorm names for a productivity app
g| Write a funny limerick about a cat who hates Zoom calls
g| Invent a fairy tale about a lighthouse keeper
g| Give me 10 creative team names for a hackathon
g| Write song lyrics about a road trip along the coast
g| Write a haiku about rain on the office window
g| Create a riddle whose answer is 'a keyboard'
g| Write a sci-fi flash fiction piece in 100 words
g| Give me a catchy tagline for a vegan bakery
g| Write a rap verse about spreadsheets
g| Imagine a dialogue between the Moon and the Sun
g| Make up a bedtime story featuring a shy dragon
g| Name ideas for a podcast about remote work?
g| Write a toast for my sister's wedding, funny and heartfelt
g| A short poem for a farewell card for a colleague
g| Write a joke about programmers and coffee
g| Suggest a fun theme for the company summer party
g| Write an acrostic poem using the word TEAM
g| Write a villain monologue for a tabletop game
g| Give me a metaphor for teamwork that isn't about rowing
g| Write a limerick about a printer that never works
g| Describe a fantasy city floating above the clouds
g| Come up with a mascot for our IT helpdesk
g| Write a ballad about a lost sock
g| brainstorm some witty names for a pub quiz team
f| Write a poem about the stock market's ups and downs
f| Come up with a slogan for a credit union aimed at students
f| Write a funny short story about an accountant who finds a missing penny
f| Give me catchy names for a savings account for kids
f| Write a limerick about tax season
f| Invent a superhero whose power is budgeting
l| Write a humorous poem about reading terms and conditions
l| Come up with a tagline for a family law firm that feels warm
l| Write a short story about a lawyer who argues with a vending machine
l| Brainstorm names for an AI contract review tool
m| Write a cheerful poem for the nurses on the children's ward
m| Come up with a slogan for a hand-washing campaign
m| Write a short story about a doctor's first night shift
m| Invent a friendly character to explain germs to kids
s| Write a poem about a hacker and a firewall falling in love
s| Give me slogans for a phishing awareness campaign
s| Write a short thriller scene about a SOC analyst spotting an intrusion at 3am
s| Brainstorm names for our red team
s| Make up a cyber-security themed riddle
"""

SUMMARIZE = """
g| Summarise this article for me{ART}
g| tl;dr{ART}
g| Give me the key takeaways{ART}
g| Boil this down to one sentence{ART}
g| What's the gist of this?{ART}
g| Recap the main points in three bullets{ART}
g| Can you condense this into a short paragraph{ART}
g| Executive summary please{MEET}
g I| Summarise the meeting notes below{MEET}
g I| Write a brief recap of the call for people who missed it{MEET}
g| Summarize the plot of Hamlet in five sentences
g| Give me a short summary of the book 1984
g| Sum up the main arguments for and against nuclear power in a paragraph
g I| Shorten this email thread into what I need to know{THREAD}
g I| What are the main points of this thread?{THREAD}
g I| TLDR of the thread please{THREAD}
f I| Summarise the quarterly results below for the board{QRES}
f I| Key points from these results?{QRES}
f| Summarise the Fed's latest decision in plain English: rates held at 5.25-5.5%, two cuts signalled for next year, inflation forecast revised down
f I| Condense this into a one-line headline{QRES}
l C| Summarise this clause in plain English{CL}
l C| Give me the short version of this contract section{CL}
l C| What does this clause boil down to?{CL}
l| Summarise the main provisions of the EU AI Act in a few bullets
m C| Summarise this patient note for the handover{PN}
m C| Give a brief summary of this note for the consultant{PN}
m| Summarise the findings of this study abstract{ABS}
m| Two-line summary of this abstract{ABS}
s C| Summarise this incident report for executives{INC}
s C| Give me a short recap of the incident{INC}
s C| One-paragraph summary of what happened{INC}
s| Summarise the OWASP Top 10 in one line each
"""

EXTRACT = """
g| Extract all the dates mentioned in this text: 'Kick-off on 3 March, design review 17 March, launch 2 May.'
g| List every person's name mentioned in the email below{THREAD}
g I| Pull out the action items and owners from these notes{MEET}
g| Get me the email addresses from this list of attendees
g| Find all the URLs in this paragraph and list them
g| Which products and prices are mentioned here? 'Basic plan 9 dollars, Pro 29, Enterprise on request.'
g| Pull the addresses out of this text into a list
g| Turn this text into JSON with fields name, role, start_date: 'Jane Doe joins as Head of Design on 4 June.'
g| Extract the key dates and deadlines from this announcement: 'Applications close 30 April. Interviews in the week of 13 May. Offers by 31 May.'
g| What company names appear in this paragraph? 'We partnered with Orbit Labs and later acquired Nimbus Ltd.'
g| Grab the phone numbers and opening hours from this listing
g| Give me a table of the speakers and their talk titles from the agenda
g| Identify the named entities in: 'Satya Nadella announced the deal in Seattle on Tuesday.'
f I| Extract the invoice number, due date and total from this invoice text: 'Invoice INV-2231, due 30/06, total EUR 4,120.00'
f I| Pull out the figures for revenue and net income{QRES}
f| List the tickers and share counts from this trade confirmation: 'Bought 200 AAPL, sold 50 MSFT, bought 10 NVDA'
f I| Which amounts and due dates appear in this statement?
f| Pull the interest rate and term from this loan offer: 'A fixed rate of 5.9% APR over 60 months.'
f I| Extract each transaction's merchant and amount into a CSV
l C| Extract the parties, governing law and term from this agreement{CL}
l C| What are the notice periods in this clause? List them.{CL}
l| Pull out all the defined terms from this definitions section: '"Affiliate" means...; "Confidential Information" means...; "Services" means...'
l C| Identify the obligations of the Customer in this clause{CL}
l| List the deadlines in this court order: 'Defence to be filed by 14 June; witness statements by 30 July; trial listed from 2 December.'
m C| Extract the medications and doses from the note{PN}
m C| List the vital signs recorded in this note{PN}
m C| Pull the diagnoses and allergies from this admission note: 'Dx: COPD exacerbation, T2DM. Allergies: penicillin (rash).'
m| Extract the sample size and main result from this abstract{ABS}
s C| Extract the IOCs from this report{INC}
s C| List the affected systems and timestamps in this incident{INC}
s| Pull the CVE IDs out of this advisory: 'Fixes CVE-2024-3094 and CVE-2023-4863; see also CVE-2023-44487.'
s| Which usernames appear in these log lines? 'login ok user=alice', 'login failed user=root', 'login ok user=bob'
s| Extract the file hashes and domains from this threat intel note
"""
CLASSIFY = """
g| Categorise this feedback as praise, complaint or suggestion: 'It would be nice to have dark mode.'
g| Is this email spam or not? 'Congratulations, you have won a free cruise, reply with your bank details.'
g| Label each of these support tickets by product area: 'Can't log in', 'Invoice shows wrong VAT', 'App crashes on upload'
g| Which department should handle this request: 'My monitor is flickering and I need a new one.'
g| Tag these headlines as sports, politics, tech or business
g| Classify this question by topic: 'How do I reset my router?'
g| Assign a priority (P1-P4) to this ticket: 'The whole checkout page is down for all users.'
g| Sort these tasks into urgent/important buckets: renew domain tomorrow, plan offsite, reply to recruiter
g| Is this sentence a question, a command or a statement? 'Close the door when you leave.'
g| Route this message to sales, support or billing: 'I'd like a quote for 200 licences.'
g| Which category fits this expense: Uber from airport to hotel?
g| Bucket these app reviews into bug, feature request or praise
g| Is this text written in a formal or informal register?
f| Classify these transactions as fixed or variable costs: rent, electricity, raw materials, salaries
f| Which risk rating would you assign this customer: PEP, high-risk country, cash-intensive business?
f| Is this payment likely fraudulent or legitimate? Card used in two countries within an hour.
f| Categorise this expense claim under travel, meals or equipment: 'Laptop stand 45 EUR'
f| Label each account as asset, liability or equity: cash, accounts payable, retained earnings, inventory
f| Assign a credit grade A-E to this borrower based on: good history, high debt-to-income
l| Classify this clause as a limitation of liability, indemnity or warranty{CL}
l| Is this contract a lease, a licence or a service agreement? 'The Licensor grants the Licensee a non-exclusive right to use the Software.'
l| Tag this legal question by practice area: 'My landlord won't return my deposit.'
l| Which GDPR lawful basis does this processing fall under: sending payslips to employees?
l| Label these clauses as standard or unusual for an NDA
m| Triage this patient: 'Sudden severe headache, worst of her life, vomiting.' Emergency, urgent or routine?
m| Classify this wound as superficial, partial thickness or full thickness based on the description
m| Which specialty should this referral go to: 'Persistent cough for 8 weeks, weight loss, ex-smoker'?
m| Categorise these symptoms as cardiac, respiratory or gastrointestinal: chest tightness, wheeze, heartburn
m| Assign an ASA grade to a patient with well-controlled hypertension
s| Classify this alert as true positive, false positive or needs investigation: 'Login from new country for the CEO's account.'
s| What severity would you give this vulnerability: unauthenticated remote code execution on an internet-facing server?
s| Is this URL likely phishing? 'micros0ft-support-login.com/verify'
s| Map this activity to a MITRE ATT&CK tactic: 'scheduled task created to run a script at every logon'
s| Label these events as authentication, network or file activity
s| Categorise this incident: an employee emailed a customer list to their personal Gmail
"""

SENTIMENT = """
g| What's the sentiment of this review? 'Absolutely love it, best purchase this year.'
g| Is this tweet positive or negative? 'waited 40 minutes for a coffee, never again'
g| How does the customer feel in this message? 'I guess it works, but I expected more for the price.'
g| Rate the sentiment from 1 to 5: 'The hotel was clean but the staff were rude.'
g| Detect the emotion in this text: 'I can't believe they cancelled the concert again!'
g| Is the tone of this email friendly or hostile? 'Per my previous email, please action this immediately.'
g| Sentiment analysis on these comments: 'great', 'meh', 'terrible support', 'works fine'
g| How positive is this feedback about the workshop? 'Useful content, although it ran long.'
g| Is the customer happy or annoyed? 'Thanks for nothing, the parcel is still missing.'
g| What's the overall mood of these survey responses?
g| Does this message sound sarcastic? 'Oh great, another mandatory training.'
g| Gauge the tone of this Slack message from my manager: 'Can we talk tomorrow? Nothing urgent.'
f| What's the market sentiment in this headline: 'Shares slump as bank warns on bad loans'?
f| Is this analyst note bullish or bearish? 'We see limited upside at current valuations.'
f| How does the client feel about their portfolio performance in this email?
f| Sentiment of this customer complaint about overdraft fees: 'Charging me 35 for being 2 dollars over is a joke.'
l| What's the tone of this letter from the other side - hostile or cooperative?
l| How does the employee feel about the disciplinary outcome in this statement? 'I accept the decision but feel it was unfair.'
m| How does the patient feel about their treatment based on this comment: 'The nurses were wonderful but I waited six hours.'
m| Is this patient feedback positive or negative? 'Nobody told me what was happening.'
s| What's the sentiment of staff towards the new MFA rollout? 'So annoying', 'fine once set up', 'makes me feel safer'
s| Is the tone of this vendor's breach statement apologetic or defensive?
"""

TRANSLATE = """
g| Translate 'Where is the train station?' into Italian
g| How do you say 'thank you for your patience' in Japanese?
g| Translate this to French: 'The meeting has been moved to Thursday.'
g| Please render this sentence in German: 'We look forward to working with you.'
g| What's 'good luck with the launch' in Spanish?
g| Translate into English: 'Je voudrais réserver une table pour deux.'
g| Can you put this into Dutch? 'Our office will be closed on Monday.'
g| Translate the following into Simplified Chinese: 'Please sign and return the form.'
g| Translate to Portuguese: 'Your package is on its way.'
g| in Swedish please: 'happy birthday, have a great day'
g| Translate this product description into Korean
g| Convert this paragraph into Hindi for our Delhi team
g| Translate 'Bitte rufen Sie mich zurück' to English
g| Give me the Turkish for 'the invoice is attached'
g| now translate it into Polish
g| same thing in Greek please
f| Translate this account notice into Spanish: 'Your statement is now available online.'
f| Translate the loan terms into French for our client in Lyon
f| How do you say 'interest rate' and 'down payment' in German?
l| Translate this clause into Spanish: 'This Agreement may be terminated by either party with 30 days' notice.'
l| Translate the court summons from German into English
l| Translate our privacy notice into Italian
m| Translate these discharge instructions into Arabic
m| How do I say 'are you allergic to any medication?' in Vietnamese?
m| Translate 'take with food twice daily' into Russian
s| Translate the phishing warning into French for our Paris office
s| Translate this security notice into Japanese: 'Never share your one-time code with anyone.'
"""

MATH = """
g| What is 17% of 2,340?
g| Calculate 48 x 365
g| Solve 2x + 9 = 31
g| Convert 5 miles to kilometres
g| What's the average of 23, 45, 67 and 12?
g| How many seconds are there in a week?
g| Compute the area of a circle with radius 7 cm
g| If a car travels 180 km in 2.5 hours, what is its average speed?
g| What's the square root of 1,764?
g| Find the standard deviation of 4, 8, 15, 16, 23, 42
g| What is 3/8 as a percentage?
g| Integrate x^2 from 0 to 3
g| How many ways can I arrange 5 books on a shelf?
g| Work out 15% tip on a 86.40 bill
g| A recipe for 4 needs 300 g flour. How much for 10 people?
g| Probability of drawing two aces from a deck without replacement?
g| Convert 2.5 hours into minutes
g| What is 2 to the power of 20?
g| Solve the system: x + y = 10, x - y = 4
g| 1234 * 5678 = ?
g| Our team closed 18 tickets on Monday, 25 Tuesday, 31 Wednesday. What's the daily average?
g| How much is 45 degrees in radians?
f| Calculate the monthly repayment on a 20,000 loan at 7% over 5 years
f| If I invest 10,000 at 5% compounded annually, what will it be worth in 8 years?
f| What's the VAT on a net price of 1,250 at 20%?
f| Work out the ROI if we spent 40k and gained 58k
f| Compute the NPV of 5,000 a year for 4 years at a 6% discount rate
f| Revenue went from 2.4m to 2.9m. What's the percentage growth?
f| What's the annual interest on a 150,000 balance at 3.2%?
f| Calculate the break-even point: fixed costs 50,000, price 25, variable cost 15 per unit
f| Convert 2,500 USD to EUR at a rate of 0.92
f| What is the gross margin if revenue is 800k and COGS is 520k?
f| How much do I need to save monthly to reach 30,000 in 4 years at 0% interest?
f| Calculate the current ratio from current assets of 340k and current liabilities of 200k
l| Statutory interest at 8% per year on 9,000 for 73 days - how much?
l| If damages are 3 times the 12,000 loss plus 4,500 costs, what's the total?
m| A patient weighs 80 kg and the dose is 0.5 mg/kg. How many mg?
m| Calculate BMI for 95 kg and 1.82 m
m| Infusion of 1,000 mL over 8 hours - what's the rate in mL/h?
m| Convert 38.6 degrees Celsius to Fahrenheit
m| How many tablets of 250 mg make a 1 g dose?
s| If a password has 12 characters from a 94-symbol set, how many combinations are there?
s| Our SOC gets 4,200 alerts a day and 3% are true positives. How many real incidents per week?
s| A brute-force rig tries 10 billion hashes per second. How long to exhaust 2^48 keys?
"""
CODE = """
g| Write a Python function to check if a string is a palindrome
g| How do I reverse a list in JavaScript?
g| Fix this error: TypeError: 'NoneType' object is not subscriptable
g| Write a SQL query to get the top 5 customers by total spend
g| Explain what this code does: `[x for x in range(10) if x % 2]`
g| Refactor this function to be more readable{CODE}
g| Add error handling to this function{CODE}
g| Write unit tests for this{CODE}
g| Why is this function slow and how can I speed it up?{CODE}
g| Convert this Python script to Go{CODE}
g| Write a bash script that finds the 10 largest files in a directory
g| How do I centre a div with CSS?
g| Write a regex to validate an email address
g| Create a React component that shows a countdown timer
g| Write a Dockerfile for a Node.js app
g| How do I undo the last commit in git without losing changes?
g| Write a Java class representing a bank account with deposit and withdraw methods
g| My pandas merge is producing duplicate rows. How do I fix it?
g| Write a Terraform snippet for an S3 bucket with versioning
g| implement binary search in C++
g| Write a cron expression that runs at 2am every weekday
g| what's the time complexity of this loop?{CODE}
g| Generate a Kubernetes deployment YAML for an nginx container with 3 replicas
g| Write a Rust function that reads a file line by line
g| Optimise this SQL: SELECT * FROM orders WHERE YEAR(created_at) = 2023
g| Write an Excel formula that looks up a price by product code
g| Help me debug: my Flask app returns 404 for /api/items
g| Write a Python script to call a REST API and save the JSON to a file
g| How do I handle async errors in Node with async/await?
g| Write a function in Python that returns the n-th Fibonacci number
g| Add docstrings and type hints to this{CODE}
g| Write a GraphQL schema for a blog with posts and comments
g| What does this stack trace mean? 'java.lang.NullPointerException at com.app.Service.run(Service.java:42)'
g| Port this jQuery snippet to vanilla JS: $('#btn').on('click', fn)
f| Write a Python function that calculates compound interest given principal, rate and years
f| SQL to compute each account's month-end balance from a transactions table
f| Write a script that reconciles two CSV files of payments by reference number
f| Write a function to validate a credit card number with the Luhn algorithm
f| Create a pandas pipeline that aggregates daily trades into weekly P&L
l| Write a Python script that finds all dates in a folder of contract text files
l| Write code to redact party names from a contract PDF's text
m| Write a function that converts a patient's weight from pounds to kilograms
m| Write a SQL query listing patients with an HbA1c above 7.5 in the last year
m| Write a FHIR JSON parser in Python that extracts the patient's birth date
s| Write a Python script that parses auth.log and counts failed logins per IP
s| Is this code vulnerable to SQL injection? `query = "SELECT * FROM users WHERE id = " + user_id`
s| Fix the XSS bug in this template: `<div>{{ user_input | safe }}</div>`
s| Write a Splunk query to find processes spawned by Office applications
s| Write a KQL query for sign-ins from more than 3 countries in a day
s| Write a Python function that hashes passwords with bcrypt
s| Write an iptables rule to block all inbound traffic except SSH and HTTPS
s| Write a YARA rule for files containing a specific mutex name
s| Review this Dockerfile for security issues: FROM ubuntu:latest, USER root, ADD secrets.env /app
s| Write a script to check our domains' TLS certificates for expiry
s| How do I store API keys securely in a Node.js app?
"""

CHAT = """
g| hi
g| hello there!
g| good afternoon
g| hey, how are you doing today?
g| thanks a lot
g| thank you, that was helpful
g| awesome, cheers
g| ok
g| got it, thanks
g| lol
g| nice one
g| bye for now
g| see you tomorrow
g| have a good weekend!
g| who are you?
g| what's your name?
g| are you ChatGPT?
g| what are you able to do?
g| can you remember things between chats?
g| how do you work?
g| I'm bored
g| I'm feeling a bit stressed today
g| long day, finally done
g| just wanted to say hi
g| what do you like doing for fun?
g| do you have feelings?
g| sorry, my mistake
g| never mind, ignore that
g| that's not what I asked
g| hmm, not quite
g| cool cool
g| you're funny
g| I love this tool
g| is anyone there?
g| let's chat for a bit
g| happy Friday!
g| good night
g| what's up
g| wow, impressive
g| thanks, you saved my afternoon
g| haha okay
g| I'll try that and get back to you
g| sounds good
g| yes please
g| no thanks, that's all
g| brb
g| how's your day been?
g| tell me something interesting about yourself
g| I'm back
g| do you ever get tired?
"""

# Boundaries the template split blurs: the left row is the pair's other side
# phrased almost the same way, so the model must read the asking verb.
BOUNDARY = """
qa f| What is a stop-loss order?
math f| A stop-loss at 8% below 62.50 triggers at what price?
qa f| How is APR calculated?
math f| Calculate the APR on a 1,000 loan with 120 in fees over one year
qa f| What is a P/E ratio?
math f| The share price is 48 and EPS is 3.2. What is the P/E ratio?
qa m| What is a normal BMI?
qa g| What is the Pythagorean theorem?
math g| A right triangle has legs 6 and 8. What's the hypotenuse?
qa g| Why is the sky blue?
reasoning g M| Why did our app ratings fall after the redesign? Analyse the possible causes.
qa s| What is phishing?
reasoning s M| Why do phishing simulations sometimes make click rates worse? Reason it through.
qa l| What is an NDA?
reasoning l M| Should we insist on a mutual NDA with this supplier or accept their one-way version? Explain.
qa m| What is hypertension?
reasoning m M| Why might a patient's blood pressure stay high despite three medications? Think it through.
qa g| Explain what an API is
reasoning g M| Explain whether we should version our API in the URL or in headers, and recommend one
draft g| Write a welcome email for new customers
creative g| Write a poem welcoming new customers
draft g| Write an announcement for the office move
creative g| Write a funny rhyme about the office move
draft f| Write a message to clients about the new mobile banking app
creative f| Invent a catchy name and slogan for our new mobile banking app
summarize g| Summarise these survey comments{SURV}
sentiment g| What's the overall sentiment of these survey comments?{SURV}
classify g| Categorise these survey comments by theme{SURV}
extract g| List the specific features mentioned in these survey comments{SURV}
summarize s C| Summarise this alert{ALERT}
classify s C| Classify this alert by severity{ALERT}
extract s C| Extract the IP addresses and hostnames from this alert{ALERT}
reasoning s C M| Is this alert a real attack? Explain your reasoning.{ALERT}
code s| Write a detection rule for this alert{ALERT}
chat g| thanks, that helps
qa g| thanks - one more thing, what's the capital of Canada?
chat g| what can you do?
code g| what can this function do?{CODE}
chat g| how are you?
qa m| how are you supposed to take antibiotics, with food or without?
code g| Write a function that converts Celsius to Fahrenheit
math g| Convert 30 Celsius to Fahrenheit
code f| Write a function that computes loan repayments
math f| Compute the repayment on a 12,000 loan at 6% over 3 years
translate g| Translate this tagline into French: 'Simply better banking'
creative f| Write a tagline for a bank, something like 'Simply better banking'
"""

# More rows in the BOUNDARY format (intent first), weighted towards the
# intents and domains the blocks above cover thinly, and towards asks buried
# in polite or long-winded workplace messages.
MORE = """
sentiment g| Would you say this review is mostly positive? 'Nice design, shame about the battery.'
sentiment g| Read the room for me - is this reply annoyed? 'Sure. Whatever works for you.'
sentiment g| Score each comment from -1 to 1 for sentiment{SURV}
sentiment g| How satisfied does this caller sound? 'Yeah it's sorted now, took a while though.'
sentiment g| Tell me if the feedback below is negative, neutral or positive: 'The onboarding was okay.'
sentiment g| emotional tone of this post? 'Honestly proud of what the team pulled off this week'
sentiment f| Do these app store reviews of our banking app lean positive or negative? 'Transfers are instant', 'keeps logging me out', 'best bank app I've used'
sentiment f| Is the CEO upbeat or worried in this quote: 'We face a tough year but our balance sheet is strong.'
sentiment f| What's the mood in these investor forum posts about the rights issue?
sentiment l| Does the witness statement come across as hostile? 'I have nothing more to say to these people.'
sentiment l| Assess the tone of the client's email about our fees: 'I'm surprised the bill is double the estimate.'
sentiment m| How anxious does this patient sound? 'I keep thinking something is badly wrong and nobody is telling me.'
sentiment m| Sentiment of the ward's staff survey: 'short-staffed every night', 'great team', 'exhausted'
sentiment s| How do developers feel about the new code-signing requirement based on these comments?
sentiment s| Is this customer's reaction to our breach email angry or understanding? 'Thanks for telling us quickly, I changed my password.'
translate g| Please translate our out-of-office message into German and French
translate g| Could you translate this sentence into Ukrainian: 'Welcome to the team!'
translate g| Render 'mind the gap' in Hebrew
translate g| I need this in Spanish for a supplier: 'Please confirm the delivery date for order 4471.'
translate g| What does 'Zusammenarbeit' mean in English?
translate g| Translate into Thai: 'The meeting room is on the third floor.'
translate g| English to Indonesian: 'Your subscription renews next week.'
translate f| Translate the fee schedule headings into Japanese: 'Account fee, Transfer fee, Card replacement'
translate f| Put this payment reminder into Italian: 'Your payment of 250 euros is due on Friday.'
translate l| Translate the arbitration clause into French for the Paris seat
translate l| English version of this please: 'Das Gericht weist die Klage ab.'
translate m| Translate the consent form summary into Polish
translate m| How would I say 'do you have any pain?' in Portuguese?
translate s| Translate the password reset instructions into Spanish for our Madrid staff
summarize g| Give me a three-line summary of the thread below{THREAD}
summarize g| In short, what did they decide?{THREAD}
summarize g| Could you pull together a summary of the notes for my manager?{MEET}
summarize g| Shorten this to a tweet-length summary{ART}
summarize g| Summarise the history of the printing press in a paragraph
summarize g| I don't have time to read this, what does it say?{ART}
summarize g| Abstract-style summary of this text, max 50 words{ART}
summarize f| Summarise the results for a non-finance audience{QRES}
summarize f| Give me the headlines of this quarter in two bullets{QRES}
summarize l| Summarise the rights and obligations in this clause for a client{CL}
summarize l| Briefly sum up the main changes GDPR introduced compared with the old directive
summarize m| Summarise this study for a patient newsletter{ABS}
summarize m| Short handover summary of the note, bullets please{PN}
summarize s| Summarise the timeline of the incident in bullets{INC}
summarize s| Give the board a two-sentence summary of this incident{INC}
extract g| From the notes, who owns what?{MEET}
extract g| List the dates mentioned in the thread{THREAD}
extract g| Give me just the numbers from this article{ART}
extract g| Pull the city names out of this: 'Flights via Doha and Singapore, then on to Perth.'
extract g| Return a JSON array of the skills listed in this CV summary: 'Python, SQL, Tableau, stakeholder management'
extract f| Pull the margin and cash figures out of these results{QRES}
extract f| Extract the payee, amount and reference from this payment instruction: 'Pay Acme Ltd 3,400 GBP ref PO-5521'
extract l| Pull out the governing law and the payment terms{CL}
extract l| What are the dates and parties in this lease extract: 'Lease dated 1 May 2023 between Greenhill Estates and Lumen Cafe Ltd'
extract m| List each drug with its dose and frequency{PN}
extract m| Extract the blood pressure and heart rate from the note{PN}
extract s| Pull the domain and file hash out of the incident write-up{INC}
extract s| List the usernames and hosts in the alert{ALERT}
classify g| Is this feedback about pricing, usability or performance? 'Pages take ages to load.'
classify g| Put each comment into a category (bug, feature, praise){SURV}
classify g| Which team owns this ticket: 'Need access to the marketing shared drive'?
classify g| Label the language of each sentence: 'Hola amigos', 'Guten Morgen', 'Bonjour'
classify f| Is this invoice capex or opex: 3 new servers for the data centre?
classify f| Classify each customer complaint as fees, fraud, service or app
classify l| Which type of IP does this concern - trademark, patent or copyright: someone copied our logo?
classify l| Is this request a subject access request, an erasure request or neither? 'Please delete my account and all my data.'
classify m| Urgent or routine: 'mild rash on forearm for two days, no fever'?
classify m| Classify these lab results as normal, borderline or abnormal: sodium 128, potassium 4.1, glucose 6.8
classify s| Is this alert noise or worth escalating?{ALERT}
classify s| Categorise this email as phishing, spam or safe: 'IT: your password expires today, click to keep it.'
classify s| Risk-rate these findings high, medium or low: open S3 bucket, outdated jQuery, missing security headers
math g| What's 12.5% of 960?
math g| Quick sum: 345 + 789 + 1,204
math g| Divide 7,500 by 12 and round to two decimals
math g| Solve for y: 5y - 3 = 2y + 12
math g| How many weeks are there in 180 days?
math g| Convert 3.2 terabytes to gigabytes
math f| What's the yield on a bond paying 45 a year priced at 950?
math f| Work out the depreciation per year on a 24,000 van over 6 years, straight line
math f| If inflation is 3% a year, what will 100 be worth in real terms after 10 years?
math f| Calculate the commission at 2.5% on sales of 184,000
math l| The court awarded 40,000 split 60/40 between two claimants. How much does each get?
math m| Calculate the drip rate in drops per minute: 500 mL over 4 hours with a 20 drop/mL set
math m| What is the creatinine clearance for a 70-year-old, 60 kg man with creatinine 1.2 mg/dL (Cockcroft-Gault)?
math s| If each of 8 analysts triages 45 alerts an hour, how many alerts per 12-hour shift?
code g| I'm getting 'ModuleNotFoundError: No module named requests' - how do I fix it?
code g| Can you write me a small script to rename photos by their date taken?
code g| Write a Makefile with build, test and clean targets
code g| Why does this JavaScript print undefined? `const x = [1,2,3].forEach(n => n * 2); console.log(x)`
code g| how do i make a python list unique but keep the order
code g| Give me a SQL query to find duplicate emails in a users table
code g| Explain this regex: ^\\d{3}-\\d{4}$
code g| Write a GitHub Actions job that builds a Docker image on tag push
code f| Write a SQL query that flags transactions over 10,000 for AML review
code f| Python: compute the rolling 30-day volatility of a price series with pandas
code l| Write a script that counts how many times each defined term appears in a contract
code m| Write a function that flags abnormal potassium values in a list of lab results
code s| Write a Python script that checks a list of passwords against the Have I Been Pwned API
code s| Write a Sigma rule for PowerShell downloading from the internet
code s| How do I configure Content-Security-Policy headers in nginx?
code g| Execute this and tell me the output: `print(sorted([3, 1, 2]))`
code g| What will this print? `for i in range(3): print(i * 2)`
code g| run the snippet below and tell me what it returns{CODE}
code g| Can you run this code and show me the result: `len("hello world")`
code g| tell me what this prints: console.log(typeof null)
qa g| tell me what a compiler does
qa g| What's the tallest building in the world?
qa g| How many bones are in the human hand?... sorry, how many continents are there?
qa g| What is the difference between a virus scan and a backup?
qa g| When is the next leap year?
qa g| What's the boiling point of ethanol?
qa g| Is Python compiled or interpreted?
qa g| What does an SRE do?
qa f| What's the difference between a stock and a bond?
qa f| What is a margin call?
qa f| What are the main IFRS 16 changes for leases?
qa l| What's the difference between a will and a trust?
qa l| Is a screenshot of a WhatsApp message admissible evidence?
qa l| What rights does a tenant have if the landlord sells the property?
qa m| What is the difference between type 1 and type 2 diabetes?
qa m| How long should you wait after eating before a blood glucose test?
qa m| What does a high CRP indicate?
qa s| What is a firewall?
qa s| What's the difference between IDS and IPS?
qa s| What does 'lateral movement' mean in an attack?
reasoning g M| Given our team is mostly junior, should we adopt trunk-based development? Reason through it.
reasoning g M| What's the smarter move: raise prices 10% or cut the free tier? Explain your thinking.
reasoning g| If every manager is an employee and some employees are remote, must some managers be remote? Explain.
reasoning g M| Rank these three projects by impact vs effort and justify the order: new onboarding, search rewrite, billing fixes
reasoning f M| Why would a bank prefer floating-rate loans when rates are rising? Reason through it.
reasoning f M| Is it sensible for a charity to keep two years of reserves in cash? Weigh it up.
reasoning l M| Could we be liable if a contractor's laptop with client data is stolen from their car? Walk through it.
reasoning m M| Why does a patient with liver failure bruise easily? Explain the mechanism step by step.
reasoning m M| Which patient should be seen first: a child with a high fever and rash or an adult with a sprained ankle? Justify.
reasoning s M| Why might attackers target help desks for MFA resets? Think it through and suggest controls.
reasoning s M| Should we block all USB storage or just log it? Weigh usability against risk.
draft g I| Hi, could you write a short note to the team about the new parking rules from the notes below?{MEET}
draft g| I need to reply to my landlord about the broken boiler; can you write something firm but polite?
draft g| Could you help me put together a message for my team's leaving card for Sam?
draft g| Reword this so a non-technical audience gets it: 'We migrated the ETL jobs to a DAG-based orchestrator.'
draft g| Make my email less blunt: 'No, that won't work. Try again.'
draft f| Write an email to our accountant asking for the VAT return figures by Tuesday
draft l| Could you draft a short letter confirming the settlement terms we agreed?
draft m| Write a text message reminding a patient to bring their medication list to the clinic
draft s| Draft a Slack announcement that SSO becomes mandatory on Monday
creative g| Could you write a silly song about our broken coffee machine?
creative g| Dream up a name for our new meeting room on the 5th floor
creative g| Write a two-line rhyme for a birthday card for my boss
creative f| Write a short fable about a squirrel who saves for winter, with a lesson about budgeting
creative l| Write a humorous haiku about billable hours
creative m| Write an uplifting short poem for a hospice volunteers' newsletter
creative s| Invent a fun name and backstory for a phishing-simulation mascot
chat g| hey! quick hello before my meeting
chat g| morning :)
chat g| thanks mate
chat g| that's perfect, thank you!
chat g| oh nice, didn't know that
chat g| I think I'm done for today
chat g| do you prefer cats or dogs?
chat g| what's your favourite colour?
chat g| are you there?
chat g| how old are you?
chat g| appreciate the quick answer
chat g| no worries, take your time
qa g| What does a data warehouse do?
qa f| What is a chargeback?
qa m| What is the recommended daily water intake for adults?
qa s| What is a botnet?
reasoning g M| Should I learn Rust or Go next for backend work? Reason it through for someone who knows Python.
extract g| Pull all the times out of this schedule: 'Doors 18:30, talks 19:00, drinks 20:45.'
classify g| Is this a complaint or a compliment? 'You lot never answer the phone.'
sentiment g| Mood check on this message: 'Ugh, the build broke again.'
translate g| Translate 'see you soon' into Irish
draft g| Write a short note to the cleaners thanking them for their work over the holidays
"""

MULTI = [
    (
        "Summarise the meeting notes and then draft a follow-up email to the attendees.{MEET}",
        [
            "summarize general low internal|Summarise the meeting notes",
            "draft general low internal|draft a follow-up email to the attendees",
        ],
    ),
    (
        "What's the sentiment of these survey comments? Also list the features they mention.{SURV}",
        [
            "sentiment general low public|What's the sentiment of these survey comments?",
            "extract general low public|list the features they mention",
        ],
    ),
    (
        "Translate the notice into Spanish and write a short tweet announcing it: 'Branches close early on 24 December.'",
        [
            "translate finance low public|Translate the notice into Spanish",
            "draft finance low public|write a short tweet announcing it",
        ],
    ),
    (
        "Explain what phishing is, then write three slogans for our awareness week.",
        [
            "qa security low public|Explain what phishing is",
            "creative security low public|write three slogans for our awareness week",
        ],
    ),
    (
        "Calculate the total of these invoices and draft a reminder for the overdue one: A 1,200 paid, B 860 overdue, C 430 paid.",
        [
            "math finance low public calculator|Calculate the total of these invoices",
            "draft finance low public|draft a reminder for the overdue one",
        ],
    ),
    (
        "Classify this alert by severity and summarise it for the shift log.{ALERT}",
        [
            "classify security low confidential|Classify this alert by severity",
            "summarize security low confidential|summarise it for the shift log",
        ],
    ),
    (
        "Extract the medications from the note, then explain whether any of them interact.{PN}",
        [
            "extract medical low confidential|Extract the medications from the note",
            "reasoning medical medium confidential|explain whether any of them interact",
        ],
    ),
    (
        "Write a Python function to parse ISO dates and tell me what a timezone-aware datetime is.",
        [
            "code general low public|Write a Python function to parse ISO dates",
            "qa general low public|tell me what a timezone-aware datetime is",
        ],
    ),
]

# Request-level domain: a heading or one sibling names the domain and the
# other asks are bare ("list what to bring"); and a few mixed requests where
# each task names its own domain, so sibling cues are learned as a prior,
# not a rule.
MULTI_DOMAIN: list[tuple[str, list[str]]] = [
    (
        "For the new-starter pack on our oncology ward:\n- explain what a port-a-cath is\n- list what to check before each shift\n- write a friendly welcome paragraph",
        [
            "qa medical low public|explain what a port-a-cath is",
            "extract medical low public|list what to check before each shift",
            "draft medical low public|write a friendly welcome paragraph",
        ],
    ),
    (
        "Re the insurance renewal: what does an excess mean, and draft a note asking the broker for two more quotes.",
        [
            "qa finance low public|what does an excess mean",
            "draft finance low public|draft a note asking the broker for two more quotes",
        ],
    ),
    (
        "Post-mortem for last night's ransomware scare:\n1. summarise the timeline in five bullets\n2. suggest three follow-up actions\n3. write a short all-staff note",
        [
            "summarize security medium internal|summarise the timeline in five bullets",
            "reasoning security medium internal|suggest three follow-up actions",
            "draft security low internal|write a short all-staff note",
        ],
    ),
    (
        "Two things about the supplier agreement: who can end it early, and rewrite section 4 in plain English.",
        [
            "qa legal low public|who can end it early",
            "draft legal low public|rewrite section 4 in plain English",
        ],
    ),
    (
        "Our quarterly close is Friday. Can you make a checklist for the team, and also a reminder message for Slack?",
        [
            "draft finance low internal|Can you make a checklist for the team",
            "draft finance low internal|a reminder message for Slack",
        ],
    ),
    (
        "For the diabetes clinic handout: explain carb counting simply, then translate it into Portuguese.",
        [
            "qa medical low public|explain carb counting simply",
            "translate medical low public|translate it into Portuguese",
        ],
    ),
    (
        "Someone reused the admin password on three servers. How bad is that, and write the ticket for the infra team?",
        [
            "reasoning security medium internal|How bad is that",
            "draft security low internal|write the ticket for the infra team",
        ],
    ),
    (
        "Tenant dispute prep:\n* what notice must a landlord give before entry\n* draft a polite email to the tenant\n* give me three questions to ask our solicitor",
        [
            "qa legal low public|what notice must a landlord give before entry",
            "draft legal low public|draft a polite email to the tenant",
            "creative legal low public|give me three questions to ask our solicitor",
        ],
    ),
    (
        "Explain what a stop-loss order is and come up with a catchy name for our beginner investing course.",
        [
            "qa finance low public|Explain what a stop-loss order is",
            "creative finance low public|come up with a catchy name for our beginner investing course",
        ],
    ),
    (
        "Write a haiku about spring and explain how vaccines train the immune system.",
        [
            "creative general low public|Write a haiku about spring",
            "qa medical low public|explain how vaccines train the immune system",
        ],
    ),
    (
        "Summarise the board minutes below, then tell me what a firewall does in simple terms.{MEET}",
        [
            "summarize general low internal|Summarise the board minutes below",
            "qa security low public|tell me what a firewall does in simple terms",
        ],
    ),
    (
        "Draft a lunch invite for the team and explain what an indemnity clause is.",
        [
            "draft general low public|Draft a lunch invite for the team",
            "qa legal low public|explain what an indemnity clause is",
        ],
    ),
    (
        "About the phishing test results: which departments did worst, and draft a friendly reminder for them.\n\nFinance 31% clicked, Sales 24%, Engineering 6%, HR 18%.",
        [
            "extract security low internal|which departments did worst",
            "draft security low internal|draft a friendly reminder for them",
        ],
    ),
    (
        "Patient asked two things after the knee op: when can she drive again, and can you write that up as a short text message?",
        [
            "qa medical low confidential|when can she drive again",
            "draft medical low confidential|can you write that up as a short text message",
        ],
    ),
    (
        "For the loan application: work out the monthly repayment on 250k over 25 years at 4.5%, and list the documents the bank usually asks for.",
        [
            "math finance medium public|work out the monthly repayment on 250k over 25 years at 4.5%",
            "extract finance low public|list the documents the bank usually asks for",
        ],
    ),
    (
        "GDPR request came in. What's the deadline to answer, and write the acknowledgement email.",
        [
            "qa legal low public|What's the deadline to answer",
            "draft legal low public|write the acknowledgement email",
        ],
    ),
]

_BLOCKS = {
    "qa": QA, "reasoning": REASONING, "draft": DRAFT, "creative": CREATIVE,
    "summarize": SUMMARIZE, "extract": EXTRACT, "classify": CLASSIFY,
    "sentiment": SENTIMENT, "translate": TRANSLATE, "math": MATH, "code": CODE,
    "chat": CHAT,
}  # fmt: skip


def _expand(text: str) -> tuple[str, str]:
    """Pasted-material references -> text and the material's sensitivity."""
    sens = "public"
    for name, (body, level) in _MATERIAL.items():
        ref = "{" + name + "}"
        if ref in text:
            text = text.replace(ref, "\n\n" + body)
            sens = max(sens, level, key=_LEVEL.index)
    return text, sens


def _task(intent: str, codes: list[str], text: str, sens: str) -> dict[str, Any]:
    domain = _DOMAIN[codes[0]]
    cx = "medium" if "M" in codes else "high" if "H" in codes else "low"
    for c in codes[1:]:
        if c in _SENS:
            sens = max(sens, _SENS[c], key=_LEVEL.index)
    return {"text": "", "intent": intent, "domain": domain, "complexity": cx,
            "sensitivity": sens, "tools": ["calculator"] if intent == "math" else []}  # fmt: skip


def _pii_level(spans: list[dict[str, Any]]) -> str:
    return "confidential" if spans else "public"


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(text: str, tasks: list[dict[str, Any]]) -> None:
        clean, spans = strip_marks(text)
        out.append({"id": f"diverse-{len(out):05d}", "text": clean, "tasks": tasks,
                    "pii": spans, "hard_negative": False})  # fmt: skip

    blocks = [(intent, block) for intent, block in _BLOCKS.items()]
    blocks += [("", BOUNDARY), ("", MORE)]
    for intent, block in blocks:
        for line in block.strip().splitlines():
            head, _, raw = line.partition("| ")
            codes = head.split()
            label = intent or codes.pop(0)
            text, sens = _expand(raw.strip())
            _, spans = strip_marks(text)
            sens = max(sens, _pii_level(spans), key=_LEVEL.index)
            add(text, [_task(label, codes, text, sens)])
    for raw, specs in MULTI + MULTI_DOMAIN:
        text, _ = _expand(raw)
        tasks = []
        for spec in specs:
            label, clause = spec.split("|")
            intent, domain, cx, sens, *tools = label.split()
            tasks.append({"text": clause, "intent": intent, "domain": domain,
                          "complexity": cx, "sensitivity": sens, "tools": tools})  # fmt: skip
        add(text, tasks)
    return out


def main() -> None:
    data = rows()
    with open(HERE / "train_diverse.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"train_diverse: {len(data)} rows")


if __name__ == "__main__":
    main()
