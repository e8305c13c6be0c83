"""Bringing in a predecessor's property register after a merger (issue 25), with a dry run.

Source: a backup of this app (``.zip``, checked completely by :func:`backup.verify_backup`) or a
data folder of this app. The predecessor's database is never opened where it lies: it is copied
to a temporary folder, and that copy is opened (and brought to this version's schema there).

What comes over: the property objects with their revaluations, leases and council decisions
(written-off and sold objects stay so, by their decision), and each object's history. Every
transferred object keeps its provenance: a history line and a line in its internal notes
"transferred from X (code) by merger on DATE (decision …); former inventory No. N" -- so the old
number is found by the register's search and survives an export and re-import. A number that
is already taken in this register is renumbered by ONE rule: the predecessor's three-digit unit
code from its СОАТЕ (digits 9–11) and a hyphen before the old number (``101-0001``).

Idempotent: what became what is kept per predecessor (setting ``transfer:<soate>``); a second
run of the same transfer adds nothing. Refused in words, nothing changed: a predecessor the
installed directory does not name as one of this municipality's, a damaged or foreign database,
a source that is neither a backup nor a data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from msu_desktop.domain.municipality import DirectoryRecord, predecessors
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_desktop.services import change_log, directory, settings
from msu_desktop.services.property.fields import ENTITY
from msu_desktop.storage.db import DB_FILENAME
from msu_desktop.storage.models.core import ChangeLog
from msu_desktop.storage.models.property import (
    CouncilDecision,
    Lease,
    PropertyObject,
    Revaluation,
)

OBJECT_COLUMNS = [
    c.key
    for c in PropertyObject.__table__.columns
    if c.key not in ("id", "disposal_decision_id", "created_at", "updated_at")
]
LEASE_COLUMNS = [c.key for c in Lease.__table__.columns if c.key not in ("id", "object_id")]
REVALUATION_COLUMNS = [
    c.key for c in Revaluation.__table__.columns if c.key not in ("id", "object_id")
]


@dataclass
class TransferPlan:
    """What a transfer does (the dry run shows it; the real run does exactly it)."""

    predecessor: DirectoryRecord
    source: Path
    new_objects: list[tuple[str, str]] = field(default_factory=list)  # (old No., new No.)
    already: int = 0
    leases: int = 0
    decisions: int = 0
    revaluations: int = 0
    reports: list[str] = field(default_factory=list)  # periods archived (or to archive)

    @property
    def renumbered(self) -> list[tuple[str, str]]:
        return [(o, n) for o, n in self.new_objects if o != n]

    def lines(self, lang: str | None = None) -> list[str]:
        out = [
            tr(
                "Transfer",
                "From {name} ({code}): %n object(s) to bring in.",
                lang=lang,
                n=len(self.new_objects),
                name=self.predecessor.name(lang or "ru"),
                code=self.predecessor.soate,
            )
        ]
        for old, new in self.renumbered:
            out.append(
                tr(
                    "Transfer",
                    "No. {old} is taken in this register: it becomes {new}.",
                    lang=lang,
                    old=old,
                    new=new,
                )
            )
        out.append(
            tr(
                "Transfer",
                "Leases: {leases}; council decisions: {decisions}; revaluations: {revaluations}.",
                lang=lang,
                leases=str(self.leases),
                decisions=str(self.decisions),
                revaluations=str(self.revaluations),
            )
        )
        if self.reports:
            out.append(
                tr(
                    "Transfer",
                    "Reports of {name}: %n period(s), kept as a read-only archive (PDF) in "
                    "archive/{code}.",
                    lang=lang,
                    n=len(self.reports),
                    name=self.predecessor.name(lang or "ru"),
                    code=self.predecessor.soate,
                )
            )
        if self.already:
            out.append(
                tr(
                    "Transfer",
                    "%n object(s) were brought in before and are left as they are.",
                    lang=lang,
                    n=self.already,
                )
            )
        return out


def renumber(predecessor_soate: str, old: str) -> str:
    """The one visible rule for a colliding number: the predecessor's unit code, a hyphen."""
    return f"{predecessor_soate[8:11]}-{old}"[:40]


