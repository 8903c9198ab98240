"""The feedback seed builder: never the demo's prompts, the same bytes every time."""

from __future__ import annotations

import json
import random
from importlib import resources

from services.cli.feedback_cmd import FeedbackRow, read_rows, seed_lines
from services.router.seed_build import (
    SEED_FORMAT,
    Exclusions,
    build_seed,
    dumps,
    question_key,
)

SHOTS = (
    "Which gas do plants take in?\nA) oxygen\nB) carbon dioxide\nC) helium\nD) neon\n"
    'Print only a single choice  from "A" or "B" or "C" or "D" without explanation.\n'
    "Answer:\nB\n\n"
) * 3


def _row(i: int, question: str | None = None, eval_name: str = "arc") -> dict:
    q = question or (
        f"Question number {i}: which is right?\nA) one\nB) two\nC) three\nD) four\n"
        'Print only a single choice  from "A" or "B" or "C" or "D" without explanation.'
        "\nAnswer:"
    )
    return {
        "sample_id": f"{eval_name}.{i}",
        "eval_name": eval_name,
        "prompt": SHOTS + q,
        "outcomes": {
            "big": {"correct": 1.0, "cost_usd": 0.003, "response": "B"},
            "small": {"correct": float(i % 2), "cost_usd": 0.0001, "response": "C\n"},
        },
    }


def test_excludes_by_sample_id_and_by_final_question():
    rows = [_row(i) for i in range(20)]
    demo = [_row(3), {**_row(99), "prompt": "other shots\n\n" + _row(7)["prompt"]}]
    seed = build_seed(rows, Exclusions.from_rows(demo), {"arc": 100})
    ids = {r["sample_id"] for r in seed[1:]}
    assert "arc.3" not in ids  # same id
    assert "arc.7" not in ids  # another id, but the same final question
    assert len(ids) == 18


def test_deterministic_whatever_the_input_order():
    rows = [_row(i) for i in range(30)]
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    ex = Exclusions.from_rows([])
    a = dumps(build_seed(rows, ex, {"arc": 10}))
    b = dumps(build_seed(shuffled, ex, {"arc": 10}))
    assert a == b
    assert len(a.splitlines()) == 11  # header + 10 rows


def test_rows_store_letters_and_a_shared_prefix_that_rebuilds_the_prompt():
    rows = [_row(i) for i in range(5)]
    seed = build_seed(rows, Exclusions.from_rows([]), {"arc": 5})
    header = seed[0]
    assert header["format"] == SEED_FORMAT and header["prefixes"]["arc"] == SHOTS
    small = seed[1]["outcomes"]["small"]
    assert set(small) == {"correct", "cost_usd", "answer"}
    assert (small["cost_usd"], small["answer"]) == (0.0001, "C")
    assert "response" not in json.dumps(seed)
    read = [
        r for r in read_rows(dumps(seed).splitlines()) if isinstance(r, FeedbackRow)
    ]
    by_id = {r["sample_id"]: r["prompt"] for r in rows}
    assert len(read) == 5 and all(r.prompt == by_id[r.sample_id] for r in read)


def test_bundled_seed_holds_none_of_the_demo_sample_and_stays_small():
    ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    sample = [json.loads(line) for line in ref.read_text().splitlines() if line]
    lines = seed_lines()
    assert sum(len(line) + 1 for line in lines) < 450_000
    rows = [r for r in read_rows(lines) if isinstance(r, FeedbackRow)]
    assert len(rows) == len(lines) - 1 >= 300  # every line read, header excepted
    seed_ids = {r.sample_id for r in rows}
    seed_questions = {question_key(r.prompt) for r in rows}
    for s in sample:
        assert s["sample_id"] not in seed_ids
        assert question_key(s["prompt"]) not in seed_questions
