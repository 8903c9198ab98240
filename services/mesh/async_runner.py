"""The runner for I/O-bound handlers (the executor): many inputs in flight per partition.

Kafka I/O stays off the event loop: one thread consumes (and commits), one thread serves the
producer's delivery callbacks. Each input becomes an asyncio task; when all of its outputs are
acknowledged it is finished, and each partition commits only up to its lowest unfinished
offset (`OffsetTracker`). On stop, polling ends, in-flight work completes, outputs are
flushed and the final offsets committed.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import CodecError
from services.mesh.events import Event
from services.mesh.handler import AsyncHandler
from services.mesh.kafka import consumer_config, producer_config
from services.mesh.offsets import OffsetTracker
from services.mesh.runtime import MessageIO, where
from services.mesh.tracing import consumer_span

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
    ) -> None:
        self.handler = handler
        self.settings = settings
        self.max_in_flight = max_in_flight
        self.group = group or f"mesh-{handler.service}"
        self.codec = codec or Codec()
        self.on_ready = on_ready
        client = f"{handler.service}-{id(self):x}"
        self.consumer = Consumer(consumer_config(settings, self.group, client))
        self.producer = Producer(producer_config(settings, client))
        self.io = MessageIO(
            service=handler.service,
            producer=self.producer,
            topics=settings.topics,
            codec=self.codec,
        )
        self.tracker = OffsetTracker()
        self._stop = threading.Event()
        self._kafka = ThreadPoolExecutor(1, thread_name_prefix="consume")
        self._tasks: set[asyncio.Task[None]] = set()
        self.processed = 0

    def stop(self) -> None:
        """Stop polling; in-flight work finishes before the runner returns (thread-safe)."""
        self._stop.set()

    def run(self) -> None:
        """Blocking entry point."""
        asyncio.run(self.run_async())

    # --- Kafka side (consume thread) -------------------------------------------------

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        if self.on_ready is not None:
            self.on_ready()
            self.on_ready = None

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self._commit_now(sync=True)
        self.tracker.forget([(p.topic, p.partition) for p in partitions])

    def _commit_now(self, *, sync: bool) -> None:
        points = self.tracker.to_commit()
        if not points:
            return
        offsets = [TopicPartition(t, p, o) for (t, p), o in points.items()]
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
        self.tracker.started(tp, offset)
        try:
            event = self.codec.decode(msg.value())
        except CodecError as e:
            self.io.dead_letter(msg, e)
            self._when_delivered(msg, loop)  # DLQ outputs are flushed on close at worst
            return
        task = loop.create_task(self._handle(msg, event, loop))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(
        self, msg: Message, event: Event, loop: asyncio.AbstractEventLoop
    ) -> None:
        meta = self.io.meta(msg)
        attrs: dict[str, Any] = {
            "messaging.kafka.offset": meta.offset,
            "messaging.destination.partition.id": str(meta.partition),
            "messaging.consumer.group.name": self.group,
            "messaging.kafka.message.key": event.envelope.request_id,
            "mesh.request_id": event.envelope.request_id,
            "mesh.event": type(event).__name__,
        }
        done: asyncio.Future[None] = loop.create_future()
        with consumer_span(msg.topic() or "", msg.headers(), attrs):
            try:
                outs = await self.handler.handle(event, meta)
            except Exception as e:
                log.exception("%s failed on %s", self.handler.service, where(msg))
                self.io.dead_letter(msg, e, event)
                self._when_delivered(msg, loop)
                return
            self._emit_then_finish(msg, event, outs, loop, done)
        await done
        self.processed += 1

    def _emit_then_finish(
        self,
        msg: Message,
        event: Event,
        outs: Any,
        loop: asyncio.AbstractEventLoop,
        done: asyncio.Future[None],
    ) -> None:
        tp = (msg.topic() or "", msg.partition() or 0)
        offset = msg.offset() or 0
        remaining = [len(outs)]

        def finish(err: KafkaError | None) -> None:
            if err is not None:
                log.error(
                    "output of %s not delivered: %s; input stays uncommitted",
                    where(msg),
                    err,
                )
            else:
                self.tracker.finished(tp, offset)
            if not done.done():
                done.set_result(None)

        def delivered(err: KafkaError | None, _m: Message) -> None:
            remaining[0] -= 1
            if err is not None or remaining[0] == 0:
                loop.call_soon_threadsafe(finish, err)

        if not outs:
            finish(None)
            return
        self.io.emit(event, outs, delivered)

    def _when_delivered(self, msg: Message, loop: asyncio.AbstractEventLoop) -> None:
        """Dead-lettered input: finished once the DLQ write is flushed (on the next flush)."""
        tp = (msg.topic() or "", msg.partition() or 0)
        offset = msg.offset() or 0

        def after_flush() -> None:
            self.io.flush()
            self.tracker.finished(tp, offset)

        loop.run_in_executor(self._kafka, after_flush)

    def _close(self) -> None:
        try:
            self.io.flush()
            self._commit_now(sync=True)
        finally:
            self.consumer.close()
        log.info("%s stopped after %d events", self.handler.service, self.processed)
