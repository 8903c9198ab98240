"""Multi-head multinomial logistic regression, inference in pure Python.

One weight vector per feature holds the weights of *all* heads (intent,
domain, complexity, sensitivity) side by side, so scoring a task costs one
dict lookup per feature and a C-level column sum — fast enough for thousands
of requests per second per core without numpy, and every decision can be
explained by the features with the largest weights for the winning class.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from services.intent.features import describe

MODEL_PATH = Path(__file__).with_name("model.json")
# Domain is a property of the request more than of one clause: each task's
# domain scores get this multiple of the mean domain log-probabilities of
# the request's other tasks added (a request-level prior shared by all its
# tasks). Chosen by cross-validation in services.intent.tune.
REQUEST_PRIOR = 1.0

HEADS: dict[str, tuple[str, ...]] = {
    "intent": ("summarize", "draft", "creative", "reasoning", "math", "code",
               "classify", "sentiment", "extract", "translate", "qa", "chat"),
    "domain": ("general", "finance", "legal", "medical", "security"),
    "complexity": ("low", "medium", "high"),
    "sensitivity": ("public", "internal", "confidential", "restricted"),
}  # fmt: skip


def head_slices() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    pos = 0
    for head, labels in HEADS.items():
        out[head] = (pos, pos + len(labels))
        pos += len(labels)
    return out


SLICES = head_slices()
WIDTH = sum(len(v) for v in HEADS.values())


@dataclass(frozen=True)
class Prediction:
    """Winning label, its probability and the features that decided it."""

    label: str
    confidence: float
    evidence: tuple[str, ...]


class Classifier:
    """Loads ``model.json`` (see :mod:`services.intent.train`) once."""

    def __init__(self, weights: dict[str, list[float]], bias: list[float]) -> None:
        self.weights = weights
        self.bias = bias
        # Per feature and head: mean weight, so evidence ranks features by how
        # much they favour the winning class over the head's other classes.
        # margin[k][f]: weight of f for class k minus f's mean over k's head;
        # one dict per class so ranking evidence is a C-level keyed lookup.
        self.margin: list[dict[str, float]] = [{} for _ in range(WIDTH)]
        for f, v in weights.items():
            for lo, hi in SLICES.values():
                mean = sum(v[lo:hi]) / (hi - lo)
                for k in range(lo, hi):
                    self.margin[k][f] = v[k] - mean

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Classifier:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["weights"], data["bias"])

    def scores(self, features: list[str]) -> tuple[list[float], list[str]]:
        """Summed weights per class, and the features the model knows."""
        weights = self.weights
        known = [f for f in features if f in weights]
        vectors = [weights[f] for f in known]
        totals = [sum(col) for col in zip(self.bias, *vectors)]  # noqa: B905
        return totals, known

    def predict(
        self,
        features: list[str],
        notes: dict[str, list[str]] | None = None,
        top: int = 3,
    ) -> dict[str, Prediction]:
        """Per head: best label, softmax probability and top evidence; ``notes``
        maps cue features to the words that fired them."""
        totals, known = self.scores(features)
        return self._decide(totals, known, notes or {}, top)

    def predict_request(
        self,
        tasks: list[tuple[list[str], dict[str, list[str]]]],
        prior: float = REQUEST_PRIOR,
        top: int = 3,
    ) -> list[dict[str, Prediction]]:
        """:meth:`predict` for every task of one request, with the request-
        level domain prior (see ``REQUEST_PRIOR``) added to each task."""
        scored = [self.scores(feats) for feats, _ in tasks]
        totals = [t for t, _ in scored]
        if len(tasks) > 1 and prior:
            # own-domain cues always leave a note, and notes are few
            own = [any(k.startswith("dom:") for k in notes) for _, notes in tasks]
            totals = with_request_prior(totals, prior, own)
        return [
            self._decide(t, known, notes, top)
            for t, (_, known), (_, notes) in zip(totals, scored, tasks, strict=True)
        ]

    def _decide(
        self,
        totals: list[float],
        known: list[str],
        notes: dict[str, list[str]],
        top: int,
    ) -> dict[str, Prediction]:
        # word bigrams duplicate their words as evidence; rank the rest only
        candidates = [f for f in known if f[0] != "b"]
        out: dict[str, Prediction] = {}
        for head, (lo, hi) in SLICES.items():
            part = totals[lo:hi]
            best = max(range(hi - lo), key=part.__getitem__)
            peak = part[best]
            norm = sum([math.exp(s - peak) for s in part])
            margin = self.margin[lo + best]
            contrib = sorted(candidates, key=margin.__getitem__, reverse=True)[:top]
            evidence = tuple(_explain(f, notes) for f in contrib if margin[f] > 0)
            out[head] = Prediction(HEADS[head][best], 1.0 / norm, evidence)
        return out


def names_own_domain(features: list[str]) -> bool:
    """Whether a task's own words carry a domain cue (see
    :func:`with_request_prior`)."""
    return any(f.startswith("dom:") for f in features)


def with_request_prior(
    totals: list[list[float]], prior: float, own_domain: list[bool]
) -> list[list[float]]:
    """Add ``prior`` x the mean domain log-probabilities of the *other* tasks
    to each task's domain scores (log-probabilities, so one confident
    sibling cannot swamp a task by sheer logit scale).

    Tasks that name their own domain (a ``dom:`` cue in their own words:
    "the pen-test report", "the prescription notes") keep their scores: a
    request may mix domains, and then the task's own words are the better
    witness; the prior is for the bare ones ("list what to avoid bringing")."""
    lo, hi = SLICES["domain"]
    logp = []
    for t in totals:
        part = t[lo:hi]
        peak = max(part)
        log_norm = peak + math.log(sum([math.exp(s - peak) for s in part]))
        logp.append([s - log_norm for s in part])
    n = len(totals)
    sums = [sum(col) for col in zip(*logp, strict=True)]
    out = []
    for t, own, named in zip(totals, logp, own_domain, strict=True):
        mixed = list(t)
        if named:
            out.append(mixed)
            continue
        for k in range(hi - lo):
            mixed[lo + k] += prior * (sums[k] - own[k]) / (n - 1)
        out.append(mixed)
    return out


def _explain(feature: str, notes: dict[str, list[str]]) -> str:
    words = notes.get(feature.removesuffix(":many"))
    text = describe(feature)
    return f"{text}({', '.join(dict.fromkeys(words))})" if words else text
