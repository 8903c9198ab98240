"""Ledger snapshots: bound the fold a budget partition's restore has to do.

A snapshot is a `BudgetEntry(kind="snapshot")` written by the owner of a `budget`
partition, pinned to it, whose `reason` is a JSON image of the ledger state of every
tenant seen on that partition (`budget.Ledger.image`: totals of the current and
previous month, open reservations, and the reservations of today and yesterday with
their recorded decisions), plus `prev`: the event id of the newest snapshot the writer
had already CONSUMED on that partition when it wrote this one (None if none).

Why `prev`, and not "fold from the snapshot on". The owner writes a snapshot from
what it has consumed so far; settle and release entries written meanwhile by other
instances can land before the snapshot in the partition without being in its image.
What the image does cover is everything before `prev` (the writer consumed `prev`,
so everything before it), and more. So a restore loads the newest usable snapshot's
image and then re-applies every entry after the FIRST occurrence of `prev` (a
duplicate of `prev` later on must not hide what lies between): entries the image
already holds are idempotent on their key, the others are exactly the ones it missed.
This holds whoever wrote the snapshots, a stale owner's late snapshot included. A
snapshot whose image cannot be read, or whose `prev` is not found before it, is
skipped for an older one; with none usable, the whole partition is folded as before.

The restore work is bounded by the distance between consecutive snapshots: the owner
writes one every `every` entries it consumed on the partition (checked from `tick`),
never while its previous one has not come back to it (so `prev` is at most about one
interval back), and one at `close()` (revoke, shutdown) if anything changed. It never
writes one for a partition whose ledger is incomplete (`State.ledger_gaps`): that
image would persist an undercount.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from services import __version__
from services.governance.budget import SNAPSHOT, Ledger
from services.governance.common import SERVICE
from services.mesh.events import BudgetEntry, Envelope, Event, Producer

log = logging.getLogger(__name__)


def snapshot_entry(
    ledger: Ledger,
    *,
    partition: int,
    tenants: set[str],
    prev: str | None,
    now: datetime,
    instance: str,
) -> BudgetEntry:
    """The snapshot of `tenants`' ledger state for budget partition `partition`."""
    day = now.strftime("%Y-%m-%d")
    yesterday = (now - timedelta(days=1)).strftime("%Y-%m-%d")
    prev_month = (now.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    image = ledger.image(tenants, keep_day=yesterday, keep_month=prev_month)
    image["prev"] = prev
    image["partition"] = partition
    t = now.replace(microsecond=now.microsecond // 1000 * 1000)
    return BudgetEntry(
        envelope=Envelope(
            event_id=str(uuid.uuid4()),
            request_id=f"ledger-snapshot/{partition}",
            tenant="",
            occurred_at=t,
            producer=Producer(service=SERVICE, version=__version__, instance=instance),
        ),
        kind=SNAPSHOT,
        task_id="",
        attempt=0,
        day=day,
        month=day[:7],
        amount_usd=0.0,
        reason=json.dumps(image, separators=(",", ":")),
    )


def is_snapshot(event: Event) -> bool:
    return isinstance(event, BudgetEntry) and event.kind == SNAPSHOT


def _image(entry: BudgetEntry) -> dict[str, Any] | None:
    try:
        image = json.loads(entry.reason)
    except ValueError:
        return None
    return image if isinstance(image, dict) else None


@dataclass(frozen=True)
class Plan:
    """How to restore one partition: load `image` (if any), then fold `events[start:]`."""

    image: dict[str, Any] | None
    start: int


def plan(events: Sequence[Event]) -> Plan:
    """The newest usable snapshot of a partition's history and where to fold from."""
    first: dict[str, int] = {}
    for i, e in enumerate(events):
        if is_snapshot(e):
            first.setdefault(e.envelope.event_id, i)
    for i in range(len(events) - 1, -1, -1):
        e = events[i]
        if not isinstance(e, BudgetEntry) or e.kind != SNAPSHOT:
            continue
        image = _image(e)
        if image is None:
            log.warning("budget snapshot %s unreadable; skipped", e.envelope.event_id)
            continue
        prev = image.get("prev")
        if prev is None:
            return Plan(image, 0)
        at = first.get(str(prev))
        if at is not None and at < i:
            return Plan(image, at + 1)
        log.warning("budget snapshot %s: prev %s not found", e.envelope.event_id, prev)
    return Plan(None, 0)


@dataclass
class Snapshots:
    """Per budget partition: which tenants live there, entries since the last
    snapshot, the newest snapshot consumed, and ours not yet seen back."""

    every: int = 500
    max_bytes: int = 8 * 1024 * 1024
    owned: set[int] = field(default_factory=set)
    tenants: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    since: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    seen: dict[int, str] = field(default_factory=dict)
    pending: dict[int, str] = field(default_factory=dict)

    def consumed(self, partition: int, event: Event) -> None:
        """A budget-topic event consumed (live, or in a restore) on `partition`."""
        if is_snapshot(event):
            self.seen[partition] = event.envelope.event_id
            if self.pending.get(partition) == event.envelope.event_id:
                del self.pending[partition]
            return
        self.tenants[partition].add(event.envelope.tenant)
        if isinstance(event, BudgetEntry):
            self.since[partition] += 1

    def restored(self, partition: int, events: Sequence[Event]) -> None:
        """A partition's history was folded: start counting after its last snapshot."""
        self.pending.pop(partition, None)
        self.since[partition] = 0
        for e in events:
            if is_snapshot(e):
                self.since[partition] = 0
            self.consumed(partition, e)

    def forget(self, partition: int) -> None:
        self.owned.discard(partition)
        for d in (self.tenants, self.since, self.seen, self.pending):
            d.pop(partition, None)

    def due(self, gaps: set[int], *, closing: bool) -> list[int]:
        """Owned partitions with a complete ledger that should be snapshotted now."""
        return [
            p
            for p in sorted(self.owned - gaps)
            if self.since[p] > 0
            and (closing or (self.since[p] >= self.every and p not in self.pending))
        ]

    def take(
        self, ledger: Ledger, partition: int, *, now: datetime, instance: str
    ) -> BudgetEntry | None:
        """The snapshot of `partition` (None if too big to send: restore stays a
        whole-partition fold, correct but unbounded, and it is logged)."""
        entry = snapshot_entry(
            ledger,
            partition=partition,
            tenants=self.tenants[partition],
            prev=self.seen.get(partition),
            now=now,
            instance=instance,
        )
        self.since[partition] = 0
        if len(entry.reason) > self.max_bytes:
            log.error(
                "budget[%d] snapshot of %d bytes exceeds %d; not written",
                partition,
                len(entry.reason),
                self.max_bytes,
            )
            return None
        self.pending[partition] = entry.envelope.event_id
        return entry
