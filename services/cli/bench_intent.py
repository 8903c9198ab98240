"""``llm-mesh bench intent``: score the intent stage on a labelled set.

Prints per-label accuracy and macro-F1, task-count accuracy on multi-task
requests, PII precision/recall per type, false PII on hard negatives and the
single-core throughput measured in the same run: with warm caches (the
bench loops over a few dozen texts, so the analyzer's LRU caches hold them
all after one pass) and, with ``--cold``, also with every cache emptied before
each request, which is the honest figure for traffic never seen before.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from services.intent.analyzer import Analyzer, RequestAnalysis
from services.intent.evaluation import (
    DEFAULT_DATA,
    load_rows,
    score,
    throughput,
    throughput_texts,
)


def _table(report: dict[str, Any]) -> str:
    lines = [f"intent bench on {report['data']} ({report['rows']} requests)", ""]
    lines.append(f"{'label':<12} {'accuracy':>9} {'macro-F1':>9} {'tasks':>6}")
    for head, m in report["labels"].items():
        lines.append(
            f"{head:<12} {m['accuracy']:>9.3f} {m['macro_f1']:>9.3f} {m['n']:>6}"
        )
    tc = report["task_count"]
    lines += [
        "",
        f"task count exact, multi-task rows: {tc['multi_task_exact']:.3f} "
        f"({tc['multi_task_rows']} rows); all rows: {tc['all_rows_exact']:.3f}",
        "",
        f"{'pii type':<12} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>4} {'fn':>4}",
    ]
    for kind, m in report["pii"].items():
        lines.append(
            f"{kind:<12} {m['precision']:>9.3f} {m['recall']:>7.3f} "
            f"{m['tp']:>5} {m['fp']:>4} {m['fn']:>4}"
        )
    pt = report["pii_pattern_types"]
    hn = report["hard_negatives"]
    lines += [
        f"{'patterns':<12} {pt['precision']:>9.3f} {pt['recall']:>7.3f}   (all but PERSON)",
        "",
        f"false PII on hard negatives: {hn['false_pii']} ({hn['rows']} rows)",
        _throughput_line("throughput, warm caches", report["throughput"]),
    ]
    if "throughput_cold" in report:
        lines.append(
            _throughput_line("throughput, cold caches", report["throughput_cold"])
        )
    return "\n".join(lines)


def _throughput_line(label: str, tp: dict[str, Any]) -> str:
    return (
        f"{label}: {tp['requests_per_s']:.0f} requests/s per core (CPU time; "
        f"{tp['requests_per_s_wall']:.0f}/s wall) on ~{tp['avg_words']:.0f}-word "
        f"requests, {tp['requests']} analysed"
    )


@click.command("intent")
@click.option(
    "--data",
    "data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default="held-out test split",
    help="Labelled JSONL (id, text, tasks, pii, hard_negative).",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--seconds", default=2.0, show_default=True, help="Throughput run length."
)
@click.option(
    "--cold",
    is_flag=True,
    help="Also measure with the analyzer's caches emptied before every request "
    "(new traffic); reported as throughput_cold.",
)
def bench_intent(data: Path, as_json: bool, seconds: float, cold: bool) -> None:
    """Accuracy, PII and throughput of the intent stage on a labelled set."""
    analyzer = Analyzer()
    rows = load_rows(data)
    results: list[RequestAnalysis] = []
    with click.progressbar(rows, label="analysing", file=sys.stderr) as bar:
        for row in bar:
            results.append(analyzer.analyze(row["text"]))
    report = score(rows, results)
    report["data"] = str(data)
    click.echo("measuring throughput ...", err=True)
    texts = throughput_texts(rows)
    report["throughput"] = throughput(analyzer, texts, seconds)
    if cold:
        report["throughput_cold"] = throughput(analyzer, texts, seconds, cold=True)
    click.echo(json.dumps(report, indent=2) if as_json else _table(report))
