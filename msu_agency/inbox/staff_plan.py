"""Publishing a programme from the staff page: upload the Action Plan workbook (.xlsx, and the
annex's table in Word .docx if it came so), see every problem by sheet, row and column, the
whole plan in both languages and what changes against the installed version, move one
period's deadline, and publish with the signing key's passphrase typed on the page (the key
stays in the agency's folder). The same functions as ``msu-agency plan check/publish``
(:mod:`msu_agency.plan_publish`): a plan published here lands where the CLI puts it.

An upload is kept as a draft (``plan_drafts/<id>/`` of the agency's data folder) until it is
published; a bad upload (not a workbook, a zip bomb, too large, a .docx with no table) is
refused in words and changes nothing.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from msu_agency.collect import plans_by_id
from msu_agency.config import AgencyConfig, installed_plans, load_config
from msu_agency.inbox.pages import (
    COOKIE,
    Ctx,
    PageSite,
    _e,
    _lang,
    csrf_field,
    done_note,
    done_redirect,
    download,
    forbidden,
    staff_form,
    staff_page,
)
from msu_agency.inbox.staff import Session
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr

MiB = 1024 * 1024
MAX_UPLOAD = 20 * MiB  # a decree's annex is a few hundred KB
MAX_UNPACKED = 100 * MiB
MAX_DRAIN = 256 * MiB
DRAFT_RE = re.compile(r"^[0-9a-f]{16}$")
DRAFT_DAYS = 2  # drafts older than this are cleared at the next upload
WORKBOOK, DEADLINES = "workbook.xlsx", "deadlines.json"


def _upload_error(name: str) -> UserError:
    return UserError(
        "{name} is not an Action Plan workbook (.xlsx) or a Word document (.docx) that can "
        "be read; nothing was changed.",
        context="Staff",
        name=name,
    )


async def read_multipart(request: Request) -> tuple[dict[str, str], list[tuple[str, str, bytes]]]:
    """The fields and files (field, file name, content) of an upload form, at most
    :data:`MAX_UPLOAD` bytes in all; more is refused in words before it is kept."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/form-data"):
        raise UserError("Choose the workbook file to upload.", context="Staff")
    body = bytearray()
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen <= MAX_UPLOAD:
            body += chunk
        elif seen > MAX_DRAIN:
            break  # read on (not kept) up to this, so that the browser shows the answer
    if seen > MAX_UPLOAD:
        raise UserError(
            "The upload is larger than %n MB; nothing was changed.",
            context="Staff",
            n=MAX_UPLOAD // MiB,
        )
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + bytes(body)
    )
    fields: dict[str, str] = {}
    files: list[tuple[str, str, bytes]] = []
    if not message.is_multipart():
        raise UserError("Choose the workbook file to upload.", context="Staff")
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition") or "")
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if filename is None:
            fields[name] = data.decode("utf-8", "replace")
        elif data:
            files.append((name, Path(filename.replace("\\", "/")).name, data))
    return fields, files


def _docx_name(n: int, shown: str) -> str:
    """The name a .docx is kept under in the draft: its own, made safe, numbered."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in shown)[:80]
    return f"{n}-{safe.removesuffix('.docx')}.docx"


def _check_archive(path: Path, shown: str) -> None:
    """A workbook or .docx is a zip: refuse bombs and hostile archives before any reader."""
    from msu_exchange.safe_zip import UnsafeArchive, open_archive

    try:
        with open_archive(
            path, max_members=5000, max_total_uncompressed=MAX_UNPACKED, max_member=MAX_UNPACKED
        ):
            pass
    except UnsafeArchive as exc:
        raise _upload_error(shown) from exc


class PlanPages:
    """``/staff/plan``: the upload, the draft (problems, preview, changes, deadlines), the
    publication and the downloads."""

    def __init__(self, site: PageSite) -> None:
        self.site = site
        self.staff = site.staff

    # --- where things are ---------------------------------------------------------------
    def config(self) -> AgencyConfig | None:
        return load_config(self.site.inbox.folder.resolve().parent)

    def drafts(self, config: AgencyConfig) -> Path:
        return config.data_dir / "plan_drafts"

    def draft(self, ctx: Ctx, config: AgencyConfig) -> Path | None:
        draft_id = str(ctx.request.path_params.get("draft", ""))
        folder = self.drafts(config) / draft_id
        return folder if DRAFT_RE.match(draft_id) and (folder / WORKBOOK).is_file() else None

    def not_set_up(self, ctx: Ctx) -> Response:
        return self.site.not_saved(
            ctx,
            UserError(
                "The agency is not set up in this folder: run msu-agency init first, then "
                "start the inbox again.",
                context="Staff",
            ),
            "/staff/",
        )

    # --- the start page -------------------------------------------------------------------
    async def _start(self, ctx: Ctx) -> Response:
        from msu_agency.plan_publish import published_packages

        config = self.config()
        if config is None:
            return self.not_set_up(ctx)
        lang = ctx.lang
        packages = "".join(
            f'<li><a class="msuplan" href="/staff/plan/package/{_e(p.name)}">{_e(p.name)}</a></li>'
            for p in reversed(published_packages(config))
        )
        body = f"""<p><a href="/staff/">←</a></p>{done_note(ctx)}
