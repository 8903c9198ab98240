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
from functools import lru_cache

from services.intent import lexicon as lx

Range = tuple[int, int]


@dataclass(frozen=True)
class Segment:
    """One task: its own instruction span and the material spans it uses."""

    start: int
    end: int
    context: tuple[Range, ...]


_ANSWER_DONE = re.compile(r"Answer:\s*\n?\s*[A-E]\s*(?:\n|$)")
_OPTION_LINE = re.compile(r"(?m)^\s*(?:[A-E][).:]|Option\s?\d\s*:)\s*\S")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*•]|[a-h][.)])\s+")
_INLINE_NUM = re.compile(r"(?m)(?:^|\s)\(\d{1,2}\)\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’;-]*")
_LABEL_LINE = re.compile(r"^\s*[A-Z][\w /-]{0,24}:\s*(?:\S.*)?$")
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_CONNECTOR = re.compile(
    r"(?:,\s*(?:and\s+then|and\s+also|and\s+after\s+that|and|then|also|plus)?|"
    r";\s*(?:and\s+|then\s+)?|\s+and\s+then|\s+and\s+also|\s+and\s+after\s+that,?|"
    r"\s+and|\s+then|\s+as\s+well\s+as|\s+after\s+that,?)\s+(?=([A-Za-z][\w'’-]*))",
    re.I,
)
_INLINE_MATERIAL = re.compile(r"(?:[:?]|\bas follows:?)\s*(?=[\"“'‘>])")
_RELATIVE = re.compile(r"\b(?:that|which|who|function|program|script|method)\b", re.I)
_POLITE_BY_FIRST: dict[str, list[list[str]]] = {}
for _prefix in sorted(lx.POLITE_PREFIXES, key=lambda p: -len(p.split())):
    _POLITE_BY_FIRST.setdefault(_prefix.split()[0], []).append(_prefix.split())
_ELABORATION_CUES = frozenset(
    "reasoning thinking through sides answer why step conclude one briefly".split()
)
_PREP_VERBS = frozenset("read look take go open see consider use".split())
# "<inspect something> and tell me ...": reporting the result is the same task.
_INSPECT_VERBS = frozenset(
    "run execute review check analyze analyse test evaluate examine inspect "
    "investigate compare study audit scan skim read go look".split()
)
_FOLLOW_UPS = [["what", "should"], ["what", "do"], ["what", "would"], ["how", "should"],
               ["why", "is"], ["why", "does"], ["what", "else"]]  # fmt: skip
_BACK_REFERENCE = frozenset("it this that we they them those these".split())
_PRODUCING_VERBS = frozenset(
    "write draft compose create build generate translate summarize summarise explain "
    "design prepare tell give outline propose".split()
)
_LIGHT_VERBS = frozenset("make keep turn get have let send share format".split())
_REPORT_VERBS = frozenset("tell let explain say show give".split())
_BARE_MARK = re.compile(r"\s*(?:\d{1,2}|[a-h])[.)]")
_CSV_HEAD = re.compile(r"\w,\w")
_CODE_LINE = re.compile(r"[(){};=]|^\s*(?:def|return|for|if|import|class)\b")
_COUPLED = frozenset("run test execute verify validate send share forward".split())


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _strip_polite(words: list[str]) -> list[str]:
    """Drop greetings, politeness and discourse markers in front of a verb."""
    while words:
        for parts in _POLITE_BY_FIRST.get(words[0], ()):
            if len(words) > len(parts) and words[: len(parts)] == parts:
                words = words[len(parts) :]
                break
        else:
            return words
    return words


@lru_cache(maxsize=4096)
def is_instruction(sentence: str) -> bool:
    """True when ``sentence`` reads like a request: imperative, question or
    polite ask ("please ...", "I need ...")."""
    s = _LIST_MARK.sub("", sentence, count=1).strip()
    if not s:
        return False
    raw = _words(s)
    head = s.split()[0]
    if not raw or head.endswith(":") and raw[0] not in lx.POLITE_FIRST:
        return False  # "Name: ...", "Note: ..." label a field
    if _CSV_HEAD.search(head):
        return False  # "name,email,phone" is a table header
    words = _strip_polite(raw)
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
    if first in lx.TASK_VERBS:
        if first in lx.AMBIGUOUS_VERBS:
            rest = s.split()
            nxt_raw = rest[1] if len(rest) > 1 and rest[0].lower() == first else ""
            nxt = words[1] if len(words) > 1 else ""
            if nxt in lx.NOT_IMPERATIVE_NEXT or any(c.isdigit() for c in nxt_raw):
                return polite
            return bool(nxt) or polite
        return True
    if words[0] in lx.QUESTION_STARTERS and "?" in s:
        return True
    return polite


