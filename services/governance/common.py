"""Small shared helpers: deterministic envelopes and content hashes.

Governance derives the event id of everything it emits from the id of the event that
caused it (uuid5), so a redelivered input produces byte-identical outputs that
downstream services drop by `event_id` — at-least-once delivery without duplicated
effects.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from services import __version__
from services.mesh.events import Envelope, Event, Producer

SERVICE = "governance"
_NS = uuid.UUID("6f1c3c1e-5d0e-4c55-9a0b-6e0d6f7a9b11")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Current UTC time at millisecond precision (what Avro timestamp-millis keeps)."""
    t = datetime.now(UTC)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def derived_id(cause_id: str, purpose: str) -> str:
    """A stable event id for the output `purpose` of the event `cause_id`."""
    return str(uuid.uuid5(_NS, f"{cause_id}/{purpose}"))


def derive(cause: Event, purpose: str, clock: Clock, *, instance: str = "") -> Envelope:
    """The envelope of an event governance emits because of `cause`."""
    t = clock()
    return Envelope(
        event_id=derived_id(cause.envelope.event_id, purpose),
        request_id=cause.envelope.request_id,
        tenant=cause.envelope.tenant,
        occurred_at=t.replace(microsecond=t.microsecond // 1000 * 1000),
        producer=Producer(service=SERVICE, version=__version__, instance=instance),
        causation_id=cause.envelope.event_id,
    )


def sha256_hex(text: str) -> str:
    """SHA-256 (hex) of UTF-8 text: what audit records keep instead of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
