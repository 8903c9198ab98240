"""Output validation through the handler: PII leakage redacted or denied, blocked
terms, size, verifier verdicts (accept / escalate / deny), bounded escalation."""

from __future__ import annotations

from typing import Any

from services.mesh.events import (
    BudgetRequested,
    Event,
    TaskAdmitted,
    TaskDenied,
    TaskValidated,
    Verification,
)
from services.mesh.handler import Emit, MessageMeta
from tests.unit.governance import factories as f


def admit(h: Any, ev: Event) -> TaskAdmitted:
    out = list(h.handle(ev, MessageMeta("routes", 0, 0)))
    for e in list(out):
        if isinstance(e.event, BudgetRequested):
            out += h.handle(e.event, MessageMeta("budget", 0, 0))
    [adm] = [e.event for e in out if isinstance(e.event, TaskAdmitted)]
    return adm


def review(h: Any, adm: TaskAdmitted, **kw: Any) -> list[Emit]:
    return list(h.handle(f.executed_from(adm, **kw), MessageMeta("executions", 0, 0)))


def verdict(out: list[Emit]) -> Event:
    [v] = [e.event for e in out if e.topic == "verdicts"]
    return v


def test_clean_answer_is_validated() -> None:
    h = f.handler()
    v = verdict(review(h, admit(h, f.routed()), answer="Paris is the capital."))
    assert isinstance(v, TaskValidated)
    assert v.answer == "Paris is the capital." and not v.redacted
    assert "pii" in v.checks and "verifier" in v.checks


def test_leaked_pii_not_in_input_is_redacted() -> None:
    h = f.handler()
    adm = admit(h, f.routed())
    v = verdict(review(h, adm, answer="Write to john.smith@corp.example for more."))
    assert isinstance(v, TaskValidated) and v.redacted
    assert "john.smith" not in v.answer and "[REDACTED:EMAIL]" in v.answer


def test_leaked_pii_is_denied_when_redaction_is_off() -> None:
    h = f.handler(redact_output_pii=False)
    v = verdict(
        review(h, admit(h, f.routed()), answer="Card 4111 1111 1111 1111 works.")
    )
    assert isinstance(v, TaskDenied) and v.stage == "validation"
    assert v.rule_id in ("output-pii.default", "pii.not-in-input")


def test_input_pii_echoed_by_a_cleared_model_is_allowed() -> None:
    h = f.handler()
    t = f.pii_task(
        "Draft a reply to jane.doe@example.com", [("EMAIL", "jane.doe@example.com")]
    )
    adm = admit(h, f.routed(the_task=t, the_decision=f.decision("vault")))
    v = verdict(review(h, adm, answer="Dear jane.doe@example.com, thanks."))
    assert isinstance(v, TaskValidated) and not v.redacted


def test_blocked_term_in_answer_is_denied() -> None:
    h = f.handler()
    v = verdict(review(h, admit(h, f.routed()), answer="Here is the Password Dump."))
    assert isinstance(v, TaskDenied) and v.rule_id == "content.blocked-term"


def test_oversized_answer_is_denied() -> None:
    h = f.handler()
    v = verdict(review(h, admit(h, f.routed()), tokens_out=5000))
    assert isinstance(v, TaskDenied) and v.rule_id == "size.output-tokens"


def _verified(h: Any) -> TaskAdmitted:
    t = f.task(domain="finance")
    d = f.decision("big", ("eu", "small"), verifier="checker")
    return admit(h, f.routed(the_task=t, the_decision=d))


def test_verifier_accept_validates() -> None:
    h = f.handler()
    adm = _verified(h)
    v = verdict(review(h, adm, verdict="accept"))
    assert isinstance(v, TaskValidated)


def test_missing_verdict_denies_fail_closed() -> None:
    h = f.handler()
    v = verdict(review(h, _verified(h)))
    assert isinstance(v, TaskDenied) and v.rule_id == "verifier.missing-verdict"


def test_verifier_deny_denies() -> None:
    h = f.handler()
    v = verdict(review(h, _verified(h), verdict="deny"))
    assert isinstance(v, TaskDenied) and v.rule_id == "verifier.deny"


