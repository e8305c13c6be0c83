"""Delivery of report packages: each package in the outbox has a state (created, saved to USB,
sent, failed with the reason, held, received, accepted, returned), kept in the data folder's
database (table ``delivery``, with the signed receipt, hold and decision as they were signed),
so that the backup carries it; the package files stay in ``<data dir>/outbox/``. Before
2026-12 the states were ``outbox/states.json``: migration 0004_delivery imported it.

When an upload address is configured (setting ``upload_url``), :func:`send_pending` sends every
package that is not sent yet with an HTTP POST (the body is the package, headers name it and
give its SHA-256); a failure is recorded with its reason and retried later with exponential
backoff (1 min, 2, 4 … up to 6 hours), so packages go out by themselves when the connection
comes back. The wait is kept as a length (``wait_s``) beside the failure's time, never as a date
on the office's clock: a clock moved a year forward or back never strands a package (a failure
"in the future" is due now), and "Send now" (``force``) sends at once, whatever the wait.
A failure is said in words (no connection, refused, no such address…), never as a raw
"[Errno 111]". A verified state is never taken back: a forged, empty or unreadable answer (a
captive portal's login page) leaves a "received" package received. Times are shown in Bishkek
time (UTC+6), like the receipt. Only the standard library is used (urllib), so nothing more needs installing.

The agency's inbox (``msu-agency serve``, docs/inbox-protocol.md) answers an upload with a
signed receipt. The receipt is verified against the inbox key the trust store holds (purpose
``receipts``, brought by a signed key-rotation document) and against the package sent (same
SHA-256, municipality, period and sequence); a verified receipt is kept in the package's state
(the ``delivery`` row) and the state becomes ``received``, with the time the inbox received it; a
verified decision of the agency makes it ``accepted`` or ``returned`` (with comments per
measure). Offline, the same arrive in a signed ``.msureply`` file (:func:`import_reply`). A receipt that does not verify is not kept, and the reason is recorded. A refusal
by the inbox (an invalid package, a key the agency does not know…) is recorded with its reason
in the user's language and not retried; overload (429) and server errors are retried.
:func:`fetch_receipts` asks the inbox again for the receipt of every package sent without one.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from msu_desktop import i18n
from msu_desktop.errors import UserError
from msu_desktop.services import clock, trust
from msu_exchange.files import sha256_file
from msu_exchange.receipt import (
    Decision,
    Hold,
    Receipt,
    ReceiptInvalid,
    check_inbox_signature,
    verify_decision,
    verify_hold,
    verify_receipt,
)

MAX_ANSWER = 256 * 1024
MAX_BACKOFF = 6 * 3600
TIMEOUT = 60
# states the agency confirmed with a verified signature: an answer never takes them back
CONFIRMED = ("received", "accepted", "returned")
# held: the inbox stored it and signed a hold until the agency confirms this office's key; it is
# not sent again, only asked about (GET) until the receipt comes
HELD = "held"


@dataclass
class Delivery:
    name: str
    # created | saved | sent | failed | refused | held | received | accepted | returned
    state: str = "created"
    saved_to: str = ""
    sent_at: str = ""
    attempts: int = 0
    last_error: str = ""
    next_try: str = ""  # before 2026-12: the retry as a date on the office's clock (read only)
    failed_at: str = ""  # UTC, when the last attempt failed
    wait_s: int = 0  # how long to wait after it before trying again by itself
    sha256: str = ""
    received_at: str = ""  # when the inbox received it (from the verified receipt, UTC)
    receipt_error: str = ""
    receipt: str = ""  # the signed receipt document and its signature
    receipt_sig: str = ""
    decision: str = ""  # the agency's signed decision (accepted / returned with comments)
    decision_sig: str = ""
    decided_at: str = ""
    hold: str = ""  # the inbox's signed hold ("held until your key is confirmed") and signature
    hold_sig: str = ""
    held_at: str = ""  # when the inbox stored the held package (UTC)
    key_fingerprint: str = ""  # the office key the agency has to confirm (from the hold)
    verdict: str = ""  # the agency's verdict from a reply: JSON {verdict, due, received, …}


# called inside the transaction that records a package as returned (with that session), so
# that the period unlocks in the same transaction (services/agency_returns.py returned_hook)
OnReturned = Callable[[Any, "Delivery"], None]
FIELDS = tuple(Delivery.__dataclass_fields__)


def _data_dir(outbox: Path) -> Path:
    return Path(outbox).parent  # the outbox lives in the data folder, beside the database


def _as_delivery(row: Any) -> Delivery:
    return Delivery(**{f: getattr(row, f) for f in FIELDS})


def load(outbox: Path) -> dict[str, Delivery]:
    """Every package's delivery state, from the data folder's database."""
    from sqlalchemy import select

    from msu_desktop.storage import office_db
    from msu_desktop.storage.models.delivery import DeliveryRow

    with office_db.session(_data_dir(outbox)) as s:
        return {row.name: _as_delivery(row) for row in s.scalars(select(DeliveryRow))}


def write(
    outbox: Path,
    changes: dict[str, dict[str, Any]],
    on_returned: OnReturned | None = None,
    also: tuple[Any, ...] = (),
) -> dict[str, Delivery]:
    """Apply ``{package name: {field: value}}`` (and add the rows ``also``) in one transaction;
    a package that becomes ``returned`` is given to ``on_returned`` inside it (its period
    unlocks with it, or neither changes)."""
    from msu_desktop.storage import office_db
    from msu_desktop.storage.models.delivery import DeliveryRow

    out = {}
    with office_db.session(_data_dir(outbox)) as s:
        s.add_all(also)
        for name, change in changes.items():
            row = s.get(DeliveryRow, name)
            if row is None:
                row = DeliveryRow(**asdict(Delivery(name)))
                s.add(row)
            for key, value in change.items():
                if key not in FIELDS or key == "name":
                    raise TypeError(key)
                setattr(row, key, value)
            out[name] = _as_delivery(row)
        s.flush()
        if on_returned is not None:
            for d in out.values():
                if d.state == "returned":
                    on_returned(s, d)
    return out


def save(outbox: Path, states: dict[str, Delivery]) -> None:
    write(outbox, {k: {f: getattr(v, f) for f in FIELDS if f != "name"} for k, v in states.items()})


def record(
    outbox: Path, package: Path, on_returned: OnReturned | None = None, **changes: Any
) -> Delivery:
    return write(outbox, {package.name: changes}, on_returned)[package.name]


def _aware(value: str) -> dt.datetime | None:
    """An ISO time; one written without a zone (before 2026-12) is the computer's local time."""
    try:
        when = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.astimezone()


