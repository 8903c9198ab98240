"""Where one question ends and the next begins in a chain of questions.

Chat joins several questions with "and", ", and", a bare comma or a new
sentence, and often leaves out the "?" ("whats an index fund and should i
put my 5k in one"). These rules decide, from the words after the joint,
whether a second question starts there or the first one goes on:

- a yes/no question (auxiliary + subject) after a question is a second ask:
  "what is a zero hours contract, and can my boss cancel a shift ...";
- a wh-question after ", and" is a second ask ("What's the total spend,
  and which stays are over the cap?"); after a plain "and" only when it has
  its own auxiliary ("what is SIM swapping and how worried should we be?"),
  and never for "and why/when ..." (one explanation: "What is T1218.011 and
  why do attackers like rundll32?");
- "what should we do / what would you check" after a question asks for the
  recommendation that follows from the same analysis: one ask;
- "which are fixed and which are variable": the same wh-word enumerates the
  parts of one ask.

Used by :mod:`services.intent.clauses`, which finds the joints.
"""

from __future__ import annotations

import re

from services.intent import lexicon as lx
from services.intent.lexicon import words

# Auxiliaries that open a yes/no question: "..., and should we escalate?"
AUX = frozenset(
    words(
        """
        is are was were does do did can could should would will shall may might
        has have isn't aren't doesn't don't am
        """
    )
)

# Wh-words that open a question even when the "?" is missing.
WH_ASK = frozenset(words("what what's whats why how who when where which"))

# Words that can follow the auxiliary of a yes/no question: "can my boss ...",
# "is it ...", "should i ...". ("is 7% realistic" reads past a number.)
SUBJECTS = frozenset(
    words(
        """
        i you u we they he she it this that these those there my our your his
        her their the a an someone anyone anything everyone mine ours yours
        """
    )
)

# Referring back to the first question's topic: "what is an SBOM and why
# does it matter?" asks about the same thing.
_SAME_THING = frozenset(words("it its this that they them those these"))

# "what should we do", "what would you check": the recommendation that
# follows from the analysis the first question asked for.
_ADVICE_AUX = frozenset(words("should would do could can"))
_ADVICE_WHO = frozenset(words("we i you u"))

_COPULA = frozenset(words("is are was were"))

_CONTRACTED_WH = ("what's", "whats", "how's", "who's", "where's", "when's")

# "how much ...", "how long ...": a wh-question without an auxiliary.
_DEGREE = frozenset(words("much many long far often old big else"))


def unmarked_question(tokens: list[str]) -> bool:
    """``tokens`` (lower-case words) open a question whose "?" may be left
    out: "what do I end up with", "should i reset it"."""
    if len(tokens) < 2:
        return False
    if tokens[0] in WH_ASK:
        # "how many calories in a banana", "which of these are ...", not
        # "what it says about pay" (a noun clause) or "what a day"
        return (
            tokens[0] in _CONTRACTED_WH
            or tokens[1] in _DEGREE
            or bool(AUX & set(tokens[1:4]))
        )
    return tokens[0] in AUX and len(tokens) >= 3 and tokens[1] in SUBJECTS


# Words that make a clause a statement (context), not a requested thing.
_STATEMENT_WORDS = (
    AUX
    | SUBJECTS
    | frozenset(words("i'm im it's i've we're we've there's that's my our so but"))
) - frozenset(words("a an the"))


# Openers of a condition, a frame or a count, not of a requested thing.
_NOT_NOUN_PHRASE_START = lx.CONDITION_WORDS | frozenset(
    words("the and or for from with based given in on at by as per after before")
    + words("one two three four five six seven eight nine ten")
)


def noun_phrase_ask(tokens: list[str]) -> bool:
    """A request named by its deliverable, with no verb: "excel formula to
    split first and last name", "timeline from the SOC notes", "handover in
    3 lines". Only asked of the first clause of a sentence that goes on with
    another ask; a context clause has a subject or a finite verb ("Lucas
    forwarded this", "my ex had my phone")."""
    return (
        1 < len(tokens) <= 14
        and tokens[0] not in _NOT_NOUN_PHRASE_START
        and not _STATEMENT_WORDS & set(tokens)
        and not any(t.endswith("ed") for t in tokens)
    )


def condition_main(tokens: list[str]) -> list[str] | None:
    """The main clause of a conditional ask with no comma: "if yes draft
    the policy", "if I start on 1 August how many do I get". ``tokens``
    start with the condition word; None when no main clause is found."""
    if len(tokens) > 2 and tokens[1] in ("yes", "so", "not", "no"):
        return tokens[2:]
    for i in range(2, len(tokens) - 1):
        if tokens[i] in WH_ASK and tokens[i - 1] not in ("and", "or"):
            return tokens[i:]
    return None


