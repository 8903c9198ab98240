# ruff: noqa: E501
"""Acceptance-tester corpus 26: PII in everyday business and personal text.

Run ``python tests/data/intent/train_diverse26_source.py`` to (re)write
``train_diverse26.jsonl`` and validate it. RECORD dialect; inline tokens:
``[[P:name]]`` PERSON, ``[[E:addr]]`` EMAIL, ``[[T:number]]`` PHONE,
``[[IP:addr]]`` IP_ADDRESS (written out), and generated checksum-valid values
``[[CC:prefix len sep]]``, ``[[IBAN:CC sp]]``, ``[[SSN:sep]]``, ``[[NRIC:S]]``;
unmarked look-alikes ``<<BC:sep>>`` (Luhn-failing 16 digits), ``<<BI:CC sp>>``
(wrong IBAN checksum) and ``<<BN:S>>`` (NRIC with a wrong letter).
"""

from __future__ import annotations

import re

from corpus import HERE, Values, check_lookalikes, mark, record_rows, write_and_check

V = Values(2626, digit_bbans={"PT": 21, "DK": 14, "FI": 14})
LOOK: dict[str, str] = {}
KIND = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "IP": "IP_ADDRESS"}
SEP = {"s": " ", "d": "-", "n": ""}
TOKEN = re.compile(r"\[\[(\w+):([^\]]*)\]\]|<<(\w+):([^>]*)>>")


def _value(kind: str, arg: str) -> str:
    if kind in KIND:
        return mark(KIND[kind], arg)
    if kind == "CC":
        prefix, length, sep = arg.split()
        return mark("CREDIT_CARD", V.card(prefix, int(length), SEP[sep]))
    if kind == "IBAN":
        country, *sp = arg.split()
        return mark("IBAN", V.iban(country, bool(sp)))
    if kind == "SSN":
        return mark("US_SSN", V.ssn(arg or "-"))
    if kind == "NRIC":
        return mark("SG_NRIC", V.nric(arg))
    raise AssertionError(kind)


def _lookalike(kind: str, arg: str) -> str:
    if kind == "BC":
        value = V.bad16(SEP[arg])
    elif kind == "BI":
        country, *sp = arg.split()
        value = V.bad_iban(country, bool(sp))
    elif kind == "BN":
        good = V.nric(arg)
        value = good[:-1] + ("A" if good[-1] != "A" else "B")
    else:
        raise AssertionError(kind)
    LOOK[f"{kind}{len(LOOK)}"] = value
    return value


def expand(raw: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1):
            return _value(m.group(1), m.group(2))
        return _lookalike(m.group(3), m.group(4))

    return TOKEN.sub(sub, raw)


