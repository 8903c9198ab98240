"""Sixteenth hand-written TRAIN corpus (writes ``train_diverse16.jsonl``).

Why: the intent model confuses a handful of neighbouring labels -- code/qa,
chat/qa, creative/draft, math/qa, classify/reasoning/extract,
sentiment/reasoning/classify, summarize/extract/draft and translate/draft.
This corpus is built of MINIMAL PAIRS across exactly those boundaries: two or
three rows that share their wording or their pasted material and differ only
in what is asked, so the label has to be read off the ask. It mixes terse and
chatty lower-case asks with rows carrying pasted material (code, logs, emails,
reviews, clauses, notes), about 50 multi-task rows, a few marked PII values and
a few hard negatives. It was written without running the classifier on it.

It follows the intent, domain, complexity and sensitivity guide of
``train_diverse14_source.py``. The boundary rules applied here on top of it:

- code vs qa: **code** when the answer is code or acts on a code artifact --
  write a snippet, command, query, regex, formula or config; fix, refactor or
  review given code; explain or analyse a *given* piece of code (what this
  regex matches, the time complexity of this loop, why this merge duplicates
  rows, explain this crontab line). **qa** when the answer is a prose
  explanation of a concept, a tool's behaviour, an error message or a tool's
  output with no code to write or change ("what does CrashLoopBackOff mean",
  "what does this kubectl output mean", "merge vs rebase", "why commit no API
  keys"), and IT how-to done through menus (Outlook, Excel ribbons, Teams,
  Windows settings). "how do I X" is code when X is done by writing code or a
  command (center a div, undo a commit, store API keys in Node) and qa when it
  is done by clicking. Diagnosing *which* cause is likeliest in a specific
  situation, without asking for the fix, is reasoning.
- chat vs qa: **chat** is small talk, greetings, thanks, venting, jokes and
  remarks even with a question mark ("is it Friday yet??"), and questions
  about this assistant itself -- what it can do, who made it, whether it
  remembers, whether this conversation is stored or used for training.
  **qa** is a question about the world that needs facts, including questions
  about AI systems or chat-log retention in general.
- creative vs draft: **creative** when the point is wit or imagination --
  poster lines, slogans, names, jokey or rhyming notices, satirical T&Cs,
  parodies, story openings, toasts and speeches, poems. **draft** when the text
  carries practical information to be sent or used as is -- notices, emails,
  memos, letters, real T&Cs, instructions, announcements. A practical notice in
  a "friendly" tone stays draft; "funny", "rhyming", "parody" make it creative.
- math vs qa: **math** (with the calculator) when a number has to be computed
  from figures given or implied (a conversion at a given rate, time-zone or
  date arithmetic, a cap applied to a rent, a hypotenuse, a power, a download
  time); **qa** when the number is a fact to look up (the deposit cap, the
  ISA allowance, a time zone, today's rate -- the last with browsing).
- classify vs reasoning vs extract: **classify** assigns given items (or one
  given text) to given or implied categories, including a yes/no about a
  given case ("is this a work injury, yes or no", "which of these are
  reimbursable", "tag each", "urgent vs can wait", "what severity"); a yes/no
  about a general fact ("is tramadol a controlled drug") is qa. **reasoning**
  decides or justifies ("should we...", "which first and why", "is this
  enforceable"). **extract** pulls items that are literally in the text ("list
  the amounts", "what's the new launch date in these notes").
- sentiment vs reasoning vs classify: **sentiment** is the tone or attitude of
  given text ("is this too blunt", "bullish or bearish", "does the judge sound
  critical", "is the customer happy", "sarcastic or sincere"). **reasoning**
  judges the merits ("is the claim justified", "should I sell on this").
  **classify** labels non-emotional categories (topic, issue type, outcome,
  rating).
- summarize vs extract vs draft: **summarize** condenses the given text
  (tl;dr, bullets, plain-English version, "explain this letter simply");
  **extract** lifts specific fields or items out of it; **draft** writes a new
  text to send built from it (an email from meeting notes, a reply to a
  review, a notice based on an incident).
- translate vs draft: **translate** renders given text in another language
  ("translate her email", "how do I say X in Y"); composing new content in
  another language ("reply in Spanish", "write a text in Japanese to my host
  family") is **draft**; "write it in English, then translate it" is both.

Row format, one per line (the LINE dialect of ``corpus.py``):
``spec [=> clause] [;; spec => clause ...] | text`` where spec is
``[!]intent d cx s [calc|retr|web|code]``. ``{NAME}`` pastes material from
``_MAT`` after a blank line (``{{NAME}}`` inline) or inserts a marked PII value
/ unmarked look-alike from ``_V``; ``\\n`` is a newline. Blank lines and ``#``
lines inside a block only separate and name the pairs.
Usage: ``python tests/data/intent/train_diverse16_source.py`` (rewrites the
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

_VAL = Values(1616016)
_R = _VAL.rng

_V = {
    "P1": mark("PERSON", pv.person(_R)),
    "P2": mark("PERSON", pv.person(_R)),
    "P3": mark("PERSON", pv.person(_R)),
    "P4": mark("PERSON", pv.person(_R)),
    "E1": mark("EMAIL", pv.email(_R)),
    "E2": mark("EMAIL", pv.email(_R)),
    "T1": mark("PHONE", pv.phone(_R)),
    "IP1": mark(
        "IP_ADDRESS",
        f"185.{_R.randint(1, 254)}.{_R.randint(1, 254)}.{_R.randint(1, 254)}",
    ),
    "IP2": mark("IP_ADDRESS", f"10.20.{_R.randint(1, 254)}.{_R.randint(1, 254)}"),
    "CC1": mark("CREDIT_CARD", _VAL.card("4", 16, " ")),
    "IB1": mark("IBAN", _VAL.iban("DE", True)),
    "SSN1": mark("US_SSN", _VAL.ssn()),
    "NR1": mark("SG_NRIC", _VAL.nric("S")),
}
_HN = {
    "HNCARD": _VAL.bad_card("4", " "),
    "HNIBAN": _VAL.bad_iban("GB", True),
}
_V.update(_HN)

_MAT = {
    "CSS": r""".wrapper {
  height: 100vh;
}
.box {
  width: 300px;
  margin: 0;
}""",
    "LOOP": r"""dupes = []
for i in range(len(items)):
    for j in range(i + 1, len(items)):
        if items[i] == items[j] and items[i] not in dupes:
            dupes.append(items[i])""",
    "MERGE": r"""orders = pd.read_csv("orders.csv")        # 1,200 rows
