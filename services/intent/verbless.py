"""Tasks named without a verb of their own.

People list several deliverables under one verb or none: "write a poem for
X and a text message for Y", "summary for leadership + revenue lost + are
the follow-ups enough?", "dose for a 22 kg child please, plus a small JS
function that does the same", "total claim, flag anything outside policy".
Each deliverable is a task even though only the first clause (or none) has
a verb. These rules decide, at a joint found by
:mod:`services.intent.clauses`, whether a verbless task starts there.
"""

from __future__ import annotations

import re

from services.intent import lexicon as lx
from services.intent.instruction import EXTRA_VERBS, lower_words, strip_polite
from services.intent.lexicon import words
from services.intent.questions import AUX, WH_ASK, noun_phrase_ask

# Deliverables a producing verb can take several of: "write a poem for X and
# a text message inviting Y" is two tasks sharing the verb.
DELIVERABLES = frozenset(
    words(
        """
        poem haiku limerick song story email e-mail message text letter note memo
        tweet post caption slogan tagline taglines headline summary checklist
        agenda outline script speech toast report proposal invitation invite card
        reply response bio description quiz tips list plan faq press release
        joke name title rhyme line rule query version
        """
    )
)
_DELIVER_VERBS = frozenset(
    words("write draft compose create generate prepare make give produce craft list")
)
# What "plus a ..." adds as a separate piece of work besides the deliverables.
_ARTIFACTS = DELIVERABLES | frozenset(
    words("function script formula query table chart spreadsheet regex template")
)

SHARED_VERB_CONNECTORS = frozenset(
    ("and", ", and", ",and", "plus", ", plus", ", and also", "then", ", then")
)
PLUS_CONNECTORS = frozenset(("+", "plus", ", plus"))

# Openers that announce the asks rather than being one: "quick one, draft
# ...", "two things, write ...".
_ANNOUNCING = frozenset(
    words("quick question questions one thing things favour favor request help")
)


def shares_verb(lead: list[str], before: list[str], tail: list[str]) -> bool:
    """ "Write a poem for X and a text message for Y": a producing verb
    (first word of ``lead``) with two coordinated deliverables (one in the
    words ``before`` the joint, one opening ``tail``) is two tasks."""
    if not lead or not (
        lead[0] in _DELIVER_VERBS or lead[:2] in (["i", "need"], ["i", "want"])
    ):
        return False
    if not tail or (lead[0] == "list" and tail[0] not in ("a", "an")):
        return False  # "list the tests, results and plan": one list
    if tail[0] in ("a", "an", "another", "some", "the"):
        head = tail[1:5]  # "... and a short funny poster line for ..."
    elif tail[0] == "also":
        head = tail[1:4] if tail[1:2] in (["a"], ["an"]) else tail[1:2]
    else:
        head = tail[:1]
    return bool(set(head) & DELIVERABLES) and bool(set(before) & DELIVERABLES)


_COUNT = re.compile(r"\d{1,3} [A-Za-z]")  # "+ 10 quiz questions"


def added_item(conn: str, before: str, item: str, before_asks: bool) -> bool:
    """ "write the containment steps + a short heads-up message", "summary
    for leadership + revenue lost at 58 + are the follow-ups enough?", "...
    please, plus a small JS function that ...": after "+" an ask, a
    deliverable or a count ("+ 10 quiz questions") is a task of its own, and
    in a list of deliverables named without a verb any noun phrase is;
    after "plus" only a new artifact is ("plus a 10% tip" adds to the sum,
    "a password + authenticator app" is one thing). ``before``: the clause
    before the joint, an ask when ``before_asks``; ``item``: the text after
    it up to the next joint."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    digit = item[:1].isdigit()
    if digit and (not _COUNT.match(item) or any(c.isdigit() for c in last)):
        return False  # "650 upfront + 10/month", "850 + 150 per class": sums
    if before.count("(") > before.count(")"):
        return False  # "as Jira tickets (title + description)"
    head = strip_polite(lower_words(before))
    tail = lower_words(item)
    if not (before_asks or (head and head[-1] == "please")) or not tail:
        return False
    if conn == "+":
        return (
            (digit and len(tail) >= 2)
            or tail[0] in WH_ASK
            or (tail[0] in AUX and len(tail) >= 3)
            or tail[0] in lx.TASK_VERBS
            or bool(set(tail[:4]) & _ARTIFACTS)
            or (noun_phrase_ask(head) and noun_phrase_ask(tail))
        )
    return tail[0] in ("a", "an", "another") and bool(set(tail[1:6]) & _ARTIFACTS)


_INDEFINITE = frozenset(words("anything everything something anyone everyone"))


def spliced_ask(sentence: str) -> bool:
    """ "total claim, flag anything outside policy", "sentiment per review,
    group them by issue": a deliverable named before the first bare comma
    of ``sentence``, with an imperative after it, is an ask of its own (not
    an announcer such as "quick one, ..." nor a quoted or labelled list:
    "dates only: 'kickoff 4 Sep, design review 18 Sep'")."""
    first, _, rest = sentence.partition(", ")
    if any(c in first for c in ":'\"‘“"):
        return False
    head = lower_words(rest[:40])
    if not (
        len(head) > 1
        and (head[0] in lx.TASK_VERBS or head[0] in EXTRA_VERBS)
        and (head[1] in lx.OBJECT_STARTERS or head[1] in _INDEFINITE)
    ):
        return False  # most sentences: the words of ``first`` are not needed
    named = strip_polite(lower_words(first))
    return noun_phrase_ask(named) and not _ANNOUNCING & set(named)
