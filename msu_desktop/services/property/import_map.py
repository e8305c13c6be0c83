"""The import's column mapping: which header row, which column holds which field (the app's
own export headers, then the field registry's synonyms in ``data/property/fields.json``), and
the words offices use for categories, conditions, uses and units (the registry's ``values``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from openpyxl.utils import get_column_letter

from msu_desktop.errors import UserError
from msu_desktop.i18n import LANGUAGES, pick
from msu_desktop.services.property.fields import (
    categories,
    choice_labels,
    field_registry,
    register_columns,
    value_synonyms,
)
from msu_desktop.services.property.import_read import Sheet

# old header names of the mapping (and the CLI's --mapping) → the object's fields
ALIASES = {"basis": "basis_document", "registration": "registration_number"}
HEADER_SCAN_ROWS = 20


@lru_cache(maxsize=1)
def synonyms() -> dict[str, Any]:
    """The field registry's import words: ``columns`` (field → header names) and ``values``
    (category, condition, use, unit → id → words)."""
    columns = {f.id: list(f.synonyms) for f in field_registry()["object"] if f.synonyms}
    return {"columns": columns, "values": value_synonyms()}


def norm(text: Any) -> str:
    s = str(text or "").lower().replace("ё", "е").replace("\n", " ")
    s = re.sub(r"[\"'«»()\[\]:;,*]", " ", s)
    return " ".join(s.split()).strip(" .,")


@lru_cache(maxsize=1)
def export_headers() -> dict[str, dict[str, str]]:
    """The headers the app's own export writes, in every language → field (exact match)."""
    out: dict[str, dict[str, str]] = {"register": {}, "leases": {}, "decisions": {}}
    for lang in (*LANGUAGES, "en"):
        for sheet, section in (
            ("register", "object"),
            ("leases", "lease"),
            ("decisions", "decision"),
        ):
            for key, name, _w in register_columns(section, lang):
                out[sheet][norm(name)] = key
    return out


def _match(header: str) -> str | None:
    """The field a header names: the app's own export headers exactly, then the synonyms —
    exactly, then as a part of the header or with all their words in it (the longest wins:
    "Стоимость, сом остаточная" is the residual value, not the book value)."""
    h = norm(header)
    if not h:
        return None
    own = export_headers()["register"].get(h)
    if own:
        return own
    words = set(h.split())
    best: tuple[int, str] | None = None
    for fieldname, names in synonyms()["columns"].items():
        for name in names:
            n = norm(name)
            if h == n:
                return ALIASES.get(fieldname, fieldname)
            if n and (h.startswith(n) or n in h or set(n.split()) <= words):
                score = len(n)
                if best is None or score > best[0]:
                    best = (score, ALIASES.get(fieldname, fieldname))
    return best[1] if best else None


@dataclass
class Mapping:
    header_row: int  # 0-based index of the last header row
    columns: dict[str, int]  # field -> 0-based column
    headers: list[str]
    keep: list[int] = field(default_factory=list)  # columns not imported, kept in the notes

    def unmapped(self, sheet: Sheet | None = None) -> list[int]:
        """Columns with a header that no field uses (and, given the sheet, with data)."""
        used = set(self.columns.values())
        out = []
        for c, h in enumerate(self.headers):
            if c in used or not str(h).strip():
                continue
            if sheet is not None and not any(
                sheet.cell(r, c) not in (None, "")
                for r in range(self.header_row + 1, len(sheet.rows))
            ):
                continue
            out.append(c)
        return out


def column_name(mapping: Mapping, c: int) -> str:
    return f"{get_column_letter(c + 1)} «{mapping.headers[c]}»"


def _header_block_end(sheet: Sheet, r: int) -> int:
    """The last row of the header that starts at row ``r``: a cell merged down from it
    ("Площадь" over two rows beside "Стоимость, сом" over "балансовая | остаточная")."""
    end = r
    for r0, _c0, r1, _c1 in sheet.merged:
        if r0 == r and r1 > end and r1 - r0 <= 3:
            end = r1
    return end


