"""The one paper path of the window: a PDF written by services/export is saved in the
background with progress (the register: Property → Export → PDF) and printed as that PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from msu_desktop.i18n import tr
from msu_desktop.services import property_service as ps
from tests.gui.user import pdf_text, when_saved


def test_the_register_pdf_is_saved_in_the_background_from_the_window(
    qtbot, ws, tmp_path: Path, monkeypatch
) -> None:
    from msu_desktop.gui.printing import save_register_pdf

    ps.add_object(
        ws,
        {
            "inventory_number": "INV-001",
            "category": "land",
            "name_ru": "Участок под школу",
            "name_ky": "Мектеп үчүн жер",
            "cadastral_code": "4-07-01-0012-0345",
            "area": 2.5,
            "unit": "ha",
        },
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "out" / "реестр"  # no suffix: ".pdf" is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved: list[Path] = []
    with when_saved() as confirmed:
        task = save_register_pdf(parent, ws, "ky", on_saved=saved.append)
        assert task is not None
        qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
    confirmed.wait()
    assert saved == [target.with_name("реестр.pdf")]
    text = pdf_text(saved[0])
    assert "4-07-01-0012-0345" in text and "Мектеп үчүн жер" in text
    as_of = tr("PropertyExport", "as of {date}", "ky", date=ws.today().strftime("%d.%m.%Y"))
    assert as_of in text


def test_print_from_the_preview_sends_the_pdf_itself(
    qtbot, ws, tmp_path: Path, monkeypatch
) -> None:
    """Print… in the preview: the system's printer dialog, then the document's own PDF to the
    printer (here "print to file": the file is the PDF, byte for byte, its text searchable)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from msu_desktop.gui.printing import PrintJob
    from msu_desktop.services.export.text_pdf import write_guide_pdf
    from tests.gui.dialogs import expect

    pdf = write_guide_pdf(
        "# Колдонмо\n\n## 1. Биринчи\n\n1. **Файл → Муниципалитет…** ө ү ң.\n- `.msuplan`",
        "ky",
        tmp_path / "guide.pdf",
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    job = PrintJob(parent, "guide", pdf)
    dialog = job.preview()
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    printed = tmp_path / "printed.pdf"

    # "print to file" chosen for the printer: the system's dialog opens on it, and OK
    job.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    job.printer.setOutputFileName(str(printed))

    def to_file(d: QPrintDialog) -> None:
        assert isinstance(d, QPrintDialog)
        d.accept()

    answered = expect(to_file, kind=QPrintDialog)
    assert job.print_action is not None
    job.print_action.trigger()
    answered.wait()
    qtbot.waitUntil(lambda: job.last_sent is not None, timeout=10_000)
    assert job.last_sent.how == "file"
    assert printed.read_bytes() == pdf.read_bytes()
    text = pdf_text(printed)
    assert "Колдонмо" in text and "Файл → Муниципалитет…" in text and ".msuplan" in text
    # Save as PDF… from the preview: the same PDF, copied (no workspace here: the home folder)
    copy = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert job.save_pdf_action is not None
    with when_saved() as confirmed:
        job.save_pdf_action.trigger()
    assert "copy.pdf" in confirmed.text
    assert copy.with_name("copy.pdf").read_bytes() == pdf.read_bytes()
    dialog.reject()
    qtbot.waitUntil(lambda: job.dialog is None, timeout=10_000)
