"""Review flow: an execution's answer → validated, masked, escalated or denied.

Settles the spend first (whatever the verdict, the call was paid for), checks that the
model which answered is one the policy allows (the executor may have fallen back),
then runs `validation.validate`. An escalation is re-admitted like a new route with the
next untried fallback and a bounded attempt count; a failure releases the reservation
and denies with `execution.failed`. Any exception denies (fail closed).
"""

from __future__ import annotations

import logging
from typing import Any

from services.governance import outputs as out
from services.governance.admission import model_violations
from services.governance.audit import scrub
from services.governance.flow_admit import admit_decision
from services.governance.flow_budget import settle
from services.governance.state import State
from services.governance.validation import Outcome, validate
from services.mesh.events import TaskExecuted, TaskFailed
from services.mesh.handler import Emit
from services.mesh.topics import VERDICTS

log = logging.getLogger(__name__)


def _calls(ev: TaskExecuted | TaskFailed) -> list[dict[str, Any]]:
    return [
        {
            "model": a.model,
            "attempt": a.attempt,
            "outcome": a.outcome,
            "latency_ms": a.latency_ms,
        }
        for a in ev.attempts
    ]


def _verification(st: State, ev: TaskExecuted) -> dict[str, Any] | None:
    v = ev.verification
    if v is None:
        return None
    return {
        "model": v.model,
        "mode": v.mode,
        "verdict": v.verdict,
        "agreement": v.agreement,
        "escalated_to": v.escalated_to,
        "rationale": scrub(v.rationale[:300], st.detect),
        "cost_usd": v.cost_usd,
    }


def executed(st: State, ev: TaskExecuted, partition: int) -> list[Emit]:
    """Handle a TaskExecuted (see module doc)."""
    attempt = out.attempt_of(ev.decision)
    emits = [settle(st, ev, kind="settle")]
    summary = {
        "attempt": attempt,
        "planned_model": ev.decision.model,
        "fallback_used": ev.model != ev.decision.model,
        "calls": _calls(ev),
        "tokens_in": ev.tokens_in,
        "tokens_out": ev.tokens_out,
        "cost_usd": ev.cost_usd,
        "latency_ms": ev.latency_ms,
        "finish_reason": ev.finish_reason,
        "verification": _verification(st, ev),
    }
    emits += st.record(
        partition,
        ev,
        "execution",
        summary,
        model=ev.model,
        output=ev.answer,
        verdict="executed",
    )
    verdict = out.verifier_verdict(ev)
    try:
        bad = model_violations(
            st.policy, st.fleet, tenant=ev.envelope.tenant, task=ev.task, name=ev.model
        )
        if bad:
            why = f"{ev.model} answered but may not serve this task ({bad[0].rule_id})"
            return emits + deny(st, ev, partition, "governance.unadmitted-model", why)
        o = _validate(st, ev, verdict)
    except Exception as e:  # fail closed
        log.exception("validation failed for request %s", ev.request_id)
        why = f"governance could not validate the answer ({type(e).__name__})"
        return emits + deny(st, ev, partition, "governance.error", why)
    return emits + _act(st, ev, partition, o, verdict)


def _validate(st: State, ev: TaskExecuted, verdict: str | None) -> Outcome:
    return validate(
        st.policy,
        tenant=ev.envelope.tenant,
        task=ev.task,
        model=st.fleet.get(ev.model),
        answer=ev.answer,
        tokens_out=ev.tokens_out,
        max_tokens=ev.decision.params.max_tokens,
        finish_reason=ev.finish_reason,
        verifier=ev.decision.verifier,
        verdict=verdict,
        redaction_allowed=(
            st.redact_output_pii and st.policy.output_pii_redact(ev.envelope.tenant)
        ),
        detect=st.detect,
    )


