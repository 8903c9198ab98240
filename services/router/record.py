"""The decision record: the choice, its fallbacks and verifier, and why.

Field meanings (what the executor and governance act on):

- `model`: call this first. `""` means no route: governance denies the task (fail
  closed) with `rules_fired[0]`, the rule that blocked the most models or the risk tier
  that could not be met.
- `verifier`: a model of another family that answers the same task. With the rule
  `router.cascade.agreement` in `rules_fired`, this is the cascade's second cheap model:
  if its normalised answer agrees with `model`'s in an accepted state (listed in
  `cascade_accept`, e.g. `("A", "B")`; `dis` = accept the primary even on
  disagreement) the primary's answer stands,
  otherwise escalate to `fallbacks[0]` and use its answer (`cascade.resolve`).
  Without the cascade rule, the verifier was asked for
  by a risk-tier rule (also in `rules_fired`): it checks the primary's answer and
  disagreement escalates to `fallbacks[0]` or denies.
- `fallbacks`: on failure (errors, failed validation) try these in order; `fallbacks[0]`
  is the escalation target (stronger) where one exists, the rest spread over vendors.
- `candidates`: every model of the fleet, with its score breakdown or exclusion rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from services.mesh.events import Candidate, GenerationParams, RouteDecision, Task
from services.mesh.fleet import ModelSpec
from services.router.cascade import RULE_ID as CASCADE_RULE
from services.router.cascade import CascadePlan, Option
from services.router.params import generation_params
from services.router.profiles import Profile

LOW_CONFIDENCE = "router.escalate.low_confidence"
VERIFY_UNAVAILABLE = "router.verify.unavailable"
MAX_FALLBACKS = 3


@dataclass(frozen=True)
class DecisionParts:
    """Everything `build_decision` needs, gathered by the router."""

    task: Task
    profile: Profile
    ranked: list[Option]
    candidates: list[Candidate]
    fired: list[str]
    verify_rule: str | None
    plan: CascadePlan | None
    versions: tuple[str, str, str]


def _family(m: ModelSpec) -> str:
    return m.family or m.name


def _vendor(m: ModelSpec) -> str:
    return m.vendor or m.provider


def fallbacks(ranked: Sequence[Option], primary: Option, skip: set[str]) -> list[str]:
    """Escalation target first (the strongest model better than the primary), then the
    best-scored models spread over vendors other than those already chosen."""
    pool = [o for o in ranked if o.spec.name not in skip and o is not primary]
    out: list[Option] = []
    stronger = [o for o in pool if o.quality > primary.quality]
    if stronger:
        out.append(max(stronger, key=lambda o: o.quality))
    vendors = {_vendor(primary.spec), *(_vendor(o.spec) for o in out)}
    for o in pool:
        if len(out) >= MAX_FALLBACKS:
            break
        if o not in out and _vendor(o.spec) not in vendors:
            out.append(o)
            vendors.add(_vendor(o.spec))
    for o in pool:
        if len(out) >= MAX_FALLBACKS:
            break
        if o not in out:
            out.append(o)
    return [o.spec.name for o in out]


def _why(a: Option, b: Option | None) -> str:
    if b is None:
        return f"{a.spec.name}: the only eligible model (score {a.score:.4f})"
    return (
        f"{a.spec.name} over {b.spec.name}: score {a.score:.4f} vs {b.score:.4f} "
        f"(quality {a.quality:.3f} vs {b.quality:.3f}, cost ${a.cost:.6f} vs "
        f"${b.cost:.6f}, latency {a.latency_ms:.0f} vs {b.latency_ms:.0f} ms)"
    )


def _mark(cands: list[Candidate], roles: dict[str, str]) -> tuple[Candidate, ...]:
    out = []
    for cand in cands:
        role = roles.get(cand.model)
        out.append(
            cand.model_copy(update={"reason": f"[{role}] {cand.reason}"})
            if role
            else cand
        )
    return tuple(out)


def build_decision(
    parts: DecisionParts,
    params_for: Callable[
        [Task, ModelSpec | None], GenerationParams
    ] = generation_params,
) -> RouteDecision:
    """Assemble the RouteDecision for a routable task."""
    ranked, plan = parts.ranked, parts.plan
    by_name = {o.spec.name: o for o in ranked}
    fired = list(parts.fired)
    accept: tuple[str, ...] = ()
    if plan is not None:
        primary = by_name[plan.first]
        verifier: str | None = plan.second
        rest = fallbacks(ranked, primary, {plan.second, plan.escalate_to})
        chain = [plan.escalate_to, *rest[: MAX_FALLBACKS - 1]]
        fired.append(CASCADE_RULE)
        accept = plan.accept
        best = ranked[0]
        explanation = (
            f"{plan.describe()}; chosen over single best {best.spec.name} "
            f"(cascade score {plan.score:.4f} vs {best.score:.4f})"
        )
    else:
        primary = ranked[0]
        verifier = None
        if parts.verify_rule is not None:
            fired.append(parts.verify_rule)
            verifier = next(
                o.spec.name for o in ranked if _family(o.spec) != _family(primary.spec)
            )
        chain = fallbacks(ranked, primary, {verifier} if verifier else set())
        runner_up = ranked[1] if len(ranked) > 1 else None
        explanation = _why(primary, runner_up)
        if verifier:
            explanation += f"; verified by {verifier} ({parts.verify_rule})"
    if LOW_CONFIDENCE in fired:
        explanation += "; intent confidence low, so quality was weighted up"
    roles = {primary.spec.name: "primary"}
    if verifier:
        roles[verifier] = "cascade-second" if plan else "verifier"
    for i, n in enumerate(chain):
        roles.setdefault(n, "escalation" if i == 0 and plan else f"fallback-{i + 1}")
    router_v, policy_v, fleet_v = parts.versions
    return RouteDecision(
        model=primary.spec.name,
        fallbacks=tuple(chain),
        verifier=verifier,
        params=params_for(parts.task, primary.spec),
        profile=parts.profile.name,
        candidates=_mark(parts.candidates, roles),
        explanation=explanation,
        rules_fired=tuple(dict.fromkeys(fired)),
        router_version=router_v,
        policy_version=policy_v,
        fleet_version=fleet_v,
        cascade_accept=accept,
    )


def no_route(
    task: Task,
    profile: str,
    candidates: list[Candidate],
    fired: list[str],
    versions: tuple[str, str, str],
    explanation: str,
) -> RouteDecision:
    """A decision with `model=""`: governance denies it with `rules_fired[0]`."""
    router_v, policy_v, fleet_v = versions
    return RouteDecision(
        model="",
        fallbacks=(),
        verifier=None,
        params=generation_params(task, None),
        profile=profile,
        candidates=tuple(candidates),
        explanation=explanation,
        rules_fired=tuple(dict.fromkeys(fired)),
        router_version=router_v,
        policy_version=policy_v,
        fleet_version=fleet_v,
    )
