"""`llm-mesh bench ...`: benchmarks. Each reports figures measured in the same run."""

from __future__ import annotations

import click


@click.group("bench")
def bench() -> None:
    """Measure speed and quality (intent, routing, executor, end-to-end)."""


def _register() -> None:
    from services.cli.bench_e2e import bench_e2e

    bench.add_command(bench_e2e)
    optional = (
        ("services.cli.bench_intent", "bench_intent"),
        ("services.cli.bench_routing", "bench_routing"),
        ("services.cli.bench_route_latency", "bench_route_latency"),
        ("services.cli.bench_ceiling", "bench_ceiling"),
        ("services.cli.bench_executor", "bench_executor"),
    )
    import importlib

    for module, name in optional:
        try:
            bench.add_command(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):  # pragma: no cover - partial checkouts
            continue


_register()
