"""Signed receipts: the inbox's proof that a package arrived, and when.

A receipt is a small JSON document (``format`` = ``msu-inbox-receipt``) signed with the inbox's
own Ed25519 key in minisign format; the trusted comment repeats the package's identity. The app
checks it against the keys its trust store holds for the purpose ``receipts`` (they arrive by a
signed key-rotation document, see :mod:`msu_desktop.services.trust`), and against the package it
actually sent: same SHA-256, municipality, period and sequence.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from msu_desktop.errors import UserError
from msu_exchange.signing.minisign import SecretKey, SignatureError, verify
from msu_exchange.signing.trusted import TrustedKey

FORMAT = "msu-inbox-receipt"
FORMAT_VERSION = 1
MAX_RECEIPT = 16 * 1024


class ReceiptInvalid(UserError):
    """A receipt that does not check out; the message says why."""


@dataclass(frozen=True)
class Receipt:
    agency: str
    soate: str
    period: str
    sequence: int
    package_sha256: str
    received: str  # UTC, ISO 8601
    document: bytes
    signature: str

    @property
    def received_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.received)


def package_comment(fmt: str, soate: str, period: str, sequence: int, sha256: str) -> str:
    """The signed comment of an inbox answer about one package (receipt, hold, refusal)."""
    return f"{fmt} soate={soate} period={period} seq={sequence} sha256={sha256}"


def trusted_comment(soate: str, period: str, sequence: int, sha256: str) -> str:
    return package_comment(FORMAT, soate, period, sequence, sha256)


@dataclass(frozen=True)
class About:
    """The package an answer of the inbox is about: who answers, and which package."""

    agency: str
    soate: str
    period: str
    sequence: int
    package_sha256: str


def sign_inbox_document(
    key: SecretKey, fmt: str, about: About, fields: dict[str, Any], comment: str, label: str
) -> tuple[bytes, str]:
    """The one way the inbox signs an answer about a package (receipt, decision, hold,
    refusal): the package's identity and ``fields`` as sorted JSON, ``comment`` signed."""
    doc = {
        "format": fmt,
        "format_version": FORMAT_VERSION,
        "agency": about.agency,
        "municipality": about.soate,
        "period": about.period,
        "sequence": about.sequence,
        "package_sha256": about.package_sha256,
        **fields,
    }
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return data, key.sign(data, comment, label)


def utc_iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def sign_receipt(key: SecretKey, about: About, received: dt.datetime) -> Receipt:
    a = about
    comment = trusted_comment(a.soate, a.period, a.sequence, a.package_sha256)
    data, sig = sign_inbox_document(
        key, FORMAT, a, {"received": utc_iso(received)}, comment, "receipt from the inbox"
    )
    return parse_unverified(data, sig)


