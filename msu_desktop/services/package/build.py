"""Building a signed report package for one period, from the office's database (the format,
its writing and its checks are :mod:`msu_exchange.report_package`).

Steps (each can report progress and be cancelled before anything is written where the user
looks): data.json from the report service, the Excel and PDF files, the evidence files, the
manifest with every file's SHA-256 and size, the minisign signature of the manifest, and one zip
written atomically to the target folder (a USB stick pulled half-way leaves nothing that
verifies). The sequence number grows with every export and is kept in the database.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from msu_desktop import __version__, errors
from msu_desktop.domain.numbers import to_tyiyn
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import settings
from msu_exchange.files import sha256_file
from msu_exchange.progress import Progress
from msu_exchange.report_package import DATA, write_signed_package
from msu_exchange.signing import keys


class Cancelled(errors.Cancelled):
    pass


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{to_tyiyn(value):.2f}"  # THE rounding rule


def next_sequence(ws: Any) -> int:
    """A number that grows with every export of this data folder (one transaction)."""
    with ws.transaction() as s:
        value = settings.PACKAGE_SEQUENCE.read(s) + 1
        settings.PACKAGE_SEQUENCE.write(s, value)
    return value


def give_back_sequence(ws: Any, value: int) -> None:
    """Undo :func:`next_sequence` after an export that wrote nothing (a full disk), so that a
    refused export leaves the database as it was."""
    with ws.transaction() as s:
        if settings.PACKAGE_SEQUENCE.read(s) == value:
            settings.PACKAGE_SEQUENCE.write(s, value - 1)


def package_data(
    ws: Any, period_id: str, rows: list[Any] | None = None, summary: Any = None
) -> dict[str, Any]:
    """Everything the agency needs to consolidate without reading Excel (schema:
    data/schema/package_data.schema.json). ``rows``/``summary``: the period's report rows and
    summary when the caller has them already."""
    from msu_desktop.services import plan_service
    from msu_desktop.services.report.rows import period_summary, report_rows

    plan = ws.plan()
    muni = ws.municipality()
    rows = report_rows(ws, period_id) if rows is None else rows
    summary = period_summary(ws, period_id, rows=rows) if summary is None else summary
    removed = plan_service.removed_measures(ws.read)
    info = summary.period
    measures = []
    for r in rows:
        measures.append(
            {
                "code": r.measure_code,
                "direction": r.direction_code,
                "task": r.task_code,
                "title": r.title,
                "lsg_participates": r.lsg_participates,
                "deadline": r.deadline_last_day.isoformat() if r.deadline_last_day else None,
                "deadline_missed": r.deadline_missed,
                "status": r.status or None,
                "reason": r.reason,
                "done": r.done,
                "start_date": r.start_date or None,
                "end_date": r.end_date or None,
                "evidence": r.evidence,
                "indicators": {i.id: i.value for i in r.indicators if str(i.value).strip()},
                "money": {k: _money(v) for k, v in r.money.items() if v is not None},
                "money_total": _money(r.money_total),
                "problems": r.problems,
                "proposals": r.proposals,
                "attachments": [
                    {"name": a.name, "sha256": a.sha256, "size": a.size, "mime": a.mime}
                    for a in r.attachments
                ],
            }
        )
    return {
        "schema_version": 1,
        "municipality": {
            "soate": muni.soate if muni else "",
            "name": {"ky": muni.name_ky, "ru": muni.name_ru} if muni else {"ky": "", "ru": ""},
            "rayon": muni.rayon if muni else "",
            "oblast": muni.oblast if muni else "",
            "head": muni.head_name if muni else "",
            "secretary": muni.secretary_name if muni else "",
        },
        "plan": {"id": plan.plan_id, "version": plan.version},
        "period": {
            "id": period_id,
            "start": info.spec.start.isoformat(),
            "end": info.spec.end.isoformat(),
            "due": info.spec.due.isoformat(),
            "state": info.state,
            "approved": info.state == "approved",
            "problems": summary.problems,
            "approved_by": info.approved_by,
            "approved_on": info.approved_on.isoformat() if info.approved_on else None,
        },
        "summary": {
            "measures": summary.total,
            "reported": summary.reported,
            "by_status": summary.by_status,
            "deadline_missed": summary.deadline_missed,
            "money_by_source": {k: _money(v) for k, v in summary.money_by_source.items()},
            "money_total": _money(summary.money_total),
        },
        "measures": measures,
        "removed_measures": [{"code": c, "title": t} for c, t in removed],
        "property": _property_summary(ws),
    }


@dataclass(frozen=True)
class Readiness:
    """Whether a period's package can go out as the head's word: its state and the problems
    the checks still find."""

    period_id: str
    state: str  # draft | complete | approved
    problems: int

    @property
    def approved(self) -> bool:
        return self.state == "approved"


def readiness(ws: Any, period_id: str) -> Readiness:
    from msu_desktop.services.report.rows import period_summary

    summary = period_summary(ws, period_id)
    return Readiness(period_id, summary.period.state, summary.problems)


def readiness_warning(r: Readiness, lang: str | None = None) -> str | None:
    """What to tell the user before building the package of a period that is not approved
    (``None`` when it is approved)."""
    from msu_desktop.services.labels import period_name

    if r.approved:
        return None
    period = period_name(r.period_id, lang)
    if r.state == "complete":
        why = tr(
            "Package",
            "The report for {period} is marked complete, but the head has not approved it.",
            lang,
            period=period,
        )
    elif r.problems:
        why = tr(
            "Package",
            "The report for {period} is a draft: the checks still find %n problem(s) to fix, "
            "and the head has not approved it.",
            lang,
            period=period,
            n=r.problems,
        )
    else:
        why = tr(
            "Package",
            "The report for {period} is a draft: it is not marked complete, and the head has "
            "not approved it.",
            lang,
            period=period,
        )
    return (
        why
        + " "
        + tr(
            "Package",
            "The package records this state, and the agency will see that the report is not "
            "approved.",
            lang,
        )
    )


def _property_summary(ws: Any) -> dict[str, Any]:
    """The property register's summary (objects, area and value by category and use, rent)."""
    from msu_desktop.services.property.register import summary_for_package

    return summary_for_package(ws)


