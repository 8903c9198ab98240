"""Seventeenth hand-written TRAIN corpus (writes ``train_diverse17.jsonl``).

Why: real users of an internal assistant do not write like a test suite. This
corpus is written in the voice of employees of five organisations of a
multinational group -- a hospital group, a bank, a law firm, a software
company and a furniture retailer with stores in Portugal, Spain and Italy --
who type in a hurry: typos and missing punctuation, all-lowercase,
non-native English ("pls can you make resume of this mail", "i need that you
check this contract"), abbreviations (pls, asap, fyi, thx, w/, b/c, u, r),
requests written partly or fully in Spanish, French, German, Portuguese or
Italian, a few voice-dictation artefacts ("comma", "full stop", "new line"
spelled out), and requests that give context before the ask ("so we had the
audit yesterday and ... can u list what they flagged"). About 40% of rows carry
pasted material (Teams / Slack threads, forwarded emails with signatures,
spreadsheet rows pasted as text, tickets, log lines, contract clauses,
discharge notes, code), each reused by several rows that ask different things
of it. About 60 rows are multi-task and many single-task rows only look like
several asks. It carries marked PII of every type in varied formats and about
40 hard negatives. It was written without running the classifier on it.

Labels follow the intent / domain / complexity / sensitivity guide of
``train_diverse14_source.py``, the splitting rules of
``train_diverse15_source.py`` and the boundary rules of
``train_diverse16_source.py``. Decisions specific to this voice:

- The language of the request does not change the intent: "resume este
  correo", "résume ce mail", "fass die Mail zusammen", "riassumi" are
  summarize; "traduz / traduci / übersetz / translate" of given text is
  translate; "responde em português / rispondi in italiano / écris une
  réponse" (composing new text in a language) is draft.
- "make resume of", "do a resume" (the false friend) means summarize.
- A bare salutation or sign-off ("hi", "hey", "pls", "thx", "rgds") is not a
  task; a greeting or remark that is a sentence of its own ("bom dia, tudo
  bem?", "ugh mondays.", "thanks for earlier!!") before a real ask is its own
  chat task, as in train_diverse6/15.
- Context before the ask ("so we had the audit yesterday and ...") is not a
  task; only the asks are.
- Dictated punctuation words are part of the text, not of the ask.
- A consumer asking whether a shop / landlord / employer may do something is
  legal; a customer complaint about a product or delivery is general; a card
  or account fraud pattern is security; fees, refunds, prices and billing are
  finance.

Row format, one per line (the LINE dialect of ``corpus.py``):
``spec [=> clause] [;; spec => clause ...] | text`` where spec is
``[!]intent d cx s [calc|retr|web|code]``. ``{NAME}`` pastes material from
``_MAT`` after a blank line (``{{NAME}}`` inline) or inserts a marked PII value
/ unmarked look-alike from ``_V``; ``\\n`` is a newline. Blank lines and ``#``
lines inside a block only separate and name the groups.
Usage: ``python tests/data/intent/train_diverse17_source.py`` (rewrites the
jsonl, then validates it and prints per-intent / per-domain counts).
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import re
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

_VAL = Values(1717017, digit_bbans={"PT": 21})
_R = _VAL.rng


def _d(n: int) -> str:
    return "".join(str(_R.randint(0, 9)) for _ in range(n))


def _p(name: str) -> str:
    return mark("PERSON", name)


# ---------------------------------------------------------------- PII values
_V: dict[str, str] = {
    "P1": _p("Maria do Carmo Ferreira"),
    "P2": _p("Giulia Marchetti"),
    "P3": _p("Tan Mei Ling"),
    "P4": _p("Rui Santos"),
    "P5": _p("Markus Brenner"),
    "P6": _p("Ana Rita Lopes"),
    "P7": _p("Chloé Marchand"),
    "P8": _p("Javier Ortega Ruiz"),
    "P9": _p("Lukas Hoffmann"),
    "P10": _p("João Pedro Almeida"),
    "P11": _p("Megan Castillo"),
    "P12": _p("Priya Raghunathan"),
    "P13": _p("Lim Wei Jie"),
    "P14": _p("Noor Aziz"),
    "P15": _p("Daniel Osei"),
    "P16": _p("Beatriz Carvalho"),
    "P17": _p("Francesca Bianchi"),
    "P18": _p("Sofia Mendes"),
    "P19": _p("Kevin O'Sullivan"),
    "P20": _p("Hans-Peter Wagner"),
    "P21": mark("PERSON", pv.person(_R)),
    "P22": _p("Daniel Tanaka"),
    "P23": mark("PERSON", pv.person(_R)),
    "E1": mark("EMAIL", "rui.santos@bancoatlantico.pt"),
    "E2": mark("EMAIL", "m.brenner@brenner-logistik.de"),
    "E3": mark("EMAIL", "j.kowalski@nubix.io"),
    "E4": mark("EMAIL", "teresa.lobo@casaverde.pt"),
    "E5": mark("EMAIL", "emma.hartley77@gmail.com"),
    "E6": mark("EMAIL", "keep-password@m365-secure-notice.com"),
    "E7": mark("EMAIL", "bia.carvalho93@gmail.com"),
    "E8": mark("EMAIL", "d.tanaka@tanaka-interiors.jp"),
    "E9": mark("EMAIL", "f.bianchi@kessler-moreau.com"),
    "PH1": mark("PHONE", f"+351 21 {_d(3)} {_d(4)}"),
    "PH2": mark("PHONE", f"+49 2131 {_d(6)}"),
    "PH3": mark("PHONE", f"+351 9{_d(2)} {_d(3)} {_d(3)}"),
    "PH4": mark("PHONE", f"+34 6{_d(2)} {_d(2)} {_d(2)} {_d(2)}"),
    "PH5": mark("PHONE", f"+39 3{_d(2)} {_d(3)} {_d(4)}"),
    "PH6": mark("PHONE", f"+44 7700 {_d(6)}"),
    "PH7": mark("PHONE", f"+65 9{_d(3)} {_d(4)}"),
    "PH8": mark("PHONE", pv.phone(_R)),
    "PH9": mark("PHONE", f"+33 6 {_d(2)} {_d(2)} {_d(2)} {_d(2)}"),
    "PH10": mark("PHONE", f"(212) {_R.randint(200, 999)}-{_d(4)}"),
    "TEL1": "tel " + mark("PHONE", pv.national_phone(_R)),
    "IP1": mark(
        "IP_ADDRESS",
        f"185.{_R.randint(1, 254)}.{_R.randint(1, 254)}.{_R.randint(1, 254)}",
    ),
    "IP2": mark("IP_ADDRESS", f"10.40.{_R.randint(1, 254)}.{_R.randint(1, 254)}"),
    "IP3": mark(
        "IP_ADDRESS",
        f"177.{_R.randint(1, 254)}.{_R.randint(1, 254)}.{_R.randint(1, 254)}",
    ),
    "IP4": mark(
        "IP_ADDRESS",
        f"89.{_R.randint(1, 254)}.{_R.randint(1, 254)}.{_R.randint(1, 254)}",
    ),
    "IP5": mark("IP_ADDRESS", f"192.168.{_R.randint(0, 255)}.{_R.randint(1, 254)}"),
    "IP6A": mark("IP_ADDRESS", pv.ipv6(_R)),
    "IP6B": mark(
        "IP_ADDRESS", f"2a01:4f8:{_R.randint(1, 0xFFFF):x}::{_R.randint(1, 0xFFFF):x}"
    ),
    "IP6C": mark("IP_ADDRESS", pv.ipv6(_R)),
    "CC1": mark("CREDIT_CARD", _VAL.card("4", 16, " ")),
    "CC2": mark("CREDIT_CARD", _VAL.card("53", 16, "-")),
    "CC3": mark("CREDIT_CARD", _VAL.card("37", 15, " ")),
    "CC4": mark("CREDIT_CARD", _VAL.card("4", 16, "")),
    "CC5": mark("CREDIT_CARD", _VAL.card("2221", 16, " ")),
    "IB1": mark("IBAN", _VAL.iban("DE", True)),
    "IB2": mark("IBAN", _VAL.iban("IT", False)),
    "IB3": mark("IBAN", _VAL.iban("PT", True)),
    "IB4": mark("IBAN", _VAL.iban("NL", False)),
    "IB5": mark("IBAN", _VAL.iban("ES", True)),
    "IB6": mark("IBAN", _VAL.iban("FR", True)),
    "SSN1": mark("US_SSN", _VAL.ssn("-")),
    "SSN2": mark("US_SSN", _VAL.ssn(" ")),
    "SSN3": mark("US_SSN", _VAL.ssn("-")),
    "NR1": mark("SG_NRIC", _VAL.nric("S")),
    "NR2": mark("SG_NRIC", _VAL.nric("T")),
    "NR3": mark("SG_NRIC", _VAL.nric("G")),
    "NR4": mark("SG_NRIC", _VAL.nric("F")),
}

# unmarked look-alikes for the hard negatives: every one fails its checksum
_HN = {
    "BC1": _VAL.bad_card("4", " "),
    "BC2": _VAL.bad16("-"),
    "BC3": _VAL.bad_card("5", "", shift=4),
    "BC4": _VAL.bad_card("4", "-", shift=6),
    "BI1": _VAL.bad_iban("DE", True),
    "BI2": _VAL.bad_iban("PT", False),
    "BI3": _VAL.bad_iban("IT", True, shift=23),
    "BI4": _VAL.bad_iban("ES", True, shift=40),
    "BN1": pv.bad_nric(_R),
    "BN2": pv.bad_nric(_R),
}
_V.update(_HN)

# ---------------------------------------------------------------- pasted material
_MAT = {
    # ---- hospital group
    "M_DISCH": """DISCHARGE NOTE - Hosp. Santa Clara, Med. Interna
