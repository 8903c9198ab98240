"""Output validation: may an answer go back to the client, as is, masked, or not at all?

Checks, each naming a rule id in the verdict:

* verifier verdict, when the route planned a verifier: `accept` passes, `escalate`
  asks for the next model, `deny` denies; a planned verifier with no verdict denies
  (fail closed: an unverified answer to a high-risk task must not slip through);
* provider content filter and empty answers (escalate: another model may answer);
* size: characters, and tokens beyond the route's `max_tokens`;
* blocked terms of the tenant (deny);
* PII: every finding in the answer must be of a type the policy lets this model emit
  AND must have been in the task's input (same type and value, normalised); anything
  else is leakage (from the model's memory, or hallucinated personal data). It is
  masked when the tenant's policy allows redaction (`output_pii.redact`, default
  true), else the answer is denied.

The strongest action wins: deny > escalate > redact > accept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from services.governance.admission import blocked_term
from services.mesh.events import Task
from services.mesh.fleet import ModelSpec
from services.mesh.policy import PolicyEngine

Action = Literal["accept", "redact", "escalate", "deny"]
_RANK: dict[Action, int] = {"accept": 0, "redact": 1, "escalate": 2, "deny": 3}
VERDICTS = ("accept", "escalate", "deny")


class Finding(Protocol):
    """What a PII detector reports (`services.intent.pii.PiiFinding`)."""

    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


Detector = Callable[[str], Sequence[Finding]]


@dataclass(frozen=True)
class Issue:
    """One failed check: its rule, why, and what it asks governance to do."""

    rule_id: str
    reason: str
    action: Action


@dataclass(frozen=True)
class Outcome:
    """The verdict on an answer: the action, the (maybe masked) answer, checks run."""

    action: Action
    answer: str
    checks: tuple[str, ...]
    issues: tuple[Issue, ...] = ()

    @property
    def rule_id(self) -> str:
        top = self._top()
        return top.rule_id if top else ""

    @property
    def reason(self) -> str:
        top = self._top()
        return top.reason if top else ""

    def _top(self) -> Issue | None:
        worst = [i for i in self.issues if i.action == self.action]
        return worst[0] if worst else None


def _norm(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).lower()


def input_pii(task: Task, detect: Detector) -> set[tuple[str, str]]:
    """(type, normalised value) of the PII the task's input contained."""
    found: set[tuple[str, str]] = set()
    for span in task.pii:
        if 0 <= span.start < span.end <= len(task.text):
            found.add((span.type, _norm(task.text[span.start : span.end])))
    for text in (task.text, task.context):
        if text:
            found.update((f.type, _norm(text[f.start : f.end])) for f in detect(text))
    return found


def redact(answer: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end, type) span with `[REDACTED:TYPE]`."""
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        if start < pos:
            continue
        out.append(answer[pos:start])
        out.append(f"[REDACTED:{kind}]")
        pos = end
    out.append(answer[pos:])
    return "".join(out)


def _verifier_issue(verifier: str | None, verdict: str | None) -> Issue | None:
    if verifier is None:
        return None
    if verdict is None:
        return Issue(
            "verifier.missing-verdict",
            f"the route required verification by {verifier} but no verdict came back",
            "deny",
        )
    if verdict == "escalate":
        return Issue(
            "verifier.escalate", f"{verifier} asked for a stronger model", "escalate"
        )
    if verdict == "deny":
        return Issue("verifier.deny", f"{verifier} rejected the answer", "deny")
    if verdict != "accept":
        return Issue("verifier.unknown-verdict", f"unknown verdict {verdict!r}", "deny")
    return None


def validate(
    policy: PolicyEngine,
    *,
    tenant: str,
    task: Task,
    model: ModelSpec,
    answer: str,
    tokens_out: int,
    max_tokens: int,
    finish_reason: str = "stop",
    verifier: str | None = None,
    verdict: str | None = None,
    redaction_allowed: bool = True,
    detect: Detector,
    max_chars: int = 200_000,
) -> Outcome:
    """Validate one answer (see the module doc for the checks and their order)."""
    checks = ["verifier", "content", "size", "blocked-terms", "pii"]
    issues: list[Issue] = []
    v = _verifier_issue(verifier, verdict)
    if v:
        issues.append(v)
    if finish_reason == "content_filter":
        issues.append(
            Issue(
                "content.provider-filter",
                "the provider filtered the answer",
                "escalate",
            )
        )
    if not answer.strip():
        issues.append(
            Issue("content.empty", "the model returned no answer", "escalate")
        )
    if len(answer) > max_chars:
        issues.append(
            Issue(
                "size.output-chars",
                f"answer of {len(answer)} characters exceeds {max_chars}",
                "deny",
            )
        )
    if max_tokens > 0 and tokens_out > max_tokens * 1.05 + 8:
        issues.append(
            Issue(
                "size.output-tokens",
                f"{tokens_out} output tokens exceed max_tokens {max_tokens}",
                "deny",
            )
        )
    term = blocked_term(answer, policy.blocked_terms(tenant))
    if term is not None:
        issues.append(
            Issue(
                "content.blocked-term",
                f"the answer contains a blocked term ({term!r})",
                "deny",
            )
        )
    leaks = _pii_leaks(
        policy, tenant=tenant, task=task, model=model, answer=answer, detect=detect
    )
    masked = answer
    if leaks:
        kinds = sorted({k for _, _, k, _ in leaks})
        rules = sorted({r for _, _, _, r in leaks})
        issues.append(
            Issue(
                rules[0],
                f"answer discloses personal data not allowed here: {', '.join(kinds)}",
                "redact" if redaction_allowed else "deny",
            )
        )
        masked = redact(answer, [(s, e, k) for s, e, k, _ in leaks])
    action: Action = max(
        (i.action for i in issues), key=_RANK.__getitem__, default="accept"
    )
    return Outcome(
        action, masked if action == "redact" else answer, tuple(checks), tuple(issues)
    )


def _pii_leaks(
    policy: PolicyEngine,
    *,
    tenant: str,
    task: Task,
    model: ModelSpec,
    answer: str,
    detect: Detector,
) -> list[tuple[int, int, str, str]]:
    """(start, end, type, rule) of every PII finding the answer may not contain."""
    seen = input_pii(task, detect)
    out: list[tuple[int, int, str, str]] = []
    for f in detect(answer):
        value = (f.type, _norm(answer[f.start : f.end]))
        if not policy.output_pii_allowed(tenant=tenant, model=model, pii_type=f.type):
            out.append((f.start, f.end, f.type, policy.output_pii_rule(tenant)))
        elif value not in seen:
            out.append((f.start, f.end, f.type, "pii.not-in-input"))
    return out
