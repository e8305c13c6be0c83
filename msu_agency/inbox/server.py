"""The inbox over HTTP (Starlette on uvicorn): the protocol of docs/inbox-protocol.md.

Only ``msu-agency serve`` imports this module, so the desktop app never loads a web stack.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
import logging.handlers
import re
import threading
import time
from pathlib import Path
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
PER_MINUTE = 20  # uploads per verified key (one office) in a sliding minute
JUNK_PER_MINUTE = 10  # refused unverifiable uploads per address before it waits
JUNK_GLOBAL_PER_MINUTE = 300  # all addresses together: then every address with junk waits
UPLOADS_AT_ONCE = 16  # bodies streamed to disk and verified at once; the others wait their turn
ACCESS_LOG = "access.log"  # in <inbox>/logs/, rotated at ACCESS_LOG_BYTES, ACCESS_LOG_KEEP kept
ACCESS_LOG_BYTES = 10 * 1024 * 1024
ACCESS_LOG_KEEP = 5
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
CSP = b"default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'"
SHA_RE = re.compile(r"^[0-9a-f]{64}$")


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


def access_logger(folder: Path) -> logging.Logger:
    """``<inbox>/logs/access.log``, rotated by size: who asked what, the answer, how long."""
    log = logging.getLogger(f"msu_agency.inbox.access.{folder}")
    if not log.handlers:
        (folder / "logs").mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "logs" / ACCESS_LOG,
            maxBytes=ACCESS_LOG_BYTES,
            backupCount=ACCESS_LOG_KEEP,
            encoding="utf-8",
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


class Guard:
    """Every response gets the security headers; every request a line in the access log."""

    def __init__(self, app: Any, log: logging.Logger | None) -> None:
        self.app, self.log = app, log

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        status = [0]

        async def guarded(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = [h for h in message.get("headers", []) if h[0].lower() not in _OURS]
                headers += SECURITY_HEADERS
                headers.append((b"content-security-policy", CSP))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, guarded)
        finally:
            if self.log is not None:
                client = scope.get("client") or ("-", 0)
                path = scope.get("path", "")[:200].encode("unicode_escape").decode("ascii")
                self.log.info(
                    "%s %s %s %s %.0fms",
                    client[0],
                    scope.get("method", "-"),
                    path,
                    status[0],
                    1000 * (time.monotonic() - started),
                )


_OURS = {h for h, _ in SECURITY_HEADERS} | {b"content-security-policy"}


def _json(doc: dict[str, Any], status: int, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json_bytes(doc), status_code=status, media_type="application/json", headers=headers
    )


class JunkBudget:
    """Anonymous traffic's own small budget: refused, unverifiable uploads are counted per
    address and all together. An address that sent junk waits once it used its budget, or once
    all junk together used the global one; an address that sent none never waits."""

    def __init__(self, per_address: int, overall: int, clock: Any = time.monotonic) -> None:
        self.by_address = RateLimiter(per_address, clock)
        self.overall = RateLimiter(overall, clock)

    def allow(self, address: str) -> bool:
        recent = self.by_address.count(address)
        if recent == 0:
            return True
        return recent < self.by_address.per_minute and self.overall.count("all") < (
            self.overall.per_minute
        )

    def junk(self, address: str) -> None:
        self.by_address.allow(address)
        self.overall.allow("all")


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

    def count(self, who: str) -> int:
        now = self.clock()
        with self.lock:
            hits = self.hits.get(who)
            while hits and hits[0] <= now - 60:
                hits.popleft()
            return len(hits) if hits else 0


def _refused(exc: UserError, code: str, status: int, **headers: str) -> Response:
    return _json(refusal_body(exc, code), status, headers or None)


async def _screen(
    request: Request,
    address: str,
    inbox: Inbox,
    junk: JunkBudget,
    max_body: int,
    too_large: UserError,
) -> Response | None:
    """The refusals before a byte of the body is read (too many refused uploads from the
    address, a form instead of a package, a declared length over the limit); None: go on."""
    if not junk.allow(address):
        await run_in_threadpool(inbox.count_refusal, "junk_limited")
        return _refused(
            UserError(
                "Too many refused uploads from this address in one minute; wait a minute.",
                context="Inbox",
            ),
            "rate_limited",
            429,
            **{"Retry-After": "60"},
        )
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind.startswith("multipart/") or kind == "application/x-www-form-urlencoded":
        junk.junk(address)
        await run_in_threadpool(inbox.count_refusal, "not_a_package")
        return _refused(
            UserError(
                "Send the package file itself as the body (application/zip), not a form.",
                context="Inbox",
            ),
            "not_a_package",
            415,
        )
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > max_body):
        junk.junk(address)
        await run_in_threadpool(inbox.count_refusal, "too_large")
        return _refused(too_large, "too_large", 413)
    return None


async def _stream_to(request: Request, tmp: Path, max_body: int) -> tuple[int, str] | None:
    """The body written to ``tmp`` chunk by chunk: its size and SHA-256; None as soon as it
    grows over ``max_body``."""
    digest = hashlib.sha256()
    total = 0
    with open(tmp, "wb") as fh:
        async for chunk in request.stream():
            total += len(chunk)
            if total > max_body:
                return None
            digest.update(chunk)
            fh.write(chunk)
    return total, digest.hexdigest()


def _answer(stored: Any, new: bool = False) -> Response:
    """A package's answer: 202 while it is held, 201 when just received, else 200."""
    if isinstance(stored, Held):
        return _json(dump_json(stored), 202)
    return _json(dump_json(stored), 201 if new else 200)


