"""The schema registry: every event schema the project has ever shipped, by fingerprint.

The `.avsc` files under `schemas/` are the contract. Shared named types live in
`schemas/types/` and are referenced by full name from the event files; here they are
expanded so each event has one standalone schema whose Parsing Canonical Form is
fingerprinted with CRC-64-AVRO. Released versions are kept, already expanded, under
`schemas/history/<Event>/vN.avsc`; a reader finds the writer's schema among all of them by
fingerprint and resolves it to the current (reader) schema.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastavro import parse_schema
from fastavro.schema import to_parsing_canonical_form

from services.mesh.errors import ConfigError

NAMESPACE = "mesh.v1"

_CRC64_EMPTY = 0xC15D213AA4D7A795


def _crc64_table() -> list[int]:
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (_CRC64_EMPTY & -(fp & 1))
        table.append(fp)
    return table


_TABLE = _crc64_table()


def crc64_avro(data: bytes) -> int:
    """The Avro spec's 64-bit Rabin fingerprint (CRC-64-AVRO) of `data`."""
    fp = _CRC64_EMPTY
    for byte in data:
        fp = (fp >> 8) ^ _TABLE[(fp ^ byte) & 0xFF]
    return fp


def fingerprint(canonical_form: str) -> bytes:
    """The 8-byte little-endian fingerprint used in single-object encoding."""
    return crc64_avro(canonical_form.encode("utf-8")).to_bytes(8, "little")


@dataclass(frozen=True)
class SchemaVersion:
    """One version of one event schema."""

    name: str  # full name, e.g. mesh.v1.TaskRouted
    version: str  # "current" or "vN"
    schema: dict[str, Any]  # expanded JSON schema
    parsed: Any  # fastavro parsed schema
    canonical: str
    fingerprint: bytes


def schemas_dir() -> Path:
    """Where the `.avsc` files are: `MESH_SCHEMAS_DIR`, else the ones shipped in the package
    (`services/mesh/contracts`, a link to the repository's `schemas/` in a checkout)."""
    env = os.environ.get("MESH_SCHEMAS_DIR")
    if env:
        return Path(env)
    return Path(__file__).parent / "contracts"


def _full(name: str) -> str:
    return name if "." in name else f"{NAMESPACE}.{name}"


def expand(schema: Any, types: Mapping[str, dict[str, Any]], defined: set[str]) -> Any:
    """Inline references to shared named types (each defined once, then referenced)."""
    if isinstance(schema, str):
        full = _full(schema)
        if full in types:
            if full in defined:
                return full
            return expand(types[full], types, defined)
        return schema
    if isinstance(schema, list):
        return [expand(s, types, defined) for s in schema]
    if isinstance(schema, dict):
        out = dict(schema)
        if schema.get("type") in ("record", "enum", "fixed"):
            defined.add(f"{schema.get('namespace', NAMESPACE)}.{schema['name']}")
        if schema.get("type") == "record":
            out["fields"] = [
                {**fld, "type": expand(fld["type"], types, defined)}
                for fld in schema["fields"]
            ]
        elif schema.get("type") == "array":
            out["items"] = expand(schema["items"], types, defined)
        elif schema.get("type") == "map":
            out["values"] = expand(schema["values"], types, defined)
        elif isinstance(schema.get("type"), (dict, list)):
            out["type"] = expand(schema["type"], types, defined)
        return out
    return schema


def make_version(schema: dict[str, Any], version: str) -> SchemaVersion:
    """Parse an expanded schema and compute its canonical form and fingerprint."""
    canonical = to_parsing_canonical_form(schema)
    return SchemaVersion(
        name=f"{schema.get('namespace', NAMESPACE)}.{schema['name']}",
        version=version,
        schema=schema,
        parsed=parse_schema(schema),
        canonical=canonical,
        fingerprint=fingerprint(canonical),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise ConfigError(f"cannot read schema {path}: {e}") from e
    return data


@dataclass(frozen=True)
class Registry:
    """Current reader schemas by name, and every known writer schema by fingerprint."""

    current: Mapping[str, SchemaVersion]
    by_fingerprint: Mapping[bytes, SchemaVersion]
    history: Mapping[str, tuple[SchemaVersion, ...]]

    def versions(self, name: str) -> list[SchemaVersion]:
        """Released versions of `name`, oldest first, then the current one."""
        return [*self.history.get(name, ()), self.current[name]]


def load_registry(root: Path | None = None) -> Registry:
    """Load every schema under `root` (default `schemas_dir()`).

    Raises:
        ConfigError: a file is unreadable or not a valid Avro schema.
    """
    base = root or schemas_dir()
    if not base.is_dir():
        raise ConfigError(
            f"schema directory {base} not found; set MESH_SCHEMAS_DIR to the repo's schemas/"
        )
    types = {
        _full(s["name"]): s for s in map(_read, sorted((base / "types").glob("*.avsc")))
    }
    current: dict[str, SchemaVersion] = {}
    for path in sorted(base.glob("*.avsc")):
        v = make_version(expand(_read(path), types, set()), "current")
        current[v.name] = v
    history: dict[str, tuple[SchemaVersion, ...]] = {}
    for folder in sorted((base / "history").glob("*")):
        files = sorted(folder.glob("v*.avsc"), key=lambda p: int(p.stem[1:]))
        versions = tuple(make_version(_read(p), p.stem) for p in files)
        if versions:
            history[versions[0].name] = versions
    by_fp: dict[bytes, SchemaVersion] = {}
    for v in _all(current.values(), history.values()):
        by_fp.setdefault(v.fingerprint, v)
    return Registry(current=current, by_fingerprint=by_fp, history=history)


def _all(
    current: Iterable[SchemaVersion], history: Iterable[tuple[SchemaVersion, ...]]
) -> Iterable[SchemaVersion]:
    yield from current
    for versions in history:
        yield from versions


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of this installation, loaded once per process."""
    return load_registry()
