"""Admission: re-check a route against the policy in force before anything dispatches.

Governance is the second line: the router already filtered the fleet with the same
`PolicyEngine`, but the policy may have changed since, the router may be buggy or a
route may have been forged on the topic. Admission re-evaluates every model the route
would use — the choice, each executor fallback and the verifier — and:

* keeps the choice when it is compliant;
* otherwise re-routes to the first compliant model the route itself offered (its
  fallbacks, then its other eligible candidates by score) — governance never invents a
  model the router did not consider;
* strips non-compliant models from the fallback chain, so the executor's own fallback
  can never reach a forbidden model;
* replaces a non-compliant or missing (but required) verifier with a compliant one of
  another family, or denies.

It is a pure function that either returns an admitted decision or a denial; the handler
denies on any exception, so only what this module approves can reach `dispatch`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.mesh.events import RouteDecision, Task
from services.mesh.fleet import Fleet, ModelSpec
from services.mesh.policy import PolicyEngine, Violation

NO_MODEL = "route.no-eligible-model"
BLOCKED_PROMPT = "content.blocked-term"
UNKNOWN_MODEL = "fleet.unknown-model"
CONTEXT = "fleet.context-window"


@dataclass(frozen=True)
class Admission:
    """The outcome of admission: a compliant decision, or why there is none."""

    decision: RouteDecision | None
    rerouted_from: str | None = None
    rule_id: str = ""
    reason: str = ""
    rules_checked: tuple[str, ...] = ()
    rules_fired: tuple[str, ...] = ()
    rejected: tuple[tuple[str, str], ...] = ()  # (model, rule ids) found non-compliant

    @property
    def admitted(self) -> bool:
        return self.decision is not None


def blocked_term(text: str, terms: tuple[str, ...]) -> str | None:
    """The first blocked term in `text` (case-insensitive, whole words), if any."""
    for term in terms:
        if term and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            return term
    return None


def model_violations(
    policy: PolicyEngine, fleet: Fleet, *, tenant: str, task: Task, name: str
) -> list[Violation]:
    """Every reason `name` may not serve `task`: policy rules, absence, context size."""
    try:
        model = fleet.get(name)
    except KeyError:
        return [Violation(UNKNOWN_MODEL, f"{name} is not in the fleet")]
    found = list(policy.violations(tenant=tenant, task=task, model=model))
    if task.input_tokens > model.context_window:
        found.append(
            Violation(
                CONTEXT,
                f"{task.input_tokens} input tokens exceed "
                f"{name}'s window of {model.context_window}",
            )
        )
    return found


def preference(decision: RouteDecision) -> list[str]:
    """Models the route offers, best first: choice, fallbacks, other eligibles."""
    ranked = sorted(
        (c for c in decision.candidates if c.eligible),
        key=lambda c: -(c.score if c.score is not None else float("-inf")),
    )
    out: list[str] = []
    for name in (decision.model, *decision.fallbacks, *(c.model for c in ranked)):
        if name and name not in out:
            out.append(name)
    return out


def _family(model: ModelSpec) -> str:
    return model.family or model.vendor or model.name


def _no_model(decision: RouteDecision) -> Admission:
    """Deny an empty route, naming the rules that excluded the candidates.

    When every candidate was eligible (e.g. a risk tier found no verifier of another
    family), the router's own first rule says why.
    """
    rules = sorted({c.excluded_by for c in decision.candidates if c.excluded_by})
    if not rules and decision.rules_fired:
        rules = [decision.rules_fired[0]]
    why = "; ".join(
        f"{c.model}: {c.excluded_by} ({c.reason})"
        if c.reason
        else f"{c.model}: {c.excluded_by}"
        for c in decision.candidates
        if c.excluded_by
    )
    return Admission(
        None,
        rule_id=",".join(rules) or NO_MODEL,
        reason=f"no eligible model for this task: {why or decision.explanation}",
        rules_fired=tuple(rules),
    )


def admit(
    policy: PolicyEngine,
    fleet: Fleet,
    *,
    tenant: str,
    task: Task,
    decision: RouteDecision,
) -> Admission:
    """Admit, re-route or deny one route under the current policy (see module doc)."""
    checked = tuple(r.id for r in policy.hard_rules(tenant=tenant, task=task))
    if not decision.model:
        return _no_model(decision)
    term = blocked_term(task.text, policy.blocked_terms(tenant))
    if term is not None:
        return Admission(
            None,
            rule_id=BLOCKED_PROMPT,
            rules_checked=checked,
            reason=f"the task contains a blocked term ({term!r})",
            rules_fired=(BLOCKED_PROMPT,),
        )
    compliant: list[str] = []
    rejected: list[tuple[str, str]] = []
    fired: list[str] = []
    for name in preference(decision):
        found = model_violations(policy, fleet, tenant=tenant, task=task, name=name)
        if found:
            rejected.append((name, ",".join(v.rule_id for v in found)))
            fired.extend(v.rule_id for v in found if v.rule_id not in fired)
        else:
            compliant.append(name)
    if not compliant:
        first = model_violations(
            policy, fleet, tenant=tenant, task=task, name=decision.model
        )
        return Admission(
            None,
            rule_id=first[0].rule_id,
            rules_checked=checked,
            reason=f"{decision.model} may not serve this task "
            f"({first[0].reason}) and the route offers no compliant "
            "alternative",
            rules_fired=tuple(fired),
            rejected=tuple(rejected),
        )
    chosen = compliant[0]
    fallbacks = tuple(m for m in decision.fallbacks if m in compliant and m != chosen)
    verifier, vrule, vreason = _verifier(
        policy, fleet, tenant, task, decision, chosen, compliant
    )
    if vrule:
        return Admission(
            None,
            rule_id=vrule,
            reason=vreason,
            rules_checked=checked,
            rules_fired=(*fired, vrule),
            rejected=tuple(rejected),
        )
    gov_rules = tuple(f"governance.rerouted:{r}" for r in fired)
    admitted = decision.model_copy(
        update={
            "model": chosen,
            "fallbacks": fallbacks,
            "verifier": verifier,
            "rules_fired": (*decision.rules_fired, *gov_rules),
            "policy_version": policy.version,
        }
    )
    return Admission(
        admitted,
        rerouted_from=None if chosen == decision.model else decision.model,
        rules_checked=checked,
        rules_fired=tuple(fired),
        rejected=tuple(rejected),
    )


def _verifier(
    policy: PolicyEngine,
    fleet: Fleet,
    tenant: str,
    task: Task,
    decision: RouteDecision,
    chosen: str,
    compliant: list[str],
) -> tuple[str | None, str, str]:
    """(verifier, deny rule, reason): keep, replace or require a compliant verifier."""
    required = policy.verification_required(tenant=tenant, task=task)
    wanted = decision.verifier
    if wanted is None and required is None:
        return None, "", ""
    family = _family(fleet.get(chosen))
    options = [wanted] if wanted else []
    options += [m for m in compliant if m not in options]
    for name in options:
        if name == chosen or name is None:
            continue
        ok = not model_violations(policy, fleet, tenant=tenant, task=task, name=name)
        if ok and _family(fleet.get(name)) != family:
            return name, "", ""
    if required is None:  # a verifier the policy does not ask for: run without it
        return None, "", ""
    rule = required
    return (
        None,
        rule,
        (
            f"verification is required ({rule}) but no compliant model of "
            f"another family than {chosen} is available"
        ),
    )
