"""PERSON: full names in casual workplace text, and the look-alikes that are not."""

from __future__ import annotations

import pytest

from services.intent.names import fold
from services.intent.pii import detect_pii


def _persons(text: str) -> list[str]:
    return [f.text for f in detect_pii(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # at the start of a sentence or line, in lowercase surroundings
        ("Lucas Moreau forwarded this", ["Lucas Moreau"]),
        ("Jonas Weber just emailed new bank details", ["Jonas Weber"]),
        ("ok so Rosa Achebe on ward 4 is asking to go home", ["Rosa Achebe"]),
        ("notes:\nAnjali Nair called twice\nneeds a callback", ["Anjali Nair"]),
        ("my mate Mateus Carvalho still owes me 85 euro", ["Mateus Carvalho"]),
        # after from / to / cc / per / with
        ("got a note from Tomas Lindqvist about the GP", ["Tomas Lindqvist"]),
        ("reply to Samira Haddad by friday", ["Samira Haddad"]),
        ("cc Declan Murphy on the thread", ["Declan Murphy"]),
        ("per Svetlana Ivic the deal is off", ["Svetlana Ivic"]),
        ("set up a call with Babajide Adeyemi", ["Babajide Adeyemi"]),
        # e-mail headers and signatures
        ("From: Priya Nair <priya.nair@example.com>\nHi,", ["Priya Nair"]),
        ("To: Jide Okoro <j_okoro77@fastmail.com>", ["Jide Okoro"]),
        ("Thanks,\nMaria Gonzalez", ["Maria Gonzalez"]),
        ("Kind regards,\nConnor Walsh\nHead of Ops", ["Connor Walsh"]),
        ("Hiroshi Nakamura | Senior Designer | hiro@x.jp", ["Hiroshi Nakamura"]),
        ("Dear Connor Walsh,\nFollowing the hearing", ["Connor Walsh"]),
        ("Hi Jade Fontaine,\nAfter the inspection", ["Jade Fontaine"]),
        # titles: the span is the name without the title
        ("Dr. Amal Haddad will see you", ["Amal Haddad"]),
        ("Good morning Dr. Abernathy,", ["Abernathy"]),
        ("Ms O'Brien-Clarke signed the lease", ["O'Brien-Clarke"]),
        ("Prof Chen Jing reviewed it", ["Chen Jing"]),
        ("Dr. Tan Wei Ming will call", ["Tan Wei Ming"]),
        # hyphens, apostrophes, accents
        ("José Álvarez approved the refund", ["José Álvarez"]),
        ("Zoë Kowalczyk is out today", ["Zoë Kowalczyk"]),
        ("Jean-Luc Picard booked the room", ["Jean-Luc Picard"]),
        ("ask Siobhan O'Connor first", ["Siobhan O'Connor"]),
        ("Tomasz Wójcik accepted the offer", ["Tomasz Wójcik"]),
        ("hi im Lucía Fernández, nice to meet you!", ["Lucía Fernández"]),
        # initials
        ("L. Moreau signed off the claim", ["L. Moreau"]),
        ("J. R. Smith and J.R. Smith are the same", ["J. R. Smith", "J.R. Smith"]),
        # three-part names and particles
        ("let Mei Lin Tan know her laptop is ready", ["Mei Lin Tan"]),
        ("email Pieter van Dijk at the office", ["Pieter van Dijk"]),
        ("Maria de la Cruz joined", ["Maria de la Cruz"]),
        ("Mary Ann Smith is the tenant", ["Mary Ann Smith"]),
        ("contact Goh Siew Ling for anything urgent", ["Goh Siew Ling"]),
        # many origins
        ("Chinedu Okeke sent the invoice", ["Chinedu Okeke"]),
        ("Oluwaseun Eze from Kestrel called", ["Oluwaseun Eze"]),
        ("Kwame Mensah is on leave", ["Kwame Mensah"]),
        ("Rahul Venkataraman owns the runbook", ["Rahul Venkataraman"]),
        ("Zhang Wei Ming and Liu Yang met", ["Zhang Wei Ming", "Liu Yang"]),
        ("Ahmed Al-Farsi needs access", ["Ahmed Al-Farsi"]),
        ("Dmitri Volkov and Agnieszka Nowak", ["Dmitri Volkov", "Agnieszka Nowak"]),
        ("Sven Johansson and Ingrid Larsen", ["Sven Johansson", "Ingrid Larsen"]),
        ("Nguyen Van An signed", []),  # Vietnamese order without a cue: not claimed
        ("Yuki Tanaka and Kim Min-jun", ["Yuki Tanaka", "Kim Min-jun"]),
        # possessive and all-caps bank statement lines
        ("confirm Tomoko Nakamura's echo is booked", ["Tomoko Nakamura"]),
        ("05 Apr  TFR FROM MARISOL ORTEGA  +250.00", ["MARISOL ORTEGA"]),
        ('"Patient Deborah Lane reports headaches', ["Deborah Lane"]),
        ("Regards,\nGordon Pike, Pike Lettings", ["Gordon Pike"]),
        ("Patient: Grace Brown, 67M, admitted", ["Grace Brown"]),
        ("agreement between Acme Holdings Ltd and Grace Tan.", ["Grace Tan"]),
        ("Mark Brown forwarded this", ["Mark Brown"]),
        # unknown given name made sure by the e-mail address
        ("Champion: Zorvan Ivic, zorvan.ivic@kestrel.com", ["Zorvan Ivic"]),
        ("Kestel Qorbani here, call me back", ["Kestel Qorbani"]),
    ],
)
def test_full_names_are_found(text: str, names: list[str]) -> None:
    assert _persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # organisations, brands, places
        "Goldman Sachs and Morgan Stanley both bid",
        "Johnson & Johnson reported earnings",
        "Wells Fargo froze the account",
        "flights to New York and Hong Kong",
        "the Morgan Stanley Bank branch",
        "meet at Victoria Station then Charlotte Street",
        "When did the Berlin Wall fall?",
        "what time does the London Stock Exchange open",
        "Harley Davidson and Aston Martin",
        # capitalised sentence starts, headers, titles
        "Please Review the attached",
        "Quick Question about the rota",
        "Action Items\n- ship it",
        "Dear Team, the office is closed",
        "Meeting Notes: Budget Review",
        "Quarterly Business Review",
        "Project Phoenix Update",
        # lone first names, months, days
        "Hi Sarah, can you check?",
        "thanks Priya!",
        "see you Monday or in May",
        "Grace Period ends in June",
        "Will Update the doc tomorrow",
        # products, tools
        "open GitHub Actions and PowerPoint",
        "Google Sheets and Microsoft Teams",
        # placeholders
        "use Jane Doe as the example customer",
        # companies behind a person cue, products with a model number
        "Beneficiary: Nordlicht Logistik GmbH",
        "From: Brandt Elektro GmbH, Munich",
        'prices from: "Acer Swift 14 - 899; Dell XPS 13 - 1,249"',
        "French Canadian locale",
    ],
)
def test_look_alikes_are_not_persons(text: str) -> None:
    assert _persons(text) == []


def test_spans_index_the_text() -> None:
    text = "From: Priya Nair <p@x.io>\nDr. Amal Haddad, José Álvarez"
    for f in detect_pii(text):
        assert text[f.start : f.end] == f.text


def test_fold_strips_accents() -> None:
    assert fold("Zoë") == "zoe"
    assert fold("Łukasz") == "lukasz"
    assert fold("Álvarez") == "alvarez"