customers = pd.read_csv("customers.csv")
out = orders.merge(customers, on="email", how="left")
print(len(out))                             # 1,587 ?!""",
    "KUBECTL": r"""NAME                      READY   STATUS             RESTARTS   AGE
api-7d9f8c6b5-x2kqp       0/1     CrashLoopBackOff   14         52m
worker-5c8d7f9b8-mm4lz    1/1     Running            0          3d
redis-0                   1/1     Running            2          3d""",
    "NODEKEY": r"""const express = require("express");
const weather = require("./weather-client");
const client = weather.init({ apiKey: "xxxx-redacted-xxxx", region: "eu" });
const app = express();""",
    "VLOOKUP": r"""C2: =VLOOKUP(A2,Prices!A:B,2)
A2 = SKU-118, the Prices sheet is not sorted""",
    "GITERR": r"""To https://github.com/acme/shop.git
 ! [rejected]        main -> main (non-fast-forward)
error: failed to push some refs to 'https://github.com/acme/shop.git'
hint: Updates were rejected because the tip of your current branch is behind""",
    "SQL": r"""SELECT customer_id, COUNT(*) AS n
FROM orders
WHERE created_at >= '2025-01-01' AND COUNT(*) > 5
GROUP BY customer_id;""",
    "REACT": r"""function OrderList({ orders }) {
  return <ul>{orders.map(o => <li key={o.id}>{o.total}</li>)}</ul>;
}
// rendered as <OrderList orders={data.orders} /> while the fetch is still loading""",
    "TRACE": r"""Traceback (most recent call last):
  File "report.py", line 14, in <module>
    total += row["price"] * row["qty"]
KeyError: 'price'""",
    "LOGIN": r"""@app.post("/login")
def login():
    name = request.form["user"]
    user = db.execute(f"SELECT * FROM users WHERE name = '{name}'").fetchone()
    if user and user.password == request.form["pw"]:
        session["uid"] = user.id
        return redirect("/")
    return "bad login", 401""",
    "AUTHLOG": r"""Mar  3 03:12:41 bastion sshd[2211]: Failed password for invalid user admin from {IP1} port 52144 ssh2
Mar  3 03:12:43 bastion sshd[2213]: Failed password for invalid user oracle from {IP1} port 52160 ssh2
Mar  3 03:12:47 bastion sshd[2215]: Failed password for root from {IP1} port 52177 ssh2
Mar  3 03:14:02 bastion sshd[2230]: Accepted publickey for deploy from {IP2} port 40022 ssh2""",
    "TICKETS": r'''1. "Can't log in since my password reset, I need access for the payroll run at 2pm today"
2. "Could I get a second monitor for my home office?"
3. "Printer on floor 3 is jamming again"
4. "Customer portal is showing 500 errors for everyone"
5. "How do I change my email signature?"''',
    "INJURY": r"""Incident report: {P1}, warehouse picker, slipped on ice in the company car park at 07:40 while walking from her car to the entrance; her shift starts at 08:00. Bruised wrist, seen at A&E, back at work the next day.""",
    "EXPENSES": r"""Taxi airport to hotel 48.00
Team dinner (6 people, client present) 412.50
Hotel minibar 36.00
Conference ticket 690.00
Gym day pass 15.00
Train London-Leeds 92.40""",
    "CLAUSES": r"""1. Either party may terminate on 30 days' written notice.
2. The Supplier's total liability shall not exceed the fees paid in the preceding 12 months.
3. The Customer shall not, during the term and for 24 months after it, employ or solicit any of the Supplier's staff.
4. This Agreement is governed by the laws of England and Wales.""",
    "TRIAGE": r'''a) "need a repeat of my blue inhaler, running low"
b) "chest feels tight and my left arm has been numb for an hour"
c) "can I move my physio to Thursday?"
d) "the rash from the new antibiotic is spreading to my face"''',
    "ALERTS": r"""1. 14 failed logins for svc-backup, then one success, 03:12
2. New inbox rule on the CFO's mailbox forwarding everything to an external Gmail address
3. Defender definitions updated on 212 endpoints
4. Impossible travel: j.ortega signed in from Lagos and Leeds 20 minutes apart""",
    "REVIEW": r"""Room was spotless and the staff were lovely, but the wifi dropped every 20 minutes and nobody seemed to care when I complained twice. Breakfast was fine. Not sure I'd come back for a work trip.""",
    "MYEMAIL": r"""Hi Tom, I asked for the figures on Monday. It's Thursday. I need them by 3pm or I'll have to escalate. Thanks.""",
    "ANALYST": r"""We see limited upside from here. Margins are under pressure from input costs and management's guidance looks optimistic; we would wait for a better entry point. That said, the balance sheet is solid and the dividend looks safe.""",
    "JUDGE": r"""The Court has considerable difficulty with the defendant's account. Its witnesses were evasive and its documents arrived late and incomplete. Nonetheless, the claimant has not proved the loss it alleges, and the claim for consequential damages must fail.""",
    "PATIENTFB": r"""The nurses on ward 7 were kind, but I waited six hours for pain relief after my operation and nobody explained why. My discharge letter also had the wrong medication on it.""",
    "VENDOR": r"""We take security extremely seriously. A limited subset of customers may have been affected by an incident involving a third-party provider. There is no evidence that any data has been misused.""",
    "MEETING": r"""Sync 12 May -- Priya, Tom, Ana
- Launch moved from 2 June to 16 June: QA found a payment bug.
- Tom fixes the bug by 23 May.
- Ana updates the press release by 30 May.
- Budget unchanged.
- Next sync 19 May.""",
    "ES": r"""Hola, pedí unas zapatillas talla 42 el 3 de marzo y me llegaron en talla 40. ¿Puedo cambiarlas sin pagar el envío? Gracias, Lucía""",
    "DISCHARGE": r"""Discharge summary -- {P2}, 67. Admitted 2 Feb with community-acquired pneumonia. Treated with IV co-amoxiclav, then oral doxycycline. New: ramipril 2.5 mg once daily. Stopped: ibuprofen. Follow-up chest X-ray in 6 weeks. GP to check kidney function in 2 weeks.""",
    "INCIDENT": r"""14:02 EDR flagged rundll32 spawned by outlook.exe on FIN-LT-22
14:05 host isolated
14:20 user confirms opening "Invoice_overdue.xlsm"
14:45 macro dropped a loader; no lateral movement seen
15:30 user's credentials reset
Root cause: macros allowed for the finance group""",
    "LEASE": r"""The Tenant may terminate this Lease on the third anniversary of the Term Commencement Date by giving not less than six months' prior written notice, provided that there are no arrears of Rent at the date of the notice or at the termination date.""",
    "EARNINGS": r"""Revenue rose 8% to EUR 1.24bn; operating margin slipped to 11.2% from 12.9% as logistics costs climbed. Free cash flow was EUR 96m. The company cut its full-year outlook and announced a EUR 50m buyback.""",
}