pt: {P1}, 74F. adm 03/03 w/ CHF exacerbation, SOB + bilat leg oedema. IV furosemide 40mg BD, diuresed 4.2kg. echo EF 35%.
meds on dc: furosemide 40mg OD, bisoprolol 2.5mg OD (NEW), ramipril 5mg OD, apixaban 5mg BD. STOP naproxen.
f/u: HF nurse clinic 2 wks, U&E in 1 wk, daily weights - call if gain >2kg in 3 days.
dc 09/03 home w/ daughter""",
    "M_TEAMS": """[07:02] Ines (ward 5): 2 HCAs off sick again, bank only sent 1
[07:04] Marco: we have 3 pts on 1:1 obs, cant do it w/ this
[07:05] Ines: bed mgr wants us to take 2 admissions from ED before 10
[07:09] Sandra (matron): ok hold the admissions til 11, ill call agency
[07:11] Marco: also drug fridge alarm went off twice overnight, 9.1C at 03:00
[07:12] Sandra: pls log it on datix and quarantine the insulin til pharmacy checks""",
    "M_LABS": """MRN | test | result | ref | flag
A-22871 | K+ | 6.1 mmol/L | 3.5-5.3 | H
A-22871 | creat | 182 umol/L | 45-90 | H
A-22871 | Hb | 96 g/L | 115-165 | L
A-22871 | CRP | 4 mg/L | <5 |
A-22871 | INR | 3.9 | 2.0-3.0 (on warfarin) | H""",
    "M_COMPLAINT": """Buongiorno, scrivo per lamentarmi del trattamento ricevuto da mia madre al pronto soccorso il 12 aprile. Ha aspettato 9 ore su una barella nel corridoio, nessuno le ha dato da bere e quando ho chiesto informazioni l'infermiere mi ha risposto in modo sgarbato. Mia madre ha 86 anni. Mi aspetto delle scuse e una spiegazione.
Cordiali saluti, {P2}""",
    "M_PROTO": """Protocolo de caídas - Planta 3
1. Valorar riesgo con escala Downton al ingreso y cada 72 h.
2. Riesgo alto (3 o más): cama baja, timbre al alcance, pulsera amarilla.
3. Tras una caída: no levantar al paciente hasta valoración médica, constantes y glucemia, registrar en la aplicación de incidentes en 24 h.
4. Informar a la familia el mismo día.""",
    # ---- bank
    "F_AUDIT": """---------- Forwarded message ---------
From: Internal Audit <{E1}>
Subject: RE: Q2 branch audit - Lisboa Baixa
findings (draft):
1. 14 of 60 sampled account openings missing proof of address (23%)
2. cash vault dual control not evidenced on 6 days in May
3. two staff w/ both payment initiation + approval rights in core banking
4. AML alerts older than 30 days: 212 (policy max 0)
mgmt responses due 15/07.
Rgds
{P4} | Senior Auditor | {PH1}""",
    "F_TXN": """date | merchant | amount | status
02/06 | AMZN MKTP DE | 89,99 EUR | posted
02/06 | AMZN MKTP DE | 89,99 EUR | posted
04/06 | UBER *TRIP | 23,40 EUR | posted
05/06 | STEAMGAMES.COM | 249,00 EUR | posted
05/06 | STEAMGAMES.COM | 249,00 EUR | posted
05/06 | STEAMGAMES.COM | 249,00 EUR | pending""",
    "F_CLIENT_FR": """Bonjour, je suis cliente chez vous depuis 15 ans et je découvre sur mon relevé des frais de tenue de compte de 8,50 € par mois, alors qu'on m'avait promis la gratuité en 2021. Je demande le remboursement des 12 derniers mois et je réfléchis sérieusement à changer de banque. Cordialement""",
    "F_LOAN": """Solicitud préstamo PYME - Panadería Ruiz SL
importe: 180.000 EUR | plazo: 7 años | tipo ofrecido: 6,25% fijo
facturación 2024: 1,1M EUR | EBITDA: 142.000 EUR | deuda actual: 95.000 EUR
garantía: local comercial tasado en 240.000 EUR
uso: nuevo obrador + 2 hornos""",
    "F_MEMO": """From: CFO office
To: all branch managers
Subject: FY25 cost measures
Colleagues, H1 net interest income is 6% below plan as rates fell faster than expected. Effective immediately: hiring freeze for non-customer-facing roles, travel only with ExCo approval, and branch overtime capped at 10 hours per person per month. Branch refurbishments planned for Q3 are postponed to 2026, except Porto Boavista. I know this is hard news; we will review in October.
Best, CFO""",
    # ---- law firm
    "L_NONCOMP": """Cláusula 9.ª - Não concorrência. Durante 24 meses após a cessação do contrato, o Trabalhador não poderá exercer, direta ou indiretamente, atividade concorrente com a da Empresa em todo o território da União Europeia, sem direito a qualquer compensação.""",
    "L_SPA": """8.3 The Sellers' aggregate liability for all Warranty Claims shall not exceed 25% of the Purchase Price. No Warranty Claim may be brought unless notified in writing within 18 months of Completion. The Buyer shall not be entitled to recover for any Claim below EUR 50,000 (de minimis), and no liability arises unless aggregate Claims exceed EUR 500,000 (basket), in which case the Sellers are liable for the whole amount and not only the excess.""",
    "L_EMAIL_DE": """Von: {P5} <{E2}>
Gesendet: Montag, 14. April 2025 09:12
Betreff: Kündigung Mietvertrag Lagerhalle
Sehr geehrte Damen und Herren,
unser Vermieter hat uns heute die fristlose Kündigung der Lagerhalle in Neuss geschickt, angeblich wegen zwei Monaten Mietrückstand. Wir haben aber die Miete wegen eines Wasserschadens gemindert und das im Februar schriftlich angekündigt. Wir müssen bis Freitag reagieren. Können Sie uns helfen?
Mit freundlichen Grüßen
{P5}
Geschäftsführer | Tel. {PH2}""",
    "L_TIME": """date | fee earner | hrs | narrative
02/05 | KM | 3.2 | review SPA draft, call w/ client
02/05 | TR | 6.5 | research non-compete PT law
03/05 | KM | 0.4 | email
05/05 | TR | 11.0 | drafting disclosure letter
06/05 | AB | 2.0 | team lunch
07/05 | KM | 1.5 | call w/ opposing counsel""",
    "L_ORDER": """ORDER: The Defendant shall by 4pm on 30 May 2025 file and serve a Defence. In default, the Claimant may apply for judgment. Costs of the application, summarily assessed at GBP 3,850, to be paid by the Defendant within 14 days. Permission to appeal refused.""",
    "L_DPA": """Article 7 - Sous-traitance ultérieure. Le Sous-traitant ne peut recruter un autre sous-traitant sans l'autorisation écrite préalable du Responsable du traitement. Il informe le Responsable du traitement de tout changement envisagé au moins 15 jours à l'avance. Les données ne peuvent être transférées hors de l'Union européenne sans garanties appropriées au sens de l'article 46 du RGPD.""",
    # ---- software company
    "C_PY": """def apply_discount(cart, code):
    total = 0
    for item in cart:
        total =+ item['price'] * item['qty']
    if code == 'SUMMER10':
        total = total - total * 10 / 100
    return round(total)""",
    "C_SQL": """SELECT o.id, c.email, SUM(i.qty * i.price)
FROM orders o, customers c, order_items i
WHERE o.customer_id = c.id
AND YEAR(o.created_at) = 2024
GROUP BY o.id, c.email""",
    "C_JS": """async function loadOrders(userId) {
  const res = fetch(`/api/orders?user=${userId}`);
  const data = res.json();
  data.forEach(o => render(o));
}""",
    "C_LOG": """{IP1} - - [12/Jun/2025:03:14:07 +0000] "POST /wp-login.php HTTP/1.1" 404 153
{IP1} - - [12/Jun/2025:03:14:08 +0000] "POST /wp-login.php HTTP/1.1" 404 153
{IP1} - - [12/Jun/2025:03:14:09 +0000] "GET /.env HTTP/1.1" 403 162
{IP6A} - - [12/Jun/2025:03:15:44 +0000] "GET /api/v2/orders?id=1%27%20OR%201=1-- HTTP/1.1" 500 0
{IP2} - - [12/Jun/2025:03:16:02 +0000] "GET /health HTTP/1.1" 200 2""",
    "C_JIRA": """NUB-4412 [Bug] Export to CSV drops accents
Reporter: support-team
Steps: 1. open Reports > Sales 2. export CSV 3. open in Excel
Expected: "São Paulo", "Zürich"
Actual: "SÃ£o Paulo", "ZÃ¼rich"
Customer impact: 3 enterprise clients, one threatened to escalate to their CTO
Env: prod, all browsers""",
    "C_SLACK": """#inc-checkout-eu
luis: checkout down for EU since 14:02, 502s everywhere
mei: rolled back payments-svc to previous build, still failing
luis: DB conn pool maxed at 200, something is holding connections
arjun: found it, the new cron for loyalty points opens a conn per customer and never closes 🤦
mei: killed the cron at 14:41, errors dropping
luis: all green 14:48. ~46 min outage, est 3,100 failed checkouts
arjun: ill write the fix + add a conn leak test""",
    "S_ALERT": """[HIGH] Impossible travel - user {E3}
09:02 UTC sign-in from {IP3} (São Paulo, BR) - success, MFA push approved
09:19 UTC sign-in from {IP6B} (Frankfurt, DE) - success, MFA push approved
09:21 UTC new inbox rule "rss": move all mail from anyone at nubix-finance.com to RSS Feeds
09:25 UTC OAuth consent granted to app "PDF Viewer Pro" (Mail.Read, Mail.Send)""",
    "S_PHISH": """-----Original Message-----
From: Microsoft 365 <{E6}>
Sent: 11 June 2025 08:41
To: {E4}
Subject: [EXTERNAL] Password expires today
Your password expires in 2 hours. Keep your current password here: hxxps://m365-keep-password[.]com/login?id=88213
Microsoft Corporation""",
    # ---- retailer
    "R_REVIEWS": """1. "Entrega rapidíssima, o sofá é lindo!" - 5*
2. "Delivery guy left the box in the rain, cushions soaked" - 2*
3. "La lampe est arrivée cassée et le service client ne répond pas" - 1*
4. "ok for the price i guess" - 3*
5. "Tavolo perfetto, montaggio un po' difficile" - 4*""",
    "R_STOCK": """SKU | desc | store | on hand | weekly sales | reorder pt
CV-1021 | sofá 3 lugares cinza | Lisboa | 4 | 6 | 5
CV-1021 | sofá 3 lugares cinza | Porto | 12 | 2 | 5
CV-2210 | candeeiro de mesa | Lisboa | 0 | 9 | 10
CV-3303 | mesa jantar carvalho | Madrid | 7 | 1 | 3
CV-4100 | almofada linho | Madrid | 55 | 40 | 30""",
    "R_SUPPLIER_IT": """Gentile cliente,
la informiamo che a causa di uno sciopero dei trasporti la consegna dell'ordine PO-55821 (320 sedie modello Lara) slitterà dal 10 al 28 giugno. Ci scusiamo per il disagio. Come gesto di cortesia offriamo uno sconto del 4% sulla fattura.
Distinti saluti
Ufficio Logistica - Mobili Brianza Srl""",
    "R_SHIFT": """#loja-porto
rita: who can cover sat 9-17? joão is sick
paulo: i can do 13-17 only
carla: i did 3 saturdays in a row already 🙄
rita: ok paulo 13-17, i ask lisboa for a morning person
carla: also the card machine at till 2 is declining every contactless since yesterday""",
    "R_PROMO": """PROMO VERÃO 2025
- 20% off all garden furniture 1-15 July
- extra 10% for loyalty members (applied after the 20%)
- not combinable with outlet items or gift cards
- max 1 voucher per order""",
    "R_RETURN": """Olá, comprei um colchão na loja do Porto há 20 dias (encomenda 4471-PT) e estou com dores nas costas desde então. Quero devolver e receber o dinheiro. O vendedor disse que só aceitam trocas. Isso é legal?
Obrigada, {P6}, {PH3}""",
    "R_CUSTMAIL": """From: {P19} <{E5}>
Subject: order CV-88213 - wrong colour AGAIN
Hi, this is the second time you send me the grey sofa instead of the green one. I took a day off work to wait for the delivery. I want the right sofa this week or a full refund, and someone to pay for my lost day.
{P19}
{PH6}""",
    # ---- hard-negative material (versions, ids, dates; no PII)
    "H_REL": """POS app - release notes
4.2.0.17 (2025-06-10): fixed receipt printer timeout on till model TX-80; card terminal reconnect after sleep
4.2.0.16 (2025-05-28): loyalty points rounding fix (ticket CV-2291)
4.2.0.15 (2025-05-12): new returns screen; known issue: printer timeout on TX-80
min. supported firmware for TX-80: 3.1.0.8""",
    "H_RECON": """bank rec exceptions - June
ref 2025-06-0412 | 1.240,00 EUR | in ledger, not in bank | booked 28/06
ref 2025-06-0419 | 89,90 EUR | duplicate? same amount 29/06 and 30/06
ref {BC4} | 3.480,00 EUR | card settlement ref, unmatched
IBAN {BI1} | 12.000,00 EUR | returned by bank 02/07: invalid account""",
}

