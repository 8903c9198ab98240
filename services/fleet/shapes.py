"""The three wire shapes the fleet speaks: OpenAI chat, Anthropic Messages, Gemini.

Every shape turns its request into one neutral `Ask`, and renders one neutral `Answer`
or failure back in that provider's exact format (status codes, error bodies, finish
reasons), so each client adapter is tested against what the real provider would send.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from services.fleet.recorded import Outcome

Failure = Literal["status", "context_length", "auth", "invalid"]


class ShapeError(ValueError):
    """The request body is not a valid request of this shape."""


@dataclass(frozen=True, slots=True)
class Ask:
    """A request, whatever its shape: OpenAI-style messages and what was offered."""

    model: str
    messages: list[dict[str, Any]]
    last_user: str
    api_key: str
    offers_calculator: bool
    tool_result: str | None


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply, whatever its shape. `finish` is stop, tool_calls or content_filter."""

    text: str
    finish: str
    tokens_in: int
    tokens_out: int
    tool_call: tuple[str, str] | None = None
    recorded: Outcome | None = None


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _masked(key: str) -> str:
    return f"{key[:3]}{'*' * 8}{key[-4:]}" if len(key) > 8 else "***"


def _finish_ask(
    model: Any, messages: list[dict[str, Any]], key: str, calc: bool
) -> Ask:
    if not isinstance(model, str) or not model:
        raise ShapeError("'model' is required")
    last_user, tool_result = "", None
    for m in messages:
        if m.get("role") == "user":
            last_user, tool_result = _text(m.get("content")), None
        elif m.get("role") == "tool":
            tool_result = _text(m.get("content"))
    return Ask(model, messages, last_user, key, calc, tool_result)


class OpenAIShape:
    """`POST /v1/chat/completions`."""

    auth_status = 401
    overloaded_status = 503

    def parse(
        self, body: Any, headers: Mapping[str, str], path_model: str | None
    ) -> Ask:
        """Read model, messages, key and offered tools."""
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            raise ShapeError("'messages' must be a list")
        tools = body.get("tools") or []
        calc = any(
            isinstance(t, dict)
            and (t.get("function") or {}).get("name") == "calculator"
            for t in tools
        )
        key = headers.get("Authorization", "").removeprefix("Bearer ").strip()
        return _finish_ask(body.get("model"), body["messages"], key, calc)

    def success(self, ask: Ask, ans: Answer) -> dict[str, Any]:
        """A `chat.completion` object, with the recorded cost/correctness if any."""
        message: dict[str, Any] = {"role": "assistant", "content": ans.text}
        if ans.tool_call is not None:
            call_id, args = ans.tool_call
            message["content"] = None
            message["tool_calls"] = [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": "calculator", "arguments": args},
                }
            ]
        out: dict[str, Any] = {
            "id": f"chatcmpl-{time.monotonic_ns():x}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": ask.model,
            "choices": [{"index": 0, "message": message, "finish_reason": ans.finish}],
            "usage": {
                "prompt_tokens": ans.tokens_in,
                "completion_tokens": ans.tokens_out,
                "total_tokens": ans.tokens_in + ans.tokens_out,
            },
        }
        if ans.recorded is not None:
            out["mesh_recorded_cost_usd"] = ans.recorded.cost_usd
            out["mesh_recorded_correct"] = ans.recorded.correct
        return out

    def failure(self, kind: Failure, status: int, ask: Ask | None) -> dict[str, Any]:
        """OpenAI's `{"error": {message, type, param, code}}`."""
        err: dict[str, Any] = {"param": None, "code": None}
        if kind == "auth":
            key = _masked(ask.api_key) if ask else "***"
            msg = f"Incorrect API key provided: {key}."
            err.update(type="invalid_request_error", code="invalid_api_key")
        elif kind == "context_length":
            n = ask and len(ask.messages)
            msg = (
                "This model's maximum context length is 8192 tokens. However, your "
                f"messages ({n}) resulted in more tokens. Please reduce the length."
            )
            err.update(type="invalid_request_error", param="messages")
            err["code"] = "context_length_exceeded"
        elif kind == "invalid" or (status < 500 and status != 429):
            msg, err["type"] = "Invalid request.", "invalid_request_error"
        elif status == 429:
            msg = "Rate limit reached for requests. Please try again later."
            err.update(type="requests", code="rate_limit_exceeded")
        elif status == 500:
            msg = "The server had an error while processing your request. Sorry!"
            err["type"] = "server_error"
        else:
            msg = "The engine is currently overloaded, please try again later."
            err["type"] = "server_error"
        err["message"] = msg
        return {"error": err}


_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
    529: "overloaded_error",
}


