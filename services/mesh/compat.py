"""Schema compatibility (Avro resolution rules) and the release of schema versions.

FULL_TRANSITIVE means every version of an event can read data written by every other
version, in both directions. `problems(reader, writer)` applies the Avro specification's
schema-resolution rules to say why a reader could not read a writer's data; `release()`
copies the current schemas, expanded, into `schemas/history/<Event>/vN.avsc` when they
changed, refusing a change that breaks compatibility with any released version.

Run `python -m services.mesh.compat` to check, `--release` to record a new version.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from services.mesh.schemas import (
    NAMESPACE,
    Registry,
    SchemaVersion,
    load_registry,
    schemas_dir,
)

PROMOTIONS = {
    "int": {"long", "float", "double"},
    "long": {"float", "double"},
    "float": {"double"},
    "string": {"bytes"},
    "bytes": {"string"},
}
PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}


def _names(schema: Any, table: dict[str, Any], ns: str = NAMESPACE) -> dict[str, Any]:
    """Every named type defined in `schema`, by full name."""
    if isinstance(schema, list):
        for s in schema:
            _names(s, table, ns)
    elif isinstance(schema, dict):
        t = schema.get("type")
        if t in ("record", "enum", "fixed"):
            space = schema.get("namespace", ns)
            table[f"{space}.{schema['name']}"] = schema
            ns = space
        if t == "record":
            for f in schema["fields"]:
                _names(f["type"], table, ns)
        elif t == "array":
            _names(schema["items"], table, ns)
        elif t == "map":
            _names(schema["values"], table, ns)
        elif isinstance(t, dict | list):
            _names(t, table, ns)
    return table


class _Checker:
    def __init__(self, reader: dict[str, Any], writer: dict[str, Any]) -> None:
        self.rn = _names(reader, {})
        self.wn = _names(writer, {})
        self.seen: set[tuple[str, str]] = set()

    def resolve(self, s: Any, names: dict[str, Any]) -> Any:
        if isinstance(s, str) and s not in PRIMITIVES:
            full = s if "." in s else f"{NAMESPACE}.{s}"
            return names[full]
        if isinstance(s, dict) and s.get("type") in PRIMITIVES and "logicalType" in s:
            return s["type"]
        if isinstance(s, dict) and s.get("type") in PRIMITIVES:
            return s["type"]
        return s

    def kind(self, s: Any) -> str:
        if isinstance(s, list):
            return "union"
        if isinstance(s, str):
            return s
        return str(s["type"])

    def check(self, r: Any, w: Any, path: str) -> Iterator[str]:
        r, w = self.resolve(r, self.rn), self.resolve(w, self.wn)
        rk, wk = self.kind(r), self.kind(w)
        if wk == "union":
            for i, branch in enumerate(w):
                yield from self.check(r, branch, f"{path}<writer branch {i}>")
            return
        if rk == "union":
            if not any(not list(self.check(b, w, path)) for b in r):
                yield f"{path}: no branch of the reader's union reads writer type {wk}"
            return
        if rk in PRIMITIVES or wk in PRIMITIVES:
            if rk != wk and rk not in PROMOTIONS.get(wk, set()):
                yield f"{path}: writer type {wk} cannot be read as {rk}"
            return
        if rk != wk:
            yield f"{path}: writer {wk} cannot be read as {rk}"
            return
        if rk == "array":
            yield from self.check(r["items"], w["items"], f"{path}[]")
        elif rk == "map":
            yield from self.check(r["values"], w["values"], f"{path}{{}}")
        elif rk == "enum":
            missing = set(w["symbols"]) - set(r["symbols"])
            if missing and "default" not in r:
                yield f"{path}: reader enum lacks symbols {sorted(missing)} and has no default"
        elif rk == "fixed":
            if r["size"] != w["size"]:
                yield f"{path}: fixed size {w['size']} cannot be read as {r['size']}"
        elif rk == "record":
            yield from self.record(r, w, path)

    def record(self, r: dict[str, Any], w: dict[str, Any], path: str) -> Iterator[str]:
        if r["name"] != w["name"] and w["name"] not in r.get("aliases", []):
            yield f"{path}: record {w['name']} cannot be read as {r['name']}"
            return
        key = (json.dumps(r, sort_keys=True), json.dumps(w, sort_keys=True))
        if key in self.seen:
            return
        self.seen.add(key)
        wfields = {f["name"]: f for f in w["fields"]}
        for f in r["fields"]:
            names = [f["name"], *f.get("aliases", [])]
            match = next((wfields[n] for n in names if n in wfields), None)
            where = f"{path}.{f['name']}" if path else f["name"]
            if match is None:
                if "default" not in f:
                    yield f"{where}: new field without a default"
            else:
                yield from self.check(f["type"], match["type"], where)


def problems(reader: SchemaVersion, writer: SchemaVersion) -> list[str]:
    """Why `reader` cannot read data written with `writer` ([] when it can)."""
    return list(
        _Checker(reader.schema, writer.schema).check(reader.schema, writer.schema, "")
    )


def full_transitive(versions: list[SchemaVersion]) -> list[str]:
    """Problems between any two versions, in either direction."""
    out = []
    for a in versions:
        for b in versions:
            if a is not b:
                out += [f"{a.version} reading {b.version}: {p}" for p in problems(a, b)]
    return out


def check_all(registry: Registry) -> dict[str, list[str]]:
    """FULL_TRANSITIVE problems of every event with its history (empty lists when fine)."""
    return {name: full_transitive(registry.versions(name)) for name in registry.current}


def release(root: Path | None = None) -> list[Path]:
    """Write changed current schemas as the next history version; returns the new files.

    Raises:
        ValueError: a changed schema is not FULL_TRANSITIVE compatible with its history.
    """
    base = root or schemas_dir()
    registry = load_registry(base)
    written = []
    for name, cur in sorted(registry.current.items()):
        history = registry.history.get(name, ())
        if history and history[-1].fingerprint == cur.fingerprint:
            continue
        issues = full_transitive([*history, cur])
        if issues:
            raise ValueError(f"{name} is not compatible with its history: {issues[:3]}")
        folder = base / "history" / name.rsplit(".", 1)[1]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"v{len(history) + 1}.avsc"
        path.write_text(json.dumps(cur.schema, indent=2) + "\n")
        written.append(path)
    if written:
        write_manifest(base)
    return written


MANIFEST = "fingerprints.json"


def manifest(root: Path | None = None) -> dict[str, str]:
    """Fingerprint (hex) of every released version, by `Event/vN`, as recorded at release."""
    path = (root or schemas_dir()) / "history" / MANIFEST
    if not path.exists():
        return {}
    data: dict[str, str] = json.loads(path.read_text())
    return data


def write_manifest(root: Path) -> None:
    """Record the fingerprints of the released versions (a released schema never changes)."""
    registry = load_registry(root)
    entries = {
        f"{name.rsplit('.', 1)[1]}/{v.version}": v.fingerprint.hex()
        for name, versions in registry.history.items()
        for v in versions
    }
    path = root / "history" / MANIFEST
    path.write_text(json.dumps(dict(sorted(entries.items())), indent=2) + "\n")


def main(argv: list[str]) -> int:
    if "--release" in argv:
        for p in release():
            print(f"released {p}")
        return 0
    bad = {k: v for k, v in check_all(load_registry()).items() if v}
    for name, issues in bad.items():
        for issue in issues:
            print(f"{name}: {issue}")
    print("compatible" if not bad else f"{len(bad)} incompatible schemas")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