SOURCE = []
SOURCE.append("""
@ summarize g m c
Can you summarise this email thread for me in 3 bullets? I was off last week.

From: [[P:Hannah Okonkwo]] <[[E:h.okonkwo@brightlane.co.uk]]>
To: facilities team
Subject: Re: Office move - Floor 4
Hi all, the movers arrive Thursday at 7am. Please have desks cleared by Wednesday evening. Any questions ring me on [[T:+44 161 496 0732]].
Thanks, [[P:Hannah]]
> From: [[P:Marcus Feld]]
> Will the printers be moved too or do we need to order new ones?

@ draft g l c
reply to [[P:Jürgen Albrecht]] ([[E:j.albrecht@vormann-gmbh.de]]) saying we can do the call next Tuesday at 10 CET, short and polite

@ extract g l c
Pull the name, email and phone out of this signature into JSON:

Kind regards,
[[P:Priyanka Venkataraman]]
Senior Account Manager | Northwind Logistics
M: [[T:+91 98450 21377]]
E: [[E:priyanka.v@northwind-log.in]]

@ extract f m r
Extract all transactions over 500 from this statement and list them with date and payee.

ACCOUNT HOLDER: [[P:Daniel Kowalczyk]]
IBAN: [[IBAN:PL s]]
Statement period 01.03-31.03
04.03  ZUS SKLADKA          -1,412.30
07.03  Przelew od ALLEGRO     +214.99
11.03  CZYNSZ MIESZKANIE   -2,800.00
19.03  Biedronka             -87.45
28.03  WYNAGRODZENIE       +9,650.00

@ classify g l c
Which department should handle this? Options: billing, technical, returns, other.

"Hi, this is [[P:Rosa Delgado]], my order arrived with the screen cracked and I want to send it back. Call me at [[T:(415) 555-0198]] if you need photos."

@ sentiment g l c
Rate the sentiment of this customer chat from 1 to 5:

Agent: Hello, how can I help?
[[P:Tomás Ferreira]]: I've been charged twice AGAIN. third time this year. your app is a joke
Agent: I'm sorry to hear that, let me check.
[[P:Tomás Ferreira]]: just fix it

@ translate g l c
Translate into English please:

Bonjour Madame [[P:Léa Marchand]],
Suite à notre entretien téléphonique, je vous confirme votre rendez-vous le 14 mai à 9h30. En cas d'empêchement, merci de nous prévenir au [[T:01 42 68 53 00]] ou par mail à [[E:accueil@cabinet-rivoire.fr]].
Cordialement,
[[P:Sébastien Rivoire]]

@ translate m m c
Translate this discharge note into Spanish for the patient's family:

Patient: [[P:Carmen Ruiz Navarro]]
Admitted with community-acquired pneumonia, treated with IV ceftriaxone for 3 days then switched to oral amoxicillin. Continue for 5 more days. Follow up with GP in one week. Contact ward 6B on [[T:+34 915 22 48 10]] with questions.

@ summarize m m c
Summarise this referral letter for the triage nurse.

Dear Dr [[P:Abebe Girma]],
Thank you for seeing Mrs [[P:Olena Shevchenko]], 58, who presents with 3 months of intermittent chest tightness on exertion, relieved by rest. ECG shows non-specific T-wave changes. She has a history of type 2 diabetes and hypertension, on metformin 1g bd and ramipril 5mg. I would be grateful for an assessment for stable angina.
Yours sincerely,
Dr [[P:Fiona MacLeod]]

@ qa f l r
Is this IBAN for the right country? Supplier says they're in Ireland: [[IBAN:IE s]]

@ draft f m r
Write a short email to [[P:Kwame Mensah]] asking him to confirm the bank details before we pay invoice 4471: account name K. Mensah Consulting, IBAN [[IBAN:GB s]]. Mention we never change payment details by email.

@ code g m c code
Write a Python function that takes this contacts CSV and returns a dict keyed by email. Test it on the sample.

name,email,phone
[[P:Aiko Yamamoto]],[[E:aiko.yamamoto@kitsune-design.jp]],[[T:+81 3-5412-7789]]
[[P:Lars Eriksson]],[[E:lars@eriksson-bygg.se]],[[T:+46 8 123 456 78]]
[[P:Nomvula Dlamini]],[[E:nomvula.d@ubuntutech.co.za]],[[T:+27 21 555 0143]]

@ extract g l c
From this meeting invite, give me the organiser, the dial-in number and the attendees.

Subject: Q3 vendor review
Organiser: [[P:Beatriz Carvalho]] <[[E:beatriz.carvalho@moinhos.pt]]>
When: Wed 10 Jul 15:00-16:00 (Lisbon)
Dial-in: [[T:+351 21 340 5566]], PIN 88213#
Attendees: [[P:Rui Antunes]], [[P:Joana Simões]], [[P:Michael O'Sullivan]]

@ chat g l c
hey I'm [[P:Mei Ling Koh]], new here, my manager said to ping you about getting a laptop? my ext is [[T:6512 3390]] lol sorry no idea how this works

@ reasoning l h c retr
My landlord [[P:Gareth Pryce]] wants to keep my whole deposit for "general wear". I lived there 4 years, the carpet was already old. Tenancy was in Cardiff. Does he have a case, and what should I do next?

@ summarize l m c
tldr of this tenancy agreement clause please

This Agreement is made between [[P:Isabella Conti]] ("the Landlord"), of Via Garibaldi 12, Torino, reachable at [[E:isabella.conti@pec.it]], and [[P:Ahmet Yılmaz]] ("the Tenant"). The Tenant shall pay the rent monthly in advance on the first working day of each month and shall not sublet the whole or any part of the Premises without the prior written consent of the Landlord, such consent not to be unreasonably withheld. Either party may terminate with two months' written notice after the first twelve months.

@ classify s m c
Is this phishing or legit? Just answer and say why in one line.

From: "IT Helpdesk" <[[E:helpdesk@micros0ft-support.net]]>
Dear [[P:Paul Becker]], your mailbox has exceeded its quota. Click here within 24 hours to verify your password or your account will be suspended.

@ extract s m c
List the source IPs with more than 3 failed logins in this auth log.

Mar 12 03:14:07 bastion sshd[2211]: Failed password for root from [[IP:185.220.101.47]] port 52144 ssh2
Mar 12 03:14:09 bastion sshd[2211]: Failed password for root from [[IP:185.220.101.47]] port 52150 ssh2
Mar 12 03:14:12 bastion sshd[2213]: Failed password for admin from [[IP:185.220.101.47]] port 52161 ssh2
Mar 12 03:14:15 bastion sshd[2215]: Failed password for admin from [[IP:185.220.101.47]] port 52170 ssh2
Mar 12 03:20:44 bastion sshd[2301]: Failed password for deploy from [[IP:10.4.22.18]] port 40022 ssh2
Mar 12 03:22:01 bastion sshd[2310]: Accepted publickey for deploy from [[IP:10.4.22.18]] port 40030 ssh2

@ summarize s m c :: Summarise what happened in this incident
@ draft s m c :: draft the message to the affected user
Summarise what happened in this incident and then draft the message to the affected user, [[P:Chloé Lambert]] ([[E:chloe.lambert@valmont-group.fr]]).

09:12 alert: impossible travel for chloe.lambert - logins from [[IP:91.198.174.192]] (Paris) and [[IP:2a02:c207:2034:1127::1]] (Singapore) 11 minutes apart
09:15 session revoked, MFA reset
09:40 user confirms she did not log in from Singapore
10:05 password reset, mailbox rules reviewed - one forwarding rule to an external gmail found and removed

@ extract g l r
HR form below - pull out the fields into a table (name, SSN, start date, manager).

NEW HIRE FORM
Full legal name: [[P:Jamal Washington]]
SSN: [[SSN:-]]
Start date: 06/03/2024
Position: Warehouse Supervisor
Reporting manager: [[P:Linda Hoffmann]]
Emergency contact: [[P:Keisha Washington]], [[T:(312) 555-0177]]

@ qa f l r
customer gave me this card number over the phone, is it a visa or mastercard? [[CC:4 16 s]]

@ math f m r calc
Expense claim from [[P:Siddharth Rao]] below. Add it up and tell me how much goes back on his corporate card [[CC:5 16 d]].

Taxi airport-hotel  SGD 38.50
Hotel 3 nights       SGD 642.00
Dinner w/ client     SGD 187.20
Taxi hotel-airport  SGD 41.10

@ translate g m c
Übersetze bitte ins Englische:

Sehr geehrter Herr [[P:Krzysztof Nowak]],
vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem persönlichen Gespräch einladen. Bitte rufen Sie uns unter [[T:+49 (0)89 2180 3345]] an, um einen Termin zu vereinbaren.
Mit freundlichen Grüßen
[[P:Sabine Vogt]]
Personalabteilung

@ draft g l c
Write a LinkedIn recommendation for [[P:Oluwaseun Adebayo]], she was my team lead for two years at the bank, great at mentoring and calm under pressure.

@ creative g l c
Write a funny retirement poem for [[P:Bernard Huang]] who has run the post room for 31 years and never once lost a parcel.

@ summarize f m r
Summarise this insurance claim in two sentences for the adjuster.

CLAIM FORM - MOTOR
Policyholder: [[P:Svetlana Ivanova]]
Contact: [[T:+44 7700 900461]], [[E:svetlana.ivanova@mailbox.org]]
Incident: rear-ended at traffic lights on the A38, other driver admitted fault at the scene. Rear bumper and boot damaged, car still drivable. Neck pain the next day, saw GP.
Refund of excess to: [[IBAN:GB s]]

@ classify m m c
Classify the urgency of this patient message as routine, soon or urgent.

"Hi, it's [[P:Dorothy Jenkins]], DOB on file. Since this morning my left arm feels heavy and my speech is a bit slurred. Should I wait for my appointment Friday?"

@ chat m l c
my mum [[P:Ewa Zielinska]] just got told she has atrial fibrillation, I'm a bit scared, what does that actually mean for her day to day?

@ extract m m c
Extract medications and doses from this clinic note as a list.

Pt: [[P:Rahul Mehta]], 64M. Seen in cardiology clinic. Continue bisoprolol 2.5mg od, apixaban 5mg bd. Increase atorvastatin to 80mg nocte. Stop amlodipine (ankle oedema). Review in 3 months. Cc GP Dr [[P:Helen Park]].

@ translate g l c
Translate to Japanese, polite business tone: "Dear Mr. [[P:Takahashi]], thank you for your order. [[P:Anna Schmidt]] from our Munich office will contact you this week."

@ translate g l c
把下面这段翻译成英文：
[[P:王丽娜]]女士您好，您的快递已到达前台，请凭身份证领取。如有疑问请致电[[T:+86 138 1234 5678]]。

@ translate g l c
日本語から英語に訳してください。
[[P:佐藤健一]]様
いつもお世話になっております。来週の打ち合わせですが、火曜日の午後二時でいかがでしょうか。ご都合が悪ければ[[T:03-6812-4471]]までご連絡ください。

@ sentiment g l c
How does the customer feel in this review? positive/negative/mixed

"Booked through [[P:Giulia Bianchi]] at the front desk, she was lovely and sorted an upgrade. Room was clean but the walls are paper thin and breakfast was cold both days."

@ qa g l c
is [[T:+31 20 794 0215]] a Dutch mobile or landline?

@ draft l m c
Draft a letter before action to Mr [[P:Declan Byrne]], 14 Harbour View, Cork, for €3,200 of unpaid invoices for joinery work. Give 14 days.

@ reasoning f h r calc
My ex-husband [[P:Kevin Doyle]] still has his name on our joint account ([[IBAN:IE]]). The mortgage comes out of it. If I remove him, what happens to the mortgage direct debit and do I need his consent? Walk me through it.

@ code s m c code
Write a regex that finds IPv4 and IPv6 addresses in nginx logs and test it against these lines:
[[IP:203.0.113.77]] - - [12/Mar/2024:10:01:44 +0000] "GET /login HTTP/1.1" 200 512
[[IP:2001:db8:4f2a::17]] - - [12/Mar/2024:10:01:45 +0000] "POST /api/v2/orders HTTP/1.1" 201 88
[[IP:198.51.100.9]] - - [12/Mar/2024:10:01:47 +0000] "GET /favicon.ico HTTP/1.1" 404 0

@ classify s l c
Label each of these firewall entries as internal or external source.
ALLOW tcp [[IP:192.168.12.40]] -> [[IP:10.0.0.5]]:443
DENY tcp [[IP:45.155.205.233]] -> [[IP:10.0.0.5]]:22
ALLOW udp [[IP:172.16.8.201]] -> [[IP:10.0.0.2]]:53

@ extract g l c :: Extract everyone's name and number from this WhatsApp export
@ classify g l c :: tag each person as family, work or other
Extract everyone's name and number from this WhatsApp export and tag each person as family, work or other.

[18/02/2024, 19:02] Mama: did you call [[P:Tante Ingrid]]? her new number is [[T:0049 171 2238 450]]
[18/02/2024, 19:05] Me: not yet
[18/02/2024, 19:20] [[P:Stefan]] (Büro): Reminder: Audit Montag 8 Uhr. Handy: [[T:+49 160 9988 1201]]

@ draft g l c
Can you write an out-of-office for me? Away 12-23 August. For urgent stuff contact [[P:Nadia Haddad]] on [[E:n.haddad@cedarpoint.ae]] or [[T:+971 4 332 8810]].

@ extract f m r
Parse this card payment receipt into fields (merchant, amount, card, cardholder, date):

CAFÉ LUMIÈRE - 23 RUE DU BAC
25/01/2024 12:48
CARTE [[CC:4 16 n]]
TITULAIRE: M. [[P:ANTOINE GIRARD]]
MONTANT: 32,40 EUR
PAIEMENT ACCEPTÉ

@ classify f l r
Which card network does this belong to? [[CC:37 15 s]]

@ summarize g m c
Summarise this CV in 4 lines for the hiring manager.

[[P:Valentina Moreno Castillo]]
[[E:vale.moreno.c@gmail.com]] | [[T:+52 55 4123 8890]] | Mexico City
Experience
2019-now  Data Analyst, Grupo Aurora: built churn dashboards, cut reporting time by 60%.
2016-2019 Junior Analyst, BancoSur: credit risk reporting in SQL and Excel.
Education: BSc Actuarial Science, UNAM
Skills: SQL, Python, Power BI, Spanish (native), English (C1)

@ sentiment g l c
What's the tone of this email from [[P:Rob Sinclair]]? I can't tell if he's annoyed.

"Thanks for the update. I guess we'll just move the launch again then. Let me know when you've had a chance to look at the comments I sent three weeks ago."

@ qa s m c
We're seeing traffic from [[IP:2001:db8:ac10:fe01::2a]] hitting /wp-admin every few seconds. What is that range and should we block it at the WAF?

@ math g l c calc
[[P:Yusuf]], [[P:Amara]] and [[P:Chen]] split the cabin: 1,260 total, [[P:Yusuf]] stayed 5 nights, the other two 3 nights each. How much does each owe if we split by nights?

@ extract l m r
Extract the parties, their ID numbers and the rent amount from this Singapore tenancy agreement.

TENANCY AGREEMENT
This agreement is made on 1 April 2024 between [[P:Tan Wei Ming]] (NRIC [[NRIC:S]]) ("Landlord") and [[P:Aditi Sharma]] (FIN [[NRIC:G]]) ("Tenant") for the premises at Blk 412 Bedok North Ave 2 #08-115. Monthly rent S$3,100 payable on the 1st of each month.

@ qa g l r
Form says "NRIC/FIN" - I'm on an employment pass, is [[NRIC:G]] what they want?

@ draft g m r
Fill in a short cover email to CPF Board for [[P:Lim Boon Keng]] (NRIC [[NRIC:T]]) asking why his May contribution is missing. Keep it formal.

@ chat g l c
Morning! [[P:Jess]] from accounts here, quick q - do we still use [[E:ap@harbourfreight.com.au]] for supplier invoices or has that changed?

@ summarize s h c :: Summarize the alert timeline
@ reasoning s h c :: decide whether the laptop was compromised
@ draft s m c :: write up the ticket for the SOC queue
Summarize the alert timeline, decide whether the laptop was compromised, and write up the ticket for the SOC queue.

02:11 EDR: powershell.exe -enc JABzAD0A... spawned by winword.exe on host FIN-LT-088 ([[IP:10.20.30.44]]), user [[P:Owen Gallagher]]
02:11 outbound 443 to [[IP:193.42.33.14]] (first seen)
02:14 lsass.exe handle opened by unknown process
02:19 host isolated by analyst
""")
SOURCE.append("""
@ translate g l c
Traduci in inglese: "Gentile Dott. [[P:Marco Bellini]], le confermo la prenotazione della sala per giovedì. Per qualsiasi cosa mi trova al [[T:+39 02 8736 4410]]. Un saluto, [[P:Francesca Greco]]"

@ translate f m r
Vertaal naar het Engels: "Beste [[P:Pieter de Vries]], het bedrag van € 1.250,00 wordt binnen vijf werkdagen teruggestort op rekening [[IBAN:NL s]]. Met vriendelijke groet, [[P:Sanne Jansen]], klantenservice"

@ translate g l c
Pode traduzir isto para inglês? "Olá [[P:Ana Paula Souza]], o seu pedido foi enviado. Qualquer dúvida, ligue para [[T:+55 11 3456-7890]] ou responda para [[E:atendimento@lojaverde.com.br]]."

@ translate g l c
Translate into French: "Hi [[P:Aurélie]], [[P:Jonas Berg]] will meet you at arrivals. His mobile is [[T:+47 912 34 567]]."

@ translate f m r
Translate to German for our Vienna office: "Please refund the deposit of Mr. [[P:Florian Huber]] to [[IBAN:AT s]] by Friday."

@ translate l m c
Traduce al inglés esta cláusula: "El arrendatario, D. [[P:Javier Morales Ortega]], con domicilio a efectos de notificaciones en [[E:jmorales.ortega@telefonica.net]], se obliga a devolver el inmueble en el mismo estado en que lo recibió."

@ translate m m c
Translate to Portuguese: "Mr. [[P:João Pereira]] should fast from midnight before his endoscopy on 3 June. Call [[T:+351 912 345 678]] to reschedule."

@ math f m r calc
Refund check: customer [[P:Olga Petrenko]] paid 3 x 89.90 with card [[CC:5 16 s]] and returned one item with a 15% restocking fee. How much do we refund?

@ math f m c calc
[[P:Ibrahim Al-Sayed]] earns 6,800 a month gross. Pension 5%, tax 20% on everything above 1,048 a month after pension. What's his net?

@ math f l r calc
Two payments went to [[IBAN:DE s]] last month, 1,450.00 and 2,315.75, and one was reversed for 315.75. What's the net paid to that account?

@ math m m c calc
Nurse question: Baby [[P:Amelia Watson]] weighs 7.4 kg, paracetamol is 15 mg/kg every 6 hours, max 4 doses a day. How much per dose and per day?

@ math g l c calc
Our team lunch: [[P:Kofi]] paid 84.60, [[P:Sunita]] 42.00, [[P:Léo]] nothing. Split evenly, who owes whom?

@ code f h r code
This Java snippet logs the full card number - rewrite it to mask all but the last 4 and add a unit test with this value: [[CC:4 16 n]]

log.info("Payment accepted for card " + card.getNumber() + " customer " + customer.getEmail());

@ code s m c code
Our Flask app printed this in prod. Write middleware that strips emails and IPs from log lines before they're written.

[2024-03-04 11:02:13] INFO login ok user=[[E:k.andersson@norrsken.se]] ip=[[IP:81.226.14.97]]
[2024-03-04 11:02:19] INFO password reset requested user=[[E:m.lindqvist@norrsken.se]] ip=[[IP:2a02:aa1:1019::3f]]

@ code g m c
SQL: find duplicate customers in this table where email matches but name is spelled differently.

id | name              | email
1  | [[P:Siobhán Kelly]]     | [[E:siobhan.kelly@eircom.net]]
2  | [[P:Siobhan Kelly]]     | [[E:siobhan.kelly@eircom.net]]
3  | [[P:Nguyễn Văn An]]     | [[E:an.nguyen@fpt.vn]]

@ creative g l c
Write a short wedding speech bit for my brother [[P:Matteo]] and his bride [[P:Yuki]] - they met when she returned his lost wallet at Kyoto station.

@ creative g l c
Make up a fun limerick for Dr [[P:Precious Moyo]]'s farewell card, she's leaving the lab for Cape Town.

@ creative m m c
Write a gentle children's story for [[P:Noah Friedman]], age 6, who is having his tonsils out next week, so he's less scared.

@ chat f l r
hi again, I think my card [[CC:5 16 s]] got swallowed by the ATM on Market St, what do I do now?

@ chat g l c
thanks [[P:Ravi]]!! that fixed it. btw tell [[P:Ingrid]] I said hi

@ chat m l c
It's [[P:Bongani]] again, the rash from yesterday is a bit better but still itchy. Is that normal?

@ qa g l c
Does [[E:noreply@hmrc.gov.uk]] ever send emails asking you to click a refund link?

@ qa m m c retr
Mrs [[P:Amina Yusuf]] is on warfarin and her GP wants to start clarithromycin. Is there an interaction we need to worry about?

@ qa l m r
Can my employer keep a copy of my SSN ([[SSN:-]]) in the shared HR drive? Is that even legal in California?

@ extract l m c :: Extract the names and dates from this witness statement
@ summarize l m c :: summarise what the witness says happened
@ classify l m c :: classify whether it supports the claimant or the defendant
Extract the names and dates from this witness statement, summarise what the witness says happened, then classify whether it supports the claimant or the defendant.

I, [[P:Margaret Ellison]], of 22 Rowan Close, Leeds, say as follows. On 9 November I was waiting at the bus stop when I saw a silver van driven by a man I now know to be [[P:Darren Shaw]] reverse into the claimant, Mr [[P:Imran Qureshi]], who was crossing behind it. The van did not have its reversing lights on. I called an ambulance from my phone, [[T:07700 900 318]].

@ extract f m r :: Pull the payee details out of this invoice
@ math f m r calc :: work out the VAT at 21%
@ draft f m r :: draft the payment instruction for treasury
Pull the payee details out of this invoice, work out the VAT at 21%, and draft the payment instruction for treasury.

FACTUUR 2024-118
Van: [[P:Thijs Bakker]] Fotografie, Utrecht
E: [[E:thijs@bakkerfoto.nl]]
Fotoshoot jaarverslag, 2 dagen: 1.800,00 excl. btw
Rekening: [[IBAN:NL s]]

@ summarize g m c :: Summarise the complaint
@ sentiment g l c :: tell me how angry she is on a scale of 1-10
@ draft g m c :: write a reply that offers a 20% voucher
Summarise the complaint, tell me how angry she is on a scale of 1-10, and write a reply that offers a 20% voucher.

From: [[P:Deborah Lansing]] <[[E:deb.lansing@outlook.com]]>
I ordered a sofa in JANUARY. It is now April. Every time I call [[T:1-800-555-0142]] I get put on hold for 40 minutes and then someone tells me "next week". I have taken three days off work for deliveries that never came. I want a date in writing or my money back.

@ translate g l c :: Translate this message into English
@ draft g l c :: draft a reply in Spanish saying the package leaves tomorrow
Translate this message into English and draft a reply in Spanish saying the package leaves tomorrow.

Hola, soy [[P:Lucía Fernández]]. Hice un pedido hace diez días y todavía no ha llegado. Mi teléfono es [[T:+34 612 45 78 90]]. Gracias.

@ extract g l c :: extract the speaker names
@ summarize g m c :: a 5-bullet summary of the decisions
@ extract g l c :: a list of action items with owners
From this call transcript I need: extract the speaker names, then a 5-bullet summary of the decisions, then a list of action items with owners.

[[P:Grace Achieng]]: OK let's start, we're moving the product launch to 18 September.
[[P:Tom Whitfield]]: Fine by me, marketing needs the final screenshots by end of August.
[[P:Haruto Nakamura]]: I'll get those from design. Also pricing stays at 49 per seat.
[[P:Grace Achieng]]: Agreed. Tom, can you brief the sales team on Friday?
[[P:Tom Whitfield]]: Yep.

@ classify f m r :: Classify each of these transactions as personal or business
@ math f m r calc :: total up the business ones
Classify each of these transactions as personal or business and total up the business ones. Card [[CC:4 16 d]], holder [[P:Emma Thorsen]].

02/05 ADOBE CREATIVE CLOUD    59.99
03/05 TESCO STORES            41.20
05/05 LINKEDIN PREMIUM        29.99
06/05 NETFLIX                 10.99
09/05 TRAINLINE LDN-MAN       87.40

@ code s h c code :: Write a Python script that parses this CSV of VPN logins
@ reasoning s h c :: flag any user who logs in from two countries within an hour
@ summarize s m c :: summarise the findings for the CISO
Write a Python script that parses this CSV of VPN logins, flag any user who logs in from two countries within an hour, and summarise the findings for the CISO.

user,timestamp,src_ip,country
[[E:a.kaur@medline-uk.com]],2024-05-01T08:02Z,[[IP:82.132.219.5]],GB
[[E:a.kaur@medline-uk.com]],2024-05-01T08:41Z,[[IP:103.224.182.250]],VN
[[E:j.moss@medline-uk.com]],2024-05-01T09:10Z,[[IP:86.15.44.201]],GB

@ draft m m c :: Draft a letter to the patient
@ translate m m c :: translate it into Polish
Draft a letter to the patient inviting her to a diabetic eye screening on 14 June, then translate it into Polish. She is [[P:Agnieszka Wójcik]], [[T:+48 601 234 567]].

@ sentiment g l c :: work out the overall mood of the team
@ summarize g m c :: list the top 3 complaints
Quick one: work out the overall mood of the team from these survey comments and list the top 3 complaints.

"[[P:Liam]] is a great manager but we're understaffed" / "On-call every other week is burning me out" / "Love the people, hate the tooling" / "Ask [[P:Fatou Diallo]], she quit over the rota"

@ qa f m r :: Is this a valid SSN format
@ draft f m r :: write the note to the applicant asking for a W-9
Is this a valid SSN format: [[SSN: ]]? If yes, write the note to the applicant asking for a W-9, his name is [[P:Douglas Reyes]].

@ extract g m r
Pull out every identifier from this visitor registration form (name, ID, phone, email).

VISITOR REGISTRATION - MARINA BAY TOWER
Name: [[P:Chua Hui Min]]
NRIC (last 4 only please): we got the full one - [[NRIC:S]]
Mobile: [[T:+65 9123 4478]]
Email: [[E:huimin.chua@singnet.com.sg]]
Host: [[P:Rajendran Pillai]], Level 31

@ classify l m r
Is this document a lease, a loan agreement or an employment contract? Just the category.

This agreement is between OCBC Bank and [[P:Ng Kah Wai]], NRIC [[NRIC:S]], for a principal sum of S$45,000 repayable over 60 monthly instalments at 3.2% p.a.

@ summarize f m r
Summarise this loan application for the credit committee in 3 sentences.

Applicant: [[P:Marisol Gutiérrez]], SSN [[SSN:-]]
Employer: St. Luke's Hospital, RN, 7 years
Annual income: $92,400. Existing debts: car loan $312/mo, student loans $410/mo.
Requested: $28,000 home improvement loan, 5 years.
Credit score 742. No delinquencies in 24 months.

@ reasoning f h r
Based on this, should we approve [[P:Hamid Karimi]] for the business overdraft? He banks with us at [[IBAN:FR s]]. Turnover 420k, last 3 months average balance 18k, two returned direct debits in January, director's personal guarantee offered.

@ reasoning m h c
Mr [[P:Samuel Osei]], 71, on bendroflumethiazide, sodium 127, confused since yesterday. Talk me through the likely causes and what to do first.

@ reasoning l h c
[[P:Aaliyah Brooks]] signed a non-compete with a 2-year, 50-mile radius. She's a dental hygienist in Texas. Is that likely enforceable?

@ sentiment f l c
Sentiment of this app store review please: "Transferred money to my sister [[P:Joana]] and it took 4 days. Support ([[E:help@pagafacil.mx]]) never answered. 1 star."

@ sentiment m l c
Classify the feeling in this patient feedback: "Dr [[P:Kim Seo-yeon]] took the time to explain everything. First time I've left a GP appointment feeling listened to."

@ classify g l c
Tag these emails as spam or not spam:
1. "Hi [[P:Stephen]], minutes from Tuesday attached" - from [[E:clare.dunne@kerrygold-foods.ie]]
2. "CONGRATULATIONS you have won a Dyson, claim now" - from [[E:promo@win-dyson-uk.top]]
3. "Your parcel could not be delivered, pay 1.99 fee" - from [[E:royalmail@parcel-redeliver.info]]

@ draft g m c
Write a reference letter for [[P:Khadija Benali]], our receptionist 2020-2024, for a role at a hotel. Keep it warm but factual. My details: [[P:Peter Lindgren]], Office Manager, [[T:+46 70 123 45 67]].

@ draft m m c
Write a sick note style email to my manager [[P:Claire]] saying I've got gastroenteritis and will be off Monday and Tuesday, doctor's note to follow.

@ draft s m c
Draft the notification to [[P:Olivia Grant]] ([[E:olivia.grant@fernhill.edu]]) that her account showed logins from [[IP:41.216.188.12]] and she needs to reset her password.

@ extract f l r
Get the card number and expiry out of this pasted chat so I can process the booking.

Guest: Hi, it's [[P:Kemal Aydın]] for room 1204
Guest: card is [[CC:5 16 s]] exp 09/27
Guest: name on card [[P:KEMAL AYDIN]]

@ extract f m r
Extract the payment details from this supplier onboarding form.

Supplier: Fjordkraft Consulting AS
Contact: [[P:Ingrid Solberg]], [[E:ingrid@fjordkraft-consult.no]], [[T:+47 22 33 44 55]]
Bank: DNB
IBAN: [[IBAN:NO]]
Payment terms: 30 days

@ summarize f l r
Give me the one-line version: [[P:Erik Magnusson]] wants his salary paid into [[IBAN:SE s]] from next month instead of the old Handelsbanken account, HR form attached and signed.

@ qa f l r
Why would a Belgian IBAN like [[IBAN:BE s]] get rejected by our US payment system?

@ draft f m r
Write the bank transfer instructions for the client: pay EUR 12,400 to Studio Ferrante at [[IBAN:IT s]], reference ORD-55410.
""")
SOURCE.append("""
@ !hn
@ extract g l i
Pull the order number, date and total out of this confirmation:

Thank you for your order!
Order #: 112-4478210-9931458
Placed: 03/14/2024
Items: 2 x USB-C hub (SKU 7741-0092)
Order total: $58.97
Ships to ZIP 94107

@ !hn
@ classify g l i
Is this a shipping notice or an invoice? "Your parcel with tracking number 1Z 999 AA1 01 2345 6784 left the depot at 06:42 and will arrive 12.04.2024."

@ !hn
@ qa f l i
The vendor put <<BI:DE s>> on the invoice but our bank says the IBAN is invalid. What's usually wrong when that happens?

@ !hn
@ extract f m i
List invoice number, due date and amount for each line:

INV-2024-00817   due 2024-04-30   EUR 4,210.00
INV-2024-00822   due 30/04/2024   EUR   980.50
INV-2024-00901   due May 15, 2024 EUR 12,775.25
CN-2024-0031     credit note      EUR  -310.00

@ !hn
@ math f l i calc
Invoice INV-88172 was 14,350.00 net. Add 19% VAT, then take 2% early payment discount off the gross. Final figure?

@ !hn
@ summarize g l i
Summarise the changelog for 4.2.0.17 in two lines:
- 4.2.0.17: fixed crash when exporting PDF with more than 999 pages
- 4.2.0.16: new setting for default currency; upgraded parser to 2.11.3
- 4.2.0.15: removed legacy sync endpoint /v1/sync (deprecated since 3.9.0)

@ !hn
@ code g m i code
Write a function that validates a card number with Luhn and test it on <<BC:s>> (it should fail) and on 4111 1111 1111 1112.

@ !hn
@ reasoning s m i
Our DLP tool flagged ticket INC0048812 because it contains <<BC:d>>. That's a gift card serial from the POS, not a payment card. How do I tell the difference and should we tune the rule?

@ !hn
@ classify l l i
Classify this as NDA, MSA or SOW: "Statement of Work No. 7 under Master Services Agreement ref. MSA-2021-044, effective 01.07.2024, fees capped at GBP 85,000."

@ !hn
@ draft g l i
Write a reminder to the team that booking ref QX7T2L for the Berlin offsite is flight LH 2473 on 18 Sept, room block 412-430 at the hotel.

@ !hn
@ extract g l i
What's the flight, seat and gate here? "BOARDING PASS LH 2473 MUC-TXL 18SEP SEAT 23C GATE G14 BOARDING 07:25 SEQ 081 PNR QX7T2L"

@ !hn
@ translate g l p
Traduci in inglese: "Il volo AZ 1781 del 22/06 è stato cancellato. Il numero della pratica di rimborso è RIM-2024-557812."

@ !hn
@ translate f l i
Übersetze ins Englische: "Rechnungsnummer RE-2024-3391, fällig am 15.05.2024, Betrag 2.480,00 EUR. Kundennummer 700412883."

@ !hn
@ translate g l p
Traduisez en anglais : « Votre commande n° 4471-2290-88 a été expédiée le 03/05. Numéro de suivi : 6A12345678901. »

@ !hn
@ translate l m i
Translate to English: "Póliza n.º 0078-4412-9981-2203, vigente del 01/01/2024 al 31/12/2024. Franquicia: 300 €."

@ !hn
@ translate g l p
请翻译成英文：订单号 2024051812345678，预计送达时间 5月20日，运费 12.00 元。

@ !hn
@ translate g l p
英語に翻訳してください：ご注文番号 A-20240611-0042 の商品は 6月14日 に発送予定です。

@ !hn
@ translate f l i
Vertaal naar het Engels: "Factuurnummer 2024/0412, vervaldatum 30-06-2024, totaal € 1.845,60 incl. btw. Postcode 3511 AB."

@ !hn
@ translate g l p
Traduza para inglês: "Reserva nº 88412, quarto 315, check-in 12/08/2024, check-out 15/08/2024."

@ !hn
@ sentiment g l p
Sentiment? "Order 55120-B arrived 2 days early, packaging perfect, will buy again."

@ !hn
@ sentiment g l p
Is this review positive or negative: "Booking ref HX-99102. Room 1408 smelled of smoke and the AC was stuck at 27 degrees. Never again."

@ !hn
@ sentiment f l i
What's the tone in this note from the auditors? "We note that 14 of the 60 sampled invoices (INV-2023-1102 to INV-2023-1188) lacked approval evidence. Management's response was received on 12 March."

@ !hn
@ classify s m i
Severity for each: CVE-2024-3094 (xz backdoor), CVE-2023-4863 (libwebp heap overflow), CVE-2021-44228 (log4shell). Critical/high/medium?

@ !hn
@ qa s m p web
Which versions of OpenSSL are affected by CVE-2022-3602? We're on 3.0.2 and 1.1.1w.

@ !hn
@ summarize s m i
Summarise this vuln scan output:

Host group: web-tier (12 hosts)
nginx 1.18.0 - CVE-2021-23017 - High - 12 hosts
openssh 8.2p1 - CVE-2023-38408 - Critical - 3 hosts
TLS 1.0 enabled - Medium - 5 hosts
Scan id 20240518-0932, policy v3.4.1

@ !hn
@ code s m i code
Write a bash one-liner that finds all jar files with log4j-core version below 2.17.1 under /opt.

@ !hn
@ reasoning s h i
The hash 5d41402abc4b2a76b9719d911017c592 keeps showing up in our proxy logs as a URL parameter. Could this be exfiltration or is it harmless? Explain how you'd investigate.

@ !hn
@ math g l p calc
Room 214 to room 409 is 3 floors and 40 metres of corridor. If the lift takes 25 seconds per floor and I walk at 1.2 m/s, how long?

@ !hn
@ math f m i calc
PO 4500018834 is for 1,200 units at 3.45 each. We received 1,140, 20 damaged. What do we pay?

@ !hn
@ math f m p calc
If I put 250 a month into an account at 4.1% compounded monthly, what will it be worth after 7 years?

@ !hn
@ math g l p calc
Convert 72.5 kg and 1.82 m into BMI, and is 23.4 in range?

@ !hn
@ extract m m i
Extract lab values from this result:

Sample ID 24-118-00452, collected 18/04/2024 08:15
HbA1c 58 mmol/mol (ref 20-41)
eGFR 71 mL/min/1.73m2
LDL 3.1 mmol/L
Batch 7731, analyser v2.4.11

@ !hn
@ summarize m m i
Summarise this protocol amendment: "Protocol ABC-301 version 4.0 dated 02 Feb 2024 replaces version 3.1. Visit 5 window widened from +/-3 to +/-7 days. Exclusion criterion 12 (eGFR < 45) changed to eGFR < 30. Site 104 closed to enrolment."

@ !hn
@ classify m l i
Which ward does this go to? "Bed request 2024-0613-17: post-op hip, theatre 4, needs ortho bed by 16:00"

@ !hn
@ qa m l p
What does a reference range of 135-145 mmol/L on a sodium result mean?

@ !hn
@ draft m m i
Write a notice for the clinic waiting room: from 1 July, appointment line opening hours change to 08:00-18:30 and flu clinics run on Saturdays 9-12 in rooms 3 and 4.

@ !hn
@ draft f m i
Draft the covering note for the Q2 board pack: revenue 14.2m (+8.1% YoY), EBITDA margin 21.4%, capex 2.3m, cash 9.8m. Budget ref BUD-FY24-v7.

@ !hn
@ draft l m i
Draft a clause saying policy number 87-4411-2093 remains in force until 31 December 2025 unless either party terminates in writing with 60 days' notice.

@ !hn
@ creative g l p
Write a haiku about order number 404 never arriving.

@ !hn
@ creative g l p
Give me a catchy tagline for our v5.0 release, launching 2024-09-01.

@ !hn
@ creative f l p
Write a short rhyme to help new staff remember that expense claims over 250.00 need a receipt and a cost centre like CC-4410.

@ !hn
@ chat g l p
lol my flight BA 0287 got delayed again, 3rd time this month

@ !hn
@ chat g l p
morning! anyone know if the 09:45 standup moved to room 3.14?

@ !hn
@ chat g l i
hey, ticket JIRA-4418 is still blocked by JIRA-4402, can we chat after lunch?

@ !hn
@ qa g l p
What's the difference between a ZIP code like 90210-1234 and a UK postcode like SW1A 1AA?

@ !hn
@ qa f l p
Is 9-digit number 021000021 a routing number or an account number?

@ !hn
@ qa g l p
My loyalty card says member no. 6034 9921 0048 - is that the same as a credit card?

@ !hn
@ extract g l i
Pull the tracking numbers out: "Parcel 1 JD014600003812345678, parcel 2 9400 1000 0000 0000 0000 00, parcel 3 RR123456785GB"

@ !hn
@ extract f m i
From this remittance, extract payment ref, our invoice refs and amounts:

REMITTANCE ADVICE 2024-05-07
Payment ref: PAY-776120
Inv 40021   1,200.00
Inv 40037     845.30
Inv 40052   3,010.00
Total       5,055.30

@ !hn
@ classify f l i
Is <<BC:s>> a valid card number or a typo? Just yes/no and the reason.

@ !hn
@ classify f l i
Could <<BI:FR s>> be a real French IBAN? Classify as valid or invalid.

@ !hn
@ qa g l i
The visitor form rejected <<BN:S>> as an NRIC. Is the check letter wrong?

@ !hn
@ code g m i code
Write a Python validator for Singapore NRIC check letters and run it on <<BN:T>> and <<BN:S>> (both should fail).

@ !hn
@ code f m i code
Write a mod-97 IBAN check and show it rejects <<BI:ES>> and <<BI:IT>>.

@ !hn
@ reasoning f m i
Why would 16 digits like <<BC:n>> fail validation even though they start with 4?

@ !hn
@ summarize f m i
Summarise this reconciliation exception report:

Exception 1: bank line 2024-03-28, 12,500.00, ref <<BI:GB s>> - IBAN fails check, held
Exception 2: duplicate payment PAY-55012/PAY-55013, 980.00 each
Exception 3: FX difference on INV-7781, 14.22 EUR

@ !hn
@ extract l m i
Pull the key dates and the case number: "Case No. 2:24-cv-01187, filed 02/14/2024. Answer due 03/06/2024. Scheduling conference 04/22/2024 at 10:00 AM, Courtroom 5B."

@ !hn
@ summarize l m i
Summarise the change in section 4.3.2.1 from v2.1 to v2.2 of the data processing agreement: retention moved from 24 to 36 months, sub-processor notice from 30 to 14 days.

@ !hn
@ reasoning l h i
Contract ref C-2023-118 says the cap is 12 months' fees, but schedule 3 says 250,000. Fees were 310,000. Which governs, and what's the cap?

@ !hn
@ qa l l p
Does a 30-day notice period start on the day the letter is sent or the day it's received?

@ !hn
@ draft l m i
Write the cover letter for claim number CLM-2024-008812 submitted on 17.03.2024 for water damage, total 4,380.00.

@ !hn
@ classify l l i
Tag as contract/court/other: "Docket 24-CV-3301, Order granting motion to dismiss, entered 05/09/2024."

@ !hn
@ extract s m i
Which build number and hashes are in this release note?

Release 7.3.1 (build 20240611.4)
sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
Minimum agent 7.1.0.212

@ !hn
@ code s m i code
Fix this Dockerfile so it pins python:3.11.9-slim and runs as uid 10001 instead of root:

FROM python:latest
COPY . /app
RUN pip install -r /app/requirements.txt
CMD ["python", "/app/main.py"]

@ !hn
@ summarize s l i
One-line summary: firewall rule 1187 allowing port 8443 was removed in change CHG0031192 on 2024-06-02 at 23:10 UTC.

@ !hn
@ qa s l p
Is 127.0.0.1 an IP I need to worry about in an access log?

@ !hn
@ draft s m i
Draft the change request: upgrade jumphost packages from 2.4.57 to 2.4.59, window 2024-07-13 22:00-23:00, rollback plan snapshot snap-0a1b2c3d.

@ !hn
@ sentiment s l i
What's the mood of this postmortem comment: "Third outage this quarter caused by the same expired certificate (serial 4F:2A:91:0C). We keep saying we'll automate renewal."
""")
SOURCE.append("""
@ chat m l c
hi doc it's [[P:Farah]] - the new inhaler makes my hands shaky, is that normal?

@ chat l l c
quick one [[P:Deepak]], did legal sign off the NDA yet or should I chase?

@ chat s l c
[[P:Marta]] here, I clicked a weird link in an email about 5 mins ago, what should I do??

@ chat f l r
Hi, I'm [[P:Connor Walsh]]. I paid rent to the wrong IBAN ([[IBAN:IE s]]) yesterday, can I get it back?

@ chat g l c
Happy Friday [[P:Zainab]]! see you at the offsite, bring your badge

@ chat m l p
feeling a bit rough today, is it ok to go to the gym with a cold?

@ chat s l i
anyone else getting cert errors on the VPN since 7.3.1 rolled out?

@ chat l l p
ugh, signing my first lease tomorrow, any tips?

@ chat f l p
is it dumb to keep 6 months of expenses in a savings account?

@ creative f l p
Write a short, upbeat jingle for a credit union's savings account for teenagers.

@ creative m l p
Write a short poem for the nurses on ward 7 for International Nurses Day.

@ creative l l p
Write a funny short story about a contract clause that gains sentience.

@ creative s l p
Write a spooky two-paragraph story about a phishing email that won't stop arriving.

@ creative g l c
Write a birthday message from the whole team for [[P:Anneliese Vogel]] who just turned 60 and loves gardening.

@ creative s l c
Write a fun security awareness poster slogan starring our CISO [[P:Ruth Abernathy]].

@ creative m l c
Write a short, warm thank-you poem from Mrs [[P:Hiroko Sato]]'s family to the hospice team.

@ sentiment s l i
Read these three user comments about the new MFA prompt and tell me if people are mostly annoyed or okay with it: "takes 2 secs, fine" / "I get 20 pushes a day, drives me mad" / "why do I need it on the canteen app"

@ sentiment l l c
How hostile is this letter from opposing counsel Mr [[P:Vincent Harlow]]? "Your client's continued refusal to engage is noted and will be brought to the court's attention."

@ sentiment m l c
Sentiment of this message from Grandpa [[P:Joe]]'s carer [[P:Priya Nair]]: "He's eating again and asked for his newspaper today! Such a relief."

@ sentiment f l p
Is the market commentary bullish or bearish? "Yields fell for a third week as investors priced in two cuts; equities shrugged off weak retail data."

@ code l m i code
Write a Python script to find every date in a contract text file and output them in ISO format.

@ code m m i code
Write a pandas snippet that flags lab results outside the reference range given a CSV with columns test, value, low, high.

@ code g l i
Fix this JS, it's meant to validate emails but accepts bob@@example.com-style input: const ok = /.+@.+/.test(s);

@ reasoning s h c
Two admins, [[P:Viktor Sokolov]] and [[P:Amelie Roux]], both had access to the key vault the night the secret leaked. Logs show Viktor's token used from [[IP:2a01:4f8:c17:3b2::1]] which is a Hetzner range we don't use. What's the most likely explanation?

@ reasoning g m p
If every meeting room is booked 70% of the time and we lose 2 of 10 rooms in the refurb, will people still find rooms? Reason it through.

@ reasoning m h i
A patient's troponin is mildly raised but flat on repeat 3 hours later. What are the possible explanations other than MI?

@ math s m p calc
Our SIEM ingests 2.4 TB a day at 0.18 per GB. Monthly cost for 30 days?

@ math l l p calc
Late payment interest: 18,000 owed, 8% statutory plus 5% base, 73 days late. How much interest?

@ math m l p calc
Drip rate: 1,000 mL over 8 hours with a 20 drops/mL set. Drops per minute?

@ summarize m m c :: Summarise this GP letter in plain English
@ translate m m c :: translate the summary into Italian for the patient
Summarise this GP letter in plain English, then translate the summary into Italian for the patient.

Re: [[P:Giovanni Esposito]]. Echo shows mild LV systolic dysfunction, EF 45%. Commence ramipril 1.25mg od and titrate. Repeat U&Es in 2 weeks. Cardiology follow-up in 3 months.

@ extract l m c :: Extract the parties and the notice period
@ reasoning l h c :: tell me if I can leave before the fixed term ends
Extract the parties and the notice period from my lease, and tell me if I can leave before the fixed term ends.

Landlord: [[P:Harold Finch]]. Tenant: [[P:Yasmin Aziz]]. Fixed term 12 months from 1 Sept. Break clause: tenant may end after month 6 with 2 months' notice.

@ classify s m c :: Classify these alerts by severity
@ draft s m c :: draft a Slack update for the on-call channel
Classify these alerts by severity and draft a Slack update for the on-call channel.

- brute force against vpn from [[IP:5.188.206.14]] (blocked)
- admin login for [[E:root-admin@corp-intra.net]] from new device
- disk 92% on log-collector-02

@ sentiment f l c :: gauge the sentiment
@ draft f m c :: draft a reply from the relationship manager
Here's a client email - gauge the sentiment and draft a reply from the relationship manager.

"Ms [[P:Okafor]], I've been with you 12 years and your fees just went up again with no notice. I'm seriously thinking about moving my ISA. - [[P:Gerald Pike]]"

@ code g m c code :: write a script that dedupes this contact list
@ extract g l c :: give me the cleaned list back
Please write a script that dedupes this contact list by email, and give me the cleaned list back.

[[P:Ana Lima]], [[E:ana.lima@correio.pt]]
[[P:Ana  Lima]], [[E:ANA.LIMA@correio.pt]]
[[P:Pedro Costa]], [[E:pcosta@sapo.pt]]

@ translate g l c :: Translate the invitation into Dutch
@ creative g l c :: write a fun one-line teaser for the intranet
Translate the invitation into Dutch and write a fun one-line teaser for the intranet: "Join [[P:Femke]] and [[P:Joris]] for the summer barbecue on 5 July, RSVP to [[E:events@tulipsoft.nl]]."

@ qa f m r retr :: Does this card qualify for travel insurance
@ math f l r calc :: how much would the annual fee be after the 25% discount
Does this card qualify for travel insurance, and how much would the annual fee be after the 25% discount on a 195 fee? Card [[CC:5 16 d]], holder [[P:Niamh Burke]].

@ chat g l c :: thanks for yesterday
@ qa g l c :: do you know the wifi password for the 3rd floor
hi [[P:Tariq]] thanks for yesterday! also do you know the wifi password for the 3rd floor?

@ summarize f m r :: Summarise the statement
@ classify f l r :: flag any payment that looks like a subscription
Summarise the statement and flag any payment that looks like a subscription.

[[P:Hugo Lefèvre]] - [[IBAN:FR s]]
01/06 SPOTIFY 10.99 | 03/06 LOYER 950.00 | 05/06 CARREFOUR 64.20 | 12/06 ICLOUD 2.99 | 20/06 SNCF 78.00

@ extract g m r :: Extract the employee details
@ draft g m r :: write the welcome email
Extract the employee details and write the welcome email.

Name: [[P:Rebecca Stein]] | SSN: [[SSN:-]] | Start 07/01/2024 | Manager: [[P:Luis Ortega]] | Email to create: [[E:rebecca.stein@hollowayfoods.com]]

@ reasoning f h r :: Check if this refund looks fraudulent
@ draft f m r :: write a note to the fraud team
Check if this refund looks fraudulent and write a note to the fraud team. Refund of 2,400 to card [[CC:4 16 s]] requested by [[P:Darius Moradi]] from [[IP:102.89.33.71]], one day after account creation.

@ translate l m c :: Translate the power of attorney into English
@ summarize l m c :: summarise the powers it grants
Translate the power of attorney into English and summarise the powers it grants.

Io sottoscritto [[P:Alberto Ricci]] conferisco a [[P:Silvia Ricci]] procura per vendere l'immobile sito in Bologna, firmare il rogito e incassare il prezzo.

@ classify m l c :: Triage these messages
@ draft m m c :: draft a reply to the most urgent one
Triage these messages from the patient portal and draft a reply to the most urgent one.

1. [[P:Luca Moretti]]: repeat prescription for sertraline please
2. [[P:Hana Novak]]: my 2-year-old has a fever of 40 and a purple rash that doesn't fade
3. [[P:Owen Price]]: can I move my blood test to Thursday?

@ math f m c calc :: work out his commission at 3.5%
@ draft f l c :: write him a short congrats note
[[P:Andrés Villalobos]] closed 412,000 in sales this quarter - work out his commission at 3.5% and write him a short congrats note.

@ extract s m c :: Pull all IPs from this alert
@ qa s m c web :: tell me which ones are known Tor exit nodes
Pull all IPs from this alert and tell me which ones are known Tor exit nodes.

src=[[IP:185.220.100.253]] dst=[[IP:10.8.1.12]] | src=[[IP:104.244.76.13]] dst=[[IP:10.8.1.12]]

@ summarize g m c :: Summarise the chat
@ sentiment g l c :: tell me whether the customer left happy
Summarise the chat and tell me whether the customer left happy.

Agent [[P:Kim]]: Hi, how can I help?
Customer: my router keeps dropping
Agent [[P:Kim]]: I've pushed a firmware update, try now
Customer: it works!! thank you so much

@ draft l m c :: Draft a short cease-and-desist
@ translate l m c :: translate it into German
Draft a short cease-and-desist to [[P:Jens Hartmann]], who keeps using our logo, and translate it into German.

@ code s h c code :: Write a Splunk query for failed logins by IP
@ math s l c calc :: estimate how many per hour this sample represents
Write a Splunk query for failed logins by IP and estimate how many per hour this sample represents: 1,344 failures from [[IP:45.9.148.108]] in 37 minutes.
""")

