"""`llm-mesh demo`: the whole mesh on this machine, a dozen requests, then a clean exit."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import click

from services.cli.demo_requests import demo_requests
from services.cli.render import result_block
from services.cli.supervisor import MeshProcesses
from services.mesh.client import MeshClient, Result
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.events import RequestCompleted


@click.command("demo")
@click.option(
    "--timeout",
    default=45.0,
    show_default=True,
    type=float,
    help="Seconds to wait for all results.",
)
@click.option(
    "--log-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep the processes' logs there (default: a temporary folder).",
)
def demo(timeout: float, log_dir: Path | None) -> None:
    """Start a local mesh, answer a dozen requests, print how each was routed, stop.

    Starts the embedded broker, the local model fleet (recorded RouterBench models and
    simulated enterprise models) and the five services as separate processes; submits
    recorded RouterBench prompts and enterprise scenarios; prints for each request the
    tasks, the model chosen for each and why, the cost, the latency and the answer.
    """
    logs = log_dir or Path(tempfile.mkdtemp(prefix="llm-mesh-demo-"))
    requests = demo_requests()
    started = time.monotonic()
    click.echo("starting the embedded broker, the model fleet and five services ...")
    mesh = MeshProcesses(log_dir=logs)
    results: dict[str, Result] = {}
    try:
        mesh.start()
        click.echo(f"mesh up in {time.monotonic() - started:.1f}s (logs: {logs})")
        client = MeshClient(Settings.from_env(bootstrap=mesh.bootstrap))
        try:
            ids = {
                client.submit(
                    r.text, tenant=r.tenant, user=r.user, metadata=r.metadata
                ): r
                for r in requests
            }
            with click.progressbar(length=len(ids), label="waiting for results") as bar:
                for result in client.results(set(ids), timeout):
                    results[result.envelope.request_id] = result
                    bar.update(1)
        finally:
            client.close()
    except MeshError as e:
        raise click.ClickException(f"{e} (logs: {logs})") from e
    finally:
        mesh.stop()
    click.echo()
    for n, (rid, req) in enumerate(ids.items(), 1):
        title = f"[{n}] {req.title}  (tenant {req.tenant})"
        if rid in results:
            click.echo(result_block(title, results[rid]))
        else:
            click.echo(f"{title}\n  NO RESULT within {timeout:.0f}s")
        click.echo()
    done = [r for r in results.values() if isinstance(r, RequestCompleted)]
    if done:
        lat = [r.latency_ms for r in done]
        click.echo(
            f"{len(results)}/{len(ids)} results, {len(done)} completed; total cost "
            f"${sum(r.total_cost_usd for r in done):.6f}; latency p50 "
            f"{statistics.median(lat):.0f} ms, max {max(lat):.0f} ms; "
            f"wall {time.monotonic() - started:.1f}s"
        )
    if len(results) < len(ids):
        raise click.ClickException(
            f"{len(ids) - len(results)} requests got no result (logs: {logs})"
        )