HOSPITAL = r"""
# discharge note
summarize m l c | pls make resume of this dc note for the GP, 3 lines max {M_DISCH}
extract m l c | i need that you list all meds she goes home with and also the stopped ones {M_DISCH}
draft m m c | can u write a letter to the daughter explaining the new meds and the daily weights thing, simple words no jargon {M_DISCH}
translate m l c | traduce al español para la hija pls, she dont read english well {M_DISCH}
reasoning m m c | she was on naproxen before adm and now apixaban.. was stopping naproxen right and is anything else in this list worrying u? {M_DISCH}
classify m l c | high risk for readmission y/n? just the label {M_DISCH}
math m l c calc | adm weight was 71.5kg, she diuresed what it says here, whats the dc weight and how many % did she lose {M_DISCH}
qa m l p | whats normal EF range again, 35% counts as reduced??

# ward 5 teams thread
summarize m l i | can u resume this teams chat for the night nurse in charge, she missed all of it {M_TEAMS}
extract m l i | list the action items + who owns each {M_TEAMS}
classify m l i | tag each issue in here: patient safety / staffing / admin {M_TEAMS}
draft m l i | write the datix incident text for the fridge alarm from what marco said, factual pls {M_TEAMS}
reasoning m m i | is holding the ED admissions til 11 safe or are we just moving the risk to ED? pros cons and ur call {M_TEAMS}
sentiment m l i | is sandra annoyed in this thread or just busy? dont want to push her more today {M_TEAMS}
qa m l p | insulin that sat in a fridge at 9 degrees for a few hrs, still usable? general rule

# labs pasted from the LIS
extract m l c | pull only the abnormal ones, test + value {M_LABS}
classify m l c | tag each result critical / abnormal / normal asap {M_LABS}
reasoning m m c | k 6.1, creat 182 and INR 3.9 on warfarin.. what do we act on first and why {M_LABS}
code g l p | excel formula pls: col C is result, col D is ref range like 3.5-5.3, i want H or L in col E
summarize m l c | resumen rápido de estos resultados para el médico de guardia {M_LABS}

# complaint in italian
translate m l c | traduci in inglese per favore, è per il patient experience team {M_COMPLAINT}
sentiment m l c | how angry is she from 1 to 10 {M_COMPLAINT}
draft m l c | write her a reply in italian: we apologise, we are investigating, she can call the patient office {M_COMPLAINT}
summarize m l c | give me 2 bullets in english what she complains about {M_COMPLAINT}
classify m l c | categorise this per our list: clinical care / communication / waiting times / facilities, can be more than 1 {M_COMPLAINT}

# falls protocol in spanish
translate m l i | need this in english for the new agency nurses {M_PROTO}
summarize m l i | 3 bullets max, its for the handover sheet {M_PROTO}
extract m l i | what do we have to do after a fall, only those steps {M_PROTO}
draft m l i | make a poster text for the nurses station from this, big and short {M_PROTO}
classify m l p | pt scores 4 on downton, alto o bajo riesgo segun esto? {M_PROTO}
qa m l p | what is the downton scale exactly, what does it score

# no material
qa m l p | max iv paracetamol dose for adult under 50kg?? quick
math m l p calc | pt 68kg gentamicin 5mg/kg, how many mg and how many ml if the vial is 40mg/ml
math m l p calc | 1000ml over 8h with a 20 drops/ml set = how many drops per min
draft g l i | pls write a notice for the staff room: coffee machine broken til monday, use the one in the canteen
creative g l p | funny poem for the retirement card of our ward clerk, 30 yrs here, loves crosswords and hates the new IT system
chat g l p | omg 3rd night shift in a row im a zombie lol
qa m l p | diferencia entre sepsis y shock séptico? explicación corta
qa m l i retr | whats our policy for visitors in ICU after 8pm, i cant find it on the intranet
code m l p | python func that takes weight in kg, dose mg/kg and a max dose and returns the dose capped at the max
reasoning m m p | pt allergic to penicillin (rash only, 20 yrs ago), can we give cefazolin for surgical prophylaxis, what would u do
classify m l p | triage pls which are urgent: "cant breathe properly since this morning" / "need a sick note" / "my stitches are a bit red" / "baby 3 months temp 38.5"
translate m l p | como se dice "no comer nada después de medianoche" en inglés y en árabe
draft m m i | i need that you write an email to all ward managers: from 1 june the new sepsis screening tool is mandatory in ED and wards, training tue/thu at 14h
summarize m l p | tl;dr pls "NICE now recommends offering statins to adults with a 10-year CVD risk of 10% or more, down from 20%, after shared decision making."
extract g l i | from this rota who is on nights next week? "Mon-Wed nights: Ana, Joe / Thu-Sun nights: Priya, Kwame / days: everyone else"
sentiment m l p | survey comment, overall positive or negative? "the doctors were great but the food was cold every day and nobody told me when I was going home"
chat g l p | r u allowed to see patient data or no? just asking before i paste stuff
qa m l p | wat is the CURB-65 score for and what do the letters mean
creative g l p | short msg for the ICU team whatsapp after a terrible week, a bit funny, not cheesy, make them smile
draft l m i | can u write the consent paragraph for taking patient photos for teaching, gdpr style
qa l l p | quanto tempo temos de guardar os processos clínicos em Portugal?
classify s l i | got this on my hospital email, phishing or real? "Dear staff, your mailbox will be deactivated today. Verify here: hxxp://hsc-mail-verify[.]co"
qa s l p | why we cant use usb sticks on the ward PCs anymore? IT just blocked them
reasoning s m i | a locum shared his login w/ the FY1 so she could order bloods.. how bad is this and what do i do as ward manager
draft m l i | write a note for the families comma visiting hours are 2 to 8 pm comma max 2 people per bed full stop
"""

