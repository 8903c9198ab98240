"""`llm-mesh bench executor`: executor throughput and CPU cost against a local fleet.

The fleet server runs in a subprocess so its CPU is not billed to the executor; the
executor then runs the same simulated model (fixed latency) at rising concurrency.
With an I/O-bound executor, throughput should grow almost linearly with concurrency
while CPU per task stays flat; both figures are measured in the same run, since this
machine's absolute speed says little.
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click

import services
from services.executor.client import Transport, make_client
from services.executor.engine import CallPlan, Executor
from services.mesh.fleet import ModelSpec, Pricing

MODEL = "sim-bench"


@dataclass
class Level:
    """Figures for one concurrency level."""

    transport: str
    concurrency: int
    tasks: int
    ok: int
    seconds: float
    tasks_per_s: float
    speedup: float
    cpu_ms_per_task: float
    p50_ms: float
    p99_ms: float


def start_fleet(latency_ms: float) -> tuple[subprocess.Popen[str], str]:
    """Start `python -m services.fleet` on a free port; return it and its base URL."""
    root = str(Path(services.__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = dict(os.environ, PYTHONPATH=path)
    cmd = [sys.executable, "-m", "services.fleet", "--port", "0"]
    cmd += ["--latency-ms", str(latency_ms)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 30.0)
    line = proc.stdout.readline() if ready else ""
    if not line.startswith("fleet listening on "):
        proc.kill()
        raise click.ClickException(f"fleet server did not start (got {line!r})")
    return proc, line.split()[-1].strip() + "/v1"


def stop_fleet(proc: subprocess.Popen[str]) -> None:
    """SIGTERM, then kill if it lingers."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


async def run_level(
    executor: Executor, spec: ModelSpec, concurrency: int, tasks: int, tick: Any
) -> tuple[float, float, list[float], int]:
    """Run `tasks` tasks, `concurrency` at a time; (wall s, cpu s, latencies, ok)."""
    next_id = iter(range(tasks))
    latencies: list[float] = []
    ok = 0

    async def worker() -> None:
        nonlocal ok
        for i in next_id:
            plan = CallPlan(
                task_id=f"bench-{concurrency}-{i}",
                messages=({"role": "user", "content": f"Benchmark task {i}"},),
                chain=(spec,),
                deadline_s=30.0,
                call_timeout_s=10.0,
            )
            result = await executor.execute(plan)
            ok += result.ok
            latencies.append(result.latency_ms)
            tick(1)

    wall0, cpu0 = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - wall0, time.process_time() - cpu0, latencies, ok


async def bench(
    url: str, transport: Transport, levels: list[int], tasks: int, tick: Any
) -> list[Level]:
    """All levels with one executor (one warm connection pool)."""
    spec = ModelSpec(
        name=MODEL,
        endpoint=url,
        pricing=Pricing(input_per_mtok=1.0, output_per_mtok=2.0),
    )
    client = make_client(transport=transport, max_connections=2 * max(levels))
    executor = Executor(client=client, per_model_concurrency=2 * max(levels))
    out: list[Level] = []
    try:
        await run_level(executor, spec, min(32, max(levels)), 64, lambda n: None)
        for c in levels:
            n = tasks or max(10, 4 * c)
            wall, cpu, lat, ok = await run_level(executor, spec, c, n, tick)
            lat.sort()
            tps = n / wall
            base = out[0].tasks_per_s if out else tps
            out.append(
                Level(
                    transport=transport,
                    concurrency=c,
                    tasks=n,
                    ok=ok,
                    seconds=round(wall, 3),
                    tasks_per_s=round(tps, 1),
                    speedup=round(tps / base, 1),
                    cpu_ms_per_task=round(1000.0 * cpu / n, 3),
                    p50_ms=round(statistics.median(lat), 1),
                    p99_ms=round(lat[min(len(lat) - 1, int(0.99 * len(lat)))], 1),
                )
            )
    finally:
        await executor.aclose()
        await client.aclose()
    return out


@click.command("executor")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.option(
    "--latency-ms", default=200.0, show_default=True, help="Simulated model latency."
)
@click.option(
    "--tasks",
    default=0,
    show_default=True,
    help="Tasks per concurrency level; 0 means max(10, 4 x concurrency).",
)
@click.option(
    "--levels", default="1,16,64,256", show_default=True, help="Concurrency levels."
)
@click.option(
    "--transport",
    type=click.Choice(["aiohttp", "httpx", "both"]),
    default="aiohttp",
    show_default=True,
    help="httpx transport: httpx-aiohttp (the executor's default) or httpcore.",
)
def bench_executor(
    as_json: bool, latency_ms: float, tasks: int, levels: str, transport: str
) -> None:
    """Measure executor throughput, speed-up and CPU per task vs concurrency.

    Starts the fleet server in a subprocess with one simulated model of LATENCY-MS,
    runs the executor at each concurrency level, and reports tasks/s, the speed-up over
    the first level (same run) and the executor's CPU time per task. Targets: speed-up
    >= 150x at 256 and CPU per task < 1 ms.
    """
    conc = [int(x) for x in levels.split(",") if x.strip()]
    transports: list[Transport] = (
        ["aiohttp", "httpx"] if transport == "both" else [transport]  # type: ignore[list-item]
    )
    total = sum(tasks or max(10, 4 * c) for c in conc) * len(transports)
    proc, url = start_fleet(latency_ms)
    results: list[Level] = []
    try:
        if as_json:
            for t in transports:
                results += asyncio.run(bench(url, t, conc, tasks, lambda n: None))
        else:
            with click.progressbar(
                length=total, label="benchmarking", file=sys.stderr
            ) as bar:
                for t in transports:
                    results += asyncio.run(bench(url, t, conc, tasks, bar.update))
    finally:
        stop_fleet(proc)
    verdicts = {
        r.transport: r.speedup >= 150 and r.cpu_ms_per_task < 1.0
        for r in results
        if r.concurrency == max(conc)
    }
    if as_json:
        doc = {
            "latency_ms": latency_ms,
            "levels": [asdict(r) for r in results],
            "targets": {"speedup_at_max": 150, "cpu_ms_per_task": 1.0},
            "pass": verdicts,
        }
        click.echo(json.dumps(doc, indent=2))
        return
    click.echo(f"simulated model latency {latency_ms:g} ms; fleet in a subprocess")
    head = f"{'transport':9} {'conc':>5} {'tasks':>6} {'ok':>6} {'tasks/s':>9} "
    click.echo(
        head + f"{'speed-up':>9} {'cpu ms/task':>12} {'p50 ms':>8} {'p99 ms':>8}"
    )
    for r in results:
        click.echo(
            f"{r.transport:9} {r.concurrency:>5} {r.tasks:>6} {r.ok:>6} "
            f"{r.tasks_per_s:>9.1f} {r.speedup:>8.1f}x {r.cpu_ms_per_task:>12.3f} "
            f"{r.p50_ms:>8.1f} {r.p99_ms:>8.1f}"
        )
    for name, ok in verdicts.items():
        click.echo(
            f"{name}: {'PASS' if ok else 'FAIL'} (target: speed-up >= 150x at "
            f"{max(conc)}, CPU < 1 ms/task)"
        )
