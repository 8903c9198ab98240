"""The pure router: one task in, one explained `RouteDecision` out.

Filter (policy, capabilities, health, request limits), score what is left, then consider
an agreement cascade where the task's answers can be checked. Nothing here does I/O, so
the service, the benchmark and the tests run exactly the same code.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Mapping

from services.mesh.events import Candidate, RequestContext, RouteDecision, Task
from services.mesh.fleet import Fleet
from services.mesh.policy import PolicyEngine
from services.mesh.policy_rules import HardRule
from services.router import constraints as c
from services.router.cascade import RULE_ID as CASCADE_RULE
from services.router.cascade import CascadePlan, Option, plan_cascade
from services.router.features import answer_format, pair_segment
from services.router.params import generation_params
from services.router.profiles import Profile, get_profile
from services.router.quality import QualityModel
from services.router.record import (
    LOW_CONFIDENCE,
    VERIFY_UNAVAILABLE,
    DecisionParts,
    build_decision,
    no_route,
)
from services.router.scoring import score
from services.router.version import ROUTER_VERSION

LOW_CONFIDENCE_THRESHOLD = 0.5
LOW_CONFIDENCE_BOOST = 4.0
_CACHE_SIZE = 4096


class Router:
    """Routes tasks over a fleet under a policy, learning quality from feedback.

    Args:
        fleet: the models.
        policy: the shared policy engine (hard rules, risk tiers, tenant profiles).
        quality: learned quality; a fresh prior-only model when None.
        cascade: whether agreement cascades may be planned.
        tools_best_effort: when no model that passes policy and capacity offers the
            tools the analyzer asked for, route among the tool-less ones (firing
            `capability.tools.degraded`) instead of failing closed. Tool needs are
            inferred from cues ("recently", "how many"), so a closed question that
            merely mentions them is still answerable; policy is never relaxed.
    """

    def __init__(
        self,
        *,
        fleet: Fleet,
        policy: PolicyEngine,
        quality: QualityModel | None = None,
        cascade: bool = True,
        tools_best_effort: bool = True,
    ) -> None:
        self.fleet = fleet
        self.policy = policy
        self.quality = quality if quality is not None else QualityModel(fleet)
        self.cascade = cascade
        self.tools_best_effort = tools_best_effort
        self._plans: OrderedDict[tuple[object, ...], CascadePlan | None] = OrderedDict()

    def profile_for(self, tenant: str, context: RequestContext) -> Profile:
        """The request's profile, else the tenant's."""
        return get_profile(context.profile, self.policy.profile_for(tenant))

    def route(
        self,
        task: Task,
        *,
        tenant: str,
        context: RequestContext,
        health: Mapping[str, str] | None = None,
        profile: Profile | None = None,
    ) -> RouteDecision:
        """Choose a model (or a cascade) for `task`; see `record` for the fields."""
        prof = profile or self.profile_for(tenant, context)
        fired: list[str] = []
        if task.confidence and max(task.confidence.values()) < LOW_CONFIDENCE_THRESHOLD:
            prof = prof.with_value(prof.value_per_point * LOW_CONFIDENCE_BOOST)
            fired.append(LOW_CONFIDENCE)
        fmt = answer_format(task.text)
        seg = f"{task.intent}/{fmt}"
        rules = self.policy.hard_rules(tenant=tenant, task=task)
        candidates, options = self._options(task, seg, prof, rules, context, health)
        if not options and task.tools and self.tools_best_effort:
            bare = task.model_copy(update={"tools": ()})
            cands, opts = self._options(bare, seg, prof, rules, context, health)
            if opts:
                candidates, options = cands, opts
                fired.append(c.TOOLS_DEGRADED)
        params_task = task
        versions = (ROUTER_VERSION, self.policy.version, self.fleet.version)
        if not options:
            counts = Counter(x.excluded_by for x in candidates if x.excluded_by)
            blocking = [r for r, _ in counts.most_common()]
            return no_route(
                task, prof.name, candidates, [*blocking, *fired], versions,
                "no eligible model: "
                + ", ".join(f"{r} excluded {n}" for r, n in counts.most_common()),
            )  # fmt: skip
        ranked = sorted(options, key=lambda o: -o.score)
        verify_rule = self.policy.verification_required(tenant=tenant, task=task)
        plan = None
        if self.cascade and verify_rule is None:
            plan = self._plan(pair_segment(fmt), task, ranked, prof)
            if plan is not None and plan.score <= ranked[0].score:
                plan = None
        parts = DecisionParts(
            task=params_task,
            profile=prof,
            ranked=ranked,
            candidates=candidates,
            fired=fired,
            verify_rule=verify_rule,
            plan=plan,
            versions=versions,
        )
        if verify_rule is not None and not any(
            (o.spec.family or o.spec.name)
            != (ranked[0].spec.family or ranked[0].spec.name)
            for o in ranked
        ):
            return no_route(
                task, prof.name, candidates, [verify_rule, VERIFY_UNAVAILABLE, *fired],
                versions, f"{verify_rule} needs a verifier of another family; none eligible",
            )  # fmt: skip
        return build_decision(parts, generation_params)

    def _options(
        self,
        task: Task,
        seg: str,
        prof: Profile,
        rules: tuple[HardRule, ...],
        context: RequestContext,
        health: Mapping[str, str] | None,
    ) -> tuple[list[Candidate], list[Option]]:
        """Every model as a candidate (scored or excluded by a rule) and the eligible."""
        candidates: list[Candidate] = []
        options: list[Option] = []
        for m in self.fleet.models:
            ex = c.policy_exclusion(
                self.policy, rules, task, m
            ) or c.capability_exclusion(task, m, health)
            if ex is None:
                est = self.quality.estimate(m, task, seg)
                s = score(task, m, est, prof)
                ex = c.request_exclusion(context, s.quality, s.cost, s.latency_ms)
                if ex is None:
                    options.append(Option(m, s.quality, s.cost, s.latency_ms, s.total))
                    candidates.append(
                        Candidate(
                            model=m.name,
                            eligible=True,
                            score=round(s.total, 6),
                            quality=round(s.quality, 6),
                            cost_usd=s.cost,
                            latency_ms=round(s.latency_ms, 3),
                            risk=round(s.risk, 6),
                            reason=s.breakdown(prof),
                        )
                    )
                    continue
            candidates.append(
                Candidate(
                    model=m.name,
                    eligible=False,
                    excluded_by=ex.rule_id,
                    reason=ex.reason,
                )
            )
        return candidates, options

    def _plan(
        self, seg: str, task: Task, ranked: list[Option], prof: Profile
    ) -> CascadePlan | None:
        key = (
            seg, task.domain, task.complexity, task.input_tokens, task.output_tokens,
            prof.value_per_point, prof.latency, self.quality.events,
            tuple(o.spec.name for o in ranked),
        )  # fmt: skip
        if key in self._plans:
            self._plans.move_to_end(key)
            return self._plans[key]
        plan = plan_cascade(
            pairs=self.quality.pairs, seg=seg, options=ranked, profile=prof
        )
        self._plans[key] = plan
        if len(self._plans) > _CACHE_SIZE:
            self._plans.popitem(last=False)
        return plan


__all__ = ["CASCADE_RULE", "Router"]
