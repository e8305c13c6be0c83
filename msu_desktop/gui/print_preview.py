"""Print preview and printing of a PDF the app wrote, through the system's printer dialog.

QtPdf is not part of PySide6-Essentials, so the pages are rendered with PDFium (pypdfium2, a
small wheel) and painted onto the QPrinter page by page.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

DPI = 150


def paint_pdf(printer: QPrinter, pdf_path: Path) -> int:
    """Paint every page of ``pdf_path`` on ``printer``; returns the number of pages."""
    doc = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter(printer)
    try:
        n = len(doc)
        for i in range(n):
            if i:
                printer.newPage()
            page = doc[i]
            image = page.render(scale=DPI / 72).to_pil().convert("RGB")
            qimage = QImage(
                image.tobytes("raw", "RGB"),
                image.width,
                image.height,
                3 * image.width,
                QImage.Format.Format_RGB888,
            ).copy()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            size = qimage.size().toSizeF()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), size), qimage)
            page.close()
        return n
    finally:
        painter.end()
        doc.close()


def preview_and_print(pdf_path: Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    from PySide6.QtGui import QPageLayout

    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(pdf_path.name)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf_path))
    return dialog
