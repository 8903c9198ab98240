"""Fleet server settings: global latency/failure knobs, per-model YAML overrides.

A models-config file lets one server play a heterogeneous fleet (a fast cheap model, a
slow flaky one, one with a small context window) without code:

    defaults: {latency_ms: 50}
    models:
      sim-slow: {latency_ms: 800, jitter_ms: 200, failure_rate: 0.05}
      sim-small: {context_window: 2048}

`ttft_share` is the part of the latency before the first token of a streamed reply.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.mesh.errors import ConfigError


class ModelSettings(BaseModel):
    """How one simulated model behaves. `context_window` 0 means unlimited."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    latency_ms: float = Field(default=0.0, ge=0)
    jitter_ms: float = Field(default=0.0, ge=0)
    failure_rate: float = Field(default=0.0, ge=0, le=1)
    context_window: int = Field(default=0, ge=0)
    ttft_share: float = Field(default=0.25, ge=0, le=1)


class _Override(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    latency_ms: float | None = Field(default=None, ge=0)
    jitter_ms: float | None = Field(default=None, ge=0)
    failure_rate: float | None = Field(default=None, ge=0, le=1)
    context_window: int | None = Field(default=None, ge=0)
    ttft_share: float | None = Field(default=None, ge=0, le=1)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    defaults: _Override = _Override()
    models: dict[str, _Override] = Field(default_factory=dict)


def _merge(base: ModelSettings, over: _Override) -> ModelSettings:
    return base.model_copy(update=over.model_dump(exclude_none=True))


def load_models_config(
    path: Path | None, base: ModelSettings
) -> tuple[ModelSettings, dict[str, ModelSettings]]:
    """The effective defaults and per-model settings (file values over `base`).

    Raises:
        ConfigError: unreadable file, bad YAML, or an invalid field (named in the
        message).
    """
    if path is None:
        return base, {}
    try:
        data = yaml.safe_load(Path(path).read_text()) or {}
        parsed = _File.model_validate(data)
    except OSError as e:
        raise ConfigError(f"cannot read models config {path}: {e.strerror}") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML: {e}") from e
    except ValidationError as e:
        raise ConfigError(f"{path}: invalid models config:\n{e}") from e
    defaults = _merge(base, parsed.defaults)
    return defaults, {name: _merge(defaults, o) for name, o in parsed.models.items()}
