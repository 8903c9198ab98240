"""Recorded outcomes: real responses of the RouterBench models, looked up by prompt.

The whole file is read once at start-up into a dict keyed by a hash of the normalised
last user message, so answering a request costs one hash and one dict lookup: the server
never touches the disk per request.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from services.mesh.errors import ConfigError

RECORDED_MODELS: tuple[str, ...] = (
    "gpt-4-1106-preview",
    "gpt-3.5-turbo-1106",
    "claude-v1",
    "claude-v2",
    "claude-instant-v1",
    "meta/llama-2-70b-chat",
    "meta/code-llama-instruct-34b-chat",
    "mistralai/mixtral-8x7b-chat",
    "mistralai/mistral-7b-chat",
    "zero-one-ai/Yi-34B-Chat",
    "WizardLM/WizardLM-13B-V1.2",
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One model's recorded answer to one prompt."""

    response: str
    correct: float
    cost_usd: float


def prompt_key(text: str) -> str:
    """Hash of the prompt with whitespace collapsed, so reformatting still matches."""
    normalised = " ".join(text.split())
    return hashlib.blake2b(normalised.encode(), digest_size=16).hexdigest()


class RecordedIndex:
    """Prompt hash -> model -> outcome, with the sample id kept for diagnostics."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, Outcome]] = {}
        self.sample_ids: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._by_key)

    def add(self, sample_id: str, prompt: str, outcomes: dict[str, Outcome]) -> None:
        """Index one prompt's outcomes (a later duplicate replaces the earlier)."""
        key = prompt_key(prompt)
        self._by_key[key] = outcomes
        self.sample_ids[key] = sample_id

    def lookup(self, model: str, prompt: str) -> Outcome | None:
        """The recorded outcome of `model` on `prompt`, or None if never recorded."""
        row = self._by_key.get(prompt_key(prompt))
        return None if row is None else row.get(model)


def _parse_line(line: str, where: str) -> tuple[str, str, dict[str, Outcome]]:
    try:
        row = json.loads(line)
        outcomes = {
            model: Outcome(
                response=str(o["response"]),
                correct=float(o["correct"]),
                cost_usd=float(o["cost_usd"]),
            )
            for model, o in row["outcomes"].items()
        }
        return str(row["sample_id"]), str(row["prompt"]), outcomes
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise ConfigError(f"{where}: not a recorded-outcome row ({e!r})") from e


def load_recorded(path: Path | None = None) -> RecordedIndex:
    """Load a recorded-outcomes JSONL file; None loads the bundled sample.

    Raises:
        ConfigError: the file cannot be read or a line is not a valid row (names the
        line).
    """
    if path is None:
        ref = resources.files("services.fleet") / "data" / "routerbench_sample.jsonl"
        text, name = ref.read_text(encoding="utf-8"), "routerbench_sample.jsonl"
    else:
        try:
            text, name = Path(path).read_text(encoding="utf-8"), str(path)
        except OSError as e:
            raise ConfigError(f"cannot read recorded file {path}: {e.strerror}") from e
    index = RecordedIndex()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            index.add(*_parse_line(line, f"{name}:{lineno}"))
    return index
