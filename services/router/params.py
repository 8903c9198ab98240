"""Generation parameters per task: deterministic for exact tasks, looser for open ones."""

from __future__ import annotations

from services.mesh.events import GenerationParams, Task
from services.mesh.fleet import ModelSpec

TEMPERATURE: dict[str, float] = {
    "math": 0.0,
    "code": 0.0,
    "classify": 0.0,
    "extract": 0.0,
    "sentiment": 0.0,
    "translate": 0.2,
    "qa": 0.2,
    "reasoning": 0.2,
    "summarize": 0.3,
    "chat": 0.7,
    "draft": 0.7,
    "creative": 0.9,
}
"""Exact answers want the mode of the distribution; creative ones want variety."""


def generation_params(task: Task, model: ModelSpec | None) -> GenerationParams:
    """Temperature by intent; max_tokens from the output estimate with 50% headroom."""
    want = max(64, int(task.output_tokens * 1.5) + 16)
    cap = model.max_output_tokens if model is not None else want
    return GenerationParams(
        temperature=TEMPERATURE.get(task.intent, 0.3),
        max_tokens=min(want, cap),
        context_tokens=task.input_tokens,
    )
