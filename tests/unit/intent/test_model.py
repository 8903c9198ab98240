"""The shipped model.json is exactly what ``python -m services.intent.train``
produces from the committed training split (deterministic, pure Python)."""

from __future__ import annotations

import json

from services.intent.classifier import MODEL_PATH
from services.intent.train import fit


def test_shipped_weights_match_a_fresh_training_run() -> None:
    with open(MODEL_PATH, encoding="utf-8") as fh:
        shipped = json.load(fh)
    fresh = json.loads(json.dumps(fit()))
    assert fresh["heads"] == shipped["heads"]
    assert fresh["weights"].keys() == shipped["weights"].keys()
    worst = max(
        abs(a - b)
        for f, vec in fresh["weights"].items()
        for a, b in zip(vec, shipped["weights"][f], strict=True)
    )
    assert worst <= 2e-3  # rounding to 3 decimals; float libm differences only
    assert all(
        abs(a - b) <= 2e-3 for a, b in zip(fresh["bias"], shipped["bias"], strict=True)
    )
