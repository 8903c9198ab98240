"""What reads like an instruction, and where a sentence splits into clauses.

A sentence is cut at a coordinating connector (", and then <verb>", "; ",
" plus ", ", and if yes ...") where a new imperative or question starts;
whether a second *question* starts there is decided by
:mod:`services.intent.questions`. Also here: what refines the task before
it instead of adding one ("Explain your reasoning.", "pros and cons
please"). :mod:`services.intent.tasks` turns the clauses into tasks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from services.intent import lexicon as lx
from services.intent.lexicon import words
from services.intent.questions import (
    AUX,
    WH_ASK,
    condition_main,
    noun_phrase_ask,
    question_follows,
    unmarked_question,
)
from services.intent.verbless import (
    PLUS_CONNECTORS,
    SHARED_VERB_CONNECTORS,
    added_item,
    shares_verb,
    spliced_ask,
)

Range = tuple[int, int]

# Chat discourse markers in front of a second ask ("..., and btw what's X").
_DISCOURSE = ("btw", "by the way", "oh", "oh and", "separately", "unrelated",
              "one more thing", "also can you", "and btw")  # fmt: skip

_DISCOURSE_FIRST = frozenset(p.split()[0] for p in _DISCOURSE)

_POLITE_BY_FIRST: dict[str, list[list[str]]] = {}
for _prefix in sorted(
    (*lx.POLITE_PREFIXES, *_DISCOURSE), key=lambda p: -len(p.split())
):
    _POLITE_BY_FIRST.setdefault(_prefix.split()[0], []).append(_prefix.split())


LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-h]\)|[-*•]|[a-h][.)])\s+")

# Inline enumerations: "(1) ... (2) ...", "(a) ... (b) ...", "1) ... 2) ...".
INLINE_NUM = re.compile(r"(?m)(?:^|\s)(?:\(\d{1,2}\)|\([a-h]\)|\d{1,2}\))\s+")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’;-]*")

# The leading whitespace of the word connectors is factored out of their
# alternatives (same matches, same preference order: every alternative starts
# with a letter, so a shorter "\s+" can never succeed where the longest
# failed); spelled out per alternative it made the scan ~3x slower.
# A later ", and <word>" makes the commas before it list separators:
# "what's a pension transfer, should i merge them, and write to ...".
_SERIAL = re.compile(r"(?:,|\s-)\s*(?:and|then|oh and)\s")
_FIRST_PART = re.compile(r",|\s-\s")

_CONNECTOR = re.compile(
    r"(?:,\s*(?:and\s+then|and\s+also|and\s+separately|and\s+additionally|"
    r"and\s+finally|and\s+after\s+that|and|then|also|plus)?|\s[-–—]\s*and|"
    r";\s*(?:and\s+|then\s+)?|\s+(?:and\s+then|and\s+also|and\s+after\s+that,?|"
    r"and|then|plus|as\s+well\s+as|after\s+that,?)|\s\+)\s+(?=([A-Za-z0-9][\w'’-]*))",
    re.I,
)

_RELATIVE = re.compile(r"\b(?:that|which|who|function|program|script|method)\b", re.I)

_ELABORATION_CUES = frozenset(
    words(
        """
        reasoning thinking through sides answer why step conclude one briefly
        example examples reasons trade-offs tradeoffs recommendation
        counter-argument counterargument call
        """
    )
)
_THROUGH = [[w, "through"] for w in ("work", "reason", "think", "walk", "talk")]
# Where an answer is looked up, not a new task: "check the IAM standard".
_WHERE = frozenset(
    words("handbook wiki playbook confluence intranet docs documentation standard")
)

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

_FOLLOW_UPS = [["what", "should"], ["what", "do"], ["what", "would"], ["how", "should"],
               ["why", "is"], ["why", "does"], ["what", "else"]]  # fmt: skip

_BACK_REFERENCE = frozenset(words("it this that we they them those these"))

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

_CSV_HEAD = re.compile(r"\w,\w")

_REPAIR_VERBS = frozenset(words("fix correct repair patch resolve improve"))

_WH = frozenset(words("why how"))

_SHORT_CONDITION = frozenset(words("so yes not no needed necessary true possible"))

# Imperatives missing from the shared lexicon; like ambiguous verbs they need
# an object ("total each category").
_EXTRA_VERBS = frozenset(
    words(
        """
        total tally mark log redraft recalculate advise text rank group sort
        categorise categorize
        """
    )
)
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

# What a written deliverable should say: "draft the email and mention X".
_CONTENT_VERBS = frozenset(words("say mention stress note include"))

_COUPLED = frozenset(words("run test execute verify validate send share forward"))


# The segmenter asks for the words and sentences of the same line or clause
# several times per request; the small LRU caches below act as a per-request
# memo (sized above one request's distinct keys, far below a stream's). The
# returned lists are shared: callers must not mutate them.
@lru_cache(maxsize=64)
def lower_words(s: str) -> list[str]:
    # Lowering the whole string first is faster (one C call) and, for ASCII,
    # identical; non-ASCII lowering can change lengths ("İ"), so it keeps the
    # per-word path.
    if s.isascii():
        return _WORD.findall(s.lower())
    return [w.lower() for w in _WORD.findall(s)]


def strip_polite(tokens: list[str]) -> list[str]:
    """Drop greetings, politeness and discourse markers in front of a verb."""
    while tokens:
        for parts in _POLITE_BY_FIRST.get(tokens[0], ()):
            if len(tokens) > len(parts) and tokens[: len(parts)] == parts:
                tokens = tokens[len(parts) :]
                break
        else:
            return tokens
    return tokens


@lru_cache(maxsize=4096)
def is_instruction(sentence: str) -> bool:
    """True when ``sentence`` reads like a request: imperative, question or
    polite ask ("please ...", "I need ...")."""
    mark = LIST_MARK.match(sentence)  # (anchored: what sub(count=1) removed)
    s = (sentence[mark.end() :] if mark else sentence).strip()
    if not s:
        return False
    raw = lower_words(s)
    head = s.split(None, 1)[0]
    if not raw or (head.endswith(":") and raw[0] not in lx.POLITE_FIRST):
        return False  # "Name: ...", "Note: ..." label a field
    if any(c.isdigit() for c in head):
        return False  # "14:02 deploy start", "3 ideas ..." are log lines/data
    if raw[0] in lx.CONDITION_WORDS and ", " in s:
        # "If it is, draft a warning": the main clause after the condition
        return is_instruction(s.split(", ", 1)[1])
    if raw[0] in lx.CONDITION_WORDS and raw[1:2] and raw[1] in _SHORT_CONDITION:
        # "if so draft the reply", "if yes write to the user"
        rest = s.split(None, 2)
        return len(rest) > 2 and is_instruction(rest[2])
    if _CSV_HEAD.search(head):
        return False  # "name,email,phone" is a table header
    words = strip_polite(raw)
    if words[0] in ("tl;dr", "tldr") or words[:2] == ["threat", "model"]:
        return True
    if raw[-1] == "please" and len(raw) > 2:
        return True  # "Highlights of the report, please."
    polite = len(words) < len(raw) and raw[0] in lx.REQUEST_PREFIXES
    first = words[0]
    if s.rstrip().endswith("?"):
        return True
    if words[:2] in (["i", "need"], ["i", "want"], ["i'd", "like"], ["we", "need"]):
        return True
    if first in _EXTRA_VERBS:
        return (len(words) > 1 and words[1] in lx.OBJECT_STARTERS) or polite
    if first in lx.TASK_VERBS:
        if first in lx.AMBIGUOUS_VERBS:
            rest = s.split(None, 2)  # the first two words are all that is read
            nxt_raw = rest[1] if len(rest) > 1 and rest[0].lower() == first else ""
            nxt = words[1] if len(words) > 1 else ""
            if nxt in lx.NOT_IMPERATIVE_NEXT or any(c.isdigit() for c in nxt_raw):
                return polite
            return bool(nxt) or polite
        return True
    if words[0] in lx.QUESTION_STARTERS and "?" in s:
        return True
    return polite


def clauses(text: str, s: int, e: int) -> tuple[list[Range], set[int]]:
    """Split one sentence at ", and <verb>", "; <verb>", " then <verb>" ...;
    also returns the starts of clauses that are tasks without their own verb
    ("... and a text message")."""
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
            _SERIAL.search(sentence) is not None
            and noun_phrase_ask(lower_words(_FIRST_PART.split(sentence, 1)[0]))
        )
        # "summary for leadership + revenue lost + are the follow-ups enough?"
        or " + " in sentence
        # "total claim, flag anything outside policy"
        or (", " in sentence and _spliced(sentence))
    ):
        return [(s, e)], forced  # wh-sentences may end in ", and draft ..." not "?"
    if lead and lead[0] in _PREP_VERBS:
        return [(s, e)], forced
    cuts = [s]
    for m in _CONNECTOR.finditer(sentence):
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
        elif not _splits_at(verb, rest, before, m.group(0)):
            continue
        if len(cuts) == 1 and (
            "and" in conn or "then" in conn or verb in _DISCOURSE_FIRST
        ):
            head = strip_polite(lower_words(before))
            if noun_phrase_ask(head) and not is_elaboration(before):
                forced.add(s)  # "handover in 3 lines, and what would you do"
        elif len(cuts) == 1 and conn == "," and _spliced(before + ", " + rest):
            forced.add(s)  # "total claim, flag anything outside policy"
        cuts.append(s + m.end())
    if len(cuts) == 1:
        return [(s, e)], forced
    cuts.append(e)
    return [(a, b) for a, b in pairwise(cuts)], forced


_COUNT = re.compile(r"\d{1,3} [A-Za-z]")  # "+ 10 quiz questions"

_INDEFINITE = frozenset(words("anything everything something anyone everyone"))


def _spliced(sentence: str) -> bool:
    """A named deliverable, a bare comma, then an imperative: "percent used
    per line, draft a heads-up to the CMO" (see :func:`spliced_ask`)."""
    first, _, rest = sentence.partition(", ")
    if any(c in first for c in ":'\"‘“"):
        return False  # "dates only: 'kickoff 4 Sep, design review ...'"
    head = lower_words(rest[:40])
    return (
        len(head) > 1
        and (head[0] in lx.TASK_VERBS or head[0] in _EXTRA_VERBS)
        and (head[1] in lx.OBJECT_STARTERS or head[1] in _INDEFINITE)
        and spliced_ask(strip_polite(lower_words(first)))
    )


