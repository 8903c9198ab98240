"""The shape every JSON-over-HTTP provider call shares: build, post, map errors, parse.

Each provider differs only in how it builds the request, how its error bodies map onto the
taxonomy, and how its answer is shaped; the call itself (timeouts, TTFT, key hygiene) is
the same, so it lives here once and the adapters fill in the three differences.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from services.executor.adapters.base import (
    ChatRequest,
    ChatResponse,
    StreamDelta,
    stream_via_complete,
)
from services.executor.adapters.http import parse_body, post_json
from services.executor.errors import ProviderError


def recorded(data: Any, key: str) -> float | None:
    """A `mesh_recorded_*` figure the local fleet adds to recorded answers, if any."""
    value = data.get(key) if isinstance(data, dict) else None
    return float(value) if value is not None else None


class JsonApiAdapter(ABC):
    """A provider reached by one JSON POST per call."""

    provider: str
    supports_tools: bool = False

    @abstractmethod
    def build(
        self, req: ChatRequest, api_key: str | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """URL, headers (with the key and the idempotency key) and JSON body."""

    @abstractmethod
    def error(
        self,
        req: ChatRequest,
        api_key: str | None,
        status: int,
        resp_headers: Mapping[str, str],
        raw: bytes,
    ) -> ProviderError:
        """The taxonomy error for an HTTP error status and its body (no secrets)."""

    @abstractmethod
    def parse(
        self, data: Any, req: ChatRequest, status: int, ttft_ms: float
    ) -> ChatResponse:
        """The neutral response (raises `ProviderError` for refusals and bad shapes)."""

    async def complete(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> ChatResponse:
        """Call the model once."""
        url, headers, body = self.build(req, api_key)
        name = req.spec.name
        status, resp_headers, raw, ttft = await post_json(
            client,
            url,
            headers=headers,
            body=body,
            timeout_s=req.timeout_s,
            provider=self.provider,
            model=name,
            api_key=api_key,
        )
        if status >= 400:
            raise self.error(req, api_key, status, resp_headers, raw)
        return self.parse(
            parse_body(raw, status, self.provider, name), req, status, ttft
        )

    def stream(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> AsyncIterator[StreamDelta]:
        """One-delta stream until the provider's native streaming is implemented."""
        return stream_via_complete(self, client, req, api_key)
