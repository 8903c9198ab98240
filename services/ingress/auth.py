"""Bearer-token authentication, optionally binding a token to one tenant.

`MESH_INGRESS_TOKENS="tok-a=acme-bank,tok-b"`: a token with `=tenant` may only act for that
tenant (its requests default to it, and naming another tenant is refused), so a leaked
application token cannot spend another tenant's budget; a bare token may name any tenant.
Tokens are compared in constant time and never logged or echoed.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from services.ingress.errors import ApiError
from services.mesh.errors import ConfigError


@dataclass(frozen=True)
class Principal:
    """Who is calling: the tenant the token is bound to (None: any tenant)."""

    tenant: str | None = None


ANONYMOUS = Principal()


class TokenAuth:
    """Checks `Authorization: Bearer <token>` against the configured tokens.

    With no tokens configured every caller is `ANONYMOUS` (auth off); with tokens, a missing
    or unknown token is a 401 — there is no fallback to open access.
    """

    def __init__(self, spec: str | None) -> None:
        """Parse `tok[=tenant],...`.

        Raises:
            ConfigError: an entry is empty or binds an empty tenant.
        """
        self._tokens: list[tuple[bytes, Principal]] = []
        if spec is None:
            return
        for n, item in enumerate(spec.split(","), 1):
            item = item.strip()
            if not item:
                continue
            token, sep, tenant = item.partition("=")
            token, tenant = token.strip(), tenant.strip()
            if not token or (sep and not tenant):
                raise ConfigError(
                    f"MESH_INGRESS_TOKENS entry #{n} is malformed: use token or token=tenant"
                )
            self._tokens.append((token.encode(), Principal(tenant or None)))
        if not self._tokens:
            raise ConfigError("MESH_INGRESS_TOKENS holds no token")

    @property
    def enabled(self) -> bool:
        return bool(self._tokens)

    def check(self, authorization: str | None) -> Principal:
        """The caller behind an `Authorization` header value.

        Raises:
            ApiError: 401 when auth is on and the header is missing, not Bearer, or unknown.
        """
        if not self._tokens:
            return ANONYMOUS
        scheme, _, presented = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            raise _unauthorized(
                "missing bearer token: send Authorization: Bearer <token>"
            )
        given = presented.strip().encode()
        found: Principal | None = None
        for token, principal in self._tokens:  # no early exit: time does not tell which
            if hmac.compare_digest(token, given):
                found = principal
        if found is None:
            raise _unauthorized("invalid bearer token")
        return found


def _unauthorized(message: str) -> ApiError:
    return ApiError(
        401,
        message,
        type="authentication_error",
        code="invalid_api_key",
        headers={"WWW-Authenticate": 'Bearer realm="llm-mesh"'},
    )
