"""Learned quality: Beta posteriors folded from the feedback stream.

The estimate is a pure fold over `FeedbackRecorded` events in stream order, so replaying
`mesh.feedback` rebuilds it exactly (event-sourced; no hidden state). Priors come from the
fleet file and count as `prior_strength` pseudo-observations, so a model nobody has rated
yet is ranked by its prior and the posterior takes over as evidence accrues.

Two levels per model: the segment (intent x answer format) and, under it, domain x
complexity; the finer estimate is shrunk towards the coarser one. Joint outcomes of
several models on the same task feed `PairStats` for the agreement cascade.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from services.mesh.events import FeedbackRecorded, Task
from services.mesh.fleet import Fleet, ModelSpec
from services.router.features import pair_segment
from services.router.pairs import PairStats

FMT_PREFIX = "fmt:"
ANSWER_PREFIX = "answer:"


def feedback_features(fmt: str, answer: str | None) -> dict[str, float]:
    """The `features` a FeedbackRecorded carries for the router: format and answer."""
    out = {f"{FMT_PREFIX}{fmt}": 1.0}
    if answer is not None:
        out[f"{ANSWER_PREFIX}{answer}"] = 1.0
    return out


def _read(features: dict[str, float], prefix: str) -> str | None:
    for key in features:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return None


@dataclass
class _Counts:
    score: float = 0.0
    n: float = 0.0


@dataclass(frozen=True)
class Estimate:
    """A posterior quality estimate: mean, standard deviation and evidence count."""

    mean: float
    std: float
    n: float


def _beta(prior: float, strength: float, c: _Counts | None) -> Estimate:
    a = prior * strength + (c.score if c else 0.0)
    b = (1.0 - prior) * strength + ((c.n - c.score) if c else 0.0)
    total = a + b
    mean = a / total
    return Estimate(mean, math.sqrt(mean * (1 - mean) / (total + 1)), c.n if c else 0.0)


@dataclass
class QualityModel:
    """Per model x segment x domain x complexity quality, plus cascade statistics.

    Args:
        fleet: the priors' source.
        prior_strength: pseudo-observations behind a prior.
        task_memory: how many recent tasks' outcomes are kept to pair them up.
    """

    fleet: Fleet
    prior_strength: float = 8.0
    task_memory: int = 20000
    events: int = 0
    _coarse: dict[tuple[str, str], _Counts] = field(default_factory=dict)
    _fine: dict[tuple[str, str, str, str], _Counts] = field(default_factory=dict)
    _tasks: OrderedDict[str, tuple[str, dict[str, tuple[float, str | None]]]] = field(
        default_factory=OrderedDict
    )
    pairs: PairStats = field(default_factory=PairStats)

    def apply(self, fb: FeedbackRecorded) -> None:
        """Fold one feedback event into the estimates (the only way state changes)."""
        fmt = _read(fb.features, FMT_PREFIX) or "free"
        seg = f"{fb.intent}/{fmt}"
        score = min(1.0, max(0.0, fb.score))
        for c in (
            self._coarse.setdefault((fb.model, seg), _Counts()),
            self._fine.setdefault((fb.model, seg, fb.domain, fb.complexity), _Counts()),
        ):
            c.score += score
            c.n += 1
        self.events += 1
        if fb.task_id in self._tasks:
            _, seen = self._tasks[fb.task_id]
        else:
            seen = {}
            self._tasks[fb.task_id] = (seg, seen)
            if len(self._tasks) > self.task_memory:
                self._tasks.popitem(last=False)
        answer = _read(fb.features, ANSWER_PREFIX)
        self.pairs.add(pair_segment(fmt), fb.model, score, answer, seen)
        seen[fb.model] = (score, answer)

    def estimate(self, model: ModelSpec, task: Task, seg: str) -> Estimate:
        """Posterior quality of `model` on `task` (segment `seg`)."""
        prior = model.quality.prior(task.intent, task.domain)
        coarse = _beta(prior, self.prior_strength, self._coarse.get((model.name, seg)))
        fine = self._fine.get((model.name, seg, task.domain, task.complexity))
        if fine is None:
            return coarse
        return _beta(coarse.mean, self.prior_strength, fine)

    def segment_mean(self, name: str, seg: str, prior: float) -> float:
        """Posterior mean at segment level only (the cascade's baseline)."""
        return _beta(prior, self.prior_strength, self._coarse.get((name, seg))).mean
