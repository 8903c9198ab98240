"""`kill -9` the executor mid-flight: every task still gets exactly one outcome.

Real processes: the embedded broker (session fixture), the fleet server with 300 ms of
latency, and the executor (`llm-mesh run executor`), killed with SIGKILL while calls are in
flight and then started again. The first provider call is scripted to take 6 s, so the
commit point of its partition stays behind it while later tasks there finish: those are
"done but uncommitted" at the crash, redelivered to the new executor, and must be skipped
rather than run (and written) a second time.

The provider-call count is exact: the new process calls the provider once for each task
without an outcome on the executions topic, and never for a task that has one.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

from services.cli.supervisor import MeshProcesses
from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.events import TaskAdmitted, TaskExecuted, TaskFailed, envelope
from tests.kafka_helpers import produce_event
from tests.unit.mesh.samples import CTX, DECISION, TASK

pytestmark = pytest.mark.e2e

N = 40
CONCURRENCY = 8
CODEC = Codec()


def admitted(i: int) -> TaskAdmitted:
    rid = f"crash-{i}-{uuid.uuid4().hex[:6]}"
    return TaskAdmitted(
        envelope=envelope("governance", request_id=rid, tenant="acme"),
        context=CTX,
        task=TASK.model_copy(update={"task_id": f"{rid}/0", "tools": ()}),
        task_count=1,
        decision=DECISION.model_copy(update={"fallbacks": (), "verifier": None}),
        reserved_usd=0.01,
        rules_checked=("r1",),
    )


class Outcomes:
    """Reads the executions topic from the beginning, keeping every record."""

    def __init__(self, settings: Settings) -> None:
        topic = settings.topics.name(T.EXECUTIONS)
        self.consumer = Consumer(
            {
                "bootstrap.servers": settings.bootstrap,
                "group.id": f"crash-reader-{uuid.uuid4().hex}",
                "enable.auto.commit": False,
                "fetch.wait.max.ms": 5,
            }
        )
        self.consumer.assign(
            [
                TopicPartition(topic, p, OFFSET_BEGINNING)
                for p in range(settings.topics.partitions)
            ]
        )
        self.task_ids: list[str] = []

    def poll_until(self, done: float | int, *, idle_s: float, max_s: float) -> None:
        """Poll until `done` outcomes are seen and `idle_s` passes with nothing new."""
        start = last = time.monotonic()
        while time.monotonic() - start < max_s:
            if len(self.task_ids) >= done and time.monotonic() - last >= idle_s:
                return
            msg = self.consumer.poll(0.05)
            if msg is None or msg.error() is not None:
                continue
            last = time.monotonic()
            event = CODEC.decode(msg.value())
            assert isinstance(event, TaskExecuted | TaskFailed)
            self.task_ids.append(event.task.task_id)

    def close(self) -> None:
        self.consumer.close()


def fleet_calls(procs: MeshProcesses) -> int:
    root = procs.fleet_url.removesuffix("/v1")
    stats = httpx.get(f"{root}/_control/stats", trust_env=False, timeout=5).json()
    return int(stats["total"]["requests"])


def wait_ready(procs: MeshProcesses, pid: int, timeout_s: float = 20) -> None:
    marker = procs.ready_dir / f"executor@{pid}"
    deadline = time.monotonic() + timeout_s
    while not marker.exists():
        assert time.monotonic() < deadline, "the new executor did not join its group"
        time.sleep(0.05)


def test_kill_9_mid_flight_yields_one_outcome_per_task(broker: str, tmp_path: Path):
    procs = MeshProcesses(
        bootstrap=broker,
        prefix=f"crash{uuid.uuid4().hex[:6]}.",
        services=("executor",),
        fleet_args=("--latency-ms", "300"),
        log_dir=tmp_path,
        env={
            "MESH_EXECUTOR_CONCURRENCY": str(CONCURRENCY),
            "MESH_LOG_LEVEL": "INFO",
        },
    )
    procs.start(timeout_s=30)
    settings = procs.settings()
    outcomes = Outcomes(settings)
    try:
        root = procs.fleet_url.removesuffix("/v1")
        script = {"model": DECISION.model, "responses": ["slow:6000"]}
        httpx.post(
            f"{root}/_control/script", json=script, trust_env=False
        ).raise_for_status()
        tasks = [admitted(i) for i in range(N)]
        for t in tasks:
            produce_event(settings, T.DISPATCH, t)

        outcomes.poll_until(12, idle_s=0.0, max_s=15)
        first = next(c for c in procs.children if c.name == "executor")
        os.kill(first.process.pid, signal.SIGKILL)
        first.process.wait(5)
        outcomes.poll_until(0, idle_s=1.0, max_s=5)  # what the dead one wrote
        written_before = len(set(outcomes.task_ids))
        calls_before = fleet_calls(procs)
        assert calls_before > written_before, "no provider call was in flight"
        assert written_before < N

        env = procs.child_env()
        second = procs._spawn("executor", ["run", "executor"], env)
        wait_ready(procs, second.process.pid)
        outcomes.poll_until(N, idle_s=2.0, max_s=30)
    finally:
        outcomes.close()
        calls_after = fleet_calls(procs) if procs.children else -1
        procs.stop()

    counts = Counter(outcomes.task_ids)
    expected = {t.task.task_id for t in tasks}
    assert set(counts) == expected
    assert all(n == 1 for n in counts.values()), [k for k, n in counts.items() if n > 1]
    # The new process called the provider exactly once per task without an outcome.
    assert calls_after == calls_before + (N - written_before)
    log = (tmp_path / "executor.log").read_text()
    assert "already written" in log  # it did recover from its output partition
    assert "skipping" in log  # and skipped done-but-uncommitted tasks
