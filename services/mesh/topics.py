"""Topic names and layouts.

Code refers to topics by logical name (`requests`, `routes`, ...); the physical name adds a
configurable prefix (default `mesh.`) so several meshes can share one cluster. Every stage
topic has the same partition count and is keyed by `request_id`, so all events of a request
land on the same partition number everywhere and the aggregator can join locally.
"""

from __future__ import annotations

from dataclasses import dataclass

REQUESTS = "requests"
INTENTS = "intents"
ROUTES = "routes"
DISPATCH = "dispatch"
EXECUTIONS = "executions"
VERDICTS = "verdicts"
RESULTS = "results"
AUDIT = "audit"
DLQ = "dlq"
FEEDBACK = "feedback"
MODEL_HEALTH = "model-health"
BUDGET = "budget"  # keyed by tenant: one governance instance decides per tenant

STAGE_TOPICS = (REQUESTS, INTENTS, ROUTES, DISPATCH, EXECUTIONS, VERDICTS, RESULTS)
REQUEST_KEYED = (*STAGE_TOPICS, AUDIT, FEEDBACK)
"""Topics whose Kafka key is a request id (budget is keyed by tenant, health by model)."""
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
"""Room for a 10 MiB event and its dead-letter copy (raw bytes + headers + envelope)."""
ALL_TOPICS = (*STAGE_TOPICS, AUDIT, DLQ, FEEDBACK, MODEL_HEALTH, BUDGET)


@dataclass(frozen=True)
class TopicSpec:
    """How a topic is created."""

    name: str
    partitions: int
    config: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Topics:
    """Maps logical topic names to physical ones under a prefix."""

    prefix: str = "mesh."
    partitions: int = 4

    def name(self, logical: str) -> str:
        """Physical topic name of a logical one."""
        return f"{self.prefix}{logical}"

    def logical(self, physical: str) -> str:
        """Logical name of a physical topic (the name itself if it lacks the prefix)."""
        return (
            physical[len(self.prefix) :]
            if physical.startswith(self.prefix)
            else physical
        )

    def specs(self) -> list[TopicSpec]:
        """Every topic the mesh needs, with partitions and configs."""
        big = ("max.message.bytes", str(MAX_MESSAGE_BYTES))
        forever = (
            "retention.ms",
            "-1",
        )  # the ledger and the audit trail are folds/records
        specs = [TopicSpec(self.name(t), self.partitions, (big,)) for t in STAGE_TOPICS]
        specs.append(TopicSpec(self.name(AUDIT), self.partitions, (big, forever)))
        specs.append(TopicSpec(self.name(BUDGET), self.partitions, (big, forever)))
        specs.append(TopicSpec(self.name(FEEDBACK), self.partitions, (big, forever)))
        specs.append(
            TopicSpec(self.name(DLQ), 1, (big, ("retention.ms", "1209600000")))
        )
        specs.append(
            TopicSpec(self.name(MODEL_HEALTH), 1, (("cleanup.policy", "compact"),))
        )
        return specs
