"""An OpenAI Chat Completions request body -> what the mesh needs: one text and options.

The mesh takes one text per request and splits it into tasks itself, so a conversation is
flattened in a fixed, documented way (`flatten`): the system/developer instructions first,
then the earlier turns labelled `User:` / `Assistant:`, then the final user message — which
must be last, because it is the ask. Parameters the mesh cannot honour are refused with a 400
naming the parameter (tools, n > 1, logprobs, non-text content or output) rather than
silently answered wrong; sampling knobs the router owns (temperature, max_tokens, ...) are
accepted, not applied, and listed back in the response's `mesh.ignored_params`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from services.ingress.errors import bad_request

MESH_MODELS = ("auto", "mesh")
"""`model` values that mean "let the mesh route each task"."""

INSTRUCTION_ROLES = ("system", "developer")
TURN_LABELS = {"user": "User", "assistant": "Assistant"}

ACCEPTED_NOT_APPLIED = frozenset(
    {
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "presence_penalty",
        "frequency_penalty",
        "seed",
        "logit_bias",
        "parallel_tool_calls",
        "metadata",
        "store",
        "service_tier",
        "reasoning_effort",
        "prediction",
    }
)
"""Known parameters the router decides for itself (documented as ignored)."""

HANDLED = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "user",
        "mesh",
        "n",
        "logprobs",
        "top_logprobs",
        "tools",
        "tool_choice",
        "functions",
        "function_call",
        "response_format",
        "modalities",
        "audio",
    }
)


@dataclass(frozen=True)
class ChatRequest:
    """The parts of a Chat Completions request the mesh uses."""

    text: str
    """The single request text (see `flatten`)."""
    prompt_chars: int
    """Characters of message content, for the usage estimate when token counts are missing."""
    stream: bool = False
    include_usage: bool = False
    user: str | None = None
    mesh: Mapping[str, Any] | None = None
    """The raw `mesh` extension object (routing options; validated by `routing`)."""
    ignored: tuple[str, ...] = ()


def parse_chat_request(body: Any) -> ChatRequest:
    """Validate a decoded JSON body and map it.

    Raises:
        ApiError: 400 naming the offending parameter when the shape is wrong or asks for
            something the mesh does not support.
    """
    if not isinstance(body, dict):
        raise bad_request("the request body must be a JSON object")
    _check_model(body.get("model"))
    _refuse_unsupported(body)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' must be a non-empty array", param="messages")
    turns = [_message(m, i) for i, m in enumerate(messages)]
    stream = _optional(body, "stream", bool, False)
    options = _optional(body, "stream_options", dict, None)
    include_usage = False
    if options is not None:
        include_usage = options.get("include_usage", False)
        if not isinstance(include_usage, bool):
            raise bad_request(
                "'stream_options.include_usage' must be a boolean",
                param="stream_options.include_usage",
            )
    user = _optional(body, "user", str, None)
    mesh = _optional(body, "mesh", dict, None)
    ignored = tuple(sorted(k for k in body if k not in HANDLED))
    return ChatRequest(
        text=flatten(turns),
        prompt_chars=sum(len(c) for _, c in turns),
        stream=stream,
        include_usage=include_usage,
        user=user,
        mesh=mesh,
        ignored=ignored,
    )


def flatten(turns: Sequence[tuple[str, str]]) -> str:
    """One request text from (role, content) turns, the final one being the user's ask.

    A lone user message is sent as it is. Otherwise: instructions (system/developer, in
    order, blank-line separated), then `Conversation so far:` with one `User:` /
    `Assistant:` line block per earlier turn, then the final user message on its own.
    """
    instructions = [c for r, c in turns if r in INSTRUCTION_ROLES and c.strip()]
    dialogue = [(r, c) for r, c in turns if r not in INSTRUCTION_ROLES]
    if not dialogue or dialogue[-1][0] != "user":
        raise bad_request(
            "the last non-system message must come from the user: it is the ask",
            param="messages",
        )
    *history, (_, ask) = dialogue
    if not ask.strip():
        raise bad_request("the final user message is empty", param="messages")
    parts = ["\n\n".join(instructions)] if instructions else []
    earlier = [f"{TURN_LABELS[r]}: {c}" for r, c in history if c.strip()]
    if earlier:
        parts.append("Conversation so far:\n" + "\n".join(earlier))
    parts.append(ask)
    return "\n\n".join(parts)


def _check_model(model: Any) -> None:
    if not isinstance(model, str) or not model:
        raise bad_request("'model' is required: use \"auto\"", param="model")
    if model not in MESH_MODELS:
        raise bad_request(
            f"model {model!r} cannot be pinned: the mesh routes each task to a model "
            'under policy. Use "auto" (or "mesh") and steer with X-Mesh-Profile / '
            "X-Mesh-Max-Cost-Usd / X-Mesh-Max-Latency-Ms / X-Mesh-Min-Quality or the "
            "'mesh' body object; GET /v1/models lists the fleet",
            param="model",
            code="model_not_supported",
        )


def _refuse_unsupported(body: Mapping[str, Any]) -> None:
    unsupported = "not supported by the mesh ingress (see docs/ingress.md)"
    for key in ("tools", "functions"):
        if body.get(key):
            raise bad_request(f"'{key}' (function calling) is {unsupported}", param=key)
    for key in ("tool_choice", "function_call"):
        if body.get(key) not in (None, "none"):
            raise bad_request(f"'{key}' is {unsupported}", param=key)
    n = body.get("n", 1)
    if n is not None and (isinstance(n, bool) or n != 1):
        raise bad_request(
            f"'n' must be 1: several choices are {unsupported}", param="n"
        )
    if body.get("logprobs") or body.get("top_logprobs"):
        key = "logprobs" if body.get("logprobs") else "top_logprobs"
        raise bad_request(f"'{key}' is {unsupported}", param=key)
    fmt = body.get("response_format")
    if fmt is not None and not (isinstance(fmt, dict) and fmt.get("type") == "text"):
        raise bad_request(
            f"'response_format' other than text (JSON mode, schemas) is {unsupported}",
            param="response_format",
        )
    modalities = body.get("modalities")
    if modalities not in (None, ["text"]) or body.get("audio") is not None:
        raise bad_request(
            f"audio output is {unsupported}: text only", param="modalities"
        )


def _message(message: Any, i: int) -> tuple[str, str]:
    where = f"messages[{i}]"
    if not isinstance(message, dict):
        raise bad_request(f"{where} must be an object", param=where)
    role = message.get("role")
    if role in ("tool", "function"):
        raise bad_request(
            f"{where}: role {role!r} (tool results) is not supported",
            param=f"{where}.role",
        )
    if role not in (*INSTRUCTION_ROLES, *TURN_LABELS):
        raise bad_request(
            f"{where}.role must be one of system, developer, user, assistant",
            param=f"{where}.role",
        )
    if message.get("tool_calls") or message.get("function_call"):
        raise bad_request(
            f"{where}: tool calls are not supported", param=f"{where}.tool_calls"
        )
    return role, _content(message.get("content"), f"{where}.content", role)


def _content(content: Any, where: str, role: str) -> str:
    if isinstance(content, str):
        return content
    if content is None and role == "assistant":
        return ""
    if not isinstance(content, list):
        raise bad_request(
            f"{where} must be a string or an array of text parts", param=where
        )
    texts = []
    for j, part in enumerate(content):
        if not isinstance(part, dict) or part.get("type") != "text":
            kind = part.get("type") if isinstance(part, dict) else type(part).__name__
            raise bad_request(
                f"{where}[{j}]: only text parts are supported, got {kind!r}",
                param=f"{where}[{j}]",
            )
        text = part.get("text")
        if not isinstance(text, str):
            raise bad_request(
                f"{where}[{j}].text must be a string", param=f"{where}[{j}].text"
            )
        texts.append(text)
    return "\n".join(texts)


def _optional(body: Mapping[str, Any], key: str, kind: type, default: Any) -> Any:
    value = body.get(key)
    if value is None:
        return default
    if not isinstance(value, kind):
        names = {bool: "a boolean", str: "a string", dict: "an object"}
        raise bad_request(
            f"'{key}' must be {names.get(kind, kind.__name__)}", param=key
        )
    return value
