"""``msu-desktop demo``: a fresh data folder filled with a realistic demo municipality.

The demo runs a list of steps (:data:`STEPS`), each ``fn(ws, ctx)``; other areas add their own
demo data by appending a :class:`DemoStep` (e.g. the property register) -- see
:func:`add_step`. Content (names, texts, amounts) lives in ``data/demo/report_demo.json``.

Reports: every period from 2019-H1 to 2021-H2, each started from the previous one (carried
values), with approved-and-locked, unlocked-and-re-approved, complete and in-progress (overdue)
periods, indicators, money by source, comments, photos and documents, and a value history
dated around each period's due date.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from msu_desktop import assets
from msu_desktop.domain import report as rpt
from msu_desktop.domain.municipality import Municipality
from msu_desktop.errors import UserError
from msu_desktop.services import attachments as att
from msu_desktop.services import clock, settings
from msu_desktop.services.report import history as report_history
from msu_desktop.services.report.carry import carry_forward
from msu_desktop.services.report.comments import add_comment
from msu_desktop.services.report.entries import set_value
from msu_desktop.services.report.periods import previous_period_id, spec_of
from msu_desktop.services.report.workflow import approve, mark_complete, unlock
from msu_desktop.services.workspace import Workspace
from msu_desktop.storage.db import DB_FILENAME
from msu_desktop.storage.models.core import ChangeLog, MunicipalityRow
from msu_desktop.storage.models.report import ReportEntry, ReportPeriod, ReportValue
from msu_exchange import documents
from msu_exchange.files import fsync_dir, os_error_to_user, write_bytes_atomic


@dataclass
class DemoContext:
    today: dt.date
    rng: random.Random
    content: dict[str, Any]
    scratch: Path  # where generated files are written before they are attached
    log: Callable[[str], None] = lambda _m: None
    counts: dict[str, int] = field(default_factory=dict)
    lang: str = "ru"  # the language the demo secretary types her texts in

    def text(self, value: Any) -> str:
        """A typed text of the demo: given in both languages, typed in the demo's one."""
        if isinstance(value, dict):
            return str(value.get(self.lang) or value.get("ru") or value.get("ky") or "")
        return str(value or "")


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[Workspace, DemoContext], None]


def _content() -> dict[str, Any]:
    doc = documents.load_json(assets.data_path("demo", "report_demo.json"), "report_demo.json")
    if not isinstance(doc, dict):
        raise UserError("The demo data file is damaged.", context="Demo")
    return doc


