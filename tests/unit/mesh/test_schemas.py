"""The .avsc contracts: documented, mirrored by the pydantic models, compatible with history."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from services.mesh.codec import Codec
from services.mesh.compat import check_all, full_transitive, problems, release
from services.mesh.events import EVENT_TYPES, Event, Record
from services.mesh.schemas import (
    default_registry,
    load_registry,
    make_version,
    schemas_dir,
)

REGISTRY = default_registry()


def _fields(schema):
    return {f["name"]: f for f in schema["fields"]}


def _walk_records(schema, out):
    if isinstance(schema, dict):
        if schema.get("type") == "record":
            out.append(schema)
            for f in schema["fields"]:
                _walk_records(f["type"], out)
        for key in ("items", "values"):
            if key in schema:
                _walk_records(schema[key], out)
    elif isinstance(schema, list):
        for s in schema:
            _walk_records(s, out)
    return out


@pytest.mark.parametrize("name", sorted(REGISTRY.current))
def test_every_field_has_a_doc(name):
    for record in _walk_records(REGISTRY.current[name].schema, []):
        assert record.get("doc"), f"{record['name']} has no doc"
        for f in record["fields"]:
            assert f.get("doc"), f"{record['name']}.{f['name']} has no doc"


@pytest.mark.parametrize("name", sorted(REGISTRY.current))
def test_every_event_starts_with_the_envelope(name):
    first = REGISTRY.current[name].schema["fields"][0]
    assert first["name"] == "envelope"
    assert first["type"]["name"] == "Envelope"


def _model_matches(model: type[Record], schema: dict) -> None:
    avro = _fields(schema)
    assert set(model.model_fields) == set(avro), f"{model.__name__} vs {schema['name']}"


@pytest.mark.parametrize("name", sorted(EVENT_TYPES))
def test_pydantic_models_mirror_the_schemas(name):
    cls: type[Event] = EVENT_TYPES[name]
    assert name in REGISTRY.current, f"{name} has a class but no .avsc"
    _model_matches(cls, REGISTRY.current[name].schema)
    for record in _walk_records(REGISTRY.current[name].schema, [])[1:]:
        import services.mesh.events as ev

        model = getattr(ev, record["name"], None)
        if model is not None:
            _model_matches(model, record)


def test_every_schema_file_has_a_class():
    assert set(REGISTRY.current) == set(EVENT_TYPES)


def test_full_transitive_with_history():
    assert check_all(REGISTRY) == {name: [] for name in REGISTRY.current}


def _v(schema):
    return make_version(schema, "x")


BASE = {
    "type": "record",
    "name": "E",
    "namespace": "mesh.v1",
    "fields": [{"name": "a", "type": "string"}],
}


def test_new_field_needs_a_default():
    with_default = {
        **BASE,
        "fields": [*BASE["fields"], {"name": "b", "type": "int", "default": 0}],
    }
    without = {**BASE, "fields": [*BASE["fields"], {"name": "b", "type": "int"}]}
    assert full_transitive([_v(BASE), _v(with_default)]) == []
    assert problems(_v(without), _v(BASE)) == ["b: new field without a default"]


def test_type_change_and_promotion():
    as_int = {**BASE, "fields": [{"name": "a", "type": "int"}]}
    as_long = {**BASE, "fields": [{"name": "a", "type": "long"}]}
    assert problems(_v(as_long), _v(as_int)) == []  # int promotes to long
    assert problems(_v(as_int), _v(as_long))  # long does not narrow to int
    assert problems(_v(as_int), _v(BASE))


def test_optional_union_reads_plain_type():
    opt = {
        **BASE,
        "fields": [{"name": "a", "type": ["null", "string"], "default": None}],
    }
    assert problems(_v(opt), _v(BASE)) == []
    assert problems(_v(BASE), _v(opt))  # a null cannot be read as a string


def test_old_version_decodes_into_the_new_reader(tmp_path: Path):
    """Upcasting: an event written with a released v1 is read by a v2 reader."""
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    shutil.rmtree(root / "history")
    (root / "history").mkdir()
    assert release(root)  # everything becomes v1
    v1_codec = Codec(load_registry(root))
    from tests.unit.mesh.samples import all_samples

    rejected = next(e for e in all_samples() if type(e).__name__ == "RequestRejected")
    old_bytes = v1_codec.encode(rejected)
    path = root / "RequestRejected.avsc"
    schema = json.loads(path.read_text())
    schema["fields"].append(
        {"name": "hint", "type": "string", "default": "", "doc": "new"}
    )
    path.write_text(json.dumps(schema))
    assert [p.name for p in release(root)] == ["v2.avsc"]
    v2 = load_registry(root)
    assert len(v2.versions("mesh.v1.RequestRejected")) == 3  # v1, v2, current
    name, record = Codec(v2).decode_record(old_bytes)  # written by v1, read by v2
    assert name == "mesh.v1.RequestRejected"
    assert record["hint"] == ""  # the new field takes its default
    assert record["reason"] == rejected.reason


def test_release_refuses_a_breaking_change(tmp_path: Path):
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    release(root)
    path = root / "RequestRejected.avsc"
    schema = json.loads(path.read_text())
    schema["fields"].append({"name": "must", "type": "string", "doc": "no default"})
    path.write_text(json.dumps(schema))
    with pytest.raises(ValueError, match="not compatible"):
        release(root)


def test_released_schemas_never_change():
    """A released version is immutable: its fingerprint is the one recorded at release."""
    from services.mesh.compat import manifest

    recorded = manifest()
    released = {
        f"{name.rsplit('.', 1)[1]}/{v.version}": v.fingerprint.hex()
        for name, versions in REGISTRY.history.items()
        for v in versions
    }
    assert released == recorded
    assert set(n.rsplit(".", 1)[1] for n in REGISTRY.current) <= {
        k.split("/")[0] for k in recorded
    }, "an event type has no released version: python -m services.mesh.compat --release"
