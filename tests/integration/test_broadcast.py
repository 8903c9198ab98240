"""Broadcast topics: every instance folds the whole stream, before and while it works."""

from __future__ import annotations

import threading
import time

import pytest

from services.mesh import topics as T
from services.mesh.events import Event, FeedbackRecorded, envelope
from services.mesh.handler import Emit, MessageMeta
from services.mesh.runner import Runner
from tests.kafka_helpers import produce, produce_event

pytestmark = pytest.mark.integration


class Learner:
    service = "learner"
    topics = (T.REQUESTS,)
    broadcast = (T.FEEDBACK,)

    def __init__(self) -> None:
        self.seen: list[str] = []

    def handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        if isinstance(event, FeedbackRecorded):
            self.seen.append(event.task_id)
        return []


def feedback(i: int) -> FeedbackRecorded:
    return FeedbackRecorded(
        envelope=envelope("client", request_id=f"r{i}", tenant="t"),
        task_id=f"r{i}/0",
        model="m",
        intent="qa",
        domain="general",
        complexity="low",
        score=1.0,
    )


def test_two_instances_each_fold_all_feedback_before_working(make_settings):
    settings = make_settings(partitions=4)
    for i in range(20):
        produce_event(settings, T.FEEDBACK, feedback(i))
    produce(settings, T.FEEDBACK, "r-bad", b"not an event")  # skipped, not fatal
    learners = [Learner(), Learner()]
    runners = [Runner(h, settings, group="learners") for h in learners]
    threads = [threading.Thread(target=r.run, daemon=True) for r in runners]
    for t in threads:
        t.start()
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(len(h.seen) < 20 for h in learners):
            time.sleep(0.05)
        for i in range(20, 25):  # arriving while running
            produce_event(settings, T.FEEDBACK, feedback(i))
        while time.monotonic() < deadline + 10 and any(
            len(h.seen) < 25 for h in learners
        ):
            time.sleep(0.05)
    finally:
        for r in runners:
            r.stop()
        for t in threads:
            t.join(15)
    for h in learners:
        assert sorted(h.seen) == sorted(f"r{i}/0" for i in range(25))
