"""The reply file (``.msureply``): receipts and decisions for one municipality, on the stick that
goes back to an office without internet.

A zip of ``reply.json`` and ``reply.json.minisig`` (signed with the inbox's key; trusted comment
``msu-reply soate=<code> created=<time>``). ``reply.json``::

    {"format": "msu-reply", "format_version": 1, "agency": "…", "municipality": "<СОАТЕ>",
     "created": "<UTC>", "items": [{"receipt": "…", "signature": "…",
                                    "decision": "…", "decision_signature": "…"}, …]}

Every receipt and decision inside is signed on its own as well, exactly as the inbox answers
online, so the app checks them with the same code (:mod:`msu_desktop.services.delivery`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop.errors import UserError
from msu_exchange.receipt import ReceiptInvalid
from msu_exchange.safe_zip import UnsafeArchive, open_archive, write_archive
from msu_exchange.signing.minisign import SecretKey

FORMAT = "msu-reply"
EXTENSION = ".msureply"
MEMBER = "reply.json"
SIGNATURE = "reply.json.minisig"
MAX_REPLY = 8 * 1024 * 1024


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
    stamp = created.astimezone(dt.UTC).isoformat(timespec="seconds")
    doc = {
        "format": FORMAT,
        "format_version": 1,
        "agency": agency,
        "municipality": soate,
        "created": stamp,
        "items": items,
    }
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    return data, key.sign(data, f"{FORMAT} soate={soate} created={stamp}", "reply of the agency")


def write_reply(path: Path, document: bytes, signature: str) -> Path:
    write_archive(path, [(MEMBER, document), (SIGNATURE, signature.encode("utf-8"))])
    return path


def read_reply(path: Path) -> Reply:
    """Read (not yet verify) a reply file; raises UserError with the reason."""
    try:
        with open_archive(Path(path), max_members=4, max_total_uncompressed=2 * MAX_REPLY) as z:
            if set(z.names()) != {MEMBER, SIGNATURE}:
                raise ReceiptInvalid("This is not a reply file of the agency.")
            document = z.read(MEMBER, limit=MAX_REPLY)
            signature = z.read(SIGNATURE, limit=8192).decode("ascii", "replace")
    except UnsafeArchive as exc:
        raise ReceiptInvalid("Not a valid reply file: {reason}", reason=str(exc)) from exc
    except OSError as exc:
        raise UserError("Cannot read the file {path}.", path=str(path)) from exc
    try:
        doc: dict[str, Any] = json.loads(document.decode("utf-8"))
        if doc.get("format") != FORMAT or doc.get("format_version") != 1:
            raise ReceiptInvalid("This is not a reply file of the agency.")
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
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ReceiptInvalid("The reply file is damaged and cannot be read.") from exc
