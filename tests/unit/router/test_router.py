"""Router behaviour a user sees: choices, exclusions, fallbacks, verifiers, the record."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.mesh.events import (
    FeedbackRecorded,
    ModelHealthChanged,
    PiiSpan,
    RequestAnalyzed,
    RequestContext,
    Task,
    TaskRouted,
    envelope,
)
from services.mesh.fleet import Fleet, load_fleet
from services.mesh.handler import MessageMeta
from services.mesh.policy import PolicyEngine, load_policy
from services.router.cascade import RULE_ID
from services.router.handler import RouterHandler
from services.router.quality import QualityModel, feedback_features
from services.router.router import Router

ROOT = Path(__file__).resolve().parents[3]
CTX = RequestContext(submitted_at=datetime(2024, 1, 1, tzinfo=UTC))
META = MessageMeta("intents", 0, 0)


@pytest.fixture(scope="module")
def fleet() -> Fleet:
    return load_fleet(ROOT / "deploy" / "fleet.yaml")


@pytest.fixture(scope="module")
def engine(fleet: Fleet) -> PolicyEngine:
    return PolicyEngine(load_policy(ROOT / "deploy" / "policies.yaml"), fleet)


def task(**kw: object) -> Task:
    base: dict[str, object] = dict(
        task_id="t1", index=0, text="What is the capital of France?", intent="qa",
        domain="general", complexity="low", reasoning_depth=0, sensitivity="public",
        pii=(), tools=(), input_tokens=60, output_tokens=40,
    )  # fmt: skip
    base.update(kw)
    return Task.model_validate(base)


def test_every_candidate_is_explained(fleet: Fleet, engine: PolicyEngine) -> None:
    d = Router(fleet=fleet, policy=engine).route(task(), tenant="default", context=CTX)
    assert d.model and len(d.candidates) == len(fleet.models)
    for c in d.candidates:
        assert (c.eligible and c.score is not None and "quality" in c.reason) or (
            not c.eligible and c.excluded_by
        )
    assert d.policy_version == engine.version and d.fleet_version == fleet.version
    assert d.router_version and " over " in d.explanation


def test_pii_goes_only_to_cleared_model(fleet: Fleet, engine: PolicyEngine) -> None:
    t = task(pii=(PiiSpan(type="EMAIL", start=0, end=4),), sensitivity="confidential")
    d = Router(fleet=fleet, policy=engine).route(t, tenant="default", context=CTX)
    assert d.model == "sim-secure-onprem"
    gpt4 = next(c for c in d.candidates if c.model == "gpt-4-1106-preview")
    assert gpt4.excluded_by == "pii.cleared-models-only"


def test_no_eligible_model_fails_closed(fleet: Fleet, engine: PolicyEngine) -> None:
    t = task(tools=("teleport",))
    r = Router(fleet=fleet, policy=engine, tools_best_effort=False)
    d = r.route(t, tenant="default", context=CTX)
    assert d.model == "" and d.rules_fired[0] in {c.excluded_by for c in d.candidates}
    assert all(not c.eligible and c.excluded_by for c in d.candidates)
    assert {c.excluded_by for c in d.candidates if not c.model.startswith("sim-")} == {
        "default.no-recorded-models"
    }
    assert {c.excluded_by for c in d.candidates if c.model.startswith("sim-")} == {
        "capability.tools"
    }


def test_missing_tools_degrade_but_never_relax_policy(
    fleet: Fleet, engine: PolicyEngine
) -> None:
    d = Router(fleet=fleet, policy=engine).route(
        task(tools=("teleport",)), tenant="demo", context=CTX
    )
    assert d.model and "capability.tools.degraded" in d.rules_fired
    chosen = next(c for c in fleet.models if c.name == d.model)
    assert chosen.recorded  # demo.recorded-only still holds
    pii = task(tools=("teleport",), sensitivity="restricted")
    d = Router(fleet=fleet, policy=engine).route(pii, tenant="demo", context=CTX)
    assert d.model == ""  # no recorded model may take restricted data


def test_request_limits(fleet: Fleet, engine: PolicyEngine) -> None:
    ctx = CTX.model_copy(update={"max_cost_usd": 1e-5, "profile": "quality"})
    d = Router(fleet=fleet, policy=engine).route(task(), tenant="demo", context=ctx)
    gpt4 = next(c for c in d.candidates if c.model == "gpt-4-1106-preview")
    assert gpt4.excluded_by == "request.max_cost_usd"


def test_risk_tier_verifier_is_another_family(
    fleet: Fleet, engine: PolicyEngine
) -> None:
    t = task(domain="legal", complexity="high", intent="summarize")
    d = Router(fleet=fleet, policy=engine).route(t, tenant="default", context=CTX)
    assert d.verifier and "risk.high.verify" in d.rules_fired
    assert fleet.get(d.verifier).family != fleet.get(d.model).family


def test_fallbacks_span_vendors(fleet: Fleet, engine: PolicyEngine) -> None:
    d = Router(fleet=fleet, policy=engine).route(task(), tenant="demo", context=CTX)
    vendors = {fleet.get(n).vendor for n in (d.model, *d.fallbacks)}
    assert len(d.fallbacks) == 3 and len(vendors) >= 3


def test_temperature_by_intent(fleet: Fleet, engine: PolicyEngine) -> None:
    r = Router(fleet=fleet, policy=engine)
    code = r.route(task(intent="code"), tenant="default", context=CTX)
    creative = r.route(task(intent="creative"), tenant="default", context=CTX)
    assert code.params.temperature == 0.0 and creative.params.temperature > 0.5
    assert code.params.max_tokens >= 40 and code.params.context_tokens == 60


def _fb(task_id: str, model: str, score: float, answer: str) -> FeedbackRecorded:
    return FeedbackRecorded(
        envelope=envelope("test", request_id=task_id, tenant="demo"),
        task_id=task_id, model=model, intent="qa", domain="general",
        complexity="low", score=score, features=feedback_features("choice-4", answer),
    )  # fmt: skip


CHOICE = "Which is a mammal?\nA) trout\nB) whale\nC) frog\nD) newt\nAnswer:"


def _cascade_stream() -> list[FeedbackRecorded]:
    events = []
    for i in range(80):
        ok = i % 10 != 0
        events += [
            _fb(f"q{i}", "zero-one-ai/Yi-34B-Chat", float(ok), "B" if ok else "A"),
            _fb(f"q{i}", "mistralai/mixtral-8x7b-chat", float(ok), "B" if ok else "C"),
            _fb(f"q{i}", "gpt-4-1106-preview", 1.0, "B"),
        ]
    return events


def test_learns_and_plans_agreement_cascade(fleet: Fleet, engine: PolicyEngine) -> None:
    h = RouterHandler(fleet=fleet, policy=engine)
    for ev in _cascade_stream():
        assert h.handle(ev, MessageMeta("feedback", 0, 0)) == []
    d = h.router.route(task(text=CHOICE), tenant="demo", context=CTX)
    assert RULE_ID in d.rules_fired and d.verifier
    assert d.fallbacks[0] == "gpt-4-1106-preview"
    assert d.cascade_accept == ("B",)
    assert not any(r.startswith("router.cascade.accept:") for r in d.rules_fired)
    assert "cascade" in d.explanation


def test_replay_rebuilds_the_same_model(fleet: Fleet) -> None:
    a, b = QualityModel(fleet), QualityModel(fleet)
    for ev in _cascade_stream():
        a.apply(ev)
    for ev in _cascade_stream():
        b.apply(ev)
    assert a.pairs == b.pairs and a._coarse == b._coarse


def test_handler_emits_one_route_per_task_in_order(
    fleet: Fleet, engine: PolicyEngine
) -> None:
    h = RouterHandler(fleet=fleet, policy=engine)
    req = RequestAnalyzed(
        envelope=envelope("intent", request_id="r1", tenant="acme-bank"),
        context=CTX,
        tasks=(task(task_id="a", index=0), task(task_id="b", index=1, intent="code")),
        sensitivity="public",
        pii_types=(),
    )
    out = h.handle(req, META)
    assert [e.topic for e in out] == ["routes", "routes"]
    routed = [e.event for e in out]
    assert all(isinstance(r, TaskRouted) for r in routed)
    assert [r.task.task_id for r in routed] == ["a", "b"]  # type: ignore[attr-defined]
    assert routed[0].envelope.causation_id == req.envelope.event_id
    assert routed[0].envelope.tenant == "acme-bank"


def test_open_circuit_excludes_model(fleet: Fleet, engine: PolicyEngine) -> None:
    h = RouterHandler(fleet=fleet, policy=engine)
    first = h.router.route(task(), tenant="default", context=CTX, health=h.health).model
    ev = ModelHealthChanged(
        envelope=envelope("executor", request_id="-", tenant="default"),
        model=first, state="open", previous_state="closed", reason="errors",
    )  # fmt: skip
    h.handle(ev, MessageMeta("model-health", 0, 0))
    d = h.router.route(task(), tenant="default", context=CTX, health=h.health)
    assert d.model != first
    c = next(c for c in d.candidates if c.model == first)
    assert c.excluded_by == "health.circuit_open"


def test_handler_subscribes_to_learning_inputs_and_ignores_others(
    fleet: Fleet, engine: PolicyEngine
) -> None:
    h = RouterHandler(fleet=fleet, policy=engine)
    assert set(h.topics) == {"intents"}
    assert set(h.broadcast) == {"feedback", "model-health"}
    other = TaskRouted(
        envelope=envelope("router", request_id="r", tenant="demo"),
        context=CTX,
        task=task(),
        task_count=1,
        decision=h.router.route(task(), tenant="demo", context=CTX),
    )
    assert h.handle(other, META) == []


def test_agreement_statistics_pool_by_answer_format(
    fleet: Fleet, engine: PolicyEngine
) -> None:
    """Feedback labelled `qa` teaches the cascade for a `reasoning` task of the same
    format: the intent label is not what makes agreement trustworthy."""
    h = RouterHandler(fleet=fleet, policy=engine)
    for ev in _cascade_stream():
        h.handle(ev, MessageMeta("feedback", 0, 0))
    d = h.router.route(
        task(text=CHOICE, intent="reasoning"), tenant="demo", context=CTX
    )
    assert RULE_ID in d.rules_fired and d.cascade_accept == ("B",)
