"""Split a request into ordered task clauses plus the shared pasted material.

Why rules rather than a model: task boundaries are signalled by structure
(list items, sentence breaks, ", and then <verb>"), which a few dozen
transparent rules capture reliably and fast; a learned splitter would need far
more boundary-labelled data than we have. Labels for each clause are decided
later by the trained classifier.

Pipeline: (1) few-shot multiple-choice prompts are one task; (2) the text is cut
into blank-line blocks (code fences and quotes stay whole) and each block is
*instruction* or *material*; (3) instruction text is split into units (lines /
list items), sentences and coordinated clauses, and each piece is kept as a
task only if it starts like an instruction, otherwise it is merged into its
neighbour; (4) material is attached as context to the tasks that refer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.intent import lexicon as lx
from services.intent.blocks import stamped, text_blocks
from services.intent.clauses import clauses
from services.intent.inline import inline_material
from services.intent.instruction import (
    LIST_MARK,
    Range,
    is_instruction,
    lower_words,
    strip_polite,
)
from services.intent.lists import (
    asks_about_list,
    header_before_list,
    headings,
    quoted_item,
)
from services.intent.sentences import first_sentence, sentences
from services.intent.tasks import instruction_pieces, split_tasks

__all__ = ["Range", "Segment", "segment"]


@dataclass(frozen=True)
class Segment:
    """One task: its own instruction span and the material spans it uses."""

    start: int
    end: int
    context: tuple[Range, ...]


_ANSWER_DONE = re.compile(r"Answer:\s*\n?\s*[A-E]\s*(?:\n|$)")
_OPTION_LINE = re.compile(r"(?m)^\s*(?:[A-E][).:]|Option\s?\d\s*:)\s*\S")
_LABEL_LINE = re.compile(r"^\s*[A-Z][\w /-]{0,24}:\s*(?:\S.*)?$")
_CODE_LINE = re.compile(r"[(){};=]|^\s*(?:def|return|for|if|import|class)\b")


def _is_header(sentence: str) -> bool:
    """Lines like "Subject: ...", "From: ...", "Text:" open pasted material."""
    return bool(_LABEL_LINE.match(sentence)) and not is_instruction(sentence)


def _fewshot(text: str) -> Segment | None:
    """Few-shot multiple choice / fill-in-the-blank prompts are one task: the
    final question; the solved examples before it are its context."""
    if "Answer:" not in text or not _OPTION_LINE.search(text):
        return None
    cut = 0
    for m in _ANSWER_DONE.finditer(text):
        if m.end() < len(text.rstrip()):
            cut = m.end()
    start = cut + (len(text[cut:]) - len(text[cut:].lstrip()))
    context = ((0, cut),) if cut else ()
    return Segment(start, len(text.rstrip()), context)


def _first_sentence(text: str, s: int, e: int) -> str:
    a, b = first_sentence(text, s, e)
    return text[a:b]


def _block_kind(text: str, kind: str, lines: list[Range]) -> tuple[str, int]:
    """("material"|"strong", _) or ("count", skip): a block whose kind rests on
    how many of its sentences read as instructions, skipping the first
    ``skip`` of each line (see :func:`_weak_kind`)."""
    if kind == "material" or stamped(text, lines):
        return "material", 0
    if len(lines) >= 2 and all(quoted_item(text, line) for line in lines):
        return "material", 0  # '1. "Can't log in ..."  2. "Printer jams ..."'
    first = _first_sentence(text, *lines[0])
    if _is_salutation(text, lines):
        return "material", 0
    if _topic_label(text, *lines[0]) is not None:
        return "strong", 1  # "Marketing plan: write three taglines, and ..."
    if _is_header(first) and not header_before_list(text, lines, 0):
        # "Quick context: ... How much VAT do we owe?" still carries the ask
        return "count", 1
    if header_before_list(text, lines, 0):
        return "strong", 1
    if is_instruction(first):
        return "strong", 1
    first_words = lower_words(first)
    if first_words and first_words[0] in lx.GREETINGS:
        # "hello again! Can you condense these notes, ...": a greeting
        # exclaimed opens the ask; "Hi all," or "Hi, this is the CEO."
        # opens a pasted message
        second = sentences(text, *lines[0])[1:2]
        if (
            second
            and first.rstrip().endswith("!")
            and len(first_words) <= 3
            and is_instruction(text[second[0][0] : second[0][1]])
        ):
            return "strong", 1
        return "material", 0
    return "count", 0


def _chained_asks(text: str, lines: list[Range]) -> bool:
    """The request's first sentence chains asks ("what kind of request is
    this, how long do we have, and draft the acknowledgement"): it is the
    instruction, whatever questions the pasted material below asks."""
    first = first_sentence(text, *lines[0])
    if _CODE_LINE.search(text, *first):
        return False  # 'query = "SELECT ..." + name + ...' is pasted code
    return len(clauses(text, *first)[0]) > 1


def _weak_kind(text: str, lines: list[Range], skip: int) -> tuple[str, int]:
    """("weak", number of instruction sentences) or ("material", 0). Only
    asked when no block is a strong instruction: counting every sentence of
    pasted prose is wasted work whenever one is."""
    count = sum(
        is_instruction(text[a:b])
        for s, e in lines
        for a, b in sentences(text, s, e)[skip:]
    )
    return ("weak", count) if count else ("material", 0)


def _partition(text: str) -> tuple[list[Range], list[Range]]:
    """Instruction lines vs material lines, in document order."""
    blocks = text_blocks(text)
    kinds = [_block_kind(text, k, ls) for k, ls in blocks]
    if kinds and kinds[0][0] == "count" and _chained_asks(text, blocks[0][1]):
        kinds[0] = ("strong", 1)  # "what's the customer's mood, and write ..."
    plain = [b for b in blocks if b[0] == "plain"]
    chosen: set[int] = {i for i, (k, _) in enumerate(kinds) if k == "strong"}
    if not chosen:
        kinds = [
            _weak_kind(text, ls, skip) if k == "count" else (k, skip)
            for (k, skip), (_, ls) in zip(kinds, blocks, strict=True)
        ]
        weak = [(n, i) for i, (k, n) in enumerate(kinds) if k == "weak"]
        if weak:
            chosen = {max(weak)[1]}
    if not chosen and len(plain) == 1:
        chosen = {blocks.index(plain[0])}
    instr: list[Range] = []
    material: list[Range] = []
    for bi, (_, lines) in enumerate(blocks):
        if bi not in chosen:
            last = lines[-1]
            if (
                blocks[bi][0] == "plain"
                and len(lines) > 1
                and _tail_instruction(text[last[0] : last[1]])
            ):
                material.extend(lines[:-1])
                instr.append(last)
            else:
                material.extend(lines)
            continue
        after_colon = False
        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            if after_colon and not (i == len(lines) - 1 and _tail_instruction(line)):
                material.append((s, e))
                continue
            inline = inline_material(text, s, e)
            if inline is not None:
                start, end, tail = inline
                material.append((start, end))
                if tail < e:  # "which of these need a doctor: '...'? then ..."
                    head = text[s:start].rstrip(" \t:")
                    if head.strip():
                        instr.append((s, s + len(head)))
                    instr.append((tail, e))
                else:
                    instr.append((s, start))
                continue
            instr.append((s, e))
            # the lines after "Text:" or after "which of these ...?" over a
            # list are what the ask operates on
            if (
                line.rstrip().endswith(":") and not header_before_list(text, lines, i)
            ) or asks_about_list(text, lines, i):
                after_colon = True
    if not instr:
        instr, material = _fallback(text, plain, blocks)
    return sorted(instr), sorted(material)


_TOPIC = re.compile(r"^\s*([^:\n]{2,40}?(?::| [-–—]))\s+(?=\S)")
_FIELD_LABELS = frozenset(
    lx.words(
        """
        subject from to cc bcc date sent re fwd fw note name email phone text
        message input output question answer context q a
        """
    )
)


def _topic_label(text: str, s: int, e: int) -> tuple[int, int] | None:
    """ "Q3 offsite: book a venue, and draft the agenda" / "hey, two quick ones
    - whats X, and can u ...": a short topic or announcer before the asks is
    shared by them. Returns where the topic ends and where the asks start."""
    # Only a topic that opens the request counts ("^" never matched at s > 0
    # in `match(text, s, e)`, and extending it to later lines was measured to
    # split ~10 more single-task corpus rows for no multi-task gain).
    if s:
        return None
    m = _TOPIC.match(text, 0, e)
    if m is None or LIST_MARK.match(text, 0, e):
        return None
    label = m.group(1).rstrip(":-–— ")
    words = lower_words(label)
    if not words or len(words) > 5 or words[0] in _FIELD_LABELS:
        return None
    if is_instruction(label) or any(c.isdigit() for c in label):
        return None
    rest = text[m.end() : e]
    head = strip_polite(lower_words(rest))
    if not (is_instruction(rest) or (head and head[0] in lx.QUESTION_STARTERS)):
        return None
    # only a multi-ask line needs the topic split off
    if len(instruction_pieces(text, [(m.end(), e)])) < 2:
        return None
    return m.end(1), m.end()


def _is_salutation(text: str, lines: list[Range]) -> bool:
    """ "Hi both,", "Cheers", "Kind regards,\nM." open or close a message; they
    are never the ask, even when nothing else reads like an instruction."""
    # at most 4 words per line; split(None, 4) stops counting at the fifth
    if len(lines) > 2 or any(len(text[s:e].split(None, 4)) > 4 for s, e in lines):
        return False
    first = lower_words(text[lines[0][0] : lines[0][1]])
    return bool(first) and first[0] in lx.GREETINGS


def _tail_instruction(line: str) -> bool:
    """A last short line such as "Fix it." after pasted material."""
    if LIST_MARK.match(line) or _CODE_LINE.search(line) or line[:1].isspace():
        return False
    return len(line.split()) <= 4 and is_instruction(line)


def _fallback(
    text: str,
    plain: list[tuple[str, list[Range]]],
    blocks: list[tuple[str, list[Range]]],
) -> tuple[list[Range], list[Range]]:
    """No block reads like an instruction: pick the likeliest one."""
    if not plain:
        lines = [r for _, ls in blocks for r in ls]
        return lines, []
    chosen = plain[-1] if len(plain) > 1 else plain[0]
    first, last = plain[0][1], plain[-1][1]
    if len(plain) > 1:
        n_first = sum(len(text[s:e].split()) for s, e in first)
        n_last = sum(len(text[s:e].split()) for s, e in last)
        chosen = plain[-1] if n_last <= n_first else plain[0]
    instr = list(chosen[1])
    material = [r for _, ls in blocks for r in ls if r not in instr]
    return instr, material


def _attach(text: str, tasks: list[Range], material: list[Range]) -> list[Segment]:
    if not material:
        return [Segment(s, e, ()) for s, e in tasks]
    ctx = tuple(_merge(material))
    if len(tasks) == 1:
        return [Segment(tasks[0][0], tasks[0][1], ctx)]
    refers = []
    starts = [s for s, _ in ctx]
    for s, e in tasks:
        words = strip_polite(lower_words(text[s:e].replace("IT ", "I.T. ")))
        ref = bool(
            set(words) & lx.REFERENCE_WORDS or set(words) & lx.DOC_NOUNS
        ) or bool(words and words[0] in lx.DOC_VERBS)
        # "... and propose a resolution: '<complaint>'": a clause that ends in
        # a colon or runs straight into the material operates on it.
        ref = (
            ref
            or text[s:e].rstrip().endswith(":")
            or any(0 <= m - e <= 3 and not text[e:m].strip(" :\t") for m in starts)
        )
        refers.append(ref)
    if not any(refers):
        first_mat = ctx[0][0]
        before = [i for i, (s, _) in enumerate(tasks) if s < first_mat]
        refers[before[-1] if before else 0] = True
    return [
        Segment(s, e, ctx if r else ()) for (s, e), r in zip(tasks, refers, strict=True)
    ]


def _merge(ranges: list[Range]) -> list[Range]:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s - out[-1][1] <= 2:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(a, b) for a, b in out]


def segment(text: str) -> list[Segment]:
    """Ordered task segments of ``text`` (always at least one)."""
    if not text.strip():
        return [Segment(0, len(text), ())]
    few = _fewshot(text)
    if few is not None:
        return [few]
    instr, material = _partition(text)
    shared: list[Range] = []
    if len(instr) > 1:
        shared = headings(text, instr)
        instr = [r for r in instr if r not in shared]
    elif len(instr) == 1:
        topic = _topic_label(text, *instr[0])
        if topic is not None:
            shared = [(instr[0][0], topic[0])]
            instr = [(topic[1], instr[0][1])]
    tasks, preamble = split_tasks(text, instr)
    segments = _attach(text, tasks, material)
    if not shared and not preamble:
        return segments
    # a context sentence before the first ask ("Lucas forwarded this.") is
    # seen by every task, as is the heading or topic above a task
    return [
        Segment(
            g.start,
            g.end,
            tuple(sorted({*g.context, *preamble, *_before(shared, g.start)})),
        )
        for g in segments
    ]


def _before(shared: list[Range], start: int) -> list[Range]:
    """The last heading above ``start`` (a topic covers the asks under it)."""
    above = [r for r in shared if r[1] <= start]
    return above[-1:]