def _as_utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return clock.utc_now()
    return now if now.tzinfo is not None else now.astimezone()


def bishkek_time(value: str) -> str:
    """``dd.mm.yyyy HH:MM`` in Bishkek time, as the receipt prints it; "" when unknown."""
    when = _aware(value) if value else None
    return when.astimezone(clock.BISHKEK).strftime("%d.%m.%Y %H:%M") if when else ""


def next_try(d: Delivery) -> dt.datetime | None:
    """When the outbox tries a failed package again by itself (None: at the next attempt)."""
    failed = _aware(d.failed_at) if d.failed_at else None
    if failed is not None:
        return failed + dt.timedelta(seconds=max(0, min(d.wait_s, MAX_BACKOFF)))
    legacy = _aware(d.next_try) if d.next_try else None
    return legacy


def is_due(d: Delivery, now: dt.datetime | None = None) -> bool:
    """Whether the wait after a failure is over. A wait is never longer than MAX_BACKOFF from
    now: a failure recorded "in the future" (the clock was ahead, then corrected) is due, and
    so is a date from an older version further away than the longest wait."""
    now = _as_utc(now)
    failed = _aware(d.failed_at) if d.failed_at else None
    if failed is not None and failed > now:
        return True  # the clock went back since: never wait for a moment that may not come
    due = next_try(d)
    if due is None:
        return True
    return due <= now or due - now > dt.timedelta(seconds=MAX_BACKOFF)