CODE_QA = r"""
# centring a div
code g l p | how do i center a div horizontally and vertically
qa g l p | why was vertical centering so painful in CSS before flexbox came along?
code g l p | the box still hugs the left edge, what do I change? {CSS}
qa g l p | what's the difference between a block and an inline element in HTML?

# loop complexity
code g l p | what's the time complexity of this loop? {LOOP}
qa g l p | what's the time complexity of binary search, and why is it logarithmic?
code g m p | rewrite this so it finds the duplicates in one pass: {LOOP}
qa g l p | what does big-O notation actually measure?

# pandas merge
code g m p | why does my pandas merge duplicate rows? {MERGE}
qa g l p | in pandas, what's a many-to-many merge and when does it happen?
code g l p | how do i make pandas raise an error instead of silently duplicating rows when I merge on email
qa g l p | what's the difference between merge, join and concat in pandas?

# kubectl
qa g l i | what does this kubectl output mean? {KUBECTL}
code g l i | give me the kubectl commands to find out why the api pod keeps restarting {KUBECTL}
reasoning g m i | everything else is Running but the api pod has restarted 14 times since this morning's deploy. what's the likeliest cause and where would you look first? {KUBECTL}
qa g l p | what does CrashLoopBackOff mean in Kubernetes?
code g l p | kubectl one-liner to list the pods that aren't Running, across all namespaces

# API keys
code s l p | how do I store API keys in Node so they're not in my source code?
qa s l p | why is committing an API key to a private git repo still a bad idea?
code s l p | get the hardcoded key out of this file and load it from the environment: {NODEKEY}
reasoning s m p | three-person startup: is a .env file good enough for our API keys or do we need a proper secrets manager?
qa s l p | what's a secrets manager, in one paragraph?

# spreadsheets
code g l p | excel formula: look up the price on the Prices sheet by SKU and show 0 if it isn't there
code g l p | this VLOOKUP sometimes returns the wrong price, fix it: {VLOOKUP}
qa g l p | what does #N/A mean in Excel?
qa g l p | where is the Remove Duplicates button in Excel?
qa g l p | how do I freeze the top row in Excel so it stays visible when I scroll?
qa g l p | how do I make a drop-down list in a cell in Excel?
code g l p | Google Sheets formula to count how many cells in B2:B200 say "late"
qa g l p | what does the dollar sign in $A$1 do in Excel?
code f l p | excel formula for the monthly repayment on a 250k mortgage at 4.5% over 25 years

# Outlook, Teams, Windows how-to
qa g l p | how do I set up an out-of-office reply in Outlook?
code g l p | powershell to set an automatic reply on a shared mailbox in Exchange Online
qa g l p | how do I add a signature in Outlook on the web?
qa g l p | outlook keeps asking for my password -- where do I clear the saved credentials in Windows?
code g l p | VBA macro that saves every attachment from the selected Outlook emails to C:\Invoices
qa g l p | how do I recall an email I sent by mistake in Outlook?
qa g l p | how do I share just one window, not my whole screen, in Teams?
qa g l p | my laptop's disk is full, how do I see what's using the space in Windows 11?
code g l p | bash one-liner to list the 20 biggest files under /var

# git
code g l p | push got rejected, what do I run to fix it without losing my local commits? {GITERR}
qa g l p | what does non-fast-forward mean in a git error?
qa g l p | git merge vs git rebase, what's the actual difference?
code g l p | how do I undo my last commit but keep the changes?
qa g l p | what's the difference between git stash pop and git stash apply?

# regex, cron, SQL
code g l p | regex for a UK postcode
qa g l p | what's a regular expression, in plain words?
code g l p | explain what this regex matches, piece by piece: ^\d{3}-\d{4}$
code g l p | crontab line to run /opt/backup.sh every Monday at 3am
code g l p | explain this crontab line: 30 2 1 * * /opt/rotate.sh
qa g l p | why do cron jobs sometimes run at the wrong hour after the clocks change?
code g l p | fix this, postgres says aggregate functions are not allowed in WHERE: {SQL}
qa g l p | what's the difference between WHERE and HAVING in SQL?
qa g l p | what does "aggregate functions are not allowed in WHERE" mean in Postgres?

# JS / Python errors
code g l p | TypeError: Cannot read properties of undefined (reading 'map') -- what's wrong with my component? {REACT}
qa g l p | in JavaScript, what's the difference between undefined and null?
code g l p | why do I get this KeyError? the CSV header is Price,Qty,Sku {TRACE}
qa g l p | what's a KeyError in Python?
code g l p | how do I read a semicolon-separated CSV with pandas
qa g l p | why do European CSV exports use semicolons instead of commas?

# docker, nginx
qa g l p | what's a docker volume and why use one instead of a bind mount?
code g l p | docker-compose file for postgres 16 with a named volume and a healthcheck
qa g l i | what does this nginx error mean: "upstream timed out (110: Connection timed out) while reading response header from upstream"
code g l i | which nginx settings do I raise so our slow /reports endpoint stops hitting "upstream timed out", and to what?

# security code
qa s l p | hashing vs encrypting a password, what's the difference?
code s l p | python: hash a password with bcrypt and check it at login
code s m p | review this login handler for security problems {LOGIN}
qa s l p | what is SQL injection and how do prepared statements stop it?
qa s l p | what's the difference between a 401 and a 403?
code s l p | express middleware: 401 if the bearer token is missing, 403 if the role isn't admin
code s l c | fail2ban jail that bans an IP after 5 failed ssh logins in 10 minutes, based on these lines {AUTHLOG}
qa s l c | what do these log lines mean? {AUTHLOG}

# domain code vs domain facts
code m m p | python function that flags when paracetamol doses in the last 24 h add up to more than 4 g (input: list of timestamp, mg pairs)
qa m l p | what's the maximum daily dose of paracetamol for an adult?
code g l p | regex to find every date written like "30 September 2025" in a contract
code f m p | SQL to bucket unpaid invoices into 0-30, 31-60, 61-90 and 90+ days overdue
qa f l p | what is an aged debtors report?
"""