def _adds_item(conn: str, before: str, rest: str) -> bool:
    """A task added with "+" or "plus" (see :func:`added_item`)."""
    nxt = _CONNECTOR.search(rest)
    item = rest[: nxt.start()] if nxt else rest
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if item[:1].isdigit() and (
        not _COUNT.match(item) or any(c.isdigit() for c in last)
    ):
        return False  # "650 upfront + 10/month", "850 + 150 per class": sums
    if before.count("(") > before.count(")"):
        return False  # "as Jira tickets (title + description)"
    head = strip_polite(lower_words(before))
    return added_item(
        conn,
        _asks(before, head) or bool(head and head[-1] == "please"),
        noun_phrase_ask(head),
        lower_words(item),
        item[:1].isdigit(),
    )


def _asks(before: str, lead: list[str]) -> bool:
    """The clause before a connector is an ask (instruction or question)."""
    return bool(lead) and (
        lead[0] in lx.QUESTION_STARTERS
        or is_instruction(before)
        or noun_phrase_ask(lead)
    )


def _splits_at(verb: str, rest: str, before: str, connector: str) -> bool:
    nxt_conn = _CONNECTOR.search(rest, len(verb))
    tail = lower_words(rest[: nxt_conn.start()] if nxt_conn else rest)
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
    if tail and tail[0] in _DISCOURSE_FIRST:
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
    if verb in _CONTENT_VERBS and lead and lead[0] in _WRITE_VERBS:
        return False  # "write the confirmation email, and say refunds take ..."
    if verb == "do" and "then" in conn and tail[1:2] in (["it"], ["that"], ["the"]):
        return True  # "write a poem about autumn, then do it in french"
    if verb in WH_ASK or verb in AUX:
        if len(before.split()) < 3 and lead[:1] and lead[0] in lx.QUESTION_STARTERS:
            return False  # "Can we, and what risks do we run?"
        serial = _SERIAL.search(rest) is not None and not _content_list(before)
        return question_follows(verb, tail, lead, conn, _asks(before, lead), serial)
    if verb in _EXTRA_VERBS:
        nxt = tail[1] if len(tail) > 1 else ""
        if plain_and and verb in _COMMA_ONLY_VERBS:
            return False
        if plain_and and nxt in ("them", "it", "those", "these"):
            return False  # "list the risks and rank them": one task
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
        and not (tail[1:2] in (["how"], ["what"]) and not _BACK_REFERENCE & set(tail))
    ):
        return False  # "compare the options and recommend one"
    if plain_and and verb in _SUGGEST_VERBS and set(tail[1:4]) & _FIX_NOUNS:
        return False  # "explain what went wrong and suggest a fix"
    if plain_and and lead and lead[0] in _EDIT_VERBS and verb in _REFINE_VERBS:
        return False  # "refactor this and add type hints": one edit
    if verb in _REPORT_VERBS and lead and lead[0] in _INSPECT_VERBS:
        return False
    if plain_and and lead and lead[0] in _INSPECT_VERBS and verb in _REPAIR_VERBS:
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


