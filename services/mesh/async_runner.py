"""The runner for I/O-bound handlers (the executor): many inputs in flight per partition.

Kafka I/O stays off the event loop: one thread consumes (and commits), one thread serves the
producer's delivery callbacks. Each input becomes an asyncio task; when all of its outputs are
acknowledged it is finished, and each partition commits only up to its lowest unfinished
offset (`OffsetTracker`). On stop, polling ends, in-flight work completes, outputs are
flushed and the final offsets committed.

Crash idempotency, for handlers that name a `recovery_topic` (the executor: executions).
Outputs to that topic go to the partition with the input's number and carry the input's
offset in a `mesh-input-offset` header. Every commit of input partition p also commits, in
the same request and group, an offset for output partition p: the *mark*, below which no
output of an uncommitted input can lie (`offsets.py`). A group may commit offsets for
partitions it does not consume; the embedded broker stores them, whereas it silently drops
commit metadata (the obvious home for the mark), so this works on both brokers. On
(re)assignment the runner reads its outputs from the mark until the partition is idle
(`recovery.scan_outputs`) and skips each redelivered input whose output is already there.
On revoke it waits up to `revoke_grace_s` for the partition's in-flight inputs, then drops
the outputs of stragglers, so a new owner never races the old one.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import CodecError
from services.mesh.events import Event
from services.mesh.handler import AsyncHandler, Emit
from services.mesh.kafka import consumer_config, producer_config
from services.mesh.offsets import OffsetTracker, OutputLog
from services.mesh.recovery import INPUT_OFFSET_HEADER, scan_outputs
from services.mesh.runtime import DeliveryError, MessageIO, span_attributes, where
from services.mesh.tracing import RawHeaders, consumer_span

log = logging.getLogger(__name__)


class AsyncRunner:
    """Runs one async handler with up to `max_in_flight` inputs at once."""

    def __init__(
        self,
        handler: AsyncHandler,
        settings: Settings,
        *,
        max_in_flight: int = 64,
        group: str | None = None,
        codec: Codec | None = None,
        on_ready: Callable[[], None] | None = None,
        revoke_grace_s: float = 30.0,
        recovery_idle_s: float = 0.5,
    ) -> None:
        self.handler = handler
        self.settings = settings
        self.max_in_flight = max_in_flight
        self.group = group or f"mesh-{handler.service}"
        self.codec = codec or Codec()
        self.on_ready = on_ready
        self.revoke_grace_s = revoke_grace_s
        self.recovery_idle_s = recovery_idle_s
        client = f"{handler.service}-{id(self):x}"
        self.consumer = Consumer(consumer_config(settings, self.group, client))
        self.producer = Producer(producer_config(settings, client))
        self.io = MessageIO(
            service=handler.service,
            producer=self.producer,
            topics=settings.topics,
            codec=self.codec,
        )
        recovery: str | None = getattr(handler, "recovery_topic", None)
        self.recovery_topic = settings.topics.name(recovery) if recovery else None
        self.tracker = OffsetTracker()
        self.outputs = OutputLog()
        self._owned: dict[int, int] = {}  # input partition -> assignment generation
        self._generation = 0
        self._emit_lock = threading.Lock()
        self._stop = threading.Event()
        self._kafka = ThreadPoolExecutor(1, thread_name_prefix="consume")
        self._tasks: set[asyncio.Task[None]] = set()
        self.processed = 0
        self.skipped = 0  # inputs whose outputs a recovery scan found already written

    def stop(self) -> None:
        """Stop polling; in-flight work finishes before the runner returns (thread-safe)."""
        self._stop.set()

    def run(self) -> None:
        """Blocking entry point."""
        asyncio.run(self.run_async())

    # --- Kafka side (consume thread) -------------------------------------------------

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        if self.recovery_topic is not None and partitions:
            self._recover([p.partition for p in partitions])
        self.tracker.forget(
            [(p.topic, p.partition) for p in partitions]
        )  # no stale state
        with self._emit_lock:
            for p in partitions:
                self._generation += 1
                self._owned[p.partition] = self._generation
        if self.on_ready is not None:
            self.on_ready()
            self.on_ready = None

    def _recover(self, parts: list[int]) -> None:
        """Learn, per assigned partition, which inputs already have their outputs."""
        assert self.recovery_topic is not None
        (in_topic,) = {self.settings.topics.name(t) for t in self.handler.topics}
        asked = [TopicPartition(in_topic, p) for p in parts]
        asked += [TopicPartition(self.recovery_topic, p) for p in parts]
        committed = {
            (tp.topic, tp.partition): tp.offset
            for tp in self.consumer.committed(asked, timeout=30)
        }
        marks = {p: committed[(self.recovery_topic, p)] for p in parts}
        found = scan_outputs(
            self.settings,
            self.recovery_topic,
            marks,
            codec=self.codec,
            idle_s=self.recovery_idle_s,
            expect_partitions_of=in_topic,
        )
        for p, scan in found.items():
            self.outputs.recovered(
                p, end=scan.end, done=scan.done, committed=committed[(in_topic, p)]
            )
            log.info(
                "%s partition %d: %d outputs already written from offset %d",
                self.handler.service,
                p,
                len(scan.done),
                scan.start,
            )

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        tps = [(p.topic, p.partition) for p in partitions]
        deadline = time.monotonic() + self.revoke_grace_s
        while any(self.tracker.in_flight(tp) for tp in tps):
            if time.monotonic() > deadline:
                log.warning(
                    "revoked with inputs in flight: their outputs are dropped and "
                    "the new owner runs them again"
                )
                break
            time.sleep(0.02)
        with self._emit_lock:  # stragglers emit nothing from here on
            for p in partitions:
                self._owned.pop(p.partition, None)
        self.producer.flush(10)
        self._commit_now(sync=True)
        self.tracker.forget(tps)
        self.outputs.forget([p.partition for p in partitions])

    def _commit_now(self, *, sync: bool) -> None:
        points = self.tracker.to_commit_marked()
        if not points:
            return
        offsets = []
        for (topic, p), (offset, started_mark) in points.items():
            offsets.append(TopicPartition(topic, p, offset))
            if self.recovery_topic is not None:
                mark = self.outputs.mark(p, offset, started_mark)
                offsets.append(TopicPartition(self.recovery_topic, p, mark))
        try:
            if sync:
                self.consumer.commit(offsets=offsets, asynchronous=False)
            else:
                self.consumer.commit(offsets=offsets, asynchronous=True)
        except Exception as e:
            log.debug("commit skipped: %s", e)

    def _consume(self, n: int) -> list[Message]:
        """Up to n messages: wait for the first, then take what is already there.

        (`consume(n, timeout)` would wait for all n or the whole timeout.)
        """
        self._commit_now(sync=False)
        first = self.consumer.poll(0.05)
        if first is None:
            return []
        if n == 1:
            return [first]
        return [first, *self.consumer.consume(n - 1, 0)]

    def _serve_deliveries(self) -> None:
        while not self._stop.is_set() or self._tasks:
            self.producer.poll(0.05)

    # --- event loop side ---------------------------------------------------------------

    async def run_async(self) -> None:
        loop = asyncio.get_running_loop()
        names = [self.settings.topics.name(t) for t in self.handler.topics]
        self.consumer.subscribe(
            names, on_assign=self._on_assign, on_revoke=self._on_revoke
        )
        delivery = threading.Thread(
            target=self._serve_deliveries, name="deliveries", daemon=True
        )
        delivery.start()
        try:
            while not self._stop.is_set():
                free = self.max_in_flight - len(self._tasks)
                if free <= 0:
                    await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
                    continue
                msgs = await loop.run_in_executor(self._kafka, self._consume, free)
                for msg in msgs:
                    self._start(msg, loop)
            if self._tasks:
                await asyncio.wait(self._tasks)
        finally:
            closer = getattr(self.handler, "aclose", None)
            if closer is not None:
                await closer()
            delivery.join(timeout=5)
            await loop.run_in_executor(self._kafka, self._close)
            self._kafka.shutdown(wait=True)

    def _start(self, msg: Message, loop: asyncio.AbstractEventLoop) -> None:
        err = msg.error()
        if err is not None:
            if err.code() != KafkaError._PARTITION_EOF:
                log.error("consumer error on %s: %s", msg.topic(), err)
            return
        tp = (msg.topic() or "", msg.partition() or 0)
        offset = msg.offset() or 0
        if tp[1] not in self._owned:
            return  # revoked between poll and consume: the new owner reads it
        self.tracker.started(tp, offset, self.outputs.end(tp[1]))
        try:
            event = self.codec.decode(msg.value())
        except CodecError as e:
            self._dead_letter(msg, e, None, loop)
            return
        if self.outputs.already_done(tp[1], event.envelope.event_id):
            log.info("skipping %s: its output was written before a restart", where(msg))
            self.skipped += 1
            self.tracker.finished(tp, offset)
            return
        generation = self._owned.get(tp[1])
        task = loop.create_task(self._handle(msg, event, loop, generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(
        self,
        msg: Message,
        event: Event,
        loop: asyncio.AbstractEventLoop,
        generation: int | None,
    ) -> None:
        meta = self.io.meta(msg)
        attrs = span_attributes(meta, self.group, event)
        done: asyncio.Future[None] = loop.create_future()
        with consumer_span(msg.topic() or "", msg.headers(), attrs):
            try:
                outs = await self.handler.handle(event, meta)
                self._emit_then_finish(msg, event, outs, loop, done, generation)
            except (
                Exception,
                BufferError,
            ) as e:  # a bug, or an output that can't be sent
                log.exception("%s failed on %s", self.handler.service, where(msg))
                self._dead_letter(msg, e, event, loop)
                return
        await done
        self.processed += 1

    def _emit_then_finish(
        self,
        msg: Message,
        event: Event,
        outs: Any,
        loop: asyncio.AbstractEventLoop,
        done: asyncio.Future[None],
        generation: int | None,
    ) -> None:
        tp = (msg.topic() or "", msg.partition() or 0)
        offset = msg.offset() or 0
        remaining = [len(outs)]

        def finish(err: KafkaError | None) -> None:
            if err is not None:
                log.error("output of %s not delivered: %s", where(msg), err)
                self._forget(event)
                self._dead_letter(msg, DeliveryError(str(err)), event, loop)
            else:
                self.tracker.finished(tp, offset)
            if not done.done():
                done.set_result(None)

        def delivered(err: KafkaError | None, m: Message) -> None:
            if err is None and m.topic() == self.recovery_topic:
                self.outputs.delivered(m.partition() or 0, m.offset() or 0)
            remaining[0] -= 1
            if err is not None or remaining[0] == 0:
                loop.call_soon_threadsafe(finish, err)

        if not outs:
            finish(None)
            return
        with self._emit_lock:
            if generation is None or self._owned.get(tp[1]) != generation:
                log.warning("%s was revoked while running: output dropped", where(msg))
                self._forget(event)
                self.tracker.finished(tp, offset)
                done.set_result(None)
                return
            self._emit(msg, event, outs, delivered)

    def _emit(
        self,
        msg: Message,
        cause: Event,
        outs: list[Emit],
        on_delivery: Callable[[KafkaError | None, Message], None],
    ) -> None:
        """Produce outputs with derived ids; recovery-topic ones pinned and labelled."""
        for emit in self.io.derive(cause, outs):
            headers: RawHeaders = None
            if self.settings.topics.name(emit.topic) == self.recovery_topic:
                emit = Emit(emit.topic, emit.event, emit.key, msg.partition() or 0)
                headers = [(INPUT_OFFSET_HEADER, str(msg.offset() or 0).encode())]
            self.io.produce(emit, headers, on_delivery)

    def _forget(self, event: Event) -> None:
        """Let the handler run `event` again: its output was never written."""
        forget = getattr(self.handler, "forget", None)
        if forget is not None:
            forget(event)

    def _dead_letter(
        self,
        msg: Message,
        error: BaseException,
        event: Event | None,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Dead-letter an input; it is finished (committable) once the DLQ has it.

        If even the dead letter cannot be written the input stays unfinished, so the
        partition's commit point holds and a restart reads it again.
        """
        tp = (msg.topic() or "", msg.partition() or 0)
        offset = msg.offset() or 0
        lock = threading.Lock()  # delivery reports may arrive before the count is known
        state: dict[str, Any] = {"expected": None, "done": 0, "failed": []}

        def settle() -> None:
            if state["failed"]:
                log.critical(
                    "dead letter of %s not written: %s", where(msg), state["failed"]
                )
            else:
                self.tracker.finished(tp, offset)

        def delivered(err: KafkaError | None, _m: Message) -> None:
            with lock:
                state["done"] += 1
                if err is not None:
                    state["failed"].append(str(err))
                complete = state["done"] == state["expected"]
            if complete:
                loop.call_soon_threadsafe(settle)

        try:
            produced = self.io.dead_letter(msg, error, event, delivered)
        except Exception:
            log.critical("cannot dead-letter %s", where(msg), exc_info=True)
            return
        with lock:
            state["expected"] = produced
            complete = state["done"] == produced
        if complete:
            settle()

    def _close(self) -> None:
        try:
            self.io.flush()
            self._commit_now(sync=True)
        finally:
            self.consumer.close()
        log.info(
            "%s stopped after %d events (%d skipped as already done)",
            self.handler.service,
            self.processed,
            self.skipped,
        )
