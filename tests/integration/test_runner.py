"""The shared runner against the embedded broker: delivery, commits, dead letters."""

from __future__ import annotations

import threading
import time

import pytest
from confluent_kafka import Consumer, TopicPartition

from services.aggregator.handler import AggregatorHandler
from services.mesh import topics as T
from services.mesh.events import (
    DeadLetter,
    RequestCompleted,
    RequestRejected,
    TaskValidated,
    envelope,
    now,
)
from services.mesh.kafka import consumer_config
from services.mesh.runner import Runner
from tests.kafka_helpers import produce, produce_event, read_events, read_messages
from tests.unit.mesh.samples import CTX

pytestmark = pytest.mark.integration


def verdict(rid: str, index: int = 0, count: int = 1) -> TaskValidated:
    return TaskValidated(
        envelope=envelope("governance", request_id=rid, tenant="t"),
        context=CTX.model_copy(update={"submitted_at": now()}),
        task_id=f"{rid}/{index}",
        task_index=index,
        task_count=count,
        intent="qa",
        model="m",
        answer=f"answer {index}",
        cost_usd=0.01,
        latency_ms=1.0,
        explanation="cheapest",
        checks=("pii",),
    )


class Running:
    def __init__(self, runner: Runner) -> None:
        self.runner = runner
        self.thread = threading.Thread(target=runner.run, daemon=True)

    def __enter__(self) -> Runner:
        self.thread.start()
        return self.runner

    def __exit__(self, *exc: object) -> None:
        self.runner.stop()
        self.thread.join(15)
        assert not self.thread.is_alive(), "runner did not stop"


def committed(settings, group: str, logical: str) -> dict[int, int]:
    c = Consumer(consumer_config(settings, group, "probe"))
    name = settings.topics.name(logical)
    parts = [TopicPartition(name, p) for p in range(settings.partitions)]
    out = {tp.partition: tp.offset for tp in c.committed(parts, timeout=10)}
    c.close()
    return out


def test_delivers_outputs_then_commits(make_settings):
    settings = make_settings()
    handler = AggregatorHandler()
    for i in range(5):
        produce_event(settings, T.VERDICTS, verdict(f"r{i}"))
    with Running(Runner(handler, settings, group="agg")) as runner:
        results = read_events(settings, T.RESULTS, count=5)
        deadline = time.monotonic() + 10
        while runner.processed < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert sorted(r.envelope.request_id for r in results) == [f"r{i}" for i in range(5)]
    assert all(isinstance(r, RequestCompleted) for r in results)
    offsets = committed(settings, "agg", T.VERDICTS)
    assert sum(o for o in offsets.values() if o > 0) == 5  # every input committed, once


def test_malformed_message_goes_to_dlq_and_the_next_is_processed(make_settings):
    settings = make_settings(partitions=1)
    produce(settings, T.VERDICTS, "req-bad", b"\x00garbage, not avro")
    produce_event(settings, T.VERDICTS, verdict("req-good"))
    with Running(Runner(AggregatorHandler(), settings)):
        results = read_events(settings, T.RESULTS, count=2)
        dead = read_events(settings, T.DLQ, count=1)
    by_id = {r.envelope.request_id: r for r in results}
    assert isinstance(by_id["req-good"], RequestCompleted)
    assert isinstance(by_id["req-bad"], RequestRejected)
    assert "dead-letter" in by_id["req-bad"].reason
    [dl] = dead
    assert isinstance(dl, DeadLetter)
    assert dl.value == b"\x00garbage, not avro"
    assert dl.key == b"req-bad"
    assert (dl.source_topic, dl.source_partition, dl.source_offset) == (
        settings.topics.name(T.VERDICTS),
        0,
        0,
    )
    assert dl.service == "aggregator" and dl.error_type == "CodecError"


def test_commit_stays_below_an_open_request(make_settings):
    """The aggregator's partial state is rebuilt from the topic after a restart."""
    settings = make_settings(partitions=1)
    produce_event(settings, T.VERDICTS, verdict("open", 0, count=2))
    produce_event(settings, T.VERDICTS, verdict("done"))
    with Running(Runner(AggregatorHandler(), settings, group="agg")):
        read_events(settings, T.RESULTS, count=1)
        time.sleep(0.5)
    assert committed(settings, "agg", T.VERDICTS)[0] == 0  # "open" is at offset 0
    # a new instance (after a crash) re-reads offset 0 and completes the request once
    produce_event(settings, T.VERDICTS, verdict("open", 1, count=2))
    with Running(Runner(AggregatorHandler(), settings, group="agg")):
        msgs = read_messages(
            settings, T.RESULTS, until=lambda m: len(m) >= 3, timeout_s=15
        )
    ids = [m.key().decode() for m in msgs]
    assert ids.count("open") == 1
    assert committed(settings, "agg", T.VERDICTS)[0] == 3


def _run_in_thread(runner: Runner) -> tuple[threading.Thread, dict[str, BaseException]]:
    box: dict[str, BaseException] = {}

    def go() -> None:
        try:
            runner.run()
        except BaseException as e:
            box["exc"] = e

    thread = threading.Thread(target=go, daemon=True)
    thread.start()
    return thread, box


def test_an_input_whose_output_was_refused_is_not_committed(make_settings):
    """The broker refuses an output: the service stops and the input stays uncommitted."""
    from services.mesh.runtime import DeliveryError

    settings = make_settings(partitions=1)
    produce_event(settings, T.VERDICTS, verdict("r-refused"))
    runner = Runner(AggregatorHandler(), settings, group="agg-refused")
    real = runner.io.produce

    def refused(out, headers=None, on_delivery=None):  # the edge: a broker refusal
        real(out, headers, lambda err, msg: runner.io.failed.append("refused"))

    runner.io.produce = refused  # type: ignore[method-assign]
    thread, box = _run_in_thread(runner)
    thread.join(20)
    assert isinstance(box.get("exc"), DeliveryError)
    assert committed(settings, "agg-refused", T.VERDICTS)[0] < 1  # re-read on restart


def test_an_output_that_cannot_be_encoded_dead_letters_its_input(make_settings):
    """A handler output that breaks its schema: DLQ + the service keeps going."""
    settings = make_settings(partitions=1)
    handler = AggregatorHandler()
    real = handler.handle

    def half_emoji(event, meta):  # e.g. a model answer cut in the middle of an emoji
        outs = real(event, meta)
        if event.envelope.request_id != "r-bad":
            return outs
        return [
            type(o)(o.topic, o.event.model_copy(update={"answer": "cut \ud83d"}))
            for o in outs
        ]

    handler.handle = half_emoji  # type: ignore[method-assign]
    produce_event(settings, T.VERDICTS, verdict("r-bad"))
    produce_event(settings, T.VERDICTS, verdict("r-good"))
    with Running(Runner(handler, settings, group="agg-enc")):
        results = read_events(settings, T.RESULTS, count=2)
        dead = read_events(settings, T.DLQ, count=1)
    kinds = {r.envelope.request_id: type(r).__name__ for r in results}
    assert kinds == {"r-good": "RequestCompleted", "r-bad": "RequestRejected"}
    assert dead[0].envelope.request_id == "r-bad" and dead[0].error_type == "CodecError"
