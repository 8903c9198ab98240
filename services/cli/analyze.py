"""``llm-mesh analyze --jsonl FILE``: run the intent stage without a broker.

Same code path as the intent service (:class:`services.intent.analyzer.Analyzer`),
one JSON line out per JSON line in. A bad line is reported on stderr with its
line number and skipped, so one typo does not lose a whole batch; the exit code
is non-zero at the end if any line failed.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import IO, Any

import click

from services.intent.analyzer import Analyzer, RequestAnalysis


def to_json(request_id: Any, result: RequestAnalysis) -> dict[str, Any]:
    """JSON-ready dict of one analysis (tuples become lists)."""
    return {
        "id": request_id,
        "tasks": [dataclasses.asdict(t) for t in result.tasks],
        "pii": [dataclasses.asdict(p) for p in result.pii],
        "sensitivity": result.sensitivity,
    }


def _process(stream: IO[str], analyzer: Analyzer) -> int:
    errors = 0
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('missing string field "text"')
            out = to_json(item.get("id"), analyzer.analyze(text))
        except (ValueError, TypeError) as exc:
            errors += 1
            click.echo(f"line {number}: {exc}", err=True)
            continue
        click.echo(json.dumps(out, ensure_ascii=False))
    return errors


@click.command("analyze")
@click.option(
    "--jsonl",
    "source",
    required=True,
    type=click.File("r", encoding="utf-8"),
    help='JSON lines {"id", "text"}; "-" reads stdin.',
)
def analyze(source: IO[str]) -> None:
    """Analyse requests: tasks, labels, PII, tools, token estimates."""
    errors = _process(source, Analyzer())
    if errors:
        click.echo(f"{errors} line(s) failed", err=True)
        sys.exit(1)
