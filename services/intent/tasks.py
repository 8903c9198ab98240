"""How instruction text becomes ordered tasks.

Instruction text is cut into units (lines, inline "(1) ... (2)" items),
sentences and coordinated clauses (see :mod:`services.intent.clauses`);
each piece is a *task*, an *elaboration* of the task before it ("Explain
your reasoning."), a *chat* turn of its own ("thanks btw, you've been
great", see :mod:`services.intent.turns`) or *other* text. Other text joins
the next task, except before the first one, where it is context that all
the tasks share ("Lucas forwarded this. can you ..."), and after the last,
where it joins the last task.
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.intent import lexicon as lx
from services.intent.clauses import clauses, points_at_items
from services.intent.followups import adds_ask
from services.intent.instruction import (
    INLINE_NUM,
    LIST_MARK,
    Range,
    asks_unmarked,
    is_elaboration,
    is_instruction,
    lower_words,
    shapes_output,
    strip_polite,
)
from services.intent.lexicon import words
from services.intent.questions import (
    AUX,
    WH_ASK,
    follow_up_question,
    unmarked_question,
)
from services.intent.sentences import sentences
from services.intent.turns import greeting_cut, is_chat_turn

# Shell or code text ('do gzip "$f"; done') is no question.
_CODE = re.compile(r"[\"$;=(){}]")

# "And who should I follow up with?": a connector announces another ask.
_CONNECTED = re.compile(r"\s*(?:and|also|plus|then|btw|oh|finally|next)\b", re.I)

# Words that can open a question whose "?" sits at the end of a later clause.
_ASKING = lx.QUESTION_STARTERS | frozenset(words("tell"))


def _units(text: str, ranges: list[Range]) -> list[Range]:
    """Lines and inline "(1) ... (2) ..." items."""
    units: list[Range] = []
    for s, e in ranges:
        # every enumeration mark has a ")": most lines need no scan
        if text.find(")", s, e) < 0:
            units.append((s, e))
            continue
        marks = [m.start() for m in INLINE_NUM.finditer(text, s, e)]
        if len(marks) >= 2 and not points_at_items(text[s : marks[0]]):
            cuts = [s, *[m for m in marks if m > s], e]
            units.extend((a, b) for a, b in pairwise(cuts) if b > a)
        else:
            units.append((s, e))
    return units


def _announces_asks(text: str, units: list[Range], first_item: Range) -> bool:
    """ "Three things for the doc:" / "Can you help with:" before a list makes
    every item a task even when the items are noun phrases."""
    i = units.index(first_item)
    if i == 0:
        return False
    header = text[units[i - 1][0] : units[i - 1][1]].rstrip()
    if not header.endswith(":"):
        return False
    return bool(set(lower_words(header)) & lx.ASK_NOUNS)


def instruction_pieces(text: str, instr: list[Range]) -> list[Range]:
    """Task spans inside instruction text (see :func:`split_tasks`)."""
    return split_tasks(text, instr)[0]


def split_tasks(text: str, instr: list[Range]) -> tuple[list[Range], list[Range]]:
    """Task spans inside instruction text, and the context sentences before
    the first task ("Lucas forwarded this. can you ..."), which all the tasks
    share: split into pieces, then merge the pieces that are not tasks."""
    pieces = _pieces(text, instr)
    for i, ((ps, pe), kind) in enumerate(pieces):
        if kind != "other":
            continue
        nxt = pieces[i + 1][0] if i + 1 < len(pieces) else (pe, pe)
        if is_chat_turn(
            lower_words(text[ps:pe]),
            text[ps:pe],
            i == 0,
            lower_words(text[slice(*nxt)]),
        ):
            pieces[i] = ((ps, pe), "chat")
    # A non-task piece joins the next task, except before the first one,
    # where it is context shared by all ("I have a contract. Review clause
    # 3."); trailing ones join the previous task. An elaboration ("Explain
    # your reasoning.") refines the previous task, with any context between
    # them ("Is it enforceable? Nothing was signed. Think it through."); with
    # no task before it, preamble + elaboration form a task.
    tasks: list[list[int]] = []
    preamble: list[Range] = []
    pending: int | None = None
    for (ps, pe), kind in pieces:
        if kind in ("task", "chat") and pending is not None and not tasks:
            preamble.append(_trim(text, pending, ps))
            pending = None
        if kind in ("task", "chat") or (kind == "elab" and not tasks):
            tasks.append([ps if pending is None else pending, pe])
            pending = None
        elif kind == "elab":
            tasks[-1][1] = pe  # with any context in between ("...? We agreed ...")
            pending = None
        elif pending is None:
            pending = ps
    if not tasks:
        return [(instr[0][0], instr[-1][1])], []
    if pending is not None:
        tasks[-1][1] = max(tasks[-1][1], instr[-1][1])
    return [_trim(text, a, b) for a, b in tasks], preamble


def _pieces(text: str, instr: list[Range]) -> list[tuple[Range, str]]:
    """Sentences and clauses of instruction text, each with its kind: "task",
    "elab" (refines the task before it) or "other" (context or courtesy)."""
    pieces: list[tuple[Range, str]] = []
    units = _units(text, instr)
    listed = [u for u in units if LIST_MARK.match(text[u[0] : u[1]])]
    # In a list where items are instructions, every item is its own task even
    # if phrased as a fragment ("- Highlights of the report, please").
    list_of_tasks = len(listed) >= 2 and (
        any(is_instruction(text[a:b]) for a, b in listed)
        or _announces_asks(text, units, listed[0])
    )
    for ui, (us, ue) in enumerate(units):
        cut = greeting_cut(text, us, ue)
        if cut is not None:
            pieces.append(((us, cut), "other"))  # "hey 🙂 how do i ..."
            us = cut
        sents = sentences(text, us, ue)
        force = (
            list_of_tasks
            and (us, ue) in listed
            and not any(is_instruction(text[a:b]) for a, b in sents)
        )
        for si, (ss, se) in enumerate(sents):
            sent = text[ss:se]
            end = sent.rstrip()[-1:]
            if (
                end == ":"
                and not (ui == len(units) - 1 and si == len(sents) - 1)  # last
                and len(sent.split()) <= 8
                and not (
                    si == len(sents) - 1
                    and ui + 1 < len(units)
                    and units[ui + 1][0] > ue + 1  # material in between
                    and is_instruction(sent)
                )
            ):
                pieces.append(((ss, se), "other"))  # "Tasks:" list header
                continue
            question = end == "?"
            parts, forced = clauses(text, ss, se)
            for ci, (cs, ce) in enumerate(parts):
                clause = text[cs:ce]
                head = strip_polite(lower_words(clause))
                if cs in forced:
                    pieces.append(((cs, ce), "task"))
                    continue
                if (
                    len(parts) > 1
                    and head
                    and (
                        head[0] in WH_ASK
                        or unmarked_question(head)
                        # "is paracetamol safe in pregnancy and can you ..."
                        or (
                            head[0] in AUX
                            and len(head) >= 4
                            and not _CODE.search(clause)
                        )
                    )
                ):
                    # "whats a roth ira, and can u draft ...": a question cut
                    # off by a connector has no "?" but is still asked
                    pieces.append(((cs, ce), "task"))
                    continue
                if (
                    question
                    and not clause.rstrip().endswith("?")
                    and head
                    and head[0] in _ASKING
                ):
                    clause = clause.rstrip(" ,;") + "?"  # "What should I pack, and ..."
                added = adds_ask(clause) if ci == 0 and pieces else ""
                if ci == 0 and si == 0 and force:
                    kind = "task"
                elif added:
                    kind = "task"  # "...? Also a two-line message for the card"
                    prev, prev_kind = pieces[-1]
                    if (
                        added == "foreign"
                        and prev_kind == "other"
                        and text[prev[0] : prev[1]].rstrip().endswith("?")
                    ):
                        pieces[-1] = (prev, "task")  # "¿...? Y dime también ..."
                elif (ci == 0 or head[:1] == ["justify"]) and is_elaboration(clause):
                    kind = "elab"
                elif pieces and shapes_output(head):
                    kind = "elab"  # "... and give them back as JSON"
                elif (
                    ci == 0
                    and question
                    and len(parts) == 1
                    and pieces
                    and pieces[-1][1] in ("task", "elab")
                    and not _CONNECTED.match(clause)
                    and follow_up_question(text[slice(*pieces[-1][0])], head)
                ):
                    kind = "elab"  # "Legit or fraud? How should AP check?"
                elif (
                    is_instruction(clause)
                    or (
                        (pieces or _before_material(text, ce, instr))
                        and asks_unmarked(clause)
                    )
                    or _framed_instruction(clause, head)
                ):
                    # "...? and what's the max fee", "... . if I put 7,000 a
                    # year in, what do I end up with": chat leaves out the "?"
                    kind = "task"
                else:
                    kind = "other"
                pieces.append(((cs, ce), kind))
    return pieces


def _before_material(text: str, end: int, instr: list[Range]) -> bool:
    """The clause ends where an instruction range stops short of the next one
    or of the text: material (a quote, a table) follows it ("Is this clause
    in our favour: '...'? Suggest fairer wording.")."""
    for s, e in instr:
        if s <= end <= e:
            return text[end:e].strip(" \t:?") == "" and e < len(text.rstrip())
    return False


# A frame opening an ask: "For the H1 review: work out ...", "for each item
# say grant or deny", "From my statement: list the direct debits".
_FRAME_WORDS = frozenset(words("for from in on using with given based per re"))


def _framed_instruction(clause: str, head: list[str]) -> bool:
    """An instruction after a short frame: a label and a colon, or "for
    each <thing>"."""
    if not head or head[0] not in _FRAME_WORDS:
        return False
    colon = clause.find(": ")
    if 0 < colon <= 70:
        rest = clause[colon + 2 :].lstrip()
        return rest[:1] not in "\"'“‘" and is_instruction(rest)  # not a quote
    comma = clause.find(", ")
    if 0 < comma <= 40 and head[:2] not in (["for", "each"], ["for", "every"]):
        return is_instruction(clause[comma + 2 :])  # "For the forklift decision, ..."
    if head[:2] not in (["for", "each"], ["for", "every"]):
        return False
    for i in range(2, min(len(head), 6)):
        if head[i] in lx.TASK_VERBS:
            return is_instruction(" ".join(head[i:]))
    return False


_LEAD_CONNECTORS = ("and then ", "and also ", "and btw ", "oh and ", "and ", "then ",
                    "also ", "plus ", "btw ", "by the way ")  # fmt: skip
_TRAILS = (" and after that", " after that", " and then", " and", " then", " also",
           " plus", " +")  # fmt: skip


def _trim(text: str, s: int, e: int) -> Range:
    """Drop list markers, connectors and whitespace at the clause edges."""
    m = LIST_MARK.match(text[s:e])  # ("^" is anchored at the slice start)
    if m:
        s += m.end()
    while s < e and text[s] in " \t\n,;":
        s += 1
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    low = text[s:e].lower()  # once, not once per trail
    # one C call rules out most clauses; the loop finds which trail it was
    if low.endswith(_TRAILS):
        for trail in _TRAILS:
            if low.endswith(trail):
                e -= len(trail)
                low = text[s:e].lower()
                break
        while e > s and text[e - 1] in " \t\n,;":
            e -= 1
    if low.startswith(_LEAD_CONNECTORS):
        for lead in _LEAD_CONNECTORS:
            if low.startswith(lead):
                s += len(lead)
                break
    return s, e
