"""Shared machinery of the hand-written intent corpora (``*_source.py``).

Each source script keeps only its data -- seeded PII values, pasted material and
rows -- and calls this module to turn rows into labelled tasks, write the jsonl,
re-read it, check every label, span and checksum, and print the counts. Importing
it puts the repository root on ``sys.path``; it also hands a script ``mark``,
``pii_values`` (as ``pv``) and the checksum functions.

Row dialects (see the :func:`line_rows` / :func:`record_rows` docstrings):

- ``LINE``:    ``[!]intent d cx s [tool ...] [=> clause] [;; spec => clause ...] | text``
  (train_diverse3-5, 7-11);
- ``FLAGGED``: the same line shape, but a spec is ``intent d [m|h] [i|c|r] [+tool ...]``
  with low complexity / public sensitivity by default (train_diverse6);
- ``RECORD``:  ``@ intent d cx s [tool ...] [:: clause]`` lines, an optional ``@ !hn``,
  then the request text over any number of lines (fresh4).

d is g/f/l/m/s, cx l/m/h, s p/i/c/r. A math task always gets the calculator.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import pii_values as pv  # noqa: E402
from contexts import mark  # noqa: E402
from generate import strip_marks  # noqa: E402

from services.intent.checksums import (  # noqa: E402
    iban_valid,
    luhn_valid,
    nric_check_letter,
    nric_valid,
    ssn_valid,
)

__all__ = [
    "COMPLEXITY", "DOMAINS", "HERE", "INTENTS", "LEVELS", "PII_LEVEL", "SENSITIVITY",
    "TOOLS", "Placeholders", "Row", "Values", "check", "check_lookalikes", "flagged",
    "group4", "iban_valid", "line_rows", "luhn_valid", "mark", "nric_check_letter",
    "nric_valid", "positional", "pv", "record_rows", "report", "write_and_check",
]  # fmt: skip

Row = dict[str, Any]
Task = dict[str, Any]

# ---------------------------------------------------------------- label tables
INTENTS = ("summarize", "draft", "creative", "reasoning", "math", "code", "classify",
           "sentiment", "extract", "translate", "qa", "chat")  # fmt: skip
DOMAINS = {
    "g": "general",
    "f": "finance",
    "l": "legal",
    "m": "medical",
    "s": "security",
}
COMPLEXITY = {"l": "low", "m": "medium", "h": "high"}
SENSITIVITY = {"p": "public", "i": "internal", "c": "confidential", "r": "restricted"}
LEVELS = list(SENSITIVITY.values())
TOOLS = {"calc": "calculator", "retr": "retrieval", "web": "browsing",
         "code": "code_execution"}  # fmt: skip
PII_LEVEL = {"EMAIL": 2, "PHONE": 2, "IP_ADDRESS": 2, "PERSON": 2, "CREDIT_CARD": 3,
             "IBAN": 3, "US_SSN": 3, "SG_NRIC": 3}  # fmt: skip


def higher(a: str, b: str) -> str:
    """The more sensitive of two sensitivity levels."""
    return max(a, b, key=LEVELS.index)


# ---------------------------------------------------------------- generated values
def group4(compact: str) -> str:
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


class Values:
    """Checksum-valid PII values and failing look-alikes, all drawn from one seeded RNG.

    The draw order is the script's call order, so a script's table stays stable
    as long as it calls these in the same order.

    Args:
        seed: the script's seed.
        digit_bbans: extra countries with an all-digit BBAN of the given length
            (ones ``pii_values`` does not know).
    """

    def __init__(self, seed: int, *, digit_bbans: Mapping[str, int] | None = None):
        self.rng = random.Random(seed)
        self.digit_bbans = dict(digit_bbans or {})

    def card(self, prefix: str, length: int, sep: str) -> str:
        """A Luhn-valid card, grouped 4-6-5 (15 digits) or 4-4-4-4."""
        num = pv._luhn_complete(prefix, length, self.rng)
        if length == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, length, 4))

    def bad_card(self, prefix: str, sep: str, shift: int = 3) -> str:
        """16 card-shaped digits whose check digit is off by ``shift``."""
        num = pv._luhn_complete(prefix, 16, self.rng)
        num = num[:-1] + str((int(num[-1]) + shift) % 10)
        assert not luhn_valid(num)
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def bad16(self, sep: str) -> str:
        """``pii_values.bad_card`` (Luhn-failing) regrouped with ``sep``."""
        num = re.sub(r"\D", "", pv.bad_card(self.rng))
        assert not luhn_valid(num)
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def bban(self, country: str) -> str:
        if country in self.digit_bbans:
            return "".join(
                self.rng.choice("0123456789") for _ in range(self.digit_bbans[country])
            )
        return pv._bban(country, self.rng)

    def iban(self, country: str, spaced: bool) -> str:
        """A mod-97-valid IBAN of one country, compact or in groups of four."""
        bban = self.bban(country)
        compact = country + pv._iban_check(country, bban) + bban
        assert iban_valid(compact), compact
        return group4(compact) if spaced else compact

    def bad_iban(self, country: str, spaced: bool, shift: int = 11) -> str:
        """Right country and length, check digits moved by ``shift`` (always invalid)."""
        good = self.iban(country, False)
        compact = good[:2] + f"{(int(good[2:4]) + shift) % 97 + 2:02d}" + good[4:]
        assert not iban_valid(compact)
        return group4(compact) if spaced else compact

    def nric(self, prefix: str) -> str:
        """A valid NRIC/FIN with the given prefix letter."""
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(7))
        return prefix + digits + nric_check_letter(prefix, digits)

    def ssn(self, sep: str = "-") -> str:
        return pv.ssn(self.rng).replace("-", sep)


# ---------------------------------------------------------------- placeholders
@dataclass(frozen=True)
class Placeholders:
    """Expands ``{NAME}`` references in a row's text (callable: raw -> (text, level)).

    ``{NAME}`` of a material pastes it after a blank line, ``{{NAME}}`` pastes it
    inline; a value reference inserts the (marked) value inline; ``\\n`` becomes a
    newline. A material may be ``(text, level)``: the level it implies is returned
    (``public`` otherwise) so a row can raise its tasks' sensitivity to it.

    Args:
        materials: name -> text or (text, level).
        values: name -> marked PII value or unmarked look-alike.
        inline: name -> text inserted inline before anything else (long bodies).
        brackets: how a value reference is written, ``{NAME}`` by default.
    """

    materials: Mapping[str, str | tuple[str, str]]
    values: Mapping[str, str] = field(default_factory=dict)
    inline: Mapping[str, str] = field(default_factory=dict)
    brackets: tuple[str, str] = ("{", "}")

    def __call__(self, raw: str) -> tuple[str, str]:
        level = "public"
        for name, body in self.inline.items():
            raw = raw.replace("{" + name + "}", body)
        for name, material in self.materials.items():
            body, lvl = (material, "public") if isinstance(material, str) else material
            ref = "{" + name + "}"
            if ref in raw:
                level = higher(level, lvl)
                raw = raw.replace("{" + ref + "}", body).replace(ref, "\n\n" + body)
        opening, closing = self.brackets
        for name, value in self.values.items():
            raw = raw.replace(opening + name + closing, value)
        unresolved = re.search(r"\{[A-Z][A-Z0-9_]+\}", raw)
        assert unresolved is None, raw
        return raw.replace("\\n", "\n"), level


Expand = Callable[[str], tuple[str, str]]
SpecParser = Callable[[str], Task]


# ---------------------------------------------------------------- specs and rows
def make_task(
    clause: str, intent: str, d: str, cx: str, s: str, tools: Iterable[str]
) -> Task:
    """One task dict (key order is the jsonl's); math always gets the calculator."""
    assert intent in INTENTS, intent
    names = set(tools) | ({"calculator"} if intent == "math" else set())
    return {"text": clause, "intent": intent, "domain": d, "complexity": cx,
            "sensitivity": s, "tools": sorted(names)}  # fmt: skip


def positional(tools: Mapping[str, str] = TOOLS) -> SpecParser:
    """Parser for ``intent d cx s [tool ...]`` (LINE and RECORD); ``tools`` maps codes."""

    def parse(spec: str) -> Task:
        intent, d, cx, s, *codes = spec.split()
        return make_task("", intent, DOMAINS[d], COMPLEXITY[cx], SENSITIVITY[s],
                         (tools[c] for c in codes))  # fmt: skip

    return parse


def flagged(spec: str) -> Task:
    """Parser for ``intent d [m|h] [i|c|r] [+calc|+retr|+web|+code]`` (FLAGGED)."""
    intent, d, *codes = spec.split()
    cx = "medium" if "m" in codes else "high" if "h" in codes else "low"
    sens = "public"
    for c in codes:
        if c in SENSITIVITY:
            sens = higher(sens, SENSITIVITY[c])
    tools = [TOOLS[c[1:]] for c in codes if c.startswith("+")]
    return make_task("", intent, DOMAINS[d], cx, sens, tools)


def _row(rid: str, marked: str, tasks: list[Task], hard: bool) -> Row:
    text, spans = strip_marks(marked)
    pii = [{"type": sp["type"], "text": text[sp["start"] : sp["end"]],
            "start": sp["start"], "end": sp["end"]} for sp in spans]  # fmt: skip
    return {"id": rid, "text": text, "tasks": tasks, "pii": pii, "hard_negative": hard}


def line_rows(blocks: Iterable[str], *, prefix: str, expand: Expand,
              spec: SpecParser | None = None, floor: bool = False) -> list[Row]:  # fmt: skip
    """Rows of the LINE / FLAGGED dialects, one per non-blank line of each block.

    A leading ``!`` marks a hard negative; multi-task clauses are expanded and
    unmarked like the text. Args: ``prefix`` of the row ids (``diverse5``);
    ``expand`` the placeholder expansion; ``spec`` the spec parser
    (:func:`positional` by default, :func:`flagged` for FLAGGED); ``floor`` raises
    every task to the sensitivity of the row's material and PII.
    """
    parse = spec or positional()
    out: list[Row] = []
    for block in blocks:
        for line in block.strip().splitlines():
            specs, _, raw = line.partition(" | ")
            assert raw, line
            hard = specs.startswith("!")
            marked, level = expand(raw.strip())
            parts = [p.partition(" => ") for p in specs.lstrip("!").split(" ;; ")]
            tasks = []
            for head, _, clause in parts:
                task = parse(head)
                if len(parts) > 1:
                    task["text"] = strip_marks(expand(clause.strip())[0])[0]
                tasks.append(task)
            row = _row(f"{prefix}-{len(out):05d}", marked, tasks, hard)
            if floor:
                for p in row["pii"]:
                    level = higher(level, LEVELS[PII_LEVEL[p["type"]]])
                for t in tasks:
                    t["sensitivity"] = higher(t["sensitivity"], level)
            out.append(row)
    return out


def record_rows(source: str, *, prefix: str, expand: Callable[[str], str],
                spec: SpecParser | None = None) -> list[Row]:  # fmt: skip
    """Rows of the RECORD dialect: ``@ spec [:: clause]`` lines, then the request text.

    ``@ !hn`` marks a hard negative. A single-task record may omit its clause,
    which then defaults to the request up to the first blank line.
    """
    parse = spec or positional()
    records: list[tuple[list[str], list[str]]] = []
    for line in source.strip("\n").split("\n"):
        if line.startswith("@ "):
            if not records or records[-1][1]:
                records.append(([], []))
            records[-1][0].append(line[2:].strip())
        else:
            records[-1][1].append(line)
    out: list[Row] = []
    for heads, body in records:
        hard = "!hn" in heads
        heads = [h for h in heads if h != "!hn"]
        marked = expand("\n".join(body).strip())
        first = strip_marks(marked)[0].split("\n\n")[0].strip()
        tasks = []
        for head in heads:
            head, _, clause = head.partition(" :: ")
            assert clause or len(heads) == 1, heads
            task = parse(head)
            task["text"] = clause.strip() or first
            tasks.append(task)
        out.append(_row(f"{prefix}-{len(out):05d}", marked, tasks, hard))
    return out


# ---------------------------------------------------------------- validation
CARD_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")  # any 13-19 digit run
CARD_TOKEN = re.compile(
    r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)"
)  # not inside longer ids
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_LIKE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
LEFTOVER = re.compile(r"\{[A-Z][A-Z0-9_]*\}|[\x00\x01\x02]")


