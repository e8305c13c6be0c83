"""The inbox over HTTP (Starlette on uvicorn): the protocol of docs/inbox-protocol.md.

Only ``msu-agency serve`` imports this module, so the desktop app never loads a web stack.
"""

from __future__ import annotations

import collections
import re
import threading
import time
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from msu_agency.collect import DirectoryEntry
from msu_agency.inbox.store import Held, Inbox, Refused, dump_json, json_bytes
from msu_desktop.errors import UserError

MAX_BODY = 64 * 1024 * 1024
PER_MINUTE = 20
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
NAME_RE = re.compile(r"^(\d{8,14})_")


def refusal_body(exc: UserError, code: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "status": "refused",
        "code": code,
        "message": {lang: exc.message(lang) for lang in ("en", "ky", "ru")},
    }
    signed = getattr(exc, "signed", None)
    if signed is not None:  # the sender is known: the refusal is signed, as a receipt is
        doc["refusal"] = signed[0].decode("utf-8")
        doc["refusal_signature"] = signed[1]
    return doc


def _json(doc: dict[str, Any], status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json_bytes(doc), status_code=status, media_type="application/json", headers=headers
    )


class RateLimiter:
    """At most ``per_minute`` requests per municipality in any sliding minute."""

    def __init__(self, per_minute: int, clock: Any = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.hits: dict[str, collections.deque[float]] = {}
        self.lock = threading.Lock()

    def allow(self, who: str) -> bool:
        now = self.clock()
        with self.lock:
            hits = self.hits.setdefault(who, collections.deque())
            while hits and hits[0] <= now - 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            if len(self.hits) > 100_000:  # forget the quiet ones, keep memory bounded
                for k in [k for k, v in self.hits.items() if not v]:
                    del self.hits[k]
            return True


def create_app(
    inbox: Inbox,
    *,
    max_body: int = MAX_BODY,
    per_minute: int = PER_MINUTE,
    directory: list[DirectoryEntry] | None = None,
    session_minutes: int = 480,
) -> Starlette:
    limiter = RateLimiter(per_minute)

    def refused(exc: UserError, code: str, status: int, **headers: str) -> Response:
        return _json(refusal_body(exc, code), status, headers or None)

    async def upload(request: Request) -> Response:
        name = request.headers.get("x-msu-package", "")
        match = NAME_RE.match(name)
        who = match.group(1) if match else f"ip:{request.client.host if request.client else '?'}"
        if not limiter.allow(who):
            return refused(
                UserError(
                    "Too many uploads from this municipality in one minute; the outbox tries "
                    "again by itself.",
                    context="Inbox",
                ),
                "rate_limited",
                429,
                **{"Retry-After": "60"},
            )
        too_large = UserError(
            "The package is larger than the inbox accepts ({limit} MB).",
            context="Inbox",
            limit=max_body // (1024 * 1024),
        )
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return refused(too_large, "too_large", 413)
        chunks: list[bytes] = []
        total = 0
        async for chunk in request.stream():
            total += len(chunk)
            if total > max_body:
                return refused(too_large, "too_large", 413)
            chunks.append(chunk)
        body = b"".join(chunks)
        if not body:
            return refused(UserError("The upload was empty.", context="Inbox"), "empty", 400)
        claimed = request.headers.get("x-msu-sha256", "")
        try:
            stored, new = await run_in_threadpool(inbox.receive, body, claimed)
        except Refused as exc:
            return refused(exc, exc.code, exc.status)
        if isinstance(stored, Held):
            return _json(dump_json(stored), 202)
        return _json(dump_json(stored), 201 if new else 200)

    async def status(request: Request) -> Response:
        sha = str(request.path_params["sha256"]).lower()
        if not SHA_RE.match(sha):
            return refused(
                UserError("This is not a package's SHA-256.", context="Inbox"), "bad_request", 400
            )

        def find() -> Any:
            inbox.release_confirmed()
            return inbox.get(sha) or inbox.held(sha)

        stored = await run_in_threadpool(find)
        if isinstance(stored, Held):
            return _json(dump_json(stored), 202)
        if stored is None:
            return refused(
                UserError("The inbox has no package with this SHA-256.", context="Inbox"),
                "not_found",
                404,
            )
        return _json(dump_json(stored), 200)

    async def health(_request: Request) -> Response:
        return _json({"status": "ok", "agency": inbox.agency}, 200)

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return refused(
            UserError("The inbox has no such address.", context="Inbox"), "not_found", 404
        )

    async def not_allowed(_request: Request, _exc: Exception) -> Response:
        return refused(
            UserError("The inbox does not accept this method here.", context="Inbox"),
            "bad_request",
            405,
        )

    from msu_agency.inbox.staff import Staff
    from msu_agency.inbox.web import staff_routes

    staff = Staff(inbox, session_minutes)
    return Starlette(
        exception_handlers={404: not_found, 405: not_allowed},
        routes=[
            Route("/api/v1/packages", upload, methods=["POST"]),
            Route("/api/v1/packages/{sha256}", status, methods=["GET"]),
            Route("/api/v1/health", health, methods=["GET"]),
            *staff_routes(inbox, staff, directory or []),
        ],
    )


def serve(
    inbox: Inbox,
    host: str,
    port: int,
    *,
    max_body: int = MAX_BODY,
    per_minute: int = PER_MINUTE,
    directory: list[DirectoryEntry] | None = None,
    session_minutes: int = 480,
    ready: Any = None,
) -> None:
    """Run until interrupted (Ctrl+C or SIGTERM)."""
    import uvicorn

    app = create_app(
        inbox,
        max_body=max_body,
        per_minute=per_minute,
        directory=directory,
        session_minutes=session_minutes,
    )
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    if ready is not None:
        original = server.startup

        async def startup(sockets: Any = None) -> None:
            await original(sockets)
            ready(server)

        server.startup = startup  # type: ignore[method-assign]
    server.run()
