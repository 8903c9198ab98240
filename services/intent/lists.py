"""Lists in a request: which list items are asks, and which are material.

A list under "Three things:" or "Please do the following:" is a list of
asks; a list under a question that points at it ("which of these are
bugs?") or under a heading of notes ("Notes - relaunch sync") is what the
ask operates on. A short heading over imperative items ("Onboarding week")
is context they share. Used by :mod:`services.intent.segment`.
"""

from __future__ import annotations

from itertools import pairwise

from services.intent import lexicon as lx
from services.intent.instruction import (
    LIST_MARK,
    Range,
    is_instruction,
    lower_words,
)
from services.intent.sentences import sentences


def headings(text: str, instr: list[Range]) -> list[Range]:
    """A heading line ("Onboarding week") over imperative list items is
    shared context of the items, not part of the first one."""
    out = []
    for (s, e), (ns, ne) in pairwise(instr):
        line = text[s:e]
        if (
            not LIST_MARK.match(line)
            and LIST_MARK.match(text[ns:ne])
            and len(line.split()) <= 8
            and not is_instruction(line)
            and not set(lower_words(line)) & lx.ASK_NOUNS
            and is_instruction(text[ns:ne])
        ):
            out.append((s, e))
    return out


def header_before_list(text: str, lines: list[Range], i: int) -> bool:
    """ "Please do the following:" followed by imperative list items."""
    if i + 1 >= len(lines):
        return False
    nxt = text[lines[i + 1][0] : lines[i + 1][1]]
    if not LIST_MARK.match(nxt):
        return False
    if _imperative_items(text, lines, i):
        return True
    header = text[lines[i][0] : lines[i][1]].rstrip()
    # only announcers ("Three things:", "Can you help with:"); "Classify each
    # ticket:" is followed by the data it operates on
    return header.endswith(":") and bool(set(lower_words(header)) & lx.ASK_NOUNS)


def _imperative_items(text: str, lines: list[Range], i: int) -> bool:
    """The list after line ``i`` reads as asks: its first item is one and,
    in a longer list, at least half are ("- design signed off hero + nav"
    among notes like "- Priya: copy due Wed" is a note, not an ask)."""
    items: list[Range] = []
    for r in lines[i + 1 :]:
        if not LIST_MARK.match(text[r[0] : r[1]]):
            break
        items.append(r)
    if quoted_item(text, items[0]):
        return False  # '- "Can I get a sick note?"': a quoted message, material
    if not any(is_instruction(text[a:b]) for a, b in sentences(text, *items[0])):
        return False
    if len(items) < 4:
        return True
    asks = sum(is_instruction(text[a:b]) for a, b in items)
    return 2 * asks >= len(items)


_QUOTES = "\"“‘'«„"


def quoted_item(text: str, item: Range) -> bool:
    """The list item is a quotation ('- "Can I get a sick note?"')."""
    line = text[item[0] : item[1]]
    mark = LIST_MARK.match(line)
    return mark is not None and line[mark.end() : mark.end() + 1] in _QUOTES


_POINTERS = frozenset(lx.words("these those them following below each"))


def asks_about_list(text: str, lines: list[Range], i: int) -> bool:
    """ "which of these are bugs, and which should we do first?" over a list:
    the items are what the question is about (material), even the ones that
    read like imperatives ("- add SSO")."""
    line = text[lines[i][0] : lines[i][1]].rstrip()
    return (
        line.endswith("?")
        and not LIST_MARK.match(line)  # a question that is itself an item
        and i + 1 < len(lines)
        and LIST_MARK.match(text[lines[i + 1][0] : lines[i + 1][1]]) is not None
        and bool(_POINTERS & set(lower_words(line)))
    )
