"""Print preview and printing of a PDF the app wrote, through the system's printer dialog.

QtPdf is not part of PySide6-Essentials, so the pages are rendered with PDFium (pypdfium2, a
small wheel) and painted onto the QPrinter page by page.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from msu_desktop.gui.printing import PrintJob, open_preview

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


def pdf_orientation(pdf_path: Path) -> QPageLayout.Orientation:
    """Landscape when the PDF's first page is wider than high (the report tables are)."""
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        width, height = doc[0].get_size() if len(doc) else (0.0, 1.0)
    finally:
        doc.close()
    if width > height:
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def preview_pdf(pdf_path: Path, parent: QWidget, title: str | None = None) -> PrintJob:
    """The print path (gui/printing.py) for a PDF the app wrote: preview, print, save a copy."""
    return open_preview(
        parent,
        title or pdf_path.name,
        lambda printer: paint_pdf(printer, pdf_path),
        orientation=pdf_orientation(pdf_path),
        file_name=pdf_path.name,
    )