BANK = r"""
# internal audit findings
summarize f l c | summary of the audit findings in 3 bullets for my boss pls {F_AUDIT}
extract f l c | so we had the audit yesterday and its all in this fwd. can u list what they flagged with the numbers {F_AUDIT}
classify f l c | rate each finding high / med / low risk {F_AUDIT}
draft f m c | draft mgmt responses for findings 1 and 2, action + owner + date {F_AUDIT}
reasoning f m c | which finding will the regulator care most about and why {F_AUDIT}
draft f l c | reply to rui that we need 1 more week for the mgmt responses, polite but not too sorry {F_AUDIT}

# card transactions pasted from the back office
classify f l c | which of these look like duplicate charges? mark each line {F_TXN}
math f l c calc | how much does the client get back if all the dupes are refunded {F_TXN}
draft f l c | write to the client (she is french) in french that we opened a dispute for the double charges, answer in 10 working days {F_TXN}
extract f l c | list the merchants and dates only {F_TXN}
reasoning s m c | client says the steam ones are not her, the amazon ones are just doubled. fraud or merchant error or both? {F_TXN}

# french client email
translate f l i | can u translate to english, its from a client, need to fwd to complaints {F_CLIENT_FR}
sentiment f l i | est-ce qu'elle va vraiment partir? how serious is her tone {F_CLIENT_FR}
summarize f l i | résume-moi ce mail en une phrase {F_CLIENT_FR}
draft f l i | rédige une réponse polie: on rembourse 6 mois et pas 12, geste commercial {F_CLIENT_FR}
reasoning f m i | refund all 12 months or only 6? she says we promised in 2021 but we have no record of it, what do u recommend {F_CLIENT_FR}
classify f l i | complaint category: fees / service / fraud / product, pick one {F_CLIENT_FR}

# SME loan request in spanish
reasoning f m i | would u approve this? debt service cover looks tight to me {F_LOAN}
extract f l i | give me amount, term, rate and collateral value as a table {F_LOAN}
summarize f l i | 2 lines for the credit committee deck pls {F_LOAN}
math f l i calc | LTV with the premises as collateral, and total debt/EBITDA after the new loan? {F_LOAN}
translate f l i | pasalo al inglés para el comité de Londres {F_LOAN}

# CFO memo
summarize f l i | tl;dr of this for my team huddle {F_MEMO}
sentiment f l i | how does the CFO sound here, worried? defensive? {F_MEMO}
extract f l i | list the measures only, one per line {F_MEMO}
draft f l i | write a short msg to my branch team explaining what this means for them, keep morale up {F_MEMO}
reasoning f m i | 2 of my tellers leave in august. r they "customer-facing" so i can replace them under this freeze or not? {F_MEMO}
translate f l i | ponlo en español para las oficinas de Madrid {F_MEMO}

# no material
qa f l p | whats the diff between SEPA instant and normal SEPA, and the cut off times
qa f l p web | eur/usd rate right now?
code f m p | sql: customers w/ more than 3 cash deposits just under 10k in any 30 days, table txns(cust_id, amount, type, ts)
code g l p | python regex to check a string looks like an iban, 2 letters 2 digits then up to 30 alnum
draft f l i | pls email all branch staff: new cash withdrawal limit 5000/day from 1 july without manager approval
creative g l p | we need a name for the new savings app for young ppl, 10 ideas, fun but not cringe
chat g l p | ur faster than our core banking system lol
math f l p calc | 25k at 3.2% compounded monthly for 5 yrs, how much at the end
qa f l p | o que é o IBAN e o BIC, qual a diferença?
reasoning f m p | client wants to pay off his mortgage early with 2% penalty, rate 4.1%, 9 yrs left, he has 60k savings. makes sense or keep an emergency fund?
classify f l p | tag these expense lines: "Lunch w/ client 84€", "Uber 23€", "Netflix 15€", "Hotel Madrid 2 nights 310€"
sentiment f l p | market mood in this headline? "Banks rally as rate cut bets fade, but analysts warn of loan losses ahead"
classify s l i | fraud pattern or normal? "login from new device in Lagos, 3 payees added in 5 min, then 4,900 EUR transfer"
qa s l p | what is SIM swap fraud and why does it beat sms OTP
draft s l p | write a short warning for our app users about fake calls from "bank staff" asking for their codes
extract s l i | from this alert give me account, device and amounts: "ALERT 88213: acct ending 4471, new device iPhone 15, 3 payees added 02:14-02:19, outgoing 4,900.00 + 4,850.00 EUR"
math f l p calc | client has 2.300 EUR overdraft at 18,9% a year for 45 days, how much interest
qa f l i retr | whats our internal limit for a branch manager to waive fees, i think its in the pricing policy
draft f m p | need a 1 page FAQ for customers on the new account fees from september, friendly tone
reasoning f m i | fyi client is 67, wants to put all savings 200k in our equity fund b/c his neighbour made money. what should i tell him, suitability wise
qa f l p | was ist der Unterschied zwischen Festgeld und Tagesgeld? kurz bitte
creative g l p | write a rap verse about quarter end closing for the finance team party 😂
"""

LAW = r"""
# portuguese non-compete
translate l l i | translate this clause to english pls, client needs it today {L_NONCOMP}
reasoning l m i | is this enforceable in portugal? no compensation + the whole EU seems too much {L_NONCOMP}
summarize l l i | explain in 1 simple sentence what this means for the employee {L_NONCOMP}
draft l m i | redraft it so it is more likely valid: 12 months, portugal only, with compensation {L_NONCOMP}
extract l l i | whats the duration and the territory here {L_NONCOMP}
classify l l i | standard, aggressive or unenforceable? one word {L_NONCOMP}

# SPA warranty clause
extract l l i | cap, time limit, de minimis and basket pls, in a table {L_SPA}
math l m i calc | purchase price is 42M. what is the cap in eur, and with claims of 30k, 180k and 350k is the basket reached? {L_SPA}
qa l l p | tipping basket vs deductible basket, whats the difference?
reasoning l m i | we act for the buyer. weakest point of this clause for us and what should we push for {L_SPA}
summarize l l i | explain this clause to the client CFO like he is not a lawyer, 3 bullets {L_SPA}
translate l l i | übersetz das bitte ins deutsche, der mandant sitzt in münchen {L_SPA}

# german client email
translate l l c | pls translate to english for the partner {L_EMAIL_DE}
summarize l l c | fass die mail kurz zusammen, 2 sätze {L_EMAIL_DE}
extract l l c | deadline, where the warehouse is and the reason for the termination pls {L_EMAIL_DE}
reasoning l m c | is the termination valid if they reduced the rent b/c of the water damage and told the landlord in feb? german law, quick view {L_EMAIL_DE}
draft l l c | schreib eine kurze antwort: wir übernehmen den fall, bitte alle unterlagen bis mittwoch schicken {L_EMAIL_DE}
sentiment l l c | how stressed does the client sound {L_EMAIL_DE}

# billing entries
math f l i calc | rates KM 450/h, TR 280/h, AB 180/h, total fees for this pls {L_TIME}
classify f l i | which entries r not billable to the client? mark them {L_TIME}
reasoning f m i | client has a 15k cap on this matter.. which entries would u write off or expect them to challenge, and why {L_TIME}
code g l p | excel: hours in col C, initials in col B, rate table in H:I, formula for the fee per line
extract f l i | only the TR entries w/ hours {L_TIME}

# court order
extract l l p | whats the deadline and the costs figure {L_ORDER}
summarize l l p | explain this order simple for the client, he is not lawyer {L_ORDER}
draft l l p | email to the client that we need his instructions on the defence by 20 may latest, based on this {L_ORDER}
qa l l p | what happens if we miss a defence deadline in england, is default judgment automatic?
creative g l p | short funny poem about the paralegals drowning in disclosure, for the xmas party

# french DPA clause
translate l l i | en anglais svp, le client américain ne lit pas le français {L_DPA}
extract l l i | notice period for new sub-processors and the condition for transfers outside EU {L_DPA}
reasoning l m i | the vendor hosts on AWS us-east. does this clause block that or is it ok with SCCs? {L_DPA}
classify l l i | controller-friendly or processor-friendly clause? {L_DPA}
summarize l l i | en deux phrases pour le client {L_DPA}

# no material
qa l l p | what is legal privilege and does it cover in-house lawyers in the EU
draft l h i | need a full mutual NDA template, english law, 3 yrs, for software vendors, asap pls
chat g l p | thx for yesterday, the partner loved the memo 🙏
classify l l p | which of these r personal data under gdpr: employee id, hashed email, company VAT nr, cookie id, aggregated salary stats
math l l p calc | limitation period 3 yrs from 14 march 2023, how many days left counting from 2 june 2025
reasoning l m p | client fired someone on sick leave after 2 yrs, no warning, in spain. how risky is that
sentiment l l p | is the judge being sarcastic here? "The Court is grateful to counsel for a skeleton argument that, at 94 pages, was anything but skeletal."
qa l l p | em Portugal qual é o prazo de aviso prévio no despedimento coletivo?
translate l l p | "without prejudice save as to costs" in french & italian pls
extract l l p | pls pull the parties and effective date: "This Agreement is made on 1 September 2025 between Nubix Software Ltd and Casa Verde Retail S.A."
reasoning l m p | client says contract was agreed by email only comma is that binding in spain question mark
draft l m i | write an engagement letter for a new client, fixed fee 12k for the share purchase, excluding tax advice
qa l l p | cos'è la clausola di manleva in un contratto? spiegazione semplice
chat g l p | do u remember the clause i pasted yesterday or do i need to paste it again?
qa l l i retr | what does our conflicts policy say about acting against a former client within 2 years
sentiment l l p | opposing counsel wrote "we note your client's novel reading of clause 4" - is that as rude as it sounds?
creative g l p | a limerick about timesheets due friday for the associates channel
"""

