"""Eighteenth hand-written TRAIN corpus (writes ``train_diverse18.jsonl``).

Why: an acceptance tester of an LLM router builds a COVERAGE GRID before
anything else: every intent crossed with every domain, each cell exercised at
several lengths and in several phrasings. This corpus is that grid, written by
hand. For each of the 12 intents x 5 domains (general, finance, legal,
medical, security) there are five requests: one terse (4-12 words), two
medium (15-50 words) and two long ones (60-180 words, most carrying pasted
material: an email, a log, code, a contract clause, a clinical note, an
invoice, a policy, a chat transcript or a table). Phrasings rotate through
imperatives, questions, "I need...", "Could you...", "Help me...", role
framing ("You are a paralegal..."), output-format constraints ("in 3
bullets", "as JSON", "under 100 words") and tone constraints. Each cell aims at
something unusual but realistic (chat in security: "thanks, that phishing tip
saved me today"; math in medical: a dose per kg; translate in security: an
advisory into German). Then 80 multi-task requests chaining two to four asks
of different intents and (mostly) different domains with varied connectives,
and 40 hard cases on the boundary rules of ``train_diverse16_source.py`` in
new wordings. About 60 rows carry marked PII of every type and about 40 are
hard negatives built from the unmarked look-alikes in ``_HN`` (Luhn-failing
16-digit references, IBAN-shaped strings with wrong check digits, NRIC-shaped
strings with the wrong letter) or from order / invoice / ticket ids, version
strings, dates and amounts. It was written without running the classifier on
it.

Labels follow the intent, domain, complexity and sensitivity guide of
``train_diverse14_source.py``, the splitting rules of
``train_diverse15_source.py`` and the boundary rules of
``train_diverse16_source.py``. Two consequences for the grid: the creative and
chat cells of the finance / legal / medical / security columns are written on
those topics but labelled domain general (creative asks and chat are general
even when they mention a domain word), and a few code rows in the domain
columns are general because the code does not encode the domain's own rules.

Row format, one per line (the LINE dialect of ``corpus.py``):
``spec [=> clause] [;; spec => clause ...] | text`` where spec is
``[!]intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in l/m/h, s in
p/i/c/r; a leading ``!`` marks a hard negative). ``{NAME}`` pastes material
from ``_MAT`` after a blank line (``{{NAME}}`` inline) or inserts a marked PII
value / unmarked look-alike from ``_V``; ``\\n`` is a newline. Blank lines and
``#`` lines inside a block only separate and name the grid cells.
Usage: ``python tests/data/intent/train_diverse18_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts, the rows
per section and the length buckets).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

from collections import Counter

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

_VAL = Values(1818018)
_R = _VAL.rng


def _p(name: str) -> str:
    return mark("PERSON", name)


def _e(addr: str) -> str:
    return mark("EMAIL", addr)


def _ph(num: str) -> str:
    return mark("PHONE", num)


def _ip(addr: str) -> str:
    return mark("IP_ADDRESS", addr)


# ---------------------------------------------------------------- PII values
_V = {
    "CC_VISA": mark("CREDIT_CARD", _VAL.card("4", 16, " ")),
    "CC_MC": mark("CREDIT_CARD", _VAL.card("53", 16, "-")),
    "CC_AMEX": mark("CREDIT_CARD", _VAL.card("37", 15, " ")),
    "CC_DISC": mark("CREDIT_CARD", _VAL.card("6011", 16, "")),
    "IB_NL": mark("IBAN", _VAL.iban("NL", True)),
    "IB_IT": mark("IBAN", _VAL.iban("IT", False)),
    "IB_GB": mark("IBAN", _VAL.iban("GB", True)),
    "SSN1": mark("US_SSN", _VAL.ssn("-")),
    "SSN2": mark("US_SSN", _VAL.ssn(" ")),
    "NRIC_S": mark("SG_NRIC", _VAL.nric("S")),
    "NRIC_T": mark("SG_NRIC", _VAL.nric("T")),
    "NRIC_G": mark("SG_NRIC", _VAL.nric("G")),
    "P_AP": _p("Henrik Aalders"),
    "P_EMP": _p("Callum Reid"),
    "P_PAT": _p("Margaret Osei-Bonsu"),
    "P_DIS": _p("Leo Marchetti"),
    "P_L1": _p("Ana Ferreira"),
    "P_L2": _p("Robert Nkemelu"),
    "P_L3": _p("Yuki Tanabe"),
    "P_L4": _p("Siobhan Gallagher"),
    "P_M1": _p("Dariusz Nowicki"),
    "P_M2": _p("Gillian Shaw"),
    "P_M3": _p("Kwame Asante"),
    "P_F1": _p("Isabelle Moreau"),
    "P_F2": _p("Tomasz Wrobel"),
    "P_F4": _p("Hannah Lindgren"),
    "P_G1": _p("Priyanka Desai"),
    "P_G2": _p("Jonas Becker"),
    "P_G3": _p("Ravi Menon"),
    "P_G5": _p("Emma Kowalczyk"),
    "P_X": _p("Fiona Gallacher"),
    "P_Y": _p("Dean Whitaker"),
    "P_Z": _p("Oluwaseun Adeyemi"),
    "P_SG1": _p("Tan Ah Kow"),
    "P_SGV": _p("Lee Mei Ling"),
    "P_S1": _p("Marta Kowalska"),
    "P_B1": _p("Chiara Bellini"),
    "P_W2": _p("Brandon Keller"),
    "P_C1": _p("Aiko Yamamoto"),
    "P_C2": _p("Lucas Oliveira"),
    "P_C3": _p("Nadia Rahman"),
    "P_C4": _p("Sebastian Hoffmann"),
    "E_AP": _e("finance@nordlys-fasteners.com"),
    "E_G1": _e("priyanka.desai@kitestudio.io"),
    "E_G2": _e("jonas.becker@fahrwerk.de"),
    "E_BM": _e("facilities@kingsway-estates.co.uk"),
    "E_G5": _e("emma.k@acme-corp.io"),
    "E_S1": _e("marta.kowalska@contoso.org"),
    "E_F4": _e("hannah.lindgren@outlook.com"),
    "E_C1": _e("aiko.yamamoto@hikari-labs.jp"),
    "E_C2": _e("lucas@oliveiralabs.com.br"),
    "E_C3": _e("n.rahman@example.com"),
    "E_C4": _e("s.hoffmann@hoffmann-gmbh.de"),
    "PH_US": _ph("+1 (415) 555-0187"),
    "PH_FR": _ph("+33 6 12 48 77 03"),
    "PH_IN": _ph("+91 98201 44563"),
    "PH_UK": _ph("+44 20 7946 0321"),
    "PH_UK2": _ph("+44 7700 900614"),
    "PH_SG": _ph("+65 9123 4471"),
    "PH_SG2": _ph("+65 8234 5519"),
    "PH_SG3": _ph("+65 6123 0987"),
    "PH_DE": _ph("+49 30 901820 44"),
    "PH_JP": _ph("+81 90-3348-1276"),
    "PH_AU": _ph("+61 412 338 905"),
    "IP_A": _ip("185.220.101.34"),
    "IP_B": _ip("77.111.246.19"),
    "IP_C": _ip("203.0.113.87"),
    "IP_D": _ip("88.26.142.7"),
    "IP_E": _ip("81.143.22.190"),
    "IP6_1": _ip("2a02:c7c:5e1d:8a00:4c1f:92ff:fe3b:11d2"),
    "IP6_2": _ip("2001:db8:3c4d:15::1a2f"),
    "IP6_3": _ip("fe80::9c1a:77ff:fe20:4b31"),
}

# unmarked look-alikes for the hard negatives: every one fails its checksum
_HN = {
    "BC1": _VAL.bad_card("4", " "),
    "BC2": _VAL.bad16("-"),
    "BC3": _VAL.bad_card("5", "", shift=4),
    "BC4": _VAL.bad_card("6011", " ", shift=7),
    "BI1": _VAL.bad_iban("DE", True),
    "BI2": _VAL.bad_iban("GB", False),
    "BI3": _VAL.bad_iban("FR", True),
    "BI4": _VAL.bad_iban("NL", True, shift=23),
    "BI5": _VAL.bad_iban("ES", False, shift=40),
    "BI6": _VAL.bad_iban("IT", True),
    "BN1": pv.bad_nric(_R),
    "BN2": pv.bad_nric(_R),
}
_V.update(_HN)

# ---------------------------------------------------------------- pasted material
_MAT = {
    # ---- general
    "G_MEETING": """Office move sync - 9 Sept
Attendees: facilities, IT, HR, two team leads
- Move to the Kingsway building confirmed for Saturday 4 October; movers booked 07:00-15:00.
- IT needs every desk labelled with its asset tag by 30 Sept; monitors stay, docks move.
- Parking drops from 60 to 35 spaces; HR to draft a fair allocation rule by 19 Sept.
- The kitchen is smaller: no personal mugs left overnight.
- Open question: who pays for the extra bike racks, facilities or the landlord?
- Next sync 16 Sept.""",
    "G_PYCODE": """def average_rating(reviews):
    total = 0
    for r in reviews:
        total += r["stars"]
    return total / len(reviews)

