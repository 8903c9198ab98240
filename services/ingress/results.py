"""The ingress's one shared results reader, resolving a future per waiting HTTP request.

A consumer per HTTP request would mean a broker connection, a metadata round trip and a
fetch loop each, and would not survive a few hundred concurrent callers. Instead one thread
reads every partition of `mesh.results` (and of `mesh.executions`, for token counts; see
`usage`) from the end, as the Python client does, and looks each record's key up among the
waiting request ids *before* decoding it, so the traffic of other clients costs a dict
lookup. Waiters are bounded: past `max_waiters` a new request is refused (503) rather than
queued without limit.

The reader uses `assign` (no consumer group, no commits): every ingress replica reads all
results and keeps those it waits for, so replicas need no coordination. A waiter must be
registered before its request is published, which `watch` then `publish` guarantees.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

from confluent_kafka import Consumer, KafkaException, Message, TopicPartition

from services.ingress.errors import IngressError
from services.ingress.replies import Outcome, Result
from services.ingress.usage import UsageTally
from services.mesh import topics as T
from services.mesh.codec import Codec
from services.mesh.config import Settings
from services.mesh.errors import BrokerError, CodecError
from services.mesh.events import RequestCompleted, RequestRejected, TaskExecuted
from services.mesh.kafka import common_config

log = logging.getLogger(__name__)


class CapacityError(IngressError):
    """Too many requests are already waiting for results."""


@dataclass
class Waiter:
    """One HTTP request waiting for its result."""

    request_id: str
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Outcome]
    tally: UsageTally = field(default_factory=UsageTally)
    result: Result | None = None
    settle_by: float = 0.0
    done: bool = False


class ResultWatcher:
    """Reads results for every waiting request; `start()` before use, `stop()` at the end."""

    def __init__(
        self,
        settings: Settings,
        *,
        codec: Codec | None = None,
        max_waiters: int = 1024,
        usage_grace_s: float = 0.25,
    ) -> None:
        """Args:
        max_waiters: requests that may wait at once (beyond: `CapacityError`).
        usage_grace_s: how long a result may wait for its execution events when the
            result is read first (they are produced earlier, so this is rare).
        """
        self.settings = settings
        self.codec = codec or Codec()
        self.max_waiters = max_waiters
        self.usage_grace_s = usage_grace_s
        self._waiters: dict[str, Waiter] = {}
        self._settling: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._consumer: Consumer | None = None
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    @property
    def alive(self) -> bool:
        """Whether the reader thread is running (False after a failure or `stop`)."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout_s: float = 10.0) -> None:
        """Assign every partition of results and executions at its current end; start reading.

        Raises:
            BrokerError: a topic is missing (is the mesh running?) or the broker is down.
        """
        consumer = Consumer(
            {
                **common_config(self.settings, "llm-mesh-ingress"),
                "group.id": f"llm-mesh-ingress-{uuid.uuid4()}",
                "enable.auto.commit": False,
                "fetch.wait.max.ms": self.settings.fetch_wait_max_ms,
            }
        )
        try:
            parts: list[TopicPartition] = []
            for logical in (T.RESULTS, T.EXECUTIONS):
                parts += _ends(consumer, self.settings.topics.name(logical), timeout_s)
            consumer.assign(parts)
        except KafkaException as e:
            consumer.close()
            raise BrokerError(f"cannot read the results topics: {e}") from e
        except BaseException:
            consumer.close()
            raise
        self._consumer = consumer
        self._thread = threading.Thread(
            target=self._run, name="ingress-results", daemon=True
        )
        self._thread.start()

    def watch(self, request_id: str) -> Waiter:
        """Register a waiter for `request_id` (call from the event loop, before publishing).

        Raises:
            CapacityError: `max_waiters` requests are already waiting.
            BrokerError: the reader has stopped (its error is chained).
        """
        if not self.alive:
            raise BrokerError("the results reader is not running") from self._failed
        loop = asyncio.get_running_loop()
        waiter = Waiter(request_id, loop, loop.create_future())
        with self._lock:
            if len(self._waiters) >= self.max_waiters:
                raise CapacityError(
                    f"{self.max_waiters} requests are already waiting for results"
                )
            self._waiters[request_id] = waiter
        return waiter

    def forget(self, request_id: str) -> None:
        """Stop waiting for `request_id` (answered, timed out or the caller went away)."""
        with self._lock:
            self._waiters.pop(request_id, None)

    def stop(self) -> None:
        """Stop the reader thread (it closes the consumer)."""
        self._stop.set()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(5)

    def _run(self) -> None:
        assert self._consumer is not None
        try:
            while not self._stop.is_set():
                msg = self._consumer.poll(0.05)
                if msg is not None and msg.error() is None:
                    self._on_message(msg)
                if self._settling:
                    self._settle_due(time.monotonic())
        except Exception as e:  # a bug or a fatal client error: health turns red
            log.exception("the results reader stopped")
            self._failed = e
        finally:
            self._consumer.close()

    def _on_message(self, msg: Message) -> None:
        key = msg.key()
        if not key:
            return
        rid = key.decode("utf-8", "replace")
        with self._lock:
            waiter = self._waiters.get(rid)
        if waiter is None or waiter.done:
            return
        try:
            event = self.codec.decode(msg.value())
        except CodecError as e:
            log.warning(
                "%s[%d]@%d: undecodable record for request %s: %s",
                msg.topic(),
                msg.partition(),
                msg.offset(),
                rid,
                e,
            )
            return
        if isinstance(event, TaskExecuted):
            waiter.tally.add(event)
            if isinstance(waiter.result, RequestCompleted) and waiter.tally.covers(
                waiter.result
            ):
                self._resolve(waiter)
        elif isinstance(event, RequestCompleted | RequestRejected) and (
            waiter.result is None
        ):
            waiter.result = event
            if (
                isinstance(event, RequestRejected)
                or waiter.tally.covers(event)
                or self.usage_grace_s <= 0
            ):
                self._resolve(waiter)
            else:
                waiter.settle_by = time.monotonic() + self.usage_grace_s
                self._settling.add(rid)

    def _settle_due(self, now: float) -> None:
        for rid in list(self._settling):
            with self._lock:
                waiter = self._waiters.get(rid)
            if waiter is None or waiter.done:
                self._settling.discard(rid)
            elif now >= waiter.settle_by:
                self._resolve(waiter)

    def _resolve(self, waiter: Waiter) -> None:
        assert waiter.result is not None
        waiter.done = True
        self._settling.discard(waiter.request_id)
        outcome = Outcome(waiter.result, waiter.tally)
        # a closed loop means the server is shutting down: nobody is waiting
        with contextlib.suppress(RuntimeError):
            waiter.loop.call_soon_threadsafe(_set, waiter.future, outcome)


def _set(future: asyncio.Future[Outcome], outcome: Outcome) -> None:
    if not future.done():  # the caller may have gone (cancelled)
        future.set_result(outcome)


def _ends(consumer: Consumer, name: str, timeout_s: float) -> list[TopicPartition]:
    """Every partition of `name` at its current end offset."""
    meta = consumer.list_topics(name, timeout=timeout_s)
    topic = meta.topics.get(name)
    if topic is None or topic.error is not None:
        raise BrokerError(f"topic {name} does not exist: is the mesh running?")
    parts = []
    for p in topic.partitions:
        _low, high = consumer.get_watermark_offsets(
            TopicPartition(name, p), timeout=timeout_s
        )
        parts.append(TopicPartition(name, p, max(high, 0)))
    return parts
