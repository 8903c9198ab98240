"""The ingress's pure mapping: OpenAI request -> mesh request, mesh result -> HTTP answer."""

from __future__ import annotations

import json

import pytest

from services.ingress.auth import ANONYMOUS, Principal, TokenAuth
from services.ingress.chat_request import flatten, parse_chat_request
from services.ingress.errors import ApiError
from services.ingress.replies import Outcome, answer
from services.ingress.responses import CHUNK_CHARS, answer_chunks, model_label, sse
from services.ingress.routing import routing_options
from services.ingress.settings import IngressSettings
from services.ingress.statuses import denial_error, rejection_error
from services.ingress.submission import to_submission
from services.ingress.usage import UsageTally
from services.mesh.errors import ConfigError
from tests.unit.ingress.factories import (
    RID,
    completed,
    denied,
    executed,
    rejected,
    task,
)


def body(**extra):
    return {"model": "auto", "messages": [{"role": "user", "content": "Hi?"}], **extra}


# ------------------------------------------------------------------ messages -> text


def test_a_lone_user_message_is_the_text():
    assert parse_chat_request(body()).text == "Hi?"


def test_a_conversation_is_instructions_then_history_then_the_ask():
    chat = parse_chat_request(
        body(
            messages=[
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "Capital of France?"},
                {"role": "assistant", "content": "Paris."},
                {"role": "developer", "content": "Answer in English."},
                {"role": "user", "content": [{"type": "text", "text": "And Spain?"}]},
            ]
        )
    )
    assert chat.text == (
        "Be brief.\n\nAnswer in English.\n\n"
        "Conversation so far:\nUser: Capital of France?\nAssistant: Paris.\n\n"
        "And Spain?"
    )


@pytest.mark.parametrize(
    ("turns", "param"),
    [
        ([("user", "a"), ("assistant", "b")], "messages"),  # the ask must be last
        ([("system", "only instructions")], "messages"),
        ([("user", "   ")], "messages"),
    ],
)
def test_a_conversation_without_a_final_ask_is_refused(turns, param):
    with pytest.raises(ApiError) as e:
        flatten(turns)
    assert e.value.status == 400 and e.value.param == param


@pytest.mark.parametrize(
    ("bad", "param"),
    [
        ([], None),  # not an object
        ({"messages": []}, "messages"),
        ({"messages": "hello"}, "messages"),
        ({"model": "gpt-4o"}, "model"),
        ({"model": None}, "model"),
        ({"tools": [{"type": "function"}]}, "tools"),
        ({"tool_choice": "auto"}, "tool_choice"),
        ({"n": 2}, "n"),
        ({"logprobs": True}, "logprobs"),
        ({"response_format": {"type": "json_object"}}, "response_format"),
        ({"stream": "yes"}, "stream"),
        ({"user": 42}, "user"),
        ({"mesh": "cost"}, "mesh"),
        ({"messages": [{"role": "tool", "content": "42"}]}, "messages[0].role"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": 7}]}, "messages[0].content"),
        (
            {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]},
            "messages[0].content[0]",
        ),
    ],
)
def test_wrong_shapes_and_unsupported_features_are_400_naming_the_parameter(bad, param):
    payload = bad if isinstance(bad, list) else body(**bad)
    with pytest.raises(ApiError) as e:
        parse_chat_request(payload)
    assert e.value.status == 400
    assert e.value.param == param
    assert e.value.body()["error"]["type"] == "invalid_request_error"


def test_sampling_knobs_are_accepted_but_reported_as_ignored():
    chat = parse_chat_request(body(temperature=0.1, max_tokens=5, n=1, stream=True))
    assert chat.ignored == ("max_tokens", "temperature")
    assert chat.stream is True


# ------------------------------------------------------------------ routing options


