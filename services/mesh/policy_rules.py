"""Policy rules: what a rule matches and what it demands of a model.

Each rule is a small typed record with an `id` (named in every exclusion and denial), an
optional `when` (which tasks it applies to) and a kind-specific demand on the model. The
router and governance evaluate the very same objects, so a plan the router makes and the
check governance performs can never disagree.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.mesh.events import Task
from services.mesh.fleet import SENSITIVITY_ORDER, Deployment, ModelSpec, Sensitivity

RULE_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
_RANK: dict[str, int] = {s: i for i, s in enumerate(SENSITIVITY_ORDER)}


def sensitivity_rank(level: str) -> int:
    """Position of a sensitivity label; unknown labels rank strictest (fail closed)."""
    return _RANK.get(level, len(SENSITIVITY_ORDER) - 1)


class Match(BaseModel):
    """Which tasks a rule applies to: every condition given must hold (empty = all)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    intents: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    complexity: tuple[str, ...] = ()
    min_sensitivity: Sensitivity | None = None
    pii: bool | None = None
    pii_types: tuple[str, ...] = ()
    min_reasoning_depth: int | None = Field(default=None, ge=0)
    keywords: tuple[str, ...] = Field(
        default=(), description="Any of these (case-insensitive) in the task text"
    )
    tools: tuple[str, ...] = ()

    def matches(self, task: Task) -> bool:
        """Whether this task falls under the rule."""
        if self.intents and task.intent not in self.intents:
            return False
        if self.domains and task.domain not in self.domains:
            return False
        if self.complexity and task.complexity not in self.complexity:
            return False
        if self.min_sensitivity is not None and sensitivity_rank(
            task.sensitivity
        ) < sensitivity_rank(self.min_sensitivity):
            return False
        if self.pii is not None and bool(task.pii) != self.pii:
            return False
        if self.pii_types and not any(s.type in self.pii_types for s in task.pii):
            return False
        if (
            self.min_reasoning_depth is not None
            and task.reasoning_depth < self.min_reasoning_depth
        ):
            return False
        if self.tools and not any(t in self.tools for t in task.tools):
            return False
        if self.keywords:
            text = task.text.lower()
            if not any(k.lower() in text for k in self.keywords):
                return False
        return True


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=RULE_ID)
    description: str = ""
    when: Match = Match()

    def check(self, task: Task, model: ModelSpec) -> str | None:
        """Why `model` may not serve `task` under this rule, or None when it may."""
        return None

    def models_named(self) -> tuple[str, ...]:
        """Model names the rule refers to (checked against the fleet at start-up)."""
        return ()


class ClearanceRule(_Rule):
    """Sensitive data only to cleared models; PII only to models cleared higher."""

    kind: Literal["clearance"]
    pii_min_clearance: Sensitivity | None = None
    pii_deployments: tuple[Deployment, ...] = ()

    def check(self, task: Task, model: ModelSpec) -> str | None:
        if sensitivity_rank(model.clearance) < sensitivity_rank(task.sensitivity):
            return f"clearance {model.clearance} < task sensitivity {task.sensitivity}"
        if (
            task.pii
            and self.pii_min_clearance is not None
            and sensitivity_rank(model.clearance)
            < sensitivity_rank(self.pii_min_clearance)
        ):
            return (
                f"task has PII; clearance {model.clearance} < {self.pii_min_clearance}"
            )
        if (
            task.pii
            and self.pii_deployments
            and model.deployment not in self.pii_deployments
        ):
            return f"task has PII; deployment {model.deployment} not allowed"
        return None


class ResidencyRule(_Rule):
    """Data stays in these regions."""

    kind: Literal["residency"]
    regions: tuple[str, ...] = Field(min_length=1)

    def check(self, task: Task, model: ModelSpec) -> str | None:
        if model.region not in self.regions:
            return f"region {model.region} not in {list(self.regions)}"
        return None


class _Selector(_Rule):
    models: tuple[str, ...] = ()
    vendors: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    providers: tuple[str, ...] = ()
    deployments: tuple[Deployment, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> _Selector:
        if (
            not (self.models or self.vendors or self.families or self.providers)
            and not self.deployments
        ):
            raise ValueError("name at least one of models/vendors/families/...")
        return self

    def selects(self, model: ModelSpec) -> bool:
        return (
            model.name in self.models
            or (bool(model.vendor) and model.vendor in self.vendors)
            or (bool(model.family) and model.family in self.families)
            or model.provider in self.providers
            or model.deployment in self.deployments
        )

    def models_named(self) -> tuple[str, ...]:
        return self.models


class AllowRule(_Selector):
    """Only the selected models may serve matching tasks (an allow-list)."""

    kind: Literal["allow"]

    def check(self, task: Task, model: ModelSpec) -> str | None:
        return None if self.selects(model) else "not on the allow-list"


class DenyRule(_Selector):
    """The selected models may not serve matching tasks (a deny-list)."""

    kind: Literal["deny"]

    def check(self, task: Task, model: ModelSpec) -> str | None:
        return "on the deny-list" if self.selects(model) else None


class RequireRule(_Rule):
    """Business rule: matching tasks need a model with these properties."""

    kind: Literal["require"]
    specialties: tuple[str, ...] = ()
    deployments: tuple[Deployment, ...] = ()
    min_clearance: Sensitivity | None = None
    min_prior_quality: float | None = Field(default=None, ge=0, le=1)

    def check(self, task: Task, model: ModelSpec) -> str | None:
        if self.specialties and not any(
            s in model.specialties for s in self.specialties
        ):
            return f"needs a {'/'.join(self.specialties)} model"
        if self.deployments and model.deployment not in self.deployments:
            return f"needs deployment {'/'.join(self.deployments)}"
        if self.min_clearance is not None and sensitivity_rank(
            model.clearance
        ) < sensitivity_rank(self.min_clearance):
            return f"needs clearance {self.min_clearance}"
        if self.min_prior_quality is not None:
            prior = model.quality.prior(task.intent, task.domain)
            if prior < self.min_prior_quality:
                return f"prior quality {prior:.2f} < {self.min_prior_quality:.2f}"
        return None


class VerifyRule(_Rule):
    """Risk tier: matching tasks need a verifier of another family (not a filter)."""

    kind: Literal["verify"]
    tier: str = "high"


Rule = Annotated[
    ClearanceRule | ResidencyRule | AllowRule | DenyRule | RequireRule | VerifyRule,
    Field(discriminator="kind"),
]
HardRule = ClearanceRule | ResidencyRule | AllowRule | DenyRule | RequireRule

BUILTIN_CLEARANCE = ClearanceRule(
    kind="clearance",
    id="builtin.clearance",
    description="data never goes to a model not cleared for its sensitivity",
)
"""Always applied, whatever the file says: the floor a policy can only raise."""
