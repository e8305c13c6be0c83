"""The reply file (``.msureply``): receipts and decisions for one municipality, on the stick that
goes back to an office without internet.

An envelope (:mod:`msu_exchange.envelope`) of ``reply.json`` and ``reply.json.minisig`` (signed with the inbox's key; trusted comment
``msu-reply soate=<code> created=<time>``). ``reply.json``::

    {"format": "msu-reply", "format_version": 1, "agency": "…", "municipality": "<СОАТЕ>",
     "created": "<UTC>", "items": [{"receipt": "…", "signature": "…",
                                    "decision": "…", "decision_signature": "…"}, …]}

Every receipt and decision inside is signed on its own as well, exactly as the inbox answers
online, so the app checks them with the same code (:mod:`msu_desktop.services.delivery`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

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


def build_reply(
    key: SecretKey, agency: str, soate: str, items: list[dict[str, str]], created: dt.datetime
) -> tuple[bytes, str]:
    """The signed reply document and its signature (written by :func:`write_reply`)."""
    stamp = created.astimezone(dt.UTC).isoformat(timespec="seconds")
    doc = {
        "format": FORMAT,
        "format_version": 1,
        "agency": agency,
        "municipality": soate,
        "created": stamp,
        "items": items,
    }
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
        return Reply(
            agency=str(doc["agency"]),
            soate=str(doc["municipality"]),
            created=str(doc["created"]),
            items=[{str(k): str(v) for k, v in i.items()} for i in items],
            document=document,
            signature=signature,
        )
    except (KeyError, TypeError) as exc:
        raise ReceiptInvalid("The reply file is damaged and cannot be read.") from exc
