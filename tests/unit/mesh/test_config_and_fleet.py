"""Settings from the environment and the fleet file's validation messages."""

from __future__ import annotations

import pytest

from services.mesh.config import Settings
from services.mesh.errors import ConfigError
from services.mesh.fleet import load_fleet, parse_fleet

GOOD = """
models:
  - name: small
    endpoint: ${MESH_FLEET_URL:-http://127.0.0.1:8700/v1}
    pricing: {input_per_mtok: 0.2, output_per_mtok: 0.4}
"""


def test_settings_from_env(monkeypatch):
    monkeypatch.setenv("MESH_KAFKA_BOOTSTRAP", "kafka:9092")
    monkeypatch.setenv("MESH_PARTITIONS", "8")
    monkeypatch.setenv(
        "MESH_KAFKA_EXTRA", "security.protocol=SASL_SSL, sasl.mechanism=PLAIN"
    )
    monkeypatch.setenv("MESH_AUDIT_KEY", "s3cret")
    s = Settings.from_env(topic_prefix="x.")
    assert s.bootstrap == "kafka:9092" and s.partitions == 8 and s.topic_prefix == "x."
    assert s.kafka_extra == {"security.protocol": "SASL_SSL", "sasl.mechanism": "PLAIN"}
    assert "s3cret" not in repr(s)  # secrets never printed
    assert s.topics.name("requests") == "x.requests"


def test_settings_errors_name_the_problem(monkeypatch):
    monkeypatch.setenv("MESH_PARTITIONS", "many")
    with pytest.raises(ConfigError, match="partitions"):
        Settings.from_env()


def test_fleet_env_expansion(monkeypatch):
    monkeypatch.delenv("MESH_FLEET_URL", raising=False)
    assert parse_fleet(GOOD).get("small").endpoint == "http://127.0.0.1:8700/v1"
    monkeypatch.setenv("MESH_FLEET_URL", "http://fleet:8700/v1")
    assert parse_fleet(GOOD).get("small").endpoint == "http://fleet:8700/v1"


def test_fleet_errors_name_file_model_and_field(tmp_path):
    bad = tmp_path / "fleet.yaml"
    bad.write_text(GOOD.replace("input_per_mtok: 0.2", "input_per_mtok: -1"))
    with pytest.raises(ConfigError) as e:
        load_fleet(bad)
    msg = str(e.value)
    assert str(bad) in msg and "'small'" in msg and "pricing.input_per_mtok" in msg


def test_the_shipped_fleet_loads():
    fleet = load_fleet(Settings().fleet_file)
    assert len(fleet.models) >= 18 and fleet.version
    assert any(
        m.deployment == "on_prem" and m.clearance == "restricted" for m in fleet.models
    )
    assert sum(m.recorded for m in fleet.models) == 11


def test_secret_client_properties_are_masked():
    s = Settings(
        kafka_extra={"sasl.password": "hunter2", "security.protocol": "SASL_SSL"}
    )
    assert "hunter2" not in repr(s) and "hunter2" not in str(s)
    assert "SASL_SSL" in repr(s)
    assert s.kafka_extra["sasl.password"] == "hunter2"  # still used for the client
