"""The fleet's streamed reply: pieces join back to the answer; deltas follow OpenAI."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.fleet.shapes import Answer, Ask
from services.fleet.streaming import MAX_PIECES, deltas, pieces

ASK = Ask("m", [], "hi", "", False, None)


@given(st.text())
def test_pieces_join_back_and_are_few(text: str) -> None:
    out = pieces(text)
    assert "".join(out) == text
    assert len(out) <= MAX_PIECES


def test_first_delta_carries_the_role_and_tool_calls_come_whole() -> None:
    text = deltas(ASK, Answer("one two three", "stop", 3, 3))
    assert text[0]["role"] == "assistant"
    assert "".join(d["content"] for d in text) == "one two three"
    call = deltas(
        ASK, Answer("", "tool_calls", 3, 3, ("call_1", '{"expression":"1+1"}'))
    )
    assert call == [
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "calculator",
                        "arguments": '{"expression":"1+1"}',
                    },
                }
            ],
        }
    ]
    assert deltas(ASK, Answer("", "content_filter", 3, 0)) == [
        {"role": "assistant", "content": ""}
    ]
