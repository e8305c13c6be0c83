"""Delivery of report packages: each package in the outbox has a state (created, saved to USB,
sent, failed with the reason), kept in ``<data dir>/outbox/states.json`` (written atomically).

When an upload address is configured (setting ``upload_url``), :func:`send_pending` sends every
package that is not sent yet with an HTTP POST (the body is the package, headers name it and
give its SHA-256); a failure is recorded with its reason and retried later with exponential
backoff (1 min, 2, 4 … up to 6 hours), so packages go out by themselves when the connection
comes back. Only the standard library is used (urllib), so nothing more needs installing.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_desktop.services.files import sha256_file, write_bytes_atomic

STATES_FILE = "states.json"
MAX_BACKOFF = 6 * 3600
TIMEOUT = 60


@dataclass
class Delivery:
    name: str
    state: str = "created"  # created | saved | sent | failed
    saved_to: str = ""
    sent_at: str = ""
    attempts: int = 0
    last_error: str = ""
    next_try: str = ""


def _path(outbox: Path) -> Path:
    return Path(outbox) / STATES_FILE


def load(outbox: Path) -> dict[str, Delivery]:
    path = _path(outbox)
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {k: Delivery(**v) for k, v in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}  # a damaged state file only loses the states, never a package


def save(outbox: Path, states: dict[str, Delivery]) -> None:
    payload = json.dumps({k: asdict(v) for k, v in states.items()}, ensure_ascii=False, indent=1)
    write_bytes_atomic(_path(outbox), payload.encode("utf-8"))


def record(outbox: Path, package: Path, **changes: Any) -> Delivery:
    states = load(outbox)
    d = states.get(package.name) or Delivery(package.name)
    for key, value in changes.items():
        setattr(d, key, value)
    states[package.name] = d
    save(outbox, states)
    return d


def pending(outbox: Path, now: dt.datetime | None = None) -> list[Path]:
    now = now or dt.datetime.now()
    states = load(outbox)
    out = []
    for pkg in sorted(Path(outbox).glob("*.msupkg")):
        d = states.get(pkg.name)
        if d and d.state == "sent":
            continue
        if d and d.next_try and dt.datetime.fromisoformat(d.next_try) > now:
            continue
        out.append(pkg)
    return out


def upload(package: Path, url: str, timeout: float = TIMEOUT) -> None:
    """POST one package; raises UserError with the reason on any failure."""
    data = package.read_bytes()
    request = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/zip",
            "X-MSU-Package": package.name,
            "X-MSU-SHA256": sha256_file(package),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if not 200 <= response.status < 300:
                raise UserError("The server answered {code}.", code=response.status)
    except urllib.error.HTTPError as exc:
        raise UserError("The server answered {code}.", code=exc.code) from exc
    except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError("No connection to the server ({reason}).", reason=str(reason)) from exc


def send_pending(outbox: Path, url: str, now: dt.datetime | None = None) -> dict[str, str]:
    """Try every pending package once; returns {name: "sent" | reason}."""
    if not url:
        raise UserError("No upload address is set.")
    now = now or dt.datetime.now()
    results: dict[str, str] = {}
    for pkg in pending(outbox, now):
        d = load(outbox).get(pkg.name) or Delivery(pkg.name)
        try:
            upload(pkg, url)
        except UserError as exc:
            delay = min(MAX_BACKOFF, 60 * 2**d.attempts)
            record(
                outbox,
                pkg,
                state="failed",
                attempts=d.attempts + 1,
                last_error=str(exc),
                next_try=(now + dt.timedelta(seconds=delay)).isoformat(timespec="seconds"),
            )
            results[pkg.name] = str(exc)
            continue
        record(
            outbox,
            pkg,
            state="sent",
            attempts=d.attempts + 1,
            last_error="",
            next_try="",
            sent_at=now.isoformat(timespec="seconds"),
        )
        results[pkg.name] = "sent"
    return results