def _load(
    document: bytes, limit: int, too_large: ReceiptInvalid, damaged: ReceiptInvalid
) -> dict[str, Any]:
    """The document's JSON object, refused in words when too large or not JSON at all."""
    if len(document) > limit:
        raise too_large
    try:
        doc = json.loads(document.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise damaged from exc
    if not isinstance(doc, dict):
        raise damaged
    return doc


def _parse_answer(
    document: bytes,
    fmt: str,
    refusals: tuple[ReceiptInvalid, ReceiptInvalid, ReceiptInvalid],
    build: Callable[[dict[str, Any]], Any],
) -> Any:
    """``build(doc)`` of a small signed answer of format ``fmt``; ``refusals``: too large, not
    of this format, damaged."""
    too_large, not_this, damaged = refusals
    doc = _load(document, MAX_RECEIPT, too_large, damaged)
    if doc.get("format") != fmt or doc.get("format_version") != FORMAT_VERSION:
        raise not_this
    try:
        return build(doc)
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged from exc


def _about_package(doc: dict[str, Any]) -> dict[str, Any]:
    """The package an answer is about, as the answer's dataclasses name it."""
    return {
        "soate": str(doc["municipality"]),
        "period": str(doc["period"]),
        "sequence": int(doc["sequence"]),
        "package_sha256": str(doc["package_sha256"]),
    }


def parse_unverified(document: bytes, signature: str) -> Receipt:
    receipt: Receipt = _parse_answer(
        document,
        FORMAT,
        (
            ReceiptInvalid("The receipt is too large to be a receipt."),
            ReceiptInvalid("This is not a receipt of the agency's inbox."),
            ReceiptInvalid("The receipt is damaged and cannot be read."),
        ),
        lambda doc: Receipt(
            agency=str(doc["agency"]),
            **_about_package(doc),
            received=str(doc["received"]),
            document=document,
            signature=signature,
        ),
    )
    return receipt


def verify_receipt(
    keys: Sequence[TrustedKey],
    document: bytes,
    signature: str,
    *,
    package_sha256: str,
    soate: str,
    period: str,
    sequence: int,
) -> Receipt:
    """Check the receipt's signature (a trusted inbox key) and that it is for this package."""
    receipt = parse_unverified(document, signature)
    comment = trusted_comment(
        receipt.soate, receipt.period, receipt.sequence, receipt.package_sha256
    )
    _check_for_package(keys, receipt, comment, (package_sha256, soate, period, sequence))
    return receipt


def _check_for_package(
    keys: Sequence[TrustedKey], signed: Any, comment: str, sent: tuple[str, str, str, int]
) -> None:
    """``signed`` (a receipt or a hold) is signed by a trusted inbox key with ``comment``, and
    is about the package ``sent`` (SHA-256, municipality, period, sequence)."""
    if check_inbox_signature(keys, signed.document, signed.signature) != comment:
        raise ReceiptInvalid("The receipt's signed comment does not match its content.")
    if signed.package_sha256 != sent[0]:
        raise ReceiptInvalid("The receipt is for another package (a replayed or mixed-up receipt).")
    if (signed.soate, signed.period, signed.sequence) != sent[1:]:
        raise ReceiptInvalid(
            "The receipt names another municipality, period or sequence than the package sent."
        )


# -- decisions: accepted, or returned with comments per measure ---------------------------------
DECISION_FORMAT = "msu-inbox-decision"
DECISIONS = ("accepted", "returned")


@dataclass(frozen=True)
class Decision:
    soate: str
    period: str
    sequence: int
    package_sha256: str
    decision: str  # accepted | returned
    comments: dict[str, str]  # measure code -> the agency's comment
    note: str
    decided: str  # UTC, ISO 8601
    document: bytes
    signature: str


def decision_comment(soate: str, period: str, sequence: int, decision: str) -> str:
    return f"{DECISION_FORMAT} soate={soate} period={period} seq={sequence} decision={decision}"


def sign_decision(
    key: SecretKey,
    about: About,
    *,
    decision: str,
    comments: dict[str, str],
    note: str,
    decided: dt.datetime,
) -> Decision:
    if decision not in DECISIONS:
        raise ValueError(decision)
    fields = {"decision": decision, "comments": comments, "note": note, "decided": utc_iso(decided)}
    comment = decision_comment(about.soate, about.period, about.sequence, decision)
    data, sig = sign_inbox_document(
        key, DECISION_FORMAT, about, fields, comment, "decision of the agency"
    )
    return parse_decision(data, sig)


def parse_decision(document: bytes, signature: str) -> Decision:
    damaged = ReceiptInvalid("The agency's decision is damaged and cannot be read.")
    too_large = ReceiptInvalid("The agency's decision is too large.")
    doc = _load(document, 16 * MAX_RECEIPT, too_large, damaged)
    if doc.get("format") != DECISION_FORMAT or doc.get("decision") not in DECISIONS:
        raise ReceiptInvalid("This is not a decision of the agency's inbox.")
    comments = doc.get("comments") or {}
    try:
        if not isinstance(comments, dict):
            raise TypeError("comments")
        return Decision(
            **_about_package(doc),
            decision=str(doc["decision"]),
            comments={str(k): str(v) for k, v in comments.items()},
            note=str(doc.get("note", "")),
            decided=str(doc["decided"]),
            document=document,
            signature=signature,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged from exc


def check_inbox_signature(keys: Sequence[TrustedKey], document: bytes, signature: str) -> str:
    """The signed comment, when one of ``keys`` (the inbox keys trusted) signed ``document``."""
    if not keys:
        raise ReceiptInvalid(
            "No key of the agency's inbox is trusted yet: import the plan package or the "
            "key-rotation document that brings it."
        )
    last: SignatureError | None = None
    for trusted in keys:
        try:
            return verify(trusted.key, document, signature)
        except SignatureError as exc:
            last = exc
    raise ReceiptInvalid(
        "The receipt is not signed by the agency's inbox (forged or damaged): {reason}",
        reason=str(last) if last else "",
    )


def verify_decision(
    keys: Sequence[TrustedKey], document: bytes, signature: str, *, package_sha256: str
) -> Decision:
    """A decision signed by a trusted inbox key, about exactly the package sent."""
    decision = parse_decision(document, signature)
    comment = check_inbox_signature(keys, document, signature)
    if comment != decision_comment(
        decision.soate, decision.period, decision.sequence, decision.decision
    ):
        raise ReceiptInvalid("The receipt's signed comment does not match its content.")
    if decision.package_sha256 != package_sha256:
        raise ReceiptInvalid(
            "The agency's decision is about a package this office never sent (sequence {seq}).",
            seq=decision.sequence,
        )
    return decision


# -- holds: "received, held until the municipality's key is confirmed" ---------------------------
HOLD_FORMAT = "msu-inbox-hold"


@dataclass(frozen=True)
class Hold:
    soate: str
    period: str
    sequence: int
    package_sha256: str
    key_fingerprint: str  # the key that signed the package, which the agency has to confirm
    held: str  # UTC, ISO 8601: when the package arrived
    document: bytes
    signature: str


def hold_comment(soate: str, period: str, sequence: int, sha256: str) -> str:
    return package_comment(HOLD_FORMAT, soate, period, sequence, sha256)


def parse_hold(document: bytes, signature: str) -> Hold:
    hold: Hold = _parse_answer(
        document,
        HOLD_FORMAT,
        (
            ReceiptInvalid("The inbox's answer is too large to be a hold."),
            ReceiptInvalid("This is not a hold of the agency's inbox."),
            ReceiptInvalid("The inbox's hold is damaged and cannot be read."),
        ),
        lambda doc: Hold(
            **_about_package(doc),
            key_fingerprint=str(doc["key_fingerprint"]),
            held=str(doc["held"]),
            document=document,
            signature=signature,
        ),
    )
    return hold


def verify_hold(
    keys: Sequence[TrustedKey],
    document: bytes,
    signature: str,
    *,
    package_sha256: str,
    soate: str,
    period: str,
    sequence: int,
) -> Hold:
    """A hold signed by a trusted inbox key, about exactly the package sent (like a receipt)."""
    hold = parse_hold(document, signature)
    comment = hold_comment(hold.soate, hold.period, hold.sequence, hold.package_sha256)
    _check_for_package(keys, hold, comment, (package_sha256, soate, period, sequence))
    return hold
