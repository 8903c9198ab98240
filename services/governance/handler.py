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

Runner hooks beyond `handle` (all optional, all pure):
`restore(topic, partition, events)` on assignment — the full history of a `budget`
partition (ledger rebuild; REQUIRED before handling that partition, or spend restarts
at zero) or of an `audit` partition (links the new chain segment); `tick()` about
every second and `close()` on revoke/shutdown return audit checkpoints to produce.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence

from services.governance.audit import AuditTrail
from services.governance.budget import Ledger
from services.governance.common import Clock, utc_now
from services.governance.flow_admit import routed
from services.governance.flow_budget import reserve
from services.governance.flow_review import executed, failed
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
from services.mesh.policy import PolicyEngine
from services.mesh.topics import AUDIT, BUDGET, EXECUTIONS, ROUTES

__all__ = ["BUDGET", "GovernanceHandler"]


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
            return reserve(st, event, p, pin=True)
        if isinstance(event, BudgetEntry):
            st.ledger.apply(event)
            return []
        if isinstance(event, TaskExecuted):
            return executed(st, event, p)
        if isinstance(event, TaskFailed):
            return failed(st, event, p)
        return []

    def on_assigned(
        self,
        partitions: Sequence[tuple[str, int]],
        history: Callable[
            [list[tuple[str, int]]], Mapping[tuple[str, int], list[Event]]
        ],
    ) -> None:
        """Runner hook: rebuild the budget ledger of each newly assigned budget partition
        (required: without it a restart would start every tenant at zero spend), and link
        the audit chains of the partition numbers it will write to their history."""
        budget = [(BUDGET, p) for t, p in partitions if t == BUDGET]
        audit = sorted({(AUDIT, p) for _t, p in partitions})
        for (topic, p), events in history(budget + audit).items():
            self.restore(topic, p, events)

    def restore(self, topic: str, partition: int, events: Iterable[Event]) -> None:
        """Rebuild state for a newly assigned partition from its whole history."""
        if topic == BUDGET:
            for e in events:
                if isinstance(e, BudgetEntry):
                    self.state.ledger.apply(e)
        elif topic == AUDIT:
            records = (e for e in events if isinstance(e, AuditRecord))
            self.state.audit.restore(partition, records)

    def tick(self) -> list[Emit]:
        """Time-based audit checkpoints due now."""
        return self.state.audit.tick()

    def close(self) -> list[Emit]:
        """Seal every audit chain this process writes (revoke, shutdown)."""
        return self.state.audit.close()
