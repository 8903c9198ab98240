"""Follow-up asks after a sentence or after inline quoted material.

Split: "Also"/"Then" + a deliverable, "Please also" + a verb that would
otherwise refine the previous task, non-English "also"/"then" sentences
after a question, and an ask written after a quote closes. Not split: the
same openers without a new deliverable or ask, and tails after a quote that
only say the form of the answer.
"""

from __future__ import annotations

import pytest

from services.intent.segment import segment


def _tasks(text: str) -> list[str]:
    return [text[g.start : g.end] for g in segment(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Write a limerick for Priya's farewell card. "
            "Also a one-line message from the whole office to go with it.",
            "a one-line message",
        ),
        (
            "Why do interest rates affect house prices? "
            "Then a short rhyme so my nephew remembers it.",
            "a short rhyme",
        ),
        (
            "How should I split this notebook into modules? "
            "Please also show me an example of one cell rewritten as a function.",
            "show me an example",
        ),
        (
            "¿Puedo pedir la baja por paternidad si soy autónomo? "
            "Y dime también cuántas semanas me corresponden.",
            "dime también",
        ),
        (
            "Est-ce que ce contrat est valable sans signature ? "
            "Calculez aussi le montant des pénalités sur 90 jours.",
            "Calculez aussi",
        ),
        (
            "Kann ich den Vertrag fristlos kündigen? "
            "Bitte formulieren Sie außerdem ein kurzes Kündigungsschreiben.",
            "formulieren Sie außerdem",
        ),
    ],
)
def test_follow_up_sentence_is_a_task(text: str, second: str) -> None:
    tasks = _tasks(text)
    assert len(tasks) == 2
    assert second in tasks[1]


@pytest.mark.parametrize(
    "text",
    [
        "For each comment: positive, negative or mixed? Then the overall mood.",
        "Summarise the incident for the board. Also the printer on floor 2 is "
        "jammed again.",
        "Is the tone of this memo too harsh? Then explain why.",
        "Hola, ¿me puedes ayudar con una duda sobre mi contrato de alquiler?",
    ],
)
def test_follow_up_without_a_new_ask_is_not_split(text: str) -> None:
    assert len(segment(text)) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "does this message look like phishing? 'Your parcel is held, pay "
            "1.99 at royal-mail-redelivery.info' - write a warning for the team",
            "write a warning for the team",
        ),
        (
            "how does this come across? 'Why is this still not done? Do it "
            "today.' rewrite it so it sounds kinder",
            "rewrite it so it sounds kinder",
        ),
        (
            "Pull the names and emails: 'Ana Ruiz ana@ruiz-legal.es, Tom Lee "
            "tom@leeworks.io' and write a short welcome to each",
            "write a short welcome to each",
        ),
    ],
)
def test_ask_after_inline_quote_is_a_task(text: str, second: str) -> None:
    tasks = _tasks(text)
    assert len(tasks) == 2
    assert tasks[1] == second
    assert "'" not in tasks[0].split(":")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Is this paragraph too formal? 'We hereby inform valued customers of "
        "the forthcoming changes.' Classify as formal, neutral or casual.",
        "Translate into Spanish: 'The clinic is closed on Monday.' please",
        "What does this line mean: 'the party of the first part shall "
        "indemnify the party of the second part'?",
    ],
)
def test_tail_after_inline_quote_that_is_no_ask(text: str) -> None:
    assert len(segment(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a short question going on with the case of the question before it
        "Legit change or BEC? How do we verify before paying?",
        "Take it, or get advice first? What are my real risks?",
        "Do we already own them? Should we pay?",
        "Could it be his meds or something else? What should we ask his GP?",
        "Did the agent handle this well? What would you do?",
        # an elaboration after context refines the question before it
        "Is a verbal agreement enforceable here? We agreed a price on a call but "
        "nothing was signed. Think it through.",
        "Should we cut the bonus pool? think about morale vs cost",
        # elliptical second half, brackets
        "Which statins interact with macrolides and which don't?",
        "Pull the IOCs (host, user, process, destination, port) into a list.",
        # a pasted chat log is material, however many questions it holds
        "My gran forwarded me these texts. Quick summary of what's going on?\n\n"
        "[Mon 10:42] Mum it's me, this is my new number. Can you save it?\n"
        "[Mon 10:44] Are you free? I need to pay a bill today",
    ],
)
def test_follow_ups_of_the_same_case_stay_one_task(text: str) -> None:
    assert len(segment(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a new matter, or a connector announcing another ask
        "Is the customer happy or upset in the text below? What is lateral movement?",
        "Can you summarize this thread? And who should I follow up with?",
        "What is a 409A valuation? Also, what's 0.5% of 12,000,000 shares?",
        # summarise/translate then "say ...": a second ask, not the summary's content
        "Summarise this study and say whether it should change what I tell patients",
        # a conditional ask ending in a full stop
        "Do I have a claim, and if so draft a letter before action.",
    ],
)
def test_new_matters_after_a_question_are_new_tasks(text: str) -> None:
    assert len(segment(text)) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an ask that ends in a colon before pasted material, and one after it
        (
            "Summarise this thread for me:\n\nSubject: where is my order??\nI ordered "
            "two chairs on the 2nd.\n\nThen tell me if we should offer a refund.",
            2,
        ),
        # a long frame before a colon
        (
            "For our warehouse picker coming back after pneumonia: summarise the "
            "discharge summary, write the return-to-work plan, and translate the "
            "plan into Polish.",
            3,
        ),
        (
            'List the deadlines: "defence due 14 days after service". Once done, '
            "add them to a reminder email.",
            2,
        ),
        (
            'Is this clause worded in our favour or theirs: "the Supplier may vary '
            "prices on 7 days' notice\"? Suggest fairer wording.",
            2,
        ),
        (
            "Give me the key points of the meeting. Plus a light-hearted name for the "
            "project.",
            2,
        ),
        (
            "Lease or buy a company car? Before that, compute the monthly payment on "
            "38,000 over 48 months at 6.9%.",
            2,
        ),
        (
            "tag these as urgent or not: broken dock door, fire exit blocked. also "
            "which would you fix first?",
            2,
        ),
    ],
)
def test_asks_around_material_and_sequence_words(text: str, count: int) -> None:
    assert len(segment(text)) == count