print(average_rating([]))   # ZeroDivisionError""",
    "G_REVIEWS": """A) "Light, quiet and the battery lasts a full clean of our flat. Love it."
B) "Suction is weak on carpet and the bin clogs with pet hair every five minutes."
C) "Arrived a week late with a cracked charging dock. Support replaced it fast, to be fair."
D) "Does the job. Nothing special for the price."
E) "Third one I've bought for family - brilliant on hard floors, useless on stairs.\"""",
    "G_TRANSCRIPT": """[09:02] Customer: my internet has been dropping every evening for a week
[09:03] Agent: Sorry to hear that! Have you tried restarting the router?
[09:03] Customer: yes. five times. every night.
[09:05] Agent: I can book an engineer for Thursday between 8 and 12.
[09:06] Customer: I work Thursdays. Saturday?
[09:08] Agent: The earliest Saturday is the 21st.
[09:08] Customer: that's two weeks away. fine, book it, but I want a credit for this month.
[09:10] Agent: I've added a £15 credit and booked Saturday 21st, 8-12.""",
    "G_NEWSLETTER": """Greenway Community Garden - autumn update. Thanks to 40 volunteers, the new raised beds by the south gate are finished and the first winter vegetables are in. The tool shed lock has been changed; pick up the new code from Maria at the Saturday sessions. Water will be switched off from 1 November to protect the pipes, so please bring your own for the greenhouse. Our seed swap is on Sunday 12 October, 10am-1pm, in the church hall, and we're still looking for two people to run the compost rota over winter.""",
    "G_SALES": """Day | Coffees | Pastries | Revenue (£)
Mon | 142 | 61 | 598.40
Tue | 155 | 70 | 661.75
Wed | 171 | 66 | 712.10
Thu | 168 | 80 | 735.60
Fri | 214 | 112 | 968.30
Sat | 260 | 145 | 1,204.50
Sun | 98 | 54 | 436.20""",
    "G_ES_EMAIL": """Estimada señora: Le confirmamos la reserva de dos habitaciones dobles del 14 al 18 de julio. El desayuno está incluido y el aparcamiento cuesta 12 euros por noche. Si llegan después de las 22:00, por favor avísenos con antelación, ya que la recepción cierra a medianoche. Para cancelar sin coste, debe hacerlo al menos siete días antes de la llegada. Quedamos a su disposición para cualquier consulta. Un cordial saludo, Hotel Mirador del Puerto, Cádiz.""",
    "G_ROUTER": """DSL status: Showtime
Downstream rate: 38,412 kbps    Upstream rate: 9,216 kbps
SNR margin (down/up): 6.1 dB / 8.4 dB
Line attenuation (down/up): 24.5 dB / 18.2 dB
CRC errors (24h): 1,842
Uptime: 0 days 03:12:44""",
    "G_TEAMCHAT": """[08:55] Jess: who moved my chair
[08:56] Tom: it was like that when I got here
[08:56] Jess: it's on the ROOF terrace Tom
[08:57] Raj: in fairness it has a better view than your desk
[08:58] Jess: I am filing a formal complaint with the chair union
[09:01] Tom: ok ok it was me, fire drill chair race, I lost""",
    "G_THREAD": """From: Dana (Ops)
Can we move the quarterly planning session to Thursday at 14:00? Half the team is out Wednesday.

From: Marc (Finance)
Thursday works for me but I'd need to leave by 15:30.

From: Lina (Product)
Thursday 14:00 clashes with the customer demo. Could we do 10:00 instead?

From: Dana (Ops)
Let's say Thursday 10:00 then, unless anyone objects by tomorrow noon.""",
    "G_CONTACTS": """Northern Data Summit - speakers and sponsors
- {P_C1}, keynote speaker, {E_C1}, {PH_JP}
- {P_C2}, sponsor (Oliveira Labs), {E_C2}, {PH_AU}
- {P_C3}, panel speaker, {E_C3}, {PH_DE}
- {P_C4}, sponsor (Hoffmann GmbH), {E_C4}""",
    # ---- finance
    "F_INVOICE": """INVOICE 2025-0932 | Brightline Catering Ltd
Client: Orchard Legal LLP, 12 Market Street, Bristol
Issued: 02/09/2025 | Due: 02/10/2025 (net 30)
1. Staff lunch, 3 Sept, 45 covers @ £14.50 = £652.50
2. Client reception canapés, 11 Sept, 80 guests @ £9.75 = £780.00
3. Coffee service x 6 mornings @ £38.00 = £228.00
4. Late cancellation fee (17 Sept) = £120.00
Subtotal £1,780.50 | VAT 20% £356.10 | Total £2,136.60
Late payments accrue interest at 8% above base rate.""",
    "F_EARNINGS": """CEO: "We delivered another record quarter. Revenue grew 14% to $2.31 billion and subscription ARR crossed $6 billion for the first time."
Analyst: "Your guidance implies a slowdown in Q4 - is that macro or something company-specific?"
CFO: "We're being prudent. Deal cycles in Europe have lengthened, and we'd rather under-promise. We are not seeing churn increase."
Analyst: "And gross margin fell 180 basis points?"
CFO: "That's the data-centre build-out. It's temporary, and we expect to recover most of it by the second half of next year.\"""",
    "F_EXPENSE_POLICY": """Expense policy 2025, section 4
4.1 Rail: standard class only, unless the journey is over 3 hours.
4.2 Hotels: up to £150 a night outside London, £210 in London, breakfast included.
4.3 Meals: up to £35 a day when away overnight; alcohol is not reimbursed.
4.4 Client entertainment needs prior approval from a director and a list of attendees.
4.5 Claims must be submitted with receipts within 60 days; mileage is paid at 45p a mile for the first 10,000 miles.""",
    "F_BUDGET": """Marketing budget vs actual, H1 (EUR)
Line | Budget | Actual
Paid social | 48,000 | 61,250
Events | 35,000 | 22,400
Content agency | 30,000 | 30,000
SEO tools | 6,000 | 7,180
Print | 8,000 | 3,900
Total | 127,000 | 124,730""",
    "F_BANKCHANGE": """From: {E_AP}
Subject: URGENT - change of bank details
Dear customer, due to an internal audit our bank account has changed. Please send all open payments, including invoice 7741 (EUR 18,960.00), to our new account: IBAN {IB_NL}, BIC ABNANL2A. The old account will be closed on Friday, so payments there will bounce. Please confirm by email only, as our phone lines are being upgraded this week.
Kind regards, {P_AP}, Accounts Receivable""",
    "F_LOAN": """Business loan offer: £60,000 over 5 years at 9.4% APR fixed. Arrangement fee 1.5%, added to the loan. Monthly repayments by direct debit. Early repayment charge: 2% of the amount repaid in years 1-2, none after that. A personal guarantee from each director is required, plus security over the equipment purchased. Offer valid for 30 days.""",
    "F_W2": """Form W-2 Wage and Tax Statement 2024
Employee: {P_W2}    SSN: {SSN1}
Employer: Cascade Dental Partners LLC, EIN 91-2847713
Box 1 Wages, tips, other compensation: 71,240.00
Box 2 Federal income tax withheld: 8,612.40
Box 3 Social security wages: 74,000.00
Box 12a: D 2,760.00
Box 16 State wages (OR): 71,240.00""",
    # ---- legal
    "L_NDA": """2.1 "Confidential Information" means all information disclosed by either party, in any form, whether marked or not.
3.1 The Recipient shall use Confidential Information only to evaluate the proposed joint venture.
3.4 The obligations in this clause last for seven (7) years from the date of disclosure.
5.2 Neither party shall, for 18 months after this Agreement ends, solicit any employee of the other.
8.1 The Discloser may seek an injunction without proving damage.
9.3 This Agreement is governed by the laws of the State of New York.""",
    "L_LEASE": """6.1 Rent review. On each Review Date the rent shall be increased to the higher of (a) the rent payable immediately before the Review Date and (b) that rent increased by the percentage rise in CPI over the preceding 12 months, capped at 4%.
6.2 The Review Dates are every third anniversary of the Term Commencement Date.
6.3 If the revised rent is not agreed before the Review Date, the Tenant shall continue to pay the old rent and pay any shortfall within 14 days of agreement, with interest at 3% above base rate.""",
    "L_DISMISSAL": """Dear {P_EMP},
Further to the disciplinary hearing on 14 August, I am writing to confirm that your employment with Harwood Retail Ltd is terminated with immediate effect for gross misconduct, namely the unauthorised removal of stock from the Bristol store on 2 August. You will receive pay up to today's date and any accrued holiday, but no notice pay. You have the right to appeal against this decision by writing to the Head of HR within 5 working days.
Yours sincerely,
Store Operations Manager""",
    "L_PRIVACY": """We collect your name, email address, delivery address and order history when you buy from us, and your IP address and device identifiers when you browse our site. We use this data to fulfil orders, prevent fraud and, if you opt in, to send marketing. We share data with our payment processor, courier partners and an analytics provider based in the United States under standard contractual clauses. We keep order records for six years for tax purposes. You can ask for a copy of your data, or ask us to delete it, by writing to our privacy team.""",
    "L_DEMAND": """Dear Sirs,
We act for Kestrel Print Ltd. Our client delivered 12,000 printed brochures to you on 3 June under purchase order PO-5520 for £8,460 plus VAT. You have not paid, and you have not raised any complaint about the goods. Unless our client receives £10,152 within 14 days of this letter, we are instructed to issue proceedings in the County Court without further notice, claiming interest under the Late Payment of Commercial Debts (Interest) Act 1998 and costs.
Yours faithfully,
Moreton Hale LLP""",
    "L_JUDGMENT": """The tenant withheld rent for four months, relying on disrepair. The court accepted that the landlord had failed to repair the roof for over a year despite repeated complaints, and that the tenant's kitchen was unusable for part of that period. However, withholding the whole rent was not a proportionate response. The court awarded the landlord the arrears of £5,200, less a set-off of £2,300 for the disrepair, and made no order as to costs, noting that both parties had refused mediation.""",
    "L_DE_CLAUSE": """§ 8 Kündigung. (1) Der Vertrag kann von beiden Parteien mit einer Frist von drei Monaten zum Ende eines Kalenderquartals schriftlich gekündigt werden. (2) Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Ein wichtiger Grund liegt insbesondere vor, wenn eine Partei mit einer Zahlung länger als 30 Tage in Verzug ist oder wiederholt gegen wesentliche Pflichten aus diesem Vertrag verstößt.""",
    "L_FUN": """14.7 Force majeure. Neither party shall be liable for delay caused by events beyond its reasonable control, including but not limited to acts of God, flood, fire, epidemic, strikes, the failure of the office coffee machine on a Monday, the sudden appearance of geese in the car park, and any inability of the Supplier's account manager to find the mute button on a video call.""",
    # ---- medical
    "M_NOTE": """GP consultation note - {P_PAT}, 64F
PC: 2/52 increasing breathlessness on exertion, ankle swelling, sleeping on 3 pillows.
PMH: hypertension, T2DM, MI 2019.
Meds: ramipril 5 mg OD, metformin 1 g BD, atorvastatin 80 mg ON, aspirin 75 mg OD.
O/E: BP 148/90, HR 96 irregular, SpO2 94% RA, bibasal crackles, pitting oedema to mid-shin. Weight 82 kg (76 kg in March).
Plan: ECG today, bloods incl. NT-proBNP and U&Es, start furosemide 40 mg OM, urgent echo referral, review in 1 week or sooner if worse.""",
    "M_DISCHARGE": """Discharge summary - {P_DIS}, 8y M, 26 kg
Admitted for 2 days with an acute asthma exacerbation. Treated with nebulised salbutamol and oral prednisolone 1 mg/kg for 3 days. Discharged on: salbutamol inhaler via spacer, 4-6 puffs up to 4-hourly, weaning over 48 h; prednisolone 26 mg once daily for 1 more day; beclometasone 100 mcg 2 puffs BD (new). Asthma action plan given. Follow-up: GP review within 2 working days; school to be given the updated plan.""",
    "M_LABS": """Test | Result | Range
Hb | 96 g/L | 120-150
MCV | 71 fL | 80-100
Ferritin | 6 ug/L | 15-150
Platelets | 412 x10^9/L | 150-400
CRP | 4 mg/L | <5
TSH | 1.8 mU/L | 0.4-4.0
B12 | 310 ng/L | 190-900""",
    "M_LEAFLET": """How to take metformin: take your tablets with or just after a meal. Do not crush or chew the prolonged-release tablets. The usual starting dose is 500 mg once a day; your doctor may increase it gradually to a maximum of 2,000 mg a day. Stomach upset, diarrhoea and a metallic taste are common in the first weeks and usually settle. Stop taking metformin and get urgent help if you have severe vomiting, fast breathing and muscle pain, as these can be signs of lactic acidosis. Tell your doctor before any scan that uses contrast dye.""",
    "M_FEEDBACK": """1. "The physio was brilliant, explained everything and I'm walking without a stick now."
2. "Waited 50 minutes past my appointment time with no apology."
3. "Reception were rude when I asked about my results."
4. "Clean, calm, and the nurse remembered my name from last time. Thank you."
5. "Parking is impossible and the machine only takes coins.\"""",
    "M_TRIAGE": """a) "My 2-year-old has had a temperature of 39.8 since last night and now has a rash that doesn't fade under a glass."
b) "Can I get my repeat prescription for levothyroxine before I go on holiday?"
c) "Sprained my ankle playing football on Saturday, still swollen but I can walk on it."
d) "My dad is confused and slurring his words, it started about 30 minutes ago."
e) "I need my fit note extended, the back pain is the same.\"""",
    # ---- security
    "S_AUTHLOG": """Oct 12 02:14:07 vpn-gw01 sshd[3312]: Failed password for invalid user admin from {IP_A} port 51122 ssh2
Oct 12 02:14:09 vpn-gw01 sshd[3314]: Failed password for invalid user test from {IP_A} port 51140 ssh2
Oct 12 02:14:12 vpn-gw01 sshd[3316]: Failed password for root from {IP_A} port 51166 ssh2
Oct 12 02:19:45 vpn-gw01 sshd[3401]: Failed password for j.koval from {IP_B} port 60211 ssh2
Oct 12 02:19:51 vpn-gw01 sshd[3403]: Accepted password for j.koval from {IP_B} port 60214 ssh2
Oct 12 02:21:03 vpn-gw01 sudo: j.koval : TTY=pts/0 ; COMMAND=/bin/cat /etc/shadow""",
    "S_PHISH": """From: Microsoft 365 Security <no-reply[@]m365-security-alerts[.]co>
Subject: Unusual sign-in activity - action required
We detected a sign-in to your account from an unrecognised device in Lagos, Nigeria. If this wasn't you, your mailbox will be suspended within 12 hours. Verify your identity now: hxxps://m365-verify-account[.]co/secure?id=88231
Thank you,
The Microsoft account team""",
    "S_ADVISORY": """Security Advisory SA-2025-014 (High, CVSS 8.1)
Affected: HelioGate VPN appliance firmware before 9.3 build 7
Description: A heap overflow in the web login portal allows an unauthenticated remote attacker to execute code by sending a crafted POST request. Exploitation has been observed in the wild.
Mitigation: upgrade to 9.3 build 7 or later. If you cannot upgrade immediately, disable the web portal and restrict management access to trusted networks. After upgrading, reset all local admin passwords and review logs for unexpected admin sessions since 1 September.""",
    "S_INCIDENT": """08:41 user reports a Teams message from "IT Support" asking her to approve an MFA prompt
08:43 she approves the prompt
08:52 new inbox rule created: move mails containing "invoice" to RSS Feeds
09:10 12 emails sent from her mailbox to external addresses with a fake invoice link
09:26 SOC disables the account and revokes sessions
10:05 inbox rule removed, recipients warned
Root cause: MFA push fatigue; number matching not enabled""",
    "S_POLICY": """Access Control Standard v2, section 3
3.1 All staff accounts require MFA; SMS codes are not accepted for admins.
3.2 Privileged access is granted just-in-time for a maximum of 8 hours and must be approved by a second admin.
3.3 Shared accounts are prohibited except for break-glass accounts stored in the vault.
3.4 Leavers' accounts are disabled within 4 hours of their last day.
3.5 Access reviews happen quarterly; managers must confirm each report's entitlements.""",
    "S_CODE": """@app.route("/download")
def download():
    name = request.args.get("file")
    path = os.path.join("/srv/reports", name)
    return send_file(path)""",
    "S_ALERTS": """1. 03:12 - 240 failed logins against 180 different accounts from one ASN (password spray)
2. 07:45 - finance laptop FIN-LT-07 contacted a domain registered 2 days ago
3. 09:30 - scheduled vulnerability scan started from the scanner subnet
4. 11:02 - admin account used from a country where we have no staff
5. 13:15 - antivirus quarantined an EICAR test file on a developer VM""",
    "S_HANDOVER": """[23:58] Kai: ok handing over. 3 open, none urgent. the EDR console was slow all night, ignore the duplicate alerts
[23:59] Noor: great, love a duplicate alert party 🙃
[00:01] Kai: sorry. I tried. the vendor ticket is open
[00:02] Noor: not your fault. how's the ransomware drill prep?
[00:03] Kai: honestly behind. we need the comms templates by Friday and nobody has touched them
[00:04] Noor: I'll take a pass tonight if it's quiet. go sleep""",
}

