"""No input may crash or hang validation: it either accepts or raises a typed, reasoned error."""

from __future__ import annotations

import time

import upload_hostile_files as hf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samarinda_common.errors import SamarindaError
from samarinda_upload.domain import content_types as ct
from samarinda_upload.domain.limits import ValidationLimits
from samarinda_upload.domain.validation import validate

LIMITS = ValidationLimits(time_budget_seconds=5)
VALID = [
    hf.pdf(2),
    hf.image("PNG"),
    hf.image("JPEG"),
    hf.image("TIFF"),
    hf.image("WEBP"),
    hf.docx(),
    hf.xlsx(),
    hf.CSV,
    hf.zip_of({"a.pdf": hf.pdf(), "b.png": hf.image()}),
]


def outcome(data: bytes) -> str:
    started = time.monotonic()
    try:
        accepted = validate(data, "fuzz.bin", limits=LIMITS)
    except SamarindaError as exc:
        assert exc.reason.isupper()
        result = exc.reason
    else:
        assert accepted.detected_type in ct.ALLOWED
        result = accepted.detected_type
    assert time.monotonic() - started < 6
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@st.composite
def mutated_valid_file(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            data[position] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[position : position + draw(st.integers(1, 64))]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=64))
        if not data:
            data = bytearray(b"\x00")
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_valid_file())
def test_mutated_valid_files(data: bytes) -> None:
    outcome(data)
