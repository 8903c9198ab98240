"""docker-compose.yml cannot run here (no Docker engine): check its shape instead."""

from __future__ import annotations

from pathlib import Path

import yaml

from services.cli.main import cli
from services.cli.wiring import SERVICES

ROOT = Path(__file__).resolve().parents[3]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_kafka_runs_in_kraft_mode():
    kafka = COMPOSE["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"  # topic-init creates them


def test_every_service_and_the_fleet_run_from_one_image():
    services = COMPOSE["services"]
    for name in (*SERVICES, "fleet"):
        svc = services[name]
        assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
        assert svc["image"] == "llm-mesh:latest"
    for name in SERVICES:
        assert services[name]["command"] == ["run", name]
        env = services[name]["environment"]
        assert env["MESH_KAFKA_BOOTSTRAP"] == "kafka:9092"
        assert env["OTEL_TRACES_EXPORTER"] == "otlp"
    assert (ROOT / "deploy" / "Dockerfile").is_file()


def test_services_wait_for_topic_init_and_tracing_goes_to_jaeger():
    services = COMPOSE["services"]
    assert services["topic-init"]["command"] == ["topics", "create"]
    for name in SERVICES:
        assert services[name]["depends_on"]["topic-init"]["condition"] == (
            "service_completed_successfully"
        )
    assert services["jaeger"]["image"].startswith("jaegertracing/")
    collector = yaml.safe_load((ROOT / "deploy" / "otel-collector.yaml").read_text())
    assert collector["exporters"]["otlp/jaeger"]["endpoint"] == "jaeger:4317"
    assert "MESH_AUDIT_KEY" in services["governance"]["environment"]


def test_compose_commands_exist_in_the_cli():
    for name, svc in COMPOSE["services"].items():
        command = svc.get("command")
        if (
            not command
            or svc.get("image") != "llm-mesh:latest"
            or command == ["--help"]
        ):
            continue
        group = cli
        for word in command:
            if word.startswith("-"):
                break
            sub = getattr(group, "commands", {}).get(word)
            if sub is None:
                break
            group = sub
        assert group is not cli, f"{name}: {command} is not an llm-mesh command"


def test_the_ingress_runs_from_the_image_with_tokens_required():
    svc = COMPOSE["services"]["ingress"]
    assert svc["image"] == "llm-mesh:latest"
    assert svc["command"][:1] == ["ingress"]
    assert "0.0.0.0" in svc["command"]  # reachable from outside the container
    assert svc["ports"] == ["8080:8080"]
    assert svc["depends_on"]["topic-init"]["condition"] == (
        "service_completed_successfully"
    )
    env = svc["environment"]
    assert env["MESH_KAFKA_BOOTSTRAP"] == "kafka:9092"
    # published on the host: compose refuses to start without bearer tokens
    assert env["MESH_INGRESS_TOKENS"].startswith("${MESH_INGRESS_TOKENS:?")
    assert "/healthz" in " ".join(svc["healthcheck"]["test"])
