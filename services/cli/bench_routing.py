"""`llm-mesh bench routing`: how well the router trades accuracy for cost on recorded data.

Replays the training rows as feedback, routes each test prompt with the service's own
code (intent analysis included) and scores the answers with the recorded outcomes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import click

from services.mesh.errors import ConfigError
from services.mesh.fleet import load_fleet
from services.mesh.policy import PolicyEngine, load_policy
from services.router.bench import metrics as mx
from services.router.bench.analyze import TaskMaker
from services.router.bench.data import Row, folds, load_rows
from services.router.bench.run import Result, route_rows, trained_handler
from services.router.profiles import PROFILES, Profile, get_profile

REPO = Path(__file__).resolve().parents[2]
SWEEP_VALUES = (
    0.002,
    0.004,
    0.007,
    0.01,
    0.015,
    0.02,
    0.03,
    0.045,
    0.07,
    0.1,
    0.2,
    0.5,
    2.0,
)


def sweep_profiles(base: Profile) -> list[Profile]:
    """The named profiles plus `base` at a range of exchange rates."""
    return [*PROFILES.values(), *(base.with_value(v) for v in SWEEP_VALUES)]


def _splits(
    train: Path, test: Path | None, cv: int | None, seed: int
) -> list[tuple[list[Row], list[Row]]]:
    if cv:
        return folds(load_rows(train), cv, seed)
    if test is None:
        raise click.UsageError("give --test FILE or --cv K")
    if train.resolve() == test.resolve() or train.read_bytes() == test.read_bytes():
        raise click.UsageError(
            "--train and --test are the same data: that would leak; use --cv K"
        )
    return [(load_rows(train), load_rows(test))]


def _point(f: mx.Figures) -> mx.Point:
    return (f.cost_usd, f.accuracy)


def _report(
    main: list[Result],
    sweep: dict[str, list[Result]],
    rows: Sequence[Row],
    profile: str,
    analyzer: str,
) -> dict[str, object]:
    singles = mx.single_models(rows)
    ref = singles[mx.REFERENCE]
    fig = mx.summarise(main)
    c_max = max(f.cost_usd for f in singles.values())
    single_pts = [_point(f) for f in singles.values()]
    out: dict[str, object] = {
        "prompts": len(rows),
        "analyzer": analyzer,
        "profile": profile,
        "accuracy": fig.accuracy,
        "cost_usd": fig.cost_usd,
        "accuracy_vs_reference": fig.accuracy / ref.accuracy,
        "cost_vs_reference": fig.cost_usd / ref.cost_usd,
        "reference": mx.REFERENCE,
        "single_models": {m: vars(f) for m, f in singles.items()},
        "hull_single_models": mx.hull(single_pts),
        "hull_single_models_aiq": mx.aiq(single_pts, c_max),
        "oracle": vars(mx.oracle(rows)),
    }
    if sweep:
        pts = {p: mx.summarise(r) for p, r in sweep.items()}
        router_pts = [_point(f) for f in pts.values()]
        out["sweep"] = {p: vars(f) for p, f in pts.items()}
        out["router_aiq"] = mx.aiq(router_pts, c_max)
        out["router_apgr"] = mx.apgr(router_pts, singles)
        out["single_models_apgr"] = mx.apgr(single_pts, singles)
        out["apgr_weak_model"] = mx.weak_model(singles)
    return out


def _fold_figures(results: Sequence[Result], rows: Sequence[Row]) -> dict[str, float]:
    """One fold's headline figures, relative to the reference model on that fold."""
    fig = mx.summarise(results)
    ref = mx.single_models(rows)[mx.REFERENCE]
    return {
        "accuracy": fig.accuracy,
        "cost_usd": fig.cost_usd,
        "accuracy_vs_reference": fig.accuracy / ref.accuracy,
        "cost_vs_reference": fig.cost_usd / ref.cost_usd,
    }