def build_package(
    ws: Any,
    period_id: str,
    out_dir: Path,
    lang: str = "ru",
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    outgoing: Any = None,
) -> Path:
    """``outgoing``: the cover letter's number, date and annex the secretary gave
    (package.outgoing.Outgoing), kept for the period; None: the ones kept before."""
    from msu_desktop.services.package import outgoing as letter

    def step(pct: int, what: str) -> None:
        if cancelled and cancelled():
            raise Cancelled("The export was cancelled; nothing was written.")
        if progress:
            progress(pct, what)

    muni = ws.municipality()
    if muni is None:
        raise UserError("Set up the municipality (File → Municipality) before exporting.")
    from msu_desktop.services.report.rows import period_summary, report_rows

    step(5, tr("Package", "Collecting the data…"))
    key = keys.load_or_create(ws.keys_dir)
    # the period read once: data.json, the Excel, the PDF and the evidence all come from it
    rows = report_rows(ws, period_id)
    summary = period_summary(ws, period_id, rows=rows)
    if outgoing is None:
        outgoing = letter.load(ws, period_id)
    else:
        letter.save(ws, period_id, outgoing)
    data = package_data(ws, period_id, rows, summary)
    data["outgoing"] = letter.as_data(outgoing)
    previous = superseded_package(ws.outbox_dir, period_id)
    if previous is not None:
        data["supersedes"] = previous
    data_bytes = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    seq = next_sequence(ws)
    try:
        return _build(
            ws,
            period_id,
            out_dir,
            lang,
            muni,
            key,
            data,
            data_bytes,
            seq,
            step,
            rows,
            summary,
            outgoing,
        )
    except BaseException:
        give_back_sequence(ws, seq)
        raise


def _build(
    ws: Any,
    period_id: str,
    out_dir: Path,
    lang: str,
    muni: Any,
    key: Any,
    data: dict[str, Any],
    data_bytes: bytes,
    seq: int,
    step: Callable[[int, str], None],
    rows: list[Any],
    summary: Any,
    outgoing: Any,
) -> Path:
    from msu_desktop.services.export.report_pdf import report_pdf_bytes
    from msu_desktop.services.export.report_xlsx import report_xlsx_bytes

    pub = key.public_key()
    data_sha = hashlib.sha256(data_bytes).hexdigest()
    stem = f"{muni.soate}_{period_id}_{seq:04d}"
    fingerprint = f"{stem} · {data_sha[:16].upper()} · {pub.fingerprint()}"
    link = f"MSU|{muni.soate}|{period_id}|{seq}|{data_sha}|{pub.fingerprint().replace(' ', '')}"
    # the Excel and the PDF are made in memory and go into the package as they are: no
    # temporary files to write, flush to the disk and read back (an old PC's disk)
    step(20, tr("Package", "Writing the Excel report…"))
    xlsx = report_xlsx_bytes(
        ws, period_id, lang, fingerprint=fingerprint, rows=rows, summary=summary, outgoing=outgoing
    )
    step(45, tr("Package", "Writing the PDF report…"))
    pdf = report_pdf_bytes(
        ws,
        period_id,
        lang,
        fingerprint=fingerprint,
        link=link,
        rows=rows,
        summary=summary,
        outgoing=outgoing,
    )
    step(75, tr("Package", "Adding the evidence files…"))
    members: list[tuple[str, bytes | Path]] = [
        (DATA, data_bytes),
        (f"report_{period_id}_{lang}.xlsx", xlsx),
        (f"report_{period_id}_{lang}.pdf", pdf),
    ]
    seen: set[str] = set()
    for row in rows:
        for a in row.attachments:
            name = f"evidence/{a.sha256[:12]}_{_safe(a.name)}"
            if name not in seen and a.path.exists():
                seen.add(name)
                members.append((name, a.path))
    step(90, tr("Package", "Signing and writing the package…"))
    out = write_signed_package(
        out_dir,
        stem,
        key,
        soate=muni.soate,
        names={"ky": muni.name_ky, "ru": muni.name_ru},
        period_id=period_id,
        plan=data["plan"],
        sequence=seq,
        lang=lang,
        members=members,
        app_version=__version__,
    )
    step(100, tr("Package", "Done."))
    return out


def superseded_package(outbox: Path, period_id: str) -> dict[str, Any] | None:
    """The latest package of the period that left this office (sent or saved to a stick):
    the next one says that it replaces it, so the agency's consolidation stays idempotent."""
    from msu_desktop.services import delivery

    found = sorted(Path(outbox).glob(f"*_{period_id}_*.msupkg")) if Path(outbox).is_dir() else []
    if not found:  # the period's first package: no need to read the delivery states
        return None
    states = delivery.load(outbox)
    best: tuple[int, Path] | None = None
    for path in found:
        d = states.get(path.name)
        if d is None or d.state in ("created", "refused"):
            continue
        try:
            seq = int(path.stem.rsplit("_", 1)[1])
        except (IndexError, ValueError):
            continue
        if best is None or seq > best[0]:
            best = (seq, path)
    if best is None:
        return None
    d = states[best[1].name]
    return {
        "sequence": best[0],
        "sha256": d.sha256 or sha256_file(best[1]),
        "reason": "returned" if d.state == "returned" else "resent",
    }


def _safe(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)
    return keep[-80:] or "file"
