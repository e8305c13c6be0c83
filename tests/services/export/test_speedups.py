"""reportlab works in C where it can (rl-accel): without it a register PDF took four times as
long (issue 26), and reportlab falls back to Python silently."""

from __future__ import annotations

from reportlab.lib import rl_accel
from reportlab.pdfbase.pdfmetrics import stringWidth

from msu_desktop.services.export.pdf_layout import FONT, register_fonts


def test_reportlab_measures_text_with_its_c_accelerator() -> None:
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
    register_fonts()
    # the C code measures a Kyrgyz word as the Python code did
    assert 0 < stringWidth("Өкмөт үйү", FONT, 10) == stringWidth("Өкмөт үйү", FONT, 10.0)