def _spread(per_fold: Sequence[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Mean, sample standard deviation, min and max of every per-fold figure: how
    much the headline would move on another split of the same distribution."""
    out: dict[str, dict[str, float]] = {}
    for key in per_fold[0] if per_fold else ():
        xs = [f[key] for f in per_fold]
        mean = sum(xs) / len(xs)
        var = sum((x - mean) ** 2 for x in xs) / max(1, len(xs) - 1)
        out[key] = {"mean": mean, "std": var**0.5, "min": min(xs), "max": max(xs)}
    return out


def _print(rep: dict[str, object]) -> None:
    click.echo(f"prompts: {rep['prompts']}   analyzer: {rep['analyzer']}")
    click.echo(
        f"router [{rep['profile']}]: accuracy {rep['accuracy']:.4f}  "
        f"cost ${rep['cost_usd']:.4f}  = {rep['accuracy_vs_reference']:.1%} of "
        f"{rep['reference']}'s accuracy at {rep['cost_vs_reference']:.1%} of its cost"
    )
    spread: dict[str, dict[str, float]] = rep["fold_spread"]  # type: ignore[assignment]
    if len(rep["folds"]) > 1:  # type: ignore[arg-type]
        click.echo(
            "per fold: "
            + "; ".join(
                f"{k} {v['mean']:.4f} ± {v['std']:.4f} [{v['min']:.4f}, {v['max']:.4f}]"
                for k, v in spread.items()
            )
        )
    click.echo("single models:")
    singles: dict[str, dict[str, float]] = rep["single_models"]  # type: ignore[assignment]
    for m, f in sorted(singles.items(), key=lambda kv: kv[1]["cost_usd"]):
        click.echo(f"  {m:38s} accuracy {f['accuracy']:.4f}  cost ${f['cost_usd']:.4f}")
    o: dict[str, float] = rep["oracle"]  # type: ignore[assignment]
    click.echo(f"oracle: accuracy {o['accuracy']:.4f}  cost ${o['cost_usd']:.4f}")
    hull_pts: list[mx.Point] = rep["hull_single_models"]  # type: ignore[assignment]
    click.echo(
        "best-single-model hull: "
        + ", ".join(f"(${c:.2f}, {a:.3f})" for c, a in hull_pts)
    )
    click.echo(f"AIQ single-model hull: {rep['hull_single_models_aiq']:.4f}")
    if "sweep" in rep:
        sw: dict[str, dict[str, float]] = rep["sweep"]  # type: ignore[assignment]
        click.echo("sweep:")
        for p, f in sorted(sw.items(), key=lambda kv: kv[1]["cost_usd"]):
            click.echo(
                f"  {p:18s} accuracy {f['accuracy']:.4f}  cost ${f['cost_usd']:.4f}"
            )
        click.echo(
            f"AIQ router: {rep['router_aiq']:.4f}   APGR router: {rep['router_apgr']:.4f}"
            f" (single-model hull {rep['single_models_apgr']:.4f}; weak = "
            f"{rep['apgr_weak_model']})"
        )


@click.command("routing")
@click.option(
    "--train",
    "train",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="RouterBench JSONL replayed as feedback.",
)
@click.option(
    "--test",
    "test",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="RouterBench JSONL to route (never trained on).",
)
@click.option(
    "--cv",
    type=click.IntRange(min=2),
    default=None,
    help="k-fold cross-validation on --train instead of --test.",
)
@click.option(
    "--profile",
    type=click.Choice(sorted(PROFILES)),
    default="balanced",
    show_default=True,
    help="Routing profile for the headline figures.",
)
@click.option(
    "--sweep",
    is_flag=True,
    help="Trace the cost-quality curve over profiles and exchange rates.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Machine-readable output, with every call made per prompt.",
)
@click.option("--seed", default=0, show_default=True, help="Fold shuffling seed.")
@click.option(
    "--fleet",
    "fleet_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=REPO / "deploy" / "fleet.yaml",
    show_default=True,
)
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=REPO / "deploy" / "policies.yaml",
    show_default=True,
)
def bench_routing(
    train: Path, test: Path | None, cv: int | None, profile: str, sweep: bool,
    as_json: bool, seed: int, fleet_file: Path, policy_file: Path,
) -> None:  # fmt: skip
    """Route recorded RouterBench prompts; report accuracy, cost, hulls, AIQ, APGR."""
    try:
        fleet = load_fleet(fleet_file)
        engine = PolicyEngine(load_policy(policy_file), fleet)
        splits = _splits(train, test, cv, seed)
    except ConfigError as e:
        raise click.ClickException(str(e)) from e
    maker = TaskMaker()
    prof = get_profile(profile)
    main: list[Result] = []
    swept: dict[str, list[Result]] = {}
    tested: list[Row] = []
    per_fold: list[dict[str, float]] = []
    for fold, (tr, te) in enumerate(splits):
        handler = trained_handler(fleet, engine, tr, maker)
        got = route_rows(handler, te, maker, prof)
        per_fold.append(_fold_figures(got, te))
        main += got
        tested += te
        if sweep:
            for p in sweep_profiles(prof):
                swept.setdefault(p.name, []).extend(route_rows(handler, te, maker, p))
        if not as_json:
            click.echo(f"fold {fold + 1}/{len(splits)} done", err=True)
    rep = _report(main, swept, tested, profile, maker.source)
    rep["folds"] = per_fold
    rep["fold_spread"] = _spread(per_fold)
    if as_json:
        rep["prompts_detail"] = [
            {
                "sample_id": r.sample_id, "eval_name": r.eval_name,
                "answered_by": r.answered_by, "correct": r.correct, "cost_usd": r.cost_usd,
                "calls": [vars(c) for c in r.calls], "rules_fired": list(r.rules_fired),
            }
            for r in main
        ]  # fmt: skip
        click.echo(json.dumps(rep, indent=1))
    else:
        _print(rep)
