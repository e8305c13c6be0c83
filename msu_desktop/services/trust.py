"""Which agency keys this copy of the app trusts.

* Keys shipped with the app: ``resources/keys/*.pub`` (minisign public key files).
* The trust store in the data folder's database (table ``trusted_key``, so the backup carries
  it; before 2026-12 the file ``trust/agency_keys.json``, imported by migration 0004_delivery), where a key gets in
  only (a) from a key-rotation document signed by a key that is already trusted, or (b) by hand,
  ``msu-desktop trust add KEY --fingerprint FP``, when the fingerprint typed in (read off the
  agency's stamped letter) matches the key.

A key-rotation document is ``key-rotation.json`` (``{"new_key": "<minisign base64>",
"comment": "...", "issued": "YYYY-MM-DD"}``) with a minisign signature ``key-rotation.json.minisig``
by a trusted key; it may travel inside a plan package or on its own.

A rotation document may name a ``purpose``: ``"plan"`` (the default: the key signs plan
packages) or ``"receipts"`` (the key of the agency's inbox, which signs upload receipts and
decisions, see docs/inbox-protocol.md). A key is trusted only for its purpose: an inbox key
cannot sign a plan package, and only a plan key can sign a rotation document.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from msu_desktop import assets
from msu_desktop.errors import UserError
from msu_desktop.services import clock
from msu_exchange.signing.minisign import PublicKey, SecretKey, SignatureError
from msu_exchange.signing.rotation import PURPOSES as PURPOSES
from msu_exchange.signing.rotation import Rotation
from msu_exchange.signing.rotation import check_rotation as rotation_check
from msu_exchange.signing.trusted import TrustedKey, normalise_fingerprint


def shipped_keys() -> list[TrustedKey]:
    out = []
    folder = assets.resource_path("keys")
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            key = PublicKey.from_text(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, SignatureError):
            continue
        out.append(TrustedKey(key, "shipped", path.stem))
    return out


def _load_store(data_dir: Path) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from msu_desktop.storage import office_db
    from msu_desktop.storage.models.delivery import TrustedKeyRow

    with office_db.session(data_dir) as s:
        rows = s.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.id))
        return [
            {
                "key": r.key,
                "purpose": r.purpose,
                "source": r.source,
                "comment": r.comment,
                "added": r.added,
            }
            for r in rows
        ]


def trusted_keys(data_dir: Path, purpose: str = "plan") -> list[TrustedKey]:
    """The keys trusted for ``purpose``: plan packages (with the shipped keys) or receipts."""
    keys = shipped_keys() if purpose == "plan" else []
    seen = {k.key.raw for k in keys}
    for entry in _load_store(data_dir):
        if str(entry.get("purpose", "plan")) != purpose:
            continue
        try:
            key = PublicKey.from_b64(str(entry.get("key", "")))
        except SignatureError:
            continue
        if key.raw not in seen:
            seen.add(key.raw)
            keys.append(
                TrustedKey(
                    key,
                    str(entry.get("source", "manual")),
                    str(entry.get("comment", "")),
                    str(entry.get("added", "")),
                    purpose,
                )
            )
    return keys


def _add(
    data_dir: Path, key: PublicKey, source: str, comment: str, purpose: str = "plan"
) -> TrustedKey:
    known = [k for k in trusted_keys(data_dir, purpose) if k.key.raw == key.raw]
    if known:
        return known[0]
    other = "receipts" if purpose == "plan" else "plan"
    if any(k.key.raw == key.raw for k in trusted_keys(data_dir, other)):
        raise UserError(
            "This key is already trusted for another purpose; one key does one job only."
        )
    from msu_desktop.storage import office_db
    from msu_desktop.storage.models.delivery import TrustedKeyRow

    added = clock.now().isoformat(timespec="seconds")
    with office_db.session(data_dir) as s:
        s.add(
            TrustedKeyRow(key=key.b64, purpose=purpose, source=source, comment=comment, added=added)
        )
    return TrustedKey(key, source, comment, added, purpose)


def add_by_fingerprint(data_dir: Path, key_text: str, typed_fingerprint: str) -> TrustedKey:
    """Trust a key handed over in person, only if the fingerprint read off paper matches."""
    key = PublicKey.from_text(key_text)
    want = normalise_fingerprint(typed_fingerprint)
    if len(want) < 16:
        raise UserError("Type the whole fingerprint (32 characters) from the agency's letter.")
    if normalise_fingerprint(key.fingerprint()) != want:
        raise UserError(
            "The fingerprint does not match this key: the key was NOT added. "
            "Check the letter and the file."
        )
    return _add(data_dir, key, "manual", "")


def check_rotation(data_dir: Path, document: bytes, signature_text: str) -> Rotation:
    """Every check of a key-rotation document against the keys this office trusts, storing
    nothing (see :func:`msu_exchange.signing.rotation.check_rotation`)."""
    return rotation_check(trusted_keys(data_dir), document, signature_text)


def apply_rotation(data_dir: Path, document: bytes, signature_text: str) -> TrustedKey:
    """Accept a new agency key from a rotation document signed by a trusted key."""
    rotation = check_rotation(data_dir, document, signature_text)
    comment = rotation.comment or f"signed by {rotation.signer.fingerprint}"
    return _add(data_dir, rotation.new_key, "rotation", comment, rotation.purpose)


def rotation_document(
    signer: SecretKey, new_key: PublicKey, *, purpose: str = "plan", comment: str = ""
) -> tuple[bytes, str]:
    """A key-rotation document announcing ``new_key`` and its signature by ``signer``."""
    if purpose not in PURPOSES:
        raise UserError(
            "The key-rotation document names an unknown purpose ({purpose}).", purpose=purpose
        )
    doc = {
        "new_key": new_key.b64,
        "purpose": purpose,
        "comment": comment,
        "issued": clock.real_today().isoformat(),
    }
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    tc = f"msu-key-rotation purpose={purpose} key={new_key.key_id_hex}"
    return data, signer.sign(data, tc, "key rotation from the agency")
