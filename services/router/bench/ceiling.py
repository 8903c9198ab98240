"""How far can any answer-agreement router go on this data? An in-sample upper bound.

The routing targets are stated against a reference model (cost and accuracy), and the
cascade's only runtime signal on a choice question is which option the called models
pick. This module asks the data directly: over the *class* of policies the router can
run -- call two cheap models; per agreement pattern (which option each picked, per answer
format) accept one of their answers, escalate to the reference, or first ask a third
cheap model and decide per three-way pattern; free-form tasks go to one model per
format -- what is the best accuracy at each cost? Every choice is made on the very rows
it is scored on, so the figures are an optimistic ceiling that no honest
(cross-validated) router of that class can beat; a target above the ceiling is out of
reach without a new signal, whatever the tuning.

Solved per exchange rate `lam` (dollars per correct answer) by picking, per pattern, the
action with the best `correct - cost / lam`: exact for this policy class because the
patterns partition the rows.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from services.router.bench.data import Row
from services.router.features import answer_format, normalise_answer

# Sums over a set of rows: (correct answers of the best cheap model, reference's
# correct answers, reference's cost).
_Group = tuple[float, float, float]
RATES = tuple(
    x / 1000 for x in (1, 2, 5, 10, 15, 20, 25, 30, 33, 36, 38, 40, 45, 60, 100, 300)
)


@dataclass(frozen=True)
class CeilingPoint:
    """The in-sample optimum at one exchange rate."""

    rate: float
    accuracy: float
    cost_usd: float
    first_calls: dict[str, tuple[str, str]]


@dataclass
class _Prepared:
    fmt: list[str]
    letters: list[dict[str, str | None]]


def _key(fmt: str, answers: Sequence[str | None]) -> tuple[str, ...]:
    """The pattern: the format, which answers agree (canonical), and the first letter."""
    canon: dict[str, str] = {}
    shape = []
    for a in answers:
        shape.append("x" if a is None else canon.setdefault(a, str(len(canon))))
    return (fmt, "".join(shape), answers[0] or "x")


def _sums(
    rows: Sequence[Row], idx: Sequence[int], keep: Sequence[str], ref: str
) -> _Group:
    best = max(sum(rows[i].outcomes[m].correct for i in idx) for m in keep)
    return (
        best,
        sum(rows[i].outcomes[ref].correct for i in idx),
        sum(rows[i].outcomes[ref].cost_usd for i in idx),
    )


def _cost(rows: Sequence[Row], idx: Sequence[int], model: str) -> float:
    return sum(rows[i].outcomes[model].cost_usd for i in idx)


def _single_models(
    rows: Sequence[Row], idx: Sequence[int], models: Sequence[str]
) -> list[tuple[float, float]]:
    """(correct answers, cost) of each model answering every row of ``idx`` alone:
    the options for free-form tasks, which agreement cannot check."""
    return [
        (sum(rows[i].outcomes[m].correct for i in idx), _cost(rows, idx, m))
        for m in models
    ]


def ceiling(
    rows: Sequence[Row],
    reference: str,
    *,
    cheap_share: float = 0.15,
    rates: Sequence[float] = RATES,
) -> list[CeilingPoint]:
    """The in-sample optimum of agreement policies, one point per exchange rate.

    Args:
        rows: recorded outcomes (every model on every row).
        reference: the strong model escalations go to (the targets' reference).
        cheap_share: models costing at most this share of the reference are "cheap"
            (the two first calls and the tie-breaker are drawn from them).
        rates: exchange rates (dollars per correct answer) to solve at.
    """
    models = sorted(rows[0].outcomes)
    ref_cost = sum(r.outcomes[reference].cost_usd for r in rows)
    cheap = [
        m for m in models
        if m != reference and sum(r.outcomes[m].cost_usd for r in rows) <= cheap_share * ref_cost
    ]  # fmt: skip
    prep = _Prepared([], [])
    for r in rows:
        fmt = answer_format(r.prompt)
        prep.fmt.append(fmt)
        prep.letters.append(
            {m: normalise_answer(o.response, fmt) for m, o in r.outcomes.items()}
        )
    free: dict[str, list[int]] = defaultdict(list)
    choice: dict[str, list[int]] = defaultdict(list)
    for i, fmt in enumerate(prep.fmt):
        (choice if fmt.startswith("choice") else free)[fmt].append(i)
    singles = [_single_models(rows, idx, models) for idx in free.values()]
    plans = {
        fmt: [_pair_plan(rows, prep, idx, pair, cheap, reference)
              for pair in itertools.combinations(cheap, 2)]
        for fmt, idx in choice.items()
    }  # fmt: skip
    points = []
    for lam in rates:
        q_all = c_all = 0.0
        first: dict[str, tuple[str, str]] = {}
        for options in singles:
            q, c = max(options, key=lambda qc: qc[0] - qc[1] / lam)
            q_all, c_all = q_all + q, c_all + c
        for fmt, fmt_plans in plans.items():
            q, c, pair = max(
                (
                    (*_solve(groups, lam, base), pair)
                    for pair, base, groups in fmt_plans
                ),
                key=lambda qcp: qcp[0] - qcp[1] / lam,
            )
            q_all, c_all = q_all + q, c_all + c
            first[fmt] = pair
        points.append(CeilingPoint(lam, q_all / len(rows), c_all, first))
    return points


def hull_at(points: Sequence[CeilingPoint], cost: float) -> float:
    """Accuracy of the optimum's hull at `cost` (mixing the two neighbouring optima,
    which a router could do by randomising): the ceiling at any budget."""
    pts = sorted((p.cost_usd, p.accuracy) for p in points)
    if not pts or cost < pts[0][0]:
        return 0.0
    for (c0, a0), (c1, a1) in itertools.pairwise(pts):
        if c0 <= cost <= c1:
            return a0 + (a1 - a0) * (cost - c0) / (c1 - c0) if c1 > c0 else max(a0, a1)
    return pts[-1][1]


# Per first-stage pattern: its sums, and per possible third model (its cost on the
# pattern's rows, the sums of each second-stage pattern).
_Groups = list[tuple[_Group, list[tuple[float, list[_Group]]]]]


def _pair_plan(
    rows: Sequence[Row], prep: _Prepared, choice: Sequence[int], pair: tuple[str, str],
    cheap: Sequence[str], ref: str,
) -> tuple[tuple[str, str], float, _Groups]:  # fmt: skip
    """The pair's cost on these rows and, per first-stage pattern, its sums and per
    possible third model that model's cost and the second-stage pattern sums."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in choice:
        groups[_key(prep.fmt[i], [prep.letters[i][m] for m in pair])].append(i)
    out: _Groups = []
    for idx in groups.values():
        thirds = []
        for x in cheap:
            if x in pair:
                continue
            sub: dict[tuple[str, ...], list[int]] = defaultdict(list)
            for i in idx:
                sub[_key(prep.fmt[i], [prep.letters[i][m] for m in (*pair, x)])].append(
                    i
                )
            sums = [_sums(rows, s, (*pair, x), ref) for s in sub.values()]
            thirds.append((_cost(rows, idx, x), sums))
        out.append((_sums(rows, idx, pair, ref), thirds))
    return pair, sum(_cost(rows, choice, m) for m in pair), out


def _solve(groups: _Groups, lam: float, base: float) -> tuple[float, float]:
    """Correct answers and cost of the best action per pattern at rate `lam`, on top
    of the first two calls' cost `base`."""
    q_all, c_all = 0.0, base
    for (keep, g, gc), thirds in groups:
        actions = [(keep, 0.0), (g, gc)]
        for x_cost, subs in thirds:
            q, c = 0.0, x_cost
            for s_keep, s_g, s_gc in subs:
                if s_g - s_gc / lam > s_keep:
                    q, c = q + s_g, c + s_gc
                else:
                    q += s_keep
            actions.append((q, c))
        q, c = max(actions, key=lambda qc: qc[0] - qc[1] / lam)
        q_all += q
        c_all += c
    return q_all, c_all
