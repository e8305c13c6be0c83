"""The municipality directory (СОАТЕ codes, names, rayon, oblast, and what a merged unit was
merged into), as data from the agency: a ``directory.json`` (schema
``data/schema/directory.schema.json``) or a ``directory.csv`` inside a plan package, or a CSV
file the secretary picks. Real files are messy (double spaces, "районрайон", en dashes): names
are normalised on the way in.

The plan import calls :func:`describe_package_directory` (lines for the "what would change"
list, e.g. "your aiyl okmotu is merged into …") and :func:`apply_package_directory` (store it,
in the same transaction as the plan). The set-up dialog looks names up with :func:`search`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from msu_desktop.domain.municipality import (
    DirectoryRecord,
    directory_problems,
    final_successor,
    latest_record,
)
from msu_desktop.errors import InvalidData, UserError
from msu_desktop.i18n import tr
from msu_desktop.services import settings
from msu_exchange.documents import validate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SETTING = settings.MUNICIPALITY_DIRECTORY.key
SOATE_RE = re.compile(r"417\d{11}")
# A real directory file may hold a stray line (a note, a total); more bad codes than this share
# means the file is not a directory of СОАТЕ codes (wrong column, wrong file, damaged), and the
# old directory is kept.
MAX_INVALID_SHARE = 0.05


# The directory's record is the domain's (validity, predecessors, the head's title); the
# services keep the old name for the callers.
Entry = DirectoryRecord
FORMAT_JSON_VERSION = 2


def _date(text: Any) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError as exc:
        raise UserError("«{text}» is not a date (YYYY-MM-DD).", text=str(text)[:20]) from exc


def _from_v1(rows: list[tuple[DirectoryRecord, str, str | None]]) -> list[DirectoryRecord]:
    """A version-1 file says "status: merged, merged_into: X" with no dates: X is recorded as
    the successor of each merged code; the merged record gets no end date it never had."""
    takers: dict[str, list[str]] = {}
    for rec, status, merged_into in rows:
        if status == "merged" and merged_into:
            takers.setdefault(merged_into, []).append(rec.soate)
    out = []
    for rec, _status, _merged in rows:
        extra = tuple(c for c in takers.get(rec.soate, ()) if c not in rec.succeeded)
        out.append(replace(rec, succeeded=rec.succeeded + extra) if extra else rec)
    return out


def records_from_document(doc: dict[str, Any]) -> list[DirectoryRecord]:
    """Records of a schema-valid ``directory.json`` (version 1 or 2)."""
    rows = []
    for e in doc["entries"]:
        title = e.get("head_title") or {}
        rows.append(
            (
                DirectoryRecord(
                    soate=e["soate"],
                    name_ky=clean(e["name"].get("ky", "")),
                    name_ru=clean(e["name"].get("ru", "")),
                    rayon=clean(e.get("rayon", "")),
                    oblast=clean(e.get("oblast", "")),
                    kind=e.get("kind", "aiyl_okmotu"),
                    head_title_ky=clean(title.get("ky", "")),
                    head_title_ru=clean(title.get("ru", "")),
                    valid_from=_date(e.get("valid_from")),
                    valid_until=_date(e.get("valid_until")),
                    succeeded=tuple(e.get("succeeded") or ()),
                    decision=clean(e.get("decision", "")),
                ),
                e.get("status", "active"),
                e.get("merged_into"),
            )
        )
    return _from_v1(rows)


def document_of(
    records: list[DirectoryRecord], *, version: str = "", issued: dt.date | None = None
) -> dict[str, Any]:
    """The ``directory.json`` (schema version 2) of ``records``."""
    entries = []
    for r in records:
        e: dict[str, Any] = {
            "soate": r.soate,
            "name": {"ky": r.name_ky, "ru": r.name_ru},
            "rayon": r.rayon,
            "oblast": r.oblast,
            "kind": r.kind,
            "head_title": {"ky": r.head_title("ky"), "ru": r.head_title("ru")},
            "valid_from": r.valid_from.isoformat() if r.valid_from else None,
            "valid_until": r.valid_until.isoformat() if r.valid_until else None,
            "succeeded": list(r.succeeded),
        }
        if r.decision:
            e["decision"] = r.decision
        entries.append(e)
    doc: dict[str, Any] = {"schema_version": FORMAT_JSON_VERSION, "entries": entries}
    if version:
        doc["version"] = version
    if issued:
        doc["issued"] = issued.isoformat()
    return doc


def check_sound(records: list[DirectoryRecord]) -> None:
    """Refuse, in words, a directory with a cycle of successors or overlapping versions."""
    problems = directory_problems(records)
    if problems:
        raise UserError("{problem}", problem=problems[0])


def clean(text: Any) -> str:
    s = " ".join(str(text or "").split())
    s = s.replace(" – ", "-").replace("–", "-").replace(" - ", "-")
    s = re.sub(r"(район)\1+", r"\1", s)  # "Тонский районрайон"
    return s.strip()


def parse(name: str, content: bytes) -> list[Entry]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError("The municipality directory is not UTF-8 text.") from exc
    if name.endswith(".json"):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError("The municipality directory is not readable JSON.") from exc
        try:
            validate(doc, "directory.schema.json", tr("Files", "The municipality directory"))
        except InvalidData:
            raise
        entries = records_from_document(doc)
        if not entries:
            raise UserError(
                "The municipality directory holds no municipality; nothing was changed."
            )
        check_sound(entries)
        return entries
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.lower(): f for f in reader.fieldnames or []}
    code = next((fields[f] for f in fields if "soate" in f), None)
    name_ru = next(
        (fields[f] for f in fields if f in ("aiyl_aimak_ru", "city_ru", "name_ru", "name")), None
    )
    if not code or not name_ru:
        raise UserError("The municipality directory has no СОАТЕ code or name column.")
    name_ky = next(
        (fields[f] for f in fields if f in ("name_ky", "aiyl_aimak_ky", "city_ky")), None
    )
    rayon = next((fields[f] for f in fields if f.startswith("rayon")), None)
    oblast = next((fields[f] for f in fields if f.startswith("oblast")), None)
    status = next((fields[f] for f in fields if f == "status"), None)
    merged = next((fields[f] for f in fields if f == "merged_into"), None)
    kind = "city" if "city_ru" in fields else "aiyl_okmotu"
    rows: list[tuple[DirectoryRecord, str, str | None]] = []
    bad: list[tuple[int, str]] = []
    for line, row in enumerate(reader, start=2):
        soate = (row.get(code) or "").strip()
        if not soate and not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # an empty line
        if not SOATE_RE.fullmatch(soate):
            bad.append((line, soate))
            continue
        st = (row.get(status) or "active").strip() if status else "active"
        rows.append(
            (
                DirectoryRecord(
                    soate,
                    clean(row.get(name_ky, "") if name_ky else ""),
                    clean(row.get(name_ru)),
                    clean(row.get(rayon, "") if rayon else ""),
                    clean(row.get(oblast, "") if oblast else ""),
                    kind,
                ),
                st if st in ("active", "merged", "abolished") else "active",
                (row.get(merged) or "").strip() or None if merged else None,
            )
        )
    _refuse_invalid_codes(len(rows), bad)
    out = _from_v1(rows)
    check_sound(out)
    return out


def _refuse_invalid_codes(valid: int, bad: list[tuple[int, str]]) -> None:
    examples = "; ".join(
        tr("Files", "line {line}: «{code}»", line=line, code=code[:20]) for line, code in bad[:3]
    )
    if valid == 0:
        raise UserError(
            "The municipality directory has no valid СОАТЕ code (14 digits beginning with 417)"
            "{examples}; nothing was changed, the old directory is kept.",
            examples=f" ({examples})" if examples else "",
        )
    if len(bad) > MAX_INVALID_SHARE * (valid + len(bad)):
        raise UserError(
            "{bad} of the {total} СОАТЕ codes in the municipality directory are not valid "
            "(14 digits beginning with 417), e.g. {examples}; nothing was changed, the old "
            "directory is kept.",
            bad=str(len(bad)),
            total=str(valid + len(bad)),
            examples=examples,
        )


def store(session: Session, entries: list[Entry], *, version: str = "") -> None:
    check_sound(entries)
    payload = json.dumps(document_of(entries, version=version), ensure_ascii=False)
    settings.MUNICIPALITY_DIRECTORY.write(session, payload)


def _decode_stored(raw: str) -> list[Entry]:
    try:
        doc = json.loads(raw)
        if isinstance(doc, list):  # stored by an earlier version of the app
            return [
                DirectoryRecord(
                    e["soate"],
                    e.get("name_ky", ""),
                    e.get("name_ru", ""),
                    e.get("rayon", ""),
                    e.get("oblast", ""),
                    e.get("kind", "aiyl_okmotu"),
                )
                for e in doc
            ]
        return records_from_document(doc)
    except (ValueError, TypeError, KeyError, UserError):
        return []


def load(ws: Any) -> list[Entry]:
    raw = settings.MUNICIPALITY_DIRECTORY.get(ws)
    return _decode_stored(raw) if raw else []


def load_from_session(session: Session) -> list[Entry]:
    raw = settings.MUNICIPALITY_DIRECTORY.read(session)
    return _decode_stored(raw) if raw else []


def installed_version(ws: Any) -> str:
    raw = settings.MUNICIPALITY_DIRECTORY.get(ws)
    try:
        doc = json.loads(raw) if raw else {}
    except ValueError:
        return ""
    return str(doc.get("version", "")) if isinstance(doc, dict) else ""


def current(entries: list[Entry]) -> list[Entry]:
    """The municipalities that exist now: not ended and not taken over by another code."""
    taken = {c for e in entries for c in e.succeeded if c != e.soate}
    return [e for e in entries if not e.ended and e.soate not in taken]


def search(entries: list[Entry], text: str, limit: int = 20) -> list[Entry]:
    t = clean(text).casefold()
    if not t:
        return []
    return [
        e
        for e in entries
        if t in e.name_ru.casefold() or t in e.name_ky.casefold() or e.soate.startswith(t)
    ][:limit]


def describe_package_directory(ws: Any, name: str, content: bytes) -> list[str]:
    return describe_records(ws, parse(name, content))


def describe_records(ws: Any, entries: list[Entry]) -> list[str]:
    lines = [tr("PlanImport", "Municipality directory: %n entry(ies).", n=len(entries))]
    muni = ws.municipality()
    if muni is None:
        return lines
    mine = latest_record(entries, muni.soate)
    target = final_successor(entries, muni.soate)
    if mine is None:
        lines.append(
            tr("PlanImport", "Your СОАТЕ code {code} is not in the new directory.", code=muni.soate)
        )
    elif target is not None:
        lines.append(
            tr(
                "PlanImport",
                "Your municipality is merged into {name} ({code}).",
                name=target.name_ru,
                code=target.soate,
            )
        )
    merged_in = [
        latest_record(entries, c) or DirectoryRecord(c, "", c)
        for e in entries
        if e.soate == muni.soate
        for c in e.succeeded
        if c != muni.soate
    ]
    if merged_in:
        lines.append(
            tr(
                "PlanImport",
                "Merged into your municipality: {names}.",
                names=", ".join(e.name_ru for e in merged_in),
            )
        )
    return lines


def apply_package_directory(session: Session, name: str, content: bytes) -> None:
    store(session, parse(name, content))


def office_record(ws: Any) -> Entry | None:
    """This office's municipality as the directory has it now (for the paper's signature block:
    ``head_title(lang)``, rayon, oblast, kind); built from the office's own set-up when the
    directory does not list its code; None before the set-up."""
    muni = ws.municipality()
    if muni is None:
        return None
    found = latest_record(load(ws), muni.soate)
    if found is not None:
        return found
    return DirectoryRecord(
        muni.soate, muni.name_ky, muni.name_ru, muni.rayon, muni.oblast, muni.kind
    )