SOFTWARE = r"""
# python bug
code g l p | why this returns only the last item price?? help {C_PY}
code g l p | add type hints and a docstring pls {C_PY}
code g l p | write pytest tests for this func, min 4 cases {C_PY}
qa g l p | in python whats the diff between round() and Decimal quantize for money
code g m p | refactor so the discount codes come from a dict and not from an if {C_PY}

# sql
code g l p | wats wrong here, totals r way too big {C_SQL}
code g l p | explain this query line by line for the junior dev {C_SQL}
code g m p | make it faster, orders has 40M rows {C_SQL}

# js
code g l p | data.forEach is not a function?? {C_JS}
code g l p | convert to typescript w/ an Order type pls {C_JS}
qa g l p | whats a promise in js, simple words, im a PM not a dev

# web logs
summarize s l c | whats going on in these logs, short pls {C_LOG}
extract s l c | list the ips and what each one tried {C_LOG}
classify s l c | tag each line: scan / injection attempt / normal {C_LOG}
code s l c | write the fail2ban filter for the wp-login spam {C_LOG}
reasoning s m c | the sql one got a 500... should i worry we r vulnerable or is it just a bad param? what do i check first {C_LOG}

# jira ticket
code g l p | how do i fix this on the backend? we use the python csv module {C_JIRA}
classify g l i | priority P1-P4 for this one? {C_JIRA}
draft g l i | write the reply to the customer w/ the workaround (import via Data > From Text/CSV) {C_JIRA}
summarize g l i | one liner for the standup {C_JIRA}
qa g l p | why does excel show Ã£ for utf-8 files

# outage thread
summarize g l i | need a summary for the exec channel, non technical {C_SLACK}
draft g h i | write the postmortem draft w/ timeline, root cause, impact, actions {C_SLACK}
extract g l i | timeline only, time + event {C_SLACK}
math f l i calc | avg basket is 64 eur, how much revenue did we lose approx {C_SLACK}
reasoning g m i | was rolling back payments-svc a mistake? what should mei have checked first {C_SLACK}
creative g l p | a haiku about the loyalty cron taking down checkout, for the incident channel {C_SLACK}
sentiment g l i | is arjun ok? that facepalm.. does he sound stressed or like he feels blamed {C_SLACK}

# SIEM alert
classify s l c | true positive or false positive? {S_ALERT}
reasoning s m c | what do i do first, disable the account or revoke the tokens? we r 2 ppl on shift {S_ALERT}
summarize s l c | explain this alert in plain words for the user's manager {S_ALERT}
code s l c | give me the powershell to remove that inbox rule and revoke the user's sessions {S_ALERT}
extract s l c | IOCs only pls (ips, app name, rule name) {S_ALERT}
draft s l c | write the msg to the user: call the SOC asap, dont approve any more pushes {S_ALERT}

# forwarded phishing
classify s l c | phish or legit? user fwd this to the helpdesk {S_PHISH}
extract s l c | sender domain and the link pls, defanged as is {S_PHISH}
draft s l c | write the all-staff warning about this one, short, w/ what to do if u clicked {S_PHISH}
reasoning s m c | the user clicked AND typed her password 10 min ago. what now, in order {S_PHISH}
translate s l c | übersetze die Mail ins Deutsche für das Team in München, die Links bitte so lassen {S_PHISH}

# no material
code g l p | regex for semver like 1.2.3 or 1.2.3-beta.1
code g l p | bash one liner find files over 500MB in /var sorted by size
code g l p | git: undo last commit but keep the changes?? not pushed yet
qa g l p | diff between a docker image and a container, simple pls
qa g l p | why teams keeps saying "you're offline" when internet works fine
chat g l p | is it ok if i ask u dumb questions all day lol
code g l p | js debounce function for the search input, 300ms
classify g l p | bug or feature request? "would be nice if the dashboard remembered my filters"
creative g l p | release notes but as a pirate for the fun channel: dark mode added, login faster, fixed typo in invoices
translate g l p | pls translate this error msg to brazilian portuguese: "Your session has expired. Please sign in again."
math g l p calc | 3 services at 99.9% each in series, total availability and downtime per month?
reasoning g m p | postgres or mongo for an app with orders, invoices and lots of reporting? small team of 4
qa s l p | what is log4shell, 2 lines
code s m p | nginx config to add HSTS, CSP and X-Frame-Options headers
draft s l i | msg for #general: pls dont paste api keys in slack, use the vault, link in the wiki
chat g l p | who made u? openai or r u in-house
qa g l p | kubernetes liveness vs readiness probe??
sentiment g l p | app store review, angry or just disappointed? "used to love this app, after the update I can't even find my invoices. please bring back the old menu"
code s l p | python snippet to hash passwords w/ argon2 instead of md5, we r migrating
classify s l p | rate these findings from the pentest as crit/high/med/low: "admin panel w/o MFA", "verbose error pages", "outdated jQuery", "S3 bucket listing public"
math g l p calc | 2.4 TB backup over a 200 Mbit/s link, how many hours
draft g m i | write the job ad for a senior backend dev, python/go, remote in EU, salary band 70-85k
qa s l p | como funciona o OAuth em termos simples? tenho uma reunião com um cliente daqui a 10 min
reasoning s m i | we found an old test server exposed to internet w/ default creds, no sign of access in logs. do we have to report it as a breach?
"""

RETAIL = r"""
# reviews in four languages
sentiment g l p | positive / negative / mixed for each review {R_REVIEWS}
translate g l p | translate the non english ones pls {R_REVIEWS}
classify g l p | tag by issue: delivery, product quality, customer service, none {R_REVIEWS}
summarize g l p | summarise what ppl say in 2 lines for the weekly report {R_REVIEWS}
draft g l p | reply to review 3 in french: sorry, we send a new lamp this week {R_REVIEWS}
math g l p calc | avg star rating? {R_REVIEWS}

# stock rows
classify g l i | which sku/store lines need reorder now? mark each {R_STOCK}
math g l i calc | weeks of cover for each line pls {R_STOCK}
reasoning g m i | should we move sofas from porto to lisboa instead of reordering? transfer costs 80 eur per unit {R_STOCK}
code g l p | excel: flag "REORDER" if on hand is below reorder pt, on hand in col D and reorder pt in col F
translate g l i | translate the product descriptions to english {R_STOCK}
extract g l i | only the lisboa rows pls {R_STOCK}

# italian supplier
translate g l i | english pls {R_SUPPLIER_IT}
summarize g l i | in short what do they say? im between 2 meetings {R_SUPPLIER_IT}
extract g l i | PO nr, qty, old and new date and the discount {R_SUPPLIER_IT}
draft g l i | rispondi in italiano: accettiamo lo sconto ma chiediamo una consegna parziale di 150 sedie entro il 14 {R_SUPPLIER_IT}
reasoning l m i | can we cancel the PO b/c of the delay or is a strike force majeure? our contract says delivery 10 june is "essential" {R_SUPPLIER_IT}
math f l i calc | 320 chairs at 74 eur each, what does the 4% save us {R_SUPPLIER_IT}

# store slack
summarize g l i | resume pls for the store manager {R_SHIFT}
sentiment g l i | is carla upset? {R_SHIFT}
extract g l i | open issues that r still not solved {R_SHIFT}
draft g l i | write the msg to the lisboa store asking for someone sat 9-13, say we pay the travel {R_SHIFT}
qa g l p | card machine declines contactless but chip works, usual reasons?

# summer promo
math f l i calc | final price of a 899 eur garden set for a loyalty member? {R_PROMO}
classify g l i | can these be discounted y/n: garden chair 59€, outlet parasol 30€, gift card 50€, garden table 399€ {R_PROMO}
creative g l p | instagram caption for this promo, summer vibes, max 2 emojis {R_PROMO}
draft g l i | write short instructions for the cashiers on how to apply the promo {R_PROMO}
translate g l i | traduz para espanhol para as lojas de Madrid {R_PROMO}
qa l l p | in the EU do we have to show the lowest price of the last 30 days when we announce a discount?

# mattress return
translate l l c | translate to english pls {R_RETURN}
reasoning l m c | is the seller right? portugal, bought in store not online {R_RETURN}
draft l l c | responde em português: pode trocar, devolução só com defeito, explica com educação {R_RETURN}
sentiment l l c | how upset is she {R_RETURN}
classify l l c | return, exchange or complaint? pick one for the CRM {R_RETURN}

# english customer email
sentiment g l c | how angry is she, do i need to escalate {R_CUSTMAIL}
draft g l c | write the reply: right sofa thursday, 50 eur voucher for the lost day, sorry {R_CUSTMAIL}
classify g l c | category + priority for the CRM ticket pls {R_CUSTMAIL}
extract g l c | order nr and what exactly she is asking for {R_CUSTMAIL}
reasoning l m c | does she have a legal right to compensation for the day off work? she is in the UK {R_CUSTMAIL}

# no material
creative g l p | 5 names for our new eco line of home products, portuguese or english words ok
chat g l p | bom dia! tudo bem contigo?
math f l p calc | chair is 120 eur incl 23% IVA, whats the price w/o VAT
qa f l p web | whats the VAT rate on furniture in spain now
draft g l p | store sign: closed 10 june (public holiday), reopening 11 june at 9h
code g l p | python script pls: read sales.csv, sum by store, write to excel
classify s l p | is this sms a scam? "Casa Verde: ganhou um vale de 500€! Clique aqui casaverde-premios.com"
reasoning f m p | 2 options for the new store: mall (rent 9k, footfall 12k/wk) or high street (rent 6k, footfall 7k/wk), which one and why
draft g m i | write the weekly email to store managers comma new line top seller was the oak table comma returns up 4% full stop
creative g l p | a short story (half page) for kids about a sofa that wants to travel, for the kids corner in store
chat g l p | grazie mille!! mi hai salvato la giornata
qa g l p | how do i make a pivot table in excel by store and month, step by step
sentiment g l p | is this instagram comment sarcastic? "wow, only 3 weeks for a chair, amazing service 👏"
extract g l p | pull the dates and times: "inventory count sat 5/7 from 20h, stores closed early at 18h, results due mon 7/7 noon"
classify g l p | group these products: sofá, candeeiro, mesa de jantar, almofada, tapete, cadeira -> furniture / lighting / textiles
"""

