"""Delivery of report packages: each package in the outbox has a state (created, saved to USB,
sent, failed with the reason), kept in ``<data dir>/outbox/states.json`` (written atomically).

When an upload address is configured (setting ``upload_url``), :func:`send_pending` sends every
package that is not sent yet with an HTTP POST (the body is the package, headers name it and
give its SHA-256); a failure is recorded with its reason and retried later with exponential
backoff (1 min, 2, 4 … up to 6 hours), so packages go out by themselves when the connection
comes back. Only the standard library is used (urllib), so nothing more needs installing.

The agency's inbox (``msu-agency serve``, docs/inbox-protocol.md) answers an upload with a
signed receipt. The receipt is verified against the inbox key the trust store holds (purpose
``receipts``, brought by a signed key-rotation document) and against the package sent (same
SHA-256, municipality, period and sequence); a verified receipt is kept beside the package in
``outbox/receipts/`` and the package's state becomes ``received``, with the time the inbox
received it. A receipt that does not verify is not kept, and the reason is recorded. A refusal
by the inbox (an invalid package, a key the agency does not know…) is recorded with its reason
in the user's language and not retried; overload (429) and server errors are retried.
:func:`fetch_receipts` asks the inbox again for the receipt of every package sent without one.
"""

from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.services.files import sha256_file, write_bytes_atomic
from msu_desktop.services.inbox.receipt import Receipt, ReceiptInvalid, verify_receipt

STATES_FILE = "states.json"
RECEIPTS = "receipts"
MAX_ANSWER = 256 * 1024
MAX_BACKOFF = 6 * 3600
TIMEOUT = 60


@dataclass
class Delivery:
    name: str
    state: str = "created"  # created | saved | sent | failed | received | refused
    saved_to: str = ""
    sent_at: str = ""
    attempts: int = 0
    last_error: str = ""
    next_try: str = ""
    sha256: str = ""
    received_at: str = ""  # when the inbox received it (from the verified receipt, UTC)
    receipt_error: str = ""


def _path(outbox: Path) -> Path:
    return Path(outbox) / STATES_FILE


def load(outbox: Path) -> dict[str, Delivery]:
    path = _path(outbox)
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        fields = set(Delivery.__dataclass_fields__)
        return {k: Delivery(**{f: x for f, x in v.items() if f in fields}) for k, v in raw.items()}
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
        if d and d.state in ("sent", "received", "refused"):
            continue
        if d and d.next_try and dt.datetime.fromisoformat(d.next_try) > now:
            continue
        out.append(pkg)
    return out


class Refusal(UserError):
    """The inbox refused the package with a reason; sending it again will not help."""


def _refusal_message(body: bytes) -> str | None:
    try:
        doc = json.loads(body.decode("utf-8"))
        messages = doc["message"]
        lang = i18n.language()
        return str(messages.get(lang) or messages.get("en"))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def upload(package: Path, url: str, timeout: float = TIMEOUT) -> bytes:
    """POST one package; returns the answer's body; raises UserError with the reason."""
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
    return _call(request, timeout)


