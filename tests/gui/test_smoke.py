"""The window starts, loads the plan, shows every page and quits cleanly (what a build checks)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli


def test_smoke_test_opens_every_page_without_error_output(tmp_path: Path) -> None:
    result = run_cli(
        "--data-dir", str(tmp_path / "d"), "--smoke-test", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test: main window with" in result.stdout
    assert result.stderr.strip() == ""
    assert (tmp_path / "d" / "msu.sqlite").exists()
