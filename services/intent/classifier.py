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
from array import array
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
    """Loads ``model.json`` (see :mod:`services.intent.train`) once.

    Features are resolved to integer ids with one dict lookup each; weight
    vectors and per-class evidence margins are then plain list indexing. A
    task's feature strings are built afresh per request, so every lookup by
    string must compare the whole key; doing that once per feature instead
    of once per feature and class keeps scoring and evidence ranking cheap."""

    def __init__(self, weights: dict[str, list[float]], bias: list[float]) -> None:
        self.weights = weights
        self.bias = bias
        self._ids = {f: i for i, f in enumerate(weights)}
        self._names = list(weights)
        self._rows = list(weights.values())
        # word bigrams duplicate their words as evidence; only the rest rank
        self._rankable = frozenset(i for i, f in enumerate(self._names) if f[0] != "b")
        # Per feature and head: mean weight, so evidence ranks features by how
        # much they favour the winning class over the head's other classes.
        # margins[k][id]: weight of the feature for class k minus its mean over
        # k's head (0.0 for bigrams, which are never ranked). Kept as one
        # packed array of doubles per class: ranking reads a task's few dozen
        # scattered ids, and 8 contiguous bytes each stay in cache where a
        # list of separately allocated floats did not.
        margins = [[0.0] * len(weights) for _ in range(WIDTH)]
        for i, v in enumerate(self._rows):
            if i not in self._rankable:
                continue
            for lo, hi in SLICES.values():
                mean = sum(v[lo:hi]) / (hi - lo)
                for k in range(lo, hi):
                    margins[k][i] = v[k] - mean
        self._margins = [array("d", m) for m in margins]

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Classifier:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["weights"], data["bias"])

    def scores(self, features: list[str]) -> tuple[list[float], list[str]]:
        """Summed weights per class, and the features the model knows."""
        totals, ids = self._scores(features)
        return totals, [self._names[i] for i in ids]

    def _scores(self, features: list[str]) -> tuple[list[float], list[int]]:
        ids = [i for i in map(self._ids.get, features) if i is not None]
        # column sums in feature order, bias first (the exact float result)
        vectors = map(self._rows.__getitem__, ids)
        return [sum(col) for col in zip(self.bias, *vectors)], ids  # noqa: B905

    def predict(
        self,
        features: list[str],
        notes: dict[str, list[str]] | None = None,
        top: int = 3,
    ) -> dict[str, Prediction]:
        """Per head: best label, softmax probability and top evidence; ``notes``
        maps cue features to the words that fired them."""
        totals, ids = self._scores(features)
        return self._decide(totals, ids, notes or {}, top)

    def predict_request(
        self,
        tasks: list[tuple[list[str], dict[str, list[str]]]],
        prior: float = REQUEST_PRIOR,
        top: int = 3,
    ) -> list[dict[str, Prediction]]:
        """:meth:`predict` for every task of one request, with the request-
        level domain prior (see ``REQUEST_PRIOR``) added to each task."""
        scored = [self._scores(feats) for feats, _ in tasks]
        totals = [t for t, _ in scored]
        if len(tasks) > 1 and prior:
            # own-domain cues always leave a note, and notes are few
            own = [any(k.startswith("dom:") for k in notes) for _, notes in tasks]
            totals = with_request_prior(totals, prior, own)
        return [
            self._decide(t, ids, notes, top)
            for t, (_, ids), (_, notes) in zip(totals, scored, tasks, strict=True)
        ]

    def _decide(
        self,
        totals: list[float],
        ids: list[int],
        notes: dict[str, list[str]],
        top: int,
    ) -> dict[str, Prediction]:
        candidates = list(filter(self._rankable.__contains__, ids))
        names = self._names
        out: dict[str, Prediction] = {}
        for head, (lo, hi) in SLICES.items():
            part = totals[lo:hi]
            peak = max(part)
            best = part.index(peak)  # the first maximum, as max(key=) picks
            norm = sum([math.exp(s - peak) for s in part])
            margin = self._margins[lo + best]
            # stable: equal margins keep the task's feature order
            ranked = sorted(candidates, key=margin.__getitem__, reverse=True)
            evidence = tuple(
                _explain(names[i], notes) for i in ranked[:top] if margin[i] > 0
            )
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
