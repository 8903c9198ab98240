"""The consume → handle → produce loop shared by the synchronous services.

At-least-once: a batch of inputs is handled, every output is flushed (acknowledged by the
broker), and only then are the inputs' offsets committed. Transactions are not used because
the embedded broker does not honour them (see the broker notes); duplicates that a crash can
cause carry the same derived event ids, so downstream handlers drop them.

Optional handler hooks, for state that spans inputs:

- `committable(partition, next_offset) -> int`: never commit past it (the aggregator keeps
  the commit point below its open requests, so a restart re-reads what they were built from);
- `on_assigned(partitions, history)`: rebuild state for newly assigned partitions, reading
  any partitions' past with `history([(topic, partition), ...])` (governance's budget ledger);
- `on_revoked(partitions)`: drop state of partitions this instance no longer owns;
- `tick() -> [Emit]` about once a second and `close() -> [Emit]` on revoke and shutdown
  (governance's time-based and final audit checkpoints, the aggregator's expiries).

A failure to deliver any output stops the loop without committing the batch (it is read
again after a restart; derived ids make the repeats harmless), and an output that cannot
be encoded or sent dead-letters its input instead of stopping the service.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from services.mesh.broadcast import BroadcastReader
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import CodecError
from services.mesh.handler import Handler
from services.mesh.history import History, read_history
from services.mesh.kafka import consumer_config, producer_config
from services.mesh.runtime import MessageIO, span_attributes, where
from services.mesh.tracing import consumer_span

log = logging.getLogger(__name__)

MAX_BATCH = 500
TICK_S = 1.0


class Runner:
    """Runs one synchronous handler against Kafka until `stop()`."""

    def __init__(
        self,
        handler: Handler,
        settings: Settings,
        *,
        group: str | None = None,
        codec: Codec | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        self.handler = handler
        self.settings = settings
        self.group = group or f"mesh-{handler.service}"
        self.codec = codec or Codec()
        self.on_ready = on_ready
        self._stop = threading.Event()
        client = f"{handler.service}-{id(self):x}"
        self.consumer = Consumer(consumer_config(settings, self.group, client))
        self.producer = Producer(producer_config(settings, client))
        self.io = MessageIO(
            service=handler.service,
            producer=self.producer,
            topics=settings.topics,
            codec=self.codec,
        )
        self._pending: dict[tuple[str, int], int] = {}  # next offset to commit
        self._closing = False
        self.processed = 0
        broadcast: tuple[str, ...] = getattr(handler, "broadcast", ())
        self.broadcast = (
            BroadcastReader(settings, broadcast, client) if broadcast else None
        )

    def stop(self) -> None:
        """Ask the loop to finish the current batch, commit and close (thread-safe)."""
        self._stop.set()

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        log.info(
            "%s assigned %s",
            self.handler.service,
            [f"{p.topic}[{p.partition}]" for p in partitions],
        )
        hook = getattr(self.handler, "on_assigned", None)
        if hook is not None:
            assigned = [
                (self.settings.topics.logical(p.topic), p.partition) for p in partitions
            ]
            hook(assigned, self._history)
        if self.on_ready is not None:
            self.on_ready()
            self.on_ready = None

    def _history(self, wanted: list[tuple[str, int]]) -> History:
        """The past of `wanted` for `on_assigned`, naming partitions not read to their
        end (the hook must not mistake a prefix for the whole, see `history.py`)."""
        return read_history(self.settings, wanted, codec=self.codec)

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        """Flush and commit what was done, then forget the revoked partitions entirely."""
        if self._closing:  # `_close` already flushed and committed (or must not commit)
            return
        try:
            self._emit_hook("close")
            self.io.flush()
        except Exception:
            self._pending.clear()  # outputs not delivered: their inputs must be re-read
            raise
        self._commit(sync=True)
        revoked = [(p.topic, p.partition) for p in partitions]
        for key in revoked:
            self._pending.pop(key, None)
        hook = getattr(self.handler, "on_revoked", None)
        if hook is not None:
            hook([(self.settings.topics.logical(t), p) for t, p in revoked])

    def _emit_hook(self, name: str) -> None:
        """Produce what an optional handler hook (`tick`, `close`) returns, uncaused."""
        hook = getattr(self.handler, name, None)
        if hook is None:
            return
        for out in hook():
            self.io.produce(out)

    def run(self) -> None:
        """Poll, handle, produce, flush, commit — until stopped. Closes the clients."""
        if self.broadcast is not None:
            folded = self.broadcast.catch_up(self._fold)
            log.info("%s folded %d broadcast events", self.handler.service, folded)
        names = [self.settings.topics.name(t) for t in self.handler.topics]
        self.consumer.subscribe(
            names, on_assign=self._on_assign, on_revoke=self._on_revoke
        )
        next_tick = time.monotonic() + TICK_S
        failed = False
        try:
            while not self._stop.is_set():
                if self.broadcast is not None:
                    self.broadcast.drain(self._fold)
                if time.monotonic() >= next_tick:
                    self._emit_hook("tick")
                    next_tick = time.monotonic() + TICK_S
                first = self.consumer.poll(0.1)
                if first is None:
                    continue
                batch = [first, *self.consumer.consume(MAX_BATCH, 0)]
                for msg in batch:
                    self._process(msg)
                self.io.flush()
                self._commit(sync=False)
        except BaseException:
            failed = True
            self._pending.clear()  # never commit inputs whose outputs may be lost
            raise
        finally:
            self._close(commit=not failed)

    def _process(self, msg: Message) -> None:
        err = msg.error()
        if err is not None:
            if err.code() != KafkaError._PARTITION_EOF:
                log.error("consumer error on %s: %s", msg.topic(), err)
            return
        key = (msg.topic() or "", msg.partition() or 0)
        self._pending[key] = (msg.offset() or 0) + 1
        meta = self.io.meta(msg)
        try:
            event = self.codec.decode(msg.value())
        except CodecError as e:
            self.io.dead_letter(msg, e)
            return
        attrs = span_attributes(meta, self.group, event)
        with consumer_span(msg.topic() or "", msg.headers(), attrs):
            try:
                outs = self.handler.handle(event, meta)
                self.io.emit(event, outs)
            except (Exception, BufferError) as e:  # a bug or an unsendable output
                log.exception("%s failed on %s", self.handler.service, where(msg))
                self.io.dead_letter(msg, e, event)  # raises if even that cannot be sent
                return
        self.processed += 1

    def _fold(self, msg: Message) -> None:
        """A broadcast event: update the handler's state (its outputs, if any, are sent)."""
        try:
            event = self.codec.decode(msg.value())
            outs = self.handler.handle(event, self.io.meta(msg))
        except (
            Exception
        ) as e:  # shared state must not stop the service; each instance logs
            log.warning(
                "skipping broadcast %s: %s: %s", where(msg), type(e).__name__, e
            )
            return
        if outs:
            self.io.emit(event, outs)

    def _commit(self, *, sync: bool) -> None:
        if not self._pending:
            return
        gate = getattr(self.handler, "committable", None)
        offsets = []
        for (topic, partition), nxt in list(self._pending.items()):
            off = gate(partition, nxt) if gate is not None else nxt
            offsets.append(TopicPartition(topic, partition, off))
            if off >= nxt:  # a gated partition stays pending until its state closes
                del self._pending[(topic, partition)]
        try:
            if sync:
                self.consumer.commit(offsets=offsets, asynchronous=False)
            else:
                self.consumer.commit(offsets=offsets, asynchronous=True)
        except Exception as e:  # nothing to commit yet, or a rebalance raced us
            log.debug("commit skipped: %s", e)

    def _close(self, *, commit: bool = True) -> None:
        self._closing = True
        try:
            if commit:
                self._emit_hook("close")
                self.io.flush()
                self._commit(sync=True)
        finally:
            self.consumer.close()
            if self.broadcast is not None:
                self.broadcast.close()
        log.info("%s stopped after %d events", self.handler.service, self.processed)
