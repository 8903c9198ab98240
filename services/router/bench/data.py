"""Benchmark rows: one prompt with every model's recorded outcome, and k-fold splits."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from services.mesh.errors import ConfigError


@dataclass(frozen=True)
class Outcome:
    """A model's recorded answer: what a call returns, what it cost, and its grade."""

    response: str
    cost_usd: float
    correct: float


@dataclass(frozen=True)
class Row:
    """One benchmark prompt."""

    sample_id: str
    eval_name: str
    prompt: str
    outcomes: dict[str, Outcome]


def load_rows(path: str | Path) -> list[Row]:
    """Read a RouterBench JSONL file (sample_id, eval_name, prompt, outcomes).

    Raises:
        ConfigError: unreadable file or a malformed line (named by number).
    """
    p = Path(path)
    rows: list[Row] = []
    try:
        lines = p.read_text().splitlines()
    except OSError as e:
        raise ConfigError(f"cannot read benchmark file {p}: {e.strerror}") from e
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            outcomes = {
                m: Outcome(
                    str(o["response"]), float(o["cost_usd"]), float(o["correct"])
                )
                for m, o in d["outcomes"].items()
            }
            rows.append(
                Row(str(d["sample_id"]), str(d["eval_name"]), d["prompt"], outcomes)
            )
        except (ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"{p}:{i}: malformed benchmark row: {e}") from e
    return rows


def folds(rows: list[Row], k: int, seed: int = 0) -> list[tuple[list[Row], list[Row]]]:
    """k (train, test) splits; every row is tested exactly once."""
    if k < 2:
        raise ValueError("cross-validation needs k >= 2")
    idx = list(range(len(rows)))
    random.Random(seed).shuffle(idx)
    parts = [idx[i::k] for i in range(k)]
    out = []
    for i in range(k):
        test = set(parts[i])
        out.append(
            ([rows[j] for j in idx if j not in test], [rows[j] for j in sorted(test)])
        )
    return out
