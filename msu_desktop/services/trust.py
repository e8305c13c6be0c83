"""Which agency keys this copy of the app trusts.

* Keys shipped with the app: ``resources/keys/*.pub`` (minisign public key files).
* The trust store in the data folder: ``<data dir>/trust/agency_keys.json``, where a key gets in
  only (a) from a key-rotation document signed by a key that is already trusted, or (b) by hand,
  ``msu-desktop trust add KEY --fingerprint FP``, when the fingerprint typed in (read off the
  agency's stamped letter) matches the key.

A key-rotation document is ``key-rotation.json`` (``{"new_key": "<minisign base64>",
"comment": "...", "issued": "YYYY-MM-DD"}``) with a minisign signature ``key-rotation.json.minisig``
by a trusted key; it may travel inside a plan package or on its own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msu_desktop import assets
from msu_desktop.errors import UserError
from msu_desktop.services.files import write_bytes_atomic
from msu_desktop.services.signing.minisign import PublicKey, SignatureError, verify

STORE = Path("trust") / "agency_keys.json"


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    source: str  # shipped | rotation | manual
    comment: str = ""
    added: str = ""

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint()


def normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


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


def _store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE


def _load_store(data_dir: Path) -> list[dict[str, Any]]:
    path = _store_path(data_dir)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(
            "The list of trusted agency keys ({path}) is damaged.", path=str(path)
        ) from exc
    return data if isinstance(data, list) else []


def trusted_keys(data_dir: Path) -> list[TrustedKey]:
    keys = shipped_keys()
    seen = {k.key.raw for k in keys}
    for entry in _load_store(data_dir):
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
                )
            )
    return keys


def _add(data_dir: Path, key: PublicKey, source: str, comment: str) -> TrustedKey:
    if any(k.key.raw == key.raw for k in trusted_keys(data_dir)):
        return next(k for k in trusted_keys(data_dir) if k.key.raw == key.raw)
    entries = _load_store(data_dir)
    added = dt.datetime.now().isoformat(timespec="seconds")
    entries.append({"key": key.b64, "source": source, "comment": comment, "added": added})
    payload = json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8")
    write_bytes_atomic(_store_path(data_dir), payload)
    return TrustedKey(key, source, comment, added)


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


def apply_rotation(data_dir: Path, document: bytes, signature_text: str) -> TrustedKey:
    """Accept a new agency key from a rotation document signed by a trusted key."""
    signer = None
    for trusted in trusted_keys(data_dir):
        try:
            verify(trusted.key, document, signature_text)
        except SignatureError:
            continue
        signer = trusted
        break
    if signer is None:
        raise UserError(
            "The key-rotation document is not signed by a trusted agency key; the new key was "
            "not accepted."
        )
    try:
        doc = json.loads(document.decode("utf-8"))
        new_key = PublicKey.from_b64(str(doc["new_key"]))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise UserError("The key-rotation document is not readable.") from exc
    comment = str(doc.get("comment", ""))[:200]
    return _add(data_dir, new_key, "rotation", comment or f"signed by {signer.fingerprint}")