def _setting_key(soate: str) -> str:
    return f"{settings.TRANSFERS.prefix}{soate}"


def _done(ws_or_session: Any, soate: str) -> dict[str, Any]:
    from sqlalchemy.orm import Session

    if isinstance(ws_or_session, Session):
        raw = settings.read_text(ws_or_session, _setting_key(soate), "")
    else:
        raw = ws_or_session.setting(_setting_key(soate), "")
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def _open_source(source: Path, stage: Path) -> Any:
    """A workspace on a private copy of the predecessor's database."""
    from msu_desktop.services import backup
    from msu_desktop.services.workspace import Workspace

    source = Path(source)
    if source.is_dir():
        db = source / DB_FILENAME
        if not db.is_file():
            raise UserError(
                "{path} is not a data folder of MSU Desktop (it has no {file}); nothing was "
                "changed.",
                path=str(source),
                file=DB_FILENAME,
            )
        shutil.copy2(db, stage / DB_FILENAME)
        for extra in ("-wal",):
            if (source / (DB_FILENAME + extra)).is_file():
                shutil.copy2(source / (DB_FILENAME + extra), stage / (DB_FILENAME + extra))
    elif source.is_file():
        backup.verify_backup(source, extract_to=stage)
    else:
        raise UserError("The file was not found: {path}", path=str(source))
    try:
        return Workspace.open(stage, install_plan=False)
    except UserError as exc:
        raise UserError(
            "The predecessor's database in {path} cannot be read: {reason} Nothing was changed.",
            path=source.name,
            reason=str(exc),
        ) from exc


def _predecessor(ws: Any, soate: str) -> DirectoryRecord:
    me = ws.municipality()
    if me is None:
        raise UserError("Set up the municipality (File → Municipality) first.")
    records = directory.load(ws)
    for rec in predecessors(records, me.soate):
        if rec.soate == soate:
            return rec
    raise UserError(
        "The data is of {code}, which the installed directory does not name as a predecessor "
        "of {name} ({mine}); nothing was changed.",
        code=soate,
        name=me.name_ru,
        mine=me.soate,
    )


def transfer(ws: Any, source: Path, *, dry_run: bool = False) -> TransferPlan:
    """Bring the register of the predecessor in ``source`` into ``ws`` (or only say what)."""
    with tempfile.TemporaryDirectory(prefix="msu-transfer-") as tmp:
        other = _open_source(Path(source), Path(tmp))
        try:
            plan = _transfer(ws, other, Path(source), dry_run)
            _archive_reports(ws, other, plan, dry_run)
            return plan
        finally:
            other.close()


def transfer_excel(
    ws: Any, register: Path, predecessor: str, *, dry_run: bool = False
) -> tuple[TransferPlan, list[str]]:
    """A predecessor that kept its register in Excel: the file goes through the ordinary import
    (the same reading, columns, rules and refusals) into a scratch register of that
    predecessor, and is brought in from there like a predecessor's data folder, with the same
    provenance, renumbering and idempotence (an object is known by its number in the file).
    Every column the import does not read is kept in the notes. A file with rejected rows is
    not brought in: the rows are named, nothing is changed."""
    from msu_desktop.services.property import import_apply, import_check, import_map, import_read
    from msu_desktop.services.workspace import Workspace

    pred = _predecessor(ws, predecessor)
    sheet = import_read.read_workbook(Path(register))
    mapping = import_map.guess_mapping(sheet)
    mapping.keep = mapping.unmapped(sheet)
    with tempfile.TemporaryDirectory(prefix="msu-transfer-") as tmp:
        scratch = Workspace.open(Path(tmp), install_plan=False)
        try:
            from msu_desktop.domain.municipality import Municipality

            scratch.save_municipality(
                Municipality(
                    soate=pred.soate,
                    name_ky=pred.name_ky,
                    name_ru=pred.name_ru,
                    rayon=pred.rayon,
                    oblast=pred.oblast,
                    kind=pred.kind,
                )
            )
            check = import_check.dry_run(scratch, sheet, mapping)
            lines = list(import_check.summary_lines(check))
            if check.rejected:
                raise UserError(
                    "{lines} The register of {name} was not brought in: correct the rows named "
                    "and try again. Nothing was changed.",
                    lines=" ".join(lines),
                    name=pred.name_ru,
                )
            import_apply.apply(scratch, check)
            plan = _transfer(
                ws,
                scratch,
                Path(register),
                dry_run,
                key=lambda obj: f"xlsx:{obj.inventory_number}",
                decision_key=lambda d: f"xlsx:{d.kind}|{d.number}|{d.date.isoformat()}",
            )
        finally:
            scratch.close()
    return plan, lines


