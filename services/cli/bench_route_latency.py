"""`llm-mesh bench route-latency`: time one routing decision on a large fleet.

Builds an N-model fleet by cloning the demo fleet's models under new names (prices and
priors jittered), loads the demo policy, and times `Router.route` over a mix of tasks
(plain, PII, finance, multiple-choice) for every tenant. A benchmark, not a test: the
target is p99 <= 1 ms per task with 50 models.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import click

from services.mesh.events import PiiSpan, RequestContext, Task
from services.mesh.fleet import Fleet, load_fleet
from services.mesh.policy import PolicyEngine, load_policy
from services.router.router import Router

REPO = Path(__file__).resolve().parents[2]
CHOICE = "Which is a mammal?\nA) trout\nB) whale\nC) frog\nD) newt\nAnswer:"


def big_fleet(base: Fleet, n: int, seed: int = 0) -> Fleet:
    """`n` models cloned from `base` with jittered prices and priors."""
    rng = random.Random(seed)
    models = []
    for i in range(n):
        m = base.models[i % len(base.models)]
        k = rng.uniform(0.5, 2.0)
        models.append(
            m.model_copy(
                update={
                    "name": m.name if i < len(base.models) else f"{m.name}-{i}",
                    "pricing": m.pricing.model_copy(
                        update={
                            "input_per_mtok": m.pricing.input_per_mtok * k,
                            "output_per_mtok": m.pricing.output_per_mtok * k,
                        }
                    ),
                }
            )
        )
    return Fleet(models=tuple(models), version=f"{base.version}x{n}")


def tasks() -> list[Task]:
    """A mix of task shapes that exercise every rule kind."""
    base: dict[str, object] = dict(
        index=0, domain="general", complexity="medium", reasoning_depth=1,
        sensitivity="internal", pii=(), tools=(), input_tokens=400, output_tokens=200,
    )  # fmt: skip
    variants: list[dict[str, object]] = [
        dict(text="Summarise the meeting notes", intent="summarize"),
        dict(text=CHOICE, intent="qa", sensitivity="public", output_tokens=5),
        dict(text="classify this regulatory filing", intent="classify", domain="finance"),
        dict(text="email bob@x.io", intent="extract", sensitivity="confidential",
             pii=(PiiSpan(type="EMAIL", start=6, end=14),)),
        dict(text="write a parser", intent="code", complexity="high", reasoning_depth=3),
    ]  # fmt: skip
    return [
        Task.model_validate({**base, **v, "task_id": f"t{i}"})
        for i, v in enumerate(variants)
    ]


@click.command("route-latency")
@click.option("--models", default=50, show_default=True, help="Fleet size.")
@click.option("--iterations", default=2000, show_default=True, help="Decisions timed.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def bench_route_latency(models: int, iterations: int, as_json: bool) -> None:
    """Time routing decisions (per task) on an N-model fleet."""
    fleet = big_fleet(load_fleet(REPO / "deploy" / "fleet.yaml"), models)
    engine = PolicyEngine(load_policy(REPO / "deploy" / "policies.yaml"), fleet)
    router = Router(fleet=fleet, policy=engine)
    ctx = RequestContext(submitted_at=datetime(2024, 1, 1, tzinfo=UTC))
    mix = tasks()
    tenants = ["default", "acme-bank", "demo", "unknown"]
    for i in range(200):  # warm-up
        router.route(mix[i % len(mix)], tenant=tenants[i % 4], context=ctx)
    samples = []
    for i in range(iterations):
        t = mix[i % len(mix)]
        start = time.perf_counter_ns()
        router.route(t, tenant=tenants[(i // len(mix)) % 4], context=ctx)
        samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    out = {
        "models": len(fleet.models),
        "iterations": iterations,
        "p50_ms": statistics.median(samples),
        "p99_ms": samples[int(0.99 * (len(samples) - 1))],
        "max_ms": samples[-1],
    }
    if as_json:
        click.echo(json.dumps(out))
    else:
        click.echo(
            f"{out['models']} models, {iterations} decisions: p50 {out['p50_ms']:.3f} ms"
            f"  p99 {out['p99_ms']:.3f} ms  max {out['max_ms']:.3f} ms"
        )
