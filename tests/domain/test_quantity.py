"""Areas and counts as people write them, on screen and on paper: "3 шт.", "320,50 м²"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from msu_desktop.domain.numbers import quantity


def test_whole_counts_have_no_decimals() -> None:
    assert quantity(3) == "3"
    assert quantity(3.0) == "3"
    assert quantity(320.5) == "320,50"
    assert quantity(1250) == "1 250"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_register_pdf_prints_pieces_without_decimals(demo_dir: Path, tmp_path: Path) -> None:
    from msu_desktop.services.export.register_pdf import write_register_pdf
    from msu_desktop.services.workspace import Workspace

    copy = tmp_path / "demo"
    shutil.copytree(demo_dir, copy)
    ws = Workspace.open(copy)
    try:
        out = write_register_pdf(ws, tmp_path / "r.pdf", "ru")
    finally:
        ws.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "шт." in text and ",00 шт." not in text