SOURCE.append("""
@ !hn
@ chat g l p
back from leave on 03.06, anything urgent on ticket 58812?

@ !hn
@ chat f l i
FYI the 2024-Q2 forecast v3.2 is on the drive, numbers changed a lot

@ !hn
@ chat s l i
heads up - agent 7.1.0.212 is crashing on macOS 14.5, rolling back to 7.0.9

@ !hn
@ chat m l p
is the flu clinic still on saturday 9-12 in room 4?

@ !hn
@ creative g l p
Write a short poem where the only characters are order numbers 10045, 10046 and a lost parcel.

@ !hn
@ creative f l p
Write a mock-epic ode to quarterly report QR-2024-03 and its 47 tabs.

@ !hn
@ creative s l p
Write a limerick about patch 4.2.0.17 that broke the printer.

@ !hn
@ creative m l p
Write a cheerful rhyme for a poster: clinic opening times 08:00-18:30, closed 25/12 and 01/01.

@ !hn
@ sentiment g l p
Positive or negative? "Parcel 9261290100830072649 is stuck in customs for 12 days, zero updates."

@ !hn
@ sentiment m l p
Sentiment: "Appointment at 10:40 started at 12:15. Staff were kind but nobody explained the delay."

@ !hn
@ sentiment l l i
Sentiment of this internal note: "Matter 2024-0117 settled at 140,000, well under the 250,000 reserve. Good result."

@ !hn
@ code f m i code
Write an SQL query that sums invoice amounts by month for invoice ids between 40000 and 40999.

@ !hn
@ code m m i code
Write a function that converts dates like 18/04/2024, 2024-04-18 and April 18, 2024 into ISO 8601.

@ !hn
@ code l l i code
Regex for case numbers like 2:24-cv-01187 and 24-CV-3301, please, with tests.

@ !hn
@ reasoning f h i
Supplier invoice INV-3390 lists <<BI:NL s>> for payment but their previous 8 invoices used a different account. The new IBAN fails the checksum too. What should AP do?

@ !hn
@ reasoning g m p
If a train leaves at 14:35 and the connection at 15:02 needs 9 minutes to change platforms, what delay breaks the connection?

@ !hn
@ reasoning m h i
Bed occupancy is 96% on ward 12, 14 elective admissions booked for 2024-06-10, average stay 3.2 days. Should we cancel some electives? Reason it out.

@ !hn
@ math f l p calc
Net 30 on an invoice dated 2024-02-14: what's the due date and how many days late is a payment on 2024-04-02?

@ !hn
@ math g l p calc
Convert ZIP 10001 to 10009 range into count of codes and average parcels if 4,512 parcels went out.

@ !hn
@ math s l p calc
A /22 subnet has how many usable hosts?

@ !hn
@ qa s l p
What does build 20240611.4 mean - date plus build counter?

@ !hn
@ qa l l p
How long do I have to appeal a decision dated 14/05/2024 if the deadline is 28 days?

@ !hn
@ qa m l p
What's a normal resting heart rate for a 45 year old?

@ !hn
@ extract m m i
Get the batch numbers and expiry dates from this fridge log:

Fluad batch QX2231 exp 30/06/2025 qty 40
Supemtek batch B77120 exp 2025-03-31 qty 25
Temp check 04/06/2024 08:05 - 4.6C

@ !hn
@ extract s m i
List the CVE ids and CVSS scores: CVE-2024-21413 9.8, CVE-2024-21412 8.1, CVE-2023-36884 8.8.

@ !hn
@ classify g l p
Is 4.2.0.17 a version number, an IP address or a date?

@ !hn
@ classify f l i
Bucket these as opex or capex: laptops PO 4500019911 12,400; cloud subscription 2,300/mo; office refit 84,000.

@ !hn
@ summarize f l i
Summarise: policy 0098-1142 renewed 01/08/2024, premium up 6.5% to 3,912.00, excess unchanged at 500.

@ !hn
@ draft g l i
Draft an email confirming room 2.17 is booked for 2024-07-09 10:00-12:00 under booking ref RB-48812.

@ !hn
@ draft f m i
Write a dunning letter for invoices INV-2024-1001 (3,200.00, due 2024-03-01) and INV-2024-1044 (780.00, due 2024-03-15).

@ !hn
@ translate l l p
Translate to Spanish: "Claim reference CLM-77812 was received on 12 June 2024 and will be assessed within 15 working days."

@ !hn
@ translate m l p
Translate to German: "Your appointment on 12.09.2024 at 14:20 is confirmed, room 3B, booking code MED-2291."

@ !hn
@ summarize f m i :: Summarise this budget variance
@ math f l i calc :: compute the total overspend
Summarise this budget variance and compute the total overspend: travel 48,200 vs 40,000; software 91,500 vs 95,000; events 22,750 vs 15,000.

@ !hn
@ extract g l i :: Extract the flight numbers
@ draft g l i :: write the itinerary email
Extract the flight numbers and write the itinerary email: LH 2473 MUC-BER 18/09 07:55, LH 2480 BER-MUC 20/09 18:40, hotel booking ref 77120534.

@ !hn
@ classify s m i :: Classify these log lines
@ code s m i code :: write a grep that matches only the errors
Classify these log lines by level and write a grep that matches only the errors.

2024-06-02T10:14:07Z INFO svc=billing v=4.2.0.17 started
2024-06-02T10:14:09Z ERROR svc=billing order=88123 timeout after 30000ms
2024-06-02T10:14:11Z WARN svc=billing retry 2/5

@ !hn
@ translate f l p :: Translate into English
@ summarize f l p :: give me the gist in one line
Translate into English and give me the gist in one line: "Rechnung Nr. 2024-771 über 3.450,00 EUR ist seit dem 01.05.2024 überfällig."

@ !hn
@ reasoning l h i :: Compare the two versions of clause 9
@ draft l m i :: propose wording that keeps the 24-month cap
Compare the two versions of clause 9 and propose wording that keeps the 24-month cap. v1.3: liability capped at fees paid in the prior 24 months. v1.4: liability capped at 100,000 or fees in the prior 12 months, whichever is lower.

@ !hn
@ qa m l p retr :: What's the shelf life of this vaccine batch
@ math m l p calc :: how many doses do we use per day if 40 last 8 days
What's the shelf life of this vaccine batch (QX2231) and how many doses do we use per day if 40 last 8 days?

@ !hn
@ sentiment g l p :: Rate these reviews
@ extract g l p :: pull out the order numbers mentioned
Rate these reviews and pull out the order numbers mentioned: "Order 44102 great!" / "Order 44187 broke in a week" / "meh, order 44190 ok".

@ !hn
@ code f h i code :: Write a Luhn checker
@ classify f l i :: label each of these as valid or invalid
Write a Luhn checker and label each of these as valid or invalid: <<BC:s>>, <<BC:d>>, <<BC:n>>.

@ !hn
@ extract l m i :: Extract the policy and claim numbers
@ summarize l m i :: summarise the adjuster's decision
Extract the policy and claim numbers and summarise the adjuster's decision: "Policy HP-2291-0045, claim 2024/117/88. Storm damage to roof accepted; fence excluded under section 6.2.1. Settlement 6,420.00 less 250 excess."

@ !hn
@ chat s l i :: morning all
@ qa s l i :: does anyone know if the 3.9.0 agent is still supported
morning all - does anyone know if the 3.9.0 agent is still supported?
""")


def main() -> None:
    rows = record_rows("\n".join(SOURCE), prefix="diverse26", expand=expand)
    for r in rows:
        if len(r["tasks"]) == 1:
            r["tasks"][0]["text"] = ""
    check_lookalikes(LOOK)
    write_and_check(HERE / "train_diverse26.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