<p>{_e(tr("Staff", "Fill in the Action Plan workbook as the decree's annex: one sheet per language (№, measure, deadline, expected result and indicators, executors, funding) and the sheet programme with its years and reporting rule. If the annex came as Word, upload its tables (.docx) with the workbook: they replace the ky and ru sheets.", lang))}</p>
<p><a id="template" href="/staff/plan/template.xlsx">{_e(tr("Staff", "Blank Action Plan workbook (Kyrgyz and Russian sheets)", lang))}</a></p>
<form method="post" action="/staff/plan/upload" enctype="multipart/form-data">{csrf_field(ctx.session.csrf)}
<p><label>{_e(tr("Staff", "Action Plan workbook (.xlsx)", lang))} <input type="file" name="workbook" id="workbook" accept=".xlsx"></label></p>
<p><label>{_e(tr("Staff", "The annex's tables in Word (.docx), if any", lang))} <input type="file" name="docx" id="docx" accept=".docx" multiple></label></p>
<p><button id="upload">{_e(tr("Staff", "Check the plan", lang))}</button></p></form>
<h2>{_e(tr("Staff", "Published plan packages (for USB delivery)", lang))}</h2>
<ul id="packages">{packages}</ul>"""
        return self.site.render(ctx, tr("Staff", "Publish a programme", lang), body)

    start = staff_page(_start)

    async def _template(self, ctx: Ctx) -> Response:
        from msu_agency.action_plan import write_template

        def build() -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                return write_template(Path(tmp) / "template.xlsx").read_bytes()

        return download(await run_in_threadpool(build), "action-plan-template.xlsx")

    template = staff_page(_template)

    async def _package(self, ctx: Ctx) -> Response:
        from msu_agency.plan_publish import published_packages

        config = self.config()
        name = str(ctx.request.path_params["name"])
        found = [p for p in published_packages(config) if p.name == name] if config else []
        if not found:
            return self.site.not_saved(
                ctx, UserError("No such plan package.", context="Staff"), "/staff/plan", 404
            )
        return download(found[0].read_bytes(), name)

    package = staff_page(_package)

    # --- the upload -------------------------------------------------------------------------
    def session_for(self, request: Request, form: dict[str, str]) -> Session | None:
        session = self.staff.session(request.cookies.get(COOKIE, ""))
        ok = session is not None and form.get("csrf") and form.get("csrf") == session.csrf
        return session if ok else None

    async def upload(self, request: Request) -> Response:
        lang = _lang(request)
        session = self.staff.session(request.cookies.get(COOKIE, ""))
        if session is None:
            return forbidden(lang)
        ctx = Ctx(request, lang, session, {})
        config = self.config()
        if config is None:
            return self.not_set_up(ctx)
        try:
            fields, files = await read_multipart(request)
        except UserError as exc:
            return self.site.not_saved(ctx, exc, "/staff/plan")
        if self.session_for(request, fields) is None:
            return forbidden(lang)
        try:
            draft = await run_in_threadpool(self.keep_draft, config, files)
        except UserError as exc:
            return self.site.not_saved(ctx, exc, "/staff/plan")
        return RedirectResponse(f"/staff/plan/draft/{draft.name}", status_code=303)

    def keep_draft(self, config: AgencyConfig, files: list[tuple[str, str, bytes]]) -> Path:
        """Check the uploaded files are safe archives and keep them as a new draft."""
        workbooks = [f for f in files if f[0] == "workbook"]
        tables = [f for f in files if f[0] == "docx"]
        if len(workbooks) != 1:
            raise UserError(
                "Upload the Action Plan workbook (.xlsx): it holds the programme's years and "
                "reporting rule, even when the tables come in Word.",
                context="Staff",
            )
        root = self.drafts(config)
        root.mkdir(parents=True, exist_ok=True)
        for old in root.iterdir():  # forget drafts nobody published
            if old.is_dir() and old.stat().st_mtime < time.time() - DRAFT_DAYS * 86400:
                shutil.rmtree(old, ignore_errors=True)
        folder = root / secrets.token_hex(8)
        folder.mkdir()
        try:
            for n, (_field, shown, data) in enumerate([*workbooks, *tables]):
                path = folder / (WORKBOOK if n == 0 else _docx_name(n, shown))
                path.write_bytes(data)
                if not data.startswith(b"PK\x03\x04"):
                    raise _upload_error(shown)
                _check_archive(path, shown)
            self.examine(folder, "ru")  # a file no reader opens is refused now, in words
        except UserError:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return folder

    # --- the draft: problems, preview, changes ---------------------------------------------
    @staticmethod
    def deadlines(folder: Path) -> dict[str, str]:
        path = folder / DEADLINES
        return json.loads(path.read_text("utf-8")) if path.is_file() else {}

    def examine(self, folder: Path, lang: str) -> dict[str, Any]:
        """The draft read and checked: problems in words, or the plan and what changes."""
        from msu_agency.plan_publish import changes, read_plan

        config = load_config(folder.parent.parent)
        plans = installed_plans(config.data_dir if config else None)
        tables = sorted(folder.glob("*.docx"))
        try:
            action, plan = read_plan(folder / WORKBOOK, tables, plans, self.deadlines(folder))
        except UserError as exc:  # the file's own name in the message, not the server's path
            exc.params = {
                k: str(v).replace(f"{folder}{os.sep}", "") if isinstance(v, str) else v
                for k, v in exc.params.items()
            }
            raise
        result: dict[str, Any] = {
            "problems": [p.message(lang) for p in action.problems],
            "plan": plan,
            "document": action.document,
            "changes": [],
        }
        if plan is not None:
            try:
                result["changes"] = changes(plan, plans, lang)
            except UserError as exc:
                result["problems"].append(exc.message(lang))
                result["plan"] = None
        return result

    def _preview_html(self, plan: Any) -> str:
        from msu_agency.action_plan import preview

        return "".join(
            f'<div class="preview" id="preview-{code}" lang="{code}"><h3>{label}</h3><pre>'
            + _e("\n".join(preview(plan, code)))
            + "</pre></div>"
            for code, label in (("ky", "Кыргызча"), ("ru", "Русский"))
        )

    def _deadline_form(self, ctx: Ctx, folder: Path, plan: Any) -> str:
        from msu_desktop.domain.period import plan_periods
        from msu_desktop.services.labels import period_name

        lang = ctx.lang
        options = "".join(
            f'<option value="{_e(p.id)}">{_e(period_name(p.id, lang))} — {p.due.strftime("%d.%m.%Y")}</option>'
            for p in plan_periods(plan)
        )
        return f"""<h2>{_e(tr("Staff", "Move one period's deadline", lang))}</h2>
