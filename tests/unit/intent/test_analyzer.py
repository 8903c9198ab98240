"""End-to-end analysis: API shape, labels, sensitivity, tools, speed."""

from __future__ import annotations

import time

import pytest

from services.intent.analyzer import Analyzer, PiiFinding, RequestAnalysis, TaskAnalysis


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_loads_fast() -> None:
    start = time.perf_counter()
    Analyzer()
    assert time.perf_counter() - start < 1.0  # ~30 ms locally; slack for CI


def test_issue_example(analyzer: Analyzer) -> None:
    text = (
        "Draft a policy on remote access, calculate the impact on our budget if 340 seats "
        "cost $12 each, and summarise the citations below:\n\n[1] NIST SP 800-46 recommends "
        "MFA for telework. Contact jane.doe@example.com."
    )
    result = analyzer.analyze(text)
    assert isinstance(result, RequestAnalysis)
    assert [t.intent for t in result.tasks] == ["draft", "math", "summarize"]
    assert [t.index for t in result.tasks] == [0, 1, 2]
    assert "calculator" in result.tasks[1].tools
    summary = result.tasks[2]
    assert summary.context.startswith("[1] NIST")
    assert [f.type for f in summary.pii] == ["EMAIL"]
    assert summary.sensitivity == "confidential"
    assert result.sensitivity == "confidential"
    f = result.pii[0]
    assert text[f.start : f.end] == f.text == "jane.doe@example.com"


def test_task_fields_and_explainability(analyzer: Analyzer) -> None:
    task = analyzer.analyze(
        "Translate this contract clause into German: 'The Licensee "
        "may not sublicense the Software.'"
    ).tasks[0]
    assert isinstance(task, TaskAnalysis)
    assert task.intent == "translate"
    assert task.domain == "legal"
    assert task.complexity in ("low", "medium", "high")
    assert 0 <= task.reasoning_depth <= 3
    assert set(task.confidence) == {"intent", "domain", "complexity", "sensitivity"}
    assert all(0.0 <= v <= 1.0 for v in task.confidence.values())
    assert task.evidence["intent"]  # the words that decided it
    assert task.input_tokens > 0 and task.output_tokens > 0
    assert task.language == "en"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Charge card 4111 1111 1111 1111 and write a receipt email", "restricted"),
        ("My SSN is 123-45-6789, draft a letter to the IRS", "restricted"),
        ("Email john.smith@acme-corp.io a reminder about the offsite", "confidential"),
        ("Write a haiku about autumn", "public"),
    ],
)
def test_sensitivity_floor_from_pii(analyzer: Analyzer, text: str, level: str) -> None:
    assert analyzer.analyze(text).sensitivity == level


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Summarize the meeting notes below:\n\nWe agreed to ship on Friday.",
            "summarize",
        ),
        ("Write a Python function to check whether a number is prime", "code"),
        ("What is the capital of Australia?", "qa"),
        ("Solve for x: 3x + 5 = 20", "math"),
        ("Write a poem about the sea", "creative"),
        (
            "Is this review positive or negative? 'Terrible service, never again.'",
            "sentiment",
        ),
        (
            "Extract all dates from the text below:\n\nKickoff 3 March, launch 30 May.",
            "extract",
        ),
        (
            "Classify these tickets as billing or technical:\n1. I was charged twice",
            "classify",
        ),
        ("hello, how are you?", "chat"),
    ],
)
def test_intents(analyzer: Analyzer, text: str, intent: str) -> None:
    assert analyzer.analyze(text).tasks[0].intent == intent


def test_tools(analyzer: Analyzer) -> None:
    def tools(text: str) -> tuple[str, ...]:
        return analyzer.analyze(text).tasks[0].tools

    assert "retrieval" in tools(
        "According to our travel policy, can I expense a minibar?"
    )
    assert "browsing" in tools("What is the latest EUR/USD exchange rate?")
    assert "code_execution" in tools(
        "Run this snippet and tell me what it prints: print(1+1)"
    )
    assert "calculator" in tools(
        "Compute the monthly payment on a $300,000 loan at 5% over 30 years"
    )


def test_routerbench_style_prompts(analyzer: Analyzer) -> None:
    mcq = ("Which instrument measures air pressure?\nA) thermometer\nB) barometer\n"
           "C) anemometer\nD) hygrometer\nPrint only a single choice from \"A\" or \"B\" or "
           "\"C\" or \"D\" without explanation.\nAnswer:")  # fmt: skip
    wino = ("Please answer with the letter of the correct answer.\n\nKim lent money to Lee "
            "because _ was short on rent.\nA) Kim\nB) Lee\nPrint only a single choice from "
            "\"A\" or \"B\" without explanation. Answer:")  # fmt: skip
    mbpp = "Write a python function to find the second largest number in a list."
    (q,) = analyzer.analyze(f"{mcq}\nB\n\n{mcq}").tasks
    assert q.intent in ("qa", "reasoning") and q.output_tokens <= 5
    (w,) = analyzer.analyze(wino).tasks
    assert w.intent == "reasoning"
    (c,) = analyzer.analyze(mbpp).tasks
    assert c.intent == "code"


def test_pii_findings_are_shared_type(analyzer: Analyzer) -> None:
    result = analyzer.analyze("call +65 9123 4567")
    assert all(isinstance(f, PiiFinding) for f in result.pii)


def test_empty_request_still_has_a_task(analyzer: Analyzer) -> None:
    assert len(analyzer.analyze("").tasks) == 1
