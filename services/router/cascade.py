"""The agreement cascade: two cheap models of different families first, a strong one
only when their answers do not earn trust.

For an answer-checkable task (a choice format) the router may plan: call `first` and
`second` (cheap, different families) in parallel; if their normalised answers agree in a
state listed in `accept`, return `first`'s answer; otherwise call `escalate_to` and return
its answer. Which states are accepted is learned: per state, the expected accuracy of the
agreed answer against the strong model's expected accuracy minus its cost in quality
points (`cost / profile.value_per_point`). The plan is chosen only when its expected score
beats the best single model's, so the cascade is an option of the ranking, not a mode.

`resolve` is the runtime half (the executor/governance and the benchmark call it with the
answers they got), so the plan and its execution cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from services.mesh.fleet import ModelSpec
from services.router.features import normalise_answer
from services.router.pairs import DISAGREE, PairStats, pair_state
from services.router.profiles import Profile

RULE_ID = "router.cascade.agreement"
ACCEPT_PREFIX = "router.cascade.accept:"
_SMOOTH = 2.0


@dataclass(frozen=True)
class Option:
    """An eligible model with its single-model expectations and score."""

    spec: ModelSpec
    quality: float
    cost: float
    latency_ms: float
    score: float


@dataclass(frozen=True)
class CascadePlan:
    """A planned agreement cascade and what the router expects of it."""

    first: str
    second: str
    escalate_to: str
    accept: tuple[str, ...]
    expected_quality: float
    expected_cost: float
    escalation_rate: float
    score: float
    support: float

    def describe(self) -> str:
        """One line for the decision record."""
        acc = ",".join(self.accept) or "none"
        return (
            f"cascade: {self.first} + {self.second}; accept agreement on [{acc}], "
            f"else escalate to {self.escalate_to} (expected q={self.expected_quality:.3f}"
            f" cost=${self.expected_cost:.5f} escalation={self.escalation_rate:.0%},"
            f" n={self.support:.0f})"
        )


def _family(m: ModelSpec) -> str:
    return m.family or m.name


def _mean(score: float, n: float, prior: float) -> float:
    return (score + _SMOOTH * prior) / (n + _SMOOTH)


def _evaluate(
    pairs: PairStats,
    seg: str,
    a: Option,
    b: Option,
    s: Option,
    profile: Profile,
    min_support: float,
) -> CascadePlan | None:
    states = pairs.states(seg, a.spec.name, b.spec.name)
    total = sum(c.n for c in states.values())
    if total < min_support:
        return None
    strong = pairs.strong_given(seg, a.spec.name, b.spec.name, s.spec.name)
    s_pen = s.cost / profile.value_per_point
    quality = value = esc = 0.0
    accept: list[str] = []
    for st, c in sorted(states.items()):
        p = c.n / total
        keep = _mean(c.first, c.n, a.quality)
        sc = strong.get(st)
        up = _mean(sc.score, sc.n, s.quality) if sc else s.quality
        if keep >= up - s_pen:
            accept.append(st)
            quality += p * keep
            value += p * keep
        else:
            quality += p * up
            value += p * (up - s_pen)
            esc += p
    base_cost = a.cost + b.cost
    cost = base_cost + esc * s.cost
    latency = max(a.latency_ms, b.latency_ms) + esc * s.latency_ms
    score = value - base_cost / profile.value_per_point
    score -= profile.latency * latency / 10_000.0
    return CascadePlan(
        first=a.spec.name,
        second=b.spec.name,
        escalate_to=s.spec.name,
        accept=tuple(accept),
        expected_quality=quality,
        expected_cost=cost,
        escalation_rate=esc,
        score=score,
        support=total,
    )


def plan_cascade(
    *,
    pairs: PairStats,
    seg: str,
    options: Sequence[Option],
    profile: Profile,
    min_support: float = 30.0,
    max_cheap: int = 5,
    max_strong: int = 2,
) -> CascadePlan | None:
    """The best agreement cascade over the eligible `options`, or None.

    Args:
        pairs: joint outcome statistics learned from feedback.
        seg: the task's segment (intent/format); only choice formats can be checked.
        options: eligible models with their single-model scores.
        profile: the exchange rate between cost and quality.
        min_support: tasks a pair must have been seen on together to be trusted.
        max_cheap, max_strong: how many candidates to combine (bounds the latency).
    """
    if "/choice" not in seg or len(options) < 3:
        return None
    strong = sorted(options, key=lambda o: -o.quality)[:max_strong]
    cheap = sorted(options, key=lambda o: -o.score)[:max_cheap]
    best: CascadePlan | None = None
    for i, x in enumerate(cheap):
        for y in cheap[i + 1 :]:
            if _family(x.spec) == _family(y.spec):
                continue
            a, b = (x, y) if x.quality >= y.quality else (y, x)
            for s in strong:
                if s.spec.name in (a.spec.name, b.spec.name):
                    continue
                plan = _evaluate(pairs, seg, a, b, s, profile, min_support)
                if plan is not None and (best is None or plan.score > best.score):
                    best = plan
    return best


def accept_rule(accept: Sequence[str]) -> str:
    """The legacy `rules_fired` encoding of the accepted states (`|`-separated).

    Decisions now carry the states in `RouteDecision.cascade_accept`; this stays only so
    records written before that field existed can still be read (`accepted_states`).
    """
    return ACCEPT_PREFIX + "|".join(accept)


def accepted_states(rules_fired: Sequence[str]) -> tuple[str, ...] | None:
    """Accepted states from a legacy decision's `rules_fired` (None: none encoded).

    New decisions carry them in `RouteDecision.cascade_accept`, read that first.
    """
    for rule in rules_fired:
        if rule.startswith(ACCEPT_PREFIX):
            body = rule[len(ACCEPT_PREFIX) :]
            return tuple(body.split("|")) if body else ()
    return None


def resolve(
    plan_accept: Sequence[str],
    fmt: str,
    first_answer: str,
    second_answer: str,
    call_strong: Callable[[], str],
) -> tuple[str, bool]:
    """Carry out a cascade: the answer to return and whether it escalated.

    Args:
        plan_accept: the plan's accepted states (`CascadePlan.accept`).
        fmt: the task's answer format (`features.answer_format`).
        first_answer, second_answer: the two cheap models' raw answers.
        call_strong: calls the escalation model and returns its answer.
    """
    st = pair_state(
        normalise_answer(first_answer, fmt), normalise_answer(second_answer, fmt)
    )
    if st in plan_accept:
        return first_answer, False
    return call_strong(), True


__all__ = [
    "DISAGREE",
    "RULE_ID",
    "CascadePlan",
    "Option",
    "accept_rule",
    "accepted_states",
    "plan_cascade",
    "resolve",
]
