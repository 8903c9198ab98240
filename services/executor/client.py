"""The one pooled HTTP client the executor shares across every model and task.

Measured on this project's machines (see the report in `llm-mesh bench executor`), the
default httpx connection pool is the bottleneck at high concurrency; the
`httpx-aiohttp` transport keeps the httpx API (requests, responses, timeouts, error
types) over aiohttp's connection pool. `trust_env` is off: a proxy from the environment
would silently route calls (and keys) elsewhere and bypass the chosen transport.
"""

from __future__ import annotations

from typing import Literal

import httpx
from httpx_aiohttp import AiohttpTransport

Transport = Literal["aiohttp", "httpx"]


def make_client(
    *,
    transport: Transport = "aiohttp",
    max_connections: int = 1024,
    keepalive_s: float = 30.0,
    timeout_s: float = 30.0,
) -> httpx.AsyncClient:
    """A pooled async client; `max_connections` bounds sockets across all models."""
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=keepalive_s,
    )
    timeout = httpx.Timeout(timeout_s)
    if transport == "aiohttp":
        return httpx.AsyncClient(
            transport=AiohttpTransport(limits=limits),
            timeout=timeout,
            trust_env=False,
        )
    return httpx.AsyncClient(limits=limits, timeout=timeout, trust_env=False)