def test_escalation_redispatches_to_the_next_model_then_stops() -> None:
    h = f.handler(max_attempts=2)
    adm = _verified(h)
    out = review(h, adm, verdict="escalate")
    assert not [e for e in out if e.topic == "verdicts"]
    reqs = [e.event for e in out if isinstance(e.event, BudgetRequested)]
    assert reqs and reqs[0].attempt == 2 and reqs[0].decision.model == "eu"
    out2 = list(h.handle(reqs[0], MessageMeta("budget", 0, 1)))
    [adm2] = [e.event for e in out2 if isinstance(e.event, TaskAdmitted)]
    assert adm2.decision.model == "eu"
    assert any(
        r.startswith("governance.escalated:verifier.escalate")
        for r in adm2.decision.rules_fired
    )
    # second escalation: attempt bound reached → denied
    v = verdict(review(h, adm2, verdict="escalate"))
    assert isinstance(v, TaskDenied) and v.rule_id == "governance.escalation-exhausted"


def test_verdict_from_another_model_than_the_verifier_counts_as_missing() -> None:
    h = f.handler()
    v = verdict(review(h, _verified(h), verdict="accept", verifier_model="small"))
    assert isinstance(v, TaskDenied) and v.rule_id == "verifier.missing-verdict"


def test_cascade_escalated_by_the_executor_is_accepted() -> None:
    h = f.handler()
    adm = _verified(h)
    ev = f.executed_from(adm, model_name="eu")
    check = Verification(model="checker", mode="cascade", verdict="escalate",
                         agreement="dis", escalated_to="eu")  # fmt: skip
    ev = ev.model_copy(update={"verification": check})
    v = verdict(list(h.handle(ev, MessageMeta("executions", 0, 0))))
    assert isinstance(v, TaskValidated) and v.model == "eu"


def test_answer_from_a_non_compliant_model_is_denied() -> None:
    h = f.handler()
    adm = admit(h, f.routed())
    v = verdict(review(h, adm, model_name="banned"))
    assert isinstance(v, TaskDenied) and v.rule_id == "governance.unadmitted-model"


_NO_REDACT_POLICY = f.POLICY.replace(
    "  free:\n",
    "  strict:\n"
    "    output_pii: {id: output-pii.strict, allow_types: [PERSON], redact: false}\n"
    "  free:\n",
)


def test_a_tenant_whose_policy_forbids_redaction_gets_a_denial() -> None:
    """`output_pii.redact: false` in the policy: leaked PII denies the answer for that
    tenant only; other tenants keep the default (masking)."""
    pol = f.engine(_NO_REDACT_POLICY)
    assert not pol.output_pii_redact("strict")
    assert pol.output_pii_redact("acme") and pol.output_pii_redact("free")
    h = f.handler(policy=pol)
    leak = "Write to john.smith@example.org today."
    v = verdict(review(h, admit(h, f.routed("r1", tenant="strict")), answer=leak))
    assert isinstance(v, TaskDenied) and v.stage == "validation"
    assert v.rule_id in ("output-pii.strict", "pii.not-in-input")
    assert "john.smith" not in v.model_dump_json()
    v = verdict(review(h, admit(h, f.routed("r2", tenant="acme")), answer=leak))
    assert isinstance(v, TaskValidated) and v.redacted


def test_redact_falls_back_to_the_default_tenant() -> None:
    text = f.POLICY.replace(
        "cleared_clearance: restricted}",
        "cleared_clearance: restricted, redact: false}",
    ).replace(
        "  free:\n",
        "  lenient:\n    output_pii: {id: output-pii.lenient, redact: true}\n"
        "  own-types:\n    output_pii: {id: output-pii.own, allow_types: [EMAIL]}\n"
        "  free:\n",
    )
    pol = f.engine(text)
    assert not pol.output_pii_redact("acme")  # unknown tenant: the default's
    assert not pol.output_pii_redact("own-types")  # own block, redact unset
    assert pol.output_pii_redact("lenient")
