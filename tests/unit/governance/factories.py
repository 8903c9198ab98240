"""Builders for governance tests: a small fleet, a policy, and the stage events."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from services.governance.handler import GovernanceHandler
from services.mesh.events import (
    Attempt,
    Candidate,
    Envelope,
    GenerationParams,
    PiiSpan,
    Producer,
    RequestContext,
    RouteDecision,
    Task,
    TaskExecuted,
    TaskFailed,
    TaskRouted,
    Verification,
)
from services.mesh.fleet import Fleet, ModelSpec, Pricing
from services.mesh.policy import PolicyEngine, parse_policy

KEY = b"test-audit-key"
T0 = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def model(name: str, **kw: Any) -> ModelSpec:
    base: dict[str, Any] = {
        "name": name,
        "endpoint": "http://127.0.0.1:1/v1",
        "pricing": Pricing(input_per_mtok=1.0, output_per_mtok=2.0),
        "family": name,
        "vendor": name,
        "context_window": 32_000,
    }
    base.update(kw)
    return ModelSpec(**base)


def fleet() -> Fleet:
    p = Pricing
    return Fleet(
        models=(
            model("big", pricing=p(input_per_mtok=10, output_per_mtok=30),
                  clearance="confidential"),
            model("small", pricing=p(input_per_mtok=0.5, output_per_mtok=1.5)),
            model("eu", region="eu", clearance="confidential",
                  pricing=p(input_per_mtok=2, output_per_mtok=6)),
            model("vault", deployment="on_prem", region="eu", clearance="restricted",
                  pricing=p(input_per_mtok=0.8, output_per_mtok=0.8)),
            model("checker", clearance="confidential",
                  pricing=p(input_per_mtok=1, output_per_mtok=2)),
            model("banned"),
        ),
        version="fleet-test",
    )  # fmt: skip


POLICY = """
rules:
  - {id: pii.cleared-only, kind: clearance, when: {pii: true},
     pii_min_clearance: restricted}
  - {id: no-banned, kind: deny, models: [banned]}
  - {id: risk.verify, kind: verify, when: {domains: [finance]}}
tenants:
  default:
    allow_downgrade: true
    budget: {id: budget.default, daily_usd: 1.0, monthly_usd: 10.0,
             per_user_daily_usd: 0.5}
    blocked_terms: [password dump]
    output_pii: {id: output-pii.default, allow_types: [PERSON],
                 cleared_clearance: restricted}
  eu-bank:
    allow_downgrade: false
    budget: {id: budget.eu-bank, daily_usd: 0.2}
    rules:
      - {id: eu.residency, kind: residency, regions: [eu]}
  free:
    budget: {id: budget.free}
"""


def engine(text: str = POLICY) -> PolicyEngine:
    return PolicyEngine(parse_policy(text), fleet())


class FakeClock:
    """A clock that advances 1 ms per reading (distinct, ordered timestamps)."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now


def handler(
    *, policy: PolicyEngine | None = None, instance: str = "gov-a", **kw: Any
) -> GovernanceHandler:
    seg = itertools.count()
    return GovernanceHandler(
        fleet=fleet(),
        policy=policy or engine(),
        audit_key=KEY,
        clock=FakeClock(),
        instance=instance,
        segment_id=lambda: f"s{next(seg)}",
        **kw,
    )


_ids: Iterator[int] = itertools.count()


def env(request_id: str, tenant: str = "acme", service: str = "router") -> Envelope:
    return Envelope(
        event_id=f"ev-{next(_ids)}",
        request_id=request_id,
        tenant=tenant,
        occurred_at=T0,
        producer=Producer(service=service, version="test"),
    )


def task(**kw: Any) -> Task:
    base: dict[str, Any] = dict(
        task_id="t1", index=0, text="What is the capital of France?", intent="qa",
        domain="general", complexity="low", reasoning_depth=0, sensitivity="internal",
        pii=(), tools=(), input_tokens=1000, output_tokens=1000,
    )  # fmt: skip
    base.update(kw)
    return Task.model_validate(base)