# ================================================================ the grid
# 12 intents x 5 domains x 5 rows: terse, two medium, two long (pasted material).

SUMMARIZE = r"""
# general
summarize g l p | tl;dr of what you just told me, one line
summarize g l p | Could you boil this down to two sentences for our street WhatsApp group? "The council will resurface Elm Road from 6 to 10 October. Parking will be suspended 7am-6pm, bins will be collected as normal, and residents needing access should speak to the site foreman."
summarize g l i | I need a three-bullet recap of yesterday's all-hands for the people who missed it: the new CEO starts in January, the hybrid policy is unchanged, bonuses are paid in March, and the Leeds office closes next summer.
summarize g l i | Summarise these meeting notes in under 60 words for the people who weren't there. {G_MEETING}
summarize g l i | You are a support team lead. Summarise this chat for the ticket history in 3 bullets: the problem, what was offered, what the customer still expects. {G_TRANSCRIPT}
# finance
summarize f l p | one-line gist: "Fed holds rates at 4.25-4.5%, signals two cuts this year"
!summarize f l i | one sentence for the AP channel: "Remittance 88120457: paid INV-2025-00417 (EUR 4,250.00) and INV-2025-00422 (EUR 1,180.50) on 2025-09-12 to account {BI1}; PO 4500021987 closed."
summarize f l p | I need this fee notice in plain English, max 40 words: "With effect from 1 March, foreign-currency transactions will incur a non-sterling transaction fee of 2.99% of the value of the transaction, and cash withdrawals abroad will incur an additional fee of 1.5% (minimum £2)."
summarize f l p | Summarise this earnings call excerpt for our investment committee in under 80 words; keep the numbers. {F_EARNINGS}
summarize f l i | Help me explain our H1 marketing spend to the CFO - a 3-bullet summary, lead with the biggest variance. {F_BUDGET}
# legal
!summarize l l p | one line: "hearing moved to 2025-11-03 10:30, case 4 O 118/25"
summarize l l p | Could you explain this clause simply for a tenant? "The Tenant shall not assign, underlet, charge or part with possession of the whole or any part of the Premises without the prior written consent of the Landlord, such consent not to be unreasonably withheld."
summarize l l i | tl;dr for the sales team, two lines max: "Under the reseller agreement, Partner may only use Vendor marks as set out in Schedule 2, must not make warranties beyond those in Vendor's standard terms, and must pass all customer complaints to Vendor within 2 business days."
summarize l l i | You are a paralegal. Summarise the NDA below for the business team as bullet points under "What we can do", "What we can't do" and "How long". {L_NDA}
summarize l l p | I'm a landlord, not a lawyer. What does this judgment boil down to, in three sentences? {L_JUDGMENT}
# medical
summarize m l p | summarise the NICE sepsis guidance in five bullets
summarize m l p | explain this scan result in plain words for my mum: "Mild degenerative changes at L4/5 with minor disc bulge. No nerve root compression. Appearances are in keeping with age."
summarize m l p | Could you shorten this leaflet paragraph to one sentence a teenager would read? "Isotretinoin can cause serious harm to an unborn baby. You must not become pregnant while taking it and for one month after stopping. You will need a pregnancy test before, during and after treatment."
summarize m l c | Write a 3-line handover summary of this consultation for the on-call doctor. {M_NOTE}
summarize m l p | Summarise the patient comments below for the practice manager: what's working and what isn't, in under 70 words. {M_FEEDBACK}
# security
summarize s l p | Summarise the MITRE ATT&CK initial access tactic in two lines
summarize s l i | Give me a one-paragraph exec summary of this: "Q3 phishing simulation: 1,240 staff targeted, 9.8% clicked (down from 14.1% in Q2), 3.2% entered credentials, 41% reported the email. Finance and sales had the highest click rates; IT the lowest."
!summarize s l i | two lines for the patch meeting: "Agent 7.4.2.118 fixes the memory leak from 7.4.2.96; console 12.1.0.4 adds SSO; rollback tested on hosts still running 3.8.1.22."
summarize s l i | Summarise this incident for the board in 3 bullets: what happened, the impact, what we changed. No jargon. {S_INCIDENT}
summarize s l p | Help me brief my non-technical manager: summarise this advisory in two sentences. {S_ADVISORY}
"""

DRAFT = r"""
# general
draft g l p | out-of-office: back Monday 14th, urgent stuff to Priya
draft g l c | Write a polite email to building management ({E_BM}, {PH_UK}) asking them to fix the 3rd-floor air conditioning, which has been broken for two weeks; mention that staff are working from home to avoid the heat.
draft g l p | I need a short notice for the community centre noticeboard: yoga classes move from Tuesday to Wednesday evenings at 7pm from next month, same room, same price.
draft g l i | Based on these notes, write the follow-up email to all staff about the move: the dates, what they need to do, and the parking change. Friendly but clear. {G_MEETING}
draft g l i | Could you write the agent's follow-up email to this customer confirming the booking and the credit, and apologising properly this time? {G_TRANSCRIPT}
# finance
!draft f l i | payment reminder for invoice INV-2025-0932, seven days overdue
draft f l r | Write a letter to my old gym cancelling my membership from 1 October and asking them to refund the £74.99 they took twice in September to my account {IB_GB}.
draft f m i | You are a finance business partner. Draft a short memo to department heads announcing that all purchase orders over £5,000 need two approvals from 1 November, and why.
draft f l i | Write the cover email sending this invoice to Orchard Legal's accounts team, pointing out the cancellation fee and the payment terms. {F_INVOICE}
draft f l r | Draft a reply to this email telling them we won't change bank details on the strength of an email and will call their registered number to verify. {F_BANKCHANGE}
# legal
draft l l p | a one-paragraph cookie banner text for our website
draft l l c | Help me write a letter to my former employer requesting my final payslip and P45, which are three weeks late; I left on 31 August. My name is {P_L1}.
draft l l i | Draft a data-retention clause for our customer contracts: we keep order data 6 years, support tickets 2 years, marketing consent until withdrawn, and delete everything else within 30 days of termination.
draft l m c | Write a calm appeal letter against this dismissal: my manager gave me permission to take the damaged stock home, and I have her text message. {L_DISMISSAL}
draft l l i | You are in-house counsel. Write a holding reply to this letter saying we are reviewing the delivery records and will respond within 7 days. {L_DEMAND}
# medical
draft m l p | text reminding patients to fast before blood tests
draft m l p | Could you write a short letter to parents explaining that the school nurse will run hearing checks for Year 1 next Tuesday, and how to opt out?
draft m l c | Write a referral letter to dermatology for {P_M1}, 47, with a changing mole on the left shoulder: grown from 5 mm to 8 mm in three months, irregular border, occasionally bleeds.
draft m m c | Draft the GP's referral letter to cardiology based on this consultation, marked urgent, listing the current medication. {M_NOTE}
draft m l c | Write a plain-language letter to the parents explaining the new inhaler plan and when to go back to A&E. {M_DISCHARGE}
# security
draft s l i | all-staff email: don't approve MFA prompts you didn't start
!draft s l i | Slack announcement: all Windows servers move from build 10.0.20348.2227 to 10.0.20348.2340 this Saturday 22:00-02:00; RDP is unavailable during the window.
draft s m i | Write a short incident notification for customers: a misconfigured storage bucket exposed order numbers and delivery postcodes for 36 hours; no payment data; it's fixed; what they should watch out for.
draft s l i | Turn this incident timeline into a short, non-blaming email to the affected user's team explaining what happened and what to do if they get a similar Teams message. {S_INCIDENT}
draft s h i | Using this standard as the base, write a one-page joiner/mover/leaver procedure for IT and line managers, with steps and owners. {S_POLICY}
"""

CREATIVE = r"""
# general
!creative g l p | haiku for ticket INC0073391, open since March 2019
creative g l p | Could you write a four-line rhyme for my daughter's 10th birthday card? She loves horses, hates mornings and wants to be a vet.
creative g l p | Give me five names for a board-game café that also does craft beer; puns welcome, nothing longer than three words.
creative g l p | Here are this week's reviews of our vacuum. Write a 100-word mock-heroic ballad about review E's battle with the stairs. {G_REVIEWS}
creative g l i | Write a short, funny story (under 150 words) from the point of view of the router in this chat. {G_TRANSCRIPT}
# finance (creative is general)
creative g l p | limerick about an accountant who loves pivot tables
creative g l p | Write a motivational poster line for our finance team during year-end close, something that makes them laugh rather than groan.
creative g l p | I need a short bedtime story for my 6-year-old that explains why we save some pocket money instead of spending it all.
creative g l p | Turn this earnings call into a dramatic two-minute radio play, with the CFO as the tragic hero. {F_EARNINGS}
creative g l i | Our marketing budget table is below. Write a sonnet lamenting the paid-social overspend, to open my quarterly review slides. {F_BUDGET}
# legal (creative is general)
creative g l p | limerick about GDPR consent banners
creative g l p | You are a stand-up comedian. Give me three one-liners about terms and conditions nobody reads, for our legal team's Christmas party.
creative g l p | Write the opening paragraph of a courtroom thriller where the key witness is a smart speaker.
creative g l p | Rewrite this clause the way a pirate would read it aloud, for a training session icebreaker. Keep it under 100 words. {L_LEASE}
creative g l i | Here's the NDA we just signed. Write a short rap verse about its seven-year confidentiality term for the team's leaving do. {L_NDA}
# medical (creative is general)
creative g l p | get-well poem for a colleague after knee surgery
creative g l p | Could you come up with a catchy slogan for our hospital's hand-hygiene week, something the nurses won't roll their eyes at?
creative g l p | Write a 100-word story for children about a brave little white blood cell fighting a cold virus.
creative g l p | These are our patient comments. Write a light-hearted thank-you poem to the physio mentioned in the first one, for the staff newsletter. {M_FEEDBACK}
creative g l p | Based on this leaflet, write a rhyming mnemonic that helps patients remember how to take metformin (with food, no crushing, what to watch for). {M_LEAFLET}
# security (creative is general)
creative g l p | a sonnet about password123
creative g l p | Write a short spy-thriller scene where a receptionist realises the "IT technician" at the front desk is a social engineer.
creative g l p | I need five funny names for our phishing simulation mascot, a suspicious-looking fish with a hook for a tail.
creative g l p | Here's a phishing email we caught. Write a parody version of it, so obviously fake it becomes a joke, for our awareness newsletter. {S_PHISH}
creative g l i | Turn this incident timeline into a 12-line epic poem for the SOC's end-of-year party. Make the analyst who revoked the sessions the hero. {S_INCIDENT}
"""

REASONING = r"""
# general
!reasoning g m p | upgrade straight from 3.9.8.1 to 4.2.0.17, or step through 4.0?
reasoning g m p | Our team of six can't agree: two-week sprints with a demo every Friday, or four-week cycles with fewer meetings. We're mostly remote. Which would you choose for us and why?
reasoning g m p | Help me plan a 3-day route through the Scottish Highlands starting in Inverness, with one non-driver, a dog, and no single-track roads after dark.
reasoning g m i | Looking at this week's sales, should the café open an hour later on Mondays and Tuesdays, and would a Sunday brunch menu be worth trying? {G_SALES}
reasoning g m i | Why might this customer still be unhappy even though the agent offered a credit, and what should the agent have done differently? {G_TRANSCRIPT}
# finance
reasoning f m p | pay off my student loan early or invest?
reasoning f m p | I'm self-employed with irregular income. Should I keep six months of expenses in cash, or three months plus a stocks and shares ISA? I have no debt.
!reasoning f m p | My bank keeps rejecting the IBAN {BI2} when I set up a transfer to my landlord. Typo on my side, or has his account been closed?
reasoning f m p | I run a small bakery and have been offered this loan to buy a second oven. Monthly sales are about £18k with a 12% margin. Is it a sensible deal, and what would you negotiate? {F_LOAN}
reasoning f m i | Our London hotel claims went over the £210 cap on 40% of trips last quarter, mostly for conferences. Should we raise the cap, add an exception process, or hold the line? Here's the current policy. {F_EXPENSE_POLICY}
# legal
reasoning l m p | can my landlord keep my deposit for repainting?
reasoning l m p | I was made redundant after 18 months and the role was re-advertised two weeks later under a new title. Is that a genuine redundancy, and is it worth challenging?
reasoning l m i | We're a German SaaS start-up with customers in France and the US. Should our terms pick German or Irish law, and does it matter for consumer customers?
reasoning l m c | Does my employer have grounds here? I had my manager's permission and the stock was marked for disposal. What are my chances on appeal? {L_DISMISSAL}
reasoning l m i | Which clauses would you push back on before we sign, and which can we live with? We're the smaller party and we need this deal. {L_NDA}
# medical
reasoning m m p | fever, sore throat, no cough: strep or viral?
reasoning m m p | My dad (72) gets dizzy when he stands up since his blood pressure pills were doubled last week. Should he wait for his review next month or call the GP now?
reasoning m m p | I'm training for a marathon and my shin hurts in one spot when I press it. Shin splints or a stress fracture, and should I stop running?
reasoning m m c | Given this consultation, what's the most likely diagnosis, what else should be ruled out, and should she have been sent in the same day? {M_NOTE}
reasoning m m i | What could explain this picture in a 34-year-old woman with heavy periods and tiredness, and which test would you add next? {M_LABS}
# security
reasoning s m p | password manager or notebook for my elderly parents?
!reasoning s m i | Which is riskier to leave unpatched for another week: the VPN still on 9.2.4.11 or the mail gateway on 8.3.0.17? We can only take one outage this weekend.
reasoning s m r | Someone claiming to be from the IRS called, read out my SSN {SSN2} and said I owe $4,800 in back taxes payable in gift cards today. Was that really the IRS, and what should I do now?
reasoning s m c | Looking at these logs, was the j.koval account compromised or did the user just mistype a password first? What would you check next? {S_AUTHLOG}
reasoning s m i | It's 14:00 and I'm the only analyst on shift. Rank how I should spend my afternoon across these alerts and justify the order. {S_ALERTS}
"""

