"""The Action Plan workbook: the decree's annex as the agency fills it in, read into a plan.

A workbook (``msu-agency plan template`` writes a blank one) has three sheets:

* ``programme`` -- one setting a row: column A the key, B what it means (ky / ru), C the value:
  ``plan_id``, ``version``, ``title_ky``, ``title_ru``, ``valid_from``, ``valid_to`` (dates as
  31.12.2028), ``due_day`` (reports due on this day of the month after the half-year),
  ``recipient`` (an organisation of the glossary), ``decree_number``, ``decree_date``,
  ``decree_issuer_ky``, ``decree_issuer_ru``; and any number of ``deadline YYYY-Hn`` rows that
  move one period's deadline (value: the date);
* ``ky`` and ``ru`` -- the annex's table, one sheet per language, laid out as in the decree:
  №, measure, deadline, expected result and indicators, executors, funding. A number "1" is a
  direction, "1.1" a task, "1.1.1" a measure.

Every row is checked, each problem named by sheet, row and column: a measure in one language
missing in the other, a deadline that cannot be read, a duplicated number, an executor not in
the glossary (the organisations of the agency's newest plan). Nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msu_desktop.domain.plan import Organisation, Plan
from msu_desktop.errors import UserError
from msu_desktop.i18n import pick, tr

LANGS = ("ky", "ru")
SETTINGS_SHEET = "programme"
COLUMNS = ("number", "measure", "deadline", "result", "executors", "funding")
LETTERS = "ABCDEF"
SETTINGS = (
    "plan_id",
    "version",
    "title_ky",
    "title_ru",
    "valid_from",
    "valid_to",
    "due_day",
    "recipient",
    "decree_number",
    "decree_date",
    "decree_issuer_ky",
    "decree_issuer_ru",
)
DEADLINE_ROW = re.compile(r"^deadline\s+(\d{4}-H[12])$", re.IGNORECASE)
NUMBER = re.compile(r"^[1-9](\.[1-9]){0,2}$")
NOTE = re.compile(r"\([^)]*\)")


def headers(lang: str) -> list[str]:
    """The annex's column titles in ``lang`` (as the template writes them)."""
    return [
        "№",
        tr("ActionPlan", "Measure", lang),
        tr("ActionPlan", "Deadline", lang),
        tr("ActionPlan", "Expected result and indicators", lang),
        tr("ActionPlan", "Executors", lang),
        tr("ActionPlan", "Funding", lang),
    ]


def setting_label(key: str) -> str:
    return {
        "plan_id": "plan_id: latin letters, digits and dashes (lsg-2024-2028)",
        "version": "1, 2, …",
        "due_day": "15",
    }.get(key, "")


class RowError(UserError):
    """What is wrong with one cell of the workbook."""


@dataclass
class Problem:
    sheet: str
    row: int
    column: str  # a letter, or "" for the whole row
    error: UserError

    def message(self, lang: str | None = None) -> str:
        where = tr(
            "ActionPlan",
            "Sheet {sheet}, row {row}, column {column}",
            lang,
            sheet=self.sheet,
            row=self.row,
            column=self.column or "—",
        )
        return f"{where}: {self.error.message(lang)}"


ProblemSink = Callable[[str, int, str, RowError], None]
"""Where a check reports a problem: (sheet, row, column, error)."""


@dataclass
class Row:
    sheet: str
    row: int
    cells: dict[str, str]