def is_advice_follow_up(tail: list[str]) -> bool:
    """ "what should we do", "how would you handle it", "what would stop
    them": asks what to do about what the question before it analysed."""
    return (
        len(tail) >= 3
        and tail[0] in ("what", "how")
        and tail[1] in _ADVICE_AUX
        and (tail[1] in ("should", "would") or tail[2] in _ADVICE_WHO)
    )


_ALTERNATIVE = re.compile(r"\bor\b", re.I)
_MODAL = frozenset(words("should would could"))
# Words that tie a question to the case at hand ("How do we tell?", "What are
# the risks of each?", "Which first, and why?")
_CASE_WORDS = _MODAL | frozenset(
    words("we i you u my our your it this that they them each one why")
)


def follow_up_question(prev: str, words_: list[str]) -> bool:
    """A short question after a question that goes on with the same case:
    after an either-or question ("Legit or fraud? How should AP check?",
    "Take it, or get advice first? What are my real risks?"), or asking
    what to do or what someone would do ("Do we own them? Should we pay?",
    "Could it be his meds? What should we ask his GP?")."""
    if not prev.rstrip().endswith("?") or len(words_) > 8:
        return False
    if _ALTERNATIVE.search(prev):
        # "... or upset? What is lateral movement?" asks something new
        return bool(_CASE_WORDS & set(words_))
    head = words_[:3]
    return len(words_) <= 7 and (
        (head[:1] and head[0] in _MODAL and head[1:2] and head[1] in _ADVICE_WHO)
        or (
            len(head) == 3
            and head[0] in WH_ASK
            and head[1] in _MODAL
            and head[2] not in ("it", "this", "that")
        )
    )


def question_follows(
    verb: str,
    tail: list[str],
    lead: list[str],
    conn: str,
    before_asks: bool,
    serial: bool = False,
) -> bool:
    """A second question after a connector ``conn`` ("and", ", and", ","):
    ``verb`` opens it, ``tail`` is its words (from ``verb`` on), ``lead``
    the words of the clause before it, ``before_asks`` whether that clause
    is an instruction or question, ``serial`` whether a ", and ..." follows
    later in the sentence (the commas before it separate a list of asks).
    An embedded clause ("explain how it works and why it matters") has no
    auxiliary after the wh-word and is not cut."""
    if len(tail) < 2 or (len(tail) == 2 and verb in WH_ASK):
        return False  # "which statins interact with X and which don't?"
    plain_and = conn == "and"
    asked = bool(lead) and lead[0] in lx.QUESTION_STARTERS
    yes_no = verb in AUX and len(tail) >= 3 and tail[1] in SUBJECTS
    if conn == ",":
        # "explain what this line does, is it malware?": an ask, then a
        # question; after a question a bare comma goes on with the same
        # one ("how does a heat pump work, is it like a fridge backwards?")
        # unless it separates a list ("what's X, should i Y, and write Z")
        if serial and before_asks:
            # "list her meds, is clarithromycin OK with warfarin, and ...",
            # "summarise the incident, what should we change, and write ...",
            # "what are my rights, how much notice do I get, and draft ..."
            return (verb in AUX and len(tail) >= 3) or (
                verb in WH_ASK
                and (
                    verb in _CONTRACTED_WH
                    or tail[1] in _DEGREE
                    or tail[1] in AUX
                    or (asked and bool(AUX & set(tail[1:3])))
                )
            )
        return yes_no and before_asks and not asked
    if asked and is_advice_follow_up(tail):
        return False
    if plain_and and asked and _SAME_THING & set(tail[:7]):
        return False  # "what is a VPN and does it make me invisible?"
    if verb in AUX:
        if not asked:
            # "translate this and is it normal to wait 30 days?", "write the
            # script, also is it safe to keep passwords in a txt"
            return yes_no and before_asks and (not plain_and or len(tail) >= 4)
        return yes_no
    if not before_asks:
        return False
    if lead and verb == lead[0] and verb in ("which", "who") and tail[1] in _COPULA:
        return False  # "which are fixed and which are variable?"
    if plain_and:
        if not asked or verb in ("why", "when", "who"):
            return False  # "What is T1218.011 and why do attackers like it?"
        return (
            tail[1] in AUX
            or verb in _CONTRACTED_WH
            or (verb in ("how", "which") and tail[2:3] != [] and tail[2] in AUX)
        )
    # ", and <wh>": its own auxiliary within the next few words
    # ("how much of the payment is taxable" after an instruction; after a
    # question "how many mL is that" goes on with the same calculation)
    return (
        verb in _CONTRACTED_WH
        or (tail[1] in _DEGREE and not asked)
        or bool(AUX & set(tail[1:4]))
    )