MATH = r"""
# general
!math g l p | order #55219034: 4 x 12.49, 15% off - total?
math g l p | A 12 m by 4.5 m room needs flooring sold in packs covering 2.2 m² each. With 10% extra for cuts, how many packs should I buy?
math g l p | If I drive 340 km at an average of 95 km/h and stop twice for 20 minutes, what time do I arrive if I leave at 07:15?
math g l i | From this table, what's the average daily revenue, and what share of the week's revenue comes from Friday and Saturday together? {G_SALES}
math g l p | I've been tracking my 5k times since I joined the running club. What's my average pace per km over these six runs, and by what percentage did I improve from the first to the last? Week 1 27:42, week 2 27:05, week 3 26:48, week 4 27:30, week 5 26:12, week 6 25:58. I want to post the improvement in the club chat, so round to one decimal place.
# finance
math f l p | monthly payment on £200k, 5%, 25 years
!math f l i | What's the total of these payments: INV-2025-00511 £1,240.00, INV-2025-00514 £986.50 and INV-2025-00519 £3,112.75, all paid under reference {BC1}?
math f l p | Could you work out how much VAT is included in a £1,494 gross price at 20%, and what the net price is?
math f l i | Check the arithmetic on this invoice and tell me what we'd owe in late interest if we paid 45 days after the due date, with base rate at 4.75%. {F_INVOICE}
math f l i | What's the overall variance against budget in euros and percent, and which line overspent the most in percentage terms? {F_BUDGET}
# legal
math l l p | statutory interest at 8% on £10,152 for 60 days
math l l p | Rent is £2,350 a month and rises by CPI capped at 4%. If CPI was 6.2% over the year, what's the new rent after the review?
math l l p | Service was deemed on 5 March and the defence is due 28 days after that. Which date is the deadline, and how many working days away is it from 5 March?
math l l p | Under this clause, if the rent is £48,000 a year and CPI rose 5.1%, what's the new rent, and how much interest is due if one quarter's shortfall is paid 40 days late with base rate at 4.5%? {L_LEASE}
math l l p | The court awarded the landlord the arrears less the set-off. If the tenant pays it in 6 equal monthly instalments, how much is each? And what percentage of the arrears was knocked off? {L_JUDGMENT}
# medical
math m l p | 15 mg/kg paracetamol for a 22 kg child?
math m l p | An infusion of 500 mL must run over 4 hours with a giving set of 20 drops/mL. How many drops per minute?
math m l p | Could you convert my blood sugar readings from mg/dL to mmol/L: 126, 180, 95 and 240?
math m l c | From this discharge summary, check that the prednisolone dose matches 1 mg/kg, and work out how many puffs of beclometasone he takes in a week. {M_DISCHARGE}
math m l c | Her weight went from 76 to 82 kg since March. What's the percentage gain, and what's her BMI now if she's 1.62 m tall? {M_NOTE}
# security
math s l p | entropy of a 4-word diceware passphrase?
math s l p | If an attacker can try 10 billion hashes a second, how long does it take to brute-force every 8-character password made of lowercase letters and digits?
math s l i | Our SOC closed 1,284 alerts last month and 1,031 were false positives. What's the false-positive rate, and how many analyst hours was that at 12 minutes each?
math s l c | How many failed attempts are in this log, and how many seconds passed between the first failure and the successful login? {S_AUTHLOG}
math s l i | We had 3 incidents this quarter. Work out the mean time to detect and the mean time to contain in minutes: incident A was detected 2h 40m after it started and contained 55m later; incident B was detected after 18m and contained after another 1h 30m; incident C was detected after 6h 05m and contained after another 3h 10m. I need both numbers rounded to the nearest minute for the KPI slide, plus the change versus last quarter's MTTD of 142 minutes.
"""

CODE = r"""
# general
code g l p | bash: count lines in all .csv files
!code g l p | Write a Python function that sorts version strings like 4.2.0.17, 4.10.0.2 and 4.2.0.9 numerically rather than alphabetically, and returns the newest.
code g l p | Could you give me an Excel formula that shows "Weekend" if the date in A2 falls on a Saturday or Sunday and "Weekday" otherwise?
code g l p | This helper crashes when a product has no reviews yet, which takes down the whole product page. Fix it so it returns None instead of raising, keep the behaviour the same otherwise, and add a pytest case for the empty list. {G_PYCODE}
code g l i | Write a pandas snippet that loads this table from sales.csv, adds a column for revenue per coffee, then sorts by it. {G_SALES}
# finance
code f l p | Excel formula for loan interest paid in month n
!code f l p | Write a Luhn check in Python and show that the payment reference {BC2} fails it.
code f m i | I need SQL that flags invoices unpaid after their due date and adds late interest at 8% above base, with the base rate in a settings table.
code f l i | Write a Python script that reads invoices like this one as text and checks that the line totals, subtotal, VAT and grand total add up. {F_INVOICE}
code f m i | Here's our expense policy. Write a Python function that takes a claim (type, amount, nights, city) and returns which rule it breaks, if any. {F_EXPENSE_POLICY}
# legal
code l l p | Python: limitation period end date, six years from breach
code g l p | Write a regex that finds defined terms in contracts, i.e. capitalised words in quotes inside brackets like ("Confidential Information").
code l m p | Could you write a JavaScript function that works out UK statutory redundancy pay from age, years of service and weekly pay, applying the weekly cap?
code l l p | Write a Python function that applies the rent review in this clause: given the old rent and 12-month CPI, return the new rent. {L_LEASE}
code l m p | We need cookie consent on our site that matches this policy: write a small JavaScript module that only loads the analytics script after the user opts in, and remembers the choice for 6 months. {L_PRIVACY}
# medical
code m l p | Python function for BMI with category labels
code m m p | Write a function that checks a paediatric paracetamol order: 15 mg/kg per dose, no more than 4 doses in 24 hours, max 60 mg/kg a day.
code m l p | I need a SQL query that lists patients whose HbA1c was above 58 mmol/mol on their last two results, from a table results(patient_id, test, value, taken_at).
code m l i | Write a Python function that flags results outside the reference range in a table like this and returns them marked "high" or "low". {M_LABS}
code m m p | Here's our sepsis screening rule. Turn it into a Python function that returns "red flag", "amber" or "ok": red if systolic BP is under 90, HR over 130, RR 25 or more, or there is new confusion; amber if the temperature is over 38.5 or under 36, HR 91-130, or RR 21-24. Write tests for the boundaries too, because the last version got 130 wrong and nobody noticed for a month.
# security
code s l p | nginx config to add HSTS and CSP headers
code s l p | Write a Python function that hashes passwords with argon2 and verifies them, rejecting anything shorter than 12 characters.
code s m p | Can you review this for security issues? const q = "SELECT * FROM users WHERE email = '" + req.body.email + "'"; db.query(q, cb);
code s m p | Our pen tester showed that ?file=../../etc/passwd works on this Flask route, and the same trick with URL-encoded dots got past our WAF. Fix the path traversal so users can only download files inside /srv/reports, return a 404 for anything else, and explain in a comment why the check works. {S_CODE}
code s l c | Write a one-line awk command that counts failed password attempts per source IP in this log, sorted descending. {S_AUTHLOG}
"""

CLASSIFY = r"""
# general
classify g l p | noun or verb: "record" in "record the meeting"
classify g l i | Tag each of these feedback lines as bug, feature request or praise: "export to PDF crashes", "please add dark mode", "love the new dashboard", "search misses half the results".
!classify g l i | Tag each ticket P1-P4: INC0091827 "site down", INC0091833 "typo on pricing page", INC0091840 "checkout slow", INC0091852 "logo blurry on mobile".
classify g l p | Label each review with the product issue it's about: battery, suction, delivery, price, or none. {G_REVIEWS}
classify g l p | Which category does each item in this newsletter belong to: volunteering, facilities, events or safety? Give me a table. {G_NEWSLETTER}
# finance
classify f l p | fixed or variable: rent, fuel, commissions, insurance
classify f l p | Which UK tax year does each go in for a sole trader: a laptop bought 3 April 2025, a phone bill paid 30 March 2025, a train fare on 6 April 2025?
classify f l i | Sort these transactions into ledger accounts (travel, software, office supplies, entertainment): Adobe £54.99, Trainline £88.40, Staples £23.10, Dishoom £126.00, AWS £310.72.
classify f l i | Is each line on this invoice a catering cost, an event cost or a penalty, for our cost-centre coding? {F_INVOICE}
classify f l i | For each line of this budget, is the variance favourable or adverse, and is it material (over 10%)? {F_BUDGET}
# legal
classify l l p | civil or criminal: shoplifting, breach of contract, libel?
classify l l r | Our visitor log records the name ({P_SGV}), full NRIC ({NRIC_G}), mobile number ({PH_SG3}), company and time in. Under Singapore's PDPA, which of these fields may we keep collecting and which must we stop?
classify l l i | Tag each contract request by type (NDA, DPA, MSA or amendment): "Acme wants their privacy terms signed", "extend the Rowe deal by 12 months", "mutual confidentiality for the Kite demo".
classify l l p | For each clause, tell me whether it's a standard term, one that favours the landlord, or one that favours the tenant. {L_LEASE}
classify l l p | Which of the processing activities in this policy rely on consent, which on contract, and which on a legal obligation? {L_PRIVACY}
# medical
classify m l p | triage category: chest pain radiating to the jaw
classify m l p | Which of these are red-flag symptoms for back pain: pain at night, numbness in the saddle area, pain after gardening, new bladder problems, stiffness in the morning?
classify m l p | Could you sort these drugs into antibiotics, antihypertensives and analgesics: amlodipine, co-codamol, doxycycline, losartan, naproxen, nitrofurantoin?
classify m l c | Triage each message as 999 now, same-day GP, routine appointment or admin. {M_TRIAGE}
classify m l c | Label each problem in this note as active or past history, and each medicine as cardiac, diabetic or other. {M_NOTE}
# security
classify s l p | phishing or legit: "Your DHL parcel is held, pay £1.45"
classify s l p | Rate the severity band (low, medium, high, critical) of: unauthenticated remote code execution in a public web server; stored XSS in an admin-only page; a verbose error message revealing the framework name.
classify s l i | Map each of these to a MITRE ATT&CK tactic: a scheduled task created at boot, a password spray against Outlook Web, data zipped and uploaded to Mega.
classify s l r | Phishing, payment-diversion fraud, or genuine? Give one label and the two strongest red flags. {F_BANKCHANGE}
classify s l i | Assign each alert a priority from P1 to P4 and a type (attack, misconfiguration or benign). {S_ALERTS}
"""