@dataclass
class ActionPlan:
    settings: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[Row]] = field(default_factory=dict)  # per language
    problems: list[Problem] = field(default_factory=list)
    document: dict[str, Any] | None = None  # the plan document, when there is no problem


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def parse_day(text: str) -> dt.date | None:
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def parse_deadline(text: str) -> dict[str, Any] | None:
    """A deadline cell as the schema's deadline (without its text), or None if unreadable:
    a date (31.12.2025), a year (2025, "2025 год", "2025-жыл") or years (2024-2026)."""
    text = text.strip()
    day = parse_day(text)
    if day is not None:
        return {"kind": "date", "date": day.isoformat()}
    years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text)]
    rest = re.sub(r"\d{4}", "", text)
    if re.search(r"\d", rest) or not years or any(y < 1991 or y > 2100 for y in years):
        return None
    if len(years) == 1:
        return {"kind": "year", "year": years[0]}
    if len(years) == 2 and years[0] < years[1]:
        return {"kind": "years", "from_year": years[0], "to_year": years[1]}
    return None


def funding_sources(text: str) -> list[str]:
    low = text.lower()
    out = []
    if "не требует" in low or "талап кылынбайт" in low:
        return ["not_required"]
    if "бюджет" in low and ("местн" in low or "жергиликтүү" in low):
        out.append("local_budget")
    if ("бюджет" in low and "местн" not in low and "жергиликтүү" not in low) or (
        "республикалык" in low or "республиканск" in low
    ):
        out.append("state_budget")
    if "донор" in low or "грант" in low:
        out.append("donors")
    if "частн" in low or "жеке" in low or "инвест" in low:
        out.append("private")
    return out or ["other"]


def match_executor(name: str, lang: str, glossary: list[Organisation]) -> str | None:
    key = name.strip().lower()
    for org in glossary:
        candidates = {org.code, org.abbr.get(lang, ""), org.name.get(lang, "")}
        if key in {c.strip().lower() for c in candidates if c}:
            return org.code
    return None


def split_executors(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\n]", NOTE.sub("", text)) if p.strip()]


def read_workbook(path: Path) -> ActionPlan:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True)
    except Exception as exc:  # not a workbook at all: said in words
        raise UserError(
            "{path} is not an Action Plan workbook (.xlsx) that can be read.", path=str(path)
        ) from exc
    result = ActionPlan()
    try:
        names = {ws.title.strip().lower(): ws for ws in wb.worksheets}
        missing = [n for n in (SETTINGS_SHEET, *LANGS) if n not in names]
        if missing:
            raise UserError(
                "The workbook has no sheet {sheets}; start from msu-agency plan template.",
                sheets=", ".join(missing),
            )
        for row_no, row in enumerate(names[SETTINGS_SHEET].iter_rows(values_only=True), 1):
            if not row or row[0] is None:
                continue
            key = _text(row[0])
            value = row[2] if len(row) > 2 else None
            result.settings[key] = (row_no, value)
        for lang in LANGS:
            rows = []
            for row_no, row in enumerate(names[lang].iter_rows(values_only=True), 1):
                if row_no == 1:
                    continue  # the header
                cells = {c: _text(row[i]) if i < len(row) else "" for i, c in enumerate(COLUMNS)}
                if any(cells.values()):
                    rows.append(Row(lang, row_no, cells))
            result.rows[lang] = rows
    finally:
        wb.close()
    return result


KYRGYZ_LETTERS = set("өүңӨҮҢ")


def read_docx_tables(action: ActionPlan, paths: list[Path]) -> ActionPlan:
    """The annex's table pasted into Word (.docx), in place of the workbook's ky/ru sheets: every
    table whose first cell is "№" is read; one with the Kyrgyz letters ө, ү, ң is the Kyrgyz
    table, else the Russian one. Problems name the file and table as the sheet."""
    try:
        import docx
    except ImportError as exc:
        raise UserError(
            "Reading Word tables needs the agency's extra (python-docx): install "
            "msu-desktop[agency]."
        ) from exc
    found: dict[str, list[Row]] = {}
    for path in paths:
        try:
            document = docx.Document(str(path))
        except Exception as exc:  # not a .docx: said in words
            raise UserError(
                "{path} is not a Word document (.docx) that can be read.", path=str(path)
            ) from exc
        for n, table in enumerate(document.tables, 1):
            cells = [[_text(c.text) for c in row.cells] for row in table.rows]
            if not cells or not cells[0] or cells[0][0] not in ("№", "No", "N"):
                continue
            text = " ".join(" ".join(r) for r in cells)
            lang = "ky" if KYRGYZ_LETTERS & set(text) else "ru"
            sheet = f"{Path(path).name} #{n}"
            rows = []
            for row_no, row in enumerate(cells[1:], 2):
                values = {c: row[i] if i < len(row) else "" for i, c in enumerate(COLUMNS)}
                if any(values.values()):
                    rows.append(Row(sheet, row_no, values))
            found.setdefault(lang, []).extend(rows)
    if not found:
        raise UserError(
            "No table starting with № was found in {path}.", path=", ".join(str(p) for p in paths)
        )
    action.rows.update(found)
    return action


