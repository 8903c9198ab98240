"""Hand-written development set ``fresh.jsonl`` -- NEVER used for training.

Why it exists: ``test.jsonl`` comes from the same templates as the training
split, so it cannot tell whether the intent stage generalises. These requests
were written from scratch in styles the templates do not use (terse commands,
buried asks in long emails, bullet lists, mixed languages, pasted logs/code/
tables, chat follow-ups, typos, RouterBench-style MCQ/winogrande/MBPP prompts,
PII and hard negatives in new formats). They are a proxy for the unseen
acceptance set: measure on them, never fit to them.

Usage: ``python tests/data/intent/fresh_source.py`` (rewrites fresh.jsonl).

Task spec strings read ``"intent domain complexity sensitivity [tools...]"``
with short forms (pub/int/conf/res; calc/retr/code/web); the optional
``| text`` part names the clause. PII is marked with :func:`contexts.mark`.
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

_SENS = {
    "pub": "public",
    "int": "internal",
    "conf": "confidential",
    "res": "restricted",
}
_TOOLS = {"calc": "calculator", "retr": "retrieval", "code": "code_execution",
          "web": "browsing"}  # fmt: skip
_rng = random.Random(31337)

Row = tuple[str, list[dict[str, Any]], bool]


def T(spec: str) -> dict[str, Any]:
    """``"intent domain cx sens tools | clause"`` -> a gold task dict."""
    head, _, clause = spec.partition("|")
    intent, domain, cx, sens, *tools = head.split()
    return {"text": clause.strip(), "intent": intent, "domain": domain,
            "complexity": cx, "sensitivity": _SENS[sens],
            "tools": sorted(_TOOLS[t] for t in tools)}  # fmt: skip


def R(text: str, *specs: str, hard: bool = False) -> Row:
    return text, [T(s) for s in specs], hard


# validated values in formats the generator does not produce
CARD_DASH = mark("CREDIT_CARD", "4539-1488-0343-6467")
AMEX = mark("CREDIT_CARD", "3782 822463 10005")
CARD2 = mark("CREDIT_CARD", pv.card(_rng).replace("-", " "))
CARD3 = mark("CREDIT_CARD", pv.card(_rng).replace("-", "").replace(" ", ""))
IBAN_GB = mark("IBAN", "GB82 WEST 1234 5698 7654 32")
IBAN_NL = mark("IBAN", "NL91ABNA0417164300")
IBAN_FR = mark("IBAN", "FR14 2004 1010 0505 0001 3M02 606")
IBAN_CH = mark("IBAN", "CH93 0076 2011 6238 5295 7")
SSN1 = mark("US_SSN", pv.ssn(_rng))
SSN2 = mark("US_SSN", pv.ssn(_rng))
NRIC1 = mark("SG_NRIC", pv.nric(_rng))
NRIC2 = mark("SG_NRIC", pv.nric(_rng).lower())
NRIC3 = mark("SG_NRIC", pv.nric(_rng))
EM1 = mark("EMAIL", "ops-team+alerts@mail.example.co.uk")
EM2 = mark("EMAIL", "r.okonkwo@northwind-legal.com")
EM3 = mark("EMAIL", "helpdesk@fabrikam.net")
EM4 = mark("EMAIL", "wei.ling_tan@sgx-health.sg")
PH1 = mark("PHONE", "+44 20 7946 0958")
PH2 = mark("PHONE", "(415) 555-2671")
PH3 = mark("PHONE", "+65-6123-4567")
PH4 = mark("PHONE", "+1 (312) 555-0148")
PH5 = mark("PHONE", "+49 30 901820")
IP1 = mark("IP_ADDRESS", "10.20.30.40")
IP2 = mark("IP_ADDRESS", "172.16.8.14")
IP3 = mark("IP_ADDRESS", "fe80::a00:27ff:fe4e:66a1")
IP4 = mark("IP_ADDRESS", "198.51.100.23")
IP5 = mark("IP_ADDRESS", "2001:db8:4f::1c")
IP6 = mark("IP_ADDRESS", "192.0.2.200")

CODE_PY = """def get_totals(orders):
    result = []
    for i in range(len(orders)):
        if orders[i]["status"] == "paid":
            result.append(orders[i]["amount"] * 1.2)
    return result"""

CODE_JS = """function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms)
  }
}"""

REVIEW = "Ordered the standing desk three weeks ago. Arrived with a cracked leg, support took 9 days to reply and then asked me to pay for return shipping. Never again."

ARTICLE = (
    "City councils across the region are trialling four-day weeks for municipal staff. "
    "Early results from a six-month pilot in two towns show sick days falling by a "
    "quarter and no measurable drop in service levels, although waste collection "
    "schedules had to be reorganised. Unions welcomed the findings but warned that "
    "frontline workers such as bus drivers cannot easily compress their hours, and "
    "critics argue the pilot was too short to capture long-term effects on costs."
)

CONTRACT = (
    "7.2 Either party may terminate this Agreement for convenience on ninety (90) days' "
    "written notice, provided that no termination for convenience shall take effect "
    "before the end of the Initial Term. 7.3 Upon termination, the Customer shall pay "
    "all fees accrued up to the effective date of termination. 7.4 Sections 9 "
    "(Confidentiality) and 11 (Limitation of Liability) survive termination."
)


def _terse() -> list[Row]:
    return [
        R(
            "list the top 3 risks of moving payroll to a new vendor mid-year",
            "reasoning finance medium pub",
        ),
        R("tl;dr pls\n\n" + ARTICLE, "summarize general low pub"),
        R("fix\n\n```js\n" + CODE_JS + "\n```", "code general low int"),
        R("gimme 5 names for a coffee subscription box", "creative general low pub"),
        R("haiku about kubernetes", "creative general low pub"),
        R("convert 72 fahrenheit to celsius", "math general low pub calc"),
        R("sentiment?\n\n" + REVIEW, "sentiment general low pub"),
        R(
            'Spanish please: "The office is closed on Monday for the public holiday."',
            "translate general low pub",
        ),
        R(
            "Name the parties and the notice period.\n\n" + CONTRACT,
            "extract legal low conf",
        ),
        R(
            "Proofread:\n\nwe has received you're application and will be in touch shortly regarding next step's.",
            "draft general low pub",
        ),
        R(
            "Outline a 30-60-90 day onboarding plan for a new SOC analyst",
            "draft security medium pub",
        ),
        R("Regex for UK postcodes", "code general low pub"),
        R(
            "Estimate the monthly payment on a $350,000 mortgage at 6.1% over 30 years",
            "math finance low pub calc",
        ),
        R(
            "Boil this down to three bullets:\n\n" + ARTICLE,
            "summarize general low pub",
        ),
        R(
            "SQL to find customers with no orders in the last 90 days",
            "code general low pub",
        ),
        R("Define EBITDA", "qa finance low pub"),
        R(
            "Taglines for cybersecurity awareness month. Make them punchy.",
            "creative security low pub",
        ),
        R(
            "Categorise this ticket: 'App crashes when I upload a photo larger than 10MB on Android 14.'",
            "classify general low pub",
        ),
        R(
            "Rejection email for a job applicant, kind tone, mention we'll keep the CV on file",
            "draft general low pub",
        ),
        R("Condense into one line: " + REVIEW, "summarize general low pub"),
        R(
            "Bash one-liner to delete log files older than 7 days",
            "code general low pub",
        ),
        R(
            "Recommend one: AWS Lambda or a small ECS service for a cron job that runs every 5 minutes?",
            "reasoning general medium pub",
        ),
        R(
            "Give me a limerick about a forgetful accountant",
            "creative finance low pub",
        ),
        R("Explain deductibles like I'm 12", "qa finance low pub"),
        R(
            "Triage: 'Patient reports crushing chest pain radiating to left arm, sweating, onset 20 min ago.' Urgent, soon or routine?",
            "classify medical low conf",
        ),
        R(
            "mood of this tweet -> 'finally got my refund after 6 weeks, thanks for nothing @bank'",
            "sentiment finance low pub",
        ),
        R(
            "Write a docstring for this:\n\n```python\n" + CODE_PY + "\n```",
            "code general low int",
        ),
        R("Suggest a name for our internal hackathon", "creative general low pub"),
        R("Draft an out-of-office reply, back on the 14th", "draft general low pub"),
        R("Simplify: (x^2 - 9)/(x - 3)", "math general low pub calc"),
    ]


def _questions() -> list[Row]:
    return [
        R("Why does ice float on water?", "qa general low pub"),
        R("How many milligrams are in 2.5 grams?", "math general low pub calc"),
        R(
            "What's the statute of limitations for a written contract claim in California?",
            "qa legal low pub",
        ),
        R("What is the half-life of amoxicillin?", "qa medical low pub"),
        R(
            "For a retiree, which is riskier: a bond ladder or a dividend ETF? Walk me through it.",
            "reasoning finance medium pub",
        ),
        R(
            "Can a landlord keep the deposit for normal wear and tear?",
            "qa legal low pub",
        ),
        R(
            "With $3.2M in the bank and a monthly burn of $400k, how many months of runway do we have?",
            "math finance low pub calc",
        ),
        R("Who was the first woman to win a Nobel Prize?", "qa general low pub"),
        R(
            "Is a fever of 39°C normal for a toddler the day after a vaccination?",
            "qa medical low pub",
        ),
        R("What does a CVSS score of 9.8 mean in practice?", "qa security low pub"),
        R(
            "If every manager is an employee and some employees work remotely, does it follow that some managers work remotely?",
            "reasoning general medium pub",
        ),
        R("How do I rotate IAM access keys without downtime?", "qa security low pub"),
        R("What's a 15% tip on $86.40?", "math general low pub calc"),
        R(
            "Our login page is only slow on Monday mornings. What could explain that?",
            "reasoning general medium pub",
        ),
        R("What is the capital of Australia?", "qa general low pub"),
        R("Solve for x: 3x - 7 = 11", "math general low pub calc"),
        R("Is a verbal agreement legally binding in England?", "qa legal low pub"),
        R(
            "What's the probability of rolling two sixes with two fair dice?",
            "math general low pub calc",
        ),
        R("How does TLS 1.3 differ from TLS 1.2?", "qa security low pub"),
        R("What are the early signs of sepsis?", "qa medical low pub"),
        R("Which planet has the shortest day?", "qa general low pub"),
        R("Why do bond prices fall when interest rates rise?", "qa finance low pub"),
        R(
            "Should a 40-person startup self-host its password manager or buy a SaaS one? Consider cost, risk and admin effort.",
            "reasoning security high pub",
        ),
        R(
            "What is the difference between a patent and a trade secret?",
            "qa legal low pub",
        ),
        R(
            "How long would it take to download a 4.7 GB file on a 50 Mbps connection?",
            "math general low pub calc",
        ),
        R(
            "what's the boiling point of water at the top of Everest",
            "qa general low pub",
        ),
        R(
            "A patient on lithium starts ibuprofen for back pain. What could go wrong and why?",
            "reasoning medical medium pub",
        ),
        R("How does a Roth IRA work?", "qa finance low pub"),
        R("What does 'force majeure' actually cover?", "qa legal low pub"),
        R(
            "Which is more secure for an API: long-lived API keys or short-lived OAuth tokens, and why?",
            "reasoning security medium pub",
        ),
    ]


def _emails() -> list[Row]:
    return [
        R(
            "Hi there,\n\nHope you had a good weekend. I'm putting together the board pack for Thursday and, as usual, everything is running late - finance only sent their numbers on Friday and legal are still going through the vendor terms. Anyway, would you be able to turn the notes below into a one-page summary for the directors? No rush before lunch.\n\nNotes:\nRevenue up 6% QoQ, churn flat at 2.1%. Hiring freeze continues in G&A. Vendor contract renewal blocked on indemnity wording. New office lease signed, move in September.\n\nThanks so much!",
            "summarize finance low int",
        ),
        R(
            "Dear team,\n\nFollowing yesterday's outage, several customers have written in asking what happened and whether their data was affected. Our position is that no data was lost; the outage lasted 47 minutes and was caused by an expired TLS certificate on the load balancer. Could someone please draft a short, honest customer-facing explanation we can send today? Keep it non-technical.\n\nBest,\nOps",
            "draft security low int",
        ),
        R(
            "Hello,\n\nI'm a first-time landlord and my tenant has asked to sublet a room to a friend for three months. The lease says nothing about subletting either way. I don't want to be unreasonable but I'm worried about insurance. I suppose my question is: am I allowed to refuse, and what are the risks if I say yes?\n\nMany thanks",
            "reasoning legal medium pub",
        ),
        R(
            "Hi,\n\nQuick context: we're a 12-person design studio and our bookkeeper just left. I've been handed the VAT return which is due at the end of the month. Sales this quarter were £84,000 and purchases £21,500, both standard rated at 20%. How much VAT do we owe?\n\nCheers",
            "math finance low pub calc",
        ),
        R(
            "Good morning Dr. "
            + mark("PERSON", "Abernathy")
            + ",\n\nThank you for seeing my father last week. We received the blood test results this morning but we honestly don't understand most of it. Would you mind explaining in plain language what the results below mean?\n\nHb 98 g/L (low), MCV 72 fL (low), ferritin 8 ug/L (low), CRP 3 mg/L\n\nKind regards",
            "qa medical low conf",
        ),
        R(
            "Hey,\n\nSorry to bother you on a Friday. Procurement forwarded me a quote from a new supplier and I think it's fine, but something about it feels off - the bank details changed from the last invoice and they're asking for payment today. Can you tell me whether this looks like invoice fraud?\n\nFrom the email: 'Please note our new bank account below, effective immediately. Kindly settle invoice 2291 today to avoid service suspension.'",
            "classify security low int",
        ),
        R(
            "Hi both,\n\nAs discussed in the steering group, we'd like to announce the new flexible-working policy to all staff on Monday. HR has approved the wording, legal has signed off. What's missing is the announcement itself - something warm, about 150 words, that explains employees can work from home up to three days a week from 1 July. Could one of you put that together?\n\nThanks,\nM.",
            "draft general low int",
        ),
        R(
            "Hello support,\n\nI've been a customer for six years and I'm honestly shocked. I was charged twice for my annual plan, I've emailed three times and nobody replied. I expect a full refund of the duplicate charge within 5 business days or I will cancel and dispute it with my bank.\n\n---\nPlease classify the message above into one of: billing, technical, account, other.",
            "classify finance low pub",
        ),
        R(
            "Hi!\n\nWe're planning the team offsite in Lisbon and I've been asked to come up with a fun theme and a few icebreaker activities that aren't cringe. We're 25 people, mostly engineers, mix of introverts. Any ideas?",
            "creative general low pub",
        ),
        R(
            "Dear colleagues,\n\nAttached you'll find the audit committee minutes. I know everyone is busy so I'll keep it short - I need somebody to pull out every action item with its owner and due date and put them in a table. That's all.\n\nMinutes excerpt:\nAction: Finance to reconcile intercompany balances by 30 June (owner: CFO). Action: IT to complete access review by 15 July (owner: CISO). Action: Legal to update the whistleblowing policy by Q3 (owner: GC).",
            "extract finance low int",
        ),
        R(
            'Hi, hope all\'s well. So our German distributor sent over a complaint and my German is rusty at best. Could you give me an English version of it?\n\n"Sehr geehrte Damen und Herren, die letzte Lieferung ist beschädigt angekommen und wir erwarten eine Gutschrift bis Ende der Woche."',
            "translate general low pub",
        ),
        R(
            "Evening - long day here. One of our juniors wrote this helper and it works, but the code review keeps getting stuck on it. Could you rewrite it so it's readable?\n\n```python\n"
            + CODE_PY
            + "\n```",
            "code general low int",
        ),
    ]


def _lists() -> list[Row]:
    return [
        R(
            "Before Friday:\n- summarise the Q3 variance report below\n- flag every line that is more than 10% over budget\n- draft a note to the CFO with the headline\n\nQ3 variance: Marketing 412k vs 350k budget; Travel 88k vs 90k; Cloud 1.21M vs 1.02M; Salaries 4.8M vs 4.75M.",
            "summarize finance low int|summarise the Q3 variance report below",
            "extract finance low int|flag every line",
            "draft finance low int|draft a note to the CFO",
        ),
        R(
            "Three things for the onboarding doc:\n1. a welcome paragraph for new engineers\n2. a checklist for their first week\n3. a short FAQ about on-call",
            "draft general low pub",
            "draft general low pub",
            "draft general low pub",
        ),
        R(
            "Can you help with:\n* translating our cookie banner into Italian\n* writing alt text for the hero image (a team hiking at sunrise)",
            "translate legal low pub",
            "creative general low pub",
        ),
        R(
            "todo for the incident:\n- what's the likely root cause given the logs below?\n- write the customer status page update\n\n"
            + "02:14:07 db-primary: too many connections (max 500)\n02:14:09 api-7: upstream timeout after 30000ms\n02:15:30 autoscaler: scaled api from 12 to 40 replicas",
            "reasoning security medium int",
            "draft security low int",
        ),
        R(
            "Quick asks:\n- Convert 2,500 EUR to USD at 1.08\n- Tell me whether the difference between 1.08 and 1.10 matters for a 2,500 payment",
            "math finance low pub calc",
            "reasoning finance low pub",
        ),
        R(
            "For the patient leaflet:\n• explain what an MRI is in plain words\n• list what to avoid bringing into the scanner room\n• translate the whole thing into Tamil",
            "qa medical low pub",
            "qa medical low pub",
            "translate medical low pub",
        ),
        R(
            "Pls:\n(a) extract the renewal date from the clause below\n(b) tell me if 90 days' notice is standard\n\n"
            + CONTRACT,
            "extract legal low conf",
            "qa legal low conf",
        ),
        R(
            "Need two things on the logging module:\n\n- Add structured JSON output\n- Write a short README section on how to configure it",
            "code general medium pub",
            "draft general low pub",
        ),
        R(
            "Sprint review prep\n1) summarise what shipped (notes below)\n2) come up with a fun name for the next sprint\n\nShipped: SSO for enterprise tenants, CSV export, dark mode beta. Slipped: audit log retention.",
            "summarize general low int",
            "creative general low pub",
        ),
        R(
            "- Who regulates banks in Singapore?\n- What's the MAS notice on technology risk called?",
            "qa finance low pub",
            "qa finance low pub",
        ),
        R(
            "Checklist please:\n1. Classify each alert below as true or false positive\n2. Write a Sigma rule for the true positives\n\nalert 1: powershell -enc from winword.exe\nalert 2: scheduled task created by SCCM agent",
            "classify security low int",
            "code security medium int",
        ),
        R(
            "Agenda items to prep:\n- Draft the agenda for Tuesday's budget meeting\n- Calculate how much we'd save by cutting the SaaS spend of $18,400/month by 15%\n- Brainstorm three cost-cutting ideas that don't touch headcount",
            "draft finance low pub",
            "math finance low pub calc",
            "creative finance low pub",
        ),
    ]


def _mixed_language() -> list[Row]:
    return [
        R(
            "Bitte fasse den folgenden Artikel in drei Sätzen zusammen:\n\n" + ARTICLE,
            "summarize general low pub",
        ),
        R(
            "Can you traducir esto al inglés? 'La reunión se ha movido al jueves a las 10.'",
            "translate general low pub",
        ),
        R("帮我翻译成英文：我们下周一开会讨论预算。", "translate general low pub"),
        R(
            "Tolong summarize email ini dalam 3 poin:\n\nHi all, the server migration is moved to Saturday 2am. Expect 30 minutes of downtime. Please log out of the VPN before then and reboot on Monday morning.",
            "summarize security low int",
        ),
        R(
            "Écris un e-mail au fournisseur to ask for a copy of the March invoice",
            "draft finance low pub",
        ),
        R(
            "¿Cuál es la diferencia entre un NDA unilateral y uno mutuo?",
            "qa legal low pub",
        ),
        R(
            "Write a Python function, bitte mit type hints, that parses ISO-8601 dates and returns a datetime",
            "code general low pub",
        ),
        R(
            "Kan du oversette dette til engelsk: 'Møtet er utsatt til fredag.'",
            "translate general low pub",
        ),
        R(
            "Explain 什么是 compound interest, in simple English please",
            "qa finance low pub",
        ),
        R(
            "Que pensez-vous du ton de ce message : « Encore une fois, votre service client est injoignable. Lamentable. »",
            "sentiment general low pub",
        ),
    ]


def _pasted() -> list[Row]:
    log = (
        "Mar 12 03:12:44 bastion sshd[4411]: Invalid user admin from "
        + IP4
        + " port 52211\n"
        "Mar 12 03:12:45 bastion sshd[4411]: Invalid user oracle from "
        + IP4
        + " port 52213\n"
        "Mar 12 03:12:47 bastion sshd[4413]: Accepted publickey for deploy from "
        + IP1
        + " port 40022"
    )
    table = "| region | Q1 | Q2 |\n|---|---|---|\n| EMEA | 1.2M | 1.5M |\n| APAC | 0.8M | 1.1M |\n| AMER | 2.4M | 2.3M |"
    tickets = "id,subject\n1,Can't reset my password\n2,Invoice shows wrong VAT number\n3,Feature request: dark mode\n4,Charged twice this month"
    trace = "Traceback (most recent call last):\n  File \"app.py\", line 42, in handler\n    total = sum(item['price'] for item in cart)\nTypeError: unsupported operand type(s) for +: 'int' and 'str'"
    return [
        R(
            log + "\n\nwhat's going on here? is this an attack?",
            "reasoning security medium conf",
        ),
        R(
            trace + "\n\nwhy does this happen and how do I fix it",
            "code general low int",
        ),
        R(
            'Is this clause enforceable against a consumer?\n\n"The Supplier\'s total liability shall not exceed the fees paid in the preceding month, and the Supplier shall have no liability for death or personal injury."',
            "reasoning legal high conf",
        ),
        R(
            table + "\n\nWhat's the total across all regions for Q2?",
            "math finance low int calc",
        ),
        R(
            "Tag each row as bug, billing or feature:\n\n" + tickets,
            "classify general low int",
        ),
        R(
            "```yaml\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx:latest\n    securityContext:\n      privileged: true\n```\nWhat's wrong with this manifest from a security point of view?",
            "code security medium int",
        ),
        R(
            "Make this query faster:\n\nSELECT * FROM orders o WHERE YEAR(o.created_at) = 2023 AND o.customer_id IN (SELECT id FROM customers WHERE country = 'SG');",
            "code general low int",
        ),
        R(
            "Pt 67M, T2DM, CKD stage 3. Meds: metformin 1g BD, lisinopril 10mg OD, atorvastatin 40mg ON. eGFR 38.\n\nPull out every drug with its dose and frequency.",
            "extract medical low conf",
        ),
        R(
            'Here\'s our expense policy section:\n\n"Economy class is required for flights under 6 hours. Hotel spend is capped at 180 EUR per night in tier-1 cities. Alcohol is not reimbursable."\n\nCan I expense a 4-hour business class flight if I pay the difference myself?',
            "reasoning finance medium int",
        ),
        R(
            ARTICLE + "\n\nWho is likely to oppose this and why?",
            "reasoning general medium pub",
        ),
        R(
            "Translate the error messages below to Japanese, keep the placeholders intact:\n\nERR_AUTH: Your session has expired, please sign in again.\nERR_QUOTA: You have used {used} of {limit} requests.",
            "translate general low pub",
        ),
        R(
            "Raw notes from the call ->\nclient wants go-live moved to oct, budget fixed, needs SSO, worried about data residency (EU only), decision by end of month\n\nturn into a tidy recap email to the client",
            "draft general low int",
        ),
        R(
            "```\n$ kubectl get pods\nNAME                     READY   STATUS             RESTARTS\napi-6d9f7c9b8-x2kq       0/1     CrashLoopBackOff   14\n```\nhow do I find out why it keeps restarting?",
            "code general low int",
        ),
        R(
            REVIEW + "\n\nIs the customer angry, disappointed or neutral?",
            "sentiment general low pub",
        ),
        R(
            "Contract excerpt:\n"
            + CONTRACT
            + "\n\nRewrite section 7.2 in plain English for the sales team.",
            "draft legal low conf",
        ),
        R(
            "Here is the discharge letter:\n\nDischarged on apixaban 5mg BD for new AF. Follow-up with cardiology in 6 weeks. Avoid NSAIDs. Return if bleeding or black stools.\n\nWhat should the patient watch out for at home?",
            "qa medical low conf",
        ),
        R(
            "Quarterly numbers:\nRevenue 12.4M, COGS 7.1M, Opex 3.9M, tax rate 17%.\nWork out net income.",
            "math finance low int calc",
        ),
        R(
            "Firewall rule export:\n\nallow tcp any -> "
            + IP2
            + ":22\nallow tcp any -> "
            + IP2
            + ":3389\ndeny ip any any\n\nFlag the risky rules and say why.",
            "reasoning security medium conf",
        ),
    ]


def _chat() -> list[Row]:
    return [
        R("ok now make it shorter", "draft general low pub"),
        R("thanks, that worked!", "chat general low pub"),
        R("and how would I do that in Go?", "code general low pub"),
        R("lol no, I meant the other one", "chat general low pub"),
        R("perfect. now translate it into Japanese", "translate general low pub"),
        R("good morning! how's your day going", "chat general low pub"),
        R("you're a lifesaver, honestly", "chat general low pub"),
        R("one more: what's 2^16?", "math general low pub calc"),
        R(
            "Hmm, are you sure? I thought the capital of Canada was Toronto.",
            "qa general low pub",
        ),
        R("can you make the tone a bit warmer", "draft general low pub"),
        R("nvm, figured it out", "chat general low pub"),
        R("same thing but as a bulleted list", "draft general low pub"),
        R("I'm so tired of meetings today", "chat general low pub"),
        R("what do you think about pineapple on pizza", "chat general low pub"),
    ]


def _typos() -> list[Row]:
    return [
        R(
            "summarsie the folowing artical in 2 lines\n\n" + ARTICLE,
            "summarize general low pub",
        ),
        R(
            "wrtie a python scirpt to rename all files in a folder to lowercase",
            "code general low pub",
        ),
        R(
            "transalte to spansih: where is the train station",
            "translate general low pub",
        ),
        R("whats teh diffrence between TCP and UDP", "qa general low pub"),
        R(
            "clasify these emails as urgent or not:\n\n1. server down in prod!!\n2. lunch order for friday\n3. contract expires tomorrow",
            "classify general low int",
        ),
        R(
            "calcualte the compund interest on 5000 at 4% for 3 years",
            "math finance low pub calc",
        ),
        R(
            "draf a leter to my landlrod about the broken heater",
            "draft general low pub",
        ),
        R("hw do i treat a minor burn at home", "qa medical low pub"),
        R(
            "extarct all the emial adresses from this:\n\nContact "
            + EM3
            + " for IT issues or "
            + EM1
            + " for alerts.",
            "extract security low conf",
        ),
        R(
            "wats the sentimnet of: 'the update broke everything, great job guys'",
            "sentiment general low pub",
        ),
        R("explian recursion with an exmaple", "qa general low pub"),
        R("can u giv me a poem abt rainy mondays", "creative general low pub"),
    ]


def _one_task_and() -> list[Row]:
    return [
        R(
            "Refactor this Python function to be idiomatic and add type hints:\n\n"
            + CODE_PY,
            "code general low int",
        ),
        R(
            "Write a function that reads a CSV file and returns the average of each numeric column",
            "code general low pub",
        ),
        R(
            "Summarise the article below and keep it under 80 words\n\n" + ARTICLE,
            "summarize general low pub",
        ),
        R(
            "Translate this into French and keep the formatting:\n\n**Deadline:** Friday\n**Owner:** Finance team",
            "translate general low pub",
        ),
        R(
            "Fix the typos and make it sound friendlier: 'pls send teh report asap, its late again'",
            "draft general low pub",
        ),
        R(
            "Compare the two job offers below and recommend one.\n\nOffer A: 120k base, 10% bonus, fully remote.\nOffer B: 105k base, equity 0.2%, hybrid 3 days.",
            "reasoning finance medium pub",
        ),
        R(
            "Write and test a function that removes duplicates from a list while keeping order",
            "code general low pub code",
        ),
        R(
            'Clean up and pretty-print this JSON: {"a":1,"b":[1,2,{"c":null}]}',
            "code general low pub",
        ),
        R(
            "Look at these symptoms and tell me what could explain them: fatigue, weight gain, feeling cold, dry skin",
            "reasoning medical medium pub",
        ),
        R(
            "Write unit tests for this function and run them:\n\n" + CODE_PY,
            "code general medium int code",
        ),
        R(
            "Add error handling and logging to the script below\n\n```python\nimport requests\nr = requests.get(URL)\ndata = r.json()\nprint(data['items'][0])\n```",
            "code general low int",
        ),
        R(
            "Rewrite the paragraph in plain English and cut it to half the length:\n\n"
            + CONTRACT,
            "draft legal low conf",
        ),
        R(
            "Read the clause and tell me whether either side can walk away early\n\n"
            + CONTRACT,
            "reasoning legal medium conf",
        ),
        R(
            "Draft a polite reminder to the client about the unpaid invoice and attach a friendly tone",
            "draft finance low pub",
        ),
        R(
            "Write a Python class that connects to Redis and caches function results with a TTL",
            "code general medium pub",
        ),
        R(
            "Create a bash script that backs up /etc and uploads it to S3",
            "code general low pub",
        ),
        R(
            "Explain the difference between stocks and bonds and why that matters for a 25-year-old",
            "qa finance low pub",
        ),
        R(
            'Check this SQL for injection risks and fix it: query = "SELECT * FROM users WHERE name = \'" + name + "\'"',
            "code security low pub",
        ),
        R(
            "Proofread and tighten the intro below\n\nIn this day and age, it is more important than ever before for all companies, big and small, to really think about security.",
            "draft security low pub",
        ),
        R(
            "Write a short story about a lighthouse keeper and her cat",
            "creative general low pub",
        ),
    ]


def _multi() -> list[Row]:
    complaint = "'I was promised a callback within 24 hours. It's been a week, the router still drops every evening and I've paid for a service I can't use.'"
    incident = "At 09:40 UTC an attacker used a leaked API key to read 1,200 customer records from the staging bucket. The key was revoked at 10:05 and no production data was accessed."
    return [
        R(
            "Analyse the sentiment of this customer complaint and propose a resolution: "
            + complaint,
            "sentiment general low pub|Analyse the sentiment of this customer complaint",
            "draft general low pub|propose a resolution",
        ),
        R(
            "Summarise the incident report below and draft a customer notification about it.\n\n"
            + incident,
            "summarize security low conf",
            "draft security medium conf",
        ),
        R(
            "Translate the paragraph into Spanish and then write a LinkedIn post announcing the launch.\n\nWe are excited to open our new office in Madrid, our third in Europe.",
            "translate general low pub",
            "draft general low pub",
        ),
        R(
            "Extract the invoice totals from the emails below, then add them up.\n\nEmail 1: Total due: $1,240.00\nEmail 2: Amount payable $385.50\nEmail 3: Balance $2,010.25",
            "extract finance low int",
            "math finance low int calc",
        ),
        R(
            "What's the sentiment of this review? Also classify it as product, shipping or support.\n\n"
            + REVIEW,
            "sentiment general low pub",
            "classify general low pub",
        ),
        R(
            "Write a haiku about autumn, then translate it into Japanese.",
            "creative general low pub",
            "translate general low pub",
        ),
        R(
            "Give me the key points of this memo. Then write a reply agreeing to the new deadline.\n\nMemo: The migration deadline moves from 1 May to 15 May because the vendor API is late. Teams should freeze schema changes from 8 May.",
            "summarize general low int",
            "draft general low int",
        ),
        R(
            '1) what is GDPR Article 17 about 2) draft a response to the erasure request below\n\n"Please delete every piece of personal data you hold about me."',
            "qa legal low pub",
            "draft legal low pub",
        ),
        R(
            "Explain what a SIEM does. Then suggest three names for our new SOC team.",
            "qa security low pub",
            "creative security low pub",
        ),
        R(
            "Calculate the BMI for 82 kg and 1.78 m, and explain what the number means.",
            "math medical low pub calc",
            "qa medical low pub",
        ),
        R(
            "Classify the alert below by severity and write the Slack message for the on-call channel.\n\nALERT: 43 failed logins for svc-backup from "
            + IP6
            + " within 2 minutes",
            "classify security low conf",
            "draft security low conf",
        ),
        R(
            "Can you summarize this thread? And who should I follow up with?\n\nAna: I'll send the draft contract Monday.\nBen: Legal needs the DPA first.\nAna: Ok, waiting on Ben's team then.",
            "summarize general low int",
            "reasoning general low int",
        ),
        R(
            "First, tell me what ROI means. Second, compute the ROI on a $40k project that returned $52k.",
            "qa finance low pub",
            "math finance low pub calc",
        ),
        R(
            "Write a SQL query that returns the ten biggest customers by revenue; also, draft an email to sales sharing the results.",
            "code finance low pub",
            "draft finance low pub",
        ),
        R(
            "Please proofread my cover letter below. Also, what salary should I ask for as a junior data analyst in Berlin?\n\nDear hiring team, I am writing to apply for the data analyst role. I has three years of Python experience.",
            "draft general low pub",
            "qa finance low pub",
        ),
        R(
            "Explain the clause below in plain English, then tell me whether it's unusual for a SaaS contract.\n\n"
            + CONTRACT,
            "qa legal low conf",
            "reasoning legal medium conf",
        ),
        R(
            "Translate 'thank you for your patience' into Korean and Thai.",
            "translate general low pub",
        ),
        R(
            "Pick out the medication names from the note and explain what each one is for.\n\nStarted on bisoprolol 2.5mg and ramipril 5mg, continue aspirin 75mg.",
            "extract medical low conf",
            "qa medical low conf",
        ),
        R(
            "Classify these three headlines by topic (politics, sport, business), then write a witty newsletter subject line.\n\n- Central bank holds rates\n- Local club wins cup final\n- Parliament passes data bill",
            "classify general low pub",
            "creative general low pub",
        ),
        R(
            "Figure out the monthly cost if we have 35 seats at $19/seat. After that, write a Slack message to finance asking for approval.",
            "math finance low pub calc",
            "draft finance low pub",
        ),
        R(
            'Is this phishing? If it is, draft a warning for staff.\n\n"Your mailbox is full. Click here within 24h to keep receiving email: http://mail-quota-reset.co"',
            "classify security low int",
            "draft security low int",
        ),
        R(
            "Write a Python function to validate an IBAN. Also explain how the mod-97 check works.",
            "code finance low pub",
            "qa finance low pub",
        ),
        R(
            "Summarize the article. What's the author's tone?\n\n" + ARTICLE,
            "summarize general low pub",
            "sentiment general low pub",
        ),
        R(
            "Draft an NDA clause about return of materials; then list three things a startup should watch for in a mutual NDA.",
            "draft legal medium pub",
            "qa legal low pub",
        ),
        R(
            "Convert this SQL to a pandas expression and explain the performance difference:\n\nSELECT region, SUM(amount) FROM sales GROUP BY region",
            "code general low pub",
        ),
        R(
            "hey, two quick ones - whats the capital of Peru, and can u write a tweet about our Peru launch",
            "qa general low pub",
            "draft general low pub",
        ),
        R(
            "Read the logs below. Tell me which IPs look malicious. Then write a firewall rule blocking them.\n\nGET /wp-login.php 404 from "
            + IP4
            + "\nGET /index.html 200 from "
            + IP1,
            "extract security low conf",
            "code security low conf",
        ),
        R(
            "Give me a quick rundown of the contract below and draft a reply to the counterparty asking to extend the notice period to 120 days.\n\n"
            + CONTRACT,
            "summarize legal low conf",
            "draft legal medium conf",
        ),
        R(
            "Tell me a joke about databases. Then explain what a deadlock is.",
            "creative general low pub",
            "qa general low pub",
        ),
        R(
            "What's the difference between a Roth and a traditional IRA? And how much would I have after 30 years investing $500 a month at 7%?",
            "qa finance low pub",
            "math finance low pub calc",
        ),
        R(
            "Could you extract the dates from the schedule below and translate the whole thing into German?\n\nKick-off 3 June, design review 17 June, go-live 1 August.",
            "extract general low pub",
            "translate general low pub",
        ),
        R(
            "I need a regex that matches UK phone numbers, and a short explanation of how it works",
            "code general low pub",
        ),
        R(
            "Draft a one-paragraph summary of the trial results for patients, and separately write a technical abstract for clinicians.\n\nTrial: 412 participants, drug X reduced HbA1c by 0.9% vs placebo at 24 weeks; nausea in 12%.",
            "summarize medical low conf",
            "summarize medical medium conf",
        ),
        R(
            "Rate the urgency of this ticket (low/medium/high) and suggest a reply to the customer: 'Our whole team is locked out since the SSO change this morning.'",
            "classify security low pub",
            "draft security low pub",
        ),
        R(
            "Review the function below for bugs; then write a docstring for it.\n\n"
            + CODE_JS,
            "code general low int",
            "code general low int",
        ),
        R(
            "Estimate how many tokens a 3,000-word document is, then suggest whether to chunk it.",
            "math general low pub calc",
            "reasoning general low pub",
        ),
        R(
            "what's the sentiment here, and should we escalate? 'third time asking, I'm done with you people'",
            "sentiment general low pub",
            "reasoning general low pub",
        ),
        R(
            "1. Write a bedtime story about a dragon who is afraid of the dark.\n2. Translate it into French.\n3. Suggest a title.",
            "creative general low pub",
            "translate general low pub",
            "creative general low pub",
        ),
        R(
            "Summarise our Q2 board deck and list the three biggest risks it mentions.",
            "summarize finance low int retr",
            "extract finance low int retr",
        ),
        R(
            "Identify the parties in the agreement below. Next, tell me who bears the cost of termination.\n\n"
            + CONTRACT,
            "extract legal low conf",
            "reasoning legal medium conf",
        ),
        R(
            "Explain Kerberoasting to a non-technical manager; also write a detection query for it in KQL.",
            "qa security low pub",
            "code security medium pub",
        ),
        R(
            "Generate 5 product name ideas for a budgeting app and then pick the best one with a short justification",
            "creative finance low pub",
            "reasoning finance low pub",
        ),
        R(
            "Please translate the notice below into Malay. After that, summarise it in one sentence in English.\n\nThe clinic will be closed on 24 December. Urgent prescriptions can be collected from the pharmacy on level 2.",
            "translate medical low pub",
            "summarize medical low pub",
        ),
        R(
            "What is a 409A valuation? Also, what's 0.5% of 12,000,000 shares?",
            "qa finance low pub",
            "math finance low pub calc",
        ),
        R(
            "Write a short poem for my sister's graduation and a text message inviting the family to dinner afterwards",
            "creative general low pub",
            "draft general low pub",
        ),
        R(
            "Can you check this code for bugs and also write a unit test for it?\n\n"
            + CODE_PY,
            "code general low int",
            "code general low int",
        ),
        R(
            'Classify the feedback below as praise, complaint or suggestion. Then extract any product names mentioned.\n\n"Love the new Atlas dashboard, but the Orbit mobile app still logs me out every day."',
            "classify general low pub",
            "extract general low pub",
        ),
        R(
            "Solve 2x + 5 = 17. Then write a word problem that uses the same equation.",
            "math general low pub calc",
            "creative general low pub",
        ),
        R(
            "Draft a memo announcing the new password policy, and make a quiz with 3 questions to check people read it.",
            "draft security medium pub",
            "creative security low pub",
        ),
        R(
            "Explain what went wrong in this deploy log and suggest a fix; also estimate how long the outage lasted.\n\n14:02 deploy start\n14:05 migration failed: column 'tenant_id' does not exist\n14:31 rollback complete",
            "reasoning general medium int",
            "math general low int calc",
        ),
        R(
            "Compare term life and whole life insurance for a 35-year-old parent, then draft a short message to my partner summarising the recommendation.",
            "reasoning finance medium pub",
            "draft finance low pub",
        ),
        R(
            "Tell me the main obligations of the tenant in the lease below. Are any of them unusual?\n\nThe Tenant shall keep the premises in good repair, shall not keep pets, and shall repaint all rooms at the end of each year of the tenancy.",
            "extract legal low conf",
            "reasoning legal medium conf",
        ),
        R(
            "Fix the grammar in this sentence and tell me what rule I broke: 'Me and him goes to the gym every day.'",
            "draft general low pub",
            "qa general low pub",
        ),
        R(
            "Write a product description for noise-cancelling headphones. Next, translate it into Spanish. Finally, come up with a slogan.",
            "draft general low pub",
            "translate general low pub",
            "creative general low pub",
        ),
        R(
            "What does HIPAA require for breach notification, and draft a notice for the 300 affected patients.",
            "qa medical low pub",
            "draft medical medium pub",
        ),
        R(
            "Categorise the expenses below (travel, meals, software) and total each category.\n\nUber 23.40\nSlack 8.75\nLunch with client 61.00\nTrain 44.10\nFigma 15.00",
            "classify finance low int",
            "math finance low int calc",
        ),
        R(
            "Is it safe to take ibuprofen with paracetamol? Also how many 200mg tablets make 1.2g?",
            "qa medical low pub",
            "math medical low pub calc",
        ),
        R(
            "Write a cron expression for every weekday at 6am, then explain each field.",
            "code general low pub",
            "qa general low pub",
        ),
        R(
            "Draft talking points for the all-hands about the reorg and brainstorm a few answers to tough questions people might ask",
            "draft general medium pub",
            "creative general low pub",
        ),
        R(
            "List all the amounts mentioned below and tell me if the total exceeds the approved $50,000.\n\nPhase 1: $18,500. Phase 2: $22,750. Contingency: $9,000.",
            "extract finance low int",
            "math finance low int calc",
        ),
        R(
            "Give me a 2-sentence summary of the paragraph and classify it as opinion or news.\n\n"
            + ARTICLE,
            "summarize general low pub",
            "classify general low pub",
        ),
        R(
            "Suggest three catchy names for our internal security newsletter, and write the intro for the first issue",
            "creative security low pub",
            "draft security low pub",
        ),
        R(
            "I have two questions. How does a bond ladder work? Why might someone prefer it to a bond fund?",
            "qa finance low pub",
            "reasoning finance medium pub",
        ),
    ]


def _routerbench() -> list[Row]:
    pick4 = (
        'Print only a single choice  from "A" or "B" or "C" or "D" without explanation.'
    )
    pick2 = 'Print only a single choice  from "A" or "B" without explanation.'

    def mcq(q: str, opts: list[str], ans: str | None = None) -> str:
        lines = [q, *[f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts)], pick4]
        return "\n".join(lines) + "\nAnswer:" + (f"\n{ans}" if ans else "")

    shots = [
        mcq(
            "Which gas makes up most of Earth's atmosphere?",
            ["oxygen", "nitrogen", "argon", "carbon dioxide"],
            "B",
        ),
        mcq(
            "What is the SI unit of force?", ["joule", "watt", "newton", "pascal"], "C"
        ),
        mcq(
            "Which organ produces insulin?",
            ["liver", "pancreas", "kidney", "spleen"],
            "B",
        ),
    ]
    wino_ab = (
        "Please answer with the letter of the correct answer.\n\n{s}\nA) {a}\nB) {b}\n"
        + pick2
        + " Answer:"
    )
    return [
        R(
            shots[0]
            + "\n\n"
            + mcq(
                "Dr. Maria Gonzalez recently measured how far a cyclist travelled in 2 hours at an average speed of 15 km/h. How far did the cyclist go?",
                ["15 km", "30 km", "7.5 km", "45 km"],
            ),
            "qa general low pub",
        ),
        R(
            mcq(
                "A student recently observed that a ball rolls farther on a smooth floor than on carpet. Which force explains the difference?",
                ["gravity", "friction", "magnetism", "buoyancy"],
            ),
            "qa general low pub",
        ),
        R(
            shots[1]
            + "\n\n"
            + shots[2]
            + "\n\n"
            + mcq(
                "Which vitamin deficiency causes scurvy?",
                ["vitamin A", "vitamin B12", "vitamin C", "vitamin D"],
            ),
            "qa medical low pub",
        ),
        R(
            mcq(
                "Under a typical employment contract, a restrictive covenant that is wider than necessary to protect legitimate business interests is most likely to be",
                [
                    "enforced in full",
                    "void as a restraint of trade",
                    "converted into a penalty",
                    "treated as a warranty",
                ],
            ),
            "qa legal low pub",
        ),
        R(
            shots[0]
            + "\n\n"
            + mcq(
                "If a bond's price rises, its yield to maturity",
                ["rises", "falls", "stays the same", "becomes negative"],
            ),
            "qa finance low pub",
        ),
        R(
            mcq(
                "Which attack relies on tricking a user into clicking a link that performs an action on a site where they are logged in?",
                ["SQL injection", "CSRF", "buffer overflow", "ARP spoofing"],
            ),
            "qa security low pub",
        ),
        R(
            mcq(
                "John Smith pushes a 10 kg box with a force of 50 N on a frictionless floor. What is the acceleration of the box?",
                ["0.5 m/s^2", "5 m/s^2", "50 m/s^2", "500 m/s^2"],
            ),
            "qa general low pub",
        ),
        R(
            shots[2]
            + "\n\n"
            + mcq(
                "Emily Clark recently planted seeds in two pots, one in sunlight and one in a dark closet. Which variable is she testing?",
                ["water", "soil type", "light", "temperature"],
            ),
            "qa general low pub",
        ),
        R(
            mcq("What is the average of 4, 8 and 12?", ["6", "8", "10", "12"]),
            "qa general low pub",
        ),
        R(
            mcq(
                "Which layer of the OSI model does TLS mostly operate at?",
                ["physical", "network", "transport/session", "data link"],
            ),
            "qa security low pub",
        ),
        R(
            shots[1]
            + "\n\n"
            + mcq(
                "A company's current ratio is current assets divided by",
                ["total assets", "current liabilities", "equity", "revenue"],
            ),
            "qa finance low pub",
        ),
        R(
            mcq(
                "The main function of red blood cells is to",
                ["fight infection", "carry oxygen", "clot blood", "produce hormones"],
            ),
            "qa medical low pub",
        ),
        R(
            "Question: Which of these is a renewable energy source?\nA. coal\nB. natural gas\nC. wind\nD. oil\nAnswer:",
            "qa general low pub",
        ),
        # winogrande, both formats
        R(
            "Sarah was a much better surgeon than Maria so _ always got the harder cases.\nOption1: Sarah\nOption2: Maria\nAnswer:",
            "reasoning general low pub",
        ),
        R(
            wino_ab.format(
                s="The trophy doesn't fit into the brown suitcase because the _ is too large.",
                a="trophy",
                b="suitcase",
            ),
            "reasoning general low pub",
        ),
        R(
            "Kevin Brown taught Robert how to swim because _ had grown up by the sea.\nOption1: Kevin\nOption2: Robert\nAnswer:",
            "reasoning general low pub",
        ),
        R(
            wino_ab.format(
                s="Jennifer lent Natalie her umbrella since _ had forgotten hers at home.",
                a="Jennifer",
                b="Natalie",
            ),
            "reasoning general low pub",
        ),
        R(
            "The laptop ran hotter than the tablet because the _ had a weaker fan.\nOption1: laptop\nOption2: tablet\nAnswer:\nA\n\nThe bread went stale before the crackers because the _ was left open.\nOption1: bread\nOption2: crackers\nAnswer:",
            "reasoning general low pub",
        ),
        R(
            wino_ab.format(
                s="Michael recently replaced his phone but not his watch, because the _ was still working fine.",
                a="phone",
                b="watch",
            ),
            "reasoning general low pub",
        ),
        # MBPP
        R(
            "Write a function to find the shared elements from the given two lists.\nYour code should pass these tests:\n\nassert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))\nassert set(similar_elements((1, 2, 3, 4),(5, 4, 3, 7))) == set((3, 4))",
            "code general low pub",
        ),
        R(
            "Write a python function to identify non-prime numbers.\nYour code should pass these tests:\n\nassert is_not_prime(2) == False\nassert is_not_prime(10) == True",
            "code general low pub",
        ),
        R(
            "Write a function to find the n largest integers from a given list of numbers, returned in descending order.",
            "code general low pub",
        ),
        R(
            "You are an expert Python programmer, and here is your task: Write a function to count the number of vowels in a string and return the count. Your code should pass these tests:\n\nassert count_vowels('hello') == 2\nassert count_vowels('xyz') == 0",
            "code general low pub",
        ),
        R(
            "Write a function to compute the average speed given a list of (distance, time) pairs.\nassert avg_speed([(10, 2), (20, 2)]) == 7.5",
            "code general low pub",
        ),
        # GSM8K-style
        R(
            "Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and bakes muffins for her friends every day with four. She sells the remainder at the farmers' market daily for $2 per fresh duck egg. How much in dollars does she make every day at the farmers' market?",
            "math general low pub calc",
        ),
        R(
            "A train leaves at 9:15 and arrives at 13:45. If it travels at an average speed of 80 km/h, how long is the route?",
            "math general low pub calc",
        ),
        R(
            "Tom has twice as many marbles as Jerry. Together they have 36. How many marbles does Jerry have? Let's think step by step.",
            "math general low pub calc",
        ),
        R(
            "A shop sells pens at 3 for $2. How much do 18 pens cost?",
            "math general low pub calc",
        ),
    ]


def _pii_rows() -> list[Row]:
    return [
        R(
            "Write a chargeback request to my bank. The charge of $412.99 on card "
            + CARD_DASH
            + " was for a flight that was cancelled.",
            "draft finance low res",
        ),
        R(
            "My Amex "
            + AMEX
            + " was declined at checkout even though I have credit left. What are the usual reasons?",
            "qa finance low res",
        ),
        R(
            "Customer record\n| name | card | phone |\n|---|---|---|\n| "
            + mark("PERSON", "Daniel Moreau")
            + " | "
            + CARD2
            + " | "
            + PH1
            + " |\n\nMask the sensitive fields in this table.",
            "code finance low res",
        ),
        R(
            "Please send the refund to "
            + IBAN_GB
            + " and confirm by email to "
            + EM2
            + ". Draft that confirmation for me.",
            "draft finance low res",
        ),
        R(
            "Supplier bank change request: old IBAN "
            + mark("IBAN", "NL20INGB0001234567")
            + " -> new IBAN "
            + IBAN_NL
            + ". Is this request suspicious?",
            "classify security low res",
        ),
        R(
            "Translate into English: « Veuillez effectuer le virement sur le compte "
            + IBAN_FR
            + " avant le 30. »",
            "translate finance low res",
        ),
        R(
            "Onboarding form for "
            + mark("PERSON", "Sofia Rossi")
            + ", SSN "
            + SSN1
            + ", start date 2 Sept. Extract the fields as JSON.",
            "extract general low res",
        ),
        R(
            "social security no. "
            + SSN2
            + " keeps getting rejected by the payroll system - what format does it expect?",
            "qa finance low res",
        ),
        R(
            "Patient NRIC "
            + NRIC1
            + ", admitted with pneumonia, on IV co-amoxiclav. Write a handover note for the night nurse.",
            "draft medical low res",
        ),
        R(
            "Applicant IC: "
            + NRIC2
            + " -- please verify the applicant's age from the IC prefix.",
            "reasoning general low res",
        ),
        R(
            "Remittance to "
            + IBAN_CH
            + " for CHF 4,200. Summarise the payment details in one line.",
            "summarize finance low res",
        ),
        R(
            "Call me on "
            + PH2
            + " or "
            + PH4
            + " if the delivery is late. Write that as a polite note for the courier.",
            "draft general low conf",
        ),
        R(
            "Our Berlin office line is "
            + PH5
            + " and Singapore is "
            + PH3
            + ". Make a contact card for the website footer.",
            "draft general low conf",
        ),
        R(
            "Reach the duty manager at "
            + EM4
            + " - can you draft an escalation email about the delayed lab results?",
            "draft medical low conf",
        ),
        R(
            "Block "
            + IP4
            + ", "
            + IP6
            + " and "
            + IP3
            + " on the edge firewall. Write the iptables/ip6tables commands.",
            "code security low conf",
        ),
        R(
            "Our monitoring flagged traffic from "
            + IP5
            + " to "
            + IP2
            + ":8443 at 02:00. Is that lateral movement?",
            "reasoning security medium conf",
        ),
        R(
            "Extract all identifiers from this KYC note: customer "
            + mark("PERSON", "Tan Wei Ming")
            + ", NRIC "
            + NRIC3
            + ", card "
            + CARD3
            + ".",
            "extract finance low res",
        ),
        # hard negatives: identifiers that look like PII but are not
        R(
            "Where is order 112-4456789-1234567? It was due on 15/03/2024.",
            "qa general low pub",
            hard=True,
        ),
        R(
            "Summarise the changes between version 4.2.0.17 and 4.2.1.3 of the agent:\n\n- fixed memory leak in uploader\n- added retry on 503",
            "summarize general low pub",
            hard=True,
        ),
        R(
            "We upgraded the agent from 4.2.0.17 to 4.2.1.3 last night and CPU doubled. Any idea why?",
            "reasoning general medium pub",
            hard=True,
        ),
        R(
            "The test card 4111 1111 1111 1112 keeps failing validation in staging - write a Luhn check function so we can see why.",
            "code finance low pub",
            hard=True,
        ),
        R(
            "Vendor sent IBAN DE89 3704 0044 0532 0130 01 but our system rejects it. Explain how IBAN check digits work.",
            "qa finance low pub",
            hard=True,
        ),
        R(
            "Reconcile invoice INV/2024/00917 (USD 1,250,000.00) against PO-2024-558812 and tell me the difference if the PO was USD 1,237,500.00.",
            "math finance low pub calc",
            hard=True,
        ),
        R(
            "Ticket #4821-9930: user can't print. Categorise as hardware, software or network.",
            "classify general low pub",
            hard=True,
        ),
        R(
            "Meeting moved to 2024-03-15T10:22:01Z. Draft a calendar invite text.",
            "draft general low pub",
            hard=True,
        ),
        R(
            "Translate: 'Le montant total est de 12.500,00 EUR, payable le 31.12.2024.'",
            "translate finance low pub",
            hard=True,
        ),
        R(
            "Case No. 2:23-cv-01234 was dismissed. What does dismissal without prejudice mean?",
            "qa legal low pub",
            hard=True,
        ),
        R(
            "Tracking 9400 1000 0000 0000 0000 00 shows 'delivered' but nothing arrived. Write a complaint to the courier.",
            "draft general low pub",
            hard=True,
        ),
        R(
            "SKU 8806-0921-4471 and SKU 8806-0921-4472 are duplicates. Write a SQL query to merge them.",
            "code general low pub",
            hard=True,
        ),
        R(
            "The device MAC is 00:1A:2B:3C:4D:5E and the request id is 550e8400-e29b-41d4-a716-446655440000. Which one should go in the audit log?",
            "qa security low pub",
            hard=True,
        ),
        R(
            "Chrome 122.0.6261.94 and Windows 10.0.19045.3803 are installed. Are they up to date enough for the CVE advisory?",
            "reasoning security low pub web",
            hard=True,
        ),
        R(
            "Serial 5105 1051 0510 5101 was printed on the warranty card. Classify this support request: screen flickers after 10 minutes.",
            "classify general low pub",
            hard=True,
        ),
        R(
            "Employee ID 20231145 and cost centre 4410-220 need updating in the HR system. Draft the change request.",
            "draft general low pub",
            hard=True,
        ),
        R(
            "Coordinates 1.3521, 103.8198 and elevation 15.2 m. What city is this?",
            "qa general low pub",
            hard=True,
        ),
        R(
            "Release notes for build 2024.03.15.2 are below. Turn them into a customer-facing changelog.\n\n- perf: faster cold start\n- fix: timezone bug in reports",
            "draft general low pub",
            hard=True,
        ),
        R(
            "Our bill was £3,400 in March and £4,100 in April; what's the percentage increase?",
            "math finance low pub calc",
            hard=True,
        ),
    ]


def rows() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in (_terse, _questions, _emails, _lists, _mixed_language, _pasted,
                  _chat, _typos, _one_task_and, _multi, _routerbench, _pii_rows):  # fmt: skip
        for text, tasks, hard in group():
            clean, spans = strip_marks(text)
            out.append({"id": f"fresh-{len(out):05d}", "text": clean, "tasks": tasks,
                        "pii": spans, "hard_negative": hard and not spans})  # fmt: skip
    return out


def main() -> None:
    data = rows()
    with open(HERE / "fresh.jsonl", "w", encoding="utf-8") as fh:
        for r in data:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    multi = sum(len(r["tasks"]) > 1 for r in data)
    print(f"fresh: {len(data)} rows, {multi} multi-task")


if __name__ == "__main__":
    main()
