"""A bare Kafka forwarder (consume one topic, produce to the next): the benchmark baseline.

It does what a mesh hop does minus the mesh (no decoding, tracing or logic), so a chain of
five of them is the floor the mesh's end-to-end latency is compared against.
"""

from __future__ import annotations

import signal
import sys

from confluent_kafka import Consumer, Producer

from services.mesh.config import Settings
from services.mesh.kafka import consumer_config, producer_config


def forward(source: str, target: str, settings: Settings) -> None:
    """Forward every message of `source` to `target` until SIGTERM."""
    consumer = Consumer(consumer_config(settings, f"fwd-{source}", f"fwd-{source}"))
    producer = Producer(producer_config(settings, f"fwd-{source}"))
    running = [True]
    signal.signal(signal.SIGTERM, lambda *_: running.__setitem__(0, False))
    consumer.subscribe([source], on_assign=lambda c, p: print("ready", flush=True))
    while running[0]:
        msg = consumer.poll(0.1)
        if msg is None or msg.error() is not None:
            continue
        producer.produce(
            target, key=msg.key(), value=msg.value(), headers=msg.headers()
        )
        producer.flush()
        consumer.commit(message=msg, asynchronous=True)
    consumer.close()


if __name__ == "__main__":
    forward(sys.argv[1], sys.argv[2], Settings.from_env(bootstrap=sys.argv[3]))