class AnthropicShape:
    """`POST /v1/messages`."""

    auth_status = 401
    overloaded_status = 529

    def parse(
        self, body: Any, headers: Mapping[str, str], path_model: str | None
    ) -> Ask:
        """Read model, system + messages (as OpenAI-style messages) and the key."""
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            raise ShapeError("messages: field required")
        msgs = (
            [{"role": "system", "content": _text(body["system"])}]
            if body.get("system")
            else []
        )
        msgs += [
            {"role": str(m.get("role")), "content": _text(m.get("content"))}
            for m in body["messages"]
            if isinstance(m, dict)
        ]
        return _finish_ask(body.get("model"), msgs, headers.get("x-api-key", ""), False)

    def success(self, ask: Ask, ans: Answer) -> dict[str, Any]:
        """A `message` object; a refusal is `stop_reason: refusal` with no content."""
        refused = ans.finish == "content_filter"
        out: dict[str, Any] = {
            "id": f"msg_{time.monotonic_ns():x}",
            "type": "message",
            "role": "assistant",
            "model": ask.model,
            "content": [] if refused else [{"type": "text", "text": ans.text}],
            "stop_reason": "refusal" if refused else "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": ans.tokens_in, "output_tokens": ans.tokens_out},
        }
        if ans.recorded is not None:
            out["mesh_recorded_cost_usd"] = ans.recorded.cost_usd
            out["mesh_recorded_correct"] = ans.recorded.correct
        return out

    def failure(self, kind: Failure, status: int, ask: Ask | None) -> dict[str, Any]:
        """Anthropic's `{"type": "error", "error": {type, message}}`."""
        if kind == "auth":
            etype, msg = "authentication_error", "invalid x-api-key"
        elif kind == "context_length":
            etype, msg = (
                "invalid_request_error",
                "prompt is too long: 9000 tokens > 8192",
            )
        else:
            etype = _ANTHROPIC_TYPES.get(status, "api_error")
            msg = {429: "Rate limited.", 529: "Overloaded"}.get(
                status, "Internal error"
            )
        return {"type": "error", "error": {"type": etype, "message": msg}}


_GOOGLE_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}


class GeminiShape:
    """`POST /v1beta/models/{model}:generateContent`."""

    auth_status = 400
    overloaded_status = 503

    def parse(
        self, body: Any, headers: Mapping[str, str], path_model: str | None
    ) -> Ask:
        """Read contents (+ systemInstruction) as messages; the model from the path."""
        if not isinstance(body, dict) or not isinstance(body.get("contents"), list):
            raise ShapeError("contents: must be a list")
        msgs = []
        if isinstance(body.get("systemInstruction"), dict):
            sys_text = _text(body["systemInstruction"].get("parts"))
            msgs.append({"role": "system", "content": sys_text})
        for c in body["contents"]:
            if isinstance(c, dict):
                role = "assistant" if c.get("role") == "model" else "user"
                msgs.append({"role": role, "content": _text(c.get("parts"))})
        key = headers.get("x-goog-api-key", "")
        return _finish_ask(path_model, msgs, key, False)

    def success(self, ask: Ask, ans: Answer) -> dict[str, Any]:
        """A `GenerateContentResponse`; a refusal is `finishReason: SAFETY`."""
        cand: dict[str, Any] = {"index": 0, "finishReason": "STOP"}
        if ans.finish == "content_filter":
            cand["finishReason"] = "SAFETY"
            cand["safetyRatings"] = [
                {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH"}
            ]
        else:
            cand["content"] = {"role": "model", "parts": [{"text": ans.text}]}
        out: dict[str, Any] = {
            "candidates": [cand],
            "usageMetadata": {
                "promptTokenCount": ans.tokens_in,
                "candidatesTokenCount": ans.tokens_out,
                "totalTokenCount": ans.tokens_in + ans.tokens_out,
            },
            "modelVersion": ask.model,
        }
        if ans.recorded is not None:
            out["mesh_recorded_cost_usd"] = ans.recorded.cost_usd
            out["mesh_recorded_correct"] = ans.recorded.correct
        return out

    def failure(self, kind: Failure, status: int, ask: Ask | None) -> dict[str, Any]:
        """Google's `{"error": {code, message, status, details}}`; bad key is 400."""
        details: list[dict[str, Any]] = []
        if kind == "auth":
            msg = "API key not valid. Please pass a valid API key."
            details.append(
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "API_KEY_INVALID",
                    "domain": "googleapis.com",
                }
            )
        elif kind == "context_length":
            msg = (
                "The input token count (9000) exceeds the maximum number of tokens "
                "allowed (8192)."
            )
        else:
            msg = {
                429: "Resource has been exhausted (e.g. check quota).",
                503: "The model is overloaded. Please try again later.",
            }.get(status, "An internal error has occurred.")
        return {
            "error": {
                "code": status,
                "message": msg,
                "status": _GOOGLE_STATUS.get(status, "UNKNOWN"),
                "details": details,
            }
        }


def retry_info(seconds: str) -> dict[str, Any]:
    """Google's RetryInfo detail: Gemini's "retry after" (it sends no header)."""
    return {
        "@type": "type.googleapis.com/google.rpc.RetryInfo",
        "retryDelay": f"{seconds}s",
    }


def encode(body: dict[str, Any]) -> bytes:
    """Compact JSON bytes."""
    return json.dumps(body, separators=(",", ":")).encode()
