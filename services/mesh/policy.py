"""The policy engine: the ONE implementation of the rules, for router and governance.

The router plans with it (filtering the fleet before ranking) and governance verifies
with it (re-checking every route before dispatch), so the two lines of defence cannot
drift apart. Policies are loaded from YAML (`deploy/policies.yaml`), validated up front,
and identified by a content hash recorded in every decision. An unreadable or invalid
policy raises at start-up: the mesh never routes without one (fail closed).

File shape::

    rules: [...]              # apply to every tenant
    tenants:
      default: {profile: balanced, budget: {...}, blocked_terms: [...], rules: [...]}
      acme-bank: {rules: [{id: acme.residency.eu, kind: residency, regions: [eu]}]}

A tenant's unset settings fall back to the `default` tenant's; its rules add to the
global rules and (unless `inherit_rules: false`) to the default tenant's. Unknown
tenants get the default tenant's policy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from services.mesh.errors import ConfigError
from services.mesh.events import Task
from services.mesh.fleet import Fleet, ModelSpec, Sensitivity
from services.mesh.policy_rules import (
    BUILTIN_CLEARANCE,
    RULE_ID,
    HardRule,
    Rule,
    VerifyRule,
    sensitivity_rank,
)

ProfileName = Literal["quality", "balanced", "cost", "latency"]
DEFAULT_TENANT = "default"


@dataclass(frozen=True)
class Violation:
    """A hard rule that forbids a model for a task: the rule's id and a human reason."""

    rule_id: str
    reason: str


@dataclass(frozen=True)
class BudgetLimits:
    """Spending caps in USD (None = unlimited), enforced by governance."""

    daily_usd: float | None = None
    monthly_usd: float | None = None
    per_user_daily_usd: float | None = None
    rule_id: str = "budget"


class BudgetSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(default="budget", pattern=RULE_ID)
    daily_usd: float | None = Field(default=None, ge=0)
    monthly_usd: float | None = Field(default=None, ge=0)
    per_user_daily_usd: float | None = Field(default=None, ge=0)


class OutputPiiSpec(BaseModel):
    """Which PII may appear in model output: listed types from any model; any type from
    models cleared at `cleared_clearance` or above (e.g. the on-prem secure model).

    `redact`: when an answer discloses PII it may not, governance masks it (true) or
    denies the whole answer (false). A tenant for whom a masked answer is still a
    disclosure risk (e.g. a bank, where the surrounding text identifies the person)
    sets it to false. Unset falls back to the default tenant's, then to true.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(default="output-pii", pattern=RULE_ID)
    allow_types: tuple[str, ...] = ()
    cleared_clearance: Sensitivity | None = "restricted"
    redact: bool | None = None


class TenantPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    description: str = ""
    profile: ProfileName | None = None
    allow_downgrade: bool | None = None
    budget: BudgetSpec | None = None
    blocked_terms: tuple[str, ...] | None = None
    output_pii: OutputPiiSpec | None = None
    inherit_rules: bool = True
    rules: tuple[Rule, ...] = ()


class Policy(BaseModel):
    """A whole policy file; `version` is the content hash of its text."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    rules: tuple[Rule, ...] = ()
    tenants: dict[str, TenantPolicy]
    version: str = ""

    @model_validator(mode="after")
    def _check(self) -> Policy:
        if DEFAULT_TENANT not in self.tenants:
            raise ValueError("a 'default' tenant is required (unknown tenants use it)")
        seen: set[str] = set()
        for rule in self.all_rules():
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        return self

    def all_rules(self) -> list[Rule]:
        """Every rule of the file: global, then per tenant."""
        out = list(self.rules)
        for t in self.tenants.values():
            out.extend(t.rules)
        return out


@dataclass(frozen=True)
class _Resolved:
    profile: str
    allow_downgrade: bool
    budget: BudgetLimits
    blocked_terms: tuple[str, ...]
    output_pii: OutputPiiSpec
    output_pii_redact: bool
    hard: tuple[HardRule, ...]
    verify: tuple[VerifyRule, ...]


def _resolve(policy: Policy, name: str) -> _Resolved:
    d, t = policy.tenants[DEFAULT_TENANT], policy.tenants[name]
    rules: list[Rule] = list(policy.rules)
    if name != DEFAULT_TENANT and t.inherit_rules:
        rules.extend(d.rules)
    rules.extend(t.rules)
    b = t.budget or d.budget or BudgetSpec()
    return _Resolved(
        profile=t.profile or d.profile or "balanced",
        allow_downgrade=(
            t.allow_downgrade
            if t.allow_downgrade is not None
            else bool(d.allow_downgrade if d.allow_downgrade is not None else True)
        ),
        budget=BudgetLimits(b.daily_usd, b.monthly_usd, b.per_user_daily_usd, b.id),
        blocked_terms=tuple(
            t.blocked_terms if t.blocked_terms is not None else d.blocked_terms or ()
        ),
        output_pii=t.output_pii or d.output_pii or OutputPiiSpec(),
        output_pii_redact=next(
            (
                spec.redact
                for spec in (t.output_pii, d.output_pii)
                if spec is not None and spec.redact is not None
            ),
            True,
        ),
        hard=(BUILTIN_CLEARANCE, *(r for r in rules if not isinstance(r, VerifyRule))),
        verify=tuple(r for r in rules if isinstance(r, VerifyRule)),
    )