def test_options_come_from_headers_or_the_mesh_object():
    opts = routing_options(
        {"X-Mesh-Tenant": "acme-bank", "X-Mesh-Max-Cost-Usd": "0.02"},
        {"profile": "cost", "min_quality": 0.7},
        principal=ANONYMOUS,
        default_tenant="default",
    )
    assert (opts.tenant, opts.profile, opts.max_cost_usd, opts.min_quality) == (
        "acme-bank",
        "cost",
        0.02,
        0.7,
    )
    assert (
        routing_options({}, None, principal=ANONYMOUS, default_tenant="d").tenant == "d"
    )


@pytest.mark.parametrize(
    ("headers", "mesh"),
    [
        ({"X-Mesh-Profile": "cheapest"}, None),
        ({"X-Mesh-Max-Cost-Usd": "lots"}, None),
        ({}, {"max_latency_ms": -5}),
        ({}, {"min_quality": 1.5}),
        ({}, {"tenant": "../etc"}),
        ({}, {"colour": "blue"}),
        ({"X-Mesh-Profile": "cost"}, {"profile": "quality"}),  # conflicting
    ],
)
def test_bad_routing_options_are_400(headers, mesh):
    with pytest.raises(ApiError) as e:
        routing_options(headers, mesh, principal=ANONYMOUS, default_tenant="d")
    assert e.value.status == 400


def test_the_same_option_given_both_ways_is_not_a_conflict():
    opts = routing_options(
        {"X-Mesh-Max-Cost-Usd": "0.50"},
        {"max_cost_usd": 0.5},
        principal=ANONYMOUS,
        default_tenant="d",
    )
    assert opts.max_cost_usd == 0.5


def test_a_token_bound_to_a_tenant_cannot_act_for_another():
    bound = Principal(tenant="acme-bank")
    assert routing_options({}, None, principal=bound, default_tenant="d").tenant == (
        "acme-bank"
    )
    with pytest.raises(ApiError) as e:
        routing_options(
            {"X-Mesh-Tenant": "other"}, None, principal=bound, default_tenant="d"
        )
    assert e.value.status == 403


def test_the_submission_carries_text_tenant_user_and_limits():
    chat = parse_chat_request(body(user="u-7"))
    opts = routing_options(
        {"X-Mesh-Profile": "latency"}, None, principal=ANONYMOUS, default_tenant="t1"
    )
    event = to_submission(chat, opts, request_id="r-9")
    assert event.request_id == "r-9" and event.envelope.tenant == "t1"
    assert event.text == "Hi?" and event.context.user == "u-7"
    assert event.context.profile == "latency"
    assert event.metadata["source"] == "ingress"


# ------------------------------------------------------------------ results -> responses


def test_a_completed_result_becomes_an_openai_completion():
    tally = UsageTally()
    event = executed(tokens=(11, 7))
    tally.add(event)
    tally.add(event)  # redelivered (same event id): counted once
    chat = parse_chat_request(body())
    out = answer(Outcome(completed(), tally), chat, trace_id="ab" * 16)
    assert out["id"] == f"chatcmpl-{RID}" and out["object"] == "chat.completion"
    assert out["model"] == "sim-fast-open"
    assert out["choices"][0]["message"] == {"role": "assistant", "content": "Paris."}
    assert out["choices"][0]["finish_reason"] == "stop"
    assert out["usage"] == {
        "prompt_tokens": 11,
        "completion_tokens": 7,
        "total_tokens": 18,
    }
    mesh = out["mesh"]
    assert mesh["request_id"] == RID and mesh["trace_id"] == "ab" * 16
    assert mesh["tasks"][0]["model"] == "sim-fast-open"
    assert mesh["usage_source"] == "executions"
    json.dumps(out)  # serialisable as is


def test_usage_is_estimated_and_says_so_when_executions_were_not_seen():
    out = answer(
        Outcome(completed(), UsageTally()), parse_chat_request(body()), trace_id=None
    )
    assert out["mesh"]["usage_source"] == "estimate"
    assert out["usage"]["completion_tokens"] == 2  # "Paris." ~ 6 chars


