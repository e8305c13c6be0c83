"""The municipality's signing key (Ed25519), created on first use in ``<data dir>/keys``.

Threat model, honestly: the key must sign packages on a shared office PC with no password
prompt a secretary would forget. So the private key (``municipality.key``, PKCS#8) is encrypted
with a key derived from a random secret kept beside it (``key-protection.bin``). That protects
against *casual* copying of the key file alone (an email attachment, a file picked off a USB
stick); it does not protect against someone who copies the whole data folder or controls the PC.
Backups carry the keys folder, so restoring a backup restores the same identity. The public key
and its fingerprint are printed on every PDF so that the agency binds the key to a stamped paper
report (trust on first use, with the paper as the witness).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from msu_exchange.files import write_bytes_atomic
from msu_exchange.signing.minisign import PublicKey, SecretKey

KEY_FILE = "municipality.key"
PUB_FILE = "municipality.pub"
SECRET_FILE = "key-protection.bin"


def _password(keys_dir: Path) -> bytes:
    secret_path = keys_dir / SECRET_FILE
    if not secret_path.exists():
        write_bytes_atomic(secret_path, os.urandom(32))
    secret = secret_path.read_bytes()
    return hmac.new(secret, b"msu-desktop municipality key v1", hashlib.sha256).hexdigest().encode()


def load_or_create(keys_dir: Path) -> SecretKey:
    """The municipality's key; generated the first time (setup)."""
    keys_dir = Path(keys_dir)
    key_path = keys_dir / KEY_FILE
    if key_path.exists():
        return SecretKey.from_pem(key_path.read_bytes(), _password(keys_dir))
    keys_dir.mkdir(parents=True, exist_ok=True)
    key = SecretKey.generate()
    password = _password(keys_dir)
    write_bytes_atomic(key_path, key.to_pem(password))
    pub = key.public_key()
    write_bytes_atomic(
        keys_dir / PUB_FILE, pub.to_text(f"MSU municipality public key {pub.key_id_hex}").encode()
    )
    return key


def public_key(keys_dir: Path) -> PublicKey:
    return load_or_create(keys_dir).public_key()
