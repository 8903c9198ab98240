"""The two click commands, driven through CliRunner (no broker)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from services.cli.analyze import analyze
from services.cli.bench_intent import bench_intent
from services.intent.evaluation import DEFAULT_DATA


def test_analyze_jsonl_stdin_with_a_bad_line() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Summarize this: the launch moved to May."}),
        "not json",
        json.dumps({"id": "c"}),
        json.dumps(
            {
                "id": "d",
                "text": "Card 4111 1111 1111 1111 was charged twice, draft a complaint.",
            }
        ),
    ]
    result = CliRunner().invoke(
        analyze, ["--jsonl", "-"], input="\n".join(lines) + "\n"
    )
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "d"]
    assert out[0]["tasks"][0]["intent"] == "summarize"
    assert {"intent", "domain", "complexity", "reasoning_depth", "sensitivity", "tools",
            "confidence", "evidence", "pii", "input_tokens", "output_tokens",
            "language", "text", "context", "index"} <= out[0]["tasks"][0].keys()  # fmt: skip
    assert out[1]["pii"][0]["type"] == "CREDIT_CARD"
    assert out[1]["sensitivity"] == "restricted"
    assert "line 2:" in result.stderr and "line 3:" in result.stderr


def test_bench_json_on_a_small_file(tmp_path: Path) -> None:
    data = tmp_path / "small.jsonl"
    data.write_text(
        "".join(DEFAULT_DATA.read_text(encoding="utf-8").splitlines(True)[:40])
    )
    result = CliRunner().invoke(
        bench_intent, ["--data", str(data), "--json", "--seconds", "0.2"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rows"] == 40
    assert set(report["labels"]) == {"intent", "domain", "complexity", "sensitivity"}
    assert 0.0 <= report["labels"]["intent"]["macro_f1"] <= 1.0
    assert report["throughput"]["requests_per_s"] > 0
    assert "hard_negatives" in report and "pii_pattern_types" in report


def test_bench_table_output(tmp_path: Path) -> None:
    data = tmp_path / "small.jsonl"
    data.write_text(
        "".join(DEFAULT_DATA.read_text(encoding="utf-8").splitlines(True)[:10])
    )
    result = CliRunner().invoke(bench_intent, ["--data", str(data), "--seconds", "0.1"])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.stdout and "requests/s" in result.stdout


def test_bench_cold_reports_both_figures(tmp_path: Path) -> None:
    data = tmp_path / "small.jsonl"
    data.write_text(
        "".join(DEFAULT_DATA.read_text(encoding="utf-8").splitlines(True)[:10])
    )
    args = ["--data", str(data), "--json", "--seconds", "0.05", "--cold"]
    result = CliRunner().invoke(bench_intent, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["throughput"]["cold"] is False
    assert report["throughput_cold"]["cold"] is True
    assert report["throughput_cold"]["requests_per_s"] > 0
