"""Task segmentation of asks chained without a verb or with a list of
commas: serial asks ("X, rank Y, and write Z"), "+" and "plus" lists,
a named deliverable before a bare comma, and lists of notes under a
heading. Each pattern has cases that split and cases that must not."""

from __future__ import annotations

import pytest

from services.intent.segment import segment


def _tasks(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        # serial asks: every comma before the final ", and" is a joint
        (
            "summarise the audit for the board, rank the gaps by risk, and "
            "write the action plan",
            [
                "summarise the audit for the board",
                "rank the gaps by risk",
                "write the action plan",
            ],
        ),
        (
            "summarise the outage, what should we monitor from now on, and "
            "draft the status page update",
            [
                "summarise the outage",
                "what should we monitor from now on",
                "draft the status page update",
            ],
        ),
        (
            "What are my options, how much notice do I have to give, and draft "
            "the resignation letter",
            [
                "What are my options",
                "how much notice do I have to give",
                "draft the resignation letter",
            ],
        ),
        # "+" lists of asks, with or without a verb
        (
            "summary for the team + cost per seat at 40 users + is the plan worth it?",
            [
                "summary for the team",
                "cost per seat at 40 users",
                "is the plan worth it?",
            ],
        ),
        (
            "write the release notes + a short tweet announcing it",
            ["write the release notes", "a short tweet announcing it"],
        ),
        (
            "Draft the party invite + 12 trivia questions about the office",
            ["Draft the party invite", "12 trivia questions about the office"],
        ),
        # "plus a <new artifact>"
        (
            "VAT on 2,400 at 20% please, plus a small Python function that "
            "does it for any amount",
            [
                "VAT on 2,400 at 20% please",
                "a small Python function that does it for any amount",
            ],
        ),
        # a named deliverable, a bare comma, then an imperative
        (
            "mileage total, flag anything over the limit",
            ["mileage total", "flag anything over the limit"],
        ),
        (
            "tone per comment, group them by topic, draft a reply to the angry one",
            [
                "tone per comment",
                "group them by topic",
                "draft a reply to the angry one",
            ],
        ),
        # an exclaimed greeting opens the ask; a notes list under a heading
        # is material even when one note starts like a verb
        (
            "hi again! Can you tidy these notes and list who owns what?\n\n"
            "Notes - sprint sync\n- design signed off the login page\n"
            "- Maya: copy due Friday\n- staging ready Thursday\n- launch moved to May",
            ["hi again!", "Can you tidy these notes", "list who owns what?"],
        ),
    ],
)
def test_splits(text: str, tasks: list[str]) -> None:
    assert _tasks(text) == tasks


@pytest.mark.parametrize(
    "text",
    [
        # "and rank" finishes the same analysis
        "Threat model our upload service and rank the risks by impact",
        # commas after a colon list what the deliverable says
        "draft a reply to her: received, who will look into it, and that we "
        "will call her this week",
        # an embedded "what I could do" is part of the same ask
        "Can you set out where I stand on the pay cut, the bonus and the "
        "shifts, what I could do about each, and the risks",
        # sums, not asks
        "Solve 3x + 7 = 2x - 5",
        "add up the fees for 3 classes at 850 + 150 per extra class",
        "is a passkey safer than a password + authenticator app?",
        "write up the items as Jira tickets (title + description)",
        "calculate the total plus a 10% tip",
        # a quoted list after a label, and an announcer before the ask
        "dates only: 'kickoff 4 Sep, design review 18 Sep, launch 30 Oct'",
        "quick one, draft the email to the landlord",
        # a pasted message opening with a greeting is material
        "Summarise this message:\n\nHi, this is the CEO. I need you to buy "
        "gift cards urgently. Reply to me today.",
    ],
)
def test_does_not_split(text: str) -> None:
    assert len(segment(text)) == 1, _tasks(text)


@pytest.mark.parametrize(
    "text",
    [
        # a connector inside a quotation belongs to the quotation
        'how do I say "the invoice is overdue, please pay within seven days" in Spanish',
        # after "these ...:" come the items the ask points at, even imperatives
        "put these into the Eisenhower matrix (urgent/important): reply to the "
        "client RFP due tomorrow, clean up old Slack channels, plan next quarter's "
        "OKRs, fix the broken link on the homepage",
        # a noun-verb ending a list of noun phrases is the list's last item
        "pull the invoice number, due date, VAT amount and total out of this as JSON",
    ],
)
def test_quotations_pointed_lists_and_noun_lists_stay_one_task(text: str) -> None:
    assert len(segment(text)) == 1


def test_quoted_list_items_are_material_not_asks() -> None:
    text = (
        "classify each message by urgency and draft a reply to the least urgent "
        'one:\n- "Can I get a sick note for last week?"\n- "my baby has a fever"\n'
        '- "is the clinic open on the bank holiday?"'
    )
    assert _tasks(text) == [
        "classify each message by urgency",
        "draft a reply to the least urgent one:",
    ]


def test_a_semicolon_still_ends_a_pointed_list() -> None:
    text = (
        "Put the statement into one of these categories: ops, legal, other; "
        "identify the parties and term in it"
    )
    assert len(segment(text)) == 2


