"""Property: whatever the fleet, policy and request, a route never breaks the policy.

200 random fleets x policies, 50 random tasks each: 10,000 routed requests. For every
decision, the chosen model, the verifier and every fallback pass `PolicyEngine.violations`
(the check governance runs), every excluded candidate names a rule, and a risk-tier
verifier is of another family.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.mesh.events import PiiSpan, RequestContext, Task
from services.mesh.fleet import Fleet, ModelSpec
from services.mesh.policy import Policy, PolicyEngine
from services.router.router import Router

SENS = ["public", "internal", "confidential", "restricted"]
INTENTS = [
    "summarize",
    "draft",
    "creative",
    "reasoning",
    "math",
    "code",
    "classify",
    "qa",
]
DOMAINS = ["general", "finance", "legal", "medical", "security"]
REGIONS = ["us", "eu", "apac"]
VENDORS = ["v1", "v2", "v3", "v4"]
TOOLS = ["calculator", "web_search"]

model_st = st.fixed_dictionaries(
    {
        "price": st.floats(0.05, 40),
        "ctx": st.sampled_from([2048, 8192, 128000]),
        "region": st.sampled_from(REGIONS),
        "clearance": st.sampled_from(SENS),
        "deployment": st.sampled_from(["cloud", "on_prem"]),
        "vendor": st.sampled_from(VENDORS),
        "family": st.sampled_from(["f1", "f2", "f3"]),
        "tools": st.lists(st.sampled_from(TOOLS), max_size=2, unique=True),
        "q": st.floats(0.1, 0.95),
        "spec": st.lists(st.sampled_from(DOMAINS), max_size=1),
    }
)

when_st = st.fixed_dictionaries(
    {},
    optional={
        "intents": st.lists(st.sampled_from(INTENTS), min_size=1, max_size=3),
        "domains": st.lists(st.sampled_from(DOMAINS), min_size=1, max_size=2),
        "pii": st.booleans(),
        "min_sensitivity": st.sampled_from(SENS),
    },
)
rule_st = st.one_of(
    st.fixed_dictionaries(
        {"kind": st.just("residency"), "when": when_st,
         "regions": st.lists(st.sampled_from(REGIONS), min_size=1, unique=True)}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("deny"), "when": when_st,
         "vendors": st.lists(st.sampled_from(VENDORS), min_size=1, max_size=2)}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("allow"), "when": when_st,
         "vendors": st.lists(st.sampled_from(VENDORS), min_size=1, max_size=3)}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("clearance"), "when": when_st,
         "pii_min_clearance": st.sampled_from(SENS)}
    ),
    st.fixed_dictionaries(
        {"kind": st.just("require"), "when": when_st,
         "specialties": st.lists(st.sampled_from(DOMAINS), min_size=1, max_size=2)}
    ),
    st.fixed_dictionaries({"kind": st.just("verify"), "when": when_st}),
)  # fmt: skip

task_st = st.fixed_dictionaries(
    {
        "intent": st.sampled_from(INTENTS),
        "domain": st.sampled_from(DOMAINS),
        "sens": st.sampled_from(SENS),
        "pii": st.booleans(),
        "tools": st.lists(st.sampled_from(TOOLS), max_size=1),
        "tin": st.integers(10, 20000),
        "profile": st.sampled_from([None, "quality", "balanced", "cost", "latency"]),
        "max_cost": st.one_of(st.none(), st.floats(1e-5, 0.1)),
    }
)


def build_fleet(models: list[dict[str, Any]]) -> Fleet:
    specs = [
        ModelSpec(
            name=f"m{i}",
            endpoint="http://127.0.0.1:8700/v1",
            pricing={"input_per_mtok": m["price"], "output_per_mtok": m["price"] * 2},
            context_window=m["ctx"],
            region=m["region"],
            clearance=m["clearance"],
            deployment=m["deployment"],
            vendor=m["vendor"],
            family=m["family"],
            tools=tuple(m["tools"]),
            quality={"default": m["q"]},
            specialties=tuple(m["spec"]),
        )
        for i, m in enumerate(models)
    ]
    return Fleet(models=tuple(specs), version="test")


def build_task(i: int, t: dict[str, Any]) -> Task:
    pii = (PiiSpan(type="EMAIL", start=0, end=3),) if t["pii"] else ()
    return Task(
        task_id=f"t{i}", index=i, text="q", intent=t["intent"], domain=t["domain"],
        complexity="high", reasoning_depth=2, sensitivity=t["sens"], pii=pii,
        tools=tuple(t["tools"]), input_tokens=t["tin"], output_tokens=200,
    )  # fmt: skip


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    models=st.lists(model_st, min_size=1, max_size=8),
    global_rules=st.lists(rule_st, max_size=3),
    tenant_rules=st.lists(rule_st, max_size=3),
    tasks=st.lists(task_st, min_size=50, max_size=50),
)
def test_routes_never_violate_policy(
    models: list[dict[str, Any]],
    global_rules: list[dict[str, Any]],
    tenant_rules: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
) -> None:
    fleet = build_fleet(models)
    g = [{**r, "id": f"g{i}"} for i, r in enumerate(global_rules)]
    t = [{**r, "id": f"t{i}"} for i, r in enumerate(tenant_rules)]
    policy = Policy.model_validate(
        {"rules": g, "tenants": {"default": {}, "acme": {"rules": t}}, "version": "p"}
    )
    engine = PolicyEngine(policy, fleet)
    router = Router(fleet=fleet, policy=engine)
    for i, spec in enumerate(tasks):
        task = build_task(i, spec)
        tenant = "acme" if i % 2 else "nobody"
        ctx = RequestContext(
            submitted_at=datetime(2024, 1, 1, tzinfo=UTC),
            profile=spec["profile"], max_cost_usd=spec["max_cost"],
        )  # fmt: skip
        d = router.route(task, tenant=tenant, context=ctx)
        for c in d.candidates:
            assert c.eligible or c.excluded_by
        if not d.model:
            assert d.rules_fired and not d.verifier and not d.fallbacks
            continue
        for name in (d.model, d.verifier, *d.fallbacks):
            if name:
                v = engine.violations(tenant=tenant, task=task, model=fleet.get(name))
                assert v == [], (name, v)
        if engine.verification_required(tenant=tenant, task=task):
            assert d.verifier is not None
            assert fleet.get(d.verifier).family != fleet.get(d.model).family
