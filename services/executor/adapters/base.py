"""What every provider adapter takes and returns, and the protocol it implements.

Adapters are stateless translators between one neutral request/response and a
provider's wire format; the pooled HTTP client, the API key and the timeout are handed
in per call, so one adapter instance serves every model of its provider. The protocol
has a `stream` method from the start so callers can move to token streaming without a
new interface; for now it yields the whole answer as one delta.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from services.mesh.fleet import ModelSpec

Message = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool offered to the model: name, description, JSON-schema parameters."""

    name: str
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ToolCall:
    """The model asks for a tool; `arguments` is the JSON text it produced."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One call: OpenAI-style messages plus generation parameters."""

    spec: ModelSpec
    messages: tuple[Message, ...]
    temperature: float
    max_tokens: int
    timeout_s: float
    idempotency_key: str
    tools: tuple[ToolSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class ChatResponse:
    """A successful answer in neutral form.

    `finish_reason` is normalised to stop, length or tool_calls (a refusal is raised as
    a `refused` error instead). `ttft_ms` is the time to the response headers: the first
    byte, for a non-streaming call.
    """

    text: str
    finish_reason: str
    tokens_in: int
    tokens_out: int
    status_code: int
    ttft_ms: float
    tool_calls: tuple[ToolCall, ...] = ()
    recorded_cost_usd: float | None = None
    recorded_correct: float | None = None


@dataclass(frozen=True, slots=True)
class StreamDelta:
    """A piece of a streamed answer; the last carries the finish reason and usage."""

    text: str
    finish_reason: str | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None


class ProviderAdapter(Protocol):
    """Speaks one provider's API. Raises `ProviderError` for every failure."""

    provider: str
    supports_tools: bool

    async def complete(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> ChatResponse:
        """Send the request and return the whole answer."""
        ...

    def stream(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> AsyncIterator[StreamDelta]:
        """Send the request and yield the answer as it is produced."""
        ...


async def stream_via_complete(
    adapter: ProviderAdapter,
    client: httpx.AsyncClient,
    req: ChatRequest,
    api_key: str | None,
) -> AsyncIterator[StreamDelta]:
    """A one-delta stream built on `complete`, until an adapter streams natively."""
    resp = await adapter.complete(client, req, api_key)
    yield StreamDelta(resp.text, resp.finish_reason, resp.tokens_in, resp.tokens_out)
