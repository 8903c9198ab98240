"""Simulated answers: short, deterministic, and unmistakably marked as simulated.

A simulated model must never be mistaken for a real one in a demo or an audit, so every
answer starts with `[simulated <model>]`. The text is derived from a hash of the prompt
so the same request always gets the same answer (reproducible tests), and it has the
shape of a plausible reply (a letter for a multiple-choice question, a sentence
otherwise) so the pipeline downstream is exercised realistically.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

_CHOICE = re.compile(r"^\s*([A-E])\)", re.MULTILINE)
_NUMBER = r"-?\d+(?:\.\d+)?"
_OPERAND = rf"\(*\s*{_NUMBER}\s*\)*"
# Two or more numbers joined by arithmetic operators, e.g. "12 * (3 + 4)".
_ARITHMETIC = re.compile(rf"{_OPERAND}(?:\s*(?:\*\*|[-+*/%^])\s*{_OPERAND})+")
_OPENERS = (
    "Here is a short answer",
    "In brief",
    "A concise reply",
    "Summarising the request",
)
_CLOSERS = (
    "The key points are covered above.",
    "Let me know if you need more detail.",
    "This is a placeholder produced without any real model.",
    "No real model was called to produce this text.",
)


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def estimate_tokens(text: str) -> int:
    """Rough token count (about four characters a token)."""
    return max(1, (len(text) + 3) // 4) if text else 0


def prompt_tokens(messages: list[dict[str, Any]]) -> int:
    """Estimated prompt tokens: content plus a few tokens of framing a message."""
    total = 3
    for m in messages:
        content = m.get("content")
        text = content if isinstance(content, str) else json.dumps(content or "")
        total += 4 + estimate_tokens(text)
    return total


def find_arithmetic(text: str) -> str | None:
    """The first arithmetic expression in `text` (what a calculator would get)."""
    match = _ARITHMETIC.search(text)
    return match.group(0).strip() if match else None


def simulated_answer(model: str, prompt: str) -> str:
    """A deterministic, plausible, clearly marked reply to `prompt`.

    A verification request (asking for ACCEPT or REJECT on the first line) is accepted, the
    verdict first as the protocol asks and the simulated marker on the next line.
    """
    tag = f"[simulated {model}]"
    if "Reply ACCEPT or REJECT" in prompt:
        return f"ACCEPT\n{tag} The answer addresses the task (simulated check)."
    h = _digest(f"{model}\n{prompt}")
    choices = _CHOICE.findall(prompt[-600:])
    if choices:
        letters = sorted(set(choices))
        return f"{tag} {letters[h % len(letters)]}"
    words = prompt.split()
    snippet = " ".join(words[:12]) + (" ..." if len(words) > 12 else "")
    opener = _OPENERS[h % len(_OPENERS)]
    closer = _CLOSERS[(h >> 8) % len(_CLOSERS)]
    return f'{tag} {opener} to "{snippet}": this is a simulated reply. {closer}'


def tool_result_answer(model: str, result: str) -> str:
    """The final reply once the calculator tool has answered."""
    return f"[simulated {model}] The result is {result}."