def _call(request: urllib.request.Request, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if not 200 <= response.status < 300:
                raise UserError("The server answered {code}.", code=response.status)
            return bytes(response.read(MAX_ANSWER))
    except urllib.error.HTTPError as exc:
        body = exc.read(MAX_ANSWER) if exc.fp is not None else b""
        reason = _refusal_message(body)
        if reason and 400 <= exc.code < 500 and exc.code not in (408, 429):
            raise Refusal(
                "The agency's inbox refused the package: {reason}", reason=reason
            ) from exc
        if reason:
            raise UserError(
                "The server answered {code}: {reason}", code=exc.code, reason=reason
            ) from exc
        raise UserError("The server answered {code}.", code=exc.code) from exc
    except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as exc:
        why = getattr(exc, "reason", exc)
        raise UserError("No connection to the server ({reason}).", reason=str(why)) from exc


def _identity(package: Path) -> tuple[str, str, int]:
    """(СОАТЕ, period, sequence) from the outbox's own file name ``<soate>_<period>_<seq>``."""
    parts = package.stem.split("_")
    try:
        return parts[0], parts[1], int(parts[2])
    except (IndexError, ValueError) as exc:
        raise ReceiptInvalid(
            "The package's file name was changed; its receipt cannot be matched."
        ) from exc


def receipt_paths(outbox: Path, package_name: str) -> tuple[Path, Path]:
    stem = Path(package_name).stem
    folder = Path(outbox) / RECEIPTS
    return folder / f"{stem}.receipt.json", folder / f"{stem}.receipt.json.minisig"


def accept_receipt(outbox: Path, package: Path, answer: bytes, sha256: str) -> Receipt:
    """Verify the inbox's answer as this package's receipt and keep it beside the package."""
    try:
        doc = json.loads(answer.decode("utf-8"))
        document = str(doc["receipt"]).encode("utf-8")
        signature = str(doc["signature"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ReceiptInvalid("The inbox's answer carries no readable receipt.") from exc
    soate, period, seq = _identity(package)
    receipt = verify_receipt(
        Path(outbox).parent,  # the outbox lives in the data folder, beside the trust store
        document,
        signature,
        package_sha256=sha256,
        soate=soate,
        period=period,
        sequence=seq,
    )
    doc_path, sig_path = receipt_paths(outbox, package.name)
    write_bytes_atomic(doc_path, receipt.document)
    write_bytes_atomic(sig_path, receipt.signature.encode("utf-8"))
    return receipt


def load_receipt(outbox: Path, package: Path) -> Receipt | None:
    """The kept receipt of a package, verified again (the files may have been changed)."""
    doc_path, sig_path = receipt_paths(outbox, package.name)
    if not doc_path.exists() or not sig_path.exists():
        return None
    soate, period, seq = _identity(package)
    return verify_receipt(
        Path(outbox).parent,
        doc_path.read_bytes(),
        sig_path.read_text(encoding="utf-8"),
        package_sha256=sha256_file(package),
        soate=soate,
        period=period,
        sequence=seq,
    )


def _after_answer(outbox: Path, pkg: Path, answer: bytes, sha: str) -> tuple[str, dict[str, Any]]:
    if not answer.strip():
        return "sent", {"receipt_error": ""}  # a plain upload address, not the agency's inbox
    try:
        receipt = accept_receipt(outbox, pkg, answer, sha)
    except ReceiptInvalid as exc:
        return "sent", {"receipt_error": str(exc)}
    return "received", {"receipt_error": "", "received_at": receipt.received}


def send_pending(outbox: Path, url: str, now: dt.datetime | None = None) -> dict[str, str]:
    """Try every pending package once; returns {name: "sent" | reason}."""
    if not url:
        raise UserError("No upload address is set.")
    now = now or dt.datetime.now()
    results: dict[str, str] = {}
    for pkg in pending(outbox, now):
        d = load(outbox).get(pkg.name) or Delivery(pkg.name)
        sha = sha256_file(pkg)
        try:
            answer = upload(pkg, url)
        except Refusal as exc:
            record(
                outbox,
                pkg,
                state="refused",
                attempts=d.attempts + 1,
                last_error=str(exc),
                next_try="",
                sha256=sha,
            )
            results[pkg.name] = str(exc)
            continue
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
        state, extra = _after_answer(outbox, pkg, answer, sha)
        record(
            outbox,
            pkg,
            state=state,
            attempts=d.attempts + 1,
            last_error="",
            next_try="",
            sent_at=now.isoformat(timespec="seconds"),
            sha256=sha,
            **extra,
        )
        results[pkg.name] = "sent"
    return results


def fetch_receipts(outbox: Path, url: str, timeout: float = TIMEOUT) -> dict[str, str]:
    """Ask the inbox for the receipt of every package sent without one (``GET <url>/<sha>``);
    returns {name: "received" | reason}."""
    if not url:
        raise UserError("No upload address is set.")
    results: dict[str, str] = {}
    for name, d in sorted(load(outbox).items()):
        pkg = Path(outbox) / name
        if d.state != "sent" or not pkg.is_file():
            continue
        sha = d.sha256 or sha256_file(pkg)
        request = urllib.request.Request(f"{url.rstrip('/')}/{sha}", method="GET")
        try:
            answer = _call(request, timeout)
        except UserError as exc:
            results[name] = str(exc)
            continue
        state, extra = _after_answer(outbox, pkg, answer, sha)
        record(outbox, pkg, state=state, sha256=sha, **extra)
        results[name] = state if state == "received" else extra["receipt_error"]
    return results
