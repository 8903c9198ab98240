"""Admission flow: a route (or an escalation) → denial, or a budget request.

Audits the analysis and the route as received, runs `admission.admit` and audits its
outcome. A compliant decision goes to the tenant's budget owner on the tenant-keyed
`budget` topic (see `budget.py`); for a tenant without caps there is nothing to
serialise, so the reservation is made inline. Any exception denies (fail closed).
"""

from __future__ import annotations

import logging

from services.governance import outputs as out
from services.governance.admission import Admission, admit
from services.governance.audit import scrub
from services.governance.budget import unlimited
from services.governance.flow_budget import reserve
from services.governance.state import State
from services.mesh.events import RouteDecision, TaskExecuted, TaskRouted
from services.mesh.handler import Emit
from services.mesh.topics import BUDGET, VERDICTS

log = logging.getLogger(__name__)


def routed(st: State, ev: TaskRouted, partition: int) -> list[Emit]:
    """Handle a TaskRouted: audit analysis and route, then admit."""
    emits = st.record(
        partition, ev, "analysis", out.task_summary(ev.task), verdict="analysed"
    )
    route = out.route_summary(ev.decision)
    route["explanation"] = scrub(ev.decision.explanation[:500], st.detect)
    emits += st.record(
        partition,
        ev,
        "route",
        route,
        model=ev.decision.model,
        rules=ev.decision.rules_fired,
        verdict="routed",
    )
    emits += admit_decision(
        st, ev, partition, ev.decision, attempt=1, stage="admission"
    )
    return emits


def _admit_safely(
    st: State, cause: TaskRouted | TaskExecuted, decision: RouteDecision
) -> Admission:
    try:
        return admit(
            st.policy,
            st.fleet,
            tenant=cause.envelope.tenant,
            task=cause.task,
            decision=decision,
        )
    except Exception as e:  # fail closed: any error in admission denies
        log.exception("admission failed for request %s", cause.request_id)
        return Admission(
            None,
            rule_id="governance.error",
            reason=f"governance could not evaluate the route ({type(e).__name__})",
        )


def admit_decision(
    st: State,
    cause: TaskRouted | TaskExecuted,
    partition: int,
    decision: RouteDecision,
    *,
    attempt: int,
    stage: str,
) -> list[Emit]:
    """Admit `decision` for `cause`'s task: deny, or ask for a budget reservation."""
    adm = _admit_safely(st, cause, decision)
    d = adm.decision
    verdict = (
        "denied" if d is None else "rerouted" if adm.rerouted_from else "compliant"
    )
    summary = {
        "attempt": attempt,
        "stage": stage,
        "requested_model": decision.model,
        "admitted_model": d.model if d else None,
        "verifier": d.verifier if d else None,
        "rejected": [{"model": m, "rules": r} for m, r in adm.rejected],
        "reason": adm.reason,
        "rules_checked": list(adm.rules_checked),
    }
    emits = st.record(
        partition,
        cause,
        "admission",
        summary,
        model=d.model if d else decision.model,
        rules=adm.rules_fired,
        verdict=verdict,
    )
    if d is None:
        denial = out.denied(
            cause,
            st.clock,
            stage=stage,
            rule_id=adm.rule_id,
            reason=adm.reason,
            model=decision.model or None,
            instance=st.instance,
        )
        emits.append(Emit(VERDICTS, denial))
        return emits
    req = out.budget_request(
        cause,
        st.clock,
        decision=d,
        attempt=attempt,
        rerouted_from=adm.rerouted_from,
        rules_checked=adm.rules_checked,
        policy_version=st.policy.version,
        estimate=st.estimate(cause.task, d, d.model),
        instance=st.instance,
    )
    tenant = cause.envelope.tenant
    if unlimited(st.policy.budget_for(tenant)):
        emits += reserve(st, req, partition, pin=False)
    else:
        emits.append(Emit(BUDGET, req, key=tenant))
    return emits
