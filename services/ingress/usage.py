"""Token usage of a request, from the executor's own counts.

`RequestCompleted` carries cost but no token counts; the executor's `TaskExecuted` events on
`mesh.executions` do (what the provider reported, per attempt that answered). The shared
results reader therefore also reads `mesh.executions` for the requests it waits on and sums
them here, deduplicated by event id (a redelivered event is counted once; a task executed
twice — a validation retry on another model — is counted twice, because both were paid for).
When an execution event cannot be seen in time the figures are estimated (~4 characters a
token) and the response says so (`mesh.usage_source = "estimate"`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from services.mesh.events import RequestCompleted, TaskExecuted

CHARS_PER_TOKEN = 4.0


@dataclass(frozen=True)
class Usage:
    """OpenAI `usage`, and where the figures came from."""

    prompt_tokens: int
    completion_tokens: int
    source: Literal["executions", "estimate"]

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def as_openai(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


class UsageTally:
    """The execution events of one request, as they arrive."""

    def __init__(self) -> None:
        self._events: dict[str, TaskExecuted] = {}

    def add(self, event: TaskExecuted) -> None:
        self._events.setdefault(event.event_id, event)

    def covers(self, result: RequestCompleted) -> bool:
        """Whether every task that produced an answer has its execution counted."""
        seen = {e.task.task_id for e in self._events.values()}
        return all(t.task_id in seen for t in result.tasks if t.status == "completed")

    def finish_reason(self) -> str:
        """`length` when any answer was cut at its token limit, else `stop`."""
        reasons = {e.finish_reason for e in self._events.values()}
        return "length" if "length" in reasons else "stop"

    def usage(self, result: RequestCompleted, prompt_chars: int) -> Usage:
        """Counted usage when complete, else an estimate from the text lengths."""
        if self._events and self.covers(result):
            return Usage(
                prompt_tokens=sum(e.tokens_in for e in self._events.values()),
                completion_tokens=sum(e.tokens_out for e in self._events.values()),
                source="executions",
            )
        return Usage(
            prompt_tokens=estimate_tokens(prompt_chars),
            completion_tokens=estimate_tokens(len(result.answer)),
            source="estimate",
        )


def estimate_tokens(chars: int) -> int:
    """A rough token count for `chars` characters of text."""
    return math.ceil(chars / CHARS_PER_TOKEN) if chars > 0 else 0
