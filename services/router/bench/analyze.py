"""Prompt -> Task for the benchmark, through the intent service's own analyzer.

The benchmark must route with the code the mesh runs, so the task comes from
`services.intent.analyzer.Analyzer`. RouterBench prompts put the question last, so the
last analysed task supplies the labels, while text and token counts cover the whole
prompt (the model is sent all of it).
"""

from __future__ import annotations

from services.mesh.events import Task


def _fallback(sample_id: str, prompt: str) -> Task:
    """Minimal stand-in used only if the intent analyzer cannot be imported."""
    low = prompt.lower()
    intent = "code" if ("function" in low or "python" in low) else "qa"
    return Task(
        task_id=sample_id, index=0, text=prompt, intent=intent, domain="general",
        complexity="medium", reasoning_depth=1, sensitivity="public", pii=(), tools=(),
        input_tokens=max(1, len(prompt) // 4), output_tokens=200 if intent == "code" else 8,
    )  # fmt: skip


class TaskMaker:
    """Analyses prompts once each (the analysis does not depend on the fold)."""

    def __init__(self) -> None:
        self._cache: dict[str, Task] = {}
        try:
            from services.intent.analyzer import (  # type: ignore[import-not-found,unused-ignore]
                Analyzer,
            )
            from services.intent.handler import to_task
        except ImportError:  # pragma: no cover - the intent service is part of the tree
            self._analyzer = None
        else:
            self._analyzer = Analyzer()
            self._to_task = to_task

    @property
    def source(self) -> str:
        """Which analyzer produced the tasks."""
        return "services.intent.analyzer" if self._analyzer else "local stand-in"

    def task(self, sample_id: str, prompt: str) -> Task:
        """The routed task for a benchmark prompt."""
        if sample_id in self._cache:
            return self._cache[sample_id]
        task = _fallback(sample_id, prompt)
        if self._analyzer is not None:
            analysis = self._analyzer.analyze(prompt)
            if analysis.tasks:
                tasks = [self._to_task(sample_id, t) for t in analysis.tasks]
                last = tasks[-1]
                task = last.model_copy(
                    update={
                        "task_id": sample_id, "index": 0, "text": prompt,
                        "input_tokens": sum(t.input_tokens for t in tasks),
                    }
                )  # fmt: skip
        self._cache[sample_id] = task
        return task