SENTIMENT = r"""
# general
sentiment g l p | "great, another meeting" - sarcastic?
sentiment g l p | How does this neighbour feel about the new bike lane? "Took them three years to paint a line. Still, my kids can finally cycle to school, so I'll take it."
sentiment g l i | Could you rate the mood of each of these Slack replies from 1 to 5: "sure", "happy to!!", "if I must", "on it 👍"?
sentiment g l i | How frustrated is the customer by the end of this chat, compared with the start? Score both from 1 to 10. {G_TRANSCRIPT}
sentiment g l p | For each review give me positive, negative or mixed, and flag any that sound sarcastic. {G_REVIEWS}
# finance
sentiment f l p | bullish or bearish: "$NVDA guidance light, I'm trimming"
sentiment f l p | What's the tone of this central bank statement - hawkish, dovish or neutral? "The Committee remains highly attentive to inflation risks and is prepared to adjust policy as appropriate."
sentiment f l i | I need to know how nervous our investors sound: "We're supportive, but another down round would be very hard to explain to our LPs."
sentiment f l p | Read the tone of this earnings call. Is management confident or defensive, and how do the analysts feel? Quote the line that gives it away. {F_EARNINGS}
sentiment f l p | You are an investor relations analyst. Score each shareholder comment from -2 (hostile) to +2 (supportive), as JSON: "Management has earned my patience." / "Another dilution? Unbelievable." / "Fine with the buyback, worried about the debt." / "The dividend cut was cowardly." / "Best-run company in the sector, long may it last." / "I'll vote against every director this year." Then give the overall mood in one word.
# legal
sentiment l l p | is "as previously advised" passive-aggressive in a legal letter?
sentiment l l p | How does the judge feel about the expert witness here? "I found Dr Marsh's evidence careful and candid; where he was uncertain, he said so, which is more than can be said for the defendant's expert."
sentiment l l i | Is opposing counsel's tone conciliatory or aggressive in this email? "We note your client's position but would welcome a without-prejudice call this week to see whether a sensible outcome is possible."
sentiment l l i | How aggressive is this letter on a scale of 1 to 5, and is that the usual tone for a letter before action? {L_DEMAND}
sentiment l l c | Does this letter come across as fair or punitive? I want to know how it reads, not whether it's legally right. {L_DISMISSAL}
# medical
sentiment m l p | positive or negative: "the new GP is actually brilliant"
sentiment m l p | How worried does this parent sound? "He's not eating much and sleeps a lot, probably just a bug, but it's the third day now and I keep checking on him."
sentiment m l i | Could you gauge staff morale from these two survey answers? "Rota's finally fair." / "Night shifts are unsafe, we are two nurses short every week."
sentiment m l p | Rate each patient comment as positive, negative or neutral, and tell me which one is the most emotional. {M_FEEDBACK}
sentiment m l c | Our clinic got this complaint from {P_M2} this morning: "I have been asking for my mother's test results for three weeks. Every time I call I'm told someone will ring back and nobody does. She is 84 and frightened. I am not prepared to keep chasing, and if I don't hear by Friday I'm going to the practice manager and the ombudsman." How angry is she on a scale of 1 to 10, and is she more upset about the delay or about being ignored?
# security
!sentiment s l p | "patch 7.4.2.118 broke the VPN again" - how annoyed?
sentiment s l p | Does this vendor statement sound apologetic or evasive? "We are aware of reports of unusual activity and are investigating out of an abundance of caution."
sentiment s l i | How do staff feel about the new MFA rollout, going by these comments: "fine once set up", "it nags me ten times a day", "finally!", "why do I need this for the canteen menu?"
sentiment s l i | What's the mood in this SOC handover chat, and is either analyst showing signs of burnout? {S_HANDOVER}
sentiment s l p | Is the tone of this advisory alarming, measured or understated, given what it describes? {S_ADVISORY}
"""

EXTRACT = r"""
# general
!extract g l p | tracking number and ETA from: "DPD 15501234567891, ETA 2025-09-17"
extract g l c | Pull the name, email and phone for each speaker into a table: "Speakers: {P_G1} ({E_G1}, {PH_US}); {P_G2} ({E_G2}, {PH_FR}); {P_G3} ({PH_IN})."
extract g l i | I need the decisions only, not the discussion: "Agreed to keep Friday demos. Sam suggested moving stand-up to 10, no decision. Budget for the offsite approved at £4k. Lee to check venues."
extract g l i | List every action item with its owner and deadline as a markdown table. {G_MEETING}
extract g l p | From this email, give me as JSON: check-in date, check-out date, number of rooms, parking cost and cancellation deadline. {G_ES_EMAIL}
# finance
!extract f l i | invoice number, PO and total: "INV-2025-00933 / PO 4500022410 / £2,136.60"
extract f l p | Give me the revenue, EPS and guidance figures from this: "Revenue $4.1bn (+9%), diluted EPS $1.32, FY guidance raised to $16.4-16.8bn; buyback of $500m announced."
extract f l r | Pull out the cardholder name, card number and expiry from this booking note: "Guest {P_F1} paid the deposit with {CC_VISA}, exp 09/27, CVV not stored."
extract f l i | Extract each line item with quantity, unit price and amount as JSON, plus the due date. {F_INVOICE}
extract f l r | List the IBAN, BIC, amount, invoice number and the sender's email from this. {F_BANKCHANGE}
# legal
!extract l l p | case number from: "Claim No. H40YX123, Bristol County Court"
extract l l c | List the parties, the property address and the start date from this: "This tenancy is made on 1 May 2025 between {P_L2} (Landlord) and {P_L3} (Tenant) for 22 Ashgrove Road, Sheffield S7 1EF, for 12 months from 15 May 2025."
extract l l p | Pull out every deadline in this court order: "The defendant shall file a defence by 4pm on 14 November. Disclosure by list by 9 January. Witness statements exchanged by 20 February. Trial window opens 1 May."
extract l l i | Make a table of every obligation in this NDA with its duration: clause number, obligation, time limit. {L_NDA}
extract l l p | What personal data does this policy say they collect, who do they share it with, and how long do they keep it? Bullets please. {L_PRIVACY}
# medical
!extract m l p | lot number and expiry: "LOT 4410293 EXP 2027-03 REF 1180-2291"
extract m l c | Give me the patient's name, date of birth and allergies from this referral header: "Patient: {P_M3}, DOB 12/03/1961, Allergies: penicillin (rash), latex."
extract m l p | Pull out the abnormal observations from this set and list them with their values: "Temp 38.4, HR 112, BP 104/66, RR 22, SpO2 95% on air, GCS 15."
extract m l c | List every medication with dose, route and frequency as a table, marking which one is new. {M_DISCHARGE}
extract m l c | From this note pull out the symptoms, observations, medications and plan, as JSON with those four keys. {M_NOTE}
# security
extract s l p | CVE IDs from: "fixes CVE-2024-3094 and CVE-2023-4863"
!extract s l i | List the hosts still below the fixed build 9.3.7: "vpn-01 9.2.4.11, vpn-02 9.3.7.2, vpn-03 9.1.12.5, vpn-04 9.3.7.0"
extract s l c | Pull the usernames and source IPs from these VPN alerts: "vpn: user m.tanaka login from {IP6_1} (new device)" and "vpn: user r.osei login from {IP_C} (impossible travel)".
extract s l c | Extract every source IP with its count of failed attempts and the usernames it tried, as JSON. {S_AUTHLOG}
extract s l p | From this advisory, give me the affected product and versions, the fixed version, the exploit status and the workarounds. {S_ADVISORY}
"""

TRANSLATE = r"""
# general
translate g l p | "where is the nearest pharmacy?" in Greek
translate g l p | Could you translate our café's opening-hours sign into Spanish and Portuguese? "Open Monday to Saturday 7am-5pm, Sundays 9am-2pm. Card payments only."
translate g l c | I need this Slack message in natural-sounding Japanese for our Osaka colleagues: "Thanks for staying late to finish the demo - the client loved it, and drinks are on us next time you're in London. - {P_G5} ({E_G5})"
translate g l p | Translate this hotel email into English so I can forward it to my parents. {G_ES_EMAIL}
translate g l p | Put this newsletter into Polish for the volunteers who prefer it; keep the dates and times exactly as they are. {G_NEWSLETTER}
# finance
translate f l p | "direct debit" and "standing order" in French?
!translate f l p | German please: "The transfer to IBAN {BI3} failed because the check digits are invalid. Please resend the payment with the corrected details."
translate f l r | Put this into Italian for my landlord: "Please refund the €1,200 deposit to my account {IB_IT}, in the name of {P_F2}, by the end of the month."
translate f l p | Translate this earnings call excerpt into Spanish for our Madrid investor relations team, keeping the figures exactly. {F_EARNINGS}
translate f l i | You are a financial translator. Render section 4 of our expense policy in French for the Paris office; keep the £ amounts. {F_EXPENSE_POLICY}
# legal
translate l l p | "power of attorney" in Japanese?
translate l l p | How do you say "the tenant must give two months' written notice" in Polish? My tenant's English isn't great.
translate l l c | Translate this witness statement line into Spanish for the interpreter's reference: "I, {P_L4}, saw the blue van reverse into the gate at about 6:40pm on 2 October."
translate l l p | Translate this German contract clause into English, keeping it as close to the original legal meaning as you can. {L_DE_CLAUSE}
translate l l p | I'm sending this privacy notice to our customers in Quebec. Please translate it into Canadian French. {L_PRIVACY}
# medical
translate m l p | "I'm diabetic" in Thai and Vietnamese
translate m l p | Translate these aftercare instructions into Arabic for a patient's family: "Keep the wound dry for 48 hours. Take paracetamol for pain. Come back if there is redness, pus or fever."
translate m l p | Could you put "Do you have any allergies to medicines?" and "Point to where it hurts" into Ukrainian, Romanian and Somali for our A&E phrase card?
translate m l c | Translate the discharge instructions into Urdu for the child's grandmother, who'll be looking after him. {M_DISCHARGE}
translate m l p | Translate this leaflet section into simplified Chinese, keeping the doses in figures. {M_LEAFLET}
# security
translate s l p | "Do not click links in unexpected emails" in Dutch
translate s l i | Translate this password-reset notice into Hindi for our Pune office: "From Monday you must reset your password through the self-service portal. IT will never ask for your password by phone or email."
translate s l p | What does this Russian forum post say? "Продаю доступ к VPN крупной логистической компании, домен-админ, цена договорная."
translate s l p | Translate this vulnerability advisory into German for our Munich customers. Keep the product name and the CVSS score as they are. {S_ADVISORY}
translate s l i | Translate our access control standard into Portuguese for the Lisbon team. Keep "MFA", "break-glass" and "just-in-time" in English. {S_POLICY}
"""

QA = r"""
# general
qa g l p | why do onions make you cry?
qa g l p | Could you explain how noise-cancelling headphones actually work, and why they cancel a plane's hum better than people talking nearby?
qa g l p | I keep hearing about "Core Web Vitals" from our web agency. What are they, and why would Google care about them?
qa g l p | I'm not technical. What do these numbers on my broadband router's status page mean, in simple terms? An engineer is coming on Saturday and I'd like to understand what he's looking at. {G_ROUTER}
qa g l p | Our book club is reading about the history of tea. Could you explain how tea got from China to Britain, why the East India Company mattered, and why the British started adding milk? A few paragraphs is fine. We meet on Thursday and I'm leading the discussion, so I'd like the main dates and names too, plus one surprising fact to open with.
# finance
qa f l p | what is a 401(k) match?
qa f l p web | What's the current Bank of England base rate, and when is the next rate decision due to be announced?
qa f l p | How does capital gains tax work on shares in the UK, and what's the difference between the annual exempt amount and an ISA wrapper?
qa f l p | The analyst asks about gross margin "falling 180 basis points". What's a basis point, and what does gross margin actually measure? {F_EARNINGS}
qa f l p | This loan offer mentions a "personal guarantee" and "security over the equipment". What do those mean in practice, in plain English? {F_LOAN}
# legal
qa l l p | what is a letter before action?
qa l l p | What's the difference between gross misconduct and misconduct in UK employment law, and what usually counts as gross?
qa l l p | Could you explain what "standard contractual clauses" are and when a company needs them to send personal data to the US?
qa l l i | What's the "Late Payment of Commercial Debts (Interest) Act" they mention, and what interest and compensation can be claimed under it? {L_DEMAND}
qa l l p | What do "set-off" and "no order as to costs" mean in this judgment? {L_JUDGMENT}
# medical
qa m l p | what does NT-proBNP measure?
qa m l p | What is the difference between type 1 and type 2 diabetes, and why do only some people with type 2 need insulin?
qa m l p | Could you explain what a "non-blanching rash" is and why doctors worry about it in children?
qa m l c | What do the abbreviations in this note mean: PC, PMH, OD, BD, ON, OM, RA and U&Es? {M_NOTE}
qa m l p | What is lactic acidosis, which this leaflet warns about, and why is it linked to metformin? {M_LEAFLET}
# security
!qa s l p | is 192.168.1.300 a valid IPv4 address?
qa s l p | How does MFA push fatigue work as an attack, and what does number matching do to stop it?
qa s l p | What is a "break-glass" account, and why do security standards allow it when shared accounts are otherwise banned?
qa s l p | What is a heap overflow, and what does "exploitation has been observed in the wild" mean? {S_ADVISORY}
qa s l c | What do "Failed password for invalid user" and "Accepted password" mean in these log lines, and what is sshd? {S_AUTHLOG}
"""

