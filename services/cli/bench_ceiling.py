"""`llm-mesh bench routing-ceiling`: the best any agreement router could do on a file.

Reports the in-sample optimum of the policy class the cascade belongs to (see
`services.router.bench.ceiling`), so a routing target can be checked against what the
data allows before tuning towards it. Every figure is optimistic: it is chosen on the
rows it is scored on.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from services.mesh.errors import ConfigError
from services.router.bench.ceiling import ceiling, hull_at
from services.router.bench.data import load_rows
from services.router.bench.metrics import REFERENCE


@click.command("routing-ceiling")
@click.option(
    "--train",
    "train",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="RouterBench JSONL (every model's outcome on every prompt).",
)
@click.option(
    "--reference",
    default=REFERENCE,
    show_default=True,
    help="Model the targets are stated against; escalations go to it.",
)
@click.option(
    "--max-cost",
    type=click.FloatRange(0.0, 1.0),
    default=0.30,
    show_default=True,
    help="Cost budget as a share of the reference's, for the headline line.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def bench_ceiling(train: Path, reference: str, max_cost: float, as_json: bool) -> None:
    """In-sample ceiling of agreement routing: accuracy vs cost, as shares of the reference."""
    try:
        rows = load_rows(train)
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    if not rows or reference not in rows[0].outcomes:
        raise click.ClickException(
            f"{train}: no rows, or no outcomes for reference model {reference!r}; "
            "pass --reference with a model the file has"
        )
    ref_acc = sum(r.outcomes[reference].correct for r in rows) / len(rows)
    ref_cost = sum(r.outcomes[reference].cost_usd for r in rows)
    points = ceiling(rows, reference)
    best = hull_at(points, max_cost * ref_cost)
    if as_json:
        click.echo(json.dumps({
            "reference": reference, "reference_accuracy": ref_acc,
            "reference_cost_usd": ref_cost, "max_cost_share": max_cost,
            "points": [vars(p) for p in points],
            "ceiling_accuracy_at_max_cost": best,
        }, indent=2))  # fmt: skip
        return
    click.echo(
        f"prompts: {len(rows)}   reference {reference}: "
        f"accuracy {ref_acc:.4f}  cost ${ref_cost:.2f}"
    )
    click.echo("in-sample optimum per exchange rate ($ per correct answer):")
    for p in points:
        pairs = "; ".join(
            f"{fmt}: " + " + ".join(m.rsplit("/", 1)[-1] for m in pair)
            for fmt, pair in sorted(p.first_calls.items())
        )
        click.echo(
            f"  rate {p.rate:<6g} accuracy {p.accuracy:.4f} = {p.accuracy / ref_acc:6.1%}"
            f" of reference at {p.cost_usd / ref_cost:6.1%} of its cost   first calls {pairs}"
        )
    click.echo(
        f"ceiling at {max_cost:.0%} of the reference's cost: {best / ref_acc:.1%} of its"
        " accuracy (in-sample and mixing neighbouring optima: no cross-validated router"
        " of this class beats it)"
    )
