"""What every staff page shares: the page frame (:func:`_page`), escaping, the language, the
logged-in request (:class:`Ctx`, :func:`staff_page`) and the checked form (:func:`staff_form`,
the session's CSRF token), the messages after a change, downloads, and :class:`PageSite` --
``render`` and ``not_saved`` for every route, ``log`` for who did what."""

from __future__ import annotations

import datetime as dt
import html
import string
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from msu_agency.collect import DirectoryEntry
from msu_agency.inbox.staff import Session, Staff
from msu_agency.inbox.store import Inbox
from msu_desktop.clock import BISHKEK
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr

COOKIE = "msu_staff"


class _Templates:
    """The page templates (``templates/*.html``, string.Template): the routes fill in escaped
    values, the markup stays in the files."""

    def __init__(self) -> None:
        self.folder = Path(__file__).with_name("templates")

    @cache  # noqa: B019 - one instance, for the process's life
    def read(self, name: str) -> string.Template:
        return string.Template((self.folder / name).read_text(encoding="utf-8"))


TEMPLATES = _Templates()


def _when(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone(BISHKEK).strftime("%d.%m.%Y %H:%M")
    except (ValueError, TypeError):
        return iso


LANGS = ("ky", "ru")
MAX_FORM = 256 * 1024


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("lang") or "ru"
    return lang if lang in LANGS else "ru"


async def _form(request: Request) -> dict[str, str]:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            raise UserError("The form is too large.", context="Staff")
    parsed = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items()}


def csrf_field(csrf: str) -> str:
    """The hidden CSRF input every staff form carries."""
    return f'<input type="hidden" name="csrf" value="{_e(csrf)}">'


def _page(
    lang: str, title: str, body: str, *, user: str = "", csrf: str = "", status: int = 200
) -> HTMLResponse:
    switch = " · ".join(
        f'<a href="?lang={code}">{label}</a>'
        for code, label in (("ky", "Кыргызча"), ("ru", "Русский"))
    )
    logout = (
        f'<form method="post" action="/staff/logout" class="inline">{csrf_field(csrf)}'
        f'<span>{_e(user)}</span> <button id="logout">{_e(tr("Staff", "Log out", lang))}</button></form>'
        if user
        else ""
    )
    doc = f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{_e(title)}</title><style>
body{{font-family:DejaVu Sans,Arial,sans-serif;margin:1.5em;max-width:75em}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}}
th{{background:#dde6f0}}.late{{color:#a00;font-weight:bold}}.missing{{color:#a60}}.ok{{color:#070}}
.inline{{display:inline}}header{{display:flex;justify-content:space-between}}textarea{{width:100%}}
</style></head><body><header><div>{switch}</div><div>{logout}</div></header>
<h1>{_e(title)}</h1>{body}</body></html>"""
    response = HTMLResponse(doc, status_code=status)
    response.set_cookie("lang", lang, samesite="strict", httponly=True)
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = "default-src 'self'; style-src 'unsafe-inline'"
    return response


@dataclass(frozen=True)
class Ctx:
    """One staff request: its language, the logged-in session and (for a POST) its form."""

    request: Request
    lang: str
    session: Session
    form: dict[str, str]


Handler = Callable[[Any, Ctx], Awaitable[Response]]


def forbidden(lang: str) -> Response:
    text = tr(
        "Staff",
        "The form has expired or did not come from this page; open the page again.",
        lang,
    )
    return HTMLResponse(f'<p id="forbidden">{_e(text)}</p>', status_code=403)


def staff_page(handler: Handler) -> Callable[[Any, Request], Awaitable[Response]]:
    """A GET page for a logged-in member of staff; others go to the login."""

    async def route(self: Any, request: Request) -> Response:
        session = self.staff.session(request.cookies.get(COOKIE, ""))
        if session is None:
            return RedirectResponse("/staff/login", status_code=303)
        return await handler(self, Ctx(request, _lang(request), session, {}))

    return route


def staff_form(handler: Handler) -> Callable[[Any, Request], Awaitable[Response]]:
    """A POSTed form of a logged-in member of staff, with the session's CSRF token; anything
    else is refused before the handler runs."""

    async def route(self: Any, request: Request) -> Response:
        session = self.staff.session(request.cookies.get(COOKIE, ""))
        lang = _lang(request)
        try:
            form = await _form(request)
        except UserError as exc:  # too large: said in words, nothing done
            return HTMLResponse(f'<p id="error">{_e(exc.message(lang))}</p>', status_code=413)
        if session is None or not form.get("csrf") or form.get("csrf") != session.csrf:
            return forbidden(lang)
        return await handler(self, Ctx(request, lang, session, form))

    return route


class PageSite:
    """The inbox, its staff and the directory, and the helpers every route's page uses."""

    def __init__(self, inbox: Inbox, staff: Staff, directory: list[DirectoryEntry]) -> None:
        self.inbox, self.staff, self.directory = inbox, staff, directory

    # --- the page helpers every route uses -----------------------------------------------
    def render(self, ctx: Ctx, title: str, body: str, status: int = 200) -> HTMLResponse:
        return _page(
            ctx.lang, title, body, user=ctx.session.name, csrf=ctx.session.csrf, status=status
        )

    def not_saved(self, ctx: Ctx, exc: UserError, back: str, status: int = 400) -> HTMLResponse:
        """A refused action: the reason in words, and the way back; nothing was changed."""
        return self.render(
            ctx,
            tr("Staff", "Not saved", ctx.lang),
            f'<p class="late" id="error">{_e(exc.message(ctx.lang))}</p>'
            f'<p><a href="{_e(back)}">←</a></p>',
            status=status,
        )

    def log(self, ctx: Ctx, action: str, detail: str = "") -> None:
        self.staff.log(ctx.session.username, action, detail)


def done_note(ctx: Ctx) -> str:
    """The message a redirect after a change carries (``?done=``)."""
    message = ctx.request.query_params.get("done", "")
    return f'<p id="done" class="ok">{_e(message)}</p>' if message else ""


def done_redirect(path: str, message: str) -> Response:
    return RedirectResponse(f"{path}?{urllib.parse.urlencode({'done': message})}", status_code=303)


def download(data: bytes, filename: str) -> Response:
    """A file the browser saves under ``filename``."""
    media = {
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf": "application/pdf",
    }.get(filename.rsplit(".", 1)[-1], "application/octet-stream")
    return Response(
        data,
        media_type=media,
        headers={
            "Content-Disposition": "attachment; filename*=UTF-8''"
            + urllib.parse.quote(filename, safe="")
        },
    )
