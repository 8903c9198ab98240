"""What a piece of instruction text reads like: an ask, a refinement of the
ask before it, or a question whose "?" was left out.

An ask is an imperative ("draft the reply"), a question, or a polite
request ("please ...", "I need ..."); a refinement ("Explain your
reasoning.", "pros and cons please") adds no task of its own. These tests
run on single sentences and clauses; :mod:`services.intent.clauses` uses
them to decide where a sentence splits, :mod:`services.intent.tasks` to
decide what each piece is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.intent import lexicon as lx
from services.intent.lexicon import words
from services.intent.questions import condition_main, unmarked_question

Range = tuple[int, int]

# Chat discourse markers in front of a second ask ("..., and btw what's X").
_DISCOURSE = ("btw", "by the way", "oh", "oh and", "separately", "unrelated",
              "one more thing", "also can you", "and btw")  # fmt: skip

DISCOURSE_FIRST = frozenset(p.split()[0] for p in _DISCOURSE)

_POLITE_BY_FIRST: dict[str, list[list[str]]] = {}
for _prefix in sorted(
    (*lx.POLITE_PREFIXES, *_DISCOURSE), key=lambda p: -len(p.split())
):
    _POLITE_BY_FIRST.setdefault(_prefix.split()[0], []).append(_prefix.split())


LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-h]\)|[-*•]|[a-h][.)])\s+")

# Inline enumerations: "(1) ... (2) ...", "(a) ... (b) ...", "1) ... 2) ...".
INLINE_NUM = re.compile(r"(?m)(?:^|\s)(?:\(\d{1,2}\)|\([a-h]\)|\d{1,2}\))\s+")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’;-]*")
# _WORD for ASCII text: without "’" its class is a bitmap, far cheaper per
# character than the mixed set the regex engine walks item by item
_ASCII_WORD = re.compile(r"[a-z][a-z';-]*")

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

_FOLLOW_UPS = [["what", "should"], ["what", "do"], ["what", "would"], ["how", "should"],
               ["why", "is"], ["why", "does"], ["what", "else"], ["how", "would"],
               ["which", "would"]]  # fmt: skip
# "What would you do?", "How would you decide?": asking for the verdict on the
# question just asked
_YOUR_CALL = [
    ["what", "would", "you"],
    ["how", "would", "you"],
    ["which", "would", "you"],
]

BACK_REFERENCE = frozenset(words("it this that we they them those these"))


_CSV_HEAD = re.compile(r"\w,\w")

REPAIR_VERBS = frozenset(words("fix correct repair patch resolve improve"))

_SHORT_CONDITION = frozenset(words("so yes not no needed necessary true possible"))

# Imperatives missing from the shared lexicon; like ambiguous verbs they need
# an object ("total each category").
EXTRA_VERBS = frozenset(
    words(
        """
        total tally mark log redraft recalculate advise text rank group sort
        categorise categorize
        """
    )
)


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
        return _ASCII_WORD.findall(s.lower())
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


# Openers that put an ask in order: "Before that, compute ...", "Once done, add ..."
SEQUENCE_OPENERS = (
    ["before", "that"],
    ["after", "that"],
    ["once", "done"],
    ["when", "done"],
    ["once", "finished"],
)

# Words aligned in columns by runs of spaces (kubectl, ps, df output)
_COLUMNS = re.compile(r"\S {3,}\S+ {3,}\S")


@lru_cache(maxsize=4096)
def is_instruction(sentence: str) -> bool:
    """True when ``sentence`` reads like a request: imperative, question or
    polite ask ("please ...", "I need ...")."""
    mark = LIST_MARK.match(sentence)  # (anchored: what sub(count=1) removed)
    s = (sentence[mark.end() :] if mark else sentence).strip()
    if not s:
        return False
    if "   " in s and _COLUMNS.search(s):
        return False  # "NAME      READY   STATUS": a table's header or row
    raw = lower_words(s)
    head = s.split(None, 1)[0]
    if not raw or (head.endswith(":") and raw[0] not in lx.POLITE_FIRST):
        return False  # "Name: ...", "Note: ..." label a field
    # (a word of letters only, most first words, has no digit: one C call)
    if not head.isalpha() and any(c.isdigit() for c in head):
        return False  # "14:02 deploy start", "3 ideas ..." are log lines/data
    if raw[0] in lx.CONDITION_WORDS and ", " in s:
        # "If it is, draft a warning": the main clause after the condition
        return is_instruction(s.split(", ", 1)[1])
    if raw[:2] in SEQUENCE_OPENERS and ", " in s[:16]:
        # "Before that, compute the monthly payment": an ask put in order
        return is_instruction(s.split(", ", 1)[1])
    if raw[0] in lx.CONDITION_WORDS and raw[1:2] and raw[1] in _SHORT_CONDITION:
        # "if so draft the reply", "if yes write to the user"
        rest = s.split(None, 2)
        return len(rest) > 2 and is_instruction(rest[2])
    if "," in head and _CSV_HEAD.search(head):  # (the cheap test first)
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
    if first in EXTRA_VERBS:
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


def is_elaboration(sentence: str) -> bool:
    """ "Explain your reasoning." / "Pick one." refine the previous task."""
    words = strip_polite(lower_words(sentence))
    asked = sentence.rstrip().endswith("?")
    if not asked and (not words or words[0] not in _ELABORATION_FIRST):
        return False  # every rule below but the first needs one of these
    if LIST_MARK.match(sentence):
        return False  # (tested second: both say False, the above is cheaper)
    if (
        asked
        and (
            len(words) <= 2
            or (
                len(words) <= 5
                and lower_words(sentence)[:1] not in (["also"], ["plus"])  # a new ask
                and words[:2] in _FOLLOW_UPS
                and (bool(BACK_REFERENCE & set(words)) or words[:3] in _YOUR_CALL)
            )
        )
    ):
        return True  # "Why?", "What should we do?" after a question
    if words[:1] in (["list"], ["rank"], ["sort"]) and (
        words[1:2] == ["them"] or words[1:] == ["it"]
    ):
        return True  # "list them by severity", "... ? list it"
    if len(words) <= 8 and (
        words[:1] in (["weigh"], ["justify"])
        or words[:2] in _THROUGH
        or words[:2] == ["think", "about"]
    ):
        return True  # "Weigh up the risk vs the cost", "think about morale vs cost"
    if words[:3] in (["pros", "and", "cons"], ["pros", "cons"]) and len(words) <= 5:
        return True  # "pros and cons please" after a question
    if len(words) <= 7 and words[:1] in (["check"], ["look"]) and _WHERE & set(words):
        return True  # "check the travel handbook": where to find the answer
    if (
        1 < len(words) <= 3
        and words[0] in REPAIR_VERBS
        and set(words[1:]) <= BACK_REFERENCE
    ):
        return True  # "this never returns the user, why? fix it"
    if not words or words[0] not in lx.ELABORATION_VERBS:
        return False
    return len(words) <= 3 or bool(_ELABORATION_CUES & set(words))


_FORMAT_VERBS = frozenset(words("return give put format output present lay arrange"))
_FORMAT_NOUNS = frozenset(
    words(
        """json table csv bullets bullet list markdown yaml xml iso key key-value
        lines spreadsheet format"""
    )
)
_RESULT_NOUNS = frozenset(words("results result answer answers output findings"))


def shapes_output(words_: list[str]) -> bool:
    """ "give them back as JSON", "put them in ISO format", "return a table with
    the line and the category": how to hand back what the task before asked
    for, not a new ask (an independent author wrote these as one task in
    every case, and no corpus splits them off)."""
    if not words_ or words_[0] not in _FORMAT_VERBS or len(words_) > 14:
        return False
    rest = words_[1:]
    if rest[:1] in (["me"], ["us"]):
        rest = rest[1:]
    if not rest:
        return False
    if rest[0] in ("a", "an"):
        # "a table with the line and the category", not "a list of the risks"
        return rest[1:2] != [] and rest[1] in _FORMAT_NOUNS and rest[2:3] != ["of"]
    refers = (
        rest[0] in BACK_REFERENCE
        or rest[0] in ("back", "everything", "all")
        or (rest[0] == "the" and rest[1:2] != [] and rest[1] in _RESULT_NOUNS)
    )
    # the format ends the clause: "... into a list with reminders a week
    # before" adds content, a new task
    return refers and bool(set(rest[-3:]) & _FORMAT_NOUNS)


# The first words of every elaboration that does not end in "?".
_ELABORATION_FIRST = (
    frozenset(words("list rank sort weigh justify pros check look"))
    | {w for w, _ in _THROUGH}
    | REPAIR_VERBS
    | lx.ELABORATION_VERBS
)


def asks_unmarked(clause: str) -> bool:
    """A question without its "?" after another piece, or a conditional ask:
    "and what's the max fee increase", "if I start on 1 August how many do I
    get", "if yes draft the letter"."""
    tokens = strip_polite(lower_words(clause))
    conditional = bool(tokens) and tokens[0] in lx.CONDITION_WORDS
    end = clause.rstrip()
    if end.endswith((",", ";", " and")) or (end.endswith(".") and not conditional):
        # "What's missing is the announcement itself." states; "(1) how
        # exposed are we, (2) ..." enumerates the parts of one ask; "if so
        # draft a letter." still asks
        return False
    if unmarked_question(tokens):
        return True
    if not conditional:
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
