"""Task segmentation of chat-style multi-asks: question chains, asides,
greetings, leading context and lists of material (the patterns people use
when they write several asks the way they chat)."""

from __future__ import annotations

import pytest

from services.intent.segment import segment


def _tasks(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def _with_context(text: str) -> list[tuple[str, list[str]]]:
    return [
        (text[s.start : s.end], [text[a:b] for a, b in s.context])
        for s in segment(text)
    ]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (
            "what's a normal resting heart rate? and what's the average of 72, 80, 91",
            ["what's a normal resting heart rate?", "what's the average of 72, 80, 91"],
        ),
        (
            "is the boiler repair covered? and is it worth fixing for 5 years instead",
            ["is the boiler repair covered?", "is it worth fixing for 5 years instead"],
        ),
        (
            "how long does a passport renewal take? also do I need a new photo",
            ["how long does a passport renewal take?", "do I need a new photo"],
        ),
        (
            "can I freeze cooked rice? oh and how long does it keep in the fridge",
            ["can I freeze cooked rice?", "how long does it keep in the fridge"],
        ),
        (
            "what time zone is Tokyo in? btw what's the flight time from London",
            ["what time zone is Tokyo in?", "what's the flight time from London"],
        ),
        (
            "what's the capital of Chile? plus what's its population",
            ["what's the capital of Chile?", "what's its population"],
        ),
    ],
)
def test_question_then_and_also_btw_question(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


def test_sentence_then_also_ask() -> None:
    text = (
        "write a GitHub Actions workflow that runs pytest. also what's the "
        "difference between push and pull_request"
    )
    assert _tasks(text) == [
        "write a GitHub Actions workflow that runs pytest.",
        "what's the difference between push and pull_request",
    ]
    text = "summarise clauses 12-15. also can they keep my deposit?"
    assert _tasks(text) == ["summarise clauses 12-15.", "can they keep my deposit?"]
    # a lower-case word after "." that opens no ask continues the sentence
    assert len(_tasks("convert approx. two cups of flour to grams")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "What's the total spend in EUR, and which stays are over the cap?",
        "how much interest do I save if I overpay, and is it better to pay off "
        "the loan or invest?",
        "what is a zero hours contract, and can my boss cancel a shift unpaid",
        "whats an index fund and should i put my 5k in one",
        "what's a password manager and which one should a family of 4 use",
        "summarise the settlement, tell me if the waiver is valid, and how much of "
        "the payment is taxable?",
    ],
)
def test_question_coordinated_with_another_question(text: str) -> None:
    assert len(_tasks(text)) == (3 if text.startswith("summarise") else 2), text


@pytest.mark.parametrize(
    "text",
    [
        "is it safe, and why?",
        "What is an SBOM and why does it matter?",
        "What is T1218.011 and why do attackers like rundll32?",
        "what is a VPN and does it make me invisible online",
        "which of these are fixed costs and which are variable",
        "Which of these redlines should we accept, which push back on, and which "
        "are walk-away issues?",
        "what could cause the outage, and what should we check first?",
        "how does a heat pump work, is it like a fridge backwards?",
        "Can we, and what risks do we run if the contract is silent?",
        "what's the ROI if we invest $5k and get $7k back?",
    ],
)
def test_one_question_stays_one_task(text: str) -> None:
    assert len(_tasks(text)) == 1, text


def test_and_if_condition_then_ask() -> None:
    text = (
        "How many days of leave do I get, and if I start on 1 August how many do "
        "I get this year?"
    )
    assert _tasks(text) == [
        "How many days of leave do I get",
        "if I start on 1 August how many do I get this year?",
    ]
    text = (
        "should we allow remote Fridays? pros and cons please, and if yes draft "
        "the policy paragraph"
    )
    assert _tasks(text) == [
        "should we allow remote Fridays? pros and cons please",
        "if yes draft the policy paragraph",
    ]


def test_sentence_initial_conditional_question() -> None:
    text = (
        "what's the difference between a Roth and a traditional IRA? if I put "
        "7,000 a year in for 25 years at 6%, what do I end up with"
    )
    assert _tasks(text) == [
        "what's the difference between a Roth and a traditional IRA?",
        "if I put 7,000 a year in for 25 years at 6%, what do I end up with",
    ]


def test_comma_list_of_mixed_asks() -> None:
    text = (
        "pull the IBAN and amount, write the payment instruction for treasury, and "
        "anything we should check before paying?"
    )
    assert _tasks(text) == [
        "pull the IBAN and amount",
        "write the payment instruction for treasury",
        "anything we should check before paying?",
    ]
    text = (
        "can you get the sender address and the link, tell me if it's phishing "
        "and write a reply"
    )
    assert len(_tasks(text)) == 3
    text = "list the hosts, mark each critical/high/medium, and draft the Jira tickets"
    assert len(_tasks(text)) == 3
    # ", and say ..." after a deliverable is what the deliverable says
    assert len(_tasks("write the confirmation email, and say refunds take 5 days")) == 1


