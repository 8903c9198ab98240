"""Fail closed: with governance stopped, nothing reaches the executor or the models."""

from __future__ import annotations

import time
import uuid

import pytest

from services.cli.supervisor import MeshProcesses
from services.mesh import topics as T
from services.mesh.client import MeshClient
from tests.kafka_helpers import read_messages

pytestmark = pytest.mark.e2e


def test_governance_stopped_means_nothing_executes(broker, tmp_path):
    mesh = MeshProcesses(
        bootstrap=broker,
        prefix=f"fc{uuid.uuid4().hex[:6]}.",
        services=("intent", "router", "executor", "aggregator"),
        log_dir=tmp_path,
    )
    with mesh:
        settings = mesh.settings()
        client = MeshClient(settings)
        try:
            rid = client.submit("Summarise the quarterly risk report in three bullets.")
            got = list(client.results({rid}, timeout_s=4))
        finally:
            client.close()
        routed = read_messages(
            settings, T.ROUTES, until=lambda m: len(m) >= 1, timeout_s=10
        )
        time.sleep(1.0)
        dispatched = read_messages(
            settings, T.DISPATCH, until=lambda m: False, timeout_s=2
        )
        executed = read_messages(
            settings, T.EXECUTIONS, until=lambda m: False, timeout_s=2
        )
    assert routed, "the router did route the task"
    assert dispatched == [] and executed == []  # only governance writes mesh.dispatch
    assert got == []  # and so no answer was produced
