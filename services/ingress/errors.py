"""Errors of the ingress: one root, and the error an HTTP caller is shown.

`ApiError` carries everything an OpenAI-style error body needs, so the pure mapping modules
can say *what* is wrong and *which status* it deserves without knowing about aiohttp; the
app turns it into `{"error": {...}}` in exactly one place.
"""

from __future__ import annotations

from typing import Any

from services.mesh.errors import MeshError


class IngressError(MeshError):
    """Root of the errors the ingress raises on purpose."""


class ApiError(IngressError):
    """A request the ingress answers with an error body instead of a completion.

    Args:
        status: the HTTP status.
        message: what went wrong and, where possible, what to do about it.
        type: the OpenAI error type (`invalid_request_error`, `authentication_error`, ...).
        code: a stable machine-readable code (a mesh rule id where the mesh gave one).
        param: the offending request field, as a path (`messages[2].content`).
        request_id: the mesh request id, once one exists.
        headers: extra response headers (e.g. `Retry-After`).
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The OpenAI-shaped error body (`mesh_request_id` added when known)."""
        error: dict[str, Any] = {
            "message": self.message,
            "type": self.type,
            "param": self.param,
            "code": self.code,
        }
        if self.request_id is not None:
            error["mesh_request_id"] = self.request_id
        return {"error": error}


def bad_request(
    message: str, *, param: str | None = None, code: str | None = None
) -> ApiError:
    """A 400 for input the caller must fix."""
    return ApiError(400, message, param=param, code=code)
