"""Benchmark figures: accuracy and cost points, hulls, oracle, AIQ and APGR.

Definitions (RouterBench, Hu et al. 2024, adapted to one data set):

- A *point* is (total cost, mean accuracy) of a router setting or a single model.
- The *hull* of a set of points is their upper, non-decreasing convex hull, anchored at
  (0, 0) and flat after its last point: what mixing those settings at random can reach.
- AIQ = area under a hull over [0, c_max] divided by c_max, where c_max is the cost of
  the most expensive single model; the router's AIQ uses its sweep points, the
  baseline's the single models' points.
- APGR = mean over [0, c_strong] of PGR(c) = (hull(c) - acc_weak) / (acc_strong -
  acc_weak), with strong = the reference model (gpt-4-1106-preview) and weak = the most
  accurate model costing at most 10% of it; PGR is clipped below at 0.
- Oracle: per prompt, the cheapest correct model (the cheapest model if none is).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from services.router.bench.data import Row
from services.router.bench.run import Result

Point = tuple[float, float]
REFERENCE = "gpt-4-1106-preview"


@dataclass(frozen=True)
class Figures:
    """Accuracy and total cost of one setting."""

    accuracy: float
    cost_usd: float


def summarise(results: Sequence[Result]) -> Figures:
    n = max(1, len(results))
    return Figures(
        sum(r.correct for r in results) / n, sum(r.cost_usd for r in results)
    )


def single_models(rows: Sequence[Row]) -> dict[str, Figures]:
    """Every model's point when it answers every prompt."""
    models = sorted({m for r in rows for m in r.outcomes})
    n = max(1, len(rows))
    return {
        m: Figures(
            sum(r.outcomes[m].correct for r in rows) / n,
            sum(r.outcomes[m].cost_usd for r in rows),
        )
        for m in models
    }


def oracle(rows: Sequence[Row]) -> Figures:
    acc = cost = 0.0
    for r in rows:
        right = [o for o in r.outcomes.values() if o.correct >= 1.0]
        pool = right or list(r.outcomes.values())
        best = min(pool, key=lambda o: o.cost_usd)
        acc += 1.0 if right else 0.0
        cost += best.cost_usd
    return Figures(acc / max(1, len(rows)), cost)


def hull(points: Sequence[Point]) -> list[Point]:
    """Upper non-decreasing convex hull of (cost, accuracy) points, from (0, 0)."""
    pts = sorted({(0.0, 0.0), *points})
    out: list[Point] = []
    for p in pts:
        if out and p[1] <= out[-1][1]:
            continue  # dominated: costs more, not better
        while len(out) >= 2:
            (x1, y1), (x2, y2) = out[-2], out[-1]
            if (y2 - y1) * (p[0] - x1) <= (p[1] - y1) * (x2 - x1):
                out.pop()  # the middle point lies under the chord
            else:
                break
        out.append(p)
    return out


def hull_at(h: Sequence[Point], c: float) -> float:
    """The hull's accuracy at cost c (flat after its last point)."""
    for (x1, y1), (x2, y2) in itertools.pairwise(h):
        if x1 <= c <= x2:
            return y1 + (y2 - y1) * (c - x1) / (x2 - x1) if x2 > x1 else y2
    return h[-1][1] if c >= h[-1][0] else 0.0


def aiq(points: Sequence[Point], c_max: float, steps: int = 2000) -> float:
    """Area under the hull of `points` over [0, c_max], divided by c_max."""
    h = hull(points)
    xs = [c_max * (i + 0.5) / steps for i in range(steps)]
    return sum(hull_at(h, x) for x in xs) / steps


def weak_model(singles: dict[str, Figures], strong: str = REFERENCE) -> str:
    """The most accurate model costing at most 10% of the strong one."""
    cap = singles[strong].cost_usd * 0.1
    cheap = {m: f for m, f in singles.items() if f.cost_usd <= cap} or singles
    return max(cheap, key=lambda m: cheap[m].accuracy)


def apgr(
    points: Sequence[Point], singles: dict[str, Figures], strong: str = REFERENCE
) -> float:
    """Average performance gap recovered over [0, cost of the strong model]."""
    weak = singles[weak_model(singles, strong)].accuracy
    top, c_max = singles[strong].accuracy, singles[strong].cost_usd
    if top <= weak:
        return 0.0
    h = hull(points)
    steps = 2000
    total = 0.0
    for i in range(steps):
        acc = hull_at(h, c_max * (i + 0.5) / steps)
        total += max(0.0, (acc - weak) / (top - weak))
    return total / steps
