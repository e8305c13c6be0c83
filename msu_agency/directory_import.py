"""Building a directory version at the agency from the National Statistical Committee's
workbook of 14-digit СОАТЕ codes by unit, plus a merger sheet.

The workbook: one sheet with a header row holding a column whose title names the СОАТЕ code
("Код СОАТЕ", "СОАТЕ", "soate") and a name column ("Наименование", "name"; optionally a Kyrgyz
one, "Аталышы", "name_ky"). Every row with a valid 14-digit code is a unit; its level is read
from the code: digits 6–14 zero = an oblast, digits 9–14 zero = a rayon, else an aiyl aimak or
a city (a name beginning "г." or holding "город"/"шаары"). A unit's rayon and oblast are the rows
whose codes it starts with. Cities of republican significance (Bishkek, Osh) are named "г. …"
at oblast level and are units.

The merger sheet: one row per old code: old code, new code, date (the day the new one begins),
decision; optionally the old name. Several old codes on one new code are a merger; one old code
on a new code a recoding; the same code on both sides a rename (the workbook's name is the new
one, the previous directory's the old). The old codes' names come from ``previous`` (the
directory installed before) or the sheet's old-name column; a code found in neither is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from msu_desktop.domain.municipality import DirectoryRecord, latest_record
from msu_desktop.errors import UserError
from msu_desktop.services import directory

CODE_RE = re.compile(r"^417\d{11}$")


def _open_rows(path: Path) -> list[tuple[Any, ...]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise UserError("The file was not found: {path}", path=str(path)) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            "{path} is not an Excel workbook (.xlsx) that can be read.", path=path.name
        ) from exc
    try:
        ws = wb.worksheets[0]
        return [tuple(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return " ".join(str(v).split())


def _header(rows: list[tuple[Any, ...]], wanted: dict[str, tuple[str, ...]], what: str):
    for i, row in enumerate(rows[:30]):
        cells = [_text(c).casefold() for c in row]
        found: dict[str, int] = {}
        for key, words in wanted.items():
            for j, c in enumerate(cells):
                if c and any(w in c for w in words) and j not in found.values():
                    found[key] = j
                    break
        if all(k in found for k in wanted if not k.endswith("?")):
            return i, found
    raise UserError(
        "{what}: no header row with the columns {columns} was found in the first 30 rows.",
        what=what,
        columns=", ".join(f"«{w[0]}»" for k, w in wanted.items() if not k.endswith("?")),
    )


def read_workbook(path: Path) -> list[DirectoryRecord]:
    rows = _open_rows(path)
    start, cols = _header(
        rows,
        {
            "code": ("соате", "soate", "код"),
            "name": ("наименование", "name_ru", "name", "аталышы"),
            "ky?": ("аталышы", "name_ky", "кыргыз"),
        },
        path.name,
    )
    if cols.get("ky?") == cols["name"]:
        cols.pop("ky?")
    names: dict[str, str] = {}
    units: list[tuple[str, str, str]] = []
    bad: list[str] = []
    for n, row in enumerate(rows[start + 1 :], start=start + 2):
        code = _text(row[cols["code"]] if cols["code"] < len(row) else "")
        name = _text(row[cols["name"]] if cols["name"] < len(row) else "")
        ky = _text(row[cols["ky?"]]) if "ky?" in cols and cols["ky?"] < len(row) else ""
        if not code and not name:
            continue
        if not CODE_RE.match(code):
            bad.append(f"{n}: «{code[:20]}»")
            continue
        city = name.startswith("г.") or "город" in name.casefold() or "шаары" in name.casefold()
        if (code[5:] == "0" * 9 and not city) or (code[8:] == "0" * 6 and not city):
            names[code] = directory.clean(name)
            continue
        units.append((code, directory.clean(name), directory.clean(ky)))
    if not units:
        raise UserError(
            "{path}: no aiyl aimak or city with a 14-digit СОАТЕ code was found{examples}.",
            path=path.name,
            examples=f" ({'; '.join(bad[:3])})" if bad else "",
        )
    out = []
    for code, name, ky in units:
        city = name.startswith("г.") or "город" in name.casefold() or "шаары" in name.casefold()
        rayon = names.get(code[:8] + "0" * 6, "")
        oblast = names.get(code[:5] + "0" * 9, "")
        out.append(
            DirectoryRecord(code, ky, name, rayon, oblast, "city" if city else "aiyl_okmotu")
        )
    return out


def _date(v: Any, where: str) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    t = _text(v)
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    raise UserError("{where}: «{value}» is not a date.", where=where, value=t[:20])


def read_mergers(path: Path) -> list[tuple[str, str, dt.date, str, str]]:
    """(old code, new code, date, decision, old name) per row of the merger sheet."""
    rows = _open_rows(path)
    start, cols = _header(
        rows,
        {
            "old": ("старый", "old", "эски"),
            "new": ("новый", "new", "жаңы"),
            "date": ("дата", "date", "күнү"),
            "decision": ("решение", "decision", "чечим", "постановление"),
            "name?": ("наименование", "name", "аталышы"),
        },
        path.name,
    )
    out = []
    for n, row in enumerate(rows[start + 1 :], start=start + 2):
        cells = [_text(c) for c in row]
        old, new = cells[cols["old"]], cells[cols["new"]]
        if not old and not new:
            continue
        where = f"{path.name}, {n}"
        for code in (old, new):
            if not CODE_RE.match(code):
                raise UserError(
                    "{where}: «{code}» is not a 14-digit СОАТЕ code; nothing was built.",
                    where=where,
                    code=code[:20],
                )
        name = cells[cols["name?"]] if "name?" in cols else ""
        out.append((old, new, _date(row[cols["date"]], where), cells[cols["decision"]], name))
    return out


def build_directory(
    units: list[DirectoryRecord],
    mergers: list[tuple[str, str, dt.date, str, str]],
    previous: list[DirectoryRecord] | None = None,
) -> list[DirectoryRecord]:
    """The new directory version: the workbook's units, valid from their merger date when they
    succeed someone, and the predecessors (ended the day before) kept, so that the periods
    before the merger still know them."""
    previous = previous or []
    by_new: dict[str, list[tuple[str, dt.date, str, str]]] = {}
    for old, new, day, decision, name in mergers:
        by_new.setdefault(new, []).append((old, day, decision, name))
    unit_codes = {u.soate for u in units}
    out: list[DirectoryRecord] = []
    ended: dict[tuple[str, dt.date], DirectoryRecord] = {}
    for new, olds in by_new.items():
        if new not in unit_codes:
            raise UserError(
                "The merger sheet names the new code {code}, which is not in the workbook; "
                "nothing was built.",
                code=new,
            )
        for old, day, _decision, name in olds:
            before = latest_record(previous, old) or next(
                (u for u in units if u.soate == old and old != new), None
            )
            if before is None:
                if not name:
                    raise UserError(
                        "The old code {code} is in neither the previous directory nor the "
                        "workbook, and the merger sheet gives no name for it; nothing was "
                        "built.",
                        code=old,
                    )
                before = DirectoryRecord(old, "", directory.clean(name))
            ended[(old, day)] = replace(before, valid_until=day - dt.timedelta(days=1))
    for u in units:
        olds = by_new.get(u.soate, [])
        if not olds:
            prev = latest_record(previous, u.soate)
            out.append(replace(u, valid_from=prev.valid_from) if prev else u)
            continue
        day = min(d for _o, d, _dec, _n in olds)
        succeeded = tuple(o for o, _d, _dec, _n in olds if o != u.soate)
        decision = "; ".join(sorted({dec for _o, _d, dec, _n in olds if dec}))
        out.append(replace(u, valid_from=day, succeeded=succeeded, decision=decision))
    taken_now = {u.soate for u in out}
    for (code, _day), rec in ended.items():
        if code in taken_now and rec.valid_until is None:
            continue
        out.append(rec)
    # earlier history the previous directory knew (already ended), kept as it was
    have = {(r.soate, r.valid_from) for r in out}
    for r in previous:
        if (
            r.ended
            and (r.soate, r.valid_from) not in have
            and r.soate not in {c for c, _d in ended}
        ):
            out.append(r)
    directory.check_sound(out)
    return out