def _content_list(before: str) -> bool:
    """ "draft a note to her: received, who will investigate, and ...": the
    commas after a colon list what the deliverable says, not further asks."""
    colon = before.find(": ")
    return colon > 0 and not is_instruction(before[colon + 2 :])


def is_elaboration(sentence: str) -> bool:
    """ "Explain your reasoning." / "Pick one." refine the previous task."""
    if LIST_MARK.match(sentence):
        return False
    words = strip_polite(lower_words(sentence))
    if sentence.rstrip().endswith("?") and (
        len(words) <= 2
        or (
            len(words) <= 5
            and words[:2] in _FOLLOW_UPS
            and bool(_BACK_REFERENCE & set(words))
        )
    ):
        return True  # "Why?", "What should we do?" after a question
    if words[:1] in (["list"], ["rank"], ["sort"]) and (
        words[1:2] == ["them"] or words[1:] == ["it"]
    ):
        return True  # "list them by severity", "... ? list it"
    if len(words) <= 8 and (
        words[:1] in (["weigh"], ["justify"]) or words[:2] in _THROUGH
    ):
        return True  # "Weigh up the risk vs the cost", "Work through it"
    if words[:3] in (["pros", "and", "cons"], ["pros", "cons"]) and len(words) <= 5:
        return True  # "pros and cons please" after a question
    if len(words) <= 7 and words[:1] in (["check"], ["look"]) and _WHERE & set(words):
        return True  # "check the travel handbook": where to find the answer
    if (
        1 < len(words) <= 3
        and words[0] in _REPAIR_VERBS
        and set(words[1:]) <= _BACK_REFERENCE
    ):
        return True  # "this never returns the user, why? fix it"
    if not words or words[0] not in lx.ELABORATION_VERBS:
        return False
    return len(words) <= 3 or bool(_ELABORATION_CUES & set(words))


def asks_unmarked(clause: str) -> bool:
    """A question without its "?" after another piece, or a conditional ask:
    "and what's the max fee increase", "if I start on 1 August how many do I
    get", "if yes draft the letter"."""
    end = clause.rstrip()
    if end.endswith((".", ",", ";", " and")):
        # "What's missing is the announcement itself." states; "(1) how
        # exposed are we, (2) ..." enumerates the parts of one ask
        return False
    tokens = strip_polite(lower_words(clause))
    if unmarked_question(tokens):
        return True
    if not tokens or tokens[0] not in lx.CONDITION_WORDS:
        return False
    comma = clause.find(", ")
    if comma > 0 and (
        unmarked_question(strip_polite(lower_words(clause[comma + 2 :])))
        or is_instruction(clause[comma + 2 :])  # "and if it is, write the warning"
    ):
        return True
    main = condition_main(tokens)
    return main is not None and (
        unmarked_question(main) or is_instruction(" ".join(main))
    )