# -- generated files -------------------------------------------------------------------------
def make_photo(title: str, seed: int) -> bytes:
    """A small PNG 'photo': mountains, the aiyl okmotu building, people, a caption."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    w, h = 640, 420
    img = Image.new("RGB", (w, h), (135, 190, 235))
    d = ImageDraw.Draw(img)
    for i in range(4):  # mountains
        x = rng.randint(-100, w)
        peak = rng.randint(60, 160)
        d.polygon([(x - 220, 260), (x, peak), (x + 220, 260)], fill=(110 + i * 15, 120, 135))
        d.polygon([(x - 45, peak + 45), (x, peak), (x + 45, peak + 45)], fill=(245, 245, 250))
    d.rectangle([0, 260, w, h], fill=(120, 170, 80))
    d.rectangle([200, 190, 440, 300], fill=(230, 225, 210), outline=(90, 80, 70), width=3)
    d.polygon([(190, 190), (320, 140), (450, 190)], fill=(160, 50, 40))
    d.rectangle([300, 240, 340, 300], fill=(110, 70, 40))
    for _ in range(14):  # people
        x, y = rng.randint(40, w - 40), rng.randint(310, 370)
        color = rng.choice([(200, 40, 40), (40, 60, 160), (30, 30, 30), (220, 180, 40)])
        d.ellipse([x - 6, y - 26, x + 6, y - 14], fill=(225, 190, 160))
        d.rectangle([x - 7, y - 14, x + 7, y + 10], fill=color)
    font = ImageFont.truetype(str(assets.resource_path("fonts", "DejaVuSans.ttf")), 20)
    d.rectangle([0, h - 36, w, h], fill=(0, 0, 0))
    d.text((10, h - 31), title[:60], font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def make_document(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (Cyrillic set in the shipped DejaVu font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(
            TTFont("DejaVuSans", str(assets.resource_path("fonts", "DejaVuSans.ttf")))
        )
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)
    c.setTitle(title)
    width, height = A4
    c.setFont("DejaVuSans", 14)
    c.drawCentredString(width / 2, height - 72, title)
    c.setFont("DejaVuSans", 11)
    y = height - 110
    for line in lines:
        while line:
            part, line = line[:90], line[90:]
            c.drawString(60, y, part)
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


# -- steps ---------------------------------------------------------------------------------------
def step_municipality(ws: Workspace, ctx: DemoContext) -> None:
    m = ctx.content["municipality"]
    ws.save_municipality(Municipality(**m))
    # the demo is "as of" a day in the plan's time, so due dates and days left read true
    settings.AS_OF.set(ws, dt.date.fromisoformat(ctx.content["as_of"]))
    ctx.log(m["name_ru"])


def _stage(stages: list[dict[str, Any]], period_id: str) -> tuple[dict[str, Any] | None, bool]:
    """The story stage in force in ``period_id`` and whether it starts there."""
    current = None
    for st in stages:
        if st["from"] <= period_id:
            current = st
    return current, bool(current and current["from"] == period_id)


def _amount(spec: list[int], rng: random.Random) -> int:
    base, jitter = spec
    return base + (rng.randint(0, jitter) if jitter else 0)


def step_reports(ws: Workspace, ctx: DemoContext) -> None:
    c = ctx.content
    plan = ws.plan()
    n_files = 0
    for pdef in c["periods"]:
        pid = pdef["id"]
        spec = spec_of(plan, pid)
        if previous_period_id(plan, pid) and pid != c["periods"][0]["id"]:
            carry_forward(ws, pid, user=c["users"]["secretary"])
        for code, stages in c["entries"].items():
            n_files = _fill_entry(ws, ctx, pdef, code, stages, n_files)
        _finish_period(ws, ctx, pdef)
        _backdate(ws, plan.plan_id, spec, ctx.rng)
        ctx.log(pid)
    ctx.counts["attachments"] = n_files


def _fill_entry(
    ws: Workspace, ctx: DemoContext, pdef: dict[str, Any], code: str, stages: Any, n_files: int
) -> int:
    """One measure's values in one period, as the demo's story has them; returns the number of
    files attached so far."""
    users = ctx.content["users"]
    sec, fin = users["secretary"], users["specialist"]
    pid = pdef["id"]
    stage, starts = _stage(stages, pid)
    if stage is None:
        if pdef.get("default_status"):
            set_value(ws, pid, code, "status", pdef["default_status"], user=sec)
        return n_files
    ongoing = stage["status"] == rpt.IN_PROGRESS
    if starts:
        if stage["status"] == rpt.COMPLETED:
            # the history shows the way: in progress first, then completed
            set_value(ws, pid, code, "status", rpt.IN_PROGRESS, user=sec)
        for f in ("status", "reason", "done", "start_date", "end_date", "evidence"):
            if f in stage:
                set_value(ws, pid, code, f, ctx.text(stage[f]), user=sec)
        for f in ("problems", "proposals"):
            set_value(ws, pid, code, f, ctx.text(stage.get(f, "")), user=sec)
    else:
        set_value(ws, pid, code, "status", stage["status"], user=sec)  # confirmed
    if starts or ongoing:
        for ind, amount in stage.get("indicators", {}).items():
            value = str(_amount(amount, ctx.rng))
            set_value(ws, pid, code, f"indicator:{ind}", value, user=sec)
        for src, amount in stage.get("money", {}).items():
            value = str(_amount(amount, ctx.rng))
            set_value(ws, pid, code, f"money:{src}", value, user=fin)
    if starts:
        for kind in stage.get("attach", ()):
            n_files += 1
            _attach(ws, ctx, pid, code, stage, kind, n_files)
    return n_files


def _attach(
    ws: Workspace,
    ctx: DemoContext,
    pid: str,
    code: str,
    stage: dict[str, Any],
    kind: str,
    n: int,
) -> None:
    c = ctx.content
    title = f"{code} · {pid}"
    if kind == "photo":
        name = f"photo_{code.replace('.', '-')}_{pid}.png"
        data = make_photo(f"{c['municipality']['name_ky']} · {title}", n)
    else:
        name = f"reshenie_{code.replace('.', '-')}_{pid}.pdf"
        data = make_document(
            ctx.text(stage.get("evidence", title)),
            [c["municipality"][f"name_{ctx.lang}"], title, "", ctx.text(stage.get("done", ""))],
        )
    path = ctx.scratch / name
    write_bytes_atomic(path, data)
    caption = c["attachments"][kind]["caption"][ctx.lang]
    att.add_attachment(ws, pid, code, path, caption=caption, user=c["users"]["secretary"])


def _finish_period(ws: Workspace, ctx: DemoContext, pdef: dict[str, Any]) -> None:
    """The period's comments, its unreported measures, and how it ends: completed, approved,
    unlocked for a fix and approved again."""
    c = ctx.content
    sec, fin = c["users"]["secretary"], c["users"]["specialist"]
    head = c["municipality"]["head_name"]
    pid = pdef["id"]
    for cm in c["comments"]:
        if cm["period"] == pid:
            add_comment(ws, pid, cm["measure"], cm["field"], ctx.text(cm["text"]), user=sec)
    for code in pdef.get("unreported", ()):
        set_value(ws, pid, code, "status", "", user=sec)
    if pdef["outcome"] == "in_progress":
        set_value(ws, pid, "2.1.4", "money:donors", "12 000,505", user=fin)
    if pdef["outcome"] in ("complete", "approved"):
        mark_complete(ws, pid, user=sec)
    if pdef["outcome"] == "approved":
        on = dt.date.fromisoformat(pdef["approved_on"])
        approve(ws, pid, head, on=on, user=sec)
        if "unlock" in pdef:
            u = pdef["unlock"]
            unlock(ws, pid, ctx.text(u["reason"]), user=sec)
            fix = u["fix"]
            set_value(ws, pid, fix["measure"], fix["field"], fix["value"], user=fin)
            mark_complete(ws, pid, user=sec)
            approve(ws, pid, head, on=on + dt.timedelta(days=9), user=sec)


def _backdate(ws: Workspace, plan_id: str, spec: Any, rng: random.Random) -> None:
    """Date the period's history around its due date, in the order it was written."""
    start = dt.datetime.combine(spec.end - dt.timedelta(days=18), dt.time(9, 0))
    entity_ids = [rpt.period_key(plan_id, spec.id)]
    with ws.transaction() as s:
        codes = s.scalars(
            select(ReportEntry.measure_code).where(
                ReportEntry.plan_id == plan_id, ReportEntry.period_id == spec.id
            )
        ).all()
        entity_ids += [rpt.entry_key(plan_id, spec.id, c) for c in codes]
        rows = s.scalars(
            select(ChangeLog).where(ChangeLog.entity_id.in_(entity_ids)).order_by(ChangeLog.id)
        ).all()
        t = start
        for row in rows:
            t += dt.timedelta(minutes=rng.randint(2, 90))
            if t.hour >= 18:
                t = dt.datetime.combine(
                    t.date() + dt.timedelta(days=1), dt.time(9, rng.randint(0, 40))
                )
            row.at = t
        period_row = s.scalars(
            select(ReportPeriod).where(
                ReportPeriod.plan_id == plan_id, ReportPeriod.period_id == spec.id
            )
        ).first()
        if period_row is not None and period_row.approved_on:
            approvals = [r for r in rows if r.field == "state" and r.new_value == rpt.APPROVED]
            if approvals:
                approvals[-1].at = dt.datetime.combine(period_row.approved_on, dt.time(16, 30))
        s.execute(
            update(ReportValue)
            .where(
                ReportValue.entry_id.in_(
                    select(ReportEntry.id).where(
                        ReportEntry.plan_id == plan_id, ReportEntry.period_id == spec.id
                    )
                )
            )
            .values(updated_at=t)
        )


