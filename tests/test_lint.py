"""The code stays clean: ruff (lint and format) everywhere, mypy on the layers below the GUI."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_and_format() -> None:
    if shutil.which("ruff") is None and _run("ruff", "--version").returncode != 0:
        import pytest

        pytest.skip("ruff is not installed (dev dependency)")
    lint = _run("ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout[-3000:]
    fmt = _run("ruff", "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout[-3000:]


def test_mypy_on_domain_services_storage() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-3000:]
