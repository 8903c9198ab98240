"""Prompt features the router learns on, beyond the intent service's labels.

The answer format matters most: a prompt that asks for one option letter can be checked by
agreement between two models, and models' accuracies differ sharply between formats (e.g.
two-way vs four-way choice). The format is read from the prompt text alone.
"""

from __future__ import annotations

import re

from services.mesh.events import Task

_CHOICE_SPEC = re.compile(r"single choice\s+from\s+((?:\"[A-Z]\"(?:\s*or\s*)?)+)", re.I)
_OPTION_LINE = re.compile(r"^\s*\(?([A-H])[).:]\s+\S", re.M)
_LEADING = re.compile(r"^\W*(?:answer\s*(?:is)?\s*:?\s*)?\(?([A-H])\b(?![a-z'])", re.I)
_ANYWHERE = re.compile(r"\b(?:answer|choice|option)\s*(?:is|:)?\s*\(?([A-H])\b", re.I)


def answer_format(text: str) -> str:
    """`choice-N` for an N-option multiple-choice prompt, `code` or `free` otherwise."""
    tail = text[-600:]
    spec = _CHOICE_SPEC.findall(tail)
    if spec:
        return f"choice-{spec[-1].count(chr(34)) // 2}"
    options = _OPTION_LINE.findall(tail)
    if len(options) >= 2 and options[0] == "A":
        return f"choice-{len(set(options))}"
    return "free"


def segment(task: Task, fmt: str | None = None) -> str:
    """The learning segment of a task: intent and answer format."""
    return f"{task.intent}/{fmt or answer_format(task.text)}"


def pair_segment(fmt: str) -> str:
    """The key of the cascade's agreement statistics: the answer format alone.

    Whether two models' agreement can be trusted depends on what is being checked (how
    many options), not on the analyzer's intent label, which varies between questions
    of the same kind (a two-option item may be labelled `qa` or `reasoning`); pooling
    by format keeps every state's counts large enough to trust.
    """
    return f"any/{fmt}"


def normalise_answer(response: str, fmt: str) -> str | None:
    """The option letter a response picks (None when it cannot be read or is free text).

    Two answers agree when they normalise to the same letter; free-form answers never
    agree, so the cascade is only planned for choice formats.
    """
    if not fmt.startswith("choice"):
        return None
    m = _LEADING.match(response.strip())
    if m:
        return m.group(1).upper()
    m = _ANYWHERE.search(response)
    return m.group(1).upper() if m else None
