"""Multi-head multinomial logistic regression, inference with numpy.

One weight vector per feature holds the weights of *all* heads (intent,
domain, complexity, sensitivity) side by side, so scoring a request costs one
dict lookup per feature, one gather of the rows and one segmented column sum
for all its tasks at once, and every decision can be explained by the
features with the largest weights for the winning class.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import NamedTuple

import numpy as np

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
# column layout for segmented (per-head) reductions over a row of scores
_HEAD_STARTS = [lo for lo, _ in SLICES.values()]
_HEAD_OF_COL = np.array(
    [h for h, (lo, hi) in enumerate(SLICES.values()) for _ in range(lo, hi)]
)
_COLS = np.arange(WIDTH)
# (position, head, labels, first column) per head, for the evidence loop
_HEAD_LAYOUT = tuple(
    (h, head, labels, _HEAD_STARTS[h]) for h, (head, labels) in enumerate(HEADS.items())
)


class Prediction(NamedTuple):
    """Winning label, its probability and the features that decided it.

    Immutable like a frozen dataclass, but built as a plain tuple: every
    request makes four per task, and a frozen dataclass's ``__init__`` sets
    each field through ``object.__setattr__`` (about three times slower)."""

    label: str
    confidence: float
    evidence: tuple[str, ...]


class Classifier:
    """Loads ``model.json`` (see :mod:`services.intent.train`) once.

    Features are resolved to integer row ids with one dict lookup each; the
    weights and the per-class evidence margins are two ``(features + 1) x
    WIDTH`` arrays (the last row is the bias), so a whole request is scored
    with one gather and one segmented column sum, and each task's evidence is
    ranked with one stable argsort over its rows. A task's feature strings are
    built afresh per request, so every lookup by string must compare the
    whole key; doing that once per feature keeps scoring cheap."""

    def __init__(self, weights: dict[str, list[float]], bias: list[float]) -> None:
        # only the arrays below are kept: the dict of float lists (~20k rows)
        # is not read after loading
        self._ids = {f: i for i, f in enumerate(weights)}
        self._names = list(weights)
        # evidence text per feature, and the key of the words that fired it
        self._described = [describe(f) for f in self._names]
        self._note_keys = [f.removesuffix(":many") for f in self._names]
        rows = list(weights.values())
        self._bias_id = len(rows)
        # the bias is the row a task's column sums start from, as before
        self._table = np.array([*rows, bias], dtype=np.float64).reshape(-1, WIDTH)
        # margins[id][k]: weight of the feature for class k minus its mean over
        # k's head, so evidence ranks features by how much they favour the
        # winning class over the head's other classes. Word bigrams (and the
        # bias row) get 0.0: they duplicate their words and are never shown,
        # since only positive margins are evidence. Computed in plain Python
        # (left-to-right sums) so equal margins stay exactly equal.
        margins = [[0.0] * WIDTH for _ in range(len(rows) + 1)]
        for i, (name, v) in enumerate(zip(self._names, rows, strict=True)):
            if name[0] == "b":
                continue
            out = margins[i]
            for lo, hi in SLICES.values():
                mean = sum(v[lo:hi]) / (hi - lo)
                for k in range(lo, hi):
                    out[k] = v[k] - mean
        # stored negated (exact in IEEE arithmetic) for the ascending sort of
        # predict_request: one array operation less per request
        self._against = np.negative(np.array(margins, dtype=np.float64))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Classifier:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["weights"], data["bias"])

    def scores(self, features: list[str]) -> tuple[list[float], list[str]]:
        """Summed weights per class, and the features the model knows."""
        ids = self._known(features)
        totals = self._table[[self._bias_id, *ids]].sum(axis=0)
        return totals.tolist(), [self._names[i] for i in ids]

    def _known(self, features: list[str]) -> list[int]:
        return [i for i in map(self._ids.get, features) if i is not None]

    def predict(
        self,
        features: list[str],
        notes: dict[str, list[str]] | None = None,
        top: int = 3,
    ) -> dict[str, Prediction]:
        """Per head: best label, softmax probability and top evidence; ``notes``
        maps cue features to the words that fired them."""
        return self.predict_request([(features, notes or {})], 0.0, top)[0]

    def predict_request(
        self,
        tasks: list[tuple[list[str], dict[str, list[str]]]],
        prior: float = REQUEST_PRIOR,
        top: int = 3,
    ) -> list[dict[str, Prediction]]:
        """:meth:`predict` for every task of one request, with the request-
        level domain prior (see ``REQUEST_PRIOR``) added to each task."""
        # every task's rows, each run headed by the bias row
        flat: list[int] = []
        starts: list[int] = []
        lengths: list[int] = []
        known = self._ids.get
        bias = self._bias_id
        for feats, _ in tasks:
            start = len(flat)
            starts.append(start)
            flat.append(bias)
            flat += [i for i in map(known, feats) if i is not None]
            lengths.append(len(flat) - start)
        index = np.fromiter(flat, np.intp, len(flat))
        # column sums in feature order, bias first (as the pure-Python sums)
        totals = np.add.reduceat(self._table.take(index, axis=0), starts, axis=0)
        if len(tasks) > 1 and prior:
            # own-domain cues always leave a note, and notes are few
            own = [any(k.startswith("dom:") for k in notes) for _, notes in tasks]
            totals = _with_request_prior(totals, prior, own)
        # per task and head: peak, softmax normaliser, first best column
        peaks = np.maximum.reduceat(totals, _HEAD_STARTS, axis=1)[:, _HEAD_OF_COL]
        norm = np.add.reduceat(np.exp(totals - peaks), _HEAD_STARTS, axis=1)
        best = np.minimum.reduceat(
            np.where(totals == peaks, _COLS, WIDTH), _HEAD_STARTS, axis=1
        )
        # every row's margins for its task's winning classes, negated for an
        # ascending sort; the bias rows (margin 0.0) are never positive, so
        # positives count per task
        against = self._against.take(
            index[:, None] * WIDTH + best.repeat(lengths, axis=0)
        )
        positive = np.add.reduceat(against < 0, starts, axis=0).tolist()
        out: list[dict[str, Prediction]] = []
        ends = [*starts[1:], len(flat)]
        for (_, notes), s, e, cols, conf, npos in zip(
            tasks,
            starts,
            ends,
            best.tolist(),
            (1.0 / norm).tolist(),
            positive,
            strict=True,
        ):
            # a stable sort of the task's rows, so equal margins keep the
            # task's feature order; positive margins sort first (the bias
            # row's is 0.0, so it never ranks among them)
            order = against[s:e].argsort(axis=0, kind="stable")[:top].T.tolist()
            pred = self._task_prediction(flat[s:e], notes, cols, conf, npos, order)
            out.append(pred)
        return out

    def _task_prediction(
        self,
        rows: list[int],
        notes: dict[str, list[str]],
        cols: list[int],
        conf: list[float],
        npos: list[int],
        order: list[list[int]],
    ) -> dict[str, Prediction]:
        """One task's predictions: per head the label of its best column
        ``cols[h]``, its probability and the evidence of its first
        ``npos[h]`` ranked rows (``order[h]``, positions in ``rows``)."""
        described = self._described
        note_keys = self._note_keys
        said: dict[int, str] = {}
        pred: dict[str, Prediction] = {}
        for h, head, labels, lo in _HEAD_LAYOUT:
            evidence = []
            for r in order[h][: npos[h]]:
                text = said.get(r)
                if text is None:
                    i = rows[r]
                    words = notes.get(note_keys[i])
                    text = described[i]
                    if words:
                        text = f"{text}({', '.join(dict.fromkeys(words))})"
                    said[r] = text
                evidence.append(text)
            pred[head] = Prediction(labels[cols[h] - lo], conf[h], tuple(evidence))
        return pred


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


def _with_request_prior(
    totals: np.ndarray, prior: float, own_domain: list[bool]
) -> np.ndarray:
    """:func:`with_request_prior` on a ``tasks x WIDTH`` array (the same
    arithmetic in the same order; exp and log from numpy)."""
    if all(own_domain):
        return totals  # every task names its own domain: nothing to add
    lo, hi = SLICES["domain"]
    part = totals[:, lo:hi]
    peak = part.max(axis=1, keepdims=True)
    logp = part - (peak + np.log(np.exp(part - peak).sum(axis=1, keepdims=True)))
    bare = np.array([not named for named in own_domain])
    mixed = totals.copy()
    mixed[bare, lo:hi] += prior * (logp.sum(axis=0) - logp[bare]) / (len(totals) - 1)
    return mixed
