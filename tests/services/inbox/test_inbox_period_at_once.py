"""One office's packages of one period arriving all at once, each several times (issue 26: the
index's lock is no longer held while a package is moved in, so one period is kept by one
thread at a time). Whatever the order: the newest sequence is kept and is the one "received";
each copy of a package gets the same answer; an older one that lost the race is refused and
leaves no file; every row has its file and every kept file its row."""

from __future__ import annotations

import hashlib
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from msu_agency.demo import synthetic_directory
from msu_agency.inbox.store import Inbox, Refused
from msu_exchange.signing.minisign import SecretKey
from tests.inbox_helpers import expect_packages, package


def test_one_period_uploaded_at_once_is_kept_whole(tmp_path: Path) -> None:
    entry = synthetic_directory(1)[0]
    key = SecretKey.generate()  # TEST key of the office
    packages = [package(tmp_path / "usb", key, entry, seq) for seq in (1, 2, 3, 4)]
    registry = tmp_path / "agency" / "key_registry.json"
    expect_packages(registry, packages[0])
    inbox = Inbox(tmp_path / "inbox", SecretKey.generate(), "Test agency", registry=registry)
    bodies = [p.read_bytes() for p in packages] * 4

    def send(body: bytes) -> tuple[str, str]:
        try:
            stored, _new = inbox.receive(body)
        except Refused as exc:
            return hashlib.sha256(body).hexdigest(), f"refused:{exc.code}"
        return stored.sha256, stored.receipt.signature

    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(send, bodies))
    finally:
        inbox.close()

    by_sha: dict[str, set[str]] = {}
    for sha, answer in answers:
        by_sha.setdefault(sha, set()).add(answer)
    shas = [hashlib.sha256(p.read_bytes()).hexdigest() for p in packages]
    newest = shas[-1]
    assert len(by_sha[newest]) == 1 and not next(iter(by_sha[newest])).startswith("refused")
    with sqlite3.connect(tmp_path / "inbox" / "index.sqlite") as db:
        rows = dict(db.execute("SELECT sha256, state FROM packages").fetchall())
    assert rows[newest] == "received"
    assert sorted(rows.values()).count("received") == 1
    kept_files = {p.stem for p in (tmp_path / "inbox" / "packages").rglob("*.msupkg")}
    assert kept_files == set(rows)
    for sha in shas:
        answers_for = by_sha[sha]
        if sha in rows:  # kept: every copy got its receipt (a copy arriving after a newer one
            # was kept is still answered with the receipt it was given)
            assert not any(a.startswith("refused") for a in answers_for), answers_for
            assert len(answers_for) == 1
        else:
            assert answers_for <= {"refused:older_sequence", "refused:sequence_conflict"}
    assert list((tmp_path / "inbox" / "tmp").glob("*.part")) == []