def pii_task(text: str, spans: list[tuple[str, str]], **kw: Any) -> Task:
    """A task whose text contains each (type, value) span."""
    found = tuple(
        PiiSpan(type=t, start=text.index(v), end=text.index(v) + len(v))
        for t, v in spans
    )
    return task(text=text, pii=found, sensitivity="confidential", **kw)


def candidates(
    *names: str, excluded: dict[str, str] | None = None
) -> tuple[Candidate, ...]:
    out = [
        Candidate(model=n, eligible=True, score=1.0 - i / 10, cost_usd=0.01)
        for i, n in enumerate(names)
    ]
    for n, rule in (excluded or {}).items():
        out.append(
            Candidate(model=n, eligible=False, excluded_by=rule, reason=f"{n} excluded")
        )
    return tuple(out)


def decision(
    model_name: str, fallbacks: tuple[str, ...] = (), **kw: Any
) -> RouteDecision:
    base: dict[str, Any] = dict(
        model=model_name, fallbacks=fallbacks, verifier=None,
        params=GenerationParams(temperature=0.2, max_tokens=1024), profile="balanced",
        candidates=candidates(model_name, *fallbacks),
        explanation=f"{model_name} scored best", policy_version="p",
    )  # fmt: skip
    base.update(kw)
    return RouteDecision(**base)


def context(user: str | None = None) -> RequestContext:
    return RequestContext(submitted_at=T0, user=user)


def routed(
    request_id: str = "r1",
    *,
    tenant: str = "acme",
    the_task: Task | None = None,
    the_decision: RouteDecision | None = None,
    user: str | None = None,
) -> TaskRouted:
    return TaskRouted(
        envelope=env(request_id, tenant),
        context=context(user),
        task=the_task or task(),
        task_count=1,
        decision=the_decision or decision("big", ("small",)),
    )


def executed_from(
    admitted: Any,
    *,
    answer: str = "Paris.",
    cost: float = 0.001,
    model_name: str | None = None,
    attempts: tuple[Attempt, ...] | None = None,
    tokens_out: int = 10,
    verdict: str | None = None,
    verifier_model: str = "checker",
) -> TaskExecuted:
    """What the executor would emit for a TaskAdmitted."""
    m = model_name or admitted.decision.model
    check = (
        Verification(model=verifier_model, mode="verify", verdict=verdict)
        if verdict
        else None
    )
    return TaskExecuted(
        envelope=Envelope(
            event_id=f"exec-{next(_ids)}", request_id=admitted.request_id,
            tenant=admitted.envelope.tenant, occurred_at=T0,
            producer=Producer(service="executor", version="test"),
            causation_id=admitted.event_id,
        ),
        context=admitted.context, task=admitted.task, task_count=admitted.task_count,
        decision=admitted.decision, model=m, answer=answer, tokens_in=100,
        tokens_out=tokens_out, cost_usd=cost, latency_ms=120.0, verification=check,
        attempts=attempts or (Attempt(model=m, attempt=1, outcome="ok",
                                      latency_ms=120.0),),
    )  # fmt: skip


def failed_from(admitted: Any, *, cost: float = 0.0) -> TaskFailed:
    return TaskFailed(
        envelope=env(admitted.request_id, admitted.envelope.tenant, "executor"),
        context=admitted.context, task=admitted.task, task_count=admitted.task_count,
        decision=admitted.decision, error_kind="timeout", error_message="timed out",
        cost_usd=cost,
        attempts=(Attempt(model=admitted.decision.model, attempt=1, outcome="timeout",
                          latency_ms=30000.0),),
    )  # fmt: skip


BUDGET_REQUESTS = st.lists(
    st.tuples(
        st.sampled_from(["acme", "globex"]),  # tenant
        st.sampled_from([None, "ann", "bob", "cid"]),  # user
        st.integers(4_000, 12_000),  # estimated tokens
        st.sampled_from(["big", "eu", "small"]),  # model
        st.floats(0.8, 1.0),  # actual cost as a share of the estimate
    ),
    min_size=8,
    max_size=40,
)
"""Concurrent budget requests for the two-instance race tests."""
