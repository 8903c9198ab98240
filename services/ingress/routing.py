"""Who the request is for and how the mesh should route it, from headers or the body.

Every option can come from an `X-Mesh-*` header (handy for gateways and for SDKs that cannot
add body fields) or from the body's `mesh` object (handy in code). Giving one option both
ways with different values is a 400: silently preferring one would hide a misconfiguration.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.ingress.auth import Principal
from services.ingress.errors import ApiError, bad_request

PROFILES = ("quality", "balanced", "cost", "latency")
TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

HEADERS = {
    "tenant": "X-Mesh-Tenant",
    "profile": "X-Mesh-Profile",
    "max_cost_usd": "X-Mesh-Max-Cost-Usd",
    "max_latency_ms": "X-Mesh-Max-Latency-Ms",
    "min_quality": "X-Mesh-Min-Quality",
}
"""Option -> header; the body's `mesh` object uses the option names as keys."""


@dataclass(frozen=True)
class RoutingOptions:
    """The tenant and the routing limits of one request (None: the tenant's policy)."""

    tenant: str
    profile: str | None = None
    max_cost_usd: float | None = None
    max_latency_ms: float | None = None
    min_quality: float | None = None


def routing_options(
    headers: Mapping[str, str],
    mesh: Mapping[str, Any] | None,
    *,
    principal: Principal,
    default_tenant: str,
) -> RoutingOptions:
    """Merge headers and the `mesh` body object into validated options.

    The tenant is, in order: the one asked for (header or body), the tenant the caller's
    token is bound to, the configured default.

    Raises:
        ApiError: 400 for an unknown key, a bad value or a conflict; 403 when a token bound
            to one tenant asks for another.
    """
    body = dict(mesh or {})
    unknown = sorted(set(body) - set(HEADERS))
    if unknown:
        raise bad_request(
            f"unknown 'mesh' option(s) {', '.join(unknown)}: use {', '.join(HEADERS)}",
            param=f"mesh.{unknown[0]}",
        )
    raw: dict[str, Any] = {}
    for option, header in HEADERS.items():
        from_header = headers.get(header)
        from_body = body.get(option)
        both = from_header is not None and from_body is not None
        if both and _same(from_body) != _same(from_header):
            raise bad_request(
                f"{option} is given as header {header} ({from_header!r}) and as "
                f"mesh.{option} ({from_body!r}) with different values",
                param=f"mesh.{option}",
            )
        value = from_body if from_body is not None else from_header
        if value is not None:
            raw[option] = value
    tenant = _tenant(raw.get("tenant"), principal, default_tenant)
    profile = raw.get("profile")
    if profile is not None and profile not in PROFILES:
        raise bad_request(
            f"profile must be one of {', '.join(PROFILES)}, got {profile!r}",
            param="mesh.profile",
        )
    return RoutingOptions(
        tenant=tenant,
        profile=profile,
        max_cost_usd=_positive(raw, "max_cost_usd"),
        max_latency_ms=_positive(raw, "max_latency_ms"),
        min_quality=_unit(raw, "min_quality"),
    )


def _same(value: Any) -> Any:
    """A value as compared for conflicts: numbers by value ("0.5" == 0.50), text stripped."""
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        return text


def _tenant(asked: Any, principal: Principal, default: str) -> str:
    if asked is None:
        return principal.tenant or default
    if not isinstance(asked, str) or not TENANT.match(asked):
        raise bad_request(
            "tenant must be 1-64 letters, digits, '.', '_' or '-'", param="mesh.tenant"
        )
    if principal.tenant is not None and asked != principal.tenant:
        raise ApiError(
            403,
            f"this token may only act for tenant {principal.tenant!r}",
            type="permission_error",
            code="tenant_not_allowed",
            param="mesh.tenant",
        )
    return asked


def _number(raw: Mapping[str, Any], key: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool):
        value = "not a number"
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise bad_request(
            f"{key} must be a number, got {value!r}", param=f"mesh.{key}"
        ) from None
    if not math.isfinite(number):
        raise bad_request(f"{key} must be finite", param=f"mesh.{key}")
    return number


def _positive(raw: Mapping[str, Any], key: str) -> float | None:
    number = _number(raw, key)
    if number is not None and number <= 0:
        raise bad_request(f"{key} must be greater than 0", param=f"mesh.{key}")
    return number


def _unit(raw: Mapping[str, Any], key: str) -> float | None:
    number = _number(raw, key)
    if number is not None and not 0.0 <= number <= 1.0:
        raise bad_request(f"{key} must be between 0 and 1", param=f"mesh.{key}")
    return number
