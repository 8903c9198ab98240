"""Generate the labelled intent dataset (train.jsonl / test.jsonl), seeded.

Usage: ``python tests/data/intent/generate.py`` (rewrites both files).

Requests are composed from instruction templates (``templates.py``,
``problems.py``), pasted material (``contexts.py``) and validated PII values
(``pii_values.py``). The split is decided *before* a row is built and every
template/object/question pool is partitioned by index (i % 3 == 2 -> test), so
test rows use phrasings the classifier never saw. Hand-written rows from
``handwritten.py`` are appended to the test split.
"""

# ruff: noqa: E501  (data tables: long literal phrasings read better unwrapped)

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import contexts  # noqa: E402
import handwritten  # noqa: E402
import pii_values as pv  # noqa: E402
import problems as pb  # noqa: E402
import templates as tp  # noqa: E402

from services.intent.lexicon import TASK_VERBS  # noqa: E402

SEED = 20240603
N_SINGLE = 1900
N_MULTI = 520
N_SPECIAL = 180
TEST_FRACTION = 0.3

LEVEL = {"public": 0, "internal": 1, "confidential": 2, "restricted": 3}
NAMES = ["public", "internal", "confidential", "restricted"]
PII_LEVEL = {"CREDIT_CARD": 3, "IBAN": 3, "US_SSN": 3, "SG_NRIC": 3, "EMAIL": 2,
             "PHONE": 2, "PERSON": 2, "IP_ADDRESS": 2}  # fmt: skip
INTENTS = ["summarize", "draft", "creative", "reasoning", "math", "code", "classify",
           "sentiment", "extract", "translate", "qa", "chat"]  # fmt: skip
CODE_CONTEXT = re.compile(r"\bthis (?:function|code|script|query|snippet|loop|module|"
                          r"invoice calculation code|Flask endpoint)\b")  # fmt: skip
MARK = re.compile(r"\x00([A-Z_]+)\x01(.*?)\x02", re.S)


def part(pool: list[Any], split: str) -> list[Any]:
    """Index-partition a pool: every third item is reserved for the test split."""
    chosen = [x for i, x in enumerate(pool) if (i % 3 == 2) == (split == "test")]
    return chosen or pool