def step_property(ws: Workspace, ctx: DemoContext) -> None:
    from msu_desktop.services.property_demo import step_property as run

    run(ws, ctx)


STEPS: list[DemoStep] = [
    DemoStep("municipality", step_municipality),
    DemoStep("reports", step_reports),
    DemoStep("property", step_property),
]


def add_step(step: DemoStep, after: str | None = None) -> None:
    """Hook for other areas: add a demo step (after the named one, else at the end)."""
    if any(s.name == step.name for s in STEPS):
        return
    if after is None:
        STEPS.append(step)
    else:
        i = next(i for i, s in enumerate(STEPS) if s.name == after)
        STEPS.insert(i + 1, step)


def is_fresh(ws: Workspace) -> bool:
    with ws.session() as s:
        has_m = s.scalars(select(MunicipalityRow)).first() is not None
        has_r = s.scalars(select(ReportEntry)).first() is not None
    return not (has_m or has_r)


def _demo_lang(lang: str | None) -> str:
    from msu_desktop.i18n import language

    chosen = lang or language()
    return chosen if chosen in ("ky", "ru") else "ru"


def run_demo(
    ws: Workspace,
    today: dt.date | None = None,
    seed: int = 2019,
    log: Callable[[str], None] | None = None,
    lang: str | None = None,
) -> DemoContext:
    """Fill a fresh workspace with the demo; refuses a data folder that already has data.

    ``lang`` (default: the language in use): the language the demo's texts are typed in, so
    that a Russian demo prints Russian reports and a Kyrgyz one Kyrgyz reports."""
    if not is_fresh(ws):
        raise UserError(
            "The data folder {path} already has data. Choose an empty folder for the demo.",
            path=str(ws.data_dir),
            context="Demo",
        )
    merge = report_history.HISTORY_MERGE_SECONDS
    report_history.HISTORY_MERGE_SECONDS = -1  # every demo edit is its own history line
    try:
        with tempfile.TemporaryDirectory(prefix="msu-demo-") as scratch:
            ctx = DemoContext(
                today=today or clock.real_today(),
                rng=random.Random(seed),
                content=_content(),
                scratch=Path(scratch),
                log=log or (lambda _m: None),
                lang=_demo_lang(lang),
            )
            for step in STEPS:
                step.run(ws, ctx)
    finally:
        report_history.HISTORY_MERGE_SECONDS = merge
    return ctx


