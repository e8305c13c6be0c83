"""The published plan over HTTP: what the offices' outboxes fetch, and the file for USB.

* ``GET /api/v1/plan`` -- the plan offered now: ``{"status": "ok", "plan_id", "version",
  "sha256", "size", "issued", "published", "url"}``; 404 (``no_plan``) when none is published;
* ``GET /api/v1/plan/<sha256>.msuplan`` -- the signed package itself, with an ETag (its
  SHA-256) and a long Cache-Control (the address names the content, so it never changes);
* ``GET /plan`` -- a small page in Kyrgyz or Russian (``?lang=``) with the download link, for a
  clerk who copies the plan onto a USB stick.

No login: the plan is public and signed, and the office verifies the signature against the
agency key it trusts. Like other anonymous traffic each address has its own small budget
(``PER_MINUTE`` requests in a sliding minute; then 429 with Retry-After).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from msu_agency.inbox.published import Published, latest_published, published_file
from msu_agency.inbox.store import Inbox, json_bytes
from msu_desktop.errors import UserError
from msu_desktop.i18n import tr
from msu_exchange.plan_package import EXTENSION

PER_MINUTE = 30  # plan requests per address in a sliding minute
API = "/api/v1/plan"


def agency_data_dir(inbox: Inbox) -> Path:
    """The agency's data folder ``serve`` was given: the one holding its key registry."""
    return inbox.registry_path.parent


def plan_routes(
    inbox: Inbox,
    limiter: Callable[[int], Any],
    refused: Callable[..., Response],
    per_minute: int = PER_MINUTE,
) -> list[Route]:
    """The routes; ``limiter`` and ``refused`` are the server's (its RateLimiter class and its
    refusal answer), so that the plan's answers look like every other of the inbox."""
    limit = limiter(per_minute)
    data_dir = agency_data_dir(inbox)

    def too_many() -> Response:
        return refused(
            UserError(
                "Too many requests from this address in one minute; wait a minute.", context="Inbox"
            ),
            "rate_limited",
            429,
            **{"Retry-After": "60"},
        )

    def allowed(request: Request) -> bool:
        return limit.allow(request.client.host if request.client else "?")

    async def latest() -> Published | None:
        return await run_in_threadpool(latest_published, data_dir)

    async def offer(request: Request) -> Response:
        if not allowed(request):
            return too_many()
        plan = await latest()
        if plan is None:
            return refused(
                UserError("The agency has not published a plan here yet.", context="Inbox"),
                "no_plan",
                404,
                **{"Cache-Control": "no-cache"},
            )
        doc: dict[str, Any] = {"status": "ok", **plan.to_json()}
        doc["url"] = f"{API}/{plan.sha256}{EXTENSION}"
        return Response(
            json_bytes(doc),
            media_type="application/json",
            headers={"Cache-Control": "no-cache"},
        )

    async def download(request: Request) -> Response:
        if not allowed(request):
            return too_many()
        name = str(request.path_params["name"]).lower()
        sha = name[: -len(EXTENSION)] if name.endswith(EXTENSION) else ""
        path = await run_in_threadpool(published_file, data_dir, sha)
        if path is None:
            return refused(
                UserError("The inbox has no plan package with this SHA-256.", context="Inbox"),
                "not_found",
                404,
            )
        etag = f'"{sha}"'
        cache = {"ETag": etag, "Cache-Control": "public, max-age=86400, immutable"}
        if etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=cache)
        plan = await latest()
        filename = (
            f"{plan.plan_id}-v{plan.version}{EXTENSION}"
            if plan is not None and plan.sha256 == sha
            else f"plan-{sha[:12]}{EXTENSION}"
        )
        return FileResponse(path, media_type="application/zip", filename=filename, headers=cache)

    async def page(request: Request) -> Response:
        if not allowed(request):
            return too_many()
        lang = request.query_params.get("lang") or request.cookies.get("lang") or "ru"
        lang = lang if lang in ("ky", "ru") else "ru"
        plan = await latest()
        title = tr("Inbox", "The published plan", lang)
        if plan is None:
            body = f'<p id="no-plan">{_e(tr("Inbox", "No plan is published yet.", lang))}</p>'
        else:
            text = tr(
                "Inbox",
                "Plan {plan}, version {version}, issued {issued}.",
                lang,
                plan=plan.plan_id,
                version=plan.version,
                issued=plan.issued,
            )
            link = tr("Inbox", "Download the plan package (.msuplan) for a USB stick", lang)
            note = tr(
                "Inbox",
                "Offices with an upload address get it by themselves and are asked before it "
                "is installed; an office without one imports this file with File → Import a "
                "plan package.",
                lang,
            )
            body = (
                f'<p id="plan">{_e(text)}</p>'
                f'<p><a id="download" href="{API}/{plan.sha256}{EXTENSION}">{_e(link)}</a></p>'
                f"<p>{_e(note)}</p><p><small>SHA-256: {plan.sha256}</small></p>"
            )
        switch = " · ".join(
            f'<a href="?lang={code}">{label}</a>'
            for code, label in (("ky", "Кыргызча"), ("ru", "Русский"))
        )
        doc = (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title></head><body><div>{switch}</div>"
            f"<h1>{_e(title)}</h1>{body}</body></html>"
        )
        return HTMLResponse(doc)

    return [
        Route(API, offer, methods=["GET"]),
        Route(API + "/{name}", download, methods=["GET"]),
        Route("/plan", page, methods=["GET"]),
    ]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