def _pii_problems(p: dict[str, Any], text: str) -> list[str]:
    value = text[p["start"] : p["end"]]
    if value != p["text"] or not value or value != value.strip():
        return [f"span {p} slices to {value!r}"]
    compact = re.sub(r"[ -]", "", value)
    kind = p["type"]
    if kind == "CREDIT_CARD":
        ok = compact.isdigit() and len(compact) in (15, 16) and luhn_valid(compact)
    elif kind == "IBAN":
        ok = iban_valid(compact)
    elif kind == "SG_NRIC":
        ok = nric_valid(value)
    elif kind == "US_SSN":
        shaped = re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", value) is not None
        ok = shaped and ssn_valid(*re.split(r"[- ]", value))
    else:
        ok = kind in PII_LEVEL
    return [] if ok else [f"{kind} fails its check: {value}"]


def _unmarked(r: Row, card: re.Pattern[str], everything: bool) -> Iterable[str]:
    """Checksum-valid cards / IBANs not covered by a PII span; with ``everything``
    also uncovered emails and (outside hard negatives) IPv4s."""

    def covered(m: re.Match[str]) -> bool:
        return any(p["start"] <= m.start() and m.end() <= p["end"] for p in r["pii"])

    text = r["text"]
    for m in card.finditer(text):
        if luhn_valid(re.sub(r"[ -]", "", m.group())) and not covered(m):
            yield f"unmarked Luhn-valid {m.group()}"
    for m in IBAN_LIKE.finditer(text):
        if iban_valid(m.group().replace(" ", "")) and not covered(m):
            yield f"unmarked valid IBAN {m.group()}"
    if not everything:
        return
    for m in EMAIL_LIKE.finditer(text):
        if not covered(m):
            yield f"unmarked email {m.group()}"
    if not r["hard_negative"]:  # hard negatives keep version strings like 4.2.0.17
        for m in IPV4_LIKE.finditer(text):
            if not covered(m):
                yield f"unmarked IPv4-like {m.group()}"


