"""Second independent hand-written TRAIN corpus (writes ``train_diverse2.jsonl``,
which ``services.intent.train`` reads after ``train_diverse.jsonl``).

Why: train_diverse lifted hand-written intent accuracy but domain stayed the
weak head -- the model still keys domain on jargon ("EBITDA", "tachycardia",
"indemnity"). People at work mostly ask in plain words ("can they dock my
pay for that?", "my chest feels tight when I climb stairs", "someone is
texting staff pretending to be the CEO"), or let a pasted document carry the
domain. This corpus was written by a different author, in a different voice,
without looking at any model error, concentrating on: plain-language asks in
each domain, domain carried only by pasted material, general asks that merely
mention money/health/law/passwords (so those words alone do not flip the
domain), intent boundaries (qa/reasoning, draft/creative, extract/classify/
summarize, chat/real asks, math/finance-qa, code/security), non-English asks
and terse imperatives. No slot filling: every line is its own phrasing.
It never reads fresh*.jsonl or test.jsonl (held out).

Label guide: domain is whose expert you would ask -- personal money, tax,
insurance cover, prices, budgets -> finance; rights, disputes, appeals,
contracts, employment law -> legal; symptoms, drugs, care, clinical notes ->
medical; accounts, attacks, phishing, access control -> security; an office
or social ask that only mentions such words -> general.

Row format, one per line: ``<intent> <d> [M|H] [I|C|R]| <text>`` (domain codes
g/f/l/m/s; complexity defaults to low; sensitivity to public or to the pasted
material's / PII's level). Multi-task rows:
``<intent> <d> [flags] => clause ;; ... || <text>``. ``{NAME}`` pastes material
after a blank line; ``\\n`` is a newline.
Usage: ``python tests/data/intent/train_diverse2_source.py``.
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

# pasted material: name -> (text, sensitivity it implies)
_MATERIAL: dict[str, tuple[str, str]] = {
    "EXP": (
        "Expense claim #5531 - J. Moreau\nHotel Frankfurt 3 nights 612.00\nTaxi airport 48.50\nDinner with client (4 ppl) 286.00\nMinibar 34.00\nTotal 980.50 - submitted 41 days after trip",
        "internal",
    ),
    "LOAN": (
        "Applicant: sole trader, bakery, 6 yrs trading. Requested 45k over 5 yrs for ovens. Turnover 310k, net profit 38k, existing debt 12k car loan. Two missed card payments in 2022, none since. Offers personal guarantee.",
        "confidential",
    ),
    "EMPC": (
        "8.1 The Employee's normal hours are 37.5 per week. The Company may require reasonable additional hours without further pay. 8.2 Either party may end employment on one month's notice; during the first six months, one week's notice. 8.3 The Company may deduct from wages any sums owed by the Employee.",
        "confidential",
    ),
    "CLINIC": (
        "Dear Dr Patel, I reviewed Mrs L (62) in rheumatology clinic. 3-month history of bilateral hand pain and morning stiffness >1h. Anti-CCP positive, CRP 34. Impression: early rheumatoid arthritis. Plan: methotrexate 15 mg weekly with folic acid, bloods every 2 weeks for 6 weeks, review in 3 months.",
        "confidential",
    ),
    "PROXY": (
        "10:02:11 user=mchan url=hxxp://docs-share[.]top/inv.zip action=ALLOWED bytes=812k\n10:02:40 host=WS-118 proc=wscript.exe child=powershell.exe -enc SQBFAFgA...\n10:03:05 host=WS-118 dst="
        + mark("IP_ADDRESS", "185.100.87.41")
        + ":443 beacon interval=30s",
        "confidential",
    ),
    "DIFF": (
        '```diff\n- query = "SELECT * FROM orders WHERE id = " + order_id\n+ query = "SELECT * FROM orders WHERE id = %s"\n+ cur.execute(query, (order_id,))\n```',
        "internal",
    ),
    "CUST": (
        "Hi, I've been with you for 8 years and just found out new customers get a cheaper price for the exact same plan. I'm not impressed. If you can't match it I'll switch at the end of the month.",
        "public",
    ),
    "SLEEP": (
        "A cohort study of 9,000 office workers found that those sleeping under six hours a night took twice as many sick days as those sleeping seven to eight. The association held after adjusting for age and smoking, but the authors caution that poor sleep may be a symptom of illness rather than a cause.",
        "public",
    ),
    "BOARD": (
        "Board memo (draft): cash runway 14 months at current burn of 410k/month. Proposal: cut marketing 20%, pause two hires, raise prices 8% for new customers from Q2. Risk: churn among SMB plan. Decision needed by 30 Nov.",
        "internal",
    ),
    "SECPOL": (
        "Access policy 2.3: admin rights are granted for 8 hours via the PAM tool and expire automatically. Shared accounts are prohibited. Service accounts must have an owner and be reviewed quarterly. MFA is mandatory for all remote access.",
        "internal",
    ),
    "TOS": (
        "12. We may change these Terms at any time by posting the updated version on our website. Continued use of the Service after changes constitutes acceptance. 13. Our liability for any claim is limited to the fees you paid in the previous three months.",
        "public",
    ),
    "LABS": (
        "Na 133, K 5.9, urea 14.2, creatinine 188 (baseline 95), eGFR 31, Hb 121, WBC 9.8, CRP 12. On ramipril 10 mg, spironolactone 25 mg, furosemide 40 mg.",
        "confidential",
    ),
    "RETRO": (
        "Retro notes: what went well - pairing on the search rewrite, fewer meetings. What didn't - flaky CI ate two days, unclear owner for the analytics bug, design changes landed late. Actions: quarantine flaky tests, name an owner at triage, design freeze on day 3.",
        "internal",
    ),
    "STMT": (
        "01/10 Direct debit GYMFLEX 39.99\n03/10 Card TESCO STORES 62.14\n05/10 Transfer from PAYROLL 2,480.00\n09/10 Card NETFLIX 10.99\n12/10 Card SHELL 71.30\n15/10 Standing order RENT 1,150.00",
        "confidential",
    ),
    "BLOG": (
        "We moved our build pipeline from Jenkins to GitHub Actions last spring. Builds got 40% faster, mostly from caching, but we underestimated how much tribal knowledge lived in old Groovy scripts. Two teams lost a week each rediscovering deploy steps nobody had written down.",
        "public",
    ),
}

FINANCE = """
qa f| is it worth paying extra into my pension or is that money locked away forever
qa f| what actually happens if I miss one credit card payment
qa f| how do people get a mortgage when they're self-employed
qa f| my payslip has a line called 'salary sacrifice' - what is that
qa f| why did my bank give me less money back when I changed dollars to euros than the rate on google
qa f| what's the catch with 'buy now pay later'?
qa f| do I pay tax on money I make selling old stuff online
qa f| how much should I have saved for retirement by 40
qa f| is a high yield savings account actually safe
qa f| what does it mean when a loan is 'secured'
qa f| why do companies buy back their own shares
qa f| what's the point of a company keeping cash on the balance sheet instead of paying it out
qa f| how are bonuses usually taxed, are they taxed more than salary
qa f| what's the difference between saving and investing really
qa f| if the pound falls, why does my holiday get more expensive
qa f| can you explain what 'cash flow positive' means for a small business
qa f| what happens to my savings if my bank goes bust
qa f| how do stock options work when you join a startup
qa f| why is my take-home pay different every month when my salary is the same
qa f| what is a credit limit increase and does asking for one hurt me
qa f| what do accountants mean by 'accruals'
qa f| I keep hearing 'the Fed raised rates' - how does that reach my credit card?
qa f| how does a company decide what price to charge for a product
qa f| what's a reasonable amount to spend on rent compared to salary
qa f| what's the difference between a quote and an invoice
qa f| how does a pension transfer work when I change jobs
qa f| what counts as a business expense for a freelancer
qa f| explain to me like I'm new: what is cash vs accrual accounting
qa f| how do crypto exchanges make money
qa f| is paying off student loans early a thing people should do
reasoning f M| we've got two quotes for a new van, one cheaper upfront and one with lower running costs. how do I decide which is actually cheaper?
reasoning f M| my partner and I earn very different amounts. should we split bills 50/50 or by income? what's fairest
reasoning f M| I'm 55 and my company offers a lump sum or a monthly pension. what should I be thinking about before I choose?
reasoning f M| is it smarter to rent or buy if I might move cities in three years?
reasoning f M| we could raise prices 10% and maybe lose some customers, or keep prices and accept lower margin. how do we think about this?
reasoning f M| I got a 15k inheritance. I have a car loan at 9% and no emergency fund. what should I do with it?
reasoning f M| our café's sales are up but we have less money in the bank than last year. what could be going on?
reasoning f M| should our small nonprofit keep its reserves in a savings account or invest part of them? pros and cons
reasoning f M| a supplier is offering 2% off if we pay within 10 days instead of 30. is that a good deal for us?
reasoning f M| my friend wants me to co-sign his car loan. what's the risk for me?
reasoning f M| why would a profitable company still run out of cash?
reasoning f M| is it worth switching energy supplier to save 120 a year if there's an exit fee of 60?
reasoning f M| we're thinking of offering staff a pay rise or a bigger bonus pool. which motivates better and which is cheaper long term?
reasoning f M| what's the smartest order to pay off three debts: a store card at 29%, an overdraft at 19% and a car loan at 7%?
reasoning f M| is taking a lower salary for more equity at a startup a good bet?
math f| if I earn 42k and get a 3.5% raise, what's my new salary
math f| how much do I need to save each month to have 10k in 2 years
math f| what's 12 payments of 89.99 in total, and how much more is that than paying 999 upfront
math f| a jacket was 140 and is now 30% off, plus another 10% at the till. what do I pay?
math f| the rent is 1,450 split between 3 flatmates but one room is bigger and pays 100 extra. what do the others pay?
math f| we sold 1,200 units at 18 each, cost was 11 each plus 3,000 fixed. what's the profit?
math f| how much interest do I pay on a 6,000 overdraft at 19.9% a year for 4 months
math f| my shares went from 2,300 to 2,760. what's the percentage gain?
math f| price per litre went from 1.42 to 1.58, how much more does a 55 litre tank cost
math f| if inflation is 3% a year, what is 1,000 worth in today's money after 5 years?
math f| we need 20% gross margin on a product that costs us 64. what should we sell it for?
math f| the freelancer charges 650 a day and worked 13.5 days. invoice total with 20% VAT?
draft f| write a message to my landlord asking if we can pay the rent on the 5th instead of the 1st because of when I get paid
draft f| help me write an email asking my manager for a raise, I've taken on two extra clients this year
draft f| draft a note to our customers explaining prices go up 6% in January and why
draft f| write a polite reminder to a friend who still owes me 200 from the trip
draft f| write a short email to our accountant asking what we need for the year-end
draft f| can you write the notice to staff that the mileage rate is going up to 45p
draft f| draft a reply to a customer asking for an invoice in their company name instead of theirs
draft f| write to my bank asking them to remove a late fee, I've always paid on time before
draft f| write a message asking our supplier for 60-day payment terms
draft f| draft a short memo telling managers the hiring budget is frozen until March
classify f| sort these into needs and wants: rent, streaming, groceries, takeaways, bus pass, new trainers
classify f| which of these are assets and which are liabilities: van, bank loan, unpaid invoices from customers, our unpaid supplier bills
classify f| tag each payment as subscription or one-off: Spotify, IKEA, Adobe, dentist, iCloud
classify f| is this expense travel, meals or equipment: 'USB-C dock for hot desk'
classify f| label these customer messages as refund request, billing question or other: 'why was I charged twice', 'can I get my money back', 'do you ship to Norway'
sentiment f| how do investors seem to feel in this comment: 'Another quarter of promises, still no dividend.'
sentiment f| is this customer happy about the price change or not: 'Fair enough, everything's going up, you're still cheaper than the rest.'
sentiment f| tone of this message from our lender: 'We will need to review the facility if covenants are breached again.'
extract f| pull the amounts and due dates: 'Deposit 2,000 due now, second payment 4,500 by 1 March, balance 3,500 on delivery.'
extract f| what are the fees in this: 'Account fee 5/month, overseas card use 2.75%, cash withdrawals abroad 3 per transaction.'
extract f| get the company names and amounts from: 'Acme paid 12,400; Brightline owes 3,100; Corvid refunded 560.'
summarize f| sum up what my pension statement letter is saying: 'Your fund value is 48,210. Projected income at 67 is 6,300 a year assuming 5% growth. Contributions this year: 4,100 from you and 2,050 from your employer.'
summarize f| boil this down to one line for the team: 'Q3 spend came in 4% under budget, mainly because two hires started late; travel overspent by 11%; software costs are flat.'
translate f| translate to German: 'Your refund of 48.00 will reach your account within 5 working days.'
translate f| in french please: 'Please find attached our invoice for October; payment is due within 30 days.'
creative f| write a short, funny poem about waiting for payday
creative f| make up a catchy name for a savings challenge we're running for staff
creative f| give me a silly rhyme to help my kids remember to save half their pocket money
code f| excel formula to add 20% VAT to the value in C4
code f| python function that splits a bill between people with different percentages
code f| google sheets formula to sum column B only where column A says 'travel'
code f| sql to get the total invoice amount per customer for last month
qa f| what's a credit note and when do you issue one
qa f| how does invoice factoring work for a small business
qa f| what's the difference between a bank transfer and a direct debit
qa f| what do people mean by 'runway' at a startup
qa f| does paying rent on time help my credit score
qa f| what is a tax code and why would mine change
reasoning f M| our biggest client pays 90 days late every time. should we keep them or drop them? think about it from a cash point of view
reasoning f M| a customer wants a 15% discount for a two-year commitment. worth it?
reasoning f M| my manager says we can't afford a new hire but our revenue is up 30%. how could both be true?
qa f| how are share prices actually set each day
qa f| what's a reasonable interest rate on a personal loan right now, roughly how do they decide it
qa f| my employer pays me in another currency - who takes the exchange risk?
"""

LEGAL = """
qa l| can my employer stop me from working a second job in the evenings
qa l| my company wants me to sign a new contract with worse terms. do I have to?
qa l| how long can a company keep my CV after I applied
qa l| if I'm made redundant, am I owed anything
qa l| can a restaurant charge me for a no-show
qa l| someone is using a photo I took on their website without asking. what are my rights?
qa l| is a verbal agreement legally binding
qa l| I signed up for a gym and want out. can they hold me to the 12 months?
qa l| can my landlord raise the rent in the middle of a fixed term
qa l| what happens if I break my lease early
qa l| do I need permission to use a song in a company video
qa l| my ex-employer hasn't paid my last month. what can I do?
qa l| can my boss make me work on a public holiday
qa l| if I get a parking ticket on private land do I have to pay it
qa l| is it illegal to share a screenshot of a private chat
qa l| can I get my money back if a flight is cancelled
qa l| how do I stop a company from using my data for marketing
qa l| do I own the code I write on weekends if I'm employed as a developer
qa l| what happens if a client just refuses to pay my invoice
qa l| is a signature on an iPad as valid as a pen signature
qa l| can a company record me on CCTV in the office kitchen
qa l| my neighbour's tree is damaging my fence. who's responsible?
qa l| do I have to tell my employer I'm pregnant
qa l| can I be sacked for posting about work on my private instagram
qa l| how long does someone have to sue me after a car accident
qa l| what's needed for a contract to actually be valid
qa l| can I refuse to let the police search my phone
qa l| is it ok to name a competitor in our ad
qa l| do we need a privacy policy for a simple landing page
qa l| can an employer ask my age in an interview
reasoning l M| my manager keeps scheduling me for 50+ hours but my contract says 40. do I have grounds to push back and how?
reasoning l M| a customer says our product injured them but they used it wrong. where do we stand?
reasoning l M| we shook hands on a deal by phone and now the supplier wants to change the price. can we hold them to it?
reasoning l M| my co-founder is leaving after a year. does he keep his shares? what should we check first?
reasoning l M| a freelancer we hired reused our designs for another client. do we have a claim, and is it worth chasing?
reasoning l M| we want to let staff go in a restructure. what could get us into trouble?
reasoning l M| a reviewer wrote a fake-looking 1-star review calling us scammers. can we do anything? what's the smartest move
reasoning l M| is it risky to copy the layout of a competitor's website if we change all the text?
reasoning l M| my tenant stopped paying two months ago and isn't answering. what are my options, in order?
reasoning l M| an employee was injured at our warehouse after ignoring safety rules. are we still liable?
draft l| help me write to my landlord asking for my deposit back, it's been six weeks
draft l| write a complaint to an airline asking for compensation for a 5-hour delay
draft l| draft a short letter to a customer saying we're passing their unpaid bill to a debt collector
draft l| write a message to HR saying I want to raise a formal grievance about my manager
draft l| write a letter giving one month's notice on my flat
draft l| draft an email telling a former employee to return their company laptop or we'll deduct the cost
draft l| write a short email telling a client we can't accept their changes to the contract without a new quote
draft l| write a letter to the council appealing my parking fine, the signs were covered
draft l| draft a firm email to a website that copied our product descriptions word for word
draft l| write a consent note parents sign before we take photos of their kids at the event
classify l| is this an employment issue, a consumer issue or a housing issue: 'the letting agent kept my holding fee'
classify l| which of these need a lawyer and which can we handle ourselves: trademark opposition, chasing a 300 invoice, changing our privacy notice, being sued by a customer
classify l| label each as obligation or permission: 'You must keep the property clean. You may keep one pet. You must not smoke indoors.'
classify l| is this complaint about discrimination, pay or working hours: 'I was told older staff won't be considered for the team lead role.'
sentiment l| how does the other side sound in this email, willing to settle or not: 'Our client remains open to discussion but will not accept anything below the amount claimed.'
sentiment l| does this tenant sound angry or just worried: 'I just want to know if I'll have to leave, I've got nowhere else to go.'
extract l| pull out the dates and deadlines: 'You must reply within 14 days of this letter (dated 3 May). The hearing is listed for 20 June.'
extract l| who are the parties and what's the amount in dispute: 'Harlow Builders v. Mr and Mrs Keane, claim for 18,750 for unpaid works.'
summarize l| explain in plain English what this means: 'The Licensee shall not sublicense, assign or otherwise transfer its rights hereunder without prior written consent.'
summarize l| short version please: 'The vendor warrants the software will perform substantially as described for 90 days; the sole remedy for breach of this warranty is repair or replacement.'
translate l| translate into Spanish: 'You have the right to cancel this order within 14 days without giving a reason.'
translate l| German please: 'We may terminate your account if you breach these terms.'
creative l| write a short, funny poem about reading the terms and conditions nobody reads
creative l| come up with a name for our in-house contracts helpdesk
math l| my claim is 4,200 plus interest at 8% a year for 200 days. what's the total?
code l| regex to find dates like '12 March 2024' in contract text
qa l| what's the difference between mediation and arbitration, simply
qa l| what is 'reasonable adjustment' at work
qa l| what does it mean to be 'served' papers
qa l| what is small claims court and how much can I claim there
qa l| can my company change my job title without asking me
qa l| if I sign an NDA at an interview, what am I actually agreeing to
reasoning l M| we sent a job offer by email and now want to withdraw it. can we?
reasoning l M| a customer demands we delete all their data but we need invoices for tax. what do we do?
"""

MEDICAL = """
qa m| I get a headache every afternoon at work, what could cause that
qa m| my chest feels tight when I climb stairs. should I be worried?
qa m| how long should a sprained ankle take to heal
qa m| is it bad to take painkillers every day for a week
qa m| can you get the flu jab if you're a bit poorly
qa m| why do I feel dizzy when I stand up too fast
qa m| what's the difference between a cold and covid symptoms these days
qa m| is it normal for a baby to have a temperature after jabs
qa m| how much sleep does a teenager actually need
qa m| my hands go numb at night. what does that usually mean
qa m| can you drink alcohol on antibiotics
qa m| what are the early signs of a stroke
qa m| is it ok to exercise with a cold
qa m| why do my ears pop on planes and is it harmful
qa m| how do I know if a cut needs stitches
qa m| what does it mean if my blood pressure is 150 over 95
qa m| can stress really make you physically ill
qa m| how long is someone contagious with chickenpox
qa m| my eye has been twitching for a week, why
qa m| is it safe to take the pill and antibiotics together
qa m| what should I do if someone is having a seizure
qa m| can you catch shingles from someone
qa m| what does a 'borderline' cholesterol result mean
qa m| is heartburn every night something to see a doctor about
qa m| how do they test for a food allergy
qa m| why does my back hurt more after sitting all day
qa m| what are the side effects people usually get with the shingles vaccine
qa m| what's considered a high resting pulse
qa m| how soon after a head bump should you worry
qa m| my mum keeps forgetting things. when is it more than just age?
reasoning m M| my 4 year old has had a fever for three days but is still eating and playing. do I need to take her in or wait? talk me through it
reasoning m M| I've lost 6kg in two months without trying and feel tired. what could be going on and how urgent is it?
reasoning m M| my dad takes 9 different tablets a day. is that too many, and what should we ask his GP?
reasoning m M| should I go to A&E or wait for my GP for a cut that won't stop bleeding after 20 minutes?
reasoning m M| my teenager gets short of breath playing football but is fine otherwise. asthma or just unfit? how would you tell
reasoning m M| for a night-shift nurse, is it better to sleep straight after a shift or stay up till afternoon? why
reasoning m M| a patient on the ward is more drowsy than yesterday and their sodium dropped. what could link those and what would you check?
reasoning m M| is walking 10k steps a day actually better than 7k, or is that number made up?
reasoning m M| my GP wants to start me on statins but I feel fine. what are the real pros and cons?
reasoning m M| patient is post-op, heart rate creeping up, temperature 38.2, wound looks fine. what are you thinking?
draft m| write a message to my team saying I'm off sick today and who's covering my meetings
draft m| help me write a letter to my GP asking for a referral to a physio
draft m| write a short note for parents that there's been a case of head lice in class
draft m| write patient instructions for looking after a wound at home after minor surgery
draft m| draft a reminder text for patients about their flu vaccine appointment next week
draft m| write a short handover note for the night nurse about a diabetic patient whose sugars have been high
draft m| write a leaflet paragraph on what to do if you miss a dose of your blood thinner
draft m| write a kind message to a patient's family explaining visiting hours are changing
classify m| sort these symptoms into see a doctor today, book an appointment, or self-care: sore throat 2 days, chest pain at rest, mild rash, blood in urine
classify m| which of these are prescription only: ibuprofen 200mg, amoxicillin, paracetamol, sertraline
classify m| urgency of this call: 'my husband fell, hit his head, and now he's being sick'
classify m| is this feedback about staff attitude, waiting times or cleanliness: 'we waited four hours to be seen and nobody told us why'
sentiment m| how does this patient seem to be coping: 'I'm trying to stay positive but the new meds leave me exhausted'
sentiment m| tone of this review of our clinic: 'The physio was brilliant, reception not so much.'
extract m| list the medicines and doses: 'Continue amlodipine 5mg daily, stop ramipril, start losartan 50mg once a day.'
extract m| pull out the test results: 'HbA1c 58, cholesterol 5.9, BP 142/88, weight 91kg.'
summarize m| summarise for the family in plain words: 'Mild COPD exacerbation, treated with steroids and antibiotics, oxygen weaned, mobilising independently, discharge tomorrow with inhaler review.'
summarize m| explain this in simple words: 'Echo shows mildly impaired LV function, EF 45%, no significant valve disease.'
translate m| translate for the patient into Arabic: 'Please do not eat or drink anything after midnight before your operation.'
translate m| put this in Romanian: 'Take two puffs of the blue inhaler when you feel wheezy.'
creative m| write a short upbeat story for kids about a brave teddy bear who gets a plaster cast
creative m| slogan ideas for our hospital's 'walk more at lunch' campaign
math m| how many tablets do I need for a 10-day course of 2 tablets three times a day
math m| drip is running at 125 ml per hour, how long will a 1 litre bag last
math m| BMI for someone 1.72m and 84kg?
math m| patient is 70kg, prescribed 0.5mg/kg. the vial is 10mg/ml. how many ml?
code m| python function to calculate BMI and return the category
code m| sql to count appointments per clinic per week from an appointments table
qa m| what does 'fasting bloods' mean, can I drink water
qa m| how is a migraine different from a normal headache
qa m| what's a normal blood sugar reading before breakfast
qa m| why do antibiotics not work on viruses
qa m| is it true you shouldn't take ibuprofen with asthma
qa m| what does an 'irregular heartbeat' feel like
reasoning m M| should I keep running with a sore knee or rest it? what's the risk either way
reasoning m M| my colleague looks very pale and says she's had heavy periods for months. what might be going on, how do I gently suggest a doctor?
qa m| what does it mean if a mole changes shape
qa m| can a sinus infection go away on its own
"""

SECURITY = """
qa s| I got a text from 'the bank' asking me to confirm a payment I didn't make. what should I do
qa s| someone is messaging our staff on WhatsApp pretending to be the CEO asking for gift cards. what do we tell people?
qa s| my laptop is acting weird and a window keeps popping up asking me to call Microsoft. is that real?
qa s| how do I know if my password was in a data breach
qa s| is it safe to plug in a USB stick I found in the car park
qa s| is using the same password for everything really that bad
qa s| how do hackers actually get into company accounts usually
qa s| is it ok to save passwords in my browser
qa s| what should I do if I emailed a file to the wrong person by accident
qa s| why does IT keep making us do those training videos about emails
qa s| somebody called saying they're from IT and asked for my login code. did I do something wrong by hanging up?
qa s| can someone hack my phone just by sending me a message
qa s| is public wifi at the airport safe for checking work email
qa s| how can someone steal my account if I never gave them my password
qa s| what should I do with old work laptops before we sell them
qa s| why do websites send me a code by text every time I log in
qa s| what's the risk of leaving my computer unlocked when I go for coffee
qa s| my friend's instagram sent me a weird link. was she hacked?
qa s| how often should a small business back up its files
qa s| what is it called when someone follows you through a secure door
qa s| is it safer to use an app for login codes rather than texts
qa s| can a QR code be dangerous
qa s| why is it bad to give everyone admin access
qa s| what happens when a company gets hit by ransomware, in simple terms
qa s| our printer is connected to the internet - is that a risk?
reasoning s M| a contractor left last month and we just noticed he can still log in to our shared drive. how bad is this and what do we do now?
reasoning s M| we got an email from a supplier saying their bank details changed. the email looks real. how should we check before paying?
reasoning s M| our staff keep writing passwords on sticky notes. is it better to force a password manager or relax the rules?
reasoning s M| a customer says they got a weird email from us asking them to log in. what could have happened and what should we check first?
reasoning s M| should we let people use their own laptops from home or give everyone a company one? think about the security side
reasoning s M| the office wifi password hasn't changed in 4 years and visitors use it. how much does that matter?
reasoning s M| my manager wants me to share my login so he can check my emails while I'm on holiday. is that OK, what are the alternatives?
reasoning s M| someone logged into our accounting system at 3am from another country, but the password was right. what are the possible explanations?
reasoning s M| is it worth paying for a penetration test for a 15-person company or are there better uses of the money?
reasoning s M| half our team ignores the security training. is it the training or the people? what would you change
draft s| write a short message telling staff to ignore emails asking them to update their payroll details
draft s| help me write to IT that I think I clicked on something dodgy
draft s| write an announcement that everyone must turn on two-step login by Friday
draft s| write a note to customers that we will never ask for their password by phone
draft s| draft a message to the team reminding them to lock their screens, keep it light
draft s| write a short email to a supplier asking them to confirm the bank change by phone
draft s| write a quick notice that the old VPN is switched off next Monday and what to install instead
draft s| draft a polite reply to a researcher who reported a bug in our website
classify s| which of these are real risks and which are fine: shared wifi password, screen lock after 5 min, admin on all laptops, auto updates on
classify s| is this a scam or a genuine message: 'Your parcel could not be delivered. Pay 1.99 to reschedule at the link below.'
classify s| how urgent is this report from a user: 'my mouse is moving on its own and files are being renamed'
classify s| label each as phishing, spam or normal: 'Meeting moved to 3pm', 'Win a free iPhone', 'Your account will be closed, verify now'
sentiment s| how does this employee feel about the new login rules: 'another app to install, great, as if I wasn't busy enough'
sentiment s| tone of this message from a customer after our data incident: 'I appreciate the honesty but I'm closing my account.'
extract s| list the suspicious bits of this message: 'Dear user, your mailbox is almost full. Click http://mail-upgrade.co to keep your emails. IT Team'
extract s| pull out the usernames and times: 'jsmith failed login 09:14, jsmith failed 09:15, admin success 09:16'
summarize s| give me the short version of what happened: 'At 2am an unknown device signed into the finance mailbox, created a rule to forward invoices to an outside address, and deleted sent items.'
summarize s| summarise for my non-technical boss: 'The attacker used a leaked password for a test account without MFA to access the VPN, then moved to a file server.'
translate s| translate into Dutch: 'Never share your login code, not even with IT.'
translate s| Spanish please: 'If you receive a suspicious email, report it using the button in Outlook.'
creative s| write a little rhyme to remind people to lock their screens
creative s| come up with a mascot name for our anti-phishing campaign
math s| if 1 in 25 people click a test phishing link and we have 650 staff, how many clicks should we expect
math s| our backups are 2TB and upload at 50MB per second. how long does a full backup take
code s| powershell to list all local admin accounts on a windows machine
code s| python script to flag login attempts from more than 5 different IPs for one user in an hour
code s| write a regex that spots lookalike domains of example.com like examp1e.com
qa s| what's the difference between a backup and a sync like OneDrive
qa s| what does it mean when a website says 'your connection is not private'
qa s| why would someone want to steal an ordinary employee's account
reasoning s M| we're a school. teachers want to use free AI tools with student work. what are the security and privacy risks?
reasoning s M| an intern accidentally made a folder with customer data public for 2 days. what do we need to do now?
qa s| what is a security key and do I need one
qa s| should I worry if my email shows up on haveibeenpwned
"""

GENERAL = """
draft g| write an invite for the team's christmas lunch, company's paying up to 30 a head
draft g| write a message to the team that the office cafe now takes card only
draft g| write a note saying the wellbeing room on floor 3 is open again
draft g| help me write a thank you message to my team for covering while I was on sick leave
draft g| write a reminder that the fire drill is tomorrow at 11
draft g| write a welcome message for a new joiner who starts monday in the finance team
draft g| write an out of office for my medical leave, no details, back 3 march
draft g| draft a slack post asking who wants to join the charity run, entry fee is 20
draft g| write a message asking people to stop leaving food in the fridge over the weekend
draft g| write an email inviting the legal team to a leaving do for Marta
draft g| write a short note that the IT helpdesk moves to the 2nd floor next week
draft g| write a birthday message for a colleague who's just back from maternity leave
draft g| help me reply to a recruiter, not interested right now but keep in touch
draft g| draft a quick email to book a meeting room for the budget review on tuesday
draft g| write the announcement for our bake sale raising money for the children's hospital
draft g| write a sorry-I-missed-the-call message to a client
draft g| write a note to the team about the new coffee machine and the 50p honesty box
draft g| write a polite email declining a vendor's invite to a golf day
creative g| write a poem for a colleague retiring after 30 years in accounts
creative g| give me 10 fun quiz questions for the office pub quiz
creative g| write a silly story about the office printer going on strike
creative g| come up with a team name for the security team's five-a-side football
creative g| write a limerick about the legal team's coffee addiction
creative g| write a motivational line for the step challenge leaderboard
creative g| give me a funny caption for a photo of the finance team at the escape room
creative g| write a short rap about monday morning standups
creative g| name ideas for a book club at work
creative g| write a haiku about the office heating being broken
qa g| what's a good icebreaker for a team of 8 people who don't know each other
qa g| how do I set a recurring meeting in outlook
qa g| what's the best way to take notes in meetings
qa g| how do I change my desk booking
qa g| what time zone is Singapore in
qa g| how do I share a google doc with someone outside the company
qa g| how many days is a typical sprint
qa g| what's a good way to say no to extra work without sounding lazy
qa g| what does 'EOD' mean
qa g| how long should a presentation slide deck be for 20 minutes
qa g| how do I recall an email in outlook
qa g| what's the difference between a CV and a resume
qa g| how do I export a teams chat
qa g| how far is it from London to Edinburgh by train, roughly
qa g| what's the etiquette for cameras on in video calls
reasoning g M| we're planning the team offsite. two days at a hotel or one day with an activity? budget is the same
reasoning g M| my team keeps missing deadlines but everyone seems busy. how do I figure out what's going on?
reasoning g M| should we have a shared team inbox or give each person their own customer list?
reasoning g M| we have 4 people wanting the same week off in August. how do I decide fairly?
reasoning g M| is it better to send a weekly update email or hold a weekly meeting for a 10-person team?
reasoning g M| two good candidates for the role, one experienced but expensive, one junior but keen. how would you choose?
reasoning g M| our meetings always overrun. what's causing it and how do we fix it?
reasoning g M| should I move teams for a promotion if I'd lose a manager I really like?
classify g| sort these tasks into urgent and can-wait: reply to client, order team lunch, fix typo on website, renew domain that expires tomorrow
classify g| which of these are questions for HR and which for IT: holiday balance, laptop won't boot, parental leave, password reset
classify g| is this message feedback, a question or a complaint: 'the new desks are too small for two monitors'
classify g| tag each survey answer as about pay, workload or culture: 'I'm stretched thin', 'salaries lag the market', 'people are really kind here'
sentiment g| how's the team feeling based on this: 'busy week but we smashed it, pizza friday please'
sentiment g| positive or negative: 'well, the new expense system is... something'
sentiment g| what's the mood in this message from my manager: 'we need to talk about the Q3 numbers tomorrow'
sentiment g| is this customer feedback mostly happy: 'quick delivery, fair price, packaging was a bit much'
extract g| pull the names and dates: 'Ana is off 2-6 June, Ben 10-11 June, Chen covers both weeks'
extract g| list the rooms and capacities: 'Oak seats 8, Birch 12, the Atrium up to 60'
extract g| get the phone extensions out of this: 'reception ext 200, facilities 214, security desk 230'
extract g| list all the action points: 'we agreed to move launch to June, Priya will update the plan, Tom books the venue'
summarize g| summarise this email thread in 2 lines: 'A: can we move the demo? B: Thursday works. C: I'm out Thursday, Friday? A: Friday 10am then.'
summarize g| one line summary: 'The canteen will close for refurbishment from 4 to 15 November. Food trucks will be in the car park at lunchtimes.'
translate g| translate 'the meeting has been moved to 3pm' into german
translate g| how do you say 'thank you for your patience' in japanese
translate g| translate into italian: 'lunch is on us today, come to the kitchen at 1'
math g| 23 people, tables of 6, how many tables
math g| what's 15% of 480
math g| if the meeting starts at 9:40 and lasts 1h50, when does it end
math g| we ordered 14 pizzas at 12.50 and a 10% tip. total?
math g| convert 5 miles to km
code g| python to rename all files in a folder to lowercase
code g| how do I remove duplicates from a column in excel
code g| write a bash script that backs up my documents folder to a zip with today's date
code g| javascript function to format a date as dd/mm/yyyy
code g| sql to find customers who haven't ordered in 6 months
chat g| haha you're funny
chat g| I'm so done with this week honestly
chat g| hey, you there?
chat g| great thanks!
chat g| ok cool
chat g| hmm not sure about that
chat g| morning! ready for another day?
chat g| sorry I was away, where were we
qa g| what's a good budget app for keeping track of team lunches... actually, what's the easiest way to split a restaurant bill in a group chat
draft g| write a message to the team that the insurance company is coming to inspect the building on thursday, please keep corridors clear
draft g| write an invite to the lunchtime talk on healthy eating, sandwiches provided
draft g| write a note that the office will be closed for the bank holiday on monday
draft g| write a message to the team about the new password-protected guest wifi, the code is on the fridge
creative g| write a short poem for the legal team's 10th anniversary party
summarize g| summarise: 'Parking spaces will be allocated by lottery from January. Staff with medical needs keep their spaces. Apply by 15 Dec.'
qa g| how should I prepare for a job interview for a paralegal role
reasoning g M| we got quotes from two caterers for the annual dinner. one is cheaper but has worse reviews. which would you choose?
qa g| what's a good gift for a colleague leaving for a new job under 20
draft g| write a polite message to my manager asking to leave early on friday for a dentist appointment
draft g| write a thank you email to the finance team for sorting out my expenses so quickly
"""

PASTED = """
summarize f| can you give me the gist{EXP}
classify f| is this claim within policy or does it need a second look? just say which{EXP}
extract f| list each line and amount{EXP}
reasoning f M| anything in here that a finance team would push back on? why{EXP}
math f| what's the total without the minibar and dinner{EXP}
draft f| write a note to the claimant asking for the dinner receipt and attendee names{EXP}
summarize f C| 3 bullets for credit committee{LOAN}
reasoning f M C| would you lend to this person? weigh it up{LOAN}
extract f C| pull out the key numbers{LOAN}
classify f C| low, medium or high risk?{LOAN}
draft f C| write a short decline letter that's kind but clear{LOAN}
math f C| what's the debt to profit ratio if the new loan is approved{LOAN}
summarize l C| what does this mean for me in normal words{EMPC}
reasoning l M C| can they really make me work extra hours without paying me? think it through{EMPC}
extract l C| what's the notice period in and after probation{EMPC}
classify l C| which of these clauses favour the employer and which are neutral{EMPC}
draft l C| write a polite email to HR asking them to clarify clause 8.3 before I sign{EMPC}
translate l C| translate this into Polish for my brother who's signing it{EMPC}
summarize m C| explain this to the patient in plain english{CLINIC}
extract m C| list the tests, results and plan{CLINIC}
reasoning m M C| why bloods every 2 weeks? explain the reasoning behind the monitoring{CLINIC}
draft m C| draft a reply to the consultant confirming we'll arrange the blood tests at the surgery{CLINIC}
classify m C| routine or urgent follow-up?{CLINIC}
translate m C| put this into Spanish for the patient's daughter{CLINIC}
summarize s C| what happened here? quick summary{PROXY}
reasoning s M C| how worried should I be? what do I do first{PROXY}
extract s C| list the host, user, domain and IP{PROXY}
classify s C| is this malware activity or a false positive?{PROXY}
draft s C| write the ticket to the desktop team to isolate the machine{PROXY}
sentiment s C| does this look benign or hostile, one word{PROXY}
code s I| is this change fixing a real problem? explain what it fixes{DIFF}
summarize s I| one-line description of this change for the changelog{DIFF}
classify s I| is this a security fix, a feature or a refactor?{DIFF}
reasoning s M I| does this fully prevent injection or is anything still missing?{DIFF}
draft g| write a reply that keeps this customer without promising a discount{CUST}
sentiment g| how annoyed is this person from 1 to 5{CUST}
classify g| retention risk, complaint or query?{CUST}
summarize g| summarise what they want in one line{CUST}
extract g| what facts does the customer give us{CUST}
summarize m| summarise this for our wellbeing newsletter{SLEEP}
reasoning m M| does this prove that sleep makes people healthier? explain{SLEEP}
extract m| pull the numbers out{SLEEP}
draft m| write a short intranet post about this study for staff{SLEEP}
translate m| translate into French{SLEEP}
sentiment m| is the tone of this optimistic or cautious{SLEEP}
summarize f I| tl;dr for the leadership slack{BOARD}
reasoning f M I| is cutting marketing the right call here? argue both ways{BOARD}
extract f I| list the proposals and the deadline{BOARD}
math f I| how much cash do we have now, roughly{BOARD}
draft f I| write a short message to managers explaining the hiring pause{BOARD}
classify f I| which of these proposals affect customers directly?{BOARD}
summarize s I| what does this policy mean for me as a developer{SECPOL}
qa s I| according to this, can I have permanent admin on my laptop?{SECPOL}
extract s I| list every rule and time limit{SECPOL}
draft s I| write an onboarding paragraph explaining these access rules to new hires{SECPOL}
reasoning s M I| is 8 hours a sensible admin window, or too long? think it through{SECPOL}
translate s I| translate into German for the Munich office{SECPOL}
summarize l| what am I agreeing to here, in plain words{TOS}
reasoning l M| is clause 12 even fair to customers? could it be challenged?{TOS}
extract l| what's the liability limit and how can they change the terms{TOS}
classify l| is this clause customer-friendly or company-friendly?{TOS}
draft l| write a friendlier version of clause 12 for our own terms{TOS}
sentiment l| does this read as fair or one-sided{TOS}
summarize m C| sum these up for the ward round{LABS}
reasoning m M C| the potassium is high - what on the drug list could explain it, and what would you change?{LABS}
extract m C| list the abnormal results{LABS}
classify m C| is this AKI? stage it: 1, 2 or 3{LABS}
math m C| by what percent has creatinine risen from baseline{LABS}
draft m C| write a short message to the GP about these bloods{LABS}
summarize g I| short summary for the manager who missed it{RETRO}
extract g I| list the actions{RETRO}
classify g I| group the points into people, process and tooling{RETRO}
sentiment g I| overall, was this a good sprint or a rough one?{RETRO}
draft g I| write the follow-up email with the actions and owners{RETRO}
creative g I| come up with a funny name for the flaky test quarantine{RETRO}
summarize f C| what am I spending money on, in two lines{STMT}
classify f C| categorise each transaction{STMT}
math f C| total outgoings vs income this month{STMT}
extract f C| list the subscriptions{STMT}
reasoning f M C| where could I save money? be practical{STMT}
summarize g| sum it up in one sentence{BLOG}
extract g| what numbers are mentioned{BLOG}
reasoning g M| would you recommend this move for a team of 5? why or why not{BLOG}
sentiment g| is the author positive about the migration overall{BLOG}
creative g| write a catchy title for this post{BLOG}
translate g| translate this into Portuguese{BLOG}
"""

BOUNDARY = """
qa f| what is a budget deficit
reasoning f M| why did our department end the year over budget when nobody overspent?
qa m| what is cholesterol
reasoning m M| why would cholesterol go up after starting a new diet? think through it
qa l| what is a non-compete clause
reasoning l M| would a 2-year non-compete hold up for a junior salesperson? reason it through
qa s| what is two-factor authentication
reasoning s M| would two-factor have stopped what happened to our finance mailbox? explain why
qa g| what is a retrospective
reasoning g M| why do our retros never lead to change? what would you try
qa g| how does a heat pump work
reasoning g M| heat pump or new boiler for a small office? weigh it up
qa f| what's a pension
reasoning f M| should I opt out of the workplace pension to pay off debts faster? think about the trade-off
qa s| what does encryption do
reasoning s M| if our laptops are encrypted, do we still need to report a stolen one? walk through it
draft g| write a leaving card message for Tom
creative g| write a funny poem for Tom's leaving card
draft f| write the email announcing the new expense policy
creative f| write a funny song about the new expense policy
draft m| write a reminder about flu jabs for staff
creative m| write a rhyme encouraging staff to get their flu jab
draft s| write an email telling people to update their laptops today
creative s| write a short story where a laptop refuses updates and regrets it
draft l| write a letter asking the landlord to fix the damp
creative l| write a silly limerick about a landlord who never fixes anything
draft g| write a product description for our new desk lamp
creative g| give me five playful names for our new desk lamp
summarize g| summarise the retro{RETRO}
extract g| what are the action items{RETRO}
classify g| is this retro mostly positive or mostly about problems? pick one{RETRO}
summarize f| summarise this: 'Revenue 2.1m, costs 1.8m, two new clients signed, one lost.'
extract f| pull the figures from this: 'Revenue 2.1m, costs 1.8m, two new clients signed, one lost.'
classify f| is this a good, ok or bad quarter: 'Revenue 2.1m, costs 1.8m, two new clients signed, one lost.'
summarize m| summarise: 'Patient reports 2 weeks of cough, no fever, non-smoker, chest clear on exam, advised fluids and review if worse.'
extract m| pull out the symptoms and advice: 'Patient reports 2 weeks of cough, no fever, non-smoker, chest clear on exam, advised fluids and review if worse.'
classify m| urgent or routine: 'Patient reports 2 weeks of cough, no fever, non-smoker, chest clear on exam, advised fluids and review if worse.'
summarize s| summarise this alert: 'Impossible travel: user a.khan signed in from Leeds at 09:02 and Singapore at 09:40.'
extract s| pull the user, places and times from this alert: 'Impossible travel: user a.khan signed in from Leeds at 09:02 and Singapore at 09:40.'
classify s| true positive or likely false positive: 'Impossible travel: user a.khan signed in from Leeds at 09:02 and Singapore at 09:40.'
summarize l| gist of this please: 'The seller must deliver by 1 April; if late, the buyer may cancel and get a full refund.'
extract l| what's the deadline and the remedy: 'The seller must deliver by 1 April; if late, the buyer may cancel and get a full refund.'
classify l| is this a warranty, a condition or an indemnity: 'The seller must deliver by 1 April; if late, the buyer may cancel and get a full refund.'
chat g| thanks, that's all for now
qa g| thanks - one more thing, how do I add a signature in gmail?
chat g| you're a lifesaver
draft g| you're a lifesaver - now can you write the follow-up email to the client?
chat g| hello
qa g| hello, what's the wifi password policy for guests usually like?
chat g| I'm bored
creative g| I'm bored, tell me a short story about a cat who runs a bakery
chat g| that's so annoying lol
sentiment g| is this annoyed or joking: 'that's so annoying lol'
chat g| ok I'll try that
chat g| nah that didn't work either, ugh
math f| our revenue was 80k and costs 62k, what's the margin percent
qa f| what does margin mean exactly
math f| loan of 20k at 6% for 4 years, monthly payment?
qa f| why do longer loans cost more overall
math f| if I sell 100 shares bought at 12 for 17.40, what's my profit
qa f| what is capital gains tax
math f| what's the VAT on 1,850 at 20%
qa f| who has to register for VAT
math f| convert 2,500 euros to pounds at 0.86
qa f| why do exchange rates change every day
code s| python script that checks whether a password has been leaked using a hash prefix
qa s| how do websites check my password without storing it
code s| write a firewall rule that only allows ssh from the office network
reasoning s M| should we allow ssh from anywhere if we use keys only? think about the risk
code g| python function that checks a password is at least 12 characters with a number
code s| write a script to find files on the shared drive that contain card numbers
code g| write a script to find duplicate files on the shared drive
qa s| what makes a password strong
code g| function to generate a random 6-letter meeting code
code s| generate a secure random token in python for password reset links
extract g| list the people mentioned: 'Jo chaired, Sam took notes, Lee joined late'
classify g| who spoke most positively: 'Jo: great progress. Sam: fine. Lee: worried about timing.'
sentiment g| how does Lee feel: 'Jo: great progress. Sam: fine. Lee: worried about timing.'
summarize g| summarise the meeting: 'Jo: great progress. Sam: fine. Lee: worried about timing.'
qa m| how long does it take paracetamol to work
math m| if I took paracetamol at 8am and can take it every 4-6 hours, what's the earliest next dose
qa l| how many days of holiday am I entitled to
math l| if I get 28 days a year and started in September, how many do I get for the rest of the year (year ends December)
qa g| what's a good way to remember people's names
reasoning g M| why do I keep forgetting names right after I hear them? what actually works
qa l| what does 'jointly and severally liable' mean
reasoning l M| if my flatmate stops paying, am I on the hook for all the rent? think it through
qa m| what is a normal blood pressure
reasoning m M| my blood pressure is high at the doctor but normal at home. which should I trust? why
draft g| write a tweet announcing our new office in Lisbon
creative g| write a playful poem announcing our new office in Lisbon
draft f| write a note to the team that the bonus payment is in this month's payroll
qa f| when are bonuses usually paid out
translate g| translate 'our office will be closed' into spanish
qa g| what's the spanish word for office
translate l| translate this clause into french: 'The buyer bears all shipping costs.'
qa l| what does 'the buyer bears all shipping costs' mean for me
summarize g| summarise this in one line: 'Due to the storm, all staff should work from home tomorrow; the building will be closed until further notice.'
draft g| write the email telling staff to work from home tomorrow because of the storm
extract f| list the amounts: 'Paid 420 for hosting, 96 for domains and 1,200 for the designer.'
math f| add these up: 'Paid 420 for hosting, 96 for domains and 1,200 for the designer.'
classify f| which of these is the biggest cost category: hosting 420, domains 96, designer 1,200
"""

MULTILINGUAL = """
qa f| ¿Cuánto debería ahorrar cada mes para mi jubilación?
qa f| Comment fonctionne un prêt immobilier à taux fixe ?
qa f| Was bedeutet Eigenkapitalquote?
qa f| O que é uma taxa de juros composta?
qa f| Cos'è un fondo pensione?
reasoning f M| ¿Me conviene pagar mi hipoteca antes o invertir el dinero? Explica por qué.
math f| Si gano 2.300 euros al mes y ahorro el 15%, ¿cuánto ahorro en un año?
draft f| Schreib eine kurze E-Mail an die Bank, dass ich meine Kreditkarte sperren möchte.
qa l| ¿Puede mi jefe despedirme por estar de baja médica?
qa l| Mon propriétaire peut-il garder ma caution pour de l'usure normale ?
qa l| Darf mein Arbeitgeber meine E-Mails lesen?
qa l| Posso recusar horas extras no trabalho?
reasoning l M| Il mio contratto dice 3 mesi di preavviso, ma voglio andarmene prima. Che rischi ho?
draft l| Rédige une lettre de résiliation de mon abonnement internet.
qa m| ¿Es normal tener fiebre después de la vacuna?
qa m| Quels sont les symptômes d'une carence en fer ?
qa m| Wie lange dauert eine Grippe normalerweise?
qa m| Posso tomar ibuprofeno com o estômago vazio?
reasoning m M| Mi padre tiene dolor en el pecho cuando camina. ¿Debería ir a urgencias o esperar a su médico? Razona.
draft m| Escribe un mensaje para los pacientes recordando su cita de control.
qa s| ¿Cómo sé si un correo es phishing?
qa s| Qu'est-ce qu'une attaque par rançongiciel ?
qa s| Warum sollte ich nicht überall dasselbe Passwort benutzen?
reasoning s M| Alguém entrou na minha conta de e-mail do trabalho. O que devo fazer primeiro e porquê?
draft s| Schreibe eine Warnung an alle Mitarbeiter über gefälschte Rechnungs-E-Mails.
qa g| ¿Cómo programo una reunión en Teams?
qa g| Quelle est la meilleure façon de préparer une présentation ?
qa g| Wie schreibe ich eine gute Besprechungsnotiz?
draft g| Escribe un correo para invitar al equipo a la comida de fin de año.
draft g| Écris un message pour souhaiter la bienvenue à une nouvelle collègue.
creative g| Escribe un poema corto sobre los lunes en la oficina.
creative g| Schreib ein lustiges Gedicht über die Kaffeemaschine im Büro.
summarize g| Résume ce texte en une phrase : 'La réunion est reportée à jeudi car la salle est occupée. Merci de confirmer votre présence.'
summarize g| Fasse das kurz zusammen: 'Ab Montag gilt die neue Parkordnung. Besucher parken nur noch auf Ebene 2.'
classify g| ¿Esto es una queja o una pregunta? 'No me llegó el pedido y nadie contesta.'
sentiment g| Est-ce que ce commentaire est positif ou négatif ? 'Service rapide mais personnel peu aimable.'
sentiment g| Ist diese Bewertung positiv? 'Lieferung war schnell, Qualität eher mittel.'
extract g| Extrae las fechas: 'La formación es el 4 de marzo y la evaluación el 18 de marzo.'
translate g| traduce al inglés: 'El lunes no hay reunión.'
translate g| traduis en anglais : 'Le bureau ferme à 18 h vendredi.'
translate g| übersetze ins Spanische: 'Vielen Dank für Ihre Geduld.'
translate f| traduce al inglés: 'Su factura vence el 30 de noviembre.'
translate l| traduis en anglais : 'Le présent contrat est régi par le droit français.'
translate m| übersetze ins Englische: 'Bitte nehmen Sie die Tablette nach dem Essen.'
translate s| traduza para inglês: 'Nunca compartilhe sua senha com ninguém.'
math g| ¿Cuánto es el 18% de 650?
math g| Combien font 7 fois 48 ?
chat g| hola, ¿qué tal?
chat g| merci beaucoup !
chat g| danke, das hilft mir sehr
code g| escribe una función en python que invierta una cadena
code g| écris une requête SQL qui compte les commandes par client
qa f| Kan du forklare hvad en obligation er?
qa g| Hoe laat is het nu in New York?
translate g| vertaal naar het Engels: 'De vergadering begint om tien uur.'
qa m| Cosa devo fare se ho la febbre alta da tre giorni?
qa l| Qual è la differenza tra un contratto a termine e uno a tempo indeterminato?
"""

TERSE = """
summarize g| tldr{RETRO}
summarize f| tldr{BOARD}
summarize m C| tldr{CLINIC}
summarize l C| tldr{EMPC}
summarize s C| tldr{PROXY}
extract f C| amounts only{STMT}
extract m C| meds only{LABS}
extract l| dates + parties: 'Lease between Greyfield Estates and Otto Brandt, from 1 May 2024 to 30 April 2026.'
extract s| IOCs pls: 'C2 at cdn-update[.]info, dropper invoice_231.js, scheduled task "OneDriveSync2"'
classify g| bug or feature: 'can we get a dark mode'
classify s| phish? 'urgent: verify your payroll account today'
classify m| urgent? 'crushing chest pain, sweating, 20 min'
classify f| category: 'Uber 23.40 airport'
classify l| area of law: 'my boss hasn't paid me overtime'
sentiment g| vibe? 'meh, it works I guess'
sentiment f| tone? 'shareholders deserve better than this'
sentiment m| mood? 'finally slept through the night, first time in weeks'
translate g| 'see you tomorrow' -> french
translate g| to german: 'please close the door'
translate f| spanish: 'payment received, thank you'
translate m| portuguese: 'take with water'
translate l| italian: 'all rights reserved'
translate s| french: 'report suspicious emails'
math g| 48*17
math g| 15% of 220
math f| 2,000 at 5% compounded yearly for 3y
math f| 49.99 + 20% vat
math m| 75kg x 15mg/kg
math s| 26^8 combos?
code g| regex email
code g| python: read json file
code g| sql top 10 by sales
code g| js debounce
code s| nmap scan for open ports on a subnet
code s| yara rule for files containing 'mimikatz'
code f| excel: % change B2 to C2
code m| python: convert lbs to kg for a list of patient weights
qa g| capital of canada?
qa f| APR vs APY?
qa l| what's a lien
qa m| normal temp?
qa s| what's a botnet
qa g| define KPI
qa f| define liquidity
qa l| define tort
qa m| define hypertension
qa s| define malware
draft g| ooo msg, back monday
draft f| reminder: invoices due friday
draft l| notice of late payment, short
draft m| sick note message to my manager
draft s| staff alert: fake DHL texts
creative g| team name ideas pls
creative f| pun about budgets
creative l| joke about lawyers, clean
creative m| slogan for hand washing
creative s| poem about passwords, 4 lines
reasoning g M| monday or friday for the all-hands? why
reasoning f M| pay off loan or invest? quick reasoning
reasoning l M| sue or settle for 3k? thoughts
reasoning m M| ice or heat for a pulled muscle? why
reasoning s M| block USB sticks company-wide? yes/no and why
chat g| lol
chat g| ty!
chat g| brb
chat g| cool cool
summarize g| shorten: 'We are pleased to announce that, following a lengthy review process involving multiple stakeholders, the office will reopen on Monday.'
extract g| emails only: 'contact Jo or Sam in the sales team, or Lee in ops'
classify g| priority P1-P4: 'website down for all users'
"""

MORE = """
qa f| how do I read a payslip, what are all the deductions
qa f| why is my tax refund smaller this year
qa f| what's the difference between a current account and a savings account
qa f| can I claim working from home costs against tax
qa f| what does 'overdrawn' mean on my statement
qa f| how do business loans differ from personal loans
qa f| how do landlords work out how much rent to charge
qa f| what's a sensible amount of cash for a small company to keep in the bank
qa f| is it better to get paid weekly or monthly
qa f| what's a wire transfer fee and why is it so high abroad
qa f| can you explain what an annual report is for
qa f| what happens to my loan if interest rates go up
reasoning f M| our team lunch budget got cut in half. is it worth fighting for or should we just do fewer lunches? think about morale vs cost
reasoning f M| a client offered to pay us in shares of their startup instead of cash. sensible?
reasoning f M| I'm getting two job offers: 55k fully remote, or 62k with a 90 minute commute. which pays better really?
reasoning f M| should a small shop accept card payments if the fee is 1.7%? what's the trade-off
reasoning f M| we overpaid a supplier by 4,000 last year and only just noticed. what's the sensible way to handle this?
draft f| write a short letter asking HMRC for more time to pay
draft f| draft an email to clients about our new payment portal
draft f| write a kind message to a customer whose direct debit bounced
classify f| sort these into tax-deductible or not: office chair, personal phone bill, software licence, commute
extract f| pull the rates and terms: 'Fixed 4.19% for 2 years, then variable at 7.99%; fee 999; early repayment charge 3%.'
summarize f| one-liner: 'The fund returned 6.2% this year against a benchmark of 7.0%, mainly due to an underweight in tech.'
sentiment f| is this client worried: 'I just want to be sure my savings are safe with all this news.'
math f| my salary is 3,100 a month after tax and rent is 1,240. what percent of my pay goes on rent?
math f| three quotes: 4,200, 3,950 and 4,480. what's the average and how far is the cheapest below it?
qa l| can my employer change my pay date without telling me
qa l| do I have to work my notice if I resign
qa l| who owns the copyright on a photo a freelancer took for us
qa l| is it legal to pay interns nothing
qa l| can a shop ban me for leaving a bad review
qa l| what can I do if a builder took a deposit and vanished
qa l| can my landlord refuse to let me have a pet
qa l| is it ok to use customer emails for a newsletter they didn't sign up to
qa l| what happens if I break an NDA by accident
qa l| do I need a lawyer to write a will
reasoning l M| a client wants us to sign their contract with unlimited liability. what's the risk and what should we push for?
reasoning l M| an ex-employee is badmouthing us on linkedin with half-truths. what can we realistically do?
reasoning l M| our logo looks a lot like a bigger company's. should we rebrand before they notice? think it through
reasoning l M| a customer wants a refund 40 days after buying, our policy says 30. what's legally required vs good practice?
draft l| write a letter asking a company to delete all the data they hold about me
draft l| write a response to a customer threatening to sue over a late delivery, calm and factual
draft l| draft the part of our handbook that explains how to raise a grievance
classify l| is this a contract dispute or an employment dispute: 'they promised me a bonus in my offer letter and never paid it'
extract l| list the obligations: 'The tenant must pay rent by the 1st, keep the garden tidy, and allow inspections with 24 hours notice.'
summarize l| plain-English version: 'Nothing in this clause shall operate to exclude liability for death or personal injury caused by negligence.'
sentiment l| how aggressive is this letter: 'Failing payment within 7 days, we will issue proceedings without further notice.'
qa m| what's the difference between a paracetamol and an ibuprofen headache, do they work differently
qa m| how long do you have to stay off work with norovirus
qa m| can I go to the gym with a chest infection
qa m| what's a safe amount of caffeine a day
qa m| why do night shifts make me feel sick
qa m| what does a blood test for thyroid check
qa m| how do you tell heat exhaustion from heatstroke
qa m| what helps with back pain from sitting at a desk all day
qa m| is it normal to feel tired all the time after covid
qa m| how often should adults have their eyes tested
reasoning m M| I've had tingling in my feet for a month and I'm diabetic. how worried should I be and why?
reasoning m M| a colleague fainted in a meeting and came round quickly. does she need hospital? walk through it
reasoning m M| is it better to treat a mild fever or let it run? explain the thinking
reasoning m M| the patient's oxygen is dropping but they say they feel fine. what could explain that?
draft m| write a message to parents that a child in class has chickenpox
draft m| draft an email to staff about the new first aiders on each floor
draft m| write discharge advice for someone who had a mild concussion
classify m| which of these need an ambulance: broken finger, can't breathe, nosebleed 5 min, sudden weakness on one side
extract m| pull out the allergies: 'Allergic to penicillin (rash) and latex; no known food allergies; intolerant to codeine.'
summarize m| explain this result simply: 'Mild fatty liver on ultrasound, no focal lesions.'
sentiment m| how anxious does this patient sound: 'I've read everything online and now I'm convinced it's serious'
math m| 3 doses of 250mg a day for 7 days, how many grams in total
math m| infusion of 500ml over 4 hours, what's the rate in ml per hour
qa s| is it safe to click unsubscribe in spam emails
qa s| why do I keep getting password reset emails I didn't ask for
qa s| what should I do if I lose my work phone
qa s| can my employer see what I do on the company wifi
qa s| what's the risk of using free wifi on the train for banking
qa s| should I cover my laptop webcam
qa s| how do scammers get my work email address
qa s| what does 'the certificate has expired' mean when I open a site
qa s| is it ok to forward work email to my personal gmail
qa s| what's the difference between a firewall and antivirus
reasoning s M| our receptionist gets calls asking who our IT provider is. harmless or a problem? why
reasoning s M| we found a spreadsheet of customer passwords in plain text on the shared drive. what now, in order?
reasoning s M| should we let the marketing agency log in with one shared account to our social media? risks and alternatives
reasoning s M| a staff member's laptop was stolen from their car. it had a password but no disk encryption. how bad is it?
draft s| write a message telling staff their accounts will lock after 5 wrong passwords from tomorrow
draft s| write a short FAQ answer: why do I need to approve sign-ins on my phone?
draft s| draft an email to a customer explaining we've reset their password after suspicious activity
classify s| rank these by risk: weak wifi password, no backups, old windows 7 PC, no screen lock
extract s| pull the domains and attachments: 'From billing@paypa1-secure.net, attachment Invoice_8841.html, link to paypa1-secure.net/login'
summarize s| summarise for staff: 'Attackers are calling employees pretending to be the helpdesk and asking them to approve MFA prompts.'
sentiment s| how does this user feel about the security change: 'fair enough, better safe than sorry'
math s| 400 phishing emails blocked per day, how many in a year
code s| python to check whether an SSL certificate on a host expires within 14 days
code s| bash command to see which users have sudo on a linux box
code g| python to send a reminder email every monday
code g| excel formula to count how many cells say 'done'
code g| write a python class for a simple to-do list
draft g| write an email announcing that payday moves to the 25th from next month
draft g| write a note that the health and safety training is now online
draft g| draft an agenda for our monthly team meeting
reasoning g M| our office plants keep dying. is it the light, the watering, or the heating? how would we find out
qa g| what's the best way to organise my inbox
qa g| how do I ask for feedback from my manager without it being awkward
creative g| invent a fun tradition for our team's friday afternoons
summarize g| sum up this slack message for me: 'Hey all, quick one - the client moved the review to next week, so the deck deadline is now Wednesday, not Friday. Shout if that's a problem.'
extract g| what's the new deadline: 'Hey all, quick one - the client moved the review to next week, so the deck deadline is now Wednesday, not Friday.'
classify g| is this an announcement, a request or a question: 'Can everyone update their availability in the sheet by Thursday?'
sentiment g| is the tone here friendly or passive aggressive: 'Per my previous message, please update the sheet.'
translate g| translate 'happy friday everyone' into dutch and swedish
math g| a 3 hour workshop with 2 breaks of 15 min, how much actual teaching time
chat g| I think I need a holiday haha
chat g| you've been really helpful today
"""

MULTI = """
qa f => what's an overdraft ;; draft f => write a message to my bank asking to increase mine || what's an overdraft and can you write a message to my bank asking to increase mine
summarize g I => summarise the retro ;; draft g I => draft an email with the actions || summarise the retro, then draft an email with the actions{RETRO}
extract m C => list the abnormal results ;; reasoning m M C => tell me what worries you most || list the abnormal results and tell me what worries you most{LABS}
classify s C => is this malware ;; draft s C => write the isolation ticket || is this malware? and write the isolation ticket{PROXY}
qa l => can they deduct money from my wages ;; draft l => draft a question to HR about it || can they deduct money from my wages like this? also draft a question to HR about it{EMPC}
math f C => total spending ;; reasoning f M C => suggest where to cut || total spending this month, then suggest where to cut{STMT}
translate g => translate into French ;; summarize g => summarise it for me in English || translate into French and summarise it for me in English: 'Next week's training is cancelled; the new date will be shared soon.'
sentiment g => how does the customer feel ;; draft g => write a reply || how does the customer feel, and write a reply{CUST}
qa s => what is vishing ;; draft s => write a two-line warning for staff || what is vishing? write a two-line warning for staff too
creative g => make up a name for the book club ;; draft g => write the first invite || make up a name for the book club and write the first invite
code g => write a python function to average a list ;; qa g => what's the difference between mean and median || write a python function to average a list, and what's the difference between mean and median?
qa m => what is methotrexate for ;; summarize m C => summarise the plan || what is methotrexate for, and summarise the plan{CLINIC}
extract f I => list the proposals ;; reasoning f M I => which one is riskiest || list the proposals and which one is riskiest?{BOARD}
summarize l => what does this mean ;; reasoning l M => is it enforceable || what does this mean and is it enforceable?{TOS}
draft s I => write a welcome note on access rules ;; creative s I => add a catchy one-liner || write a welcome note on access rules and add a catchy one-liner{SECPOL}
math g => how many per table ;; draft g => write the seating announcement || 48 guests and 6 tables - how many per table? then write the seating announcement
chat g => thanks ;; qa g => how do I export this to pdf || thanks! how do I export this to pdf?
qa f => what's a good credit score ;; reasoning f M => should I wait to apply for a mortgage || what's a good credit score and should I wait to apply for a mortgage if mine is 640?
classify m => urgent or routine ;; draft m => write the triage note || urgent or routine, then write the triage note: 'new confusion in an 80 year old since this morning'
extract s => list the IOCs ;; summarize s => summarise the attack || list the IOCs and summarise the attack: 'Macro doc from hr-benefits[.]co dropped loader.exe which called out to 45.9.148.3 over port 8443.'
"""

EXTRA = """
qa f| what's the difference between a loan and a line of credit
qa f| why do some people say renting is throwing money away
reasoning f M| we're a small team and the accountant bills hourly. fixed fee or hourly, which is better for us?
draft f| write a note asking the team to submit their receipts before month end
math f| 7 people chip in for a 140 gift plus 15 for the card, how much each
classify f| income or expense: refund from supplier, loan repayment, client payment, bank fee
qa l| how long do I need to keep employee records
qa l| can I film my landlord's inspection
reasoning l M| we want to use customer testimonials on our site. what permissions do we need and why?
draft l| write a short disclaimer for our blog saying posts aren't legal advice
qa m| what's a healthy amount of screen time for kids
qa m| why do I get cramp at night
reasoning m M| pregnant colleague asked if she can keep doing heavy lifting in the warehouse. what should we consider?
draft m| write a notice that the blood donation van is in the car park on Friday
qa s| what's a brute force attack in normal words
qa s| why do I need to change my password if I didn't do anything wrong
reasoning s M| a vendor asked for our employee list to 'set up accounts'. how do we check this is legit?
draft s| write a reminder that visitors must sign in and wear a badge
qa g| how do I write a good job description
qa g| what should go in a project kickoff
draft g| write a message congratulating the team on winning the tender
creative g| write a short poem about spreadsheets for the finance team's newsletter
reasoning g M| should we switch our team chat from Slack to Teams? weigh it up for a 25-person team
summarize g| summarise: 'Due to roadworks, the main entrance is closed until the 20th. Please use the side door by the car park.'
extract g| pull the times: 'doors 6pm, talks 6:30 to 8, drinks after'
translate g| translate to polish: 'the lift is out of order'
code g| python to count words in a text file
math g| 2.5 hours at 3 tasks per hour, how many tasks
sentiment g| happy or unhappy: 'not bad for a first try'
classify g| meeting, deadline or reminder: 'submit timesheets by 5pm'
chat g| phew, long day
qa f| how do I know if a pension fee is high
qa l| what rights do I have if my employer goes bust
qa m| how do I know if I'm dehydrated
qa s| what is a password manager and is it safe to put everything in one
reasoning f M| is an extended warranty on a 900 laptop worth buying? reason it out
reasoning l M| a client's cheque bounced and they say it's the bank's fault. what do we do?
reasoning m M| should staff who have a cold come into the office or stay home? what's the sensible policy
reasoning s M| should we let staff install any browser extension they like? think about the risks
draft f| write the message letting staff know pay rises take effect in April
draft l| write a polite note asking a supplier to sign the updated contract by Friday
draft m| write a return-to-work note template after sick leave
draft s| write a quick note that phishing test results are in and what they mean
creative f| give me 3 funny names for our office savings club
creative l| write a two-line poem about signing contracts
creative m| come up with a name for our lunchtime walking group
creative s| write a spooky halloween story about a hacker in the office, keep it short
summarize f| sum up: 'Pricing for the Pro plan rises from 12 to 14 per user from March; existing annual customers keep their price until renewal.'
summarize l| sum up: 'Users must be 16 or over. We may suspend accounts that break these rules without notice.'
summarize m| sum up: 'The clinic will offer walk-in blood tests on Tuesdays and Thursdays from 8 to 11am; fasting tests must be booked.'
summarize s| sum up: 'From Monday, all logins to the HR system require a security key; keys can be collected from IT.'
extract f| pull the prices: 'Basic 9/month, Pro 14/month, Team 39/month for 5 users.'
extract m| pull the appointment details: 'Physio with Leah, Thu 14 Nov 10:30, room 4B, bring trainers.'
extract s| list the accounts mentioned: 'svc_backup, admin01 and jdoe were all locked after the spray attack.'
classify f| which of these are recurring costs: rent, new sofa, broadband, insurance, laptop
classify m| which department: 'rash that won't go away', 'broken wrist', 'blurry vision'
classify s| low, medium or high: 'someone tailgated into the server room'
sentiment f| how does the customer feel about the new fees: 'another fee? seriously?'
sentiment l| is this tenant cooperative: 'happy to let you in any time this week, just text first'
sentiment s| tone of this user: 'I reported the phishing email, hope that helps!'
translate f| translate to italian: 'your subscription will renew automatically'
translate m| translate to turkish: 'please arrive 15 minutes before your appointment'
translate s| translate to german: 'your password expires in 3 days'
math l| if the fine is 150 and drops by half if paid within 14 days, what do I pay on day 10
math m| 2 tablets every 6 hours, how many in 3 days
math s| 80 laptops need a 20 minute update each, with 4 techs, how long
code f| python to read a bank csv and total spending by category
code l| python to find all dates in a contract text file
code m| sql: list patients with more than 3 missed appointments
qa g| how do I politely remind someone they owe me a reply
qa g| what's a good length for a cover letter
"""


BALANCE = """
code g| write a python script that merges all csv files in a folder into one
code g| how do I make a column in pandas lowercase
code g| bash: find files bigger than 1GB in my home folder
code g| write a unit test for a function that adds two numbers
code g| typescript type for an object with optional email
code g| fix my loop, it prints the last item twice: for i in range(len(xs)+1): print(xs[i-1])
code g| google apps script that emails me when a sheet cell changes
code g| write a dockerfile for a simple node app
code f| python to compute monthly loan payments from principal, rate and years
code f| sql to find invoices more than 30 days overdue
code s| python to hash a file with sha256 and compare it to a known value
code s| write a script that disables accounts not used in 90 days in active directory
code s| splunk query for more than 20 failed logins per user in 10 minutes
code m| python to flag blood pressure readings above 140/90 in a csv
code l| script to find every contract in a folder that mentions 'auto-renew'
math g| if 3 printers print 90 pages in 5 minutes, how many pages do 5 printers print in 8 minutes
math g| a room is 4.2m by 3.5m. how many square metres of carpet
math g| what's the average of 14, 19, 22 and 31
math g| 250 people, 38% said yes. how many is that
math f| I pay 65 a month for my phone. how much is that over a 24 month contract
math f| 1,000 shares fell 12% then rose 12%. am I back to even? how much is it worth now
math f| our costs are 18k a month and we make 1,500 per sale. how many sales to break even
math m| a patient drinks 250ml every 2 hours while awake for 16 hours. total fluid?
math s| if each of 1,200 staff gets 3 phishing emails a week and 2% click, clicks per week?
extract g| pull the names and roles: 'Maya (design lead), Karl (backend), Ines (PM)'
extract g| get every url from this: 'docs at wiki.internal/onboard and the form at forms.example.com/join'
extract f| list the line items and prices: 'Chairs x4 at 85, desk 320, delivery 45'
extract l| pull the notice period and renewal date: 'This agreement renews each 1 July unless either party gives 60 days notice.'
extract m| list the vaccines and dates: 'MMR 12/03/2019, tetanus booster 04/07/2021, flu 10/10/2023'
extract s| pull out the file names and hashes: 'payload.dll (a3f9...21), run.bat (7c01...9e)'
classify g| put these in order of priority: book flights, answer client email, tidy desktop, submit report due today
classify g| which of these are open questions and which are yes/no: 'Did you send it?', 'What went wrong?', 'Is it ready?'
classify f| classify these as fixed or variable: electricity, rent, sales commission, software licence
classify l| which of these are personal data: postcode, favourite colour, email, employee ID
classify m| acute or chronic: 'knee pain for 5 years', 'sudden back pain this morning', 'asthma since childhood'
classify s| which are strong passwords: 'Summer2024', 'correct-horse-battery-staple', '123456', 'Tr!9vQ#m2p'
sentiment g| how does the team feel about the move: 'excited but a bit nervous about the commute'
sentiment g| rate the mood 1-5: 'honestly this project has been a nightmare from day one'
sentiment f| is this investor comment positive or negative: 'solid quarter, boring but solid'
sentiment m| how does the patient feel about the operation: 'nervous, but glad it's finally happening'
sentiment l| is the landlord being friendly or hostile: 'I'll be round Monday to inspect, be there'
sentiment s| how does the IT team feel: 'another weekend patching, love it'
translate g| translate into spanish: 'the meeting room is booked until 4'
translate g| how do I say 'please find attached' in german
translate f| into dutch: 'the invoice has been paid in full'
translate l| into spanish: 'the tenant must give one month notice'
translate m| into french: 'drink plenty of water and rest'
translate s| into italian: 'lock your screen when you leave your desk'
creative g| write a 4-line poem about the office plant that refuses to die
creative g| come up with a riddle for the team quiz
creative f| write a short story about a coin that wants to be spent
creative l| give me a funny title for our GDPR training session
creative m| write a bedtime story about a dragon who's scared of the dentist
creative s| write a funny fake horoscope for the security team
summarize g| two lines: 'We tested three suppliers. Supplier A was cheapest but slow; B was fastest and mid-priced; C had the best support but cost 30% more.'
summarize f| summarise: 'Card fees drop to 1.2% from May. Chargebacks now cost 15 each. Payouts move from weekly to daily.'
summarize l| short version: 'You can cancel your subscription any time; refunds are only given for the current month if requested within 7 days.'
summarize m| summarise for a patient: 'Your x-ray shows no fracture; the pain is likely a soft tissue injury and should settle in 2-6 weeks.'
summarize s| summarise: 'A misconfigured storage bucket exposed 3,000 marketing contacts for 6 hours; it has been locked and access logs show two downloads.'
draft g| write a polite chaser to someone who hasn't replied about the meeting time
draft f| write a short note asking the team to review their software subscriptions to cut costs
draft l| write a message to a customer saying we can't share another person's account details
draft m| write an email telling staff the occupational health team has new drop-in hours
draft s| write a message telling the team that USB sticks are banned from today
reasoning g M| we've got one big client making up 60% of our work. should we worry? what should we do
reasoning f M| the company offers shares at 15% discount through payroll. is that worth joining?
reasoning l M| can we make overtime compulsory in busy season? what should we think about
reasoning m M| is it better to take antihistamines every day in hay fever season or only when symptoms hit?
reasoning s M| we use the same admin password on all our shop tills. how risky is that really?
chat g| anyway, enough about work
chat g| right, I'm off for lunch
"""


# Plain "why/how/what do you think" questions and word problems with no domain:
# the plain-language domain rows above share this generic wording, so without
# these the domain head learned to read "why does / is it normal" as medical
# and "how much" as finance.
PLAIN_GENERAL = """
qa g| why does bread go stale faster in the fridge
qa g| how do planes stay in the air
qa g| why is the sea salty
qa g| what do you think about working four days a week
qa g| is it normal for a kettle to make that clicking noise
qa g| why do cats knock things off tables
qa g| how does a microwave heat food
qa g| why do leaves change colour in autumn
qa g| what do you think of open-plan offices
qa g| how do noise-cancelling headphones work
qa g| why does my phone battery drain faster in the cold
qa g| is it normal that my laptop fan is loud on video calls
qa g| why do we have leap years
qa g| how does a dishwasher actually clean things
qa g| why is the Pacific called pacific
qa g| what's your opinion on standing desks
qa g| why do onions make you cry
qa g| how do they measure the height of mountains
qa g| what would happen if the moon disappeared
qa g| why is it called a 'hamburger'
qa g| how long does it take to learn to touch type
qa g| is it rude to eat at your desk during a call
qa g| why do zebras have stripes
qa g| what's better, tea or coffee, honestly
qa g| how do elevators know which floor to go to
math g| a shop sells 4 notebooks for 6. how much for 10 notebooks
math g| a car uses 6 litres per 100 km. how much fuel for 350 km
math g| I read 25 pages a day. how long for a 410 page book
math g| a recipe for 4 needs 300g flour. how much for 10 people
math g| if a download is 3.2 GB at 40 Mbps, how long does it take
math g| how much does it cost to run a 2 kW heater for 5 hours at 0.30 per kWh
math g| tickets are 12 for adults and 7 for kids. 3 adults and 4 kids?
math g| a 20% off coupon on a 45 item, what's the price
reasoning g M| why do some meetings feel productive and others don't? what's the difference
reasoning g M| cats or dogs for a busy flat-sharing household? weigh it up
chat g| what do you think about pineapple on pizza haha
chat g| do you ever get tired of answering questions
creative g| write a bedtime story about a robot who can't sleep
translate g| translate these error messages into french: 'File not found', 'Session expired'
"""

_BLOCKS = (PLAIN_GENERAL, BALANCE, FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, PASTED, BOUNDARY,
           MULTILINGUAL, TERSE, MORE, EXTRA)  # fmt: skip


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
    """``"intent d [M|H] [I|C|R]"`` -> a gold task (math needs the calculator)."""
    intent, d, *codes = spec.split()
    cx = "medium" if "M" in codes else "high" if "H" in codes else "low"
    for c in codes:
        if c in _SENS:
            sens = max(sens, _SENS[c], key=_LEVEL.index)
    return {"text": clause, "intent": intent, "domain": _DOMAIN[d], "complexity": cx,
            "sensitivity": sens, "tools": ["calculator"] if intent == "math" else []}  # fmt: skip


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(text: str, specs: list[tuple[str, str]], sens: str) -> None:
        clean, spans = strip_marks(text)
        if spans:
            sens = max(sens, "confidential", key=_LEVEL.index)
        tasks = [_task(spec, clause, sens) for spec, clause in specs]
        out.append({"id": f"diverse2-{len(out):05d}", "text": clean, "tasks": tasks,
                    "pii": spans, "hard_negative": False})  # fmt: skip

    for block in _BLOCKS:
        for line in block.strip().splitlines():
            spec, _, raw = line.partition("| ")
            text, sens = _expand(raw.strip())
            add(text, [(spec, "")], sens)
    for line in MULTI.strip().splitlines():
        specs, _, raw = line.partition(" || ")
        text, sens = _expand(raw.strip())
        parts = [p.partition(" => ") for p in specs.split(" ;; ")]
        add(text, [(s.strip(), c.strip()) for s, _, c in parts], sens)
    return out


def main() -> None:
    data = rows()
    with open(HERE / "train_diverse2.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    multi = sum(len(r["tasks"]) > 1 for r in data)
    print(f"train_diverse2: {len(data)} rows, {multi} multi-task")


if __name__ == "__main__":
    main()
