"""What a report row says on paper, the same in the PDF and the xlsx: the status with its
reason, and what "done" rests on (the dates, the confirming document, the attached files);
the municipality as the header names it; the signer's title from the directory's data."""

from __future__ import annotations

from typing import Any

from msu_desktop.domain import report as rpt
from msu_desktop.i18n import pick, tr


def status_text(row: Any, lang: str) -> str:
    """ "Не выполнено: причина" -- the label's own "(причина)" is not doubled by the reason."""
    if not row.status:
        return tr("Export", "not reported", lang)
    label = pick(row.status_label, lang)
    if not row.reason:
        return label
    if label.endswith(")") and "(" in label:
        label = label[: label.rindex("(")].rstrip()
    return f"{label}: {row.reason}"


def basis_text(row: Any, lang: str) -> str:
    """The start and end dates, the confirming document and the attached files, one a line."""
    lines = []
    if row.start_date:
        lines.append(f"{tr('Export', 'Start', lang)}: {rpt.display('date', row.start_date)}")
    if row.end_date:
        lines.append(f"{tr('Export', 'End', lang)}: {rpt.display('date', row.end_date)}")
    if row.evidence:
        lines.append(f"{tr('Export', 'Document', lang)}: {row.evidence}")
    if row.attachments:
        names = "; ".join(a.name for a in row.attachments)
        lines.append(f"{tr('Export', 'Files', lang)}: {names}")
    return "\n".join(lines)


def municipality_line(muni: Any, lang: str) -> str:
    """ "Дары айыл аймагы, Баткенский район, Баткенская область · СОАТЕ 41705214812000"."""
    if muni is None:
        return ""
    place = ", ".join(x for x in (muni.name(lang), muni.rayon, muni.oblast) if x)
    return f"{place} · {tr('Export', 'СОАТЕ', lang)} {muni.soate}"


def head_title(muni: Any, lang: str) -> str:
    """The signer's title from the directory's data: a city's mayor, else the aiyl okmotu's
    head."""
    if muni is not None and getattr(muni, "kind", "") == "city":
        return tr("Export", "Mayor", lang)
    return tr("Export", "Head of the aiyl okmotu", lang)
