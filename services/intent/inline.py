"""Material quoted inside an instruction line, and an ask written after it.

'Translate to German: "..."' puts the text to work on in the same line as
the ask; the quote is material, not part of the task. People also go on
with a second ask after the closing quote: "does this text sound like a
scam? '...' - write a reply to the colleague", "which of these need a
doctor: 'paper cut', 'burn'? then a silly poster line", "Pull names and
emails: '...' and write a thank-you to each". That tail is instruction
text again (a task of its own, see :mod:`services.intent.tasks`); a tail
that is only courtesy or punctuation ("... ' please", "... '.") is not.
Used by :mod:`services.intent.segment`.
"""

from __future__ import annotations

import re

from services.intent import lexicon as lx
from services.intent.instruction import (
    INLINE_NUM,
    SEQUENCE_OPENERS,
    Range,
    is_instruction,
    lower_words,
    strip_polite,
)
from services.intent.sentences import sentences
from services.intent.verbless import DELIVERABLES

# (look-ahead on the first characters: a fast-failing scan, same matches)
_INLINE_MATERIAL = re.compile(r"(?=[:?a])(?:[:?]|\bas follows:?)\s*(?=[\"“'‘>])")

_CLOSERS = {'"': '"', "“": "”", "'": "'", "‘": "’"}
# A closing quote: not an apostrophe inside a word ("won't", "Dev's").
_CLOSE = {q: re.compile(re.escape(q) + r"(?![A-Za-z])") for q in set(_CLOSERS.values())}
_JOINS = frozenset(lx.words("then and also plus now"))


def inline_material(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """For the line ``text[s:e]``: (start of the quoted material, its end,
    start of the ask after it or ``e``), or None when the line quotes no
    material."""
    lead = _leading_quote(text, s, e)
    if lead is not None:
        return lead
    start = _material_start(text, s, e)
    if start is None:
        return None
    end = _quote_end(text, start, e)
    if end is None:
        return start, e, e
    tail = _ask_after(text, end, e)
    return (start, end, tail) if tail is not None else (start, e, e)


def _leading_quote(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """'"Unless payment is received ..." - what's the tone of this letter?':
    a line that opens with a quotation and asks after it."""
    start = s
    while start < e and text[start] in " \t":
        start += 1
    if start >= e or text[start] not in _CLOSERS:
        return None
    end = _quote_end(text, start, e)
    if end is None or end - start < 12:
        return None
    tail = _ask_after(text, end, e)
    return (start, end, tail) if tail is not None else None


def _ask_after(text: str, end: int, e: int) -> int | None:
    """Start of an ask written after a closing quote at ``end`` (past the
    punctuation that closes the quoted sentence), or None."""
    tail = end
    while tail < e and text[tail] in " ?!.,;:-–—\t":
        tail += 1
    return tail if tail < e and _asks(text[tail:e]) else None


def _quote_end(text: str, start: int, e: int) -> int | None:
    """End of the last closing quote of the quoted material at ``start``."""
    closer = _CLOSERS.get(text[start])
    if closer is None:
        return None
    last = None
    for m in _CLOSE[closer].finditer(text, start + 1, e):
        last = m
    return last.end() if last else None


def _asks(tail: str) -> bool:
    """ "write a reply to ...", "then a silly poster line ...", "and what
    makes a passphrase stronger": an ask of its own, not "please"."""
    words = lower_words(tail)
    while words and words[0] in _JOINS:
        words = words[1:]
    if words[:2] in SEQUENCE_OPENERS:
        words = words[2:]  # "Once done, add them to a reminder email."
    words = strip_polite(words)
    if len(words) < 2:
        return False
    if words[0] in ("a", "an", "another"):
        return bool(set(words[1:5]) & DELIVERABLES)
    if words[1] == "as":
        return False  # "Classify as formal, neutral or casual.": the answer's form
    return words[0] in lx.QUESTION_STARTERS or is_instruction(" ".join(words))


def _material_start(text: str, s: int, e: int) -> int | None:
    """'Translate to German: "..."' -> offset where the quoted material starts."""
    m = _INLINE_MATERIAL.search(text, s, e)
    if m and text[s:e].rstrip().endswith(("'?", '"?', "”?", "’?")):
        m = None  # the quote is part of a question: "What is wrong with 'x'?"
    if m and m.start() > s:
        head = text[s : m.start()]
        head_words = strip_polite(lower_words(head))
        if is_instruction(head) or (
            head_words and head_words[0] in lx.QUESTION_STARTERS
        ):
            return m.end()
    colon = text.find(": ", s, e)
    if colon > s:
        head = text[s:colon]
        rest = text[colon + 2 : e]
        head_set = set(lower_words(head))
        if (
            ";" not in rest
            and not INLINE_NUM.search(rest)
            and len(rest.split()) >= 8
            and head_set & lx.REFERENCE_WORDS
            and is_instruction(head)
            and not any(
                is_instruction(text[a:b]) for a, b in sentences(text, colon + 2, e)
            )
        ):
            return colon + 2
    return None


__all__ = ["Range", "inline_material"]
