"""`llm-mesh bench e2e`: end-to-end latency of one request through the five services.

Sequential requests (one in flight) through the real processes, answered by a simulated
model with zero latency, so what is measured is the mesh itself. The baseline, measured in
the same run on the same broker, is a chain of five bare forwarding processes.
"""

from __future__ import annotations

import itertools
import json
import statistics
import subprocess
import sys
import time
import uuid

import click
from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from services.cli.supervisor import MeshProcesses
from services.mesh.broker import EmbeddedBroker
from services.mesh.client import MeshClient
from services.mesh.config import Settings
from services.mesh.kafka import consumer_config, producer_config
from services.mesh.procs import die_with_parent

QUESTION = "What is the capital of France?"


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def mesh_latencies(bootstrap: str, n: int, warmup: int) -> list[float]:
    client = MeshClient(Settings.from_env(bootstrap=bootstrap))
    out = []
    try:
        with click.progressbar(range(n + warmup), label="mesh requests") as bar:
            for i in bar:
                t0 = time.perf_counter()
                client.ask(QUESTION, timeout_s=30)
                if i >= warmup:
                    out.append((time.perf_counter() - t0) * 1000)
    finally:
        client.close()
    return out


def chain_latencies(bootstrap: str, n: int, warmup: int) -> list[float]:
    settings = Settings.from_env(bootstrap=bootstrap)
    names = [f"chain-{uuid.uuid4().hex[:6]}-{i}" for i in range(6)]
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(t, 1, 1) for t in names]).values():
        f.result(10)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "services.cli.forwarder", a, b, bootstrap],
            stdout=subprocess.PIPE,
            preexec_fn=die_with_parent,
        )
        for a, b in itertools.pairwise(names)
    ]
    try:
        for p in procs:
            assert p.stdout is not None
            p.stdout.readline()  # "ready"
        producer = Producer(producer_config(settings, "chain-bench"))
        consumer = Consumer(
            consumer_config(settings, f"chain-{uuid.uuid4()}", "chain-bench")
        )
        consumer.subscribe([names[-1]])
        out = []
        with click.progressbar(range(n + warmup), label="bare chain") as bar:
            for i in bar:
                t0 = time.perf_counter()
                producer.produce(names[0], key=b"k", value=str(i).encode())
                producer.flush()
                while True:
                    msg = consumer.poll(1.0)
                    if (
                        msg is not None
                        and msg.error() is None
                        and msg.value() == str(i).encode()
                    ):
                        break
                if i >= warmup:
                    out.append((time.perf_counter() - t0) * 1000)
        consumer.close()
        return out
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)


@click.command("e2e")
@click.option(
    "--requests", "n", default=100, show_default=True, help="Measured requests."
)
@click.option(
    "--warmup", default=10, show_default=True, help="Unmeasured requests first."
)
@click.option("--json", "as_json", is_flag=True, help="Print figures as JSON.")
def bench_e2e(n: int, warmup: int, as_json: bool) -> None:
    """Latency of one request through the whole mesh (p50/p99), vs a bare 5-hop chain."""
    with EmbeddedBroker() as broker:
        base = chain_latencies(broker.bootstrap, n, warmup)
        with MeshProcesses(bootstrap=broker.bootstrap) as mesh:
            assert mesh.bootstrap is not None
            lat = mesh_latencies(mesh.bootstrap, n, warmup)
    fig = {
        "requests": n,
        "mesh_p50_ms": round(statistics.median(lat), 2),
        "mesh_p99_ms": round(percentile(lat, 99), 2),
        "chain_p50_ms": round(statistics.median(base), 2),
        "chain_p99_ms": round(percentile(base, 99), 2),
    }
    fig["p50_ratio_vs_chain"] = round(fig["mesh_p50_ms"] / fig["chain_p50_ms"], 2)
    if as_json:
        click.echo(json.dumps(fig))
        return
    click.echo(
        f"mesh (5 services, zero-latency model): p50 {fig['mesh_p50_ms']} ms, "
        f"p99 {fig['mesh_p99_ms']} ms over {n} sequential requests\n"
        f"bare 5-hop forwarding chain, same broker: p50 {fig['chain_p50_ms']} ms, "
        f"p99 {fig['chain_p99_ms']} ms\nmesh / chain p50: {fig['p50_ratio_vs_chain']}x"
    )
