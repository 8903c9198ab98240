"""Sentence spans of instruction text.

A sentence ends at ".", "!" or "?" before a capital or a digit, as in edited
prose. Chat writes the next sentence in lower case too: after "?"/"!" any
lower-case start is a break ("is this phishing? if so draft ..."), and after
"." a lower-case start is a break when its first word opens an ask or joins
one on ("Lucas forwarded this. can you ...", "... pytest. also what's ...").
Other lower-case words after "." ("approx. two", "vs. last year") are read
as the same sentence. Used by :mod:`services.intent.clauses` and
:mod:`services.intent.segment`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from services.intent import lexicon as lx

Range = tuple[int, int]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’;-]*")

# (The shared look-behind is factored out of both alternatives: same matches,
# and the scan fails fast at every position not after ".", "!" or "?".)
_SENT_END = re.compile(
    r"(?<=[.!?])(?:[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9¿¡À-ÖØ-Þ])|\s+(?=[a-zß-öø-ÿ]))"
)
# The same breaks found from the punctuation mark itself (a match starts one
# character earlier): a leading literal class lets the regex engine jump from
# mark to mark instead of testing the look-behind at every position. Only a
# break right at the start of a span, after a mark just before it, needs the
# look-behind form (see :func:`_sentence_breaks`).
_SENT_MARK = re.compile(
    r"[.!?](?:[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9¿¡À-ÖØ-Þ])|\s+(?=[a-zß-öø-ÿ]))"
)

_BARE_MARK = re.compile(r"\s*(?:\d{1,2}|[a-h])[.)]")

# Lower-case words that open a new sentence after ".": asks, connectors and
# discourse markers of chat ("... a month. how much ...", "... . also ...").
_OPENERS_AFTER_STOP = (
    lx.QUESTION_STARTERS
    | lx.POLITE_FIRST
    | lx.TASK_VERBS
    | frozenset(lx.words("btw oh thanks thank thx what's"))
) - {"i"}  # "... a voucher. i want my money back": the complaint goes on


def _sentence_breaks(text: str, s: int, e: int) -> Iterator[Range]:
    """(start, end) of every ``_SENT_END`` match in ``text[s:e]``, in order."""
    pos = s
    if s and text[s - 1] in ".!?":
        first = _SENT_END.match(text, s, e)
        if first:
            yield first.span()
            pos = first.end()
    for m in _SENT_MARK.finditer(text, pos, e):
        yield m.start() + 1, m.end()


@lru_cache(maxsize=32)
def sentences(text: str, s: int, e: int) -> tuple[Range, ...]:
    """Sentence spans of ``text[s:e]``. The LRU cache is a per-request memo:
    the segmenter asks for the same line's sentences several times. The
    returned tuple is shared."""
    return tuple(_sentence_spans(text, s, e))


@lru_cache(maxsize=32)
def first_sentence(text: str, s: int, e: int) -> Range:
    """``sentences(text, s, e)[0]`` for a non-empty span, without splitting
    the rest (a pasted paragraph's first line is often a long one). Cached
    like :func:`sentences`: a block's first line is asked for by the block
    classifier and again by the chained-asks test."""
    return next(_sentence_spans(text, s, e))


def _inside_quote(text: str, before: str, at: int, e: int) -> bool:
    """The stop falls inside a short quotation that opened mid-sentence and
    closes later on the same line ('How do you say "Are you in pain? Point to
    where it hurts" in Arabic?'): the quoted sentences are one phrase. Quoted
    material after a colon stays sentences of its own (it is pasted text)."""
    if '"' in before and before.count('"') % 2:
        opened, close = before.rfind('"'), text.find('"', at, e)
    elif "“" in before and before.count("“") > before.count("”"):
        opened, close = before.rfind("“"), text.find("”", at, e)
    else:
        return False
    if close <= at or "\n" in text[at:close]:
        return False  # the stop ends the quotation ('... notice." How ...')
    lead = before[:opened].rstrip()
    return bool(lead) and lead[-1] != ":" and len(before) - opened + close - at <= 150


def _sentence_spans(text: str, s: int, e: int) -> Iterator[Range]:
    start = s
    for at, end in _sentence_breaks(text, s, e):
        before = text[start:at]
        if not before.strip():
            start = end  # only the space after the line's previous stop
            continue
        tail = before.rsplit(None, 1)
        last = tail[-1].rstrip(".").lower() if tail else ""
        if last in lx.ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if _BARE_MARK.fullmatch(before):
            continue  # "1. Write ..." is a list marker, not a sentence
        if _inside_quote(text, before, at, e):
            continue  # 'How do you say "Are you in pain? Point to ..." in Arabic?'
        if text[end].islower():
            nxt = _WORD.match(text, end)
            word = nxt.group().lower() if nxt else ""
            if text[at - 1] == ".":
                if word not in _OPENERS_AFTER_STOP:
                    continue  # "approx. two", "vs. last year"
            elif text[at - 1] == "?" and word in lx.QUESTION_STARTERS:
                continue  # "what's going on? is this an attack?": one ask
        yield start, at
        start = end
    if start < e:
        yield start, e
