"""Runs a whole mesh on one machine: embedded broker, local fleet, five service processes.

Used by `llm-mesh up`, `llm-mesh demo` and the end-to-end tests. Every child is started with
die-with-parent, is tracked by PID, and is stopped by PID (SIGTERM, then SIGKILL after a
grace period), so nothing is left running after a run, even a crashed one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from services.cli.wiring import SERVICES, ServiceName
from services.mesh.broker import EmbeddedBroker, free_port, port_in_use
from services.mesh.config import Settings
from services.mesh.errors import MeshError
from services.mesh.kafka import ensure_topics
from services.mesh.procs import die_with_parent

if TYPE_CHECKING:
    from services.cli.feedback_cmd import LoadReport


@dataclass
class Child:
    name: str
    process: subprocess.Popen[bytes]
    log: IO[bytes] | None = None


@dataclass
class MeshProcesses:
    """A running local mesh. Start with `start()`, always `stop()` (or use `with`)."""

    bootstrap: str | None = None  # None: start the embedded broker
    prefix: str = "mesh."
    fleet_port: int = 0  # 0: a free port
    fleet_args: tuple[str, ...] = ()
    services: tuple[ServiceName, ...] = SERVICES
    log_dir: Path | None = None  # None: children inherit stderr
    env: dict[str, str] = field(default_factory=dict)
    ingress_port: int | None = None
    """Also run the OpenAI-compatible HTTP ingress on this port (0: a free port)."""
    feedback_seed: bool = False
    """Publish the bundled feedback seed before any service starts, so the routers fold
    it at start-up and route the recorded prompts as they would after real feedback."""
    seed_report: LoadReport | None = None  # None after start: not asked, or skipped
    audit_key_file: Path | None = None  # set when this run generated the audit key
    children: list[Child] = field(default_factory=list)
    broker: EmbeddedBroker | None = None
    ready_dir: Path = field(
        default_factory=lambda: Path(tempfile.mkdtemp(prefix="mesh-ready-"))
    )

    @property
    def fleet_url(self) -> str:
        return f"http://127.0.0.1:{self.fleet_port}/v1"

    @property
    def ingress_url(self) -> str | None:
        """Base URL of the ingress (OpenAI `base_url`), when one was asked for."""
        if self.ingress_port is None:
            return None
        return f"http://127.0.0.1:{self.ingress_port}/v1"

    def settings(self) -> Settings:
        """Settings for a client of this mesh."""
        return Settings.from_env(bootstrap=self.bootstrap, topic_prefix=self.prefix)

    def child_env(self) -> dict[str, str]:
        env = {**os.environ, **self.env}
        env["MESH_KAFKA_BOOTSTRAP"] = self.bootstrap or ""
        env["MESH_TOPIC_PREFIX"] = self.prefix
        env["MESH_FLEET_URL"] = self.fleet_url
        env["MESH_READY_DIR"] = str(self.ready_dir)
        if not env.get("MESH_AUDIT_KEY"):
            env["MESH_AUDIT_KEY"] = self._new_audit_key()
        env.setdefault("PYTHONUNBUFFERED", "1")
        return env

    def _new_audit_key(self) -> str:
        """A key for this run, kept in a 0600 file so `llm-mesh audit verify` can use it."""
        key = secrets.token_hex(32)
        folder = self.log_dir or Path(tempfile.mkdtemp(prefix="llm-mesh-"))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "audit.key"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(key)
        self.audit_key_file = path
        return key

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> Child:
        log = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = open(self.log_dir / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", *args],
            env={**env, "OTEL_SERVICE_NAME": name},
            stdout=log if log else subprocess.DEVNULL,
            stderr=log if log else None,
            preexec_fn=die_with_parent,
        )
        child = Child(name, proc, log)
        self.children.append(child)
        return child

    def start(
        self, timeout_s: float = 60.0, cancel: threading.Event | None = None
    ) -> MeshProcesses:
        """Start everything and wait until each service has joined its consumer group.

        Raises:
            MeshError: a part did not start, or `cancel` was set (Ctrl-C); everything
                started so far is stopped.
        """
        try:
            self._start(timeout_s, cancel or threading.Event())
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self, timeout_s: float, cancel: threading.Event) -> None:
        deadline = time.monotonic() + timeout_s
        if self.bootstrap is None:
            self.broker = EmbeddedBroker().start()
            self.bootstrap = self.broker.bootstrap
        ensure_topics(self.settings())
        if self.feedback_seed:
            from services.cli.feedback_cmd import seed_topic

            self.seed_report = seed_topic(self.settings())
        self.fleet_port = self.fleet_port or free_port()
        env = self.child_env()
        self._spawn(
            "fleet",
            ["fleet", "--port", str(self.fleet_port), *self.fleet_args],
            {k: v for k, v in env.items() if k != "MESH_AUDIT_KEY"},  # not its business
        )
        for service in self.services:
            self._spawn(service, ["run", service], env)
        ports = [self.fleet_port]
        if self.ingress_port is not None:
            self.ingress_port = self.ingress_port or free_port()
            ports.append(self.ingress_port)
            self._spawn(
                "ingress",
                ["ingress", "--port", str(self.ingress_port)],
                {k: v for k, v in env.items() if k != "MESH_AUDIT_KEY"},
            )
        while time.monotonic() < deadline:
            if cancel.is_set():
                raise MeshError("start-up interrupted")
            self._check_alive()
            ready = {p.name.split("@")[0] for p in self.ready_dir.iterdir()}
            if set(self.services) <= ready and all(port_in_use(p) for p in ports):
                return
            time.sleep(0.05)
        raise MeshError(f"the mesh did not start within {timeout_s:.0f}s")

    def _check_alive(self) -> None:
        for child in self.children:
            code = child.process.poll()
            if code is not None:
                where = (
                    f" (see {self.log_dir / (child.name + '.log')})"
                    if self.log_dir
                    else ""
                )
                raise MeshError(
                    f"{child.name} exited with code {code} while starting{where}"
                )

    def stop(self, grace_s: float = 10.0) -> None:
        """Stop every child this object started (by PID) and the embedded broker."""
        for child in self.children:
            if child.process.poll() is None:
                child.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace_s
        for child in self.children:
            try:
                child.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait(5)
            if child.log is not None:
                child.log.close()
        self.children.clear()
        if self.broker is not None:
            self.broker.stop()
            self.broker = None
        with contextlib.suppress(OSError):
            for p in self.ready_dir.iterdir():
                p.unlink()
            self.ready_dir.rmdir()

    def exit_codes(self) -> dict[str, int | None]:
        return {c.name: c.process.poll() for c in self.children}

    def __enter__(self) -> MeshProcesses:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
