"""Where a sentence splits into clauses.

A sentence is cut at a coordinating connector (", and then <verb>", "; ",
" plus ", " + ", ", and if yes ...") where a new imperative or question
starts; whether a second *question* starts there is decided by
:mod:`services.intent.questions`, whether a task without a verb of its own
does by :mod:`services.intent.verbless`, and what reads like an ask at all
by :mod:`services.intent.instruction`. :mod:`services.intent.tasks` turns
the clauses into tasks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from services.intent import lexicon as lx
from services.intent.instruction import (
    BACK_REFERENCE,
    DISCOURSE_FIRST,
    EXTRA_VERBS,
    REPAIR_VERBS,
    Range,
    asks_unmarked,
    is_elaboration,
    is_instruction,
    lower_words,
    strip_polite,
)
from services.intent.lexicon import words
from services.intent.questions import (
    AUX,
    WH_ASK,
    noun_phrase_ask,
    question_follows,
)
from services.intent.verbless import (
    PLUS_CONNECTORS,
    SHARED_VERB_CONNECTORS,
    added_item,
    shares_verb,
    spliced_ask,
)

# The leading whitespace of the word connectors is factored out of their
# alternatives (same matches, same preference order: every alternative starts
# with a letter, so a shorter "\s+" can never succeed where the longest
# failed); spelled out per alternative it made the scan ~3x slower.
# A later ", and <word>" makes the commas before it list separators:
# "what's a pension transfer, should i merge them, and write to ...".
_SERIAL = re.compile(r"(?:,|\s-)\s*(?:and|then|oh and)\s")


def _serial(text: str) -> bool:
    """``_SERIAL`` occurs in ``text``. The scan tries every position (no
    literal prefix), so the substring test of its words rules out most
    sentences first (the pattern is case-sensitive: the same answers)."""
    return ("and" in text or "then" in text) and _SERIAL.search(text) is not None


_FIRST_PART = re.compile(r",|\s-\s")

# (Every connector starts at ",", ";" or a space: the leading look-ahead lets
# the scan skip the other characters fast; same matches.)
_CONNECTOR = re.compile(
    r"(?=[,;\s])(?:,\s*(?:and\s+then|and\s+also|and\s+separately|and\s+additionally|"
    r"and\s+finally|and\s+after\s+that|and|then:?|also|plus)?|\s[-–—]\s*and|"
    r";\s*(?:and\s+|then\s+)?|\s+(?:and\s+then|and\s+also|and\s+after\s+that,?|"
    r"and|then|plus|as\s+well\s+as|after\s+that,?)|\s\+)\s+(?=([A-Za-z0-9][\w'’-]*))",
    re.I,
)

_RELATIVE = re.compile(r"\b(?:that|which|who|function|program|script|method)\b", re.I)

# Openers of a frame before the ask: "From the thread, extract ...".
_FRAMES = frozenset(words("from for in using based given looking with"))

_PREP_VERBS = frozenset(words("read look take go open see consider use"))

# "<inspect something> and tell me ...": reporting the result is the same task.
_INSPECT_VERBS = frozenset(
    words(
        """
        run execute review check analyze analyse test evaluate examine inspect
        investigate compare study audit scan skim read go look
        """
    )
)

_PRODUCING_VERBS = frozenset(
    words(
        """
        write draft compose create build generate translate summarize summarise
        explain design prepare tell give outline propose
        """
    )
)

_LIGHT_VERBS = frozenset(words("make keep turn get have let send share format"))

_REPORT_VERBS = frozenset(words("tell let explain say show give"))

_WH = frozenset(words("why how"))

# Of those, the ones that only start a task of their own after a comma
# ("sentiment per review, group them by issue"): after a plain "and" they
# finish the same analysis ("threat model X and rank the risks").
_COMMA_ONLY_VERBS = frozenset(words("rank group sort categorise categorize"))

# Second verbs that refine an edit of the same object: "refactor this and add
# type hints", "rewrite this politely and shorten it".
_EDIT_VERBS = frozenset(
    words(
        """
        refactor rewrite edit fix clean tidy polish improve update proofread
        rephrase reword shorten simplify restructure reformat format modify tweak
        """
    )
)
_REFINE_VERBS = frozenset(
    words("add remove include keep make shorten trim simplify tighten drop rename")
)

# "explain what went wrong and suggest a fix": the fix is part of the diagnosis.
_SUGGEST_VERBS = frozenset(words("suggest propose recommend"))
_FIX_NOUNS = frozenset(
    words("fix fixes solution solutions remedy workaround improvement improvements")
)

# Verbs that act on given material by themselves: "summarise and list the
# exclusions" is two tasks, unlike "write and test a function".
_STANDALONE_VERBS = frozenset(
    words("summarise summarize translate proofread recap tldr classify")
)

# Verbs that start a new piece of writing even after a question.
_WRITE_VERBS = frozenset(words("write draft compose translate summarise summarize"))

# Verbs that produce a new text whose content a "say ..." can go on to give
# ("summarise this study and say whether ..." asks something new).
_COMPOSE_VERBS = frozenset(words("write draft compose"))

# What a written deliverable should say: "draft the email and mention X".
_CONTENT_VERBS = frozenset(words("say mention stress note include"))

_COUPLED = frozenset(words("run test execute verify validate send share forward"))


@lru_cache(maxsize=32)
def clauses(text: str, s: int, e: int) -> tuple[tuple[Range, ...], frozenset[int]]:
    """Split one sentence at ", and <verb>", "; <verb>", " then <verb>" ...;
    also returns the starts of clauses that are tasks without their own verb
    ("... and a text message"). The LRU cache is a per-request memo: the
    request's first sentence is split by the chained-asks test of the block
    classifier and again when its pieces are made."""
    parts, forced = _clauses(text, s, e)
    return tuple(parts), frozenset(forced)


def _clauses(text: str, s: int, e: int) -> tuple[list[Range], set[int]]:
    sentence = text[s:e]
    lead = strip_polite(lower_words(sentence))
    forced: set[int] = set()
    if not (
        is_instruction(sentence)
        or (lead and lead[0] in lx.QUESTION_STARTERS)
        # "pros and cons please, and if yes draft ...": an ask before a comma
        or (", " in sentence and is_instruction(sentence.split(", ", 1)[0]))
        # "From the on-call thread, extract the decisions, and label ..."
        or (
            bool(lead)
            and lead[0] in _FRAMES
            and ", " in sentence
            and is_instruction(sentence.split(", ", 2)[1])
        )
        # "excel formula to split names, oh and ...", "handover in 3 lines, and"
        or (
            _serial(sentence)
            and noun_phrase_ask(lower_words(_FIRST_PART.split(sentence, 1)[0]))
        )
        # "summary for leadership + revenue lost + are the follow-ups enough?"
        or " + " in sentence
        # "total claim, flag anything outside policy"
        or (", " in sentence and spliced_ask(sentence))
    ):
        return [(s, e)], forced  # wh-sentences may end in ", and draft ..." not "?"
    if lead and lead[0] in _PREP_VERBS:
        return [(s, e)], forced
    cuts = [s]
    # the next connector bounds a clause's words (see _splits_at): found once
    matches = list(_CONNECTOR.finditer(sentence))
    colon = sentence.find(": ")
    if colon > 0 and points_at_items(sentence[: colon + 2]):
        # "put these into the matrix: reply to the RFP, clean up Slack, ...":
        # after the colon come the items the ask points at
        # (a ";" still ends the list: "...: ops, legal, other; identify ...")
        matches = [m for m in matches if m.start() < colon or m.group(0)[0] == ";"]
    if '"' in sentence or "“" in sentence or "(" in sentence:
        quoted = _quoted_spans(sentence)
        matches = [m for m in matches if not any(a < m.start() < b for a, b in quoted)]
    for mi, m in enumerate(matches):
        verb = m.group(1).lower()
        rest = sentence[m.end() :]
        before = text[cuts[-1] : s + m.start()]
        conn = m.group(0).strip().lower()
        if conn in SHARED_VERB_CONNECTORS and shares_verb(
            lead, lower_words(before), lower_words(rest[:60])
        ):
            cuts.append(s + m.end())
            forced.add(s + m.end())
            continue
        if conn in PLUS_CONNECTORS:
            if _adds_item(conn, before, rest):
                if len(cuts) == 1 and noun_phrase_ask(
                    strip_polite(lower_words(before))
                ):
                    forced.add(s)  # "summary for leadership + ..."
                cuts.append(s + m.end())
                forced.add(s + m.end())
            if conn == "+":
                continue
        if verb[:1].isdigit():
            continue
        if m.group(0).lstrip().startswith(";"):
            nxt = rest.find(";")
            clause = (rest if nxt < 0 else rest[:nxt]).rstrip(" ?.!")
            if not (is_instruction(clause) or verb in lx.QUESTION_STARTERS):
                continue
        elif not _splits_at(
            verb,
            rest,
            before,
            m.group(0),
            matches[mi + 1].start() - m.end() if mi + 1 < len(matches) else None,
        ):
            continue
        if len(cuts) == 1 and (
            "and" in conn
            or "then" in conn
            or "plus" in conn
            or conn.startswith(";")
            or verb in DISCOURSE_FIRST
        ):
            head = strip_polite(lower_words(before))
            if noun_phrase_ask(head) and not is_elaboration(before):
                forced.add(s)  # "handover in 3 lines, and what would you do"
        elif len(cuts) == 1 and conn == "," and spliced_ask(before + ", " + rest):
            forced.add(s)  # "total claim, flag anything outside policy"
        cuts.append(s + m.end())
    if len(cuts) == 1:
        return [(s, e)], forced
    cuts.append(e)
    return [(a, b) for a, b in pairwise(cuts)], forced


_OPTIONS_HEAD = re.compile(r"\b(?:as|into|one of)\s*$", re.I)
_POINTING = re.compile(r"\b(?:these|those|the following|each of|all of)\b", re.I)
_QUOTATION = re.compile(r'"[^"\n]{3,}?"|“[^”\n]{3,}?”|\([^()\n]{3,}?\)')


def points_at_items(head: str) -> bool:
    """ "Tag each of these requests by urgency ...: (1) ... (2) ...": the
    head ends in a colon after words pointing at the items that follow,
    which are material, not asks."""
    colon = head.rfind(": ")
    if colon < 0 and head.rstrip().endswith(":"):
        colon = len(head.rstrip()) - 1
    if colon <= 0:
        return False
    # "Label each line as: continue, review, or stop": the answer's options
    return (
        _POINTING.search(head, 0, colon) is not None
        or _OPTIONS_HEAD.search(head, 0, colon) is not None
    )


def _quoted_spans(sentence: str) -> list[Range]:
    """Quoted and bracketed text ('how do I say "the invoice is overdue,
    please pay" in Spanish', "the IOCs (host, user, port)"): a connector
    inside them is their own."""
    return [m.span() for m in _QUOTATION.finditer(sentence)]


def _adds_item(conn: str, before: str, rest: str) -> bool:
    """A task added with "+" or "plus" (see :func:`added_item`)."""
    nxt = _CONNECTOR.search(rest)
    item = rest[: nxt.start()] if nxt else rest
    return added_item(
        conn, before, item, _asks(before, strip_polite(lower_words(before)))
    )


def _asks(before: str, lead: list[str]) -> bool:
    """The clause before a connector is an ask (instruction or question)."""
    return bool(lead) and (
        lead[0] in lx.QUESTION_STARTERS
        or is_instruction(before)
        or noun_phrase_ask(lead)
    )


def _splits_at(
    verb: str, rest: str, before: str, connector: str, nxt_conn: int | None
) -> bool:
    """Whether the sentence splits at ``connector``; ``rest`` runs from its
    verb to the sentence end, and the next connector (none can start inside
    the verb) starts at ``nxt_conn`` in ``rest``."""
    tail = lower_words(rest if nxt_conn is None else rest[:nxt_conn])
    if (verb == "threat" and tail[1:2] == ["model"]) or verb in ("tl", "tldr"):
        return True
    if (
        tail[:2] in (["i", "need"], ["i", "want"])
        or verb == "please"
        # "can u write ..." is the chat spelling of "can you write ..."
        or (verb in ("can", "could") and tail[1:2] in (["you"], ["u"]))
    ):
        head = strip_polite(lower_words(before))
        return is_instruction(before) or (
            bool(head) and head[0] in lx.QUESTION_STARTERS
        )
    plain_and = connector.strip().lower() == "and"
    lead = strip_polite(lower_words(before))
    marked = False
    if tail and tail[0] in DISCOURSE_FIRST:
        # "fix this, and btw what's ...": look past the discourse marker
        if len(tail) == 1:  # "..., oh and how do i ...": past its "and" too
            tail = lower_words(rest[:80])
        marked = len(strip_polite(tail)) < len(tail)
        tail = strip_polite(tail) or tail
        verb = tail[0]
    conn = connector.strip().lower()
    if marked and (verb in WH_ASK or verb in AUX):
        # "excel formula to split names, oh and how do i freeze the top row"
        return len(before.split()) >= 3
    if verb in lx.CONDITION_WORDS and verb != "when":
        # ", and if yes draft the policy", "..., and if I start in August how
        # many do I get": a conditional ask
        return conn != "," and _asks(before, lead) and asks_unmarked(rest)
    if verb in ("anything", "any") and rest.rstrip().endswith("?"):
        return "and" in conn and _asks(before, lead)  # "..., and anything to check?"
    if verb in _CONTENT_VERBS and lead and lead[0] in _COMPOSE_VERBS:
        return False  # "write the confirmation email, and say refunds take ..."
    if verb == "do" and "then" in conn and tail[1:2] in (["it"], ["that"], ["the"]):
        return True  # "write a poem about autumn, then do it in french"
    if verb in WH_ASK or verb in AUX:
        if len(before.split()) < 3 and lead[:1] and lead[0] in lx.QUESTION_STARTERS:
            return False  # "Can we, and what risks do we run?"
        serial = _serial(rest) and not _content_list(before)
        return question_follows(verb, tail, lead, conn, _asks(before, lead), serial)
    if verb in EXTRA_VERBS:
        nxt = tail[1] if len(tail) > 1 else ""
        if plain_and and verb in _COMMA_ONLY_VERBS:
            return False
        if plain_and and nxt in ("them", "it", "those", "these"):
            return False  # "list the risks and rank them": one task
        if plain_and and _noun_list(before):
            return False  # "pull the invoice number, due date, VAT and total out"
        return nxt in lx.OBJECT_STARTERS and bool(before.strip())
    if verb not in lx.TASK_VERBS or verb in _COUPLED:
        return False
    nxt = tail[1] if len(tail) > 1 else ""
    if nxt in ("and", "or") or not before.strip():
        return False
    if verb in lx.AMBIGUOUS_VERBS:
        if nxt in lx.NOT_IMPERATIVE_NEXT:
            return False
        if plain_and and nxt not in lx.OBJECT_STARTERS and not nxt.isdigit():
            return False
    if plain_and and lead and lead[0] in lx.QUESTION_STARTERS:
        # "what's the ROI if we invest X and get Y back?" is one question;
        # "how much is 23% vat on 1,480 and draft the invoice email" is not
        return (
            verb in _WRITE_VERBS
            and nxt in lx.OBJECT_STARTERS
            and not rest.rstrip().endswith("?")
        )
    if plain_and and verb in _LIGHT_VERBS and nxt in ("it", "them", "this", "that"):
        return False  # "fix the typo and make it sound confident"
    if plain_and and {"its", "their"} & set(tail[1:3]):
        return False  # "critique the thesis and identify its weakest point"
    if (
        plain_and
        and verb in lx.ELABORATION_VERBS
        and len(tail) <= 4
        and not (tail[1:2] in (["how"], ["what"]) and not BACK_REFERENCE & set(tail))
    ):
        return False  # "compare the options and recommend one"
    if plain_and and verb in _SUGGEST_VERBS and set(tail[1:4]) & _FIX_NOUNS:
        return False  # "explain what went wrong and suggest a fix"
    if plain_and and lead and lead[0] in _EDIT_VERBS and verb in _REFINE_VERBS:
        return False  # "refactor this and add type hints": one edit
    if verb in _REPORT_VERBS and lead and lead[0] in _INSPECT_VERBS:
        return False
    if plain_and and lead and lead[0] in _INSPECT_VERBS and verb in REPAIR_VERBS:
        return False  # "check this SQL for injection and fix it": one job
    if plain_and and len(tail) <= 3 and _WH & set(tail[1:]):
        return False  # "flag the risky rules and say why": an elaboration
    if plain_and and _RELATIVE.search(before) and verb not in _PRODUCING_VERBS:
        return False  # "a function that takes X and returns Y": one task
    prev = strip_polite(before.lower().split())
    if len(prev) == 1 and prev[0] in _STANDALONE_VERBS and verb != prev[0]:
        return len(tail) > 1  # "summarise and list the exclusions"
    # "write and test ...", "compare and contrast ...": one task with two verbs
    return not (len(prev) == 1 and prev[0] in lx.TASK_VERBS and "," not in connector)


def _noun_list(before: str) -> bool:
    """ "the invoice number, due date, VAT amount": the clause ends in a list
    of short noun phrases, so a noun-verb after "and" ("total") is its last item."""
    _, comma, item = before.rpartition(",")
    words_ = lower_words(item)
    return (
        bool(comma)
        and ")" not in item  # "(travel, meals, software) and total each"
        and 1 <= len(words_) <= 3
        and words_[0] not in lx.TASK_VERBS
        and words_[0] not in EXTRA_VERBS
        and words_[0] not in lx.QUESTION_STARTERS
    )


def _content_list(before: str) -> bool:
    """ "draft a note to her: received, who will investigate, and ...": the
    commas after a colon list what the deliverable says, not further asks."""
    colon = before.find(": ")
    return colon > 0 and not is_instruction(before[colon + 2 :])
