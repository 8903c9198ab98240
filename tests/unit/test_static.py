"""The code stays typed and tidy: ruff (lint + format) and mypy --strict, as CI runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(
    shutil.which("ruff") is None, reason="ruff is not installed (pip install -e .[dev])"
)
def test_ruff_lint_and_format():
    lint = _run("ruff", "check", "services", "tests")
    assert lint.returncode == 0, lint.stdout
    fmt = _run("ruff", "format", "--check", "services", "tests")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict_on_services():
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e .[dev])")
    result = _run(sys.executable, "-m", "mypy", "services")
    assert result.returncode == 0, result.stdout[-3000:]
