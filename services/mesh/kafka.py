"""Kafka client configuration and topic administration (confluent-kafka).

Only the Kafka protocol is spoken here, so the same code runs on Apache Kafka, Redpanda,
MSK or the embedded broker. Settings that matter for latency on the embedded broker come
from `Settings` rather than constants, so production keeps Kafka's defaults when asked.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from services.mesh.config import Settings
from services.mesh.errors import BrokerError
from services.mesh.topics import MAX_MESSAGE_BYTES

log = logging.getLogger(__name__)
_LIBRDKAFKA = logging.getLogger(
    "librdkafka"
)  # client logs go through logging, not stderr


def common_config(settings: Settings, client_id: str) -> dict[str, Any]:
    """Properties shared by every client."""
    return {
        "bootstrap.servers": settings.bootstrap,
        "client.id": client_id,
        "socket.nagle.disable": True,
        "logger": _LIBRDKAFKA,
        **settings.kafka_extra,
    }


def producer_config(settings: Settings, client_id: str) -> dict[str, Any]:
    """A producer that waits for full acknowledgement and does not linger."""
    return {
        **common_config(settings, client_id),
        "acks": "all",
        "linger.ms": settings.linger_ms,
        "enable.idempotence": settings.idempotent_producer,
        "message.max.bytes": MAX_MESSAGE_BYTES,
        **settings.kafka_extra,
    }


def consumer_config(settings: Settings, group: str, client_id: str) -> dict[str, Any]:
    """A consumer that commits explicitly, after its outputs are delivered."""
    return {
        **common_config(settings, client_id),
        "group.id": group,
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": settings.session_timeout_ms,
        "heartbeat.interval.ms": settings.heartbeat_interval_ms,
        "fetch.wait.max.ms": settings.fetch_wait_max_ms,
        "partition.assignment.strategy": "cooperative-sticky",
        **settings.kafka_extra,
    }


def wait_for_broker(bootstrap: str, timeout_s: float = 15.0) -> None:
    """Block until the broker answers a metadata request.

    Raises:
        BrokerError: no answer within `timeout_s`.
    """
    deadline = time.monotonic() + timeout_s
    config: dict[str, Any] = {"bootstrap.servers": bootstrap, "logger": _LIBRDKAFKA}
    admin = AdminClient(config)
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            admin.list_topics(timeout=1.0)
            return
        except KafkaException as e:
            last = e
            time.sleep(0.05)
    raise BrokerError(
        f"no Kafka broker answered at {bootstrap} within {timeout_s:.0f}s "
        f"(start one with `llm-mesh broker`, or set MESH_KAFKA_BOOTSTRAP): {last}"
    )


def ensure_topics(settings: Settings, timeout_s: float = 15.0) -> list[str]:
    """Create every mesh topic that does not exist yet; return the names created.

    Topics are created explicitly because some brokers (the embedded one included)
    auto-create unknown topics with a default partition count that breaks co-partitioning.

    Raises:
        BrokerError: a topic could not be created.
    """
    admin = AdminClient(common_config(settings, "llm-mesh-admin"))
    existing = set(admin.list_topics(timeout=timeout_s).topics)
    wanted = [
        NewTopic(
            s.name,
            num_partitions=s.partitions,
            replication_factor=1,
            config=dict(s.config),
        )
        for s in settings.topics.specs()
        if s.name not in existing
    ]
    if not wanted:
        return []
    created = []
    for name, fut in admin.create_topics(wanted, operation_timeout=timeout_s).items():
        try:
            fut.result(timeout=timeout_s)
            created.append(name)
        except KafkaException as e:
            err = e.args[0]
            if (
                isinstance(err, KafkaError)
                and err.code() == KafkaError.TOPIC_ALREADY_EXISTS
            ):
                continue
            raise BrokerError(f"cannot create topic {name}: {e}") from e
    log.info("created topics: %s", ", ".join(created))
    return created