def pending(outbox: Path, now: dt.datetime | None = None, force: bool = False) -> list[Path]:
    """The packages to send: not sent yet, and (unless ``force``, "Send now") whose wait after
    a failure is over."""
    states = load(outbox)
    out = []
    for pkg in sorted(Path(outbox).glob("*.msupkg")):
        d = states.get(pkg.name)
        if d and d.state in ("sent", "refused", HELD, *CONFIRMED):
            continue
        if d and d.state == "failed" and not force and not is_due(d, now):
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
    return call(request, timeout)


def get(url: str, timeout: float = TIMEOUT) -> bytes:
    """GET ``url`` from the agency's server; the answer's body (at most MAX_ANSWER bytes), or a
    UserError in words (no connection…, the server's refusal with its reason). Reusable by
    whatever else the office fetches from the inbox."""
    return call(urllib.request.Request(url, method="GET"), timeout)


def call(request: urllib.request.Request, timeout: float = TIMEOUT) -> bytes:
    """Send ``request``; the answer's body, or :class:`Refusal` / UserError in words."""
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
        host = urllib.parse.urlsplit(request.full_url).hostname or request.full_url
        raise connection_error(getattr(exc, "reason", exc), host) from exc


def connection_error(why: object, host: str) -> UserError:
    """Why there was no connection, in words (never "[Errno 111] Connection refused")."""
    if isinstance(why, socket.gaierror):
        return UserError(
            "No connection to the server: the address {host} cannot be found. Check that this "
            "computer is on the Internet and that the address is written right.",
            host=host,
        )
    if isinstance(why, TimeoutError | socket.timeout):
        return UserError(
            "No connection to the server: {host} did not answer in time. Try again later.",
            host=host,
        )
    if isinstance(why, ssl.SSLError | ssl.CertificateError):
        return UserError(
            "No connection to the server: the secure connection to {host} could not be "
            "checked (its certificate, or this computer's date, is wrong).",
            host=host,
        )
    code = getattr(why, "errno", None)
    if isinstance(why, ConnectionRefusedError) or code == errno.ECONNREFUSED:
        return UserError(
            "No connection to the server: {host} refused the connection (the agency's server "
            "is not running at this address). Check the address, or try later.",
            host=host,
        )
    if isinstance(why, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return UserError(
            "No connection to the server: the connection to {host} was broken off. Try again.",
            host=host,
        )
    if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
        return UserError(
            "No connection to the server: this computer has no network to reach {host}. "
            "Check the cable or the Wi-Fi.",
            host=host,
        )
    return UserError(
        "No connection to the server {host}. Check the Internet connection and the address.",
        host=host,
    )


def _identity(package: Path) -> tuple[str, str, int]:
    """(СОАТЕ, period, sequence) from the outbox's own file name ``<soate>_<period>_<seq>``."""
    parts = package.stem.split("_")
    try:
        return parts[0], parts[1], int(parts[2])
    except (IndexError, ValueError) as exc:
        raise ReceiptInvalid(
            "The package's file name was changed; its receipt cannot be matched."
        ) from exc


def _signed_for_package(
    data_dir: Path,
    package: Path,
    item: dict[str, Any],
    fields: tuple[str, str],
    verify: Callable[..., Any],
    sha256: str,
) -> Any:
    """The signed document ``item[fields[0]]`` (signature ``item[fields[1]]``), checked by
    ``verify`` (a receipt's or a hold's) against the trusted inbox keys and this package."""
    try:
        document = str(item[fields[0]]).encode("utf-8")
        signature = str(item[fields[1]])
    except (KeyError, TypeError) as exc:
        raise ReceiptInvalid("The inbox's answer carries no readable receipt.") from exc
    soate, period, seq = _identity(package)
    return verify(
        trust.trusted_keys(data_dir, "receipts"),
        document,
        signature,
        package_sha256=sha256,
        soate=soate,
        period=period,
        sequence=seq,
    )


def _verify_item(
    data_dir: Path, package: Path, item: dict[str, Any], sha256: str
) -> tuple[Receipt, Decision | None]:
    fields = ("receipt", "signature")
    receipt = _signed_for_package(data_dir, package, item, fields, verify_receipt, sha256)
    decision = None
    if item.get("decision"):
        decision = verify_decision(
            trust.trusted_keys(data_dir, "receipts"),
            str(item["decision"]).encode("utf-8"),
            str(item.get("decision_signature", "")),
            package_sha256=sha256,
        )
    return receipt, decision


def _changes(receipt: Receipt, decision: Decision | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "state": "received",
        "receipt_error": "",
        "received_at": receipt.received,
        "receipt": receipt.document.decode("utf-8"),
        "receipt_sig": receipt.signature,
    }
    if decision is not None:
        out.update(
            state=decision.decision,
            decision=decision.document.decode("utf-8"),
            decision_sig=decision.signature,
            decided_at=decision.decided,
        )
    return out


def accept_receipt(
    outbox: Path,
    package: Path,
    answer: bytes,
    sha256: str,
    on_returned: OnReturned | None = None,
) -> Receipt:
    """Verify the inbox's answer as this package's receipt (and decision) and record them.
    A receipt without a decision never takes back a decision already recorded."""
    try:
        doc = json.loads(answer.decode("utf-8"))
        if not isinstance(doc, dict):
            raise TypeError("answer")
    except (UnicodeDecodeError, ValueError, TypeError) as exc:
        raise ReceiptInvalid("The inbox's answer carries no readable receipt.") from exc
    # the outbox lives in the data folder, beside the trust store
    receipt, decision = _verify_item(Path(outbox).parent, package, doc, sha256)
    known = load(outbox).get(package.name)
    if (
        known is not None
        and known.decision
        and (decision is None or decision.decided < known.decided_at)
    ):
        return receipt  # older news than what is recorded
    record(outbox, package, on_returned, sha256=sha256, **_changes(receipt, decision))
    return receipt


def load_receipt(outbox: Path, package: Path) -> Receipt | None:
    """The kept receipt of a package, verified again (the state file may have been changed)."""
    d = load(outbox).get(package.name)
    if d is None or not d.receipt:
        return None
    receipt, _ = _verify_item(
        Path(outbox).parent,
        package,
        {"receipt": d.receipt, "signature": d.receipt_sig},
        sha256_file(package),
    )
    return receipt


def load_decision(outbox: Path, package: Path) -> Decision | None:
    d = load(outbox).get(package.name)
    if d is None or not d.decision:
        return None
    return verify_decision(
        trust.trusted_keys(Path(outbox).parent, "receipts"),
        d.decision.encode("utf-8"),
        d.decision_sig,
        package_sha256=sha256_file(package),
    )


class NotTheInbox(UserError):
    """The answer is not the inbox's (a network's login page…): the package did not arrive."""


def _inbox_answer(answer: bytes) -> dict[str, Any] | None:
    """The inbox's JSON answer (a receipt or a hold), or None for anything else."""
    try:
        doc = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(doc, dict) and ("receipt" in doc or "hold" in doc):
        return doc
    return None


def _verify_hold(data_dir: Path, package: Path, doc: dict[str, Any], sha256: str) -> Hold:
    """The inbox's signed hold, checked like a receipt: a trusted inbox key, this package."""
    fields = ("hold", "hold_signature")
    hold: Hold = _signed_for_package(data_dir, package, doc, fields, verify_hold, sha256)
    return hold


def _after_hold(
    outbox: Path, pkg: Path, doc: dict[str, Any], sha: str, known: Delivery | None
) -> tuple[str, dict[str, Any]]:
    """A hold: verified, it is kept and the package is ``held``; a forged one never counts."""
    kept = known is not None and known.state in (HELD, *CONFIRMED)
    try:
        hold = _verify_hold(Path(outbox).parent, pkg, doc, sha)
    except ReceiptInvalid as exc:
        if kept:
            return known.state, {}  # type: ignore[union-attr]
        return "sent", {"receipt_error": str(exc)}
    if known is not None and known.state in CONFIRMED:
        return known.state, {}  # a hold never takes a receipt back
    return HELD, {
        "receipt_error": "",
        "hold": hold.document.decode("utf-8"),
        "hold_sig": hold.signature,
        "held_at": hold.held,
        "key_fingerprint": hold.key_fingerprint,
    }


def _after_answer(
    outbox: Path, pkg: Path, answer: bytes, sha: str, on_returned: OnReturned | None = None
) -> tuple[str, dict[str, Any]]:
    """The state an answer leads to. A state the agency confirmed is never taken back by an
    answer that does not verify (forged, empty, ``{}``, a captive portal's page)."""
    known = load(outbox).get(pkg.name)
    confirmed = known is not None and known.state in (HELD, *CONFIRMED)
    if not answer.strip():
        if confirmed:
            return known.state, {}  # type: ignore[union-attr]
        return "sent", {"receipt_error": ""}  # a plain upload address, not the agency's inbox
    doc = _inbox_answer(answer)
    if doc is None:
        if confirmed:
            return known.state, {}  # type: ignore[union-attr]
        raise NotTheInbox(
            "The answer did not come from the agency's inbox (perhaps the network's login "
            "page: open a browser and log in to the network first); the package will be sent "
            "again."
        )
    if "receipt" not in doc:
        return _after_hold(outbox, pkg, doc, sha, known)
    try:
        receipt = accept_receipt(outbox, pkg, answer, sha, on_returned)
    except ReceiptInvalid as exc:
        if confirmed:
            return known.state, {}  # type: ignore[union-attr]
        return "sent", {"receipt_error": str(exc)}
    d = load(outbox)[pkg.name]
    return d.state, {"receipt_error": "", "received_at": receipt.received}


def import_reply(
    outbox: Path,
    soate: str,
    path: Path,
    skipped: list[str] | None = None,
    on_returned: OnReturned | None = None,
) -> dict[str, str]:
    """Apply a ``.msureply`` from the stick: every receipt and decision verified against the
    packages in this office's outbox, then all recorded in one atomic write, or nothing.
    Items about packages not in the outbox are left aside (their sequence numbers go to
    ``skipped``). Returns {package name: its new state}."""
    from msu_exchange.reply import read_reply

    data_dir = Path(outbox).parent
    reply = read_reply(path)
    comment = check_inbox_signature(
        trust.trusted_keys(data_dir, "receipts"), reply.document, reply.signature
    )
    if comment != f"msu-reply soate={reply.soate} created={reply.created}":
        raise ReceiptInvalid("The reply file's signed comment does not match its content.")
    if reply.soate != soate:
        raise ReceiptInvalid(
            "This reply is for another municipality (СОАТЕ {other}), not for this office "
            "({mine}); nothing was changed.",
            other=reply.soate,
            mine=soate or "—",
        )
    states = load(outbox)
    by_sha: dict[str, Path] = {}
    for pkg in sorted(Path(outbox).glob("*.msupkg")):
        # every package built here: one copied out of the folder by hand, with no state
        # recorded, is still this office's, and the agency's signed receipt proves it arrived
        d = states.get(pkg.name)
        by_sha[d.sha256 if d is not None and d.sha256 else sha256_file(pkg)] = pkg
    changes: dict[str, dict[str, Any]] = {}
    for item in reply.items:
        try:
            claimed = json.loads(item.get("receipt", ""))
            sha, seq = str(claimed["package_sha256"]), claimed.get("sequence", "?")
        except (ValueError, KeyError, TypeError) as exc:
            raise ReceiptInvalid("The reply file is damaged and cannot be read.") from exc
        target = by_sha.get(sha)
        if target is None:
            # not in this outbox (built on another PC, or by an older version straight onto
            # a stick): left aside, so that it never locks the office out of every later reply
            if skipped is not None:
                skipped.append(str(seq))
            continue
        receipt, decision = _verify_item(data_dir, target, item, sha)
        known = states.get(target.name)
        if decision is None and known is not None and known.decision:
            continue  # an older reply, from before the decision: nothing new in it
        if decision is not None and known is not None and known.decided_at > decision.decided:
            raise ReceiptInvalid(
                "The reply is older than a decision already recorded (replayed); nothing was "
                "changed."
            )
        changes[target.name] = {"sha256": sha, **_changes(receipt, decision)}
    for name, verdict in _verdicts(outbox, reply.verdicts, by_sha).items():
        changes.setdefault(name, {})["verdict"] = verdict
    written = write(outbox, changes, on_returned, also=(_reply_row(path, reply),))
    return {name: d.state for name, d in written.items()}


def _verdicts(
    outbox: Path, verdicts: tuple[dict[str, str], ...], by_sha: dict[str, Path]
) -> dict[str, str]:
    """{package name: the verdict as JSON}: each verdict goes to the package it names, and a
    period the agency counts as missing to this office's newest package of that period."""
    latest = latest_packages(outbox)
    out = {}
    for entry in verdicts:
        if entry.get("verdict") not in ("on_time", "late", "missing"):
            continue
        target = by_sha.get(entry.get("package_sha256", ""))
        if target is None and entry["verdict"] == "missing":
            found = latest.get(entry.get("period", ""))
            target = found[1] if found else None
        if target is not None:
            out[target.name] = json.dumps(entry, ensure_ascii=False, sort_keys=True)
    return out


def verdict_label(d: Delivery | None, lang: str | None = None) -> str:
    """The agency's verdict in words ("" when the agency has given none)."""
    try:
        entry = json.loads(d.verdict) if d is not None and d.verdict else {}
        due = dt.date.fromisoformat(str(entry.get("due", ""))).strftime("%d.%m.%Y")
    except (ValueError, TypeError):
        return ""
    received = bishkek_time(str(entry.get("received", "")))
    if entry.get("verdict") == "on_time":
        return i18n.tr("Delivery", "on time (due {due})", lang, due=due)
    if entry.get("verdict") == "late":
        return i18n.tr("Delivery", "late: received {when}, due {due}", lang, when=received, due=due)
    if entry.get("verdict") == "missing":
        return i18n.tr(
            "Delivery",
            "missing: the agency had not received this report by {due}",
            lang,
            due=due,
        )
    return ""


def _reply_row(path: Path, reply: Any) -> Any:
    """The reply file as signed, kept in the database (and so in the backup)."""
    from msu_desktop.storage.models.delivery import AgencyReplyRow

    return AgencyReplyRow(
        file_name=Path(path).name,
        soate=reply.soate,
        created=reply.created,
        document=reply.document.decode("utf-8"),
        signature=reply.signature,
    )


def send_pending(
    outbox: Path,
    url: str,
    now: dt.datetime | None = None,
    *,
    force: bool = False,
    on_returned: OnReturned | None = None,
) -> dict[str, str]:
    """Try every pending package once (``force``: also those still waiting after a failure,
    for "Send now"); returns {name: "sent" | reason}."""
    if not url:
        raise UserError("No upload address is set.")
    now = _as_utc(now)
    results: dict[str, str] = {}
    for pkg in pending(outbox, now, force=force):
        d = load(outbox).get(pkg.name) or Delivery(pkg.name)
        sha = sha256_file(pkg)
        try:
            answer = upload(pkg, url)
            state, extra = _after_answer(outbox, pkg, answer, sha, on_returned)
        except Refusal as exc:
            record(
                outbox,
                pkg,
                state="refused",
                attempts=d.attempts + 1,
                last_error=str(exc),
                next_try="",
                failed_at="",
                wait_s=0,
                sha256=sha,
            )
            results[pkg.name] = str(exc)
            continue
        except UserError as exc:
            delay = min(MAX_BACKOFF, 60 * 2 ** min(d.attempts, 20))
            record(
                outbox,
                pkg,
                state="failed",
                attempts=d.attempts + 1,
                last_error=str(exc),
                next_try="",
                failed_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"),
                wait_s=delay,
            )
            results[pkg.name] = str(exc)
            continue
        record(
            outbox,
            pkg,
            state=state,
            attempts=d.attempts + 1,
            last_error="",
            next_try="",
            failed_at="",
            wait_s=0,
            sent_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"),
            sha256=sha,
            **extra,
        )
        results[pkg.name] = "sent"
    return results


def fetch_receipts(
    outbox: Path, url: str, timeout: float = TIMEOUT, on_returned: OnReturned | None = None
) -> dict[str, str]:
    """Ask the inbox again about every package sent and not yet decided (``GET <url>/<sha>``):
    its receipt and the agency's decision; returns {name: new state | reason}."""
    if not url:
        raise UserError("No upload address is set.")
    results: dict[str, str] = {}
    for name, d in sorted(load(outbox).items()):
        pkg = Path(outbox) / name
        if d.state not in ("sent", HELD, "received") or not pkg.is_file():
            continue
        sha = d.sha256 or sha256_file(pkg)
        try:
            answer = get(f"{url.rstrip('/')}/{sha}", timeout)
        except UserError as exc:
            results[name] = str(exc)
            continue
        try:
            state, extra = _after_answer(outbox, pkg, answer, sha, on_returned)
        except NotTheInbox as exc:
            results[name] = str(exc)
            continue
        record(outbox, pkg, on_returned, state=state, sha256=sha, **extra)
        results[name] = extra.get("receipt_error") or state
    return results


@dataclass(frozen=True)
class PeriodStanding:
    period: str
    package: str
    sequence: int
    state: str
    label: str
    comments: dict[str, str]
    note: str


def state_label(d: Delivery | None, lang: str | None = None, now: dt.datetime | None = None) -> str:
    """Where a package stands, one translated label per state; a failed package's next try is
    computed at ``now`` (default: the clock's now) from the failure and its wait."""
    if d is None or d.state == "created":
        return i18n.tr("Delivery", "built", lang)
    when = bishkek_time(d.received_at or d.sent_at)
    again = next_try(d)
    now_word = i18n.tr("Delivery", "at the next attempt", lang)
    labels = {
        "saved": i18n.tr("Delivery", "saved to a stick ({place})", lang, place=d.saved_to),
        "sent": i18n.tr("Delivery", "sent {when}, no receipt yet", lang, when=when),
        "failed": i18n.tr(
            "Delivery",
            "not sent: {reason}; next try {when}",
            lang,
            reason=d.last_error,
            when=bishkek_time(again.isoformat()) if again and not is_due(d, now) else now_word,
        ),
        "refused": i18n.tr(
            "Delivery", "refused by the agency: {reason}", lang, reason=d.last_error
        ),
        HELD: i18n.tr(
            "Delivery",
            "received {when}, held until the agency confirms your key: send the agency the "
            "stamped paper report with your key's fingerprint {fingerprint} (Print preview… "
            "prints this package's report; the fingerprint is under the signatures). The "
            "receipt then comes by itself.",
            lang,
            when=bishkek_time(d.held_at),
            fingerprint=d.key_fingerprint or "—",
        ),
        "received": i18n.tr(
            "Delivery", "received by the agency {when} (receipt verified)", lang, when=when
        ),
        "accepted": i18n.tr("Delivery", "accepted by the agency", lang),
        "returned": i18n.tr("Delivery", "returned for correction with comments", lang),
    }
    verdict = verdict_label(d, lang)
    label = labels.get(d.state, d.state)
    return f"{label} · {verdict}" if verdict else label


def latest_packages(outbox: Path) -> dict[str, tuple[int, Path]]:
    """{period: (sequence, file)} of each period's newest package in the outbox folder."""
    latest: dict[str, tuple[int, Path]] = {}
    for pkg in Path(outbox).glob("*.msupkg") if Path(outbox).is_dir() else []:
        try:
            _, period, seq = _identity(pkg)
        except ReceiptInvalid:
            continue
        if period not in latest or seq > latest[period][0]:
            latest[period] = (seq, pkg)
    return latest


def standings(outbox: Path, lang: str | None = None) -> list[PeriodStanding]:
    """Each period's latest package and where it stands (with the agency's comments)."""
    states = load(outbox)
    latest = latest_packages(outbox)
    out = []
    for period, (seq, pkg) in sorted(latest.items()):
        d = states.get(pkg.name)
        comments: dict[str, str] = {}
        note = ""
        if d is not None and d.decision:
            try:
                doc = json.loads(d.decision)
                comments, note = dict(doc.get("comments") or {}), str(doc.get("note", ""))
            except (ValueError, TypeError):
                pass
        out.append(
            PeriodStanding(
                period,
                pkg.name,
                seq,
                d.state if d else "created",
                state_label(d, lang),
                comments,
                note,
            )
        )
    return out


MIGRATION_PROBLEM = "delivery_migration_problem"  # written by migration 0004_delivery (settings.py)


def migration_problem(outbox: Path, lang: str | None = None) -> str:
    """What migration 0004_delivery could not import (a damaged states.json or trust store,
    left as it was), in words, with what to do; "" when everything moved in."""
    from msu_desktop.services import settings
    from msu_desktop.storage import office_db

    with office_db.session(_data_dir(outbox)) as s:
        files = settings.DELIVERY_MIGRATION_PROBLEM.read(s)
    if not files:
        return ""
    lines = files.splitlines()
    parts = [
        i18n.tr(
            "Delivery",
            "What the previous version kept in files could not all be read ({files}); those "
            "files were left as they are in the data folder and nothing was deleted.",
            lang,
            files="; ".join(lines),
        )
    ]
    if any("states.json" in line for line in lines):
        parts.append(
            i18n.tr(
                "Delivery",
                "Which packages were sent and received is not known for now. What to do: press "
                "“{send}” (the inbox answers again with the receipt of every package it "
                "already has), or import the agency's latest reply ({file} → {reply}). The "
                "packages themselves are in the outbox.",
                lang,
                send=_ui("PackagePage", "Se&nd now", lang),
                file=_ui("MainWindow", "&File", lang),
                reply=_ui("MainWindow", "Import a &reply from the agency…", lang),
            )
        )
    if any("agency_keys.json" in line for line in lines):
        parts.append(
            i18n.tr(
                "Delivery",
                "The agency's keys added after the installation (such as the inbox's receipt "
                "key) are not trusted now, so receipts cannot be checked. What to do: import "
                "the agency's latest plan package again ({file} → {plan}): it carries the "
                "agency's current keys.",
                lang,
                file=_ui("MainWindow", "&File", lang),
                plan=_ui("MainWindow", "&Import a plan package…", lang),
            )
        )
    return " ".join(parts)


def _ui(context: str, text: str, lang: str | None) -> str:
    """A button's or menu's label as the window shows it (without its shortcut mark), so that
    the words name exactly what the user sees."""
    return i18n.tr(context, text, lang).replace("&", "")
