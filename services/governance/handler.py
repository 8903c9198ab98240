"""GovernanceHandler: the pure handler the runner calls for `routes`, `executions`
and `budget`.

Flow per task (each step is a module of its own):

1. `routes` TaskRouted → `flow_admit`: audit analysis and route, re-check the route
   (`admission`) → TaskDenied(stage=admission) to `verdicts`, or a BudgetRequested to
   `budget` keyed by tenant (tenants without caps are reserved inline).
2. `budget` BudgetRequested → `flow_budget.reserve` on the tenant partition's owner:
   BudgetEntry(reserve|deny) to `budget`, then TaskAdmitted to `dispatch` or
   TaskDenied. BudgetEntry → folded into the ledger (`budget.Ledger`).
3. `executions` TaskExecuted → `flow_review`: settle the spend, validate the answer
   (`validation`) → TaskValidated (maybe masked), an escalation (step 1 again with the
   next fallback, bounded) or TaskDenied(stage=validation). TaskFailed → release and
   TaskDenied(stage=execution, rule execution.failed).

Every decision is also an `AuditRecord` on `audit` (`audit`, `chain`).

Fail closed by construction: `dispatch` is only ever written by step 2 for a decision
that passed admission and budget, and every exception while deciding is a denial.

Runner hooks beyond `handle` (all optional):
`on_assigned(partitions, history)` on assignment reads the full history of each newly
assigned `budget` partition (ledger rebuild; REQUIRED before deciding on that
partition, or spend restarts at zero) and of the `audit` partitions it will write
(links the new chain segment), folding each in with the helper `restore`. A budget
partition whose history could not be read to its end is NOT trusted: its budget
requests are denied with `budget.ledger-unavailable` (fail closed, no crash loop) until
a complete read restores it — a later assignment, or a retry from `tick()` every
`ledger_retry_seconds`. `tick()` about every second and `close()` on revoke/shutdown
return audit checkpoints to produce.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta

from services.governance.audit import AuditTrail
from services.governance.budget import Ledger
from services.governance.common import Clock, utc_now
from services.governance.flow_admit import routed
from services.governance.flow_budget import LEDGER_UNAVAILABLE, reserve
from services.governance.flow_review import executed, failed
from services.governance.snapshot import Snapshots, plan
from services.governance.state import State
from services.governance.validation import Detector
from services.mesh.errors import ConfigError
from services.mesh.events import (
    AuditRecord,
    BudgetEntry,
    BudgetRequested,
    Event,
    TaskExecuted,
    TaskFailed,
    TaskRouted,
)
from services.mesh.fleet import Fleet
from services.mesh.handler import Emit, MessageMeta
from services.mesh.history import History, PartitionKey
from services.mesh.policy import PolicyEngine
from services.mesh.topics import AUDIT, BUDGET, EXECUTIONS, ROUTES

__all__ = ["BUDGET", "GovernanceHandler"]

log = logging.getLogger(__name__)

HistoryReader = Callable[[list[PartitionKey]], History]


def _default_detector() -> Detector:
    from services.intent.pii import detect_pii

    return detect_pii


class GovernanceHandler:
    """Admission, budgets, output validation and the audit trail (see module doc).

    Args:
        fleet: the fleet registry.
        policy: the policy engine in force.
        audit_key: HMAC key for audit checkpoints; must be non-empty (the CLI reads
            it from MESH_AUDIT_KEY and refuses to start without it).
        clock: time source (tests pass a fake).
        redact_output_pii: False denies every answer with disallowed PII, whatever
            the policy says (an override for tests and emergencies); True leaves the
            choice to each tenant's `output_pii.redact` in the policy file.
        max_attempts: dispatches per task, the first included, escalations bounded.
        detect: PII detector (default `services.intent.pii.detect_pii`).
        checkpoint_every: audit records between signed checkpoints.
        checkpoint_seconds: longest a record stays unsealed (with `tick()`).
        instance: id of this process in audit chain ids (default host:pid).
        segment_id: chain segment ids (tests pass a deterministic one).
        ledger_retry_seconds: how often `tick()` re-reads budget partitions whose
            ledger is incomplete (each try blocks the loop up to the read's limit).
        snapshot_every: ledger entries consumed on an owned budget partition between
            two snapshots of its ledger (`snapshot.py`; written from `tick()`, and
            from `close()` if anything changed).
        snapshot_max_bytes: a larger snapshot is not written (logged; restore then
            folds the whole partition, as without snapshots).

    Raises:
        ConfigError: empty audit key.
    """

    service = "governance"
    topics = (ROUTES, EXECUTIONS, BUDGET)

    def __init__(
        self,
        *,
        fleet: Fleet,
        policy: PolicyEngine,
        audit_key: bytes,
        clock: Clock = utc_now,
        redact_output_pii: bool = True,
        max_attempts: int = 3,
        detect: Detector | None = None,
        checkpoint_every: int = 64,
        checkpoint_seconds: float = 10.0,
        instance: str | None = None,
        segment_id: Callable[[], str] | None = None,
        ledger_retry_seconds: float = 30.0,
        snapshot_every: int = 500,
        snapshot_max_bytes: int = 8 * 1024 * 1024,
    ) -> None:
        if not audit_key:
            raise ConfigError("governance needs a non-empty audit key (MESH_AUDIT_KEY)")
        who = instance or f"{socket.gethostname()}:{os.getpid()}"
        trail = AuditTrail(
            audit_key,
            instance=who,
            clock=clock,
            every=checkpoint_every,
            seconds=checkpoint_seconds,
            segment_id=segment_id,
        )
        self.state = State(
            fleet=fleet,
            policy=policy,
            clock=clock,
            audit=trail,
            ledger=Ledger(),
            detect=detect or _default_detector(),
            instance=who,
            redact_output_pii=redact_output_pii,
            max_attempts=max_attempts,
        )
        self._clock = clock
        self._retry_s = ledger_retry_seconds
        self._history: HistoryReader | None = None
        self._retry_at: datetime | None = None
        self.snapshots = Snapshots(every=snapshot_every, max_bytes=snapshot_max_bytes)

    @property
    def ledger(self) -> Ledger:
        """The spend ledger as this process knows it."""
        return self.state.ledger

    def handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        """Process one input event; returns what to produce (see module doc).

        Stage outputs come first and audit records after them (each group in its own
        order), so a variable number of audit checkpoints never shifts the position
        of a stage output: the runner derives output event ids from positions.

        The audit chains advance only if this returns: when it raises, the runner
        dead-letters the input and produces none of its outputs, so the records made
        meanwhile are rolled back (`AuditTrail.transaction`).
        """
        with self.state.audit.transaction():  # no chain advance for unsent records
            outs = self._handle(event, meta)
        return sorted(outs, key=lambda e: e.topic == AUDIT)

    def _handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        st, p = self.state, meta.partition
        if isinstance(event, TaskRouted):
            return routed(st, event, p)
        if isinstance(event, BudgetRequested):
            self.snapshots.consumed(p, event)
            return reserve(st, event, p, pin=True)
        if isinstance(event, BudgetEntry):
            st.ledger.apply(event)  # a snapshot is only read by a restore
            self.snapshots.consumed(p, event)
            return []
        if isinstance(event, TaskExecuted):
            return executed(st, event, p)
        if isinstance(event, TaskFailed):
            return failed(st, event, p)
        return []

    def on_assigned(
        self, partitions: Sequence[PartitionKey], history: HistoryReader
    ) -> None:
        """Runner hook: rebuild the budget ledger of each newly assigned budget partition
        (required: without it a restart would start every tenant at zero spend), and link
        the audit chains of the partition numbers it will write to their history.

        Never raises for an unreadable history (the runner would crash-loop on every
        assignment): the budget partitions it could not read completely are marked
        unavailable instead, and their budget requests denied until they are read.
        """
        self._history = history
        budget = [(BUDGET, p) for t, p in partitions if t == BUDGET]
        self.snapshots.owned.update(p for _t, p in budget)
        audit = sorted({(AUDIT, p) for _t, p in partitions})
        self._rebuild(budget, audit)

    def _rebuild(self, budget: list[PartitionKey], audit: list[PartitionKey]) -> None:
        if (not budget and not audit) or self._history is None:
            return
        try:
            read = self._history(budget + audit)
        except Exception:  # fail closed: deny on these partitions, do not crash-loop
            log.exception("governance: reading the history of %s failed", budget)
            read = History({}, frozenset(budget + audit))
        for (topic, p), events in read.events.items():
            self.restore(topic, p, events)
        gaps = self.state.ledger_gaps
        for key in budget:
            if read.complete(key):
                gaps.discard(key[1])
            else:
                gaps.add(key[1])
                log.error(
                    "governance: the ledger of budget[%d] is incomplete; its budget "
                    "requests are denied (%s) until it is read completely",
                    key[1],
                    LEDGER_UNAVAILABLE,
                )
        for key in audit:
            if not read.complete(key):
                log.warning(
                    "governance: audit[%d] history incomplete; the new chain segment "
                    "links to the last record found",
                    key[1],
                )
        self._retry_at = (
            self._clock() + timedelta(seconds=self._retry_s) if gaps else None
        )

    def on_revoked(self, partitions: Sequence[PartitionKey]) -> None:
        """Runner hook: a revoked budget partition is no longer ours to retry reading
        (its next owner rebuilds it; if it comes back, `on_assigned` reads it again)."""
        for topic, p in partitions:
            if topic == BUDGET:
                self.state.ledger_gaps.discard(p)
                self.snapshots.forget(p)
        if not self.state.ledger_gaps:
            self._retry_at = None

    def restore(self, topic: str, partition: int, events: Iterable[Event]) -> None:
        """Helper of `on_assigned`: fold a partition's history in (idempotent: the
        ledger ignores entries it already holds, so a re-read never double-counts).

        A budget partition with a usable snapshot is restored from it: its image
        replaces the state of the tenants it names, then only the entries after the
        snapshot's `prev` are folded (`snapshot.plan`)."""
        if topic == BUDGET:
            history = list(events)
            todo = plan(history)
            start = 0
            if todo.image is not None:
                try:
                    self.state.ledger.load(todo.image)
                    start = todo.start
                except (ValueError, KeyError, TypeError, IndexError):
                    log.exception("budget[%d] snapshot unusable; full fold", partition)
            for e in history[start:]:
                if isinstance(e, BudgetEntry):
                    self.state.ledger.apply(e)
            self.snapshots.restored(partition, history)
        elif topic == AUDIT:
            records = (e for e in events if isinstance(e, AuditRecord))
            self.state.audit.restore(partition, records)

    def tick(self) -> list[Emit]:
        """Time-based audit checkpoints due now; first, when due, one more try at
        reading the budget partitions whose ledger is incomplete (only the ledger: the
        audit chains of this assignment are already open)."""
        if self._retry_at is not None and self._clock() >= self._retry_at:
            self._rebuild([(BUDGET, p) for p in sorted(self.state.ledger_gaps)], [])
        return self._snapshots(closing=False) + self.state.audit.tick()

    def close(self) -> list[Emit]:
        """Snapshot the changed budget ledgers and seal every audit chain this process
        writes (revoke, shutdown)."""
        return self._snapshots(closing=True) + self.state.audit.close()

    def _snapshots(self, *, closing: bool) -> list[Emit]:
        """Ledger snapshots due, each pinned to its budget partition."""
        out: list[Emit] = []
        snaps = self.snapshots
        for p in snaps.due(self.state.ledger_gaps, closing=closing):
            try:
                entry = snaps.take(
                    self.state.ledger,
                    p,
                    now=self._clock(),
                    instance=self.state.instance,
                )
            except Exception:  # a snapshot is an optimisation: never fail the loop
                log.exception("governance: snapshot of budget[%d] failed", p)
                continue
            if entry is not None:
                out.append(
                    Emit(BUDGET, entry, key=entry.envelope.request_id, partition=p)
                )
        return out
