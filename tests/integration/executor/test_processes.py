"""The fleet as a process (`python -m services.fleet`) and the benchmark command."""

from __future__ import annotations

import json
import select
import signal
import subprocess
import sys

import httpx
from click.testing import CliRunner

from services.cli.bench_executor import bench_executor
from services.cli.fleet import fleet as fleet_command


def test_fleet_process_announces_port_serves_and_exits_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "services.fleet", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        line = proc.stdout.readline() if ready else ""
        assert line.startswith("fleet listening on http://127.0.0.1:"), line
        root = line.split()[-1]
        with httpx.Client(base_url=root, trust_env=False) as c:
            assert c.get("/healthz").json()["status"] == "ok"
            body = {"model": "sim", "messages": [{"role": "user", "content": "hi"}]}
            r = c.post("/v1/chat/completions", json=body).json()
            assert r["choices"][0]["message"]["content"].startswith("[simulated sim]")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_fleet_help_lists_options() -> None:
    out = CliRunner().invoke(fleet_command, ["--help"]).output
    for opt in (
        "--port",
        "--recorded",
        "--latency-ms",
        "--failure-rate",
        "--models-config",
    ):
        assert opt in out
    assert "8700" in out


def test_bench_executor_json_smoke() -> None:
    args = ["--json", "--latency-ms", "20", "--levels", "1,8", "--tasks", "16"]
    result = CliRunner().invoke(bench_executor, args)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    levels = doc["levels"]
    assert [lv["concurrency"] for lv in levels] == [1, 8]
    assert all(lv["ok"] == lv["tasks"] == 16 for lv in levels)
    assert levels[1]["speedup"] > 2
