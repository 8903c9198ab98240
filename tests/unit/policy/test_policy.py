"""The policy engine: loading fails closed with precise errors; rules do as they say."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.mesh.errors import ConfigError
from services.mesh.events import PiiSpan, Task
from services.mesh.fleet import Fleet, load_fleet
from services.mesh.policy import PolicyEngine, load_policy, parse_policy

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def fleet() -> Fleet:
    return load_fleet(ROOT / "deploy" / "fleet.yaml")


@pytest.fixture(scope="module")
def engine(fleet: Fleet) -> PolicyEngine:
    return PolicyEngine(load_policy(ROOT / "deploy" / "policies.yaml"), fleet)


def task(**kw: object) -> Task:
    base: dict[str, object] = dict(
        task_id="t1", index=0, text="hello", intent="qa", domain="general",
        complexity="low", reasoning_depth=0, sensitivity="public", pii=(), tools=(),
        input_tokens=50, output_tokens=50,
    )  # fmt: skip
    base.update(kw)
    return Task.model_validate(base)


def test_version_is_content_hash() -> None:
    a = parse_policy("tenants: {default: {}}")
    b = parse_policy("tenants: {default: {profile: cost}}")
    assert a.version and a.version != b.version
    assert parse_policy("tenants: {default: {}}").version == a.version


def test_missing_file_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read policy file"):
        load_policy(tmp_path / "nope.yaml")


def test_default_tenant_required() -> None:
    with pytest.raises(ConfigError, match="default"):
        parse_policy("tenants: {acme: {}}")


def test_error_names_file_tenant_rule_and_field(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text(
        "tenants:\n  default: {}\n  acme:\n    rules:\n"
        "      - {id: acme.res, kind: residency, regions: []}\n"
    )
    with pytest.raises(ConfigError) as e:
        load_policy(p)
    msg = str(e.value)
    assert str(p) in msg and "tenant 'acme'" in msg
    assert "rule 'acme.res'" in msg and "field regions" in msg


def test_duplicate_rule_ids_rejected() -> None:
    text = (
        "rules: [{id: x, kind: deny, vendors: [a]}]\n"
        "tenants: {default: {rules: [{id: x, kind: deny, vendors: [b]}]}}"
    )
    with pytest.raises(ConfigError, match="used twice"):
        parse_policy(text)


def test_unknown_model_in_rule_is_config_error(fleet: Fleet) -> None:
    p = parse_policy(
        "tenants: {default: {rules: [{id: d, kind: deny, models: [gpt9]}]}}"
    )
    with pytest.raises(ConfigError, match="gpt9"):
        PolicyEngine(p, fleet)


def test_unknown_tenant_gets_default(engine: PolicyEngine) -> None:
    assert engine.profile_for("nobody") == engine.profile_for("default")
    assert engine.budget_for("nobody") == engine.budget_for("default")


def test_tenant_settings_fall_back_to_default(engine: PolicyEngine) -> None:
    assert engine.blocked_terms("demo") == engine.blocked_terms("default")
    assert engine.budget_for("demo").per_user_daily_usd is None
    assert engine.profile_for("acme-bank") == "quality"
    assert not engine.allows_downgrade("acme-bank")
    assert engine.allows_downgrade("demo")


def test_pii_only_to_cleared_models(engine: PolicyEngine, fleet: Fleet) -> None:
    t = task(pii=(PiiSpan(type="EMAIL", start=0, end=5),), sensitivity="confidential")
    allowed = [
        m.name
        for m in fleet.models
        if not engine.violations(tenant="x", task=t, model=m)
    ]
    assert allowed == ["sim-secure-onprem"]
    v = engine.violations(tenant="x", task=t, model=fleet.get("gpt-4-1106-preview"))
    assert [x.rule_id for x in v] == [
        "pii.cleared-models-only",
        "default.no-recorded-models",  # the default tenant keeps recorded models out
    ]


def test_builtin_clearance_always_applies(fleet: Fleet) -> None:
    e = PolicyEngine(parse_policy("tenants: {default: {}}"), fleet)
    t = task(sensitivity="confidential")
    v = e.violations(tenant="default", task=t, model=fleet.get("sim-fast-open"))
    assert [x.rule_id for x in v] == ["builtin.clearance"]


def test_residency_and_business_rule(engine: PolicyEngine, fleet: Fleet) -> None:
    t = task(intent="classify", domain="finance", text="regulatory classification")
    ok = [
        m.name
        for m in fleet.models
        if not engine.violations(tenant="acme-bank", task=t, model=m)
    ]
    assert ok == ["sim-finance", "sim-secure-onprem"]
    v = engine.violations(tenant="acme-bank", task=t, model=fleet.get("sim-legal"))
    assert [x.rule_id for x in v] == ["acme.finance.regulatory-classification"]


def test_allow_list(engine: PolicyEngine, fleet: Fleet) -> None:
    t = task()
    v = engine.violations(tenant="demo", task=t, model=fleet.get("sim-fast-open"))
    assert [x.rule_id for x in v] == ["demo.recorded-only"]
    assert not engine.violations(tenant="demo", task=t, model=fleet.get("claude-v1"))


def test_verification_required(engine: PolicyEngine) -> None:
    assert engine.verification_required(tenant="x", task=task()) is None
    hi = task(domain="legal", complexity="high")
    assert engine.verification_required(tenant="x", task=hi) == "risk.high.verify"
    fin = task(domain="finance")
    assert engine.verification_required(tenant="acme-bank", task=fin) == (
        "acme.finance.verify"
    )


def test_output_pii(engine: PolicyEngine, fleet: Fleet) -> None:
    gpt4, vault = fleet.get("gpt-4-1106-preview"), fleet.get("sim-secure-onprem")
    assert engine.output_pii_allowed(tenant="x", model=gpt4, pii_type="PERSON")
    assert not engine.output_pii_allowed(tenant="x", model=gpt4, pii_type="EMAIL")
    assert engine.output_pii_allowed(tenant="x", model=vault, pii_type="EMAIL")
    assert not engine.output_pii_allowed(
        tenant="acme-bank", model=gpt4, pii_type="PERSON"
    )
