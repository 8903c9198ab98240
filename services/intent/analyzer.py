"""The intent stage: request text -> ordered, labelled, explainable tasks.

Composition of the single-concept modules: :mod:`segment` finds the tasks and
their shared context, :mod:`pii` finds validated PII, :mod:`features` +
:mod:`classifier` label each task, :mod:`tools`, :mod:`tokens` and
:mod:`language` add routing hints. Sensitivity is the classifier's content
judgement raised to the floor implied by the PII actually present, so a card
number can never be routed as "public" whatever the model thinks.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from services.intent.classifier import Classifier, Prediction
from services.intent.features import (
    CONTEXT_DOMAIN_CHARS,
    Hits,
    extract,
    sibling_hits,
)
from services.intent.language import detect_language
from services.intent.pii import PiiFinding, detect_pii
from services.intent.segment import Range, segment
from services.intent.tokens import estimate_output, estimate_tokens
from services.intent.tools import detect_tools

__all__ = ["Analyzer", "PiiFinding", "PreparedTask", "RequestAnalysis", "TaskAnalysis"]

SENSITIVITY_ORDER = ("public", "internal", "confidential", "restricted")
_PII_FLOOR = {"CREDIT_CARD": 3, "IBAN": 3, "US_SSN": 3, "SG_NRIC": 3}
_DEPTH_BASE = {"reasoning": 2, "math": 2, "code": 1, "draft": 1, "creative": 1,
               "summarize": 1, "qa": 1, "extract": 0, "classify": 0, "sentiment": 0,
               "translate": 0, "chat": 0}  # fmt: skip


@dataclass(frozen=True)
class TaskAnalysis:
    """Everything the router needs to know about one task."""

    index: int
    text: str
    context: str
    intent: str
    domain: str
    complexity: str
    reasoning_depth: int
    sensitivity: str
    pii: tuple[PiiFinding, ...]
    tools: tuple[str, ...]
    input_tokens: int
    output_tokens: int
    language: str
    confidence: dict[str, float]
    evidence: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class RequestAnalysis:
    """All tasks of a request, in order, plus request-level PII/sensitivity."""

    tasks: tuple[TaskAnalysis, ...]
    pii: tuple[PiiFinding, ...]
    sensitivity: str


@dataclass(frozen=True)
class PreparedTask:
    """A segmented task before labelling (shared by training and inference)."""

    text: str
    context: str
    pii: tuple[PiiFinding, ...]
    features: list[str]
    notes: dict[str, list[str]]


def _inside(f: PiiFinding, ranges: list[Range]) -> bool:
    return any(s <= f.start and f.end <= e for s, e in ranges)


def prepare(text: str) -> tuple[list[PreparedTask], list[PiiFinding]]:
    """Segment ``text``, assign PII to tasks and compute their features."""
    findings = detect_pii(text)
    prepared: list[PreparedTask] = []
    segments = segment(text)
    task_ranges = [[(seg.start, seg.end), *seg.context] for seg in segments]
    siblings = _SiblingScan(text, task_ranges)
    for seg, ranges in zip(segments, task_ranges, strict=True):
        task_text = text[seg.start : seg.end].strip()
        context = "\n\n".join(text[s:e].strip() for s, e in seg.context).strip()
        pii = tuple(f for f in findings if _inside(f, ranges))
        types = sorted({f.type for f in pii})
        feats, notes = extract(task_text, context, types, siblings.outside(ranges))
        prepared.append(PreparedTask(task_text, context, pii, feats, notes))
    return prepared, findings


class _SiblingScan:
    """Domain cues of the request outside each task (its sibling tasks and
    any heading or material they share: "For the patient leaflet:").

    The request is cut at every task and context boundary into pieces, and
    each piece is scanned at most once per request; a task's sibling cues
    are the hits of the pieces outside its own ranges, in order, within the
    first ``CONTEXT_DOMAIN_CHARS`` of that outside text. Scanning the whole
    outside text per task instead cost O(tasks x request length)."""

    def __init__(self, text: str, task_ranges: list[list[Range]]) -> None:
        cuts = {0, len(text)}
        for ranges in task_ranges:
            for s, e in ranges:
                cuts.update((s, e))
        # each piece is sliced and stripped once; blank pieces are dropped
        stripped = [(s, text[s:e].strip()) for s, e in pairwise(sorted(cuts))]
        self._starts = [s for s, piece in stripped if piece]
        self._texts = [piece for _, piece in stripped if piece]
        self._hits: list[Hits | None] = [None] * len(self._texts)

    def outside(self, ranges: list[Range]) -> Hits:
        # Range ends are cut points, so a piece lies inside a range exactly
        # when its start does: the covered pieces are index intervals.
        covered: set[int] = set()
        for rs, re_ in ranges:
            covered.update(
                range(bisect_left(self._starts, rs), bisect_left(self._starts, re_))
            )
        budget = CONTEXT_DOMAIN_CHARS
        out: list[tuple[str, str]] = []
        for i, piece in enumerate(self._texts):
            if budget <= 0:
                break
            if i in covered:
                continue
            if len(piece) <= budget:
                hits = self._hits[i]
                if hits is None:
                    hits = self._hits[i] = sibling_hits(piece)
            else:
                hits = sibling_hits(piece[:budget])
            out.extend(hits)
            budget -= len(piece) + 1  # the joining space of the old rest text
        return tuple(out)


# the tasks of a request mostly share one pasted context: estimate it once
_context_tokens = lru_cache(maxsize=64)(estimate_tokens)


def reasoning_depth(intent: str, complexity: str) -> int:
    """0 = lookup/transform, 3 = multi-step analysis; from intent and complexity."""
    base = _DEPTH_BASE.get(intent, 1)
    if complexity == "high":
        base += 1
    elif complexity == "low" and base >= 2:
        base -= 1
    return max(0, min(3, base))


class Analyzer:
    """Loads the shipped model once; :meth:`analyze` is pure and thread-safe."""

    def __init__(self) -> None:
        self._model = Classifier.load()

    def analyze(self, text: str) -> RequestAnalysis:
        prepared, findings = prepare(text)
        preds = self._model.predict_request([(p.features, p.notes) for p in prepared])
        tasks = tuple(
            self._label(i, p, pr)
            for i, (p, pr) in enumerate(zip(prepared, preds, strict=True))
        )
        level = max(SENSITIVITY_ORDER.index(t.sensitivity) for t in tasks)
        if findings:
            level = max(level, max(_PII_FLOOR.get(f.type, 2) for f in findings))
        return RequestAnalysis(tasks, tuple(findings), SENSITIVITY_ORDER[level])

    @staticmethod
    def _language(task: PreparedTask) -> str:
        """Language of the instruction; short ones also look at the context."""
        if len(task.text) >= 40 or not task.context:
            return detect_language(task.text)
        return detect_language(f"{task.text} {task.context[:300]}")

    def _label(
        self, index: int, task: PreparedTask, preds: dict[str, Prediction]
    ) -> TaskAnalysis:
        intent, domain = preds["intent"].label, preds["domain"].label
        complexity = preds["complexity"].label
        tools, tool_evidence = detect_tools(task.text, task.context, intent, domain)
        sens = preds["sensitivity"]
        level = SENSITIVITY_ORDER.index(sens.label)
        sens_conf = sens.confidence
        sens_evidence = sens.evidence
        floor = max((_PII_FLOOR.get(f.type, 2) for f in task.pii), default=0)
        if "retrieval" in tools:
            floor = max(floor, 1)
        if floor > level:
            level, sens_conf = floor, 1.0
            kinds = sorted({f.type for f in task.pii}) or ["retrieval"]
            sens_evidence = tuple(f"rule:{k}" for k in kinds)
        input_tokens = estimate_tokens(task.text) + _context_tokens(task.context)
        return TaskAnalysis(
            index=index,
            text=task.text,
            context=task.context,
            intent=intent,
            domain=domain,
            complexity=complexity,
            reasoning_depth=reasoning_depth(intent, complexity),
            sensitivity=SENSITIVITY_ORDER[level],
            pii=task.pii,
            tools=tools,
            input_tokens=input_tokens,
            output_tokens=estimate_output(task.text, intent, complexity, input_tokens),
            language=self._language(task),
            confidence={
                "intent": round(preds["intent"].confidence, 4),
                "domain": round(preds["domain"].confidence, 4),
                "complexity": round(preds["complexity"].confidence, 4),
                "sensitivity": round(sens_conf, 4),
            },
            evidence={
                "intent": preds["intent"].evidence,
                "domain": preds["domain"].evidence,
                "complexity": preds["complexity"].evidence,
                "sensitivity": sens_evidence,
                "tools": tool_evidence,
            },
        )
