"""The recovery mark protocol, without a broker: one outcome per input across crashes.

`OffsetTracker` and `OutputLog` are driven the way `AsyncRunner` drives them: inputs start
in offset order, finish out of order, outputs are appended to the output partition and then
acknowledged, commits store (input offset, mark), and a crash throws away all process state.
The restarted process reads the output log from the committed mark, as the recovery scan
does, and skips inputs already answered. Whatever the interleaving and however many
crashes, every input ends with exactly one output.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from services.mesh.offsets import OffsetTracker, OutputLog

TP = ("dispatch", 0)


def test_mark_is_the_commit_points_start_mark_or_the_end_now() -> None:
    t, out = OffsetTracker(), OutputLog()
    out.delivered(0, 9)  # end 10
    t.started(TP, 5, out.end(0))
    out.delivered(0, 14)
    t.started(TP, 6, out.end(0))
    t.finished(TP, 6)
    ((point, started),) = t.to_commit_marked().values()
    assert (point, out.mark(0, point, started)) == (5, 10)
    t.finished(TP, 5)
    ((point, started),) = t.to_commit_marked().values()
    assert started is None and (point, out.mark(0, point, started)) == (7, 15)


def test_recovered_outputs_pin_the_mark_until_their_inputs_are_passed() -> None:
    out = OutputLog()
    done = {"a": (3, 20), "b": (7, 25), "old": (1, 21), "nohdr": (None, 22)}
    out.recovered(0, end=30, done=done, committed=3)
    assert out.already_done(0, "a") and out.already_done(0, "nohdr")
    assert not out.already_done(0, "old")  # below the commit: never comes back
    assert out.mark(0, 3, None) == 20
    assert out.mark(0, 4, None) == 25  # input 3 passed: its entry retired
    assert out.mark(0, 8, None) == 30
    assert out.mark(0, 9, 28) == 28


class World:
    """One input partition, one output partition, and the process reading them."""

    def __init__(self, n: int, rng: random.Random, window: int) -> None:
        self.n, self.rng, self.window = n, rng, window
        self.log: list[int] = []  # output partition: the input offset of each record
        self.committed, self.mark = 0, 0
        self.restart()

    def restart(self) -> None:
        self.tracker, self.outputs = OffsetTracker(), OutputLog()
        self.next_input = self.committed
        self.running: list[int] = []
        self.unacked: list[tuple[int, int]] = []  # (input, output offset)
        done = {f"e{i}": (i, off) for off, i in enumerate(self.log) if off >= self.mark}
        self.outputs.recovered(
            0, end=len(self.log), done=done, committed=self.committed
        )

    def step(self) -> None:
        actions = []
        if self.next_input < self.n and len(self.running) < self.window:
            actions.append(self.start)
        if self.running:
            actions.append(self.produce)
        if self.unacked:
            actions.append(self.ack)
        actions.append(self.commit)
        self.rng.choice(actions)()

    def start(self) -> None:
        i = self.next_input
        self.next_input += 1
        self.tracker.started(TP, i, self.outputs.end(0))
        if self.outputs.already_done(0, f"e{i}"):
            self.tracker.finished(TP, i)
        else:
            self.running.append(i)

    def produce(self) -> None:
        i = self.running.pop(self.rng.randrange(len(self.running)))
        self.log.append(i)
        self.unacked.append((i, len(self.log) - 1))

    def ack(self) -> None:
        i, off = self.unacked.pop(self.rng.randrange(len(self.unacked)))
        self.outputs.delivered(0, off)
        self.tracker.finished(TP, i)

    def commit(self) -> None:
        for point, started in self.tracker.to_commit_marked().values():
            self.committed, self.mark = point, self.outputs.mark(0, point, started)

    def finished(self) -> bool:
        return self.next_input >= self.n and not self.running and not self.unacked


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 40),
    st.integers(1, 8),
    st.lists(st.integers(0, 400), max_size=4),
    st.randoms(use_true_random=False),
)
def test_one_output_per_input_whatever_the_crashes(
    n: int, window: int, crash_at: list[int], rng: random.Random
) -> None:
    world = World(n, rng, window)
    crashes = sorted(crash_at)
    steps = 0
    while not world.finished():
        world.step()
        steps += 1
        while crashes and crashes[0] <= steps:
            crashes.pop(0)
            world.restart()
        assert steps < 100_000
    assert sorted(world.log) == list(range(n))
