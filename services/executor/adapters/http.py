"""The HTTP exchange shared by all adapters, and the provider-neutral error mapping.

One place turns transport failures into `timeout` or `connection`, parses retry hints,
and builds error messages with secrets removed, so the three adapters only describe
their own request and response bodies.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any

import aiohttp
import httpx

from services.executor.errors import ErrorKind, ProviderError, redact

_MAX_DETAIL = 200


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """`retry-after-ms` or `Retry-After` (seconds or an HTTP date), in seconds."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value else None
        return None if when is None else max(0.0, when.timestamp() - time.time())


def _transport_kind(exc: BaseException) -> ErrorKind:
    # httpx-aiohttp maps every aiohttp ClientConnectionError (server disconnected,
    # connection reset) to httpx.ConnectTimeout; look at the cause to tell them apart.
    cause = exc.__cause__
    if isinstance(cause, aiohttp.ClientError):
        return "timeout" if isinstance(cause, asyncio.TimeoutError) else "connection"
    return "timeout" if isinstance(exc, httpx.TimeoutException) else "connection"


def describe(
    provider: str, model: str, status: int, detail: str, api_key: str | None
) -> str:
    """`HTTP 429 from openai model m: <provider message>`, secrets removed."""
    clean = redact(" ".join(detail.split())[:_MAX_DETAIL], [api_key])
    return f"HTTP {status} from {provider} model {model}: {clean}"


async def post_json(
    client: httpx.AsyncClient,
    url: str,
    *,
    headers: dict[str, str],
    body: dict[str, Any],
    timeout_s: float,
    provider: str,
    model: str,
    api_key: str | None,
) -> tuple[int, Mapping[str, str], bytes, float]:
    """POST `body`; return status, headers, raw body and ms to the response headers.

    Raises:
        ProviderError: `timeout` or `connection` when no complete response arrived.
    """
    start = time.perf_counter()
    try:
        async with client.stream(
            "POST", url, json=body, headers=headers, timeout=timeout_s
        ) as resp:
            ttft_ms = (time.perf_counter() - start) * 1000.0
            raw = await resp.aread()
    except TRANSPORT_ERRORS as e:
        raise transport_error(e, provider, model, api_key) from None
    return resp.status_code, resp.headers, raw, ttft_ms


TRANSPORT_ERRORS = (httpx.HTTPError, aiohttp.ClientError, OSError)


def transport_error(
    exc: BaseException, provider: str, model: str, api_key: str | None
) -> ProviderError:
    """`timeout` or `connection`: no complete response arrived (secrets removed)."""
    kind = _transport_kind(exc)
    orig = exc.__cause__ if isinstance(exc.__cause__, aiohttp.ClientError) else exc
    detail = redact(f"{type(orig).__name__}: {orig}", [api_key])[:_MAX_DETAIL]
    return ProviderError(kind, f"{kind} calling {provider} model {model}: {detail}")


def parse_body(raw: bytes, status: int, provider: str, model: str) -> Any:
    """The JSON document in `raw`.

    Raises:
        ProviderError: `bad_response` (retryable) if it is not valid JSON.
    """
    try:
        return json.loads(raw)
    except ValueError:
        msg = (
            f"invalid JSON from {provider} model {model} "
            f"(HTTP {status}, {len(raw)} bytes)"
        )
        raise ProviderError("bad_response", msg, status_code=status) from None


def status_error(
    status: int,
    *,
    message: str,
    retry_after_s: float | None = None,
    auth: bool = False,
    context: bool = False,
    quota: bool = False,
) -> ProviderError:
    """Map an HTTP error status (plus what the body said) to the taxonomy."""
    if auth or status in (401, 403):
        return ProviderError("auth", message, status_code=status)
    if context:
        return ProviderError("context_length", message, status_code=status)
    if status == 429:
        return ProviderError(
            "rate_limited",
            message,
            status_code=status,
            retry_after_s=retry_after_s,
            retryable=not quota,
        )
    if status == 408:
        return ProviderError("timeout", message, status_code=status)
    if status >= 500 or status == 409:
        return ProviderError(
            "overloaded", message, status_code=status, retry_after_s=retry_after_s
        )
    # Any other 4xx: the request itself is wrong; the same bytes will fail again.
    return ProviderError("bad_response", message, status_code=status, retryable=False)


def bad_shape(provider: str, model: str, status: int, what: str) -> ProviderError:
    """A 2xx response whose JSON lacks what the API promises (retryable)."""
    msg = f"unexpected response from {provider} model {model}: {what}"
    return ProviderError("bad_response", msg, status_code=status)


def error_detail(data: Any) -> tuple[str, str]:
    """(message, code/type) from the common `{"error": {...}}` shapes, if present."""
    err = data.get("error") if isinstance(data, dict) else None
    if not isinstance(err, dict):
        return "", ""
    code = err.get("code") or err.get("type") or err.get("status") or ""
    return str(err.get("message", "")), str(code)
