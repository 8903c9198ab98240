"""Tokens, language and tool cues."""

from __future__ import annotations

from services.intent.language import detect_language
from services.intent.tokens import estimate_output, estimate_tokens
from services.intent.tools import detect_tools


def test_token_estimates() -> None:
    assert estimate_tokens("") == 0
    assert 20 <= estimate_tokens("word " * 20) <= 30
    # unspaced scripts: about one token per character, not one per "word"
    assert (
        20
        <= estimate_tokens(
            "会議は来週の火曜日に延期されました。議事録を要約してください"
        )
        <= 40
    )
    assert 12 <= estimate_tokens("회의가 다음 주 화요일로 연기되었습니다") <= 30
    assert estimate_output("Summarize in 100 words", "summarize", "low", 900) == 135
    assert estimate_output("Print only a single choice. Answer:", "qa", "low", 50) == 3
    assert estimate_output("Translate it", "translate", "low", 100) == 120


def test_language() -> None:
    assert detect_language("Please summarise the attached report for me") == "en"
    assert (
        detect_language("Por favor, resume el informe de la reunión para el equipo")
        == "es"
    )
    assert (
        detect_language(
            "Bitte fassen Sie den Bericht für das Team zusammen und die Zahlen"
        )
        == "de"
    )
    assert detect_language("会議のメモを要約してください") == "ja"


def test_tools_evidence_names_the_cue() -> None:
    tools, evidence = detect_tools(
        "What does our expense policy say?", "", "qa", "finance"
    )
    assert tools == ("retrieval",)
    assert "our expense policy" in evidence[0]
