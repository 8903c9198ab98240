"""Cross-validate the trainer's settings on the TRAIN files only:
``python -m services.intent.tune [JOBS]``.

Why leave-one-corpus-out: the acceptance set is written by someone else, so
the question a setting must answer is "how well does a model trained on the
other authors' rows do on this author's rows?". Every hand-written training
corpus (one author, one voice each: ``EXTRA_PATHS``) is held out in turn and
scored by a model trained on the template rows plus all the other corpora;
the figures are the mean over corpora (each corpus weighs the same, so one
large corpus cannot dominate). Random folds over the pooled rows, used
before, rewarded settings that memorise an author's phrasing. The held-out
sets (test, fresh3, fresh6) are never read, so choosing settings here cannot
leak them. Prints one line per setting and request prior: intent accuracy,
domain accuracy and macro-F1, complexity accuracy and macro-F1.
"""

from __future__ import annotations

import itertools
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

PRIORS = (0.5, 1.0)
# A corpus smaller than this still trains every fold but is not scored alone
# (68 follow-up rows would swing the mean as much as a 1,000-row corpus).
MIN_HELD_OUT = 150
GRID: dict[str, tuple[float, ...]] = {
    # Random-fold rounds (before leave-one-corpus-out) chose domain balance
    # 0.5 with prior 1 and found l2/dropout/epochs within +-0.005. Across
    # authors (8 corpora, prior 1): dropout 0 beats 0.5 on intent (0.869 vs
    # 0.859) and complexity macro-F1 (0.61 vs 0.58) and trails it on domain
    # (0.818 vs 0.825); 0.7 loses everywhere; l2 2e-4 vs 1e-3 and 10 vs 15
    # epochs are within 0.003.
    "l2": (2e-4, 1e-3),
    "dropout": (0.0, 0.5),
    "epochs": (10.0,),
    "domain_balance": (0.5,),
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
    cfg, base, corpora = args
    balance = dict(BALANCE)
    balance["domain"] = cfg["domain_balance"]
    sums: dict[float, dict[str, float]] = {p: {} for p in PRIORS}
    scored = [k for k, c in enumerate(corpora) if len(c) >= MIN_HELD_OUT]
    for k in scored:
        held = corpora[k]
        rest = [e for j, c in enumerate(corpora) if j != k for r in c for e in r]
        weights, bias = train(
            base + rest,
            balance=balance,
            l2=cfg["l2"],
            dropout=cfg["dropout"],
            epochs=int(cfg["epochs"]),
        )
        model = compact(weights, bias)
        for prior in PRIORS:
            for name, v in evaluate(model, held, prior).items():
                sums[prior][name] = sums[prior].get(name, 0.0) + v / len(scored)
    head = " ".join(f"{k}={v:g}" for k, v in cfg.items())
    return "\n".join(
        f"{head} prior={p:g} " + " ".join(f"{n}={v:.3f}" for n, v in s.items())
        for p, s in sums.items()
    )


def main() -> None:
    base = build_examples(load_rows(TRAIN_PATH))
    corpora = [
        [build_examples([row]) for row in load_rows(path)]
        for path in EXTRA_PATHS
        if path.exists()
    ]
    configs = [
        dict(zip(GRID, values, strict=True))
        for values in itertools.product(*GRID.values())
    ]
    jobs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with Pool(jobs) as pool:
        for line in pool.imap(_run, [(c, base, corpora) for c in configs]):
            print(line, flush=True)


if __name__ == "__main__":
    main()