def create_app(
    inbox: Inbox,
    *,
    max_body: int = MAX_BODY,
    per_minute: int = PER_MINUTE,
    directory: list[DirectoryEntry] | None = None,
    session_minutes: int = 480,
    junk_per_minute: int = JUNK_PER_MINUTE,
    uploads_at_once: int = UPLOADS_AT_ONCE,
) -> Starlette:
    per_key = RateLimiter(per_minute)
    # the global budget grows with a raised per-address one (the bench: every office on one address)
    junk = JunkBudget(junk_per_minute, max(JUNK_GLOBAL_PER_MINUTE, 30 * junk_per_minute))
    slots = asyncio.Semaphore(uploads_at_once)

    refused = _refused

    async def upload(request: Request) -> Response:
        address = request.client.host if request.client else "?"
        too_large = UserError(
            "The package is larger than the inbox accepts ({limit} MB).",
            context="Inbox",
            limit=max_body // (1024 * 1024),
        )
        early = await _screen(request, address, inbox, junk, max_body, too_large)
        if early is not None:
            return early
        claimed = request.headers.get("x-msu-sha256", "")
        async with slots:  # bounded: bodies on disk, never whole in memory
            tmp = inbox.new_part()
            try:
                received = await _stream_to(request, tmp, max_body)
                if received is None:
                    junk.junk(address)
                    await run_in_threadpool(inbox.count_refusal, "too_large")
                    return refused(too_large, "too_large", 413)
                total, digest = received
                if total == 0:
                    junk.junk(address)
                    return refused(
                        UserError("The upload was empty.", context="Inbox"), "empty", 400
                    )
                try:
                    stored, new = await run_in_threadpool(
                        inbox.receive_file, tmp, digest, claimed, per_key.allow
                    )
                except Refused as exc:
                    if exc.code in ("invalid", "sha_mismatch"):
                        junk.junk(address)
                    headers = {"Retry-After": "60"} if exc.status == 429 else {}
                    return refused(exc, exc.code, exc.status, **headers)
            finally:
                tmp.unlink(missing_ok=True)
        return _answer(stored, new)

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
        if stored is None:
            return refused(
                UserError("The inbox has no package with this SHA-256.", context="Inbox"),
                "not_found",
                404,
            )
        return _answer(stored)

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

    from msu_agency.inbox.plan_routes import plan_routes
    from msu_agency.inbox.predecessors import routes as predecessor_routes
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
            *predecessor_routes(inbox, staff, directory or []),  # issue 25
            *plan_routes(inbox, RateLimiter, refused),
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
    junk_per_minute: int = JUNK_PER_MINUTE,
    ready: Any = None,
) -> None:
    """Run until interrupted (Ctrl+C or SIGTERM)."""
    # what the first upload would pay for, done before the inbox says it is listening: the
    # thread pool's backend (anyio imports it on first use) and the package's schemas and rules
    import anyio._backends._asyncio  # noqa: F401
    import uvicorn

    inbox.prepare()
    app = Guard(
        create_app(
            inbox,
            max_body=max_body,
            per_minute=per_minute,
            directory=directory,
            session_minutes=session_minutes,
            junk_per_minute=junk_per_minute,
        ),
        access_logger(inbox.folder),
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