CHAT_LANG = r"""
chat g l p | merci beaucoup, tu m'as sauvé la journée
chat g l p | danke! du bist echt super
chat g l p | ciao, sei un bot o una persona vera?
chat g l p | hola! que tal?? primera vez que uso esto
chat g l p | lol that answer was wrong but it was funny
chat g l p | u there?
chat g l p | ok ok i stop asking about excel for today 😅
chat g l p | is this chat saved somewhere? my manager can read it?
chat g l p | obrigada, ficou perfeito
chat g l p | what languages do u speak?
chat g l p | friday finally 🎉 have a nice weekend bot
"""

PII_ROWS = r"""
extract f l r | pls get card nr, amount and date for the chargeback form: "client {P7} disputes 249,00 EUR at STEAMGAMES on 05/06, card {CC1}, says the card never left her wallet"
draft f l r | write to {P8} that his card {CC2} is blocked and the new one goes to the address on file in 5 days
classify s l r | someone posted this in #support, is it a data leak we must report y/n? "{P9} card {CC3} exp 09/27 cvv 412"
translate f l r | traduz para inglês: "Por favor transfira o sinal de 2.500€ para o IBAN {IB3}, titular {P10}, até sexta."
extract f l r | from this supplier mail give me the iban and the bank: "new bank details from today: Deutsche Bank, IBAN {IB1}, BIC DEUTDEFFXXX, pls update asap"
classify s l r | payment diversion scam or real bank change? "Ciao, abbiamo cambiato banca, pagate la fattura 8812 sul nuovo conto {IB2} da oggi, il vecchio numero di telefono non funziona"
draft f l r | email the landlord that from july the rent for the porto store comes from our new account {IB5}, reference LOJA-PORTO
reasoning s m r | vendor asks us to pay 48k to {IB4} but the vendor is italian and the iban is dutch. red flag or normal?
extract l l r | for the relocation file list name, SSN and start date: "employee {P11}, SSN {SSN1}, moves from the NY office to Lisbon on 1 Sept"
draft l l r | write a short letter to the SSA to update my name after marriage, SSN {SSN2}, new name {P12}
classify s l r | candidate typed his SSN {SSN3} in the free text field of the job form. sensitive data to purge y/n?
extract m l r | referral from our singapore clinic: "pt {P13}, NRIC {NR1}, hp {PH7}, knee MRI shows ACL tear, pls book ortho" - list pt id details and what to book
draft m l r | write the appointment letter for {P14} (NRIC {NR2}) cardiology review 3 july 10:30, bring med list
classify f l r | KYC: is this doc set complete or not? "name {P15}, FIN {NR3}, passport yes, proof of address no, employment pass yes"
summarize f l r | shorten this KYC note to 1 line: "Customer {P21}, FIN {NR4}, Singapore PR applicant, salary credited monthly from employer, source of funds verified, PEP screening negative, risk rating medium due to cash deposits"
reasoning s m c | user says vpn keeps dropping every 20 min. laptop is {IP5} on her home wifi, public ip {IP4}, other users fine - her ISP or our VPN?
code s l c | iptables + ip6tables rules to block {IP1} and {IP6C} pls
draft g l c | pls write email to {P16} ({E7}) confirming the interview thursday 10h at the Lisboa office, her phone {PH4} in case
extract g l c | get name, email and phone from this signature pls: "Best, {P17} | Associate | Kessler & Moreau | {E9} | {PH5}"
chat g l c | hi im {P18} from the porto store, first time here :)
sentiment g l c | fwd from {P22} <{E8}>: "this is the third time i ask for the invoice, nobody answers, unbelievable" - how bad is it
translate g l c | übersetz ins englische: "Bitte rufen Sie Herrn {P20} unter {PH8} zurück, es geht um die Rechnung."
classify s l c | is {IP6A} internal or external? it showed up in the firewall logs
draft f l r | email the client: refund of 89,99 EUR goes back to card {CC5} in 3-5 days
extract g l c | phone numbers only: "call {P23} {TEL1} or the office {PH10}, or the paris desk {PH9}"
reasoning f m r | client {P8} wants to send 9,800 EUR to {IB6} for a "crypto investment" he met on instagram. do i stop it?
code g l r | my luhn validator says {CC4} is invalid but the customer insists its real, whats wrong? def luhn(n): return sum(int(d) for d in n) % 10 == 0
"""

HARD_NEGATIVES = r"""
!summarize g l i | resume these release notes for the store managers, non technical {H_REL}
!extract g l i | which version fixed the printer timeout {H_REL}
!reasoning g m i | tills in porto r on firmware 3.0.9.2, can we push 4.2.0.17 or do we upgrade firmware first? {H_REL}
!classify f l i | tag each exception: timing / duplicate / error / investigate {H_RECON}
!reasoning f m i | the 12k transfer came back "invalid account". whats probably wrong with that iban and what do we do {H_RECON}
!math f l i calc | total of the unmatched EUR items pls {H_RECON}
!extract f l i | list order nrs and amounts: "order #58812093 89,99 / order #58812117 249,00 / order #58812120 23,40"
!classify f l p | bank says IBAN {BI2} is rejected. valid or not? checksum looks off to me
!qa f l p | why would a 16 digit number like {BC2} fail the card check
!code g l p | python: sort versions like 4.10.0.2, 4.9.1.17 and 4.2.0.17 correctly
!math f l p calc | invoice INV-2025-00871 was 12.480,00 and credit note CN-4471 is 4.200,00, whats left to pay
!extract g l i | ticket nrs only pls: "INC0048812 printer, INC0048830 vpn, REQ0012291 new laptop, INC0048851 till 3"
!classify f l p | card nr printed on the receipt {BC1}, a real card or not?
!draft g l i | write to the courier: tracking 1Z88X4E30412237781 stuck in Madrid hub since 2025-06-12, 2 sofas
!translate g l p | traduci in inglese: "Il firmware 3.2.1.8 deve essere installato entro il 30/09/2025"
!classify s l p | IOCs or build numbers? 10.0.19045.4529, 7.3.0.112, 2024.11.0.5
!reasoning m m p | flu vaccine lot 24B1187-03 expired 2025-03-31 and we used it on 2025-04-02. what do we do
!extract l l i | case nrs + hearing dates: "Proc. 1482/24.3T8LSB hearing 14/10/2025; Az. 2 O 118/25 on 03.11.2025"
!sentiment g l p | "order 55820193 late AGAIN, 3rd time since 12/05" how angry
!classify g l p | the NRIC on our test form is {BN1}, does it pass the check or no?
!code g l i | sql: invoices where invoice_no like 'INV-2025-%' and amount > 10000 and due before 2025-07-01
!qa s l p | is 0.0.0.0/0 in an AWS security group the same as allow all?
!summarize f l i | 1 line pls: "PO 4500123987 for 18.240,00 EUR approved 2025-06-03, paid 2025-07-03, card ref {BC3}"
!draft f l i | reminder to the client: invoice INV-2024-00981 EUR 4.250,00 due 2024-11-30 still unpaid
!extract f l i | whats the account nr here: {BI3}? the bank says the check digits r wrong
!math g l p calc | order nrs went from 558-20931 to 558-21480 this month, how many orders
!qa g l p | what does error 0x80070643 mean on windows update
!translate f l p | em inglês pls: "Fatura n.º FT 2025/1184 no valor de 1.230,00 € vence a 15/07/2025"
!chat g l p | lol my employee nr is 20418831 and my locker is 0042 and the system still thinks im a robot
!creative g l p | a poem about build 7.3.0.112 finally passing CI after 40 tries
!classify g l i | serials vs MAC addresses: 00:1a:2b:3c:4d:5e, SN-4471-0093-2281, 3c:22:fb:91:0e:77
!reasoning f m i | PO 4500198812 says USD 18.002,10 but the invoice says 18.434,15, accept or query?
!extract m l i | batch + expiry only: "Tetanus TD-88213 exp 11/2026; HepB HB-0419-22 exp 03/2026"
!summarize s l i | tl;dr: "CVE-2024-3400 fixed in PAN-OS 11.1.2-h3 and 10.2.9-h1; we run 10.2.7-h8 on fw-01 and fw-02"
!qa f l p | IBAN {BI4} is spanish or portuguese? just by the letters
!code g l p | regex for our order numbers like 558-20931
!math f l p calc | +4.2% on 2.310.450,00 eur?
!extract g l p | part nrs only: "replacement parts 555-0199-22 and 0800-4471-93 for the till printer, qty 2 each"
!draft m l i | label text for the fridge: "batch 24B1187-03, exp 2025-03-31, do not use", make it clear
!reasoning g m i | server build 22.4.1.9 shows blank PDFs since 2025-06-02, 22.4.1.12 is out. upgrade now during sales or wait for monday?
!qa f l p | is {BC4} a test card number? someone typed it in the POS
"""