def check(rows: list[Row], *, verbatim: bool = True, single_clause: bool = False,
          pii_floor: Literal["task", "row"] = "row", scan_unmarked: bool = False,
          card: re.Pattern[str] = CARD_RUN, leftover: re.Pattern[str] | None = None,
          rule: Callable[[Row], Iterable[str]] | None = None) -> list[str]:  # fmt: skip
    """Every problem in the rows, as ``"<id>: <problem>"`` (empty when all is well).

    Always checked: no duplicate text (case-insensitive), no leftover placeholder
    or mark, 1-4 tasks, labels in the tables, math has the calculator, PII spans
    slice to their text and pass Luhn / mod-97 / NRIC / SSN checks, a hard
    negative has no PII and no checksum-valid card or IBAN.

    Args:
        verbatim: multi-task clauses occur in the text, in request order
            (otherwise they need only be non-empty).
        single_clause: a single-task row may carry clause text (default: empty).
        pii_floor: ``"task"`` -- every task is at least its row's PII level;
            ``"row"`` -- the highest task is.
        scan_unmarked: also fail on unmarked emails, IPv4s, Luhn-valid runs and
            valid IBANs anywhere (not only in hard negatives).
        card: the pattern of a card-like digit run (``CARD_TOKEN`` skips runs
            inside longer ids such as IBAN-shaped strings).
        leftover: an extra pattern of unexpanded script-specific syntax.
        rule: a script's own row rule, yielding problem strings.
    """
    problems: list[str] = []
    seen: set[str] = set()
    for r in rows:
        rid, text, tasks = r["id"], r["text"], r["tasks"]
        found: list[str] = []
        if text.lower() in seen:
            found.append("duplicate text")
        seen.add(text.lower())
        if LEFTOVER.search(text) or (leftover and leftover.search(text)):
            found.append("unexpanded placeholder or mark")
        if not 1 <= len(tasks) <= 4:
            found.append(f"{len(tasks)} tasks")
        last = -1
        for t in tasks:
            if not (t["intent"] in INTENTS and t["domain"] in DOMAINS.values()
                    and t["complexity"] in COMPLEXITY.values()
                    and t["sensitivity"] in LEVELS
                    and set(t["tools"]) <= set(TOOLS.values())):  # fmt: skip
                found.append(f"bad label {t}")
            if t["intent"] == "math" and "calculator" not in t["tools"]:
                found.append("math without calculator")
            if len(tasks) == 1:
                if t["text"] and not single_clause:
                    found.append("single task with clause text")
            elif not t["text"]:
                found.append("multi-task row with an empty clause")
            elif verbatim:
                pos = text.find(t["text"], last + 1)
                if pos < 0:
                    found.append(f"clause not verbatim / in order: {t['text']!r}")
                last = max(pos, last)
        level = max((PII_LEVEL.get(p["type"], 0) for p in r["pii"]), default=0)
        pick = min if pii_floor == "task" else max
        if pick(LEVELS.index(t["sensitivity"]) for t in tasks) < level:
            found.append("sensitivity below its PII level")
        for p in r["pii"]:
            found += _pii_problems(p, text)
        if r["hard_negative"] and r["pii"]:
            found.append("hard negative with PII")
        if scan_unmarked or r["hard_negative"]:
            found += _unmarked(r, card, everything=scan_unmarked)
        if rule:
            found += rule(r)
        problems += [f"{rid}: {f}" for f in found]
    return problems


