"""Task segmentation: order, count, and shared context."""

from __future__ import annotations

from services.intent.segment import segment


def _tasks(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_issue_example_three_tasks_with_context_on_summary() -> None:
    text = (
        "Draft a policy on remote access, calculate the impact on our IT budget, and "
        "summarise the citations below:\n\n[1] NIST SP 800-46. [2] ISO 27001 A.6.2."
    )
    segs = segment(text)
    assert [text[s.start : s.end] for s in segs] == [
        "Draft a policy on remote access",
        "calculate the impact on our IT budget",
        "summarise the citations below:",
    ]
    assert segs[0].context == () and segs[1].context == ()
    ctx = "".join(text[a:b] for a, b in segs[2].context)
    assert ctx.startswith("[1] NIST")


def test_numbered_list_and_header() -> None:
    text = (
        "Please do the following:\n1. Translate the memo into French\n"
        "2. Summarise it\n3. What is GDPR?"
    )
    assert len(_tasks(text)) == 3


def test_and_then_and_sentences() -> None:
    assert (
        len(_tasks("Summarize the email below and then draft a reply.\n\nHi, ...")) == 2
    )
    assert (
        len(_tasks("Write a haiku about rain. Then translate it into Japanese.")) == 2
    )


def test_one_task_phrasings() -> None:
    for text in [
        "Compare leasing versus buying and recommend one",
        "Write and test a function that reverses a list",
        "Translate the following into French and Japanese: 'Hello'",
        "Read this NDA and tell me whether the clause is enforceable. Think it through.",
        "hi there!",
        "Write a function that takes a list and returns the sum of its elements.",
    ]:
        assert len(_tasks(text)) == 1, text


def test_pasted_email_is_context_not_tasks() -> None:
    text = (
        "Summarise this email:\n\nHi team,\nPlease review the plan and send comments by "
        "Friday.\nThanks,\nAlex"
    )
    segs = segment(text)
    assert len(segs) == 1
    assert "Please review" in "".join(text[a:b] for a, b in segs[0].context)


def test_fewshot_multiple_choice_is_one_task() -> None:
    block = (
        "Which gas do plants absorb?\nA) oxygen\nB) carbon dioxide\nC) helium\nD) neon\n"
        'Print only a single choice from "A" or "B" or "C" or "D" without explanation.\n'
        "Answer:"
    )
    text = f"{block}\nB\n\n{block}\nB\n\n{block}"
    segs = segment(text)
    assert len(segs) == 1
    assert text[segs[0].start : segs[0].end] == block
    assert segs[0].context


def test_winogrande_and_mbpp_are_one_task() -> None:
    wino = (
        "The trophy didn't fit in the suitcase because the _ was too big.\n"
        "Option1: trophy\nOption2: suitcase\nAnswer:"
    )
    mbpp = (
        "Write a python function to count vowels.\nYour code should pass these "
        "tests:\n\nassert count_vowels('aa') == 2"
    )
    assert len(segment(wino)) == 1
    assert len(segment(mbpp)) == 1


def test_wh_question_without_mark_before_second_ask() -> None:
    # A wh-question cut off by ", and can u/you ..." is its own task even
    # though its "?" is missing; "can u" is the chat spelling of "can you".
    assert _tasks(
        "whats the capital of peru, and can u write a haiku about llamas"
    ) == [
        "whats the capital of peru",
        "can u write a haiku about llamas",
    ]
    assert _tasks("whats a roth ira, and can you draft a note to my accountant") == [
        "whats a roth ira",
        "can you draft a note to my accountant",
    ]
    # one question with a coordinated object stays one task
    assert len(_tasks("what's the ROI if we invest $5k and get $7k back?")) == 1


def test_casual_lowercase_sentence_after_question_is_a_new_task() -> None:
    assert _tasks("is this phishing? if so draft a warning to staff") == [
        "is this phishing?",
        "if so draft a warning to staff",
    ]
    assert len(_tasks("which is cheaper? write a message to my partner")) == 2
    assert len(_tasks("can he change my hours? and draft an email to HR")) == 2
    # a lower-case follow-up question, or "fix it", refines the same ask
    assert len(_tasks("what's going on here? is this an attack?")) == 1
    assert len(_tasks("this never returns the user, why? fix it")) == 1


def test_question_after_conjunction_is_a_second_question() -> None:
    assert len(_tasks("what's the sentiment here, and should we escalate?")) == 2
    assert len(_tasks("what is SIM swapping and how worried should we be?")) == 2
    assert (
        len(_tasks("fix this bug, and btw what's the difference between a and b")) == 2
    )
    assert len(_tasks("what's 15% of 240, also what's the capital of Chad")) == 2
    for text in [
        "What is an SBOM and why does it matter?",  # same thing: one question
        "What is an SBOM, why does it matter?",  # bare comma
        "which of these are fixed costs and which are variable",
        "Explain how a heat pump works and why it is efficient",  # embedded
        "Which lines look off, and what would you ask the lead about them?",
    ]:
        assert len(_tasks(text)) == 1, text


def test_producing_verb_with_two_deliverables() -> None:
    assert _tasks(
        "Write a short poem for my mum and a text message inviting her to dinner"
    ) == ["Write a short poem for my mum", "a text message inviting her to dinner"]
    assert len(_tasks("draft an email to the landlord and a moving-out checklist")) == 2
    assert len(_tasks("write a story about a dog and a cat")) == 1
    assert len(_tasks("draft a letter between a tenant and a landlord")) == 1


def test_refinements_of_the_same_object_stay_one_task() -> None:
    for text in [
        "refactor this and add type hints\n\n```py\ndef f(x): return x\n```",
        "pls rewrite this more politely and shorten it to 2 lines",
        "Explain what went wrong in this log and suggest a fix",
        "check this query for injection and fix it",
        "list the risks and rank them by severity",
        "Threat model our upload feature and rank the risks by likelihood",
    ]:
        assert len(_tasks(text)) == 1, text
    # ... but a new question or a new object is a second task
    assert len(_tasks("calculate the payment and explain how amortisation works")) == 2
    assert len(_tasks("write a haiku about rain and translate it to french")) == 2


def test_plus_then_and_semicolon_connectors() -> None:
    assert len(_tasks("write a haiku about rain, then translate it to french")) == 2
    assert (
        len(_tasks("summarise the article plus give me three discussion questions"))
        == 2
    )
    assert len(_tasks("proofread my cover letter; also suggest a better opening")) == 2
    assert len(_tasks("translate to german then summarise in english")) == 2


def test_standalone_verb_pair_and_extra_verbs() -> None:
    assert (
        len(_tasks("summarise and list the exclusions\n\nThe policy excludes floods."))
        == 2
    )
    assert len(_tasks("write and test a function that reverses a list")) == 1
    assert len(_tasks("compare and contrast capitalism and socialism")) == 1
    text = "Categorise the expenses below and total each category.\n\nUber 23.40\nSlack 8.75"
    assert len(_tasks(text)) == 2


def _with_context(text: str) -> list[tuple[str, list[str]]]:
    return [
        (text[s.start : s.end], [text[a:b] for a, b in s.context])
        for s in segment(text)
    ]


def test_heading_over_bullets_is_shared_context() -> None:
    text = "Onboarding week\n- write the welcome email\n- list the tools they need"
    assert _with_context(text) == [
        ("write the welcome email", ["Onboarding week"]),
        ("list the tools they need", ["Onboarding week"]),
    ]
    text = "Q3 offsite:\n- find a venue\n- draft the agenda"
    assert [t for t, _ in _with_context(text)] == ["find a venue", "draft the agenda"]
    # an announcer keeps noun-phrase items as tasks
    text = "Three things:\n- the summary\n- a title"
    assert len(_tasks(text)) == 2


def test_topic_label_before_several_asks() -> None:
    text = "Marketing plan: write three taglines, and draft a launch tweet"
    assert _with_context(text) == [
        ("write three taglines", ["Marketing plan:"]),
        ("draft a launch tweet", ["Marketing plan:"]),
    ]
    text = "hey, two quick ones - whats the capital of Peru, and can u write a tweet"
    assert _tasks(text) == ["whats the capital of Peru", "can u write a tweet"]
    # one ask, a field label, or an instruction before the colon: untouched
    for text in [
        "Urgent - fix the login bug",
        "Subject: review the plan and send it",
        "Translate to German: summarise the report and send it",
    ]:
        assert len(_tasks(text)) == 1, text