<form method="post" action="/staff/plan/draft/{folder.name}/deadline">{csrf_field(ctx.session.csrf)}
<label>{_e(tr("Staff", "Period", lang))} <select name="period" id="deadline-period">{options}</select></label>
<label>{_e(tr("Staff", "New deadline (31.12.2031)", lang))} <input name="due" id="deadline-due" size="12"></label>
<button id="move-deadline">{_e(tr("Staff", "Move the deadline", lang))}</button></form>"""

    def _publish_form(self, ctx: Ctx, folder: Path, plan: Any) -> str:
        lang = ctx.lang
        question = tr(
            "Staff",
            "Sign and publish {title}, version {version}? The offices will install it as "
            "their programme.",
            lang,
            title=plan.title.get(lang, ""),
            version=plan.version,
        )
        return f"""<h2>{_e(tr("Staff", "Publish", lang))}</h2>
<form method="post" action="/staff/plan/draft/{folder.name}/publish" autocomplete="off">{csrf_field(ctx.session.csrf)}
<p><label><input type="checkbox" name="confirmed" value="yes" id="confirm-publish"> {_e(question)}</label></p>
<p><label>{_e(tr("Staff", "Passphrase of the agency's signing key", lang))} <input type="password" name="passphrase" id="passphrase" autocomplete="off"></label></p>
<p>{_e(tr("Staff", "The key does not leave the agency's folder; the passphrase is used once and not kept.", lang))}</p>
<button id="publish">{_e(tr("Staff", "Sign and publish", lang))}</button></form>"""

    async def _draft_page(self, ctx: Ctx) -> Response:
        config = self.config()
        if config is None:
            return self.not_set_up(ctx)
        folder = self.draft(ctx, config)
        if folder is None:
            return self.site.not_saved(
                ctx,
                UserError("No such draft; upload the workbook again.", context="Staff"),
                "/staff/plan",
                404,
            )
        lang = ctx.lang
        try:
            seen = await run_in_threadpool(self.examine, folder, lang)
        except UserError as exc:
            return self.site.not_saved(ctx, exc, "/staff/plan")
        problems = "".join(f"<li>{_e(p)}</li>" for p in seen["problems"])
        parts = [f'<p><a href="/staff/plan">←</a></p>{done_note(ctx)}']
        if problems:
            parts.append(
                f'<h2 class="late">{_e(tr("Staff", "%n problem(s); nothing can be published until they are fixed in the workbook.", lang, n=len(seen["problems"])))}</h2>'
                f'<ol id="problems">{problems}</ol>'
            )
        plan = seen["plan"]
        if plan is not None:
            changed = "".join(f"<li>{_e(line)}</li>" for line in seen["changes"])
            parts.append(
                f"<h2>{_e(tr('Staff', 'Against the installed version', lang))}</h2>"
                f'<ul id="changes">{changed}</ul>'
                f"<h2>{_e(tr('Staff', 'The whole plan in both languages', lang))}</h2>"
                + self._preview_html(plan)
                + self._deadline_form(ctx, folder, plan)
                + self._publish_form(ctx, folder, plan)
            )
        return self.site.render(ctx, tr("Staff", "Check the plan", lang), "".join(parts))

    draft_page = staff_page(_draft_page)

    async def _move_deadline(self, ctx: Ctx) -> Response:
        from msu_agency.action_plan import parse_day

        config = self.config()
        folder = self.draft(ctx, config) if config else None
        back = f"/staff/plan/draft/{folder.name}" if folder else "/staff/plan"
        period, due = ctx.form.get("period", ""), ctx.form.get("due", "").strip()
        day = parse_day(due)
        if folder is None or not re.match(r"^\d{4}-H[12]$", period) or day is None:
            return self.site.not_saved(
                ctx,
                UserError("{value} is not a date (31.12.2028).", context="Staff", value=due),
                back,
            )
        moved = {**self.deadlines(folder), period: day.strftime("%d.%m.%Y")}
        (folder / DEADLINES).write_text(json.dumps(moved), encoding="utf-8")
        return done_redirect(back, tr("Staff", "The deadline was moved in the draft.", ctx.lang))

    move_deadline = staff_form(_move_deadline)

    async def _publish(self, ctx: Ctx) -> Response:
        config = self.config()
        folder = self.draft(ctx, config) if config else None
        if config is None or folder is None:
            return self.not_set_up(ctx)
        back = f"/staff/plan/draft/{folder.name}"
        if ctx.form.get("confirmed") != "yes":
            return self.site.not_saved(
                ctx,
                UserError("Tick the confirmation first; nothing was signed.", context="Staff"),
                back,
            )
        try:
            written, doc = await run_in_threadpool(
                self.sign, config, folder, ctx.form.get("passphrase", "")
            )
        except UserError as exc:
            return self.site.not_saved(ctx, exc, back)
        self.site.log(ctx, "plan-published", f"{doc.get('plan_id')} v{doc.get('version')}")
        # the inbox checks the offices' packages against the agency's plans: the new one too
        self.site.inbox.plans = plans_by_id(installed_plans(config.data_dir))
        shutil.rmtree(folder, ignore_errors=True)
        return done_redirect(
            "/staff/plan",
            tr(
                "Staff",
                "Published: {name}. Download it below for USB delivery.",
                ctx.lang,
                name=written.name,
            ),
        )

    publish = staff_form(_publish)

    def sign(
        self, config: AgencyConfig, folder: Path, passphrase: str
    ) -> tuple[Path, dict[str, Any]]:
        from msu_agency.cli.init import SIGNING_KEY
        from msu_agency.plan_publish import open_signing_key, publish

        seen = self.examine(folder, "ru")
        if seen["plan"] is None or seen["document"] is None:
            raise UserError("The plan has problems; nothing was signed.", context="Staff")
        path = config.keys_dir / SIGNING_KEY
        if not path.is_file():
            raise UserError(
                "The signing key is not on this computer (it is kept offline): copy agency.key "
                "from its stick into the keys folder of the agency's data folder, publish, then "
                "delete it from there again.",
                context="Staff",
            )
        key = open_signing_key(path, passphrase.encode("utf-8"))
        return publish(config, seen["document"], [key]), seen["document"]

    def routes(self) -> list[Route]:
        return [
            Route("/staff/plan", self.start, methods=["GET"]),
            Route("/staff/plan/template.xlsx", self.template, methods=["GET"]),
            Route("/staff/plan/package/{name}", self.package, methods=["GET"]),
            Route("/staff/plan/upload", self.upload, methods=["POST"]),
            Route("/staff/plan/draft/{draft}", self.draft_page, methods=["GET"]),
            Route("/staff/plan/draft/{draft}/deadline", self.move_deadline, methods=["POST"]),
            Route("/staff/plan/draft/{draft}/publish", self.publish, methods=["POST"]),
        ]