ARCHIVE = "archive"


def archive_dir(ws: Any, soate: str) -> Path:
    return Path(ws.data_dir) / ARCHIVE / soate


def _archive_reports(ws: Any, other: Any, plan: TransferPlan, dry_run: bool) -> None:
    """The predecessor's reports, period by period, as PDFs under its own name (its
    municipality is on every page): read-only, never merged into this office's reports. A
    period already archived is left as it is."""
    from sqlalchemy import text

    from msu_desktop.i18n import language
    from msu_desktop.services.export.report_pdf import write_report_pdf

    try:
        plan_id = other.plan().plan_id
    except Exception:  # a predecessor with no plan installed has no reports either
        return
    with other.session() as src:
        periods = [
            row[0]
            for row in src.execute(
                text(
                    "SELECT DISTINCT e.period_id FROM report_value v JOIN report_entry e "
                    "ON v.entry_id = e.id WHERE e.plan_id = :plan ORDER BY e.period_id"
                ),
                {"plan": plan_id},
            )
        ]
    folder = archive_dir(ws, plan.predecessor.soate)
    plan.reports = [p for p in periods if not (folder / f"{p}.pdf").exists()]
    if dry_run or not plan.reports:
        return
    folder.mkdir(parents=True, exist_ok=True)
    for period in plan.reports:
        write_report_pdf(other, period, language(), folder / f"{period}.pdf")


def _by_id(obj: Any) -> str:
    return str(obj.id)


def _number_objects(
    src: Any, objects: list[Any], taken: set[str], pred: Any, plan: TransferPlan
) -> list[tuple[Any, str]]:
    """Each predecessor's object not carried over yet with the number it takes here (its own,
    or the renumbered one when its own is taken); the plan counts them and their leases and
    revaluations. Raises when the renumbered one is taken too."""
    todo = []
    for obj in objects:
        number = obj.inventory_number
        if number in taken:
            number = renumber(pred.soate, obj.inventory_number)
            if number in taken:
                raise UserError(
                    "No. {old} of {name} is taken in this register, and so is {new}; "
                    "rename one of them first. Nothing was changed.",
                    old=obj.inventory_number,
                    name=pred.name_ru,
                    new=number,
                )
        taken.add(number)
        plan.new_objects.append((obj.inventory_number, number))
        todo.append((obj, number))
        plan.leases += len(list(src.scalars(select(Lease).where(Lease.object_id == obj.id))))
        plan.revaluations += len(
            list(src.scalars(select(Revaluation).where(Revaluation.object_id == obj.id)))
        )
    return todo