MULTI = r"""
summarize m l c => resume this dc note in 3 lines ;; translate m l c => put it in portuguese for the family | pls resume this dc note in 3 lines then put it in portuguese for the family {M_DISCH}
extract m l i => list who does what ;; draft m l i => write the handover msg for the evening shift | so the morning was chaos on ward 5, see below. can u list who does what and write the handover msg for the evening shift {M_TEAMS}
classify m l c => which results r critical? ;; draft m l c => draft the SBAR call to the registrar for the worst one | which results r critical? draft the SBAR call to the registrar for the worst one {M_LABS}
translate m l c => traduci in inglese ;; classify m l c => dimmi se è un reclamo formale o solo un feedback | traduci in inglese e dimmi se è un reclamo formale o solo un feedback {M_COMPLAINT}
qa m l p => whats the target INR for AF? ;; reasoning m m p => should we hold warfarin tonight with 3.9, no bleeding | whats the target INR for AF? and should we hold warfarin tonight with 3.9, no bleeding
math m l p calc => 70kg pt enoxaparin 1mg/kg bd how many mg per dose ;; qa m l p => do we adjust for renal? | 70kg pt enoxaparin 1mg/kg bd how many mg per dose, and do we adjust for renal?
summarize f l c => 3 bullets of the findings ;; draft f m c => mgmt response to nr 3 by eod | fyi audit came back (fwd below). need 3 bullets of the findings + mgmt response to nr 3 by eod {F_AUDIT}
classify f l c => mark the duplicate charges ;; math f l c calc => tell me the total to refund ;; draft f l c => write the sms to the client | 1) mark the duplicate charges 2) tell me the total to refund 3) write the sms to the client {F_TXN}
translate f l i => translate to english ;; reasoning f m i => tell me if we must refund the 12 months | translate to english and tell me if we must refund the 12 months, she says we promised {F_CLIENT_FR}
sentiment f l i => elle est fâchée à quel point? ;; draft f l i => écris une réponse courte et gentille | elle est fâchée à quel point? écris une réponse courte et gentille {F_CLIENT_FR}
math f l i calc => calcula a prestação mensal ;; reasoning f m i => diz-me se aprovavas | calcula a prestação mensal e diz-me se aprovavas {F_LOAN}
extract f l i => pull amount term and rate ;; translate f l i => translate the whole request into english for london | pull amount term and rate, also translate the whole request into english for london {F_LOAN}
qa s l p => what is OAuth consent phishing ;; classify s l c => is this alert that? | what is OAuth consent phishing, is this alert that? {S_ALERT}
extract s l c => list the IOCs ;; code s l c => write a KQL query to find other users who consented to the same app ;; draft s l c => draft a 2-line update for the CISO | list the IOCs, write a KQL query to find other users who consented to the same app, and draft a 2-line update for the CISO {S_ALERT}
summarize s l c => resume these logs ;; code s l p => give me the nginx rule to block the .env probes | resume these logs and give me the nginx rule to block the .env probes {C_LOG}
code g l p => fix the bug ;; qa g l p => explain what =+ does in python | fix the bug. also explain what =+ does in python, never saw it {C_PY}
code g m p => fix the query so totals are right ;; qa g l p => why is YEAR() on a column bad for indexes? | fix the query so totals are right. btw why is YEAR() on a column bad for indexes? {C_SQL}
summarize g l i => summary for execs ;; draft g h i => full postmortem doc ;; creative g l p => a joke for the retro slide | need 3 things from this thread: summary for execs, full postmortem doc, a joke for the retro slide {C_SLACK}
extract g l i => timeline ;; math f l i calc => lost revenue at 64 eur avg basket | from the thread i need the timeline and the lost revenue at 64 eur avg basket {C_SLACK}
classify g l i => set the priority ;; draft g l i => reply to the customer with the workaround | set the priority and reply to the customer with the workaround {C_JIRA}
sentiment g l p => rate each review pos/neg ;; draft g l p => reply to the worst one in its language | rate each review pos/neg then reply to the worst one in its language {R_REVIEWS}
translate g l p => translate 3 and 5 to english ;; classify g l p => tag all by issue | translate 3 and 5 to english, tag all by issue {R_REVIEWS}
classify g l i => which lines need reorder? ;; draft g l i => write the PO email to the supplier for those | which lines need reorder? write the PO email to the supplier for those {R_STOCK}
translate g l i => traduci in inglese ;; draft g l i => prepara una risposta: chiediamo consegna parziale | traduci in inglese e prepara una risposta: chiediamo consegna parziale {R_SUPPLIER_IT}
extract g l i => PO and new date? ;; math f l i calc => how much the 4% is worth on 320 x 74 eur? ;; reasoning l m i => can we cancel? | PO and new date? how much the 4% is worth on 320 x 74 eur? can we cancel? {R_SUPPLIER_IT}
chat g l p => bom dia, tudo bem? ;; summarize g l i => resume esta conversa para a gerente | bom dia, tudo bem? resume esta conversa para a gerente {R_SHIFT}
math f l i calc => preço final do conjunto de 899€ para membros? ;; creative g l p => a caption for instagram | preço final do conjunto de 899€ para membros? and a caption for instagram {R_PROMO}
reasoning l m c => is the seller right? ;; draft l l c => write the reply in portuguese, she can return it | is the seller right? if not write the reply in portuguese, she can return it {R_RETURN}
translate l l i => translate clause 9 ;; reasoning l m i => is it enforceable in PT ;; draft l m i => propose a safer wording | translate clause 9, is it enforceable in PT, propose a safer wording {L_NONCOMP}
extract l l i => cap, de minimis, basket? ;; math l l i calc => with 42M price the cap in eur? | cap, de minimis, basket? with 42M price the cap in eur? {L_SPA}
translate l l c => translate the mail ;; reasoning l m c => tell me if the termination is valid ;; draft l l c => draft the holding reply in german | translate the mail, tell me if the termination is valid, draft the holding reply in german {L_EMAIL_DE}
math f l i calc => total fees at KM 450, TR 280, AB 180/h ;; classify f l i => flag non-billable lines | total fees at KM 450, TR 280, AB 180/h - and flag non-billable lines {L_TIME}
extract l l p => deadline? ;; draft l l p => email the client with it | deadline? then email the client with it {L_ORDER}
qa l l p => o que é uma cláusula penal? ;; draft l m i => escreve uma para contrato de fornecimento, 0,5% por dia de atraso | o que é uma cláusula penal? escreve uma para contrato de fornecimento, 0,5% por dia de atraso
chat g l p => ugh mondays. ;; code g l p => can u write a cron for every monday 7am that runs /opt/report.sh | ugh mondays. can u write a cron for every monday 7am that runs /opt/report.sh
creative g l p => write a short poem for nurses day ;; translate g l p => make a spanish version too | write a short poem for nurses day and make a spanish version too
qa f l p => whats a chargeback exactly? ;; draft f l i => write the steps for branch staff to open one | whats a chargeback exactly? and write the steps for branch staff to open one
classify s l p => phishing? ;; draft s l i => if yes write a warning for all staff | phishing? if yes write a warning for all staff: "Casa Verde RH: o seu salário de junho está retido. Confirme os seus dados em casaverde-rh-portal.com"
sentiment l l p => is the judge annoyed? ;; summarize l l p => what did he decide, 1 line | is the judge annoyed? what did he decide, 1 line: "Counsel's application, made at 4.55pm on the last day, is refused. The Court's patience is not unlimited. Costs to the Claimant."
code g l p => python to dedupe a list of emails case-insensitive ;; qa g l p => whats faster, set or list, for lookups | python to dedupe a list of emails case-insensitive + whats faster, set or list, for lookups
math g l p calc => 18% of 2.340? ;; chat g l p => sorry my brain is fried today lol | 18% of 2.340? sorry my brain is fried today lol
summarize m l p => resume el texto en 2 frases ;; qa m l p => ¿se puede tomar ibuprofeno con enalapril? | resume el texto en 2 frases, y una pregunta aparte: ¿se puede tomar ibuprofeno con enalapril? "La hipertensión arterial afecta a uno de cada tres adultos. La mayoría no presenta síntomas, por lo que se recomienda medir la tensión al menos una vez al año a partir de los 40 años."
reasoning g m p => postgres or mongo for us? ;; code g l p => give me the create table for orders (id, customer, total, created) | postgres or mongo for us? either way give me the create table for orders (id, customer, total, created)
extract s l c => list the IPs ;; classify s l c => say which are internal | list the IPs and say which are internal {C_LOG}
translate m l p => how do i say "you need to fast from midnight" in french? ;; draft m m p => write the full pre-op instructions in english, 1 page | how do i say "you need to fast from midnight" in french? and write the full pre-op instructions in english, 1 page
sentiment g l i => how's the team mood ;; creative g l p => a funny team name for the new squad | from these retro comments how's the team mood, and a funny team name for the new squad: "too many meetings", "love the new CI", "on-call is killing me", "pairing sessions r great"
extract f l r => give me the iban and amount ;; classify s l r => is this a payment diversion? | give me the iban and amount, is this a payment diversion? "Dear AP, due to an audit pls pay inv 8812 (31.400 EUR) to our new account {IB4}, do not call our office"
draft g l c => write email to {P16} confirming the interview on thursday ;; translate g l c => put it also in spanish | write email to {P16} confirming the interview on thursday, put it also in spanish
qa l l p => 5 bullets on the EU pay transparency directive ;; reasoning l m i => what do we change first as a retailer w/ 3,000 staff | 5 bullets on the EU pay transparency directive pls. what do we change first as a retailer w/ 3,000 staff?
code g l p => regex for portuguese postal codes like 4000-123 ;; translate g l p => translate the error "código postal inválido" to english and french | regex for portuguese postal codes like 4000-123, and translate the error "código postal inválido" to english and french
classify m l p => triage these 3 msgs ;; draft m l p => reply to the non urgent ones | triage these 3 msgs and reply to the non urgent ones: "can i get my repeat prescription early, going on holiday" / "chest pain since 1h and sweating" / "how do i get my xray results"
math f l p calc => how much interest on 10k overdraft at 18,9% for 45 days ;; qa f l p web => whats the current usury cap in portugal | how much interest on 10k overdraft at 18,9% for 45 days? and whats the current usury cap in portugal
chat g l p => thanks for earlier!! ;; extract g l i => can u pull the dates from this too | thanks for earlier!! can u pull the dates from this too: "kickoff 2/6, design freeze 20/6, UAT 7-18/7, go live 28/7"
sentiment f l p => tone of the ceo letter ;; summarize f l p => the gist in 2 lines | tone of the ceo letter? and the gist in 2 lines: "2024 was a year of discipline. We grew deposits 7% and kept costs flat, but margins narrowed as rates fell. I am proud of our teams and confident in our strategy for 2025."
reasoning s m i => should we pay the ransom? ;; draft s m i => draft the staff message for tomorrow morning | so the file server in madrid got encrypted overnight, backups from friday look ok. should we pay the ransom? draft the staff message for tomorrow morning too
translate g l p => traduire en anglais ;; creative g l p => écris un slogan | traduire en anglais puis écris un slogan à partir de ça: "Des meubles qui durent, pour des maisons qui vivent"
code s m p => python script that checks our s3 buckets for public access ;; draft s l i => the slack msg to the owners of public ones | python script that checks our s3 buckets for public access. once done the slack msg to the owners of public ones
extract m l c => lista os medicamentos ;; classify m l c => quais são de alto risco | lista os medicamentos e quais são de alto risco {M_DISCH}
draft f l i => email to ops: the branch in faro closes at 13h on friday ;; creative g l p => a fun 2-line version for the intranet | email to ops: the branch in faro closes at 13h on friday. and a fun 2-line version for the intranet
qa g l p => how do i recall an email in outlook ;; draft g l i => write the apology for the one i sent to the wrong list | how do i recall an email in outlook?? and write the apology for the one i sent to the wrong list
classify s l c => true or false positive ;; summarize s l c => explain it in plain words for his manager | true or false positive, then explain it in plain words for his manager {S_ALERT}
extract f l c => list the findings ;; translate f l c => em português para o diretor | list the findings, em português para o diretor {F_AUDIT}
sentiment g l c => is she angry ;; reasoning l m c => does she have a case for the lost day ;; draft g l c => write the reply | is she angry, does she have a case for the lost day, write the reply {R_CUSTMAIL}
qa g l p => what is a webhook ;; code g l p => give me a flask endpoint that receives one and logs the json | what is a webhook? give me a flask endpoint that receives one and logs the json
"""

