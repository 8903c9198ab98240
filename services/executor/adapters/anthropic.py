"""Anthropic Messages API: system prompt apart, `x-api-key`, 529 for overload."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from services.executor.adapters.base import (
    ChatRequest,
    ChatResponse,
    StreamDelta,
    stream_via_complete,
)
from services.executor.adapters.http import (
    bad_shape,
    describe,
    parse_body,
    post_json,
    retry_after_seconds,
    status_error,
)
from services.executor.errors import ProviderError

API_VERSION = "2023-06-01"
_FINISH = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length"}
_FINISH["tool_use"] = "tool_calls"


class AnthropicAdapter:
    """`POST {endpoint}/messages` (endpoint like `https://host/v1`)."""

    provider = "anthropic"
    supports_tools = False

    def build(
        self, req: ChatRequest, api_key: str | None
    ) -> tuple[str, dict[str, str], dict[str, Any]]:
        """URL, headers and JSON body; system messages become the `system` field."""
        headers = {"anthropic-version": API_VERSION}
        headers["Idempotency-Key"] = req.idempotency_key
        if api_key:
            headers["x-api-key"] = api_key
        system = "\n\n".join(
            str(m.get("content") or "") for m in req.messages if m["role"] == "system"
        )
        body: dict[str, Any] = {
            "model": req.spec.provider_model,
            "max_tokens": req.max_tokens,
            "temperature": req.temperature,
            "messages": [
                {"role": m["role"], "content": str(m.get("content") or "")}
                for m in req.messages
                if m["role"] in ("user", "assistant")
            ],
        }
        if system:
            body["system"] = system
        return f"{req.spec.endpoint.rstrip('/')}/messages", headers, body

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
            try:
                err = json.loads(raw).get("error") or {}
                message, etype = str(err.get("message", "")), str(err.get("type", ""))
            except (ValueError, AttributeError):
                message, etype = raw[:200].decode(errors="replace"), ""
            raise status_error(
                status,
                message=describe(self.provider, name, status, message, api_key),
                retry_after_s=retry_after_seconds(resp_headers),
                auth=etype in ("authentication_error", "permission_error"),
                context="prompt is too long" in message,
            )
        data = parse_body(raw, status, self.provider, name)
        try:
            stop = str(data.get("stop_reason") or "end_turn")
            text = "".join(
                str(b.get("text", ""))
                for b in data["content"]
                if b.get("type") == "text"
            )
            usage = data.get("usage") or {}
            tin, tout = (
                int(usage.get("input_tokens", 0)),
                int(usage.get("output_tokens", 0)),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise bad_shape(self.provider, name, status, "no content list") from None
        if stop == "refusal":
            msg = f"{self.provider} model {name} refused (stop_reason refusal)"
            raise ProviderError("refused", msg, status_code=status)
        rec_cost, rec_ok = (
            data.get("mesh_recorded_cost_usd"),
            data.get("mesh_recorded_correct"),
        )
        return ChatResponse(
            text=text,
            finish_reason=_FINISH.get(stop, stop),
            tokens_in=tin,
            tokens_out=tout,
            status_code=status,
            ttft_ms=ttft,
            recorded_cost_usd=float(rec_cost) if rec_cost is not None else None,
            recorded_correct=float(rec_ok) if rec_ok is not None else None,
        )

    def stream(
        self, client: httpx.AsyncClient, req: ChatRequest, api_key: str | None
    ) -> AsyncIterator[StreamDelta]:
        """One-delta stream for now."""
        return stream_via_complete(self, client, req, api_key)