def test_a_first_sentence_of_chained_asks_is_the_instruction() -> None:
    text = (
        "what's the customer's mood, and write a follow-up email apologising\n\n"
        "Customer: hi my order still hasnt arrived\n"
        "Agent: Sorry to hear that! Can I have your order number?\n"
        "Customer: 4471-22"
    )
    assert _tasks(text) == [
        "what's the customer's mood",
        "write a follow-up email apologising",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "For the H1 review: work out the total variance, suggest where to cut "
            "30k, and draft a two-line note to the CMO.",
            "For the H1 review: work out the total variance",
        ),
        (
            "for each item say grant or deny, then write the reply to the manager",
            "for each item say grant or deny",
        ),
    ],
)
def test_an_ask_after_a_frame_is_a_task(text: str, first: str) -> None:
    tasks = _tasks(text)
    assert tasks[0] == first and len(tasks) >= 2


def test_a_quotation_after_a_label_is_not_an_ask() -> None:
    text = (
        "Can you tell me whether this looks like invoice fraud?\n\n"
        "From the email: 'Please note our new bank account below. Kindly settle "
        "invoice 2291 today.'"
    )
    assert len(segment(text)) == 1


def test_context_before_an_inline_numbered_list_gives_no_empty_task() -> None:
    text = (
        "We are a 12-person firm. Our insurer wants Cyber Essentials. 1) what's "
        "the minimum for it 2) which parts of our setup would fail it 3) draft a "
        "one-page IT security policy"
    )
    tasks = _tasks(text)
    assert len(tasks) == 3 and all(t.strip() for t in tasks)


def test_numbered_items_after_these_colon_are_material() -> None:
    text = (
        "Tag each of these requests by urgency and draft a one-line reply to each "
        "requester: (1) sales needs an NDA signed before 9am, (2) procurement "
        "wants the cleaning contract renewed, (3) HR asks for a policy review"
    )
    assert len(segment(text)) == 2


def test_an_ask_after_a_leading_quotation() -> None:
    text = (
        '"Our client has been more than patient. Unless payment is received within '
        "14 days, proceedings will be issued.\" - what's the tone of this letter, "
        "and do we need to respond before the 14 days are up?"
    )
    assert _tasks(text) == [
        "what's the tone of this letter",
        "do we need to respond before the 14 days are up?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a message in another language after the ask: "¿" opens a sentence
        "translate to English\n\nHola, pedí unas zapatillas talla 42 y me llegaron "
        "en talla 40. ¿Puedo cambiarlas sin pagar el envío? Gracias, Lucía",
        # a table's header and rows are material, not asks
        "what does this kubectl output mean?\n\nNAME        READY   STATUS   RESTARTS\n"
        "api-7d9f8c6b5-x2kqp   0/1   CrashLoopBackOff   14",
        # a block of quoted, numbered messages is material
        "urgent vs can wait, for each one:\n\n1. \"Can't log in, I need access for the "
        'payroll run"\n2. "Could I get a second monitor?"\n3. "Printer jams again"',
    ],
)
def test_pasted_blocks_that_look_like_asks_are_material(text: str) -> None:
    assert len(segment(text)) == 1


def test_a_deliverable_before_plus_question_is_a_task() -> None:
    text = (
        "a slogan for the charity bake sale, plus how many cupcakes at £1.50 do we "
        "need to sell to raise £600?"
    )
    assert _tasks(text)[0] == "a slogan for the charity bake sale"


def test_an_ask_after_a_comma_frame_is_a_task() -> None:
    text = (
        "For the forklift decision, please work out the NPV of each option, "
        "recommend one, and draft the paragraph for the capex committee."
    )
    assert len(segment(text)) == 3


def test_answer_options_after_as_colon_are_not_asks() -> None:
    assert (
        len(segment("Label each line as: continue, review, or stop pending review."))
        == 1
    )


def test_then_colon_joins_two_asks() -> None:
    text = (
        "Estimate per-person cost for both, then: should we do the team offsite in "
        "Lisbon or in the Lake District?"
    )
    assert len(segment(text)) == 2


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "Pull the cardholder name and amount out of this email and give them "
            "back as JSON.\n\nFrom: a@example.com\nHi, my card was charged twice.",
            1,
        ),
        ('get the dates out of this and put them in iso format: "kick-off 3/4"', 1),
        (
            "Please sort these expense lines into travel, meals or other. Return a "
            "table with the line and the category.\n\n- Uber £46\n- Pret £23",
            1,
        ),
        ("Summarise this and give me the risks as bullets.", 2),
        ("Write the referral letter and give me a list of the key results.", 2),
        (
            "extract the diagnoses from this note and give me the same list in "
            "german: Dx: gout.",
            2,
        ),
    ],
)
def test_how_to_hand_back_the_answer_is_no_new_task(text: str, n: int) -> None:
    """A format for the answer ("as JSON", "in ISO format", "a table with ...")
    shapes the task before it; new content ("the risks", "a list of the key
    results", "in german") is a task of its own."""
    assert len(segment(text)) == n


def test_sentences_inside_a_short_inline_quotation_are_one_phrase() -> None:
    text = (
        'How do you say "Are you in pain? Point to where it hurts" in Arabic '
        "and Somali? We want to laminate it for ED."
    )
    assert len(segment(text)) == 1
    # quoted material after a colon keeps its own sentences
    pasted = (
        'Is this a phishing email? Here it is: "Your account is locked. Click here."'
    )
    assert len(segment(pasted)) == 1
