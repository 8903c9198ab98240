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
        notes = notes or {}
        totals, known = self.scores(features)
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


def _explain(feature: str, notes: dict[str, list[str]]) -> str:
    words = notes.get(feature.removesuffix(":many"))
    text = describe(feature)
    return f"{text}({', '.join(dict.fromkeys(words))})" if words else text
