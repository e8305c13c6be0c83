"""What a report row says on paper, the same in the PDF and the xlsx: the status with its
reason, and what "done" rests on (the dates, the confirming document, the attached files);
the municipality as the header names it; the signer's title from the directory's data."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from msu_desktop import assets
from msu_desktop.domain import report as rpt
from msu_desktop.i18n import pick, tr


def reason_statuses(rules: Any) -> tuple[str, ...] | None:
    """The statuses whose reason is printed: those the rules ask a reason for (None: the
    rules ask for none, any reason is printed)."""
    found: list[str] = []
    for rule in getattr(rules, "rules", ()):
        if rule.kind == "required" and "reason" in rule.fields:
            found += rule.when_status
    return tuple(found) or None


def status_text(row: Any, lang: str, rules: Any = None) -> str:
    """ "Не выполнено: причина" -- the label's own "(причина)" is not doubled by the reason;
    a reason left from an earlier status (the status since changed to one that has none) is
    not printed."""
    if not row.status:
        return tr("Export", "not reported", lang)
    label = pick(row.status_label, lang)
    wanted = reason_statuses(rules)
    if not row.reason or (wanted is not None and row.status not in wanted):
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
    place = ", ".join(
        x
        for x in (muni.name(lang), place_name(muni.rayon, lang), place_name(muni.oblast, lang))
        if x
    )
    return f"{place} · {tr('Export', 'СОАТЕ', lang)} {muni.soate}"


def _norm(name: str) -> str:
    """A directory's Russian place name as a key: real files have "Тонский районрайон",
    double spaces and notes in brackets."""
    text = re.sub(r"\(.*?\)", "", name).lower().replace("ё", "е")
    text = re.sub(r"(район)+", "район", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _places_ky() -> dict[str, str]:
    from msu_exchange import documents

    what = tr("Files", "The Kyrgyz names of oblasts and rayons")
    doc = documents.load_json(assets.data_path("directory", "places.json"), what)
    documents.validate(doc, "places.schema.json", what)
    return {_norm(ru): p["ky"] for p in doc["places"] for ru in p["ru"]}


def place_name(name: str, lang: str) -> str:
    """A rayon or an oblast as the paper in ``lang`` names it: the directory holds the Russian
    name, the Kyrgyz one comes from data/directory/places.json (a name not there is printed
    as the directory has it)."""
    if not name or lang != "ky":
        return name
    return _places_ky().get(_norm(name), name)


def letter_lines(outgoing: Any, plan: Any, lang: str) -> list[str]:
    """The header's right-hand block: the annex number, the cover letter's outgoing number
    and date (blanks to fill by hand when not given) and the addressee from the plan."""
    from msu_desktop.services.package.outgoing import addressee

    number = outgoing.number if outgoing and outgoing.number else "________"
    date = rpt.display("date", outgoing.date.isoformat()) if outgoing and outgoing.date else ""
    lines = [
        tr("Export", "Annex No. {annex}", lang, annex=outgoing.annex if outgoing else "1"),
        tr(
            "Export",
            "to the letter ref. No. {number} of {date}",
            lang,
            number=number,
            date=date or "«____» ____________ 20___",
        ),
    ]
    agency = addressee(plan, lang)
    if agency:
        lines.append(tr("Export", "To: {agency}", lang, agency=agency))
    return lines


def head_title(muni: Any, lang: str) -> str:
    """The signer's title from the directory's data: a city's mayor, else the aiyl okmotu's
    head."""
    if muni is not None and getattr(muni, "kind", "") == "city":
        return tr("Export", "Mayor", lang)
    return tr("Export", "Head of the aiyl okmotu", lang)