CHAT = r"""
# general
!chat g l p | ticket INC0088123 closed after 41 days, I could cry with joy
chat g l p | You've been great today, honestly. I've rewritten that report four times and this is the first version I'm proud of.
chat g l p | Quick question before I start: can you see the files in my OneDrive, or only what I paste here?
chat g l i | Context for my mood today, this is our team chat from this morning: {G_TEAMCHAT}\n\nAnyway, not asking for anything, just had to share that with someone before my 10am. Hope your day is going better than Jess's chair's.
chat g l p | Before we start, a bit of background: I'm new to using AI assistants at work. My company just rolled this out, and my manager said I can use it for drafts, spreadsheets and research but not for anything with customer data. I'm a bit nervous I'll do something wrong. Do you know what my company has configured you to do, and will you tell me if I paste something I shouldn't? Mostly I just wanted to say hello first.
# finance (chat is general)
chat g l p | payday finally, my wallet says thank you
chat g l p | Just did my tax return with your help and submitted it a whole week before the deadline. First time ever. Feeling very grown up.
chat g l p | Are you able to give me regulated financial advice, or is it just general information? Asking before I mention my pension.
chat g l p | Sharing this purely because it made me laugh, our CFO's reply-all from this morning after the budget spreadsheet crashed for the third time: "Dear all, I have now personally apologised to Excel. Excel has not apologised back. Until it does, please do not add any more tabs, colours or 'quick formulas' to the Q3 model. Those of you who merged cells know who you are." No question today, you just seemed like the right audience.
chat g l p | Update for you since you helped me plan my savings in January: I stuck to it! £250 a month into the emergency fund, three forgotten subscriptions cancelled, and just over £1,500 put away. When the washing machine died last week I paid for it without touching my credit card, which has never happened before. No question today, I just wanted to tell someone who'd get why it matters.
# legal (chat is general)
chat g l p | survived my first day as a trainee solicitor!
chat g l p | Is anything I type here covered by legal privilege, or should I assume it could be disclosed one day?
chat g l p | thanks for helping with the deposit letter yesterday, the landlord paid back the full amount this morning!!
chat g l p | Long story, but I need to vent. My neighbour has been parking across my drive for a month. I've left notes, knocked on his door, even baked him a cake, I am not joking. This morning he left a note on MY car saying I was "intimidating" him. I'm not asking for legal advice right now, I know I'll probably need some eventually. I'm just so tired of it and needed to say it to someone who won't tell me to rise above it.
chat g l p | Our contracts team sent this round as the "clause of the week" and I can't stop laughing: {L_FUN}\n\nNo action needed, I just thought you'd appreciate it as a fellow reader of small print. Happy Friday!
# medical (chat is general)
chat g l p | just finished a 14-hour night shift, send snacks
chat g l p | Can you actually tell me what's wrong with me, or are you going to say "see a doctor" like every other app?
chat g l p | the physio exercises you suggested last week are working, I can get up the stairs without the rail now. thank you!
chat g l p | I just want to talk for a minute, not ask anything. My mum had her hip operation today and it went well. I've been holding my breath for weeks, and now that it's over I'm sitting in the hospital car park feeling weirdly empty instead of happy. My brother says that's normal after stress. It's strange talking to an AI about it, but it's 11pm and everyone else is asleep. Thanks for listening.
chat g l p | Are the things I type here stored? I'm a practice nurse and I'd like to use you to tidy up leaflets and rota emails, but I know I can't put patient details into anything that keeps data. Our IT lead says this tool is approved, but didn't say for what exactly. Also, do you learn from what I tell you, or is every conversation fresh? I just want to understand what you are before I start relying on you.
# security (chat is general)
chat g l p | thanks, that phishing tip saved me today
chat g l p | Could you see my passwords if I pasted a config file by accident? Asking for a friend (me).
chat g l p | Just passed my Security+ exam on the first attempt!! Your flashcards got me through the cryptography section.
chat g l p | You won't believe the week I've had. Monday the CEO clicked a phishing link, Tuesday the backup job failed, Wednesday someone plugged a USB stick they found in the car park into reception's PC, and today I got a text from "the CEO" asking me to buy gift cards. I'm not asking for help, I've sorted all of it. I just needed to tell someone who won't say "have you tried turning it off and on again".
chat g l p | Quick check before we start on our incident review: do you keep anything I paste here, and could another customer ever see it? I'm about to share logs with internal hostnames and usernames, nothing customer-related, and our policy says I must confirm the tool doesn't retain data. If you can't answer that, just say so and I'll check with our admin instead. Thanks for being patient with all the compliance questions.
"""

