"""Key-rotation documents: how the agency makes the offices trust a new key (for plan packages
or the inbox's receipts), signed by a key they trust already. Written by the agency
(``msu_desktop.services.trust.rotation_document``), carried in a plan package or on its own,
and checked here against the trusted keys handed in; the office stores the new key."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from msu_desktop.errors import UserError
from msu_exchange.signing.minisign import PublicKey, SignatureError
from msu_exchange.signing.trusted import TrustedKey, signer_of

PURPOSES = ("plan", "receipts")


@dataclass(frozen=True)
class Rotation:
    """A key-rotation document that passed every check (nothing stored yet)."""

    new_key: PublicKey
    signer: TrustedKey
    comment: str
    purpose: str = "plan"  # "plan" (plan packages) or "receipts" (the inbox's receipts)


def check_rotation(keys: Sequence[TrustedKey], document: bytes, signature_text: str) -> Rotation:
    """Every check of a key-rotation document, storing nothing: signed by one of ``keys``, and
    readable, with a valid new key. A plan package runs this before it installs anything."""
    signer = signer_of(keys, document, signature_text)
    if signer is None:
        raise UserError(
            "The key-rotation document is not signed by a trusted agency key; the new key was "
            "not accepted."
        )
    try:
        doc = json.loads(document.decode("utf-8"))
        new_key = PublicKey.from_b64(str(doc["new_key"]))
        purpose = str(doc.get("purpose", "plan"))
    except (
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
        TypeError,
        AttributeError,
        SignatureError,
    ) as exc:
        raise UserError("The key-rotation document is not readable.") from exc
    if purpose not in PURPOSES:
        raise UserError(
            "The key-rotation document names an unknown purpose ({purpose}).", purpose=purpose
        )
    comment = str(doc.get("comment", ""))[:200]
    return Rotation(new_key, signer, comment, purpose)
