"""minisign-compatible Ed25519 signatures, so that the standard ``minisign -V`` verifies what the
app signs and the app verifies what ``minisign -S`` signs.

Formats (https://jedisct1.github.io/minisign/):

* public key file::

      untrusted comment: <text>
      base64( "Ed" || key_id[8] || public_key[32] )

* signature file (``.minisig``)::

      untrusted comment: <text>
      base64( "ED" || key_id[8] || ed25519(BLAKE2b-512(message)) )      # "Ed": raw message, legacy
      trusted comment: <text>
      base64( ed25519(signature[64] || trusted_comment) )                  # the global signature

The trusted comment is covered by the global signature, so the app puts the package's identity
(municipality, period, sequence) there. Secret keys are not stored in minisign's own format: the
app keeps them as PKCS#8 (encrypted when a password is given), see :class:`SecretKey`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from msu_desktop.errors import UserError

if TYPE_CHECKING:  # cryptography (7.5 MiB) is imported by the first key used, not by reading one
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

ALG_PUBLIC = b"Ed"
ALG_PREHASHED = b"ED"
ALG_LEGACY = b"Ed"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
MAX_SIGNATURE_TEXT = 64 * 1024


class SignatureError(UserError):
    """A signature or key that does not check out; the message says why."""


def _b64decode(text: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("The key or signature is damaged (not valid base64).") from exc


def _key_id_for(raw_public: bytes) -> bytes:
    """A stable 8-byte key id derived from the public key (minisign's own ids are random)."""
    return hashlib.blake2b(raw_public, digest_size=8).digest()


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != 8 or len(self.raw) != 32:
            raise SignatureError("The public key has the wrong length.")

    @cached_property
    def b64(self) -> str:  # computed once: registries compare keys by it, per package
        return base64.b64encode(ALG_PUBLIC + self.key_id + self.raw).decode("ascii")

    @property
    def key_id_hex(self) -> str:
        """The key id as ``minisign`` prints it (little-endian 64-bit number, upper-case hex, no padding)."""
        return f"{int.from_bytes(self.key_id, 'little'):X}"

    def fingerprint(self) -> str:
        """What is printed on paper: SHA-256 of the key, 32 hex digits in groups of four."""
        digest = hashlib.sha256(self.raw).hexdigest()[:32].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 32, 4))

    def to_text(self, comment: str | None = None) -> str:
        comment = comment or f"minisign public key {self.key_id_hex}"
        return f"{UNTRUSTED}{comment}\n{self.b64}\n"

    @classmethod
    def from_b64(cls, line: str) -> PublicKey:
        blob = _b64decode(line)
        if len(blob) != 42 or blob[:2] != ALG_PUBLIC:
            raise SignatureError("This is not an Ed25519 minisign public key.")
        return cls(key_id=blob[2:10], raw=blob[10:])

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        if not lines:
            raise SignatureError("The public key file is empty.")
        if lines[0].startswith(UNTRUSTED.strip()):
            lines = lines[1:]
        if not lines:
            raise SignatureError("The public key file has no key line.")
        return cls.from_b64(lines[0])

    def _verifier(self) -> Ed25519PublicKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        return Ed25519PublicKey.from_public_bytes(self.raw)


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SecretKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        private = Ed25519PrivateKey.generate()
        return cls.from_private(private)

    @classmethod
    def from_private(cls, private: Ed25519PrivateKey) -> SecretKey:
        from cryptography.hazmat.primitives import serialization

        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return cls(key_id=_key_id_for(raw), private=private)

    def public_key(self) -> PublicKey:
        from cryptography.hazmat.primitives import serialization

        raw = self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(key_id=self.key_id, raw=raw)

    def to_pem(self, password: bytes | None = None) -> bytes:
        """PKCS#8 PEM; encrypted (AES-256-CBC with a scrypt-class KDF) when ``password`` is given.

        The key id is derived from the public key, so nothing else needs storing.
        """
        from cryptography.hazmat.primitives import serialization

        enc: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        )
        return self.private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc
        )

    @classmethod
    def from_pem(cls, data: bytes, password: bytes | None = None) -> SecretKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            key = serialization.load_pem_private_key(data, password=password)
        except TypeError as exc:
            raise SignatureError(
                "The private key is password-protected: a password is needed."
            ) from exc
        except ValueError as exc:
            raise SignatureError(
                "The private key cannot be opened: wrong password or damaged key file."
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise SignatureError("The private key is not an Ed25519 key.")
        return cls.from_private(key)

    def sign(
        self,
        data: bytes,
        trusted_comment: str,
        untrusted_comment: str = "signature from msu-desktop",
    ) -> str:
        """The ``.minisig`` text for ``data`` (pre-hashed "ED" variant)."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        digest = hashlib.blake2b(data, digest_size=64).digest()
        signature = self.private.sign(digest)
        global_sig = self.private.sign(signature + trusted_comment.encode("utf-8"))
        line1 = base64.b64encode(ALG_PREHASHED + self.key_id + signature).decode("ascii")
        line2 = base64.b64encode(global_sig).decode("ascii")
        return f"{UNTRUSTED}{untrusted_comment}\n{line1}\n{TRUSTED}{trusted_comment}\n{line2}\n"


@dataclass(frozen=True)
class ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def parse_signature(text: str) -> ParsedSignature:
    if len(text) > MAX_SIGNATURE_TEXT:
        raise SignatureError("The signature file is too large to be a signature.")
    lines = text.replace("\r\n", "\n").split("\n")
    if len(lines) < 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise SignatureError("The signature file is not in minisign format.")
    blob = _b64decode(lines[1])
    if len(blob) != 74:
        raise SignatureError("The signature has the wrong length.")
    algorithm = blob[:2]
    if algorithm not in (ALG_PREHASHED, ALG_LEGACY):
        raise SignatureError("The signature uses an unknown algorithm.")
    global_sig = _b64decode(lines[3])
    if len(global_sig) != 64:
        raise SignatureError("The trusted comment signature has the wrong length.")
    return ParsedSignature(
        algorithm=algorithm,
        key_id=blob[2:10],
        signature=blob[10:],
        trusted_comment=lines[2][len(TRUSTED) :],
        global_signature=global_sig,
    )


def signature_key_id(text: str) -> bytes:
    return parse_signature(text).key_id


def verify(public: PublicKey, data: bytes, signature_text: str) -> str:
    """Check ``signature_text`` over ``data``; returns the trusted comment."""
    from cryptography.exceptions import InvalidSignature

    sig = parse_signature(signature_text)
    if sig.key_id != public.key_id:
        raise SignatureError("The signature was made with a different key than the trusted one.")
    message = (
        hashlib.blake2b(data, digest_size=64).digest() if sig.algorithm == ALG_PREHASHED else data
    )
    verifier = public._verifier()
    try:
        verifier.verify(sig.signature, message)
    except InvalidSignature as exc:
        raise SignatureError(
            "The signature does not match: the file was changed or forged."
        ) from exc
    try:
        verifier.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature as exc:
        raise SignatureError("The signed comment was changed: the signature is not valid.") from exc
    return sig.trusted_comment
