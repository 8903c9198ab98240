"""Settings of the ingress: one typed object, each field naming its environment variable.

Kept apart from the mesh's `Settings` because only the ingress reads them; the Kafka side
(bootstrap, prefix, client tuning) still comes from the mesh's own settings.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from services.mesh.errors import ConfigError

TOKENS_VAR = "MESH_INGRESS_TOKENS"


class IngressSettings(BaseModel):
    """How the HTTP server listens, waits and protects itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = Field("127.0.0.1", description="MESH_INGRESS_HOST")
    port: int = Field(8080, ge=0, le=65535, description="MESH_INGRESS_PORT")
    default_tenant: str = Field(
        "default", min_length=1, description="MESH_INGRESS_TENANT"
    )
    timeout_s: float = Field(60.0, gt=0, description="MESH_INGRESS_TIMEOUT_S")
    max_body_bytes: int = Field(
        1024 * 1024, ge=1024, description="MESH_INGRESS_MAX_BODY_BYTES"
    )
    max_waiters: int = Field(1024, ge=1, description="MESH_INGRESS_MAX_WAITERS")
    keepalive_s: float = Field(10.0, gt=0, description="MESH_INGRESS_KEEPALIVE_S")
    usage_grace_s: float = Field(0.25, ge=0, description="MESH_INGRESS_USAGE_GRACE_S")
    tokens: SecretStr | None = Field(None, description=TOKENS_VAR)

    @classmethod
    def from_env(cls, **overrides: Any) -> IngressSettings:
        """Settings from `MESH_INGRESS_*` variables; explicit (non-None) overrides win.

        `MESH_INGRESS_TOKENS` set but blank is an error, not "no auth": an operator who meant
        to protect the server must not get an open one by a templating slip (fail closed).

        Raises:
            ConfigError: a variable has a value of the wrong type, or the token list is blank.
        """
        values: dict[str, Any] = {}
        for name, field in cls.model_fields.items():
            var = field.description or ""
            raw = os.environ.get(var)
            if raw is None:
                continue
            if name == "tokens":
                if not raw.strip(" ,"):
                    raise ConfigError(
                        f"{TOKENS_VAR} is set but holds no token: refusing to start "
                        "without authentication (unset it to run open)"
                    )
                values[name] = raw
            elif raw != "":
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(values)
        except ValueError as e:
            raise ConfigError(f"invalid ingress settings: {e}") from e