def guess_mapping(sheet: Sheet) -> Mapping:
    best: Mapping | None = None
    best_score: tuple[int, bool] = (0, False)
    for r in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
        block_end = _header_block_end(sheet, r)
        for depth in sorted({1, 2, block_end - r + 1}):
            if r + depth > len(sheet.rows):
                continue
            width = max(len(sheet.rows[x]) for x in range(r, r + depth))
            headers = []
            for c in range(width):
                parts: list[str] = []
                for x in range(r, r + depth):
                    v = sheet.cell(x, c)
                    if v is not None and str(v).strip() and str(v) not in parts:
                        parts.append(str(v))
                headers.append(" ".join(parts))
            columns: dict[str, int] = {}
            for c, h in enumerate(headers):
                # under a merged parent ("Площадь" over "кол-во" | "ед. изм."), the sub-header
                # decides when it means something itself; otherwise the parent does
                sub = _match(str(sheet.cell(r + depth - 1, c) or "")) if depth > 1 else None
                whole = _match(h)
                f = whole if whole in ("residual_value", "initial_value") else sub or whole
                if f and f in columns:
                    f = whole if whole and whole not in columns else None
                if f and f not in columns:
                    columns[f] = c
            has_name = any(k in columns for k in ("name", "name_ru", "name_ky"))
            # a deeper header wins a tie when its rows are merged into one header block
            score = (len(columns), depth == block_end - r + 1)
            if has_name and (best is None or score > best_score):
                best, best_score = Mapping(r + depth - 1, columns, headers), score
    if best is None:
        raise UserError("No header row with a name column was found. Map the columns by hand.")
    return best


def _labels_for(kind: str) -> dict[str, str]:
    """norm(label in ky/ru) → id for the app's own words (categories.json)."""
    key = {"category": "categories", "condition": "conditions", "use": "uses", "unit": "units"}
    out = {}
    for item in categories()[key[kind]]:
        for lang in LANGUAGES:
            out[norm(pick(item["label"], lang))] = item["id"]
        out[norm(item["id"])] = item["id"]
    return out


def value_id(kind: str, value: Any) -> str | None:
    """A coded value (category, condition, use, unit) as offices write it: the app's own
    labels, then the synonyms — exactly first, then the longest synonym found in the text
    ("неудовлетворительное" is poor, not satisfactory)."""
    v = norm(value)
    if not v:
        return None
    own = _labels_for(kind).get(v)
    if own:
        return own
    table = synonyms()["values"].get(kind, {})
    for ident, names in table.items():
        if any(norm(n) == v for n in names):
            return str(ident)
    best: tuple[int, str] | None = None
    for ident, names in table.items():
        for n in names:
            nn = norm(n)
            found = nn and len(nn) >= 3 and re.search(rf"(?<!\w){re.escape(nn)}", v)
            if found and (best is None or len(nn) > best[0]):
                best = (len(nn), str(ident))
    return best[1] if best else None


def header_unit(header: Any) -> str | None:
    """The unit a column's header names after its field ("Площадь, м²", "Площадь (га)",
    "Протяжённость, м"): its last one, two or three words, read exactly as the app's own unit
    labels or the registry's words for a unit; None when the header names none."""
    words = norm(header).split()
    own = _labels_for("unit")
    table = synonyms()["values"].get("unit", {})
    for n in (3, 2, 1):
        if len(words) <= n:
            continue  # the field's own name stays (a header that is only "м" is no unit)
        tail = " ".join(words[-n:])
        if tail in own:
            return own[tail]
        for ident, names in table.items():
            if any(norm(x) == tail for x in names):
                return str(ident)
    return None


def choice_id(kind: str, value: Any) -> str | None:
    """The export's words for leases and decisions (any language) → id."""
    v = norm(value)
    for lang in (*LANGUAGES, "en"):
        for ident, label in choice_labels(lang)[kind].items():
            if v in (norm(label), ident):
                return ident
    return None