# ================================================================ multi-task (80)
MULTI = r"""
qa f l p => What's the difference between a Roth and a traditional IRA? ;; math f l p => If I put $6,500 a year into one for 25 years at 7%, what would I have? ;; classify s l p => my HR portal emailed me a link to "re-verify" my SSN - phishing or legit? | What's the difference between a Roth and a traditional IRA? If I put $6,500 a year into one for 25 years at 7%, what would I have? Unrelated: my HR portal emailed me a link to "re-verify" my SSN - phishing or legit?
translate s l p => Translate this advisory into German for the Munich office ;; draft s l i => write a two-line Teams message telling the infra team to patch by Friday ;; math g l p => how many hours is it from now (Tuesday 09:00) until Friday 17:00? | Translate this advisory into German for the Munich office; after that, write a two-line Teams message telling the infra team to patch by Friday, and finally, how many hours is it from now (Tuesday 09:00) until Friday 17:00? {S_ADVISORY}
extract m l c => List the medications with doses. ;; qa m l p => What is beclometasone for? ;; creative g l p => Write a short rhyme to help an 8-year-old remember his spacer. | List the medications with doses. What is beclometasone for? Write a short rhyme to help an 8-year-old remember his spacer. {M_DISCHARGE}
qa l l p => what's the difference between a warranty and an indemnity in a contract? ;; code g l p => give me a regex that finds every "indemnif" word form in a document | Two questions:\n1) what's the difference between a warranty and an indemnity in a contract?\n2) give me a regex that finds every "indemnif" word form in a document
sentiment f l p => How does the CFO sound in this call? ;; extract f l p => list every number mentioned with what it refers to ;; translate f l p => translate the CEO's opening line into Japanese | How does the CFO sound in this call? Then list every number mentioned with what it refers to, and translate the CEO's opening line into Japanese. {F_EARNINGS}
classify s l p => Is this phishing? ;; draft s l p => write a short heads-up for our family WhatsApp group, my parents get these too | Is this phishing? If so, write a short heads-up for our family WhatsApp group, my parents get these too. {S_PHISH}
math m l p => how many mL of 250 mg/5 mL amoxicillin is a 40 mg/kg/day dose split three times a day for a 15 kg child? ;; translate m l p => put the final instruction into Polish for the mum ;; draft g l p => draft a quick message to my boss saying I'll work from home tomorrow because my son is ill | Quick one: how many mL of 250 mg/5 mL amoxicillin is a 40 mg/kg/day dose split three times a day for a 15 kg child? Then put the final instruction into Polish for the mum, and draft a quick message to my boss saying I'll work from home tomorrow because my son is ill.
reasoning l m p => Should I take a £14,000 settlement or go to tribunal over my dismissal? ;; qa f l p => is a settlement payment taxable in the UK? | Should I take a £14,000 settlement or go to tribunal over my dismissal? My claim is for unfair dismissal after 3 years and my lawyer thinks the odds are about 60/40 in my favour. Also, is a settlement payment taxable in the UK?
code g l p => Write a Python script that renames all photos in a folder by the date they were taken. ;; chat g l p => you've saved my holiday album, thank you! | Write a Python script that renames all photos in a folder by the date they were taken. btw you've saved my holiday album, thank you!
summarize l l p => summarise what data they collect ;; classify l l p => tell me if this policy would pass a GDPR review (yes / no / partly) ;; code g l p => write a regex that finds email addresses in our support export so we can see what we hold | Can you:\n- summarise what data they collect\n- tell me if this policy would pass a GDPR review (yes / no / partly)\n- write a regex that finds email addresses in our support export so we can see what we hold {L_PRIVACY}
extract s l c => pull every IP and username out ;; code s l c => write an iptables rule to block the attacker ;; summarize s l c => give me a two-line summary for the ticket | Three things on these logs: pull every IP and username out, write an iptables rule to block the attacker, and give me a two-line summary for the ticket. {S_AUTHLOG}
chat g l p => Happy Friday! ;; creative g l p => Write a four-line poem for the team about surviving quarter-end ;; math f l i => what's 7.5% of our £412,000 quarterly revenue for the bonus pool? | Happy Friday! Write a four-line poem for the team about surviving quarter-end, and what's 7.5% of our £412,000 quarterly revenue for the bonus pool?
translate g l p => Translate this into English ;; math f l p => tell me what 4 nights of parking comes to in pounds at 0.85 ;; draft g l p => write a reply in Spanish saying we'll arrive around 23:00 ;; qa g l p web => is 12 euros a night normal for hotel parking in Cádiz? | Translate this into English, tell me what 4 nights of parking comes to in pounds at 0.85, then write a reply in Spanish saying we'll arrive around 23:00. And finally: is 12 euros a night normal for hotel parking in Cádiz? {G_ES_EMAIL}
qa m l p => Is it safe to take ibuprofen with sertraline? ;; draft g l c => write an email to {P_X} cancelling our 1:1 tomorrow because I'm off sick | Is it safe to take ibuprofen with sertraline?\n\nSeparately, write an email to {P_X} cancelling our 1:1 tomorrow because I'm off sick.
code f l p => Give me an Excel formula for the monthly payment on a loan with the rate in B1, years in B2 and amount in B3 ;; reasoning f m p => tell me if a 5-year or 7-year term makes more sense for a £25k van for my plumbing business ;; creative g l p => a slogan for the side of the van | Give me an Excel formula for the monthly payment on a loan with the rate in B1, years in B2 and amount in B3, then tell me if a 5-year or 7-year term makes more sense for a £25k van for my plumbing business. Oh, and a slogan for the side of the van!
sentiment g l i => how angry the customer is at the end ;; reasoning l m i => whether a £15 credit is fair compensation under UK consumer law ;; draft g l i => write the agent's next message | Read this chat and tell me three things: how angry the customer is at the end, whether a £15 credit is fair compensation under UK consumer law, and write the agent's next message. {G_TRANSCRIPT}
!extract f l i => List the invoice numbers and amounts ;; math f l i => add them up | List the invoice numbers and amounts, then add them up: INV-2025-00611 €2,480.00; INV-2025-00618 €915.40; INV-2025-00630 €7,302.15; credit note CN-2025-0044 -€480.00.
!code g l p => Write a bash loop that prints each host's agent version from /opt/agent/VERSION over ssh. ;; summarize g l i => summarise this output in one line for the change ticket | Write a bash loop that prints each host's agent version from /opt/agent/VERSION over ssh. Then summarise this output in one line for the change ticket:\nweb-01 7.4.2.118\nweb-02 7.4.2.96\ndb-01 7.4.2.118\ndb-02 7.3.9.204
extract m l r => Pull out the patient's name, NRIC and phone ;; classify m l c => triage the referral as urgent or routine ;; draft m l c => write the appointment SMS | Pull out the patient's name, NRIC and phone, triage the referral as urgent or routine, and write the appointment SMS. "Referral: {P_SG1}, NRIC {NRIC_S}, mobile {PH_SG}. 3 weeks of painless jaundice and 4 kg weight loss, age 67."
reasoning s m c => Was this a brute-force attack that worked? ;; draft s l c => Write a short message to j.koval's manager explaining what we saw ;; translate s l c => put that message into Ukrainian too, he prefers it | Was this a brute-force attack that worked? Write a short message to j.koval's manager explaining what we saw, and put that message into Ukrainian too, he prefers it. {S_AUTHLOG}
qa g l p => What's the capital of Mongolia ;; math g l p => how far is it from Beijing in miles if it's 1,170 km? ;; reasoning m m p => is it OK for me to fly that far? | What's the capital of Mongolia, and how far is it from Beijing in miles if it's 1,170 km? Also, I'm on warfarin after a DVT last year - is it OK for me to fly that far?
classify f l r => Is this a duplicate charge or two separate purchases? ;; draft f l r => write the dispute message to the bank quoting the card ;; qa s l p => is it safe to keep a card saved in shopping apps at all? | "12/09 AMZN Mktp £89.99 card {CC_MC}\n12/09 AMZN Mktp £89.99 card {CC_MC}\n13/09 Tesco £42.10 card {CC_MC}"\nIs this a duplicate charge or two separate purchases? If duplicate, write the dispute message to the bank quoting the card. And is it safe to keep a card saved in shopping apps at all?
extract f l r => Give me the name, SSN and total wages from this W-2 ;; math f l c => work out the effective federal tax rate ;; qa f l p => what is box 12 code D? | Give me the name, SSN and total wages from this W-2, work out the effective federal tax rate, and what is box 12 code D? {F_W2}
summarize g l i => Give me the gist of these notes. ;; qa l l p => is the landlord or the tenant usually responsible for extras like bike racks under a commercial lease? ;; draft g l i => write a calendar invite description for the 4 October move. | Give me the gist of these notes. Also, is the landlord or the tenant usually responsible for extras like bike racks under a commercial lease? And write a calendar invite description for the 4 October move. {G_MEETING}
qa s l p => What is a SIM-swap attack? ;; reasoning s m p => could that be what happened to me? ;; draft s l c => Draft a message to my mobile provider asking them to lock my number, which is {PH_UK2}. | What is a SIM-swap attack? My phone lost signal for an hour yesterday and then I got a password reset email from my bank - could that be what happened to me? Draft a message to my mobile provider asking them to lock my number, which is {PH_UK2}.
translate m l p => "take with food" in Spanish ;; qa m l p => why do some tablets have to be taken with food? ;; creative g l p => a two-line joke for the label on my pill organiser | "take with food" in Spanish\nwhy do some tablets have to be taken with food?\na two-line joke for the label on my pill organiser
qa l l p => Is a verbal agreement legally binding in England? ;; draft l l c => Write a short email to {P_Y} confirming in writing what we agreed on the phone: £1,800 for the kitchen tiling, starting 3 November. ;; math f l p => if he adds 20% VAT to the £1,800, what's the total? | Is a verbal agreement legally binding in England? Write a short email to {P_Y} confirming in writing what we agreed on the phone: £1,800 for the kitchen tiling, starting 3 November. And if he adds 20% VAT to the £1,800, what's the total?
sentiment m l p => How do patients feel overall? ;; extract m l p => list the specific complaints ;; draft m l p => draft the reply to the parking complaint ;; creative g l p => give me a short motivational quote for the reception team's whiteboard | How do patients feel overall? After that, list the specific complaints, and draft the reply to the parking complaint. Finally, give me a short motivational quote for the reception team's whiteboard. {M_FEEDBACK}
code s l p => Write a PowerShell command that lists local admin accounts on a Windows machine ;; qa s l p => explain why having many local admins is risky ;; creative g l p => a funny name for our new admin-rights request form | Write a PowerShell command that lists local admin accounts on a Windows machine, explain why having many local admins is risky, and - just for fun - a funny name for our new admin-rights request form.
math f l i => What's the total overspend on the lines that went over budget? ;; reasoning f m i => Should we move the unspent events money to paid social for H2? ;; summarize f l i => Give me a two-sentence version of the table for the CFO. | What's the total overspend on the lines that went over budget? Should we move the unspent events money to paid social for H2? Give me a two-sentence version of the table for the CFO. {F_BUDGET}
classify l l p => Tag each clause as favours landlord, favours tenant or neutral ;; translate l l p => translate clause 6.3 into Polish | Tag each clause as favours landlord, favours tenant or neutral, and translate clause 6.3 into Polish. {L_LEASE}
draft g l i => welcome email for our new office manager, starting Monday ;; qa l l p web => what's the UK minimum wage for over-21s right now? ;; code g l p => Excel formula that counts weekdays between two dates ;; creative g l p => a haiku about Mondays, for the team channel | Today's list:\n1. welcome email for our new office manager, starting Monday\n2. what's the UK minimum wage for over-21s right now?\n3. Excel formula that counts weekdays between two dates\n4. a haiku about Mondays, for the team channel
reasoning m m p => Should I take her to the GP today or wait? ;; math m l p => how many mL of 120 mg/5 mL paracetamol suspension is 15 mg/kg for a 16 kg child? ;; draft g l p => write a short message to her nursery saying she'll be off tomorrow | My 4-year-old has had a fever of 38.5 for two days but she's eating, drinking and playing. Should I take her to the GP today or wait? Also, how many mL of 120 mg/5 mL paracetamol suspension is 15 mg/kg for a 16 kg child? And write a short message to her nursery saying she'll be off tomorrow.
extract l l i => Extract the amount claimed, the deadline and the statute ;; reasoning l m i => tell me whether we should just pay given we never received 2,000 of the brochures ;; draft l l i => draft a short reply asking for copies of the delivery notes | Extract the amount claimed, the deadline and the statute; tell me whether we should just pay given we never received 2,000 of the brochures; and draft a short reply asking for copies of the delivery notes. {L_DEMAND}
chat g l p => Morning! ;; qa m l p => is it true you lose most of your body heat through your head? | Morning! Settle a bet for me: is it true you lose most of your body heat through your head?
sentiment s l i => Is the tone of this handover worrying? ;; summarize s l i => summarise the open items ;; draft s l i => draft a Friday reminder about the comms templates ;; qa m l p => how much sleep does someone need to recover after a run of night shifts? | Is the tone of this handover worrying? Please also summarise the open items and draft a Friday reminder about the comms templates. Last thing, unrelated: how much sleep does someone need to recover after a run of night shifts? {S_HANDOVER}
classify s l c => Is this login suspicious? ;; draft s l c => write the account-lock notice to the user | Is this login suspicious? "User {P_S1} ({E_S1}) signed in from {IP6_2} at 03:12, 40 minutes after a sign-in from {IP_D} in Madrid." If yes, write the account-lock notice to the user.
code m l p => Write a Python function that converts glucose from mg/dL to mmol/L and flags anything under 4 as a hypo. ;; creative g l p => suggest a silly name for the script. ;; chat g l p => You're the best, btw. | Write a Python function that converts glucose from mg/dL to mmol/L and flags anything under 4 as a hypo. Then suggest a silly name for the script. You're the best, btw.
translate f l p => Translate this into English ;; classify f l p => tell me if it's a fee increase or a new charge | Translate this into English and tell me if it's a fee increase or a new charge: "A partir del 1 de enero, las transferencias internacionales tendrán una comisión del 0,3 %, con un mínimo de 6 euros."
qa g l p web => What's the weather usually like in Lisbon in November? ;; reasoning f m p => is travel insurance worth buying for a 4-day trip if my credit card already includes some cover? ;; translate g l p => how do I say "a table for two, please" in Portuguese? | What's the weather usually like in Lisbon in November? And is travel insurance worth buying for a 4-day trip if my credit card already includes some cover? Oh, and how do I say "a table for two, please" in Portuguese?
summarize m l c => Summarise this note for the patient's daughter in plain English ;; classify m l c => tell me whether it needs a same-day hospital assessment, yes or no ;; translate m l c => put the summary into Gujarati | Summarise this note for the patient's daughter in plain English, tell me whether it needs a same-day hospital assessment, yes or no, and put the summary into Gujarati. {M_NOTE}
draft f l i => Write the payment reminder for invoice 2025-0932 ;; math f l i => work out the late interest for 30 days at 8% above a 4.75% base ;; creative g l p => a cheeky one-line subject line we could never actually use | Write the payment reminder for invoice 2025-0932, work out the late interest for 30 days at 8% above a 4.75% base, and finally a cheeky one-line subject line we could never actually use. {F_INVOICE}
!classify f l p => Which of these references are valid IBANs? ;; draft f l i => draft a note to the supplier asking for corrected details | Which of these references are valid IBANs? {BI4}, {BI5}, PO-4500031122. Then draft a note to the supplier asking for corrected details.
extract s l p => List the affected versions and the fixed build ;; qa s l p => explain what a CVSS score of 8.1 means ;; reasoning s m i => decide whether we patch tonight or in the weekend window, given it's our only VPN | List the affected versions and the fixed build, explain what a CVSS score of 8.1 means, and decide whether we patch tonight or in the weekend window, given it's our only VPN. {S_ADVISORY}
qa l l p => What does "garden leave" mean? ;; reasoning l m p => can my employer put me on it for the whole 6-month notice and still enforce a 12-month non-compete? ;; math f l p => what's six months of a £58,000 salary before tax? | What does "garden leave" mean? And can my employer put me on it for the whole 6-month notice and still enforce a 12-month non-compete? Also, what's six months of a £58,000 salary before tax?
creative g l p => Write a haiku about data breaches ;; translate g l p => translate it into Japanese ;; qa s l p => what was the biggest data breach ever? | Write a haiku about data breaches, then translate it into Japanese. And tell me, what was the biggest data breach ever?
math g l p => convert 180 lb to kg ;; qa m l p => is BMI a good measure for athletes? | convert 180 lb to kg. is BMI a good measure for athletes?
extract g l c => Extract everyone's name, email and phone ;; classify g l c => mark who is a speaker and who is a sponsor ;; draft g l c => write a reminder to the speakers about the 9am tech check | Extract everyone's name, email and phone, mark who is a speaker and who is a sponsor, and write a reminder to the speakers about the 9am tech check. {G_CONTACTS}
draft s h i => Draft a one-page acceptable-use policy for our new AI assistant ;; qa l l p => what does the EU AI Act require for a chatbot like this? | Draft a one-page acceptable-use policy for our new AI assistant, and what does the EU AI Act require for a chatbot like this?
sentiment l l i => Is the other side's tone softening? ;; extract l l i => Give me the three points they concede. | "Our client accepts that the first delivery was late and that the invoice contained a pricing error. It also accepts that your client raised the defects within the warranty period. It does not accept liability for consequential loss." Is the other side's tone softening? Give me the three points they concede.
chat g l p => sorry for the late-night question! ;; code f m p => write SQL that lists customers with invoices more than 60 days overdue and the total they owe, from invoices(customer_id, amount, due_date, paid_at) | sorry for the late-night question! write SQL that lists customers with invoices more than 60 days overdue and the total they owe, from invoices(customer_id, amount, due_date, paid_at)
math s l p => How many possible 6-digit OTP codes are there ;; reasoning s m p => is a 6-digit OTP with 3 attempts safe enough for our customer portal? | How many possible 6-digit OTP codes are there, and is a 6-digit OTP with 3 attempts safe enough for our customer portal?
extract f l p => list the fee, rate and early repayment charge ;; math f l p => work out the monthly repayment ;; reasoning f m p => tell me whether to accept it or keep shopping | From this offer: list the fee, rate and early repayment charge, work out the monthly repayment, and tell me whether to accept it or keep shopping. {F_LOAN}
translate m l p => translate into French: "Your appointment is confirmed for Tuesday at 10:30" ;; qa m l p => is a 10-minute GP appointment enough for two problems? ;; draft g l p => write a short note for my manager that I'll be out Tuesday morning | translate into French: "Your appointment is confirmed for Tuesday at 10:30"\nis a 10-minute GP appointment enough for two problems?\nwrite a short note for my manager that I'll be out Tuesday morning
reasoning g m p => Which laptop should I buy for video editing under £1,200: a MacBook Air M3 or a Windows laptop with an RTX 4060? ;; qa g l p => what does "unified memory" mean? ;; code f l p => give me an Excel formula that depreciates it straight-line over 3 years for my accounts | Which laptop should I buy for video editing under £1,200: a MacBook Air M3 or a Windows laptop with an RTX 4060? Also, what does "unified memory" mean? And give me an Excel formula that depreciates it straight-line over 3 years for my accounts.
!translate g l p => Translate this shipping update into Italian ;; extract g l p => give me the order number and tracking number | Translate this shipping update into Italian and give me the order number and tracking number: "Order #48812209 shipped on 2025-09-14 via DPD, tracking 15501234567893, estimated delivery 3 working days."
summarize s l p => Tell me in one line what this email wants me to do ;; extract s l p => list the link and the claimed sender ;; draft s l p => write a two-line warning for the intranet | Tell me in one line what this email wants me to do, list the link and the claimed sender, and write a two-line warning for the intranet. {S_PHISH}
qa m l p => what's the normal range for ferritin? ;; reasoning m m p => should I push for an iron infusion rather than tablets? ;; draft g l p => write a short email to HR asking to work from home on Fridays while I get this sorted | what's the normal range for ferritin? my result was 6 and I'm exhausted - should I push for an iron infusion rather than tablets? Also write a short email to HR asking to work from home on Fridays while I get this sorted.
draft l l c => Write a letter to my landlord, {P_Z}, giving notice to end the tenancy on 30 November ;; math f l p => work out the pro-rata rent if I leave on 18 November instead (rent £1,150 a month) | Write a letter to my landlord, {P_Z}, giving notice to end the tenancy on 30 November, and work out the pro-rata rent if I leave on 18 November instead (rent £1,150 a month).
classify g l p => Sort these into recycling, compost or landfill: pizza box, teabags, crisp packet, glass jar. ;; creative g l p => make up a jingle to remind the office | Sort these into recycling, compost or landfill: pizza box, teabags, crisp packet, glass jar. Then make up a jingle to remind the office.
classify s l r => Is this a legit fraud alert from my bank or a scam ;; reasoning s m r => should I call the number in it? | "Fraud alert: a payment of £649.00 on card {CC_AMEX} was declined. If this was not you, call {PH_US} immediately." Is this a legit fraud alert from my bank or a scam, and should I call the number in it?
qa f l p => What's the difference between gross and net margin? ;; math f l p => If revenue is $2.31bn and gross margin fell from 71.4% to 69.6%, how much gross profit did that cost? | What's the difference between gross and net margin? If revenue is $2.31bn and gross margin fell from 71.4% to 69.6%, how much gross profit did that cost?
draft m l p => Write a poster for the waiting room about the flu jab clinic on Saturday 11 October, 9am-1pm, no appointment needed ;; creative g l p => a punchy tagline for the top of it | Write a poster for the waiting room about the flu jab clinic on Saturday 11 October, 9am-1pm, no appointment needed, and a punchy tagline for the top of it.
reasoning l m i => Do we have to report this breach to the ICO within 72 hours? ;; draft s m i => Draft the internal incident notice for the exec team. | We found a misconfigured storage bucket that exposed 2,300 customer names and delivery addresses for 5 days. No payment data. The access logs show two downloads from unknown addresses.\n\nDo we have to report this breach to the ICO within 72 hours?\n\nDraft the internal incident notice for the exec team.
extract g l i => Pull out the open question from these notes ;; reasoning l m i => tell me who should pay for the bike racks, in your view | Pull out the open question from these notes and tell me who should pay for the bike racks, in your view. {G_MEETING}
math m l p => what dose per kg is he getting? ;; qa m l p => Is that within the usual range? ;; draft g l p => text my partner to pick up more Calpol on the way home | My son's 5 ml of syrup contains 240 mg of paracetamol and he weighs 17 kg - what dose per kg is he getting? Is that within the usual range? And text my partner to pick up more Calpol on the way home, something short.
chat g l p => Ugh, Monday. ;; summarize g l i => summarise this email thread in one line ;; draft g l i => draft a polite "no" to the Thursday meeting | Ugh, Monday. Can you summarise this email thread in one line and draft a polite "no" to the Thursday meeting? {G_THREAD}
translate l l c => Translate this dismissal letter into Romanian for my colleague ;; summarize l l c => give him a two-line summary in English too ;; qa g l p => is Romanian the official language in Moldova too? | Translate this dismissal letter into Romanian for my colleague, then give him a two-line summary in English too. Side question: is Romanian the official language in Moldova too? {L_DISMISSAL}
code s m p => Write a Python function that checks an uploaded file really is a PDF, not just by its extension. ;; qa s l p => Why are file-upload features such a common attack vector? | Write a Python function that checks an uploaded file really is a PDF, not just by its extension. Why are file-upload features such a common attack vector?
sentiment g l p => Is this review positive? ;; classify g l p => Which product category does it fit: kitchen, garden or tech? ;; qa l l p => Is a two-year warranty on something like this a legal right in the UK? | "Bought the £129 pizza oven for the garden, it heats up in 15 minutes and the first pizza was restaurant-level. The cover is flimsy though." Is this review positive? Which product category does it fit: kitchen, garden or tech? Is a two-year warranty on something like this a legal right in the UK?
draft f l r => Draft an email to the bank updating my dad's contact number to {PH_SG2} ;; qa f l p => how long does a CPF nomination take to process? | Draft an email to the bank updating my dad's contact number to {PH_SG2}; his NRIC is {NRIC_T} and it's a joint savings account with me. Separately, how long does a CPF nomination take to process?
math g l p => How many working days are there between 1 and 31 October 2025? ;; draft g l i => write the leave request for 6-10 October to my manager ;; qa l l p => can an employer refuse leave during the school holidays? | How many working days are there between 1 and 31 October 2025? After that, write the leave request for 6-10 October to my manager. One more: can an employer refuse leave during the school holidays?
qa s l p => What's the difference between EDR and antivirus? ;; reasoning s m i => For 40 laptops and one IT person, which would you buy first? ;; math f l i => If EDR is £4.20 per device per month, what's the annual cost? | What's the difference between EDR and antivirus? For 40 laptops and one IT person, which would you buy first? If EDR is £4.20 per device per month, what's the annual cost?
summarize l l p => Summarise the judgment in two sentences ;; reasoning l m p => tell me whether the tenant would have done better paying the rent into a separate account | Summarise the judgment in two sentences and tell me whether the tenant would have done better paying the rent into a separate account. {L_JUDGMENT}
!extract s l i => List the machines below build 10.0.22631.4317 ;; draft s l i => draft the patch-window notice for Saturday night | List the machines below build 10.0.22631.4317 and draft the patch-window notice for Saturday night:\nWS-014 10.0.22631.4037\nWS-022 10.0.22631.4317\nWS-031 10.0.22621.3880\nWS-047 10.0.22631.4169
creative g l p => Write a short story opening about a nurse on her last night shift before retiring. ;; qa m l p => Why do night shifts affect nurses' health? | Write a short story opening about a nurse on her last night shift before retiring. Why do night shifts affect nurses' health?
extract f l c => give me the guest's name, email and the total ;; draft g l c => write her a thank-you email for staying with us | From this receipt, give me the guest's name, email and the total, then write her a thank-you email for staying with us: "Receipt 00492 - Guest: {P_F4}, {E_F4}, 2 nights, room 214, total £386.00."
draft s l i => Write the announcement that USB storage will be blocked on all laptops from 1 November ;; creative g l p => three funny alternatives to "no USB sticks" for the poster ;; classify s l i => tell me which of these teams are likely to need an exception: design, payroll, field engineers, reception | Write the announcement that USB storage will be blocked on all laptops from 1 November, plus three funny alternatives to "no USB sticks" for the poster, and tell me which of these teams are likely to need an exception: design, payroll, field engineers, reception.
classify l l c => Is that personal data under GDPR in our case, yes or no? ;; draft l l i => draft the sentence for our privacy notice about it ;; code s l p => give me the nginx log_format change that drops the last octet | Our web server logs keep visitor IP addresses like {IP_E} for 90 days. Is that personal data under GDPR in our case, yes or no? Then draft the sentence for our privacy notice about it, and give me the nginx log_format change that drops the last octet.
reasoning g m p => which one should I take? ;; math f l p => what's the difference in gross pay per month between £52k and £47k plus a 10% bonus? | I have two job offers: a product role at a bank for £52k, or a start-up for £47k plus a 10% bonus and fully remote. I'm 29 and would like to buy a flat within three years - which one should I take? And what's the difference in gross pay per month between £52k and £47k plus a 10% bonus?
"""