CHAT_QA = r"""
chat g l p | is it Friday yet??
qa g l p | why do some calendars start the week on Sunday and others on Monday?
chat g l p | I've accepted my fate with this printer
qa g l p | why does my printer show as offline when it's plugged in and switched on?
chat g l p | can I ask you something personal?
chat g l p | what can you do?
chat g l p | is this conversation stored?
qa l l p | under GDPR, how long can a company keep customer chat transcripts?
chat g l p | are my messages used to train you?
qa g l p | how are large language models trained?
chat g l p | do you remember what we talked about yesterday?
chat g l p | are you a real person?
chat g l p | who made you?
qa g l p | how does a large language model produce text, roughly?
chat g l p | thanks, that fixed it!!
chat g l p | ugh, mondays
chat g l p | you're honestly more helpful than my manager lol
chat g l p | good morning! how's your day going?
chat g l p | I just passed my driving test!!!
qa g l p | how many times can you retake a failed driving test in the UK?
chat g l p | my cat walked across the keyboard and sent half an email to my boss, I want to disappear
chat g l p | sorry for all the questions today
chat g l p | what's your favourite colour?
qa g l p | why is the sky blue?
chat g l p | can you speak other languages?
qa g l p | how many languages are spoken in India?
chat g l p | third cold this winter, I am so done with being ill
qa m l p | why do some people catch colds more often than others?
chat g l p | long day. just needed to say that to someone.
chat g l p | is it just me or is everyone on holiday this week?
chat g l p | lol ok fair
chat g l p | you got that wrong earlier btw, no worries
chat g l p | hey, you there?
chat g l p | my bank app has been down all morning and I'm losing my mind
qa f l p | how long does a bank transfer between two UK banks usually take?
chat g l p | got another "your parcel is waiting" text today, these scammers never sleep
classify s l p | scam or not? "Your parcel is waiting. Pay the £1.99 redelivery fee at royalmail-redeliver.info"
qa s l p | why do parcel scam texts ask for such tiny fees?
chat g l p | can you keep a secret?
chat g l p | rate my day: spilled coffee, missed the train, forgot my badge
chat g l p | third coffee and it's only 10am, send help
qa m l p | how much caffeine is in a shot of espresso?
chat g l p | what would you do on a day off, if you had one?
reasoning g m p | I have a day off tomorrow and £50 -- museum and lunch, or a day trip to the coast two hours away?
chat g l p | do you ever get bored of Excel questions?
chat g l p | haha you're funny
chat g l p | is it weird that I say please to you?
qa g l p | why do people say please and thank you to voice assistants, according to research?
"""

CREATIVE_DRAFT = r"""
draft g l p | notice for the office kitchen: fridge clean-out Friday 4pm, anything unlabelled gets binned, containers go in the dishwasher
creative g l p | a funny wanted-poster for the fridge clean-out on Friday at 4pm, starring the abandoned yoghurts
creative g l p | a haiku about the Friday fridge clean-out
creative g l p | slogan for our bakery's new sourdough
draft g l p | email to our bakery mailing list announcing the new sourdough: £4.20 a loaf, Saturdays only, preorder by Thursday
creative g l p | satirical terms and conditions for my brother's loans from the "Bank of Dad"
draft l h p | terms and conditions for our small online shop: 30-day returns, delivery times, liability limits, governing law
creative g l p | the opening paragraph of a short story set in an ICU waiting room at 3am
draft m l p | sign for the ICU waiting room: visiting 2-8pm, two visitors per bed, no flowers
creative g l p | a toast for my sister's wedding, warm and a little cheeky, under two minutes
draft g l p | email to the wedding guests with the venue address, parking and the RSVP deadline of 1 June
creative g l p | a jokey out-of-office for my two weeks in Portugal
draft g l p | out-of-office reply: away until 14 July, urgent issues to the service desk
creative g l p | a rhyming poster reminding people to lock their screens
draft s l i | IT notice: from Monday screens lock after 5 minutes idle, and here's how to lock yours manually
creative g l p | name ideas for our internal security awareness newsletter
draft s m i | first issue of the security newsletter: Q2 phishing results, the MFA rollout, who to contact
creative g l p | ten tagline options for a budgeting app for students
draft g l p | app store description for a student budgeting app: features, free vs premium, privacy note
creative g l p | limerick about a lawyer who bills in six-minute units
draft l l p | paragraph for our engagement letter explaining that we bill in six-minute units
creative g l p | fake terms of service for borrowing my stapler
creative g l p | parody safety briefing for the office coffee machine, airline style
draft g l p | step-by-step instructions for descaling the office coffee machine, to tape on the side
creative g l p | bedtime story about a dragon who is scared of the dentist
draft m l p | letter to parents about the school dental check next Tuesday and the consent form
creative g l p | punny names for a vet clinic
creative g l p | retirement speech for Dave: 32 years in accounts, loves golf and spreadsheets
draft g l i | email to the team about Dave's retirement lunch: Friday 12:30 at Luigi's, collection for a gift by Wednesday
creative g l p | three poster lines for the charity 5k, short and punchy
draft g l p | confirmation email for charity 5k runners: start 9am, bib pickup from 8, bag drop by the blue tent
creative g l p | an over-the-top movie-coach Monday pep talk for the sales team
draft g l i | Monday email to the sales team with last week's numbers (£182k, 91% of target) and this week's focus
creative g l p | a sonnet about a data breach
draft s h i | customer notification for last week's data breach: what happened, which data, what we've done, what they should do now
creative g l p | a mock-epic poem about the quarterly close
draft f m i | memo to department heads: quarter-end close timetable, accruals by the 3rd, no new POs after the 28th
creative g l p | a tongue-in-cheek medieval hangover remedy
draft m l p | patient leaflet paragraph on staying hydrated after a stomach bug
creative g l p | first line of a thriller about a forensic accountant
draft f l p | cover letter for a forensic accountant job, three paragraphs
creative g l p | a short poem for a colleague's leaving card, she's off to run a bakery
draft g l p | LinkedIn post announcing I've left my job to open a bakery
creative g l p | write a fake horoscope for each department for the Christmas newsletter
draft g l i | write the Christmas newsletter intro: party date, office closure 24 Dec to 2 Jan, thanks to the team
"""

