"""Joint outcome statistics for the agreement cascade.

For two models `a` and `b` asked the same question, the *state* is the option both chose
when they agree, or `dis` when they do not (or an answer is unreadable). Per segment we
count, per state, how often each of the two was right, and how often a third (stronger)
model `S` was right on the same tasks. That is all the cascade needs to decide, per state,
whether to accept the agreed answer or escalate. Counts are built incrementally as
feedback arrives, each (pair, state) and (pair, strong) triple exactly once per task.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DISAGREE = "dis"


def pair_state(answer_a: str | None, answer_b: str | None) -> str:
    """The agreement state of two normalised answers."""
    if answer_a is not None and answer_a == answer_b:
        return answer_a
    return DISAGREE


@dataclass
class StateCounts:
    """Tasks seen in one state, and the summed scores of the pair's two models."""

    n: float = 0.0
    first: float = 0.0
    second: float = 0.0


@dataclass
class StrongCounts:
    """Tasks seen in one state of a pair, and a third model's summed score on them."""

    n: float = 0.0
    score: float = 0.0


Seen = dict[str, tuple[float, str | None]]


@dataclass
class PairStats:
    """Per segment: pair -> state -> counts, and (pair, strong) -> state -> counts."""

    pairs: dict[tuple[str, str, str], dict[str, StateCounts]] = field(
        default_factory=dict
    )
    strong: dict[tuple[str, str, str, str], dict[str, StrongCounts]] = field(
        default_factory=dict
    )

    def add(
        self, seg: str, model: str, score: float, answer: str | None, seen: Seen
    ) -> None:
        """Record `model`'s outcome on a task whose other outcomes are `seen`."""
        for other, (o_score, o_answer) in seen.items():
            if other == model:
                continue
            if model < other:
                a, b, sa, sb = model, other, score, o_score
            else:
                a, b, sa, sb = other, model, o_score, score
            st = pair_state(answer, o_answer)
            c = self.pairs.setdefault((seg, a, b), {}).setdefault(st, StateCounts())
            c.n += 1
            c.first += sa
            c.second += sb
            for s_name, (s_score, _) in seen.items():
                if s_name not in (other, model):
                    self._strong(seg, a, b, s_name, st, s_score)
        others = [(k, v) for k, v in seen.items() if k != model]
        for i, (x, (_, ax)) in enumerate(others):
            for y, (_, ay) in others[i + 1 :]:
                a, b = (x, y) if x < y else (y, x)
                self._strong(seg, a, b, model, pair_state(ax, ay), score)

    def _strong(
        self, seg: str, a: str, b: str, s: str, state: str, score: float
    ) -> None:
        c = self.strong.setdefault((seg, a, b, s), {}).setdefault(state, StrongCounts())
        c.n += 1
        c.score += score

    def states(self, seg: str, a: str, b: str) -> dict[str, StateCounts]:
        """State counts of the pair (in either order: `first` is always `a`'s)."""
        if a < b:
            return self.pairs.get((seg, a, b), {})
        flipped = self.pairs.get((seg, b, a), {})
        return {k: StateCounts(v.n, v.second, v.first) for k, v in flipped.items()}

    def strong_given(self, seg: str, a: str, b: str, s: str) -> dict[str, StrongCounts]:
        """How the strong model `s` did per state of the pair (a, b)."""
        key = (seg, a, b, s) if a < b else (seg, b, a, s)
        return self.strong.get(key, {})
