"""minisign-compatible signatures, checked both ways against Debian's minisign tool."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msu_exchange.signing.minisign import (
    PublicKey,
    SecretKey,
    SignatureError,
    parse_signature,
    verify,
)

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="Debian's minisign tool is not installed (apt-get install minisign)"
)


@pytest.fixture(scope="module")
def key() -> SecretKey:
    return SecretKey.generate()


def test_sign_and_verify_roundtrip(key: SecretKey) -> None:
    sig = key.sign(b"hello", trusted_comment="municipality=41705214812000 period=2019-H1")
    assert verify(key.public_key(), b"hello", sig) == "municipality=41705214812000 period=2019-H1"


def test_changed_data_is_rejected(key: SecretKey) -> None:
    sig = key.sign(b"hello", trusted_comment="x")
    with pytest.raises(SignatureError, match="changed or forged"):
        verify(key.public_key(), b"hellO", sig)


def test_changed_trusted_comment_is_rejected(key: SecretKey) -> None:
    sig = key.sign(b"hello", trusted_comment="seq=1").replace("seq=1", "seq=9")
    with pytest.raises(SignatureError, match="comment"):
        verify(key.public_key(), b"hello", sig)


def test_other_key_is_rejected(key: SecretKey) -> None:
    other = SecretKey.generate()
    with pytest.raises(SignatureError, match="different key"):
        verify(other.public_key(), b"hello", key.sign(b"hello", "x"))


def test_public_key_text_roundtrip(key: SecretKey) -> None:
    pub = key.public_key()
    assert PublicKey.from_text(pub.to_text()) == pub
    assert len(pub.fingerprint().replace(" ", "")) == 32


def test_encrypted_pem_needs_the_password(key: SecretKey) -> None:
    pem = key.to_pem(b"correct horse")
    assert SecretKey.from_pem(pem, b"correct horse").public_key() == key.public_key()
    with pytest.raises(SignatureError):
        SecretKey.from_pem(pem, b"wrong")
    with pytest.raises(SignatureError):
        SecretKey.from_pem(pem, None)


@given(st.binary(max_size=400))
@settings(max_examples=200, deadline=None)
def test_garbage_signature_text_never_verifies(blob: bytes) -> None:
    key = SecretKey.from_pem(_TEST_KEY_PEM)
    with pytest.raises(SignatureError):
        verify(key.public_key(), b"data", blob.decode("latin-1"))


# TEST KEY ONLY (never used for anything real): a fixed key so hypothesis examples are stable.
_TEST_KEY_PEM = SecretKey.generate().to_pem()


@needs_minisign
def test_minisign_tool_verifies_our_signature(tmp_path: Path, key: SecretKey) -> None:
    msg = tmp_path / "manifest.json"
    msg.write_bytes('{"period": "2019-H1", "name": "Өзгөн"}'.encode())
    sig = tmp_path / "manifest.json.minisig"
    sig.write_text(key.sign(msg.read_bytes(), trusted_comment="seq=3 Өзгөн"))
    ok = subprocess.run(
        [MINISIGN, "-V", "-P", key.public_key().b64, "-m", str(msg), "-x", str(sig)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "seq=3" in ok.stdout
    msg.write_bytes(msg.read_bytes().replace(b"H1", b"H2"))
    bad = subprocess.run(
        [MINISIGN, "-V", "-P", key.public_key().b64, "-m", str(msg), "-x", str(sig)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode != 0


@needs_minisign
def test_we_verify_what_minisign_signs(tmp_path: Path) -> None:
    sk, pk = tmp_path / "k.key", tmp_path / "k.pub"
    subprocess.run(
        [MINISIGN, "-G", "-W", "-s", str(sk), "-p", str(pk)], check=True, capture_output=True
    )
    msg = tmp_path / "plan.json"
    msg.write_bytes(b'{"plan_id": "lsg-2024-2028"}')
    subprocess.run(
        [MINISIGN, "-S", "-s", str(sk), "-m", str(msg), "-t", "agency v2"],
        check=True,
        capture_output=True,
    )
    pub = PublicKey.from_text(pk.read_text())
    sig_text = (tmp_path / "plan.json.minisig").read_text()
    assert parse_signature(sig_text).algorithm == b"ED"
    assert verify(pub, msg.read_bytes(), sig_text) == "agency v2"
    assert pub.key_id_hex in pk.read_text()
