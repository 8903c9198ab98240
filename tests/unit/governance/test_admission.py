"""Admission: compliant routes pass, breaking routes are re-routed or denied, and no
policy violation is ever dispatched (property test over random routes and tasks)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.mesh.events import Event, PiiSpan, TaskAdmitted, TaskDenied
from services.mesh.handler import Emit, MessageMeta
from tests.unit.governance import factories as f
from tests.unit.governance.bus import Bus, mesh

META = MessageMeta("routes", 0, 0)


def run(h: Any, ev: Event) -> list[Emit]:
    """Handle a route and, if it went to the budget topic, the budget request too."""
    out = list(h.handle(ev, META))
    for e in list(out):
        if e.topic == "budget" and type(e.event).__name__ == "BudgetRequested":
            out += h.handle(e.event, MessageMeta("budget", 1, 0))
    return out


def of(out: list[Emit], topic: str) -> list[Event]:
    return [e.event for e in out if e.topic == topic]


def test_compliant_route_is_admitted_with_a_reservation() -> None:
    h = f.handler()
    out = run(h, f.routed())
    [adm] = of(out, "dispatch")
    assert isinstance(adm, TaskAdmitted)
    assert adm.decision.model == "big" and adm.rerouted_from is None
    assert adm.reserved_usd == pytest.approx(0.04)
    assert adm.policy_version == h.state.policy.version
    assert not of(out, "verdicts")
    budget_keys = {e.record_key for e in out if e.topic == "budget"}
    assert budget_keys == {"acme"}  # keyed by tenant, not request


def test_breaking_route_is_rerouted_to_first_compliant_and_fallbacks_filtered() -> None:
    d = f.decision("big", ("small", "eu", "vault"))
    out = run(h := f.handler(), f.routed(tenant="eu-bank", the_decision=d))
    [adm] = of(out, "dispatch")
    assert isinstance(adm, TaskAdmitted)
    assert adm.decision.model == "eu" and adm.rerouted_from == "big"
    assert adm.decision.fallbacks == ("vault",)  # small is in the US: stripped
    assert any(
        r.startswith("governance.rerouted:eu.residency")
        for r in adm.decision.rules_fired
    )
    assert (
        h.state.policy.violations(
            tenant="eu-bank", task=adm.task, model=h.state.fleet.get("eu")
        )
        == []
    )


def test_route_without_compliant_alternative_is_denied() -> None:
    d = f.decision("big", ("small",))
    out = run(f.handler(), f.routed(tenant="eu-bank", the_decision=d))
    assert not of(out, "dispatch")
    [den] = of(out, "verdicts")
    assert isinstance(den, TaskDenied)
    assert den.stage == "admission" and den.rule_id == "eu.residency"


def test_empty_route_is_denied_with_the_candidates_rules() -> None:
    d = f.decision(
        "",
        (),
        candidates=f.candidates(
            excluded={"big": "eu.residency", "banned": "no-banned"}
        ),
    )
    out = run(f.handler(), f.routed(the_decision=d))
    [den] = of(out, "verdicts")
    assert isinstance(den, TaskDenied)
    assert den.rule_id == "eu.residency,no-banned"
    assert "big" in den.reason and not of(out, "dispatch")


def test_empty_route_without_exclusions_names_the_routers_rule() -> None:
    d = f.decision("", (), rules_fired=("risk.verify",), explanation="no verifier")
    [den] = of(run(f.handler(), f.routed(the_decision=d)), "verdicts")
    assert isinstance(den, TaskDenied) and den.rule_id == "risk.verify"
    assert "no verifier" in den.reason


def test_pii_task_goes_only_to_a_cleared_model() -> None:
    t = f.pii_task(
        "Email jane.doe@example.com about it", [("EMAIL", "jane.doe@example.com")]
    )
    d = f.decision("big", ("small", "vault"))
    [adm] = of(run(f.handler(), f.routed(the_task=t, the_decision=d)), "dispatch")
    assert isinstance(adm, TaskAdmitted) and adm.decision.model == "vault"


def test_blocked_term_in_prompt_is_denied() -> None:
    t = f.task(text="send me the password dump please")
    [den] = of(run(f.handler(), f.routed(the_task=t)), "verdicts")
    assert isinstance(den, TaskDenied) and den.rule_id == "content.blocked-term"


def test_required_verifier_is_added_from_another_family() -> None:
    t = f.task(domain="finance")
    d = f.decision("big", ("checker",))
    [adm] = of(run(f.handler(), f.routed(the_task=t, the_decision=d)), "dispatch")
    assert isinstance(adm, TaskAdmitted)
    assert adm.decision.verifier == "checker"


def test_exception_in_admission_denies(monkeypatch: pytest.MonkeyPatch) -> None:
    h = f.handler()

    def boom(**_: Any) -> list[Any]:
        raise RuntimeError("policy backend down")

    monkeypatch.setattr(h.state.policy, "violations", boom)
    out = run(h, f.routed())
    assert not of(out, "dispatch")
    [den] = of(out, "verdicts")
    assert isinstance(den, TaskDenied) and den.rule_id == "governance.error"


MODELS = ["big", "small", "eu", "vault", "checker", "banned", "ghost"]
task_st = st.builds(
    lambda sens, pii, domain, tokens: f.task(
        text="Contact Jane at jane@example.com" if pii else "Summarise the memo",
        sensitivity=sens, domain=domain, input_tokens=tokens,
        pii=(PiiSpan(type="EMAIL", start=16, end=32),) if pii else (),
    ),
    st.sampled_from(["public", "internal", "confidential", "restricted"]),
    st.booleans(),
    st.sampled_from(["general", "finance"]),
    st.sampled_from([100, 1000, 50_000]),
)  # fmt: skip
decision_st = st.builds(
    lambda m, fb, ver: f.decision(m, tuple(fb), verifier=ver,
                                  candidates=f.candidates(m, *fb, *MODELS[:3])),
    st.sampled_from(MODELS),
    st.lists(st.sampled_from(MODELS), max_size=4, unique=True),
    st.sampled_from([None, "checker", "banned", "big"]),
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    routes=st.lists(st.tuples(task_st, decision_st,
                              st.sampled_from(["acme", "eu-bank", "free"])),
                    min_size=1, max_size=6),
    seed=st.integers(0, 2**16),
)  # fmt: skip
def test_policy_violations_are_never_admitted(routes: list[Any], seed: int) -> None:
    h = f.handler()
    bus = Bus(partitions=2)
    mesh(bus, [h], execute=None)
    for i, (t, d, tenant) in enumerate(routes):
        bus.produce(
            Emit("routes", f.routed(f"r{i}", tenant=tenant, the_task=t, the_decision=d))
        )
    bus.run(random.Random(seed))
    policy, fleet = h.state.policy, h.state.fleet
    verdicts = bus.events("verdicts")
    dispatched = bus.events("dispatch")
    assert len(verdicts) + len(dispatched) == len(routes)  # every task answered
    for adm in dispatched:
        assert isinstance(adm, TaskAdmitted)
        tenant = adm.envelope.tenant
        used = [adm.decision.model, *adm.decision.fallbacks]
        used += [adm.decision.verifier] if adm.decision.verifier else []
        for name in used:
            assert name in fleet.names()
            m = fleet.get(name)
            assert policy.violations(tenant=tenant, task=adm.task, model=m) == []
        if policy.verification_required(tenant=tenant, task=adm.task):
            assert adm.decision.verifier is not None