class PolicyEngine:
    """Evaluates a policy against a fleet: hard rules, risk tiers, tenant settings.

    Args:
        policy: a validated policy (see `load_policy`).
        fleet: the fleet the policy governs; rules naming a model absent from it are
            a configuration error (a typo in a deny-list must not allow a model).

    Raises:
        ConfigError: a rule names a model that is not in the fleet.
    """

    def __init__(self, policy: Policy, fleet: Fleet) -> None:
        known = set(fleet.names())
        for rule in policy.all_rules():
            for name in rule.models_named():
                if name not in known:
                    raise ConfigError(
                        f"policy rule {rule.id!r}: model {name!r} is not in the fleet"
                    )
        self.policy = policy
        self.fleet = fleet
        self.version = policy.version
        self._tenants = {n: _resolve(policy, n) for n in policy.tenants}

    def _t(self, tenant: str) -> _Resolved:
        return self._tenants.get(tenant) or self._tenants[DEFAULT_TENANT]

    def hard_rules(self, *, tenant: str, task: Task) -> tuple[HardRule, ...]:
        """The hard rules that apply to this task (evaluate once, check many models)."""
        return tuple(r for r in self._t(tenant).hard if r.when.matches(task))

    @staticmethod
    def check(
        rules: tuple[HardRule, ...], task: Task, model: ModelSpec
    ) -> list[Violation]:
        """Violations of `rules` (from `hard_rules`) by `model` for `task`."""
        out: list[Violation] = []
        for rule in rules:
            reason = rule.check(task, model)
            if reason is not None:
                out.append(Violation(rule.id, reason))
        return out

    def violations(
        self, *, tenant: str, task: Task, model: ModelSpec
    ) -> list[Violation]:
        """Every hard rule `model` breaks for `task`; [] means the model is allowed."""
        return self.check(self.hard_rules(tenant=tenant, task=task), task, model)

    def verification_required(self, *, tenant: str, task: Task) -> str | None:
        """Id of the first risk-tier rule asking for a verifier of another family."""
        for rule in self._t(tenant).verify:
            if rule.when.matches(task):
                return rule.id
        return None

    def profile_for(self, tenant: str) -> str:
        """The tenant's default routing profile."""
        return self._t(tenant).profile

    def budget_for(self, tenant: str) -> BudgetLimits:
        """The tenant's spending caps."""
        return self._t(tenant).budget

    def blocked_terms(self, tenant: str) -> tuple[str, ...]:
        """Terms that may not appear in prompts or answers for this tenant."""
        return self._t(tenant).blocked_terms

    def output_pii_rule(self, tenant: str) -> str:
        """Id of the rule behind `output_pii_allowed` (for denials)."""
        return self._t(tenant).output_pii.id

    def output_pii_allowed(
        self, *, tenant: str, model: ModelSpec, pii_type: str
    ) -> bool:
        """Whether PII of `pii_type` may appear in `model`'s output for this tenant."""
        spec = self._t(tenant).output_pii
        if pii_type in spec.allow_types:
            return True
        return spec.cleared_clearance is not None and sensitivity_rank(
            model.clearance
        ) >= sensitivity_rank(spec.cleared_clearance)

    def output_pii_redact(self, tenant: str) -> bool:
        """Whether disallowed PII in an answer is masked (True) or the answer denied."""
        return self._t(tenant).output_pii_redact

    def allows_downgrade(self, tenant: str) -> bool:
        """Near the budget cap, may governance pick a cheaper compliant model."""
        return self._t(tenant).allow_downgrade


def _where(loc: list[Any], data: Mapping[str, Any]) -> str:
    """Turn a pydantic error location into 'tenant X, rule Y, field Z'."""
    parts: list[str] = []
    node: Any = data
    i = 0
    while i < len(loc):
        key = loc[i]
        if key == "tenants" and i + 1 < len(loc):
            parts.append(f"tenant {loc[i + 1]!r}")
            node = (node.get("tenants") or {}).get(loc[i + 1]) or {}
            i += 2
            continue
        if key == "rules" and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            rules = node.get("rules") or [] if isinstance(node, dict) else []
            idx = loc[i + 1]
            rid = rules[idx].get("id") if idx < len(rules) else None
            parts.append(f"rule {rid!r}" if rid else f"rule #{idx}")
            rest = [str(x) for x in loc[i + 2 :]]
            if (
                rest
                and isinstance(rules[idx], dict)
                and rest[0] == rules[idx].get("kind")
            ):
                rest = rest[1:]  # drop the discriminator tag pydantic adds
            parts.append(f"field {'.'.join(rest) or '(rule)'}")
            return ", ".join(parts)
        parts.append(f"field {'.'.join(str(x) for x in loc[i:])}")
        return ", ".join(parts)
    return ", ".join(parts) or "(file)"


def parse_policy(text: str, *, source: Path = Path("<policy>")) -> Policy:
    """Parse policy YAML text.

    Raises:
        ConfigError: malformed YAML or an invalid rule; the message names the file, the
            tenant, the rule id and the field.
    """
    version = hashlib.sha256(text.encode()).hexdigest()[:16]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError(f"{source}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping with 'tenants'")
    try:
        return Policy.model_validate({**data, "version": version})
    except ValidationError as e:
        lines = [f"{source}: invalid policy file"]
        for err in e.errors():
            lines.append(f"  {_where(list(err['loc']), data)}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from e


def load_policy(path: str | Path) -> Policy:
    """Load and validate a policy file (see `parse_policy` for errors)."""
    p = Path(path)
    try:
        text = p.read_text()
    except OSError as e:
        raise ConfigError(f"cannot read policy file {p}: {e.strerror}") from e
    return parse_policy(text, source=p)