MATH_QA = r"""
math f l p calc | convert 1,250 USD to EUR at 0.92
qa f l p web | what's the euro-dollar exchange rate today?
math f l p calc | at 1 GBP = 1.17 EUR, how many pounds is a €2,400 rent?
math g l p calc | it's 9:30 in London (BST, UTC+1). what time is it in Singapore, UTC+8?
qa g l p | what time zone is Singapore in?
math g l p calc | a call at 4pm New York time -- what's that in Berlin if New York is UTC-5 and Berlin UTC+1?
qa g l p | does Arizona use daylight saving time?
math g l p calc | my flight leaves Tokyo at 11:05 on Monday and takes 10 hours; LA is 17 hours behind Tokyo. what's the local arrival time?
qa g l p | how long is a typical flight from Tokyo to Los Angeles?
math g l p calc | what date is 90 days after 14 March 2025?
qa l l p | how long do I have to appeal an employment tribunal decision in England?
math l l p calc | the tribunal decision was sent on 3 June 2025 and I have 42 days to appeal. what's the last day?
math g l p calc | how many working days between 3 March and 28 March 2025, weekends excluded?
math g l p calc | hypotenuse of a right triangle with legs 7 and 24
qa g l p | what does the Pythagorean theorem say?
math g l p calc | 2 to the power of 40
qa g l p | why is a kilobyte sometimes 1000 bytes and sometimes 1024?
math g l p calc | how long to download a 48 GB game at 120 Mbit/s?
qa g l p | what's the difference between Mbps and MB/s?
qa l l p | what's the maximum tenancy deposit a landlord can take in England?
math l l p calc | rent is £1,450 a month; the deposit cap is five weeks' rent. what's the most my landlord can take?
math f l p calc | what's 20% VAT on £480, and the total?
qa f l p | what's the standard VAT rate in Ireland?
math m l p calc | child weighs 18 kg and the dose is 15 mg/kg -- how many mg, and how many ml of a 120 mg/5 ml suspension?
qa m l p | what's the usual paracetamol dose per kg for children?
math f l p calc | if I put £200 a month in at 4% a year compounded monthly, how much will I have after 10 years?
qa f l p | what's compound interest?
math f l p calc | my salary went from 42,000 to 46,500, what's the percentage raise?
qa f l p web | what's the average pay rise in the UK this year?
math s l p calc | how many combinations does a 6-digit PIN have, and how long to try them all at 10 guesses a second?
qa s l p | why are 4-digit PINs considered weak?
math s l p calc | how many bits of entropy does a random 12-character password drawn from 94 printable characters have?
qa s l p | what is password entropy?
math f l p calc | 12% off a €349 jacket -- what do I pay?
math l l p calc | statutory redundancy: 9 full years' service, age 45, £640 a week. 1.5 weeks' pay per year from age 41, 1 week per year from 22 to 40. how much?
qa l l p | who is entitled to statutory redundancy pay in the UK?
math m l p calc | BMI for 82 kg and 1.78 m
qa m l p | what BMI counts as overweight?
math g l p calc | 15% tip on a $86.40 bill, split four ways
qa g l p | do people tip in restaurants in Japan?
math g l p calc | area of a round table 1.2 m across
math f l p calc | ISA allowance is £20,000. I paid in £3,250 in April and £1,500 a month from May to February. how much room is left for March?
qa f l p | what's the annual ISA allowance?
qa l l p | what's the statutory minimum annual leave in Germany?
math l l p calc | in Germany the minimum is 20 days on a 5-day week; I work 3 days a week. what's my minimum?
math m l p calc | a drip runs 1,000 ml over 8 hours -- how many ml per hour?
qa m l p | what's a normal resting heart rate for adults?
"""

CLASSIFY_REASON_EXTRACT = r"""
# helpdesk tickets
classify g l i | urgent vs can wait, for each one: {TICKETS}
extract g l i | list the systems or devices mentioned in these tickets {TICKETS}
reasoning g m i | we only have one technician this morning -- which ticket should she take first, and why? {TICKETS}
classify g l i | tag each ticket as access, hardware, outage or how-to {TICKETS}
summarize g l i | one line on what the queue looks like this morning {TICKETS}

# a car-park slip
classify l l c | is this a work injury, yes or no? {INJURY}
reasoning l m c | should we report this to the HSE under RIDDOR, and why? {INJURY}
extract l l c | list the time, place and injury from this report {INJURY}
draft l l c | write the note to her manager confirming the incident has been logged {INJURY}
summarize l l c | one sentence for the incident log {INJURY}

# an expense claim
classify f l i | which of these are reimbursable under a normal travel policy? {EXPENSES}
extract f l i | list the lines over 100 {EXPENSES}
reasoning f m i | should we approve the team dinner with the client, and why or why not? {EXPENSES}
math f l i calc | total of this claim {EXPENSES}
classify f l i | tag each line as travel, meals, lodging, training or personal {EXPENSES}

# supplier contract clauses
classify l l p | which of these clauses favour the supplier? {CLAUSES}
reasoning l m p | is the 24-month no-poach clause likely to hold up, and should we push back on it? {CLAUSES}
extract l l p | list the notice period, the liability cap and the governing law {CLAUSES}
summarize l l p | plain-English version in three bullets {CLAUSES}

# patient portal messages
classify m l c | which of these messages need a clinician today? {TRIAGE}
reasoning m m c | for message b, should reception call the patient back or tell them to ring 999, and why? {TRIAGE}
extract m l c | list any medicines mentioned {TRIAGE}
classify m l c | admin or clinical, for each? {TRIAGE}

# SOC alerts
classify s l i | suspicious or benign? tag each alert {ALERTS}
reasoning s m i | which alert would you escalate first, and why? {ALERTS}
extract s l i | list the accounts named in these alerts {ALERTS}
classify s l i | map each alert to a MITRE ATT&CK tactic {ALERTS}

# no material
classify g l p | which of these are fruits botanically: tomato, rhubarb, cucumber, almond, strawberry
qa g l p | is a tomato a fruit or a vegetable?
classify f l p | fixed or variable cost: rent, packaging, salaries, card fees, insurance
reasoning f m p | we're a small bakery taking about 1,800 card payments a month -- should we move from a fixed monthly card plan to pay-per-transaction?
classify s l p | phishing or legit? "Your Microsoft 365 password expires today. Keep your current password here: hxxps://m365-keep[.]co/login"
qa s l p | why do phishing emails so often say your password expires today?
extract s l p | list the link and the product named in: "Your Microsoft 365 password expires today. Keep your current password here: hxxps://m365-keep[.]co/login"
classify l l p | employee or contractor? "You set your own hours, use your own tools, invoice monthly and may send a substitute."
reasoning l m p | I set my own hours but I only work for them and my manager checks my work every day -- am I really self-employed?
classify m l p | which of these are controlled drugs in the UK: codeine, ibuprofen, diazepam, amoxicillin, tramadol
qa m l p | is tramadol a controlled drug?
reasoning m m p | my mum takes tramadol and diazepam -- is a glass of wine at Christmas a bad idea for her?
classify g l p | urgent or can wait: the fire alarm panel shows a fault; the coffee machine is out of beans; a visitor is waiting at reception; the projector in room 2 flickers
reasoning g m p | the fire alarm panel shows a fault and the engineer can't come until Monday -- can we keep the office open?
classify f l p | is a £3,000 laptop for work capital expenditure or an operating expense?
qa f l p | what's the difference between capex and opex?
reasoning f m p | should we buy our five work laptops outright or lease them for three years?
classify l l p | which of these are personal data under GDPR: a work email address, a company registration number, an IP address, a car's number plate, an anonymised survey score
qa l l p | is an IP address personal data under GDPR?
classify s l p | which of these passwords would fail a 12-character, mixed-case policy: Summer2024, correct-horse-battery-staple, P@ss, Tr0ub4dor&3xyz
reasoning s m p | should we force password changes every 90 days or drop the rule, as NIST now suggests?
extract g l p | list the dates in: "Kick-off 4 March, design review 18 March, beta 2 May, launch 16 June"
classify g l p | which of these milestones fall in Q2: kick-off 4 March, design review 18 March, beta 2 May, launch 16 June
"""