def _transfer(
    ws: Any,
    other: Any,
    source: Path,
    dry_run: bool,
    key: Any = _by_id,
    decision_key: Any = _by_id,
) -> TransferPlan:
    theirs = other.municipality()
    if theirs is None:
        raise UserError(
            "{path} holds no municipality: it is not a predecessor's data; nothing was changed.",
            path=source.name,
        )
    pred = _predecessor(ws, theirs.soate)
    plan = TransferPlan(pred, source)
    with other.session() as src:
        objects = list(src.scalars(select(PropertyObject).order_by(PropertyObject.id)))
        decisions = list(src.scalars(select(CouncilDecision).order_by(CouncilDecision.id)))
        with ws.transaction() as s:
            done = _done(s, pred.soate)
            mapped: dict[str, int] = dict(done.get("objects", {}))
            taken = set(s.scalars(select(PropertyObject.inventory_number)))
            fresh = [obj for obj in objects if key(obj) not in mapped]
            plan.already += len(objects) - len(fresh)
            todo = _number_objects(src, fresh, taken, pred, plan)
            done_decisions: dict[str, int] = dict(done.get("decisions", {}))
            new_decisions = [d for d in decisions if decision_key(d) not in done_decisions]
            plan.decisions = len(new_decisions)
            if dry_run or (not todo and not new_decisions):
                s.rollback()
                return plan
            user = ws.current_user()
            date = pred.valid_until + dt.timedelta(days=1) if pred.valid_until else None
            successor = ws.municipality()
            decision_text = next(
                (
                    r.decision
                    for r in directory.load(ws)
                    if successor and r.soate == successor.soate and r.decision
                ),
                "",
            )
            for d in new_decisions:
                nd = CouncilDecision(
                    number=d.number,
                    date=d.date,
                    kind=d.kind,
                    text=(d.text + f" ({pred.name_ru})").strip(),
                )
                s.add(nd)
                s.flush()
                done_decisions[decision_key(d)] = nd.id
            for obj, number in todo:
                line = tr(
                    "Transfer",
                    "transferred from {name} ({code}) by merger on {date} ({decision}); former "
                    "inventory No. {old}",
                    name=pred.name_ru,
                    code=pred.soate,
                    date=date.strftime("%d.%m.%Y") if date else "?",
                    decision=decision_text or "—",
                    old=obj.inventory_number,
                )
                data = {k: getattr(obj, k) for k in OBJECT_COLUMNS}
                data["inventory_number"] = number
                data["notes"] = (f"{obj.notes}\n{line}" if obj.notes else line)[:10000]
                new = PropertyObject(**data)
                if obj.disposal_decision_id is not None:
                    disposal = src.get(CouncilDecision, obj.disposal_decision_id)
                    if disposal is not None:
                        new.disposal_decision_id = done_decisions.get(decision_key(disposal))
                s.add(new)
                s.flush()
                mapped[key(obj)] = new.id
                for d in obj.decisions:
                    target = s.get(CouncilDecision, done_decisions.get(decision_key(d)))
                    if target is not None:
                        target.objects.append(new)
                for lease in src.scalars(select(Lease).where(Lease.object_id == obj.id)):
                    s.add(Lease(object_id=new.id, **{k: getattr(lease, k) for k in LEASE_COLUMNS}))
                for rv in src.scalars(select(Revaluation).where(Revaluation.object_id == obj.id)):
                    s.add(
                        Revaluation(
                            object_id=new.id, **{k: getattr(rv, k) for k in REVALUATION_COLUMNS}
                        )
                    )
                for h in src.scalars(
                    select(ChangeLog)
                    .where(ChangeLog.entity == ENTITY, ChangeLog.entity_id == str(obj.id))
                    .order_by(ChangeLog.id)
                ):
                    change_log.record(
                        s,
                        ENTITY,
                        str(new.id),
                        h.field,
                        h.old_value,
                        h.new_value,
                        h.user,
                        h.reason,
                        at=h.at,
                    )
                change_log.record(s, ENTITY, str(new.id), "transfer", None, line, user)
            done = {
                "name": pred.name_ru,
                "objects": mapped,
                "decisions": done_decisions,
                "at": ws.today().isoformat(),
            }
            settings.write_text(s, _setting_key(pred.soate), json.dumps(done))
    return plan


def predecessor_records(ws: Any) -> list[DirectoryRecord]:
    """The municipalities the installed directory says this one took over (none: not merged)."""
    me = ws.municipality()
    return predecessors(directory.load(ws), me.soate) if me is not None else []


def transferred_from(ws: Any) -> dict[str, list[int]]:
    """Per predecessor code, the ids of the objects that came from it (for the filter)."""
    out: dict[str, list[int]] = {}
    for rec in predecessor_records(ws):
        ids = [int(v) for v in _done(ws, rec.soate).get("objects", {}).values()]
        if ids:
            out[rec.soate] = ids
    return out
