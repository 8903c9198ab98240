"""A mesh result -> an OpenAI Chat Completion (whole, or as stream chunks).

The standard fields are filled from the result (`model` names the model or models that
answered, joined by `+`, since the mesh may send each task to a different one), and a `mesh`
object carries what only the mesh knows — the request id to `llm-mesh explain`, each task's
model, status and cost, the trace id — so the caller can audit any answer it got.
"""

from __future__ import annotations

import json
from typing import Any

from services.ingress.usage import Usage
from services.mesh.events import RequestCompleted

OBJECT = "chat.completion"
CHUNK_OBJECT = "chat.completion.chunk"
CHUNK_CHARS = 256
"""Content characters per stream chunk: the mesh has the whole answer at once, so it is
cut into pieces small enough for a client's incremental rendering."""


def completion_id(request_id: str) -> str:
    """The OpenAI id of a request: the mesh request id, recognisably prefixed."""
    return f"chatcmpl-{request_id}"


def model_label(result: RequestCompleted) -> str:
    """The model(s) that answered, in task order without repeats; `auto` if none did."""
    names: list[str] = []
    for task in result.tasks:
        if task.status == "completed" and task.model and task.model not in names:
            names.append(task.model)
    return "+".join(names) or "auto"


def mesh_extension(
    result: RequestCompleted,
    *,
    trace_id: str | None,
    usage: Usage,
    ignored: tuple[str, ...] = (),
) -> dict[str, Any]:
    """What the mesh adds to the OpenAI response."""
    rid = result.request_id
    return {
        "request_id": rid,
        "status": result.status,
        "tenant": result.envelope.tenant,
        "trace_id": trace_id,
        "total_cost_usd": result.total_cost_usd,
        "latency_ms": round(result.latency_ms, 1),
        "tasks": [
            {
                "index": t.index,
                "intent": t.intent,
                "status": t.status,
                "model": t.model,
                "cost_usd": t.cost_usd,
                "latency_ms": round(t.latency_ms, 1),
            }
            for t in result.tasks
        ],
        "usage_source": usage.source,
        "ignored_params": list(ignored),
        "explain": f"llm-mesh explain {rid}",
    }


def completion_body(
    result: RequestCompleted,
    *,
    created: int,
    usage: Usage,
    finish_reason: str = "stop",
    trace_id: str | None = None,
    ignored: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The non-streaming response."""
    return {
        "id": completion_id(result.request_id),
        "object": OBJECT,
        "created": created,
        "model": model_label(result),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": result.answer},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": usage.as_openai(),
        "mesh": mesh_extension(result, trace_id=trace_id, usage=usage, ignored=ignored),
    }


def chunk(
    request_id: str,
    *,
    created: int,
    model: str,
    delta: dict[str, Any],
    finish_reason: str | None = None,
) -> dict[str, Any]:
    """One `chat.completion.chunk` with a single choice."""
    return {
        "id": completion_id(request_id),
        "object": CHUNK_OBJECT,
        "created": created,
        "model": model,
        "choices": [
            {
                "index": 0,
                "delta": delta,
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
    }


def role_chunk(request_id: str, *, created: int) -> dict[str, Any]:
    """The opening chunk, sent as soon as the stream starts (before the answer exists)."""
    return chunk(
        request_id,
        created=created,
        model="auto",
        delta={"role": "assistant", "content": ""},
    )


def answer_chunks(
    result: RequestCompleted,
    *,
    created: int,
    usage: Usage,
    finish_reason: str = "stop",
    trace_id: str | None = None,
    ignored: tuple[str, ...] = (),
    include_usage: bool = False,
) -> list[dict[str, Any]]:
    """The content chunks, then the finishing chunk (carrying `mesh`), then usage if asked.

    As in OpenAI's format, the usage chunk (`stream_options.include_usage`) has an empty
    `choices` list; the `mesh` object rides on the finishing chunk.
    """
    rid = result.request_id
    model = model_label(result)
    text = result.answer
    out = [
        chunk(
            rid,
            created=created,
            model=model,
            delta={"content": text[i : i + CHUNK_CHARS]},
        )
        for i in range(0, len(text), CHUNK_CHARS)
    ]
    last = chunk(
        rid, created=created, model=model, delta={}, finish_reason=finish_reason
    )
    last["mesh"] = mesh_extension(
        result, trace_id=trace_id, usage=usage, ignored=ignored
    )
    out.append(last)
    if include_usage:
        tail = chunk(rid, created=created, model=model, delta={})
        tail["choices"] = []
        tail["usage"] = usage.as_openai()
        out.append(tail)
    return out


def sse(data: dict[str, Any] | str) -> bytes:
    """One Server-Sent Event `data:` line (JSON, or a literal such as `[DONE]`)."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"data: {payload}\n\n".encode()


KEEPALIVE = b": keep-alive\n\n"
"""An SSE comment: keeps proxies from closing an idle stream, ignored by clients."""
DONE = sse("[DONE]")
