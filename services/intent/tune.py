"""Cross-validate the trainer's settings on the TRAIN files only:
``python -m services.intent.tune``.

Why: the template split is easy to fit and says little about unfamiliar
phrasings, so the hand-written training rows (``train_extra.jsonl`` and
``train_diverse.jsonl``) are split into folds *by request* (so the tasks of
one request, which share context and the request-level domain prior, never
straddle train and validation); each fold is scored by a model trained on
all template rows plus the other hand-written folds. The held-out sets
(test, fresh, fresh2, fresh3) are never read, so choosing settings here cannot leak
them. Prints one line per setting: intent accuracy, domain accuracy and
macro-F1, complexity accuracy and macro-F1, for each request prior.
"""

from __future__ import annotations

import itertools
import random
import sys
from multiprocessing import Pool

from services.intent.classifier import (
    HEADS,
    SLICES,
    names_own_domain,
    with_request_prior,
)
from services.intent.train import (
    BALANCE,
    EXTRA_PATHS,
    TRAIN_PATH,
    Example,
    build_examples,
    compact,
    load_rows,
    train,
)

FOLDS = 5
PRIORS = (0.0, 0.5, 1.0)
GRID: dict[str, tuple[float, ...]] = {
    # Earlier rounds (before class balance and sibling features) found l2
    # 2e-4/1e-3, dropout 0.3/0.5, epochs 10/15 and repeating the hand-written
    # rows all within +-0.005, so only the class balance is searched now.
    # Latest run: domain_balance 0.5 with prior 1 best (dom 0.861, domMulti
    # 0.600 vs 0.504 without the prior); complexity_balance 0.5 cost 0.02
    # complexity accuracy for no macro-F1 gain, so it stays 0.
    "domain_balance": (0.0, 0.5),
    "complexity_balance": (0.0, 0.5),
}
Request = list[Example]


def _macro_f1(pairs: list[tuple[int, int]], labels: range) -> float:
    scores = []
    for k in labels:
        tp = sum(1 for g, p in pairs if g == k == p)
        fp = sum(1 for g, p in pairs if g != k and p == k)
        fn = sum(1 for g, p in pairs if g == k and p != k)
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def evaluate(
    model: dict[str, object], requests: list[Request], prior: float
) -> dict[str, float]:
    """Intent accuracy, domain and complexity accuracy and macro-F1 of a
    compacted model on featurised requests, with the request prior."""
    weights = model["weights"]
    bias = model["bias"]
    assert isinstance(weights, dict) and isinstance(bias, list)
    pairs: dict[str, list[tuple[int, int]]] = {h: [] for h in HEADS}
    multi: list[bool] = []  # domain hits on tasks of multi-task requests
    for request in requests:
        totals = []
        own = [names_own_domain(feats) for feats, _ in request]
        for feats, _ in request:
            vectors = [weights[f] for f in feats if f in weights]
            totals.append([sum(col) for col in zip(bias, *vectors, strict=True)])
        if len(totals) > 1 and prior:
            totals = with_request_prior(totals, prior, own)
        for t, (_, targets) in zip(totals, request, strict=True):
            for (lo, hi), target in zip(SLICES.values(), targets, strict=True):
                best = max(range(lo, hi), key=t.__getitem__)
                head = next(h for h, s in SLICES.items() if s == (lo, hi))
                pairs[head].append((target, best))
                if head == "domain" and len(request) > 1:
                    multi.append(best == target)
    out: dict[str, float] = {}
    for head in ("intent", "domain", "complexity"):
        p = pairs[head]
        out[f"{head[:3]}"] = sum(g == b for g, b in p) / len(p)
        if head != "intent":
            out[f"{head[:3]}F1"] = _macro_f1(p, range(*SLICES[head]))
    out["domMulti"] = sum(multi) / len(multi) if multi else 0.0
    return out


def _run(
    args: tuple[dict[str, float], list[Example], list[list[Request]]],
) -> str:
    cfg, base, folds = args
    balance = dict(BALANCE)
    balance["domain"] = cfg["domain_balance"]
    balance["complexity"] = cfg["complexity_balance"]
    sums: dict[float, dict[str, float]] = {p: {} for p in PRIORS}
    for k in range(FOLDS):
        rest = [e for j, f in enumerate(folds) if j != k for r in f for e in r]
        weights, bias = train(base + rest, balance=balance)
        model = compact(weights, bias)
        for prior in PRIORS:
            for name, v in evaluate(model, folds[k], prior).items():
                sums[prior][name] = sums[prior].get(name, 0.0) + v / FOLDS
    head = " ".join(f"{k}={v:g}" for k, v in cfg.items())
    return "\n".join(
        f"{head} prior={p:g} " + " ".join(f"{n}={v:.3f}" for n, v in s.items())
        for p, s in sums.items()
    )


def main() -> None:
    base = build_examples(load_rows(TRAIN_PATH))
    hand: list[Request] = []
    for path in EXTRA_PATHS:
        hand += [build_examples([row]) for row in load_rows(path)]
    random.Random(7).shuffle(hand)
    folds = [hand[i::FOLDS] for i in range(FOLDS)]
    configs = [
        dict(zip(GRID, values, strict=True))
        for values in itertools.product(*GRID.values())
    ]
    jobs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with Pool(jobs) as pool:
        for line in pool.imap(_run, [(c, base, folds) for c in configs]):
            print(line, flush=True)


if __name__ == "__main__":
    main()
