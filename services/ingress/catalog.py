"""`GET /v1/models`: the mesh itself as the model `auto`, then the fleet's models.

The fleet models are listed so callers can see what the mesh may route to; they cannot be
requested by name (see `chat_request`), which the `mesh.routable_by_name` flag states.
"""

from __future__ import annotations

from typing import Any

from services.ingress.chat_request import MESH_MODELS
from services.mesh.fleet import Fleet

OWNER = "llm-mesh"


def model_list(fleet: Fleet | None, *, created: int = 0) -> dict[str, Any]:
    """The OpenAI model list (just `auto`/`mesh` when no fleet file could be read)."""
    data: list[dict[str, Any]] = [
        {
            "id": name,
            "object": "model",
            "created": created,
            "owned_by": OWNER,
            "mesh": {"routable_by_name": True},
        }
        for name in MESH_MODELS
    ]
    for spec in fleet.models if fleet is not None else ():
        data.append(
            {
                "id": spec.name,
                "object": "model",
                "created": created,
                "owned_by": spec.vendor or spec.provider,
                "mesh": {
                    "routable_by_name": False,
                    "provider": spec.provider,
                    "deployment": spec.deployment,
                    "region": spec.region,
                    "context_window": spec.context_window,
                },
            }
        )
    return {"object": "list", "data": data}
