"""Budget flow: the tenant partition owner reserves, downgrades or denies; all settle.

`reserve` runs on the single owner of the tenant's `budget` partition (see `budget.py`
for why that makes reservations race-free). A reservation already recorded for the
same (request, task, attempt) — a redelivered request — is answered from the record with
the same outputs in the same order (so the same derived event ids): nothing is reserved
or dispatched twice.

A reservation on a partition whose ledger could not be rebuilt completely
(`State.ledger_gaps`) is denied with `budget.ledger-unavailable`: the ledger would
undercount the tenant's spend, and deciding on it would admit past the caps. Denying
is the fail-closed choice, and it is recorded like any decision (a redelivered request
gets the same answer).
"""

from __future__ import annotations

import logging

from services.governance import outputs as out
from services.governance.admission import model_violations, preference
from services.governance.budget import buckets, decide
from services.governance.state import State
from services.mesh.events import (
    BudgetEntry,
    BudgetRequested,
    RouteDecision,
    TaskExecuted,
    TaskFailed,
)
from services.mesh.handler import Emit
from services.mesh.topics import BUDGET, DISPATCH, VERDICTS

log = logging.getLogger(__name__)

LEDGER_UNAVAILABLE = "budget.ledger-unavailable"


def reserve(
    st: State, req: BudgetRequested, partition: int, *, pin: bool
) -> list[Emit]:
    """Decide a BudgetRequested: ledger entry, then TaskAdmitted or TaskDenied.

    `pin`: called as the owner of `budget` partition `partition` (the entry is pinned
    there); False for the inline reservation of an uncapped tenant, where `partition`
    is the input's and the ledger's completeness does not matter (no cap to check).
    """
    tenant = req.envelope.tenant
    day, month = buckets(req.context)
    key = (tenant, req.request_id, req.task.task_id, req.attempt)
    emits: list[Emit] = []
    entry = st.ledger.decision(key)
    if entry is None:
        if pin and partition in st.ledger_gaps:
            entry = _unavailable(st, req, day, month)
        else:
            entry = _decide_safely(st, req, day, month)
        st.ledger.apply(entry)
    # re-emitted on redelivery too (idempotent in the ledger), so the outputs keep
    # their positions and the runner's position-derived event ids stay the same
    emits.append(Emit(BUDGET, entry, key=tenant, partition=partition if pin else None))
    summary = {
        "attempt": req.attempt,
        "estimate_usd": req.estimate_usd,
        "reserved_usd": entry.amount_usd,
        "day": day,
        "month": month,
        "requested_model": req.decision.model,
        "reason": entry.reason,
    }
    allowed = entry.kind == "reserve"
    emits += st.record(
        partition,
        req,
        "budget",
        summary,
        model=entry.model,
        rules=(entry.rule_id,) if entry.rule_id else (),
        verdict="reserved" if allowed else "denied",
    )
    if not allowed:
        stage = "admission" if req.attempt == 1 else "validation"
        denial = out.denied(
            req,
            st.clock,
            stage=stage,
            rule_id=entry.rule_id,
            reason=entry.reason,
            model=req.decision.model,
            instance=st.instance,
        )
        emits.append(Emit(VERDICTS, denial))
        return emits
    decision = _with_model(st, req, entry.model or req.decision.model)
    dispatch = out.admitted(
        req,
        st.clock,
        decision=decision,
        reserved=entry.amount_usd,
        instance=st.instance,
    )
    emits.append(Emit(DISPATCH, dispatch))
    return emits


def settle(st: State, ev: TaskExecuted | TaskFailed, *, kind: str) -> Emit:
    """The settle/release entry for an execution (any instance may write it)."""
    day, month = buckets(ev.context)
    model = ev.model if isinstance(ev, TaskExecuted) else ev.decision.model
    entry = out.ledger_entry(
        ev,
        st.clock,
        kind=kind,
        context=ev.context,
        task=ev.task,
        attempt=out.attempt_of(ev.decision),
        day=day,
        month=month,
        amount=ev.cost_usd,
        model=model,
        instance=st.instance,
    )
    return Emit(BUDGET, entry, key=ev.envelope.tenant)


def _denial(
    st: State, req: BudgetRequested, day: str, month: str, rule_id: str, reason: str
) -> BudgetEntry:
    """A budget denial entry for `req` (nothing reserved)."""
    return out.ledger_entry(
        req,
        st.clock,
        kind="deny",
        context=req.context,
        task=req.task,
        attempt=req.attempt,
        day=day,
        month=month,
        amount=0.0,
        model=req.decision.model,
        rule_id=rule_id,
        reason=reason,
        instance=st.instance,
    )


def _unavailable(st: State, req: BudgetRequested, day: str, month: str) -> BudgetEntry:
    """The denial for a request whose tenant's ledger is incomplete (fail closed)."""
    return _denial(
        st,
        req,
        day,
        month,
        LEDGER_UNAVAILABLE,
        "the tenant's spend ledger could not be read completely; budget requests are "
        "denied until it is",
    )


def _decide_safely(
    st: State, req: BudgetRequested, day: str, month: str
) -> BudgetEntry:
    try:
        return _decide(st, req, day, month)
    except Exception as e:  # fail closed
        log.exception("budget decision failed for request %s", req.request_id)
        return _denial(
            st,
            req,
            day,
            month,
            "governance.error",
            f"budget check failed ({type(e).__name__})",
        )


def _compliant(st: State, req: BudgetRequested, name: str) -> bool:
    return name in st.fleet.names() and not model_violations(
        st.policy, st.fleet, tenant=req.envelope.tenant, task=req.task, name=name
    )


def _decide(st: State, req: BudgetRequested, day: str, month: str) -> BudgetEntry:
    tenant, d = req.envelope.tenant, req.decision
    vfam = st.family(d.verifier)
    alts = [
        (m, st.estimate(req.task, d, m))
        for m in preference(d)[1:]
        if _compliant(st, req, m) and (vfam is None or st.family(m) != vfam)
    ]
    v = decide(
        st.ledger,
        st.policy.budget_for(tenant),
        tenant=tenant,
        user=req.context.user,
        day=day,
        month=month,
        choice=(d.model, req.estimate_usd),
        alternatives=alts,
        allow_downgrade=st.policy.allows_downgrade(tenant),
    )
    return out.ledger_entry(
        req,
        st.clock,
        kind="reserve" if v.allowed else "deny",
        context=req.context,
        task=req.task,
        attempt=req.attempt,
        day=day,
        month=month,
        amount=v.estimate_usd if v.allowed else 0.0,
        model=v.model,
        rule_id=v.rule_id,
        reason=v.reason,
        instance=st.instance,
    )


def _with_model(st: State, req: BudgetRequested, model: str) -> RouteDecision:
    """The decision to dispatch: the budget's model, fallbacks no dearer than it."""
    d = req.decision
    if model == d.model:
        return d
    cap = st.estimate(req.task, d, model)
    fallbacks = tuple(
        f for f in d.fallbacks if f != model and st.estimate(req.task, d, f) <= cap
    )
    rules = (*d.rules_fired, out.DOWNGRADED)
    return d.model_copy(
        update={"model": model, "fallbacks": fallbacks, "rules_fired": rules}
    )
