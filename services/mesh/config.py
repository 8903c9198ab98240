"""Settings: one typed object, each field naming its environment variable and default.

Defaults suit the embedded broker (see the broker notes: short session timeout and fetch
wait, no linger); against a production cluster set the `MESH_KAFKA_*` variables, or pass
extra librdkafka properties as `MESH_KAFKA_EXTRA="key=value,key=value"`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from services.mesh.errors import ConfigError
from services.mesh.topics import Topics

DEFAULTS = Path(__file__).parent / "defaults"  # the repository's deploy/, shipped too
_SECRET = re.compile(r"password|secret|token|key", re.IGNORECASE)


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else None


class Settings(BaseModel):
    """Runtime settings of a mesh process."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bootstrap: str = Field("127.0.0.1:9092", description="MESH_KAFKA_BOOTSTRAP")
    topic_prefix: str = Field("mesh.", description="MESH_TOPIC_PREFIX")
    partitions: int = Field(4, ge=1, description="MESH_PARTITIONS")
    session_timeout_ms: int = Field(2000, description="MESH_KAFKA_SESSION_TIMEOUT_MS")
    heartbeat_interval_ms: int = Field(200, description="MESH_KAFKA_HEARTBEAT_MS")
    fetch_wait_max_ms: int = Field(5, description="MESH_KAFKA_FETCH_WAIT_MS")
    linger_ms: int = Field(0, description="MESH_KAFKA_LINGER_MS")
    idempotent_producer: bool = Field(False, description="MESH_KAFKA_IDEMPOTENCE")
    kafka_extra: dict[str, str] = Field(
        default_factory=dict, description="MESH_KAFKA_EXTRA"
    )
    fleet_file: Path = Field(DEFAULTS / "fleet.yaml", description="MESH_FLEET_FILE")
    policy_file: Path = Field(
        DEFAULTS / "policies.yaml", description="MESH_POLICY_FILE"
    )
    audit_key: SecretStr | None = Field(None, description="MESH_AUDIT_KEY")
    executor_concurrency: int = Field(64, ge=1, description="MESH_EXECUTOR_CONCURRENCY")
    executor_deadline_s: float = Field(
        120.0, gt=0, description="MESH_EXECUTOR_DEADLINE_S"
    )
    executor_stream: bool = Field(False, description="MESH_EXECUTOR_STREAM")

    def __repr_args__(self) -> Any:
        """Like pydantic's, but extra client properties that look secret are masked."""
        for name, value in super().__repr_args__():
            if name == "kafka_extra" and isinstance(value, dict):
                value = {
                    k: "**********" if _SECRET.search(k) else v
                    for k, v in value.items()
                }
            yield name, value

    @property
    def topics(self) -> Topics:
        return Topics(prefix=self.topic_prefix, partitions=self.partitions)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from `MESH_*` environment variables; explicit overrides win.

        Raises:
            ConfigError: a variable has a value of the wrong type.
        """
        values: dict[str, Any] = {}
        for name, field in cls.model_fields.items():
            var = field.description
            raw = _env(var) if var else None
            if raw is None:
                continue
            if name == "kafka_extra":
                values[name] = _parse_pairs(raw, var or name)
            else:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValueError as e:
            raise ConfigError(f"invalid settings: {e}") from e


def _parse_pairs(raw: str, var: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in raw.split(","):
        if not item.strip():
            continue
        if "=" not in item:
            raise ConfigError(f"{var}: expected key=value pairs, got {item!r}")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out
