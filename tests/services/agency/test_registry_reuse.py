"""The key registry is parsed again only when its file changed (issue 26: the inbox re-read,
re-checked and rewrote it on every upload). What must still hold: a change made by another
process (``msu-agency keys confirm`` while the inbox runs) is seen by the next locked block and
by the lock-free "already trusted" answer; a block that fails half-way leaves nothing of its
changes, neither in the file nor in what the next block sees; the key index follows every
change (one key, one municipality)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from msu_agency.registry import KeyRegistry, locked, trusted_as_is
from msu_exchange.signing.minisign import SecretKey

ROOT = Path(__file__).resolve().parents[3]
A, B, C = "41707000000001", "41707000000002", "41707000000003"


def _register(path: Path, soate: str, key: SecretKey) -> None:
    with locked(path) as reg:
        reg.register(soate, key.public_key(), Path(f"{soate}_2021-H2_0001.msupkg"))


def test_another_process_change_is_seen_by_the_next_block_and_the_lock_free_answer(
    tmp_path: Path,
) -> None:
    path = tmp_path / "key_registry.json"
    old, new = SecretKey.generate(), SecretKey.generate()  # TEST keys
    _register(path, A, old)
    assert trusted_as_is(path, A, old.public_key())
    assert not trusted_as_is(path, A, new.public_key())
    assert not trusted_as_is(path, B, old.public_key())

    # another process replaces A's key, under the same lock (as ``keys confirm`` does)
    script = (
        "import sys; from pathlib import Path; from msu_agency.registry import locked\n"
        "from msu_exchange.signing.minisign import PublicKey\n"
        "with locked(Path(sys.argv[1])) as reg:\n"
        "    reg.register(sys.argv[2], PublicKey.from_b64(sys.argv[3]), Path('x.msupkg'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), A, new.public_key().b64],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    assert not trusted_as_is(path, A, old.public_key())
    with locked(path) as reg:
        assert reg.key_for(A) == new.public_key()
        assert reg.trust(A, old.public_key(), "p.msupkg") == "held"
    assert trusted_as_is(path, A, new.public_key())
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["keys"][A]["key"] == new.public_key().b64
    assert [e["key"] for e in saved["pending"][A]] == [old.public_key().b64]


def test_a_block_that_fails_leaves_nothing_of_its_changes(tmp_path: Path) -> None:
    path = tmp_path / "key_registry.json"
    key, other = SecretKey.generate(), SecretKey.generate()  # TEST keys
    _register(path, A, key)
    before = path.read_bytes()
    with pytest.raises(RuntimeError), locked(path) as reg:
        reg.register(B, other.public_key(), Path("b.msupkg"))
        raise RuntimeError("cut short")
    assert path.read_bytes() == before
    with locked(path) as reg:
        assert reg.key_for(B) is None
        assert reg.owner_of(other.public_key()) is None
    assert not trusted_as_is(path, B, other.public_key())


def test_the_key_index_follows_every_change(tmp_path: Path) -> None:
    path = tmp_path / "key_registry.json"
    shared, c_key = SecretKey.generate(), SecretKey.generate()  # TEST keys
    with locked(path) as reg:
        reg.register(B, shared.public_key(), Path("b.msupkg"))
        reg.register(A, shared.public_key(), Path("a.msupkg"))  # an old registry's duplicate
        assert reg.owner_of(shared.public_key()) == B  # the first registered, as a scan finds
        assert reg.other_owner_of(shared.public_key(), C) == A  # the first by code
        assert reg.other_owner_of(shared.public_key(), A) == B
        reg.register(A, c_key.public_key(), Path("a2.msupkg"))  # A's key replaced
        assert reg.other_owner_of(shared.public_key(), B) is None
        assert reg.owner_of(c_key.public_key()) == A
    # a fingerprint expected for C (off the stamped paper), then its key arrives
    third = SecretKey.generate()  # TEST key
    with locked(path) as reg:
        assert reg.owner_of(shared.public_key()) == B
        reg.confirm(C, third.public_key().fingerprint().replace(" ", ""), expect_if_unseen=True)
        assert reg.owner_of(third.public_key()) == C
    assert not trusted_as_is(path, C, third.public_key())  # expected, not yet registered
    with locked(path) as reg:
        assert reg.owner_of(third.public_key()) == C
        assert reg.trust(C, third.public_key(), "c.msupkg") == "trusted"
        assert C not in reg.expected
    assert trusted_as_is(path, C, third.public_key())
    assert KeyRegistry(path).key_for(C) == third.public_key()