SENTIMENT = r"""
# hotel review
sentiment g l p | is this customer happy? {REVIEW}
classify g l p | tag the topics this review covers: room, staff, wifi, breakfast, price {REVIEW}
reasoning g m p | was the wifi complaint handled badly enough that the hotel should offer a partial refund? {REVIEW}
extract g l p | list the complaints in this review {REVIEW}
summarize g l p | one line for the hotel manager {REVIEW}
draft g l p | write the hotel's public reply to this review {REVIEW}

# my own email
sentiment g l i | is this too blunt? {MYEMAIL}
draft g l i | rewrite it so it's firm but friendlier {MYEMAIL}
reasoning g m i | should I escalate to his manager now or wait until 3pm? {MYEMAIL}

# analyst note
sentiment f l p | bullish or bearish? {ANALYST}
reasoning f m p | should I sell my shares based on this? {ANALYST}
summarize f l p | two lines, please {ANALYST}
extract f l p | list the risks the analyst mentions {ANALYST}
classify f l p | buy, hold or sell -- which rating does this note most likely carry? {ANALYST}

# judgment
sentiment l l p | does the judge sound critical of the defendant? {JUDGE}
reasoning l m p | was the court right to throw out the damages claim even though the defendant's evidence was poor? {JUDGE}
classify l l p | who won on damages, claimant or defendant? {JUDGE}
summarize l l p | summarise the ruling in one sentence {JUDGE}

# patient feedback
sentiment m l p | how upset is this patient? {PATIENTFB}
classify m l p | tag each issue as care quality, communication or medication safety {PATIENTFB}
reasoning m m p | is a six-hour wait for post-op pain relief a patient-safety problem or just poor service? {PATIENTFB}
extract m l p | pull out the ward and the problems raised {PATIENTFB}

# vendor breach statement
sentiment s l p | what's the tone of this breach statement: apologetic, defensive or neutral? {VENDOR}
reasoning s m p | is "no evidence that any data has been misused" enough reason for us to do nothing? {VENDOR}
draft s m p | rewrite the statement so it actually tells customers what to do {VENDOR}

# short ones
sentiment g l p | "well that went great" -- sarcastic or sincere? it was after the demo crashed
sentiment g l p | does "per my last email" sound passive-aggressive?
qa g l p | what does "per my last email" mean?
sentiment f l p | bullish or bearish: "$TSLA deliveries miss again, guidance cut, I'm out"
reasoning f m p | Tesla missed its delivery numbers again -- is this a good moment to buy?
sentiment g l p | is my manager annoyed? she replied "noted." to my three-paragraph update
sentiment l l p | how hostile is this? "Our client is disappointed to note your continued failure to pay. Should payment not be received within 7 days, proceedings will be issued without further notice."
reasoning l m p | the landlord's solicitor threatens proceedings in 7 days, but the boiler has been broken for two months -- do I still owe the full rent?
sentiment s l p | is the author for or against mandatory MFA? "Another login prompt. Another code. I get it, hackers, but I've got work to do."
sentiment m l p | positive or negative: "the new diabetes app is fiddly, but it has actually helped me keep my sugars steady"
classify m l p | usability, effectiveness or price -- what is this app review mainly about? "the new diabetes app is fiddly, but it has actually helped me keep my sugars steady"
sentiment g l p | does my cover letter sound desperate? "I would be truly grateful for any opportunity at all, even unpaid, to prove myself."
reasoning g m p | should I offer to work unpaid for a month to get my foot in the door at a design agency?
sentiment f l p | how worried does the CFO sound? "We remain cautious. Cash is adequate for now, but we are watching receivables very closely."
"""

SUMMARIZE_TRANSLATE = r"""
# meeting notes
summarize g l i | tl;dr {MEETING}
extract g l i | pull out the action items with owners and due dates {MEETING}
draft g l i | turn these notes into an email to the client explaining the new launch date {MEETING}
translate g l i | translate the notes into German {MEETING}
extract g l i | what's the new launch date? {MEETING}

# a Spanish customer email
translate g l i | translate to English {ES}
draft g l i | reply in Spanish: yes, the exchange is free, and explain how to get the return label {ES}
summarize g l i | one line in English: what does she want? {ES}
extract g l i | give me the size ordered, the size received and the order date {ES}
sentiment g l i | is she annoyed? {ES}

# a discharge summary
summarize m l c | explain this to the patient's daughter in plain words {DISCHARGE}
extract m l c | list the medication changes {DISCHARGE}
draft m l c | write the note to the GP asking for the kidney function check in two weeks {DISCHARGE}
translate m l c | translate this into Polish for the patient {DISCHARGE}

# a security incident timeline
summarize s l i | three-bullet summary for the CISO {INCIDENT}
extract s l i | put the timestamps and actions in a two-column table {INCIDENT}
draft s m i | write the all-staff email reminding people not to enable macros, based on this {INCIDENT}
reasoning s m i | what should we change so this can't happen again? {INCIDENT}
classify s l i | what severity is this, P1 to P4? {INCIDENT}

# a lease break clause
summarize l l p | in plain English please {LEASE}
extract l l p | list the conditions for using the break {LEASE}
reasoning l m p | we're £400 behind on the service charge -- can we still use the break? {LEASE}
translate l l p | translate into French {LEASE}
draft l m p | draft the break notice for us to send {LEASE}

# an earnings release
summarize f l p | tweet-length summary {EARNINGS}
extract f l p | give me revenue, operating margin and free cash flow {EARNINGS}
sentiment f l p | upbeat or downbeat, tone-wise? {EARNINGS}
math f l p calc | what was revenue last year? {EARNINGS}
draft f l p | write a two-paragraph investor update email based on this {EARNINGS}

# translate vs draft, no material
translate g l p | how do I say "the meeting is postponed" in Japanese?
draft g l p | write a short message in Japanese to my host family saying my flight is delayed by three hours
translate l l p | "without prejudice" in German?
qa l l p | what does "without prejudice" mean on a letter?
translate m l p | "take one tablet twice a day with food" in Arabic
draft m l p | write a reminder text in Spanish for our patients to bring their medication list to appointments
translate g l p | translate "thanks for your patience, we'll be back on Monday" into Italian
draft g l p | write an Italian-language notice for our shop door: closed for holidays until Monday
"""