def _act(
    st: State, ev: TaskExecuted, partition: int, o: Outcome, verdict: str | None
) -> list[Emit]:
    attempt = out.attempt_of(ev.decision)
    rules = tuple(i.rule_id for i in o.issues)
    summary: dict[str, Any] = {
        "attempt": attempt,
        "verifier": ev.decision.verifier,
        "verifier_verdict": verdict,
        "action": o.action,
        "checks": list(o.checks),
        "issues": [{"rule": i.rule_id, "action": i.action} for i in o.issues],
    }
    if o.action in ("accept", "redact"):
        label = "redacted" if o.action == "redact" else "validated"
        emits = st.record(
            partition,
            ev,
            "validation",
            summary,
            model=ev.model,
            output=o.answer,
            rules=rules,
            verdict=label,
        )
        emits += _result(st, ev, partition, "validated", model=ev.model)
        ok = out.validated(
            ev,
            st.clock,
            answer=o.answer,
            checks=o.checks,
            redacted=o.action == "redact",
            instance=st.instance,
        )
        emits.append(Emit(VERDICTS, ok))
        return emits
    nxt = _next_model(ev) if o.action == "escalate" else None
    if nxt is not None and attempt < st.max_attempts:
        summary["escalate_to"] = nxt
        emits = st.record(
            partition,
            ev,
            "validation",
            summary,
            model=ev.model,
            rules=rules,
            verdict="escalated",
        )
        d = ev.decision
        decision = d.model_copy(
            update={
                "model": nxt,
                "fallbacks": tuple(f for f in d.fallbacks if f != nxt),
                "rules_fired": (*d.rules_fired, f"{out.ESCALATED}:{o.rule_id}"),
            }
        )
        emits += admit_decision(
            st, ev, partition, decision, attempt=attempt + 1, stage="validation"
        )
        return emits
    emits = st.record(
        partition,
        ev,
        "validation",
        summary,
        model=ev.model,
        rules=rules,
        verdict="denied",
    )
    if o.action == "escalate":
        reason = f"{o.reason}; no further model may be tried"
        return emits + deny(
            st, ev, partition, "governance.escalation-exhausted", reason, audit=False
        )
    return emits + deny(st, ev, partition, o.rule_id, o.reason, audit=False)


def _next_model(ev: TaskExecuted) -> str | None:
    """The first fallback not tried yet for this task."""
    tried = {ev.model, ev.decision.model, *(a.model for a in ev.attempts)}
    return next((m for m in ev.decision.fallbacks if m not in tried), None)


def deny(
    st: State,
    ev: TaskExecuted,
    partition: int,
    rule: str,
    reason: str,
    *,
    audit: bool = True,
) -> list[Emit]:
    """Deny an answer at validation (audited unless the caller already did)."""
    emits: list[Emit] = []
    if audit:
        emits += st.record(
            partition,
            ev,
            "validation",
            {"reason": reason},
            model=ev.model,
            rules=(rule,),
            verdict="denied",
        )
    emits += _result(st, ev, partition, "denied", model=ev.model, rule=rule)
    denial = out.denied(
        ev,
        st.clock,
        stage="validation",
        rule_id=rule,
        reason=reason,
        model=ev.model,
        cost_usd=ev.cost_usd,
        instance=st.instance,
    )
    emits.append(Emit(VERDICTS, denial))
    return emits


def failed(st: State, ev: TaskFailed, partition: int) -> list[Emit]:
    """Handle a TaskFailed: release/settle, audit, deny with `execution.failed`."""
    emits = [settle(st, ev, kind="settle" if ev.cost_usd > 0 else "release")]
    summary = {
        "attempt": out.attempt_of(ev.decision),
        "error_kind": ev.error_kind,
        "calls": _calls(ev),
        "cost_usd": ev.cost_usd,
        "latency_ms": ev.latency_ms,
    }
    rule = "execution.failed"
    model = ev.decision.model
    emits += st.record(
        partition,
        ev,
        "execution",
        summary,
        model=model,
        rules=(rule,),
        verdict="failed",
    )
    emits += _result(st, ev, partition, "denied", model=model, rule=rule)
    reason = scrub(f"{ev.error_kind}: {ev.error_message}"[:300], st.detect)
    denial = out.denied(
        ev,
        st.clock,
        stage="execution",
        rule_id=rule,
        reason=reason,
        model=model,
        cost_usd=ev.cost_usd,
        instance=st.instance,
    )
    emits.append(Emit(VERDICTS, denial))
    return emits


def _result(
    st: State,
    ev: TaskExecuted | TaskFailed,
    partition: int,
    verdict: str,
    *,
    model: str,
    rule: str = "",
) -> list[Emit]:
    summary = {
        "cost_usd": ev.cost_usd,
        "latency_ms": ev.latency_ms,
        "attempt": out.attempt_of(ev.decision),
        "human_override": None,
    }
    return st.record(
        partition,
        ev,
        "result",
        summary,
        model=model,
        rules=(rule,) if rule else (),
        verdict=verdict,
    )