def test_leading_context_sentence_is_shared_context() -> None:
    text = "Lucas forwarded this. can you summarise it and draft a reply"
    assert _with_context(text) == [
        ("can you summarise it", ["Lucas forwarded this."]),
        ("draft a reply", ["Lucas forwarded this."]),
    ]
    text = (
        "28, student loan 31k at 7.3%, I can spare 200 a month. how much faster do "
        "I pay it off if I overpay?"
    )
    assert _with_context(text) == [
        (
            "how much faster do I pay it off if I overpay?",
            ["28, student loan 31k at 7.3%, I can spare 200 a month."],
        )
    ]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (
            "morning! quick one - how do I add a shared mailbox in Outlook",
            ["morning!", "quick one - how do I add a shared mailbox in Outlook"],
        ),
        (
            "does a VPN stop phishing? thanks btw, you've been really useful today",
            [
                "does a VPN stop phishing?",
                "thanks btw, you've been really useful today",
            ],
        ),
        (
            "hey 🙂 how do i screenshot on a mac",
            ["hey 🙂", "how do i screenshot on a mac"],
        ),
        (
            "Hey, thanks for earlier. Next: can you write a YARA rule for upd.dll",
            ["Hey, thanks for earlier.", "Next: can you write a YARA rule for upd.dll"],
        ),
        (
            "lol im starving. how many calories in a banana",
            ["lol im starving.", "how many calories in a banana"],
        ),
        (
            "Hello! how do I share my calendar in Outlook?",
            ["Hello!", "how do I share my calendar in Outlook?"],
        ),
        (
            "good evening. how do you say 'see you tomorrow' in Hindi?",
            ["good evening.", "how do you say 'see you tomorrow' in Hindi?"],
        ),
        (
            "hi there! can you summarise this clause and tell me if it's fair?",
            [
                "hi there!",
                "can you summarise this clause",
                "tell me if it's fair?",
            ],
        ),
    ],
)
def test_greeting_thanks_or_aside_as_its_own_turn(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


@pytest.mark.parametrize(
    "text",
    [
        "hi, can you summarise this",
        "thanks! now translate it into Spanish",
        "Hi! First, what does KYC stand for?",
        "Hey, calculate the dose for a 75 kg patient at 7 mg/kg. Thanks!",
        "Summarise the memo. Thank you. (re: ticket 4411)",
        "are you better than google? lol",
        "Hi, this is the CEO. I need you to buy gift cards urgently",
        "Evening - long day here. Could you rewrite this so it's readable?",
    ],
)
def test_courtesy_glued_to_the_ask_stays_inside_it(text: str) -> None:
    assert len(_tasks(text)) == 1, text


def test_bullets_a_question_points_at_are_material() -> None:
    text = (
        "which of these are bugs and which are feature requests, and which 2 should "
        "we do first?\n- export fails over 10k rows\n- add SSO\n- dark mode"
    )
    segs = _with_context(text)
    assert [t for t, _ in segs] == [
        "which of these are bugs and which are feature requests",
        "which 2 should we do first?",
    ]
    assert "- add SSO" in "".join(segs[0][1])  # the list is the question's material
    # imperative bullets with no question pointing at them stay tasks
    assert _tasks("- summarise the memo\n- draft a reply") == [
        "summarise the memo",
        "draft a reply",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "is it safe to use public wifi for banking? pros and cons please",
        "compare the iPhone 15 and the Pixel 8",
        "summarise the minutes and the action log",
        "explain why and how interest rates affect house prices",
        "can you check this and let me know",
        "write a script that reads the file and then uploads it to S3",
        "whats a for loop? explain with a tiny example",
        "Should we block personal Gmail on laptops? Weigh up risk vs annoyance",
        "What's our per-diem for Singapore? check the travel handbook",
        "Steps I followed:\n1. Open the app\n2. Tap login\n3. It crashes\nwhy?",
        "Summarise this email:\n\nHi team,\nCan you review the plan? What do you "
        "think of the budget?\nThanks,\nAlex",
    ],
)
def test_must_not_split(text: str) -> None:
    assert len(_tasks(text)) == 1, text


def test_ask_named_by_its_deliverable_before_a_second_ask() -> None:
    text = "handover in 3 lines, and what would you do first on the night shift?"
    assert _tasks(text) == [
        "handover in 3 lines",
        "what would you do first on the night shift?",
    ]
    text = "excel formula to split first and last name, oh and how do i freeze rows"
    assert len(_tasks(text)) == 2
    # a clause with a subject or a past-tense verb is context, not an ask
    text = "my ex had my phone for a day, and should i reset it?"
    assert len(_tasks(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "how much is 23% vat on 1,480 and draft the invoice email to the client",
        "is paracetamol safe in pregnancy and can you write a reminder of the dose",
        "translate this to english and is it normal for a deposit to take 30 days?",
        "write a python script that checks for weak passwords, also is it safe to "
        "keep them in a txt",
        "write a short poem about autumn, then do it in french for my class",
        "how long is chickenpox contagious? also text the other mums",
        "list the deadlines and a short summary of what i need to do",
        "list the adjustments recommended and say which are legally required",
    ],
)
def test_ask_after_question_or_instruction_in_chat(text: str) -> None:
    assert len(_tasks(text)) == 2, text


@pytest.mark.parametrize(
    "text",
    [
        'Convert this bash loop to PowerShell: for f in *.log; do gzip "$f"; done',
        "list the tests, results and plan",
        "Sort it into the correct bucket: 'refund request'",
    ],
)
def test_one_instruction_with_and_or_code(text: str) -> None:
    assert len(_tasks(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Is this phishing? and if it is, write the warning to staff, short",
        "build me a savings plan for a 35k deposit (salary 38k) — and how much a "
        "month is that?",
        "From the on-call thread, extract the decisions, and label each action",
        "what is a non-compete? and would mine hold up",
        "list her meds, is clarithromycin OK with warfarin, and if not draft a note",
    ],
)
def test_more_chat_joints(text: str) -> None:
    assert len(_tasks(text)) == (3 if text.startswith("list") else 2), text


@pytest.mark.parametrize(
    "text", ["good morning! how's your day going?", "Hi! How are you today?"]
)
def test_a_greeting_and_small_talk_are_one_chat_turn(text: str) -> None:
    assert len(segment(text)) == 1
