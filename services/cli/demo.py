"""`llm-mesh demo`: the whole mesh on this machine, a dozen requests, then a clean exit.

Before the services start, the bundled feedback seed (recorded outcomes of RouterBench
prompts that are not among the demo's) is published to the feedback topic, so the router
folds it at start-up and routes the demo's RouterBench prompts as a learned router does
(an agreement cascade of two cheap models, escalating when they disagree). For those
prompts the demo also shows the full routing reason and checks the answer against the
recorded response of the model that gave it.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import click

from services.cli.demo_requests import DemoRequest, demo_requests
from services.cli.render import result_block
from services.cli.supervisor import MeshProcesses
from services.fleet.recorded import RecordedIndex, load_recorded
from services.mesh.client import MeshClient, Result
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.events import RequestCompleted
from services.router.features import answer_format, normalise_answer

REFERENCE = "gpt-4-1106-preview"


def _seed_line(mesh: MeshProcesses) -> str:
    r = mesh.seed_report
    if not mesh.feedback_seed:
        return "router starts cold (--no-seed): no feedback to learn from"
    if r is None:
        return "feedback topic already held events: seed not loaded"
    return (
        f"router learned from the bundled feedback seed: {r.events} events on "
        f"{r.prompts} RouterBench prompts (none of the demo's), published in "
        f"{r.seconds:.1f}s"
    )


_CASCADE = re.compile(r"^cascade: (\S+) \+ (\S+);")


@dataclass
class Tally:
    """The RouterBench prompts' totals: count, recorded grades, cost, reference cost."""

    prompts: int = 0
    correct: float = 0.0
    cost_usd: float = 0.0
    reference_usd: float = 0.0


def _short(model: str) -> str:
    return model.rsplit("/", 1)[-1]


def _cascade_line(index: RecordedIndex, text: str, why: str, model: str) -> list[str]:
    """How the cascade ran: the pair's recorded answers and whether it escalated."""
    m = _CASCADE.match(why)
    if m is None:
        return []
    fmt = answer_format(text)
    said = []
    for name in m.groups():
        o = index.lookup(name, text)
        said.append(
            f"{_short(name)} said {normalise_answer(o.response, fmt) if o else '?'}"
        )
    kept = model == m.group(1)
    verdict = (
        f"agreement accepted, {_short(model)}'s answer kept"
        if kept
        else f"not accepted, escalated to {_short(model)}"
    )
    return [f"  cascade ran: {', '.join(said)} -> {verdict}"]


def recorded_check(
    index: RecordedIndex, req: DemoRequest, result: Result, tally: Tally
) -> list[str]:
    """Why the learned router chose what it did, how a cascade ran, and whether the
    answer shown is the recorded response of the model that gave it (and its grade)."""
    if not isinstance(result, RequestCompleted) or not result.tasks:
        return []
    task = result.tasks[0]
    lines = _cascade_line(index, req.text, task.explanation, task.model or "")
    got = index.lookup(task.model or "", req.text)
    ref = index.lookup(REFERENCE, req.text)
    tally.prompts += 1
    tally.cost_usd += result.total_cost_usd
    tally.reference_usd += ref.cost_usd if ref else 0.0
    if got is None:
        return [*lines, "  check: no recorded response for this model"]
    tally.correct += got.correct
    same = " ".join(got.response.split()) == " ".join(result.answer.split())
    return [
        *lines,
        f"  check: {'the' if same else 'NOT the'} recorded response of {task.model} "
        f"(RouterBench grade: {'correct' if got.correct >= 1.0 else 'wrong'}); "
        f"{REFERENCE} alone: ${ref.cost_usd if ref else 0.0:.6f}",
    ]


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
@click.option(
    "--seed/--no-seed",
    "feedback_seed",
    default=True,
    show_default=True,
    help="Publish the bundled feedback seed first (--no-seed: a cold router).",
)
def demo(timeout: float, log_dir: Path | None, feedback_seed: bool) -> None:
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
    mesh = MeshProcesses(log_dir=logs, feedback_seed=feedback_seed)
    results: dict[str, Result] = {}
    try:
        mesh.start()
        click.echo(f"mesh up in {time.monotonic() - started:.1f}s (logs: {logs})")
        click.echo(_seed_line(mesh))
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
    tally, index = Tally(), load_recorded()
    for n, (rid, req) in enumerate(ids.items(), 1):
        title = f"[{n}] {req.title}  (tenant {req.tenant})"
        if rid in results:
            click.echo(result_block(title, results[rid]))
            if "sample_id" in req.metadata:
                click.echo("\n".join(recorded_check(index, req, results[rid], tally)))
        else:
            click.echo(f"{title}\n  NO RESULT within {timeout:.0f}s")
        click.echo()
    if tally.prompts:
        click.echo(
            f"RouterBench prompts: {tally.correct:.0f}/{tally.prompts} answers graded "
            f"correct, cost ${tally.cost_usd:.6f} (every one to {REFERENCE}: "
            f"${tally.reference_usd:.6f})"
        )
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
