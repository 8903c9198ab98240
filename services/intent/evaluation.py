"""Scoring of the intent stage against a labelled JSONL set (used by
``llm-mesh bench intent``).

Label metrics align predicted and gold tasks by position; a gold task with no
predicted counterpart counts as wrong, so segmentation errors are not hidden.
PII is scored by exact (type, start, end) match.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from services.intent.analyzer import Analyzer, RequestAnalysis
from services.intent.classifier import HEADS
from services.intent.pii import PATTERN_TYPES

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO / "tests" / "data" / "intent" / "test.jsonl"
MISSING = "<missing>"

Row = dict[str, Any]
Progress = Callable[[Iterable[Row]], Iterator[Row]]


def load_rows(path: Path) -> list[Row]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def macro_f1(pairs: list[tuple[str, str]], labels: Iterable[str]) -> float:
    """Mean F1 over the labels that occur in gold or predictions."""
    present = {g for g, _ in pairs} | {p for _, p in pairs if p != MISSING}
    scores = []
    for label in labels:
        if label not in present:
            continue
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score(rows: list[Row], results: list[RequestAnalysis]) -> dict[str, Any]:
    """Accuracy/macro-F1 per label, task counts, PII precision/recall."""
    pairs: dict[str, list[tuple[str, str]]] = {h: [] for h in HEADS}
    count_ok = multi_ok = multi_n = 0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    hard_rows = hard_fp = 0
    for row, res in zip(rows, results, strict=True):
        gold = row["tasks"]
        count_ok += len(res.tasks) == len(gold)
        if len(gold) > 1:
            multi_n += 1
            multi_ok += len(res.tasks) == len(gold)
        for i, g in enumerate(gold):
            for head in HEADS:
                pred = getattr(res.tasks[i], head) if i < len(res.tasks) else MISSING
                pairs[head].append((g[head], pred))
        want = {(p["type"], p["start"], p["end"]) for p in row.get("pii", [])}
        got = {(f.type, f.start, f.end) for f in res.pii}
        for kind, *_ in want & got:
            tp[kind] += 1
        for kind, *_ in got - want:
            fp[kind] += 1
        for kind, *_ in want - got:
            fn[kind] += 1
        if row.get("hard_negative"):
            hard_rows += 1
            hard_fp += sum(1 for f in res.pii if f.type in PATTERN_TYPES)
    labels = {
        head: {
            "accuracy": _ratio(sum(g == p for g, p in pairs[head]), len(pairs[head])),
            "macro_f1": macro_f1(pairs[head], HEADS[head]),
            "n": len(pairs[head]),
        }
        for head in HEADS
    }
    pii = {
        kind: {
            "precision": _ratio(tp[kind], tp[kind] + fp[kind]),
            "recall": _ratio(tp[kind], tp[kind] + fn[kind]),
            "tp": tp[kind],
            "fp": fp[kind],
            "fn": fn[kind],
        }
        for kind in sorted(set(tp) | set(fp) | set(fn))
    }
    ptp = sum(tp[k] for k in PATTERN_TYPES)
    pfp = sum(fp[k] for k in PATTERN_TYPES)
    pfn = sum(fn[k] for k in PATTERN_TYPES)
    return {
        "rows": len(rows),
        "labels": labels,
        "task_count": {
            "multi_task_rows": multi_n,
            "multi_task_exact": _ratio(multi_ok, multi_n),
            "all_rows_exact": _ratio(count_ok, len(rows)),
        },
        "pii": pii,
        "pii_pattern_types": {
            "precision": _ratio(ptp, ptp + pfp),
            "recall": _ratio(ptp, ptp + pfn),
        },
        "hard_negatives": {"rows": hard_rows, "false_pii": hard_fp},
    }


def throughput_texts(rows: list[Row], words: int = 100) -> list[str]:
    """~``words``-word requests: the data set's own requests of about
    ``words`` words (85-130%), or (if too few) its texts re-cut into ``words`` chunks."""
    real = [
        r["text"] for r in rows if 0.85 * words <= len(r["text"].split()) <= 1.3 * words
    ]
    if len(real) >= 20:
        return real
    texts: list[str] = []
    buffer: list[str] = []
    for row in rows:
        buffer.extend(row["text"].split(" "))
        while len(buffer) >= words:
            texts.append(" ".join(buffer[:words]))
            buffer = buffer[words:]
    return texts or [" ".join(["word"] * words)]


def clear_caches() -> None:
    """Empty every ``functools`` cache of the intent stage's modules (word
    stems, typo fixes, sentence splits, context features, ...), as a request
    that shares nothing with earlier traffic would find them."""
    for name, module in list(sys.modules.items()):
        if name.startswith("services.intent."):
            for obj in vars(module).values():
                clear = getattr(obj, "cache_clear", None)
                if callable(clear):
                    clear()


def throughput(
    analyzer: Analyzer, texts: list[str], seconds: float = 2.0, cold: bool = False
) -> dict[str, float]:
    """Requests per CPU-second of :meth:`Analyzer.analyze` in this single
    thread (= per core, unaffected by other processes sharing the machine),
    plus the wall-clock rate for reference.

    A benchmark that loops over a few dozen texts finds the analyzer's LRU
    caches warm from the second pass on, which new traffic would not; with
    ``cold`` they are emptied before every request (outside the timed span),
    so the figure holds for requests never seen before."""
    done = 0
    spent = 0.0  # CPU seconds inside analyze()
    wall = 0.0
    cpu0 = time.process_time()
    while True:
        for text in texts:
            if cold:
                clear_caches()
            w0, c0 = time.perf_counter(), time.process_time()
            analyzer.analyze(text)
            spent += time.process_time() - c0
            wall += time.perf_counter() - w0
            done += 1
        if time.process_time() - cpu0 >= seconds and spent > 0:
            break
    avg_words = sum(len(t.split()) for t in texts) / len(texts)
    return {
        "requests_per_s": done / spent,
        "requests_per_s_wall": done / wall,
        "requests": done,
        "avg_words": avg_words,
        "cold": cold,
    }