# ================================================================ boundary hard cases (40)
BOUNDARY = r"""
# code vs qa
code g l p | how do I make a cell turn red when the date in it has passed, with a custom formula rule in Google Sheets?
qa s l p | what does "Your connection is not private" mean in Chrome, and is it always dangerous?
!code g l p | git command that lists the tags between v4.2.0.9 and v4.2.0.17
!qa s l p | npm says "found 0 vulnerabilities" after I upgraded lodash to 4.17.21 - does that mean the app is secure?
reasoning g m i | our nightly backup job started failing the day after we rotated the service account password - what's the most likely cause?
# chat vs qa
chat g l p | do you get a say in which questions you answer, or is that all set by my company?
qa g l p | how do companies usually decide what an internal AI assistant is allowed to answer?
!chat g l p | just saw ticket INC0091234 auto-close after 30 days of silence, iconic
chat g l p | is it normal that I've said thank you to you fifty times today?
# creative vs draft
draft g l i | notice for the lifts: lift B out of service 6-8 October for maintenance, use lift A or the stairs, sorry for the hassle
creative g l p | a dramatic movie-trailer voiceover announcing that lift B is out of service next week
draft s l i | friendly reminder email: lock your screen when you leave your desk, with the Windows and Mac shortcuts
creative g l p | a fake nature-documentary narration of a colleague discovering someone's unlocked laptop
# math vs qa
math l l p | if the deposit cap is five weeks' rent, what's the cap on £975 a month?
qa l l p | how many weeks' rent can a landlord in England take as a holding deposit?
!math g l p | build 4.2.0.9 took 14m 30s and 4.2.0.17 took 9m 45s - what's the percentage speed-up?
qa f l p web | what's the current US federal funds rate?
math f l p | our supplier bills in CHF: 8,400 CHF at 0.89 GBP per franc, plus a 1.5% bank fee - what do we pay in pounds?
# classify vs reasoning vs extract
classify l l c | is this a fixed-term contract or a permanent one, going by this line: "{P_B1} is employed from 1 March 2025 until completion of the Harbour project"?
reasoning l m c | {P_B1}'s contract runs "until completion of the Harbour project", which has now lasted 4 years. Could she argue she's become permanent, and should we convert her contract?
extract l l c | what end date does this contract give? "{P_B1} is employed from 1 March 2025 until completion of the Harbour project, expected by 31 December 2026."
!classify f l p | which of these are order references and which could be real card numbers? {BC3} / {BC4} / ORD-2025-118842
!extract f l i | pull the PO numbers and totals: "PO 4500031187 £12,480.00 (approved 2025-09-02); PO 4500031190 £9,310.50 (pending)"
# sentiment vs reasoning vs classify
sentiment f l p | Does this analyst sound convinced by the turnaround? "The plan is credible on paper, but we've heard similar promises twice before."
reasoning f m p | Should I hold the shares through the turnaround, when the analyst says the plan is credible but the company has missed twice before?
classify f l p | Which rating does this analyst note most likely carry - buy, hold or sell? "The plan is credible on paper, but we've heard similar promises twice before. We stay on the sidelines."
!sentiment g l p | how happy is this user? "Ticket INC0077120: upgrading to 6.1.0.14 fixed the crash, you're heroes"
sentiment m l p | Does this handover note sound stressed? "Bay 3 all fine. Bay 4: two falls risks, one confused, one refusing obs. Pharmacy still hasn't sent the evening meds. I'm on my own until 10."
# summarize vs extract vs draft
summarize f l i | explain this in plain words for the new AP clerk: "Payment run 14 Sep: 12 invoices settled, 3 held pending PO match, 1 rejected for duplicate vendor bank details."
!extract f l i | give me the run date and the counts only: "Payment run 2025-09-14: 12 invoices settled (batch PR-7731), 3 held, 1 rejected; next run 2025-09-28."
draft f l i | turn this into a short email to the three vendors whose invoices are held, asking for the PO numbers: "Payment run 14 Sep: 3 held pending PO match - Nordlys AS, Brightline Catering, Kestrel Print."
# translate vs draft
translate m l p | how do you say "please fast for 8 hours before your test" in Tagalog?
draft m l p | write a short SMS in Tagalog reminding patients to fast for 8 hours before blood tests
!translate s l p | translate into Spanish: "Agents below 7.4.2.118 will be blocked from the VPN after 1 October."
draft s l i | reply in French to our Lyon office explaining that the VPN client must be updated before 1 October, and how to do it
# look-alikes and PII at the boundaries
!reasoning f m p | The supplier's portal rejects my IBAN {BI6} every time - did I mistype it, or is their form broken?
!classify g l p | do these pass the NRIC check-letter test: {BN1}, {BN2}? answer valid or invalid for each
code s l r | my regex rejects this valid card {CC_DISC}, why? ^4\d{15}$
qa s l c | what does "{IP6_3} port 443 ESTABLISHED" mean in netstat output?
!summarize g l i | one line: "Sprint 42 closed 2025-10-03: JIRA-4410 and JIRA-4417 done; JIRA-4422 moved to sprint 43; build 5.0.1.233 tagged."
"""

_GRID = {
    "summarize": SUMMARIZE,
    "draft": DRAFT,
    "creative": CREATIVE,
    "reasoning": REASONING,
    "math": MATH,
    "code": CODE,
    "classify": CLASSIFY,
    "sentiment": SENTIMENT,
    "extract": EXTRACT,
    "translate": TRANSLATE,
    "qa": QA,
    "chat": CHAT,
}
_SECTIONS = {**{f"grid:{k}": v for k, v in _GRID.items()}, "multi": MULTI,
             "boundary": BOUNDARY}  # fmt: skip


def _lines(block: str) -> str:
    """The block without its blank lines and ``#`` name lines."""
    return "\n".join(
        ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")
    )


def rows() -> list[Row]:
    expand = Placeholders(_MAT, _V)
    blocks = [_lines(b) for b in _SECTIONS.values()]
    return line_rows(blocks, prefix="diverse18", expand=expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse18.jsonl", rows(), scan_unmarked=True)
    sizes = {name: len(_lines(block).splitlines()) for name, block in _SECTIONS.items()}
    print("  rows per section: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    start = 0
    for name, size in sizes.items():
        section = data[start : start + size]
        start += size
        if name.startswith("grid:"):
            intent = name.split(":")[1]
            wrong = [r["id"] for r in section
                     if len(r["tasks"]) != 1 or r["tasks"][0]["intent"] != intent]  # fmt: skip
            assert not wrong, (name, wrong)
    words = [len(r["text"].split()) for r in data]
    buckets = Counter(
        "4-12" if n <= 12 else "13-14" if n < 15 else "15-50" if n <= 50
        else "51-59" if n < 60 else "60-180" if n <= 180 else "180+"
        for n in words
    )  # fmt: skip
    print("  words: " + ", ".join(f"{k} {v}" for k, v in sorted(buckets.items())))
    print(f"  rows with PII: {sum(bool(r['pii']) for r in data)}")
    print(f"  rows with pasted material: {sum(chr(10) * 2 in r['text'] for r in data)}")


if __name__ == "__main__":
    main()
