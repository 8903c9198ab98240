"""Anthropic Messages API: system prompt apart, `x-api-key`, 529 for overload."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from services.executor.adapters.base import (
    ChatRequest,
    ChatResponse,
)
from services.executor.adapters.http import (
    bad_shape,
    describe,
    retry_after_seconds,
    status_error,
)
from services.executor.adapters.json_api import JsonApiAdapter, recorded
from services.executor.errors import ProviderError

API_VERSION = "2023-06-01"
_FINISH = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length"}
_FINISH["tool_use"] = "tool_calls"


class AnthropicAdapter(JsonApiAdapter):
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
            err = json.loads(raw).get("error") or {}
            message, etype = str(err.get("message", "")), str(err.get("type", ""))
        except (ValueError, AttributeError):
            message, etype = raw[:200].decode(errors="replace"), ""
        return status_error(
            status,
            message=describe(self.provider, req.spec.name, status, message, api_key),
            retry_after_s=retry_after_seconds(resp_headers),
            auth=etype in ("authentication_error", "permission_error"),
            context="prompt is too long" in message,
        )

    def parse(
        self, data: Any, req: ChatRequest, status: int, ttft_ms: float
    ) -> ChatResponse:
        """Neutral response from a Messages API answer."""
        name = req.spec.name
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
        return ChatResponse(
            text=text,
            finish_reason=_FINISH.get(stop, stop),
            tokens_in=tin,
            tokens_out=tout,
            status_code=status,
            ttft_ms=ttft_ms,
            recorded_cost_usd=recorded(data, "mesh_recorded_cost_usd"),
            recorded_correct=recorded(data, "mesh_recorded_correct"),
        )