def check_lookalikes(values: Mapping[str, str]) -> None:
    """Assert every unmarked look-alike fails the checksum of what it imitates."""
    for name, value in values.items():
        compact = re.sub(r"[ -]", "", value)
        assert not (compact.isdigit() and luhn_valid(compact)), name
        assert not (IBAN_LIKE.fullmatch(value) and iban_valid(compact)), name
        assert not nric_valid(value), name


# ---------------------------------------------------------------- output
def report(name: str, rows: list[Row]) -> None:
    """Print the row / task / multi-task / hard-negative counts and label counts."""
    tasks = [t for r in rows for t in r["tasks"]]
    print(f"{name}: {len(rows)} rows, {len(tasks)} tasks, "
          f"{sum(len(r['tasks']) > 1 for r in rows)} multi-task, "
          f"{sum(r['hard_negative'] for r in rows)} hard negatives")  # fmt: skip
    counts = {head: Counter(t[head] for t in tasks)
              for head in ("intent", "domain", "complexity", "sensitivity")}  # fmt: skip
    counts["tools"] = Counter(x for t in tasks for x in t["tools"])
    counts["pii"] = Counter(p["type"] for r in rows for p in r["pii"])
    for head, c in counts.items():
        print(f"  {head}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


def write_and_check(path: Path, rows: list[Row], **options: Any) -> list[Row]:
    """Write the jsonl, re-read it, :func:`check` it and :func:`report` it.

    ``options`` go to :func:`check`. Raises SystemExit(1) after printing every
    problem if any check fails; returns the re-read rows otherwise.
    """
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(path, encoding="utf-8") as fh:
        data = [json.loads(line) for line in fh]
    report(path.stem, data)
    problems = check(data, **options)
    for p in problems:
        print("PROBLEM", p)
    if problems:
        raise SystemExit(1)
    return data
