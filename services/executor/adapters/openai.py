"""OpenAI-compatible chat completions (OpenAI, vLLM, Ollama, llama.cpp, OpenRouter...).

The most widely cloned API, so it carries the tool loop: tools are offered in the
OpenAI `tools` format and `tool_calls` come back as neutral `ToolCall`s. It also streams
(`stream`, `complete_streamed`; see `openai_stream`), the way to a true time to first
token.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from services.executor.adapters.base import (
    ChatRequest,
    ChatResponse,
    StreamDelta,
    ToolCall,
)
from services.executor.adapters.http import (
    bad_shape,
    describe,
    error_detail,
    retry_after_seconds,
    status_error,
)
from services.executor.adapters.json_api import JsonApiAdapter, recorded
from services.executor.adapters.openai_stream import Assembly, Chunk, chunks
from services.executor.errors import ProviderError

_FINISH = {"stop": "stop", "length": "length", "tool_calls": "tool_calls"}
_FINISH["function_call"] = "tool_calls"


class OpenAIAdapter(JsonApiAdapter):
    """`POST {endpoint}/chat/completions` with a Bearer key."""

    provider = "openai"
    supports_tools = True

    def build(
        self, req: ChatRequest, api_key: str | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """URL, headers and JSON body for `req`."""
        headers = {"Idempotency-Key": req.idempotency_key}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        body: dict[str, Any] = {
            "model": req.spec.provider_model,
            "messages": [dict(m) for m in req.messages],
            "temperature": req.temperature,
            "max_tokens": req.max_tokens,
        }
        if req.tools:
            body["tools"] = [
                {
                    "type": "function",
                    "function": {
                        "name": t.name,
                        "description": t.description,
                        "parameters": dict(t.parameters),
                    },
                }
                for t in req.tools
            ]
        url = f"{req.spec.endpoint.rstrip('/')}/chat/completions"
        return url, headers, body

    def error(
        self,
        req: ChatRequest,
        api_key: str | None,
        status: int,
        resp_headers: Mapping[str, str],
        raw: bytes,
    ) -> ProviderError:
        """The taxonomy error for an HTTP error status and its body."""
        try:
            message, code = error_detail(json.loads(raw))
        except ValueError:
            message, code = raw[:200].decode(errors="replace"), ""
        return status_error(
            status,
            message=describe(self.provider, req.spec.name, status, message, api_key),
            retry_after_s=retry_after_seconds(resp_headers),
            auth=code == "invalid_api_key",
            context=code == "context_length_exceeded"
            or "maximum context length" in message,
            quota=code == "insufficient_quota",
        )

    def parse(
        self, data: Any, req: ChatRequest, status: int, ttft_ms: float
    ) -> ChatResponse:
        """Neutral response from a `chat.completion` object."""
        name = req.spec.name
        try:
            choice = data["choices"][0]
            message = choice["message"]
            finish = str(choice.get("finish_reason") or "stop")
            usage = data.get("usage") or {}
            calls = tuple(
                ToolCall(
                    str(c["id"]),
                    str(c["function"]["name"]),
                    str(c["function"].get("arguments") or "{}"),
                )
                for c in message.get("tool_calls") or ()
            )
            text = str(message.get("content") or "")
            tokens = (
                int(usage.get("prompt_tokens", 0)),
                int(usage.get("completion_tokens", 0)),
            )
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            raise bad_shape(
                self.provider, name, status, "no choices[0].message"
            ) from None
        if finish == "content_filter":
            msg = f"{self.provider} model {name} refused (finish_reason content_filter)"
            raise ProviderError("refused", msg, status_code=status)
        return ChatResponse(
            text=text,
            finish_reason=_FINISH.get(finish, finish),
            tokens_in=tokens[0],
            tokens_out=tokens[1],
            status_code=status,
            ttft_ms=ttft_ms,
            tool_calls=calls,
            recorded_cost_usd=recorded(data, "mesh_recorded_cost_usd"),
            recorded_correct=recorded(data, "mesh_recorded_correct"),
        )

    def _stream_chunks(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> AsyncIterator[Chunk]:
        url, headers, body = self.build(req, api_key)
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
        headers["Accept"] = "text/event-stream"

        def on_error(
            status: int, resp_headers: Mapping[str, str], raw: bytes
        ) -> ProviderError:
            return self.error(req, api_key, status, resp_headers, raw)

        return chunks(client, url, headers, body, req, api_key, on_error)

    async def stream(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> AsyncIterator[StreamDelta]:
        """The answer as it is decoded; the last delta has the finish reason and usage.

        Raises:
            ProviderError: as `complete`, also for a stream cut short.
        """
        acc = Assembly()
        async for chunk in self._stream_chunks(client, req, api_key):
            text = acc.add(chunk)
            if text:
                yield StreamDelta(text)
        resp = acc.response(req, _FINISH)
        yield StreamDelta("", resp.finish_reason, resp.tokens_in, resp.tokens_out)

    async def complete_streamed(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> ChatResponse:
        """Like `complete`, over a stream: `ttft_ms` is the first token's arrival."""
        acc = Assembly()
        async for chunk in self._stream_chunks(client, req, api_key):
            acc.add(chunk)
        return acc.response(req, _FINISH)