def _setting_values(
    s: dict[str, Any], glossary: list[Organisation], problem: ProblemSink
) -> dict[str, Any]:
    """The settings sheet's values, each read as its kind (a date, a whole number, the plan id,
    the recipient); each bad or empty one reported."""

    def setting(key: str) -> tuple[int, Any]:
        return s.get(key, (0, None))

    values: dict[str, Any] = {}
    for key in SETTINGS:
        row, value = setting(key)
        text = _text(value)
        if not text:
            problem(SETTINGS_SHEET, row, "C", RowError("The setting {key} is empty.", key=key))
            continue
        if key in ("valid_from", "valid_to", "decree_date"):
            day = value.date() if isinstance(value, dt.datetime) else parse_day(text)
            if day is None:
                problem(
                    SETTINGS_SHEET,
                    row,
                    "C",
                    RowError("{value} is not a date (31.12.2028).", value=text),
                )
            values[key] = day
        elif key in ("version", "due_day"):
            if not text.isdigit() or not (1 <= int(text) <= (28 if key == "due_day" else 10_000)):
                problem(
                    SETTINGS_SHEET,
                    row,
                    "C",
                    RowError("{value} is not a whole number here.", value=text),
                )
            else:
                values[key] = int(text)
        elif key == "plan_id" and not re.match(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", text):
            problem(
                SETTINGS_SHEET,
                row,
                "C",
                RowError(
                    "The plan id {value} must be latin lower-case words joined by dashes.",
                    value=text,
                ),
            )
        elif key == "recipient" and match_executor(text, "ru", glossary) is None:
            problem(
                SETTINGS_SHEET,
                row,
                "C",
                RowError("{name} is not in the glossary of organisations.", name=text),
            )
        else:
            values[key] = text
    return values


def _deadline_overrides(s: dict[str, Any], problem: ProblemSink) -> list[dict[str, str]]:
    """The settings sheet's deadline rows (a period's own due date); each unreadable date
    reported."""
    overrides = []
    for key, (row, value) in s.items():
        m = DEADLINE_ROW.match(key)
        if not m or not _text(value):  # the template's example row, left empty
            continue
        day = value.date() if isinstance(value, dt.datetime) else parse_day(_text(value))
        if day is None:
            problem(
                SETTINGS_SHEET,
                row,
                "C",
                RowError("{value} is not a date (31.12.2028).", value=_text(value)),
            )
        else:
            overrides.append({"period": m.group(1), "due": day.isoformat()})
    return overrides


def _numbered_rows(
    rows: list[Row], lang: str, glossary: list[Organisation], problem: ProblemSink
) -> dict[str, Row]:
    """One language's sheet by number; a bad or repeated number, an empty title, an unreadable
    deadline or an unknown executor reported."""
    seen: dict[str, Row] = {}
    for r in rows:
        number = r.cells["number"].rstrip(".")
        if not NUMBER.match(number):
            problem(
                r.sheet,
                r.row,
                "A",
                RowError(
                    "{value} is not a number of the plan (1, 1.1, 1.1.1).", value=number or "—"
                ),
            )
            continue
        if number in seen:
            problem(
                r.sheet,
                r.row,
                "A",
                RowError(
                    "The number {number} is used twice (also in row {other}).",
                    number=number,
                    other=str(seen[number].row),
                ),
            )
            continue
        seen[number] = r
        if not r.cells["measure"]:
            problem(r.sheet, r.row, "B", RowError("The title is empty."))
        if number.count(".") == 2:
            if parse_deadline(r.cells["deadline"]) is None:
                problem(
                    r.sheet,
                    r.row,
                    "C",
                    RowError(
                        "The deadline {value} cannot be read; write a date (31.12.2025), a year "
                        "(2025) or years (2024-2026).",
                        value=r.cells["deadline"] or "—",
                    ),
                )
            names = split_executors(r.cells["executors"])
            if not names:
                problem(r.sheet, r.row, "E", RowError("No executor is named."))
            for name in names:
                if match_executor(name, lang, glossary) is None:
                    problem(
                        r.sheet,
                        r.row,
                        "E",
                        RowError("{name} is not in the glossary of organisations.", name=name),
                    )
    return seen


def check(action: ActionPlan, glossary_plan: Plan) -> ActionPlan:
    """Check every row; with no problem, ``action.document`` is the plan document."""
    problems = action.problems
    glossary = list(glossary_plan.organisations)

    def problem(sheet: str, row: int, column: str, error: RowError) -> None:
        problems.append(Problem(sheet, row, column, error))

    s = action.settings
    values = _setting_values(s, glossary, problem)
    overrides = _deadline_overrides(s, problem)

    by_lang: dict[str, dict[str, Row]] = {}
    for lang in LANGS:
        by_lang[lang] = _numbered_rows(action.rows.get(lang, []), lang, glossary, problem)
    ky, ru = by_lang["ky"], by_lang["ru"]
    for here, there, other in ((ky, ru, "ru"), (ru, ky, "ky")):
        for number, r in here.items():
            if number not in there:
                problem(
                    r.sheet,
                    r.row,
                    "A",
                    RowError(
                        "{number} is in this sheet but missing from the sheet {other}.",
                        number=number,
                        other=other,
                    ),
                )
    if not problems and not ru:
        problem("ru", 2, "A", RowError("The table has no measures."))
    if problems:
        return action
    action.document = _document(values, overrides, ky, ru, glossary_plan)
    return action


def _document(
    values: dict[str, Any],
    overrides: list[dict[str, str]],
    ky: dict[str, Row],
    ru: dict[str, Row],
    glossary_plan: Plan,
) -> dict[str, Any]:
    def both(number: str, column: str) -> dict[str, str]:
        return {"ky": ky[number].cells[column], "ru": ru[number].cells[column]}

    directions: list[dict[str, Any]] = []
    order = sorted(ru, key=lambda n: [int(x) for x in n.split(".")])
    for number in order:
        depth = number.count(".")
        if depth == 0:
            directions.append({"code": number, "title": both(number, "measure"), "tasks": []})
        elif depth == 1:
            d = next((x for x in directions if x["code"] == number.split(".")[0]), None)
            if d is not None:
                d["tasks"].append(
                    {"code": number, "title": both(number, "measure"), "measures": []}
                )
        else:
            task_code = ".".join(number.split(".")[:2])
            t = next((t for d in directions for t in d["tasks"] if t["code"] == task_code), None)
            if t is None:
                continue
            deadline = dict(parse_deadline(ru[number].cells["deadline"]) or {})
            deadline["text"] = both(number, "deadline")
            executors: list[str] = []
            for name in split_executors(ru[number].cells["executors"]):
                code = match_executor(name, "ru", list(glossary_plan.organisations))
                if code and code not in executors:
                    executors.append(code)
            t["measures"].append(
                {
                    "code": number,
                    "title": both(number, "measure"),
                    "deadline": deadline,
                    "expected_result": both(number, "result"),
                    "executors": executors,
                    "executor_notes": both(number, "executors"),
                    "lsg_participates": "МСУ" in executors,
                    "funding": {
                        "sources": funding_sources(ru[number].cells["funding"]),
                        "text": both(number, "funding"),
                    },
                    "indicators": [],
                    "discrepancies": [],
                }
            )
    recipient = match_executor(str(values["recipient"]), "ru", list(glossary_plan.organisations))
    reporting: dict[str, Any] = {
        "frequency": "half-year",
        "due_day_of_following_month": values["due_day"],
        "recipient": recipient,
        "text": {
            "ky": "Жарым жылдыктын жыйынтыктары боюнча, отчеттук мезгилден кийинки айдын "
            f"{values['due_day']}-күнүнөн кечиктирбестен.",
            "ru": f"По итогам полугодия, не позднее {values['due_day']} числа месяца, "
            "следующего за отчётным периодом.",
        },
    }
    if overrides:
        reporting["deadline_overrides"] = overrides
    return {
        "schema_version": 1,
        "plan_id": values["plan_id"],
        "version": values["version"],
        "valid_from": values["valid_from"].isoformat(),
        "valid_to": values["valid_to"].isoformat(),
        "title": {"ky": values["title_ky"], "ru": values["title_ru"]},
        "decree": {
            "number": values["decree_number"],
            "date": values["decree_date"].isoformat(),
            "issuer": {"ky": values["decree_issuer_ky"], "ru": values["decree_issuer_ru"]},
            "title": {"ky": values["title_ky"], "ru": values["title_ru"]},
        },
        "reporting": reporting,
        "organisations": [
            {"code": o.code, "abbr": dict(o.abbr), "name": dict(o.name), "is_lsg": o.is_lsg}
            for o in glossary_plan.organisations
        ],
        "directions": directions,
    }


def preview(plan: Plan, lang: str) -> list[str]:
    """The whole plan as lines a clerk reads before signing, in ``lang``."""
    from msu_desktop.domain.period import plan_periods
    from msu_desktop.domain.plan import deadline_text
    from msu_desktop.services.labels import period_name

    out = [
        f"{pick(plan.title, lang)} — v{plan.version} "
        f"({plan.valid_from.strftime('%d.%m.%Y')}–{plan.valid_to.strftime('%d.%m.%Y')})"
    ]
    for d in plan.directions:
        out.append(f"{d.code}. {pick(d.title, lang)}")
        for t in d.tasks:
            out.append(f"  {t.code}. {pick(t.title, lang)}")
            for m in t.measures:
                out.append(
                    f"    {m.code}. {pick(m.title, lang)} — {deadline_text(m.deadline, lang)} — "
                    + ", ".join(m.executors)
                )
    out.append(tr("ActionPlan", "Reporting periods and deadlines:", lang))
    for p in plan_periods(plan):
        out.append(f"  {period_name(p.id, lang)}: {p.due.strftime('%d.%m.%Y')}")
    return out


def write_template(out: Path) -> Path:
    """A blank Action Plan workbook, headers in both languages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from msu_desktop.services.export.xlsx_print import save
    from msu_exchange.files import atomic_output

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SETTINGS_SHEET
    ws.append(
        [
            "key",
            f"{tr('ActionPlan', 'Setting', 'ky')} / {tr('ActionPlan', 'Setting', 'ru')}",
            "value",
        ]
    )
    for key in SETTINGS:
        ws.append([key, setting_label(key), None])
    ws.append(["deadline 2024-H2", tr("ActionPlan", "a moved deadline (optional)", "ru"), None])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 60
    for lang in LANGS:
        sheet = wb.create_sheet(lang)
        sheet.append(headers(lang))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for letter, width in zip(LETTERS, (8, 60, 16, 50, 30, 30), strict=True):
            sheet.column_dimensions[letter].width = width
    with atomic_output(out) as fh:
        save(wb, fh)
    return out
