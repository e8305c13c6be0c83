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
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from msu_desktop.errors import InvalidData, UserError
from msu_desktop.i18n import tr
from msu_desktop.services import settings
from msu_exchange.documents import validate

SETTING = settings.MUNICIPALITY_DIRECTORY.key
SOATE_RE = re.compile(r"417\d{11}")
# A real directory file may hold a stray line (a note, a total); more bad codes than this share
# means the file is not a directory of СОАТЕ codes (wrong column, wrong file, damaged), and the
# old directory is kept.
MAX_INVALID_SHARE = 0.05


@dataclass(frozen=True)
class Entry:
    soate: str
    name_ky: str
    name_ru: str
    rayon: str
    oblast: str
    kind: str = "aiyl_okmotu"
    status: str = "active"
    merged_into: str | None = None


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
        entries = [
            Entry(
                e["soate"],
                clean(e["name"].get("ky", "")),
                clean(e["name"].get("ru", "")),
                clean(e.get("rayon", "")),
                clean(e.get("oblast", "")),
                e.get("kind", "aiyl_okmotu"),
                e["status"],
                e.get("merged_into"),
            )
            for e in doc["entries"]
        ]
        if not entries:
            raise UserError(
                "The municipality directory holds no municipality; nothing was changed."
            )
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
    out = []
    bad: list[tuple[int, str]] = []
    for line, row in enumerate(reader, start=2):
        soate = (row.get(code) or "").strip()
        if not soate and not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # an empty line
        if not SOATE_RE.fullmatch(soate):
            bad.append((line, soate))
            continue
        st = (row.get(status) or "active").strip() if status else "active"
        out.append(
            Entry(
                soate,
                clean(row.get(name_ky, "") if name_ky else ""),
                clean(row.get(name_ru)),
                clean(row.get(rayon, "") if rayon else ""),
                clean(row.get(oblast, "") if oblast else ""),
                kind,
                st if st in ("active", "merged", "abolished") else "active",
                (row.get(merged) or None) if merged else None,
            )
        )
    _refuse_invalid_codes(len(out), bad)
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


def store(session: Session, entries: list[Entry]) -> None:
    payload = json.dumps([e.__dict__ for e in entries], ensure_ascii=False)
    settings.MUNICIPALITY_DIRECTORY.write(session, payload)


def load(ws: Any) -> list[Entry]:
    raw = settings.MUNICIPALITY_DIRECTORY.get(ws)
    if not raw:
        return []
    try:
        return [Entry(**e) for e in json.loads(raw)]
    except (ValueError, TypeError):
        return []


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
    entries = parse(name, content)
    lines = [tr("PlanImport", "Municipality directory: %n entry(ies).", n=len(entries))]
    muni = ws.municipality()
    if muni is None:
        return lines
    by_code = {e.soate: e for e in entries}
    mine = by_code.get(muni.soate)
    if mine is None:
        lines.append(
            tr("PlanImport", "Your СОАТЕ code {code} is not in the new directory.", code=muni.soate)
        )
    elif mine.status == "merged" and mine.merged_into:
        target = by_code.get(mine.merged_into)
        lines.append(
            tr(
                "PlanImport",
                "Your municipality is merged into {name} ({code}).",
                name=target.name_ru if target else "?",
                code=mine.merged_into,
            )
        )
    elif mine.status == "abolished":
        lines.append(
            tr("PlanImport", "Your municipality is marked as abolished in the new directory.")
        )
    merged_in = [e for e in entries if e.merged_into == muni.soate]
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
