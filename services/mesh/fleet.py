"""The fleet registry: which models exist, what they cost, where they run, what they may see.

One typed description, loaded from YAML (`deploy/fleet.yaml`), shared by the router (to plan),
governance (to verify), the executor (to call) and the local fleet server (to serve). Loading
validates everything up front so a bad fleet file fails at start-up with an error naming the
file, the model and the field, never at the first request.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from services.mesh.errors import ConfigError

Provider = Literal["openai", "anthropic", "gemini"]
Deployment = Literal["cloud", "on_prem"]
Sensitivity = Literal["public", "internal", "confidential", "restricted"]
SENSITIVITY_ORDER: tuple[Sensitivity, ...] = (
    "public",
    "internal",
    "confidential",
    "restricted",
)


class Pricing(BaseModel):
    """USD per one million tokens."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        """Cost in USD of one call with these token counts."""
        return (
            tokens_in * self.input_per_mtok + tokens_out * self.output_per_mtok
        ) / 1e6


class LatencyProfile(BaseModel):
    """Expected latency: time to first token plus generation speed."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    ttft_ms: float = Field(default=300.0, ge=0)
    tokens_per_s: float = Field(default=60.0, gt=0)

    def expected_ms(self, tokens_out: int) -> float:
        """Expected wall time of a call producing `tokens_out` tokens."""
        return self.ttft_ms + 1000.0 * tokens_out / self.tokens_per_s


class QualityPriors(BaseModel):
    """Prior expected quality in [0, 1]: a default, refined per intent and per domain."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    default: float = Field(default=0.6, ge=0, le=1)
    intents: dict[str, float] = Field(default_factory=dict)
    domains: dict[str, float] = Field(default_factory=dict)

    @field_validator("intents", "domains")
    @classmethod
    def _in_unit_interval(cls, v: dict[str, float]) -> dict[str, float]:
        for key, score in v.items():
            if not 0.0 <= score <= 1.0:
                raise ValueError(f"quality for {key!r} must be in [0, 1], got {score}")
        return v

    def prior(self, intent: str, domain: str) -> float:
        """Prior quality for a task: the intent's score, adjusted by the domain's."""
        base = self.intents.get(intent, self.default)
        if domain in self.domains:
            base = (base + self.domains[domain]) / 2.0
        return base


class RateLimits(BaseModel):
    """Provider limits the executor must respect (0 means unlimited)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    requests_per_minute: int = Field(default=0, ge=0)
    tokens_per_minute: int = Field(default=0, ge=0)
    concurrency: int = Field(default=0, ge=0)


class ModelSpec(BaseModel):
    """One model of the fleet."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    provider: Provider = "openai"
    endpoint: str = Field(description="Base URL of the provider API, e.g. .../v1")
    api_model: str = Field(
        default="", description="Model name at the provider; defaults to name"
    )
    api_key_env: str | None = Field(
        default=None,
        description="Environment variable that holds the API key (never the key)",
    )
    pricing: Pricing
    context_window: int = Field(default=8192, gt=0)
    max_output_tokens: int = Field(default=4096, gt=0)
    latency: LatencyProfile = LatencyProfile()
    tools: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ("text",)
    quality: QualityPriors = QualityPriors()
    deployment: Deployment = "cloud"
    region: str = "us"
    clearance: Sensitivity = "internal"
    rate_limits: RateLimits = RateLimits()
    family: str = ""
    vendor: str = ""
    recorded: bool = Field(
        default=False, description="Answers come from recorded outcomes"
    )
    specialties: tuple[str, ...] = Field(
        default=(),
        description="Domains the model is built or tuned for (policy: require)",
    )

    @property
    def provider_model(self) -> str:
        """The model name sent to the provider."""
        return self.api_model or self.name

    def cleared_for(self, sensitivity: str) -> bool:
        """Whether data of this sensitivity may be sent to this model."""
        return SENSITIVITY_ORDER.index(self.clearance) >= SENSITIVITY_ORDER.index(
            sensitivity
        )


class Fleet(BaseModel):
    """The whole fleet, with a content hash recorded in every routing decision."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    models: tuple[ModelSpec, ...]
    version: str = Field(default="", description="Content hash of the source file")

    @field_validator("models")
    @classmethod
    def _unique_names(cls, v: tuple[ModelSpec, ...]) -> tuple[ModelSpec, ...]:
        seen: set[str] = set()
        for m in v:
            if m.name in seen:
                raise ValueError(f"model {m.name!r} is listed twice")
            seen.add(m.name)
        return v

    def get(self, name: str) -> ModelSpec:
        """The model called `name`; KeyError names the known models if absent."""
        for m in self.models:
            if m.name == name:
                return m
        raise KeyError(
            f"no model {name!r} in the fleet (known: {', '.join(self.names())})"
        )

    def names(self) -> list[str]:
        """Model names in file order."""
        return [m.name for m in self.models]


_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def expand_env(text: str, env: Mapping[str, str] | None = None) -> str:
    """Replace `${VAR}` and `${VAR:-default}` with values from the environment."""
    source = os.environ if env is None else env

    def sub(m: re.Match[str]) -> str:
        value = source.get(m.group(1))
        if value is None or value == "":
            if m.group(2) is None:
                raise ConfigError(f"environment variable {m.group(1)} is not set")
            return m.group(2)
        return value

    return _VAR.sub(sub, text)


def _describe(err: ValidationError, data: Mapping[str, Any], path: Path) -> str:
    lines = [f"{path}: invalid fleet file"]
    models = data.get("models") or []
    for e in err.errors():
        loc = list(e["loc"])
        where = ".".join(str(x) for x in loc)
        if len(loc) >= 2 and loc[0] == "models" and isinstance(loc[1], int):
            idx = loc[1]
            name = (
                models[idx].get("name", f"#{idx}") if idx < len(models) else f"#{idx}"
            )
            where = f"model {name!r}, field {'.'.join(str(x) for x in loc[2:]) or '(model)'}"
        lines.append(f"  {where}: {e['msg']}")
    return "\n".join(lines)


def parse_fleet(text: str, *, source: Path = Path("<fleet>")) -> Fleet:
    """Parse fleet YAML text (after `${VAR}` expansion).

    Raises:
        ConfigError: the YAML is malformed or a model is invalid; the message names the file,
            the model and the field.
    """
    version = hashlib.sha256(text.encode()).hexdigest()[:16]
    try:
        data = yaml.safe_load(expand_env(text))
    except yaml.YAMLError as e:
        raise ConfigError(f"{source}: not valid YAML: {e}") from e
    if not isinstance(data, dict) or "models" not in data:
        raise ConfigError(f"{source}: expected a mapping with a 'models' list")
    try:
        return Fleet(models=data["models"], version=version)
    except ValidationError as e:
        raise ConfigError(_describe(e, data, source)) from e


def load_fleet(path: str | Path) -> Fleet:
    """Load and validate a fleet file. See `parse_fleet` for errors."""
    p = Path(path)
    try:
        text = p.read_text()
    except OSError as e:
        raise ConfigError(f"cannot read fleet file {p}: {e.strerror}") from e
    return parse_fleet(text, source=p)