MULTI = r"""
code g m p => fix this merge so each order appears once ;; qa g l p => explain what a many-to-many merge is | fix this merge so each order appears once, and explain what a many-to-many merge is {MERGE}
chat g l p => thanks, that worked :) ;; qa g l p => what is a CNAME record anyway? | thanks, that worked :) what is a CNAME record anyway?
qa l l p => what's the deposit cap in England ;; math l l p calc => what is that on £1,300 a month rent? | what's the deposit cap in England, and what is that on £1,300 a month rent?
draft g l p => write the notice for the fire drill on Thursday at 11 ;; creative g l p => a funny version for the Slack channel | write the notice for the fire drill on Thursday at 11, then a funny version for the Slack channel
sentiment g l i => is this too blunt? ;; draft g l i => if it is, rewrite it to sound warmer | is this too blunt? if it is, rewrite it to sound warmer. {MYEMAIL}
classify s l i => which of these alerts look malicious ;; reasoning s m i => what would you do first? | which of these alerts look malicious, and what would you do first? {ALERTS}
extract f l p => give me revenue and free cash flow ;; summarize f l p => a one-line summary | 1) give me revenue and free cash flow 2) a one-line summary {EARNINGS}
translate g l i => translate her email into English ;; draft g l i => write a reply in Spanish offering a free exchange | translate her email into English and write a reply in Spanish offering a free exchange {ES}
qa g l p => what does CrashLoopBackOff mean? ;; code g l i => give me the command to see the previous container's logs | what does CrashLoopBackOff mean? also give me the command to see the previous container's logs {KUBECTL}
math f l p calc => convert 3,400 USD to GBP at 0.79 ;; qa f l p => do I pay tax on money transferred from abroad to the UK? | convert 3,400 USD to GBP at 0.79. Separately, do I pay tax on money transferred from abroad to the UK?
sentiment l l p => does the judge sound critical of the defendant? ;; summarize l l p => summarize the ruling in two lines | does the judge sound critical of the defendant? then summarize the ruling in two lines {JUDGE}
classify m l c => which messages need a clinician today? ;; draft m l c => draft a reply to the one about physio | which messages need a clinician today? and draft a reply to the one about physio {TRIAGE}
extract l l c => list the time and place ;; classify l l c => whether it's a work injury, yes or no ;; reasoning l m c => whether it has to be reported under RIDDOR | list the time and place, say whether it's a work injury, yes or no, and tell me whether it has to be reported under RIDDOR {INJURY}
creative g l p => a slogan for the charity bake sale ;; math g l p calc => how many cupcakes at £1.50 do we need to sell to raise £600? | a slogan for the charity bake sale, plus how many cupcakes at £1.50 do we need to sell to raise £600?
code g l p => regex for a UK mobile number ;; qa g l p => why do UK mobiles start with 07? | regex for a UK mobile number -- and why do UK mobiles start with 07?
chat g l p => long week ;; qa g l p => is it normal for a laptop fan to run constantly? | long week. anyway, is it normal for a laptop fan to run constantly?
summarize s l i => three bullets for the CISO ;; reasoning s m i => what should change so it can't happen again? | three bullets for the CISO; what should change so it can't happen again? {INCIDENT}
sentiment f l p => bullish or bearish? ;; extract f l p => list the risks mentioned too | bullish or bearish? list the risks mentioned too. {ANALYST}
code g l p => excel formula to count cells that say "late" ;; qa g l p => how do I turn on conditional formatting to colour them red? | excel formula to count cells that say "late", and how do I turn on conditional formatting to colour them red?
math m l p calc => 18 kg child at 15 mg/kg, how many mg? ;; qa m l p => how often can it be given? | paracetamol for an 18 kg child at 15 mg/kg, how many mg? and how often can it be given?
draft g l i => email the team that the office is closed Friday for the move ;; creative g l p => add a two-line poem at the end about the boxes | email the team that the office is closed Friday for the move, and add a two-line poem at the end about the boxes
extract g l i => pull out the action items ;; draft g l i => write the follow-up email to Tom | pull out the action items, then write the follow-up email to Tom {MEETING}
translate l l p => translate the clause into French ;; summarize l l p => give me a one-line gist in English | translate the clause into French and give me a one-line gist in English {LEASE}
reasoning l m p => can we still use the break if we owe £400 service charge? ;; draft l m p => if yes, draft the notice | can we still use the break if we owe £400 service charge? if yes, draft the notice {LEASE}
classify f l i => tag each line as travel, meals, lodging or personal ;; math f l i calc => add up the reimbursable total | tag each line as travel, meals, lodging or personal, then add up the reimbursable total {EXPENSES}
chat g l p => what can you do? ;; code g l p => write me a query for the top 10 customers by revenue | what can you do? e.g. write me a query for the top 10 customers by revenue
qa s l p => what is SQL injection? ;; code s l p => show me the fix in this handler | what is SQL injection? show me the fix in this handler {LOGIN}
sentiment g l p => is the customer happy? ;; draft g l p => write the hotel's reply accordingly | is the customer happy? write the hotel's reply accordingly {REVIEW}
math g l p calc => how long to download 48 GB at 80 Mbit/s ;; qa g l p => why is my speed shown in megabits anyway? | how long to download 48 GB at 80 Mbit/s, and why is my speed shown in megabits anyway?
creative g l p => three poster lines for the blood drive ;; draft m l p => the practical email with times, eligibility and how to book | three poster lines for the blood drive + the practical email with times, eligibility and how to book
classify s l p => phishing or legit? ;; extract s l p => list the link and the sender domain as well | phishing or legit? list the link and the sender domain as well: "From: IT Service Desk (micros0ft-support.co) -- Your mailbox is 99% full. Click hxxps://micros0ft-support[.]co/upgrade within 24 hours."
qa m l p => is tramadol a controlled drug ;; reasoning m m p => can my mum take it alongside her diazepam? | is tramadol a controlled drug, and can my mum take it alongside her diazepam?
summarize m l c => explain this to the daughter in plain words ;; translate m l c => then put it in Polish | explain this to the daughter in plain words, then put it in Polish {DISCHARGE}
code g m p => rewrite this to run in O(n) ;; qa g l p => what does O(n) actually mean? | rewrite this to run in O(n). And what does O(n) actually mean? {LOOP}
chat g l p => I've accepted my fate with this printer ;; qa g l p => how do I clear the print queue in Windows though? | honestly I've accepted my fate with this printer. how do I clear the print queue in Windows though?
extract s l c => list the source IPs ;; code s l c => write the iptables rule to block them | list the source IPs and write the iptables rule to block them {AUTHLOG}
draft l m c => write the letter to {P3} confirming their redundancy ;; math l l c calc => work out their statutory redundancy pay: 9 years, age 45, £640 a week | write the letter to {P3} confirming their redundancy and work out their statutory redundancy pay: 9 years, age 45, £640 a week
sentiment m l p => how upset is the patient ;; classify m l p => which issues are medication safety? | how upset is the patient, and which issues are medication safety? {PATIENTFB}
math f l p calc => what was revenue last year ;; sentiment f l p => is the tone upbeat or downbeat? | what was revenue last year, and is the tone upbeat or downbeat? {EARNINGS}
qa f l p => what's the ISA allowance this year? ;; math f l p calc => how much room do I have left? | what's the ISA allowance this year? I've paid in £14,600 so far, how much room do I have left?
chat g l p => Honestly it's been a week. ;; creative g l p => write a limerick about the VPN dropping every hour | Honestly it's been a week. write a limerick about the VPN dropping every hour
classify g l i => urgent vs can wait for each ticket ;; draft g l i => a holding reply for the ones that can wait | urgent vs can wait for each ticket; then a holding reply for the ones that can wait {TICKETS}
reasoning f m i => should we approve the client dinner? ;; draft f l i => write the note to the claimant either way | should we approve the client dinner? write the note to the claimant either way {EXPENSES}
translate s l p => translate this text into English ;; classify s l p => tell me if it's a scam | translate this text into English and tell me if it's a scam: "Ihr Paket konnte nicht zugestellt werden. Zahlen Sie 1,99 EUR unter dhl-paket-zustellung.info"
qa g l p => how do I recall an email in Outlook? ;; draft g l i => write the apology for the one I sent to the wrong list | how do I recall an email in Outlook? and write the apology for the one I sent to the wrong list
math g l p calc => what time is it in Singapore when it's 9am in London in winter? ;; chat g l p => the joys of remote teams lol | what time is it in Singapore when it's 9am in London in winter? the joys of remote teams lol
extract l l p => list the notice period, the liability cap and the governing law ;; classify l l p => which clauses favour the supplier? | list the notice period, the liability cap and the governing law; which clauses favour the supplier? {CLAUSES}
draft g l p => write a short thank-you email to the venue in English ;; translate g l p => translate it into Portuguese | 1. write a short thank-you email to the venue in English 2. translate it into Portuguese
code g l p => explain what this crontab line does ;; code g l p => change it to run every weekday at 6pm | explain what this crontab line does and change it to run every weekday at 6pm: 0 3 * * 1 /opt/backup.sh
qa g l p => what's the difference between a block and an inline element? ;; code g l p => make these spans stack vertically | what's the difference between a block and an inline element? make these spans stack vertically: <span>Name</span><span>Email</span><span>Phone</span>
classify f l p => is this a scam or a real HMRC letter? ;; reasoning f m p => should I call the number on it? | is this a scam or a real HMRC letter? should I call the number on it? "HMRC: you are due a tax refund of £684.20. Claim within 48 hours at hmrc-refund-claim.uk"
summarize l l p => summarize the clauses in two lines ;; sentiment l l p => does the contract feel one-sided? | summarize the clauses in two lines. does the contract feel one-sided? {CLAUSES}
"""