def strip_marks(text: str) -> tuple[str, list[dict[str, Any]]]:
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(text):
        chunk = text[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        value = m.group(2)
        spans.append({"type": m.group(1), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def pii_level(text: str) -> int:
    return max((PII_LEVEL[m.group(1)] for m in MARK.finditer(text)), default=0)


@dataclass
class Clause:
    text: str
    intent: str
    domain: str
    complexity: str
    tools: list[str] = field(default_factory=list)
    uses_context: bool = False
    sensitivity: int = 0


def split_flags(tpl: str) -> tuple[str, str, list[str]]:
    text, *flags = tpl.split("|")
    complexity = "low"
    tools: list[str] = []
    names = {"calc": "calculator", "retr": "retrieval", "code": "code_execution",
             "web": "browsing"}  # fmt: skip
    for f in flags:
        if f in ("low", "medium", "high"):
            complexity = f
        else:
            tools.append(names[f])
    return text, complexity, tools


def fill_numbers(rng: random.Random, text: str) -> str:
    return text.format(
        a=rng.randint(2, 95), b=rng.randint(100, 9000), c=rng.randint(10000, 900000),
        r=rng.choice([3, 4.5, 5, 7, 8, 12, 15, 20]), n=rng.randint(2, 9),
    )  # fmt: skip


def doc_ref(
    rng: random.Random, doc: str, ref: str | None, split: str
) -> tuple[str, bool]:
    """How a clause points at its document; returns (phrase, uses_context)."""
    if ref == "below":
        return rng.choice([f"the {doc} below", f"the following {doc}", f"this {doc}",
                           "the text below", f"the {doc} pasted below"]), True  # fmt: skip
    if ref == "above":
        return rng.choice([f"the {doc} above", f"this {doc}", "the text above"]), True
    if ref == "it":
        return rng.choice(["it", f"the same {doc}", "that text"]), True
    owner = rng.choice(["the", "our", "last week's", "the attached", "the latest"])
    return f"{owner} {doc}", False


def make_clause(
    rng: random.Random, split: str, intent: str, domain: str, ref: str | None
) -> Clause:
    """One task instruction of ``intent``/``domain``; ``ref`` asks it to point at
    pasted material ("below"/"above"/"it") when the intent can use it."""
    if intent in tp.DOC_INTENTS or (intent == "draft" and ref):
        if intent == "draft":
            pool = part(["Draft a reply to {doc}|medium", "Write a polite response to {doc}|low",
                         "Respond to {doc} on my behalf|low", "Answer {doc} professionally|low",
                         "Write a reply to {doc} declining the request|medium",
                         "Prepare a response to {doc}|medium"], split)  # fmt: skip
        else:
            pool = part(tp.TEMPLATES[intent], split)
        text, cx, tools = split_flags(rng.choice(pool))
        doc = rng.choice(part(tp.DOCS[domain], split))
        if intent == "draft":
            doc = rng.choice(["email", "message", "complaint", "letter"])
        phrase, uses = doc_ref(rng, doc, ref, split)
        if not uses and intent != "draft":
            tools = [*tools, "retrieval"]
        text = text.replace("{doc}", phrase).replace("{lang}", rng.choice(tp.LANGS))
        return Clause(text, intent, domain, cx, tools, uses)
    if intent == "draft" or intent == "creative":
        text, cx, tools = split_flags(rng.choice(part(tp.TEMPLATES[intent], split)))
        text = text.replace("{topic}", rng.choice(part(tp.TOPICS[domain], split)))
        if intent == "draft" and rng.random() < 0.15:
            text += rng.choice([
                f" and send it to {contexts.mark('EMAIL', pv.email(rng))}",
                f" addressed to {contexts.mark('PERSON', pv.person(rng))}",
                f"; sign it with my number {contexts.mark('PHONE', pv.phone(rng))}",
            ])  # fmt: skip
        if intent == "draft" and rng.random() < 0.1:
            text += " in line with our internal policy"
            tools = [*tools, "retrieval"]
        return Clause(text, intent, domain, cx, tools)
    if intent == "math":
        dom = domain if domain in pb.MATH else "general"
        text, cx, tools = split_flags(rng.choice(part(pb.MATH[dom], split)))
        return Clause(fill_numbers(rng, text), "math", dom, cx, [*tools, "calculator"])
    if intent == "code":
        dom = domain if domain in pb.CODE else "general"
        text, cx, tools = split_flags(rng.choice(part(pb.CODE[dom], split)))
        if (
            re.search(r"\b(run|test|tests|execute)\b", text, re.I)
            and "code_execution" not in tools
            and text.startswith(("Run", "Write a function and run"))
        ):
            tools = [*tools, "code_execution"]
        return Clause(text, "code", dom, cx, tools, bool(CODE_CONTEXT.search(text)))
    if intent == "qa":
        text, cx, tools = split_flags(rng.choice(part(tp.QA[domain], split)))
        if "retrieval" in tools:
            cx = "low"
        return Clause(text, "qa", domain, cx, tools)
    if intent == "reasoning":
        text, cx, tools = split_flags(rng.choice(part(tp.REASONING[domain], split)))
        uses = bool(
            re.search(
                r"\b(these facts|these symptoms|this situation|Given these)\b", text
            )
        )
        return Clause(text, "reasoning", domain, cx, tools, uses)
    text = rng.choice(part(tp.CHAT, split))
    return Clause(text, "chat", "general", "low")


def politeness(rng: random.Random, text: str, intent: str) -> str:
    if intent in ("chat", "qa", "reasoning") or text.endswith("?"):
        return text
    if text.split()[0].lower().strip(",;:") not in TASK_VERBS:
        return text
    prefix = rng.choice(["", "", "", "Please ", "Hey, ", "Could you ", "Can you please ",
                         "I need you to ", "Quick one: ", "Pls "])  # fmt: skip
    if prefix:
        text = prefix + lower_first(text)
        if prefix.startswith(("Could", "Can")):
            text = text.rstrip(".") + "?"
    return text


def lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def attach_context(rng: random.Random, instruction: str, ctx: str, before: bool) -> str:
    if before:
        return ctx + rng.choice(["\n\n", "\n\n---\n", "\n\n"]) + instruction
    ctx_inline = ctx.replace("\n", " ")
    styles = [
        lambda: f"{instruction.rstrip('.:')}:\n\n{ctx}",
        lambda: f"{instruction}\n\n{ctx}",
        lambda: f"{instruction.rstrip('.:')}:\n```\n{ctx}\n```",
        lambda: f'{instruction}\n"""\n{ctx}\n"""',
        lambda: f"{instruction}\n\nText:\n{ctx}",
    ]
    if len(ctx) < 260:
        styles.append(lambda: f'{instruction.rstrip(".:")}: "{ctx_inline}"')
    if instruction.endswith("?"):
        styles = [
            lambda: f"{instruction}\n\n{ctx}",
            lambda: f"{instruction}\n\n> {ctx_inline}",
        ]
    return rng.choice(styles)()


def finish_clause(c: Clause, ctx_text: str, ctx_sens: str) -> dict[str, Any]:
    level = pii_level(c.text)
    if c.uses_context:
        level = max(level, pii_level(ctx_text), LEVEL[ctx_sens])
    if "retrieval" in c.tools:
        level = max(level, 1)
    complexity = c.complexity
    words = len(ctx_text.split()) if c.uses_context else 0
    if words > 150 and complexity == "low":
        complexity = "medium"
    text, _ = strip_marks(c.text)
    return {"text": text, "intent": c.intent, "domain": c.domain, "complexity": complexity,
            "sensitivity": NAMES[max(level, c.sensitivity)], "tools": sorted(set(c.tools))}  # fmt: skip


def context_for(rng: random.Random, clause: Clause) -> tuple[str, str, bool]:
    code = clause.intent == "code"
    return contexts.build(
        clause.domain, rng, pii_rate=rng.choice([0.0, 0.5, 1.0, 1.0, 2.0]), code=code
    )


def single(rng: random.Random, split: str) -> dict[str, Any]:
    intent = rng.choice(INTENTS)
    domain = rng.choice(tp.DOMAINS)
    want_ctx = rng.random() < 0.8
    before = rng.random() < 0.2
    ref = ("above" if before else "below") if want_ctx else None
    clause = make_clause(rng, split, intent, domain, ref)
    ctx, ctx_sens, hard = ("", "public", False)
    instruction = politeness(rng, clause.text, intent)
    if rng.random() < 0.08:
        instruction = instruction.lower().rstrip(".!?")
    if clause.uses_context:
        ctx, ctx_sens, hard = context_for(rng, clause)
        text = attach_context(rng, instruction, ctx, before)
    else:
        suffix = rng.choice(
            ["", "", "", "", " Thanks!", " Thank you.", " ASAP please."]
        )
        if suffix and intent not in ("chat", "qa", "reasoning"):
            instruction = instruction.rstrip(".") + (
                "" if instruction[-1:] in "?!" else "."
            )
            instruction += suffix
        text = instruction
        if rng.random() < 0.12 and intent not in (
            "chat",
            "qa",
            "reasoning",
            "creative",
        ):
            neg = pv.hard_negative(rng)
            text += rng.choice([f" (re: {neg})", f" Context: {neg}.", f" — see {neg}"])
            hard = True
    task = finish_clause(clause, ctx, ctx_sens)
    return row(text, [task], hard)


def row(text: str, tasks: list[dict[str, Any]], hard: bool) -> dict[str, Any]:
    clean, spans = strip_marks(text)
    return {
        "text": clean,
        "tasks": tasks,
        "pii": spans,
        "hard_negative": hard and not spans,
    }


JOINERS = ["comma", "and_then", "sentences", "numbered", "bullets", "first_then",
           "semicolon", "also", "paren_numbers", "newlines"]  # fmt: skip


def join(rng: random.Random, parts: list[str]) -> str:
    style = rng.choice(JOINERS)
    bare = [p.rstrip(".!") for p in parts]
    has_q = any("?" in p or ". " in p for p in bare)
    if has_q and style in ("comma", "and_then", "semicolon", "paren_numbers"):
        style = "sentences"
    if style == "comma":
        head = ", ".join([bare[0], *[lower_first(p) for p in bare[1:-1]]])
        last = lower_first(bare[-1])
        return f"{head}{rng.choice([', and ', ' and ', ', then '])}{last}"
    if style == "and_then":
        out = bare[0]
        for p in bare[1:]:
            out += rng.choice(
                [" and then ", ", and then ", " and after that ", ", then "]
            )
            out += lower_first(p)
        return out
    if style == "semicolon":
        return "; ".join([bare[0], *[lower_first(p) for p in bare[1:]]]) + "."
    if style == "numbered":
        head = rng.choice(
            ["", "Please do the following:\n", "Tasks:\n", "I need three things:\n"]
        )
        return head + "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))
    if style == "paren_numbers":
        return " ".join(
            f"({i}) {lower_first(p.rstrip('.'))}" for i, p in enumerate(parts, 1)
        )
    if style == "bullets":
        mark = rng.choice(["-", "*", "•"])
        return "\n".join(f"{mark} {p}" for p in parts)
    if style == "first_then":
        words = ["First, ", "Then ", "After that, ", "Finally, "]
        out = []
        for i, p in enumerate(parts):
            w = words[min(i, 2)] if i < len(parts) - 1 or i == 0 else "Finally, "
            out.append(w + lower_first(p if p.endswith(("?", ".")) else p + "."))
        return " ".join(out)
    if style == "also":
        return " ".join(
            [parts[0] if parts[0].endswith(("?", ".")) else parts[0] + "."]
            + [rng.choice(["Also, ", "Additionally, ", "And ", "Next, "]) + lower_first(
                p if p.endswith(("?", ".")) else p + ".") for p in parts[1:]]
        )  # fmt: skip
    if style == "newlines":
        return "\n".join(p if p.endswith(("?", ".")) else p + "." for p in parts)
    return " ".join(p if p.endswith(("?", ".")) else p + "." for p in parts)


def multi(rng: random.Random, split: str) -> dict[str, Any]:
    k = rng.choices([2, 3, 4], weights=[55, 35, 10])[0]
    base_domain = rng.choice(tp.DOMAINS)
    intents = rng.sample([i for i in INTENTS if i != "chat"], k)
    want_ctx = rng.random() < 0.6
    before = want_ctx and rng.random() < 0.2
    ref_idx = None
    if want_ctx:
        doc_like = [i for i, it in enumerate(intents) if it in tp.DOC_INTENTS]
        if doc_like:
            ref_idx = rng.choice(doc_like)
    clauses = []
    for i, intent in enumerate(intents):
        domain = base_domain if rng.random() < 0.6 else rng.choice(tp.DOMAINS)
        ref = None
        if ref_idx is not None and intent in tp.DOC_INTENTS:
            ref = ("above" if before else "below") if i == ref_idx else None
            if i > ref_idx:
                ref = "it"
            domain = base_domain
        clause = make_clause(rng, split, intent, domain, ref)
        if clause.uses_context and ref is None:
            clause = make_clause(rng, split, "qa", domain, None)
        clauses.append(clause)
    has_ctx = any(c.uses_context for c in clauses)
    parts = [c.text for c in clauses]
    instruction = join(rng, parts)
    first_word = instruction.split()[0].lower().strip(",")
    if rng.random() < 0.3 and first_word in TASK_VERBS:
        instruction = rng.choice(["Please ", "Can you ", "Hey — "]) + lower_first(
            instruction
        )
    ctx, ctx_sens, hard = ("", "public", False)
    if has_ctx:
        ref_clause = next(c for c in clauses if c.uses_context)
        ctx, ctx_sens, hard = context_for(rng, ref_clause)
        text = attach_context(rng, instruction, ctx, before)
    else:
        text = instruction
    tasks = [finish_clause(c, ctx, ctx_sens) for c in clauses]
    return row(text, tasks, hard)


def special(rng: random.Random, split: str) -> dict[str, Any]:
    kind = rng.choice(["mcq", "mcq", "wino", "mbpp"])
    if kind == "mcq":
        pool = part(pb.MCQ, split)
        shots = rng.sample(pb.MCQ, rng.randint(0, 4))
        q, opts, _, dom = rng.choice(pool)
        blocks = []
        for sq, so, sa, _ in [*shots, (q, opts, None, dom)]:
            lines = [sq, *[f"{'ABCD'[i]}) {o}" for i, o in enumerate(so)]]
            lines.append(
                'Print only a single choice  from "A" or "B" or "C" or "D" without explanation.'
            )
            lines.append("Answer:" + (f"\n{sa}" if sa else ""))
            blocks.append("\n".join(lines))
        text = "\n\n".join(blocks)
        task = {"intent": "qa", "domain": dom, "complexity": "low", "sensitivity": "public",
                "tools": [], "text": blocks[-1]}  # fmt: skip
        return row(text, [task], False)
    if kind == "wino":
        blocks = []
        for j in range(rng.randint(1, 4)):
            sent, opt = rng.choice(part(pb.WINO, split) if j == 0 else pb.WINO)
            x, y = rng.sample(pb.WINO_NAMES, 2)
            a, b = (x, y) if opt == "Option" else tuple(opt.split("/"))
            s = sent.format(x=x, y=y)
            if rng.random() < 0.5:
                blk = (
                    f"Please answer with the letter of the correct answer.\n\n{s}\nA) {a}\nB) {b}\n"
                    'Print only a single choice  from "A" or "B" without explanation. Answer:'
                )
            else:
                blk = f"{s}\nOption1: {a}\nOption2: {b}\nAnswer:"
            blocks.append(blk)
        text = (
            "\n".join(b + "\n" + rng.choice("AB") + "\n" for b in blocks[1:])
            + blocks[0]
        )
        task = {"intent": "reasoning", "domain": "general", "complexity": "low",
                "sensitivity": "public", "tools": [], "text": blocks[0]}  # fmt: skip
        return row(text, [task], False)
    what = rng.choice(part(pb.MBPP_TASKS, split))
    text = f"Write a {rng.choice(['python ', ''])}function to {what}."
    if rng.random() < 0.5:
        fn = "_".join(what.split()[:3])
        text += f"\nYour code should pass these tests:\n\nassert {fn}([1, 2, 3]) == 6\nassert {fn}([]) == 0"
    task = {"intent": "code", "domain": "general", "complexity": "low", "sensitivity": "public",
            "tools": [], "text": text.split("\n")[0]}  # fmt: skip
    return row(text, [task], False)


def build_all(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    out: dict[str, list[dict[str, Any]]] = {"train": [], "test": []}
    makers = [(single, N_SINGLE), (multi, N_MULTI), (special, N_SPECIAL)]
    for maker, n in makers:
        for _ in range(n):
            split = "test" if rng.random() < TEST_FRACTION else "train"
            out[split].append(maker(rng, split))
    for r in handwritten.rows():
        out["test"].append(r)
    for split, rows in out.items():
        for i, r in enumerate(rows):
            r["id"] = f"{split}-{i:05d}"
    return out


def main() -> None:
    data = build_all()
    for split, rows in data.items():
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                keys = ["id", "text", "tasks", "pii", "hard_negative"]
                fh.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} rows")


if __name__ == "__main__":
    main()
