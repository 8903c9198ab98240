"""Plain-text rendering of results for people (tables without extra dependencies)."""

from __future__ import annotations

import shutil
import textwrap

from services.mesh.events import RequestCompleted, RequestRejected


def width() -> int:
    return max(80, min(160, shutil.get_terminal_size((120, 24)).columns))


def clip(text: str, n: int) -> str:
    """One line of at most n characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: max(0, n - 1)] + "…"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A left-aligned table sized to its content."""
    cols = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
        for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(c) for h, c in zip(headers, cols, strict=True))
    sep = "  ".join("-" * c for c in cols)
    body = ["  ".join(v.ljust(c) for v, c in zip(r, cols, strict=True)) for r in rows]
    return "\n".join([line, sep, *body])


def result_block(title: str, result: RequestCompleted | RequestRejected) -> str:
    """A request's tasks, models, reasons, cost, latency and answer."""
    w = width()
    if isinstance(result, RequestRejected):
        return f"{title}\n  REJECTED by {result.stage} ({result.error_code}): {result.reason}"
    head = (
        f"{title}\n  {result.status}  cost ${result.total_cost_usd:.6f}  "
        f"latency {result.latency_ms:.0f} ms  tasks {len(result.tasks)}"
    )
    rows = [
        [
            str(t.index + 1),
            t.intent,
            t.status,
            t.model or "-",
            f"${t.cost_usd:.6f}",
            f"{t.latency_ms:.0f} ms",
        ]
        for t in result.tasks
    ]
    tab = textwrap.indent(
        table(["#", "intent", "status", "model", "cost", "latency"], rows), "  "
    )
    for t in result.tasks:
        tab += "\n" + "\n".join(
            textwrap.wrap(
                t.explanation,
                w - 4,
                initial_indent=f"  why {t.index + 1}: ",
                subsequent_indent=" " * 9,
            )
        )
    text = result.answer if len(result.answer) <= 900 else result.answer[:899] + "…"
    lines = [
        wrapped
        for para in text.splitlines()
        for wrapped in (textwrap.wrap(para, w - 12) or [""])
    ]
    answer = textwrap.indent("\n".join(lines[:14]), "  │ ", lambda _line: True)
    return f"{head}\n{tab}\n  answer:\n{answer}"