LOOKALIKES = r"""
# single tasks that look like several (splitting rules 2-5)
translate g l p | translate the store sign into spanish and french: "Fitting rooms closed for cleaning, back in 15 min"
code g l p | write a python func that reads the csv, cleans the phone column and saves it back
qa s l p | what is ransomware and why backups alone dont save u
extract g l i | list the names and the dates: "Ana - 3/7, Kwame - 5/7, Priya - 9/7, Joe - 12/7"
classify g l i | tag each ticket by team and priority: "till 3 frozen", "need new badge", "wifi down in warehouse"
code g l p | review and fix pls: SELECT * FROM stock WHERE qty = NULL
reasoning g m i | read this and tell me if we call the customer back today or monday: "sofa arrived scratched, i'm at home all weekend, pls call"
draft g m i | draft and format the agenda for the store managers meeting, 1h, 5 topics
math f l p calc | monthly and annual cost of 25 licences at 18 eur/user/month
sentiment g l p | read both and tell me which is more positive: "fast and friendly" vs "arrived, eventually"
reasoning f m p | compare fixed vs variable mortgage for a client 35 yrs old, 200k, and tell me which u would pick
qa m l p | what is diabetic ketoacidosis and how do u spot it
extract l l p | find the parties, the date and the term: "This lease between Casa Verde Retail S.A. and Imobiliária Douro Lda starts on 1 October 2025 for five years."
draft l l i | check and tighten the wording: "the employee should maybe not share confidential stuff with other people outside"
translate m l p | traduce al inglés, francés y alemán: "No tocar - material esterilizado"
sentiment s l i | how frustrated r users w/ the new VPN? "keeps dropping every hour", "slower than the old one", "fine for me"
classify m l p | group into cardio / resp / other: chest pain, wheeze, ankle swelling, headache, cough
code g l p | explain what this does and why its slow: SELECT * FROM orders WHERE YEAR(created_at) = 2025
summarize f l i | summarise the numbers and the comments in one para: "Q2 sales 4.1M (+6%), margin 38% (-2pts). Comments: promo too deep in May, Madrid stores strong, online returns high."
creative g l p | write a poem about the night shift and the morning handover
qa f l p | credit note vs refund, whats the difference and when do we use each
code g l p | write + document a bash function that deletes logs older than 14 days
reasoning s m i | check this and tell me if i should wake up on-call: "admin account signed in from 2 countries 8 min apart, MFA approved both"
qa g l p | how do i share my screen in teams on mac, sorry for the dumb q lol
summarize g l i | pls read the thread below and give me the main points, im back from holiday {R_SHIFT}
math f l p calc | whats 15% tip on 84,50 and split by 4
draft f l i | write and send me back the text for the fee change letter, friendly, fees go from 4 to 6 eur from 1 sept
"""

EXTRA = r"""
# security across the group
qa s l p | o que é phishing por QR code? vi isto num email hoje
draft s m i | pls write the password section of the store IT policy: no shared till logins, 12 chars min, MFA for managers
classify s l i | tag these helpdesk tickets security or not: "lost my badge", "got a weird call asking for my login", "printer jam", "usb found in the parking lot"
reasoning s m i | a store manager found a usb stick in the car park and plugged it in the back office pc to see whose it is. what now
summarize s l p | tl;dr "CISA warns of active exploitation of a critical authentication bypass in Ivanti Connect Secure; apply mitigations and hunt for compromise indicators immediately."
code s l p | powershell to list the local admins on all store PCs, hostnames are in a txt file
sentiment s l i | how do ppl feel about the new badge readers? "takes 3 tries every morning", "finally no more tailgating", "ok i guess"
extract s l i | list hostnames and users from this edr alert: "EDR: mimikatz.exe blocked on LIS-BO-PC07 (user svc_backup), same hash seen on MAD-POS-03 (user tillop)"
translate s l p | traduci in inglese: "Non condividere mai la tua password, nemmeno con il reparto IT."
qa s l p web | is there a patch for the new fortigate vpn zero day yet?
math s l p calc | password of 12 chars from 94 symbols, at 10 billion guesses per sec how many years to try them all
draft s l i | fyi we had 3 phishing clicks this week at the lisboa branch. write a friendly reminder for them, not blaming anyone
classify s l p | strong or weak, each one: "Verao2025!", "correct-horse-battery-staple", "Casaverde123", "T7#qL9!vR2@x"
reasoning s m i | dev wants read access to the prod db to debug a customer issue, just for today. approve or not, and how to do it safely
creative g l p | funny poster line about tailgating at the office door, for the security awareness week

# more hospital
draft m l i | discharge checklist for the nurses, 8 items max
qa m l p | what does NPO mean, same as nil by mouth?
classify m l p | which need the fridge: insulin, paracetamol, amoxicillin suspension once mixed, ibuprofen, enoxaparin
extract m l i | vitals only pls: "obs 06:00 BP 92/58 HR 118 RR 24 T 38.9 SpO2 91% RA, GCS 15, pt drowsy but orientated"
sentiment m l p | do these parent comments from the childrens ward sound happy? "the play nurses were angels", "parking is a nightmare", "we felt listened to"
math m l p calc | BMI for 1.62m and 88kg?
creative g l p | a short bedtime story about a brave teddy getting an xray, for the kids ward
"""

_BLOCKS = (HOSPITAL, BANK, LAW, SOFTWARE, RETAIL, EXTRA, CHAT_LANG, PII_ROWS, HARD_NEGATIVES,
           MULTI, LOOKALIKES)  # fmt: skip


def _lines(block: str) -> str:
    """The block without its blank lines and ``#`` name lines."""
    return "\n".join(
        ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")
    )


_PLACEHOLDERS = Placeholders(_MAT, _V)


def _expand(raw: str) -> tuple[str, str]:
    """Placeholder expansion without the trailing spaces a pasted block leaves."""
    text, level = _PLACEHOLDERS(raw)
    return re.sub(r" +\n", "\n", text), level


def rows() -> list[Row]:
    return line_rows((_lines(b) for b in _BLOCKS), prefix="diverse17", expand=_expand)


def main() -> None:
    check_lookalikes(_HN)
    data = write_and_check(HERE / "train_diverse17.jsonl", rows(), scan_unmarked=True)
    print(f"  rows with pasted material: {sum(chr(10) * 2 in r['text'] for r in data)}")
    print(f"  rows with PII: {sum(bool(r['pii']) for r in data)}")
    rows_with = Counter(i for r in data for i in {t["intent"] for t in r["tasks"]})
    print(
        "  rows per intent: "
        + ", ".join(f"{k} {v}" for k, v in rows_with.most_common())
    )
    doms = Counter(d for r in data for d in {t["domain"] for t in r["tasks"]})
    print("  rows per domain: " + ", ".join(f"{k} {v}" for k, v in doms.most_common()))


if __name__ == "__main__":
    main()
