"""The router's handler: what the shared Kafka runner calls for each input event.

Inputs and outputs:

- `RequestAnalyzed` (topic `intents`) -> one `Emit("routes", TaskRouted)` per task, in
  task order. Fail closed: when no model is eligible (or a risk tier's verifier cannot be
  found) the TaskRouted is still emitted, with `decision.model == ""`, every candidate's
  `excluded_by` (or the unmet rule) recorded, and the blocking rule id in
  `decision.rules_fired[0]`; governance turns it into a TaskDenied naming that rule. A
  task is never silently dropped and never routed around the policy.
- `FeedbackRecorded` (topic `feedback`) -> folded into the quality model; emits nothing.
  The model is a pure fold over the stream, so replaying the topic rebuilds it exactly.
- `ModelHealthChanged` (topic `model-health`) -> updates the health view; models whose
  circuit is `open` are excluded with `health.circuit_open`. Emits nothing.

Redelivery is harmless: routing is a pure function of the event and the learned state.
"""

from __future__ import annotations

from services.mesh.events import (
    Event,
    FeedbackRecorded,
    ModelHealthChanged,
    RequestAnalyzed,
    TaskRouted,
    answer_to,
)
from services.mesh.fleet import Fleet
from services.mesh.handler import Emit, MessageMeta
from services.mesh.policy import PolicyEngine
from services.mesh.topics import FEEDBACK, INTENTS, MODEL_HEALTH, ROUTES
from services.router.quality import QualityModel
from services.router.router import Router


class RouterHandler:
    """Routes every task of an analysed request; learns from feedback and health.

    Args:
        fleet: the fleet registry.
        policy: the shared policy engine.
        quality: a quality model to start from (e.g. rebuilt by replaying feedback).
    """

    service = "router"
    topics: tuple[str, ...] = (INTENTS,)
    """Analysed requests to route (work shared between the instances of the group)."""
    broadcast: tuple[str, ...] = (FEEDBACK, MODEL_HEALTH)
    """What it learns from: every instance folds all of it, from the beginning."""
    feedback_topics = broadcast

    def __init__(
        self, *, fleet: Fleet, policy: PolicyEngine, quality: QualityModel | None = None
    ) -> None:
        self.router = Router(fleet=fleet, policy=policy, quality=quality)
        self.health: dict[str, str] = {}
        self._feedback_ids: set[str] = set()

    @property
    def quality(self) -> QualityModel:
        return self.router.quality

    def handle(self, event: Event, meta: MessageMeta) -> list[Emit]:
        """One input event in, the TaskRouted events it causes out (see module doc)."""
        if isinstance(event, FeedbackRecorded):
            if (
                event.event_id not in self._feedback_ids
            ):  # the same judgement, counted once
                self._feedback_ids.add(event.event_id)
                self.router.quality.apply(event)
            return []
        if isinstance(event, ModelHealthChanged):
            self.health[event.model] = event.state
            return []
        if not isinstance(event, RequestAnalyzed):
            return []
        tenant = event.envelope.tenant
        out: list[Emit] = []
        for task in event.tasks:
            decision = self.router.route(
                task, tenant=tenant, context=event.context, health=self.health
            )
            routed = TaskRouted(
                envelope=answer_to(event, self.service),
                context=event.context,
                task=task,
                task_count=len(event.tasks),
                decision=decision,
            )
            out.append(Emit(ROUTES, routed))
        return out
