"""README's ``python3 dev.py run -- --data-dir DIR``: the ``--`` only separates, and the app
gets ``--data-dir DIR`` (run here as the real ``msu-desktop`` command, without the uv sync)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]


def _dev():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_py_run_with_a_separator_reaches_the_app(tmp_path: Path) -> None:
    dev = _dev()
    data = tmp_path / "data"
    for argv in (
        ["run", "--", "--data-dir", str(data), "plan", "show", "--json"],
        ["run", "--data-dir", str(data), "plan", "show", "--json"],
        ["--data-dir", str(data), "plan", "show", "--json"],
    ):
        verb, rest = dev.split_args(argv)
        assert verb == "run" and rest == argv[-5:], argv
    r = run_cli(
        *dev.split_args(["run", "--", "--data-dir", str(data), "plan", "show", "--json"])[1]
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.lstrip().startswith("{")
    assert (data / "msu.sqlite").exists()  # the folder given is the one used
    assert dev.split_args(["test", "--", "-k", "x"]) == ("test", ["-k", "x"])
    assert dev.split_args([]) == ("run", [])
