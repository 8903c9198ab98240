"""The routing ceiling: the in-sample optimum of agreement policies on recorded outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from services.cli.main import cli
from services.router.bench.ceiling import CeilingPoint, ceiling, hull_at
from services.router.bench.data import Outcome, Row

CHOICE = 'Is a whale a fish?\nA) yes\nB) no\nPrint only a single choice from "A" or "B". Answer:'


def _row(i: int, a: str, b: str, *, gold: str = "B", code: bool = False) -> Row:
    def out(answer: str, cost: float) -> Outcome:
        return Outcome(answer, cost, 1.0 if answer == gold else 0.0)

    prompt = "Write a function that reverses a list." if code else CHOICE
    return Row(
        f"r{i}", "synthetic", prompt,
        {"ref": out(gold, 1.0), "a": out(a, 0.01), "b": out(b, 0.01)},
    )  # fmt: skip


def _rows() -> list[Row]:
    # half the cheap pair agree on the right option; half disagree (a is right)
    return [_row(i, "B", "B") for i in range(10)] + [
        _row(10 + i, "B", "A") for i in range(10)
    ]


def test_keeps_the_cheap_answer_that_is_right_in_sample() -> None:
    rows = _rows()
    (point,) = ceiling(rows, "ref", cheap_share=0.5, rates=(10.0,))
    # "a" is right on every row, the disagreements included: the in-sample optimum
    # reads that and never pays for an escalation (why the figure is optimistic)
    assert point.accuracy == 1.0
    assert point.cost_usd == pytest.approx(20 * 0.02)
    assert point.first_calls == {"choice-2": ("a", "b")}


def test_escalation_bought_when_no_cheap_answer_is_right() -> None:
    rows = [_row(i, "B", "B") for i in range(10)]
    rows += [_row(10 + 2 * i, "A", "C") for i in range(5)]
    rows += [_row(11 + 2 * i, "C", "A") for i in range(5)]
    cheap, dear = ceiling(rows, "ref", cheap_share=0.5, rates=(0.5, 10.0))
    assert cheap.accuracy == 0.5 and cheap.cost_usd == pytest.approx(0.4)
    # at 10 $ per correct answer the 10 disagreements go to the reference
    assert dear.accuracy == 1.0 and dear.cost_usd == pytest.approx(0.4 + 10 * 1.0)


def test_free_form_tasks_take_one_model_per_format() -> None:
    rows = [_row(i, "x", "y", gold="x", code=True) for i in range(4)]
    (point,) = ceiling(rows + _rows(), "ref", cheap_share=0.5, rates=(10.0,))
    assert point.accuracy == 1.0  # "a" answers the free-form rows right, alone
    assert point.cost_usd == pytest.approx(20 * 0.02 + 4 * 0.01)


def test_hull_interpolates_between_optima() -> None:
    pts = [
        CeilingPoint(0.1, 0.80, 2.0, {}),
        CeilingPoint(0.2, 0.90, 4.0, {}),
    ]
    assert hull_at(pts, 3.0) == pytest.approx(0.85)
    assert hull_at(pts, 9.0) == pytest.approx(0.90)
    assert hull_at(pts, 1.0) == 0.0


def test_cli_names_a_missing_reference(tmp_path: Path) -> None:
    path = tmp_path / "rb.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "sample_id": r.sample_id,
                    "eval_name": r.eval_name,
                    "prompt": r.prompt,
                    "outcomes": {m: vars(o) for m, o in r.outcomes.items()},
                }
            )
            for r in _rows()
        )
    )
    runner = CliRunner()
    bad = runner.invoke(cli, ["bench", "routing-ceiling", "--train", str(path)])
    assert bad.exit_code != 0 and "--reference" in bad.output
    ok = runner.invoke(
        cli, ["bench", "routing-ceiling", "--train", str(path), "--reference", "ref"]
    )
    assert ok.exit_code == 0, ok.output
    assert "ceiling at 30% of the reference's cost" in ok.output