def make_demo_folder(
    data_dir: Path,
    today: dt.date | None = None,
    seed: int = 2019,
    log: Callable[[str], None] | None = None,
) -> DemoContext:
    """:func:`run_demo` built aside in ``<data dir>/.tmp`` and moved in only when whole.

    A failure half-way (a full disk) leaves the data folder as it was: no half-built database.
    """
    data_dir = Path(data_dir)
    db = data_dir / DB_FILENAME
    if db.exists():
        ws = Workspace.open(data_dir)
        try:
            fresh = is_fresh(ws)
        finally:
            ws.close()
        if not fresh:
            raise UserError(
                "The data folder {path} already has data. Choose an empty folder for the demo.",
                path=str(data_dir),
                context="Demo",
            )
    tmp_root = data_dir / ".tmp"
    try:
        tmp_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="demo-", dir=tmp_root))
    except OSError as exc:
        raise os_error_to_user(exc, tmp_root / "demo") from exc
    try:
        ws = Workspace.open(staging)
        try:
            ctx = run_demo(ws, today=today, seed=seed, log=log)
        finally:
            ws.close()
        _move_in(staging, data_dir)
    except OSError as exc:
        raise os_error_to_user(exc, staging) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ctx


def _move_in(staging: Path, data_dir: Path) -> None:
    """Attached files first, the database last: its rename is the moment the demo exists."""
    src = staging / "attachments"
    dst = data_dir / "attachments"
    if src.is_dir():
        for path in sorted(src.rglob("*")):
            if path.is_file():
                target = dst / path.relative_to(src)
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    os.replace(path, target)
    for extra in ("-wal", "-shm"):  # of the fresh, empty database being replaced
        (data_dir / (DB_FILENAME + extra)).unlink(missing_ok=True)
    os.replace(staging / DB_FILENAME, data_dir / DB_FILENAME)
    fsync_dir(data_dir)
