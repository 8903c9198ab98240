"""Builds the bundled feedback seed from a RouterBench file (a development-time script).

    python -m services.router.seed_build --source /work/shared/data/routerbench/train.jsonl

The installed product never reads the source data, so the demo's router needs its
evidence shipped with it: `services/router/data/feedback_seed.jsonl` holds, for a few
hundred RouterBench prompts, each model's recorded grade, cost and normalised answer
letter (what `QualityModel` folds), not the long responses. `llm-mesh feedback load`
(no FILE) publishes it; the demo and `llm-mesh up` do so before the services start.

Honesty rule (the data's README): a router must never learn from the outcomes of a prompt
it then routes. Every prompt of the demo's recorded sample is therefore excluded, matched
by sample id and by its final question (so a re-keyed copy cannot slip in).

The selection is deterministic: per eval, the candidates ordered by a hash of their
sample id, the first N taken; the same source gives a byte-identical file. RouterBench
puts the same few-shot examples before every question of an eval, so the file stores
each shared prefix once in a header line and each row's remainder (`prefix` names it);
the loader rebuilds the exact prompt, which the intent analyzer then labels.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from services.router.features import answer_format, normalise_answer

SEED_FORMAT = "llm-mesh-feedback-seed/1"
DEFAULT_PER_EVAL = {"arc-challenge": 150, "winogrande": 150, "mbpp": 40}
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "feedback_seed.jsonl"
SOURCE_NOTE = (
    "RouterBench (Hu et al., arXiv:2403.12031, MIT licence), 0-shot slices via RouterDC; "
    "see README.md next to this file"
)
_MIN_PREFIX = 200  # shorter shared heads are not worth a header entry


def question_key(prompt: str) -> str:
    """The prompt's final question, whitespace-collapsed and lower-cased.

    RouterBench prompts are few-shot: shared examples, then the question asked. Two rows
    with the same final question are the same item whatever their ids.
    """
    return " ".join(prompt.split("\n\n")[-1].split()).lower()


@dataclass(frozen=True)
class Exclusions:
    """What must not enter the seed: sample ids and final questions."""

    ids: frozenset[str]
    questions: frozenset[str]

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, Any]]) -> Exclusions:
        rows = list(rows)
        return cls(
            frozenset(str(r["sample_id"]) for r in rows),
            frozenset(question_key(str(r["prompt"])) for r in rows),
        )

    def excludes(self, row: dict[str, Any]) -> bool:
        return (
            str(row["sample_id"]) in self.ids
            or question_key(str(row["prompt"])) in self.questions
        )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every object of a JSONL file (blank lines skipped)."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _rank(sample_id: str) -> str:
    return hashlib.sha256(sample_id.encode()).hexdigest()


def select(
    rows: Sequence[dict[str, Any]], exclude: Exclusions, per_eval: dict[str, int]
) -> list[dict[str, Any]]:
    """The first `per_eval[eval]` allowed rows of each eval in hash order, by eval name."""
    out: list[dict[str, Any]] = []
    for name in sorted(per_eval):
        pool = [r for r in rows if r["eval_name"] == name and not exclude.excludes(r)]
        pool.sort(key=lambda r: _rank(str(r["sample_id"])))
        out += pool[: per_eval[name]]
    return out


def shared_prefix(prompts: Sequence[str]) -> str:
    """The longest head every prompt shares, cut after its last blank line ("" if short)."""
    if not prompts:
        return ""
    head = prompts[0]
    for p in prompts[1:]:
        n = 0
        for a, b in zip(head, p, strict=False):
            if a != b:
                break
            n += 1
        head = head[:n]
    cut = head.rfind("\n\n")
    head = head[: cut + 2] if cut >= 0 else ""
    return head if len(head) >= _MIN_PREFIX else ""


def compact_outcomes(prompt: str, outcomes: dict[str, Any]) -> dict[str, Any]:
    """Per model: grade, cost and the normalised answer letter (None for free text)."""
    fmt = answer_format(prompt)
    return {
        model: {
            "correct": float(o["correct"]),
            "cost_usd": round(float(o["cost_usd"]), 10),
            "answer": normalise_answer(str(o["response"]), fmt),
        }
        for model, o in sorted(outcomes.items())
    }


def build_seed(
    rows: Sequence[dict[str, Any]],
    exclude: Exclusions,
    per_eval: dict[str, int] | None = None,
) -> list[dict[str, Any]]:
    """The seed's objects: a header (format, source, shared prefixes), then the rows."""
    chosen = select(rows, exclude, per_eval or DEFAULT_PER_EVAL)
    prefixes: dict[str, str] = {}
    for name in sorted({r["eval_name"] for r in chosen}):
        head = shared_prefix([r["prompt"] for r in chosen if r["eval_name"] == name])
        if head:
            prefixes[name] = head
    out: list[dict[str, Any]] = [
        {"format": SEED_FORMAT, "source": SOURCE_NOTE, "prefixes": prefixes}
    ]
    for r in chosen:
        prompt = str(r["prompt"])
        row: dict[str, Any] = {
            "sample_id": str(r["sample_id"]),
            "eval_name": str(r["eval_name"]),
        }
        head = prefixes.get(row["eval_name"], "")
        if head:
            row["prefix"] = row["eval_name"]
        row["prompt"] = prompt[len(head) :]
        row["outcomes"] = compact_outcomes(prompt, r["outcomes"])
        out.append(row)
    return out


def dumps(objects: Iterable[dict[str, Any]]) -> str:
    """JSONL text, compact and stable (the same objects give the same bytes)."""
    return "".join(
        json.dumps(o, separators=(",", ":"), ensure_ascii=False) + "\n" for o in objects
    )


def bundled_sample() -> Path:
    """The demo's recorded sample (the prompts the seed must never contain)."""
    ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    return Path(str(ref))


def _per_eval(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in text.split(","):
        name, _, n = part.partition("=")
        if not name.strip() or not n.strip().isdigit():
            raise argparse.ArgumentTypeError(
                f"expected EVAL=N[,EVAL=N...], got {text!r}"
            )
        out[name.strip()] = int(n)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: build the seed file from `--source`."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    ap.add_argument("--source", type=Path, required=True, help="RouterBench JSONL")
    ap.add_argument(
        "--exclude",
        type=Path,
        action="append",
        help="JSONL whose prompts must not be used (default: the demo's sample)",
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument(
        "--per-eval",
        type=_per_eval,
        default=DEFAULT_PER_EVAL,
        help="prompts per eval, e.g. arc-challenge=150,winogrande=150,mbpp=40",
    )
    args = ap.parse_args(argv)
    excluded = [r for p in args.exclude or [bundled_sample()] for r in read_jsonl(p)]
    seed = build_seed(
        read_jsonl(args.source), Exclusions.from_rows(excluded), args.per_eval
    )
    text = dumps(seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(
        f"wrote {args.out}: {len(seed) - 1} prompts, {len(text.encode()) / 1024:.0f} KB "
        f"({len(excluded)} excluded prompts)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