def _is_separator(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= 3 and len(set(stripped)) == 1 and stripped[0] in "-*=_~#"


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


def _lines(text: str, start: int, end: int) -> list[Range]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            out.append((s, e))
    return out


def _blocks(text: str) -> list[tuple[str, list[Range]]]:
    """Blank-line separated blocks of non-empty lines; fences/quotes whole."""
    blocks: list[tuple[str, list[Range]]] = []
    current: list[Range] = []
    fence: str | None = None
    fence_lines: list[Range] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        stripped = line.strip()
        if fence is not None:
            fence_lines.append((s, e))
            if stripped.startswith(fence) or stripped.endswith(fence):
                blocks.append(("material", fence_lines))
                fence, fence_lines = None, []
            continue
        if stripped.startswith(("```", '"""')):
            if current:
                blocks.append(("plain", current))
                current = []
            fence = stripped[:3]
            fence_lines = [(s, e)]
            if len(stripped) > 3 and stripped.endswith(fence):
                blocks.append(("material", fence_lines))
                fence, fence_lines = None, []
            continue
        if not stripped or _is_separator(stripped):
            if current:
                blocks.append(("plain", current))
                current = []
            continue
        if stripped.startswith(">"):
            if current:
                blocks.append(("plain", current))
                current = []
            blocks.append(("material", [(s, e)]))
            continue
        current.append((s, e))
    if fence_lines:
        blocks.append(("material", fence_lines))
    if current:
        blocks.append(("plain", current))
    return blocks


def _first_sentence(text: str, s: int, e: int) -> str:
    chunk = text[s:e]
    m = _SENT_END.search(chunk)
    return chunk[: m.start()] if m else chunk


def _block_kind(text: str, kind: str, lines: list[Range]) -> tuple[str, int]:
    """("material"|"strong"|"weak", number of instruction sentences)."""
    if kind == "material":
        return "material", 0
    first = _first_sentence(text, *lines[0])
    first_words = _words(first)
    if _is_header(first) and not _header_before_list(text, lines, 0):
        return "material", 0
    if _header_before_list(text, lines, 0):
        return "strong", 1
    if is_instruction(first):
        return "strong", 1
    if first_words and first_words[0] in lx.GREETINGS:
        return "material", 0
    count = sum(
        is_instruction(text[a:b]) for s, e in lines for a, b in _sentences(text, s, e)
    )
    return ("weak", count) if count else ("material", 0)


def _partition(text: str) -> tuple[list[Range], list[Range]]:
    """Instruction lines vs material lines, in document order."""
    blocks = _blocks(text)
    kinds = [_block_kind(text, k, ls) for k, ls in blocks]
    plain = [b for b in blocks if b[0] == "plain"]
    chosen: set[int] = {i for i, (k, _) in enumerate(kinds) if k == "strong"}
    if not chosen:
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
            if blocks[bi][0] == "plain" and len(lines) > 1 and _tail_instruction(
                text[last[0] : last[1]]
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
            inline = _inline_material(text, s, e)
            if inline is not None:
                instr.append((s, inline))
                material.append((inline, e))
                continue
            instr.append((s, e))
            if line.rstrip().endswith(":") and not _header_before_list(text, lines, i):
                after_colon = True
    if not instr:
        instr, material = _fallback(text, plain, blocks)
    return sorted(instr), sorted(material)


def _tail_instruction(line: str) -> bool:
    """A last short line such as "Fix it." after pasted material."""
    if _LIST_MARK.match(line) or _CODE_LINE.search(line) or line[:1].isspace():
        return False
    return len(line.split()) <= 4 and is_instruction(line)


def _header_before_list(text: str, lines: list[Range], i: int) -> bool:
    """"Please do the following:" followed by imperative list items."""
    if i + 1 >= len(lines):
        return False
    nxt = text[lines[i + 1][0] : lines[i + 1][1]]
    if not _LIST_MARK.match(nxt):
        return False
    return any(is_instruction(text[a:b]) for a, b in _sentences(text, *lines[i + 1]))


def _inline_material(text: str, s: int, e: int) -> int | None:
    """'Translate to German: "..."' -> offset where the quoted material starts."""
    m = _INLINE_MATERIAL.search(text, s, e)
    if m and text[s:e].rstrip().endswith(("'?", '"?', "”?", "’?")):
        m = None  # the quote is part of a question: "What is wrong with 'x'?"
    if m and m.start() > s:
        head = text[s : m.start()]
        head_words = _strip_polite(_words(head))
        if is_instruction(head) or head_words and head_words[0] in lx.QUESTION_STARTERS:
            return m.end()
    colon = text.find(": ", s, e)
    if colon > s:
        head = text[s:colon]
        rest = text[colon + 2 : e]
        head_words = set(_words(head))
        if (
            ";" not in rest
            and not _INLINE_NUM.search(rest)
            and len(rest.split()) >= 8
            and head_words & lx.REFERENCE_WORDS
            and is_instruction(head)
            and not any(is_instruction(text[a:b]) for a, b in _sentences(text, colon + 2, e))
        ):
            return colon + 2
    return None


def _fallback(
    text: str, plain: list[tuple[str, list[Range]]], blocks: list[tuple[str, list[Range]]]
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


def _units(text: str, ranges: list[Range]) -> list[Range]:
    """Lines and inline "(1) ... (2) ..." items."""
    units: list[Range] = []
    for s, e in ranges:
        marks = [m.start() for m in _INLINE_NUM.finditer(text, s, e)]
        if len(marks) >= 2:
            cuts = [s, *[m for m in marks if m > s], e]
            units.extend((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a)
        else:
            units.append((s, e))
    return units


def _sentences(text: str, s: int, e: int) -> list[Range]:
    out: list[Range] = []
    start = s
    for m in _SENT_END.finditer(text, s, e):
        before = text[start : m.start()]
        last = before.split()[-1].rstrip(".").lower() if before.split() else ""
        if last in lx.ABBREVIATIONS or len(last) == 1 and last.isalpha():
            continue
        if _BARE_MARK.fullmatch(before):
            continue  # "1. Write ..." is a list marker, not a sentence
        out.append((start, m.start()))
        start = m.end()
    if start < e:
        out.append((start, e))
    return out


def _clauses(text: str, s: int, e: int) -> list[Range]:
    """Split one sentence at ", and <verb>", "; <verb>", " then <verb>" ..."""
    sentence = text[s:e]
    if not is_instruction(sentence):
        return [(s, e)]
    lead = _strip_polite(_words(sentence))
    if lead and lead[0] in _PREP_VERBS:
        return [(s, e)]
    cuts = [s]
    for m in _CONNECTOR.finditer(sentence):
        verb = m.group(1).lower()
        rest = sentence[m.end() :]
        before = text[cuts[-1] : s + m.start()]
        if m.group(0).lstrip().startswith(";"):
            nxt = rest.find(";")
            clause = (rest if nxt < 0 else rest[:nxt]).rstrip(" ?.!")
            if not (is_instruction(clause) or verb in lx.QUESTION_STARTERS):
                continue
        elif not _splits_at(verb, rest, before, m.group(0)):
            continue
        cuts.append(s + m.end())
    if len(cuts) == 1:
        return [(s, e)]
    cuts.append(e)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]


def _splits_at(verb: str, rest: str, before: str, connector: str) -> bool:
    nxt_conn = _CONNECTOR.search(rest, len(verb))
    tail = _words(rest[: nxt_conn.start()] if nxt_conn else rest)
    if verb == "threat" and tail[1:2] == ["model"] or verb in ("tl", "tldr"):
        return True
    if tail[:2] in (["i", "need"], ["i", "want"]) or verb == "please" or (
        verb in ("can", "could") and tail[1:2] == ["you"]
    ):
        head = _strip_polite(_words(before))
        return is_instruction(before) or bool(head) and head[0] in lx.QUESTION_STARTERS
    if verb not in lx.TASK_VERBS or verb in _COUPLED:
        return False
    nxt = tail[1] if len(tail) > 1 else ""
    if nxt in ("and", "or") or not before.strip():
        return False
    plain_and = connector.strip().lower() == "and"
    lead = _strip_polite(_words(before))
    if verb in lx.AMBIGUOUS_VERBS:
        if nxt in lx.NOT_IMPERATIVE_NEXT:
            return False
        if plain_and and nxt not in lx.OBJECT_STARTERS and not nxt.isdigit():
            return False
    if plain_and and lead and lead[0] in lx.QUESTION_STARTERS:
        return False  # "what's the ROI if we invest X and get Y back?"
    if plain_and and verb in _LIGHT_VERBS and nxt in ("it", "them", "this", "that"):
        return False  # "fix the typo and make it sound confident"
    if plain_and and {"its", "their"} & set(tail[1:3]):
        return False  # "critique the thesis and identify its weakest point"
    if plain_and and verb in lx.ELABORATION_VERBS and len(tail) <= 4:
        return False  # "compare the options and recommend one"
    if verb in _REPORT_VERBS and lead and lead[0] in _INSPECT_VERBS:
        return False
    if plain_and and _RELATIVE.search(before) and verb not in _PRODUCING_VERBS:
        return False  # "a function that takes X and returns Y": one task
    prev = _strip_polite(before.lower().split())
    # "write and test ...", "compare and contrast ...": one task with two verbs
    return not (len(prev) == 1 and prev[0] in lx.TASK_VERBS and "," not in connector)


def _is_elaboration(sentence: str) -> bool:
    """"Explain your reasoning." / "Pick one." refine the previous task."""
    if _LIST_MARK.match(sentence):
        return False
    words = _strip_polite(_words(sentence))
    if sentence.rstrip().endswith("?") and (
        len(words) <= 2
        or len(words) <= 5
        and words[:2] in _FOLLOW_UPS
        and bool(_BACK_REFERENCE & set(words))
    ):
        return True  # "Why?", "What should we do?" after a question
    if words[:2] in (["list", "them"], ["rank", "them"], ["sort", "them"]):
        return True
    if not words or words[0] not in lx.ELABORATION_VERBS:
        return False
    return len(words) <= 3 or bool(_ELABORATION_CUES & set(words))


def _instruction_pieces(text: str, instr: list[Range]) -> list[Range]:
    """Task spans inside instruction text: split, then merge non-tasks."""
    pieces: list[tuple[Range, str]] = []
    units = _units(text, instr)
    listed = [u for u in units if _LIST_MARK.match(text[u[0] : u[1]])]
    # In a list where items are instructions, every item is its own task even
    # if phrased as a fragment ("- Highlights of the report, please").
    list_of_tasks = len(listed) >= 2 and any(
        is_instruction(text[a:b]) for a, b in listed
    )
    for ui, (us, ue) in enumerate(units):
        unit = text[us:ue]
        sentences = _sentences(text, us, ue)
        force = (
            list_of_tasks
            and (us, ue) in listed
            and not any(is_instruction(text[a:b]) for a, b in sentences)
        )
        for si, (ss, se) in enumerate(sentences):
            sent = text[ss:se]
            is_last = ui == len(units) - 1 and si == len(sentences) - 1
            if sent.rstrip().endswith(":") and not is_last and len(sent.split()) <= 8:
                pieces.append(((ss, se), "other"))  # "Tasks:" list header
                continue
            question = sent.rstrip().endswith("?")
            for ci, (cs, ce) in enumerate(_clauses(text, ss, se)):
                clause = text[cs:ce]
                if question and not clause.rstrip().endswith("?"):
                    clause = clause.rstrip(" ,;") + "?"  # "What should I pack, and ..."
                if ci == 0 and si == 0 and force:
                    pieces.append(((cs, ce), "task"))
                elif ci == 0 and _is_elaboration(clause):
                    pieces.append(((cs, ce), "elab"))
                else:
                    pieces.append(((cs, ce), "task" if is_instruction(clause) else "other"))
        del unit
    # A non-task piece (a preamble such as "I have a contract.") joins the
    # next task; trailing ones join the previous task. An elaboration
    # ("Explain your reasoning.") refines the previous task unless a preamble
    # is waiting, in which case preamble + elaboration form a task.
    tasks: list[list[int]] = []
    pending: int | None = None
    for (ps, pe), kind in pieces:
        if kind == "task" or kind == "elab" and (pending is not None or not tasks):
            tasks.append([ps if pending is None else pending, pe])
            pending = None
        elif kind == "elab":
            tasks[-1][1] = pe
        elif pending is None:
            pending = ps
    if not tasks:
        return [(instr[0][0], instr[-1][1])]
    if pending is not None:
        tasks[-1][1] = max(tasks[-1][1], instr[-1][1])
    return [_trim(text, a, b) for a, b in tasks]


def _trim(text: str, s: int, e: int) -> Range:
    """Drop list markers, connectors and whitespace at the clause edges."""
    chunk = text[s:e]
    m = _LIST_MARK.match(chunk)
    if m:
        s += m.end()
    while s < e and text[s] in " \t\n,;":
        s += 1
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    chunk = text[s:e]
    for trail in (" and after that", " after that", " and then", " and", " then", " also"):
        if chunk.lower().endswith(trail):
            e -= len(trail)
            chunk = text[s:e]
            break
    while e > s and text[e - 1] in " \t\n,;":
        e -= 1
    low = chunk.lower()
    for lead in ("and then ", "and also ", "and ", "then ", "also "):
        if low.startswith(lead):
            s += len(lead)
            break
    return s, e


def _attach(text: str, tasks: list[Range], material: list[Range]) -> list[Segment]:
    if not material:
        return [Segment(s, e, ()) for s, e in tasks]
    ctx = tuple(_merge(material))
    if len(tasks) == 1:
        return [Segment(tasks[0][0], tasks[0][1], ctx)]
    refers = []
    for s, e in tasks:
        words = _strip_polite(_words(text[s:e]))
        ref = bool(set(words) & lx.REFERENCE_WORDS or set(words) & lx.DOC_NOUNS) or bool(
            words and words[0] in lx.DOC_VERBS
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
    tasks = _instruction_pieces(text, instr)
    return _attach(text, tasks, material)
