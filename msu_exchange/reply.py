"""The reply file (``.msureply``): receipts and decisions for one municipality, on the stick that
goes back to an office without internet.

An envelope (:mod:`msu_exchange.envelope`) of ``reply.json`` and ``reply.json.minisig`` (signed with the inbox's key; trusted comment
``msu-reply soate=<code> created=<time>``). ``reply.json``::

    {"format": "msu-reply", "format_version": 1, "agency": "…", "municipality": "<СОАТЕ>",
     "created": "<UTC>", "items": [{"receipt": "…", "signature": "…",
                                    "decision": "…", "decision_signature": "…"}, …]}

Every receipt and decision inside is signed on its own as well, exactly as the inbox answers
online, so the app checks them with the same code (:mod:`msu_desktop.services.delivery`).

Since 2026-12 a reply may also carry ``"verdicts"`` (covered by the reply's signature): per
period, whether the report was on time, late or is missing, as judged by the one deadline rule
(:mod:`msu_desktop.domain.deadline`) against the agency's time of receipt::

    "verdicts": [{"period": "2021-H2", "verdict": "on_time", "due": "2022-01-15",
                  "received": "<UTC>", "package_sha256": "<hex>", "days_late": 0}, …]

A reply without it (an older agency) reads as before, with no verdicts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from msu_desktop.domain import deadline
from msu_desktop.domain.period import plan_periods
from msu_desktop.domain.plan import Plan
from msu_desktop.errors import UserError
from msu_exchange.envelope import (
    EnvelopeProblem,
    Layout,
    canonical,
    open_envelope,
    write_envelope,
)
from msu_exchange.receipt import ReceiptInvalid
from msu_exchange.safe_zip import UnsafeArchive
from msu_exchange.signing.minisign import SecretKey

FORMAT = "msu-reply"
EXTENSION = ".msureply"
MEMBER = "reply.json"
SIGNATURE = "reply.json.minisig"
MAX_REPLY = 8 * 1024 * 1024
# an envelope whose manifest is the reply itself: it lists no files, the items are inside
LAYOUT = Layout(FORMAT, 1, MEMBER, MAX_REPLY, lists_files=False)


@dataclass(frozen=True)
class Reply:
    agency: str
    soate: str
    created: str
    items: list[dict[str, str]]
    document: bytes
    signature: str
    verdicts: tuple[dict[str, str], ...] = ()  # per period (none in an older agency's reply)


def judge_periods(
    plans: list[Plan], received: list[tuple[str, str, str]], now: dt.datetime
) -> list[dict[str, str]]:
    """The verdict of each period by the one deadline rule: ``received`` holds (period, the
    receipt's UTC time, package SHA-256) of the packages the agency has (the earliest receipt
    of a period counts); a period of the plans whose deadline has passed with nothing received
    is missing. Periods not yet due and with nothing received are left out."""
    first: dict[str, tuple[str, str]] = {}
    for period, when, sha in received:
        if period not in first or when < first[period][0]:
            first[period] = (when, sha)
    periods = set(first)
    for plan in plans:
        periods.update(spec.id for spec in plan_periods(plan))
    out = []
    for period in sorted(periods):
        try:
            due = deadline.period_deadline(plans, period)
        except ValueError:
            continue
        when, sha = first.get(period, ("", ""))
        moment = dt.datetime.fromisoformat(when) if when else None
        verdict = deadline.judge(due, moment, now)
        if verdict.verdict == deadline.NOT_YET_DUE:
            continue
        out.append(
            {
                "period": period,
                "verdict": verdict.verdict,
                "due": due.isoformat(),
                "received": when,
                "package_sha256": sha,
                "days_late": str(verdict.days_late),
            }
        )
    return out


def build_reply(
    key: SecretKey,
    agency: str,
    soate: str,
    items: list[dict[str, str]],
    created: dt.datetime,
    verdicts: list[dict[str, str]] | None = None,
) -> tuple[bytes, str]:
    """The signed reply document and its signature (written by :func:`write_reply`);
    ``verdicts`` (:func:`judge_periods`) travel under the same signature."""
    stamp = created.astimezone(dt.UTC).isoformat(timespec="seconds")
    doc: dict[str, object] = {
        "format": FORMAT,
        "format_version": 1,
        "agency": agency,
        "municipality": soate,
        "created": stamp,
        "items": items,
    }
    if verdicts is not None:
        doc["verdicts"] = verdicts
    data = canonical(doc)
    return data, key.sign(data, f"{FORMAT} soate={soate} created={stamp}", "reply of the agency")


def write_reply(path: Path, document: bytes, signature: str) -> Path:
    write_envelope(path, LAYOUT, document, [(SIGNATURE, signature.encode("utf-8"))])
    return path


def _refusal(problem: EnvelopeProblem) -> ReceiptInvalid:
    if problem.kind == "manifest_unreadable":
        return ReceiptInvalid("The reply file is damaged and cannot be read.")
    if problem.kind == "manifest_too_large":
        too_large = UnsafeArchive("The file {name} in the package is too large.", name=MEMBER)
        return ReceiptInvalid("Not a valid reply file: {reason}", reason=str(too_large))
    return ReceiptInvalid("This is not a reply file of the agency.")


def read_reply(path: Path) -> Reply:
    """Read (not yet verify) a reply file; raises UserError with the reason."""
    try:
        with open_envelope(
            Path(path), LAYOUT, max_members=4, max_total_uncompressed=2 * MAX_REPLY
        ) as envelope:
            if envelope.names != {MEMBER, SIGNATURE}:
                raise ReceiptInvalid("This is not a reply file of the agency.")
            document, doc = envelope.manifest()
            signature = envelope.text(SIGNATURE)
    except EnvelopeProblem as problem:
        raise _refusal(problem) from problem
    except UnsafeArchive as exc:
        raise ReceiptInvalid("Not a valid reply file: {reason}", reason=str(exc)) from exc
    except OSError as exc:
        raise UserError("Cannot read the file {path}.", path=str(path)) from exc
    try:
        items = doc["items"]
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise TypeError("items")
        verdicts = doc.get("verdicts") or []
        if not isinstance(verdicts, list) or not all(isinstance(v, dict) for v in verdicts):
            raise TypeError("verdicts")
        return Reply(
            agency=str(doc["agency"]),
            soate=str(doc["municipality"]),
            created=str(doc["created"]),
            items=[{str(k): str(v) for k, v in i.items()} for i in items],
            document=document,
            signature=signature,
            verdicts=tuple({str(k): str(x) for k, x in entry.items()} for entry in verdicts),
        )
    except (KeyError, TypeError) as exc:
        raise ReceiptInvalid("The reply file is damaged and cannot be read.") from exc
