"""`llm-mesh feedback load`: the events it builds are the benchmark's training events."""

from __future__ import annotations

import json
from importlib import resources

from click.testing import CliRunner

from services.cli.feedback_cmd import (
    BadLine,
    FeedbackRow,
    events_for,
    load_cmd,
    read_exclusions,
    read_rows,
)
from services.router.bench.analyze import TaskMaker
from services.router.bench.data import Outcome, Row
from services.router.bench.run import feedback_events
from services.router.seed_build import compact_outcomes


def _sample(n: int) -> list[dict]:
    ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
    lines = ref.read_text().splitlines()
    picked = [json.loads(x) for x in lines if '"winogrande"' in x][: n - 1]
    return [*picked, json.loads(next(x for x in lines if '"mbpp"' in x))]


def _learned(events: list) -> list[dict]:
    """What the router folds from an event (everything but the envelope)."""
    out = []
    for e in events:
        d = e.model_dump(exclude={"envelope"})
        d["cost_usd"] = round(d["cost_usd"], 9)  # the seed keeps 10 decimals
        out.append(d)
    return out


def test_events_equal_the_benchmarks_training_feedback():
    raw = _sample(3)
    maker = TaskMaker()
    rows = [r for r in read_rows(json.dumps(d) for d in raw)]
    assert all(isinstance(r, FeedbackRow) for r in rows)
    ours = [e for r in rows for e in events_for(r, maker, "demo")]
    bench_rows = [
        Row(
            d["sample_id"], d["eval_name"], d["prompt"],
            {m: Outcome(o["response"], o["cost_usd"], o["correct"])
             for m, o in d["outcomes"].items()},
        )
        for d in raw
    ]  # fmt: skip
    theirs = feedback_events(bench_rows, maker)
    assert _learned(ours) == _learned(theirs)
    assert len(ours) == 3 * 11
    assert any(k.startswith("answer:") for e in ours for k in e.features)


def test_seed_rows_with_letters_learn_the_same_as_full_responses():
    raw = _sample(3)
    compact = [
        {**d, "outcomes": compact_outcomes(d["prompt"], d["outcomes"])} for d in raw
    ]
    maker = TaskMaker()
    full = [
        e
        for r in read_rows(json.dumps(d) for d in raw)
        for e in events_for(r, maker, "t")
    ]
    seed = [
        e
        for r in read_rows(json.dumps(d) for d in compact)
        for e in events_for(r, maker, "t")
    ]
    assert _learned(full) == _learned(seed)
    # the same prompt and model always get the same event id (a reload is recognisable)
    assert [e.event_id for e in full] == [e.event_id for e in seed]
    assert len({e.event_id for e in full}) == len(full)


def test_bad_lines_are_numbered_and_skipped():
    good = json.dumps(_sample(1)[0])
    lines = [
        "not json",
        "",
        good,
        json.dumps({"sample_id": "x", "eval_name": "e", "prompt": "p"}),
        json.dumps({"sample_id": "y", "eval_name": "e", "prompt": "p", "prefix": "z",
                    "outcomes": {"m": {"correct": 1, "cost_usd": 0, "answer": "A"}}}),
        json.dumps({"sample_id": "w", "eval_name": "e", "prompt": "p",
                    "outcomes": {"m": {"correct": 1, "cost_usd": 0, "answer": "hello"}}}),
    ]  # fmt: skip
    out = list(read_rows(lines))
    bad = [o for o in out if isinstance(o, BadLine)]
    assert [b.line for b in bad] == [1, 4, 5, 6]
    assert "missing outcomes" in bad[1].error and "unknown prefix" in bad[2].error
    assert "letter" in bad[3].error
    assert sum(isinstance(o, FeedbackRow) for o in out) == 1


def test_exclusions_read_ids_or_jsonl(tmp_path):
    f = tmp_path / "ids.txt"
    f.write_text('a.1\n\n{"sample_id": "b.2", "prompt": "x"}\n  c.3  \n')
    assert read_exclusions(f) == frozenset({"a.1", "b.2", "c.3"})


def test_file_and_seed_together_is_a_usage_error(tmp_path):
    f = tmp_path / "f.jsonl"
    f.write_text("")
    result = CliRunner().invoke(load_cmd, [str(f), "--seed"])
    assert result.exit_code == 2 and "not both" in result.output
