"""Single-object encoding: round trips, fingerprints, and poison input."""

from __future__ import annotations

import os

import pytest
from fastavro.schema import fingerprint as fastavro_fingerprint

from services.mesh.codec import MAGIC, Codec
from services.mesh.errors import CodecError, UnknownSchemaError
from services.mesh.events import EVENT_TYPES
from services.mesh.schemas import default_registry, fingerprint
from tests.unit.mesh.samples import all_samples

CODEC = Codec()


@pytest.mark.parametrize("event", all_samples(), ids=lambda e: type(e).__name__)
def test_round_trip_every_event_type(event):
    data = CODEC.encode(event)
    assert data[:2] == MAGIC
    assert CODEC.decode(data) == event


def test_samples_cover_every_registered_event():
    core = {type(e).AVRO_NAME for e in all_samples()}
    # events appended by later stages must still round-trip: at least the core set is here
    assert core <= set(EVENT_TYPES)


def test_fingerprint_equals_fastavros():
    for version in default_registry().current.values():
        ours = fingerprint(version.canonical).hex()
        assert ours == fastavro_fingerprint(version.canonical, "CRC-64-AVRO"), (
            version.name
        )


def test_fingerprint_is_in_the_header():
    event = all_samples()[0]
    data = CODEC.encode(event)
    assert data[2:10] == default_registry().current[event.AVRO_NAME].fingerprint


@pytest.mark.parametrize(
    "data",
    [None, b"", b"\xc3", b"hello world", b"\xc3\x01" + b"\x00" * 3, os.urandom(64)],
    ids=["none", "empty", "short", "text", "short-header", "random"],
)
def test_garbage_raises_codec_error(data):
    with pytest.raises(CodecError):
        CODEC.decode(data)


def test_unknown_fingerprint():
    data = CODEC.encode(all_samples()[0])
    with pytest.raises(UnknownSchemaError):
        CODEC.decode(data[:2] + b"\x01" * 8 + data[10:])


def test_truncated_body():
    data = CODEC.encode(all_samples()[2])
    for cut in (11, len(data) // 2, len(data) - 1):
        with pytest.raises(CodecError):
            CODEC.decode(data[:cut])


def test_trailing_bytes_rejected():
    data = CODEC.encode(all_samples()[0])
    with pytest.raises(CodecError):
        CODEC.decode(data + b"\x00")
