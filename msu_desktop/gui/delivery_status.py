"""Replies from the agency in the window: File → Import a reply from the agency (``.msureply``:
receipts and decisions, verified, applied in one go; a returned period unlocks with the
agency's comments), and the receipt of a package saved as a PDF to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.services import agency_returns, delivery, trust
from msu_desktop.services.labels import period_name
from msu_desktop.services.workspace import Workspace


def standings_text(ws: Workspace) -> str:
    problem = delivery.migration_problem(ws.outbox_dir)
    lines = [problem] if problem else []
    for st in delivery.standings(ws.outbox_dir):
        lines.append(f"{period_name(st.period)}: {st.label}")
        if st.note:
            lines.append(f"    {st.note}")
        lines.extend(f"    {code}: {text}" for code, text in sorted(st.comments.items()))
    return "\n".join(lines)


def import_reply(parent: QWidget, ws: Workspace, path: Path | None = None) -> bool:
    """Ask for the reply file, verify and apply it; tell the user what changed or why not."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DeliveryStatus", "Import a reply from the agency"),
            str(Path.home()),
            QCoreApplication.translate("DeliveryStatus", "Replies of the agency (*.msureply)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    muni = ws.municipality()
    try:
        skipped: list[str] = []
        changed, unlocked = agency_returns.import_reply(
            ws, muni.soate if muni else "", path, skipped
        )
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DeliveryStatus", "Reply from the agency"), str(exc)
        )
        return False
    head = (
        QCoreApplication.translate("DeliveryStatus", "The reply was checked and recorded.")
        if changed
        else QCoreApplication.translate("DeliveryStatus", "Nothing new in this reply.")
    )
    if skipped:
        head += "\n" + QCoreApplication.translate(
            "DeliveryStatus",
            "Left aside: packages not in this office's outbox (numbers {seqs}).",
        ).format(seqs=", ".join(skipped))
    if unlocked:
        head += "\n" + QCoreApplication.translate(
            "DeliveryStatus", "Returned for correction, now unlocked: {periods}"
        ).format(periods=", ".join(period_name(p) for p in unlocked))
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DeliveryStatus", "Reply from the agency"),
        head + "\n\n" + standings_text(ws),
    )
    return True


def save_receipt_pdf(
    parent: QWidget, ws: Workspace, package: Path, target: Path | None = None
) -> Path | None:
    from msu_desktop.services.export.receipt_pdf import write_receipt_pdf
    from msu_exchange.signing.trusted import signer_of

    try:
        receipt = delivery.load_receipt(ws.outbox_dir, package)
        decision = delivery.load_decision(ws.outbox_dir, package)
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DeliveryStatus", "Receipt"), str(exc)
        )
        return None
    if receipt is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DeliveryStatus", "Receipt"),
            QCoreApplication.translate(
                "DeliveryStatus", "The agency has not confirmed this package yet."
            ),
        )
        return None
    if target is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DeliveryStatus", "Save the receipt as PDF"),
            str(Path.home() / f"{package.stem}_receipt.pdf"),
            "PDF (*.pdf)",
        )
        if not chosen:
            return None
        target = Path(chosen)
    signer = signer_of(
        trust.trusted_keys(ws.data_dir, "receipts"), receipt.document, receipt.signature
    )
    muni = ws.municipality()
    name = (muni.name_ky if i18n.language() == "ky" else muni.name_ru) if muni else ""
    try:
        return write_receipt_pdf(
            receipt,
            target,
            municipality=name,
            key_fingerprint=signer.fingerprint if signer else "",
            decision=decision,
        )
    except UserError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("DeliveryStatus", "Receipt"), str(exc)
        )
        return None


def agency_note_label(parent: QWidget) -> QLabel:
    """Above a measure's form: what the agency said of it when it returned the report."""
    label = QLabel(parent)
    label.setObjectName("agencyComments")
    label.setWordWrap(True)
    label.setStyleSheet("background: #fff4d6; border: 1px solid #d9b44a; padding: 6px;")
    label.hide()
    return label


def update_agency_note(label: QLabel, ws: Workspace, period: str | None, code: str | None) -> None:
    from msu_desktop.services.agency_returns import agency_comments

    texts = agency_comments(ws, period, code) if period and code else []
    label.setText(
        QCoreApplication.translate(
            "DeliveryStatus", "The agency returned this measure: {text}"
        ).format(text=" · ".join(texts))
    )
    label.setVisible(bool(texts))