def test_a_length_cut_answer_finishes_with_length():
    tally = UsageTally()
    tally.add(executed(finish="length"))
    out = answer(Outcome(completed(), tally), parse_chat_request(body()), trace_id=None)
    assert out["choices"][0]["finish_reason"] == "length"


def test_model_names_every_model_that_answered():
    result = completed(task(0, model="a"), task(1, model="b"), task(2, model="a"))
    assert model_label(result) == "a+b"
    assert model_label(completed(denied(0, "pii.cleared-models-only"))) == "auto"


def test_stream_chunks_carry_the_whole_answer_then_finish_then_usage():
    text = "x" * (CHUNK_CHARS * 2 + 5)
    chunks = answer_chunks(
        completed(task(answer=text), answer=text),
        created=1,
        usage=UsageTally().usage(completed(), 3),
        include_usage=True,
    )
    pieces = [c["choices"][0]["delta"].get("content", "") for c in chunks[:-1]]
    assert "".join(pieces) == text and len(chunks) == 5
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop" and "mesh" in chunks[-2]
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] >= 1
    assert (
        sse(chunks[0]).startswith(b"data: {") and sse("[DONE]") == b"data: [DONE]\n\n"
    )


# ------------------------------------------------------------------ refusals -> statuses


@pytest.mark.parametrize(
    ("tasks", "status", "code"),
    [
        ((denied(0, "pii.cleared-models-only"),), 403, "pii.cleared-models-only"),
        ((denied(0, "content.blocked-term", stage="validation"),), 403, None),
        ((denied(0, "budget.default"),), 402, "budget.default"),
        ((denied(0, "budget.default"), denied(1, "acme.residency.eu")), 403, None),
        ((denied(0, "budget.ledger-unavailable"),), 503, "budget.ledger-unavailable"),
        ((denied(0, "execution.failed", stage="execution"),), 502, "execution_failed"),
    ],
)
def test_a_result_with_no_answered_task_is_an_error(tasks, status, code):
    error = denial_error(completed(*tasks))
    assert error is not None and error.status == status
    if code:
        assert error.code == code
    assert error.body()["error"]["mesh_request_id"] == RID
    assert "the reason" in error.message or status == 502


def test_a_partly_answered_result_is_still_an_answer():
    assert denial_error(completed(task(0), denied(1, "budget.default"))) is None


@pytest.mark.parametrize(
    ("code", "status"),
    [("invalid_request", 400), ("malformed_event", 400), ("processing_failed", 502)],
)
def test_rejections_map_to_bad_input_or_a_mesh_failure(code, status):
    error = rejection_error(rejected(code))
    assert error.status == status and error.code == code
    assert "empty" in error.message


# ------------------------------------------------------------------ auth and settings


def test_tokens_are_checked_and_fail_closed():
    auth = TokenAuth("tok-a=acme-bank, tok-b")
    assert auth.check("Bearer tok-a") == Principal("acme-bank")
    assert auth.check("bearer tok-b") == Principal(None)
    for bad in (None, "", "Bearer", "Basic tok-a", "Bearer tok-c"):
        with pytest.raises(ApiError) as e:
            auth.check(bad)
        assert e.value.status == 401 and "tok-" not in e.value.message
    assert TokenAuth(None).check(None) is ANONYMOUS


def test_a_blank_token_setting_refuses_to_start(monkeypatch):
    monkeypatch.setenv("MESH_INGRESS_TOKENS", " , ")
    with pytest.raises(ConfigError):
        IngressSettings.from_env()
    with pytest.raises(ConfigError):
        TokenAuth("=acme")
    monkeypatch.setenv("MESH_INGRESS_TOKENS", "s3cret")
    settings = IngressSettings.from_env()
    assert "s3cret" not in repr(settings)