PII_AND_HARD = r"""
extract f l r | pull out the IBAN and the amount: "Please pay invoice 2291 to {P3}, IBAN {IB1}, amount €1,240.00 by Friday."
classify f l r | fraud or billing error? "I was charged twice on card {CC1} for the same order, both on 4 May, and I only placed one order."
reasoning f m r | I was charged twice on card {CC1} for the same order on 4 May -- should I ask the shop for a refund or go straight to a chargeback?
sentiment g l c | how annoyed is this customer? "{P4} ({E1}): third time I'm asking for my refund, this is ridiculous."
draft g l c | reply to {P4} at {E1} apologising for the delay on their refund
extract m l r | list the patient's name, NRIC and phone from the referral: "Referral for {P2}, NRIC {NR1}, tel {T1}, knee pain 6 months, please assess for physio."
summarize m l r | one line for the physio team: "Referral for {P2}, NRIC {NR1}, tel {T1}, knee pain 6 months, worse on stairs, failed home exercises, please assess."
reasoning s m r | my 'employer' emailed asking me to reply with my SSN {SSN1} to finish onboarding. should I send it?
classify s l r | phishing or genuine onboarding request? "Reply with your SSN {SSN1} confirmed and your start date to finish onboarding."
code g l c | my email regex rejects {E2}, why? ^[a-z]+[@][a-z]+\.[a-z]{2,3}$
!extract f l i | list the invoice numbers and due dates: INV-2025-00412 due 2025-07-14, INV-2025-00437 due 2025-07-30, INV-2025-00451 due 2025-08-02
!code g l p | regex to validate reference numbers like {HNCARD} (16 digits, spaces optional)
!qa g l p | in build v4.2.0.17, which number is the patch version?
!classify f l p | valid or not? the IBAN {HNIBAN} -- the checksum looks off to me
!math f l p calc | PO 4500012345 came to 12,480.00 and PO 4500012377 to 9,310.50 -- what's the difference?
!sentiment g l p | ticket INC0049211 says "still broken, day 4, unbelievable" -- how frustrated is the user?
!extract g l p | pull the tracking number and the serial: "Shipped via UPS, tracking 1Z4R92W8031234, unit serial SN-4410-2291-0037"
!summarize g l i | one line: "Release 3.14.2.8 fixes JIRA-2291 and JIRA-2304, rolls back SKU 1180-2291-4471-0093 pricing, due 2025-09-01."
"""

_BLOCKS = (CODE_QA, CHAT_QA, CREATIVE_DRAFT, MATH_QA, CLASSIFY_REASON_EXTRACT, SENTIMENT,
           SUMMARIZE_TRANSLATE, MULTI, PII_AND_HARD)  # fmt: skip


def _lines(block: str) -> str:
    """The block without its blank lines and ``#`` name lines."""
    return "\n".join(
        ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")
    )


def rows() -> list[Row]:
    expand = Placeholders(_MAT, _V)
    return line_rows((_lines(b) for b in _BLOCKS), prefix="diverse16", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse16.jsonl", rows(), scan_unmarked=True)
    print(f"  rows with pasted material: {sum(chr(10) * 2 in r['text'] for r in data)}")


if __name__ == "__main__":
    main()
